"""Corpus: validation at construction, lookups, immutability."""

from __future__ import annotations

import copy as copy_module
import pickle

import attrs
import pytest
from tests._core_corpus import make_corpus

import asean_corpus as ac
from asean_corpus import (
    Actor,
    ActorKind,
    ArticleEvidence,
    Corpus,
    InvalidCorpusError,
    PartialDate,
    Span,
    UnknownActorError,
    UnknownAgreementError,
    UnknownArticleError,
    UnknownEventError,
    UnknownRecordError,
    UnknownTopicError,
)
from asean_corpus.exceptions import shown

CORPUS = make_corpus()


class TestValidation:
    def test_valid_corpus_builds(self) -> None:
        """The sample corpus is valid."""
        assert len(CORPUS.statements) == 5

    def test_every_problem_reported_at_once(self) -> None:
        """Several broken references are all listed in one error."""
        s0, s1 = CORPUS.statements[0], CORPUS.statements[1]
        broken = (
            attrs.evolve(s0, speaker_id="ghost"),
            attrs.evolve(s1, topics=frozenset({"nowhere"}), event_id="no-event"),
            *CORPUS.statements[2:],
        )
        with pytest.raises(InvalidCorpusError) as info:
            attrs.evolve(CORPUS, statements=broken)
        problems = info.value.problems
        assert list(problems) == [
            f"$.statements[0] ({s0.id}).speaker_id: unknown actor 'ghost'",
            f"$.statements[1] ({s1.id}).event_id: unknown event 'no-event'",
            f"$.statements[1] ({s1.id}).topics: unknown topic 'nowhere'",
        ]
        assert "3 problems" in str(info.value)

    def test_duplicate_ids(self) -> None:
        """Two records with one id are refused."""
        with pytest.raises(InvalidCorpusError, match=r"duplicate id 'ana'"):
            attrs.evolve(CORPUS, actors=(*CORPUS.actors, CORPUS.actors[1]))

    def test_span_must_match_text(self) -> None:
        """A span whose slice differs from the text is refused."""
        s = attrs.evolve(CORPUS.statements[0], span=Span(0, 5))
        with pytest.raises(
            InvalidCorpusError, match=r"statements\[0\] \(a1-s1\)\.span: body\[0:5\] is 'On Mo'"
        ):
            attrs.evolve(CORPUS, statements=(s, *CORPUS.statements[1:]))

    def test_span_outside_body(self) -> None:
        """A span past the end of the body is refused."""
        s = attrs.evolve(CORPUS.statements[0], span=Span(10, 10_000))
        with pytest.raises(InvalidCorpusError, match="outside the article body"):
            attrs.evolve(CORPUS, statements=(s, *CORPUS.statements[1:]))

    def test_topic_cycle(self) -> None:
        """A topic hierarchy with a cycle is refused."""
        topics = (attrs.evolve(CORPUS.topics[0], parent="e-commerce"), *CORPUS.topics[1:])
        with pytest.raises(InvalidCorpusError, match="its own ancestor"):
            attrs.evolve(CORPUS, topics=topics)

    def test_agreement_and_event_chains_do_not_loop(self) -> None:
        """An agreement its own ancestor, or events part of each other, are refused; a
        record that only leads into such a loop is not named."""
        loaded = ac.load()
        a, e = loaded.agreements, loaded.events
        child = next(x for x in a if x.parent is not None)
        parent = next(i for i, x in enumerate(a) if x.id == child.parent)
        looped = attrs.evolve(a[parent], parent=child.id)
        agreements = (*a[:parent], looped, *a[parent + 1 :])
        events = (
            attrs.evolve(e[0], part_of=e[1].id),
            attrs.evolve(e[1], part_of=e[0].id),
            attrs.evolve(e[2], part_of=e[0].id),
            *e[3:],
        )
        with pytest.raises(InvalidCorpusError) as info:
            attrs.evolve(loaded, agreements=agreements, events=events)
        problems = info.value.problems
        named = sorted(p.split(" ")[0] for p in problems)
        where = {a[parent].id, child.id}
        expected = [f"$.agreements[{i}]" for i, x in enumerate(a) if x.id in where]
        assert sorted([*expected, "$.events[0]", "$.events[1]"]) == named
        assert any(f"agreement {child.id!r} is its own ancestor" in p for p in problems)
        assert any(f"event {e[1].id!r} is part of itself" in p for p in problems)

    def test_date_basis_must_agree_with_date(self) -> None:
        """A dated statement cannot claim its date is unknown, and vice versa."""
        s = attrs.evolve(CORPUS.statements[2], said_on=PartialDate(2025))
        with pytest.raises(InvalidCorpusError, match="'unknown' but said_on is 2025"):
            attrs.evolve(CORPUS, statements=(*CORPUS.statements[:2], s, *CORPUS.statements[3:]))

    def test_said_until_before_said_on(self) -> None:
        """A date range must not end before it starts."""
        s = attrs.evolve(CORPUS.statements[0], said_until=PartialDate(2020))
        with pytest.raises(InvalidCorpusError, match="said_until: 2020 is before"):
            attrs.evolve(CORPUS, statements=(s, *CORPUS.statements[1:]))

    def test_evidence_must_resolve(self) -> None:
        """Conflict evidence pointing at a missing article is refused."""
        bad = attrs.evolve(
            CORPUS.conflicts[0],
            conflicts_with=(ArticleEvidence(article_id="zz", span=Span(0, 1), text="O"),),
        )
        with pytest.raises(InvalidCorpusError, match=r"conflicts_with\[0\]\.article_id: unknown"):
            attrs.evolve(CORPUS, conflicts=(bad,))

    def test_event_end_needs_a_start(self) -> None:
        """An event with an end date but no start date is refused."""
        event = attrs.evolve(CORPUS.events[0], start=None, end=PartialDate(2022, 12, 20))
        with pytest.raises(
            InvalidCorpusError, match=r"\$\.events\[0\] \(summit\)\.end: an end date needs a start"
        ):
            attrs.evolve(CORPUS, events=(event,))

    def test_conflict_needs_evidence(self) -> None:
        """A conflict citing no contrary evidence is refused."""
        conflict = attrs.evolve(CORPUS.conflicts[0], conflicts_with=())
        with pytest.raises(
            InvalidCorpusError,
            match=r"\$\.conflicts\[0\] \(a1-c1\)\.conflicts_with: a conflict needs at least one",
        ):
            attrs.evolve(CORPUS, conflicts=(conflict,))

    def test_records_of_the_wrong_type_are_refused(self) -> None:
        """A table holding something other than its records is refused, naming each."""
        bad = (*CORPUS.statements, "x", CORPUS.actors[0])
        with pytest.raises(InvalidCorpusError) as info:
            attrs.evolve(CORPUS, statements=bad)  # type: ignore[arg-type]
        assert [
            "$.statements[5]: expected a Statement, got a string: 'x'",
            "$.statements[6]: expected a Statement, got an Actor: " + shown(CORPUS.actors[0]),
        ] == list(info.value.problems)

    def test_lists_are_refused(self) -> None:
        """Tables must be tuples, so a corpus is immutable all the way down."""
        with pytest.raises(InvalidCorpusError, match="must be a tuple"):
            Corpus(statements=list(CORPUS.statements))  # type: ignore[arg-type]


