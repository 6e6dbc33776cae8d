"""Sphinx configuration for the asean_corpus documentation.

Build: ``python -m sphinx -W --keep-going -b html docs docs/_build/html`` after
``pip install -e '.[docs]'``.
"""

from __future__ import annotations

import re
import socket
import sys
from importlib.metadata import version as _version
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE / "_ext"))

project = "asean_corpus"
author = "asean_corpus maintainers"
# The footer's year and holder, as the licence states them.
copyright = re.search(r"Copyright \(c\) (.+)", (HERE.parent / "LICENSE").read_text("utf-8"))[1]
release = _version("asean-corpus")
version = ".".join(release.split(".")[:2])

extensions = [
    "myst_nb",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.intersphinx",
    "sphinx.ext.viewcode",
    "asean_docs",
    "corpus_overview",
    "notebook_pages",
    "statement_explorer",
]

exclude_patterns = [
    "_build",
    "**/.ipynb_checkpoints",
    "Thumbs.db",
    ".DS_Store",
    "about/benchmark.md",  # the benchmark's tables, included by about/performance.md
]
nitpicky = True

# -- MyST and notebooks ------------------------------------------------------------------
myst_enable_extensions = ["colon_fence", "deflist", "substitution"]
myst_heading_anchors = 3
# Notebooks (docs/examples/*.ipynb link to examples/) run at every build, so their
# outputs always come from the current code and data. _ext/notebook_pages.py runs them
# as examples/run_notebooks.py does; myst-nb renders what they output.
nb_execution_mode = "off"
nb_merge_streams = True

# -- autodoc -----------------------------------------------------------------------------
autodoc_typehints = "description"
autodoc_typehints_format = "short"
python_use_unqualified_type_names = True
autodoc_member_order = "bysource"
autodoc_typehints_description_target = "documented_params"
autodoc_default_options = {"members": True, "show-inheritance": True}
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_rtype = False

# -- intersphinx -------------------------------------------------------------------------
# Each project's published inventory is used when its site can be reached; the small
# plain-text inventories in _inventories/ (the names these pages link to) are used
# when it cannot, so an offline build is complete, warning-free and quiet: it does not
# try, and report failing to fetch, what it cannot reach.
INTERSPHINX = {
    "python": "https://docs.python.org/3",
    "attrs": "https://www.attrs.org/en/stable",
    "cattrs": "https://catt.rs/en/stable",
    "pandas": "https://pandas.pydata.org/docs",
    "dateutil": "https://dateutil.readthedocs.io/en/stable",
    "pyarrow": "https://arrow.apache.org/docs",
}
intersphinx_timeout = 10


def _reachable(url: str) -> bool:
    host = url.split("/")[2]
    try:
        socket.create_connection((host, 443), timeout=intersphinx_timeout).close()
    except OSError:
        return False
    return True


def _inventories(name: str, url: str) -> str | tuple[str | None, ...]:
    local = f"_inventories/{name}.txt"
    return (None, local) if _reachable(url) else local


intersphinx_mapping = {name: (url, _inventories(name, url)) for name, url in INTERSPHINX.items()}

# -- HTML --------------------------------------------------------------------------------
html_theme = "furo"
html_title = f"asean_corpus {release}"
html_static_path = ["_static"]
html_css_files = ["asean_corpus.css"]
# The schema is served at the site's root, the address its "$id" gives.
html_extra_path = ["reference/corpus.schema.json"]
