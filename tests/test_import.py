"""Importing the package is cheap: no data file read, no heavy library imported."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import asean_corpus as ac

PROBE = textwrap.dedent(
    """
    import json, sys
    opened = []
    def hook(event, args):
        if event == "open" and isinstance(args[0], str):
            opened.append(args[0])
    sys.addaudithook(hook)
    import asean_corpus
    heavy = sorted(m for m in ("pandas", "pyarrow", "numpy", "duckdb", "cattrs", "dateutil")
                   if m in sys.modules)
    data = [p for p in opened if not p.endswith((".py", ".pyc", ".pth", ".typed"))]
    print(json.dumps({"heavy": heavy, "data": data}))
    """
)


QUERY_PROBE = textwrap.dedent(
    """
    import sys
    before = set(sys.modules)
    import asean_corpus as ac
    ac.find_statements(speaker="ASEAN Secretary-General", since="2025")
    print("\\n".join(sorted(set(sys.modules) - before)))
    """
)

UNUSED_BY_A_QUERY = (
    # the careful reader, writing, exports, merging, suggestions, the command line
    "cattrs",
    "tempfile",
    "shutil",
    "csv",
    "zipfile",
    "pkgutil",
    "importlib.resources",
    "difflib",
    "html",
    "tomllib",
    "argparse",
    "asean_corpus.corpus.merge",
    "asean_corpus.corpus.diff",
    "asean_corpus.io.files",
    "asean_corpus.builder",
    "asean_corpus.suggestions",
    "asean_corpus.export",
    # OpenSSL: the bundled checksum uses CPython's own SHA-256 module
    "hashlib",
    # the timer that stops a long regex search
    "signal",
    # the typed reader of corpus files: the bundled corpus, as released, does without
    "msgspec",
    "asean_corpus.io.structs",
    # the rules: the bundled corpus, as released, was checked when it was tested
    "asean_corpus.corpus.validation",
)


def succeeds(code: str) -> None:
    """Run ``code`` in a fresh Python process; it must exit with status 0."""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert 0 == done.returncode, done.stderr


class TestImport:
    def test_a_first_query_imports_only_what_it_uses(self) -> None:
        """Loading the bundled corpus and querying it leave writing and the rest unimported."""
        out = subprocess.run(
            [sys.executable, "-c", QUERY_PROBE], check=True, capture_output=True, text=True
        ).stdout
        imported = out.split()
        assert "asean_corpus.bundled" in imported  # the probe did load and query
        assert [] == [m for m in UNUSED_BY_A_QUERY if m in imported]

    def test_loading_a_corpus_file_imports_nothing_writing_needs(self, tmp_path: Path) -> None:
        """A user's corpus file is read without the modules of atomic writes."""
        ac.load().save(tmp_path / "c.json")
        probe = (
            "import sys, asean_corpus as ac\n"
            f"corpus = ac.load({str(tmp_path / 'c.json')!r})\n"
            "assert len(corpus.statements) == len(ac.load().statements)\n"
            "print('\\n'.join(sorted(sys.modules)))\n"
        )
        out = subprocess.run(
            [sys.executable, "-c", probe], check=True, capture_output=True, text=True
        ).stdout
        writing = ("asean_corpus.io.files", "tempfile", "shutil", "socket", "pathlib")
        assert [] == [m for m in writing if m in out.split()]

    def test_import_reads_no_data_and_imports_nothing_heavy(self) -> None:
        """`import asean_corpus` opens only code files and leaves optional libraries alone."""
        out = subprocess.run(
            [sys.executable, "-c", PROBE], check=True, capture_output=True, text=True
        ).stdout
        result = json.loads(out)
        assert {"heavy": [], "data": []} == result

    def test_version_is_read_lazily(self) -> None:
        """__version__ comes from the installed metadata."""
        import asean_corpus

        assert isinstance(asean_corpus.__version__, str)
        assert asean_corpus.__version__.count(".") >= 2

    def test_all_is_sorted_and_complete(self) -> None:
        """__all__ is sorted (constants, classes, functions) and every name in it exists."""
        import asean_corpus

        names = asean_corpus.__all__

        def group(name: str) -> tuple[int, str]:
            return (0 if name.isupper() else 1 if name[0].isupper() else 2, name)

        assert sorted(names, key=group) == names
        assert [] == [n for n in names if not hasattr(asean_corpus, n)]

    def test_the_corpus_package_lists_the_names_it_gives_on_first_use(self) -> None:
        """dir() and help() show the diff names before any of them is used."""
        succeeds(
            "import asean_corpus.corpus as c, sys\n"
            "assert 'asean_corpus.corpus.diff' not in sys.modules\n"
            "missing = [n for n in c.__all__ if n not in dir(c)]\n"
            "assert not missing, missing\n"
        )

    def test_diff_is_the_function_however_it_is_reached(self) -> None:
        """The diff module's name never shadows the diff function."""
        succeeds(
            "import asean_corpus as ac, asean_corpus.corpus.diff\n"
            "from asean_corpus.corpus import diff\n"
            "from asean_corpus import cli\n"
            "assert callable(ac.diff) and diff is ac.diff and cli.diff is ac.diff\n"
            "raise SystemExit(cli.main(['diff', 'bundled', 'bundled']))\n"
        )
