"""The ``stoltlib`` command line: ``extract``, ``export``, ``render``, ``timeline``, ``plugins``.

Exit status: 0 when every input was read (plugin errors are reported in the output and the
summary, not in the status), 1 when any input could not be read, 2 for usage errors, 130 when
interrupted (Ctrl-C, or SIGTERM).

``extract`` streams: tasks are cut from the input as it is read (:mod:`stoltlib.tasks`), done in
this process or in worker processes (:mod:`stoltlib.workers`) with a bounded number in flight,
and written as they come back, in input order.
"""

from __future__ import annotations

import contextlib
import gc
import itertools
import json
import os
import signal
import sys
import threading
import time
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, NoReturn

import attrs
import click

from stoltlib._version import SCHEMA_VERSION, __version__
from stoltlib.corpus import Corpus
from stoltlib.inputs import analyses_from
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
from stoltlib.progress import InputMeter, ProgressLine, input_size
from stoltlib.readers import METER
from stoltlib.reading import ReadError, Source
from stoltlib.render import render_page
from stoltlib.render_timeline import render_timeline
from stoltlib.resume import Done, ResumeError, keep_errors_of, load_partial
from stoltlib.tables import TABLES, write_csv
from stoltlib.tasks import Failure, Outcome, Result, Task, plan, run_task
from stoltlib.timeline import format_table
from stoltlib.workers import default_jobs, settle_collector, warm_up

__all__ = ["cli", "main"]

#: How many plugin errors and warnings are printed one by one before only counting them.
_MAX_REPORTED = 20

#: The most seconds between two flushes of the output file.
_FLUSH_EVERY = 1.0


