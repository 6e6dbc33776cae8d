"""Exports read back by their real consumers: pandas, pyarrow, DuckDB, JSON, CSV, JSON-LD."""

from __future__ import annotations

import csv
import datetime as dt
import importlib
import json
import os
from pathlib import Path
from typing import Any

import attrs
import pytest
from tests._corpora import small_corpus

import asean_corpus as ac
from asean_corpus import (
    Corpus,
    CorpusError,
    InvalidCorpusError,
    MissingDependencyError,
    PartialDate,
)
from asean_corpus import export as ex
from asean_corpus.cli import main
from asean_corpus.io import rows

pd = pytest.importorskip("pandas")
pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")
ds = pytest.importorskip("pyarrow.dataset")
duckdb = pytest.importorskip("duckdb")

CORPUS = small_corpus()

# The columns of each exported table, in order, as the export format defines them: a
# date is its text, precision, first and last day; a span its start and end; names and
# titles stand beside the ids they show. Written out, not read from the library's
# registry, so a change to the format fails here.
COLUMNS: dict[str, list[str]] = {
    "statements": [
        *("id", "article_id", "article_title", "article_reliability", "speaker_id"),
        *(
            "speaker_name",
            "co_speakers",
            "co_speaker_names",
            "text",
            "span_start",
            "span_end",
            "mode",
            "verbatim",
        ),
        *("insertions", "cue"),
        *("mention", "mention_start", "mention_end", "via", "attribution"),
        *("said_on", "said_on_precision", "said_until", "said_until_precision", "date_text"),
        *("earliest", "latest", "year", "date_basis", "date_evidence"),
        *("event_id", "topics", "agreements", "note", "corpus_index"),
    ],
    "articles": [
        *("id", "title", "body", "source_file", "source_sha256", "url", "url_checked_on"),
        *("published", "published_precision", "published_earliest", "published_latest"),
        *("published_time", "published_basis", "publisher", "publisher_name", "authors"),
        *("kind", "language", "reliability", "reliability_reasons", "notes"),
    ],
    "actors": [
        *("id", "name", "kind", "aliases", "wikidata", "wikidata_checked", "country"),
        "description",
    ],
    "roles": [
        *("actor_id", "actor_name", "title", "organisation", "organisation_name"),
        *("start", "start_precision", "start_earliest", "start_latest"),
        *("end", "end_precision", "end_earliest", "end_latest", "current", "evidence"),
    ],
    "agreements": ["id", "name", "kind", "aliases", "parties", "parent", "description"],
    "milestones": [
        *("agreement_id", "agreement_name", "kind"),
        *("date", "date_precision", "date_earliest", "date_latest", "place", "expected"),
        *("evidence_article_id", "evidence_start", "evidence_end", "evidence_text"),
        *("evidence_reference_id", "note"),
    ],
    "topics": ["id", "label", "parent", "description"],
    "events": [
        *("id", "name", "kind", "aliases"),
        *("start", "start_precision", "start_earliest", "start_latest"),
        *("end", "end_precision", "end_earliest", "end_latest", "place", "part_of", "evidence"),
    ],
    "references": ["id", "fact", "precision", "sources", "confidence", "checked_on"],
    "conflicts": [
        *("id", "article_id", "article_title", "span_start", "span_end", "text"),
        *("conflicts_with", "description", "subjects"),
    ],
}


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small corpus written as Parquet once for the read-only tests."""
    folder = tmp_path_factory.mktemp("parquet") / "corpus"
    CORPUS.write_parquet(folder)
    return folder


def statements_dataset(folder: Path) -> Any:
    return ds.dataset(folder / "statements", format="parquet")


class TestPandas:
    def test_every_table_has_its_columns_in_order(self) -> None:
        """Each table's DataFrame has the format's columns, in order, and a row per record."""
        sizes = {
            "statements": 5,
            "articles": 2,
            "actors": 6,
            "roles": 3,
            "agreements": 2,
            "milestones": 3,
            "topics": 6,
            "events": 2,
            "references": 1,
            "conflicts": 1,
        }
        assert list(COLUMNS) == list(ex.TABLES)
        for table in ex.TABLES:
            frame = CORPUS.to_pandas(table)
            assert COLUMNS[table] == [c.name for c in ex.columns(table)], table
            assert COLUMNS[table] == list(frame.columns), table
            assert sizes[table] == len(frame), table

    def test_names_beside_ids(self) -> None:
        """Statements carry the speaker's name and the article's title beside the ids."""
        frame = CORPUS.to_pandas("statements").set_index("id")
        assert "Ana Ñúñez" == frame.loc["a1-s1", "speaker_name"]
        assert "Bloc chief on trade" == frame.loc["a1-s1", "article_title"]
        assert "Analysts" == frame.loc["a1-s3", "speaker_name"]

    def test_a_statement_carries_its_sources_reliability(self) -> None:
        """Each statement row says how far its article can be trusted, as the article does."""
        frame = CORPUS.to_pandas("statements")
        levels = {a.id: a.reliability.level.value for a in CORPUS.articles}
        assert {"high", "low"} == set(levels.values())
        assert [levels[a] for a in frame["article_id"]] == frame["article_reliability"].tolist()
        assert ["high", "medium", "low"] == list(frame["article_reliability"].cat.categories)
        assert next(c for c in ex.columns("statements") if c.name == "article_reliability").derived

    def test_dates_are_date_columns_with_text_and_precision(self) -> None:
        """A partial date gives its text, its precision, and its first and last days."""
        frame = CORPUS.to_pandas("statements").set_index("id")
        assert "datetime64[s]" == str(frame["earliest"].dtype)
        row = frame.loc["a2-s1"]
        assert ("2023", "year") == (row["said_on"], row["said_on_precision"])
        assert pd.Timestamp("2023-01-01") == row["earliest"]
        assert pd.Timestamp("2023-12-31") == row["latest"]
        assert 2023 == row["year"]
        ranged = frame.loc["a1-s2"]
        assert pd.Timestamp("2022-06-19") == ranged["latest"]
        undated = frame.loc["a1-s3"]
        assert pd.isna(undated["earliest"])
        assert pd.isna(undated["year"])
        assert pd.isna(undated["said_on_precision"])

    def test_lists_are_sorted_lists(self) -> None:
        """Topics and agreements are lists (sorted), a date range of months filters."""
        frame = CORPUS.to_pandas("statements").set_index("id")
        assert ["digital", "e-commerce"] == frame.loc["a1-s1", "topics"]
        assert ["green-pact"] == frame.loc["a1-s2", "agreements"]
        june = frame[(frame["earliest"] <= "2022-06-30") & (frame["latest"] >= "2022-06-01")]
        assert ["a1-s1", "a1-s2", "a1-s4"] == sorted(june.index)

    def test_enums_are_categoricals_of_every_value(self) -> None:
        """Modes are categoricals whose categories are all the modes, used or not."""
        mode = CORPUS.to_pandas("statements")["mode"]
        assert [m.value for m in ac.Mode] == list(mode.cat.categories)

    def test_roles_and_milestones_are_flat_tables(self) -> None:
        """Roles and milestones get their own rows, with their owner's id and name."""
        roles = CORPUS.to_pandas("roles")
        assert ["ana", "ana", "bo"] == list(roles["actor_id"])
        assert ["Example Bloc", None, "Example Bloc"] == [
            None if pd.isna(v) else v for v in roles["organisation_name"]
        ]
        assert pd.Timestamp("2022-12-31") == roles.loc[0, "end_latest"]
        assert 2 == len(roles.loc[0, "evidence"])
        milestones = CORPUS.to_pandas("milestones")
        assert ["signed", "entered_into_force", "fully_implemented"] == list(milestones["kind"])
        assert "ref-1" == milestones.loc[0, "evidence_reference_id"]
        assert "a2" == milestones.loc[1, "evidence_article_id"]

    def test_empty_corpus(self) -> None:
        """An empty corpus gives empty tables with the same columns."""
        frame = Corpus().to_pandas("statements")
        assert 0 == len(frame)
        assert "datetime64[s]" == str(frame["earliest"].dtype)

    def test_unknown_table(self) -> None:
        """An unknown table name is refused with the nearest name."""
        with pytest.raises(CorpusError, match="unknown table 'statement'; did you mean"):
            CORPUS.to_pandas("statement")


