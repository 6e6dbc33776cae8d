"""Speakers: the noun phrases that name them, the people and bodies an article names,
and their resolution to actors of a corpus.

A mention is read from word tokens around a reporting cue: a name ("Kao Kim Hourn",
"the Council on Foreign Relations"), a pronoun ("he"), an office or title ("the
secretary-general"), an unnamed collective ("analysts") or a joint subject ("both
sides"). The :class:`Registry` records, in text order, every person and body the
article names, with the titles it gives them, so that "he", "Kao" and "the
secretary-general" resolve to the fullest name the article uses; the
:class:`Resolver` looks names and offices up in the corpus.
"""

from __future__ import annotations

import enum
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs

from ..dates import PartialDate
from ..exceptions import CorpusError
from ..model import Actor, ActorKind, Role
from ._lexicon import (
    APPOSITIVE_STARTS,
    AUXILIARIES,
    BUSINESSES,
    CAPITALS,
    CITIES,
    COLLECTIVES,
    CONNECTORS,
    COUNTRIES,
    DETERMINERS,
    DOCUMENTS,
    HONORIFICS,
    JOINT,
    KIN_GENDER,
    MONTH_NAMES,
    NATIONALITIES,
    NON_SPEAKER_HEADS,
    OCCUPATIONS,
    OFFICE_OF,
    OFFICE_WORDS,
    ORG_HEADS,
    OUTLET_HEADS,
    PLACES,
    PLATFORMS,
    PRONOUNS,
    RANK_WORDS,
    REPORTING,
    SENTENCE_ADVERBS,
    SPEECH_MEDIA,
    TITLE_HEADS,
    words,
)
from ._sentences import Token

if TYPE_CHECKING:
    from .. import Corpus

__all__ = [
    "ALREADY_QUOTED",
    "OBJECT_VERBS",
    "RANKS",
    "Entity",
    "Mention",
    "MentionKind",
    "Registry",
    "Resolver",
    "group_before",
    "hedged",
    "np_after",
    "np_before",
    "np_ending_at",
    "ranked_title",
    "without_description",
]

_BOUNDARY_WORDS = words(
    "and but while as when because although though where whereas after before since if "
    "with so yet or which that whom what"
)
_SPLIT_CONNECTORS = frozenset({"of", "at", "from", "in", "with", "for", "on", "to"})
_COUNT_WORDS = frozenset({"both", "two", "three", "all"})
_QUANTIFIED = frozenset({"several", "many", "some", "others", "most"})
_NEGATIVE = frozenset({"few", "fewer", "none", "nobody", "neither", "no"})
"""Subjects that attribute a view to no one ("few expected", "nobody believed")."""
_FUNCTION = words(
    "the a an that which who whom whose and or but of to in on at for with by from as "
    "this these those its his her their our is are was were has have had be been will "
    "would not"
)
_DESCRIBED = OCCUPATIONS | {"official", "spokesperson", "spokesman", "spokeswoman", "diplomat"}
_DESCRIBED |= {"person", "source", "insider", "individual", "woman", "man", "mother", "father"}
_DESCRIBED |= {"member", "employee", "partner"}  # "a partner at a law firm"
"""Nouns that, after "a" or "an", introduce a person without a name."""
_PERSON_TITLES = TITLE_HEADS - ORG_HEADS - OUTLET_HEADS - {"bloc", "government"}
"""Title words a person holds ("minister"), not the heads of bodies ("bank")."""
_GENDERED = {"mr": "m", "sir": "m", "mrs": "f", "ms": "f", "madam": "f", "dame": "f"}
"""Honorifics that tell "he" from "she"."""
_DOCUMENTS = DOCUMENTS | frozenset(
    {"statement", "communique", "declaration", "website", "post", "release", "editorial"}
    | {"letter", "readout", "analysis", "authors", "decision", "ruling", "judgment"}
    | {"judgement", "verdict", "message", "memo", "reply", "circular", "document"}
)
_BODIES = frozenset(
    {"meeting", "summit", "conference", "dialogue", "council", "leaders", "ministers"}
)
"""What a joint statement calls its authors ("The Meeting welcomed ...")."""
_PERSON_KINDS = frozenset({ActorKind.PERSON})
_DEPARTMENTS = words(
    """
    affairs maritime justice labour labor communications information planning development
    resources environment works fisheries mines culture sports youth welfare security
    interior housing infrastructure cooperation relations environment sustainability
    utilities transition meteorology
    """
)
"""Last words of a ministry's portfolio, never of a person's name."""
_TITLEISH = OFFICE_WORDS | TITLE_HEADS


class MentionKind(enum.Enum):
    """How a mention names its speaker."""

    NAME = "name"
    PRONOUN = "pronoun"
    TITLE = "title"
    COLLECTIVE = "collective"
    JOINT = "joint"


@attrs.frozen(kw_only=True)
class Mention:
    """A noun phrase naming a speaker: where it is, its words, and what kind it is.

    ``extent`` is where the whole phrase ends when words after the name belong to it
    ("a diplomat who declined to be named", "three officials in the room"); -1 when
    the phrase ends with the name.
    """

    start: int
    end: int
    text: str
    kind: MentionKind
    head: str
    extent: int = -1

    @property
    def stop(self) -> int:
        """Where the phrase ends, its modifiers after the name included."""
        return max(self.end, self.extent)


def _key(token: Token) -> str:
    return token.key.replace("\u2019", "'")


def _is_cap(token: Token) -> bool:
    return token.text[:1].isupper()


def _possessive(token: Token) -> bool:
    return token.text.endswith(("'s", "\u2019s", "s'", "s\u2019"))


def _np_word(token: Token) -> bool:
    key = _key(token)
    if _is_cap(token):
        return True
    return (
        key in _TITLEISH
        or key in COLLECTIVES
        or key in JOINT
        or key in NATIONALITIES
        or key in DETERMINERS
        or key in _COUNT_WORDS
        or key in CONNECTORS
        or key in {"member", "industry", "local", "foreign", "western", "independent", "think"}
        or key in {"person", "source", "individual", "insider"}
        or key in ALREADY_QUOTED
        or key in _DOCUMENTS
        or key in {"its", "his", "her", "their"}
        or (_possessive(token) and key.split("'")[0] in TITLE_HEADS | ORG_HEADS)
        or (_possessive(token) and token.text.islower() and key.endswith("s'"))
        or _people(token)
    )


ALREADY_QUOTED = frozenset({"quoted", "cited", "aforementioned"})
"""Words of translated agency copy for the one just quoted ("the quoted source added")."""
_OPEN_NICK = frozenset({'"', "\u201c", "'", "\u2018"})
_CLOSE_NICK = frozenset({'"', "\u201d", "'", "\u2019"})


def _nickname(work: str, toks: Sequence[Token], k: int) -> bool:
    """Whether tokens ``k``, ``k + 1``, ``k + 2`` are a name with a quoted nickname
    between its parts: Ramon "Monching" Dela Paz."""
    if k < 0 or k + 2 >= len(toks) or not all(_is_cap(toks[m]) for m in range(k, k + 3)):
        return False
    opening = work[toks[k].end : toks[k + 1].start].strip()
    closing = work[toks[k + 1].end : toks[k + 2].start].strip()
    return opening in _OPEN_NICK and closing in _CLOSE_NICK


def _tight(work: str, left: Token, right: Token) -> bool:
    return work[left.end : right.start].strip() == ""


def _boundary(work: str, toks: Sequence[Token], b: int, floor: int) -> bool:
    """Whether a noun phrase may start at token ``b`` (a clause starts there)."""
    if b <= floor:
        return True
    gap = work[toks[b - 1].end : toks[b].start]
    if any(ch in gap for ch in ".!?,;:()[]\u2014\u2013\"\u201c\u201d\u2018\u2019'"):
        return True
    if gap.strip() in {"-", "--"}:
        return True
    if _key(toks[b - 1]) == "to" and b - 2 >= floor and _key(toks[b - 2]) == "according":
        return True  # "according to three traders"
    return _key(toks[b - 1]) in _BOUNDARY_WORDS or _after_opening_time(work, toks, b, floor)


def _after_opening_time(work: str, toks: Sequence[Token], b: int, floor: int) -> bool:
    """Whether tokens before ``b`` are only a time phrase opening the clause, with no
    comma after it: "On Monday he said", "Later that day Kao said", "In 2024 she said"."""
    a = b
    while a - 1 >= floor and b - a < 5 and _tight(work, toks[a - 1], toks[a]):
        key = _key(toks[a - 1])
        ago = key in _AGO_COUNTS and b - a >= 2 and "ago" in {_key(t) for t in toks[a : a + 3]}
        if not ago and key not in _TIME_PHRASE and not (key.isdigit() and len(key) <= 4):
            break
        a -= 1
    keys = {_key(t) for t in toks[a:b]}
    counted = toks[a].key.isdigit() and "ago" in keys  # "3 years ago Kao said"
    if a == b or not (_is_cap(toks[a]) or counted):
        return False
    years = any(k.isdigit() and len(k) == 4 for k in keys)
    if not years and not keys & _TIME_ANCHORS:
        return False  # "In the ... he": no time word
    if not keys & _TIME_LEADS and not keys & _WEEKDAY_WORDS and not years:
        return False  # "June Tan said", "May Wong said": a name, not a month
    if toks[a].key == "the" and b - a > 1 and _is_cap(toks[a + 1]):
        return False  # "The Sunday Times reported": a name
    if a > floor:
        gap = work[toks[a - 1].end : toks[a].start]
        if not any(ch in gap for ch in '.!?;:\n"\u201d'):
            return False
    return True


def _classify(work: str, toks: Sequence[Token], b: int, j: int) -> Mention | None:
    """The mention made of tokens ``b..j``, or ``None`` if they cannot name a speaker."""
    while b < j and (
        (_key(toks[b]) in CONNECTORS - {"the"} and not _particle(toks[b]))
        or _sentence_adverb(toks, b)
    ):
        b += 1
    while j > b and _key(toks[j]) in CONNECTORS and not toks[j].text.isupper():
        j -= 1
    words = toks[b : j + 1]
    keys = [_key(t) for t in words]
    if len(words) == 1 and words[0].text.islower() and keys[0] in RANK_WORDS:
        return None  # "The plan, first announced in March,": a rank without its office
    if words and _possessive(words[-1]):
        keys[-1] = keys[-1].removesuffix("'s").rstrip("'")  # "the ministry's" is the ministry
    text = work[words[0].start : words[-1].end].rstrip(".") if words else ""
    if keys and keys[0] in _NEGATIVE:
        return None
    if len(keys) > 2 and keys[0] in _QUANTIFIED and keys[1] in {"in", "of", "among", "at"}:
        # "some in the industry", "many of the farmers": a part of a group
        start = words[0].start
        return Mention(
            start=start, end=start + len(text), text=text, kind=MentionKind.COLLECTIVE, head=keys[0]
        )
    if len(keys) == 1 and keys[0] in _QUANTIFIED:
        # "several said", "others argued": some of a group just named
        start = words[0].start
        return Mention(
            start=start, end=start + len(text), text=text, kind=MentionKind.COLLECTIVE, head=keys[0]
        )
    if not words or all(
        (k in DETERMINERS or k in CONNECTORS) and not (t.text.isupper() and len(t.text) > 1)
        for k, t in zip(keys, words, strict=True)
    ):  # "the DA" is a body's abbreviation, not the particle "da"
        return None
    start, end = words[0].start, words[0].start + len(text)
    last = keys[-1]
    if len(keys) == 1 and re.sub(r"['\u2019](?:d|m|re|ve|ll)$", "", last) in {"i", "we", "you"}:
        return None  # the writer's or interviewee's own voice ("I'd say ..."), read elsewhere
    if len(keys) == 1 and last in PRONOUNS:
        return Mention(start=start, end=end, text=text, kind=MentionKind.PRONOUN, head=last)
    if last in JOINT and (any(k in _COUNT_WORDS for k in keys) or keys == ["the", "sides"]):
        return Mention(start=start, end=end, text=text, kind=MentionKind.JOINT, head=last)
    lead = keys[1] if keys[0] == "the" and len(keys) > 1 else keys[0]
    office_of = lead in _TITLEISH and "of" in keys and _is_cap(words[-1])  # "the head of ..."
    if not office_of and (
        last in COLLECTIVES or (last == "states" and "member" in keys) or _people(words[-1])
    ):
        return Mention(start=start, end=end, text=text, kind=MentionKind.COLLECTIVE, head=last)
    content = [
        (k, t) for k, t in zip(keys, words, strict=True) if k not in DETERMINERS and k != "the"
    ]
    if not content:
        return None
    first_key = content[0][0]
    titled = all(
        k in _TITLEISH
        or k in NATIONALITIES
        or k in CONNECTORS
        or _possessive(t)
        or t.text.isupper()
        for k, t in content
    )
    if any(_is_cap(t) and k in ORG_HEADS for k, t in content) and last not in _PERSON_TITLES:
        # "the Ministry of Commerce" is a name; "the ministry" and "the Union Minister"
        # are titles
        titled = False
    elif (
        len(content) >= 2
        and content[-2][0] in BUSINESSES | ORG_HEADS
        and not _is_cap(content[-2][1])
        and words[-1].text.isupper()
        and last not in _TITLEISH | NATIONALITIES
    ):
        titled = False  # "carmaker BYD", "the chipmaker SMIC": a company's initials
    elif last in ORG_HEADS and not _is_cap(words[-1]) and len(content) <= 4:
        titled = True  # "Thailand's central bank", "China's commerce ministry"
    if ((last in _TITLEISH or last in ORG_HEADS) and titled) or (
        first_key in _TITLEISH
        and first_key not in {"foreign", "trade", "state"}
        and any(k in {"of", "to"} for k, _ in content)
        and not any(k in ORG_HEADS | OUTLET_HEADS for k, _ in content[:1])
        and not _body_before_of(content)
    ):
        head = next((k for k, _ in reversed(content) if k in TITLE_HEADS), last)
        if first_key in _TITLEISH and last not in _TITLEISH:
            head = next((k for k, _ in content if k in TITLE_HEADS), first_key)
        return Mention(start=start, end=end, text=text, kind=MentionKind.TITLE, head=head)
    if last in _DOCUMENTS and len(words) >= 2 and not _is_cap(words[-1]):
        # "the ministry's statement said": the ministry speaks
        for n in range(len(words) - 2, -1, -1):
            if _possessive(words[n]) or _key(words[n]) in {"its", "his", "her", "their"}:
                owner = _classify(work, toks, b, b + n)
                if owner is None and _key(words[n]) in {"its", "his", "her", "their"}:
                    head = {"its": "it", "his": "he", "her": "she", "their": "they"}[keys[n]]
                    return Mention(
                        start=words[n].start,
                        end=words[n].end,
                        text=words[n].text,
                        kind=MentionKind.PRONOUN,
                        head=head,
                    )
                if owner is not None:
                    trimmed = owner.text
                    for ending in ("'s", "\u2019s", "'", "\u2019"):
                        if trimmed.endswith(ending):
                            trimmed = trimmed[: -len(ending)]
                            break
                    return attrs.evolve(owner, text=trimmed, end=owner.start + len(trimmed))
        first = 1 if keys[0] in {"a", "an", "the"} else 0
        adjunct = words[first:-1]
        if adjunct and all(_is_cap(t) and not _possessive(t) for t in adjunct):
            # "An SCO Secretariat statement said": the body named before the document
            # speaks through it ("a ministry report" names no body: which ministry is
            # not said)
            owner = _classify(work, toks, b + first, b + len(words) - 2)
            if owner is not None and owner.kind is not MentionKind.PRONOUN:
                return attrs.evolve(owner, extent=max(owner.extent, end))
        if len(words) == 2 and keys[0] == "the":
            # "the statement said": whose statement, the engine reads from the context
            return Mention(start=start, end=end, text=text, kind=MentionKind.TITLE, head=last)
        return None
    if len(content) == 1 and last in _BODIES and _is_cap(words[-1]) and len(keys) == 2:
        return Mention(start=start, end=end, text=text, kind=MentionKind.COLLECTIVE, head=last)
    described = keys[0] in {"a", "an", "one", "the", "another"} and len(content) <= 4
    if keys[0] in {"its", "their", "his", "her"} and len(content) <= 4 and len(keys) > 1:
        described = True  # "its spokesman", "their lawyer", "its chief economist"
    if (last in _PERSON_TITLES or last in _DESCRIBED) and not _is_cap(words[-1]) and described:
        # "a port official", "the coffee exporter": a person described, not named
        return Mention(start=start, end=end, text=text, kind=MentionKind.TITLE, head=last)
    if last in _PERSON_TITLES and not _is_cap(words[-1]) and any(_is_cap(t) for _, t in content):
        # "a U.S. State Department spokesperson", "APG national manager": a body's officer
        return Mention(start=start, end=end, text=text, kind=MentionKind.TITLE, head=last)
    if last in {"reports", "accounts"} and keys[0] in _REPORTS_OF and len(keys) <= 3:
        # "Some reports said ...", "media reports said ...": the reports as the source
        return Mention(start=start, end=end, text=text, kind=MentionKind.COLLECTIVE, head=last)
    if "of" in keys[2:] and last in NON_SPEAKER_HEADS:
        cut = keys.index("of")
        person = words[:cut]
        if all(_is_cap(t) and not _possessive(t) for t in person) and not any(
            k in ORG_HEADS | OUTLET_HEADS | _TITLEISH | NON_SPEAKER_HEADS for k in keys[:cut]
        ):
            # "Tran Van Duc of the Institute of Trade": the person, not "Trade"
            return Mention(
                start=start, end=end, text=text, kind=MentionKind.NAME, head=keys[cut - 1]
            )
    body_of = any(
        _is_cap(t) and k in ORG_HEADS and keys[n + 1 : n + 2] in (["of"], ["for"])
        for n, (k, t) in enumerate(zip(keys[:-1], words[:-1], strict=True))
    )
    if body_of and _is_cap(words[-1]) and not _possessive(words[-1]) and last not in _DOCUMENTS:
        # "the Department of Industry and Trade": a body's name, whatever its last word
        return Mention(start=start, end=end, text=text, kind=MentionKind.NAME, head=last)
    surname_month = len(words) >= 2 and _month_name(toks, b + len(words) - 1)
    owned = [n for n, t in enumerate(words[:-1]) if _possessive(t) and _is_cap(t)]
    if owned and last in ORG_HEADS and not _is_cap(words[-1]) and len(words) - owned[-1] <= 4:
        # "The Ministry of Labour's provincial office": a body's part, named by its owner
        return Mention(start=start, end=end, text=text, kind=MentionKind.TITLE, head=last)
    if not _is_cap(words[-1]) or last.endswith("-based"):
        return None
    if last in NON_SPEAKER_HEADS and not surname_month:
        return None
    if all(k in SENTENCE_ADVERBS or k in DETERMINERS for k in keys):
        return None
    return Mention(start=start, end=end, text=text, kind=MentionKind.NAME, head=last)


