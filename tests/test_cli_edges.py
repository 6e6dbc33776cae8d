"""The command line at its edges: standard output full, closed or a pipe that closes,
Ctrl-C, failed writes, and ``--out -``: one line on standard error and a non-zero exit,
never a traceback."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

# Whole-process checks: each test starts the command in a child process.
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
COMMAND = [sys.executable, "-m", "asean_corpus"]
ANNOTATIONS = ROOT / "docs" / "guides" / "example-corpus"


def run(args: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    """The command run in a child process, its output captured."""
    options: dict[str, object] = {"capture_output": True, "text": True, "timeout": 120}
    options.update(kwargs)
    return subprocess.run([*COMMAND, *args], check=False, cwd=ROOT, **options)  # type: ignore[call-overload, no-any-return]


def one_line_error(done: subprocess.CompletedProcess[str], pattern: str) -> None:
    """Exactly one line on standard error, naming the problem, and no traceback."""
    lines = done.stderr.strip().splitlines()
    errors = [line for line in lines if line.startswith("asean-corpus: error:")]
    assert 1 == len(errors), done.stderr
    assert pattern in errors[0]
    assert "Traceback" not in done.stderr


BUNDLED_FILE = str(ROOT / "src" / "asean_corpus" / "data" / "corpus.json")


@pytest.mark.parametrize(
    "args",
    [["info"], ["statements"], ["statements", "--format", "json"], ["validate", BUNDLED_FILE]],
)
class TestStandardOutput:
    def test_full(self, args: list[str]) -> None:
        """Standard output on /dev/full: exit 1, one line, no traceback."""
        if not os.path.exists("/dev/full"):
            pytest.skip("/dev/full does not exist on this system")
        with open("/dev/full", "w") as full:
            done = run(args, stdout=full, stderr=subprocess.PIPE, capture_output=False)
        assert 1 == done.returncode
        one_line_error(done, "cannot write standard output: No space left on device")

    def test_closed(self, args: list[str]) -> None:
        """Standard output closed: exit 1 (the output would be lost), one line."""
        done = run(args, stdout=subprocess.DEVNULL, capture_output=False, stderr=subprocess.PIPE,
                   preexec_fn=lambda: os.close(1))  # fmt: skip
        assert 1 == done.returncode
        one_line_error(done, "standard output is closed")


class TestPipes:
    def test_reader_stops_early(self) -> None:
        """A reader that stops reading (head) ends the command quietly with status 0."""
        command = [*COMMAND, "statements", "--format", "json"]
        with subprocess.Popen(
            command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE
        ) as p:
            assert p.stdout is not None
            p.stdout.read(10)
            p.stdout.close()
            assert p.stderr is not None
            err = p.stderr.read().decode()
            assert 0 == p.wait(timeout=60)
        assert "Traceback" not in err


class TestInterrupt:
    def test_ctrl_c(self) -> None:
        """SIGINT exits with status 130 and one line, no KeyboardInterrupt traceback."""
        code = (
            "import time, sys, asean_corpus.cli as cli\n"
            "def slow(path):\n"
            "    print('ready', file=sys.stderr, flush=True)\n"
            "    time.sleep(60)\n"
            "cli._corpus = slow\n"
            "raise SystemExit(cli.main(['info']))\n"
        )
        with subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) as p:  # fmt: skip
            assert p.stderr is not None
            assert "ready" == p.stderr.readline().strip()
            p.send_signal(signal.SIGINT)
            status = p.wait(timeout=60)
            err = p.stderr.read()
        assert 130 == status
        assert "Traceback" not in err
        assert "asean-corpus: error: interrupted" == err.strip()


class TestFailedWrites:
    @pytest.mark.parametrize(
        ("out", "pattern"),
        [
            ("missing/x.jsonl", "does not exist"),
            (".", "it is a folder"),
            ("x\0y", "NUL"),
            ("/dev/null", "it is a device"),
            ("/dev/full", "it is a device"),
            ("pipe", "it is a FIFO"),
        ],
    )
    def test_export_one_line(self, tmp_path: Path, out: str, pattern: str) -> None:
        """A failed write is one line naming the path, status 1."""
        os.mkfifo(tmp_path / "pipe")
        target = out if out.startswith("/") else str(tmp_path / out)
        if "\0" in out:  # a NUL cannot be passed as an argument; call main in-process
            from asean_corpus.cli import main

            assert 1 == main(["export", "--format", "jsonl", "--out", target])
            return
        done = run(["export", "--format", "jsonl", "--out", target])
        assert 1 == done.returncode
        one_line_error(done, pattern)

    def test_build_to_a_folder(self, tmp_path: Path) -> None:
        """build --out FOLDER is one line, status 1."""
        done = run(["build", "--seeds", str(ANNOTATIONS / "texts"), "--annotations",
                    str(ANNOTATIONS / "annotations"), "--out", str(tmp_path)])  # fmt: skip
        assert 1 == done.returncode
        one_line_error(done, "it is a folder")

    def test_build_checksum_that_cannot_be_written_leaves_the_corpus(self, tmp_path: Path) -> None:
        """The corpus and its checksum are written as a pair: when OUT.sha256 cannot be
        written, OUT is left as it was (it was replaced, without its checksum)."""
        out = tmp_path / "mine.json"
        out.write_text("the corpus before", encoding="utf-8")
        (tmp_path / "mine.json.sha256").mkdir()
        done = run(["build", "--seeds", str(ANNOTATIONS / "texts"), "--annotations",
                    str(ANNOTATIONS / "annotations"), "--out", str(out), "--checksum"])  # fmt: skip
        assert 1 == done.returncode
        one_line_error(done, "it is a folder")
        assert "the corpus before" == out.read_text(encoding="utf-8")

    @pytest.mark.parametrize(
        "args",
        [
            ["build", "--seeds", "", "--annotations", "x", "--out", "o.json"],
            ["export", "--format", "csv", "--out", ""],
        ],
    )
    def test_an_empty_path_is_refused(self, args: list[str]) -> None:
        """ "" was the current folder: build looked for raw files there, export said the
        folder '.' could not be written."""
        done = run(args)
        assert 1 == done.returncode
        one_line_error(done, "an empty path names no file")

    def test_on_conflict_without_a_base_is_refused(self, tmp_path: Path) -> None:
        """It was ignored: there is nothing to clash with."""
        done = run(["build", "--seeds", str(ANNOTATIONS / "texts"), "--annotations",
                    str(ANNOTATIONS / "annotations"), "--out", str(tmp_path / "o.json"),
                    "--on-conflict", "keep"])  # fmt: skip
        assert 1 == done.returncode
        one_line_error(done, "--on-conflict applies only with --base")
        assert not (tmp_path / "o.json").exists()

    def test_write_through_a_link(self, tmp_path: Path) -> None:
        """--out through a link writes the link's target; the link stays."""
        (tmp_path / "real.jsonl").write_text("", encoding="utf-8")
        (tmp_path / "link.jsonl").symlink_to("real.jsonl")
        done = run(["export", "--format", "jsonl", "--out", str(tmp_path / "link.jsonl")])
        assert 0 == done.returncode
        assert (tmp_path / "link.jsonl").is_symlink()
        assert (tmp_path / "real.jsonl").read_text(encoding="utf-8").startswith("{")


