"""The query engine: each filter becomes a plan of candidate ranks and a test.

The plan with the fewest candidates drives; the others test its candidates. The
entry point is :func:`run_query`; the public faces are
:meth:`asean_corpus.Corpus.find_statements` and :func:`asean_corpus.find_statements`.
"""

from __future__ import annotations

import datetime as _dt
import enum
import re
import re._constants as _sre_constants  # type: ignore[import-not-found]
import re._parser as _sre_parser  # type: ignore[import-not-found]
import threading
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence, Set
from contextlib import ExitStack, contextmanager
from operator import itemgetter
from typing import Any, TypeVar, overload

from .._text import normalize, suggest
from ..exceptions import InvalidQueryError, UnknownRecordError, shown
from ..model import (
    Actor,
    ActorKind,
    Agreement,
    Article,
    Attribution,
    Event,
    Mode,
    PartialDate,
    ReliabilityLevel,
    Statement,
    Topic,
    parse_date,
)
from ..model.dates import not_a_date
from ..model.records import enum_member
from .filters import StatementFilters, as_list, check_filters
from .index import StatementIndex
from .names import Names, NameTable

__all__ = ["REGEX_SECONDS", "run_query"]

REGEX_SECONDS = 0.25
"""How long one search of a text regex may run on one statement before the query is
stopped (it is stopped after one to two times this)."""

E = TypeVar("E", bound=enum.Enum)

