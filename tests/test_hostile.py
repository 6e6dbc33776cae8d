"""Hostile queries: wrong-typed lookups and catastrophic regexes are refused quickly, with
an InvalidQueryError, and echoed values are cut short."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from typing import Any

import attrs
import pytest
from tests._core_corpus import make_corpus

import asean_corpus as ac
from asean_corpus import InvalidQueryError, Span

CORPUS = make_corpus()


def _with_long_statement() -> ac.Corpus:
    """The corpus with one statement on which backtracking regexes blow up."""
    article = CORPUS.articles[0]
    tail = "a" * 60 + "!" + " " * 3000 + "x"
    body = article.body + " " + tail
    start = len(article.body) + 1
    first = CORPUS.statements[0]
    statement = attrs.evolve(
        first, id="long", span=Span(start, len(body)), text=tail, mention=None, mention_span=None
    )
    return attrs.evolve(
        CORPUS,
        articles=(attrs.evolve(article, body=body), *CORPUS.articles[1:]),
        statements=(*CORPUS.statements, statement),
    )


LONG = _with_long_statement()


class TestWrongTypedLookups:
    @pytest.mark.parametrize(
        "call",
        [
            lambda c: c.actor(5),
            lambda c: c.topic(None),
            lambda c: c.statement(b"x"),
            lambda c: c.holders(["x"]),
            lambda c: c.article(3.5),
            lambda c: c.agreement(("x",)),
            lambda c: c.event({"id": "x"}),
            lambda c: c.reference(object()),
            lambda c: c.get_actor(5),
            lambda c: c.get_statement(None),
            lambda c: c.subtopics(5),
            lambda c: c.context(5),
            lambda c: c.context(None),
            lambda c: c.context(c.actors[0]),
            lambda c: c.context(c.statements[0], chars="5"),
            lambda c: c.context(c.statements[0], chars=1.5),
            lambda c: c.context(c.statements[0], chars=True),
            lambda c: c.context(c.statements[0], chars=None),
            lambda c: c.find_statements(speaker=b"kao"),
            lambda c: c.find_statements(mode=bytearray(b"direct_quote")),
            lambda c: c.find_statements(topic={"trade": 1}),
            lambda c: ac.cite(c.statements[0].id, "bibtex", corpus="not a corpus"),
        ],
    )
    def test_invalid_query_error(self, call: Callable[[ac.Corpus], Any]) -> None:
        """A lookup given the wrong type raises InvalidQueryError, never TypeError."""
        with pytest.raises(InvalidQueryError, match="expected"):
            call(CORPUS)

    def test_huge_wrong_value_cut(self) -> None:
        """A huge wrong-typed argument is echoed cut short, saying its length."""
        with pytest.raises(InvalidQueryError, match=r"a list of 1,000,000 items") as info:
            CORPUS.actor(["x"] * 1_000_000)  # type: ignore[arg-type]
        assert len(str(info.value)) < 300

    def test_huge_unknown_name_cut(self) -> None:
        """An unknown name of 10 MB gives a short message that says how long it was."""
        with pytest.raises(ac.UnknownActorError, match=r"\(10,000,000 characters\)") as info:
            CORPUS.actor("x" * 10_000_000)
        assert len(str(info.value)) < 300

    def test_context_still_works(self) -> None:
        """Right types still give a context, by statement or id."""
        first = CORPUS.statements[0]
        assert CORPUS.context(first.id, chars=0) == CORPUS.context(first, chars=0)


CATASTROPHIC_NESTED = [
    r"(\w+\s?)*$",
    r"(a+)+$",
    r"(a*)*b",
    r"(.*a){12}$",
    r"(\s*)*$",
    r"(x+x+)+y",
    r"([a-z]+)*=",
    r"(?:\w+ )+\d",
    r"((ab)*)+c",
    r"(?:(?:a+)|b)+c",
    r"(?=(a+)+)x",
]

CATASTROPHIC_OTHER = [r"(a|aa)*$", r"^(\w|\w\w)*!$", r"(a|a?)+b", r"\s*\s*\s*\s*\s*y"]


class TestCatastrophicRegexes:
    @pytest.mark.parametrize("pattern", CATASTROPHIC_NESTED)
    def test_nested_repeats_refused_at_once(self, pattern: str) -> None:
        """A repeat of a group holding an unbounded repeat is refused before any search."""
        with pytest.raises(InvalidQueryError, match="repeats a group that holds an unbounded"):
            LONG.find_statements(text=re.compile(pattern))

    @pytest.mark.parametrize("pattern", CATASTROPHIC_OTHER)
    def test_other_backtracking_stopped(self, pattern: str) -> None:
        """Any other regex that runs too long on one statement is stopped with an error."""
        with pytest.raises(InvalidQueryError, match="was stopped"):
            LONG.find_statements(text=re.compile(pattern))

    @pytest.mark.parametrize(
        "filters",
        [
            lambda p: {"any_of": [{"text": p}]},
            lambda p: {"any_of": [{"mode": "direct_quote"}, {"any_of": [{"text": p}]}]},
            lambda p: {"text": re.compile("a"), "any_of": [{"text": p}]},
        ],
    )
    def test_backtracking_stopped_inside_any_of(self, filters: Callable[[Any], Any]) -> None:
        """A regex in any_of, searched while the query is planned, is stopped too."""
        with pytest.raises(InvalidQueryError, match=r"regex '\(a\|aa\)\*\$' .*was stopped"):
            LONG.find_statements(**filters(re.compile(CATASTROPHIC_OTHER[0])))

    def test_a_slow_where_is_not_blamed_on_the_regex(self) -> None:
        """Only a regex search is stopped: a slow ``where`` between searches runs on."""
        import time

        calls = []

        def slow(s: ac.Statement) -> bool:
            calls.append(s.id)
            if len(calls) == 1:
                time.sleep(0.6)  # two ticks of the timer
            return True

        found = LONG.find_statements(text=re.compile("a"), where=slow)
        assert len(found) == len(calls) > 0

    def test_bounded_and_possessive_repeats_allowed(self) -> None:
        """Bounded inner repeats, atomic groups and plain regexes run as before."""
        for pattern in [r"(a{1,3})+!", r"(?:a++)+!", r"(?>a+)+!", r"cooperation|trade", r"\w+"]:
            LONG.find_statements(text=re.compile(pattern))

    def test_timer_restored(self) -> None:
        """The time limit leaves no timer and no signal handler behind."""
        import signal

        before = signal.getsignal(signal.SIGALRM)
        LONG.find_statements(text=re.compile("a"))
        with pytest.raises(InvalidQueryError):
            LONG.find_statements(text=re.compile(CATASTROPHIC_OTHER[0]))
        assert before == signal.getsignal(signal.SIGALRM)
        assert (0.0, 0.0) == signal.getitimer(signal.ITIMER_REAL)

    def test_nested_refused_in_other_threads(self) -> None:
        """The nested-repeat check works in any thread (the timer only in the main one)."""
        found: list[BaseException] = []

        def run() -> None:
            try:
                LONG.find_statements(text=re.compile(CATASTROPHIC_NESTED[0]))
            except BaseException as exc:
                found.append(exc)

        worker = threading.Thread(target=run)
        worker.start()
        worker.join(timeout=30)
        assert 1 == len(found)
        assert isinstance(found[0], InvalidQueryError)

    def test_cli_regex(self, capsys: pytest.CaptureFixture[str]) -> None:
        """``--regex`` with a catastrophic pattern exits 1 with one line, at once."""
        from asean_corpus.cli import main

        assert 1 == main(["statements", "--regex", r"(\w+\s?)*$"])
        assert 1 == len(capsys.readouterr().err.splitlines())


class TestParquetFolder:
    @pytest.fixture
    def exported(self, tmp_path: Any) -> Any:
        """A Parquet export of the test corpus."""
        pytest.importorskip("pyarrow")
        folder = tmp_path / "export"
        CORPUS.write_parquet(folder)
        return folder

    @pytest.mark.parametrize(
        "tables", [None, [], "x", 5, True, ["statements"], {"statements": "5"}, {"articles": -1}]
    )
    def test_bad_tables_in_manifest(self, exported: Any, tables: object) -> None:
        """A manifest whose ``tables`` is not a map of row counts is InvalidCorpusError."""
        import json

        path = exported / "asean_corpus.json"
        manifest = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(tables, dict):
            manifest["tables"].update(tables)
        else:
            manifest["tables"] = tables
        path.write_text(json.dumps(manifest), encoding="utf-8")
        with pytest.raises(ac.InvalidCorpusError, match=r'asean_corpus\.json: ("tables"|tables\.)'):
            ac.read_parquet(exported)

    def test_unknown_table_in_manifest(self, exported: Any) -> None:
        """A table the layout does not have is named."""
        import json

        path = exported / "asean_corpus.json"
        manifest = json.loads(path.read_text(encoding="utf-8"))
        manifest["tables"]["extra"] = 0
        path.write_text(json.dumps(manifest), encoding="utf-8")
        with pytest.raises(ac.InvalidCorpusError, match="unknown tables 'extra'"):
            ac.read_parquet(exported)

    @pytest.mark.parametrize(
        ("change", "says"),
        [
            (lambda text: "[" * 100_000 + "]" * 100_000, "nested too deeply"),
            (lambda text: text.replace('"format_version": 1', '"format_version": true'), "True"),
            (lambda text: text.replace('"format_version": 1', '"format_version": 1.0'), "1.0"),
            (
                lambda text: text.replace("{", '{"format_version": 1,', 1),
                "duplicate key 'format_version' at the top level",
            ),
        ],
    )
    def test_manifest_read_strictly(self, exported: Any, change: Any, says: str) -> None:
        """A manifest nested deeply, with a version that only equals 1, or a key given
        twice is refused like a corpus file would be."""
        path = exported / "asean_corpus.json"
        path.write_text(change(path.read_text(encoding="utf-8")), encoding="utf-8")
        with pytest.raises(ac.InvalidCorpusError, match=says):
            ac.read_parquet(exported)

    @pytest.mark.parametrize("manifest", ["[]", "null", '"x"', "{", "\x00"])
    def test_manifest_not_an_object(self, exported: Any, manifest: str) -> None:
        """A manifest that is not a JSON object is refused, never an AttributeError."""
        (exported / "asean_corpus.json").write_text(manifest, encoding="utf-8")
        with pytest.raises(ac.InvalidCorpusError, match=r"asean_corpus\.json"):
            ac.read_parquet(exported)

    @pytest.mark.parametrize(
        ("extra", "says"),
        [
            ("README.txt", "not Parquet data"),
            ("notes/x.txt", "not Parquet data"),
            ("statements/year=2025/notes.csv", "not Parquet data"),
            ("articles/part-1.parquet", "records 'articles'|duplicate|rows"),
            ("statements/year=2025/part-1.parquet", "missing columns"),
            ("statements/part-0.parquet", "missing columns"),
        ],
    )
    def test_extra_files_refused(self, exported: Any, extra: str, says: str) -> None:
        """A file that is not a table's data, or data that is not the corpus's, is refused."""
        import shutil

        target = exported / extra
        target.parent.mkdir(parents=True, exist_ok=True)
        if extra.endswith(".parquet"):
            shutil.copy(next((exported / "articles").glob("*.parquet")), target)
        else:
            target.write_text("x", encoding="utf-8")
        with pytest.raises(ac.InvalidCorpusError, match=says):
            ac.read_parquet(exported)

    def test_bookkeeping_is_skipped(self, exported: Any) -> None:
        """Files other engines keep beside their data (_SUCCESS, .crc) are not read."""
        (exported / "statements" / "_SUCCESS").write_text("", encoding="utf-8")
        (exported / "topics" / ".part-0.parquet.crc").write_bytes(b"\0")
        assert CORPUS == ac.read_parquet(exported)

    def test_a_link_is_refused(self, exported: Any) -> None:
        """A symbolic link inside a table is refused, not followed."""
        part = next((exported / "articles").glob("*.parquet"))
        (exported / "articles" / "linked.parquet").symlink_to(part)
        with pytest.raises(ac.InvalidCorpusError, match=r"linked\.parquet"):
            ac.read_parquet(exported)

    def test_clean_export_reads(self, exported: Any) -> None:
        """The export as written reads back equal."""
        assert CORPUS == ac.read_parquet(exported)


BIG = "x" * 5_000_000


class TestEchoedValuesAreCut:
    """A huge value in the input gives a short message that says how long it was."""

    @staticmethod
    def short(exc: BaseException) -> str:
        text = str(exc)
        assert len(text) < 10_000, text[:300]
        return text

    @pytest.mark.parametrize(
        ("field", "value", "says"),
        [
            ("text", [BIG], "(a list of 1 items)"),
            ("mode", BIG, "(5,000,000 characters)"),
            ("speaker_id", BIG, "(5,000,000 characters)"),
            ("span", {"start": BIG, "end": 1}, "(5,000,000 characters)"),
            pytest.param(
                "topics",
                list(range(1_000_000)),
                "and 999,980 more wrong items in this list",
                marks=pytest.mark.slow,
            ),
            ("verbatim", [0] * 1_000_000, "(a list of 1,000,000 items)"),
        ],
    )
    def test_corpus_file(self, field: str, value: object, says: str) -> None:
        """Converter and validation messages of a corpus file."""
        from asean_corpus.io.jsonfile import corpus_from_dict, corpus_to_dict

        data = corpus_to_dict(CORPUS)
        data["statements"][0][field] = value
        with pytest.raises(ac.InvalidCorpusError) as info:
            corpus_from_dict(data)
        assert says in self.short(info.value)

    def test_many_unknown_keys(self) -> None:
        """A record with a million unknown keys gives a short message."""
        from asean_corpus.io.jsonfile import corpus_from_dict, corpus_to_dict

        data = corpus_to_dict(CORPUS)
        data["statements"][0].update({f"k{i}": 1 for i in range(100_000)})
        data.update({f"top{i}": 1 for i in range(100_000)})
        with pytest.raises(ac.InvalidCorpusError) as info:
            corpus_from_dict(data)
        assert "and 99,995 more" in self.short(info.value)

    def test_constructor(self) -> None:
        """Validation messages of a corpus made in memory."""
        bad = attrs.evolve(CORPUS.statements[0], speaker_id=BIG, cue=[BIG])
        with pytest.raises(ac.InvalidCorpusError) as info:
            attrs.evolve(CORPUS, statements=(bad, *CORPUS.statements[1:]))
        assert "(5,000,000 characters)" in self.short(info.value)

    @pytest.mark.parametrize(
        "filters",
        [
            {"since": BIG},
            {"until": [BIG]},
            {"text": [BIG] * 3},
            {"mode": BIG},
            {"speaker": BIG},
            {"topic": BIG},
            {"include_undated": BIG},
            {BIG: 1},
        ],
    )
    def test_queries(self, filters: dict[str, Any]) -> None:
        """Query messages."""
        with pytest.raises(ac.CorpusError) as info:
            CORPUS.find_statements(**filters)
        self.short(info.value)

    def test_builder(self, tmp_path: Any) -> None:
        """Annotation messages."""
        from tests.test_build import _annotations

        seeds, ann = _annotations(tmp_path)
        path = ann / "articles" / "one.toml"
        text = path.read_text(encoding="utf-8")
        text = text.replace('passage = "trade will grow"', f'passage = "{BIG}"')
        text = text.replace('cue = "said"', f"cue = [{', '.join(['1'] * 100_000)}]")
        path.write_text(text, encoding="utf-8")
        with pytest.raises(ac.AnnotationError) as info:
            ac.build(seeds, ann)
        message = self.short(info.value)
        assert "(5,000,000 characters)" in message
        assert "(a list of 100,000 items)" in message
