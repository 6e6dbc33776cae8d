"""The engine behind :func:`~asean_corpus.suggest`: every attributable statement of an article.

The engine reads the text in stages, each in its own module: a working copy cleaned
of stray characters without moving any offset (``_clean``); paragraphs classified as
content or page furniture (``_layout``); the people and bodies the article names
(``_speakers``); quotations, sentences and the attribution patterns of each sentence
(``_sentences``, ``_attribution``); then, across sentences and paragraphs here: the
speaker a pronoun, title or joint subject refers to, quotations with no attribution of
their own, reports continued over several sentences, authored text of opinion pages
and letters pages, answers of question-and-answer interviews (labelled, or with bold
questions), quotations credited on the line below or above them, the page's own voice
(a press release's issuer, a sponsor read, "our researchers"), dates, topics, and one
suggestion per repeated passage.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs

from .._text import normalize
from ..dates import PartialDate
from ..model import Actor, ActorKind, Attribution, DateBasis, Mode, Span
from ._attribution import Found, analyse, sentence_subject
from ._clean import around_names, clean, interruptions, translations, widen
from ._dates import Dateline, resolve_date, unresolved
from ._documents import (
    Turn,
    clip_label,
    courtesy,
    initials_of,
    joint_paragraphs,
    posts,
    speech,
    turns,
    undotted,
    unquoted,
    vocative_end,
)
from ._layout import Kind, Paragraph, is_opinion, lay_out
from ._lexicon import (
    ACRONYMS,
    CITIES,
    COMMENT_STARTS,
    CONNECTORS,
    COUNTRIES,
    DETERMINERS,
    DOCUMENTS,
    ELDERS,
    HONORIFICS,
    MONTHS,
    NATIONALITIES,
    OCCUPATIONS,
    OFFICE_OF,
    OFFICE_WORDS,
    ORG_HEADS,
    OUTLET_HEADS,
    PLACES,
    PRONOUNS,
    RANK_WORDS,
    REPORTING,
    SENTENCE_ADVERBS,
    STAGE_NOTES,
    TITLE_HEADS,
    WEEKDAYS,
)
from ._provenance import attribution
from ._published import article_date
from ._sentences import (
    QUOTES,
    inside,
    nested_pairs,
    pair_quotes,
    quotes_in,
    split_sentences,
    tokens,
)
from ._speakers import (
    ALREADY_QUOTED,
    Entity,
    Mention,
    MentionKind,
    Registry,
    Resolver,
    group_before,
    kind_of,
    np_after,
    np_before,
    ranked_title,
    without_description,
)
from ._topics import TopicMatcher
from .suggestion import Suggestion

if TYPE_CHECKING:
    from .. import Corpus

__all__ = ["run"]

_SILENT = re.compile(
    r"\b(?:did not|didn't|could not|couldn't|declined|refused|was not|wasn't)\s+"
    r"(?:respond|reply|comment|be reached|available|to comment|to respond|immediately)",
    re.IGNORECASE,
)
"""A sentence saying someone did not speak: a quotation after it is not theirs."""
_SPOKES = frozenset({"spokesperson", "spokesman", "spokeswoman", "representative"})
"""Words for someone speaking for a body ("A spokesperson said")."""
_BODY_PEOPLE = frozenset(
    {"official", "chairman", "chair", "director", "president", "chief", "head", "secretary"}
)
"""Offices that "the SCA chairman", "the ASEAN official" name a body's person by."""
_TALKS = re.compile(r"\b(?:held talks|hold talks|holds talks|met with|met|meet|meets|co-chaired)\b")
"""Verbs of talks whose subject leads "the sides" after them."""
_SERVICE = (
    r"(?i:press|information|media|news)[ \t]+"
    r"(?i:service|office|department|secretariat|centre|center|unit|bureau)"
)
_BODY = (
    r"(?:the[ \t]+)?[A-Z][\w'\u2019-]*"
    r"(?:[ \t]+(?:(?:of|for|and|the|on)[ \t]+)*[A-Z][\w'\u2019-]*)*"
)
_PRESS_SERVICE = re.compile(
    rf"(?:[Tt]he[ \t]+)?(?:(?P<whose>[\w' \t\u2019-]+?)['\u2019]s[ \t]+)?{_SERVICE}"
    rf"(?:[ \t]+of[ \t]+(?P<of>{_BODY}))?"
)
"""A press service as a speaker, with the body it speaks for before or after it."""
_OF_BODY = re.compile(rf"[ \t]+of[ \t]+(?P<body>{_BODY})")
_OF_BODY_SERVICE = re.compile(rf"{_SERVICE}[ \t]+of[ \t]+(?P<body>{_BODY})")


_SERVICE_BODIES = frozenset({"ministry", "department", "government", "embassy", "presidency"})
"""Bodies that speak through a press service, found by the word alone ("the ministry's
press service")."""


def _body_named(head: str) -> re.Pattern[str]:
    """A body's name headed by ``head`` ("ministry": "Ministry of Transport")."""
    return re.compile(
        rf"\b(?P<body>{re.escape(head.title())}"
        r"(?:[ \t]+(?:(?:of|for|and|the|on)[ \t]+)*[A-Z][\w'\u2019-]*)+)"
    )


_ISSUED_DOCUMENTS = frozenset(
    {"memo", "reply", "circular", "document", "statement", "letter", "note", "submission"}
    | {"report", "release", "notice"}
)
"""Documents that a body or a person issues, and that speak for them once named."""
_ISSUED_BY = re.compile(
    r"\b(?:prepared|issued|written|released|published|drafted|signed|sent|compiled|produced"
    r"|circulated|authored)\s+by\s+"
)
_ISSUED = re.compile(
    r"\b(?:issued|released|published|prepared|sent|circulated|wrote|posted|put out|sent out"
    r"|drafted|submitted)\s+(?:a|an|its|the|their|his|her)\b"
)


_ANOTHER_DOCUMENT = re.compile(r"\b(?:another|separate|second|other|earlier|later)\b", re.I)
_DOCUMENT_OWNER = re.compile(
    r"(?:\bthe\s+)?(?P<owner>(?:[A-Z][\w-]*\s+){0,4}[\w-]+)['\u2019]s?\s+"
    r"(?:[a-z-]+\s+){0,2}$"
)
"""The owner named before a document ("the union's statement", "the Farmers' Union's
written reply")."""
_BODY_NAME = re.compile(
    r"(?:the\s+)?(?P<name>[A-Z][\w'\u2019-]*(?:\s+(?:(?:of|for|and|on|the)\s+)*[A-Z][\w'\u2019-]*)*)"
)
"""A body's name as a document names its authors ("the Directorate-General for Trade")."""


@functools.cache
def _word_pattern(word: str) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(word)}\b", re.IGNORECASE)


_NAME_NEXT = re.compile(r"[ \t]+[A-Z][a-z]")
"""A capitalised word next: after "Said", a name ("Said Karim")."""
_FIRST_WORD = re.compile(r"[ \t]*([A-Z][a-z]+)\b(?![.'\u2019-])")
"""The first word of a paragraph, capitalised (not an initial or a contraction)."""
_FIRST_PERSON = re.compile(r"\b(?:I|we|We|our|Our|my|My|us|me)\b")
_QUANTIFIERS = DETERMINERS | {"both", "two", "all"}
_PERSON = frozenset({"person"})
_OF_A_COUNTRY = re.compile(
    rf"(?:{'|'.join(sorted(OFFICE_OF))})\s+(?:the\s+)?(?P<country>.{{2,40}})"
)


def _of_a_country(words: str) -> bool:
    """Whether the words between an office and a name are its country: "to Fiji", "of the
    Philippines"."""
    match = _OF_A_COUNTRY.fullmatch(" ".join(words.split()).lower())
    return match is not None and match["country"] in COUNTRIES


_HEREINAFTER = re.compile(
    r"(?P<name>(?:[A-Z][\w.'\u2019-]*[ \t]+){1,4}[A-Z][\w'\u2019-]+)(?:,[^()\n]{0,160})?"
    r"\s*\((?:hereinafter|hereafter)\s+(?:referred\s+to\s+as\s+|called\s+)?"
    r"[\"\u201c'\u2018]?(?:the\s+)?(?P<term>[A-Z][\w -]{1,40}?)[\"\u201d'\u2019]?\)"
)
"""A person's name with the short form the record uses for them ("... (hereinafter
'the Chairperson')")."""
_NAME_BEFORE = re.compile(
    r"(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?[ \t]+)?([A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019-]+){1,3})"
    r"(?=[ \t]*[,(])"
)
"""A name followed by its comma or bracket: of those before "(hereinafter ...)", the
last is the one defined ("Mr Wang Lei, who handed over to Ms Aigerim Seitkali, ...")."""
_SENT_BY = re.compile(
    r"(?P<what>[Dd]elegation|[Rr]epresentatives?)\s+of\s+"
    r"(?P<sender>(?:the\s+)?[A-Z][^,;]{1,80})"
)
"""A delegation or representative of a state or body ("delegation of the Republic of
India", "representative of the SCO Secretariat"), which speaks for it."""
_DELEGATION_WORD = re.compile(r"\b[Dd]elegation\b")
_SENT_BY_IN = re.compile(
    r"(?P<what>[Dd]elegation|[Rr]epresentatives?)\s+of\s+(?:the\s+)?"
    r"(?:[A-Z][\w'\u2019-]*\s+(?:of\s+(?:the\s+)?)?){0,5}[A-Z][\w'\u2019-]*"
)
"""Such a delegation named in running text, its name ending with its last capitalised
word ("the delegation of the Republic of Uzbekistan presented ...")."""
_KIN_OR_AGE = re.compile(
    r"\d{1,3}[-\s]year[-\s]old(?:\s+(?:"
    + "|".join(sorted(ELDERS | {"man", "woman"}))
    + r")(?:\s+of\s+\w+)?)?",
    re.IGNORECASE,
)
"""A description by age alone, or by age and family ("the 54-year-old mother of four"),
that stands for the person a feature named last; one with a trade ("the 60-year-old
trader") may be someone new."""
_PART_WORDS = frozenset({"most", "several", "some", "many", "others"})
_TITLED_DOCUMENTS = frozenset({"report", "survey", "outlook", "review", "index", "assessment"})
"""Heads of a document's title ("the World Investment Report")."""
_A_PAPER = re.compile(
    r"\b(?:an?|working|research|white|discussion|policy|academic|new|the\s+\w+'s)\s+paper\b"
)
"""A paper that is a study, named before "the paper said"."""
_GENERIC_SPOKESPERSON = re.compile(
    r"(?:[Aa]n?|[Tt]he)\s+(?P<body>ministry|department|embassy|agency|commission|bureau"
    r"|secretariat|council|company|firm|carrier|airline)\s+"
    r"(?:spokesperson|spokesman|spokeswoman)"
)
"""A spokesperson of a body named only by its kind ("a ministry spokesperson")."""
_PRESS = frozenset({"paper", "newspaper", "daily", "tabloid", "broadsheet", "editorial"})
"""Heads that refer back to a publication ("the paper said", "the editorial added")."""
_STUDIES = frozenset({"report", "study", "survey", "paper"})
"""Documents a body publishes: "the report" is the last body's, not a person's."""
_STUDY_BY = re.compile(
    r"\b(?:report|study|survey|paper|data|figures|index|outlook)\s+(?:[\w,-]+\s+){0,5}"
    r"(?:by|from|of)\s+(?:the\s+)?$"
)
"""The words before a body that publishes what speaks ("a new report by the")."""
_DOCUMENT_WORDS = DOCUMENTS | frozenset(
    {"statement", "communique", "declaration", "readout", "post", "authors", "letter"}
    | {"editorial", "message"}
)
_SIDES = frozenset({"side", "delegation"})
_FRAME = 400
"""How far from the cue a date of saying is looked for, in characters."""
_GENERIC_PEOPLE = frozenset(
    {"diplomat", "official", "politician", "veteran", "statesman", "negotiator"}
)
"""Heads of a description of a person rather than an office ("the veteran diplomat")."""
_RANKS = _GENERIC_PEOPLE | RANK_WORDS | frozenset({"vice", "head", "government", "state"})
"""Words of a description that give a rank, not an office ("a senior official")."""
_ANONYMOUS = re.compile(
    r"anonymity|\bnot (?:been )?(?:authori[sz]ed|allowed|permitted) to\b"
    r"|\b(?:declined|asked|requested|refused) (?:not )?to be (?:named|identified)\b"
    r"|\bon background\b",
    re.IGNORECASE,
)
"""A source the text keeps unnamed on purpose."""
_ANOTHER_REPORT = re.compile(
    r"(?:Separately|Meanwhile|But|However|Elsewhere|In contrast|Asked about|Responding)\b"
)
"""Openings of a paragraph that turn from the lede's report to another."""
_DENIES = re.compile(r"\b(?:denied|denies|dismissed|rejected|disputed|refuted)\b")
"""Verbs by which the next person answers the lede's report instead of making it."""
_OWN_CUE = re.compile(
    r"(?<!\bwas )(?<!\bwere )(?<!\bis )(?<!\bare )(?<!\bbeen )(?<!\bbe )"
    r"(?<=[\w)] )(?:(?:said|says|told|tells)\b(?!\s+(?:to|by)\b)"
    # "added", "stated", "announced" are participles as often ("the measures announced
    # last week"): followed by what a report opens with - "that", a quotation, a colon
    # or comma, or a clause's subject
    r"|(?:added|stated|announced)\b(?=\s*[,:\"\u201c]|\s+(?:that|he|she|they|it|we|i"
    r"|the|a|an|its|their|his|her|there|this|these)\b|\s+[A-Z]))"
)
"""A verb of saying with a subject of its own: the sentence is another report."""
_SUBJECT_START = re.compile(
    r"[\s\"\u201c]*(?:(?:Meanwhile|However|But|And|Separately|Elsewhere|Still|Yet|Now"
    r"|In contrast|On (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)),?\s+)?"
)
"""The opening of a sentence before its subject ("Meanwhile, ")."""
_UNKNOWN = Entity(number=-1, name="", kind="unknown")
"""A sentence's subject that the article names but the registry does not know."""
_FIRM_HEADS = frozenset(
    {"company", "bank", "carrier", "airline", "lender", "operator", "insurer", "miner"}
    | {"developer", "shipper", "manufacturer", "carmaker", "automaker", "chipmaker"}
    | {"retailer", "conglomerate", "refiner", "exporter", "importer", "firm", "line"}
)
"""Heads of a company's description that refer back to it ("the carrier said")."""
_GENERIC_BODIES = frozenset(
    {"group", "body", "organisation", "organization", "association", "alliance", "agency"}
    | {"network", "coalition", "federation", "union", "institute", "council", "committee"}
)
"""Heads of a body's description that refer back to the body ("the group said")."""
_PERSON_HEADS = (TITLE_HEADS | OFFICE_WORDS) - ORG_HEADS - OUTLET_HEADS - _SIDES


@attrs.define(kw_only=True)
class _Speaker:
    name: str
    id: str | None
    kind: str
    mention: Mention | None
    note: str | None = None
    sure: bool = True


@attrs.define(kw_only=True)
class _Item:
    start: int
    end: int
    speaker: _Speaker
    mode: Mode
    cue: str | None
    confidence: float
    said_on: PartialDate | None = None
    basis: DateBasis = DateBasis.UNKNOWN
    evidence: str | None = None
    notes: list[str] = attrs.field(factory=list)
    attribution: Attribution | None = None
    """Set where the speaker's mention does not tell (a quotation carried over)."""
    pulled: bool = False
    """A quotation standing alone, credited below it: a pull quote, as often as not."""


def run(text: str, corpus: Corpus, published: PartialDate | None) -> tuple[Suggestion, ...]:
    """The suggestions for ``text`` (arguments already checked by ``suggest``)."""
    if not text.strip():
        return ()
    return _Engine(text, corpus, published).run()


