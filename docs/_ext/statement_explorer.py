"""The statement explorer: a docs page to browse the statements without writing code.

The ``statement-explorer`` directive writes the page's filter form, an empty result list
and the articles' full text as HTML, and embeds the data the page filters as JSON in a
``<script type="application/json">`` element, so the page needs no server and no
requests (it works from ``file://`` too). ``explorer_static/explorer.js`` reads that
data and filters it as :meth:`asean_corpus.Corpus.find_statements` does; the browser
tests in ``tests/browser/`` check that the two agree.

Everything the page shows is computed here, at build time, from
:func:`asean_corpus.load`: dates as readers see them, each statement's paragraph, and
the citation a reader copies (:func:`citation`, which is :func:`asean_corpus.cite`).
"""

from __future__ import annotations

import datetime as dt
import html
import itertools
import json
import sys
from collections.abc import Iterable, Sequence
from importlib.resources import files
from pathlib import Path
from typing import Any

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.util.docutils import SphinxDirective

import asean_corpus as ac

STATIC = Path(__file__).parent / "explorer_static"

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

MODE_LABELS = {
    "direct_quote": "Direct quote",
    "partial_quote": "Partial quote",
    "reported": "Reported speech",
    "authored": "Authored text",
}

BASIS_LABELS = {
    "stated": "from the text",
    "event": "from the event\u2019s date",
    "publication": "from the publication date",
    "unknown": "the article does not say when",
}


# -- dates -------------------------------------------------------------------------------


def date_label(date: ac.PartialDate | None) -> str:
    """``19 June 2025``, ``June 2025`` or ``2025``, as precise as the date is."""
    if date is None:
        return "undated"
    if date.month is None:
        return str(date.year)
    month = MONTHS[date.month - 1]
    if date.day is None:
        return f"{month} {date.year}"
    return f"{date.day} {month} {date.year}"


def span_label(first: ac.PartialDate | None, last: ac.PartialDate | None) -> str:
    """A date, or a range of two (``31 August 2025 to 1 September 2025``)."""
    if first is None or last is None or last == first:
        return date_label(first)
    return f"{date_label(first)} to {date_label(last)}"


def _iso(date: ac.PartialDate | None) -> str | None:
    return None if date is None else str(date)


# -- names -------------------------------------------------------------------------------


def _name(corpus: ac.Corpus, actor_id: str | None) -> str | None:
    """An actor's name, with a Latin-script alias beside a name in another script."""
    if actor_id is None:
        return None
    actor = corpus.get_actor(actor_id)
    if actor is None:
        return actor_id
    if actor.name.isascii():
        return actor.name
    latin = next((a for a in actor.aliases if a.isascii()), None)
    return f"{actor.name} ({latin})" if latin else actor.name


def _names(corpus: ac.Corpus, actor_ids: Iterable[str]) -> list[str]:
    return [n for n in (_name(corpus, a) for a in actor_ids) if n]


def _role(corpus: ac.Corpus, role: ac.Role) -> dict[str, Any]:
    organisation = _name(corpus, role.organisation)
    if role.start is not None:
        since = f"from {date_label(role.start)}"
        when = f"{since} to {date_label(role.end)}" if role.end else since
    elif role.end is not None:
        when = f"until {date_label(role.end)}"
    else:
        when = "dates not known" if role.current else "former; dates not known"
    label = f"{role.title}, {organisation}" if organisation else role.title
    return {
        "title": role.title,
        "organisation": role.organisation,
        "start": _iso(role.start),
        "end": _iso(role.end),
        "current": role.current,
        "label": f"{label} ({when})",
    }


