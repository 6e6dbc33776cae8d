"""Suggested statements: what an annotator would record from a raw news article.

:func:`suggest` proposes the statements of an article as :class:`Suggestion` records;
:func:`to_json`, :func:`to_table` and :func:`to_toml` render them for a program, a
reader, or a draft annotation file that ``asean-corpus build`` reads after review.
The engine and the renderers are imported on first use, so that importing
:mod:`asean_corpus` stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .suggestion import Suggestion, suggest

if TYPE_CHECKING:
    from .render import to_json, to_table, to_toml

__all__ = ["Suggestion", "suggest", "to_json", "to_table", "to_toml"]


def __getattr__(name: str) -> Any:
    if name in {"to_json", "to_table", "to_toml"}:
        from . import render

        return getattr(render, name)
    msg = f"module {__name__!r} has no attribute {name!r}"
    raise AttributeError(msg)
