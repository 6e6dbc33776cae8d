"""Attribution inside one sentence: cues, speakers' mentions, and the content spans.

The patterns are those of English news prose:

- a subject and a reporting verb before the content: "X said (on Tuesday) that ...",
  "X, a senior fellow at Y, has noted that ...", "X told reporters ...", "X said: '...'",
  "with X saying ...", two cues joined by "and" ("welcomed A and underscored B");
- the attribution after the content: '"...," X said', "..., said X", "..., CCTV reported",
  and a second quotation after it ('"...," he said, "..."');
- phrases: "According to X, ...", "..., according to X", "As noted by X, ...",
  "As X noted, ...", "In X's view, ...", "X's view is that ...";
- passives: "It was stated by X that ...", "... was emphasized by X", and the agentless
  "Connectivity was also emphasized" (the speaker is then the one being reported).

Each finding is a :class:`Found`; the engine resolves its mention to a speaker.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import cache

import attrs

from ..model import Mode
from ._lexicon import (
    ADVERBS,
    APPOSITIVE_STARTS,
    AUDIENCES,
    AUXILIARIES,
    CITIES,
    COUNTRIES,
    DETERMINERS,
    DOCUMENTS,
    HONORIFICS,
    MODALS,
    MONTH_NAMES,
    MONTHS,
    NEEDS_QUESTION,
    NEEDS_THAT,
    OFFICE_WORDS,
    ORG_HEADS,
    PARTICLES,
    PASSIVE_CUES,
    PLACES,
    PRONOUNS,
    REPORTING,
    SAY_LIKE,
    SENTENCE_ADVERBS,
    SPEECH_MEDIA,
    TITLE_HEADS,
    WEEKDAYS,
    words,
)
from ._sentences import CLOSING, OPENING, QUOTES, Token
from ._speakers import (
    OBJECT_VERBS,
    Mention,
    MentionKind,
    hedged,
    np_after,
    np_before,
    np_before_token,
    np_ending_at,
    skip_auxiliaries,
)

__all__ = ["Found", "analyse", "sentence_subject"]

_ADVERBIAL_STARTS = (
    words(
        """
    at in on during after before while to with here there yesterday today tonight earlier
    later also recently last this repeatedly publicly again then when following ahead
    from via by late early shortly of about regarding
    """
    )
    | frozenset(WEEKDAYS)
    | frozenset(MONTHS)
)
_PROGRESSIVE = frozenset({"is", "are", "was", "were", "be", "been", "being", "am"})
_CONJUNCTIONS = frozenset({"and", "but"})
_CONCESSIVE = frozenset({"though", "although", "while", "whereas"})
"""Conjunctions after which a comma and a subject of its own start a new report
("said ..., though he expected ...")."""
_TIME_WORDS = frozenset(WEEKDAYS) | {
    "on",
    "last",
    "this",
    "week",
    "month",
    "yesterday",
    "today",
    "tonight",
    "earlier",
    "later",
}
_PLACE_WORDS = frozenset({"here", "there"})
_THEN_WORDS = frozenset(
    {"afterwards", "afterward", "later", "earlier", "again", "also", "too", "separately"}
    | {"subsequently", "today", "yesterday", "recently", "previously", "since", "then"}
)
"""Adverbs between a cue and its "that" ("said afterwards that")."""
_POSSESSIVE = {"his": "he", "her": "she", "their": "they", "its": "it"}
_RELATIVE = frozenset({"that", "which"})
_SPEECH = frozenset({"say", "argue", "warn", "claim", "insist", "believe", "fear"})
_COGNITIVE = frozenset({"expect", "hope", "believe", "think", "fear", "reckon"})
"""Verbs of belief: joined by "and" or "but" inside reported content, they go on with the
content's subject rather than start a report of the speaker's."""
_NEAR = 300
"""How far (in characters) the rules look for the parts of one attribution."""
_MOST = 200
"""The most statements read from one sentence (a longer run is not prose)."""
_MOST_CUES = 60
"""Reporting verbs read in one sentence at most (prose has a handful)."""
_IT_SPEAKS = frozenset(
    {"say", "state", "add", "announce", "warn", "urge", "call", "report", "hold", "find"}
    | {"note", "conclude", "argue", "rule", "claim", "insist", "deny", "confirm", "describe"}
)
_CLOSING_ALONE = frozenset({"reveal", "indicate", "agree", "disclose", "specify", "inform"})
"""Lemmas that otherwise report only a clause, but close a sentence as "said" does
("..., the minister revealed.")."""
_ENDS = re.compile(r"[.!?\"\u201d\u2019)\]\s]*")
"""What may follow the end of what is said: closing marks and white space."""
_NOUN_LIKE = frozenset({"states", "state", "notes", "comments", "remarks", "answers", "reports"})
"""Verb forms that are more often nouns ("member states"): they report only before
"that" or a quotation."""


@attrs.define(kw_only=True)
class Found:
    """A statement found in a sentence, before its speaker is resolved.

    Attributes:
        start: Start of the content span.
        end: End of the content span.
        mention: The words naming the speaker, if the sentence has them.
        cue: The reporting verb or phrase.
        mode: Direct quote, partial quote or reported.
        how: Which pattern found it (for the note and the confidence).
        frames: Text around the content where the date of saying may be written.
        near: Where the cue is, to pick the nearest date expression.
        extend: Whether later sentences may continue it.
        parent: The statement whose speaker this one shares (coordinated cues, a
            second quotation).
        confidence: The pattern's base confidence.
    """

    start: int
    end: int
    mention: Mention | None
    cue: str | None
    mode: Mode
    how: str
    frames: list[tuple[int, int]] = attrs.field(factory=list)
    near: int = 0
    extend: bool = False
    parent: Found | None = None
    confidence: float = 0.8
    cue_end: int = -1
    """Where the frame of a closing attribution ends ("..., he said"), for the
    participle that may follow it (", underlining ...")."""


_CITED = frozenset(
    {"statement", "article", "analysis", "data", "figures", "estimate", "estimates"}
    | {"interview", "assessment", "post", "release", "press release", "briefing", "website"}
    | {"account", "outlook", "forecast", "review", "brief", "bulletin", "memo", "readout"}
    | {"notice", "filing"}
)
"""What "according to" may cite besides :data:`DOCUMENTS` ("according to a readout")."""


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    cues = "|".join(sorted(PASSIVE_CUES))
    return {
        "according": re.compile(r"\b[Aa]ccording to\s+"),
        "source_noun": re.compile(
            r"(?:(?:an?|the|(?P<pronoun>its|his|her|their))\s+)?(?:(?:new|recent|latest|separate"
            r"|joint|official|written|annual|own|(?:19|20)\d\d)\s+)*(?P<noun>"
            + "|".join(sorted(DOCUMENTS | _CITED, key=len, reverse=True))
            + r"|fact ?sheet)"
            r"(?:\s+(?:(?:published|released|issued|circulated|prepared|sent|compiled)"
            r"(?:\s+(?:this|last|on|in)\s+\w+)?\s+)?(?:by|from|of|with)\s+)?",
            re.IGNORECASE,
        ),
        "as_by": re.compile(
            r"\s*[Aa]s\s+(?:(?:was|has been|had been|is)\s+)?(?P<cue>\w+(?:\s+out)?)\s+by\s+"
        ),
        "view": re.compile(
            r"\s*(?P<cue>(?:In|From|By)\s+(?:the\s+)?(?P<who>[^,]{1,80}?)\s+"
            r"(?:own\s+)?(?:view|opinion|words|analysis|assessment|estimation|judge?ment"
            r"|reading|account|experience|understanding)),\s*"
        ),
        # "For the minister, the upgrade is a signal that ...": the minister's view
        "for_whom": re.compile(r"\s*(?P<cue>For\s+(?P<who>[^,;:\"\u201c]{2,60}?)),\s*(?=[A-Za-z])"),
        "view_is": re.compile(
            r"(?P<poss>[\w\u2019'.-]{1,60}(?:'s|\u2019s|'|\u2019)|\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts))\s+"
            r"(?:view|position|argument|message|assessment|conclusion|contention|belief|stance"
            r"|verdict|point|advice|expectation|hope|fear|concern|worry)"
            # "The Secretariat's position, which I heard many times, is that ..."
            r"(?:\s*,[^,\n]{1,80}?,)?\s+"
            r"(?:is|was|remains|has been)\s+(?:that\s+|(?P<plain>clear|simple|blunt|plain):\s*)"
        ),
        # "Ms Halmosi quoted the minister as saying at the forum: ...": the one quoted
        "quoted_as": re.compile(
            r"\b(?:quoted|quotes|quoting|cited|cites|citing)\s+(?!(?:by|in|on|as)\b)"
            r"(?P<who>(?:[^,.;:\"\u201c\u201d()]|\.(?=\s+[A-Z])){2,80}?)"
            r"\s+as\s+(?:saying|telling\s+\w+)\b"
            r"(?:\s+(?:at|in|on|during|after)\s+[^:\"\u201c,\n]{1,60}?(?=\s*[:,]|\s+that\b))?"
            r"(?:\s*,)?"
            r"(?:\s+that\b|\s*:)?\s*"
        ),
        "it_by": re.compile(
            rf"\b[Ii]t\s+(?:is|was|has been|had been)\s+(?:also\s+)?(?P<cue>{cues})\s+by\s+"
            # "I am told by the contractor that", "We were assured by officials that"
            r"|\b(?:I|[Ww]e|[Hh]e|[Ss]he|[Tt]hey)\s+(?:am|is|are|was|were|have been|has been"
            r"|had been)\s+(?:also\s+)?(?P<told>told|informed|assured|advised)\s+by\s+"
            # "Farmers were told by the agency that": "told" reports whoever was told
            r"|\b\w+\s+(?:is|are|was|were|have been|has been|had been)\s+(?:also\s+)?"
            r"(?P<others>told)\s+by\s+"
        ),
        "passive": re.compile(
            # (tried only where a run of blanks starts, not again from inside it)
            rf"(?<!\s)\s+(?:was|were|has been|have been|had been)\s+"
            rf"(?:also\s+|repeatedly\s+|widely\s+|strongly\s+|warmly\s+|highly\s+)?"
            rf"(?P<cue>{cues})\b(?P<by>\s+by\s+)?"
        ),
    }


def _inside(pos: int, quotes: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    k = bisect_right(quotes, (pos, 0)) - 1
    if k >= 0 and quotes[k][0] < pos < quotes[k][1]:
        return quotes[k]
    return None


def _trim(work: str, a: int, b: int, comma: bool = True) -> tuple[int, int]:
    """``[a, b)`` without surrounding spaces and, with ``comma``, a trailing comma."""
    while a < b and work[a].isspace():
        a += 1
    while b > a and (work[b - 1].isspace() or (comma and work[b - 1] in ",;")):
        b -= 1
    return a, b


def _words(work: str, a: int, b: int) -> int:
    """The number of words in ``work[a:b]``, counted in its first 400 characters only: the
    rules compare it with small numbers, and a bounded count keeps long runs linear."""
    return len(work[a : min(b, a + 400)].split())


def _content_mode(
    work: str, a: int, b: int, quotes: Sequence[tuple[int, int]]
) -> tuple[int, int, Mode]:
    """The span and mode of content ``[a, b)``: a whole quotation is a direct quote."""
    a, b = _trim(work, a, b)
    for qa, qb in quotes:
        if qa == a:
            tail = work[qb + 1 : b] if qb < b else ""
            if qb >= b - 1 or tail.strip(" ,.;") == "":
                inner_a, inner_b = _trim(work, qa + 1, min(qb, b))
                return inner_a, inner_b, Mode.DIRECT_QUOTE
    if any(a <= qa < b for qa, _ in quotes):
        return a, b, Mode.PARTIAL_QUOTE
    return a, b, Mode.REPORTED


_PUT_MANNERS = frozenset({("this", "way"), ("that", "way"), ("like", "this"), ("like", "that")})


def _cue_words(
    toks: Sequence[Token], t: int, lemma: str, work: str = "", s1: int = 0
) -> int | None:
    """The index of the cue's last token (its particle), or ``None`` if it is missing.

    "called the plan '...'": "call" with a short object and a quotation reports the
    quoted words about the object, with no particle.
    """
    if lemma == "cite" and t + 2 < len(toks) and toks[t + 1].key in {"as", "by"}:
        # "was cited (by Tuoi Tre) as saying": as "quoted as saying"
        for k in range(t + 1, min(len(toks) - 1, t + 10)):
            if toks[k].key == "as" and toks[k + 1].key == "saying":
                return k + 1
    particles = PARTICLES.get(lemma)
    if particles is None:
        return t
    if lemma == "call" and work and _named_by_quote(work, toks, t, s1):
        return t
    if lemma == "quote" and t + 1 < len(toks) and toks[t + 1].key in {"by", "in", "on"}:
        # "was quoted by Bernama as saying", "was quoted in this magazine as saying": the
        # outlet between
        for k in range(t + 2, min(len(toks) - 1, t + 10)):
            if toks[k].key == "as" and toks[k + 1].key == "saying":
                return k + 1
    for particle in particles:
        parts = particle.split()
        if all(
            t + 1 + n < len(toks) and toks[t + 1 + n].key == part for n, part in enumerate(parts)
        ):
            last = t + len(parts)
            if lemma == "put":
                # "put it simply:", "put it more bluntly": the manner belongs to the cue
                k = last + 1
                if k < len(toks) and toks[k].key in {"more", "most", "less"}:
                    k += 1
                if k < len(toks) and toks[k].key.endswith("ly") and toks[k].text.islower():
                    last = k
                elif k + 1 < len(toks) and (toks[k].key, toks[k + 1].key) in _PUT_MANNERS:
                    last = k + 1  # "put it this way:", "put it like this:"
            return last
    return t if lemma == "advocate" else None


_SAID_THAT = frozenset({"say", "state", "explain", "add", "express", "mention", "stress"})


def _active_passive(work: str, toks: Sequence[Token], t: int, lemma: str) -> bool:
    """A passive form that means the active in non-native English: "He was also said
    that ...", "the Minister was told to reporters". Neither is an English passive (no
    one is "said that"; an audience takes "to"), so the subject is the speaker."""
    nxt = toks[t + 1].key if t + 1 < len(toks) else ""
    if lemma in _SAID_THAT and nxt == "that":
        j = skip_auxiliaries(work, toks, t, 0)
        return j >= 1 and toks[j - 1].key not in {"it", "this", "there", "which", "what"}
    if lemma == "tell" and nxt == "to" and t + 2 < len(toks):
        return toks[t + 2].key in AUDIENCES or toks[t + 2].key in {"our", "the", "local"}
    return False


def _named_before_description(
    work: str, toks: Sequence[Token], k: int, which: bool = False
) -> Mention | None:
    """The one named before a description that ends at token ``k``: "Nurul Ismail,
    chief executive of halal food producer Serai Harvest" (k at "Harvest"), "Mr. Zhou
    Haitao, Minister-Counsellor of the Embassy of China in Malaysia", "Serai Harvest, a
    halal food producer". The description opens with a title or "a" after the name's
    comma and holds no comma of its own; the name has two words at least."""
    for n in range(k - 1, max(-1, k - 24), -1):
        gap = work[toks[n].end : toks[n + 1].start]
        if any(ch in gap for ch in '.;:()"\u201c\u201d'):
            return None
        if "," not in gap:
            continue
        words = [w for t in toks[n + 1 : n + 4] for w in t.key.split("-")]
        office = any(w in OFFICE_WORDS for w in words[:3])
        body = any(tk.text[:1].isupper() and tk.key in ORG_HEADS for tk in toks[n + 1 : k + 1])
        if which and office and body:
            return None  # "X, a director at the Bank of Thailand, which said": the bank
        if toks[n + 1].key not in {"a", "an"} and not office:
            return None
        b = n
        while b > max(0, n - 5) and toks[b - 1].text[:1].isupper():
            if not _blank(work, toks[b - 1].end, toks[b].start):
                break
            b -= 1
        while b < n and toks[b].key.rstrip(".") in HONORIFICS:
            b += 1  # "Mr. Zhou Haitao"
        if n - b < 1 or toks[b].key in _SENTENCE_STARTS or toks[n].key in OFFICE_WORDS:
            return None  # a name of two words at least
        text = work[toks[b].start : toks[n].end]
        return Mention(
            start=toks[b].start, end=toks[n].end, text=text, kind=MentionKind.NAME, head=toks[n].key
        )
    return None


def _antecedent(work: str, toks: Sequence[Token], j: int) -> Mention | None:
    """The speaker a relative clause attributes to: ", who said ...", "(ACE), which said
    ..." with "who" or "which" at ``j - 1`` after a comma; without a comma, a group
    restricted by "who" ("Kao met officials who said ...")."""
    if j < 2 or toks[j - 1].key not in {"who", "which"}:
        return None
    gap = work[toks[j - 2].end : toks[j - 1].start]
    k = j - 2
    if "," not in gap:
        # "Kao met officials who said": a group restricted by its clause
        if toks[j - 1].key != "who" or not toks[k].text.islower() or gap.strip():
            return None
        floor = k
        while floor > max(0, k - 3) and toks[floor - 1].text.islower():
            if toks[floor - 1].key in OBJECT_VERBS:
                break  # the verb whose object the group is ("met", "briefed")
            floor -= 1
        group = np_ending_at(work, toks, k, floor)
        return group if group is not None and group.kind is MentionKind.COLLECTIVE else None
    if ")" in gap:
        # "the Asean Centre for Energy (ACE), which": the name before the brackets
        while k > 0 and "(" not in work[toks[k - 1].end : toks[k].start]:
            k -= 1
        k -= 1
    if k < 0:
        return None
    named = _named_before_description(work, toks, k, which=toks[j - 1].key == "which")
    if named is not None:
        return named  # "X, chief executive of Y, who said": X, not Y
    if toks[k].text[:1].isupper():
        # a name: its capitalised words and the small words inside it
        b = _name_start(work, toks, k)
        if b >= 2 and toks[b - 1].key == "from" and toks[b - 2].text[:1].isupper():
            # "a listener, Marcela from Lujan de Cuyo, who wrote": the person, not her town
            k = b - 2
            b = _name_start(work, toks, k)
        if toks[b].key in _SENTENCE_STARTS:
            return None
        text = work[toks[b].start : toks[k].end]
        return Mention(
            start=toks[b].start, end=toks[k].end, text=text, kind=MentionKind.NAME, head=toks[k].key
        )
    floor = k
    while floor > 0 and k - floor < 6 and toks[floor - 1].key not in _AFTER_DOCUMENT | _FINITE:
        if not _blank(work, toks[floor - 1].end, toks[floor].start, "'"):
            break
        floor -= 1  # "from fishers' unions": the phrase after the preposition
    found = np_ending_at(work, toks, k, floor)
    if found is None or found.kind is MentionKind.PRONOUN:
        return None
    return found


_SENTENCE_STARTS = frozenset({"the", "a", "an", "this", "that", "it", "in", "on", "at", "as"})
_NAME_INNER = frozenset({"of", "for", "and", "on", "de", "del", "da", "do", "dos", "la", "van"})
"""Small words inside a name ("Ministry of Trade", "Lujan de Cuyo", "Maria da Silva")."""


def _name_start(work: str, toks: Sequence[Token], k: int) -> int:
    """The first token of the capitalised name that ends at token ``k``."""
    b = k
    while b > 0 and _blank(work, toks[b - 1].end, toks[b].start):
        before = toks[b - 1]
        inner = before.key in _NAME_INNER and b - 2 >= 0
        if not (before.text[:1].isupper() or (inner and toks[b - 2].text[:1].isupper())):
            break
        b -= 1
    return b


def _bare(cue: str | None) -> bool:
    """Whether the verb of a cue is in its plain form ("say", "warn"), as a verb joined to
    it by "and" would be when both are the speaker's ("Analysts say ... and warn ...")."""
    verb = (cue or "").split()[-1:]
    return bool(verb) and REPORTING.get(verb[0].lower()) == verb[0].lower()


_CONTRACTED = frozenset({"it's", "that's", "what's", "there's", "he's", "she's", "who's"})


def _owner(token: Token) -> bool:
    """A possessive noun ("the bank's"), not a contraction ("it's")."""
    text = token.text.lower().replace("\u2019", "'")
    return text.endswith("'s") and text not in _CONTRACTED


def _named_by_quote(work: str, toks: Sequence[Token], t: int, s1: int) -> bool:
    """Whether "called" at ``t`` is followed by a short object and a quotation ("called
    the plan 'a turning point'", "what she called 'politicizing ...'"); not "called on
    members to 'think regionally'" nor "called for a 'swift' deal", its particle's."""
    if t + 1 < len(toks) and toks[t + 1].key in {"on", "for", "upon"}:
        return False
    for n in range(t + 1, min(len(toks), t + 6)):
        if toks[n].start >= s1:
            return False
        gap = work[toks[n - 1].end : toks[n].start]
        if any(ch in gap for ch in QUOTES):
            return n > t + 1 or toks[t + 1].key in _ARTICLES or gap.strip() in QUOTES
        noun = toks[n - 1].key in _ARTICLES  # "called the claim '...'": a noun
        if gap.strip() or (toks[n].key in REPORTING and not noun) or toks[n].key in _FINITE:
            return False
    return False


def _a_date_at(toks: Sequence[Token], k: int) -> bool:
    """Whether the number at ``k`` opens a date or a time ago ("said 12 March that", "said
    12 days ago"), not a count that opens the content ("said 12 people had died")."""
    after = [t.key for t in toks[k + 1 : k + 3]]
    return bool(after) and (after[0] in MONTHS or "ago" in after or after[0] in {"am", "pm"})


def _over_a_meal(toks: Sequence[Token], k: int) -> bool:
    """Whether "over" at ``k`` opens a circumstance ("said over a cup of tea", "over
    lunch", "over the phone"), not an amount ("said over half the fleet was idle")."""
    if toks[k].key != "over" or k + 1 >= len(toks):
        return False
    if toks[k + 1].key in _OVER_MEALS:
        return True
    if k + 2 >= len(toks):
        return False
    amount = toks[k + 2].key in _AMOUNTS or toks[k + 2].key[:1].isdigit()
    return toks[k + 1].key in {"a", "an", "the"} and not amount  # not "over a third of"


_OVER_MEALS = frozenset({"lunch", "dinner", "breakfast", "coffee", "tea", "drinks"})
"""Words after "over" that make it a circumstance of speaking."""
_AMOUNTS = frozenset(
    {"half", "third", "quarter", "fifth", "tenth", "dozen", "hundred", "thousand", "million"}
    | {"billion", "trillion", "few", "lot", "majority", "fraction", "percent", "per"}
)
"""Words after "over a" or "over the" that make an amount ("over a third of the fleet")."""


def _adverbial(token: Token) -> bool:
    key = token.key
    return key in _ADVERBIAL_STARTS or key.isdigit()


def _for_a_while(work: str, toks: Sequence[Token], k: int, s1: int) -> bool:
    """Whether ``k`` opens how long the speaking went on ("argued until midnight",
    "explained for twenty minutes", "insisted throughout the talks"), not what was said
    ("argued for a binding code", "said until then the rules would stand": a deadline
    with its clause)."""
    if toks[k].key in _UNTIL:
        return toks[k].key == "throughout" or not _has_verb(work, toks, k, s1, 30)
    if toks[k].key != "for":
        return False
    return any(tk.key in _DURATIONS for tk in toks[k + 1 : k + 5])


_UNTIL = frozenset({"until", "till", "throughout"})
_DURATIONS = frozenset(
    {"second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks"}
    | {"month", "months", "year", "years", "decade", "decades", "while", "ages", "time"}
)
"""Words after "for" that make a length of time ("for nearly an hour", "for a while")."""


