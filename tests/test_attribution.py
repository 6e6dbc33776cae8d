"""Joint speakers, attribution evidence, editorial insertions and source addresses."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from tests._core_corpus import BODY_1, make_corpus

import asean_corpus as ac
from asean_corpus import Attribution, Corpus, InvalidCorpusError, Span, Statement
from asean_corpus.io.rows import json_rows

CORPUS = make_corpus()


def with_statement(corpus: Corpus, sid: str, **changes: object) -> Corpus:
    """The corpus with one statement changed."""
    statements = tuple(
        attrs.evolve(s, **changes) if s.id == sid else s  # type: ignore[misc]
        for s in corpus.statements
    )
    return attrs.evolve(corpus, statements=statements)


def ids(found: tuple[Statement, ...]) -> list[str]:
    return [s.id for s in found]


class TestJointSpeakers:
    def test_a_query_for_any_speaker_finds_the_joint_statement(self) -> None:
        """A statement of Bo Li with the analysts is found under either of them."""
        corpus = with_statement(CORPUS, "a1-s3", co_speakers=("analysts",))
        assert ["a2-s2", "a1-s3"] == ids(corpus.find_statements(speaker="analysts"))
        assert ["a2-s1", "a1-s3"] == ids(corpus.find_statements(speaker="bo"))

    def test_speaker_id_is_the_lead_and_speakers_lists_all(self) -> None:
        """speaker_id keeps the speaker named first; speakers gives every one."""
        corpus = with_statement(CORPUS, "a1-s3", co_speakers=("analysts", "ana"))
        s = corpus.statement("a1-s3")
        assert "bo" == s.speaker_id
        assert ("bo", "analysts", "ana") == s.speakers

    def test_an_office_query_finds_a_co_speaker_who_held_it(self) -> None:
        """A co-speaker who held the office on the date is found by the office."""
        corpus = with_statement(CORPUS, "a2-s2", co_speakers=("bo",))
        found = ids(corpus.find_statements(speaker="Example Bloc Secretary-General"))
        assert "a2-s2" in found
        assert "a2-s2" not in ids(CORPUS.find_statements(speaker="Example Bloc Secretary-General"))

    def test_unknown_or_repeated_co_speakers_are_refused(self) -> None:
        """A co-speaker must be a known actor, and no speaker is listed twice."""
        with pytest.raises(InvalidCorpusError, match=r"\(a1-s3\)\.co_speakers\[0\]: unknown actor"):
            with_statement(CORPUS, "a1-s3", co_speakers=("ghost",))
        with pytest.raises(InvalidCorpusError, match=r"co_speakers: a speaker is listed twice"):
            with_statement(CORPUS, "a1-s3", co_speakers=("bo",))

    def test_exports_carry_every_speaker(self) -> None:
        """The statements table has the co-speakers beside the lead speaker."""
        corpus = with_statement(CORPUS, "a1-s3", co_speakers=("analysts",))
        rows = {r["id"]: r for r in json_rows(corpus, "statements")}
        assert ["analysts"] == rows["a1-s3"]["co_speakers"]
        assert [] == rows["a1-s1"]["co_speakers"]


class TestAttribution:
    def test_filter_by_attribution(self) -> None:
        """Statements can be chosen by how their speaker was determined."""
        corpus = with_statement(CORPUS, "a1-s1", attribution=Attribution.NAMED)
        corpus = with_statement(corpus, "a1-s2", attribution=Attribution.CARRIED)
        assert ["a1-s1"] == ids(corpus.find_statements(attribution="named"))
        both = corpus.find_statements(attribution=["named", Attribution.CARRIED])
        assert ["a1-s2", "a1-s1"] == ids(both)

    def test_unknown_attribution_is_refused(self) -> None:
        """A value that is not an attribution lists the valid ones."""
        with pytest.raises(ac.InvalidQueryError, match=r"attribution: unknown Attribution 'guess'"):
            CORPUS.find_statements(attribution="guess")

    def test_bundled_attributions_are_all_recorded(self) -> None:
        """Every bundled statement says how its speaker was determined."""
        corpus = ac.load()
        assert [] == [s.id for s in corpus.statements if s.attribution is None]
        inferred = corpus.find_statements(attribution=["office", "inferred"])
        assert all(s.article_id == "a004" for s in inferred)


class TestInsertions:
    def test_insertion_inside_the_span_is_kept(self) -> None:
        """An insertion inside the statement's span is accepted."""
        start = BODY_1.index("the Green Pact")
        corpus = with_statement(CORPUS, "a1-s2", insertions=(Span(start, start + 3),))
        (insertion,) = corpus.statement("a1-s2").insertions
        assert "the" == insertion.slice(BODY_1)

    def test_insertion_outside_the_span_is_refused(self) -> None:
        """An insertion that leaves the statement is refused, naming the statement."""
        with pytest.raises(InvalidCorpusError, match=r"\(a1-s2\)\.insertions: insertion 0"):
            with_statement(CORPUS, "a1-s2", insertions=(Span(0, 2),))

    def test_bundled_insertions_are_the_articles_own_words(self) -> None:
        """a003-s06 is verbatim apart from the article's "(areas of)"."""
        s = ac.load().statement("a003-s06")
        body = ac.load().article("a003").body
        assert s.verbatim
        assert ["(areas of)"] == [i.slice(body) for i in s.insertions]


class TestSourceAddresses:
    def test_checked_date_needs_an_address(self) -> None:
        """url_checked_on without url is refused."""
        article = attrs.evolve(CORPUS.articles[0], url_checked_on=dt.date(2026, 1, 1))
        with pytest.raises(InvalidCorpusError, match=r"\(a1\)\.url_checked_on: given without url"):
            attrs.evolve(CORPUS, articles=(article, *CORPUS.articles[1:]))

    def test_address_must_be_a_web_address(self) -> None:
        """A url that is not http(s) is refused."""
        article = attrs.evolve(CORPUS.articles[0], url="javascript:alert(1)")
        with pytest.raises(InvalidCorpusError, match=r"\(a1\)\.url: not a web address"):
            attrs.evolve(CORPUS, articles=(article, *CORPUS.articles[1:]))

    def test_every_bundled_address_was_checked(self) -> None:
        """Each bundled article with an address says when it was checked."""
        for article in ac.load().articles:
            assert (article.url is None) == (article.url_checked_on is None), article.id