_REPORTS_OF = words("some several many media news press local earlier recent other unconfirmed")
"""Words before "reports" that make the reports a source of their own."""


def _body_before_of(content: Sequence[tuple[str, Token]]) -> bool:
    """Whether a capitalised body word heads the phrase before its "of" ("General
    Department of Customs" names a body; "Secretary-General of the Association" does
    not)."""
    for key, token in content:
        if key in {"of", "to"}:
            return False
        if key in ORG_HEADS and _is_cap(token):
            return True
    return False


_PARTICLES = words("de da van von der bin binti al el la le del dela dos das y")
"""Name particles: capitalised at the start of a name, they are part of it ("Le Hoang
Minh", "De la Cruz")."""


def _particle(token: Token) -> bool:
    return _is_cap(token) and _key(token) in _PARTICLES


RANKS = frozenset({"vice", "deputy", "assistant"})
"""Words that make a title another office: a vice minister is not "the Minister"."""


def _rank(toks: Sequence[Token], k: int) -> str:
    """The title at token ``k`` with its rank: "vice minister" for "Vice Minister" and
    "Vice Foreign Minister", else "minister"."""
    return ranked_title([_key(t) for t in toks[max(0, k - 3) : k + 1]])


def ranked_title(keys: Sequence[str]) -> str:
    """The title ending ``keys`` (lowercase words) with the rank a word before it gives,
    over words of the title ("vice foreign minister" is a "vice minister")."""
    title = keys[-1]
    for key in reversed(keys[:-1]):
        if key in RANKS:
            return f"{key} {title}"
        if key == "prime" and title == "minister":
            at = len(keys) - 2 - keys[-2::-1].index("prime")
            if at > 0 and keys[at - 1] in RANKS:
                return title  # "Deputy Prime Minister" is a minister, as readouts call them
            return "prime minister"  # not "the minister"
        if key not in _TITLEISH:
            break
    return title


def _aged(work: str, toks: Sequence[Token], b: int) -> bool:
    """Whether the name ending at token ``b`` is followed by an age: "X, 51," or "X (51)"."""
    if b + 1 >= len(toks):
        return False
    age = toks[b + 1]
    opened = work[toks[b].end : age.start].strip()
    closed = work[age.end : age.end + 1]
    return (
        (opened, closed) in {(",", ","), ("(", ")")}
        and age.text.isdigit()
        and 10 <= int(age.text) <= 110
    )


def _sentence_adverb(toks: Sequence[Token], b: int) -> bool:
    key = _key(toks[b])
    if key in {"another", "each", "every"}:
        return False  # "Another trader said": the determiner of a description
    return _is_cap(toks[b]) and key in SENTENCE_ADVERBS and key != "the"


def _adverb(token: Token) -> bool:
    key = _key(token)
    return key in AUXILIARIES or (
        key.endswith("ly") and len(key) > 4 and token.text.islower() and key not in _LY_NOUNS
    )


_LY_NOUNS = words("italy reply supply family assembly rally ally monopoly anomaly july")
"""Words ending in "ly" that are nouns ("the reply said", "the assembly voted")."""


_WHEN = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
    | {"yesterday", "today", "tonight", "earlier", "later"}
)


_NAME_MONTHS = words("april may june")
"""Months that are also given names or surnames ("April Lim", "June Tan", "Theresa May")."""
_MONTH_LEADS = words("since by until till from through before after mid of to and or")


def _month_name(toks: Sequence[Token], k: int) -> bool:
    """Whether the month at token ``k`` is a name here: a capitalised name word beside
    it ("April Lim", "Theresa May"), no day number beside it ("May 5", "5 May") and no
    time word before it ("In April Lim said", "last May", "since June")."""
    if not (0 <= k < len(toks)) or _key(toks[k]) not in _NAME_MONTHS or not _is_cap(toks[k]):
        return False
    before = toks[k - 1] if k > 0 else None
    after = toks[k + 1] if k + 1 < len(toks) else None
    if before is not None and (before.key in _TIME_LEADS | _MONTH_LEADS or before.key.isdigit()):
        return False
    return after is None or not after.key.isdigit()


_TIME_NOUNS = words("day week month year morning afternoon evening night weekend")
_TIME_NOUNS |= {f"{noun}s" for noun in _TIME_NOUNS}
_TIME_LEADS = words("on in at during this that last next same early late earlier later ago")
_TIME_PHRASE = _TIME_NOUNS | _TIME_LEADS | _WHEN | MONTH_NAMES | {"the"}
_AGO_COUNTS = words("a an one two three four five six seven eight nine ten twelve several few")
"""Counts that open a time phrase only with "ago" ("A year ago", "Two weeks ago")."""
"""Words of a time phrase that may open a sentence ("Later that day", "On Monday")."""
_TIME_ANCHORS = _TIME_NOUNS | _WHEN | MONTH_NAMES
"""Words that make a phrase a time ("day", "Monday", "May", "later"); "on the" does not."""
_WEEKDAY_WORDS = _WHEN - _TIME_LEADS
"""A day that is never a first name, unlike "June" or "May"."""


_ASIDES = words("however though too also nevertheless nonetheless meanwhile moreover")
"""Adverbs set off by commas after an auxiliary ("He was, however, quick to add")."""
_BE_HAVE = words("is are was were has have had will would")


def skip_auxiliaries(work: str, toks: Sequence[Token], i: int, floor: int) -> int:
    """The index of the first auxiliary, adverb or time phrase just before token ``i``.

    "X has previously said", "X on Tuesday said", "X last week called for".
    """
    j = i
    aside = False
    while j - 1 >= floor:
        key = _key(toks[j - 1])
        if (
            not aside
            and key in _ASIDES
            and j - 2 >= floor
            and _key(toks[j - 2]) in _BE_HAVE
            and work[toks[j - 1].end : toks[j].start].strip() == ","
            and work[toks[j - 2].end : toks[j - 1].start].strip() == ","
        ):
            j -= 1  # "He was, however, quick to add": the aside, and on past its comma
            aside = True
            continue
        if not (aside or _tight(work, toks[j - 1], toks[j])):
            break
        aside = False
        if _adverb(toks[j - 1]) and not (j - 1 > floor and _month_name(toks, j - 1)):
            j -= 1  # but "Theresa May said" is not "may said"
        elif key in _WHEN:
            j -= 1
            if j - 1 >= floor and _key(toks[j - 1]) in {"on", "last", "this"}:
                j -= 1
        elif key in {"week", "month"} and j - 2 >= floor and _key(toks[j - 2]) in {"last", "this"}:
            j -= 2
        elif key == "to" and j - 2 >= floor and _key(toks[j - 2]) in _HABITS:
            j -= 2  # "X used to tell our staff", "X likes to say that"
        elif (
            key == "part"
            and j - 3 >= floor
            and _key(toks[j - 2]) in {"his", "her", "its", "their", "our", "my"}
            and _key(toks[j - 3]) == "for"
        ):
            j -= 3  # "X has for his part affirmed that"
        else:
            k = _circumstance_before(work, toks, j, floor)
            if k == j:
                break
            j = k
    return j


_YEAR = re.compile(r"(?:19|20)[0-9]{2}")


def _described_by_place(token: Token) -> bool:
    """Whether a noun before "in the video", "at the conference" is one such a phrase
    describes ("the man", "Investors") rather than a name it follows ("Kao")."""
    key = _key(token)
    singular = key[:-1] if key.endswith("s") else key
    offices = OFFICE_WORDS - OCCUPATIONS  # "the minister", not "the farmer"
    if key in offices or singular in offices or key in ORG_HEADS:
        return False  # "The minister at the press conference": an office, not who is meant
    if token.text.islower():
        return True
    return key in COLLECTIVES or singular in OCCUPATIONS or singular in COLLECTIVES


def _circumstance_before(work: str, toks: Sequence[Token], j: int, floor: int) -> int:
    """Where a phrase of time or medium that ends just before token ``j`` starts
    ("X in March said", "X in 2024 said", "X in a statement said", "X at a press
    conference on Monday said"), else ``j``: the subject is before it."""
    k = j - 1
    while k >= floor and k >= j - 5 and _tight(work, toks[k], toks[k + 1]):
        key = _key(toks[k])
        if key in {"in", "at", "on", "during"}:
            obj = [_key(t) for t in toks[k + 1 : j]]
            if not obj or k - 1 < floor or not _tight(work, toks[k - 1], toks[k]):
                return j
            head, rest = obj[-1], obj[:-1]
            timed = len(obj) == 1 and (
                head in MONTH_NAMES
                or head in _WHEN
                or _YEAR.fullmatch(toks[j - 1].text) is not None
            )
            spoken = head in SPEECH_MEDIA and all(
                w
                in {
                    "a",
                    "an",
                    "the",
                    "his",
                    "her",
                    "its",
                    "their",
                    "press",
                    "news",
                    "joint",
                    "video",
                    "written",
                    "radio",
                    "television",
                    "tv",
                    "online",
                    "brief",
                }
                for w in rest
            )
            if spoken and "the" in rest and _described_by_place(toks[k - 1]):
                spoken = False  # "The man in the video said": the phrase says which man
            return k if timed or spoken else j
        if not (toks[k].text.islower() or toks[k].text.isdigit() or key in MONTH_NAMES | _WHEN):
            return j
        k -= 1
    return j


def _name_after_description(work: str, toks: Sequence[Token], j: int, floor: int) -> Mention | None:
    """A name after a long lowercase description ("vlogger and former congressional
    candidate Ramon 'Bong' Villaflor said"): the name, from the occupation's end."""
    b = j
    while b - 1 >= floor and (
        (_is_cap(toks[b - 1]) and _tight(work, toks[b - 1], toks[b]))
        or _nickname(work, toks, b - 2)
        or _nickname(work, toks, b - 1)
    ):
        b -= 1
    if b == j or b - 1 < floor or not toks[b - 1].text.islower():
        return None
    described = _key(toks[b - 1]) in OCCUPATIONS | _TITLEISH | _RELATIONS or _agent_noun(
        toks[b - 1]
    )  # "fruit collector Chai Kok Leong", "his wife Salote Koroi"
    if not described or not _tight(work, toks[b - 1], toks[b]):
        return None
    run = toks[b : j + 1]
    if any(_key(t) in ORG_HEADS | NON_SPEAKER_HEADS for t in run):
        return None
    start, end = run[0].start, run[-1].end
    return Mention(
        start=start, end=end, text=work[start:end], kind=MentionKind.NAME, head=_key(run[-1])
    )


_PREDICATE_VERBS = words("is are was were has have had will would remains remained seemed")
"""Verbs that end a description and start what is said of it."""
_IRREGULAR_PAST = words(
    """
    cut set put kept held lost won made paid sold bought took gave left met grew rose fell
    drew led hit beat spent sent built began shut struck cast bid
    """
)
"""Past tenses without "-ed", after a one-word name and before "its" ("OCBC kept its
payout")."""
_FIRM_ONLY = words(
    """
    lender bank carmaker automaker chipmaker steelmaker drugmaker toymaker phonemaker
    giant conglomerate chain brand startup start-up bourse exchange smelter bottler telco
    platform e-tailer insurer refiner utility consultancy brokerage airline carrier
    """
)
"""Business words before a name that only a company is called ("lender Maybank"), not a
person in that trade ("coffee roaster Wahyu", "tour operator Somchai")."""
_NOT_AGENTS = words(
    """
    after under over other another either neither whether never ever together however
    rather further later earlier minor major prior per for or nor member order
    """
)


def _agent_noun(token: Token) -> bool:
    """A lowercase noun of someone who does something, by its ending ("collector",
    "grower", "vendor", "machinist"), as a description before a name."""
    key = _key(token)
    return (
        token.text.islower()
        and len(key) >= 5
        and key.endswith(("er", "or", "ist", "ian"))
        and key not in _NOT_AGENTS
    )


_HABITS = frozenset({"used", "likes", "liked", "loves", "loved"})
"""Verbs of habit before "to say": the saying is still reported ("likes to say that")."""
_PREPOSITIONS = frozenset({"at", "in", "from", "of", "with", "on", "across", "close", "inside"})
_POST_STARTS = _PREPOSITIONS | words(
    """
    who that familiar involved based close interviewed speaking quoted cited working
    responsible knowledgeable briefed present attending monitoring representing near aware privy
    for to under within over about behind inside
    """
)
"""Words that start what follows a speaker's head noun ("officials in the room",
"sources familiar with the talks", "a diplomat who declined to be named")."""
_HEADS = (
    _DESCRIBED
    | _PERSON_TITLES
    | COLLECTIVES
    | ORG_HEADS
    | words(
        """
        negotiator negotiators source person expert scientist body side delegation
        panel watchdog regulator team group groups paper newspaper daily tabloid
        broadsheet
        """
    )
)
"""Head nouns of a description that can speak."""


