"""Building a corpus from raw article texts and annotation files.

- :mod:`~asean_corpus.builder.fields`: typed access to TOML tables, every problem kept;
- :mod:`~asean_corpus.builder.passages`: passages into spans, and article bodies cut
  from raw texts;
- :mod:`~asean_corpus.builder.builder`: :func:`build`, annotation files into a corpus.

(The package is ``builder`` because :func:`asean_corpus.build` is the function.)
"""

from __future__ import annotations

from .builder import build
from .passages import closest_passage, cut_body, locate

__all__ = ["build", "closest_passage", "cut_body", "locate"]
