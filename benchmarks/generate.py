"""Synthetic corpora for the benchmarks, built through the public model with a fixed seed.

The shape follows what a large user corpus looks like: many short articles, thousands
of speakers who hold offices over several periods, a deep topic hierarchy, dates of
every precision (a day, a month, a year, a two-day range) and undated statements,
agreements with milestones, events, and a few conflicting claims. Every record passes
the corpus validation, so the corpus is built exactly as a user's would be.

>>> corpus = generate(200)
>>> len(corpus.statements)
200
"""

from __future__ import annotations

import datetime as dt
import random

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

__all__ = ["NEEDLE", "STATEMENTS_PER_ARTICLE", "generate"]

SEED = 20251119
STATEMENTS_PER_ARTICLE = 20
NEEDLE = "lighthouse"
"""A word placed in about one statement in a hundred, for the text search."""

FIRST_YEAR, LAST_YEAR = 2000, 2025

_WORD_TEXT = (
    "cooperation partnership trade investment connectivity region regional economic "
    "integration maritime security stability dialogue infrastructure digital green energy "
    "transition supply chains tariffs market access tourism education health resilience "
    "development sustainable growth prosperity mutual trust friendship community shared "
    "future peace neighbours strategic comprehensive framework agreement implementation "
    "upgrade negotiation protocol summit ministers leaders officials people exchanges "
    "innovation technology agriculture fisheries logistics ports railways finance "
    "currency payments customs standards services goods farmers workers youth culture "
    "climate disaster management public welfare poverty reduction openness inclusive "
    "multilateralism rules consultation consensus centrality sovereignty waters code "
    "conduct navigation freedom law enforcement scams crime cyber data privacy "
    "platforms ecommerce startups small enterprises industrial parks corridors"
)
_WORDS = _WORD_TEXT.split()


def _text(rng: random.Random, needle: bool) -> str:
    words = rng.choices(_WORDS, k=rng.randint(6, 40))
    if needle:
        words[rng.randrange(len(words))] = NEEDLE
    words[0] = words[0].capitalize()
    return " ".join(words)


def _date(rng: random.Random, year: int) -> tuple[PartialDate | None, PartialDate | None]:
    """A statement date: mostly days, some months, years, two-day ranges, undated."""
    roll = rng.random()
    month = rng.randint(1, 12)
    day = rng.randint(1, 27)
    if roll < 0.05:
        return None, None
    if roll < 0.10:
        return PartialDate(year), None
    if roll < 0.25:
        return PartialDate(year, month), None
    if roll < 0.30:
        return PartialDate(year, month, day), PartialDate(year, month, day + 1)
    return PartialDate(year, month, day), None


