"""The flat tables of an export and their columns: one registry, derived from the records.

Every table writer and reader (pandas, Arrow, Parquet, JSON Lines, CSV) and the export
documentation use this registry. Each table is derived from the attrs fields of one
record type, by the type of each field:

- a string, integer, boolean, date or time is one column of that kind;
- an enum is one column holding its values;
- a tuple or set of strings (ids, aliases) is one list column (sets sorted);
- a partial date is its ISO text, with its precision and (except on statements, where
  ``earliest``, ``latest`` and ``year`` describe the statement as a whole) its first
  and last days beside it;
- a span is two integer columns, ``<name>_start`` and ``<name>_end``, where a name
  ending in ``_span`` loses that ending (``mention_span`` gives ``mention_start``);
  a tuple of spans is one column of ``{start, end}`` objects;
- a tuple of evidence is one column of ``{article_id, start, end, text,
  reference_id}`` objects; a single piece of evidence is five ``evidence_<part>``
  columns;
- a nested record (an article's reliability) is flattened into ``<name>_<field>``
  columns;
- a tuple of records (the roles of an actor, the milestones of an agreement) is a
  table of its own, whose rows start with the owner's id;
- a field that refers to a record shown by name (``speaker_id``) has that name (or
  title) in a derived column beside it, as declared on the field
  (:func:`~asean_corpus.model._fields.refers`); a list of such ids (``co_speakers``)
  has the list of names beside it (``co_speaker_names``);
- a statement has the reliability of its article as a source beside the article's
  title (``article_reliability``), so a weak source stays flagged in any export;
- a corpus table whose order matters (the statements) ends with the position of each
  record in the corpus (``corpus_index``).

Derived columns are computed from other records or values; readers ignore them.
"""

from __future__ import annotations

import datetime as _dt
import enum
import types
import typing
from collections.abc import Callable
from typing import Any

import attrs

from ._fields import refers_to, shared, shown
from .dates import PartialDate, Precision
from .records import (
    Actor,
    Agreement,
    Article,
    ArticleEvidence,
    Conflict,
    Event,
    Milestone,
    Reference,
    ReferenceEvidence,
    ReliabilityLevel,
    Role,
    Span,
    Statement,
    Topic,
)

__all__ = [
    "EVIDENCE_PARTS",
    "TABLES",
    "Column",
    "FieldMap",
    "Shape",
    "Table",
    "table",
]


@attrs.frozen
class Column:
    """One column of an exported table.

    Attributes:
        name: The column name.
        kind: ``"str"``, ``"int"``, ``"bool"``, ``"date"``, ``"time"``, ``"strs"`` (a
            list of strings), ``"enum"`` (the value of an enum member),
            ``"evidence"`` (a list of evidence objects), ``"spans"`` (a list of
            ``{start, end}`` objects) or ``"year"`` (a small integer).
        nullable: Whether the column may hold nulls.
        derived: Computed from other records (a name beside an id, a date's
            precision); reading a Parquet export ignores it.
        choices: The enum whose values an ``"enum"`` column holds.

    >>> import asean_corpus as ac
    >>> ac.export.columns("topics")[2]
    Column(name='parent', kind='str', nullable=True, derived=False, choices=None)
    """

    name: str
    kind: str
    nullable: bool = False
    derived: bool = False
    choices: type[enum.Enum] | None = None


class Shape(enum.Enum):
    """How the value of one record field is laid out in columns."""

    VALUE = "value"
    """One column holding the value (string, integer, boolean, date, time)."""
    ENUM = "enum"
    """One column holding the enum member's value."""
    STRS = "strs"
    """One list column: a tuple of strings."""
    SET = "set"
    """One list column: a frozenset of strings, sorted."""
    DATE = "date"
    """A partial date: its text, then derived precision (and first and last days)."""
    SPAN = "span"
    """Two integer columns, start and end."""
    SPANS = "spans"
    """One column: a list of ``{start, end}`` objects."""
    EVIDENCE_LIST = "evidence_list"
    """One column: a list of evidence objects."""
    EVIDENCE = "evidence"
    """Five columns, ``evidence_article_id`` ... ``evidence_reference_id``."""
    NESTED = "nested"
    """A record flattened into the columns of its own fields."""
    CHILDREN = "children"
    """A tuple of records kept in a table of its own."""


EVIDENCE_PARTS = ("article_id", "start", "end", "text", "reference_id")
"""The parts of a piece of evidence, as exported (an article passage or a reference)."""

_EVIDENCE = frozenset({ArticleEvidence, ReferenceEvidence})
_KINDS: dict[Any, str] = {str: "str", int: "int", bool: "bool", _dt.date: "date", _dt.time: "time"}


