"""Statements datasets rewritten by other engines (pyarrow, DuckDB, polars) read back.

Each test exports the bundled corpus, rewrites its statements the way another engine
would (several part files per partition, rows and row groups shuffled, other string
types), and reads the folder back into an equal corpus; or spoils it and expects a
clear refusal.
"""

from __future__ import annotations

import random
import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import asean_corpus as ac
from asean_corpus import InvalidCorpusError
from asean_corpus.corpus.vouching import record_types

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
        if not hasattr(pa, "string_view"):
            pytest.skip("this pyarrow has no string views")
        table = statements(export)
        table = retyped(table, lambda tp: pa.string_view() if tp == pa.string() else tp)
        shutil.rmtree(export / "statements")
        (export / "statements" / "year=2025").mkdir(parents=True)
        path = export / "statements" / "year=2025" / "part-0.parquet"
        try:
            pq.write_table(table.drop_columns(["year"]), path, row_group_size=10)
        except pa.ArrowNotImplementedError:
            pytest.skip("this pyarrow cannot write string views to Parquet")
        assert pa.string_view() == pq.read_schema(path).field("speaker_id").type
        assert CORPUS == ac.read_parquet(export)

    def test_pyarrow_list_views(self, export: Path) -> None:
        """Lists stored as list views read as their lists, in one file or beside files
        of plain lists (Arrow's own cast of a view makes an invalid array)."""
        if not hasattr(pa, "list_view"):
            pytest.skip("this pyarrow has no list views")
        table = statements(export).drop_columns(["year"])
        views = table
        for name in ("topics", "insertions", "co_speakers"):
            tp = pa.list_view(table.schema.field(name).type.value_type)
            column = pa.array(table.column(name).to_pylist(), tp)
            views = views.set_column(views.schema.get_field_index(name), name, column)
        shutil.rmtree(export / "statements")
        (export / "statements").mkdir()
        try:
            pq.write_table(views, export / "statements" / "part-0.parquet", row_group_size=9)
        except pa.ArrowNotImplementedError:
            pytest.skip("this pyarrow cannot write list views to Parquet")
        assert pa.types.is_list_view(
            pq.read_schema(export / "statements" / "part-0.parquet").field("topics").type
        )
        assert CORPUS == ac.read_parquet(export)
        pq.write_table(views.slice(0, 5), export / "statements" / "part-0.parquet")
        pq.write_table(table.slice(5), export / "statements" / "part-1.parquet")
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

    def test_missing_values_name_how_many_and_the_first(self, export: Path) -> None:
        """A column missing values where none may be says in how many rows, and names
        the first by its place in the corpus and its id."""
        corpus = ac.read_parquet(export)
        table = statements(export)
        places = table.column("corpus_index").to_pylist()
        gone = sorted(places)[-2:]  # the last two statements of the corpus
        text = [
            None if p in gone else t
            for p, t in zip(places, table.column("text").to_pylist(), strict=True)
        ]
        table = table.set_column(table.schema.get_field_index("text"), "text", pa.array(text))
        shutil.rmtree(export / "statements")
        ds.write_dataset(table, export / "statements", format="parquet", partitioning=hive(table))
        first = corpus.statements[gone[0]].id
        expected = (
            f"column 'text' has missing values in 2 rows, the first at [{gone[0]}] ('{first}')"
        )
        with pytest.raises(InvalidCorpusError, match=re.escape(expected)):
            ac.read_parquet(export)

    @pytest.mark.parametrize(
        ("column", "where", "named"),
        [("topics", "[]", "topics[]"), ("insertions", "[].end", "insertions[].end")],
    )
    def test_missing_items(self, export: Path, column: str, where: str, named: str) -> None:
        """A list item, or a field of one, missing where the layout allows none: the
        refusal says where, in one file or among files of other schemas."""
        table = statements(export).drop_columns(["year"])
        spoiled = missing_one(table, column, where)
        shutil.rmtree(export / "statements")
        (export / "statements").mkdir()
        pq.write_table(spoiled.slice(0, 1), export / "statements" / "part-0.parquet")
        pq.write_table(table.slice(1), export / "statements" / "part-1.parquet")
        message = f"column {column!r} has missing values in {named}"
        with pytest.raises(InvalidCorpusError, match=re.escape(message)):
            ac.read_parquet(export)
        pq.write_table(spoiled, export / "statements" / "part-1.parquet")
        (export / "statements" / "part-0.parquet").unlink()
        with pytest.raises(InvalidCorpusError, match=re.escape(message)):
            ac.read_parquet(export)

    def test_rows_named_by_their_place_in_the_corpus(self, export: Path) -> None:
        """In a shuffled dataset, a bad value is reported at its statement's place in
        the corpus (its corpus_index), not its row among the files, and problems come
        in corpus order."""
        table = statements(export).drop_columns(["year"])
        places = table.column("corpus_index").to_pylist()
        seven, three, five = places.index(7), places.index(3), places.index(5)
        modes = table.column("mode").to_pylist()
        modes[seven] = modes[three] = "shouted"  # one wrong value, named at its first place
        modes[five] = "sung"
        table = table.set_column(table.schema.get_field_index("mode"), "mode", pa.array(modes))
        rest = [i for i in range(table.num_rows) if i not in (seven, three, five)]
        table = table.take(pa.array([seven, five, *rest, three]))  # 7 and 5 first in the files
        shutil.rmtree(export / "statements")
        (export / "statements").mkdir()
        pq.write_table(table, export / "statements" / "part-0.parquet", row_group_size=4)
        with pytest.raises(InvalidCorpusError) as caught:
            ac.read_parquet(export)
        paths = [p.path for p in caught.value.details]
        assert paths == [("statements", 3, "mode"), ("statements", 5, "mode")]

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

    def test_an_unknown_column(self, export: Path) -> None:
        """A column the layout does not have (a misspelt one) is refused, as an unknown
        key in a JSON file is; it was dropped without a word."""
        table = statements(export)
        table = table.append_column("nots", pa.array(["typo"] * table.num_rows))
        shutil.rmtree(export / "statements")
        ds.write_dataset(table, export / "statements", format="parquet", partitioning=hive(table))
        with pytest.raises(InvalidCorpusError, match="unknown columns or fields 'nots'"):
            ac.read_parquet(export)

    def test_an_unknown_field_inside_a_struct(self, export: Path) -> None:
        """An extra field in a struct column (a role's evidence) is named by its path."""
        roles = pq.read_table(export / "roles" / "part-0.parquet")
        evidence = roles.column("evidence").combine_chunks()
        items = evidence.values
        fields = [items.field(i) for i in range(items.type.num_fields)]
        names = [f.name for f in items.type] + ["page"]
        page = pa.array([1] * len(items), pa.int64())
        widened = pa.StructArray.from_arrays([*fields, page], names=names)
        column = pa.ListArray.from_arrays(evidence.offsets, widened)
        roles = roles.set_column(roles.schema.get_field_index("evidence"), "evidence", column)
        pq.write_table(roles, export / "roles" / "part-0.parquet")
        with pytest.raises(InvalidCorpusError, match=r"'evidence\.page'"):
            ac.read_parquet(export)

    def test_a_bad_role_is_named_with_its_actor(self, export: Path) -> None:
        """A row of a table of parts (roles) names the record it belongs to, as a JSON
        path through the actor does; it named only the row."""
        path = export / "roles" / "part-0.parquet"
        roles = pq.read_table(path)
        evidence = roles.column("evidence").to_pylist()
        evidence[5] = [dict.fromkeys(["article_id", "start", "end", "text", "reference_id"])]
        field = roles.schema.field("evidence")
        column = pa.array(evidence, field.type)
        roles = roles.set_column(roles.schema.get_field_index("evidence"), field, column)
        pq.write_table(roles, path)
        actor = roles.column("actor_id")[5].as_py()
        with pytest.raises(InvalidCorpusError) as info:
            ac.read_parquet(export)
        assert f"$.roles[5] (actor_id {actor!r}).evidence[0]: evidence needs" in str(info.value)

    def test_a_pandas_index_column_is_let_through(self, export: Path) -> None:
        table = statements(export)
        table = table.append_column("__index_level_0__", pa.array(range(table.num_rows)))
        shutil.rmtree(export / "statements")
        ds.write_dataset(table, export / "statements", format="parquet", partitioning=hive(table))
        assert CORPUS == ac.read_parquet(export)

    def test_rows_left_out(self, export: Path) -> None:
        """A filtered dataset has fewer rows than the manifest records: refused."""
        table = statements(export)
        table = table.slice(0, table.num_rows - 1)
        shutil.rmtree(export / "statements")
        ds.write_dataset(table, export / "statements", format="parquet", partitioning=hive(table))
        with pytest.raises(InvalidCorpusError, match="rows were left out, given twice"):
            ac.read_parquet(export)