_LINKING_ASIDE = re.compile(
    r",\s*(?:in this regard|in this respect|in this context|in particular|notably|also"
    r"|among other things|to this end|for his part|for her part|in turn),\s*(?=[a-z])"
)
"""A linking aside between a cue and its object ("highlighted, in this regard, the
projects ...")."""


def _complement(
    work: str, toks: Sequence[Token], k: int, cue_end: int, s1: int, lemma: str
) -> tuple[str, int]:
    """What follows a reporting cue: ``("that"|"clause"|"quote"|"colon"|"none", where)``.

    ``k`` is the index of the first token after the cue.
    """
    rest = work[cue_end : min(s1, cue_end + _NEAR)]
    stripped = rest.lstrip()
    at = cue_end + len(rest) - len(stripped)
    if s1 - cue_end <= _NEAR and _ENDS.fullmatch(stripped):
        return "none", s1
    if not stripped:
        return "none", s1  # nothing but white space within reach of the cue
    when = _WHEN_BEFORE_ASIDE.match(work, at, s1)
    if when is not None and _ASIDE_THAT.match(work, when.end(), s1):
        at, stripped = when.end(), work[when.end() : min(s1, cue_end + _NEAR)]
        # "said last month, according to Xinhua, that": the time, then the aside
    if stripped[0] == ":":
        return "colon", at + 1
    colon = _colon_before_quote(work, at, s1)
    if colon is not None:
        return "colon", colon  # "said at a briefing afterwards:", "posted on X:", ", laughing:"
    if stripped[0] == ",":
        after = stripped[1:].lstrip()
        if after[:1] in QUOTES:
            return "quote", at + len(stripped) - len(after)
        aside = _ASIDE_THAT.match(work, at, s1)
        if aside is not None:
            return "that", aside.end()  # "said, however, that", "said, in a speech, that"
        linked = _LINKING_ASIDE.match(work, at, s1)
        if linked is not None and lemma in _TAKES_OBJECT:
            return "clause", linked.end()  # "She highlighted, in this regard, the projects"
        return "none", s1
    if stripped[0] in QUOTES:
        return "quote", at
    if lemma in {"warn", "caution"} and k < len(toks) and toks[k].key in {"of", "against"}:
        return "clause", toks[k].start  # "warn of higher costs", "cautioned against ..."
    if lemma == "write" and k + 1 < len(toks) and toks[k].key == "to":
        k += 1  # "wrote to members that": the addressee, as after "told"
    elif lemma != "tell" and k + 1 < len(toks) and toks[k].key == "to":
        nxt = toks[k + 1]
        if nxt.key in AUDIENCES or nxt.key in _ARTICLES or nxt.text[:1].isupper():
            # "said to reporters the talks were useful": the audience, as after "told"
            skipped = _skip_audience(work, toks, k + 1, s1)
            if skipped == k + 1 and nxt.key in _ARTICLES:
                # "said to a packed hall the economy ...": the audience ends at the next
                # article
                skipped = next(
                    (n for n in range(k + 2, min(len(toks), k + 7)) if toks[n].key in _ARTICLES),
                    skipped,
                )
            k = skipped
            if k >= len(toks) or toks[k].start >= s1:
                return "none", s1
    if (
        lemma in {"tell", "ask", "write", "inform"}
        and k < len(toks)
        and (lemma != "write" or (k > 0 and toks[k - 1].key == "to"))
    ):
        k = _skip_audience(work, toks, k, s1)
        if k >= len(toks) or toks[k].start >= s1:
            return "none", s1
        closing = k > 1 and "," in work[toks[0].start : toks[k - 1].start]
        if k > 0 and toks[k].key in {"who", "whom", "which"} and toks[k - 1].key in AUDIENCES:
            # "told lawmakers who had demanded answers (that ...)": the audience,
            # described, in a closing frame or before a "that"; leading a sentence,
            # "told journalists who would lead the delegation" tells who
            said = next((t for t in toks[k + 2 : k + 16] if t.key == "that" and t.end < s1), None)
            if said is not None:
                return "that", said.end
            if closing:
                return "none", s1
        quoted = _comma_before_quote(work, toks[k - 1].end if k > 0 else at, s1)
        if quoted is not None:
            return "quote", quoted  # "told me at one of the first rounds, '...'"
        if k > 0 and "," in work[toks[k - 1].end : toks[k].start] and toks[k].key in _FINITE:
            return "none", s1  # "The plan, he told Xinhua, would help ...": a frame
        if closing and toks[k].key != "that" and "," in work[toks[k - 1].end : toks[k].start]:
            return "none", s1  # "..., an official told Strand Wire, in a move that ..."
    adverb = k < len(toks) and (toks[k].key.endswith("ly") or toks[k].key in _THEN_WORDS)
    if adverb and k + 1 < len(toks) and toks[k + 1].key == "that":
        k += 1  # "said privately that", "said afterwards that"
    if (
        lemma in {"expect", "want", "need"}
        and k + 3 < len(toks)
        and toks[k].key == "that"
        and toks[k + 2].key == "to"
        and toks[k + 3].text.islower()
        and not any(tk.key in _FINITE for tk in toks[k + 3 :] if tk.start < s1)
        and re.fullmatch(r"\s+\w+\s+", work[toks[k].end : toks[k + 2].start]) is not None
        and toks[k + 1].text.islower()
    ):
        return "clause", toks[k].start  # "expects that figure to rise": "that" points
    if k < len(toks) and toks[k].key == "that" and _words(work, toks[k].end, s1) >= 2:
        return "that", toks[k].end  # not "rejects that view."
    if k < len(toks) and toks[k].start < s1 and _infinitive(toks, toks[k].start):
        return "clause", toks[k].start  # "agreed to convene", "urged to act"
    if k + 1 < len(toks) and toks[k].key in {"there", "here"} and toks[k + 1].key in _FINITE:
        return "clause", toks[k].start  # "said there was no progress"
    counted = toks[k].key.isdigit() and not _a_date_at(toks, k) if k < len(toks) else False
    meal = k < len(toks) and _over_a_meal(toks, k)
    lasting = k < len(toks) and _for_a_while(work, toks, k, s1)
    if k < len(toks) and not counted and (_adverbial(toks[k]) or meal or lasting):
        for m in range(k, min(len(toks), k + 25)):
            if toks[m].start >= s1:
                break
            between = work[toks[k].start : toks[m].start]
            if any(ch in between for ch in QUOTES + ":;"):
                break
            if m > k and "," in work[toks[m - 1].end : toks[m].start]:
                break  # ", adding that": the "that" of another cue
            if toks[m].key == "that":
                return "that", toks[m].end
        clause = _after_circumstance(work, toks, k, s1)
        if clause is not None:
            return "clause", toks[clause].start  # "said in March the talks were useful"
        if meal and not _has_verb(work, toks, k + 2, s1, 30):
            return "none", s1  # "said over a cup of plain tea in his office.": where
        if lasting and not _has_verb(work, toks, k + 1, s1, 30):
            return "none", s1  # "argued for hours over the wording of the paragraph."
        tail = [t for t in toks[k:] if t.start < s1]
        if len(tail) <= 8 and "," not in work[toks[k].start : min(s1, toks[k].start + _NEAR)]:
            return "none", s1
        comma = work.find(",", toks[k].start, s1)
        if comma != -1 and _circumstance_aside(work[toks[k].start : comma + 1]):
            n = _token_at(toks, comma)
            if n < len(toks) and toks[n].start < s1 and toks[n].key in _FINITE:
                # "The plan, Kao said in an interview with Xinhua, would help ...": the
                # circumstance closes an inserted frame
                return "none", s1
        m = k
        while m < len(toks) and toks[m].start < s1 and toks[m].key in _TIME_WORDS | _PLACE_WORDS:
            placed = toks[m].key == "on" and m + 1 < len(toks) and toks[m + 1].key in _ARTICLES
            if placed and not _has_verb(work, toks, m + 1, s1, 30):
                return "none", s1  # "said on the sidelines of the summit.": where
            m += 1  # "said last week it saw no need": the time is not the content
        if m > k and m < len(toks) and "," in work[toks[m - 1].end : toks[m].start]:
            return "none", s1  # "..., the body said Sunday, deepening ...": it closes a report
        if m < len(toks) and toks[m].start < s1:
            return "clause", toks[m].start
        return "none", s1
    if k < len(toks) and toks[k].start < s1:
        return "clause", toks[k].start
    return "none", s1


_PREPOSITIONS = frozenset(
    {"in", "on", "at", "during", "after", "before", "following", "via", "over", "through"}
    | {"from", "with", "of", "to", "for", "by", "ahead", "into", "across", "near", "outside"}
    | {"under", "between", "among", "amid", "within", "without", "behind", "inside"}
)
_CLAUSE_SUBJECTS = frozenset(
    {"the", "a", "an", "this", "these", "those", "his", "her", "its", "their", "our", "my"}
    | {"it", "he", "she", "they", "we", "i", "there", "both", "all", "some", "no", "most"}
)
_JOINING = frozenset({"our", "my", "and", "or", "as", "than", "'s"})
_AHEAD = frozenset({"until", "till", "within"})
"""Prepositions of a deadline, which belong to the content (see :data:`_FUTURE`)."""
_FUTURE = frozenset({"next", "coming", "upcoming", "future", "later"})
"""Words of a time still to come: a phrase holding one is not when something was said."""
_BY_MEDIUM = frozenset({"phone", "telephone", "video", "videolink", "email", "e-mail", "text"})
"""What "by" names when it gives how something was said ("said by phone")."""
_STRETCHES = frozenset({"half", "quarter", "period", "decade"})
"""Words of a stretch of time ("in the first half of the year"): not when words are said."""
_PHRASE_HEADS = (
    SPEECH_MEDIA
    | {"report", "release", "meeting", "summit", "forum", "session", "hearing", "sidelines"}
    | {"visit", "trip", "call", "talks", "event", "parliament", "night", "morning"}
    | {"afternoon", "evening", "week", "month", "year", "weekend", "today", "yesterday"}
)
"""Nouns that end a phrase of time, place or medium ("in its latest report", "late on
Monday night"): a plain noun phrase after one opens the clause."""
_PERIODS = frozenset({"week", "month", "year", "day", "morning", "afternoon", "evening"})


def _bare_subject(toks: Sequence[Token], m: int, s1: int) -> bool:
    """Whether a plain noun phrase without an article starts at ``m`` and is followed
    by its verb ("exports rose", "trade volumes have grown")."""
    for n in range(m, min(len(toks), m + 3)):
        tk = toks[n]
        if tk.start >= s1 or not tk.text.islower() or tk.key in _PREPOSITIONS:
            return False
        if tk.key.endswith(("ed", "ing")) or tk.key in _CLAUSE_SUBJECTS | _FINITE | _PERIODS:
            return False  # "in a statement posted online": still the phrase
        if n + 1 < len(toks) and toks[n + 1].start < s1:
            nxt = toks[n + 1].key
            if nxt in _FINITE or nxt in MODALS or nxt in _IRREGULAR_PAST:
                return True
            if nxt.endswith("ed") and len(nxt) > 4 and toks[n + 1].text.islower():
                return True
    return False


def _after_circumstance(work: str, toks: Sequence[Token], k: int, s1: int) -> int | None:
    """Where the reported clause starts after a phrase of time, place or medium that
    opens the complement ("said in March the talks were useful", "said in a statement
    the bloc would", "said at the end of the meeting the two sides had agreed"), or
    ``None`` when no clause with a finite verb follows such a phrase.

    The phrase is a preposition and its object, without a comma, a quotation mark or a
    finite verb; the clause starts with a determiner, a pronoun or a name that does
    not follow a preposition, an article or another name.
    """
    if k >= len(toks) or toks[k].key not in _PREPOSITIONS or toks[k].key in _AHEAD:
        return None
    if toks[k].key == "by" and (k + 1 >= len(toks) or toks[k + 1].key not in _BY_MEDIUM):
        return None  # "said by 2030 the country would ...": a deadline, the content's own
    for m in range(k + 2, min(len(toks), k + 14)):
        tk, before = toks[m], toks[m - 1]
        if tk.start >= s1:
            return None
        gap = work[before.end : tk.start]
        if not gap.isspace():
            return None  # a comma, a quotation mark, a dash: not one plain phrase
        key = before.key
        if key in _FINITE or key in REPORTING or key in {"that", "which", "who"}:
            return None  # the phrase holds a verb: it is the content itself
        if key in _FUTURE or key in _STRETCHES:
            return None  # "said in the first quarter of next year the bank would": no
            # time of saying is still to come, nor does one last half a year, so the
            # phrase is part of what was said
        if key.endswith("ing") and m - 1 > k and toks[m - 2].key in _PREPOSITIONS:
            continue  # "said after meeting Wang Yi the two ...": the gerund's object
        if tk.key in _ARTICLES and m + 2 < len(toks) and toks[m + 2].key in _PERIODS:
            continue  # "said in Jakarta the previous week he would": still the phrase
        if key == "to" and tk.text.islower() and tk.key not in _ARTICLES:
            return None  # "agreed on Tuesday to bring forward ...": an infinitive
        if key in _PREPOSITIONS or key in _ARTICLES or key in _JOINING:
            continue  # the object of the phrase: "in March", "at the end of the meeting"
        if key.isdigit() and tk.key in MONTHS:
            continue
        named = tk.text[:1].isupper() and tk.key not in MONTHS and tk.key not in WEEKDAYS
        starts = tk.key in _CLAUSE_SUBJECTS or (named and not before.text[:1].isupper())
        ends_phrase = before.text[:1].isupper() or before.key in _PHRASE_HEADS
        ends_phrase = ends_phrase and tk.key not in _PHRASE_HEADS  # "Monday night exports"
        if not starts and ends_phrase and _bare_subject(toks, m, s1):
            return m  # "said in March exports rose 5 percent": a bare noun after the time
        verb = m + 1 < len(toks) and toks[m + 1].key in _FINITE | MODALS
        if starts and (verb or _has_verb(work, toks, m + 1, s1, 8)):
            return m
    return None


def _comma_before_quote(work: str, at: int, s1: int) -> int | None:
    """Where the quotation starts when a comma and a quotation mark follow an audience
    within a short phrase ("told me, '...'", "told reporters on Monday, '...'")."""
    stop = min(s1, at + 80)
    match = re.compile(r",\s*[\"\u201c]").search(work, at, stop)
    if match is None:
        return None
    phrase = work[at : match.start()]
    if any(ch in phrase for ch in QUOTES + ".;:!?") or len(phrase.split()) > 8:
        return None
    return match.end() - 1


def _colon_before_quote(work: str, at: int, s1: int) -> int | None:
    """Where the quotation starts when a colon and a quotation mark follow the cue within
    a short phrase ("said at a briefing afterwards: '...'"), else ``None``."""
    stop = min(s1, at + 80)
    colon = work.find(":", at, stop)
    if colon == -1:
        return None
    phrase = work[at:colon]
    if any(ch in phrase for ch in QUOTES + ".;!?") or len(phrase.split()) > 8:
        return None
    before = work[max(0, at - 8) : at].split()[-1:]
    if phrase.split()[:1] in (["back"], ["off"], ["away"], ["down"]) and before in _STAYED:
        return None  # "Buyers held back:", "Traders stayed away:": not a cue at all
    after = work[colon + 1 : stop].lstrip()
    if after[:1] not in QUOTES and after[:1] not in "\u2018'":
        return None
    return colon + 1


_OWNERS = frozenset({"his", "her", "its", "their", "our", "my"})
_AUDIENCE_PREPOSITIONS = frozenset(
    {"at", "in", "on", "of", "from", "with", "for", "to", "during", "after"}
)


_S_ADVERBS = frozenset({"afterwards", "towards", "besides", "nowadays", "always", "perhaps"})


def _plural_subject(token: Token) -> bool:
    """A lowercase plural noun that may open a clause ("tariffs", "exports")."""
    key = token.key
    return (
        token.text.islower()
        and len(key) > 3
        and key.endswith("s")
        and not key.endswith("ss")
        and key not in _S_ADVERBS
        and key not in AUDIENCES
        and key not in REPORTING
    )


_BY_MEANS = re.compile(
    r"(?:by|over|via)\s+(?:the\s+)?(?:tele)?phone\b|by\s+(?:e-?mail|text(?:\s+message)?"
    r"|video(?:\s*link)?|letter|WhatsApp)\b|(?:over|via)\s+(?:e-?mail|video(?:\s*link)?"
    r"|WhatsApp|Zoom)\b",
    re.IGNORECASE,
)
"""How something was told, after the audience: "by telephone", "over the phone", "by
email", "via video link"."""


_NAMED_AUDIENCE = re.compile(
    r"[a-z][\w'-]*\s+(?:[\w'-]+\s+){0,4}[a-z][\w'-]*,\s+"
    r"(?:[A-Z][\w'.-]*\s+){0,3}[A-Z][\w'.-]*,\s+that\b"
)
"""An audience described, then named between commas, before "that" ("her Chinese
counterpart, Wang Yi, that")."""


def _skip_audience(work: str, toks: Sequence[Token], k: int, s1: int) -> int:
    """After "told": the index past the audience ("reporters in Jakarta", "Xinhua",
    "a regular press briefing")."""
    if k < len(toks):
        named = _NAMED_AUDIENCE.match(work, toks[k].start, s1)
        if named is not None:
            # "told her Chinese counterpart, Wang Yi, that": the audience and its name
            return _token_at(toks, named.end() - 4)
    for n in range(k, min(len(toks), k + 7)):
        if toks[n].start >= s1 or (n > k and not _blank(work, toks[n - 1].end, toks[n].start)):
            break
        if toks[n].key == "that" and n > k:
            if toks[n - 1].key in _TALES:
                return k  # "told a story that surprised us": what was told, no audience
            return n  # "told her counterparts that", "told the Bangkok Post that"
        if toks[n].key in _FINITE or toks[n].key in REPORTING:
            break
    found = np_after(work, toks, k, len(toks))
    m = k
    if found is not None:
        while m < len(toks) and toks[m].end <= found.end:
            if m > k and toks[m].key in _OWNERS and toks[m - 1].key not in _AUDIENCE_PREPOSITIONS:
                break  # "told Reuters his company had ...": the clause starts there
            before = toks[m - 1] if m > k else None
            after_people = (
                before is not None and before.key in AUDIENCES and before.key.endswith("s")
            )
            opens = toks[m].key in _ARTICLES - _OWNERS or (
                # "told reporters China had ...", not "told state broadcaster MRTV that"
                after_people and (toks[m].text[:1].isupper() or _plural_subject(toks[m]))
            )  # "said to reporters tariffs hurt exporters"
            if before is not None and before.key not in _AUDIENCE_PREPOSITIONS and opens:
                # "told reporters the government would ...", "told the House the",
                # "said to a packed hall the economy", "said to reporters China had"
                break
            m += 1
    else:
        for n in range(k, min(len(toks), k + 5)):
            if toks[n].key == "that":
                break
            if toks[n].key in AUDIENCES:
                m = n + 1
                while m < len(toks) and toks[m].key in AUDIENCES - {"him", "her", "them"}:
                    m += 1  # "a press briefing": the whole audience
                break
            if n + 1 >= len(toks) or work[toks[n].end : toks[n + 1].start].strip():
                break  # the audience is one phrase, without punctuation
        if m == k:
            return k
    means = _BY_MEANS.match(work, toks[m].start, s1) if m < len(toks) else None
    if means is not None and m > k:
        # "told El Pulso by telephone, and ...": how it was told is part of the frame
        m = next((n for n in range(m, len(toks)) if toks[n].start >= means.end()), len(toks))
    if 0 < m < len(toks) and toks[m].key == "according" and toks[m].start < s1:
        aside = _ASIDE_THAT.match(work, toks[m - 1].end, s1)
        if aside is not None:  # "told the forum, according to Xinhua, that"
            return next((n for n in range(m, len(toks)) if toks[n].end >= aside.end() - 1), m)
    if m < len(toks) and toks[m].key in {"in", "at", "on", "during"} and toks[m].start < s1:
        # "told reporters, in Hanoi, that": an aside; not "told Strand Wire, in a move
        # that could slow ...", a comment after a closing frame
        after_comma = m > 0 and "," in work[toks[m - 1].end : toks[m].start]
        aside = _ASIDE_THAT.match(work, toks[m - 1].end, s1) if after_comma else None
        if aside is not None:
            return next((n for n in range(m, len(toks)) if toks[n].end >= aside.end() - 1), m)
        for n in range(m, min(len(toks), m + 16) if not after_comma else m):
            if toks[n].key == "that":
                return n  # "told participants at the conference entitled '...' that"
            if any(ch in work[toks[m].start : toks[n].start] for ch in ",;."):
                break
    return m


# Matched with fullmatch only, over the words before a quotation: searched, its lazy
# subject would backtrack over long runs of spaces.
_MANNER = re.compile(
    r"(?P<subject>[^:;!?\"\u201c\u201d]{2,160}?)\s+(?P<cue>(?:was|were|is|are)\s+"
    r"(?:(?:more|even|far|equally|less|rather)\s+)?(?:blunt(?:er)?|direct|candid|frank(?:er)?"
    r"|emphatic|succinct|categorical|scathing|upbeat|cautious|optimistic|sceptical"
    r"|skeptical|defiant|unequivocal|unapologetic))\s*:\s*$"
)


def _manner_colon(
    work: str, s0: int, s1: int, toks: Sequence[Token], quotes: Sequence[tuple[int, int]]
) -> Found | None:
    """ "A European diplomat, speaking on condition of anonymity, was blunter: '...'":
    the subject's quotation, after a colon and a word for how it was said."""
    opening = next(((qa, qb) for qa, qb in quotes if s0 < qa < s1), None)
    if opening is None:
        return None
    qa, qb = opening
    match = _MANNER.fullmatch(work, s0, qa)
    if match is None or work[qb + 1 : s1].strip(' ."\u201d'):
        return None
    mention = sentence_subject(work, toks, s0)
    if mention is None:
        return None
    stop = mention.stop
    aside = work[stop : match.end("subject")].strip()
    if aside and not (aside.startswith(",") and aside.endswith(",")):
        return None  # the subject is all before the cue, or set off by an aside
    a, b = _trim(work, qa + 1, min(qb, s1))
    if _words(work, a, b) < 2:
        return None
    return Found(
        start=a,
        end=b,
        mention=mention,
        cue=match["cue"],
        mode=Mode.DIRECT_QUOTE,
        how="manner",
        near=s0,
        confidence=0.8,
    )


def _left_start(work: str, s0: int, earlier: Sequence[Found]) -> int:
    """Where content before an attribution may start: the sentence, or past earlier finds."""
    start = s0
    for f in earlier:
        start = max(start, f.end)
    return start


def analyse(
    work: str,
    s0: int,
    s1: int,
    toks: Sequence[Token],
    quotes: Sequence[tuple[int, int]],
    outlet: str | None = None,
) -> list[Found]:
    """Every statement found in the sentence ``work[s0:s1]``.

    Args:
        work: The working text.
        s0: Sentence start.
        s1: Sentence end.
        toks: The sentence's tokens.
        quotes: Quotations of the paragraph.
        outlet: The agency of the dateline, which relays and never speaks.
    """
    text_end = work[s0:s1].rstrip('"\u201d\u2019) ')
    if text_end.endswith("?") and _inside(s0 + len(text_end) - 1, quotes) is None:
        return []
    if work[s0 : s0 + 16].lower().startswith(("in other words", "that is,")):
        return []  # the writer's gloss of a report, not a report
    found: list[Found] = []
    relays = _phrases(work, s0, s1, toks, quotes, found)
    _verbs(work, s0, s1, toks, quotes, found)
    if not found:
        manner = _manner_colon(work, s0, s1, toks, quotes)
        if manner is not None:
            found.append(manner)
    for relay in relays:
        for f in found:
            if f.start < relay < f.end:
                f.end = _trim(work, f.start, relay)[1]  # the relaying source is not content
    if outlet is not None:
        lowered = outlet.lower()
        found = [f for f in found if f.mention is None or f.mention.text.lower() != lowered]
    found = _with_content(work, toks, found)
    kept = {id(f) for f in found}
    for f in found:
        parent = f.parent
        if parent is not None and id(parent) not in kept and (f.mention or parent.mention):
            # "X declined to comment but said ...", "X conveyed greetings and said ...":
            # the first cue reported nothing, the second is X's own
            f.mention, f.parent, f.how = f.mention or parent.mention, None, "leading"
    found.extend(_main_after_relative(work, toks, s1, quotes, found))
    for f in found:
        credit = _RUN_ON_CREDIT.search(work, f.start, f.end)
        if credit is not None:
            f.end = credit.start() + 1  # "... March. \u2014 WITH A REPORT FROM X"
    _cited(work, s0, s1, toks, quotes, found)
    found.sort(key=lambda f: (f.start, f.end))
    return found


