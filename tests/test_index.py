"""The statement index: the fast build gives what the plain definition gives."""

from __future__ import annotations

import sys
from array import array
from pathlib import Path

import pytest

from asean_corpus import Corpus
from asean_corpus._index import Names, StatementIndex, sort_key

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
generate = pytest.importorskip("generate")


def plain_index(corpus: Corpus) -> dict[str, object]:
    """The index by its definition: sort by sort_key, post every rank under each key."""
    rank_of = {a.id: i for i, a in enumerate(corpus.articles)}
    ordered = sorted(corpus.statements, key=lambda s: sort_key(s, rank_of))
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
        if s.said_on is None:
            undated_from = min(undated_from, rank)
            continue
        assert s.earliest is not None
        assert s.latest is not None
        earliest.append(s.earliest.toordinal())
        latest.append(s.latest.toordinal())
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
        index = StatementIndex(corpus, Names(corpus))
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
        ordered = StatementIndex(doubled, Names(doubled)).ordered
        assert plain_index(doubled)["ordered"] == ordered
        position = ordered.index(first)
        assert twin == ordered[position - 1]
