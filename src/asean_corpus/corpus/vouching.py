"""Tables a reader vouches for, so that the corpus made of them skips some checks.

Kept apart from the rules (:mod:`asean_corpus.corpus.validation`) so that a corpus
whose every table is vouched valid, the bundled one as released, is made without
importing the rules at all.
"""

from __future__ import annotations

import typing
from collections.abc import Iterator, Mapping
from contextlib import AbstractContextManager, contextmanager
from contextvars import ContextVar
from typing import Any

import attrs

__all__ = ["all_valid", "record_types", "types_vouched", "valid_vouched", "vouched_types"]


class _Vouched(typing.NamedTuple):
    """Tables a reader vouches for, by identity, and for what."""

    tables: dict[str, tuple[Any, ...]]
    valid: bool  # every rule (else only the types)


_VOUCHED: ContextVar[_Vouched | None] = ContextVar("vouched", default=None)


@contextmanager
def _vouch(tables: Mapping[str, tuple[Any, ...]], *, valid: bool) -> Iterator[None]:
    if not all(type(table) is tuple for table in tables.values()):
        raise TypeError("only tuples of records are vouched for")
    token = _VOUCHED.set(_Vouched(dict(tables), valid))
    try:
        yield
    finally:
        _VOUCHED.reset(token)


def types_vouched(tables: Mapping[str, tuple[Any, ...]]) -> AbstractContextManager[None]:
    """Within the block, a corpus made of these very tuples skips their type checks.

    Only the tuple objects given, by identity, in this thread or task: any other value
    of a table (a copy, a tuple made from them) is checked as always. For a reader
    that has checked every value's type as it decoded it; the integrity rules still
    run in full.
    """
    return _vouch(tables, valid=False)


def valid_vouched(tables: Mapping[str, tuple[Any, ...]]) -> AbstractContextManager[None]:
    """Within the block, a corpus made of exactly these tuples is not checked at all.

    Every table of the corpus must be one of the tuple objects given, by identity, in
    this thread or task. Only for the bundled corpus as released, which was checked
    in full when the release was tested (:mod:`asean_corpus.io.vouched`).
    """
    return _vouch(tables, valid=True)


def vouched_types(table: str, value: object) -> bool:
    """Whether ``value``, the table ``table`` of a corpus, is vouched for (its types, at
    least) in this thread or task."""
    vouched = _VOUCHED.get()
    return vouched is not None and vouched.tables.get(table) is value


def all_valid(corpus: object, tables: typing.Iterable[str]) -> bool:
    """Whether every one of the ``tables`` of ``corpus`` is vouched valid here."""
    vouched = _VOUCHED.get()
    if vouched is None or not vouched.valid:
        return False
    # Every value vouched for is a tuple: a table missing or None is never one of them.
    found = vouched.tables
    return all(t in found and getattr(corpus, t, None) is found[t] for t in tables)


def record_types(corpus_type: type) -> dict[str, type]:
    """The tables of a corpus class, in field order, with the type of their records."""
    attrs.resolve_types(corpus_type)
    return {f.name: typing.get_args(f.type)[0] for f in attrs.fields(corpus_type)}
