"""Indexes of a corpus, built once on first use: names for lookups, postings for queries."""

from __future__ import annotations

import datetime as _dt
from array import array
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Generic, TypeVar

from ._text import normalize
from .model import Actor, Agreement, Article, Event, Role, Statement, Topic

if TYPE_CHECKING:
    from .corpus import Corpus

R = TypeVar("R", Article, Actor, Agreement, Topic, Event)

SHORT_DAYS = 31
"""Statement intervals longer than this (a year, a long range) are also listed apart."""


class NameTable(Generic[R]):
    """Records of one kind by id and by normalized name or alias."""

    def __init__(self, records: Iterable[R], names: Callable[[R], Iterable[str]]) -> None:
        self.by_id: dict[str, R] = {}
        self.by_key: dict[str, R] = {}
        self.by_folded_id: dict[str, R] = {}
        self.display: dict[str, str] = {}
        for record in records:
            self.by_id[record.id] = record
            for name in names(record):
                key = normalize(name)
                if key:
                    self.by_key.setdefault(key, record)
                    self.display.setdefault(key, name)
            self.by_folded_id.setdefault(normalize(record.id), record)
            self.display.setdefault(normalize(record.id), record.id)

    def get(self, query: str) -> R | None:
        found = self.by_id.get(query)
        if found is None:
            key = normalize(query)
            found = self.by_key.get(key) or self.by_folded_id.get(key)
        return found


def office_names(title: str, organisation: Actor) -> list[str]:
    """The names under which an office can be asked for ("ASEAN Secretary-General")."""
    out: list[str] = []
    for org in (organisation.name, *organisation.aliases):
        out += [f"{org} {title}", f"{title} of {org}", f"{title} of the {org}"]
    return out


class Names:
    """Lookup tables for every kind of named record, and the offices roles define."""

    def __init__(self, corpus: Corpus) -> None:
        self.articles = NameTable(corpus.articles, lambda a: (a.title,))
        self.actors = NameTable(corpus.actors, lambda a: (a.name, *a.aliases))
        self.agreements = NameTable(corpus.agreements, lambda a: (a.name, *a.aliases))
        self.topics = NameTable(corpus.topics, lambda t: (t.label,))
        self.events = NameTable(corpus.events, lambda e: (e.name, *e.aliases))
        self.offices: dict[str, list[tuple[str, Role]]] = {}
        self.office_display: dict[str, str] = {}
        for actor in corpus.actors:
            for role in actor.roles:
                if role.organisation is None:
                    continue
                organisation = self.actors.by_id.get(role.organisation)
                if organisation is None:
                    continue
                for name in office_names(role.title, organisation):
                    key = normalize(name)
                    self.offices.setdefault(key, []).append((actor.id, role))
                    self.office_display.setdefault(key, name)


def _ordinal(value: _dt.date | None) -> int:
    return -1 if value is None else value.toordinal()


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

    def __init__(self, corpus: Corpus, names: Names) -> None:
        statements = corpus.statements
        n = len(statements)
        article_rank = {a.id: i for i, a in enumerate(corpus.articles)}
        # The order of sort_key, as one integer per statement (ties broken by id): a
        # million tuples of tuples compare several times slower than integers.
        width = max(len(corpus.articles), 1)
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
        ancestors = self._ancestors(corpus.topics)
        by_speaker: defaultdict[str, array[int]] = defaultdict(_postings)
        by_topic: defaultdict[str, array[int]] = defaultdict(_postings)
        by_article: defaultdict[str, array[int]] = defaultdict(_postings)
        by_agreement: defaultdict[str, array[int]] = defaultdict(_postings)
        by_event: defaultdict[str, array[int]] = defaultdict(_postings)
        closures: dict[frozenset[str], frozenset[str]] = {}
        bounds: dict[int, tuple[int, int]] = {}
        long_ranks = self.long_ranks = array("l")
        self.earliest = earliest = array("l")
        self.latest = latest = array("l")
        self.undated_from = n
        max_days = 0
        for rank, i in enumerate(order):
            s = statements[i]
            by_speaker[s.speaker_id].append(rank)
            by_article[s.article_id].append(rank)
            if s.event_id is not None:
                by_event[s.event_id].append(rank)
            for agreement in s.agreements:
                by_agreement[agreement].append(rank)
            touched = closures.get(s.topics)
            if touched is None:
                found: set[str] = set()
                for topic in s.topics:
                    found.update(ancestors.get(topic, (topic,)))
                touched = closures[s.topics] = frozenset(found)
            for topic in touched:
                by_topic[topic].append(rank)
            said = s.said_on
            if said is None:
                if self.undated_from == n:
                    self.undated_from = rank
                continue
            when = whens[i]
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
        self.by_speaker: dict[str, array[int]] = dict(by_speaker)
        self.by_topic: dict[str, array[int]] = dict(by_topic)
        self.by_article: dict[str, array[int]] = dict(by_article)
        self.by_agreement: dict[str, array[int]] = dict(by_agreement)
        self.by_event: dict[str, array[int]] = dict(by_event)
        self.max_days = max_days
        self._folded: list[str] | None = None
        self._text: tuple[str, array[int]] | None = None

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
