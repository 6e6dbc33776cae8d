"""Building a corpus from raw texts and annotation files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import asean_corpus as ac
from asean_corpus.builder import closest_passage, cut_body, locate

RAW = "Site header\nTitle line\n\nFirst paragraph.\n\nPhoto: someone\n\n\nSecond one.\nShare this\n"


class TestCutBody:
    def test_whole_line_rules(self) -> None:
        """The body runs from first_line to last_line without dropped lines."""
        body = cut_body(RAW, "First", "Second", ["Photo:"])
        assert "First paragraph.\n\nSecond one." == body

    def test_to_the_end(self) -> None:
        """Without last_line the body runs to the end of the text."""
        assert cut_body(RAW, "Second", None, []) == "Second one.\nShare this"

    def test_unmatched_rules_are_errors(self) -> None:
        """A rule that matches no line is reported, so typos are caught."""
        with pytest.raises(ValueError, match="first_line 'Nope'"):
            cut_body(RAW, "Nope", None, [])
        with pytest.raises(ValueError, match="drop_lines 'Caption'"):
            cut_body(RAW, "First", None, ["Caption"])
        with pytest.raises(ValueError, match="last_line 'Title'"):
            cut_body(RAW, "First", "Title", [])


class TestLocate:
    def test_whole_words_only(self) -> None:
        """'he' is not found inside 'the'."""
        assert ac.Span(8, 10) == locate("the cat he said", "he")

    def test_occurrence(self) -> None:
        """occurrence picks the n-th match."""
        assert ac.Span(8, 11) == locate("cat and cat", "cat", 2)
        assert locate("cat and cat", "cat", 3) is None

    def test_closest_passage(self) -> None:
        """A near-miss passage finds the text it was meant to be."""
        body = "He said that “capacity building” matters for digital infrastructure."
        found = closest_passage(body, '"capacity building" matters')
        assert found is not None
        assert found.endswith("capacity building\u201d matters")
        assert "trade will grow" == closest_passage("So trade will grow. Yes.", "trade wil grow")

    @pytest.mark.slow
    def test_closest_passage_for_a_long_passage(self) -> None:
        """A long passage with typos finds its original in a real article."""
        corpus = ac.load()
        body = corpus.article("a003").body
        original = max((s.text for s in corpus.statements if s.article_id == "a003"), key=len)
        assert original == closest_passage(body, original.replace("the", "teh", 2))

    def test_no_suggestion_for_unrelated_text(self) -> None:
        """A passage sharing nothing with the text gets no suggestion."""
        body = ac.load().article("a003").body
        assert closest_passage(body, "zebra quokka narwhal axolotl okapi") is None


def _annotations(tmp_path: Path) -> tuple[Path, Path]:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "one.txt").write_text(
        "Headline\nBy someone\nOn May 2, Ana Diaz said that trade will grow. "
        "She added: \u201cWe are ready.\u201d\nComments\n",
        encoding="utf-8",
    )
    ann = tmp_path / "annotations"
    (ann / "articles").mkdir(parents=True)
    (ann / "actors.toml").write_text(
        '[[actor]]\nid = "ana"\nname = "Ana Diaz"\nkind = "person"\n', encoding="utf-8"
    )
    (ann / "topics.toml").write_text(
        '[[topic]]\nid = "trade"\nlabel = "Trade"\ndescription = "Trade."\n', encoding="utf-8"
    )
    for name in ("agreements", "events", "references"):
        (ann / f"{name}.toml").write_text("", encoding="utf-8")
    (ann / "articles" / "one.toml").write_text(
        """
id = "x1"
source_file = "one.txt"
title = "Headline"
kind = "news"
published = "2025-05-03"
published_from = "Headline"

[body]
first_line = "On May 2"
drop_lines = ["Comments"]

[reliability]
level = "medium"
reasons = ["example"]

[[statement]]
id = "x1-s1"
speaker = "ana"
mention = "Ana Diaz"
cue = "said"
passage = "trade will grow"
mode = "reported"
said_on = "2025-05-02"
date_basis = "stated"
date_evidence = "On May 2"
topics = ["trade"]

