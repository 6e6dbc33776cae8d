"""Bad input is refused with a clear error listing every problem, never half accepted.

Corpus files go through :func:`asean_corpus.load` and :func:`asean_corpus.io.jsonfile.loads`;
annotation folders through :func:`asean_corpus.build`; queries through
:meth:`Corpus.find_statements`. Every refusal is a :class:`CorpusError` whose message
names the file and the path of each problem.
"""

from __future__ import annotations

import copy
import json
import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from tests._core_corpus import make_corpus

import asean_corpus as ac
from asean_corpus import (
    AnnotationError,
    CorpusError,
    InvalidCorpusError,
    InvalidDateError,
    InvalidQueryError,
    UnknownActorError,
    UnknownAgreementError,
    UnknownArticleError,
    UnknownEventError,
    UnknownTopicError,
)
from asean_corpus.cli import main
from asean_corpus.io.jsonfile import corpus_to_dict, loads

CORPUS = make_corpus()
BASE: dict[str, Any] = corpus_to_dict(CORPUS)


def at(table: str, rid: str) -> int:
    """The position of the record ``rid`` in ``table`` of the base corpus file."""
    return next(i for i, r in enumerate(BASE[table]) if r["id"] == rid)


S1 = at("statements", "a1-s1")
ANA = at("actors", "ana")
DIGITAL = at("topics", "digital")
PACT = at("agreements", "green-pact")
SUMMIT = at("events", "summit")
CONFLICT = at("conflicts", "a1-c1")


def changed(*edits: Callable[[dict[str, Any]], object]) -> dict[str, Any]:
    """A deep copy of the base corpus file with ``edits`` applied to it."""
    data = copy.deepcopy(BASE)
    for edit in edits:
        edit(data)
    return data


def write(folder: Path, content: dict[str, Any] | str | bytes, name: str = "c.json") -> Path:
    """Write a corpus file (an object as JSON, or text, or bytes) and return its path."""
    path = folder / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
    return path


def refusal(path: Path) -> InvalidCorpusError:
    """The error ``load(path)`` raises; it must name the file."""
    with pytest.raises(InvalidCorpusError, match=re.escape(str(path))) as info:
        ac.load(path)
    assert str(path) == info.value.source
    assert isinstance(info.value, CorpusError)
    return info.value


def listed(error: InvalidCorpusError, *paths: str) -> None:
    """Each of ``paths`` leads one of the problems listed in the message.

    The id of the record a path leads into, which every line shows after the
    record's position (``$.statements[0] (a1-s1).span``), is not part of ``paths``.
    """
    lines = [_RECORD_ID.sub(r"\1", p) for p in error.problems]
    for path in paths:
        assert any(p.startswith(path) for p in lines), (path, error.problems)
        assert f"- {path}" in _RECORD_ID.sub(r"\1", str(error))


_RECORD_ID = re.compile(r"(\$\.\w+\[\d+\]) \([^)\n]*\)")


