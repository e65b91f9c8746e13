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
from typing import IO

from stoltlib.jsonio import SchemaError, from_dict
from stoltlib.model import Analysis
from stoltlib.pipeline import Pipeline
from stoltlib.reading import STDIN, ReadError

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


def _analysis_lines(lines: Iterable[str], location: str) -> Iterator[Analysis | ReadError]:
    for number, line in enumerate(lines, 1):
        text = _record_text(line)
        if not text:
            continue  # a blank line, or the brackets of a JSON array
        where = f"{location}:{number}"
        try:
            yield from_dict(json.loads(text))
        except SchemaError as error:
            yield ReadError(where, str(error))
        except ValueError as error:
            yield ReadError(where, f"malformed JSON: {error}")


def _first_content_line(lines: Iterator[str]) -> tuple[list[str], str]:
    """The lines up to the first that holds a record (``[`` alone does not), and that line."""
    head: list[str] = []
    for line in lines:
        head.append(line)
        if _record_text(line):
            return head, line
    return head, ""


def _open_text(path: Path) -> IO[str]:
    if path.name.endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8")
    return path.open(encoding="utf-8")


def _from_file(path: Path, location: str) -> Iterator[Analysis | ReadError] | None:
    """Analyses from ``path`` when it holds analyses; ``None`` when it holds articles."""
    try:
        with _open_text(path) as handle:
            lines = iter(handle)
            _, first = _first_content_line(lines)
            if not is_analysis_line(first):
                return None
    except (OSError, UnicodeDecodeError, EOFError):
        return None  # the reader plugins say what is wrong with it, as `extract` does
    return _stream_file(path, location)


def _stream_file(path: Path, location: str) -> Iterator[Analysis | ReadError]:
    try:
        with _open_text(path) as handle:
            yield from _analysis_lines(handle, location)
    except (OSError, UnicodeDecodeError, EOFError) as error:
        yield ReadError(location, f"cannot be read: {error}")


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
    head: list[bytes] = []
    first = ""
    for raw in lines:
        head.append(raw)
        first = raw.decode("utf-8", "replace")
        if _record_text(first):
            break
    if is_analysis_line(first):
        decoded = (raw.decode("utf-8") for raw in itertools.chain(head, lines))
        yield from _analysis_lines(decoded, "<stdin>")
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
