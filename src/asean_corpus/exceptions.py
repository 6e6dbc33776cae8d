"""Errors raised by :mod:`asean_corpus`.

Every error derives from :class:`CorpusError`, so ``except CorpusError`` catches
anything the library raises on purpose. Each subclass also derives from the
matching built-in exception (``LookupError``, ``ValueError``, ``ImportError``),
so code that already handles those keeps working.
"""

from __future__ import annotations

import errno as _errno
import os
import reprlib
from collections.abc import Iterable

import attrs

__all__ = [
    "AnnotationError",
    "CorpusError",
    "CorpusFileError",
    "CorpusFileNotFoundError",
    "InvalidCorpusError",
    "InvalidDateError",
    "InvalidQueryError",
    "MergeConflictError",
    "MissingDependencyError",
    "Problem",
    "UnknownActorError",
    "UnknownAgreementError",
    "UnknownArticleError",
    "UnknownEventError",
    "UnknownFilterError",
    "UnknownRecordError",
    "UnknownTopicError",
]

SHOWN_CHARACTERS = 60
"""How much of a value a message echoes; the rest is cut and its length given."""

_REPR = reprlib.Repr()
_REPR.maxlevel = 2
_REPR.maxlist = _REPR.maxtuple = _REPR.maxset = _REPR.maxfrozenset = _REPR.maxdeque = 4
_REPR.maxdict = 3
_REPR.maxstring = _REPR.maxother = _REPR.maxlong = 40


def shown(value: object, limit: int = SHOWN_CHARACTERS) -> str:
    """The ``repr`` of a value for a message, cut to about ``limit`` characters.

    A cut value says how long it was, so a message never grows with its input:

    >>> shown("a" * 50_000_000)
    "'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…' (50,000,000 characters)"
    >>> shown(list(range(10**6)))
    '[0, 1, 2, 3, ...] (a list of 1,000,000 items)'
    >>> shown("short")
    "'short'"
    """
    if isinstance(value, (str, bytes)):
        if len(value) <= limit:
            return repr(value)
        head = repr(value[: limit - 1])
        unit = "characters" if isinstance(value, str) else "bytes"
        return f"{head[:-1]}…{head[-1]} ({len(value):,} {unit})"
    try:
        text = _REPR.repr(value)
    except Exception:  # a broken __repr__ is no reason to lose the message
        text = f"<{type(value).__name__} object>"
    cut = len(text) > limit
    if cut:
        text = text[: limit - 1] + "…"
    try:
        size = len(value) if isinstance(value, (list, tuple, dict, set, frozenset)) else None
    except TypeError:  # pragma: no cover - these types all have a length
        size = None
    if size is not None and (cut or "..." in text):
        return f"{text} (a {type(value).__name__} of {size:,} items)"
    return text


@attrs.frozen(kw_only=True)
class Problem:
    """One thing wrong with a corpus or its input: where it is, which record, and what.

    Problems are collected as values and rendered as text once, by the error that
    reports them.

    Attributes:
        path: Where the problem is: table and field names, and positions in lists
            (``("statements", 3, "span")``); empty for the whole input.
        message: What is wrong, with the value found and what was expected.
        record_id: The id of the record the path leads into, where it has one; users
            find records by id.
        file: The file the problem is in, for problems of annotation files; the path
            is then written without the leading ``$``.

    >>> problem = Problem(
    ...     path=("statements", 0, "span"), record_id="a000-s01", message="too long"
    ... )
    >>> str(problem)
    '$.statements[0] (a000-s01).span: too long'
    """

    path: tuple[str | int, ...] = ()
    message: str
    record_id: str | None = None
    file: str | None = None

    def where(self) -> str:
        """The rendered path: ``$.statements[0] (a000-s01).span``.

        >>> p = Problem(path=("topics", 2, "parent"), record_id="trade", message="")
        >>> p.where()
        '$.topics[2] (trade).parent'
        """
        parts: list[str] = [] if self.file is not None else ["$"]
        named = self.record_id is None
        for part in self.path:
            if isinstance(part, int):
                parts.append(f"[{part}]")
                if not named:
                    parts.append(f" ({self.record_id})")
                    named = True
            else:
                parts.append(f".{part}" if parts else part)
        where = "".join(parts)
        if self.file is not None:
            return f"{self.file}: {where}" if where else self.file
        return where if self.path else ""

    def __str__(self) -> str:
        where = self.where()
        return printable(f"{where}: {self.message}" if where else self.message)


