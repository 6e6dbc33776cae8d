"""How downstream code type-checks against the public API.

``mypy --strict`` checks this file (``typing_tests`` is in the mypy ``files``); it is
never run. Each ``assert_type`` pins the type a user gets back; each
``# type: ignore[...]`` line is a mistake the types must catch, and ``mypy --strict``
(with ``warn_unused_ignores``) fails if one of them stops being an error.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import assert_type

import asean_corpus as ac
from asean_corpus import (
    Actor,
    Agreement,
    Article,
    ArticleEvidence,
    Corpus,
    CorpusError,
    Event,
    Evidence,
    InvalidCorpusError,
    InvalidDateError,
    InvalidQueryError,
    Mode,
    PartialDate,
    Precision,
    Reference,
    ReferenceEvidence,
    Role,
    Span,
    Statement,
    Topic,
    UnknownActorError,
    UnknownRecordError,
)

# -- loading -----------------------------------------------------------------------------

corpus = ac.load()
assert_type(corpus, Corpus)
assert_type(ac.load("my-corpus.json"), Corpus)
assert_type(ac.load(Path("my-corpus.json")), Corpus)
assert_type(ac.build("seeds", Path("annotations")), Corpus)
assert_type(ac.build("texts", "annotations", base=ac.load()), Corpus)
assert_type(ac.build("texts", "annotations", base=corpus, on_conflict="replace"), Corpus)
assert_type(ac.build(Path("texts"), Path("annotations"), base=None, on_conflict="keep"), Corpus)
ac.build("texts", "annotations", base="bundled")  # type: ignore[arg-type]
ac.build("texts", "annotations", base=ac.load(), on_conflict="merge")  # type: ignore[arg-type]
ac.build("texts", "annotations", ac.load())  # type: ignore[call-arg]
assert_type(ac.FORMAT_VERSION, int)
corpus.save(Path("out.json"))
corpus.save("out.json")

# -- queries: every filter, in each form it takes ----------------------------------------

found = corpus.find_statements(speaker="Kao Kim Hourn")
assert_type(found, ac.StatementResults)
assert_type(ac.find_statements(topic="tourism"), ac.StatementResults)
as_tuple: tuple[Statement, ...] = found  # results are tuples of statements
assert_type(found[0], Statement)
assert_type(found[1:3], ac.StatementResults)
assert_type(found.head(3), ac.StatementResults)
assert_type(found + found.head(1), ac.StatementResults)
assert_type(found + tuple(found), tuple[Statement, ...])
assert_type(found + (1,), tuple[Statement | int, ...])  # noqa: RUF005 - concatenation is typed
assert_type(found.corpus, Corpus)
assert_type(found.count_by("month"), dict[str | None, int])
key: ac.CountKey = "speaker"
found.count_by(key)
found.count_by("colour")  # type: ignore[arg-type]


def write_results(results: ac.StatementResults, path: str) -> None:
    """Not called: checks the types of writing a query's statements."""
    results.write_csv(path)
    results.write_jsonl(path)
    results.write_csv(42)  # type: ignore[arg-type]


speaker_record: Actor = corpus.actor("Kao Kim Hourn")
topic_record: Topic = corpus.topic("tourism")
article_record: Article = corpus.articles[0]
agreement_record: Agreement = corpus.agreements[0]
event_record: Event = corpus.events[0]

corpus.find_statements(speaker=speaker_record)
corpus.find_statements(speaker=["Kao Kim Hourn", speaker_record, "ASEAN Secretary-General"])
corpus.find_statements(speaker=("kao-kim-hourn",))
corpus.find_statements(topic=topic_record)
corpus.find_statements(topic=["tourism", topic_record])
corpus.find_statements(article="a001")
corpus.find_statements(article=[article_record, "a002"])
corpus.find_statements(agreement="ACFTA 3.0")
corpus.find_statements(agreement=agreement_record)
corpus.find_statements(event=event_record)
corpus.find_statements(event=["summit"])
corpus.find_statements(since="2025", until="June 2025")
corpus.find_statements(since=dt.date(2025, 6, 1), until=dt.datetime(2025, 6, 30, 12, 0))
corpus.find_statements(since=PartialDate(2025, 6), until=PartialDate.parse("2025-12"))
corpus.find_statements(text="supply chains")
corpus.find_statements(text=re.compile(r"supply\s+chains?", re.IGNORECASE))
corpus.find_statements(mode=Mode.DIRECT_QUOTE)
corpus.find_statements(mode=["direct_quote", Mode.REPORTED])
corpus.find_statements(where=lambda s: s.verbatim and len(s.text) > 20)
corpus.find_statements(include_undated=True, since="2025")
corpus.find_statements(speaker_kind=ac.ActorKind.RESEARCH_INSTITUTE)
corpus.find_statements(speaker_kind=["news_outlet", ac.ActorKind.STATE])
corpus.find_statements(affiliation="ISEAS")
corpus.find_statements(affiliation=[speaker_record, ac.ActorKind.RESEARCH_INSTITUTE, "China"])
corpus.find_statements(any_of=[{"topic": "trade"}, {"agreement": agreement_record}])
corpus.find_statements(any_of=[{"any_of": [{"speaker": "Kao Kim Hourn"}]}], since="2025")


