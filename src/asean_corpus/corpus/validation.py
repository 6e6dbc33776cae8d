"""The integrity rules of a corpus, each written once, found as :class:`Problem` values.

Every path that makes a corpus (the constructor, and through it JSON, Parquet and the
annotation builder) runs these rules, and reports every problem at once:

- each table holds records of its type, and every field of every record (nested ones
  included) holds a value of its declared type: the checks are derived once from the
  attrs field types (:func:`type_check`), so a string where a :class:`~asean_corpus.Mode`
  is declared, a list where a frozenset is, or ``None`` in a required field is refused.
  A value must also be one the corpus file can hold and read back: no lone surrogate in
  a string (UTF-8 cannot encode it), no ``datetime`` where a ``date`` is declared, no
  time-zone offset with seconds (the format writes ``+HH:MM``);
- ids are non-empty strings, unique within their table;
- every reference resolves: the fields that hold ids say which tables they refer to
  (:func:`~asean_corpus.model._fields.refers`), at any depth (a role's organisation,
  the article of a piece of evidence);
- every span lies inside its article's body and covers exactly the recorded text (the
  span fields say which text, :func:`~asean_corpus.model._fields.span_of`);
- the rules of single record types: date ranges run forwards, a statement's date and
  its basis agree, a mention comes with its span, a conflict has evidence, and no
  chain of parents (topics, agreements) or of events part of others comes back to
  where it started.

Type problems and integrity problems are reported together: a field of the wrong type
is left out of the integrity rules that read it (so it gives one problem, not a crash),
and every other rule still runs.

A reader whose decoding has already checked the type of every value, as strictly as
these checks (the msgspec path of :mod:`asean_corpus.io.structs`; the Parquet reader,
whose columns have the layout's types with no missing value where none is allowed),
makes its corpus inside :func:`~asean_corpus.corpus.vouching.types_vouched`: the
type checks of the very tuples it made are skipped, and every other rule runs as for
any corpus. The bundled corpus as released, checked in full by the tests, is made
inside :func:`~asean_corpus.corpus.vouching.valid_vouched`: it is not checked at all,
and this module is not even imported (:mod:`asean_corpus.io.vouched`).
"""

from __future__ import annotations

import datetime as _dt
import enum
import functools
import itertools
import re
import typing
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
from operator import attrgetter
from typing import TYPE_CHECKING, Any

import attrs

from .._text import suggest
from ..exceptions import Problem, shown
from ..model import (
    Actor,
    Agreement,
    Article,
    Conflict,
    DateBasis,
    Event,
    Milestone,
    PartialDate,
    Reference,
    Reliability,
    Role,
    Span,
    Statement,
    Topic,
)
from ..model._fields import refers_to, spanned
from .vouching import all_valid, record_types, vouched_types

if TYPE_CHECKING:
    from .container import Corpus

__all__ = ["find_problems", "type_check"]

Path = tuple[str | int, ...]


def _short(text: str, limit: int = 60) -> str:
    return shown(text, limit)


# -- types: what each declared field type accepts, derived from the attrs fields ------------

_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _a(value: object) -> str:
    """``a string``, ``an int``, ``None``: what a value is, for a message."""
    if value is None:
        return "None"
    names = {str: "string", int: "int", bool: "bool", float: "float", list: "list", dict: "dict"}
    return _article(names.get(type(value), type(value).__name__))


def _article(name: str) -> str:
    return f"{'an' if name[:1] in 'aeiouAEIOU' else 'a'} {name}"


class _Type:
    """What one declared type accepts.

    :meth:`fast` answers for a whole column of values with code generated from the
    declared types (a chain of ``type(v) is T`` tests per value, as attrs generates
    its methods), and may say ``False`` for values that are in fact fine (a ``str``
    subclass); :meth:`problems` is the exact answer for one value, with the path of
    every wrong part.
    """

    _compiled: Callable[[Iterable[Any]], bool] | None = None

    def expr(self, v: str, names: dict[str, Any]) -> str:
        """A Python expression true when the value named ``v`` surely fits."""
        raise NotImplementedError  # pragma: no cover

    def fast(self, values: Iterable[Any]) -> bool:
        if self._compiled is None:
            self._compiled = _compile_all(self)
        return self._compiled(values)

    def problems(self, value: object, path: Path) -> Iterable[tuple[Path, str]]:
        raise NotImplementedError  # pragma: no cover


