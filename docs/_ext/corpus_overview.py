"""The landing page's view of the corpus, computed from the model and the data.

- ``corpus_*`` MyST substitutions: the scope of the bundled corpus in numbers
  (``{{ corpus_statements }}``), computed from :func:`asean_corpus.load` when the
  build starts, so a page never states a number by hand;
- ``record-diagram``: how the record types refer to each other, drawn as an inline
  SVG (no script, nothing fetched). The arrows are the fields that hold ids, read from
  the records' attrs metadata (:func:`~asean_corpus.model._fields.refers_to`), the
  same declaration the corpus validation and the exports use; only where each box
  stands is written here.
"""

from __future__ import annotations

import html
import math
import typing
from collections import Counter
from collections.abc import Iterator
from typing import Any

import attrs
from docutils import nodes
from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.util.docutils import SphinxDirective

import asean_corpus as ac
from asean_corpus.corpus.vouching import record_types
from asean_corpus.model._fields import refers_to

# -- the scope in numbers --------------------------------------------------------------


def _series(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def _month(date: ac.PartialDate) -> str:
    months = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]  # fmt: skip
    return f"{months[date.month - 1]} {date.year}" if date.month else str(date.year)


def scope(corpus: ac.Corpus) -> dict[str, str]:
    """The numbers the landing page gives, as text, by substitution name."""
    leads = Counter(s.speaker_id for s in corpus.statements)
    speakers = {a for s in corpus.statements for a in (s.speaker_id, *s.co_speakers)}
    top = corpus.actor(leads.most_common(1)[0][0])
    office = next((r for r in top.roles if r.start is not None and r.organisation), None)
    org = corpus.actor(office.organisation) if office else None
    organisation = min([org.name, *org.aliases], key=len) if org else None  # "ASEAN"
    published = sorted(a.published for a in corpus.articles if a.published)
    kinds = sorted({a.kind.value for a in corpus.articles})
    return {
        "corpus_articles": str(len(corpus.articles)),
        "corpus_article_kinds": _series(kinds),
        "corpus_first_published": _month(published[0]),
        "corpus_last_published": _month(published[-1]),
        "corpus_statements": str(len(corpus.statements)),
        "corpus_speakers": str(len(speakers)),
        "corpus_top_speaker": top.name,
        "corpus_top_speaker_office": f"{organisation} {office.title}" if office else "",
        "corpus_top_speaker_statements": str(len(corpus.find_statements(speaker=top))),
        "corpus_verbatim": str(sum(s.verbatim for s in corpus.statements)),
        "corpus_undated": str(sum(s.said_on is None for s in corpus.statements)),
        "corpus_actors": str(len(corpus.actors)),
        "corpus_agreements": str(len(corpus.agreements)),
        "corpus_milestones": str(sum(len(a.milestones) for a in corpus.agreements)),
        "corpus_topics": str(len(corpus.topics)),
        "corpus_events": str(len(corpus.events)),
        "corpus_references": str(len(corpus.references)),
        "corpus_conflicts": str(len(corpus.conflicts)),
        "corpus_low_reliability": str(
            sum(a.reliability.level is ac.ReliabilityLevel.LOW for a in corpus.articles)
        ),
    }


def _add_substitutions(app: Sphinx, config: Config) -> None:
    config.myst_substitutions = {**config.myst_substitutions, **scope(ac.load())}


# -- the record types and their references -----------------------------------------------

EVIDENCE = "Evidence"

# Where each box stands (centre x, centre y) in the drawing, by record type.
LAYOUT = {
    "Topic": (95, 50),
    "Statement": (360, 50),
    "Event": (625, 50),
    "Article": (95, 215),
    "Actor": (360, 215),
    "Agreement": (625, 215),
    "Conflict": (95, 390),
    EVIDENCE: (360, 390),
    "Reference": (625, 390),
}
# Arrows that would cross a box bend around it: (from, to) -> sideways offset in px.
BENDS: dict[tuple[str, str], float] = {}
# Where on its arrow a label sits, when not halfway (0 is the start, 1 the end).
LABEL_AT = {("Event", EVIDENCE): 0.22}
WIDTH, HEIGHT = 720, 450
BOX_W, BOX_H = 170, 52
LINE = 15  # px between lines of text in a box


