"""Records to columns and back, by the one table registry (:mod:`asean_corpus.model.tables`).

Writers (pandas, Arrow, Parquet, JSON Lines, CSV) take the column values that
:func:`table_columns` makes; the Parquet reader gives :func:`table_records` a
:class:`ColumnSource` over what it read, and gets the records back. Both follow the
field maps of the registry, so a field is laid out and read back in one place.
"""

from __future__ import annotations

import datetime as _dt
import difflib
from collections.abc import Callable, Iterable, Sequence
from operator import attrgetter
from typing import TYPE_CHECKING, Any, Protocol

import attrs

from .._gc import paused
from ..exceptions import CorpusError, UnknownRecordError, shown
from ..model import ArticleEvidence, Evidence, PartialDate, ReferenceEvidence, Span
from ..model._fields import slot_setters, stored
from ..model.records import enum_member
from ..model.tables import EVIDENCE_PARTS, TABLES, FieldMap, Shape, Table, table

if TYPE_CHECKING:
    from ..corpus import Corpus

__all__ = [
    "ColumnSource",
    "check_table",
    "evidence_from_row",
    "evidence_row",
    "table_columns",
    "table_records",
]

TABLE_NAMES = tuple(t.name for t in TABLES)


def check_table(name: str) -> Table:
    """The table called ``name``.

    Raises:
        CorpusError: There is no such table; the message names the closest and lists all.
    """
    found = table(name)
    if found is None:
        close = difflib.get_close_matches(str(name), TABLE_NAMES, n=1)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        msg = f"unknown table {shown(name)}{hint} (tables: {', '.join(TABLE_NAMES)})"
        raise CorpusError(msg)
    return found


# -- evidence --------------------------------------------------------------------------------


def evidence_row(ev: Evidence) -> dict[str, Any]:
    """A piece of evidence as ``{article_id, start, end, text, reference_id}``."""
    if isinstance(ev, ReferenceEvidence):
        return {
            "article_id": None,
            "start": None,
            "end": None,
            "text": None,
            "reference_id": ev.reference_id,
        }
    return {
        "article_id": ev.article_id,
        "start": ev.span.start,
        "end": ev.span.end,
        "text": ev.text,
        "reference_id": None,
    }


def evidence_from_row(item: dict[str, Any], fail: Callable[[str], None]) -> Evidence | None:
    """The evidence an exported row describes, or ``None`` after calling ``fail``."""
    if item.get("reference_id") is not None:
        if any(item.get(k) is not None for k in ("article_id", "start", "end", "text")):
            fail("evidence has both a reference_id and article fields")
            return None
        return ReferenceEvidence(reference_id=item["reference_id"])
    missing = [k for k in ("article_id", "start", "end", "text") if item.get(k) is None]
    if missing:
        fail(
            f"evidence needs a reference_id, or article_id, start, end and text (missing {missing})"
        )
        return None
    span = Span(item["start"], item["end"])
    return ArticleEvidence(article_id=item["article_id"], span=span, text=item["text"])


# -- records to columns ----------------------------------------------------------------------


class _DateParts:
    """The text, precision and first and last days of partial dates, computed once each."""

    def __init__(self) -> None:
        self.cache: dict[PartialDate, tuple[str, str, _dt.date, _dt.date]] = {}

    def parts(self, value: PartialDate) -> tuple[str, str, _dt.date, _dt.date]:
        found = self.cache.get(value)
        if found is None:
            found = (str(value), value.precision.value, value.earliest, value.latest)
            self.cache[value] = found
        return found


def _encode(
    field: FieldMap,
    values: list[Any],
    out: dict[str, list[Any]],
    shown: Callable[[str, str], dict[str, Any]],
    dates: _DateParts,
) -> None:
    names = [c.name for c in field.columns]
    shape = field.shape
    if shape is Shape.VALUE:
        out[names[0]] = values
        if field.shown is not None:
            labels = shown(*field.shown)
            out[names[1]] = [None if v is None else labels[v] for v in values]
    elif shape is Shape.ENUM:
        out[names[0]] = [None if v is None else v.value for v in values]
    elif shape is Shape.STRS:
        out[names[0]] = [list(v) for v in values]
        if field.shown is not None:
            labels = shown(*field.shown)
            out[names[1]] = [[labels[i] for i in v] for v in values]
    elif shape is Shape.SET:
        out[names[0]] = [sorted(v) for v in values]
    elif shape is Shape.DATE:
        parts = [None if v is None else dates.parts(v) for v in values]
        for i, name in enumerate(names):
            out[name] = [None if p is None else p[i] for p in parts]
    elif shape is Shape.SPAN:
        out[names[0]] = [None if v is None else v.start for v in values]
        out[names[1]] = [None if v is None else v.end for v in values]
    elif shape is Shape.SPANS:
        out[names[0]] = [[{"start": sp.start, "end": sp.end} for sp in v] for v in values]
    elif shape is Shape.EVIDENCE_LIST:
        out[names[0]] = [[evidence_row(e) for e in v] for v in values]
    elif shape is Shape.EVIDENCE:
        rows = [evidence_row(v) for v in values]
        for name, part in zip(names, EVIDENCE_PARTS, strict=True):
            out[name] = [r[part] for r in rows]
    elif shape is Shape.NESTED:
        for sub in field.parts:
            _encode(sub, list(map(attrgetter(sub.attribute), values)), out, shown, dates)
    else:  # pragma: no cover - tables leave nested tables out
        raise AssertionError(shape)


