"""The bundled data: its provenance, its reproducibility, and the rules a user relies on.

These tests read the project's ``seeds/`` and ``annotations/`` folders (both shipped in
the sdist) and the bundled ``corpus.json``. They fail when the shipped file drifts from
its sources, when a seed text changes, or when a curation rule of the annotation guide
is broken.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import tomllib
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import TypeVar

import pytest
from tests._rules import first_day, fold, interval, last_day

import asean_corpus as ac
from asean_corpus import (
    ActorKind,
    AnnotationError,
    ArticleEvidence,
    Corpus,
    DateBasis,
    InvalidCorpusError,
    Mode,
    PartialDate,
    ReferenceEvidence,
    ReliabilityLevel,
    bundled,
)
from asean_corpus.bundled import _load_bundled
from asean_corpus.io.jsonfile import dumps

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
ANNOTATIONS = ROOT / "annotations"
DATA = ROOT / "src" / "asean_corpus" / "data"
FACTS = ANNOTATIONS / "sources" / "facts.md"

# The statement ids of data version 0.1.0, per article. Ids are never renumbered or
# reused: a later version may add statements, or withdraw one and say so in the
# changelog, never silently drop or rename them.
IDS_0_1_0 = {"a000": 7, "a001": 8, "a002": 16, "a003": 32, "a004": 11}

# Statements withdrawn, with the data version that withdrew them.
WITHDRAWN = {"a002-s01": "0.2.0", "a003-s28": "0.2.0", "a004-s03": "0.2.0"}
CHANGELOG = ROOT / "CHANGELOG.md"

# The conflicting claims listed at the end of facts.md, as (raw file, words of the claim).
FACTS_CONFLICTS = [
    ("000_54b525456a104416.txt", "ten-member bloc"),
    ("000_54b525456a104416.txt", "Active Negotiation/Upgrade"),
    ("004_e924c9aafb166265.txt", "May 23-28, 2025"),
    ("004_e924c9aafb166265.txt", "August 28th, 2025"),
]

# Wikidata ids that ref-14 lists; the others in actors.toml were read from stored public
# sources named in each actor's wikidata_checked.
WIKIDATA_REF_14 = {"asean": "Q7768", "china": "Q148", "sco": "Q485207"}

# Words by which an article may name a speaker without naming them.
PRONOUNS = {"he", "him", "his", "she", "her", "they", "them"}
JOINT = {"both parties", "both sides"}

# Lines of page furniture that must never reach an article body.
FURNITURE = [
    "Leave a Comment",
    "Akismet",
    "Adblock",
    "You may also like",
    "Photo of author",
    "Illustration: Liu Rui/GT",
    "OPINION / VIEWPOINT",
    "Home »",
    "Exclusive with Secretary-General",
    "相关报道",
    "联合日报newsroom",
    "Published",
    "by James Carter",
    "Share your perspectives in the comments",
    "How do you perceive",
]

QUOTES = '"“”'

T = TypeVar("T")


def some(items: Iterable[T], what: str) -> list[T]:
    """``items`` as a list, which must not be empty: a rule checked on nothing checks nothing."""
    found = list(items)
    assert found, f"no {what} in the bundled corpus to check the rule on"
    return found


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    """The bundled corpus."""
    return ac.load()


@pytest.fixture(scope="module")
def rebuilt() -> Corpus:
    """The corpus rebuilt from the seeds and annotation files."""
    return ac.build(SEEDS, ANNOTATIONS)


def _sums() -> dict[str, str]:
    out = {}
    for line in (SEEDS / "SHA256SUMS").read_text(encoding="utf-8").splitlines():
        digest, name = line.split(maxsplit=1)
        out[Path(name).name] = digest
    return out


class TestSeeds:
    def test_seeds_match_checksums(self) -> None:
        """Every raw text is byte for byte the one SHA256SUMS records."""
        sums = _sums()
        assert len(sums) == 5
        for name, digest in sums.items():
            assert digest == hashlib.sha256((SEEDS / name).read_bytes()).hexdigest(), name

    def test_no_unlisted_seed(self) -> None:
        """Every raw text in seeds/ is listed in SHA256SUMS."""
        assert sorted(_sums()) == sorted(p.name for p in SEEDS.glob("*.txt"))

    def test_every_seed_has_one_article(self, corpus: Corpus) -> None:
        """Each seed is one article, named by its prefix, carrying the seed's checksum."""
        sums = _sums()
        assert [a.source_file for a in corpus.articles] == sorted(sums)
        for article in corpus.articles:
            assert f"a{article.source_file[:3]}" == article.id
            assert sums[article.source_file] == article.source_sha256

    def test_annotation_file_named_after_seed(self) -> None:
        """annotations/articles/<raw file stem>.toml exists for every seed and no other."""
        stems = sorted(Path(name).stem for name in _sums())
        assert stems == sorted(p.stem for p in (ANNOTATIONS / "articles").glob("*.toml"))


