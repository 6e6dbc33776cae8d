"""Properties over generated data: round trips, date order, and queries against an oracle.

The oracle answers ``find_statements`` by brute force over every statement, following
the rules written in :meth:`Corpus.find_statements`'s docstring, so the indexes are
checked to be an optimisation and never a change of answer. It uses none of the
library's helpers (name keys, a date's first and last days, the result order): those
rules are written again in :mod:`tests._rules`, so a mistake in a helper is not copied
into the expected answer.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st
from tests._rules import first_day, fold, interval, iso, known_parts, last_day, result_order
from tests.strategies import (
    RECORD_TYPES,
    Query,
    corpora,
    corpora_and_queries,
    nested_records,
    partial_dates,
    queries,
    records_of,
    typed_names,
)

import asean_corpus as ac
from asean_corpus import (
    ActorKind,
    ArticleEvidence,
    Corpus,
    Evidence,
    InvalidDateError,
    InvalidQueryError,
    Mode,
    PartialDate,
    ReferenceEvidence,
    Role,
    Statement,
)
from asean_corpus.io.converter import get_converter
from asean_corpus.io.jsonfile import dumps, loads

# Hypothesis suites: run in CI and by `pytest -m slow`, not in the quick loop.
pytestmark = pytest.mark.slow

# -- the oracle ------------------------------------------------------------------------


def _items(value: object) -> list[Any]:
    """A single query value, or each value of a list or tuple."""
    return list(value) if isinstance(value, (list, tuple)) else [value]


def _same(a: str, b: str) -> bool:
    """Names match case- and accent-insensitively, any run of punctuation as one space."""
    return fold(a) == fold(b)


def _resolve(records: Iterable[Any], query: object, names: Callable[[Any], Iterable[str]]) -> Any:
    """The record a query names: itself, its exact id, one of its names, or its id."""
    records = list(records)
    if not isinstance(query, str):
        return query
    for record in records:
        if record.id == query:
            return record
    for record in records:
        if any(_same(name, query) for name in names(record)):
            return record
    for record in records:
        if _same(record.id, query):
            return record
    return None


def _office_holders(corpus: Corpus, office: str) -> list[tuple[str, Role]]:
    """Every (actor id, role) whose office goes by the name ``office``."""
    orgs = {a.id: a for a in corpus.actors}
    out = []
    for actor in corpus.actors:
        for role in actor.roles:
            org = orgs.get(role.organisation or "")
            if org is None:
                continue
            for org_name in (org.name, *org.aliases):
                forms = (
                    f"{org_name} {role.title}",
                    f"{role.title} of {org_name}",
                    f"{role.title} of the {org_name}",
                )
                if any(_same(form, office) for form in forms):
                    out.append((actor.id, role))
                    break
    return out


def _interval(s: Statement, corpus: Corpus) -> tuple[dt.date, dt.date] | None:
    """The days a statement may have been made on; an undated one takes its article's."""
    days = interval(s)
    if days is not None:
        return days
    article = next(a for a in corpus.articles if a.id == s.article_id)
    if article.published is None:
        return None
    return first_day(article.published), last_day(article.published)


def _role_days(corpus: Corpus, role: Role) -> tuple[dt.date, dt.date] | None:
    """The days a role was held, by the documented rule: from its start to its end; for
    a current role with neither, the publication days of the articles attesting it."""
    if role.start is not None:
        return first_day(role.start), dt.date.max if role.end is None else last_day(role.end)
    if role.end is not None or not role.current:
        return None
    cited = {e.article_id for e in role.evidence if isinstance(e, ArticleEvidence)}
    dates = [a.published for a in corpus.articles if a.id in cited and a.published is not None]
    if not dates:
        return None
    return min(first_day(d) for d in dates), max(last_day(d) for d in dates)


def _ancestors(corpus: Corpus, topic_id: str) -> set[str]:
    """The topic and every broader topic above it."""
    parent = {t.id: t.parent for t in corpus.topics}
    out: set[str] = set()
    current: str | None = topic_id
    while current is not None and current not in out:
        out.add(current)
        current = parent.get(current)
    return out


