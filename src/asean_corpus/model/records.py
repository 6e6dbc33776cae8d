"""The records of the corpus: articles, statements, actors, agreements and the rest.

Every record is an immutable, hashable attrs class. Collections are tuples (ordered)
or frozensets (unordered); references to other records are ids (strings), resolved
through the :class:`~asean_corpus.Corpus` that holds them, which checks that every
reference resolves.
"""

import datetime as _dt
import enum
from typing import TypeVar

import attrs

from ..exceptions import shown
from ._fields import refers, span_of, vocabulary
from .dates import PartialDate

__all__ = [
    "Actor",
    "ActorKind",
    "Agreement",
    "AgreementKind",
    "Article",
    "ArticleEvidence",
    "ArticleKind",
    "Attribution",
    "Confidence",
    "Conflict",
    "Context",
    "DateBasis",
    "Event",
    "EventKind",
    "Evidence",
    "Milestone",
    "MilestoneKind",
    "Mode",
    "Reference",
    "ReferenceEvidence",
    "Reliability",
    "ReliabilityLevel",
    "Role",
    "Span",
    "Statement",
    "StatementView",
    "Topic",
    "enum_member",
]

E = TypeVar("E", bound=enum.Enum)

_REPR_TEXT = 50  # characters of a statement's text its repr shows


def enum_member(cls: type[E], value: object) -> E:
    """The member of the enum ``cls`` that is ``value`` or has it as its value.

    Raises:
        ValueError: No member has that value; the message lists the values.

    >>> enum_member(Mode, "reported")
    <Mode.REPORTED: 'reported'>
    """
    if isinstance(value, cls):
        return value
    try:
        return cls(value)
    except ValueError:
        valid = ", ".join(repr(m.value) for m in cls)
        msg = f"unknown {cls.__name__} {shown(value)}; expected one of {valid}"
        raise ValueError(msg) from None


@attrs.frozen
class Span:
    """A half-open range ``[start, end)`` of character offsets into an article body.

    ``article.body[span.start:span.end]`` is the text the span covers.

    Attributes:
        start: Offset of the first character.
        end: Offset just past the last character.

    >>> Span(3, 8).slice("ASEAN-China")
    'AN-Ch'
    """

    start: int
    end: int

    def __len__(self) -> int:
        return self.end - self.start

    def slice(self, text: str) -> str:
        """The part of ``text`` this span covers.

        >>> Span(0, 5).slice("ASEAN-China")
        'ASEAN'
        """
        return text[self.start : self.end]


class Mode(enum.Enum):
    """How the article conveys what the speaker said.

    >>> import asean_corpus as ac
    >>> ac.load().statement("a003-s02").mode
    <Mode.DIRECT_QUOTE: 'direct_quote'>
    """

    DIRECT_QUOTE = "direct_quote"
    """The speaker's words, complete, inside quotation marks."""
    PARTIAL_QUOTE = "partial_quote"
    """Reported speech that quotes some of the speaker's words (a phrase in quotation marks)."""
    REPORTED = "reported"
    """Reported speech (the article paraphrases what the speaker said, wrote or believes)."""
    AUTHORED = "authored"
    """Written by the speaker (the author's own text in an opinion piece or editorial)."""


class Attribution(enum.Enum):
    """How the speaker of a statement was determined; a careful reader may leave out
    the attributions that were inferred.

    >>> import asean_corpus as ac
    >>> ac.load().statement("a004-s05").attribution
    <Attribution.INFERRED: 'inferred'>
    """

    NAMED = "named"
    """The sentence names the speaker ("Kao said", "according to Xinhua")."""
    CARRIED = "carried"
    """Carried from an earlier sentence, by a pronoun ("he noted"), a title standing
    for a person named before, or a quotation that continues the previous speaker's."""
    OFFICE = "office"
    """The text names only an office ("the Secretary-General"), resolved to whoever
    held it at the date."""
    INFERRED = "inferred"
    """The grammatical subject is not the speaker ("Discussions focused on ..."); the
    speaker is inferred from the context the article gives (a list's frame)."""


