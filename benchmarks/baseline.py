"""Timings of an earlier version of asean_corpus, run in a process of its own.

``run.py`` extracts the earlier version's source (``git archive``) and runs this script
with that source first on ``sys.path``, so ``import asean_corpus`` is the earlier
version, on the same machine, in the same run, on the same files::

    python benchmarks/baseline.py SPEC.json

SPEC names the files and the queries; the script prints one JSON object of median
seconds. It uses only what the earlier version already had: ``load``, ``save``,
``Corpus(...)``, ``write_parquet``, ``read_parquet`` and ``find_statements``.
"""

from __future__ import annotations

import gc
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any


def timed(func: Callable[[], Any], repeat: int) -> float:
    """Median seconds of ``repeat`` runs (the result of each dropped before the next)."""
    times = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        result = func()
        times.append(time.perf_counter() - start)
        del result
    return statistics.median(times)


def timed_each(spec: dict[str, Any], repeat: int) -> list[float]:
    import asean_corpus as ac

    times = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        ac.load(spec["json"])
        times.append(time.perf_counter() - start)
    return times


def main(spec_path: str) -> int:
    import asean_corpus as ac

    spec = json.loads(Path(spec_path).read_text(encoding="utf-8"))
    repeat = spec["repeat"]
    out: dict[str, Any] = {"module": ac.__file__}
    gc.collect()
    start = time.perf_counter()
    corpus = ac.load(spec["json"])
    out["load"] = time.perf_counter() - start
    if repeat > 1:
        out["load"] = statistics.median([out["load"], *(timed_each(spec, repeat - 1))])
    tables = {name: getattr(corpus, name) for name in spec["tables"]}
    out["build"] = timed(lambda: ac.Corpus(**tables), repeat)
    with tempfile.TemporaryDirectory(prefix="asean-baseline-") as tmp:
        out["save"] = timed(lambda: corpus.save(Path(tmp) / "corpus.json"), repeat)
        out["write_parquet"] = timed(lambda: corpus.write_parquet(Path(tmp) / "p"), repeat)
    out["read_parquet"] = timed(lambda: ac.read_parquet(spec["parquet"]), repeat)

    def first() -> float:
        fresh = ac.Corpus(**tables)
        start = time.perf_counter()
        fresh.find_statements(**spec["first_query"])
        return time.perf_counter() - start

    out["first_query"] = statistics.median(first() for _ in range(repeat))
    corpus.find_statements(**spec["first_query"])
    queries = {}
    for label, filters in spec["queries"].items():
        corpus.find_statements(**filters)
        queries[label] = timed(lambda f=filters: corpus.find_statements(**f), max(repeat, 5))
    out["queries"] = queries
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