def name_tables(corpus: ac.Corpus) -> dict[str, Any]:
    """The keys a speaker filter is resolved by, taken from the library's own tables.

    The page must resolve a name, an alias or an office exactly as
    :meth:`~asean_corpus.Corpus.find_statements` does, so rather than restate the
    matching rules it ships the corpus's name index: ids, normalized names and
    aliases, and normalized office names with the days each holder held the office as
    the library places them (a role without dates on the dates of the articles that
    call it current; ``start`` is null for a role it cannot place).
    """
    names = corpus._names()
    table = names.actors

    def held(actor_id: str, role: ac.Role) -> dict[str, Any]:
        days = names.role_days(role)
        last = None if days is None or days[1] == dt.date.max else days[1].isoformat()
        return {
            "actor": actor_id,
            "start": None if days is None else days[0].isoformat(),
            "end": last,
        }

    offices = {
        key: [held(actor_id, role) for actor_id, role in holders]
        for key, holders in names.offices.items()
    }
    return {
        "ids": {key: actor.id for key, actor in table.by_id.items()},
        "keys": {key: actor.id for key, actor in table.by_key.items()},
        "folded_ids": {key: actor.id for key, actor in table.by_folded_id.items()},
        "offices": offices,
    }


def casefold_table() -> dict[str, str]:
    """Characters whose :meth:`str.casefold` differs from their lower case (``ß``: ``ss``).

    JavaScript has lower case but no case folding; with this table the page folds text
    as the ``text`` filter of ``find_statements`` does.
    """
    table: dict[str, str] = {}
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if char.casefold() != char.lower():
            table[char] = char.casefold()
    return table


# -- citation ----------------------------------------------------------------------------


def citation(corpus: ac.Corpus, statement: ac.Statement) -> str:
    """The citation a reader copies: :func:`asean_corpus.cite` in the APA style.

    It names the article's authors or outlet, its title, date and address, and the
    statement's place in it (id, speakers, characters, and the library's version).
    """
    return ac.cite(statement, style="apa", corpus=corpus)


# -- the data ----------------------------------------------------------------------------


def _paragraph(body: str, start: int, end: int) -> tuple[int, int]:
    """The paragraph (or run of paragraphs) around ``body[start:end]``."""
    lo = body.rfind("\n\n", 0, start)
    hi = body.find("\n\n", end)
    return (0 if lo == -1 else lo + 2), (len(body) if hi == -1 else hi)


def _value(value: object) -> object:
    """An enum's value, anything else as it is."""
    return getattr(value, "value", value)


def statement_data(corpus: ac.Corpus, s: ac.Statement) -> dict[str, Any]:
    """What the page needs of one statement, ready to show."""
    article = corpus.article(s.article_id)
    lo, hi = _paragraph(article.body, s.span.start, s.span.end)
    attribution = s.attribution
    co_speakers = s.co_speakers
    event = corpus.get_event(s.event_id) if s.event_id else None
    speaker = corpus.get_actor(s.speaker_id)
    return {
        "id": s.id,
        "article": s.article_id,
        "speaker": s.speaker_id,
        "speakers": _names(corpus, [s.speaker_id, *co_speakers]),
        "co_speakers": list(co_speakers),
        "attribution": None if attribution is None else _value(attribution),
        "roles": [_role(corpus, r) for r in speaker.roles] if speaker else [],
        "text": s.text,
        "span": [s.span.start, s.span.end],
        "paragraph": {"start": lo, "text": article.body[lo:hi]},
        "mode": s.mode.value,
        "verbatim": s.verbatim,
        "cue": s.cue,
        "mention": s.mention,
        "mention_span": None
        if s.mention_span is None
        else [s.mention_span.start, s.mention_span.end],
        "via": _names(corpus, s.via),
        "note": s.note,
        "said_on": _iso(s.said_on),
        "said_until": _iso(s.said_until),
        "precision": None if s.said_on is None else s.said_on.precision.value,
        "date_basis": s.date_basis.value,
        "date_evidence": s.date_evidence,
        "earliest": None if s.earliest is None else s.earliest.isoformat(),
        "latest": None if s.latest is None else s.latest.isoformat(),
        "date_label": span_label(s.said_on, s.said_until),
        "event": None
        if event is None
        else {
            "id": event.id,
            "name": event.name,
            "place": event.place,
            "date_label": span_label(event.start, event.end),
        },
        "topics": sorted(s.topics),
        "agreements": [
            a.name for a in (corpus.get_agreement(x) for x in sorted(s.agreements)) if a
        ],
        "citation": citation(corpus, s),
    }


