"""Typed access to annotation TOML files, collecting every problem as a :class:`Problem`."""

from __future__ import annotations

import datetime as _dt
import enum
import tomllib
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, TypeVar

from ..exceptions import CorpusError, CorpusFileError, Problem, shown
from ..io.reading import read_bytes
from ..model import PartialDate
from ..model.records import enum_member

__all__ = ["Fields", "read_toml"]

E = TypeVar("E", bound=enum.Enum)


class Fields:
    """One TOML table of an annotation file: typed values, wrong types and unknown keys.

    Every problem is added to ``problems`` with the file, the path of the table in it
    (``("statement", 3)``) and the record's id, and the value is then ``None`` (or the
    default); :meth:`finish` reports the keys that were never asked for.

    Attributes:
        ok: Whether every value asked for so far was present and well typed.
    """

    def __init__(
        self,
        data: Mapping[str, Any],
        file: str,
        path: tuple[str | int, ...],
        problems: list[Problem],
    ) -> None:
        self.data = data
        self.file = file
        self.path = path
        rid = data.get("id")
        self.record_id = rid if isinstance(rid, str) and rid else None
        self.problems = problems
        self.used: set[str] = set()
        self.ok = True
        self.failed: set[str | None] = set()
        """The keys with a problem (``None`` for the table as a whole)."""

    def child(self, key: str, index: int | None, data: Mapping[str, Any]) -> Fields:
        """The fields of a table nested in this one (``[[actor.role]]``)."""
        path = (*self.path, key) if index is None else (*self.path, key, index)
        child = Fields(data, self.file, path, self.problems)
        if child.record_id is None or index is None:
            child.record_id = self.record_id
        return child

    def fail(self, key: str | None, message: str) -> None:
        """Report a problem with ``key`` (or with the whole table, for ``None``)."""
        self.ok = False
        self.failed.add(key)
        path = self.path if key is None else (*self.path, key)
        self.problems.append(
            Problem(file=self.file, path=path, record_id=self.record_id, message=message)
        )

    def get(self, key: str, required: bool = False) -> Any:
        """The raw value, ``None`` when missing (a problem when ``required``)."""
        self.used.add(key)
        if key not in self.data:
            if required:
                self.fail(key, "missing (required)")
            return None
        return self.data[key]

    def text(self, key: str, required: bool = False) -> str | None:
        """A string value; a required one must not be empty or only white space."""
        value = self.get(key, required)
        if value is None:
            return None
        if not isinstance(value, str) or (required and not value.strip()):
            self.fail(key, f"expected a non-empty string, got {shown(value)}")
            return None
        return value

    def req(self, key: str) -> str:
        """A required, non-empty string (``""`` after reporting its absence)."""
        return self.text(key, required=True) or ""

    def texts(self, key: str) -> tuple[str, ...]:
        """A list of strings."""
        value = self.get(key)
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.fail(key, f"expected a list of strings, got {shown(value)}")
            return ()
        return tuple(value)

    def flag(self, key: str, default: bool) -> bool:
        """A boolean."""
        value = self.get(key)
        if value is None:
            return default
        if not isinstance(value, bool):
            self.fail(key, f"expected true or false, got {shown(value)}")
            return default
        return value

    def number(self, key: str, default: int) -> int:
        """A positive integer."""
        value = self.get(key)
        if value is None:
            return default
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            self.fail(key, f"expected a positive integer, got {shown(value)}")
            return default
        return value

    def optional_number(self, key: str) -> int | None:
        """A positive integer, or ``None`` when the key is absent."""
        if self.data.get(key) is None:
            self.get(key)
            return None
        return self.number(key, 1)

    def date(self, key: str) -> PartialDate | None:
        """A partial date, ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; or a TOML date
        written without quotes (``said_on = 2025-06-19``), a day."""
        value = self.get(key)
        if value is None:
            return None
        if isinstance(value, _dt.datetime | _dt.time):
            self.fail(
                key,
                f"expected a date, got a TOML time {shown(str(value))}: write the day alone "
                '(2025-06-19), or a month or a year as a string ("2025-06")',
            )
            return None
        if isinstance(value, _dt.date):
            return PartialDate.from_date(value)
        if not isinstance(value, str):
            self.fail(
                key, f"expected a date string YYYY, YYYY-MM or YYYY-MM-DD, got {shown(value)}"
            )
            return None
        try:
            return PartialDate.parse(value)
        except CorpusError as exc:
            self.fail(key, str(exc))
            return None

    def day(self, key: str, required: bool = False) -> _dt.date | None:
        """A full date, ``YYYY-MM-DD``."""
        self.get(key, required)
        found = self.date(key)
        if found is not None and found.day is None:
            self.fail(key, "needs a full date YYYY-MM-DD")
            return None
        return None if found is None else found.earliest

    def enum(self, key: str, cls: type[E], default: E | None = None) -> E | None:
        """A member of ``cls``, given by its value; required when there is no default."""
        value = self.get(key, default is None)
        if value is None:
            return default
        try:
            return enum_member(cls, value)
        except ValueError as exc:
            self.fail(key, str(exc))
            return default

    def optional_enum(self, key: str, cls: type[E]) -> E | None:
        """A member of ``cls`` given by its value, or ``None`` when the key is absent."""
        if self.get(key) is None:
            return None
        return self.enum(key, cls)

    def tables(self, key: str) -> list[Mapping[str, Any]]:
        """An array of tables (``[[statement]]``)."""
        value = self.get(key)
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.fail(key, "expected a list of tables")
            return []
        return value

    def table(self, key: str) -> Mapping[str, Any] | None:
        """A table (``[body]``)."""
        value = self.get(key)
        if value is None:
            return None
        if not isinstance(value, dict):
            self.fail(key, "expected a table")
            return None
        return value

    def finish(self) -> bool:
        """Report the keys never asked for; whether the table had no problem."""
        for key in sorted(set(self.data) - self.used):
            self.fail(key, "unknown field")
        return self.ok


