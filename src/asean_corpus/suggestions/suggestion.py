"""The :class:`Suggestion` record: one statement the engine proposes for review."""

from __future__ import annotations

import attrs

from ..dates import PartialDate
from ..model import DateBasis, Mode, Span

__all__ = ["Suggestion"]


@attrs.frozen(kw_only=True)
class Suggestion:
    """A statement proposed by :func:`~asean_corpus.suggest`, to confirm, edit or delete.

    The fields follow :class:`~asean_corpus.Statement`, so that a reviewed suggestion
    becomes a ``[[statement]]`` of an annotation file with little editing.

    Attributes:
        span: Where the statement is in the text given to ``suggest``, exactly as given
            (``text[span.start:span.end] == suggestion.text``).
        text: What was said, without the attribution frame ("X said that").
        speaker: The speaker's fullest name in the article ("Kao Kim Hourn", not "he"),
            the registry's name for an office holder the article never names, or the
            words of an unnamed collective ("analysts").
        speaker_id: The actor id when the speaker resolves to an actor of the corpus
            (by name, alias, or an office held on the statement's date), else ``None``.
        mention: How the text names the speaker at this point ("he", "the
            secretary-general"), ``None`` when it does not (an agentless passive).
        mention_span: Where ``mention`` is in the text.
        mode: Direct quote, partial quote, reported speech or authored text. Answers in
            a question-and-answer interview are direct quotes.
        verbatim: Whether ``text`` is the speaker's own words (direct quotes, authored
            text), as the annotation guide defines it.
        cue: The reporting verb or phrase ("said", "According to"), where there is one.
        said_on: When it was said, where the text says so; ``None`` otherwise.
        date_basis: Where ``said_on`` comes from: ``STATED`` (words in the text,
            resolved against the publication date or the dateline), ``EVENT`` (the
            same occasion as an earlier dated statement of the speaker),
            ``PUBLICATION`` (authored text), or ``UNKNOWN``.
        date_evidence: The words the date was read from ("on Tuesday").
        topics: Topic ids of the corpus whose label or definition the text matches,
            the best match first.
        confidence: A score in ``[0, 1]`` for ranking a review (0.9: a named speaker
            with a reporting verb; about 0.5: a speaker carried over to an
            unattributed quotation; below 0.4: an agentless passive). It is not a
            calibrated probability.
        note: How the speaker and the date were found, for the reviewer.

    >>> from asean_corpus import Mode, Span
    >>> s = Suggestion(span=Span(0, 5), text="Hello", speaker="Ana", mode=Mode.DIRECT_QUOTE,
    ...                verbatim=True, confidence=0.9)
    >>> s.text, s.speaker_id, s.date_basis.value
    ('Hello', None, 'unknown')
    """

    span: Span
    text: str
    speaker: str
    speaker_id: str | None = None
    mention: str | None = None
    mention_span: Span | None = None
    mode: Mode
    verbatim: bool
    cue: str | None = None
    said_on: PartialDate | None = None
    date_basis: DateBasis = DateBasis.UNKNOWN
    date_evidence: str | None = None
    topics: tuple[str, ...] = ()
    confidence: float
    note: str | None = None
