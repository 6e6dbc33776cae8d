"""The query engine: each filter becomes a plan of candidate ranks and a test.

The plan with the fewest candidates drives; the others test its candidates. The
entry point is :func:`run_query`; the public faces are
:meth:`asean_corpus.Corpus.find_statements` and :func:`asean_corpus.find_statements`.
"""

from __future__ import annotations

import datetime as _dt
import enum
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Mapping, Sequence
from operator import itemgetter
from typing import Any, TypeVar, overload

from .._text import normalize, suggest
from ..exceptions import InvalidQueryError
from ..model import (
    Actor,
    Agreement,
    Article,
    Attribution,
    Event,
    Mode,
    PartialDate,
    Role,
    Statement,
    Topic,
    parse_date,
)
from ..model.records import enum_member
from .filters import StatementFilters
from .index import StatementIndex
from .names import Names, NameTable

__all__ = ["run_query"]

E = TypeVar("E", bound=enum.Enum)

_Accept = Callable[[int, Statement], bool]


def _as_list(value: object, what: str) -> list[object]:
    if isinstance(value, (str, Actor, Topic, Article, Agreement, Event, enum.Enum)):
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

    ``test`` is ``accept`` for a statement alone (without its rank); ``speakers``, where
    given, names the speakers whose statements are the candidates, and ``days`` the
    range of a date filter: they answer a small query before the statements are put
    in order (see :meth:`_Query.small`). ``prepare`` is called before ``accept`` is
    used, for a test that reads the index's arrays.
    """

    __slots__ = ("accept", "days", "exact", "prepare", "ranks", "speakers", "test")

    def __init__(
        self,
        ranks: Sequence[int] | None,
        accept: _Accept,
        exact: bool = True,
        *,
        test: Callable[[Statement], bool] | None = None,
        speakers: Callable[[], tuple[str, ...]] | None = None,
        prepare: Callable[[], None] | None = None,
    ) -> None:
        self.ranks = ranks
        self.accept = accept
        self.exact = exact
        self.test = test if test is not None else lambda s: accept(-1, s)
        self.speakers = speakers
        self.prepare = prepare
        self.days: tuple[int, int, bool] | None = None


class _Lazy(Sequence[int]):
    """Candidate ranks computed only if the plan drives the query.

    ``len`` is an upper bound, used to choose the driving plan (the ranks themselves
    where no cheaper bound is given); a plan that does not drive is only asked to
    ``accept`` the driver's candidates.
    """

    def __init__(
        self, compute: Callable[[], Sequence[int]], estimate: Callable[[], int] | None = None
    ) -> None:
        self._compute = compute
        self._estimate = estimate
        self._ranks: Sequence[int] | None = None

    def resolve(self) -> Sequence[int]:
        if self._ranks is None:
            self._ranks = self._compute()
        return self._ranks

    def __len__(self) -> int:
        if self._estimate is None:
            return len(self.resolve())
        return self._estimate()

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
    def __init__(
        self,
        names: Names,
        index: StatementIndex,
        articles: Sequence[Article],
        topics: Sequence[Topic],
    ) -> None:
        self.names = names
        self.index = index
        self.articles = articles
        self.topics = topics

    # -- resolution -----------------------------------------------------------------

    def records(self, value: object, what: str, cls: type, table: NameTable[Any]) -> list[str]:
        ids: list[str] = []
        for item in _as_list(value, what):
            if isinstance(item, cls):
                ids.append(item.id)  # type: ignore[attr-defined]
                continue
            if not isinstance(item, str):
                msg = f"{what}: expected a {cls.__name__} or a string, got {type(item).__name__}"
                raise InvalidQueryError(msg)
            ids.append(table.find(item).id)
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
                raise names.actors.error(item, suggest(item, names.speaker_names()))
            for actor_id, role in holders:
                offices.setdefault(actor_id, []).append(role)
        index = self.index
        keys = sorted(direct | set(offices))

        def ranks() -> Sequence[int]:
            by_speaker = index.by_speaker
            return _union([by_speaker[k] for k in keys if k in by_speaker] or [()])

        def speakers() -> tuple[str, ...]:
            return tuple(keys)

        if not offices:
            return _Plan(
                _Lazy(ranks),
                lambda _r, s: not direct.isdisjoint(s.speakers),
                speakers=speakers,
            )
        published = {a.id: a.published for a in self.articles}

        def held(s: Statement, roles: list[Role]) -> bool:
            first, last = s.earliest, s.latest
            if first is None or last is None:
                when = published.get(s.article_id)
                if when is None:
                    return include_undated and any(r.start is not None for r in roles)
                first, last = when.earliest, when.latest
            return any(_held(role, first, last) for role in roles)

        def accept(_rank: int, s: Statement) -> bool:
            for speaker in s.speakers:
                if speaker in direct:
                    return True
                roles = offices.get(speaker)
                if roles is not None and held(s, roles):
                    return True
            return False

        return _Plan(_Lazy(ranks), accept, exact=False, speakers=speakers)

    def topic(self, value: object) -> _Plan:
        ids = self.records(value, "topic", Topic, self.names.topics)
        children: dict[str, list[str]] = {}
        for t in self.topics:
            if t.parent is not None:
                children.setdefault(t.parent, []).append(t.id)
        wanted: set[str] = set()
        stack = list(ids)
        while stack:
            current = stack.pop()
            if current not in wanted:
                wanted.add(current)
                stack.extend(children.get(current, ()))
        index = self.index

        def ranks() -> Sequence[int]:
            by_topic = index.by_topic
            return _union([by_topic.get(i, ()) for i in sorted(set(ids))])

        return _Plan(_Lazy(ranks), lambda _r, s: not s.topics.isdisjoint(wanted))

    def keyed(
        self,
        value: object,
        what: str,
        cls: type,
        table: NameTable[Any],
        postings: Callable[[], Mapping[str, Sequence[int]]],
        attribute: Callable[[Statement], Iterable[str | None]],
    ) -> _Plan:
        ids = set(self.records(value, what, cls, table))

        def ranks() -> Sequence[int]:
            found = postings()
            return _union([found.get(i, ()) for i in sorted(ids)])

        return _Plan(_Lazy(ranks), lambda _r, s: any(v in ids for v in attribute(s)))

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

        def ranks() -> Sequence[int]:
            head, block = index.date_range(lo, hi)
            if not head and not include_undated:
                return block
            found = [*head, *block]
            if include_undated:
                found += range(index.undated_from, len(index.ordered))
            return found

        def estimate() -> int:
            earliest, undated = index.earliest, index.undated_from
            start = bisect_left(earliest, lo)
            found = bisect_right(earliest, hi, start) - start + len(index.long_ranks)
            return found + (len(index.ordered) - undated if include_undated else 0)

        def test(s: Statement) -> bool:
            first, last = s.earliest, s.latest
            if first is None or last is None:
                return include_undated
            return first.toordinal() <= hi and last.toordinal() >= lo

        plan = _Plan(_Lazy(ranks, estimate), lambda _r, s: test(s), test=test)
        plan.days = (lo, hi, include_undated)

        def prepare() -> None:  # the index's arrays, instead of the statement's dates
            earliest, latest, undated = index.earliest, index.latest, index.undated_from

            def accept(rank: int, _s: Statement) -> bool:
                if rank >= undated:
                    return include_undated
                return earliest[rank] <= hi and latest[rank] >= lo

            plan.accept = accept

        plan.prepare = prepare
        return plan

    def member(self, value: object, what: str, cls: type[E]) -> set[E]:
        found: set[E] = set()
        for item in _as_list(value, what):
            try:
                found.add(enum_member(cls, item))
            except ValueError as exc:
                raise InvalidQueryError(f"{what}: {exc}") from None
        return found

    def mode(self, value: object) -> _Plan:
        modes = self.member(value, "mode", Mode)
        return _Plan(None, lambda _r, s: s.mode in modes)

    def attribution(self, value: object) -> _Plan:
        kinds = self.member(value, "attribution", Attribution)
        return _Plan(None, lambda _r, s: s.attribution in kinds)

    def text(self, value: object) -> _Plan:
        if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
            pattern: re.Pattern[str] = value
            return _Plan(None, lambda _r, s: pattern.search(s.text) is not None)
        if not isinstance(value, str) or not value:
            msg = f"text: expected a non-empty string or a compiled str regex, got {value!r}"
            raise InvalidQueryError(msg)
        needle = value.casefold()
        index = self.index

        def test(s: Statement) -> bool:
            return needle in s.text.casefold()

        if "\0" in needle:
            return _Plan(None, lambda _r, s: test(s))

        def ranks() -> Sequence[int]:
            joined, starts = index.text()
            found: list[int] = []
            find = joined.find
            pos = find(needle)
            while pos != -1:
                rank = bisect_right(starts, pos) - 1
                found.append(rank)
                pos = find(needle, starts[rank + 1])
            return found

        plan = _Plan(_Lazy(ranks, lambda: len(index.ordered)), lambda _r, s: test(s), test=test)

        def prepare() -> None:  # one search over all the texts joined, not one per text
            joined, starts = index.text()

            def accept(rank: int, _s: Statement) -> bool:
                return joined.find(needle, starts[rank], starts[rank + 1] - 1) != -1

            plan.accept = accept

        plan.prepare = prepare
        return plan

    # -- evaluation -----------------------------------------------------------------

    def run(self, plans: list[_Plan]) -> tuple[Statement, ...]:
        small = self.small(plans)
        if small is not None:
            return small
        ordered = self.index.ordered
        for plan in plans:
            if plan.prepare is not None:
                plan.prepare()
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

    def small(self, plans: list[_Plan]) -> tuple[Statement, ...] | None:
        """The answer from a few candidates, before the statements are in order.

        On a new corpus, ordering every statement is most of the first query's time.
        A query with a filter that names its few candidates (speakers) takes them, in
        result order with their first and last days (kept for the next query on the
        same speakers), and tests them one by one; any other waits for the order.
        """
        index = self.index
        if index.has_order:
            return None
        driver = next((p for p in plans if p.speakers is not None), None)
        if driver is None or driver.speakers is None:
            return None
        keys = driver.speakers()
        if index.candidate_count(keys) > SMALL:
            return None
        statements, firsts, lasts = index.candidates(keys)
        days = [p.days for p in plans if p.days is not None]
        tests = [p.test for p in plans if p.days is None and (p is not driver or not p.exact)]
        found: list[Statement] = []
        for s, first, last in zip(statements, firsts, lasts, strict=True):
            if first < 0:  # undated
                if not all(undated for _lo, _hi, undated in days):
                    continue
            elif not all(first <= hi and last >= lo for lo, hi, _undated in days):
                continue
            if all(test(s) for test in tests):
                found.append(s)
        return tuple(found)


SMALL = 20_000
"""The most candidates a query tests one by one before the statements are ordered."""


def _held(role: Role, first: _dt.date, last: _dt.date) -> bool:
    if role.start is None:
        return False
    end = role.end.latest if role.end is not None else _dt.date.max
    return role.start.earliest <= last and first <= end


def run_query(
    filters: StatementFilters,
    *,
    names: Names,
    index: StatementIndex,
    articles: Sequence[Article],
    topics: Sequence[Topic],
) -> tuple[Statement, ...]:
    """The statements matching ``filters``, in result order (see ``find_statements``)."""
    q = _Query(names, index, articles, topics)
    include_undated = filters.get("include_undated", False)
    if not isinstance(include_undated, bool):
        msg = f"include_undated: expected True or False, got {include_undated!r}"
        raise InvalidQueryError(msg)
    plans: list[_Plan] = []
    speaker = filters.get("speaker")
    if speaker is not None:
        plans.append(q.speaker(speaker, include_undated))
    topic = filters.get("topic")
    if topic is not None:
        plans.append(q.topic(topic))
    keyed: list[
        tuple[str, type, Callable[[], NameTable[Any]], Any, Callable[[Statement], Iterable[Any]]]
    ]
    keyed = [
        ("article", Article, lambda: names.articles, lambda: index.by_article, _article),
        ("agreement", Agreement, lambda: names.agreements, lambda: index.by_agreement, _agreements),
        ("event", Event, lambda: names.events, lambda: index.by_event, lambda s: (s.event_id,)),
    ]
    for what, cls, table, postings, attribute in keyed:
        value = filters.get(what)
        if value is not None:
            plans.append(q.keyed(value, what, cls, table(), postings, attribute))
    since, until = filters.get("since"), filters.get("until")
    if since is not None or until is not None:
        plans.append(q.dates(since, until, include_undated))
    mode = filters.get("mode")
    if mode is not None:
        plans.append(q.mode(mode))
    attribution = filters.get("attribution")
    if attribution is not None:
        plans.append(q.attribution(attribution))
    text = filters.get("text")
    if text is not None:
        plans.append(q.text(text))
    where = filters.get("where")
    if where is not None:
        if not callable(where):
            msg = f"where: expected a function of a Statement, got {type(where).__name__}"
            raise InvalidQueryError(msg)
        user = where
        plans.append(_Plan(None, lambda _r, s: bool(user(s))))
    return q.run(plans)


def _agreements(s: Statement) -> Iterable[str]:
    return s.agreements


def _article(s: Statement) -> Iterable[str]:
    return (s.article_id,)