def _named(names: dict[str, Any], value: object) -> str:
    """The name under which generated code sees ``value``."""
    name = f"_{len(names)}"
    names[name] = value
    return name


def _compile_all(check: _Type) -> Callable[[Iterable[Any]], bool]:
    """A function telling whether every value of an iterable surely fits ``check``."""
    names: dict[str, Any] = {}
    test = check.expr("v", names)
    source = (
        "def fits(values):\n"
        "    seen = set()\n"
        "    for v in values:\n"
        f"        if not ({test}):\n"
        "            return False\n"
        "    return True\n"
    )
    exec(compile(source, f"<type check of {check!r}>", "exec"), names)
    fits: Callable[[Iterable[Any]], bool] = names["fits"]
    return fits


class _Scalar(_Type):
    def __init__(
        self,
        exact: type,
        name: str,
        accepts: Callable[[object], bool] | None = None,
        value_problem: Callable[[Any], str | None] | None = None,
        quick: str | None = None,
    ) -> None:
        self.exact = exact
        self.name = name
        self.accepts = accepts or (lambda v: isinstance(v, exact))
        self.value_problem = value_problem
        self.quick = quick  # an expression in {v} that makes value_problem unneeded

    def __repr__(self) -> str:
        return self.exact.__name__

    def expr(self, v: str, names: dict[str, Any]) -> str:
        test = f"type({v}) is {_named(names, self.exact)}"
        if self.value_problem is None:
            return test
        problem = self.value_problem
        ok = _named(names, lambda value: problem(value) is None)
        return f"({test} and ({(self.quick or 'False').format(v=v)} or {ok}({v})))"

    def problems(self, value: object, path: Path) -> Iterable[tuple[Path, str]]:
        if not self.accepts(value):
            return [(path, f"expected {self.name}, got {_a(value)}: {shown(value)}")]
        problem = self.value_problem(value) if self.value_problem is not None else None
        return [] if problem is None else [(path, problem)]


def _text_problem(value: str) -> str | None:
    bad = _SURROGATE.search(value)
    if bad is None:
        return None
    return (
        f"not Unicode text: lone surrogate {bad[0]!r} at offset {bad.start():,} "
        f"(UTF-8 cannot write it) in {shown(value)}"
    )


def _offset_problem(value: _dt.time) -> str | None:
    offset = value.utcoffset() if value.tzinfo is not None else None
    if value.tzinfo is not None and offset is None:
        return (
            f"time {value} has a time zone ({value.tzinfo}) without a fixed UTC offset; "
            "give a fixed offset (datetime.timezone) or none"
        )
    if offset is not None and (offset.seconds % 60 or offset.microseconds):
        return (
            f"time {value} has a UTC offset of {offset} with seconds; the corpus file "
            "stores offsets in whole minutes (+HH:MM)"
        )
    return None


class _Optional(_Type):
    def __init__(self, inner: _Type) -> None:
        self.inner = inner

    def __repr__(self) -> str:
        return f"{self.inner!r} | None"

    def expr(self, v: str, names: dict[str, Any]) -> str:
        return f"({v} is None or {self.inner.expr(v, names)})"

    def problems(self, value: object, path: Path) -> Iterable[tuple[Path, str]]:
        return [] if value is None else self.inner.problems(value, path)


class _Many(_Type):
    def __init__(self, container: type, inner: _Type) -> None:
        self.container = container
        self.inner = inner
        self.name = "a tuple" if container is tuple else "a frozenset"

    def __repr__(self) -> str:
        return f"{self.container.__name__}[{self.inner!r}]"

    def expr(self, v: str, names: dict[str, Any]) -> str:
        test = f"type({v}) is {_named(names, self.container)}"
        items = _named(names, self.inner)
        if self.container is frozenset:
            # Sets repeat (topic ids): items checked once are remembered for the call.
            add = _named(names, _add_checked)
            return f"({test} and (not {v} or {v} <= seen or {add}(seen, {v}, {items})))"
        return f"({test} and (not {v} or {items}.fast({v})))"

    def problems(self, value: object, path: Path) -> Iterable[tuple[Path, str]]:
        if not isinstance(value, self.container):
            return [(path, f"expected {self.name}, got {_a(value)}: {shown(value)}")]
        out: list[tuple[Path, str]] = []
        assert isinstance(value, (tuple, frozenset))
        if isinstance(value, frozenset):  # no positions: the path is the field's
            for item in sorted(value, key=repr):
                out += self.inner.problems(item, path)
        else:
            for k, item in enumerate(value):
                out += self.inner.problems(item, (*path, k))
        return out


