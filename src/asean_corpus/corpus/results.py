"""The result of a statement query: a tuple of statements that knows its corpus."""

from __future__ import annotations

import operator
import os
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, Literal, SupportsIndex, TypeAlias, TypeVar, overload

from ..exceptions import InvalidQueryError
from ..model import Actor, Agreement, Article, Event, Statement, Topic

if TYPE_CHECKING:
    import pandas

    from ..citation import CitationStyle
    from .container import Corpus

__all__ = ["COUNT_KEYS", "CountKey", "StatementResults"]

CountKey: TypeAlias = Literal[
    "speaker", "topic", "agreement", "article", "event", "mode", "year", "month"
]
"""What :meth:`StatementResults.count_by` can count by."""

COUNT_KEYS: tuple[str, ...] = (
    "speaker",
    "topic",
    "agreement",
    "article",
    "event",
    "mode",
    "year",
    "month",
)

_T = TypeVar("_T")

_HTML_ROWS = 20  # rows a notebook shows before "... and N more"
_HTML_TEXT = 160  # characters of each statement's text it shows
_REPR_IDS = 3  # ids the repr lists


class StatementResults(tuple[Statement, ...]):
    """Statements found by a query, in result order: a tuple, with a few helpers.

    :meth:`Corpus.find_statements <asean_corpus.Corpus.find_statements>` returns one.
    It *is* a tuple of :class:`~asean_corpus.Statement`: it compares equal to a tuple
    of the same statements, and indexing, ``len``, iteration, ``in`` and unpacking
    work as on any tuple. Slicing (``results[:5]``) gives a ``StatementResults`` of
    the same corpus, so the helpers work on a slice too, and so does ``a + b`` of two
    results of the same corpus. Adding a plain tuple gives a plain tuple; adding the
    results of another corpus is refused, as the helpers could read only one.

    The helpers use the corpus the statements came from (:attr:`corpus`):

    - :meth:`to_pandas`: a DataFrame with the columns of the exported ``statements``
      table (speaker names, the names of every co-speaker, article titles, dates);
    - :meth:`count_by`: how many statements per speaker, topic, month, ...;
    - :meth:`head`: the first few;
    - :meth:`cite`: their citations, in one style;
    - in a notebook, a table of the statements (``_repr_html_``), and a short ``repr``.

    >>> import asean_corpus as ac
    >>> found = ac.load().find_statements(speaker="Jayant Menon")
    >>> found
    <StatementResults: 6 statements: a002-s11, a002-s12, a002-s13, ...>
    >>> found == tuple(found), found[0].speaker_id
    (True, 'jayant-menon')
    >>> found.head(2)
    <StatementResults: 2 statements: a002-s11, a002-s12>
    """

    corpus: Corpus
    """The corpus the statements come from."""

    def __new__(cls, statements: Iterable[Statement] = (), *, corpus: Corpus) -> StatementResults:
        """Statements of ``corpus`` as a result set (in the order given).

        Raises:
            InvalidQueryError: ``corpus`` is not a :class:`~asean_corpus.Corpus` (its
                helpers read it: a wrong one would fail only on first use).
        """
        from .container import Corpus as _Corpus

        if not isinstance(corpus, _Corpus):
            msg = f"StatementResults: corpus must be a Corpus, got {type(corpus).__name__}"
            raise InvalidQueryError(msg)
        made = super().__new__(cls, statements)
        made.corpus = corpus
        return made

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (tuple(self), self.corpus))

    @overload
    def __getitem__(self, index: SupportsIndex) -> Statement: ...
    @overload
    def __getitem__(self, index: slice) -> StatementResults: ...
    def __getitem__(self, index: SupportsIndex | slice) -> Statement | StatementResults:
        if isinstance(index, slice):
            return StatementResults(super().__getitem__(index), corpus=self.corpus)
        return super().__getitem__(index)

    # mypy refuses an overload placed before those of tuple.__add__ it narrows (its
    # override check pairs the variants in order), though each variant is compatible.
    @overload  # type: ignore[override]
    def __add__(self, value: StatementResults, /) -> StatementResults: ...
    @overload
    def __add__(self, value: tuple[Statement, ...], /) -> tuple[Statement, ...]: ...
    @overload
    def __add__(self, value: tuple[_T, ...], /) -> tuple[Statement | _T, ...]: ...
    def __add__(self, value: tuple[Any, ...], /) -> tuple[Any, ...]:
        joined = super().__add__(value)
        if not isinstance(value, StatementResults):
            return joined
        if value.corpus is not self.corpus:
            msg = (
                "cannot add results of two corpora: their helpers would read one corpus "
                "for statements of the other (tuple(a) + tuple(b) gives a plain tuple, "
                "or merge the corpora first)"
            )
            raise InvalidQueryError(msg)
        return StatementResults(joined, corpus=self.corpus)

    def head(self, n: SupportsIndex = 5) -> StatementResults:
        """The first ``n`` statements (all of them when there are fewer)."""
        try:
            count = operator.index(n)  # an int, or a NumPy integer, as indexing takes
        except TypeError:
            count = -1
        if isinstance(n, bool) or count < 0:
            msg = f"head: expected a count of 0 or more, got {n!r}"
            raise InvalidQueryError(msg)
        return self[:count]

    def __repr__(self) -> str:
        count = len(self)
        noun = "statement" if count == 1 else "statements"
        ids = [s.id for s in super().__getitem__(slice(_REPR_IDS))]
        if count > _REPR_IDS:
            ids.append("...")
        listed = f": {', '.join(ids)}" if ids else ""
        return f"<StatementResults: {count} {noun}{listed}>"

    def count_by(self, key: CountKey) -> dict[str | None, int]:
        """How many of the statements there are for each speaker, topic, month, ...

        Args:
            key: What to count by:

                - ``"speaker"``: actor ids; a joint statement counts once for each of
                  its speakers, so the counts may add up to more than ``len``;
                - ``"topic"``, ``"agreement"``: ids, as tagged (a statement counts once
                  for each of its topics; broader topics are not added); a statement
                  with none counts under ``None``;
                - ``"article"``, ``"event"``, ``"mode"``: ids (mode values); a statement
                  made at no known event counts under ``None``;
                - ``"year"``, ``"month"``: of ``said_on`` as text (``"2025"``,
                  ``"2025-06"``); a statement dated only to the year counts under its
                  year among the months, and a statement made over several days
                  under the month it started in.

        Returns:
            The counts in a dict, largest first (ties in the corpus's order for ids,
            then by key), except years and months, which are in date order. Undated
            statements, and statements with no value, count under ``None``, always
            last.

        Raises:
            InvalidQueryError: ``key`` is not one of those above.

        >>> import asean_corpus as ac
        >>> found = ac.load().find_statements(speaker="Kao Kim Hourn")
        >>> found.count_by("month")
        {'2025-06': 8, '2025-08': 39, None: 3}
        >>> found.count_by("speaker")  # two are joint with People's Daily
        {'kao-kim-hourn': 50, 'peoples-daily': 2}
        """
        if key not in COUNT_KEYS:
            msg = f"count_by: unknown key {key!r}; expected one of {', '.join(COUNT_KEYS)}"
            raise InvalidQueryError(msg)
        counts: Counter[str | None] = Counter()
        for s in self:
            counts.update(_keys(s, key))
        if key in ("year", "month"):
            dated = sorted((k for k in counts if k is not None), key=_date_order)
        else:
            rank = _corpus_order(self.corpus, key)
            dated = sorted(
                (k for k in counts if k is not None),
                key=lambda k: (-counts[k], rank.get(k, len(rank)), k),
            )
        out: dict[str | None, int] = {k: counts[k] for k in dated}
        if None in counts:
            out[None] = counts[None]
        return out

    def to_pandas(self) -> pandas.DataFrame:
        """The statements as a DataFrame, one row each, in this order (needs pandas).

        The columns are those of the exported ``statements`` table
        (:func:`asean_corpus.export.columns`): with ``speaker_name`` beside
        ``speaker_id``, ``co_speaker_names`` beside ``co_speakers`` (every speaker of
        a joint statement is named), ``article_title`` and ``article_reliability``
        (``"low"`` for a weak source) beside ``article_id``, ``date_text``, typed
        dates, and ``corpus_index``, the statement's place in the corpus.

        Raises:
            MissingDependencyError: pandas is not installed (extra ``pandas``).
        """
        from ..io.frames import to_pandas

        return to_pandas(self.corpus, "statements", records=self)

    def cite(self, style: CitationStyle = "apa") -> str:
        """Citations of these statements, in this order, in a style.

        APA, Chicago and BibTeX entries are separated by a blank line; CSL-JSON is one
        array of items. See :func:`asean_corpus.cite` for what a citation holds.

        Raises:
            InvalidQueryError: ``style`` is not a style.
            MissingDependencyError: APA and Chicago need the ``cite`` extra.

        >>> import asean_corpus as ac
        >>> found = ac.find_statements(speaker="Jayant Menon", topic="green-transition")
        >>> lines = found.cite("bibtex").splitlines()
        >>> [line for line in lines if line.startswith("@")]
        ['@article{a002-s12,', '@article{a002-s14,']
        """
        from ..citation import cite

        return cite(self, style, corpus=self.corpus)

    def write_csv(self, path: str | os.PathLike[str]) -> None:
        """Write these statements as CSV, in this order, atomically.

        The columns and value forms are those of :meth:`Corpus.write_csv
        <asean_corpus.Corpus.write_csv>` for the statements table: lists are JSON
        arrays in their cells, booleans ``true``/``false``, missing values empty.

        >>> import asean_corpus as ac, csv, pathlib, tempfile
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "rcep.csv"
        >>> ac.find_statements(agreement="RCEP", speaker="Kao Kim Hourn").write_csv(path)
        >>> with path.open(encoding="utf-8", newline="") as f:
        ...     rows = list(csv.DictReader(f))
        >>> [(r["id"], r["date_text"], r["mode"]) for r in rows]
        [('a001-s02', '2025-06-19', 'reported'), ('a001-s05', '2025-06-19', 'reported'),
         ('a003-s22', '2025-08-31/2025-09-01', 'reported')]
        >>> rows[1]["agreements"]
        '["acfta-3", "rcep"]'
        """
        from ..io.files import atomic_write
        from ..io.rows import dump_csv

        with atomic_write(path) as handle:
            dump_csv(self.corpus, handle, "statements", self)

    def write_jsonl(self, path: str | os.PathLike[str]) -> None:
        """Write these statements as JSON Lines, in this order, atomically (the rows of
        :meth:`Corpus.write_jsonl <asean_corpus.Corpus.write_jsonl>`)."""
        from ..io.files import atomic_write
        from ..io.rows import dump_jsonl

        with atomic_write(path) as handle:
            dump_jsonl(self.corpus, handle, "statements", self)

    def _repr_html_(self) -> str:
        """A table of the statements for notebooks: the first 20, with a count of the rest."""
        import html  # for notebooks only

        corpus = self.corpus
        names = {a.id: a.name for a in corpus.actors}
        rows = []
        for s in super().__getitem__(slice(_HTML_ROWS)):
            text = s.text if len(s.text) <= _HTML_TEXT else s.text[: _HTML_TEXT - 1] + "\u2026"
            speakers = " and ".join(names.get(a, a) for a in s.speakers)
            cells = (s.id, s.date_text or "undated", speakers, s.mode.value, text, s.article_id)
            rows.append("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in cells) + "</tr>")
        head = "".join(
            f"<th>{h}</th>" for h in ("id", "date", "speaker", "mode", "text", "article")
        )
        count = len(self)
        more = count - len(rows)
        tail = f"<p>&hellip; and {more} more</p>" if more > 0 else ""
        noun = "statement" if count == 1 else "statements"
        return (
            f"<div><p>{count} {noun}</p>"
            f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
            f"{tail}</div>"
        )


def _rebuild(statements: tuple[Statement, ...], corpus: Corpus) -> StatementResults:
    return StatementResults(statements, corpus=corpus)


def _keys(s: Statement, key: str) -> Sequence[str | None]:
    if key == "speaker":
        return s.speakers
    if key == "topic":
        return sorted(s.topics) or [None]
    if key == "agreement":
        return sorted(s.agreements) or [None]
    if key == "article":
        return [s.article_id]
    if key == "event":
        return [s.event_id]
    if key == "mode":
        return [s.mode.value]
    if s.said_on is None:
        return [None]
    if key == "year":
        return [str(s.said_on.year)]
    return [str(s.said_on)[:7]]


def _date_order(key: str) -> tuple[int, int]:
    year, _, month = key.partition("-")
    return int(year), int(month or 0)


def _corpus_order(corpus: Corpus, key: str) -> dict[str, int]:
    if key == "mode":
        return {}
    tables: dict[str, Sequence[Actor | Topic | Agreement | Article | Event]] = {
        "speaker": corpus.actors,
        "topic": corpus.topics,
        "agreement": corpus.agreements,
        "article": corpus.articles,
        "event": corpus.events,
    }
    table = tables[key]
    return {r.id: i for i, r in enumerate(table)}
