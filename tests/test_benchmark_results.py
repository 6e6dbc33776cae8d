"""The performance page's figures: the results file the benchmark writes, and its tables.

The values are whatever the last run measured; these tests check the file's shape,
that the page shows exactly the tables made from it, and that it names the command
that reproduces it.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
ABOUT = ROOT / "docs" / "about"
RESULTS = ABOUT / "benchmark.json"
SIZES = ["10000", "100000", "1000000"]
COLUMNS = ["ours", "before", "pandas", "duckdb", "sqlite"]


def load_run() -> Any:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    spec = importlib.util.spec_from_file_location("benchmark_run", ROOT / "benchmarks" / "run.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def results() -> dict[str, Any]:
    found: dict[str, Any] = json.loads(RESULTS.read_text(encoding="utf-8"))
    return found


class TestResultsFile:
    def test_one_run_at_three_sizes(self, results: dict[str, Any]) -> None:
        """The file holds one run: its command, machine, versions, loads and three sizes."""
        assert {
            "command",
            "machine",
            "versions",
            "before",
            "load_start",
            "load_end",
            "sizes",
            "process",
        } <= set(results)
        assert SIZES == list(results["sizes"])
        assert results["command"].startswith(
            "python benchmarks/run.py --sizes 10000 100000 1000000"
        )

    def test_every_row_has_its_figures_and_load(self, results: dict[str, Any]) -> None:
        """Each row names what it measures, a unit, a number or nothing per system, a load."""
        rows = [r for size in SIZES for r in results["sizes"][size]] + results["process"]
        for row in rows:
            assert isinstance(row["what"], str)
            assert row["what"]
            assert row["unit"] in ("s", "B")
            assert all(row[k] is None or isinstance(row[k], (int, float)) for k in COLUMNS)
            assert row["load"] is None or isinstance(row["load"], (int, float))
            for other, (low, high) in row.get("spread", {}).items():
                assert other in ("before", "pandas", "attrs")
                assert row[other] is not None  # a range of ratios against what was measured
                assert 0 < low <= high
        for size in SIZES:
            found = [r["what"] for r in results["sizes"][size]]
            assert any("JSON `load`" == w for w in found)
            assert any(w.startswith("first query") for w in found)
            assert all(r["ours"] is not None for r in results["sizes"][size])

    def test_the_earlier_code_was_measured(self, results: dict[str, Any]) -> None:
        """The ratios against the earlier code come from the same run."""
        for size in SIZES:
            rows = {r["what"]: r for r in results["sizes"][size]}
            assert rows["JSON `load`"]["before"] is not None
            assert rows["JSON `save`"]["before"] is not None


class TestPage:
    def test_tables_are_made_from_the_file(self, results: dict[str, Any]) -> None:
        """The Markdown the page includes is the rendering of the results file."""
        run = load_run()
        assert run.render(results) == (ABOUT / "benchmark.md").read_text(encoding="utf-8")

    def test_page_includes_the_tables(self) -> None:
        """The performance page shows the tables of the file, not copied numbers."""
        page = (ABOUT / "performance.md").read_text(encoding="utf-8")
        assert "```{include} benchmark.md" in page
        assert "python benchmarks/run.py --sizes 10000 100000 1000000 --results docs/about" in page


class TestSpread:
    def test_range_of_the_turns_ratios(self) -> None:
        """A few turns give their lowest and highest ratio; many, their middle half; a
        turn without the other figure counts for nothing."""
        run = load_run()
        assert run.spread([(1.0, 2.0), (3.0, 2.0), (2.0, 2.0), (5.0, None)]) == [0.5, 1.5]
        assert run.spread([(1.0, None), (2.0, 1.0)]) is None
        many = [(float(k), 1.0) for k in range(1, 32)]
        low, high = run.spread(many)
        assert 1 < low < 16 < high < 31  # quartiles, not the extremes

    def test_ratio_cell_shows_the_range(self) -> None:
        run = load_run()
        assert run.fmt_ratio(0.42, 1.0, [0.4, 0.45]) == "0.42x (0.40-0.45)"
        assert run.fmt_ratio(0.42, 1.0) == "0.42x"
        assert run.fmt_ratio(None, 1.0, [0.4, 0.45]) == ""
