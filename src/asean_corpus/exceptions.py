"""Errors raised by :mod:`asean_corpus`.

Every error derives from :class:`CorpusError`, so ``except CorpusError`` catches
anything the library raises on purpose. Each subclass also derives from the
matching built-in exception (``LookupError``, ``ValueError``, ``ImportError``),
so code that already handles those keeps working.
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

__all__ = [
    "AnnotationError",
    "CorpusError",
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

    >>> str(Problem(path=("statements", 0, "span"), record_id="a000-s01", message="too long"))
    '$.statements[0] (a000-s01).span: too long'
    """

    path: tuple[str | int, ...] = ()
    message: str
    record_id: str | None = None
    file: str | None = None

    def where(self) -> str:
        """The rendered path: ``$.statements[0] (a000-s01).span``."""
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
        return f"{where}: {self.message}" if where else self.message


class CorpusError(Exception):
    """Base class of every error raised by asean_corpus."""


class UnknownRecordError(CorpusError, LookupError):
    """A lookup named a record that is not in the corpus.

    Attributes:
        kind: What was looked up (``"topic"``, ``"speaker or actor"``).
        query: What was given: a name, an id, or a record that is not in the corpus.
        suggestions: Near matches, best first.
        hint: Where else the name was found, or what to do instead (``"'RCEP' is an
            agreement: use agreement='RCEP'"``); ``None`` when there is nothing to add.
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
        msg = f"unknown {kind} {query!r}"
        if self.suggestions:
            msg += "; did you mean " + " or ".join(repr(s) for s in self.suggestions) + "?"
        if hint:
            msg += f"; {hint}"
        super().__init__(msg)

    def __str__(self) -> str:
        return str(self.args[0])


class UnknownArticleError(UnknownRecordError):
    """No article has the given id."""

    def __init__(
        self, query: object, suggestions: Iterable[str] = (), hint: str | None = None
    ) -> None:
        super().__init__("article", query, suggestions, hint)


class UnknownActorError(UnknownRecordError):
    """No actor has the given id, name or alias, and no actor held the named office."""

    def __init__(
        self, query: object, suggestions: Iterable[str] = (), hint: str | None = None
    ) -> None:
        super().__init__("speaker or actor", query, suggestions, hint)


class UnknownAgreementError(UnknownRecordError):
    """No agreement has the given id, name or alias."""

    def __init__(
        self, query: object, suggestions: Iterable[str] = (), hint: str | None = None
    ) -> None:
        super().__init__("agreement", query, suggestions, hint)


class UnknownTopicError(UnknownRecordError):
    """No topic has the given id or label."""

    def __init__(
        self, query: object, suggestions: Iterable[str] = (), hint: str | None = None
    ) -> None:
        super().__init__("topic", query, suggestions, hint)


class UnknownEventError(UnknownRecordError):
    """No event has the given id, name or alias."""

    def __init__(
        self, query: object, suggestions: Iterable[str] = (), hint: str | None = None
    ) -> None:
        super().__init__("event", query, suggestions, hint)


class InvalidDateError(CorpusError, ValueError):
    """A date string could not be parsed, or names a day that does not exist."""


class InvalidQueryError(CorpusError, ValueError):
    """A query argument has the wrong type or an impossible value (a reversed range)."""


class UnknownFilterError(InvalidQueryError, TypeError):
    """A query was given a filter it does not have (a misspelt keyword)."""


def _problems(problems: Iterable[Problem | str]) -> tuple[Problem, ...]:
    return tuple(p if isinstance(p, Problem) else Problem(message=p) for p in problems)


class InvalidCorpusError(CorpusError, ValueError):
    """A corpus (in memory or in a file) breaks the data rules; every problem is listed.

    Attributes:
        problems: One line per problem, each starting with the JSON path of the
            offending value and the id of its record (``$.statements[3] (a000-s04).span``).
        details: The same problems as :class:`Problem` values.
        source: The file the corpus came from, or ``None`` for one built in memory.
    """

    def __init__(self, problems: Iterable[Problem | str], source: str | None = None) -> None:
        self.details = _problems(problems)
        self.problems = tuple(map(str, self.details))
        self.source = source
        where = f"{source}: " if source else ""
        count = len(self.problems)
        head = f"{where}corpus refused, {count} problem{'s' if count != 1 else ''}:"
        super().__init__("\n  - ".join([head, *self.problems]))


class AnnotationError(CorpusError, ValueError):
    """Annotation files could not be turned into a corpus; every problem is listed.

    Attributes:
        problems: One line per problem, each naming the file, the record and the field.
        details: The same problems as :class:`Problem` values.
    """

    def __init__(self, problems: Iterable[Problem | str]) -> None:
        self.details = _problems(problems)
        self.problems = tuple(map(str, self.details))
        count = len(self.problems)
        head = f"invalid annotations, {count} problem{'s' if count != 1 else ''}:"
        super().__init__("\n  - ".join([head, *self.problems]))


class MergeConflictError(CorpusError, ValueError):
    """Two corpora being merged hold different records under the same id; all are listed.

    Attributes:
        clashes: ``(table, id)`` of every clash, in table order.
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
    """An optional library needed by the called function is not installed."""

    def __init__(self, module: str, extra: str) -> None:
        self.module = module
        self.extra = extra
        super().__init__(
            f"this function needs the optional library {module!r}; "
            f"install it with: pip install 'asean-corpus[{extra}]'"
        )