def article_data(corpus: ac.Corpus, article: ac.Article) -> dict[str, Any]:
    """What the page needs of one article (its text is in the page, not in the data)."""
    published = article.published
    return {
        "id": article.id,
        "title": article.title,
        "publisher": _name(corpus, article.publisher),
        "authors": _names(corpus, [a for a in article.authors if a != article.publisher]),
        "published": _iso(published),
        "published_earliest": None if published is None else published.earliest.isoformat(),
        "published_latest": None if published is None else published.latest.isoformat(),
        "date_label": date_label(published),
        "kind": article.kind.value,
        "reliability": article.reliability.level.value,
        "url": article.url,
    }


def explorer_data(corpus: ac.Corpus) -> dict[str, Any]:
    """Everything the page filters and shows; statements in ``find_statements`` order."""
    return {
        "version": ac.__version__,
        "casefold": casefold_table(),
        "names": name_tables(corpus),
        "modes": MODE_LABELS,
        "bases": BASIS_LABELS,
        "topics": [
            {"id": t.id, "label": t.label, "parent": t.parent, "description": t.description}
            for t in corpus.topics
        ],
        "articles": {a.id: article_data(corpus, a) for a in corpus.articles},
        "statements": [statement_data(corpus, s) for s in corpus.find_statements()],
    }


def _json_for_html(data: object) -> str:
    """JSON that cannot end the ``<script>`` element it sits in."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


# -- the page's HTML ---------------------------------------------------------------------


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _options(pairs: Iterable[tuple[str, str]], any_label: str) -> str:
    rows = [f'<option value="">{_e(any_label)}</option>']
    rows += [f'<option value="{_e(v)}">{_e(label)}</option>' for v, label in pairs]
    return "".join(rows)


def _topic_options(corpus: ac.Corpus) -> list[tuple[str, str]]:
    children: dict[str | None, list[ac.Topic]] = {}
    for topic in corpus.topics:
        children.setdefault(topic.parent, []).append(topic)
    out: list[tuple[str, str]] = []

    def add(topic: ac.Topic, depth: int) -> None:
        out.append((topic.id, "\u2003\u2003" * depth + topic.label))
        for child in children.get(topic.id, []):
            add(child, depth + 1)

    for root in children.get(None, []):
        add(root, 0)
    return out


def speaker_suggestions(corpus: ac.Corpus) -> list[str]:
    """Names, aliases and offices worth offering: those that match some statement."""
    from asean_corpus.query.names import office_names

    speaking = {a for s in corpus.statements for a in s.speakers}
    out: list[str] = []
    for actor in corpus.actors:
        if actor.id in speaking:
            out += [actor.name, *actor.aliases]
        for role in actor.roles:
            organisation = corpus.get_actor(role.organisation) if role.organisation else None
            if actor.id in speaking and role.start is not None and organisation is not None:
                out.append(min(office_names(role.title, organisation), key=len))
    return sorted(set(out), key=str.casefold)


def _field(name: str, label: str, control: str, hint: str | None = None) -> str:
    """A labelled control; ``{described}`` in ``control`` becomes its hint's reference."""
    described = f' aria-describedby="ex-{name}-hint"' if hint else ""
    control = control.replace("{described}", described)
    hint_html = f'<p class="ex-hint" id="ex-{name}-hint">{_e(hint)}</p>' if hint else ""
    return (
        f'<div class="ex-field ex-field-{name}">'
        f'<label for="ex-{name}">{_e(label)}</label>{control}{hint_html}</div>'
    )


def _date_input(name: str, label: str, example: str) -> str:
    return (
        f'<div class="ex-field"><label for="ex-{name}">{_e(label)}</label>'
        f'<input type="text" id="ex-{name}" name="{name}" placeholder="{_e(example)}" '
        'autocomplete="off" spellcheck="false" aria-describedby="ex-dates-hint"></div>'
    )


