"""Reading and writing corpus files fast: the same corpora and the same bytes as the careful path.

A file the fast path cannot vouch for (a key given twice, a key left out, a wrong type,
an escape it does not check) is read by the careful path, which reports every problem.
"""

from __future__ import annotations

import json
import sys
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests._core_corpus import make_corpus
from tests.strategies import corpora

import asean_corpus as ac
from asean_corpus import Corpus, InvalidCorpusError
from asean_corpus.corpus.vouching import record_types
from asean_corpus.io.jsonfile import FORMAT_VERSION, corpus_from_dict, dumps, loads
from asean_corpus.io.structs import decode_tables

CORPUS = make_corpus()
TEXT = dumps(CORPUS)


def fast(text: str) -> dict[str, tuple[Any, ...]] | None:
    return decode_tables(text, Corpus, FORMAT_VERSION)


def careful(text: str) -> Corpus:
    return corpus_from_dict(json.loads(text))


def tables(corpus: Corpus) -> dict[str, tuple[Any, ...]]:
    return {name: getattr(corpus, name) for name in record_types(Corpus)}


def edited(change: Any) -> str:
    data = json.loads(TEXT)
    change(data)
    return json.dumps(data, ensure_ascii=False)


class TestFastPathReads:
    def test_a_saved_file(self) -> None:
        """A file written by save is read by the fast path, record for record."""
        assert tables(CORPUS) == fast(TEXT)

    def test_a_saved_file_as_bytes(self, tmp_path: Any) -> None:
        """Bytes are read as they are; only bytes that are not UTF-8 go the careful way."""
        assert tables(CORPUS) == decode_tables(TEXT.encode("utf-8"), Corpus, FORMAT_VERSION)
        broken = TEXT.encode("utf-8").replace(b'"note": null', b'"note": "\xff"', 1)
        assert decode_tables(broken, Corpus, FORMAT_VERSION) is None
        from asean_corpus.io.jsonfile import load_bytes

        for kind in (bytes, bytearray, memoryview):
            assert CORPUS == load_bytes(kind(TEXT.encode("utf-8")), "c.json")
        path = tmp_path / "c.json"
        path.write_bytes(broken)
        with pytest.raises(InvalidCorpusError, match="not UTF-8 text: byte 0xff at offset"):
            ac.load(path)

    @pytest.mark.parametrize("indent", [None, 1])
    def test_the_bundled_file(self, indent: int | None) -> None:
        """The bundled corpus, as shipped and laid out otherwise, reads the same both ways."""
        text = dumps(ac.load(), indent=indent)
        assert tables(careful(text)) == fast(text)

    def test_text_with_colons_and_escapes(self) -> None:
        """Colons, quotes and escaped characters inside strings are not taken for keys."""
        text = TEXT.replace('"note": null', '"note": "a: \\"b\\": \\u00e9 \\n c"', 1)
        assert text != TEXT
        assert tables(careful(text)) == fast(text)

    @pytest.mark.parametrize(
        "note",
        ["u003a and \\\\u003a", "a colon in an id's field"],
        ids=["no escape, an escaped backslash", "colons"],
    )
    def test_text_that_only_looks_like_an_escaped_colon(self, note: str) -> None:
        """Only a real escape (an odd run of backslashes before u003a) is read the careful way."""
        text = TEXT.replace('"note": null', f'"note": "{note}"', 1)
        assert text != TEXT
        assert tables(careful(text)) == fast(text)

    def test_a_colon_in_a_referring_id(self) -> None:
        """Ids with colons (in the tables that refer to them too) read the fast way."""
        sid = CORPUS.statements[0].speaker_id
        text = TEXT.replace(f'"{sid}"', f'"urn:{sid}"')
        assert text.count(f'"urn:{sid}"') > 1
        assert tables(careful(text)) == fast(text)

    def test_repeated_values_are_one_object(self) -> None:
        """Ids, cues, dates and topic sets repeated across statements are shared objects."""
        corpus = loads(TEXT)
        statements = corpus.statements
        for field in ("article_id", "speaker_id", "said_on", "topics"):
            values: dict[object, set[int]] = {}
            for s in statements:
                values.setdefault(getattr(s, field), set()).add(id(getattr(s, field)))
            assert all(len(ids) == 1 for ids in values.values()), field


