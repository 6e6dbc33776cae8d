"""Hypothesis strategies: valid records, whole valid corpora, and query arguments.

Everything here is built through the public model, so every corpus drawn passes the
corpus rules: spans lie inside their article and match its text, every reference
resolves, date ranges run forwards. The data is drawn to reach the corners the
queries care about: partial dates of every precision at month and year boundaries
and on leap days, undated statements, ``said_until`` ranges, one office held by several
people over successive and overlapping periods (and by one of them twice), deep topic
hierarchies, evidence of both kinds, and conflicts.

Names are drawn from separate vocabularies per table (people, organisations, titles,
topics, agreements, events) and ids carry digits while names do not, so a name never
stands for two records; name queries then have one right answer.
"""

from __future__ import annotations

import calendar
import datetime as dt
import itertools
import re
import unicodedata
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import attrs
from hypothesis import settings
from hypothesis import strategies as st
from tests._rules import first_day, fold, iso, last_day

from asean_corpus import (
    Actor,
    ActorKind,
    Agreement,
    AgreementKind,
    Article,
    ArticleEvidence,
    ArticleKind,
    Attribution,
    Confidence,
    Conflict,
    Corpus,
    DateBasis,
    Event,
    EventKind,
    Evidence,
    Milestone,
    MilestoneKind,
    Mode,
    PartialDate,
    Precision,
    Reference,
    ReferenceEvidence,
    Reliability,
    ReliabilityLevel,
    Role,
    Span,
    Statement,
    Topic,
)

T = TypeVar("T")

# -- dates -----------------------------------------------------------------------------

#: Years the generated records mostly fall in: a leap century year (2000) between two
#: ordinary years, so ranges of generated dates overlap often.
CORE_YEARS = st.integers(1999, 2001)
#: Occasional far years: the ends of the calendar, a century year that is not a leap
#: year, an ordinary leap year.
EDGE_YEARS = st.sampled_from([1, 1900, 2024, 9999])
YEARS = st.one_of(CORE_YEARS, CORE_YEARS, CORE_YEARS, EDGE_YEARS)

BOUNDARY_DATES = st.sampled_from(
    [
        PartialDate(2000),
        PartialDate(2000, 1),
        PartialDate(2000, 1, 1),
        PartialDate(1999, 12),
        PartialDate(1999, 12, 31),
        PartialDate(2000, 2),
        PartialDate(2000, 2, 28),
        PartialDate(2000, 2, 29),
        PartialDate(2000, 3, 1),
        PartialDate(2001, 2, 28),
        PartialDate(2024, 2, 29),
        PartialDate(1, 1, 1),
        PartialDate(9999, 12, 31),
    ]
)


@st.composite
def _drawn_dates(draw: st.DrawFn, years: st.SearchStrategy[int]) -> PartialDate:
    year = draw(years)
    precision = draw(st.sampled_from(Precision))
    if precision is Precision.YEAR:
        return PartialDate(year)
    month = draw(st.one_of(st.sampled_from([1, 2, 12]), st.integers(1, 12)))
    if precision is Precision.MONTH:
        return PartialDate(year, month)
    last = calendar.monthrange(year, month)[1]
    day = draw(st.one_of(st.sampled_from([1, last]), st.integers(1, last)))
    return PartialDate(year, month, day)


def partial_dates(years: st.SearchStrategy[int] = YEARS) -> st.SearchStrategy[PartialDate]:
    """Partial dates of every precision, often on a month, year or leap-day boundary."""
    return st.one_of(BOUNDARY_DATES, _drawn_dates(years), _drawn_dates(years))


def ordered_pair(a: PartialDate, b: PartialDate) -> tuple[PartialDate, PartialDate]:
    """``(start, end)`` from two dates such that ``end`` does not end before ``start`` begins."""
    if last_day(b) >= first_day(a):
        return a, b
    return b, a


def date_ranges() -> st.SearchStrategy[tuple[PartialDate, PartialDate]]:
    """Two partial dates in order: a start and an end no earlier than it."""
    return st.tuples(partial_dates(), partial_dates()).map(lambda p: ordered_pair(*p))


# -- text and names --------------------------------------------------------------------

#: Any text JSON can carry: every code point except lone surrogates.
any_text = st.text(max_size=20)
short_text = st.one_of(
    any_text, st.sampled_from(["", "said", "ASEAN\u2013China", "«ça»", "\u201cquote\u201d"])
)
# Optional free text (a cue, a note, a place) says something when given: never blank.
free_text = short_text.filter(str.strip)