class DateBasis(enum.Enum):
    """Where a statement's date comes from.

    >>> import asean_corpus as ac
    >>> s = ac.load().statement("a001-s01")
    >>> s.date_basis, s.date_evidence
    (<DateBasis.STATED: 'stated'>, 'On the 19th')
    """

    STATED = "stated"
    """The text gives the date (``"On the 19th"``, resolved against the publication date)."""
    EVENT = "event"
    """The statement was made at an event whose date is known."""
    PUBLICATION = "publication"
    """An authored piece, dated by its publication date."""
    UNKNOWN = "unknown"
    """The article does not say when; ``said_on`` is ``None``."""


class ActorKind(enum.Enum):
    """What sort of actor speaks, writes, or is party to an agreement.

    >>> import asean_corpus as ac
    >>> ac.load().actor("Xinhua").kind
    <ActorKind.NEWS_OUTLET: 'news_outlet'>
    """

    PERSON = "person"
    STATE = "state"
    INTERGOVERNMENTAL_ORGANISATION = "intergovernmental_organisation"
    GOVERNMENT_BODY = "government_body"
    NEWS_OUTLET = "news_outlet"
    RESEARCH_INSTITUTE = "research_institute"
    ORGANISATION = "organisation"
    GROUP = "group"
    """An unnamed collective, such as "analysts" of a forum or "ASEAN member states"."""


class ArticleKind(enum.Enum):
    """The genre of an article.

    >>> import asean_corpus as ac
    >>> ac.load().article("a002").kind
    <ArticleKind.OPINION: 'opinion'>
    """

    NEWS = "news"
    ANALYSIS = "analysis"
    OPINION = "opinion"
    INTERVIEW = "interview"


class ReliabilityLevel(enum.Enum):
    """How far an article can be trusted as a record of who said what and when.

    >>> import asean_corpus as ac
    >>> ac.load().article("a000").reliability.level
    <ReliabilityLevel.LOW: 'low'>
    """

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class Confidence(enum.Enum):
    """How well a reference fact is established.

    >>> import asean_corpus as ac
    >>> ac.load().reference("ref-2c").confidence
    <Confidence.MEDIUM_HIGH: 'medium_high'>
    """

    HIGH = "high"
    """Established; the sources checked state the fact, and none found contradicts it."""
    MEDIUM_HIGH = "medium_high"
    """Very likely, with some doubt left; a source is indirect, or a detail is inferred
    (a day worked out from a weekday). Written ``med-high`` in the facts table."""
    MEDIUM = "medium"
    """Plausible but less certain; a single secondary source, or a state of affairs
    that may since have changed."""
    LOW = "low"
    """Weak; rely on it only together with other evidence."""


class AgreementKind(enum.Enum):
    """What sort of agreement or initiative a record is.

    >>> import asean_corpus as ac
    >>> ac.load().agreement("RCEP").kind
    <AgreementKind.FREE_TRADE_AGREEMENT: 'free_trade_agreement'>
    """

    FREE_TRADE_AGREEMENT = "free_trade_agreement"
    AGREEMENT = "agreement"
    PROTOCOL = "protocol"
    PARTNERSHIP = "partnership"
    PLAN_OF_ACTION = "plan_of_action"
    MEMORANDUM = "memorandum"
    FRAMEWORK = "framework"
    INITIATIVE = "initiative"
    VISION = "vision"
    CODE_OF_CONDUCT = "code_of_conduct"
    POLICY = "policy"


class MilestoneKind(enum.Enum):
    """A step in the life of an agreement.

    >>> import asean_corpus as ac
    >>> [m.kind.value for m in ac.load().agreement("RCEP").milestones]
    ['signed', 'entered_into_force', 'signed']
    """

    PROPOSED = "proposed"
    LAUNCHED = "launched"
    SUBSTANTIALLY_CONCLUDED = "substantially_concluded"
    CONCLUDED = "concluded"
    SIGNED = "signed"
    ADOPTED = "adopted"
    ANNOUNCED = "announced"
    ENTERED_INTO_FORCE = "entered_into_force"
    FULLY_IMPLEMENTED = "fully_implemented"


