"""Exports of a corpus as tables: pandas, Arrow, Parquet, JSON Lines, CSV, Web Annotation.

Every record type has one flat table; the roles of actors and the milestones of
agreements have tables of their own. The columns are the same in every format (see
:data:`TABLES` and :func:`columns`): ids with the matching names or titles beside them,
each partial date as its ISO text, its precision and the first and last days it may be
(real date columns), lists as lists, evidence as ``{article_id, start, end, text,
reference_id}`` objects.

pandas and pyarrow are optional: they are imported inside the functions that need
them, and a missing one raises :class:`~asean_corpus.MissingDependencyError` naming
the extra to install. JSON Lines, CSV and Web Annotation need neither.

>>> import asean_corpus as ac
>>> [c.name for c in ac.export.columns("topics")]
['id', 'label', 'parent', 'description']
"""

from __future__ import annotations

import csv
import datetime as _dt
import enum
import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from .dates import PartialDate, Precision
from .exceptions import CorpusError, MissingDependencyError
from .model import (
    Actor,
    ActorKind,
    AgreementKind,
    Article,
    ArticleKind,
    Confidence,
    DateBasis,
    EventKind,
    Evidence,
    MilestoneKind,
    Mode,
    ReferenceEvidence,
    ReliabilityLevel,
    Statement,
    Topic,
)

if TYPE_CHECKING:
    from .corpus import Corpus

__all__ = [
    "PARQUET_FORMAT_VERSION",
    "TABLES",
    "Column",
    "columns",
    "read_parquet",
    "to_arrow",
    "to_pandas",
    "to_web_annotations",
    "write_csv",
    "write_jsonl",
    "write_parquet",
    "write_web_annotations",
]

TABLES = (
    "statements",
    "articles",
    "actors",
    "roles",
    "agreements",
    "milestones",
    "topics",
    "events",
    "references",
    "conflicts",
)
"""The tables an export holds, in the order they are written."""

PARQUET_FORMAT_VERSION = 1
"""The version of the Parquet folder layout :func:`write_parquet` writes."""

MANIFEST = "asean_corpus.json"
"""The file at the top of a Parquet export that names the layout and counts the rows."""

NULL_PARTITION = "__HIVE_DEFAULT_PARTITION__"
"""The Hive name of the partition of undated statements (its ``year`` is null)."""

Progress = Callable[[str], None]
"""A function that receives one line of progress, such as ``"statements: 74 rows"``."""


# -- columns ---------------------------------------------------------------------------


@attrs.frozen
class Column:
    """One column of an exported table.

    Attributes:
        name: The column name.
        kind: ``"str"``, ``"int"``, ``"bool"``, ``"date"``, ``"time"``, ``"strs"`` (a
            list of strings), ``"enum"`` (the value of an enum member),
            ``"evidence"`` (a list of evidence objects) or ``"year"`` (a small integer).
        nullable: Whether the column may hold nulls.
        derived: Computed from other records (a name beside an id, a date's
            precision); reading a Parquet export ignores it.
        choices: The enum whose values an ``"enum"`` column holds.

    .. versionadded:: 0.1.0
    """

    name: str
    kind: str
    nullable: bool = False
    derived: bool = False
    choices: type[enum.Enum] | None = None


def _date_columns(prefix: str, *, derived: bool = False) -> tuple[Column, ...]:
    return (
        Column(prefix, "str", nullable=True, derived=derived),
        Column(f"{prefix}_precision", "enum", nullable=True, derived=True, choices=Precision),
        Column(f"{prefix}_earliest", "date", nullable=True, derived=True),
        Column(f"{prefix}_latest", "date", nullable=True, derived=True),
    )


_EVIDENCE_FIELDS = ("article_id", "start", "end", "text", "reference_id")