def form_html(corpus: ac.Corpus) -> str:
    """The filter form; every control has a ``<label for>``."""
    suggestions = "".join(f'<option value="{_e(s)}"></option>' for s in speaker_suggestions(corpus))
    articles = [(a.id, f"{a.id}: {a.title} ({date_label(a.published)})") for a in corpus.articles]
    speaker = _field(
        "speaker",
        "Speaker",
        '<input type="text" id="ex-speaker" name="speaker" list="ex-speaker-list" '
        'autocomplete="off" spellcheck="false"{described}>'
        f'<datalist id="ex-speaker-list">{suggestions}</datalist>',
        "A name, an alias, or an office (\u201cASEAN Secretary-General\u201d).",
    )
    topic = _field(
        "topic",
        "Topic",
        f'<select id="ex-topic" name="topic"{{described}}>'
        f"{_options(_topic_options(corpus), 'Any topic')}</select>",
        "Includes its narrower topics.",
    )
    dates = (
        '<fieldset class="ex-field ex-dates"><legend>Date said</legend>'
        '<div class="ex-date-inputs">'
        f"{_date_input('since', 'From', '2025-06')}{_date_input('until', 'To', '2025-09-01')}"
        '</div><p class="ex-hint" id="ex-dates-hint">YYYY, YYYY-MM or YYYY-MM-DD; both '
        "ends included.</p></fieldset>"
    )
    mode = _field(
        "mode",
        "Mode",
        f'<select id="ex-mode" name="mode"{{described}}>'
        f"{_options(MODE_LABELS.items(), 'Any mode')}</select>",
        "How the article conveys the words.",
    )
    article = _field(
        "article",
        "Article",
        f'<select id="ex-article" name="article">{_options(articles, "Any article")}</select>',
    )
    text = _field(
        "text",
        "Words in the statement",
        '<input type="search" id="ex-text" name="text" autocomplete="off"{described}>',
        "Capitals do not matter.",
    )
    undated = (
        '<div class="ex-field ex-field-undated">'
        '<input type="checkbox" id="ex-undated" name="undated" value="1" '
        'aria-describedby="ex-undated-hint">'
        '<label for="ex-undated">Keep undated statements</label>'
        '<p class="ex-hint" id="ex-undated-hint">With dates, or an office whose holder '
        "cannot be told without a date, also show statements of unknown date.</p></div>"
    )
    return (
        '<form id="ex-form" class="ex-form" role="search" aria-label="Filter the statements">'
        f'<div class="ex-fields">{speaker}{topic}{dates}{mode}{article}{text}{undated}'
        '<div class="ex-buttons"><button type="reset" id="ex-reset">Clear filters</button>'
        "</div></div></form>"
    )


def _article_body_html(body: str, statements: Sequence[ac.Statement]) -> str:
    """An article's text in paragraphs, every statement marked (overlaps included)."""
    cuts = {0, len(body)}
    for s in statements:
        cuts |= {s.span.start, s.span.end}
    for i in range(len(body)):
        if body.startswith("\n\n", i):
            cuts.add(i)
    bounds = sorted(cuts)
    anchored: set[str] = set()
    out: list[str] = ["<p>"]
    for lo, hi in itertools.pairwise(bounds):
        covering = [s for s in statements if s.span.start <= lo and hi <= s.span.end]
        starting = [s for s in statements if s.span.start == lo and s.id not in anchored]
        text = body[lo:hi]
        if text.startswith("\n\n"):
            out.append("</p><p>")
            text = text.lstrip("\n")
        for s in starting[1:]:
            out.append(f'<span class="ex-anchor" id="in-article-{_e(s.id)}"></span>')
        anchored |= {s.id for s in starting}
        # Each statement's id at its start shows where one ends and the next begins.
        out += [f'<sup class="ex-sid">{_e(s.id)}</sup>' for s in starting]
        if covering:
            ids = " ".join(s.id for s in covering)
            anchor = f' id="in-article-{_e(starting[0].id)}"' if starting else ""
            out.append(
                f'<mark class="ex-span"{anchor} data-statements="{_e(ids)}">{_e(text)}</mark>'
            )
        else:
            out.append(_e(text))
    out.append("</p>")
    return "".join(out).replace("<p></p>", "")