def _speaker_head(token: Token) -> bool:
    key = _key(token)
    if key in _HEADS or key in _QUANTIFIED:
        return True
    if key.endswith("men") and key[:-3] + "man" in _HEADS:
        return True  # "fishermen", "spokesmen"
    return key.endswith("s") and key[:-1] in _HEADS  # "diplomats", "negotiators"


_AGENTS = ("ers", "ors", "ists", "ians", "ants", "ents", "men")
_NOT_PEOPLE = words(
    """
    others numbers members centers centres borders waters orders papers matters powers
    markets figures results reports talks ties sides parties elements contents events
    payments investments agreements governments settlements developments statements
    instruments amendments authors
    """
)


def _people(token: Token) -> bool:
    """A plural noun of people, by its agentive ending ("exhibitors", "fishermen",
    "economists", "residents"), in lowercase."""
    key = _key(token)
    if not token.text.islower() or key in _NOT_PEOPLE or len(key) < 5:
        return False
    return key.endswith(_AGENTS) or (_speaker_head(token) and key.endswith("s"))


def group_before(work: str, toks: Sequence[Token]) -> Token | None:
    """The last plural noun of people in ``toks`` ("economists" in "A poll of 18
    economists found ..."): the group that "most" or "several" of the next clause are
    part of."""
    for token in reversed(toks):
        if token.text.islower() and (_key(token) in COLLECTIVES or _people(token)):
            return token
    return None


def _plural_head(token: Token) -> bool:
    key = _key(token)
    return key in COLLECTIVES or (_speaker_head(token) and key.endswith(("s", "men")))


_CITED_YEAR = re.compile(r"(?:19|20)\d\d[a-z]?")
"""The year of a citation in brackets after an author ("Tan (2024)")."""


def _before_parenthesis(work: str, toks: Sequence[Token], j: int, floor: int) -> int:
    """The token before a bracketed abbreviation that ends at token ``j``, else ``j``.

    "The Industry Ministry (Kemenperin) estimates": the subject ends at "Ministry".
    """
    after = work[toks[j].end : toks[j + 1].start] if j + 1 < len(toks) else work[toks[j].end :]
    if not after.lstrip().startswith(")"):
        return j
    for k in range(j, max(floor, j - 6) - 1, -1):
        if k - 1 < floor:
            return j
        gap = work[toks[k - 1].end : toks[k].start]
        if "(" in gap:
            return k - 1 if gap.strip() == "(" else j
        if not _tight(work, toks[k - 1], toks[k]):
            return j
    return j


def np_before(work: str, toks: Sequence[Token], i: int, floor: int) -> Mention | None:
    """The subject ending just before token ``i`` (after auxiliaries and adverbs).

    An appositive between subject and verb ("X, a senior fellow at Y, said") is
    skipped. The phrase must start a clause.
    """
    j = skip_auxiliaries(work, toks, i, floor) - 1
    if j < floor:
        return None
    j = _hedge_start(toks, j, floor)
    j = _contact_clause(toks, j, floor)
    if j >= floor + 1 and _pseudonym(work, toks, j - 1):
        after = work[toks[j].end : toks[j + 1].start] if j + 1 < len(toks) else ""
        if after.strip() == ")":
            # "One official at the department (Interviewee 22) acknowledged": the label
            return _pseudonym_mention(work, toks, j - 1)
    closing = j
    j = _before_parenthesis(work, toks, j, floor)
    gap = work[toks[j].end : toks[j + 1].start] if j + 1 < len(toks) else ""
    if j != closing and closing + 1 < len(toks):
        # "X, a professor at Y (ESPOL), said": the comma after the bracket ends an appositive
        gap += work[toks[closing].end : toks[closing + 1].start]
    if "," in gap:
        return _appositive_subject(work, toks, j, floor)
    document = _document_with_postmodifier(work, toks, j, floor)
    if document is not None:
        return document
    found = np_before_token(work, toks, j, floor)
    if found is None:
        found = _name_after_description(work, toks, j, floor)
    if found is None:
        found = _name_of_body(work, toks, j, floor)
    if found is None or found.kind is MentionKind.NAME:
        collective = _collective_with_phrase(work, toks, j, floor)
        if collective is not None:
            return collective
        described = _head_with_postmodifier(work, toks, j, floor)
        if described is not None:
            return described
    if found is None:
        found = _partitive(work, toks, j, floor)
    if found is None:
        found = _share_of_a_group(work, toks, j, floor)
    if found is not None and found.kind is not MentionKind.PRONOUN:
        found = _coordinated(work, toks, found, floor)
    return found


def _listed_with_the(work: str, toks: Sequence[Token], b: int, floor: int) -> bool:
    """Whether "the" at token ``b`` ends a list inside a name ("Minister for
    Agriculture, Food and the Marine"): "and" before it, a capitalised word before that,
    and a comma before the word."""
    if b - 3 < floor or _key(toks[b - 1]) != "and" or not _is_cap(toks[b - 2]):
        return False
    return work[toks[b - 3].end : toks[b - 2].start].strip() == "," and _is_cap(toks[b - 3])


def _name_of_body(work: str, toks: Sequence[Token], j: int, floor: int) -> Mention | None:
    """ "political scientist Somchai Lee of Chulalongkorn University": the person
    described before a body's name, when the whole phrase ends at token ``j``."""
    for m in range(j - 1, max(floor, j - 8), -1):
        if not _tight(work, toks[m], toks[m + 1]):
            return None
        if _key(toks[m]) in {"of", "at", "from"}:
            if m - 1 < floor or not all(
                _is_cap(t) or _key(t) in CONNECTORS for t in toks[m + 1 : j + 1]
            ):
                return None
            person = _name_after_description(work, toks, m - 1, floor)
            if person is None or person.kind is not MentionKind.NAME:
                return None
            return attrs.evolve(person, extent=toks[j].end)
    return None


_CONTACTS = words("spoke spoken talked interviewed surveyed met contacted asked reached polled")
"""Verbs of a clause naming whom the writer met ("the traders we spoke to")."""
OBJECT_VERBS = _CONTACTS | words(
    "told thanked visited joined briefed hosted received welcomed invited led"
)
"""Verbs whose object may be a group that then speaks ("Kao met officials who said"):
not the modifiers of a group's name, as "customs" is in "customs officials"."""


_PAST_VERBS = OBJECT_VERBS | words("took gave sent held made")
"""Past tenses without "-ed" that are a verb after a name, never a modifier."""


def _contact_clause(toks: Sequence[Token], j: int, floor: int) -> int:
    """Past a clause without "who" between a group and its verb ("Several of the
    traders we spoke to said", "the officials I met said"): the group's last word."""
    k = j - 1 if j >= floor and _key(toks[j]) in {"to", "with"} else j
    placed = next(
        (p for p in range(j - 1, max(floor, j - 5), -1) if _key(toks[p]) in {"in", "at"}), None
    )
    if placed is not None and all(_is_cap(t) or _key(t) == "the" for t in toks[placed + 1 : j + 1]):
        q = placed - 1
        if q - 1 >= floor and _key(toks[q]) in {"to", "with"}:
            q -= 1  # "the traders we spoke to in Hanoi said"
        if q >= floor and _key(toks[q]) in _CONTACTS:
            k = q  # "the official we met in Bangkok said": where they were met
    if k - 2 < floor or _key(toks[k]) not in _CONTACTS:
        return j
    if _key(toks[k - 1]) in {"have", "had", "'ve"} and k - 3 >= floor:
        k -= 1  # "the diplomats I have spoken to say"
    group = toks[k - 2]
    if _key(toks[k - 1]) not in {"we", "i", "they"} or not (
        group.text.islower() or (k - 2 == floor and _plural_head(group))
    ):
        return j  # the group is a lowercase noun, or a plural opening the sentence
    return k - 2


_HEDGES = words("understood believed said reported thought known expected alleged")
"""Participles of a hedged report ("She is understood to have told ...")."""


def _hedge_start(toks: Sequence[Token], j: int, floor: int) -> int:
    """Before "is understood to (have)": the subject's last token; else ``j``."""
    k = j
    if k >= floor and toks[k].key == "have":
        k -= 1
    if (
        k - 2 >= floor
        and toks[k].key == "to"
        and toks[k - 1].key in _HEDGES
        and toks[k - 2].key in {"is", "are", "was", "were"}
    ):
        return k - 3
    return j


def hedged(toks: Sequence[Token], t: int) -> bool:
    """Whether the reporting verb at ``t`` is hedged ("is understood to have told")."""
    k = t - 1
    if k >= 0 and toks[k].key == "have":
        k -= 1
    return k >= 2 and toks[k].key == "to" and toks[k - 1].key in _HEDGES


_DOCUMENT_AFTER = words("after following issued released published on at from ahead")
"""Words opening a phrase that says when or where a document came out ("An SCO
Secretariat statement after the heads of government meeting in October said")."""


def _document_with_postmodifier(
    work: str, toks: Sequence[Token], j: int, floor: int
) -> Mention | None:
    """A body's document followed by when or where it came out, ending at token ``j``:
    the body, with ``extent`` to the end of the phrase."""
    for c in range(j - 1, max(floor, j - 14) - 1, -1):
        if not _tight(work, toks[c], toks[c + 1]):
            return None
        if _key(toks[c]) not in _DOCUMENTS or not toks[c].text.islower():
            continue
        if _key(toks[c + 1]) not in _DOCUMENT_AFTER:
            return None
        head = np_before_token(work, toks, c, floor)
        if (
            head is None
            or head.kind is MentionKind.PRONOUN
            or _key(toks[c]) in head.text.lower().split()
        ):
            return None  # only a document read as the body behind it
        return attrs.evolve(head, extent=toks[j].end)
    return None


_COURTESIES = HONORIFICS | {"his", "her", "excellency", "excellencies", "honourable"}
"""Words of courtesy between an office's place and the name ("His Excellency Mr.")."""
_INNER_TITLES = frozenset({"king", "prince", "general", "major", "bishop", "earl"})
"""Words of titles that are also words of names ("Tiong King Sing", "Ali General Musa")."""
_MAIN_VERBS = frozenset(
    {"declined", "refused", "failed", "agreed", "tried", "wanted", "decided", "promised"}
    | {"hoped", "planned", "seemed", "appeared", "continued", "offered", "vowed", "pledged"}
)
"""Verbs in "-ed" that are the sentence's own verb after a noun, never a participle
describing it ("A spokesperson declined to comment but said ...")."""
_OBJECT_STARTS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "this"})


def _participle(toks: Sequence[Token], k: int) -> bool:
    """Whether the word at ``k``, after a noun, is a participle describing it ("analysts
    polled by Reuters", "an official briefed on the talks"), not the noun's own verb
    with its object ("a spokesperson visited the plant") or a verb taking "to" ("a
    spokesperson declined to comment")."""
    if k >= len(toks):
        return False
    key = _key(toks[k])
    if not (toks[k].text.islower() and key.endswith("ed")) or key in REPORTING:
        return False
    if key in _MAIN_VERBS:
        return False
    return k + 1 >= len(toks) or _key(toks[k + 1]) not in _OBJECT_STARTS


def _head_with_postmodifier(work: str, toks: Sequence[Token], j: int, floor: int) -> Mention | None:
    """ "four diplomats involved in the talks", "a government official who spoke on
    condition of anonymity", "the body that monitors the river": the head noun phrase,
    with ``extent`` to the end of its modifiers."""
    for c in range(j - 1, max(floor, j - 25) - 1, -1):
        if not _tight(work, toks[c], toks[c + 1]):
            return None
        nxt = toks[c + 1]
        key = _key(nxt)
        starts = key in _POST_STARTS or (
            key.endswith("ing") and nxt.text.islower() and key not in REPORTING
        )
        starts = starts or _participle(toks, c + 1)
        if not starts or not (_speaker_head(toks[c]) or _people(toks[c])):
            continue
        if _is_cap(toks[c]) and not (_plural_head(toks[c]) and _boundary(work, toks, c, floor)):
            continue  # "the Council on Foreign Relations" is a name, not a description
        head = np_before_token(work, toks, c, floor)
        if head is None or head.kind is MentionKind.PRONOUN:
            head = _partitive(work, toks, c, floor)
        if head is None or head.kind is MentionKind.PRONOUN:
            continue
        if head.kind is MentionKind.NAME and not _speaker_head(toks[c]):
            continue
        phrase = toks[c + 1 : j + 1]
        relative = any(_key(t) in {"who", "which", "that", "whose"} for t in phrase)
        if not relative and any(_key(t) in _MAIN_VERBS for t in phrase):
            return None  # "A spokesperson for Petronas declined to comment but": a verb
        if (
            key in _PREPOSITIONS | {"for"}
            and len(phrase) <= 8
            and not any(_key(t) in _POST_STARTS - _PREPOSITIONS - {"for"} for t in phrase)
            and not any(t.text.islower() and _key(t).endswith("ed") for t in phrase)
        ):
            # "a spokesman for the department": a short phrase is part of the name
            text = work[head.start : toks[j].end].rstrip(".")
            return attrs.evolve(head, end=head.start + len(text), text=text)
        return attrs.evolve(head, extent=toks[j].end)
    return None


_PARTS = words("one two three four five several some many most all each none a another")
_ORDINALS = words("second third fourth fifth other last")


_ABOUT = words(
    "about some nearly almost around roughly over under just only more less fewer than least"
)
"""Words of an approximate count ("Some 40 firms", "more than 30 per cent of", "at least
12 officials")."""


def _approximated(work: str, toks: Sequence[Token], b: int, floor: int) -> int:
    """Where a count at token ``b`` starts with the words that make it approximate:
    "Some 40", "More than 200", "at least 12", "up to 30"."""
    k = b
    while k - 1 >= floor and _key(toks[k - 1]) in _ABOUT and _tight(work, toks[k - 1], toks[k]):
        k -= 1
        if _key(toks[k]) == "least" and k - 1 >= floor and _key(toks[k - 1]) == "at":
            k -= 1  # "at least"
    if k == b and k - 2 >= floor and (_key(toks[k - 2]), _key(toks[k - 1])) == ("up", "to"):
        k -= 2  # "up to 30 firms"
    return k


def _share_of_a_group(work: str, toks: Sequence[Token], j: int, floor: int) -> Mention | None:
    """A share of a group that speaks, in a survey's words: "38 per cent of respondents",
    "about 38% of firms", "12 of the 20 exporters"."""
    if not (_people(toks[j]) or _key(toks[j]) in COLLECTIVES):
        return None
    k = j - 1
    if k >= floor and _key(toks[k]) == "the":
        k -= 1
    if k < floor or _key(toks[k]) != "of":
        return None
    k -= 1
    if k >= floor and _key(toks[k]) == "cent" and k - 1 >= floor and _key(toks[k - 1]) == "per":
        k -= 2
    elif k >= floor and _key(toks[k]) == "percent":
        k -= 1
    if k < floor or not toks[k].key.replace(".", "").isdigit():
        return None
    while k - 1 >= floor and _key(toks[k - 1]) in _ABOUT and _tight(work, toks[k - 1], toks[k]):
        k -= 1
    if not _boundary(work, toks, k, floor):
        return None
    start = toks[k].start
    return Mention(
        start=start,
        end=toks[j].end,
        text=work[start : toks[j].end],
        kind=MentionKind.COLLECTIVE,
        head=_key(toks[j]),
    )


