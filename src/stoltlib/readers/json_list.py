"""Reader for ``.json`` files holding one record object or a list of record objects."""

from __future__ import annotations

import json
from collections.abc import Iterator

from stoltlib.hookspecs import hookimpl
from stoltlib.readers import SURROGATE_MESSAGE, lone_surrogate, open_binary, wants
from stoltlib.reading import ReadError, Source, decode_utf8

SUFFIXES = (".json",)


@hookimpl
def stoltlib_read(source: Source) -> Iterator[Source | ReadError] | None:
    """Read a JSON file as one record source per record."""
    if not wants(source, "json", SUFFIXES):
        return None
    return _records(source)


def _records(source: Source) -> Iterator[Source | ReadError]:
    handle = open_binary(source)
    try:
        text = decode_utf8(handle.read(), source.location)
    finally:
        if handle is not source.stream:
            handle.close()
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        raise ReadError(
            f"{source.location}:{error.lineno}",
            f"malformed JSON: {error.msg} (column {error.colno})",
        ) from None
    if isinstance(value, dict):
        where = lone_surrogate(text, value)
        if where is not None:
            raise ReadError(source.location, SURROGATE_MESSAGE.format(where=where))
        yield Source(id=source.id, location=source.location, record=value)
    elif isinstance(value, list):
        for index, record in enumerate(value, 1):
            location = f"{source.location}, record {index}"
            if record is None:
                # A Source whose record is None is no record at all (see the jsonl reader).
                yield ReadError(location, "a record must be a JSON object, got null")
                continue
            where = lone_surrogate(text, record)
            if where is not None:
                yield ReadError(location, SURROGATE_MESSAGE.format(where=where))
                continue
            yield Source(id=f"{source.id}#{index}", location=location, record=record)
    else:
        raise ReadError(
            source.location,
            f"expected a record object or a list of them, got {type(value).__name__}",
        )
