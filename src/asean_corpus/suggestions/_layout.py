"""Page layout: the text cut into paragraphs, each classified as content or furniture.

Scraped articles carry page furniture around and inside the story: navigation,
headlines, bylines, datelines, captions, advertisements, tip and FAQ boxes, related
links, reference lists and comment forms. None of it is a statement. Each paragraph
gets a :class:`Kind`; the engine reads statements only from ``CONTENT`` paragraphs,
and reads names, dates and the opinion marker from the others.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterator, Sequence
from functools import cache

import attrs

from ._dates import Dateline, find_dateline
from ._lexicon import MONTHS, NATIONALITIES, OFFICE_WORDS, REPORTING, STAGE_NOTES, WEEKDAYS

__all__ = ["Kind", "Paragraph", "lay_out"]


class Kind(enum.Enum):
    """What a paragraph is."""

    CONTENT = "content"
    HEADING = "heading"
    """A headline, section heading, table row or label line: short, no full stop."""
    FURNITURE = "furniture"
    """Navigation, byline, caption, advertisement, credits, tips, forms, references."""
    BYLINE = "byline"
    """ "By NAME": names an author, who speaks only in an opinion piece."""
    CONTRIBUTOR = "contributor"
    """ "NAME, director of ...": a contributor's byline heading an opinion section."""
    QUESTION = "question"
    """A paragraph that only asks (an interviewer's question, a reader prompt)."""
    DUPLICATE = "duplicate"
    """A repeat of an earlier paragraph (a duplicated lead); read once only."""


@attrs.define(kw_only=True)
class Paragraph:
    """A paragraph of the text and what it is.

    ``body`` is where the text proper starts, after a dateline, a list bullet or a
    label such as ``Q:``; ``end`` excludes trailing spaces.
    """

    start: int
    end: int
    kind: Kind
    why: str = ""
    body: int = 0
    label: str | None = None
    label_start: int = 0
    name: str | None = None
    dateline: Dateline | None = None


_LINK_LISTS = (
    r"you may (?:also )?like|you might (?:also )?like|related(?: articles| stories| posts"
    r"| news| content| coverage| reading)?|recommended(?: for you| stories)?|more stories"
    r"|read next|latest news|top stories|popular (?:posts|stories)|trending(?: now)?"
    r"|most (?:read|popular|viewed)"
)
"""Headings of a list of links, at the end of a page or set into the article."""
_ENDINGS = (
    r"more from\b.*|leave a (?:comment|reply)|\d*\s*comments?(?:\s*\(\d+\))?"
    r"|join the conversation"
    r"|adblock detected|about the author|photo of author"
)
"""Headings of what follows an article and never a list set into it."""