@attrs.frozen(kw_only=True)
class FieldMap:
    """How one field of a record maps onto columns.

    Attributes:
        name: The name its columns start with: the field's name, after the owning
            field's for a field of a nested record (``reliability_level``).
        attribute: The attrs field's own name (``level``).
        shape: How its value is laid out.
        columns: Its columns in order, derived ones (a name beside an id, a date's
            precision) included.
        nullable: Whether the field may be ``None``.
        choices: The enum of an ``ENUM`` field.
        shown: For an id field shown by name: the table it refers to and the
            attribute shown.
        parts: For a ``NESTED`` field: the maps of the nested record's fields.
        record: For a ``NESTED`` or ``CHILDREN`` field: the record type.
        shared: Whether readers keep one string object per value (ids of other
            records, vocabularies such as a statement's cue).
    """

    name: str
    attribute: str
    shape: Shape
    columns: tuple[Column, ...]
    nullable: bool = False
    choices: type[enum.Enum] | None = None
    shown: tuple[str, str] | None = None
    parts: tuple[FieldMap, ...] = ()
    record: type | None = None
    shared: bool = False

    @property
    def stored(self) -> tuple[Column, ...]:
        """The columns a reader uses to rebuild the value (the others are derived)."""
        return tuple(c for c in self.columns if not c.derived)


@attrs.frozen(kw_only=True)
class Derived:
    """A derived column that describes a whole record, computed from it.

    Attributes:
        column: The column.
        value: Computes its value from the record, or with ``through`` from the
            record it refers to.
        after: The field whose columns it follows.
        through: ``None``, or the field holding the id of another record and that
            record's corpus table: ``("article_id", "articles")`` computes the value
            from the statement's article.
    """

    column: Column
    value: Callable[[Any], Any]
    after: str
    through: tuple[str, str] | None = None


@attrs.frozen(kw_only=True)
class Table:
    """One exported table.

    Attributes:
        name: The table name (``"statements"``, ``"roles"``).
        record: The record type of its rows.
        source: The corpus table its records come from (``"actors"`` for roles).
        owner_field: For a table of nested records: the field of the owner that holds
            them (``"roles"``); ``None`` for a corpus table.
        fields: The field maps, in field order (nested tables left out).
        derived: Derived columns that describe a whole record.
        position: The name of the last column, which holds each record's position in
            its corpus table (``corpus_index``), for a table whose order matters;
            ``None`` for the others.
    """

    name: str
    record: type
    source: str
    owner_field: str | None = None
    fields: tuple[FieldMap, ...]
    derived: tuple[Derived, ...] = ()
    position: str | None = None

    @property
    def owner_columns(self) -> tuple[Column, ...]:
        """For a table of nested records: the owner's id and its name, first in each row."""
        if self.owner_field is None:
            return ()
        key = f"{self.source[:-1]}_id"
        return (Column(key, "str"), Column(f"{self.source[:-1]}_name", "str", derived=True))

    @property
    def columns(self) -> tuple[Column, ...]:
        """Every column, in order."""
        out = list(self.owner_columns)
        for field in self.fields:
            out += field.columns
            out += [d.column for d in self.derived if d.after == field.name]
        if self.position is not None:
            out.append(Column(self.position, "int", derived=True))
        return tuple(out)


def _resolved(cls: type) -> tuple[attrs.Attribute[Any], ...]:
    attrs.resolve_types(cls)
    fields: tuple[attrs.Attribute[Any], ...] = attrs.fields(cls)
    return fields


def _date_columns(name: str, bounds: bool) -> tuple[Column, ...]:
    columns = (
        Column(name, "str", nullable=True),
        Column(f"{name}_precision", "enum", nullable=True, derived=True, choices=Precision),
    )
    if not bounds:
        return columns
    return (
        *columns,
        Column(f"{name}_earliest", "date", nullable=True, derived=True),
        Column(f"{name}_latest", "date", nullable=True, derived=True),
    )


