"""Corpus construction checks the types of every field, and whatever it accepts can be
saved and loaded back equal; type problems are reported together with integrity ones."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import attrs
import pytest
from tests._core_corpus import make_corpus

import asean_corpus as ac
from asean_corpus import InvalidCorpusError, PartialDate, Span
from asean_corpus.io.jsonfile import corpus_to_dict, loads

CORPUS = make_corpus()
S0 = CORPUS.statements[0]
A0 = CORPUS.articles[0]


def with_statement(**changes: Any) -> ac.Corpus:
    """The corpus with its first statement changed (unchecked, as attrs.evolve does)."""
    return attrs.evolve(CORPUS, statements=(attrs.evolve(S0, **changes), *CORPUS.statements[1:]))


def with_article(**changes: Any) -> ac.Corpus:
    """The corpus with its first article changed."""
    return attrs.evolve(CORPUS, articles=(attrs.evolve(A0, **changes), *CORPUS.articles[1:]))


class TestFieldTypes:
    @pytest.mark.parametrize(
        ("field", "value", "message"),
        [
            ("mode", "reported", r"\.mode: expected a Mode, got a string: 'reported'"),
            ("mode", None, r"\.mode: expected a Mode, got None"),
            ("topics", ["economy"], r"\.topics: expected a frozenset, got a list"),
            ("topics", frozenset({5}), r"\.topics: expected a string, got an int: 5"),
            ("co_speakers", ["ana"], r"\.co_speakers: expected a tuple, got a list"),
            ("span", Span("0", 5), r"\.span\.start: expected an int, got a string: '0'"),  # type: ignore[arg-type]
            ("span", Span(True, 5), r"\.span\.start: expected an int, got a bool"),
            ("span", (0, 5), r"\.span: expected a Span, got a tuple"),
            ("text", None, r"\.text: expected a string, got None"),
            ("text", b"x", r"\.text: expected a string, got a bytes"),
            ("verbatim", 1, r"\.verbatim: expected True or False, got an int"),
            ("insertions", (Span(1.5, 2),), r"\.insertions\[0\]\.start: expected an int"),  # type: ignore[arg-type]
            ("said_on", "2025", r"\.said_on: expected a PartialDate, got a string"),
            ("date_basis", "stated", r"\.date_basis: expected a DateBasis"),
            ("mention_span", {"start": 0}, r"\.mention_span: expected a Span, got a dict"),
            ("id", 7, r"\.id: expected a string, got an int: 7"),
        ],
    )
    def test_statement_fields(self, field: str, value: object, message: str) -> None:
        """Each field of a statement must hold its declared type."""
        with pytest.raises(InvalidCorpusError, match=r"\$\.statements\[0\].*" + message):
            with_statement(**{field: value})

    @pytest.mark.parametrize(
        ("changes", "message"),
        [
            ({"url_checked_on": dt.datetime(2025, 1, 1)}, "expected a date, got a datetime"),
            ({"published": PartialDate}, "expected a PartialDate, got a type"),
            ({"reliability": None}, "expected a Reliability, got None"),
            ({"notes": ("ok", 5)}, r"notes\[1\]: expected a string"),
            ({"body": None}, r"\.body: expected a string, got None"),
        ],
    )
    def test_article_fields(self, changes: dict[str, Any], message: str) -> None:
        """The fields of articles and their nested records are checked too."""
        with pytest.raises(InvalidCorpusError, match=message):
            with_article(**changes)

    def test_nested_evidence(self) -> None:
        """A role's evidence deep inside an actor is checked, with its full path."""
        actor = next(a for a in CORPUS.actors if a.roles)
        role = attrs.evolve(actor.roles[0], evidence=("not evidence",))
        bad = attrs.evolve(actor, roles=(role, *actor.roles[1:]))
        actors = tuple(bad if a is actor else a for a in CORPUS.actors)
        pattern = r"roles\[0\]\.evidence\[0\]: expected an ArticleEvidence or a ReferenceEvidence"
        with pytest.raises(InvalidCorpusError, match=pattern):
            attrs.evolve(CORPUS, actors=actors)

    def test_partial_date_parts_are_ints(self) -> None:
        """A PartialDate checks the types of its parts when made (2025.0 is not a year)."""
        for parts in [(2025.0,), (2025, True), ("2025",), (2025, 6, 1.0)]:
            with pytest.raises(ac.InvalidDateError, match="must be int"):
                PartialDate(*parts)  # type: ignore[arg-type]

    def test_subclasses_of_str_are_accepted(self) -> None:
        """A str subclass is a string: it saves and loads back equal."""

        class Name(str):
            pass

        corpus = with_statement(note=Name("a note"))
        assert corpus == loads(json.dumps(corpus_to_dict(corpus)))


class TestSurrogates:
    @pytest.mark.parametrize(
        "changes",
        [
            {"note": "a\ud800"},
            {"cue": "\udfff"},
            {"text": "x\ud83d"},  # half of an emoji
            {"topics": frozenset({"economy", "\udc80"})},
        ],
    )
    def test_lone_surrogate_in_any_string(self, changes: dict[str, Any]) -> None:
        """A lone surrogate anywhere is refused when the corpus is made, not at save."""
        with pytest.raises(InvalidCorpusError, match="lone surrogate"):
            with_statement(**changes)

    def test_in_an_article_body_and_a_registry(self) -> None:
        """Bodies, titles and registry records are checked as statements are."""
        with pytest.raises(InvalidCorpusError, match=r"articles\[0\] \(a1\)\.title: not Unicode"):
            with_article(title="T\ud800")
        topics = (attrs.evolve(CORPUS.topics[0], label="\ud800"), *CORPUS.topics[1:])
        with pytest.raises(InvalidCorpusError, match=r"topics\[0\].*\.label: not Unicode"):
            attrs.evolve(CORPUS, topics=topics)

    def test_paired_surrogates_written_as_one_character(self) -> None:
        """Real characters outside the BMP are fine."""
        corpus = with_statement(note="emoji \U0001f600")
        assert corpus == loads(json.dumps(corpus_to_dict(corpus)))