def _add_checked(seen: set[Any], items: frozenset[Any], check: _Type) -> bool:
    if not check.fast(items):
        return False
    seen |= items
    return True


class _Record(_Type):
    """An attrs record (or one of several, for a union such as evidence)."""

    def __init__(self, classes: tuple[type, ...]) -> None:
        self.classes = classes
        self.name = " or ".join(_article(c.__name__) for c in classes)
        self._fields: dict[type, tuple[tuple[str, _Type], ...]] = {}

    def __repr__(self) -> str:
        return " | ".join(c.__name__ for c in self.classes)

    def fields(self, cls: type) -> tuple[tuple[str, _Type], ...]:
        found = self._fields.get(cls)
        if found is None:
            attrs.resolve_types(cls)
            found = tuple((f.name, type_check(f.type)) for f in attrs.fields(cls))
            self._fields[cls] = found
        return found

    def expr(self, v: str, names: dict[str, Any]) -> str:
        tests = []
        for cls in self.classes:
            parts = [f"type({v}) is {_named(names, cls)}"]
            parts += [check.expr(f"{v}.{name}", names) for name, check in self.fields(cls)]
            tests.append("(" + " and ".join(parts) + ")")
        return "(" + " or ".join(tests) + ")"

    def problems(self, value: object, path: Path) -> Iterable[tuple[Path, str]]:
        cls = next((c for c in self.classes if isinstance(value, c)), None)
        if cls is None:
            return [(path, f"expected {self.name}, got {_a(value)}: {shown(value)}")]
        out: list[tuple[Path, str]] = []
        for name, check in self.fields(cls):
            out += check.problems(getattr(value, name), (*path, name))
        return out


def _is_enum(tp: object) -> bool:
    return isinstance(tp, type) and issubclass(tp, enum.Enum)


_SCALARS: dict[object, _Scalar] = {
    str: _Scalar(str, "a string", value_problem=_text_problem, quick="{v}.isascii()"),
    int: _Scalar(int, "an int", accepts=lambda v: isinstance(v, int) and not isinstance(v, bool)),
    bool: _Scalar(bool, "True or False"),
    _dt.date: _Scalar(
        _dt.date,
        "a date",
        accepts=lambda v: isinstance(v, _dt.date) and not isinstance(v, _dt.datetime),
    ),
    _dt.time: _Scalar(
        _dt.time, "a time", value_problem=_offset_problem, quick="{v}.tzinfo is None"
    ),
    # A PartialDate checks the types and range of its parts when it is made.
    PartialDate: _Scalar(PartialDate, "a PartialDate"),
}


@functools.cache
def type_check(tp: Any) -> _Type:
    """The check of a declared field type: scalars, enums, records, optional, tuples, sets.

    Derived from the annotation once and cached, so each record class's fields are
    read from :func:`attrs.fields` as the integrity rules read their metadata.
    """
    args = typing.get_args(tp)
    origin = typing.get_origin(tp)
    if origin in (tuple, frozenset):
        return _Many(origin, type_check(args[0]))
    if args and type(None) in args:
        rest = tuple(a for a in args if a is not type(None))
        return _Optional(type_check(rest[0] if len(rest) == 1 else typing.Union[rest]))  # noqa: UP007
    if args and all(attrs.has(a) for a in args):
        return _Record(args)
    if tp in _SCALARS:
        return _SCALARS[tp]
    if _is_enum(tp):
        return _Scalar(tp, _article(tp.__name__))
    if attrs.has(tp):
        return _Record((tp,))
    raise TypeError(f"no type check for {tp!r}")  # pragma: no cover - a new field type


def _kind(tables: tuple[str, ...]) -> str:
    names = [t[:-1] for t in tables]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]


