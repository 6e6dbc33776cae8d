"""Build a corpus from raw article texts and human-editable annotation files.

The bundled corpus is the output of :func:`build` run on the project's ``seeds/`` and
``annotations/`` folders; your own corpus is built the same way. The annotation
format is TOML (comments allowed, reviewable in a diff):

- ``annotations/actors.toml``, ``topics.toml``, ``agreements.toml``, ``events.toml`` and
  ``references.toml`` are the registries;
- ``annotations/articles/<raw file stem>.toml`` holds one article: its metadata, the
  rules that cut its body out of the raw text, its statements and its conflicting
  claims.

Passages are written as the exact text they cover; offsets are computed here and
never typed by hand. The full format is in the annotation guide of the docs.
"""

from __future__ import annotations

import bisect
import difflib
import hashlib
import os
import re
import tomllib
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from .corpus import Corpus
from .dates import PartialDate
from .exceptions import AnnotationError, CorpusError, InvalidCorpusError
from .model import (
    Actor,
    ActorKind,
    Agreement,
    AgreementKind,
    Article,
    ArticleEvidence,
    ArticleKind,
    Confidence,
    Conflict,
    DateBasis,
    Event,
    EventKind,
    Evidence,
    Milestone,
    MilestoneKind,
    Mode,
    Reference,
    ReferenceEvidence,
    Reliability,
    ReliabilityLevel,
    Role,
    Span,
    Statement,
    Topic,
)

__all__ = ["build", "cut_body", "locate"]

REGISTRIES = ("actors", "topics", "agreements", "events", "references")


class _Problems:
    """Collects problems; each names the file, the record and the field."""

    def __init__(self) -> None:
        self.items: list[str] = []

    def add(self, where: str, message: str) -> None:
        self.items.append(f"{where}: {message}")


class _Record:
    """Typed access to one TOML table, reporting wrong types and unknown keys."""

    def __init__(self, data: Mapping[str, Any], where: str, problems: _Problems) -> None:
        self.data = data
        self.where = where
        self.problems = problems
        self.used: set[str] = set()
        self.ok = True

    def _fail(self, key: str, message: str) -> None:
        self.ok = False
        self.problems.add(f"{self.where}.{key}", message)

    def _get(self, key: str, required: bool) -> Any:
        self.used.add(key)
        if key not in self.data:
            if required:
                self._fail(key, "missing (required)")
            return None
        return self.data[key]

    def text(self, key: str, required: bool = False) -> str | None:
        value = self._get(key, required)
        if value is None:
            return None
        if not isinstance(value, str) or (required and not value):
            self._fail(key, f"expected a non-empty string, got {value!r}")
            return None
        return value

    def req(self, key: str) -> str:
        return self.text(key, required=True) or ""

    def texts(self, key: str) -> tuple[str, ...]:
        value = self._get(key, False)
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self._fail(key, f"expected a list of strings, got {value!r}")
            return ()
        return tuple(value)

    def flag(self, key: str, default: bool) -> bool:
        value = self._get(key, False)
        if value is None:
            return default
        if not isinstance(value, bool):
            self._fail(key, f"expected true or false, got {value!r}")
            return default
        return value

    def number(self, key: str, default: int) -> int:
        value = self._get(key, False)
        if value is None:
            return default
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            self._fail(key, f"expected a positive integer, got {value!r}")
            return default
        return value

    def date(self, key: str) -> PartialDate | None:
        value = self._get(key, False)
        if value is None:
            return None
        if not isinstance(value, str):
            self._fail(key, f"expected a date string YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}")
            return None
        try:
            return PartialDate.parse(value)
        except CorpusError as exc:
            self._fail(key, str(exc))
            return None

    def enum(self, key: str, cls: Any, default: Any = None) -> Any:
        value = self._get(key, default is None)
        if value is None:
            return default
        try:
            return cls(value)
        except ValueError:
            valid = ", ".join(repr(m.value) for m in cls)
            self._fail(key, f"unknown value {value!r}; expected one of {valid}")
            return default

    def tables(self, key: str) -> list[Mapping[str, Any]]:
        value = self._get(key, False)
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self._fail(key, "expected a list of tables")
            return []
        return value

    def table(self, key: str) -> Mapping[str, Any] | None:
        value = self._get(key, False)
        if value is None:
            return None
        if not isinstance(value, dict):
            self._fail(key, "expected a table")
            return None
        return value

    def finish(self) -> bool:
        for key in sorted(set(self.data) - self.used):
            self._fail(key, "unknown field")
        return self.ok


