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
import unicodedata
from typing import Any, Self

import attrs

from ..exceptions import InvalidDateError, shown

__all__ = ["DateLike", "PartialDate", "Precision", "not_a_date", "parse_date"]

_ISO = re.compile(r"(?P<year>[0-9]{4})(?:-(?P<month>[0-9]{2})(?:-(?P<day>[0-9]{2}))?)?")


_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _days_in(year: int, month: int) -> int:
    """The number of days of a month (``calendar.monthrange``, without importing calendar)."""
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        return 29
    return _DAYS[month - 1]


class Precision(enum.Enum):
    """How much of a date is known.

    >>> PartialDate(2025, 6).precision
    <Precision.MONTH: 'month'>
    """

    YEAR = "year"
    """Only the year is known (``2002``); the date is any day of that year."""
    MONTH = "month"
    """The year and month are known (``2025-10``, "in late October"); any day of it."""
    DAY = "day"
    """The exact day is known (``2025-06-19``)."""


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
        for part in (self.year, self.month, self.day):
            if part is not None and type(part) is not int:  # True, 2025.0, "6"
                msg = f"year, month and day must be int, got {type(part).__name__}: {shown(part)}"
                raise InvalidDateError(msg)
        if not 1 <= self.year <= 9999:
            raise InvalidDateError(f"year {shown(self.year)} is outside 1-9999")
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
            msg = f"not a date of the form YYYY, YYYY-MM or YYYY-MM-DD: {shown(text)}"
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
            raise InvalidDateError(f"invalid date {shown(text)}: {exc}") from None

    @classmethod
    def from_date(cls, value: _dt.date) -> Self:
        """The day-precision date of a :class:`datetime.date` (or ``datetime``).

        >>> import datetime
        >>> PartialDate.from_date(datetime.date(2025, 6, 19))
        PartialDate(year=2025, month=6, day=19)
        """
        return cls(value.year, value.month, value.day)

    @property
    def precision(self) -> Precision:
        """Which parts of the date are known.

        >>> PartialDate(2025).precision, PartialDate(2025, 6, 19).precision
        (<Precision.YEAR: 'year'>, <Precision.DAY: 'day'>)
        """
        if self.month is None:
            return Precision.YEAR
        if self.day is None:
            return Precision.MONTH
        return Precision.DAY

    @property
    def earliest(self) -> _dt.date:
        """The first day this date may be.

        >>> PartialDate(2025, 6).earliest
        datetime.date(2025, 6, 1)
        """
        return _dt.date(self.year, self.month or 1, self.day or 1)

    @property
    def latest(self) -> _dt.date:
        """The last day this date may be.

        >>> PartialDate(2024, 2).latest
        datetime.date(2024, 2, 29)
        """
        if self.month is None:
            return _dt.date(self.year, 12, 31)
        if self.day is None:
            return _dt.date(self.year, self.month, _days_in(self.year, self.month))
        return _dt.date(self.year, self.month, self.day)

    def contains(self, value: _dt.date | PartialDate) -> bool:
        """Whether a day (or every day of another partial date) lies within this one.

        >>> import datetime
        >>> june = PartialDate(2025, 6)
        >>> june.contains(datetime.date(2025, 6, 19)), june.contains(PartialDate(2025))
        (True, False)
        """
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


_DASHES = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2212", "-"))
"""Dashes and hyphens a date may be typed with, read as the ASCII hyphen."""


def not_a_date(value: object) -> str:
    """The message refusing ``value`` as a date, with how to write a year given as a
    number (``2025`` is ``"2025"``)."""
    kind = type(value).__name__
    msg = f"expected a date, datetime, PartialDate or string, got {kind}: {shown(value)}"
    if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 9999:
        msg += f"; a year is written as a string: '{value}'"
    return msg


_DEFAULT_A = _dt.datetime(2001, 1, 1)
_DEFAULT_B = _dt.datetime(2002, 2, 2)
_LONGEST = 100  # "Wednesday, 19 September 2025, 10:30 a.m. (Jakarta time)" is 55
_YEAR = re.compile(r"(?<![0-9])[0-9]{4}(?![0-9])")
_NUMBER = re.compile(r"[0-9]+")


