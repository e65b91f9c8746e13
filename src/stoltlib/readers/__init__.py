"""Built-in readers, each a plugin on the ``stoltlib_read`` hook registered by entry point.

``txt``: plain-text files; ``jsonl``: JSON Lines files and standard input (``.jsonl``,
``.jsonl.gz``, ``.ndjson``); ``json``: a JSON file holding one record or a list of records;
``record``: turns a record from either of those into a :class:`~stoltlib.model.Document`.
"""

from __future__ import annotations

import contextvars
import re
from pathlib import Path
from typing import IO, Any

from stoltlib.reading import ReadError, Source

__all__ = ["METER", "lone_surrogate", "open_binary", "wants"]

#: Told of every file :func:`open_binary` opens, while set (a progress bar measures how far the
#: run has read by the files' positions): an object with ``opened(handle, size)``.
METER: contextvars.ContextVar[Any] = contextvars.ContextVar("stoltlib_meter", default=None)


def wants(source: Source, format_name: str, suffixes: tuple[str, ...]) -> bool:
    """Whether a file reader for ``format_name`` should take ``source``.

    A format the user forced decides; otherwise the file's suffix does. Records are never files.
    """
    if source.record is not None:
        return False
    if source.format is not None:
        return source.format == format_name
    return source.has_suffix(*suffixes)


def open_binary(source: Source) -> IO[bytes]:
    """The source's stream, or its file opened for binary reading.

    Raises:
        ReadError: when the file cannot be opened (permissions, a vanished file).

    """
    if source.stream is not None:
        return source.stream
    assert source.path is not None, "a file source without a path"
    try:
        handle = Path(source.path).open("rb")  # noqa: SIM115 (the reader closes it)
    except OSError as error:
        raise ReadError(source.location, error.strerror or str(error)) from None
    meter = METER.get()
    if meter is not None:
        meter.opened(handle)
    return handle


# A JSON escape of a UTF-16 surrogate. Paired ones decode to one character; a lone one decodes to
# a code point that is no character and that no UTF-8 output can hold. The pattern is a cheap
# first look at the raw line, so that only lines with such an escape get the walk below.
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def lone_surrogate(raw: bytes | str, value: Any) -> str | None:
    r"""Where decoded JSON ``value`` holds a lone surrogate (``"text"``, ``"meta.x"``), or None.

    A record like ``{"text": "\ud800"}`` is valid JSON but not valid Unicode text: written out
    as UTF-8 it would fail, and with it the whole run, so the JSON readers refuse the record.
    ``raw`` is the JSON as read; without a surrogate escape in it there is nothing to look for.
    """
    data = raw.encode("utf-8", "surrogatepass") if isinstance(raw, str) else raw
    if not _SURROGATE_ESCAPE.search(data):
        return None
    return _find_surrogate(value, "")


def _find_surrogate(value: Any, path: str) -> str | None:
    if isinstance(value, str):
        return path or "value" if _LONE_SURROGATE.search(value) else None
    if isinstance(value, dict):
        for key, item in value.items():
            where = _find_surrogate(key, path) or _find_surrogate(item, f"{path}.{key}".lstrip("."))
            if where is not None:
                return where
    elif isinstance(value, list):
        for index, item in enumerate(value):
            where = _find_surrogate(item, f"{path}[{index}]")
            if where is not None:
                return where
    return None


#: The message of a record refused for a lone surrogate.
SURROGATE_MESSAGE = (
    "holds an unpaired surrogate escape (\\udXXX) in {where!r}: not valid Unicode text"
)
