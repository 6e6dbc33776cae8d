"""Build a corpus from raw article texts and human-editable annotation files.

The bundled corpus is the output of :func:`build` run on the project's ``seeds/`` and
``annotations/`` folders; your own corpus is built the same way. The annotation
format is TOML (comments allowed, reviewable in a diff):

- ``annotations/actors.toml``, ``topics.toml``, ``agreements.toml``, ``events.toml`` and
  ``references.toml`` are the registries; their keys are the fields of the records
  (a list of nested records, such as an actor's roles, is an array of tables named in
  the singular: ``[[actor.role]]``);
- ``annotations/articles/<raw file stem>.toml`` holds one article: its metadata, the
  rules that cut its body out of the raw text, its statements and its conflicting
  claims.

Passages are written as the exact text they cover; offsets are computed here and
never typed by hand. The full format is in the annotation guide of the docs.
"""

from __future__ import annotations

import datetime as _dt
import enum
import errno
import hashlib
import os
import re
import typing
import unicodedata
from collections import Counter
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs

from ..corpus import Corpus
from ..corpus.merge import Clash, MergePolicy, check_policy, combine
from ..exceptions import (
    AnnotationError,
    CorpusFileError,
    CorpusFileNotFoundError,
    InvalidCorpusError,
    InvalidQueryError,
    Problem,
    shown,
)
from ..io.reading import check_path, read_bytes
from ..model import (
    Actor,
    Agreement,
    Article,
    ArticleEvidence,
    ArticleKind,
    Attribution,
    Conflict,
    DateBasis,
    Event,
    Evidence,
    Mode,
    PartialDate,
    Reference,
    ReferenceEvidence,
    Reliability,
    ReliabilityLevel,
    Span,
    Statement,
    Topic,
)
from .fields import Fields, read_toml
from .passages import closest_passage, cut_body, locate, nearest, occurrences

__all__ = ["MAX_TEXT_BYTES", "build", "normalise_text"]

MAX_TEXT_BYTES = 256 << 20
"""The largest raw text or annotation file read (256 MiB); a larger one is refused."""


_TIME = re.compile(
    r"[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,6})?)?(?:[+-][0-9]{2}:[0-9]{2}(?::[0-9]{2})?)?"
)
"""A time as the file format writes it ("16:22", "16:22:05", "16:22+07:00"); an offset
with seconds is read, to be refused with its own reason."""


def normalise_text(text: str) -> str:
    """A raw text as bodies are cut from it: a leading BOM dropped, line ends ``\\n``.

    ``source_sha256`` is the hash of the raw file's bytes as they are, so it still
    identifies the file; the body, cut from this text, has no ``\\r`` and no BOM.

    >>> normalise_text("\\ufeffTitle\\r\\nBody\\rEnd\\n")
    'Title\\nBody\\nEnd\\n'
    """
    text = text.removeprefix("\ufeff")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def _by_unique_id(records: tuple[Any, ...]) -> dict[str, Any]:
    """The records by id, leaving out every id held by more than one (reported as such)."""
    counts = Counter(r.id for r in records)
    return {r.id: r for r in records if counts[r.id] == 1}


def _date_problems(
    statement: Statement, articles: Mapping[str, Article], events: Mapping[str, Event]
) -> list[tuple[str, str]]:
    """What is wrong with a statement's date against its article and event, as
    ``(key, message)`` pairs (see :meth:`_Builder.dates`)."""
    out: list[tuple[str, str]] = []
    said_on, basis = statement.said_on, statement.date_basis
    article = articles.get(statement.article_id)
    published = article.published if article is not None else None
    event = events.get(statement.event_id) if statement.event_id is not None else None
    if basis is DateBasis.EVENT and statement.event_id is None:
        message = (
            "'event' needs the event the statement was made at (event = an id of "
            "events.toml); a date the text gives is 'stated', with its date_evidence"
        )
        out.append(("date_basis", message))
    if said_on is None:
        return out
    if published is not None and said_on.earliest > published.latest:
        message = (
            f"{said_on} is after the article's publication date {published}: a statement "
            "is made before it is reported"
        )
        out.append(("said_on", message))
    elif basis is DateBasis.PUBLICATION and said_on != published:
        when = "has no publication date" if published is None else f"was published on {published}"
        out.append(("said_on", f"{said_on} with date_basis 'publication', but the article {when}"))
    if event is not None and event.start is not None:
        first = event.start.earliest
        last = (event.end or event.start).latest
        until = statement.said_until or said_on
        if said_on.earliest > last or until.latest < first:
            days = str(event.start) if event.end is None else f"{event.start} to {event.end}"
            message = (
                f"{statement.date_text} is not within the days of its event "
                f"{statement.event_id!r} ({days})"
            )
            out.append(("said_on", message))
    return out