_SCHEMAS: dict[str, tuple[Column, ...]] = {
    "statements": (
        Column("id", "str"),
        Column("article_id", "str"),
        Column("article_title", "str", derived=True),
        Column("speaker_id", "str"),
        Column("speaker_name", "str", derived=True),
        Column("text", "str"),
        Column("span_start", "int"),
        Column("span_end", "int"),
        Column("mode", "enum", choices=Mode),
        Column("verbatim", "bool"),
        Column("cue", "str", nullable=True),
        Column("mention", "str", nullable=True),
        Column("mention_start", "int", nullable=True),
        Column("mention_end", "int", nullable=True),
        Column("via", "strs"),
        Column("said_on", "str", nullable=True),
        Column("said_on_precision", "enum", nullable=True, derived=True, choices=Precision),
        Column("said_until", "str", nullable=True),
        Column("said_until_precision", "enum", nullable=True, derived=True, choices=Precision),
        Column("earliest", "date", nullable=True, derived=True),
        Column("latest", "date", nullable=True, derived=True),
        Column("year", "year", nullable=True, derived=True),
        Column("date_basis", "enum", choices=DateBasis),
        Column("date_evidence", "str", nullable=True),
        Column("event_id", "str", nullable=True),
        Column("topics", "strs"),
        Column("agreements", "strs"),
        Column("note", "str", nullable=True),
    ),
    "articles": (
        Column("id", "str"),
        Column("title", "str"),
        Column("body", "str"),
        Column("source_file", "str"),
        Column("source_sha256", "str"),
        *_date_columns("published"),
        Column("published_time", "time", nullable=True),
        Column("published_basis", "str", nullable=True),
        Column("publisher", "str", nullable=True),
        Column("publisher_name", "str", nullable=True, derived=True),
        Column("authors", "strs"),
        Column("kind", "enum", choices=ArticleKind),
        Column("language", "str"),
        Column("reliability", "enum", choices=ReliabilityLevel),
        Column("reliability_reasons", "strs"),
        Column("notes", "strs"),
    ),
    "actors": (
        Column("id", "str"),
        Column("name", "str"),
        Column("kind", "enum", choices=ActorKind),
        Column("aliases", "strs"),
        Column("wikidata", "str", nullable=True),
        Column("country", "str", nullable=True),
        Column("description", "str", nullable=True),
    ),
    "roles": (
        Column("actor_id", "str"),
        Column("actor_name", "str", derived=True),
        Column("title", "str"),
        Column("organisation", "str", nullable=True),
        Column("organisation_name", "str", nullable=True, derived=True),
        *_date_columns("start"),
        *_date_columns("end"),
        Column("current", "bool"),
        Column("evidence", "evidence"),
    ),
    "agreements": (
        Column("id", "str"),
        Column("name", "str"),
        Column("kind", "enum", choices=AgreementKind),
        Column("aliases", "strs"),
        Column("parties", "strs"),
        Column("parent", "str", nullable=True),
        Column("description", "str", nullable=True),
    ),
    "milestones": (
        Column("agreement_id", "str"),
        Column("agreement_name", "str", derived=True),
        Column("kind", "enum", choices=MilestoneKind),
        *_date_columns("date"),
        Column("place", "str", nullable=True),
        Column("expected", "bool"),
        Column("evidence_article_id", "str", nullable=True),
        Column("evidence_start", "int", nullable=True),
        Column("evidence_end", "int", nullable=True),
        Column("evidence_text", "str", nullable=True),
        Column("evidence_reference_id", "str", nullable=True),
        Column("note", "str", nullable=True),
    ),
    "topics": (
        Column("id", "str"),
        Column("label", "str"),
        Column("parent", "str", nullable=True),
        Column("description", "str"),
    ),
    "events": (
        Column("id", "str"),
        Column("name", "str"),
        Column("kind", "enum", choices=EventKind),
        Column("aliases", "strs"),
        *_date_columns("start"),
        *_date_columns("end"),
        Column("place", "str", nullable=True),
        Column("part_of", "str", nullable=True),
        Column("evidence", "evidence"),
    ),
    "references": (
        Column("id", "str"),
        Column("fact", "str"),
        Column("precision", "str", nullable=True),
        Column("sources", "strs"),
        Column("confidence", "enum", choices=Confidence),
        Column("checked_on", "date"),
    ),
    "conflicts": (
        Column("id", "str"),
        Column("article_id", "str"),
        Column("article_title", "str", derived=True),
        Column("span_start", "int"),
        Column("span_end", "int"),
        Column("text", "str"),
        Column("conflicts_with", "evidence"),
        Column("description", "str"),
        Column("subjects", "strs"),
    ),
}


def columns(table: str) -> tuple[Column, ...]:
    """The columns of an exported table, in order.

    Raises:
        CorpusError: ``table`` is not one of :data:`TABLES`.

    .. versionadded:: 0.1.0
    """
    return _SCHEMAS[_check_table(table)]


def _check_table(table: str) -> str:
    if table not in _SCHEMAS:
        import difflib

        close = difflib.get_close_matches(str(table), TABLES, n=1)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        msg = f"unknown table {table!r}{hint} (tables: {', '.join(TABLES)})"
        raise CorpusError(msg)
    return table