class TestBundledData:
    def test_rebuild_equals_bundled(self, corpus: Corpus, rebuilt: Corpus) -> None:
        """Rebuilding from seeds/ and annotations/ gives exactly the shipped corpus."""
        assert rebuilt == corpus

    def test_file_is_the_build_output(self, rebuilt: Corpus) -> None:
        """corpus.json is byte for byte what 'asean-corpus build' writes."""
        assert dumps(rebuilt, indent=1) == (DATA / "corpus.json").read_text(encoding="utf-8")

    def test_checksum_recorded(self) -> None:
        """corpus.json.sha256 records the SHA-256 of corpus.json."""
        digest = hashlib.sha256((DATA / "corpus.json").read_bytes()).hexdigest()
        expected = f"{digest}  corpus.json\n"
        assert expected == (DATA / "corpus.json.sha256").read_text(encoding="utf-8")

    def test_corrupted_bundle_refused(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A bundled file that does not match its checksum is refused, not loaded."""
        data = tmp_path / "data"
        shutil.copytree(DATA, data)
        text = (data / "corpus.json").read_text(encoding="utf-8")
        (data / "corpus.json").write_text(text.replace("Kao Kim Hourn", "Kao Kim Horn", 1))
        monkeypatch.setattr(bundled, "_read", lambda name: (data / name).read_bytes())
        with pytest.raises(InvalidCorpusError, match="checksum mismatch"):
            _load_bundled()

    @pytest.mark.parametrize("data", [b"", b"corpus", bytes(range(256)) * 300])
    def test_checksum_is_sha256(self, data: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
        """The checksum the bundled load verifies is hashlib's SHA-256, from CPython's own
        module or, in a Python without one, from hashlib."""
        import importlib
        import types

        assert hashlib.sha256(data).hexdigest() == bundled.sha256_hex(data)
        used: list[str] = []
        real = importlib.import_module

        def without_builtins(name: str) -> types.ModuleType:
            used.append(name)
            if name in ("_sha2", "_sha256"):
                raise ImportError(name)
            return real(name)

        monkeypatch.setattr(importlib, "import_module", without_builtins)
        assert hashlib.sha256(data).hexdigest() == bundled.sha256_hex(data)
        assert ["_sha2", "_sha256", "hashlib"] == used

    def test_stable_statement_ids(self, corpus: Corpus) -> None:
        """Every statement id of data version 0.1.0 still names a statement of its article,
        unless it was withdrawn; a withdrawn id is never given to another statement."""
        for article_id, count in IDS_0_1_0.items():
            for n in range(1, count + 1):
                sid = f"{article_id}-s{n:02d}"
                if sid in WITHDRAWN:
                    assert corpus.get_statement(sid) is None, sid
                else:
                    assert article_id == corpus.statement(sid).article_id

    def test_withdrawn_ids_in_changelog(self) -> None:
        """Each withdrawn statement is listed under its data version in the changelog."""
        text = CHANGELOG.read_text(encoding="utf-8")
        for sid, version in WITHDRAWN.items():
            match = re.search(
                rf"^### Data {re.escape(version)}\b(.*?)(?=^### |\Z)", text, re.M | re.S
            )
            assert match, version
            assert f"`{sid}`" in match.group(1), sid


class TestAnnotationMistakes:
    def test_mistyped_passage_is_reported(self, tmp_path: Path) -> None:
        """A passage that is not in the article is reported with the closest one that is."""
        copy = tmp_path / "annotations"
        shutil.copytree(ANNOTATIONS, copy)
        path = copy / "articles" / "003_494b1cdd482e1d9f.toml"
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace('"the new five-year action plan."', '"the new 5-year plan."'))
        with pytest.raises(
            AnnotationError, match=r"a003-s16.*closest passage.*'the new five-year action"
        ):
            ac.build(SEEDS, copy)

    def test_unknown_speaker_is_reported(self, tmp_path: Path) -> None:
        """A speaker id that is not in actors.toml is reported with the statement's id."""
        copy = tmp_path / "annotations"
        shutil.copytree(ANNOTATIONS, copy)
        path = copy / "articles" / "003_494b1cdd482e1d9f.toml"
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace('speaker = "kao-kim-hourn"', 'speaker = "kao-kim-horn"', 1))
        with pytest.raises(AnnotationError, match=r"a003-s01.*unknown actor 'kao-kim-horn'"):
            ac.build(SEEDS, copy)


