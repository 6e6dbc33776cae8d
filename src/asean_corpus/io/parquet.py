"""Parquet: a corpus as a folder of tables, written and read back through one layout.

The writer and the reader follow the same column layout (:mod:`asean_corpus.io.columns`,
over the registry of :mod:`asean_corpus.model.tables`). Reading does not turn a million
statements into a million dicts: each column is decoded once, repeated values (ids of
articles and speakers, enum values, dates, topic sets) are converted once per distinct
value and shared between records, and the corpus is validated as any other, bar the
type checks: every column has the layout's type, with no missing value (at any depth)
where the layout allows none, and is decoded into its field's type.
"""

from __future__ import annotations

import errno
import json
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import attrs

from .._gc import paused
from .._optional import require
from ..corpus import Corpus
from ..corpus.vouching import types_vouched
from ..exceptions import (
    CorpusError,
    CorpusFileError,
    CorpusFileNotFoundError,
    InvalidCorpusError,
    Problem,
    file_error,
    shown,
)
from ..model.tables import TABLES
from .columns import ColumnSource, attach, check_table, table_records
from .files import atomic_folder
from .frames import arrow_schema, to_arrow
from .jsonfile import _Pairs
from .reading import check_path, read_bytes

__all__ = [
    "MANIFEST",
    "PARQUET_FORMAT_VERSION",
    "UNDATED_FILE",
    "Progress",
    "read_parquet",
    "write_parquet",
]

PARQUET_FORMAT_VERSION = 1
"""The version of the Parquet folder layout :func:`write_parquet` writes."""

_FORMAT = "asean_corpus.parquet"  # the manifest's "format": what makes a folder an export

MANIFEST = "asean_corpus.json"
"""The file at the top of a Parquet export that names the layout and counts the rows."""

UNDATED_FILE = "undated.parquet"
"""The file of the undated statements (their ``year`` is null) in ``statements/``."""

Progress = Callable[[str], None]
"""A function that receives one line of progress, such as ``"statements: 74 rows"``."""

_SEP = "\x1f"
_DAY_US = 86_400_000_000  # microseconds in a day: a time of day is less
_NAMES = tuple(t.name for t in TABLES)