def parse_date(value: Any) -> PartialDate:
    """Turn a query bound into a :class:`PartialDate`, keeping its precision.

    Accepts a ``datetime.date``, a ``datetime.datetime`` (its date is used), a
    :class:`PartialDate`, or a string: ISO forms are read exactly; anything else goes
    through :func:`dateutil.parser.parse`, and the precision is whatever the text gives
    (``"June 2025"`` is a month, ``"19 June 2025"`` a day).

    A string is refused rather than guessed at when:

    - it names no year written with four digits (``"99"``, ``"June 25"``): a two-digit
      year could be of any century;
    - it starts with something other than a letter or a digit (``"-2025"``, ``"+2025"``),
      or holds a control or invisible character (``"2025\\x00"``);
    - its digits are not ASCII (fullwidth or Arabic-Indic digits);
    - it is longer than 100 characters;
    - it is ambiguous: read month first and day first, it gives two different days
      (``"10/11/2025"`` is 11 October or 10 November). ``"13/11/2025"`` can only be
      one day and is read as it; write ``2025-10-11`` or name the month
      (``"11 Oct 2025"``) otherwise. A date written year first (``"2025/02/01"``, an
      ISO date and time such as ``"2025-02-01T09:00:00+07:00"``) is year, month, day.

    Raises:
        InvalidDateError: The value is not a date, or the text is refused as above.

    >>> [str(parse_date(text)) for text in ("June 2025", "2025", "Jun 19, 2025")]
    ['2025-06', '2025', '2025-06-19']
    >>> parse_date("10/11/2025")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    asean_corpus.exceptions.InvalidDateError: ambiguous date '10/11/2025': 2025-10-11 read ...
    """
    if isinstance(value, PartialDate):
        return value
    if isinstance(value, _dt.datetime):
        return PartialDate.from_date(value.date())
    if isinstance(value, _dt.date):
        return PartialDate.from_date(value)
    if not isinstance(value, str):
        raise InvalidDateError(not_a_date(value))
    if len(value) > _LONGEST:
        msg = f"cannot read a date from {shown(value)}: too long for a date"
        raise InvalidDateError(msg)
    text = value.strip().translate(_DASHES)  # "2025\u201306" is 2025-06
    if _ISO.fullmatch(text):
        return PartialDate.parse(text)
    _check_text(value, text)
    from dateutil import parser as _parser

    # dateutil reads a year below 100 as of this century ("Jan 0050") or as a day
    # ("Jan 0001"): read it as 20YY, which has the same leap days, and give it back.
    early = [y for y in _YEAR.findall(text) if "0001" <= y <= "0099"]
    shift = 2000 if len(early) == 1 else 0
    parsed = _YEAR.sub(lambda m: f"20{m[0][2:]}", text) if shift else text
    try:
        first = _parser.parse(parsed, default=_DEFAULT_A)
        second = _parser.parse(parsed, default=_DEFAULT_B)
        other = _parser.parse(parsed, default=_DEFAULT_A, dayfirst=True)
        if shift:
            first, second, other = (d.replace(year=d.year - shift) for d in (first, second, other))
    except (ValueError, OverflowError) as exc:
        why = str(exc).replace(parsed, text)  # dateutil's message quotes the text it read
        msg = f"cannot read a date from {shown(value)}: {shown(why, 120)[1:-1]}"
        raise InvalidDateError(msg) from None
    if first.year != second.year:
        msg = f"cannot read a date from {shown(value)}: it names no year"
        raise InvalidDateError(msg)
    if f"{first.year:04d}" not in _YEAR.findall(text):
        msg = f"cannot read a date from {shown(value)}: the year must be written with four digits"
        raise InvalidDateError(msg)
    if other.date() != first.date() and not _YEAR_FIRST.match(text):
        msg = (
            f"ambiguous date {shown(value)}: {first.date()} read month first, "
            f"{other.date()} read day first; write YYYY-MM-DD or name the month"
        )
        raise InvalidDateError(msg)
    if first.month != second.month:
        if first.day == second.day:
            msg = f"cannot read a date from {shown(value)}: it names a day but no month"
            raise InvalidDateError(msg)
        return PartialDate(first.year)
    if first.day != second.day:
        return PartialDate(first.year, first.month)
    return PartialDate(first.year, first.month, first.day)


_YEAR_FIRST = re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?!\d)")
"""A date written year first ("2025/02/01", "2025-02-01T09:00:00+07:00"): year, month,
day, never year, day, month."""


def _check_text(value: str, text: str) -> None:
    """Refuse the texts that dateutil would read by dropping part of them."""
    why = None
    bad = next((c for c in text if unicodedata.category(c)[0] in "CZ" and c != " "), None)
    if bad is not None and not bad.isspace():
        name = unicodedata.name(bad, "a control character")
        why = f"it holds the character U+{ord(bad):04X} ({name})"
    elif not text:
        why = "it is empty"
    elif not text[0].isalnum():
        why = f"it starts with {text[0]!r}: a date starts with a letter or a digit"
    elif not (text[-1].isalnum() or text[-1] == "."):
        why = f"it ends with {text[-1]!r}: a date ends with a letter, a digit or '.'"
    elif any(c.isdigit() and not c.isascii() for c in text):
        why = "its digits are not 0-9"
    elif any(len(n) > 4 for n in _NUMBER.findall(text)):
        why = "it holds a number of more than four digits"
    if why is not None:
        raise InvalidDateError(f"cannot read a date from {shown(value)}: {why}")
