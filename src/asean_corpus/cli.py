"""The ``asean-corpus`` command (also ``python -m asean_corpus``).

Subcommands:

- ``info``: counts of every table;
- ``statements``: the statements matching the same filters as
  :meth:`~asean_corpus.Corpus.find_statements`, as a table, JSON or CSV (JSON and CSV
  with the columns and value forms of the exported ``statements`` table);
- ``cite``: a citation of a statement or an article (APA, Chicago, BibTeX, CSL-JSON);
- ``suggest``: the statements a raw article suggests, as a table, JSON or a draft
  annotation file for ``build``;
- ``build``: build a corpus file from raw texts and annotation files, on their own or
  on top of a base corpus (the bundled one);
- ``validate``: check a corpus file and list every problem;
- ``export``: write the corpus as Parquet, JSON Lines, CSV or W3C Web Annotation.
"""

from __future__ import annotations

import argparse
import contextlib
import difflib
import hashlib
import io
import json
import os
import re
import shutil
import sys
import textwrap
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from . import export
from .builder import build
from .builder.builder import MAX_TEXT_BYTES, normalise_text
from .bundled import load
from .citation import STYLES, cite
from .corpus import Corpus, diff
from .corpus.merge import MergePolicy
from .exceptions import CorpusError, InvalidQueryError, UnknownRecordError, shown
from .io.files import atomic_write
from .io.jsonfile import dumps
from .io.parquet import read_parquet
from .io.reading import check_path, read_text
from .io.rows import dump_csv, dump_jsonl, json_rows
from .io.webannotation import to_web_annotations
from .model import ActorKind, ReliabilityLevel, Statement
from .query.filters import FILTERS, check_filters
from .suggestions import suggest

STDOUT = "-"
"""The ``--out`` that means standard output."""


def _stdout() -> TextIO:
    """Standard output, or an error if the command was started with it closed."""
    if sys.stdout is None:
        # Started with standard output closed: what the command prints would be lost.
        raise CorpusError("standard output is closed; nothing could be printed")
    return sys.stdout


__all__ = ["main", "make_parser"]


BASE_BUNDLED = "bundled"
"""The ``--base``, ``--corpus``, ``diff`` argument that means the bundled corpus."""


def _corpus(path: str | None) -> Corpus:
    """A corpus JSON file, a Parquet export folder, or (``None`` or ``"bundled"``, when
    no file has that name) the bundled corpus."""
    if path == BASE_BUNDLED and not Path(path).exists():
        path = None
    if path is not None and Path(check_path(path)).is_dir():
        return read_parquet(path)
    return load(path)


def _add_corpus_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--corpus",
        metavar="PATH",
        help=(
            "a corpus JSON file or a Parquet export folder (default, or 'bundled': the "
            "bundled corpus)"
        ),
    )


def _info(args: argparse.Namespace) -> int:
    corpus = _corpus(args.corpus)
    rows = [
        ("articles", len(corpus.articles)),
        ("statements", len(corpus.statements)),
        ("actors", len(corpus.actors)),
        ("speakers", len({a for s in corpus.statements for a in s.speakers})),
        ("agreements", len(corpus.agreements)),
        ("topics", len(corpus.topics)),
        ("events", len(corpus.events)),
        ("references", len(corpus.references)),
        ("conflicts", len(corpus.conflicts)),
    ]
    if args.format == "json":
        print(json.dumps(dict(rows), indent=2), file=_stdout())
    else:
        width = max(len(name) for name, _ in rows)
        out = _stdout()
        for name, count in rows:
            print(f"{name:<{width}}  {count:>6}", file=out)
    return 0


def _table(corpus: Corpus, found: Sequence[Statement]) -> str:
    width = max(60, shutil.get_terminal_size((100, 20)).columns)
    out = []
    for s in found:
        date = s.date_text or "undated"
        speaker = " and ".join(corpus.actor(a).name for a in s.speakers)
        head = f"{date}  {speaker}  [{s.mode.value}]  {s.id}"
        if corpus.article(s.article_id).reliability.level is ReliabilityLevel.LOW:
            head += "  (weak source: its article is rated low)"
        out.append(head)
        out.append(
            textwrap.fill(s.text, width=width, initial_indent="    ", subsequent_indent="    ")
        )
    out.append(f"({len(found)} statement{'s' if len(found) != 1 else ''})")
    return "\n".join(out)