class _Engine:
    def __init__(
        self,
        text: str,
        corpus: Corpus,
        published: PartialDate | None,
        resolver: Resolver | None = None,
        matcher: TopicMatcher | None = None,
    ) -> None:
        self.text = text
        self.work = around_names(translations(interruptions(clean(text))))
        self.corpus = corpus
        self.published = published
        # shared with the readings of parts of the article (see _bare_reports)
        self.resolver = resolver if resolver is not None else Resolver(corpus)
        self._matcher = matcher
        self._name_runs: list[tuple[int, str]] | None = None  # see _person_named_before
        self.registry = Registry(self.work, self.resolver)
        self.paragraphs = lay_out(self.work)
        self.items: list[_Item] = []
        self.anchor: PartialDate | None = None
        self.anchor_note = ""
        self.publication: PartialDate | None = published
        self.agency: str | None = None
        self.answers: set[int] = set()
        self.questions: set[int] = set()
        self.opinion = _opinion_page(self.work, self.paragraphs)
        self._first_speaker: _Item | None = None
        self._lead_scan = 0
        self._asides: set[int] = set()
        """Offsets of people named in an aside ("He recalled Y telling him"): not the
        "he" of the next sentence, whose subject is still the one recalling."""
        self._first_named: tuple[Entity | None, int] | None = None
        self.turns: list[Turn] = []
        self._fuller: dict[str, str] = {}  # see _fuller_name
        self._initial_names: dict[str, str] = {}  # see _initials ("" for none)
        self._spelled: dict[str, str | None] = {}
        self._bodies: dict[str, list[tuple[Actor, list[str]]]] = {}
        self._state_bodies: dict[tuple[str, int], Actor | None] = {}
        self._starts = [p.start for p in self.paragraphs]
        self._headed: set[int] = set()  # paragraphs of turns headed by a line of their own
        self._narrated: dict[int, Turn] = {}  # such paragraphs that tell what was said
        self._bare: dict[int, Turn] = {}  # such paragraphs that open with "Said"
        self._defined: dict[str, str] | None = None  # see _defined_terms

    # -- the whole article ----------------------------------------------------------

    def run(self) -> tuple[Suggestion, ...]:
        self._anchor()
        self._names()
        self._labels()
        if not self.turns:
            self._interview()
        if not self.turns and not self.answers:
            self._bold_questions()
        if not self.turns and not self.answers:
            self._plain_questions()
        if not self.turns:
            self._numbered_questions()
        self._statements()
        self._told_of_heading()
        self._listed()
        self._nested()
        self._transcript()
        self._bare_reports()
        self._speech()
        self._joint()
        self._posts()
        self._letters()
        self._reproduced()
        self._authored()
        self._named_later()
        self._carry_dates()
        self._issuer_voice()
        self._question_headings()
        return self._suggestions()

    def _question_headings(self) -> None:
        """A paragraph of one short sentence that says people questioned or asked
        something, before a paragraph that quotes them ("Some users also questioned
        who would benefit.", then '"Big platforms will love this," posted ...'), is a
        heading in sentence form: the quotation is the statement."""
        headings: list[tuple[int, int]] = []
        for n, p in enumerate(self.paragraphs[:-1]):
            if p.end - p.body > 200:
                continue
            text = self.work[p.body : p.end]
            nxt = self.paragraphs[n + 1]
            if len(text.split()) > 14 or len(_SENTENCE_ENDS.findall(text)) > 1:
                continue
            if self.work[nxt.body : nxt.body + 1] in QUOTE_OPENERS:
                headings.append((p.body, p.end))
        if not headings:
            return
        starts = [a for a, _ in headings]
        drop: set[int] = set()
        for k, item in enumerate(self.items):
            h = bisect_right(starts, item.start) - 1
            if h < 0 or item.start >= headings[h][1]:
                continue
            if any(w.startswith(_ASKING) for w in (item.cue or "").lower().split()):
                drop.add(k)
        if drop:
            self.items = [i for k, i in enumerate(self.items) if k not in drop]

    def _issuer_voice(self) -> None:
        """A press release is its issuer's own text: what the issuing body itself
        "expects" or "said" in the narration is the release's voice, not a statement.
        The issuer is the body of the release's "About X" section or "SOURCE X" line."""
        names: set[str] = set()
        for p in self.paragraphs:
            if p.kind not in {Kind.HEADING, Kind.FURNITURE, Kind.CONTENT}:
                continue
            match = _ISSUER.match(self.work, p.start, p.end)
            if match is not None:
                names.add(match["org"].strip().lower())
        if not names or not _RELEASE.search(self.work):
            return
        forms = set(names)
        for name in names:
            words = name.split()
            forms.update(" ".join(words[:n]) for n in range(1, len(words)))
        forms -= DETERMINERS | ORG_HEADS
        self.items = [
            i
            for i in self.items
            if not (
                i.mode is Mode.REPORTED
                and _without_legal_form(_strip_words(i.speaker.name, DETERMINERS)) in forms
            )
        ]

    def _anchor(self) -> None:
        """The day relative dates count from: the dateline's, else the publication date."""
        work = self.work
        dateline: Dateline | None = None
        for p in self.paragraphs:
            if dateline is None and p.dateline is not None and p.kind is Kind.CONTENT:
                dateline = p.dateline
        read = article_date(work, self.paragraphs)
        found = read[0] if read is not None else None
        if self.publication is None:
            self.publication = found
        if dateline is not None:
            self.agency = dateline.agency
        base = self.published or found
        if dateline is not None and dateline.month is not None and dateline.day is not None:
            year = dateline.year
            if year is None and base is not None:
                year = base.year
                if (dateline.month, dateline.day) > (base.month or 12, base.day or 31):
                    year -= 1
            if year is not None:
                try:
                    self.anchor = PartialDate(year, dateline.month, dateline.day)
                    self.anchor_note = f"the dateline ({self.anchor})"
                    if self.publication is None:
                        self.publication = self.anchor
                    return
                except ValueError:
                    pass
        if base is not None:
            self.anchor = base
            self.anchor_note = f"the publication date ({base})"

    def _names(self) -> None:
        for p in self.paragraphs:
            if p.kind in {Kind.CONTENT, Kind.QUESTION}:
                # a question names people too ("I put the question to Kao Kim Hourn: ...?")
                quotes = pair_quotes(self.work, p.body, p.end)
                words = tokens(self.work, p.body, p.end)
                if quotes:
                    # names are read outside quotations, but for a quoted nickname
                    # inside a name (Ramon "Monching" Dela Paz)
                    nicknames = {
                        qa
                        for qa, qb in quotes
                        if qb - qa < 30 and len(self.work[qa + 1 : qb].split()) == 1
                    }
                    words = [
                        t
                        for t in words
                        if not inside(t.start, quotes) or (t.start - 1) in nicknames
                    ]
                self.registry.observe(words)
            elif p.kind in {Kind.CONTRIBUTOR, Kind.BYLINE} and p.name:
                self.registry.observe(tokens(self.work, p.start, p.end))
            elif p.kind is Kind.HEADING and _ROSTER.search(self.work, p.start, p.end):
                # "Present for the Government: Mr. Hendra Wiratmaja, Minister of Trade; ..."
                self.registry.observe(tokens(self.work, p.start, p.end))

    # -- interviews -----------------------------------------------------------------

    def _dotted_labels(self) -> None:
        """ "Q." and "A." opening alternate paragraphs label them as "Q:" and "A:" do
        (two of each at least, so that an initial like "A. Rahman" is not read so)."""
        found = [
            (n, m)
            for n, p in enumerate(self.paragraphs)
            if p.kind in {Kind.CONTENT, Kind.QUESTION, Kind.HEADING} and not p.label
            for m in [_DOTTED.match(self.work, p.start, p.end)]
            if m is not None
        ]
        kinds = [m[1] for _, m in found]
        if kinds.count("Q") < 2 or kinds.count("A") < 2:
            return
        for n, m in found:
            p = self.paragraphs[n]
            p.label, p.label_start, p.body = m[1], p.start, m.end()
            if m[1] == "A" and p.kind is not Kind.CONTENT:
                p.kind = Kind.CONTENT

    def _interview(self) -> None:
        """Question-and-answer interviews: answers are the interviewee's own words."""
        self._dotted_labels()
        labelled = [
            (n, p)
            for n, p in enumerate(self.paragraphs)
            if p.label and p.kind is not Kind.DUPLICATE
        ]
        asks = {n for n, p in labelled if self._asks(p.label or "")}
        if not asks:
            return
        first_question = self.paragraphs[min(asks)].start
        interviewee = self._standfirst(min(asks)) or self.registry.recent(first_question, _PERSON)
        speaking: tuple[_Speaker, int] | None = None
        last_label = max(n for n, _ in labelled)
        for n, p in enumerate(self.paragraphs):
            if n in asks:
                self.questions.add(n)
                speaking = None
                continue
            if p.kind is not Kind.CONTENT or self._italic(p):
                if p.kind is Kind.QUESTION or self._italic(p):
                    speaking = None
                continue
            if p.label:
                answerer = self._answerer(p, interviewee)
                if answerer is None:
                    speaking = None
                    continue
                speaking = (answerer, n)
            elif speaking is None:
                continue
            elif not (n < last_label or _FIRST_PERSON.search(self.work[p.body : p.end])):
                speaking = None
                continue
            speaker = speaking[0]
            a, b = self._run_of_statements(p)
            if len(self.work[a:b].split()) < 2:
                continue
            self._spoken_item(n, a, b, speaker, 0.8, "Answer in a question-and-answer interview.")

    def _standfirst(self, first: int) -> Entity | None:
        """The interviewee a standfirst names before the first question ("*Lina Sari
        runs the port authority. She spoke to us ...*"): the first person's name in a
        paragraph that says an interview took place."""
        for p in self.paragraphs[:first]:
            text = self.work[p.start : p.end]
            said = _INTERVIEWED.search(text)
            if said is None:
                continue
            subject = re.split(r"[.!?]\s", text[: said.start()])[-1].split()
            asked = any(w.lower().strip("*_,") in _ASKERS for w in subject)
            if re.match(r"\s+(?:her|him|them)\b", text[said.end() :]):
                asked = False  # "We spoke to her": the person named before
            # "Our reporter spoke to X", "We interviewed X": the one after; "She spoke
            # to our reporter Y": the one named first
            names = _PERSON_NAME.finditer(text, said.end() if asked else 0)
            for match in names:
                name = _strip_title(match[0])  # "Economist Nurul Rahman"
                words = {w.lower() for w in name.split()}
                if len(words) < 2:
                    continue
                if words & (ORG_HEADS | OUTLET_HEADS | OFFICE_WORDS | NATIONALITIES):
                    continue
                place = text[max(0, match.start() - 5) : match.start()].split()[-1:]
                if name.lower() in CITIES | COUNTRIES or place in (["in"], ["at"], ["from"]):
                    continue  # "spoke to us in Kuala Lumpur": where, not who
                actor = self.resolver.actor(name)
                return Entity(
                    number=-1, name=name, kind="person", actor=actor.id if actor else None
                )
            office = [w.strip("*_,").lower() for w in subject]
            titled = 2 <= len(office) <= 4 and office[0] in {"the", "our"}
            if not asked and titled and office[-1] in OFFICE_WORDS:
                # "The governor spoke to us": the office, as the text names it
                return Entity(number=-1, name=" ".join(office[1:]), kind="person")
        return None

    def _bold_questions(self) -> None:
        """An interview whose questions are set in bold without a label ("**Are there
        problems?**"): the paragraphs after each question are the answers of the
        person the standfirst names."""
        bold = [
            n
            for n, p in enumerate(self.paragraphs)
            if _BOLD_QUESTION.fullmatch(self.work, p.start, p.end)
        ]
        if len(bold) < 2:
            return
        interviewee = self._standfirst(bold[0])
        if interviewee is None:
            return
        speaker = _Speaker(name=interviewee.name, id=interviewee.actor, kind="person", mention=None)
        asking = set(bold)
        for n in asking:
            self.questions.add(n)
        speaking = False
        for n, p in enumerate(self.paragraphs):
            if n in asking:
                speaking = True
                continue
            if p.kind is not Kind.CONTENT or self._italic(p):
                speaking = speaking and p.kind is Kind.DUPLICATE
                continue
            if not speaking:
                continue
            a, b = self._run_of_statements(p)
            if len(self.work[a:b].split()) < 3:
                continue
            self._spoken_item(
                n, a, b, speaker, 0.75, "Answer under a question set in bold, in an interview."
            )

    def _plain_questions(self) -> None:
        """An interview whose questions are plain paragraphs ending in "?", without a
        label or bold ("Edited excerpts:" and then "Where do the talks stand?"): the
        paragraphs after each question are the answers of the person the introduction
        names. Only when the answers speak in the first person, as an interviewee does
        (an explainer's question headings are followed by the writer's prose), and the
        introduction says an interview took place or most answers do."""
        asked = [
            n
            for n, p in enumerate(self.paragraphs)
            if p.kind is Kind.QUESTION and not p.label and not self._italic(p)
        ]
        asked = sorted(set(asked) | self._before_dashed_answers())
        if len(asked) < 3:
            return
        blocks: list[list[int]] = []
        for k, n in enumerate(asked):
            stop = asked[k + 1] if k + 1 < len(asked) else len(self.paragraphs)
            block = []
            for m in range(n + 1, stop):
                p = self.paragraphs[m]
                if p.kind is Kind.DUPLICATE:
                    continue
                if p.kind is not Kind.CONTENT or self._italic(p):
                    break
                block.append(m)
            blocks.append(block)
        if sum(1 for block in blocks if block) < 3:
            return
        spoken = [
            any(_FIRST_PERSON.search(unquoted(self.work, self.paragraphs[m])) for m in block)
            for block in blocks
            if block
        ]
        intro = self.work[: self.paragraphs[asked[0]].start]
        said = _INTERVIEW_INTRO.search(intro) is not None
        if sum(spoken) < len(spoken) / 2 or not (said or sum(spoken) >= 0.8 * len(spoken)):
            return
        first_question = self.paragraphs[asked[0]].start
        interviewee = self._standfirst(asked[0]) or self.registry.recent(first_question, _PERSON)
        if interviewee is None or not interviewee.name[:1].isupper():
            return
        speaker = _Speaker(name=interviewee.name, id=interviewee.actor, kind="person", mention=None)
        for n in asked:
            self.questions.add(n)
        for block in blocks:
            for m in block:
                a, b = self._run_of_statements(self.paragraphs[m])
                if len(self.work[a:b].split()) < 2:
                    continue
                self._spoken_item(
                    m, a, b, speaker, 0.75, "Answer in a question-and-answer interview."
                )

    def _numbered_questions(self) -> None:
        """A box of a stated number of questions to a named person ("Three questions for
        Dr Farah Azmi Latif", "5 questions to X"): the paragraphs under each of that many
        questions are the person's answers, to the next paragraph that asks."""
        work = self.work
        paragraphs = self.paragraphs
        for n, p in enumerate(paragraphs):
            box = _QUESTIONS_FOR.fullmatch(work, p.start, p.end)
            if box is None:
                continue
            count = _NUMBERS.get(box["count"].lower()) or int(box["count"])
            speaker = self._box_person(box)
            if not 1 <= count <= 12 or speaker is None:
                continue
            name = speaker.name
            asked = [
                m
                for m in range(n + 1, min(len(paragraphs), n + 40))
                if paragraphs[m].kind in {Kind.CONTENT, Kind.QUESTION}
                and work[paragraphs[m].start : paragraphs[m].end].rstrip(' "\u201d').endswith("?")
            ][:count]
            if len(asked) != count or any(m in self.answers for m in asked):
                continue
            for k, m in enumerate(asked):
                self.questions.add(m)
                stop = asked[k + 1] if k + 1 < len(asked) else len(paragraphs)
                for a in range(m + 1, stop):
                    q = paragraphs[a]
                    text = work[q.start : q.end]
                    if q.kind is not Kind.CONTENT or "?" in text:
                        break
                    start, end = self._run_of_statements(q)
                    if end > start:  # "Almost." answers too, under a question of the box
                        note = f"Answer under a question to {name}, in a box of {count}."
                        self._spoken_item(a, start, end, speaker, 0.75, note)
            return

    def _box_person(self, box: re.Match[str]) -> _Speaker | None:
        """Whom a box of questions is for: a name ("Dr Farah Azmi Latif") or the holder
        of an office ("the trade minister")."""
        work = self.work
        name = _strip_title(box["name"].strip())
        if _capitalised(name.split()):
            at = box.start("name") + box["name"].find(name)
            return self._person(name, _written_at(work, at, name))
        toks = tokens(work, box.start("name"), box.end("name"))
        office = np_after(work, toks, 0, len(toks)) if toks else None
        if office is None or office.kind is not MentionKind.TITLE:
            return None
        return self._office_holder(office)

    def _office_holder(self, office: Mention) -> _Speaker | None:
        """The person who holds the office a title names ("the trade minister"), as the
        corpus knows them or as written; ``None`` for a body or a trade."""
        if office.head not in OFFICE_WORDS - OCCUPATIONS or office.head in ORG_HEADS:
            return None
        found = self._title(office, self.published, None)
        return found if found.kind == "person" else None

    def _before_dashed_answers(self) -> set[int]:
        """The questions of an interview whose answers open with a dash ("- I don't
        think we have reached the bottom yet"), as Eastern European pages set them: the
        paragraph before each answer, when at least three answers alternate with such
        paragraphs (a bulleted list has no paragraphs between its items). A question
        there may state rather than ask ("So the route would still go through China.")."""
        paragraphs = self.paragraphs
        dashed = [
            n
            for n, p in enumerate(paragraphs)
            if p.kind is Kind.CONTENT and _DASHED_ANSWER.match(self.work, p.start, p.end)
        ]
        before = {
            n - 1
            for n in dashed
            if n > 0
            # a question with no mark at its end reads as a heading ("And the critics")
            and paragraphs[n - 1].kind in {Kind.CONTENT, Kind.QUESTION, Kind.HEADING}
            and n - 1 not in dashed
        }
        return before if len(before) >= 3 else set()

    def _asks(self, label: str) -> bool:
        key = label.strip().lower().rstrip(".")
        if key in {"q", "question", "interviewer"}:
            return True
        actor = self.resolver.actor(label)
        if actor is not None and actor.kind.value == "news_outlet":
            return True
        words = label.lower().split()
        return bool(words) and words[-1] in OUTLET_HEADS

    def _answerer(self, p: Paragraph, interviewee: Entity | None) -> _Speaker | None:
        label = p.label or ""
        mention = Mention(
            start=p.label_start,
            end=p.label_start + len(label),
            text=label,
            kind=MentionKind.NAME,
            head=label.lower(),
        )
        if label.strip().lower().rstrip(".") in {
            "a",
            "answer",
            "interviewee",
            "guest",
            "respondent",
        }:
            if interviewee is None:
                return None
            return _Speaker(
                name=interviewee.name, id=interviewee.actor, kind="person", mention=mention
            )
        words = {w.lower() for w in label.replace("\u2019", "'").split()}
        entity = self.registry.named_by(words)
        if entity is not None:
            return _Speaker(name=entity.name, id=entity.actor, kind="person", mention=mention)
        actor = self.resolver.actor(label)
        if actor is not None and actor.kind.value == "person":
            return _Speaker(name=actor.name, id=actor.id, kind="person", mention=mention)
        return None

    # -- documents whose form says who speaks ----------------------------------------

    def _labels(self) -> None:
        """A transcript's speaker labels: the words of each turn start after its label."""
        self.turns = turns(self.work, self.paragraphs)
        starts = {t.index for t in self.turns}
        for turn in self.turns:
            p = self.paragraphs[turn.index]
            p.label, p.label_start, p.body = turn.label, turn.label_start, turn.body
            if turn.role == "asks":
                self.questions.add(turn.index)
            if turn.body < p.end:
                continue
            # a turn headed by a line of its own: its words are the paragraphs below, read
            # as the turn's and not again as the article's; such a page is no opinion page
            self.opinion = False
            below = turn.index + 1
            while (
                below < len(self.paragraphs)
                and below not in starts
                and self.paragraphs[below].kind in {Kind.CONTENT, Kind.QUESTION}
            ):
                if turn.role == "asks":
                    self.questions.add(below)  # read only for whom it reports
                elif turn.role == "speaker" and self._bare_report(self.paragraphs[below]):
                    self._bare[below] = turn  # "Said the government had ...": theirs, told
                elif self._told(self.paragraphs[below], turn):
                    self._narrated[below] = turn  # "She said ...": the writer's, read so
                elif (
                    turn.label.endswith(":")
                    and not (below == turn.index + 1 and clip_label(turn.label))
                    and self._article_again(self.paragraphs[below])
                ):
                    break  # after a reaction's words (a clip's first: its own), the article
                else:
                    self._headed.add(below)
                below += 1

    def _article_again(self, p: Paragraph) -> bool:
        """Whether a paragraph under a reaction's heading line is the article's own
        again: not a quotation, and no "I" or "we" of its own."""
        work = self.work
        text = work[p.body : p.end].lstrip()
        if not text or text[0] in QUOTES:
            return False
        return not _FIRST_PERSON.search(
            _unquoted(work, p.body, p.end, pair_quotes(work, p.body, p.end))
        )

    def _bare_report(self, p: Paragraph) -> bool:
        """Whether a paragraph under a heading line opens with a reporting verb and no
        subject, the heading's person being it ("Said the government had ...", "Told
        Radio-Canada he was relieved ..."), as a list of reactions writes."""
        first = _FIRST_WORD.match(self.work, p.body, p.end)
        if first is None:
            return False
        word = first[1].lower()
        lemma = REPORTING.get(word)
        if lemma == "say" and _NAME_NEXT.match(self.work, first.end()):
            return False  # "Said Karim, her partner, told ...": a name
        return lemma is not None and word != lemma and not word.endswith("ing")

    def _bare_reports(self) -> None:
        """The statements of each paragraph that ``_bare_report`` found, read as if it
        began with "He" and given to the person of its heading line."""
        work = self.work
        for n, turn in self._bare.items():
            p = self.paragraphs[n]
            first = _FIRST_WORD.match(work, p.body, p.end)
            if first is None or not turn.name:
                continue
            at = first.start(1)
            lead = "He "  # a stand-in subject: where it is, and nothing more, is used
            text = lead + work[at].lower() + work[at + 1 : p.end]
            person = self._labelled(turn)
            reading = _Engine(text, self.corpus, self.publication, self.resolver, self.matcher())
            read = reading.run()
            for found in read:
                if found.mention_span is None or found.mention_span.start != 0:
                    continue  # someone the paragraph names reports, not the person
                shift = at - len(lead)
                self.items.append(
                    _Item(
                        start=found.span.start + shift,
                        end=found.span.end + shift,
                        speaker=person,
                        mode=found.mode,
                        cue=found.cue,
                        confidence=min(found.confidence, 0.7),
                        notes=[f"Told of {person.name}, whose heading line is above it."],
                    )
                )

    def _quotes_another(self, p: Paragraph, turn: Turn) -> bool:
        """Whether a quotation under a heading line names someone else as its speaker
        ('"...," said her deputy, Carlos Medina.'): then it is read as the article's."""
        work = self.work
        quotes = pair_quotes(work, p.body, p.end)
        names = {w.lower() for w in (turn.name or "").split() if len(w) > 2}
        for s0, s1 in split_sentences(work, p.body, p.end, quotes):
            for f in analyse(work, s0, s1, tokens(work, s0, s1), quotes_in(quotes, s0, s1)):
                m = f.mention
                if m is None or m.kind is MentionKind.PRONOUN:
                    continue
                if not names & {w.lower() for w in re.findall(r"[^\W\d_]+", m.text)}:
                    return True
        return False

    def _told(self, p: Paragraph, turn: Turn) -> bool:
        """Whether a paragraph under a heading line is the writer telling what the person
        said ("She said she had never ...", "Rai added that ..."), not the person's own
        words: it opens with no quotation mark, has no "I" or "we" of its own, and a
        sentence of it reports "he", "she" or the person by name."""
        work = self.work
        text = work[p.body : p.end].lstrip()
        if not text:
            return False
        if text[0] in QUOTES:
            return self._quotes_another(p, turn)
        quotes = pair_quotes(work, p.body, p.end)
        if _FIRST_PERSON.search(_unquoted(work, p.body, p.end, quotes)):
            return False
        names = {w.lower() for w in (turn.name or "").split() if len(w) > 2}
        for s0, s1 in split_sentences(work, p.body, p.end, quotes):
            found = analyse(work, s0, s1, tokens(work, s0, s1), quotes_in(quotes, s0, s1))
            for f in found:
                m = f.mention
                if m is not None and (
                    m.head in {"he", "she"}
                    or m.head in _SPOKES
                    or names & set(m.text.lower().split())
                ):
                    return True
        return False

    def _defined_terms(self) -> dict[str, str]:
        """The names a record defines a short form for ('Ms Aigerim Seitkali, Vice-Minister
        of ... (hereinafter "the Chairperson")'), by the short form in lowercase, read
        once."""
        if self._defined is None:
            self._defined = {}
            text = self.work
            if "hereinafter" not in text and "hereafter" not in text:
                return self._defined
            for match in _HEREINAFTER.finditer(text):
                bracket = match.start("term")
                names = list(_NAME_BEFORE.finditer(text, match.start(), bracket))
                name = _strip_title(names[-1][1] if names else match["name"])
                self._defined.setdefault(match["term"].lower(), name)
        return self._defined

    def _told_of_heading(self) -> None:
        """The "he" and "she" of a paragraph that tells what a person headed above said
        are that person ("Bijay Rai, 45, garment importer" ... "He added that ...")."""
        if not self._narrated:
            return
        for item in self.items:
            mention = item.speaker.mention
            if mention is None:
                continue
            spokes = mention.head in _SPOKES and mention.text.split()[0].lower() in {"a", "the"}
            if not spokes and (
                mention.kind is not MentionKind.PRONOUN or mention.head not in {"he", "she"}
            ):
                continue
            for n, turn in self._narrated.items():
                p = self.paragraphs[n]
                if not p.start <= mention.start < p.end or not turn.name:
                    continue
                if spokes:
                    body = self._labelled(turn)
                    if body.kind == "org":  # "CHINA'S COMMERCE MINISTRY:" "A spokesperson said"
                        item.speaker = attrs.evolve(
                            body, mention=mention, note=f"{mention.text!r} speaks for {body.name}."
                        )
                    continue
                others = [
                    e
                    for e in self.registry.within(p.start, mention.start)
                    if e.kind == "person" and e.name != turn.name
                ]
                if not others:  # not "His supplier, Mr Chen, raised prices. He said"
                    person = self._labelled(turn)
                    item.speaker = attrs.evolve(
                        person,
                        mention=mention,
                        note=f"{mention.text!r} is {person.name}, whose entry this is.",
                    )

    def _transcript(self) -> None:
        """Each paragraph of a speaker's turn is their words, complete: a direct quote,
        without the vocatives, courtesies and questions that open or close it."""
        if not self.turns:
            return
        by_index = {t.index: t for t in self.turns}
        last_turn = max(by_index)
        speaking: _Speaker | None = None
        headed = False
        for n, p in enumerate(self.paragraphs):
            turn = by_index.get(n)
            if turn is not None:
                speaking = None
                headed = turn.body >= p.end  # a turn headed by a line of its own
                if turn.role == "speaker" and turn.name:
                    speaking = self._labelled(turn)
            elif (
                headed and n not in self._headed and n not in self._narrated and n not in self._bare
            ):
                speaking = None  # the heading's words are over: the article again
            elif p.kind not in {Kind.CONTENT, Kind.QUESTION} or self._italic(p):
                speaking = None  # an italic note of the editors closes the turn
            elif speaking is not None and n > last_turn and self._narrates(p, speaking):
                speaking = None  # 'Dr Kao said ...' after the last answer: the article again
            elif speaking is not None and self._reports_another(p, speaking):
                speaking = None  # "The MP for Volta Lakeside, Hon. X, said ...": a summary's
            if speaking is None or n in self._narrated or n in self._bare:
                continue
            a, b = self._words_of_turn(p)
            quoted = b - a > 2 and self.work[a] in '"\u201c' and self.work[b - 1] in '"\u201d'
            if n in self._headed and quoted:
                a, b = a + 1, b - 1  # a reaction quoted under its heading: the words
            size = len(self.work[a:b].split())
            if size < 3 or (size < 6 and not self._short_answer(p, a, b)):
                continue
            self._spoken_item(
                n,
                a,
                b,
                speaking,
                0.8,
                f"A turn of {speaking.name} in a transcript, under their label.",
            )

    def _narrates(self, p: Paragraph, speaking: _Speaker) -> bool:
        """Whether a paragraph with no label, after the last turn, is the writer's again:
        with no "I" or "we" of its own, it names the speaker ("Dr Kao said ...") or
        reports someone ("A spokesperson ... said"), which an answer going on does not."""
        work = self.work
        quotes = pair_quotes(work, p.body, p.end)
        if _FIRST_PERSON.search(_unquoted(work, p.body, p.end, quotes)):
            return False  # "As the Deputy Minister said, '...'": the speaker reporting
        words = {w.lower() for w in re.findall(r"[A-Za-z][\w'-]*", work[p.body : p.end])}
        names = {w.lower() for w in speaking.name.split() if len(w) > 2}
        if words & names:
            return True
        for s0, s1 in split_sentences(work, p.body, p.end, quotes):
            local = quotes_in(quotes, s0, s1)
            found = analyse(work, s0, s1, tokens(work, s0, s1), local, self.agency)
            if any(
                f.mention is not None and f.mention.kind is not MentionKind.PRONOUN for f in found
            ):
                return True
        return False

    def _reports_another(self, p: Paragraph, speaking: _Speaker) -> bool:
        """Whether an unlabelled paragraph between turns is the writer's, reporting
        someone else from its first words ("The Ranking Member, Hon. Yaw Owusu-Sekyere,
        said ..."), with no "I" or "we" of its own outside quotation marks."""
        work = self.work
        if not _NAMED_SAYING.match(work, p.body, min(p.end, p.body + 160)):
            return False  # no name near the start, then a verb in the past: not one
        quotes = pair_quotes(work, p.body, p.end)
        if _FIRST_PERSON.search(_unquoted(work, p.body, p.end, quotes)):
            return False
        first = next(iter(split_sentences(work, p.body, p.end, quotes)), None)
        if first is None:
            return False
        s0, s1 = first
        names = {w.lower() for w in speaking.name.split() if len(w) > 2}
        for f in analyse(
            work, s0, s1, tokens(work, s0, s1), quotes_in(quotes, s0, s1), self.agency
        ):
            m = f.mention
            if m is None or m.kind is not MentionKind.NAME or m.start - s0 > 60 or f.start < m.end:
                continue
            cue = f.cue.split()[-1].lower() if f.cue else ""
            past = cue.endswith("ed") or cue in {"said", "told", "wrote", "spoke"}
            person = re.search(r"\b[A-Z][a-z]+[ \t]+[A-Z][\w'\u2019-]+", m.text) is not None
            if past and person and not names & {w.lower() for w in m.text.split()}:
                return True  # a person named in full, who said: the summary's words
        return False

    def _short_answer(self, p: Paragraph, a: int, b: int) -> bool:
        """Whether a short run is a whole answer: the turn holds six words or more, and
        only a fragment after the run was left out ("One certificate, accepted
        everywhere. No stamps.")."""
        rest = self.work[b : p.end].split()
        return len(self.work[p.body : p.end].split()) >= 6 and 0 < len(rest) <= 3

    def _italic(self, p: Paragraph) -> bool:
        """Whether the paragraph is set wholly in italics ("*... continues in our
        September issue.*"): the editors' note, not a speaker's words."""
        text = self.work[p.start : p.end].strip()
        return len(text) > 2 and text[0] in "*_" and text[-1] == text[0] and text[1] != text[0]

    def _words_of_turn(self, p: Paragraph) -> tuple[int, int]:
        """The paragraph's first run of sentences that are not questions, without the
        courtesies and signposts at either end ("Thank you, Mbak Siti.", "First, on
        the Retreat.") and the vocatives that open it ("Mr Speaker, Sir,")."""
        work = self.work
        quotes = pair_quotes(work, p.body, p.end)
        run: list[tuple[int, int]] = []
        for s0, s1 in split_sentences(work, p.body, p.end, quotes):
            if work[s0:s1].rstrip(' "\u201d').endswith("?"):
                if run:
                    break
                continue
            run.append((s0, vocative_end(work, s0, s1) if not run else s0))
            run[-1] = (run[-1][1], s1)
        while run and courtesy(work[run[0][0] : run[0][1]]):
            run.pop(0)
            if run:
                run[0] = (vocative_end(work, run[0][0], run[0][1]), run[0][1])
        while run and courtesy(work[run[-1][0] : run[-1][1]]):
            run.pop()
        if not run:
            return p.body, p.body
        return run[0][0], run[-1][1]

    def _labelled(self, turn: Turn) -> _Speaker:
        """The speaker of a label, by the fullest name the text gives them ("ARIEF" is
        "Dr. Arief Wicaksono" of the header)."""
        label = turn.name or ""
        mention = _written_at(self.work, turn.name_start, label)
        office = set(re.findall(r"[a-z]+", label.lower())) - {"the"}
        titled = self.registry.titled(office) if office and office <= OFFICE_WORDS else None
        if titled is not None:
            # "Chairman:" answering questions: the person the text names Chairman
            return _Speaker(name=titled.name, id=titled.actor, kind="person", mention=mention)
        name = _strip_title(_unshout(label)) or label
        initials = self._initials(label)
        fuller = initials or self._fuller_name(name)
        if fuller == name and name != label:
            fuller = _unshout(label)  # "MINISTER LEE"
        actor = self.resolver.actor(fuller) or self.resolver.actor(name)
        if initials:
            actor = self.resolver.actor(initials)
            name = initials
        named = actor.name if actor is not None and fuller == name else fuller
        return _Speaker(
            name=named,
            id=actor.id if actor is not None else None,
            kind=kind_of(actor) if actor is not None else _kind_of_name(named),
            mention=mention,
        )

    def _initials(self, label: str) -> str | None:
        """The name a label of initials stands for ("PS" for Pimchanok Srisawat): the
        name the text gives the initials to ("Nattapong Keeratikul (NK)"), else the
        one name near the top whose words begin with those letters."""
        label = undotted(label)  # "P.T.H." as "PTH"
        if not (2 <= len(label) <= 4 and label.isalpha() and label.isupper()):
            return None
        if label in self._initial_names:
            return self._initial_names[label] or None
        word = r"[A-Z][\w'\u2019-]+"
        top = self.work[: min(len(self.work), 6000)]
        if re.search(rf"\b{label.title()}\b", top):
            self._initial_names[label] = ""
            return None  # "TAN:" is Maya Tan, a name, not initials
        given = re.search(rf"({word}(?:[ \t]+{word}){{1,3}})[ \t]*\({label}\)", top)
        found = ""
        if given is not None:
            words = given[1].split()
            found = " ".join(words[-len(label) :])
        else:
            names = {
                m[0]
                for m in re.finditer(
                    rf"(?<![\w'\u2019-]){word}(?:[ \t]+{word}){{1,{len(label) - 1}}}\b", top
                )
                if label in initials_of(m[0])
            }
            if len(names) == 1:
                found = names.pop()
        self._initial_names[label] = found
        return found or None

    def _fuller_name(self, name: str) -> str:
        """The longest name in the text that holds every word of ``name`` (case aside),
        without titles and honorifics (read once per label, for the first labels)."""
        known = self._fuller.get(name)
        if known is not None:
            return known
        found = name if len(self._fuller) >= 50 else self._fuller_search(name)
        self._fuller[name] = found
        return found

    def _fuller_search(self, name: str) -> str:
        words = name.split()
        if not words:
            return name
        best = _unshout(name)
        key = {normalize(w) for w in words}
        word = words[0].title() if name.isupper() else words[0]
        pattern = re.compile(
            r"(?:(?:[A-Z][\w'\u2019-]*|[A-Z][\w.]{0,4}\.)[ \t]+){0,4}"  # "Dr.", not "Lee."
            + re.escape(word)
            + r"(?:[ \t]+[A-Z][\w'\u2019-]*){0,4}"
        )
        work = self.work
        at = work.find(word)
        count = 0
        while at != -1 and count < 50:
            # the word found by a plain search, the name read around it
            count += 1
            start = max(0, at - 80, work.rfind("\n", 0, at) + 1)
            match = pattern.search(work, start, min(len(work), at + len(word) + 80))
            if match is not None:
                found = _strip_title(_strip_title(match[0]), trailing=True)
                same = normalize(found) == normalize(best) and found != best
                if key <= {normalize(w) for w in found.split()} and (
                    len(found) > len(best) or same
                ):
                    best = found  # a dotless i in capitals is written as the text writes it
            at = work.find(word, at + len(word))
        return best

    def _speech(self) -> None:
        """A speech published as text: each paragraph is the speaker's own; not in a
        transcript, whose labelled turns say who speaks."""
        if self.turns:
            return
        found = speech(self.work, self.paragraphs)
        if found is None:
            return
        raw = self.work[found.name_start : found.name_start + len(found.name)]
        mention = Mention(
            start=found.name_start,
            end=found.name_start + len(raw),
            text=raw,
            kind=MentionKind.NAME,
            head=raw.lower(),
        )
        speaker = self._person(found.name, mention)
        for n in found.paragraphs:
            p = self.paragraphs[n]
            a, b = self._without_courtesies(p.body, p.end)
            if len(self.work[a:b].split()) < 6:
                continue
            if found.delivered:
                self._spoken_item(
                    n,
                    a,
                    b,
                    speaker,
                    0.75,
                    "A paragraph of the speech as delivered, the speaker's words.",
                )
                continue
            self._authored_item(a, b, speaker, "A paragraph of the speech, the speaker's text.")

    def _reproduced(self) -> None:
        """A document the page reproduces under a heading that names whose it is
        ("RESPONSE OF PT X TO THE OPEN LETTER", "Prepared Statement of Linh Tran"): each
        of its paragraphs is that speaker's words, up to the next heading, signature or
        page furniture. Paragraphs read already (a quotation with its own attribution)
        are left as read."""
        paragraphs = self.paragraphs
        read = [(i.start, i.end) for i in self.items]
        for n, p in enumerate(paragraphs):
            if p.kind is not Kind.HEADING:
                continue
            heading = _REPRODUCED.fullmatch(self.work[p.start : p.end].strip())
            if heading is None:
                continue
            name = _ROLE_NAME_END.split(heading["name"])[0].strip()
            if name.isupper():  # "PT SULAWESI NIKEL HIJAU INDUSTRI": PT Sulawesi ...
                name = " ".join(w if len(w) <= 2 else w.title() for w in name.split())
            bare = _after_titles(name)
            if not bare or not (bare != name or self._named_elsewhere(bare, p)):
                continue  # "Statement of Work", "STATEMENT OF FACTS": no one's
            at = p.start + self.work[p.start : p.end].find(heading["name"])
            mention = Mention(
                start=at,
                end=at + len(heading["name"]),
                text=heading["name"],
                kind=MentionKind.NAME,
                head=heading["name"].lower(),
            )
            speaker = self._person(bare, mention)
            for k in range(n + 1, len(paragraphs)):
                q = paragraphs[k]
                dateline = k == n + 1 and len(self.work[q.start : q.end].split()) <= 8
                if q.kind is Kind.HEADING and dateline:
                    continue  # "Jakarta, 17 March 2026" under the heading
                if q.kind is not Kind.CONTENT or k in self.answers:
                    break
                a, b = self._without_courtesies(q.body, q.end)
                if len(self.work[a:b].split()) < 6:
                    if _SENTENCE_ENDS.search(self.work[q.body : q.end]):
                        continue  # a courtesy alone
                    if k > n + 1:
                        break  # a signature closes it ("Corporate Communications, ...")
                    continue  # a place and date under the heading
                if any(x < q.end and q.body < y for x, y in read):
                    continue
                one = len(_SENTENCE_ENDS.findall(self.work, a, b)) <= 1
                if one and _THANKS.match(self.work, a, b):
                    continue  # "X thanks the Coalition for its letter.": a courtesy
                self._spoken_item(
                    k, a, b, speaker, 0.75, f"A paragraph of the document headed {name!r}."
                )

    def _named_elsewhere(self, name: str, heading: Paragraph) -> bool:
        """Whether the page names ``name`` outside ``heading``, as a name (two words or
        more, capitalised) or as an actor of the corpus: a heading's "Linh Tran" is
        someone the page is about, its "Cash Flows" is not."""
        if self.resolver.actor(name) is not None:
            return True
        words = name.split()
        if not _capitalised(words):
            return False
        key = " ".join(words[-2:])  # "Linh Tran" for "Ms. Linh Tran", "Hijau Industri"
        work = self.work
        return any(
            not heading.start <= m.start() < heading.end
            for m in re.finditer(re.escape(key), work, re.IGNORECASE)
            if work[m.start()].isupper()
        )

    def _without_courtesies(self, start: int, end: int) -> tuple[int, int]:
        work = self.work
        marker = _AUDIENCE_END.search(work, start, end)
        if marker is not None:
            end = marker.start()  # "Thank you. (Sustained applause)"
        sentences = split_sentences(work, start, end, pair_quotes(work, start, end))
        while sentences and courtesy(work[sentences[-1][0] : sentences[-1][1]]):
            sentences.pop()
        while len(sentences) > 1 and courtesy(work[sentences[0][0] : sentences[0][1]]):
            sentences.pop(0)  # "Good morning! It is a great pleasure ..."
        if not sentences:
            return start, start
        return sentences[0][0], sentences[-1][1]

    def _person(self, name: str, mention: Mention) -> _Speaker:
        """The person a name names: the corpus's actor (its name and id) where the name
        is one of an actor's, else the name as written."""
        return self._actor_named(name, mention, "person")

    def _actor_named(
        self, name: str, mention: Mention, kind: str, note: str | None = None
    ) -> _Speaker:
        """The speaker a name names, as :meth:`_person` does, of ``kind``."""
        actor = self.resolver.actor(name)
        return _Speaker(
            name=actor.name if actor is not None else name,
            id=actor.id if actor is not None else None,
            kind=kind,
            mention=mention,
            note=note,
        )

    def _spoken_item(
        self, n: int | None, a: int, b: int, speaker: _Speaker, confidence: float, note: str
    ) -> None:
        """The words from ``a`` to ``b`` as ``speaker``'s, spoken: an answer, a turn, a
        speech as delivered, a quotation credited below it. Paragraph ``n``, where given,
        is then the speaker's whole, not read again for statements."""
        if n is not None:
            self.answers.add(n)
        self._whole_item(a, b, speaker, Mode.DIRECT_QUOTE, confidence, note)

    def _authored_item(self, a: int, b: int, speaker: _Speaker, note: str) -> None:
        item = self._whole_item(a, b, speaker, Mode.AUTHORED, 0.75, note)
        if self.publication is not None:
            item.said_on, item.basis = self.publication, DateBasis.PUBLICATION

    def _whole_item(
        self, a: int, b: int, speaker: _Speaker, mode: Mode, confidence: float, note: str
    ) -> _Item:
        """The words from ``a`` to ``b`` as ``speaker``'s own, with no reporting verb."""
        item = _Item(
            start=a,
            end=b,
            speaker=speaker,
            mode=mode,
            cue=None,
            confidence=confidence,
            notes=[note],
        )
        self.items.append(item)
        return item

    def _joint(self) -> None:
        """The numbered paragraphs of a joint statement in the first person plural are
        the parties' own text; the parties are named as the article names the authors
        of the statement, else as the statement names itself ("We, the Heads of ...")."""
        found = joint_paragraphs(self.work, self.paragraphs)
        if not found:
            return
        first = self.paragraphs[found[0][0]].start
        authors: _Speaker | None = None
        for item in sorted(self.items, key=lambda i: i.start):
            if item.start >= first:
                break
            where = next((p for p in self.paragraphs if p.start <= item.start <= p.end), None)
            if where is None:
                continue
            lowered = self.work[where.start : where.end].lower()
            if "statement" in lowered or "declaration" in lowered or "communiq" in lowered:
                authors = attrs.evolve(item.speaker, note=None)
                break
        if authors is None:
            named = re.compile(r"We,\s+(the\s+[^,;]{5,160}),").match(self.work, found[0][1])
            if named is None:
                return
            mention = Mention(
                start=named.start(1),
                end=named.end(1),
                text=named[1],
                kind=MentionKind.COLLECTIVE,
                head="",
            )
            authors = _Speaker(name=named[1], id=None, kind="group", mention=mention)
        for n, at in found:
            p = self.paragraphs[n]
            self.answers.add(n)
            end = p.end
            if self.work[end - 1 : end] in '"\u201d' and not any(
                ch in self.work[at : end - 1] for ch in '"\u201c'
            ):
                end -= 1  # the closing mark of a statement quoted whole
            self._authored_item(
                at, end, authors, "A paragraph of the joint statement, its parties' own text."
            )

    def _posts(self) -> None:
        """Embedded posts: the account holder's own text."""
        for post in posts(self.work, self.paragraphs):
            name = _strip_title(post.name, trailing=True)
            mention = _written_at(self.work, post.name_start, name)
            speaker = self._person(name, mention)
            spans = [(self.paragraphs[n].start, self.paragraphs[n].end) for n in post.paragraphs]
            self.answers.update(post.paragraphs)
            for a, b in spans + post.spans:
                self._authored_item(a, b, speaker, "An embedded post, its author's text.")

    def _letters(self) -> None:
        """A letters page: each letter's paragraphs are its writer's own text, the
        writer being the name that signs it on a line of its own below."""
        paragraphs = self.paragraphs
        top = "\n".join(
            self.work[p.start : p.end]
            for p in paragraphs[:6]
            if p.kind in {Kind.HEADING, Kind.FURNITURE}
        )
        if not _LETTERS_PAGE.search(top):
            return
        letter: list[int] = []
        for n, p in enumerate(paragraphs):
            if p.kind is Kind.CONTENT:
                letter.append(n)
                continue
            if p.kind is Kind.DUPLICATE:
                continue
            signed = _SIGNATURE.match(self.work, p.start, p.end)
            if signed is None or not letter or letter[-1] != n - 1:
                letter = []
                continue
            writer = self._author(signed["name"], p.start)
            for k in letter:
                if k in self.answers:
                    continue
                q = paragraphs[k]
                a, b = self._run_of_statements(q)
                if len(self.work[a:b].split()) < 6:
                    continue
                self.answers.add(k)
                self._authored_item(a, b, writer, "A paragraph of a letter, signed by its writer.")
            letter = []

    # -- attributed statements ------------------------------------------------------

    def _statements(self) -> None:
        work = self.work
        previous: _Speaker | None = None
        last_person: _Speaker | None = None
        asking: tuple[_Speaker, _Speaker | None] | None = None  # who asked, who spoke before
        seen_content = False
        for n, p in enumerate(self.paragraphs):
            asks = p.kind is Kind.QUESTION or n in self.questions
            seen_content = seen_content or p.kind is Kind.CONTENT
            if p.kind is Kind.HEADING and seen_content and self._credited_below(n, p):
                continue  # '"..." — Senator X' set as a line of its own, not the headline
            if (p.kind is not Kind.CONTENT and not asks) or n in self._headed:
                continue
            if _SPONSOR.search(work, p.body, p.end):
                continue  # a sponsor's read: "PortX says it can halve your costs" is an ad
            if _WIRE_UPDATE.match(work, p.start, p.end):
                continue  # "(Adds comment from X in paragraphs 8-9)": the wire's own note
            if self._credited_below(n, p) or self._soundbite(n, p):
                continue
            quotes = pair_quotes(work, p.body, p.end)
            sentences = split_sentences(work, p.body, p.end, quotes)
            per_sentence: list[list[Found]] = []
            local: list[list[tuple[int, int]]] = []
            for s0, s1 in sentences:
                toks = tokens(work, s0, s1)
                local.append(quotes_in(quotes, s0, s1))
                per_sentence.append(analyse(work, s0, s1, toks, local[-1], self.agency))
            found_here: list[tuple[Found, _Speaker]] = []
            current = previous
            for index, ((s0, s1), found) in enumerate(zip(sentences, per_sentence, strict=True)):
                claimed = list(found)
                for f in found:
                    if f.mention is not None and f.mention.text.split()[0].lower() in _NO_ONE:
                        continue  # "None of them mentions ...": no one says it
                    if f.mention is not None and _OUR_STAFF.fullmatch(f.mention.text):
                        continue  # "Our researchers found": the publisher's own voice
                    speaker = self._resolve(f, found_here, current, last_person)
                    if speaker is None:
                        continue
                    if asking is not None and _an_answer(f) and speaker.name == asking[0].name:
                        # '... a reporter asked. "...," he answered.': not the asker, but
                        # the one who spoke before the question
                        before = asking[1]
                        if before is not None and before.name != speaker.name:
                            speaker = attrs.evolve(
                                before,
                                mention=f.mention,
                                sure=False,
                                note=f"{f.cue!r} answers {asking[0].name}'s question: "
                                f"{before.name}, who spoke before it.",
                            )
                    if _a_question(f):
                        asking = (speaker, current)  # who asked, and who spoke before
                        nested = any(g.start <= f.start < g.end for g, _ in found_here)
                        if _only_asks(work, f) and not nested:
                            # "A reporter asked whether Myanmar would attend": a question
                            # states nothing, though the asker may go on ("She stated");
                            # one told inside another's report is kept ("One of them, she
                            # said, asked her whether ...")
                            current = speaker
                            if speaker.kind == "person":
                                last_person = speaker
                            found_here.append((f, speaker))  # ", noting that ...": theirs
                            continue
                    item = self._item(f, speaker)
                    self.items.append(item)
                    found_here.append((f, speaker))
                    if f.how == "aside":
                        # "He recalled Y telling him: '...'": he is still the subject
                        if f.mention is not None:
                            self._asides.update(range(f.mention.start, f.mention.end))
                        continue
                    current = speaker
                    if speaker.kind == "person":
                        last_person = speaker
                introduced = (
                    self._person_introduced(*sentences[index - 1])
                    if index > 0 and not per_sentence[index - 1] and not found_here
                    else None
                )  # not after a speaker of this paragraph: the quotation is rather theirs
                quote = self._standalone(
                    s0, s1, local[index], claimed, introduced or current, introduced is not None
                )
                if quote is not None:
                    self.items.append(quote)
                    if quote.speaker.kind == "person":
                        last_person = quote.speaker
                    if introduced is not None:
                        current = quote.speaker  # the next quotation is theirs too
                if not asks:
                    self._continue(found, sentences, per_sentence, index, local)
            if asks:
                continue  # "Q: Critics say ... Is that fair?": the claim, not the asker
            previous = current if found_here or previous is None else previous
            if found_here:
                previous = found_here[-1][1]

    def _listed(self) -> None:
        """The items of a list under a reporting frame that ends with a colon ("The
        minister outlined three priorities:" then "- faster inspections ..."; "X
        emphasized several areas. These included:" then "Trade: Discussions focused on
        ..."): each item is the framed speaker's, reported, unless it reports on its own."""
        work = self.work
        turn_rows = {t.index for t in self.turns}
        for n, p in enumerate(self.paragraphs[:-1]):
            if p.kind is Kind.FURNITURE or work[p.end - 1 : p.end] != ":":
                continue
            begin = max(p.body, p.start)  # a heading's body is not set
            if p.end - begin > 1200:
                continue
            items: list[tuple[int, int, int]] = []
            for k in range(n + 1, min(len(self.paragraphs), n + 21)):
                q = self.paragraphs[k]
                marker = _LIST_ITEM.match(work, q.start, q.end) or _ITEM_LABEL.match(
                    work, q.start, q.end
                )
                if marker is None or q.kind in {Kind.FURNITURE, Kind.QUESTION}:
                    break
                if k in self.questions or k in self.answers or k in turn_rows:
                    break  # a turn of an interview or a transcript, not a list item
                items.append((k, marker.end(), q.end))
            if len(items) < 2:
                continue
            framed = self._frame(begin, p.end - 1)
            if framed is None:
                continue
            speaker = self._resolve(framed, [], None, None)
            if speaker is None:
                continue
            for k, a, b in items:
                q = self.paragraphs[k]
                if any(q.start <= i.start < q.end for i in self.items):
                    continue  # "Both sides acknowledged ...": the item reports itself
                while b > a and work[b - 1] in ";,":
                    b -= 1
                framing = _ITEM_FRAME.match(work, a, b)
                if framing is not None:
                    a = framing.end()  # "Discussions focused on optimizing ...": what on
                if len(work[a:b].split()) < 2:
                    continue
                self.items.append(
                    _Item(
                        start=a,
                        end=b,
                        speaker=speaker,
                        mode=Mode.REPORTED,
                        cue=framed.cue,
                        confidence=0.6,
                        notes=[f"An item of the list {speaker.name} introduces."],
                    )
                )

    def _frame(self, start: int, end: int) -> Found | None:
        """The last report with a named speaker in ``work[start:end]``, read without
        the colon that closes it (which would ask for a quotation after it)."""
        work = self.work
        framed: Found | None = None
        for s0, s1 in split_sentences(work, start, end, []):
            toks = tokens(work, s0, s1)
            for f in analyse(work, s0, s1, toks, [], self.agency):
                if f.mention is not None and f.cue:
                    framed = f
        return framed

    def _credited_below(self, n: int, p: Paragraph) -> bool:
        """A quotation standing alone, credited on the next line after a dash ('"..."'
        then "— Senator Ana Cruz, at a forum on Monday"): the credited person's words."""
        work = self.work
        begin = max(p.body, p.start)  # a heading's body is not set
        if work[begin : begin + 1] == ">":
            return self._block_credited_below(n, p)
        if work[begin : begin + 1] not in QUOTE_OPENERS:
            return False
        quotes = pair_quotes(work, begin, p.end)
        if len(quotes) != 1 or quotes[0][0] != begin:
            return False
        rest = quotes[0][1] + 1
        while rest < p.end and work[rest].isspace():
            rest += 1
        if rest < p.end and ("\n" in work[quotes[0][1] : rest] or work[rest] in "\u2014\u2013"):
            credit = _DASH_CREDIT.match(work, rest, p.end)  # the credit after a dash
        elif quotes[0][1] >= p.end - 2 and n + 1 < len(self.paragraphs):
            after = self.paragraphs[n + 1]
            credit = _DASH_CREDIT.match(work, after.start, after.end)
        else:
            return False
        mention = _credited(credit)
        if mention is None:
            return False
        written = mention.text
        speaker = self._person(written, mention)
        a, b = quotes[0][0] + 1, quotes[0][1]
        note = f"A quotation credited to {written} on the line below it."
        self._spoken_item(None, a, b, speaker, 0.75, note)
        self.items[-1].pulled = True
        return True

    def _block_credited_below(self, n: int, p: Paragraph) -> bool:
        """A quotation set off as a block ("> The upgraded agreement is a floor ...") and
        credited on the line below it ("— Lim Wei Ting, Ministry of ..."), without marks."""
        if n + 1 >= len(self.paragraphs):
            return False
        after = self.paragraphs[n + 1]
        credit = _DASH_CREDIT.fullmatch(self.work, after.start, after.end) or _DASH_CREDIT.match(
            self.work, after.start, after.end
        )
        mention = _credited(credit)
        if mention is None:
            return False
        written = mention.text
        a, b = p.start, p.end
        while a < b and self.work[a] in "> \t":
            a += 1
        while b > a and self.work[b - 1].isspace():
            b -= 1
        if len(self.work[a:b].split()) < 4:
            return False
        note = f"A quotation set off as a block, credited to {written} below it."
        self._spoken_item(None, a, b, self._person(written, mention), 0.75, note)
        return True

    def _soundbite(self, n: int, p: Paragraph) -> bool:
        """A quotation under a video script's soundbite line ("(SOUNDBITE) (English)
        TRADE ECONOMIST AT X, PIMPAN WONG, SAYING:"), or the words under a broadcast
        script's label ("SOT: NAME, DESCRIPTION"): the named person's words."""
        work = self.work
        if n > 0 and not _SCRIPT_LABEL.match(work, p.start, p.end):
            above = self.paragraphs[n - 1]
            bite = _SOUND_BITE.fullmatch(work, above.start, above.end)
            if bite is not None:
                name = _strip_title(bite["name"].strip())
                at = bite.start("name") + bite["name"].find(name)
                mention = Mention(
                    start=at, end=at + len(name), text=name, kind=MentionKind.NAME, head=name
                )
                a, b = p.start, p.end
                while b > a and work[b - 1].isspace():
                    b -= 1
                note = "A sound bite under its speaker's label."
                self._whole_item(a, b, self._person(name, mention), Mode.DIRECT_QUOTE, 0.8, note)
                return True
        if n == 0 or work[p.body : p.body + 1] not in QUOTE_OPENERS:
            return False
        if "SAYING" not in work[self.paragraphs[n - 1].start : self.paragraphs[n - 1].end]:
            return False
        quotes = pair_quotes(work, p.body, p.end)
        if len(quotes) != 1 or quotes[0][0] != p.body or quotes[0][1] < p.end - 2:
            return False
        above = self.paragraphs[n - 1]
        line = _SOUNDBITE.search(work, above.start, above.end)
        if line is None:
            return False
        parts = [part.strip() for part in line["who"].split(",") if part.strip()]
        names = [
            part
            for part in parts
            if 2 <= len(part.split()) <= 4
            and not {w.lower() for w in part.split()} & (OFFICE_WORDS | ORG_HEADS | {"at", "of"})
        ]
        if not names:
            return False
        written = names[-1]
        at = line.start("who") + line["who"].find(written)
        name = _unshout(written)
        mention = Mention(
            start=at, end=at + len(written), text=written, kind=MentionKind.NAME, head=name
        )
        self.items.append(
            _Item(
                start=quotes[0][0] + 1,
                end=quotes[0][1],
                speaker=self._person(name, mention),
                mode=Mode.DIRECT_QUOTE,
                cue="SAYING",
                confidence=0.75,
                notes=["A soundbite of a video script, under the line that names the speaker."],
            )
        )
        return True

    def _nested(self) -> None:
        """A quotation inside a quotation: the speaker's own words when the speaker
        frames it in the first person ("I told her: '...'"), else whoever the frame
        inside the quotation names."""
        work = self.work
        for item in list(self.items):
            if item.mode is not Mode.DIRECT_QUOTE:
                continue
            for na, nb in nested_pairs(work, item.start, item.end):
                a, b = na + 1, nb
                while a < b and work[a].isspace():
                    a += 1
                while b > a and (work[b - 1].isspace() or work[b - 1] == ","):
                    b -= 1
                if len(work[a:b].split()) < 3:
                    continue
                frame = work[max(item.start, na - 80) : na]
                speaker: _Speaker | None = None
                if _FIRST_PERSON_FRAME.search(frame):
                    speaker = attrs.evolve(item.speaker, note=None)
                else:
                    toks = tokens(work, item.start, item.end)
                    for f in analyse(work, item.start, item.end, toks, [(na, nb)], self.agency):
                        if na <= f.start <= a and f.mention is not None:
                            speaker = self._resolve(f, [], item.speaker, None)
                            break
                if speaker is None:
                    continue
                self.items.append(
                    _Item(
                        start=a,
                        end=b,
                        speaker=speaker,
                        mode=Mode.DIRECT_QUOTE,
                        cue=None,
                        confidence=0.6,
                        said_on=item.said_on,
                        basis=item.basis,
                        evidence=item.evidence,
                        notes=[f"A quotation inside {item.speaker.name}'s words."],
                    )
                )

    def _resolve(
        self,
        f: Found,
        found_here: Sequence[tuple[Found, _Speaker]],
        current: _Speaker | None,
        last_person: _Speaker | None,
    ) -> _Speaker | None:
        if f.parent is not None:
            for g, speaker in found_here:
                if g is f.parent:
                    return speaker
            return None
        mention = f.mention
        if mention is None:
            if last_person is None:
                return None
            return attrs.evolve(
                last_person,
                mention=None,
                sure=False,
                note=f"No speaker is named ({f.cue!r}); {last_person.name} is the one being "
                f"reported here.",
            )
        when = self._date(f)[0]
        kind = mention.kind
        issuer = self._document_issuer(mention) or self._press_service(mention)
        if issuer is not None:
            return issuer
        if kind is MentionKind.JOINT:
            lead = self._talks_lead(mention) or self._lead(mention.start) or last_person
            if lead is None:
                return _Speaker(
                    name=mention.text, id=None, kind="group", mention=mention, sure=False
                )
            return attrs.evolve(
                lead,
                mention=mention,
                sure=False,
                note=f"Joint position ({mention.text!r}): recorded as {lead.name}'s, the "
                "participant named first.",
            )
        if kind is MentionKind.PRONOUN:
            return self._pronoun(mention, current)
        if kind is MentionKind.TITLE:
            body = self._possessed(mention, current)
            if body is not None:
                return body
            return self._title(mention, when, current)
        if kind is MentionKind.COLLECTIVE:
            lowered = mention.text.lower().split()
            partitive = (
                "of" in lowered
                or mention.head in {"a", "another"}
                or (len(lowered) > 2 and lowered[1] in {"in", "among", "at"})
            )  # "some of the traders", "some in the industry": the part that spoke
            if lowered[0] in {"one", "another"} and lowered[-2:-1] == ["the"]:
                group = self._group_spoken(lowered[-1])
                if group is not None:
                    # "two officials said ... one of the officials said": the same source
                    # ("two of the diplomats" is a part of them, named as such)
                    return attrs.evolve(
                        group,
                        mention=mention,
                        note=f"{mention.text!r} is one of {group.name}, who spoke before.",
                    )
            if lowered[-2:] == ["of", "them"]:
                whole = self._group_before(mention.start)
                if whole is not None:
                    # "..., according to two people familiar with the matter. One of them
                    # said": one of those two
                    part = " ".join(mention.text.split()[:-1]).lower()
                    return _Speaker(
                        name=f"{part} {whole}",  # "one of the two people familiar with ..."
                        id=None,
                        kind="group",
                        mention=mention,
                        note=f"{mention.text!r}: of {whole}, named before.",
                    )
            if len(lowered) == 1 and lowered[0] in _PART_WORDS:
                # "A poll of 18 economists found ..., though most said ...": most of them
                window = tokens(self.work, max(0, mention.start - 300), mention.start)
                noun = group_before(self.work, window)
                if noun is not None:
                    return _Speaker(
                        name=f"{mention.text} of the {noun.text}",
                        id=None,
                        kind="group",
                        mention=mention,
                        sure=False,
                        note=f"{mention.text!r}: of the {noun.text} named before.",
                    )
            # "Two other diplomats": "other diplomats", a source apart from "diplomats"
            bare = (
                mention.text if partitive else _strip_words(mention.text, _QUANTIFIERS - {"other"})
            )
            outlet = self._editors_of(bare)
            if outlet is not None:
                # "East Asia Forum's editors": the outlet's own voice
                return _Speaker(name=outlet.name, id=outlet.id, kind="org", mention=mention)
            actor = self.resolver.actor(bare)
            return _Speaker(
                name=bare, id=actor.id if actor else None, kind="group", mention=mention
            )
        return self._named(mention, when)

    def _press_service(self, mention: Mention) -> _Speaker | None:
        """The body whose press service or information office speaks: "the press service
        of the Ministry of Transport of Kazakhstan reported", "the ministry's press
        service noted" (the ministry named before), "according to the press service"
        (the one named before, of its body)."""
        found = _PRESS_SERVICE.fullmatch(mention.text)
        if found is None:
            return None
        work = self.work
        owner = found["of"]
        if owner is None and found["whose"] is None:
            after = _OF_BODY.match(work, mention.end)  # "the press service | of the MFA"
            owner = after["body"] if after is not None else None
        whose = found["whose"]
        if owner is None and whose is not None and not whose.islower():
            owner = whose  # "the Ministry of Trade's press office"
        elif owner is None and (whose is None or whose.lower() in _SERVICE_BODIES):
            # "the press service", "the ministry's press service": the body named before
            head = whose.lower() if whose else None
            floor = max(0, mention.start - 20_000)
            story = [
                (p.start, p.end)
                for p in self.paragraphs
                if p.kind in {Kind.CONTENT, Kind.QUESTION} and p.end > floor
            ]  # not a photo's credit

            def told(m: re.Match[str]) -> bool:
                body = _strip_words(m["body"], DETERMINERS).split()[0].lower()
                inside = any(a <= m.start() < b for a, b in story)
                return inside and (head is None or body == head)

            earlier = list(filter(told, _OF_BODY_SERVICE.finditer(work, floor, mention.start)))
            if not earlier:
                # "The Ministry of Foreign Affairs of X hosted the talks. According to the
                # press service, ...": the one body of that kind named before
                for kind in [head] if head else sorted(_SERVICE_BODIES):
                    earlier = list(
                        filter(told, _body_named(kind).finditer(work, floor, mention.start))
                    )
                    if earlier:
                        break
            owner = earlier[-1]["body"] if earlier else None
        if owner is None:
            return None
        owner = _strip_words(owner.strip(), DETERMINERS)
        return self._actor_named(owner, mention, "org", f"{mention.text!r} speaks for {owner}.")

    def _document_issuer(self, mention: Mention) -> _Speaker | None:
        """Whose a document is that speaks as "the memo", "the reply", "the statement":
        what the last sentence before that names it says ("the memo ... was prepared by
        X", "In a written reply ..., the minister said", a statement read there, "X
        issued a statement"), else a "prepared by X" just after it ("The memo says ...
        The document, dated 22 July, was prepared by X")."""
        words = mention.text.lower().split()
        if not 2 <= len(words) <= 4 or words[0] not in {"the", "this", "that"}:
            return None  # "the memo", "the leaked memo", "the eleven-page internal memo"
        if mention.head not in _ISSUED_DOCUMENTS or words[-1] != mention.head:
            return None
        note = f"{mention.text!r} is the document named before, and its issuer's."
        work = self.work
        floor = max(0, mention.start - 2500)
        named = max(
            _word_pattern(mention.head).finditer(work, floor, mention.start),
            key=lambda m: m.start(),
            default=None,
        )  # the last time it is named before
        if named is not None:
            found = self._issuer_in_sentence(named, mention, note)
            if found is not None:
                return found
        ahead = min(len(work), mention.end + 800)
        same = re.compile(rf"\b(?:{re.escape(mention.head)}|document)\b", re.IGNORECASE)
        for later in _ISSUED_BY.finditer(work, mention.end, ahead):
            before = work[max(mention.end, later.start() - 160) : later.start()]
            if same.search(before) and not _ANOTHER_DOCUMENT.search(before):
                # "The memo says ... The document ... was prepared by X" (not "A
                # separate report, prepared by Y")
                return self._issued_by(later.start(), ahead, mention, note)
        return None

    def _issuer_in_sentence(
        self, named: re.Match[str], mention: Mention, note: str
    ) -> _Speaker | None:
        """The issuer of the document a sentence names at ``named``, as that sentence
        tells it."""
        work = self.work
        floor = max(0, mention.start - 2500)
        lo = max(work.rfind(". ", floor, named.start()) + 1, work.rfind("\n", floor, named.start()))
        ends = [i for i in (work.find(". ", named.end()), work.find("\n", named.end())) if i >= 0]
        hi = min([*ends, mention.start])
        by = self._issued_by(named.end(), hi, mention, note)
        if by is not None:
            return by
        owner = _DOCUMENT_OWNER.search(work, max(lo, named.start() - 80), named.start())
        if owner is not None:
            # "the union's statement": the owner before the document
            speaker = self._issuer(_named_at(owner, "owner"), mention, note)
            if speaker is not None:
                return speaker
        issued = _ISSUED.search(work, lo, named.start())
        if issued is not None:
            # "The union issued a statement on Monday, a day after X announced ...": the
            # subject of "issued", not a statement read later in the sentence
            toks = tokens(work, lo, issued.end())
            verb = next((k for k, tk in enumerate(toks) if tk.start >= issued.start()), None)
            subject = None if verb is None else np_before(work, toks, verb, 0)
            if subject is not None and subject.kind is not MentionKind.PRONOUN:
                speaker = self._issuer(subject, mention, note)
                if speaker is not None:
                    return speaker
        for item in reversed(self.items):
            said = item.speaker.mention
            if said is None or not lo <= said.start < hi:
                continue
            if said.head not in _ISSUED_DOCUMENTS or item.speaker.name.lower() != said.head:
                # a body, or the document's issuer found there; not the document unresolved
                return attrs.evolve(item.speaker, mention=mention, sure=False, note=note)
        return None

    def _issued_by(self, lo: int, hi: int, mention: Mention, note: str) -> _Speaker | None:
        """The body after the first "prepared by" (or "issued by" ...) in
        ``work[lo:hi]``, as the speaker of the document ``mention`` names."""
        work = self.work
        by = _ISSUED_BY.search(work, lo, hi)
        body = None if by is None else _BODY_NAME.match(work, by.end(), hi)
        if body is None:
            return None
        entity = self.registry.starting_at(body.start("name"))
        if entity is not None and entity[1] >= body.end("name"):
            return _entity_speaker(entity[0], mention, note)
        return self._issuer(_named_at(body, "name"), mention, note)

    def _issuer(self, name: Mention, mention: Mention, note: str) -> _Speaker | None:
        """The speaker ``name`` names, as the issuer of the document ``mention`` names."""
        speaker = self._named(name, None)
        if speaker is None:
            return None
        return attrs.evolve(speaker, mention=mention, sure=False, note=note)

    def _person_of_body(self, mention: Mention, office: str) -> _Speaker | None:
        """ "the ASEAN official", "The SCA chairman": the person last named with that
        body's initials (and, for an office, that office) close before the name, as in
        "the Director of ... of the ASEAN Secretariat, Ratna Sari Wulandari"."""
        words = office.split()
        if len(words) != 2 or not mention.text.lower().startswith("the "):
            return None
        body, head = words[0], words[1].lower()
        if not (body.isupper() and 2 <= len(body) <= 8) or head not in _BODY_PEOPLE:
            return None
        work = self.work
        floor = max(0, mention.start - 3000)  # the last few paragraphs, not the whole text
        nearby = self.registry.within(floor, mention.start)
        for entity in reversed(nearby):
            if entity.kind != "person" or " " not in entity.name:
                continue
            first = work.find(entity.name, floor, mention.start)
            window = work[max(0, first - 240) : first]
            if first < 0 or not re.search(rf"\b{re.escape(body)}\b", window):
                continue
            if head != "official" and head not in window.lower():
                continue
            note = f"{mention.text!r} is {entity.name}, named as {head} of {body} before."
            return _entity_speaker(entity, mention, note)
        return None

    def _person_introduced(self, s0: int, s1: int) -> _Speaker | None:
        """The person a sentence with no statement in it opens with, when the article
        has named that person ("Tran Thi Mai is blunt."): a quotation standing alone
        right after it is taken to be that person's, rather than an earlier speaker's."""
        if _SILENT.search(self.work, s0, s1):
            return None  # "Mr Lee did not respond to requests for comment."
        found = sentence_subject(self.work, tokens(self.work, s0, s1), s0)
        if found is None or found.kind is not MentionKind.NAME:
            return None
        entity = self.registry.at(found.start, found.end)
        if entity is None or entity.kind != "person":
            return None
        speaker = self._person(entity.name, found)
        return attrs.evolve(speaker, id=speaker.id or entity.actor)

    def _subject_before(self, pos: int) -> _Speaker | None:
        """The body that is the subject of the sentence before ``pos`` in its paragraph
        ("The board rejected that argument. It held that ..."), if one is."""
        work = self.work
        n = bisect_right(self._starts, pos) - 1
        paragraph = self.paragraphs[n] if n >= 0 else None
        if paragraph is None or not paragraph.body <= pos <= paragraph.end:
            return None
        start = max(paragraph.body, pos - 400)
        sentences = split_sentences(work, start, pos, pair_quotes(work, start, pos))
        if sentences and work[sentences[-1][1] : pos].strip():
            sentences.pop()  # the sentence ``pos`` is in, up to ``pos``
        if not sentences or (len(sentences) == 1 and start > paragraph.body):
            return None
        s0, s1 = sentences[-1]
        toks = tokens(work, s0, s1)
        k = 0
        while k < len(toks) and toks[k].key in {"but", "and", "however", "meanwhile"}:
            k += 1
        found = np_after(work, toks, k, len(toks)) if k < len(toks) else None
        if found is None or found.start != toks[k].start:
            return None
        entity = self.registry.at(found.start, found.end)
        body = entity is not None and entity.kind in {"org", "outlet"}
        if body and entity is not None and entity.name[:1].isupper():
            # "The World Bank met officials in Hanoi. Its report said": the bank's
            return _Speaker(name=entity.name, id=entity.actor, kind=entity.kind, mention=None)
        if found.kind is not MentionKind.TITLE or found.head not in ORG_HEADS:
            return None
        return self._title(found, None, None)

    def _subject_person(
        self, subject: Mention, seen: tuple[Entity, int], gender: str
    ) -> tuple[Entity, int] | None:
        """The person the subject of the sentence before a pronoun is (see
        :meth:`_sentence_subject_before`), where the person named last is that
        sentence's object: "Trade Minister Mai Lan met envoy Pim Sirisak on Monday. She
        said" is Mai Lan, whom the story follows. ``None`` where the subject is no
        person, may not be of the pronoun's gender, or is the person named last (or
        holds them: "Mai Lan and Pim Sirisak met")."""
        entity = self.registry.at(subject.start, subject.end)
        if entity is None or entity is seen[0] or entity.kind != "person":
            return None
        if entity.gender not in {None, gender} or not self.registry.could_be_a_person(entity):
            return None
        return entity, subject.start

    def _name_of(self, subject: Mention) -> str | None:
        """The person's name a subject is, where it is one of the names found in passing
        (:meth:`_names_in_passing`: not a title, a place, a body or a participle)."""
        if subject.kind is not MentionKind.NAME:
            return None
        run = self._name_run_before(subject.end + 1)
        if run is None or run[0] != subject.end:
            return None
        if _strip_title(subject.text) != run[1]:
            return None  # "Writing in Business Lanka Today, ...": the name is not the subject
        return run[1]

    def _sentence_subject_before(self, pos: int, last: int, gender: str) -> Mention | None:
        """The subject of the sentence before the pronoun at ``pos``, when the pronoun
        opens its sentence, the sentence holds no quotation, and the person named last
        (at ``last``) comes after the subject, in that sentence; not where a possessive
        after the subject gives it the other gender ("Retno Marsudi met her Thai
        counterpart, Don Pramudwinai. He said")."""
        work = self.work
        n = bisect_right(self._starts, pos) - 1
        paragraph = self.paragraphs[n] if n >= 0 else None
        if paragraph is None or not paragraph.body <= last < pos <= paragraph.end:
            return None
        if work[paragraph.body : pos].rstrip()[-1:] not in {".", "!", "?"}:
            return None  # the pronoun does not open its sentence (or follows a quotation)
        start = max(paragraph.body, pos - 600)
        sentences = split_sentences(work, start, pos, pair_quotes(work, start, pos))
        if sentences and work[sentences[-1][1] : pos].strip():
            sentences.pop()
        if not sentences or (len(sentences) == 1 and start > paragraph.body):
            return None
        s0, s1 = sentences[-1]
        if not s0 <= last < s1:
            return None  # the person named last is not in the sentence before
        if any(work[q0:q1].strip() for q0, q1 in pair_quotes(work, s0, s1)):
            return None  # a quotation in it: whose words the pronoun goes on with is unsure
        toks = tokens(work, s0, s1)
        opens = s0
        if toks and toks[0].key in _FRONTED_OPENERS:
            # "On Friday, Mayor Lidia Santos visited ...": the subject after the phrase
            comma = next((t for t in toks[1:8] if work[t.end : t.end + 1] == ","), None)
            if comma is not None:
                rest = work[comma.end + 1 : s1]
                opens = comma.end + 1 + len(rest) - len(rest.lstrip())
        subject = sentence_subject(work, toks, opens)
        if subject is None or last < subject.end:
            return None
        own = {"her": "f", "his": "m"}
        after = [own[t.key] for t in toks if subject.end <= t.start < last and t.key in own]
        if after and after[0] != gender:
            return None  # "met her counterpart, Don ... He said": not the subject
        return subject

    def _described(self, seen: tuple[Entity, int], current: _Speaker) -> bool:
        """Whether the person seen last is only a description next to the last
        speaker's naming ("Interviewee 17, a Chinese importer, said"; "One official
        (Interviewee 22) said"): the same person."""
        if current.kind != "person" or current.mention is None:
            return False
        between = self.work[current.mention.end : seen[1]]
        inside = seen[1] > current.mention.end and between.startswith(",")
        if seen[0].name.split()[0].lower() not in _DESCRIBING and not inside:
            return False  # "Interviewee 17, an importer based in Pingxiang, said"
        a, b = sorted((seen[1], current.mention.start))
        return b - a < 150 and not re.search(r"[.!?][\"\u201d]?\s", self.work[a:b])

    def _state_body(self, name: str, at: int) -> Actor | None:
        """A state's body named without its state ("the Ministry of Commerce"), where the
        paragraph names the state ("China ...", "Chinese ..."): the one body of the
        corpus with that name and that state."""
        body = " ".join(name.lower().split())
        if len(body.split()) < 3 or " of " not in f" {body} ":
            return None
        candidates = self._bodies.get(body)
        if candidates is None:
            candidates = []
            for actor in self.resolver.corpus.actors:
                if actor.country is None or actor.kind.value == "person":
                    continue
                forms = [f.lower() for f in (actor.name, *actor.aliases)]
                owners = [f[: -len(body)].strip() for f in forms if f.endswith(" " + body)]
                if not owners and not any(f.startswith(body + " of ") for f in forms):
                    continue
                state = self.resolver.actor(actor.country)
                names = [*owners, *((state.name, *state.aliases) if state is not None else ())]
                candidates.append((actor, [n for n in names if n]))
            self._bodies[body] = candidates
        if not candidates:
            return None
        k = bisect_right(self._starts, at) - 1
        if k < 0:
            return None
        if (body, k) in self._state_bodies:  # one answer per paragraph: a long paragraph
            return self._state_bodies[body, k]  # naming the body often is read once
        self._state_bodies[body, k] = self._state_body_in(candidates, k)
        return self._state_bodies[body, k]

    def _state_body_in(self, candidates: list[tuple[Actor, list[str]]], k: int) -> Actor | None:
        """Of ``candidates`` (bodies and the names of their states), the one body whose
        state paragraph ``k`` names, when it names no other state."""
        paragraph = self.work[self.paragraphs[k].start : self.paragraphs[k].end]
        found = {
            actor.id: actor
            for actor, names in candidates
            if any(re.search(rf"\b{re.escape(n)}\b", paragraph, re.IGNORECASE) for n in names)
        }
        if len(found) != 1:
            return None
        actor = next(iter(found.values()))
        others = [
            state
            for state in self.resolver.corpus.actors
            if state.kind is ActorKind.STATE and state.id != actor.country
        ]
        for state in others:
            if any(f in paragraph for f in (state.name, *state.aliases) if len(f) > 3):
                return None  # "Thailand's exports to China, the Ministry of Commerce said"
        return actor

    def _spelled_out(self, abbreviation: str) -> str | None:
        """The name the text spells out for an abbreviation ("The Department of Trade
        and Industry (DTI)" for "DTI"), if the text gives one."""
        if not (2 <= len(abbreviation) <= 8 and abbreviation.isalpha()):
            return None
        if not abbreviation.isupper() or self.resolver.actor(abbreviation) is not None:
            return None
        if abbreviation in self._spelled:
            return self._spelled[abbreviation]
        word = r"[A-Z][\w'\u2019-]*"
        pattern = re.compile(
            rf"({word}(?:[ \t]+(?:of|and|for|on|the|&|{word})){{1,8}})[ \t]*\({abbreviation}\)"
        )
        match = pattern.search(self.work)
        found = None
        if match is not None:
            found = _strip_words(match[1], DETERMINERS | {"The"})
        self._spelled[abbreviation] = found
        return found

    def _bench(self, pos: int) -> _Speaker | None:
        """The court, tribunal or panel named last before ``pos``."""
        found = self.registry.recent_at(pos, frozenset({"org"}))
        seen = 0
        while found is not None and seen < 5:
            entity = found[0]
            if set(entity.name.lower().split()) & _BENCHES:
                return _Speaker(
                    name=entity.name,
                    id=entity.actor,
                    kind="org",
                    mention=None,
                    note=f"The ruling of {entity.name}, named before.",
                )
            found = self.registry.recent_at(found[1], frozenset({"org"}))
            seen += 1
        return None

    def _possessed(self, mention: Mention, current: _Speaker | None) -> _Speaker | None:
        """An office named by its owner's possessive: "its spokesperson", "its chief
        economist", "their lawyer", "his spokesman".

        "Its spokesperson" after a body is named is the body speaking, as the body's
        statement. Any other office is its holder, named with the owner ("Maybank chief
        economist", "Prabowo Subianto's spokesman"), who is not the owner and so has no
        actor id; without an owner that spoke just before, it is left unresolved rather
        than guessed. The owner is the sentence's own body or person when its closing
        frame has the possessive ("China has rejected the claim, its spokesman said").
        """
        owner_word, _, rest = mention.text.partition(" ")
        generic = _GENERIC_SPOKESPERSON.fullmatch(mention.text)
        if generic is not None and generic["body"].lower() in _FIRM_HEADS:
            # "Jade Dragon Shipping has upgraded its loop. A company spokesperson said":
            # the company speaks, as through "its spokesperson"
            return self._firm_before(mention, current)
        if generic is not None:
            # "A ministry spokesperson told reporters": the ministry named just before
            last = self.registry.named_with_at(mention.start, generic["body"].lower())
            named = last[0] if last is not None else None
            near = last is not None and mention.start - last[1] < 600
            since = self.registry.within(last[1] + 1, mention.start) if last else []
            if near and any(e.kind in {"state", "org"} and e is not named for e in since):
                near = False  # "In Hanoi, a ministry spokesperson": another state's since
            if named is not None and near and named.kind != "person" and named.actor:
                # under its own words, with the body's id
                return _Speaker(
                    name=_strip_words(mention.text, DETERMINERS),
                    id=named.actor,
                    kind="person",
                    mention=mention,
                    sure=False,
                    note=f"{mention.text!r} speaks for {named.name}, named before.",
                )
        pronoun = _POSSESSIVE_PRONOUNS.get(owner_word.lower())
        if pronoun is None or not rest:
            return None
        if pronoun == "it" and " ".join(rest.split()).lower() in _SPOKESPEOPLE:
            spoke = self.items[-1].speaker if self.items else None
            own = self._sentence_owner(mention, spoke)
            body = self.registry.recent_at(mention.start, frozenset({"org"}))
            if own is not None:  # the sentence's own body, else none ("Garuda ..., its")
                body = (own[0], mention.start) if own[0].kind in {"org", "state"} else None
            if body is not None and mention.start - body[1] <= 300:
                entity = body[0]
                note = f"{mention.text!r} speaks for {entity.name}, named just before."
                return _entity_speaker(entity, mention, note)
        found = self._sentence_owner(mention, current)
        if found is not None:
            owner, written = found
            if owner is _UNKNOWN or not owner.name[:1].isupper():
                return None  # a body the article does not know: the office unresolved
            name = owner.name if owner.kind == "person" else written
            current = _Speaker(name=name, id=owner.actor, kind=owner.kind, mention=mention)
        if current is None or current.mention is None:
            return None
        if mention.start - current.mention.start > 400 or not current.name[:1].isupper():
            return None
        person = current.kind == "person"
        if person != (pronoun in {"he", "she"}):
            return None
        name = f"{current.name}'s {rest}" if person else f"{current.name} {rest}"
        return _Speaker(
            name=name,
            id=None,
            kind="person",
            mention=mention,
            sure=False,
            note=f"{mention.text!r}: of {current.name}, who spoke just before.",
        )

    def _sentence_owner(
        self, mention: Mention, spoke: _Speaker | None
    ) -> tuple[Entity, str] | None:
        """The person or body a sentence is about when "its"/"his"/"her" comes in its
        closing frame ("Garuda Indonesia cancelled 12 flights, its spokesman said"): the
        first one the sentence names before the frame, if any, with its name as the
        sentence writes it ("ASEAN"). A country is not the owner when a company spoke
        last (``spoke``): "Petronas said ... Malaysia has every right ..., its spokesman
        said" is the company's, its country only the topic."""
        lo = max(self.work.rfind(mark, 0, mention.start) for mark in (". ", "? ", "! ", "\n"))
        opening = _SUBJECT_START.match(self.work, lo + 1, mention.start)
        if opening is None:
            return None
        named = self.registry.starting_at(opening.end())
        if named is not None and named[0].kind in {"org", "state", "person"}:
            if named[0].kind == "state" and spoke is not None and _company(spoke):
                return None
            return named[0], self.work[opening.end() : named[1]]
        first = re.match(r"[A-Z][\w'\u2019-]*", self.work[opening.end() : mention.start])
        if first is None or first[0].lower() in DETERMINERS or first[0].lower() in PRONOUNS:
            return None
        nxt = self.work[opening.end() + len(first[0]) : opening.end() + len(first[0]) + 2]
        if re.match(r" [A-Z]", nxt):
            return _UNKNOWN, ""  # a name the article does not know: whose office is unknown
        return None

    def _group_before(self, pos: int) -> str | None:
        """The group named last before ``pos``, in its own words ("two people familiar
        with the matter"), if near: the group that spoke, or one named since."""
        spoke = next(
            (
                i.speaker
                for i in reversed(self.items[-50:])
                if i.speaker.kind == "group"
                and i.speaker.mention is not None
                and 0 < pos - i.speaker.mention.start < 800
            ),
            None,
        )
        if spoke is not None:
            found = spoke.name
        else:
            named = self.registry.recent_at(pos, frozenset({"group"}))
            if named is None or pos - named[1] >= 400:
                return None
            found = named[0].name
        words = _as_label(found).split()
        if words and words[0].lower() in _COUNTS | {"the", "several", "some", "many"}:
            words[0] = words[0].lower()  # "Three diplomats": "the three diplomats"
        return " ".join(words if words[0] == "the" else ["the", *words])

    def _group_spoken(self, head: str) -> _Speaker | None:
        """The group that spoke last whose name has ``head`` ("officials")."""
        for item in reversed(self.items[-50:]):
            speaker = item.speaker
            words = speaker.name.lower().split()
            if speaker.kind == "group" and head in words:
                if "of" in words[: words.index(head)]:
                    return None  # "two of the sources" is a part too, not the whole
                return speaker
        return None

    def _named_for(self, entity: Entity) -> _Speaker | None:
        """The named person a description ("a senior trade official") was read as,
        when it spoke and was so read (see :meth:`_named_next`)."""
        if entity.name.split()[0].lower() not in DETERMINERS:
            return None
        for item in self.items:
            spoken = item.speaker.mention
            if spoken is None or spoken.text.lower() != entity.name.lower():
                continue
            if item.speaker.name[:1].isupper() and item.speaker.name != spoken.text:
                return item.speaker
        return None

    def _named_next(self, mention: Mention) -> _Speaker | None:
        """A lead that describes before it names: "A Philippine senator urged ..." and,
        in the next paragraph, "Senator Maria Ocampo, who ..."; "..., the body that
        monitors the river said" and then "the Mekong River Commission said"."""
        lede = next((p for p in self.paragraphs if p.kind is Kind.CONTENT), None)
        if lede is None or not lede.start <= mention.start < lede.end:
            return None
        after = next(
            (p for p in self.paragraphs if p.start >= lede.end and p.kind is Kind.CONTENT), None
        )
        if after is None:
            return None
        if mention.head in _GENERIC_BODIES:
            entity = self.registry.following(after.start, after.end, frozenset({"org"}))
        elif mention.head in _PERSON_HEADS:
            entity = self.registry.following(after.start, after.end, _PERSON, mention.head)
            if entity is None and mention.head in _GENERIC_PEOPLE:
                # "..., a senior trade official said." then "Director General ... Rizal
                # Hadiwinata said": an official is whoever holds that office
                entity = self._office_named_next(mention, lede, after)
        else:
            return None
        if entity is None or not entity.name[:1].isupper():
            return None
        note = f"{mention.text!r} is taken to be {entity.name}, named in the next paragraph."
        return _entity_speaker(entity, mention, note)

    def _office_named_next(
        self, mention: Mention, lede: Paragraph, after: Paragraph
    ) -> Entity | None:
        """The person the next paragraph names by the office a lede's description
        gives ("a senior trade official" and "Director General of Foreign Trade ...").

        Only when the description shares a word of office with the title ("trade"), the
        lede does not keep its source anonymous ("speaking on condition of anonymity",
        "who declined to be named"), and the next paragraph carries on the report
        rather than opening another ("Separately, ...", "But ... denied")."""
        described = {
            w for w in re.findall(r"[a-z]+", mention.text.lower()) if w in OFFICE_WORDS
        } - _RANKS
        if not described or _ANONYMOUS.search(self.work, lede.start, lede.end):
            return None
        if _ANOTHER_REPORT.match(self.work, after.start):
            return None
        entity = self.registry.following(after.start, after.end, _PERSON)
        if entity is None:
            return None
        titles = {w for t in entity.titles for w in t.lower().split()}
        titles |= self._described_after(entity, after)  # "..., deputy director-general of
        # Thailand's Department of Trade Negotiations, said"
        if not {t.split()[-1] for t in entity.titles} & _PERSON_HEADS or not described & titles:
            return None
        sentence_end = self.work.find(".", after.start, after.end)
        if _DENIES.search(self.work, after.start, sentence_end if sentence_end > 0 else after.end):
            return None
        return entity

    def _described_after(self, entity: Entity, p: Paragraph) -> set[str]:
        """The lower-cased words of the description after the first naming of
        ``entity`` in paragraph ``p`` ("Pimchanok Srisawat, deputy director-general of
        Thailand's Department of Trade Negotiations, said"), up to the next verb."""
        at = self.work.find(entity.name, p.start, p.end)
        if at < 0 or not self.work.startswith(",", at + len(entity.name)):
            return set()
        window = self.work[at + len(entity.name) : min(p.end, at + len(entity.name) + 160)]
        cut = re.search(r"\b(?:said|says|told|added|noted|stressed)\b", window)
        return set(re.findall(r"[a-z]+", (window[: cut.start()] if cut else window).lower()))

    def _may_hold(self, current: _Speaker, mention: Mention) -> bool:
        """Whether the last speaker may be the one a title names ("the minister said").

        Not when the article or the corpus knows that person by other titles only (a
        secretary-general is not "the trade minister"), nor when the title is owned
        by another state or body (see :meth:`_owner_fits`).
        """
        entity = self.registry.of(current.id, current.name)
        known = set(entity.titles) if entity is not None else set()
        actor = self.resolver.corpus.get_actor(current.id) if current.id is not None else None
        if actor is not None:
            for role in actor.roles:
                known |= set(role.title.lower().split())
        known = {t for t in known if t.split()[-1] in _PERSON_HEADS}
        if _another(mention):
            return False  # "the other diplomat", "a second minister": someone else
        if current.id is None and (not current.name[:1].isupper() or _OWNER.match(current.name)):
            # a described speaker ("Thailand's central bank governor") holds only the
            # office its description names, of its own owner: not "Malaysia's trade minister"
            described = set(re.findall(r"[a-z-]+", current.name.lower()))
            owner, theirs = _OWNER.match(mention.text), _OWNER.match(current.name)
            modifiers = set(re.findall(r"[a-z-]+", mention.text.lower())) - DETERMINERS
            modifiers -= {mention.head, "the", "also"}
            if mention.head not in described and not (modifiers and modifiers <= described):
                return False  # "the central bank chief" is still the central bank governor
            if owner is not None and theirs is not None and owner[1] != theirs[1]:
                return False
        if mention.head in _GENERIC_PEOPLE:
            # "the Cambodian diplomat", "the ASEAN official": a description, not an office
            spoke = current.mention.start if current.mention else mention.start
            between = self.work[spoke : mention.start]
            if re.search(rf"\b(?:a|an|another)\s+(?:\S+\s+){{0,2}}{mention.head}\b", between):
                return False  # "... spoke to a Thai diplomat. The diplomat said": that one
            if _WHO.match(self.work, mention.end):
                return False  # "The ASEAN official who briefed reporters said": described anew
            fits = self._described_by(current.id, mention)
            return fits is not False and self._owner_fits(current.id, mention)
        if known and _ranked(mention) not in known:
            return False  # a vice president is not "the President"
        return self._owner_fits(current.id, mention)

    def _described_by(self, actor_id: str | None, mention: Mention) -> bool | None:
        """Whether the capitalised words of a description ("the Cambodian diplomat",
        "the ASEAN official") are the person's: each must name a state or body of the
        corpus ("Cambodian" is Cambodia's) that is one of the person's places (their
        country, their roles' bodies and those bodies' countries). ``None`` when the
        description has no such word ("the diplomat"); ``False`` when a word names
        another place, or a place the corpus does not know ("the Thai official" may be
        anyone for a corpus without Thailand)."""
        words = [
            w
            for w in mention.text.split()[:-1]
            if w[:1].isupper() and w.lower() not in DETERMINERS | {"the"}
        ]
        if not words:
            return None
        places = self._places(actor_id)
        if places is None:
            return False
        for word in words:
            forms = (word, word[:-1], word[:-2])
            named = [self.resolver.actor(f) for f in forms if len(f) > 2]
            body = next(
                (n for n in named if n is not None and n.kind is not ActorKind.PERSON), None
            )
            if body is None or body.id not in places:
                return False
        return True

    def _places(self, actor_id: str | None) -> set[str] | None:
        """Where the corpus places an actor: their country, their roles' bodies and
        those bodies' countries (``None`` for no actor of the corpus)."""
        corpus = self.resolver.corpus
        actor = corpus.get_actor(actor_id) if actor_id is not None else None
        if actor is None:
            return None
        places = {actor.country} if actor.country is not None else set()
        for role in actor.roles:
            if role.organisation is not None:
                places.add(role.organisation)
                org = corpus.get_actor(role.organisation)
                if org is not None and org.country is not None:
                    places.add(org.country)
        return places

    def _owner_fits(self, actor_id: str | None, mention: Mention) -> bool:
        """Whether a title's owner ("Indonesia's" of "Indonesia's trade minister") may
        be the person's: unless the owner is a state or body of the corpus and the
        corpus places the person (their country, their roles' bodies and those bodies'
        countries) elsewhere only."""
        owner = _OWNER.match(mention.text)
        if owner is None or actor_id is None:
            return True
        places = self._places(actor_id)
        if places is None:
            return True
        named = self.resolver.actor(owner.group(1))
        if not places or named is None or named.kind is ActorKind.PERSON:
            return True
        return named.id in places

    def _described_later(self, mention: Mention) -> _Speaker | None:
        """An office described before its holder is named ("Cambodia's water resources
        minister says ..." in a summary box, then "Cambodia's Minister of Water
        Resources and Meteorology, Sok Vannara"): the person named later with every
        word of the description around their name."""
        words = {
            w.lower().removesuffix("'s").removesuffix("\u2019s")
            for w in re.findall(r"[\w'\u2019-]+", mention.text)
        }
        words -= DETERMINERS | {"the", "of", "for", "and"}
        if len(words) < 3 or mention.head in ORG_HEADS:
            return None  # "Seoul's trade ministry" is a body, which no person is
        work = self.work
        nearby = self.registry.within(mention.end, mention.end + 3000)
        for entity in sorted(nearby, key=lambda e: e.first):
            if entity.kind != "person" or entity.first <= mention.end:
                continue
            if entity.name.split()[0].lower() in DETERMINERS:
                continue  # "A trade ministry official in Seoul": described, not named
            window = work[max(0, entity.first - 120) : entity.first + len(entity.name) + 120]
            if all(w in window.lower() for w in words):
                return _Speaker(
                    name=entity.name,
                    id=entity.actor,
                    kind="person",
                    mention=mention,
                    sure=False,
                    note=f"{mention.text!r} is taken to be {entity.name}, named later with "
                    "this title.",
                )
        return None

    def _talks_lead(self, mention: Mention) -> _Speaker | None:
        """The side named first in the last sentence before ``mention`` that tells of
        talks ("Vietnam and Laos held talks", "X met Y"): the lead of "the sides"."""
        work = self.work
        floor = max(0, mention.start - 1500)
        talks = max(
            _TALKS.finditer(work, floor, mention.start), key=lambda m: m.start(), default=None
        )
        if talks is None:
            return None
        # the clause of the talks: after the last full stop, line end or comma before it
        # ("On Monday, in Kuala Lumpur, X met Y": not the place of the circumstance)
        marks = [work.rfind(mark, floor, talks.start()) for mark in (". ", "\n", ", ")]
        start = max([floor, *(at + 2 for at in marks if at >= 0)])
        sides = [
            e
            for e in self.registry.within(start, talks.start())
            if e.kind in {"person", "state", "org"}
        ]
        if not sides:
            return None
        return _entity_speaker(
            sides[0], mention, f"{mention.text!r}: {sides[0].name} leads the talks."
        )

    def _lead(self, pos: int) -> _Speaker | None:
        """The lead of a joint statement ("Both sides agreed"): the first person who spoke
        before ``pos``, else the first person the article names."""
        while self._first_speaker is None and self._lead_scan < len(self.items):
            item = self.items[self._lead_scan]
            self._lead_scan += 1
            if item.speaker.kind == "person" and item.speaker.mention:
                self._first_speaker = item
        if self._first_speaker is not None and self._first_speaker.start < pos:
            return self._first_speaker.speaker
        if self._first_named is None:
            people = [
                e
                for e in self.registry.entities
                if e.kind == "person"
                and e.name[:1].isupper()
                and self.work[max(0, e.first - 6) : e.first].split()[-1:] not in _PLACED
            ]  # "... Summit in Kuala Lumpur, X met Y": a place, not the first person
            first = min(people, key=lambda e: e.first, default=None)
            self._first_named = (first, first.first if first is not None else -1)
        entity, at = self._first_named
        if entity is None or not 0 <= at < pos:
            return None
        mention = Mention(
            start=at,
            end=at + len(entity.name),
            text=self.work[at : at + len(entity.name)],
            kind=MentionKind.NAME,
            head=entity.name.lower(),
        )
        return _Speaker(name=entity.name, id=entity.actor, kind="person", mention=mention)

    def _person_named_before(self, pos: int) -> str | None:
        """The last name of a person before ``pos`` in the article's text (two to four
        capitalised words, as "Nguyen Hoang Yen, 51, keeps ..."), when no statement has
        named anyone: the person a feature is about is often named outside any frame.

        Words of places, bodies, titles, months and the page's byline are not names.
        The names are found once for the whole text, on first use.
        """
        run = self._name_run_before(pos)
        return run[1] if run is not None else None

    def _name_run_before(self, pos: int) -> tuple[int, str] | None:
        """Where the last name of :meth:`_person_named_before` ends, and the name."""
        runs = self._name_runs
        if runs is None:
            runs = self._name_runs = self._names_in_passing()
        k = bisect_right(runs, (pos, "")) - 1
        while k >= 0 and runs[k][0] >= pos:
            k -= 1
        if k < 0 or pos - runs[k][0] > _NAMED_BEFORE:
            return None
        return runs[k]

    def _names_in_passing(self) -> list[tuple[int, str]]:
        """Where each run of capitalised words that may be a person's name ends, and the
        name, in text order."""
        work = self.work
        found: list[tuple[int, str]] = []
        for match in _NAME_RUN.finditer(work):
            words = match.group(0).split()
            keys = {w.lower().strip(".'\u2019") for w in words}
            if keys & _NOT_NAME_WORDS or words[0] in _SENTENCE_OPENERS:
                continue
            before = work[max(0, match.start() - 20) : match.start()].rstrip().lower()
            if before.endswith(("by", "by:")):
                continue  # a byline or a credit
            actor = self.resolver.actor(match.group(0))
            if actor is not None and actor.kind is not ActorKind.PERSON:
                continue
            if " ".join(match.group(0).lower().split()) in PLACES:
                continue  # "Phnom Penh hosted the forum": a place
            found.append((match.end(), match.group(0)))
        return found

    def _pronoun(self, mention: Mention, current: _Speaker | None) -> _Speaker | None:
        head = mention.head
        if head in {"he", "she"}:
            met = self._met_in_fronted_clause(mention)
            if met is not None:
                return met  # "When I met X, he told me": X, whoever spoke before
        if head in {"he", "she", "him", "her"}:
            gender = "f" if head in {"she", "her"} else "m"
            seen = self.registry.recent_at(mention.start, _PERSON, gender=gender)
            if seen is not None and not seen[0].name[:1].isupper() and not self._spoke(seen[0]):
                # "a handshake deal with one grower. ... she says": a description in
                # passing, not the named person the story follows; nor one a named
                # person came after ("When Kao Kim Hourn visited, he told")
                first = seen[0].first
                by_name = self.registry.recent_at(mention.start, _PERSON, gender=gender, named=True)
                passing = self.work[max(0, first - 12) : first].split()[-1:] in _IN_PASSING
                if by_name is not None and (passing or by_name[1] > first):
                    seen = by_name
            if seen is not None:
                opener = self._sentence_subject_before(mention.start, seen[1], gender)
                better = self._subject_person(opener, seen, gender) if opener else None
                name = self._name_of(opener) if opener is not None else None
                unknown = opener is not None and self.registry.at(opener.start, opener.end)
                if opener is not None and name is not None and unknown is None:
                    # a subject named without a title, met by someone the page knows
                    note = f"{mention.text!r} is {name}, the subject of the sentence before."
                    return attrs.evolve(self._person(name, mention), sure=False, note=note)
                seen = better or seen
            entity = seen[0] if seen is not None else None
            kinds = _PERSON
            spoke = current.mention.start if current and current.mention else -1
            known = self.registry.named_by(set(current.name.lower().split())) if current else None
            if (
                current is not None
                and current.kind == "person"
                and spoke >= 0
                and (
                    seen is None
                    or spoke > seen[1]
                    or seen[1] in self._asides
                    or self._described(seen, current)
                )
                and (known is None or known.gender in {None, gender})
            ):
                # "The Vice Minister said ... He stressed": the last speaker
                if known is not None and known.gender is None:
                    known.gender = gender  # "she" once, so not "he" later
                return attrs.evolve(
                    current,
                    mention=mention,
                    note=f"{mention.text!r} is {current.name}, the last speaker.",
                )
        elif head == "it":
            subject = self._subject_before(mention.start)
            if subject is not None:
                return attrs.evolve(
                    subject,
                    mention=mention,
                    note=f"{mention.text!r} is {subject.name}, the subject of the sentence before.",
                )
            spoke = current.mention.start if current and current.mention else -1
            if current is not None and current.kind == "org" and mention.start - spoke < 400:
                return attrs.evolve(
                    current,
                    mention=mention,
                    note=f"{mention.text!r} is {current.name}, the last speaker.",
                )
            entity = self.registry.recent(mention.start, frozenset({"org", "outlet", "state"}))
            kinds = frozenset({"org", "outlet", "state"})
        else:
            pair = current is not None and current.kind == "person" and " and " in current.name
            since = self.registry.recent_at(mention.start, frozenset({"group"}))
            if pair and current is not None and current.mention is not None and since:
                pair = since[1] < current.mention.start  # "Exporters in Penang disagree"
            if current is not None and (current.kind in {"group", "org", "state"} or pair):
                # "Sirikul and Okafor (2025) show ... They conclude": the pair who spoke
                return attrs.evolve(
                    current,
                    mention=mention,
                    note=f"{mention.text!r} is {current.name}, the last speaker.",
                )
            group = self.registry.recent_at(mention.start, frozenset({"group"}))
            body = self.registry.recent_at(mention.start, frozenset({"org", "state"}))
            # "they" is rather a group named lately than an organisation named since
            near = group is not None and (body is None or body[1] - group[1] < 300)
            entity = group[0] if near and group else body[0] if body else None
            kinds = frozenset({"group", "org", "state"})
        if entity is None and head in {"he", "she", "him", "her"}:
            named = self._person_named_before(mention.start)
            run = self._name_run_before(mention.start) if named is not None else None
            gender = "f" if head in {"she", "her"} else "m"
            opener = (
                self._sentence_subject_before(mention.start, run[0] - 1, gender) if run else None
            )
            if opener is not None and self._name_of(opener) is not None:
                named = self._name_of(opener)  # "Mai Lan met Pim Sirisak. She said"
            if named is not None:
                actor = self.resolver.actor(named)
                person = actor is not None and actor.kind is ActorKind.PERSON
                return _Speaker(
                    name=actor.name if actor is not None and person else named,
                    id=actor.id if actor is not None and person else None,
                    kind="person",
                    mention=mention,
                    sure=False,
                    note=f"{mention.text!r} is taken to be {named}, the person named last before.",
                )
        if entity is None or entity.kind not in kinds:
            return _Speaker(
                name=mention.text,
                id=None,
                kind="person",
                mention=mention,
                sure=False,
                note=f"{mention.text!r}: no one it could refer to is named before.",
            )
        if head in {"he", "she", "him", "her"} and entity.gender is None:
            entity.gender = "f" if head in {"she", "her"} else "m"  # not the other later
        return _Speaker(
            name=entity.name,
            id=entity.actor,
            kind=entity.kind,
            mention=mention,
            note=f"{mention.text!r} is {entity.name}, named before.",
        )

    def _met_in_fronted_clause(self, mention: Mention) -> _Speaker | None:
        """ "When I met the ASEAN Secretary-General in Jakarta, he told me": the person
        the clause before the pronoun met, by office or by name."""
        work = self.work
        # a short clause just before the pronoun: no search back over a long line
        window = _FRONTED_MEETING.finditer(work, max(0, mention.start - 200), mention.start)
        clause = next((m for m in window if m.end() == mention.start), None)
        if clause is None:
            return None
        where = _WHERE_MET.search(work, clause.start("met"), clause.end("met"))
        toks = tokens(work, clause.start("met"), where.start() if where else clause.end("met"))
        met = np_after(work, toks, 0, len(toks)) if toks else None
        if met is None or met.kind not in {MentionKind.TITLE, MentionKind.NAME}:
            return None
        if met.kind is MentionKind.NAME:
            return attrs.evolve(self._person(met.text, mention), sure=False)
        found = self._office_holder(met)
        if found is None:
            return None
        note = f"{mention.text!r} is {found.name}, met in the clause before it."
        return attrs.evolve(found, mention=mention, sure=False, note=note)

    def _spoke(self, entity: Entity) -> bool:
        """Whether a statement found so far is the entity's."""
        return any(item.speaker.name == entity.name for item in self.items)

    def _defined_speaker(self, mention: Mention, office: str, first: str) -> _Speaker | None:
        """'the Chairperson' as the record defines it ('Ms Aigerim Seitkali, Vice-Minister
        ... (hereinafter "the Chairperson")')."""
        defined = self._defined_terms().get(office.lower())
        if defined is None:
            return None
        return _Speaker(
            name=defined,
            id=None,
            kind="person",
            mention=mention,
            note=f"{mention.text!r} is {defined}, as the text defines it.",
        )

    def _delegation_speaker(self, mention: Mention, office: str, first: str) -> _Speaker | None:
        """A delegation or representative, speaking for its state or body ("The delegation
        of the People's Republic of China stated", "the representative of the SCO
        Secretariat informed the meeting"), under the name the record gives it; "the
        delegation" alone is the one named last ("The delegation of Uzbekistan presented
        ... The delegation noted"), or, as the subject of a second verb, its own ("The
        delegation of X supported ... and proposed")."""
        sent = _SENT_BY.fullmatch(office)
        if sent is None and first == "the" and office.lower() == "delegation":
            lo = max(0, mention.start - 1500)
            words = list(_DELEGATION_WORD.finditer(self.work, lo, mention.end))
            own = words[-1] if words and words[-1].start() >= mention.start else None
            last = _SENT_BY_IN.match(self.work, own.start()) if own is not None else None
            if last is None and own is not None:
                words.pop()  # "The delegation noted": the one named before it
            if last is None and words:
                # the last delegation named before; "The Thai delegation" is none of X's
                last = _SENT_BY_IN.match(self.work, words[-1].start())
            if last is not None:
                office = last[0].strip()
                sent = _SENT_BY.fullmatch(office)
        if sent is None:
            return None
        sender = self.resolver.actor(sent["sender"])
        one = sent["what"].lower().startswith("representative")
        return _Speaker(
            name=office,
            id=sender.id if sender is not None and sender.kind.value != "person" else None,
            kind="person" if one else "group",
            mention=mention,
            note=f"{mention.text!r} speaks for {sent['sender']}.",
        )

    def _aged_speaker(self, mention: Mention, office: str, first: str) -> _Speaker | None:
        """'"...," said the 54-year-old mother of four': the person a feature named last,
        in a frame or in passing ("Lina anak Jimbun sold durians"), not an official
        ("Trade Minister Zafrul Aziz visited ... said the 60-year-old")."""
        if first != "the" or not _KIN_OR_AGE.fullmatch(office):
            return None
        seen = self.registry.recent_at(mention.start, _PERSON, named=True)
        if seen is not None and seen[0].titles:
            seen = None
        passing = self._name_run_before(mention.start)
        aged: str | None = None
        aged_id: str | None = None
        if seen is not None and mention.start - seen[1] < 1500:
            aged, aged_id = seen[0].name, seen[0].actor
        if passing is not None and (seen is None or passing[0] > seen[1] + len(seen[0].name)):
            aged, aged_id = passing[1], None
        if aged is None:
            return None
        return _Speaker(
            name=aged,
            id=aged_id,
            kind="person",
            mention=mention,
            sure=False,
            note=f"{mention.text!r} is taken to be {aged}, named last.",
        )

    def _press_before(self, mention: Mention, current: _Speaker | None) -> _Speaker | None:
        """ "the paper said", "the editorial added": the publication named last, or the
        body that spoke last if it was named later ("Its counterpart Navarasa took up
        the theme ... Fisheries, the paper said")."""
        if mention.head == "paper" and _A_PAPER.search(
            self.work, max(0, mention.start - 2000), mention.start
        ):
            return None  # "a working paper by ISEAS found ... The paper said": the study
        found = self.registry.recent_at(mention.start, frozenset({"outlet"}))
        if found is not None and mention.start - found[1] > 2000:
            found = None
        spoke = (
            current is not None
            and current.mention is not None
            and current.kind in {"outlet", "org", "group"}
        )
        if current is not None and current.mention is not None and spoke:
            later = found is None or current.mention.end > found[1]
            if later and mention.start - current.mention.start < 2000:
                return attrs.evolve(
                    current, mention=mention, note=f"{mention.text!r} is {current.name}."
                )
        if found is None:
            return None
        return _entity_speaker(
            found[0], mention, f"{mention.text!r} is {found[0].name}, named before."
        )

    def _firm_before(self, mention: Mention, current: _Speaker | None) -> _Speaker | None:
        """ "the company said", "the carrier said": the company that spoke last, else the
        one named last (within a few paragraphs), not a government's body."""
        owned = _FIRM_OWNER.match(current.name) if current is not None else None
        if owned is not None and current is not None and current.kind != "org":
            # "Air India's chief executive said ... The airline said": the executive's firm
            firm = _Speaker(name=owned[1], id=None, kind="org", mention=mention)
            actor = self.resolver.actor(owned[1])
            if _company(firm) and (actor is None or actor.kind is not ActorKind.STATE):
                return attrs.evolve(
                    firm, sure=False, note=f"{mention.text!r} is {owned[1]}, named before."
                )
        spoke = current is not None and current.kind == "org" and _company(current)
        since = current.mention.start if spoke and current and current.mention else -1
        pos = mention.start
        for _ in range(6):
            found = self.registry.recent_at(pos, frozenset({"org"}))
            if found is None or mention.start - found[1] > 2000 or found[1] <= since:
                break  # none named since the company that spoke last
            entity, pos = found
            firm = _entity_speaker(
                entity, mention, f"{mention.text!r} is {entity.name}, named before."
            )
            if _company(firm) and not self.resolver.is_agreement(entity.name):
                return firm  # "Bamboo Airways suspended its route. The carrier said"
        if spoke and current is not None:
            return attrs.evolve(
                current, mention=mention, note=f"{mention.text!r} is {current.name}."
            )
        return None

    def _title(
        self, mention: Mention, when: PartialDate | None, current: _Speaker | None
    ) -> _Speaker:
        office = _strip_words(mention.text, DETERMINERS)
        if office.split()[:1] and office.split()[0].lower() in ALREADY_QUOTED and current:
            # '"...," the quoted source added.': the one just quoted
            note = f"{mention.text!r} is {current.name}, quoted just before."
            return attrs.evolve(current, mention=mention, note=note)
        if mention.head in _TITLED_DOCUMENTS and len(office.split()) > 1 and office[:1].isupper():
            return self._publisher(mention, office, current)
        if mention.head in _RULINGS and len(office.split()) == 1:
            # "the decision read": the court or tribunal named last
            bench = self._bench(mention.start)
            if bench is not None:
                return attrs.evolve(bench, mention=mention)
        opens_with_the = mention.text.split()[0].lower() == "the"
        if mention.head in _PRESS and len(office.split()) == 1 and opens_with_the:
            press = self._press_before(mention, current)
            if press is not None:
                return press  # "China Daily said ... The newspaper added"
        if mention.head in _STUDIES and len(office.split()) == 1 and current is not None:
            publisher = next(
                (i.speaker for i in reversed(self.items) if self._through_a_study(i.speaker)),
                None,
            )
            if current.kind != "org" and publisher is not None:
                # "..., she said. The report cautions that": the body whose report it is
                return attrs.evolve(
                    publisher, mention=mention, note=f"{mention.text!r} is {publisher.name}'s."
                )
        if mention.head in _DOCUMENT_WORDS and len(office.split()) == 1 and current is not None:
            # "the statement said": the statement of the one who spoke last
            return attrs.evolve(
                current, mention=mention, note=f"{mention.text!r} is {current.name}'s."
            )
        if mention.stop > mention.end:
            # "Indonesian ambassador to China Bambang Wiryawan": the name that closes the
            # description is the speaker
            closing = [
                e
                for e in self.registry.within(mention.end, mention.stop)
                if e.kind == "person"
                and e.name[:1].isupper()
                and self.work[mention.start : mention.stop].rstrip().endswith(e.name)
                and _of_a_country(self.work[mention.end : mention.stop - len(e.name)])
            ]  # not "A diplomat close to Foreign Minister Sugiono": someone near him
            if closing:
                holder = closing[-1]
                return _Speaker(
                    name=holder.name,
                    id=holder.actor,
                    kind="person",
                    mention=mention,
                    note=f"{mention.text!r} is {holder.name}, named after the title.",
                )
        written = self.work[mention.start : max(mention.end, mention.stop)].strip()
        after_place = _strip_title(written)
        placed = after_place != written and written.endswith(after_place) and " " in after_place
        if placed and re.search(r"\b(?:of|to|in)\s", written[: -len(after_place)]):
            # "Ambassador of Indonesia to Cairo Rizal Wiranata": the name after the place
            # the office is of, which the article names nowhere else
            note = f"{mention.text!r} is {after_place}, named after the title."
            return attrs.evolve(self._person(after_place, mention), note=note)
        of_body = self._person_of_body(mention, office)
        if of_body is not None:
            return of_body
        inside = self._entity_in(mention)
        described = inside is not None and inside.name.split()[0].lower() in {"a", "an", "one"}
        if inside is not None and inside.kind == "person" and not described:
            # "Economist Lina Ortiz of the Institute ...": the title goes with a name
            person = self._named(mention, when)
            if person is not None:
                return person
        first = mention.text.split()[0].lower()
        if _another(mention) and mention.head in _PERSON_HEADS:
            # "The other diplomat said", "A second minister said": someone new, whom
            # no earlier speaker or holder of the title is
            return _Speaker(name=mention.text, id=None, kind="person", mention=mention)
        if (
            first == "the"
            and len(office.split()) == 1
            and current is not None
            and current.kind == "person"
            and mention.head in current.name.lower().replace(",", " ").split()
        ):
            # "a user who ... wrote ... '...,' the user added": the one just described
            return attrs.evolve(
                current, mention=mention, note=f"{mention.text!r} is {current.name}."
            )
        ahead = self._named_next(mention)
        if ahead is not None:
            return ahead
        for read in (self._defined_speaker, self._delegation_speaker, self._aged_speaker):
            spoken = read(mention, office, first)
            if spoken is not None:
                return spoken
        if mention.head in _SIDES or first in {"a", "an", "one", "another"}:
            # "the Lao side", "a diplomat in the room": a speaker of its own, named so
            whole = self.work[mention.start : mention.stop].strip(" ,")
            whole = re.sub(r",?\s+(?:who|which|that)$", "", whole)  # "a user who"
            return _Speaker(
                name=mention.text if mention.head in _SIDES else whole,
                id=None,
                kind="group" if mention.head in _SIDES else "person",
                mention=mention,
            )
        body = self.resolver.actor(office)
        if body is not None and body.kind.value != "person":
            return _Speaker(name=office, id=body.id, kind="org", mention=mention)
        if mention.head in ORG_HEADS and len(office.split()) == 1:
            # "the ministry": the body of that kind spoken of last
            if current is not None and mention.head in current.name.lower().split():
                return attrs.evolve(
                    current,
                    mention=mention,
                    note=f"{mention.text!r} is {current.name}, the last speaker.",
                )
            named = self.registry.named_with(mention.start, mention.head)
            if named is not None:
                return _Speaker(
                    name=named.name,
                    id=named.actor,
                    kind="org",
                    mention=mention,
                    note=f"{mention.text!r} is {named.name}, named before.",
                )
            if mention.head in _GENERIC_BODIES and first == "the":
                # "the group said": the body that spoke last, else the one named last
                if current is not None and current.kind in {"org", "group"}:
                    return attrs.evolve(
                        current,
                        mention=mention,
                        note=f"{mention.text!r} is {current.name}, the last speaker.",
                    )
                body_seen = self.registry.recent(mention.start, frozenset({"org"}))
                if body_seen is not None:
                    return _Speaker(
                        name=body_seen.name,
                        id=body_seen.actor,
                        kind="org",
                        mention=mention,
                        note=f"{mention.text!r} is {body_seen.name}, named before.",
                    )
            if mention.head in _FIRM_HEADS and first == "the":
                firm = self._firm_before(mention, current)
                if firm is not None:
                    return firm
        entity = None
        if mention.head not in ORG_HEADS:
            seen = self.registry.recent_at(mention.start, _PERSON, title=_ranked(mention))
            entity = seen[0] if seen is not None else None
            if seen is not None and current is not None and self._described(seen, current):
                # "One official (Interviewee 22) said ... the official said": the one named
                return attrs.evolve(
                    current,
                    mention=mention,
                    note=f"{mention.text!r} is {current.name}, the last speaker.",
                )
            read_as = self._named_for(seen[0]) if seen is not None else None
            if read_as is not None:
                # "..., a senior trade official said." (named in the next paragraph),
                # then "The official explained": the person the description was
                return attrs.evolve(
                    read_as, mention=mention, note=f"{mention.text!r} is {read_as.name}."
                )
        if entity is not None and self._owner_fits(entity.actor, mention):
            return _Speaker(
                name=entity.name,
                id=entity.actor,
                kind="person",
                mention=mention,
                note=f"{mention.text!r} is {entity.name}, named before with this title.",
            )
        later = self._described_later(mention)
        if later is not None:
            return later
        actor = self.resolver.office(office, when) or self.resolver.head_of(office, when)
        if actor is None:
            title = _title_words(office)
            for org_id in self.registry.organisations_before(mention.start):
                org = self.resolver.actor(org_id)
                if org is not None and title:
                    actor = self.resolver.office(f"{org.name} {title}", when)
                    if actor is not None:
                        break
        if actor is not None:
            named = next((e for e in self.registry.entities if e.actor == actor.id), None)
            name = named.name if named is not None else actor.name
            at = f" on {when}" if when is not None else " now"
            return _Speaker(
                name=name,
                id=actor.id,
                kind="person",
                mention=mention,
                note=f"{mention.text!r}: the holder of the office{at} in the corpus.",
            )
        if (
            current is not None
            and current.kind == "person"
            and mention.head in _PERSON_HEADS
            and self._may_hold(current, mention)
        ):
            # "says Datuk Seri X. The Trade Minister said ...": the person just reported
            return attrs.evolve(
                current,
                mention=mention,
                sure=False,
                note=f"{mention.text!r} is taken to be {current.name}, the last speaker.",
            )
        listed = self._listed_in_role(mention)
        if listed is not None:
            return listed
        if mention.head in _GENERIC_PEOPLE and not _WHO.match(self.work, mention.end):
            seen = self.registry.recent_at(mention.start, _PERSON)
            if seen is not None and self._described_by(seen[0].actor, mention):
                # "Kao Kim Hourn spoke in Phnom Penh. The Cambodian diplomat said": him
                return _Speaker(
                    name=seen[0].name,
                    id=seen[0].actor,
                    kind="person",
                    mention=mention,
                    sure=False,
                    note=f"{mention.text!r} is taken to be {seen[0].name}, named before, "
                    "whom the corpus places there.",
                )
        return _Speaker(
            name=_from_the_owner(office),
            id=None,
            kind="org" if mention.head in ORG_HEADS else "person",  # a ministry is not "he"
            mention=mention,
            sure=False,
            note=f"{mention.text!r}: no holder of this office could be found.",
        )

    def _listed_in_role(self, mention: Mention) -> _Speaker | None:
        """ "The moderator" of a page that lists the role before it, on a line of its
        own ("Moderator: Assoc. Prof. Dr. Nguyen Hoang Nam (CVUE)"): that person."""
        words = mention.text.lower().split()
        if len(words) != 2 or words[0] != "the" or mention.head not in _LISTED_ROLES:
            return None
        line = None
        for found in _ROLE_LINE.finditer(self.work, 0, mention.start):
            if found["role"].lower().rstrip("s") == mention.head:
                line = found
        if line is None:
            return None
        name = _strip_title(_after_titles(_ROLE_NAME_END.split(line["name"])[0]))
        if not _capitalised(name.split()):
            return None  # "Moderator: To be confirmed": no one yet
        note = f"{mention.text!r} is {name}, listed as {line['role'].lower()} above."
        return attrs.evolve(self._person(name, mention), note=note)

    def _through_a_study(self, speaker: _Speaker) -> bool:
        """Whether a body spoke through a document of its own ("a new report by X says",
        "According to the report", "X's latest survey found")."""
        mention = speaker.mention
        if speaker.kind != "org" or mention is None:
            return False
        if mention.head in _STUDIES:
            return True
        before = self.work[max(0, mention.start - 60) : mention.start]
        return _STUDY_BY.search(before) is not None

    def _publisher(self, mention: Mention, title: str, current: _Speaker | None) -> _Speaker:
        """Who speaks through a document named by its title ("The Asia-Pacific Trade
        Facilitation Report 2026 found"): the body that spoke last, if it spoke
        lately, else the body named last before it; else the document, unsure."""
        owner = _OWNER.match(mention.text)
        if owner is not None:
            # "The World Economic Forum's Global Risks Report 2026 found": its owner
            name = self.work[mention.start : mention.start + owner.end(1)]
            name = _strip_words(name, DETERMINERS)
            return self._actor_named(name, mention, "org", f"{mention.text!r} is {name}'s.")
        spoke = current.mention.start if current is not None and current.mention else -1
        if current is not None and self._through_a_study(current) and mention.start - spoke < 1500:
            # "a new report by X says ... The X Trade Outlook 2026 found": X's report
            return attrs.evolve(
                current, mention=mention, note=f"{mention.text!r} is {current.name}'s."
            )
        return _Speaker(
            name=title,
            id=None,
            kind="org",
            mention=mention,
            sure=False,
            note=f"{mention.text!r}: the document speaks; who published it is not named.",
        )

    def _editors_of(self, text: str) -> Actor | None:
        """The outlet whose editors ``text`` names ("East Asia Forum's editors", "the
        editors of the Global Times"), when the corpus knows it."""
        editors = _EDITORS.fullmatch(text)
        if editors is None:
            return None
        return self.resolver.actor(editors[1] or editors[2])

    def _named(self, mention: Mention, when: PartialDate | None) -> _Speaker | None:
        described, comma, name = mention.text.rpartition(", ")
        if (
            comma
            and described.split()[0].lower() in _DESCRIBING | {"my", "our", "his", "her", "their"}
            and any(w.lower() in _PERSON_HEADS | OCCUPATIONS for w in described.split()[1:4])
            and (
                (2 <= len(name.split()) <= 5 and all(w[:1].isupper() for w in name.split()))
                or (name.startswith("@") and " " not in name)
            )
        ):
            # "A customs official, Tran Van Duc, said": the name beside the description
            at = mention.start + len(described) + len(comma)
            mention = attrs.evolve(mention, start=at, text=name)
        entity = self._entity_in(mention)
        bare = without_description(_strip_words(mention.text, DETERMINERS))
        spelled = self._spelled_out(bare)
        if spelled is not None:
            bare, entity = spelled, None  # "the DTI": "Department of Trade and Industry"
        if entity is not None and entity.kind != "person" and len(entity.name) < 0.6 * len(bare):
            entity = None  # "General Department of Customs of Cambodia" is not Cambodia
        actor = self.resolver.actor(bare)
        if actor is None and entity is not None and entity.actor is not None:
            actor = self.resolver.actor(entity.actor)
        if actor is None:
            actor = self._state_body(bare, mention.start)
        if actor is None:
            actor = self.resolver.office(bare, when)
        if actor is None:
            actor = self.resolver.head_of(bare, when)
            if actor is not None:
                entity, bare = None, actor.name  # "the head of the Association of ..."
        if actor is None and len(bare.split()) == 1 and bare.lower() in ORG_HEADS:
            # "In its reply, the Secretariat said": the body of that kind named before
            named = self.registry.named_with(mention.start, bare.lower())
            if named is not None and named.name != bare:
                entity, bare = named, named.name
                actor = self.resolver.actor(named.actor) if named.actor else None
        if entity is not None and entity.kind == "person":
            name = entity.name
        elif actor is not None and actor.kind.value == "person":
            name = _strip_title(bare) or actor.name
        elif entity is None and not {w.lower() for w in bare.split()} & (ORG_HEADS | OUTLET_HEADS):
            name = _strip_title(bare)
        else:
            name = bare
            owned = actor is not None and bool(_OWNER.match(bare))
            if entity is not None and len(entity.name) > len(name) and not owned:
                name = entity.name  # but "China's Ministry of Commerce" as written
        if self.resolver.is_agreement(bare):
            return None
        if self.agency and self.resolver.actor(self.agency) is not None and actor is not None:
            agency = self.resolver.actor(self.agency)
            if agency is not None and agency.id == actor.id:
                return None  # the agency of the dateline relays; it does not speak
        kind = entity.kind if entity is not None else _kind_of_name(bare)
        described_as = _DESCRIBED_AS.match(self.work, mention.end)
        if kind == "org" and described_as is not None and described_as[1] in OCCUPATIONS:
            kind = "person"  # "said MUSTAFA, a trader": a name in capitals
        if actor is not None:
            kind = "person" if actor.kind.value == "person" else "org"
        return _Speaker(name=name, id=actor.id if actor else None, kind=kind, mention=mention)

    def _entity_in(self, mention: Mention) -> Entity | None:
        found = self.registry.within(mention.start, mention.end)
        found = [
            e
            for e in found
            if not _in_portfolio(mention.text, e.name) and not _possessor(mention.text, e.name)
        ]
        people = [e for e in found if e.kind == "person"]
        named = [e for e in people if e.name.split()[0].lower() not in _DESCRIBING]
        if named and len(people) > 1:
            return named[0]  # "A ministry spokesperson, Lu Hanwen": the name
        return people[0] if people else found[-1] if found else None

    def _regions(self, f: Found) -> list[tuple[int, int]]:
        regions = []
        for a, b in f.frames:
            # the date of saying is written near the cue: a bounded frame keeps long
            # sentences linear
            a, b = max(a, f.near - _FRAME), min(b, f.near + _FRAME)
            if b > a:
                regions.append((a, b))
        return regions

    def _date(self, f: Found) -> tuple[PartialDate | None, str | None]:
        regions = self._regions(f)
        found = resolve_date(self.work, regions, self.anchor, f.near) if regions else None
        if found is None:
            return None, None
        return found[0], found[1]

    def _item(self, f: Found, speaker: _Speaker) -> _Item:
        said_on, words = self._date(f)
        if f.parent is not None and said_on is None:
            parent_item = next((i for i in reversed(self.items) if i.start == f.parent.start), None)
            if parent_item is not None:
                said_on, words = parent_item.said_on, parent_item.evidence
        confidence = f.confidence
        if not speaker.sure:
            confidence = min(confidence, 0.5 if f.how != "agentless" else 0.35)
        if speaker.id is None:
            confidence -= 0.05
        notes = [speaker.note] if speaker.note else []
        basis = DateBasis.UNKNOWN
        if said_on is not None:
            basis = DateBasis.STATED
            against = f", read against {self.anchor_note}" if self.anchor_note else ""
            notes.append(f"Date from {words!r}{against}.")
        elif self.anchor is None:
            relative = unresolved(self.work, self._regions(f))
            if relative is not None:
                notes.append(
                    f"{relative!r} is not resolved: the text gives no publication date "
                    "(give published= to resolve it)."
                )
        return _Item(
            start=f.start,
            end=f.end,
            speaker=speaker,
            mode=f.mode,
            cue=f.cue,
            confidence=round(max(0.05, confidence), 2),
            said_on=said_on,
            basis=basis,
            evidence=words,
            notes=notes,
        )

    def _standalone(
        self,
        s0: int,
        s1: int,
        quotes: Sequence[tuple[int, int]],
        found: Sequence[Found],
        current: _Speaker | None,
        introduced: bool = False,
    ) -> _Item | None:
        """A quotation that is a sentence of its own, with no attribution in it: the
        speaker just before, or the person the sentence before opens with
        (``introduced``)."""
        if current is None:
            return None
        work = self.work
        for qa, qb in quotes:
            if not s0 <= qa < s1:
                continue
            if (
                qa - s0 > 8
                or len(work[qb + 1 : s1].strip()) > 8  # (a translation after it is blank)
                or work[s0:qa].strip(" :")
                or work[qb + 1 : s1].strip(" .,!?")
            ):
                continue
            if any(f.start - 1 <= qa < f.end + 1 for f in found):
                continue
            a, b = qa + 1, min(qb, s1)
            while a < b and work[a].isspace():
                a += 1
            while b > a and (work[b - 1].isspace() or work[b - 1] == ","):
                b -= 1
            # In the paragraph of the speaker's last statement, a short quotation is
            # theirs too ('"...," Tran said. "We are confident."'); alone, it may be a
            # scare quote or a heading's, so it needs more words.
            same_paragraph = bool(self.items) and "\n" not in work[self.items[-1].end : qa]
            if len(work[a:b].split()) < (2 if same_paragraph else 4):
                continue
            speaker = attrs.evolve(current, sure=False)
            return _Item(
                start=a,
                end=b,
                speaker=speaker,
                mode=Mode.DIRECT_QUOTE,
                cue=None,
                attribution=Attribution.CARRIED,
                confidence=0.55 if current.id or current.kind == "person" else 0.45,
                notes=[
                    f"A quotation with no attribution of its own: {current.name}, "
                    + (
                        "whom the sentence before is about."
                        if introduced
                        else "the speaker just before."
                    )
                ],
            )
        return None

    def _continue(
        self,
        found: Sequence[Found],
        sentences: Sequence[tuple[int, int]],
        per_sentence: Sequence[list[Found]],
        index: int,
        local: Sequence[Sequence[tuple[int, int]]],
    ) -> None:
        """Later sentences that keep reporting the same speaker join the statement.

        Not on an opinion page, where the sentence after a report is the author's; and
        a sentence in the first person singular, or naming someone else, ends it. A
        sentence whose subject is the country or bloc the speaker speaks for ("ASEAN
        appreciates ...", after "Kao said that ...") still reports the speaker.
        """
        work = self.work
        if self.opinion:
            return
        candidates = [f for f in found if f.extend and f.end >= sentences[index][1] - 1]
        if not candidates:
            return
        f = candidates[-1]
        item = next(
            (i for i in reversed(self.items) if i.start == f.start and i.end == f.end), None
        )
        if item is None:
            return
        for k in range(index + 1, min(len(sentences), index + 6)):
            s0, s1 = sentences[k]
            text = work[s0:s1]
            lowered = text.lower()
            if text[:1] in '"\u201c\u2018' or text.rstrip().endswith(("?", ":")):
                return
            if per_sentence[k] and not self._speaks_for(per_sentence[k], item, s0):
                return
            if any(s0 <= qa < s1 and not work[s0:qa].strip() for qa, _ in local[k]):
                return
            if lowered.startswith(COMMENT_STARTS) or _starts_with_person(lowered):
                return
            outside = _unquoted(work, s0, s1, local[k])
            if item.mode is not Mode.DIRECT_QUOTE and _FIRST_SINGULAR.search(outside):
                return  # "I do not dismiss it": the writer, not the speaker
            if _OWN_CUE.search(outside):
                return  # "The 10 member states said B": a report of its own, if unread
            if self._someone_else(s0, s1, item.speaker, local[k]):
                return  # "Asked about that, Kao was measured."
            if self._other_subject(s0, s1, item.speaker):
                return  # "The board rejected that argument."
            cued = bool(per_sentence[k])  # "ASEAN appreciates ...": the speaker's side
            plain = not cued and item.mode is not Mode.DIRECT_QUOTE
            if plain and not self._still_reported(s0, s1, outside):
                return  # "It did not comment.", "The stock rose 3 per cent.": the writer's
            per_sentence[k].clear()
            item.end = s1
            if any(s0 <= qa < s1 for qa, _ in local[k]) and item.mode is Mode.REPORTED:
                item.mode = Mode.PARTIAL_QUOTE

    def _still_reported(self, s0: int, s1: int, outside: str) -> bool:
        """Whether a sentence after a report, with no cue of its own, still gives what was
        said (when in doubt, it does not): the modal of what was said or proposed ("The
        upgrade will optimize ..."), the speaker's "we", "This includes ...", or a state,
        a bloc or both sides that have, are or remain something, as a readout goes on
        ("China has always regarded ASEAN as a priority"). A plain past, or a denial ("It
        did not comment", "China does not recognize the ruling"), is the writer's."""
        if _STILL_REPORTED.search(outside) or _ELABORATION.match(outside):
            return True
        if _DENIAL.search(outside):
            return False
        if _PRONOUN_STANCE.match(outside):
            return True  # "Malaysia said ... It remains committed to the target."
        if not _STANDING.search(outside) or _YEAR_IN.search(outside):
            return False  # "Manila has filed 200 protests since 2022": the writer's record
        if _BOTH_SIDES.match(outside):
            return True  # "Both sides have asked their officials to report ..."
        return any(e.kind == "state" or self._bloc(e) for e in self.registry.within(s0, s1))

    def _speaks_for(self, found: Sequence[Found], item: _Item, s0: int) -> bool:
        """Whether the reports of a sentence are the country or bloc of the person being
        reported, in the present tense ("ASEAN appreciates ...", "China supports ...")."""
        if item.speaker.kind != "person" or item.mode is Mode.DIRECT_QUOTE:
            return False
        for f in found:
            mention = f.mention
            cue = (f.cue or "").split()
            if mention is None or mention.start != s0 or f.how != "leading" or not cue:
                return False
            if not cue[-1].endswith("s") or cue[-1].endswith("ss"):
                return False
            entities = self.registry.within(mention.start, mention.end)
            if not entities or not all(e.kind == "state" or self._bloc(e) for e in entities):
                return False
        return True

    def _other_subject(self, s0: int, s1: int, speaker: _Speaker) -> bool:
        """Whether the sentence opens with a body or person named or described, other than
        ``speaker`` ("The board ...", "Andaman Cold Chain did not respond")."""
        toks = tokens(self.work, s0, min(s1, s0 + 200))
        if not toks:
            return False
        found = np_after(self.work, toks, 0, len(toks))
        if found is None or found.start != toks[0].start:
            return False
        if found.text.lower() in SENTENCE_ADVERBS | {"together"}:
            return False  # "Together they can cultivate ...": an adverb, no one else
        if found.kind is MentionKind.TITLE and found.head not in ORG_HEADS | _PERSON_HEADS:
            return False
        if found.kind not in {MentionKind.NAME, MentionKind.TITLE, MentionKind.COLLECTIVE}:
            return False  # "Officials were not available for comment." is not the speaker's
        words = {w.lower() for w in found.text.split()} - DETERMINERS - {"the"}
        said = {w.lower() for w in speaker.name.split()}
        if words & said:
            return False
        if speaker.id is not None:
            actor = self.resolver.actor(_strip_words(found.text, DETERMINERS))
            if actor is not None and actor.id == speaker.id:
                return False
        # "Vietnam will ...": the speaker's country, read as theirs
        entities = self.registry.within(found.start, found.stop)
        country = any(e.kind == "state" or self._bloc(e) for e in entities)
        return not (country and speaker.kind == "person")

    def _bloc(self, entity: Entity) -> bool:
        actor = self.resolver.actor(entity.actor) if entity.actor else None
        return actor is not None and actor.kind.value == "intergovernmental_organisation"

    def _someone_else(
        self, s0: int, s1: int, speaker: _Speaker, quotes: Sequence[tuple[int, int]]
    ) -> bool:
        """Whether the sentence names a person other than ``speaker``, outside quotations."""
        for entity in self.registry.within(s0, s1):
            if entity.kind != "person" or not entity.name[:1].isupper():
                continue
            if entity.actor is not None and entity.actor == speaker.id:
                continue
            if entity.name == speaker.name or set(entity.name.split()) <= set(speaker.name.split()):
                continue
            at = self.work.find(entity.name.split()[-1], s0, s1)
            if at >= 0 and not inside(at, quotes):
                return True
        subject = _NAMED_SUBJECT.match(self.work, s0, s1)
        if subject is not None and not inside(subject.start("name"), quotes):
            # "By Monday evening, Li Wei had posted again": someone else acts
            name = subject["name"]
            if not set(name.split()) & set(speaker.name.split()):
                actor = self.resolver.actor(name)
                return actor is None or actor.kind is ActorKind.PERSON
        return False

    # -- authored text --------------------------------------------------------------

    def _authored(self) -> None:
        """Opinion pages: each paragraph of a contributor's text is theirs, dated by
        publication; an editor's note is the outlet's."""
        paragraphs = self.paragraphs
        if not self.opinion:
            return
        work = self.work
        author: _Speaker | None = None
        byline: _Speaker | None = None
        editors_note = False
        for n, p in enumerate(paragraphs):
            text = work[p.start : p.end]
            if p.kind is Kind.CONTRIBUTOR and p.name:
                author = self._author(p.name, p.start)
                continue
            if p.kind is Kind.BYLINE and p.name and byline is None:
                if _staff_byline(p.name):
                    continue  # "By Our Political Editor": the paper's staff, no one named
                byline = self._author(
                    _strip_title(p.name, trailing=True), p.start + text.find(p.name)
                )
                continue
            if text.lower().startswith(("editor's note", "editor\u2019s note", "editors' note")):
                editors_note = True
                if p.kind is not Kind.CONTENT:
                    continue
            if p.kind is not Kind.CONTENT or n in self.answers:
                continue
            writer = author or byline
            lowered = text.lower()
            if lowered.startswith(("the author", "the writer", "the views")):
                continue
            if writer is not None and lowered.startswith(writer.name.lower() + " "):
                continue  # "X is ...", "X teaches trade policy at ...": the author's note
            if editors_note:
                editors_note = False
                writer = self._outlet_in(p)
                if writer is None:
                    continue
            if writer is None:
                continue
            a, b = self._run_of_statements(p)
            if len(work[a:b].split()) < 8:
                continue
            item = _Item(
                start=a,
                end=b,
                speaker=writer,
                mode=Mode.AUTHORED,
                cue=None,
                confidence=0.8,
                notes=["The author's own text in an opinion piece."],
            )
            if self.publication is not None:
                item.said_on, item.basis = self.publication, DateBasis.PUBLICATION
            self.items.append(item)

    def _author(self, name: str, at: int) -> _Speaker:
        start = self.work.find(name, at)
        mention = Mention(
            start=start, end=start + len(name), text=name, kind=MentionKind.NAME, head=name.lower()
        )
        actor = self.resolver.actor(name)
        return _Speaker(
            name=name,
            id=actor.id if actor else None,
            kind="person",
            mention=mention if start >= 0 else None,
        )

    def _outlet_in(self, p: Paragraph) -> _Speaker | None:
        for entity in self.registry.within(p.body, p.end):
            if entity.kind == "outlet":
                start = self.work.find(entity.name, p.body, p.end)
                if start < 0:
                    start = self.work.find(_strip_words(entity.name, DETERMINERS), p.body, p.end)
                mention = None
                if start >= 0:
                    mention = Mention(
                        start=start,
                        end=start + len(entity.name),
                        text=self.work[start : start + len(entity.name)],
                        kind=MentionKind.NAME,
                        head="",
                    )
                return _Speaker(
                    name=entity.name,
                    id=entity.actor,
                    kind="org",
                    mention=mention,
                    note="The editor's note, written by the outlet.",
                )
        return None

    def _run_of_statements(self, p: Paragraph) -> tuple[int, int]:
        """The paragraph's first run of sentences that are not questions."""
        quotes = pair_quotes(self.work, p.body, p.end)
        sentences = split_sentences(self.work, p.body, p.end, quotes)
        start = end = None
        for s0, s1 in sentences:
            if self.work[s0:s1].rstrip(' "\u201d').endswith("?"):
                if start is not None:
                    break
                continue
            start = s0 if start is None else start
            end = s1
        if start is None or end is None:
            return p.body, p.body
        return start, end

    # -- names given after the description -------------------------------------------

    def _named_later(self) -> None:
        """A person described first and named after ("A woman who runs a shop said ...
        She asked to be identified only by her nickname, Noi"; "A trader ..., who gave
        only his surname, Zhou, insisted"): their statements carry the name from where
        the description starts."""
        work = self.work
        described = sorted(
            (i for i in self.items if i.speaker.name.split()[:1] in (["A"], ["An"], ["One"])),
            key=lambda i: i.start,
        )
        if not described:
            return
        for count, match in enumerate(_GIVEN_NAME.finditer(work)):
            if count >= 100:
                break  # a feature names a handful of people so; more is not prose
            at = match.start()
            if any(i.start <= at < i.end for i in self.items):
                continue  # "... that the pact, known as ACFTA 3.0, ...": said of a thing
            before = [i for i in described if i.speaker.mention and i.speaker.mention.start < at]
            if not before:
                continue
            person = before[-1].speaker
            if person.mention is None or at - person.mention.start > 600:
                continue
            # the same person under a shorter or longer description ("A woman", "A
            # woman in her thirties who runs a shop"), from where it is first given
            chain = [
                i.speaker
                for i in before
                if _same_description(i.speaker.name, person.name)
                and i.speaker.mention is not None
                and person.mention.start - i.speaker.mention.start < 600
            ]
            first = min(sp.mention.start for sp in chain if sp.mention is not None)
            name = match["name"]
            for item in self.items:
                mention = item.speaker.mention
                if mention is None or not first <= mention.start <= at + 600:
                    continue
                if not _same_description(item.speaker.name, person.name):
                    continue
                item.speaker = attrs.evolve(
                    item.speaker,
                    name=name,
                    note=f"{item.speaker.name!r} is named later in the text as {name}.",
                )

    # -- dates across statements ----------------------------------------------------

    def _carry_dates(self) -> None:
        """A speaker's undated statements share the date the text gave an earlier one.

        The date is still one the text states, with the same words as evidence; which
        event it was (the guide's ``event`` basis) is for the person reviewing to say.
        """
        self.items.sort(key=lambda i: (i.start, -i.end))
        last: dict[str, _Item] = {}
        for item in self.items:
            key = item.speaker.id or item.speaker.name.lower()
            if item.said_on is None and item.basis is DateBasis.UNKNOWN and key in last:
                source = last[key]
                item.said_on, item.basis = source.said_on, DateBasis.STATED
                item.evidence = source.evidence
                item.notes.append(
                    f"Date carried from the speaker's earlier statement ({source.evidence!r}): "
                    "check that it is the same occasion."
                )
            if item.basis is DateBasis.STATED:
                last[key] = item

    # -- output ---------------------------------------------------------------------

    def matcher(self) -> TopicMatcher:
        """The corpus's topics, ready to match (made once per article)."""
        if self._matcher is None:
            self._matcher = TopicMatcher(self.corpus.topics)
        return self._matcher

    def _suggestions(self) -> tuple[Suggestion, ...]:
        text = self.text
        matcher = self.matcher()
        named_ids = {e.actor for e in self.registry.entities if e.actor is not None}
        named = {" ".join(e.name.lower().split()) for e in self.registry.entities}
        seen: set[tuple[str, str]] = set()
        out = []
        spans: list[tuple[_Item, int, int]] = []
        for item in self.items:
            a, b = item.start, item.end
            while a < b and self.work[a].isspace():
                a += 1
            while b > a and self.work[b - 1].isspace():
                b -= 1
            if b <= a:
                continue
            a, b = widen(text, a, b)
            a, b = _without_stage_notes(text, a, b)
            if b > a:
                spans.append((item, a, b))
        # a pull quote repeats words the running text gives with their context: the
        # running text's statement is the one to cite ("WHAT THEY SAID" boxes)
        running = " \n ".join(
            " ".join(text[a:b].lower().split()) for item, a, b in spans if not item.pulled
        )
        for item, a, b in spans:
            body = text[a:b]
            words = " ".join(body.lower().split())
            if item.pulled and len(words) >= 20 and words.rstrip(".!?,") in running:
                continue
            key = (item.speaker.id or item.speaker.name.lower(), words)
            if key in seen:
                continue
            seen.add(key)
            mention = item.speaker.mention
            verbatim = item.mode in {Mode.DIRECT_QUOTE, Mode.AUTHORED}
            out.append(
                Suggestion(
                    span=Span(a, b),
                    text=body,
                    speaker=_as_label(" ".join(item.speaker.name.split())),
                    speaker_id=item.speaker.id,
                    mention=text[mention.start : mention.end] if mention is not None else None,
                    mention_span=Span(mention.start, mention.end) if mention is not None else None,
                    mode=item.mode,
                    verbatim=verbatim,
                    cue=" ".join(item.cue.split()) if item.cue else None,
                    said_on=item.said_on,
                    date_basis=item.basis,
                    date_evidence=item.evidence,
                    topics=matcher.match(body),
                    attribution=item.attribution
                    or attribution(
                        name=item.speaker.name,
                        speaker_id=item.speaker.id,
                        mention=mention,
                        sure=item.speaker.sure,
                        mode=item.mode,
                        cue=item.cue,
                        alias=self._alias,
                        named_in_text=lambda i, n: (
                            i in named_ids
                            or " ".join(n.lower().split()) in named
                            or (i is None and n in self.work)  # "Noi", named later
                        ),
                    ),
                    confidence=max(0.0, min(1.0, item.confidence)),
                    note=" ".join(item.notes) or None,
                )
            )
        out.sort(key=lambda s: (s.span.start, s.span.end))
        return tuple(out)

    def _alias(self, name: str) -> str | None:
        actor = self.resolver.actor(name)
        return actor.id if actor is not None else None


