"""The JSON Schema of the corpus file format (docs/reference/corpus.schema.json)."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
from importlib.resources import files
from pathlib import Path
from types import ModuleType
from typing import Any

import jsonschema
import pytest
from tests._core_corpus import make_corpus

from asean_corpus.io.jsonfile import corpus_to_dict

ROOT = Path(__file__).resolve().parents[1]
SCHEMA_FILE = ROOT / "docs" / "reference" / "corpus.schema.json"


def _generator() -> ModuleType:
    path = ROOT / "docs" / "_ext" / "corpus_schema.py"
    spec = importlib.util.spec_from_file_location("corpus_schema", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def validator() -> Any:
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


def _errors(validator: Any, data: object) -> list[str]:
    return [f"{e.json_path}: {e.message}" for e in validator.iter_errors(data)]


class TestSchema:
    def test_bundled_corpus_is_valid(self, validator: Any) -> None:
        """The bundled corpus.json validates against the schema."""
        data = json.loads((files("asean_corpus") / "data" / "corpus.json").read_text("utf-8"))
        assert [] == _errors(validator, data)

    def test_saved_corpus_is_valid(self, validator: Any) -> None:
        """A corpus written by the library, with every kind of record, validates."""
        assert [] == _errors(validator, corpus_to_dict(make_corpus()))

    def test_schema_is_generated_from_the_model(self) -> None:
        """The committed schema is what docs/_ext/corpus_schema.py generates now."""
        generator = _generator()
        expected = generator.dumps(generator.make_schema())
        assert expected == SCHEMA_FILE.read_text(encoding="utf-8"), (
            "the schema is out of date: run python docs/_ext/corpus_schema.py"
        )

    @pytest.mark.parametrize(
        ("path", "value", "where"),
        [
            (("format_version",), 2, "$.format_version"),
            (("statements", 0, "said_on"), "2025-6-19", "$.statements[0].said_on"),
            (("statements", 0, "mode"), "quote", "$.statements[0].mode"),
            (("statements", 0, "span"), {"start": 0}, "$.statements[0].span"),
            (("statements", 0, "topics"), ["trade", "trade"], "$.statements[0].topics"),
            (("actors", 0, "name"), "  ", "$.actors[0].name"),
            (("articles", 0, "published_time"), "9am", "$.articles[0].published_time"),
            (
                ("agreements", 0, "milestones", 0, "evidence"),
                {"reference_id": 1},
                "$.agreements[0].milestones[0].evidence",
            ),
            (("actors", 0, "nickname"), "x", "$.actors[0]"),
            (("statements", 0, "said_on"), "2025-13", "$.statements[0].said_on"),
            (("statements", 0, "said_on"), "2025-01-32", "$.statements[0].said_on"),
            (("statements", 0, "said_on"), "2025-02-30", "$.statements[0].said_on"),
            (("statements", 0, "said_on"), "2025-04-31", "$.statements[0].said_on"),
            (("statements", 0, "said_on"), "0000", "$.statements[0].said_on"),
            (("references", 0, "checked_on"), "2026-02-30", "$.references[0].checked_on"),
            (("statements", 0, "span"), {"start": -1, "end": 3}, "$.statements[0].span.start"),
            (("statements", 0, "id"), "", "$.statements[0].id"),
            (("statements", 0, "co_speakers"), ["bo", "bo"], "$.statements[0].co_speakers"),
            (("statements", 0, "date_basis"), "unknown", "$.statements[0].date_basis"),
            (("statements", 2, "date_basis"), "stated", "$.statements[2].date_basis"),
            (("statements", 2, "said_until"), "2023", "$.statements[2].said_until"),
            (("statements", 0, "mention"), "she", "$.statements[0].mention_span"),
            (("articles", 0, "url"), "www.example.org", "$.articles[0].url"),
            (("articles", 0, "url_checked_on"), "2026-01-01", "$.articles[0].url_checked_on"),
            (("conflicts", 0, "conflicts_with"), [], "$.conflicts[0].conflicts_with"),
            (("statements", 0, "cue"), " ", "$.statements[0].cue"),
            (("actors", 0, "aliases"), ["A", "\t"], "$.actors[0].aliases[1]"),
        ],
    )
    def test_schema_refuses_what_the_loader_refuses(
        self, validator: Any, path: tuple[str | int, ...], value: object, where: str
    ) -> None:
        """Wrong forms, unknown enum values, missing keys and unknown keys are errors."""
        data = corpus_to_dict(make_corpus())
        target: Any = data
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
        assert [where] == sorted({e.json_path for e in validator.iter_errors(data)})

    @pytest.mark.parametrize(
        "value", ["2025", "2025-02", "2025-02-29", "2024-02-29", "2025-12-31", "0001-01-01"]
    )
    def test_partial_dates_the_pattern_accepts(self, validator: Any, value: str) -> None:
        """Real dates pass; 2025-02-29 too, left to the library (the pattern cannot tell)."""
        data = corpus_to_dict(make_corpus())
        data["statements"][0]["said_on"] = value
        assert [] == _errors(validator, data)

    def test_what_only_the_library_checks(self) -> None:
        """Unknown ids and reversed spans pass the schema; the file-format page says so."""
        page = (ROOT / "docs" / "reference" / "file-format.md").read_text(encoding="utf-8")
        for rule in ("unique", "resolves", "start", "February", "said_until"):
            assert rule in page.split("## Rules beyond the shape", 1)[1], rule


def test_a_time_with_a_utc_offset_is_valid(validator: Any) -> None:
    """The file format keeps a time's fixed offset ("12:30+07:00"); the schema refused it."""
    import attrs

    corpus = make_corpus()
    article = corpus.articles[0]
    timed = attrs.evolve(
        article,
        published_time=dt.time(12, 30, tzinfo=dt.timezone(dt.timedelta(hours=7))),
    )
    data = corpus_to_dict(attrs.evolve(corpus, articles=(timed, *corpus.articles[1:])))
    assert "12:30+07:00" == data["articles"][0]["published_time"]
    assert [] == _errors(validator, data)