class TestOutDash:
    @pytest.mark.parametrize("fmt", ["jsonl", "csv", "webannotation"])
    def test_export_to_stdout(self, fmt: str, tmp_path: Path) -> None:
        """--out - writes the export to standard output, the same as to a file."""
        done = run(["export", "--format", fmt, "--out", "-"])
        assert 0 == done.returncode
        assert 0 == run(["export", "--format", fmt, "--out", str(tmp_path / "f")]).returncode
        assert (tmp_path / "f").read_text(encoding="utf-8") == done.stdout
        assert not Path(ROOT / "-").exists()

    def test_parquet_refused(self) -> None:
        """Parquet writes a folder: --out - is refused in one line."""
        done = run(["export", "--format", "parquet", "--out", "-"])
        assert 1 == done.returncode
        one_line_error(done, "parquet writes a folder")

    def test_build_to_stdout(self) -> None:
        """build --out - prints the corpus JSON."""
        done = run(["build", "--seeds", str(ANNOTATIONS / "texts"), "--annotations",
                    str(ANNOTATIONS / "annotations"), "--out", "-"])  # fmt: skip
        assert 0 == done.returncode
        assert 1 == json.loads(done.stdout)["format_version"]

    def test_build_checksum_needs_a_file(self) -> None:
        """--checksum with --out - is refused: there is no file to put it beside."""
        done = run(["build", "--seeds", "x", "--annotations", "y", "--out", "-", "--checksum"])
        assert 1 == done.returncode
        one_line_error(done, "--checksum needs --out FILE")


class TestSuggestInput:
    @pytest.mark.parametrize(
        ("name", "content", "pattern"),
        [
            ("bad.txt", b"Kao said it.\xff and more", "not UTF-8 text: byte 0xff at offset 12"),
            ("image.png", b"\x89PNG\r\n\x1a\n\x00\x00", "not UTF-8 text: byte 0x89 at offset 0"),
            ("nul.txt", b"Kao said\x00it", "not text: a NUL byte at offset 8"),
            ("pipe", None, "it is a FIFO"),
            ("missing.txt", None, "no such file"),
        ],
    )
    def test_one_line(self, tmp_path: Path, name: str, content: bytes | None, pattern: str) -> None:
        """A file suggest cannot read as text: one line naming it, status 1, no traceback."""
        path = tmp_path / name
        if content is not None:
            path.write_bytes(content)
        elif name == "pipe":
            os.mkfifo(path)
        done = run(["suggest", str(path)])
        assert 1 == done.returncode
        assert "" == done.stdout
        one_line_error(done, f"{str(path)!r}: ")
        one_line_error(done, pattern)
