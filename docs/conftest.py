"""pytest runs the examples of these pages as doctests (``--doctest-glob=*.md``).

The Sphinx configuration and extensions are not test modules: they import Sphinx,
which only the ``docs`` extra installs.
"""

collect_ignore = ["conf.py"]
collect_ignore_glob = ["_ext/*", "_build/*"]