class TestFastPathWrites:
    def test_sets_are_sorted_as_python_sorts_them(self) -> None:
        """A set of ids is written in the order of ``sorted``: by code point, beyond ASCII too."""
        from asean_corpus.io.jsonfile import corpus_to_dict

        ids = ["z", "\u00e9", "Z", "a-b", "\U0001d518", "ab", "\uff21", "a"]
        topics = tuple(
            ac.Topic(id=i, label=f"topic {n}", description="") for n, i in enumerate(ids)
        )
        first = attrs.evolve(CORPUS.statements[0], topics=frozenset(ids))
        corpus = attrs.evolve(
            CORPUS, topics=CORPUS.topics + topics, statements=(first, *CORPUS.statements[1:])
        )
        written = json.loads(dumps(corpus))
        assert sorted(ids) == written["statements"][0]["topics"]
        assert json.dumps(corpus_to_dict(corpus), ensure_ascii=False) + "\n" == dumps(corpus)

    def test_evidence_of_a_subclass(self) -> None:
        """Evidence of a subclass of either kind is written as the converter writes it."""
        from asean_corpus.io.jsonfile import corpus_to_dict

        @attrs.frozen(kw_only=True)
        class Cited(ac.ReferenceEvidence):
            pass

        bundled = ac.load()
        subclassed = [
            attrs.evolve(
                c,
                conflicts_with=tuple(
                    Cited(reference_id=e.reference_id) if isinstance(e, ac.ReferenceEvidence) else e
                    for e in c.conflicts_with
                ),
            )
            for c in bundled.conflicts
        ]
        corpus = attrs.evolve(bundled, conflicts=tuple(subclassed))
        assert any(type(e) is Cited for c in corpus.conflicts for e in c.conflicts_with)
        assert json.dumps(corpus_to_dict(corpus), ensure_ascii=False) + "\n" == dumps(corpus)

    def test_subclasses_of_str_and_int_as_plain_values(self) -> None:
        """A corpus accepts a ``str`` or ``int`` subclass (NumPy's ``str_``, say); saving
        it raised TypeError. It is written as the plain value, whatever its ``__str__``."""

        class Label(str):
            def __str__(self) -> str:
                return "not this"

        class Offset(int):
            pass

        bundled = ac.load()
        first = bundled.statements[0]
        first = attrs.evolve(
            first,
            mention=Label(first.mention),
            span=ac.Span(Offset(first.span.start), Offset(first.span.end)),
        )
        topic = attrs.evolve(bundled.topics[0], label=Label(bundled.topics[0].label))
        corpus = attrs.evolve(
            bundled,
            statements=(first, *bundled.statements[1:]),
            topics=(topic, *bundled.topics[1:]),
        )
        assert dumps(bundled) == dumps(corpus)

    def test_every_kind_of_value_as_the_converter_writes_it(self) -> None:
        """Dates, times, spans, evidence, enums and nested records: the converter's values."""
        from asean_corpus.io.jsonfile import corpus_to_dict

        bundled = ac.load()
        assert corpus_to_dict(bundled) == json.loads(dumps(bundled))


