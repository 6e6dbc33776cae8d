"""Suggestions rendered for people and programs: a table, JSON, and a draft annotation file.

:func:`to_toml` writes the annotation format that :func:`asean_corpus.build` reads (see
the annotation guide): the article's header and body rules, then one
``[[statement]]`` per suggestion, each marked as suggested, to confirm, edit or delete.
What only a person can decide is marked ``TO REVIEW``.
"""

from __future__ import annotations

import enum
import json
import re
import textwrap
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from ..dates import PartialDate, parse_date
from ..exceptions import InvalidQueryError
from ..model import Mode, Span
from ._clean import clean
from ._layout import Kind, Paragraph, lay_out
from ._lexicon import COLLECTIVES, ORG_HEADS, OUTLET_HEADS
from ._published import article_date
from .suggestion import Suggestion

if TYPE_CHECKING:
    from .. import Corpus
    from ..dates import DateLike

__all__ = ["to_json", "to_table", "to_toml"]

_DROPPED = frozenset(
    {
        "navigation",
        "sharing",
        "link",
        "advertisement",
        "comment form",
        "copyright",
        "caption",
        "source line",
        "credit",
        "publication date",
        "tags",
        "author box",
        "download",
    }
)
"""Furniture the annotation guide drops from a body (tip and FAQ boxes are kept)."""


def _check(suggestions: Iterable[Suggestion]) -> tuple[Suggestion, ...]:
    items = tuple(suggestions)
    wrong = [type(s).__name__ for s in items if not isinstance(s, Suggestion)]
    if wrong:
        msg = f"expected Suggestion records, got {', '.join(sorted(set(wrong)))}"
        raise InvalidQueryError(msg)
    return items


def _whole(name: str, value: object, *, least: int, none: bool = False) -> None:
    """Refuse an argument that is not a whole number of at least ``least``."""
    if value is None and none:
        return
    if isinstance(value, bool) or not isinstance(value, int) or value < least:
        also = " or None" if none else ""
        msg = f"{name} must be a whole number of at least {least}{also}, got {value!r}"
        raise InvalidQueryError(msg)


def _text_or_none(name: str, value: object) -> None:
    if value is not None and not isinstance(value, str):
        msg = f"{name} must be a str or None, got {type(value).__name__}: {value!r}"
        raise InvalidQueryError(msg)


def _value(value: Any) -> Any:
    if isinstance(value, PartialDate):
        return str(value)
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, tuple):
        return list(value)
    return value


def as_record(suggestion: Suggestion) -> dict[str, Any]:
    """One suggestion as a flat mapping, fields in record order, spans as start and end.

    >>> from asean_corpus import Mode, Span
    >>> s = Suggestion(span=Span(4, 9), text="Hello", speaker="Ana", mode=Mode.DIRECT_QUOTE,
    ...                verbatim=True, confidence=0.9)
    >>> record = as_record(s)
    >>> record["start"], record["end"], record["mode"], record["mention_start"]
    (4, 9, 'direct_quote', None)
    """
    out: dict[str, Any] = {}
    for field in attrs.fields(Suggestion):
        value = getattr(suggestion, field.name)
        if field.name == "span":
            out["start"], out["end"] = value.start, value.end
        elif field.name == "mention_span":
            out["mention_start"] = value.start if isinstance(value, Span) else None
            out["mention_end"] = value.end if isinstance(value, Span) else None
        else:
            out[field.name] = _value(value)
    return out


def to_json(suggestions: Iterable[Suggestion], *, indent: int | None = 2) -> str:
    """The suggestions as a JSON array, one object per suggestion (span as start, end).

    >>> import asean_corpus as ac
    >>> from asean_corpus.suggestions import to_json
    >>> print(to_json(ac.suggest("Kao Kim Hourn said trade would grow.")))  # doctest: +ELLIPSIS
    [
      {
        "start": 19,
        "end": 36,
        "text": "trade would grow.",
        "speaker": "Kao Kim Hourn",
        "speaker_id": "kao-kim-hourn",
    ...
    """
    _whole("indent", indent, least=0, none=True)
    records = [as_record(s) for s in _check(suggestions)]
    return json.dumps(records, ensure_ascii=False, indent=indent)


