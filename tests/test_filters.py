"""The filters researchers asked for: kinds of speaker, affiliations, OR, offices without
dates, and records that are not in the corpus."""

from __future__ import annotations

import attrs
import pytest
from tests._core_corpus import make_corpus

import asean_corpus as ac
from asean_corpus import (
    Actor,
    ActorKind,
    ArticleEvidence,
    InvalidQueryError,
    Role,
    Span,
    Statement,
    UnknownActorError,
    UnknownAgreementError,
    UnknownArticleError,
    UnknownEventError,
    UnknownFilterError,
    UnknownRecordError,
    UnknownTopicError,
)


def ids(found: tuple[Statement, ...]) -> list[str]:
    return [s.id for s in found]


def _affiliated_corpus() -> ac.Corpus:
    """The sample corpus with a state, a think-tank of that state, a fellow and an envoy.

    Bo Li is a fellow of the think-tank (a role without dates that article a2 attests);
    Ana was once its envoy (a former role, without dates); the analysts belong to the
    state.
    """
    base = make_corpus()
    a2 = base.article("a2")
    start = a2.body.index("Bo Li")
    evidence = ArticleEvidence(article_id="a2", span=Span(start, start + 5), text="Bo Li")
    land = Actor(id="land", name="Landia", kind=ActorKind.STATE)
    think = Actor(id="think", name="Think Tank", kind=ActorKind.RESEARCH_INSTITUTE, country="land")
    fellow = Role(title="Fellow", organisation="think", evidence=(evidence,))
    envoy = Role(title="Envoy", organisation="think", current=False)
    actors = []
    for actor in base.actors:
        if actor.id == "bo":
            actor = attrs.evolve(actor, roles=(*actor.roles, fellow))
        elif actor.id == "ana":
            actor = attrs.evolve(actor, roles=(*actor.roles, envoy))
        elif actor.id == "analysts":
            actor = attrs.evolve(actor, country="land")
        actors.append(actor)
    return attrs.evolve(base, actors=(*actors, land, think))


CORPUS = _affiliated_corpus()


class TestSpeakerKind:
    def test_by_kind_and_value(self) -> None:
        """speaker_kind takes an ActorKind or its value; a list means any of them."""
        assert ["a2-s2"] == ids(CORPUS.find_statements(speaker_kind=ActorKind.GROUP))
        assert ["a2-s2"] == ids(CORPUS.find_statements(speaker_kind="group"))
        assert 5 == len(CORPUS.find_statements(speaker_kind=["person", ActorKind.GROUP]))

    def test_unknown_kind(self) -> None:
        """A value that is no kind is refused with the valid ones."""
        with pytest.raises(InvalidQueryError, match="speaker_kind: unknown ActorKind 'thinker'"):
            CORPUS.find_statements(speaker_kind="thinker")

    def test_kind_given_as_speaker_points_to_speaker_kind(self) -> None:
        """speaker=ActorKind.X is refused with the filter to use instead."""
        with pytest.raises(InvalidQueryError, match=r"use speaker_kind='research_institute'"):
            CORPUS.find_statements(speaker=ActorKind.RESEARCH_INSTITUTE)
        with pytest.raises(UnknownActorError, match=r"is a kind of actor: use speaker_kind="):
            CORPUS.find_statements(speaker="research_institute")

    def test_bundled_think_tanks(self) -> None:
        """In the bundled corpus, the institutes that speak are the CFR alone."""
        found = ac.find_statements(speaker_kind=ActorKind.RESEARCH_INSTITUTE)
        assert {"cfr"} == {s.speaker_id for s in found}


