"""Benchmarks of asean_corpus against pandas, DuckDB, sqlite3 and its own earlier code.

Run from the repository root (needs the ``test`` extra: pandas, pyarrow, duckdb)::

    python benchmarks/run.py --sizes 10000 100000 1000000 --results docs/about
    python benchmarks/run.py --quick            # one small size, for CI

For each size a synthetic corpus is generated through the public model with a fixed
seed (``benchmarks/generate.py``), and in the same run the script measures, against
baselines holding the same rows:

- building and validating a :class:`~asean_corpus.Corpus` from its records;
- JSON ``save`` and ``load``, Parquet ``write_parquet`` and ``read_parquet`` (against
  pandas reading the same statements and articles);
- memory per statement after each kind of load, as the growth of the resident set
  of a fresh process, against the DataFrame of the statements;
- the first query on a new corpus, then four queries: a selective one (one speaker
  in one year), a broad one (one month), a topic with its descendants and a text
  search, against a pandas DataFrame with boolean masks, DuckDB SQL on an in-memory
  table and sqlite3 with indexes; every system must find the same statements.

The earlier code is the library at :data:`BEFORE` (``git archive`` of that commit, run
in a process of its own by ``benchmarks/baseline.py``), on the same files in the same
run. Then the bundled corpus as a whole process (import, load, first query) against
``python -c "import attrs"``.

Every time is the median of ``--repeat`` runs (at least 3); beside each row is the
machine's load average when it was measured, since a busy machine slows everything.
Ratios are ours divided by the baseline's: below 1 is faster or smaller. The tables
are Markdown on stdout (progress goes to stderr); ``--results DIR`` also writes them
to ``DIR/benchmark.md`` and the numbers to ``DIR/benchmark.json``.
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
import tarfile
import tempfile
import time
from collections.abc import Callable
from importlib.metadata import version
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import generate

import asean_corpus as ac
from asean_corpus import Corpus
from asean_corpus.corpus.vouching import record_types

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

BEFORE = "b373f5bb502228b91dd81a366f4b89255a7d8fb9"
"""The commit whose code the figures are compared with: the library before the work on
loading, memory and first queries (issue 15)."""

SELECTIVE_YEAR = 2012
BROAD_MONTH = "2012-06"
TOPIC = "topic-0003"
"""A top-level topic of the synthetic hierarchy; the query includes its descendants."""

COLUMNS = ("ours", "before", "pandas", "duckdb", "sqlite")


def log(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def load_average() -> float | None:
    """The machine's load average over the last minute (``None`` where unknown)."""
    try:
        return round(os.getloadavg()[0], 2)
    except OSError:
        return None


def timed(func: Callable[[], Any], repeat: int, warm: bool = True) -> tuple[float, Any]:
    """Median seconds of ``repeat`` runs of ``func`` (after an untimed warm-up if
    ``warm``), and the result of the last run."""
    result = func() if warm else None
    times = []
    for _ in range(repeat):
        result = None  # free the last result before the clock starts, not inside the timing
        gc.collect()
        start = time.perf_counter()
        result = func()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def spread(pairs: list[tuple[float, float | None]]) -> list[float] | None:
    """The range of the ratios ``ours / other`` of the turns: the lowest and highest of
    a few turns, the middle half (quartiles) of many (eight or more)."""
    ratios = sorted(a / b for a, b in pairs if b)
    if len(ratios) < 2:
        return None
    if len(ratios) >= 8:
        quartiles = statistics.quantiles(ratios, n=4)
        return [quartiles[0], quartiles[2]]
    return [ratios[0], ratios[-1]]


def row(what: str, unit: str = "s", **cells: float | None) -> dict[str, Any]:
    """One row of a table: the figures of each system, and the load when measured."""
    out: dict[str, Any] = {"what": what, "unit": unit}
    out.update({k: cells.get(k) for k in COLUMNS})
    out["load"] = load_average()
    return out


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
what, path = sys.argv[1], sys.argv[2]
trim(); before = rss()
if what == "json":
    kept = asean_corpus.load(path)
elif what == "parquet":
    kept = asean_corpus.read_parquet(path)
else:
    kept = pandas.read_parquet(
        os.path.join(path, "statements"),
        partitioning=pyarrow.dataset.HivePartitioning.discover(),
    )
