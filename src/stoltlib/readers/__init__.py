"""Built-in readers, each a plugin on the ``stoltlib_read`` hook registered by entry point.

``txt``: plain-text files; ``jsonl``: JSON Lines files and standard input (``.jsonl``,
``.jsonl.gz``, ``.ndjson``); ``json``: a JSON file holding one record or a list of records;
``record``: turns a record from either of those into a :class:`~stoltlib.model.Document`.
"""

from __future__ import annotations

import contextvars
from pathlib import Path
from typing import IO, Any

from stoltlib.reading import ReadError, Source

__all__ = ["METER", "open_binary", "wants"]

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
