"""The documentation's examples are run by pytest; these tests keep them runnable."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PAGES = sorted(p for p in (ROOT / "docs").rglob("*.md") if "_build" not in p.parts)
NOTEBOOKS = sorted((ROOT / "examples").glob("*.ipynb"))
FENCE = re.compile(r"^```([^\n]*)\n(.*?)^```$", re.MULTILINE | re.DOTALL)


def _name(path: Path) -> str:
    return str(path.relative_to(ROOT))


class TestDoctestBlocks:
    @pytest.mark.parametrize("page", [*PAGES, ROOT / "README.md"], ids=_name)
    def test_doctest_blocks_end_with_a_blank_line(self, page: Path) -> None:
        """A block with ``>>>`` ends in a blank line, else doctest takes the fence for output."""
        text = page.read_text(encoding="utf-8")
        bad = [
            text[: m.start()].count("\n") + 1
            for m in FENCE.finditer(text)
            if ">>> " in m.group(2) and not m.group(2).endswith("\n\n")
        ]
        assert [] == bad, f"add a blank line before the closing fence of the blocks at lines {bad}"

    @pytest.mark.parametrize("page", PAGES, ids=_name)
    def test_shell_examples_are_not_python_blocks(self, page: Path) -> None:
        """Shell commands are in ``console`` blocks, never mixed into doctest blocks."""
        text = page.read_text(encoding="utf-8")
        bad = [
            m.group(2).splitlines()[0]
            for m in FENCE.finditer(text)
            if m.group(1).strip() in ("python", "pycon")
            and re.search(r"^\$ ", m.group(2), re.MULTILINE)
        ]
        assert [] == bad


class TestNotebooks:
    def test_there_are_notebooks(self) -> None:
        """The examples folder holds at least three notebooks."""
        assert len(NOTEBOOKS) >= 3

    @pytest.mark.parametrize("notebook", NOTEBOOKS, ids=_name)
    def test_notebook_is_stored_without_outputs(self, notebook: Path) -> None:
        """Notebooks are committed without outputs; CI and the docs build execute them."""
        cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
        dirty = [
            i + 1
            for i, cell in enumerate(cells)
            if cell["cell_type"] == "code" and (cell["outputs"] or cell["execution_count"])
        ]
        assert [] == dirty, f"clear the outputs of cells {dirty}"

    @pytest.mark.parametrize("notebook", NOTEBOOKS, ids=_name)
    def test_notebook_is_in_the_docs(self, notebook: Path) -> None:
        """Every notebook is linked into docs/examples, where the site renders it."""
        link = ROOT / "docs" / "examples" / notebook.name
        assert link.resolve() == notebook.resolve()
        assert notebook.stem in (ROOT / "docs" / "examples" / "index.md").read_text("utf-8")


class TestReference:
    def test_every_public_name_is_in_the_api_reference(self) -> None:
        """Each name of ``asean_corpus.__all__`` has an entry in the API or errors reference."""
        import asean_corpus

        pages = [ROOT / "docs" / "reference" / name for name in ("api.md", "errors.md")]
        text = "\n".join(page.read_text(encoding="utf-8") for page in pages)
        entries = set(re.findall(r"^\.\. auto\w+:: (\w+)", text, re.MULTILINE))
        missing = [n for n in asean_corpus.__all__ if n not in entries and n != "export"]
        assert [] == missing
