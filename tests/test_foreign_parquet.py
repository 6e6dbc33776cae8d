"""Statements datasets rewritten by other engines (pyarrow, DuckDB, polars) read back.

Each test exports the bundled corpus, rewrites its statements the way another engine
would (several part files per partition, rows and row groups shuffled, other string
types), and reads the folder back into an equal corpus; or spoils it and expects a
clear refusal.
"""

from __future__ import annotations

import random
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import asean_corpus as ac
from asean_corpus import InvalidCorpusError

pa = pytest.importorskip("pyarrow")
ds = pytest.importorskip("pyarrow.dataset")
pq = pytest.importorskip("pyarrow.parquet")

CORPUS = ac.load()


@pytest.fixture
def export(tmp_path: Path) -> Path:
    folder = tmp_path / "export"
    CORPUS.write_parquet(folder)
    return folder


def statements(folder: Path) -> Any:
    """The statements table (``year`` is a column of its files), rows shuffled."""
    table = ds.dataset(folder / "statements", format="parquet", partitioning="hive").to_table()
    order = random.Random(15).sample(range(table.num_rows), table.num_rows)
    return table.take(pa.array(order))


def retyped(table: Any, change: Callable[[Any], Any]) -> Any:
    return table.cast(pa.schema([pa.field(f.name, change(f.type)) for f in table.schema]))


def large(tp: Any) -> Any:
    if tp == pa.string():
        return pa.large_string()
    if pa.types.is_list(tp) and tp.value_type == pa.string():
        return pa.large_list(pa.large_string())
    return tp


def hive(table: Any) -> Any:
    return ds.partitioning(pa.schema([("year", table.schema.field("year").type)]), flavor="hive")


def parts(folder: Path) -> list[str]:
    return sorted(p.name for p in (folder / "statements").rglob("*.parquet"))


class TestOtherWriters:
    def test_pyarrow_many_files_large_strings(self, export: Path) -> None:
        """Part files of a few rows, row groups of three, large strings and lists, shuffled."""
        table = retyped(statements(export), large)
        shutil.rmtree(export / "statements")
        ds.write_dataset(
            table,
            export / "statements",
            format="parquet",
            partitioning=hive(table),
            max_rows_per_file=7,
            max_rows_per_group=3,
            min_rows_per_group=1,
        )
        (export / "statements" / "_SUCCESS").write_text("")
        assert len(parts(export)) > 4
        assert CORPUS == ac.read_parquet(export)

    def test_pyarrow_string_views(self, export: Path) -> None:
        """String views (what polars and DuckDB hold in memory) read as strings."""
        table = statements(export)
        table = retyped(table, lambda tp: pa.string_view() if tp == pa.string() else tp)
        shutil.rmtree(export / "statements")
        (export / "statements" / "year=2025").mkdir(parents=True)
        path = export / "statements" / "year=2025" / "part-0.parquet"
        pq.write_table(table.drop_columns(["year"]), path, row_group_size=10)
        assert pa.string_view() == pq.read_schema(path).field("speaker_id").type
        assert CORPUS == ac.read_parquet(export)

    def test_duckdb(self, export: Path, tmp_path: Path) -> None:
        """A COPY ... PARTITION_BY of the statements, shuffled, in row groups of five."""
        duckdb = pytest.importorskip("duckdb")
        source = tmp_path / "source"
        shutil.move(export / "statements", source)
        con = duckdb.connect()
        for half, option in ((0, ""), (1, ", APPEND")):  # two files per partition
            con.execute(
                f"COPY (SELECT * FROM read_parquet('{source.as_posix()}/*.parquet',"
                f" hive_partitioning = true) WHERE corpus_index % 2 = {half} ORDER BY random())"
                f" TO '{(export / 'statements').as_posix()}'"
                f" (FORMAT parquet, PARTITION_BY (year), ROW_GROUP_SIZE 5{option})"
            )
        assert len(parts(export)) == 4
        assert CORPUS == ac.read_parquet(export)

    def test_polars(self, export: Path) -> None:
        """polars' write_parquet partitioned by year, rows shuffled."""
        pl = pytest.importorskip("polars")
        frame = pl.read_parquet(
            str(export / "statements" / "**" / "*.parquet"), hive_partitioning=True
        )
        shutil.rmtree(export / "statements")
        frame.sample(fraction=1.0, shuffle=True, seed=15).write_parquet(
            str(export / "statements"), partition_by="year"
        )
        assert CORPUS == ac.read_parquet(export)

    def test_bookkeeping_files_are_not_read(self, export: Path) -> None:
        """_temporary/ folders and hidden files beside the data are left alone."""
        for name in ("_temporary/0/part-9.parquet", ".part-0.parquet"):
            path = export / "statements" / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(b"not parquet")
        assert CORPUS == ac.read_parquet(export)


class TestRefusals:
    def test_null_lists(self, export: Path) -> None:
        """A writer that leaves empty lists null is refused, naming the column."""
        table = statements(export)
        insertions = table.column("insertions").combine_chunks()
        empty = pa.compute.equal(pa.compute.list_value_length(insertions), 0)
        nulled = pa.compute.if_else(empty, pa.scalar(None, insertions.type), insertions)
        assert 0 < nulled.null_count < len(nulled)
        table = table.set_column(table.schema.get_field_index("insertions"), "insertions", nulled)
        shutil.rmtree(export / "statements")
        ds.write_dataset(table, export / "statements", format="parquet", partitioning=hive(table))
        with pytest.raises(InvalidCorpusError, match="column 'insertions' has missing values"):
            ac.read_parquet(export)

    def test_without_corpus_index(self, export: Path) -> None:
        """A dataset that dropped corpus_index is refused, saying what it is for."""
        table = statements(export).drop_columns(["corpus_index"])
        shutil.rmtree(export / "statements")
        ds.write_dataset(table, export / "statements", format="parquet", partitioning=hive(table))
        with pytest.raises(InvalidCorpusError, match=r"corpus_index.*must keep it"):
            ac.read_parquet(export)

    def test_rows_given_twice(self, export: Path) -> None:
        """A part file copied beside itself gives each statement twice: refused."""
        first = next((export / "statements").rglob("*.parquet"))
        shutil.copy(first, first.with_name("part-copy.parquet"))
        with pytest.raises(InvalidCorpusError, match="rows were left out, given twice"):
            ac.read_parquet(export)

    def test_a_number_where_a_string_belongs(self, export: Path) -> None:
        """A column of another kind (span_start as text) is named, with both types."""
        table = statements(export)
        table = table.set_column(
            table.schema.get_field_index("span_start"),
            "span_start",
            table.column("span_start").cast(pa.string()),
        )
        shutil.rmtree(export / "statements")
        ds.write_dataset(table, export / "statements", format="parquet", partitioning=hive(table))
        with pytest.raises(InvalidCorpusError, match="column 'span_start' is string, expected int"):
            ac.read_parquet(export)

    def test_rows_left_out(self, export: Path) -> None:
        """A filtered dataset has fewer rows than the manifest records: refused."""
        table = statements(export)
        table = table.slice(0, table.num_rows - 1)
        shutil.rmtree(export / "statements")
        ds.write_dataset(table, export / "statements", format="parquet", partitioning=hive(table))
        with pytest.raises(InvalidCorpusError, match="rows were left out, given twice"):
            ac.read_parquet(export)
