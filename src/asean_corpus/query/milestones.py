"""Milestone queries: the dated steps of agreements, filtered and in date order."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from typing import Literal, TypeAlias

from ..exceptions import InvalidQueryError
from ..model import (
    Agreement,
    ArticleEvidence,
    DateLike,
    Milestone,
    MilestoneKind,
    PartialDate,
    ReferenceEvidence,
    parse_date,
)
from ..model.dates import not_a_date
from ..model.records import enum_member
from .filters import AgreementQuery, as_list
from .names import Names

__all__ = ["MILESTONE_FILTERS", "EvidenceQuery", "MilestoneKindQuery", "find_milestones"]

MilestoneKindQuery: TypeAlias = MilestoneKind | str
"""A :class:`MilestoneKind`, or its value (``"signed"``)."""

EvidenceQuery: TypeAlias = Literal["article", "reference"]
"""The kind of evidence of a milestone: ``"article"`` (what an article of the corpus
reports, an :class:`ArticleEvidence`) or ``"reference"`` (a checked reference fact, a
:class:`ReferenceEvidence`)."""

_EVIDENCE = {"article": ArticleEvidence, "reference": ReferenceEvidence}


def _bound(value: object, name: str) -> PartialDate | None:
    if value is None:
        return None
    if not isinstance(value, (str, _dt.date, PartialDate)):
        raise InvalidQueryError(f"{name}: {not_a_date(value)}")
    return parse_date(value)


def find_milestones(
    agreements: Sequence[Agreement],
    names: Names,
    *,
    agreement: AgreementQuery | Sequence[AgreementQuery] | None = None,
    kind: MilestoneKindQuery | Sequence[MilestoneKindQuery] | None = None,
    expected: bool | None = None,
    evidence: EvidenceQuery | None = None,
    since: DateLike | None = None,
    until: DateLike | None = None,
) -> tuple[tuple[Agreement, Milestone], ...]:
    """The milestones matching every given filter, as ``(agreement, milestone)`` pairs.

    See :meth:`asean_corpus.Corpus.find_milestones` for the filters and the order.
    """
    wanted: set[str] | None = None
    if agreement is not None:
        wanted = {names.agreements.resolve(a).id for a in as_list(agreement, "agreement")}
    kinds: set[MilestoneKind] | None = None
    if kind is not None:
        try:
            kinds = {enum_member(MilestoneKind, k) for k in as_list(kind, "kind")}
        except ValueError as exc:
            raise InvalidQueryError(f"kind: {exc}") from None
    if expected is not None and not isinstance(expected, bool):
        msg = f"expected: expected True, False or None, got {expected!r}"
        raise InvalidQueryError(msg)
    evidence_type: type | None = None
    if evidence is not None:
        evidence_type = _EVIDENCE.get(evidence) if isinstance(evidence, str) else None
        if evidence_type is None:
            msg = f"evidence: expected 'article' or 'reference', got {evidence!r}"
            raise InvalidQueryError(msg)
    lo, hi = _bound(since, "since"), _bound(until, "until")
    if lo is not None and hi is not None and lo.earliest > hi.latest:
        msg = f"reversed date range: since {since!r} is after until {until!r}"
        raise InvalidQueryError(msg)
    found: list[tuple[tuple[object, ...], Agreement, Milestone]] = []
    for rank, a in enumerate(agreements):
        if wanted is not None and a.id not in wanted:
            continue
        for place, m in enumerate(a.milestones):
            if kinds is not None and m.kind not in kinds:
                continue
            if expected is not None and m.expected is not expected:
                continue
            if evidence_type is not None and not isinstance(m.evidence, evidence_type):
                continue
            if lo is not None or hi is not None:
                if m.date is None:
                    continue
                if lo is not None and m.date.latest < lo.earliest:
                    continue
                if hi is not None and m.date.earliest > hi.latest:
                    continue
            # by first day, the less precise date first, undated last
            when = (1,) if m.date is None else (0, m.date.earliest, len(str(m.date)))
            found.append(((when, rank, place), a, m))
    found.sort(key=lambda item: item[0])
    return tuple((a, m) for _, a, m in found)


_CODE = find_milestones.__code__
MILESTONE_FILTERS: tuple[str, ...] = _CODE.co_varnames[
    _CODE.co_argcount : _CODE.co_argcount + _CODE.co_kwonlyargcount
]
"""The filters of :func:`find_milestones`, its keyword-only parameters, in order."""
del _CODE
