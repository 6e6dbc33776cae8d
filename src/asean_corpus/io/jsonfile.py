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

import errno
import os
import typing
from types import SimpleNamespace
from typing import Any

import attrs

from .._gc import paused
from ..corpus import Corpus
from ..corpus.vouching import record_types, types_vouched
from ..exceptions import CorpusFileError, InvalidCorpusError, Problem, shown

__all__ = [
    "FORMAT_VERSION",
    "MAX_BYTES",
    "corpus_from_dict",
    "corpus_to_dict",
    "dumps",
    "encode",
    "load_bytes",
    "load_file",
    "loads",
    "read_text",
    "save",
]

FORMAT_VERSION = 1
"""The version of the JSON layout this library reads and writes."""

MAX_BYTES = 4 << 30
"""The largest corpus file :func:`load_file` reads unless told otherwise (4 GiB).

A corpus takes about 1 kB a statement in its file, and about ten times that in memory
while it is read; a bigger file is refused before any of it is read, so a wrong path
(a disk image, a sparse file) cannot exhaust memory."""


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
            f"unknown format version {shown(version)}; "
            f"this version of asean_corpus reads {FORMAT_VERSION}"
        )
        raise InvalidCorpusError([Problem(path=("format_version",), message=message)], source)
    tables = record_types(Corpus)
    problems: list[Problem] = []
    extra = sorted(set(data) - set(tables) - {"format_version"})
    if extra:
        keys = ", ".join(map(shown, extra[:5])) + (
            f" and {len(extra) - 5:,} more" if len(extra) > 5 else ""
        )
        problems.append(Problem(message=f"$: unknown keys {keys}"))
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
        # Report the integrity problems too, of every value that could be read: the
        # records are made as far as they go, keeping a wrong value where it was.
        for name, cls in tables.items():
            if name not in records:
                raw = data.get(name, [])
                records[name] = (
                    tuple(_lenient(conv, r, cls) for r in raw) if isinstance(raw, list) else raw
                )
        raise InvalidCorpusError(_together(problems, records), source)
    try:
        return Corpus(**records)
    except InvalidCorpusError as exc:
        raise InvalidCorpusError(exc.details, source) from None


def _lenient(conv: Any, raw: object, tp: Any) -> Any:
    """``raw`` structured as ``tp`` as far as it goes: each part that cannot be is kept
    as it is, for the corpus checks to skip (the converter has reported it)."""
    try:
        return conv.structure(raw, tp)
    except Exception:
        pass
    origin = typing.get_origin(tp)
    if origin in (tuple, frozenset) and isinstance(raw, list) and len(raw) <= 1000:
        items = [_lenient(conv, item, typing.get_args(tp)[0]) for item in raw]
        try:
            return frozenset(items) if origin is frozenset else tuple(items)
        except TypeError:  # an unhashable raw item
            return tuple(items)
    if isinstance(tp, type) and attrs.has(tp) and isinstance(raw, dict):
        values = {}
        for field in attrs.fields(tp):
            if field.name in raw:
                values[field.name] = _lenient(conv, raw[field.name], field.type)
            elif field.default is attrs.NOTHING:
                values[field.name] = None
        try:
            return tp(**values)
        except Exception:
            return raw
    return raw


def _together(problems: list[Problem], records: dict[str, Any]) -> list[Problem]:
    """The converter's problems, and the corpus problems of the values around them."""
    known = {p.path for p in problems}
    leading = {k[:end] for k in known for end in range(1, len(k) + 1)}

    def related(path: tuple[str | int, ...]) -> bool:
        # The same place, a place inside one reported, or one leading to it.
        return path in leading or any(path[:end] in known for end in range(1, len(path)))

    from ..corpus.validation import find_problems  # made by the constructor otherwise

    found = find_problems(SimpleNamespace(**records), Corpus)
    order = {name: i for i, name in enumerate(record_types(Corpus))}
    merged = problems + [p for p in found if not related(p.path)]

    def place(problem: Problem) -> tuple[int, int]:
        path = problem.path
        record = path[1] if len(path) > 1 and isinstance(path[1], int) else -1
        return order.get(str(path[0]), -1) if path else -1, record

    return sorted(merged, key=place)


