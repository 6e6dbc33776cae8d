"""Bugs found by the property, bad-input and fuzz tests, each pinned by one example."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from tests._core_corpus import make_corpus

from asean_corpus import (
    Actor,
    ActorKind,
    AnnotationError,
    Article,
    ArticleKind,
    Corpus,
    CorpusFileError,
    InvalidCorpusError,
    InvalidDateError,
    InvalidQueryError,
    Mode,
    PartialDate,
    Reliability,
    ReliabilityLevel,
    Span,
    Statement,
    Topic,
    build,
)
from asean_corpus.bundled import load
from asean_corpus.io.converter import get_converter
from asean_corpus.io.jsonfile import loads


class TestTimeOfDay:
    def test_seconds_survive_a_round_trip(self) -> None:
        """A publication time with seconds is written with them, not cut to minutes."""
        conv = get_converter()
        value = dt.time(0, 0, 0, 1)
        assert "00:00:00.000001" == conv.unstructure(value)
        assert value == conv.structure(conv.unstructure(value), dt.time)

    def test_whole_minutes_stay_short(self) -> None:
        """A time on the minute is still written HH:MM."""
        assert "09:30" == get_converter().unstructure(dt.time(9, 30))


class TestIsoDigits:
    @pytest.mark.parametrize(
        "text", ["000\u0661", "\u0662\u0660\u0662\u0665", "\uff12\uff10\uff12\uff15-06"]
    )
    def test_non_ascii_digits_are_refused(self, text: str) -> None:
        """A date in the data format is written with ASCII digits; other digits are refused."""
        with pytest.raises(InvalidDateError, match="YYYY"):
            PartialDate.parse(text)

    def test_corpus_file_with_non_ascii_digits_is_refused(self) -> None:
        """A corpus file whose date uses other digits is refused, with the date's path."""
        text = '{"format_version": 1, "events": [{"id": "e", "name": "E", "kind": "summit", '
        text += '"start": "\u0662\u0660\u0662\u0665"}]}'
        with pytest.raises(InvalidCorpusError, match=r"\$\.events\[0\] \(e\)\.start"):
            loads(text, "c.json")