def _field_map(field: attrs.Attribute[Any], prefix: str, bounds: bool) -> FieldMap:
    tp: Any = field.type
    name = prefix + field.name
    nullable = False
    args = typing.get_args(tp)
    if typing.get_origin(tp) in (typing.Union, types.UnionType) and type(None) in args:
        nullable = True
        rest = tuple(a for a in args if a is not type(None))
        tp = rest[0] if len(rest) == 1 else typing.Union[rest]  # noqa: UP007 - built at run time
    origin = typing.get_origin(tp)
    inner = typing.get_args(tp)
    if frozenset(inner) == _EVIDENCE and origin in (typing.Union, types.UnionType):
        columns = tuple(
            Column(f"evidence_{part}", "int" if part in ("start", "end") else "str", nullable=True)
            for part in EVIDENCE_PARTS
        )
        return FieldMap(name=name, attribute=field.name, shape=Shape.EVIDENCE, columns=columns)
    if origin is tuple or origin is frozenset:
        item = inner[0]
        if origin is frozenset or item is str:
            shape = Shape.SET if origin is frozenset else Shape.STRS
            attribute = shown(field)
            if attribute is None:
                return FieldMap(
                    name=name, attribute=field.name, shape=shape, columns=(Column(name, "strs"),)
                )
            # co_speakers -> co_speaker_names: the names, in the order of the ids
            label = Column(f"{name.removesuffix('s')}_{attribute}s", "strs", derived=True)
            return FieldMap(
                name=name,
                attribute=field.name,
                shape=shape,
                columns=(Column(name, "strs"), label),
                shown=(refers_to(field)[0], attribute),
            )
        if item is Span:
            return FieldMap(
                name=name, attribute=field.name, shape=Shape.SPANS, columns=(Column(name, "spans"),)
            )
        if frozenset(typing.get_args(item)) == _EVIDENCE:
            return FieldMap(
                name=name,
                attribute=field.name,
                shape=Shape.EVIDENCE_LIST,
                columns=(Column(name, "evidence"),),
            )
        return FieldMap(
            name=name, attribute=field.name, shape=Shape.CHILDREN, columns=(), record=item
        )
    if tp is PartialDate:
        return FieldMap(
            name=name, attribute=field.name, shape=Shape.DATE, columns=_date_columns(name, bounds)
        )
    if tp is Span:
        base = name[: -len("_span")] if name.endswith("_span") else name
        columns = (
            Column(f"{base}_start", "int", nullable=nullable),
            Column(f"{base}_end", "int", nullable=nullable),
        )
        return FieldMap(
            name=name, attribute=field.name, shape=Shape.SPAN, columns=columns, nullable=nullable
        )
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        column = Column(name, "enum", nullable=nullable, choices=tp)
        return FieldMap(
            name=name,
            attribute=field.name,
            shape=Shape.ENUM,
            columns=(column,),
            nullable=nullable,
            choices=tp,
        )
    if tp in _KINDS:
        columns = (Column(name, _KINDS[tp], nullable=nullable),)
        target = refers_to(field)
        attribute = shown(field)
        if attribute is None:
            return FieldMap(
                name=name,
                attribute=field.name,
                shape=Shape.VALUE,
                columns=columns,
                nullable=nullable,
                shared=shared(field),
            )
        base = name[: -len("_id")] if name.endswith("_id") else name
        label = Column(f"{base}_{attribute}", "str", nullable=nullable, derived=True)
        return FieldMap(
            name=name,
            attribute=field.name,
            shape=Shape.VALUE,
            columns=(*columns, label),
            nullable=nullable,
            shown=(target[0], attribute),
            shared=shared(field),
        )
    if attrs.has(tp):
        parts = tuple(_field_map(f, f"{name}_", bounds) for f in _resolved(tp))
        columns = tuple(c for p in parts for c in p.columns)
        return FieldMap(
            name=name,
            attribute=field.name,
            shape=Shape.NESTED,
            columns=columns,
            parts=parts,
            record=tp,
        )
    raise TypeError(f"no column layout for field {name!r} of type {tp!r}")  # pragma: no cover


def _table(
    name: str,
    record: type,
    *,
    source: str | None = None,
    owner_field: str | None = None,
    bounds: bool = True,
    renames: dict[str, str] | None = None,
    derived: tuple[Derived, ...] = (),
    position: str | None = None,
) -> Table:
    fields = [_field_map(f, "", bounds) for f in _resolved(record)]
    if renames:
        fields = [_renamed(f, renames) for f in fields]
    return Table(
        name=name,
        record=record,
        source=source or name,
        owner_field=owner_field,
        fields=tuple(f for f in fields if f.shape is not Shape.CHILDREN),
        derived=derived,
        position=position,
    )


def _renamed(field: FieldMap, renames: dict[str, str]) -> FieldMap:
    columns = tuple(attrs.evolve(c, name=renames.get(c.name, c.name)) for c in field.columns)
    parts = tuple(_renamed(p, renames) for p in field.parts)
    return attrs.evolve(field, columns=columns, parts=parts)


def _statement_year(s: Statement) -> int | None:
    return None if s.said_on is None else s.said_on.year


TABLES: tuple[Table, ...] = (
    _table(
        "statements",
        Statement,
        bounds=False,
        position="corpus_index",
        derived=(
            Derived(
                column=Column(
                    "article_reliability", "enum", derived=True, choices=ReliabilityLevel
                ),
                value=lambda a: a.reliability.level.value,
                after="article_id",
                through=("article_id", "articles"),
            ),
            Derived(
                column=Column("date_text", "str", nullable=True, derived=True),
                value=lambda s: s.date_text,
                after="said_until",
            ),
            Derived(
                column=Column("earliest", "date", nullable=True, derived=True),
                value=lambda s: s.earliest,
                after="said_until",
            ),
            Derived(
                column=Column("latest", "date", nullable=True, derived=True),
                value=lambda s: s.latest,
                after="said_until",
            ),
            Derived(
                column=Column("year", "year", nullable=True, derived=True),
                value=_statement_year,
                after="said_until",
            ),
        ),
    ),
    _table("articles", Article, renames={"reliability_level": "reliability"}),
    _table("actors", Actor),
    _table("roles", Role, source="actors", owner_field="roles"),
    _table("agreements", Agreement),
    _table("milestones", Milestone, source="agreements", owner_field="milestones"),
    _table("topics", Topic),
    _table("events", Event),
    _table("references", Reference),
    _table("conflicts", Conflict),
)
"""The exported tables, in the order they are written."""

_BY_NAME = {t.name: t for t in TABLES}


def table(name: str) -> Table | None:
    """The table called ``name``, or ``None``."""
    return _BY_NAME.get(name) if isinstance(name, str) else None