def _id_at(raw: object, path: tuple[str | int, ...]) -> str | None:
    """The id of the record in ``raw`` (a table) that ``path`` leads into, if it has one."""
    if len(path) < 2 or not isinstance(raw, list) or not isinstance(path[1], int):
        return None
    record = raw[path[1]] if path[1] < len(raw) else None
    rid = record.get("id") if isinstance(record, dict) else None
    return rid if isinstance(rid, str) and rid else None


class _Pairs:
    """JSON objects as dicts, noting every key given twice in one object.

    ``json`` keeps the last of two equal keys without a word, so a file ending in a
    second ``"statements": []`` would load as an empty corpus. Building each dict from
    its list of pairs is no slower than ``json``'s own way.
    """

    def __init__(self) -> None:
        self.duplicates: list[str] = []

    def __call__(self, pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        made = dict(pairs)
        if len(made) != len(pairs):
            self.duplicates.append(_duplicates(pairs))
        return made


def _duplicates(pairs: list[tuple[str, Any]]) -> str:
    seen: set[str] = set()
    twice: list[str] = []
    for key, _ in pairs:
        if key in seen and key not in twice:
            twice.append(key)
        seen.add(key)
    rid = next((v for k, v in pairs if k == "id" and isinstance(v, str)), None)
    where = f"in the object with id {shown(rid)}" if rid is not None else "in one object"
    if any(k == "format_version" for k, _ in pairs):
        where = "at the top level"
    keys = ", ".join(shown(k) for k in twice[:5])
    more = f" and {len(twice) - 5:,} more" if len(twice) > 5 else ""
    return f"duplicate key {keys}{more} {where}; a key may be given once"


@paused()
def loads(text: str | bytes | bytearray | memoryview, source: str | None = None) -> Corpus:
    """Read a corpus from the text of a corpus file.

    Bytes are read as the bytes of a corpus file are: UTF-8 only.

    Raises:
        InvalidCorpusError: The text is not JSON (a key given twice in one object
            included), or not a valid corpus, or is neither text nor bytes.
    """
    if isinstance(text, bytes | bytearray | memoryview):
        return load_bytes(text, source or "<bytes>")
    if not isinstance(text, str):
        got = f"{type(text).__name__} {shown(text)}"
        msg = f"expected the text of a corpus file (a str, or UTF-8 bytes), got {got}"
        raise InvalidCorpusError([msg], source)
    # The fast path reads a file it can vouch for; any other, valid or not, is read
    # the careful way, which reports every problem with its path.
    found = _fast(text, source)
    return found if found is not None else _careful(text, source)


@paused()
def load_bytes(data: bytes | bytearray | memoryview, source: str) -> Corpus:
    """Read a corpus from the bytes of a corpus file (:func:`loads` of their UTF-8 text).

    The fast path reads the bytes as they are; only the careful path decodes them to
    a string first, so a file read the fast way is not copied into one.

    Raises:
        InvalidCorpusError: The bytes are not UTF-8, not JSON, or not a valid corpus.
    """
    if not isinstance(data, bytes):  # a bytearray or a memoryview
        data = bytes(data)
    found = _fast(data, source)
    return found if found is not None else _careful(read_text(data, source), source)


def _fast(data: str | bytes, source: str | None) -> Corpus | None:
    # Imported on first use: the bundled corpus is read without msgspec (io.vouched).
    from .structs import decode_tables

    records = decode_tables(data, Corpus, FORMAT_VERSION)
    if records is None:
        return None
    try:
        with types_vouched(records):  # msgspec checked every type as strictly
            return Corpus(**records)
    except InvalidCorpusError as exc:
        raise InvalidCorpusError(exc.details, source) from None


def _careful(text: str, source: str | None) -> Corpus:
    import json  # the careful path only

    pairs = _Pairs()
    try:
        data = json.loads(text, object_pairs_hook=pairs)
    except json.JSONDecodeError as exc:
        # "Unterminated string starting at" already ends with "at"; the offset is
        # given too, as a saved corpus is one long line.
        what = exc.msg.removesuffix(" at")
        msg = (
            f"not valid JSON: {what} at line {exc.lineno}, column {exc.colno} "
            f"(character {exc.pos + 1:,} of the file)"
        )
        raise InvalidCorpusError([msg], source) from None
    except RecursionError:
        raise InvalidCorpusError(["JSON nested too deeply"], source) from None
    except ValueError as exc:  # a number too long to convert, for one
        raise InvalidCorpusError([f"not valid JSON: {exc}"], source) from None
    if pairs.duplicates:
        raise InvalidCorpusError(pairs.duplicates, source)
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


def load_file(path: str | os.PathLike[str], *, max_bytes: int = MAX_BYTES) -> Corpus:
    """Read a corpus file written by :meth:`Corpus.save`.

    Only a regular file is read (a symbolic link to one is followed); its type is
    checked before any byte is read, so a FIFO or a device is refused at once.

    Args:
        path: The corpus file.
        max_bytes: Refuse a file larger than this (:data:`MAX_BYTES`, 4 GiB).

    Raises:
        CorpusFileNotFoundError: There is no such file (also a
            :class:`FileNotFoundError`).
        CorpusFileError: It is a folder, a device, a FIFO, unreadable, or larger than
            ``max_bytes`` (also an :class:`OSError`).
        InvalidCorpusError: It is not UTF-8, not JSON, or not a valid corpus; every
            problem is listed with its JSON path.
    """
    from .reading import check_path, read_bytes  # not io.files: writing needs more

    if isinstance(max_bytes, bool) or not isinstance(max_bytes, int) or max_bytes < 0:
        reason = f"max_bytes must be a number of bytes (an int, 0 or more), got {shown(max_bytes)}"
        raise CorpusFileError(check_path(path), reason, errno.EINVAL)
    try:
        data = read_bytes(path, max_bytes)
    except CorpusFileError as exc:
        if exc.errno != errno.EISDIR:
            raise
        hint = "; a folder written by write_parquet is read by read_parquet"
        raise CorpusFileError(path, exc.reason + hint, exc.errno) from None
    return load_bytes(data, os.fsdecode(os.fspath(path)))


@paused()
def dumps(corpus: Corpus, *, indent: int | None = None) -> str:
    """The text of a corpus file."""
    try:
        return _ended(_text(corpus, indent)).decode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: a str holds it, UTF-8 cannot
        import json

        return json.dumps(corpus_to_dict(corpus), ensure_ascii=False, indent=indent) + "\n"


def encode(corpus: Corpus, *, indent: int | None = None) -> bytes:
    """The UTF-8 bytes of a corpus file: the text of ``json.dumps(..., ensure_ascii=False)``.

    msgspec writes the records, a chunk at a time through the structs that mirror
    them (:func:`~asean_corpus.io.structs.encode_tables`), and lays them out several
    times faster than ``json``, to the same bytes; ``json`` lays out the rare rest (an
    ``indent`` of zero or a string) from the converter's JSON-ready values.

    Raises:
        UnicodeEncodeError: A string holds a lone surrogate, which UTF-8 cannot write.
    """
    return bytes(_ended(_text(corpus, indent)))


@paused()
def _text(corpus: Corpus, indent: int | None) -> bytes | bytearray:
    """The bytes of :func:`encode` but its last newline (a gigabyte not copied to add it)."""
    from .structs import encode_tables

    if indent is None:  # one line with json's default separators, ", " and ": "
        return encode_tables(corpus, FORMAT_VERSION, spaced=True)
    if type(indent) is int and indent > 0:
        import msgspec  # imported with structs already

        return msgspec.json.format(encode_tables(corpus, FORMAT_VERSION), indent=indent)
    import json  # lays out what msgspec does not (an indent of 0 or a string)

    data = json.dumps(corpus_to_dict(corpus), ensure_ascii=False, indent=indent)
    return data.encode("utf-8")


def _ended(text: bytes | bytearray) -> bytes | bytearray:
    """``text`` and its last newline, added in place to a buffer."""
    if isinstance(text, bytearray):
        text += b"\n"
        return text
    return text + b"\n"


def save(corpus: Corpus, path: str | os.PathLike[str], *, indent: int | None = None) -> None:
    """Write ``corpus`` to ``path`` as UTF-8 JSON, atomically (see :meth:`Corpus.save`)."""
    # Imported here: the atomic write (shutil, tempfile) is for writing, and a program
    # that only reads a corpus does not pay for it.
    from .files import atomic_write

    data = _text(corpus, indent)
    with atomic_write(path, "wb") as handle:
        handle.write(data)
        handle.write(b"\n")
