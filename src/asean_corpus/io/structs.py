"""The fast path of reading a corpus file: typed decoding into structs that mirror the records.

msgspec decodes the file in C into structs derived from the records' attrs fields (the
same names, every field required, unknown keys refused, strict types: ``true`` is not
an integer, ``"5"`` is not a number): first the outline of the file, each table's items
left as their JSON text, then each table a chunk of items at a time, so that the
structs of a whole table never live at once. The records are made from the structs a
column at a time, with the value parsers the converter uses (partial dates, dates,
times): a record whose attrs ``__init__`` only stores its fields is stored field by
field in loops that run in C (:func:`~asean_corpus.model._fields.slot_setters` says
which classes qualify; any other goes through its constructor), and the corpus is
validated as any other, bar the type checks msgspec has made.

This path only vouches for files it reads completely. For any other file (a wrong type,
a key left out or unknown or given twice, an escaped colon, a value a parser refuses)
it returns ``None``, and the careful path, the cattrs converter of
:mod:`asean_corpus.io.converter`, reads the file and reports every problem with its
path. What a file may hold is the converter's rule; this module only mirrors the types.

Repeated values are shared between records: ids that refer to other records and the
fields declared as a vocabulary (a statement's cue), partial dates, dates, sets of
topics and agreements; enum members are shared by nature.
"""

from __future__ import annotations

import datetime as _dt
import enum
import functools
import inspect
import re
import threading
import types
import typing
from collections.abc import Callable, Iterable, Sequence
from itertools import chain, repeat
from operator import attrgetter
from typing import Any

import attrs
import msgspec

from ..corpus.vouching import record_types
from ..model import ArticleEvidence, PartialDate, ReferenceEvidence, Span
from ..model._fields import shared, stored
from .converter import Parsed, parse_date, parse_time, unstructure_time

__all__ = ["decode_tables", "encode_tables"]

_Column = Callable[[list[Any]], Iterable[Any]]
"""Makes the values of one field from its decoded column, in order."""

_EVIDENCE = frozenset({ArticleEvidence, ReferenceEvidence})
_UNSET = msgspec.UNSET
_ASTUPLE = msgspec.structs.astuple
_START = attrgetter("start")
_END = attrgetter("end")


class _Refused(Exception):
    """The fast path cannot vouch for a value; the careful path reads the file."""


class _Span(msgspec.Struct, forbid_unknown_fields=True, gc=False):
    start: int
    end: int


class _Evidence(msgspec.Struct, forbid_unknown_fields=True, gc=False):
    """Either kind of evidence, told apart (as the converter does) by the keys present."""

    article_id: str | msgspec.UnsetType = _UNSET
    span: _Span | msgspec.UnsetType = _UNSET
    text: str | msgspec.UnsetType = _UNSET
    reference_id: str | msgspec.UnsetType = _UNSET


class _Context:
    """What the records of one file share: one object per string, date or set of ids."""

    def __init__(self) -> None:
        self.strings: dict[str | None, str | None] = {}
        self.sets: dict[frozenset[str], frozenset[str]] = {}
        self.dates = Parsed(PartialDate.parse)
        self.days = Parsed(parse_date)
        # Written: each value converted for the file, by the identity of the value,
        # one table for each conversion; and the values, so that no identity is reused.
        self.written: dict[Callable[[Any], Any], dict[int, Any]] = {}
        self.kept: list[Any] = []

    def clear(self) -> None:
        """Forget what a read shared."""
        for table in (self.strings, self.sets, self.dates, self.days):
            table.clear()

    def clear_written(self) -> None:
        """Forget what a write converted, and let go of the values it kept."""
        for table in self.written.values():
            table.clear()
        self.kept.clear()


# -- columns of values ----------------------------------------------------------------------


def _spans(column: list[_Span]) -> Iterable[Span]:
    return stored(Span, [map(_START, column), map(_END, column)], len(column))


