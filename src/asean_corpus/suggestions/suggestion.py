"""The :class:`Suggestion` record, and :func:`suggest`, which proposes them.

Importing this module is cheap: the engine is imported on the first call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from ..dates import PartialDate, parse_date
from ..exceptions import InvalidQueryError
from ..model import Attribution, DateBasis, Mode, Span

if TYPE_CHECKING:
    from .. import Corpus
    from ..dates import DateLike

__all__ = ["Suggestion", "suggest"]


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
        topics: Topic ids of the corpus whose label, a phrase of the label ("green
            finance", never "green" alone) or a keyword ("BRI"), or enough words of
            whose definition the text uses, the best match first. The draft marks
            them ``TO REVIEW``.
        attribution: How the speaker was determined, as the annotation guide records
            it: ``NAMED`` (the attributing phrase names them: "Kao said", a byline),
            ``CARRIED`` (a pronoun, or a title or description standing for someone the
            article names elsewhere; a quotation continuing the last speaker's words),
            ``OFFICE`` (an office the article never links to a name, resolved to its
            holder at the date, or to no one yet) or ``INFERRED`` (no speaker in the
            attributing phrase: an agentless passive, a speaker taken from the
            context).
        confidence: A score in ``[0, 1]`` for ranking a review (0.9: a named speaker
            with a reporting verb; about 0.5: a speaker carried over to an
            unattributed quotation; below 0.4: an agentless passive). It is not a
            calibrated probability.
        note: How the speaker and the date were found, for the reviewer.

    >>> from asean_corpus import Mode, Span
    >>> s = Suggestion(
    ...     span=Span(0, 5), text="Hello", speaker="Ana", mode=Mode.DIRECT_QUOTE,
    ...     verbatim=True, confidence=0.9,
    ... )
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
    attribution: Attribution = Attribution.NAMED
    confidence: float
    note: str | None = None


def suggest(
    text: str,
    *,
    corpus: Corpus | None = None,
    published: DateLike | None = None,
) -> tuple[Suggestion, ...]:
    """Propose every attributable statement in the raw text of a news article.

    Direct quotations, partial quotations, reported speech and claims credited to a
    named person, body or publication are proposed, one suggestion per reporting cue,
    in text order. Page furniture (headlines, captions, datelines, bylines,
    navigation, tip and FAQ boxes, related links, reference lists, comment forms) is
    skipped, and a repeated paragraph (a duplicated lead) is read once. Each
    suggestion is a proposal for a person to confirm, edit or delete.

    Args:
        text: The article as scraped or pasted, page furniture included, as plain text
            or as HTML (tags are read as the breaks or spaces they stand for). Spans
            index this string exactly as given.
        corpus: The registry of actors and topics to resolve against; the bundled
            corpus when ``None``. Only its actors (names, aliases, roles), agreements
            and topics are read.
        published: The publication date (a date, :class:`~asean_corpus.PartialDate` or
            string), used to resolve "on Tuesday" or "On the 19th" when the text has no
            dateline, and to date authored text. When ``None``, the date the page gives
            is used: a byline or a publication line with a date ("By Mai Tran | Example
            News | September 21, 2025", "Published: 21 September 2025"), or a date on a
            line of its own above the story; never a date in a statement. A relative
            date left unresolved for want of one is named in the suggestion's note.

    Returns:
        The suggestions, ordered by position; ``()`` for an empty text or one
        without statements.

    Raises:
        InvalidQueryError: ``text`` is not a string, or ``corpus`` not a ``Corpus``.
        InvalidDateError: ``published`` is not a date.

    >>> import asean_corpus as ac
    >>> text = "JAKARTA, Oct. 1 (Xinhua) -- ASEAN Secretary-General Kao Kim Hourn "
    >>> text += "said on Tuesday that trade with China would keep growing. "
    >>> text += '"We are ready," he added.'
    >>> for s in ac.suggest(text, published="2026-10-02"):
    ...     print(s.speaker_id, s.mode.value, s.cue, s.said_on, repr(s.text))
    kao-kim-hourn reported said 2026-09-29 'trade with China would keep growing.'
    kao-kim-hourn direct_quote added 2026-09-29 'We are ready'

    .. versionadded:: 0.2.0
    """
    from .. import Corpus, load
    from ._engine import run

    if not isinstance(text, str):
        msg = f"text must be a str (the article's text), got {type(text).__name__}"
        raise InvalidQueryError(msg)
    if corpus is None:
        corpus = load()
    elif not isinstance(corpus, Corpus):
        msg = f"corpus must be an asean_corpus.Corpus or None, got {type(corpus).__name__}"
        raise InvalidQueryError(msg)
    when = parse_date(published) if published is not None else None
    return run(text, corpus, when)
