"""Errors raised by :mod:`asean_corpus`.

Every error derives from :class:`CorpusError`, so ``except CorpusError`` catches
anything the library raises on purpose. Each subclass also derives from the
matching built-in exception (``LookupError``, ``ValueError``, ``ImportError``),
so code that already handles those keeps working.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = [
    "AnnotationError",
    "CorpusError",
    "InvalidCorpusError",
    "InvalidDateError",
    "InvalidQueryError",
    "MergeConflictError",
    "MissingDependencyError",
    "UnknownActorError",
    "UnknownAgreementError",
    "UnknownArticleError",
    "UnknownEventError",
    "UnknownRecordError",
    "UnknownTopicError",
]


class CorpusError(Exception):
    """Base class of every error raised by asean_corpus."""


class UnknownRecordError(CorpusError, LookupError):
    """A lookup named a record that is not in the corpus."""

    def __init__(self, kind: str, query: object, suggestions: Iterable[str] = ()) -> None:
        self.kind = kind
        self.query = query
        self.suggestions = tuple(suggestions)
        msg = f"unknown {kind} {query!r}"
        if self.suggestions:
            msg += "; did you mean " + " or ".join(repr(s) for s in self.suggestions) + "?"
        super().__init__(msg)

    def __str__(self) -> str:
        return str(self.args[0])


class UnknownArticleError(UnknownRecordError):
    """No article has the given id."""

    def __init__(self, query: object, suggestions: Iterable[str] = ()) -> None:
        super().__init__("article", query, suggestions)


class UnknownActorError(UnknownRecordError):
    """No actor has the given id, name or alias, and no actor held the named office."""

    def __init__(self, query: object, suggestions: Iterable[str] = ()) -> None:
        super().__init__("speaker or actor", query, suggestions)


class UnknownAgreementError(UnknownRecordError):
    """No agreement has the given id, name or alias."""

    def __init__(self, query: object, suggestions: Iterable[str] = ()) -> None:
        super().__init__("agreement", query, suggestions)


class UnknownTopicError(UnknownRecordError):
    """No topic has the given id or label."""

    def __init__(self, query: object, suggestions: Iterable[str] = ()) -> None:
        super().__init__("topic", query, suggestions)


class UnknownEventError(UnknownRecordError):
    """No event has the given id, name or alias."""

    def __init__(self, query: object, suggestions: Iterable[str] = ()) -> None:
        super().__init__("event", query, suggestions)


class InvalidDateError(CorpusError, ValueError):
    """A date string could not be parsed, or names a day that does not exist."""


class InvalidQueryError(CorpusError, ValueError):
    """A query argument has the wrong type or an impossible value (a reversed range)."""


class InvalidCorpusError(CorpusError, ValueError):
    """A corpus (in memory or in a file) breaks the data rules; every problem is listed.

    Attributes:
        problems: One line per problem, each starting with the JSON path of the
            offending value (``$.statements[3].span``).
        source: The file the corpus came from, or ``None`` for one built in memory.
    """

    def __init__(self, problems: Iterable[str], source: str | None = None) -> None:
        self.problems = tuple(problems)
        self.source = source
        where = f"{source}: " if source else ""
        count = len(self.problems)
        head = f"{where}corpus refused, {count} problem{'s' if count != 1 else ''}:"
        super().__init__("\n  - ".join([head, *self.problems]))


class AnnotationError(CorpusError, ValueError):
    """Annotation files could not be turned into a corpus; every problem is listed.

    Attributes:
        problems: One line per problem, each naming the file, the record and the field.
    """

    def __init__(self, problems: Iterable[str]) -> None:
        self.problems = tuple(problems)
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