def _partitive(work: str, toks: Sequence[Token], j: int, floor: int) -> Mention | None:
    """ "One of them", "two of the diplomats", "a third", "another": some of a group."""
    key = _key(toks[j])
    if key in _ORDINALS and j - 1 >= floor and _key(toks[j - 1]) in {"a", "the", "another"}:
        b = j - 1
    elif key == "another" or (key in {"them", "us"} and j - 2 >= floor):
        b = j
        if key in {"them", "us"}:
            if _key(toks[j - 1]) != "of" or _key(toks[j - 2]) not in _PARTS:
                return None
            b = j - 2
    else:
        return None
    if not _boundary(work, toks, b, floor) or not all(
        _tight(work, toks[m], toks[m + 1]) for m in range(b, j)
    ):
        return None
    text = work[toks[b].start : toks[j].end]
    return Mention(
        start=toks[b].start,
        end=toks[j].end,
        text=text,
        kind=MentionKind.COLLECTIVE,
        head=_key(toks[b]),
    )


def np_ending_at(work: str, toks: Sequence[Token], j: int, floor: int) -> Mention | None:
    """The subject noun phrase that ends with token ``j`` ("One of them", "the plan")."""
    found = np_before_token(work, toks, j, floor)
    if found is None or found.kind is MentionKind.PRONOUN:
        found = _partitive(work, toks, j, floor) or found
    return found


def _coordinated(work: str, toks: Sequence[Token], found: Mention, floor: int) -> Mention:
    """ "A (X) and B (Y) said": the first of joined subjects leads; collectives join
    ("officials and exhibitors")."""
    k: int | None = _token_at_start(toks, found.start)
    if k is None or k >= len(toks) or toks[k].start != found.start:
        return found
    if k - 2 < floor or _key(toks[k - 1]) != "and":
        return found
    if not _tight(work, toks[k - 1], toks[k]):
        return found
    m = _before_parenthesis(work, toks, k - 2, floor)
    if "," in work[toks[m].end : toks[k - 1].start]:
        return found  # "X, Y and Z": a list, read as it stands
    first = np_before_token(work, toks, m, floor)
    if first is None or first.kind in {MentionKind.PRONOUN, MentionKind.JOINT}:
        return found
    if first.kind is MentionKind.COLLECTIVE and found.kind is MentionKind.COLLECTIVE:
        text = work[first.start : found.end]
        return attrs.evolve(first, end=found.end, text=text)
    if first.kind is MentionKind.COLLECTIVE or found.kind is MentionKind.COLLECTIVE:
        return found
    left = {_key(t) for t in toks[_token_at_start(toks, first.start) : k]}
    titled = first.kind is MentionKind.TITLE or bool(left & _PERSON_TITLES)
    if titled and left & {"for", "of"} and found.kind is MentionKind.NAME:
        # "Minister for Sustainability and the Environment Grace Yeo": one title, one name
        return attrs.evolve(found, start=first.start, text=work[first.start : found.end])
    return first


def _collective_with_phrase(work: str, toks: Sequence[Token], j: int, floor: int) -> Mention | None:
    """ "Analysts at the seminar", "Observers in Vientiane": a collective and its phrase."""
    for c in range(j - 1, max(floor, j - 8) - 1, -1):
        if not _tight(work, toks[c], toks[c + 1]):
            return None
        if _key(toks[c]) in COLLECTIVES and _key(toks[c + 1]) in _PREPOSITIONS:
            head = np_before_token(work, toks, c, floor)
            if head is not None and head.kind is MentionKind.COLLECTIVE:
                text = work[head.start : toks[j].end].rstrip(".")
                return attrs.evolve(head, end=head.start + len(text), text=text)
            return None
    return None


def _long_office_before(toks: Sequence[Token], k: int, floor: int) -> bool:
    """Whether a title's word comes within 20 words before token ``k`` with no relative
    clause between ("A trader ..., who gave only his surname, Zhou," is described, not
    titled)."""
    window = toks[max(floor, k - 20) : k]
    if any(_key(t) in {"who", "which", "whose", "that"} for t in window):
        return any(_key(t) in TITLE_HEADS for t in toks[max(floor, k - 8) : k])
    return any(_key(t) in TITLE_HEADS for t in window)


def _appositive_subject(work: str, toks: Sequence[Token], j: int, floor: int) -> Mention | None:
    """ "NAME, APPOSITIVE, said" (the name before the appositive) or "TITLE, NAME, said"."""
    named = np_before_token(work, toks, j, floor)
    if named is not None and named.kind is MentionKind.NAME:
        k = _token_at_start(toks, named.start)
        if (
            k < len(toks)
            and k > floor
            and not named.text[:1].islower()  # not "a professor at the University of X"
            and "," in work[toks[k - 1].end : toks[k].start]
        ):
            title = np_before_token(work, toks, k - 1, floor)
            titled = (
                (title is not None and title.kind is MentionKind.TITLE)
                # (a long office, its portfolios listed: "The Secretary of State to the
                # Minister of Foreign Affairs, African Cooperation and ..., in charge of
                # ..., Mrs. X, underlined")
                or _long_office_before(toks, k, floor)
                or _description_before(work, toks, k - 1, floor)
                or _key(toks[k - 1]) in _DESCRIBED  # "A ministry spokesperson, NAME, said"
            )
            if title is not None and _key(toks[_token_at_start(toks, title.start)]) in {
                "another",
                "one",
            }:
                return named  # "Another exporter, Vietnam, said": the one named
            described = _described_name(work, toks, k - 1, floor)
            if described is not None and _is_cap(toks[k - 1]):
                # "X, a lecturer at the University of the West Indies, St Augustine,
                # said": the campus or the city of the body, not the speaker
                return described
            if titled and title is not None and title.kind is MentionKind.TITLE:
                # "the minister, Ana Ramos, said": the title and the name are one subject
                text = work[title.start : named.end]
                return attrs.evolve(named, start=title.start, text=text)
            if titled:
                return named  # "Singapore's Second Minister for Trade, Tan See Leng, said"
            if _key(toks[floor]) in _OPENING_PREPOSITIONS and all(
                "," not in work[toks[m].end : toks[m + 1].start] for m in range(floor, k - 1)
            ):
                return named  # "In his welcoming remarks, Professor Lim Soo Kun, said"
    for m in range(j - 1, max(floor, j - 45) - 1, -1):
        gap = work[toks[m].end : toks[m + 1].start]
        if "," not in gap:
            continue
        if any(ch in gap for ch in '.;:"\u201c\u201d'):
            return None
        after = toks[m + 1]
        key = _key(after)
        starts = (
            key in APPOSITIVE_STARTS
            or key in _TITLEISH
            or key.isdigit()
            or after.text.islower()
            or _possessive(after)
            or any(_key(t) in TITLE_HEADS for t in toks[m + 1 : m + 7])
        )
        if not starts or key in {"and", "but", "or", "while"}:
            continue
        contact = _contact_clause(toks, m, floor)
        found = np_before_token(work, toks, contact, floor)  # "the official we met, who"
        if found is None and m > floor and _CITED_YEAR.fullmatch(toks[m].text):
            cited = _before_parenthesis(work, toks, m, floor)
            if cited != m:
                found = np_before_token(work, toks, cited, floor)  # "Tan (2024), by contrast,"
        if found is None:
            # "Vietnamese e-commerce entrepreneur Tran Minh Khoa, who ...": the name
            found = _name_after_description(work, toks, m, floor)
        if found is not None and found.text.rstrip(".").lower() in _COMPANY_SUFFIXES:
            continue  # "..., General Manager of X Co., Ltd., which ..., said": further back
        described = _head_with_postmodifier(work, toks, m, floor)
        if described is not None and (found is None or described.start < found.start):
            # "A staff member at the provincial office, speaking privately ..., said":
            # the person described, not the office
            found = described
        opening = _token_at_start(toks, found.start) if found is not None else 0
        titled = found is not None and (
            found.kind is MentionKind.TITLE
            or any(_key(t) in _TITLEISH for t in toks[opening : opening + 2])
        )  # "Additional Secretary in the Department of Commerce", read as a body's name
        if found is not None and titled and key in {"who", "which"}:
            # "NAME, director-general of X, who led Y, said": the name before both
            k = _token_at_start(toks, found.start) - 1
            earlier = None
            if k >= floor and "," in work[toks[k].end : found.start]:
                earlier = np_before_token(work, toks, k, floor)
            if earlier is not None and earlier.kind is MentionKind.NAME:
                return earlier
        if found is not None and found.kind is not MentionKind.PRONOUN:
            named = _named_in(work, toks, m + 1, j)
            if named is not None:
                return named  # "The farmer, a man in his sixties named Prasert, told me"
            opener = _key(toks[_token_at_start(toks, found.start)])
            person = found.head not in ORG_HEADS and (
                opener in {"another", "one"} or (opener == "the" and key in _TITLEISH)
            )
            last = np_before_token(work, toks, j, floor)
            if (
                found.kind is MentionKind.TITLE
                and found.head not in ORG_HEADS
                and key in {"a", "an"}
                and last is not None
                and last.kind is MentionKind.NAME
                and _after_lowercase_comma(work, toks, _token_at_start(toks, last.start), m)
            ):
                # "The president of X, a farm lobby representing ... in the west of the
                # country, Gonzalo Irureta, said": the name after the body's description
                return last
            if found.kind is MentionKind.TITLE and person:
                named = _name_ending(work, toks, m + 1, j)
                if named is not None:
                    # "Another resident, retired teacher Lee Chee Keong, said"; "The head
                    # of the delegation, Director-General of ... Wang Lei, stated"
                    return named
                if opener in {"another", "one"} and key in {"a", "an"}:
                    described = _head_with_postmodifier(work, toks, j, m + 1)
                    if described is not None and described.kind is MentionKind.TITLE:
                        # "Another participant, a scholar from a Chinese university,
                        # said": the description says more than "another participant"
                        return described
            if key in {"including", "notably", "among"} and found.kind is MentionKind.COLLECTIVE:
                member = _named_member(work, toks, m + 1, j)
                if member is not None:
                    return member  # "Others, including scholar Priya Raman, said"
            return found
    return None


def _described_name(work: str, toks: Sequence[Token], j: int, floor: int) -> Mention | None:
    """The name or title before a description that ends at token ``j`` ("Tan Wei, | an
    analyst at Maybank", "The president of the chamber, | a banker from Cebu"), if the
    description opens with "a" or "an" after a comma and the name before that comma."""
    for m in range(j - 1, max(floor, j - 30) - 1, -1):
        gap = work[toks[m].end : toks[m + 1].start]
        if any(ch in gap for ch in '.;:"\u201c\u201d()'):
            return None
        if "," not in gap:
            continue
        if _key(toks[m + 1]) not in {"a", "an"}:
            return None
        named = np_before_token(work, toks, m, floor)
        if named is None or named.kind not in {MentionKind.NAME, MentionKind.TITLE}:
            return None
        return named
    return None


def _after_lowercase_comma(work: str, toks: Sequence[Token], k: int, m: int) -> bool:
    """Whether token ``k`` (after token ``m``) follows a comma after a lowercase word: a
    name after a description ("... in the west of the country, Gonzalo Irureta"), not a
    place after a body's name ("at Maybank, Singapore")."""
    return m < k - 1 and "," in work[toks[k - 1].end : toks[k].start] and toks[k - 1].text.islower()


_LABEL_TITLE = re.compile(r"\s*([A-Z][\w-]*)\s*:\s*")
"""A title labelling the name after it on its line ("Chair: ")."""
_FORMAL_STATE = re.compile(
    r"(?:the\s+)?(?:(?:People's|People\u2019s|Socialist|Democratic|Islamic|Federal|Arab"
    r"|Federative|Lao)\s+){0,3}(?:Republic|Kingdom|Sultanate|State|Commonwealth)"
    r"\s+of\s+(?:the\s+)?(?P<state>[A-Z][\w'\u2019 -]{1,40})"
)
"""A state's formal name ("the People's Republic of China", "Kingdom of Thailand")."""
_RELATIONS = frozenset(KIN_GENDER) - {"widow", "widower"} | {"partner", "cousin"}
"""A person's relation, named in an appositive after it ("Her husband, Bounmy,")."""
_PLACE_PREPOSITIONS = words("of from at in with for")
"""Prepositions before the capitalised words that end an appositive: those words are a
place or a body, not the person's name ("a scholar from Peking University")."""
_OPENING_PREPOSITIONS = words("in at during on speaking addressing opening closing")
"""Words that open a phrase before the subject ("In his remarks, X, said")."""

_COMPANY_SUFFIXES = frozenset(
    {"ltd", "inc", "co", "corp", "bhd", "berhad", "llc", "plc", "limited", "pte", "tbk", "jsc"}
)
"""The legal form after a company's name ("Co., Ltd."): part of the name, never a speaker."""


_DEPARTMENT_ENDS = ORG_HEADS | words(
    "affairs economics relations studies development cooperation trade industry policy"
)
"""Words that end the name of a body or its department ("... of Asian Affairs")."""


def _name_ending(work: str, toks: Sequence[Token], a: int, j: int) -> Mention | None:
    """The name of two to four capitalised words that ends an appositive (tokens
    ``a..j``) after lowercase words that describe ("retired teacher Lee Chee Keong")."""
    if not _is_cap(toks[j]) or _key(toks[j]) in _DEPARTMENT_ENDS:
        return None  # "a scholar from a Chinese university", "... at Peking University"
    b = j
    while b - 1 >= a and _is_cap(toks[b - 1]) and _tight(work, toks[b - 1], toks[b]):
        b -= 1
    # "Director-General of the Department of Asian Affairs Wang Lei": the name starts
    # after the words that end the department's name
    ends = [n for n in range(b, j) if _key(toks[n]) in _DEPARTMENT_ENDS]
    if ends and j - ends[-1] >= 2:
        b = ends[-1] + 1
    else:
        short = 1 <= j - b <= 3 and all(_key(t) not in _TITLEISH for t in toks[b : j + 1])
        # "... of China Wang Lei": where the place ends and the name starts is unknown
        described = b == a or (
            toks[b - 1].text.islower() and _key(toks[b - 1]) not in _PLACE_PREPOSITIONS
        )  # "a trader from Kunming": a place, not a name
        if not (short and described):
            return None
    start, end = toks[b].start, toks[j].end
    return Mention(
        start=start, end=end, text=work[start:end], kind=MentionKind.NAME, head=_key(toks[j])
    )


def _named_in(work: str, toks: Sequence[Token], a: int, j: int) -> Mention | None:
    """The name an appositive gives at its end ("a man in his sixties named Prasert")."""
    for k in range(a, j):
        if toks[k].key not in {"named", "called"} or not _is_cap(toks[k + 1]):
            continue
        run = toks[k + 1 : j + 1]
        if len(run) > 4 or not all(_is_cap(t) for t in run):
            return None
        if any(not _tight(work, run[n], run[n + 1]) for n in range(len(run) - 1)):
            return None
        start, end = run[0].start, run[-1].end
        return Mention(
            start=start, end=end, text=work[start:end], kind=MentionKind.NAME, head=_key(run[-1])
        )
    return None


def _token_at_start(toks: Sequence[Token], start: int) -> int:
    """The index of the token starting at ``start`` (or the first after it)."""
    lo, hi = 0, len(toks)
    while lo < hi:
        mid = (lo + hi) // 2
        if toks[mid].start < start:
            lo = mid + 1
        else:
            hi = mid
    return lo


_OWNERS = words("my our his her their a an the one another")


