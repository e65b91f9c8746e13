"""The HTML reader (plugin ``html``, module ``stoltlib_outlet.html``, extra ``stoltlib[html]``).

Pages are written by hand into ``tmp_path``; one test reads a few real pages from
``../shared/eval/naeb_dev/html/`` and is skipped when that folder is absent. Everything that
parses HTML needs trafilatura and is skipped without it; one test hides trafilatura to check the
message a user without the extra gets.
"""

from __future__ import annotations

import builtins
import importlib.util
import io
import json
import os
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from stoltlib_outlet import html as html_reader

from stoltlib import Document, ReadError, Source
from stoltlib.cli import cli
from stoltlib.pipeline import Pipeline

from .conftest import ROOT

NAEB_PAGES = ROOT.parent / "shared" / "eval" / "naeb_dev" / "html"

META_KEYS = {
    "title", "page_title", "authors", "date", "date_markup", "sitename", "hostname", "url",
    "description", "headline", "bylines", "shown",
}  # fmt: skip
NOTHING_STATED: dict[str, Any] = {
    "title": None,
    "page_title": None,
    "authors": [],
    "date": None,
    "date_markup": False,
    "sitename": None,
    "hostname": None,
    "url": None,
    "description": None,
    "headline": None,
    "bylines": [],
    "shown": None,
}

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Alliance names new chief | Example News</title>
<meta name="author" content="Ann Lee; Bo Chen">
<meta name="description" content="The alliance named a new secretary general on Tuesday.">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2024-10-01T09:00:00+02:00">
<link rel="canonical" href="https://news.example.com/world/alliance-chief">
</head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<article>
<h1>Alliance names new chief</h1>
<p>BRUSSELS (Reuters) - The alliance named a new secretary general on Tuesday, ending months of
talks between its members about who should lead it.</p>
<p>“We are ready for the years ahead,” the new chief told reporters at the
headquarters.<br>He
takes office next week.</p>
<table><tr><td>Member</td><td>Joined</td></tr><tr><td>Norway</td><td>1949</td></tr></table>
<p>The outgoing chief, who served for ten years, said the handover would be smooth and that the
alliance had never been stronger.</p>
</article>
<footer><p>© 2024 Example News. All rights reserved.</p></footer>
</body>
</html>
"""

PAGE_TEXT = (
    "Alliance names new chief\n"
    "\n"
    "BRUSSELS (Reuters) - The alliance named a new secretary general on Tuesday, ending months of "
    "talks between its members about who should lead it.\n"
    "\n"
    "“We are ready for the years ahead,” the new chief told reporters at the headquarters.\n"
    "He takes office next week.\n"
    "\n"
    "The outgoing chief, who served for ten years, said the handover would be smooth and that the "
    "alliance had never been stronger."
)

PAGE_META = {
    "title": "Alliance names new chief",
    "page_title": "Alliance names new chief | Example News",
    "authors": ["Ann Lee", "Bo Chen"],
    "date": "2024-10-01",
    "date_markup": True,
    "sitename": "Example News",
    "hostname": "example.com",
    "url": "https://news.example.com/world/alliance-chief",
    "description": "The alliance named a new secretary general on Tuesday.",
    "headline": "Alliance names new chief",
    "bylines": [],
    # What the page shows around its <h1>, line by line (block elements end a line).
    "shown": {
        "lines": [
            "Home",
            "World",
            "Alliance names new chief",
            "BRUSSELS (Reuters) - The alliance named a new secretary general on Tuesday, ending "
            "months of talks between its members about who should lead it.",
            "“We are ready for the years ahead,” the new chief told reporters at the headquarters.",
            "He takes office next week.",
            "Member",
            "Joined",
            "Norway",
            "1949",
            "The outgoing chief, who served for ten years, said the handover would be smooth and "
            "that the alliance had never been stronger.",
            "© 2024 Example News. All rights reserved.",
        ],
        "headline": 2,
    },
}

# A short article whose non-ASCII letters show whether the page was decoded right.
ARTICLE = (
    "<html><head><meta charset='{charset}'><title>Zürich</title></head><body><article>"
    "<p>The café in Zürich reopened on Monday after a long winter, its owner said to the crowd "
    "that had gathered outside since the early morning.</p></article></body></html>"
)


# --- helpers ---------------------------------------------------------------------------------


@pytest.fixture
def trafilatura() -> Any:
    """trafilatura, or the test is skipped (the html extra is not installed)."""
    return pytest.importorskip("trafilatura")


def read_all(
    pipeline: Pipeline, paths: list[Any], *, input_format: str | None = None
) -> list[Document | ReadError]:
    """Every document and read error, in order, for ``paths``."""
    return list(pipeline.reader(input_format=input_format).read(paths))


def read_one(pipeline: Pipeline, path: Path) -> Document:
    """The one document read from ``path``."""
    [item] = read_all(pipeline, [path])
    assert isinstance(item, Document), item
    return item


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    """``content`` written to ``tmp_path / name`` (strings as UTF-8)."""
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def write_jsonl(tmp_path: Path, *records: dict[str, Any]) -> Path:
    """The records as a JSONL file."""
    path = tmp_path / "pages.jsonl"
    path.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    return path


def record_source(record: Any) -> Source:
    """A record source as the JSONL reader makes one."""
    return Source(id="pages.jsonl#1", location="pages.jsonl:1", record=record)


# --- files -----------------------------------------------------------------------------------


@pytest.mark.usefixtures("trafilatura")
def test_html_file_gives_main_text_in_paragraphs_and_stated_metadata(
    tmp_path: Path, pipeline: Pipeline
) -> None:
    """An .html file gives its main text, blocks apart by blank lines, and meta["html"]."""
    document = read_one(pipeline, write(tmp_path, "page.html", PAGE))
    # Navigation, the table and the footer are left out; <br> stays a line break in a paragraph.
    assert document.text == PAGE_TEXT
    assert document.meta == {"html": PAGE_META}
    assert document.id == (tmp_path / "page.html").as_posix()
    assert document.url == PAGE_META["url"]
    assert (document.title, document.outlet, document.published) == (None, None, None)


@pytest.mark.usefixtures("trafilatura")
def test_htm_suffix_and_forced_format_are_read_as_html(tmp_path: Path, pipeline: Pipeline) -> None:
    """.htm and .HTML files are HTML, and so is any file named with --input-format html."""
    items = read_all(pipeline, [write(tmp_path, "a.htm", PAGE), write(tmp_path, "b.HTML", PAGE)])
    assert [item.text for item in items if isinstance(item, Document)] == [PAGE_TEXT, PAGE_TEXT]
    [forced] = read_all(pipeline, [write(tmp_path, "page.txt", PAGE)], input_format="html")
    assert isinstance(forced, Document)
    assert forced.text == PAGE_TEXT


@pytest.mark.usefixtures("trafilatura")
def test_html_on_standard_input_is_read_with_input_format_html(pipeline: Pipeline) -> None:
    """Standard input with input format html is read as one page."""
    reader = pipeline.reader(input_format="html")
    [document] = list(reader.read(["-"], io.BytesIO(PAGE.encode())))
    assert isinstance(document, Document)
    assert (document.id, document.text) == ("<stdin>", PAGE_TEXT)


@pytest.mark.usefixtures("trafilatura")
def test_text_is_nfc_normalised(tmp_path: Path, pipeline: Pipeline) -> None:
    """Decomposed accents come out composed, as in trafilatura's own text output."""
    page = ARTICLE.format(charset="utf-8").replace("café", "cafe\u0301")
    document = read_one(pipeline, write(tmp_path, "page.html", page))
    assert "The café in Zürich" in document.text
    assert "\u0301" not in document.text