def _read_toml(path: Path, problems: _Problems) -> dict[str, Any] | None:
    try:
        text = path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        problems.add(str(path), "no such file")
        return None
    except UnicodeDecodeError as exc:
        problems.add(str(path), f"not UTF-8 text (offset {exc.start})")
        return None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        problems.add(str(path), f"invalid TOML: {exc}")
        return None


def _word_pattern(text: str) -> re.Pattern[str]:
    left = r"(?<!\w)" if text[:1].isalnum() else ""
    right = r"(?!\w)" if text[-1:].isalnum() else ""
    return re.compile(left + re.escape(text) + right)


def locate(body: str, passage: str, occurrence: int = 1) -> Span | None:
    """The span of the ``occurrence``-th exact (whole-word) occurrence of ``passage``."""
    if not passage:
        return None
    for n, match in enumerate(_word_pattern(passage).finditer(body), start=1):
        if n == occurrence:
            return Span(match.start(), match.end())
    return None


_WORD_START = re.compile('(?<=[\\s"\u201c\u2018(])(?=\\S)')
_WORD_END = re.compile('(?<=\\S)(?=[\\s.,;:!?"\u201d\u2019)]|$)')


def _anchored_starts(body: str, passage: str, starts: list[int], slack: int) -> list[int]:
    """Word starts near places where a run of the passage's words occurs in ``body``.

    A passage with a typo still shares most of its three-word runs with the text it
    was meant to be; aligning on them keeps the search short for long passages.
    """
    words = list(re.finditer(r"\S+", passage))
    offsets: set[int] = set()
    for n in (3, 1):
        for i in range(len(words) - n + 1):
            first, last = words[i], words[i + n - 1]
            if n == 1 and len(first[0]) < 5:
                continue
            piece = passage[first.start() : last.end()]
            offsets.update(m.start() - first.start() for m in re.finditer(re.escape(piece), body))
        if offsets:
            break
    chosen: set[int] = set()
    for offset in offsets:
        lo = bisect.bisect_left(starts, offset - slack)
        hi = bisect.bisect_right(starts, offset + slack)
        chosen.update(starts[lo:hi])
    return sorted(chosen)


