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
from asean_corpus.corpus.validation import NAMED_BY, WRITTEN
from asean_corpus.corpus.vouching import record_types

SCHEMA_PATH = Path(__file__).resolve().parents[1] / "reference" / "corpus.schema.json"
SCHEMA_ID = "https://asean-corpus.readthedocs.io/en/latest/corpus.schema.json"

# Years 0001-9999; months 01-12; days up to the length of their month (29 for
# February: whether February 29 exists depends on the year, which is left to the
# library and to the ``date`` format).
_YEAR = "(?:[0-9]{3}[1-9]|[0-9]{2}[1-9][0-9]|[0-9][1-9][0-9]{2}|[1-9][0-9]{3})"
_LONG, _SHORT = "(?:0[13578]|1[02])", "(?:0[469]|11)"
_DAY31, _DAY30, _DAY29 = (
    "(?:0[1-9]|[12][0-9]|3[01])",
    "(?:0[1-9]|[12][0-9]|30)",
    "(?:0[1-9]|1[0-9]|2[0-9])",
)
_MONTH_DAY = f"(?:{_LONG}(?:-{_DAY31})?|{_SHORT}(?:-{_DAY30})?|02(?:-{_DAY29})?)"
_FULL_MONTH_DAY = f"(?:{_LONG}-{_DAY31}|{_SHORT}-{_DAY30}|02-{_DAY29})"

PARTIAL_DATE = {
    "type": "string",
    "pattern": f"^{_YEAR}(?:-{_MONTH_DAY})?$",
    "description": (
        "A date known to a year, a month or a day: ISO 8601 calendar date with reduced "
        "precision (YYYY, YYYY-MM or YYYY-MM-DD), the date form of EDTF level 0. The "
        "pattern refuses month 13, day 32 and days past the end of their month "
        "(2025-04-31, 2025-02-30); 29 February of a common year is refused by the library."
    ),
}

FULL_DATE = {
    "type": "string",
    "format": "date",
    "pattern": f"^{_YEAR}-{_FULL_MONTH_DAY}$",
}


def _null(name: str) -> dict[str, Any]:
    """``name`` is missing or null."""
    return {"properties": {name: {"type": "null"}}}


# The rules of single records that JSON Schema can say, as ``if``/``then`` and field
# keywords; the library checks these and the rest (validation.py), and the file-format
# page lists what only the library checks.
RECORD_RULES: dict[str, list[dict[str, Any]]] = {
    "Statement": [
        {
            "description": "said_on and date_basis agree; said_until needs said_on",
            "if": _null("said_on"),
            "then": {
                "properties": {"date_basis": {"const": "unknown"}, "said_until": {"type": "null"}}
            },
            "else": {
                "required": ["date_basis"],
                "properties": {"date_basis": {"not": {"const": "unknown"}}},
            },
        },
        {
            "description": "mention and mention_span go together",
            "if": _null("mention"),
            "then": _null("mention_span"),
            "else": {
                "required": ["mention_span"],
                "properties": {"mention_span": {"type": "object"}},
            },
        },
    ],
    "Article": [
        {
            "description": "url_checked_on needs url",
            "if": _null("url"),
            "then": _null("url_checked_on"),
        },
    ],
    "Actor": [
        {
            "description": "wikidata_checked needs wikidata",
            "if": _null("wikidata"),
            "then": _null("wikidata_checked"),
        },
    ],
    "Event": [
        {
            "description": "an end date needs a start date",
            "if": _null("start"),
            "then": _null("end"),
        },
    ],
}


def _not_blank(cls: type, field: str) -> dict[str, Any]:
    """A string field's pattern, or a list field's pattern for each item."""
    if typing.get_origin(typing.get_type_hints(cls)[field]) is tuple:
        return {"items": {"type": "string", "pattern": "\\S"}}
    return {"pattern": "\\S"}


FIELD_RULES: dict[tuple[str, str], dict[str, Any]] = {
    ("Span", "start"): {"minimum": 0},
    ("Span", "end"): {"minimum": 0},
    ("Statement", "co_speakers"): {"uniqueItems": True},
    ("Article", "url"): {"pattern": "^https?://"},
    ("Conflict", "conflicts_with"): {"minItems": 1},
    # a record's name, label or title is not blank: the rule the library checks
    **{(cls.__name__, field): {"pattern": "\\S"} for cls, field in NAMED_BY},
    # free text, when given, is not blank (a list: none of its items)
    **{(cls.__name__, field): _not_blank(cls, field) for cls, field in WRITTEN},
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
            return dict(FULL_DATE)
        if tp is dt.time:
            # "12:30", "12:30:15.5", with a fixed UTC offset in whole minutes ("+07:00")
            time = r"^[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,6})?)?([+-][0-9]{2}:[0-9]{2})?$"
            return {"type": "string", "pattern": time}
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
            extra = dict(FIELD_RULES.get((cls.__name__, field.name), {}))
            if field.name == "id":
                extra["minLength"] = 1
            if extra:
                schema = _with(schema, extra)
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
        if cls.__name__ in RECORD_RULES:
            self.defs[cls.__name__]["allOf"] = RECORD_RULES[cls.__name__]


def _with(schema: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    """``schema`` with ``extra`` keywords on its non-null branch (a nullable field)."""
    options = schema.get("anyOf")
    if options is None:
        return {**schema, **extra}
    return {**schema, "anyOf": [o if o == {"type": "null"} else {**o, **extra} for o in options]}


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