class TestImmutability:
    def test_corpus_is_frozen(self) -> None:
        """Fields of a corpus cannot be reassigned."""
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            CORPUS.statements = ()  # type: ignore[misc]

    def test_records_are_frozen_and_hashable(self) -> None:
        """Records cannot be changed and can be put in sets."""
        s = CORPUS.statements[0]
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            s.text = "x"  # type: ignore[misc]
        assert len(set(CORPUS.statements)) == len(CORPUS.statements)

    def test_equal_corpora(self) -> None:
        """Two corpora with the same records are equal, whatever their caches hold."""
        other = make_corpus()
        CORPUS.find_statements(speaker="ana")
        assert other == CORPUS
        assert hash(other) == hash(CORPUS)


class TestCopies:
    def test_pickle_round_trip(self) -> None:
        """A corpus with built indexes pickles, and the copy is equal and answers queries."""
        CORPUS.find_statements(speaker="ana")
        copy = pickle.loads(pickle.dumps(CORPUS))
        assert CORPUS == copy
        assert CORPUS.find_statements(speaker="ana") == copy.find_statements(speaker="ana")

    def test_deep_copy(self) -> None:
        """A deep copy is equal, holds equal records, and builds its own indexes."""
        CORPUS.find_statements(topic="economy")
        copy = copy_module.deepcopy(CORPUS)
        assert CORPUS == copy
        assert CORPUS.statements[0] == copy.statements[0]
        assert CORPUS.find_statements(topic="economy") == copy.find_statements(topic="economy")

    def test_fields_are_the_tables(self) -> None:
        """attrs sees only the tables: no cache or lock in fields() or asdict()."""
        names = [f.name for f in attrs.fields(Corpus)]
        assert [
            "articles",
            "statements",
            "actors",
            "agreements",
            "topics",
            "events",
            "references",
            "conflicts",
        ] == names
        assert names == list(attrs.asdict(CORPUS, recurse=False))


