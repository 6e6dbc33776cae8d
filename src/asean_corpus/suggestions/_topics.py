"""Topics: a statement's text matched against the label and definition of each topic.

A topic's words are the content words of its label (weight 2) and of its one-line
definition (weight 1). A statement gets the topics whose words it uses enough (a
label word, or two definition words), the most specific first: a broad topic is
dropped when one of its narrower topics matches at least as well.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..model import Topic
from ._lexicon import words

__all__ = ["TopicMatcher"]

_WORD = re.compile(r"[a-z][a-z0-9-]+")
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


def _stem(word: str) -> str:
    for ending in ("ies", "es", "s"):
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)] + ("y" if ending == "ies" else "")
    return word


def _words(text: str) -> set[str]:
    return {_stem(w) for w in _WORD.findall(text.lower()) if w not in _STOP and len(w) > 2}


class TopicMatcher:
    """Assigns topic ids of one taxonomy to statement texts."""

    def __init__(self, topics: Iterable[Topic]) -> None:
        self.topics = tuple(topics)
        self.parent = {t.id: t.parent for t in self.topics}
        self.weights: list[tuple[str, dict[str, int]]] = []
        for topic in self.topics:
            weights = dict.fromkeys(_words(topic.description), 1)
            for word in _words(topic.label):
                weights[word] = 2
            self.weights.append((topic.id, weights))

    def match(self, text: str, limit: int = 4) -> tuple[str, ...]:
        """Topic ids for ``text``, the best match first.

        >>> from asean_corpus import Topic
        >>> matcher = TopicMatcher([
        ...     Topic(id="tourism", label="Tourism", description="Travel and visitors."),
        ...     Topic(id="trade", label="Trade", description="Tariffs and market access."),
        ... ])
        >>> matcher.match("More visitors and tourism between the two sides.")
        ('tourism',)
        """
        used = _words(text)
        if not used:
            return ()
        scores = {}
        for topic_id, weights in self.weights:
            score = sum(w for word, w in weights.items() if word in used)
            if score >= 2:
                scores[topic_id] = score
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
