"""Bounded reads of regular files, with the errors a user can act on.

Only regular files are read, their type checked on the open file before any byte is
read (a FIFO would block, ``/dev/zero`` never ends), and at most ``limit`` bytes;
:func:`read_text` also requires UTF-8 text. Writing, with the modules it needs, is in
:mod:`asean_corpus.io.files`.
"""

from __future__ import annotations

import errno
import os
import stat

from ..exceptions import CorpusFileError, file_error

__all__ = ["check_path", "kind_of", "read_bytes", "read_text"]


def kind_of(mode: int) -> str | None:
    """What a file that is not a regular file is, for a message; ``None`` for a regular one."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISFIFO(mode):
        return "a FIFO (a named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"  # pragma: no cover - no other kinds on POSIX


def check_path(path: str | os.PathLike[str]) -> str:
    """The path as a string, once it is one the system can take."""
    try:
        text = os.fspath(path)
    except TypeError:
        raise CorpusFileError(repr(path), "not a path", errno.EINVAL) from None
    if not isinstance(text, str):
        text = os.fsdecode(text)
    if not text:
        raise CorpusFileError(text, "an empty path names no file", errno.EINVAL)
    if "\0" in text:
        raise CorpusFileError(text, "the path contains a NUL character", errno.EINVAL)
    try:
        os.fsencode(text)
    except UnicodeEncodeError as exc:
        reason = f"the path cannot be written in the file system's encoding ({exc.reason})"
        raise CorpusFileError(text, reason, errno.EINVAL) from None
    return text


def read_bytes(path: str | os.PathLike[str], limit: int) -> bytes:
    """The bytes of a regular file, at most ``limit`` of them.

    The file is opened without blocking and its type checked on the open file before
    anything is read, so a FIFO, a device (``/dev/zero``), a socket or a folder is
    refused at once, and no file can grow between the check and the read.

    Raises:
        CorpusFileNotFoundError: There is no such file.
        CorpusFileError: It is not a regular file, cannot be read, or is larger than
            ``limit`` bytes.
    """
    text = check_path(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    flags |= getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(text, flags)
    except IsADirectoryError:
        raise CorpusFileError(text, "cannot read: it is a folder", errno.EISDIR) from None
    except OSError as exc:
        raise file_error(text, exc, "cannot read") from None
    try:
        info = os.fstat(fd)
        kind = kind_of(info.st_mode)
        if kind is not None:
            code = errno.EISDIR if kind == "a folder" else errno.EINVAL
            raise CorpusFileError(text, f"cannot read: it is {kind}, not a regular file", code)
        if info.st_size > limit:
            raise _too_large(text, limit, info.st_size)
        chunks = []
        size = 0
        # The whole file in one read where the system gives it (then joining one chunk
        # copies nothing): a gigabyte file is not held twice. More only if it grew.
        want = info.st_size + 1
        while True:
            chunk = os.read(fd, min(want, limit + 1 - size))
            want = 1 << 24
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:
                raise _too_large(text, limit, None)
        return b"".join(chunks)
    except OSError as exc:
        if isinstance(exc, CorpusFileError):
            raise
        raise file_error(text, exc, "cannot read") from None
    finally:
        os.close(fd)


def _too_large(path: str, limit: int, size: int | None) -> CorpusFileError:
    found = f"{size:,} bytes, more than" if size is not None else "larger than"
    return CorpusFileError(
        path, f"cannot read: the file is {found} the limit of {limit:,} bytes", errno.EFBIG
    )


def read_text(path: str | os.PathLike[str], limit: int) -> str:
    """The text of a regular UTF-8 file of at most ``limit`` bytes, as it is.

    Binary files and other encodings are refused with the offset of the first byte
    that shows it, so the user can look there:

    >>> import pathlib, tempfile, asean_corpus as ac
    >>> from asean_corpus.io.reading import read_text
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "article.txt"
    >>> _ = path.write_bytes(b"Caf\\xe9 owners said ...")
    >>> try:
    ...     read_text(path, 1000)
    ... except ac.CorpusFileError as exc:
    ...     print(exc.reason.split(";")[0])
    not UTF-8 text: byte 0xe9 at offset 3 (invalid continuation byte)

    Raises:
        CorpusFileNotFoundError: There is no such file.
        CorpusFileError: It is not a regular file, cannot be read, is larger than
            ``limit`` bytes, or is not UTF-8 text: it holds a NUL byte (a binary
            file), starts with a UTF-16 byte-order mark, or has bytes that are not
            UTF-8.
    """
    data = read_bytes(path, limit)
    shown_path = check_path(path)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        reason = "not UTF-8 text: it starts with a UTF-16 byte-order mark; save it as UTF-8"
        raise CorpusFileError(shown_path, reason, errno.EILSEQ)
    nul = data.find(b"\0")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if nul == -1 or nul > exc.start:
            byte = data[exc.start]
            reason = (
                f"not UTF-8 text: byte 0x{byte:02x} at offset {exc.start:,} ({exc.reason}); "
                "a file in another encoding (Latin-1, Windows-1252) must be saved as UTF-8"
            )
            raise CorpusFileError(shown_path, reason, errno.EILSEQ) from None
    if nul != -1:
        reason = f"not text: a NUL byte at offset {nul:,} (a binary file?)"
        raise CorpusFileError(shown_path, reason, errno.EILSEQ)
    return text
