"""The statement explorer page, in a real browser, against the Python API."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import asean_corpus as ac

CORPUS = ac.load()
TOTAL = len(CORPUS.statements)
EXTENSION = Path(__file__).resolve().parents[2] / "docs" / "_ext" / "statement_explorer.py"

# Filter combinations, as find_statements keywords; each must match some statements.
CASES = [
    pytest.param({"speaker": "ASEAN Secretary-General"}, id="office"),
    pytest.param(
        {"speaker": "ASEAN Secretary-General", "include_undated": True}, id="office-undated"
    ),
    pytest.param({"topic": "people-to-people"}, id="topic-with-narrower"),
    pytest.param(
        {"speaker": "kao kim-hourn", "topic": "digital-economy", "mode": "reported"},
        id="alias-topic-mode",
    ),
    pytest.param({"since": "2025-09-01"}, id="since-overlapping-range"),
    pytest.param(
        {"since": "2025-08", "until": "2025-09", "include_undated": True},
        id="months-with-undated",
    ),
    pytest.param({"article": "a003", "text": "SCO"}, id="article-text"),
    pytest.param({"speaker": "Kin Phea", "mode": "authored"}, id="name-mode"),
    pytest.param({"text": "Asean-China", "until": "2025"}, id="text-until-year"),
    pytest.param(
        {"speaker": "Secretary-General of the ASEAN", "since": "2025-06", "until": "2025-06"},
        id="office-spelling-one-month",
    ),
    pytest.param({"speaker": "People's Daily"}, id="co-speaker-of-joint-statements"),
    pytest.param({"speaker": "ISEAS Visiting Senior Fellow"}, id="office-of-a-role-without-dates"),
]

SELECTS = {"topic", "mode", "article"}


def expected(**filters: Any) -> list[str]:
    return [s.id for s in CORPUS.find_statements(**filters)]


def apply(page: Any, filters: dict[str, Any]) -> None:
    """Set the form's controls as a reader would (keywords as find_statements takes them)."""
    for name, value in filters.items():
        if name == "include_undated":
            page.set_checked("#ex-undated", value)
        elif name in SELECTS:
            page.select_option(f"#ex-{name}", value)
        else:
            page.fill(f"#ex-{name}", value)


def shown(page: Any) -> list[str]:
    ids: list[str] = page.eval_on_selector_all(
        "#ex-results > li", "items => items.map(item => item.dataset.statement)"
    )
    return ids


def status(page: Any) -> str:
    """The live region's text, once it has caught up with the results."""
    count = page.get_attribute("#ex-results", "data-count")
    page.wait_for_function(
        "count => document.getElementById('ex-status').textContent.startsWith(count + ' of')"
        " || document.getElementById('ex-status').textContent.includes('No statements')",
        arg=count,
    )
    text: str = page.text_content("#ex-status")
    return text