class TestAffiliation:
    def test_organisation(self) -> None:
        """An organisation finds the people with a role at it, current or former."""
        found = CORPUS.find_statements(affiliation="Think Tank")
        assert ["a1-s2", "a1-s1", "a2-s1", "a1-s3"] == ids(found)

    def test_country_through_the_organisation(self) -> None:
        """A state finds its own actors and the people of its organisations."""
        found = CORPUS.find_statements(affiliation="land", since="2023")
        assert ["a2-s2", "a2-s1"] == ids(found)

    def test_former_roles_count(self) -> None:
        """An affiliation holds whatever the role's dates: Ana was once the tank's envoy."""
        found = CORPUS.find_statements(affiliation="think", speaker="ana")
        assert ["a1-s2", "a1-s1"] == ids(found)

    def test_kind_of_organisation(self) -> None:
        """An ActorKind (or its value) means any actor of that kind."""
        by_kind = CORPUS.find_statements(affiliation=ActorKind.RESEARCH_INSTITUTE)
        assert ids(by_kind) == ids(CORPUS.find_statements(affiliation="research_institute"))
        assert {"ana", "bo"} == {s.speaker_id for s in by_kind}

    def test_bundled_think_tank_analysts_and_chinese_officials(self) -> None:
        """The bundled corpus: think-tank people, and Chinese bodies and officials."""
        tanks = ac.find_statements(affiliation=ActorKind.RESEARCH_INSTITUTE)
        assert {"cfr", "jayant-menon", "kin-phea", "peter-tc-chang", "thitinan-pongsudhirak"} == {
            s.speaker_id for s in tanks
        }
        chinese = ac.find_statements(affiliation="China", speaker_kind="government_body")
        assert {"mofcom"} == {s.speaker_id for s in chinese}

    def test_unknown_affiliation(self) -> None:
        """A name that is neither an actor nor a kind is an UnknownActorError."""
        with pytest.raises(UnknownActorError, match="or a kind of actor"):
            CORPUS.find_statements(affiliation="Nowhere Institute")

    def test_wrong_type(self) -> None:
        """A number is refused."""
        with pytest.raises(InvalidQueryError, match="affiliation: expected an Actor"):
            CORPUS.find_statements(affiliation=[3])  # type: ignore[list-item]


class TestAnyOf:
    def test_topic_or_agreement(self) -> None:
        """any_of is OR across filter sets; other filters still apply (AND)."""
        found = CORPUS.find_statements(any_of=[{"topic": "security"}, {"agreement": "GP"}])
        assert ["a1-s2", "a2-s1"] == ids(found)
        narrowed = CORPUS.find_statements(
            any_of=[{"topic": "security"}, {"agreement": "GP"}], since="2023"
        )
        assert ["a2-s1"] == ids(narrowed)

    def test_nested_and_in_result_order(self) -> None:
        """Filter sets may nest, and the result keeps the usual order."""
        inner = {"any_of": [{"speaker": "analysts"}, {"speaker": "bo", "since": "2023"}]}
        found = CORPUS.find_statements(any_of=[inner, {"topic": "energy", "speaker": "ana"}])
        assert ["a1-s2", "a2-s2", "a2-s1"] == ids(found)

    def test_bundled_trade_or_rcep(self) -> None:
        """Trade or RCEP: every statement tagged trade or mentioning RCEP."""
        found = ac.find_statements(any_of=[{"topic": "trade"}, {"agreement": "RCEP"}])
        trade = set(ac.find_statements(topic="trade"))
        rcep = set(ac.find_statements(agreement="RCEP"))
        assert trade | rcep == set(found)

    @pytest.mark.parametrize(
        ("value", "message"),
        [
            ([], "an empty list matches nothing"),
            ({"topic": "energy"}, "expected a list of filter dicts"),
            (["energy"], "each item is a dict of filters"),
            ([{"topik": "energy"}], "unknown filter 'topik'; did you mean 'topic'"),
        ],
    )
    def test_malformed(self, value: object, message: str) -> None:
        """A malformed any_of is refused with what was expected."""
        with pytest.raises(InvalidQueryError, match=message):
            CORPUS.find_statements(any_of=value)  # type: ignore[arg-type]


