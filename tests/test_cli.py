"""The asean-corpus command line."""

from __future__ import annotations

import argparse
import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from tests._core_corpus import make_corpus

import asean_corpus as ac
from asean_corpus.cli import main, make_parser


@pytest.fixture
def corpus_file(tmp_path: Path) -> Path:
    path = tmp_path / "sample.json"
    make_corpus().save(path)
    return path


class TestStatements:
    def test_table(self, corpus_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """The default output lists date, speaker, mode, id and text."""
        assert 0 == main(["statements", "--corpus", str(corpus_file), "--speaker", "Ana"])
        out = capsys.readouterr().out
        assert "2022-12  Ana Ñúñez  [direct_quote]  a1-s2" in out
        assert "We welcome the Green Pact" in out
        assert out.rstrip().endswith("(2 statements)")

    def test_json_with_filters(self, corpus_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """--format json prints the matches with the same filters as find_statements."""
        args = ["statements", "--corpus", str(corpus_file), "--format", "json"]
        assert 0 == main([*args, "--topic", "economy", "--include-undated", "--since", "2022"])
        rows = json.loads(capsys.readouterr().out)
        assert ["a1-s1", "a1-s3"] == [r["id"] for r in rows]
        assert ["e-commerce"] == rows[0]["topics"]

    def test_csv(self, corpus_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """--format csv writes a header and one row per statement, lists as JSON arrays."""
        assert 0 == main(["statements", "--corpus", str(corpus_file), "--format", "csv"])
        rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
        assert 5 == len(rows)
        assert '["economy", "energy"]' in {r["topics"] for r in rows}

    def test_json_and_csv_are_the_export_rows(
        self, corpus_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """JSON and CSV rows have the export's column names and value forms, row for row."""
        args = ["statements", "--corpus", str(corpus_file)]
        assert 0 == main([*args, "--format", "json"])
        rows = json.loads(capsys.readouterr().out)
        assert [c.name for c in ac.export.columns("statements")] == list(rows[0])
        corpus = ac.load(corpus_file)
        exported = tmp_path / "all.jsonl"
        corpus.write_jsonl(exported)
        by_id = {
            r["id"]: r for r in map(json.loads, exported.read_text(encoding="utf-8").splitlines())
        }
        assert [by_id[r["id"]] for r in rows] == rows
        assert 0 == main([*args, "--format", "csv"])
        printed = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
        corpus.write_csv(tmp_path / "all.csv")
        with (tmp_path / "all.csv").open(encoding="utf-8", newline="") as handle:
            written = {r["id"]: r for r in csv.DictReader(handle)}
        assert [written[r["id"]] for r in printed] == printed
        assert {"false", "true"} == {r["verbatim"] for r in printed}

    def test_a_range_prints_as_an_interval(
        self, corpus_file: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A statement made over two days shows 2022-12-31/2023-01-01 in every format."""
        args = ["statements", "--corpus", str(corpus_file), "--speaker", "analysts"]
        assert 0 == main(args)
        assert "2022-12-31/2023-01-01  Analysts" in capsys.readouterr().out
        assert 0 == main([*args, "--format", "json"])
        assert "2022-12-31/2023-01-01" == json.loads(capsys.readouterr().out)[0]["date_text"]
        assert 0 == main([*args, "--format", "csv"])
        row = next(csv.DictReader(io.StringIO(capsys.readouterr().out)))
        assert "2022-12-31/2023-01-01" == row["date_text"]

    def test_speaker_kind_and_affiliation(
        self, corpus_file: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """--speaker-kind and --affiliation filter as find_statements does."""
        args = ["statements", "--corpus", str(corpus_file), "--format", "json"]
        assert 0 == main([*args, "--speaker-kind", "group"])
        assert ["a2-s2"] == [r["id"] for r in json.loads(capsys.readouterr().out)]
        assert 0 == main([*args, "--affiliation", "Example Bloc", "--since", "2023"])
        assert ["a2-s1"] == [r["id"] for r in json.loads(capsys.readouterr().out)]

    def test_repeated_filter_means_any(
        self, corpus_file: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A repeated --speaker means any of them."""
        args = ["statements", "--corpus", str(corpus_file), "--format", "json"]
        assert 0 == main([*args, "--speaker", "bo", "--speaker", "analysts"])
        assert ["a2-s2", "a2-s1", "a1-s3"] == [r["id"] for r in json.loads(capsys.readouterr().out)]

    def test_regex(self, corpus_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """--regex searches case-insensitively."""
        args = ["statements", "--corpus", str(corpus_file), "--format", "json"]
        assert 0 == main([*args, "--regex", r"^SCAMS"])
        assert ["a2-s1"] == [r["id"] for r in json.loads(capsys.readouterr().out)]

    def test_unknown_speaker_is_an_error(
        self, corpus_file: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A lookup error exits with status 1 and a suggestion on stderr."""
        assert 1 == main(["statements", "--corpus", str(corpus_file), "--speaker", "Bo Lee"])
        err = capsys.readouterr().err
        assert (
            "asean-corpus: error: unknown speaker or actor 'Bo Lee'; did you mean 'Bo Li'?" in err
        )

    def test_bad_date_is_an_error(
        self, corpus_file: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """An unreadable date exits with status 1 quoting the input."""
        assert 1 == main(["statements", "--corpus", str(corpus_file), "--since", "someday"])
        assert "'someday'" in capsys.readouterr().err


class TestOtherCommands:
    def test_info(self, corpus_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """info counts every table."""
        assert 0 == main(["info", "--corpus", str(corpus_file), "--format", "json"])
        counts = json.loads(capsys.readouterr().out)
        assert 5 == counts["statements"]
        assert 3 == counts["speakers"]

    def test_validate(
        self, corpus_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """validate accepts a good file and lists the problems of a bad one."""
        assert 0 == main(["validate", str(corpus_file)])
        bad = tmp_path / "bad.json"
        bad.write_text(corpus_file.read_text(encoding="utf-8").replace('"ana"', '"anna"', 1))
        assert 1 == main(["validate", str(bad)])
        assert "bad.json: corpus refused" in capsys.readouterr().err

    def test_python_dash_m(self, corpus_file: Path) -> None:
        """python -m asean_corpus runs the same command line."""
        out = subprocess.run(
            [sys.executable, "-m", "asean_corpus", "info", "--corpus", str(corpus_file)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        assert "statements" in out


class TestCite:
    def test_statement_in_each_style(
        self, corpus_file: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """cite ID prints the citation of a statement in the style asked for."""
        pytest.importorskip("citeproc")
        for style in ("apa", "chicago", "bibtex"):
            assert 0 == main(["cite", "--corpus", str(corpus_file), "a2-s1", "--style", style])
            out = capsys.readouterr().out
            assert "a2-s1" in out
            assert "new chief on scams" in out.casefold()
        assert 0 == main(["cite", "--corpus", str(corpus_file), "a1", "--style", "csl-json"])
        assert "a1" == json.loads(capsys.readouterr().out)[0]["id"]

    def test_unknown_id(self, corpus_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """An unknown id exits with status 1 and a suggestion."""
        assert 1 == main(["cite", "--corpus", str(corpus_file), "a2-s9", "--style", "bibtex"])
        assert "unknown statement or article 'a2-s9'; did you mean" in capsys.readouterr().err


def _parsers(parser: argparse.ArgumentParser) -> list[tuple[str, argparse.ArgumentParser]]:
    found = [(parser.prog, parser)]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                found += _parsers(sub)
    return found


class TestParser:
    def test_every_option_and_command_has_help(self) -> None:
        """Every option, argument and command has help text, and every command a description."""
        missing = []
        for prog, parser in _parsers(make_parser()):
            if not parser.description:
                missing.append(f"{prog}: description")
            for action in parser._actions:
                if isinstance(action, argparse._HelpAction):
                    continue
                if not action.help or action.help == argparse.SUPPRESS:
                    missing.append(f"{prog}: {action.dest}")
                if isinstance(action, argparse._SubParsersAction):
                    for choice in action._choices_actions:
                        if not choice.help:
                            missing.append(f"{prog}: command {choice.dest}")
        assert [] == missing

    def test_description_says_what_the_command_does(self) -> None:
        """The top-level description is not the old one-liner."""
        description = make_parser().description or ""
        assert "Query the ASEAN-China statement corpus." != description.strip()
        assert "ASEAN-China" in description

    def test_version(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--version prints the installed version and exits 0."""
        with pytest.raises(SystemExit) as exit_:
            main(["--version"])
        assert 0 == exit_.value.code
        assert f"asean-corpus {ac.__version__}\n" == capsys.readouterr().out
