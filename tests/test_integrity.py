"""Integrity: the bundled data is checked against its checksum; no code runs from data.

The checksum file ships beside ``data/corpus.json``; :func:`asean_corpus.load` refuses
a bundled corpus whose bytes do not match it. The source is scanned for every way a
data file could run code (pickle, marshal, eval, exec, YAML object loading, ...).
"""

from __future__ import annotations

import ast
import hashlib
import importlib.resources
import json
import re
import shutil
import tomllib
from pathlib import Path

import pytest

import asean_corpus as ac
from asean_corpus import InvalidCorpusError, bundled
from asean_corpus.corpus import validation
from asean_corpus.corpus.validation import find_problems
from asean_corpus.io.jsonfile import load_file

SRC = Path(ac.__file__).resolve().parent
ROOT = SRC.parents[1]
DATA = SRC / "data"


class TestBundledChecksum:
    def test_checksum_file_is_well_formed(self) -> None:
        """The checksum file holds one sha256sum line naming corpus.json."""
        text = (DATA / "corpus.json.sha256").read_text(encoding="utf-8")
        assert re.fullmatch(r"[0-9a-f]{64}  corpus\.json\n", text)

    def test_bundled_data_matches_its_checksum(self) -> None:
        """The shipped corpus.json has the recorded sha256."""
        recorded = (DATA / "corpus.json.sha256").read_text(encoding="utf-8").split()[0]
        assert recorded == hashlib.sha256((DATA / "corpus.json").read_bytes()).hexdigest()

    def test_the_release_vouches_for_the_bundled_file(self) -> None:
        """The checksum the code records is the data's, and that file passes every check.

        The bundled corpus with that checksum is read without being checked again.
        """
        recorded = (DATA / "corpus.json.sha256").read_text(encoding="utf-8").split()[0]
        hint = "the bundled data changed: once it passes, record its checksum in TESTED_SHA256"
        assert recorded == bundled.TESTED_SHA256, hint
        checked = load_file(DATA / "corpus.json")  # the checked readers, every rule
        assert [] == find_problems(checked)  # the types too, none vouched for

    def test_bundled_data_is_read_through_the_package(self) -> None:
        """The data is read through the package's loader, where an installed package has it."""
        folder = importlib.resources.files("asean_corpus") / "data"
        assert (folder / "corpus.json").read_bytes() == bundled._read("corpus.json")


@pytest.fixture
def package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the package's data folder that load() reads instead of the real one."""
    copy = tmp_path / "asean_corpus"
    shutil.copytree(DATA, copy / "data")
    monkeypatch.setattr(bundled, "_read", lambda name: (copy / "data" / name).read_bytes())
    monkeypatch.setattr(bundled, "_bundled", None)
    return copy / "data"


class TestTamperedBundle:
    def test_untampered_copy_loads(self, package: Path) -> None:
        """The copy itself loads (so each refusal below is due to its one change)."""
        assert ac.load() == ac.load(DATA / "corpus.json")

    def test_the_copy_as_released_is_read_as_tested(
        self, package: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """The bundle with the tested checksum is read without the checked readers."""

        def checked(*args: object) -> None:
            raise AssertionError("read by the checked readers")

        with monkeypatch.context() as patched:
            patched.setattr(bundled, "load_bytes", checked)
            patched.setattr(validation._Checker, "run", checked)  # checked when tested
            loaded = ac.load()
        assert loaded == load_file(DATA / "corpus.json")

    def test_changed_data_with_matching_checksum_is_checked_in_full(self, package: Path) -> None:
        """A bundle changed with its checksum file is no longer the tested one: every rule runs."""
        path = package / "corpus.json"
        data = json.loads(path.read_text(encoding="utf-8"))
        data["statements"][1]["id"] = data["statements"][0]["id"]
        text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
        path.write_text(text, encoding="utf-8")
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        (package / "corpus.json.sha256").write_text(f"{digest}  corpus.json\n", encoding="utf-8")
        with pytest.raises(InvalidCorpusError, match=r"statements\[1\] .*\.id: duplicate id"):
            ac.load()

    def test_one_changed_byte_is_refused(self, package: Path) -> None:
        """A bundle with one byte changed, still valid JSON, is refused by its checksum."""
        path = package / "corpus.json"
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("Kao Kim Hourn", "Kao Kim Houm", 1), encoding="utf-8")
        with pytest.raises(InvalidCorpusError, match=r"(?s)corpus\.json: .*checksum mismatch"):
            ac.load()

    def test_truncated_bundle_is_refused(self, package: Path) -> None:
        """A bundle cut short is refused by its checksum before it is parsed."""
        path = package / "corpus.json"
        path.write_bytes(path.read_bytes()[:1000])
        with pytest.raises(InvalidCorpusError, match="checksum mismatch"):
            ac.load()

    def test_tampered_data_with_matching_checksum_is_still_validated(self, package: Path) -> None:
        """Data changed together with its checksum is still checked like any corpus file."""
        path = package / "corpus.json"
        broken = path.read_text(encoding="utf-8").replace(
            '"format_version": 1', '"format_version": 7'
        )
        path.write_text(broken, encoding="utf-8")
        digest = hashlib.sha256(broken.encode("utf-8")).hexdigest()
        (package / "corpus.json.sha256").write_text(f"{digest}  corpus.json\n", encoding="utf-8")
        with pytest.raises(InvalidCorpusError, match="unknown format version 7"):
            ac.load()

    @pytest.mark.parametrize("content", ["", "\n", "not-a-checksum"])
    def test_unusable_checksum_file_is_refused(self, package: Path, content: str) -> None:
        """An empty or garbled checksum file is a CorpusError, not a crash."""
        (package / "corpus.json.sha256").write_text(content, encoding="utf-8")
        with pytest.raises(InvalidCorpusError, match="checksum"):
            ac.load()

    @pytest.mark.parametrize("name", ["corpus.json", "corpus.json.sha256"])
    def test_missing_file_is_refused(self, package: Path, name: str) -> None:
        """A bundle missing its data or its checksum is a CorpusError naming the file."""
        (package / name).unlink()
        with pytest.raises(InvalidCorpusError, match=re.escape(name)):
            ac.load()

    def test_refusal_is_not_cached(self, package: Path) -> None:
        """After a refused bundle is repaired, the next load() reads it."""
        path = package / "corpus.json"
        good = path.read_bytes()
        path.write_bytes(good + b" ")
        with pytest.raises(InvalidCorpusError):
            ac.load()
        path.write_bytes(good)
        assert ac.load() is ac.load()


