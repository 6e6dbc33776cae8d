"""The filters of a statement query, declared once for every function that takes them."""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TypeAlias, TypedDict

from .._text import suggest
from ..exceptions import InvalidQueryError, UnknownFilterError, shown
from ..model import (
    Actor,
    ActorKind,
    Agreement,
    Article,
    Attribution,
    DateLike,
    Event,
    Mode,
    ReliabilityLevel,
    Statement,
    Topic,
)

__all__ = [
    "FILTERS",
    "ActorKindQuery",
    "ActorQuery",
    "AffiliationQuery",
    "AgreementQuery",
    "ArticleQuery",
    "AttributionQuery",
    "EventQuery",
    "ModeQuery",
    "ReliabilityQuery",
    "StatementFilters",
    "TopicQuery",
    "as_list",
    "check_filters",
    "refuse_unknown",
]

ActorQuery: TypeAlias = Actor | str
"""An :class:`Actor`, or an actor id, name or alias, or an office ("ASEAN Secretary-General")."""
ActorKindQuery: TypeAlias = ActorKind | str
"""An :class:`ActorKind`, or its value (``"research_institute"``)."""
AffiliationQuery: TypeAlias = Actor | ActorKind | str
"""An :class:`Actor` (an organisation or a state), its id, name or alias, or an
:class:`ActorKind` (or its value) meaning any actor of that kind."""
TopicQuery: TypeAlias = Topic | str
"""A :class:`Topic`, or a topic id or label."""
ArticleQuery: TypeAlias = Article | str
"""An :class:`Article`, or an article id or title."""
AgreementQuery: TypeAlias = Agreement | str
"""An :class:`Agreement`, or an agreement id, name or alias."""
EventQuery: TypeAlias = Event | str
"""An :class:`Event`, or an event id, name or alias."""
ModeQuery: TypeAlias = Mode | str
"""A :class:`Mode`, or its value (``"direct_quote"``)."""
AttributionQuery: TypeAlias = Attribution | str
"""An :class:`Attribution`, or its value (``"named"``)."""
ReliabilityQuery: TypeAlias = ReliabilityLevel | str
"""A :class:`ReliabilityLevel`, or its value (``"high"``, ``"medium"``, ``"low"``)."""


class StatementFilters(TypedDict, total=False):
    """The keyword filters of :meth:`Corpus.find_statements <asean_corpus.Corpus.find_statements>`.

    Every filter is optional; given filters combine with AND, and a list given to one
    filter means any of its values. ``None`` means no filter. ``any_of`` combines whole
    filter sets with OR.

    Every filter that names records accepts the record itself too; a record that is
    not in the corpus raises the same error as its id would
    (:class:`~asean_corpus.UnknownTopicError` for a topic, ...).

    Attributes:
        speaker: An :class:`Actor`, an actor id, name or alias (case- and
            accent-insensitive), or an office such as ``"ASEAN Secretary-General"``,
            meaning whoever held it on the statement's date (for an undated statement:
            on its article's publication date). A role without dates counts as held
            when the articles that call it current were published; an office none of
            whose holders can be placed in time is refused. A joint statement matches
            any of its speakers.
        speaker_kind: An :class:`ActorKind` or its value: statements with a speaker
            of that kind (``"research_institute"``, ``"news_outlet"``).
        affiliation: An actor (an organisation or a state) or its name, or an
            :class:`ActorKind` meaning any actor of that kind: statements with a
            speaker affiliated with it, that is the actor itself, an actor whose
            ``country`` it is, or an actor with a role (current or former) at it or
            at an organisation of that country. ``affiliation="China"`` finds Chinese
            bodies and officials; ``affiliation=ActorKind.RESEARCH_INSTITUTE``
            think-tanks and their fellows.
        topic: A topic or its id or label; a topic includes its narrower topics.
        since: Earliest date, inclusive: a ``date``, ``datetime``,
            :class:`PartialDate`, or a string (``"2025"``, ``"June 2025"``,
            ``"2025-06-19"``). A partial bound starts at its first day.
        until: Latest date, inclusive; a partial bound ends at its last day.
        article: An article or its id or title.
        agreement: An agreement or its id, name or alias that the statement mentions.
        event: An event or its id, name or alias that the statement was made at; an
            event includes the events that are part of it (a summit, the interviews
            given at it).
        text: A case-insensitive substring of the statement, or a compiled regex
            searched in it.
        words: A word or phrase the statement holds as whole words, case-insensitive:
            ``words="RCEP"`` is not found in "perception", where ``text="RCEP"`` is.
            Spaces match any whitespace, an apostrophe or a dash any of its forms
            ("ASEAN's" finds "ASEAN\u2019s"). A list matches any of its words or phrases.
        mode: A :class:`Mode` or its value.
        attribution: An :class:`Attribution` or its value: how the speaker was
            determined (``"named"``, ``"carried"``, ``"office"``, ``"inferred"``).
        reliability: A :class:`ReliabilityLevel` or its value: statements reported by
            articles the corpus rates so as a source. ``reliability=["high",
            "medium"]`` leaves out what only weak sources report.
        where: Any predicate on a :class:`Statement`.
        include_undated: With a date bound (or an office speaker whose date cannot be
            told), also return statements whose date is unknown.
        any_of: A list of filter sets (dicts of these same filters): statements that
            match at least one of them, and every other filter given.
            ``any_of=[{"topic": "trade"}, {"agreement": "RCEP"}]`` is "trade or RCEP".

    >>> import asean_corpus as ac
    >>> filters: ac.StatementFilters = {"speaker": "Kao Kim Hourn", "topic": "tourism"}
    >>> [s.id for s in ac.load().find_statements(**filters)]
    ['a001-s01', 'a001-s08', 'a003-s23']
    """

    speaker: ActorQuery | Sequence[ActorQuery] | None
    speaker_kind: ActorKindQuery | Sequence[ActorKindQuery] | None
    affiliation: AffiliationQuery | Sequence[AffiliationQuery] | None
    topic: TopicQuery | Sequence[TopicQuery] | None
    since: DateLike | None
    until: DateLike | None
    article: ArticleQuery | Sequence[ArticleQuery] | None
    agreement: AgreementQuery | Sequence[AgreementQuery] | None
    event: EventQuery | Sequence[EventQuery] | None
    text: str | re.Pattern[str] | None
    words: str | Sequence[str] | None
    mode: ModeQuery | Sequence[ModeQuery] | None
    attribution: AttributionQuery | Sequence[AttributionQuery] | None
    reliability: ReliabilityQuery | Sequence[ReliabilityQuery] | None
    where: Callable[[Statement], bool] | None
    include_undated: bool
    any_of: Sequence[StatementFilters] | None


