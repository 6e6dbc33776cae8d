"""Merging two corpora: records by id, identical duplicates kept once, clashes refused."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from ..exceptions import MergeConflictError

if TYPE_CHECKING:
    from .container import Corpus

__all__ = ["merge"]


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


def merge(first: Corpus, second: Corpus) -> Corpus:
    """The records of both corpora in one new, validated corpus.

    Each table holds the records of ``first`` in their order, then those of
    ``second`` whose ids are new. A record present in both under the same id must be
    identical (it is then kept once); otherwise the merge is refused.

    Raises:
        MergeConflictError: Some id names different records in the two corpora;
            every clash is listed with its table and what differs.
        InvalidCorpusError: The merged corpus breaks the corpus rules (a
            reference that neither corpus resolves).
    """
    tables: dict[str, tuple[Any, ...]] = {}
    clashes: list[tuple[str, str, str]] = []
    for table in (f.name for f in attrs.fields(type(first))):
        records = list(getattr(first, table))
        known = {r.id: r for r in records}
        for record in getattr(second, table):
            found = known.get(record.id)
            if found is None:
                known[record.id] = record
                records.append(record)
            elif found != record:
                clashes.append((table, record.id, _differences(found, record)))
        tables[table] = tuple(records)
    if clashes:
        raise MergeConflictError(clashes)
    return type(first)(**tables)
