"""Benchmarks of asean_corpus against pandas, DuckDB and sqlite3 holding the same rows.

Run from the repository root (needs the ``test`` extra: pandas, pyarrow, duckdb)::

    python benchmarks/run.py --sizes 10000 100000 1000000
    python benchmarks/run.py --quick            # one small size, for CI

For each size a synthetic corpus is generated through the public model with a fixed
seed (``benchmarks/generate.py``), and in the same run the script measures:

- building and validating a :class:`~asean_corpus.Corpus` from its records;
- JSON ``save``/``load``, Parquet ``write_parquet``/``read_parquet`` and, for the same
  statements table, ``pandas.read_parquet``;
- memory per statement after loading, as the growth of the resident set of a fresh
  process (the corpus from ``read_parquet`` against the DataFrame from
  ``pandas.read_parquet``);
- query latency: a selective query (one speaker in one year), a broad one (one
  month), a topic with its descendants, and a text search, against a pandas
  DataFrame with boolean masks, DuckDB SQL on an in-memory table, and sqlite3 with
  indexes; every system must find the same number of statements.

Then the bundled corpus as a whole process (import, load, first query) against
``python -c "import attrs"``. Times are medians of repeats; the tables are Markdown,
printed to stdout (progress goes to stderr).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import generate

import asean_corpus as ac
from asean_corpus import Corpus
from asean_corpus.corpus.validation import record_types

SELECTIVE_YEAR = 2012
BROAD_MONTH = "2012-06"
TOPIC = "topic-0003"
"""A top-level topic of the synthetic hierarchy; the query includes its descendants."""


def log(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def timed(func: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    """Median seconds of ``repeat`` runs of ``func`` (after one untimed warm-up if
    ``repeat`` > 1), and the result of the last run."""
    result = None
    if repeat > 1:
        result = func()
    times = []
    for _ in range(repeat):
        result = None  # free the last result before the clock starts, not inside the timing
        start = time.perf_counter()
        result = func()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def fmt_time(seconds: float | None) -> str:
    if seconds is None:
        return "-"
    if seconds < 1e-3:
        return f"{seconds * 1e6:.0f} µs"
    if seconds < 1:
        return f"{seconds * 1e3:.1f} ms"
    return f"{seconds:.2f} s"


def fmt_ratio(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}x" if value < 10 else f"{value:.0f}x"


# -- memory in a fresh process -----------------------------------------------------------

_MEMORY_PROBE = """
import ctypes, gc, json, os, sys
def rss():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
def trim():
    gc.collect()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except OSError:
        pass
import asean_corpus, pandas, pyarrow, pyarrow.dataset, pyarrow.parquet
what, folder = sys.argv[1], sys.argv[2]
trim(); before = rss()
if what == "corpus":
    kept = asean_corpus.read_parquet(folder)
else:
    kept = pandas.read_parquet(
        os.path.join(folder, "statements"),
        partitioning=pyarrow.dataset.HivePartitioning.discover(),
    )
