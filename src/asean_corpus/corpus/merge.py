"""Merging two corpora: records by id, identical duplicates kept once, clashes refused."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

import attrs

from ..exceptions import InvalidQueryError, MergeConflictError

if TYPE_CHECKING:
    from .container import Corpus

__all__ = ["MergePolicy", "merge"]


def _differences(first: Any, second: Any) -> str:
    if type(first) is not type(second):
        return f"a {type(first).__name__} in one, a {type(second).__name__} in the other"
    names = [
        f.name
        for f in attrs.fields(type(first))
        if getattr(first, f.name) != getattr(second, f.name)
    ]
    if len(names) == 1 and names[0] not in ("body", "text", "roles", "milestones", "evidence"):
        name = names[0]
        return f"{name} {getattr(first, name)!r} vs {getattr(second, name)!r}"
    return "they differ in " + ", ".join(names)


MergePolicy = Literal["raise", "keep", "replace"]
"""What :meth:`Corpus.merge` does with an id that names different records in the two
corpora: ``"raise"`` refuses the merge, ``"keep"`` keeps the first corpus's record,
``"replace"`` takes the second's (in the first's place in the table)."""

_POLICIES = ("raise", "keep", "replace")


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
    if on_conflict not in _POLICIES:
        valid = ", ".join(map(repr, _POLICIES))
        msg = f"on_conflict: expected one of {valid}, got {on_conflict!r}"[:300]
        raise InvalidQueryError(msg)
    if not isinstance(second, type(first)):
        raise InvalidQueryError(f"merge: expected a Corpus, got {type(second).__name__}")
    tables: dict[str, tuple[Any, ...]] = {}
    clashes: list[tuple[str, str, str]] = []
    for table in (f.name for f in attrs.fields(type(first))):
        records = list(getattr(first, table))
        position = {r.id: i for i, r in enumerate(records)}
        for record in getattr(second, table):
            i = position.get(record.id)
            if i is None:
                position[record.id] = len(records)
                records.append(record)
            elif records[i] != record:
                if on_conflict == "replace":
                    records[i] = record
                elif on_conflict == "raise":
                    clashes.append((table, record.id, _differences(records[i], record)))
        tables[table] = tuple(records)
    if clashes:
        raise MergeConflictError(clashes)
    return type(first)(**tables)