class _Once(argparse.Action):
    """An option that takes one value: given twice, it is refused rather than the
    first value silently dropped (``--since 2024 --since 2025``)."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[Any] | None,
        option_string: str | None = None,
    ) -> None:
        if getattr(namespace, self.dest, None) is not None:
            parser.error(f"{option_string} given twice: it takes one value")
        setattr(namespace, self.dest, values)


def _text_filter(
    texts: list[str] | None, patterns: list[str] | None
) -> str | re.Pattern[str] | None:
    """The ``text`` filter of ``--text`` and ``--regex``: a repeated one matches any of its
    values (as every repeated filter does); the two together are refused, since a
    statement's text is one filter."""
    if texts and patterns:
        msg = "--text and --regex are one filter: give either (a --regex can hold a|b)"
        raise CorpusError(msg)
    if patterns:
        joined = patterns[0] if len(patterns) == 1 else "|".join(f"(?:{p})" for p in patterns)
        try:
            return re.compile(joined, re.IGNORECASE)
        except re.error as exc:
            raise CorpusError(f"--regex {' '.join(patterns)!r}: {exc}") from None
    if texts and len(texts) > 1:
        return re.compile("|".join(re.escape(t) for t in texts), re.IGNORECASE)
    return texts[0] if texts else None


def _statements(args: argparse.Namespace) -> int:
    out = _stdout()
    corpus = _corpus(args.corpus)
    text = _text_filter(args.text, args.regex)
    # Every option named after a filter passes on as that filter.
    given = {name: getattr(args, name) for name in FILTERS if hasattr(args, name)}
    try:
        found = corpus.find_statements(**check_filters({**given, "text": text}))
    except CorpusError as exc:
        if not (args.regex and str(exc).startswith("text: ")):
            raise
        # the pattern was given as --regex: the message names the option typed
        raise type(exc)("--regex: " + str(exc).removeprefix("text: ")) from None
    if args.format == "json":
        rows = list(json_rows(corpus, "statements", found))
        print(json.dumps(rows, ensure_ascii=False, indent=2), file=out)
    elif args.format == "csv":
        dump_csv(corpus, out, "statements", found)
    elif args.format == "ids":
        for s in found:
            print(s.id, file=out)
    else:
        print(_table(corpus, found), file=out)
    return 0


def _cite(args: argparse.Namespace) -> int:
    corpus = _corpus(args.corpus)
    ids: list[str] = []
    for given in args.ids:
        # "-" reads ids from the standard input (the output of statements --format
        # ids); "a001-s01,a001-s02" is two ids
        words = sys.stdin.read().split() if given == "-" else [given]
        ids += [part for word in words for part in word.split(",") if part]
    if not ids:
        raise CorpusError("cite: no ids given (the standard input held none)")
    print(cite(ids, args.style, corpus=corpus), file=_stdout())
    return 0


def _suggest(args: argparse.Namespace) -> int:
    from .suggestions.render import slug, to_json, to_table, to_toml

    out = _stdout()
    # The text as build reads it (BOM dropped, line ends \n), so that the draft's
    # passages and body rules match what build will cut.
    text = normalise_text(read_text(args.article, MAX_TEXT_BYTES))
    corpus = _corpus(args.corpus)
    found = suggest(text, corpus=corpus, published=args.published)
    if args.format == "json":
        print(to_json(found), file=out)
    elif args.format == "toml":
        name = Path(args.article).name
        article_id = args.id if args.id is not None else slug(Path(name).stem)
        draft = to_toml(
            found,
            text,
            article_id=article_id,
            source_file=name,
            published=args.published,
            corpus=corpus,
        )
        out.write(draft)
    else:
        width = max(60, shutil.get_terminal_size((120, 20)).columns)
        lines = [to_table(found, width=width)] if found else []
        lines.append(f"({len(found)} suggestion{'s' if len(found) != 1 else ''})")
        print("\n".join(lines), file=out)
    return 0