class EventKind(enum.Enum):
    """What sort of event a statement was made at.

    >>> import asean_corpus as ac
    >>> ac.load().event("sco-summit-2025").kind
    <EventKind.SUMMIT: 'summit'>
    """

    SUMMIT = "summit"
    FORUM = "forum"
    MEETING = "meeting"
    INTERVIEW = "interview"


@attrs.frozen(kw_only=True)
class ArticleEvidence:
    """Evidence from the corpus itself: a passage of an article.

    Attributes:
        article_id: The article the passage is in.
        span: Where the passage is in the article body.
        text: The passage, ``body[span.start:span.end]`` of the article.

    >>> import asean_corpus as ac
    >>> evidence = ac.load().agreement("RCEP").milestones[2].evidence
    >>> evidence.article_id, evidence.span
    ('a001', Span(start=553, end=644))
    """

    article_id: str = attrs.field(metadata=refers("articles"))
    span: Span = attrs.field(metadata=span_of("text", "article_id"))
    text: str


@attrs.frozen(kw_only=True)
class ReferenceEvidence:
    """Evidence from outside the articles: a checked :class:`Reference` fact.

    Attributes:
        reference_id: Id of the :class:`Reference`.

    >>> import asean_corpus as ac
    >>> ac.load().agreement("RCEP").milestones[0].evidence
    ReferenceEvidence(reference_id='ref-3')
    """

    reference_id: str = attrs.field(metadata=refers("references"))


Evidence = ArticleEvidence | ReferenceEvidence
"""Either a passage of an article or a checked external reference; the two are kept apart."""


@attrs.frozen(kw_only=True)
class Reliability:
    """An assessment of an article as a source, with the reasons for it.

    Attributes:
        level: High, medium or low.
        reasons: Why, one reason a line.

    >>> import asean_corpus as ac
    >>> reliability = ac.load().article("a004").reliability
    >>> reliability.level.value, len(reliability.reasons)
    ('low', 6)
    """

    level: ReliabilityLevel
    reasons: tuple[str, ...] = ()


@attrs.frozen(kw_only=True)
class Article:
    """One article: its cleaned text and where it came from.

    Attributes:
        id: Stable identifier (``"a001"``).
        title: The headline.
        body: The article text without page furniture; statement spans index into it.
        source_file: Name of the raw file in ``seeds/`` the body was cut from.
        source_sha256: SHA-256 of that raw file, so a reader can check the source.
        url: The article's original web address, where a public copy of the same text
            confirms it; ``None`` when none was found (an address is never guessed).
        url_checked_on: When that copy was checked against the text.
        published: Publication date, ``None`` when the source gives none.
        published_time: Time of day of publication, where the source gives one.
        published_basis: The text the publication date was read from (a dateline),
            or how it was inferred.
        publisher: Actor id of the outlet, ``None`` when unknown.
        authors: Actor ids of the authors (people or a newsroom).
        kind: News, analysis, opinion or interview.
        language: ISO 639-1 code of the text.
        reliability: The assessment of the article as a source.
        notes: Provenance and curation notes a reader should know.

    >>> import asean_corpus as ac
    >>> a = ac.load().article("a001")
    >>> a.kind.value, str(a.published), a.publisher, a.reliability.level.value
    ('news', '2025-06-20', 'lianhe-ribao', 'medium')
    >>> a.body[112:167]
    'the five strategic areas of digital economy, green tran'
    """

    id: str
    title: str
    body: str = attrs.field(repr=False)
    source_file: str
    source_sha256: str
    url: str | None = None
    url_checked_on: _dt.date | None = None
    published: PartialDate | None = None
    published_time: _dt.time | None = None
    published_basis: str | None = None
    publisher: str | None = attrs.field(default=None, metadata=refers("actors", shown="name"))
    authors: tuple[str, ...] = attrs.field(default=(), metadata=refers("actors"))
    kind: ArticleKind
    language: str = attrs.field(default="en", metadata=vocabulary())
    reliability: Reliability
    notes: tuple[str, ...] = ()