_CITATION = re.compile(
    r"(?<!\s)\s*\((?P<cite>(?!e\.g\.|see\b|cf\.)[A-Z][^();]{0,60}?),?\s+(?:19|20)\d\d[a-z]?"
    r"(?:,\s*p+\.\s*\d+(?:-\d+)?)?\)\s*\.?\s*$"
)
"""One work cited in brackets at a sentence's end ("(Sirikul and Okafor 2025)",
"(MOFCOM 2025, p. 4)"); not "(e.g., Hartono 2023; Ruiz 2024)", examples of many."""


def _cited(
    work: str,
    s0: int,
    s1: int,
    toks: Sequence[Token],
    quotes: Sequence[tuple[int, int]],
    found: list[Found],
) -> None:
    """A sentence that ends by citing one work gives that work's authors' finding, as
    "according to" would: "Small exporters claim least (Sirikul and Okafor 2025)." The
    citation is no part of the content, and it names whom a vague subject stands for
    ("Chinese official sources emphasise its role ... (MOFCOM 2025)")."""
    match = _CITATION.search(work, s0, s1)
    if match is None:
        return
    cite = match["cite"].strip()
    if not _CITED_AUTHOR.fullmatch(cite) or _NOT_CITED.search(cite):
        return
    place = cite.lower()
    if any(w.lower() in MONTH_NAMES for w in cite.split()) or place in CITIES | _PLACE_NAMES:
        return  # "(November 2020)", "(Bali 1976)": a date or a place, not a work
    start = match.start("cite")
    mention = Mention(
        start=start,
        end=start + len(cite),
        text=cite,
        kind=MentionKind.NAME,
        head=cite.split()[-1].lower(),
    )
    cut = match.start()
    for f in found:
        if f.start < cut < f.end:
            f.end = _trim(work, f.start, cut)[1]
            if f.mention is not None and f.mention.head == "sources":
                f.mention = mention  # "official sources stress ... (MOFCOM 2025)": MOFCOM
    if found:
        return
    a, b = _trim(work, s0, cut)
    if _words(work, a, b) < 4:
        return
    _, _, mode = _content_mode(work, a, b, quotes)
    found.append(
        Found(
            start=a,
            end=b,
            mention=mention,
            cue="(cited)",
            mode=mode,
            how="cited",
            near=start,
            confidence=0.6,
        )
    )


_PLACE_NAMES = COUNTRIES | PLACES | words("bali java sumatra borneo mindanao luzon penang")
_NOT_CITED = re.compile(
    r"\b(?:Vision|Accords?|Agreement|Plan|Agenda|Declaration|Visit|Summit|Games|Expo"
    r"|Forum|Charter|Treaty|Protocol|Initiative|Year|Act|Law)\b"
)
"""Words of an event's or a plan's name in brackets ("(ASEAN Vision 2045)"), not an
author's."""
_CITED_AUTHOR = re.compile(
    r"[A-Z][\w'\u2019.-]+(?:[ \t]+(?:and|&)[ \t]+[A-Z][\w'\u2019-]+|[ \t]+et[ \t]+al\.?"
    r"|[ \t]+[A-Z][\w'\u2019-]+){0,3}"
)
"""Authors as a citation names them: one to three names, "and" or "et al."."""


_WHO = re.compile(r",?\s+who\s")


def _main_after_relative(
    work: str,
    toks: Sequence[Token],
    s1: int,
    quotes: Sequence[tuple[int, int]],
    found: list[Found],
) -> list[Found]:
    """ "a user who said they worked in freight wrote that ...": the relative clause's
    report ends at the main verb, which reports on its own, for the same person."""
    out: list[Found] = []
    for f in found:
        mention = f.mention
        if mention is None or f.parent or not _WHO.match(work, mention.end):
            continue
        for t in range(_token_at(toks, f.start), len(toks) - 1):
            token = toks[t]
            if token.start >= f.end or _inside(token.start, quotes):
                break
            lemma = REPORTING.get(token.key)
            if lemma is None or token.key.endswith("ing") or toks[t + 1].key != "that":
                continue
            if toks[t - 1].key in _ARTICLES:
                continue
            a, b, mode = _content_mode(work, toks[t + 1].end, s1, quotes)
            if _words(work, a, b) < 3:
                break
            f.end = _trim(work, f.start, token.start)[1]
            out.append(
                Found(
                    start=a,
                    end=b,
                    mention=mention,
                    cue=token.text,
                    mode=mode,
                    how="main",
                    frames=[(mention.start, a)],
                    near=token.start,
                    extend=True,
                    confidence=0.75,
                )
            )
            break
    return out


_RUN_ON_CREDIT = re.compile(
    r"[.!?\"\u201d]\s*[\u2014\u2013-]+\s*(?:with (?:a )?reports? (?:from|by)|reporting by"
    r"|additional reporting)\b",
    re.IGNORECASE,
)


_ANAPHORS = frozenset({"the", "this", "that", "these", "those", "its", "his", "her", "their"})
_OBJECT_CUES = frozenset({"welcome", "announce", "hail"})
_POINTERS = frozenset(
    {"announcement", "announcements", "package", "move", "moves", "stance", "decision"}
    | {"news", "step", "steps", "development", "developments", "gesture", "outcome"}
    | {"verdict", "ruling", "offer", "visit", "shift", "change", "changes", "approach"}
)
"""Nouns that point back to an event of the story ("welcomed the announcement")."""
_AFTER_OBJECT = frozenset(_TIME_WORDS | {"in", "at", "during", "with", "from"})


_CONCLUDED = re.compile(
    r"(?:(?:the|their|its|a|an|his|her|two|three|several|final|new|bilateral|formal)\s+)*"
    r"(?:negotiations?|talks|deals?|agreements?|treaty|treaties|meetings?|visits?|sessions?"
    r"|summits?|consultations?|discussions?|round|rounds|tour|conference|forum|contracts?)\b"
)
"""What "concluded" ends or signs, which is no finding ("concluded negotiations on ...")."""


def _with_content(work: str, toks: Sequence[Token], found: list[Found]) -> list[Found]:
    """Without the objects that only point back to the story ("welcomed the
    announcement", "announced the package on Tuesday"): they report no content. A statement that
    shared its speaker with one takes the speaker over."""
    out = []
    for f in found:
        verb = (f.cue or "").split()[-1:] if f.parent is None else []
        lemma = REPORTING.get(verb[0].lower()) if verb else None
        if lemma == "conclude" and _CONCLUDED.match(work, f.start, f.end):
            continue  # "The EU and Indonesia concluded negotiations": an act, not a finding
        if (
            f.mode is Mode.REPORTED
            and lemma in _OBJECT_CUES
            and (_anaphoric(toks, f.start, f.end) or _only_a_person(toks, f))
        ):  # "The Minister warmly welcomed H.E. Ma Zhaoyang": a guest, no content
            for g in found:
                if g.parent is f:
                    g.parent, g.mention = None, f.mention
            continue
        out.append(f)
    return out


_HONORIFIC_STEMS = frozenset(h.rstrip(".") for h in HONORIFICS)


def _only_a_person(toks: Sequence[Token], f: Found) -> bool:
    """Whether a content span is only a person's name after an honorific ("H.E. Ma
    Zhaoyang", "Dr Lina Park"), and nothing else."""
    k = _token_at(toks, f.start)
    words = [t for t in toks[k:] if t.start < f.end]
    if len(words) < 2 or len(words) > 6:
        return False
    first = words[0].key.rstrip(".")
    honorific = first in _HONORIFIC_STEMS or first in {"his", "her"}
    return (
        honorific
        and all(t.text[:1].isupper() for t in words[1:])
        and not any(t.text.endswith(("'s", "\u2019s")) for t in words)
    )  # "welcomed Dr Park's Proposal" is content


def _anaphoric(toks: Sequence[Token], a: int, b: int) -> bool:
    """Whether ``[a, b)`` is only a short noun phrase that points back ("the
    announcement", "the tougher stance"), with at most a time or place after it."""
    k = _token_at(toks, a)
    words = [t for t in toks[k:] if t.start < b]
    if not words or words[0].key not in _ANAPHORS or len(words) > 9:
        return False
    n = 1
    while n < len(words) and n <= 3 and words[n].text.islower():
        if words[n].key in _AFTER_OBJECT or words[n].key in {"of", "to", "that", "for", "as"}:
            break
        n += 1
    if n == 1 or n > 3 or words[n - 1].key not in _POINTERS:
        return False
    rest = words[n:]
    return not rest or (rest[0].key in _AFTER_OBJECT and len(rest) <= 4)


def _token_at(toks: Sequence[Token], pos: int) -> int:
    """The index of the first token starting at or after ``pos``."""
    lo, hi = 0, len(toks)
    while lo < hi:
        mid = (lo + hi) // 2
        if toks[mid].start < pos:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _blank(work: str, a: int, b: int, chars: str = "") -> bool:
    """Whether ``work[a:b]`` holds only spaces and ``chars`` (checked in bounded time)."""
    if b - a > _NEAR:
        return False
    return not work[a:b].strip(" \t\n" + chars)


def _claimed(pos: int, found: Sequence[Found]) -> Found | None:
    for f in found:
        if f.start <= pos < f.end:
            return f
    return None


def _phrases(
    work: str,
    s0: int,
    s1: int,
    toks: Sequence[Token],
    quotes: Sequence[tuple[int, int]],
    found: list[Found],
) -> list[int]:
    """The phrase patterns: according to, as noted by, in X's view, X's view is that, passives.

    Returns where a closing "according to" relays a statement the sentence attributes
    itself ("X told leaders that ..., according to a readout"): that statement ends there.
    """
    patterns = _patterns()
    relays: list[int] = []
    for match in patterns["according"].finditer(work, s0, s1):
        if _inside(match.start(), quotes):
            continue
        np_start = match.end()
        source = patterns["source_noun"].match(work, np_start, s1)
        mention = None
        if source is not None and source["pronoun"]:
            pronoun = source["pronoun"]
            mention = Mention(
                start=source.start("pronoun"),
                end=source.end("pronoun"),
                text=pronoun,
                kind=MentionKind.PRONOUN,
                head=_POSSESSIVE[pronoun.lower()],
            )
            np_start = source.end()
        elif source is not None and source.end() > source.end("noun"):
            np_start = source.end()
        if mention is None:
            k = _token_at(toks, np_start)
            mention = _publisher(work, toks, np_start, s1) or np_after(work, toks, k, len(toks))
            if mention is not None and source is not None and mention.text.lower() in CITIES:
                mention = None  # "according to a report from Jakarta": where, not who
                np_start = match.end()
            document = _document_phrase(work, np_start, s1)
            if document is not None and (
                mention is None
                or mention.kind is MentionKind.PRONOUN
                or _phrase_end(work, mention.stop, s1) is None
            ):
                mention = document  # "according to a draft of the chair's summary seen by"
        if mention is None or (
            mention.kind is not MentionKind.PRONOUN and _phrase_end(work, mention.stop, s1) is None
        ):
            mention = _source_phrase(work, toks, _token_at(toks, np_start), s1) or mention
        if mention is None:
            mention = _described_name(work, toks, _token_at(toks, np_start), s1)
        possessive = source is not None and bool(source["pronoun"])
        if mention is None or (mention.head == "it" and not possessive):
            continue  # "according to it" names no one; "according to its report" does
        cue = work[match.start() : np_start].strip()
        if len(found) >= _MOST:
            break
        stop = _phrase_end(work, max(mention.stop, np_start), s1)
        before = work[max(s0, match.start() - 120) : match.start()].strip().strip(OPENING)
        if match.start() - s0 > 120 and not before.endswith(":"):
            before = "\u2026 " + before  # far into the sentence: not an opening
        if _opening(before):
            # "According to X, ...", "A quick note on numbers: according to X, ..."
            if stop is None or work[stop : stop + 1] != ",":
                continue
            stop = _past_appositive(work, toks, stop, s1)
            a, b, mode = _content_mode(work, stop + 1, s1, quotes)
            if b <= a or _opens_attribution(work, toks, a, s1):
                continue  # "According to Xinhua, Kao said ...": Xinhua relays
            found.append(
                Found(
                    start=a,
                    end=b,
                    mention=mention,
                    cue=cue,
                    mode=mode,
                    how="according",
                    frames=[(s0, a)],
                    near=match.start(),
                    extend=True,
                    confidence=0.85,
                )
            )
            continue
        if not before.endswith((",", ',"', ",\u201d")):
            continue
        k = _token_at(toks, stop + 1) if stop is not None else len(toks)
        comma_after = stop is not None and work[stop : stop + 1] == ","
        if comma_after and k < len(toks) and _verbish(toks[k]):
            # "What followed, according to three officials, was ...": the whole sentence
            if _words(work, s0, match.start()) <= 10:
                a, b, mode = _content_mode(work, s0, s1, quotes)
                found.append(
                    Found(
                        start=a,
                        end=b,
                        mention=mention,
                        cue=cue,
                        mode=mode,
                        how="inserted",
                        frames=[(match.start(), stop if stop is not None else s1)],
                        near=match.start(),
                        extend=True,
                        confidence=0.8,
                    )
                )
            continue
        if not _trailing_tail(work, stop, s1):
            continue
        if _opens_attribution(work, toks, s0, match.start()):
            relays.append(match.start())  # "X told leaders that ..., according to a readout"
            continue
        a, b, mode = _content_mode(work, s0, match.start(), quotes)
        if _words(work, a, b) >= 3:
            found.append(
                Found(
                    start=a,
                    end=b,
                    mention=mention,
                    cue=cue,
                    mode=mode,
                    how="trailing",
                    frames=[(b, s1)],
                    near=match.start(),
                    confidence=0.85,
                )
            )
    as_by = patterns["as_by"].match(work, s0, s1)
    if as_by is not None and (as_by["cue"].split()[0] in REPORTING or as_by["cue"] == "put"):
        k = _token_at(toks, as_by.end())
        mention = np_after(work, toks, k, len(toks))
        if mention is not None:
            comma = work.find(",", mention.end, s1)
            if comma != -1 and not work[mention.end : comma].strip():
                a, b, mode = _content_mode(work, comma + 1, s1, quotes)
                if b > a:
                    cue = work[as_by.start() : as_by.end()].strip()
                    found.append(
                        Found(
                            start=a,
                            end=b,
                            mention=mention,
                            cue=cue,
                            mode=mode,
                            how="as",
                            frames=[(s0, a)],
                            near=as_by.start(),
                            extend=True,
                            confidence=0.85,
                        )
                    )
    for by in _NOUN_BY.finditer(work, s0, s1):
        # "claims by some economists that ...", "remarks by the Secretary-General last
        # week that ...": the content runs to the next comma or the sentence end
        if _inside(by.start(), quotes) or len(found) >= _MOST:
            break
        k = _token_at(toks, by.end())
        mention = np_after(work, toks, k, len(toks))
        if mention is None or mention.kind is MentionKind.PRONOUN:
            continue
        m = _token_at(toks, mention.end)
        while m < len(toks) and m - k < 20 and toks[m].key in _TIME_WORDS | {"on", "in"}:
            m += 1  # "last week", "on Monday"
        if m >= len(toks) or toks[m].key != "that" or toks[m].start >= s1:
            continue
        stop = s1
        for n in range(m + 1, len(toks)):
            if toks[n].start >= s1:
                break
            gap = work[toks[n - 1].end : toks[n].start]
            if "," in gap and not _inside(toks[n - 1].end, quotes):
                stop = toks[n - 1].end
                break
        a, b, mode = _content_mode(work, toks[m].end, stop, quotes)
        if _words(work, a, b) < 3:
            continue
        found.append(
            Found(
                start=a,
                end=b,
                mention=mention,
                cue=by["noun"],
                mode=mode,
                how="noun",
                frames=[(s0, a)],
                near=by.start(),
                confidence=0.75,
            )
        )
    view = patterns["view"].match(work, s0, s1)
    if view is not None:
        who = view["who"]
        mention = None
        pronoun = {"his": "he", "her": "she", "their": "they", "its": "it"}.get(who.lower())
        if pronoun is not None:
            mention = Mention(
                start=view.start("who"),
                end=view.end("who"),
                text=who,
                kind=MentionKind.PRONOUN,
                head=pronoun,
            )
        elif who.endswith(("'s", "\u2019s", "'", "\u2019")):
            k = _token_at(toks, view.end("who")) - 1
            if 0 <= k < len(toks):
                mention = np_before_token(work, toks, k, _token_at(toks, view.start("who")))
                if mention is not None:
                    mention = _unpossess(mention)
        if mention is not None:
            a, b, mode = _content_mode(work, view.end(), s1, quotes)
            if b > a and not _opens_attribution(work, toks, a, s1):
                found.append(_a_view(s0, a, b, mode, mention, view, 0.75))
    for_whom = patterns["for_whom"].match(work, s0, s1)
    if for_whom is not None and not found:
        whose = _whose_view(work, toks, for_whom)
        a, b, mode = _content_mode(work, for_whom.end(), s1, quotes)
        # only with the person's own words quoted in it ('is "a signal" that ...'): "For
        # Professor X, the slow pace is no surprise" is the writer's reading of her
        finite = any(
            tk.key in _FINITE or tk.key in MODALS
            for tk in toks[_token_at(toks, a) :]
            if tk.start < b
        )
        quoted = mode is Mode.PARTIAL_QUOTE and finite
        if whose is not None and b > a and quoted and not _opens_attribution(work, toks, a, s1):
            found.append(_a_view(s0, a, b, mode, whose, for_whom, 0.6))
    for match in patterns["view_is"].finditer(work, s0, s1):
        if _inside(match.start(), quotes) or _claimed(match.start(), found):
            continue
        poss = match["poss"]
        noun = work[match.end("poss") : match.end()].split()[0].lower().rstrip(",")
        if match["plain"] and noun not in {"message", "view", "position", "point", "stance"}:
            continue  # "The voters' verdict was clear: ...": the writer's reading
        pronoun = {"his": "he", "her": "she", "their": "they", "its": "it"}.get(poss.lower())
        mention = None
        if pronoun is not None:
            mention = Mention(
                start=match.start("poss"),
                end=match.end("poss"),
                text=poss,
                kind=MentionKind.PRONOUN,
                head=pronoun,
            )
        else:
            k = _token_at(toks, match.start("poss"))
            while k + 1 < len(toks) and toks[k + 1].start < match.end("poss"):
                k += 1
            if k < len(toks):
                mention = np_before_token(work, toks, k, _token_at(toks, s0))
                mention = _unpossess(mention) if mention is not None else None
        if mention is not None:
            a, b, mode = _content_mode(work, match.end(), s1, quotes)
            cue = work[match.end("poss") : match.end()].strip()
            found.append(
                Found(
                    start=a,
                    end=b,
                    mention=mention,
                    cue=cue,
                    mode=mode,
                    how="view",
                    frames=[(s0, mention.start)],
                    near=match.start(),
                    extend=True,
                    confidence=0.75,
                )
            )
    quoted_as = list(patterns["quoted_as"].finditer(work, s0, s1))
    for n, match in enumerate(quoted_as):
        if _inside(match.start(), quotes) or _claimed(match.start(), found):
            continue
        k = _token_at(toks, match.start("who"))
        mention = np_after(work, toks, k, _token_at(toks, match.end("who")))
        head = work[match.start("who") : match.end("who")].split()[-1].lower()
        if mention is None and head in OFFICE_WORDS:
            # "cited an unnamed official as saying": the one described
            mention = Mention(
                start=match.start("who"),
                end=match.end("who"),
                text=match["who"],
                kind=MentionKind.TITLE,
                head=head,
            )
        if mention is None or mention.stop != match.end("who"):
            continue
        # "..., and cited a central bank official as saying ...": the next one's frame
        end = quoted_as[n + 1].start() if n + 1 < len(quoted_as) else s1
        if end < s1:
            tail = re.search(r",?\s+(?:and|but|while)\s*$", work[match.end() : end])
            end = match.end() + tail.start() if tail is not None else end
        a, b, mode = _content_mode(work, match.end(), end, quotes)
        if _words(work, a, b) < 2:
            continue
        found.append(
            Found(
                start=a,
                end=b,
                mention=mention,
                cue="quoted as saying",
                mode=mode,
                how="quoted_as",
                frames=[(s0, a)],
                near=match.start(),
                confidence=0.8,
            )
        )
    it_by = patterns["it_by"].search(work, s0, s1)
    if it_by is not None and not _inside(it_by.start(), quotes):
        k = _token_at(toks, it_by.end())
        # the agent ends before "that" ("We were told by a guard that ...": not a guard
        # "that the road was closed")
        ceiling = next((n for n in range(k + 1, len(toks)) if toks[n].key == "that"), len(toks))
        mention = np_after(work, toks, k, ceiling)
        if mention is not None:
            that = re.compile(r"\s+that\s+").match(work, mention.end, s1)
            end = s1
            if that is not None and (it_by["told"] or it_by["others"]):
                # "I am told by X that A, and I have asked ...": the one told goes on
                own = _OWN_CLAUSE.search(work, that.end(), s1)
                end = own.start() if own is not None else s1
            if that is not None:
                a, b, mode = _content_mode(work, that.end(), end, quotes)
                found.append(
                    Found(
                        start=a,
                        end=b,
                        mention=mention,
                        cue=f"was {it_by['cue'] or it_by['told'] or it_by['others']} by",
                        mode=mode,
                        how="passive",
                        frames=[(s0, a)],
                        near=it_by.start(),
                        extend=True,
                        confidence=0.7,
                    )
                )
    passive = patterns["passive"].search(work, s0, s1)
    if passive is not None and not found and not _inside(passive.start(), quotes):
        subject = work[s0 : passive.start()].strip() if passive.start() - s0 < _NEAR else ""
        if (
            subject
            and subject.split()[0].lower() not in {"it", "this", "that", "there"}
            and (len(subject.split()) <= 30)
        ):
            a, b, mode = _content_mode(work, s0, passive.start(), quotes)
            cue = work[passive.start() : passive.end()].strip()
            if passive["by"]:
                k = _token_at(toks, passive.end())
                mention = np_after(work, toks, k, len(toks))
                if mention is not None and _blank(work, mention.end, s1, "."):
                    found.append(
                        Found(
                            start=a,
                            end=b,
                            mention=mention,
                            cue=cue,
                            mode=mode,
                            how="passive",
                            frames=[(b, s1)],
                            near=passive.start(),
                            confidence=0.7,
                        )
                    )
            elif not work[passive.end() : s1].strip(" .!"):
                found.append(
                    Found(
                        start=a,
                        end=b,
                        mention=None,
                        cue=cue,
                        mode=mode,
                        how="agentless",
                        frames=[(b, s1)],
                        near=passive.start(),
                        confidence=0.35,
                    )
                )
    return relays