def oracle(corpus: Corpus, query: Query) -> tuple[Statement, ...]:
    """``find_statements`` by brute force, from its documented rules."""
    args = query.kwargs
    include_undated: bool = args.get("include_undated", False)
    tests: list[Callable[[Statement], bool]] = []

    if "speaker" in args:
        direct: set[str] = set()
        offices: list[tuple[str, Role]] = []
        for item in _items(args["speaker"]):
            actor = _resolve(corpus.actors, item, lambda a: (a.name, *a.aliases))
            if actor is not None:
                direct.add(actor.id)
            else:
                holders = _office_holders(corpus, item)
                if holders and all(_role_days(corpus, r) is None for _, r in holders):
                    raise InvalidQueryError("does not say when")
                offices += holders

        def by_speaker(s: Statement) -> bool:
            # A joint statement matches any of its speakers.
            return any(by_one_speaker(s, speaker) for speaker in (s.speaker_id, *s.co_speakers))

        def by_one_speaker(s: Statement, speaker: str) -> bool:
            if speaker in direct:
                return True
            spans = [d for a, r in offices if a == speaker and (d := _role_days(corpus, r))]
            if not spans:
                return False
            when = _interval(s, corpus)
            if when is None:
                return include_undated
            return any(start <= when[1] and when[0] <= end for start, end in spans)

        tests.append(by_speaker)

    if "topic" in args:
        wanted = {
            _resolve(corpus.topics, item, lambda t: (t.label,)).id for item in _items(args["topic"])
        }
        tests.append(
            lambda s: any(wanted & _ancestors(corpus, topic) for topic in s.topics),
        )

    keyed: list[tuple[str, Iterable[Any], Callable[[Any], Iterable[str]], Any]] = [
        ("article", corpus.articles, lambda a: (a.title,), lambda s: {s.article_id}),
        ("agreement", corpus.agreements, lambda a: (a.name, *a.aliases), lambda s: s.agreements),
        ("event", corpus.events, lambda e: (e.name, *e.aliases), lambda s: {s.event_id}),
    ]
    for key, records, names, values in keyed:
        if key in args:
            ids = {_resolve(records, item, names).id for item in _items(args[key])}
            if key == "event":  # an event takes in the events that are part of it
                ids = {e.id for e in corpus.events if _within_event(corpus, e.id, ids)}
            tests.append(lambda s, ids=ids, values=values: bool(ids & set(values(s))))

    if query.since is not None or query.until is not None:
        lo = first_day(query.since.means) if query.since is not None else dt.date.min
        hi = last_day(query.until.means) if query.until is not None else dt.date.max
        if lo > hi:
            raise InvalidQueryError("reversed date range")

        def by_date(s: Statement) -> bool:
            days = interval(s)
            if days is None:
                return include_undated
            return days[0] <= hi and days[1] >= lo

        tests.append(by_date)

    if "text" in args:
        text = args["text"]
        if isinstance(text, re.Pattern):
            tests.append(lambda s: text.search(s.text) is not None)
        else:
            tests.append(lambda s: text.casefold() in s.text.casefold())

    if "words" in args:
        given = args["words"]
        phrases = [given] if isinstance(given, str) else given
        tests.append(lambda s: any(_holds_whole(s.text, p) for p in phrases))

    if "mode" in args:
        modes = {m if isinstance(m, Mode) else Mode(m) for m in _items(args["mode"])}
        tests.append(lambda s: s.mode in modes)

    if "where" in args:
        tests.append(args["where"])

    if "speaker_kind" in args:
        kinds = {ActorKind(k) for k in _items(args["speaker_kind"])}
        kind_of = {a.id: a.kind for a in corpus.actors}
        tests.append(lambda s: any(kind_of[x] in kinds for x in (s.speaker_id, *s.co_speakers)))

    if "affiliation" in args:
        targets: set[str] = set()
        for item in _items(args["affiliation"]):
            if isinstance(item, ActorKind):
                targets |= {a.id for a in corpus.actors if a.kind is item}
            else:
                targets.add(_resolve(corpus.actors, item, lambda a: (a.name, *a.aliases)).id)
        country = {a.id: a.country for a in corpus.actors}
        members = {
            a.id
            for a in corpus.actors
            if a.id in targets
            or a.country in targets
            or any(
                r.organisation in targets or country.get(r.organisation or "") in targets
                for r in a.roles
                if r.organisation is not None
            )
        }
        tests.append(lambda s: any(x in members for x in (s.speaker_id, *s.co_speakers)))

    if "any_of" in args:
        either: set[str] = set()
        for alternative in args["any_of"]:
            either |= {s.id for s in oracle(corpus, Query(kwargs=alternative))}
        tests.append(lambda s: s.id in either)

    found = [s for s in corpus.statements if all(test(s) for test in tests)]
    return tuple(sorted(found, key=result_order(_article_ranks(corpus))))


def _article_ranks(corpus: Corpus) -> dict[str, int]:
    """Each article's position in the corpus."""
    return {a.id: i for i, a in enumerate(corpus.articles)}


# -- properties ------------------------------------------------------------------------


