"""Row-wise exports of one table: JSON Lines and CSV (no optional library needed)."""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterator, Sequence
from typing import IO, TYPE_CHECKING, Any

from .columns import check_table, table_columns
from .files import atomic_write

if TYPE_CHECKING:
    from ..corpus import Corpus

__all__ = ["dump_csv", "dump_jsonl", "json_rows", "write_csv", "write_jsonl"]


def json_rows(
    corpus: Corpus, table: str, records: Sequence[Any] | None = None
) -> Iterator[dict[str, Any]]:
    """The rows of ``table`` as JSON-ready dicts (dates and times as ISO strings).

    ``records`` chooses some records of the table (a query's result) and their order.
    """
    t = check_table(table)
    values = table_columns(corpus, table, records)
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

    >>> import asean_corpus as ac, json, pathlib, tempfile
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "statements.jsonl"
    >>> ac.export.write_jsonl(ac.load(), path)
    >>> row = json.loads(path.read_text("utf-8").splitlines()[0])
    >>> row["id"], row["said_on"], row["topics"]
    ('a000-s01', None, ['regional-integration', 'trade'])
    """
    check_table(table)
    with atomic_write(path) as handle:
        dump_jsonl(corpus, handle, table)


def dump_jsonl(
    corpus: Corpus, handle: IO[str], table: str = "statements", records: Sequence[Any] | None = None
) -> None:
    """Write one table as JSON Lines to an open text file (standard output, say);
    ``records`` as in :func:`json_rows`."""
    for row in json_rows(corpus, table, records):
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

    >>> import asean_corpus as ac, csv, pathlib, tempfile
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "roles.csv"
    >>> ac.export.write_csv(ac.load(), path, "roles")
    >>> with path.open(encoding="utf-8", newline="") as f:
    ...     row = next(csv.DictReader(f))
    >>> row["actor_id"], row["title"], row["current"]
    ('kao-kim-hourn', 'Secretary-General', 'true')
    """
    check_table(table)
    with atomic_write(path) as handle:
        dump_csv(corpus, handle, table)


def dump_csv(
    corpus: Corpus, handle: IO[str], table: str = "statements", records: Sequence[Any] | None = None
) -> None:
    """Write one table as CSV to an open text file (standard output, say); ``records``
    chooses some of its records and their order, as in :func:`json_rows`."""
    kinds = {c.name: c.kind for c in check_table(table).columns}
    writer = csv.writer(handle, lineterminator="\n")
    writer.writerow(list(kinds))
    for row in json_rows(corpus, table, records):
        writer.writerow([_csv_cell(kinds[k], v) for k, v in row.items()])


def _csv_cell(kind: str, value: Any) -> Any:
    if value is None:
        return ""
    if kind == "bool":
        return "true" if value else "false"
    if kind in ("strs", "evidence", "spans"):
        return json.dumps(value, ensure_ascii=False)
    return value
