"""Sphinx configuration for the asean_corpus documentation.

Build: ``python -m sphinx -W --keep-going -b html docs docs/_build/html`` after
``pip install -e '.[docs]'``.
"""

from __future__ import annotations

import sys
from importlib.metadata import version as _version
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE / "_ext"))

project = "asean_corpus"
author = "asean_corpus maintainers"
copyright = "2025, asean_corpus maintainers"
release = _version("asean-corpus")
version = ".".join(release.split(".")[:2])

extensions = [
    "myst_nb",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.intersphinx",
    "sphinx.ext.viewcode",
    "asean_docs",
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
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3
# Notebooks (docs/examples/*.ipynb link to examples/) run at every build, so their
# outputs always come from the current code and data.
nb_execution_mode = "force"
nb_execution_raise_on_error = True
nb_execution_show_tb = True
nb_execution_timeout = 180
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
# Each project's published inventory is used when it can be fetched; the small
# plain-text inventories in _inventories/ (the names these pages link to) stand in
# when it cannot, so an offline build is complete and warning-free too.
intersphinx_mapping = {
    name: (url, (None, f"_inventories/{name}.txt"))
    for name, url in {
        "python": "https://docs.python.org/3",
        "attrs": "https://www.attrs.org/en/stable",
        "cattrs": "https://catt.rs/en/stable",
        "pandas": "https://pandas.pydata.org/docs",
        "dateutil": "https://dateutil.readthedocs.io/en/stable",
        "pyarrow": "https://arrow.apache.org/docs",
    }.items()
}
intersphinx_timeout = 10

# -- HTML --------------------------------------------------------------------------------
html_theme = "furo"
html_title = f"asean_corpus {release}"
html_static_path: list[str] = []
# The schema is served at the site's root, the address its "$id" gives.
html_extra_path = ["reference/corpus.schema.json"]
