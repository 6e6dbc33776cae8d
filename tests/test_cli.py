"""The asean-corpus command line."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from tests._core_corpus import make_corpus

from asean_corpus.cli import main


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
        """--format csv writes a header and one row per statement."""
        assert 0 == main(["statements", "--corpus", str(corpus_file), "--format", "csv"])
        rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
        assert 5 == len(rows)
        assert "energy;economy" in {r["topics"] for r in rows} or "economy;energy" in {
            r["topics"] for r in rows
        }

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
