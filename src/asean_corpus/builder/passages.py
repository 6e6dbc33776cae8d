"""Passages: finding annotated text in an article body, and cutting the body out.

Annotations give passages as the exact text they cover; these functions turn them
into spans, suggest the closest passage when one is not found, and cut the article
body from its raw text by whole-line rules.
"""

from __future__ import annotations

import bisect
import difflib
import re
from collections.abc import Iterable

from ..model import Span

__all__ = ["closest_passage", "cut_body", "locate", "nearest", "word_pattern"]


def word_pattern(text: str) -> re.Pattern[str]:
    """A regex of ``text`` as whole words: not inside a longer word at either end."""
    left = r"(?<!\w)" if text[:1].isalnum() else ""
    right = r"(?!\w)" if text[-1:].isalnum() else ""
    return re.compile(left + re.escape(text) + right)


def locate(body: str, passage: str, occurrence: int = 1) -> Span | None:
    """The span of the ``occurrence``-th exact (whole-word) occurrence of ``passage``."""
    if not passage:
        return None
    for n, match in enumerate(word_pattern(passage).finditer(body), start=1):
        if n == occurrence:
            return Span(match.start(), match.end())
    return None


_WORD_START = re.compile('(?<=[\\s"\u201c\u2018(])(?=\\S)')
_WORD_END = re.compile('(?<=\\S)(?=[\\s.,;:!?"\u201d\u2019)]|$)')


def _anchored_starts(body: str, passage: str, starts: list[int], slack: int) -> list[int]:
    """Word starts near places where a run of the passage's words occurs in ``body``.

    A passage with a typo still shares most of its three-word runs with the text it
    was meant to be; aligning on them keeps the search short for long passages.
    """
    words = list(re.finditer(r"\S+", passage))
    offsets: set[int] = set()
    for n in (3, 1):
        for i in range(len(words) - n + 1):
            first, last = words[i], words[i + n - 1]
            if n == 1 and len(first[0]) < 5:
                continue
            piece = passage[first.start() : last.end()]
            offsets.update(m.start() - first.start() for m in re.finditer(re.escape(piece), body))
        if offsets:
            break
    chosen: set[int] = set()
    for offset in offsets:
        lo = bisect.bisect_left(starts, offset - slack)
        hi = bisect.bisect_right(starts, offset + slack)
        chosen.update(starts[lo:hi])
    return sorted(chosen)


def closest_passage(body: str, passage: str) -> str | None:
    """The passage of ``body`` most like ``passage``, to suggest when it is not found.

    Candidates start and end at word boundaries and are about as long as ``passage``;
    their starts are aligned on runs of words the two share, when there are any.
    """
    size = len(passage)
    if not size or not body:
        return None
    starts = sorted({0} | {m.start() for m in _WORD_START.finditer(body)})
    ends = sorted({len(body)} | {m.start() for m in _WORD_END.finditer(body)})
    slack = max(3, size // 5)
    anchored = _anchored_starts(body, passage, starts, max(12, size // 3))
    if anchored:
        starts = anchored
    elif len(passage.split()) > 3:
        return None  # shares no word run and no long word with the text: no near miss
    best, best_score = None, 0.0
    matcher = difflib.SequenceMatcher(autojunk=False)
    matcher.set_seq2(passage)
    for start in starts:
        lo = bisect.bisect_left(ends, start + size - slack)
        hi = bisect.bisect_right(ends, start + size + slack)
        for end in ends[lo:hi] or [min(len(body), start + size)]:
            window = body[start:end]
            matcher.set_seq1(window)
            if matcher.real_quick_ratio() <= best_score or matcher.quick_ratio() <= best_score:
                continue
            score = matcher.ratio()
            if score > best_score:
                best, best_score = window, score
    return best if best_score >= 0.5 else None


def nearest(body: str, text: str, anchor: int) -> Span | None:
    """The whole-word occurrence of ``text`` nearest before ``anchor`` (else after)."""
    before: Span | None = None
    after: Span | None = None
    for match in word_pattern(text).finditer(body):
        if match.start() < anchor:
            before = Span(match.start(), match.end())
        elif after is None:
            after = Span(match.start(), match.end())
    return before or after


def cut_body(raw: str, first_line: str, last_line: str | None, drop_lines: Iterable[str]) -> str:
    """Cut an article body out of its raw text by whole-line rules.

    The body runs from the first line starting with ``first_line`` to the first line
    after it starting with ``last_line`` (or to the end), without the lines starting
    with any of ``drop_lines``. Runs of blank lines become one blank line. The text of
    every kept line is unchanged.

    Raises:
        ValueError: A rule matches no line; the message says which.
    """
    lines = raw.split("\n")
    first = next((i for i, line in enumerate(lines) if line.startswith(first_line)), None)
    if first is None:
        raise ValueError(f"first_line {first_line!r} starts no line of the raw text")
    last = len(lines) - 1
    if last_line is not None:
        found = next((i for i in range(first, len(lines)) if lines[i].startswith(last_line)), None)
        if found is None:
            raise ValueError(f"last_line {last_line!r} starts no line after first_line")
        last = found
    drops = list(drop_lines)
    unused = set(drops)
    kept: list[str] = []
    for line in lines[first : last + 1]:
        rule = next((d for d in drops if line.startswith(d)), None)
        if rule is not None:
            unused.discard(rule)
            continue
        if not line.strip():
            if kept and kept[-1].strip():
                kept.append("")
            continue
        kept.append(line)
    if unused:
        names = ", ".join(repr(d) for d in drops if d in unused)
        raise ValueError(f"drop_lines {names} start no line of the body")
    while kept and not kept[-1].strip():
        kept.pop()
    return "\n".join(kept)