def printable(text: str) -> str:
    """``text`` with each lone surrogate (a value from a file, echoed) written as its
    escape, ``\\ud800``: a message must print and encode as UTF-8.

    >>> print(printable("id \\ud800 here"))
    id \\ud800 here
    """
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text


class CorpusError(Exception):
    """Base class of every error raised by asean_corpus.

    >>> import asean_corpus as ac
    >>> try:
    ...     ac.load().topic("turism")
    ... except ac.CorpusError as exc:
    ...     print(type(exc).__name__, "|", exc)
    UnknownTopicError | unknown topic 'turism'; did you mean 'Tourism'?
    """

    def __str__(self) -> str:
        return printable(super().__str__())


class UnknownRecordError(CorpusError, LookupError):
    """A lookup named a record that is not in the corpus.

    Attributes:
        kind: What was looked up (``"topic"``, ``"speaker or actor"``).
        query: What was given: a name, an id, or a record that is not in the corpus.
        suggestions: Near matches, best first.
        hint: Where else the name was found, or what to do instead (``"'RCEP' is an
            agreement: use agreement='RCEP'"``); ``None`` when there is nothing to add.

    >>> import asean_corpus as ac
    >>> try:
    ...     ac.load().agreement("RCPE")
    ... except ac.UnknownRecordError as exc:
    ...     print(exc.kind, exc.query, exc.suggestions)
    agreement RCPE ('RCEP',)
    """

    def __init__(
        self,
        kind: str,
        query: object,
        suggestions: Iterable[str] = (),
        hint: str | None = None,
    ) -> None:
        self.kind = kind
        self.query = query
        self.suggestions = tuple(suggestions)
        self.hint = hint
        msg = f"unknown {kind} {shown(query)}"
        if self.suggestions:
            msg += "; did you mean " + " or ".join(shown(s) for s in self.suggestions) + "?"
        if hint:
            msg += f"; {hint}"
        super().__init__(msg)

    def __str__(self) -> str:
        return str(self.args[0])


class UnknownArticleError(UnknownRecordError):
    """No article has the given id.

    >>> import asean_corpus as ac
    >>> ac.load().article("a009")
    Traceback (most recent call last):
    ...
    asean_corpus.exceptions.UnknownArticleError: unknown article 'a009';
    did you mean 'a004' or 'a003' or 'a002'?
    """

    def __init__(
        self, query: object, suggestions: Iterable[str] = (), hint: str | None = None
    ) -> None:
        super().__init__("article", query, suggestions, hint)


class UnknownActorError(UnknownRecordError):
    """No actor has the given id, name or alias, and no actor held the named office.

    >>> import asean_corpus as ac
    >>> ac.load().find_statements(speaker="Nobody At All")
    Traceback (most recent call last):
    ...
    asean_corpus.exceptions.UnknownActorError: unknown speaker or actor 'Nobody At All'
    """

    def __init__(
        self, query: object, suggestions: Iterable[str] = (), hint: str | None = None
    ) -> None:
        super().__init__("speaker or actor", query, suggestions, hint)


class UnknownAgreementError(UnknownRecordError):
    """No agreement has the given id, name or alias.

    >>> import asean_corpus as ac
    >>> ac.load().find_statements(agreement="RCPE")
    Traceback (most recent call last):
    ...
    asean_corpus.exceptions.UnknownAgreementError: unknown agreement 'RCPE';
    did you mean 'RCEP'?
    """

    def __init__(
        self, query: object, suggestions: Iterable[str] = (), hint: str | None = None
    ) -> None:
        super().__init__("agreement", query, suggestions, hint)


class UnknownTopicError(UnknownRecordError):
    """No topic has the given id or label.

    >>> import asean_corpus as ac
    >>> ac.load().topic("turism")
    Traceback (most recent call last):
    ...
    asean_corpus.exceptions.UnknownTopicError: unknown topic 'turism';
    did you mean 'Tourism'?
    """

    def __init__(
        self, query: object, suggestions: Iterable[str] = (), hint: str | None = None
    ) -> None:
        super().__init__("topic", query, suggestions, hint)


