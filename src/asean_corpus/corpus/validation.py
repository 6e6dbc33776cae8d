"""The integrity rules of a corpus, each written once, found as :class:`Problem` values.

Every path that makes a corpus (the constructor, and through it JSON, Parquet and the
annotation builder) runs these rules, and reports every problem at once:

- each table holds records of its type;
- ids are non-empty strings, unique within their table;
- every reference resolves: the fields that hold ids say which tables they refer to
  (:func:`~asean_corpus.model._fields.refers`), at any depth (a role's organisation,
  the article of a piece of evidence);
- every span lies inside its article's body and covers exactly the recorded text (the
  span fields say which text, :func:`~asean_corpus.model._fields.span_of`);
- the rules of single record types: date ranges run forwards, a statement's date and
  its basis agree, a mention comes with its span, a conflict has evidence, and the
  topic hierarchy has no cycle.
"""

from __future__ import annotations

import typing
from collections.abc import Callable, Sequence
from operator import attrgetter
from typing import TYPE_CHECKING, Any

import attrs

from ..exceptions import Problem
from ..model import (
    Actor,
    Article,
    Conflict,
    DateBasis,
    Event,
    PartialDate,
    Role,
    Span,
    Statement,
)
from ..model._fields import refers_to, spanned

if TYPE_CHECKING:
    from .container import Corpus

__all__ = ["find_problems", "record_types"]

Path = tuple[str | int, ...]


def record_types(corpus_type: type) -> dict[str, type]:
    """The tables of a corpus class, in field order, with the type of their records."""
    attrs.resolve_types(corpus_type)
    return {f.name: typing.get_args(f.type)[0] for f in attrs.fields(corpus_type)}


def _short(text: str, limit: int = 60) -> str:
    return repr(text if len(text) <= limit else text[: limit - 3] + "...")


def _kind(tables: tuple[str, ...]) -> str:
    names = [t[:-1] for t in tables]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]


def span_problem(span: Span, text: str | None, body: str) -> str | None:
    """What is wrong with a span of ``body`` that should cover ``text``, if anything."""
    if not (0 <= span.start <= span.end <= len(body)):
        return f"[{span.start}, {span.end}) lies outside the article body (length {len(body)})"
    found = body[span.start : span.end]
    if text is not None and found != text:
        return (
            f"body[{span.start}:{span.end}] is {_short(found)}, "
            f"not the recorded text {_short(text)}"
        )
    return None


def _dates_forward(start: PartialDate | None, end: PartialDate | None) -> bool:
    return start is None or end is None or end.latest >= start.earliest


# -- rules of single record types: (field, message) pairs ----------------------------------


_UNKNOWN = DateBasis.UNKNOWN


def _statement_rules(s: Statement) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    if (s.mention is None) != (s.mention_span is None):
        out.append(("mention_span", "mention and mention_span go together"))
    if s.insertions:
        out += _insertion_rules(s)
    co_speakers = s.co_speakers
    if co_speakers and (s.speaker_id in co_speakers or len(set(co_speakers)) < len(co_speakers)):
        out.append(("co_speakers", "a speaker is listed twice"))
    said_on, until, basis = s.said_on, s.said_until, s.date_basis
    if said_on is None:
        if basis is not _UNKNOWN:
            out.append(("date_basis", f"{basis.value!r} but said_on is missing"))
        if until is not None:
            out.append(("said_until", "given without said_on"))
    else:
        if basis is _UNKNOWN:
            out.append(("date_basis", f"'unknown' but said_on is {said_on}"))
        if until is not None and not _dates_forward(said_on, until):
            out.append(("said_until", f"{until} is before said_on {said_on}"))
    return out


def _insertion_rules(s: Statement) -> list[tuple[str, str]]:
    out = []
    after = s.span.start
    for k, insertion in enumerate(s.insertions):
        if not (after <= insertion.start <= insertion.end <= s.span.end):
            where = f"[{insertion.start}, {insertion.end})"
            message = (
                f"insertion {k} {where} is not inside the statement's span "
                f"[{s.span.start}, {s.span.end}) after the insertions before it"
            )
            out.append(("insertions", message))
        after = max(after, insertion.end)
    return out


def _role_rules(role: Role) -> list[tuple[str, str]]:
    if not _dates_forward(role.start, role.end):
        return [("end", f"{role.end} is before start {role.start}")]
    return []


