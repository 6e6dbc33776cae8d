"""A typed, citable corpus of statements on ASEAN-China cooperation.

>>> import asean_corpus as ac
>>> corpus = ac.load()
>>> [s.said_on for s in ac.find_statements(speaker="Kao Kim Hourn", topic="tourism")][:1]
[PartialDate(year=2025, month=6, day=19)]
"""

from __future__ import annotations

from typing import Any

from .build import build
from .corpus import Corpus
from .dates import DateLike, PartialDate, Precision, parse_date
from .exceptions import (
    AnnotationError,
    CorpusError,
    InvalidCorpusError,
    InvalidDateError,
    InvalidQueryError,
    MergeConflictError,
    MissingDependencyError,
    UnknownActorError,
    UnknownAgreementError,
    UnknownArticleError,
    UnknownEventError,
    UnknownRecordError,
    UnknownTopicError,
)
from .export import read_parquet
from .model import (
    Actor,
    ActorKind,
    Agreement,
    AgreementKind,
    Article,
    ArticleEvidence,
    ArticleKind,
    Confidence,
    Conflict,
    Context,
    DateBasis,
    Event,
    EventKind,
    Evidence,
    Milestone,
    MilestoneKind,
    Mode,
    Reference,
    ReferenceEvidence,
    Reliability,
    ReliabilityLevel,
    Role,
    Span,
    Statement,
    Topic,
)
from .query import (
    ActorQuery,
    AgreementQuery,
    ArticleQuery,
    EventQuery,
    ModeQuery,
    TopicQuery,
    find_statements,
)
from .storage import FORMAT_VERSION, load
from .suggestions import Suggestion, suggest

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
    "Confidence",
    "Conflict",
    "Context",
    "Corpus",
    "CorpusError",
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
    "Reference",
    "ReferenceEvidence",
    "Reliability",
    "ReliabilityLevel",
    "Role",
    "Span",
    "Statement",
    "Suggestion",
    "Topic",
    "TopicQuery",
    "UnknownActorError",
    "UnknownAgreementError",
    "UnknownArticleError",
    "UnknownEventError",
    "UnknownRecordError",
    "UnknownTopicError",
    "build",
    "find_statements",
    "load",
    "parse_date",
    "read_parquet",
    "suggest",
]


def __getattr__(name: str) -> Any:
    if name == "__version__":
        from importlib.metadata import version

        return version("asean-corpus")
    msg = f"module {__name__!r} has no attribute {name!r}"
    raise AttributeError(msg)
