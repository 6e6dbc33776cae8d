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
    from .bundled import DATA_VERSION, find_statements, load
    from .citation import CitationStyle, cite
    from .corpus import (
        ChangeKind,
        Corpus,
        CorpusDiff,
        CountKey,
        FieldChange,
        RecordChange,
        StatementResults,
        diff,
    )
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
    from .io.jsonfile import FORMAT_VERSION, loads
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
        StatementView,
        Topic,
        parse_date,
    )
    from .query import (
        ActorKindQuery,
        ActorQuery,
        AffiliationQuery,
        AgreementQuery,
        ArticleQuery,
        AttributionQuery,
        EventQuery,
        EvidenceQuery,
        MilestoneKindQuery,
        ModeQuery,
        ReliabilityQuery,
        StatementFilters,
        TopicQuery,
    )
    from .suggestions import Suggestion, suggest

__all__ = [
    "DATA_VERSION",
    "FORMAT_VERSION",
    "Actor",
    "ActorKind",
    "ActorKindQuery",
    "ActorQuery",
    "AffiliationQuery",
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
    "ChangeKind",
    "CitationStyle",
    "Confidence",
    "Conflict",
    "Context",
    "Corpus",
    "CorpusDiff",
    "CorpusError",
    "CorpusFileError",
    "CorpusFileNotFoundError",
    "CountKey",
    "DateBasis",
    "DateLike",
    "Event",
    "EventKind",
    "EventQuery",
    "Evidence",
    "EvidenceQuery",
    "FieldChange",
    "InvalidCorpusError",
    "InvalidDateError",
    "InvalidQueryError",
    "MergeConflictError",
    "Milestone",
    "MilestoneKind",
    "MilestoneKindQuery",
    "MissingDependencyError",
    "Mode",
    "ModeQuery",
    "PartialDate",
    "Precision",
    "Problem",
    "RecordChange",
    "Reference",
    "ReferenceEvidence",
    "Reliability",
    "ReliabilityLevel",
    "ReliabilityQuery",
    "Role",
    "Span",
    "Statement",
    "StatementFilters",
    "StatementResults",
    "StatementView",
    "Suggestion",
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
    "cite",
    "diff",
    "export",
    "find_statements",
    "load",
    "loads",
    "parse_date",
    "read_parquet",
    "suggest",
]

# Where each public name lives (the rest are in .model); ``export`` is a module.
_HOMES = {
    "build": ".builder",
    **dict.fromkeys(["DATA_VERSION", "find_statements", "load"], ".bundled"),
    **dict.fromkeys(["CitationStyle", "cite"], ".citation"),
    **dict.fromkeys(
        [
            "ChangeKind",
            "Corpus",
            "CorpusDiff",
            "CountKey",
            "FieldChange",
            "RecordChange",
            "StatementResults",
            "diff",
        ],
        ".corpus",
    ),
    **dict.fromkeys([n for n in __all__ if n.endswith("Error") or n == "Problem"], ".exceptions"),
    **dict.fromkeys(["FORMAT_VERSION", "loads"], ".io.jsonfile"),
    "read_parquet": ".io.parquet",
    **dict.fromkeys(
        [n for n in __all__ if n.endswith("Query") or n == "StatementFilters"], ".query"
    ),
    **dict.fromkeys(["Suggestion", "suggest"], ".suggestions"),
    "export": ".",
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