trim(); after = rss()
print(json.dumps({"bytes": after - before}))
"""


def memory(what: str, path: Path) -> int | None:
    """Growth of the resident set of a fresh process that loads ``what``, in bytes."""
    if not Path("/proc/self/statm").exists():
        return None
    env = {**os.environ, "ARROW_DEFAULT_MEMORY_POOL": "system"}
    out = subprocess.run(
        [sys.executable, "-c", _MEMORY_PROBE, what, str(path)],
        check=True,
        capture_output=True,
        text=True,
        env=env,
    ).stdout
    return int(json.loads(out)["bytes"])


# -- the earlier code ----------------------------------------------------------------------


def extract_before(workdir: Path) -> Path | None:
    """The source folder of :data:`BEFORE`, or ``None`` outside a git clone holding it."""
    target = workdir / "before"
    archive = workdir / "before.tar"
    try:
        subprocess.run(
            ["git", "-C", str(ROOT), "archive", "--output", str(archive), BEFORE, "src"],
            check=True,
            capture_output=True,
        )
    except (OSError, subprocess.CalledProcessError) as exc:
        log(f"no earlier code to compare with ({exc}); its column stays empty")
        return None
    with tarfile.open(archive) as tar:
        tar.extractall(target, filter="data")
    return target / "src"


def before_env(src: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(src), "PYTHONSAFEPATH": "1"}


def run_version(src: Path | None, spec: dict[str, Any], workdir: Path) -> dict[str, Any]:
    """The timings of the code in ``src`` on the files of ``spec`` (see ``baseline.py``).

    Both versions are timed this way, each in a fresh process running the same script,
    so that neither pays for what the other process holds (a larger heap for the
    garbage collector to walk, other libraries' objects).
    """
    if src is None:
        return {}
    path = workdir / "before-spec.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    out = subprocess.run(
        [sys.executable, str(HERE / "baseline.py"), str(path)],
        check=True,
        capture_output=True,
        text=True,
        env=before_env(src),
    ).stdout
    found: dict[str, Any] = json.loads(out)
    if not found["module"].startswith(str(src)):
        raise AssertionError(f"{src} was not the code imported: {found['module']}")
    return found


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


def bench_size(n: int, repeat: int, workdir: Path, before: Path | None) -> list[dict[str, Any]]:
    """Measure everything for a corpus of ``n`` statements; the rows of its table."""
    rows: list[dict[str, Any]] = []
    log(f"n={n}: generating")
    start = time.perf_counter()
    gc.disable()  # a million new records would set off collections over all of them
    try:
        corpus = generate.generate(n)
    finally:
        gc.enable()
    log(f"n={n}: generated in {time.perf_counter() - start:.1f} s: {corpus!r}")
    json_path = workdir / f"corpus-{n}.json"
    folder = workdir / f"parquet-{n}"
    corpus.save(json_path)
    corpus.write_parquet(folder)
    # Both versions work on a corpus each has loaded from the same file, not on the
    # generated records, which lie in memory differently from loaded ones.
    generated, corpus = corpus, ac.load(json_path)
    assert generated == corpus
    del generated
    fields = {name: getattr(corpus, name) for name in record_types(ac.Corpus)}

    speaker = _busy_speaker(corpus)
    name = corpus.actor(speaker).name
    lo, hi = dt.date(SELECTIVE_YEAR, 1, 1), dt.date(SELECTIVE_YEAR, 12, 31)
    first_query = {"speaker": name, "since": lo.isoformat(), "until": hi.isoformat()}
    labels = {
        "selective": f"query: one speaker in one year ({name}, {SELECTIVE_YEAR})",
        "broad": f"query: one month ({BROAD_MONTH})",
        "topic": "query: a topic with its descendants",
        "text": f"query: text search ({generate.NEEDLE!r})",
    }
    filters = {
        "selective": first_query,
        "broad": {"since": BROAD_MONTH, "until": BROAD_MONTH},
        "topic": {"topic": TOPIC},
        "text": {"text": generate.NEEDLE},
    }
    spec = {
        "json": str(json_path),
        "parquet": str(folder),
        "repeat": 1,
        "tables": list(fields),
        "first_query": first_query,
        "queries": filters,
    }
    import pandas as pd
    import pyarrow.dataset as ds

    def pandas_read_both() -> Any:
        statements = pd.read_parquet(
            folder / "statements", partitioning=ds.HivePartitioning.discover()
        )
        return statements, pd.read_parquet(folder / "articles")

    # The earlier code and ours take turns, one run each, each in a fresh process
    # running benchmarks/baseline.py, so that a change in the machine's load weighs on
    # both alike; the medians are then taken. pandas reads the files between turns.
    olds: list[dict[str, Any]] = []
    news: list[dict[str, Any]] = []
    measured: dict[str, list[float]] = {}
    loads: list[float] = []
    for turn in range(repeat):
        log(f"n={n}: turn {turn + 1} of {repeat}")
        loads.append(load_average() or 0.0)
        olds.append(run_version(before, spec, workdir))
        news.append(run_version(ROOT / "src", spec, workdir))
        gc.collect()
        start = time.perf_counter()
        frames = pandas_read_both()
        measured.setdefault("pandas_both", []).append(time.perf_counter() - start)
        del frames
    assert ac.load(json_path) == corpus
    assert ac.read_parquet(folder) == corpus

    def mine(op: str) -> float:
        if op in measured:
            return statistics.median(measured[op])
        return statistics.median(o[op] for o in news)

    def theirs(op: str) -> float | None:
        found = [o[op] for o in olds if op in o]
        return statistics.median(found) if found else None

    def query_times(runs: list[dict[str, Any]], kind: str) -> float | None:
        found = [o["queries"][kind] for o in runs if "queries" in o]
        return statistics.median(found) if found else None

    def turn_row(what: str, op: str, **cells: float | None) -> dict[str, Any]:
        out = row(what, ours=mine(op), before=theirs(op), **cells)
        out["load"] = round(statistics.median(loads), 2)
        # Each turn's ratio, ours against what ran beside it in the same turn.
        paired = {"before": [(n[op], o.get(op)) for n, o in zip(news, olds, strict=True)]}
        if "pandas" in cells:
            paired["pandas"] = list(
                zip((n[op] for n in news), measured["pandas_both"], strict=True)
            )
        ranges = {k: spread(v) for k, v in paired.items()}
        out["spread"] = {k: v for k, v in ranges.items() if v is not None}
        return out

    rows.append(turn_row("build and validate `Corpus(...)`", "build"))
    rows.append(turn_row("JSON `save`", "save"))
    rows.append(turn_row("JSON `load`", "load"))
    rows.append(turn_row("Parquet `write_parquet` (all tables)", "write_parquet"))
    rows.append(
        turn_row(
            "Parquet `read_parquet` (pandas: `read_parquet` of statements and articles)",
            "read_parquet",
            pandas=mine("pandas_both"),
        )
    )

    log(f"n={n}: memory")
    frame = memory("pandas", folder)
    for what, path in (("json", json_path), ("parquet", folder)):
        ours = memory(what, path)
        label = "JSON `load`" if what == "json" else "`read_parquet`"
        rows.append(
            row(
                f"memory per statement after {label} (pandas: the statements DataFrame)",
                unit="B",
                ours=None if ours is None else ours / n,
                pandas=None if frame is None else frame / n,
            )
        )

    log(f"n={n}: queries")
    gc.collect()

    rows.append(
        turn_row("first query on a new corpus (builds the indexes it needs)", "first_query")
    )
    for kind in filters:
        corpus.find_statements(**filters[kind])
    pandas_base = PandasBaseline(corpus)
    duck = DuckDBBaseline(corpus)
    lite = SqliteBaseline(corpus)
    month = ac.PartialDate.parse(BROAD_MONTH)
    systems: dict[str, list[Callable[[], int]]] = {
        "selective": [
            lambda: pandas_base.selective(speaker, lo, hi),
            lambda: duck.selective(speaker, lo, hi),
            lambda: lite.selective(speaker, lo, hi),
        ],
        "broad": [
            lambda: pandas_base.broad(month.earliest, month.latest),
            lambda: duck.broad(month.earliest, month.latest),
            lambda: lite.broad(month.earliest, month.latest),
        ],
        "topic": [pandas_base.topic, duck.topic, lite.topic],
        "text": [
            lambda: pandas_base.text(generate.NEEDLE),
            lambda: duck.text(generate.NEEDLE),
            lambda: lite.text(generate.NEEDLE),
        ],
    }
    q_repeat = max(repeat, 5)
    for kind, label in labels.items():
        found = corpus.find_statements(**filters[kind])
        t_ours = query_times(news, kind)
        times = []
        for other in systems[kind]:
            t_other, count = timed(other, q_repeat)
            if count != len(found):
                msg = f"{label}: a baseline found {count} statements, asean_corpus {len(found)}"
                raise AssertionError(msg)
            times.append(t_other)
        if kind == "topic":
            label = f"query: a topic with its {len(pandas_base.topics) - 1} narrower topics"
        rows.append(
            row(
                f"{label}, {len(found)} found",
                ours=t_ours,
                before=query_times(olds, kind),
                pandas=times[0],
                duckdb=times[1],
                sqlite=times[2],
            )
        )
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

FIRST_QUERY = (
    "import asean_corpus as ac; ac.find_statements(speaker='ASEAN Secretary-General', since='2025')"
)


def process_seconds(
    commands: dict[str, tuple[str, dict[str, str]]], repeat: int, pycache: Path
) -> dict[str, list[float]]:
    """Wall times of each whole ``python -c code`` process, the commands run in turns.

    Each turn runs every command once, so a change in the machine's speed during the
    run weighs on all of them alike. Bytecode is cached (in ``pycache``, after one
    untimed run of each), as it is for an installed package, even where
    ``PYTHONDONTWRITEBYTECODE`` is set.
    """
    ready = {}
    for name, (code, env) in commands.items():
        env = {k: v for k, v in env.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = str(pycache)
        subprocess.run([sys.executable, "-c", code], check=True, env=env)
        ready[name] = (code, env)
    times: dict[str, list[float]] = {name: [] for name in ready}
    for _ in range(repeat):
        for name, (code, env) in ready.items():
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], check=True, env=env)
            times[name].append(time.perf_counter() - start)
    return times


def bench_process(repeat: int, before: Path | None) -> list[dict[str, Any]]:
    env = dict(os.environ)
    commands = {
        "empty": ("pass", env),
        "attrs": ("import attrs", env),
        "ours": (FIRST_QUERY, env),
    }
    if before is not None:
        commands["before"] = (FIRST_QUERY, before_env(before))
    with tempfile.TemporaryDirectory(prefix="asean-bench-pyc-") as pycache:
        turns = process_seconds(commands, repeat, Path(pycache))
    found = {name: statistics.median(times) for name, times in turns.items()}
    paired = spread(list(zip(turns["ours"], turns["attrs"], strict=True)))
    return [
        row("`python -c 'pass'`", ours=found["empty"]),
        row("`python -c 'import attrs'`", ours=found["attrs"]),
        row(
            "`import asean_corpus`, load the bundled corpus, first query",
            ours=found["ours"],
            before=found.get("before"),
            pandas=None,
        )
        | {"attrs": found["attrs"], "spread": {"attrs": paired} if paired else {}},
    ]


# -- tables ------------------------------------------------------------------------------


def fmt_time(seconds: float | None) -> str:
    if seconds is None:
        return "-"
    if seconds < 1e-3:
        return f"{seconds * 1e6:.0f} µs"
    if seconds < 1:
        return f"{seconds * 1e3:.1f} ms"
    return f"{seconds:.2f} s"


def fmt_value(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    return f"{value:.0f} B" if unit == "B" else fmt_time(value)


def fmt_ratio(ours: float | None, other: float | None, turns: list[float] | None = None) -> str:
    """``ours / other``, to two significant figures at least (``0.0042x``, ``1.3x``),
    then the range of the turns' own ratios when known (``0.42x (0.40-0.45)``)."""
    if ours is None or other is None or other == 0:
        return ""
    text = fmt_number(ours / other) + "x"
    if turns:
        text += f" ({fmt_number(turns[0])}-{fmt_number(turns[1])})"
    return text


def fmt_number(value: float) -> str:
    if value >= 10:
        return f"{value:.0f}"
    if value >= 0.1:
        return f"{value:.2f}"
    return f"{value:.2g}"


def size_table(n: int, rows: list[dict[str, Any]]) -> str:
    header = [
        f"{n:,} statements",
        "asean_corpus",
        "before",
        "pandas",
        "DuckDB",
        "sqlite3",
        "ours ÷ before",
        "ours ÷ pandas",
        "load",
    ]
    lines = []
    for r in rows:
        unit = r["unit"]
        cells = [r["what"]] + [fmt_value(r[k], unit) for k in COLUMNS]
        turns = r.get("spread", {})
        cells += [
            fmt_ratio(r["ours"], r["before"], turns.get("before")),
            fmt_ratio(r["ours"], r["pandas"], turns.get("pandas")),
        ]
        cells.append("-" if r["load"] is None else f"{r['load']:.1f}")
        lines.append(cells)
    return markdown(header, lines)


def process_table(rows: list[dict[str, Any]]) -> str:
    header = ["bundled corpus, whole process", "asean_corpus", "before", "ours ÷ attrs", "load"]
    lines = []
    for r in rows:
        ratio = fmt_ratio(r["ours"], r.get("attrs"), r.get("spread", {}).get("attrs"))
        load = "-" if r["load"] is None else f"{r['load']:.1f}"
        lines.append([r["what"], fmt_time(r["ours"]), fmt_time(r["before"]), ratio, load])
    return markdown(header, lines)


def markdown(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cells) + " |" for cells in rows]
    return "\n".join(lines)


