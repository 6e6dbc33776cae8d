"""The model: partial dates, the record classes, and the tables they export to.

- :mod:`~asean_corpus.model.dates`: dates known to a year, a month or a day;
- :mod:`~asean_corpus.model.records`: the immutable records (articles, statements,
  actors, agreements, ...);
- :mod:`~asean_corpus.model.tables`: the one registry of export tables and columns,
  derived from the records' fields.
"""

from __future__ import annotations

from .dates import DateLike, PartialDate, Precision, parse_date
from .records import (
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
    StatementView,
    Topic,
)

__all__ = [
    "Actor",
    "ActorKind",
    "Agreement",
    "AgreementKind",
    "Article",
    "ArticleEvidence",
    "ArticleKind",
    "Attribution",
    "Confidence",
    "Conflict",
    "Context",
    "DateBasis",
    "DateLike",
    "Event",
    "EventKind",
    "Evidence",
    "Milestone",
    "MilestoneKind",
    "Mode",
    "PartialDate",
    "Precision",
    "Reference",
    "ReferenceEvidence",
    "Reliability",
    "ReliabilityLevel",
    "Role",
    "Span",
    "Statement",
    "StatementView",
    "Topic",
    "parse_date",
]