_FURNITURE = (
    ("navigation", r"home\s*[\u00bb>\u203a/|]|skip to|menu\b|search\b|sign (?:in|up)\b"),
    ("navigation", r"log ?in\b|subscribe\b|follow us\b|newsletter\b|back to top\b"),
    ("sharing", r"share\b|tweet\b|(?:e-?mail|print|whatsapp|facebook|twitter|linkedin)\s*$"),
    ("link", r"(?:read|see) (?:more|also|next)\b|also read\b|related\s*:|click here\b"),
    ("advertisement", r"advertisement\b|sponsored\b|scroll to continue|ad\s*$|adblock"),
    ("advertisement", r"please (?:support us|disable)"),
    ("comment form", r"this site uses akismet|your email address will not be published"),
    ("comment form", r"required fields are marked|(?:post|add) a comment|reply\s*$"),
    ("copyright", r"copyright\b|\u00a9|all rights reserved"),
    ("caption", r"(?:photo|photos|image|images|illustration|caption|graphic|video)\s*[:/]"),
    ("caption", r"(?:illustration|file photo)\s+[-\u2013\u2014]\s"),
    ("caption", r"\[(?:photo|image|video|caption)|file photo\b|photo (?:by|taken|courtesy)"),
    ("source line", r"sources?\s*:|via\s*:"),
    # "Reporter: Jane Doe", not a press conference's "Reporter: Will the Government ...?"
    (
        "credit",
        r"(?:editor|editors|edited|reporter|reporting|written|writer|translated)\s*"
        r"(?:by|:(?=[ \t]*(?:[^\s?]+[ \t]*){1,6}(?:\n|$)))",
    ),
    ("credit", r"(?:translator|compiled by|additional reporting)\b"),
    ("publication date", r"(?:published|updated|last updated|posted|first published)\b"),
    ("publication date", r"date\s*[:\d]"),
    ("tags", r"(?:tags?|topics?|categories?|keywords?)\s*:|filed under\b"),
    ("tip box", r"pro tip\b|tip\s*:|did you know\b|fun fact\b|key takeaways?\b|quick facts?\b"),
    ("tip box", r"editor'?s pick\b|note to readers\b"),
    ("FAQ", r"frequently asked questions\b|faqs?\b"),
    ("author box", r"author\s*$|about the author\b|photo of author\b"),
    ("download", r"download\b|watch\s*:|listen\s*:"),
    ("correction", r"(?:corrections?|clarifications?)(?: note)?\s*:"),
    (
        "editor's note",
        r"(?:this|the) (?:interview|conversation|transcript|q&a|exchange) (?:has been|was|is)"
        r" (?:lightly |slightly )?(?:edited|condensed|translated|abridged)\b",
    ),
)
"""Kinds of page furniture, each a pattern matched at the start of a paragraph."""
_NAMES = tuple(name for name, _ in _FURNITURE)


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    end_markers = rf"(?:{_LINK_LISTS}|{_ENDINGS})\s*:?\s*"
    return {
        "furniture": re.compile(
            "|".join(f"(?P<g{i}>{pattern})" for i, (_, pattern) in enumerate(_FURNITURE)),
            re.IGNORECASE,
        ),
        "end": re.compile(end_markers, re.IGNORECASE),
        "references": re.compile(
            r"(?:references?|bibliography|works cited|further reading|sources|notes|endnotes)"
            r"\s*:?\s*",
            re.IGNORECASE,
        ),
        "byline": re.compile(
            r"[Bb]y\s+(?P<name>[A-Z][\w.'\u2019-]*(?:\s+(?:[A-Z][\w.'\u2019-]*|de|van|bin|binti|al))"
            r"{0,5})\s*(?:$|[|,/\u2013\u2014-])"
        ),
        "contributor": re.compile(
            r"(?P<name>(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+)?[A-Z][\w'\u2019-]*\.?"
            r"(?:\s+[A-Z][\w'\u2019-]*\.?){1,4}),\s+(?P<rest>\S.*)"
        ),
        "label": re.compile(
            r"(?:\*\*|__)?(?P<label>Q|A|Question|Answer|[A-Z][\w.'\u2019&-]*"
            r"(?:\s(?:[A-Z][\w.'\u2019&()-]*|&|of|and|the|for)){0,4})"
            r"(?:\*\*|__)?\s*[:\uff1a](?:\*\*|__)?\s+(?=\S)"
        ),
        "bullet": re.compile(
            r"[ \t]*(?:[\u2022\u00b7\u25aa\u25cf*\u2013\u2014-]|\d{1,2}[.)])[ \t]+"
            # a record's numbered paragraph ("1.2 The Chairperson noted", "(b) The
            # delegation stated"), not a figure ("2.5 million tonnes")
            r"|[ \t]*(?:\d{1,3}(?:\.\d{1,3}){1,3}\.?|\((?:[a-z]|[ivx]{1,4}|\d{1,2})\))"
            r"[ \t]+(?=[A-Z])(?!(?:Million|Billion|Trillion|Percent|Per|Tonnes|Tons)\b)"
        ),
        "caption_credit": re.compile(
            r"(?i:\((?:photo|image|file|courtesy|xinhua|reuters|afp|ap|getty|epa|credit)\b"
            r"[^()]{0,80}\))\s*$|\([^()/]{1,40}/[^()]{1,60}\)\s*$"
            r"|\((?:[A-Z][\w.&'\u2019-]*\s?){1,4}:\s*[^()]{1,60}\)\s*$"
            r"|[.!?\"\u201d\u2019]\s*\((?:[A-Z][\w.&'\u2019-]*\s?){0,3}(?:News|TV|Television"
            r"|Radio|Press|Wire|Images|Pictures|Photos?|AAP|AFP|AP|Reuters|Bernama|Antara|Xinhua"
            r"|Getty|EPA)\)\s*$"
            # "... North Jakarta. ANTARA FOTO/Fauzan Akbar/nym."
            r"|[.!?\"\u201d]\s+(?:[A-Z]{2,12}\s+)?(?:FOTO|PHOTO|Foto|Photo)\s*/[^/\n]{1,40}"
            r"(?:/[^/\n]{1,20})?\.?\s*$"
            # "... a major lift. PHOTO: BERNAMA", "... on Monday. ST PHOTO: LIM YAOHUI"
            r"|[.!?\"\u201d]\s+(?:[A-Z]{2,5}\s+)?(?i:photos?|images?|pictures?|file photo)"
            r"\s*:\s*[^.!?:\n]{1,60}$"
        ),
        "words": re.compile(r"[^\W_][\w'\u2019.-]*"),
        "opinion": re.compile(
            r"\b(?:opinion|op-ed|commentary|viewpoint|editorial|column|perspective|guest essay)\b",
            re.IGNORECASE,
        ),
    }