class TestArticles:
    def test_no_page_furniture_in_bodies(self, corpus: Corpus) -> None:
        """No body keeps comment forms, captions, bylines, banners or reader prompts."""
        for article in corpus.articles:
            for furniture in FURNITURE:
                assert furniture not in article.body, (article.id, furniture)

    def test_every_article_assessed(self, corpus: Corpus) -> None:
        """Every article has a reliability level with reasons."""
        for article in corpus.articles:
            assert article.reliability.reasons, article.id

    def test_weak_sources_flagged(self, corpus: Corpus) -> None:
        """The two articles with no named outlet or sources are rated low."""
        low = {a.id for a in corpus.articles if a.reliability.level is ReliabilityLevel.LOW}
        assert {"a000", "a004"} == low

    def test_dates_have_their_basis(self, corpus: Corpus) -> None:
        """A publication date always says where it was read from; an unknown one says why."""
        for article in corpus.articles:
            assert article.published_basis, article.id
            if article.published is not None:
                assert article.published.precision.value == "day", article.id

    def test_unknown_publisher_is_none(self, corpus: Corpus) -> None:
        """Articles whose page names no outlet have no publisher, and a note saying so."""
        for article_id in ("a000", "a004"):
            article = corpus.article(article_id)
            assert article.publisher is None
            assert any("outlet" in note for note in article.notes), article_id


class TestStatements:
    def test_ids_follow_article(self, corpus: Corpus) -> None:
        """Statement ids are '<article id>-sNN' of their own article."""
        for s in corpus.statements:
            assert re.fullmatch(rf"{s.article_id}-s\d{{2,}}", s.id), s.id

    def test_spans_are_trimmed(self, corpus: Corpus) -> None:
        """A statement starts and ends on text, never on whitespace or a 'that'."""
        for s in corpus.statements:
            assert s.text == s.text.strip(), s.id
            assert not s.text.startswith("that "), s.id

    def test_direct_quotes_are_inside_quotation_marks(self, corpus: Corpus) -> None:
        """A direct quote is verbatim and runs exactly from one quotation mark to the next."""
        for s in some((s for s in corpus.statements if s.mode is Mode.DIRECT_QUOTE), "quote"):
            body = corpus.article(s.article_id).body
            assert s.verbatim, s.id
            assert body[s.span.start - 1] in QUOTES, s.id
            after = body[s.span.end : s.span.end + 2]
            assert after[:1] in QUOTES or after == ',"', s.id
            assert not any(q in s.text for q in QUOTES), s.id

    def test_partial_quotes_quote(self, corpus: Corpus) -> None:
        """A partial quote is not verbatim as a whole and contains the quoted words."""
        for s in some((s for s in corpus.statements if s.mode is Mode.PARTIAL_QUOTE), "quote"):
            assert not s.verbatim, s.id
            assert any(q in s.text for q in QUOTES), s.id

    def test_reported_speech_is_not_verbatim(self, corpus: Corpus) -> None:
        """Reported speech is a paraphrase, has a cue, and contains no quotation."""
        for s in some((s for s in corpus.statements if s.mode is Mode.REPORTED), "report"):
            assert not s.verbatim, s.id
            assert s.cue, s.id
            assert not any(q in s.text for q in QUOTES), s.id

    def test_authored_text_is_by_its_authors(self, corpus: Corpus) -> None:
        """Authored statements are verbatim and written by an author or the publisher."""
        for s in some((s for s in corpus.statements if s.mode is Mode.AUTHORED), "authored"):
            article = corpus.article(s.article_id)
            assert s.verbatim, s.id
            assert s.speaker_id in (*article.authors, article.publisher), s.id

    def test_outlets_relay_not_speak(self, corpus: Corpus) -> None:
        """An outlet speaks only in its own text or as a party to a joint statement."""
        outlets = {a.id for a in corpus.actors if a.kind is ActorKind.NEWS_OUTLET}
        speaking = (s for s in corpus.statements if outlets.intersection(s.speakers))
        for s in some(speaking, "outlet"):
            assert s.mode is Mode.AUTHORED or outlets.intersection(s.co_speakers), s.id

    def test_xinhua_chain(self, corpus: Corpus) -> None:
        """a001's statements after 'According to Xinhua News Agency' are relayed by Xinhua."""
        body = corpus.article("a001").body
        start = body.index("According to Xinhua News Agency")
        found = corpus.find_statements(article="a001")
        assert {s.id for s in corpus.statements if s.article_id == "a001"} == {s.id for s in found}
        assert {True, False} == {s.span.start > start for s in found}
        for s in found:
            assert (s.via == ("xinhua",)) == (s.span.start > start), s.id

    def test_every_statement_has_a_topic(self, corpus: Corpus) -> None:
        """Every statement is assigned at least one topic."""
        assert [] == [s.id for s in corpus.statements if not s.topics]

    def test_named_agreements_are_tagged(self, corpus: Corpus) -> None:
        """A statement that names an agreement (or alias) is tagged with it or a narrower one."""
        children: dict[str, set[str]] = {a.id: {a.id} for a in corpus.agreements}
        for agreement in corpus.agreements:
            parent = agreement.parent
            while parent is not None:
                children[parent].add(agreement.id)
                parent = corpus.agreement(parent).parent
        named = []
        for s in corpus.statements:
            text = fold(s.text)
            for agreement in corpus.agreements:
                for name in (agreement.name, *agreement.aliases):
                    if re.search(rf"\b{re.escape(fold(name))}\b", text):
                        named.append(s.id)
                        assert children[agreement.id] & s.agreements, (s.id, name)
        some(named, "statement naming an agreement")