WORDS = [
    "trade",
    "cooperation",
    "digital",
    "maritime",
    "tourism",
    "ASEAN",
    "China",
    "Straße",
    "Việt",
    "économie",
    "growth",
    "peace",
    "İstanbul",
    "nul\x00byte",
    "ǅemal",
]

PERSON_WORDS = [
    "Ana",
    "Bo",
    "Kao",
    "Siti",
    "Nguyễn",
    "Ñúñez",
    "Wáng",
    "Lim",
    "Hourn",
    "Dara",
    "Phạm",
    "Zoë",
    "Ölçek",
    "Maung",
]
ORG_WORDS = [
    "Bloc",
    "Council",
    "Ministry",
    "Daily",
    "Institute",
    "Agency",
    "Republic",
    "Union",
    "Forum",
    "Secretariat",
]
TITLES = ["Secretary-General", "Foreign Minister", "Ambassador", "Chair", "Président"]
TOPIC_WORDS = ["Trade", "Energy", "Grid", "Security", "Scams", "Tourism", "Health", "Ports"]
AGREEMENT_WORDS = ["Pact", "Accord", "Charter", "Protocol", "Compact", "Treaty"]
EVENT_WORDS = ["Summit", "Expo", "Meeting", "Dialogue", "Round", "Congress"]


def _names(words: list[str], size: int, min_words: int = 2) -> st.SearchStrategy[list[str]]:
    """``size`` names of ``min_words`` or more words, distinct once normalized."""
    name = st.lists(st.sampled_from(words), min_size=min_words, max_size=min_words + 1).map(
        " ".join
    )
    return st.lists(name, min_size=size, max_size=size, unique_by=fold)


@st.composite
def case_variant(draw: st.DrawFn, name: str) -> str:
    """The name as a user might type it: same letters, any case, accents maybe dropped."""
    variant = draw(st.sampled_from(["same", "lower", "upper", "plain"]))
    if variant == "lower":
        return name.lower()
    if variant == "upper":
        return name.upper()
    if variant == "plain":
        decomposed = unicodedata.normalize("NFKD", name)
        return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return name


#: What a user may type between two words of a name; each run counts as one space.
SEPARATORS = [" ", "-", " - ", ", ", "  ", "_", ". ", " / ", "\u2013"]
#: What a user may type before a name's first word or after its last.
EDGES = ["", " ", "(", ") ", " ...", "\u201c"]


@st.composite
def typed_names(draw: st.DrawFn, name: str) -> str:
    """A name or id as typed: any case, accents maybe dropped, other punctuation around words."""
    typed = name
    if draw(st.booleans()):
        decomposed = unicodedata.normalize("NFKD", typed)
        typed = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    typed = draw(st.sampled_from([typed, typed.lower(), typed.upper()]))
    if not draw(st.booleans()):
        return typed
    groups = [(word, "".join(chars)) for word, chars in itertools.groupby(typed, _in_word)]
    out = [draw(st.sampled_from(EDGES))]
    for k, (word, text) in enumerate(groups):
        if word:
            out.append(text)
        elif 0 < k < len(groups) - 1:
            out.append(draw(st.sampled_from(SEPARATORS)))
    out.append(draw(st.sampled_from(EDGES)))
    return "".join(out)


def _in_word(ch: str) -> bool:
    """Letters, digits and the marks on them ("i\u0307", a lower-case "İ", is one word)."""
    return ch.isalnum() or unicodedata.category(ch).startswith("M")


# -- records ---------------------------------------------------------------------------


@st.composite
def bodies(draw: st.DrawFn) -> str:
    """An article body: words the queries look for, mixed with any other text."""
    pieces = draw(st.lists(st.one_of(st.sampled_from(WORDS), any_text), max_size=12))
    return " ".join(pieces)


@st.composite
def spans(draw: st.DrawFn, body: str) -> Span:
    """A span inside ``body`` (possibly empty, possibly the whole body)."""
    start = draw(st.integers(0, len(body)))
    end = draw(st.integers(start, len(body)))
    return Span(start, end)


def _shifted(span: Span, by: int) -> Span:
    return Span(span.start + by, span.end + by)


def _wikidata(draw: st.DrawFn) -> dict[str, str | None]:
    """A Wikidata id, checked or not, or none."""
    item = draw(st.none() | st.integers(1, 10**6).map(lambda n: f"Q{n}"))
    checked = draw(st.none() | short_text) if item is not None else None
    return {"wikidata": item, "wikidata_checked": checked}