@attrs.frozen(kw_only=True)
class Role:
    """A position an actor holds or held.

    A role with a known ``start`` resolves office queries: the actor held it on
    every day from ``start.earliest`` to ``end.latest`` (with no last day when ``end``
    is ``None``, so answers do not change with the day a query is run). A role
    without a known start is descriptive only.

    Attributes:
        title: The position (``"Secretary-General"``).
        organisation: Actor id of the organisation, ``None`` when there is none.
        start: First day (or month, year) in the role, ``None`` when unknown.
        end: Last day in the role; ``None`` while it continues or when unknown.
        current: ``False`` when a source calls the role former even without an end date.
        evidence: Where the role is attested.

    >>> import asean_corpus as ac
    >>> role = ac.load().actor("Kao Kim Hourn").roles[0]
    >>> role.title, role.organisation, str(role.start), role.end
    ('Secretary-General', 'asean', '2023-01-01', None)
    """

    title: str
    organisation: str | None = attrs.field(default=None, metadata=refers("actors", shown="name"))
    start: PartialDate | None = None
    end: PartialDate | None = None
    current: bool = True
    evidence: tuple[Evidence, ...] = ()


@attrs.frozen(kw_only=True)
class Actor:
    """A person, organisation, state, outlet or group that speaks or is referred to.

    Attributes:
        id: Stable identifier (``"kao-kim-hourn"``).
        name: The name the corpus shows.
        kind: Person, state, organisation, news outlet, group, ...
        aliases: Other names and spellings that lookups and queries accept.
        roles: Positions held, with their dates.
        wikidata: Wikidata item id (``"Q7768"``), where one is known.
        wikidata_checked: How and when the Wikidata id was checked (the source that
            confirms it); ``None`` means the id is unverified.
        country: Actor id of the state a person or body belongs to, where known.
        description: A line saying who or what the actor is.

    >>> import asean_corpus as ac
    >>> kao = ac.load().actor("Kao Kim Hourn")
    >>> kao.id, kao.kind.value, [r.title for r in kao.roles]
    ('kao-kim-hourn', 'person', ['Secretary-General'])
    """

    id: str
    name: str
    kind: ActorKind
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    wikidata: str | None = None
    wikidata_checked: str | None = None
    country: str | None = attrs.field(default=None, metadata=refers("actors"))
    description: str | None = None


@attrs.frozen(kw_only=True)
class Topic:
    """A subject in the topic hierarchy; a topic includes its narrower topics.

    Attributes:
        id: Stable identifier (``"digital-economy"``).
        label: The name the corpus shows; queries accept it too.
        parent: Id of the broader topic, ``None`` for a top-level topic.
        description: The one-line definition used to assign the topic.

    >>> import asean_corpus as ac
    >>> t = ac.load().topic("tourism")
    >>> t.label, t.parent, t.description
    ('Tourism', 'people-to-people', 'Tourism and tourism cooperation.')
    """

    id: str
    label: str
    parent: str | None = attrs.field(default=None, metadata=refers("topics"))
    description: str