class TestSpeakers:
    def test_mentions_resolve_to_speaker(self, corpus: Corpus) -> None:
        """Each mention is the speaker's name or alias, an office they hold, or a pronoun."""
        for s in corpus.statements:
            if s.mention is None:
                continue
            actor = corpus.actor(s.speaker_id)
            mention = fold(s.mention)
            names = [fold(n) for n in (actor.name, *actor.aliases)]
            titles = [fold(r.title) for r in actor.roles]
            if any(re.search(rf"\b{re.escape(n)}\b", mention) for n in names):
                continue
            if mention in PRONOUNS or mention.removeprefix("the ") in titles:
                continue
            assert mention in JOINT, (s.id, s.mention)
            assert s.note, s.id
            assert "Joint" in s.note, s.id

    def test_unnamed_speakers_explained(self, corpus: Corpus) -> None:
        """A statement whose text names no speaker at that point says who it is and why."""
        for s in some((s for s in corpus.statements if s.mention is None), "unnamed speaker"):
            assert s.note, s.id
            assert "speaker" in s.note or "attributed" in s.note, s.id

    def test_unnamed_office_resolved_by_date(self, corpus: Corpus) -> None:
        """a004's unnamed Secretary-General is the office holder on the claimed date."""
        holders = corpus.holders("ASEAN Secretary-General")
        found = corpus.find_statements(article="a004", speaker="kao-kim-hourn")
        expected = [s for s in corpus.statements if s.article_id == "a004"]
        assert {s.id for s in expected if s.speaker_id == "kao-kim-hourn"} == {s.id for s in found}
        for s in some(found, "a004 statement by Kao Kim Hourn"):
            assert s.said_on is not None
            day = first_day(s.said_on)
            assert ["kao-kim-hourn"] == [
                a.id for a, role in holders if role.start and first_day(role.start) <= day
            ]
            assert s.note, s.id
            assert "ref-8" in s.note, s.id

    def test_office_query_finds_kao(self, corpus: Corpus) -> None:
        """Asking for the ASEAN Secretary-General in June 2025 finds Kao Kim Hourn's speech."""
        found = corpus.find_statements(
            speaker="ASEAN Secretary-General", since="2025-06", until="2025-06"
        )
        assert {"kao-kim-hourn"} == {s.speaker_id for s in found}
        assert {PartialDate(2025, 6, 19)} == {s.said_on for s in found}
        assert len(found) == IDS_0_1_0["a001"]

    def test_every_speaker_kind_present(self, corpus: Corpus) -> None:
        """People, groups, institutes and ministries speak; an outlet only relays."""
        kinds = {corpus.actor(s.speaker_id).kind for s in corpus.statements}
        assert {
            ActorKind.PERSON,
            ActorKind.GROUP,
            ActorKind.RESEARCH_INSTITUTE,
            ActorKind.GOVERNMENT_BODY,
        } == kinds


