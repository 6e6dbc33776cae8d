"""The asean-corpus command line."""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import attrs
import pytest
from tests._core_corpus import make_corpus
from tests._help_desk import DINH, TEXT, folders

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

    @pytest.mark.parametrize(
        ("given", "ids"),
        [
            (["--text", "scams", "--text", "grid"], ["a2-s1", "a1-s3"]),
            (["--regex", "^scams", "--regex", "GRID"], ["a2-s1", "a1-s3"]),
            (["--words", "GRID"], ["a1-s3"]),
            (["--words", "gri"], []),
            (["--words", "scams must", "--words", "grid"], ["a2-s1", "a1-s3"]),
            (["--words", "grid", "--text", "invest"], ["a1-s3"]),
        ],
    )
    def test_a_repeated_text_filter_means_any(
        self,
        corpus_file: Path,
        capsys: pytest.CaptureFixture[str],
        given: list[str],
        ids: list[str],
    ) -> None:
        """A repeated --text kept only its last value; --words finds whole words only,
        repeated any of them, and with --text both."""
        args = ["statements", "--corpus", str(corpus_file), "--format", "json"]
        assert 0 == main([*args, *given])
        assert ids == [r["id"] for r in json.loads(capsys.readouterr().out)]

    def test_text_and_regex_together_are_refused(
        self, corpus_file: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """--regex silently replaced --text."""
        args = ["statements", "--corpus", str(corpus_file), "--text", "scams", "--regex", "grid"]
        assert 1 == main(args)
        assert "--text and --regex are one filter" in capsys.readouterr().err

    def test_a_refused_regex_is_named_as_typed(
        self, corpus_file: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A --regex refused by the query names --regex, not the filter behind it."""
        args = ["statements", "--corpus", str(corpus_file), "--regex", "(a+)+"]
        assert 1 == main(args)
        assert capsys.readouterr().err.startswith("asean-corpus: error: --regex: the regex")

    def test_a_date_bound_given_twice_is_refused(
        self, corpus_file: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """--since 2020 --since 2023 kept only the last."""
        with pytest.raises(SystemExit) as exit_:
            main(["statements", "--corpus", str(corpus_file), "--since", "2020", "--since", "2023"])
        assert 2 == exit_.value.code
        assert "--since given twice" in capsys.readouterr().err

    def test_the_bundled_corpus_by_name(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--corpus bundled was "no such file", though diff and build --base take the word."""
        assert 0 == main(["statements", "--corpus", "bundled", "--format", "json"])
        assert len(ac.load().statements) == len(json.loads(capsys.readouterr().out))

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

    @pytest.mark.parametrize("encoding", ["ascii", "cp1252"])
    def test_output_the_console_cannot_show(self, encoding: str) -> None:
        """A console that cannot show a character of the output gets one line saying
        so, not a traceback (the outlet of the bundled a001 has a Chinese name)."""
        env = {**os.environ, "PYTHONIOENCODING": encoding}
        run = subprocess.run(
            [sys.executable, "-m", "asean_corpus", "cite", "a001-s01", "--style", "csl-json"],
            capture_output=True,
            encoding="utf-8",
            errors="replace",
            env=env,
        )
        assert 1 == run.returncode
        assert "Traceback" not in run.stderr
        assert f"its encoding ({encoding}) has no" in run.stderr


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

    def test_several_ids(self, corpus_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """Several ids give their citations in turn; in CSL-JSON, one array."""
        args = ["cite", "--corpus", str(corpus_file), "a2-s1", "a1", "--style"]
        assert 0 == main([*args, "csl-json"])
        assert ["a2-s1", "a1"] == [i["id"] for i in json.loads(capsys.readouterr().out)]
        assert 0 == main([*args, "bibtex"])
        entries = capsys.readouterr().out.strip().split("\n\n")
        assert [e.splitlines()[0].split("{")[1] for e in entries] == ["a2-s1,", "a1,"]

    def test_ids_from_the_statements_command(
        self, corpus_file: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """statements --format ids prints one id a line; cite - reads them."""
        assert 0 == main(
            ["statements", "--corpus", str(corpus_file), "--speaker", "bo", "--format", "ids"]
        )
        ids = capsys.readouterr().out
        assert ids.split() == [s.id for s in make_corpus().find_statements(speaker="bo")]
        monkeypatch.setattr("sys.stdin", io.StringIO(ids))
        assert 0 == main(["cite", "--corpus", str(corpus_file), "-", "--style", " BibTeX"])
        out = capsys.readouterr().out
        assert [e.splitlines()[0].split("{")[1] for e in out.strip().split("\n\n")] == [
            f"{i}," for i in ids.split()
        ]

    def test_ids_separated_by_commas(
        self, corpus_file: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        assert 0 == main(["cite", "--corpus", str(corpus_file), "a2-s1,a1", "--style", "csl-json"])
        assert ["a2-s1", "a1"] == [i["id"] for i in json.loads(capsys.readouterr().out)]

    def test_no_ids_on_the_standard_input(
        self, corpus_file: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setattr("sys.stdin", io.StringIO("\n"))
        assert 1 == main(["cite", "--corpus", str(corpus_file), "-"])
        assert "no ids given" in capsys.readouterr().err

    def test_unknown_id(self, corpus_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """An unknown id exits with status 1 and a suggestion."""
        assert 1 == main(["cite", "--corpus", str(corpus_file), "a2-s9", "--style", "bibtex"])
        assert "unknown statement or article 'a2-s9'; did you mean" in capsys.readouterr().err


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "help-desk.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def _one_error(err: str, *parts: str) -> None:
    """One line on standard error, naming each of ``parts``, and no traceback."""
    lines = err.strip().splitlines()
    assert 1 == len(lines), err
    assert lines[0].startswith("asean-corpus: error: ")
    for part in parts:
        assert part in lines[0]


class TestSuggest:
    def test_table(self, article: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """The table lists each suggestion with its speaker and date, then the count."""
        assert 0 == main(["suggest", str(article), "--published", "2026-03-04"])
        out = capsys.readouterr().out
        assert "Kao Kim Hourn" in out
        assert "2026-03-03" in out
        assert "Dinh Thi Hoa (?)" in out
        assert out.rstrip().endswith("(3 suggestions)")

    def test_json(self, article: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """JSON is one object per suggestion; start and end index the article's text."""
        assert 0 == main(["suggest", str(article), "--format", "json"])
        rows = json.loads(capsys.readouterr().out)
        assert ["kao-kim-hourn", "kao-kim-hourn", None] == [r["speaker_id"] for r in rows]
        assert [TEXT[r["start"] : r["end"]] for r in rows] == [r["text"] for r in rows]
        assert {"start", "end", "speaker", "mode", "cue", "said_on", "confidence"} <= set(rows[0])

    def test_toml_draft_builds_on_the_bundled_corpus(
        self, article: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """The toml draft, reviewed and with the new speaker's record, builds with --base
        bundled; before the review, build refuses it and says where."""
        (tmp_path / "corpus").mkdir()
        texts, annotations = folders(tmp_path / "corpus", actors=DINH)
        args = ["suggest", str(texts / "help-desk.txt"), "--format", "toml", "--id", "hd-9"]
        assert 0 == main([*args, "--published", "2026-03-04"])
        draft = capsys.readouterr().out
        data = tomllib.loads(draft)
        assert ("hd-9", "help-desk.txt", "2026-03-04") == (
            data["id"],
            data["source_file"],
            data["published"],
        )
        assert 3 == len(data["statement"])
        path = annotations / "articles" / "help-desk.toml"
        path.write_text(draft, encoding="utf-8")
        out = tmp_path / "mine.json"
        build = ["build", "--seeds", str(texts), "--annotations", str(annotations)]
        assert 1 == main([*build, "--base", "bundled", "--out", str(out)])
        assert "reliability.reasons[0] (hd-9): still says TO REVIEW" in capsys.readouterr().err
        assert not out.exists()
        reviewed = re.sub(r'reasons = \[".*"\]', 'reasons = ["A dated wire report."]', draft)
        path.write_text(reviewed, encoding="utf-8")
        assert 0 == main([*build, "--base", "bundled", "--out", str(out)])
        corpus = ac.load(out)
        found = corpus.find_statements(speaker="Kao Kim Hourn", since="2026-03")
        assert ["hd-9-s01", "hd-9-s02"] == [s.id for s in found]

    def test_toml_id_from_the_file_name(
        self, article: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Without --id, the draft's article id is made from the file name."""
        assert 0 == main(["suggest", str(article), "--format", "toml"])
        assert "help-desk" == tomllib.loads(capsys.readouterr().out)["id"]

    @pytest.mark.parametrize("bad", ["a\nb", "a\rb", "a\x01b"])
    def test_an_id_with_a_line_break_is_refused(
        self, article: Path, capsys: pytest.CaptureFixture[str], bad: str
    ) -> None:
        """It went raw into the draft's header comment: no valid TOML, and exit 0."""
        assert 1 == main(["suggest", str(article), "--format", "toml", "--id", bad])
        captured = capsys.readouterr()
        assert "" == captured.out
        assert "line break or control character" in captured.err

    def test_corpus_option(
        self, tmp_path: Path, corpus_file: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """--corpus resolves speakers against another corpus."""
        path = tmp_path / "a.txt"
        path.write_text("Ana Ñúñez said that trade will grow.\n", encoding="utf-8")
        assert 0 == main(["suggest", str(path), "--corpus", str(corpus_file), "--format", "json"])
        assert ["ana"] == [r["speaker_id"] for r in json.loads(capsys.readouterr().out)]

    def test_bom_and_crlf(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """Offsets index the text as build reads it: no BOM, line ends as \\n."""
        path = tmp_path / "a.txt"
        path.write_bytes(b"\xef\xbb\xbfTitle\r\n\r\nKao Kim Hourn said trade would grow.\r\n")
        assert 0 == main(["suggest", str(path), "--format", "json"])
        (row,) = json.loads(capsys.readouterr().out)
        text = "Title\n\nKao Kim Hourn said trade would grow.\n"
        assert (text.index("trade"), len(text) - 1) == (row["start"], row["end"])

    @pytest.mark.parametrize(
        ("content", "expected"),
        [
            ("", ["(0 suggestions)", "[]"]),
            ("Trade grew by four percent in May.\n", ["(0 suggestions)", "[]"]),
        ],
    )
    def test_nothing_to_suggest(
        self, tmp_path: Path, content: str, expected: list[str], capsys: pytest.CaptureFixture[str]
    ) -> None:
        """An empty text, or one without statements, gives an empty result in each format."""
        path = tmp_path / "quiet.txt"
        path.write_text(content, encoding="utf-8")
        for fmt, printed in zip(("table", "json"), expected, strict=True):
            assert 0 == main(["suggest", str(path), "--format", fmt])
            assert printed == capsys.readouterr().out.strip()
        assert 0 == main(["suggest", str(path), "--format", "toml"])
        draft = tomllib.loads(capsys.readouterr().out)
        assert "quiet" == draft["id"]
        assert "statement" not in draft

    @pytest.mark.parametrize(
        ("content", "problem"),
        [
            (b"Kao said it.\xff and more", "not UTF-8 text: byte 0xff at offset 12"),
            (b"Kao said \xe2\x80", "not UTF-8 text: byte 0xe2 at offset 9 (unexpected end"),
            (b"PK\x03\x04\x00\x00binary", "not text: a NUL byte at offset 4 (a binary file?)"),
            ("Kao said it.".encode("utf-16"), "a UTF-16 byte-order mark; save it as UTF-8"),
        ],
    )
    def test_not_utf8_text(
        self, tmp_path: Path, content: bytes, problem: str, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A binary or non-UTF-8 file: one line naming the file and the problem, status 1."""
        path = tmp_path / "article.bin"
        path.write_bytes(content)
        assert 1 == main(["suggest", str(path)])
        captured = capsys.readouterr()
        assert "" == captured.out
        _one_error(captured.err, f"{str(path)!r}: ", problem)

    def test_not_a_readable_file(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """A missing file, a folder or a FIFO: one line naming it and why, status 1."""
        cases = [(tmp_path / "missing.txt", "cannot read: no such file"), (tmp_path, "a folder")]
        if hasattr(os, "mkfifo"):
            os.mkfifo(tmp_path / "fifo")
            cases.append((tmp_path / "fifo", "a FIFO (a named pipe), not a regular file"))
        for path, problem in cases:
            assert 1 == main(["suggest", str(path)])
            _one_error(capsys.readouterr().err, f"{str(path)!r}: ", problem)

    def test_bad_published_date(self, article: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """An unreadable --published date is one error line quoting it."""
        assert 1 == main(["suggest", str(article), "--published", "someday"])
        _one_error(capsys.readouterr().err, "'someday'")


class TestBuildOnBase:
    def test_base_bundled(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """--base bundled: the annotations use bundled ids; the output holds both."""
        texts, annotations = folders(tmp_path)
        out = tmp_path / "mine.json"
        args = ["build", "--seeds", str(texts), "--annotations", str(annotations)]
        assert 0 == main([*args, "--base", "bundled", "--out", str(out)])
        corpus = ac.load(out)
        assert len(ac.load().statements) + 3 == len(corpus.statements)
        assert 1 == main([*args, "--out", str(tmp_path / "alone.json")])
        assert "topics.toml: no such file" in capsys.readouterr().err

    def test_base_file_and_conflicts(
        self, tmp_path: Path, corpus_file: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """--base FILE reads a corpus file; --on-conflict decides for differing records."""
        texts, annotations = folders(tmp_path)
        base = tmp_path / "base.json"
        ac.load().save(base)
        (annotations / "topics.toml").write_text(
            '[[topic]]\nid = "msmes"\nlabel = "Small firms"\nparent = "trade"\n'
            'description = "Small firms."\n',
            encoding="utf-8",
        )
        args = ["build", "--seeds", str(texts), "--annotations", str(annotations)]
        args += ["--base", str(base), "--out", str(tmp_path / "mine.json")]
        assert 1 == main(args)
        err = capsys.readouterr().err
        assert "topics.toml: topic[0] (msmes): the base corpus has a different topic" in err
        assert 0 == main([*args, "--on-conflict", "replace"])
        assert "Small firms" == ac.load(tmp_path / "mine.json").topic("msmes").label


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


class TestParquetFolders:
    def test_every_command_reads_a_parquet_export(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """--corpus takes a folder written by export --format parquet, as it takes a file."""
        pytest.importorskip("pyarrow")
        folder = tmp_path / "pq"
        ac.load().write_parquet(folder)
        assert 0 == main(["info", "--corpus", str(folder)])
        assert "statements" in capsys.readouterr().out
        args = ["statements", "--corpus", str(folder), "--speaker", "Kao Kim Hourn"]
        assert 0 == main(args)
        assert "a001-s01" in capsys.readouterr().out
        assert 0 == main(["cite", "a003-s02", "--corpus", str(folder), "--style", "csl-json"])
        assert "a003-s02" in capsys.readouterr().out


class TestAdviceInOptions:
    def test_query_advice_names_options(self, capsys: pytest.CaptureFixture[str]) -> None:
        """A hint on the command line names its options, not Python keywords."""
        assert 1 == main(["statements", "--topic", "RCEP"])
        err = capsys.readouterr().err
        assert "'RCEP' is an agreement (rcep): use --agreement 'RCEP'" in err
        assert "any_of" not in err
        assert 1 == main(["statements", "--speaker", "news_outlet"])
        assert "use --speaker-kind 'news_outlet'" in capsys.readouterr().err

    @pytest.mark.parametrize(
        ("argv", "usage", "hint"),
        [
            (
                ["statements", "--speker", "kao"],
                "asean-corpus statements",
                "(did you mean --speaker?)",
            ),
            (["cite", "--stlye=apa", "a001-s01"], "asean-corpus cite", "(did you mean --style?)"),
            (
                ["statements", "--topc", "rcep", "--speker", "kao"],
                "asean-corpus statements",
                "(did you mean --topic for --topc, --speaker for --speker?)",
            ),
            (["statements", "--zzz"], "asean-corpus statements", "arguments: --zzz\n"),
        ],
    )
    def test_a_misspelt_option_is_refused_by_its_command_with_the_likely_one(
        self, capsys: pytest.CaptureFixture[str], argv: list[str], usage: str, hint: str
    ) -> None:
        with pytest.raises(SystemExit) as exit_:
            main(argv)
        assert 2 == exit_.value.code
        err = capsys.readouterr().err
        assert err.startswith(f"usage: {usage} ")
        assert f"{usage}: error: unrecognized arguments: " in err
        assert hint in err


class TestDiffWithTheBundledCorpus:
    def test_bundled_as_the_older_corpus(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """diff bundled MINE lists what MINE adds to the bundled corpus as added."""
        bundled = ac.load()
        extra = attrs.evolve(bundled.statements[0], id="a000-s99")
        mine = attrs.evolve(bundled, statements=(*bundled.statements, extra))
        mine.save(tmp_path / "mine.json")
        assert 0 == main(["diff", "bundled", str(tmp_path / "mine.json"), "--format", "json"])
        (change,) = json.loads(capsys.readouterr().out)["changes"]
        assert ("a000-s99", "added") == (change["id"], change["kind"])
        assert 0 == main(["diff", str(tmp_path / "mine.json"), "bundled", "--format", "json"])
        (change,) = json.loads(capsys.readouterr().out)["changes"]
        assert ("a000-s99", "removed") == (change["id"], change["kind"])