class TestConverterRoundTrip:
    @given(corpus=corpora(full=True))
    def test_every_record_type(self, corpus: Corpus) -> None:
        """Every record, nested ones included, survives unstructure, JSON and structure."""
        conv = get_converter()
        found = nested_records(corpus)
        assert set(RECORD_TYPES) == set(found)
        for cls, records in found.items():
            for record in records:
                raw = json.loads(json.dumps(conv.unstructure(record, cls)))
                assert record == conv.structure(raw, cls)

    @given(record=records_of(ArticleEvidence) | records_of(ReferenceEvidence))
    def test_evidence_union(self, record: Evidence) -> None:
        """Either kind of evidence comes back as the same kind through the Evidence union."""
        conv = get_converter()
        raw = json.loads(json.dumps(conv.unstructure(record, Evidence)))
        assert record == conv.structure(raw, Evidence)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("saved")


class TestSaveLoadRoundTrip:
    @given(corpus=corpora())
    def test_save_then_load(self, folder: Path, corpus: Corpus) -> None:
        """A saved corpus loads back equal, table by table, in the same order."""
        path = folder / "corpus.json"
        corpus.save(path)
        loaded = ac.load(path)
        assert corpus == loaded
        assert [s.id for s in corpus.statements] == [s.id for s in loaded.statements]

    @given(corpus=corpora())
    def test_text_form_is_stable(self, corpus: Corpus) -> None:
        """Writing a loaded corpus again gives the same text, byte for byte."""
        text = dumps(corpus)
        assert text == dumps(loads(text))


class TestPartialDateProperties:
    @given(date=partial_dates())
    def test_str_parse_round_trip(self, date: PartialDate) -> None:
        """The text form is YYYY, YYYY-MM or YYYY-MM-DD, and parsing it gives the date back."""
        assert iso(date) == str(date)
        assert date == PartialDate.parse(iso(date))

    @given(text=st.from_regex(r"\d{4}(-\d{2}(-\d{2})?)?", fullmatch=True))
    def test_parse_is_exact(self, text: str) -> None:
        """A text either parses to a date whose text form is the same text, or is refused."""
        try:
            parsed = PartialDate.parse(text)
        except InvalidDateError:
            assert not _is_real_iso_date(text)
        else:
            assert text == str(parsed)

    @given(a=partial_dates(), b=partial_dates())
    def test_order_is_total_and_agrees_with_equality(self, a: PartialDate, b: PartialDate) -> None:
        """Exactly one of a < b, a == b, a > b holds; <= and >= agree with them."""
        assert 1 == [a < b, a == b, a > b].count(True)
        assert (a <= b) == (a < b or a == b)
        assert (a >= b) == (a > b or a == b)
        if a == b:
            assert hash(a) == hash(b)

    @given(a=partial_dates(), b=partial_dates(), c=partial_dates())
    def test_order_is_transitive(self, a: PartialDate, b: PartialDate, c: PartialDate) -> None:
        """Sorting three dates gives a chain in which each is at most the next."""
        x, y, z = sorted([a, b, c])
        assert x <= y <= z
        assert x <= z

    @given(a=partial_dates(), b=partial_dates())
    def test_order_follows_earliest_then_precision(self, a: PartialDate, b: PartialDate) -> None:
        """Dates sort by their first day; of two starting the same day, the vaguer first."""
        expected = (first_day(a), known_parts(a)) < (first_day(b), known_parts(b))
        assert expected == (a < b)

    @given(date=partial_dates())
    def test_bounds(self, date: PartialDate) -> None:
        """The first and last days are those of the day, month or year; a date holds them."""
        assert (first_day(date), last_day(date)) == (date.earliest, date.latest)
        assert date.contains(first_day(date))
        assert date.contains(last_day(date))
        if first_day(date) > dt.date.min:
            assert not date.contains(first_day(date) - dt.timedelta(days=1))
        if last_day(date) < dt.date.max:
            assert not date.contains(last_day(date) + dt.timedelta(days=1))
        assert date.contains(date)


def _within_event(corpus: Corpus, event_id: str, ids: set[str]) -> bool:
    """Whether the event is one of ``ids`` or part of one, through ``part_of``."""
    parent = {e.id: e.part_of for e in corpus.events}
    seen: set[str] = set()
    current: str | None = event_id
    while current is not None and current not in seen:
        if current in ids:
            return True
        seen.add(current)
        current = parent.get(current)
    return False


def _holds_whole(text: str, phrase: str) -> bool:
    """Whether ``text`` holds ``phrase`` (case-folded, whitespace runs as one space,
    apostrophes and dashes in any form) with no letter, digit or underscore touching a
    word-character edge of it."""
    marks = str.maketrans("\u2018\u2019\u2010\u2011\u2013\u2014", "''----")
    body = " ".join(text.casefold().translate(marks).split())
    wanted = " ".join(phrase.casefold().translate(marks).split())

    def word(c: str) -> bool:
        return c.isalnum() or c == "_"

    start = body.find(wanted)
    while start != -1:
        end = start + len(wanted)
        clear_before = not word(wanted[0]) or start == 0 or not word(body[start - 1])
        clear_after = not word(wanted[-1]) or end == len(body) or not word(body[end])
        if clear_before and clear_after:
            return True
        start = body.find(wanted, start + 1)
    return False