_OWN_CLAUSE = re.compile(r",?\s+(?:and|but)\s+(?:I|we)\s")
"""A clause of the one told, after what they were told ("..., and I have asked")."""
_NOUN_BY = re.compile(
    r"\b(?P<noun>claims?|remarks?|comments?|assertions?|allegations?|warnings?|assurances?"
    r"|suggestions?|statements?)\s+(?:(?:made|posted|published)\s+)?by\s+"
)
"""A report named by its noun and its author: "claims by X that ..."."""
_READ_BY = frozenset(
    {"decision", "ruling", "judgment", "judgement", "verdict", "statement", "letter", "note"}
    | {"notice", "order", "resolution", "sign", "text", "message", "post", "caption"}
)
"""Documents whose words are quoted with "read" ('"...," the decision read.')."""
_MESSAGES = frozenset(
    {"statement", "note", "letter", "email", "e-mail", "message", "reply", "response"}
    | {"notice", "circular", "memo", "post", "tweet", "comment", "comments"}
    | {"data", "figures", "statistics", "findings", "evidence", "slides", "chart", "charts"}
)
"""What a sender sends "saying ..." ("sent us a statement saying"), or a speaker presents
"showing ..." ("presented data showing that")."""
_OURS = re.compile(r"\b(?:[Oo]ur|[Ww]e|this newspaper|this paper)\b")
"""The page's own document ("our own survey found"): no one else's finding."""
_SHOWS = frozenset({"show", "find", "say", "conclude", "estimate", "note", "suggest", "warn"})
"""Source verbs that may close a sentence after their document (", data showed.")."""
_SOURCE_VERBS = frozenset(
    {"find", "show", "estimate", "say", "conclude", "suggest", "indicate", "reveal", "warn"}
    | {"note", "predict", "report", "state", "argue", "project", "caution", "put"}
)
_AFTER_DOCUMENT = frozenset({"by", "from", "of", "on", "in", "for", "last", "this", "also"})
_NEW = frozenset({"new", "latest", "annual", "recent", "joint", "separate", "fresh", "final"})
"""Words before a document's noun that make it one ("a new report", not "analysts report")."""
_SOURCE_NOUNS = DOCUMENTS | frozenset(
    {"poll", "data", "figures", "statistics", "analysis", "research", "review", "estimate"}
    | {"estimates", "assessment", "projection", "forecast", "audit", "census", "memo"}
    | {"draft", "index", "outlook", "brief", "bulletin", "factsheet", "reply", "letter"}
    | {"circular", "submission", "petition"}
)


def _nominal_source(work: str, toks: Sequence[Token], s0: int, t: int) -> Mention | None:
    """The body behind a document that speaks: "A study published last year by X
    estimated that", "Data from X showed that", "A 2025 X survey of ... found that"."""
    k0 = _token_at(toks, s0)
    if k0 >= t or toks[k0].key in _CIRCUMSTANCE | {"for", "with", "by", "of", "to"}:
        return None  # "In a paper published last month, researchers at X argued"
    participle = toks[k0].key.endswith(("ed", "ing")) and k0 + 1 < t
    if participle and toks[k0 + 1].key in _ARTICLES | {"on", "upon", "in", "at", "to", "with"}:
        return None  # "Based on a survey of members, the chamber estimates": the chamber
    doc = None
    for k in range(k0, min(t, k0 + 14)):
        noun = _source_noun(toks[k].key)
        titled = noun and toks[k].key in _TITLED and toks[k].text[:1].isupper()
        if (
            titled
            and k > k0
            and toks[k - 1].text[:1].isupper()
            and toks[k - 1].key not in _ARTICLES
        ):
            return _titled_document(work, toks, k0, k, t)  # "The ASEAN Investment Report 2025"
        before = toks[k - 1].key if k > k0 else ""
        modified = k > k0 and (
            before in _ARTICLES | _NEW
            or before in MONTHS
            or before.isdigit()
            or toks[k0].key in {"a", "an"}
        )  # "a new report", "A June report by X", "a World Bank report"
        named = k > k0 and toks[k].text[:1].isupper()  # "State of Southeast Asia survey"
        finite = toks[k].key in _FINITE and not named
        if (toks[k].key in REPORTING and not (noun and modified) and not named) or finite:
            return None  # "Analysts report that": a verb; "a new report by X": a noun
        if (noun and toks[k].text.islower()) or (k == k0 and noun):
            doc = k
            break
    if doc is None or "," in work[toks[k0].start : toks[doc].start]:
        return None
    inside = [
        tk
        for n, tk in enumerate(toks[k0 + 1 : doc], start=k0 + 1)
        if not (toks[n - 1].text[:1].isupper() and toks[n + 1].text[:1].isupper())
    ]  # "a Council on Foreign Relations report": "on" is inside a name
    if any(tk.key in _CIRCUMSTANCE for tk in inside):
        return None  # "The peso weakened after data showed": the data is not the subject
    if doc + 1 < t:
        nxt = toks[doc + 1]
        adverb = nxt.key in AUXILIARIES and nxt.text.islower()  # "The memo also warns"
        if (
            nxt.key not in _AFTER_DOCUMENT | {"to"}  # "A letter to X from Y said"
            and not adverb
            and not (nxt.text.islower() and nxt.key.endswith("ed"))
        ):
            return None  # "the statistics office said": "statistics" is not the head
    for k in range(doc + 1, t):
        if toks[k].key in {"by", "from"}:
            # "A letter from the board to Mr Tan": the sender, not the one it went to
            ceiling = next(
                (n for n in range(k + 2, t) if toks[n].key == "to" and toks[n].text.islower()), t
            )
            found = np_after(work, toks, k + 1, ceiling)
            place = found is not None and found.text.lower() in CITIES and toks[k].key == "from"
            if found is not None and found.kind is not MentionKind.PRONOUN and not place:
                return found  # ("A Reuters report from Jakarta": where it was filed)
    run = [tk for tk in toks[k0:doc] if tk.text[:1].isupper() and tk.key not in _ARTICLES]
    while run and run[0].key in SENTENCE_ADVERBS and run[0] is toks[k0]:
        run.pop(0)  # "Even the ASEAN Secretariat's own study says": not "Even"
    if not run:
        return _document_subject(work, toks, k0, doc, t)
    owner = next((tk for tk in run if tk.key.endswith(("'s", "\u2019s"))), None)
    if owner is not None and owner is not run[0]:
        # "The ISEAS-Yusof Ishak Institute's most recent State of ... survey": the owner
        first = run[0]
        end = owner.end - 2
        return Mention(
            start=first.start,
            end=end,
            text=work[first.start : end],
            kind=MentionKind.NAME,
            head=owner.key[:-2],
        )
    first, last = run[0], run[-1]
    if (
        first is toks[k0]
        and last is not toks[doc - 1]
        and all(tk.text.islower() for tk in toks[_token_at(toks, last.end) : doc])
    ):
        last = toks[doc - 1]  # "Chinese customs data show": the customs, not "Chinese"
    end, head = last.end, last.key
    if head.endswith(("'s", "\u2019s")):
        end, head = end - 2, head[:-2]  # "Last year the Ministry's white paper": the Ministry
    text = work[first.start : end]
    return Mention(start=first.start, end=end, text=text, kind=MentionKind.NAME, head=head)


_TITLED = frozenset({"report", "survey", "outlook", "review", "index", "study", "assessment"})
"""Source nouns that end a document's title ("the World Investment Report")."""


def _titled_document(work: str, toks: Sequence[Token], k0: int, doc: int, t: int) -> Mention | None:
    """A document named by its title, capitalised up to its noun and a year after it
    ("The Asia-Pacific Trade Facilitation Report 2026, launched on Thursday, found"):
    a title mention of the document, whose publisher the engine finds."""
    if any(not toks[k].text[:1].isupper() for k in range(k0 + 1, doc)):
        return None
    end = doc + 1 if doc + 1 < t and toks[doc + 1].key.isdigit() else doc
    rest = work[toks[end].end : toks[t].start].strip()
    if rest and not (rest.startswith(",") and rest.endswith(",")):
        return None  # only an aside may stand between the title and the verb
    first = toks[k0]
    text = work[first.start : toks[end].end]
    return Mention(
        start=first.start, end=toks[end].end, text=text, kind=MentionKind.TITLE, head=toks[doc].key
    )


def _own_document(toks: Sequence[Token], s0: int, t: int) -> bool:
    """Whether the sentence opens with the writer's own document: "Our new report
    finds that", "My own survey ... found that"."""
    k0 = _token_at(toks, s0)
    if k0 >= t or toks[k0].key not in {"our", "my"}:
        return False
    return any(_source_noun(toks[k].key) for k in range(k0 + 1, min(t, k0 + 4)))


def _source_phrase(work: str, toks: Sequence[Token], k: int, s1: int) -> Mention | None:
    """ "according to commerce department data": a source named by its words, in
    lowercase, up to the noun that says it is a source."""
    end = None
    for n in range(k, min(len(toks), k + 6)):
        if toks[n].start >= s1 or (n > k and not _blank(work, toks[n - 1].end, toks[n].start)):
            break
        if _source_noun(toks[n].key):
            end = n
            break
    if end is None or end == k:
        return None
    if not _blank(work, toks[end].end, min(s1, toks[end].end + 1), ".,"):
        return None
    first = k + 1 if toks[k].key in {"the", "a", "an"} else k
    for n in range(first, end):
        owner = toks[n].text
        timed = toks[n].key[:-2] in _TIME_OWNERS  # "January's trade data" is no one's
        if (
            owner.endswith(("'s", "\u2019s"))
            and not timed
            and all(t.text[:1].isupper() for t in toks[first : n + 1])
        ):
            # "the ASEAN Secretariat's latest integration report": the Secretariat's words
            return Mention(
                start=toks[first].start,
                end=toks[n].end - 2,
                text=work[toks[first].start : toks[n].end - 2],
                kind=MentionKind.NAME,
                head=toks[n].key[:-2],
                extent=toks[end].end,
            )
    text = work[toks[first].start : toks[end].end]
    return Mention(
        start=toks[first].start,
        end=toks[end].end,
        text=text,
        kind=MentionKind.NAME,
        head=toks[end].key,
    )


_TIME_OWNERS = MONTH_NAMES | frozenset(WEEKDAYS) | {"today", "yesterday", "tomorrow"}


def _source_noun(key: str) -> bool:
    return (
        key in _SOURCE_NOUNS
        or (key.endswith("s") and key[:-1] in _SOURCE_NOUNS)
        or (key == "studies")
    )


_MADE = frozenset(
    {"conducted", "published", "released", "carried", "commissioned", "issued", "launched"}
)


def _document_subject(
    work: str, toks: Sequence[Token], k0: int, doc: int, t: int
) -> Mention | None:
    """A document that speaks with no body named behind it, named by its own words when
    they say which it is ("A poll of 18 economists conducted last week found that",
    "Surveys in the region repeatedly show that"); "The report found" refers back and
    is read elsewhere."""
    if toks[t - 1].key in {"and", "but"}:
        return None  # "The summary of X runs to forty pages and says": a verb came before
    end = doc
    for k in range(doc + 1, t):
        if toks[k].key in _MADE or (toks[k].key.endswith("ly") and toks[k].text.islower()):
            break
        if toks[k].key in AUXILIARIES and toks[k].text.islower():
            break  # "The memo also warns": an adverb, not a word of its name
        if toks[k].key == "to":
            break  # "A letter to Mr Tan said": whom it went to, not its name
        if "," in work[toks[k - 1].end : toks[k].start]:
            break  # "The report, launched in Bangkok, found": the aside is not its name
        if toks[k].key in _TIME_WORDS and k > doc + 1:
            break
        end = k
    plural = toks[doc].key.endswith("s") and toks[doc].key not in {"data", "statistics"}
    first = toks[k0]
    if end == doc and first.key in {"the", "this", "that"} and doc > k0 + 1 and not plural:
        # "The internal memo also warns": a document named before, read as its issuer's
        return Mention(
            start=first.start,
            end=toks[doc].end,
            text=work[first.start : toks[doc].end],
            kind=MentionKind.TITLE,
            head=toks[doc].key,
        )
    if end == doc and not (plural or first.key in {"a", "an"}):
        return None
    if first.key in {"the", "this", "that", "these", "its", "their", "his", "her"} and end == doc:
        return None
    text = work[first.start : toks[end].end]
    return Mention(
        start=first.start, end=toks[end].end, text=text, kind=MentionKind.NAME, head=toks[doc].key
    )


def _after_lower_words(toks: Sequence[Token], k: int, s1: int) -> int | None:
    """The index of the capitalised word after one to four lower-case words from token
    ``k`` ("flight-data firm | AirTrend", "central bank governor | Eli Remolona")."""
    for n in range(k, min(len(toks), k + 5)):
        if toks[n].start >= s1 or not toks[n].text.islower():
            break
    else:
        return None
    if n == k or toks[n].start >= s1 or not toks[n].text[:1].isupper():
        return None
    return n


def _described_name(work: str, toks: Sequence[Token], k: int, s1: int) -> Mention | None:
    """ "according to flight-data firm AirTrend,", "according to university spokesperson
    Mark Feldman,": the name after a short lowercase description, up to the comma."""
    n = _after_lower_words(toks, k, s1)
    if n is None:
        return None
    b = n
    while b + 1 < len(toks) and toks[b + 1].text[:1].isupper() and b - n < 4:
        if work[toks[b].end : toks[b + 1].start] != " ":
            break
        b += 1
    if work[toks[b].end : toks[b].end + 1] != ",":
        return None
    return Mention(
        start=toks[n].start,
        end=toks[b].end,
        text=work[toks[n].start : toks[b].end],
        kind=MentionKind.NAME,
        head=toks[b].key,
    )


def _opening(before: str) -> bool:
    """Whether the words before "according to" leave it opening its clause."""
    if not before or before.endswith(":"):
        return True
    word = before.rstrip(",").lower()
    if word in {"but", "and", "however", "meanwhile", "still", "yet", "so", "also"}:
        return True
    return before.endswith(",") and _leading_adverbial(before.rstrip(",").split())


_OPENERS = frozenset(_ADVERBIAL_STARTS | SENTENCE_ADVERBS) - {
    "this", "that", "these", "those", "it", "there", "here", "what", "why", "how", "who",
    "where", "which", "the", "no", "not", "if", "because", "although", "though", "when",
    "while", "as", "since",
}  # fmt: skip
"""Words that open a short adverbial before the clause ("In 2025, ...", "Now, ...")."""


def _leading_adverbial(words: Sequence[str]) -> bool:
    """Whether ``words`` are a short opening adverbial ("In 2025", "Now", "Last year")."""
    if not 1 <= len(words) <= 4 or any(ch in " ".join(words) for ch in '.;:"\u201c'):
        return False
    first = words[0].lower()
    return first in _OPENERS or (first.endswith("ly") and len(first) > 4)


_NAME_THEN_COMMA = re.compile(r"\s*[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3}\s*,")
"""A name standing between two commas ("..., China, cut imports")."""


def _past_appositive(work: str, toks: Sequence[Token], comma: int, s1: int) -> int:
    """The comma that ends "According to X," when a description of X follows its name:
    "According to Kao Kim Hourn, the ASEAN secretary-general, both sides ..." (the
    comma after "secretary-general"); ``comma`` itself otherwise.

    A description is an office or occupation with what describes it ("a professor of
    economics at Chulalongkorn University"), a kind of body ("an Abuja think tank"), or
    a clause of "who", between two commas. "According to Kao, the minister says ..." is
    no description (a word follows the office), nor is "According to Kao, the bloc
    will ..." (no office), nor "According to the ministry, the main buyer, China, ..."
    (it describes the name after it)."""
    end = work.find(",", comma + 1, min(s1, comma + 160))
    if end == -1:
        return comma
    k = _token_at(toks, comma + 1)
    inner = [tk for tk in toks[k:] if tk.end <= end]
    if not inner or len(inner) > 12 or _words(work, end + 1, s1) < 3:
        return comma
    if _NAME_THEN_COMMA.match(work, end + 1, s1):
        return comma  # "the main buyer, China, cut ...": it describes the name after it
    if inner[0].key == "who":
        return end  # "According to Kao, who spoke after the talks, ..."
    if inner[0].key not in APPOSITIVE_STARTS and not inner[0].text[:1].isupper():
        return comma
    for n, tk in enumerate(inner):
        office = tk.key in OFFICE_WORDS and tk.key not in {"head", "chief", "deputy", "vice"}
        if office or (tk.key in TITLE_HEADS and n > 0):  # "an Abuja think tank"
            rest = inner[n + 1 :]
            if not rest or rest[0].key in {"of", "at", "for", "to", "in", "with"}:
                return end
            if not (rest[0].text.islower() and rest[0].key in OFFICE_WORDS | TITLE_HEADS):
                return comma  # "the minister says ...": a verb after the office
    return comma


def _phrase_end(work: str, at: int, s1: int) -> int | None:
    """Where the source phrase of "according to" ends: the next comma, or the sentence end
    (``None`` when neither comes soon)."""
    stop = min(s1, at + _NEAR)
    comma = work.find(",", at, stop)
    between = work[at:comma].strip() if comma != -1 else ""
    if comma != -1 and (not between or _BRACKETED.fullmatch(between)):
        return comma  # "According to the Customs Department (GDCE), ..."
    if comma != -1 and _dated_tail().fullmatch(between):
        year = re.compile(r",\s*\d{4}(?=,)").match(work, comma, stop)
        return year.end() if year else comma  # "... weekly report of 16 January, ..."
    rest = work[at:stop]
    if not rest.strip(' ."\u201d\u2019)'):
        return at + len(rest.rstrip(' ."\u201d\u2019)')) if s1 <= stop else None
    tail = _SOURCE_TAIL.match(rest)
    if tail is not None and s1 <= stop:
        return at  # "according to data from X (KITA) released Sunday."
    return None


@cache
def _dated_tail() -> re.Pattern[str]:
    """When a cited document was issued, between it and the comma: "of 16 January",
    "dated March 3, 2026", "published on Monday", "released last week"."""
    months = "|".join(sorted(MONTH_NAMES, key=len, reverse=True))
    day = rf"(?:\d{{1,2}}\s+(?:{months})|(?:{months})\s+\d{{1,2}}|(?:{months}))(?:,?\s+\d{{4}})?"
    when = rf"(?:{day}|\w+day|(?:last|this)\s+(?:week|month|year|\w+day)|\d{{4}})"
    return re.compile(
        rf"(?:of|dated|from|(?:published|released|issued)(?:\s+(?:on|in))?)\s+{when}",
        re.IGNORECASE,
    )


_SOURCE_TAIL = re.compile(
    r"\s*(?:\([^()]{1,20}\))?"
    r"(?:\s*(?:released|published|issued|compiled|out)(?:\s+(?:on|last|this|in|late|early)){0,2}"
    r"(?:\s+\w+){0,2}|\s+(?:on|last|this|in|late|early)(?:\s+\w+){1,3})?"
    r"[ .\"\u201d\u2019)]*$"
)
"""What may close a sentence after the source of "according to": its acronym and when
it was released ("(KITA) released Sunday.", "(LCR).", "... by the Secretariat on March
14.")."""


_BRACKETED = re.compile(r"\([^()]{1,20}\)")


def _trailing_tail(work: str, stop: int | None, s1: int) -> bool:
    """After a closing "according to X": nothing, or a clause about X (", who spoke on
    condition of anonymity ...", ", citing ...")."""
    if stop is None:
        return False
    rest = work[stop:s1].strip(' ."\u201d\u2019)')
    if not rest or _SOURCE_TAIL.match(work[stop:s1]):
        return True
    if not rest.startswith(","):
        return False
    words = rest[1:].split()
    if words and words[0] in {"a", "an"} and len(words) <= 14:
        # ", a customs broker in Lang Son.": who the source is
        return not any(w in _FINITE or w in REPORTING for w in words)
    return bool(words) and (words[0] in {"who", "which"} or words[0].endswith(("ing", "ed")))


_PUBLISHED = re.compile(
    r"[^,.;:]{1,120}?,?\s+(?:(?:first|jointly|recently)\s+)?(?:published|released|issued"
    r"|compiled|prepared|conducted|produced|commissioned)(?:\s+(?:last|this|on|in)\s+\w+)?"
    r"\s+(?:jointly\s+)?by\s+"
)
_DOCUMENT_HEADS = _SOURCE_NOUNS | frozenset(
    {"document", "statement", "readout", "transcript", "filing", "letter", "minutes"}
    | {"record", "records", "projections"}
)


def _publisher(work: str, toks: Sequence[Token], at: int, s1: int) -> Mention | None:
    """ "according to the X Report 2025, published by Y, ...", "according to figures
    compiled by Y, ...": Y speaks."""
    match = _PUBLISHED.match(work, at, s1)
    if match is None:
        return None
    head = match.group(0).split(",")[0].split()
    if "," not in match.group(0) and not any(w.lower() in _DOCUMENT_HEADS for w in head[:3]):
        return None  # "an official involved in the talks conducted by X": the official
    return np_after(work, toks, _token_at(toks, match.end()), len(toks))


def _document_phrase(work: str, at: int, s1: int) -> Mention | None:
    """ "according to a draft of the chair's summary seen by this newspaper, ...": the
    document, named by its words up to "seen by" or the comma."""
    stop = min(s1, at + 160)
    comma = work.find(",", at, stop)
    end = comma if comma != -1 else stop
    phrase = work[at:end]
    cut = re.search(r"\s+(?:seen|obtained|reviewed|read|shown)\s+by\b", phrase)
    if cut is not None:
        phrase = phrase[: cut.start()]
    words = phrase.split()
    if not 3 <= len(words) <= 10 or words[0].lower() not in {"a", "an", "the"}:
        return None
    if not any(w.lower().strip(".") in _DOCUMENT_HEADS for w in words[1:3]):
        return None
    text = phrase.strip().rstrip(".!?")
    start = at + phrase.find(text)
    owner = _DOCUMENT_OWNER.search(text)
    if owner is not None and owner["name"].lower() not in CITIES:  # not "a report from Jakarta"
        # "a research note from Maybank": the bank's words, the note how they came
        return Mention(
            start=start + owner.start("name"),
            end=start + owner.end("name"),
            text=owner["name"],
            kind=MentionKind.NAME,
            head=owner["name"].split()[-1].lower(),
            extent=end if comma != -1 else start + len(text),
        )
    return Mention(
        start=start,
        end=start + len(text),
        text=text,
        kind=MentionKind.NAME,
        head=words[-1],
        extent=end if comma != -1 else -1,
    )


_DOCUMENT_OWNER = re.compile(
    r"\s(?:from|by)\s+(?:the\s+)?(?P<name>[A-Z][\w&'\u2019.-]*"
    r"(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?[A-Z][\w&'\u2019.-]*)*)$"
)
"""The body or person closing a document's phrase ("a research note from Maybank")."""


def _unpossess(mention: Mention) -> Mention:
    text = mention.text
    for ending in ("'s", "\u2019s", "'", "\u2019"):
        if text.endswith(ending):
            text = text[: -len(ending)]
            break
    return attrs.evolve(mention, text=text, end=mention.start + len(text))


def _a_view(
    s0: int, a: int, b: int, mode: Mode, mention: Mention, cue: re.Match[str], confidence: float
) -> Found:
    """A view its phrase gives to someone ("In the official's view, ...", "For the
    minister, ..."): the content from ``a`` to ``b``, framed by the phrase before it."""
    return Found(
        start=a,
        end=b,
        mention=mention,
        cue=cue["cue"].strip(),
        mode=mode,
        how="view",
        frames=[(s0, a)],
        near=cue.start(),
        extend=True,
        confidence=confidence,
    )


