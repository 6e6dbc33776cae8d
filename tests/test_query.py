"""find_statements: every filter, their combination, the order, and the errors."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from tests._core_corpus import make_corpus

from asean_corpus import (
    CorpusError,
    InvalidDateError,
    InvalidQueryError,
    Mode,
    PartialDate,
    Statement,
    UnknownActorError,
    UnknownAgreementError,
    UnknownArticleError,
    UnknownEventError,
    UnknownTopicError,
)
from asean_corpus.io.jsonfile import dumps

CORPUS = make_corpus()


def ids(found: tuple[Statement, ...]) -> list[str]:
    return [s.id for s in found]


class TestOrder:
    def test_all_statements_by_date_then_article_then_position(self) -> None:
        """Without filters, statements come by date (partial first), undated last."""
        assert ids(CORPUS.find_statements()) == ["a1-s2", "a1-s1", "a2-s2", "a2-s1", "a1-s3"]

    def test_results_are_tuples_and_the_corpus_is_unchanged(self) -> None:
        """A query returns a tuple and leaves every record and the table order as they were."""
        corpus = make_corpus()
        found = corpus.find_statements(speaker="ana")
        assert isinstance(found, tuple)
        assert ["a1-s1", "a1-s2", "a1-s3", "a2-s1", "a2-s2"] == ids(corpus.statements)
        # A fresh corpus, not one holding the same record objects, which would show any
        # change made to them in place as well.
        assert make_corpus() == corpus
        assert dumps(make_corpus()) == dumps(corpus)
        assert ["a1-s2", "a1-s1"] == ids(corpus.find_statements(speaker="ana"))


class TestSpeaker:
    def test_by_id(self) -> None:
        """An actor id selects that actor's statements."""
        assert ids(CORPUS.find_statements(speaker="bo")) == ["a2-s1", "a1-s3"]

    def test_by_name_case_and_accent_insensitive(self) -> None:
        """Names match without regard to case or accents."""
        assert ids(CORPUS.find_statements(speaker="ANA NUNEZ")) == ["a1-s2", "a1-s1"]

    def test_by_alias(self) -> None:
        """An alias selects the actor."""
        assert ids(CORPUS.find_statements(speaker="Ana")) == ["a1-s2", "a1-s1"]

    def test_by_actor_record(self) -> None:
        """An Actor record selects that actor."""
        assert ids(CORPUS.find_statements(speaker=CORPUS.actor("bo"))) == ["a2-s1", "a1-s3"]

    def test_list_means_any(self) -> None:
        """A list of speakers means any of them."""
        found = CORPUS.find_statements(speaker=["ana", "Analysts"])
        assert ids(found) == ["a1-s2", "a1-s1", "a2-s2"]

    def test_office_resolves_to_the_holder_on_the_statement_date(self) -> None:
        """An office means whoever held it when the statement was made."""
        found = CORPUS.find_statements(speaker="EXB Secretary-General")
        assert ids(found) == ["a1-s2", "a1-s1", "a2-s1"]

    def test_office_other_word_order(self) -> None:
        """'Secretary-General of the <organisation>' names the same office."""
        found = CORPUS.find_statements(speaker="secretary general of the example bloc")
        assert ids(found) == ["a1-s2", "a1-s1", "a2-s1"]

    def test_office_undated_statement_uses_publication_date(self) -> None:
        """An undated statement counts when the speaker held the office at publication."""
        # a1-s3 is Bo's, undated, in an article published before Bo took office.
        assert "a1-s3" not in ids(CORPUS.find_statements(speaker="EXB Secretary-General"))

    def test_office_with_date_range(self) -> None:
        """Office and dates combine: only the holder of that time, in that time."""
        found = CORPUS.find_statements(speaker="EXB Secretary-General", since="2023")
        assert ids(found) == ["a2-s1"]

    def test_unknown_speaker_suggests_near_matches(self) -> None:
        """An unknown name raises a lookup error naming it and suggesting a near match."""
        with pytest.raises(UnknownActorError, match=r"'Ana Nunes'.*did you mean 'Ana Ñúñez'"):
            CORPUS.find_statements(speaker="Ana Nunes")

    def test_unknown_speaker_is_a_lookup_error(self) -> None:
        """The error is both a CorpusError and a LookupError."""
        with pytest.raises(LookupError):
            CORPUS.find_statements(speaker="nobody at all")
        with pytest.raises(CorpusError):
            CORPUS.find_statements(speaker="nobody at all")

    def test_wrong_type(self) -> None:
        """A speaker that is neither a name nor an Actor is refused."""
        with pytest.raises(InvalidQueryError, match="speaker"):
            CORPUS.find_statements(speaker=[3])  # type: ignore[list-item]

    def test_empty_list(self) -> None:
        """An empty list is refused rather than silently matching nothing."""
        with pytest.raises(InvalidQueryError, match="empty list"):
            CORPUS.find_statements(speaker=[])