FILTERS: tuple[str, ...] = tuple(StatementFilters.__annotations__)
"""The names of the filters, in declaration order."""


_MEANT = {
    "date": "since and until (since='2025-06', until='2025-06' for one month)",
    "dates": "since and until (since='2025-06', until='2025-06' for one month)",
    "year": "since and until (since='2025', until='2025' for one year)",
    "on": "since and until (since='2025-06-19', until='2025-06-19' for one day)",
    "said_on": "since and until (since='2025-06-19', until='2025-06-19' for one day)",
    "from": "since",
    "to": "until",
    "before": "until",
    "after": "since",
}
"""Names that no spelling suggestion would lead to the filter meant."""


def check_filters(filters: Mapping[str, object]) -> StatementFilters:
    """The filters, once every name is known to be a filter.

    Raises:
        UnknownFilterError: A name is not a filter; the message suggests the closest.
    """
    refuse_unknown(filters, FILTERS)
    checked: StatementFilters = filters  # type: ignore[assignment]
    return checked


def refuse_unknown(given: Iterable[object], known: Sequence[str]) -> None:
    """Raise for the first name in ``given`` that is not one of ``known``.

    Raises:
        UnknownFilterError: A name is not a filter; the message suggests the closest.
    """
    unknown = [name for name in given if name not in known]
    if unknown:
        name = unknown[0]
        meant = _MEANT.get(str(name).lower()) if isinstance(name, str) else None
        close = [meant] if meant is not None else suggest(str(name), known, limit=1)
        hint = (
            f"; did you mean {close[0]}?"
            if meant
            else (f"; did you mean {close[0]!r}?" if close else "")
        )
        msg = f"unknown filter {shown(name)}{hint} (filters: {', '.join(known)})"
        raise UnknownFilterError(msg)


def as_list(value: object, what: str) -> list[object]:
    """The values a filter was given: one name, record or enum member, or several.

    Raises:
        InvalidQueryError: An empty list (which would match nothing), or a value that
            is neither a name, a record nor a list of them.
    """
    if isinstance(value, (str, Actor, Topic, Article, Agreement, Event, enum.Enum)):
        return [value]
    if isinstance(value, Iterable) and not isinstance(value, bytes | bytearray | Mapping):
        items = list(value)
        if not items:
            msg = f"{what}: an empty list matches nothing; pass None for no filter"
            raise InvalidQueryError(msg)
        return items
    msg = f"{what}: expected a name, a record or a list of them, got {type(value).__name__}"
    raise InvalidQueryError(msg)