def _build(args: argparse.Namespace) -> int:
    if args.out == STDOUT and args.checksum:
        raise CorpusError("--checksum needs --out FILE: it writes FILE.sha256 beside it")
    out_stream = _stdout() if args.out == STDOUT else None
    if args.on_conflict is not None and args.base is None:
        raise CorpusError("--on-conflict applies only with --base: there is no base to clash with")
    base = None
    if args.base is not None:
        base = load() if args.base == BASE_BUNDLED else _corpus(args.base)
    policy: MergePolicy = args.on_conflict or "raise"
    corpus = build(args.seeds, args.annotations, base=base, on_conflict=policy)
    text = dumps(corpus, indent=1)
    if out_stream is not None:
        out_stream.write(text)
        print(f"built {corpus!r} -> standard output", file=sys.stderr)
        return 0
    out = Path(check_path(args.out))  # not "", which would be the current folder
    if not args.checksum:
        with atomic_write(out) as handle:
            handle.write(text)
    else:
        # The checksum's file is opened first, so that a target that cannot be written
        # (a folder, a read-only place) fails before the corpus is replaced; it is put
        # in place just after the corpus.
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        with atomic_write(out.with_name(out.name + ".sha256")) as summed:
            summed.write(f"{digest}  {out.name}\n")
            with atomic_write(out) as handle:
                handle.write(text)
    print(f"built {corpus!r} -> {out}", file=sys.stderr)
    return 0


def _validate(args: argparse.Namespace) -> int:
    out = _stdout()
    corpus = _corpus(args.file)
    print(f"{args.file}: valid, {corpus!r}", file=out)
    return 0


def _diff(args: argparse.Namespace) -> int:
    old = _corpus(None if args.old == BASE_BUNDLED else args.old)
    new = _corpus(None if args.new == BASE_BUNDLED else args.new)
    changes = diff(old, new)
    if args.format == "json":
        print(json.dumps(changes.to_dict(), ensure_ascii=False, indent=2), file=_stdout())
    else:
        print(changes, file=_stdout())
    return 0


class _Progress:
    """Progress of a long command on stderr: one line per step, with elapsed seconds."""

    def __init__(self) -> None:
        self._clock = time.perf_counter
        self._start = self._clock()

    def __call__(self, message: str) -> None:
        elapsed = self._clock() - self._start
        print(f"asean-corpus: [{elapsed:6.1f} s] {message}", file=sys.stderr, flush=True)


def _export_source(path: str | None, progress: _Progress) -> Corpus:
    """The corpus to export: the bundled one, a corpus JSON file, or a Parquet export."""
    if path is not None and Path(path).is_dir():
        progress(f"reading the Parquet export {path}")
        corpus = read_parquet(path)
    else:
        progress(f"reading {path or 'the bundled corpus'}")
        corpus = _corpus(path)
    progress(f"read {corpus!r}")
    return corpus


def _export(args: argparse.Namespace) -> int:
    if args.table is not None and args.format not in ("jsonl", "csv"):
        raise CorpusError(
            f"--table applies to jsonl and csv; {args.format} exports "
            + ("every table" if args.format == "parquet" else "the statements")
        )
    if args.out == STDOUT and args.format == "parquet":
        raise CorpusError(
            "--out - (standard output) takes jsonl, csv or webannotation; parquet writes a folder"
        )
    stream = _stdout() if args.out == STDOUT else None
    progress = _Progress()
    corpus = _export_source(args.corpus, progress)
    table = args.table or "statements"
    if stream is not None:
        what = "statements" if args.format == "webannotation" else table
        progress(f"writing {what} as {args.format} to standard output")
        if args.format == "jsonl":
            dump_jsonl(corpus, stream, table)
        elif args.format == "csv":
            dump_csv(corpus, stream, table)
        else:
            doc = to_web_annotations(corpus)
            stream.write(json.dumps(doc, ensure_ascii=False, indent=1) + "\n")
        progress("wrote standard output")
        return 0
    out = Path(check_path(args.out))  # not "", which would be the current folder
    if args.format == "parquet":
        progress(f"writing Parquet to {out}/")
        export.write_parquet(corpus, out, progress=progress)
    elif args.format == "jsonl":
        progress(f"writing {table} as JSON Lines to {out}")
        export.write_jsonl(corpus, out, table)
    elif args.format == "csv":
        progress(f"writing {table} as CSV to {out}")
        export.write_csv(corpus, out, table)
    else:
        progress(f"writing {len(corpus.statements)} Web Annotations to {out}")
        export.write_web_annotations(corpus, out)
    progress(f"wrote {out}")
    return 0


DESCRIPTION = """\
Ask the corpus of statements on ASEAN-China cooperation: who said what, when, in
which article; export its tables; cite a statement; build and check corpus files.
Every command reads the bundled corpus unless --corpus names another."""


def _version() -> str:
    from importlib.metadata import version

    return version("asean-corpus")


