"""Passages: finding annotated text in an article body, and cutting the body out.

Annotations give passages as the exact text they cover; these functions turn them
into spans, suggest the closest passage when one is not found, and cut the article
body from its raw text by whole-line rules.
"""

from __future__ import annotations

import bisect
import difflib
import re
import time
from collections import Counter
from collections.abc import Callable, Iterable

from ..model import Span

__all__ = ["closest_passage", "cut_body", "locate", "nearest", "occurrences", "word_pattern"]


def word_pattern(text: str) -> re.Pattern[str]:
    """A regex of ``text`` as whole words: not inside a longer word at either end."""
    left = r"(?<!\w)" if text[:1].isalnum() else ""
    right = r"(?!\w)" if text[-1:].isalnum() else ""
    return re.compile(left + re.escape(text) + right)


def occurrences(body: str, text: str) -> list[int]:
    """Where ``text`` occurs in ``body`` as whole words (as :func:`word_pattern` finds it),
    by plain search: a long passage is never compiled into a regex."""
    if not text:
        return []
    left = text[:1].isalnum()
    right = text[-1:].isalnum()
    found = []
    pos = body.find(text)
    while pos != -1:
        end = pos + len(text)
        before = body[pos - 1 : pos]
        after = body[end : end + 1]
        ok_left = not (left and before and _is_word(before))
        ok_right = not (right and after and _is_word(after))
        if ok_left and ok_right:
            found.append(pos)
            pos = body.find(text, end)
        else:
            pos = body.find(text, pos + 1)
    return found


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def locate(body: str, passage: str, occurrence: int = 1) -> Span | None:
    """The span of the ``occurrence``-th exact (whole-word) occurrence of ``passage``."""
    found = occurrences(body, passage)
    if not 1 <= occurrence <= len(found):
        return None
    start = found[occurrence - 1]
    return Span(start, start + len(passage))


_WORD_START = re.compile('(?<=[\\s"\u201c\u2018(])(?=\\S)')
_WORD_END = re.compile('(?<=\\S)(?=[\\s.,;:!?"\u201d\u2019)]|$)')


CLOSEST_SECONDS = 0.3
"""How long :func:`closest_passage` may compare candidates before it answers with the
best one found so far."""

_LONGEST_PASSAGE = 20_000  # no passage longer is compared (nor longer than twice the body)
_REGIONS = 8  # places in the body compared in detail
_STARTS = 6  # word starts tried around each place
_ENDS = 24  # word ends tried for the best start


def _places(body: str, passage: str) -> list[int]:
    """Offsets in ``body`` where the passage most likely lies, most votes first.

    Every run of three words of the passage (of single long words, or of three
    characters for a passage of one or two words) found in the body votes for where
    the passage would start; the offsets with most votes win. A passage with a typo
    still shares most of its runs with the text it was meant to be, and a text that
    repeats itself gives equal votes to its copies, so the count stays small.
    """
    words = list(re.finditer(r"\S+", passage))
    levels: list[list[tuple[int, str]]] = []
    for n in (3, 1):
        level = []
        for i in range(len(words) - n + 1):
            first, last = words[i], words[i + n - 1]
            if n == 1 and len(first[0]) < 5:
                continue
            level.append((first.start(), passage[first.start() : last.end()]))
        levels.append(level)
    if len(words) <= 3:
        levels.append([(i, passage[i : i + 3]) for i in range(min(len(passage) - 2, 400))])
    votes: Counter[int] = Counter()
    for runs in levels:
        for at, piece in runs[:400]:
            found = 0
            pos = body.find(piece)
            while pos != -1 and found < 2000:
                votes[(pos - at) // 8] += 1
                found += 1
                pos = body.find(piece, pos + 1)
        if votes:
            break
    return [bucket * 8 for bucket, _ in votes.most_common(_REGIONS)]


def _score(passage: str, long: bool) -> Callable[[str], float]:
    """How like ``passage`` a candidate is, from 0 to 1: by characters for a short
    passage, by words for a long one (as exact, and much faster)."""
    matcher = difflib.SequenceMatcher(autojunk=False)
    matcher.set_seq2(passage.split() if long else passage)

    def score(candidate: str) -> float:
        matcher.set_seq1(candidate.split() if long else candidate)
        if matcher.real_quick_ratio() < 0.5 or matcher.quick_ratio() < 0.5:
            return 0.0
        return matcher.ratio()

    return score


def closest_passage(body: str, passage: str) -> str | None:
    """The passage of ``body`` most like ``passage``, to suggest when it is not found.

    Candidates start and end at word boundaries and are about as long as ``passage``;
    they are looked for where runs of the passage's words (or characters) occur in
    the body, a few places only, and the search ends after :data:`CLOSEST_SECONDS`,
    so a long body, a long passage or a text that repeats itself cannot make it slow.
    """
    size = len(passage)
    if not size or not body or size > max(2 * len(body), _LONGEST_PASSAGE):
        return None  # no part of the body is about as long
    deadline = time.perf_counter() + CLOSEST_SECONDS
    places = _places(body, passage)
    if not places:
        return None
    starts = sorted({0} | {m.start() for m in _WORD_START.finditer(body)})
    ends = sorted({len(body)} | {m.start() for m in _WORD_END.finditer(body)})
    score = _score(passage, long=len(passage.split()) > 12)

    def end_near(at: int) -> int:
        k = bisect.bisect_left(ends, at)
        near = [e for e in ends[max(0, k - 1) : k + 1] if e > 0]
        return min(near, key=lambda e: abs(e - at)) if near else len(body)

    best, best_score, best_start = None, 0.0, 0
    seen: set[int] = set()
    for place in places:
        k = bisect.bisect_left(starts, place)
        nearby = sorted(starts[max(0, k - _STARTS) : k + _STARTS], key=lambda x: abs(x - place))
        for start in nearby[:_STARTS]:
            if start in seen:
                continue
            seen.add(start)
            window = body[start : end_near(start + size)]
            value = score(window)
            if value > best_score:
                best, best_score, best_start = window, value, start
            if time.perf_counter() > deadline:
                break
    if best is not None and time.perf_counter() <= deadline:
        k = bisect.bisect_left(ends, best_start + size)
        for end in sorted(ends[max(0, k - _ENDS // 2) : k + _ENDS // 2]):
            if end <= best_start:
                continue
            window = body[best_start:end]
            value = score(window)
            if value > best_score:
                best, best_score = window, value
            if time.perf_counter() > deadline:
                break
    return best if best_score >= 0.5 else None


def nearest(body: str, text: str, anchor: int) -> Span | None:
    """The whole-word occurrence of ``text`` nearest before ``anchor`` (else after)."""
    before: Span | None = None
    after: Span | None = None
    for start in occurrences(body, text):
        if start < anchor:
            before = Span(start, start + len(text))
        elif after is None:
            after = Span(start, start + len(text))
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
