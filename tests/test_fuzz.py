"""Fuzzing: valid corpus files broken at random either still load or raise CorpusError.

Hypothesis draws a valid corpus, writes it, and damages the file: in its JSON
structure (keys dropped or added, values of other types, values swapped between
places, records duplicated) or in its bytes (truncated, overwritten, inserted,
deleted). Loading the result must either succeed, and then give a corpus that round
trips, or raise a :class:`CorpusError` naming the file. Any other exception is a bug.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import event, given
from hypothesis import strategies as st
from tests.strategies import corpora

import asean_corpus as ac
from asean_corpus import Corpus, CorpusError
from asean_corpus.io.jsonfile import corpus_to_dict, dumps, loads

# Hypothesis suites: run in CI and by `pytest -m slow`, not in the quick loop.
pytestmark = pytest.mark.slow

#: Any JSON value, nested a little.
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=10)
    | st.sampled_from(["2025-02-30", "2025-06", "a1", "direct_quote", "", "0000"]),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=6,
)

Slot = tuple[Any, Any]
"""A place in a JSON tree: a container and a key (or index) in it."""


def slots(tree: Any) -> list[Slot]:
    """Every place in the tree that holds a value."""
    out: list[Slot] = []
    stack = [tree]
    while stack:
        node = stack.pop()
        items = node.items() if isinstance(node, dict) else enumerate(node)
        for key, value in items:
            out.append((node, key))
            if isinstance(value, (dict, list)):
                stack.append(value)
    return out


def drop(tree: Any, data: st.DataObject) -> str:
    """Remove a key from an object or an item from a list."""
    node, key = data.draw(st.sampled_from(slots(tree)))
    del node[key]
    return "drop"


def retype(tree: Any, data: st.DataObject) -> str:
    """Put a value of any JSON type in place of another."""
    node, key = data.draw(st.sampled_from(slots(tree)))
    node[key] = data.draw(json_values)
    return "retype"


def swap(tree: Any, data: st.DataObject) -> str:
    """Exchange the values of two places (ids, spans, dates, whole records)."""
    places = slots(tree)
    (a, i), (b, j) = data.draw(st.sampled_from(places)), data.draw(st.sampled_from(places))
    a[i], b[j] = b[j], a[i]
    return "swap"


def add_key(tree: Any, data: st.DataObject) -> str:
    """Add a key to some object."""
    objects = [tree] + [n[k] for n, k in slots(tree) if isinstance(n[k], dict)]
    node = data.draw(st.sampled_from(objects))
    node[data.draw(st.text(max_size=8))] = data.draw(json_values)
    return "add key"


def duplicate(tree: Any, data: st.DataObject) -> str:
    """Repeat an item of some list (a record, a role, a piece of evidence)."""
    lists = [n[k] for n, k in slots(tree) if isinstance(n[k], list) and n[k]]
    if not lists:
        return "duplicate (nothing to copy)"
    items = data.draw(st.sampled_from(lists))
    items.insert(data.draw(st.integers(0, len(items))), data.draw(st.sampled_from(items)))
    return "duplicate"


def nudge(tree: Any, data: st.DataObject) -> str:
    """Move an integer by a little (span offsets off by one)."""
    numbers = [(n, k) for n, k in slots(tree) if type(n[k]) is int]
    if not numbers:
        return "nudge (no numbers)"
    node, key = data.draw(st.sampled_from(numbers))
    node[key] += data.draw(st.sampled_from([-1, 1, -1000, 10**6]))
    return "nudge"


MUTATIONS: list[Callable[[Any, st.DataObject], str]] = [
    drop,
    retype,
    swap,
    add_key,
    duplicate,
    nudge,
]


def truncate(raw: bytes, data: st.DataObject) -> tuple[bytes, str]:
    return raw[: data.draw(st.integers(0, len(raw)))], "truncate"


def overwrite(raw: bytes, data: st.DataObject) -> tuple[bytes, str]:
    at = data.draw(st.integers(0, len(raw)))
    new = data.draw(st.binary(min_size=1, max_size=4))
    return raw[:at] + new + raw[at + len(new) :], "overwrite bytes"


def insert(raw: bytes, data: st.DataObject) -> tuple[bytes, str]:
    at = data.draw(st.integers(0, len(raw)))
    garbage = data.draw(
        st.binary(max_size=8)
        | st.sampled_from([b"{", b"}", b"[", b"]", b",", b'"', b"\\", b"\xff", b"\xc3", b"null"])
    )
    return raw[:at] + garbage + raw[at:], "insert bytes"


def delete(raw: bytes, data: st.DataObject) -> tuple[bytes, str]:
    at = data.draw(st.integers(0, len(raw)))
    return raw[:at] + raw[at + data.draw(st.integers(1, 16)) :], "delete bytes"


BYTE_MUTATIONS = [truncate, overwrite, insert, delete]


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


def attempt(path: Path) -> Corpus | CorpusError:
    """The corpus loaded from ``path``, or the CorpusError that refused it."""
    try:
        return ac.load(path)
    except CorpusError as exc:
        return exc


def load_or_refuse(path: Path) -> None:
    """Load a damaged file: it loads and round trips, or is refused naming the file."""
    outcome = attempt(path)
    event(f"refused: {type(outcome).__name__}" if isinstance(outcome, CorpusError) else "loads")
    if isinstance(outcome, CorpusError):
        assert str(path) in str(outcome)
    else:
        assert outcome == loads(dumps(outcome))


class TestFuzzLoad:
    @given(corpus=corpora(full=True), data=st.data())
    def test_json_structure_mutations(
        self, folder: Path, corpus: Corpus, data: st.DataObject
    ) -> None:
        """A file whose JSON structure is damaged loads or raises CorpusError, nothing else."""
        tree = corpus_to_dict(corpus)
        for _ in range(data.draw(st.integers(1, 3))):
            mutation = data.draw(st.sampled_from(MUTATIONS))
            event(mutation(tree, data))
        path = folder / "damaged.json"
        path.write_text(json.dumps(tree, ensure_ascii=False), encoding="utf-8")
        load_or_refuse(path)

    @given(corpus=corpora(full=True), data=st.data())
    def test_byte_mutations(self, folder: Path, corpus: Corpus, data: st.DataObject) -> None:
        """A file whose bytes are damaged loads or raises CorpusError, nothing else."""
        raw = dumps(corpus, indent=data.draw(st.sampled_from([None, 1]))).encode("utf-8")
        for _ in range(data.draw(st.integers(1, 3))):
            raw, name = data.draw(st.sampled_from(BYTE_MUTATIONS))(raw, data)
            event(name)
        path = folder / "damaged.json"
        path.write_bytes(raw)
        load_or_refuse(path)

    @given(value=json_values)
    def test_any_json_value(self, folder: Path, value: object) -> None:
        """Any JSON document at all loads or raises CorpusError."""
        path = folder / "any.json"
        path.write_text(json.dumps(value), encoding="utf-8")
        load_or_refuse(path)

    @given(
        tables=st.dictionaries(
            st.sampled_from(
                [
                    "articles",
                    "statements",
                    "actors",
                    "agreements",
                    "topics",
                    "events",
                    "references",
                    "conflicts",
                ]
            ),
            json_values,
        )
    )
    def test_any_tables(self, folder: Path, tables: dict[str, Any]) -> None:
        """A version-1 file with any values for its tables loads or raises CorpusError."""
        path = folder / "tables.json"
        path.write_text(json.dumps({"format_version": 1, **tables}), encoding="utf-8")
        load_or_refuse(path)
