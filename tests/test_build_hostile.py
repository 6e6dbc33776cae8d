"""build on hostile folders: it reads only inside its texts folder, turns every unreadable
path inside its folders into an AnnotationError (a folder given that is missing or no
folder is a file error), handles BOMs, CRLF and Unicode normal forms, refuses
ambiguous passages, and suggests the closest passage quickly."""

from __future__ import annotations

import errno
import os
import random
import shutil
import time
import unicodedata
from pathlib import Path

import pytest
from tests.test_build import _annotations

import asean_corpus as ac
from asean_corpus import AnnotationError
from asean_corpus.builder import closest_passage
from asean_corpus.builder.passages import CLOSEST_SECONDS

ARTICLE = "articles/one.toml"


def set_field(ann: Path, key: str, value: str) -> None:
    """Replace the line ``key = ...`` of the article's annotation file."""
    path = ann / ARTICLE
    lines = path.read_text(encoding="utf-8").splitlines()
    done = [f"{key} = {value}" if line.startswith(f"{key} = ") else line for line in lines]
    path.write_text("\n".join(done) + "\n", encoding="utf-8")


class TestSourceFileConfined:
    @pytest.mark.parametrize(
        "source",
        ['"../../../../etc/passwd"', '"../outside.txt"', '"sub/../../outside.txt"'],
    )
    def test_paths_leading_out(self, tmp_path: Path, source: str) -> None:
        """A relative path that climbs out of the texts folder is refused."""
        seeds, ann = _annotations(tmp_path)
        (tmp_path / "outside.txt").write_text("secret", encoding="utf-8")
        (seeds / "sub").mkdir()
        set_field(ann, "source_file", source)
        with pytest.raises(AnnotationError, match="leads outside the texts folder"):
            ac.build(seeds, ann)

    @pytest.mark.parametrize("source", ['"/etc/passwd"', '"/"', '"//etc/hosts"'])
    def test_absolute_paths(self, tmp_path: Path, source: str) -> None:
        """An absolute path is refused."""
        seeds, ann = _annotations(tmp_path)
        set_field(ann, "source_file", source)
        with pytest.raises(AnnotationError, match="is an absolute path"):
            ac.build(seeds, ann)

    def test_symlink_out_of_the_folder(self, tmp_path: Path) -> None:
        """A link in the texts folder that points outside it is refused."""
        seeds, ann = _annotations(tmp_path)
        (tmp_path / "outside.txt").write_text("Headline\nOn May 2, x\n", encoding="utf-8")
        (seeds / "link.txt").symlink_to(tmp_path / "outside.txt")
        set_field(ann, "source_file", '"link.txt"')
        with pytest.raises(AnnotationError, match="leads outside the texts folder"):
            ac.build(seeds, ann)

    def test_symlink_inside_the_folder(self, tmp_path: Path) -> None:
        """A link to another file of the texts folder is followed."""
        seeds, ann = _annotations(tmp_path)
        (seeds / "sub").mkdir()
        os.replace(seeds / "one.txt", seeds / "sub" / "one.txt")
        (seeds / "one.txt").symlink_to(Path("sub") / "one.txt")
        assert 1 == len(ac.build(seeds, ann).articles)