_LETTERS_PAGE = re.compile(
    r"\b(?:letters?\s+(?:to|from)\s+the\s+editor|letters?\s+of\s+the\s+day|your\s+letters"
    r"|readers['\u2019]?\s+letters|letters\s+page|mailbag|mailbox|readers\s+write|your\s+say"
    r"|^[ \t]*letters[ \t]*$)\b",
    re.IGNORECASE | re.MULTILINE,
)
"""A page header that says the page holds readers' letters."""
_SIGNATURE = re.compile(
    r"(?:[\u2014\u2013-]{1,2}[ \t]*)?(?:(?:Dr|Mr|Mrs|Ms|Mdm|Prof)\.?[ \t]+)?"
    r"(?P<name>[A-Z][\w'\u2019.-]+"
    r"(?:[ \t]+(?:[A-Z][\w'\u2019.-]+|bin|binti|de|van|von|al|a/l|a/p|d/o|s/o)){1,5})"
    r"[ \t]*(?:[,\n][^\n.!?]{1,60})?$"
)
"""A letter's signature: a name on its own, perhaps with a place after it."""
_ISSUER = re.compile(
    r"(?:About(?:\s+the)?|SOURCE)[ \t]+(?P<org>[A-Z][\w&.,'\u2019 -]{1,80}?)"
    r"(?:[ \t]+(?:Pte|Ltd|Inc|Co|Corp|Bhd|Berhad|LLC|PLC|Limited|S\.A)\.?)*[ \t]*$"
)
"""The line of a press release that names its issuer ("About X", "SOURCE X")."""
_SOUNDBITE = re.compile(
    r"SOUNDBITE\)?\s*(?:\([^()\n]{1,30}\)\s*)*(?P<who>[^:\n]{3,160}?),?\s+SAYING\s*:\s*$"
)
"""A video script's soundbite line: "(SOUNDBITE) (English) TITLE, NAME, SAYING:"."""
_ITEM_LABEL = re.compile(r"[A-Z][\w&'\u2019()-]*(?:[ \t]+[\w&'\u2019()-]+){0,5}:[ \t]+(?=[A-Z])")
"""The short label that opens an item of a list ("Economic Integration: Discussions ...")."""
_LIST_ITEM = re.compile(r"[ \t]*(?:[-\u2022\u00b7*\u2013]|\d{1,2}[.)]|\([a-z0-9]\))[ \t]+(?=\S)")
"""The marker that opens an item of a list."""
_FRONTED_MEETING = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:When|After|As|While|Once)\s+(?:I|we)\s+(?:first\s+|last\s+)?"
    r"(?:met|visited|interviewed|saw|called on|spoke to|spoke with|talked to|asked)\s+"
    r"(?P<met>[^,.;:?!\n]{3,120}),\s*",
    re.MULTILINE,
)
"""A clause that opens a sentence and meets someone, up to the comma before the main
clause's subject ("When I met the ASEAN Secretary-General in Jakarta, ")."""
_WHERE_MET = re.compile(r"\s(?:in|at|on|during|last|this|earlier|after|before|for)\s")
"""Where the one met is followed by where or when ("the minister | in Jakarta")."""
_NUMBERS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
"""Numbers written as words, as a heading or a group's name counts."""
_QUESTIONS_FOR = re.compile(
    rf"[ \t#*]*(?P<count>{'|'.join(_NUMBERS)}|\d{{1,2}})\s+questions?"
    r"\s+(?:for|to|with)\s+(?P<name>[A-Z][^\n:?!]{2,80}?)[ \t*:]*",
    re.IGNORECASE,
)
"""A heading over a box of questions to one person ("Three questions for Dr X")."""
_DASHED_ANSWER = re.compile(r"[ \t]*[-\u2013\u2014][ \t]+\S")
"""An answer opening with a dash and a space ("- I don't think so")."""
_DASH_CREDIT = re.compile(
    r"[ \t]*(?:[\u2014\u2013\u2015]{1,2}|--|-(?=[ \t]))[ \t]*(?P<who>[A-Za-z][^,;(\n]{2,80})"
)
"""The credit line under a quotation: "— Senator Ana Cruz, at a forum", "- Dr. X"."""
_ROSTER = re.compile(r":\s*(?:Mr|Mrs|Ms|Dr|H\.E)\.?\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*,\s+[A-Z]")
"""A line listing who attended, each with a title ("Present: Mr. X, Minister of ...")."""
_SOUND_BITE = re.compile(
    r"[ \t]*(?:SOT|SOUNDBITE|SOUND ?BITE|BITE|SYNC|GRAB)(?:/[A-Z]+)?[ \t]*[:\-][ \t]*"
    r"(?P<name>[A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*){0,4})(?:[ \t]*,[^\n]*)?[ \t]*"
)
"""A broadcast script's line naming who speaks in the sound bite below it."""
_SCRIPT_LABEL = re.compile(r"[ \t]*(?:\[|\(|[A-Z][A-Z .'/()-]{1,40}:)")
"""A script's next labelled line ("VO:", "SUPER:", "[TAKE PKG]") ends a sound bite."""
_NAMED_SUBJECT = re.compile(
    r"(?:[A-Z][^,.;:\"\u201c]{0,40},\s+)?(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2})\s+"
    r"(?:had|has|have|was|were|is|are|will|would|[a-z]{3,}ed)\b"
)
"""A sentence whose subject, after an opening phrase, is a two- or three-word name."""
_FRONTED_OPENERS = frozenset(
    {"on", "in", "at", "during", "after", "before", "earlier", "later", "last", "yesterday"}
)
"""Words opening a phrase of time or place put before a sentence's subject ("On Friday,")."""