def _check_folder(folder: Path, name: str) -> None:
    """Raise the file error of a texts or annotations folder that cannot be read.

    A path given to :func:`build` that is missing or no folder is refused as
    :func:`~asean_corpus.load` refuses a missing file: an :class:`OSError`, before
    anything is read.
    """
    try:
        if not folder.exists():
            raise CorpusFileNotFoundError(folder, f"no such folder (the {name})")
        if not folder.is_dir():
            raise CorpusFileError(folder, f"the {name} path is not a folder", errno.ENOTDIR)
    except (OSError, ValueError) as exc:  # a link loop, NUL in the path
        if isinstance(exc, CorpusFileError):
            raise
        raise CorpusFileError(folder, f"the {name} folder cannot be read: {exc}") from None


def _outside(folder: Path, name: str) -> str | None:
    """Why ``name`` is not a file path inside ``folder``, or ``None`` when it is."""
    if "\0" in name:
        return f"{shown(name)} contains a NUL character"
    if Path(name).is_absolute() or name.startswith(("/", "\\")) or Path(name).drive:
        return f"{shown(name)} is an absolute path; give a path inside the texts folder"
    try:
        root = folder.resolve(strict=True)
        target = (folder / name).resolve(strict=False)
    except (OSError, RuntimeError) as exc:  # a link loop
        return f"{shown(name)} cannot be followed: {getattr(exc, 'strerror', None) or exc}"
    if target != root and root not in target.parents:
        return f"{shown(name)} leads outside the texts folder (to {shown(str(target), 120)})"
    if target == root:
        return f"{shown(name)} is the texts folder itself, not a file"
    return None


def _ambiguous(body: str, passage: str, found: list[int]) -> str:
    """The message for a passage found more than once without an ``occurrence``."""
    places = []
    for n, start in enumerate(found[:5], start=1):
        before = body[max(0, start - 20) : start].replace("\n", " ")
        places.append(f"{n}: offset {start:,} after {shown(before, 24)}")
    more = f"; and {len(found) - 5:,} more" if len(found) > 5 else ""
    return (
        f"passage {shown(passage, 80)} occurs {len(found):,} times in the article body "
        f"({'; '.join(places)}{more}); add occurrence = N (1 to {len(found):,}) to choose one"
    )


def _missing(body: str, text: str) -> str:
    """Why ``text`` (a passage, a mention) is not found: not in the body at all, or
    there only inside words ("ill run" in "will run"), which a passage may not cut."""
    inside = body.find(text)
    if inside < 0:
        return f"{shown(text, 80)} is not in the article body"
    around = body[max(0, inside - 15) : inside + len(text) + 15].replace("\n", " ")
    return (
        f"{shown(text, 80)} is in the article body only inside words (at offset "
        f"{inside:,}: {shown(around, 120)}); it must start and end at word boundaries"
    )


def _normal_forms(body: str, passage: str) -> str | None:
    """Why a passage not found is there after all, in another Unicode normal form."""
    for form in ("NFC", "NFD", "NFKC"):
        if occurrences(unicodedata.normalize(form, body), unicodedata.normalize(form, passage)):
            return (
                f"it is there in another Unicode normal form (the passage is "
                f"{_form(passage)}, the text {_form(body)}); write it with the "
                "text's characters"
            )
    return None


def _form(text: str) -> str:
    forms = [f for f in ("NFC", "NFD") if unicodedata.is_normalized(f, text)]
    return " and ".join(forms) if forms else "neither NFC nor NFD"


_REGISTRIES: dict[str, tuple[str, type]] = {
    "references": ("reference", Reference),
    "actors": ("actor", Actor),
    "topics": ("topic", Topic),
    "agreements": ("agreement", Agreement),
    "events": ("event", Event),
}
"""Registry files: their array-of-tables key and record type, in the order they are read."""


