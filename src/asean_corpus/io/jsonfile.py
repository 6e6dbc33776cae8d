"""Corpus files: one UTF-8 JSON object, read and written through the one converter.

A corpus file is one UTF-8 JSON object::

    {"format_version": 1, "articles": [...], "statements": [...], "actors": [...],
     "agreements": [...], "topics": [...], "events": [...], "references": [...],
     "conflicts": [...]}

Keys are the attribute names of the records; a span is ``{"start": ..., "end": ...}``;
dates are ISO strings (``"2025"``, ``"2025-06"``, ``"2025-06-19"``); enums are their
values; sets are sorted lists.
"""

from __future__ import annotations

import json
import os
from typing import Any

import msgspec

from .._gc import paused
from ..corpus import Corpus
from ..corpus.validation import record_types
from ..exceptions import InvalidCorpusError, Problem
from .structs import decode_tables

__all__ = [
    "FORMAT_VERSION",
    "corpus_from_dict",
    "corpus_to_dict",
    "dumps",
    "encode",
    "load_file",
    "loads",
    "read_text",
    "save",
]

FORMAT_VERSION = 1
"""The version of the JSON layout this library reads and writes."""


def corpus_to_dict(corpus: Corpus) -> dict[str, Any]:
    """The JSON-ready form of a corpus, with ``format_version`` first."""
    from .converter import get_converter

    conv = get_converter()
    out: dict[str, Any] = {"format_version": FORMAT_VERSION}
    for name, cls in record_types(Corpus).items():
        out[name] = [conv.unstructure(r, cls) for r in getattr(corpus, name)]
    return out


def corpus_from_dict(data: object, source: str | None = None) -> Corpus:
    """Build a :class:`Corpus` from its JSON-ready form, reporting every problem.

    Raises:
        InvalidCorpusError: The data has the wrong shape, wrong types, unknown keys,
            an unknown ``format_version``, or breaks the corpus rules. The message
            lists every problem with its JSON path and the id of its record.
    """
    import cattrs

    from .converter import get_converter, structuring_problems

    if not isinstance(data, dict):
        raise InvalidCorpusError([f"$: expected a JSON object, got {type(data).__name__}"], source)
    version = data.get("format_version")
    if type(version) is not int or version != FORMAT_VERSION:  # true and 1.0 are not 1
        message = (
            f"unknown format version {version!r}; "
            f"this version of asean_corpus reads {FORMAT_VERSION}"
        )
        raise InvalidCorpusError([Problem(path=("format_version",), message=message)], source)
    tables = record_types(Corpus)
    problems: list[Problem] = []
    extra = sorted(set(data) - set(tables) - {"format_version"})
    if extra:
        problems.append(Problem(message=f"$: unknown keys {', '.join(map(repr, extra))}"))
    conv = get_converter()
    records: dict[str, tuple[Any, ...]] = {}
    for name, cls in tables.items():
        raw = data.get(name, [])
        try:
            records[name] = conv.structure(raw, tuple[cls, ...])  # type: ignore[valid-type]
        except (cattrs.BaseValidationError, ValueError, TypeError) as exc:
            for path, message in structuring_problems(exc, (name,)):
                problems.append(Problem(path=path, message=message, record_id=_id_at(raw, path)))
    if problems:
        raise InvalidCorpusError(problems, source)
    try:
        return Corpus(**records)
    except InvalidCorpusError as exc:
        raise InvalidCorpusError(exc.details, source) from None


def _id_at(raw: object, path: tuple[str | int, ...]) -> str | None:
    """The id of the record in ``raw`` (a table) that ``path`` leads into, if it has one."""
    if len(path) < 2 or not isinstance(raw, list) or not isinstance(path[1], int):
        return None
    record = raw[path[1]] if path[1] < len(raw) else None
    rid = record.get("id") if isinstance(record, dict) else None
    return rid if isinstance(rid, str) and rid else None


@paused()
def loads(text: str, source: str | None = None) -> Corpus:
    """Read a corpus from the text of a corpus file.

    Raises:
        InvalidCorpusError: The text is not JSON, or not a valid corpus.
    """
    # The fast path reads a file it can vouch for; any other, valid or not, is read
    # the careful way, which reports every problem with its path.
    records = decode_tables(text, Corpus, FORMAT_VERSION)
    if records is not None:
        try:
            return Corpus(**records)
        except InvalidCorpusError as exc:
            raise InvalidCorpusError(exc.details, source) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        msg = f"not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"
        raise InvalidCorpusError([msg], source) from None
    except RecursionError:
        raise InvalidCorpusError(["JSON nested too deeply"], source) from None
    except ValueError as exc:  # a number too long to convert, for one
        raise InvalidCorpusError([f"not valid JSON: {exc}"], source) from None
    return corpus_from_dict(data, source)


def read_text(data: bytes, source: str) -> str:
    """The UTF-8 text of a corpus file's bytes.

    Raises:
        InvalidCorpusError: The bytes are not UTF-8; the message gives the offset.
    """
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        msg = f"not UTF-8 text: byte {data[exc.start]:#04x} at offset {exc.start}"
        raise InvalidCorpusError([msg], source) from None


def load_file(path: str | os.PathLike[str]) -> Corpus:
    """Read a corpus file written by :meth:`Corpus.save`.

    Raises:
        InvalidCorpusError: The file is missing, unreadable, not UTF-8, not JSON, or
            not a valid corpus; every problem is listed with its JSON path.
    """
    source = os.fspath(path)
    try:
        with open(source, "rb") as handle:
            data = handle.read()
    except FileNotFoundError:
        raise InvalidCorpusError(["no such file"], source) from None
    except OSError as exc:
        raise InvalidCorpusError([f"cannot read the file: {exc.strerror or exc}"], source) from None
    except ValueError as exc:  # a path the system cannot take ("embedded null byte")
        raise InvalidCorpusError([f"cannot read the file: {exc}"], repr(source)) from None
    return loads(read_text(data, source), source)


@paused()
def dumps(corpus: Corpus, *, indent: int | None = None) -> str:
    """The text of a corpus file."""
    try:
        return encode(corpus, indent=indent).decode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: a str holds it, UTF-8 cannot
        return json.dumps(corpus_to_dict(corpus), ensure_ascii=False, indent=indent) + "\n"


@paused()
def encode(corpus: Corpus, *, indent: int | None = None) -> bytes:
    """The UTF-8 bytes of a corpus file: the text of ``json.dumps(..., ensure_ascii=False)``.

    msgspec encodes (and, for ``indent``, lays out) the converter's JSON-ready values
    several times faster than ``json``, to the same bytes; ``json`` lays out the
    rare rest (an ``indent`` of zero or a string).

    Raises:
        UnicodeEncodeError: A string holds a lone surrogate, which UTF-8 cannot write.
    """
    data = corpus_to_dict(corpus)
    if indent is None or (type(indent) is int and indent > 0):
        # Layout 0 is one line with json's default separators, ", " and ": ".
        return msgspec.json.format(msgspec.json.encode(data), indent=indent or 0) + b"\n"
    return (json.dumps(data, ensure_ascii=False, indent=indent) + "\n").encode("utf-8")


def save(corpus: Corpus, path: str | os.PathLike[str], *, indent: int | None = None) -> None:
    """Write ``corpus`` to ``path`` as UTF-8 JSON, atomically (see :meth:`Corpus.save`)."""
    # Imported here: the atomic write (shutil, tempfile) is for writing, and a program
    # that only reads a corpus does not pay for it.
    from .files import atomic_write

    data = encode(corpus, indent=indent)
    with atomic_write(path, "wb") as handle:
        handle.write(data)
