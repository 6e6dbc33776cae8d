"""The :class:`Corpus`: every record, validated together, with lookups and queries."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Unpack

import attrs

from .._gc import paused
from ..exceptions import InvalidCorpusError, InvalidQueryError
from ..model import (
    Actor,
    Agreement,
    Article,
    Conflict,
    Context,
    Event,
    Reference,
    Role,
    Statement,
    Topic,
)
from ..query.engine import run_query
from ..query.filters import StatementFilters, TopicQuery, check_filters
from ..query.index import StatementIndex
from ..query.names import Names
from .merge import merge
from .validation import find_problems

if TYPE_CHECKING:
    import pandas
    import pyarrow

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
    reported together in one :class:`~asean_corpus.InvalidCorpusError`.

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
        """The article with this id (or exact title), or ``None``."""
        return self._names().articles.get(id)

    def get_actor(self, query: str) -> Actor | None:
        """The actor with this id, name or alias (case- and accent-insensitive), or ``None``."""
        return self._names().actors.get(query)

    def get_agreement(self, query: str) -> Agreement | None:
        """The agreement with this id, name or alias, or ``None``."""
        return self._names().agreements.get(query)

    def get_topic(self, query: str) -> Topic | None:
        """The topic with this id or label, or ``None``."""
        return self._names().topics.get(query)

    def get_event(self, query: str) -> Event | None:
        """The event with this id, name or alias, or ``None``."""
        return self._names().events.get(query)

    def get_statement(self, id: str) -> Statement | None:
        """The statement with this id, or ``None``."""
        return self._names().statements.get(id)

    def get_reference(self, id: str) -> Reference | None:
        """The reference fact with this id, or ``None``."""
        return self._names().references.get(id)

    def context(self, statement: Statement | str, *, chars: int = 300) -> Context:
        """A statement with up to ``chars`` characters of its article on each side.

        The surrounding text is cut at word boundaries.

        Args:
            statement: A statement of this corpus, or its id.
            chars: How much text to keep on each side.

        Raises:
            UnknownRecordError: No statement has the given id.

        >>> import asean_corpus as ac
        >>> corpus = ac.load()
        >>> context = corpus.context("a003-s08", chars=30)
        >>> print(context.highlight("<<", ">>", ellipsis="[cut]"))
        ... # doctest: +NORMALIZE_WHITESPACE
        [cut]collaboration, he stressed <<the importance of people-to-people interaction
        and disaster management.>> "Of course, certainly[cut]
        """
        s = self.statement(statement) if isinstance(statement, str) else statement
        if chars < 0:
            msg = f"chars must be 0 or more, got {chars}"
            raise InvalidQueryError(msg)
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
        """
        return self._names().articles.find(id)

    def actor(self, query: str) -> Actor:
        """The actor with this id, name or alias (case- and accent-insensitive).

        Raises:
            UnknownActorError: No such actor; the message suggests near matches.

        >>> import asean_corpus as ac
        >>> ac.load().actor("Kao Kim Horn")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        asean_corpus.exceptions.UnknownActorError: unknown ...; did you mean 'Kao Kim Hourn'?
        """
        return self._names().actors.find(query)

    def agreement(self, query: str) -> Agreement:
        """The agreement with this id, name or alias.

        Raises:
            UnknownAgreementError: No such agreement; the message suggests near matches.
        """
        return self._names().agreements.find(query)

    def topic(self, query: str) -> Topic:
        """The topic with this id or label.

        Raises:
            UnknownTopicError: No such topic; the message suggests near matches.
        """
        return self._names().topics.find(query)

    def event(self, query: str) -> Event:
        """The event with this id, name or alias.

        Raises:
            UnknownEventError: No such event; the message suggests near matches.
        """
        return self._names().events.find(query)

    def statement(self, id: str) -> Statement:
        """The statement with this id.

        Raises:
            UnknownRecordError: No such statement; the message suggests near matches.
        """
        return self._names().statements.find(id)

    def reference(self, id: str) -> Reference:
        """The reference fact with this id.

        Raises:
            UnknownRecordError: No such reference.
        """
        return self._names().references.find(id)

    def subtopics(self, topic: TopicQuery) -> tuple[Topic, ...]:
        """The topic and every narrower topic under it, in corpus order."""
        root = topic.id if isinstance(topic, Topic) else self.topic(topic).id
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
        """
        names = self._names()
        return tuple((names.actors.by_id[a], role) for a, role in names.holders(office))

    # -- queries ------------------------------------------------------------------------

    def find_statements(self, **filters: Unpack[StatementFilters]) -> tuple[Statement, ...]:
        """Statements matching every given filter, in date order.

        Args:
            filters: Any of the keyword filters of :class:`~asean_corpus.StatementFilters`:
                ``speaker`` (an actor, name, alias or office), ``topic`` (with its
                narrower topics), ``since`` and ``until`` (inclusive dates, partial
                or full), ``article``, ``agreement``, ``event``, ``text`` (substring
                or compiled regex), ``mode``, ``where`` (a predicate) and
                ``include_undated``. A list given to a filter means any of its values.

        Returns:
            Matching statements ordered by date (less precise dates first among those
            starting on the same day, undated last), then article order, then
            position in the article. A statement whose date is partial matches a date
            range when its interval overlaps it.

        Raises:
            UnknownActorError: A speaker matches no actor and no office.
            UnknownTopicError: A topic matches no topic.
            UnknownAgreementError: An agreement matches no agreement.
            UnknownArticleError: An article id matches no article.
            UnknownEventError: An event matches no event.
            InvalidDateError: A date bound cannot be read (it is quoted in the message).
            InvalidQueryError: An argument has the wrong type, or ``since`` is after
                ``until``.
            UnknownFilterError: A keyword is not a filter.

        >>> import asean_corpus as ac
        >>> corpus = ac.load()
        >>> found = corpus.find_statements(
        ...     speaker="ASEAN Secretary-General", since="2025-06", until="2025-06"
        ... )
        >>> {s.speaker_id for s in found}, {str(s.said_on) for s in found}
        ({'kao-kim-hourn'}, {'2025-06-19'})
        """
        return run_query(
            check_filters(filters),
            names=self._names(),
            index=self._statement_index(),
            articles=self.articles,
            topics=self.topics,
        )

    # -- files --------------------------------------------------------------------------

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write the corpus to one UTF-8 JSON file, atomically.

        The file is written to a temporary file in the same folder and renamed over
        ``path`` only when complete, so an existing file is never left half-written.
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
        >>> list(frame.columns[:5])
        ['id', 'article_id', 'article_title', 'speaker_id', 'speaker_name']
        """
        from ..io.frames import to_pandas

        return to_pandas(self, table)

    def to_arrow(self, table: str = "statements") -> pyarrow.Table:
        """One table as a pyarrow Table with an explicit schema (needs the ``parquet`` extra).

        See :func:`asean_corpus.export.to_arrow`.

        Raises:
            MissingDependencyError: pyarrow is not installed.
            CorpusError: ``table`` is not a table name.
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
            CorpusError: The parent folder does not exist, or ``folder`` exists and
                is not an earlier export.
        """
        from ..io.parquet import write_parquet

        write_parquet(self, folder)

    def write_jsonl(self, path: str | os.PathLike[str], table: str = "statements") -> None:
        """Write one table as JSON Lines, atomically (no optional library needed)."""
        from ..io.rows import write_jsonl

        write_jsonl(self, path, table)

    def write_csv(self, path: str | os.PathLike[str], table: str = "statements") -> None:
        """Write one table as CSV, atomically; lists are JSON arrays in their cells."""
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

    def merge(self, other: Corpus) -> Corpus:
        """A new, validated corpus holding the records of both.

        Each table holds this corpus's records in order, then the other's new ones.
        A record in both under the same id (the same actor, say) must be identical,
        and is kept once.

        Raises:
            MergeConflictError: Ids that name different records in the two corpora;
                every clash is listed by table and id, with what differs.
            InvalidCorpusError: The merged records break the corpus rules.
        """
        return merge(self, other)
