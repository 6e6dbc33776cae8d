"""How good :func:`asean_corpus.suggest` is: precision, recall, modes, speed and memory.

Run from the repository root::

    python benchmarks/suggest_eval.py                 # figures for every set
    python benchmarks/suggest_eval.py --details       # and every miss and false suggestion
    python benchmarks/suggest_eval.py --set held_out_r4 --no-speed   # one set only

The sets scored, each reported on its own line:

- ``development``: the five bundled articles. Each article body is given to
  ``suggest`` with a corpus that holds everything but that article's statements, so
  the registries (actors, their roles, topics, agreements) are used as a user's corpus
  would be, and the answers are hidden; ``raw pages`` is the same with the raw pages of
  ``seeds/`` (headlines, bylines, related links and comment forms included);
- ``own texts``: the texts directly in ``tests/suggest_texts/`` (articles written for
  these tests, each with a hand annotation in a ``.toml`` beside it);
- one line per folder under ``tests/suggest_texts/`` (``held_out``, ``held_out_r4``,
  and any later round, ``held_out_r5`` ...), oldest round first: texts written and
  annotated by someone else before the engine first ran on them.

The last line is about the newest round. A round stays blind until its first run is
recorded in a ``FIRST_RUN.md`` in its folder (the figures of that run, and the misses);
from then on its texts are development data, and the line says so and repeats the
first-run figures beside today's. A new round is added as a new folder without that
file, and its first line is the only figure for text the rules were never tuned on.

**The matching rule.** A suggestion matches a gold statement when it covers at least
half of the gold statement's words, and whatever it adds on either side holds at most
one sentence end (it may run at most one sentence longer). It is *right* when it also
names the right speaker: the same actor id where the gold statement has one, else a
name that contains the gold name or is contained in it (case and punctuation
ignored). Suggestions and gold statements are paired one to one, largest overlap
first. Precision is right suggestions over all suggestions; recall is right
suggestions over all gold statements; mode accuracy is over the right pairs. The same
figures without the speaker condition ("spans only") are printed for diagnosis, and
*exact* counts the right suggestions whose span is the annotated one, character for
character (where a span starts and ends, which "right" forgives).

Speed is the median of three calls on a text of about 2,000 words (development bodies,
then test texts), beside the load average and the time of ``re.split``
sentence splitting over the same text, measured in the same run. Memory is the peak
traced by :mod:`tracemalloc` while suggesting on a 1 MB text.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import time
import tomllib
import tracemalloc
from collections.abc import Sequence
from pathlib import Path

import attrs

import asean_corpus as ac
from asean_corpus.suggestions import Suggestion

ROOT = Path(__file__).resolve().parent.parent
TEXTS = ROOT / "tests" / "suggest_texts"

_WORD = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"[.!?][\"\u201d\u2019')]*(?:\s|$)")


@attrs.frozen(kw_only=True)
class Gold:
    """One expected statement."""

    start: int
    end: int
    speaker: str
    speaker_id: str | None
    mode: ac.Mode
    label: str


@attrs.define
class Score:
    """Counts over a set of articles."""

    suggested: int = 0
    gold: int = 0
    right: int = 0
    span_matches: int = 0
    mode_right: int = 0
    exact: int = 0
    """Right suggestions whose span is the annotated span, character for character."""
    misses: list[str] = attrs.field(factory=list)
    false: list[str] = attrs.field(factory=list)
    bands: dict[str, list[int]] = attrs.field(factory=dict)
    """Right and suggested counts by confidence band."""

    def add(self, other: Score) -> None:
        for band, (right, count) in other.bands.items():
            mine = self.bands.setdefault(band, [0, 0])
            mine[0] += right
            mine[1] += count
        self.suggested += other.suggested
        self.gold += other.gold
        self.right += other.right
        self.span_matches += other.span_matches
        self.mode_right += other.mode_right
        self.exact += other.exact
        self.misses += other.misses
        self.false += other.false

    def line(self, name: str) -> str:
        p = self.right / self.suggested if self.suggested else 0.0
        r = self.right / self.gold if self.gold else 0.0
        m = self.mode_right / self.right if self.right else 0.0
        sp = self.span_matches / self.suggested if self.suggested else 0.0
        sr = self.span_matches / self.gold if self.gold else 0.0
        return (
            f"{name:<14} gold {self.gold:3d}  suggested {self.suggested:3d}  right {self.right:3d}"
            f"  P {p:.2f}  R {r:.2f}  mode {m:.2f}   (spans only: P {sp:.2f} R {sr:.2f})"
            f"  exact {self.exact}"
        )


def _words(text: str, start: int, end: int) -> set[int]:
    return {m.start() for m in _WORD.finditer(text, start, end)}


def _overlaps(text: str, gold: Gold, s: Suggestion) -> float:
    """The share of the gold words covered, or 0 when the suggestion runs too long."""
    g = _words(text, gold.start, gold.end)
    if not g:
        return 0.0
    covered = len(g & _words(text, s.span.start, s.span.end)) / len(g)
    if covered < 0.5:
        return 0.0
    extra = text[s.span.start : max(s.span.start, gold.start)]
    extra += " " + text[min(s.span.end, gold.end) : s.span.end]
    if len(_SENTENCE_END.findall(extra)) > 1:
        return 0.0
    return covered


def _key(name: str) -> str:
    return " ".join(_WORD.findall(name.lower()))


def _same_speaker(gold: Gold, s: Suggestion) -> bool:
    if gold.speaker_id is not None:
        return gold.speaker_id == s.speaker_id
    a, b = _key(gold.speaker), _key(s.speaker)
    return bool(a and b) and (a in b or b in a)


def _band(confidence: float) -> str:
    return "0.8-1" if confidence >= 0.8 else "0.5-0.8" if confidence >= 0.5 else "0-0.5"


def score(text: str, golds: Sequence[Gold], found: Sequence[Suggestion], where: str) -> Score:
    """Pair suggestions with gold statements and count."""
    out = Score(suggested=len(found), gold=len(golds))
    pairs = []
    for gi, g in enumerate(golds):
        for si, s in enumerate(found):
            overlap = _overlaps(text, g, s)
            if overlap:
                pairs.append((overlap, _same_speaker(g, s), gi, si))
    pairs.sort(key=lambda p: (-p[1], -p[0]))
    used_g: set[int] = set()
    used_s: set[int] = set()
    span_g: set[int] = set()
    span_s: set[int] = set()
    for _, same, gi, si in pairs:
        if gi not in span_g and si not in span_s:
            span_g.add(gi)
            span_s.add(si)
        if not same or gi in used_g or si in used_s:
            continue
        used_g.add(gi)
        used_s.add(si)
        out.right += 1
        if (golds[gi].start, golds[gi].end) == (found[si].span.start, found[si].span.end):
            out.exact += 1
        if golds[gi].mode is found[si].mode:
            out.mode_right += 1
        else:
            out.misses.append(
                f"{where} {golds[gi].label}: mode {found[si].mode.value}, "
                f"expected {golds[gi].mode.value}"
            )
    out.span_matches = len(span_g)
    for gi, g in enumerate(golds):
        if gi not in used_g:
            out.misses.append(
                f"{where} {g.label} MISSED ({g.speaker}, {g.mode.value}): "
                f"{text[g.start : g.end][:90]!r}"
            )
    for si, s in enumerate(found):
        band = out.bands.setdefault(_band(s.confidence), [0, 0])
        band[0] += si in used_s
        band[1] += 1
    for si, s in enumerate(found):
        if si not in used_s:
            out.false.append(
                f"{where} FALSE [{s.span.start}:{s.span.end}] {s.speaker} ({s.speaker_id}), "
                f"{s.mode.value}: {s.text[:90]!r}"
            )
    return out


def development(details: bool, raw: bool = False) -> Score:
    """The five bundled articles, each with its own statements hidden.

    With ``raw``, the raw pages of ``seeds/`` are given instead of the cut bodies; the
    gold spans are moved onto the page (a body's lines are lines of its page).
    """
    corpus = ac.load()
    total = Score()
    for article in corpus.articles:
        hidden = ac.Corpus(
            articles=corpus.articles,
            statements=tuple(s for s in corpus.statements if s.article_id != article.id),
            actors=corpus.actors,
            agreements=corpus.agreements,
            topics=corpus.topics,
            events=corpus.events,
            references=corpus.references,
            conflicts=corpus.conflicts,
        )
        text = article.body
        if raw:
            text = (ROOT / "seeds" / article.source_file).read_text(encoding="utf-8")
        golds = []
        for s in corpus.statements:
            if s.article_id == article.id:
                start = _on_page(text, article.body, s.span.start, s.text)
                golds.append(
                    Gold(
                        start=start,
                        end=start + len(s.text),
                        speaker=s.speaker_id,
                        speaker_id=s.speaker_id,
                        mode=s.mode,
                        label=s.id,
                    )
                )
        found = ac.suggest(text, corpus=hidden, published=article.published)
        part = score(text, golds, found, article.id)
        if details:
            print(part.line(article.id))
        total.add(part)
    return total


def _on_page(page: str, body: str, start: int, passage: str) -> int:
    """Where the passage at ``start`` of a body is on its page (the same occurrence)."""
    if page is body:
        return start
    nth = body.count(passage, 0, start + len(passage))
    at = page.find(body[:40]) - 1
    for _ in range(max(nth, 1)):
        at = page.find(passage, at + 1)
    return at


def own_texts(details: bool, folder: Path = TEXTS) -> Score:
    """The hand-annotated texts of a folder of tests/suggest_texts."""
    total = Score()
    for path in sorted(folder.glob("*.txt")):
        text, golds, published = read_annotated(path)
        found = ac.suggest(text, published=published)
        part = score(text, golds, found, path.stem)
        if details:
            print(part.line(path.stem))
        total.add(part)
    return total


def read_annotated(path: Path) -> tuple[str, list[Gold], str | None]:
    """A test text, its gold statements (located by their exact text), and its date."""
    text = path.read_text(encoding="utf-8")
    data = tomllib.loads(path.with_suffix(".toml").read_text(encoding="utf-8"))
    golds = []
    for n, row in enumerate(data.get("statement", []), start=1):
        at = text.find(row["text"])
        for _ in range(row.get("occurrence", 1) - 1):
            at = text.find(row["text"], at + 1)
        if at < 0:
            msg = f"{path.name}: statement {n}: text not found: {row['text'][:60]!r}"
            raise SystemExit(msg)
        golds.append(
            Gold(
                start=at,
                end=at + len(row["text"]),
                speaker=row["speaker"],
                speaker_id=row.get("speaker_id"),
                mode=ac.Mode(row["mode"]),
                label=f"#{n}",
            )
        )
    return text, golds, data.get("published")


def speed_text(words: int = 2000) -> str:
    """About ``words`` words of article text, whole paragraphs: the development bodies
    (already cut from their pages), then the test texts without the noisy scrape, whose
    page footer would make the rest of the text furniture."""
    parts = [a.body for a in ac.load().articles]
    parts += [p.read_text(encoding="utf-8") for p in sorted(TEXTS.glob("*.txt"))]
    parts = [p for p in parts if "You may also like" not in p]
    paragraphs = [p for part in parts for p in part.split("\n") if p.strip()]
    out: list[str] = []
    count = 0
    while count < words:
        for p in paragraphs:
            if count >= words:
                break
            out.append(p)
            count += len(p.split())
    return "\n\n".join(out)


def _median_time(call: object, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def speed() -> None:
    corpus = ac.load()
    text = speed_text()
    words = len(text.split())
    start = time.perf_counter()
    first = ac.suggest(text, corpus=corpus, published="2026-10-02")
    cold = time.perf_counter() - start
    took = _median_time(lambda: ac.suggest(text, corpus=corpus, published="2026-10-02"))
    base = _median_time(lambda: [re.split(r"(?<=[.!?])\s+", line) for line in text.split("\n")])
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    print(
        f"speed: {words} words, {len(first)} suggestions: median of 3 {took * 1000:.0f} ms "
        f"(first call {cold * 1000:.0f} ms); re.split baseline {base * 1000:.2f} ms, "
        f"ratio {took / base:.0f}x; load average {load} on {os.cpu_count()} cores"
    )


def big_text(size: int = 1_000_000) -> str:
    """``size`` characters of article paragraphs, each made distinct by a numbered label
    (else the engine reads a repeated paragraph once)."""
    paragraphs = speed_text(100_000).split("\n\n")
    out: list[str] = []
    count = 0
    while count < size:
        paragraph = f"Update {len(out)}: {paragraphs[len(out) % len(paragraphs)]}"
        out.append(paragraph)
        count += len(paragraph) + 2
    return "\n\n".join(out)[:size]


_FRAMES = (
    "The Port Authority (PAT) and a diplomat who declined to be named said, adding that "
    "\"it's 'fine'\" and, according to the organizing committee, which officials said, "
    "Both sides agreed to meet, the plan, he said, could work; A study by a group found that "
)
"""One run-on sentence of every kind of frame the rules read, for the worst cases."""


def _turns(size: int) -> str:
    """``size`` characters of a transcript: labelled turns of many speakers, and
    sentences with every document-level frame (posts, numbered "We" paragraphs)."""
    out: list[str] = []
    count = 0
    while count < size:
        n = len(out)
        label = "".join(chr(65 + (n // 26**k) % 26) for k in range(3))
        turn = (
            f"MR {label}: It held that item {n} was clear, he said, and we will act. "
            f"Today, villagers estimate, {n} farms are planted.\n\n"
            f"{n % 99 + 1}. We reaffirm our commitment to item {n};\n\n"
            "X post\nJo Lee MP\n@JoLee\nProud of the region today.\nEnd of X post\n\n"
        )
        out.append(turn)
        count += len(turn)
    return "".join(out)[:size]


def _reactions(size: int) -> str:
    """``size`` characters of a list of reactions: a heading line in capitals for each
    person, then a paragraph that opens with "Said" (read as theirs), every paragraph
    opening with the same words."""
    out: list[str] = []
    count = 0
    while count < size:
        n = len(out)
        name = " ".join(
            "".join("BDGKLMNPRST"[(n // 11**k) % 11] + "AEIOU"[(n // 5**k) % 5] for k in range(3))
            for _ in range(2)
        )
        item = (
            f"* {name.upper()}, TRADE MINISTER, in Lima:\n\n"
            f'Said the port had "closed too early" on day {n} and urged the cabinet to act.\n\n'
        )
        out.append(item)
        count += len(item)
    return "".join(out)[:size]


def memory() -> None:
    corpus = ac.load()
    text = big_text()
    ac.suggest(text[:1000], corpus=corpus)  # load the corpus and its indexes first
    tracemalloc.start()
    start = time.perf_counter()
    found = ac.suggest(text, corpus=corpus)
    took = time.perf_counter() - start
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(
        f"memory: {len(text) / 1e6:.1f} MB text, {len(found)} suggestions: peak "
        f"{peak / 1e6:.0f} MB traced, {took:.1f} s under tracemalloc"
    )
    worst = {
        "one line": text.replace("\n", " "),
        "no full stop": text.replace(".", " ").replace("\n", " "),
        "quotations": ('"' + "a b said " * 10 + '" ') * (len(text) // 92),
        "capitals": "Kao " * (len(text) // 4),
        "frames": (_FRAMES * (len(text) // len(_FRAMES)))[: len(text)],
        "turns": _turns(len(text)),
        "marks": "." * len(text),
        "cues": ", said" * (len(text) // 6),
        "set out": "Kao said:\n\nWe are ready to work.\n\n" * (len(text) // 34),
        "fronted": 'As Kao said "a, b", the deal, which was, ' * (len(text) // 40),
        # a script or style blanked inside a paragraph leaves a long run of blanks
        "blanks": ('"We are ready,' + " " * 20_000 + 'so are they," Kao said. ')
        * (len(text) // 20_040),
        "reactions": _reactions(len(text)),
    }
    times = []
    for name, case in worst.items():
        start = time.perf_counter()
        ac.suggest(case, corpus=corpus)
        times.append(f"{name} {time.perf_counter() - start:.1f} s")
    print(f"1 MB worst cases (no tracing): {', '.join(times)}")


def rounds() -> list[Path]:
    """The folders of held-out rounds under tests/suggest_texts, oldest first
    (``held_out`` before ``held_out_r4`` before ``held_out_r10``)."""

    def order(path: Path) -> tuple[int, str]:
        number = re.search(r"(\d+)$", path.name)
        return (int(number[1]) if number else 0, path.name)

    folders = [p for p in TEXTS.iterdir() if p.is_dir() and any(p.glob("*.txt"))]
    return sorted(folders, key=order)


def first_run(folder: Path) -> str | None:
    """The first-run figures recorded in the folder's FIRST_RUN.md (``None``: never run).

    The figures are read from the table row in bold (the folder's total), by the
    header's ``precision`` (or ``P``), ``recall`` (or ``R``) and ``mode`` columns.
    """
    path = folder / "FIRST_RUN.md"
    if not path.exists():
        return None
    header: list[str] = []
    total: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cells = [c.strip().strip("*").strip() for c in line.strip().strip("|").split("|")]
        if not line.lstrip().startswith("|") or len(cells) < 3:
            continue
        lowered = [c.lower() for c in cells]
        if "precision" in lowered and "recall" in lowered:
            header = lowered
        elif "p" in lowered and "r" in lowered:
            header = ["precision" if c == "p" else "recall" if c == "r" else c for c in lowered]
        elif header and line.split("|")[1].strip().startswith("**"):
            total = cells
    figures = []
    for column, label in (("precision", "P"), ("recall", "R")):
        if column in header and header.index(column) < len(total):
            figures.append(f"{label} {total[header.index(column)]}")
    mode = next((n for n, c in enumerate(header) if c.startswith("mode")), None)
    if mode is not None and mode < len(total):
        figures.append(f"mode {total[mode]}")
    return "  ".join(figures) if figures else "figures not found in FIRST_RUN.md"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true", help="list every miss and false hit")
    parser.add_argument("--no-speed", action="store_true", help="skip the speed and memory runs")
    parser.add_argument(
        "--set",
        action="append",
        dest="sets",
        metavar="NAME",
        help="score only this set (development, own, or a folder name); repeatable",
    )
    args = parser.parse_args(argv)
    wanted = set(args.sets or ())

    def chosen(name: str) -> bool:
        return not wanted or name in wanted

    scored: list[tuple[str, Score]] = []
    if chosen("development"):
        scored.append(("development", development(args.details)))
        scored.append(("  raw pages", development(False, raw=True)))
    if chosen("own"):
        scored.append(("own texts", own_texts(args.details)))
    folders = rounds()
    for folder in folders:
        if chosen(folder.name):
            scored.append((folder.name, own_texts(args.details, folder)))
    for name, part in scored:
        print(part.line(name))
    everything = Score()
    for name, part in scored:
        if name != "  raw pages":
            everything.add(part)
    if folders and chosen(folders[-1].name):
        newest = folders[-1]
        today = dict(scored)[newest.name]
        recorded = first_run(newest)
        if recorded is None:
            print(today.line("never tuned on"))
            print(f"  ({newest.name}, the newest round, has no FIRST_RUN.md: its first run)")
        else:
            print(
                f"never tuned on: none. The newest round, {newest.name}, was first run as "
                f"recorded in its FIRST_RUN.md ({recorded}); it has been development data "
                "since. Add a new round folder for a blind figure."
            )
    bands = ", ".join(
        f"{band}: {right}/{count} right"
        for band, (right, count) in sorted(everything.bands.items(), reverse=True)
    )
    print(f"precision by confidence (the sets above, raw pages aside): {bands}")
    if args.details:
        for name, part in scored:
            if name != "  raw pages":
                for line in part.misses + part.false:
                    print("  ", line)
    if not args.no_speed:
        speed()
        memory()
    return 0


if __name__ == "__main__":
    sys.exit(main())