def span_problem(span: Span, text: str | None, body: str) -> str | None:
    """What is wrong with a span of ``body`` that should cover ``text``, if anything."""
    if not (0 <= span.start <= span.end <= len(body)):
        return f"[{span.start}, {span.end}) lies outside the article body (length {len(body)})"
    found = body[span.start : span.end]
    if text is not None and found != text:
        return (
            f"body[{span.start}:{span.end}] is {_short(found)}, "
            f"not the recorded text {_short(text)}"
        )
    return None


def _dates_forward(start: PartialDate | None, end: PartialDate | None) -> bool:
    return start is None or end is None or end.latest >= start.earliest


# -- rules of single record types: (field, message) pairs ----------------------------------

Rule = Callable[[Any], list[tuple[str, str]]]

Screen = Callable[[Sequence[Any]], bool]
"""Whether a rule could fail for any of a table's records, answered in one pass."""

_RULES: dict[type, list[tuple[tuple[str, ...], Rule, str | None, Screen | None]]] = {}


def _rule(
    cls: type, *fields: str, when: str | None = None, screen: Screen | None = None
) -> Callable[[Rule], Rule]:
    """Register a rule of ``cls`` that reads ``fields``; it is skipped for a record where
    one of them has the wrong type (that is reported already). With ``when``, it runs
    only for records where that field is not empty; with ``screen``, only for the
    records of a table the screen does not clear as a whole."""

    def register(rule: Rule) -> Rule:
        _RULES.setdefault(cls, []).append((fields, rule, when, screen))
        return rule

    return register


@_rule(Statement, "mention", "mention_span")
def _mention_rule(s: Statement) -> list[tuple[str, str]]:
    if (s.mention is None) != (s.mention_span is None):
        return [("mention_span", "mention and mention_span go together")]
    return []


@_rule(Statement, "insertions", "span", when="insertions")
def _insertion_rules(s: Statement) -> list[tuple[str, str]]:
    out = []
    after = s.span.start
    for k, insertion in enumerate(s.insertions):
        if not (after <= insertion.start <= insertion.end <= s.span.end):
            where = f"[{insertion.start}, {insertion.end})"
            message = (
                f"insertion {k} {where} is not inside the statement's span "
                f"[{s.span.start}, {s.span.end}) after the insertions before it"
            )
            out.append(("insertions", message))
        after = max(after, insertion.end)
    return out


@_rule(Statement, "speaker_id", "co_speakers", when="co_speakers")
def _co_speaker_rule(s: Statement) -> list[tuple[str, str]]:
    if s.speaker_id in s.co_speakers or len(set(s.co_speakers)) < len(s.co_speakers):
        return [("co_speakers", "a speaker is listed twice")]
    return []


@_rule(Statement, "said_on", "said_until", "date_basis")
def _date_rules(s: Statement) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    if s.said_on is None:
        if s.date_basis is not DateBasis.UNKNOWN:
            out.append(("date_basis", f"{s.date_basis.value!r} but said_on is missing"))
        if s.said_until is not None:
            out.append(("said_until", "given without said_on"))
    else:
        if s.date_basis is DateBasis.UNKNOWN:
            out.append(("date_basis", f"'unknown' but said_on is {s.said_on}"))
        if not _dates_forward(s.said_on, s.said_until):
            out.append(("said_until", f"{s.said_until} is before said_on {s.said_on}"))
    return out


@_rule(Role, "start", "end")
def _role_rules(role: Role) -> list[tuple[str, str]]:
    if not _dates_forward(role.start, role.end):
        return [("end", f"{role.end} is before start {role.start}")]
    return []


@_rule(Event, "start", "end")
def _event_rules(event: Event) -> list[tuple[str, str]]:
    if event.end is not None and event.start is None:
        return [("end", "an end date needs a start date")]
    if not _dates_forward(event.start, event.end):
        return [("end", f"{event.end} is before start {event.start}")]
    return []


@_rule(Article, "url")
def _url_rule(article: Article) -> list[tuple[str, str]]:
    if article.url is not None and not article.url.startswith(("https://", "http://")):
        return [("url", f"not a web address (http:// or https://): {shown(article.url)}")]
    return []


@_rule(Article, "url", "url_checked_on")
def _url_checked_rule(article: Article) -> list[tuple[str, str]]:
    if article.url_checked_on is not None and article.url is None:
        return [("url_checked_on", "given without url")]
    return []


