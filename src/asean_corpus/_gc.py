"""Pausing the cyclic garbage collector while many records are made at once."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["MANY", "paused"]

MANY = 50_000
"""New tracked objects after which a paused block hands them to the oldest generation."""


@contextmanager
def paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for the block, then restore its state.

    Records hold no reference cycles, so nothing is left for the collector to find;
    but each run of it walks every tracked object made so far, and making a million
    records sets off enough runs to cost more than making them.

    When the block made at least :data:`MANY` tracked objects, they are moved to the
    collector's oldest generation before it is turned back on (``gc.freeze()`` then
    ``gc.unfreeze()``, which only relinks lists); otherwise the first collection after
    the block would walk every one of them at once, about a tenth of a load's time.
    They are examined again by the next full collection, as any long-lived object is.
    A program that keeps objects frozen itself (``gc.get_freeze_count()`` above zero,
    before forking workers, say) is left as it is.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            if gc.get_count()[0] >= MANY and gc.get_freeze_count() == 0:
                gc.freeze()
                gc.unfreeze()
            gc.enable()