class TestTopic:
    def test_topic_includes_narrower_topics(self) -> None:
        """A topic matches statements tagged with it or any topic below it."""
        assert ids(CORPUS.find_statements(topic="economy")) == ["a1-s1", "a1-s3"]

    def test_by_label(self) -> None:
        """A label selects the topic."""
        assert ids(CORPUS.find_statements(topic="Digital Economy")) == ["a1-s1"]

    def test_list_means_any(self) -> None:
        """A list of topics means any of them."""
        found = CORPUS.find_statements(topic=["energy", "tourism"])
        assert ids(found) == ["a1-s2", "a2-s2", "a1-s3"]

    def test_unknown_topic(self) -> None:
        """An unknown topic raises with a suggestion."""
        with pytest.raises(UnknownTopicError, match="did you mean 'Digital economy'"):
            CORPUS.find_statements(topic="Digital econ")


class TestDates:
    def test_range_no_statement_starts_in(self) -> None:
        """A day inside statements' ranges finds them though none starts on it."""
        import asean_corpus as ac

        day = dt.date(2025, 9, 1)
        found = ac.find_statements(since=day, until=day)
        expected = [
            s.id
            for s in ac.load().statements
            if s.earliest is not None and s.latest is not None and s.earliest < day <= s.latest
        ]
        assert expected
        assert sorted(expected) == sorted(s.id for s in found)

    def test_partial_dates_overlap_the_range(self) -> None:
        """A month or range statement matches when its interval overlaps the bounds."""
        found = CORPUS.find_statements(since="2022-12-31", until="2023-01-01")
        assert ids(found) == ["a1-s2", "a2-s2", "a2-s1"]

    def test_bounds_are_inclusive(self) -> None:
        """A day bound includes that day."""
        found = CORPUS.find_statements(since="2022-12-19", until="2022-12-19")
        assert ids(found) == ["a1-s2", "a1-s1"]

    def test_year_bound_covers_the_whole_year(self) -> None:
        """'until 2022' ends on 31 December 2022."""
        assert ids(CORPUS.find_statements(until="2022")) == ["a1-s2", "a1-s1", "a2-s2"]

    def test_free_text_dates(self) -> None:
        """Strings such as 'December 2022' are read with their precision."""
        found = CORPUS.find_statements(since="December 2022", until="December 2022")
        assert ids(found) == ["a1-s2", "a1-s1", "a2-s2"]

    def test_date_objects(self) -> None:
        """date, datetime and PartialDate bounds are accepted."""
        a = CORPUS.find_statements(since=dt.date(2023, 1, 2))
        b = CORPUS.find_statements(since=dt.datetime(2023, 1, 2, 15, 30))
        c = CORPUS.find_statements(since=PartialDate(2023, 1, 2))
        assert ids(a) == ids(b) == ids(c) == ["a2-s1"]

    def test_undated_left_out_unless_asked(self) -> None:
        """With a bound, undated statements appear only with include_undated=True."""
        assert "a1-s3" not in ids(CORPUS.find_statements(since="2022"))
        found = CORPUS.find_statements(since="2022", include_undated=True)
        assert ids(found) == ["a1-s2", "a1-s1", "a2-s2", "a2-s1", "a1-s3"]

    def test_unparseable_date_quotes_the_input(self) -> None:
        """A date that cannot be read raises a ValueError quoting it."""
        with pytest.raises(InvalidDateError, match="'next tuesday-ish'"):
            CORPUS.find_statements(since="next tuesday-ish")
        with pytest.raises(ValueError, match="'2025-13'"):
            CORPUS.find_statements(until="2025-13")

    def test_reversed_range(self) -> None:
        """since after until is an error, not an empty answer."""
        with pytest.raises(InvalidQueryError, match="reversed date range"):
            CORPUS.find_statements(since="2024", until="2023")

    def test_date_without_year(self) -> None:
        """A date string naming no year is refused."""
        with pytest.raises(InvalidDateError, match="no year"):
            CORPUS.find_statements(since="June")