class TestDates:
    def test_kao_statements_dated_or_explained(self, corpus: Corpus) -> None:
        """Every Kao Kim Hourn statement is dated, or undated with the reason in its note."""
        found = corpus.find_statements(speaker="kao-kim-hourn", include_undated=True)
        assert {s.id for s in corpus.statements if s.speaker_id == "kao-kim-hourn"} == {
            s.id for s in found
        }
        for s in some((s for s in found if s.said_on is None), "undated Kao statement"):
            assert s.date_basis is DateBasis.UNKNOWN, s.id
            assert s.note, s.id
            assert "Undated" in s.note, s.id

    def test_undated_statements_explained(self, corpus: Corpus) -> None:
        """Any undated statement says why in its note."""
        for s in some((s for s in corpus.statements if s.said_on is None), "undated statement"):
            assert s.note, s.id
            assert "Undated" in s.note, s.id

    def test_stated_dates_cite_text(self, corpus: Corpus) -> None:
        """A stated date gives the words it was read from, and they are in the article."""
        stated = (s for s in corpus.statements if s.date_basis is DateBasis.STATED)
        for s in some(stated, "stated date"):
            assert s.date_evidence, s.id
            assert s.date_evidence in corpus.article(s.article_id).body, s.id

    def test_publication_dates_are_the_articles(self, corpus: Corpus) -> None:
        """An authored statement is dated by its article's publication date."""
        published = (s for s in corpus.statements if s.date_basis is DateBasis.PUBLICATION)
        for s in some(published, "statement dated by publication"):
            assert s.mode is Mode.AUTHORED, s.id
            assert corpus.article(s.article_id).published == s.said_on, s.id

    def test_event_dates_are_the_events(self, corpus: Corpus) -> None:
        """A statement dated by an event carries that event's first and last day."""
        for s in some((s for s in corpus.statements if s.date_basis is DateBasis.EVENT), "event"):
            assert s.event_id is not None, s.id
            event = corpus.event(s.event_id)
            assert (event.start, event.end) == (s.said_on, s.said_until), s.id

    def test_nothing_said_after_publication(self, corpus: Corpus) -> None:
        """No statement is dated after the article that reports it was published."""
        published = {a.id: a.published for a in corpus.articles}
        dated = [
            (s, interval(s), published[s.article_id])
            for s in corpus.statements
            if s.said_on is not None and published[s.article_id] is not None
        ]
        for s, days, on in some(dated, "dated statement in a dated article"):
            assert days is not None
            assert on is not None
            assert days[1] <= last_day(on), s.id

    def test_said_in_office(self, corpus: Corpus) -> None:
        """Every dated Kao Kim Hourn statement falls within his term as Secretary-General."""
        (role,) = corpus.actor("kao-kim-hourn").roles
        assert role.start == PartialDate(2023, 1, 1)
        found = corpus.find_statements(speaker="kao-kim-hourn")
        assert {s.id for s in corpus.statements if s.speaker_id == "kao-kim-hourn"} == {
            s.id for s in found
        }
        for s in some((s for s in found if s.said_on is not None), "dated Kao statement"):
            assert s.said_on is not None
            assert first_day(s.said_on) >= first_day(role.start), s.id


class TestEvents:
    def test_events_dated_with_evidence(self, corpus: Corpus) -> None:
        """Every event has a start date, a place and evidence."""
        for event in corpus.events:
            assert event.start is not None, event.id
            assert event.place, event.id
            assert event.evidence, event.id

    def test_part_within_whole(self, corpus: Corpus) -> None:
        """An event that is part of another falls within its dates."""
        for event in some((e for e in corpus.events if e.part_of is not None), "part of an event"):
            assert event.part_of is not None
            whole = corpus.event(event.part_of)
            assert whole.start is not None
            assert event.start is not None
            assert first_day(whole.start) <= first_day(event.start), event.id
            last = last_day(event.end or event.start)
            assert last <= last_day(whole.end or whole.start), event.id

    def test_weak_event_only_from_its_article(self, corpus: Corpus) -> None:
        """The dialogue only a004 reports rests on a004 alone, and its date is a conflict."""
        event = corpus.event("peoples-daily-dialogue-2025")
        assert {"a004"} == {
            ev.article_id for ev in event.evidence if isinstance(ev, ArticleEvidence)
        }
        assert not [ev for ev in event.evidence if isinstance(ev, ReferenceEvidence)]
        assert any(event.id in c.subjects for c in corpus.conflicts)