def _event_rules(event: Event) -> list[tuple[str, str]]:
    if event.end is not None and event.start is None:
        return [("end", "an end date needs a start date")]
    if not _dates_forward(event.start, event.end):
        return [("end", f"{event.end} is before start {event.start}")]
    return []


def _article_rules(article: Article) -> list[tuple[str, str]]:
    out = []
    if article.url is not None and not article.url.startswith(("https://", "http://")):
        out.append(("url", f"not a web address (http:// or https://): {article.url!r}"[:200]))
    if article.url_checked_on is not None and article.url is None:
        out.append(("url_checked_on", "given without url"))
    return out


def _actor_rules(actor: Actor) -> list[tuple[str, str]]:
    if actor.wikidata_checked is not None and actor.wikidata is None:
        return [("wikidata_checked", "given without wikidata")]
    return []


def _conflict_rules(conflict: Conflict) -> list[tuple[str, str]]:
    if not conflict.conflicts_with:
        return [("conflicts_with", "a conflict needs at least one piece of evidence")]
    return []


_RULES: dict[type, Callable[[Any], list[tuple[str, str]]]] = {
    Statement: _statement_rules,
    Article: _article_rules,
    Actor: _actor_rules,
    Role: _role_rules,
    Event: _event_rules,
    Conflict: _conflict_rules,
}


# -- the fields of a record type that the generic rules look at -----------------------------


@attrs.frozen
class _Layout:
    """The fields of one record type that hold ids, spans or nested records."""

    refs: tuple[tuple[str, tuple[str, ...], bool], ...]  # name, tables, many
    spans: tuple[tuple[str, str, str], ...]  # span field, text field, article field
    nested: tuple[tuple[str, bool, tuple[type, ...]], ...]  # name, many, types
    rules: Callable[[Any], list[tuple[str, str]]] | None


_LAYOUTS: dict[type, _Layout] = {}


def _layout(cls: type) -> _Layout:
    found = _LAYOUTS.get(cls)
    if found is not None:
        return found
    attrs.resolve_types(cls)
    refs, spans, nested = [], [], []
    for field in attrs.fields(cls):
        origin = typing.get_origin(field.type)
        many = origin in (tuple, frozenset)
        tables = refers_to(field)
        if tables:
            refs.append((field.name, tables, many))
        elif (span := spanned(field)) is not None:
            spans.append((field.name, *span))
        else:
            inner = typing.get_args(field.type)
            items = inner[:1] if many else (field.type,)
            kinds = [t for item in items for t in (typing.get_args(item) or (item,))]
            records = tuple(t for t in kinds if attrs.has(t) and t not in (Span, PartialDate))
            if records:
                nested.append((field.name, many, records))
    found = _Layout(tuple(refs), tuple(spans), tuple(nested), _RULES.get(cls))
    _LAYOUTS[cls] = found
    return found


