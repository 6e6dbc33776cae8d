"""Suggested statements: what an annotator would record from a raw news article.

:func:`suggest` proposes the statements of an article as :class:`Suggestion` records;
:func:`to_json`, :func:`to_table` and :func:`to_toml` render them for a reader, a
program, or a draft annotation file that ``asean-corpus build`` reads after review.
"""

from __future__ import annotations

from .engine import suggest
from .render import to_json, to_table, to_toml
from .suggestion import Suggestion

__all__ = ["Suggestion", "suggest", "to_json", "to_table", "to_toml"]
