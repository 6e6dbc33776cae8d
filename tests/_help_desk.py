"""An invented wire report about Kao Kim Hourn and a new speaker, with its annotations.

Used to build on the bundled corpus (``build(..., base=ac.load())``); the report quotes
no real words.
"""

from __future__ import annotations

from pathlib import Path

TEXT = """\
Secretary-General backs help desk for small sellers
Example Wire | March 4, 2026

JAKARTA, March 3 (Example Wire) -- ASEAN Secretary-General Kao Kim Hourn said on \
Tuesday that the upgraded free trade area would help small businesses sell across borders.

"Small firms are the backbone of our economies," Kao told a forum in Jakarta.

Dinh Thi Hoa, who chairs a sellers' association in Hanoi, said customs paperwork \
still cost her members days.
"""

ARTICLE = """\
id = "hd-001"
source_file = "help-desk.txt"
title = "Secretary-General backs help desk for small sellers"
published = "2026-03-04"
published_from = "March 4, 2026"
kind = "news"

[body]
first_line = "JAKARTA, March 3"

[reliability]
level = "medium"
reasons = ["An invented wire report, for the tests."]

[[statement]]
id = "hd-001-s01"
speaker = "kao-kim-hourn"
mention = "ASEAN Secretary-General Kao Kim Hourn"
cue = "said"
passage = "the upgraded free trade area would help small businesses sell across borders."
mode = "reported"
said_on = "2026-03-03"
date_basis = "stated"
date_evidence = "on Tuesday"
topics = ["msmes", "trade"]
agreements = ["acfta-3"]

[[statement]]
id = "hd-001-s02"
speaker = "kao-kim-hourn"
mention = "Kao"
cue = "told"
passage = "Small firms are the backbone of our economies,"
mode = "direct_quote"
verbatim = true
topics = ["msmes"]

[[statement]]
id = "hd-001-s03"
speaker = "dinh-thi-hoa"
mention = "Dinh Thi Hoa"
cue = "said"
passage = "customs paperwork still cost her members days."
mode = "reported"
topics = ["trade"]
"""

DINH = """\
[[actor]]
id = "dinh-thi-hoa"
name = "Dinh Thi Hoa"
kind = "person"
country = "vietnam"
description = "Chair of a sellers' association in Hanoi (invented, for the tests)."
"""


def folders(tmp_path: Path, *, actors: str = DINH) -> tuple[Path, Path]:
    """A texts folder and an annotations folder with one article and one new actor."""
    texts, annotations = tmp_path / "texts", tmp_path / "annotations"
    texts.mkdir()
    (annotations / "articles").mkdir(parents=True)
    (texts / "help-desk.txt").write_text(TEXT, encoding="utf-8")
    (annotations / "articles" / "help-desk.toml").write_text(ARTICLE, encoding="utf-8")
    (annotations / "actors.toml").write_text(actors, encoding="utf-8")
    return texts, annotations