def times() -> st.SearchStrategy[dt.time]:
    """Times of day, with seconds and fractions, naive or with a fixed offset."""
    zones = st.sampled_from(
        [None, dt.UTC, dt.timezone(dt.timedelta(hours=8)), dt.timezone(dt.timedelta(hours=-5.5))]
    )
    return st.times(timezones=zones)


def references(ids: Sequence[str]) -> st.SearchStrategy[tuple[Reference, ...]]:
    """Reference facts with the given ids."""
    return st.tuples(
        *(
            st.builds(
                Reference,
                id=st.just(rid),
                fact=short_text,
                precision=st.none() | short_text,
                sources=st.lists(free_text, max_size=2).map(tuple),
                confidence=st.sampled_from(Confidence),
                checked_on=st.dates(),
            )
            for rid in ids
        )
    )


@st.composite
def evidence(
    draw: st.DrawFn, articles: Sequence[Article], references: Sequence[Reference]
) -> Evidence:
    """A passage of one of ``articles`` or one of ``references`` (both must not be empty)."""
    kinds = []
    if articles:
        kinds.append("article")
    if references:
        kinds.append("reference")
    if draw(st.sampled_from(kinds)) == "reference":
        return ReferenceEvidence(reference_id=draw(st.sampled_from(references)).id)
    article = draw(st.sampled_from(articles))
    span = draw(spans(article.body))
    return ArticleEvidence(article_id=article.id, span=span, text=span.slice(article.body))


def _evidence_list(
    draw: st.DrawFn,
    articles: Sequence[Article],
    refs: Sequence[Reference],
    min_size: int = 0,
    max_size: int = 2,
) -> tuple[Evidence, ...]:
    if not articles and not refs:
        return ()
    return tuple(draw(st.lists(evidence(articles, refs), min_size=min_size, max_size=max_size)))


def _subset(draw: st.DrawFn, ids: Sequence[str], max_size: int = 3) -> list[str]:
    if not ids:
        return []
    return draw(st.lists(st.sampled_from(ids), max_size=max_size, unique=True))


def _maybe(draw: st.DrawFn, ids: Sequence[str]) -> str | None:
    if not ids:
        return None
    return draw(st.none() | st.sampled_from(ids))


def thorough() -> bool:
    """Whether the thorough profile (the one CI runs) is loaded: it draws large corpora."""
    return settings.default.max_examples >= THOROUGH_EXAMPLES


THOROUGH_EXAMPLES = 200
"""The number of examples from which a profile counts as thorough (see tests/conftest.py)."""


def _grown(
    draw: st.DrawFn,
    drawn: list[Statement],
    actor_ids: list[str],
    topic_ids: list[str],
    grow: int | None,
) -> list[Statement]:
    """Hundreds more statements made from the drawn ones, under the thorough profile.

    Drawing each of hundreds of statements one by one would exceed what Hypothesis can
    draw for one example, so the extra statements recombine the drawn ones: each takes
    the span (and so the text) of one, the dates of another, a speaker and topics from
    the registries, chosen by a drawn random generator. They reach what only a large
    corpus has: long posting lists, many statements on one day, many undated ones.
    """
    if not drawn:
        return []
    count = grow if grow is not None else (draw(st.integers(100, 400)) if thorough() else 0)
    if not count:
        return []
    rng = draw(st.randoms(use_true_random=False))
    out = []
    for k in range(count):
        base = rng.choice(drawn)
        when = rng.choice(drawn)
        speaker = rng.choice(actor_ids)
        out.append(
            attrs.evolve(
                base,
                id=f"s-grown-{k}",
                speaker_id=speaker,
                co_speakers=tuple(c for c in base.co_speakers if c != speaker),
                said_on=when.said_on,
                said_until=when.said_until,
                date_basis=when.date_basis,
                topics=frozenset(rng.sample(topic_ids, min(len(topic_ids), rng.randint(0, 2)))),
            )
        )
    return out