def _whose_view(work: str, toks: Sequence[Token], match: re.Match[str]) -> Mention | None:
    """The person "For X, ..." gives the view of: a pronoun ("For him"), an office of a
    person ("For the minister") or a name of two words or more that is no place or body
    ("For Al Suwaidi"); not a time, a place, a body, a group or a purpose ("For now",
    "For Vietnam", "For the Ban Pong Coffee Community Enterprise", "For small
    exporters", "For example")."""
    k = _token_at(toks, match.start("who"))
    who = np_after(work, toks, k, _token_at(toks, match.end("who")))
    if who is None or who.end != match.end("who"):
        return None
    if who.kind is MentionKind.PRONOUN:
        return who if who.head in {"him", "her", "them"} else None
    if who.kind is MentionKind.TITLE:
        return who if who.head in OFFICE_WORDS and who.head not in ORG_HEADS else None
    words = who.text.split()
    place = " ".join(w.lower() for w in words if w.lower() != "the") in PLACES | COUNTRIES
    body = words[0].lower() == "the" or any(w.lower() in ORG_HEADS for w in words)
    if who.kind is MentionKind.NAME and len(words) >= 2 and not place and not body:
        return who
    return None


def _opens_attribution(work: str, toks: Sequence[Token], a: int, s1: int) -> bool:
    """Whether the text at ``a`` starts with its own "X said": then it is X's statement."""
    k = _token_at(toks, a)
    for t in range(k, min(len(toks), k + 16)):
        if toks[t].start >= s1:
            break
        lemma = REPORTING.get(toks[t].key)
        weak = lemma in NEEDS_THAT or lemma in NEEDS_QUESTION or lemma in _COGNITIVE
        if weak or lemma == "agree":
            nxt = toks[t + 1].key if t + 1 < len(toks) else ""
            if nxt != "that":
                continue  # "ministers agreed to meet": not a report of its own
        if lemma is not None and not toks[t].key.endswith("ing"):
            mention = np_before(work, toks, t, k)
            return mention is not None and mention.start <= a + 1
    return False


_CLAUSE_STARTS = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "it", "he", "she", "they", "there"}
    | {"his", "her", "their", "its", "most", "many", "some", "all", "each", "every", "no"}
)


def _thinks(toks: Sequence[Token], at: int, key: str, mention: Mention | None, kind: str) -> bool:
    """ "She thinks the window will work": a named person's view, or he/she/they's, in
    a clause with no "that", as a feature writer reports an interview. "I think" and
    "we think" are the writer's own; the words after the verb must start a clause
    ("thinks about", "thinks a lot", "thinks the world of" do not)."""
    if key != "thinks" or kind != "clause" or mention is None:
        return False
    if mention.kind is MentionKind.PRONOUN:
        if mention.head not in {"he", "she", "they"}:
            return False
    elif mention.kind is not MentionKind.NAME or mention.head in _INDEFINITE:
        return False  # "Everyone thinks ...": no one's view in particular
    k = _token_at(toks, at)
    if k + 1 >= len(toks) or toks[k].key in {"a", "an"}:
        return False
    if toks[k + 1].key in _NOT_A_CLAUSE:
        return False  # "thinks the world of", "thinks it over"
    return toks[k].key in _CLAUSE_STARTS or toks[k].text[:1].isupper()


_IRREGULAR_PAST = frozenset(
    {"rose", "fell", "grew", "made", "took", "gave", "became", "came", "went", "saw"}
    | {"cut", "hit", "left", "lost", "won", "met", "paid", "sold", "held", "kept", "brought"}
)
_STAYED = (["held"], ["stayed"], ["kept"], ["backed"], ["hold"], ["stay"])


_OBJECT_OR_CLAUSE = frozenset(
    {"write", "maintain", "claim", "add", "explain", "confide", "manifest"}
)
"""Cues that report a clause but take a thing as well ("wrote the question on ...")."""


def _a_thing(work: str, toks: Sequence[Token], last: int, at: int, s1: int, lemma: str) -> bool:
    """Whether what follows the cue ending at token ``last`` (one of
    :data:`_OBJECT_OR_CLAUSE`) is a thing, not a report:
    "wrote the question on the whiteboard", "wrote to the Secretariat in April" (no
    "that" after the addressee), "maintained its forecast", "claims almost the entire
    sea"; "wrote the bloc had failed" and "claims most of the islands were" report."""
    if lemma == "write" and toks[last + 1].key == "to":
        return not any(tk.key == "that" for tk in toks[last + 1 : last + 10])
    k = _token_at(toks, at)
    if _has_verb(work, toks, k, s1, 10):
        return False
    if lemma in {"write", "explain"}:
        # "wrote the question on ...", "explained the main chapters of the protocol"
        return _first_key(toks, at) in _ARTICLES
    if lemma in {"confide", "manifest"}:
        return True  # "confided his fears to a friend", "manifested that week in ..."
    # "maintained its forecast", "have added chapters on the digital economy"
    return lemma in {"maintain", "add"} or _HOLDING.match(work, at) is not None


def _has_verb(work: str, toks: Sequence[Token], k: int, s1: int, reach: int) -> bool:
    """Whether a finite verb comes within ``reach`` tokens from ``k``, before a comma:
    "the bloc had failed" is a clause, "the question on the whiteboard" is not."""
    for n, tk in enumerate(toks[k : k + reach], start=k):
        if tk.start >= s1 or (n > k and "," in work[toks[n - 1].end : tk.start]):
            break
        key = tk.key
        if key in _FINITE or key in _IRREGULAR_PAST or key in MODALS:
            return True
        if tk.text.islower() and key.endswith("ed") and len(key) > 4 and "-" not in key:
            return True
    return False


def _verb_after_subject(toks: Sequence[Token], k: int, s1: int) -> bool:
    """Whether the noun phrase opening at ``k`` is followed by its own verb ("the project
    was on track"), not by a clause describing it ("the words the other side wanted to
    hear", "her piece before she left"): a plain object with a verb inside it."""
    described = False  # "the rail link from Kunming would open": a phrase, then the verb
    for n in range(k + 1, min(len(toks), k + 8)):
        tk = toks[n]
        key = tk.key
        if tk.start >= s1:
            return False
        if key in _FINITE or key in MODALS:
            return True
        past = key in _IRREGULAR_PAST or (
            tk.text.islower() and key.endswith("ed") and len(key) > 4 and "-" not in key
        )
        if past and not described:
            return True
        if key in _PREPOSITIONS and key not in _SUBORDINATE and not described:
            described = True
            continue
        stops = key in DETERMINERS or key in _SUBORDINATE or key in PRONOUNS or key in _NOUN_LINKS
        if stops and not (described and key in DETERMINERS and toks[n - 1].key in _PREPOSITIONS):
            # another noun phrase or a clause describing the first: a clause still when
            # the first phrase's own verb follows it ("the officials he met were
            # optimistic"), not when none does ("the words the other side wanted to hear")
            rest = [tk for tk in toks[n + 1 : n + 9] if tk.start < s1]
            return any(tk.key in _FINITE or tk.key in MODALS for tk in rest)
    return False


def _closing_note(
    work: str,
    toks: Sequence[Token],
    t: int,
    key: str,
    kind: str,
    mention: Mention | None,
) -> bool:
    """Whether "notes", "comments" or "remarks" closes a sentence as a frame after its
    comma ("The bloc remains divided, Kao notes."), where it is the verb, not a noun."""
    if key not in {"notes", "comments", "remarks"} or kind != "none" or mention is None:
        return False
    if mention.kind not in {MentionKind.NAME, MentionKind.TITLE, MentionKind.PRONOUN}:
        return False
    return (
        work[: mention.start].rstrip().endswith(",")
        and not work[mention.end : toks[t].start].strip()
    )


_HOLDING = re.compile(
    r"(?:almost |nearly |virtually )?(?:the )?(?:entire|whole|sovereignty|most|much|all|parts?"
    r"|ownership|responsibility|credit|victory|control)\b",
    re.IGNORECASE,
)
"""What "claims" takes when it claims a thing, not that something is so."""
_QUICK = frozenset({"quick", "careful", "swift"})
"""Words before "to" and a cue that it follows only with what is said ("was quick to add
that ..."), not with an object ("was quick to add capacity")."""
_PLEASED = frozenset({"pleased", "happy", "delighted", "glad", "wishes", "wish", "proud"}) | _QUICK
"""Words before "to" and the cue that the subject says it with: "is pleased to announce",
"was quick to add", "was careful to note"."""
_WENT_ON = frozenset({"went", "goes", "go", "going", "gone"})
_BEING = frozenset({"is", "are", "was", "were", "remain", "remains", "remained"})
_BE_ADJECTIVES = frozenset({"adamant", "confident"})
_REMAIN = frozenset({"remained", "remains", "remain", "stayed", "stays"})
_CLOSING_SOURCE = re.compile(
    r",\s+(?:[^,;:\"\u201c\u201d]{1,80}?)\s+(?:said|says|found|finds|showed|shows|reported"
    r"|reports|concluded|suggested)\s*[.!]?[\"\u201d]?\s*$"
)
"""A report closing its sentence (", a survey by the co-op found."), whose content is the
sentence before it."""


def _closing_source(work: str, at: int, s1: int) -> bool:
    """Whether the sentence from ``at`` to ``s1`` ends with a closing attribution."""
    return _CLOSING_SOURCE.search(work, at, s1) is not None


"""Cues that are adjectives after "was" ("was adamant that"), not passives."""


def _verb_phrase_start(toks: Sequence[Token], t: int) -> int:
    """Where the phrase of the cue at ``t`` starts, as its subject sees it: "of" in "is
    of the view that", "pleased" in "is pleased to announce that"; else ``t``."""
    keys = [tk.key for tk in toks[max(0, t - 3) : t]]
    viewed = toks[t].key in {"view", "opinion"} and keys[-2:] == ["of", "the"]
    if viewed and len(keys) == 3 and keys[0] in _BEING:
        return t - 2
    if keys[-1:] == ["to"] and len(keys) >= 2 and keys[-2] in _PLEASED:
        return t - 2
    if keys[-2:] == ["on", "to"] and len(keys) == 3 and keys[0] in _WENT_ON:
        return t - 3  # "went on to say that"
    return t


_QUOTE_HANDED = re.compile(r"[,!?][\"\u201d\u2019]\s*$")
"""A quotation handed over to the attribution after it ('"...," he shared')."""
_INDEFINITE = frozenset({"everyone", "everybody", "someone", "somebody", "anyone", "nobody"})
_NOT_A_CLAUSE = frozenset({"of", "about", "over", "lot", "world", "highly", "little", "much"})


def _verbs(
    work: str,
    s0: int,
    s1: int,
    toks: Sequence[Token],
    quotes: Sequence[tuple[int, int]],
    found: list[Found],
) -> None:
    """Statements introduced or closed by a reporting verb."""
    tried = 0
    for t, token in enumerate(toks):
        if len(found) >= _MOST:
            break
        key = token.key
        lemma = REPORTING.get(key)
        if lemma is None or _inside(token.start, quotes):
            continue
        tried += 1
        if tried > _MOST_CUES:
            break  # not prose: each cue looks back over its clause, and this one is endless
        titled = t > 0 and token.text[:1].isupper() and not token.text.isupper()
        if titled and toks[t - 1].text[:1].isupper() and toks[t - 1].start >= s0:
            continue  # "the Trade Facilitation Report 2026": a title's word, not a verb
        of_a_title = t > 1 and toks[t - 1].key in {"of", "for"} and toks[t - 2].text[:1].isupper()
        if titled and of_a_title and toks[t - 2].start >= s0:
            continue  # "Secretary of State at the Ministry ...": an office, not "stated"
        last = _cue_words(toks, t, lemma, work, s1)
        if last is None or (lemma == "add" and last + 1 < len(toks) and toks[last + 1].key == "to"):
            continue  # "adding to worries": not a report
        if lemma == "request" and not _requests_action(toks, last, s1):
            continue  # "requesting anonymity": a request for the speaker's own sake
        if (
            key.endswith("ed")
            and last + 1 < len(toks)
            and toks[last + 1].key in {"is", "are", "was", "were"}
            and not work[toks[last].end : toks[last + 1].start].strip()
            and not work[s0 : token.start].lstrip(' "\u201c').lower().startswith("what ")
        ):
            continue  # "Views expressed are those of ...": a participle describing a noun
        cue_end = toks[last].end
        participle = key.endswith("ing")
        if any(f.near <= token.start < f.start for f in found):
            continue  # the verb of a phrase already read ("It was stated by X that")
        owner = _claimed(token.start, found)
        if owner is not None and lemma == "call" and last == t:
            continue  # '... which he calls "the most important ..."': part of the report
        parent: Found | None = None
        mention: Mention | None = None
        documented = False  # the subject is a document ("Customs data show")
        clause_only = True
        head = _verb_phrase_start(toks, t)  # "is of the view", "is pleased to announce"
        if lemma in _BE_ADJECTIVES and head == t and t > 0 and toks[t - 1].key in _REMAIN:
            head = t - 1  # "She remained adamant that ...": as "was adamant"
        j = skip_auxiliaries(work, toks, head, 0)
        between = {tk.key for tk in toks[j:t]} if head == t else set()  # not a passive
        if between & MODALS:
            continue  # "outsiders will conclude that": not a report of something said
        if _still_to_come(toks, t, lemma):
            continue  # "Kao is expected to tell the forum that ...": not said yet
        # the word before, with nothing but a space between ('"We know this," said X')
        tight = j >= 1 and not work[toks[j - 1].end : toks[j].start].strip()
        prior = toks[j - 1] if tight else None
        lowered = prior is not None and (prior.text.islower() or prior.start == s0)
        if prior is not None and prior.key in _ADJECTIVAL and lowered:
            continue  # "the just concluded meeting", "Its stated aim": an adjective
        if prior is not None and prior.key in {"our", "my", "your"}:
            continue  # "Our hope is that ...": a noun, and the writer's or speaker's own
        if prior is not None and _owner(prior):
            continue  # "the bank's forecast shows", "Kao's remarks": a noun
        if between & {"not", "never"} or any(tk.key.endswith("n't") for tk in toks[j:t]):
            continue  # "did not respond to requests for comment"
        if participle and between & _PROGRESSIVE:
            participle = False  # "have been advocating for"
        elif (
            not participle
            and between & _PROGRESSIVE
            and lemma != "quote"
            and lemma not in _BE_ADJECTIVES
            and not (lemma == "cite" and last > t)
            and not _active_passive(work, toks, t, lemma)
        ):
            continue  # a passive ("was noted") does not make its subject the speaker
        document_start = -1  # where "a survey by X" closing the sentence starts, if it does
        conj = j - 1 >= 0 and toks[j - 1].key in _CONJUNCTIONS
        cut: tuple[Found, int] | None = None
        relative = inside_who = False
        aside = False
        secondary = participle and t > 0 and "," in work[toks[t - 1].end : token.start]
        drop: Found | None = None
        if owner is not None and participle:
            # ", adding that ...": a report of its own; "Y telling him: '...'": Y's words
            own = np_before(work, toks, t, 0)
            says = _says(work, toks, last, cue_end, s1, lemma)
            if own is not None and own.kind is not MentionKind.PRONOUN and says == "quote":
                mention, cut, aside = own, (owner, own.start), True
                owner = None
            elif secondary and says:
                parent, cut = owner.parent or owner, (owner, token.start)
                owner = None
            else:
                continue
        elif owner is not None and _closing(work, toks, t, last, s1, quotes):
            # "Officials agreed to finish the rules, the Secretariat said.": the closing
            # attribution reports the whole sentence, the earlier cue is its content
            own = np_before(work, toks, t, 0)
            comma = work.rfind(",", owner.start, token.start)
            if own is None and lemma == "report" and comma > owner.start:
                # ", the state news agency Bernama reported.": a relay, whoever it is
                if owner.parent is None and owner.mention is not None and owner.end > comma:
                    owner.end = _trim(work, owner.start, comma)[1]
                continue
            if own is None or (own.kind is MentionKind.PRONOUN and own.head not in PRONOUNS):
                continue
            if _concessive(work, toks, own):
                continue  # "Vo added that ..., whatever governments said.": Vo's, whole
            if lemma == "report" and _relayed_saying(owner, own):
                # "Kao said that ..., Xinhua reported.": the outlet relays what Kao said,
                # as "According to Xinhua, Kao said" does; it is not the speaker
                comma = work.rfind(",", owner.start, own.start)
                owner.end = _trim(work, owner.start, comma if comma > owner.start else own.start)[1]
                continue  # (up to the comma: not "the state news agency" of its name)
            for f in [f for f in found if f is owner or f.parent is owner]:
                found.remove(f)
            mention, owner = own, None
        elif owner is not None:
            own = None if conj else np_before(work, toks, t, 0)
            if (
                owner.how == "inserted"
                and owner.mention is not None
                and work[owner.cue_end : token.start].strip(" ,") == ""
            ):
                # "One of them, he said, asked him whether ...": the fragment's subject
                k = _token_at(toks, owner.mention.start) - 1
                own = np_ending_at(work, toks, k, 0) if k >= 0 else None
                if own is not None and own.kind is not MentionKind.PRONOUN:
                    mention, relative, owner = own, False, None
            if owner is None:
                pass
            elif own is not None and _after_relative(toks, own, owner.start):
                # "The draft, which a diplomat said now runs to 40 pages, ...": nested
                mention, relative, owner = own, True, None
            elif own is not None:
                # ", and several said ...": a new clause with its own speaker
                k = _token_at(toks, own.start) - 1
                joined = k >= 0 and toks[k].key in _CONJUNCTIONS | _CONCESSIVE
                gap = work[toks[k - 1].end : toks[k].start] if joined and k >= 1 else ""
                if joined and _new_clause(toks, k, own, gap) and owner.start < toks[k].start:
                    mention, cut = own, (owner, toks[k].start)
                    owner = None
            if owner is not None:
                if not conj or (owner.mention is None and owner.parent is None):
                    continue
                if lemma in _COGNITIVE:
                    continue  # "... was ready to share the cost but expected Thailand to ..."
                if key == lemma and not _bare(owner.cue):
                    continue  # "said China will expand imports and encourage ...": content
                parent = owner.parent or owner
                cut = (owner, toks[j - 1].start)
        elif participle and secondary and (heard := _cue_before(work, found, token.start)):
            # "..., Zhao said, adding that ...": Zhao adds it, not a name in his words
            parent = heard.parent or heard
        elif participle:
            candidate = np_before(work, toks, t, 0)
            says = _says(work, toks, last, cue_end, s1, lemma)
            if candidate is not None:
                k = _token_at(toks, candidate.start) - 1
                if k >= 0 and toks[k].key == "with":
                    mention = candidate
                elif candidate.kind is not MentionKind.PRONOUN and says == "quote":
                    mention, aside = candidate, True  # "He recalled Y telling him: '...'"
            if mention is None and t > 0 and toks[t - 1].key == "by":
                mention = sentence_subject(work, toks, s0)  # "X opened by describing ..."
            k = t - 1
            while k > t - 5 and k > 0 and toks[k].key in _TIME_WORDS | {"on", "late", "early"}:
                k -= 1  # "issued a statement on Monday saying"
            if mention is None and k >= 0 and toks[k].key in _MESSAGES and says:
                # "A spokesperson sent us a statement saying ...": the sender
                subject = sentence_subject(work, toks, s0)
                if subject is not None and subject.kind is not MentionKind.PRONOUN:
                    mention = subject
            first = _token_at(toks, s0)
            opens = t == first or (t == first + 1 and toks[first].key in _SUBORDINATORS)
            if mention is None and opens:
                greeted = lemma == "welcome" and _greeted(work, toks, toks[last].end, s1)
                if not greeted and (says == "that" or lemma in SAY_LIKE | _TAKES_OBJECT):
                    fronted = _fronted(work, s0, s1, toks, t, last, quotes)
                    if fronted is not None:
                        found.append(fronted)  # "Noting that ..., Tang said", "While noting"
                continue
            if mention is None:
                earlier = [f for f in found if f.near < token.start]
                after_comma = t >= 2 and "," in work[toks[t - 2].end : toks[t - 1].start]
                circumstance = (
                    t >= 2 and toks[t - 1].key in _CIRCUMSTANCE and after_comma and says == "that"
                )  # "It reduced the fine, after finding that ...": the subject found it
                if ((secondary and says) or circumstance) and not earlier:
                    # "The ministers adopted a communique, saying that ...": the subject
                    mention = sentence_subject(work, toks, s0)
                    if mention is not None and mention.kind is MentionKind.PRONOUN:
                        # "He declined to comment, saying ...", not "It was a week, ..."
                        k = _token_at(toks, mention.end)
                        copula = k < len(toks) and toks[k].key in _PROGRESSIVE
                        if mention.head not in {"he", "she", "they", "it"} or copula:
                            mention = None
                if mention is None and (not (secondary or circumstance) or not earlier):
                    continue
            if mention is None:
                previous = max(earlier, key=lambda f: f.near)
                adjacent = 0 <= previous.cue_end and not work[previous.cue_end : token.start].strip(
                    " ,"
                )
                if not (says or adjacent):
                    continue  # "..., emphasizing the expansion of ...": the same report
                parent = previous.parent or previous
        else:
            mention = _owned_document(work, s0, toks[head].start)  # "Its March report said"
            documented = mention is not None
            if lemma in _SOURCE_VERBS and _own_document(toks, s0, t):
                continue  # "Our own survey ... found that": the text's own voice
            opening = toks[_token_at(toks, s0)].start if toks else s0
            if lemma in _SOURCE_VERBS and mention is None and not _inside(opening, quotes):
                mention = _nominal_source(work, toks, s0, t)  # "A survey by X found that"
                documented = mention is not None
            if mention is None and lemma in _SHOWS:
                comma = work.rfind(",", s0, token.start)
                if comma != -1 and not _OURS.search(work, comma, token.start):
                    # "Exports rose 5%, a survey by JETRO found.": the survey closes it
                    mention = _nominal_source(work, toks, comma + 1, t)
                    document_start = comma + 1 if mention is not None else -1
            if mention is None:
                mention = np_before(work, toks, head, 0)
                if mention is not None and conj and _object_of_preposition(toks, mention):
                    mention = None  # "Kao held talks with Wang Yi and said": Kao said it
                if mention is not None and _place_in_a_phrase(work, toks, mention):
                    continue  # "someone in Abuja or Accra announces": a place, no speaker
                if mention is not None and _concessive(work, toks, mention):
                    continue  # "..., whatever governments said.": no report
            if mention is None:
                mention = _antecedent(work, toks, j)  # "..., farmers' groups, who said ..."
                inside_who = (
                    mention is not None and "," in work[toks[j - 2].end : toks[j - 1].start]
                )
            relative = mention is not None and _after_relative(toks, mention, -1)
            if mention is None and lemma in _SPEECH and j >= 2 and toks[j - 2].key in _RELATIVE:
                # "a move that critics say would deepen the debt"
                collective = np_before_token(work, toks, j - 1, j - 1)
                if collective is not None and collective.kind is MentionKind.COLLECTIVE:
                    mention = collective
            if mention is None and conj and found and found[-1].end > token.start:
                parent = found[-1].parent or found[-1]
                cut = (found[-1], toks[j - 1].start)
            elif mention is None and conj and not _claimed(token.start, found):
                mention = _coordinated_subject(work, toks, s0, j, last, cue_end, s1, lemma)
        if mention is not None and parent is None and owner is None and _after_comma(work, toks, t):
            inverted = _inverted(work, s0, s1, toks, t, last, quotes, lemma, found)
            if (
                inverted is not None
                and inverted.mention is not None
                and mention.kind is MentionKind.NAME
                and (
                    inverted.mention.kind is MentionKind.COLLECTIVE
                    or _clause_after(work, toks, inverted.mention.stop, s1)
                )
            ):
                # "X, president of Y, said car plants in Z bought ...", "X, deputy
                # secretary, said ASEAN's trade with China was ...": X said a clause
                inverted = None
            if inverted is not None:
                # "..., fields, said ASEAN Secretary-General Kao in an interview."
                inverted.cue_end = max(cue_end, inverted.mention.end if inverted.mention else 0)
                found.append(inverted)
                continue
        if mention is None and parent is None:
            inverted = _inverted(work, s0, s1, toks, t, last, quotes, lemma, found)
            if inverted is not None:
                inverted.cue_end = max(cue_end, inverted.mention.end if inverted.mention else 0)
                found.append(inverted)
            continue
        if mention is not None and mention.kind is MentionKind.PRONOUN:
            if mention.head in {"him", "her", "them"} and not any(
                tk.key == "with" for tk in toks[max(0, t - 3) : t]
            ):
                continue
            if mention.head == "it" and lemma not in _IT_SPEAKS:
                continue  # "it signals", "it suggests": a thing, not a speaker
        if (
            mention is not None
            and mention.kind is MentionKind.COLLECTIVE
            and "long" in between
            and between & {"have", "has"}
        ):
            continue  # "Analysts have long argued that ...": the writer's summary of a view
        while j < t and toks[j].key in _TIME_WORDS:
            j += 1  # "X on Tuesday said": the time is not part of the cue
        cue_start = toks[j].start if parent is None else token.start
        if parent is None and hedged(toks, t):
            k = t - 3 if toks[t - 1].key == "have" else t - 2
            cue_start = toks[max(0, k - 1)].start  # "is understood to have told"
        cue = work[cue_start:cue_end]
        if mention is not None and parent is None and mention.start > s0:
            # "As Kao notes, ...", "As the minister told reporters, ...": the opening
            # "As" makes a verb of "notes" and hands the rest of the sentence over
            as_clause = _as_clause(work, s0, s1, toks, mention, cue, cue_end, quotes)
            if as_clause is not None:
                found.append(as_clause)
                continue
        kind, at = _complement(work, toks, last + 1, cue_end, s1, lemma)
        if documented and lemma in {"show", "find", "suggest", "indicate", "reveal"}:
            clause_only = False  # "Customs data show trade rose 7%": a document's finding
        clause_only = (
            clause_only
            and (lemma in NEEDS_THAT or key in _NOUN_LIKE)
            and not _thinks(toks, at, key, mention, kind)
            and not _closing_note(work, toks, t, key, kind, mention)
        )
        closes = (lemma == "report" or document_start >= 0) and kind == "none"
        closes = closes or (
            # "..., the Permanent Secretary has revealed.": the sentence before, revealed
            lemma in _CLOSING_ALONE
            and kind == "none"
            and mention is not None
            and work[s0 : mention.start].rstrip().endswith(",")
            # a clause before it, not "For the first time, the two sides agreed."
            and _has_verb(work, toks, _token_at(toks, s0), s1, 40)
            # nothing after it, or when or where ("revealed on Tuesday.")
            and (
                _ENDS.fullmatch(work, cue_end, s1) is not None
                or _closing(work, toks, t, last, s1, quotes)
            )
        )
        # ", CCTV reported." and ", a survey by X found." close a report
        if lemma == "read" and kind == "none":
            # '"...," the decision read.': a document's own words
            closes = mention is not None and mention.head in _READ_BY

        thing = (kind == "clause" or (kind == "that" and lemma == "manifest")) and (
            lemma in _OBJECT_OR_CLAUSE
        )
        if thing and _a_thing(work, toks, last, at, s1, lemma):
            continue  # "wrote the question on ...", "maintained its forecast", "claims most of"
        short = _words(work, at, s1) <= 4 and not participle
        if lemma == "describe" and kind == "clause" and short and not _as_within(toks, at, s1):
            continue  # "described a different experience.": a heading, not a report
        if lemma == "welcome" and kind == "clause" and _greeted(work, toks, at, s1):
            continue  # "welcomed Wang Yi to Jakarta": a host's act, not a view
        if lemma in _AS_VERBS and not _as_within(toks, at, s1):
            continue  # "presented a new plan": an act; "presented the trade as a success"
        if (
            lemma in {"tell", "promise", "pledge", "vow"}
            and kind == "clause"
            and (
                (not _infinitive(toks, at) and lemma != "tell")
                # not 'told reporters the format "complements, and does not replace" ...'
                or (_story(toks, at, s1) and not _quoted_verb(work, toks, _token_at(toks, at), s1))
            )
        ):
            continue  # "promised high-yield varieties", "tell a more hopeful story"
        if head != t and toks[head].key in _QUICK and kind not in {"that", "quote", "colon"}:
            continue  # "was quick to add capacity": an act, not a saying
        if lemma == "hope" and kind == "clause" and _infinitive(toks, at):
            continue  # "Negotiators hope to conclude them next year": an aim, not a saying
        if (
            lemma == "reckon"
            and kind == "clause"
            and not _has_verb(work, toks, _token_at(toks, at), s1, 12)
        ):
            continue  # "reckoned without the opposition": no clause, no view
        if lemma in _BE_ADJECTIVES and _closing_source(work, toks[t].end, s1):
            continue  # "Farmers were confident that ..., a survey found.": the survey's
        if lemma == "continue" and kind == "that":
            continue  # "Exports continued that trend": a determiner, no clause
        if lemma in NEEDS_QUESTION and _asked_in_an_opening_clause(work, toks, s0, t, s1):
            continue  # "When a reporter asked whether ..., Kao replied that ...": the setting
        if lemma in NEEDS_QUESTION:
            if kind in {"clause", "that"} and _first_key(toks, at) not in _WH:
                continue  # "asked the government to ...": a request, read as content elsewhere
        elif lemma == "agree" and kind == "clause" and _infinitive(toks, at):
            # "Both sides agreed to convene ...": a joint decision is the sides' statement
            joint = mention is not None and mention.kind in {
                MentionKind.JOINT,
                MentionKind.COLLECTIVE,
            }
            if not (joint or parent is not None):
                continue
        elif clause_only and kind not in {"that", "quote", "colon"} and not closes:
            quoted = mention is not None and _QUOTE_HANDED.search(work, s0, mention.start)
            if not (kind == "none" and quoted):
                continue  # but '"The FIT segment saved our year," he shared.' reports
        if secondary and parent is not None and kind == "none":
            continue
        if kind == "clause" and mention is not None and parent is None and not relative:
            before = _trailing(work, s0, toks, mention, cue, quotes, found)
            if before is not None and _circumstance(work, toks, before, at):
                kind = "none"  # '"...," Mr Suchart said after inspecting the site'
        if kind == "none" and mention is not None and parent is None and not relative:
            bare = _comma_clause(work, toks, s0, mention, cue_end, s1) if lemma in _SAID else None
            if bare is not None:
                kind, at = "clause", bare  # "Kao said, the bloc will stay neutral."
        if kind == "none" and mention is not None and parent is None:
            framed = _parenthetical(work, s0, s1, toks, mention, cue, cue_end, quotes, found)
            if framed:
                found.extend(framed)
                continue
            inserted = _inserted(work, s0, s1, toks, mention, cue, cue_end, quotes, found)
            if inserted is not None:
                found.append(inserted)
                continue
        if kind == "none":
            if mention is None:
                continue
            closer = mention
            if document_start >= 0:
                closer = attrs.evolve(mention, start=document_start)  # the whole "a survey by X"
            trailing = _trailing(work, s0, toks, closer, cue, quotes, found)
            if trailing is not None:
                trailing.mention = mention
                stop = work.find(",", max(cue_end, mention.end), min(s1, cue_end + _NEAR))
                trailing.frames = [(trailing.end, s1 if stop == -1 else stop)]
                trailing.near = token.start
                trailing.cue_end = max(cue_end, mention.end)
                found.append(trailing)
                second = _second_quote(work, cue_end, s1, quotes, trailing)
                if second is not None:
                    found.append(second)
            elif mention is not None and mention.start > s0:
                as_clause = _as_clause(work, s0, s1, toks, mention, cue, cue_end, quotes)
                if as_clause is not None:
                    found.append(as_clause)
            continue
        end = s1
        if relative:
            comma = work.find(",", at, s1)
            end = s1 if comma == -1 else comma  # "which X said now runs to 40 pages,"
        elif inside_who:
            end = _main_clause_comma(work, toks, at, s1)
        elif _in_fronted_clause(work, s0, mention, parent):
            # "As Kao said the plan was ready, the crowd cheered": the content ends with
            # the clause it is in
            end = _clause_comma(work, toks, at, s1, quotes)
            fronted_as = mention is not None and work[s0 : mention.start].strip().lower() == "as"
            if fronted_as and not _has_verb(work, toks, _token_at(toks, at), end, 12):
                # "As X said at a news conference in Jakarta after the meeting, the bloc
                # stands united": the frame ends at the comma, the content follows it
                at, end = end + 1, s1
            while at < end and work[at] in ", ":
                at += 1  # "said that, in principle, the deal ...": not the aside's comma
        elif kind == "clause" and lemma in _TAKES_OBJECT:
            end = _object_end(work, toks, at, s1)  # "noted the progress ... and tasked"
            when = _OBJECT_TIME.search(work, at, end)
            plain = when is not None and not _has_verb(work, toks, _token_at(toks, at), end, 40)
            if when is not None and plain and when.start() > at:
                end = when.start()  # "praised China's support on Monday": not the object's
        declined = _DECLINED.search(work, at, min(end, at + 1500))
        if declined is not None:
            end = declined.start()  # "..., but declined to comment on the talks"
        gloss = _GLOSS.search(work, at, min(end, at + 1500))
        if gloss is not None and "," not in work[gloss.end() : end]:
            end = gloss.start()  # '... "according to readiness", a phrase some read as ...'
        direct = kind == "colon" and not work[cue_end : at - 1].strip()  # "said:", not "who"
        block = _block_after(work, at, end) if direct else None
        if block is not None:
            at, end = block  # "Kao said:" closing its paragraph, the words set out below
        a, b, mode = _content_mode(work, at, end, quotes)
        if block is not None:
            mode = Mode.DIRECT_QUOTE  # a block quotation, with or without its marks
        elif mode is not Mode.DIRECT_QUOTE:
            hope = _HOPE.match(work, a, b)
            expressed = hope is not None and (hope["hope"] is None or lemma == "express")
            if expressed and hope is not None and _words(work, hope.end(), b) >= 3:
                a = hope.end()  # "said he hoped the rules would ...", "expressed hope that"
        if b <= a or _says_nothing(work[a:b]):
            continue  # "The man said nothing.", "they say so openly"
        if kind == "quote" and mention is not None and parent is None:
            # '"A," he said, "B."': the quotation before the attribution is his too
            before = _trailing(work, s0, toks, mention, cue, quotes, found)
            if before is not None and before.mode is Mode.DIRECT_QUOTE:
                before.frames, before.near = [(before.end, a)], token.start
                found.append(before)
                parent, mention = before, None
        if cut is not None:
            owner_found, where = cut
            left = work[owner_found.start : where].rstrip()
            owner_found.end = _trim(work, owner_found.start, where)[1]
            owner_found.extend = False
            if owner_found.mode is Mode.PARTIAL_QUOTE and not any(
                owner_found.start <= qa < owner_found.end for qa, _ in quotes
            ):
                owner_found.mode = Mode.REPORTED
            words_left = _words(work, owner_found.start, owner_found.end)
            if words_left < 2 or (
                left.endswith(",") and words_left <= 6 and kind in {"quote", "colon"}
            ):
                drop = owner_found  # "He recalled Y telling him: '...'": nothing of his own
        if drop is not None and drop in found:
            found.remove(drop)
        frame_start = s0 if parent is None else cue_start
        found.append(
            Found(
                start=a,
                end=b,
                mention=mention if parent is None else parent.mention,
                cue=cue,
                mode=mode,
                how="aside" if aside else "leading" if parent is None else "coordinated",
                frames=[(frame_start, a)],
                near=token.start,
                extend=mode is not Mode.DIRECT_QUOTE,
                parent=parent,
                confidence=0.9 if mode is Mode.DIRECT_QUOTE else 0.85,
            )
        )


