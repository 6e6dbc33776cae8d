"""Records from Arrow columns: the compact load path of :func:`asean_corpus.read_parquet`.

A million statements are not turned into a million dicts and passed through a
generic converter. Each column is decoded once: repeated values (ids of articles and
speakers, enum values, dates, topic sets) are dictionary-encoded by Arrow, converted
once per distinct value and shared between records; records are then assembled
column-wise. The corpus is validated as usual when it is constructed.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Callable, Sequence
from operator import itemgetter, le
from pathlib import Path
from typing import Any

import attrs

from ._gc import paused
from ._validate import statements_checked
from .corpus import Corpus
from .dates import PartialDate
from .exceptions import CorpusError, InvalidCorpusError
from .export import (
    MANIFEST,
    PARQUET_FORMAT_VERSION,
    TABLES,
    _import,
    arrow_schema,
    columns,
)
from .model import (
    Actor,
    Agreement,
    Article,
    ArticleEvidence,
    Conflict,
    Event,
    Evidence,
    Milestone,
    Reference,
    ReferenceEvidence,
    Reliability,
    Role,
    Span,
    Statement,
    Topic,
)

_SEP = "\x1f"


def _constructor(cls: type) -> Callable[..., Any]:
    """A positional constructor of a frozen attrs class that skips ``__init__``.

    It sets the slots directly, in field order. Only for values already of the right
    types; the corpus validation runs afterwards as for any corpus.
    """
    setters = tuple(getattr(cls, f.name).__set__ for f in attrs.fields(cls))
    new = object.__new__

    def make(*values: Any) -> Any:
        self: Any = new(cls)
        for set_slot, value in zip(setters, values, strict=True):
            set_slot(self, value)
        return self

    return make


class _Reader:
    """Decodes the columns of one table, collecting problems instead of stopping."""

    def __init__(self, table: str, data: Any, problems: list[str]) -> None:
        self.pa = _import("pyarrow", "parquet")
        self.pc = _import("pyarrow.compute", "parquet")
        self.name = table
        self.data = data
        self.rows = data.num_rows
        self.problems = problems

    def problem(self, row: int | None, column: str, message: str) -> None:
        if row is not None and self.name == "statements":
            row = self.data.column("corpus_index")[row].as_py()
        where = f"$.{self.name}" if row is None else f"$.{self.name}[{row}]"
        self.problems.append(f"{where}.{column}: {message}")

    def column(self, name: str) -> Any:
        return self.data.column(name).combine_chunks()

    def plain(self, name: str) -> list[Any]:
        """The values as Python objects, one per row."""
        values: list[Any] = self.data.column(name).to_pylist()
        return values

    def decoded(self, name: str, convert: Callable[[Any], Any] | None = None) -> list[Any]:
        """The values, each distinct value converted once and shared between rows."""
        col = self.column(name)
        if self.rows == 0:
            return []
        encoded = col.dictionary_encode()
        distinct = encoded.dictionary.to_pylist()
        if convert is not None:
            converted = []
            for value in distinct:
                try:
                    converted.append(convert(value))
                except (CorpusError, ValueError) as exc:
                    first = self.pc.index(col, value).as_py()
                    self.problem(first, name, str(exc))
                    converted.append(None)
            distinct = converted
        indices = encoded.indices
        if indices.null_count:
            distinct.append(None)
            indices = self.pc.fill_null(indices, len(distinct) - 1)
        return _take(distinct, indices)

    def enum(self, name: str, cls: type[enum.Enum]) -> list[Any]:
        valid = ", ".join(repr(m.value) for m in cls)

        def convert(value: Any) -> enum.Enum:
            try:
                return cls(value)
            except ValueError:
                msg = f"unknown {cls.__name__} {value!r}; expected one of {valid}"
                raise ValueError(msg) from None

        return self.decoded(name, convert)

    def dates(self, name: str) -> list[PartialDate | None]:
        return self.decoded(name, PartialDate.parse)

    def lists(self, name: str, make: Callable[[Sequence[str]], Any]) -> list[Any]:
        """A list<string> column, each distinct list made (tuple, frozenset) once."""
        pc = self.pc
        col = self.column(name)
        flat = col.flatten()
        risky = len(flat) and (
            pc.any(pc.equal(flat, "")).as_py() or pc.any(pc.match_substring(flat, _SEP)).as_py()
        )
        if risky or col.null_count:
            shared: dict[tuple[str, ...], Any] = {}
            out = []
            for value in col.to_pylist():
                key = tuple(value or ())
                found = shared.get(key)
                if found is None:
                    found = shared[key] = make(key)
                out.append(found)
            return out
        joined = pc.binary_join(col.cast(self.pa.list_(self.pa.string())), _SEP)
        encoded = joined.dictionary_encode()
        distinct = [make(tuple(k.split(_SEP)) if k else ()) for k in encoded.dictionary.to_pylist()]
        return _take(distinct, encoded.indices)

    def evidence_lists(self, name: str) -> list[tuple[Evidence, ...]]:
        out = []
        for i, items in enumerate(self.plain(name)):
            evidence = []
            for j, item in enumerate(items or ()):
                found: list[str] = []
                ev = _evidence(item, found.append)
                for message in found:
                    self.problem(i, f"{name}[{j}]", message)
                if ev is not None:
                    evidence.append(ev)
            out.append(tuple(evidence))
        return out


def _evidence(item: dict[str, Any], fail: Callable[[str], None]) -> Evidence | None:
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
    return ArticleEvidence(
        article_id=item["article_id"], span=Span(item["start"], item["end"]), text=item["text"]
    )


def _take(distinct: list[Any], indices: Any) -> list[Any]:
    """``[distinct[i] for i in indices]`` for an Arrow array of indices, in C if numpy is there."""
    try:
        import numpy as np
    except ImportError:  # pragma: no cover - pyarrow's pandas extra brings numpy
        return list(map(distinct.__getitem__, indices.to_pylist()))
    values = np.empty(len(distinct), dtype=object)
    for i, value in enumerate(distinct):
        values[i] = value
    taken: list[Any] = values[indices.to_numpy(zero_copy_only=False)].tolist()
    return taken


_make_statement = _constructor(Statement)
_make_span = _constructor(Span)


class _StatementColumns:
    """The decoded statement columns, in file order, before records are made."""

    def __init__(self, r: _Reader) -> None:
        n = r.rows
        self.ids = r.plain("id")
        self.article_ids = r.decoded("article_id")
        self.speakers = r.decoded("speaker_id")
        self.texts = r.plain("text")
        self.starts = r.plain("span_start")
        self.ends = r.plain("span_end")
        self.modes = r.enum("mode", _enum_of("mode"))
        self.verbatim = r.plain("verbatim")
        self.cues = r.decoded("cue")
        self.mentions = r.decoded("mention")
        self.mention_spans: list[Span | None] = [None] * n
        starts, ends = r.column("mention_start"), r.column("mention_end")
        lonely = r.pc.not_equal(r.pc.is_null(starts), r.pc.is_null(ends))
        if n and r.pc.any(lonely).as_py():
            row = r.pc.index(lonely, True).as_py()
            r.problem(row, "mention_end", "mention_start and mention_end go together")
        if starts.null_count < n or ends.null_count < n:
            self.mention_spans = [
                None if a is None or b is None else _make_span(a, b)
                for a, b in zip(starts.to_pylist(), ends.to_pylist(), strict=True)
            ]
        self.via = r.lists("via", tuple)
        self.said_on = r.dates("said_on")
        self.said_until = r.dates("said_until")
        self.bases = r.enum("date_basis", _enum_of("date_basis"))
        self.date_evidence = r.decoded("date_evidence")
        self.events = r.decoded("event_id")
        self.topics = r.lists("topics", frozenset)
        self.agreements = r.lists("agreements", frozenset)
        self.notes = r.plain("note")
        self.reader = r

    def records(self) -> tuple[Statement, ...]:
        """The statements, in corpus order."""
        spans = list(map(_make_span, self.starts, self.ends))
        made = list(
            map(
                _make_statement,
                self.ids,
                self.article_ids,
                self.speakers,
                self.texts,
                spans,
                self.modes,
                self.verbatim,
                self.cues,
                self.mentions,
                self.mention_spans,
                self.via,
                self.said_on,
                self.said_until,
                self.bases,
                self.date_evidence,
                self.events,
                self.topics,
                self.agreements,
                self.notes,
            )
        )
        r = self.reader
        if len(made) < 2:
            return tuple(made)
        order = r.pc.sort_indices(r.data.column("corpus_index")).to_pylist()
        if order == list(range(len(made))):
            return tuple(made)
        in_order: tuple[Statement, ...] = itemgetter(*order)(made)
        return in_order

    def valid(
        self,
        articles: Sequence[Article],
        actors: Sequence[Actor],
        topics: Sequence[Topic],
        agreements: Sequence[Agreement],
        events: Sequence[Event],
    ) -> bool:
        """Whether the statements pass every check of the corpus validation.

        Conservative: ``True`` only if the validation of statements (their ids, and
        every rule of ``_Checker._statements``) would find no problem. The checks run
        over whole columns, and over each distinct value of a repeated one, instead of
        statement by statement.
        """
        pc = self.reader.pc
        data = self.reader.data
        ids = data.column("id")
        if len(ids) and (
            pc.count_distinct(ids).as_py() != len(ids) or pc.min(pc.utf8_length(ids)).as_py() == 0
        ):
            return False
        bodies = {a.id: a.body for a in articles}
        actor_ids = {a.id for a in actors}
        if not set(self.article_ids) <= bodies.keys() or not set(self.speakers) <= actor_ids:
            return False
        if not {e for e in set(self.events) if e is not None} <= {e.id for e in events}:
            return False
        if not all(set(v) <= actor_ids for v in set(self.via)):
            return False
        topic_ids = frozenset(t.id for t in topics)
        agreement_ids = frozenset(a.id for a in agreements)
        if not all(t <= topic_ids for t in set(self.topics)):
            return False
        if not all(a <= agreement_ids for a in set(self.agreements)):
            return False
        undated = pc.is_null(data.column("said_on"))
        unknown = pc.equal(data.column("date_basis"), "unknown")
        if not pc.all(pc.equal(undated, unknown)).as_py():
            return False
        if data.column("said_until").null_count < len(ids):
            for on, until in zip(self.said_on, self.said_until, strict=True):
                if until is not None and (on is None or until.latest < on.earliest):
                    return False
        mention_start = pc.is_null(data.column("mention_start"))
        for other in ("mention", "mention_end"):
            if not pc.all(pc.equal(mention_start, pc.is_null(data.column(other)))).as_py():
                return False
        # Spans: lengths and bounds over whole columns, then one C-level startswith per
        # statement instead of a slice and a comparison.
        starts, ends = data.column("span_start"), data.column("span_end")
        lengths = pc.subtract(ends, starts)
        if len(ids) and (
            pc.min(starts).as_py() < 0
            or not pc.all(pc.equal(lengths, pc.utf8_length(data.column("text")))).as_py()
        ):
            return False
        rows = list(map(bodies.__getitem__, self.article_ids))
        if not all(map(le, self.ends, map(len, rows))):
            return False
        if not all(map(str.startswith, rows, self.texts, self.starts)):
            return False
        if data.column("mention_start").null_count < len(ids):
            for body, span, mention in zip(rows, self.mention_spans, self.mentions, strict=True):
                if span is not None:
                    start, end = span.start, span.end
                    if not (0 <= start <= end <= len(body)) or body[start:end] != mention:
                        return False
        return True


def _enum_of(name: str, table: str = "statements") -> type[enum.Enum]:
    for col in columns(table):
        if col.name == name and col.choices is not None:
            return col.choices
    raise AssertionError(name)


def _records(r: _Reader, build: Callable[[dict[str, Any], int], Any]) -> list[Any]:
    """Records built row by row from the decoded columns (for the small tables)."""
    values: dict[str, list[Any]] = {}
    for col in columns(r.name):
        if col.derived:
            continue
        if col.kind == "enum" and col.choices is not None:
            values[col.name] = r.enum(col.name, col.choices)
        elif col.kind == "evidence":
            values[col.name] = r.evidence_lists(col.name)
        elif col.kind == "str" and col.name in _DATE_COLUMNS.get(r.name, ()):
            values[col.name] = r.dates(col.name)
        elif col.kind == "strs":
            values[col.name] = r.lists(col.name, tuple)
        else:
            values[col.name] = r.plain(col.name)
    if r.problems:
        return []
    names = list(values)
    out = []
    for i, row in enumerate(zip(*values.values(), strict=True)):
        try:
            out.append(build(dict(zip(names, row, strict=True)), i))
        except (CorpusError, TypeError, ValueError) as exc:
            r.problem(i, "", str(exc))
    return out


_DATE_COLUMNS = {
    "articles": ("published",),
    "roles": ("start", "end"),
    "milestones": ("date",),
    "events": ("start", "end"),
}


def _article(v: dict[str, Any], _i: int) -> Article:
    return Article(
        id=v["id"],
        title=v["title"],
        body=v["body"],
        source_file=v["source_file"],
        source_sha256=v["source_sha256"],
        published=v["published"],
        published_time=v["published_time"],
        published_basis=v["published_basis"],
        publisher=v["publisher"],
        authors=v["authors"],
        kind=v["kind"],
        language=v["language"],
        reliability=Reliability(level=v["reliability"], reasons=v["reliability_reasons"]),
        notes=v["notes"],
    )


def _role(v: dict[str, Any], _i: int) -> tuple[str, Role]:
    return v["actor_id"], Role(
        title=v["title"],
        organisation=v["organisation"],
        start=v["start"],
        end=v["end"],
        current=v["current"],
        evidence=v["evidence"],
    )


def _actor(v: dict[str, Any], _i: int) -> Actor:
    return Actor(
        id=v["id"],
        name=v["name"],
        kind=v["kind"],
        aliases=v["aliases"],
        wikidata=v["wikidata"],
        country=v["country"],
        description=v["description"],
    )


def _milestone(v: dict[str, Any], i: int) -> tuple[str, Milestone]:
    item = {k: v[f"evidence_{k}"] for k in ("article_id", "start", "end", "text", "reference_id")}
    problems: list[str] = []
    evidence = _evidence(item, problems.append)
    if evidence is None:
        raise ValueError(problems[0])
    return v["agreement_id"], Milestone(
        kind=v["kind"],
        date=v["date"],
        place=v["place"],
        expected=v["expected"],
        evidence=evidence,
        note=v["note"],
    )


def _agreement(v: dict[str, Any], _i: int) -> Agreement:
    return Agreement(
        id=v["id"],
        name=v["name"],
        kind=v["kind"],
        aliases=v["aliases"],
        parties=v["parties"],
        parent=v["parent"],
        description=v["description"],
    )


def _topic(v: dict[str, Any], _i: int) -> Topic:
    return Topic(id=v["id"], label=v["label"], parent=v["parent"], description=v["description"])


def _event(v: dict[str, Any], _i: int) -> Event:
    return Event(
        id=v["id"],
        name=v["name"],
        kind=v["kind"],
        aliases=v["aliases"],
        start=v["start"],
        end=v["end"],
        place=v["place"],
        part_of=v["part_of"],
        evidence=v["evidence"],
    )


def _reference(v: dict[str, Any], _i: int) -> Reference:
    return Reference(
        id=v["id"],
        fact=v["fact"],
        precision=v["precision"],
        sources=v["sources"],
        confidence=v["confidence"],
        checked_on=v["checked_on"],
    )


def _conflict(v: dict[str, Any], _i: int) -> Conflict:
    return Conflict(
        id=v["id"],
        article_id=v["article_id"],
        span=Span(v["span_start"], v["span_end"]),
        text=v["text"],
        conflicts_with=v["conflicts_with"],
        description=v["description"],
        subjects=frozenset(v["subjects"]),
    )


def _attach(
    owners: list[Any], items: list[tuple[str, Any]], field: str, table: str, problems: list[str]
) -> list[Any]:
    """Give each owner (actor, agreement) its rows of a child table, in row order."""
    by_owner: dict[str, list[Any]] = {}
    for owner, item in items:
        by_owner.setdefault(owner, []).append(item)
    known = {o.id for o in owners}
    for owner in by_owner:
        if owner not in known:
            problems.append(f"$.{table}: rows for {owner!r}, which is not in the owning table")
    return [
        attrs.evolve(o, **{field: tuple(by_owner[o.id])}) if o.id in by_owner else o for o in owners
    ]


def _compatible(actual: Any, expected: Any) -> bool:
    """Whether ``actual`` holds the same kind of values as ``expected`` (no lossy casts).

    Other writers may use large strings, narrower integers or other names for list
    items; a number is never read as a string, nor a string as a date.
    """
    t = _import("pyarrow", "parquet").types
    if actual == expected:
        return True
    if t.is_string(expected):
        view = getattr(t, "is_string_view", lambda _: False)(actual)
        return bool(t.is_string(actual) or t.is_large_string(actual) or view)
    if t.is_integer(expected):
        return bool(t.is_integer(actual))
    if t.is_date(expected) or t.is_time(expected):
        return bool(t.is_date(actual) if t.is_date(expected) else t.is_time(actual))
    if t.is_list(expected):
        view = getattr(t, "is_list_view", lambda _: False)(actual)
        listed = t.is_list(actual) or t.is_large_list(actual) or view
        return bool(listed) and _compatible(actual.value_type, expected.value_type)
    if t.is_struct(expected):
        if not t.is_struct(actual):
            return False
        names = {actual.field(i).name: actual.field(i).type for i in range(actual.num_fields)}
        return all(
            expected.field(i).name in names
            and _compatible(names[expected.field(i).name], expected.field(i).type)
            for i in range(expected.num_fields)
        )
    return False


def _read_table(folder: Path, table: str, problems: list[str]) -> Any:
    pa = _import("pyarrow", "parquet")
    pq = _import("pyarrow.parquet", "parquet")
    ds = _import("pyarrow.dataset", "parquet")
    files = sorted((folder / table).rglob("*.parquet"))
    if not files:
        problems.append(f"{table}/: no Parquet files")
        return None
    wanted = [c.name for c in columns(table) if not c.derived]
    if table == "statements":
        wanted.append("corpus_index")
    expected = arrow_schema(
        table,
        drop=[c.name for c in columns(table) if c.derived],
        extra=[pa.field("corpus_index", pa.int64(), nullable=False)]
        if table == "statements"
        else [],
    )
    schemas = []
    for path in files:
        where = path.relative_to(folder).as_posix()
        try:
            schema = pq.read_schema(path)
        except (OSError, pa.ArrowException) as exc:
            problems.append(f"{where}: not a readable Parquet file ({exc})")
            continue
        missing = [name for name in wanted if name not in schema.names]
        if missing:
            problems.append(f"{where}: missing columns {', '.join(map(repr, missing))}")
            continue
        for field in expected:
            actual = schema.field(field.name).type
            if not _compatible(actual, field.type):
                problems.append(
                    f"{where}: column {field.name!r} is {actual}, expected {field.type}"
                )
        schemas.append(schema)
    if problems:
        return None
    first = pa.schema([schemas[0].field(name) for name in wanted])
    if all(s.field(n).type == first.field(n).type for s in schemas[1:] for n in wanted):
        # One threaded read of every file, as pandas and DuckDB do.
        dataset = ds.dataset([str(p) for p in files], format="parquet", schema=first)
        data = dataset.to_table(columns=wanted)
    else:
        data = pa.concat_tables([pq.read_table(p, columns=wanted).cast(expected) for p in files])
    arrays = []
    for field in expected:
        column = data.column(field.name)
        if not field.nullable and column.null_count:
            problems.append(f"$.{table}: column {field.name!r} has missing values")
            continue
        if column.type != field.type:
            try:
                column = column.cast(field.type)
            except (pa.ArrowException, TypeError) as exc:
                problems.append(f"$.{table}: column {field.name!r}: {exc}")
                continue
        arrays.append(column)
    if problems:
        return None
    data = pa.Table.from_arrays(arrays, schema=expected)
    if table == "statements" and not problems:
        order = data.column("corpus_index")
        pc = _import("pyarrow.compute", "parquet")
        n = data.num_rows
        if n and (
            pc.min(order).as_py() != 0
            or pc.max(order).as_py() != n - 1
            or pc.count_distinct(order).as_py() != n
        ):
            problems.append("$.statements: corpus_index is not 0, 1, ... once each")
            return None
    return data


def read_folder(folder: Path) -> Corpus:
    """Read a Parquet export (see :func:`asean_corpus.read_parquet`)."""
    with paused():
        return _read_folder(folder)


def _read_folder(folder: Path) -> Corpus:
    _import("pyarrow", "parquet")
    source = str(folder)
    manifest_path = folder / MANIFEST
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        if not folder.is_dir():
            raise InvalidCorpusError(["no such folder"], source) from None
        msg = f"no {MANIFEST}: not a folder written by write_parquet"
        raise InvalidCorpusError([msg], source) from None
    except (OSError, ValueError) as exc:
        raise InvalidCorpusError([f"{MANIFEST}: cannot be read ({exc})"], source) from None
    if not isinstance(manifest, dict) or manifest.get("format_version") != PARQUET_FORMAT_VERSION:
        version = manifest.get("format_version") if isinstance(manifest, dict) else None
        msg = (
            f"{MANIFEST}: unknown format version {version!r}; "
            f"this version of asean_corpus reads {PARQUET_FORMAT_VERSION}"
        )
        raise InvalidCorpusError([msg], source)
    counts = manifest.get("tables", {})
    problems: list[str] = []
    # Arrow reads without holding the GIL: the article bodies are read while the
    # statements are, instead of after them.
    from concurrent.futures import ThreadPoolExecutor

    found: dict[str, list[str]] = {table: [] for table in TABLES}
    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = {t: pool.submit(_read_table, folder, t, found[t]) for t in TABLES}
        data = {table: future.result() for table, future in futures.items()}
    for table in TABLES:
        problems += found[table]
    if problems:
        raise InvalidCorpusError(problems, source)
    for table in TABLES:
        if counts.get(table) != data[table].num_rows:
            problems.append(
                f"{table}/: {data[table].num_rows} rows, but {MANIFEST} records "
                f"{counts.get(table)!r}; the folder is incomplete or was changed"
            )
    if problems:
        raise InvalidCorpusError(problems, source)
    readers = {table: _Reader(table, data[table], problems) for table in TABLES}
    columns_ = _StatementColumns(readers["statements"])
    built = {
        name: _records(readers[name], make)
        for name, make in (
            ("articles", _article),
            ("actors", _actor),
            ("roles", _role),
            ("agreements", _agreement),
            ("milestones", _milestone),
            ("topics", _topic),
            ("events", _event),
            ("references", _reference),
            ("conflicts", _conflict),
        )
    }
    if problems:
        raise InvalidCorpusError(problems, source)
    actors = _attach(built["actors"], built["roles"], "roles", "roles", problems)
    agreements = _attach(
        built["agreements"], built["milestones"], "milestones", "milestones", problems
    )
    if problems:
        raise InvalidCorpusError(problems, source)
    checked = columns_.valid(
        built["articles"], actors, built["topics"], agreements, built["events"]
    )
    statements = columns_.records()
    try:
        with statements_checked(statements if checked else None):
            return Corpus(
                articles=tuple(built["articles"]),
                statements=statements,
                actors=tuple(actors),
                agreements=tuple(agreements),
                topics=tuple(built["topics"]),
                events=tuple(built["events"]),
                references=tuple(built["references"]),
                conflicts=tuple(built["conflicts"]),
            )
    except InvalidCorpusError as exc:
        raise InvalidCorpusError(exc.problems, source) from None
