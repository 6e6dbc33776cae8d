"""Every page of the built docs, in Chromium at 1400 px wide.

No code or output block scrolls sideways, so nothing a reader should see (the marks of
a highlighted passage, the end of a printed line) is hidden off to the right.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

WIDTH = 1400

# Code blocks (doctests, console examples, notebook cells, highlighted sources) and
# notebook outputs (printed text, tables); the numbers are in CSS pixels.
OVERFLOWING = """
() => Array.from(document.querySelectorAll("pre, .cell_output .output"))
  .filter((el) => el.scrollWidth > el.clientWidth + 1)
  .map((el) => `${el.scrollWidth} px in ${el.clientWidth} px: `
    + el.innerText.split("\\n").reduce((a, b) => (b.length > a.length ? b : a), "").trim())
"""


def pages(site: Path) -> list[str]:
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))


class TestNoSidewaysScrolling:
    def test_pages_found(self, site: Path) -> None:
        """The check below sees the whole site: guides, notebooks, reference, sources."""
        found = pages(site)
        assert {"index.html", "reference/glossary.html", "reference/api.html"} <= set(found)
        assert any(p.startswith("examples/") for p in found)
        assert any(p.startswith("_modules/") for p in found)

    def test_code_and_output_blocks_fit(self, browser: Any, site: Path, site_url: str) -> None:
        """No code or output block on any page is wider than its box at 1400 px."""
        context = browser.new_context(viewport={"width": WIDTH, "height": 1000})
        page = context.new_page()
        wide = {}
        for name in pages(site):
            page.goto(f"{site_url}/{name}")
            page.wait_for_load_state("load")
            blocks = page.evaluate(OVERFLOWING)
            if blocks:
                wide[name] = blocks
        context.close()
        report = "\n".join(f"{name}: {block}" for name, blocks in wide.items() for block in blocks)
        count = sum(map(len, wide.values()))
        assert {} == wide, f"{count} blocks on {len(wide)} pages are too wide:\n{report}"
