"""Saving is atomic: a failed or interrupted save never leaves a half-written corpus.

Each test starts from a good file, makes one step of the save fail (serialising,
writing, flushing to disk, renaming), and checks that the good file is still there,
byte for byte, and that no temporary file is left beside it.
"""

from __future__ import annotations

import copy
import errno
import os
import stat
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import attrs
import pytest
from tests._core_corpus import make_corpus

import asean_corpus as ac
from asean_corpus import CorpusError
from asean_corpus.io import files, jsonfile, structs

CORPUS = make_corpus()
OTHER = attrs.evolve(CORPUS, conflicts=())


@pytest.fixture
def good(tmp_path: Path) -> Path:
    """A folder holding one good corpus file, ``c.json``."""
    path = tmp_path / "c.json"
    CORPUS.save(path)
    return path


def assert_untouched(path: Path, before: bytes) -> None:
    """The file has its old bytes, still loads, and is alone in its folder."""
    assert before == path.read_bytes()
    assert CORPUS == ac.load(path)
    assert [path.name] == sorted(p.name for p in path.parent.iterdir())


class _FailingHandle:
    """A file handle that writes the first half of what it is given, then fails."""

    def __init__(self, handle: Any, error: BaseException) -> None:
        self.handle = handle
        self.error = error

    def __enter__(self) -> _FailingHandle:
        return self

    def __exit__(self, *exc: object) -> None:
        self.handle.close()

    def write(self, text: str) -> int:
        self.handle.write(text[: len(text) // 2])
        self.handle.flush()
        raise self.error

    def flush(self) -> None:
        self.handle.flush()

    def fileno(self) -> int:
        return int(self.handle.fileno())


def _fail_writes(monkeypatch: pytest.MonkeyPatch, error: BaseException) -> None:
    real = os.fdopen

    def fdopen(*args: Any, **kwargs: Any) -> _FailingHandle:
        return _FailingHandle(real(*args, **kwargs), error)

    monkeypatch.setattr(os, "fdopen", fdopen)


class TestAtomicSave:
    def test_save_leaves_only_the_file(self, good: Path) -> None:
        """A save replaces the file with the new corpus and leaves nothing else behind."""
        OTHER.save(good)
        assert OTHER == ac.load(good)
        assert ["c.json"] == [p.name for p in good.parent.iterdir()]

    def test_failure_while_serialising(self, good: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """If the corpus cannot be turned into JSON, the old file stays as it was."""
        before = good.read_bytes()

        def broken(*args: object, **kwargs: object) -> str:
            raise RuntimeError("cannot serialise")

        monkeypatch.setattr(jsonfile, "corpus_to_dict", broken)  # whichever encoder writes
        monkeypatch.setattr(structs, "encode_tables", broken)
        with pytest.raises(RuntimeError, match="cannot serialise"):
            OTHER.save(good)
        monkeypatch.undo()
        assert_untouched(good, before)

    def test_disk_full_half_way(self, good: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """A write that fails half way (disk full) leaves the old file and no temporary."""
        before = good.read_bytes()
        _fail_writes(monkeypatch, OSError(errno.ENOSPC, "No space left on device"))
        with pytest.raises(OSError, match="No space left"):
            OTHER.save(good)
        monkeypatch.undo()
        assert_untouched(good, before)

    def test_interrupted_half_way(self, good: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """Ctrl-C in the middle of a write leaves the old file and no temporary."""
        before = good.read_bytes()
        _fail_writes(monkeypatch, KeyboardInterrupt())
        with pytest.raises(KeyboardInterrupt):
            OTHER.save(good)
        monkeypatch.undo()
        assert_untouched(good, before)

    def test_failure_to_flush_to_disk(self, good: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """If the data cannot be forced to disk, the old file is kept."""
        before = good.read_bytes()

        def fsync(fd: int) -> None:
            raise OSError(errno.EIO, "Input/output error")

        monkeypatch.setattr(os, "fsync", fsync)
        with pytest.raises(OSError, match="Input/output error"):
            OTHER.save(good)
        monkeypatch.undo()
        assert_untouched(good, before)

    def test_failure_to_rename(self, good: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """If the finished file cannot be renamed into place, the old file is kept."""
        before = good.read_bytes()

        def replace(src: object, dst: object) -> None:
            raise OSError(errno.EXDEV, "Invalid cross-device link")

        monkeypatch.setattr(os, "replace", replace)
        with pytest.raises(OSError, match="cross-device"):
            OTHER.save(good)
        monkeypatch.undo()
        assert_untouched(good, before)

    def test_failure_with_no_previous_file(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A failed first save leaves no file at all, not an empty or partial one."""
        _fail_writes(monkeypatch, OSError(errno.ENOSPC, "No space left on device"))
        with pytest.raises(OSError, match="No space left"):
            CORPUS.save(tmp_path / "new.json")
        assert [] == list(tmp_path.iterdir())

    def test_text_that_cannot_be_encoded(self, good: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """A text that cannot be written as UTF-8 fails the save; the old file stays.

        The corpus refuses such text when it is made; this forces it past that check.
        """
        before = good.read_bytes()
        forced = copy.deepcopy(OTHER)
        object.__setattr__(forced.articles[0], "title", "\ud800")
        with pytest.raises(ValueError, match="surrogate"):
            forced.save(good)
        assert_untouched(good, before)

    def test_missing_folder(self, tmp_path: Path) -> None:
        """Saving into a folder that does not exist is a CorpusError; nothing is created."""
        with pytest.raises(CorpusError, match="does not exist"):
            CORPUS.save(tmp_path / "no" / "c.json")
        assert [] == list(tmp_path.iterdir())

    def test_permissions_are_kept(self, good: Path) -> None:
        """Replacing a file keeps its permission bits."""
        good.chmod(0o600)
        OTHER.save(good)
        assert 0o600 == stat.S_IMODE(good.stat().st_mode)

    def test_new_files_are_readable(self, tmp_path: Path) -> None:
        """A new file is readable by everyone and writable by its owner (0644)."""
        CORPUS.save(tmp_path / "c.json")
        assert 0o644 == stat.S_IMODE((tmp_path / "c.json").stat().st_mode)

    def test_process_killed_half_way(self, good: Path) -> None:
        """A process killed in the middle of a save leaves the old file whole and loadable."""
        before = good.read_bytes()
        script = textwrap.dedent(
            """
            import os, sys
            from tests._core_corpus import make_corpus
            import attrs

            real = os.fdopen

            class Dying:
                def __init__(self, handle):
                    self.handle = handle
                def __enter__(self):
                    return self
                def __exit__(self, *exc):
                    return None
                def write(self, text):
                    self.handle.write(text[: len(text) // 2])
                    self.handle.flush()
                    os._exit(9)

            os.fdopen = lambda *a, **k: Dying(real(*a, **k))
            attrs.evolve(make_corpus(), conflicts=()).save(sys.argv[1])
            """
        )
        root = Path(__file__).resolve().parents[1]
        done = subprocess.run(
            [sys.executable, "-c", script, str(good)], cwd=root, check=False, timeout=120
        )
        assert 9 == done.returncode
        assert before == good.read_bytes()
        assert CORPUS == ac.load(good)
        # The dead process could not clean up its temporary file: it is hidden beside
        # the target, never in its place.
        leftovers = sorted(p.name for p in good.parent.iterdir() if p != good)
        assert all(n.startswith(".c.json.") and n.endswith(".tmp") for n in leftovers)


class TestAtomicWrite:
    def test_binary_mode(self, tmp_path: Path) -> None:
        """atomic_write also writes bytes."""
        with files.atomic_write(tmp_path / "b.bin", "wb") as handle:
            handle.write(b"\x00\xff")
        assert b"\x00\xff" == (tmp_path / "b.bin").read_bytes()

    def test_error_in_the_block(self, tmp_path: Path) -> None:
        """An error inside the with-block discards everything written in it."""
        target = tmp_path / "t.txt"
        target.write_text("old", encoding="utf-8")
        with pytest.raises(ZeroDivisionError):
            _write_then_fail(target)
        assert "old" == target.read_text(encoding="utf-8")
        assert ["t.txt"] == [p.name for p in tmp_path.iterdir()]


def _write_then_fail(target: Path) -> None:
    with files.atomic_write(target) as handle:
        handle.write("new")
        raise ZeroDivisionError
