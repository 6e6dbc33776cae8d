"""Dates in news text: datelines, publication lines, and the day a statement was made.

Relative expressions ("on Tuesday", "On the 19th", "yesterday", "last month") are
resolved against an anchor day: the dateline's day when the text has one, else the
publication date. A date is given with the precision the words give and no more.
"""

from __future__ import annotations

import datetime as _dt
import re
from functools import cache

import attrs

from ..dates import PartialDate
from ..exceptions import InvalidDateError
from ._lexicon import CITIES, MONTHS, WEEKDAYS

__all__ = [
    "Dateline",
    "date_line",
    "find_dateline",
    "publication_date",
    "resolve_date",
    "unresolved",
]

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"


@attrs.frozen(kw_only=True)
class Dateline:
    """A dateline at the head of a paragraph ("JAKARTA, Oct. 1 (Xinhua) --").

    Attributes:
        end: Offset just past the dateline and its dash, where the story starts.
        text: The dateline's words.
        month: The month it gives, if any.
        day: The day it gives, if any.
        year: The year it gives, if any.
        agency: The agency in brackets ("Xinhua"), which relays and never speaks.
    """

    end: int
    text: str
    month: int | None = None
    day: int | None = None
    year: int | None = None
    agency: str | None = None


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    date = (
        rf"(?:(?P<m1>{_MONTH})\.?\s{{1,3}}(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s{{1,3}}(?P<y1>\d{{4}}))?"
        rf"|(?P<d2>\d{{1,2}})\s{{1,3}}(?P<m2>{_MONTH})\.?(?:,?\s{{1,3}}(?P<y2>\d{{4}}))?)"
    )
    # "SINGAPORE/MANILA": a story filed from two cities
    caps_place = r"[A-Z][A-Z.'\u2019-]{1,30}(?:[\s/][A-Z][A-Z.'\u2019-]{1,30}){0,3}"
    any_place = r"[A-Z][A-Za-z.'\u2019-]{1,30}(?:\s[A-Z][A-Za-z.'\u2019-]{1,30}){0,3}"
    country = r"(?:,\s{1,3}[A-Z][A-Za-z.'\u2019-]{1,30}(?:\s[A-Z][A-Za-z.'\u2019-]{1,30}){0,2})?"
    # in brackets, or after the date without them ("TOKYO, Aug. 25 Kyodo -")
    agency = (
        r"(?:\((?P<agency>[A-Za-z][A-Za-z .&/'\u2019-]{0,40})\)"
        r"|(?P<bare>[A-Z][A-Za-z]{2,20}(?:\s[A-Z][A-Za-z]{2,20})?))"
    )
    dash = r"\s{0,3}(?P<dash>--|\u2014|\u2013|-|:)\s{1,3}"
    # a dateline's month may be in capitals ("2 DECEMBER 2024") or in brackets ("(May 28)")
    dateline_date = r"\(?\s{0,2}(?:" + date.replace(_MONTH, f"(?i:{_MONTH})") + r")?\s{0,2}\)?"
    return {
        "dateline": re.compile(
            rf"[ \t]*(?:(?P<caps>{caps_place})|{any_place}){country},?\s{{1,3}}{dateline_date}"
            rf"\s{{0,3}}(?:{agency})?{dash}"
        ),
        "alone": re.compile(
            rf"[ \t]*{any_place}{country},?\s{{1,3}}(?:{_WEEKDAY},?\s{{1,3}})?{date}\s*"
        ),
        "published": re.compile(
            r"[ \t]*(?:published|updated|last updated|posted|first published|date|released"
            r"|issued)\b",
            re.IGNORECASE,
        ),
        "any_date": re.compile(rf"(?P<iso>(?P<iy>\d{{4}})-(?P<im>\d{{2}})-(?P<id>\d{{2}}))|{date}"),
        # a line that is a date and nothing else, but for a weekday, a time and a zone
        # ("Sunday, Sept. 21, 2025 10:30 AM GMT+7", "2025-09-21T08:00", "21/09/2025")
        "date_line": re.compile(
            rf"\s*(?:on\s{{1,3}})?(?:{_WEEKDAY},?\s{{1,3}})?"
            rf"(?:(?P<iso>(?P<iy>\d{{4}})[-/](?P<im>\d{{1,2}})[-/](?P<id>\d{{1,2}}))"
            r"|(?P<num>(?P<n1>\d{1,2})[/.](?P<n2>\d{1,2})[/.](?P<ny>\d{4}))"
            rf"|{date})"
            r"(?:(?:,|\s{1,3}at|\s{1,3}-)?(?:T|\s{1,3})\d{1,2}[:.]\d{2}(?::\d{2})?"
            r"(?:\.\d+)?\s{0,2}(?:[AaPp]\.?[Mm]\.?)?)?"
            r"(?:\s{0,3}\(?(?:Z|UTC|GMT|[A-Z]{2,5}|[+-]\d{2}:?\d{2})"
            r"(?:\s?[+-]\s?\d{1,2}(?::?\d{2})?)?\)?)?\s*"
        ),
        "expression": re.compile(
            rf"\b(?:(?P<wd>(?:(?:on|last|this|early|late)\s{{1,3}})?(?P<weekday>{_WEEKDAY}))"
            rf"|(?P<md>(?:on\s{{1,3}})?(?:{_WEEKDAY},?\s{{1,3}})?{date})"
            r"|(?P<nth>[Oo]n\s{1,3}the\s{1,3}(?P<d3>\d{1,2})(?:st|nd|rd|th))"
            r"|(?P<rel>yesterday|today|earlier today|this morning|this afternoon|tonight"
            r"|last night)"
            r"|(?P<period>(?:late\s|early\s|earlier\s)?(?:last|this)\s(?P<unit>week|month|year))"
            rf"|(?P<inmonth>in\s{{1,3}}(?:early\s|mid-?\s?|late\s)?(?P<m3>{_MONTH})"
            r"(?:\s{1,3}(?P<y3>\d{4}))?)"
            r"|(?P<inyear>in\s{1,3}(?P<y4>(?:19|20)\d{2}))"
            r"|(?P<iso>(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})))\b"
        ),
    }