class TestUnreadablePathsAreProblems:
    @pytest.mark.parametrize(
        ("source", "message"),
        [
            ('"."', "is the texts folder itself"),
            ('"sub"', "it is a folder"),
            ('"loop.txt"', "cannot be followed|symbolic links"),
            ('"one\\u0000.txt"', "contains a NUL character"),
            ('"pipe.txt"', "it is a FIFO"),
            ('"missing.txt"', "no raw file 'missing.txt'"),
        ],
    )
    def test_source_file(self, tmp_path: Path, source: str, message: str) -> None:
        """Each unusable source_file is one problem of the article's file."""
        seeds, ann = _annotations(tmp_path)
        (seeds / "sub").mkdir()
        (seeds / "loop.txt").symlink_to("loop.txt")
        os.mkfifo(seeds / "pipe.txt")
        set_field(ann, "source_file", source)
        with pytest.raises(AnnotationError, match=rf"one\.toml: source_file: .*({message})"):
            ac.build(seeds, ann)

    def test_annotations_path_is_a_file(self, tmp_path: Path) -> None:
        """An annotations path that is a file is a file error (an OSError), named so."""
        seeds, _ = _annotations(tmp_path)
        (tmp_path / "file").write_text("x", encoding="utf-8")
        with pytest.raises(ac.CorpusFileError, match="the annotations path is not a folder"):
            ac.build(seeds, tmp_path / "file")

    def test_texts_path_is_a_file(self, tmp_path: Path) -> None:
        """A texts path that is a file is refused as such."""
        _, ann = _annotations(tmp_path)
        (tmp_path / "file").write_text("x", encoding="utf-8")
        with pytest.raises(ac.CorpusFileError, match="the texts path is not a folder") as info:
            ac.build(tmp_path / "file", ann)
        assert info.value.errno == errno.ENOTDIR

    @pytest.mark.parametrize("missing", ["texts", "annotations"])
    def test_missing_folders(self, tmp_path: Path, missing: str) -> None:
        """A missing folder is a FileNotFoundError, as a missing corpus file is to load,
        naming the folder: ``except FileNotFoundError`` catches it."""
        seeds, ann = _annotations(tmp_path)
        gone = tmp_path / "gone"
        args = (gone, ann) if missing == "texts" else (seeds, gone)
        with pytest.raises(FileNotFoundError, match=f"gone.*no such folder \\(the {missing}\\)"):
            ac.build(*args)

    @pytest.mark.parametrize("name", ["actors.toml", "topics.toml", "articles/x.toml"])
    def test_annotation_file_is_a_folder(self, tmp_path: Path, name: str) -> None:
        """A registry or article file that is a folder is a problem, not a traceback."""
        seeds, ann = _annotations(tmp_path)
        path = ann / name
        if path.exists():
            path.unlink()
        path.mkdir()
        with pytest.raises(AnnotationError, match=rf"{name.split('/')[-1]}: cannot read: it is"):
            ac.build(seeds, ann)

    def test_articles_folder_is_a_file(self, tmp_path: Path) -> None:
        """An articles path that is a file is refused."""
        seeds, ann = _annotations(tmp_path)
        for path in (ann / "articles").iterdir():
            path.unlink()
        (ann / "articles").rmdir()
        (ann / "articles").write_text("x", encoding="utf-8")
        with pytest.raises(AnnotationError, match="articles: is not a folder"):
            ac.build(seeds, ann)

    @pytest.mark.parametrize("text", ["a = " + "[" * 50_000, "a = " + "{b = " * 50_000])
    def test_deeply_nested_toml(self, tmp_path: Path, text: str) -> None:
        """TOML nested 50,000 deep is a problem of its file, not a RecursionError."""
        seeds, ann = _annotations(tmp_path)
        (ann / "events.toml").write_text(text, encoding="utf-8")
        with pytest.raises(AnnotationError, match=r"events\.toml: invalid TOML"):
            ac.build(seeds, ann)

    def test_integer_too_long_for_python(self, tmp_path: Path) -> None:
        """An integer of 5,000 digits is a problem of its file, not a ValueError."""
        seeds, ann = _annotations(tmp_path)
        (ann / "events.toml").write_text("a = 1" + "0" * 5000, encoding="utf-8")
        with pytest.raises(AnnotationError, match=r"events\.toml: invalid TOML: .*digits"):
            ac.build(seeds, ann)