_IN_PASSING = (["with"], ["to"], ["from"], ["of"], ["for"], ["by"], ["and"], ["between"])
"""The word before a description that mentions someone in passing ("a deal with one
grower"), not as the subject who acts and may speak next."""
_WIRE_UPDATE = re.compile(
    r"\s*\((?:ATTN\s*:\s*)?(?i:Adds|Updates|Recasts|Corrects|Rewrites|Changes|Removes|Fixes"
    r"|Refiles|Inserts)\b"
)
"""A wire story's note on what its update changed ("(Adds comment from ...)")."""
_WHO = re.compile(r",?\s+who\b")
"""A relative clause that describes someone anew ("the official who briefed ...")."""
_DESCRIBED_AS = re.compile(r",\s+an?\s+(?:[\w-]+\s+){0,2}?([a-z]+)\b")
"""What an appositive after a name says it is (", a durian trader")."""
_PLACED = (["in"], ["at"], ["near"], ["from"], ["to"])
"""The word before a name that makes it a place ("in Kuala Lumpur")."""
_SENTENCE_ENDS = re.compile(r"[.!?][\"\u201d\u2019]?(?:\s|$)")
_ASKING = ("question", "ask", "wonder")
QUOTE_OPENERS = '"\u201c'
_INTERVIEW_INTRO = re.compile(
    r"\b(?:edited\s+)?excerpts?\b|\binterview(?:ed)?\b|\bconversation\s+with\b"
    r"|\b(?:spoke|talked|speaks|talks)\s+(?:to|with)\b|\bsat\s+down\s+with\b|\bQ\s*&\s*A\b",
    re.IGNORECASE,
)
"""What an introduction says when questions and answers follow."""
_BOLD_QUESTION = re.compile(r"(?:\*\*|__)[^*_\n]{3,300}\?(?:\*\*|__)")
"""A question set wholly in bold, as interviews print their questions."""
_DOTTED = re.compile(r"(?:\*\*)?([QA])\.(?:\*\*)?[ \t]+(?=\S)")
_OUR_STAFF = re.compile(
    r"(?i:our|my)\s+(?:own\s+)?(?:research\s+)?(?:researchers?|team|staff|analysts?|economists?"
    r"|reporters?|correspondents?|editors?|journalists?|authors?|colleagues\s+at\s+\w+)"
)
"""The publisher's own people ("Our researchers found", "our correspondent reported")."""
_NO_ONE = frozenset({"none", "nobody", "neither", "no", "nor"})
_INTERVIEWED = re.compile(
    r"\b(?:spoke|talked|speaks|talks)\s+(?:to|with)\b|\binterview(?:ed)?\b|\bsat\s+down\s+with\b"
    r"|\bconversation\s+with\b"
)
_ASKERS = frozenset(
    {"we", "i", "reporter", "correspondent", "editor", "writer", "journalist", "interviewer"}
    | {"host", "podcast", "magazine", "newspaper", "monthly", "weekly", "daily", "times"}
)
"""Last words before "spoke to" that make the subject the one who asks."""
_PERSON_NAME = re.compile(
    r"(?<![\w'\u2019-])[A-Z][a-z][\w'\u2019-]*(?:[ \t]+[A-Z][a-z][\w'\u2019-]*){1,3}"
)
"""A personal name written out: two to four capitalised words."""
_SPONSOR = re.compile(
    r"\b(?:(?:is|are)\s+brought\s+to\s+you\s+by"
    r"|(?:episode|show|newsletter|issue|podcast|segment)\s+is\s+sponsored\s+by"
    r"|a\s+(?:quick\s+)?word\s+from\s+(?:our|today['\u2019]s)\s+sponsors?"
    r"|(?:our|today['\u2019]s)\s+sponsors?\s+(?:is|are|this))\b",
    re.IGNORECASE,
)
"""A paragraph that announces a sponsor's advertisement."""