trim(); after = rss()
print(json.dumps({"bytes": after - before}))
"""


def memory(what: str, folder: Path) -> int | None:
    """Growth of the resident set of a fresh process that loads ``what``, in bytes."""
    if not Path("/proc/self/statm").exists():
        return None
    env = {**os.environ, "ARROW_DEFAULT_MEMORY_POOL": "system"}
    out = subprocess.run(
        [sys.executable, "-c", _MEMORY_PROBE, what, str(folder)],
        check=True,
        capture_output=True,
        text=True,
        env=env,
    ).stdout
    return int(json.loads(out)["bytes"])


# -- baselines ---------------------------------------------------------------------------


def descendants(corpus: Corpus, topic: str) -> list[str]:
    return [t.id for t in corpus.subtopics(topic)]


class PandasBaseline:
    """The statements as the typed DataFrame of ``to_pandas``, queried with boolean masks."""

    def __init__(self, corpus: Corpus) -> None:
        import pandas

        self.pd = pandas
        self.df = corpus.to_pandas("statements")
        self.topics = set(descendants(corpus, TOPIC))

    def selective(self, speaker: str, lo: dt.date, hi: dt.date) -> int:
        df, first, last = self.df, self.pd.Timestamp(lo), self.pd.Timestamp(hi)
        mask = (df["speaker_id"] == speaker) & (df["earliest"] <= last) & (df["latest"] >= first)
        return len(df[mask])

    def broad(self, lo: dt.date, hi: dt.date) -> int:
        df, first, last = self.df, self.pd.Timestamp(lo), self.pd.Timestamp(hi)
        return len(df[(df["earliest"] <= last) & (df["latest"] >= first)])

    def topic(self) -> int:
        wanted = self.topics
        df = self.df
        return len(df[~df["topics"].map(wanted.isdisjoint)])

    def text(self, needle: str) -> int:
        df = self.df
        return len(df[df["text"].str.contains(needle, case=False, regex=False)])


class DuckDBBaseline:
    """The statements in an in-memory DuckDB table, queried with SQL (results as Arrow)."""

    def __init__(self, corpus: Corpus) -> None:
        import duckdb

        self.con = duckdb.connect()
        statements = corpus.to_arrow("statements")  # noqa: F841 - read by the SQL below
        self.con.execute("CREATE TABLE s AS SELECT * FROM statements")
        self.topics = descendants(corpus, TOPIC)

    def _rows(self, sql: str, params: list[Any]) -> int:
        result = self.con.sql(sql, params=params)
        fetch = getattr(result, "to_arrow_table", None) or result.arrow
        return int(fetch().num_rows)

    def selective(self, speaker: str, lo: dt.date, hi: dt.date) -> int:
        sql = "SELECT * FROM s WHERE speaker_id = ? AND earliest <= ? AND latest >= ?"
        return self._rows(sql, [speaker, hi, lo])

    def broad(self, lo: dt.date, hi: dt.date) -> int:
        return self._rows("SELECT * FROM s WHERE earliest <= ? AND latest >= ?", [hi, lo])

    def topic(self) -> int:
        return self._rows("SELECT * FROM s WHERE list_has_any(topics, ?)", [self.topics])

    def text(self, needle: str) -> int:
        return self._rows("SELECT * FROM s WHERE contains(lower(text), ?)", [needle.lower()])


class SqliteBaseline:
    """The statements in an in-memory sqlite3 database with indexes on the filtered columns."""

    def __init__(self, corpus: Corpus) -> None:
        self.con = con = sqlite3.connect(":memory:")
        con.execute(
            "CREATE TABLE s (id TEXT PRIMARY KEY, article_id TEXT, speaker_id TEXT, text TEXT,"
            " mode TEXT, said_on TEXT, earliest TEXT, latest TEXT, event_id TEXT)"
        )
        con.execute("CREATE TABLE st (statement TEXT, topic TEXT)")
        con.executemany(
            "INSERT INTO s VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                (
                    s.id,
                    s.article_id,
                    s.speaker_id,
                    s.text,
                    s.mode.value,
                    None if s.said_on is None else str(s.said_on),
                    None if s.earliest is None else s.earliest.isoformat(),
                    None if s.latest is None else s.latest.isoformat(),
                    s.event_id,
                )
                for s in corpus.statements
            ),
        )
        con.executemany(
            "INSERT INTO st VALUES (?, ?)",
            ((s.id, t) for s in corpus.statements for t in s.topics),
        )
        con.execute("CREATE INDEX s_speaker ON s (speaker_id, earliest)")
        con.execute("CREATE INDEX s_earliest ON s (earliest)")
        con.execute("CREATE INDEX st_topic ON st (topic, statement)")
        con.commit()
        self.topics = descendants(corpus, TOPIC)

    def selective(self, speaker: str, lo: dt.date, hi: dt.date) -> int:
        sql = "SELECT * FROM s WHERE speaker_id = ? AND earliest <= ? AND latest >= ?"
        return len(self.con.execute(sql, (speaker, hi.isoformat(), lo.isoformat())).fetchall())

    def broad(self, lo: dt.date, hi: dt.date) -> int:
        # Intervals are at most a year and a day long, so the index on earliest bounds them.
        sql = "SELECT * FROM s WHERE earliest <= ? AND earliest >= ? AND latest >= ?"
        low = (lo - dt.timedelta(days=367)).isoformat()
        return len(self.con.execute(sql, (hi.isoformat(), low, lo.isoformat())).fetchall())

    def topic(self) -> int:
        marks = ", ".join("?" * len(self.topics))
        sql = f"SELECT * FROM s WHERE id IN (SELECT statement FROM st WHERE topic IN ({marks}))"
        return len(self.con.execute(sql, self.topics).fetchall())

    def text(self, needle: str) -> int:
        sql = "SELECT * FROM s WHERE text LIKE ?"
        return len(self.con.execute(sql, (f"%{needle}%",)).fetchall())


# -- one size ----------------------------------------------------------------------------


def bench_size(n: int, repeat: int, workdir: Path) -> list[list[str]]:
    """Measure everything for a corpus of ``n`` statements; rows of the Markdown table."""
    rows: list[list[str]] = []
    heavy = 1 if n >= 500_000 else repeat

    log(f"n={n}: generating")
    start = time.perf_counter()
    gc.disable()  # a million new records would set off collections over all of them
    try:
        corpus = generate.generate(n)
    finally:
        gc.enable()
    log(f"n={n}: generated in {time.perf_counter() - start:.1f} s: {corpus!r}")
    fields = {name: getattr(corpus, name) for name in record_types(ac.Corpus)}

    t_build, _ = timed(lambda: Corpus(**fields), heavy)
    rows.append(["build + validate `Corpus(...)`", fmt_time(t_build), "", "", "", ""])

    json_path = workdir / f"corpus-{n}.json"
    t_save, _ = timed(lambda: corpus.save(json_path), heavy)
    t_load, loaded = timed(lambda: ac.load(json_path), heavy)
    assert loaded == corpus
    del loaded
    rows.append(["JSON `save`", fmt_time(t_save), "", "", "", ""])
    rows.append(["JSON `load`", fmt_time(t_load), "", "", "", ""])

    import pandas as pd
    import pyarrow.dataset as ds

    folder = workdir / f"parquet-{n}"
    t_write, _ = timed(lambda: corpus.write_parquet(folder), heavy)
    rows.append(["Parquet `write_parquet` (all tables)", fmt_time(t_write), "", "", "", ""])

    def pandas_read() -> Any:
        return pd.read_parquet(folder / "statements", partitioning=ds.HivePartitioning.discover())

    def pandas_read_both() -> Any:
        return pandas_read(), pd.read_parquet(folder / "articles")

    t_pd_read, frame = timed(pandas_read, heavy)
    assert len(frame) == n
    del frame
    t_pd_both, frames = timed(pandas_read_both, heavy)
    del frames
    t_read, back = timed(lambda: ac.read_parquet(folder), heavy)
    assert back == corpus
    del back
    rows.append(
        [
            "Parquet `read_parquet` vs `pandas.read_parquet(statements)`",
            fmt_time(t_read),
            fmt_time(t_pd_read),
            "",
            "",
            "ours/pandas " + fmt_ratio(t_read / t_pd_read),
        ]
    )
    rows.append(
        [
            "Parquet `read_parquet` vs pandas reading statements and articles",
            fmt_time(t_read),
            fmt_time(t_pd_both),
            "",
            "",
            "ours/pandas " + fmt_ratio(t_read / t_pd_both),
        ]
    )

    log(f"n={n}: memory")
    mem_corpus = memory("corpus", folder)
    mem_frame = memory("pandas", folder)
    if mem_corpus is not None and mem_frame is not None:
        rows.append(
            [
                "memory per statement (RSS growth after loading)",
                f"{mem_corpus / n:.0f} B",
                f"{mem_frame / n:.0f} B",
                "",
                "",
                "ours/pandas " + fmt_ratio(mem_corpus / mem_frame),
            ]
        )

    log(f"n={n}: queries")
    gc.collect()
    speaker = _busy_speaker(corpus)
    name = corpus.actor(speaker).name
    lo, hi = dt.date(SELECTIVE_YEAR, 1, 1), dt.date(SELECTIVE_YEAR, 12, 31)
    fresh = Corpus(**fields)
    start = time.perf_counter()
    fresh.find_statements(speaker=name, since=lo, until=hi)
    t_first = time.perf_counter() - start
    del fresh
    rows.append(
        [
            "first query on a new corpus (builds the indexes it needs)",
            fmt_time(t_first),
            "",
            "",
            "",
            "",
        ]
    )
    corpus.find_statements(speaker=name, since="2000")
    corpus.find_statements(topic=TOPIC, text="x")
    pandas_base = PandasBaseline(corpus)
    duck = DuckDBBaseline(corpus)
    lite = SqliteBaseline(corpus)

    month = ac.PartialDate.parse(BROAD_MONTH)
    queries: list[tuple[str, Callable[[], Any], list[Callable[[], int]]]] = [
        (
            f"query: one speaker in one year ({name}, {SELECTIVE_YEAR})",
            lambda: corpus.find_statements(speaker=name, since=lo, until=hi),
            [
                lambda: pandas_base.selective(speaker, lo, hi),
                lambda: duck.selective(speaker, lo, hi),
                lambda: lite.selective(speaker, lo, hi),
            ],
        ),
        (
            f"query: one month ({BROAD_MONTH})",
            lambda: corpus.find_statements(since=BROAD_MONTH, until=BROAD_MONTH),
            [
                lambda: pandas_base.broad(month.earliest, month.latest),
                lambda: duck.broad(month.earliest, month.latest),
                lambda: lite.broad(month.earliest, month.latest),
            ],
        ),
        (
            f"query: topic with descendants ({len(pandas_base.topics)} topics)",
            lambda: corpus.find_statements(topic=TOPIC),
            [pandas_base.topic, duck.topic, lite.topic],
        ),
        (
            f"query: text search ({generate.NEEDLE!r})",
            lambda: corpus.find_statements(text=generate.NEEDLE),
            [
                lambda: pandas_base.text(generate.NEEDLE),
                lambda: duck.text(generate.NEEDLE),
                lambda: lite.text(generate.NEEDLE),
            ],
        ),
    ]
    for label, ours, others in queries:
        q_repeat = max(repeat, 5)
        t_ours, found = timed(ours, q_repeat)
        cells = [f"{label}, {len(found)} found", fmt_time(t_ours)]
        base_times = []
        for other in others:
            t_other, count = timed(other, q_repeat)
            if count != len(found):
                msg = f"{label}: a baseline found {count} statements, asean_corpus {len(found)}"
                raise AssertionError(msg)
            base_times.append(t_other)
            cells.append(fmt_time(t_other))
        cells.append("pandas/ours " + fmt_ratio(base_times[0] / t_ours))
        rows.append(cells)
    shutil.rmtree(folder, ignore_errors=True)
    json_path.unlink(missing_ok=True)
    return rows


def _busy_speaker(corpus: Corpus) -> str:
    """A speaker with statements in the selective year (the same one for every system)."""
    counts: dict[str, int] = {}
    for s in corpus.statements:
        if s.said_on is not None and s.said_on.year == SELECTIVE_YEAR:
            counts[s.speaker_id] = counts.get(s.speaker_id, 0) + 1
    ranked = sorted((c, sid) for sid, c in counts.items() if sid.startswith("person-"))
    return ranked[len(ranked) // 2][1]


# -- the bundled corpus as a whole process -----------------------------------------------


def process_seconds(code: str, repeat: int, pycache: Path) -> float:
    """Median wall time of a whole ``python -c code`` process.

    Bytecode is cached (in ``pycache``, after one untimed run), as it is for an
    installed package, even where ``PYTHONDONTWRITEBYTECODE`` is set.
    """
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(pycache)
    subprocess.run([sys.executable, "-c", code], check=True, env=env)
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, env=env)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bench_process(repeat: int) -> list[list[str]]:
    first_query = (
        "import asean_corpus as ac; "
        "ac.find_statements(speaker='ASEAN Secretary-General', since='2025')"
    )
    with tempfile.TemporaryDirectory(prefix="asean-bench-pyc-") as pycache:
        ours = process_seconds(first_query, repeat, Path(pycache))
        attrs_only = process_seconds("import attrs", repeat, Path(pycache))
        empty = process_seconds("pass", repeat, Path(pycache))
    return [
        ["`python -c 'pass'`", fmt_time(empty), ""],
        ["`python -c 'import attrs'`", fmt_time(attrs_only), "1.00x"],
        [
            "`import asean_corpus`, load the bundled corpus, first query",
            fmt_time(ours),
            fmt_ratio(ours / attrs_only),
        ],
    ]


def table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--quick", action="store_true", help="one size of 10^4 and few repeats")
    parser.add_argument("--repeat", type=int, default=5, help="repeats of each timing")
    args = parser.parse_args(argv)
    sizes = [10_000] if args.quick else args.sizes
    repeat = 3 if args.quick else args.repeat
    command = "python benchmarks/run.py " + " ".join(sys.argv[1:])
    print(f"Command: `{command.strip()}`\n")
    print(
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()} ({platform.python_implementation()}), "
        f"{platform.system()} {platform.release()}; one run, times are medians of "
        f"{repeat} repeats (1 for builds and loads at 10^6)\n"
    )
    with tempfile.TemporaryDirectory(prefix="asean-bench-") as tmp:
        for n in sizes:
            rows = bench_size(n, repeat, Path(tmp))
            header = [
                f"{n:,} statements",
                "asean_corpus",
                "pandas",
                "DuckDB",
                "sqlite3",
                "ratio",
            ]
            print(table(header, rows) + "\n", flush=True)
    log("whole process")
    print(table(["bundled corpus, whole process", "time", "vs attrs"], bench_process(11)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
