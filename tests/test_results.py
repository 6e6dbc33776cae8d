"""Query results, navigation from a statement, milestones, and how statements show."""

from __future__ import annotations

import copy
import pickle
from pathlib import Path

import pytest
from tests._core_corpus import make_corpus

import asean_corpus as ac
from asean_corpus import InvalidQueryError, Statement, StatementResults

CORPUS = make_corpus()


def ids(found: tuple[Statement, ...]) -> list[str]:
    return [s.id for s in found]


class TestStatementResults:
    def test_is_the_tuple_it_was(self) -> None:
        """A result equals the tuple of its statements, and behaves as one."""
        found = CORPUS.find_statements(speaker="ana")
        plain = tuple(found)
        assert isinstance(found, tuple)
        assert plain == found
        assert found == plain
        assert hash(plain) == hash(found)
        assert 2 == len(found)
        assert plain[0] is found[0]
        assert list(plain) == list(found)
        first, second = found
        assert (first, second) == plain
        assert found.index(second) == 1
        assert found + (first,) == (*plain, first)  # noqa: RUF005 - concatenation is tested
        assert type(found + ()) is tuple  # noqa: RUF005

    def test_slices_are_results_of_the_same_corpus(self) -> None:
        """Slicing gives a StatementResults on the same corpus; head(n) is the first n."""
        found = CORPUS.find_statements()
        part = found[1:3]
        assert isinstance(part, StatementResults)
        assert part.corpus is CORPUS
        assert tuple(found)[1:3] == part
        assert found[:2] == found.head(2)
        assert found == found.head(100)
        assert () == found.head(0)

    def test_two_results_of_one_corpus_add_up_to_results(self) -> None:
        """a + b of one corpus keeps the helpers; of two corpora it is refused, not mixed."""
        ana, analysts = (
            CORPUS.find_statements(speaker="ana"),
            CORPUS.find_statements(mode="reported"),
        )
        both = ana + analysts
        assert isinstance(both, StatementResults)
        assert both.corpus is CORPUS
        assert (*ana, *analysts) == both
        assert len(both) == len(both.to_pandas())
        other = make_corpus()
        with pytest.raises(InvalidQueryError, match=r"two corpora.*tuple\(a\) \+ tuple\(b\)"):
            ana + other.find_statements(speaker="ana")
        assert (*ana, *ana) == tuple(ana) + tuple(other.find_statements(speaker="ana"))

    def test_short_repr(self) -> None:
        """The repr counts the statements and lists the first ids."""
        assert "<StatementResults: 5 statements: a1-s2, a1-s1, a2-s2, ...>" == repr(
            CORPUS.find_statements()
        )
        assert "<StatementResults: 1 statement: a2-s1>" == repr(
            CORPUS.find_statements(since="2023-02")
        )
        assert "<StatementResults: 0 statements>" == repr(CORPUS.find_statements(text="nope"))

    def test_pickles_and_copies(self) -> None:
        """A result pickles and deep-copies with its corpus."""
        found = CORPUS.find_statements(topic="energy")
        again = pickle.loads(pickle.dumps(found))
        assert isinstance(again, StatementResults)
        assert found == again
        assert CORPUS == again.corpus
        assert found == copy.deepcopy(found)

    def test_module_function_returns_results(self) -> None:
        """ac.find_statements returns results of the bundled corpus."""
        found = ac.find_statements(speaker="Jayant Menon")
        assert isinstance(found, StatementResults)
        assert ac.load() is found.corpus


class TestCountBy:
    def test_speaker_counts_joint_statements_once_per_speaker(self) -> None:
        """The two joint statements of a004 count for both their speakers."""
        found = ac.find_statements(article="a004", speaker="Kao Kim Hourn")
        counts = found.count_by("speaker")
        assert {"kao-kim-hourn": 8, "peoples-daily": 2} == counts
        assert sum(counts.values()) == len(found) + 2

    def test_month_in_date_order_with_undated_last(self) -> None:
        """Months in date order; a year-only date under its year; undated under None."""
        counts = CORPUS.find_statements().count_by("month")
        assert [("2022-12", 3), ("2023", 1), (None, 1)] == list(counts.items())
        assert {"2022": 3, "2023": 1, None: 1} == CORPUS.find_statements().count_by("year")

    def test_topic_largest_first(self) -> None:
        """Topics as tagged, largest first, ties in the corpus's order."""
        counts = CORPUS.find_statements().count_by("topic")
        assert [("energy", 2), ("economy", 1), ("e-commerce", 1)] == list(counts.items())[:3]

    def test_values_missing_under_none(self) -> None:
        """A statement at no known event counts under None, last."""
        counts = CORPUS.find_statements().count_by("event")
        assert [("summit", 1), (None, 4)] == list(counts.items())

    def test_unknown_key(self) -> None:
        """An unknown key lists the keys."""
        with pytest.raises(ac.InvalidQueryError, match="expected one of speaker, topic"):
            CORPUS.find_statements().count_by("speakers")  # type: ignore[arg-type]