def table_columns(
    corpus: Corpus, name: str, records: Sequence[Any] | None = None
) -> dict[str, list[Any]]:
    """The values of every column of table ``name``, as Python lists in column order.

    Args:
        corpus: The corpus the records come from (and their names and titles).
        name: The table.
        records: Some records of a corpus table (a query's result), in the order
            their rows should have; all of the table's records by default.

    Raises:
        CorpusError: There is no such table, or ``records`` is given for a table of
            nested records (roles, milestones).
    """
    t = check_table(name)
    if records is not None and t.owner_field is not None:
        msg = f"the rows of {name!r} cannot be chosen: choose their {t.source} instead"
        raise CorpusError(msg)
    if records is not None:
        records = _own(corpus, t, records)
    labels: dict[tuple[str, str], dict[str, Any]] = {}

    def shown(source: str, attribute: str) -> dict[str, Any]:
        key = (source, attribute)
        if key not in labels:
            labels[key] = {r.id: getattr(r, attribute) for r in getattr(corpus, source)}
        return labels[key]

    out: dict[str, list[Any]] = {}
    with paused():
        owners: Sequence[Any] = getattr(corpus, t.source) if records is None else records
        rows: Sequence[Any] = owners
        if t.owner_field is not None:
            pairs = [(o, r) for o in owners for r in getattr(o, t.owner_field)]
            rows = [r for _, r in pairs]
            key, label = t.owner_columns
            out[key.name] = [o.id for o, _ in pairs]
            out[label.name] = [o.name for o, _ in pairs]
        dates = _DateParts()
        for field in t.fields:
            _encode(field, list(map(attrgetter(field.attribute), rows)), out, shown, dates)
        for derived in t.derived:
            if derived.through is None:
                out[derived.column.name] = list(map(derived.value, rows))
            else:
                field_name, source = derived.through
                by_id = {r.id: derived.value(r) for r in getattr(corpus, source)}
                ids = map(attrgetter(field_name), rows)
                out[derived.column.name] = [by_id[i] for i in ids]
        if t.position is not None:
            out[t.position] = _positions(corpus, t, records)
    return {c.name: out[c.name] for c in t.columns}


def _own(corpus: Corpus, t: Table, records: Sequence[Any]) -> Sequence[Any]:
    """``records``, once each is known to be a record of the corpus's table."""
    table: Sequence[Any] = getattr(corpus, t.source)
    by_id = {r.id: r for r in table}
    for r in records:
        found = by_id.get(getattr(r, "id", None))
        if found is None or (found is not r and found != r):
            kind = t.source.removesuffix("s")
            hint = f"the {type(r).__name__} given is not in it"
            raise UnknownRecordError(kind, getattr(r, "id", r), (), hint)
    return records


def _positions(corpus: Corpus, t: Table, records: Sequence[Any] | None) -> list[int]:
    """The place of each record in its corpus table (all of them in order by default)."""
    table: Sequence[Any] = getattr(corpus, t.source)
    if records is None:
        return list(range(len(table)))
    at = {r.id: i for i, r in enumerate(table)}
    return [at[r.id] for r in records]


# -- columns to records ----------------------------------------------------------------------


class ColumnSource(Protocol):
    """The columns of one table as read from a file, for :func:`table_records`.

    Each method returns one value per row, in row order; problems with single values
    are reported through :meth:`problem` (with the row), and the value is ``None``.
    """

    @property
    def rows(self) -> int:
        """How many rows the table has."""
        ...

    def problem(self, row: int | None, column: str, message: str) -> None:
        """Report a problem with a row (or the whole column, with ``None``)."""
        ...

    def values(self, name: str, shared: bool = False) -> list[Any]:
        """The column's values as Python objects; ``shared``: one object per distinct value."""
        ...

    def converted(self, name: str, convert: Callable[[Any], Any]) -> list[Any]:
        """The values passed through ``convert``, once per distinct value."""
        ...

    def lists(self, name: str, make: Callable[[Sequence[str]], Any]) -> list[Any]:
        """A list-of-strings column, each distinct list made (tuple, frozenset) once."""
        ...