def _without_legal_form(name: str) -> str:
    """A company's name without its legal form, lowercased ("Orchid Freight Berhad")."""
    words = name.lower().replace(",", " ").split()
    while len(words) > 1 and words[-1].rstrip(".") in _LEGAL_FORMS:
        words.pop()
    return " ".join(words)


_LEGAL_FORMS = frozenset(
    {"ltd", "inc", "co", "corp", "bhd", "berhad", "llc", "plc", "limited", "pte", "holdings"}
)
_RULINGS = frozenset({"decision", "ruling", "judgment", "judgement", "verdict"})
_BENCHES = frozenset({"court", "tribunal", "commission", "panel", "board", "bench", "division"})
_RELEASE = re.compile(
    r"press release|news provided by|media (?:contact|enquiries|inquiries)|for media"
    r"|^\s*(?:-+\s*ends\s*-+|###)\s*$|/\s*PRNewswire|/\s*\w+ Newswire|^SOURCE ",
    re.IGNORECASE | re.MULTILINE,
)
"""Marks of a press release, whose "About X" section names its issuer."""
_DESCRIBING = frozenset({"a", "an", "the", "one", "another", "this", "that"})


def _a_question(f: Found) -> bool:
    """Whether ``f`` reports a question ("asked whether ...", "questioned whether")."""
    return (f.cue or "").split()[:1] in (["asked"], ["asks"], ["questioned"], ["wondered"])