class TestChunks:
    """A table is decoded a chunk of records at a time, so its structs never all live at once."""

    @pytest.fixture(params=[1, 2, 3])
    def small_chunks(self, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> int:
        from asean_corpus.io import structs

        monkeypatch.setattr(structs, "_CHUNK", request.param)
        return int(request.param)

    def test_tables_of_many_chunks(self, small_chunks: int) -> None:
        """Records, shared values included, are the same whatever the chunk size."""
        assert len(CORPUS.statements) > small_chunks  # two chunks at least
        assert tables(CORPUS) == fast(TEXT)
        statements = loads(TEXT).statements
        fields = ("article_id", "speaker_id", "said_on", "topics")
        for field in fields:
            first: dict[object, object] = {}
            for s in statements:
                value = getattr(s, field)
                assert value is first.setdefault(value, value), field
        # Equal values in two chunks, the sharing across chunks that the loop above tests:
        assert any(
            getattr(a, field) == getattr(b, field)
            for i, a in enumerate(statements)
            for j, b in enumerate(statements[i + 1 :], start=i + 1)
            for field in fields
            if i // small_chunks != j // small_chunks
        )

    def test_each_chunk_is_decoded_alone(self, small_chunks: int) -> None:
        """No decode of a table's items holds more than one chunk of records."""
        from asean_corpus.io import structs

        decoder = structs._decoder(Corpus)
        seen: list[int] = []

        class Counting:
            def __init__(self, inner: Any) -> None:
                self.inner = inner

            def decode_lines(self, chunk: bytes) -> Any:
                values = self.inner.decode_lines(chunk)
                seen.append(len(values))
                return values

        lists = decoder.item_decoders
        try:
            decoder.item_decoders = {name: Counting(d) for name, d in lists.items()}  # type: ignore[misc]
            assert tables(CORPUS) == fast(TEXT)
        finally:
            decoder.item_decoders = lists
        assert max(seen) == small_chunks
        assert sum(seen) == sum(len(t) for t in tables(CORPUS).values())

    @pytest.mark.parametrize("indent", [None, 2])
    def test_written_a_chunk_at_a_time(
        self, small_chunks: int, indent: int | None, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A file written in chunks is json's text, byte for byte, with no chunk larger."""
        from asean_corpus.io import structs
        from asean_corpus.io.jsonfile import corpus_to_dict, encode

        sizes: list[int] = []
        unmake = structs._Record.unmake

        def counting(self: Any, records: Any) -> Any:
            if self.cls is ac.Statement:
                sizes.append(len(records))
            return unmake(self, records)

        monkeypatch.setattr(structs._Record, "unmake", counting)
        corpus = attrs.evolve(CORPUS, conflicts=())  # an empty table among full ones
        expected = json.dumps(corpus_to_dict(corpus), ensure_ascii=False, indent=indent) + "\n"
        assert expected == dumps(corpus, indent=indent)
        assert expected.encode("utf-8") == encode(corpus, indent=indent)
        assert '"conflicts": []' in expected
        statements = len(corpus.statements)
        assert sizes[: -(-statements // small_chunks)] == [
            min(small_chunks, statements - start) for start in range(0, statements, small_chunks)
        ]

    def test_a_shared_date_is_written_once_per_file(
        self, small_chunks: int, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A date that many records share is converted once, not once in each chunk."""
        from asean_corpus.io import structs

        corpus = loads(TEXT)  # its equal dates are one object
        dates: list[ac.PartialDate] = []

        def walk(value: object) -> None:  # records, and the records and tuples inside them
            if isinstance(value, ac.PartialDate):
                dates.append(value)
            elif attrs.has(type(value)):
                for inner in attrs.astuple(value, recurse=False):  # type: ignore[arg-type]
                    walk(inner)
            elif isinstance(value, tuple):
                for inner in value:
                    walk(inner)

        walk(tuple(tables(corpus).values()))
        assert len({id(d) for d in dates}) < len(dates)  # some are shared
        written: list[ac.PartialDate] = []
        to_text = ac.PartialDate.__str__

        def counting(self: ac.PartialDate) -> str:
            written.append(self)
            return to_text(self)

        monkeypatch.setattr(ac.PartialDate, "__str__", counting)
        assert TEXT == dumps(corpus)
        assert sorted(map(id, written)) == sorted({id(d) for d in dates})
        context = structs._decoder(Corpus).context
        assert context.kept == []  # the values kept while writing are let go
        assert not any(context.written.values())

    def test_a_write_cut_short_lets_go_of_what_it_converted(
        self, small_chunks: int, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A save that fails part way leaves no converted value behind for the next one."""
        from asean_corpus.io import structs

        corpus = loads(TEXT)
        to_text = ac.PartialDate.__str__
        calls: list[int] = []

        def failing(self: ac.PartialDate) -> str:
            calls.append(1)
            if len(calls) == 2:
                raise RuntimeError("cut short")
            return to_text(self)

        monkeypatch.setattr(ac.PartialDate, "__str__", failing)
        with pytest.raises(RuntimeError, match="cut short"):
            dumps(corpus)
        context = structs._decoder(Corpus).context
        assert context.kept == []
        assert not any(context.written.values())
        monkeypatch.undo()
        assert TEXT == dumps(loads(TEXT))

    def test_writes_and_reads_in_threads(self, small_chunks: int) -> None:
        """Saves of corpora loaded apart, and loads, in several threads: every text is right."""
        from concurrent.futures import ThreadPoolExecutor

        bundled = ac.load()
        text = dumps(bundled)
        interval = sys.getswitchinterval()
        sys.setswitchinterval(1e-6)  # threads take turns often, inside a chunk too
        try:

            def save() -> str:
                return dumps(loads(text))  # new objects, new identities, every time

            with ThreadPoolExecutor(max_workers=6) as pool:
                saves = [pool.submit(save) for _ in range(12)]
                reads = [pool.submit(loads, text) for _ in range(4)]
                assert all(f.result() == text for f in saves)
                assert all(f.result() == bundled for f in reads)
        finally:
            sys.setswitchinterval(interval)

    @pytest.mark.parametrize("index", [0, -1])
    def test_a_key_given_twice_in_any_chunk(self, small_chunks: int, index: int) -> None:
        """A repeated key in the first chunk or the last is left to the careful path."""
        data = json.loads(TEXT)
        item = json.dumps(data["statements"][index], ensure_ascii=False)
        twice = item.replace('"verbatim": ', '"verbatim": false, "verbatim": ', 1)
        text = TEXT.replace(item, twice, 1)
        assert text != TEXT
        assert fast(text) is None

    def test_a_wrong_value_in_a_later_chunk(self, small_chunks: int) -> None:
        """A wrong type after the first chunk still sends the file the careful way."""

        def spoil(data: dict[str, Any]) -> None:
            data["statements"][-1]["span"]["end"] = "9"

        text = edited(spoil)
        assert fast(text) is None
        with pytest.raises(InvalidCorpusError, match=r"\.span\.end: expected an integer"):
            loads(text)

    @pytest.mark.parametrize("where", ["before", "after"])
    def test_a_table_given_twice(self, small_chunks: int, where: str) -> None:
        """A table's key given twice at the top level is left to the careful path."""
        if where == "before":
            text = TEXT.replace('"format_version": 1,', '"format_version": 1, "events": [],', 1)
        else:
            assert TEXT.endswith("}\n")
            text = TEXT[:-2] + ', "events": []}\n'
        assert text != TEXT
        assert fast(text) is None
        with pytest.raises(InvalidCorpusError, match="duplicate key 'events'"):
            loads(text)

    def test_a_colon_in_a_referring_id(self, small_chunks: int) -> None:
        """Each chunk counts its colons in full when ids hold some."""
        sid = CORPUS.statements[-1].speaker_id
        text = TEXT.replace(f'"{sid}"', f'"urn:{sid}"')
        assert tables(careful(text)) == fast(text)


class TestVouchedTypes:
    def test_only_the_very_tuples_given_skip_their_type_checks(self) -> None:
        """A copy of a vouched table, or any other table, is type-checked as always."""
        from asean_corpus.corpus.vouching import types_vouched

        wrong = attrs.evolve(CORPUS.statements[0], mode="direct quote")  # a str, not a Mode
        statements = (wrong, *CORPUS.statements[1:])
        records = {**tables(CORPUS), "statements": statements}
        other = (*statements[:1], *statements[1:])  # equal, but another tuple
        assert other == statements
        assert other is not statements
        vouched = types_vouched({"statements": other})
        with vouched, pytest.raises(InvalidCorpusError, match=r"statements\[0\].*mode"):
            Corpus(**records)
        with types_vouched(records):
            Corpus(**records)  # vouched: the reader answers for the types
        with pytest.raises(InvalidCorpusError, match="mode"):
            Corpus(**records)  # outside the block, checked again

    def test_integrity_rules_still_run_for_vouched_tables(self) -> None:
        from asean_corpus.corpus.vouching import types_vouched

        twice = (*CORPUS.statements, CORPUS.statements[0])
        records = {**tables(CORPUS), "statements": twice}
        with types_vouched(records), pytest.raises(InvalidCorpusError, match="duplicate id"):
            Corpus(**records)


def same(a: Any, b: Any, where: str = "$") -> list[str]:
    """Where ``a`` and ``b`` differ in a value or in a type, recursively (records, tuples, sets)."""
    if type(a) is not type(b):
        return [f"{where}: {type(a).__name__} != {type(b).__name__}"]
    if attrs.has(type(a)):
        return [
            d
            for f in attrs.fields(type(a))
            for d in same(getattr(a, f.name), getattr(b, f.name), f"{where}.{f.name}")
        ]
    if isinstance(a, tuple):
        if len(a) != len(b):
            return [f"{where}: {len(a)} items != {len(b)}"]
        return [
            d
            for i, (x, y) in enumerate(zip(a, b, strict=True))
            for d in same(x, y, f"{where}[{i}]")
        ]
    if isinstance(a, frozenset):
        if a != b:
            return [f"{where}: {sorted(a)} != {sorted(b)}"]
        return [d for x, y in zip(sorted(a), sorted(b), strict=True) for d in same(x, y, where)]
    return [] if a == b else [f"{where}: {a!r} != {b!r}"]


def read_vouched(text: str) -> Corpus:
    from asean_corpus.io.vouched import read_vouched

    return read_vouched(text.encode("utf-8"), "c.json", FORMAT_VERSION)


class TestVouchedReader:
    """The reader of the bundled corpus as released: it makes what the checked readers make."""

    def test_a_saved_file(self) -> None:
        assert [] == same(CORPUS, read_vouched(TEXT))

    def test_the_bundled_file(self) -> None:
        """The bundled file, read the fast way with every check, and the vouched way."""
        from asean_corpus import bundled
        from asean_corpus.io.jsonfile import load_bytes

        data = bundled._read(bundled.BUNDLED)
        checked = load_bytes(data, "corpus.json")
        assert [] == same(checked, read_vouched(data.decode("utf-8")))

    @pytest.mark.parametrize(
        ("old", "new"),
        [
            ('"format_version": 1', '"format_version": 2'),
            ('"note": null', '"note": null, "extra": 1'),
            ('"mode": "', '"moda": "'),
            ('"start": ', '"begin": '),
            ('"start": ', '"x": 0, "start": '),
            ('"reference_id": ', '"x": 0, "reference_id": '),
            ('"format_version": 1', '"format_version": 1, "more": []'),
        ],
    )
    def test_a_file_unlike_the_released_one_is_refused(self, old: str, new: str) -> None:
        """Should a wrong checksum ever lead here, a surprise is a clear refusal, not a crash."""
        assert old in TEXT
        with pytest.raises(InvalidCorpusError, match=r"(?s)c\.json: .*not the corpus the package"):
            read_vouched(TEXT.replace(old, new, 1))

    def test_it_checks_nothing(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """The corpus it reads is not checked again (it was when the release was tested)."""
        from asean_corpus.corpus import validation

        def checked(*args: object) -> None:
            raise AssertionError("checked")

        monkeypatch.setattr(validation._Checker, "run", checked)
        assert [] == same(CORPUS, read_vouched(TEXT))
        with pytest.raises(AssertionError, match="checked"):
            Corpus(**tables(CORPUS))  # any other corpus is

    def test_only_a_corpus_of_the_very_tuples_given_is_not_checked(self) -> None:
        """valid_vouched skips every check for its tables alone; any other corpus is checked."""
        from asean_corpus.corpus.vouching import valid_vouched

        twice = (*CORPUS.statements, CORPUS.statements[0])
        records = {**tables(CORPUS), "statements": twice}
        with valid_vouched(records):
            assert len(twice) == len(Corpus(**records).statements)
            copy = {**records, "statements": (*twice[:1], *twice[1:])}
            with pytest.raises(InvalidCorpusError, match="duplicate id"):
                Corpus(**copy)  # an equal table, but not the tuple vouched for
            partial = {k: v for k, v in records.items() if k != "topics"}
            with valid_vouched(partial), pytest.raises(InvalidCorpusError, match="duplicate id"):
                Corpus(**records)  # a table not vouched for
        with pytest.raises(InvalidCorpusError, match="duplicate id"):
            Corpus(**records)  # outside the block, checked again
        with pytest.raises(TypeError, match="only tuples"), valid_vouched({"statements": None}):  # type: ignore[dict-item]
            pass

    @given(corpus=corpora(), indent=st.sampled_from([None, 1]))
    def test_any_saved_corpus(self, corpus: Corpus, indent: int | None) -> None:
        """Whatever the bundled data comes to hold, the vouched reader makes the same records."""
        assert [] == same(corpus, read_vouched(dumps(corpus, indent=indent)))


class TestRecordsStoredFieldByField:
    def test_every_record_class_qualifies_or_is_made_by_its_constructor(self) -> None:
        """Records are stored field by field only where the constructor would do no more."""
        from asean_corpus.model._fields import slot_setters as _setters

        for cls in record_types(Corpus).values():
            assert _setters(cls) is not None, cls  # the corpus tables: no checks in __init__
        assert _setters(ac.PartialDate) is None  # checks its parts after init

        @attrs.frozen
        class Checked:
            value: int = attrs.field(validator=attrs.validators.instance_of(int))

        @attrs.frozen
        class Converted:
            value: int = attrs.field(converter=int)

        @attrs.define(slots=False)
        class NoSlots:
            value: int

        @attrs.frozen(cache_hash=True)
        class CachedHash:  # __init__ also clears the cached hash's own slot
            value: int

        others = (Checked, Converted, NoSlots, CachedHash)
        assert [None] * len(others) == [_setters(c) for c in others]

        from asean_corpus.model._fields import stored

        # Those are made by their constructor, which checks and converts as it should.
        assert [Checked(1), Checked(2)] == stored(Checked, [[1, 2]], 2)
        with pytest.raises(TypeError):
            stored(Checked, [["one"]], 1)
        assert [Converted(3)] == stored(Converted, [["3"]], 1)
        assert [ac.Span(1, 4), ac.Span(5, 9)] == stored(ac.Span, [[1, 5], [4, 9]], 2)

    def test_stored_in_blocks_is_stored_in_full(self) -> None:
        """Records stored a block at a time, across and at block edges, from lists,
        tuples and iterators alike, are the records the constructor makes."""
        from asean_corpus.model import _fields

        for count in (0, 1, _fields._BLOCK - 1, _fields._BLOCK, 2 * _fields._BLOCK + 3):
            starts = list(range(count))
            ends = [s + 1 + s % 7 for s in starts]
            made = [ac.Span(s, e) for s, e in zip(starts, ends, strict=True)]
            assert made == _fields.stored(ac.Span, [starts, tuple(ends)], count)
            assert made == _fields.stored(ac.Span, [iter(starts), ends], count)
        with pytest.raises(ValueError, match="is shorter than"):
            _fields.stored(ac.Span, [[1]], 1)  # a column missing

    def test_a_record_stored_field_by_field_is_the_constructed_one(self) -> None:
        loaded = loads(TEXT)
        for name in record_types(Corpus):
            for record in getattr(loaded, name):
                assert record == attrs.evolve(record)  # evolve goes through __init__
                assert hash(record) == hash(attrs.evolve(record))
                assert repr(record) == repr(attrs.evolve(record))


class TestCarefulPathReads:
    @pytest.mark.parametrize(
        ("where", "change"),
        [
            (
                "top level",
                lambda t: t.replace(
                    '"format_version": 1,', '"format_version": 1, "format_version": 1,'
                ),
            ),
            (
                "record",
                lambda t: t.replace('"verbatim": true,', '"verbatim": true, "verbatim": false,', 1),
            ),
            (
                "span",
                lambda t: t.replace('"span": {"start": ', '"span": {"start": 0, "start": ', 1),
            ),
        ],
    )
    def test_a_key_given_twice(self, where: str, change: Any) -> None:
        """A repeated key, at any depth, is left to the careful path."""
        text = change(TEXT)
        assert text != TEXT, where
        assert fast(text) is None

    def test_a_repeated_key_hidden_by_an_escaped_colon(self) -> None:
        """An escaped colon, which the count of colons cannot see, is left to the careful path."""
        text = TEXT.replace('"note": null', '"note": "\\u003a", "note": null', 1)
        assert fast(text) is None

    def test_a_key_left_at_its_default(self) -> None:
        """A file that leaves out a key with a default is read the careful way, and equal."""

        def drop(data: dict[str, Any]) -> None:
            del data["statements"][0]["note"]

        text = edited(drop)
        assert fast(text) is None
        assert CORPUS == loads(text)

    def test_a_set_listing_an_id_twice(self) -> None:
        """A set that lists an id twice reads as the set, by the careful path."""

        def twice(data: dict[str, Any]) -> None:
            data["statements"][0]["topics"] *= 2

        assert CORPUS == loads(edited(twice))

    @pytest.mark.parametrize(
        ("change", "message"),
        [
            (
                lambda d: d["statements"][3]["span"].update(end="9"),
                r"\$\.statements\[3\] \(a2-s1\)\.span\.end: expected an integer",
            ),
            (
                lambda d: d["statements"][1].update(said_on="2025-02-30"),
                r"\$\.statements\[1\] \(a1-s2\)\.said_on: invalid date '2025-02-30'",
            ),
            (
                lambda d: d["statements"][0].update(mode="shouted"),
                r"\$\.statements\[0\] \(a1-s1\)\.mode: unknown Mode 'shouted'",
            ),
            (
                lambda d: d["agreements"][0]["milestones"][0]["evidence"].update(article_id="a1"),
                r"\$\.agreements\[0\] \(\S+\)\.milestones\[0\]\.evidence: extra fields",
            ),
            (lambda d: d["statements"][0].update(text="\ud800"), "lone surrogate"),
        ],
    )
    def test_problems_are_reported_as_before(self, change: Any, message: str) -> None:
        """A file with wrong values fails the fast path and is reported with paths and ids."""
        data = json.loads(TEXT)
        change(data)
        text = json.dumps(data)
        assert fast(text) is None
        with pytest.raises(InvalidCorpusError, match=message):
            loads(text)

    def test_every_problem_at_once(self) -> None:
        """Several wrong values are all reported, as the careful path always did."""

        def spoil(data: dict[str, Any]) -> None:
            data["statements"][0]["verbatim"] = 1
            data["statements"][2]["span"]["start"] = None

        with pytest.raises(InvalidCorpusError) as caught:
            loads(edited(spoil))
        assert 2 == len(caught.value.details)


@pytest.mark.slow
class TestProperties:
    @given(corpus=corpora(), indent=st.sampled_from([None, 1]))
    def test_fast_and_careful_paths_agree(self, corpus: Corpus, indent: int | None) -> None:
        """Any corpus reads back the same by both paths, and the fast path vouches for it."""
        text = dumps(corpus, indent=indent)
        assert tables(corpus) == fast(text)
        assert corpus == careful(text)

    @given(corpus=corpora(), indent=st.sampled_from([None, 1, 2, 0]))
    def test_the_bytes_of_json(self, corpus: Corpus, indent: int | None) -> None:
        """The text written is the one json.dumps writes, byte for byte, in every layout."""
        from asean_corpus.io.jsonfile import corpus_to_dict

        expected = json.dumps(corpus_to_dict(corpus), ensure_ascii=False, indent=indent)
        assert expected + "\n" == dumps(corpus, indent=indent)

    @given(text=st.text())
    def test_strings_are_escaped_as_json_does(self, text: str) -> None:
        """Any string, control characters and non-ASCII included, is escaped as by json."""
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            return
        from asean_corpus.io.jsonfile import encode

        corpus = ac.Corpus(topics=(ac.Topic(id="t", label="t", description=text),))
        expected = json.dumps(corpus_to_dict_of(corpus), ensure_ascii=False) + "\n"
        assert expected.encode("utf-8") == encode(corpus)


def corpus_to_dict_of(corpus: Corpus) -> dict[str, Any]:
    from asean_corpus.io.jsonfile import corpus_to_dict

    return corpus_to_dict(corpus)
