"""The ``stoltlib`` command line: ``extract``, ``plugins``, ``--version``.

Exit status: 0 when every input was read (plugin errors are reported in the output and the
summary, not in the status), 1 when any input could not be read, 2 for usage errors, 130 when
interrupted.
"""

from __future__ import annotations

import json
import os
import sys
import time
import warnings
from pathlib import Path
from typing import IO

import attrs
import click

from stoltlib._version import __version__
from stoltlib.jsonio import dumps
from stoltlib.manager import (
    DISABLE_ENV,
    PluginManager,
    disabled_from_env,
    get_plugin_manager,
    known_plugin_names,
)
from stoltlib.model import Analysis, Problem, normalize_published
from stoltlib.pipeline import Pipeline
from stoltlib.reading import ReadError

__all__ = ["cli", "main"]

#: How many plugin errors and warnings are printed one by one before only counting them.
_MAX_REPORTED = 20


def _published_option(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    try:
        return normalize_published(value)
    except ValueError as error:
        raise click.BadParameter(str(error)) from None


def _say(kind: str, message: str) -> None:
    click.echo(f"stoltlib: {kind}: {message}", err=True)


class _Output:
    """Writes analyses as JSONL or a JSON array, to stdout or to ``FILE`` via ``FILE.partial``.

    Lines are written whole, and ``FILE`` appears only when the run completes, so an interrupted
    run never leaves a half-written result behind (it leaves ``FILE.partial``).
    """

    def __init__(self, path: Path | None, fmt: str) -> None:
        self.path = path
        self.format = fmt
        self.count = 0
        self.partial = path.with_name(path.name + ".partial") if path is not None else None
        self.handle: IO[str] = (
            self.partial.open("w", encoding="utf-8") if self.partial is not None else sys.stdout
        )
        if fmt == "json":
            self.handle.write("[")

    def write(self, analysis: Analysis, *, text: bool) -> None:
        line = dumps(analysis, text=text)
        if self.format == "json":
            line = ("\n" if self.count == 0 else ",\n") + line
        else:
            line += "\n"
        self.handle.write(line)
        self.count += 1

    def finish(self) -> None:
        if self.format == "json":
            self.handle.write("\n]\n" if self.count else "]\n")
        self.handle.flush()
        if self.partial is not None and self.path is not None:
            self.handle.close()
            os.replace(self.partial, self.path)

    def abandon(self) -> None:
        if self.partial is not None:
            self.handle.close()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="stoltlib")
