"""The statement index: postings in result order, built once, part by part, on first use."""

from __future__ import annotations

import threading
from array import array
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from itertools import compress, count, repeat
from operator import attrgetter, is_not, itemgetter
from typing import Any

from .._gc import paused
from ..model import Article, Statement, Topic

__all__ = ["SHORT_DAYS", "StatementIndex", "sort_key"]

SHORT_DAYS = 31
"""Statement intervals longer than this (a year, a long range) are also listed apart."""


def sort_key(statement: Statement, article_rank: dict[str, int]) -> tuple[object, ...]:
    """Result order: dated before undated, by date, then article order, then position."""
    said = statement.said_on
    return (
        said is None,
        (said.year, said.month or 0, said.day or 0) if said else (0, 0, 0),
        article_rank.get(statement.article_id, 0),
        statement.span.start,
        statement.id,
    )


class StatementIndex:
    """Postings over statements in result order, so a query costs about its answer size.

    ``ordered`` holds the statements sorted by :func:`sort_key`; every posting list
    holds ranks (positions in ``ordered``) in increasing order.
    """

    def __init__(
        self,
        statements: Sequence[Statement],
        articles: Sequence[Article],
        topics: Sequence[Topic],
        *,
        vectorised: bool | None = None,
    ) -> None:
        self.statements = statements
        self._articles = articles
        self._topics = topics
        self._vectorised = vectorised
        self._lock = threading.RLock()  # a part may need another (postings need the order)
        self._parts: dict[str, Any] = {}
        self._folded: list[str] | None = None
        self._text: tuple[str, array[int]] | None = None

    @property
    def ordered(self) -> tuple[Statement, ...]:
        """The statements in result order (made on the first query that needs it)."""
        found: tuple[Statement, ...] = self._part("ordered", self._order)
        return found

    @property
    def has_order(self) -> bool:
        """Whether the statements have been put in order yet."""
        return "ordered" in self._parts

    @property
    def article_rank(self) -> dict[str, int]:
        """The position of each article in the corpus, by id (for :func:`sort_key`)."""
        found: dict[str, int] = self._part(
            "article_rank", lambda: {a.id: i for i, a in enumerate(self._articles)}
        )
        return found

    @property
    def speaker_positions(self) -> dict[str, array[int]]:
        """Positions in the corpus (not ranks) of each speaker's statements, in one pass."""

        def build() -> dict[str, array[int]]:
            # In Python: importing numpy would cost a first query more than it saves.
            grouped: defaultdict[str, array[int]] = defaultdict(_postings)
            for i, speaker in enumerate(map(_SPEAKER, self.statements)):
                grouped[speaker].append(i)
            table = dict(grouped)
            co_speakers = list(map(_CO_SPEAKERS, self.statements))
            touched: set[str] = set()
            for i in compress(range(len(co_speakers)), co_speakers):
                for other in co_speakers[i]:
                    table.setdefault(other, _postings()).append(i)
                    touched.add(other)
            for key in touched:
                table[key] = array("l", sorted(set(table[key])))
            return table

        found: dict[str, array[int]] = self._part("speaker_positions", build)
        return found

    def speakers_positions(self, speakers: tuple[str, ...]) -> list[int]:
        """Positions in the corpus of the statements of any of ``speakers``, increasing.

        The first set of speakers asked for is found by one scan of the speaker ids,
        which runs in C; from the second on, every speaker's positions are filed at
        once (:attr:`speaker_positions`) and looked up.
        """
        table = self._parts.get("speaker_positions")
        if table is None:
            scanned: dict[tuple[str, ...], list[int]] = self._part("scanned", dict)
            found = scanned.get(speakers)
            if found is not None:
                return found
            if not scanned:
                wanted = frozenset(speakers)
                statements = self.statements
                found = list(compress(count(), map(wanted.__contains__, map(_SPEAKER, statements))))
                joint = compress(count(), map(_CO_SPEAKERS, statements))
                more = [i for i in joint if not wanted.isdisjoint(statements[i].co_speakers)]
                if more:
                    found = sorted(set(found).union(more))
                scanned[speakers] = found
                return found
            table = self.speaker_positions
        return sorted(set().union(*(table.get(k, ()) for k in speakers)))

    def candidate_count(self, speakers: tuple[str, ...]) -> int:
        """How many statements the speakers have."""
        return len(self.speakers_positions(speakers))

    def candidates(
        self, speakers: tuple[str, ...]
    ) -> tuple[tuple[Statement, ...], array[int], array[int]]:
        """The speakers' statements in result order, with their first and last days.

        Days are ordinals, -1 for an undated statement. Kept for the next query on the
        same speakers; it is what the ordered index would give them, without ordering
        every statement.
        """
        cache: dict[tuple[str, ...], Any] = self._part("candidates", dict)
        found = cache.get(speakers)
        if found is None:
            positions = self.speakers_positions(speakers)
            rank_of = self.article_rank
            statements = tuple(
                sorted(
                    map(self.statements.__getitem__, positions), key=lambda s: sort_key(s, rank_of)
                )
            )
            firsts, lasts = array("l"), array("l")
            for s in statements:
                first, last = s.earliest, s.latest
                firsts.append(-1 if first is None else first.toordinal())
                lasts.append(-1 if last is None else last.toordinal())
            found = cache[speakers] = (statements, firsts, lasts)
            if len(cache) > 1024:  # a bounded memory of recent speakers
                del cache[next(iter(cache))]
        return found

    def _order(self) -> tuple[Statement, ...]:
        statements, articles = self.statements, self._articles
        wanted = self._vectorised
        if wanted is None:  # numpy pays for its import only on a large corpus
            wanted = len(statements) >= VECTORISE_FROM
        numpy = _numpy() if wanted else None
        if self._vectorised and numpy is None:  # pragma: no cover - numpy asked for, missing
            raise ImportError("numpy")
        if numpy is not None:
            return self._build_vectorised(numpy, statements, articles)
        n = len(statements)
        article_rank = {a.id: i for i, a in enumerate(articles)}
        # The order of sort_key, as one integer per statement (ties broken by id): a
        # million tuples of tuples compare several times slower than integers.
        width = max(len(articles), 1)
        reach = max((s.span.start for s in statements), default=0) + 1
        whens = [
            10**8
            if (said := s.said_on) is None
            else said.year * 10_000 + (said.month or 0) * 100 + (said.day or 0)
            for s in statements
        ]
        keys = [
            ((when * width + article_rank.get(s.article_id, 0)) * reach + s.span.start, s.id)
            for when, s in zip(whens, statements, strict=True)
        ]
        order = sorted(range(n), key=keys.__getitem__)
        return tuple(statements[i] for i in order)

    def _build_vectorised(
        self, np: Any, statements: Sequence[Statement], articles: Sequence[Article]
    ) -> tuple[Statement, ...]:
        """The order, the date arrays and the speakers' codes, with numpy.

        Each field is read from every statement in one pass that runs in C; the keys,
        the sort and the day numbers are whole-array operations. The result is the
        pure-Python build's, tie-break by id included.
        """
        n = len(statements)
        if n == 0:
            return ()
        said = list(map(_SAID_ON, statements))
        dated = np.fromiter(map(is_not, said, repeat(None)), dtype=bool, count=n)
        days = list(compress(said, dated))
        year = np.zeros(n, dtype=np.int64)
        month = np.zeros(n, dtype=np.int64)
        day = np.zeros(n, dtype=np.int64)
        if days:  # a missing month or day is NaN as a float, then 0
            year[dated] = np.fromiter(map(_YEAR, days), dtype=np.int64, count=len(days))
            for column, get in ((month, _MONTH), (day, _DAY)):
                values = np.array(list(map(get, days)), dtype=float)
                column[dated] = np.nan_to_num(values).astype(np.int64)
        when = np.where(dated, year * 10_000 + month * 100 + day, 10**8)
        rank_of = {a.id: i for i, a in enumerate(articles)}
        article = np.fromiter(
            map(rank_of.get, map(_ARTICLE, statements), repeat(0)), dtype=np.int64, count=n
        )
        start = np.fromiter(map(_START, map(_SPAN, statements)), dtype=np.int64, count=n)
        order = _sort(np, when, article, start)
        same = (np.diff(when[order]) == 0) & (np.diff(article[order]) == 0)
        same &= np.diff(start[order]) == 0
        if same.any():  # statements at one date, article and position: by id
            order = order.tolist()
            i = 0
            while i < n - 1:
                j = i
                while j < n - 1 and same[j]:
                    j += 1
                if j > i:
                    order[i : j + 1] = sorted(order[i : j + 1], key=lambda k: statements[k].id)
                i = j + 1
            order = np.array(order, dtype=np.int64)
        ordered: tuple[Statement, ...] = (
            tuple(itemgetter(*order.tolist())(statements)) if n > 1 else (statements[0],)
        )
        # The date arrays, as _dates builds them, from the same fields.
        first = _ordinals(np, year, np.maximum(month, 1), np.maximum(day, 1))
        last_month = np.where(month == 0, 12, month)
        last_day = np.where(day == 0, _month_lengths(np, year, last_month), day)
        last = _ordinals(np, year, last_month, last_day)
        untils = list(map(_SAID_UNTIL, statements))
        for i, until in enumerate(untils):
            if until is not None:
                last[i] = until.latest.toordinal()
        dated_order = dated[order]
        undated_from = int(np.argmin(dated_order)) if not dated_order.all() else n
        first, last = first[order][:undated_from], last[order][:undated_from]
        length = last - first
        long_ranks = np.flatnonzero(length > SHORT_DAYS)
        max_days = int(length[long_ranks].max()) if len(long_ranks) else 0
        self._parts["dates"] = (
            _array(first),
            _array(last),
            _array(long_ranks),
            undated_from,
            max_days,
        )
        self._rank_order = order
        return ordered

    # Each posting table and the date arrays are built on the first query that needs
    # them: at a million statements each costs a pass over every statement, and most
    # sessions ask only some kinds of question.

    def _part(self, name: str, build: Callable[[], Any]) -> Any:
        found = self._parts.get(name)
        if found is None:
            with self._lock:
                found = self._parts.get(name)
                if found is None:
                    with paused():
                        found = self._parts[name] = build()
        return found

    def _post(self, keys: Callable[[Statement], Iterable[str]]) -> dict[str, array[int]]:
        table: defaultdict[str, array[int]] = defaultdict(_postings)
        for rank, s in enumerate(self.ordered):
            for key in keys(s):
                table[key].append(rank)
        return dict(table)

    def _post_one(self, key: Callable[[Statement], str | None]) -> dict[str, array[int]]:
        """Postings for a field with at most one value per statement (no tuple per record)."""
        table: defaultdict[str, array[int]] = defaultdict(_postings)
        for rank, s in enumerate(self.ordered):
            value = key(s)
            if value is not None:
                table[value].append(rank)
        return dict(table)

    @property
    def by_speaker(self) -> dict[str, array[int]]:
        """Ranks of each speaker's statements, joint statements under each of their speakers."""

        def build() -> dict[str, array[int]]:
            np = _numpy() if hasattr(self, "_rank_order") else None
            if np is not None:
                table = _grouped(np, list(map(_SPEAKER, self.ordered)))
            else:
                table = self._post_one(attrgetter("speaker_id"))
            joint = [(rank, s.co_speakers) for rank, s in enumerate(self.ordered) if s.co_speakers]
            touched: set[str] = set()
            for rank, others in joint:
                for other in others:
                    table.setdefault(other, _postings()).append(rank)
                    touched.add(other)
            for key in touched:
                table[key] = array("l", sorted(set(table[key])))
            return table

        found: dict[str, array[int]] = self._part("by_speaker", build)
        return found

    @property
    def by_article(self) -> dict[str, array[int]]:
        """Ranks of each article's statements."""
        found: dict[str, array[int]] = self._part(
            "by_article", lambda: self._post_one(attrgetter("article_id"))
        )
        return found

    @property
    def by_event(self) -> dict[str, array[int]]:
        """Ranks of the statements made at each event."""
        found: dict[str, array[int]] = self._part(
            "by_event", lambda: self._post_one(attrgetter("event_id"))
        )
        return found

    @property
    def by_agreement(self) -> dict[str, array[int]]:
        """Ranks of the statements that mention each agreement."""
        found: dict[str, array[int]] = self._part(
            "by_agreement", lambda: self._post(lambda s: s.agreements)
        )
        return found

    @property
    def by_topic(self) -> dict[str, array[int]]:
        """Ranks of the statements on each topic or on any narrower one."""

        def build() -> dict[str, array[int]]:
            ancestors = self._ancestors(self._topics)
            closures: dict[frozenset[str], frozenset[str]] = {}
            table: defaultdict[str, array[int]] = defaultdict(_postings)
            for rank, s in enumerate(self.ordered):
                touched = closures.get(s.topics)
                if touched is None:
                    found: set[str] = set()
                    for topic in s.topics:
                        found.update(ancestors.get(topic, (topic,)))
                    touched = closures[s.topics] = frozenset(found)
                for topic in touched:
                    table[topic].append(rank)
            return dict(table)

        found: dict[str, array[int]] = self._part("by_topic", build)
        return found

    def _dates(self) -> tuple[array[int], array[int], array[int], int, int]:
        def build() -> tuple[array[int], array[int], array[int], int, int]:
            ordered = self.ordered
            n = len(ordered)
            bounds: dict[int, tuple[int, int]] = {}
            long_ranks, earliest, latest = array("l"), array("l"), array("l")
            undated_from = n
            max_days = 0
            for rank, s in enumerate(ordered):
                said = s.said_on
                if said is None:
                    undated_from = rank
                    break
                when = said.year * 10_000 + (said.month or 0) * 100 + (said.day or 0)
                days = bounds.get(when)
                if days is None:
                    days = bounds[when] = (said.earliest.toordinal(), said.latest.toordinal())
                first = days[0]
                until = s.said_until
                last = days[1] if until is None else until.latest.toordinal()
                earliest.append(first)
                latest.append(last)
                if last - first > SHORT_DAYS:
                    long_ranks.append(rank)
                    if last - first > max_days:
                        max_days = last - first
            return earliest, latest, long_ranks, undated_from, max_days

        found: tuple[array[int], array[int], array[int], int, int] = self._part("dates", build)
        return found

    @property
    def earliest(self) -> array[int]:
        """First day (ordinal) of each dated statement, by rank: non-decreasing."""
        return self._dates()[0]

    @property
    def latest(self) -> array[int]:
        """Last day (ordinal) of each dated statement, by rank."""
        return self._dates()[1]

    @property
    def long_ranks(self) -> array[int]:
        """Ranks of the statements whose interval is longer than ``SHORT_DAYS``."""
        return self._dates()[2]

    @property
    def undated_from(self) -> int:
        """The rank of the first undated statement (they come last)."""
        return self._dates()[3]

    @property
    def max_days(self) -> int:
        """The longest interval of a long statement, in days (0 if none)."""
        return self._dates()[4]

    @staticmethod
    def _ancestors(topics: Sequence[Topic]) -> dict[str, tuple[str, ...]]:
        parent = {t.id: t.parent for t in topics}
        out: dict[str, tuple[str, ...]] = {}
        for topic in topics:
            chain = [topic.id]
            current = topic.parent
            while current is not None and current not in chain:
                chain.append(current)
                current = parent.get(current)
            out[topic.id] = tuple(chain)
        return out

    def folded(self) -> list[str]:
        """Case-folded statement texts, in rank order (built on the first text query)."""
        if self._folded is None:
            self._folded = [s.text.casefold() for s in self.ordered]
        return self._folded

    def text(self) -> tuple[str, array[int]]:
        """All case-folded texts in rank order, joined by NUL, and where each one starts.

        One string lets a substring search run at the speed of ``str.find`` over the
        whole corpus instead of one Python test per statement.
        """
        if self._text is None:
            starts = array("l")
            offset = 0
            for text in self.folded():
                starts.append(offset)
                offset += len(text) + 1
            starts.append(offset)
            self._text = ("\0".join(self.folded()) + "\0", starts)
        return self._text

    def date_range(self, lo: int, hi: int) -> tuple[array[int], range]:
        """Ranks of dated statements whose interval overlaps ``[lo, hi]`` (ordinals).

        Returns the few ranks that start before ``lo`` but reach into the range, and
        the contiguous block of ranks that start inside it. Only the ranks of the last
        ``SHORT_DAYS`` before ``lo`` are scanned one by one; those starting earlier can
        reach ``lo`` only if their interval is long, and are looked up among the long
        ones.
        """
        earliest, latest, long_ranks = self.earliest, self.latest, self.long_ranks
        start = bisect_left(earliest, lo)
        stop = bisect_right(earliest, hi)
        near = bisect_left(earliest, lo - SHORT_DAYS, 0, start)
        reach = bisect_left(earliest, lo - self.max_days, 0, near)
        first = bisect_left(long_ranks, reach)
        last = bisect_left(long_ranks, near, first)
        head = array("l", (r for r in long_ranks[first:last] if latest[r] >= lo))
        head.extend(r for r in range(near, start) if latest[r] >= lo)
        return head, range(start, max(start, stop))