@attrs.frozen
class Link:
    """Records of ``source`` hold ids of ``target`` records in the fields ``labels``."""

    source: str
    target: str
    labels: tuple[str, ...]


def _record_classes(tp: Any) -> Iterator[type]:
    """The attrs classes a field's type holds (``tuple[Role, ...]`` holds ``Role``)."""
    for arg in (tp, *typing.get_args(tp)):
        if arg is tp and typing.get_args(tp):
            continue
        if isinstance(arg, type) and attrs.has(arg):
            yield arg
        elif typing.get_args(arg):
            yield from _record_classes(arg)


def _fields(cls: type, path: str = "") -> Iterator[tuple[str, tuple[str, ...] | type]]:
    """``(field path, tables it refers to)``, or ``(path, Evidence)`` where evidence sits."""
    hints = typing.get_type_hints(cls)
    for field in attrs.fields(cls):
        name = f"{path}{field.name}"
        if refers_to(field):
            yield name, refers_to(field)
        for inner in _record_classes(hints[field.name]):
            if inner in (ac.ArticleEvidence, ac.ReferenceEvidence):
                yield name, ac.ArticleEvidence
                break
            yield from _fields(inner, f"{name} \N{MIDDLE DOT} ")


def links() -> tuple[list[Link], dict[str, list[str]]]:
    """The arrows between record types, and what each box lists inside instead.

    A field that holds ids of the record's own type (a topic's ``parent``), or of any
    of several types (a conflict's ``subjects``), is listed in its box rather than
    drawn. Evidence is drawn once, as its own box, with arrows to what it may be.
    """
    tables = {name: cls.__name__ for name, cls in record_types(ac.Corpus).items()}
    found: dict[tuple[str, str], list[str]] = {}
    inside: dict[str, list[str]] = {}
    sources = [(cls.__name__, cls) for cls in record_types(ac.Corpus).values()]
    sources += [(EVIDENCE, ac.ArticleEvidence), (EVIDENCE, ac.ReferenceEvidence)]
    for source, cls in sources:
        for name, refers in _fields(cls):
            if refers is ac.ArticleEvidence:
                found.setdefault((source, EVIDENCE), []).append(name)
                continue
            assert isinstance(refers, tuple)
            targets = [tables[t] for t in refers]
            if len(targets) > 1 or targets == [source]:
                inside.setdefault(source, []).append(
                    f"{name} \N{RIGHTWARDS ARROW} " + ", ".join(refers)
                )
            else:
                found.setdefault((source, targets[0]), []).append(name)
    return [Link(s, t, tuple(labels)) for (s, t), labels in found.items()], inside


def _edge_point(
    box: tuple[float, float, float], towards: tuple[float, float]
) -> tuple[float, float]:
    """Where the line from a box's centre towards a point leaves the box (and a gap)."""
    x, y, height = box
    dx, dy = towards[0] - x, towards[1] - y
    scale = min(
        (BOX_W / 2 + 4) / abs(dx) if dx else math.inf,
        (height / 2 + 4) / abs(dy) if dy else math.inf,
    )
    return x + dx * scale, y + dy * scale


def _text(x: float, y: float, text: str, cls: str) -> str:
    return (
        f'<text x="{x:.0f}" y="{y:.0f}" class="{cls}" text-anchor="middle">'
        f"{html.escape(text)}</text>"
    )


def _box_lines(name: str, count: int | None, notes: list[str]) -> list[tuple[str, str]]:
    """The lines of text in a box, with their classes."""
    lines = [(name, "rd-name")]
    lines.append(
        (f"{count} records" if count is not None else "a passage or a reference", "rd-count")
    )
    for note in notes:
        field, _, target = note.partition(" \N{RIGHTWARDS ARROW} ")
        if len(note) > 28:
            lines += [(field + " \N{RIGHTWARDS ARROW}", "rd-note"), (target, "rd-note")]
        else:
            lines.append((note, "rd-note"))
    return lines