class TestSameAsFindStatements:
    """The page's filters agree with find_statements: same ids, same order."""

    @pytest.mark.parametrize("filters", CASES)
    def test_form(self, explorer: Any, filters: dict[str, Any]) -> None:
        """Filters set in the form show exactly find_statements' statements, in its order."""
        want = expected(**filters)
        assert want, "a case that matches nothing proves little"
        page = explorer.open()
        apply(page, filters)
        assert want == shown(page)
        assert f"{len(want)} of {TOTAL} statements match." == status(page)

    def test_unfiltered(self, explorer: Any) -> None:
        """With no filter the page lists every statement in find_statements' order."""
        assert expected() == shown(explorer.open())

    def test_address(self, explorer: Any) -> None:
        """Filters given in the page's address are applied when it opens."""
        page = explorer.open("?speaker=Kao&topic=tourism&since=2025")
        assert expected(speaker="Kao", topic="tourism", since="2025") == shown(page)
        assert "Kao" == page.input_value("#ex-speaker")

    def test_filters_kept_in_address(self, explorer: Any) -> None:
        """Changing a filter puts it in the address, so the view can be shared."""
        page = explorer.open()
        apply(page, {"topic": "tourism", "include_undated": True})
        assert "?topic=tourism&undated=1" == page.evaluate("location.search")

    def test_unknown_speaker(self, explorer: Any) -> None:
        """A speaker no name or office matches shows no statements and says why."""
        with pytest.raises(ac.UnknownActorError):
            CORPUS.find_statements(speaker="Nobody Atall")
        page = explorer.open()
        apply(page, {"speaker": "Nobody Atall"})
        assert [] == shown(page)
        assert "No speaker or office" in status(page)
        assert "true" == page.get_attribute("#ex-speaker", "aria-invalid")

    def test_clear(self, explorer: Any) -> None:
        """The clear button brings back every statement."""
        page = explorer.open("?topic=tourism")
        page.click("#ex-reset")
        page.wait_for_function(f"document.querySelectorAll('#ex-results > li').length == {TOTAL}")
        assert expected() == shown(page)


class TestFreeText:
    """The words filter is a case-insensitive substring of the statement's text."""

    @pytest.mark.parametrize("text", ["ASEAN-CHINA", "asean-china", "Tourism", "visa-free"])
    def test_case_insensitive(self, explorer: Any, text: str) -> None:
        """Any capitalisation finds what find_statements(text=...) finds."""
        want = expected(text=text)
        assert want
        page = explorer.open()
        apply(page, {"text": text})
        assert want == shown(page)

    def test_no_match(self, explorer: Any) -> None:
        """Words in no statement leave the list empty and the count at zero."""
        page = explorer.open()
        apply(page, {"text": "zebra crossing"})
        assert [] == shown(page)
        assert f"0 of {TOTAL} statements match." == status(page)

    def test_marked_in_paragraph(self, explorer: Any) -> None:
        """Each statement is shown marked inside its paragraph, exactly its text."""
        page = explorer.open("?article=a001")
        marked = page.eval_on_selector_all(
            "#ex-results mark.ex-hl", "ms => ms.map(m => m.textContent)"
        )
        assert [CORPUS.statement(i).text for i in expected(article="a001")] == marked


class TestDateRange:
    """Date bounds are inclusive and partial dates cover their whole month or year."""

    @pytest.mark.parametrize(
        "bounds",
        [
            {"since": "2025-09-01"},
            {"until": "2025-08-31"},
            {"since": "2025-06-19", "until": "2025-06-19"},
            {"since": "2025", "until": "2025-10"},
            {"since": "2025-11", "include_undated": True},
        ],
    )
    def test_range(self, explorer: Any, bounds: dict[str, Any]) -> None:
        """The range shows find_statements' statements for the same bounds."""
        want = expected(**bounds)
        assert want
        page = explorer.open()
        apply(page, bounds)
        assert want == shown(page)

    def test_undated_left_out(self, explorer: Any) -> None:
        """A date bound leaves undated statements out unless asked to keep them."""
        page = explorer.open()
        apply(page, {"since": "2000"})
        dated = shown(page)
        assert expected(since="2000") == dated
        page.check("#ex-undated")
        assert len(shown(page)) == TOTAL > len(dated)

    def test_reversed(self, explorer: Any) -> None:
        """A range that ends before it starts is refused, as find_statements refuses it."""
        with pytest.raises(ac.InvalidQueryError, match="reversed"):
            CORPUS.find_statements(since="2025-10", until="2025-09")
        page = explorer.open()
        apply(page, {"since": "2025-10", "until": "2025-09"})
        assert [] == shown(page)
        assert "reversed" in status(page)
        assert "true" == page.get_attribute("#ex-since", "aria-invalid")

    @pytest.mark.parametrize("bad", ["2025-13", "2025-02-30", "June"])
    def test_not_a_date(self, explorer: Any, bad: str) -> None:
        """A bound that is not a real YYYY, YYYY-MM or YYYY-MM-DD date is refused."""
        page = explorer.open()
        apply(page, {"until": bad})
        assert [] == shown(page)
        assert "is not a date" in status(page)


