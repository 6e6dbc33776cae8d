"""build(..., base=): annotations that use a base corpus's records by id, and drafts."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest
from tests._help_desk import DINH, TEXT, folders

import asean_corpus as ac
from asean_corpus import AnnotationError, InvalidQueryError
from asean_corpus.suggestions import render, to_toml


def _topic_toml(topic: ac.Topic, **changes: str) -> str:
    """A ``[[topic]]`` table for ``topic``, with fields changed (JSON strings are TOML)."""
    fields = {"id": topic.id, "label": topic.label, "description": topic.description}
    if topic.parent is not None:
        fields["parent"] = topic.parent
    fields.update(changes)
    return "[[topic]]\n" + "".join(f"{k} = {json.dumps(v)}\n" for k, v in fields.items())


@pytest.fixture(scope="module")
def bundled() -> ac.Corpus:
    return ac.load()


class TestBuildOnBase:
    def test_kao_without_copying_his_record(self, tmp_path: Path, bundled: ac.Corpus) -> None:
        """An article about Kao Kim Hourn builds on the bundled corpus; queries see both."""
        texts, annotations = folders(tmp_path)
        assert not (annotations / "topics.toml").exists()
        corpus = ac.build(texts, annotations, base=bundled)
        found = corpus.find_statements(speaker="Kao Kim Hourn")
        old = bundled.find_statements(speaker="Kao Kim Hourn")
        assert {s.id for s in old} | {"hd-001-s01", "hd-001-s02"} == {s.id for s in found}
        assert ["hd-001-s01"] == [
            s.id for s in corpus.find_statements(speaker="ASEAN Secretary-General", since="2026")
        ]
        assert "Kao Kim Hourn" == corpus.actor("kao-kim-hourn").name
        assert ["hd-001-s03"] == [s.id for s in corpus.find_statements(speaker="Dinh Thi Hoa")]

    def test_base_records_first_then_the_new_ones(self, tmp_path: Path, bundled: ac.Corpus) -> None:
        """The result holds every base record, in order, then the new records."""
        corpus = ac.build(*folders(tmp_path), base=bundled)
        assert [*(a.id for a in bundled.articles), "hd-001"] == [a.id for a in corpus.articles]
        new = ["hd-001-s01", "hd-001-s02", "hd-001-s03"]
        assert [*(s.id for s in bundled.statements), *new] == [s.id for s in corpus.statements]
        assert [*(a.id for a in bundled.actors), "dinh-thi-hoa"] == [a.id for a in corpus.actors]
        assert bundled.topics == corpus.topics
        assert bundled.merge(corpus) == corpus

    def test_without_base_the_registries_are_required(self, tmp_path: Path) -> None:
        """Without a base, the same annotations miss the registry files and the ids."""
        with pytest.raises(AnnotationError) as info:
            ac.build(*folders(tmp_path))
        problems = "\n".join(info.value.problems)
        assert "annotations/topics.toml: no such file" in problems

    def test_an_equal_repeated_record_is_kept_once(
        self, tmp_path: Path, bundled: ac.Corpus
    ) -> None:
        """A registry record equal to the base's is accepted and kept once."""
        texts, annotations = folders(tmp_path)
        trade = bundled.topic("trade")
        (annotations / "topics.toml").write_text(_topic_toml(trade), encoding="utf-8")
        corpus = ac.build(texts, annotations, base=bundled)
        assert bundled.topics == corpus.topics

    def test_a_different_repeated_record_names_file_record_and_field(
        self, tmp_path: Path, bundled: ac.Corpus
    ) -> None:
        """A record that differs from the base's is a problem naming file, id and field."""
        texts, annotations = folders(tmp_path)
        changed = _topic_toml(bundled.topic("trade"), label="Commerce")
        (annotations / "topics.toml").write_text(changed, encoding="utf-8")
        with pytest.raises(AnnotationError) as info:
            ac.build(texts, annotations, base=bundled)
        assert (
            "annotations/topics.toml: topic[0] (trade): the base corpus has a different "
            "topic 'trade': label is 'Trade and agreements' there, 'Commerce' here; delete "
            "it here to use the base's record as it is, or build with "
            "on_conflict='replace' to use this one instead",
        ) == info.value.problems

    def test_several_fields_are_named(self, tmp_path: Path, bundled: ac.Corpus) -> None:
        """A record differing in several fields lists their annotation keys."""
        texts, annotations = folders(tmp_path)
        changed = _topic_toml(bundled.topic("trade"), label="Commerce", description="Goods.")
        (annotations / "topics.toml").write_text(changed, encoding="utf-8")
        with pytest.raises(AnnotationError, match=r"topic\[0\] \(trade\): .*label, description"):
            ac.build(texts, annotations, base=bundled)

    def test_an_id_repeated_in_the_annotations_is_a_duplicate(
        self, tmp_path: Path, bundled: ac.Corpus
    ) -> None:
        """Two records of one id in the annotations are duplicates, not a base clash."""
        texts, annotations = folders(tmp_path)
        path = annotations / "articles" / "help-desk.toml"
        text = path.read_text(encoding="utf-8").replace('"hd-001-s03"', '"hd-001-s02"')
        path.write_text(text, encoding="utf-8")
        with pytest.raises(AnnotationError) as info:
            ac.build(texts, annotations, base=bundled)
        (problem,) = info.value.problems
        assert "statement[2] (hd-001-s02).id: duplicate" in problem
        assert "base corpus" not in problem

    def test_an_article_id_of_the_base(self, tmp_path: Path, bundled: ac.Corpus) -> None:
        """An article or statement id the base already uses for another record is refused."""
        texts, annotations = folders(tmp_path)
        path = annotations / "articles" / "help-desk.toml"
        text = path.read_text(encoding="utf-8").replace('"hd-001', '"a001')
        path.write_text(text, encoding="utf-8")
        with pytest.raises(AnnotationError) as info:
            ac.build(texts, annotations, base=bundled)
        problems = info.value.problems
        assert problems[0].startswith(
            "annotations/articles/help-desk.toml: the base corpus has a different article "
            "'a001': it differs in title, body,"
        )
        assert "give this one another id" in problems[0]
        assert any(
            p.startswith("annotations/articles/help-desk.toml: statement[0] (a001-s01): ")
            for p in problems
        )

    @pytest.mark.parametrize("policy", ["raise", "keep"])
    def test_an_article_the_base_keeps_is_reported_alone(
        self, tmp_path: Path, bundled: ac.Corpus, policy: ac.corpus.merge.MergePolicy
    ) -> None:
        """The clash is the problem, not the statements checked against the base's body
        (which quoted text the annotator never wrote)."""
        texts, annotations = folders(tmp_path)
        path = annotations / "articles" / "help-desk.toml"
        text = path.read_text(encoding="utf-8").replace('id = "hd-001"', 'id = "a001"')
        path.write_text(text, encoding="utf-8")
        with pytest.raises(AnnotationError) as info:
            ac.build(texts, annotations, base=bundled, on_conflict=policy)
        problems = info.value.problems
        assert 1 == len(problems)
        assert "the base corpus has a different article 'a001'" in problems[0]
        assert "not the recorded text" not in " ".join(problems)

    @pytest.mark.parametrize(
        ("policy", "label"), [("keep", "Trade and agreements"), ("replace", "Commerce")]
    )
    def test_policies(
        self, tmp_path: Path, bundled: ac.Corpus, policy: ac.corpus.merge.MergePolicy, label: str
    ) -> None:
        """on_conflict="keep" keeps the base's record, "replace" uses the annotations'."""
        texts, annotations = folders(tmp_path)
        changed = _topic_toml(bundled.topic("trade"), label="Commerce")
        (annotations / "topics.toml").write_text(changed, encoding="utf-8")
        corpus = ac.build(texts, annotations, base=bundled, on_conflict=policy)
        assert label == corpus.topic("trade").label
        assert [t.id for t in bundled.topics] == [t.id for t in corpus.topics]

    def test_a_replaced_record_that_breaks_the_base(
        self, tmp_path: Path, bundled: ac.Corpus
    ) -> None:
        """A replacement that breaks base records is reported against those records."""
        texts, annotations = folders(tmp_path)
        changed = _topic_toml(bundled.topic("msmes"), parent="no-such-topic")
        (annotations / "topics.toml").write_text(changed, encoding="utf-8")
        with pytest.raises(AnnotationError) as info:
            ac.build(texts, annotations, base=bundled, on_conflict="replace")
        assert any(
            "topic[0] (msmes).parent: unknown topic 'no-such-topic'" in p
            for p in info.value.problems
        )

    def test_a_replaced_article_breaks_base_statements(
        self, tmp_path: Path, bundled: ac.Corpus
    ) -> None:
        """Base records broken by a replacement are reported by JSON path, as the base's."""
        texts, annotations = folders(tmp_path)
        path = annotations / "articles" / "help-desk.toml"
        path.write_text(path.read_text().replace('id = "hd-001"', 'id = "a001"', 1))
        with pytest.raises(AnnotationError) as info:
            ac.build(texts, annotations, base=bundled, on_conflict="replace")
        first = info.value.problems[0]
        assert first.startswith("$.statements[7] (a001-s01).span: body[")
        assert first.endswith("(a record of the base corpus)")

    def test_evidence_in_a_base_article(self, tmp_path: Path, bundled: ac.Corpus) -> None:
        """A new record's evidence may be a passage of a base article."""
        role = (
            '\n[[actor.role]]\ntitle = "Secretary-General"\norganisation = "asean"\n'
            'current = true\nevidence = [{ article = "a001", passage = "ASEAN '
            'Secretary-General Kao Kim Hourn" }]\n'
        )
        texts, annotations = folders(tmp_path, actors=DINH + role)
        corpus = ac.build(texts, annotations, base=bundled)
        evidence = corpus.actor("dinh-thi-hoa").roles[0].evidence[0]
        assert isinstance(evidence, ac.ArticleEvidence)
        assert "a001" == evidence.article_id

    def test_unknown_ids_still_name_the_file(self, tmp_path: Path, bundled: ac.Corpus) -> None:
        """An id neither the base nor the annotations hold is reported in its file."""
        texts, annotations = folders(tmp_path)
        path = annotations / "articles" / "help-desk.toml"
        text = path.read_text(encoding="utf-8").replace('"acfta-3"', '"acfta-4"')
        path.write_text(text, encoding="utf-8")
        with pytest.raises(
            AnnotationError, match=r"help-desk\.toml: statement\[0\] \(hd-001-s01\)\.agreements"
        ):
            ac.build(texts, annotations, base=bundled)

    def test_wrong_arguments(self, tmp_path: Path) -> None:
        """A base that is not a corpus, or an unknown policy, is an InvalidQueryError."""
        texts, annotations = folders(tmp_path)
        with pytest.raises(InvalidQueryError, match=r"base must be an asean_corpus\.Corpus"):
            ac.build(texts, annotations, base="bundled")  # type: ignore[arg-type]
        with pytest.raises(InvalidQueryError, match="on_conflict: expected one of"):
            ac.build(texts, annotations, on_conflict="merge")  # type: ignore[arg-type]