@attrs.frozen(kw_only=True)
class Event:
    """An occasion at which statements were made.

    Attributes:
        id: Stable identifier (``"jakarta-forum-2025"``).
        name: The name the corpus shows.
        kind: Summit, forum, meeting or interview.
        aliases: Other names that lookups and queries accept.
        start: First (or only) day, to the precision known.
        end: Last day, for events longer than one day.
        place: Where, if known.
        part_of: Id of a larger event this one took place at.
        evidence: Where the date and place are attested.

    >>> import asean_corpus as ac
    >>> e = ac.load().event("pdo-interview-2025")
    >>> e.kind.value, str(e.start), str(e.end), e.place, e.part_of
    ('interview', '2025-08-31', '2025-09-01', 'Tianjin', 'sco-summit-2025')
    """

    id: str
    name: str
    kind: EventKind
    aliases: tuple[str, ...] = ()
    start: PartialDate | None = None
    end: PartialDate | None = None
    place: str | None = None
    part_of: str | None = attrs.field(default=None, metadata=refers("events"))
    evidence: tuple[Evidence, ...] = ()


@attrs.frozen(kw_only=True)
class Milestone:
    """A dated step of an agreement, with the evidence for it.

    Attributes:
        kind: Launched, signed, entered into force, ...
        date: When, to the precision the evidence gives.
        place: Where, if the evidence says.
        expected: ``True`` when the evidence reports the step as planned, not done.
        evidence: An article passage or a reference fact.
        note: Anything a reader needs to weigh the evidence.

    >>> import asean_corpus as ac
    >>> m = ac.load().agreement("RCEP").milestones[0]
    >>> m.kind.value, str(m.date), m.expected, m.evidence.reference_id
    ('signed', '2020-11-15', False, 'ref-3')
    """

    kind: MilestoneKind
    date: PartialDate | None = None
    place: str | None = None
    expected: bool = False
    evidence: Evidence
    note: str | None = None


@attrs.frozen(kw_only=True)
class Agreement:
    """An agreement, partnership or initiative the articles mention.

    Attributes:
        id: Stable identifier (``"rcep"``).
        name: The name the corpus shows.
        kind: Free trade agreement, protocol, partnership, ...
        aliases: Other names and abbreviations that lookups and queries accept.
        parties: Actor ids of the parties, where the evidence names them.
        parent: Id of the agreement this one upgrades or implements.
        description: A line saying what the agreement is.
        milestones: Its dated steps, each with its evidence, in corpus order.

    >>> import asean_corpus as ac
    >>> upgrade = ac.load().agreement("acfta-3")
    >>> upgrade.name, upgrade.kind.value, upgrade.parent
    ('ACFTA 3.0 Upgrade Protocol', 'protocol', 'acfta')
    """

    id: str
    name: str
    kind: AgreementKind
    aliases: tuple[str, ...] = ()
    parties: tuple[str, ...] = attrs.field(default=(), metadata=refers("actors"))
    parent: str | None = attrs.field(default=None, metadata=refers("agreements"))
    description: str | None = None
    milestones: tuple[Milestone, ...] = ()


@attrs.frozen(kw_only=True)
class Reference:
    """A checked fact from outside the articles, with its sources.

    Attributes:
        id: Stable identifier.
        fact: The fact, in one sentence.
        precision: How precisely the sources date it (``"day"``, ``"month"``, ...).
        sources: Where it was checked (publication and address).
        confidence: How well the sources establish it.
        checked_on: When it was checked.

    >>> import asean_corpus as ac
    >>> ref = ac.load().reference("ref-10")
    >>> ref.fact, ref.confidence.value, str(ref.checked_on)
    ('SCO Summit Tianjin 2025-08-31 to 2025-09-01', 'high', '2026-11-22')
    """

    id: str
    fact: str
    precision: str | None = None
    sources: tuple[str, ...]
    confidence: Confidence
    checked_on: _dt.date


