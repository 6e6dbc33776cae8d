"""Reading and writing corpus files, and the bundled corpus.

A corpus file is one UTF-8 JSON object::

    {"format_version": 1, "articles": [...], "statements": [...], "actors": [...],
     "agreements": [...], "topics": [...], "events": [...], "references": [...],
     "conflicts": [...]}

Keys are the attribute names of the records; a span is ``{"start": ..., "end": ...}``;
dates are ISO strings (``"2025"``, ``"2025-06"``, ``"2025-06-19"``); enums are their
values; sets are sorted lists.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from ._gc import paused
from .corpus import RECORD_TYPES, Corpus
from .exceptions import CorpusError, InvalidCorpusError

__all__ = [
    "FORMAT_VERSION",
    "TABLES",
    "atomic_write",
    "corpus_from_dict",
    "corpus_to_dict",
    "load",
    "loads",
    "save",
]

FORMAT_VERSION = 1
"""The version of the JSON layout this library reads and writes."""

TABLES: dict[str, type] = dict(RECORD_TYPES)
"""The tables of a corpus, in file order, with their record types."""

BUNDLED = "corpus.json"


def corpus_to_dict(corpus: Corpus) -> dict[str, Any]:
    """The JSON-ready form of a corpus, with ``format_version`` first."""
    from ._convert import get_converter

    conv = get_converter()
    out: dict[str, Any] = {"format_version": FORMAT_VERSION}
    for name, cls in TABLES.items():
        out[name] = [conv.unstructure(r, cls) for r in getattr(corpus, name)]
    return out


def corpus_from_dict(data: object, source: str | None = None) -> Corpus:
    """Build a :class:`Corpus` from its JSON-ready form, reporting every problem.

    Raises:
        InvalidCorpusError: The data has the wrong shape, wrong types, unknown keys,
            an unknown ``format_version``, or breaks the corpus rules. The message
            lists every problem with its JSON path.
    """
    import cattrs

    from ._convert import format_exception, get_converter

    if not isinstance(data, dict):
        raise InvalidCorpusError([f"$: expected a JSON object, got {type(data).__name__}"], source)
    problems: list[str] = []
    version = data.get("format_version")
    if type(version) is not int or version != FORMAT_VERSION:  # true and 1.0 are not 1
        problems.append(
            f"$.format_version: unknown format version {version!r}; "
            f"this version of asean_corpus reads {FORMAT_VERSION}"
        )
        raise InvalidCorpusError(problems, source)
    extra = sorted(set(data) - set(TABLES) - {"format_version"})
    if extra:
        problems.append(f"$: unknown keys {', '.join(map(repr, extra))}")
    conv = get_converter()
    tables: dict[str, tuple[Any, ...]] = {}
    for name, cls in TABLES.items():
        raw = data.get(name, [])
        try:
            tables[name] = conv.structure(raw, tuple[cls, ...])  # type: ignore[valid-type]
        except (cattrs.BaseValidationError, ValueError, TypeError) as exc:
            problems.extend(
                transformed for transformed in _describe(exc, f"$.{name}", format_exception)
            )
    if problems:
        raise InvalidCorpusError(problems, source)
    try:
        return Corpus(**tables)
    except InvalidCorpusError as exc:
        raise InvalidCorpusError(exc.problems, source) from None


def _describe(
    exc: BaseException, path: str, fmt: Callable[[BaseException, type | None], str]
) -> list[str]:
    import cattrs

    lines = cattrs.transform_error(exc, path=path, format_exception=fmt)
    # cattrs writes "message @ path"; we lead with the path, like the integrity checks.
    out = []
    for line in lines:
        message, sep, where = line.rpartition(" @ ")
        out.append(f"{where}: {message}" if sep else line)
    return out


@paused()
def loads(text: str, source: str | None = None) -> Corpus:
    """Read a corpus from the text of a corpus file.

    Raises:
        InvalidCorpusError: The text is not JSON, or not a valid corpus.
    """
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        msg = f"not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"
        raise InvalidCorpusError([msg], source) from None
    except RecursionError:
        raise InvalidCorpusError(["JSON nested too deeply"], source) from None
    except ValueError as exc:  # a number too long to convert, for one
        raise InvalidCorpusError([f"not valid JSON: {exc}"], source) from None
    return corpus_from_dict(data, source)


def _read_text(data: bytes, source: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        msg = f"not UTF-8 text: byte {data[exc.start]:#04x} at offset {exc.start}"
        raise InvalidCorpusError([msg], source) from None


def load_file(path: str | os.PathLike[str]) -> Corpus:
    """Read a corpus file written by :meth:`Corpus.save`.

    Raises:
        InvalidCorpusError: The file is missing, unreadable, not UTF-8, not JSON, or
            not a valid corpus; every problem is listed with its JSON path.
    """
    source = os.fspath(path)
    try:
        data = Path(source).read_bytes()
    except FileNotFoundError:
        raise InvalidCorpusError(["no such file"], source) from None
    except OSError as exc:
        raise InvalidCorpusError([f"cannot read the file: {exc.strerror or exc}"], source) from None
    except ValueError as exc:  # a path the system cannot take ("embedded null byte")
        raise InvalidCorpusError([f"cannot read the file: {exc}"], repr(source)) from None
    return loads(_read_text(data, source), source)


_bundled: Corpus | None = None
_bundled_lock = threading.Lock()


def _load_bundled() -> Corpus:
    from importlib.resources import files

    folder = files("asean_corpus") / "data"
    source = f"asean_corpus/data/{BUNDLED}"
    try:
        data = (folder / BUNDLED).read_bytes()
        recorded = (folder / f"{BUNDLED}.sha256").read_text(encoding="utf-8").split()
    except (OSError, UnicodeDecodeError) as exc:  # a broken installation
        raise InvalidCorpusError([f"cannot read the bundled data: {exc}"], source) from None
    expected = recorded[0] if recorded else "nothing (the checksum file is empty)"
    actual = hashlib.sha256(data).hexdigest()
    if actual != expected:
        msg = f"checksum mismatch: sha256 is {actual}, the package records {expected}"
        raise InvalidCorpusError([msg], source)
    return loads(_read_text(data, BUNDLED), source)


def load(path: str | os.PathLike[str] | None = None) -> Corpus:
    """Load the bundled corpus, or a corpus file written by :meth:`Corpus.save`.

    The bundled corpus is read once, on the first call, and the same object is
    returned to every later call, from any thread. Its checksum is verified.

    Args:
        path: A corpus JSON file; ``None`` for the bundled corpus.

    Raises:
        InvalidCorpusError: The file is missing, unreadable, not UTF-8, not JSON, or
            not a valid corpus; the message names the file and lists every problem.

    >>> import asean_corpus as ac
    >>> ac.load() is ac.load()
    True

    .. versionadded:: 0.1.0
    """
    global _bundled
    if path is not None:
        return load_file(path)
    if _bundled is None:
        with _bundled_lock:
            if _bundled is None:
                _bundled = _load_bundled()
    return _bundled


@contextmanager
def atomic_write(path: str | os.PathLike[str], mode: str = "w") -> Iterator[IO[Any]]:
    """Open a temporary file beside ``path``; on success, rename it over ``path``.

    If the block raises, the temporary file is removed and ``path`` is untouched.
    """
    target = Path(path)
    folder = target.parent
    if not folder.is_dir():
        raise CorpusError(f"{target}: the folder {folder} does not exist")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        try:
            os.chmod(tmp, target.stat().st_mode & 0o777)
        except FileNotFoundError:
            os.chmod(tmp, 0o644)
        encoding = None if "b" in mode else "utf-8"
        newline = None if "b" in mode else "\n"
        with os.fdopen(fd, mode, encoding=encoding, newline=newline) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@paused()
def dumps(corpus: Corpus, *, indent: int | None = None) -> str:
    """The text of a corpus file."""
    return json.dumps(corpus_to_dict(corpus), ensure_ascii=False, indent=indent) + "\n"


def save(corpus: Corpus, path: str | os.PathLike[str], *, indent: int | None = None) -> None:
    """Write ``corpus`` to ``path`` as UTF-8 JSON, atomically (see :meth:`Corpus.save`)."""
    text = dumps(corpus, indent=indent)
    with atomic_write(path) as handle:
        handle.write(text)
