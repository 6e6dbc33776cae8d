"""Dates known to a year, a month or a day (see :mod:`asean_corpus.model.dates`)."""

from __future__ import annotations

from .model.dates import DateLike, PartialDate, Precision, parse_date

__all__ = ["DateLike", "PartialDate", "Precision", "parse_date"]
