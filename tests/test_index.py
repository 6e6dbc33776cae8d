"""The statement index: the fast build gives what the documented rules give.

The expected index is worked out from the rules as the docs state them
(:mod:`tests._rules`), never with the library's own ``sort_key`` or date helpers, so a
mistake in those shows up here instead of in the expected value too.
"""

from __future__ import annotations

import datetime as dt
import sys
from array import array
from collections.abc import Callable
from pathlib import Path

import pytest
from tests._rules import first_day, interval, last_day, result_order

from asean_corpus import Corpus, PartialDate, Statement
from asean_corpus.query.index import StatementIndex, sort_key

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
generate = pytest.importorskip("generate")


def in_result_order(corpus: Corpus) -> list[Statement]:
    """The statements of ``corpus`` in the documented result order."""
    rank_of = {a.id: i for i, a in enumerate(corpus.articles)}
    return sorted(corpus.statements, key=result_order(rank_of))


def plain_index(corpus: Corpus) -> dict[str, object]:
    """The index by its definition: the documented order, every rank under each key."""
    ordered = in_result_order(corpus)
    parents = {t.id: t.parent for t in corpus.topics}
    postings: dict[str, dict[str, list[int]]] = {
        "by_speaker": {},
        "by_article": {},
        "by_event": {},
        "by_agreement": {},
        "by_topic": {},
    }
    earliest, latest = [], []
    undated_from = len(ordered)
    for rank, s in enumerate(ordered):
        postings["by_speaker"].setdefault(s.speaker_id, []).append(rank)
        postings["by_article"].setdefault(s.article_id, []).append(rank)
        if s.event_id is not None:
            postings["by_event"].setdefault(s.event_id, []).append(rank)
        for agreement in s.agreements:
            postings["by_agreement"].setdefault(agreement, []).append(rank)
        topics = set()
        for topic in s.topics:
            current: str | None = topic
            while current is not None:
                topics.add(current)
                current = parents.get(current)
        for topic in topics:
            postings["by_topic"].setdefault(topic, []).append(rank)
        days = interval(s)
        if days is None:
            undated_from = min(undated_from, rank)
            continue
        earliest.append(days[0].toordinal())
        latest.append(days[1].toordinal())
    spans = [b - a for a, b in zip(earliest, latest, strict=True)]
    return {
        "ordered": tuple(ordered),
        **{name: {k: array("l", v) for k, v in table.items()} for name, table in postings.items()},
        "earliest": array("l", earliest),
        "latest": array("l", latest),
        "undated_from": undated_from,
        "max_days": max(spans, default=0),
    }


class TestStatementIndex:
    @pytest.mark.parametrize("size", [0, 1, 50, 3000])
    def test_same_as_the_plain_definition(self, size: int) -> None:
        """Order, postings and date arrays equal those of the plain definition."""
        corpus = generate.generate(size, seed=size)
        index = StatementIndex(corpus.statements, corpus.articles, corpus.topics)
        expected = plain_index(corpus)
        assert expected == {name: getattr(index, name) for name in expected}

    def test_ties_are_broken_by_id(self) -> None:
        """Statements at the same date, article and position come in id order."""
        corpus = generate.generate(40, seed=7)
        first = corpus.statements[0]
        twin = type(first)(
            **{
                **{f: getattr(first, f) for f in first.__slots__ if not f.startswith("__")},
                "id": "0-" + first.id,
            }
        )
        doubled = Corpus(
            articles=corpus.articles,
            statements=(*corpus.statements, twin),
            actors=corpus.actors,
            agreements=corpus.agreements,
            topics=corpus.topics,
            events=corpus.events,
            references=corpus.references,
            conflicts=corpus.conflicts,
        )
        ordered = StatementIndex(doubled.statements, doubled.articles, doubled.topics).ordered
        assert plain_index(doubled)["ordered"] == ordered
        position = ordered.index(first)
        assert twin == ordered[position - 1]


class TestSortKey:
    @pytest.mark.parametrize("seed", [3, 5])
    def test_sorts_in_the_documented_order(self, seed: int) -> None:
        """sort_key orders statements as find_statements documents: by date, vaguer first."""
        corpus = generate.generate(3000, seed=seed)
        rank_of = {a.id: i for i, a in enumerate(corpus.articles)}
        by_sort_key = sorted(corpus.statements, key=lambda s: sort_key(s, rank_of))
        assert [s.id for s in in_result_order(corpus)] == [s.id for s in by_sort_key]


class TestQueriesOnTheIndex:
    """Date ranges and text searches answer as a plain filter over every statement does."""

    corpus = generate.generate(3000, seed=11)

    def plain(self, keep: Callable[[Statement], bool]) -> list[str]:
        return [s.id for s in in_result_order(self.corpus) if keep(s)]

    @staticmethod
    def overlaps(s: Statement, lo: dt.date, hi: dt.date) -> bool:
        """The statement is dated and its interval shares a day with ``[lo, hi]``."""
        days = interval(s)
        return days is not None and days[0] <= hi and days[1] >= lo

    @pytest.mark.parametrize(
        ("since", "until"),
        [
            ("2012-06", "2012-06"),
            ("2012-06-15", "2012-06-15"),
            ("2012-01-01", "2012-01-01"),
            ("2011-12-31", "2012-01-02"),
            ("2012", "2013"),
            ("2025-12-31", "2025-12-31"),
            ("1999", "2000-01-05"),
        ],
    )
    def test_date_ranges(self, since: str, until: str) -> None:
        """Statements whose interval overlaps the range, long intervals included."""
        lo, hi = first_day(PartialDate.parse(since)), last_day(PartialDate.parse(until))
        found = self.corpus.find_statements(since=since, until=until)
        expected = self.plain(lambda s: self.overlaps(s, lo, hi))
        assert expected == [s.id for s in found]
        assert any(s.said_on and s.said_on.month is None for s in found) or since != "2012-06"

    def test_date_range_with_a_speaker(self) -> None:
        """A date range checked against the index arrays for another filter's candidates."""
        speaker = self.corpus.statements[0].speaker_id
        found = self.corpus.find_statements(speaker=speaker, since="2005", until="2020")
        lo, hi = dt.date(2005, 1, 1), dt.date(2020, 12, 31)
        expected = self.plain(lambda s: s.speaker_id == speaker and self.overlaps(s, lo, hi))
        assert expected == [s.id for s in found]
        assert found

    @pytest.mark.parametrize("needle", [generate.NEEDLE, "Trade", "ports railways", "zz-none"])
    def test_text(self, needle: str) -> None:
        """A substring search finds each statement once, case-insensitively, in order."""
        found = self.corpus.find_statements(text=needle)
        assert self.plain(lambda s: needle.casefold() in s.text.casefold()) == [s.id for s in found]

    def test_text_with_a_date_range(self) -> None:
        """Text and dates together: either may drive, the answer is the same."""
        found = self.corpus.find_statements(text="trade", since="2010-03", until="2010-03")
        lo, hi = dt.date(2010, 3, 1), dt.date(2010, 3, 31)
        expected = self.plain(lambda s: "trade" in s.text.casefold() and self.overlaps(s, lo, hi))
        assert expected == [s.id for s in found]
