"""Lookup tables: records by id, by name or alias, and the offices that roles define."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Generic, Protocol, TypeVar

from .._text import normalize, suggest
from ..exceptions import (
    InvalidQueryError,
    UnknownActorError,
    UnknownAgreementError,
    UnknownArticleError,
    UnknownEventError,
    UnknownRecordError,
    UnknownTopicError,
)
from ..model import Actor, Agreement, Article, Event, Reference, Role, Statement, Topic

__all__ = ["IdTable", "NameTable", "Names", "office_names"]


class _Identified(Protocol):
    @property
    def id(self) -> str: ...


R = TypeVar("R", bound=_Identified)


def _check_query(kind: str, query: object) -> str:
    if not isinstance(query, str):
        msg = f"{kind} lookup: expected a string, got {type(query).__name__}: {query!r}"[:200]
        raise InvalidQueryError(msg)
    return query


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
        error: Callable[[str, list[str]], UnknownRecordError],
    ) -> None:
        self.kind = kind
        self.error = error
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
            raise self.error(query, suggest(query, self.display))
        return found


class IdTable(Generic[R]):
    """Records of one kind by exact id (statements, reference facts).

    The table is made on the first lookup: a query by speaker or date never looks a
    statement up by id, and a million statements take a moment to file.
    """

    def __init__(
        self,
        kind: str,
        records: Sequence[R],
        error: Callable[[str, list[str]], UnknownRecordError],
    ) -> None:
        self.kind = kind
        self.error = error
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
            raise self.error(query, suggest(query, [r.id for r in self.records]))
        return found


def office_names(title: str, organisation: Actor) -> list[str]:
    """The names under which an office can be asked for ("ASEAN Secretary-General")."""
    out: list[str] = []
    for org in (organisation.name, *organisation.aliases):
        out += [f"{org} {title}", f"{title} of {org}", f"{title} of the {org}"]
    return out


def _unknown(kind: str) -> Callable[[str, list[str]], UnknownRecordError]:
    return lambda query, close: UnknownRecordError(kind, query, close)


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
        self.actors = NameTable("actor", actors, lambda a: (a.name, *a.aliases), UnknownActorError)
        self.statements = IdTable("statement", statements, _unknown("statement"))
        self.references = IdTable("reference", references, _unknown("reference"))
        self.offices: dict[str, list[tuple[str, Role]]] = {}
        self.office_display: dict[str, str] = {}
        for actor in actors:
            for role in actor.roles:
                if role.organisation is None:
                    continue
                organisation = self.actors.by_id.get(role.organisation)
                if organisation is None:
                    continue
                for name in office_names(role.title, organisation):
                    key = normalize(name)
                    self.offices.setdefault(key, []).append((actor.id, role))
                    self.office_display.setdefault(key, name)

    # The other tables are made on first use: a query by speaker needs only the actors,
    # and a corpus of a million statements has tens of thousands of article titles.

    @functools.cached_property
    def articles(self) -> NameTable[Article]:
        """Articles by id or exact title."""
        return NameTable("article", self._records[0], lambda a: (a.title,), UnknownArticleError)

    @functools.cached_property
    def agreements(self) -> NameTable[Agreement]:
        """Agreements by id, name or alias."""
        return NameTable(
            "agreement", self._records[1], lambda a: (a.name, *a.aliases), UnknownAgreementError
        )

    @functools.cached_property
    def topics(self) -> NameTable[Topic]:
        """Topics by id or label."""
        return NameTable("topic", self._records[2], lambda t: (t.label,), UnknownTopicError)

    @functools.cached_property
    def events(self) -> NameTable[Event]:
        """Events by id, name or alias."""
        return NameTable(
            "event", self._records[3], lambda e: (e.name, *e.aliases), UnknownEventError
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

    def speaker_names(self) -> Mapping[str, str]:
        """Display names of every actor and office, for suggestions."""
        return {**self.actors.display, **self.office_display}
