"""Pausing the cyclic garbage collector while many records are made at once."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["paused"]


@contextmanager
def paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for the block, then restore its state.

    Records hold no reference cycles, so nothing is left for the collector to find;
    but each run of it walks every tracked object made so far, and making a million
    records sets off enough runs to cost more than making them.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