@st.composite
def corpora(
    draw: st.DrawFn,
    min_statements: int = 0,
    max_statements: int = 12,
    full: bool = False,
    grow: int | None = None,
) -> Corpus:
    """A whole valid corpus: small enough to check by brute force, or grown large.

    With ``full``, every table has records and every record type occurs (evidence of
    both kinds, milestones, roles, spans, conflicts). ``grow`` adds that many statements
    recombined from the drawn ones; by default the thorough profile adds 100 to 400 and
    the quick one none.
    """
    least = 1 if full else 0
    n_refs = draw(st.integers(least, 3))
    refs = draw(references([f"r{i}" for i in range(n_refs)]))

    # Actors: ids first, so articles can name publishers and authors.
    n_orgs = draw(st.integers(1, 3))
    n_people = draw(st.integers(1, 5))
    org_ids = [f"o{i}" for i in range(n_orgs)]
    person_ids = [f"p-{i}" for i in range(n_people)]
    group = draw(st.booleans())
    actor_ids = org_ids + person_ids + (["g0"] if group else [])

    n_articles = draw(st.integers(max(least, min(1, min_statements)), 3))
    titles = draw(_names(WORDS, n_articles, min_words=3))
    articles = []
    for i in range(n_articles):
        published = draw(st.none() | partial_dates())
        url = draw(
            st.none() | st.sampled_from(["https://example.org/news/1", "http://example.net/a?b=c"])
        )
        articles.append(
            Article(
                id=f"a-{i}",
                title=titles[i],
                body=draw(bodies()),
                source_file=f"{i:03d}_raw.txt",
                source_sha256=draw(st.text("0123456789abcdef", min_size=64, max_size=64)),
                url=url,
                url_checked_on=draw(st.dates()) if url is not None else None,
                published=published,
                published_time=draw(st.none() | times()),
                published_basis=draw(st.none() | free_text),
                publisher=_maybe(draw, org_ids),
                authors=tuple(_subset(draw, person_ids, 2)),
                kind=draw(st.sampled_from(ArticleKind)),
                language=draw(st.sampled_from(["en", "zh", "vi"])),
                reliability=Reliability(
                    level=draw(st.sampled_from(ReliabilityLevel)),
                    reasons=tuple(draw(st.lists(free_text, max_size=2))),
                ),
                notes=tuple(draw(st.lists(free_text, max_size=2))),
            )
        )

    # Organisations, with acronym aliases.
    org_names = draw(_names(ORG_WORDS, n_orgs))
    actors: list[Actor] = []
    for i, oid in enumerate(org_ids):
        acronym = "".join(w[0] for w in org_names[i].split())
        aliases = (acronym,) if draw(st.booleans()) else ()
        actors.append(
            Actor(
                id=oid,
                name=org_names[i],
                kind=draw(
                    st.sampled_from(
                        [
                            ActorKind.STATE,
                            ActorKind.INTERGOVERNMENTAL_ORGANISATION,
                            ActorKind.GOVERNMENT_BODY,
                            ActorKind.NEWS_OUTLET,
                            ActorKind.RESEARCH_INSTITUTE,
                            ActorKind.ORGANISATION,
                        ]
                    )
                ),
                aliases=aliases,
                description=draw(st.none() | free_text),
                **_wikidata(draw),
            )
        )
    # Acronym aliases must not collide once normalized; drop the ones that do.
    seen: set[str] = {fold(a.name) for a in actors}
    for i, actor in enumerate(actors):
        kept = tuple(a for a in actor.aliases if fold(a) not in seen)
        seen.update(fold(a) for a in kept)
        actors[i] = attrs.evolve(actor, aliases=kept)

    # People: names, a surname alias, roles. One office is shared over time.
    people_names = draw(_names(PERSON_WORDS, n_people))
    roles: dict[str, list[Role]] = {pid: [] for pid in person_ids}
    for pid in person_ids:
        for _ in range(draw(st.integers(0, 2))):
            start, end = draw(date_ranges())
            roles[pid].append(
                Role(
                    title=draw(st.sampled_from(TITLES)),
                    organisation=_maybe(draw, org_ids),
                    start=draw(st.none() | st.just(start)),
                    end=draw(st.none() | st.just(end)),
                    current=draw(st.booleans()),
                    evidence=_evidence_list(draw, articles, refs),
                )
            )
    # The shared office: successive terms, each ending where (or after) the next starts.
    holders = draw(st.lists(st.sampled_from(person_ids), min_size=1, max_size=4))
    bounds = sorted(
        draw(st.lists(partial_dates(CORE_YEARS), min_size=len(holders) + 1)),
        key=lambda d: (first_day(d), last_day(d)),
    )
    for k, pid in enumerate(holders):
        last_term = k == len(holders) - 1
        roles[pid].append(
            Role(
                title="Secretary-General",
                organisation=org_ids[0],
                start=bounds[k],
                end=None if last_term and draw(st.booleans()) else bounds[k + 1],
                current=last_term,
                evidence=_evidence_list(draw, articles, refs),
            )
        )
    for i, pid in enumerate(person_ids):
        surname = people_names[i].split()[-1]
        aliases = (surname,) if draw(st.booleans()) else ()
        if aliases and fold(aliases[0]) in seen:
            aliases = ()
        seen.add(fold(people_names[i]))
        seen.update(fold(a) for a in aliases)
        actors.append(
            Actor(
                id=pid,
                name=people_names[i],
                kind=ActorKind.PERSON,
                aliases=aliases,
                roles=tuple(draw(st.permutations(roles[pid]))),
                country=_maybe(draw, org_ids),
            )
        )
    if group:
        actors.append(
            Actor(id="g0", name="Analysts", kind=ActorKind.GROUP, description="unnamed analysts")
        )

    # Topics: a forest, often a deep chain.
    n_topics = draw(st.integers(least, 8))
    topic_labels = draw(_names(TOPIC_WORDS, n_topics, min_words=1))
    chain = draw(st.booleans())
    topics = []
    for i in range(n_topics):
        if i and chain:
            parent: str | None = f"t-{i - 1}"
        elif i:
            parent = draw(st.none() | st.sampled_from([f"t-{j}" for j in range(i)]))
        else:
            parent = None
        topics.append(
            Topic(id=f"t-{i}", label=topic_labels[i], parent=parent, description=draw(short_text))
        )
    topic_ids = [t.id for t in topics]

    # Agreements, with milestones whose evidence is either kind.
    n_agreements = draw(st.integers(least, 3))
    agreement_names = draw(_names(AGREEMENT_WORDS, n_agreements))
    agreements = []
    for i in range(n_agreements):
        milestones = []
        if full and i == 0:
            article = articles[0]
            span = draw(spans(article.body))
            for ev in (
                ReferenceEvidence(reference_id=refs[0].id),
                ArticleEvidence(article_id=article.id, span=span, text=span.slice(article.body)),
            ):
                milestones.append(Milestone(kind=MilestoneKind.SIGNED, evidence=ev))
        if articles or refs:
            for _ in range(draw(st.integers(0, 2))):
                milestones.append(
                    Milestone(
                        kind=draw(st.sampled_from(MilestoneKind)),
                        date=draw(st.none() | partial_dates()),
                        place=draw(st.none() | free_text),
                        expected=draw(st.booleans()),
                        evidence=draw(evidence(articles, refs)),
                        note=draw(st.none() | free_text),
                    )
                )
        alias = agreement_names[i].split()[0] + " " + "Deal"
        agreements.append(
            Agreement(
                id=f"ag-{i}",
                name=agreement_names[i],
                kind=draw(st.sampled_from(AgreementKind)),
                aliases=(alias,) if draw(st.booleans()) else (),
                parties=tuple(_subset(draw, actor_ids)),
                parent=_maybe(draw, [f"ag-{j}" for j in range(i)]),
                description=draw(st.none() | free_text),
                milestones=tuple(milestones),
            )
        )
    agreements = _drop_alias_clashes(agreements)
    agreement_ids = [a.id for a in agreements]

    # Events, some inside others.
    n_events = draw(st.integers(least, 3))
    event_names = draw(_names(EVENT_WORDS, n_events))
    events = []
    for i in range(n_events):
        start, end = draw(date_ranges())
        has_start = draw(st.booleans())
        events.append(
            Event(
                id=f"e-{i}",
                name=event_names[i],
                kind=draw(st.sampled_from(EventKind)),
                aliases=(f"{event_names[i]} Week",) if draw(st.booleans()) else (),
                start=start if has_start else None,
                end=end if has_start and draw(st.booleans()) else None,
                place=draw(st.none() | free_text),
                part_of=_maybe(draw, [f"e-{j}" for j in range(i)]),
                evidence=_evidence_list(draw, articles, refs),
            )
        )
    events = _drop_alias_clashes(events)
    event_ids = [e.id for e in events]

    # Statements.
    statements = []
    if articles:
        speakers = st.one_of(st.sampled_from(person_ids), st.sampled_from(actor_ids))
        low = max(least, min_statements)
        for i in range(draw(st.integers(low, max(low, max_statements)))):
            article = draw(st.sampled_from(articles))
            span = draw(spans(article.body))
            mention_span = draw(st.none() | spans(article.body))
            speaker = draw(speakers)
            others = [a for a in _subset(draw, actor_ids, 2) if a != speaker]
            inserted = draw(st.none() | spans(span.slice(article.body)))
            insertions = () if inserted is None else (_shifted(inserted, span.start),)
            said_on = draw(st.none() | partial_dates())
            said_until = None
            if said_on is not None and draw(st.booleans()):
                said_on, said_until = ordered_pair(said_on, draw(partial_dates()))
            basis = (
                DateBasis.UNKNOWN
                if said_on is None
                else draw(
                    st.sampled_from([DateBasis.STATED, DateBasis.EVENT, DateBasis.PUBLICATION])
                )
            )
            statements.append(
                Statement(
                    id=f"s{i}",
                    article_id=article.id,
                    speaker_id=speaker,
                    co_speakers=tuple(others),
                    text=span.slice(article.body),
                    span=span,
                    insertions=insertions,
                    attribution=draw(st.none() | st.sampled_from(Attribution)),
                    mode=draw(st.sampled_from(Mode)),
                    verbatim=draw(st.booleans()),
                    cue=draw(st.none() | free_text),
                    mention=None if mention_span is None else mention_span.slice(article.body),
                    mention_span=mention_span,
                    via=tuple(_subset(draw, actor_ids, 2)),
                    said_on=said_on,
                    said_until=said_until,
                    date_basis=basis,
                    date_evidence=draw(st.none() | short_text),
                    event_id=_maybe(draw, event_ids),
                    topics=frozenset(_subset(draw, topic_ids)),
                    agreements=frozenset(_subset(draw, agreement_ids)),
                    note=draw(st.none() | free_text),
                )
            )
        statements += _grown(draw, statements, actor_ids, topic_ids, grow)

    # Conflicts: a claim in one article against other evidence.
    conflicts = []
    if articles:
        subjects = agreement_ids + event_ids + actor_ids
        for i in range(draw(st.integers(least, 2))):
            article = draw(st.sampled_from(articles))
            span = draw(spans(article.body))
            conflicts.append(
                Conflict(
                    id=f"c{i}",
                    article_id=article.id,
                    span=span,
                    text=span.slice(article.body),
                    conflicts_with=_evidence_list(draw, articles, refs, 1, 2),
                    description=draw(short_text),
                    subjects=frozenset(_subset(draw, subjects)),
                )
            )

    return Corpus(
        articles=tuple(articles),
        statements=tuple(statements),
        actors=tuple(draw(st.permutations(actors))),
        agreements=tuple(agreements),
        topics=tuple(draw(st.permutations(topics))),
        events=tuple(events),
        references=tuple(refs),
        conflicts=tuple(conflicts),
    )