class TestStatement:
    """What each statement shows: date, mode, evidence, citation, article."""

    def test_details(self, explorer: Any) -> None:
        """A statement shows its speaker, date with precision and basis, mode and evidence."""
        s = CORPUS.statement("a003-s01")
        page = explorer.open("?article=a003")
        item = page.locator("#statement-a003-s01")
        text = item.inner_text()
        assert CORPUS.actor(s.speaker_id).name == item.locator("h3").inner_text()
        assert "31 August 2025 to 1 September 2025" in text
        assert "known to the day, from the event\u2019s date" in text
        assert "Reported speech" in text
        assert f"\u201c{s.cue}\u201d" in text
        assert f"\u201c{s.mention}\u201d" in text

    def test_every_statement_in_its_article(self, explorer: Any) -> None:
        """Every statement's link leads to its place in its article's full text."""
        page = explorer.open()
        links = page.eval_on_selector_all(
            "#ex-results a[href^='#in-article-']", "as => as.map(a => a.hash.slice(1))"
        )
        assert [f"in-article-{s.id}" for s in CORPUS.find_statements()] == links
        for target in links:
            assert page.locator(f"#{target}").count() == 1
        for article in CORPUS.articles:
            assert page.locator(f"#article-{article.id}").count() == 1

    def test_address_to_statement_in_article(self, explorer: Any) -> None:
        """An address ending in a statement's article anchor opens on that statement."""
        page = explorer.open("?article=a002#in-article-a002-s09")
        top = page.evaluate(
            "document.getElementById('in-article-a002-s09').getBoundingClientRect().top"
        )
        assert 0 <= top < page.viewport_size["height"] / 2

    def test_copy_citation(self, explorer: Any) -> None:
        """The copy button puts a citation of the statement and its article on the clipboard."""
        s = CORPUS.statement("a002-s02")
        article = CORPUS.article(s.article_id)
        page = explorer.open("?article=a002")
        page.click("#statement-a002-s02 button.ex-copy")
        page.wait_for_function(
            "document.getElementById('ex-copy-status').textContent.includes('copied')"
        )
        copied = page.evaluate("navigator.clipboard.readText()")
        for part in (s.id, article.title, f"{s.span.start}\u2013{s.span.end}", ac.__version__):
            assert part in copied
        assert "Global Times" in copied


class TestKeyboard:
    """The explorer can be used with the keyboard alone."""

    def tab_to(self, page: Any, selector: str, limit: int = 150) -> None:
        for _ in range(limit):
            page.keyboard.press("Tab")
            if page.evaluate("s => document.activeElement.matches(s)", selector):
                return
        raise AssertionError(f"Tab never reached {selector}")

    def test_filter_copy_and_follow(self, explorer: Any) -> None:
        """Tab to a filter, type and choose with arrows, copy a citation, follow the link."""
        page = explorer.open()
        self.tab_to(page, "#ex-speaker")
        page.keyboard.type("ASEAN Secretary-General")
        self.tab_to(page, "#ex-topic", limit=1)
        for _ in range(len(CORPUS.topics)):
            if page.input_value("#ex-topic") == "tourism":
                break
            page.keyboard.press("ArrowDown")
        want = expected(speaker="ASEAN Secretary-General", topic="tourism")
        assert want == shown(page)
        outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
        assert "solid" == outline, "the focused control shows where focus is"

        self.tab_to(page, "button.ex-copy")
        first = page.evaluate("document.activeElement.dataset.statement")
        assert want[0] == first
        page.keyboard.press("Enter")
        page.wait_for_function(
            "document.getElementById('ex-copy-status').textContent.includes('copied')"
        )
        assert first in page.evaluate("navigator.clipboard.readText()")

        page.keyboard.press("Shift+Tab")
        page.keyboard.press("Enter")
        page.wait_for_function(f"location.hash == '#in-article-{first}'")
        assert page.locator(f"#in-article-{first}").is_visible()