class UnknownEventError(UnknownRecordError):
    """No event has the given id, name or alias.

    >>> import asean_corpus as ac
    >>> ac.load().event("Jakarta Forum 2052")
    Traceback (most recent call last):
    ...
    asean_corpus.exceptions.UnknownEventError: unknown event 'Jakarta Forum 2052';
    did you mean 'jakarta-forum-2025'?
    """

    def __init__(
        self, query: object, suggestions: Iterable[str] = (), hint: str | None = None
    ) -> None:
        super().__init__("event", query, suggestions, hint)


class InvalidDateError(CorpusError, ValueError):
    """A date string could not be parsed, or names a day that does not exist.

    >>> import asean_corpus as ac
    >>> ac.parse_date("19 June")
    Traceback (most recent call last):
    ...
    asean_corpus.exceptions.InvalidDateError: cannot read a date from '19 June':
    it names no year
    """


class InvalidQueryError(CorpusError, ValueError):
    """A query argument has the wrong type or an impossible value (a reversed range).

    >>> import asean_corpus as ac
    >>> ac.load().find_statements(since="2025-07", until="2025-06")
    Traceback (most recent call last):
    ...
    asean_corpus.exceptions.InvalidQueryError: reversed date range:
    since '2025-07' is after until '2025-06'
    """


class UnknownFilterError(InvalidQueryError, TypeError):
    """A query was given a filter it does not have (a misspelt keyword).

    >>> import asean_corpus as ac
    >>> try:
    ...     ac.load().find_statements(speakr="Kao")
    ... except ac.UnknownFilterError as exc:
    ...     print(str(exc).split(" (")[0])
    unknown filter 'speakr'; did you mean 'speaker'?
    """


def _problems(problems: Iterable[Problem | str]) -> tuple[Problem, ...]:
    return tuple(p if isinstance(p, Problem) else Problem(message=p) for p in problems)


SHOWN_PROBLEMS = 100
"""How many problems a message lists; the error's ``problems`` holds them all."""


def _listed(head: str, lines: tuple[str, ...]) -> str:
    shown_lines = list(lines[:SHOWN_PROBLEMS])
    if len(lines) > SHOWN_PROBLEMS:
        shown_lines.append(f"... and {len(lines) - SHOWN_PROBLEMS:,} more problems")
    return "\n  - ".join([head, *shown_lines])


class InvalidCorpusError(CorpusError, ValueError):
    """A corpus (in memory or in a file) breaks the data rules; every problem is listed.

    Attributes:
        problems: One line per problem, each starting with the JSON path of the
            offending value and the id of its record (``$.statements[3] (a000-s04).span``).
        details: The same problems as :class:`Problem` values.
        source: The file the corpus came from, or ``None`` for one built in memory.

    >>> import asean_corpus as ac
    >>> topic = ac.Topic(id="trade", label="Trade", parent="tarde", description=".")
    >>> try:
    ...     ac.Corpus(topics=(topic,))
    ... except ac.InvalidCorpusError as exc:
    ...     print(exc.problems)
    ("$.topics[0] (trade).parent: unknown topic 'tarde'",)
    """

    def __init__(self, problems: Iterable[Problem | str], source: str | None = None) -> None:
        self.details = _problems(problems)
        self.problems = tuple(map(str, self.details))
        self.source = source
        where = f"{source}: " if source else ""
        count = len(self.problems)
        head = f"{where}corpus refused, {count:,} problem{'s' if count != 1 else ''}:"
        super().__init__(_listed(head, self.problems))


class AnnotationError(CorpusError, ValueError):
    """Annotation files could not be turned into a corpus; every problem is listed.

    Attributes:
        problems: One line per problem, each naming the file, the record and the field.
        details: The same problems as :class:`Problem` values.

    >>> import asean_corpus as ac, pathlib, tempfile
    >>> annotations = pathlib.Path(tempfile.mkdtemp()) / "annotations"
    >>> annotations.mkdir()
    >>> try:
    ...     ac.build(annotations, annotations)
    ... except ac.AnnotationError as exc:
    ...     print(len(exc.problems), "|", exc.problems[-1])
    6 | annotations/events.toml: no such file
    """

    def __init__(self, problems: Iterable[Problem | str]) -> None:
        self.details = _problems(problems)
        self.problems = tuple(map(str, self.details))
        count = len(self.problems)
        head = f"invalid annotations, {count:,} problem{'s' if count != 1 else ''}:"
        super().__init__(_listed(head, self.problems))