def _set(path: str, value: object) -> Callable[[dict[str, Any]], None]:
    """An edit setting the value at a dotted path (``statements.0.span.end``)."""

    def edit(data: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        node: Any = data
        for key in parents:
            node = node[int(key)] if isinstance(node, list) else node[key]
        if isinstance(node, list):
            node[int(last)] = value
        else:
            node[last] = value

    return edit


def _del(path: str) -> Callable[[dict[str, Any]], None]:
    """An edit deleting the key at a dotted path."""

    def edit(data: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        node: Any = data
        for key in parents:
            node = node[int(key)] if isinstance(node, list) else node[key]
        del node[last]

    return edit


class TestLoadUnreadableFiles:
    def test_base_file_loads(self, tmp_path: Path) -> None:
        """The unbroken base file loads (so every refusal below is due to its one change)."""
        assert CORPUS == ac.load(write(tmp_path, BASE))

    def test_missing_file(self, tmp_path: Path) -> None:
        """A missing file is refused, naming the file, as a FileNotFoundError too."""
        with pytest.raises(
            ac.CorpusFileNotFoundError, match=r"absent\.json': cannot read: no such"
        ):
            ac.load(tmp_path / "absent.json")

    def test_folder_instead_of_file(self, tmp_path: Path) -> None:
        """A folder given as the file is refused as unreadable, pointing to read_parquet."""
        with pytest.raises(ac.CorpusFileError, match="cannot read: it is a folder") as info:
            ac.load(tmp_path)
        assert str(info.value).endswith("a folder written by write_parquet is read by read_parquet")

    def test_empty_file(self, tmp_path: Path) -> None:
        """An empty file is not JSON."""
        assert "not valid JSON" in refusal(write(tmp_path, "")).problems[0]

    @pytest.mark.parametrize("fraction", [0.01, 0.5, 0.99])
    def test_truncated_file(self, tmp_path: Path, fraction: float) -> None:
        """A file cut short anywhere is refused as invalid JSON, with line and column."""
        text = json.dumps(BASE, ensure_ascii=False, indent=1)
        path = write(tmp_path, text[: int(len(text) * fraction)])
        assert re.match(r"not valid JSON: .* at line \d+, column \d+", refusal(path).problems[0])

    def test_truncated_one_line_file(self, tmp_path: Path) -> None:
        """A saved corpus is one line, so the place is also given as a character of the
        file, and the parser's own words are not doubled ("starting at at")."""
        text = json.dumps(BASE, ensure_ascii=False)
        cut = text.index('"', len(text) // 2) + 3  # inside a string
        problem = refusal(write(tmp_path, text[:cut])).problems[0]
        assert " at at " not in problem
        start = cut - 2  # the opening quotation mark of the cut string, counted from 1
        assert problem.endswith(f"at line 1, column {start} (character {start:,} of the file)")

    @pytest.mark.parametrize(
        "raw",
        [
            b"\xff\xfe{}",
            json.dumps(BASE).encode("utf-8")[:100] + b"\xc3\x28" + b"}",
            json.dumps(BASE, ensure_ascii=False).encode("utf-16"),
            json.dumps(BASE, ensure_ascii=False).encode("latin-1", errors="replace") + b"\xe9",
        ],
        ids=["bom-16", "bad-sequence", "utf-16", "latin-1"],
    )
    def test_bytes_that_are_not_utf8(self, tmp_path: Path, raw: bytes) -> None:
        """Bytes that are not UTF-8 are refused, giving the offset of the first bad byte."""
        error = refusal(write(tmp_path, raw))
        assert re.fullmatch(r"not UTF-8 text: byte 0x[0-9a-f]{2} at offset \d+", error.problems[0])

    def test_json_nested_too_deeply(self, tmp_path: Path) -> None:
        """JSON nested a hundred thousand deep is refused, not a crash."""
        error = refusal(write(tmp_path, "[" * 100_000 + "]" * 100_000))
        assert 1 == len(error.problems)

    def test_number_too_long_to_read(self, tmp_path: Path) -> None:
        """A number of thousands of digits is refused as unreadable JSON."""
        text = json.dumps(BASE).replace('"start": 49', '"start": ' + "9" * 5000, 1)
        assert "9" * 5000 in text
        error = refusal(write(tmp_path, text))
        assert "not valid JSON" in error.problems[0]


class TestLoadWrongShape:
    @pytest.mark.parametrize("text", ["[]", '"corpus"', "1", "null", "true"])
    def test_top_level_not_an_object(self, tmp_path: Path, text: str) -> None:
        """A JSON value that is not an object is refused at ``$``."""
        error = refusal(write(tmp_path, text))
        assert error.problems[0].startswith("$: expected a JSON object")

    def test_tables_not_lists(self, tmp_path: Path) -> None:
        """Tables that are objects, strings or numbers are each refused at their path."""
        data = changed(_set("articles", {}), _set("actors", "ana"), _set("topics", 3))
        listed(refusal(write(tmp_path, data)), "$.articles", "$.actors", "$.topics")

    def test_records_not_objects(self, tmp_path: Path) -> None:
        """Records that are not objects are refused one by one."""
        data = changed(_set("events", [1, "summit", None, []]))
        error = refusal(write(tmp_path, data))
        listed(error, "$.events[0]", "$.events[1]", "$.events[2]", "$.events[3]")

    def test_nested_records_not_objects(self, tmp_path: Path) -> None:
        """A span, a role or a piece of evidence of the wrong shape is refused at its path."""
        data = changed(
            _set(f"statements.{S1}.span", [49, 72]),
            _set(f"actors.{ANA}.roles.0", "Secretary-General"),
            _set(f"conflicts.{CONFLICT}.conflicts_with.0", "a2"),
        )
        listed(
            refusal(write(tmp_path, data)),
            f"$.statements[{S1}].span",
            f"$.actors[{ANA}].roles[0]",
            f"$.conflicts[{CONFLICT}].conflicts_with[0]",
        )

    def test_a_record_of_the_wrong_shape_says_what_it_is(self, tmp_path: Path) -> None:
        """The message names the record expected and what was found, not a Python error."""
        data = changed(
            _set(f"statements.{S1}.span", [49, 72]),
            _set(f"actors.{ANA}.roles.0", "Secretary-General"),
            _set("articles.0.reliability", None),
            _set("events", [["summit"]]),
        )
        found = "\n".join(refusal(write(tmp_path, data)).problems)
        assert "span: expected an object (a Span), got a list" in found
        assert "roles[0]: expected an object (a Role), got a string" in found
        assert "reliability: expected an object (a Reliability), got null" in found
        assert "$.events[0]: expected an object (an Event), got a list" in found
        assert "unknown error" not in found
        assert "attribute" not in found

    def test_missing_required_fields(self, tmp_path: Path) -> None:
        """Required fields that are missing are each named."""
        data = changed(_del(f"statements.{S1}.text"), _del("articles.0.kind"), _del("topics.0.id"))
        listed(
            refusal(write(tmp_path, data)),
            f"$.statements[{S1}].text",
            "$.articles[0].kind",
            "$.topics[0].id",
        )

    def test_evidence_of_neither_kind(self, tmp_path: Path) -> None:
        """Evidence naming neither an article nor a reference is refused."""
        data = changed(_set(f"agreements.{PACT}.milestones.0.evidence", {"source": "x"}))
        error = refusal(write(tmp_path, data))
        listed(error, f"$.agreements[{PACT}].milestones[0].evidence")
        assert "either 'reference_id' or 'article_id'" in str(error)


class TestLoadWrongTypes:
    def test_every_wrong_type_is_listed_at_once(self, tmp_path: Path) -> None:
        """Ten values of the wrong type in six tables are all reported in one error."""
        data = changed(
            _set(f"statements.{S1}.span.end", "72"),
            _set(f"statements.{S1}.verbatim", 1),
            _set("statements.1.topics", "energy"),
            _set("statements.2.said_on", 2023),
            _set("articles.0.published", 20221220),
            _set("actors.0.kind", "empire"),
            _set("references.0.checked_on", "2026-13-01"),
            _set(f"agreements.{PACT}.milestones.0.expected", "no"),
            _set(f"events.{SUMMIT}.aliases", [1]),
            _set("topics.0.label", None),
        )
        error = refusal(write(tmp_path, data))
        listed(
            error,
            f"$.statements[{S1}].span.end",
            f"$.statements[{S1}].verbatim",
            "$.statements[1].topics",
            "$.statements[2].said_on",
            "$.articles[0].published",
            "$.actors[0].kind",
            "$.references[0].checked_on",
            f"$.agreements[{PACT}].milestones[0].expected",
            f"$.events[{SUMMIT}].aliases[0]",
            "$.topics[0].label",
        )
        assert 10 == len(error.problems)

    @pytest.mark.parametrize(
        ("value", "message"),
        [
            ("72", "expected an integer, got a string"),
            (72.0, "expected an integer, got a number"),
            (True, "expected an integer, got a boolean"),
            (None, "expected an integer, got null"),
            ([72], "expected an integer, got a list"),
        ],
    )
    def test_no_value_is_coerced(self, tmp_path: Path, value: object, message: str) -> None:
        """A value is never cast to the expected type: "72", 72.0 and true are not 72."""
        error = refusal(write(tmp_path, changed(_set(f"statements.{S1}.span.end", value))))
        assert f"$.statements[{S1}] (a1-s1).span.end: {message}" in error.problems[0]

    def test_not_a_number(self, tmp_path: Path) -> None:
        """NaN and Infinity, which Python's JSON reader accepts, are not integers."""
        text = json.dumps(BASE).replace('"start": 49', '"start": NaN', 1)
        error = refusal(write(tmp_path, text))
        assert "expected an integer" in error.problems[0]

    @pytest.mark.parametrize("value", ["direct quote", "DIRECT_QUOTE", "", 1, None])
    def test_unknown_enum_value(self, tmp_path: Path, value: object) -> None:
        """A mode outside the vocabulary is refused, listing the valid values."""
        error = refusal(write(tmp_path, changed(_set(f"statements.{S1}.mode", value))))
        listed(error, f"$.statements[{S1}].mode")
        assert "'direct_quote'" in error.problems[0]

    def test_lone_surrogate_in_text(self, tmp_path: Path) -> None:
        """Text that is not valid Unicode (a lone surrogate) is refused at its path."""
        text = json.dumps(changed(_set("topics.0.description", "\ud800")))
        error = refusal(write(tmp_path, text))
        listed(error, "$.topics[0].description")

    @pytest.mark.parametrize(
        "change",
        [
            lambda d: d["statements"][0].update({"\ud800": None}),  # an unknown key
            lambda d: d["statements"][0].update({"id": "\udc00"}),  # the record's id
            lambda d: d.update({"\udfff": 1}),  # an unknown top-level key
        ],
    )
    def test_lone_surrogates_are_escaped_in_messages(self, tmp_path: Path, change: Any) -> None:
        """A message that echoes a lone surrogate still prints and encodes as UTF-8."""
        data = changed()
        change(data)
        error = refusal(write(tmp_path, json.dumps(data)))
        assert "\\ud" in str(error)
        str(error).encode("utf-8")
        for problem in error.problems:
            problem.encode("utf-8")


class TestLoadUnknownKeys:
    def test_unknown_keys_everywhere_are_listed(self, tmp_path: Path) -> None:
        """Unknown keys at the top, in records and in nested records are all named."""
        data = changed(
            _set("colour", "red"),
            _set(f"statements.{S1}.speaker", "ana"),
            _set(f"statements.{S1}.span.length", 23),
            _set(f"conflicts.{CONFLICT}.conflicts_with.0.note", "x"),
        )
        error = refusal(write(tmp_path, data))
        listed(
            error,
            "$: unknown keys 'colour'",
            f"$.statements[{S1}]",
            f"$.statements[{S1}].span",
            f"$.conflicts[{CONFLICT}].conflicts_with[0]",
        )
        for key in ("colour", "speaker", "length", "note"):
            assert key in str(error)

    def test_evidence_mixing_both_kinds(self, tmp_path: Path) -> None:
        """Evidence that names a reference and an article passage at once is refused."""
        evidence = {"reference_id": "ref-1", "article_id": "a1", "span": {"start": 0, "end": 1}}
        data = changed(_set(f"agreements.{PACT}.milestones.0.evidence", evidence))
        listed(refusal(write(tmp_path, data)), f"$.agreements[{PACT}].milestones[0].evidence")


class TestLoadFormatVersion:
    @pytest.mark.parametrize("version", [0, 2, 99, "1", 1.0, True, None, [1]])
    def test_unknown_format_version(self, tmp_path: Path, version: object) -> None:
        """Only the integer 1 is this format; anything else is refused, naming both."""
        error = refusal(write(tmp_path, changed(_set("format_version", version))))
        assert re.match(r"\$\.format_version: unknown format version .*reads 1", error.problems[0])

    def test_missing_format_version(self, tmp_path: Path) -> None:
        """A file without format_version is refused."""
        error = refusal(write(tmp_path, changed(_del("format_version"))))
        assert "unknown format version None" in error.problems[0]


class TestLoadIntegrity:
    def test_blank_names_labels_and_titles(self, tmp_path: Path) -> None:
        """A record's name, label or title of white space only is refused, each one
        named with its record, all at once."""
        data = changed(
            _set("actors.0.name", "   "),
            _set("topics.0.label", ""),
            _set("articles.0.title", "\t"),
            _set(f"actors.{at('actors', 'ana')}.roles.0.title", " "),
        )
        error = refusal(write(tmp_path, data))
        listed(error, "$.actors[0]", "$.topics[0]", "$.articles[0]")
        assert 4 == sum("must name the record" in p for p in error.problems)
        assert any(".roles[0].title" in p for p in error.problems)

    def test_blank_free_text(self, tmp_path: Path) -> None:
        """A cue, note, description or alias given as white space says nothing: each is
        refused with its record and field, all at once; left out, the same record loads."""
        data = changed(
            _set(f"statements.{S1}.cue", " "),
            _set(f"statements.{S1}.note", ""),
            _set(f"actors.{ANA}.aliases", ["Ana", "\t", ""]),
            _set(f"agreements.{PACT}.description", "  "),
            _set(f"events.{SUMMIT}.place", ""),
        )
        error = refusal(write(tmp_path, data))
        assert 5 == len(error.problems), error.problems
        listed(
            error,
            f"$.statements[{S1}].cue: is blank (' ')",
            f"$.statements[{S1}].note: is blank ('')",
            f"$.actors[{ANA}].aliases: items 1, 2 blank",
            f"$.agreements[{PACT}].description",
            f"$.events[{SUMMIT}].place",
        )
        fixed = changed(_set(f"statements.{S1}.cue", None), _set(f"actors.{ANA}.aliases", ["Ana"]))
        assert "Ana" in ac.load(write(tmp_path, fixed, "fixed.json")).actor("ana").aliases

    def test_duplicate_ids_in_every_table(self, tmp_path: Path) -> None:
        """A repeated id is refused in each table, pointing at the first one."""
        edits = []
        tables = [t for t in ("articles", "statements", "actors", "topics") if len(BASE[t]) > 1]
        for table in tables:
            first = BASE[table][0]["id"]
            edits.append(_set(f"{table}.{len(BASE[table]) - 1}.id", first))
        data = changed(*edits)
        # Renaming the last record breaks references to it too; only the ids matter here.
        with pytest.raises(InvalidCorpusError) as info:
            ac.load(write(tmp_path, data))
        duplicates = [p for p in info.value.problems if "duplicate id" in p]
        assert len(tables) == len(duplicates) == 4
        assert all(re.search(r"\(first at \$\.\w+\[0\]\)", p) for p in duplicates)

    @pytest.mark.parametrize(
        ("field", "value", "path", "kind"),
        [
            (f"statements.{S1}.speaker_id", "ghost", f"$.statements[{S1}].speaker_id", "actor"),
            (f"statements.{S1}.article_id", "a9", f"$.statements[{S1}].article_id", "article"),
            (f"statements.{S1}.topics", ["nowhere"], f"$.statements[{S1}].topics", "topic"),
            (f"statements.{S1}.agreements", ["x"], f"$.statements[{S1}].agreements", "agreement"),
            (f"statements.{S1}.event_id", "expo", f"$.statements[{S1}].event_id", "event"),
            (f"statements.{S1}.via", ["ana", "ghost"], f"$.statements[{S1}].via[1]", "actor"),
            (
                f"actors.{ANA}.roles.0.organisation",
                "ghost-org",
                f"$.actors[{ANA}].roles[0].organisation",
                "actor",
            ),
            (f"actors.{ANA}.country", "ghost", f"$.actors[{ANA}].country", "actor"),
            ("articles.0.publisher", "ghost", "$.articles[0].publisher", "actor"),
            ("articles.0.authors", ["ghost"], "$.articles[0].authors", "actor"),
            (f"topics.{DIGITAL}.parent", "ghost", f"$.topics[{DIGITAL}].parent", "topic"),
            (f"agreements.{PACT}.parent", "ghost", f"$.agreements[{PACT}].parent", "agreement"),
            (f"agreements.{PACT}.parties", ["ghost"], f"$.agreements[{PACT}].parties", "actor"),
            (f"events.{SUMMIT}.part_of", "ghost", f"$.events[{SUMMIT}].part_of", "event"),
            (
                f"agreements.{PACT}.milestones.0.evidence.reference_id",
                "ref-9",
                f"$.agreements[{PACT}].milestones[0].evidence.reference_id",
                "reference",
            ),
            (
                f"conflicts.{CONFLICT}.conflicts_with.0.article_id",
                "a9",
                f"$.conflicts[{CONFLICT}].conflicts_with[0].article_id",
                "article",
            ),
            (
                f"conflicts.{CONFLICT}.article_id",
                "a9",
                f"$.conflicts[{CONFLICT}].article_id",
                "article",
            ),
            (
                f"conflicts.{CONFLICT}.subjects",
                ["ghost"],
                f"$.conflicts[{CONFLICT}].subjects",
                "agreement, event or actor",
            ),
            (
                f"actors.{ANA}.roles.0.evidence",
                [{"reference_id": "ref-9"}],
                f"$.actors[{ANA}].roles[0].evidence[0].reference_id",
                "reference",
            ),
            (
                f"events.{SUMMIT}.evidence",
                [{"article_id": "a9", "span": {"start": 0, "end": 1}, "text": "O"}],
                f"$.events[{SUMMIT}].evidence[0].article_id",
                "article",
            ),
        ],
    )
    def test_dangling_reference(
        self, tmp_path: Path, field: str, value: object, path: str, kind: str
    ) -> None:
        """A reference to a record that does not exist is refused with its path and kind."""
        error = refusal(write(tmp_path, changed(_set(field, value))))
        listed(error, path)
        assert any(f"unknown {kind} " in p for p in error.problems)

    def test_every_dangling_reference_is_listed_at_once(self, tmp_path: Path) -> None:
        """Several broken references across tables are reported together."""
        data = changed(
            _set(f"statements.{S1}.speaker_id", "ghost"),
            _set(f"statements.{S1}.event_id", "expo"),
            _set(f"actors.{ANA}.roles.0.organisation", "ghost-org"),
            _set(f"topics.{DIGITAL}.parent", "ghost"),
            _set(f"conflicts.{CONFLICT}.conflicts_with.0.article_id", "a9"),
        )
        error = refusal(write(tmp_path, data))
        listed(
            error,
            f"$.statements[{S1}].speaker_id",
            f"$.statements[{S1}].event_id",
            f"$.actors[{ANA}].roles[0].organisation",
            f"$.topics[{DIGITAL}].parent",
            f"$.conflicts[{CONFLICT}].conflicts_with[0].article_id",
        )
        assert 5 == len(error.problems)

    @pytest.mark.parametrize(
        ("span", "message"),
        [
            ({"start": 0, "end": 10_000}, "lies outside the article body"),
            ({"start": -1, "end": 5}, "lies outside the article body"),
            ({"start": 30, "end": 20}, "lies outside the article body"),
            ({"start": 0, "end": 23}, "not the recorded text"),
        ],
        ids=["past-the-end", "negative", "reversed", "wrong-text"],
    )
    def test_span_that_does_not_fit(self, tmp_path: Path, span: object, message: str) -> None:
        """A span outside the body, reversed, or over other text than recorded is refused."""
        error = refusal(write(tmp_path, changed(_set(f"statements.{S1}.span", span))))
        listed(error, f"$.statements[{S1}].span")
        assert message in error.problems[0]

    @pytest.mark.parametrize(
        ("field", "cut"),
        [
            ("span", lambda n: (n - 5, n + 5)),  # past the end: the slice stops at the end
            ("span", lambda n: (-5, n)),  # negative: the slice counts from the end
            ("span", lambda n: (10, 5)),  # reversed: the slice is empty, and so is the text
            ("mention_span", lambda n: (n - 3, n + 2)),
        ],
        ids=["past-the-end", "negative", "reversed", "mention-past-the-end"],
    )
    def test_span_outside_the_body_over_the_text_a_slice_gives(
        self, tmp_path: Path, field: str, cut: Callable[[int], tuple[int, int]]
    ) -> None:
        """A span outside the body is refused even where slicing the body gives its text."""
        article = BASE["statements"][S1]["article_id"]
        body = next(a["body"] for a in BASE["articles"] if a["id"] == article)
        start, end = cut(len(body))
        text = "text" if field == "span" else "mention"
        edits = [
            _set(f"statements.{S1}.{field}", {"start": start, "end": end}),
            _set(f"statements.{S1}.{text}", body[start:end]),
        ]
        error = refusal(write(tmp_path, changed(*edits)))
        listed(error, f"$.statements[{S1}].{field}")
        assert any("lies outside the article body" in p for p in error.problems)

    def test_mentions_that_do_not_fit(self, tmp_path: Path) -> None:
        """A mention outside the body, over other text, or without its span is refused."""
        other = at("statements", "a1-s2")
        undated = at("statements", "a1-s3")
        data = changed(
            _set(f"statements.{S1}.mention", "Ana"),
            _set(f"statements.{S1}.mention_span", {"start": 500, "end": 503}),
            _set(f"statements.{other}.mention", "she"),
            _set(f"statements.{other}.mention_span", {"start": 0, "end": 3}),
            _set(f"statements.{undated}.mention", "Bo Li"),
        )
        error = refusal(write(tmp_path, data))
        listed(
            error,
            f"$.statements[{S1}].mention_span",
            f"$.statements[{other}].mention_span",
            f"$.statements[{undated}].mention_span",
        )
        assert 3 == len(error.problems)

    def test_evidence_passage_that_does_not_match(self, tmp_path: Path) -> None:
        """Article evidence whose text is not what its span covers is refused."""
        data = changed(_set(f"conflicts.{CONFLICT}.conflicts_with.0.text", "scam"))
        error = refusal(write(tmp_path, data))
        listed(error, f"$.conflicts[{CONFLICT}].conflicts_with[0].span")

    @pytest.mark.parametrize(
        "value",
        ["2025-02-30", "2023-02-29", "2025-13", "2025-00", "2025-06-00", "0000", "2025-6-1", "25"],
    )
    def test_impossible_or_malformed_dates(self, tmp_path: Path, value: str) -> None:
        """A date that does not exist or is not ISO is refused, quoting it."""
        error = refusal(write(tmp_path, changed(_set(f"statements.{S1}.said_on", value))))
        listed(error, f"$.statements[{S1}].said_on")
        assert repr(value) in error.problems[0] or value in error.problems[0]

    @pytest.mark.parametrize(
        "value", ["2025-06-19T10:00", " 2025", "2025/06/19", "June 2025", "2025-06-19Z"]
    )
    def test_dates_in_other_forms(self, tmp_path: Path, value: str) -> None:
        """Only the three ISO forms are read from a file; other forms are refused."""
        error = refusal(write(tmp_path, changed(_set(f"statements.{S1}.said_on", value))))
        listed(error, f"$.statements[{S1}].said_on")

    def test_reversed_ranges(self, tmp_path: Path) -> None:
        """Ranges that end before they start are all refused together."""
        data = changed(
            _set(f"actors.{ANA}.roles.0.start", "2022"),
            _set(f"actors.{ANA}.roles.0.end", "2021-12-31"),
            _set(f"events.{SUMMIT}.end", "2022-12-18"),
            _set(f"statements.{S1}.said_until", "2022-12-18"),
        )
        error = refusal(write(tmp_path, data))
        listed(
            error,
            f"$.actors[{ANA}].roles[0].end",
            f"$.events[{SUMMIT}].end",
            f"$.statements[{S1}].said_until",
        )
        assert 3 == len(error.problems)

    def test_dates_that_contradict_their_basis(self, tmp_path: Path) -> None:
        """An undated statement cannot claim a basis or an end date; a dated one needs one."""
        undated = at("statements", "a1-s3")
        data = changed(
            _set(f"statements.{undated}.date_basis", "stated"),
            _set(f"statements.{undated}.said_until", "2023"),
            _set(f"statements.{S1}.date_basis", "unknown"),
        )
        error = refusal(write(tmp_path, data))
        listed(
            error,
            f"$.statements[{undated}].date_basis",
            f"$.statements[{undated}].said_until",
            f"$.statements[{S1}].date_basis",
        )

    def test_a_failed_load_changes_nothing_else(self, tmp_path: Path) -> None:
        """After a refused file, the bundled corpus and good files load as before."""
        bundled = ac.load()
        good = write(tmp_path, BASE, "good.json")
        with pytest.raises(InvalidCorpusError):
            ac.load(write(tmp_path, changed(_set("format_version", 2)), "bad.json"))
        assert bundled is ac.load()
        assert CORPUS == ac.load(good)


class TestLoads:
    def test_source_names_the_origin(self) -> None:
        """loads names the given source in the message; without one, no prefix."""
        with pytest.raises(InvalidCorpusError, match=r"^from-the-web: corpus refused, 1 problem"):
            loads("{", "from-the-web")
        with pytest.raises(InvalidCorpusError, match=r"^corpus refused, 1 problem"):
            loads("{")

    def test_many_problems_are_counted_and_listed(self) -> None:
        """The message counts the problems and lists each on its own line."""
        data = changed(
            _set(f"statements.{S1}.speaker_id", "ghost"),
            _set("articles.0.publisher", "ghost"),
            _set(f"topics.{DIGITAL}.parent", "ghost"),
        )
        with pytest.raises(
            InvalidCorpusError, match=r"^c\.json: corpus refused, 3 problems:\n"
        ) as info:
            loads(json.dumps(data), "c.json")
        assert 4 == len(str(info.value).splitlines())

    @pytest.mark.parametrize("text", ["", "{", "[1,", "{'a': 1}", "nul", '{"a": 1,}', "\ufeff{}"])
    def test_not_json(self, text: str) -> None:
        """Text that is not JSON is refused, saying where the parser stopped."""
        with pytest.raises(InvalidCorpusError, match="not valid JSON"):
            loads(text, "c.json")

    @pytest.mark.parametrize("codec", ["utf-16", "utf-32", "utf-8-sig"])
    def test_bytes_are_read_as_a_file_is(self, tmp_path: Path, codec: str) -> None:
        """Bytes given to loads are refused where load refuses the same file: UTF-8 only."""
        data = json.dumps(BASE).encode(codec)
        with pytest.raises(InvalidCorpusError, match=r"not UTF-8 text|BOM"):
            loads(data)
        with pytest.raises(InvalidCorpusError, match=r"not UTF-8 text|BOM"):
            ac.load(write(tmp_path, data))
        text = json.dumps(BASE)
        assert loads(text) == loads(text.encode("utf-8")) == loads(bytearray(text.encode()))

    @pytest.mark.parametrize("value", [None, 5, {}, ["{}"]])
    def test_not_text_is_refused(self, value: object) -> None:
        """A value that is neither text nor bytes is named, never a TypeError."""
        with pytest.raises(InvalidCorpusError, match="expected the text of a corpus file"):
            loads(value)  # type: ignore[arg-type]

    @pytest.mark.parametrize("limit", [None, "10", -1, True, 1.5])
    def test_a_limit_that_is_not_a_size(self, tmp_path: Path, limit: object) -> None:
        """load's max_bytes must be a number of bytes; anything else is named."""
        path = write(tmp_path, BASE)
        with pytest.raises(ac.CorpusFileError, match="max_bytes must be a number of bytes"):
            ac.load(path, max_bytes=limit)  # type: ignore[arg-type]


# -- build ------------------------------------------------------------------------------

RAW = (
    "Site header\n"
    "Ministers meet on trade\n"
    "On May 2, Ana Diaz said that trade will grow across the region.\n"
    "She added: \u201cWe are ready to sign.\u201d\n"
    "Share this\n"
)

ACTORS = """
[[actor]]
id = "bloc"
name = "Example Bloc"
kind = "intergovernmental_organisation"

[[actor]]
id = "ana"
name = "Ana Diaz"
kind = "person"

[[actor.role]]
title = "Secretary-General"
organisation = "bloc"
start = "2024-01"
evidence = [{ reference = "ref-1" }]
"""

TOPICS = """
[[topic]]
id = "economy"
label = "Economy"
description = "Economic matters."

[[topic]]
id = "trade"
label = "Trade"
parent = "economy"
description = "Trade."
"""

AGREEMENTS = """
[[agreement]]
id = "pact"
name = "Example Pact"
kind = "framework"

[[agreement.milestone]]
kind = "signed"
date = "2025-05-02"
evidence = { article = "one", passage = "We are ready to sign." }
"""

EVENTS = """
[[event]]
id = "meeting"
name = "Ministers' Meeting"
kind = "meeting"
start = "2025-05-02"
"""

REFERENCES = """
[[reference]]
id = "ref-1"
fact = "Ana Diaz became Secretary-General in January 2024."
sources = ["example.org"]
confidence = "high"
checked_on = "2026-01-01"
"""

ARTICLE = """
id = "one"
source_file = "one.txt"
title = "Ministers meet on trade"
kind = "news"
published = "2025-05-03"

[body]
first_line = "On May 2"
last_line = "She added"

[reliability]
level = "medium"

[[statement]]
id = "one-s1"
speaker = "ana"
mention = "Ana Diaz"
passage = "trade will grow across the region"
mode = "reported"
said_on = "2025-05-02"
date_basis = "stated"
event = "meeting"
topics = ["trade"]
agreements = ["pact"]

[[statement]]
id = "one-s2"
speaker = "ana"
passage = "We are ready to sign."
mode = "direct_quote"
verbatim = true
"""


@pytest.fixture
def project(tmp_path: Path) -> tuple[Path, Path]:
    """A small, valid seeds/ and annotations/ pair in a temporary folder."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "one.txt").write_text(RAW, encoding="utf-8")
    ann = tmp_path / "annotations"
    (ann / "articles").mkdir(parents=True)
    for name, text in {
        "actors": ACTORS,
        "topics": TOPICS,
        "agreements": AGREEMENTS,
        "events": EVENTS,
        "references": REFERENCES,
    }.items():
        (ann / f"{name}.toml").write_text(text, encoding="utf-8")
    (ann / "articles" / "one.toml").write_text(ARTICLE, encoding="utf-8")
    return seeds, ann


def edit(path: Path, old: str, new: str) -> None:
    """Replace ``old`` (which must be there) by ``new`` in a text file."""
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def build_refusal(project: tuple[Path, Path]) -> AnnotationError:
    """The error ``build`` raises on the project."""
    with pytest.raises(AnnotationError) as info:
        ac.build(*project)
    assert isinstance(info.value, CorpusError)
    return info.value


class TestBuildBadInput:
    def test_the_small_project_builds(self, project: tuple[Path, Path]) -> None:
        """The unbroken project builds (so every refusal below is due to its one change)."""
        corpus = ac.build(*project)
        assert ["one-s1", "one-s2"] == [s.id for s in corpus.statements]

    def test_bad_toml(self, project: tuple[Path, Path]) -> None:
        """A file that is not TOML is refused, naming the file, line and column."""
        edit(project[1] / "topics.toml", 'label = "Trade"', "label = Trade")
        error = build_refusal(project)
        assert re.search(r"topics\.toml: invalid TOML: .*line \d+, column \d+", str(error))

    def test_not_utf8(self, project: tuple[Path, Path]) -> None:
        """An annotation file that is not UTF-8 is refused, naming it."""
        (project[1] / "events.toml").write_bytes(b'name = "\xe9"\n')
        assert re.search(r"events\.toml: not UTF-8", str(build_refusal(project)))

    def test_missing_registry(self, project: tuple[Path, Path]) -> None:
        """A missing registry file is named."""
        (project[1] / "references.toml").unlink()
        assert re.search(r"references\.toml: no such file", str(build_refusal(project)))

    def test_unknown_fields(self, project: tuple[Path, Path]) -> None:
        """Unknown fields in an article, a statement and a registry record are all named."""
        ann = project[1]
        edit(ann / "articles" / "one.toml", 'kind = "news"', 'kind = "news"\nauthor = "x"')
        edit(ann / "articles" / "one.toml", 'mode = "reported"', 'mode = "reported"\nspeakr = "x"')
        edit(ann / "topics.toml", 'label = "Economy"', 'label = "Economy"\nlable = "x"')
        error = build_refusal(project)
        text = str(error)
        assert re.search(r"articles/one\.toml: author: unknown field", text)
        assert re.search(r"statement\[0\] \(one-s1\)\.speakr: unknown field", text)
        assert re.search(r"topics\.toml: topic\[0\] \(economy\)\.lable: unknown field", text)
        # The topic with a bad field is left out, so its narrower topic's parent is unknown.
        assert "topics.toml: topic[1] (trade).parent: unknown topic 'economy'" in text
        assert 4 == len(error.problems)

    def test_wrong_types(self, project: tuple[Path, Path]) -> None:
        """Values of the wrong type are named with file, record and field, all at once."""
        article = project[1] / "articles" / "one.toml"
        edit(article, "verbatim = true", 'verbatim = "yes"')
        edit(article, 'topics = ["trade"]', 'topics = "trade"')
        edit(article, 'said_on = "2025-05-02"', "said_on = 20250502")
        edit(project[1] / "actors.toml", 'name = "Ana Diaz"', "name = 7")
        error = build_refusal(project)
        text = str(error)
        assert "(one-s2).verbatim: expected true or false, got 'yes'" in text
        assert "(one-s1).topics: expected a list of strings" in text
        assert "(one-s1).said_on: expected a date string" in text
        assert "actor[1] (ana).name: expected a non-empty string, got 7" in text

    def test_blank_name(self, project: tuple[Path, Path]) -> None:
        """A name of white space only names no one: refused like an empty one."""
        edit(project[1] / "actors.toml", 'name = "Ana Diaz"', 'name = "   "')
        text = str(build_refusal(project))
        assert "actor[1] (ana).name: expected a non-empty string, got '   '" in text

    def test_blank_free_text(self, project: tuple[Path, Path]) -> None:
        """A blank cue or note in an annotation file is refused with file, record and
        field, as a corpus file's is."""
        article = project[1] / "articles" / "one.toml"
        edit(article, 'mode = "reported"', 'mode = "reported"\ncue = " "\nnote = ""')
        text = str(build_refusal(project))
        assert "one.toml: statement[0] (one-s1).cue: is blank (' ')" in text
        assert "one.toml: statement[0] (one-s1).note: is blank ('')" in text

    def test_unknown_enum_value(self, project: tuple[Path, Path]) -> None:
        """A value outside a vocabulary is refused, listing the valid ones."""
        edit(project[1] / "articles" / "one.toml", 'mode = "reported"', 'mode = "paraphrase"')
        assert "unknown Mode 'paraphrase'; expected one of 'direct_quote'" in str(
            build_refusal(project)
        )

    def test_passage_not_in_text_suggests_the_closest(self, project: tuple[Path, Path]) -> None:
        """A passage that is not in the body is refused with the closest passage that is."""
        edit(
            project[1] / "articles" / "one.toml",
            '"trade will grow across the region"',
            '"trade will grow accross the region"',
        )
        error = build_refusal(project)
        assert re.search(
            r"statement\[0\] \(one-s1\)\.passage: passage 'trade will grow accross the "
            r"region' is not in the article body; closest passage in the text: "
            r"'trade will grow across the region'",
            str(error),
        )

    def test_evidence_passage_not_in_text(self, project: tuple[Path, Path]) -> None:
        """Evidence quoting text the article does not have is refused with a suggestion."""
        edit(project[1] / "agreements.toml", "We are ready to sign.", "We are ready to sing.")
        assert re.search(
            r"agreements\.toml: agreement\[0\] \(pact\)\.milestone\[0\]\.evidence\.passage"
            r".*closest passage in the text: 'We are ready to sign",
            str(build_refusal(project)),
        )

    def test_unknown_ids(self, project: tuple[Path, Path]) -> None:
        """Ids that name no record are each refused, naming the file and statement."""
        article = project[1] / "articles" / "one.toml"
        edit(article, 'speaker = "ana"', 'speaker = "anna"')
        edit(article, 'topics = ["trade"]', 'topics = ["trades"]')
        edit(article, 'agreements = ["pact"]', 'agreements = ["packt"]')
        edit(article, 'event = "meeting"', 'event = "meting"')
        text = str(build_refusal(project))
        for field, value in [
            ("speaker", "anna"),
            ("topics", "trades"),
            ("agreements", "packt"),
            ("event", "meting"),
        ]:
            assert re.search(
                rf"articles/one\.toml: statement\[0\] \(one-s1\)\.{field}: unknown \w+ '{value}'",
                text,
            ), field

    def test_unknown_ids_in_registries(self, project: tuple[Path, Path]) -> None:
        """A role's organisation, a topic parent and evidence naming nothing are refused."""
        ann = project[1]
        edit(ann / "actors.toml", 'organisation = "bloc"', 'organisation = "blok"')
        edit(ann / "actors.toml", 'reference = "ref-1"', 'reference = "ref-2"')
        edit(ann / "topics.toml", 'parent = "economy"', 'parent = "economics"')
        edit(ann / "agreements.toml", 'article = "one"', 'article = "two"')
        text = str(build_refusal(project))
        assert "actors.toml: actor[1] (ana).role[0].organisation: unknown actor 'blok'" in text
        assert (
            "actors.toml: actor[1] (ana).role[0].evidence[0].reference_id: "
            "unknown reference 'ref-2'"
        ) in text
        assert "topics.toml: topic[1] (trade).parent: unknown topic 'economics'" in text
        assert "agreements.toml: agreement[0] (pact).milestone[0].evidence.article: " in text
        assert "unknown article 'two'" in text

    def test_impossible_date(self, project: tuple[Path, Path]) -> None:
        """A date that does not exist is refused, quoting it."""
        edit(project[1] / "events.toml", '"2025-05-02"', '"2025-02-30"')
        assert re.search(
            r"events\.toml: event\[0\] \(meeting\)\.start: .*'2025-02-30'",
            str(build_refusal(project)),
        )

    def test_reversed_range(self, project: tuple[Path, Path]) -> None:
        """A statement range that ends before it starts is refused, naming the statement."""
        edit(
            project[1] / "articles" / "one.toml",
            'said_on = "2025-05-02"',
            'said_on = "2025-05-02"\nsaid_until = "2025-05-01"',
        )
        assert re.search(
            r"articles/one\.toml: statement\[0\] \(one-s1\)\.said_until: 2025-05-01 is before",
            str(build_refusal(project)),
        )

    def test_missing_required_fields(self, project: tuple[Path, Path]) -> None:
        """Required fields that are missing are named, in registries and articles."""
        edit(project[1] / "references.toml", 'checked_on = "2026-01-01"\n', "")
        edit(project[1] / "articles" / "one.toml", 'kind = "news"\n', "")
        text = str(build_refusal(project))
        assert "reference[0] (ref-1).checked_on: missing (required)" in text
        assert "articles/one.toml: kind: missing (required)" in text

    def test_real_annotations_copied_and_broken(self, tmp_path: Path) -> None:
        """A copy of the project's own annotations with one bad passage is refused."""
        root = Path(__file__).resolve().parents[1]
        articles = sorted((root / "annotations" / "articles").glob("*.toml"))
        if not articles:
            pytest.skip("the curated annotations are not in this checkout")
        ann = tmp_path / "annotations"
        shutil.copytree(root / "annotations", ann)
        target = ann / "articles" / articles[0].name
        text = target.read_text(encoding="utf-8")
        match = re.search(r'^passage = "([^"\\]{12,60})"$', text, re.MULTILINE)
        assert match is not None
        broken = match[1][:-3] + "zzz"
        target.write_text(text.replace(match[0], f'passage = "{broken}"', 1), encoding="utf-8")
        error = build_refusal((root / "seeds", ann))
        assert f"passage {broken!r} is not in the article body" in str(error)
        assert f"articles/{articles[0].name}" in str(error)


# -- queries ----------------------------------------------------------------------------


class TestQueryBadArguments:
    @pytest.mark.parametrize(
        ("arguments", "error", "message"),
        [
            ({"speaker": "Ana Nunes"}, UnknownActorError, "did you mean 'Ana Ñúñez'"),
            ({"speaker": "Exemple Bloc Secretary-General"}, UnknownActorError, "did you mean"),
            ({"topic": "Digital economics"}, UnknownTopicError, "did you mean 'Digital economy'"),
            ({"article": "Bloc chief on trades"}, UnknownArticleError, "did you mean 'Bloc"),
            ({"agreement": "Green Packt"}, UnknownAgreementError, "did you mean 'Green Pact'"),
            ({"event": "Example Sumit 2022"}, UnknownEventError, "did you mean 'Example Summit"),
            ({"speaker": ["ana", "Nobody At All"]}, UnknownActorError, "'Nobody At All'"),
        ],
    )
    def test_unknown_names_with_suggestions(
        self, arguments: dict[str, Any], error: type[Exception], message: str
    ) -> None:
        """An unknown name is a lookup error naming it and suggesting near matches."""
        with pytest.raises(error, match=re.escape(message)):
            CORPUS.find_statements(**arguments)

    def test_unknown_names_are_lookup_errors(self) -> None:
        """Unknown names are also LookupErrors, for code that catches those."""
        with pytest.raises(LookupError):
            CORPUS.find_statements(topic="nothing like it")

    @pytest.mark.parametrize(
        "bound", ["sometime", "2025-02-30", "June", "19 June", "2025-13", "", "13/13/2025"]
    )
    def test_unreadable_dates(self, bound: str) -> None:
        """A date bound that cannot be read, or names no year, is refused, quoting it."""
        with pytest.raises(InvalidDateError, match=re.escape(repr(bound))):
            CORPUS.find_statements(since=bound)
        with pytest.raises(InvalidDateError, match=re.escape(repr(bound))):
            CORPUS.find_statements(until=bound)

    @pytest.mark.parametrize(
        ("since", "until"),
        [
            ("2023", "2022"),
            ("2022-12-20", "2022-12-19"),
            ("2023-01", "2022"),
            ("2022-12", "2022-11"),
        ],
    )
    def test_reversed_range(self, since: str, until: str) -> None:
        """since after until is refused, quoting both."""
        with pytest.raises(InvalidQueryError, match=rf"reversed date range: since '{since}'"):
            CORPUS.find_statements(since=since, until=until)

    @pytest.mark.parametrize(
        "arguments",
        [
            {"speaker": 5},
            {"speaker": [5]},
            {"speaker": b"ana"},
            {"topic": 1.5},
            {"topic": [None]},
            {"article": 3},
            {"agreement": object()},
            {"event": [["summit"]]},
            {"mode": 1},
            {"mode": ["shouting"]},
            {"mode": [["reported"]]},
            {"text": 5},
            {"text": ""},
            {"text": b"trade"},
            {"text": re.compile(b"trade")},
            {"where": "verbatim"},
            {"include_undated": "yes"},
            {"include_undated": 1},
            {"since": 2022},
            {"until": 2022.5},
            {"since": ["2022"]},
            {"speaker": []},
            {"topic": ()},
        ],
        ids=repr,
    )
    def test_wrong_types(self, arguments: dict[str, Any]) -> None:
        """An argument of the wrong type or an empty list is a clear InvalidQueryError."""
        with pytest.raises(InvalidQueryError, match=next(iter(arguments))):
            CORPUS.find_statements(**arguments)

    def test_errors_leave_the_corpus_usable(self) -> None:
        """After a refused query, the same corpus answers queries as before."""
        before = CORPUS.find_statements(speaker="ana")
        with pytest.raises(CorpusError):
            CORPUS.find_statements(speaker="ana", since="2023", until="2022")
        assert before == CORPUS.find_statements(speaker="ana")


# -- the command line -------------------------------------------------------------------


class TestCommandLineBadInput:
    def test_validate_lists_every_problem(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """validate exits 1 and prints the file and each problem's path."""
        data = changed(
            _set(f"statements.{S1}.speaker_id", "ghost"), _set("articles.0.publisher", "ghost")
        )
        path = write(tmp_path, data)
        assert 1 == main(["validate", str(path)])
        err = capsys.readouterr().err
        assert f"asean-corpus: error: {path}: corpus refused, 2 problems:" in err
        assert f"$.statements[{S1}] (a1-s1).speaker_id" in err
        assert "$.articles[0] (a1).publisher" in err

    @pytest.mark.parametrize(
        ("arguments", "message"),
        [
            (["--since", "2025-02-30"], "2025-02-30"),
            (["--since", "2025", "--until", "2024"], "reversed date range"),
            (["--regex", "("], "--regex '('"),
            (["--mode", "shouting"], "unknown Mode 'shouting'"),
            (["--reliability", "weak"], "unknown ReliabilityLevel 'weak'"),
            (["--topic", "Digital economics"], "did you mean 'Digital economy'"),
        ],
    )
    def test_statements_with_bad_filters(
        self,
        tmp_path: Path,
        capsys: pytest.CaptureFixture[str],
        arguments: list[str],
        message: str,
    ) -> None:
        """statements exits 1 with one clear line for a bad filter, no traceback."""
        path = write(tmp_path, BASE)
        assert 1 == main(["statements", "--corpus", str(path), *arguments])
        err = capsys.readouterr().err
        assert err.startswith("asean-corpus: error: ")
        assert message in err
        assert "Traceback" not in err

    def test_build_with_broken_annotations(
        self, project: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
    ) -> None:
        """build exits 1 naming the problem and writes no output file."""
        seeds, ann = project
        edit(ann / "articles" / "one.toml", 'speaker = "ana"', 'speaker = "anna"')
        out = seeds.parent / "out.json"
        assert 1 == main(
            ["build", "--seeds", str(seeds), "--annotations", str(ann), "--out", str(out)]
        )
        assert "unknown actor 'anna'" in capsys.readouterr().err
        assert not out.exists()
