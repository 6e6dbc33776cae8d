"""Statements as W3C Web Annotations (JSON-LD), for annotation tools."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from ..exceptions import InvalidQueryError, shown
from ..model import Actor, Article, Statement, Topic
from .files import atomic_write

if TYPE_CHECKING:
    from ..corpus import Corpus

__all__ = ["ANNOTATION_CONTEXT", "DEFAULT_BASE", "to_web_annotations", "write_web_annotations"]

ANNOTATION_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
DEFAULT_BASE = "urn:asean-corpus:"
"""The default IRI prefix of exported annotations and their articles."""


def to_web_annotations(
    corpus: Corpus,
    *,
    statements: Iterable[Statement] | None = None,
    base: str = DEFAULT_BASE,
    context_length: int = 32,
) -> dict[str, Any]:
    """Statements as a W3C Web Annotation collection (JSON-LD), for annotation tools.

    The result is an ``AnnotationCollection`` whose embedded first
    ``AnnotationPage`` holds one ``Annotation`` per statement; the collection, the
    page and each annotation carry the Web Annotation ``@context``, so each can be
    taken out and used on its own. Each annotation
    targets its article (``{base}article/{id}``) with two selectors on the article
    body: a ``TextQuoteSelector`` (``exact`` is the statement's text, ``prefix`` and
    ``suffix`` up to ``context_length`` characters around it) and a
    ``TextPositionSelector`` (``start``/``end`` in Unicode code points, end
    exclusive, as :class:`~asean_corpus.Span`). Its bodies identify the speaker,
    tag the topics, and describe the date and how the article reports the words.

    Args:
        corpus: The corpus.
        statements: The statements to export (a query result); all by default.
            Each must be a statement of ``corpus``: another raises
            :class:`~asean_corpus.UnknownRecordError`. A single statement or id, not
            in a list, raises :class:`~asean_corpus.InvalidQueryError`.
        base: IRI prefix for the ids of the collection, annotations and articles.
        context_length: Characters of ``prefix`` and ``suffix``, 0 or more.

    >>> import asean_corpus as ac
    >>> doc = ac.export.to_web_annotations(ac.load())
    >>> item = doc["first"]["items"][0]
    >>> [s["type"] for s in item["target"]["selector"]]
    ['TextQuoteSelector', 'TextPositionSelector']
    """
    if isinstance(context_length, bool) or not isinstance(context_length, int):
        got = f"{type(context_length).__name__}: {shown(context_length)}"
        raise InvalidQueryError(f"context_length: expected an int, got {got}")
    if context_length < 0:
        raise InvalidQueryError(f"context_length must be 0 or more, got {context_length}")
    if not isinstance(base, str):
        got = f"{type(base).__name__}: {shown(base)}"
        raise InvalidQueryError(f"base: expected an IRI prefix (a str), got {got}")
    if statements is None:
        chosen: tuple[Statement, ...] = corpus.statements
    else:
        if isinstance(statements, str | Statement) or not isinstance(statements, Iterable):
            raise InvalidQueryError(
                f"statements: expected statements or their ids in a list or a query result,"
                f" got {type(statements).__name__} {shown(statements)}; pass [it] for one"
            )
        own = corpus._names().statements
        chosen = tuple(own.resolve(s) for s in statements)
    articles = {a.id: a for a in corpus.articles}
    actors = {a.id: a for a in corpus.actors}
    topics = {t.id: t for t in corpus.topics}
    items = [
        _annotation(s, articles[s.article_id], actors, topics, base, context_length) for s in chosen
    ]
    collection = f"{base}statements"
    return {
        "@context": ANNOTATION_CONTEXT,
        "id": collection,
        "type": "AnnotationCollection",
        "label": "Statements of the corpus",
        "total": len(items),
        "first": {
            "@context": ANNOTATION_CONTEXT,
            "id": f"{collection}/page/1",
            "type": "AnnotationPage",
            "partOf": collection,
            "startIndex": 0,
            "items": items,
        },
    }


def _annotation(
    s: Statement,
    article: Article,
    actors: Mapping[str, Actor],
    topics: Mapping[str, Topic],
    base: str,
    context_length: int,
) -> dict[str, Any]:
    body_text = article.body
    start, end = s.span.start, s.span.end
    speakers = [actors[a] for a in s.speakers]
    bodies: list[dict[str, Any]] = []
    for speaker in speakers:
        bodies.append(
            {
                "type": "TextualBody",
                "purpose": "identifying",
                "value": speaker.name,
                "format": "text/plain",
            }
        )
        if speaker.wikidata:
            bodies.append(
                {
                    "type": "SpecificResource",
                    "purpose": "identifying",
                    "source": f"http://www.wikidata.org/entity/{speaker.wikidata}",
                }
            )
    for topic_id in sorted(s.topics):
        bodies.append(
            {"type": "TextualBody", "purpose": "tagging", "value": topics[topic_id].label}
        )
    names = " and ".join(a.name for a in speakers)
    when = "date unknown" if s.said_on is None else f"said on {s.said_on}"
    if s.said_until is not None:
        when = f"said between {s.said_on} and {s.said_until}"
    bodies.append(
        {
            "type": "TextualBody",
            "purpose": "describing",
            "value": f"{names}, {when} ({s.mode.value.replace('_', ' ')})",
            "format": "text/plain",
        }
    )
    return {
        "@context": ANNOTATION_CONTEXT,
        "id": f"{base}statement/{s.id}",
        "type": "Annotation",
        "motivation": "identifying",
        "body": bodies,
        "target": {
            "type": "SpecificResource",
            "source": f"{base}article/{article.id}",
            "selector": [
                {
                    "type": "TextQuoteSelector",
                    "exact": s.text,
                    "prefix": body_text[max(0, start - context_length) : start],
                    "suffix": body_text[end : end + context_length],
                },
                {"type": "TextPositionSelector", "start": start, "end": end},
            ],
        },
    }


def write_web_annotations(
    corpus: Corpus,
    path: str | os.PathLike[str],
    *,
    statements: Iterable[Statement] | None = None,
    base: str = DEFAULT_BASE,
) -> None:
    """Write :func:`to_web_annotations` as a UTF-8 JSON-LD file, atomically.

    >>> import asean_corpus as ac, json, pathlib, tempfile
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "statements.jsonld"
    >>> ac.export.write_web_annotations(ac.load(), path)
    >>> json.loads(path.read_text("utf-8"))["type"]
    'AnnotationCollection'
    """
    doc = to_web_annotations(corpus, statements=statements, base=base)
    text = json.dumps(doc, ensure_ascii=False, indent=1) + "\n"
    with atomic_write(path) as handle:
        handle.write(text)
