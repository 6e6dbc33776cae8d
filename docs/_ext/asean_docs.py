"""Sphinx directives that render parts of the docs from the code and the data.

- ``cli-reference``: the command line, read from the ``argparse`` parser of
  :mod:`asean_corpus.cli` (usage, then every option of every subcommand as
  ``program``/``option`` entries that ``:option:`` can link to), with examples: the
  command lines in the directive's content, run when the page is built, each shown
  with what it printed;
- ``topic-table``: the topic hierarchy of the bundled corpus as a table, with the
  number of statements under each topic.

Both are regenerated whenever their source (``cli.py``, the bundled data) changes.

It also resolves the library's names however a docstring spells them, checks that
every public name is documented, gives the highlighted source pages a wider column,
adds the anchors their "[docs]" links point to, and packs the guides' example corpus
as ``guides/example-corpus.zip`` for readers to download.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import shlex
import shutil
import tempfile
import types
import typing
import zipfile
from collections.abc import Iterator
from importlib.resources import files
from pathlib import Path
from typing import Any

from docutils import nodes
from docutils.statemachine import StringList
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective
from sphinx.util.nodes import nested_parse_with_titles


def _subcommands(parser: argparse.ArgumentParser) -> list[tuple[str, str, argparse.ArgumentParser]]:
    """``(name, one-line help, parser)`` of every subcommand, in declaration order."""
    out = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {a.dest: a.help or "" for a in action._choices_actions}
            for name, sub in action.choices.items():
                out.append((name, helps.get(name, ""), sub))
    return out


class _UsageFormatter(argparse.HelpFormatter):
    """Usage lines that fit the page: a long list of choices is shown by its name.

    ``--table {statements,articles,...}`` cannot be wrapped; the usage says
    ``--table TABLE`` and the option's entry below lists the choices.
    """

    def _metavar_formatter(self, action: argparse.Action, default_metavar: str) -> Any:
        choices = action.choices
        if action.metavar is None and choices and len(",".join(map(str, choices))) > 30:
            name = action.dest.upper()
            return lambda size: (name,) * size
        return super()._metavar_formatter(action, default_metavar)


def _usage(parser: argparse.ArgumentParser) -> str:
    formatter = _UsageFormatter(parser.prog, width=88)
    formatter.add_usage(parser.usage, parser._actions, parser._mutually_exclusive_groups)
    return formatter.format_help().strip()


def _sentence(text: str) -> str:
    text = text.strip()
    if not text:
        return ""
    if text.split()[0].isalpha():  # not a literal value such as direct_quote
        text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "?", "!")) else text + "."


def _option_lines(parser: argparse.ArgumentParser) -> list[str]:
    formatter = argparse.HelpFormatter(parser.prog)
    lines: list[str] = []
    for action in parser._actions:
        if isinstance(action, (argparse._HelpAction, argparse._SubParsersAction)):
            continue
        signature = formatter._format_action_invocation(action)
        sentences = [_sentence(action.help or "")]
        if action.required and action.option_strings:
            sentences.append("Required.")
        if isinstance(action, argparse._AppendAction):
            sentences.append("May be repeated; any of the values matches.")
        if action.default not in (None, False, argparse.SUPPRESS):
            sentences.append(f"Default: ``{action.default}``.")
        text = " ".join(x for x in sentences if x)
        lines += [f".. option:: {signature}", "", f"   {text}", ""]
    return lines


EXAMPLE_LINES = 16  # lines of an example's output shown on the page
EXAMPLE_WIDTH = 88  # a longer command line is broken before its options


def _command_line(argv: list[str], prog: str) -> str:
    """``$ prog arg ...``, broken with backslashes before options to fit the page."""
    line, lines = f"$ {prog}", []
    for arg in argv:
        word = shlex.quote(arg)
        if arg.startswith("--") and len(line) + len(word) + 3 > EXAMPLE_WIDTH - 8:
            lines.append(line + " \\")
            line = "    " + word
        else:
            line += " " + word
    return "\n".join([*lines, line])


@contextlib.contextmanager
def _example_folder(example_corpus: Path) -> Iterator[Path]:
    """A temporary working folder holding a copy of the small example corpus.

    The command wraps text to the terminal's width, taken from ``COLUMNS`` here: the
    width of a code block on the page.
    """
    with tempfile.TemporaryDirectory() as folder:
        shutil.copytree(example_corpus, Path(folder) / "example-corpus")
        previous, columns = Path.cwd(), os.environ.get("COLUMNS")
        os.chdir(folder)
        os.environ["COLUMNS"] = str(EXAMPLE_WIDTH)
        try:
            yield Path(folder)
        finally:
            os.chdir(previous)
            if columns is None:
                del os.environ["COLUMNS"]
            else:
                os.environ["COLUMNS"] = columns


def _run_examples(commands: list[str], example_corpus: Path) -> dict[str, list[str]]:
    """Run each ``asean-corpus ...`` line in one folder, in order; its page text by subcommand.

    Each example is the command line and what it printed (stdout, then stderr), cut to
    ``EXAMPLE_LINES`` lines. A command that fails stops the build.
    """
    from sphinx.errors import ExtensionError

    from asean_corpus.cli import main, make_parser

    prog = make_parser().prog
    examples: dict[str, list[str]] = {}
    with _example_folder(example_corpus):
        for command in commands:
            argv = shlex.split(command)
            if argv[:1] != [prog] or len(argv) < 2:
                msg = f"cli-reference: an example must start with {prog!r}: {command!r}"
                raise ExtensionError(msg)
            out, err = io.StringIO(), io.StringIO()
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                status = main(argv[1:])
            if status != 0:
                msg = f"cli-reference: {command!r} exited with {status}: {err.getvalue()}"
                raise ExtensionError(msg)
            printed = (out.getvalue() + err.getvalue()).rstrip("\n").splitlines()
            if len(printed) > EXAMPLE_LINES:
                printed = [*printed[:EXAMPLE_LINES], "..."]
            text = _command_line(argv[1:], prog).splitlines() + printed
            examples.setdefault(argv[1], []).append("\n".join(text))
    return examples


def _cli_rst(examples: dict[str, list[str]]) -> list[str]:
    from asean_corpus.cli import make_parser

    parser = make_parser()
    lines = [f".. program:: {parser.prog}", "", "::", ""]
    lines += ["   " + line for line in _usage(parser).splitlines()]
    lines.append("")
    for name, summary, sub in _subcommands(parser):
        title = f"``{parser.prog} {name}``"
        lines += [title, "-" * len(title), "", f".. program:: {sub.prog}", ""]
        lines += [_sentence(summary), ""]
        if sub.description:
            lines += [sub.description, ""]
        lines += ["::", ""] + ["   " + line for line in _usage(sub).splitlines()] + [""]
        for k, example in enumerate(examples.get(name, [])):
            lines += ["For example:" if k == 0 else "And:", "", ".. code-block:: console", ""]
            lines += ["   " + line for line in example.splitlines()] + [""]
        lines += _option_lines(sub)
    return lines


class CliReference(SphinxDirective):
    """Document the ``asean-corpus`` command from its argparse parser.

    The content is example command lines, one a line, run in this order in a
    temporary folder that holds a copy of ``docs/guides/example-corpus`` (as
    ``example-corpus``); each is shown under its subcommand with what it printed.

    It writes reStructuredText, so use it from reST (in MyST: inside ``eval-rst``).
    """

    has_content = True

    def run(self) -> list[nodes.Node]:
        import asean_corpus.cli

        self.env.note_dependency(asean_corpus.cli.__file__)
        example_corpus = Path(self.env.srcdir) / "guides" / "example-corpus"
        commands = [line.strip() for line in self.content if line.strip()]
        examples = _run_examples(commands, example_corpus)
        node = nodes.section()
        node.document = self.state.document
        rst = StringList(_cli_rst(examples), "<cli-reference>")
        nested_parse_with_titles(self.state, rst, node)
        return list(node.children)


def _entry(*children: nodes.Node) -> nodes.entry:
    entry = nodes.entry()
    entry += nodes.paragraph("", "", *children)
    return entry


class TopicTable(SphinxDirective):
    """The topic hierarchy of the bundled corpus, one row per topic, depth first."""

    has_content = False

    def run(self) -> list[nodes.Node]:
        import asean_corpus as ac

        self.env.note_dependency(str(files("asean_corpus") / "data" / "corpus.json"))
        corpus = ac.load()
        children: dict[str | None, list[Any]] = {}
        for topic in corpus.topics:
            children.setdefault(topic.parent, []).append(topic)

        headers = ("Topic", "Id", "Definition", "Statements")
        table = nodes.table(classes=["topic-table"])
        group = nodes.tgroup(cols=len(headers))
        table += group
        for width in (22, 18, 50, 10):
            group += nodes.colspec(colwidth=width)
        head_row = nodes.row()
        for header in headers:
            head_row += _entry(nodes.Text(header))
        group += nodes.thead("", head_row)
        body = nodes.tbody()
        group += body

        def add(topic: Any, depth: int) -> None:
            count = len(corpus.find_statements(topic=topic.id))
            row = nodes.row()
            indent = "\u2003" * depth + ("\u21b3 " if depth else "")
            label = nodes.strong(text=topic.label) if depth == 0 else nodes.Text(topic.label)
            row += _entry(nodes.Text(indent), label)
            row += _entry(nodes.literal(text=topic.id))
            row += _entry(nodes.Text(topic.description))
            row += _entry(nodes.Text(str(count)))
            body.append(row)
            for child in children.get(topic.id, []):
                add(child, depth + 1)

        for root in children.get(None, []):
            add(root, 0)
        return [table]


def _public_alias(app: Sphinx, env: Any, node: Any, contnode: Any) -> Any:
    """Resolve a name of the library however a docstring or type hint spells it.

    Type hints name a record by the module that defines it
    (``asean_corpus.model.Actor``) and docstrings by its bare name relative to that
    module (``Actor`` in ``asean_corpus.query``, ``write_parquet`` in
    ``asean_corpus.export``); the reference documents each once, public names where
    users import them from (``asean_corpus.Actor``). A name in ``__all__`` resolves
    to that; any other resolves when exactly one documented object of the library
    ends with it.
    """
    if node.get("refdomain") != "py":
        return None
    target = node.get("reftarget", "")
    parts = target.split(".")
    if len(parts) > 1 and parts[0] != "asean_corpus":
        candidates = []
    else:
        import asean_corpus

        name = parts[-1]
        if name in asean_corpus.__all__:
            candidates = [f"asean_corpus.{name}"]
        else:
            suffix = "." + ".".join(parts[1:] if parts[0] == "asean_corpus" else parts)
            domain = env.get_domain("py")
            kinds = domain.objtypes_for_role(node["reftype"]) or ()
            candidates = [
                full
                for full, entry in domain.objects.items()
                if full.startswith("asean_corpus.")
                and full.endswith(suffix)
                and entry.objtype in kinds
            ]
    if len(candidates) != 1:
        return None
    return env.get_domain("py").resolve_xref(
        env, node["refdoc"], app.builder, node["reftype"], candidates[0], node, contnode
    )


def _reexported_data_doc(
    app: Sphinx, what: str, name: str, obj: Any, options: Any, lines: list[str]
) -> None:
    """Give a re-exported constant or type alias the docstring written where it is defined.

    ``asean_corpus.DateLike`` is assigned in ``asean_corpus.dates`` with a docstring
    below it; documented under the package name, autodoc would find no docstring there
    and show the value's type's docstring (``int``'s, ``UnionType``'s) instead. A type
    alias that is a union (``ActorQuery = Actor | str``) also gets a line naming its
    members, each linked.
    """
    if what != "data" or not name.startswith("asean_corpus."):
        return
    import sys

    from sphinx.pycode import ModuleAnalyzer

    short = name.rpartition(".")[2]
    for modname, module in sorted(sys.modules.items()):
        if not modname.startswith("asean_corpus.") or getattr(module, short, None) is not obj:
            continue
        doc = ModuleAnalyzer.for_module(modname).find_attr_docs().get(("", short))
        if doc:
            lines[:] = list(doc)
            break
    if isinstance(obj, types.UnionType):
        lines += ["", f"Type: {_union_rst(obj)}"]


def _union_rst(union: types.UnionType) -> str:
    """``Actor | str`` as reST that links each member (``:class:`~asean_corpus.Actor```)."""
    import asean_corpus

    parts = []
    for member in typing.get_args(union):
        if member is type(None):
            parts.append("``None``")
        elif getattr(asean_corpus, member.__name__, None) is member:
            parts.append(f":class:`~asean_corpus.{member.__name__}`")
        elif member.__module__ == "builtins":
            parts.append(f":class:`{member.__qualname__}`")
        else:
            parts.append(f":class:`{member.__module__}.{member.__qualname__}`")
    return " | ".join(parts)


def _viewcode_back_anchors(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """Give the "[docs]" links of the highlighted sources the anchors they point to.

    ``sphinx.ext.viewcode`` writes one source page per module where code is defined and
    links each documented object on it back to ``#<refname>.<name>``, with one
    ``refname`` per source module: the public module of the first object documented
    from it. A source module whose objects are documented under two public modules
    (``asean_corpus.io.parquet``: ``read_parquet`` under ``asean_corpus``,
    ``write_parquet`` under ``asean_corpus.export``) gets links to anchors that do not
    exist. This adds that anchor to the object's signature, beside its own.
    """
    from sphinx import addnodes
    from sphinx.ext.viewcode import _get_full_modname

    modules = getattr(app.env, "_viewcode_modules", {})
    for signode in doctree.findall(addnodes.desc_signature):
        modname, fullname = signode.get("module"), signode.get("fullname")
        if not modname or not fullname:
            continue
        entry = modules.get(_get_full_modname(modname, fullname) or "")
        if not entry or entry[2].get(fullname) != docname or entry[3] == modname:
            continue
        anchor = f"{entry[3]}.{fullname}"
        if anchor not in signode["ids"]:
            signode["ids"].append(anchor)


def example_corpus_zip(folder: Path) -> bytes:
    """The files of ``folder`` as a zip archive, the same bytes for the same files.

    Names are sorted and dates fixed, so the archive changes only when a file does.
    """
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            info = zipfile.ZipInfo(f"{folder.name}/{path.relative_to(folder).as_posix()}")
            info.date_time = (1980, 1, 1, 0, 0, 0)
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, path.read_bytes())
    return buffer.getvalue()


def _pack_example_corpus(app: Sphinx) -> None:
    """Write ``guides/example-corpus.zip`` (git-ignored), which the guides offer."""
    folder = Path(app.srcdir) / "guides" / "example-corpus"
    target = folder.with_suffix(".zip")
    data = example_corpus_zip(folder)
    if not target.is_file() or target.read_bytes() != data:
        target.write_bytes(data)


def _check_public_names(app: Sphinx, env: Any) -> None:
    """Warn (an error under ``-W``) for a name in ``asean_corpus.__all__`` the docs omit."""
    from sphinx.util import logging

    import asean_corpus

    documented = set(env.get_domain("py").objects)
    for name in asean_corpus.__all__:
        if f"asean_corpus.{name}" not in documented:
            logging.getLogger(__name__).warning(
                "asean_corpus.%s is public (in __all__) but not in the API reference", name
            )


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_directive("cli-reference", CliReference)
    app.add_directive("topic-table", TopicTable)
    app.connect("missing-reference", _public_alias)
    app.connect("autodoc-process-docstring", _reexported_data_doc)
    app.connect("env-check-consistency", _check_public_names)
    app.connect("doctree-resolved", _viewcode_back_anchors)
    app.connect("builder-inited", _pack_example_corpus)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