class TestNamesOfAnotherKind:
    def test_topic_that_is_an_agreement(self) -> None:
        """topic='RCEP' says RCEP is an agreement and how to ask for it."""
        with pytest.raises(UnknownTopicError) as caught:
            ac.find_statements(topic="RCEP")
        message = str(caught.value)
        assert "'RCEP' is an agreement (rcep): use agreement='RCEP'" in message
        assert "any_of=[{'topic': ...}, {'agreement': 'RCEP'}]" in message
        assert caught.value.hint is not None

    def test_agreement_that_is_a_topic(self) -> None:
        """agreement='tourism' says tourism is a topic."""
        with pytest.raises(UnknownAgreementError, match="'tourism' is a topic"):
            CORPUS.find_statements(agreement="tourism")

    def test_speaker_that_is_an_event(self) -> None:
        """speaker='Example Summit 2022' says it is an event."""
        with pytest.raises(UnknownActorError, match=r"is an event \(summit\): use event="):
            CORPUS.find_statements(speaker="Example Summit 2022")


class TestOfficesWithoutDates:
    def test_role_without_dates_held_when_its_article_was_published(self) -> None:
        """A current role without dates counts on the dates of the articles attesting it."""
        found = CORPUS.find_statements(speaker="Think Tank Fellow")
        assert ["a2-s1"] == ids(found)

    def test_holders_are_never_silently_empty(self) -> None:
        """An office no holder of which can be placed in time is refused, naming them."""
        assert [("ana", "Envoy")] == [
            (a.id, r.title) for a, r in CORPUS.holders("Think Tank Envoy")
        ]
        with pytest.raises(InvalidQueryError, match="does not say when Ana Ñúñez held"):
            CORPUS.find_statements(speaker="Think Tank Envoy")

    def test_bundled_iseas_fellow(self) -> None:
        """The ISEAS Visiting Senior Fellow's six statements, as holders() lists him."""
        corpus = ac.load()
        assert ["jayant-menon"] == [a.id for a, _ in corpus.holders("ISEAS Visiting Senior Fellow")]
        found = corpus.find_statements(speaker="ISEAS Visiting Senior Fellow")
        assert ids(corpus.find_statements(speaker="Jayant Menon")) == ids(found)
        assert 6 == len(found)

    def test_bundled_former_office(self) -> None:
        """A former role without dates is refused with the name to ask for instead."""
        with pytest.raises(InvalidQueryError, match=r"by name \(Jayant Menon\)"):
            ac.find_statements(speaker="ADB Lead Economist")


class TestRecordsNotInTheCorpus:
    """A record that is not in the corpus raises what its id would, everywhere."""

    @pytest.mark.parametrize(
        ("filter_name", "table", "error"),
        [
            ("speaker", "actors", UnknownActorError),
            ("affiliation", "actors", UnknownActorError),
            ("topic", "topics", UnknownTopicError),
            ("article", "articles", UnknownArticleError),
            ("agreement", "agreements", UnknownAgreementError),
            ("event", "events", UnknownEventError),
        ],
    )
    def test_in_filters(self, filter_name: str, table: str, error: type[Exception]) -> None:
        """A changed copy of a record, or one with an unknown id, raises as its id does."""
        record = getattr(CORPUS, table)[0]
        changed = attrs.evolve(record, id="not-here")
        with pytest.raises(error, match=r"unknown .*'not-here'"):
            CORPUS.find_statements(**{filter_name: "not-here"})  # type: ignore[misc]
        with pytest.raises(error, match=r"unknown .*'not-here'.*not in it"):
            CORPUS.find_statements(**{filter_name: changed})  # type: ignore[misc]
        label = {"articles": "title", "topics": "label"}.get(table, "name")
        impostor = attrs.evolve(record, **{label: "changed"})
        with pytest.raises(error, match="a different record with this id"):
            CORPUS.find_statements(**{filter_name: impostor})  # type: ignore[misc]

    def test_in_lookups_and_navigation(self) -> None:
        """subtopics, context, view and find_milestones check the record too."""
        topic = attrs.evolve(CORPUS.topic("energy"), label="Power")
        with pytest.raises(UnknownTopicError):
            CORPUS.subtopics(topic)
        statement = attrs.evolve(CORPUS.statement("a1-s1"), note="changed")
        with pytest.raises(UnknownRecordError, match="unknown statement 'a1-s1'"):
            CORPUS.context(statement)
        with pytest.raises(UnknownRecordError, match="unknown statement 'a1-s1'"):
            CORPUS.view(statement)
        agreement = attrs.evolve(CORPUS.agreement("GP"), aliases=())
        with pytest.raises(UnknownAgreementError):
            CORPUS.find_milestones(agreement=agreement)

    def test_records_of_the_corpus_are_accepted(self) -> None:
        """The corpus's own records (and equal copies) work as their ids do."""
        energy = CORPUS.topic("energy")
        assert ids(CORPUS.find_statements(topic="energy")) == ids(
            CORPUS.find_statements(topic=attrs.evolve(energy))
        )