class TestRawTextForms:
    def test_bom_dropped(self, tmp_path: Path) -> None:
        """A text starting with a BOM builds; the body has no BOM; the hash is the file's."""
        seeds, ann = _annotations(tmp_path)
        raw = (seeds / "one.txt").read_bytes()
        (seeds / "one.txt").write_bytes(b"\xef\xbb\xbf" + raw.replace(b"Headline\n", b"", 1))
        set_field(ann, "title", '"By someone"')
        set_field(ann, "published_from", '"By someone"')
        corpus = ac.build(seeds, ann)
        assert "\ufeff" not in corpus.articles[0].body
        import hashlib

        expected = hashlib.sha256((seeds / "one.txt").read_bytes()).hexdigest()
        assert expected == corpus.articles[0].source_sha256

    def test_bom_before_first_line(self, tmp_path: Path) -> None:
        """A first_line matching the text's first line matches despite a BOM before it."""
        seeds, ann = _annotations(tmp_path)
        raw = (seeds / "one.txt").read_text(encoding="utf-8")
        (seeds / "one.txt").write_text("\ufeff" + raw[raw.index("On May 2") :], encoding="utf-8")
        set_field(ann, "title", '"On May 2"')
        set_field(ann, "published_from", '"On May 2"')
        assert ac.build(seeds, ann).articles[0].body.startswith("On May 2")

    @pytest.mark.parametrize("newline", ["\r\n", "\r"])
    def test_crlf_and_cr(self, tmp_path: Path, newline: str) -> None:
        """CRLF and CR line ends become LF: no stray \\r in a body or a statement."""
        seeds, ann = _annotations(tmp_path)
        raw = (seeds / "one.txt").read_text(encoding="utf-8")
        (seeds / "one.txt").write_bytes(raw.replace("\n", newline).encode("utf-8"))
        corpus = ac.build(seeds, ann)
        assert "\r" not in corpus.articles[0].body
        assert all("\r" not in s.text for s in corpus.statements)


