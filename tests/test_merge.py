"""Corpus.merge: records by id, identical duplicates kept once, every clash listed."""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest
from tests._corpora import other_corpus, small_corpus

import asean_corpus as ac
from asean_corpus import (
    Actor,
    ActorKind,
    Corpus,
    CorpusError,
    MergeConflictError,
    Topic,
)


class TestMerge:
    def test_new_records_are_added_after_the_first_corpus(self) -> None:
        """The merged tables hold the first corpus's records, then the new ones."""
        first, second = small_corpus(), other_corpus()
        merged = first.merge(second)
        assert [*(a.id for a in first.articles), "b1"] == [a.id for a in merged.articles]
        assert [*(s.id for s in first.statements), "b1-s1"] == [s.id for s in merged.statements]

    def test_identical_duplicates_are_kept_once(self) -> None:
        """The same actor and topic in both corpora appear once."""
        merged = small_corpus().merge(other_corpus())
        assert 1 == [a.id for a in merged.actors].count("bo")
        assert 1 == [t.id for t in merged.topics].count("security")
        assert len(small_corpus().actors) == len(merged.actors)

    def test_merged_corpus_answers_queries_over_both(self) -> None:
        """A query on the merged corpus finds statements from both."""
        merged = small_corpus().merge(other_corpus())
        found = merged.find_statements(speaker="Bo Li")
        assert ["a2-s1", "b1-s1"] == [s.id for s in found]

    def test_merging_a_corpus_with_itself_changes_nothing(self) -> None:
        """A corpus merged with an equal corpus is equal to it."""
        assert small_corpus() == small_corpus().merge(small_corpus())

    def test_merging_with_an_empty_corpus(self) -> None:
        """The empty corpus is neutral on either side."""
        corpus = small_corpus()
        assert corpus == corpus.merge(Corpus())
        assert corpus == Corpus().merge(corpus)

    def test_the_inputs_are_unchanged(self) -> None:
        """Merging makes a new corpus and leaves both inputs as they were."""
        first, second = small_corpus(), other_corpus()
        first.merge(second)
        assert small_corpus() == first
        assert other_corpus() == second

    def test_every_clash_is_listed_by_table_and_id(self) -> None:
        """Different records under one id are refused; each clash names table, id and field."""
        second = other_corpus()
        bo = next(a for a in second.actors if a.id == "bo")
        second = attrs.evolve(
            second,
            actors=tuple(attrs.evolve(a, name="Bo Lee") if a is bo else a for a in second.actors),
            topics=(Topic(id="security", label="Safety", description="Security."),),
        )
        with pytest.raises(MergeConflictError) as info:
            small_corpus().merge(second)
        assert (("actors", "bo"), ("topics", "security")) == info.value.clashes
        message = str(info.value)
        assert "cannot merge: 2 ids name different records" in message
        assert "actors 'bo': name 'Bo Li' vs 'Bo Lee'" in message
        assert "topics 'security': label 'Security' vs 'Safety'" in message
        assert isinstance(info.value, CorpusError)

    def test_a_clash_in_several_fields_names_them(self) -> None:
        """A clash in several fields lists the fields."""
        second = other_corpus()
        changed = Actor(id="bo", name="Bo Lee", kind=ActorKind.GROUP)
        second = attrs.evolve(
            second, actors=tuple(changed if a.id == "bo" else a for a in second.actors)
        )
        with pytest.raises(MergeConflictError, match="they differ in name, kind, roles"):
            small_corpus().merge(second)

    def test_keep_and_replace_policies(self) -> None:
        """on_conflict keeps the first corpus's record or takes the second's, in place."""
        first = small_corpus()
        renamed = tuple(
            attrs.evolve(a, name="Bo Lee") if a.id == "bo" else a for a in other_corpus().actors
        )
        second = attrs.evolve(other_corpus(), actors=renamed)
        kept = first.merge(second, on_conflict="keep")
        taken = first.merge(second, on_conflict="replace")
        position = [a.id for a in first.actors].index("bo")
        assert "Bo Li" == kept.actors[position].name
        assert "Bo Lee" == taken.actors[position].name
        assert [a.id for a in kept.actors] == [a.id for a in taken.actors]
        assert taken.find_statements(speaker="Bo Lee")

    def test_unknown_policy_is_refused(self) -> None:
        """A policy that is not one of the three is refused, listing them."""
        with pytest.raises(ac.InvalidQueryError, match="on_conflict: expected one of 'raise'"):
            small_corpus().merge(other_corpus(), on_conflict="ours")  # type: ignore[arg-type]
        with pytest.raises(ac.InvalidQueryError, match="expected a Corpus, got str"):
            small_corpus().merge("other.json")  # type: ignore[arg-type]

    def test_merge_then_save_and_load(self, tmp_path: Path) -> None:
        """A merged corpus saves and loads like any other."""
        merged = small_corpus().merge(other_corpus())
        merged.save(tmp_path / "merged.json")
        assert merged == ac.load(tmp_path / "merged.json")
