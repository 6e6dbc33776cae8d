"""Integrity rules of a corpus: unique ids, resolvable references, spans that match."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING

from .model import (
    ArticleEvidence,
    DateBasis,
    Evidence,
    ReferenceEvidence,
    Span,
    Statement,
)

if TYPE_CHECKING:
    from .corpus import Corpus


def _check_ids(table: str, records: Iterable[object], problems: list[str]) -> dict[str, int]:
    seen: dict[str, int] = {}
    for i, record in enumerate(records):
        rid = getattr(record, "id", None)
        if not isinstance(rid, str) or not rid:
            problems.append(f"$.{table}[{i}].id: must be a non-empty string, got {rid!r}")
            continue
        if rid in seen:
            problems.append(
                f"$.{table}[{i}].id: duplicate id {rid!r} (first at $.{table}[{seen[rid]}])"
            )
        else:
            seen[rid] = i
    return seen


def _check_span(path: str, span: Span, text: str | None, body: str, problems: list[str]) -> None:
    if not (0 <= span.start <= span.end <= len(body)):
        problems.append(
            f"{path}.span: [{span.start}, {span.end}) lies outside the article body "
            f"(length {len(body)})"
        )
        return
    if text is not None and body[span.start : span.end] != text:
        found = body[span.start : span.end]
        problems.append(
            f"{path}.span: body[{span.start}:{span.end}] is {_short(found)}, "
            f"not the recorded text {_short(text)}"
        )


def _short(text: str, limit: int = 60) -> str:
    return repr(text if len(text) <= limit else text[: limit - 3] + "...")


class _Checker:
    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        self.problems: list[str] = []
        p = self.problems
        self.articles = {a.id: a for a in corpus.articles}
        self.article_ids = _check_ids("articles", corpus.articles, p)
        self.actor_ids = _check_ids("actors", corpus.actors, p)
        self.topic_ids = _check_ids("topics", corpus.topics, p)
        self.agreement_ids = _check_ids("agreements", corpus.agreements, p)
        self.event_ids = _check_ids("events", corpus.events, p)
        self.reference_ids = _check_ids("references", corpus.references, p)
        self.trusted = _checked.get() is corpus.statements
        if not self.trusted:
            _check_ids("statements", corpus.statements, p)
        self.conflict_ids = _check_ids("conflicts", corpus.conflicts, p)

    def ref(self, path: str, kind: str, value: str | None, ids: Mapping[str, int]) -> None:
        if value is not None and value not in ids:
            self.problems.append(f"{path}: unknown {kind} {value!r}")

    def refs(self, path: str, kind: str, values: Iterable[str], ids: Mapping[str, int]) -> None:
        for value in sorted(values):
            if value not in ids:
                self.problems.append(f"{path}: unknown {kind} {value!r}")

    def evidence(self, path: str, evidence: Evidence) -> None:
        if isinstance(evidence, ReferenceEvidence):
            self.ref(f"{path}.reference_id", "reference", evidence.reference_id, self.reference_ids)
            return
        if isinstance(evidence, ArticleEvidence):
            article = self.articles.get(evidence.article_id)
            if article is None:
                self.ref(f"{path}.article_id", "article", evidence.article_id, self.article_ids)
            else:
                _check_span(path, evidence.span, evidence.text, article.body, self.problems)
            return
        self.problems.append(f"{path}: not evidence: {evidence!r}")

    def run(self) -> list[str]:
        c = self.corpus
        p = self.problems
        for i, article in enumerate(c.articles):
            path = f"$.articles[{i}]"
            self.ref(f"{path}.publisher", "actor", article.publisher, self.actor_ids)
            self.refs(f"{path}.authors", "actor", article.authors, self.actor_ids)
        for i, actor in enumerate(c.actors):
            path = f"$.actors[{i}]"
            self.ref(f"{path}.country", "actor", actor.country, self.actor_ids)
            for j, role in enumerate(actor.roles):
                rpath = f"{path}.roles[{j}]"
                self.ref(f"{rpath}.organisation", "actor", role.organisation, self.actor_ids)
                if role.start and role.end and role.end.latest < role.start.earliest:
                    p.append(f"{rpath}.end: {role.end} is before start {role.start}")
                for k, ev in enumerate(role.evidence):
                    self.evidence(f"{rpath}.evidence[{k}]", ev)
        self._topics()
        for i, agreement in enumerate(c.agreements):
            path = f"$.agreements[{i}]"
            self.refs(f"{path}.parties", "actor", agreement.parties, self.actor_ids)
            self.ref(f"{path}.parent", "agreement", agreement.parent, self.agreement_ids)
            for j, milestone in enumerate(agreement.milestones):
                self.evidence(f"{path}.milestones[{j}].evidence", milestone.evidence)
        for i, event in enumerate(c.events):
            path = f"$.events[{i}]"
            self.ref(f"{path}.part_of", "event", event.part_of, self.event_ids)
            if event.start and event.end and event.end.latest < event.start.earliest:
                p.append(f"{path}.end: {event.end} is before start {event.start}")
            if event.end and not event.start:
                p.append(f"{path}.end: an end date needs a start date")
            for k, ev in enumerate(event.evidence):
                self.evidence(f"{path}.evidence[{k}]", ev)
        if not self.trusted:
            self._statements()
        subjects = {**self.agreement_ids, **self.event_ids, **self.actor_ids}
        for i, conflict in enumerate(c.conflicts):
            path = f"$.conflicts[{i}]"
            claimed = self.articles.get(conflict.article_id)
            if claimed is None:
                self.ref(f"{path}.article_id", "article", conflict.article_id, self.article_ids)
            else:
                _check_span(path, conflict.span, conflict.text, claimed.body, p)
            if not conflict.conflicts_with:
                p.append(f"{path}.conflicts_with: a conflict needs at least one piece of evidence")
            for k, ev in enumerate(conflict.conflicts_with):
                self.evidence(f"{path}.conflicts_with[{k}]", ev)
            self.refs(f"{path}.subjects", "agreement, event or actor", conflict.subjects, subjects)
        return p

    def _topics(self) -> None:
        parents = {t.id: t.parent for t in self.corpus.topics}
        for i, topic in enumerate(self.corpus.topics):
            path = f"$.topics[{i}].parent"
            self.ref(path, "topic", topic.parent, self.topic_ids)
            seen = {topic.id}
            current = topic.parent
            while current is not None and current in parents:
                if current in seen:
                    self.problems.append(f"{path}: topic {topic.id!r} is its own ancestor")
                    break
                seen.add(current)
                current = parents[current]

    def _statements(self) -> None:
        """Check every statement: a quick test of each, the full report only on failure.

        The quick test fails whenever :meth:`_statement` would report a problem, so
        the report is the same; a valid corpus of a million statements costs one pass
        of cheap comparisons instead of building a path string per field.
        """
        articles = self.articles
        actors = self.actor_ids
        events = self.event_ids
        topics = frozenset(self.topic_ids)
        agreements = frozenset(self.agreement_ids)
        unknown = DateBasis.UNKNOWN
        for i, s in enumerate(self.corpus.statements):
            article = articles.get(s.article_id)
            if article is None:
                self._statement(i, s)
                continue
            body = article.body
            span = s.span
            mention = s.mention_span
            said = s.said_on
            until = s.said_until
            if (
                not (0 <= span.start <= span.end <= len(body))
                or body[span.start : span.end] != s.text
                or s.speaker_id not in actors
                or (mention is None) != (s.mention is None)
                or (
                    mention is not None
                    and not (
                        0 <= mention.start <= mention.end <= len(body)
                        and body[mention.start : mention.end] == s.mention
                    )
                )
                or (s.via and not all(v in actors for v in s.via))
                or (s.event_id is not None and s.event_id not in events)
                or not topics.issuperset(s.topics)
                or not agreements.issuperset(s.agreements)
                or (said is None) != (s.date_basis is unknown)
                or (until is not None and (said is None or until.latest < said.earliest))
            ):
                self._statement(i, s)

    def _statement(self, i: int, s: Statement) -> None:
        p = self.problems
        path = f"$.statements[{i}]"
        article = self.articles.get(s.article_id)
        if article is None:
            self.ref(f"{path}.article_id", "article", s.article_id, self.article_ids)
        else:
            _check_span(path, s.span, s.text, article.body, p)
            if s.mention_span is not None:
                _check_span(f"{path}.mention", s.mention_span, s.mention, article.body, p)
        if (s.mention is None) != (s.mention_span is None):
            p.append(f"{path}.mention_span: mention and mention_span go together")
        self.ref(f"{path}.speaker_id", "actor", s.speaker_id, self.actor_ids)
        for k, actor in enumerate(s.via):
            self.ref(f"{path}.via[{k}]", "actor", actor, self.actor_ids)
        self.ref(f"{path}.event_id", "event", s.event_id, self.event_ids)
        self.refs(f"{path}.topics", "topic", s.topics, self.topic_ids)
        self.refs(f"{path}.agreements", "agreement", s.agreements, self.agreement_ids)
        if s.said_on is None:
            if s.date_basis is not DateBasis.UNKNOWN:
                p.append(f"{path}.date_basis: {s.date_basis.value!r} but said_on is missing")
            if s.said_until is not None:
                p.append(f"{path}.said_until: given without said_on")
        else:
            if s.date_basis is DateBasis.UNKNOWN:
                p.append(f"{path}.date_basis: 'unknown' but said_on is {s.said_on}")
            if s.said_until is not None and s.said_until.latest < s.said_on.earliest:
                p.append(f"{path}.said_until: {s.said_until} is before said_on {s.said_on}")


_checked: ContextVar[tuple[Statement, ...] | None] = ContextVar(
    "asean_corpus_checked_statements", default=None
)


@contextmanager
def statements_checked(statements: tuple[Statement, ...] | None) -> Iterator[None]:
    """Within the block, a corpus holding this very tuple skips the per-statement checks.

    For a loader that has run checks equivalent to :meth:`_Checker._statements` and to
    the statement id checks on the columns it built the statements from, and found
    nothing. Only the identical tuple object is trusted (``None`` trusts nothing);
    every other check still runs.
    """
    token = _checked.set(statements)
    try:
        yield
    finally:
        _checked.reset(token)


def find_problems(corpus: Corpus) -> list[str]:
    """Every integrity problem of ``corpus``, each prefixed with its JSON path."""
    return _Checker(corpus).run()
