"""Topics: a statement's text matched against the label and definition of each topic.

A topic is chosen by its phrases, not by one of their words: its label ("Belt and
Road"), each part of a label that joins several ("Green finance and investment" is
"green finance" and "investment"), and the keyword phrases registered for it ("BRI").
A phrase of several words matches only as a whole ("green lane" is not green
finance, "on the road" not the Belt and Road). A one-word phrase matches alone
unless it is a generic word, or the whole label of another topic. The words of a
topic's definition, and the words of its phrases taken one at a time, count one each:
two of them, of other than generic words, choose the topic too. The most specific
topics come first: a broad topic is dropped when one of its narrower topics matches at
least as well.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ..model import Topic
from ._lexicon import words

__all__ = ["TopicMatcher"]

_TOKEN = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")
_STOP = words(
    """
    the and for with from into that this their them they its his her our between other
    others such which what who whom whose are was were been being has have had will would
    can could may might should must not only also more most less than then there here
    about above after before over under within without through across among around
    regional region asean china chinese parties party side sides both each every all any
    some many much new including include includes used use using well way ways part
    cooperation relations relation countries country state states world global national
    between toward towards against per via etc one two three area areas field fields
    matters matter issues issue kind kinds other's own same different whole general
    """
)
_GENERIC = words(
    """
    green road lane open support project initiative role order system link large scale
    long term building model programme program contact agreement standard move framework
    mechanism power small medium micro physical technical growth change day time
    """
)
"""Words that alone say nothing of a topic: "green lane", "rots on the road"."""
_KEYWORDS: dict[str, tuple[str, ...]] = {
    "belt-and-road": ("BRI", "Belt and Road Initiative", "One Belt One Road"),
    "sco": ("SCO",),
    "msmes": ("MSMEs", "MSME", "SMEs", "small businesses", "small and medium enterprises"),
    "e-commerce": ("e-commerce", "online sellers", "digital trade"),
    "ai-emerging-tech": ("artificial intelligence",),
    "power-grid": ("ASEAN Power Grid", "power grid", "power grids"),
    "south-china-sea": ("Code of Conduct",),
    "rules-based-trade": ("WTO", "protectionism", "unilateral tariffs"),
    "regional-integration": ("RCEP", "AEC"),
    "global-south": ("Global South", "South-South"),
}
"""Keyword phrases of the bundled taxonomy's topics, by topic id (used when a corpus
has a topic of that id)."""

_PHRASE, _WORD = 3, 1
_LABEL_WORD = 2


def _stem(word: str) -> str:
    for ending in ("ies", "es", "s"):
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)] + ("y" if ending == "ies" else "")
    return word


def _tokens(text: str) -> list[str]:
    return [_stem(w) for w in _TOKEN.findall(text.lower().replace("\u2019", "'"))]


def _content(tokens: Iterable[str]) -> set[str]:
    return {w for w in tokens if w not in _STOP and w not in _GENERIC and len(w) > 2}


def _parts(label: str) -> list[str]:
    """A label's phrases: the whole label, and its parts when it joins several
    ("Green finance and investment"); never the words of a name ("Belt and Road")."""
    out = [label]
    pieces = re.split(r",\s*|\s+and\s+", label)
    proper = all(p[:1].isupper() for p in pieces) and len(pieces) > 1
    if len(pieces) > 1 and not proper:
        out += [p for p in pieces if p.strip()]
    return out


def _has(tokens: Sequence[str], at: dict[str, list[int]], phrase: Sequence[str]) -> bool:
    """Whether ``phrase`` is a run of ``tokens``; ``at`` gives where each token is."""
    size = len(phrase)
    return any(tuple(tokens[k : k + size]) == phrase for k in at.get(phrase[0], ()))


class TopicMatcher:
    """Assigns topic ids of one taxonomy to statement texts."""

    def __init__(self, topics: Iterable[Topic]) -> None:
        self.topics = tuple(topics)
        self.parent = {t.id: t.parent for t in self.topics}
        labels = {tuple(_tokens(t.label)) for t in self.topics}
        self.phrases: list[tuple[str, list[tuple[str, ...]], dict[str, int]]] = []
        for topic in self.topics:
            phrases: list[tuple[str, ...]] = []
            weights = dict.fromkeys(_content(_tokens(topic.description)), _WORD)
            for part in (*_parts(topic.label), *_KEYWORDS.get(topic.id, ())):
                phrase = tuple(_tokens(part))
                if not phrase:
                    continue
                if len(phrase) > 1:
                    phrases.append(phrase)
                    for word in _content(phrase):
                        weights[word] = _WORD
                elif phrase[0] in _content(phrase):
                    # a one-word part: the topic's own word, unless another topic is
                    # named by it alone ("investment" of "Green finance and investment")
                    own = part == topic.label or phrase not in labels
                    if own:
                        phrases.append(phrase)
                    else:
                        weights[phrase[0]] = _WORD
            self.phrases.append((topic.id, phrases, weights))
        # by first word and by word, so that a text is read once whatever the taxonomy
        self.starting: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
        self.weighing: dict[str, list[tuple[int, int]]] = {}
        for n, (_, phrases, weights) in enumerate(self.phrases):
            for phrase in phrases:
                self.starting.setdefault(phrase[0], []).append((n, phrase))
            for word, weight in weights.items():
                self.weighing.setdefault(word, []).append((n, weight))

    def match(self, text: str, limit: int = 4) -> tuple[str, ...]:
        """Topic ids for ``text``, the best match first.

        >>> from asean_corpus import Topic
        >>> matcher = TopicMatcher([
        ...     Topic(id="tourism", label="Tourism", description="Travel and visitors."),
        ...     Topic(id="trade", label="Trade", description="Tariffs and market access."),
        ...     Topic(id="bri", label="Belt and Road", description="China's initiative."),
        ... ])
        >>> matcher.match("More visitors and tourism between the two sides.")
        ('tourism',)
        >>> matcher.match("The fruit rots on the road."), matcher.match("Belt and Road loans")
        ((), ('bri',))
        """
        tokens = _tokens(text)
        if not tokens:
            return ()
        used = _content(tokens)
        at: dict[str, list[int]] = {}
        for k, token in enumerate(tokens):
            at.setdefault(token, []).append(k)
        totals = [0] * len(self.phrases)
        for token in at:
            for n, phrase in self.starting.get(token, ()):
                if _has(tokens, at, phrase):
                    totals[n] += _PHRASE
        for word in used:
            for n, weight in self.weighing.get(word, ()):
                totals[n] += weight
        scores = {
            topic_id: total
            for (topic_id, _, _), total in zip(self.phrases, totals, strict=True)
            if total >= _LABEL_WORD
        }
        chosen = sorted(scores, key=lambda t: -scores[t])[:limit]
        out = []
        for topic_id in chosen:
            narrower = [
                c
                for c in chosen
                if self.parent.get(c) == topic_id and scores[c] >= scores[topic_id]
            ]
            if not narrower:
                out.append(topic_id)
        return tuple(out)