class TestPassages:
    @pytest.mark.parametrize("form", ["NFC", "NFD"])
    def test_other_normal_form(self, tmp_path: Path, form: str) -> None:
        """A passage in another normal form than the text says so."""
        other = "NFD" if form == "NFC" else "NFC"
        seeds, ann = _annotations(tmp_path)
        raw = (seeds / "one.txt").read_text(encoding="utf-8")
        text = unicodedata.normalize(form, raw.replace("trade will grow", "café trade will grow"))
        (seeds / "one.txt").write_text(text, encoding="utf-8")
        passage = unicodedata.normalize(other, "café trade will grow")
        set_field(ann, "passage", f'"{passage}"')
        pattern = f"another Unicode normal form \\(the passage is {other}, the text {form}"
        with pytest.raises(AnnotationError, match=pattern):
            ac.build(seeds, ann)

    def test_ambiguous_passage_refused(self, tmp_path: Path) -> None:
        """A passage found twice without occurrence is refused, listing where it occurs."""
        seeds, ann = _annotations(tmp_path)
        raw = (seeds / "one.txt").read_text(encoding="utf-8")
        raw = raw.replace("trade will grow.", "trade will grow. Again, trade will grow.")
        (seeds / "one.txt").write_text(raw, encoding="utf-8")
        with pytest.raises(AnnotationError, match=r"occurs 2 times .*1: offset .*2: offset"):
            ac.build(seeds, ann)

    @pytest.mark.parametrize(("occurrence", "start"), [(1, 0), (2, 1)])
    def test_occurrence_chooses(self, tmp_path: Path, occurrence: int, start: int) -> None:
        """occurrence = N picks the N-th place."""
        seeds, ann = _annotations(tmp_path)
        raw = (seeds / "one.txt").read_text(encoding="utf-8")
        raw = raw.replace("trade will grow.", "trade will grow. Again, trade will grow.")
        (seeds / "one.txt").write_text(raw, encoding="utf-8")
        path = ann / ARTICLE
        text = path.read_text(encoding="utf-8")
        text = text.replace(
            'passage = "trade will grow"', f'passage = "trade will grow"\noccurrence = {occurrence}'
        )
        path.write_text(text, encoding="utf-8")
        statement = ac.build(seeds, ann).statement("x1-s1")
        body = ac.build(seeds, ann).articles[0].body
        places = [i for i in range(len(body)) if body.startswith("trade will grow", i)]
        assert places[start] == statement.span.start

    def test_occurrence_past_the_count(self, tmp_path: Path) -> None:
        """An occurrence past the last one says how many there are."""
        seeds, ann = _annotations(tmp_path)
        path = ann / ARTICLE
        text = path.read_text(encoding="utf-8")
        path.write_text(
            text.replace(
                'passage = "trade will grow"', 'passage = "trade will grow"\noccurrence = 3'
            ),
            encoding="utf-8",
        )
        with pytest.raises(
            AnnotationError, match=r"occurrence 3 requested but the passage occurs 1 time$"
        ):
            ac.build(seeds, ann)

    def test_time_zone_offset_with_seconds(self, tmp_path: Path) -> None:
        """published_time with an offset in seconds is refused, in the article's file."""
        seeds, ann = _with_time(tmp_path, "12:30+05:30:15")
        with pytest.raises(AnnotationError, match=r"one\.toml.*published_time: .*whole minutes"):
            ac.build(seeds, ann)

    @pytest.mark.parametrize("written", ["1000", "10", "T10:00", "10:00 am"])
    def test_a_time_not_written_as_hh_mm_is_refused(self, tmp_path: Path, written: str) -> None:
        """ "1000" and "T10:00" were read as 10:00 though the message promised HH:MM."""
        seeds, ann = _with_time(tmp_path, written)
        with pytest.raises(AnnotationError, match=r"one\.toml.*published_time: not a time HH:MM"):
            ac.build(seeds, ann)

    def test_a_time_with_an_offset_builds(self, tmp_path: Path) -> None:
        seeds, ann = _with_time(tmp_path, "12:30+07:00")
        assert "12:30:00+07:00" == ac.build(seeds, ann).articles[0].published_time.isoformat()

    def test_an_annotation_file_with_a_byte_order_mark_builds(self, tmp_path: Path) -> None:
        """Windows editors start UTF-8 files with a BOM; tomllib refused it ("Invalid
        statement (at line 1, column 1)"), as raw texts with one were already read."""
        seeds, ann = _annotations(tmp_path)
        plain = ac.build(seeds, ann)
        path = ann / ARTICLE
        path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
        assert plain.statements == ac.build(seeds, ann).statements

    @pytest.mark.parametrize(
        ("field", "written", "cut"),
        [
            ("passage", 'passage = "trade will grow"', 'passage = "rade will grow"'),
            ("mention", 'mention = "Ana Diaz"', 'mention = "Ana Dia"'),
        ],
    )
    def test_a_passage_cutting_a_word_is_named_as_such(
        self, tmp_path: Path, field: str, written: str, cut: str
    ) -> None:
        """It was said to be "in another Unicode normal form (the passage is NFC and NFD,
        the text NFC and NFD)", or not in the body at all."""
        seeds, ann = _annotations(tmp_path)
        path = ann / ARTICLE
        path.write_text(path.read_text(encoding="utf-8").replace(written, cut), encoding="utf-8")
        with pytest.raises(AnnotationError) as info:
            ac.build(seeds, ann)
        assert 1 == len(info.value.problems)
        assert f".{field}: " in info.value.problems[0]
        assert "only inside words (at offset" in info.value.problems[0]
        assert "normal form" not in info.value.problems[0]


def _with_time(tmp_path: Path, written: str) -> tuple[Path, Path]:
    """The example annotations with ``published_time`` written as given."""
    seeds, ann = _annotations(tmp_path)
    path = ann / ARTICLE
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace('kind = "news"', f'kind = "news"\npublished_time = "{written}"'),
        encoding="utf-8",
    )
    return seeds, ann