def to_table(suggestions: Iterable[Suggestion], *, width: int = 120) -> str:
    """The suggestions as a plain-text table, one line each, the text cut to fit.

    The ``attribution`` column is left out when it would leave the text fewer than 20
    characters.

    >>> import asean_corpus as ac
    >>> from asean_corpus.suggestions import to_table
    >>> print(to_table(ac.suggest("Kao Kim Hourn said trade would grow."), width=90))
    #  span   speaker        mode      by     cue   said on  conf  text
    1  19-36  Kao Kim Hourn  reported  named  said  -        0.85  trade would grow.
    >>> print(to_table(ac.suggest("Kao Kim Hourn said trade would grow."), width=80))
    #  span   speaker        mode      cue   said on  conf  text
    1  19-36  Kao Kim Hourn  reported  said  -        0.85  trade would grow.
    """
    _whole("width", width, least=1)
    items = _check(suggestions)
    if not items:
        return "no statements found"
    rows: list[tuple[str, ...]] = [
        ("#", "span", "speaker", "mode", "by", "cue", "said on", "conf", "text")
    ]
    for n, s in enumerate(items, start=1):
        rows.append(
            (
                str(n),
                f"{s.span.start}-{s.span.end}",
                _cut(s.speaker + ("" if s.speaker_id else " (?)"), 28),
                s.mode.value,
                s.attribution.value,
                _cut(s.cue or "-", 22),
                str(s.said_on) if s.said_on else "-",
                f"{s.confidence:.2f}",
                " ".join(s.text.split()),
            )
        )
    widths = [max(len(r[c]) for r in rows) for c in range(8)]
    if sum(widths) + 2 * len(widths) + 20 > width:
        rows = [row[:4] + row[5:] for row in rows]  # no room for the attribution
        widths = widths[:4] + widths[5:]
    cells = len(widths)
    lines = []
    for row in rows:
        head = "  ".join(
            cell.rjust(w) if c in {0, cells - 1} else cell.ljust(w)
            for c, (cell, w) in enumerate(zip(row[:cells], widths, strict=True))
        )
        room = max(10, width - len(head) - 1)
        lines.append(f"{head}  {_cut(row[cells], room)}".rstrip())
    return "\n".join(lines)


def _cut(text: str, size: int) -> str:
    return text if len(text) <= size else text[: size - 3] + "..."


# -- the draft annotation file ----------------------------------------------------------


