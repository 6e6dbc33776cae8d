"""Documents whose form, not a reporting verb, says who speaks.

- **Transcripts** with speaker labels (a briefing, a parliamentary record, a podcast):
  each turn under ``ARIEF:``, ``Mr Kelvin Ang (Serangoon North):``, ``The Minister of
  State (Ms Evelyn Lau):``, ``[00:01:53] WEN JIAHUI:``, ``**PS:**`` or ``Maya Tan:`` is
  that speaker's words; a moderator's or a Speaker's turns are procedure, and an
  asker's turns are questions (a host who opens the transcript and ends her turns with
  questions is an asker).
- **Speeches** published as text ("KEYNOTE ADDRESS BY ...", or an editor's note: "the
  speech delivered by ..."): every paragraph is the speaker's own, when the text speaks
  in the first person; quoted words when it is published as delivered ("(Applause)").
- **Joint statements** reproduced with numbered paragraphs in the first person plural
  ("3. We reaffirm ..."): each paragraph is the parties' own text.
- **Embedded posts** ("Twitter post" ... "End of Twitter post"): the post is its
  account holder's own text.

This module reads the forms; the engine turns them into statements.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache

import attrs

from ._layout import CAPS_NAME_LINE, Kind, Paragraph
from ._lexicon import CITIES, COUNTRIES
from ._sentences import QUOTES

__all__ = [
    "Post",
    "Speech",
    "Turn",
    "courtesy",
    "joint_paragraphs",
    "posts",
    "speech",
    "turns",
    "unquoted",
]

_HONORIFIC = (
    r"(?:Mr|Mrs|Ms|Mdm|Madam|Miss|Dr|Prof|Assoc\s+Prof|Sir|Dame|Er|Sen|Senator|Rep|Hon"
    r"|Datuk(?:\s+Seri)?|Dato'?(?:\s+Sri)?|Tan\s+Sri|Tun|Pak|Ibu|Bapak|Khun|H\.\s?E\.)\.?"
)
_PROCEDURE = frozenset(
    {"moderator", "chair", "chairman", "chairwoman", "chairperson", "host", "mc", "emcee"}
    | {"speaker", "presiding", "interpreter", "narrator", "announcer", "clerk", "facilitator"}
    | {"operator", "coordinator"}
)
"""Label words of those who run the proceedings (a conference call's operator too): their
turns are procedure."""
_CHAIRS = frozenset({"chair", "chairman", "chairwoman", "chairperson"})


def _chairs(label: str) -> bool:
    """Whether a label is a chair's ("Chairman:", "The Chair:")."""
    words = re.findall(r"[a-z]+", label.lower())
    return bool(words) and words[-1] in _CHAIRS and len(words) <= 2


_ASKS = frozenset(
    {"q", "question", "questions", "interviewer", "reporter", "journalist", "reporters"}
    | {"journalists"}
)
_NOT_VOICES = frozenset(
    {"update", "updates", "breaking", "watch", "note", "notes", "read", "related", "photo"}
    | {"video", "source", "sources", "background", "analysis", "context", "correction"}
    | {"clarification", "live", "latest", "exclusive", "opinion", "editorial", "timeline"}
    | {"factbox", "explainer", "tags", "topics", "summary", "highlights", "disclaimer"}
    | {"warning", "alert", "advisory", "ps", "nb", "fyi", "edit", "editor", "editors", "by"}
    | {"published", "updated", "posted", "date", "time", "location", "venue", "title"}
    | {"section", "subject", "re", "attention", "contact", "media", "press", "caption"}
    | {"anchor", "presenter", "vo", "voice", "voiceover", "sot", "ptc", "super", "gfx"}
    | {"cg", "nats", "nat", "track", "standup", "tag", "tease", "intro", "outro", "lower"}
    | {"graphic", "graphics", "sfx", "music", "slug", "cue", "in", "out", "dur", "runs"}
)
"""Labels that head page content, not a speaker's turn ("UPDATE:", "WATCH:"), and the
marks of a broadcast script ("ANCHOR:", "VO:", "SOT:", "PTC:"): the broadcaster's own
voice, read as prose for what it reports."""
_MEMBER_OF_PUBLIC = r"audience[ \t]+member|member[ \t]+of[ \t]+the[ \t]+public"
"""A label that a member of the public speaks under, their name in brackets after it."""
_ANSWERS = frozenset({"a", "answer", "interviewee", "guest", "respondent"})


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    name = r"[A-Z][\w'\u2019.-]*"
    paren = r"\s*\([^()\n]{1,80}\)"
    stamp = r"[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?[ \t]*[\u2013\u2014-]?[ \t]*"
    return {
        "turn": re.compile(
            rf"(?:{stamp})?(?P<bold>\*\*|__)?(?P<label>"
            rf"Q{paren}"
            rf"|(?:The\s+)?[A-Z][^:\n()]{{1,100}}?\((?P<inner>{_HONORIFIC}\s+[^()\n]{{2,60}})\)"
            rf"(?:{paren})*"
            rf"|{_HONORIFIC}\s+{name}(?:\s+{name}){{0,5}}(?:{paren})*"
            rf"|(?:The\s+)?(?:Senior\s+|Deputy\s+|Prime\s+|Vice\s+)*(?:Minister|Senator"
            rf"|Secretary|Spokesperson|Spokesman|Spokeswoman|Ambassador|President|Governor"
            rf"|Director|Chairman|Chair)(?:\s+(?:of|for|and|the)?\s*{name}){{1,9}}(?:{paren})*"
            rf"|[A-Z][A-Z'\u2019.-]+(?:\s+[A-Z][A-Z'\u2019.-]+){{0,3}}(?:{paren})?"
            r"|(?:Moderator|Chair|Chairman|Chairperson|Host|Interviewer|Question|Answer|Q|A)"
            # "Audience member (Tomas Ruiz, Valencia)": a member of the public, named
            rf"|(?i:{_MEMBER_OF_PUBLIC}){paren}"
            rf"|{name}(?:[ \t]+{name}){{0,3}}(?:{paren})?(?=[ \t]*(?:\*\*|__)?[ \t]*:)"
            r")(?P<close>\*\*|__)?[ \t]*:(?(bold)(?:\*\*|__)?)[ \t]+(?=\S)"
        ),
        # a legislature's record: "Senator HALVORSEN. This hearing ...", "Ms. TRAN. In
        # cloud services ...": a title, the surname in capitals, and a full stop
        "record_turn": re.compile(
            r"(?P<label>(?:Senator|Representative|Chairman|Chairwoman|Mr\.|Ms\.|Mrs\.|Dr\."
            r"|Hon\.)\s+(?P<inner>[A-Z][A-Z'\u2019-]+(?:[ \t]+[A-Z][A-Z'\u2019-]+)?)"
            r"|The\s+(?:CHAIRMAN|CHAIRWOMAN|CHAIR|PRESIDENT|SPEAKER|PRESIDING\s+OFFICER))"
            r"\.[ \t]+(?=\S)"
        ),
        "honorifics": re.compile(rf"^(?:{_HONORIFIC}\s+)+", re.IGNORECASE),
        "parens": re.compile(paren),
        "courtesy": re.compile(
            r"(?:thank(?:s| you)\b|i thank\b|good (?:morning|afternoon|evening|day)\b"
            r"|welcome\b|please\b|that is all\b|that[\u2019']s all\b|ladies and gentlemen\b"
            r"|excellencies\b|distinguished guests\b|let me be clear\b|see you\b|silakan\b"
            r"|terima kasih\b|salamat\b"
            # a handover: "With that, Anders will take you through the numbers."
            r"|with me (?:today|here|on the call|this (?:morning|afternoon|evening))\b"
            r"|joining me\b|(?:i am|i'm|i\u2019m|we are|we're) joined by\b"
            r"|with that,|(?:i|we|let me)\b[^.!?\n]{0,20}\b(?:hand|turn|pass)[ \t]+"
            r"(?:it[ \t]+|the call[ \t]+|things[ \t]+)?(?:over|back)[ \t]+to\b)",
            re.IGNORECASE,
        ),
        "vocative": re.compile(
            r"(?:(?:Mr|Madam|Mdm)\.?\s+(?:Deputy\s+)?(?:Speaker|Chairman|Chair|President)"
            r"|Sir|Madam|Your\s+Excellenc(?:y|ies)|Excellencies)\s*,\s*"
        ),
        "verb": re.compile(
            r"\b(?:i|we|you|he|she|they|it|is|are|was|were|be|been|has|have|had|will|would"
            r"|can|could|should|must|may|might|do|does|did|\w+ed)\b",
            re.IGNORECASE,
        ),
        "speech": re.compile(
            r"\b(?:address|speech|remarks|statement|lecture|message|toast|intervention)\s+"
            r"(?:delivered\s+)?by\s+(?P<name>[^\n,]{3,80})",
            re.IGNORECASE,
        ),
        "editors_note": re.compile(
            r"[*_]*(?:Editor['\u2019]?s\s+note|Note)[*_]*\s*[:.\u2014-]", re.I
        ),
        "presented": re.compile(
            r"\b(?:the\s+following|below|here)\s+(?:is|are)\s+(?:the\s+|an?\s+)?(?:full\s+"
            r"|edited\s+)?(?:text|transcript|excerpts?)\b",
            re.I,
        ),
        "delivered": re.compile(r"\bas\s+(?:it\s+was\s+)?delivered\b", re.I),
        "audience": re.compile(r"[\[(](?:[A-Z][a-z]+\s+)?(?:applause|laughter|cheers)[\])]", re.I),
        "first_person": re.compile(r"\b(?:I|we|We|our|Our|us|my|My)\b"),
        "post_start": re.compile(
            r"(?:embedded\s+)?(?:twitter|x|facebook|instagram|threads|bluesky|linkedin|tiktok"
            r"|youtube|social media)\s+(?:post|content)\b|embedded\s+(?:post|tweet)\b",
            re.IGNORECASE,
        ),
        "post_end": re.compile(r"end of (?:[\w ]{1,20}\s)?(?:post|content)\b", re.IGNORECASE),
        "handle": re.compile(r"@\w{2,30}\s*$"),
        "timestamp": re.compile(r"\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*[\u00b7|-]"),
        "joint_heading": re.compile(
            r"\b(?:joint\s+(?:press\s+)?statement|declaration|communiqu\w*|chair(?:man)?'?s"
            r"\s+statement)\b",
            re.IGNORECASE,
        ),
        "numbered": re.compile(r"[ \t]*[\"\u201c]?\d{1,3}[.)][ \t]+"),
        "preamble": re.compile(
            r"(?:We\b|Recogni[sz]ing|Noting|Recalling|Reaffirming|Welcoming|Acknowledging"
            r"|Emphasi[sz]ing|Underscoring|Mindful|Convinced|Determined|Desiring|Bearing"
            r"|Taking note|Concerned|Expressing|Guided|Reiterating|Having)\b"
        ),
    }


@attrs.define(kw_only=True)
class Turn:
    """A paragraph that opens with a speaker label.

    ``role`` is ``"speaker"`` (their words), ``"procedure"`` (a moderator's or the
    Speaker's), ``"asks"`` (a question) or ``"answers"`` (an "A:" label, read by the
    interview rules).
    """

    index: int
    label: str
    label_start: int
    body: int
    role: str
    name: str | None = None
    name_start: int = -1


def _role(label: str) -> str:
    bare = _patterns()["parens"].sub(" ", label)
    words = re.findall(r"[a-z]+", bare.lower())
    if not words:
        return "procedure"
    if label.startswith("Q") and (words[0] in _ASKS or label[:2] in {"Q ", "Q("}):
        return "asks"
    if words[0] in _ASKS:
        return "asks"
    if words[0] in _ANSWERS and len(words) == 1:
        return "answers"
    if set(words) & _PROCEDURE:
        return "procedure"
    return "speaker"


_CALLER = re.compile(
    rf"(?i:caller|listener|viewer|reader|{_MEMBER_OF_PUBLIC}|audience|participant|delegate"
    r"|attendee|questioner|resident|voice)(?:[ \t]+\d{1,2})?[ \t]*\([ \t]*"
    r"(?P<name>[A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019-]+){0,3})[ \t]*"
    r"(?:,(?P<place>[^()\n]*))?\)"
)
"""A label that names a caller or a member of an audience in brackets, with their place
("CALLER (Winston, St. Catherine)", "Audience member (Priya, Pune)")."""


def _only_a_place(name: str) -> bool:
    """Whether a caller's brackets hold a place and no name ("CALLER (Mandeville)")."""
    return len(name.split()) == 1 or name.lower() in CITIES | COUNTRIES


def _label_name(label: str, inner: str | None, start: int) -> tuple[str, int]:
    """The name in a label and where it starts: the bracketed name after an office
    ("The Minister (Ms Evelyn Lau)"), else the label without brackets and honorifics."""
    patterns = _patterns()
    cut = patterns["parens"].search(label)
    caller = _CALLER.fullmatch(label) if cut else None
    if caller is not None and (caller["place"] or not _only_a_place(caller["name"])):
        # "CALLER (Winston, St. Catherine)": the caller is Winston, of that place
        text, at = caller["name"], start + caller.start("name")
    elif inner:
        text, at = inner, start + label.find(inner)
    else:
        text, at = (label[: cut.start()] if cut else label).strip(), start
        person = _speaker_in(text, occasion=False)
        if person != text and not text.isupper():
            # "Minister for Trade and Industry Gan Kim Yong": the name after the title
            at, text = start + text.rfind(person), person
    bare = patterns["honorifics"].sub("", text)
    return bare.strip(), at + (len(text) - len(bare))


def turns(work: str, paragraphs: Sequence[Paragraph]) -> list[Turn]:
    """The labelled turns of a transcript, in order; none unless the text is one (at
    least three labelled paragraphs, two speakers or more who are not askers)."""
    pattern, record = _patterns()["turn"], _patterns()["record_turn"]
    found: list[Turn] = []
    single: list[int] = []
    headed = _headed_turns(work, paragraphs)
    if headed:
        return headed
    for n, p in enumerate(paragraphs):
        if p.kind not in {Kind.CONTENT, Kind.QUESTION}:
            continue
        match = pattern.match(work, p.start, min(p.end, p.start + 240))
        if match is None:
            match = record.match(work, p.start, min(p.end, p.start + 80))
        if match is None:
            continue
        label = match["label"]
        if label.strip().lower().split()[0].strip(".'\u2019s") in _NOT_VOICES:
            continue
        role = _role(label)
        if role == "procedure" and found and found[-1].role == "asks" and _chairs(label):
            role = "speaker"  # "Question (...): ...", then "Chairman: ...": the answer
        elif role == "speaker" and " " not in label.strip() and not label.isupper():
            single.append(len(found))  # "Rizal:", kept if the text names one in full
        turn = Turn(index=n, label=label, label_start=p.start, body=match.end(), role=role)
        if role == "speaker":
            turn.name, turn.name_start = _label_name(label, match["inner"], p.start)
        found.append(turn)
    if single and not any(_named_fully(work, found[k].label) for k in single):
        drop = set(single)  # one-word labels, none of them a name the text spells out
        found = [t for k, t in enumerate(found) if k not in drop]
    voices = [t.name or t.label for t in found if t.role in {"speaker", "procedure"}]
    full = {i: v for v in voices if " " in v for i in initials_of(v)}
    voices = [full.get(undotted(v), v) for v in voices]  # "Anna Kowalczyk:", "AK:": one
    counts = [voices.count(v) for v in set(voices)]
    asked = any(t.role == "asks" for t in found)
    if len(found) < 3 or max(counts, default=0) < 2 or (len(counts) < 2 and not asked):
        return []  # one voice answering questions is a transcript too ("JOURNALIST:")
    _named_host(work, found)
    _only_asking(work, paragraphs, found)
    if not any(t.role == "asks" for t in found):
        _find_asker(work, paragraphs, found)
    return found


def _only_asking(work: str, paragraphs: Sequence[Paragraph], found: list[Turn]) -> None:
    """The turns of a voice the chair or operator announces as asking ("Our next question
    comes from Priya Raman from Morgan Stanley") and who only ever asks (every turn ends
    with a question mark): an analyst on an earnings call, a journalist called at a
    press conference. Their questions are read only for whom they report."""
    announced = " ".join(
        work[t.body : paragraphs[t.index].end] for t in found if t.role == "procedure"
    )
    if "question" not in announced.lower():
        return
    ends: dict[str, list[bool]] = {}
    for t in found:
        if t.role == "speaker":
            p = paragraphs[t.index]
            ends.setdefault(t.name or t.label, []).append(
                work[t.body : p.end].rstrip(" \t\"'\u201d\u2019)").endswith("?")
            )
    for voice, questions in ends.items():
        called = re.search(
            rf"(?i:\bquestions?\b)[^.?!\n]{{0,40}}\bfrom\s+(?:the\s+line\s+of\s+)?"
            rf"{re.escape(voice)}\b",
            announced,
        )
        if all(questions) and called is not None:
            for t in found:
                if t.role == "speaker" and (t.name or t.label) == voice:
                    t.role = "asks"


_HOST_LINE = re.compile(
    r"^[ \t]*(?i:moderator|host|presenter|anchor|interviewer)[ \t]*:[ \t]*"
    r"(?P<name>[A-Z][\w.'\u2019-]*(?:[ \t][A-Z][\w.'\u2019-]*){0,4})[ \t]*$",
    re.MULTILINE,
)


def _named_host(work: str, found: list[Turn]) -> None:
    """The turns of the moderator or host the page names at its head, on a line that is
    only the name ("Moderator: Kanokwan Sriwattana", then "KANOKWAN: ..."): their
    questions, read only for whom they report."""
    line = _HOST_LINE.search(work, 0, min(len(work), 3000))
    if line is None:
        return
    words = {w.lower() for w in re.findall(r"[^\W\d_]+", line["name"]) if len(w) > 2}
    for t in found:
        label = {w.lower() for w in re.findall(r"[^\W\d_]+", t.name or t.label)}
        if t.role == "speaker" and label and label <= words:
            t.role = "asks"


_NAME_LINE = re.compile(
    # "Desmond Koh — Group Chief Executive Officer" (an earnings call's turn), or
    # "KELVIN ONG, SENIOR ECONOMIST, HARBOURFRONT BANK, SINGAPORE:" (a reaction's head)
    r"[ \t]*(?P<name>[A-Z][\w.'\u2019-]+(?:[ \t][A-Z][\w.'\u2019-]+){1,4})"
    r"[ \t]+(?:\u2014|\u2013|--?)[ \t]+[A-Z][^\n]{1,90}"
    rf"|{CAPS_NAME_LINE.pattern}"
    # "Ram Bahadur Shrestha, 52, electronics wholesaler, New Road" (a vox pop's entry)
    r"|[ \t]*(?P<aged>[A-Z][\w.'\u2019-]+(?:[ \t][A-Z][\w.'\u2019-]+){0,4}),[ \t]+"
    r"\d{1,3},[ \t]+[a-z][^\n.!?]{1,100}"
    # "[CLIP] LOSA TUPUOLA:", "[SOUND BITE] TUILAGI SEIULI, MINISTER OF COMMERCE:" (a
    # broadcast script's recorded words, under the marker and the speaker's name)
    r"|[ \t]*[\[(](?:AUDIO[ \t]+)?(?:CLIP|SOUND[ \t]?BITE|SOT|GRAB|ACTUALITY|AUDIO|INSERT|BITE"
    r"|SYNC|VOX[ \t]POP)(?:[ \t]*[-:\u2013\u2014][^\])\n]{1,30})?[\])][ \t]*"
    r"(?P<clip>[A-Z][\w.'\u2019-]+(?:[ \t]+[A-Z][\w.'\u2019-]+){0,5})"
    r"(?:,[ \t]+[^:\n]{2,140}?)?(?:[ \t]*\([^()\n]{1,80}\))?[ \t]*:[ \t]*"
    # "* Haruto Sato, Minister of Economy:" (a reaction's head in mixed case, its words
    # quoted below)
    r"|[ \t]*(?:[*\u2022\u2013\u2014-][ \t]+)?"
    r"(?P<listed>[A-Z][\w.'\u2019-]+(?:[ \t][A-Z][\w.'\u2019-]+){1,3}),[ \t]+[^:\n]{2,120}:[ \t]*"
)
"""A line that is only a speaker's name and office (or age and trade, or a broadcast
clip's marker), their words in the paragraphs below."""


def _headed_turns(work: str, paragraphs: Sequence[Paragraph]) -> list[Turn]:
    """Turns headed by a line of their own that names the speaker and their office
    ("Desmond Koh — Group Chief Executive Officer", "KELVIN ONG, SENIOR ECONOMIST,
    HARBOURFRONT BANK, SINGAPORE:"), their words in the paragraphs below: two such lines
    in capitals, or three with a dash of which one names a speaker again, and words
    below two of them."""
    found: list[Turn] = []
    spoken = 0
    for n, p in enumerate(paragraphs):
        if p.kind not in {Kind.HEADING, Kind.CONTENT, Kind.CONTRIBUTOR} or p.end - p.start > 200:
            continue
        line = _NAME_LINE.fullmatch(work, p.start, p.end)
        if line is None:
            continue
        which = next(g for g in ("name", "caps", "aged", "clip", "listed") if line[g] is not None)
        name, at = line[which], line.start(which)
        if which == "listed" and not _quoted_below(work, paragraphs, n):
            continue  # in mixed case, only a heading over a quotation
        below = n + 1
        while below < len(paragraphs) and paragraphs[below].kind in {Kind.CONTENT, Kind.QUESTION}:
            below += 1
        words = (
            work[paragraphs[below - 1].start : paragraphs[below - 1].end] if below > n + 1 else ""
        )
        asks = words.rstrip(' \t"\u201d').endswith("?")  # an analyst's question
        found.append(
            Turn(
                index=n,
                label=work[p.start : p.end].strip(),
                label_start=p.start,
                body=p.end,
                role="asks" if asks else "speaker",
                name=name,
                name_start=at,
            )
        )
        spoken += below > n + 1  # words below the line
    # two lines in capitals ending with a colon are specific enough; lines with a dash
    # need a speaker who comes back (a call's executives answer more than once; an author
    # box or a run of captions names each person once)
    caps = sum(1 for t in found if t.label.endswith(":"))
    aged_lines = [t for t in found if _AGED_LINE.match(t.label)]
    quoted = sum(
        1
        for t in aged_lines
        if t.index + 1 < len(paragraphs)
        and work[paragraphs[t.index + 1].start : paragraphs[t.index + 1].end].lstrip()[:1] in QUOTES
    )  # a vox pop's entries open with the person's quoted words, most of them
    aged = len(aged_lines) if quoted >= 2 else 0
    dashed = [t.name for t in found if not t.label.endswith(":") and not _AGED_LINE.match(t.label)]
    again = len(dashed) >= 3 and len(set(dashed)) < len(dashed)
    # a broadcast clip's marker is specific enough alone ("[CLIP] MARK BROWN:")
    clips = sum(1 for t in found if clip_label(t.label))
    if clips and spoken >= 1:
        return found
    return found if (caps >= 2 or aged >= 3 or again) and spoken >= 2 else []


def clip_label(label: str) -> bool:
    """Whether a heading line is a broadcast clip's ("[CLIP] NAME:")."""
    return label.lstrip()[:1] in "[(" and label.endswith(":")


def _quoted_below(work: str, paragraphs: Sequence[Paragraph], n: int) -> bool:
    """Whether the paragraph after paragraph ``n`` opens with a quotation mark."""
    if n + 1 >= len(paragraphs):
        return False
    return work[paragraphs[n + 1].start : paragraphs[n + 1].end].lstrip()[:1] in QUOTES


_AGED_LINE = re.compile(r"[^,\n]+,[ \t]+\d{1,3},")
"""A heading line that gives a person's age after the name: three of them are a vox pop."""


def _find_asker(work: str, paragraphs: Sequence[Paragraph], found: list[Turn]) -> None:
    """A named voice that opens the transcript and ends its turns with questions while
    the others answer is the host or the interviewer ("MAYA TAN:", "**NK:**"): its
    turns are questions, read only for what it reports others said. Where someone
    chairs the proceedings, those asking are members with their own say."""
    chairs = {"speaker", "chair", "chairman", "chairwoman", "chairperson", "presiding"}
    for t in found:
        if t.role == "procedure" and set(re.findall(r"[a-z]+", t.label.lower())) & chairs:
            return
    named = [t for t in found if t.role == "speaker" and t.name]
    if not named:
        return
    # "Michał Zaremba:" at first, "MZ:" after: one voice
    names = [t.name for t in named if t.name]
    full = {i: name for name in names if " " in name for i in initials_of(name)}
    voice = {name: full.get(undotted(name), name) for name in names}
    first = voice[names[0]]
    asking: dict[str, list[int]] = {}
    for t in found:
        if t.role != "speaker" or not t.name:
            continue
        text = work[t.body : paragraphs[t.index].end].rstrip(' \t*_"\u201d)]')
        tally = asking.setdefault(voice.get(t.name, t.name), [0, 0])
        tally[0] += text.endswith("?")
        tally[1] += 1
    askers = [v for v, (q, n) in asking.items() if q >= 2 and q >= 0.4 * n]
    answerers = [v for v, (q, n) in asking.items() if n >= 2 and q <= 0.2 * n]
    if askers != [first] or not answerers:
        return
    for t in found:
        if t.name and voice.get(t.name) == askers[0]:
            t.role = "asks"


def undotted(label: str) -> str:
    """Initials without their full stops ("PTH" for "P.T.H."); any other label as is."""
    return label.replace(".", "") if re.fullmatch(r"(?:[A-Z]\.){2,4}", label) else label


def initials_of(name: str) -> set[str]:
    """The initials a name may be labelled by, a hyphenated part counting as a word of
    its own or not ("KWR" or "KW" for Katarzyna Wielgosz-Rudnicka)."""
    return {
        "".join(w[0] for w in re.split(split, name) if w).upper() for split in (r"\s+", r"[\s-]+")
    }


@lru_cache(maxsize=4)
def _first_names(work: str) -> frozenset[str]:
    """The words that start a name of two capitalised words or more in the text."""
    return frozenset(m[1] for m in _FULL_NAME.finditer(work, 0, min(len(work), 20_000)))


_FULL_NAME = re.compile(r"\b([A-Z][a-z][\w'\u2019-]*)[ \t]+[A-Z][a-z][\w'\u2019-]*")


def _named_fully(work: str, label: str) -> bool:
    """Whether a one-word label is the first word of a fuller name in the text."""
    word = label.strip()
    return word in _first_names(work) and word.lower() not in _NOT_VOICES | _ASKS


def courtesy(text: str) -> bool:
    """Whether a sentence is a courtesy or a signpost of a turn or a speech ("Thank you,
    Mbak Siti.", "Good afternoon, everyone.", "First, on the Retreat.")."""
    patterns = _patterns()
    stripped = text.strip().lstrip("\"'\u201c\u2018([").strip()
    if patterns["courtesy"].match(stripped) or _SAFE_HARBOUR.search(stripped):
        return True
    words = stripped.split()
    if len(words) > 8 or patterns["verb"].search(stripped) is not None:
        return False
    if stripped.lower().rstrip(".!") in _REPLIES:
        return False  # "No. We are saying ...": the answer's first word
    first = words[0].lower().strip(",.:;") if words else ""
    if first in _SHORT_ANSWERS:
        return False  # "Not overnight.", "Before the summer.", "Probably not."
    if first in {"next", "this", "last"} and len(words) == 2 and words[1].strip(".!") in _TIMES:
        return False  # "Next year.": an answer, not the signpost "Next, ..."
    return len(words) <= 3 or first in _SIGNPOSTS


_SAFE_HARBOUR = re.compile(
    r"forward[- ]looking statements?\b|actual results (?:may|could|might) differ"
    r"|safe[- ]harbou?r",
    re.IGNORECASE,
)
"""The notice that opens an earnings call, sentence by sentence: boilerplate, no view."""

_REPLIES = frozenset(
    {"no", "yes", "not yet", "not at all", "not really", "of course", "absolutely", "never"}
    | {"certainly", "exactly", "indeed", "correct", "definitely", "no, not yet", "yes and no"}
)
"""Short answers that open a turn and are its words ("No.", "Not yet.")."""
_SHORT_ANSWERS = frozenset(
    {"not", "probably", "perhaps", "maybe", "partly", "mostly", "neither", "soon", "before"}
    | {"within", "until", "hardly", "only", "almost", "nowhere", "nothing", "none", "after"}
    | {"about", "around", "roughly", "nearly", "by", "early", "late", "since"}
)
"""First words of a short answer without a verb ("Not overnight.", "Within a year.")."""
_TIMES = frozenset(
    {"year", "month", "week", "quarter", "spring", "summer", "autumn", "winter", "time"}
)
_SIGNPOSTS = frozenset(
    {"first", "second", "third", "fourth", "fifth", "finally", "lastly", "next", "also"}
    | {"on", "regarding", "concerning", "now", "turning", "firstly", "secondly", "thirdly"}
)
"""First words of a turn's signposts ("First, on the Retreat.", "On the repatriation.")."""


def vocative_end(work: str, at: int, end: int) -> int:
    """Past the vocatives opening a turn ("Mr Speaker, Sir, "), else ``at``."""
    pattern = _patterns()["vocative"]
    while True:
        match = pattern.match(work, at, end)
        if match is None:
            return at
        at = match.end()


@attrs.define(kw_only=True)
class Speech:
    """A text that is one speaker's speech: the name in its title block, where the name
    is, and the paragraphs that are the speech."""

    name: str
    name_start: int
    paragraphs: list[int]
    delivered: bool = False
    """Published as spoken ("as delivered", "(Applause)"): the speaker's words, quoted."""


def speech(work: str, paragraphs: Sequence[Paragraph]) -> Speech | None:
    """The speech the text is, if its title block says so ("ADDRESS BY ...") and its
    paragraphs speak in the first person."""
    patterns = _patterns()
    top = 0
    for p in paragraphs[:12]:
        if p.kind is Kind.CONTENT and len(work[p.start : p.end].split()) >= 40:
            break
        top = p.end
    match = patterns["speech"].search(work, 0, top)
    if match is None:
        # "Editor's note: The following are excerpts from the speech delivered by X"
        note = next(
            (p for p in paragraphs[:12] if p.kind is Kind.CONTENT),
            None,
        )
        if note is None or not (
            patterns["editors_note"].match(work, note.start, note.end)
            or patterns["presented"].search(work, note.start, note.end)
        ):
            return None
        match = patterns["speech"].search(work, note.start, note.end)
        if match is None:
            return None
    n0 = max(n for n, p in enumerate(paragraphs) if p.start <= match.start("name"))
    body = [
        n
        for n, p in enumerate(paragraphs)
        if n > n0 and p.kind is Kind.CONTENT and len(work[p.body : p.end].split()) >= 6
    ]
    body = [n for n in body if not _bracketed(work[paragraphs[n].body : paragraphs[n].end])]
    first = sum(1 for n in body if patterns["first_person"].search(unquoted(work, paragraphs[n])))
    if len(body) < 3 or first < 0.5 * len(body):
        return None
    raw = _speaker_in(match["name"])
    if _CLAUSE.search(raw):
        return None  # "Remarks by the Vice Minister are as delivered by ...": no title block
    bare = patterns["honorifics"].sub("", raw).strip()
    name = bare.title() if bare.isupper() else bare
    start = match.start("name") + match["name"].find(bare)
    delivered = bool(patterns["delivered"].search(work, 0, paragraphs[body[0]].start)) or any(
        patterns["audience"].search(work, paragraphs[n].body, paragraphs[n].end) for n in body
    )
    return Speech(name=name, name_start=start, paragraphs=body, delivered=delivered)


_CLAUSE = re.compile(r"\b(?:are|is|was|were|has|have|had|will|would|shall)\b")
"""A verb that makes a title block's "BY ..." phrase a sentence, not a speaker."""
_OCCASION = re.compile(r"\s+(?:at|to|during|on|before|in)\s+(?:the\s+)?[A-Z]")
_TITLE_WORDS = re.compile(
    r"(?i:secretary-general|secretary|minister|president|chairman|chair|director|deputy"
    r"|vice|prime|foreign|senior|state|general|ambassador|governor|premier|chief|head"
    r"|commissioner|of|for|and|the|asean|affairs|trade|industry|finance)$"
)


def _speaker_in(phrase: str, occasion: bool = True) -> str:
    """The speaker in a title block's "BY ..." phrase: before the occasion ("at the
    Opening of ..."), the personal name after the titles ("Secretary-General of ASEAN
    Dr Kao Kim Hourn" is Kao Kim Hourn), else the whole phrase."""
    cut = _OCCASION.search(phrase) if occasion else None
    phrase = (phrase[: cut.start()] if cut else phrase).strip().rstrip(",")
    words = phrase.split()
    n = len(words)
    while n > 0 and words[n - 1][:1].isupper() and not _TITLE_WORDS.match(words[n - 1]):
        if _patterns()["honorifics"].match(words[n - 1] + " "):
            break
        n -= 1
    name = " ".join(words[n:])
    return name if len(words) - n >= 2 else phrase


def _bracketed(text: str) -> bool:
    text = text.strip()
    return (text[:1], text[-1:]) in {("(", ")"), ("[", "]")}


def unquoted(work: str, p: Paragraph) -> str:
    """Paragraph ``p``'s words without what its quotation marks hold."""
    return re.sub(r"[\"\u201c][^\"\u201c\u201d]*[\"\u201d]", " ", work[p.body : p.end])


def joint_paragraphs(work: str, paragraphs: Sequence[Paragraph]) -> list[tuple[int, int]]:
    """The numbered paragraphs of a joint statement in the first person plural ("1. We,
    the Heads of State ...", "2. Recognising that ...", "3. We reaffirm ..."), as
    (paragraph index, where its text starts): runs of three or more numbered
    paragraphs of which two or more open with "We"."""
    patterns = _patterns()
    out: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    ours = 0

    def close() -> None:
        if len(run) >= 3 and ours >= 2:
            out.extend(run)

    for n, p in enumerate(paragraphs):
        if p.kind not in {Kind.CONTENT, Kind.HEADING}:
            if run and p.kind is not Kind.DUPLICATE:
                close()
                run, ours = [], 0
            continue
        number = patterns["numbered"].match(work, p.start, p.end)
        if number is None:
            close()
            run, ours = [], 0
            continue
        at = number.end()
        if not patterns["preamble"].match(work, at, p.end):
            close()
            run, ours = [], 0
            continue
        run.append((n, at))
        ours += work.startswith("We", at)
    close()
    return out


_SIGNED = re.compile(
    r"(?P<text>\S.*?)\s*(?:pic\.twitter\.com/\S+\s*)?[\u2014\u2013-]{1,2}\s*"
    r"(?P<name>[A-Z][^()\n]{1,60}?)\s*\(@[\w.]{2,30}\)\s*(?:[A-Z][a-z]+\.? \d{1,2},? \d{4})?\s*$"
)
_SIGNATURE = re.compile(
    r"[\u2014\u2013-]{1,2}\s*(?P<name>[A-Z][^()\n]{1,60}?)\s*\(@[\w.]{2,30}\)"
    r"\s*(?:[A-Z][a-z]+\.? \d{1,2},? \d{4})?\s*$"
)
"""The signature line of a post embedded as two lines: "— Name (@handle) Date"."""
_SHARED = re.compile(r"A post shared by (?P<name>[A-Z][^()\n]{1,60}?)\s*\(@[\w.]{2,30}\)")


def _signed_posts(work: str, paragraphs: Sequence[Paragraph]) -> list[Post]:
    """Posts embedded as a signed quotation: "TEXT — Name (@handle) Month D, YYYY" (an
    embedded tweet), or a caption followed by "A post shared by Name (@handle)"."""
    out: list[Post] = []
    for n, p in enumerate(paragraphs):
        if p.kind is Kind.FURNITURE or work.find("(@", p.start, p.end) == -1:
            continue  # no handle, no signature (and no pattern tried over long blanks)
        signed = _SIGNED.fullmatch(work, p.start, p.end)
        if signed is not None and len(signed["text"].split()) >= 3:
            body = Paragraph(start=p.start, end=signed.end("text"), kind=Kind.CONTENT)
            out.append(
                Post(
                    name=signed["name"].strip(),
                    name_start=signed.start("name"),
                    paragraphs=[],
                    spans=[(body.start, body.end)],
                )
            )
            continue
        signature = _SIGNATURE.fullmatch(work, p.start, p.end)
        if signature is not None and n > 0:
            q = paragraphs[n - 1]
            words = len(work[q.start : q.end].split())
            if q.kind in {Kind.CONTENT, Kind.HEADING} and 3 <= words <= 80:
                out.append(
                    Post(
                        name=signature["name"].strip(),
                        name_start=signature.start("name"),
                        paragraphs=[n - 1],
                    )
                )
                continue
        shared = _SHARED.match(work, p.start, p.end)
        if shared is not None and n > 0:
            q = paragraphs[n - 1]
            if q.kind in {Kind.CONTENT, Kind.HEADING} and len(work[q.start : q.end].split()) >= 3:
                out.append(
                    Post(
                        name=shared["name"].strip(),
                        name_start=shared.start("name"),
                        paragraphs=[n - 1],
                    )
                )
    return out


@attrs.define(kw_only=True)
class Post:
    """An embedded social media post: its account holder's name and the post's text."""

    name: str
    name_start: int
    paragraphs: list[int]
    delivered: bool = False
    """Published as spoken ("as delivered", "(Applause)"): the speaker's words, quoted."""
    spans: list[tuple[int, int]] = attrs.field(factory=list)
    """Spans of post text that are not whole paragraphs (a signed embed)."""


_NAME_AND_HANDLE = re.compile(
    r"(?P<name>[^\W\d_][^@\n]{0,60}?)[\s\u2713\u2714\u2611\u2705]*@\w{2,30}"
)
"""A post's author and handle on one line, a verified mark between: "Zainab Musa-Dikko
\u2713 @ZMusaDikko"."""


def posts(work: str, paragraphs: Sequence[Paragraph]) -> list[Post]:
    """Posts between "Twitter post" (or "X post", "Facebook post" ...) and "End of ...
    post": the first line that is not a handle names the author; the lines after the
    handle, up to the time stamp, are the post."""
    patterns = _patterns()
    out: list[Post] = _signed_posts(work, paragraphs)
    n = 0
    while n < len(paragraphs):
        p = paragraphs[n]
        text = work[p.start : p.end].strip()
        if len(text) > 40 or not patterns["post_start"].fullmatch(text):
            n += 1
            continue
        stop = n + 1
        stamped = -1  # the first time stamp, which ends a post with no "End of post"
        while stop < len(paragraphs) and stop - n <= 12:
            inner = work[paragraphs[stop].start : paragraphs[stop].end].strip()
            if patterns["post_end"].match(inner):
                break
            if stamped < 0 and patterns["timestamp"].match(inner):
                stamped = stop
            stop += 1
        if (stop >= len(paragraphs) or stop - n > 12) and stamped > 0:
            stop = stamped  # "Embedded post", the author and handle, the post, its time
        elif stop >= len(paragraphs) or stop - n > 12:
            n += 1
            continue
        name: tuple[str, int] | None = None
        body: list[int] = []
        handle = False
        for k in range(n + 1, stop):
            q = paragraphs[k]
            line = work[q.start : q.end].strip()
            signed = _NAME_AND_HANDLE.fullmatch(line)
            if name is None and not handle and signed is not None:
                # "ASEAN \u2713 @ASEAN": the author and the handle on one line
                name = (signed["name"], q.start + work[q.start : q.end].find(signed["name"]))
                handle = True
                continue
            if patterns["handle"].fullmatch(line) or line.startswith("@"):
                handle = True
                continue
            if name is None and not handle:
                name = (line, q.start + work[q.start : q.end].find(line))
                continue
            if patterns["timestamp"].match(line):
                continue
            if handle and line:
                body.append(k)
        if name is not None and body and len(name[0].split()) <= 6:
            out.append(Post(name=name[0], name_start=name[1], paragraphs=body))
        n = stop + 1
    return out