def make_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``asean-corpus`` command (used for its documentation)."""
    parser = argparse.ArgumentParser(prog="asean-corpus", description=DESCRIPTION)
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {_version()}",
        help="print the version of asean_corpus and exit",
    )
    sub = parser.add_subparsers(
        dest="command", required=True, metavar="COMMAND", help="what to do (see COMMAND --help)"
    )

    info = sub.add_parser(
        "info",
        help="count the records of the corpus",
        description="Count the records of each table of the corpus, and the speakers.",
    )
    _add_corpus_option(info)
    info.add_argument(
        "--format",
        choices=("table", "json"),
        default="table",
        help="a table for reading, or a JSON object (default: table)",
    )
    info.set_defaults(run=_info)

    st = sub.add_parser(
        "statements",
        help="print the statements matching filters",
        description=(
            "Print the statements matching filters, in date order. Filters combine with "
            "AND; a repeated filter means any of its values. JSON and CSV have the "
            "columns and value forms of the exported statements table (asean-corpus "
            "export), one row per statement."
        ),
    )
    _add_corpus_option(st)
    st.add_argument("--speaker", action="append", help="actor id, name, alias or office")
    st.add_argument(
        "--speaker-kind",
        action="append",
        choices=[k.value for k in ActorKind],
        metavar="KIND",
        help="kind of speaker: " + ", ".join(k.value for k in ActorKind),
    )
    st.add_argument(
        "--affiliation",
        action="append",
        metavar="ACTOR",
        help=(
            "an organisation or state (or a kind of actor): speakers who are it, belong "
            "to it, or hold a role at it or at one of its organisations"
        ),
    )
    st.add_argument("--topic", action="append", help="topic id or label (with narrower topics)")
    st.add_argument(
        "--since", action=_Once, help="earliest date, inclusive (2025, 2025-06, 'June 2025')"
    )
    st.add_argument("--until", action=_Once, help="latest date, inclusive")
    st.add_argument("--article", action="append", help="article id")
    st.add_argument("--agreement", action="append", help="agreement id, name or alias")
    st.add_argument("--event", action="append", help="event id, name or alias")
    st.add_argument("--text", action="append", help="case-insensitive substring of the statement")
    st.add_argument("--regex", action="append", help="case-insensitive regular expression")
    st.add_argument(
        "--words",
        action="append",
        help="a word or phrase held as whole words, case-insensitive (RCEP, not perception)",
    )
    st.add_argument(
        "--mode", action="append", help="direct_quote, partial_quote, reported, authored"
    )
    st.add_argument(
        "--attribution",
        action="append",
        help="how the speaker was determined: named, carried, office, inferred",
    )
    st.add_argument(
        "--reliability",
        action="append",
        help="the article's rating as a source: high, medium, low (repeat for several)",
    )
    st.add_argument(
        "--include-undated",
        action="store_true",
        help="with a date bound or an office, also keep statements whose date is unknown",
    )
    st.add_argument(
        "--format",
        choices=("table", "json", "csv", "ids"),
        default="table",
        help=(
            "a table for reading, a JSON array, CSV, or the ids alone, one a line (to cite "
            "them: ... --format ids | asean-corpus cite -) (default: table)"
        ),
    )
    st.set_defaults(run=_statements)

    ct = sub.add_parser(
        "cite",
        help="cite a statement or an article",
        description=(
            "Print a citation of a statement or an article: its authors or outlet, "
            "title, date and address, and for a statement its place in the article "
            "(id and characters). Several ids give several citations, separated by "
            "a blank line (CSL-JSON: one array). APA and Chicago need the 'cite' extra: "
            "pip install 'asean-corpus[cite]' (in a clone: pip install '.[cite]'); "
            "BibTeX and CSL-JSON need nothing more."
        ),
    )
    _add_corpus_option(ct)
    ct.add_argument(
        "ids",
        metavar="ID",
        nargs="+",
        help=(
            "the id of a statement (a001-s01) or an article; several are cited in turn; "
            "- reads ids from the standard input"
        ),
    )
    ct.add_argument(
        "--style",
        choices=STYLES,
        type=lambda text: text.strip().lower(),
        default="apa",
        help="citation style (default: apa)",
    )
    ct.set_defaults(run=_cite)

    sg = sub.add_parser(
        "suggest",
        help="suggest the statements of a raw article, for review",
        description=(
            "Read a raw article (UTF-8 text, page furniture and all) and list the "
            "statements it attributes: direct and partial quotes, reported speech and "
            "claims credited to a named person, body or publication, with their "
            "speakers resolved against the corpus. The toml format is a draft "
            "annotation file for build: review it (confirm, edit or delete each "
            "statement), then build. Offsets index the text as build reads it (a "
            "leading BOM dropped, CR and CRLF line ends read as LF)."
        ),
    )
    sg.add_argument("article", metavar="ARTICLE", help="the raw article, a UTF-8 text file")
    sg.add_argument(
        "--published",
        metavar="DATE",
        help=(
            "publication date, read from the page when not given (a byline or a "
            "'Published:' line with a date, a date under the headline): resolves "
            "relative dates ('on Tuesday') when the text has no dated dateline, and is "
            "the draft's published date"
        ),
    )
    sg.add_argument(
        "--format",
        choices=("table", "json", "toml"),
        default="table",
        help=(
            "a table for reading, a JSON array (one object per suggestion), or a draft "
            "annotation file for build (default: table)"
        ),
    )
    _add_corpus_option(sg)
    sg.add_argument(
        "--id",
        metavar="ARTICLE_ID",
        help="the article id in the toml draft (default: from the file name)",
    )
    sg.set_defaults(run=_suggest)

    b = sub.add_parser(
        "build",
        help="build a corpus file from raw texts and annotations",
        description=(
            "Build a corpus from raw article texts and TOML annotation files, check it, "
            "and write it as a corpus JSON file. Every problem in the annotations is "
            "listed at once. Built on a base corpus (the bundled one, say), the "
            "annotations may use its actors, topics, agreements, events and references "
            "by id, registry files are optional, and the corpus written holds the "
            "base's records too."
        ),
    )
    b.add_argument("--seeds", required=True, help="folder of raw article texts")
    b.add_argument("--annotations", required=True, help="folder of annotation files")
    b.add_argument("--out", required=True, help="corpus JSON file to write (- for standard output)")
    b.add_argument("--checksum", action="store_true", help="also write OUT.sha256")
    b.add_argument(
        "--base",
        metavar="bundled|FILE",
        help=(
            "a corpus to build on: 'bundled', a corpus JSON file or a Parquet export "
            "folder (default: none)"
        ),
    )
    b.add_argument(
        "--on-conflict",
        choices=("raise", "keep", "replace"),
        help=(
            "with --base, for a record that differs from the base's record of the same "
            "id: report it (raise), keep the base's (keep) or use the annotations' "
            "(replace) (default: raise)"
        ),
    )
    b.set_defaults(run=_build)

    v = sub.add_parser(
        "validate",
        help="check a corpus file; list every problem",
        description=(
            "Check a corpus JSON file against the format and the corpus rules; print "
            "every problem with its JSON path and record id, and exit with status 1 "
            "if there is any."
        ),
    )
    v.add_argument("file", metavar="FILE", help="the corpus JSON file to check")
    v.set_defaults(run=_validate)

    d = sub.add_parser(
        "diff",
        help="list the records added, removed and changed between two corpora",
        description=(
            "Compare two corpora record by record: what became of each id, and which "
            "fields of a changed record differ. OLD and NEW are corpus JSON files, "
            "Parquet export folders, or the word 'bundled' for the bundled corpus; "
            "without NEW, OLD is compared with the bundled corpus. To see what your own "
            "corpus adds to the bundled one: diff bundled my-corpus.json."
        ),
    )
    d.add_argument(
        "old", metavar="OLD", help="the older corpus (file, Parquet folder or 'bundled')"
    )
    d.add_argument(
        "new",
        metavar="NEW",
        nargs="?",
        help="the newer corpus (file, Parquet folder or 'bundled'; default: bundled)",
    )
    d.add_argument(
        "--format", choices=("text", "json"), default="text", help="text lines or one JSON object"
    )
    d.set_defaults(run=_diff)

    ex = sub.add_parser(
        "export",
        help="export the corpus as Parquet, JSON Lines, CSV or W3C Web Annotation",
        description=(
            "parquet writes a folder (one sub-folder per table, statements one file a "
            "year); jsonl and csv write one table to a file; webannotation writes the "
            "statements as a JSON-LD AnnotationCollection. Progress goes to stderr."
        ),
    )
    ex.add_argument(
        "--corpus",
        metavar="PATH",
        help=(
            "a corpus JSON file or a Parquet export folder (default, or 'bundled': the "
            "bundled corpus)"
        ),
    )
    ex.add_argument(
        "--format",
        required=True,
        choices=("parquet", "jsonl", "csv", "webannotation"),
        help="what to write",
    )
    ex.add_argument(
        "--out",
        required=True,
        metavar="PATH",
        help="file (or folder for parquet); - for standard output",
    )
    ex.add_argument(
        "--table", choices=export.TABLES, help="table for jsonl and csv (default statements)"
    )
    ex.set_defaults(run=_export)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status.

    0 when done; 1 for a data, query or file error, and when standard output is closed
    or cannot be written (a full disk), each reported in one line on standard error;
    130 when interrupted (Ctrl-C); 0 when the reader of a pipe stops reading.
    """
    try:
        args = _parse(make_parser(), argv)
        status: int = args.run(args)
        if sys.stdout is not None:
            sys.stdout.flush()  # a full disk shows here, not at exit
    except KeyboardInterrupt:
        _quiet_stdout()
        _error("interrupted")
        return 130
    except BrokenPipeError:
        _quiet_stdout()
        return 0
    except CorpusError as exc:
        _quiet_stdout()
        query = isinstance(exc, (InvalidQueryError, UnknownRecordError))
        _error(_as_options(str(exc)) if query else str(exc))
        return 1
    except UnicodeEncodeError as exc:
        out = sys.stdout
        char = exc.object[exc.start : exc.end]
        if out is None or _encodes(char, out.encoding):
            raise  # not standard output's doing
        _quiet_stdout()
        _error(
            f"cannot write standard output: its encoding ({out.encoding}) has no "
            f"{char!a}; run with PYTHONIOENCODING=utf-8 or python -X utf8"
        )
        return 1
    except OSError as exc:  # standard output or another stream the library does not name
        _quiet_stdout()
        # The library names its own files (CorpusFileError); an OSError naming no file
        # comes from writing standard output (a full disk, a closed descriptor).
        where = "standard output" if exc.filename is None else shown(os.fsdecode(exc.filename))
        _error(f"cannot write {where}: {exc.strerror or exc}")
        return 1
    return status