class TestPage:
    """The page as a whole: labels, announcements, layout, no errors, a screenshot."""

    def test_controls_labelled(self, explorer: Any) -> None:
        """Every control of the form has a label of its own."""
        page = explorer.open()
        unlabelled = page.eval_on_selector_all(
            "#ex-form input, #ex-form select",
            "cs => cs.filter(c => c.labels.length == 0 || !c.labels[0].textContent.trim())"
            ".map(c => c.id)",
        )
        assert [] == unlabelled

    def test_ids_unique(self, explorer: Any) -> None:
        """No two elements of the page share an id, so every link has one target."""
        page = explorer.open()
        ids = page.eval_on_selector_all("[id]", "es => es.map(e => e.id)")
        assert sorted(set(ids)) == sorted(ids)

    def test_results_announced(self, explorer: Any) -> None:
        """The count of results is in a polite live region and follows the filters."""
        page = explorer.open()
        assert "polite" == page.get_attribute("#ex-status", "aria-live")
        apply(page, {"topic": "tourism"})
        assert f"{len(expected(topic='tourism'))} of {TOTAL} statements match." == status(page)

    @pytest.mark.parametrize("width", [1400, 360])
    def test_no_sideways_scrolling(self, explorer: Any, width: int) -> None:
        """Nothing on the page is wider than the window, wide or narrow."""
        page = explorer.open()
        page.set_viewport_size({"width": width, "height": 900})
        widths = page.evaluate(
            """() => [document.documentElement, document.querySelector('.content'),
                      document.getElementById('ex-app')]
                .map(e => e.scrollWidth - e.clientWidth)"""
        )
        assert [0, 0, 0] == widths

    def test_screenshot(self, explorer: Any, screenshot_path: Any) -> None:
        """A screenshot of a filtered view is saved next to the built site."""
        page = explorer.open("?speaker=ASEAN+Secretary-General&topic=people-to-people")
        page.set_viewport_size({"width": 1400, "height": 1800})
        page.screenshot(path=str(screenshot_path))
        assert screenshot_path.stat().st_size > 10_000


def generator() -> ModuleType:
    """The docs extension that writes the page's data (it needs the docs extra)."""
    spec = importlib.util.spec_from_file_location("statement_explorer", EXTENSION)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class TestAttributionAndJointSpeakers:
    """How each speaker was found, and every speaker of a joint statement, are shown."""

    def test_data_of_a_single_speaker(self) -> None:
        """A statement with one named speaker gives its attribution and one speaker."""
        data = generator().statement_data(CORPUS, CORPUS.statement("a001-s01"))
        assert ("named", [], ["Kao Kim Hourn"]) == (
            data["attribution"],
            data["co_speakers"],
            data["speakers"],
        )

    def test_data_of_a_joint_statement(self) -> None:
        """A joint statement gives every speaker, the lead first."""
        s = CORPUS.statement("a004-s06")
        data = generator().statement_data(CORPUS, s)
        names = [CORPUS.actor(a).name for a in s.speakers]
        assert (s.attribution.value if s.attribution else None, list(s.co_speakers), names) == (
            data["attribution"],
            data["co_speakers"],
            data["speakers"],
        )
        assert len(names) == 2

    def test_shown(self, explorer: Any) -> None:
        """The page names both speakers of a joint statement and how they were found."""
        s = CORPUS.statement("a004-s06")
        page = explorer.open("?article=a004")
        item = page.locator("#statement-a004-s06")
        heading = " and ".join(CORPUS.actor(a).name for a in s.speakers)
        assert heading == item.locator("h3").inner_text()