def _only_asks(work: str, f: Found) -> bool:
    """Whether ``f`` is a question reported as one ("asked whether ...", "wondered why
    ..."): not "questioned whether ..." (a challenge), nor a quoted question."""
    asked = (f.cue or "").split()[:1] in (["asked"], ["asks"], ["wondered"])
    return (
        asked and f.mode is not Mode.DIRECT_QUOTE and _WH_OPENING.match(work, f.start) is not None
    )


def _an_answer(f: Found) -> bool:
    """Whether ``f`` is an answer given by a pronoun ("..., he replied")."""
    answering = (f.cue or "").split()[:1] in (["answered"], ["replied"], ["responded"])
    return answering and f.mention is not None and f.mention.kind is MentionKind.PRONOUN


_WH_OPENING = re.compile(r"(?:whether|if|why|what|how|when|where|who|which)\b", re.IGNORECASE)
"""The word that opens a reported question."""
_POSSESSIVE_PRONOUNS = {"its": "it", "their": "they", "his": "he", "her": "she"}
_SPOKESPEOPLE = frozenset({"spokesperson", "spokesman", "spokeswoman", "spokespeople"})
_AUDIENCE_END = re.compile(
    r"\s*[\[(](?:[A-Z][a-z]+\s+)?(?:[Aa]pplause|[Ll]aughter|[Cc]heers)[\])]\s*$"
)
"""An audience marker closing a paragraph of a speech as delivered."""


