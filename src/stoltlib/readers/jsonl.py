"""Reader for JSON Lines: one record per line, plain or gzipped, from a file or standard input.

Each line becomes a nested :class:`~stoltlib.reading.Source` holding the decoded record, so the
record goes through the read hook again (the ``record`` reader, or a plugin that reads records of
its own kind). A bad line costs only itself: it is reported with its line number and reading goes
on. The file is streamed, never loaded whole.
"""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterator

from stoltlib.hookspecs import hookimpl
from stoltlib.readers import SURROGATE_MESSAGE, lone_surrogate, open_binary, wants
from stoltlib.reading import STDIN_LOCATION, ReadError, Source

SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")


@hookimpl
def stoltlib_read(source: Source) -> Iterator[Source | ReadError] | None:
    """Read a JSONL file (or JSONL on standard input) as one record source per line."""
    if not wants(source, "jsonl", SUFFIXES):
        return None
    return _records(source)


def _records(source: Source) -> Iterator[Source | ReadError]:
    raw_handle = open_binary(source)
    handle = raw_handle
    if source.has_suffix(".gz"):
        # Closing a GzipFile made from a file object leaves that file open: close both below.
        handle = gzip.GzipFile(fileobj=raw_handle, mode="rb")  # type: ignore[assignment]
    number = 0
    records = 0
    try:
        for number, raw in enumerate(handle, 1):
            location = f"{source.location}:{number}"
            try:
                line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError as error:
                yield ReadError(
                    location, f"not valid UTF-8 (byte offset {error.start} in the line)"
                )
                continue
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                message = f"malformed JSON: {error.msg} (column {error.colno})"
                if source.location == STDIN_LOCATION and line.lstrip()[:1] not in ("{", "["):
                    # Standard input is read as JSONL unless told otherwise: a line that does
                    # not even open a JSON value is most likely plain text.
                    message += (
                        "; standard input is read as JSONL: for plain text, pass --input-format txt"
                    )
                    if not records:
                        # Plain text from its first line: one message, not one per paragraph.
                        raise ReadError(location, f"{message} (nothing read)") from None
                yield ReadError(location, message)
                continue
            if record is None:
                # A Source whose record is None is no record at all; said here, or the line would
                # be reported as a file that no reader accepts.
                yield ReadError(location, "a record must be a JSON object, got null")
                continue
            where = lone_surrogate(raw, record)
            if where is not None:
                yield ReadError(location, SURROGATE_MESSAGE.format(where=where))
                continue
            records += 1
            yield Source(id=f"{source.id}#{number}", location=location, record=record)
    except (OSError, EOFError, zlib.error) as error:
        where = f"{source.location}:{number + 1}"
        raise ReadError(where, f"cannot read further: {error}") from None
    finally:
        if raw_handle is not source.stream:
            handle.close()
            raw_handle.close()