_Named = TypeVar("_Named", Agreement, Event)


def _drop_alias_clashes(records: list[_Named]) -> list[_Named]:
    """Keep an alias only when no other record of the table has that name or alias."""
    seen = {fold(r.name) for r in records}
    out = []
    for record in records:
        kept = tuple(a for a in record.aliases if fold(a) not in seen)
        seen.update(fold(a) for a in kept)
        out.append(attrs.evolve(record, aliases=kept))
    return out


# -- records of one type, for round trips ----------------------------------------------


def nested_records(corpus: Corpus) -> dict[type, list[Any]]:
    """Every record in ``corpus`` by type, nested ones (spans, roles, evidence) included."""
    out: dict[type, list[Any]] = {}

    def add(record: object) -> None:
        out.setdefault(type(record), []).append(record)

    for table in attrs.fields(Corpus):
        if table.name.startswith("_"):
            continue
        for record in getattr(corpus, table.name):
            add(record)
    for article in corpus.articles:
        add(article.reliability)
    for actor in corpus.actors:
        for role in actor.roles:
            add(role)
            for ev in role.evidence:
                add(ev)
    for agreement in corpus.agreements:
        for milestone in agreement.milestones:
            add(milestone)
            add(milestone.evidence)
    for event in corpus.events:
        for ev in event.evidence:
            add(ev)
    for statement in corpus.statements:
        add(statement.span)
    for conflict in corpus.conflicts:
        for ev in conflict.conflicts_with:
            add(ev)
    return out


