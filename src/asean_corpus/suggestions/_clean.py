"""A working copy of the text, cleaned without moving any character.

Every rule of the engine reads the working copy, and every span it reports indexes the
original text: stray characters of scraped pages (no-break and zero-width spaces, a
mojibake ``Â``, replacement characters, HTML entities and tags) become spaces or the
mark they stand for (corner brackets and guillemets the curly quotation marks), padded
with spaces to the same length; a block tag (``<p>``, ``<div>``, ``<br>``) becomes a
line break, so that a page pasted as HTML keeps its paragraphs. Punctuation mis-decoded as
Windows-1252 (``â€œ`` for an opening quotation mark, ``â€`` for a closing one, ``â€™``
for an apostrophe, ``â€“`` for a dash) becomes the mark: an opening mark is put last,
next to the word it opens, a closing mark or dash first; an apostrophe between letters
becomes three straight apostrophes, so that the word stays one word.

For the engine, :func:`interruptions` also blanks the lines that interrupt the text
rather than belong to it: a PDF's page numbers ("2 | P a g e", "Page 3 of 9") and the
running header or footer repeated beside them, and advertisement markers
("ADVERTISEMENT"), alone on a line or glued to the end of a paragraph. A paragraph
broken by them then reads as one (see ``_layout``). The draft renderer keeps them, to
name the lines the article's body drops. :func:`around_names` blanks what stands beside
a name without belonging to it (its own script in brackets, a class year, the comma of
"Co., Ltd.", "Yang Berhormat"), so that the rules read the name next to what follows.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["around_names", "clean", "interruptions", "translations", "widen"]

_CHARS = {
    **{c: " " for c in range(0x20) if c != 0x0A},
    0x7F: " ",
    0x00A0: " ",
    0x00AD: " ",
    0x200B: " ",
    0x200C: " ",
    0x200D: " ",
    0x200E: " ",
    0x200F: " ",
    **dict.fromkeys(range(0x202A, 0x202F), " "),  # bidirectional embeddings and overrides
    **dict.fromkeys(range(0x2066, 0x206A), " "),  # bidirectional isolates
    0x2060: " ",
    0xFEFF: " ",
    0xFFFD: " ",
    0x2028: "\n",
    0x2029: "\n",
    0x0085: "\n",
    0x2009: " ",
    0x202F: " ",
    0x3000: " ",
    # corner brackets, the quotation marks of Chinese and Japanese, as English prints
    # them in translations ("He said, \u300cWe agree.\u300d")
    0x300C: "\u201c",
    0x300D: "\u201d",
    0x300E: "\u2018",
    0x300F: "\u2019",
    0xFF02: '"',
}
_TABLE = str.maketrans(_CHARS)

_ENTITY = re.compile(r"&(?:#\d{2,5}|[a-z]{2,6});")
_ENTITIES = {
    "&quot;": '"',
    "&amp;": "&",
    "&nbsp;": " ",
    "&ldquo;": "\u201c",
    "&rdquo;": "\u201d",
    "&lsquo;": "\u2018",
    "&rsquo;": "\u2019",
    "&apos;": "'",
    "&#39;": "'",
    "&#34;": '"',
    "&#8220;": "\u201c",
    "&#8221;": "\u201d",
    "&#8216;": "\u2018",
    "&#8217;": "\u2019",
    "&#160;": " ",
}
_MOJIBAKE = re.compile("\u00c2(?=[ \u00a0-\u00bf])")
_CP1252 = re.compile("\u00e2\u20ac(.?)", re.DOTALL)
_THIRD = {
    "\u0153": ("\u201c", "opening"),
    "\u02dc": ("\u2018", "opening"),
    "\u2122": ("\u2019", "closing"),
    "\u201c": ("\u2013", "closing"),
    "\u201d": ("\u2014", "closing"),
    "\u00a6": ("\u2026", "closing"),
    "\u00a2": ("\u2022", "closing"),
    "\u009d": ("\u201d", "closing"),
}
"""The third character of a mis-decoded ``E2 80 xx`` sequence, and the mark it stands for."""


def _cp1252(match: re.Match[str]) -> str:
    third = match[1]
    found = _THIRD.get(third)
    if found is None:
        # "â€" alone: a closing quotation mark whose last byte was lost
        return "\u201d " + third
    mark, side = found
    if mark == "\u2019":
        text, at = match.string, match.start()
        before = text[at - 1] if at > 0 else " "
        after = text[match.end()] if match.end() < len(text) else " "
        if before.isalnum() and after.isalnum():
            return "'" * 3  # "Weâ€™re": an apostrophe inside a word
    return "  " + mark if side == "opening" else mark + "  "


_QUOTE_MARKS = frozenset({'"', "'", "\u201c", "\u2018"})


def _entity(match: re.Match[str]) -> str:
    found = _ENTITIES.get(match[0])
    if found is None:
        return match[0]
    pad = " " * (len(match[0]) - 1)
    if found in _QUOTE_MARKS:
        text, at, end = match.string, match.start(), match.end()
        before = text[at - 1] if at > 0 else " "
        after = text[end] if end < len(text) else " "
        if (before.isspace() or before in "([:>") and not after.isspace():
            return pad + found  # '&quot;We': an opening mark, next to its first word
    return found + pad


_SCRIPT = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>|<!--.*?-->", re.IGNORECASE | re.DOTALL)
_BLOCKS = frozenset(
    {"p", "div", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt"}
    | {"dd", "blockquote", "figure", "figcaption", "section", "article", "aside", "header"}
    | {"footer", "nav", "main", "table", "thead", "tbody", "tr", "td", "th", "caption", "pre"}
    | {"address", "picture", "iframe", "noscript"}
)
"""HTML elements that stand on lines of their own."""
_INLINE = frozenset(
    {"a", "b", "i", "u", "s", "em", "strong", "span", "small", "big", "sup", "sub", "time"}
    | {"mark", "cite", "q", "abbr", "font", "img", "source", "label", "button"}
)
"""HTML elements inside a line of text."""
_TAG = re.compile(
    rf"</?(?P<name>{'|'.join(sorted(_BLOCKS | _INLINE, key=len, reverse=True))})\b"
    r"(?:\s[^<>]{0,600})?/?>",
    re.IGNORECASE,
)
"""An HTML tag left in a scraped text."""


def _tag(match: re.Match[str]) -> str:
    """A tag's blank: a block tag ends a line (a paragraph of its own), others a space."""
    size = len(match[0])
    return "\n" + " " * (size - 1) if match["name"].lower() in _BLOCKS else " " * size


