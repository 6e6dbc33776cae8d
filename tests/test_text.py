"""Name keys: the matching rule behind every lookup by name, checked on written-out keys."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests._rules import fold

from asean_corpus._text import normalize


class TestNormalize:
    @pytest.mark.parametrize(
        ("text", "key"),
        [
            ("  Kâo Kim-HOURN ", "kao kim hourn"),
            ("People\u2019s Daily", "people s daily"),
            ("Nguyễn Phú Trọng", "nguyen phu trong"),
            ("Ana Ñúñez", "ana nunez"),
            ("ASEAN\u2013China", "asean china"),
            ("Straße", "strasse"),
            ("İstanbul", "istanbul"),
            ("ACFTA 3.0", "acfta 3 0"),
            ("Secretary-General, of the  (Bloc)", "secretary general of the bloc"),
            ("snake_case", "snake case"),
            ("\u201cquoted\u201d", "quoted"),
            ("", ""),
            ("-- ...", ""),
        ],
    )
    def test_key(self, text: str, key: str) -> None:
        """Accents are dropped, case folded, and each run of punctuation or space is one space."""
        assert key == normalize(text)

    @given(st.text(alphabet=st.characters(max_codepoint=127)))
    def test_ascii_keys_follow_the_rule(self, text: str) -> None:
        """ASCII text (read without a pass per character) gets the key of the general rule."""
        assert fold(text) == normalize(text)

    def test_different_words_stay_apart(self) -> None:
        """Names that differ in more than case, accents or punctuation get different keys."""
        assert normalize("Kao Kim Hourn") != normalize("Kao Kim Horn")
        assert normalize("ACFTA 3.0") != normalize("ACFTA 2.0")