def _description_before(work: str, toks: Sequence[Token], j: int, floor: int) -> bool:
    """Whether a short description ending at token ``j`` opens the clause ("My old boss,
    NAME, told us", "his predecessor, NAME, said")."""
    for b in range(j, max(floor, j - 4) - 1, -1):
        if not _boundary(work, toks, b, floor):
            continue
        if _key(toks[b]) not in _OWNERS:
            return False
        return all(t.text[:1].islower() or t is toks[b] for t in toks[b : j + 1])
    return False


def _named_member(work: str, toks: Sequence[Token], a: int, j: int) -> Mention | None:
    """The person named last in ``toks[a..j]`` ("including Singapore-based scholar Ana
    Wu"), or ``None`` when the phrase names no one ("including some former diplomats")."""
    b = j
    while b - 1 > a and _is_cap(toks[b - 1]) and _tight(work, toks[b - 1], toks[b]):
        b -= 1
    run = toks[b : j + 1]
    if len(run) < 2 or not all(_is_cap(t) for t in run):
        return None
    if any(_key(t) in ORG_HEADS | OUTLET_HEADS | _TITLEISH for t in run):
        return None
    text = work[run[0].start : run[-1].end]
    return Mention(
        start=run[0].start, end=run[-1].end, text=text, kind=MentionKind.NAME, head=_key(run[-1])
    )


_PSEUDONYMS = words(
    """
    interviewee respondent participant informant source witness subject person official
    trader farmer expert user resident worker employee student delegate member speaker
    """
)
"""Nouns that, with a number or letter after them, stand for a person kept anonymous
("Interviewee 17", "Respondent B")."""


def _pseudonym(work: str, toks: Sequence[Token], k: int) -> bool:
    """Whether tokens ``k``, ``k + 1`` are a name kept anonymous: "Interviewee 17"."""
    if k < 0 or k + 1 >= len(toks) or not _is_cap(toks[k]) or _key(toks[k]) not in _PSEUDONYMS:
        return False
    label = toks[k + 1].text
    fits = (label.isdigit() and len(label) <= 3) or (len(label) == 1 and label.isupper())
    return fits and work[toks[k].end : toks[k + 1].start] == " "


def _pseudonym_mention(work: str, toks: Sequence[Token], k: int) -> Mention:
    start, end = toks[k].start, toks[k + 1].end
    return Mention(
        start=start, end=end, text=work[start:end], kind=MentionKind.NAME, head=_key(toks[k])
    )


def _handle(work: str, toks: Sequence[Token], i: int, ceiling: int) -> Mention | None:
    """A social media handle within the first words of a phrase ("X user @name_kl")."""
    for m in range(i, min(ceiling, i + 4)):
        if m > i and work[toks[m - 1].end : toks[m].start].strip(" @"):
            return None
        if toks[m].start == 0 or work[toks[m].start - 1] != "@":
            continue
        start, end = toks[m].start - 1, toks[m].end
        n = m + 1
        while n < ceiling and toks[n].start == end + 1 and work[end] in "._":
            end, n = toks[n].end, n + 1  # "@siti.jualan"
        return Mention(
            start=start, end=end, text=work[start:end], kind=MentionKind.NAME, head=toks[m].key
        )
    return None


def _office_from(work: str, toks: Sequence[Token], k: int, floor: int) -> bool:
    """Whether token ``k`` is a "from" that joins a person to a body, as "of" does:
    an office before the name ("Economist from the University of Indonesia Teguh
    Wirawan") or a name before the body ("Lim from the ministry")."""
    if k - 1 < floor or _key(toks[k]) != "from" or not _is_cap(toks[k - 1]):
        return False
    if not _tight(work, toks[k - 1], toks[k]):
        return False  # "Rohan Pillai, from the University of ...": an appositive
    return k + 1 < len(toks) and (_key(toks[k + 1]) == "the" or _is_cap(toks[k + 1]))


_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})*|\d+")
_YEAR_LIKE = re.compile(r"1[89]\d\d|20\d\d")


def _plural(token: Token) -> bool:
    """Whether a counted head names people or bodies ("firms", "member states")."""
    key = _key(token)
    return (
        token.text.islower()
        and key.endswith("s")
        and (
            key in COLLECTIVES
            or key[:-1] in OCCUPATIONS
            or key[:-1] in ORG_HEADS
            or key[:-1] in COLLECTIVES
            or (key.endswith("ies") and key[:-3] + "y" in ORG_HEADS | OCCUPATIONS)
            or _people(token)
            or key in {"states", "firms", "sides"}
        )
    )


def np_before_token(work: str, toks: Sequence[Token], j: int, floor: int) -> Mention | None:
    """The noun phrase that ends with token ``j``."""
    if j - 1 >= floor and _pseudonym(work, toks, j - 1) and _boundary(work, toks, j - 1, floor):
        return _pseudonym_mention(work, toks, j - 1)
    h = j
    while h - 1 >= floor and toks[h].start == toks[h - 1].end + 1 and work[toks[h - 1].end] in "._":
        h -= 1  # "@siti.jualan"
    if toks[h].start > 0 and work[toks[h].start - 1] == "@":
        start = toks[h].start - 1
        return Mention(
            start=start,
            end=toks[j].end,
            text=work[start : toks[j].end],
            kind=MentionKind.NAME,
            head=_key(toks[j]),
        )
    if _key(toks[j]) in PRONOUNS:
        return _classify(work, toks, j, j) if _boundary(work, toks, j, floor) else None
    b = j
    listed = False
    after_comma = j
    described = -1
    while b - 1 >= floor and j - b < 14:
        before = toks[b - 1]
        plural_owner = work[before.end : toks[b].start] == "' " and before.key.endswith("s")
        nickname = _nickname(work, toks, b - 1) or (b >= 2 and _nickname(work, toks, b - 2))
        if not _tight(work, before, toks[b]) and not plural_owner and not nickname:
            # "the Ministry of Investment, Trade and Industry": a list inside a name
            gap = work[before.end : toks[b].start].strip()
            names_list = any(_key(t) == "and" for t in toks[b : j + 1]) and _is_cap(toks[b])
            if gap == "," and names_list and not listed and _is_cap(before) and b - 2 >= floor:
                listed = True
                after_comma = b
                b -= 1
                continue
            break
        counted = b - 2 >= floor and _key(toks[b - 2]) in DETERMINERS | _ABOUT | {"to"}
        opens = b - 2 < floor or not _tight(work, toks[b - 2], before)  # "In 2025, 300 firms"
        counted = counted or (opens and not _YEAR_LIKE.fullmatch(before.text))
        if _NUMBER.fullmatch(before.text) and counted and j - b < 3 and _plural(toks[j]):
            # "The 10 member states", "Some 40 firms", "About 300 workers": a count (not
            # "In 2024 officials said")
            count = b - 1
            b = _approximated(work, toks, count, floor)
            if b - 1 >= floor and _key(toks[b - 1]) in DETERMINERS:
                b -= 1
            group = _classify(work, toks, count, j)
            if group is None or not _boundary(work, toks, b, floor):
                return None
            # named by the count and the group ("300 workers"), the phrase from "About"
            return attrs.evolve(group, start=toks[b].start)
        if not _np_word(before) and not _office_from(work, toks, b - 1, floor):
            modifier = (
                (
                    _key(toks[j]) in COLLECTIVES
                    or _key(toks[j]) in ORG_HEADS
                    or _speaker_head(toks[j])
                    or _people(toks[j])
                )
                and j - b < 3
                and before.text.islower()
                and _key(before) not in _FUNCTION
                and _key(before) not in _BOUNDARY_WORDS
                and _key(before) != "according"
                and _key(toks[b]) not in CONNECTORS | DETERMINERS | _COUNT_WORDS
                and _key(before) not in REPORTING
                and _key(before) not in OBJECT_VERBS
            )
            # "the military-controlled Ministry of Commerce", "the state-run Xinhua":
            # a hyphenated adjective before a name, after "the" or opening the clause
            hyphened = (
                "-" in before.text
                and before.text[0].islower()
                and _is_cap(toks[b])
                and any(_key(t) in ORG_HEADS for t in toks[b : j + 1])  # a body, not a code
                and (b - 2 < floor or _key(toks[b - 2]) in DETERMINERS | _BOUNDARY_WORDS)
            )
            if not modifier and not hyphened:
                break  # "customs officials", "local traders": a collective's modifiers
            if hyphened and not modifier:
                described = b  # the name starts after the adjective
        b -= 1
        if _key(toks[b]) in DETERMINERS:
            joined = b - 1 >= floor and _key(toks[b - 1]) in CONNECTORS - {"and", "the"}
            joined = joined or _office_from(work, toks, b - 1, floor)
            joined = joined or _listed_with_the(work, toks, b, floor)
            if joined and _tight(work, toks[b - 1], toks[b]):
                continue  # "Rahman of the Penang Institute"
            counted = b - 1 >= floor and _key(toks[b - 1]) in _COUNT_WORDS | DETERMINERS
            if _key(toks[b]) == "other" and counted and _tight(work, toks[b - 1], toks[b]):
                b -= 1  # "Two other diplomats", "several other officials"
                if (
                    b - 1 >= floor
                    and _key(toks[b - 1]) == "the"
                    and _tight(work, toks[b - 1], toks[b])
                ):
                    b -= 1  # "The two other diplomats"
            break
    while b < j and (
        (_key(toks[b]) in CONNECTORS - {"the"} and not _particle(toks[b]))
        or _sentence_adverb(toks, b)
    ):
        b += 1
    if listed and _key(toks[b]) not in CONNECTORS and not _boundary(work, toks, b, floor):
        # "data from Thailand, Sirikul and Okafor show": no list, the names after the comma
        b = after_comma
        if not _boundary(work, toks, b, floor):
            return None
    for m in range(b + 1, min(j, b + 5) + 1):
        if _key(toks[m - 1]) in _TIME_PHRASE and _after_opening_time(work, toks, m, floor):
            b = m  # "On Monday Kao said", "In May China said": the time is not the name
            break
    if not _boundary(work, toks, b, floor):
        return None
    if described > b:
        return _classify(work, toks, described, j)  # without "the military-controlled"
    return _classify(work, toks, b, j)


def np_after(work: str, toks: Sequence[Token], i: int, ceiling: int) -> Mention | None:
    """The noun phrase that starts at token ``i`` (after "according to", "said", "by")."""
    if i >= ceiling:
        return None
    owned = _key(toks[i]) in {"her", "his", "their", "its"} and i + 1 < ceiling
    if owned and _speaker_head(toks[i + 1]) and _tight(work, toks[i], toks[i + 1]):
        named = _name_after_comma(work, toks, i + 1, ceiling)
        if named is not None:
            return named  # "said her deputy, Carlos Medina."
    if _key(toks[i]) in PRONOUNS:
        return _classify(work, toks, i, i)
    if i + 1 < ceiling and _pseudonym(work, toks, i):
        return _pseudonym_mention(work, toks, i)  # "said Interviewee 9, who ..."
    handle = _handle(work, toks, i, ceiling)
    if handle is not None:
        return handle  # "wrote X user @name_kl", "posted @siti.jualan"
    if not _np_word(toks[i]):
        return None
    j = i
    m = i
    while (
        m + 1 < ceiling
        and m - i < 20
        and (_joined(work, toks[m], toks[m + 1]) or _name_list(work, toks, i, m, ceiling))
    ):
        nxt = toks[m + 1]
        if _key(nxt) in PRONOUNS:
            break
        timed = m + 2 < ceiling and _key(toks[m + 2]) in MONTH_NAMES | _WEEKDAY_WORDS
        if _key(nxt) in {"on", "in"} and timed:
            break  # "the Asean Secretariat on March 14": a time, not part of the name
        if _np_word(nxt) or _key(nxt) in ORG_HEADS:
            if _key(nxt) not in CONNECTORS and _key(nxt) not in DETERMINERS:
                j = m + 1
        elif not _modifier(nxt) or not _head_follows(work, toks, m + 1, ceiling):
            break
        elif _key(nxt).endswith("ed") and work[toks[m].end : nxt.start] != "-":
            break  # "X opened the discussion": a verb, not a modifier
        elif _key(nxt) in _PAST_VERBS:
            break  # "Kao met investors": a verb, not a modifier of "investors"
        m += 1
    found = _classify(work, toks, i, j)
    for h in range(i, j):
        described = _key(toks[i]) in {"a", "an", "one"} and _key(toks[h]) in _DESCRIBED
        if described and _key(toks[h + 1]) in _PREPOSITIONS:
            # "a currency dealer at a foreign bank": the person and where they work
            head = _classify(work, toks, i, h)
            if head is not None and head.kind is MentionKind.TITLE:
                return attrs.evolve(head, extent=toks[_description_end(work, toks, j, ceiling)].end)
        if _plural_head(toks[h]) and _key(toks[h + 1]) in _PREPOSITIONS and h + 1 <= j:
            # "Foreign ministers of the ASEAN", "officials from the ministry": the group
            head = _classify(work, toks, i, h)
            if head is not None and head.kind is MentionKind.COLLECTIVE:
                text = work[toks[i].start : toks[j].end]
                return attrs.evolve(head, end=toks[j].end, text=text)
            break
    if found is not None and found.kind is MentionKind.TITLE:
        named = _name_after_comma(work, toks, j, ceiling)
        if named is not None:
            return named  # "said the deputy minister, Carlos Medina."
    elif found is not None:
        titled = next(
            (
                h
                for h in range(i, j)
                if _key(toks[h]) in _TITLEISH and _key(toks[h + 1]) in _PREPOSITIONS
            ),
            None,
        )
        head = _classify(work, toks, i, titled) if titled is not None else None
        if head is not None and head.kind is MentionKind.TITLE:
            named = _name_after_comma(work, toks, j, ceiling)
            if named is not None:
                # "declared the state secretary in the Ministry of Economy, X."
                return named
    if found is None or j + 1 >= ceiling or not _tight(work, toks[j], toks[j + 1]):
        return found
    nxt = toks[j + 1]
    after = _key(nxt) in _POST_STARTS or _participle(toks, j + 1)
    if after and _speaker_head(toks[j]) and _key(nxt) not in REPORTING:
        # "a diplomat who declined to be named", "analysts polled by Reuters"
        return attrs.evolve(found, extent=toks[_description_end(work, toks, j + 1, ceiling)].end)
    return found


def _name_after_comma(work: str, toks: Sequence[Token], j: int, ceiling: int) -> Mention | None:
    """The name that closes a sentence after a description ending at token ``j`` and a
    comma ("the deputy minister, Carlos Medina."): two to four capitalised words."""
    k = j + 1
    if k >= ceiling or work[toks[j].end : toks[k].start] != ", ":
        return None
    end = k
    while (
        end < ceiling
        and end - k < 4
        and _is_cap(toks[end])
        and (end == k or _tight(work, toks[end - 1], toks[end]))
    ):
        end += 1
    if end != ceiling or not 2 <= end - k <= 4:
        return None  # not a name alone to the end of the sentence
    if any(_key(t) in _TITLEISH | ORG_HEADS for t in toks[k:end]):
        return None
    start, stop = toks[k].start, toks[end - 1].end
    return Mention(
        start=start,
        end=stop,
        text=work[start:stop],
        kind=MentionKind.NAME,
        head=_key(toks[end - 1]),
    )


def _description_end(work: str, toks: Sequence[Token], k: int, ceiling: int) -> int:
    """The last token of a description going on from token ``k`` up to punctuation or
    the verb said of it ("A trader at an exporting house in Santos | was more
    cautious"); a relative clause keeps its own verb ("officials who were there")."""
    relative = False
    last = min(ceiling, len(toks), k + 31) - 1
    while k < last and _tight(work, toks[k], toks[k + 1]):
        relative = relative or _key(toks[k]) in {"who", "which", "that", "whose"}
        if _key(toks[k + 1]) in _PREDICATE_VERBS and not relative:
            break
        if _key(toks[k + 1]) in _MAIN_VERBS and not relative:
            break  # "A spokesperson for Petronas | declined to comment but said"
        k += 1
    return k