def _span_structs(column: list[Span]) -> Iterable[_Span]:
    return map(_Span, map(_START, column), map(_END, column))


def _evidence_struct(value: ArticleEvidence | ReferenceEvidence) -> _Evidence:
    if isinstance(value, ReferenceEvidence):
        return _Evidence(reference_id=value.reference_id)
    span = _Span(value.span.start, value.span.end)
    return _Evidence(article_id=value.article_id, span=span, text=value.text)


def _once(convert: Callable[[Any], Any], context: _Context) -> _Column:
    """The column maker that converts each distinct object of a file's columns once.

    Shared values (a date, a set of topics) are one object for many records: each is
    converted once in a file, not once in each chunk, and found again by its identity,
    in C.
    """
    made = context.written.setdefault(convert, {})  # shared by the fields it converts

    def write(values: list[Any]) -> Iterable[Any]:
        keys = list(map(id, values))
        if not made.keys() >= set(keys):
            for key, value in dict(zip(keys, values, strict=True)).items():
                if key not in made:
                    made[key] = convert(value)
                    context.kept.append(value)
        return map(made.__getitem__, keys)

    return write


def _evidence(value: _Evidence) -> ArticleEvidence | ReferenceEvidence:
    if value.reference_id is not _UNSET:
        if value.article_id is _UNSET and value.span is _UNSET and value.text is _UNSET:
            return ReferenceEvidence(reference_id=value.reference_id)
    elif not (value.article_id is _UNSET or value.span is _UNSET or value.text is _UNSET):
        span = Span(value.span.start, value.span.end)
        return ArticleEvidence(article_id=value.article_id, span=span, text=value.text)
    raise _Refused  # the converter says which keys are wrong


def _each(column: _Column) -> _Column:
    """The column maker of ``tuple[X, ...]`` from that of ``X``: all items made at once."""

    def make(values: list[tuple[Any, ...]]) -> Iterable[tuple[Any, ...]]:
        made = iter(column(list(chain.from_iterable(values))))
        return [tuple(next(made) for _ in value) if value else () for value in values]

    return make


def _optional(column: _Column) -> _Column:
    """The column maker of ``X | None`` from that of ``X``."""

    def make(values: list[Any]) -> Iterable[Any]:
        made = iter(column([v for v in values if v is not None]))
        return [None if v is None else next(made) for v in values]

    return make


def _lookup(table: dict[Any, Any]) -> _Column:
    return lambda values: map(table.__getitem__, values)


def _share(table: dict[Any, Any]) -> _Column:
    return lambda values: map(table.setdefault, values, values)


def _share_each(table: dict[Any, Any]) -> _Column:
    setdefault = table.setdefault
    return lambda values: [tuple(map(setdefault, v, v)) if v else () for v in values]