@attrs.frozen(kw_only=True, repr=False)
class Statement:
    """Something an actor said or wrote, as one article reports it.

    A statement made jointly ("both sides acknowledged") has several speakers: the
    one the article names first in ``speaker_id``, the others in ``co_speakers``;
    ``speakers`` gives them all, and a query for any of them finds the statement.

    Its ``repr`` is short: the id, the speaker (``+1`` for each co-speaker), the date
    as :attr:`date_text` gives it, the mode and the text, cut after 50 characters.
    Equality and hashing cover every field.

    >>> Statement(
    ...     id="a003-s01", article_id="a003", speaker_id="kao-kim-hourn",
    ...     text="cooperation with the SCO", span=Span(0, 24),
    ...     mode=Mode.REPORTED, verbatim=False, said_on=PartialDate(2025, 8, 31),
    ...     said_until=PartialDate(2025, 9, 1), date_basis=DateBasis.EVENT,
    ... )
    <Statement a003-s01 kao-kim-hourn 2025-08-31/2025-09-01 reported: 'cooperation with the SCO'>

    Attributes:
        id: Stable identifier; it survives rebuilds of the corpus.
        article_id: The article that reports the statement.
        speaker_id: The actor who said or wrote it; of a joint statement, the speaker
            the article names first.
        co_speakers: The other speakers of a joint statement, in the article's order.
        text: What was said, exactly as in the article: ``body[span.start:span.end]``.
        span: Where ``text`` is in the article body (quotation marks excluded).
        mode: Direct quote, partial quote, reported speech, or authored text.
        verbatim: Whether ``text`` is the speaker's own words, apart from the
            ``insertions``.
        insertions: Where the article inserted its own words into the speaker's
            (``"(areas of)"`` in a quotation), as spans of the body inside ``span``.
        cue: The reporting verb or phrase (``"said"``, ``"stressed"``), where there is one.
        mention: How the article names the speaker at this point (``"he"``, ``"the
            secretary-general"``), resolved to ``speaker_id``.
        mention_span: Where ``mention`` is in the body.
        via: Actor ids of the intermediaries the article names between the speaker and
            itself (``("xinhua",)`` for "According to Xinhua ..."), nearest the speaker last.
        attribution: How the speaker was determined (named in the sentence, carried
            from an earlier one, resolved from an office, or inferred); ``None`` when
            not recorded.
        said_on: When it was said; ``None`` when unknown.
        said_until: For a statement known only to fall within a range of days (a
            two-day summit), the last possible day; ``None`` otherwise.
        date_basis: Where ``said_on`` comes from.
        date_evidence: The text the date was read from (``"On the 19th"``), if any.
        event_id: The event it was said at, if known.
        topics: Topic ids.
        agreements: Ids of the agreements and initiatives it mentions.
        note: The annotator's note: how the speaker or date was resolved, doubts.

    >>> import asean_corpus as ac
    >>> s = ac.load().statement("a003-s16")
    >>> s.text, s.speaker_id, s.mode.value, s.verbatim, s.mention
    ('the new five-year action plan.', 'kao-kim-hourn', 'reported', False, 'he')
    >>> str(s.said_on), str(s.said_until), s.event_id, sorted(s.agreements)
    ('2025-08-31', '2025-09-01', 'pdo-interview-2025', ['csp-plan-2026-2030'])
    """

    id: str
    article_id: str = attrs.field(metadata=refers("articles", shown="title"))
    speaker_id: str = attrs.field(metadata=refers("actors", shown="name"))
    co_speakers: tuple[str, ...] = attrs.field(default=(), metadata=refers("actors", shown="name"))
    text: str
    span: Span = attrs.field(metadata=span_of("text", "article_id"))
    mode: Mode
    verbatim: bool
    insertions: tuple[Span, ...] = ()
    cue: str | None = attrs.field(default=None, metadata=vocabulary())
    mention: str | None = attrs.field(default=None, metadata=vocabulary())
    mention_span: Span | None = attrs.field(default=None, metadata=span_of("mention", "article_id"))
    via: tuple[str, ...] = attrs.field(default=(), metadata=refers("actors"))
    attribution: Attribution | None = None
    said_on: PartialDate | None = None
    said_until: PartialDate | None = None
    date_basis: DateBasis = DateBasis.UNKNOWN
    date_evidence: str | None = attrs.field(default=None, metadata=vocabulary())
    event_id: str | None = attrs.field(default=None, metadata=refers("events"))
    topics: frozenset[str] = attrs.field(default=frozenset(), metadata=refers("topics"))
    agreements: frozenset[str] = attrs.field(default=frozenset(), metadata=refers("agreements"))
    note: str | None = None

    def __repr__(self) -> str:
        speaker = self.speaker_id
        if self.co_speakers:
            speaker += f" +{len(self.co_speakers)}"
        text = self.text if len(self.text) <= _REPR_TEXT else self.text[: _REPR_TEXT - 3] + "..."
        return (
            f"<Statement {self.id} {speaker} {self.date_text or 'undated'} "
            f"{self.mode.value}: {text!r}>"
        )

    @property
    def speakers(self) -> tuple[str, ...]:
        """The actor ids of every speaker, ``speaker_id`` first, then the ``co_speakers``.

        >>> import asean_corpus as ac
        >>> ac.load().statement("a004-s06").speakers
        ('kao-kim-hourn', 'peoples-daily')
        """
        return (self.speaker_id, *self.co_speakers) if self.co_speakers else (self.speaker_id,)

    @property
    def date_text(self) -> str | None:
        """The date as text, ``said_on`` or for a range ``said_on/said_until`` (ISO 8601).

        ``"2025-06-19"``, ``"2025-06"``, ``"2025-08-31/2025-09-01"``; ``None`` when the
        date is unknown. The command line, the exports (column ``date_text``) and the
        ``repr`` show a statement's date in this form.
        """
        if self.said_on is None:
            return None
        if self.said_until is None or self.said_until == self.said_on:
            return str(self.said_on)
        return f"{self.said_on}/{self.said_until}"

    @property
    def earliest(self) -> _dt.date | None:
        """The first day the statement may have been made, ``None`` if undated.

        >>> import asean_corpus as ac
        >>> ac.load().statement("a003-s10").earliest
        datetime.date(2025, 8, 31)
        """
        return None if self.said_on is None else self.said_on.earliest

    @property
    def latest(self) -> _dt.date | None:
        """The last day the statement may have been made, ``None`` if undated.

        >>> import asean_corpus as ac
        >>> ac.load().statement("a003-s10").latest
        datetime.date(2025, 9, 1)
        """
        if self.said_on is None:
            return None
        return (self.said_until or self.said_on).latest