class TestArrow:
    def test_explicit_schema(self) -> None:
        """The Arrow schema is explicit: types and nullability as documented."""
        table = CORPUS.to_arrow("statements")
        schema = table.schema
        assert pa.date32() == schema.field("earliest").type
        assert (
            pa.list_(pa.field("item", pa.string(), nullable=False)) == schema.field("topics").type
        )
        assert not schema.field("id").nullable
        assert schema.field("said_on").nullable
        assert pa.time64("us") == CORPUS.to_arrow("articles").schema.field("published_time").type

    def test_values(self) -> None:
        """Arrow values are the records' values."""
        rows = CORPUS.to_arrow("statements").to_pylist()
        assert [s.id for s in CORPUS.statements] == [r["id"] for r in rows]
        assert dt.date(2022, 6, 16) == rows[0]["earliest"]
        assert [s.span.start for s in CORPUS.statements] == [r["span_start"] for r in rows]


class TestParquet:
    def test_round_trip_is_equal(self, exported: Path) -> None:
        """read_parquet gives back a corpus equal to the one written, field for field."""
        assert CORPUS == ac.read_parquet(exported)

    def test_round_trip_of_the_bundled_corpus(self, tmp_path: Path) -> None:
        """The bundled corpus survives the Parquet round trip."""
        corpus = ac.load()
        corpus.write_parquet(tmp_path / "bundled")
        assert corpus == ac.read_parquet(tmp_path / "bundled")

    def test_round_trip_of_an_empty_corpus(self, tmp_path: Path) -> None:
        """An empty corpus round-trips, and DuckDB still reads its statements folder."""
        Corpus().write_parquet(tmp_path / "empty")
        assert Corpus() == ac.read_parquet(tmp_path / "empty")
        count = duckdb.sql(
            f"SELECT count(*) FROM read_parquet('{tmp_path}/empty/statements/*.parquet')"
        ).fetchall()
        assert [(0,)] == count

    def test_layout(self, exported: Path) -> None:
        """One sub-folder per table; the statements in one file a year, undated apart."""
        assert sorted([*ex.TABLES, "asean_corpus.json"]) == sorted(
            p.name for p in exported.iterdir()
        )
        years = sorted(p.name for p in (exported / "statements").iterdir())
        assert ["2022.parquet", "2023.parquet", "undated.parquet"] == years

    def test_earlier_hive_layout_still_reads(self, tmp_path: Path) -> None:
        """A folder of the earlier layout (Hive year= folders, no year column) reads back."""
        copy = tmp_path / "hive"
        CORPUS.write_parquet(copy)
        for path in sorted((copy / "statements").glob("*.parquet")):
            year = path.stem if path.stem != "undated" else "__HIVE_DEFAULT_PARTITION__"
            folder = copy / "statements" / f"year={year}"
            folder.mkdir()
            pq.write_table(pq.read_table(path).drop_columns(["year"]), folder / "part-0.parquet")
            path.unlink()
        assert CORPUS == ac.read_parquet(copy)

    def test_duckdb_counts_by_year(self, exported: Path) -> None:
        """DuckDB reads the folder's files as one table; undated is a NULL year."""
        rows = duckdb.sql(
            f"""SELECT year, count(*) FROM read_parquet('{exported}/statements/*.parquet')
                GROUP BY year ORDER BY year NULLS LAST"""
        ).fetchall()
        assert [(2022, 3), (2023, 1), (None, 1)] == rows

    def test_duckdb_filters_by_speaker_and_joins(self, exported: Path) -> None:
        """A speaker filter and a join with the actors table give the expected rows."""
        rows = duckdb.sql(
            f"""SELECT s.id, a.name, s.said_on, s.earliest
                FROM read_parquet('{exported}/statements/*.parquet') s
                JOIN read_parquet('{exported}/actors/*.parquet') a ON a.id = s.speaker_id
                WHERE s.speaker_id = 'ana' ORDER BY s.earliest"""
        ).fetchall()
        assert [
            ("a1-s1", "Ana Ñúñez", "2022-06-16", dt.date(2022, 6, 16)),
            ("a1-s2", "Ana Ñúñez", "2022-06-18", dt.date(2022, 6, 18)),
        ] == rows

    def test_duckdb_unnests_topics(self, exported: Path) -> None:
        """Topic lists are real lists to DuckDB."""
        rows = duckdb.sql(
            f"""SELECT t, count(*) FROM (SELECT unnest(topics) AS t
                FROM read_parquet('{exported}/statements/*.parquet')) GROUP BY t ORDER BY t"""
        ).fetchall()
        assert ("energy", 2) in rows

    def test_pyarrow_dataset(self, exported: Path) -> None:
        """pyarrow reads the statements folder as a dataset with every row."""
        table = statements_dataset(exported).to_table()
        assert 5 == table.num_rows
        years = sorted(table.column("year").to_pylist(), key=lambda y: (y is None, y))
        assert [2022, 2022, 2022, 2023, None] == years

    def test_pandas_reads_tables(self, exported: Path) -> None:
        """pandas reads a table folder in its rows' order."""
        actors = pd.read_parquet(exported / "actors")
        assert list(CORPUS.to_pandas("actors")["id"]) == list(actors["id"])

    def test_tampered_text_is_refused(self, exported: Path, tmp_path: Path) -> None:
        """A statement whose text no longer matches its span is reported with its path."""
        copy = tmp_path / "copy"
        CORPUS.write_parquet(copy)
        path = copy / "statements" / "2023.parquet"
        table = pq.read_table(path)
        texts = table.column("text").to_pylist()
        texts[0] = "scams must be welcomed"
        index = table.schema.get_field_index("text")
        pq.write_table(table.set_column(index, "text", pa.array(texts)), path)
        with pytest.raises(InvalidCorpusError, match=r"\$\.statements\[4\] \(a2-s1\)\.span"):
            ac.read_parquet(copy)

    @pytest.mark.parametrize(
        ("column", "value", "message"),
        [
            (
                "speaker_id",
                "nobody",
                r"\$\.statements\[4\] \(a2-s1\)\.speaker_id: unknown actor 'nobody'",
            ),
            (
                "topics",
                ["nothing"],
                r"\$\.statements\[4\] \(a2-s1\)\.topics: unknown topic 'nothing'",
            ),
            (
                "agreements",
                ["none"],
                r"\$\.statements\[4\] \(a2-s1\)\.agreements: unknown agreement",
            ),
            ("via", ["nobody"], r"\$\.statements\[4\] \(a2-s1\)\.via\[0\]: unknown actor 'nobody'"),
            (
                "event_id",
                "nowhere",
                r"\$\.statements\[4\] \(a2-s1\)\.event_id: unknown event 'nowhere'",
            ),
            ("article_id", "a1", r"\$\.statements\[4\] \(a2-s1\)\.span: body\[49:69\]"),
            (
                "said_on",
                None,
                r"\$\.statements\[4\] \(a2-s1\)\.date_basis: 'stated' but said_on is missing",
            ),
            (
                "said_until",
                "2022",
                r"\$\.statements\[4\] \(a2-s1\)\.said_until: 2022 is before said_on",
            ),
            ("span_end", 999, r"\$\.statements\[4\] \(a2-s1\)\.span: \[49, 999\) lies outside"),
            (
                "mention",
                "he",
                r"\$\.statements\[4\] \(a2-s1\)\.mention_span: mention and mention_span go",
            ),
            (
                "mention_end",
                3,
                r"\$\.statements\[4\] \(a2-s1\)\.mention_end: mention_start and mention_end",
            ),
        ],
    )
    def test_every_statement_rule_is_checked(
        self, tmp_path: Path, column: str, value: object, message: str
    ) -> None:
        """A statement that breaks any rule in the Parquet files is refused with its path."""
        copy = tmp_path / "copy"
        CORPUS.write_parquet(copy)
        path = copy / "statements" / "2023.parquet"
        table = pq.read_table(path)
        index = table.schema.get_field_index(column)
        field = table.schema.field(index)
        table = table.set_column(index, field.with_nullable(True), pa.array([value], field.type))
        pq.write_table(table, path)
        with pytest.raises(InvalidCorpusError, match=message):
            ac.read_parquet(copy)

    def test_incomplete_folder_is_refused(self, tmp_path: Path) -> None:
        """A folder missing a year's file does not match its manifest and is refused."""
        copy = tmp_path / "copy"
        CORPUS.write_parquet(copy)
        (copy / "statements" / "2023.parquet").unlink()
        with pytest.raises(InvalidCorpusError, match=r"4 rows, but asean_corpus\.json records 5"):
            ac.read_parquet(copy)

    def test_missing_and_foreign_folders(self, tmp_path: Path) -> None:
        """A missing folder, a file, or a folder not written by write_parquet, is refused."""
        with pytest.raises(ac.CorpusFileNotFoundError, match="no such folder"):
            ac.read_parquet(tmp_path / "nothing")
        with pytest.raises(FileNotFoundError):
            ac.read_parquet(tmp_path / "nothing")
        CORPUS.save(tmp_path / "corpus.json")
        with pytest.raises(ac.CorpusFileError, match=r"not a folder; .* is read by load"):
            ac.read_parquet(tmp_path / "corpus.json")
        (tmp_path / "other").mkdir()
        with pytest.raises(InvalidCorpusError, match="not a folder written by write_parquet"):
            ac.read_parquet(tmp_path / "other")

    def test_wrong_column_type_is_refused(self, tmp_path: Path) -> None:
        """A column of the wrong type is named in the error."""
        copy = tmp_path / "copy"
        CORPUS.write_parquet(copy)
        path = copy / "topics" / "part-0.parquet"
        table = pq.read_table(path)
        index = table.schema.get_field_index("parent")
        pq.write_table(table.set_column(index, "parent", pa.array([1] * table.num_rows)), path)
        with pytest.raises(InvalidCorpusError, match="column 'parent' is int64, expected string"):
            ac.read_parquet(copy)

    def test_a_bad_value_does_not_hide_other_rows_problems(self, tmp_path: Path) -> None:
        """A value that cannot be read in one row, and an unknown id in another, are
        reported together, as a corpus file's are; the row with the bad value is not
        also blamed for the stand-in it was given."""
        copy = tmp_path / "copy"
        bundled = ac.load()
        bundled.write_parquet(copy)
        path = copy / "statements" / "2025.parquet"
        table = pq.read_table(path)
        said = table.column("said_on").to_pylist()
        speakers = table.column("speaker_id").to_pylist()
        bad = next(k for k, value in enumerate(said) if value)
        said[bad] = "2025-13-01"
        speakers[bad + 5] = "nobody-at-all"
        for name, values in (("said_on", said), ("speaker_id", speakers)):
            index = table.schema.get_field_index(name)
            column = pa.array(values, table.schema.field(name).type)
            table = table.set_column(index, table.schema.field(name), column)
        pq.write_table(table, path)
        with pytest.raises(InvalidCorpusError) as info:
            ac.read_parquet(copy)
        messages = [p.split(": ", 1)[1] for p in info.value.problems]
        assert messages == [
            "invalid date '2025-13-01': month 13 is outside 1-12 in 2025",
            "unknown actor 'nobody-at-all'",
        ]

    def test_unknown_enum_value_is_refused(self, tmp_path: Path) -> None:
        """An enum value outside the vocabulary is reported with the valid ones."""
        copy = tmp_path / "copy"
        CORPUS.write_parquet(copy)
        path = copy / "statements" / "2023.parquet"
        table = pq.read_table(path)
        index = table.schema.get_field_index("mode")
        pq.write_table(table.set_column(index, "mode", pa.array(["shouted"])), path)
        with pytest.raises(InvalidCorpusError, match="unknown Mode 'shouted'; expected one of"):
            ac.read_parquet(copy)