def _registries(tmp_path: Path, **files: str) -> tuple[Path, Path]:
    """An annotation folder with no articles and the given registry files."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    ann = tmp_path / "annotations"
    (ann / "articles").mkdir(parents=True)
    for name in ("actors", "topics", "agreements", "events", "references"):
        (ann / f"{name}.toml").write_text(files.get(name, ""), encoding="utf-8")
    return seeds, ann


class TestReferenceCheckedOn:
    def test_a_reference_without_checked_on_is_refused(self, tmp_path: Path) -> None:
        """A reference fact with no checked_on date is an annotation error, not year 1."""
        reference = '[[reference]]\nid = "r"\nfact = "A fact."\nsources = []\nconfidence = "high"\n'
        with pytest.raises(AnnotationError, match=r"\(r\)\.checked_on: missing \(required\)"):
            build(*_registries(tmp_path, references=reference))


class TestBuildNamesRegistryRecords:
    def test_unknown_ids_in_registries_name_file_and_record(self, tmp_path: Path) -> None:
        """A broken reference in a registry names its file and record id, not a built index."""
        topics = (
            '[[topic]]\nid = "a"\nlabel = "A"\ndescription = "x"\nlable = "typo"\n'
            '[[topic]]\nid = "b"\nlabel = "B"\nparent = "c"\ndescription = "x"\n'
        )
        with pytest.raises(AnnotationError) as info:
            build(*_registries(tmp_path, topics=topics))
        assert (
            "annotations/topics.toml: topic[0] (a).lable: unknown field",
            "annotations/topics.toml: topic[1] (b).parent: unknown topic 'c'",
        ) == info.value.problems


class TestNumbersTooLong:
    def test_a_number_of_thousands_of_digits_is_refused(self) -> None:
        """A number too long for int() is invalid JSON for us, not a bare ValueError."""
        with pytest.raises(InvalidCorpusError, match=r"(?s)c\.json: .*not valid JSON: Exceeds"):
            loads('{"format_version": ' + "1" * 5000 + "}", "c.json")


class TestFormatVersionType:
    @pytest.mark.parametrize("version", ["true", "1.0"])
    def test_only_the_integer_one_is_version_one(self, version: str) -> None:
        """format_version true or 1.0 is refused, not taken for 1 (they compare equal to it)."""
        with pytest.raises(InvalidCorpusError, match="unknown format version"):
            loads('{"format_version": ' + version + "}", "c.json")


class TestLoneSurrogates:
    def test_text_with_a_lone_surrogate_is_refused(self) -> None:
        """A string JSON escapes as a lone surrogate is refused, since it cannot be saved."""
        text = (
            '{"format_version": 1, "topics": [{"id": "t", "label": "T", "description": "\\ud800"}]}'
        )
        with pytest.raises(
            InvalidCorpusError, match=r"\$\.topics\[0\] \(t\)\.description: not Unicode"
        ):
            loads(text, "c.json")


class TestQueryArgumentTypes:
    @pytest.mark.parametrize(
        "arguments", [{"since": 2022}, {"until": 2022.5}, {"since": ["2022"]}], ids=repr
    )
    def test_date_bounds_of_the_wrong_type(self, arguments: dict[str, object]) -> None:
        """A bound that is not a date or string is a wrong-typed argument, as documented."""
        with pytest.raises(InvalidQueryError, match=f"{next(iter(arguments))}: expected a date"):
            make_corpus().find_statements(**arguments)  # type: ignore[arg-type]

    def test_bytes_regex(self) -> None:
        """A bytes regex is refused up front instead of failing with a TypeError on search."""
        with pytest.raises(InvalidQueryError, match="compiled str regex"):
            make_corpus().find_statements(text=re.compile(b"trade"))  # type: ignore[arg-type]


def _small_corpus() -> Corpus:
    """One statement whose speaker and topic have hyphenated ids unlike their names."""
    body = "Ana said trade grows."
    return Corpus(
        articles=(
            Article(
                id="art-1",
                title="Trade",
                body=body,
                source_file="x.txt",
                source_sha256="0" * 64,
                kind=ArticleKind.NEWS,
                reliability=Reliability(level=ReliabilityLevel.LOW),
            ),
        ),
        actors=(Actor(id="ana-d", name="Ana Diaz", kind=ActorKind.PERSON),),
        topics=(Topic(id="e-trade", label="Online commerce", description="x"),),
        statements=(
            Statement(
                id="s",
                article_id="art-1",
                speaker_id="ana-d",
                text="trade grows",
                span=Span(9, 20),
                mode=Mode.REPORTED,
                verbatim=False,
                topics=frozenset({"e-trade"}),
            ),
        ),
    )


class TestIdsIgnoreCase:
    @pytest.mark.parametrize(
        "arguments",
        [{"topic": "E-TRADE"}, {"speaker": "Ana-D"}, {"article": "ART-1"}, {"topic": "e trade"}],
        ids=repr,
    )
    def test_ids_with_punctuation_match_in_any_case(self, arguments: dict[str, str]) -> None:
        """An id matches case-insensitively like a name does, hyphens and all ('E-TRADE')."""
        found = _small_corpus().find_statements(**arguments)  # type: ignore[arg-type]
        assert ["s"] == [s.id for s in found]

    def test_lookups_too(self) -> None:
        """The lookup methods use the same rule."""
        corpus = _small_corpus()
        assert corpus.topic("e-trade") is corpus.topic("E-Trade")
        assert corpus.get_actor("ANA-D") is corpus.actor("ana-d")


class TestUnusablePath:
    def test_path_with_a_null_byte(self) -> None:
        """A path no system accepts is refused as unreadable, not a bare ValueError."""
        with pytest.raises(CorpusFileError, match="the path contains a NUL character"):
            load("corpus\0.json")


class TestOnlyTheWrittenForms:
    @pytest.mark.parametrize("value", ["20250619", "2025-W25-4", "2025-06-19T00:00"])
    def test_dates_in_other_iso_forms_are_refused(self, value: str) -> None:
        """checked_on is read as YYYY-MM-DD only, the form a save writes."""
        with pytest.raises(ValueError, match="YYYY-MM-DD"):
            get_converter().structure(value, dt.date)

    @pytest.mark.parametrize("value", ["1230", "T12:30", "12", "12:30Z", "12:30:45,5"])
    def test_times_in_other_iso_forms_are_refused(self, value: str) -> None:
        """published_time is read in the forms a save writes, not every ISO variant."""
        with pytest.raises(ValueError, match="HH:MM"):
            get_converter().structure(value, dt.time)

    @pytest.mark.parametrize("value", ["09:30", "09:30:15", "09:30:15.500000", "09:30+08:00"])
    def test_written_times_read_back(self, value: str) -> None:
        """Every form a save writes reads back and is written the same way."""
        conv = get_converter()
        assert value == conv.unstructure(conv.structure(value, dt.time))
