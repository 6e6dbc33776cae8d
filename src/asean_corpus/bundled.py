"""The bundled corpus: the data shipped with the package, loaded once, on first use."""

from __future__ import annotations

import importlib
import os
import threading
from typing import Unpack

from .corpus import Corpus, StatementResults
from .exceptions import InvalidCorpusError
from .io.jsonfile import FORMAT_VERSION, MAX_BYTES, load_bytes, load_file
from .query.filters import StatementFilters

__all__ = ["BUNDLED", "DATA_VERSION", "TESTED_SHA256", "find_statements", "load"]

BUNDLED = "corpus.json"
"""The file of the bundled corpus, in the package's ``data`` folder."""

DATA_VERSION = "0.2.0"
"""The version of the bundled data; the changelog lists what each version changed.

The data and the library are versioned apart: a data version changes when the
annotations do. Statement ids are never renumbered or reused.
"""

TESTED_SHA256 = "7dc6ac6f9e61a005b999f9ae8f4f79ee63950cfacc7339d2a6e67cc93f6521d8"
"""The SHA-256 of the bundled corpus file this release was tested with.

``tests/test_integrity.py`` checks that it is the checksum the data folder records,
and that the file it names passes every check. The bundled corpus read is that very
file when its checksum is this one, and is then read without checking it again
(:mod:`asean_corpus.io.vouched`); any other is checked as any corpus file is.
"""

_bundled: Corpus | None = None
_bundled_lock = threading.Lock()


def _read(name: str) -> bytes:
    """A file of the package's ``data`` folder, read through the package's loader.

    The loader reads package data as ``importlib.resources`` does (from a folder, a
    zip or any loader that reads data), without importing what ``importlib.resources``
    brings along (``tempfile``, ``shutil``, ``zipfile``), nor ``pkgutil``, into every
    program that loads the bundled corpus.
    """
    loader = __spec__.loader if __spec__ is not None else None
    get_data = getattr(loader, "get_data", None)
    if get_data is None:  # pragma: no cover - a loader that cannot read data
        raise OSError(f"the package's loader cannot read data/{name}")
    data: bytes = get_data(os.path.join(os.path.dirname(__file__), "data", name))
    return data


def sha256_hex(data: bytes) -> str:
    """The SHA-256 of ``data``, in hexadecimal.

    CPython's own SHA-256 module (``_sha2``, ``_sha256`` before Python 3.12) is used
    where there is one: :mod:`hashlib` loads OpenSSL, a few milliseconds of every
    start-up spent on one checksum of 180 KB.
    """
    for name in ("_sha2", "_sha256", "hashlib"):
        try:
            module = importlib.import_module(name)
        except ImportError:  # pragma: no cover - a Python built without it
            continue
        return str(module.sha256(data).hexdigest())
    raise ImportError("no SHA-256 module")  # pragma: no cover - hashlib always has one


def _load_bundled() -> Corpus:
    source = f"asean_corpus/data/{BUNDLED}"
    try:
        data = _read(BUNDLED)
        recorded = _read(f"{BUNDLED}.sha256").decode("utf-8").split()
    except (OSError, UnicodeDecodeError) as exc:  # a broken installation
        raise InvalidCorpusError([f"cannot read the bundled data: {exc}"], source) from None
    expected = recorded[0] if recorded else "nothing (the checksum file is empty)"
    actual = sha256_hex(data)
    if actual != expected:
        msg = f"checksum mismatch: sha256 is {actual}, the package records {expected}"
        raise InvalidCorpusError([msg], source)
    if actual == TESTED_SHA256:
        from .io.vouched import read_vouched

        return read_vouched(data, source, FORMAT_VERSION)
    return load_bytes(data, source)


def load(path: str | os.PathLike[str] | None = None, *, max_bytes: int = MAX_BYTES) -> Corpus:
    """Load the bundled corpus, or a corpus file written by :meth:`Corpus.save`.

    The bundled corpus is read once, on the first call, and the same object is
    returned to every later call, from any thread. Its checksum is verified: the file
    the release was tested with (``TESTED_SHA256``) is not checked again, and any
    other, even with a matching checksum file, is checked as any corpus file.

    Args:
        path: A corpus JSON file; ``None`` for the bundled corpus.
        max_bytes: The largest file to read (4 GiB by default); a larger one is
            refused before it is read.

    Raises:
        CorpusFileNotFoundError: The file does not exist (also a
            :class:`FileNotFoundError`).
        CorpusFileError: The path is a folder, a device or a FIFO, cannot be read, or
            is larger than ``max_bytes`` (also an :class:`OSError`); nothing is read
            from a FIFO or a device.
        InvalidCorpusError: The file is not UTF-8, not JSON, or not a valid corpus;
            the message names the file and lists every problem.

    >>> import asean_corpus as ac
    >>> ac.load() is ac.load()
    True
    """
    global _bundled
    if path is not None:
        return load_file(path, max_bytes=max_bytes)
    if _bundled is None:
        with _bundled_lock:
            if _bundled is None:
                _bundled = _load_bundled()
    return _bundled


def find_statements(**filters: Unpack[StatementFilters]) -> StatementResults:
    """:meth:`Corpus.find_statements` on the bundled corpus (see there for the filters).

    >>> import asean_corpus as ac
    >>> len(ac.find_statements(speaker="Kao Kim Hourn", mode="direct_quote")) > 0
    True
    """
    return load().find_statements(**filters)