RECORD_TYPES: tuple[type, ...] = (
    Article,
    Statement,
    Actor,
    Agreement,
    Topic,
    Event,
    Reference,
    Conflict,
    Span,
    Reliability,
    Role,
    Milestone,
    ArticleEvidence,
    ReferenceEvidence,
)


def records_of(cls: type[T]) -> st.SearchStrategy[T]:
    """Records of type ``cls`` taken from generated corpora that have every type."""
    return corpora(full=True).flatmap(lambda c: st.sampled_from(nested_records(c)[cls]))


# -- queries ---------------------------------------------------------------------------


@attrs.frozen
class Bound:
    """A query date bound as passed to ``find_statements``, and the date it means."""

    value: object
    means: PartialDate


@attrs.frozen
class Query:
    """Keyword arguments for ``find_statements``; date bounds keep what they mean."""

    kwargs: dict[str, Any] = attrs.field(hash=False)
    since: Bound | None = None
    until: Bound | None = None

    def arguments(self) -> dict[str, Any]:
        """The arguments as passed to ``find_statements``."""
        out = dict(self.kwargs)
        if self.since is not None:
            out["since"] = self.since.value
        if self.until is not None:
            out["until"] = self.until.value
        return out


@st.composite
def bounds(draw: st.DrawFn) -> Bound:
    """A date bound in any accepted form: date, datetime, PartialDate, ISO or free text."""
    means = draw(partial_dates())
    forms: list[object] = [means, iso(means)]
    if means.day is not None:
        day = first_day(means)
        forms += [day, dt.datetime(day.year, day.month, day.day, 13, 45)]
    if means.year >= 1000 and means.month is not None:
        month = calendar.month_name[means.month]
        abbr = calendar.month_abbr[means.month]
        if means.day is None:
            forms += [f"{month} {means.year}", f"{abbr} {means.year}"]
        else:
            forms += [f"{means.day} {month} {means.year}", f"{abbr} {means.day}, {means.year}"]
    return Bound(draw(st.sampled_from(forms)), means)