_Accept = Callable[[int, Statement], bool]


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
        self.watch: _Watch | None = None  # of the text regexes' searches
        self.timed = ExitStack()  # their time limit, begun with the first of them

    # -- resolution -----------------------------------------------------------------

    def records(self, value: object, what: str, cls: type, table: NameTable[Any]) -> list[str]:
        ids: list[str] = []
        for item in as_list(value, what):
            if not isinstance(item, (str, cls)):
                msg = f"{what}: expected a {cls.__name__} or a string, got {type(item).__name__}"
                raise InvalidQueryError(msg)
            try:
                ids.append(table.resolve(item).id)
            except UnknownRecordError as exc:
                if not isinstance(item, str):
                    raise
                hint = self.elsewhere(item, what)
                if hint is None:
                    raise
                raise table.error(item, list(exc.suggestions), hint) from None
        return ids

    def elsewhere(self, query: str, what: str) -> str | None:
        """Where else ``query`` is a name (an agreement, not a topic), and how to ask for it.

        Every other kind it names is given, those with the most statements first, with
        their counts: "SCO" may be an actor that says nothing and a topic of four.
        """
        names, index = self.names, self.index
        tables: list[tuple[str, NameTable[Any], Callable[[], Mapping[str, Sequence[int]]]]] = [
            ("speaker", names.actors, lambda: index.by_speaker),
            ("topic", names.topics, lambda: index.by_topic),
            ("agreement", names.agreements, lambda: index.by_agreement),
            ("event", names.events, lambda: index.by_event),
            ("article", names.articles, lambda: index.by_article),
        ]
        found: list[tuple[int, str, str]] = []
        for other, table, postings in tables:
            if other == what:
                continue
            record = table.get(query)
            if record is not None:
                count = len(postings().get(record.id, ()))
                kind = table.kind
                article = "an" if kind[0] in "aeiou" else "a"
                found.append((count, other, f"{article} {kind} ({record.id})"))
        if found:
            found.sort(key=lambda item: -item[0])
            if len(found) == 1:
                _count, other, described = found[0]
                return (
                    f"{query!r} is {described}: use {other}={query!r}, or "
                    f"any_of=[{{{what!r}: ...}}, {{{other!r}: {query!r}}}] for either"
                )
            parts = [
                f"{described} with {count} statement{'s' if count != 1 else ''}"
                for count, _other, described in found
            ]
            uses = " or ".join(f"{other}={query!r}" for _count, other, _d in found)
            return f"{query!r} is {' and '.join(parts)}: use {uses}"
        if what == "speaker" and query in _KIND_VALUES:
            return f"{query!r} is a kind of actor: use speaker_kind={query!r}"
        return None

    def speaker(self, value: object, include_undated: bool) -> _Plan:
        names = self.names
        direct: set[str] = set()
        offices: dict[str, list[tuple[_dt.date, _dt.date]]] = {}
        for item in as_list(value, "speaker"):
            if isinstance(item, ActorKind):
                msg = (
                    f"speaker: {item} is a kind of actor, not a speaker: use "
                    f"speaker_kind={item.value!r} (or affiliation={item.value!r} for the "
                    "people and bodies affiliated with one)"
                )
                raise InvalidQueryError(msg)
            if isinstance(item, Actor):
                direct.add(names.actors.resolve(item).id)
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
                close = suggest(item, names.speaker_names())
                raise names.actors.error(item, close, self.elsewhere(item, "speaker"))
            placed = [(actor_id, names.role_days(role)) for actor_id, role in holders]
            if all(days is None for _, days in placed):
                who = ", ".join(sorted({names.actors.by_id[a].name for a, _ in placed}))
                msg = (
                    f"speaker: the corpus does not say when {who} held the office {item!r} "
                    "(the role has no dates, and no article that calls it current has a "
                    f"date), so no statement can be placed in it; ask for the speaker by "
                    f"name ({who}) instead"
                )
                raise InvalidQueryError(msg)
            for actor_id, days in placed:
                if days is not None:
                    offices.setdefault(actor_id, []).append(days)
        if not offices:
            return self.speakers_among(direct)
        ranks, speakers = self.speaker_ranks(direct | set(offices))
        published = names.published

        def held(s: Statement, spans: list[tuple[_dt.date, _dt.date]]) -> bool:
            first, last = s.earliest, s.latest
            if first is None or last is None:
                when = published.get(s.article_id)
                if when is None:
                    return include_undated
                first, last = when.earliest, when.latest
            return any(start <= last and first <= end for start, end in spans)

        def accept(_rank: int, s: Statement) -> bool:
            for speaker in s.speakers:
                if speaker in direct:
                    return True
                spans = offices.get(speaker)
                if spans is not None and held(s, spans):
                    return True
            return False

        return _Plan(ranks, accept, exact=False, speakers=speakers)

    def speaker_ranks(self, wanted: set[str]) -> tuple[_Lazy, Callable[[], tuple[str, ...]]]:
        """The ranks of the statements of ``wanted`` (actor ids), computed when needed,
        and the speakers themselves (for a query answered before the order is made)."""
        index = self.index
        keys = tuple(sorted(wanted))

        def ranks() -> Sequence[int]:
            by_speaker = index.by_speaker
            return _union([by_speaker[k] for k in keys if k in by_speaker] or [()])

        return _Lazy(ranks), lambda: keys

    def speakers_among(self, wanted: set[str]) -> _Plan:
        """Statements with any speaker in ``wanted`` (actor ids)."""
        ranks, speakers = self.speaker_ranks(wanted)
        return _Plan(ranks, lambda _r, s: not wanted.isdisjoint(s.speakers), speakers=speakers)

    def speaker_kind(self, value: object) -> _Plan:
        kinds = self.member(value, "speaker_kind", ActorKind)
        return self.speakers_among(
            {a.id for a in self.names.actors.by_id.values() if a.kind in kinds}
        )

    def affiliation(self, value: object) -> _Plan:
        names = self.names
        actors = names.actors.by_id
        targets: set[str] = set()
        for item in as_list(value, "affiliation"):
            if isinstance(item, ActorKind):
                targets |= {a.id for a in actors.values() if a.kind is item}
                continue
            if isinstance(item, Actor):
                targets.add(names.actors.resolve(item).id)
                continue
            if not isinstance(item, str):
                msg = (
                    "affiliation: expected an Actor, an ActorKind or a string, "
                    f"got {type(item).__name__}"
                )
                raise InvalidQueryError(msg)
            actor = names.actors.get(item)
            if actor is not None:
                targets.add(actor.id)
            elif item in _KIND_VALUES:
                targets |= {a.id for a in actors.values() if a.kind.value == item}
            else:
                hint = "or a kind of actor: " + ", ".join(sorted(_KIND_VALUES))
                raise names.actors.error(item, suggest(item, names.actors.display), hint)
        return self.speakers_among(affiliated(actors.values(), targets))

    def any_of(self, value: object, depth: int) -> _Plan:
        if isinstance(value, Mapping) or not isinstance(value, Iterable) or isinstance(value, str):
            msg = (
                "any_of: expected a list of filter dicts (any_of=[{'topic': 'trade'}, "
                f"{{'agreement': 'RCEP'}}]), got {type(value).__name__}"
            )
            raise InvalidQueryError(msg)
        alternatives = list(value)
        if not alternatives:
            msg = "any_of: an empty list matches nothing; pass None for no filter"
            raise InvalidQueryError(msg)
        found: set[int] = set()
        for alternative in alternatives:
            if not isinstance(alternative, Mapping):
                msg = f"any_of: each item is a dict of filters, got {type(alternative).__name__}"
                raise InvalidQueryError(msg)
            found.update(self.ranks(plans(self, check_filters(alternative), depth + 1)))
        ordered = self.index.ordered
        ids = {ordered[rank].id for rank in found}
        return _Plan(sorted(found), lambda rank, _s: rank in found, test=lambda s: s.id in ids)

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
        if what == "event":
            ids = _with_parts(ids, table.by_id.values())

        def ranks() -> Sequence[int]:
            found = postings()
            return _union([found.get(i, ()) for i in sorted(ids)])

        return _Plan(_Lazy(ranks), lambda _r, s: any(v in ids for v in attribute(s)))

    def dates(self, since: object, until: object, include_undated: bool) -> _Plan:
        index = self.index
        for name, bound in (("since", since), ("until", until)):
            if bound is not None and not isinstance(bound, (str, _dt.date, PartialDate)):
                raise InvalidQueryError(f"{name}: {not_a_date(bound)}")
        lo_date = parse_date(since).earliest if since is not None else _dt.date.min
        hi_date = parse_date(until).latest if until is not None else _dt.date.max
        if lo_date > hi_date:
            msg = f"reversed date range: since {shown(since)} is after until {shown(until)}"
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
        for item in as_list(value, what):
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

    def reliability(self, value: object) -> _Plan:
        levels = self.member(value, "reliability", ReliabilityLevel)
        ids = {a.id for a in self.articles if a.reliability.level in levels}
        index = self.index

        def ranks() -> Sequence[int]:
            found = index.by_article
            return _union([found.get(i, ()) for i in sorted(ids)])

        return _Plan(_Lazy(ranks), lambda _r, s: s.article_id in ids)

    def text(self, value: object) -> _Plan:
        if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
            pattern: re.Pattern[str] = value
            _refuse_nested_repeats(pattern)
            watch = self.watch
            if watch is None:  # the first regex, perhaps in any_of: its searches are timed
                watch = self.watch = _Watch()
                self.timed.enter_context(_time_limit(watch))
            search = pattern.search

            def matches(_r: int, s: Statement) -> bool:
                watch.searches += 1
                watch.running = pattern
                try:
                    return search(s.text) is not None
                finally:  # stopped or interrupted, the search is no longer running
                    watch.running = None

            return _Plan(None, matches)
        if not isinstance(value, str) or not value:
            msg = f"text: expected a non-empty string or a compiled str regex, got {shown(value)}"
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

    def words(self, value: object) -> _Plan:
        """Statements holding a word or phrase as whole words: ``"RCEP"`` is not found
        in "perception". Several values match any of them."""
        given = [value] if isinstance(value, str) else value
        if isinstance(given, Iterable) and not isinstance(given, bytes | bytearray | Mapping):
            given = sorted(given, key=repr) if isinstance(given, Set) else list(given)
        if (
            not isinstance(given, list)
            or not given
            or not all(isinstance(v, str) and _WORDY.search(v) and "\0" not in v for v in given)
        ):
            msg = (
                "words: expected a word or phrase (with a letter or a digit), or a list of "
                f"them, got {shown(value)}"
            )
            raise InvalidQueryError(msg)
        patterns = [re.compile(_whole(str(v).casefold())) for v in given]
        index = self.index

        def test(s: Statement) -> bool:
            folded = s.text.casefold()
            return any(p.search(folded) is not None for p in patterns)

        def ranks() -> Sequence[int]:
            joined, starts = index.text()
            found: set[int] = set()
            for pattern in patterns:  # one search each: an alternation would be slower
                hit = pattern.search(joined)
                while hit is not None:
                    rank = bisect_right(starts, hit.start()) - 1
                    found.add(rank)
                    hit = pattern.search(joined, starts[rank + 1])
            return sorted(found)

        plan = _Plan(_Lazy(ranks, lambda: len(index.ordered)), lambda _r, s: test(s), test=test)

        def prepare() -> None:
            joined, starts = index.text()

            def accept(rank: int, _s: Statement) -> bool:
                lo, hi = starts[rank], starts[rank + 1] - 1
                return any(p.search(joined, lo, hi) is not None for p in patterns)

            plan.accept = accept

        plan.prepare = prepare
        return plan

    # -- evaluation -----------------------------------------------------------------

    def ranks(self, plans: list[_Plan]) -> Sequence[int]:
        """The ranks of the statements every plan accepts, increasing."""
        ordered = self.index.ordered
        for plan in plans:
            if plan.prepare is not None:
                plan.prepare()
        indexed = [p for p in plans if p.ranks is not None]
        if not indexed:
            driver: Sequence[int] = range(len(ordered))
            checks = plans
        else:
            best = min(indexed, key=lambda p: len(p.ranks) if p.ranks is not None else 0)
            # A lazy plan's length is only an estimate: resolve it, never test its truth.
            driver = best.ranks if best.ranks is not None else ()
            if isinstance(driver, _Lazy):
                driver = driver.resolve()
            checks = [p for p in plans if p is not best or not p.exact]
        if not checks:
            return driver
        accepts = [p.accept for p in checks]
        out: list[int] = []
        for rank in driver:
            s = ordered[rank]
            for ok in accepts:
                if not ok(rank, s):
                    break
            else:
                out.append(rank)
        return out

    def run(self, plans: list[_Plan]) -> tuple[Statement, ...]:
        small = self.small(plans)
        if small is not None:
            return small
        ordered = self.index.ordered
        found = self.ranks(plans)
        if isinstance(found, range):
            return ordered[found.start : found.stop]
        if len(found) > 1:
            statements: tuple[Statement, ...] = itemgetter(*found)(ordered)
            return statements
        return tuple(ordered[r] for r in found)

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

