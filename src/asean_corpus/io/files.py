"""Files: atomic writes (a file or a folder is replaced only by a complete new one), and
bounded reads of regular files.

Writing:

- the new content goes to a temporary file beside the target, named
  ``.NAME.HOST-PID.RANDOM.tmp``, and is renamed over the target only when complete;
- a symbolic link is written through: its final target is replaced, the link stays;
- a target that is a folder, a device, a FIFO or a socket is refused, never replaced;
- every failure (no folder, no space, no permission, a read-only filesystem, a path the
  system refuses) raises :class:`~asean_corpus.CorpusFileError`, also an
  :class:`OSError`, naming the path; the temporary file is removed first;
- temporaries that an earlier writer of the same target left behind (a process killed
  with ``kill -9`` cannot clean up) are removed on the next write: see
  :func:`stale_temporaries` for which ones;
- a folder export killed between its two renames (the old export moved aside into a
  ``.NAME.HOST-PID.RANDOM.old`` folder, the new one not yet in place) has the old
  export put back by the next write to the same path, before anything else.

Reading is in :mod:`asean_corpus.io.reading`, which a load imports without the
modules writing needs (``tempfile``, ``shutil``, ``socket``, ``pathlib``).
"""

from __future__ import annotations

import errno
import os
import re
import shutil
import socket
import stat
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO, Any

from ..exceptions import CorpusError, CorpusFileError, CorpusFileNotFoundError, file_error
from .reading import check_path, kind_of

__all__ = [
    "STALE_SECONDS",
    "atomic_folder",
    "atomic_write",
    "stale_temporaries",
    "write_target",
]

STALE_SECONDS = 15 * 60
"""A temporary left untouched this long is abandoned, whoever made it.

A writer modifies its temporary file as it writes (the JSON writer in one go, right
after serialising), so one unmodified for 15 minutes has no live writer."""

_HOST = re.sub(r"[^A-Za-z0-9-]", "-", socket.gethostname())[:32] or "host"
_RANDOM = r"[a-z0-9_]{8}"  # what tempfile.mkstemp and mkdtemp put in a name


def write_target(path: str | os.PathLike[str]) -> Path:
    """The file a write to ``path`` replaces: ``path``, or where its symbolic links lead.

    Raises:
        CorpusFileError: The path is empty, holds NUL, ends in a separator, loops
            through links, or names something other than a regular file (a folder, a
            device, a FIFO, a socket).
        CorpusFileNotFoundError: The folder the file would be in does not exist.
    """
    text = check_path(path)
    if text.endswith((os.sep, "/")) or os.path.basename(text) in ("", ".", ".."):
        raise CorpusFileError(text, "names a folder, not a file", errno.EISDIR)
    try:
        info = os.stat(text)
    except FileNotFoundError:
        info = None
    except OSError as exc:  # a link loop, a component that is not a folder, no permission
        raise file_error(text, exc, "cannot write") from None
    if info is not None:
        kind = kind_of(info.st_mode)
        if kind is not None:
            code = errno.EISDIR if kind == "a folder" else errno.EINVAL
            hint = "" if kind == "a folder" else "; only regular files are written"
            raise CorpusFileError(text, f"cannot write: it is {kind}{hint}", code)
    target = Path(os.path.realpath(text)) if os.path.islink(text) else Path(text)
    if not target.parent.is_dir():
        where = target.parent if str(target.parent) else Path(".")
        raise CorpusFileNotFoundError(text, f"cannot write: the folder {where} does not exist")
    return target


def _temporary_name(name: str) -> tuple[str, str]:
    """The prefix and suffix of a new temporary beside the file ``name``."""
    return f".{name}.{_HOST}-{os.getpid()}.", ".tmp"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: alive
        return True
    except OSError:  # pragma: no cover - an invalid pid
        return False
    return True


def stale_temporaries(
    folder: Path, name: str, *, now: float | None = None, moved: bool = False
) -> list[Path]:
    """The temporaries of writes to ``folder/name`` that no writer will finish.

    Only names this module makes are considered, for this target only:
    ``.NAME.HOST-PID.RANDOM.tmp``, and ``.NAME.RANDOM.tmp`` of earlier versions, which
    named no writer. Of those, only entries of the current user that are regular files
    (or folders, for :func:`atomic_folder`), never links, and of which either:

    - the writer ran on this host and its process no longer exists (a killed writer);
    - or nothing was written to it for :data:`STALE_SECONDS` (a writer on another host
      sharing the folder, or a process id reused since).

    A live writer on this host is never disturbed, however slow; one on another host
    is disturbed only after a quarter of an hour without writing.

    With ``moved``, the folders an :func:`atomic_folder` moved the export it replaced
    into (``.NAME.HOST-PID.RANDOM.old``, folders only) instead, by the same rules.
    """
    found = _temporaries(folder, name, now=now, moved=moved)
    return [path for path, stale, _ in found if stale]