class TestOtherFilters:
    def test_text_substring_case_insensitive(self) -> None:
        """text matches a substring regardless of case."""
        assert ids(CORPUS.find_statements(text="GREEN pact")) == ["a1-s2"]

    def test_text_regex(self) -> None:
        """A compiled regex is searched in the statement text."""
        assert ids(CORPUS.find_statements(text=re.compile(r"\bgr\w+"))) == ["a1-s1", "a1-s3"]

    def test_text_wrong_type(self) -> None:
        """text must be a string or a regex."""
        with pytest.raises(InvalidQueryError, match="text"):
            CORPUS.find_statements(text=5)  # type: ignore[arg-type]

    def test_mode_by_enum_and_value(self) -> None:
        """mode accepts the enum or its value."""
        assert ids(CORPUS.find_statements(mode="direct_quote")) == ["a1-s2"]
        assert "a1-s2" not in ids(CORPUS.find_statements(mode=Mode.REPORTED))

    def test_reliability_leaves_out_weak_sources(self) -> None:
        """reliability keeps the statements of articles rated so as sources; a list means
        any of them. The bundled corpus rates two articles low."""
        import asean_corpus as ac

        corpus = ac.load()
        level = {a.id: a.reliability.level.value for a in corpus.articles}
        strong = corpus.find_statements(reliability=["high", ac.ReliabilityLevel.MEDIUM])
        weak = corpus.find_statements(speaker="Kao Kim Hourn", reliability="low")
        assert strong
        assert weak
        assert {level[s.article_id] for s in strong} <= {"high", "medium"}
        assert {level[s.article_id] for s in weak} == {"low"}
        everything = corpus.find_statements()
        assert len(strong) == sum(level[s.article_id] != "low" for s in everything)
        assert set(weak) == {
            s for s in everything if level[s.article_id] == "low" and "kao-kim-hourn" in s.speakers
        }

    def test_unknown_reliability(self) -> None:
        with pytest.raises(InvalidQueryError, match=r"reliability: .*'high', 'medium', 'low'"):
            CORPUS.find_statements(reliability="weak")

    def test_unknown_mode(self) -> None:
        """An unknown mode lists the valid ones."""
        with pytest.raises(InvalidQueryError, match="'direct_quote'"):
            CORPUS.find_statements(mode="shouting")

    def test_article(self) -> None:
        """article selects the statements of one article."""
        assert ids(CORPUS.find_statements(article="a2")) == ["a2-s2", "a2-s1"]

    def test_unknown_article(self) -> None:
        """An unknown article id raises a lookup error."""
        with pytest.raises(UnknownArticleError, match="'a9'"):
            CORPUS.find_statements(article="a9")

    def test_agreement_by_alias(self) -> None:
        """agreement accepts an alias."""
        assert ids(CORPUS.find_statements(agreement="GP")) == ["a1-s2"]

    def test_unknown_agreement(self) -> None:
        """An unknown agreement raises with a suggestion."""
        with pytest.raises(UnknownAgreementError, match="did you mean 'Green Pact'"):
            CORPUS.find_statements(agreement="Green Pakt")

    def test_event_by_name(self) -> None:
        """event accepts the event's name."""
        assert ids(CORPUS.find_statements(event="Example Summit 2022")) == ["a1-s1"]

    def test_unknown_event(self) -> None:
        """An unknown event raises a lookup error."""
        with pytest.raises(UnknownEventError):
            CORPUS.find_statements(event="Moon landing")

    def test_where_predicate(self) -> None:
        """where applies any predicate."""
        assert ids(CORPUS.find_statements(where=lambda s: s.speaker_id == "bo")) == [
            "a2-s1",
            "a1-s3",
        ]

    def test_where_not_callable(self) -> None:
        """where must be callable."""
        with pytest.raises(InvalidQueryError, match="where"):
            CORPUS.find_statements(where="bo")  # type: ignore[arg-type]

    def test_filters_combine_with_and(self) -> None:
        """Several filters must all hold."""
        found = CORPUS.find_statements(speaker="ana", topic="energy", until="2022-12-31")
        assert ids(found) == ["a1-s2"]

    def test_include_undated_must_be_bool(self) -> None:
        """include_undated refuses non-booleans."""
        with pytest.raises(InvalidQueryError, match="include_undated"):
            CORPUS.find_statements(include_undated="yes")  # type: ignore[arg-type]
