"""What changed between two corpora: records added, removed and changed, by id and field.

Researchers cite statement ids; a new data version says what became of each.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import attrs

from ..exceptions import InvalidQueryError
from .vouching import record_types

if TYPE_CHECKING:
    from .container import Corpus

__all__ = ["ChangeKind", "CorpusDiff", "FieldChange", "RecordChange", "diff"]


class ChangeKind(enum.Enum):
    """What happened to a record between two corpora."""

    ADDED = "added"
    """A new record, whose id is only in the newer corpus."""
    REMOVED = "removed"
    """A withdrawn record, whose id is only in the older corpus."""
    CHANGED = "changed"
    """Both corpora hold a record with the id, and some of its fields differ."""


@attrs.frozen(kw_only=True)
class FieldChange:
    """One field of a record, before and after.

    Attributes:
        field: The field's name (``"text"``, ``"topics"``).
        old: Its value in the older corpus.
        new: Its value in the newer corpus.
    """

    field: str
    old: Any
    new: Any


@attrs.frozen(kw_only=True)
class RecordChange:
    """A record added, removed or changed.

    Attributes:
        table: The corpus table (``"statements"``).
        id: The record's id.
        kind: Added, removed or changed.
        fields: For a changed record, each field that differs, in field order.
    """

    table: str
    id: str
    kind: ChangeKind
    fields: tuple[FieldChange, ...] = ()

    def __str__(self) -> str:
        sign = {ChangeKind.ADDED: "+", ChangeKind.REMOVED: "-", ChangeKind.CHANGED: "~"}[self.kind]
        line = f"{sign} {self.table} {self.id}"
        if self.fields:
            line += ": " + ", ".join(f.field for f in self.fields)
        return line


@attrs.frozen(kw_only=True)
class CorpusDiff:
    """Every record added, removed or changed, table by table in corpus order.

    >>> import attrs, asean_corpus as ac
    >>> old = ac.load()
    >>> new = attrs.evolve(old, statements=old.statements[1:])
    >>> change = ac.diff(old, new).of(old.statements[0].id)
    >>> change.kind.value
    'removed'

    Attributes:
        changes: The changes; within a table, removed and changed records in the
            older corpus's order, then added ones in the newer corpus's order.
    """

    changes: tuple[RecordChange, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.changes)

    def __iter__(self) -> Iterator[RecordChange]:
        return iter(self.changes)

    def __len__(self) -> int:
        return len(self.changes)

    def of(self, id: str, table: str = "statements") -> RecordChange | None:
        """What became of the record with this id (a cited statement, say); ``None``
        when it is unchanged or in neither corpus."""
        if not isinstance(id, str) or not isinstance(table, str):
            msg = f"of: expected an id and a table name, got {id!r} and {table!r}"[:300]
            raise InvalidQueryError(msg)
        from .container import Corpus

        tables = record_types(Corpus)
        if table not in tables:
            # a misspelt table ("statement") would read as "unchanged"
            msg = f"of: unknown table {table!r}; the tables are {', '.join(tables)}"[:300]
            raise InvalidQueryError(msg)
        return next((c for c in self.changes if c.table == table and c.id == id), None)

    def counts(self) -> dict[str, dict[str, int]]:
        """``{table: {"added": n, "removed": n, "changed": n}}`` for every table with changes."""
        out: dict[str, dict[str, int]] = {}
        for change in self.changes:
            row = out.setdefault(change.table, {k.value: 0 for k in ChangeKind})
            row[change.kind.value] += 1
        return out

    def to_dict(self) -> dict[str, Any]:
        """The changes as JSON-ready values (each field's old and new value as text)."""
        return {
            "counts": self.counts(),
            "changes": [
                {
                    "table": c.table,
                    "id": c.id,
                    "kind": c.kind.value,
                    "fields": [
                        {"field": f.field, "old": _text(f.old), "new": _text(f.new)}
                        for f in c.fields
                    ],
                }
                for c in self.changes
            ],
        }

    def __str__(self) -> str:
        if not self.changes:
            return "no changes"
        lines = []
        for table, row in self.counts().items():
            lines.append(
                f"{table}: {row['added']} added, {row['removed']} removed, {row['changed']} changed"
            )
        lines += [str(c) for c in self.changes]
        return "\n".join(lines)


def _text(value: Any) -> Any:
    """A field value as JSON-ready text or list (ids, dates, spans, enums)."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, frozenset):
        return sorted(_text(v) for v in value)
    if isinstance(value, tuple):
        return [_text(v) for v in value]
    return str(value)


def diff(old: Corpus, new: Corpus) -> CorpusDiff:
    """The records added, removed and changed from ``old`` to ``new``, by id and field.

    Records are matched by id within each table; nested records (an actor's roles,
    an agreement's milestones) are compared as part of their owner.

    Raises:
        InvalidQueryError: ``old`` or ``new`` is not a corpus.
    """
    for name, value in (("old", old), ("new", new)):
        if not attrs.has(type(value)) or not hasattr(value, "statements"):
            raise InvalidQueryError(f"diff: {name} must be a Corpus, got {type(value).__name__}")
    changes: list[RecordChange] = []
    for table in record_types(type(old)):
        before = {r.id: r for r in getattr(old, table)}
        after = {r.id: r for r in getattr(new, table)}
        for rid, record in before.items():
            other = after.get(rid)
            if other is None:
                changes.append(RecordChange(table=table, id=rid, kind=ChangeKind.REMOVED))
            elif other != record:
                fields = tuple(
                    FieldChange(
                        field=f.name, old=getattr(record, f.name), new=getattr(other, f.name)
                    )
                    for f in attrs.fields(type(record))
                    if getattr(record, f.name) != getattr(other, f.name)
                )
                changes.append(
                    RecordChange(table=table, id=rid, kind=ChangeKind.CHANGED, fields=fields)
                )
        changes += [
            RecordChange(table=table, id=rid, kind=ChangeKind.ADDED)
            for rid in after
            if rid not in before
        ]
    return CorpusDiff(changes=tuple(changes))
