"""The documented rules, written again from their documentation for the tests to check against.

Oracles and expected values must not call the library's own helpers (``normalize``,
``PartialDate.earliest``, ``sort_key``, ...): a bug there would then be in the expected
answer too, and the test would pass. Everything here uses only the records' plain
fields (``year``, ``month``, ``day``, ``span.start``, ...) and the standard library.

The rules, as the docs state them:

- names match "case- and accent-insensitively", with "punctuation runs made one space"
  (``Corpus.find_statements``, ``Corpus.actor``);
- a partial date "may be" any day from the first day of its year, month or day to the
  last (``PartialDate``); a statement's interval runs from ``said_on``'s first day to
  the last day of ``said_until`` (or of ``said_on`` when there is no ``said_until``);
- results come "ordered by date (less precise dates first among those starting on the
  same day, undated last), then article order, then position in the article", and
  statements that tie on all of these in id order.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Callable, Mapping
from typing import Any

from asean_corpus import PartialDate, Statement

__all__ = ["first_day", "fold", "interval", "iso", "known_parts", "last_day", "result_order"]


def fold(text: str) -> str:
    """The key two names share when they match: no accents, no case, words one space apart.

    Accents are the non-spacing marks on Latin, Greek and Cyrillic letters once
    compatibility forms are taken apart (``é`` is ``e`` and a mark; ``ǅ`` is ``D`` and
    ``ž``); in other scripts a mark is a vowel or tone and belongs to its word. A word
    is a run of letters, digits and such marks; everything between two words counts as
    one space.
    """
    kept = []
    script = ""
    for ch in unicodedata.normalize("NFKD", text):
        if unicodedata.category(ch) == "Mn":
            if script not in ("LATIN", "GREEK", "CYRILLIC"):
                kept.append(ch)
            continue
        script = unicodedata.name(ch, "?").split(" ")[0]
        kept.append(ch)
    folded = "".join(kept).casefold()
    marks = ("Mn", "Mc", "Me")
    words = "".join(
        ch if ch.isalnum() or unicodedata.category(ch) in marks else " " for ch in folded
    )
    return " ".join(words.split())


def first_day(date: PartialDate) -> dt.date:
    """The first day a partial date may be."""
    return dt.date(date.year, 1 if date.month is None else date.month, date.day or 1)


def last_day(date: PartialDate) -> dt.date:
    """The last day a partial date may be: the day, the month's last day, or 31 December."""
    if date.day is not None:
        assert date.month is not None
        return dt.date(date.year, date.month, date.day)
    if date.month is None or date.month == 12:
        return dt.date(date.year, 12, 31)
    return dt.date(date.year, date.month + 1, 1) - dt.timedelta(days=1)


def interval(statement: Statement) -> tuple[dt.date, dt.date] | None:
    """The days a statement may have been made on, or ``None`` if it is undated."""
    if statement.said_on is None:
        return None
    end = statement.said_until if statement.said_until is not None else statement.said_on
    return first_day(statement.said_on), last_day(end)


def iso(date: PartialDate) -> str:
    """The ISO text of a partial date: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""
    parts = [f"{date.year:04d}"]
    if date.month is not None:
        parts.append(f"{date.month:02d}")
    if date.day is not None:
        parts.append(f"{date.day:02d}")
    return "-".join(parts)


def known_parts(date: PartialDate) -> int:
    """1 for a year, 2 for a month, 3 for a day: fewer known parts sort first."""
    return 1 + (date.month is not None) + (date.day is not None)


def result_order(article_rank: Mapping[str, int]) -> Callable[[Statement], tuple[Any, ...]]:
    """A sort key putting statements in the documented result order.

    ``article_rank`` gives each article's position in the corpus.
    """

    def key(s: Statement) -> tuple[Any, ...]:
        said = s.said_on
        when = (dt.date.min, 0) if said is None else (first_day(said), known_parts(said))
        return (said is None, when, article_rank[s.article_id], s.span.start, s.id)

    return key