def closest_passage(body: str, passage: str) -> str | None:
    """The passage of ``body`` most like ``passage``, to suggest when it is not found.

    Candidates start and end at word boundaries and are about as long as ``passage``;
    their starts are aligned on runs of words the two share, when there are any.
    """
    size = len(passage)
    if not size or not body:
        return None
    starts = sorted({0} | {m.start() for m in _WORD_START.finditer(body)})
    ends = sorted({len(body)} | {m.start() for m in _WORD_END.finditer(body)})
    slack = max(3, size // 5)
    anchored = _anchored_starts(body, passage, starts, max(12, size // 3))
    if anchored:
        starts = anchored
    elif len(passage.split()) > 3:
        return None  # shares no word run and no long word with the text: no near miss
    best, best_score = None, 0.0
    matcher = difflib.SequenceMatcher(autojunk=False)
    matcher.set_seq2(passage)
    for start in starts:
        lo = bisect.bisect_left(ends, start + size - slack)
        hi = bisect.bisect_right(ends, start + size + slack)
        for end in ends[lo:hi] or [min(len(body), start + size)]:
            window = body[start:end]
            matcher.set_seq1(window)
            if matcher.real_quick_ratio() <= best_score or matcher.quick_ratio() <= best_score:
                continue
            score = matcher.ratio()
            if score > best_score:
                best, best_score = window, score
    return best if best_score >= 0.5 else None


def _nearest(body: str, text: str, anchor: int) -> Span | None:
    """The whole-word occurrence of ``text`` nearest before ``anchor`` (else after)."""
    before: Span | None = None
    after: Span | None = None
    for match in _word_pattern(text).finditer(body):
        if match.start() < anchor:
            before = Span(match.start(), match.end())
        elif after is None:
            after = Span(match.start(), match.end())
    return before or after


def cut_body(raw: str, first_line: str, last_line: str | None, drop_lines: Iterable[str]) -> str:
    """Cut an article body out of its raw text by whole-line rules.

    The body runs from the first line starting with ``first_line`` to the first line
    after it starting with ``last_line`` (or to the end), without the lines starting
    with any of ``drop_lines``. Runs of blank lines become one blank line. The text of
    every kept line is unchanged.

    Raises:
        ValueError: A rule matches no line; the message says which.
    """
    lines = raw.split("\n")
    first = next((i for i, line in enumerate(lines) if line.startswith(first_line)), None)
    if first is None:
        raise ValueError(f"first_line {first_line!r} starts no line of the raw text")
    last = len(lines) - 1
    if last_line is not None:
        found = next((i for i in range(first, len(lines)) if lines[i].startswith(last_line)), None)
        if found is None:
            raise ValueError(f"last_line {last_line!r} starts no line after first_line")
        last = found
    drops = list(drop_lines)
    unused = set(drops)
    kept: list[str] = []
    for line in lines[first : last + 1]:
        rule = next((d for d in drops if line.startswith(d)), None)
        if rule is not None:
            unused.discard(rule)
            continue
        if not line.strip():
            if kept and kept[-1].strip():
                kept.append("")
            continue
        kept.append(line)
    if unused:
        names = ", ".join(repr(d) for d in drops if d in unused)
        raise ValueError(f"drop_lines {names} start no line of the body")
    while kept and not kept[-1].strip():
        kept.pop()
    return "\n".join(kept)


class _Builder:
    def __init__(self, seeds: Path, annotations: Path) -> None:
        self.seeds = seeds
        self.annotations = annotations
        self.problems = _Problems()
        self.bodies: dict[str, str] = {}
        self.files: dict[str, str] = {"": str(annotations)}

    def rel(self, path: Path) -> str:
        try:
            return str(path.relative_to(self.annotations.parent))
        except ValueError:
            return str(path)

    # -- evidence -------------------------------------------------------------------

    def passage(self, body: str, passage: str, occurrence: int, where: str) -> Span | None:
        span = locate(body, passage, occurrence)
        if span is None:
            if locate(body, passage, 1) is not None:
                count = sum(1 for _ in _word_pattern(passage).finditer(body))
                self.problems.add(
                    where,
                    f"occurrence {occurrence} requested but the passage occurs {count} time(s)",
                )
                return None
            close = closest_passage(body, passage)
            hint = f"; closest passage in the text: {close!r}" if close else ""
            short = passage if len(passage) < 80 else passage[:77] + "..."
            self.problems.add(where, f"passage {short!r} is not in the article body{hint}")
        return span

    def evidence(self, data: object, where: str) -> Evidence | None:
        if not isinstance(data, dict):
            self.problems.add(
                where, "expected a table {article = ..., passage = ...} or {reference = ...}"
            )
            return None
        rec = _Record(data, where, self.problems)
        reference = rec.text("reference")
        article = rec.text("article")
        passage = rec.text("passage")
        occurrence = rec.number("occurrence", 1)
        if not rec.finish():
            return None
        if reference is not None and article is None and passage is None:
            return ReferenceEvidence(reference_id=reference)
        if article is not None and passage is not None and reference is None:
            body = self.bodies.get(article)
            if body is None:
                self.problems.add(f"{where}.article", f"unknown article {article!r}")
                return None
            span = self.passage(body, passage, occurrence, f"{where}.passage")
            if span is None:
                return None
            return ArticleEvidence(article_id=article, span=span, text=span.slice(body))
        self.problems.add(where, "give either reference = ... or article = ... with passage = ...")
        return None

    def evidence_list(self, rec: _Record, key: str) -> tuple[Evidence, ...]:
        out = []
        value = rec._get(key, False)
        if value is None:
            return ()
        if not isinstance(value, list):
            rec._fail(key, "expected a list of evidence tables")
            return ()
        for i, item in enumerate(value):
            ev = self.evidence(item, f"{rec.where}.{key}[{i}]")
            if ev is not None:
                out.append(ev)
        return tuple(out)

    # -- registries -----------------------------------------------------------------

    def registry(self, name: str, key: str, make: Callable[[_Record], Any]) -> list[Any]:
        path = self.annotations / f"{name}.toml"
        data = _read_toml(path, self.problems)
        if data is None:
            return []
        top = _Record(data, self.rel(path), self.problems)
        items = top.tables(key)
        top.finish()
        out = []
        for i, item in enumerate(items):
            label = item.get("id", i)
            rec = _Record(item, f"{self.rel(path)}: {key}[{i}] (id {label!r})", self.problems)
            record = make(rec)
            if rec.finish() and record is not None:
                out.append(record)
        return out

    def actor(self, rec: _Record) -> Actor | None:
        roles = []
        for j, table in enumerate(rec.tables("role")):
            r = _Record(table, f"{rec.where}.role[{j}]", self.problems)
            role = Role(
                title=r.req("title"),
                organisation=r.text("organisation"),
                start=r.date("start"),
                end=r.date("end"),
                current=r.flag("current", True),
                evidence=self.evidence_list(r, "evidence"),
            )
            if r.finish():
                roles.append(role)
        return Actor(
            id=rec.req("id"),
            name=rec.req("name"),
            kind=rec.enum("kind", ActorKind),
            aliases=rec.texts("aliases"),
            roles=tuple(roles),
            wikidata=rec.text("wikidata"),
            country=rec.text("country"),
            description=rec.text("description"),
        )

    def topic(self, rec: _Record) -> Topic:
        return Topic(
            id=rec.req("id"),
            label=rec.req("label"),
            parent=rec.text("parent"),
            description=rec.req("description"),
        )

    def event(self, rec: _Record) -> Event:
        return Event(
            id=rec.req("id"),
            name=rec.req("name"),
            kind=rec.enum("kind", EventKind),
            aliases=rec.texts("aliases"),
            start=rec.date("start"),
            end=rec.date("end"),
            place=rec.text("place"),
            part_of=rec.text("part_of"),
            evidence=self.evidence_list(rec, "evidence"),
        )

    def reference(self, rec: _Record) -> Reference | None:
        checked = rec.date("checked_on")
        if "checked_on" not in rec.data:
            rec._fail("checked_on", "missing (required)")
        elif checked is not None and checked.day is None:
            rec._fail("checked_on", "needs a full date YYYY-MM-DD")
        return Reference(
            id=rec.req("id"),
            fact=rec.req("fact"),
            precision=rec.text("precision"),
            sources=rec.texts("sources"),
            confidence=rec.enum("confidence", Confidence),
            checked_on=checked.earliest if checked is not None else PartialDate(1).earliest,
        )

    def agreement(self, rec: _Record) -> Agreement:
        milestones = []
        for j, table in enumerate(rec.tables("milestone")):
            m = _Record(table, f"{rec.where}.milestone[{j}]", self.problems)
            value = m._get("evidence", True)
            evidence = self.evidence(value, f"{m.where}.evidence") if value is not None else None
            milestone = Milestone(
                kind=m.enum("kind", MilestoneKind),
                date=m.date("date"),
                place=m.text("place"),
                expected=m.flag("expected", False),
                evidence=evidence or ReferenceEvidence(reference_id=""),
                note=m.text("note"),
            )
            if m.finish() and evidence is not None:
                milestones.append(milestone)
        return Agreement(
            id=rec.req("id"),
            name=rec.req("name"),
            kind=rec.enum("kind", AgreementKind),
            aliases=rec.texts("aliases"),
            parties=rec.texts("parties"),
            parent=rec.text("parent"),
            description=rec.text("description"),
            milestones=tuple(milestones),
        )

    # -- articles -------------------------------------------------------------------

    def article_files(self) -> list[Path]:
        folder = self.annotations / "articles"
        if not folder.is_dir():
            self.problems.add(str(folder), "no such folder (one annotation file per article)")
            return []
        return sorted(folder.glob("*.toml"))

    def article(self, path: Path) -> tuple[Article | None, dict[str, Any] | None]:
        where = self.rel(path)
        data = _read_toml(path, self.problems)
        if data is None:
            return None, None
        rec = _Record(data, where, self.problems)
        aid = rec.req("id")
        source_file = rec.req("source_file")
        title = rec.req("title")
        published_from = rec.text("published_from")
        raw_path = self.seeds / source_file
        raw: str | None = None
        if source_file:
            try:
                raw_bytes = raw_path.read_bytes()
                raw = raw_bytes.decode("utf-8")
            except FileNotFoundError:
                self.problems.add(f"{where}.source_file", f"no raw file {str(raw_path)!r}")
            except UnicodeDecodeError as exc:
                self.problems.add(
                    f"{where}.source_file", f"{raw_path} is not UTF-8 (offset {exc.start})"
                )
        body: str | None = None
        body_rules = rec.table("body")
        if body_rules is None:
            rec._fail("body", "missing (required): the rules that cut the body from the raw text")
        elif raw is not None:
            rules = _Record(body_rules, f"{where}.body", self.problems)
            first, last, drops = (
                rules.req("first_line"),
                rules.text("last_line"),
                rules.texts("drop_lines"),
            )
            if rules.finish():
                try:
                    body = cut_body(raw, first, last, drops)
                except ValueError as exc:
                    self.problems.add(f"{where}.body", str(exc))
        if raw is not None:
            if title and title not in raw:
                self.problems.add(f"{where}.title", "not found in the raw text")
            if published_from and published_from not in raw:
                self.problems.add(f"{where}.published_from", "not found in the raw text")
        reliability_table = rec.table("reliability")
        reliability = None
        if reliability_table is None:
            rec._fail("reliability", "missing (required)")
        else:
            r = _Record(reliability_table, f"{where}.reliability", self.problems)
            reliability = Reliability(
                level=r.enum("level", ReliabilityLevel), reasons=r.texts("reasons")
            )
            r.finish()
        published_time = rec.text("published_time")
        time_value = None
        if published_time is not None:
            import datetime as _dt

            try:
                time_value = _dt.time.fromisoformat(published_time)
            except ValueError:
                rec._fail("published_time", f"not a time HH:MM: {published_time!r}")
        article = Article(
            id=aid,
            title=title,
            body=body or "",
            source_file=source_file,
            source_sha256=hashlib.sha256(raw.encode("utf-8")).hexdigest() if raw else "",
            published=rec.date("published"),
            published_time=time_value,
            published_basis=published_from or rec.text("published_note"),
            publisher=rec.text("publisher"),
            authors=rec.texts("authors"),
            kind=rec.enum("kind", ArticleKind),
            language=rec.text("language") or "en",
            reliability=reliability or Reliability(level=ReliabilityLevel.LOW),
            notes=rec.texts("notes"),
        )
        if body is None or reliability is None:
            rec.tables("statement")
            rec.tables("conflict")
            rec.finish()
            return None, None
        if aid:
            self.bodies[aid] = body
            self.files[aid] = where
        return article, {"rec": rec, "where": where}

    def statements(self, article: Article, rec: _Record) -> list[Statement]:
        out = []
        body = article.body
        for i, table in enumerate(rec.tables("statement")):
            label = table.get("id", i)
            s = _Record(table, f"{rec.where}: statement[{i}] (id {label!r})", self.problems)
            sid = s.req("id")
            passage = s.req("passage")
            span = (
                self.passage(body, passage, s.number("occurrence", 1), f"{s.where}.passage")
                if passage
                else None
            )
            mention = s.text("mention")
            mention_span = None
            if mention is not None and span is not None:
                mention_span = _nearest(body, mention, span.start)
                if mention_span is None:
                    s._fail("mention", f"{mention!r} is not in the article body")
            date_evidence = s.text("date_evidence")
            if date_evidence is not None and locate(body, date_evidence) is None:
                s._fail("date_evidence", f"{date_evidence!r} is not in the article body")
            said_on = s.date("said_on")
            basis = s.enum("date_basis", DateBasis, DateBasis.UNKNOWN if said_on is None else None)
            statement = Statement(
                id=sid,
                article_id=article.id,
                speaker_id=s.req("speaker"),
                text=span.slice(body) if span else "",
                span=span or Span(0, 0),
                mode=s.enum("mode", Mode),
                verbatim=s.flag("verbatim", False),
                cue=s.text("cue"),
                mention=mention_span.slice(body) if mention_span else None,
                mention_span=mention_span,
                via=s.texts("via"),
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
        return out

    def conflicts(self, article: Article, rec: _Record) -> list[Conflict]:
        out = []
        for i, table in enumerate(rec.tables("conflict")):
            label = table.get("id", i)
            c = _Record(table, f"{rec.where}: conflict[{i}] (id {label!r})", self.problems)
            passage = c.req("passage")
            span = (
                self.passage(article.body, passage, c.number("occurrence", 1), f"{c.where}.passage")
                if passage
                else None
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
        return out

    def run(self) -> Corpus:
        articles: list[Article] = []
        pending: list[tuple[Article, _Record]] = []
        for path in self.article_files():
            article, extra = self.article(path)
            if article is not None and extra is not None:
                articles.append(article)
                pending.append((article, extra["rec"]))
        references = self.registry("references", "reference", self.reference)
        actors = self.registry("actors", "actor", self.actor)
        topics = self.registry("topics", "topic", self.topic)
        agreements = self.registry("agreements", "agreement", self.agreement)
        events = self.registry("events", "event", self.event)
        statements: list[Statement] = []
        conflicts: list[Conflict] = []
        for article, rec in pending:
            found = self.statements(article, rec)
            found.sort(key=lambda s: (s.span.start, s.span.end, s.id))
            statements += found
            conflicts += self.conflicts(article, rec)
            rec.finish()
        try:
            corpus = Corpus(
                articles=tuple(articles),
                statements=tuple(statements),
                actors=tuple(actors),
                agreements=tuple(agreements),
                topics=tuple(topics),
                events=tuple(events),
                references=tuple(references),
                conflicts=tuple(conflicts),
            )
        except InvalidCorpusError as exc:
            # Integrity problems (unknown ids, ...) are reported beside the format ones.
            file = self.files.get
            tables: dict[str, tuple[list[Any], Callable[[Any], str]]] = {
                "articles": (articles, lambda a: file(a.id, "")),
                "statements": (statements, lambda s: f"{file(s.article_id)}: statement {s.id!r}"),
                "conflicts": (conflicts, lambda c: f"{file(c.article_id)}: conflict {c.id!r}"),
            }
            for name, records in [
                ("actors", actors),
                ("topics", topics),
                ("agreements", agreements),
                ("events", events),
                ("references", references),
            ]:
                where = f"{self.rel(self.annotations / f'{name}.toml')}: {name[:-1]}"
                tables[name] = (records, _labeller(where))
            self.problems.items += _name_records(exc.problems, tables, self.files[""])
        if self.problems.items:
            raise AnnotationError(self.problems.items)
        return corpus


def _labeller(where: str) -> Callable[[Any], str]:
    return lambda record: f"{where} {record.id!r}"


def _name_records(
    problems: Iterable[str],
    tables: Mapping[str, tuple[list[Any], Callable[[Any], str]]],
    fallback: str,
) -> list[str]:
    """Name the annotation file and record behind each ``$.table[i]`` path.

    The built tables leave out records that had format problems, so their positions
    are not positions in the files; the record's id is named instead.
    """
    out = []
    for problem in problems:
        match = re.match(r"\$\.(\w+)\[(\d+)\](.*)", problem, re.DOTALL)
        found = tables.get(match[1]) if match else None
        if match and found and int(match[2]) < len(found[0]):
            problem = found[1](found[0][int(match[2])]) + match[3]
        else:
            problem = f"{fallback}: {problem}"
        out.append(problem)
    return out


def build(seeds: str | os.PathLike[str], annotations: str | os.PathLike[str]) -> Corpus:
    """Build a corpus from a folder of raw texts and a folder of annotation files.

    Args:
        seeds: Folder of raw article texts (UTF-8), named as the annotation files'
            ``source_file`` fields say.
        annotations: Folder holding the registries (``actors.toml``, ``topics.toml``,
            ``agreements.toml``, ``events.toml``, ``references.toml``) and
            ``articles/*.toml``.

    Returns:
        The validated corpus: articles in file-name order, statements in article
        order and then by position.

    Raises:
        AnnotationError: Any annotation is wrong. Every problem is listed, each with
            its file, record and field; a passage that is not in the text comes with
            the closest passage that is.

    .. versionadded:: 0.1.0
    """
    return _Builder(Path(seeds), Path(annotations)).run()