def _topics(rng: random.Random, count: int) -> tuple[Topic, ...]:
    """A tree six levels deep: each topic's parent is an earlier topic one level up."""
    topics: list[Topic] = []
    levels: list[list[str]] = [[] for _ in range(6)]
    for i in range(count):
        depth = 0 if i < 8 else min(5, 1 + i * 5 // count)
        parent = rng.choice(levels[depth - 1]) if depth else None
        tid = f"topic-{i:04d}"
        levels[depth].append(tid)
        topics.append(
            Topic(id=tid, label=f"Topic {i}", parent=parent, description=f"Synthetic topic {i}.")
        )
    return tuple(topics)


def generate(statements: int, *, seed: int = SEED) -> Corpus:
    """A valid synthetic corpus with ``statements`` statements.

    The same arguments give the same corpus (equal, record by record).
    """
    rng = random.Random(seed)
    n_articles = max(1, -(-statements // STATEMENTS_PER_ARTICLE))
    n_people = min(5000, max(20, statements // 200))
    n_orgs = 40
    n_states = 11

    states = [
        Actor(id=f"state-{i:02d}", name=f"State {i}", kind=ActorKind.STATE) for i in range(n_states)
    ]
    outlets = [
        Actor(id=f"outlet-{i:02d}", name=f"Outlet {i}", kind=ActorKind.NEWS_OUTLET)
        for i in range(20)
    ]
    orgs = [
        Actor(
            id=f"org-{i:02d}",
            name=f"Organisation {i}",
            kind=ActorKind.GOVERNMENT_BODY,
            aliases=(f"ORG{i}",),
            country=states[i % n_states].id,
        )
        for i in range(n_orgs)
    ]
    # Offices held over several periods: each office passes from holder to holder.
    people: list[Actor] = []
    offices = [(f"Minister {k}", orgs[k % n_orgs].id) for k in range(max(1, n_people // 4))]
    terms: dict[int, list[Role]] = {}
    for title, org in offices:
        year = FIRST_YEAR - rng.randint(0, 4)
        holders = [rng.randrange(n_people) for _ in range(4)]
        for j, person in enumerate(holders):
            length = rng.randint(2, 7)
            start = PartialDate(year, rng.randint(1, 12), 1)
            last = year + length
            end = PartialDate(last, rng.randint(1, 12)) if j < len(holders) - 1 else None
            terms.setdefault(person, []).append(
                Role(title=title, organisation=org, start=start, end=end, current=end is None)
            )
            year = last + 1 if end is not None else year
    for i in range(n_people):
        people.append(
            Actor(
                id=f"person-{i:05d}",
                name=f"Speaker {i}",
                kind=ActorKind.PERSON,
                aliases=(f"S. {i}",) if i % 3 == 0 else (),
                roles=tuple(terms.get(i, ())),
                country=states[i % n_states].id,
                wikidata=f"Q{100000 + i}" if i % 5 == 0 else None,
            )
        )
    groups = [Actor(id="analysts", name="Analysts", kind=ActorKind.GROUP)]
    actors = (*states, *outlets, *orgs, *people, *groups)

    topics = _topics(rng, 240)
    topic_ids = [t.id for t in topics]

    references = tuple(
        Reference(
            id=f"ref-{i:03d}",
            fact=f"Synthetic fact {i}.",
            precision="day",
            sources=(f"https://example.org/{i}",),
            confidence=Confidence.HIGH,
            checked_on=dt.date(2026, 1, 1),
        )
        for i in range(100)
    )
    agreements = tuple(
        Agreement(
            id=f"agreement-{i:03d}",
            name=f"Agreement {i}",
            kind=rng.choice(list(AgreementKind)),
            aliases=(f"A{i}",),
            parties=(states[i % n_states].id, orgs[i % n_orgs].id),
            parent=f"agreement-{i // 2:03d}" if i % 4 == 3 else None,
            milestones=(
                Milestone(
                    kind=MilestoneKind.SIGNED,
                    date=PartialDate(rng.randint(FIRST_YEAR, LAST_YEAR), rng.randint(1, 12)),
                    evidence=ReferenceEvidence(reference_id=references[i].id),
                ),
                Milestone(
                    kind=MilestoneKind.ENTERED_INTO_FORCE,
                    date=PartialDate(LAST_YEAR + 1),
                    expected=True,
                    evidence=ReferenceEvidence(reference_id=references[i].id),
                    note="Planned.",
                ),
            ),
        )
        for i in range(100)
    )
    agreement_ids = [a.id for a in agreements]
    events = tuple(
        Event(
            id=f"event-{i:03d}",
            name=f"Summit {i}",
            kind=rng.choice(list(EventKind)),
            start=PartialDate(FIRST_YEAR + i % 26, 1 + i % 12, 1 + i % 28),
            place=f"City {i % 30}",
        )
        for i in range(500)
    )
    event_ids = [e.id for e in events]

    reliability = Reliability(level=ReliabilityLevel.MEDIUM, reasons=("synthetic",))
    articles: list[Article] = []
    out: list[Statement] = []
    conflicts: list[Conflict] = []
    cues = ("said", "stressed", "noted", "told reporters", None)
    modes = list(Mode)
    person_ids = [p.id for p in people]
    made = 0
    for a in range(n_articles):
        aid = f"a{a:06d}"
        year = rng.randint(FIRST_YEAR, LAST_YEAR)
        published = PartialDate(year, rng.randint(1, 12), rng.randint(1, 28))
        parts: list[str] = [f"Report {a}. "]
        offset = len(parts[0])
        count = min(STATEMENTS_PER_ARTICLE, statements - made)
        for k in range(count):
            speaker = rng.choice(person_ids) if rng.random() < 0.97 else "analysts"
            mention = "the minister" if rng.random() < 0.3 else None
            mention_span = None
            if mention is not None:
                piece = f"Later {mention} spoke. "
                mention_span = Span(offset + 6, offset + 6 + len(mention))
                parts.append(piece)
                offset += len(piece)
            text = _text(rng, rng.random() < 0.01)
            lead = "It was said that "
            start = offset + len(lead)
            parts.append(f"{lead}{text}. ")
            offset += len(lead) + len(text) + 2
            said_on, said_until = _date(rng, year)
            cue = rng.choice(cues)
            mode = rng.choice(modes)
            out.append(
                Statement(
                    id=f"{aid}-s{k:02d}",
                    article_id=aid,
                    speaker_id=speaker,
                    text=text,
                    span=Span(start, start + len(text)),
                    mode=mode,
                    verbatim=mode is Mode.DIRECT_QUOTE,
                    cue=cue,
                    mention=mention,
                    mention_span=mention_span,
                    via=(rng.choice(outlets).id,) if rng.random() < 0.1 else (),
                    said_on=said_on,
                    said_until=said_until,
                    date_basis=DateBasis.UNKNOWN if said_on is None else DateBasis.STATED,
                    date_evidence=None,
                    event_id=rng.choice(event_ids) if rng.random() < 0.2 else None,
                    topics=frozenset(rng.sample(topic_ids, rng.randint(1, 3))),
                    agreements=frozenset(rng.sample(agreement_ids, rng.randint(0, 2))),
                    note="Synthetic." if rng.random() < 0.05 else None,
                )
            )
        made += count
        body = "".join(parts)
        articles.append(
            Article(
                id=aid,
                title=f"Article {a}: synthetic report",
                body=body,
                source_file=f"{aid}.txt",
                source_sha256=f"{a:064x}",
                published=published,
                publisher=outlets[a % len(outlets)].id,
                authors=(outlets[a % len(outlets)].id,),
                kind=ArticleKind.NEWS,
                reliability=reliability,
            )
        )
        if a % 50 == 1 and count:
            claim = out[-1]
            conflicts.append(
                Conflict(
                    id=f"{aid}-c1",
                    article_id=aid,
                    span=claim.span,
                    text=claim.text,
                    conflicts_with=(
                        ArticleEvidence(
                            article_id=articles[0].id,
                            span=Span(0, 6),
                            text=articles[0].body[:6],
                        ),
                        ReferenceEvidence(reference_id=references[a % 100].id),
                    ),
                    description="Synthetic conflict.",
                    subjects=frozenset({agreement_ids[a % 100]}),
                )
            )
    return Corpus(
        articles=tuple(articles),
        statements=tuple(out),
        actors=actors,
        agreements=agreements,
        topics=topics,
        events=events,
        references=references,
        conflicts=tuple(conflicts),
    )