def diagram(corpus: ac.Corpus) -> str:
    """The SVG of the record types, their references and their numbers of records."""
    arrows, inside = links()
    counts = {
        cls.__name__: len(getattr(corpus, name)) for name, cls in record_types(ac.Corpus).items()
    }
    missing = {a.source for a in arrows} | {a.target for a in arrows} | set(counts)
    missing -= set(LAYOUT)
    if missing:
        msg = f"record-diagram: no place in LAYOUT for {sorted(missing)}"
        raise ValueError(msg)
    texts = {name: _box_lines(name, counts.get(name), inside.get(name, [])) for name in LAYOUT}
    boxes = {name: (x, y, BOX_H + LINE * (len(texts[name]) - 2)) for name, (x, y) in LAYOUT.items()}
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
        'class="record-diagram" role="img" aria-labelledby="record-diagram-title">',
        '<title id="record-diagram-title">How the record types of the corpus refer to '
        "each other</title>",
        '<defs><marker id="rd-arrow" viewBox="0 0 10 10" refX="9" refY="5" '
        'markerWidth="7" markerHeight="7" orient="auto-start-reverse">'
        '<path d="M 0 0 L 10 5 L 0 10 z" class="rd-head"/></marker></defs>',
    ]
    labels = []
    for arrow in arrows:
        (x1, y1), (x2, y2) = LAYOUT[arrow.source], LAYOUT[arrow.target]
        bend = BENDS.get((arrow.source, arrow.target), 0)
        length = math.hypot(x2 - x1, y2 - y1)
        # the control point of a quadratic curve, ``bend`` px to the side of the middle
        cx = (x1 + x2) / 2 - bend * (y2 - y1) / length
        cy = (y1 + y2) / 2 + bend * (x2 - x1) / length
        sx, sy = _edge_point(boxes[arrow.source], (cx, cy))
        ex, ey = _edge_point(boxes[arrow.target], (cx, cy))
        parts.append(
            f'<path d="M {sx:.0f} {sy:.0f} Q {cx:.0f} {cy:.0f} {ex:.0f} {ey:.0f}" '
            'class="rd-link" marker-end="url(#rd-arrow)"/>'
        )
        t = LABEL_AT.get((arrow.source, arrow.target), 0.5)
        mx = (1 - t) ** 2 * sx + 2 * (1 - t) * t * cx + t**2 * ex
        my = (1 - t) ** 2 * sy + 2 * (1 - t) * t * cy + t**2 * ey
        lines = arrow.labels  # one field a line
        for k, line in enumerate(lines):
            dy = 4 + 13 * (k - (len(lines) - 1) / 2)
            labels.append(_text(mx, my + dy, line, "rd-label"))
    for name, (x, y, height) in boxes.items():
        top = y - height / 2
        evidence = " rd-evidence" if name == EVIDENCE else ""
        parts.append(
            f'<rect x="{x - BOX_W / 2:.0f}" y="{top:.0f}" width="{BOX_W}" '
            f'height="{height:.0f}" rx="6" class="rd-box{evidence}"/>'
        )
        baseline = top + 21
        for k, (line, cls) in enumerate(texts[name]):
            parts.append(_text(x, baseline + (0 if k == 0 else 4 + LINE * k), line, cls))
    parts += labels
    parts.append("</svg>")
    return "".join(parts)


class RecordDiagram(SphinxDirective):
    """Draw the record types of the corpus and the fields that link them."""

    has_content = False

    def run(self) -> list[nodes.Node]:
        import asean_corpus.model.records

        self.env.note_dependency(asean_corpus.model.records.__file__)
        self.env.note_dependency(__file__)
        svg = diagram(ac.load())
        return [nodes.raw("", f'<figure class="record-diagram">{svg}</figure>', format="html")]


def setup(app: Sphinx) -> dict[str, Any]:
    app.connect("config-inited", _add_substitutions)
    app.add_directive("record-diagram", RecordDiagram)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
