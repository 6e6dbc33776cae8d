"""Dates known to a year, a month or a day.

A :class:`PartialDate` is what a news article usually gives: "in 2002", "in late
October", "on the 19th". Its text form is the ISO 8601 calendar date with reduced
precision (``2025``, ``2025-06``, ``2025-06-19``), which is also the *date* feature of
the Extended Date/Time Format (EDTF) level 0. EDTF's intervals, uncertainty (``?``)
and approximation (``~``) markers are not part of a :class:`PartialDate`: where a
source gives a range, a :class:`~asean_corpus.Statement` stores its two ends.
"""

from __future__ import annotations

import datetime as _dt
import enum
import re
from typing import Any, Self

import attrs

from ..exceptions import InvalidDateError

__all__ = ["DateLike", "PartialDate", "Precision", "parse_date"]

_ISO = re.compile(r"(?P<year>[0-9]{4})(?:-(?P<month>[0-9]{2})(?:-(?P<day>[0-9]{2}))?)?")


_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _days_in(year: int, month: int) -> int:
    """The number of days of a month (``calendar.monthrange``, without importing calendar)."""
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        return 29
    return _DAYS[month - 1]


class Precision(enum.Enum):
    """How much of a date is known."""

    YEAR = "year"
    MONTH = "month"
    DAY = "day"


@attrs.frozen(order=False)
class PartialDate:
    """A calendar date known to year, month or day precision.

    Args:
        year: Four-digit year.
        month: 1-12, or ``None`` when only the year is known.
        day: Day of the month, or ``None`` when only the year or month is known.

    Raises:
        InvalidDateError: The date does not exist (``2025-02-30``) or a day is
            given without a month.

    Ordering sorts by the first day the date may be; of two dates starting on
    the same day, the less precise one sorts first (``2025 < 2025-01 < 2025-01-01``).

    >>> d = PartialDate.parse("2025-06")
    >>> str(d), d.precision.value
    ('2025-06', 'month')
    >>> d.earliest, d.latest
    (datetime.date(2025, 6, 1), datetime.date(2025, 6, 30))
    >>> PartialDate(2025) < PartialDate(2025, 1) < PartialDate(2025, 1, 1)
    True
    """

    year: int
    month: int | None = None
    day: int | None = None

    def __attrs_post_init__(self) -> None:
        if not 1 <= self.year <= 9999:
            raise InvalidDateError(f"year {self.year!r} is outside 1-9999")
        if self.month is None:
            if self.day is not None:
                raise InvalidDateError(f"a day ({self.day}) needs a month: year {self.year}")
            return
        if not 1 <= self.month <= 12:
            raise InvalidDateError(f"month {self.month!r} is outside 1-12 in {self.year}")
        if self.day is not None:
            last = _days_in(self.year, self.month)
            if not 1 <= self.day <= last:
                raise InvalidDateError(
                    f"day {self.day!r} does not exist in {self.year:04d}-{self.month:02d}"
                )

    @classmethod
    def parse(cls, text: str) -> Self:
        """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.

        Raises:
            InvalidDateError: The text is not one of these forms or not a real date.

        >>> PartialDate.parse("2025-06-19")
        PartialDate(year=2025, month=6, day=19)
        """
        match = _ISO.fullmatch(text) if isinstance(text, str) else None
        if match is None:
            msg = f"not a date of the form YYYY, YYYY-MM or YYYY-MM-DD: {text!r}"
            raise InvalidDateError(msg)
        month = match["month"]
        day = match["day"]
        try:
            return cls(
                int(match["year"]),
                int(month) if month else None,
                int(day) if day else None,
            )
        except InvalidDateError as exc:
            raise InvalidDateError(f"invalid date {text!r}: {exc}") from None

    @classmethod
    def from_date(cls, value: _dt.date) -> Self:
        """The day-precision date of a :class:`datetime.date` (or ``datetime``)."""
        return cls(value.year, value.month, value.day)

    @property
    def precision(self) -> Precision:
        """Which parts of the date are known."""
        if self.month is None:
            return Precision.YEAR
        if self.day is None:
            return Precision.MONTH
        return Precision.DAY

    @property
    def earliest(self) -> _dt.date:
        """The first day this date may be."""
        return _dt.date(self.year, self.month or 1, self.day or 1)

    @property
    def latest(self) -> _dt.date:
        """The last day this date may be."""
        if self.month is None:
            return _dt.date(self.year, 12, 31)
        if self.day is None:
            return _dt.date(self.year, self.month, _days_in(self.year, self.month))
        return _dt.date(self.year, self.month, self.day)

    def contains(self, value: _dt.date | PartialDate) -> bool:
        """Whether a day (or every day of another partial date) lies within this one."""
        if isinstance(value, PartialDate):
            return self.earliest <= value.earliest and value.latest <= self.latest
        return self.earliest <= value <= self.latest

    def _key(self) -> tuple[int, int, int]:
        return (self.year, self.month or 0, self.day or 0)

    def __str__(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() >= other._key()


DateLike = _dt.date | PartialDate | str
"""What query functions accept as a date: a ``date``/``datetime``, a
:class:`PartialDate`, or a string (ISO forms, or free text such as ``"June 2025"``)."""


_DEFAULT_A = _dt.datetime(2001, 1, 1)
_DEFAULT_B = _dt.datetime(2002, 2, 2)


def parse_date(value: Any) -> PartialDate:
    """Turn a query bound into a :class:`PartialDate`, keeping its precision.

    Accepts a ``datetime.date``, a ``datetime.datetime`` (its date is used), a
    :class:`PartialDate`, or a string: ISO forms are read exactly; anything else goes
    through :func:`dateutil.parser.parse`, and the precision is whatever the text gives
    (``"June 2025"`` is a month, ``"19 June 2025"`` a day). A year is required.

    Raises:
        InvalidDateError: The value is not a date, or the text names no year.

    >>> str(parse_date("June 2025")), str(parse_date("2025")), str(parse_date("Jun 19, 2025"))
    ('2025-06', '2025', '2025-06-19')
    """
    if isinstance(value, PartialDate):
        return value
    if isinstance(value, _dt.datetime):
        return PartialDate.from_date(value.date())
    if isinstance(value, _dt.date):
        return PartialDate.from_date(value)
    if not isinstance(value, str):
        kind = type(value).__name__
        msg = f"expected a date, datetime, PartialDate or string, got {kind}: {value!r}"
        raise InvalidDateError(msg)
    text = value.strip()
    if _ISO.fullmatch(text):
        return PartialDate.parse(text)
    from dateutil import parser as _parser

    try:
        first = _parser.parse(text, default=_DEFAULT_A)
        second = _parser.parse(text, default=_DEFAULT_B)
    except (ValueError, OverflowError) as exc:
        msg = f"cannot read a date from {value!r}: {exc}"
        raise InvalidDateError(msg) from None
    if first.year != second.year:
        msg = f"cannot read a date from {value!r}: it names no year"
        raise InvalidDateError(msg)
    if first.month != second.month:
        if first.day == second.day:
            msg = f"cannot read a date from {value!r}: it names a day but no month"
            raise InvalidDateError(msg)
        return PartialDate(first.year)
    if first.day != second.day:
        return PartialDate(first.year, first.month)
    return PartialDate(first.year, first.month, first.day)