# -- building the columns ----------------------------------------------------------------


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

    def add(
        self, out: dict[str, list[Any]], prefix: str, values: Sequence[PartialDate | None]
    ) -> None:
        parts = [None if v is None else self.parts(v) for v in values]
        for i, suffix in enumerate(("", "_precision", "_earliest", "_latest")):
            out[prefix + suffix] = [None if p is None else p[i] for p in parts]


def _evidence_row(ev: Evidence) -> dict[str, Any]:
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


def _statement_columns(corpus: Corpus) -> dict[str, list[Any]]:
    ss = corpus.statements
    titles = {a.id: a.title for a in corpus.articles}
    names = {a.id: a.name for a in corpus.actors}
    dates = _DateParts()
    out: dict[str, list[Any]] = {}
    out["id"] = [s.id for s in ss]
    out["article_id"] = article_ids = [s.article_id for s in ss]
    out["article_title"] = [titles[a] for a in article_ids]
    out["speaker_id"] = speakers = [s.speaker_id for s in ss]
    out["speaker_name"] = [names[a] for a in speakers]
    out["text"] = [s.text for s in ss]
    spans = [s.span for s in ss]
    out["span_start"] = [sp.start for sp in spans]
    out["span_end"] = [sp.end for sp in spans]
    out["mode"] = [s.mode.value for s in ss]
    out["verbatim"] = [s.verbatim for s in ss]
    out["cue"] = [s.cue for s in ss]
    out["mention"] = [s.mention for s in ss]
    mentions = [s.mention_span for s in ss]
    out["mention_start"] = [None if m is None else m.start for m in mentions]
    out["mention_end"] = [None if m is None else m.end for m in mentions]
    out["via"] = [list(s.via) for s in ss]
    said_on = [s.said_on for s in ss]
    said_until = [s.said_until for s in ss]
    on: dict[str, list[Any]] = {}
    until: dict[str, list[Any]] = {}
    dates.add(on, "d", said_on)
    dates.add(until, "d", said_until)
    out["said_on"] = on["d"]
    out["said_on_precision"] = on["d_precision"]
    out["said_until"] = until["d"]
    out["said_until_precision"] = until["d_precision"]
    out["earliest"] = on["d_earliest"]
    out["latest"] = [
        u if u is not None else o for o, u in zip(on["d_latest"], until["d_latest"], strict=True)
    ]
    out["year"] = [None if d is None else d.year for d in said_on]
    out["date_basis"] = [s.date_basis.value for s in ss]
    out["date_evidence"] = [s.date_evidence for s in ss]
    out["event_id"] = [s.event_id for s in ss]
    out["topics"] = [sorted(s.topics) for s in ss]
    out["agreements"] = [sorted(s.agreements) for s in ss]
    out["note"] = [s.note for s in ss]
    return out


def _article_columns(corpus: Corpus) -> dict[str, list[Any]]:
    rows = corpus.articles
    names = {a.id: a.name for a in corpus.actors}
    out: dict[str, list[Any]] = {
        "id": [a.id for a in rows],
        "title": [a.title for a in rows],
        "body": [a.body for a in rows],
        "source_file": [a.source_file for a in rows],
        "source_sha256": [a.source_sha256 for a in rows],
    }
    _DateParts().add(out, "published", [a.published for a in rows])
    out["published_time"] = [a.published_time for a in rows]
    out["published_basis"] = [a.published_basis for a in rows]
    out["publisher"] = [a.publisher for a in rows]
    out["publisher_name"] = [None if a.publisher is None else names[a.publisher] for a in rows]
    out["authors"] = [list(a.authors) for a in rows]
    out["kind"] = [a.kind.value for a in rows]
    out["language"] = [a.language for a in rows]
    out["reliability"] = [a.reliability.level.value for a in rows]
    out["reliability_reasons"] = [list(a.reliability.reasons) for a in rows]
    out["notes"] = [list(a.notes) for a in rows]
    return out


def _actor_columns(corpus: Corpus) -> dict[str, list[Any]]:
    rows = corpus.actors
    return {
        "id": [a.id for a in rows],
        "name": [a.name for a in rows],
        "kind": [a.kind.value for a in rows],
        "aliases": [list(a.aliases) for a in rows],
        "wikidata": [a.wikidata for a in rows],
        "country": [a.country for a in rows],
        "description": [a.description for a in rows],
    }


