"""Small corpora for the export and merge tests, built through the public model.

:func:`small_corpus` fills every field of every record type at least once (partial
dates of each precision, a two-day range, an undated statement, a time of
publication, evidence of both kinds, roles and milestones), so a lossless export has
something to lose. :func:`other_corpus` is a second corpus sharing one actor and one
topic with it, for merging.
"""

from __future__ import annotations

import datetime as dt

from asean_corpus import (
    Actor,
    ActorKind,
    Agreement,
    AgreementKind,
    Article,
    ArticleEvidence,
    ArticleKind,
    Confidence,
    Conflict,
    Corpus,
    DateBasis,
    Event,
    EventKind,
    Milestone,
    MilestoneKind,
    Mode,
    PartialDate,
    Reference,
    ReferenceEvidence,
    Reliability,
    ReliabilityLevel,
    Role,
    Span,
    Statement,
    Topic,
)

BODY_1 = (
    "JAKARTA, 19 June (Wire) - Secretary-General Ana Ñúñez said on Thursday that "
    'digital trade will grow. "We welcome the Green Pact, and we will sign it," she said. '
    "Analysts believe tourism will recover; the grid needs investment."
)
BODY_2 = (
    "In 2023 the bloc's new chief, Bo Li, argued that scams must be fought. "
    "He said the Green Pact entered into force in 2022."
)


def span(body: str, text: str, occurrence: int = 1) -> Span:
    """The span of the ``occurrence``-th ``text`` in ``body``."""
    start = -1
    for _ in range(occurrence):
        start = body.index(text, start + 1)
    return Span(start, start + len(text))


def _statement(body: str, text: str, **fields: object) -> Statement:
    return Statement(text=text, span=span(body, text), **fields)  # type: ignore[arg-type]