class TestLookups:
    def test_actor_by_id_name_alias(self) -> None:
        """actor() finds by id, name or alias, case- and accent-insensitively."""
        assert "ana" == CORPUS.actor("ana").id == CORPUS.actor("ana nunez").id
        assert "bloc" == CORPUS.actor("exb").id

    def test_names_differing_in_a_thai_vowel_are_different_actors(self) -> None:
        """'นิด' (Nid) and 'นัด' (Nat) differ in a vowel, not an accent: each finds its actor."""
        corpus = attrs.evolve(
            CORPUS,
            actors=(
                *CORPUS.actors,
                Actor(id="nid", name="\u0e19\u0e34\u0e14", kind=ActorKind.PERSON),
                Actor(id="nat", name="\u0e19\u0e31\u0e14", kind=ActorKind.PERSON),
            ),
        )
        assert "nid" == corpus.actor("\u0e19\u0e34\u0e14").id
        assert "nat" == corpus.actor("\u0e19\u0e31\u0e14").id

    def test_get_returns_none(self) -> None:
        """The get_ forms return None on a miss."""
        assert CORPUS.get_actor("nobody") is None
        assert CORPUS.get_article("zz") is None
        assert CORPUS.get_topic("zz") is None
        assert CORPUS.get_agreement("zz") is None
        assert CORPUS.get_event("zz") is None
        assert CORPUS.get_statement("zz") is None
        assert CORPUS.get_reference("zz") is None

    def test_strict_lookups_raise_specific_errors(self) -> None:
        """Each strict lookup raises its own LookupError subclass with a suggestion."""
        with pytest.raises(UnknownActorError, match="did you mean 'Bo Li'"):
            CORPUS.actor("Bo Lee")
        with pytest.raises(UnknownArticleError, match="'a3'"):
            CORPUS.article("a3")
        with pytest.raises(UnknownTopicError, match="did you mean 'Energy'"):
            CORPUS.topic("Enrgy")
        with pytest.raises(UnknownAgreementError):
            CORPUS.agreement("Blue Pact")
        with pytest.raises(UnknownEventError):
            CORPUS.event("Other Summit")
        with pytest.raises(UnknownRecordError, match="statement 'a1-s9'"):
            CORPUS.statement("a1-s9")

    def test_other_lookups(self) -> None:
        """Topics, agreements, events, statements and references are found by id or name."""
        assert "digital" == CORPUS.topic("Digital economy").id
        assert "green-pact" == CORPUS.agreement("GP").id
        assert "summit" == CORPUS.event("example summit 2022").id
        assert "a2-s1" == CORPUS.statement("a2-s1").id
        assert "ref-1" == CORPUS.reference("ref-1").id
        assert "a1" == CORPUS.article("a1").id

    def test_subtopics(self) -> None:
        """subtopics() lists a topic and everything below it."""
        assert ["economy", "digital", "e-commerce"] == [t.id for t in CORPUS.subtopics("economy")]

    def test_holders(self) -> None:
        """holders() lists who held an office with their roles."""
        held = CORPUS.holders("EXB Secretary-General")
        assert [
            ("ana", 2018),
            ("bo", 2023),
        ] == [(a.id, r.start.year if r.start else 0) for a, r in held]
        with pytest.raises(UnknownActorError, match="President"):
            CORPUS.holders("EXB President")

    def test_repr(self) -> None:
        """The repr counts the tables."""
        assert repr(CORPUS).startswith("<Corpus: 2 articles, 5 statements")


class TestContext:
    def test_statement_in_its_text(self) -> None:
        """The context holds the text around the statement, cut at word boundaries."""
        context = CORPUS.context("a1-s3", chars=12)
        assert "noted that " == context.before
        assert "." == context.after
        assert (True, False) == (context.clipped_before, context.clipped_after)
        assert "...noted that [[the grid needs investment]]." == context.highlight()

    def test_whole_body_when_chars_is_large(self) -> None:
        """With room to spare the context is the whole body, unclipped."""
        statement = CORPUS.statement("a2-s1")
        context = CORPUS.context(statement, chars=10_000)
        assert CORPUS.article("a2").body == context.before + context.text + context.after
        narrow = CORPUS.context(statement, chars=0)
        assert ("", "") == (narrow.before, narrow.after)

    def test_html_marks_statement_and_mention(self) -> None:
        """In a notebook the statement is marked and the speaker's mention underlined."""
        import asean_corpus as ac

        page = ac.load().context("a003-s08", chars=60)._repr_html_()
        assert "<u>he</u> stressed <mark>the importance of people-to-people" in page
        assert "&quot;Of course" in page
        assert "(reported, 2025-08-31/2025-09-01)" in page

    def test_unknown_statement(self) -> None:
        """An unknown statement id raises a lookup error."""
        with pytest.raises(UnknownRecordError, match="'a9-s9'"):
            CORPUS.context("a9-s9")

    def test_negative_chars(self) -> None:
        """A negative width is refused."""
        with pytest.raises(ValueError, match="chars must be 0 or more"):
            CORPUS.context("a1-s1", chars=-1)
