"""Lookup tables: records by id, by name or alias, and the offices that roles define."""

from __future__ import annotations

import datetime as _dt
import functools
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Generic, Protocol, TypeVar, cast

from .._text import normalize, suggest
from ..exceptions import (
    InvalidQueryError,
    UnknownActorError,
    UnknownAgreementError,
    UnknownArticleError,
    UnknownEventError,
    UnknownRecordError,
    UnknownTopicError,
    shown,
)
from ..model import (
    Actor,
    Agreement,
    Article,
    ArticleEvidence,
    Event,
    PartialDate,
    Reference,
    Role,
    Statement,
    Topic,
)

__all__ = ["IdTable", "NameTable", "Names", "office_names"]


class _Identified(Protocol):
    @property
    def id(self) -> str: ...


R = TypeVar("R", bound=_Identified)


def _check_query(kind: str, query: object) -> str:
    if not isinstance(query, str):
        msg = f"{kind} lookup: expected a string, got {type(query).__name__}: {shown(query)}"
        raise InvalidQueryError(msg)
    return query


Unknown = Callable[[str, list[str], str | None], UnknownRecordError]
"""Makes the error for an unknown name: ``(query, suggestions, hint)``."""


def _own(record: _Identified, by_id: Mapping[str, R], error: Unknown, record_type: type) -> R:
    """``record`` as this corpus holds it, if it does; else the error its id would raise."""
    found = by_id.get(record.id)
    if found is not None and (found is record or found == record):
        return found
    where = "a different record" if found is not None else "no record"
    hint = f"this corpus has {where} with this id; the {record_type.__name__} given is not in it"
    raise error(record.id, [], hint)


def _wrong_type(kind: str, record_type: type, query: object) -> InvalidQueryError:
    got = type(query).__name__
    msg = f"{kind} lookup: expected a {record_type.__name__} or a string, got {got}: {query!r}"
    return InvalidQueryError(msg[:200])


R_co = TypeVar("R_co", bound=_Identified, covariant=True)


class _Table(Protocol[R_co]):
    """What :func:`_resolve` needs of a table (a :class:`NameTable` or an :class:`IdTable`)."""

    @property
    def kind(self) -> str: ...
    @property
    def error(self) -> Unknown: ...
    @property
    def record_type(self) -> type: ...
    @property
    def by_id(self) -> Mapping[str, R_co]: ...

    def find(self, query: str) -> R_co: ...


def _resolve(table: _Table[R], query: object) -> R:
    """The record a string names in ``table``, or ``query`` itself where ``table`` holds it."""
    if isinstance(query, str):
        return table.find(query)
    if isinstance(query, table.record_type):
        record = cast(_Identified, query)
        return _own(record, table.by_id, table.error, table.record_type)
    raise _wrong_type(table.kind, table.record_type, query)


class NameTable(Generic[R]):
    """Records of one kind by id, and by normalized id, name or alias.

    Ids match exactly, then (like names) in any case and with accents and punctuation
    ignored.
    """

    def __init__(
        self,
        kind: str,
        records: Iterable[R],
        names: Callable[[R], Iterable[str]],
        error: Unknown,
        record_type: type,
    ) -> None:
        self.kind = kind
        self.error = error
        self.record_type = record_type
        self.by_id: dict[str, R] = {}
        self.by_key: dict[str, R] = {}
        self.by_folded_id: dict[str, R] = {}
        self.display: dict[str, str] = {}
        for record in records:
            self.by_id[record.id] = record
            for name in names(record):
                key = normalize(name)
                if key:
                    self.by_key.setdefault(key, record)
                    self.display.setdefault(key, name)
            self.by_folded_id.setdefault(normalize(record.id), record)
            self.display.setdefault(normalize(record.id), record.id)

    def get(self, query: str) -> R | None:
        """The record ``query`` names, or ``None``."""
        found = self.by_id.get(_check_query(self.kind, query))
        if found is None:
            key = normalize(query)
            found = self.by_key.get(key) or self.by_folded_id.get(key)
        return found

    def find(self, query: str) -> R:
        """The record ``query`` names.

        Raises:
            UnknownRecordError: No record has that id or name; near matches are suggested.
            InvalidQueryError: ``query`` is not a string.
        """
        found = self.get(query)
        if found is None:
            raise self.error(query, suggest(query, self.display), None)
        return found

    def resolve(self, query: object) -> R:
        """The record a name or id names, or a record of this kind that this corpus holds.

        Raises:
            UnknownRecordError: No record has that id or name, or the record given is
                not in this corpus (the error its id would raise, of the same class).
            InvalidQueryError: ``query`` is neither a string nor a record of this kind.
        """
        return _resolve(self, query)


class IdTable(Generic[R]):
    """Records of one kind by exact id (statements, reference facts).

    The table is made on the first lookup: a query by speaker or date never looks a
    statement up by id, and a million statements take a moment to file.
    """

    def __init__(
        self,
        kind: str,
        records: Sequence[R],
        error: Unknown,
        record_type: type,
    ) -> None:
        self.kind = kind
        self.error = error
        self.record_type = record_type
        self.records = records
        self._by_id: dict[str, R] | None = None

    @property
    def by_id(self) -> dict[str, R]:
        """The records by id."""
        found = self._by_id
        if found is None:
            found = self._by_id = {r.id: r for r in self.records}
        return found

    def get(self, query: str) -> R | None:
        """The record with this id, or ``None``."""
        return self.by_id.get(_check_query(self.kind, query))

    def find(self, query: str) -> R:
        """The record with this id.

        Raises:
            UnknownRecordError: No record has that id; near matches are suggested.
            InvalidQueryError: ``query`` is not a string.
        """
        found = self.get(query)
        if found is None:
            raise self.error(query, suggest(query, [r.id for r in self.records]), None)
        return found

    def resolve(self, query: object) -> R:
        """The record with this id, or a record of this kind that this corpus holds.

        Raises:
            UnknownRecordError: No record has that id, or the record given is not in
                this corpus.
            InvalidQueryError: ``query`` is neither a string nor a record of this kind.
        """
        return _resolve(self, query)