def _credited(credit: re.Match[str] | None) -> Mention | None:
    """The person a credit line under a quotation names ("— Senator Ana Cruz, at a
    forum"), or ``None`` when it names none: "— With reporting by ...", a photo credit,
    an agency signing off after a hyphen ("- Bernama", "-- MNA")."""
    if credit is None or ":" in credit["who"]:
        return None
    written = _strip_title(credit["who"].strip())
    words = written.split()
    described = len(words) - next(
        (n for n, w in enumerate(reversed(words)) if not w[:1].isupper()), len(words)
    )
    lowered = all(w.islower() for w in words[1:described])
    if 1 <= described - 1 <= 3 and len(words) - described >= 2 and lowered:
        # "- Shipping consultant Kendall Alleyne": the name after a lowercase description
        written = " ".join(words[described:])
        words = words[described:]
    if not words or len(words) > 6 or not all(w[:1].isupper() for w in words):
        return None
    if credit.group(0).lstrip()[:1] == "-" and len(credit["who"].split()) < 2:
        return None  # "- Bernama": a hyphen signs off with an agency's one word
    at = credit.start("who") + credit["who"].find(written)
    return Mention(
        start=at, end=at + len(written), text=written, kind=MentionKind.NAME, head=written
    )


def _kind_of_name(name: str) -> str:
    """What a name the article and the corpus say nothing else about names: a body if it
    is an acronym ("ESCAP") or has a body's word ("... Commission for Asia"), else a
    person."""
    parts = name.split()
    if len(parts) == 1 and parts[0].isupper() and 2 <= len(parts[0]) <= 8:
        return "org"
    return "org" if any(p.lower() in ORG_HEADS for p in parts) else "person"