@attrs.frozen(kw_only=True)
class Conflict:
    """A claim an article makes that other evidence contradicts.

    Attributes:
        id: Stable identifier.
        article_id: The article making the claim.
        span: Where the claim is in the body.
        text: The claim, ``body[span.start:span.end]``.
        conflicts_with: The evidence it contradicts: passages of other articles, or
            reference facts.
        description: What the disagreement is, in one or two sentences.
        subjects: Ids of the agreements, events or actors the claim is about.

    >>> import asean_corpus as ac
    >>> c = ac.load().conflicts[0]
    >>> c.id, c.text, sorted(c.subjects)
    ('a000-c01', 'ten-member bloc', ['asean', 'timor-leste'])
    """

    id: str
    article_id: str = attrs.field(metadata=refers("articles", shown="title"))
    span: Span = attrs.field(metadata=span_of("text", "article_id"))
    text: str
    conflicts_with: tuple[Evidence, ...]
    description: str
    subjects: frozenset[str] = attrs.field(
        default=frozenset(), metadata=refers("agreements", "events", "actors")
    )


@attrs.frozen(kw_only=True)
class Context:
    """A statement in the text around it, for reading it as the article presents it.

    Made by :meth:`asean_corpus.Corpus.context`.

    Attributes:
        statement: The statement.
        article: Its article.
        before: Body text just before the statement (cut at a word boundary).
        after: Body text just after it.
        clipped_before: Whether ``before`` starts after the beginning of the body.
        clipped_after: Whether ``after`` ends before the end of the body.

    >>> import asean_corpus as ac
    >>> context = ac.load().context("a003-s16", chars=30)
    >>> context.before, context.clipped_before
    ('relations, he introduced ', True)
    """

    statement: Statement
    article: Article
    before: str
    after: str
    clipped_before: bool
    clipped_after: bool

    @property
    def text(self) -> str:
        """The statement's text.

        >>> import asean_corpus as ac
        >>> ac.load().context("a003-s16").text
        'the new five-year action plan.'
        """
        return self.statement.text

    def highlight(self, left: str = "[[", right: str = "]]", ellipsis: str = "...") -> str:
        """The passage with the statement marked, and ``ellipsis`` where text was cut.

        >>> import asean_corpus as ac
        >>> context = ac.load().context("a003-s16", chars=20)
        >>> print(context.highlight("[", "]", ellipsis="\N{HORIZONTAL ELLIPSIS}"))
        …he introduced [the new five-year action plan.] "The new five-year…
        """
        head = ellipsis if self.clipped_before else ""
        tail = ellipsis if self.clipped_after else ""
        return f"{head}{self.before}{left}{self.text}{right}{self.after}{tail}"

    def __str__(self) -> str:
        return self.highlight()

    def _repr_html_(self) -> str:
        """HTML for notebooks: the statement marked, the speaker's mention underlined."""
        import html

        s = self.statement
        body = self.article.body
        lo, hi = s.span.start - len(self.before), s.span.end + len(self.after)
        marks = [(s.span.start, s.span.end, "<mark>", "</mark>")]
        m = s.mention_span
        outside = m is not None and (m.end <= s.span.start or m.start >= s.span.end)
        if m is not None and outside and lo <= m.start and m.end <= hi:
            marks.append((m.start, m.end, "<u>", "</u>"))
        pieces, at = [], lo
        for start, end, opening, closing in sorted(marks):
            pieces += [html.escape(body[at:start]), opening, html.escape(body[start:end])]
            pieces.append(closing)
            at = end
        pieces.append(html.escape(body[at:hi]))
        text = "".join(pieces).replace("\n\n", "<br><br>")
        head = "&hellip;" if self.clipped_before else ""
        tail = "&hellip;" if self.clipped_after else ""
        where = f"{html.escape(self.article.id)} [{s.span.start}:{s.span.end}]"
        return (
            f"<div><b>{html.escape(s.id)}</b> ({html.escape(s.mode.value)}, "
            f"{html.escape(s.date_text or 'undated')}) in {where}"
            f"<p>{head}{text}{tail}</p></div>"
        )