def _published_option(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    try:
        return normalize_published(value)
    except ValueError as error:
        raise click.BadParameter(str(error)) from None


def _say(kind: str, message: str, progress: ProgressLine | None = None) -> None:
    if progress is not None:
        progress.clear()
    click.echo(f"stoltlib: {kind}: {message}", err=True)


class _Output:
    """Writes analyses as JSONL or a JSON array, to stdout or to ``FILE`` via ``FILE.partial``.

    Lines are written whole, and ``FILE`` appears only when the run completes, so an interrupted
    run never leaves a half-written result behind (it leaves ``FILE.partial``). The file is
    flushed at least every :data:`_FLUSH_EVERY` seconds, so a run that is killed outright loses
    little more than the documents in flight; a line torn by such a kill is cut off by
    ``--resume``.
    """

    def __init__(self, path: Path | None, fmt: str, *, append: bool = False) -> None:
        self.path = path
        self.format = fmt
        self.count = 0
        self.partial = path.with_name(path.name + ".partial") if path is not None else None
        self.handle: IO[str] = (
            self.partial.open("a" if append else "w", encoding="utf-8")
            if self.partial is not None
            else sys.stdout
        )
        self._flushed_at = time.monotonic()
        if fmt == "json":
            self.handle.write("[")

    @staticmethod
    def check(line: str) -> None:
        """Raise UnicodeEncodeError when ``line`` cannot be written as UTF-8."""
        if not line.isascii():
            line.encode("utf-8")

    def write_line(self, line: str) -> None:
        """Write one analysis's JSON (made by :func:`stoltlib.jsonio.dumps`)."""
        if self.format == "json":
            line = ("\n" if self.count == 0 else ",\n") + line
        else:
            line += "\n"
        self.handle.write(line)
        self.count += 1
        now = time.monotonic()
        if now - self._flushed_at >= _FLUSH_EVERY:
            self.handle.flush()
            self._flushed_at = now

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
        else:
            with contextlib.suppress(OSError, ValueError):
                self.handle.flush()


class _ErrorLog:
    """``--errors FILE``: one JSON line per read error and per plugin error, as they happen.

    A plugin error's line is written before its document's output line, so a run killed between
    the two leaves an entry for a document that ``--resume`` does again (and the entry is
    dropped then), never a written document whose errors are missing.
    """

    def __init__(self, path: Path | None, *, append: bool = False) -> None:
        self.path = path
        self.handle: IO[str] | None = (
            path.open("a" if append else "w", encoding="utf-8") if path is not None else None
        )

    def read_error(self, location: str, message: str) -> None:
        entry = {"kind": "read", "id": None, "location": location, "plugin": None}
        self._write({**entry, "stage": "read", "type": "read-error", "message": message})

    def plugin_error(self, document: str, location: str, problem: Problem) -> None:
        entry = {"kind": "plugin", "id": document, "location": location}
        self._write({**entry, **attrs.asdict(problem)})

    def _write(self, entry: dict[str, Any]) -> None:
        if self.handle is not None:
            self.handle.write(json.dumps(entry, ensure_ascii=False) + "\n")
            self.handle.flush()

    def close(self) -> None:
        if self.handle is not None:
            self.handle.close()


def _jobs_option(ctx: click.Context, param: click.Parameter, value: str | None) -> int | None:
    if value is None or value == "auto":
        return None
    try:
        jobs = int(value)
    except ValueError:
        message = f"expected a number of processes or 'auto', not {value!r}"
        raise click.BadParameter(message) from None
    if jobs < 1:
        raise click.BadParameter(f"needs at least 1 process, got {jobs}")
    return jobs


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
    help=(
        "Publication date (ISO) of documents whose record gives none; the analysis anchors "
        "on it rather than on a date their text states (kept in metadata.published)."
    ),
)
@click.option(
    "--disable",
    multiple=True,
    metavar="NAME",
    help="Leave out a plugin (repeatable; also STOLTLIB_DISABLE=a,b).",
)
@click.option(
    "--strict",
    is_flag=True,
    help="Stop at the first plugin failure; do not start when a plugin failed to load.",
)
@click.option(
    "--input-format",
    type=click.Choice(["txt", "jsonl", "json", "html", "warc"]),
    help="Format of standard input and of named files (default: by suffix; stdin: jsonl).",
)
@click.option("--no-text", is_flag=True, help="Leave each document's text out of the output.")
@click.option(
    "-j",
    "--jobs",
    callback=_jobs_option,
    metavar="N",
    help="Worker processes (default: one per core; 1: all in this process).",
)
@click.option(
    "--plugin-timeout",
    type=click.FloatRange(min=0, min_open=True),
    metavar="SECONDS",
    help="Stop a plugin that takes longer on one document; its results for it are left out.",
)
@click.option(
    "--errors",
    "errors_path",
    type=click.Path(dir_okay=False, path_type=Path),
    metavar="FILE",
    help="Write one JSON line per read error and per plugin error to FILE.",
)
@click.option(
    "--resume",
    is_flag=True,
    help="Continue an interrupted run from -o FILE's FILE.partial, skipping finished documents.",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress, no summary; errors still print.")
def extract(
    paths: tuple[str, ...],
    fmt: str,
    output: Path | None,
    published: str | None,
    disable: tuple[str, ...],
    strict: bool,
    input_format: str | None,
    no_text: bool,
    jobs: int | None,
    plugin_timeout: float | None,
    errors_path: Path | None,
    resume: bool,
    quiet: bool,
) -> None:
    """Extract facts from articles: .txt, .html, .jsonl(.gz), .json, .warc(.gz), directories, -.

    Writes one JSON analysis per document, in input order, however many worker processes run.
    """
    started = time.perf_counter()
    done = _resume_state(output, fmt, errors_path) if resume else None
    manager = _manager(disable)
    if strict and manager.load_errors:
        names = ", ".join(repr(problem.plugin) for problem in manager.load_errors)
        raise click.UsageError(f"--strict: plugins failed to load ({names}); nothing was read")
    pipeline = Pipeline(manager, published=published, strict=strict)
    try:
        out = _Output(output, fmt, append=done is not None)
        log = _ErrorLog(errors_path, append=done is not None)
    except OSError as error:
        # A missing directory or no permission: the user's -o is wrong, not the run (exit 2).
        option = "--errors" if error.filename == str(errors_path) else "-o"
        raise _unwritable(error, option) from None
    counts = {"unreadable": 0, "errors": 0, "warnings": 0, "undated": 0}
    counts["unloaded"] = len(manager.load_errors)
    skipped: list[str] = []
    progress = _progress(paths, quiet)
    previous = _interrupt_on_sigterm()
    try:
        own_files = [path for path in (out.path, out.partial, errors_path) if path is not None]
        reader = pipeline.reader(input_format=input_format, exclude=own_files)
        outcomes = _outcomes(
            pipeline, plan(reader, paths), jobs=jobs, timeout=plugin_timeout,
            text=not no_text, done=done, meter=progress.meter if progress else None,
        )  # fmt: skip
        token = METER.set(progress.meter) if progress is not None else None
        try:
            _write_outcomes(outcomes, out, log, counts, skipped, progress, done)
        finally:
            if token is not None:
                METER.reset(token)
    except KeyboardInterrupt:
        out.abandon()
        log.close()
        if progress is not None:
            progress.clear()
        where = f"; finished documents are in {out.partial}" if out.partial else ""
        again = " (--resume continues from there)" if out.partial and fmt == "jsonl" else ""
        _say("interrupted", f"after {out.count} documents{where}{again}")
        sys.exit(130)
    except BaseException:
        out.abandon()
        log.close()
        if progress is not None:
            progress.clear()
        raise
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
    out.finish()
    log.close()
    if progress is not None:
        progress.clear()
    skipped = [*reader.skipped, *skipped]
    _warn_if_nothing_read(out, counts, skipped, done)
    if not quiet:
        click.echo(
            _summary(out, output, counts, skipped, done, time.perf_counter() - started), err=True
        )
    # A plugin that did not load leaves its facts out of every document: the run is complete
    # but not what was asked for, and a script checking the status should know.
    sys.exit(1 if counts["unreadable"] or counts["unloaded"] else 0)


def _write_outcomes(
    outcomes: Iterator[tuple[Task, Outcome]],
    out: _Output,
    log: _ErrorLog,
    counts: dict[str, int],
    skipped: list[str],
    progress: ProgressLine | None,
    done: Done | None,
) -> None:
    """Write each document's analysis in input order, logging and counting what went wrong."""
    for task, outcome in outcomes:
        if isinstance(outcome, Result):
            if done is not None and done.take(outcome.id):
                continue  # written by the interrupted run (its id was not foreseen)
            try:
                out.check(outcome.payload)
            except UnicodeEncodeError as error:
                # Text no reader of ours makes (a lone surrogate): one document lost, said so,
                # not the run.
                counts["unreadable"] += 1
                message = f"cannot be written as UTF-8: {error.reason} at {error.start}"
                log.read_error(task.location, message)
                _say("error", f"{outcome.id}: {message}", progress)
                continue
            for problem in outcome.errors:
                log.plugin_error(outcome.id, task.location, problem)
            out.write_line(outcome.payload)
            counts["undated"] += not outcome.dated
            if progress is not None:
                progress.advance()
            reported = (("errors", outcome.errors), ("warnings", outcome.warnings))
            for key, problems in reported:
                for problem in problems:
                    counts[key] += 1
                    if counts[key] <= _MAX_REPORTED:
                        _say(key.rstrip("s"), _describe(outcome.id, problem), progress)
        elif isinstance(outcome, Failure):
            counts["unreadable"] += 1
            log.read_error(outcome.location, outcome.message)
            _say("error", f"{outcome.location}: {outcome.message}", progress)
        else:
            skipped.append(outcome.location)


def _warn_if_nothing_read(
    out: _Output, counts: dict[str, int], skipped: list[str], done: Done | None
) -> None:
    """A word on stderr when a run read no document at all: a wrong path is the likely cause."""
    if out.count or (done is not None and done.skipped):
        return
    if skipped:
        # Files a directory holds besides articles (a README) are skipped quietly, but when
        # nothing at all was read, a disabled or missing reader is the likely cause: say so.
        _say(
            "warning",
            f"no documents read; {_count(len(skipped), 'file')} in directories skipped, "
            f"no reader accepts them (first: {skipped[0]})",
        )
    elif not counts["unreadable"]:
        # An empty directory (or empty input) is no error, but a run that read nothing at all
        # is worth a word.
        _say("warning", "no documents read: the inputs hold no articles")


def _summary(
    out: _Output,
    output: Path | None,
    counts: dict[str, int],
    skipped: list[str],
    done: Done | None,
    seconds: float,
) -> str:
    """The run's closing line: what was written, skipped and wrong, and how long it took."""
    target = f" to {output}" if output else ""
    others = f", {_count(len(skipped), 'other file')} skipped" if skipped else ""
    resumed = f" ({done.skipped} finished before, kept)" if done is not None else ""
    # A newswire's dateline ("CHICAGO, March 14 (Reuters) -") gives no year: the run is
    # complete, but "Tuesday" and "next month" were left unanchored in these documents.
    undated = (
        f"; {_count(counts['undated'], 'document')} with no publication date given or "
        "found (relative dates unanchored; --published DATE gives one)"
        if counts["undated"]
        else ""
    )
    unloaded = (
        f", {_count(counts['unloaded'], 'plugin')} not loaded" if counts.get("unloaded") else ""
    )
    return (
        f"stoltlib: {_count(out.count, 'document')} written{target}{resumed}, "
        f"{_count(counts['unreadable'], 'unreadable input')}{others}{unloaded}, "
        f"{_count(counts['errors'], 'plugin error')}, {_count(counts['warnings'], 'warning')} "
        f"in {seconds:.2f} s{undated}"
    )


def _resume_state(output: Path | None, fmt: str, errors_path: Path | None) -> Done | None:
    """What an interrupted run left (``--resume``); ``None`` when there is nothing to resume."""
    if output is None:
        raise click.UsageError("--resume needs -o FILE: it continues from FILE.partial")
    if fmt != "jsonl":
        raise click.UsageError("--resume works with --format jsonl only")
    partial = output.with_name(output.name + ".partial")
    if not partial.exists():
        if output.exists():
            raise click.UsageError(f"{output} is complete: there is nothing to resume")
        _say("warning", f"--resume: no {partial}; starting from the beginning")
        return None
    try:
        done = load_partial(partial)
    except (ResumeError, OSError) as error:
        raise click.UsageError(f"--resume: {error}") from None
    if errors_path is not None:
        keep_errors_of(errors_path, done)
    return done


def _progress(paths: tuple[str, ...], quiet: bool) -> ProgressLine | None:
    """A progress line on standard error when it is a terminal (and the run is not quiet)."""
    stream = sys.stderr
    if quiet or not stream.isatty():
        return None
    return ProgressLine(stream, total=input_size(paths), meter=InputMeter())


def _interrupt_on_sigterm() -> Any:
    """Stop on SIGTERM as on Ctrl-C (finished documents flushed, ``--resume`` works).

    Returns the handler it replaced, for the caller to put back, or ``None`` when none was set.
    """
    if threading.current_thread() is not threading.main_thread():
        return None  # handlers can only be set from the main thread (a test runner's worker)

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    return signal.signal(signal.SIGTERM, interrupt)


#: Whether the command line is the program (:func:`main`), not called inside another one (a
#: test runner's): only then does an in-process run tune the process's garbage collector.
_whole_process = False

#: With the default --jobs, an input of at most this many tasks is done in this process: starting
#: worker processes costs about a second, more than a handful of documents take.
_SMALL_INPUT = 16


def _outcomes(
    pipeline: Pipeline,
    tasks: Iterator[Task],
    *,
    jobs: int | None,
    timeout: float | None,
    text: bool,
    done: Done | None,
    meter: InputMeter | None,
) -> Iterator[tuple[Task, Outcome]]:
    """Every task's outcomes in input order, in this process or in worker processes."""
    if done is not None:
        tasks = (task for task in tasks if not done.take(task.expected_id))
    if jobs is None:
        head = list(itertools.islice(tasks, _SMALL_INPUT + 1))
        jobs = 1 if len(head) <= _SMALL_INPUT else default_jobs()
        tasks = itertools.chain(head, tasks)
    if jobs == 1 and timeout is None:
        reader = pipeline.reader()

        def encode(analysis: Analysis) -> str:
            return dumps(analysis, text=text)

        for number, task in enumerate(tasks):
            if number == 0:
                warm_up(pipeline)  # this process is the one worker: started as workers are
                if _whole_process:
                    settle_collector()
            for outcome in run_task(pipeline, reader, task, encode=encode):
                yield task, outcome
        return
    pool_pipeline = Pipeline(
        pipeline.plugins, published=pipeline.published, strict=pipeline.strict,
        plugin_timeout=timeout,
    )  # fmt: skip
    with pool_pipeline.pool(jobs, output="json" if text else "json-no-text") as pool:
        last = -1
        for task, outcome in pool.map(tasks):
            item = task.item
            if meter is not None and task.number != last and isinstance(item, Source) and item.path:
                meter.add(task.size)  # a file a worker read: the meter never saw it open
            last = task.number
            yield task, outcome


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _unwritable(error: OSError, option: str, path: object = None) -> click.BadParameter:
    """The usage error for an output path that cannot be written (exit 2: the option is wrong)."""
    name = path if path is not None else error.filename
    return click.BadParameter(
        f"cannot write {name}: {error.strerror or error}", param_hint=f"'{option}'"
    )


def _finish(done: str, unreadable: int, quiet: bool, after: str = "") -> NoReturn:
    """Say what a reading command did (unless ``quiet``), and exit: 1 if inputs were unreadable."""
    if not quiet:
        summary = f"stoltlib: {done}, {_count(unreadable, 'unreadable input')}{after}"
        click.echo(summary, err=True)
    sys.exit(1 if unreadable else 0)


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
        _say(
            "warning",
            f"plugin {problem.plugin!r} skipped: {problem.type}: {problem.message} (its facts "
            f"are missing from every document analysed; --disable {problem.plugin} runs "
            "without it)",
        )
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


def _analyses_or_say(
    items: Iterator[Analysis | ReadError], counts: dict[str, int]
) -> Iterator[Analysis]:
    """The analyses among ``items``; each read error is printed and counted in ``counts``."""
    for item in items:
        if isinstance(item, ReadError):
            counts["unreadable"] += 1
            _say("error", f"{item.location}: {item.message}")
        else:
            yield item


def _article_options(command: Any) -> Any:
    """The options of ``export`` and ``render`` for inputs that are articles, not analyses."""
    options = [
        click.option(
            "--published",
            callback=_published_option,
            metavar="DATE",
            help=(
                "Publication date (ISO) of articles whose record gives none; the analysis "
                "anchors on it rather than on a date their text states."
            ),
        ),
        click.option(
            "--disable", multiple=True, metavar="NAME", help="Leave out a plugin (repeatable)."
        ),
        click.option(
            "--input-format",
            type=click.Choice(["txt", "jsonl", "json", "html", "warc"]),
            help="Format of articles whose suffix does not tell (default: by suffix; stdin: "
            "jsonl).",
        ),
        click.option("-q", "--quiet", is_flag=True, help="No summary; errors still print."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "-t",
    "--table",
    type=click.Choice(list(TABLES)),
    required=True,
    help="Which facts: one row per claim, time expression, mention, event, error, or document.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the CSV to FILE (by way of FILE.partial) instead of standard output.",
)
@_article_options
def export(
    paths: tuple[str, ...],
    table: str,
    output: Path | None,
    published: str | None,
    disable: tuple[str, ...],
    input_format: str | None,
    quiet: bool,
) -> None:
    """Write one table of facts as CSV, from `stoltlib extract` output or from articles.

    A file or standard input whose first line is an analysis is read back as it is; anything
    else is read as articles (like `extract` does) and analysed in this process first.
    """
    pipeline = Pipeline(_manager(disable), published=published)
    counts = {"unreadable": 0}
    items = analyses_from(paths, pipeline, input_format=input_format)
    partial = output.with_name(output.name + ".partial") if output is not None else None
    try:
        handle = partial.open("w", encoding="utf-8", newline="") if partial else sys.stdout
    except OSError as error:
        raise _unwritable(error, "-o") from None
    try:
        written = write_csv(table, _analyses_or_say(items, counts), handle)
    except BaseException:
        if partial is not None:
            handle.close()
        raise
    if partial is not None and output is not None:
        handle.close()
        os.replace(partial, output)
    else:
        handle.flush()
    target = f" to {output}" if output else ""
    _finish(f"{_count(written, 'row')} of {table} written{target}", counts["unreadable"], quiet)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the page to FILE instead of standard output.",
)
@click.option("--title", help="The page's title (default: the first document's title).")
@click.option(
    "--id",
    "ids",
    multiple=True,
    metavar="ID",
    help="Draw only the document with this id (repeatable); the others are not kept.",
)
@_article_options
def render(
    paths: tuple[str, ...],
    output: Path | None,
    title: str | None,
    ids: tuple[str, ...],
    published: str | None,
    disable: tuple[str, ...],
    input_format: str | None,
    quiet: bool,
) -> None:
    """Draw articles and what was found in them as one standalone HTML page.

    Quotes are highlighted per speaker, time expressions show their value on hover,
    boilerplate is greyed out, and a panel lists each document's metadata. Takes what
    `export` takes: `stoltlib extract` output (written with the text) or articles.
    """
    pipeline = Pipeline(_manager(disable), published=published)
    counts = {"unreadable": 0}
    analyses = [
        analysis
        for analysis in _analyses_or_say(
            analyses_from(paths, pipeline, input_format=input_format), counts
        )
        if not ids or analysis.id in ids
    ]
    missing = sorted(set(ids) - {analysis.id for analysis in analyses})
    for name in missing:
        _say("error", f"--id {name}: no document has that id")
    if not analyses or missing:
        if not analyses:
            _say("error", "no documents to render")
        sys.exit(1)
    try:
        page = render_page(analyses, title=title)
    except ValueError as error:
        raise click.UsageError(str(error)) from None
    if output is None:
        click.echo(page, nl=False)
    else:
        try:
            output.write_text(page, encoding="utf-8")
        except OSError as error:
            raise _unwritable(error, "-o", output) from None
    target = f" to {output}" if output else ""
    done = f"{_count(len(analyses), 'document')} rendered{target}"
    _finish(done, counts["unreadable"], quiet)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
    help="A text table (then the conflicts and gaps), or the whole timeline as JSON.",
)
@click.option("--position", metavar="TITLE", help="Only offices with this title.")
@click.option("--organization", metavar="NAME", help="Only offices of this organisation.")
@click.option(
    "--html",
    "html_path",
    metavar="FILE",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also draw the tenures as a chart with their evidence: a standalone HTML page.",
)
@_article_options
def timeline(
    paths: tuple[str, ...],
    fmt: str,
    position: str | None,
    organization: str | None,
    html_path: Path | None,
    published: str | None,
    disable: tuple[str, ...],
    input_format: str | None,
    quiet: bool,
) -> None:
    """Reconcile who held which office when, across documents, with conflicts and gaps.

    Takes what `export` takes: `stoltlib extract` output or articles (analysed on the way).
    The analyses are read one at a time; only their office events and stated titles are kept.
    """
    pipeline = Pipeline(_manager(disable), published=published)
    counts = {"unreadable": 0}
    corpus = Corpus(quotes=False).extend(
        _analyses_or_say(analyses_from(paths, pipeline, input_format=input_format), counts)
    )
    if not len(corpus):
        _say("error", "no documents read")
        sys.exit(1)
    result = corpus.timeline(position=position, organization=organization, plugins=pipeline.plugins)
    if (position or organization) and not result.tenures and not quiet:
        asked = " ".join(
            f"--{name} {value!r}"
            for name, value in (("position", position), ("organization", organization))
            if value
        )
        _say("warning", f"no office matches {asked}; without the filter every office is listed")
    if html_path is not None:
        # Written before the table, so that a page that cannot be written fails the run
        # before anything is printed.
        try:
            html_path.write_text(render_timeline(result), encoding="utf-8")
        except OSError as error:
            raise _unwritable(error, "--html", html_path) from None
    if fmt == "json":
        header = {"stoltlib": {"version": __version__, "schema": SCHEMA_VERSION}}
        click.echo(json.dumps({**header, **result.to_dict()}, ensure_ascii=False, indent=2))
    else:
        click.echo(format_table(result), nl=False)
    drawn = f"; chart drawn to {html_path}" if html_path is not None else ""
    _finish(
        f"{_count(len(result.tenures), 'tenure')} from {_count(len(corpus), 'document')}, "
        f"{_count(len(result.conflicts), 'conflict')}, {_count(len(result.gaps), 'gap')}",
        counts["unreadable"],
        quiet,
        drawn,
    )


def main(argv: list[str] | None = None) -> None:
    """Run the command line (the ``stoltlib`` console script).

    A program that calls it gets its garbage collector back as it was: an in-process run tunes
    it for analysing alone (:func:`~stoltlib.workers.settle_collector`), which the program
    need not want once the run is over. The objects the run froze are unfrozen, unless the
    program had frozen some itself (they cannot be told apart: all then stay frozen).
    """
    global _whole_process
    was_whole, _whole_process = _whole_process, True
    thresholds = gc.get_threshold()
    frozen = gc.get_freeze_count()
    try:
        cli.main(args=argv, prog_name="stoltlib")
    except BrokenPipeError:
        # The reader of our output went away (| head): stop quietly, as Unix tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(1)
    finally:
        _whole_process = was_whole
        gc.set_threshold(*thresholds)
        if not frozen:
            gc.unfreeze()
