"""How a suggestion's speaker was determined, as the annotation guide's ``attribution``.

One rule decides, the guide's: the weakest step needed to get from the text to the
speaker. A name or alias in the attributing phrase is ``named``; a pronoun, or a
title or description standing for someone the article names elsewhere, is
``carried``; an office the article never links to a name, resolved to its holder at
the date (or to no one), is ``office``; a cue with no speaker in its phrase (an
agentless passive, a speaker taken from the context) is ``inferred``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..model import Attribution, Mode
from ._lexicon import DETERMINERS, HONORIFICS, OFFICE_WORDS, ORG_HEADS, OUTLET_HEADS, TITLE_HEADS
from ._speakers import Mention, MentionKind

__all__ = ["attribution"]

_WORD = re.compile(r"[\w-]+")
_PLAIN = (
    DETERMINERS
    | HONORIFICS
    | OFFICE_WORDS
    | ORG_HEADS
    | OUTLET_HEADS
    | TITLE_HEADS
    | {"the", "of", "and", "for", "in", "on", "at"}
)


def _words(text: str) -> set[str]:
    return {w.lower().removesuffix("'s") for w in _WORD.findall(text.replace("\u2019", "'"))}


def _names(
    mention: Mention, name: str, speaker_id: str | None, alias: Callable[[str], str | None]
) -> bool:
    """Whether the mention itself names the speaker: the name, a distinctive word of it
    ("Kao", "Commerce" of "Ministry of Commerce"), or an alias of the speaker's actor."""
    said = _words(mention.text)
    whole = _words(name)
    if whole and whole <= said:
        return True
    if (whole - _PLAIN) & said:
        return True
    if speaker_id is not None:
        bare = " ".join(w for w in mention.text.split() if w.lower() not in DETERMINERS)
        return alias(mention.text) == speaker_id or alias(bare) == speaker_id
    return False


def attribution(
    *,
    name: str,
    speaker_id: str | None,
    mention: Mention | None,
    sure: bool,
    mode: Mode,
    cue: str | None,
    alias: Callable[[str], str | None],
    named_in_text: Callable[[str | None, str], bool],
) -> Attribution:
    """The attribution of a speaker found through ``mention``.

    Args:
        name: The speaker's name as suggested.
        speaker_id: The speaker's actor id, if resolved.
        mention: How the text names the speaker for this statement, if it does.
        sure: Whether the speaker was found without a guess (an office with no holder
            found, a speaker taken to be the last one).
        mode: The statement's mode.
        cue: The reporting cue, if any.
        alias: The actor id a name or alias stands for in the corpus, if any.
        named_in_text: Whether the article names the speaker (by id or name) anywhere.
    """
    if mention is None:
        if mode is Mode.AUTHORED:
            return Attribution.NAMED  # the author of a byline that heads the text
        return Attribution.CARRIED if cue is None else Attribution.INFERRED
    if mention.kind is MentionKind.PRONOUN:
        return Attribution.CARRIED
    words = " ".join(mention.text.split())
    if mention.kind is MentionKind.JOINT and words == " ".join(name.split()):
        return Attribution.NAMED  # "both sides", no lead named: the sides themselves
    if mention.kind is MentionKind.JOINT or not _names(mention, name, speaker_id, alias):
        if named_in_text(speaker_id, name):
            return Attribution.CARRIED
        if speaker_id is not None or mention.kind is MentionKind.TITLE:
            return Attribution.OFFICE
        return Attribution.CARRIED
    if mention.kind is MentionKind.TITLE and speaker_id is None and not sure:
        return Attribution.OFFICE  # "the trade minister": an office whose holder is unknown
    return Attribution.NAMED
