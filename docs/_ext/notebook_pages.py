"""The example notebooks as pages: executed at every build, each with a download link.

The notebooks in ``examples/`` are stored without outputs; ``docs/examples/`` links to
them. When Sphinx reads one, this extension runs it with the function
``examples/run_notebooks.py`` uses (:func:`run_notebooks.execute`: a fresh kernel in
``examples/``, over an encrypted connection), so the page shows outputs of the current
code and data, and the build and the script run the notebooks the same way. A cell that
fails stops the build with the cell and its traceback. myst-nb then renders the executed
notebook as it is (``nb_execution_mode = "off"``).

Below the notebook's title, the page gets a line that links to the notebook file as
stored (without outputs), for readers to download and run.
"""

from __future__ import annotations

import json
import logging
import sys
from importlib.resources import files
from pathlib import Path
from typing import Any

import nbformat
from sphinx.application import Sphinx
from sphinx.errors import ExtensionError

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
sys.path.insert(0, str(EXAMPLES))

import run_notebooks  # noqa: E402  (examples/ is not a package)

TIMEOUT = 180  # seconds per cell

# nbclient logs each run at INFO level ("Executing notebook with kernel: python3") on
# the "traitlets" logger. A style package that Pygments loads for the theme
# (accessible-pygments) configures the root logger to print INFO messages when it is
# imported, so without this they would end up in the build's output.
logging.getLogger("traitlets").setLevel(logging.WARNING)


def _download_cell(path: Path) -> nbformat.NotebookNode:
    return nbformat.v4.new_markdown_cell(
        f"{{download}}`Download this notebook <{path.name}>` ({path.name}, without "
        "outputs) to run it yourself; see {doc}`index` for what it needs."
    )


def _execute(app: Sphinx, docname: str, source: list[str]) -> None:
    path = Path(app.env.doc2path(docname))
    if path.suffix != ".ipynb":
        return
    for item in (files("asean_corpus") / "data").iterdir():
        app.env.note_dependency(str(item))
    nb = nbformat.reads(source[0], as_version=4)
    error = run_notebooks.execute(nb, EXAMPLES, TIMEOUT)
    if error is not None:
        msg = f"notebook {path.name} failed at {error}"
        raise ExtensionError(msg)
    first_markdown = next(i for i, c in enumerate(nb.cells) if c.cell_type == "markdown")
    nb.cells.insert(first_markdown + 1, _download_cell(path))
    source[0] = json.dumps(nb)


def setup(app: Sphinx) -> dict[str, Any]:
    app.connect("source-read", _execute)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