def office_names(title: str, organisation: Actor) -> list[str]:
    """The names under which an office can be asked for ("ASEAN Secretary-General")."""
    out: list[str] = []
    for org in (organisation.name, *organisation.aliases):
        out += [f"{org} {title}", f"{title} of {org}", f"{title} of the {org}"]
    return out


def _unknown(kind: str) -> Unknown:
    return lambda query, close, hint: UnknownRecordError(kind, query, close, hint)


class Names:
    """Lookup tables for every kind of record, and the offices that roles define."""

    def __init__(
        self,
        *,
        articles: Sequence[Article],
        actors: Sequence[Actor],
        agreements: Sequence[Agreement],
        topics: Sequence[Topic],
        events: Sequence[Event],
        statements: Sequence[Statement],
        references: Sequence[Reference],
    ) -> None:
        self._records = (articles, agreements, topics, events)
        self.actors = NameTable(
            "actor", actors, lambda a: (a.name, *a.aliases), UnknownActorError, Actor
        )
        self.statements = IdTable("statement", statements, _unknown("statement"), Statement)
        self.references = IdTable("reference", references, _unknown("reference"), Reference)
        self._actors = actors
        self._published: dict[str, PartialDate | None] | None = None

    @property
    def published(self) -> dict[str, PartialDate | None]:
        """Each article's publication date, by id (made on first use)."""
        found = self._published
        if found is None:
            found = self._published = {a.id: a.published for a in self._records[0]}
        return found

    @functools.cached_property
    def _office_tables(self) -> tuple[dict[str, list[tuple[str, Role]]], dict[str, str]]:
        # Made on first use: a query names an office far less often than a speaker,
        # and a corpus of thousands of officials has tens of thousands of office names.
        offices: dict[str, list[tuple[str, Role]]] = {}
        display: dict[str, str] = {}
        for actor in self._actors:
            for role in actor.roles:
                if role.organisation is None:
                    continue
                organisation = self.actors.by_id.get(role.organisation)
                if organisation is None:
                    continue
                for name in office_names(role.title, organisation):
                    key = normalize(name)
                    offices.setdefault(key, []).append((actor.id, role))
                    display.setdefault(key, name)
        return offices, display

    @property
    def offices(self) -> dict[str, list[tuple[str, Role]]]:
        """``(actor id, role)`` of each office's holders, by the office's normalized name."""
        return self._office_tables[0]

    @property
    def office_display(self) -> dict[str, str]:
        """Each office's name as first written, by its normalized name."""
        return self._office_tables[1]

    # The other tables are made on first use: a query by speaker needs only the actors,
    # and a corpus of a million statements has tens of thousands of article titles.

    @functools.cached_property
    def articles(self) -> NameTable[Article]:
        """Articles by id or exact title."""
        return NameTable(
            "article", self._records[0], lambda a: (a.title,), UnknownArticleError, Article
        )

    @functools.cached_property
    def agreements(self) -> NameTable[Agreement]:
        """Agreements by id, name or alias."""
        return NameTable(
            "agreement",
            self._records[1],
            lambda a: (a.name, *a.aliases),
            UnknownAgreementError,
            Agreement,
        )

    @functools.cached_property
    def topics(self) -> NameTable[Topic]:
        """Topics by id or label."""
        return NameTable("topic", self._records[2], lambda t: (t.label,), UnknownTopicError, Topic)

    @functools.cached_property
    def events(self) -> NameTable[Event]:
        """Events by id, name or alias."""
        return NameTable(
            "event", self._records[3], lambda e: (e.name, *e.aliases), UnknownEventError, Event
        )

    def holders(self, office: str) -> list[tuple[str, Role]]:
        """``(actor id, role)`` of everyone who held ``office``.

        Raises:
            UnknownActorError: No role matches the office name; near matches suggested.
            InvalidQueryError: ``office`` is not a string.
        """
        found = self.offices.get(normalize(_check_query("office", office)))
        if found is None:
            raise UnknownActorError(office, suggest(office, self.office_display))
        return found

    def role_days(self, role: Role) -> tuple[_dt.date, _dt.date] | None:
        """The first and last day the corpus knows ``role`` was held, or ``None``.

        A role with a ``start`` runs from its first possible day to the last possible
        day of its ``end`` (with no last day while it has no end). A role without
        dates that its sources call current was held when those sources were
        published: it runs from the earliest to the latest publication date of the
        articles whose passages attest it. A role without a start that the sources
        call former (``current=False``) or that has an end, or one with no dated
        article among its evidence, cannot be placed in time: ``None``.
        """
        if role.start is not None:
            end = role.end.latest if role.end is not None else _dt.date.max
            return role.start.earliest, end
        if not role.current or role.end is not None:
            return None
        dates = [
            when
            for e in role.evidence
            if isinstance(e, ArticleEvidence) and (when := self.published.get(e.article_id))
        ]
        if not dates:
            return None
        return min(d.earliest for d in dates), max(d.latest for d in dates)

    def speaker_names(self) -> Mapping[str, str]:
        """Display names of every actor and office, for suggestions."""
        return {**self.actors.display, **self.office_display}