_KIND_VALUES = frozenset(k.value for k in ActorKind)


def affiliated(actors: Iterable[Actor], targets: set[str]) -> set[str]:
    """The ids of the actors affiliated with any of ``targets`` (actor ids).

    An actor is affiliated with a target when it is the target, when the target is
    its ``country``, or when one of its roles (current or former) is at the target
    or at an organisation whose country is the target.
    """
    everyone = list(actors)
    country = {a.id: a.country for a in everyone}
    out: set[str] = set()
    for a in everyone:
        if a.id in targets or a.country in targets:
            out.add(a.id)
            continue
        for role in a.roles:
            org = role.organisation
            if org is not None and (org in targets or country.get(org) in targets):
                out.add(a.id)
                break
    return out


_MAX_DEPTH = 8  # nested any_of


def plans(q: _Query, filters: StatementFilters, depth: int = 0) -> list[_Plan]:
    """The plans of the given filters (checked names), one per filter given."""
    if depth > _MAX_DEPTH:
        msg = f"any_of: nested more than {_MAX_DEPTH} deep"
        raise InvalidQueryError(msg)
    names, index = q.names, q.index
    include_undated = filters.get("include_undated", False)
    if not isinstance(include_undated, bool):
        msg = f"include_undated: expected True or False, got {shown(include_undated)}"
        raise InvalidQueryError(msg)
    out: list[_Plan] = []
    speaker = filters.get("speaker")
    if speaker is not None:
        out.append(q.speaker(speaker, include_undated))
    speaker_kind = filters.get("speaker_kind")
    if speaker_kind is not None:
        out.append(q.speaker_kind(speaker_kind))
    affiliation = filters.get("affiliation")
    if affiliation is not None:
        out.append(q.affiliation(affiliation))
    topic = filters.get("topic")
    if topic is not None:
        out.append(q.topic(topic))
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
            out.append(q.keyed(value, what, cls, table(), postings, attribute))
    since, until = filters.get("since"), filters.get("until")
    if since is not None or until is not None:
        out.append(q.dates(since, until, include_undated))
    mode = filters.get("mode")
    if mode is not None:
        out.append(q.mode(mode))
    attribution = filters.get("attribution")
    if attribution is not None:
        out.append(q.attribution(attribution))
    reliability = filters.get("reliability")
    if reliability is not None:
        out.append(q.reliability(reliability))
    text = filters.get("text")
    if text is not None:
        out.append(q.text(text))
    words = filters.get("words")
    if words is not None:
        out.append(q.words(words))
    where = filters.get("where")
    if where is not None:
        if not callable(where):
            msg = f"where: expected a function of a Statement, got {type(where).__name__}"
            raise InvalidQueryError(msg)
        user = where
        out.append(_Plan(None, lambda _r, s: bool(user(s))))
    any_of = filters.get("any_of")
    if any_of is not None:
        out.append(q.any_of(any_of, depth))
    return out


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
    try:
        # A regex is searched while the plans are made (in any_of) and when they run:
        # its time limit, begun by the first regex planned, lasts until both are done.
        with q.timed:
            return q.run(plans(q, filters))
    except _TooLong:
        pattern = q.watch.stopped if q.watch is not None else None
        msg = (
            f"text: the regex {shown(getattr(pattern, 'pattern', pattern))} ran for more than "
            f"{REGEX_SECONDS} s on one statement and was stopped; it backtracks too much "
            "(alternatives or repeats that can match the same text: (a|aa)*, (\\s*)*)"
        )
        raise InvalidQueryError(msg) from None