def _role_columns(corpus: Corpus) -> dict[str, list[Any]]:
    names = {a.id: a.name for a in corpus.actors}
    pairs = [(actor, role) for actor in corpus.actors for role in actor.roles]
    dates = _DateParts()
    out: dict[str, list[Any]] = {
        "actor_id": [a.id for a, _ in pairs],
        "actor_name": [a.name for a, _ in pairs],
        "title": [r.title for _, r in pairs],
        "organisation": [r.organisation for _, r in pairs],
        "organisation_name": [
            None if r.organisation is None else names[r.organisation] for _, r in pairs
        ],
    }
    dates.add(out, "start", [r.start for _, r in pairs])
    dates.add(out, "end", [r.end for _, r in pairs])
    out["current"] = [r.current for _, r in pairs]
    out["evidence"] = [[_evidence_row(e) for e in r.evidence] for _, r in pairs]
    return out


def _agreement_columns(corpus: Corpus) -> dict[str, list[Any]]:
    rows = corpus.agreements
    return {
        "id": [a.id for a in rows],
        "name": [a.name for a in rows],
        "kind": [a.kind.value for a in rows],
        "aliases": [list(a.aliases) for a in rows],
        "parties": [list(a.parties) for a in rows],
        "parent": [a.parent for a in rows],
        "description": [a.description for a in rows],
    }


def _milestone_columns(corpus: Corpus) -> dict[str, list[Any]]:
    pairs = [(a, m) for a in corpus.agreements for m in a.milestones]
    out: dict[str, list[Any]] = {
        "agreement_id": [a.id for a, _ in pairs],
        "agreement_name": [a.name for a, _ in pairs],
        "kind": [m.kind.value for _, m in pairs],
    }
    _DateParts().add(out, "date", [m.date for _, m in pairs])
    out["place"] = [m.place for _, m in pairs]
    out["expected"] = [m.expected for _, m in pairs]
    evidence = [_evidence_row(m.evidence) for _, m in pairs]
    for field in _EVIDENCE_FIELDS:
        out[f"evidence_{field}"] = [e[field] for e in evidence]
    out["note"] = [m.note for _, m in pairs]
    return out


def _topic_columns(corpus: Corpus) -> dict[str, list[Any]]:
    rows = corpus.topics
    return {
        "id": [t.id for t in rows],
        "label": [t.label for t in rows],
        "parent": [t.parent for t in rows],
        "description": [t.description for t in rows],
    }


def _event_columns(corpus: Corpus) -> dict[str, list[Any]]:
    rows = corpus.events
    dates = _DateParts()
    out: dict[str, list[Any]] = {
        "id": [e.id for e in rows],
        "name": [e.name for e in rows],
        "kind": [e.kind.value for e in rows],
        "aliases": [list(e.aliases) for e in rows],
    }
    dates.add(out, "start", [e.start for e in rows])
    dates.add(out, "end", [e.end for e in rows])
    out["place"] = [e.place for e in rows]
    out["part_of"] = [e.part_of for e in rows]
    out["evidence"] = [[_evidence_row(v) for v in e.evidence] for e in rows]
    return out


def _reference_columns(corpus: Corpus) -> dict[str, list[Any]]:
    rows = corpus.references
    return {
        "id": [r.id for r in rows],
        "fact": [r.fact for r in rows],
        "precision": [r.precision for r in rows],
        "sources": [list(r.sources) for r in rows],
        "confidence": [r.confidence.value for r in rows],
        "checked_on": [r.checked_on for r in rows],
    }


def _conflict_columns(corpus: Corpus) -> dict[str, list[Any]]:
    rows = corpus.conflicts
    titles = {a.id: a.title for a in corpus.articles}
    return {
        "id": [c.id for c in rows],
        "article_id": [c.article_id for c in rows],
        "article_title": [titles[c.article_id] for c in rows],
        "span_start": [c.span.start for c in rows],
        "span_end": [c.span.end for c in rows],
        "text": [c.text for c in rows],
        "conflicts_with": [[_evidence_row(e) for e in c.conflicts_with] for c in rows],
        "description": [c.description for c in rows],
        "subjects": [sorted(c.subjects) for c in rows],
    }


