"""Saving and loading corpus files: the JSON layout and the round trip."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests._core_corpus import make_corpus

import asean_corpus as ac
from asean_corpus.io.jsonfile import corpus_to_dict, dumps, loads

CORPUS = make_corpus()


class TestRoundTrip:
    def test_save_then_load_gives_an_equal_corpus(self, tmp_path: Path) -> None:
        """A saved corpus loads back equal, record for record, in the same order."""
        path = tmp_path / "corpus.json"
        CORPUS.save(path)
        assert CORPUS == ac.load(path)

    def test_loads_dumps(self) -> None:
        """The text form round-trips too."""
        assert CORPUS == loads(dumps(CORPUS))

    def test_file_is_utf8_json_with_format_version(self, tmp_path: Path) -> None:
        """The file is UTF-8 JSON, non-ASCII kept as is, with format_version first."""
        path = tmp_path / "corpus.json"
        CORPUS.save(path)
        text = path.read_bytes().decode("utf-8")
        assert "Ana Ñúñez" in text
        data = json.loads(text)
        assert ["format_version", "articles", "statements"] == list(data)[:3]
        assert ac.FORMAT_VERSION == data["format_version"]


class TestLayout:
    def test_keys_are_attribute_names(self) -> None:
        """Records are objects keyed by attribute name; spans are start/end objects."""
        data = corpus_to_dict(CORPUS)
        statement = data["statements"][0]
        assert {"start": 49, "end": 72} == statement["span"]
        assert "2022-12-19" == statement["said_on"]
        assert "reported" == statement["mode"]
        assert ["e-commerce"] == statement["topics"]

    def test_dates_are_iso_strings(self) -> None:
        """Partial dates keep their precision in ISO form."""
        data = corpus_to_dict(CORPUS)
        assert ["2022-12-19", "2022-12", None, "2023", "2022-12-31"] == [
            s["said_on"] for s in data["statements"]
        ]
        assert "2026-01-01" == data["references"][0]["checked_on"]

    def test_evidence_kinds_are_told_apart(self) -> None:
        """Reference evidence and article evidence keep their own keys."""
        data = corpus_to_dict(CORPUS)
        assert {"reference_id": "ref-1"} == data["agreements"][0]["milestones"][0]["evidence"]
        assert {"article_id", "span", "text"} == set(data["conflicts"][0]["conflicts_with"][0])


class TestLoadErrors:
    def test_missing_file_names_it(self, tmp_path: Path) -> None:
        """A missing file is a CorpusError naming the file."""
        path = tmp_path / "nope.json"
        pattern = r"nope\.json': cannot read: no such file"
        with pytest.raises(ac.CorpusFileNotFoundError, match=pattern):
            ac.load(path)

    def test_errors_have_paths(self, tmp_path: Path) -> None:
        """A structural problem names the file and the JSON path."""
        data = corpus_to_dict(CORPUS)
        data["statements"][2]["span"]["end"] = "58"
        path = tmp_path / "bad.json"
        path.write_text(json.dumps(data), encoding="utf-8")
        with pytest.raises(
            ac.InvalidCorpusError, match=r"(?s)bad\.json:.*\$\.statements\[2\] \(a1-s3\)\.span\.end"
        ):
            ac.load(path)

    def test_unknown_format_version(self) -> None:
        """A file from a newer format is refused, naming the versions."""
        data = corpus_to_dict(CORPUS)
        data["format_version"] = 99
        with pytest.raises(ac.InvalidCorpusError, match=r"unknown format version 99; .* reads 1"):
            loads(json.dumps(data))


class TestSaveErrors:
    def test_save_into_missing_folder(self, tmp_path: Path) -> None:
        """Saving into a folder that does not exist is a clear error, nothing written."""
        with pytest.raises(ac.CorpusError, match="does not exist"):
            CORPUS.save(tmp_path / "missing" / "c.json")
        assert [] == list(tmp_path.iterdir())