class TestTables:
    def test_to_pandas_joins_names_and_titles(self) -> None:
        """to_pandas has every speaker's name, the article title and the date range."""
        pytest.importorskip("pandas")
        found = ac.find_statements(article="a004", speaker="People's Daily")
        frame = found.to_pandas()
        assert [c.name for c in ac.export.columns("statements")] == list(frame.columns)
        assert ids(found) == list(frame["id"])
        assert {"Kao Kim Hourn"} == set(frame["speaker_name"])
        assert [["People's Daily"]] * len(found) == list(frame["co_speaker_names"])
        assert {ac.load().article("a004").title} == set(frame["article_title"])
        corpus_ids = [s.id for s in ac.load().statements]
        assert [corpus_ids.index(i) for i in frame["id"]] == list(frame["corpus_index"])

    def test_to_pandas_of_a_slice_shows_the_range(self) -> None:
        """A two-day statement shows its date as an ISO interval."""
        pytest.importorskip("pandas")
        frame = CORPUS.find_statements(speaker="analysts")[:1].to_pandas()
        assert ["2022-12-31/2023-01-01"] == list(frame["date_text"])

    def test_html_table_is_escaped_and_bounded(self) -> None:
        """The notebook table escapes text, names every speaker, and stops at 20 rows."""
        every = ac.find_statements()
        page = every._repr_html_()
        assert page.count("<tr>") == 21
        assert f"and {len(every) - 20} more" in page
        joint = ac.find_statements(speaker="People's Daily")._repr_html_()
        assert "Kao Kim Hourn and People&#x27;s Daily" in joint
        assert "<script" not in page
        assert "2025-08-31/2025-09-01" in ac.find_statements(article="a003")._repr_html_()


class TestStatementShows:
    def test_repr_is_short(self) -> None:
        """A statement's repr has its id, speaker, date, mode and a clipped text."""
        for s in ac.load().statements:
            text = repr(s)
            assert len(text) < 160, text
            assert text.startswith(f"<Statement {s.id} {s.speaker_id}")
            assert s.mode.value in text

    def test_repr_of_a_range_and_of_a_joint_statement(self) -> None:
        """A two-day date shows as a range; co-speakers are counted."""
        corpus = ac.load()
        assert " 2025-08-31/2025-09-01 " in repr(corpus.statement("a003-s01"))
        assert "kao-kim-hourn +1 " in repr(corpus.statement("a004-s06"))
        assert " undated " in repr(CORPUS.statement("a1-s3"))

    def test_equality_and_hash_cover_every_field(self) -> None:
        """The short repr does not change equality or hashing."""
        import attrs

        s = CORPUS.statement("a1-s1")
        other = attrs.evolve(s, note="changed")
        assert s != other
        assert s == attrs.evolve(s)
        assert hash(s) == hash(attrs.evolve(s))

    @pytest.mark.parametrize(
        ("sid", "expected"),
        [("a1-s1", "2022-12-19"), ("a1-s2", "2022-12"), ("a2-s2", "2022-12-31/2023-01-01")],
    )
    def test_date_text(self, sid: str, expected: str) -> None:
        """date_text is said_on, or said_on/said_until for a range."""
        assert expected == CORPUS.statement(sid).date_text
        assert CORPUS.statement("a1-s3").date_text is None


class TestView:
    def test_every_record_of_a_statement(self) -> None:
        """view gives the speaker, article, event, agreements and topics as records."""
        view = CORPUS.view("a1-s1")
        assert CORPUS.actor("ana") == view.speaker
        assert (CORPUS.actor("ana"),) == view.speakers
        assert () == view.co_speakers
        assert CORPUS.article("a1") == view.article
        assert CORPUS.event("summit") == view.event
        assert (CORPUS.topic("e-commerce"),) == view.topics
        assert CORPUS.view(CORPUS.statement("a1-s2")).agreements == (CORPUS.agreement("GP"),)
        assert CORPUS.view("a1-s3").event is None

    def test_joint_statement(self) -> None:
        """Every speaker of a joint statement, the lead first."""
        view = ac.load().view("a004-s06")
        assert ["kao-kim-hourn", "peoples-daily"] == [a.id for a in view.speakers]
        assert ["peoples-daily"] == [a.id for a in view.co_speakers]
        assert "<StatementView a004-s06: Kao Kim Hourn and People's Daily in a004>" == repr(view)


