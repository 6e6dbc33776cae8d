"""The corpus: its records held together, validated, with lookups and queries.

- :mod:`~asean_corpus.corpus.container`: the :class:`Corpus` (no file input or output
  of its own; its ``save`` and ``to_*`` methods hand over to :mod:`asean_corpus.io`);
- :mod:`~asean_corpus.corpus.validation`: the integrity rules, each written once;
- :mod:`~asean_corpus.corpus.merge`: two corpora into one;
- :mod:`~asean_corpus.corpus.diff`: what changed from one corpus to another;
- :mod:`~asean_corpus.corpus.results`: the result of a statement query.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from .container import Corpus
from .results import CountKey, StatementResults

if TYPE_CHECKING:
    from .diff import ChangeKind, CorpusDiff, FieldChange, RecordChange, diff

__all__ = [
    "ChangeKind",
    "Corpus",
    "CorpusDiff",
    "CountKey",
    "FieldChange",
    "RecordChange",
    "StatementResults",
    "diff",
]

_DIFF = frozenset({"ChangeKind", "CorpusDiff", "FieldChange", "RecordChange", "diff"})


def __getattr__(name: str) -> Any:
    # The diff is imported when first named: loading and querying do not use it.
    if name in _DIFF:
        value = getattr(import_module(".diff", __name__), name)
        globals()[name] = value
        return value
    msg = f"module {__name__!r} has no attribute {name!r}"
    raise AttributeError(msg)
