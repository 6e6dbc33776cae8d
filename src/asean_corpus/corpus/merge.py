"""Merging two corpora: records by id, identical duplicates kept once, clashes refused.

:func:`combine` does the work on tables of records, so that :func:`merge` (two
corpora) and :func:`asean_corpus.build` with a ``base`` (a corpus and the records of
annotation files, which resolve only together) share it; clashes stay values
(:class:`Clash`) until each caller reports them in its own terms.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, cast

import attrs

from ..exceptions import InvalidQueryError, MergeConflictError

if TYPE_CHECKING:
    from .container import Corpus

__all__ = ["Clash", "MergePolicy", "check_policy", "combine", "merge"]


MergePolicy = Literal["raise", "keep", "replace"]
"""What :meth:`Corpus.merge` does with an id that names different records in the two
corpora: ``"raise"`` refuses the merge, ``"keep"`` keeps the first corpus's record,
``"replace"`` takes the second's (in the first's place in the table)."""

_POLICIES = ("raise", "keep", "replace")


@attrs.frozen(kw_only=True)
class Clash:
    """One id naming different records in the two inputs of :func:`combine`.

    Attributes:
        table: The table (``"actors"``).
        id: The id both records have.
        first: The record of the first input.
        second: The record of the second input.
    """

    table: str
    id: str
    first: Any
    second: Any

    @property
    def fields(self) -> tuple[str, ...]:
        """The fields whose values differ; ``()`` for records of different types."""
        if type(self.first) is not type(self.second):
            return ()
        return tuple(
            f.name
            for f in attrs.fields(type(self.first))
            if getattr(self.first, f.name) != getattr(self.second, f.name)
        )

    def detail(self) -> str:
        """What differs, in words: ``name 'A' vs 'B'``, or the names of the fields."""
        first, second = self.first, self.second
        if type(first) is not type(second):
            return f"a {type(first).__name__} in one, a {type(second).__name__} in the other"
        names = self.fields
        if len(names) == 1 and names[0] not in ("body", "text", "roles", "milestones", "evidence"):
            name = names[0]
            return f"{name} {getattr(first, name)!r} vs {getattr(second, name)!r}"
        return "they differ in " + ", ".join(names)


def check_policy(on_conflict: object) -> MergePolicy:
    """``on_conflict`` if it is a policy.

    Raises:
        InvalidQueryError: It is not one of ``"raise"``, ``"keep"``, ``"replace"``.
    """
    if isinstance(on_conflict, str) and on_conflict in _POLICIES:
        return cast("MergePolicy", on_conflict)
    valid = ", ".join(map(repr, _POLICIES))
    msg = f"on_conflict: expected one of {valid}, got {on_conflict!r}"[:300]
    raise InvalidQueryError(msg)


def combine(
    first: Mapping[str, Sequence[Any]],
    second: Mapping[str, Sequence[Any]],
    *,
    on_conflict: MergePolicy = "raise",
) -> tuple[dict[str, tuple[Any, ...]], tuple[Clash, ...]]:
    """The records of two sets of tables, by id, and the ids that clash.

    Each table holds the records of ``first`` in their order, then those of
    ``second`` whose ids ``first`` does not have. A record present in both under the
    same id is kept once when the two are equal. When they differ, ``on_conflict`` decides which is
    kept (``"raise"`` keeps the first's), and the clash is returned either way: with
    ``"raise"`` the caller refuses the result. Nothing is validated here.

    Args:
        first: Records by table name (``"actors"``, ``"statements"``, ...).
        second: The same for the second input; a table may be missing from either.
        on_conflict: ``"raise"``, ``"keep"`` or ``"replace"``.
    """
    check_policy(on_conflict)
    tables: dict[str, tuple[Any, ...]] = {}
    clashes: list[Clash] = []
    for table in dict.fromkeys([*first, *second]):
        records = list(first.get(table, ()))
        # Only the first's ids: an id repeated within the second is left for the
        # corpus rules to report as a duplicate, not taken for a clash.
        position = {r.id: i for i, r in enumerate(records)}
        for record in second.get(table, ()):
            i = position.get(record.id)
            if i is None:
                records.append(record)
            elif records[i] != record:
                clashes.append(Clash(table=table, id=record.id, first=records[i], second=record))
                if on_conflict == "replace":
                    records[i] = record
        tables[table] = tuple(records)
    return tables, tuple(clashes)


def _tables(corpus: Corpus) -> dict[str, tuple[Any, ...]]:
    return {f.name: getattr(corpus, f.name) for f in attrs.fields(type(corpus))}


def merge(first: Corpus, second: Corpus, *, on_conflict: MergePolicy = "raise") -> Corpus:
    """The records of both corpora in one new, validated corpus.

    Each table holds the records of ``first`` in their order, then those of
    ``second`` whose ids are new. A record present in both under the same id is kept
    once when the two are equal; when they differ, ``on_conflict`` decides.

    Raises:
        MergeConflictError: With ``on_conflict="raise"``, some id names different
            records in the two corpora; every clash is listed with its table, id and
            the fields that differ.
        InvalidQueryError: ``on_conflict`` is not one of the policies.
        InvalidCorpusError: The merged corpus breaks the corpus rules (a reference
            that neither corpus resolves).
    """
    check_policy(on_conflict)
    if not isinstance(second, type(first)):
        raise InvalidQueryError(f"merge: expected a Corpus, got {type(second).__name__}")
    tables, clashes = combine(_tables(first), _tables(second), on_conflict=on_conflict)
    if clashes and on_conflict == "raise":
        raise MergeConflictError((c.table, c.id, c.detail()) for c in clashes)
    return type(first)(**tables)