_TERMINAL = '.!?"\u201d\u2019)\u2026'
_SENTENCE_END = re.compile(r"[.!?][\"\u201d\u2019)]*\s+(?=[A-Z])")
_OFFICE_HINT = re.compile(
    r"\b(?:director|professor|fellow|researcher|economist|analyst|minister|ambassador"
    r"|president|chairman|chair|editor|columnist|founder|secretary|lecturer|dean|head"
    r"|associate|scholar|adviser|advisor|officer|chief|former|senior|member|expert"
    r"|correspondent|journalist|writer|author|executive|manager|partner|consultant"
    r"|institute|university|academy|centre|center|school|association)\b",
    re.IGNORECASE,
)


def _lines(work: str) -> Iterator[tuple[int, int]]:
    """Offsets of each line, without the newline."""
    start = 0
    while True:
        stop = work.find("\n", start)
        if stop == -1:
            yield start, len(work)
            return
        yield start, stop
        start = stop + 1


def _wrapped(lengths: list[int]) -> bool:
    """Whether the text is hard-wrapped (paragraph lines broken at about 60-80 columns)."""
    long = [n for n in lengths if n >= 40]
    if len(long) < 8:
        return False
    in_band = sum(1 for n in long if 55 <= n <= 85)
    return in_band >= 0.8 * len(long)


def _paragraphs(work: str) -> list[tuple[int, int]]:
    """Paragraphs as offsets: one per line, or per block in hard-wrapped text."""
    spans = []
    for lo, hi in _lines(work):
        while lo < hi and work[lo] in " \t":
            lo += 1
        while hi > lo and work[hi - 1] in " \t":
            hi -= 1
        spans.append((lo, hi))
    if not _wrapped([hi - lo for lo, hi in spans if hi > lo]):
        return _rejoin(work, [(lo, hi) for lo, hi in spans if hi > lo])
    out: list[tuple[int, int]] = []
    current: tuple[int, int] | None = None
    for lo, hi in spans:
        if hi == lo:
            if current is not None:
                out.append(current)
            current = None
            continue
        if current is None:
            current = (lo, hi)
            continue
        previous = work[current[0] : current[1]]
        ends = previous.rstrip()[-1:] in _TERMINAL and current[1] - current[0] < 45
        if ends:
            out.append(current)
            current = (lo, hi)
        else:
            current = (current[0], hi)
    if current is not None:
        out.append(current)
    return _rejoin(work, out)