def loosened(tp: Any) -> Any:
    """``tp`` with every list item and struct field allowed to be null."""
    if pa.types.is_list(tp):
        return pa.list_(loosened(tp.value_type))
    if pa.types.is_struct(tp):
        return pa.struct([pa.field(f.name, loosened(f.type)) for f in tp])
    return tp


def missing_one(table: Any, name: str, where: str) -> Any:
    """``table`` with one value of column ``name`` missing in its first row: the value
    itself (``where`` is ``""``), an item of its list (``"[]"``) or a field of such an
    item (``"[].end"``). The column's type allows nulls at every depth, as another
    engine's may."""
    tp = table.schema.field(name).type
    values = table.column(name).to_pylist()
    if where == "":
        values[0] = None
    elif where == "[]":
        values[0] = [None, *values[0]]
    else:
        struct = tp.value_type
        item = {f.name: 1 if pa.types.is_integer(f.type) else "x" for f in struct}
        item[where.removeprefix("[].")] = None
        values[0] = [item, *values[0]]
    loose = loosened(tp)
    column = pa.array(values, type=loose)
    return table.set_column(table.schema.get_field_index(name), pa.field(name, loose), column)


def places(tp: Any) -> list[str]:
    """Where a value of type ``tp`` can be missing: itself, a list item, an item's field."""
    found = [""]
    if pa.types.is_list(tp):
        found.append("[]")
        if pa.types.is_struct(tp.value_type):
            found += [f"[].{f.name}" for f in tp.value_type]
    return found


