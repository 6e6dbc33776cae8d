"""Name matching: case- and accent-insensitive keys, and near-match suggestions."""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable, Mapping

_NON_WORD = re.compile(r"[\W_]+")
_LONGEST_QUERY = 1000


def normalize(text: str) -> str:
    """A matching key: accents dropped, case folded, punctuation runs made one space.

    >>> normalize("  Kâo Kim-HOURN ") == normalize("kao kim hourn")
    True
    >>> normalize("People\u2019s Daily") == normalize("People's daily")
    True
    """
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NON_WORD.sub(" ", stripped.casefold()).strip()


def suggest(query: str, names: Mapping[str, str] | Iterable[str], limit: int = 3) -> list[str]:
    """Up to ``limit`` display names closest to ``query``.

    ``names`` maps normalized keys to display names (or is a plain iterable of names).
    """
    if len(query) > _LONGEST_QUERY:  # no name is that long; comparing would take long
        return []
    table = dict(names) if isinstance(names, Mapping) else {normalize(n): n for n in names}
    key = normalize(query)
    close = difflib.get_close_matches(key, list(table), n=limit, cutoff=0.6)
    if not close and key:
        close = [k for k in table if key in k or (k and k in key)][:limit]
    result: list[str] = []
    for k in close:
        if table[k] not in result:
            result.append(table[k])
    return result