def _rejoin(work: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Paragraphs with a sentence broken between them made one again: one that stops
    mid-sentence (no full stop, or a quotation handed over with a comma) and one that
    goes on in lowercase, as across a PDF page break or an advertisement line
    ('... can also sell,"' / 'he said, adding that ...')."""
    out: list[tuple[int, int]] = []
    for lo, hi in spans:
        if out and work[lo].islower():
            plo, phi = out[-1]
            tail = work[max(plo, phi - 3) : phi]
            unfinished = tail[-1:].isalnum() or tail[-1:] in ",;" or tail[-2:] in _HANDED_OVER
            if unfinished and len(work[plo : min(phi, plo + 200)].split()) >= 6:
                out[-1] = (plo, hi)
                continue
        out.append((lo, hi))
    return out


_HANDED_OVER = frozenset({',"', ",\u201d", ",'", ",\u2019"})


def _word_count(text: str) -> int:
    return len(_patterns()["words"].findall(text))


_LIST_END = re.compile(r"\s*end of (?:the )?list\s*", re.IGNORECASE)
"""The line a page reader announces after a list of links set into an article."""


def _furniture(text: str) -> str:
    """The kind of furniture a paragraph opens as (see :data:`_FURNITURE`), or ``""``."""
    found = _patterns()["furniture"].match(text)
    return _NAMES[int((found.lastgroup or "g0")[1:])] if found is not None else ""


def _classify(work: str, lo: int, hi: int, zone: str) -> tuple[Paragraph, str]:
    """One paragraph's kind, and the zone (body, references, end) after it."""
    patterns = _patterns()
    text = work[lo:hi]
    if zone == "end":
        if _LIST_END.fullmatch(text):
            # "Recommended Stories / list of 3 items / ... / end of list": a list set into
            # the page, after which the article goes on
            return Paragraph(start=lo, end=hi, kind=Kind.FURNITURE, why="end of a list"), "body"
        return Paragraph(start=lo, end=hi, kind=Kind.FURNITURE, why="after the article"), zone
    if patterns["end"].fullmatch(text):
        return Paragraph(start=lo, end=hi, kind=Kind.FURNITURE, why="end of the article"), "end"
    if patterns["references"].fullmatch(text):
        return Paragraph(start=lo, end=hi, kind=Kind.FURNITURE, why="references"), "references"
    if zone == "references":
        return Paragraph(start=lo, end=hi, kind=Kind.FURNITURE, why="reference list"), zone
    words = _word_count(text)
    name = _furniture(text)
    if name and (words <= 40 or name == "publication date"):
        return Paragraph(start=lo, end=hi, kind=Kind.FURNITURE, why=name), zone
    byline = patterns["byline"].match(text)
    if byline is not None and words <= 14:
        return (
            Paragraph(start=lo, end=hi, kind=Kind.BYLINE, why="byline", name=byline["name"]),
            zone,
        )
    if patterns["caption_credit"].search(text):
        return Paragraph(start=lo, end=hi, kind=Kind.FURNITURE, why="caption"), zone
    if text.count("|") >= 2 and words <= 20:
        return Paragraph(start=lo, end=hi, kind=Kind.FURNITURE, why="navigation"), zone
    credit = _TRAILING_CREDIT.search(text)
    ending = (text[: credit.start() + 1] if credit else text).rstrip().rstrip("*_").rstrip()
    cue = _STAGE_CUE.search(ending)
    staged = cue is not None and cue.start() > 0
    if staged and cue is not None:
        ending = ending[: cue.start()].rstrip()  # "... for the fifth time. [Applause]"
    terminal = ending[-1:] in _TERMINAL or (staged and _STAGE_WORDS.search(text) is not None)
    inner = ending.rstrip("\"\u201d'\u2019")
    if terminal and ending[-1:] in '"\u201d' and inner[-1:] not in ".!?\u2026,":
        terminal = False  # a headline ending on a quoted phrase: 'says it will "never ..."'
    contributor = patterns["contributor"].fullmatch(text)
    if (
        contributor is not None
        and not terminal
        and words <= 45
        and _OFFICE_HINT.search(contributor["rest"])
    ):
        name = contributor["name"]
        return (
            Paragraph(start=lo, end=hi, kind=Kind.CONTRIBUTOR, why="contributor", name=name),
            zone,
        )
    label = patterns["label"].match(text)
    asks = text.rstrip().endswith("?") and not any(q in text for q in '"\u201c')
    if asks and (label is not None or len(_SENTENCE_END.findall(text)) < 3):
        # a paragraph that asks; one of several sentences ending in a rhetorical
        # question ("... Is that the message Southeast Asia wants to send?") is content
        paragraph = Paragraph(start=lo, end=hi, kind=Kind.QUESTION, why="question", body=lo)
        if label is not None:
            paragraph.label = label["label"]
            paragraph.label_start = lo
            paragraph.body = lo + label.end()
        return paragraph, zone
    colon = text.endswith(":")
    if colon and _introduces(text):
        terminal = True  # "Kao said:", the words set out in the paragraph below
    if (
        not terminal
        and (words <= 25 or text.isupper() or _title_case(text))
        and not (colon and words >= 13)
    ):
        return Paragraph(start=lo, end=hi, kind=Kind.HEADING, why="heading"), zone
    if text.endswith(":") and words <= 12 and not _introduces(text):
        return Paragraph(start=lo, end=hi, kind=Kind.HEADING, why="label line"), zone
    paragraph = Paragraph(start=lo, end=hi, kind=Kind.CONTENT, body=lo)
    bullet = patterns["bullet"].match(work, lo, hi)
    if bullet is not None:
        paragraph.body = bullet.end()
    dateline = find_dateline(work, paragraph.body, hi)
    if dateline is not None:
        paragraph.dateline = dateline
        paragraph.body = dateline.end
    label = patterns["label"].match(work, paragraph.body, hi)
    if label is not None and len(label["label"]) <= 40:
        paragraph.label = label["label"]
        paragraph.label_start = paragraph.body
        paragraph.body = label.end()
    return paragraph, zone


_TRAILING_CREDIT = re.compile(
    r"[.!?\"\u201d]\s*[\u2014\u2013-]+\s*(?:with (?:a )?reports? (?:from|by)|reporting by"
    r"|additional reporting)\b[^.!?]*$",
    re.IGNORECASE,
)
"""A credit run on after the last sentence ("... March. \u2014 WITH A REPORT FROM X")."""


_STAGE_WORDS = re.compile(rf"[\[(](?:{STAGE_NOTES})[\])]\s*$", re.IGNORECASE)
"""A stage note that only a spoken turn ends with ("... in due course (inaudible)")."""
_STAGE_CUE = re.compile(r"(?<!\s)\s*[\[(](?:[A-Za-z][a-z]+)(?:\s[a-z]+)?[\])]$")
"""A stage cue closing a paragraph: "(Applause)", "[Laughter]", "(Sustained applause)".
Tried only where a run of blanks starts: from inside a long run, each try would read
the rest of it again."""


def _key(text: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in _patterns()["words"].findall(text))


def _prefix_hashes(words: tuple[str, ...]) -> list[int]:
    """A hash of each prefix of ``words``, shortest first."""
    out: list[int] = []
    h = 0
    for word in words:
        h = hash((h, word))
        out.append(h)
    return out


def _mark_duplicates(work: str, paragraphs: list[Paragraph]) -> None:
    """Keep one of each repeated paragraph (a duplicated lead): the longest, else the first.

    A teaser cut short ("... the plan to ...") counts as a repeat of the paragraph it
    starts.
    """
    groups: dict[tuple[str, ...], list[tuple[Paragraph, tuple[str, ...]]]] = {}
    for p in paragraphs:
        if p.kind is not Kind.CONTENT:
            continue
        words = _key(work[p.body : p.end])
        if len(words) < 6:
            continue
        groups.setdefault(words[:8], []).append((p, words))
    for members in groups.values():
        if len(members) < 2:
            continue
        kept: list[tuple[Paragraph, tuple[str, ...]]] = []
        # The kept paragraphs by the hash of each prefix of their words, and of the whole:
        # a twin is found by lookups, not by comparing with every paragraph kept (many
        # paragraphs opening with the same eight words took time growing with their square).
        by_prefix: dict[int, list[int]] = {}
        by_whole: dict[int, list[int]] = {}
        for p, words in members:
            hashes = _prefix_hashes(words)
            candidates = [
                k
                for n, h in enumerate(hashes)
                for k in by_whole.get(h, ())
                if kept[k][1] == words[: n + 1]
            ]  # a kept paragraph that this one goes on from
            longer = next(
                (k for k in by_prefix.get(hashes[-1], ()) if kept[k][1][: len(words)] == words),
                None,
            )  # the first kept paragraph that goes on from this one
            if longer is not None:
                candidates.append(longer)
            if not candidates:
                at = len(kept)
                kept.append((p, words))
            else:
                at = min(candidates)
                twin = kept[at]
                if len(words) <= len(twin[1]):
                    p.kind, p.why = Kind.DUPLICATE, "repeats an earlier paragraph"
                    continue
                twin[0].kind, twin[0].why = Kind.DUPLICATE, "repeats a later paragraph"
                kept[at] = (p, words)
            by_whole.setdefault(hashes[-1], []).append(at)
            for h in hashes:
                by_prefix.setdefault(h, []).append(at)


def lay_out(work: str) -> list[Paragraph]:
    """The paragraphs of the working text, classified.

    >>> work = "Home \\u00bb News\\nASEAN talks open\\nKao said the talks were useful.\\n"
    >>> [(p.kind.value, p.why) for p in lay_out(work)]
    [('furniture', 'navigation'), ('heading', 'heading'), ('content', '')]
    """
    out = []
    zone = "body"
    spans = _paragraphs(work)
    listed = -1  # where a list of links set into the page began
    for n, (lo, hi) in enumerate(spans):
        if zone == "end" and 0 <= listed and n - listed <= 8 and _resumes(work, spans, n, listed):
            zone = "body"  # "RELATED POSTS" and two headlines, then the story goes on
        nxt = spans[n + 1] if n + 1 < len(spans) else None
        if (
            zone == "body"
            and nxt is not None
            and _COMMENTS.fullmatch(work, lo, hi)
            and CAPS_NAME_LINE.fullmatch(work, *nxt)
        ):
            # "COMMENTS:" over "KELVIN ONG, SENIOR ECONOMIST, ...:": a wire's reactions,
            # not readers' comments
            out.append(Paragraph(start=lo, end=hi, kind=Kind.HEADING, why="heading"))
            continue
        if zone == "body" and _LINK_LIST.fullmatch(work, lo, hi):
            listed = n
        elif _ENDED.fullmatch(work, lo, hi) or _furniture(work[lo:hi]) == "comment form":
            listed = -1  # comments or the author's box: the article is over for good
        paragraph, zone = _classify(work, lo, hi, zone)
        out.append(paragraph)
    _mark_duplicates(work, out)
    _summary_items(work, out)
    return out


_COMMENTS = re.compile(r"\s*(?:comments?|reactions?)\s*:\s*", re.IGNORECASE)
_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de"  # with the accented capitals of Latin-1
CAPS_NAME_LINE = re.compile(
    r"[ \t]*(?:[*\u2022\u2013\u2014-][ \t]+)?"
    rf"(?P<caps>[{_UPPER}][{_UPPER}.'\u2019-]+(?:[ \t][{_UPPER}][{_UPPER}.'\u2019-]+){{1,6}}),"
    rf"[ \t]+(?:[{_UPPER}][{_UPPER}0-9 ,.&'\u2019()/-]{{2,140}}?(?:,[ \t]+[a-z][^\n:]{{1,160}})?"
    r"|[a-z][^\n:]{1,160}):[ \t]*"
)
"""A line in capitals that names a speaker and their office, their words below it
("KELVIN ONG, SENIOR ECONOMIST, HARBOURFRONT BANK, SINGAPORE:"), perhaps an item of a
list and with where or how they said it ("* MARIA SANTOS, TRADE MINISTER, in Manila:",
"* FARMERS' UNION, in a statement:")."""
_LINK_LIST = re.compile(rf"\s*(?:{_LINK_LISTS})\s*:?\s*", re.IGNORECASE)
"""The end markers that head a list of links, which a page may set into an article."""
_ENDED = re.compile(rf"\s*(?:{_ENDINGS})\s*:?\s*", re.IGNORECASE)
"""The end markers after which the article never goes on (comments, the author's box)."""


def _resumes(work: str, spans: Sequence[tuple[int, int]], n: int, listed: int) -> bool:
    """Whether the article goes on at paragraph ``n``, after the list of links headed at
    paragraph ``listed``: it and the next paragraph are each a sentence or more of prose,
    not headlines, and either a third follows or one of the two names someone the
    article named before the list ("Dr Kao" after "Kao Kim Hourn"). Two teasers of
    related stories at the foot of a page are not the article going on."""
    if n + 1 >= len(spans) or not all(_prose(work[lo:hi]) for lo, hi in spans[n : n + 2]):
        return False
    if n + 2 < len(spans) and _prose(work[spans[n + 2][0] : spans[n + 2][1]]):
        return True
    named = _name_words(work, 0, spans[listed][0])
    resumed = work[spans[n][0] : spans[n + 1][1]]
    # any capitalised word: "Anwar told parliament ..." names him at the sentence's start
    return bool(named & set(_CAPITALISED.findall(resumed)))


def _name_words(work: str, lo: int, hi: int) -> set[str]:
    """The words of names ("Kao Kim Hourn") in ``work[lo:hi]``, without the words of
    titles ("Trade Minister"), nationalities and months, which any story may share."""
    return {
        word
        for run in _NAME_RUN.finditer(work, lo, hi)
        for word in run[0].split()
        if len(word) > 2 and word.lower() not in _NOT_NAMES
    }


_NAME_RUN = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+){1,3}\b")
_NOT_NAMES = OFFICE_WORDS | NATIONALITIES | frozenset(MONTHS) | frozenset(WEEKDAYS)
"""Capitalised words a story and an unrelated teaser may well share."""
"""Two to four capitalised words in a row: the shape of a person's name."""
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")