class TestMilestones:
    def test_when_was_acfta_3_signed(self) -> None:
        """One call: the signing the reference record attests, not the expected ones."""
        found = ac.load().find_milestones(
            agreement="ACFTA 3.0", kind="signed", expected=False, evidence="reference"
        )
        assert [("acfta-3", "2025-10-28")] == [(a.id, str(m.date)) for a, m in found]

    def test_every_step_in_date_order(self) -> None:
        """Without filters: every milestone, by date, less precise first, undated last."""
        corpus = ac.load()
        found = corpus.find_milestones()
        assert sum(len(a.milestones) for a in corpus.agreements) == len(found)
        dated = [m.date for _, m in found if m.date is not None]
        assert dated == sorted(dated)
        assert all(m.date is None for _, m in found[len(dated) :])

    def test_article_claims_and_plans(self) -> None:
        """evidence='article' and expected=True pick the articles' reports of plans."""
        found = ac.load().find_milestones(agreement="acfta-3", evidence="article", expected=True)
        assert [("2025-10", "a003"), (None, "a001")] == [
            (None if m.date is None else str(m.date), m.evidence.article_id)  # type: ignore[union-attr]
            for _, m in found
        ]

    def test_dates_and_kinds(self) -> None:
        """since/until keep dated steps that overlap; kinds may be listed."""
        corpus = ac.load()
        found = corpus.find_milestones(
            kind=["signed", ac.MilestoneKind.ENTERED_INTO_FORCE], since="2020", until="2022"
        )
        assert {("rcep", "signed"), ("rcep", "entered_into_force")} == {
            (a.id, m.kind.value) for a, m in found
        }

    def test_errors(self) -> None:
        """Unknown agreements and kinds, and reversed ranges, are refused."""
        with pytest.raises(ac.UnknownAgreementError, match="did you mean"):
            CORPUS.find_milestones(agreement="Green Pakt")
        with pytest.raises(ac.InvalidQueryError, match="unknown MilestoneKind 'inked'"):
            CORPUS.find_milestones(kind="inked")
        with pytest.raises(ac.InvalidQueryError, match="reversed date range"):
            CORPUS.find_milestones(since="2023", until="2022")


class TestWritingResults:
    """A query's statements written as the statements table's rows, in result order."""

    def test_csv_and_jsonl_rows_are_the_tables_rows(self, tmp_path: Path) -> None:
        import csv
        import json

        found = CORPUS.find_statements(mode="reported")
        assert 0 < len(found) < len(CORPUS.statements)
        CORPUS.write_csv(tmp_path / "all.csv")
        found.write_csv(tmp_path / "found.csv")
        with (tmp_path / "all.csv").open(encoding="utf-8", newline="") as f:
            every = {row["id"]: row for row in csv.DictReader(f)}
        with (tmp_path / "found.csv").open(encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))
        assert [s.id for s in found] == [r["id"] for r in rows]
        assert all(every[r["id"]] == r for r in rows)
        found.write_jsonl(tmp_path / "found.jsonl")
        lines = (tmp_path / "found.jsonl").read_text(encoding="utf-8").splitlines()
        assert [s.id for s in found] == [json.loads(line)["id"] for line in lines]

    def test_a_weak_source_stays_flagged_in_a_spreadsheet(self, tmp_path: Path) -> None:
        import csv

        corpus = ac.load()
        weak = corpus.find_statements(reliability="low", topic="digital-economy")
        assert 0 < len(weak)
        weak.write_csv(tmp_path / "weak.csv")
        with (tmp_path / "weak.csv").open(encoding="utf-8", newline="") as f:
            assert {"low"} == {row["article_reliability"] for row in csv.DictReader(f)}

    def test_an_empty_result_writes_the_header(self, tmp_path: Path) -> None:
        found = CORPUS.find_statements(text="no statement says this")
        found.write_csv(tmp_path / "none.csv")
        assert 1 == len((tmp_path / "none.csv").read_text(encoding="utf-8").splitlines())


def test_results_need_their_corpus() -> None:
    """corpus=None was accepted and failed on first use with a raw AttributeError."""
    with pytest.raises(ac.InvalidQueryError, match="corpus must be a Corpus, got NoneType"):
        StatementResults(CORPUS.statements[:2], corpus=None)  # type: ignore[arg-type]


def test_head_takes_any_index() -> None:
    """head took only an int, though indexing takes any integer type (NumPy's)."""

    class Two:
        def __index__(self) -> int:
            return 2

    found = CORPUS.find_statements()
    assert found[:2] == found.head(Two())
    with pytest.raises(ac.InvalidQueryError, match="head: expected a count"):
        found.head(True)