_KEYS = {
    "roles": "role",
    "milestones": "milestone",
    "speaker_id": "speaker",
    "event_id": "event",
    "span": "passage",
    "text": "passage",
    "mention_span": "mention",
}
"""Record fields whose annotation key differs: nested tables are named in the singular,
statements name their speaker and event without ``_id``, and spans are given as passages."""

_REFERENCES = frozenset({"speaker_id", "co_speakers", "via", "event_id", "topics", "agreements"})
"""The fields of a statement that name other records by id."""


def _singular(name: str) -> str:
    return _KEYS.get(name, name)


_KINDS = {
    **{name: key for name, (key, _) in _REGISTRIES.items()},
    "articles": "article",
    "statements": "statement",
    "conflicts": "conflict",
}
"""The record each table holds, as annotation files name it."""

_LARGE = frozenset({"body", "text", "roles", "milestones", "evidence", "span"})
"""Fields whose values are too long to quote in a message: only their names are given."""


class _Builder:
    def __init__(
        self,
        seeds: Path,
        annotations: Path,
        base: Corpus | None = None,
        on_conflict: MergePolicy = "raise",
    ) -> None:
        self.seeds = seeds
        self.annotations = annotations
        self.base = base
        self.on_conflict = on_conflict
        self.unplaced: set[str] = set()
        self.partial: dict[str, frozenset[str | None]] = {}
        """Statements with problems of their own, by id, and the keys that have them."""
        """Ids of articles the base kept in place of this build's (see :meth:`on_base`)."""
        self.problems: list[Problem] = []
        # Article bodies by id, for passages of evidence: the base's, then this build's.
        self.bodies: dict[str, str] = {a.id: a.body for a in base.articles} if base else {}
        # Where each record came from, to name it in an integrity problem.
        self.origins: dict[tuple[str, str], tuple[str, tuple[str | int, ...]]] = {}

    def rel(self, path: Path) -> str:
        try:
            return str(path.relative_to(self.annotations.parent))
        except ValueError:
            return str(path)

    # -- evidence -------------------------------------------------------------------

    def passage(
        self, body: str, passage: str, occurrence: int | None, rec: Fields, key: str
    ) -> Span | None:
        """The span of a passage; a passage found more than once needs ``occurrence``."""
        found = occurrences(body, passage)
        if found and occurrence is None:
            if len(found) == 1:
                return Span(found[0], found[0] + len(passage))
            rec.fail(key, _ambiguous(body, passage, found))
            return None
        if found:
            assert occurrence is not None
            if occurrence <= len(found):
                start = found[occurrence - 1]
                return Span(start, start + len(passage))
            count = len(found)
            rec.fail(
                key,
                f"occurrence {occurrence} requested but the passage occurs {count} "
                f"time{'s' if count != 1 else ''}",
            )
            return None
        short = shown(passage, 80)
        if passage in body:
            rec.fail(key, f"passage {_missing(body, passage)}")
            return None
        forms = _normal_forms(body, passage)
        if forms is not None:
            rec.fail(key, f"passage {short} is not in the article body as written: {forms}")
            return None
        close = closest_passage(body, passage)
        hint = f"; closest passage in the text: {shown(close, 200)}" if close else ""
        rec.fail(key, f"passage {short} is not in the article body{hint}")
        return None

    def evidence(
        self, data: object, parent: Fields, key: str, index: int | None
    ) -> Evidence | None:
        if not isinstance(data, dict):
            where = key if index is None else f"{key}[{index}]"
            parent.fail(
                where, "expected a table {article = ..., passage = ...} or {reference = ...}"
            )
            return None
        rec = parent.child(key, index, data)
        reference = rec.text("reference")
        article = rec.text("article")
        passage = rec.text("passage")
        occurrence = rec.optional_number("occurrence")
        if not rec.finish():
            return None
        if reference is not None and article is None and passage is None:
            return ReferenceEvidence(reference_id=reference)
        if article is not None and passage is not None and reference is None:
            body = self.bodies.get(article)
            if body is None:
                rec.fail("article", f"unknown article {shown(article)}")
                return None
            span = self.passage(body, passage, occurrence, rec, "passage")
            if span is None:
                return None
            return ArticleEvidence(article_id=article, span=span, text=span.slice(body))
        rec.fail(None, "give either reference = ... or article = ... with passage = ...")
        return None

    def evidence_list(self, rec: Fields, key: str) -> tuple[Evidence, ...]:
        value = rec.get(key)
        if value is None:
            return ()
        if not isinstance(value, list):
            rec.fail(key, "expected a list of evidence tables")
            return ()
        found = (self.evidence(item, rec, key, i) for i, item in enumerate(value))
        return tuple(ev for ev in found if ev is not None)

    # -- registries: read by the fields of their record type ----------------------------

    def record(self, cls: type, rec: Fields) -> Any:
        """A record of ``cls`` from its TOML table, each key read by its field's type."""
        attrs.resolve_types(cls)
        values: dict[str, Any] = {}
        for field in attrs.fields(cls):
            values[field.name] = self.value(field, rec)
        complete = rec.finish()
        if not complete:
            return None
        try:
            return cls(**values)
        except (TypeError, ValueError) as exc:  # pragma: no cover - types are checked above
            rec.fail(None, str(exc))
            return None

    def value(self, field: attrs.Attribute[Any], rec: Fields) -> Any:
        name = field.name
        tp = field.type
        required = field.default is attrs.NOTHING
        args = typing.get_args(tp)
        optional = type(None) in args
        if optional:
            tp = next(a for a in args if a is not type(None))
            args = typing.get_args(tp)
        origin = typing.get_origin(tp)
        if tp == Evidence:
            data = rec.get(name, required)
            if data is None:
                return None
            evidence = self.evidence(data, rec, name, None)
            if evidence is None:
                rec.ok = False  # reported inside: the record is not made without it
            return evidence
        if origin in (tuple, frozenset):
            item = args[0]
            if item is str:
                found = rec.texts(name)
                return frozenset(found) if origin is frozenset else found
            if item == Evidence:
                return self.evidence_list(rec, name)
            key = _singular(name)
            made = (self.record(item, rec.child(key, i, t)) for i, t in enumerate(rec.tables(key)))
            return tuple(r for r in made if r is not None)
        if tp is str:
            return rec.req(name) if required else rec.text(name)
        if tp is bool:
            return rec.flag(name, bool(field.default))
        if tp is PartialDate:
            return rec.date(name)
        if tp is _dt.date:
            return rec.day(name, required)
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            default = None if required else field.default
            return rec.enum(name, tp, default)
        raise AssertionError(f"no annotation reader for {name}: {tp!r}")  # pragma: no cover

    def registry(self, name: str) -> list[Any]:
        key, cls = _REGISTRIES[name]
        path = self.annotations / f"{name}.toml"
        file = self.rel(path)
        # With a base corpus, a registry file is optional: its records are the base's.
        data = read_toml(path, file, self.problems, missing_ok=self.base is not None)
        if data is None:
            return []
        top = Fields(data, file, (), self.problems)
        tables = top.tables(key)
        top.finish()
        out = []
        for i, table in enumerate(tables):
            rec = Fields(table, file, (key, i), self.problems)
            record = self.record(cls, rec)
            if record is not None:
                out.append(record)
                self.origins[(name, record.id)] = (file, (key, i))
        return out

    # -- articles -------------------------------------------------------------------

    def article_files(self) -> list[Path]:
        folder = self.annotations / "articles"
        if folder.exists() and not folder.is_dir():
            self.problems.append(Problem(file=str(folder), message="is not a folder"))
            return []
        if not folder.is_dir():
            message = "no such folder (one annotation file per article)"
            self.problems.append(Problem(file=str(folder), message=message))
            return []
        return sorted(folder.glob("*.toml"))

    def raw_text(self, rec: Fields, source_file: str) -> tuple[str, bytes] | None:
        """The text of a raw file (BOM dropped, line ends made ``\\n``) and its bytes.

        The file must be a regular file inside the texts folder: an absolute path, a
        path through ``..`` or a symbolic link that leads out of the folder is refused.
        """
        problem = _outside(self.seeds, source_file)
        if problem is not None:
            rec.fail("source_file", problem)
            return None
        raw_path = self.seeds / source_file
        try:
            data = read_bytes(raw_path, MAX_TEXT_BYTES)
        except FileNotFoundError:
            rec.fail("source_file", f"no raw file {shown(source_file)} in the texts folder")
            return None
        except CorpusFileError as exc:
            rec.fail("source_file", f"{shown(source_file)}: {exc.reason}")
            return None
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            rec.fail("source_file", f"{shown(source_file)} is not UTF-8 (offset {exc.start})")
            return None
        return normalise_text(text), data

    def body(self, rec: Fields, raw: str | None) -> str | None:
        rules_table = rec.table("body")
        if rules_table is None:
            rec.fail("body", "missing (required): the rules that cut the body from the raw text")
            return None
        if raw is None:
            return None
        rules = rec.child("body", None, rules_table)
        first, last, drops = (
            rules.req("first_line"),
            rules.text("last_line"),
            rules.texts("drop_lines"),
        )
        if not rules.finish():
            return None
        try:
            return cut_body(raw, first, last, drops)
        except ValueError as exc:
            rec.fail("body", str(exc))
            return None

    def article(self, path: Path) -> tuple[Article, Fields] | None:
        file = self.rel(path)
        data = read_toml(path, file, self.problems)
        if data is None:
            return None
        rec = Fields(data, file, (), self.problems)
        aid = rec.req("id")
        source_file = rec.req("source_file")
        title = rec.req("title")
        published_from = rec.text("published_from")
        read = self.raw_text(rec, source_file) if source_file else None
        raw, raw_bytes = read if read is not None else (None, b"")
        body = self.body(rec, raw)
        if raw is not None:
            if title and title not in raw:
                rec.fail("title", "not found in the raw text")
            if published_from and published_from not in raw:
                rec.fail("published_from", "not found in the raw text")
        reliability = None
        reliability_table = rec.table("reliability")
        if reliability_table is None:
            rec.fail("reliability", "missing (required)")
        else:
            r = rec.child("reliability", None, reliability_table)
            level = r.enum("level", ReliabilityLevel)
            reliability = Reliability(
                level=level or ReliabilityLevel.LOW, reasons=r.texts("reasons")
            )
            r.finish()
        published_time = rec.text("published_time")
        time_value = None
        if published_time is not None:
            try:
                if not _TIME.fullmatch(published_time):
                    raise ValueError(published_time)  # "1000", "T10:00": not how it is written
                time_value = _dt.time.fromisoformat(published_time)
            except ValueError:
                rec.fail(
                    "published_time",
                    f"not a time HH:MM (or HH:MM:SS, with a UTC offset +HH:MM): "
                    f"{shown(published_time)}",
                )
        article = Article(
            id=aid,
            title=title,
            body=body or "",
            source_file=source_file,
            source_sha256=hashlib.sha256(raw_bytes).hexdigest() if raw else "",
            url=rec.text("url"),
            url_checked_on=rec.day("url_checked_on"),
            published=rec.date("published"),
            published_time=time_value,
            published_basis=published_from or rec.text("published_note"),
            publisher=rec.text("publisher"),
            authors=rec.texts("authors"),
            kind=rec.enum("kind", ArticleKind) or ArticleKind.NEWS,
            language=rec.text("language") or "en",
            reliability=reliability or Reliability(level=ReliabilityLevel.LOW),
            notes=rec.texts("notes"),
        )
        if body is None or reliability is None:
            rec.tables("statement")
            rec.tables("conflict")
            rec.finish()
            return None
        if aid:
            self.bodies[aid] = body
            self.origins[("articles", aid)] = (file, ())
        return article, rec

    def statements(self, article: Article, rec: Fields) -> list[Statement]:
        out = []
        body = article.body
        for i, table in enumerate(rec.tables("statement")):
            s = rec.child("statement", i, table)
            sid = s.req("id")
            passage = s.req("passage")
            occurrence = s.optional_number("occurrence")
            span = self.passage(body, passage, occurrence, s, "passage") if passage else None
            mention = s.text("mention")
            mention_span = None
            if mention is not None and span is not None:
                mention_span = nearest(body, mention, span.start)
                if mention_span is None:
                    s.fail("mention", _missing(body, mention))
            date_evidence = s.text("date_evidence")
            if date_evidence is not None and locate(body, date_evidence) is None:
                s.fail("date_evidence", _missing(body, date_evidence))
            said_on = s.date("said_on")
            basis = s.enum("date_basis", DateBasis, DateBasis.UNKNOWN if said_on is None else None)
            mode = s.enum("mode", Mode)
            statement = Statement(
                id=sid,
                article_id=article.id,
                speaker_id=s.req("speaker"),
                co_speakers=s.texts("co_speakers"),
                text=span.slice(body) if span else "",
                span=span or Span(0, 0),
                mode=mode or Mode.REPORTED,
                verbatim=s.flag("verbatim", False),
                insertions=self.insertions(body, span, s),
                cue=s.text("cue"),
                mention=mention_span.slice(body) if mention_span else None,
                mention_span=mention_span,
                via=s.texts("via"),
                attribution=s.optional_enum("attribution", Attribution),
                said_on=said_on,
                said_until=s.date("said_until"),
                date_basis=basis or DateBasis.UNKNOWN,
                date_evidence=date_evidence,
                event_id=s.text("event"),
                topics=frozenset(s.texts("topics")),
                agreements=frozenset(s.texts("agreements")),
                note=s.text("note"),
            )
            if s.finish() and span is not None:
                out.append(statement)
                self.origins[("statements", sid)] = (rec.file, ("statement", i))
            elif sid and "id" not in s.failed:
                # Not built, but still checked against the corpus for what its own
                # fields do not already report (an unknown speaker, an id given twice),
                # so that every problem of the statement is listed at once.
                out.append(statement)
                self.origins[("statements", sid)] = (rec.file, ("statement", i))
                self.partial[sid] = frozenset(s.failed)
        return out

    def insertions(self, body: str, span: Span | None, s: Fields) -> tuple[Span, ...]:
        """The article's insertions into a statement, each given as text inside its passage.

        An insertion that occurs more than once in the passage is found after the one
        before it, so listing them in order places each.
        """
        found = []
        at = span.start if span is not None else 0
        for k, text in enumerate(s.texts("insertions")):
            if span is None:
                break
            where = body.find(text, at, span.end) if text else -1
            if where == -1:
                s.fail(
                    "insertions", f"insertion {k} {shown(text)} is not in the statement's passage"
                )
                continue
            found.append(Span(where, where + len(text)))
            at = where + len(text)
        return tuple(found)

    def conflicts(self, article: Article, rec: Fields) -> list[Conflict]:
        out = []
        for i, table in enumerate(rec.tables("conflict")):
            c = rec.child("conflict", i, table)
            passage = c.req("passage")
            occurrence = c.optional_number("occurrence")
            span = (
                self.passage(article.body, passage, occurrence, c, "passage") if passage else None
            )
            conflict = Conflict(
                id=c.req("id"),
                article_id=article.id,
                span=span or Span(0, 0),
                text=span.slice(article.body) if span else "",
                conflicts_with=self.evidence_list(c, "conflicts_with"),
                description=c.req("description"),
                subjects=frozenset(c.texts("subjects")),
            )
            if c.finish() and span is not None:
                out.append(conflict)
                self.origins[("conflicts", conflict.id)] = (rec.file, ("conflict", i))
        return out

    def run(self) -> Corpus:
        _check_folder(self.seeds, "texts")
        _check_folder(self.annotations, "annotations")
        articles: list[Article] = []
        pending: list[tuple[Article, Fields]] = []
        for path in self.article_files():
            found = self.article(path)
            if found is not None:
                articles.append(found[0])
                pending.append(found)
        registries = {name: self.registry(name) for name in _REGISTRIES}
        statements: list[Statement] = []
        conflicts: list[Conflict] = []
        for article, rec in pending:
            made = self.statements(article, rec)
            made.sort(key=lambda s: (s.span.start, s.span.end, s.id))
            statements += made
            conflicts += self.conflicts(article, rec)
            rec.finish()
        tables: dict[str, tuple[Any, ...]] = {
            "articles": tuple(articles),
            "statements": tuple(statements),
            "conflicts": tuple(conflicts),
            **{name: tuple(records) for name, records in registries.items()},
        }
        if self.base is not None:
            tables = self.on_base(self.base, tables)
        self.dates(tables)
        try:
            corpus = Corpus(**tables)
        except InvalidCorpusError as exc:
            # Integrity problems (unknown ids, ...) are reported beside the format ones,
            # each in the file and at the place its record came from.
            placed = [
                p for p in exc.details if self.placed(p, tables) and self.of_its_own(p, tables)
            ]
            self.problems += [self.located(p, tables) for p in placed]
        if self.problems:
            raise AnnotationError(self.problems)
        return corpus

    def dates(self, tables: Mapping[str, tuple[Any, ...]]) -> None:
        """The annotation guide's rules for a statement's date, against its article and
        its event: a statement is said no later than its article is published; an
        authored text is dated by its publication; a date that an event gives names the
        event, and falls within the event's days."""
        articles = _by_unique_id(tables["articles"])  # an id given twice names neither
        events = _by_unique_id(tables["events"])
        for statement in tables["statements"]:
            origin = self.origins.get(("statements", statement.id))
            if origin is None or statement.id in self.partial:
                continue  # a record of the base, or one whose fields are reported already
            if statement.article_id in self.unplaced:
                continue  # placed in an article of the base's, not this one (reported)
            file, where = origin
            for key, message in _date_problems(statement, articles, events):
                problem = Problem(
                    file=file, path=(*where, key), record_id=statement.id, message=message
                )
                self.problems.append(problem)

    def of_its_own(self, problem: Problem, tables: Mapping[str, tuple[Any, ...]]) -> bool:
        """Whether an integrity problem is to be reported: any problem of a statement
        that was built, and of one that was not (:attr:`partial`) only an id given twice
        or an unknown id in a field that was read without a problem; its other fields
        hold stand-ins (no date, an empty passage) whose problems are not the file's."""
        path = problem.path
        if not self.partial or len(path) < 3 or path[0] != "statements":
            return True
        records = tables.get("statements", ())
        index, field = path[1], path[2]
        if not isinstance(index, int) or index >= len(records):
            return True
        failed = self.partial.get(records[index].id)
        if failed is None:
            return True
        if field == "id":
            return True
        return field in _REFERENCES and _KEYS.get(str(field), field) not in failed

    def located(self, problem: Problem, tables: Mapping[str, tuple[Any, ...]]) -> Problem:
        """An integrity problem of the built corpus, placed in its annotation file."""
        path = problem.path
        if len(path) >= 2 and isinstance(path[0], str) and isinstance(path[1], int):
            records = tables.get(path[0], ())
            if path[1] < len(records):
                rid = records[path[1]].id
                origin = self.origins.get((path[0], rid))
                if origin is not None:
                    file, where = origin
                    inner = tuple(_KEYS.get(p, p) if isinstance(p, str) else p for p in path[2:])
                    return attrs.evolve(problem, file=file, path=(*where, *inner), record_id=rid)
                if self.base is not None:
                    # A record of the base that a replaced record broke: its JSON path.
                    message = f"{problem.message} (a record of the base corpus)"
                    return attrs.evolve(problem, message=message)
        return attrs.evolve(problem, file=str(self.annotations))

    # -- on a base corpus -----------------------------------------------------------

    def on_base(self, base: Corpus, tables: dict[str, tuple[Any, ...]]) -> dict[str, Any]:
        """The base's records, then the new ones; a record both hold once if equal.

        With ``on_conflict="raise"``, each id naming a different record here than in
        the base is a problem of the annotation file that holds it.
        """
        own = {f.name: getattr(base, f.name) for f in attrs.fields(Corpus)}
        merged, clashes = combine(own, tables, on_conflict=self.on_conflict)
        if self.on_conflict == "raise":
            self.problems += [self.clash(c) for c in clashes]
        if self.on_conflict != "replace":
            # The base's article is the one kept: what this build placed in its own
            # article (statements, evidence) cannot be checked against another body
            self.unplaced = {c.id for c in clashes if c.table == "articles"}
            if self.on_conflict == "keep":
                self.problems += [self.kept(article_id) for article_id in sorted(self.unplaced)]
        return merged

    def kept(self, article_id: str) -> Problem:
        """An article of the annotations whose id the base's different article keeps."""
        message = (
            f"the base corpus has a different article {shown(article_id)}, which "
            "on_conflict='keep' keeps: the statements and evidence this build places in "
            "it cannot be found in the base's body; give this article another id, or build with "
            "on_conflict='replace' to use this one instead"
        )
        file, where = self.origins.get(("articles", article_id), (str(self.annotations), ()))
        return Problem(file=file, path=where, record_id=article_id, message=message)

    def placed(self, problem: Problem, tables: Mapping[str, tuple[Any, ...]]) -> bool:
        """Whether a problem of the built corpus is of a record placed in an article of
        the base kept in place of this build's (see :meth:`on_base`): not to be
        reported, since the clash itself is."""
        if not self.unplaced or len(problem.path) < 2:
            return True
        table, index, *rest = problem.path
        records = tables.get(table, ()) if isinstance(table, str) else ()
        if not isinstance(index, int) or index >= len(records):
            return True
        value: Any = records[index]
        for step in (None, *rest):
            if step is not None:
                try:
                    value = value[step] if isinstance(step, int) else getattr(value, step)
                except (AttributeError, IndexError, TypeError):
                    return True
            if getattr(value, "article_id", None) in self.unplaced:
                return False
        return True

    def clash(self, clash: Clash) -> Problem:
        """A record that differs from the base's record of the same id, in its file."""
        kind = _KINDS.get(clash.table, clash.table)
        fields = clash.fields
        if len(fields) == 1 and fields[0] not in _LARGE:
            name = fields[0]
            base_value, value = getattr(clash.first, name), getattr(clash.second, name)
            what = f"{_singular(name)} is {shown(base_value)} there, {shown(value)} here"
        else:
            what = "it differs in " + ", ".join(dict.fromkeys(map(_singular, fields)))
        if clash.table in _REGISTRIES:
            todo = "delete it here to use the base's record as it is"
        else:
            todo = "give this one another id"
        message = (
            f"the base corpus has a different {kind} {shown(clash.id)}: {what}; {todo}, "
            "or build with on_conflict='replace' to use this one instead"
        )
        file, where = self.origins.get((clash.table, clash.id), (str(self.annotations), ()))
        return Problem(file=file, path=where, record_id=clash.id, message=message)


