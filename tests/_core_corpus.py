"""A small hand-made corpus whose every answer can be worked out by reading it.

Two secretaries-general of a fictional bloc hold the office one after the other; the
statements sit at precision boundaries (a year, a month, a day, a two-day range,
undated) so the date and office rules can be checked by hand.
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
    "On Monday, Secretary-General Ana Ñúñez said that digital trade will grow. "
    '"We welcome the Green Pact," she said. '
    "Later, Bo Li noted that the grid needs investment."
)
BODY_2 = (
    "In 2023 the bloc's new chief, Bo Li, argued that scams must be fought. "
    "Analysts believe tourism will recover."
)


def _span(body: str, text: str) -> Span:
    start = body.index(text)
    return Span(start, start + len(text))


def _statement(
    sid: str,
    article: str,
    body: str,
    speaker: str,
    text: str,
    *,
    said_on: str | None = None,
    said_until: str | None = None,
    topics: tuple[str, ...] = (),
    agreements: tuple[str, ...] = (),
    mode: Mode = Mode.REPORTED,
    event: str | None = None,
) -> Statement:
    return Statement(
        id=sid,
        article_id=article,
        speaker_id=speaker,
        text=text,
        span=_span(body, text),
        mode=mode,
        verbatim=mode is Mode.DIRECT_QUOTE,
        said_on=PartialDate.parse(said_on) if said_on else None,
        said_until=PartialDate.parse(said_until) if said_until else None,
        date_basis=DateBasis.STATED if said_on else DateBasis.UNKNOWN,
        topics=frozenset(topics),
        agreements=frozenset(agreements),
        event_id=event,
    )


def make_corpus() -> Corpus:
    """The sample corpus (a new object on each call)."""
    reliability = Reliability(level=ReliabilityLevel.MEDIUM, reasons=("sample",))
    articles = (
        Article(
            id="a1",
            title="Bloc chief on trade",
            body=BODY_1,
            source_file="a1.txt",
            source_sha256="0" * 64,
            published=PartialDate(2022, 12, 20),
            kind=ArticleKind.NEWS,
            reliability=reliability,
        ),
        Article(
            id="a2",
            title="New chief on scams",
            body=BODY_2,
            source_file="a2.txt",
            source_sha256="1" * 64,
            published=PartialDate(2023, 3, 1),
            kind=ArticleKind.NEWS,
            reliability=reliability,
        ),
    )
    actors = (
        Actor(
            id="bloc",
            name="Example Bloc",
            kind=ActorKind.INTERGOVERNMENTAL_ORGANISATION,
            aliases=("EXB",),
        ),
        Actor(
            id="ana",
            name="Ana Ñúñez",
            kind=ActorKind.PERSON,
            aliases=("Ana",),
            roles=(
                Role(
                    title="Secretary-General",
                    organisation="bloc",
                    start=PartialDate(2018, 1, 1),
                    end=PartialDate(2022, 12, 31),
                ),
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
            sources=("example.org",),
            confidence=Confidence.HIGH,
            checked_on=dt.date(2026, 1, 1),
        ),
    )
    agreements = (
        Agreement(
            id="green-pact",
            name="Green Pact",
            kind=AgreementKind.FRAMEWORK,
            aliases=("GP",),
            parties=("bloc",),
            milestones=(
                Milestone(
                    kind=MilestoneKind.SIGNED,
                    date=PartialDate(2022, 5, 1),
                    evidence=ReferenceEvidence(reference_id="ref-1"),
                ),
            ),
        ),
    )
    events = (
        Event(
            id="summit",
            name="Example Summit 2022",
            kind=EventKind.SUMMIT,
            start=PartialDate(2022, 12, 19),
            place="Somewhere",
        ),
    )
    statements = (
        _statement(
            "a1-s1",
            "a1",
            BODY_1,
            "ana",
            "digital trade will grow",
            said_on="2022-12-19",
            topics=("e-commerce",),
            event="summit",
        ),
        _statement(
            "a1-s2",
            "a1",
            BODY_1,
            "ana",
            "We welcome the Green Pact",
            said_on="2022-12",
            topics=("energy",),
            agreements=("green-pact",),
            mode=Mode.DIRECT_QUOTE,
        ),
        _statement(
            "a1-s3", "a1", BODY_1, "bo", "the grid needs investment", topics=("energy", "economy")
        ),
        _statement(
            "a2-s1",
            "a2",
            BODY_2,
            "bo",
            "scams must be fought",
            said_on="2023",
            topics=("security",),
        ),
        _statement(
            "a2-s2",
            "a2",
            BODY_2,
            "analysts",
            "tourism will recover",
            said_on="2022-12-31",
            said_until="2023-01-01",
            topics=("tourism",),
        ),
    )
    conflicts = (
        Conflict(
            id="a1-c1",
            article_id="a1",
            span=_span(BODY_1, "Green Pact"),
            text="Green Pact",
            conflicts_with=(
                ArticleEvidence(article_id="a2", span=_span(BODY_2, "scams"), text="scams"),
            ),
            description="Sample conflict.",
            subjects=frozenset({"green-pact"}),
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