def _prose(text: str) -> bool:
    ending = text.rstrip().rstrip("\"\u201d'\u2019")
    return _word_count(text) >= 12 and ending[-1:] in ".!?"


_SUMMARY = re.compile(r"(?:key points|highlights|in brief|at a glance)\s*:?", re.IGNORECASE)


def _summary_items(work: str, paragraphs: list[Paragraph]) -> None:
    """The items of a story's summary box ("Key points:"): sentences of the story
    without their full stops, content rather than headings."""
    for n, p in enumerate(paragraphs):
        if p.kind is not Kind.HEADING or not _SUMMARY.fullmatch(work[p.start : p.end]):
            continue
        for q in paragraphs[n + 1 : n + 9]:
            if q.kind is Kind.CONTENT:
                continue
            if q.kind is not Kind.HEADING or _word_count(work[q.start : q.end]) < 5:
                break
            q.kind, q.why, q.body = Kind.CONTENT, "summary item", q.start


def is_opinion(work: str, paragraphs: list[Paragraph]) -> bool:
    """Whether the page marks itself as opinion (a label, or a views-are-my-own line)."""
    pattern = _patterns()["opinion"]
    content = False
    for p in paragraphs:
        text = work[p.start : p.end]
        label = p.kind in {Kind.HEADING, Kind.FURNITURE} and len(text) <= 60
        # a label at the top of the page, or a line that is the label alone; not a link
        # further down ("- Opinion: Africa's trade deals need factories")
        alone = len(text.strip(" -|:*#").split()) <= 3
        if label and (not content or alone) and pattern.search(text):
            return True
        content = content or p.kind is Kind.CONTENT
        lowered = text.lower()
        if "views expressed" in lowered or lowered.startswith(("the author is", "the writer is")):
            return True
    return False