class _Record:
    """How one record type is made from its struct, a column of records at a time."""

    def __init__(self, cls: type, context: _Context) -> None:
        attrs.resolve_types(cls)
        self.cls = cls
        fields = attrs.fields(cls)
        specs = [_spec(f.type, context, shares=shared(f)) for f in fields]
        self.struct: type[msgspec.Struct] = msgspec.defstruct(
            f"{cls.__name__}Struct",
            [(f.name, spec.struct) for f, spec in zip(fields, specs, strict=True)],
            forbid_unknown_fields=True,
            gc=False,
        )
        if self.struct.__struct_fields__ != tuple(f.name for f in fields):  # pragma: no cover
            raise TypeError(f"{cls.__name__}: the struct's fields are not in the record's order")
        _SELDOM[self.struct] = frozenset(f.name for f in fields if _seldom(f))
        self.fields = [(attrgetter(f.name), spec) for f, spec in zip(fields, specs, strict=True)]

    def make(self, values: list[Any]) -> list[Any]:
        """The records of ``values``, in order; each struct is dropped once its record is made.

        The records are made a chunk at a time, each chunk a column at a time (the loops
        run in C), so the columns of one chunk and the structs already used are freed,
        and their memory taken again by the next chunk's records, instead of a million
        of each being held at once.
        """
        out: list[Any] = []
        for start in range(0, len(values), _CHUNK):
            stop = start + _CHUNK
            out += self._make(values[start:stop])
            values[start:stop] = repeat(None, len(values[start:stop]))
        return out

    def decode(self, items: list[Any], decoder: msgspec.json.Decoder[Any]) -> tuple[list[Any], int]:
        """The records of a table's items, each still its JSON text, in order, and the
        colons in those texts.

        The items are decoded a chunk at a time, and each chunk's structs are dropped
        once its records are made: the structs of the whole table never live at once,
        so the memory they take is taken again by the next chunk's, not left as holes
        between the records that stay (a table of a million statements held its
        structs at once, and the heap kept most of their room once they were freed).

        Raises:
            _Refused: A chunk is not the table's records, or a key is given twice.
        """
        out: list[Any] = []
        counted = 0
        for start in range(0, len(items), _CHUNK):
            stop = min(start + _CHUNK, len(items))
            chunk = b"\n".join(items[start:stop])  # JSON values, one after another
            items[start:stop] = repeat(None, stop - start)
            try:
                values = decoder.decode_lines(chunk)
            except (msgspec.DecodeError, RecursionError):
                raise _Refused from None
            # A key given twice keeps its last value, silently: count the keys.
            colons = chunk.count(b":")
            del chunk
            if colons != sum(_count(values, self.struct, every=False)) and colons != sum(
                _count(values, self.struct)  # a colon in an id, say, or a key given twice
            ):
                raise _Refused
            counted += colons
            out += self._make(values)
            del values  # before the next chunk's are made
        return out, counted

    def unmake(self, records: Sequence[Any]) -> list[msgspec.Struct]:
        """The structs msgspec writes for ``records``, in order: the reverse of :meth:`make`.

        Each field is converted a column at a time, each distinct shared value (a date,
        a set of topics) once, and the structs are made in C from the columns.
        """
        columns = []
        for get, spec in self.fields:
            column = list(map(get, records))
            columns.append(column if spec.write is None else spec.write(column))
        return list(map(self.struct, *columns))

    def _make(self, values: Sequence[msgspec.Struct]) -> list[Any]:
        # Each field's column, then the records: stored a field at a time in loops that
        # run in C where the constructor would only store them (stored says), else
        # made by the constructor. The columns are the structs' tuples turned over
        # (in C, twice as fast as reading each field of each struct in turn).
        rows = zip(*map(_ASTUPLE, values), strict=True) if values else repeat((), len(self.fields))
        columns = [
            raw if spec.read is None else spec.read(list(raw))
            for (_, spec), raw in zip(self.fields, rows, strict=True)
        ]
        return stored(self.cls, columns, len(values))


def _seldom(field: attrs.Attribute[Any]) -> bool:
    """Whether the field's strings seldom hold a colon (see :func:`_count`)."""
    tp = field.type
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        tp = next((a for a in typing.get_args(tp) if a is not type(None)), tp)
    return shared(field) or tp in (PartialDate, _dt.date)


_CHUNK = 4096
"""Records made at a time."""


class _Spec(typing.NamedTuple):
    """How one field type is mirrored: its struct type, and its columns read and written."""

    struct: Any
    read: _Column | None  # the field's values from the decoded column; None: as decoded
    write: _Column | None  # the values msgspec writes from the field's; None: as they are