@pytest.fixture(scope="module")
def bundled_export(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled corpus (with undated statements) written as Parquet once."""
    folder = tmp_path_factory.mktemp("bundled") / "corpus"
    ac.load().write_parquet(folder)
    return folder


def _expected_rows(table: str) -> int:
    return len(ac.load().to_pandas(table))


class TestOtherReaders:
    """Every table folder as written is read by plain pandas, Polars and DuckDB."""

    @pytest.mark.parametrize("table", ex.TABLES)
    def test_plain_pandas(self, bundled_export: Path, table: str) -> None:
        """``pandas.read_parquet(folder / table)`` with no options reads every row."""
        frame = pd.read_parquet(bundled_export / table)
        assert _expected_rows(table) == len(frame)
        names = [c.name for c in ex.columns(table)]
        assert names == list(frame.columns)
        if table == "statements":
            undated = frame[frame["year"].isna()]
            assert len(undated) == sum(s.said_on is None for s in ac.load().statements) > 0
            assert list(range(len(frame))) == sorted(frame["corpus_index"])

    @pytest.mark.parametrize("table", ex.TABLES)
    def test_polars(self, bundled_export: Path, table: str) -> None:
        """``polars.read_parquet`` of the folder reads every row and column."""
        pl = pytest.importorskip("polars")
        frame = pl.read_parquet(bundled_export / table)
        assert _expected_rows(table) == frame.height
        assert [c.name for c in ex.columns(table)] == frame.columns
        if table == "statements":
            assert "Int32" == str(frame.schema["year"])

    @pytest.mark.parametrize("table", ex.TABLES)
    def test_duckdb(self, bundled_export: Path, table: str) -> None:
        """DuckDB reads the folder's files with a plain glob."""
        names = [c.name for c in ex.columns(table)]
        relation = duckdb.sql(f"SELECT * FROM read_parquet('{bundled_export / table}/*.parquet')")
        assert names == relation.columns
        assert [(_expected_rows(table),)] == duckdb.sql(
            f"SELECT count(*) FROM read_parquet('{bundled_export / table}/*.parquet')"
        ).fetchall()


class TestAtomicWrites:
    def test_failed_parquet_write_keeps_the_old_export(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A write that fails half-way leaves the earlier export as it was, and no litter."""
        folder = tmp_path / "export"
        CORPUS.write_parquet(folder)
        before = sorted(p.relative_to(folder) for p in folder.rglob("*"))
        calls = 0
        real = pq.write_table

        def failing(*args: Any, **kwargs: Any) -> None:
            nonlocal calls
            calls += 1
            if calls == 4:
                raise OSError("disk full")
            real(*args, **kwargs)

        monkeypatch.setattr(pq, "write_table", failing)
        with pytest.raises(OSError, match="disk full"):
            ac.load().write_parquet(folder)
        assert 4 == calls
        assert before == sorted(p.relative_to(folder) for p in folder.rglob("*"))
        assert CORPUS == ac.read_parquet(folder)
        assert ["export"] == [p.name for p in tmp_path.iterdir()]

    def test_a_new_export_replaces_an_old_one(self, tmp_path: Path) -> None:
        """Writing over an earlier export replaces it whole."""
        folder = tmp_path / "export"
        ac.load().write_parquet(folder)
        CORPUS.write_parquet(folder)
        assert CORPUS == ac.read_parquet(folder)
        assert ["export"] == [p.name for p in tmp_path.iterdir()]

    def test_a_folder_of_other_files_is_never_replaced(self, tmp_path: Path) -> None:
        """A non-empty folder that is not an export is left alone."""
        folder = tmp_path / "thesis"
        folder.mkdir()
        (folder / "chapter1.md").write_text("precious", encoding="utf-8")
        with pytest.raises(CorpusError, match="not a corpus export; not replacing it"):
            CORPUS.write_parquet(folder)
        assert "precious" == (folder / "chapter1.md").read_text(encoding="utf-8")

    def test_a_time_with_an_offset_is_refused_not_dropped(self, tmp_path: Path) -> None:
        """Arrow's time type has no UTC offset: a time with one is named, not cut."""
        first = attrs.evolve(
            CORPUS.articles[0],
            published_time=dt.time(12, 30, tzinfo=dt.timezone(dt.timedelta(hours=7))),
        )
        corpus = attrs.evolve(CORPUS, articles=(first, *CORPUS.articles[1:]))
        with pytest.raises(
            CorpusError, match=r"\$\.articles\[0\]\.published_time: '12:30:00\+07:00'"
        ):
            corpus.write_parquet(tmp_path / "export")
        with pytest.raises(CorpusError, match="UTC offset"):
            corpus.to_arrow("articles")
        assert [] == os.listdir(tmp_path)
        assert CORPUS.to_arrow("articles").num_rows == len(CORPUS.articles)

    @pytest.mark.parametrize("manifest", ['{"my": "settings"}', "not json", '{"format": 5}'])
    def test_a_file_named_like_the_manifest_is_not_an_export(
        self, tmp_path: Path, manifest: str
    ) -> None:
        """A folder is replaced only when its manifest says it is an export, not for its name."""
        folder = tmp_path / "project"
        (folder / "src").mkdir(parents=True)
        (folder / "chapter1.md").write_text("precious", encoding="utf-8")
        (folder / "asean_corpus.json").write_text(manifest, encoding="utf-8")
        with pytest.raises(CorpusError, match="not a corpus export; not replacing it"):
            CORPUS.write_parquet(folder)
        assert ["asean_corpus.json", "chapter1.md", "src"] == sorted(os.listdir(folder))
        assert ["project"] == os.listdir(tmp_path)

    def test_an_export_with_other_files_beside_it_is_not_replaced(self, tmp_path: Path) -> None:
        """Files a user put into an earlier export keep it from being replaced."""
        folder = tmp_path / "export"
        CORPUS.write_parquet(folder)
        (folder / "notes.md").write_text("mine", encoding="utf-8")
        with pytest.raises(CorpusError, match="not a corpus export; not replacing it"):
            CORPUS.write_parquet(folder)
        assert "mine" == (folder / "notes.md").read_text(encoding="utf-8")

    def test_a_file_browsers_ds_store_is_neither_read_nor_kept(self, tmp_path: Path) -> None:
        """An export browsed in a file manager (``.DS_Store`` beside the tables) reads,
        and is replaced; a hidden folder of the user's, such as ``.git``, is not."""
        folder = tmp_path / "export"
        CORPUS.write_parquet(folder)
        (folder / ".DS_Store").write_bytes(b"\0\0\0\1Bud1")
        assert CORPUS == ac.read_parquet(folder)
        CORPUS.write_parquet(folder)
        assert not (folder / ".DS_Store").exists()
        (folder / ".git").mkdir()
        (folder / ".git" / "HEAD").write_text("ref: refs/heads/main\n", encoding="utf-8")
        assert CORPUS == ac.read_parquet(folder)
        with pytest.raises(CorpusError, match="not a corpus export; not replacing it"):
            CORPUS.write_parquet(folder)
        assert (folder / ".git" / "HEAD").exists()

    def test_a_file_added_while_writing_keeps_the_old_export(self, tmp_path: Path) -> None:
        """A file put into the export while the new one is written stops the swap."""
        folder = tmp_path / "export"
        CORPUS.write_parquet(folder)

        def meanwhile(_message: str) -> None:
            (folder / "notes.md").write_text("mine", encoding="utf-8")

        with pytest.raises(CorpusError, match="not a corpus export; not replacing it"):
            ex.write_parquet(CORPUS, folder, progress=meanwhile)
        assert "mine" == (folder / "notes.md").read_text(encoding="utf-8")
        assert ["export"] == os.listdir(tmp_path)

    @pytest.mark.parametrize("path", ["", None, 5, "x" * 300])
    def test_paths_that_name_no_folder_are_refused(
        self, tmp_path: Path, path: object, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """An empty path is not the current folder, and a wrong type or a name too long
        for the system is a CorpusFileError, for writing and reading alike."""
        where = str(tmp_path / path) if isinstance(path, str) and path else path
        monkeypatch.chdir(tmp_path)  # an empty path must not mean this folder
        with pytest.raises(ac.CorpusFileError):
            CORPUS.write_parquet(where)  # type: ignore[arg-type]
        with pytest.raises(ac.CorpusFileError):
            ac.read_parquet(where)  # type: ignore[arg-type]
        assert [] == os.listdir(tmp_path)

    def test_failed_csv_write_keeps_the_old_file(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A CSV write that fails leaves the earlier file unchanged."""
        path = tmp_path / "statements.csv"
        CORPUS.write_csv(path)
        before = path.read_bytes()

        def failing(*_args: Any, **_kwargs: Any) -> str:
            raise ValueError("boom")

        monkeypatch.setattr(rows, "_csv_cell", failing)
        with pytest.raises(ValueError, match="boom"):
            ac.load().write_csv(path)
        assert before == path.read_bytes()
        assert ["statements.csv"] == [p.name for p in tmp_path.iterdir()]


class TestJsonLinesAndCsv:
    def test_jsonl_round_trip_of_columns(self, tmp_path: Path) -> None:
        """Each JSON line is one row; pandas reads the same columns and values."""
        path = tmp_path / "statements.jsonl"
        CORPUS.write_jsonl(path)
        lines = path.read_text(encoding="utf-8").splitlines()
        rows = [json.loads(line) for line in lines]
        assert [s.id for s in CORPUS.statements] == [r["id"] for r in rows]
        assert COLUMNS["statements"] == list(rows[0])
        assert "2022-06-16" == rows[0]["earliest"]
        assert ["digital", "e-commerce"] == rows[0]["topics"]
        assert rows[2]["said_on"] is None
        frame = pd.read_json(path, lines=True, dtype=False)
        assert list(rows[0]) == list(frame.columns)

    def test_jsonl_of_another_table(self, tmp_path: Path) -> None:
        """A JSON Lines export of the references keeps the checked date as text."""
        path = tmp_path / "references.jsonl"
        CORPUS.write_jsonl(path, "references")
        (row,) = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        assert "2026-01-01" == row["checked_on"]
        assert 2 == len(row["sources"])

    def test_csv_round_trip_of_columns(self, tmp_path: Path) -> None:
        """CSV cells read back to the DataFrame's values: lists as JSON, empty for missing."""
        path = tmp_path / "statements.csv"
        CORPUS.write_csv(path)
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
        frame = CORPUS.to_pandas("statements")
        assert list(frame.columns) == list(rows[0])
        assert list(frame["text"]) == [r["text"] for r in rows]
        assert list(frame["topics"]) == [json.loads(r["topics"]) for r in rows]
        assert ["true", "false"] == sorted({r["verbatim"] for r in rows}, reverse=True)
        assert "" == rows[2]["said_on"]
        read = pd.read_csv(path, parse_dates=["earliest", "latest"])
        assert list(frame["earliest"].dropna()) == list(read["earliest"].dropna())

    def test_csv_keeps_commas_quotes_and_newlines(self, tmp_path: Path) -> None:
        """Texts with commas and quotation marks survive the CSV."""
        path = tmp_path / "articles.csv"
        CORPUS.write_csv(path, "articles")
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
        assert [a.body for a in CORPUS.articles] == [r["body"] for r in rows]

    def test_missing_folder(self, tmp_path: Path) -> None:
        """Writing into a folder that does not exist is refused."""
        with pytest.raises(CorpusError, match="does not exist"):
            CORPUS.write_jsonl(tmp_path / "no" / "x.jsonl")


class TestWebAnnotation:
    def doc(self) -> dict[str, Any]:
        document = CORPUS.to_web_annotations()
        return dict(json.loads(json.dumps(document)))

    def test_collection_shape(self) -> None:
        """An AnnotationCollection with a total and an embedded first AnnotationPage."""
        doc = self.doc()
        assert "http://www.w3.org/ns/anno.jsonld" == doc["@context"]
        assert "AnnotationCollection" == doc["type"]
        assert len(CORPUS.statements) == doc["total"]
        page = doc["first"]
        assert {"id", "type", "partOf", "startIndex", "items"} <= set(page)
        assert ("AnnotationPage", doc["id"]) == (page["type"], page["partOf"])

    def test_the_page_has_its_context(self) -> None:
        """The AnnotationPage carries @context (W3C test 5.2-pageContextValidated)."""
        assert "http://www.w3.org/ns/anno.jsonld" == self.doc()["first"]["@context"]

    def test_statements_of_another_corpus_are_refused(self) -> None:
        """Statements given to export must be the corpus's own."""
        other = attrs.evolve(CORPUS.statements[0], note="changed")
        with pytest.raises(ac.UnknownRecordError, match="not in it"):
            CORPUS.to_web_annotations([other])
        with pytest.raises(ac.UnknownRecordError, match="not in it"):
            ex.to_pandas(CORPUS, "statements", records=[other])

    @pytest.mark.parametrize("one", ["statement", "id", "number"])
    def test_one_statement_not_in_a_list_is_refused(self, one: str) -> None:
        """A statement or an id on its own is refused, not iterated field by field or
        letter by letter."""
        first = CORPUS.statements[0]
        value = {"statement": first, "id": first.id, "number": 5}[one]
        with pytest.raises(ac.InvalidQueryError, match=r"pass \[it\] for one"):
            CORPUS.to_web_annotations(value)  # type: ignore[arg-type]
        assert 1 == CORPUS.to_web_annotations([first])["total"]

    @pytest.mark.parametrize(
        ("arguments", "message"),
        [
            ({"context_length": -5}, "context_length must be 0 or more, got -5"),
            ({"context_length": None}, "context_length: expected an int, got NoneType"),
            ({"context_length": "8"}, "context_length: expected an int, got str"),
            ({"context_length": True}, "context_length: expected an int, got bool"),
            ({"base": 5}, r"base: expected an IRI prefix \(a str\), got int"),
        ],
    )
    def test_bad_arguments_are_refused(self, arguments: dict[str, object], message: str) -> None:
        """As ``Corpus.context(chars=-5)`` is: a negative length was taken as none, and
        ``None`` or a string raised a raw TypeError."""
        with pytest.raises(ac.InvalidQueryError, match=message):
            ex.to_web_annotations(CORPUS, **arguments)  # type: ignore[arg-type]

    def test_every_annotation_has_the_required_keys(self) -> None:
        """Each annotation has @context, an IRI id, type Annotation, bodies and a target."""
        items = self.doc()["first"]["items"]
        assert len(CORPUS.statements) == len(items)
        assert len(items) == len({a["id"] for a in items})
        for annotation in items:
            assert {"@context", "id", "type", "body", "target", "motivation"} <= set(annotation)
            assert "Annotation" == annotation["type"]
            assert ":" in annotation["id"]
            for body in annotation["body"]:
                assert body["type"] in ("TextualBody", "SpecificResource")
                assert body["purpose"] in ("identifying", "tagging", "describing")

    def test_selectors_point_at_the_statement(self) -> None:
        """exact is the statement text and the article body at the position; the
        prefix and suffix are the text just before and after."""
        bodies = {a.id: a.body for a in CORPUS.articles}
        items = self.doc()["first"]["items"]
        for statement, annotation in zip(CORPUS.statements, items, strict=True):
            target = annotation["target"]
            assert f"urn:asean-corpus:article/{statement.article_id}" == target["source"]
            quote, position = target["selector"]
            assert ("TextQuoteSelector", "TextPositionSelector") == (
                quote["type"],
                position["type"],
            )
            body = bodies[statement.article_id]
            assert statement.text == quote["exact"] == body[position["start"] : position["end"]]
            assert body[: position["start"]].endswith(quote["prefix"])
            assert body[position["end"] :].startswith(quote["suffix"])
            assert 0 < len(quote["prefix"]) <= 32 or position["start"] == 0

    def test_bodies_name_the_speaker_and_topics(self) -> None:
        """The speaker is identified by name (and Wikidata), the topics are tags."""
        first = self.doc()["first"]["items"][0]
        values = [(b["purpose"], b.get("value", b.get("source"))) for b in first["body"]]
        assert ("identifying", "Ana Ñúñez") in values
        assert ("identifying", "http://www.wikidata.org/entity/Q1") in values
        assert ("tagging", "Digital economy") in values
        assert ("tagging", "E-commerce") in values

    def test_a_query_result_and_a_base(self) -> None:
        """Only the given statements are exported, under the given IRI base."""
        found = CORPUS.find_statements(speaker="Analysts")
        doc = ex.to_web_annotations(CORPUS, statements=found, base="https://example.org/c/")
        assert [
            "https://example.org/c/statement/a1-s4",
            "https://example.org/c/statement/a1-s3",
        ] == [a["id"] for a in doc["first"]["items"]]

    def test_written_file_is_json_ld(self, tmp_path: Path) -> None:
        """The written file is the same document, as UTF-8 JSON."""
        path = tmp_path / "statements.jsonld"
        ex.write_web_annotations(CORPUS, path)
        assert self.doc() == json.loads(path.read_text(encoding="utf-8"))


class TestMissingExtras:
    @pytest.mark.parametrize(
        ("module", "extra", "call"),
        [
            ("pandas", "pandas", lambda: CORPUS.to_pandas()),
            ("pyarrow", "parquet", lambda: CORPUS.to_arrow()),
            ("pyarrow.parquet", "parquet", lambda: CORPUS.write_parquet("never")),
        ],
    )
    def test_missing_library_names_the_extra(
        self, monkeypatch: pytest.MonkeyPatch, module: str, extra: str, call: Any
    ) -> None:
        """Without the optional library the error names it and the extra to install."""
        real = importlib.import_module

        def fake(name: str, package: str | None = None) -> Any:
            if name == module:
                raise ModuleNotFoundError(f"No module named {name!r}")
            return real(name, package)

        monkeypatch.setattr(importlib, "import_module", fake)
        with pytest.raises(MissingDependencyError, match=rf"asean-corpus\[{extra}\]") as info:
            call()
        assert module == info.value.module
        assert isinstance(info.value, ImportError)

    def test_read_parquet_without_pyarrow(
        self, monkeypatch: pytest.MonkeyPatch, exported: Path
    ) -> None:
        """read_parquet names the parquet extra too."""
        real = importlib.import_module

        def fake(name: str, package: str | None = None) -> Any:
            if name.startswith("pyarrow"):
                raise ModuleNotFoundError(name)
            return real(name, package)

        monkeypatch.setattr(importlib, "import_module", fake)
        with pytest.raises(MissingDependencyError, match="parquet"):
            ac.read_parquet(exported)


class TestCommandLine:
    def test_export_every_format(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """`asean-corpus export` writes each format, with progress on stderr only."""
        corpus_file = tmp_path / "corpus.json"
        CORPUS.save(corpus_file)
        for fmt, name in [
            ("parquet", "pq"),
            ("jsonl", "s.jsonl"),
            ("csv", "s.csv"),
            ("webannotation", "s.jsonld"),
        ]:
            argv = ["export", "--corpus", str(corpus_file), "--format", fmt]
            assert 0 == main([*argv, "--out", str(tmp_path / name)])
        out = capsys.readouterr()
        assert "" == out.out
        assert "statements: 5 rows in 3 files by year" in out.err
        assert CORPUS == ac.read_parquet(tmp_path / "pq")
        assert 5 == len((tmp_path / "s.jsonl").read_text(encoding="utf-8").splitlines())
        assert 5 == json.loads((tmp_path / "s.jsonld").read_text(encoding="utf-8"))["total"]

    def test_export_a_table_from_a_parquet_folder(
        self, tmp_path: Path, exported: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """--corpus may be a Parquet export; --table picks the table."""
        out = tmp_path / "roles.csv"
        argv = ["export", "--corpus", str(exported), "--format", "csv", "--table", "roles"]
        assert 0 == main([*argv, "--out", str(out)])
        assert 4 == len(out.read_text(encoding="utf-8").splitlines())
        assert "reading the Parquet export" in capsys.readouterr().err

    def test_table_with_parquet_is_an_error(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """--table with parquet is refused, and nothing is written."""
        argv = ["export", "--format", "parquet", "--table", "roles", "--out", str(tmp_path / "x")]
        assert 1 == main(argv)
        assert "--table applies to jsonl and csv" in capsys.readouterr().err
        assert [] == list(tmp_path.iterdir())


def test_partial_dates_of_every_precision_survive(tmp_path: Path) -> None:
    """Dates keep their precision through Parquet (2022 stays a year, not 2022-01-01)."""
    corpus = ac.read_parquet(_written(tmp_path))
    dates = {s.id: s.said_on for s in corpus.statements}
    assert PartialDate(2023) == dates["a2-s1"]
    assert PartialDate(2022, 6) == dates["a1-s4"]
    assert dates["a1-s3"] is None


def _written(tmp_path: Path) -> Path:
    folder = tmp_path / "export"
    CORPUS.write_parquet(folder)
    return folder