def small_corpus() -> Corpus:
    """A corpus of two articles using every field of the model (a new object each call)."""
    reliability = Reliability(level=ReliabilityLevel.HIGH, reasons=("wire service", "dated"))
    articles = (
        Article(
            id="a1",
            title="Bloc chief on trade",
            body=BODY_1,
            source_file="a1.txt",
            source_sha256="0" * 64,
            published=PartialDate(2022, 6, 19),
            published_time=dt.time(14, 30),
            published_basis="JAKARTA, 19 June",
            publisher="wire",
            authors=("wire",),
            kind=ArticleKind.NEWS,
            reliability=reliability,
            notes=("Body cut at the dateline.",),
        ),
        Article(
            id="a2",
            title="New chief on scams",
            body=BODY_2,
            source_file="a2.txt",
            source_sha256="1" * 64,
            published=PartialDate(2023, 3),
            kind=ArticleKind.ANALYSIS,
            language="en",
            reliability=Reliability(level=ReliabilityLevel.LOW),
        ),
    )
    actors = (
        Actor(
            id="bloc",
            name="Example Bloc",
            kind=ActorKind.INTERGOVERNMENTAL_ORGANISATION,
            aliases=("EXB", "The Bloc"),
            wikidata="Q7768",
        ),
        Actor(id="wire", name="Wire", kind=ActorKind.NEWS_OUTLET),
        Actor(
            id="ana",
            name="Ana Ñúñez",
            kind=ActorKind.PERSON,
            aliases=("Ana",),
            wikidata="Q1",
            country="land",
            description="A diplomat.",
            roles=(
                Role(
                    title="Secretary-General",
                    organisation="bloc",
                    start=PartialDate(2018, 1, 1),
                    end=PartialDate(2022, 12),
                    current=False,
                    evidence=(
                        ArticleEvidence(
                            article_id="a1",
                            span=span(BODY_1, "Secretary-General Ana Ñúñez"),
                            text="Secretary-General Ana Ñúñez",
                        ),
                        ReferenceEvidence(reference_id="ref-1"),
                    ),
                ),
                Role(title="Envoy", start=PartialDate(2015)),
            ),
        ),
        Actor(
            id="bo",
            name="Bo Li",
            kind=ActorKind.PERSON,
            roles=(
                Role(title="Secretary-General", organisation="bloc", start=PartialDate(2023, 1, 1)),
            ),
        ),
        Actor(id="land", name="Landia", kind=ActorKind.STATE),
        Actor(id="analysts", name="Analysts", kind=ActorKind.GROUP),
    )
    topics = (
        Topic(id="economy", label="Economy", description="Economic matters."),
        Topic(id="digital", label="Digital economy", parent="economy", description="Digital."),
        Topic(id="e-commerce", label="E-commerce", parent="digital", description="Online trade."),
        Topic(id="energy", label="Energy", description="Energy."),
        Topic(id="security", label="Security", description="Security."),
        Topic(id="tourism", label="Tourism", description="Tourism."),
    )
    references = (
        Reference(
            id="ref-1",
            fact="The Green Pact was signed on 2022-05-01.",
            precision="day",
            sources=("https://example.org/pact", "https://example.org/pact-2"),
            confidence=Confidence.MEDIUM_HIGH,
            checked_on=dt.date(2026, 1, 1),
        ),
    )
    agreements = (
        Agreement(
            id="green-pact",
            name="Green Pact",
            kind=AgreementKind.FRAMEWORK,
            aliases=("GP",),
            parties=("bloc", "land"),
            description="A framework on energy.",
            milestones=(
                Milestone(
                    kind=MilestoneKind.SIGNED,
                    date=PartialDate(2022, 5, 1),
                    place="Jakarta",
                    evidence=ReferenceEvidence(reference_id="ref-1"),
                ),
                Milestone(
                    kind=MilestoneKind.ENTERED_INTO_FORCE,
                    date=PartialDate(2022),
                    evidence=ArticleEvidence(
                        article_id="a2",
                        span=span(BODY_2, "entered into force in 2022"),
                        text="entered into force in 2022",
                    ),
                    note="Contradicted by other sources.",
                ),
                Milestone(
                    kind=MilestoneKind.FULLY_IMPLEMENTED,
                    expected=True,
                    evidence=(ReferenceEvidence(reference_id="ref-1")),
                ),
            ),
        ),
        Agreement(
            id="green-pact-2",
            name="Green Pact Upgrade",
            kind=AgreementKind.PROTOCOL,
            parent="green-pact",
        ),
    )
    events = (
        Event(
            id="summit",
            name="Example Summit 2022",
            kind=EventKind.SUMMIT,
            aliases=("the summit",),
            start=PartialDate(2022, 6, 18),
            end=PartialDate(2022, 6, 19),
            place="Jakarta",
            evidence=(ReferenceEvidence(reference_id="ref-1"),),
        ),
        Event(
            id="summit-dinner",
            name="Summit dinner",
            kind=EventKind.MEETING,
            start=PartialDate(2022, 6),
            part_of="summit",
        ),
    )
    statements = (
        _statement(
            BODY_1,
            "digital trade will grow",
            id="a1-s1",
            article_id="a1",
            speaker_id="ana",
            mode=Mode.REPORTED,
            verbatim=False,
            cue="said",
            mention="Secretary-General Ana Ñúñez",
            mention_span=span(BODY_1, "Secretary-General Ana Ñúñez"),
            via=("wire",),
            said_on=PartialDate(2022, 6, 16),
            date_basis=DateBasis.STATED,
            date_evidence="on Thursday",
            event_id="summit",
            topics=frozenset({"e-commerce", "digital"}),
            note="Thursday resolved against the dateline.",
        ),
        _statement(
            BODY_1,
            "We welcome the Green Pact, and we will sign it,",
            id="a1-s2",
            article_id="a1",
            speaker_id="ana",
            mode=Mode.DIRECT_QUOTE,
            verbatim=True,
            cue="said",
            mention="she",
            mention_span=span(BODY_1, "she"),
            said_on=PartialDate(2022, 6, 18),
            said_until=PartialDate(2022, 6, 19),
            date_basis=DateBasis.EVENT,
            event_id="summit",
            topics=frozenset({"energy"}),
            agreements=frozenset({"green-pact"}),
        ),
        _statement(
            BODY_1,
            "tourism will recover",
            id="a1-s3",
            article_id="a1",
            speaker_id="analysts",
            mode=Mode.REPORTED,
            verbatim=False,
            cue="believe",
            topics=frozenset({"tourism"}),
        ),
        _statement(
            BODY_1,
            "the grid needs investment",
            id="a1-s4",
            article_id="a1",
            speaker_id="analysts",
            mode=Mode.REPORTED,
            verbatim=False,
            said_on=PartialDate(2022, 6),
            date_basis=DateBasis.PUBLICATION,
            topics=frozenset({"energy", "economy"}),
        ),
        _statement(
            BODY_2,
            "scams must be fought",
            id="a2-s1",
            article_id="a2",
            speaker_id="bo",
            mode=Mode.PARTIAL_QUOTE,
            verbatim=False,
            cue="argued",
            said_on=PartialDate(2023),
            date_basis=DateBasis.STATED,
            date_evidence="In 2023",
            topics=frozenset({"security"}),
        ),
    )
    conflicts = (
        Conflict(
            id="a2-c1",
            article_id="a2",
            span=span(BODY_2, "entered into force in 2022"),
            text="entered into force in 2022",
            conflicts_with=(
                ReferenceEvidence(reference_id="ref-1"),
                ArticleEvidence(
                    article_id="a1", span=span(BODY_1, "we will sign it"), text="we will sign it"
                ),
            ),
            description="The pact was signed, not in force, in 2022.",
            subjects=frozenset({"green-pact", "bloc"}),
        ),
    )
    return Corpus(
        articles=articles,
        statements=statements,
        actors=actors,
        agreements=agreements,
        topics=topics,
        events=events,
        references=references,
        conflicts=conflicts,
    )


def other_corpus() -> Corpus:
    """A second corpus: a new article; ``bo``, ``bloc`` and ``security`` as in the first."""
    body = "Bo Li said cyber crime is a shared threat."
    return Corpus(
        articles=(
            Article(
                id="b1",
                title="Cyber crime",
                body=body,
                source_file="b1.txt",
                source_sha256="2" * 64,
                published=PartialDate(2024, 2, 2),
                kind=ArticleKind.NEWS,
                reliability=Reliability(level=ReliabilityLevel.MEDIUM),
            ),
        ),
        actors=(
            Actor(
                id="bo",
                name="Bo Li",
                kind=ActorKind.PERSON,
                roles=(
                    Role(
                        title="Secretary-General",
                        organisation="bloc",
                        start=PartialDate(2023, 1, 1),
                    ),
                ),
            ),
            Actor(
                id="bloc",
                name="Example Bloc",
                kind=ActorKind.INTERGOVERNMENTAL_ORGANISATION,
                aliases=("EXB", "The Bloc"),
                wikidata="Q7768",
            ),
        ),
        topics=(Topic(id="security", label="Security", description="Security."),),
        statements=(
            _statement(
                body,
                "cyber crime is a shared threat",
                id="b1-s1",
                article_id="b1",
                speaker_id="bo",
                mode=Mode.REPORTED,
                verbatim=False,
                said_on=PartialDate(2024, 2, 1),
                date_basis=DateBasis.STATED,
                topics=frozenset({"security"}),
            ),
        ),
    )