def is_long(statement: Statement) -> bool:
    return len(statement.text) > 100


corpus.find_statements(where=is_long)

# Mistakes the types catch.
corpus.find_statements(speaker=5)  # type: ignore[arg-type]
corpus.find_statements(since=2025)  # type: ignore[arg-type]
corpus.find_statements(text=re.compile(b"bytes"))  # type: ignore[arg-type]
corpus.find_statements(mode=1)  # type: ignore[arg-type]
corpus.find_statements(where=lambda s: s.nothing)  # type: ignore[attr-defined]
corpus.find_statements("Kao Kim Hourn")  # type: ignore[call-arg]
corpus.find_statements(speaker_kind=3)  # type: ignore[arg-type]
corpus.find_statements(any_of=[{"topik": "trade"}])  # type: ignore[typeddict-unknown-key]
corpus.find_statements(any_of={"topic": "trade"})  # type: ignore[arg-type]

# -- lookups: get_* may miss (Optional), the strict form raises ------------------------------

assert_type(corpus.get_actor("Kao Kim Hourn"), Actor | None)
assert_type(corpus.get_topic("tourism"), Topic | None)
assert_type(corpus.get_article("a001"), Article | None)
assert_type(corpus.get_agreement("ACFTA"), Agreement | None)
assert_type(corpus.get_event("summit"), Event | None)
assert_type(corpus.get_statement("a001-s01"), Statement | None)
assert_type(corpus.get_reference("ref"), Reference | None)
assert_type(corpus.actor("Kao Kim Hourn"), Actor)
assert_type(corpus.topic("tourism"), Topic)
assert_type(corpus.article("a001"), Article)
assert_type(corpus.agreement("ACFTA"), Agreement)
assert_type(corpus.event("summit"), Event)
assert_type(corpus.statement("a001-s01"), Statement)
assert_type(corpus.reference("ref"), Reference)
assert_type(corpus.subtopics("economy"), tuple[Topic, ...])
assert_type(corpus.holders("ASEAN Secretary-General"), tuple[tuple[Actor, Role], ...])

# -- navigation, milestones and citations --------------------------------------------------

view = corpus.view(found[0])
assert_type(view, ac.StatementView)
assert_type(view.speaker, Actor)
assert_type(view.speakers, tuple[Actor, ...])
assert_type(view.article, Article)
assert_type(view.event, Event | None)
assert_type(view.agreements, tuple[Agreement, ...])
assert_type(view.topics, tuple[Topic, ...])
assert_type(corpus.view("a001-s01").statement, Statement)

steps = corpus.find_milestones(agreement="ACFTA 3.0", kind="signed", expected=False)
assert_type(steps, tuple[tuple[Agreement, ac.Milestone], ...])
corpus.find_milestones(kind=[ac.MilestoneKind.SIGNED, "launched"], evidence="reference")
corpus.find_milestones(since="2020", until=dt.date(2025, 12, 31))
corpus.find_milestones(evidence="book")  # type: ignore[arg-type]
corpus.find_milestones(expected="no")  # type: ignore[arg-type]
corpus.find_milestones(foo=1)  # type: ignore[arg-type]

assert_type(ac.cite(found[0]), str)
assert_type(ac.cite("a001", style="bibtex", corpus=corpus), str)
assert_type(corpus.cite(corpus.articles[0], "csl-json"), str)
style: ac.CitationStyle = "chicago"
corpus.cite("a001-s01", style)
ac.cite("a001-s01", style="mla")  # type: ignore[arg-type]
assert_type(ac.cite(["a001-s01", corpus.articles[0]], "bibtex"), str)
assert_type(found.cite("csl-json"), str)
assert_type(corpus.cite(found), str)
found.cite("mla")  # type: ignore[arg-type]
ac.cite([1])  # type: ignore[list-item]
assert_type(ac.loads("{}"), Corpus)

maybe = corpus.get_actor("Nobody")
unchecked: str = maybe.name  # type: ignore[union-attr]
if maybe is not None:
    assert_type(maybe.name, str)

# -- records -----------------------------------------------------------------------------

statement = found[0]
assert_type(statement.id, str)
assert_type(statement.text, str)
assert_type(statement.span, Span)
assert_type(statement.span.start, int)
assert_type(statement.mode, Mode)
assert_type(statement.verbatim, bool)
assert_type(statement.said_on, PartialDate | None)
assert_type(statement.said_until, PartialDate | None)
assert_type(statement.earliest, dt.date | None)
assert_type(statement.latest, dt.date | None)
assert_type(statement.topics, frozenset[str])
assert_type(statement.via, tuple[str, ...])
assert_type(statement.event_id, str | None)
statement.text = "changed"  # type: ignore[misc]

actor = corpus.actor(statement.speaker_id)
assert_type(actor.roles, tuple[Role, ...])
for role in actor.roles:
    assert_type(role.start, PartialDate | None)
    assert_type(role.organisation, str | None)