def render(results: dict[str, Any]) -> str:
    """The Markdown of a results file: the run's description, then one table per size."""
    parts = [
        f"Command: `{results['command']}`",
        f"Machine: {results['machine']}",
        f"Versions: {results['versions']}",
        f"Earlier code (column *before*): commit `{results['before'][:7]}`",
        f"Load average (1, 5, 15 minutes) at the start: {results['load_start']}; "
        f"at the end: {results['load_end']}",
    ]
    parts += [size_table(int(n), rows) for n, rows in results["sizes"].items()]
    parts.append(process_table(results["process"]))
    return "\n\n".join(parts) + "\n"


def process_turns(repeat: int) -> int:
    """Turns of the whole-process commands: at least 31 (see :func:`main`)."""
    return max(31, repeat)


def machine(repeat: int) -> str:
    return (
        f"{platform.machine()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()} ({platform.python_implementation()}), "
        f"{platform.system()}; times are medians of {repeat} runs (whole processes: "
        f"{process_turns(repeat)}); "
        "a ratio is of two medians, and in brackets beside it is the range of the ratios of "
        "single turns, each of ours against what ran in the same turn (the lowest and "
        "highest; the middle half for whole processes)"
    )


def versions() -> str:
    names = ["asean-corpus", "attrs", "cattrs", "msgspec", "pandas", "pyarrow", "duckdb"]
    found = []
    for name in names:
        try:
            found.append(f"{name} {version(name)}")
        except LookupError:  # not installed: left out
            continue
    return ", ".join(found)


