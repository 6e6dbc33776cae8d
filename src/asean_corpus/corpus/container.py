"""The :class:`Corpus`: every record, validated together, with lookups and queries."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, Never, Unpack

import attrs

from .._gc import paused
from ..exceptions import InvalidCorpusError, InvalidQueryError, shown
from ..model import (
    Actor,
    Agreement,
    Article,
    Conflict,
    Context,
    DateLike,
    Event,
    Milestone,
    Reference,
    Role,
    Statement,
    StatementView,
    Topic,
)
from ..query.engine import run_query
from ..query.filters import (
    AgreementQuery,
    StatementFilters,
    TopicQuery,
    check_filters,
    refuse_unknown,
)
from ..query.index import StatementIndex
from ..query.milestones import (
    MILESTONE_FILTERS,
    EvidenceQuery,
    MilestoneKindQuery,
    find_milestones,
)
from ..query.names import Names
from .results import StatementResults
from .vouching import all_valid, record_types

if TYPE_CHECKING:
    import pandas
    import pyarrow

    from ..citation import CitationStyle
    from .merge import MergePolicy

__all__ = ["Corpus"]


class _State:
    """A corpus's indexes, built on first use; never copied or pickled with it."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.parts: dict[str, Any] = {}

    def __reduce__(self) -> tuple[type[_State], tuple[()]]:
        return (_State, ())


