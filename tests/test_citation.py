"""Citations: what each style names, where a statement is, and the CITATION.cff file."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import attrs
import pytest
from tests._core_corpus import make_corpus

import asean_corpus as ac
from asean_corpus import citation

ROOT = Path(__file__).resolve().parents[1]
BUNDLED = ac.load()
SAMPLE = make_corpus()


class TestContent:
    """A citation names the outlet, author, title, date, address and place."""

    @pytest.mark.parametrize("style", ["apa", "chicago", "bibtex", "csl-json"])
    def test_statement_names_everything(self, style: str) -> None:
        """Each style has the authors, title, outlet, year, URL and the statement's place."""
        if style in ("apa", "chicago"):
            pytest.importorskip("citeproc")
        s = BUNDLED.statement("a002-s02")
        article = BUNDLED.article("a002")
        text = ac.cite(s, style=style)
        for part in ("Kin Phea", "Jayant Menon", "Global Times", "2025", str(article.url), s.id):
            assert part in text, (style, part)
        assert article.title.casefold()[:40] in text.casefold()
        dash = "--" if style == "bibtex" else "\u2013"
        assert f"{s.span.start}{dash}{s.span.end}" in text
        assert ac.__version__ in text

    def test_no_author_nor_outlet_names_the_title_once(self) -> None:
        """APA puts the title of a work with no author first, and does not repeat it."""
        pytest.importorskip("citeproc")
        article = SAMPLE.articles[0]
        assert (None, ()) == (article.publisher, article.authors)
        text = SAMPLE.cite(article.id, style="apa")
        assert text.startswith(article.title)
        assert 1 == text.count(article.title)

    def test_apa_form(self) -> None:
        """APA: authors, (date), title, outlet, URL, then the statement's place in
        brackets, apart from the URL."""
        pytest.importorskip("citeproc")
        expected = (
            "Kin Phea, Peter T C Chang, & Jayant Menon. (2025, November 2). China and ASEAN "
            "offer the Global South an inspiring model of pragmatic cooperation. Global "
            "Times. https://www.globaltimes.cn/page/202511/1347182.shtml [Statement a002-s02 "
            "(Kin Phea), characters 688\u20131261 of the text of article a002; "
            f"asean_corpus {ac.__version__}, data {ac.DATA_VERSION}.]"
        )
        assert expected == ac.cite("a002-s02")

    def test_the_offsets_name_the_data_they_are_of(self) -> None:
        """The bundled data's version says which text of an article the offsets count
        in; a statement of a corpus of one's own claims no version of the bundled data."""
        bundled = ac.cite("a002-s02", style="csl-json")
        assert f"data {ac.DATA_VERSION}." in bundled
        assert json.loads(bundled)[0]["custom"]["asean_corpus"]["data_version"] == ac.DATA_VERSION
        own = SAMPLE.statements[0]
        text = SAMPLE.cite(own.id, style="csl-json")
        assert f"a corpus read with asean_corpus {ac.__version__}." in text
        assert "data " not in json.loads(text)[0]["note"]
        assert json.loads(text)[0]["custom"]["asean_corpus"]["data_version"] is None

    def test_an_article_rated_low_is_flagged(self) -> None:
        """A weak source is flagged where the statement is cited, not only in the data."""
        for s in BUNDLED.statements:
            level = BUNDLED.article(s.article_id).reliability.level
            text = ac.cite(s, style="csl-json")
            flagged = "The corpus rates this article low as a source." in text
            assert flagged == (level is ac.ReliabilityLevel.LOW), s.id
            assert json.loads(text)[0]["custom"]["asean_corpus"]["reliability"] == level.value

    def test_article_has_no_statement_place(self) -> None:
        """An article's citation is the reference alone."""
        text = ac.cite("a003", style="bibtex")
        assert text.startswith("@article{a003,")
        assert "note" not in text
        assert "author = {{People's Daily Online}}" in text

    def test_joint_statement_names_every_speaker(self) -> None:
        """The place of a joint statement names all its speakers."""
        assert "(Kao Kim Hourn and People's Daily)" in ac.cite("a004-s06", style="bibtex")

    def test_unknown_date_and_no_outlet(self) -> None:
        """An undated article without an outlet is a @misc without a year."""
        text = ac.cite("a004", style="bibtex")
        assert text.startswith("@misc{a004,")
        assert "year" not in text
        item = json.loads(ac.cite("a004", style="csl-json"))[0]
        assert "issued" not in item
        assert "webpage" == item["type"]

    def test_csl_json_item(self) -> None:
        """CSL-JSON is an array of one item, with partial dates as date-parts."""
        (item,) = json.loads(ac.cite("a001-s01", style="csl-json"))
        assert "a001-s01" == item["id"]
        assert {"date-parts": [[2025, 6, 20]]} == item["issued"]
        assert {"date-parts": [[2026, 11, 27]]} == item["accessed"]
        assert [{"literal": "联合日报"}] == item["author"]
        place = item["custom"]["asean_corpus"]
        assert ("a001", 112, 297) == (place["article_id"], place["start"], place["end"])

    def test_own_corpus(self) -> None:
        """A corpus of one's own is cited from its records (no address: none given)."""
        item = json.loads(SAMPLE.cite("a1-s1", "csl-json"))[0]
        assert "Bloc chief on trade" == item["title"]
        assert "URL" not in item
        assert {"date-parts": [[2022, 12, 20]]} == item["issued"]