class TestDraftToBuild:
    """suggest → to_toml → (review) → build, and a draft edited out of step with its text."""

    REASONS = 'reasons = ["TO REVIEW: why this source can or cannot be trusted."]'

    def _draft(
        self, tmp_path: Path, bundled: ac.Corpus, *, reviewed: bool = True
    ) -> tuple[Path, Path, Path]:
        texts, annotations = folders(tmp_path)
        found = ac.suggest(TEXT, corpus=bundled, published="2026-03-04")
        draft = to_toml(
            found,
            TEXT,
            article_id="hd-001",
            source_file="help-desk.txt",
            corpus=bundled,
            published="2026-03-04",
        )
        assert self.REASONS in draft
        if reviewed:  # what a person writes where the draft says TO REVIEW
            draft = draft.replace(self.REASONS, 'reasons = ["A dated wire report."]')
        path = annotations / "articles" / "help-desk.toml"
        path.write_text(draft, encoding="utf-8")
        return texts, annotations, path

    def test_the_draft_builds_once_reviewed(self, tmp_path: Path, bundled: ac.Corpus) -> None:
        """A draft builds on the base once nothing in it says TO REVIEW."""
        texts, annotations, path = self._draft(tmp_path, bundled)
        speakers = {s["speaker"] for s in tomllib.loads(path.read_text())["statement"]}
        assert {"kao-kim-hourn", "dinh-thi-hoa"} == speakers
        corpus = ac.build(texts, annotations, base=bundled)
        assert "hd-001" == corpus.statements[-1].article_id

    @pytest.mark.parametrize("end", ["\r\n", "\r", "\ufeff"])
    def test_a_draft_of_a_text_with_other_line_ends_builds(
        self, tmp_path: Path, bundled: ac.Corpus, end: str
    ) -> None:
        """The raw file keeps its CRLF or CR line ends (or BOM) and ``build`` reads it with
        ``\\n``: the draft's passages and body lines are written as ``build`` reads them
        (they held ``\\r`` and were not found)."""
        wrapped = TEXT.replace("help small businesses", "help small\nbusinesses")
        raw = "\ufeff" + wrapped if end == "\ufeff" else wrapped.replace("\n", end)
        texts, annotations = folders(tmp_path)
        (texts / "help-desk.txt").write_bytes(raw.encode("utf-8"))
        found = ac.suggest(raw, corpus=bundled, published="2026-03-04")
        draft = to_toml(
            found, raw, article_id="hd-001", source_file="help-desk.txt", corpus=bundled
        )
        draft = draft.replace(self.REASONS, 'reasons = ["A dated wire report."]')
        (annotations / "articles" / "help-desk.toml").write_text(draft, encoding="utf-8")
        corpus = ac.build(texts, annotations, base=bundled)
        built = [s.text for s in corpus.statements if s.article_id == "hd-001"]
        assert [s.text.replace("\r\n", "\n").replace("\r", "\n") for s in found] == built

    def test_a_long_draft_splits_lines_once_and_searches_each_passage_once(
        self, bundled: ac.Corpus, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Drafting a page does work in proportion to the page, not to the page times
        its statements: its lines are split once and each distinct passage is searched
        once (each statement split and searched the whole text again, so 1 MB took a
        minute); a passage said twice is still numbered by occurrence."""
        said = [f"Speaker Number{n} said trade would grow by {n} percent." for n in range(60)]
        said += ["Kao Kim Hourn said trade would grow.", "Dinh Thi Hoa said trade would grow."]
        text = "Talks open in Jakarta\n\n" + "\n\n".join(said) + "\n"
        found = ac.suggest(text, corpus=bundled)
        assert 62 == len(found)
        splits: list[str] = []
        searches: list[str] = []
        split, search = render._lines, render._Occurrences._starts

        def counted_split(whole: str) -> list[tuple[int, int]]:
            splits.append(whole)
            return split(whole)

        def counted_search(self: render._Occurrences, passage: str) -> list[int]:
            searches.append(passage)
            return search(self, passage)

        monkeypatch.setattr(render, "_lines", counted_split)
        monkeypatch.setattr(render._Occurrences, "_starts", counted_search)
        draft = to_toml(found, text, article_id="hd-009", corpus=bundled)
        assert [text] == splits
        assert sorted({s.text for s in found}) == sorted(searches)
        repeated = [
            s.get("occurrence")
            for s in tomllib.loads(draft)["statement"]
            if s["passage"] == "trade would grow."
        ]
        assert [1, 2] == repeated

    def test_an_unreviewed_draft_is_refused(self, tmp_path: Path, bundled: ac.Corpus) -> None:
        """Every value still marked TO REVIEW is named, with its file, place and record."""
        texts, annotations, path = self._draft(tmp_path, bundled, reviewed=False)
        draft = path.read_text(encoding="utf-8")
        first = tomllib.loads(draft)["statement"][0]
        note = f'note = "{first["note"]}"'
        marked = draft.replace(note, 'note = "TO REVIEW: is this the minister?"', 1)
        path.write_text(marked, encoding="utf-8")
        with pytest.raises(AnnotationError) as info:
            ac.build(texts, annotations, base=bundled)
        said = [p for p in info.value.problems if "still says TO REVIEW" in p]
        assert [
            "annotations/articles/help-desk.toml: reliability.reasons[0] (hd-001): ",
            f"annotations/articles/help-desk.toml: statement[0] ({first['id']}).note: ",
        ] == [p.split("still says")[0] for p in said]

    def test_an_edited_passage_is_refused(self, tmp_path: Path, bundled: ac.Corpus) -> None:
        """A passage edited out of the text is refused, naming the statement and the closest."""
        texts, annotations, path = self._draft(tmp_path, bundled)
        draft = path.read_text(encoding="utf-8")
        statement = tomllib.loads(draft)["statement"][1]
        passage = statement["passage"]
        assert "Small firms are the backbone of our economies" in passage
        edited = passage.replace("backbone", "back bone")
        path.write_text(draft.replace(json.dumps(passage), json.dumps(edited)), encoding="utf-8")
        with pytest.raises(AnnotationError) as info:
            ac.build(texts, annotations, base=bundled)
        (problem,) = info.value.problems
        assert problem.startswith(
            f"annotations/articles/help-desk.toml: statement[1] ({statement['id']}).passage: "
            f"passage {edited!r} is not in the article body; closest passage in the text: "
        )
        assert passage in problem.split("closest passage in the text: ")[1]