def _temporaries(
    folder: Path, name: str, *, now: float | None, moved: bool
) -> list[tuple[Path, bool, float]]:
    """Each temporary of :func:`stale_temporaries`'s kind, stale or not: its path,
    whether it is stale, and when it was last written."""
    writer = r"(?P<host>[A-Za-z0-9-]{1,32})-(?P<pid>[0-9]{1,10})\."
    if moved:
        pattern = re.compile(rf"\.{re.escape(name)}\.{writer}{_RANDOM}\.old")
    else:
        pattern = re.compile(rf"\.{re.escape(name)}\.(?:{writer})?{_RANDOM}\.tmp")
    clock = time.time() if now is None else now
    found: list[tuple[Path, bool, float]] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    uid = os.getuid() if hasattr(os, "getuid") else None
    for entry in entries:
        match = pattern.fullmatch(entry.name)
        if match is None:
            continue
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if not (stat.S_ISDIR(info.st_mode) or (stat.S_ISREG(info.st_mode) and not moved)):
            continue
        if uid is not None and info.st_uid != uid:
            continue
        old = clock - info.st_mtime >= STALE_SECONDS
        pid = match["pid"]
        dead = pid is not None and match["host"] == _HOST and not _alive(int(pid))
        if pid is not None and int(pid) == os.getpid() and match["host"] == _HOST:
            dead = False  # this process's own temporaries: a write still under way
        found.append((Path(entry.path), old or dead, info.st_mtime))
    return found


def _clean(folder: Path, name: str) -> None:
    for path in stale_temporaries(folder, name):
        try:
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path, ignore_errors=True)
            else:
                path.unlink(missing_ok=True)
        except OSError:  # pragma: no cover - removed by another writer meanwhile
            pass


def _put_back(folder: Path, name: str) -> None:
    """Put back the export a killed :func:`atomic_folder` had moved aside.

    A writer killed between its two renames leaves no ``name`` at all, and the export
    it was replacing in its ``.old`` folder. Where ``name`` is missing, the newest such
    export is moved back to it, unless another writer's ``.old`` folder for ``name``
    is not yet stale (that writer may still be swapping, or its export be newer).

    A ``.old`` folder is removed only once it holds no export (put back, or never
    moved in). One that still holds an export is left as it is, however old, so that
    no export is ever removed here.
    """
    target = folder / name
    found = _temporaries(folder, name, now=None, moved=True)
    alone = all(stale for _, stale, _ in found)  # no other writer may be swapping
    newest_first = sorted(((t, p) for p, stale, t in found if stale), reverse=True)
    for _, path in newest_first:
        # A folder that cannot be looked into, or moved from, is left as it is.
        with suppress(OSError):
            kept = path / name
            holds = kept.is_dir() and not kept.is_symlink()
            if alone and holds and not (target.exists() or target.is_symlink()):
                os.replace(kept, target)
            if not (kept.exists() or kept.is_symlink()):
                shutil.rmtree(path, ignore_errors=True)


def _fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable, where the system allows it."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # pragma: no cover - a folder that cannot be opened
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover - some filesystems refuse fsync on folders
        pass
    finally:
        os.close(fd)


@contextmanager
def atomic_write(path: str | os.PathLike[str], mode: str = "w") -> Iterator[IO[Any]]:
    """Open a temporary file beside ``path``; on success, rename it over ``path``.

    If the block raises, the temporary file is removed and ``path`` is untouched. A
    symbolic link is written through (see the module docs), and stale temporaries of
    earlier writes to the same file are removed first.

    Raises:
        CorpusFileError: The file cannot be written (see :func:`write_target`), or
            writing, flushing or renaming fails; also an :class:`OSError`.
    """
    shown_path = check_path(path)
    target = write_target(shown_path)
    folder = target.parent
    _clean(folder, target.name)
    prefix, suffix = _temporary_name(target.name)
    try:
        fd, tmp = tempfile.mkstemp(prefix=prefix, suffix=suffix, dir=folder)
    except OSError as exc:
        raise file_error(shown_path, exc, "cannot write") from None
    try:
        try:
            try:
                os.chmod(tmp, stat.S_IMODE(target.stat().st_mode))
            except FileNotFoundError:
                os.chmod(tmp, 0o644)
            encoding = None if "b" in mode else "utf-8"
            newline = None if "b" in mode else "\n"
            with os.fdopen(fd, mode, encoding=encoding, newline=newline) as handle:
                yield handle
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, target)
        except OSError as exc:
            raise file_error(shown_path, exc, "cannot write") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _fsync_folder(folder)


