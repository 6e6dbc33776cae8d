"""Statement queries: argument resolution and index-driven evaluation.

The public entry points are :meth:`asean_corpus.Corpus.find_statements` and
:func:`asean_corpus.find_statements`; this module holds their machinery.
"""

from __future__ import annotations

import datetime as _dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Mapping, Sequence
from operator import itemgetter
from typing import TYPE_CHECKING, TypeAlias, overload

from ._index import Names, StatementIndex
from ._text import normalize, suggest
from .dates import DateLike, PartialDate, parse_date
from .exceptions import (
    InvalidQueryError,
    UnknownActorError,
    UnknownAgreementError,
    UnknownArticleError,
    UnknownEventError,
    UnknownTopicError,
)
from .model import Actor, Agreement, Article, Event, Mode, Role, Statement, Topic

if TYPE_CHECKING:
    from .corpus import Corpus

__all__ = [
    "ActorQuery",
    "AgreementQuery",
    "ArticleQuery",
    "EventQuery",
    "ModeQuery",
    "TopicQuery",
    "find_statements",
]

ActorQuery: TypeAlias = Actor | str
"""An :class:`Actor`, or an actor id, name or alias, or an office ("ASEAN Secretary-General")."""
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

_Accept = Callable[[int, Statement], bool]


def _as_list(value: object, what: str) -> list[object]:
    if isinstance(value, (str, Actor, Topic, Article, Agreement, Event, Mode)):
        return [value]
    if isinstance(value, Iterable):
        items = list(value)
        if not items:
            msg = f"{what}: an empty list matches nothing; pass None for no filter"
            raise InvalidQueryError(msg)
        return items
    msg = f"{what}: expected a name, a record or a list of them, got {type(value).__name__}"
    raise InvalidQueryError(msg)


class _Plan:
    """One filter: optional candidate ranks (increasing) and a per-statement test.

    ``exact`` says the candidate ranks are exactly the matches; otherwise they are a
    superset that ``accept`` narrows down.
    """

    __slots__ = ("accept", "exact", "ranks")

    def __init__(self, ranks: Sequence[int] | None, accept: _Accept, exact: bool = True) -> None:
        self.ranks = ranks
        self.accept = accept
        self.exact = exact


class _Lazy(Sequence[int]):
    """Candidate ranks computed only if the plan drives the query.

    ``len`` is an upper bound, used to choose the driving plan; a plan that does not
    drive is only asked to ``accept`` the driver's candidates.
    """

    def __init__(self, compute: Callable[[], Sequence[int]], estimate: int) -> None:
        self._compute = compute
        self._estimate = estimate
        self._ranks: Sequence[int] | None = None

    def resolve(self) -> Sequence[int]:
        if self._ranks is None:
            self._ranks = self._compute()
        return self._ranks

    def __len__(self) -> int:
        return self._estimate

    @overload
    def __getitem__(self, index: int) -> int: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[int]: ...
    def __getitem__(self, index: int | slice) -> int | Sequence[int]:
        return self.resolve()[index]


def _union(postings: list[Sequence[int]]) -> Sequence[int]:
    if len(postings) == 1:
        return postings[0]
    return sorted(set().union(*postings))