@_rule(Actor, "wikidata", "wikidata_checked")
def _actor_rules(actor: Actor) -> list[tuple[str, str]]:
    if actor.wikidata_checked is not None and actor.wikidata is None:
        return [("wikidata_checked", "given without wikidata")]
    return []


def _not_blank(field: str, says: str = "is blank ({}): give text or leave it out") -> Rule:
    """A rule that the record's text ``field``, when given, is not blank, nor any item of
    a list; ``says`` is the message for a blank string, its value shown at ``{}``."""

    def rule(record: Any) -> list[tuple[str, str]]:
        value = getattr(record, field)
        if value is None:
            return []
        if isinstance(value, str):
            return [(field, says.format(shown(value)))] if not value.strip() else []
        blank = [k for k, item in enumerate(value) if not item.strip()]
        if blank:
            which = ", ".join(map(str, blank))
            noun = "item" if len(blank) == 1 else "items"
            return [(field, f"{noun} {which} blank: give text or leave them out")]
        return []

    return rule


NAMED_BY: tuple[tuple[type, str], ...] = (
    (Actor, "name"),
    (Agreement, "name"),
    (Event, "name"),
    (Topic, "label"),
    (Article, "title"),
    (Role, "title"),
)
"""The field that names each record, which may not be blank (the JSON Schema says so
too, from this list)."""

for _cls, _field in NAMED_BY:
    _rule(_cls, _field)(_not_blank(_field, "must name the record, got {}"))
del _cls, _field


WRITTEN: tuple[tuple[type, str], ...] = (
    (Article, "published_basis"),
    (Article, "notes"),
    (Reliability, "reasons"),
    (Statement, "cue"),
    (Statement, "note"),
    (Actor, "aliases"),
    (Actor, "description"),
    (Agreement, "aliases"),
    (Agreement, "description"),
    (Milestone, "place"),
    (Milestone, "note"),
    (Event, "aliases"),
    (Event, "place"),
    (Reference, "sources"),
)
"""Optional free text that, when given, must say something: not blank, and no blank
item in a list (the JSON Schema says so too, from this list). ``None`` or an empty
list is how a record says it has none."""


def _any_blank(field: str) -> Screen:
    """Whether any record's ``field`` may be blank, from its distinct values (a cue is
    one of a few verbs over a million statements)."""
    get = attrgetter(field)

    def screen(records: Sequence[Any]) -> bool:
        values = set(map(get, records))
        values.discard(None)
        if any(type(v) is tuple for v in values):  # a list field: its items
            values = set().union(*values)
        return any(not v.strip() for v in values)

    return screen


for _cls, _field in WRITTEN:
    _rule(_cls, _field, screen=_any_blank(_field))(_not_blank(_field))
del _cls, _field


@_rule(Conflict, "conflicts_with")
def _conflict_rules(conflict: Conflict) -> list[tuple[str, str]]:
    if not conflict.conflicts_with:
        return [("conflicts_with", "a conflict needs at least one piece of evidence")]
    return []


# -- the fields of a record type that the generic rules look at -----------------------------


@attrs.frozen
class _Layout:
    """The fields of one record type that hold ids, spans or nested records, its rules,
    and the check of its type."""

    refs: tuple[tuple[str, tuple[str, ...], bool], ...]  # name, tables, many
    spans: tuple[tuple[str, str, str], ...]  # span field, text field, article field
    nested: tuple[tuple[str, bool, tuple[type, ...]], ...]  # name, many, types
    rules: tuple[tuple[tuple[str, ...], Rule, str | None, Screen | None], ...]
    check: _Record


_LAYOUTS: dict[type, _Layout] = {}


def _layout(cls: type) -> _Layout:
    found = _LAYOUTS.get(cls)
    if found is not None:
        return found
    attrs.resolve_types(cls)
    refs, spans, nested = [], [], []
    for field in attrs.fields(cls):
        origin = typing.get_origin(field.type)
        many = origin in (tuple, frozenset)
        tables = refers_to(field)
        if tables:
            refs.append((field.name, tables, many))
        elif (span := spanned(field)) is not None:
            spans.append((field.name, *span))
        else:
            inner = typing.get_args(field.type)
            items = inner[:1] if many else (field.type,)
            kinds = [t for item in items for t in (typing.get_args(item) or (item,))]
            records = tuple(t for t in kinds if attrs.has(t) and t not in (Span, PartialDate))
            if records:
                nested.append((field.name, many, records))
    check = type_check(cls)
    assert isinstance(check, _Record)
    found = _Layout(tuple(refs), tuple(spans), tuple(nested), tuple(_RULES.get(cls, ())), check)
    _LAYOUTS[cls] = found
    return found