def test_other_files_and_records_are_declined(tmp_path: Path) -> None:
    """Text files, records with text or without html, and non-objects are left to others."""
    txt = Source(id="a.txt", location="a.txt", path=tmp_path / "a.txt")
    assert html_reader.stoltlib_read(txt) is None
    for record in ({"text": "t"}, {"text": "t", "html": PAGE}, {"id": 1}, ["html"], "html"):
        assert html_reader.stoltlib_read(record_source(record)) is None, record


# --- records ---------------------------------------------------------------------------------


@pytest.mark.usefixtures("trafilatura")
def test_jsonl_record_with_html_carries_its_fields(tmp_path: Path, pipeline: Pipeline) -> None:
    """A record's id, published, url, title, outlet and other keys are kept; html is not."""
    record = {
        "id": "r1",
        "html": PAGE,
        "published": "2024-10-02",
        "url": "https://mirror.example.org/chief",
        "title": "Chief named",
        "outlet": "Wire",
        "source": "crawl-7",
        "meta": {"lang": "en"},
    }
    [document] = read_all(pipeline, [write_jsonl(tmp_path, record)])
    assert isinstance(document, Document)
    assert document.id == "r1"
    assert document.text == PAGE_TEXT
    assert document.published == "2024-10-02"
    assert document.url == "https://mirror.example.org/chief"  # the record's, not the page's
    assert (document.title, document.outlet) == ("Chief named", "Wire")
    assert document.meta == {"lang": "en", "source": "crawl-7", "html": PAGE_META}