def _month(name: str | None) -> int | None:
    if name is None:
        return None
    return MONTHS.get(name.lower().rstrip("."))


def _int(value: str | None) -> int | None:
    return int(value) if value else None


def _partial(year: int | None, month: int | None, day: int | None) -> PartialDate | None:
    if year is None:
        return None
    try:
        return PartialDate(year, month, day if month is not None else None)
    except InvalidDateError:
        return None


def find_dateline(work: str, start: int, end: int) -> Dateline | None:
    """The dateline at ``work[start:]``, if the paragraph opens with one.

    >>> d = find_dateline("JAKARTA, Oct. 1 (Xinhua) -- Kao said", 0, 36)
    >>> d.month, d.day, d.agency, "JAKARTA, Oct. 1 (Xinhua) -- Kao said"[d.end:]
    (10, 1, 'Xinhua', 'Kao said')
    >>> find_dateline("KUALA LUMPUR \u2014 Kao said", 0, 25).end
    15
    >>> d = find_dateline("KUALA LUMPUR (May 28): Kao said", 0, 31)
    >>> d.month, d.day, "KUALA LUMPUR (May 28): Kao said"[d.end:]
    (5, 28, 'Kao said')
    >>> find_dateline("KAO: We are ready.", 0, 18) is None
    True
    >>> find_dateline("TOKYO, Aug. 25 Kyodo - Kao said", 0, 31).agency
    'Kyodo'
    >>> find_dateline("SINGAPORE/MANILA, May 21 (Reuters) - Kao said", 0, 45).end
    37
    """
    match = _patterns()["dateline"].match(work, start, min(end, start + 160))
    if match is None:
        return None
    month = _month(match["m1"] or match["m2"])
    day = _int(match["d1"] or match["d2"])
    year = _int(match["y1"] or match["y2"])
    if match["dash"] == ":" and (month is None or match["caps"] is None):
        return None  # "KUALA LUMPUR (May 28):", never a "KAO:" label
    city = (match["caps"] or "").lower() in CITIES
    if match["agency"] is None and (
        match["caps"] is None or (month is None and match["dash"] == "-" and not city)
    ):
        # a plain "Jakarta, 1 May -" needs capitals or an agency; "ASEAN - " a dash, but
        # "JAKARTA - " is a city's dateline
        return None
    if day is not None and not 1 <= day <= 31:
        return None
    after = work[match.end() : match.end() + 1]
    if match["bare"] is not None and (month is None or match["caps"] is None or after.islower()):
        # an agency without brackets: after a date, in a line opened by capitals, with the
        # story after the dash ("JAKARTA, Jan 15 Bank Indonesia - the central bank -" is
        # a sentence)
        return None
    return Dateline(
        end=match.end(),
        text=work[match.start() : match.end()].strip(" -\u2014\u2013:"),
        month=month,
        day=day,
        year=year,
        agency=(match["agency"] or match["bare"] or "").strip() or None,
    )


