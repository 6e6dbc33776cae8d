"""Execute the example notebooks top to bottom, each in a fresh kernel.

Usage::

    python examples/run_notebooks.py [NOTEBOOK ...] [--timeout SECONDS] [--write]

With no notebook named, runs every ``*.ipynb`` in this folder, in name order. Each
runs from a clean kernel with this folder as its working directory; a cell that raises
or runs longer than the timeout stops that notebook, and the script prints the
notebook, the cell and the error, goes on with the next notebook, and exits with
status 1. Notebooks are stored without outputs; ``--write`` saves the executed ones
back with their outputs (for looking at them, not for committing).

Needs the ``examples`` extra: ``pip install -e '.[examples]'``.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError
from traitlets.config import Config

HERE = Path(__file__).resolve().parent

# The kernel manager gives the kernel CurveZMQ keys when its kernel spec says it can use
# them (ipykernel 7 does), so the notebook's code and outputs are not sent in plain text
# over the local TCP connection, and the kernel has no reason to warn that they are.
KERNEL_CONFIG = Config({"KernelManager": {"transport_encryption": "auto"}})


def execute(nb: nbformat.NotebookNode, folder: Path, timeout: int) -> str | None:
    """Run ``nb`` in place in a fresh kernel started in ``folder``.

    Returns ``None`` on success, else which cell failed and how (its source and the
    traceback). The docs build (``docs/_ext/notebook_pages.py``) runs the notebooks
    with this function too, so both run them the same way.
    """
    current: list[int] = []

    def started(cell: nbformat.NotebookNode, cell_index: int) -> None:
        current[:] = [cell_index]

    client = NotebookClient(
        nb,
        timeout=timeout,
        kernel_name="python3",
        resources={"metadata": {"path": str(folder)}},
        on_cell_start=started,
        config=KERNEL_CONFIG,
    )
    try:
        client.execute()
    except CellTimeoutError as exc:
        index = current[0] if current else 0
        return f"cell {index + 1} (timed out):\n{nb.cells[index].source}\n\n{exc}"
    except CellExecutionError as exc:
        # The message holds the cell's source and the traceback.
        where = f"cell {current[0] + 1}" if current else "a cell"
        return f"{where}: {exc}"
    return None


def run(path: Path, timeout: int, write: bool) -> str | None:
    """Execute one notebook; return ``None`` on success, else a description of the failure."""
    nb = nbformat.read(path, as_version=4)
    try:
        return execute(nb, path.parent, timeout)
    finally:
        if write:
            nbformat.write(nb, path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "notebooks", nargs="*", type=Path, help="notebooks (default: all here)"
    )
    parser.add_argument(
        "--timeout", type=int, default=120, help="seconds per cell (default 120)"
    )
    parser.add_argument(
        "--write", action="store_true", help="save the outputs into the files"
    )
    args = parser.parse_args(argv)
    paths = args.notebooks or sorted(HERE.glob("*.ipynb"))
    if not paths:
        print("no notebooks found", file=sys.stderr)
        return 1
    failures = 0
    for path in paths:
        started = time.perf_counter()
        error = run(path, args.timeout, args.write)
        elapsed = time.perf_counter() - started
        if error is None:
            print(f"ok      {path.name}  ({elapsed:.1f} s)")
        else:
            failures += 1
            print(f"FAILED  {path.name}  ({elapsed:.1f} s)\n{error}\n", file=sys.stderr)
    print(f"{len(paths) - failures} of {len(paths)} notebooks ran without error")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
