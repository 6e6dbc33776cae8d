"""The corpus: its records held together, validated, with lookups and queries.

- :mod:`~asean_corpus.corpus.container`: the :class:`Corpus` (no file input or output
  of its own; its ``save`` and ``to_*`` methods hand over to :mod:`asean_corpus.io`);
- :mod:`~asean_corpus.corpus.validation`: the integrity rules, each written once;
- :mod:`~asean_corpus.corpus.merge`: two corpora into one;
- :mod:`~asean_corpus.corpus.diff`: what changed from one corpus to another;
- :mod:`~asean_corpus.corpus.results`: the result of a statement query.
"""

from __future__ import annotations

from .container import Corpus
from .diff import ChangeKind, CorpusDiff, FieldChange, RecordChange, diff
from .results import CountKey, StatementResults

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