@attrs.frozen(kw_only=True)
class StatementView:
    """A statement with the records it refers to: no ids to look up by hand.

    Made by :meth:`asean_corpus.Corpus.view`. Collections keep the corpus's order
    (the order of its registries), except ``speakers``, which keeps the statement's.

    Attributes:
        statement: The statement.
        article: The article that reports it.
        speakers: Every speaker, the lead speaker first (see
            :attr:`Statement.speakers`).
        via: The intermediaries the article names (``Statement.via``).
        event: The event it was made at, ``None`` when not known.
        agreements: The agreements and initiatives it mentions.
        topics: Its topics (as tagged; broader topics are not added).

    See :meth:`asean_corpus.Corpus.view` for an example.
    """

    statement: Statement
    article: Article
    speakers: tuple[Actor, ...]
    via: tuple[Actor, ...] = ()
    event: Event | None = None
    agreements: tuple[Agreement, ...] = ()
    topics: tuple[Topic, ...] = ()

    @property
    def speaker(self) -> Actor:
        """The lead speaker (of a joint statement, the one the article names first)."""
        return self.speakers[0]

    @property
    def co_speakers(self) -> tuple[Actor, ...]:
        """The other speakers of a joint statement."""
        return self.speakers[1:]

    def __repr__(self) -> str:
        names = " and ".join(a.name for a in self.speakers)
        return f"<StatementView {self.statement.id}: {names} in {self.article.id}>"