def _enum(cls: Any) -> Callable[[Any], Any]:
    return lambda value: enum_member(cls, value)


def _decode(field: FieldMap, source: ColumnSource) -> list[Any]:
    names = [c.name for c in field.stored]
    shape = field.shape
    if shape is Shape.VALUE:
        return source.values(names[0], field.shared)
    if shape is Shape.ENUM:
        return source.converted(names[0], _enum(field.choices))
    if shape is Shape.STRS:
        return source.lists(names[0], tuple)
    if shape is Shape.SET:
        return source.lists(names[0], frozenset)
    if shape is Shape.DATE:
        return source.converted(names[0], PartialDate.parse)
    if shape is Shape.SPAN:
        starts, ends = source.values(names[0]), source.values(names[1])
        if None not in starts and None not in ends:
            return stored(Span, [starts, ends], len(starts))
        out: list[Any] = []
        for row, (start, end) in enumerate(zip(starts, ends, strict=True)):
            if start is None and end is None:
                out.append(None)
                continue
            if start is None or end is None:
                source.problem(row, names[1], f"{names[0]} and {names[1]} go together")
                out.append(None)
                continue
            out.append(Span(start, end))
        return out
    if shape is Shape.SPANS:
        shared: dict[tuple[tuple[int, int], ...], tuple[Span, ...]] = {}
        out = []
        for items in source.values(names[0]):
            if not items:  # most rows
                out.append(())
                continue
            key = tuple((item["start"], item["end"]) for item in items)
            if key not in shared:
                shared[key] = tuple(Span(a, b) for a, b in key)
            out.append(shared[key])
        return out
    if shape is Shape.EVIDENCE_LIST:
        return _evidence_lists(names[0], source)
    if shape is Shape.EVIDENCE:
        columns = [source.values(n) for n in names]
        found = []
        for row, parts in enumerate(zip(*columns, strict=True)):

            def fail(message: str, row: int = row) -> None:
                source.problem(row, field.name, message)

            found.append(evidence_from_row(dict(zip(EVIDENCE_PARTS, parts, strict=True)), fail))
        return found
    if shape is Shape.NESTED:
        decoded = [_decode(sub, source) for sub in field.parts]
        make = field.record
        assert make is not None
        keys = [sub.attribute for sub in field.parts]
        return [make(**dict(zip(keys, row, strict=True))) for row in zip(*decoded, strict=True)]
    raise AssertionError(shape)  # pragma: no cover


def _evidence_lists(name: str, source: ColumnSource) -> list[tuple[Evidence, ...]]:
    out = []
    for i, items in enumerate(source.values(name)):
        evidence = []
        for j, item in enumerate(items or ()):

            def fail(message: str, i: int = i, j: int = j) -> None:
                source.problem(i, f"{name}[{j}]", message)

            ev = evidence_from_row(item, fail)
            if ev is not None:
                evidence.append(ev)
        out.append(tuple(evidence))
    return out


def table_records(t: Table, source: ColumnSource) -> list[Any]:
    """The records of table ``t``, built from its columns in row order.

    For a table of nested records (roles, milestones), each record comes as
    ``(owner id, record)``. Rows that cannot be made are reported through the
    source and left out.
    """
    values = {field.attribute: _decode(field, source) for field in t.fields}
    owners = source.values(t.owner_columns[0].name) if t.owner_field is not None else None
    keys = list(values)
    plain = slot_setters(t.record) is not None
    if owners is None and plain and keys == [f.name for f in attrs.fields(t.record)]:
        # Every field is read and the constructor would only store them: each column is
        # stored in one loop that runs in C. The corpus checks every value's type.
        return stored(t.record, list(values.values()), source.rows)
    out: list[Any] = []
    for row, items in enumerate(zip(*values.values(), strict=True)):
        try:
            record = t.record(**dict(zip(keys, items, strict=True)))
        except (CorpusError, TypeError, ValueError) as exc:
            source.problem(row, "", str(exc))
            continue
        out.append(record if owners is None else (owners[row], record))
    return out


def attach(
    owners: Iterable[Any], children: Iterable[tuple[str, Any]], t: Table
) -> tuple[list[Any], list[str]]:
    """Owners (actors, agreements) given their rows of a nested table, in row order.

    Returns the owners and the ids of rows whose owner is missing.
    """
    by_owner: dict[str, list[Any]] = {}
    for owner, item in children:
        by_owner.setdefault(owner, []).append(item)
    found = list(owners)
    known = {o.id for o in found}
    orphans = [o for o in by_owner if o not in known]
    field = t.owner_field
    assert field is not None
    made = [
        attrs.evolve(o, **{field: tuple(by_owner[o.id])}) if o.id in by_owner else o for o in found
    ]
    return made, orphans
