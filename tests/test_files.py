"""Files: writes go through links to regular files only, fail cleanly, and leave nothing
behind; reads take regular files only, and a bounded number of bytes.

Every failure is a :class:`CorpusFileError` (also an :class:`OSError`) naming the path,
and leaves the folder as it was: no temporary file, no half-written target.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import socket
import stat
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from tests._core_corpus import make_corpus

import asean_corpus as ac
from asean_corpus import CorpusError, CorpusFileError, CorpusFileNotFoundError, export
from asean_corpus.io import files, reading
from asean_corpus.io.jsonfile import MAX_BYTES

CORPUS = make_corpus()
ROOT = Path(__file__).resolve().parents[1]
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0

Writer = Callable[[Path], None]

WRITERS: dict[str, Writer] = {
    "save": CORPUS.save,
    "jsonl": lambda p: export.write_jsonl(CORPUS, p),
    "csv": lambda p: export.write_csv(CORPUS, p, "actors"),
    "webannotation": lambda p: export.write_web_annotations(CORPUS, p),
}


def listing(folder: Path) -> list[str]:
    """The names in a folder, sorted, hidden ones included."""
    return sorted(os.listdir(folder))


@pytest.fixture(params=sorted(WRITERS))
def writer(request: pytest.FixtureRequest) -> Writer:
    """Each of the library's file writers."""
    return WRITERS[request.param]


