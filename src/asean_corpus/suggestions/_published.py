"""The publication date a page gives, read from its furniture, never from its story.

Pages give it in a few common places: a publication line ("Published: 21 September
2025", "Posted 2025-09-21 08:00"), a byline ("By Mai Tran | Example News | September 21,
2025"), or a line of its own under the headline ("Sunday, Sept. 21, 2025"). The date of
first publication is preferred to that of an update.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..dates import PartialDate
from ._dates import date_line, publication_date
from ._layout import Kind, Paragraph

__all__ = ["article_date"]

_UPDATED = re.compile(r"[ \t]*(?:last\s+)?(?:updated|modified)\b", re.IGNORECASE)
_FURNITURE = frozenset({Kind.FURNITURE, Kind.HEADING, Kind.BYLINE})


def article_date(work: str, paragraphs: Sequence[Paragraph]) -> tuple[PartialDate, str] | None:
    """The publication date of the page and the words it was read from, if it gives one.

    Publication lines and bylines are read anywhere on the page; a line that is only a
    date (or has a date as one of its ``|``-separated parts) only above the story, where
    it cannot be a table row or a heading inside it.

    >>> from asean_corpus.suggestions._layout import lay_out
    >>> page = "Ports agree\\nBy Ana Lim | Example News | Sept. 21, 2025\\n\\nKao said so."
    >>> date, words = article_date(page, lay_out(page))
    >>> str(date), words
    ('2025-09-21', 'Sept. 21, 2025')
    """
    updated: tuple[PartialDate, str] | None = None
    story = False
    for p in paragraphs:
        if p.kind not in _FURNITURE:
            story = story or p.kind is Kind.CONTENT
            continue
        read = publication_date(work, p.start, p.end)
        if read is None and (p.kind is Kind.BYLINE or not story):
            read = date_line(work, p.start, p.end, byline=p.kind is Kind.BYLINE)
        if read is None:
            continue
        if not _UPDATED.match(work, p.start, p.end):
            return read
        updated = updated or read
    return updated
