"""Quotations, sentences and word tokens of one paragraph.

Quotation marks are paired first, so that a quotation of several sentences stays
whole and a sentence is never cut inside one. Straight and curly double quotes are
paired; curly single quotes too, when no double quotation is open. An opening mark
left unclosed at the end of the paragraph runs to its end only when it opens the
paragraph (the convention for a quotation continued in the next paragraph);
otherwise it is a stray character and ignored.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import cache

import attrs

from ._lexicon import words

__all__ = [
    "Token",
    "inside",
    "nested_pairs",
    "pair_quotes",
    "quotes_in",
    "split_sentences",
    "tokens",
]

OPENING = "\u201c\u201e\u00ab"
CLOSING = "\u201d\u00bb"
QUOTES = '"' + OPENING + CLOSING

_NUMBERED = frozenset({"no", "nos", "vol", "p", "pp", "fig", "art", "para"})
"""Abbreviations only before a number ("No. 5")."""

_ABBREVIATIONS = words(
    """
    mr mrs ms dr prof st gen col lt sen rep gov sgt capt cmdr adm jan feb mar apr jun
    jul aug sep sept oct nov dec vs etc e.g i.e u.s u.k u.n inc ltd co corp jr sr dept
    est approx ph.d h.e mt ft atty engr ir ts bro hon rt
    """
)


@attrs.frozen
class Token:
    """A word: its offsets and text (a trailing full stop kept only on abbreviations)."""

    start: int
    end: int
    text: str

    @property
    def key(self) -> str:
        """The lowercase word without a trailing full stop, for lexicon lookups."""
        return self.text.lower().rstrip(".")


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    return {
        "token": re.compile(r"(?:[^\W\d_]\.){2,}|[^\W_](?:[\w'\u2019&-]{0,60}[\w\u2019])?"),
        "split": re.compile(
            # from the start of a run of marks only, and without giving any back: tried
            # at each mark of a long run ("....."), the search took time in its square
            r"(?<![.!?\u2026])[.!?\u2026]++[\"\u201d\u2019')\]]*+(?=\s+[\"\u201c\u2018(\[]*[A-Z0-9])"
            r"|(?<=[a-z]{3})[.!?](?=[A-Z][a-z])"
        ),
        "attribution_after": re.compile(
            r"\s+(?:[A-Z][\w.'\u2019-]*\s+){1,4}(?:said|says|asked|asks|added|adds|told|tells"
            r"|wrote|writes|replied|replies|recalled|explained|noted|insisted|wondered)\b[,.]"
        ),
    }


def pair_quotes(work: str, start: int, end: int) -> list[tuple[int, int]]:
    """Pairs of (opening mark, closing mark) offsets in ``work[start:end]``.

    An unclosed quotation that opens the paragraph runs to ``end``, and so does one
    that the next paragraph reopens (a quotation over several paragraphs).

    >>> text = 'He said "we agree" and left. \u201cFine,\u201d she said.'
    >>> [text[a + 1 : b] for a, b in pair_quotes(text, 0, len(text))]
    ['we agree', 'Fine,']
    """
    pairs: list[tuple[int, int]] = []
    open_at = -1
    mark = ""
    single_at = -1
    i = start
    while i < end:
        ch = work[i]
        if open_at < 0:
            if ch in OPENING or (ch == '"' and _may_open(work, i, start)):
                open_at, mark = i, ch
                single_at = -1
            elif ch == "\u2018" and (i == start or not work[i - 1].isalnum()):
                single_at = i if single_at < 0 else single_at
            elif ch == "\u2019" and single_at >= 0 and (i + 1 >= end or not work[i + 1].isalnum()):
                if i - single_at > 1:
                    pairs.append((single_at, i))
                single_at = -1
        elif (mark == '"' and ch == '"') or (mark != '"' and ch in CLOSING + '"'):
            if i > open_at + 1:
                pairs.append((open_at, i))
            open_at = -1
        i += 1
    if open_at >= 0 and work[start:open_at].strip() == "":
        pairs.append((open_at, end))
    elif open_at >= 0 and work[end : end + 8].lstrip()[:1] in OPENING + '"':
        # a quotation that runs on into the next paragraph, which reopens it
        pairs.append((open_at, end))
    return pairs


def nested_pairs(work: str, start: int, end: int) -> list[tuple[int, int]]:
    """Single quotation marks paired inside a quotation ``work[start:end]``: curly ones,
    and straight ones that open before a word and close after one (never an apostrophe
    inside a word, "don't").

    >>> text = "I told her: 'It will not give you a job. But it is a door.' Don't wait."
    >>> [text[a + 1 : b] for a, b in nested_pairs(text, 0, len(text))]
    ['It will not give you a job. But it is a door.']
    """
    pairs: list[tuple[int, int]] = []
    open_at = -1
    for i in range(start, end):
        ch = work[i]
        before = work[i - 1] if i > start else " "
        after = work[i + 1] if i + 1 < end else " "
        if ch not in "'\u2018\u2019":
            continue
        if open_at < 0:
            if ch in "'\u2018" and not before.isalnum() and (after.isalnum() or after in OPENING):
                open_at = i
        elif ch in "'\u2019" and not after.isalnum() and not before.isspace():
            if i - open_at > 2:
                pairs.append((open_at, i))
            open_at = -1
    return pairs


def _may_open(work: str, i: int, start: int) -> bool:
    """Whether a straight quote at ``i`` can open a quotation (not a closing stray)."""
    before = work[i - 1] if i > start else " "
    after = work[i + 1] if i + 1 < len(work) else " "
    return (not before.isalnum() or before in "(") and not after.isspace()


def inside(pos: int, quotes: Sequence[tuple[int, int]]) -> bool:
    """Whether ``pos`` is strictly inside one of ``quotes`` (ordered, not overlapping)."""
    k = bisect_right(quotes, (pos, 0)) - 1
    return k >= 0 and quotes[k][0] < pos < quotes[k][1]


def quotes_in(quotes: Sequence[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """The quotations of ``quotes`` that overlap ``[start, end)``."""
    k = max(0, bisect_right(quotes, (start, 0)) - 1)
    out = []
    while k < len(quotes) and quotes[k][0] < end:
        if quotes[k][1] > start:
            out.append(quotes[k])
        k += 1
    return out


def split_sentences(
    work: str, start: int, end: int, quotes: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Sentences of ``work[start:end]`` as offsets, never cut inside a quotation.

    >>> text = 'Dr. Lee said "Yes. No." Then he left.The end'
    >>> [text[a:b] for a, b in split_sentences(text, 0, len(text), pair_quotes(text, 0, len(text)))]
    ['Dr. Lee said "Yes. No."', 'Then he left.', 'The end']
    """
    cuts: list[int] = []
    for match in _patterns()["split"].finditer(work, start, end):
        cut = match.end()
        mark = match.start()
        if inside(mark, quotes) and inside(cut - 1, quotes):
            continue
        if (
            work[mark] in "?!"
            and inside(mark, quotes)
            and _patterns()["attribution_after"].match(work, cut, min(end, cut + 80))
        ):
            continue  # '"Who pays?" Ana Cruz asked.': the attribution ends the sentence
        word = re.search(r"[\w.'\u2019-]*$", work[max(start, mark - 12) : mark])
        before = word[0].lower() if word else ""
        numbered = before in _NUMBERED and work[cut:end].lstrip()[:1].isdigit()
        if work[mark] == "." and (
            numbered
            or before in _ABBREVIATIONS
            or (len(before) == 1 and before.isalpha())
            or re.fullmatch(r"(?:[a-z]\.)+[a-z]?", before)
        ):
            continue
        cuts.append(cut)
    out: list[tuple[int, int]] = []
    lo = start
    for cut in [*cuts, end]:
        a, b = lo, cut
        while a < b and work[a].isspace():
            a += 1
        while b > a and work[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))
        lo = cut
    return out


def tokens(work: str, start: int, end: int) -> list[Token]:
    """The words of ``work[start:end]``; initials and abbreviations keep their full stop.

    >>> [t.text for t in tokens("Peter T. C. Chang, U.S. envoy, said.", 0, 36)]
    ['Peter', 'T.', 'C.', 'Chang', 'U.S.', 'envoy', 'said']
    """
    out = []
    for match in _patterns()["token"].finditer(work, start, end):
        a, b = match.start(), match.end()
        text = match[0]
        if (
            b < end
            and work[b] == "."
            and (len(text) == 1 or "." in text or text.lower() in _ABBREVIATIONS)
        ):
            b += 1
            text += "."
        out.append(Token(a, b, text))
    return out