def _is_real_iso_date(text: str) -> bool:
    """Whether ``text`` is an ASCII ISO date of reduced precision naming a real day."""
    if not re.fullmatch(r"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?", text):
        return False
    parts = [int(p) for p in text.split("-")]
    if parts[0] == 0:
        return False
    if len(parts) == 1:
        return True
    try:
        dt.date(parts[0], parts[1], parts[2] if len(parts) == 3 else 1)
    except ValueError:
        return False
    return True


class TestNameMatching:
    # Lookups by name do not need the hundreds of statements of the thorough profile.
    @given(corpus=corpora(full=True, grow=0), data=st.data())
    def test_a_typed_name_finds_its_record(self, corpus: Corpus, data: st.DataObject) -> None:
        """A name or alias typed in any case, without accents or other punctuation finds it."""
        tables: list[tuple[Iterable[Any], Callable[[Any], Iterable[str]], Callable[[str], Any]]] = [
            (corpus.actors, lambda a: (a.name, *a.aliases), corpus.actor),
            (corpus.topics, lambda t: (t.label,), corpus.topic),
            (corpus.articles, lambda a: (a.title,), corpus.article),
            (corpus.agreements, lambda a: (a.name, *a.aliases), corpus.agreement),
            (corpus.events, lambda e: (e.name, *e.aliases), corpus.event),
        ]
        named = [(r, n, find) for rs, names, find in tables for r in rs for n in names(r)]
        # Names whose key differs from their plain lower case (accents, punctuation) first.
        folded = [(r, n, find) for r, n, find in named if fold(n) != n.lower()]
        record, name, find = data.draw(st.sampled_from(folded or named))
        typed = data.draw(typed_names(name))
        event("typed differently" if typed != name else "typed as is")
        assert record == find(typed)


class TestFindStatementsOracle:
    @settings(max_examples=3 * settings.default.max_examples)
    @given(case=corpora_and_queries())
    def test_same_answer_as_brute_force(self, case: tuple[Corpus, Query]) -> None:
        """Every query returns exactly what the brute-force filter returns, in its order."""
        corpus, query = case
        try:
            expected = oracle(corpus, query)
        except InvalidQueryError as exc:
            event(str(exc))
            with pytest.raises(InvalidQueryError, match=str(exc)):
                corpus.find_statements(**query.arguments())
        else:
            found = corpus.find_statements(**query.arguments())
            event("no match" if not found else "some match")
            for name in sorted(query.kwargs.keys() - {"include_undated"}):
                event(f"filter: {name}")
            if query.since or query.until:
                event("filter: dates")
            if any(
                _resolve(corpus.actors, x, lambda a: (a.name, *a.aliases)) is None
                for x in _items(query.kwargs.get("speaker", []))
            ):
                event("speaker: an office")
            if any(s.said_on is None for s in found):
                event("answer includes undated statements")
            assert [s.id for s in expected] == [s.id for s in found]

    @given(corpus=corpora(), data=st.data())
    def test_many_queries_on_one_corpus(self, corpus: Corpus, data: st.DataObject) -> None:
        """Indexes built by one query give the right answer to the next ones."""
        for _ in range(4):
            query = data.draw(queries(corpus))
            try:
                expected = oracle(corpus, query)
            except InvalidQueryError as exc:
                with pytest.raises(InvalidQueryError, match=str(exc)):
                    corpus.find_statements(**query.arguments())
                continue
            assert [s.id for s in expected] == [
                s.id for s in corpus.find_statements(**query.arguments())
            ]

    @given(corpus=corpora())
    def test_no_filter_is_every_statement(self, corpus: Corpus) -> None:
        """Without filters every statement comes back, each once, in the documented order."""
        expected = sorted(corpus.statements, key=result_order(_article_ranks(corpus)))
        assert [s.id for s in expected] == [s.id for s in corpus.find_statements()]

    @given(case=corpora_and_queries())
    def test_queries_do_not_change_the_corpus(self, case: tuple[Corpus, Query]) -> None:
        """A query leaves every record and every table order as it was."""
        corpus, query = case
        # The text, not a corpus of the same record objects: a record changed in place
        # would be changed in such a copy too.
        before = dumps(corpus)
        with contextlib.suppress(InvalidQueryError):  # a reversed range, an unplaced office
            corpus.find_statements(**query.arguments())
        assert before == dumps(corpus)
        assert loads(before) == corpus