def _postings() -> array[int]:
    return array("l")


_SAID_ON = attrgetter("said_on")
_SAID_UNTIL = attrgetter("said_until")
_YEAR = attrgetter("year")
_MONTH = attrgetter("month")
_DAY = attrgetter("day")
_ARTICLE = attrgetter("article_id")
_SPAN = attrgetter("span")
_START = attrgetter("start")
_SPEAKER = attrgetter("speaker_id")
_CO_SPEAKERS = attrgetter("co_speakers")
_ORDINAL_1970 = 719_163
"""``date(1970, 1, 1).toordinal()``: numpy counts days from 1970, ``date`` from year 1."""


def _numpy() -> Any:
    """numpy, where it is installed (it is not a dependency of the base install)."""
    if not VECTORISED:
        return None
    try:
        import numpy
    except ImportError:  # pragma: no cover - the base install
        return None
    return numpy


VECTORISED = True
"""Whether indexes are built with numpy when it is installed (tests turn it off)."""

VECTORISE_FROM = 50_000
"""The fewest statements for which the order is made with numpy (when it is installed)."""


def _sort(np: Any, when: Any, article: Any, start: Any) -> Any:
    """Positions in order of (when, article, start); of equal ones, the earlier first."""
    # One integer key sorts several times faster than three, when the three fit in it:
    # dates are numbered among the distinct ones first.
    distinct, when = np.unique(when, return_inverse=True)
    sizes = (len(distinct), int(article.max()) + 1, int(start.max()) + 1)
    if sizes[0] * sizes[1] * sizes[2] < 2**62:
        key = (when.astype(np.int64) * sizes[1] + article) * sizes[2] + start
        return np.argsort(key, kind="stable")
    return np.lexsort((start, article, when))  # pragma: no cover - a gigantic corpus


