"""How downstream code type-checks against ``suggest`` and its renderers.

``mypy --strict`` checks this file; it is never run. Each ``assert_type`` pins the type
a user gets back; each ``# type: ignore[...]`` line is a mistake the types must catch.
"""

from __future__ import annotations

import datetime as dt
from typing import assert_type

import asean_corpus as ac
from asean_corpus import Attribution, DateBasis, Mode, PartialDate, Span, Suggestion
from asean_corpus.suggestions import to_json, to_table, to_toml

found = ac.suggest("Kao Kim Hourn said trade would grow.", published=dt.date(2025, 6, 20))
assert_type(found, tuple[Suggestion, ...])
first = found[0]
assert_type(first.span, Span)
assert_type(first.speaker, str)
assert_type(first.speaker_id, str | None)
assert_type(first.mode, Mode)
assert_type(first.said_on, PartialDate | None)
assert_type(first.date_basis, DateBasis)
assert_type(first.topics, tuple[str, ...])
assert_type(first.attribution, Attribution)
assert_type(first.confidence, float)
assert_type(ac.suggest("...", corpus=ac.load(), published="2025-06"), tuple[Suggestion, ...])

assert_type(to_json(found), str)
assert_type(to_table(found, width=80), str)
assert_type(to_toml(found, "text", article_id="a900", published="2025-06-20"), str)

ac.suggest("text", None)  # type: ignore[call-arg]
ac.suggest("text", published=2025)  # type: ignore[arg-type]
to_toml(found, "text")  # type: ignore[call-arg]
first.confidence = 1.0  # type: ignore[misc]
