"""Reader for WARC files (``.warc``, ``.warc.gz``): the HTML pages of a web crawl, one by one.

News crawls such as CC-News come as WARC files of a gigabyte each. This reader walks one lazily,
record by record, with warcio (the optional extra ``stoltlib[warc]``, imported on the first WARC
file read), and gives every HTML page it holds (a ``response`` or ``resource`` record of an HTML
type, HTTP status 200) as a nested record ``{"html", "url", "warc"}``. That record goes through
the read hook again, so the HTML reader (``stoltlib[html]``) turns it into a document; with
``stoltlib extract --jobs``, that happens in the worker processes, not here.

The other records of a crawl (requests, metadata, redirects, images, robots.txt) are no articles
and are passed over. A page is decoded with the charset its HTTP header or its ``<meta>`` tag
declares, else as UTF-8, else as Windows-1252 (the fallback browsers use); one that decodes with
none of them, or is larger than :data:`MAX_PAGE_BYTES`, is a :class:`ReadError` for that record,
and reading goes on. A document's id is ``path#N``, N counting the file's records from 1 (all of
them, so that the ids stay put when the filter changes); the crawl's own record id, date and URL
are kept in ``Document.meta["warc"]``. The crawl date is not taken as the publication date: a
page may be crawled years after it was published.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from typing import IO, Any

import regex

from stoltlib.hookspecs import hookimpl
from stoltlib.readers import open_binary, wants
from stoltlib.reading import ReadError, Source

__all__ = ["MAX_PAGE_BYTES", "MISSING_EXTRA", "SUFFIXES", "stoltlib_read"]

SUFFIXES = (".warc", ".warc.gz")

#: The message when warcio is not installed.
MISSING_EXTRA = "reading WARC files needs the warc extra: pip install 'stoltlib[warc]'"

#: Pages bigger than this are reported, not read: a crawl's odd multi-gigabyte response would
#: otherwise be held in memory whole (news pages are well under a megabyte).
MAX_PAGE_BYTES = 32 * 1024 * 1024

#: Content types of the pages read; any other response is no article.
HTML_TYPES = ("text/html", "application/xhtml+xml")

#: Record types that carry a page: a crawler's HTTP response, or a resource stored as it is.
PAGE_RECORDS = ("response", "resource")

#: How much of a page's start is searched for a ``<meta>`` charset (HTML requires it early).
SNIFF_BYTES = 4096

# A charset in a Content-Type value: `text/html; charset="utf-8"` (quotes optional).
CHARSET = regex.compile(rb"""charset\s*=\s*["']?([A-Za-z0-9._:-]{1,40})""", regex.IGNORECASE)

# A <meta> tag declaring the charset, in either HTML form: <meta charset="utf-8"> or
# <meta http-equiv="Content-Type" content="text/html; charset=utf-8">. The tag is bounded to
# 512 bytes of anything but '>' so a page of unclosed tags costs one linear pass.
META_CHARSET = regex.compile(
    rb"""<meta\b[^>]{0,512}?charset\s*=\s*["']?([A-Za-z0-9._:-]{1,40})""", regex.IGNORECASE
)


@hookimpl
def stoltlib_read(source: Source) -> Iterator[Source | ReadError] | None:
    """Read a WARC file as one record source per HTML page it holds."""
    if not wants(source, "warc", SUFFIXES):
        return None
    return _pages(source)


def _pages(source: Source) -> Iterator[Source | ReadError]:
    try:
        from warcio.archiveiterator import (  # type: ignore[import-untyped, import-not-found, unused-ignore]
            ArchiveIterator,
        )
        from warcio.exceptions import (  # type: ignore[import-untyped, import-not-found, unused-ignore]
            ArchiveLoadFailed,
        )
    except ImportError:
        raise ReadError(source.location, MISSING_EXTRA) from None
    handle = open_binary(source)
    number = 0
    try:
        records = ArchiveIterator(handle)
        for number, record in enumerate(records, 1):
            location = f"{source.location}, record {number}"
            page = _page(record, location)
            if isinstance(page, dict):
                # Only now: warcio finds a record's offset by reading the record to its end.
                page["warc"]["offset"] = records.get_record_offset()
                yield Source(id=f"{source.id}#{number}", location=location, record=page)
            elif page is not None:
                yield page
    except (ArchiveLoadFailed, OSError, EOFError, ValueError) as error:
        # ValueError: warcio's own parsers on a malformed header line.
        where = f"{source.location}, record {number + 1}"
        raise ReadError(where, f"cannot read further: {error}") from None
    finally:
        if handle is not source.stream:
            handle.close()


def _page(record: Any, location: str) -> dict[str, Any] | ReadError | None:
    """The record's page as a record for the HTML reader, a ReadError, or None (no page)."""
    if record.rec_type not in PAGE_RECORDS:
        return None
    headers = record.http_headers
    if record.rec_type == "response":
        if headers is None or headers.get_statuscode() != "200":
            return None
        content_type = headers.get_header("content-type") or ""
    else:
        content_type = record.rec_headers.get_header("content-type") or ""
    if not content_type.lower().startswith(HTML_TYPES):
        return None
    stream: IO[bytes] = record.content_stream()
    data = _read_at_most(stream, MAX_PAGE_BYTES + 1)
    if len(data) > MAX_PAGE_BYTES:
        return ReadError(location, f"page larger than {MAX_PAGE_BYTES // 2**20} MiB, not read")
    if getattr(record.raw_stream, "limit", 0) > 0:
        # warcio stops quietly at the end of a cut-off file; the record's length tells.
        return ReadError(location, "the file ends inside this record (a truncated WARC)")
    html = _decode(data, content_type.encode("latin-1", "replace"))
    if html is None:
        return ReadError(
            location, "the page decodes neither with its declared charset nor as UTF-8 or cp1252"
        )
    warc_headers = record.rec_headers
    url = warc_headers.get_header("WARC-Target-URI")
    return {
        "html": html,
        "url": url,
        "warc": {
            "record_id": warc_headers.get_header("WARC-Record-ID"),
            "date": warc_headers.get_header("WARC-Date"),
            "url": url,
        },
    }


def _read_at_most(stream: IO[bytes], limit: int) -> bytes:
    """Up to ``limit`` bytes of ``stream`` (warcio's readers give a block at a time)."""
    chunks = []
    left = limit
    while left > 0:
        chunk = stream.read(min(left, 1 << 20))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _decode(data: bytes, content_type: bytes) -> str | None:
    """The page as text: declared charset, else UTF-8, else Windows-1252; None when none fits."""
    declared = CHARSET.search(content_type) or META_CHARSET.search(data[:SNIFF_BYTES])
    names = [declared.group(1).decode("ascii")] if declared else []
    names += ["utf-8", "cp1252"]
    for name in names:
        try:
            codecs.lookup(name)
        except LookupError:
            continue
        try:
            # A BOM, when there is one, wins over any declaration (as in browsers).
            return data.decode("utf-8-sig" if data.startswith(codecs.BOM_UTF8) else name)
        except UnicodeDecodeError:
            if declared is not None and name == names[0]:
                return None  # the page says what it is and is not: no guessing past that
            continue
    return None