class TestWholeWords:
    """``words=`` finds a word or phrase only where it stands as whole words."""

    BUNDLED = ac.load()

    def test_not_inside_a_longer_word(self) -> None:
        """ "RCEP" is a substring of "perception" but not a word of it."""
        by_text = ids(self.BUNDLED.find_statements(text="RCEP"))
        by_words = ids(self.BUNDLED.find_statements(words="rcep"))
        perceived = [i for i in by_text if "perception" in self.BUNDLED.statement(i).text]
        assert perceived
        assert by_words == [i for i in by_text if i not in perceived]

    def test_a_word_cut_short_is_not_found(self) -> None:
        assert ids(CORPUS.find_statements(words="touris")) == []
        assert ids(CORPUS.find_statements(words="tourism")) == ["a2-s2"]

    def test_a_phrase_matches_across_any_whitespace(self) -> None:
        """The phrase's spaces match a line break or several spaces in the text."""
        corpus = _with_text(CORPUS, "a1-s3", "the grid\n  needs investment")
        assert ids(corpus.find_statements(words="Grid needs")) == ["a1-s3"]
        assert ids(corpus.find_statements(words="grid need")) == []

    def test_punctuation_ends_a_word(self) -> None:
        corpus = _with_text(CORPUS, "a1-s3", "RCEP's grid (RCEP-wide) needs investment_x")
        assert ids(corpus.find_statements(words="rcep")) == ["a1-s3"]
        assert ids(corpus.find_statements(words="(rcep-wide)")) == ["a1-s3"]
        assert ids(corpus.find_statements(words="investment")) == []

    def test_a_set_or_a_tuple_is_a_list(self) -> None:
        assert CORPUS.find_statements(words={"tourism", "scams"}) == CORPUS.find_statements(
            words=("scams", "tourism")
        )

    def test_a_list_matches_any_and_other_filters_still_apply(self) -> None:
        found = CORPUS.find_statements(words=["tourism", "scams"])
        assert sorted(ids(found)) == ["a2-s1", "a2-s2"]
        assert ids(CORPUS.find_statements(words=["tourism", "scams"], mode="direct_quote")) == [
            s.id
            for s in CORPUS.statements
            if s.id in ("a2-s1", "a2-s2") and s.mode is ac.Mode.DIRECT_QUOTE
        ]

    @pytest.mark.parametrize(
        "bad", ["", "  ", "-", "'", 3, [], ["grid", ""], b"grid", "a\0b", {1, "grid"}]
    )
    def test_bad_values_are_refused(self, bad: object) -> None:
        with pytest.raises(InvalidQueryError, match="words: expected a word or phrase"):
            CORPUS.find_statements(words=bad)  # type: ignore[arg-type]


def _with_text(corpus: ac.Corpus, statement_id: str, text: str) -> ac.Corpus:
    """``corpus`` with one statement's text replaced, its article's body to match."""
    statement = corpus.statement(statement_id)
    article = corpus.article(statement.article_id)
    start = len(article.body) + 1
    body = f"{article.body} {text}"
    moved = attrs.evolve(statement, span=Span(start, start + len(text)), text=text)
    return attrs.evolve(
        corpus,
        articles=tuple(attrs.evolve(a, body=body) if a is article else a for a in corpus.articles),
        statements=tuple(moved if s.id == statement_id else s for s in corpus.statements),
    )