def cli() -> None:
    """Turn news articles into structured, verifiable facts."""


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "json"]),
    default="jsonl",
    show_default=True,
    help="JSON Lines (one analysis per line) or one JSON array.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write to FILE (by way of FILE.partial) instead of standard output.",
)
@click.option(
    "--published",
    callback=_published_option,
    metavar="DATE",
    help="Publication date (ISO) for documents that state none.",
)
@click.option(
    "--disable",
    multiple=True,
    metavar="NAME",
    help="Leave out a plugin (repeatable; also STOLTLIB_DISABLE=a,b).",
)
@click.option("--strict", is_flag=True, help="Stop at the first plugin failure.")
@click.option(
    "--input-format",
    type=click.Choice(["txt", "jsonl", "json", "html"]),
    help="Format of standard input and of named files (default: by suffix; stdin: jsonl).",
)
@click.option("--no-text", is_flag=True, help="Leave each document's text out of the output.")
@click.option("-q", "--quiet", is_flag=True, help="No summary line; errors are still printed.")
def extract(
    paths: tuple[str, ...],
    fmt: str,
    output: Path | None,
    published: str | None,
    disable: tuple[str, ...],
    strict: bool,
    input_format: str | None,
    no_text: bool,
    quiet: bool,
) -> None:
    """Extract facts from articles: .txt, .html, .jsonl(.gz), .json files, directories, - (stdin).

    Writes one JSON analysis per document, in input order.
    """
    started = time.perf_counter()
    manager = _manager(disable)
    pipeline = Pipeline(manager, published=published, strict=strict)
    try:
        out = _Output(output, fmt)
    except OSError as error:
        # A missing directory or no permission: the user's -o is wrong, not the run (exit 2).
        raise click.BadParameter(
            f"cannot write {error.filename}: {error.strerror or error}", param_hint="'-o'"
        ) from None
    counts = {"unreadable": 0, "errors": 0, "warnings": 0}
    try:
        own_files = [path for path in (out.path, out.partial) if path is not None]
        reader = pipeline.reader(input_format=input_format, exclude=own_files)
        for document in reader.read(paths):
            if isinstance(document, ReadError):
                counts["unreadable"] += 1
                _say("error", str(document))
                continue
            item = pipeline.analyze(document)
            out.write(item, text=not no_text)
            for key, problems in (("errors", item.errors), ("warnings", item.warnings)):
                for problem in problems:
                    counts[key] += 1
                    if counts[key] <= _MAX_REPORTED:
                        _say(key.rstrip("s"), _describe(item.id, problem))
    except KeyboardInterrupt:
        out.abandon()
        where = f"; finished documents are in {out.partial}" if out.partial else ""
        _say("interrupted", f"after {out.count} documents{where}")
        sys.exit(130)
    except BaseException:
        out.abandon()
        raise
    out.finish()
    skipped = reader.skipped
    if skipped and not out.count:
        # Files a directory holds besides articles (a README) are skipped quietly, but when
        # nothing at all was read, a disabled or missing reader is the likely cause: say so.
        _say(
            "warning",
            f"no documents read; {_count(len(skipped), 'file')} in directories skipped, "
            f"no reader accepts them (first: {skipped[0]})",
        )
    if not quiet:
        seconds = time.perf_counter() - started
        target = f" to {output}" if output else ""
        others = f", {_count(len(skipped), 'other file')} skipped" if skipped else ""
        click.echo(
            f"stoltlib: {out.count} documents written{target}, {counts['unreadable']} unreadable "
            f"inputs{others}, {counts['errors']} plugin errors, {counts['warnings']} warnings "
            f"in {seconds:.2f} s",
            err=True,
        )
    sys.exit(1 if counts["unreadable"] else 0)


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _describe(document: str, problem: Problem) -> str:
    if problem.plugin == "stoltlib":
        return problem.message
    return (
        f"{document}: plugin {problem.plugin!r} ({problem.stage}): "
        f"{problem.type}: {problem.message}"
    )


def _manager(disable: tuple[str, ...]) -> PluginManager:
    """A plugin manager, with load problems and unknown --disable names printed, not raised."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        manager = get_plugin_manager(disable=disable)
    for problem in manager.load_errors:
        _say("warning", f"plugin {problem.plugin!r} skipped: {problem.type}: {problem.message}")
    known = known_plugin_names()
    for name in sorted(set(disable) - known):
        _say("warning", f"--disable {name}: no installed plugin has that name")
    for name in sorted(disabled_from_env() - set(disable) - known):
        _say("warning", f"{DISABLE_ENV}: no installed plugin is named {name!r}")
    return manager


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="One JSON object per plugin.")
def plugins(as_json: bool) -> None:
    """List the installed plugins: name, version, origin and hooks."""
    manager = _manager(())
    rows = manager.plugin_info()
    if as_json:
        for info in rows:
            click.echo(json.dumps(attrs.asdict(info)))
        for problem in manager.load_errors:
            error = f"{problem.type}: {problem.message}"
            click.echo(json.dumps({"name": problem.plugin, "error": error}))
        return
    table = [("NAME", "VERSION", "ORIGIN", "HOOKS", "MODULE")]
    for info in rows:
        origin = "built-in" if info.builtin else (info.distribution or "registered")
        hooks = ", ".join(hook.removeprefix("stoltlib_") for hook in info.hooks)
        table.append((info.name, info.version or "-", origin, hooks, info.module))
    for problem in manager.load_errors:
        table.append((problem.plugin, "-", "FAILED", f"{problem.type}: {problem.message}", "-"))
    widths = [max(len(row[i]) for row in table) for i in range(len(table[0]) - 1)]
    for row in table:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)] + [row[-1]]
        click.echo("  ".join(cells).rstrip())


def main(argv: list[str] | None = None) -> None:
    """Run the command line (the ``stoltlib`` console script)."""
    try:
        cli.main(args=argv, prog_name="stoltlib")
    except BrokenPipeError:
        # The reader of our output went away (| head): stop quietly, as Unix tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(1)