@pytest.mark.usefixtures("trafilatura")
def test_record_without_url_or_id_takes_the_canonical_url_and_line_id(
    tmp_path: Path, pipeline: Pipeline
) -> None:
    """Without a url the page's canonical URL is the document's; without an id, path#line."""
    path = write_jsonl(tmp_path, {"html": PAGE})
    [document] = read_all(pipeline, [path])
    assert isinstance(document, Document)
    assert document.url == PAGE_META["url"]
    assert document.id == f"{path.as_posix()}#1"


@pytest.mark.usefixtures("trafilatura")
def test_record_with_text_and_html_goes_to_the_record_reader(
    tmp_path: Path, pipeline: Pipeline
) -> None:
    """A record with text keeps its text: the HTML reader leaves it to the record reader."""
    [document] = read_all(pipeline, [write_jsonl(tmp_path, {"text": "Given.", "html": PAGE})])
    assert isinstance(document, Document)
    assert document.text == "Given."


@pytest.mark.usefixtures("trafilatura")
@pytest.mark.parametrize(
    "fragment",
    [
        "<p>The alliance named a new chief on Tuesday.</p>",
        "The alliance named a new chief on Tuesday.<br>He takes office next week.",
    ],
)
def test_record_with_an_html_fragment_gives_its_text(
    tmp_path: Path, pipeline: Pipeline, fragment: str
) -> None:
    """A record's html may be a fragment (an article body), not a whole page."""
    [document] = read_all(pipeline, [write_jsonl(tmp_path, {"id": "f", "html": fragment})])
    assert isinstance(document, Document)
    assert document.text.startswith("The alliance named a new chief on Tuesday.")


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ({"html": 5}, "'html' must be a string, got int"),
        ({"html": None}, "'html' must be a string, got NoneType"),
        ({"html": PAGE, "id": [1]}, "'id' must be a string or number, got list"),
        ({"html": PAGE, "url": 7}, "'url' must be a string, got int"),
        ({"html": PAGE, "published": "soon"}, "published must be an ISO 8601 date"),
    ],
)
def test_bad_html_records_are_errors_naming_the_line(
    tmp_path: Path, pipeline: Pipeline, record: dict[str, Any], message: str
) -> None:
    """A record with html but a bad field is a read error naming its line, and reading goes on."""
    path = write_jsonl(tmp_path, record, {"text": "next"})
    error, document = read_all(pipeline, [path])
    assert isinstance(error, ReadError)
    assert error.location == f"{path}:1"
    assert message in error.message
    assert isinstance(document, Document)


# --- malformed input -------------------------------------------------------------------------