_BUILDERS: dict[str, Callable[[Corpus], dict[str, list[Any]]]] = {
    "statements": _statement_columns,
    "articles": _article_columns,
    "actors": _actor_columns,
    "roles": _role_columns,
    "agreements": _agreement_columns,
    "milestones": _milestone_columns,
    "topics": _topic_columns,
    "events": _event_columns,
    "references": _reference_columns,
    "conflicts": _conflict_columns,
}


def table_columns(corpus: Corpus, table: str) -> dict[str, list[Any]]:
    """The values of every column of ``table``, as Python lists in column order."""
    from ._gc import paused

    with paused():
        built = _BUILDERS[_check_table(table)](corpus)
    return {c.name: built[c.name] for c in _SCHEMAS[table]}


# -- pandas and Arrow ------------------------------------------------------------------


def _import(module: str, extra: str) -> Any:
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError:
        raise MissingDependencyError(module, extra) from None


def to_pandas(corpus: Corpus, table: str = "statements") -> Any:
    """One table of the corpus as a :class:`pandas.DataFrame` with typed columns.

    Dates are ``datetime64[s]`` columns (``NaT`` where unknown), enum values and date
    precisions are categoricals, integers that may be missing are ``Int64``, lists
    are Python lists, evidence is a list of dicts. Needs pandas only.

    Args:
        corpus: The corpus.
        table: One of :data:`TABLES`.

    Raises:
        MissingDependencyError: pandas is not installed (extra ``pandas``).
        CorpusError: ``table`` is not a table name.

    >>> import asean_corpus as ac
    >>> frame = ac.export.to_pandas(ac.load(), "statements")
    >>> str(frame["earliest"].dtype), str(frame["mode"].dtype)
    ('datetime64[s]', 'category')

    .. versionadded:: 0.1.0
    """
    _check_table(table)
    pd = _import("pandas", "pandas")
    np = _import("numpy", "pandas")
    values = table_columns(corpus, table)
    data: dict[str, Any] = {}
    for col in _SCHEMAS[table]:
        v = values[col.name]
        if col.kind == "date":
            data[col.name] = pd.Series(
                np.array(v, dtype="datetime64[D]").astype("datetime64[s]"), dtype="datetime64[s]"
            )
        elif col.kind == "enum":
            assert col.choices is not None
            cats = pd.CategoricalDtype([m.value for m in col.choices])
            data[col.name] = pd.Series(v, dtype=cats)
        elif col.kind == "int":
            data[col.name] = pd.Series(v, dtype="Int64" if col.nullable else "int64")
        elif col.kind == "year":
            data[col.name] = pd.Series(v, dtype="Int32")
        elif col.kind == "bool":
            data[col.name] = pd.Series(v, dtype="bool")
        elif col.kind in ("strs", "evidence", "time"):
            data[col.name] = pd.Series(v, dtype=object)
        else:
            data[col.name] = pd.Series(v, dtype=None if v else object)
    return pd.DataFrame(data)


def _evidence_type(pa: Any) -> Any:
    return pa.struct(
        [
            pa.field("article_id", pa.string()),
            pa.field("start", pa.int64()),
            pa.field("end", pa.int64()),
            pa.field("text", pa.string()),
            pa.field("reference_id", pa.string()),
        ]
    )


def _arrow_type(pa: Any, col: Column) -> Any:
    kind = col.kind
    if kind in ("str", "enum"):
        return pa.string()
    if kind == "int":
        return pa.int64()
    if kind == "year":
        return pa.int32()
    if kind == "bool":
        return pa.bool_()
    if kind == "date":
        return pa.date32()
    if kind == "time":
        return pa.time64("us")
    if kind == "strs":
        return pa.list_(pa.field("item", pa.string(), nullable=False))
    if kind == "evidence":
        return pa.list_(pa.field("item", _evidence_type(pa), nullable=False))
    raise AssertionError(kind)


def arrow_schema(table: str, *, drop: Iterable[str] = (), extra: Iterable[Any] = ()) -> Any:
    """The explicit Arrow schema of ``table`` (see :func:`to_arrow`)."""
    pa = _import("pyarrow", "parquet")
    dropped = set(drop)
    fields = [
        pa.field(c.name, _arrow_type(pa, c), nullable=c.nullable)
        for c in columns(table)
        if c.name not in dropped
    ]
    return pa.schema([*fields, *extra], metadata={b"asean_corpus.table": table.encode()})


