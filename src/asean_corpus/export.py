"""Exports of a corpus as tables: pandas, Arrow, Parquet, JSON Lines, CSV, Web Annotation.

Every record type has one flat table; the roles of actors and the milestones of
agreements have tables of their own. The columns are the same in every format (see
:data:`TABLES` and :func:`columns`): ids with the matching names or titles beside them,
each partial date as its ISO text, its precision and the first and last days it may be
(real date columns), lists as lists, evidence as ``{article_id, start, end, text,
reference_id}`` objects.

pandas and pyarrow are optional: they are imported inside the functions that need
them, and a missing one raises :class:`~asean_corpus.MissingDependencyError` naming
the extra to install. JSON Lines, CSV and Web Annotation need neither.

This module gathers the exports in one place; they live in the ``asean_corpus.io``
package, beside the corpus file format.

>>> import asean_corpus as ac
>>> [c.name for c in ac.export.columns("topics")]
['id', 'label', 'parent', 'description']
"""

from __future__ import annotations

from .io.columns import check_table
from .io.frames import to_arrow, to_pandas
from .io.parquet import PARQUET_FORMAT_VERSION, Progress, read_parquet, write_parquet
from .io.rows import write_csv, write_jsonl
from .io.webannotation import to_web_annotations, write_web_annotations
from .model.tables import TABLES as _TABLES
from .model.tables import Column

__all__ = [
    "PARQUET_FORMAT_VERSION",
    "TABLES",
    "Column",
    "Progress",
    "columns",
    "read_parquet",
    "to_arrow",
    "to_pandas",
    "to_web_annotations",
    "write_csv",
    "write_jsonl",
    "write_parquet",
    "write_web_annotations",
]

TABLES: tuple[str, ...] = tuple(t.name for t in _TABLES)
"""The tables an export holds, in the order they are written."""


def columns(table: str) -> tuple[Column, ...]:
    """The columns of an exported table, in order.

    Raises:
        CorpusError: ``table`` is not one of :data:`TABLES`.

    >>> [c.name for c in columns("references")]
    ['id', 'fact', 'precision', 'sources', 'confidence', 'checked_on']
    """
    return check_table(table).columns