_CHAINS = (
    ("topics", "parent", "its own ancestor"),
    ("agreements", "parent", "its own ancestor (through parent)"),
    ("events", "part_of", "part of itself (through part_of)"),
)
"""The fields that link records of one table in chains, which must not come back."""


def _rid(record: object) -> str | None:
    rid = getattr(record, "id", None)
    return rid if isinstance(rid, str) and rid else None


_CLOSE_IDS = 5_000
"""The most ids a table may hold for an unknown id to get a close one as a hint, and
the most unknown ids given a hint in one check."""


class _Checker:
    def __init__(self, corpus: Any, corpus_type: type | None = None) -> None:
        self.corpus = corpus
        self.problems: list[Problem] = []
        self.tables = record_types(corpus_type or type(corpus))
        self.ids: dict[str, Collection[str]] = {}
        self.hints = 0  # unknown ids given a hint so far
        self.bodies: dict[str, str] = {}
        # Values of the wrong type (``wrong``), and every path leading to one
        # (``tainted``): the rules that read such a value are skipped for it.
        self.wrong_paths: set[Path] = set()
        self.tainted: set[Path] = set()
        self.broken: set[str] = set()  # tables that are not tuples: their ids are unknown

    def add(self, path: Path, message: str, record_id: object = None) -> None:
        rid = record_id if isinstance(record_id, str) and record_id else None
        self.problems.append(Problem(path=path, message=message, record_id=rid))

    def wrong(self, path: Path, message: str, record_id: object = None) -> None:
        """A value of the wrong type: reported, and left out of the rules that read it."""
        self.add(path, message, record_id)
        self.wrong_paths.add(path)
        for end in range(1, len(path) + 1):
            self.tainted.add(path[:end])

    def usable(self, path: Path, *fields: str) -> bool:
        """Whether the record at ``path`` and its ``fields`` all have their types."""
        return path not in self.wrong_paths and not self.skip(path, *fields)

    def skip(self, path: Path, *fields: str) -> bool:
        """Whether one of the ``fields`` of the record at ``path`` holds a wrong type."""
        return bool(self.tainted) and any((*path, f) in self.tainted for f in fields)

    def run(self) -> list[Problem]:
        tables: dict[str, Sequence[Any]] = {}
        for table in self.tables:
            records = self.types(table)
            if records is not None:
                tables[table] = records
        for table, records in tables.items():
            self.ids[table] = self.unique(table, records)
        articles = [
            a
            for i, a in enumerate(tables.get("articles", ()))
            if ("articles", i) not in self.wrong_paths
            and not self.skip(("articles", i), "id", "body")
        ]
        self.bodies = {a.id: a.body for a in articles}
        if len(self.bodies) < len(articles):
            # An id given to two articles (reported) names no one body: the spans of
            # its statements are checked against neither.
            counts = Counter(a.id for a in articles)
            for rid in [rid for rid, n in counts.items() if n > 1]:
                del self.bodies[rid]
        for table, records in tables.items():
            if not records:
                continue
            if (table,) not in self.tainted:
                self.records(table, records)
                continue
            for i, record in enumerate(records):  # the careful way, field by field
                if (table, i) not in self.wrong_paths:
                    self.nested((table, i), _rid(record), record)
        for table, field, relation in _CHAINS:
            self.cycles(table, tables.get(table, ()), field, relation)
        return self.problems

    def types(self, table: str) -> Sequence[Any] | None:
        """The records of ``table``, their types checked; ``None`` if it is not a tuple."""
        cls = self.tables[table]
        value = getattr(self.corpus, table)
        if not isinstance(value, tuple):
            self.wrong((table,), f"Corpus.{table} must be a tuple, got {_a(value)}")
            self.broken.add(table)
            return None
        check = _layout(cls).check
        if vouched_types(table, value):
            return value  # its reader checked every type
        if value and not check.fast(list(value)):
            for i, record in enumerate(value):
                if not isinstance(record, cls):
                    message = f"expected a {cls.__name__}, got {_a(record)}: {shown(record)}"
                    self.wrong((table, i), message)
                    continue
                for path, message in check.problems(record, (table, i)):
                    self.wrong(path, message, _rid(record))
        return value

    def unique(self, table: str, records: Sequence[Any]) -> Collection[str]:
        """The ids of ``table``, each problem with them reported."""
        careful = (table,) in self.tainted
        if not careful:
            # Every id put in a set at once, in C; when they are all distinct and none
            # is empty, that is the table. Otherwise the loop below says which are not
            # (a set, not a dict of places: a million places are a million ints).
            ids = set(map(attrgetter("id"), records))
            if len(ids) == len(records) and "" not in ids:
                return ids
        seen: dict[str, int] = {}
        for i, record in enumerate(records):
            if careful and not self.usable((table, i), "id"):
                continue
            rid = record.id
            if not rid:
                self.add((table, i, "id"), f"must be a non-empty string, got {shown(rid)}")
            elif rid in seen:
                first = seen[rid]
                message = f"duplicate id {shown(rid)} (first at $.{table}[{first}])"
                self.add((table, i, "id"), message, rid)
            else:
                seen[rid] = i
        return seen

    # -- every record of a table --------------------------------------------------------

    def records(self, table: str, records: Sequence[Any]) -> None:
        layout = _layout(type(records[0]))
        for name, tables, many in layout.refs:
            values = list(map(attrgetter(name), records))
            found = set().union(*values) if many else set(values)
            found.discard(None)
            if all(self.known(v, tables) for v in found):
                continue
            for i, (record, value) in enumerate(zip(records, values, strict=True)):
                self.refs((table, i, name), record.id, value, tables, many)
        if layout.spans:
            self.spans(table, records, layout.spans)
        for _, rule, when, screen in layout.rules:
            if screen is not None and not screen(records):
                continue
            rows: Sequence[int] = range(len(records))
            subjects = records
            if when is not None:  # only the records where that field is not empty
                rows = list(itertools.compress(rows, map(attrgetter(when), records)))
                subjects = [records[i] for i in rows]
            failing = [(i, f) for i, f in zip(rows, map(rule, subjects), strict=True) if f]
            for i, problems in failing:
                for field, message in problems:
                    self.add((table, i, field), message, records[i].id)
        for name, many, types in layout.nested:
            for i, record in enumerate(records):
                self.children((table, i, name), record.id, getattr(record, name), many, types)

    def spans(
        self, table: str, records: Sequence[Any], fields: tuple[tuple[str, str, str], ...]
    ) -> None:
        """Every span of ``records`` against its article's body.

        One pass reads each record once for all its span fields: over a million
        records, a pass costs more in reading the records from memory than in checks.
        """
        body_of = self.bodies.get
        for i, record in enumerate(records):
            for name, text, article in fields:
                span = getattr(record, name)
                if span is None:
                    continue
                body = body_of(getattr(record, article))
                if body is None:
                    continue
                problem = span_problem(span, getattr(record, text), body)
                if problem is not None:
                    self.add((table, i, name), problem, record.id)

    def known(self, value: str, tables: tuple[str, ...]) -> bool:
        """Whether ``value`` is an id of one of ``tables`` (or cannot be told)."""
        return any(t in self.broken or value in self.ids[t] for t in tables)

    def refs(
        self, path: Path, rid: object, value: Any, tables: tuple[str, ...], many: bool
    ) -> None:
        if not many:
            if value is not None and not self.known(value, tables):
                self.add(path, self.unknown(value, tables, rid), rid)
            return
        if isinstance(value, frozenset):
            for v in sorted(value):
                if not self.known(v, tables):
                    self.add(path, self.unknown(v, tables, rid), rid)
            return
        for k, v in enumerate(value):
            if not self.known(v, tables):
                self.add((*path, k), self.unknown(v, tables, rid), rid)

    def unknown(self, value: object, tables: tuple[str, ...], rid: object) -> str:
        """The problem of an unknown id, with the id it was likely meant to be.

        The closest ids are looked for only in tables of at most :data:`_CLOSE_IDS`
        records, and for the first :data:`_CLOSE_IDS` unknown ids: a hint is cheap,
        never a search of a million ids for each of a thousand typos. The record's own
        id is no hint (a topic is not its own parent).
        """
        message = f"unknown {_kind(tables)} {shown(value)}"
        if not isinstance(value, str) or self.hints >= _CLOSE_IDS:
            return message
        self.hints += 1
        ids = sorted(
            i for t in tables if len(self.ids[t]) <= _CLOSE_IDS for i in self.ids[t] if i != rid
        )
        close = suggest(value, ids, limit=1)  # as a query names what it may have meant
        return f"{message}; did you mean {close[0]!r}?" if close else message

    def children(
        self, path: Path, rid: object, value: Any, many: bool, types: tuple[type, ...]
    ) -> None:
        """The records a field holds (one, or a tuple), each checked as :meth:`nested`."""
        if path in self.wrong_paths:
            return
        for j, item in enumerate(value) if many else [(None, value)]:
            where = path if j is None else (*path, j)
            if (item is None and not many) or where in self.wrong_paths:
                continue
            if not isinstance(item, types):  # pragma: no cover - the type check found it
                continue
            self.nested(where, rid, item)

    def nested(self, path: Path, rid: object, record: Any) -> None:
        """The generic rules, and the rules of its type, for one record, field by field:
        a field of the wrong type is left out of every rule that reads it."""
        layout = _layout(type(record))
        for name, tables, many in layout.refs:
            if not self.skip(path, name):
                self.refs((*path, name), rid, getattr(record, name), tables, many)
        for name, text, article in layout.spans:
            if self.skip(path, name, text, article):
                continue
            body = self.bodies.get(getattr(record, article))
            span = getattr(record, name)
            if body is not None and span is not None:
                problem = span_problem(span, getattr(record, text), body)
                if problem is not None:
                    self.add((*path, name), problem, rid)
        for fields, rule, _, _ in layout.rules:
            if not self.skip(path, *fields):
                for field, message in rule(record):
                    self.add((*path, field), message, rid)
        for name, many, types in layout.nested:
            self.children((*path, name), rid, getattr(record, name), many, types)

    def cycles(self, table: str, records: Sequence[Any], field: str, relation: str) -> None:
        """Each record that is its own ``relation`` through ``field`` (a topic its own
        ancestor, an event part of itself): the chain of ids it starts comes back to it.

        Each chain is walked once (a record on a chain already walked is not walked
        again), so a long chain or a large loop costs time in proportion to its length;
        a record whose chain only leads into a loop is not named.
        """
        usable = [
            (i, r)
            for i, r in enumerate(records)
            if (table, i) not in self.wrong_paths and not self.skip((table, i), "id", field)
        ]
        up = {r.id: getattr(r, field) for _, r in usable}
        done: set[str] = set()
        looped: set[str] = set()
        for _, record in usable:
            path: dict[str, int] = {}  # the ids of this walk, in order
            current = record.id
            while current is not None and current in up and current not in done:
                if current in path:  # back on this walk: the ids from there on loop
                    looped.update(list(path)[path[current] :])
                    break
                path[current] = len(path)
                current = up[current]
            done.update(path)
        for i, record in usable:
            if record.id in looped:
                message = f"{table[:-1]} {shown(record.id)} is {relation}"
                self.add((table, i, field), message, record.id)


def find_problems(corpus: Corpus | Any, corpus_type: type | None = None) -> list[Problem]:
    """Every type and integrity problem of ``corpus``, by table, then record, then field.

    Args:
        corpus: A corpus, or any object with its tables as attributes (records read
            from a file before the corpus could be made).
        corpus_type: The corpus class, when ``corpus`` is not one.
    """
    tables = {name: i for i, name in enumerate(record_types(corpus_type or type(corpus)))}
    if all_valid(corpus, tables):
        return []
    problems = _Checker(corpus, corpus_type).run()

    def place(problem: Problem) -> tuple[int, int]:
        path = problem.path
        record = path[1] if len(path) > 1 and isinstance(path[1], int) else -1
        return tables.get(str(path[0]), -1) if path else -1, record

    return sorted(problems, key=place)