def to_arrow(corpus: Corpus, table: str = "statements") -> Any:
    """One table of the corpus as a :class:`pyarrow.Table` with an explicit schema.

    Strings are ``string``, dates ``date32``, times ``time64[us]``, integers
    ``int64`` (``year`` is ``int32``), lists ``list<string>``, evidence
    ``list<struct<article_id, start, end, text, reference_id>>``; columns that cannot
    be missing are declared non-nullable.

    Raises:
        MissingDependencyError: pyarrow is not installed (extra ``parquet``).
        CorpusError: ``table`` is not a table name.

    >>> import asean_corpus as ac
    >>> ac.export.to_arrow(ac.load(), "references").schema.field("checked_on").type
    DataType(date32[day])

    .. versionadded:: 0.1.0
    """
    _check_table(table)
    pa = _import("pyarrow", "parquet")
    schema = arrow_schema(table)
    values = table_columns(corpus, table)
    arrays = [pa.array(values[f.name], type=f.type) for f in schema]
    return pa.Table.from_arrays(arrays, schema=schema)


# -- Parquet ---------------------------------------------------------------------------


@contextmanager
def _atomic_folder(target: Path) -> Iterator[Path]:
    """A new empty folder beside ``target``; on success it replaces ``target``.

    If the block raises, the new folder is removed and ``target`` is untouched. An
    existing ``target`` is replaced only if it is empty or an earlier export (it holds
    the manifest), so a folder of other files is never removed.
    """
    parent = target.parent
    if not parent.is_dir():
        raise CorpusError(f"{target}: the folder {parent} does not exist")
    if target.exists():
        if not target.is_dir():
            raise CorpusError(f"{target}: exists and is not a folder")
        if any(target.iterdir()) and not (target / MANIFEST).is_file():
            msg = f"{target}: the folder is not empty and is not a corpus export; not replacing it"
            raise CorpusError(msg)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=parent))
    try:
        yield tmp
        _fsync_tree(tmp)
        if target.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".old", dir=parent))
            os.replace(target, old / target.name)
            try:
                os.replace(tmp, target)
            except BaseException:
                os.replace(old / target.name, target)
                raise
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(tmp, target)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def _fsync_tree(folder: Path) -> None:
    for path in sorted(folder.rglob("*"), reverse=True):
        if path.is_file():
            with open(path, "rb") as handle:
                os.fsync(handle.fileno())


