"""Check built distributions the way a user meets them.

Usage::

    python tests/packaging/check_dist.py DIST_DIR

``DIST_DIR`` holds one sdist and one wheel (``python -m build --outdir DIST_DIR``).
The script checks what each contains, then installs the wheel with pip into a fresh
virtual environment in a temporary folder (its dependencies come from the package
index) and, from a working folder outside the source tree, imports the package,
loads the bundled corpus, queries it, and runs the command line both ways. It exits
0 when everything holds, and 1 with a message naming the failed check otherwise.

This is a script run by ``.ci/run`` after the build, not a test module.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import subprocess
import sys
import tarfile
import tempfile
import textwrap
import venv
import zipfile
from pathlib import Path

PACKAGE = "asean_corpus"
SPEAKER = "Kao Kim Hourn"
WHEEL_REQUIRED = [
    f"{PACKAGE}/__init__.py",
    f"{PACKAGE}/__main__.py",
    f"{PACKAGE}/cli.py",
    f"{PACKAGE}/py.typed",
    f"{PACKAGE}/data/corpus.json",
    f"{PACKAGE}/data/corpus.json.sha256",
]
# Top-level folders of the source tree that must never be installed.
NOT_IN_WHEEL = {"tests", "seeds", "annotations", "typing_tests", "docs", "examples", "benchmarks"}
SDIST_REQUIRED_FOLDERS = ["seeds/", "annotations/", "annotations/articles/", "src/asean_corpus/"]
SDIST_REQUIRED_FILES = [
    "pyproject.toml",
    "README.md",
    "LICENSE",
    "seeds/SHA256SUMS",
    "src/asean_corpus/data/corpus.json",
    "src/asean_corpus/data/corpus.json.sha256",
]


class CheckFailed(Exception):
    """One check did not hold; the message says which and why."""


def only(folder: Path, pattern: str) -> Path:
    """The one file in ``folder`` matching ``pattern``."""
    found = sorted(folder.glob(pattern))
    if len(found) != 1:
        names = ", ".join(p.name for p in found) or "none"
        raise CheckFailed(f"expected exactly one {pattern} in {folder}, found {names}")
    return found[0]


def check_checksum(data: bytes, recorded: str, where: str) -> None:
    """The recorded ``sha256sum`` line matches ``data``."""
    fields = recorded.split()
    actual = hashlib.sha256(data).hexdigest()
    if not fields or fields[0] != actual:
        raise CheckFailed(f"{where}: corpus.json has sha256 {actual}, the checksum file {fields}")


def check_wheel(wheel: Path) -> None:
    """The wheel holds the package, its type marker and data, and nothing else of the tree."""
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        missing = [n for n in WHEEL_REQUIRED if n not in names]
        if missing:
            raise CheckFailed(f"{wheel.name} lacks {', '.join(missing)}")
        stray = [
            n
            for n in names
            if n.split("/")[0] in NOT_IN_WHEEL or "__pycache__" in n or n.endswith(".pyc")
        ]
        if stray:
            raise CheckFailed(f"{wheel.name} must not contain {', '.join(stray[:10])}")
        outside = [n for n in names if not n.startswith((f"{PACKAGE}/", f"{PACKAGE}-"))]
        if outside:
            raise CheckFailed(f"{wheel.name} installs files outside the package: {outside[:10]}")
        check_checksum(
            archive.read(f"{PACKAGE}/data/corpus.json"),
            archive.read(f"{PACKAGE}/data/corpus.json.sha256").decode("utf-8"),
            wheel.name,
        )
        entry_points = next((n for n in names if n.endswith(".dist-info/entry_points.txt")), None)
        if entry_points is None or "asean-corpus = asean_corpus.cli:main" not in archive.read(
            entry_points
        ).decode("utf-8"):
            raise CheckFailed(f"{wheel.name} does not declare the asean-corpus command")
    print(f"ok: {wheel.name} holds the package, py.typed and the checked data, and nothing else")


def check_sdist(sdist: Path) -> None:
    """The sdist holds the raw seeds and the annotations the data is built from."""
    with tarfile.open(sdist) as archive:
        members = {m.name.split("/", 1)[1]: m for m in archive.getmembers() if "/" in m.name}
        names = set(members)
        missing = [n for n in SDIST_REQUIRED_FILES if n not in names]
        missing += [f for f in SDIST_REQUIRED_FOLDERS if not any(n.startswith(f) for n in names)]
        if missing:
            raise CheckFailed(f"{sdist.name} lacks {', '.join(missing)}")

        def read(name: str) -> bytes:
            handle = archive.extractfile(members[name])
            if handle is None:
                raise CheckFailed(f"{sdist.name}: {name} is not a file")
            return handle.read()

        for line in io.StringIO(read("seeds/SHA256SUMS").decode("utf-8")):
            if not line.strip():
                continue
            digest, name = line.split(maxsplit=1)
            name = name.strip().lstrip("*")
            if name not in names:
                raise CheckFailed(f"{sdist.name} lacks {name}, listed in seeds/SHA256SUMS")
            if hashlib.sha256(read(name)).hexdigest() != digest:
                raise CheckFailed(f"{sdist.name}: {name} does not match seeds/SHA256SUMS")
        check_checksum(
            read("src/asean_corpus/data/corpus.json"),
            read("src/asean_corpus/data/corpus.json.sha256").decode("utf-8"),
            sdist.name,
        )
        articles = [n for n in names if n.startswith("annotations/articles/")]
    print(f"ok: {sdist.name} holds the seeds (checksums match) and {len(articles)} article files")


def run(command: list[str], cwd: Path, env: dict[str, str], what: str) -> str:
    """Run a command; its standard output, or CheckFailed with everything it printed."""
    done = subprocess.run(
        command, cwd=cwd, env=env, capture_output=True, text=True, timeout=900, check=False
    )
    if done.returncode != 0:
        raise CheckFailed(
            f"{what} failed (exit {done.returncode}): {' '.join(command)}\n"
            f"--- stdout\n{done.stdout}\n--- stderr\n{done.stderr}"
        )
    return done.stdout


USE = textwrap.dedent(
    """
    import json, sys
    import asean_corpus as ac

    corpus = ac.load()
    assert corpus is ac.load(), "load() returns one object"
    found = ac.find_statements(speaker=sys.argv[1])
    assert found, "no statements by " + sys.argv[1]
    speaker = corpus.actor(sys.argv[1])
    assert {s.speaker_id for s in found} == {speaker.id}, "query by speaker"
    print(json.dumps({
        "file": ac.__file__,
        "version": ac.__version__,
        "statements": len(corpus.statements),
        "by_speaker": len(found),
    }))
    """
)


def check_install(wheel: Path, source_tree: Path) -> None:
    """Install the wheel into a fresh venv and use it from a folder outside the tree."""
    with tempfile.TemporaryDirectory(prefix="asean-corpus-dist-") as tmp:
        root = Path(tmp)
        env_dir = root / "venv"
        venv.create(env_dir, with_pip=True, clear=True)
        scripts = env_dir / ("Scripts" if os.name == "nt" else "bin")
        python = scripts / ("python.exe" if os.name == "nt" else "python")
        work = root / "work"
        work.mkdir()
        env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "PYTHONHOME"}}
        env.update(PIP_DISABLE_PIP_VERSION_CHECK="1", PYTHONDONTWRITEBYTECODE="1")
        env["PATH"] = f"{scripts}{os.pathsep}{env.get('PATH', '')}"
        run(
            [str(python), "-m", "pip", "install", "--no-input", str(wheel)],
            work,
            env,
            "installing the wheel",
        )
        print(f"ok: {wheel.name} installed into a fresh venv with its dependencies")

        used = json.loads(run([str(python), "-c", USE, SPEAKER], work, env, "using the package"))
        installed = Path(used["file"]).resolve()
        if not installed.is_relative_to(env_dir.resolve()):
            raise CheckFailed(f"imported {installed}, not the installed wheel")
        if installed.is_relative_to(source_tree):
            raise CheckFailed(f"imported {installed} from the source tree")
        print(
            f"ok: import, load() and a query by speaker work from {work} "
            f"(version {used['version']}, {used['statements']} statements, "
            f"{used['by_speaker']} by {SPEAKER})"
        )

        command = scripts / ("asean-corpus.exe" if os.name == "nt" else "asean-corpus")
        info = run([str(command), "info", "--format", "json"], work, env, "asean-corpus info")
        counts = json.loads(info)
        if counts.get("statements") != used["statements"]:
            raise CheckFailed(f"asean-corpus info reports {counts}, load() {used['statements']}")
        run([str(command), "info"], work, env, "asean-corpus info (table)")
        print(f"ok: asean-corpus info: {counts}")

        shown = run(
            [str(python), "-m", PACKAGE, "statements", "--speaker", SPEAKER],
            work,
            env,
            "python -m asean_corpus statements",
        )
        if SPEAKER not in shown or f"({used['by_speaker']} statement" not in shown:
            raise CheckFailed(f"python -m asean_corpus statements printed:\n{shown}")
        print(f"ok: python -m {PACKAGE} statements --speaker {SPEAKER!r} lists them")


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    dist = Path(argv[0]).resolve()
    source_tree = Path(__file__).resolve().parents[2]
    try:
        if not dist.is_dir():
            raise CheckFailed(f"{dist} is not a folder")
        wheel = only(dist, "*.whl")
        sdist = only(dist, "*.tar.gz")
        check_wheel(wheel)
        check_sdist(sdist)
        check_install(wheel, source_tree)
    except CheckFailed as exc:
        print(f"check_dist: FAILED: {exc}", file=sys.stderr)
        return 1
    print("check_dist: all checks passed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
