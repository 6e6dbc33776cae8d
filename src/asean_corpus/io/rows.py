"""Row-wise exports of one table: JSON Lines and CSV (no optional library needed)."""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterator
from typing import IO, TYPE_CHECKING, Any

from .columns import check_table, table_columns
from .files import atomic_write

if TYPE_CHECKING:
    from ..corpus import Corpus

__all__ = ["dump_csv", "dump_jsonl", "json_rows", "write_csv", "write_jsonl"]


def json_rows(corpus: Corpus, table: str) -> Iterator[dict[str, Any]]:
    """The rows of ``table`` as JSON-ready dicts (dates and times as ISO strings)."""
    t = check_table(table)
    values = table_columns(corpus, table)
    converted = []
    for col in t.columns:
        v = values[col.name]
        if col.kind in ("date", "time"):
            v = [None if x is None else x.isoformat() for x in v]
        converted.append(v)
    names = [c.name for c in t.columns]
    for row in zip(*converted, strict=True):
        yield dict(zip(names, row, strict=True))


def write_jsonl(corpus: Corpus, path: str | os.PathLike[str], table: str = "statements") -> None:
    """Write one table as JSON Lines (one UTF-8 JSON object per line), atomically.

    The keys are the columns of :func:`~asean_corpus.export.columns`; dates and times
    are ISO strings, lists are arrays, missing values ``null``.

    Raises:
        CorpusError: ``table`` is not a table name, or the folder of ``path`` does
            not exist.
    """
    check_table(table)
    with atomic_write(path) as handle:
        dump_jsonl(corpus, handle, table)


def dump_jsonl(corpus: Corpus, handle: IO[str], table: str = "statements") -> None:
    """Write one table as JSON Lines to an open text file (standard output, say)."""
    for row in json_rows(corpus, table):
        handle.write(json.dumps(row, ensure_ascii=False))
        handle.write("\n")


def write_csv(corpus: Corpus, path: str | os.PathLike[str], table: str = "statements") -> None:
    """Write one table as CSV (UTF-8, a header row, ``\\n`` line ends), atomically.

    Missing values are empty cells; booleans are ``true``/``false``; dates are ISO
    strings; lists and evidence are JSON arrays in their cell (``["a", "b"]``), so no
    value is lost to a separator.

    Raises:
        CorpusError: ``table`` is not a table name, or the folder of ``path`` does
            not exist.
    """
    check_table(table)
    with atomic_write(path) as handle:
        dump_csv(corpus, handle, table)


def dump_csv(corpus: Corpus, handle: IO[str], table: str = "statements") -> None:
    """Write one table as CSV to an open text file (standard output, say)."""
    kinds = {c.name: c.kind for c in check_table(table).columns}
    writer = csv.writer(handle, lineterminator="\n")
    writer.writerow(list(kinds))
    for row in json_rows(corpus, table):
        writer.writerow([_csv_cell(kinds[k], v) for k, v in row.items()])


def _csv_cell(kind: str, value: Any) -> Any:
    if value is None:
        return ""
    if kind == "bool":
        return "true" if value else "false"
    if kind in ("strs", "evidence", "spans"):
        return json.dumps(value, ensure_ascii=False)
    return value