for agreement in corpus.agreements:
    for milestone in agreement.milestones:
        evidence = milestone.evidence
        assert_type(evidence, ArticleEvidence | ReferenceEvidence)
        if isinstance(evidence, ArticleEvidence):
            assert_type(evidence.span, Span)
        else:
            assert_type(evidence.reference_id, str)

evidence_list: tuple[Evidence, ...] = corpus.conflicts[0].conflicts_with
assert_type(corpus.articles[0].published, PartialDate | None)
assert_type(corpus.articles[0].published_time, dt.time | None)
assert_type(corpus.references[0].checked_on, dt.date)

# -- dates -------------------------------------------------------------------------------

date = PartialDate.parse("2025-06")
assert_type(date, PartialDate)
assert_type(date.precision, Precision)
assert_type(date.earliest, dt.date)
assert_type(date.latest, dt.date)
assert_type(date.contains(dt.date(2025, 6, 19)), bool)
assert_type(date < PartialDate(2025, 7), bool)
assert_type(ac.parse_date("June 2025"), PartialDate)
assert_type(PartialDate.from_date(dt.date.today()), PartialDate)
assert_type(sorted([PartialDate(2025), date]), list[PartialDate])
PartialDate("2025")  # type: ignore[arg-type]

# -- reading a statement in context, and passing filters on ---------------------------

context = corpus.context("a003-s08", chars=80)
assert_type(context, ac.Context)
assert_type(context.highlight("<<", ">>"), str)
assert_type(context.statement, ac.Statement)
corpus.context("a003-s08", chars="80")  # type: ignore[arg-type]


def statements_by(speakers: list[ac.ActorQuery], topic: ac.TopicQuery) -> int:
    return len(corpus.find_statements(speaker=speakers, topic=topic))


statements_by(["Kao Kim Hourn", corpus.actor("kao-kim-hourn")], "tourism")
statements_by([3], "tourism")  # type: ignore[list-item]


def think_tanks(kind: ac.ActorKindQuery, around: ac.AffiliationQuery) -> ac.StatementResults:
    return corpus.find_statements(speaker_kind=kind, affiliation=around)


think_tanks("research_institute", ac.ActorKind.STATE)
think_tanks(ac.ActorKind.PERSON, corpus.actor("ISEAS"))
think_tanks(3, "China")  # type: ignore[arg-type]


def signed(kind: ac.MilestoneKindQuery, evidence: ac.EvidenceQuery) -> int:
    return len(corpus.find_milestones(kind=kind, evidence=evidence))


signed("signed", "reference")
signed(ac.MilestoneKind.LAUNCHED, "article")
signed("signed", "rumour")  # type: ignore[arg-type]
either: list[ac.StatementFilters] = [{"topic": "trade"}, {"agreement": "RCEP"}]
corpus.find_statements(any_of=either)

# -- errors ------------------------------------------------------------------------------

try:
    corpus.actor("Kao Kim Horn")
except UnknownActorError as exc:
    assert_type(exc.suggestions, tuple[str, ...])
    assert_type(exc.query, object)

try:
    ac.load("broken.json")
except InvalidCorpusError as exc:
    assert_type(exc.problems, tuple[str, ...])
    assert_type(exc.source, str | None)

lookup: type[LookupError] = UnknownRecordError
value_errors: tuple[type[ValueError], ...] = (
    InvalidDateError,
    InvalidQueryError,
    InvalidCorpusError,
)
corpus_errors: tuple[type[CorpusError], ...] = (UnknownActorError, InvalidDateError)

# -- joint speakers, attribution, problems and diffs -------------------------------------

joint = corpus.find_statements(
    speaker="People's Daily", attribution=["named", ac.Attribution.OFFICE]
)
assert_type(joint[0].speakers, tuple[str, ...])
assert_type(joint[0].co_speakers, tuple[str, ...])
assert_type(joint[0].attribution, ac.Attribution | None)
corpus.find_statements(attribution=3)  # type: ignore[arg-type]
strong_only: ac.ReliabilityQuery = ac.ReliabilityLevel.HIGH
corpus.find_statements(reliability=[strong_only, "medium"])
corpus.find_statements(reliability=2)  # type: ignore[arg-type]
corpus.find_statements(words="RCEP")
corpus.find_statements(words=("RCEP", "digital economy"))
corpus.find_statements(words=re.compile("RCEP"))  # type: ignore[arg-type]
corpus.find_statements(speakr="Kao")  # type: ignore[call-arg]

try:
    ac.load("broken.json")
except InvalidCorpusError as exc:
    assert_type(exc.details, tuple[ac.Problem, ...])
    assert_type(exc.details[0].record_id, str | None)

changes = ac.diff(corpus, corpus)
assert_type(changes, ac.CorpusDiff)
became = changes.of("a004-s03")
if became is not None:
    assert_type(became.kind, ac.ChangeKind)
    assert_type(became.fields, tuple[ac.FieldChange, ...])
assert_type(ac.DATA_VERSION, str)