@pytest.fixture
def readonly_mount(tmp_path: Path) -> Iterator[Path]:
    """A read-only tmpfs (needs root and a system that lets it mount)."""
    folder = tmp_path / "ro"
    folder.mkdir()
    if not IS_ROOT or shutil.which("mount") is None:
        pytest.skip("mounting a read-only filesystem needs root and mount(8)")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "ro,size=64k", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
        timeout=30,
    )
    if done.returncode:
        pytest.skip(f"this system does not let tests mount: {done.stderr.decode().strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=False, timeout=30)


@pytest.fixture
def tiny_mount(tmp_path: Path) -> Iterator[Path]:
    """A writable tmpfs of 16 kB, for a real full disk (needs root and mount)."""
    folder = tmp_path / "tiny"
    folder.mkdir()
    if not IS_ROOT or shutil.which("mount") is None:
        pytest.skip("mounting a small filesystem needs root and mount(8)")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
        timeout=30,
    )
    if done.returncode:
        pytest.skip(f"this system does not let tests mount: {done.stderr.decode().strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=False, timeout=30)


class TestWriteThroughLinks:
    def test_link_kept_target_replaced(self, tmp_path: Path, writer: Writer) -> None:
        """A write to a symlink replaces the file it points to; the link stays a link."""
        (tmp_path / "real").write_text("old", encoding="utf-8")
        (tmp_path / "link").symlink_to("real")
        writer(tmp_path / "link")
        assert (tmp_path / "link").is_symlink()
        assert "old" != (tmp_path / "real").read_text(encoding="utf-8")
        assert ["link", "real"] == listing(tmp_path)

    def test_chain_of_links_into_another_folder(self, tmp_path: Path) -> None:
        """A chain of links, across folders, is followed to its last file."""
        (tmp_path / "data").mkdir()
        (tmp_path / "data" / "c.json").write_text("{}", encoding="utf-8")
        (tmp_path / "one").symlink_to(tmp_path / "data" / "c.json")
        (tmp_path / "two").symlink_to("one")
        CORPUS.save(tmp_path / "two")
        assert CORPUS == ac.load(tmp_path / "data" / "c.json")
        assert ["c.json"] == listing(tmp_path / "data")
        assert (tmp_path / "two").is_symlink()
        assert (tmp_path / "one").is_symlink()

    def test_dangling_link_creates_its_target(self, tmp_path: Path) -> None:
        """A link to a file not yet there creates that file and keeps the link."""
        (tmp_path / "link").symlink_to("new.json")
        CORPUS.save(tmp_path / "link")
        assert (tmp_path / "link").is_symlink()
        assert CORPUS == ac.load(tmp_path / "new.json")

    def test_link_loop_refused(self, tmp_path: Path, writer: Writer) -> None:
        """A link that leads back to itself is refused, naming the path."""
        (tmp_path / "a").symlink_to("b")
        (tmp_path / "b").symlink_to("a")
        with pytest.raises(CorpusFileError, match=r"'.*a': cannot write: .*symbolic links"):
            writer(tmp_path / "a")
        assert ["a", "b"] == listing(tmp_path)

    def test_permissions_of_the_target_are_kept(self, tmp_path: Path) -> None:
        """Writing through a link keeps the permission bits of the target."""
        (tmp_path / "real").write_text("old", encoding="utf-8")
        (tmp_path / "real").chmod(0o600)
        (tmp_path / "link").symlink_to("real")
        CORPUS.save(tmp_path / "link")
        assert 0o600 == (tmp_path / "real").stat().st_mode & 0o777


class TestSpecialTargetsRefused:
    def test_fifo(self, tmp_path: Path, writer: Writer) -> None:
        """A FIFO is never replaced: the write is refused, and nothing blocks."""
        os.mkfifo(tmp_path / "pipe")
        with pytest.raises(CorpusFileError, match="pipe': cannot write: it is a FIFO"):
            writer(tmp_path / "pipe")
        assert ["pipe"] == listing(tmp_path)

    def test_link_to_fifo(self, tmp_path: Path) -> None:
        """A link to a FIFO is refused as the FIFO is."""
        os.mkfifo(tmp_path / "pipe")
        (tmp_path / "link").symlink_to("pipe")
        with pytest.raises(CorpusFileError, match="it is a FIFO"):
            CORPUS.save(tmp_path / "link")

    @pytest.mark.parametrize("device", ["/dev/null", "/dev/full", "/dev/zero"])
    def test_character_devices(self, device: str, writer: Writer) -> None:
        """A device is refused with a clear error, never replaced by a regular file."""
        if not os.path.exists(device):
            pytest.skip(f"{device} does not exist on this system")
        before = os.stat(device)
        with pytest.raises(CorpusFileError, match="cannot write: it is a device"):
            writer(Path(device))
        after = os.stat(device)
        assert (before.st_ino, before.st_rdev) == (after.st_ino, after.st_rdev)

    def test_link_to_device(self, tmp_path: Path) -> None:
        """A link to a device (as /dev/stdout may be) is refused; the device stays."""
        if not os.path.exists("/dev/null"):
            pytest.skip("/dev/null does not exist on this system")
        (tmp_path / "out").symlink_to("/dev/null")
        with pytest.raises(CorpusFileError, match="it is a device"):
            CORPUS.save(tmp_path / "out")
        assert (tmp_path / "out").is_symlink()

    def test_socket(self, tmp_path: Path) -> None:
        """A Unix socket is refused."""
        path = Path(tempfile.mkdtemp()) / "s"  # socket paths must be short
        server = socket.socket(socket.AF_UNIX)
        try:
            server.bind(str(path))
            with pytest.raises(CorpusFileError, match="it is a socket"):
                CORPUS.save(path)
        finally:
            server.close()
            shutil.rmtree(path.parent)

    def test_folder(self, tmp_path: Path, writer: Writer) -> None:
        """A folder is refused as a target, an IsADirectory error, and left alone."""
        (tmp_path / "d").mkdir()
        with pytest.raises(CorpusFileError, match="d': cannot write: it is a folder") as info:
            writer(tmp_path / "d")
        assert errno.EISDIR == info.value.errno
        assert ["d"] == listing(tmp_path)

    @pytest.mark.parametrize("name", ["x.json/", ".", ".."])
    def test_names_of_folders(self, tmp_path: Path, name: str) -> None:
        """A path that can only name a folder is refused before anything is created."""
        with pytest.raises(CorpusFileError, match="folder"):
            CORPUS.save(str(tmp_path) + os.sep + name)
        assert [] == listing(tmp_path)


class TestFailedWrites:
    def test_empty_path(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """``save("")`` is refused before any temporary file is made."""
        monkeypatch.chdir(tmp_path)
        with pytest.raises(CorpusFileError, match="an empty path names no file"):
            CORPUS.save("")
        assert [] == listing(tmp_path)

    @pytest.mark.parametrize("name", ["a\0b.json", "\0", "x.json\0"])
    def test_nul_in_path(self, tmp_path: Path, name: str, writer: Writer) -> None:
        """A path holding NUL is a CorpusFileError (an OSError), not a bare ValueError."""
        with pytest.raises(CorpusFileError, match="the path contains a NUL character"):
            writer(tmp_path / name)
        assert [] == listing(tmp_path)

    @pytest.mark.parametrize("name", ["\ud800.json", "x\udfff"])
    def test_unencodable_path(self, tmp_path: Path, name: str, writer: Writer) -> None:
        """A lone surrogate cannot name a file: a CorpusFileError, not UnicodeEncodeError."""
        with pytest.raises(CorpusFileError, match="the file system's encoding"):
            writer(tmp_path / name)
        with pytest.raises(CorpusFileError, match="the file system's encoding"):
            ac.load(tmp_path / name)
        assert [] == listing(tmp_path)

    def test_missing_folder(self, tmp_path: Path, writer: Writer) -> None:
        """A folder that does not exist: CorpusFileNotFoundError, also FileNotFoundError."""
        with pytest.raises(FileNotFoundError, match="does not exist") as info:
            writer(tmp_path / "no" / "x")
        assert isinstance(info.value, CorpusFileNotFoundError)
        assert [] == listing(tmp_path)

    def test_parent_is_a_file(self, tmp_path: Path) -> None:
        """A path through a regular file is refused, naming the path."""
        (tmp_path / "f").write_text("x", encoding="utf-8")
        with pytest.raises(CorpusFileError, match=r"f/x\.json'"):
            CORPUS.save(tmp_path / "f" / "x.json")
        assert ["f"] == listing(tmp_path)

    @pytest.mark.skipif(IS_ROOT, reason="root is not bound by permission bits")
    def test_permission_denied(self, tmp_path: Path, writer: Writer) -> None:
        """A folder without write permission: CorpusFileError naming the path."""
        folder = tmp_path / "locked"
        folder.mkdir()
        folder.chmod(0o500)
        try:
            with pytest.raises(CorpusFileError, match="locked/x': cannot write: Permission"):
                writer(folder / "x")
            assert [] == listing(folder)
        finally:
            folder.chmod(0o700)

    def test_read_only_filesystem_simulated(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """EROFS from the system (as on any read-only mount) becomes a CorpusFileError."""

        def mkstemp(*args: object, **kwargs: object) -> tuple[int, str]:
            raise OSError(errno.EROFS, "Read-only file system")

        monkeypatch.setattr(tempfile, "mkstemp", mkstemp)
        with pytest.raises(CorpusFileError, match=r"x\.json': cannot write: Read-only") as info:
            CORPUS.save(tmp_path / "x.json")
        assert errno.EROFS == info.value.errno
        assert [] == listing(tmp_path)

    def test_read_only_filesystem(self, readonly_mount: Path, writer: Writer) -> None:
        """A real read-only filesystem: CorpusFileError naming the path."""
        with pytest.raises(CorpusFileError, match="cannot write: Read-only file system"):
            writer(readonly_mount / "x")

    def test_disk_full_for_real(self, tiny_mount: Path) -> None:
        """A real full disk: CorpusFileError, the old file kept, no temporary left."""
        small = tiny_mount / "c.json"
        CORPUS.save(small)
        before = small.read_bytes()
        with pytest.raises(CorpusFileError, match=r"c\.json': cannot write: No space left"):
            ac.load().save(small)
        assert before == small.read_bytes()
        assert ["c.json"] == listing(tiny_mount)

    def test_disk_full_simulated(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """ENOSPC while flushing is a CorpusFileError with errno ENOSPC; nothing is left."""

        def fsync(fd: int) -> None:
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(os, "fsync", fsync)
        with pytest.raises(CorpusFileError, match="No space left") as info:
            CORPUS.save(tmp_path / "x.json")
        assert errno.ENOSPC == info.value.errno
        assert [] == listing(tmp_path)

    def test_error_is_an_oserror_and_a_corpus_error(self, tmp_path: Path) -> None:
        """Code catching OSError or CorpusError both see a failed write."""
        with pytest.raises(OSError, match="does not exist") as info:
            CORPUS.save(tmp_path / "no" / "x.json")
        assert isinstance(info.value, CorpusError)
        assert str(tmp_path / "no" / "x.json") == info.value.filename

    def test_folder_export_into_a_file(self, tmp_path: Path) -> None:
        """A Parquet export over a regular file is refused as a CorpusFileError."""
        pytest.importorskip("pyarrow")
        (tmp_path / "f").write_text("x", encoding="utf-8")
        with pytest.raises(CorpusFileError, match="exists and is not a folder"):
            CORPUS.write_parquet(tmp_path / "f")


def _leave_temporary(folder: Path, name: str, pid: int, host: str | None = None) -> Path:
    host = files._HOST if host is None else host
    path = folder / f".{name}.{host}-{pid}.abcd1234.tmp"
    path.write_text("half", encoding="utf-8")
    return path


def _dead_pid() -> int:
    done = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        timeout=60,
    )
    return int(done.stdout)


class TestStaleTemporaries:
    def test_killed_writer_cleaned_on_next_save(self, tmp_path: Path) -> None:
        """A temporary of a writer that no longer runs is removed by the next save."""
        stale = _leave_temporary(tmp_path, "c.json", _dead_pid())
        CORPUS.save(tmp_path / "c.json")
        assert not stale.exists()
        assert ["c.json"] == listing(tmp_path)

    def test_live_writer_kept(self, tmp_path: Path) -> None:
        """A temporary of a running process on this host is never touched."""
        child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
        try:
            live = _leave_temporary(tmp_path, "c.json", child.pid)
            CORPUS.save(tmp_path / "c.json")
            assert live.exists()
        finally:
            child.kill()
            child.wait(timeout=30)

    def test_other_host_kept_until_old(self, tmp_path: Path) -> None:
        """A temporary of another host is kept while fresh and removed once abandoned."""
        other = _leave_temporary(tmp_path, "c.json", 1, host="elsewhere")
        CORPUS.save(tmp_path / "c.json")
        assert other.exists()
        old = time.time() - files.STALE_SECONDS - 5
        os.utime(other, (old, old))
        CORPUS.save(tmp_path / "c.json")
        assert not other.exists()

    def test_unnamed_writer_only_when_old(self, tmp_path: Path) -> None:
        """Temporaries of earlier versions (no writer in the name) go once abandoned."""
        legacy = tmp_path / ".c.json.k2j4_x9q.tmp"
        legacy.write_text("half", encoding="utf-8")
        CORPUS.save(tmp_path / "c.json")
        assert legacy.exists()
        old = time.time() - files.STALE_SECONDS - 5
        os.utime(legacy, (old, old))
        CORPUS.save(tmp_path / "c.json")
        assert not legacy.exists()

    @pytest.mark.parametrize(
        "name",
        [
            ".c.json.notes.tmp",  # not a random part of 8
            ".c.json.host-1.abcd1234.tmp.bak",
            "c.json.host-1.abcd1234.tmp",  # not hidden
            ".other.json.host-1.abcd1234.tmp",  # another target
            ".c.json.host-1.ABCD1234.tmp",  # not what mkstemp makes
        ],
    )
    def test_only_our_exact_pattern(self, tmp_path: Path, name: str) -> None:
        """Files that merely look like temporaries are left alone, however old."""
        path = tmp_path / name
        path.write_text("keep", encoding="utf-8")
        old = time.time() - 10 * files.STALE_SECONDS
        os.utime(path, (old, old))
        CORPUS.save(tmp_path / "c.json")
        assert path.exists()

    def test_links_never_followed_or_removed(self, tmp_path: Path) -> None:
        """A link named like a stale temporary is left, and so is what it points to."""
        victim = tmp_path / "victim.txt"
        victim.write_text("keep", encoding="utf-8")
        link = tmp_path / f".c.json.{files._HOST}-{_dead_pid()}.abcd1234.tmp"
        link.symlink_to(victim)
        CORPUS.save(tmp_path / "c.json")
        assert link.is_symlink()
        assert "keep" == victim.read_text(encoding="utf-8")

    def test_kill_then_save_leaves_one_file(self, tmp_path: Path) -> None:
        """After writers killed half way (kill -9), the next save leaves only the file."""
        script = textwrap.dedent(
            """
            import os, sys
            from tests._core_corpus import make_corpus
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
            make_corpus().save(sys.argv[1])
            """
        )
        target = tmp_path / "c.json"
        for _ in range(3):
            done = subprocess.run(
                [sys.executable, "-c", script, str(target)], cwd=ROOT, check=False, timeout=120
            )
            assert 9 == done.returncode
        # Each writer removed the one killed before it: one temporary is left, not three.
        assert 1 == len(listing(tmp_path))
        CORPUS.save(target)
        assert ["c.json"] == listing(tmp_path)


class TestInterruptedFolderSwap:
    """An export moved aside by a writer killed between its two renames is not lost."""

    def _killed_mid_swap(self, tmp_path: Path, pid: int | None = None) -> tuple[Path, Path]:
        pytest.importorskip("pyarrow")
        target = tmp_path / "p"
        CORPUS.write_parquet(target)
        pid = _dead_pid() if pid is None else pid
        old = tmp_path / f".p.{files._HOST}-{pid}.abcd1234.old"
        old.mkdir()
        os.replace(target, old / "p")  # the first rename done, the second never
        half = tmp_path / f".p.{files._HOST}-{pid}.efgh5678.tmp"
        half.mkdir()
        (half / "half.parquet").write_bytes(b"PAR1")
        return target, old

    def test_put_back_even_when_the_next_write_fails(self, tmp_path: Path) -> None:
        """The next write puts the export back first: a write that then fails keeps it."""
        target, _ = self._killed_mid_swap(tmp_path)
        assert not target.exists()
        with pytest.raises(RuntimeError), files.atomic_folder(target, is_export=lambda _: True):
            raise RuntimeError("the new export fails half way")
        assert ["p"] == listing(tmp_path)
        assert ac.read_parquet(target) == CORPUS

    def test_the_next_write_replaces_it(self, tmp_path: Path) -> None:
        """The next write_parquet succeeds, and leaves its export alone in the folder."""
        target, _ = self._killed_mid_swap(tmp_path)
        other = ac.load()
        other.write_parquet(target)
        assert ["p"] == listing(tmp_path)
        assert ac.read_parquet(target) == other

    @pytest.mark.parametrize("kind", ["file", "folder"])
    def test_kept_when_the_path_is_taken_meanwhile(self, tmp_path: Path, kind: str) -> None:
        """A path taken by something else meanwhile: the write is refused, the export kept."""
        target, old = self._killed_mid_swap(tmp_path)
        if kind == "file":
            target.write_text("mine", encoding="utf-8")
        else:
            target.mkdir()
            (target / "notes.txt").write_text("mine", encoding="utf-8")
        with pytest.raises(CorpusError):
            CORPUS.write_parquet(target)
        assert ac.read_parquet(old / "p") == CORPUS

    def test_a_live_writer_is_left_alone(self, tmp_path: Path) -> None:
        """The folder of a writer still running on this host is never touched."""
        child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
        try:
            target, old = self._killed_mid_swap(tmp_path, pid=child.pid)
            files._put_back(tmp_path, "p")
            assert not target.exists()
            assert (old / "p").is_dir()
        finally:
            child.kill()
            child.wait(timeout=30)

    @pytest.mark.parametrize(
        "name", [".p.abcd1234.old", ".p.host-1.abcd1234.old.bak", "p.host-1.abcd1234.old"]
    )
    def test_only_our_exact_names(self, tmp_path: Path, name: str) -> None:
        """Names this module never makes are left alone, however old, files or folders."""
        (tmp_path / name).mkdir()
        (tmp_path / name / "p").mkdir()
        old = time.time() - 10 * files.STALE_SECONDS
        os.utime(tmp_path / name, (old, old))
        files._put_back(tmp_path, "p")
        assert not (tmp_path / "p").exists()
        assert (tmp_path / name / "p").is_dir()

    def test_a_file_named_like_the_folder_is_left_alone(self, tmp_path: Path) -> None:
        """Only folders are the ones moved aside: a file of the same name stays."""
        pytest.importorskip("pyarrow")
        path = tmp_path / f".q.{files._HOST}-{_dead_pid()}.abcd1234.old"
        path.write_text("a backup", encoding="utf-8")
        CORPUS.write_parquet(tmp_path / "q")
        CORPUS.write_parquet(tmp_path / "q")
        assert "a backup" == path.read_text(encoding="utf-8")

    def test_the_newest_of_two_is_put_back_and_neither_removed(self, tmp_path: Path) -> None:
        """Two writers killed mid-swap: the newer export is put back, the older kept."""
        target, first = self._killed_mid_swap(tmp_path)
        other = ac.load()
        other.write_parquet(target)  # puts the first back, then replaces it
        assert not first.exists()
        second = tmp_path / f".p.{files._HOST}-{_dead_pid()}.ijkl9012.old"
        second.mkdir()
        os.replace(target, second / "p")
        stranded = tmp_path / f".p.{files._HOST}-{_dead_pid()}.mnop3456.old"
        stranded.mkdir()
        CORPUS.write_parquet(stranded / "p")
        past = time.time() - 60
        os.utime(stranded, (past, past))  # moved aside before the second one
        files._put_back(tmp_path, "p")
        assert ac.read_parquet(target) == other
        assert ac.read_parquet(stranded / "p") == CORPUS
        assert not second.exists()

    def test_an_export_is_never_removed_here(self, tmp_path: Path) -> None:
        """With an export at the path again, a stale folder still holding one is kept."""
        target, old = self._killed_mid_swap(tmp_path)
        CORPUS.write_parquet(old.parent / "elsewhere")
        os.replace(old.parent / "elsewhere", target)  # the path taken by another export
        files._put_back(tmp_path, "p")
        assert ac.read_parquet(old / "p") == CORPUS

    def test_no_put_back_while_another_writer_may_be_swapping(self, tmp_path: Path) -> None:
        """A fresh .old of another host may be a writer still at work: nothing is put back."""
        target, old = self._killed_mid_swap(tmp_path)
        busy = tmp_path / ".p.elsewhere-1.qrst7890.old"
        busy.mkdir()
        files._put_back(tmp_path, "p")
        assert not target.exists()
        assert (old / "p").is_dir()

    def test_a_folder_that_cannot_be_searched_is_left_alone(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A stale folder the writer may not look into neither stops the write nor goes."""
        target, old = self._killed_mid_swap(tmp_path)
        real = Path.is_dir

        def denied(path: Path) -> bool:
            if path.parent == old:
                raise PermissionError(13, "Permission denied", str(path))
            return real(path)

        monkeypatch.setattr(Path, "is_dir", denied)
        CORPUS.write_parquet(target)
        monkeypatch.undo()
        assert ac.read_parquet(target) == CORPUS
        assert (old / "p").is_dir()

    def test_a_removal_cut_short_leaves_a_temporary(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """The replaced export is renamed to a temporary before it is removed, so a
        removal cut short never leaves part of an export to be put back."""
        pytest.importorskip("pyarrow")
        target = tmp_path / "p"
        CORPUS.write_parquet(target)
        monkeypatch.setattr(files.shutil, "rmtree", lambda *a, **k: None)
        CORPUS.write_parquet(target)
        left = [n for n in listing(tmp_path) if n != "p"]
        assert 1 == len(left)
        assert left[0].endswith(".tmp")


def _load_in_child(path: str) -> subprocess.CompletedProcess[str]:
    """Load ``path`` in another process, so a read that blocks cannot hang the tests."""
    code = (
        "import sys, asean_corpus as ac\n"
        "try:\n    ac.load(sys.argv[1])\n"
        "except ac.CorpusError as exc:\n    print(type(exc).__name__, exc)\n"
    )
    return subprocess.run(
        [sys.executable, "-c", code, path],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )


class TestReading:
    def test_missing_file(self, tmp_path: Path) -> None:
        """A missing file is both a CorpusError and a FileNotFoundError, naming the path."""
        with pytest.raises(FileNotFoundError, match=r"absent\.json': cannot read: no such file"):
            ac.load(tmp_path / "absent.json")

    def test_fifo_refused_without_blocking(self, tmp_path: Path) -> None:
        """A FIFO with no writer is refused at once, not waited on."""
        os.mkfifo(tmp_path / "pipe")
        done = _load_in_child(str(tmp_path / "pipe"))
        assert "CorpusFileError" in done.stdout
        assert "it is a FIFO" in done.stdout

    def test_link_to_fifo_refused(self, tmp_path: Path) -> None:
        """A link to a FIFO is refused as the FIFO is."""
        os.mkfifo(tmp_path / "pipe")
        (tmp_path / "link").symlink_to("pipe")
        with pytest.raises(CorpusFileError, match="it is a FIFO"):
            ac.load(tmp_path / "link")

    @pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom", "/dev/null"])
    def test_devices_refused(self, device: str) -> None:
        """A device is refused before a byte is read (``/dev/zero`` never ends)."""
        if not os.path.exists(device):
            pytest.skip(f"{device} does not exist on this system")
        with pytest.raises(CorpusFileError, match="it is a device, not a regular file"):
            ac.load(device)

    def test_folder_refused(self, tmp_path: Path) -> None:
        """A folder is refused as unreadable."""
        with pytest.raises(CorpusFileError, match="it is a folder"):
            ac.load(tmp_path)

    def test_size_bounded(self, tmp_path: Path) -> None:
        """A file over the limit is refused before it is read, saying both sizes."""
        CORPUS.save(tmp_path / "c.json")
        size = (tmp_path / "c.json").stat().st_size
        with pytest.raises(CorpusFileError, match=f"{size:,} bytes, more than the limit of 100"):
            ac.load(tmp_path / "c.json", max_bytes=100)
        assert CORPUS == ac.load(tmp_path / "c.json", max_bytes=size)

    def test_sparse_huge_file_refused_at_once(self, tmp_path: Path) -> None:
        """A file bigger than the default limit is refused from its size alone."""
        path = tmp_path / "huge.json"
        with open(path, "wb") as handle:
            handle.truncate(MAX_BYTES + 1)
        with pytest.raises(CorpusFileError, match="more than the limit"):
            ac.load(path)

    def test_read_bytes_stops_at_the_limit(self, tmp_path: Path) -> None:
        """A file whose size the system does not report is still read up to the limit only."""
        if not os.path.exists("/proc/self/status"):
            pytest.skip("needs /proc")
        with pytest.raises(CorpusFileError, match="larger than the limit of 10 bytes"):
            reading.read_bytes("/proc/self/status", 10)

    def test_link_to_file_followed(self, tmp_path: Path) -> None:
        """A link to a corpus file reads the file."""
        CORPUS.save(tmp_path / "c.json")
        (tmp_path / "link").symlink_to("c.json")
        assert CORPUS == ac.load(tmp_path / "link")

    def test_cli_info_on_fifo(self, tmp_path: Path) -> None:
        """``info --corpus FIFO`` exits 1 with one line, at once."""
        os.mkfifo(tmp_path / "pipe")
        done = subprocess.run(
            [sys.executable, "-m", "asean_corpus", "info", "--corpus", str(tmp_path / "pipe")],
            capture_output=True,
            text=True,
            check=False,
            timeout=60,
        )
        assert 1 == done.returncode
        assert 1 == len(done.stderr.splitlines())
        assert "it is a FIFO" in done.stderr


class TestDuplicateKeys:
    def test_top_level(self) -> None:
        """A second ``"statements"`` at the top level is refused, naming the key."""
        text = json.dumps({"format_version": 1, "statements": []})[:-1] + ', "statements": []}'
        with pytest.raises(ac.InvalidCorpusError, match="duplicate key 'statements' at the top"):
            ac.io.jsonfile.loads(text)  # type: ignore[attr-defined]

    @pytest.mark.parametrize("key", ["id", "label", "parent", "description"])
    def test_inside_a_record(self, key: str) -> None:
        """A key given twice inside a record is refused, naming it and the record's id."""
        from asean_corpus.io.jsonfile import corpus_to_dict, loads

        data = corpus_to_dict(CORPUS)
        text = json.dumps(data)
        topic = json.dumps(data["topics"][0])
        doubled = topic[:-1] + f', "{key}": "x"}}'
        with pytest.raises(ac.InvalidCorpusError, match=f"duplicate key '{key}' in the object"):
            loads(text.replace(topic, doubled, 1))

    def test_inside_a_nested_object(self) -> None:
        """A key given twice in a span is refused too."""
        from asean_corpus.io.jsonfile import corpus_to_dict, loads

        text = json.dumps(corpus_to_dict(CORPUS))
        span = text[text.index('"span": {') + 8 : text.index("}", text.index('"span": {')) + 1]
        with pytest.raises(ac.InvalidCorpusError, match="duplicate key 'start'"):
            loads(text.replace(span, span[:-1] + ', "start": 0}', 1))

    def test_every_duplicate_listed(self) -> None:
        """Each object with a duplicate gives one problem."""
        from asean_corpus.io.jsonfile import loads

        text = '{"format_version": 1, "format_version": 1, "topics": [{"id": "a", "id": "b"}]}'
        with pytest.raises(ac.InvalidCorpusError, match="2 problems"):
            loads(text)


class TestFolderExportThroughLinks:
    def test_parquet_through_a_link(self, tmp_path: Path) -> None:
        """A Parquet export to a link replaces the folder it leads to; the link stays."""
        pytest.importorskip("pyarrow")
        (tmp_path / "real").mkdir()
        (tmp_path / "link").symlink_to("real")
        CORPUS.write_parquet(tmp_path / "link")
        CORPUS.write_parquet(tmp_path / "link")
        assert (tmp_path / "link").is_symlink()
        assert (tmp_path / "real" / "asean_corpus.json").is_file()
        assert CORPUS == ac.read_parquet(tmp_path / "link")
        assert ["link", "real"] == listing(tmp_path)


class TestFolderMode:
    """An export folder is made as other folders are, not with ``mkdtemp``'s 0700."""

    @pytest.fixture
    def umask(self) -> Iterator[int]:
        old = os.umask(0o022)
        try:
            yield 0o022
        finally:
            os.umask(old)

    def test_a_new_export_follows_the_umask(self, tmp_path: Path, umask: int) -> None:
        target = tmp_path / "export"
        with files.atomic_folder(target, is_export=lambda _: True) as folder:
            (folder / "part.txt").write_text("x", encoding="utf-8")
        assert 0o777 & ~umask == stat.S_IMODE(target.stat().st_mode)

    def test_a_replaced_export_keeps_its_mode(self, tmp_path: Path, umask: int) -> None:
        target = tmp_path / "export"
        target.mkdir()
        target.chmod(0o750)
        with files.atomic_folder(target, is_export=lambda _: True) as folder:
            (folder / "part.txt").write_text("x", encoding="utf-8")
        assert 0o750 == stat.S_IMODE(target.stat().st_mode)
        assert ["part.txt"] == listing(target)