@pytest.mark.usefixtures("trafilatura")
def test_binary_garbage_is_a_read_error_naming_the_file(tmp_path: Path, pipeline: Pipeline) -> None:
    """Binary data saved as .html is not a page: a read error naming the file."""
    path = write(tmp_path, "image.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    [error] = read_all(pipeline, [path])
    assert isinstance(error, ReadError)
    assert error.location == str(path)
    assert "binary data" in error.message


@pytest.mark.usefixtures("trafilatura")
@pytest.mark.parametrize(
    "content",
    [b"", b"  \n\t\n", b"<html><body></body></html>", b"<script>var shown = false;</script>"],
    ids=["empty", "blank", "empty-body", "script-only"],
)
def test_page_without_text_is_an_empty_document_with_a_warning(
    tmp_path: Path, pipeline: Pipeline, content: bytes
) -> None:
    """An empty or textless page gives an empty document, which the pipeline warns about."""
    document = read_one(pipeline, write(tmp_path, "empty.html", content))
    assert document.text == ""
    assert document.meta == {"html": NOTHING_STATED}
    analysis = pipeline.analyze(document)
    assert [problem.type for problem in analysis.warnings] == ["empty-document"]


@pytest.mark.usefixtures("trafilatura")
def test_truncated_page_gives_the_text_that_is_there(tmp_path: Path, pipeline: Pipeline) -> None:
    """A page cut off in the middle of a tag still gives the paragraphs before the cut."""
    page = PAGE[: PAGE.index("<table>") + 10]
    document = read_one(pipeline, write(tmp_path, "cut.html", page))
    assert document.text.startswith("Alliance names new chief\n\nBRUSSELS (Reuters)")
    assert "He takes office next week." in document.text
    assert document.meta["html"]["title"] == "Alliance names new chief"


@pytest.mark.usefixtures("trafilatura")
@pytest.mark.parametrize(
    ("charset", "encoding"),
    [("utf-8", "latin-1"), ("x-no-such-charset", "latin-1"), ("iso-8859-1", "utf-8")],
    ids=["latin1-declared-utf8", "unknown-charset", "utf8-declared-latin1"],
)
def test_wrong_charset_declaration_still_gives_a_document(
    tmp_path: Path, pipeline: Pipeline, charset: str, encoding: str
) -> None:
    """Bytes that contradict the declared charset are decoded as well as can be, never raise."""
    content = ARTICLE.format(charset=charset).encode(encoding)
    document = read_one(pipeline, write(tmp_path, "page.html", content))
    # trafilatura guesses the encoding; a short page may get its accents wrong, its words not.
    assert "reopened on Monday after a long winter" in document.text


@pytest.mark.usefixtures("trafilatura")
def test_utf16_page_with_bom_is_read(tmp_path: Path, pipeline: Pipeline) -> None:
    """A UTF-16 page (NUL bytes, but a byte-order mark) is text, not binary."""
    document = read_one(pipeline, write(tmp_path, "page.html", PAGE.encode("utf-16")))
    assert document.text == PAGE_TEXT


@pytest.mark.usefixtures("trafilatura")
def test_trafilatura_failure_is_a_read_error_naming_the_file(
    tmp_path: Path, pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch, trafilatura: Any
) -> None:
    """An exception inside trafilatura becomes a read error naming the file, even when strict."""

    def explode(*args: object, **kwargs: object) -> None:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(trafilatura, "bare_extraction", explode)
    path = write(tmp_path, "page.html", PAGE)
    strict = Pipeline(pipeline.plugins, strict=True)
    [error] = read_all(strict, [path])
    assert isinstance(error, ReadError)
    assert error.location == str(path)
    assert "RecursionError" in error.message


@pytest.mark.usefixtures("trafilatura")
def test_a_5_mb_page_is_read(tmp_path: Path, pipeline: Pipeline) -> None:
    """A 5 MB page is read through, every paragraph of it (no hang, no size limit)."""
    # Paragraphs differ (trafilatura drops repeated ones), as in a very long real article.
    sentence = "The alliance met again on Tuesday to talk about its budget. " * 10
    count = 5_000_000 // len(f"<p>Meeting 0. {sentence}</p>\n") + 1
    body = "".join(f"<p>Meeting {n}. {sentence}</p>\n" for n in range(count))
    path = write(tmp_path, "big.html", f"<html><body><article>{body}</article></body></html>")
    assert path.stat().st_size > 5_000_000
    document = read_one(pipeline, path)
    assert document.text.startswith("Meeting 0. The alliance met again")
    assert document.text.count("\n\n") == count - 1


# --- without the extra -----------------------------------------------------------------------


def test_without_trafilatura_reading_html_says_which_extra_to_install(
    tmp_path: Path, pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without trafilatura, a page is a read error naming it and the html extra."""
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # `import trafilatura` now fails
    path = write(tmp_path, "page.html", PAGE)
    [error] = read_all(pipeline, [path])
    assert error == ReadError(
        str(path), "reading HTML needs the html extra: pip install 'stoltlib[html]'"
    )
    [record_error] = read_all(pipeline, [write_jsonl(tmp_path, {"html": PAGE})])
    assert isinstance(record_error, ReadError)
    assert "pip install 'stoltlib[html]'" in record_error.message


def test_a_broken_trafilatura_is_named_not_reported_as_missing(
    tmp_path: Path, pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An installed trafilatura whose own import fails gives that failure, not the extra's name."""
    real_import = builtins.__import__

    def failing_import(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "trafilatura":
            raise ImportError("lxml.html.clean module is now a separate project lxml_html_clean")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", failing_import)
    [error] = read_all(pipeline, [write(tmp_path, "page.html", PAGE)])
    assert isinstance(error, ReadError)
    assert "cannot be imported" in error.message and "lxml_html_clean" in error.message


def test_the_module_imports_without_trafilatura(monkeypatch: pytest.MonkeyPatch) -> None:
    """The plugin module imports without trafilatura: it is registered for every user."""
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    spec = importlib.util.spec_from_file_location("html_without_trafilatura", html_reader.__file__)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert callable(module.stoltlib_read)


# --- command line ----------------------------------------------------------------------------


@pytest.mark.usefixtures("trafilatura")
def test_cli_extracts_an_html_file(tmp_path: Path) -> None:
    """`stoltlib extract page.html` writes one analysis of the page's text."""
    path = write(tmp_path, "page.html", PAGE)
    result = CliRunner().invoke(cli, ["extract", os.fspath(path)])
    assert result.exit_code == 0, result.output
    [line] = [line for line in result.stdout.splitlines() if line.startswith("{")]
    analysis = json.loads(line)
    assert analysis["text"] == PAGE_TEXT
    assert analysis["document"]["meta"]["html"] == PAGE_META


# --- real pages ------------------------------------------------------------------------------


@pytest.mark.usefixtures("trafilatura")
@pytest.mark.skipif(not NAEB_PAGES.is_dir(), reason="../shared/eval/naeb_dev is not here")
def test_real_news_pages_give_text_and_a_title(pipeline: Pipeline) -> None:
    """Three real news pages each give a main text and a title."""
    pages = sorted(NAEB_PAGES.glob("*.html"))[:3]
    assert len(pages) == 3
    for path in pages:
        document = read_one(pipeline, path)
        assert document.text.strip(), path.name
        assert "\n\n" in document.text, path.name
        title = document.meta["html"]["title"]
        assert isinstance(title, str) and title.strip(), path.name
        assert set(document.meta["html"]) == META_KEYS


def test_byline_elements_are_recorded_and_name_the_authors(
    tmp_path: Path, pipeline: Pipeline
) -> None:
    """A byline marked in the page, outside the main text, is recorded and names the authors."""
    pytest.importorskip("trafilatura")
    page = tmp_path / "byline.html"
    page.write_text(
        "<html><head><title>Ferry fares to rise</title></head><body>"
        '<div class="article-byline">By Ann Lee and Bo Chen</div><article><h1>Ferry fares to '
        "rise</h1><p>Fares on the island ferry will rise by five percent from next month, the "
        "operator said on Monday, blaming the cost of fuel and of repairs to the pier.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    document = read_one(pipeline, page)
    assert document.meta["html"]["bylines"] == ["By Ann Lee and Bo Chen"]
    authors = pipeline.analyze(document).metadata.authors
    assert [a.text for a in authors] == ["Ann Lee", "Bo Chen"]


SHOWN_PAGE = """<html><head><title>Ferry fares to rise | Island Post</title>
<meta name="author" content="Ann Lee; Cy Dorn">
<meta property="article:published_time" content="2023-12-23T03:22:07Z">
</head><body><nav><a href="/">Home</a></nav>
<h1>Ferry fares to rise</h1>
<div class="meta"><span>By Ann Lee</span> <div>Edited by Cy Dorn</div>
<time datetime="2023-12-22T22:22:07-0500">Dec 22, 2023, 10:22 PM EST</time></div>
<article><p>Fares on the island ferry will rise by five percent from next month, the operator
said on Monday, blaming the cost of fuel and of repairs to the pier.</p>
<p>Passengers' groups said the rise would hit commuters hardest, and asked the council to step
in before the new fares take effect in the spring.</p></article></body></html>"""


def test_the_byline_and_day_shown_under_the_headline_refine_the_meta_tags(
    tmp_path: Path, pipeline: Pipeline
) -> None:
    """Meta tags naming an editor and a UTC date give way to the shown byline and local day."""
    pytest.importorskip("trafilatura")
    page = tmp_path / "shown.html"
    page.write_text(SHOWN_PAGE, encoding="utf-8")
    document = read_one(pipeline, page)
    shown = document.meta["html"]["shown"]
    assert shown["lines"][shown["headline"]] == "Ferry fares to rise"
    assert "By Ann Lee" in shown["lines"]
    metadata = pipeline.analyze(document).metadata
    assert [(a.text, a.source) for a in metadata.authors] == [("Ann Lee", "html-meta")]
    assert metadata.published is not None
    assert (metadata.published.value, metadata.published.source) == ("2023-12-22", "html-shown")


def test_a_shown_date_far_from_the_markup_is_another_event(
    tmp_path: Path, pipeline: Pipeline
) -> None:
    """A day shown under the headline far from the page's date markup (an update) loses to it."""
    pytest.importorskip("trafilatura")
    page = tmp_path / "updated.html"
    page.write_text(
        SHOWN_PAGE.replace("Dec 22, 2023, 10:22 PM EST", "Updated Feb 2, 2024"), encoding="utf-8"
    )
    published = pipeline.analyze(read_one(pipeline, page)).metadata.published
    assert published is not None and (published.value, published.source) == (
        "2023-12-23",
        "html-meta",
    )


def test_a_deeply_nested_headline_is_shown(tmp_path: Path, pipeline: Pipeline) -> None:
    """A headline nested 200 elements deep is still found with the line under it."""
    pytest.importorskip("trafilatura")
    page = tmp_path / "deep.html"
    depth = 200
    page.write_text(
        "<html><body>"
        + "<div>" * depth
        + "<h1>Deep page headline</h1><p>By Ann Lee</p>"
        + "</div>" * depth
        + "</body></html>",
        encoding="utf-8",
    )
    document = read_one(pipeline, page)
    shown = document.meta["html"]["shown"]
    assert shown == {"lines": ["Deep page headline", "By Ann Lee"], "headline": 0}


def test_a_date_the_page_labels_as_published_beats_distant_markup(
    tmp_path: Path, pipeline: Pipeline
) -> None:
    """A "Date:" label under the headline beats date markup far from it."""
    pytest.importorskip("trafilatura")
    page = tmp_path / "labelled.html"
    page.write_text(
        SHOWN_PAGE.replace(
            '<time datetime="2023-12-22T22:22:07-0500">Dec 22, 2023, 10:22 PM EST</time>',
            "<div>Date:</div><div>December 13, 2023</div>",
        ).replace("2023-12-23T03:22:07Z", "2024-02-17T00:00:00Z"),
        encoding="utf-8",
    )
    published = pipeline.analyze(read_one(pipeline, page)).metadata.published
    assert published is not None and (published.value, published.source) == (
        "2023-12-13",
        "html-shown",
    )


def test_an_h1_holding_the_sites_name_is_not_the_headline(
    tmp_path: Path, pipeline: Pipeline
) -> None:
    """A logo in an <h1> ("Island Post") gives way to the next <h1>, the story's headline."""
    pytest.importorskip("trafilatura")
    page = tmp_path / "logo.html"
    page.write_text(
        SHOWN_PAGE.replace(
            "</head>", '<meta property="og:site_name" content="Island Post"></head>'
        ).replace('<nav><a href="/">Home</a></nav>', "<h1>Island Post</h1>"),
        encoding="utf-8",
    )
    document = read_one(pipeline, page)
    assert document.meta["html"]["headline"] == "Ferry fares to rise"
    shown = document.meta["html"]["shown"]
    assert shown["lines"][shown["headline"]] == "Ferry fares to rise"


def test_the_date_marked_in_microdata_beats_a_related_storys(
    tmp_path: Path, pipeline: Pipeline
) -> None:
    """A <span itemprop="datePublished"> dates the page, not a related story's <time>."""
    pytest.importorskip("trafilatura")
    page = tmp_path / "microdata.html"
    page.write_text(
        SHOWN_PAGE.replace(
            '<meta property="article:published_time" content="2023-12-23T03:22:07Z">', ""
        )
        .replace(
            '<time datetime="2023-12-22T22:22:07-0500">Dec 22, 2023, 10:22 PM EST</time>',
            '<span itemprop="datePublished" content="2023-12-22T22:22:07-0500">Friday</span>',
        )
        .replace(
            "</body>",
            '<aside><a href="/b">Bus fares frozen</a> <time datetime="2023-11-30">Nov 30</time>'
            "</aside></body>",
        ),
        encoding="utf-8",
    )
    document = read_one(pipeline, page)
    assert document.meta["html"]["date"] == "2023-12-22"
    published = pipeline.analyze(document).metadata.published
    assert published is not None and published.value == "2023-12-22"


def test_a_republished_storys_note_gives_way_to_the_pages_date(
    tmp_path: Path, pipeline: Pipeline
) -> None:
    """ "This story originally appeared ... on <day>" at the end loses to the page's own date."""
    pytest.importorskip("trafilatura")
    page = tmp_path / "republished.html"
    note = "<p>This story originally appeared in the Harbour Gazette on December 1, 2023.</p>"
    page.write_text(SHOWN_PAGE.replace("</article>", f"{note}</article>"), encoding="utf-8")
    document = read_one(pipeline, page)
    assert "originally appeared" in document.text
    published = pipeline.analyze(document).metadata.published
    assert published is not None and published.value == "2023-12-22"


@pytest.mark.parametrize("key", ["published_date", "dc:date", "og:pubdate"])
def test_every_publication_meta_key_is_date_markup(
    tmp_path: Path, pipeline: Pipeline, key: str
) -> None:
    """A date in any meta key htmldate reads as the publication's is markup, not a guess."""
    pytest.importorskip("trafilatura")
    page = tmp_path / "keyed.html"
    page.write_text(
        SHOWN_PAGE.replace('property="article:published_time"', f'name="{key}"').replace(
            "Dec 22, 2023, 10:22 PM EST", "Updated Feb 2, 2024"
        ),
        encoding="utf-8",
    )
    document = read_one(pipeline, page)
    assert document.meta["html"]["date_markup"] is True
    published = pipeline.analyze(document).metadata.published
    assert published is not None and (published.value, published.source) == (
        "2023-12-23",
        "html-meta",
    )
