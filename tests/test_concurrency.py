"""Loading and indexing are thread-safe: work done once, one answer for every thread."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

import attrs
import pytest
from tests._core_corpus import make_corpus

import asean_corpus as ac
from asean_corpus import Corpus, bundled
from asean_corpus.corpus import container
from asean_corpus.io.jsonfile import dumps, loads

T = TypeVar("T")
THREADS = 16


def all_at_once(work: Callable[[], T], threads: int = THREADS) -> list[T]:
    """Run ``work`` in many threads released together; their results in order."""
    barrier = threading.Barrier(threads)

    def task() -> T:
        barrier.wait()
        return work()

    with ThreadPoolExecutor(threads) as pool:
        futures = [pool.submit(task) for _ in range(threads)]
        return [f.result() for f in futures]


def counting(monkeypatch: pytest.MonkeyPatch, owner: Any, name: str) -> list[object]:
    """Replace ``owner.name`` by a wrapper that records each call; the record."""
    calls: list[object] = []
    real = getattr(owner, name)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        calls.append(threading.get_ident())
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, wrapper)
    return calls


class TestBundledLoad:
    def test_concurrent_first_calls_return_one_object(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Many threads calling load() first all get the same corpus, read once."""
        monkeypatch.setattr(bundled, "_bundled", None)
        reads = counting(monkeypatch, bundled, "_load_bundled")
        found = all_at_once(ac.load)
        assert 1 == len(reads)
        assert all(c is found[0] for c in found)
        assert found[0] is ac.load()

    def test_concurrent_module_queries(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Module-level queries racing on a cold start read the corpus once, same answers."""
        monkeypatch.setattr(bundled, "_bundled", None)
        reads = counting(monkeypatch, bundled, "_load_bundled")
        answers = all_at_once(lambda: ac.find_statements(speaker="Kao Kim Hourn"))
        assert 1 == len(reads)
        assert answers[0]
        assert all(a == answers[0] for a in answers)


class TestIndexBuilding:
    @pytest.fixture
    def fresh(self) -> Corpus:
        """A copy of the bundled corpus with no indexes built yet."""
        return loads(dumps(ac.load()))

    def test_index_built_once_under_concurrent_queries(
        self, fresh: Corpus, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Concurrent first queries build the statement index once and agree."""
        names = counting(monkeypatch, container, "Names")
        indexes = counting(monkeypatch, container, "StatementIndex")
        answers = all_at_once(
            lambda: fresh.find_statements(speaker="ASEAN Secretary-General", since="2025")
        )
        assert 1 == len(names)
        assert 1 == len(indexes)
        assert answers[0]
        assert all(a == answers[0] for a in answers)

    def test_mixed_concurrent_queries_match_serial_answers(self, fresh: Corpus) -> None:
        """Different queries racing on a cold corpus give what they give one at a time."""
        serial_corpus = loads(dumps(fresh))
        queries: list[dict[str, Any]] = [
            {"speaker": "Kao Kim Hourn"},
            {"topic": "tourism"},
            {"since": "2025-06", "until": "2025-06"},
            {"text": "cooperation"},
            {"speaker": "ASEAN Secretary-General", "include_undated": True},
            {},
        ]
        expected = [serial_corpus.find_statements(**q) for q in queries]
        counter = iter(range(THREADS))
        lock = threading.Lock()

        def one() -> tuple[int, tuple[Any, ...]]:
            with lock:
                i = next(counter) % len(queries)
            return i, fresh.find_statements(**queries[i])

        for i, answer in all_at_once(one):
            assert expected[i] == answer

    def test_concurrent_lookups(self, fresh: Corpus) -> None:
        """Lookups racing on a cold corpus all find the same record."""
        found = all_at_once(lambda: fresh.actor("Kao Kim Hourn"))
        assert all(a is found[0] for a in found)


class TestConcurrentSaves:
    def test_racing_saves_leave_one_whole_file(self, tmp_path: Path) -> None:
        """Threads saving different corpora to one path leave one of them whole, no temporaries."""
        base = make_corpus()
        versions = [
            attrs.evolve(base, statements=base.statements[: i % (len(base.statements) + 1)])
            for i in range(THREADS)
        ]
        path = tmp_path / "c.json"
        counter = iter(range(THREADS))
        lock = threading.Lock()

        def save() -> None:
            with lock:
                i = next(counter)
            versions[i].save(path)

        all_at_once(save)
        assert ac.load(path) in versions
        assert ["c.json"] == [p.name for p in tmp_path.iterdir()]