def _requests_action(toks: Sequence[Token], last: int, s1: int) -> bool:
    """Whether "requested" asks someone to act ("requested the units to coordinate")."""
    for n in range(last + 1, min(len(toks) - 1, last + 30)):
        if toks[n].start >= s1 or toks[n].key in _REQUEST_ENDS:
            break  # "requested a report ..., which have been slow to respond": not its "to"
        if toks[n].key == "to" and toks[n + 1].text.islower() and toks[n + 1].key not in _ARTICLES:
            return True
    return False


_WHEN_BEFORE_ASIDE = re.compile(
    r"(?:(?:last|this|on|early|late)\s+(?:week|month|year|[A-Z][a-z]+day)|yesterday|earlier"
    r"|on\s+\d{1,2}\s+[A-Z][a-z]+|in\s+[A-Z][a-z]+)(?=\s*,)"
)
"""When something was said, between the cue and an aside ("said last month, ...")."""
_ASIDE_THAT = re.compile(r",[ \t]*[^,;:\"\u201c\u201d\n]{1,60}?,[ \t]*that[ \t]+(?=\S)")
"""An aside between a cue and its "that" (", however, that", ", in a speech, that")."""
_GLOSS = re.compile(
    r"(?<=[\"\u201d\u2019'])\s*,\s+(?:(?:a|an|one|the|this|that)\s+)?(?:[a-z]+\s+)?"
    r"(?:phrase|word|words|term|expression|language|remark|formulation|wording|label)\b"
)
"""The writer's gloss on a quoted phrase that ends the content: '... "a milestone", a
word he has used before', '... "neutral", language that echoed ...'."""
_REQUEST_ENDS = frozenset(
    {"which", "who", "that", "after", "before", "because", "when", "while", "according"}
    | {"since", "as", "seen", "sent", "but", "where"}
)
"""Words after which a "to" is no longer the request's ("requested a meeting ... after
exports began to fall")."""
_EMPTY = frozenset(
    {"nothing", "little", "much", "more", "less", "so", "otherwise", "something", "anything"}
    | {"everything", "this", "that", "it", "as much", "the same", "no more", "little else"}
)
"""Contents that say nothing ("said nothing", "said as much")."""


def _says_nothing(content: str) -> bool:
    """Whether a content says nothing, alone or with adverbs after it ("nothing", "so
    openly", "as much again")."""
    text = content.strip(" .").lower()
    if text in _EMPTY or _GREETINGS.match(text) or _QUESTIONS.match(text):
        return True  # "conveyed the greetings of the Prime Minister": a courtesy
    words = text.split()
    head = text.split(",")[0].split()  # "has said so before, and markets believe him"
    if head and head[0] in {"so", "as"} and _TIME_TAIL.fullmatch(" ".join(head[1:])):
        return head[0] == "so" or head[1:2] == ["much"]  # "said so on Thursday", "as much"
    for k in (1, 2):
        rest = words[k:]
        if " ".join(words[:k]) in _EMPTY and rest and len(rest) <= 2:
            return all(w.endswith("ly") or w in _EMPTY_ADVERBS for w in rest)
    return False


_GREETINGS = re.compile(
    r"(?:(?:the|his|her|their|its|warm|warmest|best|sincere|cordial|personal|fraternal)\s+)*"
    r"(?:greetings|regards|good\s+wishes|wishes|salutations|compliments)\b"
)
"""Courtesies conveyed or extended, which say nothing ("the greetings of the Prime
Minister", "warm regards from President X")."""
_QUESTIONS = re.compile(
    r"(?:(?:a|the|several|some|many|few|a\s+few|more|further|reporters'|journalists')\s+)*"
    r"questions?(?:\s+(?:from|at|after|during|on|in|about|for)\s+"
    r"(?!whether\b|if\b|why\b|how\b|what\b)(?:(?!\b(?:is|are|was|were|would|will|had|has)\b)"
    r"[^.;:])*)?$"
)
"""What "answered questions" and "took questions" report: no content of their own."""
_TIME_TAIL = re.compile(
    r"(?:much)?(?:\s*\b(?:again|too|openly|publicly|repeatedly|before|often|also))*"
    r"(?:\s*\b(?:on|in|at|last|this|during|after)\s+[\w\s',-]{1,60})?"
)
"""What may follow "said so" and still say nothing: when, where, how often."""
_EMPTY_ADVERBS = frozenset(
    {"too", "again", "before", "often", "now", "then", "today", "yesterday", "also", "here"}
)
"""Adverbs after a content that says nothing ("said so too", "said as much again")."""
_DECLINED = re.compile(
    r",?\s+(?:but|and)\s+(?:declined|refused|declines|refuses|would\s+not|did\s+not)\s+"
    r"(?:to\s+)?(?:comment|elaborate|say|give|provide|answer|discuss|specify|confirm"
    r"|disclose|detail)\b"
    r"|,?\s+(?:but|and)\s+(?:declined|refused|declines|refuses)\s+to\s+(?:share|name|reveal)\b"
    # what the speaker did not give, in the writer's words ("..., though he gave no
    # timeline"; not "... postponed the meeting without giving a date", the junta's)
    r"|,\s+(?:though|although)\s+(?:the\s+)?\w+\s+(?:gave|offered|provided)"
    r"\s+no\s+(?:new\s+|further\s+|more\s+)*"
    r"(?:timeline|timetable|date|details?|figures?|numbers?|reasons?|specifics)\b"
)
"""A speaker's refusal, or what they did not give, after the content: it ends the
content."""
_ADJECTIVAL = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "these"})


def _asked_in_an_opening_clause(work: str, toks: Sequence[Token], s0: int, t: int, s1: int) -> bool:
    """Whether the question at token ``t`` is asked in a clause opening the sentence
    with "When", "After" or "As" ("When a reporter asked whether ..., Kao replied"):
    no comma between that word and the question, and one after it."""
    first = _token_at(toks, s0)
    if first >= len(toks) or toks[first].key not in {"when", "after", "as"} or first >= t:
        return False
    if "," in work[toks[first].end : toks[t].start]:
        return False  # "After the meeting, Kao asked whether ...": the main clause
    return work.find(",", toks[t].end, s1) != -1


_SUBORDINATORS = frozenset({"while", "when", "after", "before", "in", "also", "further"})
_TAKES_OBJECT = frozenset(
    {"welcome", "note", "congratulate", "appreciate", "express", "reaffirm", "highlight"}
    | {"emphasize", "underscore", "praise", "commend", "laud", "hail", "acknowledge"}
    | {"recall", "describe", "accuse", "urge", "call", "propose", "recommend", "affirm"}
)
"""Lemmas whose content may be a noun phrase object ("welcomed the proposal")."""
_PAST = frozenset({"took", "made", "gave", "held", "set", "sent", "met", "led", "put", "left"})


_OBJECT_TIME = re.compile(
    r"\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|on\s+\d{1,2}\s+[A-Z][a-z]+|on\s+[A-Z][a-z]+\s+\d{1,2}|last\s+(?:week|month|year|night)"
    r"|this\s+(?:week|month|year|morning|afternoon)|earlier\s+this\s+(?:week|month|year)"
    r"|yesterday|today)\s*[.!]?[\"\u201d]?\s*$"
)
"""When a cue with an object was said, closing the sentence: not part of the object
("praised China's support on Monday")."""


def _object_end(work: str, toks: Sequence[Token], at: int, s1: int) -> int:
    """Where an object ends: before "and" and a verb of the subject's own ("noted the
    progress of the zone and tasked the agencies to ...")."""
    k = _token_at(toks, at)
    for m in range(k + 1, min(len(toks) - 1, k + 60)):
        if toks[m].start >= s1:
            break
        if toks[m].key != "and":
            continue
        verb = toks[m + 1]
        past = verb.text.islower() and (verb.key.endswith("ed") or verb.key in _PAST)
        if past and verb.key not in REPORTING and m + 2 < len(toks):
            nxt = toks[m + 2]
            if nxt.key in _ARTICLES or nxt.key in {"to", "that", "it", "them", "all"}:
                return toks[m].start
    return s1


_WH = frozenset({"whether", "if", "why", "how", "what", "when", "where", "who", "which"})
_CIRCUMSTANCE = frozenset(
    {"after", "before", "while", "when", "as", "during", "ahead", "following", "upon"}
    | {"at", "in", "on", "without", "despite", "amid", "since", "here", "there", "from"}
)
"""Words that start a circumstance of the saying ("said after inspecting the site")."""


def _says(work: str, toks: Sequence[Token], last: int, cue_end: int, s1: int, lemma: str) -> str:
    """For a participle: "quote" when a quotation or colon follows, "that" for a clause
    with "that", "clause" for another clause after a verb of saying, else ""."""
    kind, at = _complement(work, toks, last + 1, cue_end, s1, lemma)
    if kind in {"quote", "colon"}:
        return "quote"
    if kind == "clause" and lemma in _AS_VERBS | {"describe"} and _as_within(toks, at, s1):
        return "clause"  # ", describing the railway as 'a gift to our people'"
    if kind == "that":
        return "that"
    if kind == "clause" and lemma in SAY_LIKE:
        return "clause"
    if kind == "clause" and lemma == "call" and toks[last].key.startswith("call"):
        return "clause"  # ", calling the claim 'baseless'": the object named by a quotation
    return ""


def _after_relative(toks: Sequence[Token], mention: Mention, content: int) -> bool:
    """Whether the subject follows a relative "which" or "that" ("which a diplomat said
    ..."), not the "that" which opens the reported content at ``content``."""
    k = _token_at(toks, mention.start) - 1
    if k < 1 or toks[k].key not in {"which", "that", "whom"}:
        return False
    if toks[k].key == "that":
        before = toks[k - 1]
        if toks[k].end >= content - 1 >= 0 or before.key in REPORTING or before.key in AUDIENCES:
            return False  # "told reporters that her ministry would ...": the content's "that"
        return before.text.islower() and not before.key.endswith("ly")
    return True


def _circumstance(work: str, toks: Sequence[Token], before: Found, at: int) -> bool:
    """Whether the words after the cue are a circumstance, the content being before it:
    after a quotation handed over with a comma, or a content clause and a comma, when
    what follows starts with "after", "while", "at" ... or a participle."""
    k = _token_at(toks, at)
    if k >= len(toks):
        return True
    first = toks[k]
    if before.mode is Mode.DIRECT_QUOTE:
        return first.key != "that"
    return first.key in _CIRCUMSTANCE or (first.key.endswith("ing") and first.text.islower())


_OBJECT_PREPOSITIONS = frozenset({"with", "to", "from", "by", "for", "of", "among", "between"})


def _concessive(work: str, toks: Sequence[Token], mention: Mention) -> bool:
    """Whether ``mention`` is the subject of a clause of "whatever", "whoever" or "no
    matter what" ("..., whatever governments said."): a concession, not a report."""
    k = _token_at(toks, mention.start)
    if k < len(toks) and toks[k].key in {"whatever", "whoever", "whichever"}:
        return True
    before = work[max(0, mention.start - 20) : mention.start].lower().split()
    if before[-1:] and before[-1] in {"whatever", "whoever", "whichever"}:
        return True
    return before[-3:] == ["no", "matter", "what"]


def _place_in_a_phrase(work: str, toks: Sequence[Token], mention: Mention) -> bool:
    """Whether ``mention`` is a name right after "in", "from" or "at" (or after another
    name joined to it: "in Abuja or Accra"): where someone is, not who speaks. (A
    subject that holds the phrase, "Officials in Hanoi", starts before it.)"""
    if mention.kind is not MentionKind.NAME:
        return False
    k = _token_at(toks, mention.start) - 1
    if k >= 2 and toks[k].key in {"or", "and"} and toks[k - 1].text[:1].isupper():
        k -= 2  # the place before "or"
    if k < 0 or toks[k].key not in {"in", "from", "at"}:
        return False
    between = work[toks[k].end : mention.start]
    return not re.search(r"[^\w\s]", between)  # not '... come from?" Chen said'