def _parse(parser: argparse.ArgumentParser, argv: Sequence[str] | None) -> argparse.Namespace:
    """The arguments; an unknown one is refused by the command it was given to.

    argparse refuses it with the usage of the whole program; the command's usage, with
    the option it most resembles, says more ("--speker": did you mean --speaker?).
    """
    args, extra = parser.parse_known_args(argv)
    if extra:
        command = next(
            a.choices[args.command]
            for a in parser._actions
            if isinstance(a, argparse._SubParsersAction)
        )
        known = [o for a in command._actions for o in a.option_strings if o.startswith("--")]
        hints: list[tuple[str, str]] = []
        for arg in extra:
            name = arg.split("=", 1)[0]
            if name.startswith("-") and name not in known:
                close = difflib.get_close_matches(name, known, n=1, cutoff=0.7)
                hints += [(name, close[0])] if close else []
        message = f"unrecognized arguments: {' '.join(extra)}"
        if len(hints) == 1:
            message += f" (did you mean {hints[0][1]}?)"
        elif hints:
            message += f" (did you mean {', '.join(f'{b} for {a}' for a, b in hints)}?)"
        command.error(message)
    return args


def _encodes(text: str, encoding: str | None) -> bool:
    try:
        text.encode(encoding or "utf-8")
    except (UnicodeEncodeError, LookupError):
        return False
    return True


_PYTHON_FILTER = re.compile(
    r"\b(speaker_kind|speaker|affiliation|topic|agreement|event|article|mode|attribution|reliability"
    r"|since|until)=('(?:[^'\\]|\\.)*')"
)
_EITHER = re.compile(r", or any_of=\[.*?\] for either")


def _as_options(message: str) -> str:
    """A query error's advice in the command line's words: ``--agreement 'RCEP'`` for
    ``agreement='RCEP'``; the advice on ``any_of``, which has no option, is left out."""
    message = _EITHER.sub("", message)
    return _PYTHON_FILTER.sub(lambda m: f"--{m.group(1).replace('_', '-')} {m.group(2)}", message)


def _error(message: str) -> None:
    if sys.stderr is not None:
        with contextlib.suppress(OSError):  # standard error is gone too
            print(f"asean-corpus: error: {message}", file=sys.stderr, flush=True)


def _quiet_stdout() -> None:
    """Drop what standard output still buffers, so exiting prints no second error."""
    if sys.stdout is None:
        return
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, io.UnsupportedOperation):  # not a real file (captured)
        pass