def _spec(tp: Any, context: _Context, *, shares: bool) -> _Spec:
    """The struct type that mirrors a field type, and how to make and write its values.

    What is written is what the converter's unstructure hooks give (a date as its ISO
    text; a set as a sorted list and an enum as its value, which msgspec's encoder
    writes itself), so a file is the same, byte for byte, whichever path wrote it.
    """
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        if frozenset(args) == _EVIDENCE:
            return _Spec(
                _Evidence,
                lambda values: map(_evidence, values),
                lambda values: map(_evidence_struct, values),
            )
        rest = [a for a in args if a is not type(None)]
        if len(rest) != 1 or len(args) != 2:  # pragma: no cover - no such field today
            raise TypeError(f"no struct for {tp!r}")
        inner = _spec(rest[0], context, shares=shares)
        write = None if inner.write is None else _optional(inner.write)
        if inner.read is None or rest[0] in (str, PartialDate, _dt.date):  # these keep None
            return _Spec(inner.struct | None, inner.read, write)
        return _Spec(inner.struct | None, _optional(inner.read), write)
    if origin is tuple:
        if args[0] is str:
            return _Spec(tuple[str, ...], _share_each(context.strings) if shares else None, None)
        inner = _spec(args[0], context, shares=shares)
        if inner.read is None or inner.write is None:  # pragma: no cover - no such field today
            raise TypeError(f"no struct for {tp!r}")
        return _Spec(tuple[inner.struct, ...], _each(inner.read), _each(inner.write))  # type: ignore[name-defined]
    if origin is frozenset:
        if args[0] is not str:  # pragma: no cover - no such field today
            raise TypeError(f"no struct for {tp!r}")
        return _Spec(frozenset[str], _share(context.sets), None)  # the encoder sorts it
    if tp is str:
        return _Spec(str, _share(context.strings) if shares else None, None)
    if tp in (int, bool) or (isinstance(tp, type) and issubclass(tp, enum.Enum)):
        return _Spec(tp, None, None)
    if tp is PartialDate:
        return _Spec(str, _lookup(context.dates), _once(str, context))
    if tp is _dt.date:
        return _Spec(str, _lookup(context.days), _once(_dt.date.isoformat, context))
    if tp is _dt.time:
        return _Spec(str, lambda values: map(parse_time, values), _once(unstructure_time, context))
    if tp is Span:
        return _Spec(_Span, _spans, _span_structs)
    if attrs.has(tp):
        record = _Record(tp, context)
        return _Spec(record.struct, record.make, record.unmake)
    raise TypeError(f"no struct for {tp!r}")  # pragma: no cover


# -- the count of keys --------------------------------------------------------------------


@functools.cache
def _hints(struct: type) -> tuple[tuple[str, Any, bool, bool], ...]:
    """Each field of a struct: its name, its item type, and whether it may be null or many."""
    out = []
    hints: dict[str, Any] = inspect.get_annotations(struct)
    if any(isinstance(tp, str) for tp in hints.values()):  # this module's own structs
        hints = typing.get_type_hints(struct)
    for name, tp in hints.items():  # defstruct's are types already: none to evaluate
        optional = typing.get_origin(tp) in (typing.Union, types.UnionType)
        if optional:
            tp = next(a for a in typing.get_args(tp) if a is not type(None))
        many = typing.get_origin(tp) in (tuple, frozenset, list)
        if many:
            tp = typing.get_args(tp)[0]
        out.append((name, tp, optional, many))
    return tuple(out)


def _colons(tp: Any) -> bool:
    """Whether values of ``tp`` are written as strings that may hold a colon."""
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return any(":" in str(member.value) for member in tp)
    return tp is str


_SELDOM: dict[Any, frozenset[str]] = {}
"""The fields of each struct whose strings seldom hold a colon: ids that refer to other
records, vocabularies (a cue), dates. Filled as the structs are made."""