def publication_date(work: str, start: int, end: int) -> tuple[PartialDate, str] | None:
    """The date of a publication line ("Published at Jun 20, 2025", "Jakarta, 14 May 2026").

    Returns the date and the words it was read from.

    >>> line = "Published: Nov 02, 2025 10:24 PM"
    >>> date, words = publication_date(line, 0, len(line))
    >>> str(date), words
    ('2025-11-02', 'Nov 02, 2025')
    """
    patterns = _patterns()
    if not (
        patterns["published"].match(work, start, end)
        or patterns["alone"].fullmatch(work, start, end)
    ):
        return None
    for match in patterns["any_date"].finditer(work, start, min(end, start + 200)):
        if match["iso"]:
            found = _partial(int(match["iy"]), int(match["im"]), int(match["id"]))
        else:
            found = _partial(
                _int(match["y1"] or match["y2"]),
                _month(match["m1"] or match["m2"]),
                _int(match["d1"] or match["d2"]),
            )
        if found is not None:
            return found, match[0]
    return None


_SEGMENT = re.compile(r"\s(?:\||\u2022|\u00b7|\u2014|\u2013|--|-)\s|\s\|\s?|\|")


def date_line(
    work: str, start: int, end: int, *, byline: bool = False
) -> tuple[PartialDate, str] | None:
    """The date of a line that gives nothing but a date, or of one of the ``|``-separated
    parts of a line ("Example News | September 21, 2025"); in a byline, of its last
    part after a comma or "on" too ("By Ana Lim, 21 September 2025").

    A numeric date ("21/09/2025") is read only when day and month cannot be swapped.

    >>> line = "By Mai Tran | Example News | Sept. 21, 2025"
    >>> date, words = date_line(line, 0, len(line), byline=True)
    >>> str(date), words
    ('2025-09-21', 'Sept. 21, 2025')
    >>> [str(date_line(x, 0, len(x))[0]) for x in ("21/09/2025", "2025-09-21T08:00:00Z")]
    ['2025-09-21', '2025-09-21']
    >>> date_line("05/06/2025", 0, 10) is None
    True
    """
    pattern = _patterns()["date_line"]
    line = work[start:end]
    if len(line) > 200:
        return None
    parts: list[tuple[int, int]] = [(start, end)]
    at = start
    for match in _SEGMENT.finditer(line):
        parts.append((at, start + match.start()))
        at = start + match.end()
    if at != start:
        parts.append((at, end))
    if byline:
        for match in re.finditer(r",\s|\son\s|\s-\s", line):
            parts.append((start + match.end(), end))
    for lo, hi in parts:
        whole = pattern.fullmatch(work, lo, hi)
        if whole is None:
            continue
        found = _line_date(whole)
        if found is not None:
            return found, whole[0].strip()
    return None


def _line_date(match: re.Match[str]) -> PartialDate | None:
    if match["iso"]:
        return _partial(int(match["iy"]), int(match["im"]), int(match["id"]))
    if match["num"]:
        first, second = int(match["n1"]), int(match["n2"])
        if first == second:
            return _partial(int(match["ny"]), first, first)
        if first > 12 >= second:
            return _partial(int(match["ny"]), second, first)
        if second > 12 >= first:
            return _partial(int(match["ny"]), first, second)
        return None  # 05/06/2025: May 6 or 5 June
    return _partial(
        _int(match["y1"] or match["y2"]),
        _month(match["m1"] or match["m2"]),
        _int(match["d1"] or match["d2"]),
    )


def unresolved(work: str, regions: list[tuple[int, int]]) -> str | None:
    """The first date expression in ``regions`` that only an anchor day could resolve
    ("on Friday", "yesterday", "Sept. 20"), when there is no anchor.

    >>> text = "Menon said on Friday that"
    >>> unresolved(text, [(0, len(text))])
    'on Friday'
    >>> unresolved("Menon said on 19 September 2025 that", [(0, 36)]) is None
    True
    """
    pattern = _patterns()["expression"]
    some_day = PartialDate(2000, 6, 15)
    for lo, hi in regions:
        for match in pattern.finditer(work, lo, hi):
            if _resolve(match, None) is None and _resolve(match, some_day) is not None:
                return match[0]
    return None