def articles_html(corpus: ac.Corpus) -> str:
    """Every article in full, with an anchor for the article and for each statement."""
    by_article: dict[str, list[ac.Statement]] = {}
    for s in corpus.statements:
        by_article.setdefault(s.article_id, []).append(s)
    parts = [
        '<section class="ex-articles" aria-labelledby="ex-articles-title">'
        '<h2 id="ex-articles-title">The articles</h2>'
        "<p>The full text of each article, its statements marked.</p>"
    ]
    for article in corpus.articles:
        data = article_data(corpus, article)
        meta = [
            x
            for x in (
                data["publisher"],
                ", ".join(data["authors"]) if data["authors"] else None,
                f"published {data['date_label']}" if article.published else "no publication date",
                article.kind.value,
                f"reliability {data['reliability']}",
            )
            if x
        ]
        dot = " \u00b7 "
        link = (
            f'<p><a href="{_e(data["url"])}">Read it where it was published</a></p>'
            if data["url"]
            else ""
        )
        parts.append(
            f'<article class="ex-article" id="article-{_e(article.id)}" '
            f'aria-labelledby="article-{_e(article.id)}-title">'
            f'<h3 id="article-{_e(article.id)}-title">{_e(article.title)}</h3>'
            f'<p class="ex-meta">{_e(dot.join([article.id, *meta]))}</p>{link}'
            f'<div class="ex-article-body">'
            f"{_article_body_html(article.body, by_article.get(article.id, []))}</div>"
            "</article>"
        )
    parts.append("</section>")
    return "".join(parts)


def page_html(corpus: ac.Corpus) -> str:
    """The explorer: form, live status, result list, articles, and the embedded data."""
    total = len(corpus.statements)
    return (
        '<div class="statement-explorer" id="ex-app">'
        f"{form_html(corpus)}"
        '<section class="ex-results-section" aria-labelledby="ex-results-title">'
        '<h2 id="ex-results-title">Statements</h2>'
        f'<p id="ex-status" class="ex-status" role="status" aria-live="polite">'
        f"{total} statements.</p>"
        '<noscript><p class="ex-status">The filters need JavaScript; the articles below '
        "show every statement.</p></noscript>"
        '<ol id="ex-results" class="ex-results"></ol>'
        '<p id="ex-copy-status" class="ex-visually-hidden" aria-live="polite"></p>'
        "</section>"
        f"{articles_html(corpus)}"
        f'<script type="application/json" id="explorer-data">'
        f"{_json_for_html(explorer_data(corpus))}</script>"
        "</div>"
    )


# -- Sphinx ------------------------------------------------------------------------------


class StatementExplorer(SphinxDirective):
    """Insert the statement explorer (a raw HTML block) into the page."""

    has_content = False

    def run(self) -> list[nodes.Node]:
        data_dir = files("asean_corpus") / "data"
        for item in data_dir.iterdir():
            self.env.note_dependency(str(item))
        self.env.note_dependency(__file__)
        node = nodes.raw("", page_html(ac.load()), format="html")
        node["classes"].append("statement-explorer")
        return [node]


def _add_static(app: Sphinx, config: Config) -> None:
    config.html_static_path.append(str(STATIC))


def _page_assets(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    """Load the explorer's script and style on the pages that have an explorer."""
    if doctree is None:
        return
    found = any(
        "statement-explorer" in node.get("classes", []) for node in doctree.findall(nodes.raw)
    )
    if found:
        app.add_css_file("explorer.css")
        app.add_js_file("explorer.js", loading_method="defer")


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_directive("statement-explorer", StatementExplorer)
    app.connect("config-inited", _add_static)
    app.connect("html-page-context", _page_assets)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