_SAME_MARKS = {
    **dict.fromkeys("'\u2018\u2019", "['\u2018\u2019]"),
    **dict.fromkeys("-\u2010\u2011\u2013\u2014", "[-\u2010\u2011\u2013\u2014]"),
}
"""Apostrophes and dashes a text may print either way ("ASEAN's" and "ASEAN\u2019s")."""


def _same(ch: str) -> str:
    """The regex of one character of a phrase: itself, or any of its typographic forms."""
    return _SAME_MARKS.get(ch) or re.escape(ch)


_WORDY = re.compile(r"\w")
"""What a word or phrase of ``words=`` must hold: a letter, a digit or an underscore."""


def _with_parts(ids: set[str], events: Iterable[Any]) -> set[str]:
    """``ids`` and every event that is part of one of them, however deep: a summit and
    the interviews and meetings held at it."""
    parent = {e.id: e.part_of for e in events}
    out = set(ids)
    for event_id in parent:
        seen: set[str] = set()
        current: str | None = event_id
        while current is not None and current not in out and current not in seen:
            seen.add(current)
            current = parent.get(current)
        if current is not None and current in out:
            out |= seen
    return out


def _whole(phrase: str) -> str:
    """A regex of ``phrase`` that a word character may not touch on either side (where
    the phrase itself begins or ends with one); runs of spaces match any whitespace, an
    apostrophe or a dash any of its typographic forms.

    The check before the phrase follows its first character (``r(?<!\\w.)cep``), so that
    the regex begins with a literal, which ``re`` looks for many times faster.
    """
    body = r"\s+".join("".join(_same(ch) for ch in part) for part in phrase.split())
    if re.match(r"\w", body):
        body = body[0] + r"(?<!\w.)" + body[1:]
    after = r"(?!\w)" if re.search(r"\w$", phrase.rstrip()) else ""
    return body + after