def _script(match: re.Match[str]) -> str:
    return re.sub(r"[^\n]", " ", match[0])


def clean(text: str) -> str:
    """The working copy of ``text``: same length, stray characters made harmless.

    >>> clean("Kao\\u00a0said &quot;yes&quot;\\u200b.")
    'Kao said      "yes"      .'
    >>> len(clean("a&amp;b")) == len("a&amp;b")
    True
    >>> clean("\u00e2\u20ac\u0153Yes,\u00e2\u20ac he said.")
    '  \u201cYes,\u201d  he said.'
    >>> clean('one."[4] She')
    'one."    She'
    >>> clean("<p>Kao <em>said</em> so.</p>")
    '\\n  Kao     said      so.\\n   '
    """
    work = _MOJIBAKE.sub(" ", text) if "\u00c2" in text else text
    if "\u00e2\u20ac" in work:
        work = _CP1252.sub(_cp1252, work)
    work = work.translate(_TABLE)
    if "\u00ab" in work or "\u00bb" in work:
        work = _guillemets(work)
    if "&" in work:
        work = _ENTITY.sub(_entity, work)
    if "<" in work:
        work = _TAG.sub(_tag, _SCRIPT.sub(_script, work))
    if "[" in work:
        work = _FOOTNOTE.sub(lambda m: " " * len(m[0]), work)
    return work


def _guillemets(work: str) -> str:
    """Guillemets as the curly marks they stand for, each next to the words it encloses
    (French spacing, "\u00ab Oui \u00bb", is moved outside the marks); the marks the other
    way round (German, "\u00bbJa\u00ab") when the first one points right."""
    first = min(at for at in (work.find("\u00ab"), work.find("\u00bb")) if at != -1)
    opening, closing = ("\u00bb", "\u00ab") if work[first] == "\u00bb" else ("\u00ab", "\u00bb")
    work = re.sub(rf"{opening}([ \t]*)", lambda m: m[1] + "\u201c", work)
    return re.sub(rf"([ \t]*){closing}", lambda m: "\u201d" + m[1], work)


