"""The statement index: postings in result order, built once, part by part, on first use."""

from __future__ import annotations

import threading
from array import array
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from operator import attrgetter
from typing import Any

from .._gc import paused
from ..model import Article, Statement, Topic

__all__ = ["SHORT_DAYS", "StatementIndex", "sort_key"]

SHORT_DAYS = 31
"""Statement intervals longer than this (a year, a long range) are also listed apart."""


def sort_key(statement: Statement, article_rank: dict[str, int]) -> tuple[object, ...]:
    """Result order: dated before undated, by date, then article order, then position."""
    said = statement.said_on
    return (
        said is None,
        (said.year, said.month or 0, said.day or 0) if said else (0, 0, 0),
        article_rank.get(statement.article_id, 0),
        statement.span.start,
        statement.id,
    )


class StatementIndex:
    """Postings over statements in result order, so a query costs about its answer size.

    ``ordered`` holds the statements sorted by :func:`sort_key`; every posting list
    holds ranks (positions in ``ordered``) in increasing order.
    """

    def __init__(
        self, statements: Sequence[Statement], articles: Sequence[Article], topics: Sequence[Topic]
    ) -> None:
        n = len(statements)
        article_rank = {a.id: i for i, a in enumerate(articles)}
        # The order of sort_key, as one integer per statement (ties broken by id): a
        # million tuples of tuples compare several times slower than integers.
        width = max(len(articles), 1)
        reach = max((s.span.start for s in statements), default=0) + 1
        whens = [
            10**8
            if (said := s.said_on) is None
            else said.year * 10_000 + (said.month or 0) * 100 + (said.day or 0)
            for s in statements
        ]
        keys = [
            ((when * width + article_rank.get(s.article_id, 0)) * reach + s.span.start, s.id)
            for when, s in zip(whens, statements, strict=True)
        ]
        order = sorted(range(n), key=keys.__getitem__)
        ordered = [statements[i] for i in order]
        self.ordered: tuple[Statement, ...] = tuple(ordered)
        self._topics = topics
        self._lock = threading.Lock()
        self._parts: dict[str, Any] = {}
        self._folded: list[str] | None = None
        self._text: tuple[str, array[int]] | None = None

    # Each posting table and the date arrays are built on the first query that needs
    # them: at a million statements each costs a pass over every statement, and most
    # sessions ask only some kinds of question.

    def _part(self, name: str, build: Callable[[], Any]) -> Any:
        found = self._parts.get(name)
        if found is None:
            with self._lock:
                found = self._parts.get(name)
                if found is None:
                    with paused():
                        found = self._parts[name] = build()
        return found

    def _post(self, keys: Callable[[Statement], Iterable[str]]) -> dict[str, array[int]]:
        table: defaultdict[str, array[int]] = defaultdict(_postings)
        for rank, s in enumerate(self.ordered):
            for key in keys(s):
                table[key].append(rank)
        return dict(table)

    def _post_one(self, key: Callable[[Statement], str | None]) -> dict[str, array[int]]:
        """Postings for a field with at most one value per statement (no tuple per record)."""
        table: defaultdict[str, array[int]] = defaultdict(_postings)
        for rank, s in enumerate(self.ordered):
            value = key(s)
            if value is not None:
                table[value].append(rank)
        return dict(table)

    @property
    def by_speaker(self) -> dict[str, array[int]]:
        """Ranks of each speaker's statements, joint statements under each of their speakers."""

        def build() -> dict[str, array[int]]:
            table = self._post_one(attrgetter("speaker_id"))
            joint = [(rank, s.co_speakers) for rank, s in enumerate(self.ordered) if s.co_speakers]
            touched: set[str] = set()
            for rank, others in joint:
                for other in others:
                    table.setdefault(other, _postings()).append(rank)
                    touched.add(other)
            for key in touched:
                table[key] = array("l", sorted(set(table[key])))
            return table

        found: dict[str, array[int]] = self._part("by_speaker", build)
        return found

    @property
    def by_article(self) -> dict[str, array[int]]:
        """Ranks of each article's statements."""
        found: dict[str, array[int]] = self._part(
            "by_article", lambda: self._post_one(attrgetter("article_id"))
        )
        return found

    @property
    def by_event(self) -> dict[str, array[int]]:
        """Ranks of the statements made at each event."""
        found: dict[str, array[int]] = self._part(
            "by_event", lambda: self._post_one(attrgetter("event_id"))
        )
        return found

    @property
    def by_agreement(self) -> dict[str, array[int]]:
        """Ranks of the statements that mention each agreement."""
        found: dict[str, array[int]] = self._part(
            "by_agreement", lambda: self._post(lambda s: s.agreements)
        )
        return found

    @property
    def by_topic(self) -> dict[str, array[int]]:
        """Ranks of the statements on each topic or on any narrower one."""

        def build() -> dict[str, array[int]]:
            ancestors = self._ancestors(self._topics)
            closures: dict[frozenset[str], frozenset[str]] = {}
            table: defaultdict[str, array[int]] = defaultdict(_postings)
            for rank, s in enumerate(self.ordered):
                touched = closures.get(s.topics)
                if touched is None:
                    found: set[str] = set()
                    for topic in s.topics:
                        found.update(ancestors.get(topic, (topic,)))
                    touched = closures[s.topics] = frozenset(found)
                for topic in touched:
                    table[topic].append(rank)
            return dict(table)

        found: dict[str, array[int]] = self._part("by_topic", build)
        return found

    def _dates(self) -> tuple[array[int], array[int], array[int], int, int]:
        def build() -> tuple[array[int], array[int], array[int], int, int]:
            ordered = self.ordered
            n = len(ordered)
            bounds: dict[int, tuple[int, int]] = {}
            long_ranks, earliest, latest = array("l"), array("l"), array("l")
            undated_from = n
            max_days = 0
            for rank, s in enumerate(ordered):
                said = s.said_on
                if said is None:
                    undated_from = rank
                    break
                when = said.year * 10_000 + (said.month or 0) * 100 + (said.day or 0)
                days = bounds.get(when)
                if days is None:
                    days = bounds[when] = (said.earliest.toordinal(), said.latest.toordinal())
                first = days[0]
                until = s.said_until
                last = days[1] if until is None else until.latest.toordinal()
                earliest.append(first)
                latest.append(last)
                if last - first > SHORT_DAYS:
                    long_ranks.append(rank)
                    if last - first > max_days:
                        max_days = last - first
            return earliest, latest, long_ranks, undated_from, max_days

        found: tuple[array[int], array[int], array[int], int, int] = self._part("dates", build)
        return found

    @property
    def earliest(self) -> array[int]:
        """First day (ordinal) of each dated statement, by rank: non-decreasing."""
        return self._dates()[0]

    @property
    def latest(self) -> array[int]:
        """Last day (ordinal) of each dated statement, by rank."""
        return self._dates()[1]

    @property
    def long_ranks(self) -> array[int]:
        """Ranks of the statements whose interval is longer than ``SHORT_DAYS``."""
        return self._dates()[2]

    @property
    def undated_from(self) -> int:
        """The rank of the first undated statement (they come last)."""
        return self._dates()[3]

    @property
    def max_days(self) -> int:
        """The longest interval of a long statement, in days (0 if none)."""
        return self._dates()[4]

    @staticmethod
    def _ancestors(topics: Sequence[Topic]) -> dict[str, tuple[str, ...]]:
        parent = {t.id: t.parent for t in topics}
        out: dict[str, tuple[str, ...]] = {}
        for topic in topics:
            chain = [topic.id]
            current = topic.parent
            while current is not None and current not in chain:
                chain.append(current)
                current = parent.get(current)
            out[topic.id] = tuple(chain)
        return out

    def folded(self) -> list[str]:
        """Case-folded statement texts, in rank order (built on the first text query)."""
        if self._folded is None:
            self._folded = [s.text.casefold() for s in self.ordered]
        return self._folded

    def text(self) -> tuple[str, array[int]]:
        """All case-folded texts in rank order, joined by NUL, and where each one starts.

        One string lets a substring search run at the speed of ``str.find`` over the
        whole corpus instead of one Python test per statement.
        """
        if self._text is None:
            starts = array("l")
            offset = 0
            for text in self.folded():
                starts.append(offset)
                offset += len(text) + 1
            starts.append(offset)
            self._text = ("\0".join(self.folded()) + "\0", starts)
        return self._text

    def date_range(self, lo: int, hi: int) -> tuple[array[int], range]:
        """Ranks of dated statements whose interval overlaps ``[lo, hi]`` (ordinals).

        Returns the few ranks that start before ``lo`` but reach into the range, and
        the contiguous block of ranks that start inside it. Only the ranks of the last
        ``SHORT_DAYS`` before ``lo`` are scanned one by one; those starting earlier can
        reach ``lo`` only if their interval is long, and are looked up among the long
        ones.
        """
        earliest, latest, long_ranks = self.earliest, self.latest, self.long_ranks
        start = bisect_left(earliest, lo)
        stop = bisect_right(earliest, hi)
        near = bisect_left(earliest, lo - SHORT_DAYS, 0, start)
        reach = bisect_left(earliest, lo - self.max_days, 0, near)
        first = bisect_left(long_ranks, reach)
        last = bisect_left(long_ranks, near, first)
        head = array("l", (r for r in long_ranks[first:last] if latest[r] >= lo))
        head.extend(r for r in range(near, start) if latest[r] >= lo)
        return head, range(start, max(start, stop))


def _postings() -> array[int]:
    return array("l")