def table_files(folder: Path, name: str) -> Any:
    return ds.dataset(folder / name, format="parquet", partitioning="hive").to_table()


@pytest.mark.parametrize("name", ac.export.TABLES)
def test_missing_values_anywhere_are_refused_or_allowed(name: str, tmp_path: Path) -> None:
    """A value missing in any column, list item or item field of any table: the read
    is refused with a clear error, or the corpus read passes every check of a corpus
    made from copies of its records (so no wrong type slips past the reader).

    The spoiled table is written whole with its loose types (one schema), and as
    two files: the spoiled row with the loose types beside the rest with the
    original ones (files of different schemas)."""
    folder = tmp_path / "export"
    CORPUS.write_parquet(folder)
    original = table_files(folder, name)
    if name == "statements":
        original = original.drop_columns(["year"])
    if not original.num_rows:
        pytest.skip(f"{name} has no rows in the bundled corpus")
    refusals: list[InvalidCorpusError] = []
    for column in original.column_names:
        for where in places(original.schema.field(column).type):
            spoiled = missing_one(original, column, where)
            for layout in ("one schema", "two schemas"):
                shutil.rmtree(folder / name)
                (folder / name).mkdir()
                if layout == "one schema":
                    pq.write_table(spoiled, folder / name / "part-0.parquet")
                else:
                    pq.write_table(spoiled.slice(0, 1), folder / name / "part-0.parquet")
                    pq.write_table(original.slice(1), folder / name / "part-1.parquet")
                try:
                    read = ac.read_parquet(folder)
                except InvalidCorpusError as exc:
                    refusals.append(exc)
                    continue
                copies = {f: (*getattr(read, f),) for f in record_types(ac.Corpus)}
                ac.Corpus(**copies)  # every check, types included: raises if one fails
    assert refusals  # an id is never missing
    assert all(exc.details for exc in refusals)