_SMALL_WORDS = frozenset(
    {"of", "on", "by", "the", "and", "for", "in", "to", "a", "an", "at", "with", "from", "or"}
)


_WH_OPENINGS = frozenset({"what", "here", "here's", "how", "who", "why", "when", "where"})


def _introduces(text: str) -> bool:
    """Whether a line ending with a colon is a sentence handing over to the words
    below it ("Kao Kim Hourn said:", "In a statement, the ministry said:"), not a
    heading ("What they said:")."""
    words = text[:-1].split()
    if len(words) < 2 or words[0].lower().strip("\"'\u201c") in _WH_OPENINGS:
        return False
    if len(words) >= 3 and words[-2].lower() in {"who", "which"}:
        return False  # "questioned the minister, who answered:": whose words is unsure
    last = words[-1]
    if not last.islower() or last not in REPORTING:
        return False
    # a past tense, or a present that is no plural noun ("Key points:", "Notes:")
    return last.endswith("ed") or last in _HANDING_OVER


_HANDING_OVER = frozenset({"said", "says", "told", "wrote", "writes", "adds", "explains", "states"})


def _title_case(text: str) -> bool:
    """Whether a line is in title case, as a long official headline is ("Courtesy Call
    on H.E. ..., Deputy Prime Minister, ..."): nine in ten of its words that are not
    small words start with a capital."""
    big = [w for w in text.split() if w.lower().strip(",;()") not in _SMALL_WORDS]
    capitalised = [w for w in big if w.lstrip("\"'(\u201c\u2018")[:1].isupper()]
    return len(big) >= 5 and len(capitalised) >= 0.9 * len(big)