def _before(anchor: PartialDate, month: int, day: int | None) -> int:
    """The year of ``month``/``day`` at or before ``anchor`` (a report is not of the future)."""
    later = (month, day or 0) > (anchor.month or 12, anchor.day or 31)
    return anchor.year - 1 if later else anchor.year


def _within_calendar(match: re.Match[str], anchor: PartialDate | None) -> PartialDate | None:
    """As :func:`_resolve`, but ``None`` for a day before year 1 or after 9999 ("last
    week" on a page dated 0001-01-01), which is left unresolved as a future day is."""
    try:
        return _resolve(match, anchor)
    except (OverflowError, InvalidDateError):
        return None


def _resolve(match: re.Match[str], anchor: PartialDate | None) -> PartialDate | None:
    day_anchor = anchor.earliest if anchor is not None and anchor.day is not None else None
    if match["weekday"]:
        if day_anchor is None:
            return None
        back = (day_anchor.weekday() - WEEKDAYS[match["weekday"].lower()]) % 7
        if back == 0 and match["wd"].lower().startswith("last"):
            back = 7
        return PartialDate.from_date(day_anchor - _dt.timedelta(days=back))
    if match["md"]:
        month = _month(match["m1"] or match["m2"])
        day = _int(match["d1"] or match["d2"])
        year = _int(match["y1"] or match["y2"])
        if month is None:
            return None
        if year is None:
            if anchor is None:
                return None
            year = _before(anchor, month, day)
        return _partial(year, month, day)
    if match["nth"]:
        if anchor is None or anchor.month is None:
            return None
        day = int(match["d3"])
        year, month = anchor.year, anchor.month
        if anchor.day is not None and day > anchor.day:
            year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        return _partial(year, month, day)
    if match["rel"]:
        if day_anchor is None:
            return None
        back = 1 if match["rel"].lower() in {"yesterday", "last night"} else 0
        return PartialDate.from_date(day_anchor - _dt.timedelta(days=back))
    if match["period"]:
        return _period(match["period"].lower(), match["unit"].lower(), anchor)
    if match["inmonth"]:
        month = _month(match["m3"])
        year = _int(match["y3"])
        if month is None:
            return None
        if year is None:
            if anchor is None:
                return None
            year = _before(anchor, month, None)
        return _partial(year, month, None)
    if match["inyear"]:
        return _partial(int(match["y4"]), None, None)
    if match["iso"]:
        return _partial(int(match["iy"]), int(match["im"]), int(match["id"]))
    return None


def _period(words: str, unit: str, anchor: PartialDate | None) -> PartialDate | None:
    """ "last week", "this month", ... as the month or year they fall in, if only one."""
    if anchor is None:
        return None
    last = "last" in words
    if unit == "year":
        return PartialDate(anchor.year - 1 if last else anchor.year)
    if anchor.month is None:
        return None
    if unit == "month":
        if not last:
            return PartialDate(anchor.year, anchor.month)
        if anchor.month == 1:
            return PartialDate(anchor.year - 1, 12)
        return PartialDate(anchor.year, anchor.month - 1)
    if anchor.day is None:
        return None
    day = anchor.earliest
    monday = day - _dt.timedelta(days=day.weekday())
    first, final = (
        (monday - _dt.timedelta(days=7), monday - _dt.timedelta(days=1))
        if last
        else (
            monday,
            day,
        )
    )
    if (first.year, first.month) != (final.year, final.month):
        return None  # the week spans two months: no month is sure
    return PartialDate(first.year, first.month)


def resolve_date(
    work: str, regions: list[tuple[int, int]], anchor: PartialDate | None, near: int
) -> tuple[PartialDate, str] | None:
    """The date the words in ``regions`` give, resolved against ``anchor``.

    Of several date expressions, the one nearest ``near`` (the reporting cue) wins.

    >>> anchor = PartialDate(2026, 10, 1)
    >>> text = "Kao said on Tuesday that"
    >>> date, words = resolve_date(text, [(0, len(text))], anchor, 4)
    >>> str(date), words
    ('2026-09-29', 'on Tuesday')
    """
    best: tuple[int, PartialDate, str] | None = None
    pattern = _patterns()["expression"]
    for lo, hi in regions:
        for match in pattern.finditer(work, lo, hi):
            found = _within_calendar(match, anchor)
            if found is None:
                continue
            distance = min(abs(match.start() - near), abs(match.end() - near))
            if best is None or distance < best[0]:
                best = (distance, found, match[0])
    return None if best is None else (best[1], best[2])
