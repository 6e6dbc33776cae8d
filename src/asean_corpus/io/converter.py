"""The one cattrs converter between records and JSON-ready Python values.

Hooks are registered on a private converter, never on cattrs' global one. Structuring
is strict: a string is not a list, ``"5"`` is not an int, ``0`` is not ``False``, and
unknown keys are refused, so a malformed file is reported rather than guessed at.

This is the careful path: it finds every problem of a file, with its path. Files that
have none are read faster by :mod:`asean_corpus.io.structs`, which uses the value
parsers of this module (dates, times) and hands any file it cannot vouch for to this
converter. cattrs is imported when a converter is made, not with this module, so the
fast path does not pay for it.
"""

from __future__ import annotations

import datetime as _dt
import enum
import functools
import operator
import re
import types
import typing
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import attrs

from ..exceptions import CorpusError, shown
from ..model import ArticleEvidence, Evidence, PartialDate, ReferenceEvidence
from ..model.records import enum_member

if TYPE_CHECKING:
    import cattrs

__all__ = [
    "DataError",
    "Parsed",
    "get_converter",
    "make_converter",
    "parse_date",
    "parse_time",
    "structuring_problems",
    "unstructure_time",
]


LISTED_ITEMS = 20
"""How many wrong items of one list are reported one by one; the rest are counted."""


class DataError(ValueError):
    """A value of the wrong JSON type or form; its message is shown to the user."""


def _describe(exc: BaseException, type_: type | None) -> str:
    """What one structuring failure says to the user."""
    from cattrs.v import format_exception

    if isinstance(exc, (DataError, CorpusError)):
        return str(exc)
    return _cut(format_exception(exc, type_))


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
    from cattrs.errors import (
        ClassValidationError,
        IterableValidationError,
        IterableValidationNote,
    )

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
    return parse_date(value)


class Parsed(dict[Any, Any]):
    """One parsed value per distinct text (``None`` stays ``None``), parsed on first sight.

    The readers of files share each date this way: parsed once, one object for every
    record that holds it.
    """

    def __init__(self, parse: Callable[[str], Any]) -> None:
        super().__init__()
        self.parse = parse

    def __missing__(self, key: str | None) -> Any:
        value = self[key] = None if key is None else self.parse(key)
        return value


def parse_date(value: str) -> _dt.date:
    """The date a file writes as ``YYYY-MM-DD``, and no other ISO form.

    Raises:
        DataError: The text is not of that form or not a real date.
    """
    try:
        if not _DATE.fullmatch(value):  # fromisoformat also takes 20250619, 2025-W25-4
            raise ValueError(value)
        return _dt.date.fromisoformat(value)
    except ValueError:
        raise DataError(f"not a date of the form YYYY-MM-DD: {shown(value)}") from None


def _structure_time(value: object, _: type) -> _dt.time:
    if not isinstance(value, str):
        raise DataError(f"expected a time string HH:MM, got {_kind(value)}")
    return parse_time(value)


def parse_time(value: str) -> _dt.time:
    """The time a file writes as ``HH:MM[:SS[.ffffff]][+HH:MM]``, and no other ISO form.

    Raises:
        DataError: The text is not of that form or not a real time.
    """
    try:
        if not _TIME.fullmatch(value):  # fromisoformat also takes 1230, T12:30, 12:30Z
            raise ValueError(value)
        return _dt.time.fromisoformat(value)
    except ValueError:
        raise DataError(
            f"not a time of the form HH:MM[:SS[.ffffff]][+HH:MM]: {shown(value)}"
        ) from None


def unstructure_time(value: _dt.time) -> str:
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


_ENUM_VALUE = operator.attrgetter("_value_")
"""An enum member's value (the attribute behind ``.value``, read without the property)."""


def _is_frozenset(cls: Any) -> bool:
    return cls is frozenset or typing.get_origin(cls) is frozenset


def _is_tuple(cls: Any) -> bool:
    return cls is tuple or typing.get_origin(cls) is tuple


def _is_seq(cls: Any) -> bool:
    origin = typing.get_origin(cls)
    return origin in (tuple, frozenset)


def make_converter() -> cattrs.Converter:
    """A new converter configured for the corpus JSON format (format_version 1)."""
    import cattrs
    from cattrs.errors import IterableValidationError, IterableValidationNote
    from cattrs.fns import identity

    conv = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)
    conv.register_structure_hook(str, _structure_str)
    conv.register_structure_hook(int, _structure_int)
    conv.register_structure_hook(bool, _structure_bool)
    conv.register_structure_hook(PartialDate, _structure_partial_date)
    conv.register_unstructure_hook(PartialDate, str)
    conv.register_structure_hook(_dt.date, _structure_date)
    conv.register_unstructure_hook(_dt.date, _dt.date.isoformat)
    conv.register_structure_hook(_dt.time, _structure_time)
    conv.register_unstructure_hook(_dt.time, unstructure_time)
    conv.register_structure_hook_factory(_is_enum, _enum_hook)

    def record_factory(cls: Any) -> Callable[[object, type], object]:
        from cattrs.gen import make_dict_structure_fn

        hook = make_dict_structure_fn(cls, conv)
        name = cls.__name__
        what = f"an object ({'an' if name[0] in 'AEIOU' else 'a'} {name})"

        def structure(value: object, _: type) -> object:
            if not isinstance(value, dict):  # cattrs would say only that .keys() failed
                raise DataError(f"expected {what}, got {_kind(value)}")
            return hook(value, cls)

        return structure

    conv.register_structure_hook_factory(attrs.has, record_factory)
    conv.register_unstructure_hook_factory(_is_enum, lambda _cls: _ENUM_VALUE)

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

    # Unstructuring, for writing: each hook is chosen once per type, so a field costs
    # an attribute read (plain values, cattrs inlines them), or one call.
    def item_hook(cls: Any) -> Callable[[Any], Any] | None:
        """The hook of ``cls``, ``None`` where a value is written as it is."""
        hook: Callable[[Any], Any] = conv.get_unstructure_hook(cls)
        return None if hook is identity else hook

    def frozenset_factory(cls: Any) -> Callable[[frozenset[Any]], list[Any]]:
        args = typing.get_args(cls)
        hook = item_hook(args[0]) if args else conv.unstructure
        if hook is None:
            return sorted
        return lambda value: sorted(map(hook, value))

    def tuple_factory(cls: Any) -> Callable[[tuple[Any, ...]], list[Any]]:
        args = typing.get_args(cls)
        hook = item_hook(args[0]) if args and args[-1] is Ellipsis else conv.unstructure
        if hook is None:
            return list
        return lambda value: list(map(hook, value))

    def is_optional(cls: Any) -> bool:
        args = typing.get_args(cls)
        union = typing.get_origin(cls) in (typing.Union, types.UnionType)
        return union and len(args) == 2 and type(None) in args and Evidence not in args

    def optional_factory(cls: Any) -> Callable[[Any], Any]:
        inner = next(a for a in typing.get_args(cls) if a is not type(None))
        hook = item_hook(inner)
        if hook is None:
            return identity
        return lambda value: None if value is None else hook(value)

    conv.register_unstructure_hook_factory(_is_frozenset, frozenset_factory)
    conv.register_unstructure_hook_factory(_is_tuple, tuple_factory)
    conv.register_unstructure_hook_factory(is_optional, optional_factory)

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
