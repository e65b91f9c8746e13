"""Analyses from whatever a user names: ``stoltlib extract`` output, or articles to analyse.

``stoltlib export`` and ``stoltlib render`` take both: a file (or standard input) whose first
record is an analysis (a ``"document"`` object beside the ``"stoltlib"`` header or the
``"metadata"`` that :mod:`stoltlib.jsonio` writes) is read
back as analyses, line by line, JSONL or ``--format json``; anything else is read as articles
by the reader plugins and analysed on the way, in this process. A line that is not an analysis
costs only itself: it is yielded as a :class:`~stoltlib.reading.ReadError` naming the file and
line, and reading goes on.
"""

from __future__ import annotations

import gzip
import io
import itertools
import json
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, cast

from stoltlib.jsonio import SchemaError, from_dict
from stoltlib.model import Analysis
from stoltlib.pipeline import Pipeline
from stoltlib.reading import STDIN, STDIN_LOCATION, ReadError

__all__ = ["analyses_from", "is_analysis_line"]

#: Suffixes of files that may hold ``stoltlib extract`` output.
_JSON_SUFFIXES = (".jsonl", ".jsonl.gz", ".json", ".json.gz", ".ndjson")


def _record_text(line: str) -> str:
    """A line of JSONL, or of a JSON array written one element a line, as one JSON value."""
    return line.strip().removeprefix("[").removesuffix("]").strip().removesuffix(",")


def is_analysis_line(line: str) -> bool:
    """Whether a line holds an analysis (as ``stoltlib extract`` writes them), not an article."""
    text = _record_text(line)
    if not text.startswith("{"):
        return False
    try:
        record = json.loads(text)
    except ValueError:
        return False
    # The header may be missing (docs/schema.md); an article record has no "document" object.
    return (
        isinstance(record, dict)
        and isinstance(record.get("document"), dict)
        and ("stoltlib" in record or "metadata" in record)
    )


def _decoded(line: bytes, number: int) -> str:
    """One line as text: UTF-8, a byte-order mark dropped at the start of the input."""
    return line.decode("utf-8-sig" if number == 1 else "utf-8")


def _analysis_lines(lines: Iterable[bytes], location: str) -> Iterator[Analysis | ReadError]:
    for number, raw in enumerate(lines, 1):
        where = f"{location}:{number}"
        try:
            text = _record_text(_decoded(raw, number))
        except UnicodeDecodeError as error:
            yield ReadError(where, f"not UTF-8: {error.reason} at byte {error.start}")
            continue
        if not text:
            continue  # a blank line, or the brackets of a JSON array
        try:
            yield from_dict(json.loads(text))
        except SchemaError as error:
            yield ReadError(where, str(error))
        except ValueError as error:
            yield ReadError(where, f"malformed JSON: {error}")


def _first_record(lines: Iterator[bytes]) -> tuple[list[bytes], str]:
    """The lines up to the first that holds a record (``[`` alone does not), and its text.

    The text is empty when there is no such line or it is not UTF-8 (then it is no analysis).
    """
    head: list[bytes] = []
    for number, raw in enumerate(lines, 1):
        head.append(raw)
        try:
            line = _decoded(raw, number)
        except UnicodeDecodeError:
            return head, ""
        if _record_text(line):
            return head, line
    return head, ""


def _open_binary(path: Path) -> IO[bytes]:
    if path.name.endswith(".gz"):
        return cast("IO[bytes]", gzip.open(path, "rb"))
    return path.open("rb")


def _from_file(path: Path, location: str) -> Iterator[Analysis | ReadError] | None:
    """Analyses from ``path`` when it holds analyses; ``None`` when it holds articles."""
    try:
        with _open_binary(path) as handle:
            _, first = _first_record(iter(handle))
    except (OSError, EOFError):
        return None  # the reader plugins say what is wrong with it, as `extract` does
    return _stream_file(path, location) if is_analysis_line(first) else None


def _stream_file(path: Path, location: str) -> Iterator[Analysis | ReadError]:
    try:
        with _open_binary(path) as handle:
            yield from _analysis_lines(handle, location)
    except (OSError, EOFError) as error:
        # A .gz cut short: what was read before is kept.
        yield ReadError(location, f"cannot be read to the end: {error}")


def _articles(
    pipeline: Pipeline,
    arguments: Sequence[str],
    input_format: str | None,
    stdin: IO[bytes] | None = None,
) -> Iterator[Analysis | ReadError]:
    for item in pipeline.reader(input_format=input_format).read(arguments, stdin=stdin):
        yield item if isinstance(item, ReadError) else pipeline.analyze(item)


def _from_stdin(
    pipeline: Pipeline, stdin: IO[bytes], input_format: str | None
) -> Iterator[Analysis | ReadError]:
    lines = iter(stdin)
    head, first = _first_record(lines)
    if is_analysis_line(first):
        yield from _analysis_lines(itertools.chain(head, lines), STDIN_LOCATION)
        return
    # Articles: the reader plugins read standard input as a stream; give them what was peeked.
    rest = io.BytesIO(b"".join(head) + stdin.read())
    yield from _articles(pipeline, [STDIN], input_format, stdin=rest)


def analyses_from(
    paths: Sequence[str | os.PathLike[str]],
    pipeline: Pipeline,
    *,
    input_format: str | None = None,
    stdin: IO[bytes] | None = None,
) -> Iterator[Analysis | ReadError]:
    """Every analysis the paths hold or give, in order, with a ``ReadError`` for each failure.

    Args:
        paths: files, directories and ``"-"`` (standard input, or ``stdin`` when given).
        pipeline: analyses the articles among the inputs (files of analyses are read back as
            they are, whatever plugins it has).
        input_format: the format of articles whose suffix does not tell (as for ``extract``).
        stdin: the stream ``"-"`` reads (default: the process's standard input).

    """
    for argument in (os.fspath(path) for path in paths):
        if argument == STDIN:
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from _from_stdin(pipeline, stream, input_format)
            continue
        path = Path(argument)
        found = None
        if path.is_file() and path.name.endswith(_JSON_SUFFIXES) and input_format is None:
            found = _from_file(path, argument)
        if found is not None:
            yield from found
        else:
            yield from _articles(pipeline, [argument], input_format)