def _toml(value: str) -> str:
    """A TOML basic string."""
    out = ['"']
    for ch in value:
        code = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\r":
            out.append("\\r")
        elif code < 0x20 or code == 0x7F or 0xD800 <= code <= 0xDFFF:
            out.append(f"\\u{0xFFFD if 0xD800 <= code <= 0xDFFF else code:04X}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def _toml_list(values: Sequence[str]) -> str:
    return "[" + ", ".join(_toml(v) for v in values) + "]"


def slug(name: str) -> str:
    """An actor id for a name: ASCII, lowercase, words joined by hyphens.

    >>> slug("Nurul Hidayah Rahman"), slug("Ministry of Investment, Trade & Industry")
    ('nurul-hidayah-rahman', 'ministry-of-investment-trade-industry')
    >>> slug("Malaysia\u2019s trade ministry")  # an apostrophe joins, as in peoples-daily
    'malaysias-trade-ministry'
    """
    name = re.sub(r"(?<=\w)['\u2019](?=\w)", "", name)
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "unnamed"


class _NewIds:
    """The draft ids of speakers who are not actors, by name: each its :func:`slug`,
    numbered when another speaker of the draft has that slug ("unnamed" for two names
    in Cyrillic script, say: ``unnamed``, ``unnamed-2``). Lookups and new ids take
    constant time, however many speakers share a slug."""

    def __init__(self) -> None:
        self.names: dict[str, str] = {}  # id -> name, in the order given
        self._ids: dict[str, str] = {}  # name -> id
        self._next: dict[str, int] = {}  # slug -> the next number to try

    def of(self, name: str) -> str:
        found = self._ids.get(name)
        if found is not None:
            return found
        base = slug(name)
        candidate, n = base, self._next.get(base, 2)
        while candidate in self.names:
            candidate, n = f"{base}-{n}", n + 1
        self._next[base] = n
        self.names[candidate] = name
        self._ids[name] = candidate
        return candidate


def _lines(text: str) -> list[tuple[int, int]]:
    out = []
    start = 0
    while True:
        stop = text.find("\n", start)
        if stop == -1:
            out.append((start, len(text)))
            return out
        out.append((start, stop))
        start = stop + 1


def _line_of(lines: Sequence[tuple[int, int]], pos: int) -> int:
    lo, hi = 0, len(lines) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if lines[mid][0] <= pos:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _raw_line(text: str, line: tuple[int, int]) -> str:
    return text[line[0] : line[1]].rstrip("\r")


def _prefix(text: str, lines: Sequence[tuple[int, int]], index: int, lo: int) -> str | None:
    """A prefix that starts line ``index`` and no line from ``lo`` before it."""
    whole = _raw_line(text, lines[index])
    if not whole.strip():
        return None
    for size in (60, len(whole)):
        prefix = whole[:size]
        if not any(_raw_line(text, lines[k]).startswith(prefix) for k in range(lo, index)):
            return prefix
    return None


@attrs.frozen(kw_only=True)
class _Body:
    first: int
    last: int
    first_line: str
    last_line: str | None
    drops: tuple[tuple[str, str], ...]


def _body(
    text: str,
    lines: Sequence[tuple[int, int]],
    paragraphs: Sequence[Paragraph],
    items: Sequence[Suggestion],
) -> _Body:
    """The body rules: from the first line the story needs to the last one, furniture out."""
    content = [p for p in paragraphs if p.kind in {Kind.CONTENT, Kind.DUPLICATE, Kind.CONTRIBUTOR}]
    starts = [p.start for p in content] + [s.span.start for s in items]
    starts += [s.mention_span.start for s in items if s.mention_span is not None]
    ends = [p.end for p in content] + [s.span.end for s in items]
    if not starts:
        first_pos = next((p.start for p in paragraphs), 0)
        starts, ends = [first_pos], [first_pos]
    first = _line_of(lines, min(starts))
    while first > 0 and not _raw_line(text, lines[first]).strip():
        first += 1
    last = _line_of(lines, max(ends))
    first_line = _prefix(text, lines, first, 0) or _raw_line(text, lines[first])
    first = next(k for k in range(len(lines)) if _raw_line(text, lines[k]).startswith(first_line))
    last_line = _prefix(text, lines, last, first + 1) if last > first else None
    needed = {_line_of(lines, s.span.start) for s in items}
    needed |= {_line_of(lines, s.mention_span.start) for s in items if s.mention_span is not None}
    drops: list[tuple[str, str]] = []
    kept = [
        _raw_line(text, lines[_line_of(lines, p.start)])
        for p in paragraphs
        if p.kind is not Kind.FURNITURE or p.why not in _DROPPED
    ]
    for p in paragraphs:
        index = _line_of(lines, p.start)
        if not first < index < last or index in needed:
            continue
        if p.kind is not Kind.FURNITURE or p.why not in _DROPPED:
            continue
        rule = _raw_line(text, lines[index])
        fresh = all(rule != d for d, _ in drops)
        if rule.strip() and fresh and not any(k.startswith(rule) for k in kept):
            drops.append((rule, p.why))
    return _Body(
        first=first, last=last, first_line=first_line, last_line=last_line, drops=tuple(drops)
    )


class _Occurrences:
    """Which whole-word occurrence of a passage in the cut body a suggestion's span is,
    and how many there are (``build`` needs ``occurrence`` whenever there are
    several). The text's lines are those the body rules were drawn from, and each
    distinct passage is searched once, however many suggestions share it."""

    def __init__(self, text: str, lines: Sequence[tuple[int, int]], body: _Body) -> None:
        self.text = text
        self.lines = lines
        self.lo, self.hi = self.lines[body.first][0], self.lines[body.last][1]
        self.dropped = tuple({d for d, _ in body.drops})
        self.found: dict[str, list[int]] = {}

    def of(self, passage: str, span: Span) -> tuple[int, int]:
        starts = self.found.get(passage)
        if starts is None:
            starts = self.found[passage] = self._starts(passage)
        return max(bisect_right(starts, span.start), 1), len(starts)

    def _starts(self, passage: str) -> list[int]:
        text = self.text
        if text.count(passage, self.lo, self.hi) <= 1:
            first = text.find(passage, self.lo, self.hi)
            return [first] if first >= 0 else []  # the usual case, without a pattern
        left = r"(?<!\w)" if passage[:1].isalnum() else ""
        right = r"(?!\w)" if passage[-1:].isalnum() else ""
        out = []
        for match in re.compile(left + re.escape(passage) + right).finditer(text, self.lo):
            if match.end() > self.hi:
                break
            line = _raw_line(text, self.lines[_line_of(self.lines, match.start())])
            if not line.startswith(self.dropped):
                out.append(match.start())
        return out


_UNRESOLVED = "is not resolved: the text gives no publication date"
"""What the note of a suggestion says of a relative date it could not resolve."""

DRAFT_WIDTH = 88
"""The width the draft's own comments keep to (its values may be longer)."""


def _commented(line: str, comment: str) -> list[str]:
    """``line  # comment``, or the comment on a line above when that is too wide."""
    inline = f"{line}  # {comment}"
    return [inline] if len(inline) <= DRAFT_WIDTH else [f"# {comment}", line]


def _kind_guess(name: str) -> str:
    words = {w.lower() for w in re.findall(r"[\w-]+", name)}
    if words & OUTLET_HEADS:
        return "news_outlet"
    if words & ORG_HEADS:
        return "organisation"
    if words & COLLECTIVES:
        return "group"
    return "person"


def _title(text: str, paragraphs: Sequence[Paragraph]) -> str:
    for p in paragraphs:
        if p.kind in {Kind.CONTENT, Kind.CONTRIBUTOR}:
            break
        if p.kind is Kind.HEADING and len(text[p.start : p.end].split()) >= 3:
            return text[p.start : p.end].strip()
    first = next((p for p in paragraphs), None)
    if first is None:
        return "TO REVIEW"
    return text[first.start : first.end].strip()[:80]


def _as_built(text: str, items: tuple[Suggestion, ...]) -> tuple[str, tuple[Suggestion, ...]]:
    """The text as ``build`` will cut bodies from it (a BOM dropped, line ends ``\\n``:
    see :func:`~asean_corpus.builder.builder.normalise_text`), and the suggestions
    moved onto it, so that the draft's passages and body lines are found there."""
    from ..builder.builder import normalise_text

    built = normalise_text(text)
    if built == text:
        return text, items
    removed = [0] if text.startswith("\ufeff") else []
    removed += [m.start() for m in re.finditer("\r\n", text)]

    def moved(pos: int) -> int:
        return pos - bisect_left(removed, pos)

    out: list[Suggestion] = []
    for s in items:
        span = Span(moved(s.span.start), moved(s.span.end))
        mention = s.mention_span
        if mention is not None:
            mention = Span(moved(mention.start), moved(mention.end))
        out.append(
            attrs.evolve(s, span=span, text=built[span.start : span.end], mention_span=mention)
        )
    return built, tuple(out)


def to_toml(
    suggestions: Iterable[Suggestion],
    text: str,
    *,
    article_id: str,
    source_file: str | None = None,
    title: str | None = None,
    published: DateLike | None = None,
    corpus: Corpus | None = None,
) -> str:
    """A draft annotation file for ``text``, for review and then ``asean-corpus build``.

    The draft has the article's header (id, source file, title, kind, dates), the body
    rules (``first_line``, ``last_line``, and ``drop_lines`` for furniture inside the
    story), a reliability placeholder, and one ``[[statement]]`` per suggestion. Every
    statement is marked ``# suggested: confirm, edit or delete`` with its confidence; a
    speaker that is not an actor of the corpus gets an id made from its name and a
    comment saying that an actor record must be added (the records to add are listed,
    commented out, at the end). Fields only a person can decide say ``TO REVIEW``.

    Args:
        suggestions: What :func:`~asean_corpus.suggest` returned for ``text``.
        text: The raw text the suggestions index, as it will be saved in the seeds
            folder. Its line ends may be ``\\r\\n`` or ``\\r``: the draft's passages and
            body lines are written as ``build`` reads the file, with ``\\n``.
        article_id: The article's id (``"a005"``); statement ids are ``a005-s01``, ...
        source_file: The raw file's name in the seeds folder; ``<article_id>.txt`` when
            ``None``.
        title: The headline; read from the text when ``None``.
        published: The publication date; read from the text when ``None`` and the text
            has a publication line.
        corpus: The corpus the suggestions were resolved against (the bundled one when
            ``None``), to check topic and actor ids.

    Returns:
        The TOML text (it parses with ``tomllib``).

    Raises:
        InvalidQueryError: An argument has the wrong type, or a suggestion does not
            index ``text``.
        InvalidDateError: ``published`` is not a date.

    >>> import tomllib, asean_corpus as ac
    >>> from asean_corpus.suggestions import to_toml
    >>> text = "Talks open\\n\\nKao Kim Hourn said trade would grow.\\n"
    >>> draft = to_toml(ac.suggest(text), text, article_id="a900")
    >>> data = tomllib.loads(draft)
    >>> first = data["statement"][0]
    >>> data["body"]["first_line"], first["speaker"], first["passage"]
    ('Kao Kim Hourn said trade would grow.', 'kao-kim-hourn', 'trade would grow.')
    """
    items = _check(suggestions)
    if not isinstance(text, str):
        msg = f"text must be a str (the article's raw text), got {type(text).__name__}"
        raise InvalidQueryError(msg)
    if not isinstance(article_id, str) or not article_id.strip():
        msg = f"article_id must be a non-empty str, got {article_id!r}"
        raise InvalidQueryError(msg)
    if not article_id.isprintable():
        msg = f"article_id must not hold a line break or control character, got {article_id!r}"
        raise InvalidQueryError(msg)
    _text_or_none("source_file", source_file)
    _text_or_none("title", title)
    from ..corpus import Corpus as _Corpus

    if corpus is not None and not isinstance(corpus, _Corpus):
        msg = f"corpus must be a Corpus or None, got {type(corpus).__name__}: {corpus!r}"
        raise InvalidQueryError(msg)
    for s in items:
        if text[s.span.start : s.span.end] != s.text:
            msg = f"suggestion at {s.span.start}-{s.span.end} does not index this text"
            raise InvalidQueryError(msg)
    if corpus is None:
        from .. import load

        corpus = load()
    text, items = _as_built(text, items)
    work = clean(text)
    paragraphs = lay_out(work)
    when = parse_date(published) if published is not None else None
    read_from = None
    if when is None:
        read = article_date(work, paragraphs)
        if read is not None:
            when, read_from = read
    lines = _lines(text)  # split once: the body rules and every passage's search use them
    body = _body(text, lines, paragraphs, items)
    occurrences_of = _Occurrences(text, lines, body)
    modes = {s.mode for s in items}
    kind = "opinion" if Mode.AUTHORED in modes else "news"
    if any((s.note or "").startswith("Answer in a question") for s in items):
        kind = "interview"
    out = [
        f"# Draft annotation of {article_id}, made by asean_corpus.suggest.",
        "# Every [[statement]] is a suggestion: confirm, edit or delete it. Fill in what",
        "# says TO REVIEW, check the body rules against the raw text, then build.",
        "",
        f"id = {_toml(article_id)}",
        f"source_file = {_toml(source_file or article_id + '.txt')}",
        *_commented(
            f"title = {_toml(title or _title(text, paragraphs))}",
            "TO REVIEW: exactly as in the text",
        ),
        f'kind = "{kind}"  # TO REVIEW: news, analysis, opinion or interview',
        'language = "en"',
        "# publisher = ...  # TO REVIEW: the outlet's actor id, if the page names it",
        "# authors = [...]  # TO REVIEW: actor ids of the authors",
    ]
    if when is not None:
        note = "from the text" if read_from else "given when suggesting"
        out.append(f"published = {_toml(str(when))}  # {note}")
        if read_from and read_from in text:
            out.append(f"published_from = {_toml(read_from)}")
    else:
        out.append('published_note = "TO REVIEW: the page gives no publication date."')
        if any(_UNRESOLVED in (s.note or "") for s in items):
            out.append(
                '# TO REVIEW: relative dates ("on Friday") are left unresolved: suggest again'
            )
            out.append("# with the publication date (--published DATE) to resolve them.")
    out += ["", "[body]", f"first_line = {_toml(body.first_line)}"]
    if body.last_line is not None:
        out.append(f"last_line = {_toml(body.last_line)}")
    if body.drops:
        out.append("drop_lines = [")
        for rule, why in body.drops:
            out.append(f"  {_toml(rule)},  # {why}")
        out.append("]")
    out += [
        "",
        "[reliability]",
        'level = "medium"  # TO REVIEW: high, medium or low',
        'reasons = ["TO REVIEW: why this source can or cannot be trusted."]',
        "",
        "# -- statements (suggested) " + "-" * 57,
    ]
    topics = {t.id for t in corpus.topics}
    missing = _NewIds()
    for n, s in enumerate(items, start=1):
        out += [
            "",
            "[[statement]]",
            f"# suggested: confirm, edit or delete (confidence {s.confidence:.2f})",
        ]
        speaker = s.speaker_id
        if speaker is None or corpus.get_actor(speaker) is None:
            speaker = missing.of(s.speaker)
            key = f"id = {_toml(speaker)}".replace(" ", "\0")  # kept on one line
            comment = textwrap.wrap(
                f"{s.speaker!r} is not an actor of the corpus: add an actor record with "
                f"{key} to actors.toml (see the end of this file), or change the id.",
                width=DRAFT_WIDTH,
                initial_indent="# ",
                subsequent_indent="# ",
                break_long_words=False,
                break_on_hyphens=False,
            )
            out += [line.replace("\0", " ") for line in comment]
        out += [f"id = {_toml(f'{article_id}-s{n:02d}')}", f"speaker = {_toml(speaker)}"]
        if s.mention is not None:
            out.append(f"mention = {_toml(s.mention)}")
        out.append(f'attribution = "{s.attribution.value}"')
        if s.cue is not None:
            out.append(f"cue = {_toml(s.cue)}")
        out.append(f"passage = {_toml(s.text)}")
        occurrence, occurrences = occurrences_of.of(s.text, s.span)
        if occurrences > 1:
            out.append(f"occurrence = {occurrence}")
        out += [f'mode = "{s.mode.value}"', f"verbatim = {'true' if s.verbatim else 'false'}"]
        if s.said_on is not None:
            out += [f'said_on = "{s.said_on}"', f'date_basis = "{s.date_basis.value}"']
            if s.date_evidence and s.date_basis.value == "stated":
                out.append(f"date_evidence = {_toml(s.date_evidence)}")
        chosen = [t for t in s.topics if t in topics]
        out.append(f"topics = {_toml_list(chosen)}  # TO REVIEW")
        note = "Suggested by asean_corpus.suggest. " + (s.note or "")
        out.append(f"note = {_toml(note.strip())}")
    if missing.names:
        out += [
            "",
            "# -- actors to add to actors.toml (TO REVIEW: kind, aliases, roles) " + "-" * 10,
        ]
        for actor_id, name in missing.names.items():
            out += [
                "#",
                "# [[actor]]",
                f"# id = {_toml(actor_id)}",
                f"# name = {_toml(name)}",
                f'# kind = "{_kind_guess(name)}"',
            ]
    return "\n".join(out) + "\n"