class _Checker:
    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        self.problems: list[Problem] = []
        self.tables = record_types(type(corpus))
        self.ids: dict[str, dict[str, int]] = {}
        self.bodies: dict[str, str] = {}

    def add(self, path: Path, message: str, record_id: object = None) -> None:
        rid = record_id if isinstance(record_id, str) and record_id else None
        self.problems.append(Problem(path=path, message=message, record_id=rid))

    def run(self) -> list[Problem]:
        wrong = self.types()
        if wrong:
            return self.problems
        for table in self.tables:
            self.ids[table] = self.unique(table, getattr(self.corpus, table))
        self.bodies = {a.id: a.body for a in self.corpus.articles}
        for table in self.tables:
            records = getattr(self.corpus, table)
            if records:
                self.records(table, records)
        self.topic_cycles()
        return self.problems

    def types(self) -> bool:
        wrong = False
        for table, cls in self.tables.items():
            value = getattr(self.corpus, table)
            if not isinstance(value, tuple):
                self.add((table,), f"Corpus.{table} must be a tuple, got {type(value).__name__}")
                wrong = True
                continue
            if all(type(r) is cls for r in value):
                continue
            for i, r in enumerate(value):
                if not isinstance(r, cls):
                    wrong = True
                    self.add((table, i), f"expected a {cls.__name__}, got {type(r).__name__}")
        return wrong

    def unique(self, table: str, records: Sequence[Any]) -> dict[str, int]:
        seen: dict[str, int] = {}
        for i, record in enumerate(records):
            rid = record.id
            if not isinstance(rid, str) or not rid:
                self.add((table, i, "id"), f"must be a non-empty string, got {rid!r}")
            elif rid in seen:
                first = seen[rid]
                message = f"duplicate id {rid!r} (first at $.{table}[{first}])"
                self.add((table, i, "id"), message, rid)
            else:
                seen[rid] = i
        return seen

    # -- every record of a table --------------------------------------------------------

    def records(self, table: str, records: Sequence[Any]) -> None:
        layout = _layout(type(records[0]))
        for name, tables, many in layout.refs:
            values = list(map(attrgetter(name), records))
            found = set().union(*values) if many else set(values)
            found.discard(None)
            if all(any(v in self.ids[t] for t in tables) for v in found):
                continue
            for i, (record, value) in enumerate(zip(records, values, strict=True)):
                self.refs((table, i, name), record.id, value, tables, many)
        for name, text, article in layout.spans:
            bodies = self.bodies
            for i, record in enumerate(records):
                span = getattr(record, name)
                body = bodies.get(getattr(record, article))
                if span is None or body is None:
                    continue
                problem = span_problem(span, getattr(record, text), body)
                if problem is not None:
                    self.add((table, i, name), problem, record.id)
        if layout.rules is not None:
            rules = layout.rules
            for i, record in enumerate(records):
                for field, message in rules(record):
                    self.add((table, i, field), message, record.id)
        for name, many, types in layout.nested:
            for i, record in enumerate(records):
                self.children((table, i, name), record.id, getattr(record, name), many, types)

    def refs(
        self, path: Path, rid: object, value: Any, tables: tuple[str, ...], many: bool
    ) -> None:
        def known(v: str) -> bool:
            return any(v in self.ids[t] for t in tables)

        kind = _kind(tables)
        if not many:
            if value is not None and not known(value):
                self.add(path, f"unknown {kind} {value!r}", rid)
            return
        if isinstance(value, frozenset):
            for v in sorted(value):
                if not known(v):
                    self.add(path, f"unknown {kind} {v!r}", rid)
            return
        for k, v in enumerate(value):
            if not known(v):
                self.add((*path, k), f"unknown {kind} {v!r}", rid)

    def children(
        self, path: Path, rid: object, value: Any, many: bool, types: tuple[type, ...]
    ) -> None:
        """The records a field holds (one, or a tuple), each checked as :meth:`nested`."""
        for j, item in enumerate(value) if many else [(None, value)]:
            where = path if j is None else (*path, j)
            if item is None and not many:
                continue
            if not isinstance(item, types):
                names = " or ".join(t.__name__ for t in types)
                self.add(where, f"expected a {names}, got {type(item).__name__}", rid)
                continue
            self.nested(where, rid, item)

    def nested(self, path: Path, rid: object, record: Any) -> None:
        """The generic rules, and the rules of its type, for one record inside another."""
        layout = _layout(type(record))
        for name, tables, many in layout.refs:
            self.refs((*path, name), rid, getattr(record, name), tables, many)
        for name, text, article in layout.spans:
            body = self.bodies.get(getattr(record, article))
            if body is not None:
                problem = span_problem(getattr(record, name), getattr(record, text), body)
                if problem is not None:
                    self.add((*path, name), problem, rid)
        if layout.rules is not None:
            for field, message in layout.rules(record):
                self.add((*path, field), message, rid)
        for name, many, types in layout.nested:
            self.children((*path, name), rid, getattr(record, name), many, types)

    def topic_cycles(self) -> None:
        topics = self.corpus.topics
        parents = {t.id: t.parent for t in topics}
        for i, topic in enumerate(topics):
            seen = {topic.id}
            current = topic.parent
            while current is not None and current in parents:
                if current in seen:
                    message = f"topic {topic.id!r} is its own ancestor"
                    self.add(("topics", i, "parent"), message, topic.id)
                    break
                seen.add(current)
                current = parents[current]


def find_problems(corpus: Corpus) -> list[Problem]:
    """Every integrity problem of ``corpus``, by table, then record, then field."""
    problems = _Checker(corpus).run()
    tables = {name: i for i, name in enumerate(record_types(type(corpus)))}

    def place(problem: Problem) -> tuple[int, int]:
        path = problem.path
        record = path[1] if len(path) > 1 and isinstance(path[1], int) else -1
        return tables.get(str(path[0]), -1) if path else -1, record

    return sorted(problems, key=place)