class TestBibtex:
    def test_special_characters_are_escaped(self) -> None:
        """TeX's special characters in a title are escaped; the year is there."""
        article = attrs.evolve(SAMPLE.article("a1"), title="Trade & growth: 50% up_ {now} #1")
        corpus = attrs.evolve(SAMPLE, articles=(article, *SAMPLE.articles[1:]))
        text = ac.cite("a1", style="bibtex", corpus=corpus)
        assert r"title = {{Trade \& growth: 50\% up\_ \{now\} \#1}}" in text
        assert "year = {2022}" in text
        assert "month = dec" in text

    def test_balanced_braces(self) -> None:
        """Every entry of the bundled corpus has balanced braces and one key."""
        for record in [*BUNDLED.articles, *BUNDLED.statements]:
            text = ac.cite(record, style="bibtex")
            assert text.count("{") - text.count(r"\{") == text.count("}") - text.count(r"\}")
            assert re.match(rf"@(article|misc)\{{{re.escape(record.id)},\n", text)

    def test_a_key_holds_only_what_bibtex_reads_as_a_key(self) -> None:
        """An id with a space, a comma or a brace went raw into the key."""
        item = {**citation.csl_item("a1", corpus=SAMPLE), "id": "a 1,{x}"}
        assert citation.bibtex(item).split("\n")[0].endswith("{a-1--x-,")

    def test_a_date_before_year_1000_has_four_digits(self) -> None:
        article = attrs.evolve(SAMPLE.article("a1"), published=ac.PartialDate(999, 3, 1))
        corpus = attrs.evolve(SAMPLE, articles=(article, *SAMPLE.articles[1:]))
        assert "date = {0999-03-01}" in ac.cite("a1", style="bibtex", corpus=corpus)


def test_chicago_puts_the_period_inside_the_quotation_marks() -> None:
    """American punctuation: "... Cooperation." Global Times (it was "...". Global Times)."""
    pytest.importorskip("citeproc")
    text = ac.cite("a002", style="chicago")
    assert "Pragmatic Cooperation.\u201d Global Times" in text
    assert "\u201d." not in text


class TestSeveral:
    """Several records cite in their order, each once, in one text of the style."""

    def test_ids_in_their_order_each_once(self) -> None:
        items = json.loads(ac.cite(["a002-s02", "a001", "a002-s02"], style="csl-json"))
        assert [i["id"] for i in items] == ["a002-s02", "a001"]
        assert items == [json.loads(ac.cite(i, style="csl-json"))[0] for i in ("a002-s02", "a001")]

    def test_entries_are_separated_by_a_blank_line(self) -> None:
        both = ac.cite(iter(["a001-s01", "a002-s02"]), style="bibtex")
        one, two = ac.cite("a001-s01", style="bibtex"), ac.cite("a002-s02", style="bibtex")
        assert both == f"{one}\n\n{two}"

    def test_formatted_styles(self) -> None:
        pytest.importorskip("citeproc")
        both = ac.cite(["a001-s01", "a002"], style="apa")
        assert both == ac.cite("a001-s01") + "\n\n" + ac.cite("a002")

    def test_results_of_a_query(self) -> None:
        corpus = ac.load()
        found = corpus.find_statements(speaker="Jayant Menon")
        items = json.loads(found.cite("csl-json"))
        assert [i["id"] for i in items] == [s.id for s in found]
        assert found.cite("bibtex") == corpus.cite(found, "bibtex")
        assert found[:0].cite("csl-json") == "[]"
        assert found[:0].cite("bibtex") == ""

    def test_results_of_a_users_corpus(self) -> None:
        """The results cite from the corpus they came from, not the bundled one."""
        found = SAMPLE.find_statements(speaker="Bo Li")
        assert found
        items = json.loads(found.cite("csl-json"))
        assert [i["id"] for i in items] == [s.id for s in found]
        assert all(i["custom"]["asean_corpus"]["data_version"] is None for i in items)

    def test_every_unknown_id_is_named(self) -> None:
        with pytest.raises(ac.UnknownRecordError) as raised:
            ac.cite(["a001-s01", "a001-s1", "zz", "a002-s02"], style="bibtex")
        assert raised.value.query == "a001-s1"
        assert "did you mean 'a001-s01'" in str(raised.value)
        assert "also not in the corpus: 'zz'" in str(raised.value)

    @pytest.mark.parametrize("bad", [[1], [b"a001"], {"a001": 1}, 3.5])
    def test_wrong_types(self, bad: object) -> None:
        with pytest.raises(ac.InvalidQueryError, match="cite: expected a Statement"):
            ac.cite(bad, style="bibtex")  # type: ignore[arg-type]


