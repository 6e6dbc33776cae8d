"""Field declarations the record classes share: references to other records, and spans.

What a field refers to is said once, where the field is declared, as attrs metadata
(``attrs.field(metadata=refers("actors"))``). The corpus validation, the export tables
and the file-format schema all read it from there through :func:`attrs.fields`, so no
rule about references or spans is written twice.
"""

from __future__ import annotations

from typing import Any

import attrs

__all__ = [
    "REFERS",
    "SHARED",
    "SHOWN",
    "SPAN_OF",
    "refers",
    "refers_to",
    "shared",
    "shown",
    "span_of",
    "spanned",
    "vocabulary",
]

REFERS = "asean_corpus.refers"
"""Metadata key: the tables whose record ids the field holds (one or several kinds)."""
SHOWN = "asean_corpus.shown"
"""Metadata key: the field of the referred record that exports show beside the id."""
SPAN_OF = "asean_corpus.span_of"
"""Metadata key of a span: ``(text field, article id field)`` it is checked against."""
SHARED = "asean_corpus.shared"
"""Metadata key: the field's strings come from a small vocabulary, shared between records."""


def refers(*tables: str, shown: str | None = None) -> dict[str, Any]:
    """Metadata of a field holding the id (or ids) of records of ``tables``.

    Args:
        tables: The corpus tables the ids belong to; several mean any of them.
        shown: The attribute of the referred record that exports show in a column
            beside the id (``"name"`` gives ``speaker_name`` beside ``speaker_id``).
    """
    metadata: dict[str, Any] = {REFERS: tables}
    if shown is not None:
        metadata[SHOWN] = shown
    return metadata


def span_of(text: str, article: str) -> dict[str, Any]:
    """Metadata of a span into the body of the article named by field ``article``.

    The corpus checks ``body[span.start:span.end]`` against the field ``text``.
    """
    return {SPAN_OF: (text, article)}


def vocabulary() -> dict[str, Any]:
    """Metadata of a string field whose values repeat across records (a reporting verb).

    Readers keep one string object per value, as they do for ids that refer to records.
    """
    return {SHARED: True}


def refers_to(field: attrs.Attribute[Any]) -> tuple[str, ...]:
    """The tables a field refers to (empty for a field that holds no ids)."""
    found: tuple[str, ...] = field.metadata.get(REFERS, ())
    return found


def shown(field: attrs.Attribute[Any]) -> str | None:
    """The attribute of the referred record that exports show beside the id."""
    found: str | None = field.metadata.get(SHOWN)
    return found


def spanned(field: attrs.Attribute[Any]) -> tuple[str, str] | None:
    """``(text field, article id field)`` of a span field, ``None`` for other fields."""
    found: tuple[str, str] | None = field.metadata.get(SPAN_OF)
    return found


def shared(field: attrs.Attribute[Any]) -> bool:
    """Whether readers share the field's strings between records (ids and vocabularies)."""
    return bool(field.metadata.get(SHARED)) or bool(refers_to(field))