@contextmanager
def atomic_folder(
    target: str | os.PathLike[str], *, is_export: Callable[[Path], bool]
) -> Iterator[Path]:
    """A new empty folder beside ``target``; on success it replaces ``target``.

    If the block raises, the new folder is removed and ``target`` is untouched. An
    existing ``target`` is replaced only if it is empty or ``is_export`` says it is an
    earlier export of the same kind, holding nothing else, so a folder of other files
    is never removed. A symbolic link is written through: the folder it leads to is
    replaced.

    Raises:
        CorpusFileError: The parent folder does not exist, ``target`` is not a
            folder, or writing fails; also an :class:`OSError`.
        CorpusError: ``target`` holds files that are not an earlier export.
    """
    text = check_path(target)
    try:
        target = Path(text)
        if target.is_symlink():  # write through the link: its target is replaced, it stays
            target = Path(os.path.realpath(text))
        parent = target.parent
        if not parent.is_dir():
            reason = f"cannot write: the folder {parent} does not exist"
            raise CorpusFileNotFoundError(text, reason)
        _put_back(parent, target.name)
        if target.exists() or target.is_symlink():
            if not target.is_dir():
                reason = "cannot write: exists and is not a folder"
                raise CorpusFileError(text, reason, errno.ENOTDIR)
            _refuse_unless_export(target, is_export, text)
    except OSError as exc:
        if isinstance(exc, CorpusFileError):
            raise
        raise file_error(text, exc, "cannot write") from None  # a name too long, say
    _clean(parent, target.name)
    prefix, suffix = _temporary_name(target.name)
    try:
        tmp = Path(tempfile.mkdtemp(prefix=prefix, suffix=suffix, dir=parent))
    except OSError as exc:
        raise file_error(text, exc, "cannot write") from None
    try:
        try:
            _folder_mode(tmp, target)
            yield tmp
            _fsync_tree(tmp)
            if target.exists():
                _refuse_unless_export(target, is_export, text)  # changed meanwhile?
                old = Path(tempfile.mkdtemp(prefix=prefix, suffix=".old", dir=parent))
                try:
                    os.replace(target, old / target.name)
                except BaseException:
                    old.rmdir()  # nothing was moved: no empty .old folder left behind
                    raise
                try:
                    os.replace(tmp, target)
                except BaseException:
                    os.replace(old / target.name, target)
                    raise
                # Renamed to a temporary first: a removal cut short leaves a temporary,
                # never a half-removed export that could be put back. If the rename
                # fails, the new export is in place all the same; the old one is left.
                try:
                    os.replace(old, tmp)
                except OSError:  # pragma: no cover - the folder changed under us
                    pass
                else:
                    shutil.rmtree(tmp, ignore_errors=True)
            else:
                os.replace(tmp, target)
        except OSError as exc:
            raise file_error(text, exc, "cannot write") from None
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def _folder_mode(tmp: Path, target: Path) -> None:
    """Give the new folder the mode of the export it replaces, or else the mode a new
    folder gets under the umask (``mkdtemp`` makes it 0700, which would keep the export
    from every other user): a folder made in it shows that mode, without changing the
    process's umask under other threads."""
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        probe = tmp / ".mode"
        probe.mkdir()
        mode = stat.S_IMODE(probe.stat().st_mode)
        probe.rmdir()
    os.chmod(tmp, mode | stat.S_IRWXU)  # the writer must still fill it


def _refuse_unless_export(target: Path, is_export: Callable[[Path], bool], text: str) -> None:
    """Refuse to replace ``target`` unless it is empty or an earlier export alone."""
    if any(target.iterdir()) and not is_export(target):
        msg = f"{text}: the folder holds files that are not a corpus export; not replacing it"
        raise CorpusError(msg)


def _fsync_tree(folder: Path) -> None:
    for path in sorted(folder.rglob("*"), reverse=True):
        if path.is_file():
            with open(path, "rb") as handle:
                os.fsync(handle.fileno())