# -- text regexes: refused when they nest repeats, stopped when they run too long ------------


class _Watch:
    """How many searches the text regexes of a query have begun, and the one running."""

    def __init__(self) -> None:
        self.searches = 0
        self.running: re.Pattern[str] | None = None  # only while a search runs
        self.stopped: re.Pattern[str] | None = None  # the one the time limit stopped


class _TooLong(Exception):
    """Raised from the timer's signal handler into the regex search it interrupts."""


_REPEATS = {_sre_constants.MAX_REPEAT, _sre_constants.MIN_REPEAT}


def _unbounded_inside(items: Any) -> bool:
    """Whether a parsed regex (or part) holds a repeat with no upper bound."""
    for op, av in items:
        if op in _REPEATS and av[1] == _sre_constants.MAXREPEAT:
            return True
        if any(_unbounded_inside(part) for part in _parts(op, av)):
            return True
    return False


def _parts(op: Any, av: Any) -> list[Any]:
    """The sub-patterns of one parsed regex item (groups, alternatives, lookarounds)."""
    c = _sre_constants
    if op in _REPEATS:
        return [av[2]]
    if op is c.SUBPATTERN:
        return [av[3]]
    if op is c.BRANCH:
        return list(av[1])
    if op in (c.ASSERT, c.ASSERT_NOT):
        return [av[1]]
    if op is c.GROUPREF_EXISTS:
        return [p for p in av[1:] if p is not None]
    return []  # atomic groups and possessive repeats do not backtrack