class TestErrors:
    def test_unknown_id(self) -> None:
        """An unknown id suggests near ones."""
        with pytest.raises(ac.UnknownRecordError, match="did you mean 'a001-s01'"):
            ac.cite("a001-s1", style="bibtex")

    def test_record_not_in_the_corpus(self) -> None:
        """A statement of another corpus raises what its id would."""
        with pytest.raises(ac.UnknownRecordError, match="unknown statement 'a1-s1'"):
            ac.cite(SAMPLE.statement("a1-s1"), style="bibtex")

    def test_unknown_style_and_wrong_type(self) -> None:
        """An unknown style and a wrong type are InvalidQueryError."""
        with pytest.raises(ac.InvalidQueryError, match="unknown style 'mla'"):
            ac.cite("a001", style="mla")  # type: ignore[arg-type]
        with pytest.raises(ac.InvalidQueryError, match="expected a Statement, an Article"):
            ac.cite(1)  # type: ignore[arg-type]

    def test_two_ids_where_a_list_was_meant(self) -> None:
        with pytest.raises(ac.InvalidQueryError, match=r"to cite several records, pass a list"):
            ac.cite("a001-s01", "a001-s02")  # type: ignore[arg-type]

    def test_style_names_with_spaces(self) -> None:
        assert ac.cite("a001", style="bibtex") == ac.cite("a001", style=" BibTeX ")  # type: ignore[arg-type]

    def test_style_names_in_any_case(self) -> None:
        """style="BibTeX" is bibtex: the names are not case-sensitive."""
        assert ac.cite("a001", style="bibtex") == ac.cite("a001", style="BibTeX")  # type: ignore[arg-type]

    def test_formatted_styles_need_the_extra(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Without citeproc-py, APA names the extra to install; BibTeX still works."""
        citation._style.cache_clear()
        monkeypatch.setitem(sys.modules, "citeproc", None)
        try:
            with pytest.raises(ac.MissingDependencyError, match=r"asean-corpus\[cite\]"):
                ac.cite("a001", style="apa")
            assert ac.cite("a001", style="bibtex").startswith("@article")
        finally:
            citation._style.cache_clear()


class TestCitationFile:
    """CITATION.cff says how to cite the corpus, with a release date for a year."""

    def fields(self) -> dict[str, str]:
        text = (ROOT / "CITATION.cff").read_text(encoding="utf-8")
        return dict(re.findall(r"^([a-z-]+):[ ]*(.*)$", text, re.MULTILINE))

    def test_release_date_and_version(self) -> None:
        """date-released is an ISO date (cffconvert's BibTeX year), version the package's."""
        fields = self.fields()
        assert re.fullmatch(r"'?\d{4}-\d{2}-\d{2}'?", fields["date-released"])
        assert ac.__version__ == fields["version"].strip("\"'")

    def test_preferred_citation(self) -> None:
        """preferred-citation has a type, title, authors and a year."""
        text = (ROOT / "CITATION.cff").read_text(encoding="utf-8")
        block = text.split("preferred-citation:", 1)[1]
        for key in ("type:", "title:", "authors:", "year:", "url:"):
            assert f"\n  {key}" in block, key
