"""The package's layout: imports flow one way, stage by stage, and form no cycle.

The imports are read from the source with :mod:`ast`, not by importing anything:
a module-level import is an edge between two modules of the package; imports
inside ``if TYPE_CHECKING:`` are for the type checker only and are left out.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "asean_corpus"

# The stages, lowest first. A module may import, at module level, modules of its own
# stage or a lower one, never a higher one.
STAGES: list[tuple[str, ...]] = [
    ("exceptions", "_text", "_gc", "_optional"),
    ("model",),
    ("query",),
    ("corpus",),
    ("io",),
    ("builder",),
    ("bundled", "export", "dates", "citation"),
    ("suggestions",),
    ("cli", "__main__", "__init__"),
]

# Function-level imports of the package's own modules allowed to go up a stage: the
# corpus's thin convenience methods (``save``, ``to_pandas``, ``cite``, ...) hand over
# to io and to the citations, as pandas' ``DataFrame.to_parquet`` does, and so does a
# query result's ``to_pandas`` and ``cite``.
UPWARD_ALLOWED = {
    ("corpus.container", "io"),
    ("corpus.container", "citation"),
    ("corpus.results", "io"),
    ("corpus.results", "citation"),
}

# Third-party libraries a function may import lazily: the optional ones, and the
# runtime dependencies that only some calls need.
LAZY_THIRD_PARTY = {
    "pandas",
    "pyarrow",
    "numpy",
    "cattrs",
    "dateutil",
    "citeproc",
    # The standard library's modules that loading and querying never use: the first
    # query on the bundled corpus does not wait for them (issue 15's start-up goal).
    "html",  # notebook tables
    "json",  # the bundled corpus's reader, the careful reader and rare layouts
    "msgspec",  # the fast reader and writer of corpus files, not of the bundled corpus
    "difflib",  # the close names an error suggests
    "signal",  # the timer that stops a long regex search
}


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE).with_suffix("").parts
    if parts[-1] == "__init__" and len(parts) > 1:
        parts = parts[:-1]
    return ".".join(parts)


def stage(name: str) -> int:
    top = name.split(".")[0]
    for i, members in enumerate(STAGES):
        if top in members:
            return i
    raise AssertionError(f"module {name!r} is in no stage of the layout")


def resolve(importer: str, is_package: bool, node: ast.ImportFrom) -> list[str]:
    """The package modules an ``from ... import ...`` names (relative or absolute)."""
    if node.level == 0:
        if not (node.module or "").startswith("asean_corpus"):
            return []
        base = (node.module or "").split(".")[1:]
    else:
        here = importer.split(".") if importer != "__init__" else []
        if not is_package:
            here = here[:-1]
        up = node.level - 1
        base = here[: len(here) - up] if up else here
        base = [*base, *(node.module or "").split(".")] if node.module else base
    out = []
    for alias in node.names:
        candidate = [*base, alias.name]
        if (PACKAGE.joinpath(*candidate).with_suffix(".py")).exists() or (
            PACKAGE.joinpath(*candidate) / "__init__.py"
        ).exists():
            out.append(".".join(candidate))
        elif base:
            out.append(".".join(base))
    return out


def imports(path: Path) -> Iterator[tuple[str, bool, int]]:
    """``(imported module, at module level, line)`` of every package import in a file."""
    name = module_name(path)
    tree = ast.parse(path.read_text(encoding="utf-8"))
    is_package = path.name == "__init__.py"

    def walk(node: ast.AST, top: bool) -> Iterator[tuple[str, bool, int]]:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
                continue
            if isinstance(child, ast.ImportFrom):
                for target in resolve(name, is_package, child):
                    yield target, top, child.lineno
            elif isinstance(child, ast.Import):
                for alias in child.names:
                    if alias.name.startswith("asean_corpus."):
                        yield alias.name.removeprefix("asean_corpus."), top, child.lineno
            nested = isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda)
            yield from walk(child, top and not nested)

    yield from walk(tree, True)


def third_party_lazy(path: Path) -> Iterator[tuple[str, int]]:
    """Modules imported inside functions that are not the package's own."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for fn in ast.walk(tree):
        if not isinstance(fn, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        for node in ast.walk(fn):
            if isinstance(node, ast.Import):
                yield from ((a.name, node.lineno) for a in node.names)
            elif (
                isinstance(node, ast.ImportFrom)
                and node.level == 0
                and node.module
                and not node.module.startswith("asean_corpus")
            ):
                yield node.module, node.lineno


MODULES = sorted(PACKAGE.rglob("*.py"))


def graph() -> dict[str, set[str]]:
    edges: dict[str, set[str]] = {module_name(p): set() for p in MODULES}
    for path in MODULES:
        for target, top, _ in imports(path):
            if top and target != module_name(path):
                edges[module_name(path)].add(target)
    return edges


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Every cycle a depth-first walk of ``edges`` finds.

    An import of a package's submodule that is not a node counts as an import of the
    nearest enclosing module that is.
    """
    state: dict[str, int] = {}
    found: list[list[str]] = []

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(edges.get(node, ())):
            parent = nxt
            while parent not in edges and "." in parent:
                parent = parent.rpartition(".")[0]
            if state.get(parent) == 1:
                found.append([*trail, node, parent])
            elif parent in edges and parent not in state:
                visit(parent, [*trail, node])
        state[node] = 2

    for node in sorted(edges):
        if node not in state:
            visit(node, [])
    return found


class TestLayout:
    def test_module_level_imports_form_no_cycle(self) -> None:
        """No chain of module-level imports leads from a module back to itself."""
        assert [] == cycles(graph())

    def test_a_cycle_is_found(self) -> None:
        """The cycle check finds a cycle through a package, as the real one would."""
        edges = {"a": {"b.c"}, "b": set(), "b.c": {"a"}, "d": set()}
        assert [["a", "b.c", "a"]] == cycles(edges)

    def test_relative_imports_resolve_to_modules(self) -> None:
        """``from ..model import Span`` in ``query.names`` is an import of ``model``."""
        node = ast.parse("from ..model import Span").body[0]
        assert isinstance(node, ast.ImportFrom)
        assert ["model"] == resolve("query.names", False, node)
        node = ast.parse("from .index import StatementIndex").body[0]
        assert isinstance(node, ast.ImportFrom)
        assert ["query.index"] == resolve("query", True, node)

    @pytest.mark.parametrize("path", MODULES, ids=module_name)
    def test_imports_flow_one_way(self, path: Path) -> None:
        """A module imports its own stage or lower ones; going up only where allowed."""
        here = module_name(path)
        wrong = []
        for target, top, line in imports(path):
            if stage(target) <= stage(here):
                continue
            allowed = any(
                here == src and target.split(".")[0] == dst for src, dst in UPWARD_ALLOWED
            )
            if top or not allowed:
                wrong.append(f"line {line}: {here} -> {target}")
        assert [] == wrong

    @pytest.mark.parametrize("path", MODULES, ids=module_name)
    def test_function_level_imports_are_only_lazy_libraries(self, path: Path) -> None:
        """Imports inside functions are optional or rarely needed libraries, not the stdlib."""
        found = [
            f"line {line}: {name}"
            for name, line in third_party_lazy(path)
            if name.split(".")[0] not in LAZY_THIRD_PARTY
            and not name.startswith(("importlib", "concurrent"))
        ]
        assert [] == found

    def test_every_module_belongs_to_a_stage(self) -> None:
        """A new top-level module or package has to be placed in the layout."""
        placed = {name for members in STAGES for name in members}
        assert [] == [n for n in map(module_name, MODULES) if n.split(".")[0] not in placed]