def first_value_replaced(folder: Path, name: str, column: str, value: Any) -> None:
    """Table ``name`` rewritten as one file whose first row holds ``value`` (an Arrow
    array of one item, of the column's storage) in ``column``."""
    table = table_files(folder, name)
    old = table.column(column).combine_chunks()
    new = pa.concat_arrays([value.view(old.type), old.slice(1)])
    field = table.schema.field(column)
    table = table.set_column(table.schema.get_field_index(column), field, new)
    shutil.rmtree(folder / name)
    (folder / name).mkdir()
    pq.write_table(table, folder / name / "part-0.parquet")


class TestValuesPythonCannotHold:
    @pytest.mark.parametrize(
        ("name", "column", "raw", "message"),
        [
            ("references", "checked_on", pa.array([3_000_000], pa.int32()), "cannot hold"),
            ("articles", "url_checked_on", pa.array([-800_000], pa.int32()), "cannot hold"),
            ("articles", "published_time", pa.array([25 * 3600 * 10**6]), "times outside a day"),
            ("articles", "published_time", pa.array([-1]), "times outside a day"),
        ],
    )
    def test_dates_and_times_out_of_range(
        self, export: Path, name: str, column: str, raw: Any, message: str
    ) -> None:
        """A day past year 9999 or before year 1, a time of 25 hours or below zero: Arrow
        holds them, Python does not (a time would silently wrap): refused, named."""
        first_value_replaced(export, name, column, raw)
        with pytest.raises(InvalidCorpusError, match=f"{name}.*{message}") as info:
            ac.read_parquet(export)
        assert f"column {column!r}" in str(info.value)

    def test_text_that_is_not_utf8(self, export: Path) -> None:
        """Bytes that are not UTF-8 in a string column are refused, not a UnicodeDecodeError."""
        table = table_files(export, "topics")
        labels = pa.array(
            [b"\xed\xa0\x80" + b"x"] + [v.encode() for v in table.column("label").to_pylist()[1:]],
            pa.binary(),
        )
        bad = labels.view(pa.string())
        table = table.set_column(table.schema.get_field_index("label"), "label", bad)
        shutil.rmtree(export / "topics")
        (export / "topics").mkdir()
        pq.write_table(table, export / "topics" / "part-0.parquet")
        with pytest.raises(InvalidCorpusError, match=r"topics: column 'label'.*utf-8"):
            ac.read_parquet(export)

    def test_a_column_given_twice(self, export: Path) -> None:
        table = table_files(export, "topics")
        table = table.append_column("label", table.column("label"))
        shutil.rmtree(export / "topics")
        (export / "topics").mkdir()
        pq.write_table(table, export / "topics" / "part-0.parquet")
        with pytest.raises(InvalidCorpusError, match="columns given twice: 'label'"):
            ac.read_parquet(export)

    def test_a_column_of_nulls_only(self, export: Path) -> None:
        """A column written with Arrow's null type (pandas and polars do so for a
        column of None) reads where the layout allows missing values."""
        table = table_files(export, "roles")
        assert table.column("end").null_count == table.num_rows  # no role has ended
        nulls = pa.nulls(table.num_rows)
        table = table.set_column(table.schema.get_field_index("end"), "end", nulls)
        shutil.rmtree(export / "roles")
        (export / "roles").mkdir()
        pq.write_table(table, export / "roles" / "part-0.parquet")
        assert pq.read_schema(export / "roles" / "part-0.parquet").field("end").type == pa.null()
        assert CORPUS == ac.read_parquet(export)