def _count(values: list[Any], struct: Any, *, every: bool = True) -> tuple[int, int]:
    """The keys in the structs ``values`` of type ``struct``, and the colons in their strings.

    Each key of an object is followed by a colon, and there are no other colons outside
    strings; so a text with more colons than these two counts gave a key twice.

    With ``every=False`` the colons of the fields in :data:`_SELDOM` are not counted.
    The count is then a lower bound: a text with exactly as many colons has no key
    given twice and no colon in those fields, and a text with more is counted again
    in full.
    """
    if not values:
        return 0, 0
    if struct is _Evidence:
        parts = [(v.article_id, v.text, v.reference_id) for v in values]
        strings = [s for part in parts for s in part if s is not _UNSET]
        spans = [v.span for v in values if v.span is not _UNSET]
        return len(strings) + 3 * len(spans), "".join(strings).count(":")
    keys, colons = len(values) * len(struct.__struct_fields__), 0
    seldom = frozenset() if every else _SELDOM.get(struct, frozenset())
    for name, tp, optional, many in _hints(struct):
        nested = isinstance(tp, type) and issubclass(tp, msgspec.Struct)
        if not nested and (not _colons(tp) or name in seldom):
            continue
        column: Iterable[Any] = map(attrgetter(name), values)
        if optional:  # nulls, and empty strings, hold no colon; structs are never false
            column = filter(None, column)
        if many:
            column = chain.from_iterable(column)
        if nested:
            more_keys, more_colons = _count(list(column), tp, every=every)
            keys += more_keys
            colons += more_colons
        else:
            colons += _colons_in(list(column if tp is str else map(str, column)))
    return keys, colons


def _colons_in(strings: list[str]) -> int:
    """The colons in ``strings``: joined when they are short, counted one by one when
    long (article bodies), where joining would copy hundreds of megabytes first."""
    sample = strings[:64]
    if sum(map(len, sample)) > 256 * len(sample):
        return sum(map(str.count, strings, repeat(":")))
    return "".join(strings).count(":")


class _Decoder:
    """The structs of a corpus file, and how its records are made from them."""

    def __init__(self, corpus_type: type) -> None:
        self.lock = threading.Lock()  # a read at a time: it shares through the context
        self.write_lock = threading.Lock()  # a write at a time, beside any read
        self.context = _Context()
        self.tables = {
            name: _Record(cls, self.context) for name, cls in record_types(corpus_type).items()
        }
        # A file is decoded in two steps: each table as the JSON texts of its items,
        # then each table a chunk of items at a time (see _Record.decode).
        fields: list[tuple[str, Any]] = [("format_version", int)]
        fields += [(name, list[msgspec.Raw]) for name in self.tables]
        outline = msgspec.defstruct("CorpusFileItems", fields, forbid_unknown_fields=True, gc=False)
        self.decoder: msgspec.json.Decoder[Any] = msgspec.json.Decoder(outline)
        self.item_decoders: dict[str, msgspec.json.Decoder[Any]] = {
            name: msgspec.json.Decoder(r.struct) for name, r in self.tables.items()
        }
        # Sets in sorted order (in C, by code point, as Python sorts strings); struct
        # fields stay in the records' order.
        self.encoder = msgspec.json.Encoder(order="deterministic", enc_hook=_plain)

    def decode(self, text: str | bytes, version: int) -> dict[str, tuple[Any, ...]] | None:
        try:
            data = self.decoder.decode(text)
        except (msgspec.DecodeError, UnicodeError, RecursionError):
            return None
        if data.format_version != version:
            return None
        # Every colon of the text is inside a table's items, or ends one of the keys
        # of the top level (a key given twice there would add one more).
        colons = text.count(b":") if isinstance(text, bytes) else text.count(":")
        colons -= 1 + len(self.tables)
        with self.lock:
            try:
                out = {}
                for name, r in self.tables.items():
                    records, inside = r.decode(getattr(data, name), self.item_decoders[name])
                    out[name] = tuple(records)
                    colons -= inside
            except (_Refused, ValueError, TypeError):  # CorpusError and DataError included
                return None
            finally:
                self.context.clear()
        return out if colons == 0 else None

    def encode(self, corpus: Any, version: int, *, spaced: bool) -> bytearray:
        # A table is written a chunk of records at a time: the structs of one chunk
        # live at once, not a million, and each chunk is laid out while it is fresh
        # in the cache, not in a second pass over a gigabyte.
        encode = self.encoder.encode
        comma, colon = (b", ", b": ") if spaced else (b",", b":")
        out = bytearray(b"{" + encode("format_version") + colon + encode(version))
        with self.write_lock:
            try:
                for name, r in self.tables.items():
                    out += comma + encode(name) + colon
                    records = getattr(corpus, name)
                    if not records:
                        out += b"[]"
                    for start in range(0, len(records), _CHUNK):
                        part = encode(r.unmake(records[start : start + _CHUNK]))
                        if spaced:
                            part = msgspec.json.format(part, indent=0)
                        if start:  # "[a, b]" and "[c]" make "[a, b, c]"
                            out[-1:] = comma
                            out += memoryview(part)[1:]
                        else:
                            out += part
            finally:
                self.context.clear_written()
        out += b"}"
        return out