def _nested(items: Any) -> bool:
    """Whether a repeat holds another repeat with no upper bound: ``(a+)+``, ``(\\w+\\s?)*``."""
    for op, av in items:
        if op in _REPEATS and av[1] > 1 and _unbounded_inside(av[2]):
            return True
        if any(_nested(part) for part in _parts(op, av)):
            return True
    return False


def _refuse_nested_repeats(pattern: re.Pattern[str]) -> None:
    try:
        parsed = _sre_parser.parse(pattern.pattern, pattern.flags)
    except re.error:  # pragma: no cover - it compiled already
        return
    if _nested(parsed):
        msg = (
            f"text: the regex {shown(pattern.pattern)} repeats a group that holds an unbounded "
            "repeat (as (a+)+ or (\\w+\\s?)*); Python's re can take exponential time on it. "
            "Write the inner repeat once: (\\w+\\s?)* matches what [\\w\\s]* does"
        )
        raise InvalidQueryError(msg)


@contextmanager
def _time_limit(watch: _Watch) -> Iterator[None]:
    """Stop a regex search that runs longer than :data:`REGEX_SECONDS` on one statement.

    A timer signal every :data:`REGEX_SECONDS` checks that a search is running and that
    it is the one that was running at the last signal; the regex engine sees signals
    while it runs, so the handler's exception ends the search. Code between searches
    (a ``where`` function) is never stopped. Signals reach only the main thread, and a
    timer already set by someone else is left alone: elsewhere the nested-repeat check
    is the only guard.
    """
    import signal  # only a regex search is timed

    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable or signal.getitimer(signal.ITIMER_REAL)[0] > 0:
        yield
        return
    seen = [-1]

    def tick(_signum: int, _frame: object) -> None:
        # Only a search that is still the one running at the last tick is stopped: a
        # slow ``where`` function, say, between two searches is not a regex's doing.
        if watch.running is not None and watch.searches == seen[0]:
            watch.stopped = watch.running
            raise _TooLong
        seen[0] = watch.searches

    previous = signal.signal(signal.SIGALRM, tick)
    signal.setitimer(signal.ITIMER_REAL, REGEX_SECONDS, REGEX_SECONDS)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _agreements(s: Statement) -> Iterable[str]:
    return s.agreements


def _article(s: Statement) -> Iterable[str]:
    return (s.article_id,)
