"""The one cattrs converter between records and JSON-ready Python values.

Hooks are registered on a private converter, never on cattrs' global one. Structuring
is strict: a string is not a list, ``"5"`` is not an int, ``0`` is not ``False``, and
unknown keys are refused, so a malformed file is reported rather than guessed at.
"""

from __future__ import annotations

import datetime as _dt
import enum
import functools
import re
import typing
from collections.abc import Callable
from typing import Any

import cattrs
from cattrs.errors import (
    ClassValidationError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.v import format_exception as _default_format

from ..exceptions import CorpusError, shown
from ..model import ArticleEvidence, Evidence, PartialDate, ReferenceEvidence
from ..model.records import enum_member

__all__ = ["DataError", "get_converter", "make_converter", "structuring_problems"]


LISTED_ITEMS = 20
"""How many wrong items of one list are reported one by one; the rest are counted."""


class DataError(ValueError):
    """A value of the wrong JSON type or form; its message is shown to the user."""


def _describe(exc: BaseException, type_: type | None) -> str:
    """What one structuring failure says to the user."""
    if isinstance(exc, (DataError, CorpusError)):
        return str(exc)
    return _cut(_default_format(exc, type_))


def _cut(message: str, limit: int = 300) -> str:
    """A message of cattrs' own (it lists every extra key) cut to ``limit`` characters."""
    if len(message) <= limit:
        return message
    return f"{message[: limit - 1]}… ({len(message):,} characters)"


def structuring_problems(
    exc: BaseException, path: tuple[str | int, ...]
) -> list[tuple[tuple[str | int, ...], str]]:
    """Every failure inside a cattrs structuring error, as ``(path, message)`` pairs.

    The path leads from ``path`` through attribute names and list positions to the
    value that failed, as cattrs' :func:`~cattrs.transform_error` does, but stays a
    value instead of being rendered into the message.
    """
    out: list[tuple[tuple[str | int, ...], str]] = []
    if isinstance(exc, (ClassValidationError, IterableValidationError)):
        with_notes, without = exc.group_exceptions()
        for inner, note in with_notes:
            step = note.index if isinstance(note, IterableValidationNote) else note.name
            where = (*path, step)
            if isinstance(inner, (ClassValidationError, IterableValidationError)):
                out += structuring_problems(inner, where)
            else:
                out.append((where, _describe(inner, note.type)))
        out += [(path, _describe(inner, None)) for inner in without]
    else:
        out.append((path, _describe(exc, None)))
    return out


def _kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _structure_str(value: object, _: type) -> str:
    if not isinstance(value, str):
        raise DataError(f"expected a string, got {_kind(value)}: {shown(value)}")
    bad = _SURROGATE.search(value)
    if bad is not None:  # JSON can escape one ("\ud800"); UTF-8 cannot write it back
        msg = f"not Unicode text: lone surrogate {bad[0]!r} at offset {bad.start()}"
        raise DataError(msg)
    return value


def _structure_int(value: object, _: type) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise DataError(f"expected an integer, got {_kind(value)}: {shown(value)}")
    return value


def _structure_bool(value: object, _: type) -> bool:
    if not isinstance(value, bool):
        raise DataError(f"expected true or false, got {_kind(value)}: {shown(value)}")
    return value


def _structure_partial_date(value: object, _: type) -> PartialDate:
    if not isinstance(value, str):
        raise DataError(f"expected a date string (YYYY, YYYY-MM, YYYY-MM-DD), got {_kind(value)}")
    return PartialDate.parse(value)


# The forms this module writes, and only those, so a file reads back as it was written.
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_TIME = re.compile(r"[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{6})?)?(?:[+-][0-9]{2}:[0-9]{2})?")


def _structure_date(value: object, _: type) -> _dt.date:
    if not isinstance(value, str):
        raise DataError(f"expected a date string YYYY-MM-DD, got {_kind(value)}")
    try:
        if not _DATE.fullmatch(value):  # fromisoformat also takes 20250619, 2025-W25-4
            raise ValueError(value)
        return _dt.date.fromisoformat(value)
    except ValueError:
        raise DataError(f"not a date of the form YYYY-MM-DD: {shown(value)}") from None


def _structure_time(value: object, _: type) -> _dt.time:
    if not isinstance(value, str):
        raise DataError(f"expected a time string HH:MM, got {_kind(value)}")
    try:
        if not _TIME.fullmatch(value):  # fromisoformat also takes 1230, T12:30, 12:30Z
            raise ValueError(value)
        return _dt.time.fromisoformat(value)
    except ValueError:
        raise DataError(
            f"not a time of the form HH:MM[:SS[.ffffff]][+HH:MM]: {shown(value)}"
        ) from None


def _unstructure_time(value: _dt.time) -> str:
    # HH:MM as a rule; seconds and fractions only when there are some, never dropped.
    exact = value.second or value.microsecond
    return value.isoformat(timespec="auto" if exact else "minutes")


def _is_enum(cls: Any) -> bool:
    return isinstance(cls, type) and issubclass(cls, enum.Enum)


def _enum_hook(cls: type[enum.Enum]) -> Callable[[object, type], enum.Enum]:
    def structure(value: object, _: type) -> enum.Enum:
        try:
            return enum_member(cls, value)
        except ValueError as exc:
            raise DataError(str(exc)) from None

    return structure


def _is_seq(cls: Any) -> bool:
    origin = typing.get_origin(cls)
    return origin in (tuple, frozenset)


def make_converter() -> cattrs.Converter:
    """A new converter configured for the corpus JSON format (format_version 1)."""
    conv = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)
    conv.register_structure_hook(str, _structure_str)
    conv.register_structure_hook(int, _structure_int)
    conv.register_structure_hook(bool, _structure_bool)
    conv.register_structure_hook(PartialDate, _structure_partial_date)
    conv.register_unstructure_hook(PartialDate, str)
    conv.register_structure_hook(_dt.date, _structure_date)
    conv.register_unstructure_hook(_dt.date, _dt.date.isoformat)
    conv.register_structure_hook(_dt.time, _structure_time)
    conv.register_unstructure_hook(_dt.time, _unstructure_time)
    conv.register_structure_hook_factory(_is_enum, _enum_hook)
    conv.register_unstructure_hook_factory(_is_enum, lambda _cls: lambda e: e.value)

    def seq_factory(cls: Any) -> Callable[[object, type], object]:
        origin = typing.get_origin(cls)
        args = typing.get_args(cls)
        item = args[0]
        item_hook = conv.get_structure_hook(item)
        make = frozenset if origin is frozenset else tuple

        def structure(value: object, _: type) -> object:
            if not isinstance(value, list):
                raise DataError(f"expected a list, got {_kind(value)}")
            errors: list[Exception] = []
            out = []
            more = 0  # wrong items past the ones listed
            for i, v in enumerate(value):
                try:
                    out.append(item_hook(v, item))
                except Exception as exc:
                    if len(errors) >= LISTED_ITEMS:
                        more += 1
                        continue
                    note = IterableValidationNote(f"Structuring {cls} @ index {i}", i, item)
                    exc.add_note(note)
                    errors.append(exc)
            if more:
                errors.append(DataError(f"and {more:,} more wrong items in this list"))
            if errors:
                raise IterableValidationError(f"While structuring {cls!r}", errors, cls)
            return make(out)

        return structure

    conv.register_structure_hook_factory(_is_seq, seq_factory)

    def unstructure_frozenset(value: frozenset[Any]) -> list[Any]:
        return sorted(conv.unstructure(v) for v in value)

    def is_frozenset(cls: Any) -> bool:
        return cls is frozenset or typing.get_origin(cls) is frozenset

    def is_tuple(cls: Any) -> bool:
        return typing.get_origin(cls) is tuple

    conv.register_unstructure_hook_func(is_frozenset, unstructure_frozenset)
    conv.register_unstructure_hook_func(
        is_tuple, lambda value: [conv.unstructure(v) for v in value]
    )

    article_hook = conv.get_structure_hook(ArticleEvidence)
    reference_hook = conv.get_structure_hook(ReferenceEvidence)

    def structure_evidence(value: object, _: type) -> Evidence:
        if not isinstance(value, dict):
            raise DataError(f"expected an evidence object, got {_kind(value)}")
        if "reference_id" in value:
            return reference_hook(value, ReferenceEvidence)  # type: ignore[no-any-return]
        if "article_id" in value:
            return article_hook(value, ArticleEvidence)  # type: ignore[no-any-return]
        raise DataError("evidence needs either 'reference_id' or 'article_id', 'span' and 'text'")

    conv.register_structure_hook_func(lambda t: t == Evidence, structure_evidence)
    conv.register_unstructure_hook_func(
        lambda t: t == Evidence, lambda ev: conv.unstructure(ev, type(ev))
    )
    return conv


@functools.cache
def get_converter() -> cattrs.Converter:
    """The shared converter (made on first use)."""
    return make_converter()