class _Query:
    def __init__(self, corpus: Corpus, names: Names, index: StatementIndex) -> None:
        self.corpus = corpus
        self.names = names
        self.index = index

    # -- resolution -----------------------------------------------------------------

    def records(
        self,
        value: object,
        what: str,
        cls: type,
        get: Callable[[str], object],
        display: dict[str, str],
        error: Callable[[str, list[str]], Exception],
    ) -> list[str]:
        ids: list[str] = []
        for item in _as_list(value, what):
            if isinstance(item, cls):
                ids.append(item.id)  # type: ignore[attr-defined]
                continue
            if not isinstance(item, str):
                msg = f"{what}: expected a {cls.__name__} or a string, got {type(item).__name__}"
                raise InvalidQueryError(msg)
            found = get(item)
            if found is None:
                raise error(item, suggest(item, display))
            ids.append(found.id)  # type: ignore[attr-defined]
        return ids

    def speaker(self, value: object, include_undated: bool) -> _Plan:
        names = self.names
        direct: set[str] = set()
        offices: dict[str, list[Role]] = {}
        for item in _as_list(value, "speaker"):
            if isinstance(item, Actor):
                direct.add(item.id)
                continue
            if not isinstance(item, str):
                msg = f"speaker: expected an Actor or a string, got {type(item).__name__}"
                raise InvalidQueryError(msg)
            actor = names.actors.get(item)
            if actor is not None:
                direct.add(actor.id)
                continue
            holders = names.offices.get(normalize(item))
            if holders is None:
                table = {**names.actors.display, **names.office_display}
                raise UnknownActorError(item, suggest(item, table))
            for actor_id, role in holders:
                offices.setdefault(actor_id, []).append(role)
        by_speaker = self.index.by_speaker
        keys = direct | set(offices)
        ranks = _union([by_speaker[k] for k in sorted(keys) if k in by_speaker] or [()])
        if not offices:
            return _Plan(ranks, lambda _r, s: s.speaker_id in direct)
        published = {a.id: a.published for a in self.corpus.articles}

        def accept(_rank: int, s: Statement) -> bool:
            if s.speaker_id in direct:
                return True
            roles = offices.get(s.speaker_id)
            if roles is None:
                return False
            first, last = s.earliest, s.latest
            if first is None or last is None:
                when = published.get(s.article_id)
                if when is None:
                    return include_undated and any(r.start is not None for r in roles)
                first, last = when.earliest, when.latest
            return any(_held(role, first, last) for role in roles)

        return _Plan(ranks, accept, exact=False)

    def topic(self, value: object) -> _Plan:
        ids = self.records(
            value,
            "topic",
            Topic,
            self.names.topics.get,
            self.names.topics.display,
            UnknownTopicError,
        )
        children: dict[str, list[str]] = {}
        for t in self.corpus.topics:
            if t.parent is not None:
                children.setdefault(t.parent, []).append(t.id)
        wanted: set[str] = set()
        stack = list(ids)
        while stack:
            current = stack.pop()
            if current not in wanted:
                wanted.add(current)
                stack.extend(children.get(current, ()))
        by_topic = self.index.by_topic
        ranks = _union([by_topic.get(i, ()) for i in sorted(set(ids))])
        return _Plan(ranks, lambda _r, s: not s.topics.isdisjoint(wanted))

    def keyed(
        self,
        value: object,
        what: str,
        cls: type,
        table: object,
        postings: Mapping[str, Sequence[int]],
        error: Callable[[str, list[str]], Exception],
        attribute: Callable[[Statement], Iterable[str | None]],
    ) -> _Plan:
        ids = set(
            self.records(value, what, cls, table.get, table.display, error)  # type: ignore[attr-defined]
        )
        ranks = _union([postings.get(i, ()) for i in sorted(ids)])
        return _Plan(ranks, lambda _r, s: any(v in ids for v in attribute(s)))

    def dates(self, since: object, until: object, include_undated: bool) -> _Plan:
        index = self.index
        for name, bound in (("since", since), ("until", until)):
            if bound is not None and not isinstance(bound, (str, _dt.date, PartialDate)):
                kind = type(bound).__name__
                msg = f"{name}: expected a date, datetime, PartialDate or string, got {kind}"
                raise InvalidQueryError(f"{msg}: {bound!r}")
        lo_date = parse_date(since).earliest if since is not None else _dt.date.min
        hi_date = parse_date(until).latest if until is not None else _dt.date.max
        if lo_date > hi_date:
            msg = f"reversed date range: since {since!r} is after until {until!r}"
            raise InvalidQueryError(msg)
        lo, hi = lo_date.toordinal(), hi_date.toordinal()
        earliest, latest, undated = index.earliest, index.latest, index.undated_from

        def ranks() -> Sequence[int]:
            head, block = index.date_range(lo, hi)
            if not head and not include_undated:
                return block
            found = [*head, *block]
            if include_undated:
                found += range(undated, len(index.ordered))
            return found

        def accept(rank: int, _s: Statement) -> bool:
            if rank >= undated:
                return include_undated
            return earliest[rank] <= hi and latest[rank] >= lo

        start = bisect_left(earliest, lo)
        estimate = bisect_right(earliest, hi, start) - start + len(index.long_ranks)
        if include_undated:
            estimate += len(index.ordered) - undated
        return _Plan(_Lazy(ranks, estimate), accept)

    def mode(self, value: object) -> _Plan:
        modes: set[Mode] = set()
        for item in _as_list(value, "mode"):
            if isinstance(item, Mode):
                modes.add(item)
                continue
            try:
                modes.add(Mode(item))
            except ValueError:
                valid = ", ".join(repr(m.value) for m in Mode)
                msg = f"mode: unknown mode {item!r}; expected one of {valid}"
                raise InvalidQueryError(msg) from None
        return _Plan(None, lambda _r, s: s.mode in modes)

    def text(self, value: object) -> _Plan:
        if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
            pattern: re.Pattern[str] = value
            return _Plan(None, lambda _r, s: pattern.search(s.text) is not None)
        if not isinstance(value, str) or not value:
            msg = f"text: expected a non-empty string or a compiled str regex, got {value!r}"
            raise InvalidQueryError(msg)
        needle = value.casefold()
        index = self.index
        if "\0" in needle:
            folded = index.folded()
            return _Plan(None, lambda r, _s: needle in folded[r])
        joined, starts = index.text()

        def ranks() -> Sequence[int]:
            found: list[int] = []
            find = joined.find
            pos = find(needle)
            while pos != -1:
                rank = bisect_right(starts, pos) - 1
                found.append(rank)
                pos = find(needle, starts[rank + 1])
            return found

        def accept(rank: int, _s: Statement) -> bool:
            return joined.find(needle, starts[rank], starts[rank + 1] - 1) != -1

        return _Plan(_Lazy(ranks, len(index.ordered)), accept)

    # -- evaluation -----------------------------------------------------------------

    def run(self, plans: list[_Plan]) -> tuple[Statement, ...]:
        ordered = self.index.ordered
        indexed = [p for p in plans if p.ranks is not None]
        if not indexed:
            driver: Sequence[int] = range(len(ordered))
            checks = plans
        else:
            best = min(indexed, key=lambda p: len(p.ranks or ()))
            driver = best.ranks or ()
            if isinstance(driver, _Lazy):
                driver = driver.resolve()
            checks = [p for p in plans if p is not best or not p.exact]
        if not checks:
            if isinstance(driver, range):
                return ordered[driver.start : driver.stop]
            if len(driver) > 1:
                found: tuple[Statement, ...] = itemgetter(*driver)(ordered)
                return found
            return tuple(ordered[r] for r in driver)
        accepts = [p.accept for p in checks]
        out: list[Statement] = []
        for rank in driver:
            s = ordered[rank]
            for ok in accepts:
                if not ok(rank, s):
                    break
            else:
                out.append(s)
        return tuple(out)


