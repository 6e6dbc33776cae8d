"""diff: what became of each record between two corpora, and the data changelog."""

from __future__ import annotations

import json
import re
from pathlib import Path

import attrs
import pytest
from tests._core_corpus import make_corpus

import asean_corpus as ac
from asean_corpus import ChangeKind, InvalidQueryError
from asean_corpus.cli import main

ROOT = Path(__file__).resolve().parents[1]
OLD_DATA = ROOT / "tests" / "data" / "corpus-0.1.0.json"
CORPUS = make_corpus()


class TestDiff:
    def test_identical_corpora_have_no_changes(self) -> None:
        """A corpus compared with an equal one has no changes."""
        found = ac.diff(CORPUS, make_corpus())
        assert (0, False, "no changes") == (len(found), bool(found), str(found))

    def test_added_removed_and_changed_records(self) -> None:
        """Each kind of change is found, naming the table, the id and the fields."""
        first, second, *rest = CORPUS.statements
        changed = attrs.evolve(second, note="checked again", verbatim=not second.verbatim)
        added = attrs.evolve(first, id="a1-s9")
        new = attrs.evolve(CORPUS, statements=(changed, *rest, added))
        found = ac.diff(CORPUS, new)
        assert [
            ("statements", first.id, ChangeKind.REMOVED, ()),
            ("statements", second.id, ChangeKind.CHANGED, ("verbatim", "note")),
            ("statements", "a1-s9", ChangeKind.ADDED, ()),
        ] == [(c.table, c.id, c.kind, tuple(f.field for f in c.fields)) for c in found]
        (note,) = [f for f in found.of(second.id).fields if f.field == "note"]  # type: ignore[union-attr]
        assert (second.note, "checked again") == (note.old, note.new)

    def test_what_became_of_a_cited_id(self) -> None:
        """of() answers for one id, and None for an unchanged one."""
        new = attrs.evolve(CORPUS, statements=CORPUS.statements[1:])
        found = ac.diff(CORPUS, new)
        assert ChangeKind.REMOVED == found.of(CORPUS.statements[0].id).kind  # type: ignore[union-attr]
        assert found.of(CORPUS.statements[1].id) is None
        with pytest.raises(InvalidQueryError, match="expected an id"):
            found.of(5)  # type: ignore[arg-type]

    def test_nested_records_change_their_owner(self) -> None:
        """A changed role is a change of its actor's roles field."""
        actor = next(a for a in CORPUS.actors if a.roles)
        role = attrs.evolve(actor.roles[0], title="Deputy")
        actors = tuple(
            attrs.evolve(a, roles=(role, *a.roles[1:])) if a.id == actor.id else a
            for a in CORPUS.actors
        )
        found = ac.diff(CORPUS, attrs.evolve(CORPUS, actors=actors))
        assert [("actors", actor.id, ("roles",))] == [
            (c.table, c.id, tuple(f.field for f in c.fields)) for c in found
        ]

    def test_not_a_corpus(self) -> None:
        """Anything but two corpora is refused."""
        with pytest.raises(InvalidQueryError, match="old must be a Corpus"):
            ac.diff("corpus.json", CORPUS)  # type: ignore[arg-type]


class TestDataChangelog:
    """The changelog of the data says exactly what became of the statements of 0.1.0."""

    @pytest.fixture(scope="class")
    @classmethod
    def changes(cls) -> ac.CorpusDiff:
        return ac.diff(ac.load(OLD_DATA), ac.load())

    @staticmethod
    def section(heading: str) -> str:
        text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
        start = text.index(f"### Data {ac.DATA_VERSION}")
        entry = text[start : text.index("\n### ", start + 1)]
        part = entry[entry.index(heading) :]
        return part[: part.index("\n\n", len(heading) + 2)]

    def test_version_is_the_latest_in_the_changelog(self) -> None:
        """DATA_VERSION is the newest data version the changelog describes."""
        text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
        assert ac.DATA_VERSION == re.findall(r"^### Data (\S+)", text, re.MULTILINE)[0]

    def test_every_withdrawn_statement_is_listed(self, changes: ac.CorpusDiff) -> None:
        """The ids diff finds removed are the ids the changelog says were withdrawn."""
        removed = {
            c.id for c in changes if c.table == "statements" and c.kind is ChangeKind.REMOVED
        }
        listed = set(
            re.findall(r"^- `(a\d{3}-s\d{2})`", self.section("Statements withdrawn"), re.M)
        )
        assert removed == listed

    def test_every_changed_statement_is_listed(self, changes: ac.CorpusDiff) -> None:
        """A statement whose words, speakers or tags changed is named among the changes."""
        minor = {"attribution", "note"}
        changed = {
            c.id
            for c in changes
            if c.table == "statements"
            and c.kind is ChangeKind.CHANGED
            and {f.field for f in c.fields} - minor
        }
        listed = set(re.findall(r"`(a\d{3}-s\d{2})`", self.section("Statements changed")))
        assert changed <= listed
        assert not [c for c in changes if c.table == "statements" and c.kind is ChangeKind.ADDED]


class TestCommand:
    def test_diff_against_the_bundled_corpus(self, capsys: pytest.CaptureFixture[str]) -> None:
        """`asean-corpus diff OLD` compares OLD with the bundled corpus, one line a change."""
        assert 0 == main(["diff", str(OLD_DATA)])
        out = capsys.readouterr().out
        assert "statements: 0 added, 3 removed," in out
        assert "- statements a003-s28\n" in out
        assert "~ statements a004-s06: co_speakers, attribution, note\n" in out

    def test_diff_as_json(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """--format json gives the counts and every change with its fields' old and new values."""
        new = tmp_path / "new.json"
        old = tmp_path / "old.json"
        CORPUS.save(old)
        attrs.evolve(CORPUS, statements=CORPUS.statements[1:]).save(new)
        assert 0 == main(["diff", str(old), str(new), "--format", "json"])
        data = json.loads(capsys.readouterr().out)
        assert {"statements": {"added": 0, "removed": 1, "changed": 0}} == data["counts"]
        assert [CORPUS.statements[0].id] == [c["id"] for c in data["changes"]]


def test_of_a_misspelt_table_is_refused() -> None:
    """A typo ("statement") read as "unchanged"."""
    found = ac.diff(CORPUS, attrs.evolve(CORPUS, statements=CORPUS.statements[1:]))
    with pytest.raises(ac.InvalidQueryError, match="unknown table 'statement'; the tables are"):
        found.of(CORPUS.statements[0].id, "statement")