def _name_list(work: str, toks: Sequence[Token], i: int, m: int, ceiling: int) -> bool:
    """Whether a comma after token ``m`` is a list inside a name ("Minister of Investment,
    Trade and Industry X"): after "of", capitalised words, then "and" and a capitalised
    word ("the Investment Ministry, China and Hong Kong" is no name)."""
    if work[toks[m].end : toks[m + 1].start].strip() != "," or not _is_cap(toks[m]):
        return False
    after_of = m - 1 >= i and _key(toks[m - 1]) == "of"
    for n in range(m + 1, min(ceiling - 1, m + 5)):
        if not _is_cap(toks[n]) or (n > m + 1 and not _tight(work, toks[n - 1], toks[n])):
            return False
        if _key(toks[n + 1]) == "and" and _tight(work, toks[n], toks[n + 1]):
            if n + 2 < ceiling and _key(toks[n + 2]) == "the" and n + 3 < ceiling:
                n += 1  # "Agriculture, Food and the Marine"
            if n + 2 >= ceiling or not _is_cap(toks[n + 2]):
                return False
            # "Investment, Trade and Industry Minister X": a portfolio before a title
            titled = n + 3 < ceiling and _key(toks[n + 3]) in _TITLEISH and _is_cap(toks[n + 3])
            return after_of or titled
    return False


def _head_follows(work: str, toks: Sequence[Token], k: int, ceiling: int) -> bool:
    """Whether a lowercase modifier at ``k`` is followed, within three words, by the head
    of its noun phrase ("national manager", "organizing committee", "research group")."""
    after_a_name = k > 0 and _is_cap(toks[k - 1])  # "China overtook Korea": a verb
    for n in range(k + 1, min(ceiling, k + 4)):
        if not _joined(work, toks[n - 1], toks[n]):
            return False
        key = _key(toks[n])
        if key in _HEADS or key in _TITLEISH or _people(toks[n]):
            return True
        if _is_cap(toks[n]) and not after_a_name:
            return True
        if key in _FUNCTION or key in REPORTING:
            return False
    return False


def _joined(work: str, left: Token, right: Token) -> bool:
    """Tight, or joined by a hyphen ("U.S.-based")."""
    return work[left.end : right.start].strip() in {"", "-"}


def _modifier(token: Token) -> bool:
    """A lowercase word that may stand inside a noun phrase before its head
    ("the organizing committee", "APG national manager")."""
    key = _key(token)
    return (
        token.text.islower()
        and key not in _FUNCTION
        and key not in REPORTING
        and key not in AUXILIARIES
        and not key.endswith("ly")
    )


# -- the corpus ---------------------------------------------------------------------


def _active(role: Role, when: PartialDate | None) -> bool:
    if role.start is None:
        return False  # a role without a start is descriptive only
    if when is None:
        return role.current and role.end is None
    if role.start.earliest > when.latest:
        return False
    return role.end is None or role.end.latest >= when.earliest


_HEAD_OF = re.compile(
    r"(?:[Tt]he\s+)?(?:(?P<before>[A-Z][\w.-]*?)(?:['\u2019]s)?\s+(?:chief|head|boss|top\s+official)"
    r"|(?:head|chief)\s+of\s+(?:the\s+)?(?P<after>[A-Z][\w.-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w.-]*)*)"
    r"(?:\s+\([A-Z]+\))?)"
)
"""The head of a body described, not titled: "the ASEAN chief", "ASEAN's top official",
"the head of ASEAN"."""
_HEAD_TITLES = words(
    """
    secretary-general director-general president chair chairman chairwoman chairperson
    governor
    """
)
"""The titles of a body's head."""

_BODY_OF = re.compile(
    r"(?:[Tt]he\s+)?(?P<owner>[A-Z][\w-]*(?:['\u2019]s)?\s+)?(?P<field>[A-Za-z]+)\s+"
    r"(?P<body>[Mm]inistry|[Dd]epartment|[Bb]ureau|[Aa]gency)"
)
"""A body named by its field first ("the commerce ministry", "China's Trade Ministry")."""