def _object_of_preposition(toks: Sequence[Token], mention: Mention) -> bool:
    """Whether ``mention`` is the object of a preposition after a verb ("held talks
    with Wang Yi", "spoke to Anwar"): not the subject of a verb joined by "and"."""
    k = _token_at(toks, mention.start) - 1
    if k < 1 or toks[k].key not in _OBJECT_PREPOSITIONS:
        return False
    return toks[k - 1].text.islower() and toks[k - 1].key not in {"together", "along"}


_HOPE = re.compile(
    r"(?:(?:he|she|it)\s+(?:hoped|hopes|thought|thinks)\s+(?:that\s+)?"
    r"|(?P<hope>(?:the\s+)?hopes?\s+that\s+))(?!to\b|for\b)(?=[\w\"\u201c])"
)
"""The speaker's hope or thought that opens the content: what was said is the clause
after it ("said he hoped the new rules would shorten clearance times", "expressed the
hope that"; not "said he hoped to ...", nor "said hopes that ... were fading"). Only
"he", "she" or "it": "said they thought" may be other people's view."""
_TO_COME = frozenset(
    {"expected", "due", "set", "scheduled", "slated", "poised", "likely", "going", "about"}
    | {"plans", "planned", "plan", "intends", "intended", "hopes", "wants", "prepared"}
)
"""Words before "to" and a verb of saying that has not happened yet."""


def _still_to_come(toks: Sequence[Token], t: int, lemma: str) -> bool:
    """Whether the verb at ``t`` is a saying still to come ("is expected to tell", "is
    due to announce", "plans to say"): its plain form after "to" and such a word."""
    k = t - 1
    if k >= 2 and toks[k].key.endswith("ly") and toks[k].text.islower():
        k -= 1  # "is expected to formally tell"
    return k >= 1 and toks[t].key == lemma and toks[k].key == "to" and toks[k - 1].key in _TO_COME


def _coordinated_subject(
    work: str,
    toks: Sequence[Token],
    s0: int,
    j: int,
    last: int,
    cue_end: int,
    s1: int,
    lemma: str,
) -> Mention | None:
    """ "X thanked Beijing but insisted that ...": the subject of the sentence, for a
    cue joined by "and" or "but" (token ``j - 1``) to a verb that reports nothing, when
    a clause or a quotation follows the cue and no relative clause comes between."""
    says = _says(work, toks, last, cue_end, s1, lemma)
    if lemma == "tell" and says not in {"that", "quote"}:
        # "arrived in Beijing and told reporters China was a key partner": past the
        # audience, a clause as after "said"
        k = last + 1
        while k < len(toks) and toks[k].key in {"the", "local", "foreign", "state"}:
            k += 1
        if k < len(toks) and toks[k].key in AUDIENCES and k - last <= 3:
            last, lemma, says = k, "say", "clause"
    if lemma == "urge" and not says:
        kind = _complement(work, toks, last + 1, cue_end, s1, lemma)[0]
        urged = kind == "clause" and any(tk.key == "to" for tk in toks[last + 1 : last + 6])
        says = "that" if urged else ""  # "met Y and urged Beijing to ensure ...": a call
    opens = last + 1 < len(toks) and (
        toks[last + 1].key in _CLAUSE_SUBJECTS
        or toks[last + 1].text[:1].isupper()
        # "visited the port and said trade would grow": a bare noun, its verb after it
        or (toks[last + 1].text.islower() and toks[last + 1].key not in _NOT_BARE_SUBJECTS)
    )
    clause = says == "clause" and lemma == "say" and opens
    quoted = clause and _quote_after_subject(work, toks, last + 1, s1)
    clause = clause and _has_verb(work, toks, last + 2, s1, 12)
    clause = (clause and _verb_after_subject(toks, last + 1, s1)) or quoted
    # "The two sides reviewed ... and expressed satisfaction with ...": a stance taken
    stance = lemma in _STANCE_CUES and _complement(work, toks, last + 1, cue_end, s1, lemma)[0]
    if says not in {"that", "quote"} and not clause and not stance:
        return None  # but "visited the port and said the project was on track"
    first = _opener_end(work, toks, _token_at(toks, s0), j)
    subject = np_after(work, toks, first, len(toks))  # "The two sides" too
    if subject is None or subject.start != toks[first].start:
        return None
    if subject.kind is MentionKind.PRONOUN and subject.head not in {"he", "she", "they"}:
        return None
    between = toks[_token_at(toks, subject.end) : j - 1]
    if not between or any(tk.key in {"who", "which", "that", "whose"} for tk in between):
        return None
    if any(ch in work[subject.end : toks[j - 1].start] for ch in '.;:"\u201c\u201d'):
        return None
    return subject


def _opener_end(work: str, toks: Sequence[Token], first: int, j: int) -> int:
    """The token after a short phrase that opens the sentence before its subject ("In
    the meeting, | X referred to ... and said"), else ``first``."""
    if first >= len(toks) or toks[first].key not in _SCENE_OPENERS:
        return first
    for k in range(first + 1, min(j - 1, first + 8)):
        gap = work[toks[k - 1].end : toks[k].start]
        if any(ch in gap for ch in '.;:"\u201c\u201d'):
            return first
        if "," in gap:
            return k
    return first


_SCENE_OPENERS = frozenset(
    {"in", "at", "during", "on", "after", "before", "speaking", "addressing"}
)
"""Words that open a phrase before the subject of the sentence."""


_STANCE_CUES = frozenset(
    {"express", "reaffirm", "reiterate", "voice", "stress", "underline", "underscore"}
    | {"emphasize", "emphasise", "highlight", "pledge"}
)
"""Cues whose object is the stance itself ("expressed satisfaction with ...",
"reaffirmed their commitment to ..."), read after "and" as the subject's."""


_NOT_BARE_SUBJECTS = _PREPOSITIONS | _EMPTY | {"to", "so", "goodbye", "hello", "yes", "no"}
"""Words after "said" that do not open a clause's subject."""


def _quoted_verb(work: str, toks: Sequence[Token], k: int, s1: int) -> bool:
    """Whether a short noun phrase at ``k`` is followed by a quoted verb ('the format
    "complements, and does not replace" the partnerships'), not a quoted noun ('the
    "good news" first')."""
    if not _quote_after_subject(work, toks, k, s1):
        return False
    for n in range(k + 1, min(len(toks), k + 4)):
        if any(ch in work[toks[n - 1].end : toks[n].start] for ch in '"\u201c'):
            key = toks[n].key  # after a noun of its own: not 'the "deal"'
            return n > k + 1 and (key in _FINITE or key in MODALS or key.endswith(("s", "ed")))
    return False


def _quote_after_subject(work: str, toks: Sequence[Token], k: int, s1: int) -> bool:
    """Whether a short noun phrase at ``k`` is followed by a quotation that goes on from
    it ('said the company "regularly reviews its options"'): a clause, its verb quoted."""
    end = min(len(toks), k + 4)
    for n in range(k + 1, end):
        if toks[n].start >= s1:
            return False
        gap = work[toks[n - 1].end : toks[n].start]
        if any(ch in gap for ch in '"\u201c'):
            return toks[n].text[:1].islower()
        if "," in gap:
            return False
    return False


def sentence_subject(work: str, toks: Sequence[Token], s0: int) -> Mention | None:
    """The noun phrase that opens the sentence, when it names someone."""
    k = _token_at(toks, s0)
    found = np_after(work, toks, k, len(toks))
    if found is None or found.kind is MentionKind.JOINT or found.start != toks[k].start:
        return None
    if found.kind is MentionKind.TITLE:
        named = _APPOSITIVE_NAME.match(work, found.stop)
        if named is not None and not any(
            w.lower() in ORG_HEADS for w in named["name"].split()
        ):  # "The moderator, broadcaster Hessa Al Mazrouei, opened ... by noting"
            at = named.start("name")
            return Mention(
                start=at,
                end=named.end("name"),
                text=named["name"],
                kind=MentionKind.NAME,
                head=named["name"].split()[-1].lower(),
            )
    return found


_APPOSITIVE_NAME = re.compile(
    r",[ \t]+(?:[a-z][\w-]*[ \t]+){0,3}"
    r"(?P<name>[A-Z][\w'\u2019.-]+(?:[ \t]+[A-Z][\w'\u2019.-]+){1,3}),"
)
"""A name between commas after a title that opens the sentence, perhaps described
("The moderator, broadcaster Hessa Al Mazrouei,")."""


def _fronted(
    work: str,
    s0: int,
    s1: int,
    toks: Sequence[Token],
    t: int,
    last: int,
    quotes: Sequence[tuple[int, int]],
) -> Found | None:
    """ "Noting that A, Tang said that B": A is Tang's, up to the comma before him; so is
    the object of "While noting the progress ..., the ministers reiterated"."""
    that = _token_at(toks, toks[last].end)
    if that >= len(toks):
        return None
    start = toks[that].end if toks[that].key == "that" else toks[that].start
    for k in range(that + 2, min(len(toks), that + 80)):
        if toks[k].start >= s1:
            break
        if "," not in work[toks[k - 1].end : toks[k].start]:
            continue
        subject = np_after(work, toks, k, len(toks))
        if subject is None or subject.kind is MentionKind.JOINT:
            continue
        v = _token_at(toks, subject.stop)
        while v < len(toks) and toks[v].key in ADVERBS:
            v += 1
        if v < len(toks) and toks[v].key in REPORTING:
            comma = work.rfind(",", toks[k - 1].end, toks[k].start)
            a, b, mode = _content_mode(work, start, comma, quotes)
            cue = work[toks[t].start : toks[last].end if start == toks[that].start else start]
            return Found(
                start=a,
                end=b,
                mention=subject,
                cue=cue,
                mode=mode,
                how="fronted",
                frames=[(toks[k].start, s1)],
                near=toks[t].start,
                confidence=0.8,
            )
    return None


def _cue_before(work: str, found: Sequence[Found], at: int) -> Found | None:
    """The statement whose cue ends just before ``at``, with only a comma between."""
    for f in reversed(found):
        if 0 <= f.cue_end <= at and not work[f.cue_end : at].strip(" ,"):
            return f
    return None


def _first_key(toks: Sequence[Token], at: int) -> str:
    k = _token_at(toks, at)
    return toks[k].key if k < len(toks) else ""


def _infinitive(toks: Sequence[Token], at: int) -> bool:
    """Whether the text at ``at`` is "to" and a verb ("to convene", not "to the plan")."""
    k = _token_at(toks, at)
    if k + 1 >= len(toks) or toks[k].key != "to":
        return False
    nxt = toks[k + 1]
    return (
        nxt.text.islower()
        and nxt.key not in _ARTICLES
        and nxt.key not in _NOT_VERBS
        and nxt.key not in AUDIENCES  # "said to colleagues that"
    )


_FINITE = frozenset(
    {"is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can"}
    | {"may", "might", "must", "should", "seems", "seemed", "remains", "remained"}
)
_ARTICLES = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their", "his"})
_NOT_VERBS = frozenset(
    {"it", "them", "him", "her", "us", "me", "you", "our", "my", "your", "all", "both"}
    | {"each", "such", "some", "any", "every", "what", "which", "whom", "one", "none"}
)
"""Words after "to" that begin an object, not a verb ("agreed to it", "agreed to all")."""


_SAID = frozenset({"say", "state", "emphasize", "emphasise", "stress", "note", "add", "point"})
"""Cues that a comma and a clause may follow with no "that" ("He emphasized, the railway
...", as translations print it); not "argued," or "announced," before a new clause."""
_NOT_A_CLAUSE_START = frozenset(
    {"who", "whom", "which", "whose", "while", "when", "after", "before", "as", "in", "on"}
    | {"at", "during", "with", "without", "for", "from", "to", "by", "adding", "saying"}
    | {"but", "and", "or", "though", "although", "according", "speaking", "citing", "not"}
)


def _comma_clause(
    work: str, toks: Sequence[Token], s0: int, mention: Mention, cue_end: int, s1: int
) -> int | None:
    """Where the content starts after a comma that follows a leading cue with no "that":
    "He emphasized, the railway has carried 60 million passengers", as translations and
    some regional English print it. The sentence opens with the speaker, nothing is
    quoted, and a finite verb follows within a few words; not "he said, adding ...", nor
    "said, in a speech, ..."."""
    if work[s0 : mention.start].strip(' \t\n"\u201c') != "" or not work.startswith(",", cue_end):
        return None
    if any(ch in work[s0:s1] for ch in QUOTES):
        return None
    k = _token_at(toks, cue_end)
    if k >= len(toks) or toks[k].key in _NOT_A_CLAUSE_START or toks[k].key.endswith("ing"):
        return None
    for n in range(k + 1, min(len(toks), k + 9)):
        if toks[n].start >= s1 or "," in work[toks[n - 1].end : toks[n].start]:
            return None
        if toks[n].key in _FINITE or (toks[n].key.endswith("ed") and toks[n].text.islower()):
            return toks[k].start
    return None


_GLOSSED = re.compile(
    r"(?P<quote>\s*[\"\u201c][^\"\u201c\u201d\n]+[\"\u201d])\s*\([^()\n]{1,200}\)\s*"
)
"""A quotation and its translation in brackets after it, before the cue: the words said
are the quotation's."""


def _trailing(
    work: str,
    s0: int,
    toks: Sequence[Token],
    mention: Mention,
    cue: str,
    quotes: Sequence[tuple[int, int]],
    found: Sequence[Found],
) -> Found | None:
    """ "CONTENT, X said." and '"QUOTE," X said.': the content before the attribution."""
    left = _left_start(work, s0, found)
    left = max(left, mention.start - 10 * _NEAR)
    before = work[left : mention.start].rstrip()
    described = _LOWER_OFFICE.search(before)
    if described is not None and described["office"].lower() in OFFICE_WORDS:
        # '"...," coast guard spokesman Jay Tarriela said': the office before the name
        before = before[: described.start()].rstrip()
    if not before:
        return None
    if before[-1] == ",":
        end = left + len(before) - 1
    elif before[-1] in CLOSING + '"' and _quote_closing_at(left + len(before) - 1, quotes):
        end = left + len(before)
        opening = next((qa for qa, qb in quotes if qb == end - 1), left)
        after_quote = any(left <= qb <= left + 3 for _, qb in quotes if qb < opening)
        if opening > left and after_quote and _frame_between(work, left, opening):
            left = opening  # '"A," Kao said, "B," he added.': B only, not Kao's frame
        elif opening > left and work[left:opening].rstrip().endswith(":"):
            left = opening  # 'Traders were wary: "...," one said.': the scene is the writer's
    else:
        return None
    glossed = _GLOSSED.fullmatch(work, left, end)
    if glossed is not None:
        end = glossed.end("quote")  # '"Ol i harim pinis" (they have heard us), he said'
    a, b, mode = _content_mode(work, left, end, quotes)
    if mode is not Mode.DIRECT_QUOTE and _words(work, a, b) < 3:
        return None
    if mode is Mode.DIRECT_QUOTE and _words(work, a, b) < 2:
        return None
    if mode is not Mode.DIRECT_QUOTE and _ASKED_CLAUSE.match(work, a, b):
        return None  # "Asked by Horizont what he would ..., Kao replied by email": the question
    words = cue.split()
    asked = REPORTING.get(words[-1].lower()) in NEEDS_QUESTION if words else False
    if asked and mode is not Mode.DIRECT_QUOTE and not work[a:b].rstrip().endswith("?"):
        return None  # "After the statement was read, the Chairman took questions"
    return Found(
        start=a,
        end=b,
        mention=mention,
        cue=cue,
        mode=mode,
        how="trailing",
        confidence=0.9 if mode is Mode.DIRECT_QUOTE else 0.85,
    )


_ASKED_CLAUSE = re.compile(
    r"(?:when[ \t]+|after[ \t]+being[ \t]+|if[ \t]+)?(?:asked|questioned|pressed|quizzed)\b",
    re.IGNORECASE,
)
"""A clause before the speaker that says what they were asked, not what they said."""

_LOWER_OFFICE = re.compile(
    r"(?<=[,\"\u201d])\s+(?:(?!(?:and|but|or|while|as|then|so|which|who|said|says)\b)"
    r"[a-z][\w-]*\s+){0,4}(?P<office>[a-z][\w-]*)\s*$"
)
"""An office in lower case between a quotation and the name that closes it ('...,"
coast guard spokesman | Jay Tarriela said')."""


def _name_after_office(work: str, toks: Sequence[Token], k: int) -> Mention | None:
    """The name after an office written in lower case ("said central bank governor Eli
    Remolona"): up to four lower-case words, the last an office, then a name."""
    n = _after_lower_words(toks, k, toks[-1].end if toks else 0)
    if n is None or toks[n - 1].key not in OFFICE_WORDS:
        return None
    found = np_after(work, toks, n, len(toks))
    return found if found is not None and found.kind is MentionKind.NAME else None


def _frame_between(work: str, a: int, b: int) -> bool:
    """Whether ``work[a:b]``, between two quotations, holds an attribution of its own
    ('," Kao said, "'), which a closing attribution after the second does not take in."""
    words = re.findall(r"[A-Za-z]+", work[a:b])
    return 0 < len(words) <= 12 and any(REPORTING.get(w.lower()) for w in words)


def _quote_closing_at(pos: int, quotes: Sequence[tuple[int, int]]) -> bool:
    return any(b == pos for _, b in quotes)


def _second_quote(
    work: str, cue_end: int, s1: int, quotes: Sequence[tuple[int, int]], first: Found
) -> Found | None:
    """'"...," he said, "..."': the quotation after the attribution, same speaker."""
    for qa, qb in quotes:
        if not cue_end <= qa < min(s1, cue_end + _NEAR):
            continue
        between = work[cue_end:qa].strip()
        if between in {",", ":"} or _participial_aside(between) or _circumstance_aside(between):
            a, b = _trim(work, qa + 1, min(qb, s1))
            if _words(work, a, b) >= 2:
                return Found(
                    start=a,
                    end=b,
                    mention=first.mention,
                    cue=first.cue,
                    mode=Mode.DIRECT_QUOTE,
                    how="second quote",
                    parent=first,
                    frames=[],
                    near=first.near,
                    confidence=0.85,
                )
    return None


def _participial_aside(between: str) -> bool:
    """ ", settling into a chair beneath a map," between an attribution and a quotation."""
    if not (between.startswith(",") and between.endswith(",")) or any(
        ch in between for ch in '.;:!?"\u201c\u201d'
    ):
        return False
    words = between.strip(", ").split()
    return 0 < len(words) <= 15 and words[0].endswith("ing") and words[0].islower()


_ASIDE_STARTS = frozenset(
    {"on", "in", "at", "after", "before", "during", "from", "outside", "later", "earlier"}
    | {"yesterday", "today", "last", "this", "when", "while", "as"}
)
"""Lowercase words opening a time or place between commas; a weekday may be capitalised."""


def _frame_tail(between: str) -> bool:
    """What may end an inserted frame before its comma: a time or place ("on Monday,"),
    or an audience, a word for one or a name, then perhaps a time or place ("reporters on
    Monday,", "The Straits Times,")."""
    if _circumstance_aside(between):
        return True
    words = between[:-1].split()
    if not words or len(words) > 8 or not between.endswith(","):
        return False
    if words[0].lower() not in AUDIENCES and not words[0][:1].isupper():
        return False
    n = 1  # "The Straits Times", "Nikkei Asia": a name of several capitalised words
    while n < len(words) and words[0][:1].isupper() and words[n][:1].isupper():
        n += 1
    rest = " ".join(words[n:]) + ","
    return rest == "," or _circumstance_aside(rest)


def _circumstance_aside(between: str) -> bool:
    """ "on Monday,", "on the sidelines of the summit,": where or when, between an
    attribution and the rest of its quotation ('"...," he said on Monday, "..."')."""
    if not between.endswith(",") or any(ch in between[:-1] for ch in ',.;:!?"\u201c\u201d'):
        return False
    words = between[:-1].split()
    if not 0 < len(words) <= 12:
        return False
    first = words[0]
    return first.lower() in WEEKDAYS or (first.islower() and first in _ASIDE_STARTS)


def _inserted(
    work: str,
    s0: int,
    s1: int,
    toks: Sequence[Token],
    mention: Mention,
    cue: str,
    cue_end: int,
    quotes: Sequence[tuple[int, int]],
    found: Sequence[Found],
) -> Found | None:
    """ "The agreement, he said, could double ...": a frame between commas inside the
    reported sentence; the whole sentence is the statement, the frame included."""
    left = max(_left_start(work, s0, found), mention.start - 200)
    before = work[left : mention.start].rstrip()
    if not before.endswith(",") or not 1 <= len(before.split()) <= 10:
        return None
    if any(ch in before[:-1] for ch in ".;:!?"):
        return None
    if any(left < qa < mention.start for qa, _ in quotes):
        return None
    rest = work[cue_end:s1]
    comma = rest.find(",")
    if comma > 0 and _frame_tail(rest[: comma + 1].strip()):
        cue_end += comma  # "The plan, Kao said on Monday, would help farmers."
        rest = rest[comma:]
    if not rest.startswith(","):
        return None
    k = _token_at(toks, cue_end)
    # the rest of the clause: its verb ("would help"), or the clause an adjective before
    # the frame takes ("It remains unclear, analysts say, whether ...")
    clause = _WH - {"who", "which"} | {"that"}  # not ", officials said, who spoke ..."
    if k >= len(toks) or not (_verbish(toks[k]) or toks[k].key in clause):
        return None
    a, b, mode = _content_mode(work, left, s1, quotes)
    if mode is Mode.DIRECT_QUOTE:
        return None
    return Found(
        start=a,
        end=b,
        mention=mention,
        cue=cue,
        mode=mode,
        how="inserted",
        frames=[(mention.start, cue_end)],
        near=mention.start,
        extend=True,
        confidence=0.8,
        cue_end=cue_end,
    )


_AS_VERBS = frozenset({"present", "portray", "characterize", "frame"})
"""Verbs that report a view only with "as" ("presented the trade as a success")."""


def _as_within(toks: Sequence[Token], at: int, s1: int) -> bool:
    """Whether "as" follows within a few words, as in "presented the trade as a success"
    (not "as part of", "as well as": a view is not what follows)."""
    k = _token_at(toks, at)
    window = [t for t in toks[k : k + 13] if t.start < s1]
    return any(
        t.key == "as" and (n + 1 >= len(window) or window[n + 1].key not in {"part", "well"})
        for n, t in enumerate(window[:12])
    )


_TALES = frozenset({"story", "stories", "tale", "tales", "joke", "jokes", "anecdote", "anecdotes"})
"""What is told that is not a report: "told a story that surprised us"."""


_GUESTS = words(
    "delegation delegations delegates guests guest visitors visitor counterpart counterparts "
    "participants attendees minister ministers ambassador ambassadors envoy envoys leaders "
    "president premier team teams mission missions him her them everyone all"
)
"""Whom a host welcomes: a greeting, not a view ("welcomed the visiting delegation")."""


def _greeted(work: str, toks: Sequence[Token], at: int, s1: int) -> bool:
    """Whether what is welcomed is people (the delegation, a minister, a person by name
    to a place), not a thing ("welcomed the new rules", "welcomed President Marcos's
    visit", "welcomed the Kuala Lumpur Declaration")."""
    k = _token_at(toks, at)
    words = [t for t in toks[k : k + 10] if t.start < s1]
    if any(t.text.endswith(("'s", "\u2019s")) for t in words[:8]):
        return False  # "welcomed President Marcos's visit": his visit
    n = 0
    while n < len(words) and (words[n].key in _ARTICLES or words[n].key in {"visiting", "all"}):
        n += 1
    rest = words[n:]
    if not rest:
        return False
    if rest[0].key in _GUESTS:
        return not (len(rest) > 1 and rest[1].key == "of")  # not "the President of ..."
    if n > 0:
        return False  # "the Regional Comprehensive Economic Partnership": a thing
    # "welcomed Wang Yi to the Secretariat": a name alone, then where
    run = 0
    while run < min(len(rest), 4) and rest[run].text[:1].isupper():
        run += 1
    return 2 <= run < len(rest) and rest[run].key == "to"