_FOOTNOTE = re.compile(r"(?<=[\w.!?,;:\"\u201d\u2019')])\[\d{1,3}\]")
"""A footnote's number after a word or a sentence ('"... a closed one."[4] She')."""


_PAGE_NUMBER = re.compile(
    r"^[ \t]*(?:\d{1,4}[ \t]*\|[ \t]*P[ \t]?a[ \t]?g[ \t]?e|[Pp]age[ \t]+\d{1,4}"
    r"(?:[ \t]+of[ \t]+\d{1,4})?|-[ \t]*\d{1,4}[ \t]*-)[ \t]*$",
    re.MULTILINE,
)
_ADVERT = re.compile(
    r"^[ \t]*(?:advertisement|advertisements|sponsored|scroll to continue with content"
    r"|story continues below(?: advertisement)?)[ \t]*$"
    r"|(?<=[.!?\u201d\"\u2019])(?:ADVERTISEMENT|Advertisement)[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)


def _blank(work: str, spans: list[tuple[int, int]]) -> str:
    if not spans:
        return work
    parts = []
    at = 0
    for a, b in sorted(spans):
        if a < at:
            a = at
        parts.append(work[at:a])
        parts.append(" " * (b - a))
        at = max(at, b)
    parts.append(work[at:])
    return "".join(parts)


def interruptions(work: str) -> str:
    """Page numbers with their running headers and footers, and advertisement markers,
    as spaces (same length, line breaks kept).

    >>> interruptions("costs are\\nReport 2026\\n1 | P a g e\\nReport 2026\\nhigh.\\n").split()
    ['costs', 'are', 'high.']
    >>> interruptions("he said.ADVERTISEMENT\\nADVERTISEMENT\\n")
    'he said.             \\n             \\n'
    """
    spans = [m.span() for m in _ADVERT.finditer(work)] if "dvert" in work.lower() else []
    numbers = [m.span() for m in _PAGE_NUMBER.finditer(work)]
    if numbers:
        spans += numbers
        lines: dict[str, list[tuple[int, int]]] = {}
        start = 0
        for line in work.split("\n"):
            key = line.strip()
            if key and len(key) <= 120:
                lines.setdefault(key, []).append((start, start + len(line)))
            start += len(line) + 1
        running: set[str] = set()
        for a, b in numbers:
            for near in (_line_before(work, a), _line_after(work, b)):
                key = near.strip()
                if len(lines.get(key, ())) >= 2 and len(key.split()) <= 15:
                    running.add(key)
        for key in running:
            spans += lines[key]
    return _blank(work, spans)


_NATIVE_NAME = re.compile(
    r"(?<=[A-Za-z.])[ \t]?\((?:[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
    r"\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]+[ \u00b7\u30fb]?){1,6}\)"
)
"""A name's own script in brackets after it: "Chen Wen-chi (陳文琪)"."""
_CLASS_YEAR = re.compile(r"\b[A-Z][a-z]+( ['\u2019]\d{2})(?=[,\s])")
"""A student's class year after the name: "Daniel Okafor '27"."""
_LEGAL_COMMA = re.compile(r"\bCo\.?(,)(?= (?:Ltd|Inc|LLC|Limited|JSC|PLC)\b)")
"""The comma inside a company's legal form: "Co., Ltd."."""
_STYLE = re.compile(r"\b(Yang (?:Amat )?(?:Berhormat|Mulia|Berbahagia|Dimuliakan) )(?=[A-Z])")
"""A Malay style of address before a name or title: "Yang Berhormat"."""
_AROUND_NAMES: tuple[tuple[re.Pattern[str], int, Callable[[str], bool]], ...] = (
    (_NATIVE_NAME, 0, lambda work: any(ch > "\u2fff" for ch in work)),
    (_CLASS_YEAR, 1, lambda work: "'" in work or "\u2019" in work),
    (_LEGAL_COMMA, 1, lambda work: "Co" in work),
    (_STYLE, 1, lambda work: "Yang " in work),
)
"""Each pattern, the group it blanks, and a quick test that it may occur at all."""


_TRANSLATION = re.compile(
    r"(?<=[\"\u201d])[ \t]*(?P<gloss>\[[A-Z][^\[\]\n]{8,400}?\]|\([A-Z][^()\n]{8,400}?\))"
)
"""A gloss in brackets right after a closing quotation mark."""


def translations(work: str) -> str:
    """The writer's translation in brackets right after a quotation in another language
    ('"Nadie nos va a regalar esos mercados" [Nobody is going to give us those markets]'),
    as spaces (same length): the quotation is the speaker's words, and the cue after the
    translation closes it as it would close the quotation alone. Only a gloss of three
    words or more that opens with a capital ("[sic]" or "(laughs)" stay).

    >>> translations('"Vamos bien" [We are doing well], he said.').split()
    ['"Vamos', 'bien"', ',', 'he', 'said.']
    """
    if "[" not in work and "(" not in work:
        return work
    spans = [m.span("gloss") for m in _TRANSLATION.finditer(work) if len(m["gloss"].split()) >= 3]
    return _blank(work, spans)


def around_names(work: str) -> str:
    """What stands beside a name or title without being part of what is said or of the
    name, as spaces (same length), so that the name is followed by what follows it:
    its own script in brackets ("Chen Wen-chi (陳文琪), a director"), a student's class
    year ("Daniel Okafor '27, a major"), the comma of a legal form ("Y Co., Ltd., said"
    would close an appositive early) and a Malay style of address ("Yang Berhormat
    Minister of Foreign Affairs II").

    >>> around_names("Chen Wen-chi (\u9673\u6587\u742a), a director, said").split()
    ['Chen', 'Wen-chi', ',', 'a', 'director,', 'said']
    >>> around_names("Daniel Okafor '27, a senior, said").split()
    ['Daniel', 'Okafor', ',', 'a', 'senior,', 'said']
    >>> around_names("X, manager of Y Co., Ltd., said")
    'X, manager of Y Co.  Ltd., said'
    >>> around_names("Yang Berhormat Minister of Foreign Affairs II conveyed").split()
    ['Minister', 'of', 'Foreign', 'Affairs', 'II', 'conveyed']
    """
    spans = [
        m.span(group)
        for pattern, group, present in _AROUND_NAMES
        if present(work)
        for m in pattern.finditer(work)
    ]
    return _blank(work, spans)


def _line_before(work: str, at: int) -> str:
    end = work.rfind("\n", 0, at)
    if end <= 0:
        return ""
    return work[work.rfind("\n", 0, end) + 1 : end]


def _line_after(work: str, at: int) -> str:
    start = work.find("\n", at)
    if start == -1:
        return ""
    end = work.find("\n", start + 1)
    return work[start + 1 : end if end != -1 else len(work)]


def widen(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` grown to cover whole mis-decoded marks it cuts through.

    >>> text = "was \\u00e2\\u20ac\\u0153late\\u00e2\\u20ac today"
    >>> widen(text, 6, 12)
    (4, 13)
    >>> text = "said &quot;yes&quot; today"
    >>> text[slice(*widen(text, 10, 15))]
    '&quot;yes&quot;'
    """
    for at in range(max(0, end - 2), end):
        if text.startswith("\u00e2\u20ac", at):
            stop = at + 2
            if stop < len(text) and text[stop] in _THIRD:
                stop += 1
            end = max(end, stop)
            break
    for at in range(max(0, start - 2), start):
        if text.startswith("\u00e2\u20ac", at):
            start = min(start, at)
            break
    amp = text.rfind("&", max(0, start - 7), start)
    if amp != -1:
        entity = _ENTITY.match(text, amp)
        if entity is not None and entity.end() > start:
            start = amp  # ';We are ...' inside '&quot;We are ...': the whole entity
    amp = text.rfind("&", max(0, end - 7), end)
    if amp != -1:
        entity = _ENTITY.match(text, amp)
        if entity is not None and entity.end() > end:
            end = entity.end()
    return start, end