class TestTimeZones:
    @pytest.mark.parametrize(
        "offset",
        [
            dt.timedelta(hours=5, minutes=30, seconds=15),
            dt.timedelta(seconds=1),
            dt.timedelta(hours=-3, seconds=-59),
            dt.timedelta(hours=1, microseconds=1),
        ],
    )
    def test_offset_with_seconds_refused(self, offset: dt.timedelta) -> None:
        """A UTC offset that is not whole minutes is refused when the corpus is made."""
        value = dt.time(12, 30, tzinfo=dt.timezone(offset))
        with pytest.raises(InvalidCorpusError, match=r"published_time: .*whole minutes"):
            with_article(published_time=value)

    @pytest.mark.parametrize(
        "value",
        [
            dt.time(12, 30),
            dt.time(12, 30, tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=30))),
            dt.time(23, 59, 59, 999999, tzinfo=dt.timezone(dt.timedelta(hours=-14))),
            dt.time(0, 0, tzinfo=dt.UTC),
        ],
    )
    def test_accepted_times_round_trip(self, value: dt.time, tmp_path: Path) -> None:
        """Every time a corpus accepts saves and loads back equal."""
        corpus = with_article(published_time=value)
        corpus.save(tmp_path / "c.json")
        assert corpus == ac.load(tmp_path / "c.json")

    def test_zone_without_fixed_offset_refused(self) -> None:
        """A time zone that gives no offset for a bare time cannot be written."""
        zoneinfo = pytest.importorskip("zoneinfo")
        try:
            zone = zoneinfo.ZoneInfo("Asia/Bangkok")
        except zoneinfo.ZoneInfoNotFoundError:
            pytest.skip("no time zone database on this system")
        with pytest.raises(InvalidCorpusError, match="without a fixed UTC offset"):
            with_article(published_time=dt.time(9, 0, tzinfo=zone))


class TestAllProblemsTogether:
    def test_constructor(self) -> None:
        """Two type errors and three integrity errors give five problems."""
        statements = list(CORPUS.statements)
        statements[0] = attrs.evolve(statements[0], mode="reported")
        statements[1] = attrs.evolve(statements[1], span=Span("0", 3))  # type: ignore[arg-type]
        statements[2] = attrs.evolve(statements[2], speaker_id="nobody")
        statements[3] = attrs.evolve(statements[3], topics=frozenset({"nope"}))
        topics = (attrs.evolve(CORPUS.topics[0], parent="ghost"), *CORPUS.topics[1:])
        with pytest.raises(InvalidCorpusError, match="5 problems") as info:
            attrs.evolve(CORPUS, statements=tuple(statements), topics=topics)
        text = "\n".join(info.value.problems)
        expected = ["mode: expected", "span.start: expected", "unknown actor 'nobody'"]
        expected += ["unknown topic 'nope'", "unknown topic 'ghost'"]
        assert all(part in text for part in expected)

    def test_file(self) -> None:
        """A file with two type errors and three integrity errors reports all five."""
        data = corpus_to_dict(CORPUS)
        data["statements"][0]["mode"] = 5
        data["actors"][0]["kind"] = "robot"
        data["statements"][2]["speaker_id"] = "nobody"
        data["statements"][3]["topics"] = ["nope"]
        data["topics"][0]["parent"] = "ghost"
        with pytest.raises(InvalidCorpusError, match="5 problems") as info:
            loads(json.dumps(data))
        text = "\n".join(info.value.problems)
        expected = ["mode: unknown Mode 5", "kind: unknown ActorKind 'robot'"]
        expected += ["unknown actor 'nobody'", "unknown topic 'nope'", "unknown topic 'ghost'"]
        assert all(part in text for part in expected)

    def test_wrong_field_skipped_by_the_rules_that_read_it(self) -> None:
        """A span of the wrong type gives its type problem only, not a crash or a span one."""
        with pytest.raises(InvalidCorpusError, match="1 problem:") as info:
            with_statement(span=Span(0, "x"))  # type: ignore[arg-type]
        assert "span.end: expected an int" in info.value.problems[0]

    def test_wrong_record_in_a_table(self) -> None:
        """A record of another type is named, and the rest is still checked."""
        statements = (*CORPUS.statements, "x", attrs.evolve(S0, id="new", speaker_id="nobody"))
        with pytest.raises(InvalidCorpusError, match="2 problems") as info:
            attrs.evolve(CORPUS, statements=statements)  # type: ignore[arg-type]
        assert "expected a Statement, got a string" in info.value.problems[0]
        assert "unknown actor 'nobody'" in info.value.problems[1]

    def test_huge_wrong_value_is_cut(self) -> None:
        """A wrong value is echoed cut short, with its length."""
        with pytest.raises(InvalidCorpusError) as info:
            with_statement(topics=["x"] * 5_000_000)
        message = str(info.value)
        assert len(message) < 500
        assert "(a list of 5,000,000 items)" in message
