"""Write the JSON Schema of the corpus file format from the record classes.

The schema (``docs/reference/corpus.schema.json``) is derived from the attrs classes
of :mod:`asean_corpus.model` and the rules of the library's converter: keys are the
attribute names, every attribute is written, attributes with a default may be left
out, dates are ISO strings, enums are their values, sets are lists without
duplicates, and unknown keys are refused. Descriptions come from the classes'
docstrings (their first line and their ``Attributes:`` section).

Run ``python docs/_ext/corpus_schema.py`` after changing the model;
``tests/test_schema.py`` fails while the committed schema differs from this output.
"""

from __future__ import annotations

import datetime as dt
import enum
import inspect
import json
import re
import sys
import types
import typing
from pathlib import Path
from typing import Any

import attrs

from asean_corpus import FORMAT_VERSION, Corpus, Evidence, PartialDate
from asean_corpus.corpus.validation import record_types

SCHEMA_PATH = Path(__file__).resolve().parents[1] / "reference" / "corpus.schema.json"
SCHEMA_ID = "https://asean-corpus.readthedocs.io/en/latest/corpus.schema.json"

PARTIAL_DATE = {
    "type": "string",
    "pattern": r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$",
    "description": (
        "A date known to a year, a month or a day: ISO 8601 calendar date with reduced "
        "precision (YYYY, YYYY-MM or YYYY-MM-DD), the date form of EDTF level 0."
    ),
}


def _first_line(cls: type) -> str:
    return (inspect.getdoc(cls) or "").split("\n\n")[0].replace("\n", " ").strip()


def _attribute_docs(cls: type) -> dict[str, str]:
    """``name: description`` entries of the docstring's ``Attributes:`` section."""
    doc = inspect.getdoc(cls) or ""
    match = re.search(r"^Attributes:\n((?:[ ]+.*\n?|\n)*)", doc, re.MULTILINE)
    if not match:
        return {}
    out: dict[str, str] = {}
    name = None
    for line in match.group(1).splitlines():
        entry = re.match(r"^ {4}(\w+): (.*)$", line)
        if entry:
            name = entry.group(1)
            out[name] = entry.group(2).strip()
        elif name and line.startswith(" " * 8):
            out[name] += " " + line.strip()
        elif line.strip():
            break
    return {k: re.sub(r":\w+:`~?([^`]+)`", r"\1", v).replace("``", "") for k, v in out.items()}


class _Builder:
    def __init__(self) -> None:
        self.defs: dict[str, Any] = {}

    def ref(self, name: str) -> dict[str, str]:
        return {"$ref": f"#/$defs/{name}"}

    def type_schema(self, tp: Any) -> dict[str, Any]:
        if tp is Evidence:
            self.record(typing.get_args(Evidence)[0])
            self.record(typing.get_args(Evidence)[1])
            self.defs.setdefault(
                "Evidence",
                {
                    "description": "A passage of an article, or a checked external reference.",
                    "oneOf": [self.ref("ArticleEvidence"), self.ref("ReferenceEvidence")],
                },
            )
            return self.ref("Evidence")
        origin = typing.get_origin(tp)
        args = typing.get_args(tp)
        if origin in (typing.Union, types.UnionType):
            options = [self.type_schema(a) for a in args if a is not type(None)]
            if type(None) in args:
                options.append({"type": "null"})
            return options[0] if len(options) == 1 else {"anyOf": options}
        if origin is tuple:
            return {"type": "array", "items": self.type_schema(args[0])}
        if origin is frozenset:
            return {"type": "array", "items": self.type_schema(args[0]), "uniqueItems": True}
        if tp is str:
            return {"type": "string"}
        if tp is bool:
            return {"type": "boolean"}
        if tp is int:
            return {"type": "integer"}
        if tp is PartialDate:
            self.defs.setdefault("PartialDate", PARTIAL_DATE)
            return self.ref("PartialDate")
        if tp is dt.date:
            return {"type": "string", "format": "date", "pattern": r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}
        if tp is dt.time:
            return {"type": "string", "pattern": r"^[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,6})?)?$"}
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            self.defs.setdefault(
                tp.__name__,
                {"description": _first_line(tp), "enum": [m.value for m in tp]},
            )
            return self.ref(tp.__name__)
        if attrs.has(tp):
            self.record(tp)
            return self.ref(tp.__name__)
        msg = f"no JSON Schema for {tp!r}"
        raise TypeError(msg)

    def record(self, cls: type) -> None:
        if cls.__name__ in self.defs:
            return
        self.defs[cls.__name__] = {}  # placeholder against recursion
        hints = typing.get_type_hints(cls)
        docs = _attribute_docs(cls)
        properties: dict[str, Any] = {}
        required = []
        for field in attrs.fields(cls):
            if not field.init:
                continue
            schema = self.type_schema(hints[field.name])
            if field.name in docs:
                schema = {"description": docs[field.name], **schema}
            properties[field.name] = schema
            if field.default is attrs.NOTHING:
                required.append(field.name)
        self.defs[cls.__name__] = {
            "description": _first_line(cls),
            "type": "object",
            "properties": properties,
            "required": required,
            "additionalProperties": False,
        }


def make_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a corpus file."""
    builder = _Builder()
    tables = {}
    for name, cls in record_types(Corpus).items():
        builder.record(cls)
        tables[name] = {"type": "array", "items": builder.ref(cls.__name__)}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "asean_corpus corpus file",
        "description": (
            f"A corpus as written by Corpus.save (format_version {FORMAT_VERSION}). "
            "Generated from the record classes by docs/_ext/corpus_schema.py."
        ),
        "type": "object",
        "properties": {"format_version": {"const": FORMAT_VERSION}, **tables},
        "required": ["format_version"],
        "additionalProperties": False,
        "$defs": dict(sorted(builder.defs.items())),
    }


def dumps(schema: dict[str, Any]) -> str:
    """The text of the schema file."""
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def main() -> int:
    SCHEMA_PATH.write_text(dumps(make_schema()), encoding="utf-8")
    print(f"wrote {SCHEMA_PATH}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
