"""Bugs found by the property, bad-input and fuzz tests, each pinned by one example."""

from __future__ import annotations

import datetime as dt

from asean_corpus._convert import get_converter


class TestTimeOfDay:
    def test_seconds_survive_a_round_trip(self) -> None:
        """A publication time with seconds is written with them, not cut to minutes."""
        conv = get_converter()
        value = dt.time(0, 0, 0, 1)
        assert "00:00:00.000001" == conv.unstructure(value)
        assert value == conv.structure(conv.unstructure(value), dt.time)

    def test_whole_minutes_stay_short(self) -> None:
        """A time on the minute is still written HH:MM."""
        assert "09:30" == get_converter().unstructure(dt.time(9, 30))