class TestAgreements:
    def test_every_milestone_has_evidence(self, corpus: Corpus) -> None:
        """Each milestone cites a reference fact or an article passage."""
        for agreement in corpus.agreements:
            for milestone in agreement.milestones:
                evidence = milestone.evidence
                if isinstance(evidence, ReferenceEvidence):
                    assert corpus.get_reference(evidence.reference_id), agreement.id
                else:
                    assert isinstance(evidence, ArticleEvidence), agreement.id
                    assert evidence.text, agreement.id

    def test_reference_facts_are_milestones(self, corpus: Corpus) -> None:
        """Every reference fact about an agreement's steps is one of its milestones."""
        used = {
            m.evidence.reference_id
            for a in corpus.agreements
            for m in a.milestones
            if isinstance(m.evidence, ReferenceEvidence)
        }
        facts = {"1a", "1b", "1c", "2a", "2b", "2c", "2d", "3", "4a", "4b", "4c", "4d", "5"}
        facts |= {"6", "12a", "12b", "12c", "12d"}
        assert {f"ref-{n}" for n in facts} <= used

    def test_acfta_3_signing(self, corpus: Corpus) -> None:
        """ACFTA 3.0: signed 2025-10-28 by reference; a002 reports it, a001 and a003 expect it."""
        signed = [m for m in corpus.agreement("ACFTA 3.0").milestones if m.kind.value == "signed"]
        by_reference = [m for m in signed if isinstance(m.evidence, ReferenceEvidence)]
        assert [PartialDate(2025, 10, 28)] == [m.date for m in by_reference]
        reported = {
            m.evidence.article_id: m.expected
            for m in signed
            if isinstance(m.evidence, ArticleEvidence)
        }
        assert {"a001": True, "a002": False, "a003": True} == reported

    def test_expected_steps_reported_before_they_happened(self, corpus: Corpus) -> None:
        """A step an article reports as planned is from an article published before it."""
        expected = [
            (agreement, m, m.evidence)
            for agreement in corpus.agreements
            for m in agreement.milestones
            if m.expected and isinstance(m.evidence, ArticleEvidence)
        ]
        dated = 0
        for agreement, m, evidence in some(expected, "expected step"):
            published = corpus.article(evidence.article_id).published
            assert published is not None, agreement.id
            if m.date is not None:
                dated += 1
                assert first_day(published) <= last_day(m.date), agreement.id
        assert dated, "no expected step has a date to check"


class TestTopics:
    def test_every_topic_defined(self, corpus: Corpus) -> None:
        """Each topic has a one-line definition."""
        for topic in corpus.topics:
            assert topic.description.strip(), topic.id
            assert "\n" not in topic.description, topic.id
            assert topic.description.endswith("."), topic.id

    def test_required_topics(self, corpus: Corpus) -> None:
        """The topics the issue asks for are all there, under the right parents."""
        tree = {
            "trade": ["regional-integration", "investment", "rules-based-trade"],
            "digital-economy": [
                "e-commerce",
                "digital-payments",
                "ai-emerging-tech",
                "digital-infrastructure",
                "cybersecurity",
            ],
            "green-transition": [
                "renewable-energy",
                "power-grid",
                "electric-vehicles",
                "green-finance",
            ],
            "supply-chains": [],
            "connectivity": ["transport", "aviation", "belt-and-road"],
            "people-to-people": ["tourism", "visas", "education", "youth", "media"],
            "security": ["south-china-sea", "transnational-crime", "peace-stability"],
            "disaster-climate": ["disaster-management", "climate-change"],
            "multilateralism": ["asean-centrality", "sco", "inter-regional", "global-south"],
            "msmes": [],
            "public-health": [],
        }
        for root, narrower in tree.items():
            assert corpus.topic(root).parent is None, root
            for child in narrower:
                assert root == corpus.topic(child).parent, child

    def test_every_topic_in_use(self, corpus: Corpus) -> None:
        """Every narrowest topic is assigned to at least one statement."""
        used = Counter(t for s in corpus.statements for t in s.topics)
        parents = {t.parent for t in corpus.topics}
        leaves = [t.id for t in corpus.topics if t.id not in parents]
        assert [] == [t for t in leaves if not used[t]]


