"""The pause of the cyclic garbage collector around bulk work: state restored, nothing lost."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator

import pytest

from asean_corpus._gc import MANY, paused


class Node:
    def __init__(self) -> None:
        self.me = self  # a reference cycle: only the cyclic collector frees it


@pytest.fixture(autouse=True)
def collector() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.enable()
    yield
    gc.unfreeze()
    if not enabled:  # pragma: no cover - pytest runs with the collector on
        gc.disable()


def test_state_restored() -> None:
    with paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    with paused():
        pass
    assert not gc.isenabled()
    gc.enable()


def test_many_new_objects_are_handed_to_the_oldest_generation() -> None:
    with paused():
        made = [[] for _ in range(MANY * 2)]
    assert gc.get_count()[0] < MANY
    assert any(obj is made[-1] for obj in gc.get_objects(generation=2))


def test_a_cycle_made_inside_is_still_collected() -> None:
    with paused():
        node = Node()
        ref = weakref.ref(node)
        filler = [[] for _ in range(MANY * 2)]
    del node, filler
    assert ref() is not None
    gc.collect()
    assert ref() is None


def test_objects_frozen_by_the_program_stay_frozen() -> None:
    gc.freeze()
    frozen = gc.get_freeze_count()
    assert frozen > 0
    with paused():
        made = [[] for _ in range(MANY * 2)]
    assert gc.get_freeze_count() == frozen
    del made
