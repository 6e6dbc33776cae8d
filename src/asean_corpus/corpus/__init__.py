"""The corpus: its records held together, validated, with lookups and queries.

- :mod:`~asean_corpus.corpus.container`: the :class:`Corpus` (no file input or output
  of its own; its ``save`` and ``to_*`` methods hand over to :mod:`asean_corpus.io`);
- :mod:`~asean_corpus.corpus.validation`: the integrity rules, each written once;
- :mod:`~asean_corpus.corpus.merge`: two corpora into one;
- :mod:`~asean_corpus.corpus.diff`: what changed from one corpus to another;
- :mod:`~asean_corpus.corpus.results`: the result of a statement query.

The names of :mod:`~asean_corpus.corpus.diff` are imported on first use: loading and
querying a corpus do not need them.
"""

from __future__ import annotations

import sys
import types
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

_FROM_DIFF = frozenset({"ChangeKind", "CorpusDiff", "FieldChange", "RecordChange", "diff"})


def __getattr__(name: str) -> Any:
    if name not in _FROM_DIFF:
        msg = f"module {__name__!r} has no attribute {name!r}"
        raise AttributeError(msg)
    value = getattr(import_module(".diff", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


class _Package(types.ModuleType):
    """This package, whose name ``diff`` is the function, never its module.

    Importing the module ``asean_corpus.corpus.diff`` binds its name in this package,
    as every import of a submodule does; here the function takes its place.
    """

    def __setattr__(self, name: str, value: object) -> None:
        if name == "diff" and isinstance(value, types.ModuleType):
            value = value.diff
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