def build(
    seeds: str | os.PathLike[str],
    annotations: str | os.PathLike[str],
    *,
    base: Corpus | None = None,
    on_conflict: MergePolicy = "raise",
) -> Corpus:
    """Build a corpus from a folder of raw texts and a folder of annotation files.

    Args:
        seeds: Folder of raw article texts (UTF-8), named as the annotation files'
            ``source_file`` fields say.
        annotations: Folder holding the registries (``actors.toml``, ``topics.toml``,
            ``agreements.toml``, ``events.toml``, ``references.toml``) and
            ``articles/*.toml``.
        base: A corpus to build on, such as the bundled one (``base=ac.load()``). The
            annotations may then use its actors, topics, agreements, events,
            references and articles by id without copying them, the registry files
            become optional, and the result holds the base's records followed by the
            new ones. A record the annotations repeat must equal the base's; it is
            then kept once.
        on_conflict: With ``base``, what to do with a record of the annotations that
            differs from the base's record of the same id: ``"raise"`` (the default)
            reports it as a problem of its annotation file, with the fields that
            differ; ``"keep"`` keeps the base's record; ``"replace"`` uses the
            annotations' record in its place (to correct or extend a base record).
            The policies are those of :meth:`Corpus.merge <asean_corpus.Corpus.merge>`.

    Returns:
        The validated corpus: the base's records, if any, then the articles in
        file-name order, statements in article order and then by position.

    Raises:
        AnnotationError: Any annotation is wrong. Every problem is listed, each with
            its file, record and field; a passage that is not in the text comes with
            the closest passage that is.
        InvalidQueryError: ``base`` is not a corpus, or ``on_conflict`` is not one of
            the policies.
        CorpusFileNotFoundError: The texts or annotations folder does not exist (also
            a :class:`FileNotFoundError`).
        CorpusFileError: The texts or annotations path is not a folder, or cannot be
            read (also an :class:`OSError`).

    The small example corpus of the guide "Building your own corpus", from the top
    of a clone of the repository:

    >>> import asean_corpus as ac
    >>> example = "docs/guides/example-corpus"
    >>> corpus = ac.build(f"{example}/texts", f"{example}/annotations")
    >>> corpus
    <Corpus: 2 articles, 3 statements, 5 actors, 1 agreements, 4 topics, 2 events>
    >>> corpus.statement("ex-a1-s1").text
    'will run on clean power by 2030'

    On top of the bundled corpus, queries see both:

    >>> both = ac.build(f"{example}/texts", f"{example}/annotations", base=ac.load())
    >>> len(both.statements), both.statements[-1].id
    (74, 'ex-a1-s2')

    .. versionchanged:: 0.2.0
       ``base`` and ``on_conflict``.
    """
    check_policy(on_conflict)
    if base is not None and not isinstance(base, Corpus):
        msg = f"base must be an asean_corpus.Corpus or None, got {type(base).__name__}"
        raise InvalidQueryError(msg)
    # "" would be the current folder once made a Path: refused as the empty path it is
    return _Builder(Path(check_path(seeds)), Path(check_path(annotations)), base, on_conflict).run()
