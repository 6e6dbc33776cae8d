"""The built site's own links: downloads, the source pages' back-links, the project URLs."""

from __future__ import annotations

import re
import tomllib
import zipfile
from pathlib import Path
from urllib.parse import unquote, urldefrag

ROOT = Path(__file__).resolve().parents[2]
HREF = re.compile(r'href="([^"#][^"]*)"')


def links(page: Path, pattern: str) -> list[str]:
    """The relative links of a built page whose address matches ``pattern``."""
    found = HREF.findall(page.read_text(encoding="utf-8"))
    return [h for h in found if re.search(pattern, h) and "://" not in h]


def target(page: Path, href: str) -> tuple[Path, str]:
    """The file a relative link of ``page`` points to, and its anchor."""
    address, anchor = urldefrag(href)
    return (page.parent / unquote(address)).resolve(), anchor


class TestDownloads:
    def test_each_notebook_page_offers_its_notebook(self, site: Path) -> None:
        """Every example notebook's page links to the notebook file, which is there."""
        notebooks = sorted((ROOT / "examples").glob("*.ipynb"))
        for notebook in notebooks:
            page = site / "examples" / f"{notebook.stem}.html"
            found = [target(page, h)[0] for h in links(page, re.escape(notebook.name) + "$")]
            assert found, f"{page.name} has no link to {notebook.name}"
            assert all(f.read_bytes() == notebook.read_bytes() for f in found)

    def test_example_corpus_is_offered(self, site: Path) -> None:
        """The guides that use the example corpus link to a zip of exactly its files."""
        folder = ROOT / "docs" / "guides" / "example-corpus"
        expected = sorted(
            f"example-corpus/{p.relative_to(folder).as_posix()}"
            for p in folder.rglob("*")
            if p.is_file()
        )
        for name in ("own-corpus", "export"):
            page = site / "guides" / f"{name}.html"
            (href,) = set(links(page, r"example-corpus\.zip$"))
            with zipfile.ZipFile(target(page, href)[0]) as archive:
                assert expected == sorted(archive.namelist())


class TestSourcePages:
    def test_back_links_land_on_documentation(self, site: Path) -> None:
        """Every "[docs]" link of a highlighted source page names an anchor that exists."""
        broken = []
        for page in sorted((site / "_modules").rglob("*.html")):
            text = page.read_text(encoding="utf-8")
            for href in re.findall(r'class="viewcode-back" href="([^"]+)"', text):
                file, anchor = target(page, href)
                if f'id="{anchor}"' not in file.read_text(encoding="utf-8"):
                    broken.append(f"{page.relative_to(site)} -> {href}")
        assert [] == broken


class TestProjectUrls:
    def test_urls_into_the_docs_name_built_pages(self, site: Path) -> None:
        """pyproject's addresses under the docs' latest version name pages the build makes."""
        urls = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["urls"]
        base = urls["Documentation"].rstrip("/") + "/en/latest/"
        pages = [u.removeprefix(base) for u in urls.values() if u.startswith(base)]
        assert pages, "no project URL points into the docs"
        assert [] == [p for p in pages if not (site / p).is_file()]