def loads_now() -> str:
    try:
        return ", ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "unknown"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--quick", action="store_true", help="one size of 10^4 and 3 repeats")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each timing (at least 3)")
    parser.add_argument("--results", type=Path, help="write benchmark.md and benchmark.json here")
    args = parser.parse_args(argv)
    sizes = [10_000] if args.quick else args.sizes
    repeat = max(3, args.repeat)
    command = "python benchmarks/run.py " + " ".join(sys.argv[1:] if argv is None else argv)
    results: dict[str, Any] = {
        "command": command.strip(),
        "machine": machine(repeat),
        "versions": versions(),
        "before": BEFORE,
        "load_start": loads_now(),
        "sizes": {},
    }
    print(render({**results, "load_end": "-", "process": []}).split("\n\n|")[0] + "\n")
    with tempfile.TemporaryDirectory(prefix="asean-bench-") as tmp:
        before = extract_before(Path(tmp))
        for n in sizes:
            rows = bench_size(n, repeat, Path(tmp), before)
            results["sizes"][str(n)] = rows
            print(size_table(n, rows) + "\n", flush=True)
        log("whole process")
        # Whole processes last tens of milliseconds, and one busy moment moves a median
        # of a few of them by more than the goals are apart: 31 turns (about 15 s).
        results["process"] = bench_process(process_turns(repeat), before)
    print(process_table(results["process"]))
    results["load_end"] = loads_now()
    print(f"\nLoad average at the end: {results['load_end']}")
    if args.results is not None:
        args.results.mkdir(parents=True, exist_ok=True)
        (args.results / "benchmark.json").write_text(
            json.dumps(results, indent=1) + "\n", encoding="utf-8"
        )
        (args.results / "benchmark.md").write_text(render(results), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