def write_parquet(
    corpus: Corpus, folder: str | os.PathLike[str], *, progress: Progress | None = None
) -> None:
    """Write every table of the corpus as Parquet, one sub-folder per table, atomically.

    The layout::

        folder/
          asean_corpus.json                      # layout version and row counts
          statements/year=2025/part-0.parquet    # Hive partitions by year
          statements/year=__HIVE_DEFAULT_PARTITION__/part-0.parquet   # undated
          articles/part-0.parquet
          actors/  roles/  agreements/  milestones/  topics/  events/
          references/  conflicts/

    DuckDB (``read_parquet('folder/statements/*/*.parquet', hive_partitioning=true)``),
    Polars, Spark and ``pyarrow.dataset`` read each sub-folder as a dataset; the
    statements' ``year`` comes from the folder names. Every field of every record is
    kept, so :func:`read_parquet` gives back an equal corpus. The statement files also
    hold ``corpus_index``, the position of each statement in the corpus.

    The folder is written beside ``folder`` under a temporary name and renamed into
    place when complete: an existing export is replaced only by a complete one, and
    a folder holding anything else is never replaced.

    Args:
        corpus: The corpus.
        folder: The folder to create (or an earlier export to replace).
        progress: Called with a short message after each table is written.

    Raises:
        MissingDependencyError: pyarrow is not installed (extra ``parquet``).
        CorpusError: The parent folder does not exist, or ``folder`` exists and is
            not an earlier export.

    .. versionadded:: 0.1.0
    """
    pa = _import("pyarrow", "parquet")
    pq = _import("pyarrow.parquet", "parquet")
    pc = _import("pyarrow.compute", "parquet")
    target = Path(folder)
    counts: dict[str, int] = {}
    with _atomic_folder(target) as tmp:
        for table in TABLES:
            data = to_arrow(corpus, table)
            counts[table] = data.num_rows
            (tmp / table).mkdir()
            if table != "statements":
                pq.write_table(data, tmp / table / "part-0.parquet")
                if progress is not None:
                    progress(f"{table}: {data.num_rows} rows")
                continue
            index = pa.array(range(data.num_rows), type=pa.int64())
            data = data.append_column(pa.field("corpus_index", pa.int64(), nullable=False), index)
            years = data.column("year")
            data = data.drop_columns(["year"])
            distinct = sorted((y for y in pc.unique(years).to_pylist() if y is not None), key=int)
            parts: list[tuple[str, Any]] = [
                (str(y), pc.equal(years, pa.scalar(y, pa.int32()))) for y in distinct
            ]
            if years.null_count or not distinct:
                parts.append((NULL_PARTITION, pc.is_null(years)))
            for name, mask in parts:
                sub = tmp / table / f"year={name}"
                sub.mkdir()
                pq.write_table(data.filter(mask), sub / "part-0.parquet")
            if progress is not None:
                progress(f"{table}: {data.num_rows} rows in {len(parts)} year partitions")
        manifest = {
            "format": "asean_corpus.parquet",
            "format_version": PARQUET_FORMAT_VERSION,
            "tables": counts,
        }
        (tmp / MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")


def read_parquet(folder: str | os.PathLike[str]) -> Corpus:
    """Read a folder written by :func:`write_parquet` back into an equal :class:`Corpus`.

    The corpus is validated like any other; derived columns (names, titles,
    precisions, first and last days, ``year``) are not read.

    Raises:
        MissingDependencyError: pyarrow is not installed (extra ``parquet``).
        InvalidCorpusError: The folder is missing, not an export of this layout
            version, incomplete, or holds records that break the corpus rules; every
            problem is listed.

    .. versionadded:: 0.1.0
    """
    from ._columnar import read_folder

    return read_folder(Path(folder))


# -- JSON Lines and CSV ----------------------------------------------------------------


def _json_value(value: Any) -> Any:
    if isinstance(value, (_dt.date, _dt.time)):
        return value.isoformat()
    return value


def json_rows(corpus: Corpus, table: str) -> Iterator[dict[str, Any]]:
    """The rows of ``table`` as JSON-ready dicts (dates and times as ISO strings)."""
    values = table_columns(corpus, table)
    names = list(values)
    converted = []
    for col in _SCHEMAS[table]:
        v = values[col.name]
        if col.kind in ("date", "time"):
            v = [None if x is None else x.isoformat() for x in v]
        converted.append(v)
    for row in zip(*converted, strict=True):
        yield dict(zip(names, row, strict=True))


def write_jsonl(corpus: Corpus, path: str | os.PathLike[str], table: str = "statements") -> None:
    """Write one table as JSON Lines (one UTF-8 JSON object per line), atomically.

    The keys are the columns of :func:`columns`; dates and times are ISO strings,
    lists are arrays, missing values ``null``.

    Raises:
        CorpusError: ``table`` is not a table name, or the folder of ``path`` does
            not exist.

    .. versionadded:: 0.1.0
    """
    from .storage import atomic_write

    _check_table(table)
    with atomic_write(path) as handle:
        for row in json_rows(corpus, table):
            handle.write(json.dumps(row, ensure_ascii=False))
            handle.write("\n")


def write_csv(corpus: Corpus, path: str | os.PathLike[str], table: str = "statements") -> None:
    """Write one table as CSV (UTF-8, a header row, ``\\n`` line ends), atomically.

    Missing values are empty cells; booleans are ``true``/``false``; dates are ISO
    strings; lists and evidence are JSON arrays in their cell (``["a", "b"]``), so no
    value is lost to a separator.

    Raises:
        CorpusError: ``table`` is not a table name, or the folder of ``path`` does
            not exist.

    .. versionadded:: 0.1.0
    """
    from .storage import atomic_write

    _check_table(table)
    kinds = {c.name: c.kind for c in _SCHEMAS[table]}
    with atomic_write(path) as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(list(kinds))
        for row in json_rows(corpus, table):
            writer.writerow([_csv_cell(kinds[k], v) for k, v in row.items()])


def _csv_cell(kind: str, value: Any) -> Any:
    if value is None:
        return ""
    if kind == "bool":
        return "true" if value else "false"
    if kind in ("strs", "evidence"):
        return json.dumps(value, ensure_ascii=False)
    return value


# -- Web Annotation --------------------------------------------------------------------

ANNOTATION_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
DEFAULT_BASE = "urn:asean-corpus:"
"""The default IRI prefix of exported annotations and their articles."""


def to_web_annotations(
    corpus: Corpus,
    *,
    statements: Iterable[Statement] | None = None,
    base: str = DEFAULT_BASE,
    context_length: int = 32,
) -> dict[str, Any]:
    """Statements as a W3C Web Annotation collection (JSON-LD), for annotation tools.

    The result is an ``AnnotationCollection`` whose embedded first
    ``AnnotationPage`` holds one ``Annotation`` per statement. Each annotation
    targets its article (``{base}article/{id}``) with two selectors on the article
    body: a ``TextQuoteSelector`` (``exact`` is the statement's text, ``prefix`` and
    ``suffix`` up to ``context_length`` characters around it) and a
    ``TextPositionSelector`` (``start``/``end`` in Unicode code points, end
    exclusive, as :class:`~asean_corpus.Span`). Its bodies identify the speaker,
    tag the topics, and describe the date and how the article reports the words.

    Args:
        corpus: The corpus.
        statements: The statements to export (a query result); all by default.
        base: IRI prefix for the ids of the collection, annotations and articles.
        context_length: Characters of ``prefix`` and ``suffix``.

    >>> import asean_corpus as ac
    >>> doc = ac.export.to_web_annotations(ac.load())
    >>> item = doc["first"]["items"][0]
    >>> [s["type"] for s in item["target"]["selector"]]
    ['TextQuoteSelector', 'TextPositionSelector']

    .. versionadded:: 0.1.0
    """
    chosen = corpus.statements if statements is None else tuple(statements)
    articles = {a.id: a for a in corpus.articles}
    actors = {a.id: a for a in corpus.actors}
    topics = {t.id: t for t in corpus.topics}
    items = [
        _annotation(s, articles[s.article_id], actors, topics, base, context_length) for s in chosen
    ]
    collection = f"{base}statements"
    return {
        "@context": ANNOTATION_CONTEXT,
        "id": collection,
        "type": "AnnotationCollection",
        "label": "Statements of the corpus",
        "total": len(items),
        "first": {
            "id": f"{collection}/page/1",
            "type": "AnnotationPage",
            "partOf": collection,
            "startIndex": 0,
            "items": items,
        },
    }


def _annotation(
    s: Statement,
    article: Article,
    actors: Mapping[str, Actor],
    topics: Mapping[str, Topic],
    base: str,
    context_length: int,
) -> dict[str, Any]:
    body_text = article.body
    start, end = s.span.start, s.span.end
    speaker = actors[s.speaker_id]
    bodies: list[dict[str, Any]] = [
        {
            "type": "TextualBody",
            "purpose": "identifying",
            "value": speaker.name,
            "format": "text/plain",
        }
    ]
    if speaker.wikidata:
        bodies.append(
            {
                "type": "SpecificResource",
                "purpose": "identifying",
                "source": f"http://www.wikidata.org/entity/{speaker.wikidata}",
            }
        )
    for topic_id in sorted(s.topics):
        bodies.append(
            {"type": "TextualBody", "purpose": "tagging", "value": topics[topic_id].label}
        )
    when = "date unknown" if s.said_on is None else f"said on {s.said_on}"
    if s.said_until is not None:
        when = f"said between {s.said_on} and {s.said_until}"
    bodies.append(
        {
            "type": "TextualBody",
            "purpose": "describing",
            "value": f"{speaker.name}, {when} ({s.mode.value.replace('_', ' ')})",
            "format": "text/plain",
        }
    )
    return {
        "@context": ANNOTATION_CONTEXT,
        "id": f"{base}statement/{s.id}",
        "type": "Annotation",
        "motivation": "identifying",
        "body": bodies,
        "target": {
            "type": "SpecificResource",
            "source": f"{base}article/{article.id}",
            "selector": [
                {
                    "type": "TextQuoteSelector",
                    "exact": s.text,
                    "prefix": body_text[max(0, start - context_length) : start],
                    "suffix": body_text[end : end + context_length],
                },
                {"type": "TextPositionSelector", "start": start, "end": end},
            ],
        },
    }


def write_web_annotations(
    corpus: Corpus,
    path: str | os.PathLike[str],
    *,
    statements: Iterable[Statement] | None = None,
    base: str = DEFAULT_BASE,
) -> None:
    """Write :func:`to_web_annotations` as a UTF-8 JSON-LD file, atomically.

    .. versionadded:: 0.1.0
    """
    from .storage import atomic_write

    doc = to_web_annotations(corpus, statements=statements, base=base)
    text = json.dumps(doc, ensure_ascii=False, indent=1) + "\n"
    with atomic_write(path) as handle:
        handle.write(text)