class MergeConflictError(CorpusError, ValueError):
    """Two corpora being merged hold different records under the same id; all are listed.

    Attributes:
        clashes: ``(table, id)`` of every clash, in table order.

    >>> import asean_corpus as ac
    >>> trade = ac.Corpus(topics=(ac.Topic(id="t", label="Trade", description="."),))
    >>> tourism = ac.Corpus(topics=(ac.Topic(id="t", label="Tourism", description="."),))
    >>> trade.merge(tourism)
    Traceback (most recent call last):
    ...
    asean_corpus.exceptions.MergeConflictError: cannot merge: 1 id names different
    records in the two corpora:
      - topics 't': label 'Trade' vs 'Tourism'
    """

    def __init__(self, clashes: Iterable[tuple[str, str, str]]) -> None:
        items = tuple(clashes)
        self.clashes = tuple((table, rid) for table, rid, _ in items)
        count = len(items)
        verb = "ids name" if count != 1 else "id names"
        head = f"cannot merge: {count} {verb} different records in the two corpora:"
        lines = [f"{table} {rid!r}: {detail}" for table, rid, detail in items]
        super().__init__("\n  - ".join([head, *lines]))


class MissingDependencyError(CorpusError, ImportError):
    """An optional library needed by the called function is not installed.

    Attributes:
        module: The library that is missing (``"pandas"``).
        extra: The extra of ``asean-corpus`` that installs it.

    >>> import asean_corpus as ac
    >>> print(ac.MissingDependencyError("pandas", "pandas"))
    this function needs the optional library 'pandas'; install it with:
    pip install 'asean-corpus[pandas]' (in a clone of the repository: pip install '.[pandas]')
    """

    def __init__(self, module: str, extra: str) -> None:
        self.module = module
        self.extra = extra
        super().__init__(
            f"this function needs the optional library {module!r}; "
            f"install it with: pip install 'asean-corpus[{extra}]' "
            f"(in a clone of the repository: pip install '.[{extra}]')"
        )


class CorpusFileError(CorpusError, OSError):
    """A file or folder could not be read or written; also an :class:`OSError`.

    The message names the path and says why (missing, a folder, a device, no space,
    no permission); ``errno``, ``strerror`` and ``filename`` are those of
    :class:`OSError`. Nothing is left half-written.
    """

    def __init__(self, path: object, reason: str, errno: int | None = None) -> None:
        super().__init__(errno if errno is not None else _errno.EIO, reason)
        self.filename = os.fsdecode(path) if isinstance(path, (str, bytes)) else str(path)
        self.path_shown = shown(self.filename, 200)
        self.reason = reason

    def __str__(self) -> str:
        return f"{self.path_shown}: {self.reason}"

    def __reduce__(self) -> tuple[type, tuple[object, ...]]:
        return (type(self), (self.filename, self.reason, self.errno))


class CorpusFileNotFoundError(CorpusFileError, FileNotFoundError):
    """The file to read (or the folder to write in) does not exist."""

    def __init__(
        self, path: object, reason: str = "no such file", errno: int | None = None
    ) -> None:
        super().__init__(path, reason, _errno.ENOENT if errno is None else errno)


def file_error(path: object, exc: BaseException, doing: str) -> CorpusFileError:
    """The :class:`CorpusFileError` for an :class:`OSError` (or a path the system refuses).

    Args:
        path: The file the operation was about.
        exc: What the system raised.
        doing: What was being done (``"cannot write"``), to start the reason.
    """
    code = exc.errno if isinstance(exc, OSError) and exc.errno else _errno.EINVAL
    why = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    where = getattr(exc, "filename", None)
    extra = ""
    if where is not None and os.fsdecode(where) != os.fsdecode(str(path)):
        extra = f" ({shown(os.fsdecode(where), 200)})"
    if code == _errno.ENOENT:
        return CorpusFileNotFoundError(path, f"{doing}: no such file{extra}", code)
    return CorpusFileError(path, f"{doing}: {why}{extra}", code)
