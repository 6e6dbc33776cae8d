"""Statement queries: lookup tables, the statement index, and the query engine.

- :mod:`~asean_corpus.query.filters`: the filters a query takes, declared once;
- :mod:`~asean_corpus.query.names`: records by id, name or alias, and offices;
- :mod:`~asean_corpus.query.index`: postings over statements in result order;
- :mod:`~asean_corpus.query.engine`: filters into plans, plans into results;
- :mod:`~asean_corpus.query.milestones`: the milestones of agreements, filtered.

This stage knows the records, not the corpus that holds them: the corpus passes its
tables in.
"""

from __future__ import annotations

from .filters import (
    FILTERS,
    ActorKindQuery,
    ActorQuery,
    AffiliationQuery,
    AgreementQuery,
    ArticleQuery,
    AttributionQuery,
    EventQuery,
    ModeQuery,
    ReliabilityQuery,
    StatementFilters,
    TopicQuery,
)
from .milestones import EvidenceQuery, MilestoneKindQuery

__all__ = [
    "FILTERS",
    "ActorKindQuery",
    "ActorQuery",
    "AffiliationQuery",
    "AgreementQuery",
    "ArticleQuery",
    "AttributionQuery",
    "EventQuery",
    "EvidenceQuery",
    "MilestoneKindQuery",
    "ModeQuery",
    "ReliabilityQuery",
    "StatementFilters",
    "TopicQuery",
]
