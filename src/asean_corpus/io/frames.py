"""Tables of a corpus as pandas DataFrames and Arrow tables, with explicit types.

pandas and pyarrow are optional: they are imported inside these functions, and a
missing one raises :class:`~asean_corpus.MissingDependencyError` naming the extra to
install.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from .._optional import require
from ..exceptions import CorpusError, shown
from ..model.tables import Column
from .columns import check_table, table_columns

if TYPE_CHECKING:
    import pandas
    import pyarrow

    from ..corpus import Corpus

__all__ = ["arrow_schema", "arrow_type", "to_arrow", "to_pandas"]


def to_pandas(
    corpus: Corpus, table: str = "statements", *, records: Sequence[Any] | None = None
) -> pandas.DataFrame:
    """One table of the corpus as a :class:`pandas.DataFrame` with typed columns.

    Dates are ``datetime64[s]`` columns (``NaT`` where unknown), enum values and date
    precisions are categoricals, integers that may be missing are ``Int64``, lists
    are Python lists, evidence is a list of dicts. Needs pandas only.

    Args:
        corpus: The corpus.
        table: One of :data:`~asean_corpus.export.TABLES`.
        records: Rows for these records of the table only, in this order (a query's
            result); every record of the table by default.

    Raises:
        MissingDependencyError: pandas is not installed (extra ``pandas``).
        CorpusError: ``table`` is not a table name.

    >>> import asean_corpus as ac
    >>> frame = ac.export.to_pandas(ac.load(), "statements")
    >>> str(frame["earliest"].dtype), str(frame["mode"].dtype)
    ('datetime64[s]', 'category')
    """
    t = check_table(table)
    pd = require("pandas", "pandas")
    np = require("numpy", "pandas")
    values = table_columns(corpus, table, records)
    data: dict[str, Any] = {}
    for col in t.columns:
        v = values[col.name]
        if col.kind == "date":
            data[col.name] = pd.Series(
                np.array(v, dtype="datetime64[D]").astype("datetime64[s]"), dtype="datetime64[s]"
            )
        elif col.kind == "enum":
            assert col.choices is not None
            cats = pd.CategoricalDtype([m.value for m in col.choices])
            data[col.name] = pd.Series(v, dtype=cats)
        elif col.kind == "int":
            data[col.name] = pd.Series(v, dtype="Int64" if col.nullable else "int64")
        elif col.kind == "year":
            data[col.name] = pd.Series(v, dtype="Int32")
        elif col.kind == "bool":
            data[col.name] = pd.Series(v, dtype="bool")
        elif col.kind in ("strs", "evidence", "spans", "time"):
            data[col.name] = pd.Series(v, dtype=object)
        else:
            data[col.name] = pd.Series(v, dtype=None if v else object)
    return pd.DataFrame(data)


def _evidence_type(pa: Any) -> Any:
    return pa.struct(
        [
            pa.field("article_id", pa.string()),
            pa.field("start", pa.int64()),
            pa.field("end", pa.int64()),
            pa.field("text", pa.string()),
            pa.field("reference_id", pa.string()),
        ]
    )


def arrow_type(col: Column) -> Any:
    """The Arrow type of a column."""
    pa = require("pyarrow", "parquet")
    kind = col.kind
    if kind in ("str", "enum"):
        return pa.string()
    if kind == "int":
        return pa.int64()
    if kind == "year":
        return pa.int32()
    if kind == "bool":
        return pa.bool_()
    if kind == "date":
        return pa.date32()
    if kind == "time":
        return pa.time64("us")
    if kind == "strs":
        return pa.list_(pa.field("item", pa.string(), nullable=False))
    if kind == "evidence":
        return pa.list_(pa.field("item", _evidence_type(pa), nullable=False))
    if kind == "spans":
        ends = [
            pa.field("start", pa.int64(), nullable=False),
            pa.field("end", pa.int64(), nullable=False),
        ]
        return pa.list_(pa.field("item", pa.struct(ends), nullable=False))
    raise AssertionError(kind)  # pragma: no cover


def arrow_schema(table: str, *, drop: Iterable[str] = (), extra: Iterable[Any] = ()) -> Any:
    """The explicit Arrow schema of ``table`` (see :func:`to_arrow`)."""
    pa = require("pyarrow", "parquet")
    dropped = set(drop)
    fields = [
        pa.field(c.name, arrow_type(c), nullable=c.nullable)
        for c in check_table(table).columns
        if c.name not in dropped
    ]
    return pa.schema([*fields, *extra], metadata={b"asean_corpus.table": table.encode()})


def to_arrow(corpus: Corpus, table: str = "statements") -> pyarrow.Table:
    """One table of the corpus as a :class:`pyarrow.Table` with an explicit schema.

    Strings are ``string``, dates ``date32``, times ``time64[us]``, integers
    ``int64`` (``year`` is ``int32``), lists ``list<string>``, evidence
    ``list<struct<article_id, start, end, text, reference_id>>``; columns that cannot
    be missing are declared non-nullable.

    Raises:
        MissingDependencyError: pyarrow is not installed (extra ``parquet``).
        CorpusError: ``table`` is not a table name, or a time has a UTC offset, which
            Arrow's time type cannot hold (it would be lost; a corpus file written by
            :meth:`~asean_corpus.Corpus.save` keeps it); the first ten such times
            are named, and the rest counted.

    >>> import asean_corpus as ac
    >>> ac.export.to_arrow(ac.load(), "references").schema.field("checked_on").type
    DataType(date32[day])
    """
    check_table(table)
    pa = require("pyarrow", "parquet")
    schema = arrow_schema(table)
    values = table_columns(corpus, table)
    offsets = [
        f"$.{table}[{i}].{f.name}: {shown(value.isoformat())}"
        for f in schema
        if pa.types.is_time(f.type)
        for i, value in enumerate(values[f.name])
        if value is not None and value.utcoffset() is not None
    ]
    if offsets:
        listed = "; ".join(offsets[:10]) + (
            f"; and {len(offsets) - 10} more" if len(offsets) > 10 else ""
        )
        raise CorpusError(
            f"times with a UTC offset, which Arrow's and Parquet's time type cannot hold"
            f" (the offset would be lost; a corpus file written by save keeps it): {listed}"
        )
    arrays = [pa.array(values[f.name], type=f.type) for f in schema]
    return pa.Table.from_arrays(arrays, schema=schema)