class TestActors:
    def test_roles_have_evidence(self, corpus: Corpus) -> None:
        """Every role cites a reference fact or an article passage."""
        for actor in corpus.actors:
            for role in actor.roles:
                assert role.evidence, (actor.id, role.title)

    def test_former_roles(self, corpus: Corpus) -> None:
        """Roles a source calls former are not current."""
        former = {(a.id, r.title) for a in corpus.actors for r in a.roles if not r.current}
        assert {("peter-tc-chang", "Deputy Director"), ("jayant-menon", "Lead Economist")} == former

    def test_wikidata_only_where_checked(self, corpus: Corpus) -> None:
        """Wikidata ids include those ref-14 lists; no unverified claim is made."""
        ids = {a.id: a.wikidata for a in corpus.actors if a.wikidata}
        assert WIKIDATA_REF_14.items() <= ids.items()
        # Unverified: no stored source gave an id, and none is claimed.
        assert corpus.actor("Kao Kim Hourn").wikidata is None
        assert "unverified" in (corpus.actor("Kao Kim Hourn").description or "")
        assert not any("No Wikidata item was found" in (a.description or "") for a in corpus.actors)

    def test_aliases_have_evidence(self, corpus: Corpus) -> None:
        """Every alias of an actor, agreement or event occurs in an article or a reference."""

        def key(text: str) -> str:
            return " ".join(text.replace("\u2019", "'").casefold().split())

        texts = [key(a.body) for a in corpus.articles] + [key(a.title) for a in corpus.articles]
        texts += [key(r.fact) for r in corpus.references]
        texts += [key(s) for r in corpus.references for s in r.sources]
        records = [*corpus.actors, *corpus.agreements, *corpus.events]
        for record in records:
            for alias in record.aliases:
                found = re.compile(rf"(?<!\w){re.escape(key(alias))}(?!\w)")
                assert any(found.search(text) for text in texts), (record.id, alias)

    def test_every_actor_in_use(self, corpus: Corpus) -> None:
        """Every actor is linked from another record or named in an article: none is invented."""
        used: set[str] = set()
        for s in corpus.statements:
            used |= {s.speaker_id, *s.via}
        for article in corpus.articles:
            used |= {*article.authors, article.publisher or ""}
        for actor in corpus.actors:
            used |= {r.organisation or "" for r in actor.roles} | {actor.country or ""}
        for agreement in corpus.agreements:
            used |= set(agreement.parties)
        for conflict in corpus.conflicts:
            used |= set(conflict.subjects)
        bodies = " ".join(a.body for a in corpus.articles)
        for actor in corpus.actors:
            if actor.id not in used:
                names = (actor.name, *actor.aliases)
                assert any(re.search(rf"\b{re.escape(n)}\b", bodies) for n in names), actor.id


class TestConflicts:
    def _bullets(self) -> list[str]:
        text = FACTS.read_text(encoding="utf-8")
        tail = text.split("worth modelling as conflicting claims:", 1)[1]
        return [line[2:] for line in tail.splitlines() if line.startswith("- ")]

    def test_facts_md_copy_is_complete(self) -> None:
        """The copy of facts.md lists the four conflicts the tests expect."""
        bullets = self._bullets()
        assert len(FACTS_CONFLICTS) == len(bullets)
        for (source, _), bullet in zip(FACTS_CONFLICTS, bullets, strict=True):
            assert bullet.startswith(source)

    def test_listed_conflicts_recorded(self, corpus: Corpus) -> None:
        """Each conflict facts.md lists is recorded on the article that makes the claim."""
        for source, claim in FACTS_CONFLICTS:
            article = next(a for a in corpus.articles if a.source_file == source)
            found = [c for c in corpus.conflicts if c.article_id == article.id and claim in c.text]
            assert len(found) == 1, claim

    def test_conflicts_cite_what_they_contradict(self, corpus: Corpus) -> None:
        """Every conflict is described, has subjects and cites its contrary evidence."""
        for conflict in corpus.conflicts:
            assert conflict.description, conflict.id
            assert conflict.subjects, conflict.id
            assert conflict.conflicts_with, conflict.id
            assert re.fullmatch(rf"{conflict.article_id}-c\d{{2}}", conflict.id)

    def test_membership_conflict(self, corpus: Corpus) -> None:
        """The 'ten-member bloc' claim cites a002's '11-nation' bloc and Timor-Leste's accession."""
        conflict = next(c for c in corpus.conflicts if "ten-member bloc" in c.text)
        texts = {ev.text for ev in conflict.conflicts_with if isinstance(ev, ArticleEvidence)}
        refs = {
            ev.reference_id for ev in conflict.conflicts_with if isinstance(ev, ReferenceEvidence)
        }
        assert {"11-nation ASEAN bloc"} == texts
        assert {"ref-7"} == refs


