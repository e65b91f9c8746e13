"""Reader for plain-text articles: strict UTF-8, a leading BOM dropped, line endings kept."""

from __future__ import annotations

from stoltlib.hookspecs import hookimpl
from stoltlib.model import Document
from stoltlib.readers import open_binary, wants
from stoltlib.reading import ReadError, Source, decode_utf8

SUFFIXES = (".txt", ".text")


@hookimpl
def stoltlib_read(source: Source) -> list[Document] | None:
    """Read a ``.txt`` file (or standard input with ``--input-format txt``) as one document."""
    if not wants(source, "txt", SUFFIXES):
        return None
    handle = open_binary(source)
    try:
        data = handle.read()
    except OSError as error:
        raise ReadError(source.location, error.strerror or str(error)) from None
    finally:
        if handle is not source.stream:
            handle.close()
    return [Document(id=source.id, text=decode_utf8(data, source.location))]