def _one_or_many(one: st.SearchStrategy[T]) -> st.SearchStrategy[object]:
    """One value, or a non-empty list or tuple of them."""
    return st.one_of(
        one,
        st.lists(one, min_size=1, max_size=3),
        st.lists(one, min_size=1, max_size=2).map(tuple),
    )


def office_names(corpus: Corpus) -> list[str]:
    """Names under which the dated offices of ``corpus`` can be asked for."""
    orgs = {a.id: a for a in corpus.actors}
    out = []
    for actor in corpus.actors:
        for role in actor.roles:
            org = orgs.get(role.organisation or "")
            if org is None:
                continue
            for org_name in (org.name, *org.aliases):
                out += [
                    f"{org_name} {role.title}",
                    f"{role.title} of {org_name}",
                    f"{role.title} of the {org_name}",
                ]
    return out


def _named(
    records: Sequence[Any], names: Callable[[Any], Sequence[str]]
) -> st.SearchStrategy[object]:
    """A record, its id, or one of its names as a user might type it."""
    record = st.sampled_from(records)
    return st.one_of(
        record,
        record.map(lambda r: r.id),
        record.map(lambda r: r.id).flatmap(typed_names),
        record.flatmap(lambda r: st.sampled_from(names(r)).flatmap(typed_names)),
    )


#: Predicates for ``where``, named so failures print readably.
def is_verbatim(s: Statement) -> bool:
    """The statement is the speaker's own words."""
    return s.verbatim


def starts_even(s: Statement) -> bool:
    """The statement starts at an even offset."""
    return s.span.start % 2 == 0


@st.composite
def texts(draw: st.DrawFn, corpus: Corpus) -> str | re.Pattern[str]:
    """A text filter: a piece of some statement in any case, other text, or a regex."""
    pieces = [s.text for s in corpus.statements if s.text]
    choices: list[st.SearchStrategy[str]] = [st.text(min_size=1, max_size=3)]
    if pieces:
        piece = st.sampled_from(pieces).flatmap(
            lambda t: st.tuples(st.integers(0, len(t) - 1), st.integers(1, 8)).map(
                lambda p: t[p[0] : p[0] + p[1]]
            )
        )
        choices += [piece.flatmap(case_variant).filter(bool)] * 3
    needle = draw(st.one_of(*choices))
    if draw(st.booleans()):
        flags = draw(st.sampled_from([0, re.IGNORECASE]))
        return re.compile(re.escape(needle), flags)
    return needle


@st.composite
def words(draw: st.DrawFn, corpus: Corpus) -> str | list[str]:
    """A words filter: one or more words of some statement in any case (whole, cut
    short, or a run of them), or other text."""
    pieces = [w for s in corpus.statements for w in s.text.split()]
    choices: list[st.SearchStrategy[str]] = [st.text(min_size=1, max_size=4)]
    if pieces:
        word = st.sampled_from(pieces)
        choices += [word.flatmap(case_variant)] * 2
        choices += [word.filter(lambda w: len(w) > 1).map(lambda w: w[1:])]
        texts = [s.text for s in corpus.statements if len(s.text.split()) > 1]
        if texts:
            run = st.sampled_from(texts).flatmap(
                lambda t: st.integers(0, len(t.split()) - 2).map(
                    lambda i: " ".join(t.split()[i : i + 2])
                )
            )
            choices.append(run)
    # a phrase holds a letter, a digit or an underscore (words= refuses "-" or "'")
    one = st.one_of(*choices).filter(lambda w: re.search(r"\w", w) is not None and "\0" not in w)
    if draw(st.booleans()):
        return draw(one)
    return draw(st.lists(one, min_size=1, max_size=3))