# Calls that run code or rebuild arbitrary objects from data.
_FORBIDDEN_CALLS = {
    "eval",
    "exec",
    "compile",
    "__import__",
    "pickle.load",
    "pickle.loads",
    "pickle.Unpickler",
    "marshal.load",
    "marshal.loads",
    "yaml.load",
    "yaml.load_all",
    "yaml.full_load",
    "yaml.unsafe_load",
    "shelve.open",
    "os.system",
    "os.popen",
    "pandas.read_pickle",
    "pd.read_pickle",
    "numpy.load",
    "np.load",
    "runpy.run_path",
    "runpy.run_module",
}
_FORBIDDEN_MODULES = {
    "pickle",
    "_pickle",
    "cPickle",
    "dill",
    "cloudpickle",
    "jsonpickle",
    "joblib",
    "marshal",
    "shelve",
    "subprocess",
    "yaml",
    "runpy",
}


def _name(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return f"{_name(node.value)}.{node.attr}"
    return ""


def _findings(path: Path) -> list[tuple[str, str, str]]:
    """``(file, enclosing function, what)`` for every forbidden import or call."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[tuple[str, str, str]] = []

    def visit(node: ast.AST, function: str) -> None:
        for child in ast.iter_child_nodes(node):
            inner = function
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                inner = child.name
            if isinstance(child, ast.Import):
                for alias in child.names:
                    if alias.name.split(".")[0] in _FORBIDDEN_MODULES:
                        found.append((path.name, function, f"import {alias.name}"))
            elif isinstance(child, ast.ImportFrom):
                if (child.module or "").split(".")[0] in _FORBIDDEN_MODULES:
                    found.append((path.name, function, f"from {child.module} import"))
            elif isinstance(child, ast.Call):
                name = _name(child.func)
                if name in _FORBIDDEN_CALLS:
                    found.append((path.name, function, name))
                if any(k.arg == "allow_pickle" for k in child.keywords):
                    found.append((path.name, function, f"{name}(allow_pickle=...)"))
            visit(child, inner)

    visit(tree, "<module>")
    return found


# Code generated from the library's own record classes, never from data: the type
# checks of the corpus validation, made from the declared attrs field types as attrs
# makes its own methods (a chain of ``type(v) is T`` tests runs five times faster than
# a function per field).
_GENERATED_FROM_TYPES = {
    ("validation.py", "_compile_all", "compile"),
    ("validation.py", "_compile_all", "exec"),
}


class TestNoCodeFromData:
    def test_source_never_runs_code_from_data(self) -> None:
        """No module unpickles, unmarshals, evals, execs or YAML-loads anything from data."""
        files = sorted(SRC.rglob("*.py"))
        assert len(files) > 10
        found = {f for path in files for f in _findings(path)}
        assert _GENERATED_FROM_TYPES == found

    def test_the_scan_finds_what_it_looks_for(self, tmp_path: Path) -> None:
        """The scan catches each forbidden pattern (so a clean result means something)."""
        sample = tmp_path / "sample.py"
        sample.write_text(
            "import pickle\nimport yaml\n"
            "def f(data):\n"
            "    eval(data)\n    pickle.loads(data)\n    yaml.load(data)\n"
            "    np.load(data, allow_pickle=True)\n",
            encoding="utf-8",
        )
        assert {
            ("sample.py", "<module>", "import pickle"),
            ("sample.py", "<module>", "import yaml"),
            ("sample.py", "f", "eval"),
            ("sample.py", "f", "pickle.loads"),
            ("sample.py", "f", "yaml.load"),
            ("sample.py", "f", "np.load"),
            ("sample.py", "f", "np.load(allow_pickle=...)"),
        } == set(_findings(sample))

    def test_data_files_are_json_and_text_only(self) -> None:
        """The package ships its data as JSON and a checksum, nothing loadable as code."""
        shipped = sorted(p.name for p in DATA.iterdir() if p.is_file())
        assert ["corpus.json", "corpus.json.sha256"] == shipped

    def test_parquet_reader_needs_a_safe_pyarrow(self) -> None:
        """Every pyarrow requirement excludes the versions that run code from Parquet files."""
        # PyArrow up to 14.0.0 could execute code embedded in a Parquet or Arrow file
        # (CVE-2023-47248); asean_corpus.read_parquet reads files users are given.
        project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
        extras = project["project"]["optional-dependencies"]
        requirements = [r for group in extras.values() for r in group if r.startswith("pyarrow")]
        assert requirements
        for requirement in requirements:
            match = re.fullmatch(r"pyarrow>=(\d+)\.(\d+)\.(\d+)", requirement)
            assert match is not None, requirement
            assert (14, 0, 1) <= tuple(int(part) for part in match.groups()), requirement