def _words(n: int, seed: int = 1) -> str:
    words = "cooperation partnership trade investment connectivity region maritime security"
    words = words.split()
    rng = random.Random(seed)
    return " ".join(rng.choice(words) for _ in range(n))


class TestClosestPassageIsQuick:
    @pytest.mark.parametrize(
        ("body", "passage"),
        [
            ("The ministers agreed to deepen cooperation on trade. " * 1000,
             "The ministers agreed to deepen coperation on trade."),
            ("Yes. " * 20_000, "Yes, no."),
            (_words(15_000)[:96_000], _words(15_000)[:96_000][50_003:50_200].replace("a", "e", 3)),
            (_words(4_000)[:24_000], _words(4_000)[:24_000][10_000:11_000].replace("a", "o", 5)),
            (_words(4_000)[:24_000], "x" * 1000),
            ("a" * 96_000, "a" * 999 + "b"),
        ],
    )  # fmt: skip
    def test_bounded(self, body: str, passage: str) -> None:
        """Long bodies, long passages and repeated text answer well under a second."""
        start = time.perf_counter()
        closest_passage(body, passage)
        assert time.perf_counter() - start < CLOSEST_SECONDS + 0.5

    def test_still_finds_the_typo(self) -> None:
        """A typo in a long passage on a long body still finds the original."""
        body = _words(4_000)[:24_000]
        original = body[10_000:11_000].split(" ", 1)[1].rsplit(" ", 1)[0]
        found = closest_passage(body, original.replace("trade", "trabe", 2))
        assert found is not None
        assert original[:50] in found


def _refused(tmp_path: Path, *changes: tuple[str, str]) -> AnnotationError:
    """The error of a build whose article file has each ``(old, new)`` change made once."""
    seeds, ann = _annotations(tmp_path)
    path = ann / ARTICLE
    text = path.read_text(encoding="utf-8")
    for old, new in changes:
        assert old in text
        text = text.replace(old, new, 1)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(AnnotationError) as info:
        ac.build(seeds, ann)
    return info.value


class TestEveryProblemOfAStatement:
    """A statement with a problem of its own is not built, but what it names is still
    checked: fixing one problem does not bring the next to light."""

    def test_bad_fields_and_unknown_ids_together(self, tmp_path: Path) -> None:
        error = _refused(
            tmp_path,
            ('said_on = "2025-05-02"', 'said_on = "2025-13-02"'),
            ('topics = ["trade"]', 'topics = ["trad", "nothing-like-it"]'),
            ('speaker = "ana"', 'speaker = "anna"'),
        )
        found = {(p.path, p.message.split(":")[0].split(";")[0]) for p in error.details}
        assert found == {
            (("statement", 0, "said_on"), "invalid date '2025-13-02'"),
            (("statement", 0, "speaker"), "unknown actor 'anna'"),
            (("statement", 0, "topics"), "unknown topic 'nothing-like-it'"),
            (("statement", 0, "topics"), "unknown topic 'trad'"),
        }

    def test_a_field_with_a_problem_is_reported_once(self, tmp_path: Path) -> None:
        """The stand-ins of a statement's broken fields (no date, an empty passage) bring
        no problems of their own: a missing passage is one problem, not a date rule too."""
        error = _refused(tmp_path, ('passage = "trade will grow"\n', ""))
        assert [(p.path, p.message) for p in error.details] == [
            (("statement", 0, "passage"), "missing (required)")
        ]

    def test_an_id_given_twice_beside_a_broken_statement(self, tmp_path: Path) -> None:
        error = _refused(
            tmp_path, ('id = "x1-s2"', 'id = "x1-s1"'), ('mode = "reported"', 'mode = "hearsay"')
        )
        messages = [p.message for p in error.details]
        assert any(m.startswith("duplicate id 'x1-s1'") for m in messages), messages
        assert any("hearsay" in m for m in messages), messages