def _ordinals(np: Any, year: Any, month: Any, day: Any) -> Any:
    """``date(year, month, day).toordinal()`` of whole arrays (years 1-9999)."""
    months = (year - 1970) * 12 + (month - 1)
    first = months.astype("datetime64[M]").astype("datetime64[D]").astype(np.int64)
    return first + (day - 1) + _ORDINAL_1970


def _month_lengths(np: Any, year: Any, month: Any) -> Any:
    months = (year - 1970) * 12 + (month - 1)
    start = months.astype("datetime64[M]")
    return ((start + 1).astype("datetime64[D]") - start.astype("datetime64[D]")).astype(np.int64)


def _array(values: Any) -> array[int]:
    out = array("l")
    out.frombytes(values.astype("int" + str(8 * out.itemsize)).tobytes())
    return out


def _grouped(np: Any, keys: list[str]) -> dict[str, array[int]]:
    """The ranks of each distinct key of ``keys`` (one key per rank), in increasing order."""
    codes: dict[str, int] = {}
    coded = np.fromiter(map(codes.setdefault, keys, count()), dtype=np.int64, count=len(keys))
    order = np.argsort(coded, kind="stable")
    bounds = np.flatnonzero(np.diff(coded[order])) + 1
    groups = np.split(order, bounds)
    names = [keys[g[0]] for g in groups]
    return {name: _array(group) for name, group in zip(names, groups, strict=True)}
