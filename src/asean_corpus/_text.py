"""Name matching: case- and accent-insensitive keys, and near-match suggestions."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping

_LONGEST_QUERY = 1000


_ASCII_SPACES = {code: " " for code in range(128) if not chr(code).isalnum()}
"""Every ASCII character that is not a letter or a digit, to a space."""


def _accented(base: str) -> bool:
    """Whether marks on this letter are accents to ignore: Latin, Greek and Cyrillic.

    In those scripts a combining mark is an accent ("â" is "a"). In Thai, Khmer,
    Burmese or Devanagari a combining mark is a vowel or tone, part of the word
    ("นิด" and "นัด" are different names), and is kept.
    """
    code = ord(base)
    return code < 0x0530 or 0x1D00 <= code < 0x1F00 or 0x1F00 <= code < 0x2000


def normalize(text: str) -> str:
    """A matching key: accents dropped, case folded, punctuation runs made one space.

    Accents are the combining marks on Latin, Greek and Cyrillic letters; the marks
    that write vowels and tones in other scripts are kept.

    >>> normalize("  Kâo Kim-HOURN ")
    'kao kim hourn'
    >>> normalize("People\u2019s Daily")
    'people s daily'
    >>> normalize("\u0e19\u0e34\u0e14") == normalize("\u0e19\u0e31\u0e14")
    False
    >>> normalize("KILI\u00c7ARSLAN") == normalize("K\u0131l\u0131\u00e7arslan")
    True
    """
    if text.isascii():  # no accents, no marks: the same key, without a pass per character
        return " ".join(text.lower().translate(_ASCII_SPACES).split())
    kept: list[str] = []
    accented = True
    for ch in unicodedata.normalize("NFKD", text):
        if unicodedata.category(ch).startswith("M"):
            if not accented:
                kept.append(ch)
            continue
        accented = _accented(ch)
        kept.append(ch)
    folded = "".join(kept).casefold().replace("\u0131", "i")  # the Turkish dotless i (U+0131)
    words = "".join(
        ch if ch.isalnum() or unicodedata.category(ch).startswith("M") else " " for ch in folded
    )
    return " ".join(words.split())


def suggest(query: str, names: Mapping[str, str] | Iterable[str], limit: int = 3) -> list[str]:
    """Up to ``limit`` display names closest to ``query``.

    ``names`` maps normalized keys to display names (or is a plain iterable of names).
    """
    if len(query) > _LONGEST_QUERY:  # no name is that long; comparing would take long
        return []
    table = dict(names) if isinstance(names, Mapping) else {normalize(n): n for n in names}
    key = normalize(query)
    import difflib  # for a mistyped name only

    close = difflib.get_close_matches(key, list(table), n=limit, cutoff=0.6)
    if not close and key:
        close = [k for k in table if key in k or (k and k in key)][:limit]
    result: list[str] = []
    for k in close:
        if table[k] not in result:
            result.append(table[k])
    return result