@st.composite
def speakers(draw: st.DrawFn, corpus: Corpus) -> object:
    """A speaker filter: any actor, an actor who speaks, or an office (by any name)."""
    speaking = [a for a in corpus.actors if any(s.speaker_id == a.id for s in corpus.statements)]
    offices = office_names(corpus)
    kinds = ["actor"] + ["speaking"] * bool(speaking) + ["office"] * bool(offices)
    kind = draw(st.sampled_from(kinds))
    if kind == "office":
        return draw(st.sampled_from(offices).flatmap(typed_names))
    actors = speaking if kind == "speaking" else corpus.actors
    return draw(_named(actors, lambda a: (a.name, *a.aliases)))


@st.composite
def queries(draw: st.DrawFn, corpus: Corpus) -> Query:
    """Valid arguments for ``corpus.find_statements``: any mix of the filters."""
    kwargs: dict[str, Any] = {}
    if corpus.actors and draw(st.integers(0, 2)) == 0:
        kwargs["speaker"] = draw(_one_or_many(speakers(corpus)))
    if corpus.topics and draw(st.integers(0, 2)) == 0:
        kwargs["topic"] = draw(_one_or_many(_named(corpus.topics, lambda t: (t.label,))))
    if corpus.articles and draw(st.integers(0, 3)) == 0:
        kwargs["article"] = draw(_one_or_many(_named(corpus.articles, lambda a: (a.title,))))
    if corpus.agreements and draw(st.integers(0, 3)) == 0:
        kwargs["agreement"] = draw(
            _one_or_many(_named(corpus.agreements, lambda a: (a.name, *a.aliases)))
        )
    if corpus.events and draw(st.integers(0, 3)) == 0:
        kwargs["event"] = draw(_one_or_many(_named(corpus.events, lambda e: (e.name, *e.aliases))))
    if draw(st.integers(0, 3)) == 0:
        kwargs["text"] = draw(texts(corpus))
    if draw(st.integers(0, 3)) == 0:
        kwargs["words"] = draw(words(corpus))
    if draw(st.integers(0, 3)) == 0:
        mode = st.sampled_from(Mode)
        kwargs["mode"] = draw(_one_or_many(st.one_of(mode, mode.map(lambda m: m.value))))
    if draw(st.integers(0, 4)) == 0:
        kwargs["where"] = draw(st.sampled_from([is_verbatim, starts_even]))
    if draw(st.integers(0, 4)) == 0:
        kind = st.sampled_from(ActorKind)
        kwargs["speaker_kind"] = draw(_one_or_many(st.one_of(kind, kind.map(lambda k: k.value))))
    if corpus.actors and draw(st.integers(0, 4)) == 0:
        kwargs["affiliation"] = draw(
            _one_or_many(
                st.one_of(
                    _named(corpus.actors, lambda a: (a.name, *a.aliases)),
                    st.sampled_from(ActorKind),
                )
            )
        )
    if draw(st.integers(0, 4)) == 0:
        kwargs["any_of"] = draw(st.lists(_alternatives(corpus), min_size=1, max_size=3))
    kwargs["include_undated"] = draw(st.booleans())
    since = draw(st.one_of(st.none(), st.none(), bounds()))
    until = draw(st.one_of(st.none(), st.none(), bounds()))
    return Query(kwargs=kwargs, since=since, until=until)


def _alternatives(corpus: Corpus) -> st.SearchStrategy[dict[str, Any]]:
    """One filter set of an ``any_of``: a topic, an agreement, a mode or a speaker kind."""
    options: list[st.SearchStrategy[dict[str, Any]]] = [
        st.sampled_from(Mode).map(lambda m: {"mode": m}),
        st.sampled_from(ActorKind).map(lambda k: {"speaker_kind": k}),
    ]
    if corpus.topics:
        options.append(_named(corpus.topics, lambda t: (t.label,)).map(lambda t: {"topic": t}))
    if corpus.agreements:
        agreements = _named(corpus.agreements, lambda a: (a.name, *a.aliases))
        options.append(agreements.map(lambda a: {"agreement": a}))
    return st.one_of(options)


def corpora_and_queries() -> st.SearchStrategy[tuple[Corpus, Query]]:
    """A corpus and a query on it."""
    return corpora(min_statements=3).flatmap(lambda c: st.tuples(st.just(c), queries(c)))
