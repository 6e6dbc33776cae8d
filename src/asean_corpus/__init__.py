"""A typed, citable corpus of statements on ASEAN-China cooperation.

>>> import asean_corpus as ac
>>> corpus = ac.load()
>>> [s.said_on for s in ac.find_statements(speaker="Kao Kim Hourn", topic="tourism")][:1]
[PartialDate(year=2025, month=6, day=19)]

Importing the package reads no file and imports none of its parts: each name below is
imported from its module on first use.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import export
    from .builder import build
    from .bundled import find_statements, load
    from .corpus import Corpus
    from .exceptions import (
        AnnotationError,
        CorpusError,
        CorpusFileError,
        CorpusFileNotFoundError,
        InvalidCorpusError,
        InvalidDateError,
        InvalidQueryError,
        MergeConflictError,
        MissingDependencyError,
        Problem,
        UnknownActorError,
        UnknownAgreementError,
        UnknownArticleError,
        UnknownEventError,
        UnknownFilterError,
        UnknownRecordError,
        UnknownTopicError,
    )
    from .io.jsonfile import FORMAT_VERSION
    from .io.parquet import read_parquet
    from .model import (
        Actor,
        ActorKind,
        Agreement,
        AgreementKind,
        Article,
        ArticleEvidence,
        ArticleKind,
        Attribution,
        Confidence,
        Conflict,
        Context,
        DateBasis,
        DateLike,
        Event,
        EventKind,
        Evidence,
        Milestone,
        MilestoneKind,
        Mode,
        PartialDate,
        Precision,
        Reference,
        ReferenceEvidence,
        Reliability,
        ReliabilityLevel,
        Role,
        Span,
        Statement,
        Topic,
        parse_date,
    )
    from .query import (
        ActorQuery,
        AgreementQuery,
        ArticleQuery,
        AttributionQuery,
        EventQuery,
        ModeQuery,
        StatementFilters,
        TopicQuery,
    )

__all__ = [
    "FORMAT_VERSION",
    "Actor",
    "ActorKind",
    "ActorQuery",
    "Agreement",
    "AgreementKind",
    "AgreementQuery",
    "AnnotationError",
    "Article",
    "ArticleEvidence",
    "ArticleKind",
    "ArticleQuery",
    "Attribution",
    "AttributionQuery",
    "Confidence",
    "Conflict",
    "Context",
    "Corpus",
    "CorpusError",
    "CorpusFileError",
    "CorpusFileNotFoundError",
    "DateBasis",
    "DateLike",
    "Event",
    "EventKind",
    "EventQuery",
    "Evidence",
    "InvalidCorpusError",
    "InvalidDateError",
    "InvalidQueryError",
    "MergeConflictError",
    "Milestone",
    "MilestoneKind",
    "MissingDependencyError",
    "Mode",
    "ModeQuery",
    "PartialDate",
    "Precision",
    "Problem",
    "Reference",
    "ReferenceEvidence",
    "Reliability",
    "ReliabilityLevel",
    "Role",
    "Span",
    "Statement",
    "StatementFilters",
    "Topic",
    "TopicQuery",
    "UnknownActorError",
    "UnknownAgreementError",
    "UnknownArticleError",
    "UnknownEventError",
    "UnknownFilterError",
    "UnknownRecordError",
    "UnknownTopicError",
    "build",
    "export",
    "find_statements",
    "load",
    "parse_date",
    "read_parquet",
]

# Where each public name lives; ``export`` is a module.
_HOMES = {
    "build": ".builder",
    "find_statements": ".bundled",
    "load": ".bundled",
    "Corpus": ".corpus",
    "FORMAT_VERSION": ".io.jsonfile",
    "read_parquet": ".io.parquet",
    "export": ".",
    **dict.fromkeys(
        [n for n in __all__ if n.endswith("Error") or n in ("Problem",)], ".exceptions"
    ),
    **dict.fromkeys(
        [n for n in __all__ if n.endswith("Query") or n == "StatementFilters"], ".query"
    ),
}


def __getattr__(name: str) -> Any:
    if name == "__version__":
        from importlib.metadata import version

        return version("asean-corpus")
    if name not in __all__:
        msg = f"module {__name__!r} has no attribute {name!r}"
        raise AttributeError(msg)
    home = _HOMES.get(name, ".model")
    value = import_module(f".{name}", __name__) if home == "." else None
    if value is None:
        value = getattr(import_module(home, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*__all__, "__version__"])
