"""The WARC reader: a crawl's HTML pages become documents, everything else is passed over."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import pytest

import stoltlib
from stoltlib.pipeline import Pipeline

from .test_cli import json_lines, run

warcio = pytest.importorskip("warcio", reason="the warc extra is not installed")
pytest.importorskip("trafilatura", reason="the html extra is not installed")

from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

PAGE = (
    "<html><head><title>{title}</title><meta charset='{charset}'></head><body><article>"
    "<h1>{title}</h1><p>BRUSSELS (Reuters) - NATO Secretary General Mark Rutte said on "
    "Tuesday that the alliance stands united, after a meeting of defence ministers that ran "
    "late into the evening. {extra}</p><p>The ministers agreed to raise spending on air "
    "defence and to hold a further meeting in March, officials said. Talks on the budget are "
    "expected to continue over the coming weeks, according to two diplomats.</p>"
    "</article></body></html>"
)


def add(
    writer: WARCWriter,
    url: str,
    body: bytes,
    *,
    status: str = "200 OK",
    content_type: str = "text/html; charset=utf-8",
    kind: str = "response",
) -> None:
    """Write one record: an HTTP response (with headers) or a resource."""
    if kind == "response":
        headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            url, "response", payload=io.BytesIO(body), http_headers=headers
        )
    else:
        record = writer.create_warc_record(
            url, kind, payload=io.BytesIO(body), warc_content_type=content_type
        )
    writer.write_record(record)


def crawl(path: Path, *, gzipped: bool = True) -> Path:
    """A small crawl: two articles, a Latin-1 page, and records that are no articles."""
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=gzipped)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))
        add(writer, "https://example.org/a", PAGE.format(title="Alliance united", charset="utf-8",
            extra="“We stand together,” he said.").encode())  # fmt: skip
        add(writer, "https://example.org/robots.txt", b"User-agent: *", content_type="text/plain")
        add(writer, "https://example.org/gone", b"<html>gone</html>", status="404 Not Found")
        add(writer, "https://example.org/logo.png", b"\x89PNG\r\n", content_type="image/png")
        add(writer, "https://example.org/b", PAGE.format(title="Réunion à Bruxelles",
            charset="iso-8859-1", extra="Le café était fermé.").encode("latin-1"),
            content_type="text/html")  # fmt: skip
        add(writer, "https://example.org/c", PAGE.format(title="Stored page", charset="utf-8",
            extra="Stored as a resource.").encode(), kind="resource")  # fmt: skip
    return path


def test_html_pages_become_documents_in_order(tmp_path: Path, pipeline: Pipeline) -> None:
    """Only 200 HTML responses and HTML resources are read, in file order, with URL and ids."""
    path = crawl(tmp_path / "crawl.warc.gz")
    docs = list(pipeline.reader().read([path]))
    assert [d.url for d in docs] == [
        "https://example.org/a",
        "https://example.org/b",
        "https://example.org/c",
    ]
    assert [d.id for d in docs] == [f"{path.as_posix()}#{n}" for n in (2, 6, 7)]
    assert "Mark Rutte said on Tuesday" in docs[0].text
    assert "Le café était fermé." in docs[1].text  # decoded with its meta charset, not UTF-8
    warc = docs[0].meta["warc"]
    assert warc["url"] == "https://example.org/a"
    assert warc["record_id"].startswith("<urn:uuid:")
    assert docs[0].published is None  # the crawl date is no publication date


def test_an_uncompressed_warc_reads_the_same(tmp_path: Path, pipeline: Pipeline) -> None:
    """A plain .warc gives the same texts as a .warc.gz."""
    plain = [d.text for d in pipeline.reader().read([crawl(tmp_path / "a.warc", gzipped=False)])]
    packed = [d.text for d in pipeline.reader().read([crawl(tmp_path / "a.warc.gz")])]
    assert plain == packed and len(plain) == 3


def test_a_truncated_warc_keeps_the_pages_before_the_cut(
    tmp_path: Path, pipeline: Pipeline
) -> None:
    """A crawl cut off mid-record gives its earlier pages, then one error naming the record."""
    path = crawl(tmp_path / "crawl.warc.gz")
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * 0.8)])
    items = list(pipeline.reader().read([path]))
    assert [type(item).__name__ for item in items] == ["Document", "ReadError"]
    assert items[1].location == f"{path}, record 6"
    assert "the file ends inside this record" in items[1].message


def test_a_page_in_no_charset_that_fits_is_an_error_for_that_record(
    tmp_path: Path, pipeline: Pipeline
) -> None:
    """A page declared UTF-8 that is not is reported with its record; the next page is read."""
    path = tmp_path / "bad.warc"
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=False)
        add(writer, "https://example.org/bad", b"<html><body><p>caf\xe9</p></body></html>")
        add(writer, "https://example.org/ok", PAGE.format(title="Fine", charset="utf-8",
            extra="").encode())  # fmt: skip
    items = list(pipeline.reader().read([path]))
    assert isinstance(items[0], stoltlib.ReadError)
    assert items[0].location == f"{path}, record 1"
    assert "declared charset" in items[0].message
    assert isinstance(items[1], stoltlib.Document)


def test_extract_reads_warc_with_two_workers(tmp_path: Path) -> None:
    """`stoltlib extract crawl.warc.gz --jobs 2` writes the pages' analyses, as --jobs 1 does."""
    path = crawl(tmp_path / "crawl.warc.gz")
    two = run("extract", path, "--jobs", "2", "--no-text")
    one = run("extract", path, "--jobs", "1", "--no-text")
    assert two.exit_code == 0, two.stderr
    assert two.stdout == one.stdout
    rows = json_lines(two.stdout)
    assert rows[0]["document"]["url"] == "https://example.org/a"
    assert rows[0]["metadata"]["title"]["text"] == "Alliance united"


def test_not_a_warc_is_an_error_naming_the_file(tmp_path: Path, pipeline: Pipeline) -> None:
    """A .warc.gz holding something else is one read error for the file."""
    path = tmp_path / "fake.warc.gz"
    path.write_bytes(gzip.compress(b"this is not a WARC file\n" * 10))
    items = list(pipeline.reader().read([path]))
    assert len(items) == 1 and isinstance(items[0], stoltlib.ReadError)
    assert items[0].location.startswith(str(path))