class TestReferences:
    def test_every_fact_row_is_a_reference(self, corpus: Corpus) -> None:
        """references.toml holds one reference per row of facts.md, in order."""
        rows = re.findall(r"^\| (\w+) \|", FACTS.read_text(encoding="utf-8"), re.MULTILINE)
        rows = [r for r in rows if r != "#"]
        assert [f"ref-{r}" for r in rows] == [r.id for r in corpus.references]

    def test_facts_text_copied(self, corpus: Corpus) -> None:
        """Each reference's fact is its row's Fact cell, word for word."""
        text = FACTS.read_text(encoding="utf-8")
        for reference in corpus.references:
            assert f"| {reference.fact} |" in text, reference.id


def _toml(name: str) -> dict:
    return tomllib.loads((ANNOTATIONS / name).read_text(encoding="utf-8"))


class TestAnnotationKeys:
    """Keys of the annotation files that data 0.2.0 introduced, read from the TOML itself."""

    def test_wikidata_checked(self) -> None:
        """Every Wikidata id says when and from which source it was checked."""
        for record in _toml("actors.toml")["actor"]:
            if "wikidata" in record:
                checked = record.get("wikidata_checked", "")
                assert re.match(r"\d{4}-\d{2}-\d{2}: .*Q\d+", checked), record["id"]
                assert record["wikidata"] in checked, record["id"]
            else:
                assert "wikidata_checked" not in record, record["id"]

    def _statements(self) -> list[tuple[str, dict]]:
        out = []
        for path in sorted((ANNOTATIONS / "articles").glob("*.toml")):
            data = tomllib.loads(path.read_text(encoding="utf-8"))
            out += [(data["id"], s) for s in data.get("statement", [])]
        return out

    def test_attribution_on_every_statement(self) -> None:
        """Every statement says how its speaker was determined, by the guide's one rule."""
        statements = self._statements()
        assert statements
        for _, s in statements:
            assert s.get("attribution") in {"named", "carried", "office", "inferred"}, s["id"]
            if s["attribution"] == "inferred":
                assert s.get("note", "").startswith("Inferred"), s["id"]
            if s["attribution"] == "office":
                assert "ref-8" in s.get("note", ""), s["id"]
            if "mention" not in s:
                assert s["attribution"] in {"carried", "inferred"}, s["id"]

    def test_joint_statements_have_co_speakers(self) -> None:
        """A joint position names its other speakers; each is a known actor, not the lead."""
        actors = {a["id"] for a in _toml("actors.toml")["actor"]}
        for _, s in self._statements():
            joint = s.get("mention", "").casefold() in JOINT
            assert joint == bool(s.get("co_speakers")), s["id"]
            for other in s.get("co_speakers", []):
                assert other in actors, s["id"]
                assert other != s["speaker"], s["id"]

    def test_insertions_inside_quotations(self) -> None:
        """Insertions are passages of a verbatim quotation; every parenthesis in one is listed."""
        for _, s in self._statements():
            insertions = s.get("insertions", [])
            for insertion in insertions:
                assert insertion in s["passage"], s["id"]
                assert s["verbatim"], s["id"]
            if s["mode"] == "direct_quote":
                rest = s["passage"]
                for insertion in insertions:
                    rest = rest.replace(insertion, "")
                assert "(" not in rest, s["id"]
                assert "[" not in rest, s["id"]

    def test_source_addresses(self) -> None:
        """An article's address comes with the day it was checked against a stored copy."""
        for path in sorted((ANNOTATIONS / "articles").glob("*.toml")):
            data = tomllib.loads(path.read_text(encoding="utf-8"))
            if "url" in data:
                assert re.fullmatch(r"https?://\S+", data["url"]), data["id"]
                assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", data["url_checked_on"]), data["id"]
                assert any("Address:" in note for note in data["notes"]), data["id"]
            else:
                assert "url_checked_on" not in data, data["id"]