def _plain(value: object) -> object:
    """A value of a subclass of ``str`` or ``int`` that a corpus accepts (NumPy's
    ``str_``, an ``int`` subclass in a span), as the plain value it is; msgspec writes
    only the exact types."""
    if isinstance(value, str):
        return str.__str__(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return int.__int__(value)
    raise NotImplementedError(f"cannot write a value of type {type(value).__name__}")


_DECODERS: dict[type, _Decoder] = {}
_DECODERS_LOCK = threading.Lock()


def _decoder(corpus_type: type) -> _Decoder:
    decoder = _DECODERS.get(corpus_type)
    if decoder is None:
        with _DECODERS_LOCK:
            decoder = _DECODERS.get(corpus_type) or _Decoder(corpus_type)
            _DECODERS[corpus_type] = decoder
    return decoder


def encode_tables(corpus: Any, version: int, *, spaced: bool = False) -> bytearray:
    """The JSON of a corpus file on one line: ``format_version``, then every table in order.

    The same text as ``json.dumps`` of the converter's values, with ``json``'s
    separators (``, `` and ``: ``) when ``spaced``, else msgspec's (``,`` and ``:``),
    for :func:`msgspec.json.format` to lay out.

    Raises:
        UnicodeEncodeError: A string holds a lone surrogate, which UTF-8 cannot write.
    """
    return _decoder(type(corpus)).encode(corpus, version, spaced=spaced)


def decode_tables(
    text: str | bytes, corpus_type: type, version: int
) -> dict[str, tuple[Any, ...]] | None:
    """The records of each table of a corpus file, or ``None`` to read it the careful way.

    ``text`` is the file's text, or its bytes (read as UTF-8; bytes that are not are
    left to the careful path, which says where). ``None`` means only that this path
    does not vouch for the text: it may be valid (a key left out at its default, an
    escaped colon) or not, and the careful path decides and reports.
    """
    if _escaped_colon(text):  # a key's colon could hide as one: no colon in the text to count
        return None
    return _decoder(corpus_type).decode(text, version)


def _escaped_colon(text: str | bytes) -> bool:
    """Whether the JSON text escapes a colon (``\\u003a``, any case) anywhere.

    A backslash escaped itself (``\\\\u003a``, an even run) starts no escape: the
    run before each candidate is counted. The candidates are found by one regular
    expression search through the text (faster than ``find`` on the texts measured).
    """
    if isinstance(text, bytes):
        return any(_odd_run(text, m.start(), b"\\") for m in _ESCAPED_COLON_BYTES.finditer(text))
    return any(_odd_run(text, m.start(), "\\") for m in _ESCAPED_COLON.finditer(text))


_ESCAPED_COLON = re.compile(r"\\u003[aA]")
_ESCAPED_COLON_BYTES = re.compile(rb"\\u003[aA]")


def _odd_run(text: Any, at: int, backslash: Any) -> bool:
    """Whether the backslash at ``at`` ends an odd run of them: it starts an escape."""
    start = at
    while start and text[start - 1 : start] == backslash:
        start -= 1
    return (at - start) % 2 == 0
