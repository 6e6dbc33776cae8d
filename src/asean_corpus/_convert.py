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
from cattrs.errors import IterableValidationError, IterableValidationNote
from cattrs.v import format_exception as _default_format

from .dates import PartialDate
from .exceptions import CorpusError
from .model import ArticleEvidence, Evidence, ReferenceEvidence

__all__ = ["DataError", "format_exception", "get_converter", "make_converter"]


class DataError(ValueError):
    """A value of the wrong JSON type or form; its message is shown to the user."""


def format_exception(exc: BaseException, type_: type | None) -> str:
    """Describe one structuring failure for :func:`cattrs.transform_error`."""
    if isinstance(exc, (DataError, CorpusError)):
        return str(exc)
    return _default_format(exc, type_)


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
        raise DataError(f"expected a string, got {_kind(value)}: {value!r}")
    bad = _SURROGATE.search(value)
    if bad is not None:  # JSON can escape one ("\ud800"); UTF-8 cannot write it back
        msg = f"not Unicode text: lone surrogate {bad[0]!r} at offset {bad.start()}"
        raise DataError(msg)
    return value


def _structure_int(value: object, _: type) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise DataError(f"expected an integer, got {_kind(value)}: {value!r}")
    return value


def _structure_bool(value: object, _: type) -> bool:
    if not isinstance(value, bool):
        raise DataError(f"expected true or false, got {_kind(value)}: {value!r}")
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
        raise DataError(f"not a date of the form YYYY-MM-DD: {value!r}") from None


def _structure_time(value: object, _: type) -> _dt.time:
    if not isinstance(value, str):
        raise DataError(f"expected a time string HH:MM, got {_kind(value)}")
    try:
        if not _TIME.fullmatch(value):  # fromisoformat also takes 1230, T12:30, 12:30Z
            raise ValueError(value)
        return _dt.time.fromisoformat(value)
    except ValueError:
        raise DataError(f"not a time of the form HH:MM[:SS[.ffffff]][+HH:MM]: {value!r}") from None


def _unstructure_time(value: _dt.time) -> str:
    # HH:MM as a rule; seconds and fractions only when there are some, never dropped.
    exact = value.second or value.microsecond
    return value.isoformat(timespec="auto" if exact else "minutes")


def _is_enum(cls: Any) -> bool:
    return isinstance(cls, type) and issubclass(cls, enum.Enum)


def _enum_hook(cls: type[enum.Enum]) -> Callable[[object, type], enum.Enum]:
    valid = ", ".join(repr(m.value) for m in cls)

    def structure(value: object, _: type) -> enum.Enum:
        try:
            return cls(value)
        except ValueError:
            raise DataError(f"unknown {cls.__name__} {value!r}; expected one of {valid}") from None

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
            for i, v in enumerate(value):
                try:
                    out.append(item_hook(v, item))
                except Exception as exc:
                    note = IterableValidationNote(f"Structuring {cls} @ index {i}", i, item)
                    exc.add_note(note)
                    errors.append(exc)
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