def _story(toks: Sequence[Token], at: int, s1: int) -> bool:
    """Whether what follows "tell" is only a noun phrase with no clause ("tell a more
    hopeful story", "told a different tale")."""
    k = _token_at(toks, at)
    words = [t for t in toks[k : k + 8] if t.start < s1]
    if not words or words[0].key not in {"a", "an", "the", "their", "his", "her", "its"}:
        return False
    for n, t in enumerate(words):
        if t.key in {"that", "to", "how", "why"} and n > 0 and words[n - 1].key in _TALES:
            return True  # "told a story that surprised us": the story, described
        if t.key in _FINITE or t.key in {"that", "to", "how", "why"}:
            return False
    # "told reporters the bloc opposed the move": a past tense right after the subject;
    # not one inside a phrase that describes a noun ("the details of the agreement
    # reached", "the name of the detained sailor", "the dispute, which dated")
    for n, t in enumerate(words[1:6], start=1):
        if t.key in _NOUN_LINKS or not t.text[:1].isalnum():
            # a phrase describing the noun: still a clause when a finite verb or a past
            # tense with an object follows ("the details of the agreement reached last
            # night would be published", "the ministry of trade approved the plan")
            rest = [tk for tk in toks[k + n + 1 : k + 16] if tk.start < s1]
            relative = t.key in {"which", "who", "whose"} or not t.text[:1].isalnum()
            for m, tk in enumerate(rest):
                relative = relative or tk.key in {"which", "who", "whose", "that"}
                if tk.key in _FINITE or tk.key in MODALS:
                    return False
                following = rest[m + 1] if m + 1 < len(rest) else None
                past = tk.key in _IRREGULAR_PAST or (tk.text.islower() and tk.key.endswith("ed"))
                if past and following is not None and following.key in _ARTICLES:
                    return False
                if past and not relative and words[n - 1].key not in _TELLABLE and m <= 4:
                    return False  # "told parliament the talks with Beijing stalled in March"
            return True
        past = t.key in _IRREGULAR_PAST or (
            t.text.islower() and t.key.endswith("ed") and len(t.key) > 4
        )
        if past and n >= 2 and words[n - 1].key not in DETERMINERS:
            return False
    return True


_TELLABLE = frozenset(
    {"details", "name", "names", "terms", "text", "contents", "content", "outcome", "results"}
    | {"result", "news", "figures", "number", "numbers", "date", "dates", "truth", "facts"}
    | {"reasons", "substance", "gist", "scope", "size", "cost", "price", "story", "tale"}
    | {"timeline", "timetable", "list", "sequence", "schedule", "outline", "breakdown"}
    | {"history", "status", "progress"}
)
"""Nouns that are what someone tells ("told reporters the details of the agreement
reached last night"): a past tense after the phrase describing them describes them."""
_NOUN_LINKS = frozenset(
    {"of", "in", "on", "at", "for", "with", "from", "by", "about", "which", "who", "whose"}
)
"""Words that open a phrase describing a noun, after which a past tense is not the
noun's verb ("the story of a fisherman detained")."""


_SUBORDINATE = frozenset(
    {"where", "that", "which", "because", "when", "if", "although", "though", "while", "as"}
)


def _parenthetical(
    work: str,
    s0: int,
    s1: int,
    toks: Sequence[Token],
    mention: Mention,
    cue: str,
    cue_end: int,
    quotes: Sequence[tuple[int, int]],
    found: Sequence[Found],
) -> list[Found]:
    """A frame between commas that is not between a subject and its verb:

    - after a short opening adverbial ("Today, villagers estimate, nearly half ..."),
      or a word that opens a clause ("a stream where, he says, the water runs brown"):
      the clause after the frame is the statement;
    - between two clauses ("Prices are set in Kunming, he said, and if growers want
      more ..."): two statements, as a quotation interrupted by "he said" is two.
    """
    left = max(_left_start(work, s0, found), mention.start - 400)
    before = work[left : mention.start].rstrip()
    if not before.endswith(",") or any(left < qa < mention.start for qa, _ in quotes):
        return []
    rest = work[cue_end : min(s1, cue_end + _NEAR)]
    comma = rest.find(",")
    if comma == -1 or len(rest[:comma].split()) > 4 or any(c in rest[:comma] for c in ".;:"):
        return []
    after = cue_end + comma + 1
    k = _token_at(toks, after)
    lead = toks[_token_at(toks, left) : _token_at(toks, mention.start)]
    words = [t for t in lead if t.start >= left]
    if not words or k >= len(toks):
        return []
    finite = any(t.key in _FINITE or t.key in {"do", "does", "did"} for t in words)
    b_end = s1
    verb = cue.split()[-1].lower() if cue.split() else ""
    past = verb.endswith("ed") or verb in {"said", "told", "wrote", "thought", "felt"}
    if toks[k].key in _CONJUNCTIONS and finite and len(words) >= 3 and past:
        first = _trailing(work, s0, toks, mention, cue, quotes, found)
        if first is None or first.mode is Mode.DIRECT_QUOTE:
            return []
        a, b, mode = _content_mode(work, toks[k].end, b_end, quotes)
        if _words(work, a, b) < 3 or (toks[k + 1 : k + 2] and toks[k + 1].key.endswith("ing")):
            return []
        first.frames, first.near, first.cue_end = [(first.end, after)], mention.start, cue_end
        second = Found(
            start=a,
            end=b,
            mention=mention,
            cue=cue,
            mode=mode,
            how="second clause",
            parent=first,
            frames=[(mention.start, after)],
            near=mention.start,
            confidence=0.75,
        )
        return [first, second]
    adverbial = (
        not finite
        and words[0].start == left
        and _leading_adverbial([t.text for t in words])
        and not _verbish(toks[k])
    )  # "Today, villagers estimate, ...", not "The agreement, he said, could ..."
    if not (adverbial or words[-1].key in _SUBORDINATE):
        return []
    a, b, mode = _content_mode(work, after, b_end, quotes)
    if _words(work, a, b) < 3 or toks[k].key.endswith("ing"):
        return []
    return [
        Found(
            start=a,
            end=b,
            mention=mention,
            cue=cue,
            mode=mode,
            how="parenthetical",
            frames=[(left, a)],
            near=mention.start,
            extend=True,
            confidence=0.75,
        )
    ]


def _verbish(token: Token) -> bool:
    """A finite verb or auxiliary opening the rest of a sentence ("were", "could", "asked")."""
    key = token.key
    if not token.text.islower():
        return False
    return key in _FINITE or key in {"did", "does", "do"} or (key.endswith("ed") and len(key) > 3)


_TOLD = frozenset({"told", "tells", "reminded", "reminds", "assured", "warned", "briefed"})
"""Verbs of telling whose object (a plural noun) may come between "As X told" and the
comma ("As the Secretary-General reminded ministers, ...")."""
_FRONTING = frozenset({"as", "when", "after", "before", "while", "because", "although", "though"})


def _in_fronted_clause(work: str, s0: int, mention: Mention | None, parent: Found | None) -> bool:
    """Whether the speaker opens a clause fronted by "As", "When", "After" ... at the
    start of the sentence ("When Kao said the talks were over, ...")."""
    if mention is None or parent is not None or mention.start - s0 > 12:
        return False
    return work[s0 : mention.start].strip().lower() in _FRONTING


_SHORT_PART = re.compile(
    r"\s*(?:[\w'\u2019-]+\s+){0,2}[\w'\u2019-]+\s*(?:(?P<mark>,)|(?=\s(?:and|or)\s))"
)
"""One to three words and then a comma, "and" or "or": a list's item or a short aside."""


def _main_clause_comma(work: str, toks: Sequence[Token], at: int, s1: int) -> int:
    """Where a report inside ", who said that ...," ends: at the comma before the verb of
    the main clause ("A senior official, who said talks had stalled, asked not to be
    named"), else ``s1``."""
    comma = work.find(",", at, s1)
    while comma != -1:
        k = _token_at(toks, comma)
        if k < len(toks) and toks[k].key in {"which", "who", "whose"}:
            comma = work.find(",", comma + 1, s1)  # past the inner clause ("which began,")
            if comma == -1:
                return s1
        elif k < len(toks) and toks[k].start < s1 and toks[k].text.islower():
            key = toks[k].key
            if key in _FINITE or key in _IRREGULAR_PAST or (key.endswith("ed") and len(key) > 4):
                return comma
        comma = work.find(",", comma + 1, s1)
    return s1


def _clause_comma(
    work: str, toks: Sequence[Token], at: int, s1: int, quotes: Sequence[tuple[int, int]]
) -> int:
    """The first comma after ``at`` outside quotation marks that does not open a
    relative clause ("the deal, which took ten years, was done,"), else ``s1``."""
    comma = work.find(",", at, s1)
    while comma != -1:
        k = _token_at(toks, comma)
        inside = _inside(comma, quotes) is not None
        if inside and comma + 1 < s1 and work[comma + 1] in '"\u201d':
            return comma + 2  # '"We are ready," the hall cheered': the quotation ends it
        short = _SHORT_PART.match(work, comma + 1, s1)
        if not inside and short is not None:
            # a list ("tariffs on Vietnam, Thailand and Cambodia") or an aside ("that, in
            # principle, the deal ..."): inside the clause
            comma = work.find(",", short.end() if short["mark"] == "," else comma + 1, s1)
            continue
        if not inside and not (k < len(toks) and toks[k].key in {"which", "who", "whose"}):
            return comma
        if not inside:
            comma = work.find(",", comma + 1, s1)  # past the relative clause's own comma
            if comma == -1:
                return s1
        comma = work.find(",", comma + 1, s1)
    return s1


def _block_after(work: str, at: int, end: int) -> tuple[int, int] | None:
    """The paragraph set out after a cue whose colon ends its own paragraph ("Kao
    said:", then the words as a paragraph or a block quotation of their own)."""
    if work[at:end].strip() or "\n" not in work[at : at + 200]:
        return None
    window = work[at : at + 401]  # a bounded look: never a copy of the rest of the text
    start = at + len(window) - len(window.lstrip())
    if start >= len(work) or start - at > 400:
        return None
    stop = work.find("\n", start)
    stop = len(work) if stop == -1 else stop
    stop = start + len(work[start:stop].rstrip())
    block = work[start:stop]
    if block[0] in "-*\u2022\u2013" or block.isupper() or block.endswith("?"):
        return None  # a list, a heading or a question: not one block of someone's words
    if stop - start >= 4 and work[start] in QUOTES and work[stop - 1] in QUOTES:
        start, stop = start + 1, stop - 1  # a quotation set out: the words inside its marks
    return (start, stop) if stop - start >= 12 else None


def _as_clause(
    work: str,
    s0: int,
    s1: int,
    toks: Sequence[Token],
    mention: Mention,
    cue: str,
    cue_end: int,
    quotes: Sequence[tuple[int, int]],
) -> Found | None:
    """ "As X noted, CONTENT": the content after the comma."""
    if mention.start - s0 > 12:
        return None
    head = work[s0 : mention.start].strip().lower()
    if head not in {"as", "like"}:
        return None
    rest = work[cue_end : min(s1, cue_end + _NEAR)]
    marks = [at for at in (rest.find(","), rest.find(":")) if at != -1]
    if not marks:
        return None
    comma = min(marks)  # "As X noted, ..." or "As one trader put it: '...'"
    between = rest[:comma].split()
    if between[:1] and between[0].lower() in _ADJECTIVAL and len(between) > 1:
        between = between[1:]  # "told the/his counterparts"
    if between[:1] and (
        between[0].lower() in AUDIENCES
        or (between[0].islower() and between[0].endswith("s") and cue.split()[-1] in _TOLD)
    ):
        between = between[1:]  # "As the minister told reporters, ...", "reminded ministers"
    elif between[:1] == ["it"]:
        between = between[1:]  # "As X put it at a workshop last month, ..."
    timed = between[:1] and between[0].lower() in _TIME_WORDS | {"in", "at", "during", "once"}
    if " ".join(between) not in {"", "out"} and not (timed and len(between) <= 14):
        return None  # "As X said on Monday, ...", "As X noted at the summit, ..."
    a, b, mode = _content_mode(work, cue_end + comma + 1, s1, quotes)
    if b <= a:
        return None
    return Found(
        start=a,
        end=b,
        mention=mention,
        cue=f"{work[s0 : s0 + 2]} {cue}",
        mode=mode,
        how="as",
        frames=[(s0, a)],
        near=mention.start,
        extend=True,
        confidence=0.85,
    )


def _inverted(
    work: str,
    s0: int,
    s1: int,
    toks: Sequence[Token],
    t: int,
    last: int,
    quotes: Sequence[tuple[int, int]],
    lemma: str,
    found: Sequence[Found],
) -> Found | None:
    """'"...," said Wang Yi, the foreign minister.': the speaker after the verb."""
    if lemma not in _INVERTS:
        return None
    left = work[max(s0, toks[t].start - 8) : toks[t].start].rstrip()
    if not left or left[-1] not in ',"\u201d':
        return None
    if lemma == "tell" and left.rstrip(",").rstrip()[-1:] not in {'"', "\u201d"}:
        return None  # "X, chief economist at Y, told The Times": the outlet is told
    after = last + 1
    if after < len(toks) and toks[after].key == "by" and lemma in _SAID_THAT:
        after += 1  # "..., said by H.E. Chea Sophal": the agent is the speaker
    elif after < len(toks) and toks[after].key in _PREPOSITIONS:
        # "..., declared on Wednesday, in Hanoi, the state secretary ..., X.": past when
        # and where; not "X, ..., underlined, on Wednesday in Rabat, that ..."
        past = _past_circumstances(work, toks, after, s1)
        if past is None or toks[past].key == "that":
            return None
        after = past
    mention = np_after(work, toks, after, len(toks))
    if mention is None:
        mention = _name_after_office(work, toks, after)  # "said central bank governor X"
    if mention is None or (mention.kind is MentionKind.PRONOUN and mention.head not in PRONOUNS):
        return None
    if mention.head in AUDIENCES and lemma == "tell":
        return None  # "X, a coffee exporter, told reporters that": the audience
    if s1 - mention.stop > _NEAR:
        return None
    tail = work[mention.stop : s1].strip()
    circumstance = tail.split(" ", 1)[0].lower() in _CIRCUMSTANCE | {"to", "with", "for"}
    described = bool(tail) and _described_source(work, mention) and _postmodifier_tail(tail)
    if (
        tail
        and not circumstance
        and not (tail[0] in ",." and (tail[0] == "." or _appositive_tail(tail)))
        and not described
    ):
        return None  # ", said Kao in an interview with Xinhua." is a circumstance
    if tail and described:
        rest = work[mention.stop : s1]
        mention = attrs.evolve(mention, extent=mention.stop + _first_stop(rest))
    cue = work[toks[t].start : toks[last].end]
    found_here = _trailing(
        work, s0, toks, attrs.evolve(mention, start=toks[t].start), cue, quotes, found
    )
    if found_here is None:
        return None
    found_here.mention = mention
    stop = work.find(",", mention.end, min(s1, mention.end + _NEAR))
    found_here.frames = [(found_here.end, s1 if stop == -1 else stop)]
    found_here.near = toks[t].start
    return found_here


def _past_circumstances(work: str, toks: Sequence[Token], k: int, s1: int) -> int | None:
    """The token after the short phrases of time and place from ``k``, each closed by a
    comma ("on Wednesday, in Hanoi, | the state secretary"), or ``None``."""
    while k < len(toks) and toks[k].key in _PREPOSITIONS:
        closed = None
        for m in range(k + 1, min(len(toks), k + 7)):
            if toks[m].start >= s1:
                return None
            gap = work[toks[m - 1].end : toks[m].start]
            if any(ch in gap for ch in '.;:"\u201c\u201d'):
                return None
            if "," in gap:
                closed = m
                break
        if closed is None:
            return None
        k = closed
    return k if k < len(toks) and toks[k].start < s1 else None


def _described_source(work: str, mention: Mention) -> bool:
    """ "a source at a state ...", "an official from the ...": a speaker named by a title
    or a group, whose description goes on after the head."""
    more = work[mention.end : mention.stop].split()
    return (
        mention.kind in {MentionKind.TITLE, MentionKind.COLLECTIVE}
        and bool(more)
        and more[0] in {"at", "from", "in", "with", "of", "familiar", "close", "involved"}
    )


def _clause_after(work: str, toks: Sequence[Token], pos: int, s1: int) -> bool:
    """Whether a finite verb follows ``pos`` before the next comma: the words after the
    cue are a clause of their own, not a speaker and a circumstance (a relative clause
    after a comma, "..., said Kao, who was visiting Tokyo", does not count)."""
    comma = work.find(",", pos, s1)
    stop = s1 if comma == -1 else comma
    k = _token_at(toks, pos)
    return any(tk.key in _FINITE for tk in toks[k:] if tk.start < stop)


def _first_stop(text: str) -> int:
    """Where the first comma or full stop of ``text`` is (its length if none is)."""
    found = [at for at in (text.find(","), text.find(".")) if at != -1]
    return min(found, default=len(text))


def _postmodifier_tail(tail: str) -> bool:
    """ "enterprise involved in the talks." after "said a source at a state": the rest
    of the speaker's description, in small words, to the sentence end or a comma
    before an appositive or a relative clause."""
    cut = _first_stop(tail)
    words = tail[:cut].split()
    if not words or len(words) > 12 or cut == len(tail):
        return False
    if any(not w.islower() for w in words):
        return False
    rest = tail[cut:]
    return rest.strip() == "." or (rest.startswith(",") and _appositive_tail(rest))


_INVERTS = frozenset(
    {"say", "add", "note", "write", "tell", "explain", "insist", "argue", "comment"}
    | {"observe", "remark", "reply", "respond", "warn", "concede", "ask", "recall", "declare"}
    | {"state", "announce", "acknowledge", "admit", "caution", "stress", "claim", "report"}
    | {"post", "specify", "mention", "emphasize", "emphasise", "underline", "clarify"}
    | {"affirm", "confirm", "conclude", "continue", "indicate"}
)
"""Lemmas that may come before their speaker ('"...," commented the Straits Times',
'"...," specified the diplomat', as translated agency copy writes them)."""


def _new_clause(toks: Sequence[Token], k: int, own: Mention, gap: str) -> bool:
    """Whether the conjunction at ``k``, before the speaker ``own`` and a cue, opens a
    clause of its own ("X said A, and Y said B").

    After a comma or a semicolon it does. Without one, "while" and "whereas" do
    ("X said A while Y said B"), and so does "and" or "but" before a name, a group or an
    office that cannot end a list ("A would grow and Jayant Menon said", "A and trade
    officials in the city said"): the word before the
    conjunction is not capitalised ("the ministers of Laos and Vietnam said" is one
    subject).
    """
    if "," in gap or ";" in gap:
        return True
    speakers = {MentionKind.NAME, MentionKind.COLLECTIVE, MentionKind.TITLE}
    if own.kind not in speakers or k < 1:
        return False  # "... and trade officials in the city said": a group may open it too
    if toks[k].key in _CONCESSIVE:
        return True
    return toks[k - 1].text[:1].islower()


_OWNED_DOCUMENT = re.compile(
    r"(?:^|(?<=[\s\"\u201c(]))(?P<pronoun>[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+"
    r"(?:(?:own|new|latest|recent|last|annual|weekly|monthly|quarterly|final|first|second"
    r"|written|(?:19|20)\d\d|[A-Z][a-z]+|\d{1,2}\s+[A-Z][a-z]+)\s+){0,3}"
    r"(?:report|study|survey|statement|note|paper|analysis|review|assessment|update"
    r"|bulletin|forecast|outlook|brief|briefing|submission|letter|release)\s*$"
)
"""A document of the one a possessive names, as a verb's subject: "Its March report
said", "Their latest survey found"."""


def _owned_document(work: str, s0: int, verb: int) -> Mention | None:
    """The possessive before "its [March] report" as the speaker of the verb at ``verb``:
    the report is the body's, whose words it carries (``None`` for any other subject)."""
    found = _OWNED_DOCUMENT.search(work, max(s0, verb - 80), verb)
    if found is None:
        return None
    pronoun = found["pronoun"]
    return Mention(
        start=found.start("pronoun"),
        end=found.end("pronoun"),
        text=pronoun,
        kind=MentionKind.PRONOUN,
        head=_POSSESSIVE[pronoun.lower()],
    )


def _relayed_saying(owner: Found, relay: Mention) -> bool:
    """Whether a statement is one a closing ", X reported." relays: its speaker is named
    before the relay and says it (not "agreed to", an act the report tells of)."""
    if owner.parent is not None or owner.mention is None or owner.cue is None:
        return False
    if owner.mention.start > relay.start:
        return False
    words = owner.cue.lower().split()
    return bool(words) and REPORTING.get(words[0]) in SAY_LIKE


def _closing(
    work: str, toks: Sequence[Token], t: int, last: int, s1: int, quotes: Sequence[tuple[int, int]]
) -> bool:
    """Whether the cue at ``t`` closes its sentence as ", X said (on Monday)." after a
    comma that ends the content, outside quotations."""
    if _inside(toks[t].start, quotes) is not None:
        return False
    if s1 - toks[last].end > 200:
        # Not ", X said (on Monday).": told before the rest of a long sentence is
        # copied for each of its cues, which took time growing with its square.
        return False
    rest = work[toks[last].end : s1].strip(' .!"\u201d\u2019)')
    if len(rest) > 40 or any(ch in rest for ch in ',;:"\u201c'):
        return False
    words = rest.lower().split()
    told = toks[t].key in {"told", "tells", "tell"}  # ", the minister told reporters."
    circumstance = _CIRCUMSTANCE | _TIME_WORDS | {"by", "via", "through"}
    if words and words[0] not in circumstance and not told:
        return False  # ", the Secretariat said (in a statement)." and nothing else
    k = t - 1
    while k >= 0 and t - k < 12:
        gap = work[toks[k].end : toks[k + 1].start]
        if "," in gap:
            between = toks[k + 1 : t]
            said = between[:1] and (between[0].key in REPORTING or between[0].key in _FINITE)
            if said and len(between) > 1 and between[1].key in _STATE_OUTLETS:
                said = False  # ", state media reported.": "state" names no verb here
            if said or any(tk.key == "that" for tk in between):
                return False  # ", said that exporters followed strict rules on": no closing
            return toks[k + 1].key not in {"and", "but", "adding", "saying"}
        if any(ch in gap for ch in ".;:"):
            return False
        k -= 1
    return False


_STATE_OUTLETS = frozenset(
    {"media", "television", "tv", "radio", "broadcaster", "news", "agency", "newspaper"}
    | {"press", "outlets", "daily", "newswire"}
)
"""Words after "state" that make it an outlet ("state media"), not the verb "state"."""


def _after_comma(work: str, toks: Sequence[Token], t: int) -> bool:
    """Whether the cue at ``t`` follows a comma directly (", said X")."""
    return t > 0 and "," in work[toks[t - 1].end : toks[t].start]


def _appositive_tail(tail: str) -> bool:
    """Whether ", ..." after an inverted attribution describes the speaker or the
    moment (", a senior fellow at", ", 54, pulling an empty net")."""
    words = tail[1:].split()
    if not words:
        return False
    first = words[0].strip(",.")  # ", 52." ends the sentence with an age
    if first.lower() in OFFICE_WORDS and len(words) > 1:
        return True  # ", Minister of Commerce in the press conference"
    if first.endswith(("'s", "\u2019s")) and len(words) > 1:
        return True  # ", Singapore's chief negotiator for the pact"
    return first.lower() in {"a", "an", "the", "who"} or first.islower() or first.isdigit()