class TestWrongTypes:
    """Lookups given the wrong type raise InvalidQueryError, never a bare TypeError."""

    @pytest.mark.parametrize(
        "call",
        [
            lambda c: c.actor(5),
            lambda c: c.get_topic(None),
            lambda c: c.article(b"a1"),
            lambda c: c.statement(1.5),
            lambda c: c.holders(3),
            lambda c: c.subtopics(7),
            lambda c: c.context(7),
            lambda c: c.context("a1-s1", chars="80"),
            lambda c: c.view(["a1-s1"]),
            lambda c: c.find_milestones(kind=3),
            lambda c: c.find_milestones(expected="no"),
            lambda c: c.find_milestones(evidence="book"),
            lambda c: c.find_statements(speaker_kind=4),
            lambda c: c.find_statements().head(-1),
            lambda c: c.find_statements().count_by("colour"),
        ],
    )
    def test_invalid_query(self, call: object) -> None:
        """Each call is refused with InvalidQueryError."""
        with pytest.raises(InvalidQueryError):
            call(CORPUS)  # type: ignore[operator]


class TestMilestoneFilterNames:
    @pytest.mark.parametrize(
        ("name", "hint"), [("foo", ""), ("agreemnt", "'agreement'"), ("year", "since and until")]
    )
    def test_an_unknown_keyword(self, name: str, hint: str) -> None:
        """A misspelt filter is refused as find_statements refuses one: an
        UnknownFilterError (an InvalidQueryError and a TypeError) naming the filters."""
        with pytest.raises(UnknownFilterError) as caught:
            CORPUS.find_milestones(**{name: "2025"})  # type: ignore[arg-type]
        message = str(caught.value)
        assert f"unknown filter {name!r}" in message
        assert hint in message
        assert "(filters: agreement, kind, expected, evidence, since, until)" in message
        assert isinstance(caught.value, InvalidQueryError)


class TestAdviceOnMisnamedFilters:
    def test_a_name_of_several_other_kinds(self) -> None:
        """agreement='SCO' names every kind SCO is, the one with statements first."""
        with pytest.raises(UnknownAgreementError) as caught:
            ac.find_statements(agreement="SCO")
        hint = caught.value.hint or ""
        assert hint.startswith("'SCO' is a topic (sco) with 4 statements and an actor (sco)")
        assert hint.endswith("use topic='SCO' or speaker='SCO'")
        assert 4 == len(ac.find_statements(topic="SCO"))

    @pytest.mark.parametrize("name", ["date", "year", "on"])
    def test_date_words_point_to_since_and_until(self, name: str) -> None:
        """A date filter under another name is told about since and until."""
        with pytest.raises(ac.UnknownFilterError, match="did you mean since and until"):
            CORPUS.find_statements(**{name: "2025"})  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "call",
    [
        lambda c: c.find_statements(since=2025),
        lambda c: c.find_statements(until=2025),
        lambda c: c.find_milestones(since=2025),
    ],
)
def test_a_year_given_as_a_number_is_refused_with_how_to_write_it(call: object) -> None:
    with pytest.raises(InvalidQueryError, match="a year is written as a string: '2025'"):
        call(CORPUS)  # type: ignore[operator]


def test_an_event_takes_in_the_events_that_are_part_of_it() -> None:
    """The interview given at the SCO summit is found by the summit, as a topic finds
    its narrower topics; the interview alone finds only itself."""
    corpus = ac.load()
    summit, interview = corpus.event("SCO Summit 2025"), corpus.event("pdo-interview-2025")
    assert interview.part_of == summit.id
    at_summit = corpus.find_statements(event=summit.id)
    assert at_summit == corpus.find_statements(event=[summit.id, interview.id])
    assert {s.event_id for s in at_summit} == {interview.id}
    assert corpus.find_statements(event=interview.id) == at_summit