class Resolver:
    """Looks names, offices and agreements up in a corpus, remembering the answers."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        self._titles = frozenset(
            " ".join(role.title.lower().split()) for actor in corpus.actors for role in actor.roles
        )
        self._actors: dict[str, Actor | None] = {}
        self._offices: dict[str, tuple[tuple[Actor, Role], ...]] = {}
        self._agreements: dict[str, bool] = {}
        self._heads: dict[str, list[tuple[Actor, Role]]] | None = None  # by body, on first use

    def actor(self, name: str) -> Actor | None:
        """The actor with this name or alias (a leading "the" ignored), or ``None``."""
        if not name or len(name) > 150:
            return None
        if name in self._actors:
            return self._actors[name]
        found = self.corpus.get_actor(name)
        if found is None and name[:4].lower() == "the ":
            found = self.corpus.get_actor(name[4:])
        if found is None:
            found = self._owned(name)
        if found is None:
            formal = _FORMAL_STATE.fullmatch(name)
            if (
                formal is not None
                and formal["state"].lower() == "china"
                and "people" not in name.lower()
            ):
                formal = None  # "the Republic of China" is Taiwan's formal name
            if formal is not None and "democratic people" not in name.lower():
                # "the People's Republic of China", "the Republic of India": the state
                state = self.corpus.get_actor(formal["state"])
                found = state if state is not None and state.kind is ActorKind.STATE else None
        if found is None:
            turned = _BODY_OF.fullmatch(name)
            if turned is not None:
                # "China's commerce ministry" is "China's Ministry of Commerce"
                owner = turned["owner"] or ""
                body = f"{turned['body'].title()} of {turned['field'].title()}"
                found = self.corpus.get_actor(owner + body) or self._owned(owner + body)
        self._actors[name] = found
        return found

    def _owned(self, name: str) -> Actor | None:
        """A body named by its state's possessive ("China's Ministry of Commerce"): the
        one body of that state whose name or alias is the rest, with the state's
        adjective before it or "of ..." after it ("Chinese Ministry of Commerce")."""
        owner, sep, rest = name.replace("\u2019", "'").partition("'s ")
        if not sep or not owner or " " in owner.strip() or len(rest.split()) < 2:
            return None
        state = self.corpus.get_actor(owner.strip())
        if state is None or state.kind is not ActorKind.STATE:
            return None
        body = " ".join(rest.lower().split())
        found = {
            actor.id: actor
            for actor in self.corpus.actors
            if actor.country == state.id
            and actor.kind not in _PERSON_KINDS
            and any(
                form.lower() == body
                or form.lower().endswith(" " + body)
                or form.lower().startswith(body + " of ")
                for form in (actor.name, *actor.aliases)
            )
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def office(self, office: str, when: PartialDate | None) -> Actor | None:
        """The one actor who held ``office`` ("ASEAN Secretary-General") on ``when``."""
        if office[:4].lower() == "the ":
            office = office[4:]
        if not office or len(office) > 150:
            return None
        owner, sep, title = office.replace("\u2019", "'").partition("'s ")
        if sep and owner and " " not in owner:
            office = f"{owner} {title}"  # "ASEAN's secretary-general" is its office
        holders = self._offices.get(office)
        if holders is None and not any(title in office.lower() for title in self._titles):
            holders = ()  # names no office of the corpus: spare the lookup and its hints
        if holders is None:
            try:
                holders = self.corpus.holders(office)
            except CorpusError:
                holders = ()
            self._offices[office] = holders
        found = {actor.id: actor for actor, role in holders if _active(role, when)}
        return next(iter(found.values())) if len(found) == 1 else None

    def head_of(self, description: str, when: PartialDate | None) -> Actor | None:
        """The one actor who headed a body on ``when``, for a description of its head
        that names no office: "the ASEAN chief", "the head of ASEAN", "ASEAN's top
        official". The body must be an actor of the corpus, and exactly one role of it
        active then must be a head's ("Secretary-General", "Director-General",
        "President", "Chair" ...); otherwise ``None``."""
        match = _HEAD_OF.fullmatch(" ".join(description.split()))
        if match is None:
            return None
        body = self.actor(match["before"] or match["after"] or "")
        if body is None or body.kind in _PERSON_KINDS:
            return None
        if self._heads is None:
            self._heads = {}
            for actor in self.corpus.actors:
                for role in actor.roles:
                    if role.organisation is not None and role.title.lower() in _HEAD_TITLES:
                        self._heads.setdefault(role.organisation, []).append((actor, role))
        found = {a.id: a for a, role in self._heads.get(body.id, ()) if _active(role, when)}
        return next(iter(found.values())) if len(found) == 1 else None

    def is_agreement(self, name: str) -> bool:
        """Whether ``name`` names an agreement of the corpus (which cannot speak)."""
        if name not in self._agreements:
            bare = name[4:] if name[:4].lower() == "the " else name
            self._agreements[name] = self.corpus.get_agreement(bare) is not None
        return self._agreements[name]


# -- the people and bodies an article names -----------------------------------------


def kind_of(actor: Actor) -> str:
    """What an actor of the corpus is as a speaker: a person, an outlet, a group, a
    state or another body ("org")."""
    if actor.kind in _PERSON_KINDS:
        return "person"
    if actor.kind is ActorKind.NEWS_OUTLET:
        return "outlet"
    if actor.kind is ActorKind.GROUP:
        return "group"
    if actor.kind is ActorKind.STATE:
        return "state"
    return "org"


@attrs.define(kw_only=True)
class Entity:
    """A person or body the article names, with every form of its name seen."""

    number: int
    name: str
    kind: str
    actor: str | None = None
    words: set[str] = attrs.field(factory=set)
    titles: set[str] = attrs.field(factory=set)
    gender: str | None = None
    first: int = -1
    """Where the article first names it."""


_PREDICATING = words("as is was are were be been being become became becomes remains remained")
"""Words after which "a natural partner" says what something is, naming no one."""


class Registry:
    """The people and bodies an article names, in text order."""

    def __init__(self, work: str, resolver: Resolver) -> None:
        self.work = work
        self.resolver = resolver
        self.entities: list[Entity] = []
        self._positions: list[int] = []
        self._order: list[int] = []
        self._spans: dict[int, list[tuple[int, int]]] = {}
        self._by_actor: dict[str, Entity] = {}
        self._by_name: dict[str, Entity] = {}
        self._by_word: dict[str, list[Entity]] = {}
        self._aliases: dict[str, Entity] = {}
        """Abbreviations the article defines ("State Railway of Thailand (SRT)")."""

    def _people_sharing(self, words: set[str], gender: str | None = None) -> Entity | None:
        """The person last recorded whose name words contain, or are in, ``words``; with
        ``gender`` (from "Mr", "Ms"), not one known to be of the other ("Mr Koroi" is not
        his daughter Mereoni Koroi)."""
        if not words:
            return None
        candidates: dict[int, Entity] = {}
        for word in words:
            for entity in self._by_word.get(word, ()):
                candidates[entity.number] = entity
        for number in sorted(candidates, reverse=True):
            entity = candidates[number]
            if gender is not None and entity.gender not in {None, gender}:
                continue
            if words <= entity.words or entity.words <= words:
                return entity
        return None

    # -- building -------------------------------------------------------------------

    def _add(
        self,
        start: int,
        end: int,
        name: str,
        kind: str,
        actor: Actor | None,
        titles: set[str],
        gender: str | None = None,
    ) -> Entity:
        if kind == "person":
            parts = name.split()
            while len(parts) > 1 and parts[0].lower().rstrip(".") in HONORIFICS | _TITLEISH:
                parts = parts[1:]
            name = " ".join(parts)
        words = {
            w.lower()
            for w in name.replace("\u2019", "'").split()
            if w[:1].isupper() and w.lower() not in DETERMINERS
        }
        if kind == "person" and len(words - _PARTICLES) > 0:
            words -= _PARTICLES  # "Van der Berg" is "Peter van der Berg"
        if not words and kind == "person":
            words = {name.lower()}  # "a Lao vendor" and "a driver" stay two people
        found: Entity | None = None
        if actor is not None:
            found = self._by_actor.get(actor.id)
        honorific = titles & _GENDERED.keys()
        if gender is None and honorific:
            gender = _GENDERED[min(honorific)]
        if found is None and kind == "person":
            found = self._people_sharing(words, gender)
        if found is None and kind != "person":
            found = self._by_name.get(name.lower())
        if found is None:
            found = Entity(number=len(self.entities), name=name, kind=kind)
            self.entities.append(found)
        if actor is not None and found.actor is None:
            found.actor = actor.id
            self._by_actor[actor.id] = found
        if len(name) > len(found.name) and (kind == "person" or found.kind != "person"):
            found.name = name
        self._by_name.setdefault(found.name.lower(), found)
        if kind == "person" and found.gender is None:
            found.gender = gender
        if found.kind == "person":
            for word in words - found.words:
                self._by_word.setdefault(word, []).append(found)
        found.words |= words
        found.titles |= titles
        if found.first < 0 or start < found.first:
            found.first = start
        at = bisect_right(self._positions, start)  # descriptions are read out of order
        self._positions.insert(at, start)
        self._order.insert(at, found.number)
        self._spans.setdefault(start, []).append((end, found.number))
        return found

    def observe(self, toks: Sequence[Token], floor: int = 0) -> None:
        """Record the names among ``toks`` (one paragraph's words, in order), and the
        people an article introduces without a name ("a Lao vendor")."""
        work = self.work
        n = len(toks)
        i = floor
        while i < n:
            if not _is_cap(toks[i]) or _key(toks[i]) in COLLECTIVES:
                if _key(toks[i]) in _DESCRIBED:
                    self._described(toks, i, floor)
                elif _key(toks[i]) in COLLECTIVES:
                    i = self._collective(toks, i, floor)
                i += 1
                continue
            j = i
            while j + 1 < n and (
                _tight(work, toks[j], toks[j + 1])
                or _nickname(work, toks, j)
                or _nickname(work, toks, j - 1)
            ):
                nxt = toks[j + 1]
                if _is_cap(nxt):
                    j += 1
                elif _key(nxt) in CONNECTORS - {"and"} and j + 2 < n:
                    step = 2
                    if j + 3 < n and (
                        _key(toks[j + 2]) == "the"  # "of the People's Republic"
                        or (_key(nxt) in _PARTICLES and _key(toks[j + 2]) in _PARTICLES)
                    ):
                        step = 3  # "Peter van der Berg", "Maria de la Cruz"
                    if _is_cap(toks[j + step]) and all(
                        _tight(work, toks[m], toks[m + 1]) for m in range(j + 1, j + step)
                    ):
                        j += step
                    else:
                        break
                else:
                    break
            self._run(toks, i, j)
            if i == j:
                self._firm(toks, i, floor)
            self._abbreviation(toks, i, j)
            i = j + 1

    def _surname_before(self, word: str) -> bool:
        """Whether a capital's name is a word of a person's name the text gave before
        ("Grace Washington", then "Washington said"): the person, not the state."""
        return any(e.kind == "person" for e in self._by_word.get(word.lower(), ()))

    def _firm(self, toks: Sequence[Token], i: int, floor: int) -> None:
        """A one-word name that is a body's, known by "its" after its verb ("Maybank cut
        its forecast"), so that "the bank said" can refer back to it."""
        token = toks[i]
        key = _key(token)
        if self.within(token.start, token.end) or key in PLACES or key in CAPITALS:
            return
        if key in COLLECTIVES or key in OFFICE_WORDS or key in NATIONALITIES or len(key) < 3:
            return
        if i + 2 < len(toks) and _tight(self.work, token, toks[i + 1]):
            verb = toks[i + 1]
            past = verb.key.endswith("ed") or verb.key in _IRREGULAR_PAST
            if verb.text.islower() and past and toks[i + 2].key == "its":
                self._add(token.start, token.end, token.text, "org", None, set())

    def _abbreviation(self, toks: Sequence[Token], a: int, b: int) -> None:
        """ "NAME (ABBR)": later mentions of ABBR are the named body or person."""
        work = self.work
        if b + 1 >= len(toks) or work[toks[b].end : toks[b + 1].start].strip() != "(":
            return
        c = b + 1
        while c + 1 < len(toks) and c - b < 3 and _tight(work, toks[c], toks[c + 1]):
            c += 1
        if work[toks[c].end : toks[c].end + 1] != ")" or not _is_cap(toks[b + 1]):
            return
        inside = self.within(toks[a].start, toks[b].end)
        named = max(inside, key=lambda e: len(e.name)) if inside else None
        if named is None or named.kind == "person":
            return
        abbreviation = work[toks[b + 1].start : toks[c].end]
        self._aliases.setdefault(abbreviation.lower(), named)
        actor = self.resolver.actor(named.actor) if named.actor else None
        self._add(toks[b + 1].start, toks[c].end, named.name, named.kind, actor, set())

    def _collective(self, toks: Sequence[Token], k: int, floor: int) -> int:
        """ "Analysts at Pacific Securities were cautious": a group "they" may refer to.

        Returns the index of the last token read.
        """
        work = self.work
        a = k
        while a - 1 >= floor and k - a < 3 and _tight(work, toks[a - 1], toks[a]):
            key = _key(toks[a - 1])
            if key in _FUNCTION - {"the"} or key in REPORTING:
                break
            a -= 1
            if key == "the":
                break
        if not _boundary(work, toks, a, floor):
            return k
        end = k
        if k + 2 < len(toks) and _key(toks[k + 1]) in _PREPOSITIONS and _is_cap(toks[k + 2]):
            end = k + 2
            while (
                end + 1 < len(toks)
                and _is_cap(toks[end + 1])
                and _tight(work, toks[end], toks[end + 1])
            ):
                end += 1
        name = work[toks[a].start : toks[end].end]
        self._add(toks[a].start, toks[end].end, name, "group", None, set())
        return k

    def _described(self, toks: Sequence[Token], k: int, floor: int) -> None:
        """ "A senior official", "a Lao vendor selling rice": a person named by a phrase."""
        for a in range(k - 1, max(floor, k - 4) - 1, -1):
            key = _key(toks[a])
            if key in {"a", "an", "one"}:
                named = self._named_before(toks, a, floor)
                if named is not None:
                    # "Somphone Vilayvong, a coffee exporter": the title of a named person
                    named.titles.add(_key(toks[k]))
                    return
                predicate = a - 1 >= floor and _key(toks[a - 1]) in _PREDICATING
                if _boundary(self.work, toks, a, floor) and not predicate:
                    name = self.work[toks[a].start : toks[k].end]
                    self._add(toks[a].start, toks[k].end, name, "person", None, {_key(toks[k])})
                return
            if key == "the" and a == k - 1:
                # "the elder" after "One village elder": the person described before
                head = _key(toks[k])
                earlier = [
                    e
                    for e in self.entities
                    if e.kind == "person"
                    and head in e.titles
                    and e.name.split()[0].lower() in {"a", "an", "one"}
                    and e.first < toks[a].start
                ]
                if len(earlier) == 1:
                    self._add(toks[a].start, toks[k].end, earlier[0].name, "person", None, {head})
                return
            if key in _FUNCTION or not _tight(self.work, toks[a], toks[a + 1]):
                return

    def _titled(self, toks: Sequence[Token], a: int, prefix: set[str]) -> bool:
        """Whether a person's title comes before the name: in the run ("Minister X") or
        just before it ("Minister of Industry and Trade X"); "Investment X" is not one."""
        if prefix & (_PERSON_TITLES | HONORIFICS):
            return True
        if not prefix:
            return False
        k = a
        while k - 1 >= 0 and a - k < 10 and _tight(self.work, toks[k - 1], toks[k]):
            k -= 1
            key = _key(toks[k])
            if key in _PERSON_TITLES:
                return True
            if not (key in _TITLEISH or key in CONNECTORS or _is_cap(toks[k])):
                return False  # "chairman of the just concluded ASEAN Foreign ...": no title
        return False

    def _named_before(self, toks: Sequence[Token], a: int, floor: int) -> Entity | None:
        """The person whose name ends just before ", a ..." at token ``a``, if any."""
        if a - 1 < floor or self.work[toks[a - 1].end : toks[a].start].strip() != ",":
            return None
        age = a - 1
        while (
            age >= floor
            and age >= a - 4
            and (toks[age].key in {"years", "year", "old", "aged"} or toks[age].key.isdigit())
        ):
            age -= 1  # "Keo Sreymom, 45 years old, a farmer": past the age
        if age < a - 1:
            if age < floor or self.work[toks[age].end : toks[age + 1].start].strip() != ",":
                return None
            a = age + 1
        if not _is_cap(toks[a - 1]):
            return None
        b = a - 1
        while b - 1 >= floor and _is_cap(toks[b - 1]) and _tight(self.work, toks[b - 1], toks[b]):
            b -= 1
        found = self.within(toks[b].start, toks[a - 1].end)
        people = [e for e in found if e.kind == "person"]
        return people[-1] if people else None

    def _run(self, toks: Sequence[Token], a: int, b: int) -> None:
        while a <= b and (
            _key(toks[a]) in DETERMINERS
            or (_key(toks[a]) in CONNECTORS and not _particle(toks[a]))
            or (_key(toks[a]) in SENTENCE_ADVERBS and _is_cap(toks[a]))
        ):
            a += 1
        while b >= a and (
            (_key(toks[b]) in CONNECTORS and not toks[b].text.isupper())
            or (
                _key(toks[b]) in _WHEN | MONTH_NAMES
                and not (b > a and _month_name(toks, b) and self._name_word(toks[b - 1]))
            )
        ):
            b -= 1  # "Prabowo Subianto on Tuesday", but "Prime Minister Theresa May"
        for k in range(a, min(a + 3, b)):
            if DESCRIBING_ADJECTIVE.fullmatch(toks[k].key) and toks[k].text[-1].islower():
                a = k + 1  # "Beijing-based Xinhua", "Hong Kong-listed Alibaba": the name after
                break
            if not _is_cap(toks[k]) or _key(toks[k]) in CONNECTORS:
                break
        if a > b or b - a > 24:
            return  # (an office of a state to a state with its courtesies runs to 18 words)
        whole = self.work[toks[a].start : toks[b].end].rstrip(".")
        described = any(_key(t).endswith("-language") for t in toks[max(0, a - 2) : a])
        if described and self.resolver.actor(whole) is None:
            # "Its Tamil-language counterpart Navarasa": a publication
            self._add(toks[a].start, toks[b].end, whole, "outlet", None, set())
            return
        before = toks[a - 1] if a > 0 else None
        if (
            before is not None
            and before.text.islower()
            and _key(before) in _FIRM_ONLY
            and _tight(self.work, before, toks[a])
            and self.resolver.actor(whole) is None
        ):
            # "Malaysian lender Maybank", "the consultancy Tropico Trade Insights": a
            # company (not after a word a person's trade shares with a firm's: "coffee
            # roaster Wahyu", "durian processor Supaporn Kittisak")
            self._add(toks[a].start, toks[b].end, whole, "org", None, set())
            return
        for ending in ("'s", "\u2019s"):
            whole = whole.removesuffix(ending)  # "the ASEAN Secretariat's report": its owner
        alias = self._aliases.get(whole.lower())
        if alias is not None:
            actor = self.resolver.actor(alias.actor) if alias.actor else None
            self._add(toks[a].start, toks[b].end, alias.name, alias.kind, actor, set())
            return
        actor = self.resolver.actor(whole)
        if actor is None and whole.lower() in CAPITALS and not self._surname_before(whole):
            # "Manila said it would protest": the capital alone speaks for its state (not
            # "Manila Electric Co", nor "a report from Jakarta")
            actor = self.resolver.corpus.get_actor(CAPITALS[whole.lower()])
        if actor is not None:
            self._add(
                toks[a].start,
                toks[b].end,
                actor.name if kind_of(actor) != "person" else whole,
                kind_of(actor),
                actor,
                set(),
            )
            return
        placed = self._place_before_name(toks, a, b)
        if placed is not None:
            # "ambassador to Fiji Bambang Wiryawan": the country, then the person
            country, after, name_at = placed
            if country > a:
                self._run(toks, a, country - 1)
            self._run(toks, country, after - 1)
            # the office before the places ("Ambassador of Indonesia to Egypt"), when it
            # opens the run
            office: list[str] = []  # "Vice Minister" of "Vice Minister of Commerce of ..."
            for t in toks[a : country - 1]:
                if _key(t) in OFFICE_OF:
                    break
                if _key(t) in _TITLEISH:
                    office.append(_key(t))  # not "Plenipotentiary" of "... Ambassador"
            titled = any(w in _PERSON_TITLES for w in office)
            titles = {" ".join(office), office[0]} if titled else set()
            # "Deputy Minister of Digital Development and | Transport of ... Mr. X": the
            # run began inside the title's department
            titles |= self._titles_before(toks, a)
            name = self.work[toks[name_at].start : toks[b].end].rstrip(".")
            self._add(toks[name_at].start, toks[b].end, name, "person", None, titles)
            return
        # Split "Nurul Rahman of the Penang Institute" into a name and an organisation,
        # but keep "Ministry of Commerce" and "Secretary-General of ASEAN" whole.
        for k in range(a + 1, b):
            key = _key(toks[k])
            if key in _SPLIT_CONNECTORS and _key(toks[k - 1]) not in (
                ORG_HEADS | OUTLET_HEADS | _TITLEISH
            ):
                self._run(toks, a, k - 1)
                self._run(toks, k + 1, b)
                return
        self._name(toks, a, b)

    def _place_before_name(
        self, toks: Sequence[Token], a: int, b: int
    ) -> tuple[int, int, int] | None:
        """Where a country that an office is of or to starts, and where the person's
        name after it starts ("Ambassador to Fiji Bambang Wiryawan", "Minister of Trade
        of Viet Nam Tran Van Nam"): after "to", "of", "in", "from" or "for", the country,
        then two to four name words that end the run."""
        for p in range(max(a, 1), b):
            if _key(toks[p - 1]) not in OFFICE_OF:
                continue
            titled = any(_key(t) in OFFICE_WORDS for t in toks[a : p - 1])
            if p >= 2 and _key(toks[p - 2]) in ORG_HEADS and not titled:
                continue  # "Bank of China Hong Kong": a body's name, no office (but
                # "Deputy Minister of ... the Republic of Uzbekistan Dilshod K.")
            for size in (1, 2, 3):
                n = p + size
                while n <= b and _key(toks[n]).rstrip(".") in _COURTESIES:
                    n += 1  # "... to the Republic of Azerbaijan His Excellency Mr. Wang X"
                rest = b - n + 1
                if not 2 <= rest <= 4:
                    continue
                words = " ".join(t.text for t in toks[p : p + size]).lower()
                if words in COUNTRIES or words in CITIES:
                    tail = toks[n : b + 1]
                    rest_words = " ".join(t.text for t in tail).lower()
                    if rest_words in COUNTRIES or rest_words in CITIES:
                        continue  # "... of China Hong Kong": two places
                    if all(_is_cap(t) and _key(t) not in ORG_HEADS | _TITLEISH for t in tail):
                        return p, p + size, n
        return None

    def _name(self, toks: Sequence[Token], a: int, b: int) -> None:
        work = self.work
        keys = [_key(t) for t in toks[a : b + 1]]
        organisation = any(k in ORG_HEADS or k in OUTLET_HEADS for k in keys)
        s = b + 1
        while s - 1 >= a:
            token = toks[s - 1]
            patronym = (
                _key(token) in {"haji", "hajah", "hj"}
                and s - 2 >= a
                and _key(toks[s - 2]) in {"bin", "binti"}
            )  # "Zainal Abidin bin Haji Md Salleh": the father's title inside the name
            if (
                self._name_word(token)
                or patronym
                or (s - 1 == b and self._owner_word(token))
                or (_month_name(toks, s - 1) and self._name_word(toks[s if s <= b else s - 2]))
            ):
                s -= 1  # "April Lim", "Theresa May": a month that is a name here
            elif (
                s <= b
                and _key(token) in _PARTICLES
                and (_particle(token) or self._joins(toks, a, s))
            ):
                s -= 1  # "Peter van der Berg", "Maria de la Cruz", "Le Hoang Minh"
            elif (
                s <= b
                and s - 2 >= a
                and _key(token) in _INNER_TITLES
                and not token.text.isupper()
                and self._name_word(toks[s - 2])
                and _key(toks[s - 2]) not in _TITLEISH
            ):
                s -= 1  # "Tiong King Sing": a title's word between two words of a name
            else:
                break
        after_body = s > a and _key(toks[s - 1]) in ORG_HEADS | OUTLET_HEADS | CONNECTORS
        if after_body and 1 <= b - s <= 2 and keys[0] in _PERSON_TITLES and keys[1:2] == ["of"]:
            # "Governor of the Central Bank Eli Remolona": a title of a body, then its
            # holder's name (not "Bank Central Asia", a body's name alone); the body is
            # recorded too, for "the bank said" later
            after_body = _key(toks[s - 1]) in CONNECTORS
            if not after_body and a + 2 <= s - 1:
                self._run(toks, a + 2, s - 1)
        if organisation and b - s < 1 and not (s > a and _key(toks[s - 1]) in TITLE_HEADS):
            after_body = True  # "Department of Foreign Affairs" names no one called Affairs
        if s > a and _key(toks[s - 1]) in CONNECTORS:
            # "Secretary-General of the Association of ...": the part after "of" is a body
            for k in range(a + 1, b + 1):
                if _key(toks[k - 1]) in CONNECTORS - {"and"} and _key(toks[k]) not in CONNECTORS:
                    part = work[toks[k].start : toks[b].end].rstrip(".")
                    actor = self.resolver.actor(part)
                    if actor is not None and kind_of(actor) != "person":
                        self._add(
                            toks[k].start, toks[b].end, actor.name, kind_of(actor), actor, set()
                        )
                        return
        if s <= b and not after_body:
            name = work[toks[s].start : toks[b].end].rstrip(".")
            for ending in ("'s", "\u2019s"):
                name = name.removesuffix(ending)  # "Secretary Alan Cayetano's statement"
            if " ".join(name.lower().split()) in PLACES:
                # "Hong Kong", "Phnom Penh": a place, speaking (if at all) as its government
                self._add(toks[s].start, toks[b].end, name, "state", None, set())
                return
            prefix = {
                k for k in keys[: s - a] if k in _TITLEISH or k in HONORIFICS or k in _DEPARTMENTS
            }
            ranked = {_rank(toks, n) for n in range(a, s) if _key(toks[n]) in _PERSON_TITLES}
            titles = (
                {k for k in prefix if k not in _PERSON_TITLES}  # "Vice Minister X": a
                | ranked  # "vice minister", not a "minister"
                | self._appositive_titles(toks, a, b)
                | self._titles_before(toks, a)
            )
            actor = self.resolver.actor(name)
            if actor is not None:
                self._add(
                    toks[s].start,
                    toks[b].end,
                    name if kind_of(actor) == "person" else actor.name,
                    kind_of(actor),
                    actor,
                    titles,
                )
                return
            placed = s - 1 > a and b > s and self._state_word(toks[s - 1])
            if organisation and not prefix and not placed:
                pass  # "Institute of Security and International Studies" names no one
            elif self._person_evidence(toks, a, s, b, placed or self._titled(toks, a, prefix)):
                kin = _key(toks[a - 1]) if a > 0 else ""
                gender = KIN_GENDER.get(kin)  # "His daughter, Mereoni Koroi": she
                self._add(toks[s].start, toks[b].end, name, "person", None, titles, gender)
                return
        if organisation:
            name = work[toks[a].start : toks[b].end].rstrip(".")
            outlet = any(k in OUTLET_HEADS for k in keys) and not any(k in ORG_HEADS for k in keys)
            if not self.resolver.is_agreement(name):
                self._add(
                    toks[a].start, toks[b].end, name, "outlet" if outlet else "org", None, set()
                )
                return
        for token in toks[a : b + 1]:
            # "Secretary-General of ASEAN": the acronym still names a body
            if token.text.isupper() and len(token.text) > 1:
                actor = self.resolver.actor(token.text)
                if actor is not None and kind_of(actor) != "person":
                    self._add(token.start, token.end, actor.name, kind_of(actor), actor, set())

    def _state_word(self, token: Token) -> bool:
        """Whether a word names a state, as the last word of a body's name does in
        "University of Indonesia Teguh Wirawan": the name after it is a person's."""
        actor = self.resolver.actor(token.text)
        return actor is not None and actor.kind is ActorKind.STATE

    def _joins(self, toks: Sequence[Token], a: int, s: int) -> bool:
        """Whether the lowercase particles before token ``s`` join it to a name word
        (from token ``a`` on): "van der" in "Peter van der Berg"."""
        k = s - 1
        while k >= a and toks[k].text.islower() and _key(toks[k]) in _PARTICLES:
            k -= 1
        return k >= a and k < s - 1 and (self._name_word(toks[k]) or _particle(toks[k]))

    def _owner_word(self, token: Token) -> bool:
        """A possessive name word ("Cayetano's") that ends a name."""
        text = token.text
        for ending in ("'s", "\u2019s"):
            if text.endswith(ending) and len(text) > len(ending) + 1:
                bare = Token(token.start, token.end - len(ending), text[: -len(ending)])
                return self._name_word(bare)
        return False

    def _name_word(self, token: Token) -> bool:
        key = _key(token)
        if not _is_cap(token) or _possessive(token):
            return False
        if key in _TITLEISH or key in NATIONALITIES or key in HONORIFICS or key in CONNECTORS:
            return False
        if key.endswith("s") and key[:-1] in _TITLEISH:
            return False  # "Foreign Ministers": a plural title, not a name
        if key in _DEPARTMENTS:
            return False  # "Minister of Maritime Affairs Luhut X": the department ends there
        if key in ORG_HEADS or key in OUTLET_HEADS or key in NON_SPEAKER_HEADS:
            return False
        if key in SENTENCE_ADVERBS or (token.text.isupper() and len(token.text) > 1):
            return False
        actor = self.resolver.actor(token.text)
        return actor is None or actor.kind is ActorKind.PERSON

    def _person_evidence(self, toks: Sequence[Token], a: int, s: int, b: int, titled: bool) -> bool:
        if titled:
            return True
        work = self.work
        words = {re.sub(r"['\u2019]s$", "", t.key) for t in toks[s : b + 1]}  # "Rahman's"
        words = words - _PARTICLES or words  # "Van der Berg" is "Peter van der Berg"
        if self._people_sharing(words) is not None:
            return True
        before = toks[a - 1] if a > 0 else None
        if before is not None and _key(before) in _TITLEISH and _tight(work, before, toks[a]):
            return True
        if before is not None and work[before.end : toks[a].start].strip() == ",":
            back = toks[max(0, a - 6) : a]
            if any(_key(t) in TITLE_HEADS for t in back):
                return True
            if _key(before) in _RELATIONS:
                return True  # "Her husband, Bounmy, who keeps the accounts"
        if self._appositive_titles(toks, a, b):
            return True
        # one capitalised word (particles aside) may be a place ("Beijing said")
        two_words = sum(_key(t) not in _PARTICLES for t in toks[s : b + 1]) >= 2
        nxt = b + 1
        while nxt < len(toks) and _adverb(toks[nxt]):
            nxt += 1
        if nxt < len(toks) and _key(toks[nxt]) in REPORTING and _tight(work, toks[b], toks[nxt]):
            # the subject of "said" ("from Southeast Asia pledged" is not)
            return two_words and _boundary(work, toks, a, 0)
        if two_words and _aged(work, toks, b):
            return True  # "Nguyen Hoang Yen, 51, keeps three printers running"
        if (
            two_words
            and before is not None
            and _key(before) in REPORTING
            and before.text.islower()
            and _tight(work, before, toks[a])
        ):
            return True  # '"...," says Lim Sokunthea, who manages a factory': the speaker
        end = self._appositive_end(toks, b)
        if end is not None and _key(toks[end + 1]) in REPORTING:
            # "Wang Yi, a member of the Political Bureau, said": the subject of "said"
            return two_words and _boundary(work, toks, a, 0)
        return False

    def _appositive_end(self, toks: Sequence[Token], b: int) -> int | None:
        """The last token of a phrase set off by commas right after token ``b`` ("X,
        a researcher at Y, said"), if a token follows it; quotations and sentence ends
        are not crossed."""
        work = self.work
        if b + 2 >= len(toks) or work[toks[b].end : toks[b + 1].start].strip() != ",":
            return None
        for k in range(b + 1, min(b + 30, len(toks) - 1)):
            gap = work[toks[k].end : toks[k + 1].start]
            if gap.strip() == ",":
                return k
            if gap.strip(" '\u2019-") or "\n" in gap:
                return None
        return None

    def _titles_before(self, toks: Sequence[Token], a: int) -> set[str]:
        """Title words of a title right before a name ("The Secretary-General of X, NAME",
        "WTO chief NAME")."""
        line = self.work[self.work.rfind("\n", 0, toks[a].start) + 1 : toks[a].start]
        label = _LABEL_TITLE.fullmatch(line)
        if label is not None and label[1].lower() in _PERSON_TITLES:
            return {label[1].lower()}  # "Chair: Mr. Agus Salim Nugroho", a label's title
        if a == 0:
            return set()
        gap = self.work[toks[a - 1].end : toks[a].start]
        if gap == " " and toks[a - 1].text.islower() and _key(toks[a - 1]) in _PERSON_TITLES:
            return {_rank(toks, a - 1)}  # "WTO chief Ngozi Okonjo-Iweala"
        if gap == " " and _key(toks[a - 1]) == "and":
            # "Deputy Minister of Public Works and Transport Mr Khamphet": the run of the
            # name began after the "and" inside the title's department. Only a title
            # that a department follows ("of Public Works"): in "Prime Minister Hun Manet
            # and Mr Sok" the title is the first person's
            found = set()
            department = False
            for n in range(a - 2, max(0, a - 12) - 1, -1):
                t = toks[n]
                if not _tight(self.work, t, toks[n + 1]):
                    break
                if not (_is_cap(t) or _key(t) in CONNECTORS):
                    break
                if _key(t) in _PERSON_TITLES and department:
                    found.add(_rank(toks, n))
                department = department or _key(t) in {"of", "for", "on"}
            return found
        if gap.strip() not in {",", ":"}:
            return set()  # "The Secretary-General of X, NAME", "Chair: Mr. NAME"
        out = set()
        for n in range(a - 1, max(0, a - 8) - 1, -1):
            t = toks[n]
            if _key(t) in _PERSON_TITLES:
                out.add(_rank(toks, n))
            if t is not toks[a - 1] and self.work[t.end : t.end + 1] in {",", ".", ";"}:
                break
        return out

    def _appositive_titles(self, toks: Sequence[Token], a: int, b: int) -> set[str]:
        """Title words of an appositive right after a name ("X, secretary-general of Y,")."""
        work = self.work
        if b + 1 >= len(toks) or work[toks[b].end : toks[b + 1].start].strip() != ",":
            return set()
        first = toks[b + 1]
        if _key(first) not in APPOSITIVE_STARTS | _TITLEISH | NATIONALITIES:
            return set()  # "X, Chinese foreign minister, said" starts with a nationality
        out = set()
        for n in range(b + 1, min(b + 24, len(toks))):
            t = toks[n]
            if n > b + 1 and any(ch in work[toks[n - 1].end : t.start] for ch in ",.;"):
                break  # "X, the ministry's deputy secretary-general (trade), said"
            if t.key in REPORTING and t.text.islower():
                return set()  # "Asked about Moscow, the ASEAN official said": a subject
            if _key(t) in _PERSON_TITLES:
                out.add(_rank(toks, n))
            if work[t.end : t.end + 1] in {",", ".", ";"}:
                break
        return out

    # -- lookups --------------------------------------------------------------------

    def at(self, start: int, end: int) -> Entity | None:
        """The entity whose recorded name lies within ``[start, end)``, the last one."""
        lo = bisect_left(self._positions, start)
        best: Entity | None = None
        for k in range(lo, len(self._positions)):
            pos = self._positions[k]
            if pos >= end:
                break
            for stop, number in self._spans.get(pos, ()):
                if stop <= end + 1:
                    best = self.entities[number]
        return best

    def starting_at(self, pos: int) -> tuple[Entity, int] | None:
        """The entity whose recorded name starts at ``pos`` (the longest such name), and
        where that name ends."""
        found = max(self._spans.get(pos, ()), default=None)
        return (self.entities[found[1]], found[0]) if found is not None else None

    def of(self, actor: str | None, name: str) -> Entity | None:
        """The entity of a speaker already found, by its actor id or its name."""
        found = self._by_actor.get(actor) if actor is not None else None
        return found if found is not None else self._by_name.get(name.lower())

    def within(self, start: int, end: int) -> list[Entity]:
        """The entities whose recorded names lie within ``[start, end)``, in text order."""
        lo = bisect_left(self._positions, start)
        out: list[Entity] = []
        for k in range(lo, len(self._positions)):
            pos = self._positions[k]
            if pos >= end:
                break
            for stop, number in self._spans.get(pos, ()):
                entity = self.entities[number]
                if stop <= end + 1 and entity not in out:
                    out.append(entity)
        return out

    def recent(self, pos: int, kinds: frozenset[str], title: str | None = None) -> Entity | None:
        """The entity of one of ``kinds`` named last before ``pos`` (with ``title``)."""
        found = self.recent_at(pos, kinds, title)
        return found[0] if found is not None else None

    def recent_at(
        self,
        pos: int,
        kinds: frozenset[str],
        title: str | None = None,
        gender: str | None = None,
        named: bool = False,
    ) -> tuple[Entity, int] | None:
        """As :meth:`recent`, with where that entity was last named; a person of the
        other gender (known from "Mr", "Ms") is passed over, and with ``named`` so is
        a description ("one grower", "a Vientiane trader")."""
        k = bisect_left(self._positions, pos) - 1
        seen = 0
        while k >= 0 and seen < 400:
            entity = self.entities[self._order[k]]
            fits = gender is None or entity.gender in {None, gender}
            if named and not entity.name[:1].isupper():
                fits = False
            if fits and entity.kind == "person" and not self.could_be_a_person(entity):
                fits = False
            if entity.kind in kinds and fits and (title is None or title in entity.titles):
                return entity, self._positions[k]
            k -= 1
            seen += 1
        return None

    def could_be_a_person(self, entity: Entity) -> bool:
        """Whether an entity taken for a person may be one: not a platform ("WeChat"),
        nor a name made only of states, bodies and nationalities ("ASEAN-China")."""
        if entity.actor is not None:
            return True
        parts = [p for p in re.split(r"[\s-]+", entity.name.strip()) if p]
        if not parts or parts[0].lower().strip(".") in PLATFORMS:
            return False
        for part in parts:
            if part.lower() in NATIONALITIES:
                continue
            actor = self.resolver.actor(part)
            if actor is None or actor.kind is ActorKind.PERSON:
                return True
        return False

    def following(
        self, start: int, stop: int, kinds: frozenset[str], title: str | None = None
    ) -> Entity | None:
        """The first entity of one of ``kinds`` (with ``title``) named in ``[start, stop)``."""
        k = bisect_left(self._positions, start)
        while k < len(self._positions) and self._positions[k] < stop:
            entity = self.entities[self._order[k]]
            if entity.kind in kinds and (title is None or title in entity.titles):
                return entity
            k += 1
        return None

    def named_with(self, pos: int, word: str) -> Entity | None:
        """The body named last before ``pos`` whose name has ``word`` ("ministry")."""
        found = self.named_with_at(pos, word)
        return found[0] if found is not None else None

    def named_with_at(self, pos: int, word: str) -> tuple[Entity, int] | None:
        """As :meth:`named_with`, with where that body was named."""
        k = bisect_left(self._positions, pos) - 1
        stop = max(-1, k - 400)
        while k > stop:
            entity = self.entities[self._order[k]]
            if entity.kind in {"org", "outlet"} and word in entity.name.lower().split():
                return entity, self._positions[k]
            k -= 1
        return None

    def named_by(self, words: set[str]) -> Entity | None:
        """The person last named with all of ``words`` ("Rahman" for a ``Rahman:`` label)."""
        found = self._people_sharing(words)
        return found if found is not None and words <= found.words else None

    def titled(self, words: set[str]) -> Entity | None:
        """The one person the article gives every one of ``words`` as a title
        ("Chairman" for "the Chairman of the Committee, Hon. Kwadwo Ampofo-Darko"), else
        none."""
        found = [e for e in self.entities if e.kind == "person" and words <= e.titles]
        return found[0] if len(found) == 1 else None

    def organisations_before(self, pos: int) -> list[str]:
        """Actor ids of the organisations named before ``pos``, the latest first."""
        out: list[str] = []
        k = bisect_left(self._positions, pos) - 1
        stop = max(-1, k - 2000)
        while k > stop and len(out) < 8:
            entity = self.entities[self._order[k]]
            if entity.kind == "org" and entity.actor and entity.actor not in out:
                out.append(entity.actor)
            k -= 1
        return out


DESCRIBING_ADJECTIVE = re.compile(
    r"[\w.]+-(?:based|listed|owned|run|backed|appointed|controlled|headquartered|funded"
    r"|registered|led|linked|affiliated|operated|language)",
)
"""A hyphenated adjective that describes a body before its name ("Beijing-based",
"junta-appointed", "Hong Kong-listed")."""


_COMPANY_WORDS = BUSINESSES | OCCUPATIONS | {"firm", "company"}


def without_description(name: str) -> str:
    """A company's or body's name without what describes it before the name: "Chinese
    carmaker BYD" is BYD, "Beijing-based Xinhua News Agency" is Xinhua News Agency.

    The description is a run of words up to a hyphenated adjective ("-based") or a
    lowercase business word ("carmaker", "chain"), with nothing but a nationality,
    another such word or lowercase words before it; a capitalised name must follow.
    Anything else is returned as it is.
    """
    parts = name.split()
    cut = 0
    for n, word in enumerate(parts[:-1]):
        key = word.lower()
        described = DESCRIBING_ADJECTIVE.fullmatch(key) and word.rsplit("-", 1)[1].islower()
        if described or (word.islower() and key in _COMPANY_WORDS):
            cut = n + 1
        elif not (
            word.islower()
            or key in NATIONALITIES
            or (word[:1].isupper() and n + 1 < len(parts) and "-" in parts[n + 1])
            or ("-" in word and word.split("-", 1)[1].islower())  # "E-commerce giant"
            or (n == 0 and parts[1].islower())  # "Coffee chain Mixue" opening a sentence
        ):
            break
    if cut == 0 or not parts[cut][:1].isupper():
        return name
    return " ".join(parts[cut:])