class TestUnknownIdHints:
    def test_a_close_id_is_suggested(self, tmp_path: Path) -> None:
        seeds, ann = _annotations(tmp_path)
        set_field(ann, "speaker", '"anna"')
        with pytest.raises(AnnotationError, match="unknown actor 'anna'; did you mean 'ana'\\?"):
            ac.build(seeds, ann)

    def test_no_hint_when_nothing_is_close(self, tmp_path: Path) -> None:
        seeds, ann = _annotations(tmp_path)
        set_field(ann, "speaker", '"zhou-enlai"')
        with pytest.raises(AnnotationError) as info:
            ac.build(seeds, ann)
        assert info.value.details[0].message == "unknown actor 'zhou-enlai'"


def _example(tmp_path: Path) -> tuple[Path, Path, Path]:
    """A copy of the guide's example corpus, and its Riverside Fair article's file."""
    example = Path(__file__).parents[1] / "docs" / "guides" / "example-corpus"
    texts, ann = tmp_path / "texts", tmp_path / "annotations"
    shutil.copytree(example / "texts", texts)
    shutil.copytree(example / "annotations", ann)
    return texts, ann, ann / "articles" / "riverside-fair.toml"


class TestDatesAgainstArticleAndEvent:
    """The annotation guide's date rules: a statement is made no later than it is
    reported, an authored text is dated by its publication, and a date an event gives
    names the event and falls within its days (the fair: 2024-03-12; the article:
    published 2024-03-12)."""

    @pytest.mark.parametrize(
        ("before", "after", "key", "message"),
        [
            (
                'event = "riverside-fair-2024"\n',
                "",
                "date_basis",
                "'event' needs the event the statement was made at",
            ),
            (
                'said_on = "2024-03-12"\ndate_basis = "event"\nevent = "riverside-fair-2024"',
                'said_on = "2024-09-13"\ndate_basis = "stated"',
                "said_on",
                "2024-09-13 is after the article's publication date 2024-03-12",
            ),
            (
                'said_on = "2024-03-12"\ndate_basis = "event"',
                'said_on = "2024-03-10"\ndate_basis = "event"',
                "said_on",
                "2024-03-10 is not within the days of its event 'riverside-fair-2024' (2024-03-12)",
            ),
            (
                'said_on = "2024-03-12"\ndate_basis = "event"\nevent = "riverside-fair-2024"',
                'said_on = "2024-03"\ndate_basis = "publication"',
                "said_on",
                "2024-03 with date_basis 'publication', but the article was published on "
                "2024-03-12",
            ),
        ],
        ids=["event-without-event", "after-publication", "outside-event", "not-publication"],
    )
    def test_refused(self, tmp_path: Path, before: str, after: str, key: str, message: str) -> None:
        texts, ann, path = _example(tmp_path)
        text = path.read_text(encoding="utf-8")
        assert before in text
        path.write_text(text.replace(before, after, 1), encoding="utf-8")
        with pytest.raises(AnnotationError) as info:
            ac.build(texts, ann)
        assert [(p.path, p.record_id) for p in info.value.details] == [
            (("statement", 0, key), "ex-a1-s1")
        ]
        assert info.value.details[0].message.startswith(message)

    @pytest.mark.parametrize(
        "dates",
        [
            'said_on = "2024-03"',  # a month that holds the fair's day
            'said_on = "2024-03-11"\nsaid_until = "2024-03-12"',  # a range that reaches it
        ],
    )
    def test_dates_that_overlap_the_event_are_kept(self, tmp_path: Path, dates: str) -> None:
        texts, ann, path = _example(tmp_path)
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace('said_on = "2024-03-12"', dates, 1), encoding="utf-8")
        corpus = ac.build(texts, ann)
        assert corpus.statement("ex-a1-s1").event_id == "riverside-fair-2024"