def _held(role: Role, first: _dt.date, last: _dt.date) -> bool:
    if role.start is None:
        return False
    end = role.end.latest if role.end is not None else _dt.date.max
    return role.start.earliest <= last and first <= end


def run_query(
    corpus: Corpus,
    *,
    speaker: object = None,
    topic: object = None,
    since: DateLike | None = None,
    until: DateLike | None = None,
    article: object = None,
    agreement: object = None,
    event: object = None,
    text: str | re.Pattern[str] | None = None,
    mode: object = None,
    where: Callable[[Statement], bool] | None = None,
    include_undated: bool = False,
) -> tuple[Statement, ...]:
    """Evaluate a statement query on ``corpus`` (see :meth:`Corpus.find_statements`)."""
    names = corpus._names()
    index = corpus._statement_index()
    q = _Query(corpus, names, index)
    plans: list[_Plan] = []
    if not isinstance(include_undated, bool):
        msg = f"include_undated: expected True or False, got {include_undated!r}"
        raise InvalidQueryError(msg)
    if speaker is not None:
        plans.append(q.speaker(speaker, include_undated))
    if topic is not None:
        plans.append(q.topic(topic))
    if article is not None:
        plans.append(
            q.keyed(
                article,
                "article",
                Article,
                names.articles,
                index.by_article,
                UnknownArticleError,
                lambda s: (s.article_id,),
            )
        )
    if agreement is not None:
        plans.append(
            q.keyed(
                agreement,
                "agreement",
                Agreement,
                names.agreements,
                index.by_agreement,
                UnknownAgreementError,
                lambda s: s.agreements,
            )
        )
    if event is not None:
        plans.append(
            q.keyed(
                event,
                "event",
                Event,
                names.events,
                index.by_event,
                UnknownEventError,
                lambda s: (s.event_id,),
            )
        )
    if since is not None or until is not None:
        plans.append(q.dates(since, until, include_undated))
    if mode is not None:
        plans.append(q.mode(mode))
    if text is not None:
        plans.append(q.text(text))
    if where is not None:
        if not callable(where):
            msg = f"where: expected a function of a Statement, got {type(where).__name__}"
            raise InvalidQueryError(msg)
        user = where
        plans.append(_Plan(None, lambda _r, s: bool(user(s))))
    return q.run(plans)


def find_statements(
    *,
    speaker: ActorQuery | Sequence[ActorQuery] | None = None,
    topic: TopicQuery | Sequence[TopicQuery] | None = None,
    since: DateLike | None = None,
    until: DateLike | None = None,
    article: ArticleQuery | Sequence[ArticleQuery] | None = None,
    agreement: AgreementQuery | Sequence[AgreementQuery] | None = None,
    event: EventQuery | Sequence[EventQuery] | None = None,
    text: str | re.Pattern[str] | None = None,
    mode: ModeQuery | Sequence[ModeQuery] | None = None,
    where: Callable[[Statement], bool] | None = None,
    include_undated: bool = False,
) -> tuple[Statement, ...]:
    """:meth:`Corpus.find_statements` on the bundled corpus (see there for the filters).

    .. versionadded:: 0.1.0
    """
    from .storage import load

    return load().find_statements(
        speaker=speaker,
        topic=topic,
        since=since,
        until=until,
        article=article,
        agreement=agreement,
        event=event,
        text=text,
        mode=mode,
        where=where,
        include_undated=include_undated,
    )