[[statement]]
id = "x1-s2"
speaker = "ana"
mention = "She"
passage = "We are ready."
mode = "direct_quote"
verbatim = true
said_on = "2025-05-02"
date_basis = "stated"
""",
        encoding="utf-8",
    )
    return seeds, ann


class TestBuild:
    def test_builds_spans_from_passages(self, tmp_path: Path) -> None:
        """Passages become spans into the cut body; mentions are found nearest before."""
        seeds, ann = _annotations(tmp_path)
        corpus = ac.build(seeds, ann)
        article = corpus.article("x1")
        assert article.body.startswith("On May 2, Ana Diaz said")
        s1, s2 = corpus.statements
        assert "trade will grow" == article.body[s1.span.start : s1.span.end]
        assert ("Ana Diaz", "She") == (s1.mention, s2.mention)
        assert ac.Mode.DIRECT_QUOTE is s2.mode
        assert 64 == len(article.source_sha256)

    def test_build_is_deterministic(self, tmp_path: Path) -> None:
        """Building twice gives equal corpora."""
        seeds, ann = _annotations(tmp_path)
        assert ac.build(seeds, ann) == ac.build(seeds, ann)

    def test_every_problem_with_file_record_and_field(self, tmp_path: Path) -> None:
        """All annotation mistakes are listed together, each with file, record and field."""
        seeds, ann = _annotations(tmp_path)
        path = ann / "articles" / "one.toml"
        text = path.read_text(encoding="utf-8")
        text = text.replace('passage = "trade will grow"', 'passage = "trade wil grow"')
        text = text.replace('mode = "direct_quote"', 'mode = "quoted"\ncolour = "red"')
        text = text.replace('topics = ["trade"]', 'topics = ["trad"]')
        path.write_text(text, encoding="utf-8")
        with pytest.raises(ac.AnnotationError) as info:
            ac.build(seeds, ann)
        problems = "\n".join(info.value.problems)
        assert "one.toml: statement[0] (x1-s1).passage" in problems
        assert "closest passage in the text: 'trade will grow'" in problems
        assert "statement[1] (x1-s2).mode: unknown Mode 'quoted'" in problems
        assert "statement[1] (x1-s2).colour: unknown field" in problems

    def test_integrity_problems_name_the_file(self, tmp_path: Path) -> None:
        """An unknown topic id is reported against the article file and statement."""
        seeds, ann = _annotations(tmp_path)
        path = ann / "articles" / "one.toml"
        path.write_text(
            path.read_text(encoding="utf-8").replace('["trade"]', '["trad"]'), encoding="utf-8"
        )
        with pytest.raises(
            ac.AnnotationError, match=r"one\.toml: statement\[0\] \(x1-s1\)\.topics"
        ):
            ac.build(seeds, ann)

    def test_an_article_id_given_twice_is_the_only_problem(self, tmp_path: Path) -> None:
        """Two articles of one id: that is reported, and neither article's statements
        are checked against the other's text; evidence citing the lost id says so once."""
        example = Path(__file__).parents[1] / "docs" / "guides" / "example-corpus"
        texts, ann = tmp_path / "texts", tmp_path / "annotations"
        shutil.copytree(example / "texts", texts)
        shutil.copytree(example / "annotations", ann)
        path = ann / "articles" / "ferry-link.toml"
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace('id = "ex-a2"\n', 'id = "ex-a1"\n', 1), encoding="utf-8")
        with pytest.raises(ac.AnnotationError) as info:
            ac.build(texts, ann)
        problems = info.value.problems
        assert 2 == len(problems), problems
        assert any("duplicate id 'ex-a1'" in p for p in problems)
        assert any("evidence.article: unknown article 'ex-a2'" in p for p in problems)

    def test_a_toml_date_without_quotes_is_a_day(self, tmp_path: Path) -> None:
        """said_on = 2025-05-02 (TOML's own date) is read as the string would be."""
        seeds, ann = _annotations(tmp_path)
        path = ann / "articles" / "one.toml"
        quoted = ac.build(seeds, ann)
        path.write_text(
            path.read_text(encoding="utf-8").replace(
                'said_on = "2025-05-02"', "said_on = 2025-05-02"
            ),
            encoding="utf-8",
        )
        assert ac.build(seeds, ann) == quoted

    def test_a_toml_date_and_time_is_refused(self, tmp_path: Path) -> None:
        seeds, ann = _annotations(tmp_path)
        path = ann / "articles" / "one.toml"
        text = path.read_text(encoding="utf-8")
        path.write_text(
            text.replace('said_on = "2025-05-02"', "said_on = 2025-05-02T10:00:00", 1),
            encoding="utf-8",
        )
        with pytest.raises(ac.AnnotationError, match=r"said_on: expected a date, got a TOML time"):
            ac.build(seeds, ann)

    def test_bad_toml(self, tmp_path: Path) -> None:
        """A TOML syntax error names the file."""
        seeds, ann = _annotations(tmp_path)
        (ann / "topics.toml").write_text("[[topic]\n", encoding="utf-8")
        with pytest.raises(ac.AnnotationError, match=r"topics\.toml: invalid TOML"):
            ac.build(seeds, ann)

    def test_missing_raw_file(self, tmp_path: Path) -> None:
        """A source_file that is not in the seeds folder is reported."""
        seeds, ann = _annotations(tmp_path)
        shutil.move(seeds / "one.txt", seeds / "two.txt")
        with pytest.raises(ac.AnnotationError, match=r"one\.toml: source_file: no raw file"):
            ac.build(seeds, ann)