_PART_OF = frozenset({"of", "in", "among", "at", "from"})
_ANOTHER_WORDS = frozenset({"other", "another", "second", "third", "fourth", "fifth", "different"})
_REPRODUCED = re.compile(
    r"(?i:(?:the\s+)?(?:full\s+|prepared\s+|written\s+|official\s+)?"
    r"(?:statement|response|reply|letter|submission)\s+(?:of|by|from))\s+"
    r"(?P<name>[A-Z][^\n]{1,100}?)(?:\s+(?i:to|on|regarding|concerning)\s+[^\n]{1,120})?"
)
"""A heading naming whose document follows: "RESPONSE OF PT X TO THE OPEN LETTER OF 3
MARCH", "Prepared Statement of Linh Tran"."""

_THANKS = re.compile(r"[^.!?]{0,120}?\b(?:thanks|thank)\b[^.!?]{0,200}?\bfor\b")
"""A sentence that thanks someone for something: a courtesy."""


def _capitalised(words: Sequence[str]) -> bool:
    """Whether words are a name of two words or more, each capitalised but the small
    words a name holds ("Ministry of Trade"; not "To be confirmed")."""
    return len(words) >= 2 and all(w[:1].isupper() for w in words if w.lower() not in CONNECTORS)


def _after_titles(text: str) -> str:
    """A name without the honorifics and abbreviated titles before it: "Assoc. Prof.
    Dr. Nguyen Hoang Nam" is "Nguyen Hoang Nam"; "PT Batu Hijau" stays whole."""
    parts = text.split()
    while len(parts) > 2 and (parts[0].lower().strip(".") in HONORIFICS or parts[0][-1] == "."):
        parts.pop(0)
    return " ".join(parts)


_LISTED_ROLES = frozenset({"moderator", "chair", "chairperson", "rapporteur", "facilitator"})
"""Roles a programme or report lists with their holder ("Moderator: Dr. X")."""
_ROLE_LINE = re.compile(
    r"^[ \t]*(?P<role>moderator|chair|chairperson|rapporteur|facilitator)s?[ \t]*:[ \t]*"
    r"(?P<name>[^\n]{3,120})$",
    re.IGNORECASE | re.MULTILINE,
)
_ROLE_NAME_END = re.compile(r"\s*[(;,\u2013\u2014]|\s+-\s")
"""Where the holder's name ends on a role line: an affiliation in brackets, the next."""

_COUNTS = frozenset(_NUMBERS)
"""Numbers that open a group's name ("Two officials familiar with the talks")."""

_QUANTITIES = frozenset(
    {"third", "quarter", "half", "fifth", "tenth", "majority", "minority", "few", "handful"}
    | {"number", "dozen", "couple", "lot", "host", "fraction", "share", "portion"}
)


def _from_the_owner(office: str) -> str:
    """ "Ana Lopez's husband" of "Board member Ana Lopez's husband": the one named by
    a relation to a person starts at that person's name, whose title is theirs."""
    words = office.split()
    owned = next((n for n, w in enumerate(words) if w.endswith(("'s", "\u2019s"))), None)
    if owned is None or not words[owned][:1].isupper():
        return office
    first = owned
    while first > 0 and words[first - 1][:1].isupper():
        first -= 1
    if first == 0 or not any(w.islower() for w in words[:first]):
        return office  # "Kao Kim Hourn's spokesman", "Prime Minister Anwar's aide"
    if words[first - 1].lower() in {"of", "for", "to", "and", "in", "on", "at", "the", "&"}:
        return office  # "Ministry of Labour's provincial office": one name
    return " ".join(words[first:])


def _possessor(text: str, name: str) -> bool:
    """Whether ``name`` owns the one ``text`` names ("Ana Lopez" in "Ana Lopez's
    husband", "Kao's spokesman"), who is someone else."""
    at = text.find(name)
    rest = text[at + len(name) :] if at >= 0 else ""
    return rest[:2] in {"'s", "\u2019s"} and bool(rest[2:].strip())


def _in_portfolio(text: str, name: str) -> bool:
    """Whether ``name`` is an item of the list an office's portfolio is in ``text``
    ("Food" in "the Minister for Agriculture, Food and the Marine"), not a name."""
    at = text.find(name)
    before, after = text[:at], text[at + len(name) :]
    listed = before.endswith(", ") and after.startswith((" and ", ", "))
    return at > 0 and listed and re.search(r"\b(?:for|of)\b", before) is not None


def _written_at(work: str, at: int, name: str) -> Mention:
    """The mention of ``name`` as the text writes it from ``at`` (a label, a post's
    account name)."""
    return Mention(
        start=at,
        end=at + len(name),
        text=work[at : at + len(name)],
        kind=MentionKind.NAME,
        head=name.lower(),
    )


def _named_at(match: re.Match[str], group: str) -> Mention:
    """The name a regex found in the article, as a mention."""
    text = match[group]
    return Mention(
        start=match.start(group),
        end=match.end(group),
        text=text,
        kind=MentionKind.NAME,
        head=text.split()[-1].lower(),
    )


def _entity_speaker(entity: Entity, mention: Mention, note: str) -> _Speaker:
    """The speaker an entity of the article is, read from ``mention`` (not sure)."""
    return _Speaker(
        name=entity.name,
        id=entity.actor,
        kind=entity.kind,
        mention=mention,
        sure=False,
        note=note,
    )


def _company(speaker: _Speaker) -> bool:
    """Whether a speaker is a body that is not a state's government ("Petronas",
    "Vietnam Airlines"; not "Vietnam's foreign ministry" nor "the Ministry of Trade")."""
    one_word = speaker.kind == "person" and " " not in speaker.name.strip()  # "Petronas"
    if not (speaker.kind == "org" or one_word) or _OWNER.match(speaker.name):
        return False
    return not set(speaker.name.lower().split()) & _GOVERNMENT_WORDS


_GOVERNMENT_WORDS = frozenset(
    {"ministry", "government", "office", "embassy", "department", "cabinet", "presidency"}
    | {"authority", "commission", "bureau", "agency", "administration", "customs", "police"}
    | {"parliament", "senate", "assembly", "court", "council", "secretariat"}
)


def _another(mention: Mention) -> bool:
    """Whether a description marks someone new ("the other diplomat", "a second
    official"), who is not the one just described."""
    return bool({w.lower() for w in mention.text.split()[:3]} & _ANOTHER_WORDS)


_STAGE_NOTE = rf"\[\d{{1,2}}:\d{{2}}(?::\d{{2}})?\]|[\[(](?:[A-Za-z]+\s)?(?:{STAGE_NOTES})[\])]"
_LEADING_NOTES = re.compile(rf"(?:(?:{_STAGE_NOTE})\s*)+", re.IGNORECASE)
_TRAILING_NOTES = re.compile(rf"(?:\s*(?:{_STAGE_NOTE}))+$", re.IGNORECASE)


def _without_stage_notes(text: str, a: int, b: int) -> tuple[int, int]:
    """``[a, b)`` without a transcript's time stamps and stage notes at either end
    ("[00:03:20] The real risk is ...", "... in hours. [laughs]")."""
    lead = _LEADING_NOTES.match(text, a, b)
    if lead is not None:
        a = lead.end()
    tail = _TRAILING_NOTES.search(text, max(a, b - 120), b)  # a bounded look at the end
    if tail is not None:
        b = tail.start()
    return a, b


def _unshout(label: str) -> str:
    """A label in capitals as a name is written ("MINISTER LEE" is "Minister Lee",
    "ROSALINA DE GUZMAN" "Rosalina de Guzman", "CHINA'S COMMERCE MINISTRY" "China's
    Commerce Ministry"); an outlet's initials stay as they are ("AFP", "CCTV"), and so do
    words with a full stop ("B.C.")."""
    if not label.isupper() or label.lower() in OUTLET_HEADS:
        return label
    out = []
    for n, word in enumerate(label.split()):
        if n and word.lower() in _SMALL_IN_NAMES:
            out.append(word.lower())
        elif "." in word:
            out.append(word)
        else:
            out.append("-".join(_capitalise(part) for part in word.split("-")))
    return " ".join(out)


_SMALL_IN_NAMES = frozenset(
    {"and", "of", "the", "for", "de", "da", "del", "della", "di", "dos", "das", "du"}
    | {"van", "von", "der", "den", "bin", "binti", "la", "le", "in", "on", "at", "to"}
)
"""Words a name written in capitals has in lower case when it is written as a name."""


def _capitalise(word: str) -> str:
    """ "CHINA'S" is "China's", "O'BRIEN" "O'Brien", "MCKAY" "McKay"; a body's initials
    stay in capitals ("ASEAN", "WTO")."""
    if word.strip(",.") in ACRONYMS:
        return word
    first, *rest = re.split(r"(['\u2019])", word)
    if len(first) > 3 and first.startswith("MC"):
        first = "Mc" + first[2].upper() + first[3:].lower()
    parts = [first if first.startswith("Mc") else first[:1].upper() + first[1:].lower()]
    for piece in rest:
        parts.append(
            piece
            if piece in "'\u2019"
            else (piece.lower() if len(piece) < 2 else piece.capitalize())
        )
    return "".join(parts)


def _as_label(name: str) -> str:
    """A described speaker without the article the sentence gave it: "senior trade
    official" for "a senior trade official", "South-east Asian diplomat involved in
    the talks" for "One South-east Asian diplomat ..."; a name keeps its "The"."""
    first, _, rest = name.partition(" ")
    if first.lower() not in {"a", "an", "one", "the"} or not rest:
        return name
    words = rest.split()
    part = words[0].lower() in _QUANTITIES and (len(words) == 1 or words[1].lower() == "of")
    if words[0].lower() in _PART_OF or part:
        return name  # "one of the diplomats", "a third of", "a majority": part of a group
    return rest if any(w[:1].islower() for w in words) else name


def _strip_words(text: str, words: frozenset[str]) -> str:
    parts = text.split()
    while len(parts) > 1 and parts[0].lower() in words:
        parts = parts[1:]
    return " ".join(parts)


_EDITORS = re.compile(
    r"(?:[Tt]he\s+)?(.+?)['\u2019]s\s+(?:editors|editorial\s+(?:board|team|writers))"
    r"|(?:[Tt]he\s+)?(?:editors|editorial\s+board)\s+of\s+(?:the\s+)?(.+)"
)
"""An outlet's editors, who speak as the outlet: "East Asia Forum's editors"."""
_OWNER = re.compile(r"(?:[Tt]he\s+)?([A-Z][\w.-]*)['\u2019]s\s")
_FIRM_OWNER = re.compile(r"(?:[Tt]he\s+)?((?:[A-Z][\w.&-]*\s){0,3}[A-Z][\w.&-]*)['\u2019]s\s")
"""The owner of a title: "Indonesia's trade minister"."""


_NAMED_BEFORE = 3000
"""How far back a person named outside any frame is looked for, in characters."""

_NAME_RUN = re.compile(
    r"(?<![\w-])(?:[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?[ ](?:(?:anak|bin|binti|a/[lp])[ ])?)"
    r"{1,3}[A-Z][^\W\d_]+(?![\w-])"
)
"""Two to four capitalised words in a row: a name, or a place, a body, a title; a name
may hold a patronymic's word ("Lina anak Jimbun", "Ahmad bin Ismail")."""

_SENTENCE_OPENERS = frozenset(
    {"The", "A", "An", "This", "That", "These", "Those", "On", "In", "At", "For", "By"}
    | {"But", "And", "Or", "So", "When", "While", "After", "Before", "Since", "If", "As"}
    | {"Her", "His", "Their", "Its", "Our", "My", "She", "He", "They", "It", "We", "I"}
)
_NOT_NAME_WORDS = (
    frozenset(NATIONALITIES)
    | ORG_HEADS
    | OUTLET_HEADS
    | TITLE_HEADS
    | OFFICE_WORDS
    | frozenset(MONTHS)
    | frozenset(WEEKDAYS)
    | frozenset({"street", "road", "gate", "province", "city", "district", "village", "river"})
    | frozenset({"sea", "ocean", "strait", "straits", "gulf", "bay", "canal", "lake", "island"})
    | frozenset({"islands", "peninsula", "mountains", "valley", "delta", "corridor", "port"})
    | frozenset({"asean", "china", "free", "trade", "area", "agreement", "summit", "forum"})
    | frozenset({"kampung", "kg", "jalan", "taman", "bandar", "pulau", "sungai", "bukit"})
    | frozenset({"desa", "ban", "muang", "phum", "khum", "xa", "phuong", "barangay"})
)
"""Words that make a run of capitalised words something other than a person's name,
including the words of places in the region ("Kampung Mongkos", "Ban Nong Khai",
"Barangay San Roque")."""


def _title_words(office: str) -> str:
    """ "Secretary-General" of "the Secretary-General", without nationality words."""
    parts = [w for w in office.split() if w.lower() not in NATIONALITIES]
    return " ".join(parts)


_NAMED_SAYING = re.compile(
    r"[^\n]{0,60}?\b[A-Z][a-z]+[ \t]+[A-Z][\w'\u2019-]+[^\n]{0,100}?\b(?:said|told|wrote|spoke"
    r"|[a-z]+ed)\b"
)
"""The start of a paragraph that may report a person named in full ("The MP for Keta,
Hon. Selasi Agbenu, said"): a name within its first words, then a verb in the past."""


_STAFF_WORDS = frozenset(
    {"our", "a", "an", "the", "own", "staff", "special", "senior", "chief", "political"}
    | {"diplomatic", "business", "economics", "economic", "foreign", "legal", "sports"}
    | {"parliamentary", "regional", "city", "news", "online", "web", "sunday", "weekend"}
    | {"reporter", "reporters", "correspondent", "correspondents", "writer", "writers"}
    | {"editor", "editors", "desk", "bureau", "team", "staffer", "contributor", "analyst"}
)
"""The words of a byline that names no one ("By Our Political Editor", "By A Staff
Reporter", "By Special Correspondent")."""


def _staff_byline(name: str) -> bool:
    """Whether a byline names the paper's staff, not a person ("Our Political Editor",
    not "An Nguyen" or "Special Envoy Hamid Karimov")."""
    words = [w.lower().strip(".,") for w in name.split()]
    return len(words) > 1 and all(w in _STAFF_WORDS for w in words)


def _strip_title(name: str, trailing: bool = False) -> str:
    """A person's name without the titles around it ("ASEAN Secretary-General X" is X)."""
    parts = name.split()
    # "Ms. RATNA KUSUMAWATI": a name in capitals, as records print it, keeps its words
    capitals = all(p.isupper() for p in parts if p.lower().rstrip(".") not in HONORIFICS)

    def titled(word: str) -> bool:
        key = word.lower().rstrip(".")
        return (
            key in OFFICE_WORDS
            or key in TITLE_HEADS
            or key in HONORIFICS
            or key in NATIONALITIES
            or key in OUTLET_HEADS
            or key in {"staff", "desk", "newsroom"}
            or (word.isupper() and len(word) > 1 and not capitals)
        )

    if trailing:
        while len(parts) > 1 and (titled(parts[-1]) or parts[-1].lower() in _AFTER_NAME):
            parts = parts[:-1]
        return " ".join(parts)
    whole = parts
    while len(parts) > 1 and titled(parts[0]):
        parts = parts[1:]
    if parts is not whole and parts[0] in {"for", "of", "to", "at", "in", "on"}:
        # "Ambassador of Indonesia to Cairo Rizal Wiranata": the name after the last
        # place; "Minister for Agriculture, Food and Fisheries": an office, no name
        places = [n for n, p in enumerate(parts) if p.lower().strip(",") in CITIES | COUNTRIES]
        rest = parts[places[-1] + 1 :] if places else []
        if 2 <= len(rest) <= 4 and all(p[:1].isupper() and p.isalpha() for p in rest):
            return " ".join(rest)
        return name
    return " ".join(parts)


_AFTER_NAME = frozenset({"bey", "han\u0131m"})
"""Turkish honorifics, written after the name ("Murat Bey", "Selin Hanim" with a
dotless i), and only there: "Bey Hong Leng" is a name, and the Malay name Hanim has no
dotless i."""


_FIRST_PERSON_FRAME = re.compile(
    r"\b(?:I|we|We)\s+(?:\w+\s+){0,2}(?:told|tell|said|say|asked|ask|wrote|write|replied)"
    r"\b[^.!?]{0,40}[:,]?\s*$"
)
_STILL_REPORTED = re.compile(
    r"\b(?:will|would|should|could|can|cannot|may|might|must|need to|needs to"
    r"|we|We|our|Our|us)\b|'ll\b|\u2019ll\b"
)
"""What keeps a sentence after a report in the report (when in doubt, it is left out):
the modal of what was said or proposed ("The upgrade will optimize rules of origin"),
or the speaker's "we". A plain past or present is the writer's ("It did not comment.",
"Timor-Leste became a member in 2025.")."""
_ELABORATION = re.compile(r"\s*(?:This|These)\s+(?:includes?|means?|involves?|requires?)\b")
"""A sentence that goes on with what the report set out ("This includes bridging the
digital divide")."""
_BOTH_SIDES = re.compile(
    r"\s*(?:Both|The two)\s+(?:sides|parties|countries|leaders|ministers|governments)\b"
)
_PRONOUN_STANCE = re.compile(
    r"\s*(?:It|They|He|She)\s+(?:also\s+|still\s+)?(?:is|are|has|have|remains|remain"
    r"|plans|plan|intends|intend|wants|want|expects|expect|aims|aim|hopes|hope|seeks|seek)\b"
)
_ITEM_FRAME = re.compile(
    r"\s*(?:The\s+)?(?:discussions?|dialogue|talks|meeting|exchanges?|sides?)\s+"
    r"(?:also\s+)?(?:focused|focussed|centred|centered|touched)\s+on\s+"
    r"|\s*(?:The\s+)?(?:discussions?|dialogue|talks|meeting|exchanges?)\s+(?:also\s+)?"
    r"(?:highlighted|underscored|stressed|emphasi[sz]ed|covered|explored|addressed)\s+",
    re.IGNORECASE,
)
"""A list item that opens with the meeting as its subject ("Discussions focused on ...",
"The dialogue highlighted ..."): what the speaker said is what follows the verb."""
_YEAR_IN = re.compile(r"\b(?:19|20)\d\d\b")
_STANDING = re.compile(r"\b(?:is|are|has|have|remains|remain)\b")
_DENIAL = re.compile(r"\b(?:not|no|never|neither|nor)\b|n['\u2019]t\b", re.IGNORECASE)
_FIRST_SINGULAR = re.compile(r"\b(?:I|my|My|me|myself)\b")
_GIVEN_NAME = re.compile(
    r"\b(?:identified|known|named|referred to)\s+(?:only\s+)?(?:as|by\s+(?:her|his|their)"
    r"\s+(?:nickname|first name|surname|family name|name))|\bgave\s+(?:only\s+)?(?:her|his|their)"
    r"\s+(?:nickname|first name|surname|family name|name)"
)
_GIVEN_NAME = re.compile(
    "(?:"
    + _GIVEN_NAME.pattern
    + r"),?\s+(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2})"
)


def _unquoted(work: str, s0: int, s1: int, quotes: Sequence[tuple[int, int]]) -> str:
    """The sentence with its quotations blanked out."""
    text = list(work[s0:s1])
    for qa, qb in quotes:
        for n in range(max(qa, s0), min(qb + 1, s1)):
            text[n - s0] = " "
    return "".join(text)


def _same_description(a: str, b: str) -> bool:
    """Whether two descriptions of an unnamed person are one the start of the other."""
    a, b = a.lower(), b.lower()
    return a.startswith(b) or b.startswith(a)


def _starts_with_person(lowered: str) -> bool:
    return lowered.startswith(("he ", "she ", "they ", "we "))


def _ranked(mention: Mention) -> str:
    """The title a mention names, with its rank: "vice minister" for "The Vice
    Minister", "minister" for "The Minister" (see :func:`ranked_title`)."""
    words = mention.text.lower().split()
    if mention.head not in words:
        return mention.head
    at = len(words) - 1 - words[::-1].index(mention.head)
    return ranked_title(words[max(0, at - 3) : at + 1])


def _opinion_page(work: str, paragraphs: list[Paragraph]) -> bool:
    """Whether the page is an opinion piece: it says so, or it has two contributor
    lines apart (an author's note at each end); a research note listing its analysts
    one per line is the house's view, not an opinion piece by the last of them."""
    if is_opinion(work, paragraphs):
        return True
    listed = [n for n, p in enumerate(paragraphs) if p.kind is Kind.CONTRIBUTOR]
    return len(listed) >= 2 and listed != list(range(listed[0], listed[0] + len(listed)))
