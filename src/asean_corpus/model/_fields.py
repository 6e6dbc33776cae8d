"""Field declarations the record classes share: references to other records, and spans.

What a field refers to is said once, where the field is declared, as attrs metadata
(``attrs.field(metadata=refers("actors"))``). The corpus validation, the export tables
and the file-format schema all read it from there through :func:`attrs.fields`, so no
rule about references or spans is written twice.
"""

from __future__ import annotations

import functools
import types
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from itertools import repeat
from typing import Any

import attrs

__all__ = [
    "REFERS",
    "SHARED",
    "SHOWN",
    "SPAN_OF",
    "refers",
    "refers_to",
    "shared",
    "shown",
    "slot_setters",
    "span_of",
    "spanned",
    "stored",
    "vocabulary",
]

REFERS = "asean_corpus.refers"
"""Metadata key: the tables whose record ids the field holds (one or several kinds)."""
SHOWN = "asean_corpus.shown"
"""Metadata key: the field of the referred record that exports show beside the id."""
SPAN_OF = "asean_corpus.span_of"
"""Metadata key of a span: ``(text field, article id field)`` it is checked against."""
SHARED = "asean_corpus.shared"
"""Metadata key: the field's strings come from a small vocabulary, shared between records."""


def refers(*tables: str, shown: str | None = None) -> dict[str, Any]:
    """Metadata of a field holding the id (or ids) of records of ``tables``.

    Args:
        tables: The corpus tables the ids belong to; several mean any of them.
        shown: The attribute of the referred record that exports show in a column
            beside the id (``"name"`` gives ``speaker_name`` beside ``speaker_id``).
    """
    metadata: dict[str, Any] = {REFERS: tables}
    if shown is not None:
        metadata[SHOWN] = shown
    return metadata


def span_of(text: str, article: str) -> dict[str, Any]:
    """Metadata of a span into the body of the article named by field ``article``.

    The corpus checks ``body[span.start:span.end]`` against the field ``text``.
    """
    return {SPAN_OF: (text, article)}


def vocabulary() -> dict[str, Any]:
    """Metadata of a string field whose values repeat across records (a reporting verb).

    Readers keep one string object per value, as they do for ids that refer to records.
    """
    return {SHARED: True}


def refers_to(field: attrs.Attribute[Any]) -> tuple[str, ...]:
    """The tables a field refers to (empty for a field that holds no ids)."""
    found: tuple[str, ...] = field.metadata.get(REFERS, ())
    return found


def shown(field: attrs.Attribute[Any]) -> str | None:
    """The attribute of the referred record that exports show beside the id."""
    found: str | None = field.metadata.get(SHOWN)
    return found


def spanned(field: attrs.Attribute[Any]) -> tuple[str, str] | None:
    """``(text field, article id field)`` of a span field, ``None`` for other fields."""
    found: tuple[str, str] | None = field.metadata.get(SPAN_OF)
    return found


def shared(field: attrs.Attribute[Any]) -> bool:
    """Whether readers share the field's strings between records (ids and vocabularies)."""
    return bool(field.metadata.get(SHARED)) or bool(refers_to(field))


@functools.cache
def slot_setters(cls: type) -> tuple[Callable[[Any, Any], None], ...] | None:
    """The slot setters of ``cls``'s fields, in order, if its constructor only stores them.

    That is: the ``__init__`` attrs generated, no validator or converter on any field,
    no ``__attrs_pre_init__`` or ``__attrs_post_init__``, and a slot for every field
    and for nothing else (``cache_hash`` adds one that ``__init__`` sets).
    A record of such a class made by storing every field is the record its constructor
    makes from the same values; any other class (a date that checks its parts, say) is
    made through its constructor. ``tests/test_fast_json.py`` checks which is which.

    The readers of files (:mod:`asean_corpus.io.structs`, :mod:`asean_corpus.io.columns`)
    use it to make many records at once.
    """
    init = getattr(cls.__dict__.get("__init__"), "__code__", None)
    if init is None or not init.co_filename.startswith("<attrs generated"):
        return None
    if hasattr(cls, "__attrs_pre_init__") or hasattr(cls, "__attrs_post_init__"):
        return None
    fields = attrs.fields(cls)
    slots = {name for c in cls.__mro__ for name in c.__dict__.get("__slots__", ())}
    if slots - {"__weakref__"} != {f.name for f in fields}:
        return None  # a slot the constructor sets besides the fields (a cached hash, say)
    setters = []
    for field in fields:
        slot = cls.__dict__.get(field.name)
        if field.validator is not None or field.converter is not None:
            return None
        if not isinstance(slot, types.MemberDescriptorType):
            return None
        setters.append(slot.__set__)
    return tuple(setters)


_BLOCK = 4096  # records whose fields are stored together (a few hundred kB of them)


def stored(cls: type, columns: Sequence[Iterable[Any]], count: int) -> list[Any]:
    """``count`` records of ``cls`` whose fields, in order, hold the values of ``columns``.

    Where :func:`slot_setters` allows, the records are made empty and each column is
    stored into its slot by loops that run in C (a block of records at a time when
    the columns are lists or tuples); otherwise each record is made by the
    constructor. Each column holds ``count`` values, one per record.
    """
    setters = slot_setters(cls)
    if setters is None:
        names = [f.name for f in attrs.fields(cls)]
        return [cls(**dict(zip(names, row, strict=True))) for row in zip(*columns, strict=True)]
    records: list[Any] = list(map(object.__new__, repeat(cls, count)))
    listed = [column for column in columns if isinstance(column, list | tuple)]
    if len(listed) < len(columns):
        for setter, column in zip(setters, columns, strict=True):
            deque(map(setter, records, column), maxlen=0)
        return records
    pairs = list(zip(setters, listed, strict=True))
    # Block by block: every field of a few thousand records is stored while they are
    # still in the processor's cache, rather than each field's pass walking through
    # all the records again (0.8x the time for the 22 fields of a million statements).
    for start in range(0, count, _BLOCK):
        block = records[start : start + _BLOCK]
        for setter, column in pairs:
            deque(map(setter, block, column[start : start + _BLOCK]), maxlen=0)
    return records