@attrs.frozen(kw_only=True, slots=False)
class Corpus:
    """An immutable, validated collection of articles, statements and their context.

    Every field is a tuple in a stable order: the order the records were given in.
    :func:`~asean_corpus.build` gives articles in the order of their annotation
    files and statements in article order, then by position in the article; the
    registries (actors, topics, ...) keep the order of their files. ``save`` and
    ``load`` preserve the order.

    Constructing a corpus (directly, with :func:`attrs.evolve`, or by loading a file)
    checks it: ids unique within each table, every reference resolving, every span
    inside its article's body and matching the recorded text. All problems are
    reported together in one :class:`~asean_corpus.InvalidCorpusError`. The bundled
    corpus as released is the exception: it was checked in full when the release was
    tested, and is not checked again (see :func:`~asean_corpus.load`).

    Indexes for lookups and queries are built on first use, once, and shared
    safely between threads. A corpus pickles and deep-copies (without its indexes,
    which the copy builds again when it needs them).

    Attributes:
        articles: The articles, with their cleaned text.
        statements: Who said what, in which article, when.
        actors: The people, organisations, states, outlets and groups.
        agreements: Agreements and initiatives, with their milestones.
        topics: The topic hierarchy.
        events: The occasions statements were made at.
        references: Checked facts from outside the articles, cited as evidence.
        conflicts: Claims of an article that other evidence contradicts.

    >>> import asean_corpus as ac
    >>> corpus = ac.load()
    >>> corpus.actor("Kao Kim Hourn").name
    'Kao Kim Hourn'
    >>> corpus.get_actor("Nobody") is None
    True
    """

    articles: tuple[Article, ...] = ()
    statements: tuple[Statement, ...] = ()
    actors: tuple[Actor, ...] = ()
    agreements: tuple[Agreement, ...] = ()
    topics: tuple[Topic, ...] = ()
    events: tuple[Event, ...] = ()
    references: tuple[Reference, ...] = ()
    conflicts: tuple[Conflict, ...] = ()

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_state", _State())
        if all_valid(self, record_types(type(self))):
            return  # the bundled corpus as released: the rules are not even imported
        from .validation import find_problems

        problems = find_problems(self)
        if problems:
            raise InvalidCorpusError(problems)

    def __repr__(self) -> str:
        return (
            f"<Corpus: {len(self.articles)} articles, {len(self.statements)} statements, "
            f"{len(self.actors)} actors, {len(self.agreements)} agreements, "
            f"{len(self.topics)} topics, {len(self.events)} events>"
        )

    # -- indexes ------------------------------------------------------------------------

    def _cached(self, key: str, build: Callable[[], Any]) -> Any:
        state: _State = self.__dict__["_state"]
        found = state.parts.get(key)
        if found is None:
            with state.lock:
                found = state.parts.get(key)
                if found is None:
                    with paused():
                        found = build()
                    state.parts[key] = found
        return found

    def _names(self) -> Names:
        names: Names = self._cached(
            "names",
            lambda: Names(
                articles=self.articles,
                actors=self.actors,
                agreements=self.agreements,
                topics=self.topics,
                events=self.events,
                statements=self.statements,
                references=self.references,
            ),
        )
        return names

    def _statement_index(self) -> StatementIndex:
        index: StatementIndex = self._cached(
            "index", lambda: StatementIndex(self.statements, self.articles, self.topics)
        )
        return index

    # -- lookups ------------------------------------------------------------------------

    def get_article(self, id: str) -> Article | None:
        """The article with this id (or exact title), or ``None``.

        >>> import asean_corpus as ac
        >>> ac.load().get_article("a001").kind.value, ac.load().get_article("a999")
        ('news', None)
        """
        return self._names().articles.get(id)

    def get_actor(self, query: str) -> Actor | None:
        """The actor with this id, name or alias (case- and accent-insensitive), or ``None``.

        >>> import asean_corpus as ac
        >>> ac.load().get_actor("kao").id, ac.load().get_actor("Nobody")
        ('kao-kim-hourn', None)
        """
        return self._names().actors.get(query)

    def get_agreement(self, query: str) -> Agreement | None:
        """The agreement with this id, name or alias, or ``None``.

        >>> import asean_corpus as ac
        >>> ac.load().get_agreement("RCEP").id
        'rcep'
        """
        return self._names().agreements.get(query)

    def get_topic(self, query: str) -> Topic | None:
        """The topic with this id or label, or ``None``.

        >>> import asean_corpus as ac
        >>> ac.load().get_topic("Tourism").id
        'tourism'
        """
        return self._names().topics.get(query)

    def get_event(self, query: str) -> Event | None:
        """The event with this id, name or alias, or ``None``.

        >>> import asean_corpus as ac
        >>> ac.load().get_event("jakarta-forum-2025").name
        '2025 Jakarta Forum on ASEAN-China Relations'
        """
        return self._names().events.get(query)

    def get_statement(self, id: str) -> Statement | None:
        """The statement with this id, or ``None``.

        >>> import asean_corpus as ac
        >>> ac.load().get_statement("a001-s01").speaker_id
        'kao-kim-hourn'
        """
        return self._names().statements.get(id)

    def get_reference(self, id: str) -> Reference | None:
        """The reference fact with this id, or ``None``.

        >>> import asean_corpus as ac
        >>> ac.load().get_reference("ref-3").confidence.value
        'high'
        """
        return self._names().references.get(id)

    def view(self, statement: Statement | str) -> StatementView:
        """A statement with the records it refers to, to navigate without ids.

        ``view.speaker`` (and ``view.speakers`` of a joint statement), ``view.article``,
        ``view.event``, ``view.agreements``, ``view.topics`` and ``view.via`` are the
        records themselves, looked up in this corpus.

        Args:
            statement: A statement of this corpus, or its id.

        Raises:
            UnknownRecordError: No statement has the given id, or the statement given
                is not in this corpus.

        >>> import asean_corpus as ac
        >>> corpus = ac.load()
        >>> view = corpus.view("a001-s02")
        >>> view.speaker.name, view.article.publisher, view.event.name
        ('Kao Kim Hourn', 'lianhe-ribao', '2025 Jakarta Forum on ASEAN-China Relations')
        >>> [a.id for a in view.agreements]
        ['acfta', 'rcep', 'asean-china-full-dialogue-partnership', 'csp']
        """
        names = self._names()
        s = names.statements.resolve(statement)
        actors = names.actors.by_id
        return StatementView(
            statement=s,
            article=names.articles.by_id[s.article_id],
            speakers=tuple(actors[a] for a in s.speakers),
            via=tuple(actors[a] for a in s.via),
            event=None if s.event_id is None else names.events.by_id[s.event_id],
            agreements=tuple(a for a in self.agreements if a.id in s.agreements),
            topics=tuple(t for t in self.topics if t.id in s.topics),
        )

    def context(self, statement: Statement | str, *, chars: int = 300) -> Context:
        """A statement with up to ``chars`` characters of its article on each side.

        The surrounding text is cut at word boundaries.

        Args:
            statement: A statement of this corpus, or its id.
            chars: How much text to keep on each side.

        Raises:
            UnknownRecordError: No statement has the given id, or the statement given
                is not in this corpus.
            InvalidQueryError: ``statement`` is neither a statement nor a string, or
                ``chars`` is not an int of 0 or more.

        >>> import asean_corpus as ac
        >>> corpus = ac.load()
        >>> context = corpus.context("a003-s08", chars=30)
        >>> print(context.highlight("<<", ">>", ellipsis="[cut]"))
        ... # doctest: +NORMALIZE_WHITESPACE
        [cut]collaboration, he stressed <<the importance of people-to-people interaction
        and disaster management.>> "Of course, certainly[cut]
        """
        if isinstance(chars, bool) or not isinstance(chars, int):
            msg = f"chars: expected an int, got {type(chars).__name__}: {shown(chars)}"
            raise InvalidQueryError(msg)
        if chars < 0:
            msg = f"chars must be 0 or more, got {chars}"
            raise InvalidQueryError(msg)
        s = self._names().statements.resolve(statement)
        body = self.article(s.article_id).body
        start = max(0, s.span.start - chars)
        end = min(len(body), s.span.end + chars)
        if start > 0:
            cut = body.find(" ", start, s.span.start)
            start = cut + 1 if cut != -1 else s.span.start
        if end < len(body):
            cut = body.rfind(" ", s.span.end, end)
            end = cut if cut != -1 else s.span.end
        return Context(
            statement=s,
            article=self.article(s.article_id),
            before=body[start : s.span.start],
            after=body[s.span.end : end],
            clipped_before=start > 0,
            clipped_after=end < len(body),
        )

    def article(self, id: str) -> Article:
        """The article with this id (or title).

        Raises:
            UnknownArticleError: No such article; the message suggests near matches.

        >>> import asean_corpus as ac
        >>> a = ac.load().article("a003")
        >>> a.kind.value, str(a.published)
        ('interview', '2025-09-02')
        """
        return self._names().articles.find(id)

    def actor(self, query: str) -> Actor:
        """The actor with this id, name or alias (case- and accent-insensitive).

        Raises:
            UnknownActorError: No such actor; the message suggests near matches.

        >>> import asean_corpus as ac
        >>> ac.load().actor("KAO KIM HOURN").id
        'kao-kim-hourn'
        >>> ac.load().actor("Kao Kim Horn")
        Traceback (most recent call last):
        ...
        asean_corpus.exceptions.UnknownActorError: unknown speaker or actor
        'Kao Kim Horn'; did you mean 'Kao Kim Hourn'?
        """
        return self._names().actors.find(query)

    def agreement(self, query: str) -> Agreement:
        """The agreement with this id, name or alias.

        Raises:
            UnknownAgreementError: No such agreement; the message suggests near matches.

        >>> import asean_corpus as ac
        >>> ac.load().agreement("Regional Comprehensive Economic Partnership").id
        'rcep'
        """
        return self._names().agreements.find(query)

    def topic(self, query: str) -> Topic:
        """The topic with this id or label.

        Raises:
            UnknownTopicError: No such topic; the message suggests near matches.

        >>> import asean_corpus as ac
        >>> ac.load().topic("digital-economy").label
        'Digital economy'
        """
        return self._names().topics.find(query)

    def event(self, query: str) -> Event:
        """The event with this id, name or alias.

        Raises:
            UnknownEventError: No such event; the message suggests near matches.

        >>> import asean_corpus as ac
        >>> e = ac.load().event("sco-summit-2025")
        >>> str(e.start), str(e.end), e.place
        ('2025-08-31', '2025-09-01', 'Tianjin')
        """
        return self._names().events.find(query)

    def statement(self, id: str) -> Statement:
        """The statement with this id.

        Raises:
            UnknownRecordError: No such statement; the message suggests near matches.

        >>> import asean_corpus as ac
        >>> ac.load().statement("a003-s16").text
        'the new five-year action plan.'
        """
        return self._names().statements.find(id)

    def reference(self, id: str) -> Reference:
        """The reference fact with this id.

        Raises:
            UnknownRecordError: No such reference.

        >>> import asean_corpus as ac
        >>> ac.load().reference("ref-4a").fact
        'ASEAN-China dialogue relations began 1991-07-19'
        """
        return self._names().references.find(id)

    def subtopics(self, topic: TopicQuery) -> tuple[Topic, ...]:
        """The topic and every narrower topic under it, in corpus order.

        Raises:
            UnknownTopicError: No such topic, or the topic given is not in this corpus.

        >>> import asean_corpus as ac
        >>> [t.id for t in ac.load().subtopics("people-to-people")]
        ['people-to-people', 'tourism', 'visas', 'education', 'youth', 'media']
        """
        root = self._names().topics.resolve(topic).id
        parent = {t.id: t.parent for t in self.topics}
        out = []
        for t in self.topics:
            current: str | None = t.id
            while current is not None and current != root:
                current = parent.get(current)
            if current == root:
                out.append(t)
        return tuple(out)

    def holders(self, office: str) -> tuple[tuple[Actor, Role], ...]:
        """Who held an office ("ASEAN Secretary-General"), as ``(actor, role)`` pairs.

        Raises:
            UnknownActorError: No role in the corpus matches the office name.

        >>> import asean_corpus as ac
        >>> holders = ac.load().holders("Secretary-General of ASEAN")
        >>> [(actor.name, str(role.start)) for actor, role in holders]
        [('Kao Kim Hourn', '2023-01-01')]
        """
        names = self._names()
        return tuple((names.actors.by_id[a], role) for a, role in names.holders(office))

    # -- queries ------------------------------------------------------------------------

    def find_statements(self, **filters: Unpack[StatementFilters]) -> StatementResults:
        """Statements matching every given filter, in date order.

        Args:
            filters: Any of the keyword filters of :class:`~asean_corpus.StatementFilters`:
                ``speaker`` (an actor, name, alias or office), ``speaker_kind`` and
                ``affiliation`` (kinds of speaker, and who they are affiliated with),
                ``topic`` (with its narrower topics), ``since`` and ``until``
                (inclusive dates, partial or full), ``article``, ``agreement``,
                ``event``, ``text`` (substring or compiled regex), ``mode``,
                ``attribution``, ``reliability`` (of the article as a source),
                ``where`` (a predicate), ``include_undated`` and
                ``any_of`` (filter sets combined with OR). A list given to a filter
                means any of its values.

        Returns:
            Matching statements ordered by date (less precise dates first among those
            starting on the same day, undated last), then article order, then
            position in the article, as a :class:`~asean_corpus.StatementResults`
            (a tuple, with ``to_pandas``, ``count_by`` and ``head``). A statement
            whose date is partial matches a date range when its interval overlaps it.

        Raises:
            UnknownActorError: A speaker matches no actor and no office.
            UnknownTopicError: A topic matches no topic.
            UnknownAgreementError: An agreement matches no agreement.
            UnknownArticleError: An article id matches no article.
            UnknownEventError: An event matches no event.
            InvalidDateError: A date bound cannot be read (it is quoted in the message).
            InvalidQueryError: An argument has the wrong type, ``since`` is after
                ``until``, or an office's holders cannot be placed in time.
            UnknownFilterError: A keyword is not a filter.

        A name that is not of the filter's kind but of another says so:
        ``topic="RCEP"`` raises ``UnknownTopicError`` saying that RCEP is an
        agreement, to ask for with ``agreement=`` (or ``any_of``).

        >>> import asean_corpus as ac
        >>> corpus = ac.load()
        >>> found = corpus.find_statements(
        ...     speaker="ASEAN Secretary-General", since="2025-06", until="2025-06"
        ... )
        >>> {s.speaker_id for s in found}, {str(s.said_on) for s in found}
        ({'kao-kim-hourn'}, {'2025-06-19'})
        """
        found = run_query(
            check_filters(filters),
            names=self._names(),
            index=self._statement_index(),
            articles=self.articles,
            topics=self.topics,
        )
        return StatementResults(found, corpus=self)

    def find_milestones(
        self,
        *,
        agreement: AgreementQuery | Sequence[AgreementQuery] | None = None,
        kind: MilestoneKindQuery | Sequence[MilestoneKindQuery] | None = None,
        expected: bool | None = None,
        evidence: EvidenceQuery | None = None,
        since: DateLike | None = None,
        until: DateLike | None = None,
        **unknown: Never,
    ) -> tuple[tuple[Agreement, Milestone], ...]:
        """Milestones of agreements matching every given filter, in date order.

        Args:
            agreement: An agreement or its id, name or alias, or a list of them.
            kind: A :class:`~asean_corpus.MilestoneKind` or its value (``"signed"``),
                or a list of them.
            expected: ``False`` for steps the evidence reports as done, ``True`` for
                steps it reports as planned; ``None`` for both.
            evidence: ``"reference"`` for steps a checked reference fact attests,
                ``"article"`` for steps an article of the corpus reports.
            since: Earliest date, inclusive (as in ``find_statements``); undated
                milestones are left out when a bound is given.
            until: Latest date, inclusive.

        Returns:
            ``(agreement, milestone)`` pairs, by date: by first possible day, the less
            precise date first among those starting on the same day, undated
            milestones last; then in the corpus's order.

        Raises:
            UnknownAgreementError: No such agreement, or the agreement given is not
                in this corpus.
            InvalidQueryError: An argument has the wrong type or value.
            InvalidDateError: A date bound cannot be read.
            UnknownFilterError: A keyword is not one of these filters (a type
                checker refuses it too: ``unknown`` takes no value).

        >>> import asean_corpus as ac
        >>> [(m.date, m.evidence) for _, m in ac.load().find_milestones(
        ...     agreement="ACFTA 3.0", kind="signed", expected=False, evidence="reference"
        ... )]
        [(PartialDate(year=2025, month=10, day=28), ReferenceEvidence(reference_id='ref-2d'))]
        """
        if unknown:
            refuse_unknown(unknown, MILESTONE_FILTERS)
        return find_milestones(
            self.agreements,
            self._names(),
            agreement=agreement,
            kind=kind,
            expected=expected,
            evidence=evidence,
            since=since,
            until=until,
        )

    # -- citations ----------------------------------------------------------------------

    def cite(
        self,
        record: Statement | Article | str | Iterable[Statement | Article | str],
        style: CitationStyle = "apa",
    ) -> str:
        """A citation of a statement or an article of this corpus, or of several.

        See :func:`asean_corpus.cite` for the styles and what a citation holds.

        Raises:
            UnknownRecordError: No statement or article has that id, or the record
                given is not in this corpus.
            InvalidQueryError: ``style`` is not a style.
            MissingDependencyError: APA and Chicago need the ``cite`` extra.
        """
        from ..citation import cite

        return cite(record, style, corpus=self)

    # -- files --------------------------------------------------------------------------

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write the corpus to one UTF-8 JSON file, atomically.

        The file is written to a temporary file in the same folder and renamed over
        ``path`` only when complete, so an existing file is never left half-written.
        A symbolic link is written through (its target is replaced, the link stays);
        a folder, a device or a FIFO is never replaced. Temporaries left by writers
        that were killed are removed.

        Raises:
            CorpusFileError: The file cannot be written (no folder, a folder or a
                device in its place, no space, no permission, a read-only
                filesystem); also an :class:`OSError`. Nothing is left behind.

        >>> import asean_corpus as ac, pathlib, tempfile
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "corpus.json"
        >>> ac.load().save(path)
        >>> ac.load(path) == ac.load()
        True
        """
        from ..io.jsonfile import save

        save(self, path)

    # -- exports ------------------------------------------------------------------------

    def to_pandas(self, table: str = "statements") -> pandas.DataFrame:
        """One table as a pandas DataFrame with typed columns (needs the ``pandas`` extra).

        Tables: ``statements``, ``articles``, ``actors``, ``roles``, ``agreements``,
        ``milestones``, ``topics``, ``events``, ``references``, ``conflicts``. See
        :func:`asean_corpus.export.to_pandas` for the columns and their types.

        Raises:
            MissingDependencyError: pandas is not installed.
            CorpusError: ``table`` is not a table name.

        >>> import asean_corpus as ac
        >>> frame = ac.load().to_pandas("statements")
        >>> list(frame.columns[:6])
        ['id', 'article_id', 'article_title', 'article_reliability', 'speaker_id', 'speaker_name']
        """
        from ..io.frames import to_pandas

        return to_pandas(self, table)

    def to_arrow(self, table: str = "statements") -> pyarrow.Table:
        """One table as a pyarrow Table with an explicit schema (needs the ``parquet`` extra).

        See :func:`asean_corpus.export.to_arrow`.

        Raises:
            MissingDependencyError: pyarrow is not installed.
            CorpusError: ``table`` is not a table name, or a time has a UTC offset,
                which Arrow's time type cannot hold.

        >>> import asean_corpus as ac
        >>> table = ac.load().to_arrow("topics")
        >>> table.num_rows, table.column_names
        (41, ['id', 'label', 'parent', 'description'])
        """
        from ..io.frames import to_arrow

        return to_arrow(self, table)

    def write_parquet(self, folder: str | os.PathLike[str]) -> None:
        """Write every table as Parquet, one sub-folder each, statements by year; atomically.

        :func:`asean_corpus.read_parquet` reads the folder back into an equal corpus;
        DuckDB, Polars, Spark and pyarrow read each sub-folder as a dataset. See
        :func:`asean_corpus.export.write_parquet` for the layout.

        Raises:
            MissingDependencyError: pyarrow is not installed.
            CorpusFileError: ``folder`` is not a path, or the system refuses it.
            CorpusError: The parent folder does not exist, ``folder`` exists and is
                not an earlier export alone, or a time has a UTC offset, which
                Parquet's time type cannot hold.

        >>> import asean_corpus as ac, pathlib, tempfile
        >>> folder = pathlib.Path(tempfile.mkdtemp()) / "corpus"
        >>> ac.load().write_parquet(folder)
        >>> sorted(p.name for p in (folder / "statements").iterdir())
        ['2025.parquet', 'undated.parquet']
        """
        from ..io.parquet import write_parquet

        write_parquet(self, folder)

    def write_jsonl(self, path: str | os.PathLike[str], table: str = "statements") -> None:
        """Write one table as JSON Lines, atomically (no optional library needed).

        >>> import asean_corpus as ac, json, pathlib, tempfile
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "topics.jsonl"
        >>> ac.load().write_jsonl(path, "topics")
        >>> json.loads(path.read_text("utf-8").splitlines()[0])["id"]
        'trade'
        """
        from ..io.rows import write_jsonl

        write_jsonl(self, path, table)

    def write_csv(self, path: str | os.PathLike[str], table: str = "statements") -> None:
        """Write one table as CSV, atomically; lists are JSON arrays in their cells.

        >>> import asean_corpus as ac, pathlib, tempfile
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "events.csv"
        >>> ac.load().write_csv(path, "events")
        >>> path.read_text("utf-8").splitlines()[0][:40]
        'id,name,kind,aliases,start,start_precisi'
        """
        from ..io.rows import write_csv

        write_csv(self, path, table)

    def to_web_annotations(self, statements: Sequence[Statement] | None = None) -> dict[str, Any]:
        """Statements (all, or the given ones) as a W3C Web Annotation collection.

        Each annotation targets its article with a ``TextQuoteSelector`` and a
        ``TextPositionSelector``; see :func:`asean_corpus.export.to_web_annotations`.

        >>> import asean_corpus as ac
        >>> corpus = ac.load()
        >>> doc = corpus.to_web_annotations()
        >>> doc["type"], doc["total"] == len(corpus.statements)
        ('AnnotationCollection', True)
        """
        from ..io.webannotation import to_web_annotations

        return to_web_annotations(self, statements=statements)

    def merge(self, other: Corpus, *, on_conflict: MergePolicy = "raise") -> Corpus:
        """A new, validated corpus holding the records of both.

        Each table holds this corpus's records in order, then the other's new ones.
        A record in both under the same id (the same actor, say) is kept once when
        the two are equal. When they differ, ``on_conflict`` decides: ``"raise"``
        (the default) refuses, ``"keep"`` keeps this corpus's record, ``"replace"``
        takes the other's.

        Raises:
            MergeConflictError: With ``"raise"``, ids that name different records in
                the two corpora; every clash is listed by table and id, with the
                fields that differ.
            InvalidQueryError: ``on_conflict`` is not a policy, or ``other`` is not
                a corpus.
            InvalidCorpusError: The merged records break the corpus rules.

        >>> import attrs, asean_corpus as ac
        >>> corpus = ac.load()
        >>> trade = attrs.evolve(corpus.topic("trade"), description="Commerce.")
        >>> mine = ac.Corpus(topics=(trade,))
        >>> corpus.merge(mine)  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        asean_corpus.exceptions.MergeConflictError: cannot merge: 1 id names ...
          - topics 'trade': description '...' vs 'Commerce.'
        >>> corpus.merge(mine, on_conflict="replace").topic("trade").description
        'Commerce.'
        """
        from .merge import merge  # not used by loading and querying

        return merge(self, other, on_conflict=on_conflict)
