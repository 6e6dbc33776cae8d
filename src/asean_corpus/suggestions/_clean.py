"""A working copy of the text, cleaned without moving any character.

Every rule of the engine reads the working copy, and every span it reports indexes the
original text: stray characters of scraped pages (no-break and zero-width spaces, a
mojibake ``Â``, replacement characters, HTML entities) become spaces or the mark they
stand for, padded with spaces to the same length.
"""

from __future__ import annotations

import re

__all__ = ["clean"]

_CHARS = {
    **{c: " " for c in range(0x20) if c != 0x0A},
    0x7F: " ",
    0x00A0: " ",
    0x00AD: " ",
    0x200B: " ",
    0x200C: " ",
    0x200D: " ",
    0x200E: " ",
    0x200F: " ",
    0x2060: " ",
    0xFEFF: " ",
    0xFFFD: " ",
    0x2028: "\n",
    0x2029: "\n",
    0x0085: "\n",
    0x2009: " ",
    0x202F: " ",
    0x3000: " ",
}
_TABLE = str.maketrans(_CHARS)

_ENTITY = re.compile(r"&(?:#\d{2,5}|[a-z]{2,6});")
_ENTITIES = {
    "&quot;": '"',
    "&amp;": "&",
    "&nbsp;": " ",
    "&ldquo;": "\u201c",
    "&rdquo;": "\u201d",
    "&lsquo;": "\u2018",
    "&rsquo;": "\u2019",
    "&apos;": "'",
    "&#39;": "'",
    "&#34;": '"',
    "&#8220;": "\u201c",
    "&#8221;": "\u201d",
    "&#8216;": "\u2018",
    "&#8217;": "\u2019",
    "&#160;": " ",
}
_MOJIBAKE = re.compile("\u00c2(?=[ \u00a0])")


def _entity(match: re.Match[str]) -> str:
    found = _ENTITIES.get(match[0])
    if found is None:
        return match[0]
    return found + " " * (len(match[0]) - 1)


def clean(text: str) -> str:
    """The working copy of ``text``: same length, stray characters made harmless.

    >>> clean("Kao\\u00a0said &quot;yes&quot;\\u200b.")
    'Kao said "     yes"      .'
    >>> len(clean("a&amp;b")) == len("a&amp;b")
    True
    """
    work = _MOJIBAKE.sub(" ", text) if "\u00c2" in text else text
    work = work.translate(_TABLE)
    if "&" in work:
        work = _ENTITY.sub(_entity, work)
    return work
