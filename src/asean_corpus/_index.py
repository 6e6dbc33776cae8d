"""Indexes of a corpus, built once on first use: names for lookups, postings for queries."""

from __future__ import annotations

import datetime as _dt
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Generic, TypeVar

from ._text import normalize
from .model import Actor, Agreement, Article, Event, Role, Statement, Topic

if TYPE_CHECKING:
    from .corpus import Corpus

R = TypeVar("R", Article, Actor, Agreement, Topic, Event)


class NameTable(Generic[R]):
    """Records of one kind by id and by normalized name or alias."""

    def __init__(self, records: Iterable[R], names: Callable[[R], Iterable[str]]) -> None:
        self.by_id: dict[str, R] = {}
        self.by_key: dict[str, R] = {}
        self.display: dict[str, str] = {}
        for record in records:
            self.by_id[record.id] = record
            for name in names(record):
                key = normalize(name)
                if key:
                    self.by_key.setdefault(key, record)
                    self.display.setdefault(key, name)
            self.display.setdefault(normalize(record.id), record.id)

    def get(self, query: str) -> R | None:
        found = self.by_id.get(query)
        if found is None:
            key = normalize(query)
            found = self.by_key.get(key) or self.by_id.get(key)
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
        article_rank = {a.id: i for i, a in enumerate(corpus.articles)}
        ordered = sorted(corpus.statements, key=lambda s: sort_key(s, article_rank))
        self.ordered: tuple[Statement, ...] = tuple(ordered)
        ancestors = self._ancestors(corpus.topics)
        self.by_speaker: dict[str, array[int]] = {}
        self.by_topic: dict[str, array[int]] = {}
        self.by_article: dict[str, array[int]] = {}
        self.by_agreement: dict[str, array[int]] = {}
        self.by_event: dict[str, array[int]] = {}
        self.earliest = array("l")
        self.latest = array("l")
        self.undated_from = len(ordered)
        max_days = 0
        for rank, s in enumerate(ordered):
            _post(self.by_speaker, s.speaker_id, rank)
            _post(self.by_article, s.article_id, rank)
            if s.event_id is not None:
                _post(self.by_event, s.event_id, rank)
            for agreement in s.agreements:
                _post(self.by_agreement, agreement, rank)
            touched: set[str] = set()
            for topic in s.topics:
                touched.update(ancestors.get(topic, (topic,)))
            for topic in touched:
                _post(self.by_topic, topic, rank)
            if s.said_on is None:
                if self.undated_from == len(ordered):
                    self.undated_from = rank
                continue
            first, last = _ordinal(s.earliest), _ordinal(s.latest)
            self.earliest.append(first)
            self.latest.append(last)
            max_days = max(max_days, last - first)
        self.max_days = max_days
        self._folded: list[str] | None = None

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

    def date_range(self, lo: int, hi: int) -> tuple[array[int], range]:
        """Ranks of dated statements whose interval overlaps ``[lo, hi]`` (ordinals).

        Returns the few ranks that start before ``lo`` but reach into the range, and
        the contiguous block of ranks that start inside it.
        """
        start = bisect_left(self.earliest, lo)
        stop = bisect_right(self.earliest, hi)
        reach = bisect_left(self.earliest, lo - self.max_days, 0, start)
        latest = self.latest
        head = array("l", (r for r in range(reach, start) if latest[r] >= lo))
        return head, range(start, max(start, stop))


def _post(table: dict[str, array[int]], key: str, rank: int) -> None:
    postings = table.get(key)
    if postings is None:
        table[key] = postings = array("l")
    postings.append(rank)