def read_toml(
    path: Path, file: str, problems: list[Problem], *, missing_ok: bool = False
) -> dict[str, Any] | None:
    """The parsed TOML file, or ``None`` after reporting why it cannot be read.

    A file that does not exist is a problem unless ``missing_ok``: then it is ``None``.
    """
    try:
        text = read_bytes(path, 256 << 20).decode("utf-8-sig")  # a BOM (Windows editors) dropped
    except FileNotFoundError:
        if not missing_ok:
            problems.append(Problem(file=file, message="no such file"))
        return None
    except CorpusFileError as exc:  # a folder, a FIFO, a device, too large, unreadable
        problems.append(Problem(file=file, message=exc.reason))
        return None
    except UnicodeDecodeError as exc:
        problems.append(Problem(file=file, message=f"not UTF-8 text (offset {exc.start})"))
        return None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        problems.append(Problem(file=file, message=f"invalid TOML: {shown(str(exc), 200)[1:-1]}"))
        return None
    except RecursionError:
        problems.append(Problem(file=file, message="invalid TOML: nested too deeply"))
        return None
    except ValueError as exc:  # an integer of more digits than Python converts
        problems.append(Problem(file=file, message=f"invalid TOML: {shown(str(exc), 200)[1:-1]}"))
        return None
    unreviewed = list(_to_review(data, ()))
    for where, record_id in unreviewed:
        message = (
            "still says TO REVIEW: the suggestion draft left this for a person to decide; "
            "write the value (or delete the key where it is optional)"
        )
        problems.append(Problem(file=file, path=where, record_id=record_id, message=message))
    return data


REVIEW_MARK = "TO REVIEW"
"""What a suggestion draft writes where only a person can decide; a build refuses it."""


def _to_review(
    value: object, path: tuple[str | int, ...], record_id: str | None = None
) -> Iterator[tuple[tuple[str | int, ...], str | None]]:
    """Where a parsed TOML value still holds a string marked :data:`REVIEW_MARK`."""
    if isinstance(value, str):
        if REVIEW_MARK in value:
            yield path, record_id
    elif isinstance(value, dict):
        rid = value.get("id")
        own = rid if isinstance(rid, str) and rid else record_id
        for key, item in value.items():
            yield from _to_review(item, (*path, key), own)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _to_review(item, (*path, index), record_id)