def write_parquet(
    corpus: Corpus, folder: str | os.PathLike[str], *, progress: Progress | None = None
) -> None:
    """Write every table of the corpus as Parquet, one sub-folder per table, atomically.

    The layout::

        folder/
          asean_corpus.json             # layout version and row counts
          statements/2025.parquet       # the statements of each year, one file a year
          statements/undated.parquet    # the undated statements (year is null)
          articles/part-0.parquet
          actors/  roles/  agreements/  milestones/  topics/  events/
          references/  conflicts/

    Each sub-folder is a plain dataset of files with one schema, no partition
    folders: pandas (``pandas.read_parquet(folder / "statements")``), Polars, DuckDB
    (``read_parquet('folder/statements/*.parquet')``), Spark and ``pyarrow.dataset``
    read it as it is, and ``year`` is a column of the files (a filter on it skips the
    other years' files by their statistics). Every field of every record is kept, so
    :func:`read_parquet` gives back an equal corpus; the statements' ``corpus_index``
    is the position of each statement in the corpus.

    The folder is written beside ``folder`` under a temporary name and renamed into
    place when complete: an existing export is replaced only by a complete one, and
    a folder holding anything else is never replaced.

    Args:
        corpus: The corpus.
        folder: The folder to create (or an earlier export to replace).
        progress: Called with a short message after each table is written.

    Raises:
        MissingDependencyError: pyarrow is not installed (extra ``parquet``).
        CorpusFileError: ``folder`` is not a path, or the system refuses it.
        CorpusError: The parent folder does not exist, ``folder`` exists and is not
            an earlier export alone (its manifest says it is one, and only table
            folders lie beside it), or a time has a UTC offset, which Parquet's time
            type cannot hold.

    >>> import asean_corpus as ac, pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp()) / "corpus"
    >>> ac.export.write_parquet(ac.load(), folder)
    >>> sorted(p.name for p in folder.iterdir())[:4]
    ['actors', 'agreements', 'articles', 'asean_corpus.json']
    """
    pa = require("pyarrow", "parquet")
    pq = require("pyarrow.parquet", "parquet")
    pc = require("pyarrow.compute", "parquet")
    counts: dict[str, int] = {}
    with atomic_folder(folder, is_export=_is_export) as tmp:
        for table in _NAMES:
            data = to_arrow(corpus, table)
            counts[table] = data.num_rows
            (tmp / table).mkdir()
            if table != "statements":
                pq.write_table(data, tmp / table / "part-0.parquet")
                if progress is not None:
                    progress(f"{table}: {data.num_rows} rows")
                continue
            years = data.column("year")
            distinct = sorted((y for y in pc.unique(years).to_pylist() if y is not None), key=int)
            parts: list[tuple[str, Any]] = [
                (f"{y}.parquet", pc.equal(years, pa.scalar(y, pa.int32()))) for y in distinct
            ]
            if years.null_count or not distinct:
                parts.append((UNDATED_FILE, pc.is_null(years)))
            for name, mask in parts:
                pq.write_table(data.filter(mask), tmp / table / name)
            if progress is not None:
                progress(f"{table}: {data.num_rows} rows in {len(parts)} files by year")
        manifest = {
            "format": _FORMAT,
            "format_version": PARQUET_FORMAT_VERSION,
            "tables": counts,
        }
        (tmp / MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")


def _is_export(folder: Path) -> bool:
    """Whether ``folder`` is an earlier export and nothing else, so it may be replaced: a
    manifest that says so (of any layout version), beside table folders of Parquet files.

    A file merely named like the manifest is not enough: the folder would be lost.
    """
    try:
        manifest = json.loads(read_bytes(folder / MANIFEST, 1 << 20).decode("utf-8"))
    except (OSError, ValueError, RecursionError):
        return False
    if not isinstance(manifest, dict) or manifest.get("format") != _FORMAT:
        return False
    # What reading skips is not the reader's to remove: a ``.git`` folder, say. Only a
    # file browser's own ``.DS_Store`` goes with the export it was made in.
    hidden = [n for n in os.listdir(folder) if _bookkeeping(n) and n != ".DS_Store"]
    return not hidden and not _extra_files(folder)


# -- reading ------------------------------------------------------------------------------


class _Reader(ColumnSource):
    """The Arrow columns of one table, decoded for :func:`table_records`.

    The columns stay in the chunks they were read in (one or more per file): a
    column is joined into one array only where that costs little (the indices of
    its distinct values), never the text of a million rows. A row is named in a
    problem by its place in the corpus (``places``: the statements' ``corpus_index``),
    not by its place among the files.
    """

    def __init__(
        self,
        table: str,
        data: Any,
        problems: list[Problem],
        places: Any = None,
        owner: str | None = None,
    ) -> None:
        self.pa = require("pyarrow", "parquet")
        self.pc = require("pyarrow.compute", "parquet")
        self.name = table
        self.data = data
        self._rows: int = data.num_rows
        self.problems = problems
        self.places = places
        self.owner = owner
        """The column naming the record a row belongs to (a role's ``actor_id``)."""

    @property
    def rows(self) -> int:
        return self._rows

    def problem(self, row: int | None, column: str, message: str) -> None:
        place = row if row is None or self.places is None else self.places[row].as_py()
        path: tuple[str | int, ...] = (self.name,) if place is None else (self.name, place)
        if column:
            path = (*path, column)
        rid = None
        if row is not None and "id" in self.data.column_names:
            rid = self.data.column("id")[row].as_py()
        elif row is not None and self.owner in self.data.column_names:
            # "$.roles[5] (actor_id 'jayant-menon')": whose role, not only which row
            rid = f"{self.owner} {self.data.column(self.owner)[row].as_py()!r}"
        self.problems.append(Problem(path=path, message=message, record_id=rid))

    def _column(self, name: str) -> Any:
        return self.data.column(name)

    def values(self, name: str, shared: bool = False) -> list[Any]:
        col = self._column(name)
        if self.pa.types.is_list(col.type) or self.pa.types.is_large_list(col.type):
            return self._lists_of_items(col)
        if not shared or self._rows < 2 or not self.pa.types.is_string(col.type):
            found: list[Any] = col.to_pylist()
            return found
        return self._shared(col, None, name)  # one Python string per distinct id or cue

    def _lists_of_items(self, col: Any) -> list[Any]:
        """A list column's values: only its lists that hold items are made in Python.

        The empty lists, most rows of a column of insertions or evidence, are one
        shared empty tuple. (A list column with nulls is refused before it is read.)
        """
        pc = self.pc
        full = pc.fill_null(pc.greater(pc.list_value_length(col), 0), False)
        if pc.all(full).as_py():
            found: list[Any] = col.to_pylist()
            return found
        out: list[Any] = [()] * len(col)
        rows = pc.indices_nonzero(full).to_pylist()
        for row, items in zip(rows, col.filter(full).to_pylist(), strict=True):
            out[row] = items
        return out

    def converted(self, name: str, convert: Callable[[Any], Any]) -> list[Any]:
        return self._shared(self._column(name), convert, name)

    def _shared(self, col: Any, convert: Callable[[Any], Any] | None, name: str) -> list[Any]:
        if self._rows == 0:
            return []
        # One dictionary for all chunks; only the indices are joined into one array.
        encoded = col.dictionary_encode().combine_chunks()
        distinct = encoded.dictionary.to_pylist()
        if convert is not None:
            converted = []
            for value in distinct:
                try:
                    converted.append(convert(value))
                except (CorpusError, ValueError) as exc:
                    self.problem(self._first(col, value), name, str(exc))
                    converted.append(_STAND_IN)  # in every row that holds the value
            distinct = converted
        indices = encoded.indices
        if indices.null_count:
            distinct.append(None)
            indices = self.pc.fill_null(indices, len(distinct) - 1)
        return _take(distinct, indices)

    def _first(self, col: Any, value: Any) -> int:
        """The row holding ``value`` that comes first in the corpus (not among the files)."""
        return _first_row(self.pc, self.pc.fill_null(self.pc.equal(col, value), False), self.places)

    def lists(self, name: str, make: Callable[[Sequence[str]], Any]) -> list[Any]:
        pc = self.pc
        col = self._column(name)
        flat = pc.list_flatten(col)
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
        encoded = joined.dictionary_encode().combine_chunks()
        distinct = [make(tuple(k.split(_SEP)) if k else ()) for k in encoded.dictionary.to_pylist()]
        return _take(distinct, encoded.indices)


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


def _compatible(actual: Any, expected: Any) -> bool:
    """Whether ``actual`` holds the same kind of values as ``expected`` (no lossy casts).

    Other writers (Spark, DuckDB, polars) may use large strings or string views,
    dictionary encoding, narrower integers, large lists or other names for list items;
    a number is never read as a string, nor a string as a date.
    """
    t = require("pyarrow", "parquet").types
    if actual == expected or t.is_null(actual):  # a column of nulls only: see its nullability
        return True
    if t.is_dictionary(actual):  # dictionary-encoded by the writer: its values count
        return _compatible(actual.value_type, expected)
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


def _unknown_fields(actual: Any, expected: Any, path: str) -> list[str]:
    """The fields of the structs in ``actual`` (at any depth) that ``expected`` lacks,
    as dotted paths ("roles.evidence.page")."""
    t = require("pyarrow", "parquet").types
    if t.is_dictionary(actual):
        actual = actual.value_type
    listed = t.is_list(actual) or t.is_large_list(actual)
    listed = listed or getattr(t, "is_list_view", lambda _: False)(actual)
    if listed and t.is_list(expected):
        return _unknown_fields(actual.value_type, expected.value_type, path)
    if not (t.is_struct(actual) and t.is_struct(expected)):
        return []
    known = {expected.field(i).name: expected.field(i).type for i in range(expected.num_fields)}
    out = []
    for i in range(actual.num_fields):
        field = actual.field(i)
        if field.name not in known:
            out.append(f"{path}.{field.name}")
        else:
            out += _unknown_fields(field.type, known[field.name], f"{path}.{field.name}")
    return out


def _loose(pa: Any, tp: Any) -> Any:
    """``tp`` with every field inside it (list items, struct fields) allowed to be null."""
    if pa.types.is_list(tp):
        return pa.list_(pa.field(tp.value_field.name, _loose(pa, tp.value_type)))
    if pa.types.is_struct(tp):
        return pa.struct([pa.field(f.name, _loose(pa, f.type)) for f in tp])
    return tp


def _without_views(pa: Any, pc: Any, column: Any) -> Any:
    """A column of list views as the same lists (other columns as they are).

    Arrow's own cast of a list view to a list makes an invalid array (pyarrow 26), so
    the lists are rebuilt from the views' items, in order, and their lengths.
    """
    is_view = getattr(pa.types, "is_list_view", lambda _: False)
    large_view = getattr(pa.types, "is_large_list_view", lambda _: False)
    if not (is_view(column.type) or large_view(column.type)):
        return column
    chunks = []
    for chunk in column.chunks:
        sizes = pc.fill_null(pc.list_value_length(chunk), 0).cast(pa.int64())
        ends = pc.cumulative_sum(sizes) if len(chunk) else pa.array([], pa.int64())
        offsets = pa.concat_arrays([pa.array([0], pa.int64()), ends])
        mask = chunk.is_null() if chunk.null_count else None
        items = pc.list_flatten(chunk)
        chunks.append(pa.LargeListArray.from_arrays(offsets, items, mask=mask))
    value = pa.large_list(column.type.value_field)
    return pa.chunked_array(chunks, type=value)


def _missing_inside(pa: Any, pc: Any, column: Any, tp: Any, path: str) -> str | None:
    """Where, inside a column of type ``tp``, values are missing that ``tp`` does not allow.

    A list's items and a struct's fields declared non-nullable are looked at, at any
    depth: ``"topics[]"`` for a missing topic, ``"insertions[].end"`` for an insertion
    without its end. ``None`` when nothing is missing.
    """
    if pa.types.is_list(tp):
        items = pc.list_flatten(column)
        if not tp.value_field.nullable and items.null_count:
            return f"{path}[]"
        return _missing_inside(pa, pc, items, tp.value_type, f"{path}[]")
    if pa.types.is_struct(tp):
        for field in tp:
            inner = pc.struct_field(column, field.name)
            if not field.nullable and inner.null_count:
                return f"{path}.{field.name}"
            found = _missing_inside(pa, pc, inner, field.type, f"{path}.{field.name}")
            if found:
                return found
    return None


def _column_python_cannot_hold(data: Any) -> str | None:
    """The first column of ``data`` that Python cannot read (found after the fact, a
    slice at a time, so that no whole column of text is made in Python)."""
    for name in data.column_names:
        try:
            for chunk in data.column(name).chunks:
                for start in range(0, len(chunk), 1 << 16):
                    chunk.slice(start, 1 << 16).to_pylist()
        except (OverflowError, UnicodeDecodeError, ValueError):
            return str(name)
    return None  # pragma: no cover - the error came from a column


def _first_row(pc: Any, mask: Any, places: Any) -> int:
    """The row where ``mask`` holds that comes first in the corpus: by ``places`` (the
    statements' ``corpus_index``), or among the files where there are none."""
    rows = pc.indices_nonzero(mask)
    if places is None or len(rows) < 2:
        found: int = rows[0].as_py()
        return found
    at = places.take(rows)
    found = rows[pc.index(at, pc.min(at)).as_py()].as_py()
    return found


def _first_missing(pa: Any, pc: Any, data: Any, name: str) -> str:
    """How many rows of ``data`` miss column ``name``, and the first of them in the
    corpus (see :func:`_first_row`), by its place and id."""
    try:
        missing = pc.is_null(data.column(name))
        count = pc.sum(missing.cast(pa.int64())).as_py()
        names = data.column_names
        places = data.column("corpus_index") if "corpus_index" in names else None
        if name == "corpus_index":
            places = None
        row = _first_row(pc, missing, places)
        place = row if places is None else places[row].as_py()
        rid = data.column("id")[row].as_py() if "id" in names and name != "id" else None
    except (pa.ArrowException, TypeError, ValueError, IndexError):  # pragma: no cover
        return ""
    where = f"[{place}]" + (f" ({shown(rid)})" if isinstance(rid, str) else "")
    return f" in {count:,} row{'s' if count != 1 else ''}, the first at {where}"


def _in_layout(pa: Any, pc: Any, column: Any, field: Any) -> Any:
    """A column read as ``field`` of the layout declares it, or what is wrong with it.

    Returns the column with the field's type, or the problem as the rest of a sentence
    (``"has missing values"``). Raises what Arrow raises for a column it cannot cast.
    """
    if not field.nullable and column.null_count:
        return "has missing values"
    if column.type != field.type:
        column = _without_views(pa, pc, column).cast(_loose(pa, field.type))
        column.validate()
    inside = _missing_inside(pa, pc, column, field.type, field.name)
    if inside:
        return f"has missing values in {inside}"
    if column.type != field.type:
        # The same buffers seen with the layout's type: no item is missing (just
        # checked), and older pyarrow will not cast a nullable field to one that is
        # not, even without nulls.
        chunks = [chunk.view(field.type) for chunk in column.chunks]
        column = pa.chunked_array(chunks, field.type)
        column.validate()
    if pa.types.is_time(field.type) and len(column) > column.null_count:
        ticks = column.cast(pa.int64())  # microseconds since midnight
        if pc.min(ticks).as_py() < 0 or pc.max(ticks).as_py() >= _DAY_US:
            return "has times outside a day"
    return column


def _read_table(folder: Path, table: str, problems: list[str]) -> Any:
    pa = require("pyarrow", "parquet")
    pq = require("pyarrow.parquet", "parquet")
    ds = require("pyarrow.dataset", "parquet")
    pc = require("pyarrow.compute", "parquet")
    files = sorted(
        path
        for path in (folder / table).rglob("*.parquet")
        if not any(_bookkeeping(part) for part in path.relative_to(folder).parts)
    )
    if not files:
        problems.append(f"{table}/: no Parquet files")
        return None
    derived = [c.name for c in check_table(table).columns if c.derived]
    index = [pa.field("corpus_index", pa.int64(), nullable=False)] if table == "statements" else []
    expected = arrow_schema(table, drop=derived, extra=index)
    wanted = expected.names
    schemas = []
    for path in files:
        where = path.relative_to(folder).as_posix()
        try:
            schema = pq.read_schema(path)
        except (OSError, pa.ArrowException) as exc:
            problems.append(f"{where}: not a readable Parquet file ({exc})")
            continue
        twice = [name for name in wanted if len(schema.get_all_field_indices(name)) > 1]
        if twice:
            problems.append(f"{where}: columns given twice: {', '.join(map(repr, twice))}")
            continue
        missing = [name for name in wanted if name not in schema.names]
        if missing:
            message = f"{where}: missing columns {', '.join(map(repr, missing))}"
            if "corpus_index" in missing:
                message += (
                    " (corpus_index, written by write_parquet, is each statement's place in"
                    " the corpus; a dataset rewritten by another engine must keep it)"
                )
            problems.append(message)
            continue
        unknown = [
            name
            for name in schema.names
            if name not in wanted and name not in derived and not name.startswith("__index_level_")
        ]
        for field in expected:
            actual = schema.field(field.name).type
            unknown += _unknown_fields(actual, field.type, field.name)
            if not _compatible(actual, field.type):
                problems.append(
                    f"{where}: column {field.name!r} is {actual}, expected {field.type}"
                )
        if unknown:
            # as a JSON file's unknown keys are: a misspelt column is reported, not lost
            listed = ", ".join(map(repr, unknown))
            problems.append(f"{where}: unknown columns or fields {listed}")
        schemas.append(schema)
    if problems:
        return None
    first = pa.schema([schemas[0].field(name) for name in wanted])
    if all(s.field(n).type == first.field(n).type for s in schemas[1:] for n in wanted):
        # One threaded read of every file, as pandas and DuckDB do.
        dataset = ds.dataset([str(p) for p in files], format="parquet", schema=first)
        data = dataset.to_table(columns=wanted)
    else:
        # Each file cast to the expected types with every value allowed to be missing;
        # missing values where none belong are reported below, column by column.
        loose = pa.schema([pa.field(f.name, _loose(pa, f.type)) for f in expected])
        tables = []
        for path in files:
            try:
                found = pq.read_table(path, columns=wanted)
                found = pa.table([_without_views(pa, pc, c) for c in found.columns], wanted)
                tables.append(found.cast(loose))
            except (OSError, pa.ArrowException, TypeError, ValueError) as exc:
                problems.append(f"{path.relative_to(folder).as_posix()}: {exc}")
        if problems:
            return None
        data = pa.concat_tables(tables)
    arrays = []
    for field in expected:
        try:
            column = _in_layout(pa, pc, data.column(field.name), field)
        except (pa.ArrowException, TypeError, ValueError) as exc:
            problems.append(f"$.{table}: column {field.name!r}: {exc}")
            continue
        if isinstance(column, str):
            if column == "has missing values":  # say how many rows, and which is first
                column += _first_missing(pa, pc, data, field.name)
            problems.append(f"$.{table}: column {field.name!r} {column}")
            continue
        arrays.append(column)
    if problems:
        return None
    data = pa.Table.from_arrays(arrays, schema=expected)
    if table == "statements" and data.num_rows:
        order = data.column("corpus_index")
        n = data.num_rows
        if (
            pc.min(order).as_py() != 0
            or pc.max(order).as_py() != n - 1
            or pc.count_distinct(order).as_py() != n
        ):
            problems.append(
                f"$.statements: corpus_index is not 0, 1, ..., {n - 1} once each for the"
                f" {n} rows: rows were left out, given twice or renumbered"
            )
            return None
    return data


def read_parquet(folder: str | os.PathLike[str]) -> Corpus:
    """Read a folder written by :func:`write_parquet` back into an equal :class:`Corpus`.

    The corpus is validated like any other; derived columns (names, titles,
    precisions, first and last days, ``year``) are not read.

    A table may have been rewritten by another engine (Spark, DuckDB, polars), for
    example the statements after a query over the partitions: any number of part
    files per partition, in any folders below the table's, rows and row groups in
    any order (the statements' ``corpus_index`` puts them back in corpus order),
    strings as large strings, string views or dictionaries, lists as large lists or
    list views, list items and struct fields declared nullable, and a column of
    Arrow's null type where values may be missing. Only the statements carry their
    place: the other tables (articles, actors and the rest, whose order is the
    corpus's too) are read in the order of their files' paths and of the rows in
    them, as written, so a table other than the statements must be written back in
    that order. Files and folders whose names start with ``_`` or ``.``
    (``_SUCCESS``, ``_temporary/``, checksums) are not read.
    The rows must still be the corpus's, as many as the manifest records; a value
    missing where the layout allows none, at any depth, is refused with its place.

    Raises:
        MissingDependencyError: pyarrow is not installed (extra ``parquet``).
        CorpusFileNotFoundError: There is no such folder (also a
            :class:`FileNotFoundError`).
        CorpusFileError: The path is a file, not a folder (also an :class:`OSError`).
        InvalidCorpusError: The folder is not an export of this layout
            version, incomplete, or holds records that break the corpus rules; every
            problem is listed.

    >>> import asean_corpus as ac, pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp()) / "corpus"
    >>> ac.load().write_parquet(folder)
    >>> ac.read_parquet(folder) == ac.load()
    True
    """
    with paused():
        return _read_folder(Path(check_path(folder)))


def _manifest(folder: Path, source: str) -> dict[str, int]:
    """The row counts the manifest records, once it is known to be one of this layout."""
    path = folder / MANIFEST
    try:
        is_folder = folder.is_dir()
    except OSError as exc:  # a name too long, say
        raise file_error(folder, exc, "cannot read") from None
    if not is_folder:
        if not os.path.lexists(folder):
            raise CorpusFileNotFoundError(folder, "no such folder")
        hint = (
            "; read_parquet reads a folder written by write_parquet (a corpus file is read by load)"
        )
        raise CorpusFileError(folder, f"not a folder{hint}", errno.ENOTDIR)
    try:
        pairs = _Pairs()  # a key given twice is noted, as in a corpus file
        manifest = json.loads(read_bytes(path, 1 << 20).decode("utf-8"), object_pairs_hook=pairs)
    except CorpusFileNotFoundError:
        msg = f"no {MANIFEST}: not a folder written by write_parquet"
        raise InvalidCorpusError([msg], source) from None
    except (OSError, ValueError) as exc:
        raise InvalidCorpusError([f"{MANIFEST}: cannot be read ({exc})"], source) from None
    except RecursionError:
        msg = f"{MANIFEST}: cannot be read (nested too deeply to be a manifest)"
        raise InvalidCorpusError([msg], source) from None
    if pairs.duplicates:
        raise InvalidCorpusError([f"{MANIFEST}: {d}" for d in pairs.duplicates], source)
    version = manifest.get("format_version") if isinstance(manifest, dict) else None
    if type(version) is not int or version != PARQUET_FORMAT_VERSION:  # not True, not 1.0
        msg = (
            f"{MANIFEST}: unknown format version {shown(version)}; "
            f"this version of asean_corpus reads {PARQUET_FORMAT_VERSION}"
        )
        raise InvalidCorpusError([msg], source)
    counts = manifest.get("tables")
    if not isinstance(counts, dict):
        msg = f'{MANIFEST}: "tables" must map each table to its row count, got {shown(counts)}'
        raise InvalidCorpusError([msg], source)
    problems: list[Problem | str] = []
    for name in _NAMES:
        count = counts.get(name)
        if isinstance(count, bool) or not isinstance(count, int) or count < 0:
            problems.append(f"{MANIFEST}: tables.{name} must be a row count, got {shown(count)}")
    extra = sorted(set(counts) - set(_NAMES), key=str)
    if extra:
        problems.append(f"{MANIFEST}: unknown tables {', '.join(map(shown, extra[:5]))}")
    if problems:
        raise InvalidCorpusError(problems, source)
    return counts


_STAND_IN: Any = object()
"""What a row holds in place of a value that was refused (reported at its first row)."""


def _assembled(
    built: dict[str, list[Any]], places: dict[str, Any], problems: list[Problem | str]
) -> dict[str, tuple[Any, ...]]:
    """The corpus's tables of the records read: in corpus order, each nested table's
    records inside their owners (rows of an owner that is missing are problems)."""
    for name, at in places.items():
        built[name] = _in_corpus_order(built[name], at)
    tables: dict[str, tuple[Any, ...]] = {}
    for t in TABLES:
        if t.owner_field is None:
            tables[t.name] = tuple(built[t.name])
    for t in TABLES:
        if t.owner_field is not None:
            owners, orphans = attach(tables[t.source], built[t.name], t)
            tables[t.source] = tuple(owners)
            problems += [f"$.{t.name}: rows for {o!r}, which is not in {t.source}" for o in orphans]
    return tables


def _beside(
    details: list[Problem], built: dict[str, list[Any]], places: dict[str, Any]
) -> list[Problem]:
    """The corpus problems of the rows read without a problem, beside those of the rows
    with one (a date that is no date, in one row, does not hide an unknown speaker in
    another). A row with a problem of its own holds a stand-in where its value could
    not be read, so its other problems are not told; nor are any when a nested table
    (roles, milestones) has a problem, as its rows are checked inside their owners."""
    from ..corpus.validation import find_problems  # made by the constructor otherwise

    nested = {t.name for t in TABLES if t.owner_field is not None}
    bad = {p.path[:2] for p in details}
    if any(path[:1] and path[0] in nested for path in bad):
        return []
    try:
        tables = _assembled(built, places, [])
        found = find_problems(SimpleNamespace(**tables), Corpus)
    except Exception:  # a stand-in that even the checks cannot read: the rest is unknown
        return []
    for name, records in tables.items():  # every row holding a value that was refused
        for i, record in enumerate(records):
            if any(getattr(record, f.name) is _STAND_IN for f in attrs.fields(type(record))):
                bad.add((name, i))
    return [p for p in found if p.path[:2] not in bad and p.path[:1] not in bad]


def _in_order(problem: Problem) -> tuple[int, int]:
    """Problems by table, then by row (rows are reported in the order of the files)."""
    path = problem.path
    row = path[1] if len(path) > 1 and isinstance(path[1], int) else -1
    return _NAMES.index(str(path[0])), row


def _in_corpus_order(records: list[Any], places: Any) -> list[Any]:
    """The records of rows read in the order of the files, put in corpus order.

    ``places`` holds each row's place in the corpus, each place once (checked on
    reading). Putting a million records in order is a list of pointers; putting the
    rows in order before reading them would copy every column, text included.
    """
    pc = require("pyarrow.compute", "parquet")
    if len(places) < 2 or pc.all(pc.less(places[:-1], places[1:])).as_py():
        return records  # in order already
    return list(map(records.__getitem__, pc.sort_indices(places).to_pylist()))


def _bookkeeping(name: str) -> bool:
    """Spark, Hive and Dask keep bookkeeping beside the data (``_SUCCESS``,
    ``_temporary/``, ``_metadata``, ``.crc`` files): names starting "_" or "." are
    not data, and are neither read nor refused."""
    return name.startswith(("_", "."))


def _extra_files(folder: Path) -> list[str]:
    """Everything in the folder that is neither the manifest nor a table's data.

    A table's folder holds Parquet files, at any depth (partition folders such as
    ``year=2025/`` that another engine wrote), beside bookkeeping. Anything else (a
    README, a CSV, a link, an unknown table) is refused, not skipped: an export is
    read whole or not at all. Data files that do not belong are caught by the row
    counts of the manifest and the statements' ``corpus_index``.
    """
    found = []
    for entry in sorted(folder.iterdir()):
        if entry.name == MANIFEST and entry.is_file() and not entry.is_symlink():
            continue
        if _bookkeeping(entry.name):
            continue  # a file browser's ``.DS_Store``, say: not read
        if entry.name not in _NAMES or not entry.is_dir() or entry.is_symlink():
            found.append(entry.name)
            continue
        pending = [entry]
        while pending:
            current = pending.pop()
            for inner in sorted(current.iterdir()):
                if _bookkeeping(inner.name):
                    continue
                rel = inner.relative_to(folder).as_posix()
                if inner.is_symlink():
                    found.append(rel)
                elif inner.is_dir():
                    pending.append(inner)
                elif not (inner.is_file() and inner.name.endswith(".parquet")):
                    found.append(rel)
    return sorted(found)


def _read_folder(folder: Path) -> Corpus:
    require("pyarrow", "parquet")
    source = str(folder)
    counts = _manifest(folder, source)
    extra = _extra_files(folder)
    if extra:
        listed = ", ".join(extra[:10]) + (
            f" and {len(extra) - 10:,} more" if len(extra) > 10 else ""
        )
        msg = (
            f"files that are not Parquet data of a table: {listed}; "
            "an export is read whole or not at all"
        )
        raise InvalidCorpusError([msg], source)
    # One table after another, in this thread (Arrow reads each with its own threads).
    # Two tables read at once in threads of ours were no faster at 10**6 statements,
    # and their allocations, in those threads' heaps, stayed in the process: a tenth
    # more memory after a read of 10**4.
    found: dict[str, list[str]] = {name: [] for name in _NAMES}
    data = {name: _read_table(folder, name, found[name]) for name in _NAMES}
    problems: list[Problem | str] = [p for name in _NAMES for p in found[name]]
    if problems:
        raise InvalidCorpusError(problems, source)
    for name in _NAMES:
        if counts.get(name) != data[name].num_rows:
            problems.append(
                f"{name}/: {data[name].num_rows} rows, but {MANIFEST} records "
                f"{counts.get(name)!r}; the folder is incomplete or was changed"
            )
    if problems:
        raise InvalidCorpusError(problems, source)
    details: list[Problem] = []
    built = {}
    # Each row's place in the corpus, for the tables whose order matters (statements).
    places = {t.name: data[t.name].column(t.position) for t in TABLES if t.position}
    for t in TABLES:
        owner = t.owner_columns[0].name if t.owner_field is not None else None
        reader = _Reader(t.name, data[t.name], details, places.get(t.name), owner)
        try:
            built[t.name] = table_records(t, reader)
        except (OverflowError, UnicodeDecodeError) as exc:  # a date past 9999, bytes not UTF-8
            column = _column_python_cannot_hold(data[t.name])
            where = f"column {column!r}: " if column else ""
            raise InvalidCorpusError(
                [f"$.{t.name}: {where}values Python cannot hold: {exc}"], source
            ) from None
    if details:
        told = details + _beside(details, built, places)
        told.sort(key=_in_order)
        raise InvalidCorpusError(told, source)
    tables = _assembled(built, places, problems)
    if problems:
        raise InvalidCorpusError(problems, source)
    try:
        # Every value has the type its field declares: each column has the type of the
        # layout, with no missing value (at any depth) where the layout allows none,
        # and each is decoded into the field's type (or reported above).
        with types_vouched(tables):
            return Corpus(**tables)
    except InvalidCorpusError as exc:
        raise InvalidCorpusError(exc.details, source) from None
