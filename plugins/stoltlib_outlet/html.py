"""Reader for HTML pages: ``.html`` and ``.htm`` files, and records that carry ``html``.

trafilatura (the optional extra ``stoltlib[html]``) finds the page's main text and what the page
states about itself. It is imported on the first page read, so this plugin, registered for every
user, costs nothing until HTML comes in, and a missing extra is reported as a :class:`ReadError`
saying how to install it.

The main text becomes ``Document.text``, which every span refers to. Each block trafilatura keeps
(a paragraph, heading, list or quotation) is one paragraph, and paragraphs are separated by a blank
line, as in the plain-text articles stoltlib reads (``stoltlib.text.paragraphs`` splits on blank
lines); a line break inside a block (``<br>``) stays a single line break. What the page states
outside the text (title, authors, date, site, canonical URL, description) goes to
``Document.meta["html"]``, for the outlet plugin to merge with what it finds in the text; the
HTML itself is not kept.

A record is this reader's when it has ``html`` and no ``text``; a record with ``text`` is left to
the built-in record reader, even when it also has ``html``. A record's ``html`` may be a whole page
or a fragment (an article body).
"""

from __future__ import annotations

import codecs
import copy
import datetime as _dt
import unicodedata
from collections.abc import Mapping
from typing import Any

import regex

import stoltlib
from stoltlib.model import normalize_published
from stoltlib.readers import open_binary, wants
from stoltlib.text import word_count
from stoltlib_outlet import lexicons
from stoltlib_outlet.jsonld import article_date
from stoltlib_outlet.lexicons import fold
from stoltlib_outlet.microdata import microdata_date
from stoltlib_outlet.patterns import TITLE_PARTS
from stoltlib_outlet.shown import headings, lines_around_headline
from stoltlib_outlet.title import headline_similarity

__all__ = ["stoltlib_read"]

#: The ``--input-format`` name and the file suffixes of this reader.
FORMAT = "html"
SUFFIXES = (".html", ".htm")

#: The message when trafilatura is not installed.
MISSING_EXTRA = "reading HTML needs the html extra: pip install 'stoltlib[html]'"

#: The keys of ``Document.meta["html"]``, always all present (``None`` when the page is silent).
#: A byline element's text is short; a longer one is an author's biography or a whole block.
MAX_BYLINE_CHARS = 160
#: How many byline texts are kept from one page.
MAX_BYLINES = 8

META_KEYS = (
    "title", "page_title", "authors", "date", "date_markup", "sitename", "hostname", "url",
    "description", "headline", "bylines", "shown",
)  # fmt: skip

#: Meta tags that state when the article was published (``name``, ``property`` or ``itemprop``,
#: lower-cased): with none of them, nor ``itemprop="datePublished"`` nor JSON-LD's
#: ``datePublished``, the date htmldate gives is its guess from the page's text and links.
DATE_META_KEYS = frozenset(
    {
        "article:published_time", "og:published_time", "og:article:published_time",
        "article:published", "published_time", "datepublished", "datecreated", "date",
        "pubdate", "publishdate", "publish-date", "publish_date", "publication_date",
        "dc.date", "dc.date.issued", "dc.date.created", "dcterms.date", "dcterms.created",
        "dcterms.issued", "sailthru.date", "parsely-pub-date", "citation_publication_date",
        "citation_date", "original-publish-date", "article.published", "displaydate",
        "article_date_original", "rnews:datepublished",
        # The other publication keys of htmldate's header search (its loose "meta", "date"-less
        # "created", "timestamp" and release dates left out: they date other things too).
        "article:post_date", "article:publicationdate", "article:published_date",
        "bt:pubdate", "date_published", "date_created", "dateposted", "dc.date.publication",
        "dc.created", "dc:created", "dc:date", "dcsext.articlefirstpublished",
        "og:article:published", "og:datepublished", "og:pubdate", "og:publish_date",
        "originalpublicationdate", "publish_time", "published-date", "published_date",
        "publisheddate", "shareaholic:article_published_time", "twt-published-at",
        "vr:published_time", "mediator_published_time", "cxenseparse:recs:publishtime",
        "analyticsattributes.articledate", "article.created", "content_create_date",
        "rbpubdate", "pdate", "ptime", "field-name-post-date",
    }
)  # fmt: skip

#: Record keys that map onto :class:`~stoltlib.Document` fields (as in the record reader), plus
#: ``html``, which is read and not kept: a page is far bigger than anything else in ``meta``.
RECORD_KEYS = ("id", "html", "published", "url", "title", "outlet", "meta")

#: trafilatura joins several authors into one string with "; ".
AUTHOR_SEPARATOR = regex.compile(r"\s*;\s*")

#: A tag that only a whole page has; HTML without one is a fragment, to be wrapped into a page.
PAGE_TAG = regex.compile(r"<(?:html|head|body)[\s/>]", regex.IGNORECASE)
PAGE_TAG_BYTES = regex.compile(rb"<(?:html|head|body)[\s/>]", regex.IGNORECASE)

#: An ``<h2>`` is the headline of a page without one in ``<h1>`` when its content words and
#: the title's are this alike (Dice, as the plain-text rules compare a shown headline).
H2_HEADLINE_SIMILARITY = 0.6
#: An ``<h1>`` this alike the title is the story's headline, wherever it stands among others.
H1_HEADLINE_SIMILARITY = 0.5
#: An ``<h1>`` of fewer words is a section's name when an ``<h2>`` repeats the title.
MIN_HEADLINE_WORDS = 3

#: White space holding a line break inside a text: a browser shows it as one space.
SOURCE_LINE_BREAK = regex.compile(r"[^\S\n]*\n\s*")

#: trafilatura writes dates as YYYY-MM-DD; anything else is not trusted as a date.
ISO_DATE = regex.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")

#: htmldate, which finds trafilatura's dates, refuses dates after a bound that defaults to today:
#: the same page would give another date depending on the day it is read. A fixed bound keeps the
#: output independent of the clock; on the 199 naeb_dev pages it changed no date.
LATEST_DATE = "2099-12-31"

#: The marks of a copyright notice, as htmldate reads them ("© 2024", "Copyright 2024", "(c)").
#: Without date markup, htmldate's text search takes a notice's year as a floor, refusing every
#: earlier date on the page, and as its last resort returns January 1 of that year: a 2023 story
#: on a page whose footer says "© 2024" is dated 2024-01-01, and its shown "Dec. 21, 2023"
#: is never looked at.
COPYRIGHT_MARK = regex.compile(r"©|&copy;|Copyright|\(c\)")

#: Pages bigger than this many bytes skip trafilatura's fallback extractors (readability, jusText):
#: the text of a 5 MB list of links takes 26 s with them, 12 s without. News pages are smaller
#: (the largest of the 199 naeb_dev pages has 2.9 MB) and keep the more careful extraction.
FAST_ABOVE = 3_000_000

#: How far into a page to look for a NUL byte, the mark of a binary file rather than a page.
SNIFF_BYTES = 4096

#: Byte-order marks of UTF-16 and UTF-32 pages, text whose bytes legitimately hold NULs.
WIDE_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)

#: Magic numbers of the gzip and zstd files trafilatura decompresses (a saved HTTP response).
COMPRESSED = (b"\x1f\x8b", b"\x28\xb5\x2f\xfd")


@stoltlib.hookimpl(tryfirst=True)
def stoltlib_read(source: stoltlib.Source) -> list[stoltlib.Document] | None:
    """Read an HTML file, or a record with ``html`` and no ``text``; decline anything else."""
    record = source.record
    if record is not None:
        if not isinstance(record, dict) or "text" in record or "html" not in record:
            return None
        return [_read_record(source, record)]
    if not wants(source, FORMAT, SUFFIXES):
        return None
    return [_read_file(source)]


def _read_file(source: stoltlib.Source) -> stoltlib.Document:
    handle = open_binary(source)
    try:
        data = handle.read()
    except OSError as error:
        raise stoltlib.ReadError(source.location, error.strerror or str(error)) from None
    finally:
        if handle is not source.stream:
            handle.close()
    text, meta = _extract(data, source.location, url=None)
    return stoltlib.Document(id=source.id, text=text, url=meta["url"], meta={"html": meta})


def _read_record(source: stoltlib.Source, record: Mapping[str, Any]) -> stoltlib.Document:
    where = source.location
    html = record["html"]
    if not isinstance(html, str):
        raise stoltlib.ReadError(where, f"'html' must be a string, got {type(html).__name__}")
    # The record's own fields are checked as the record reader checks them, and before the
    # extraction: a record that is wrong anyway should not cost a parse.
    record_id = record.get("id")
    if record_id is not None and not isinstance(record_id, (str, int)):
        raise stoltlib.ReadError(
            where, f"'id' must be a string or number, got {type(record_id).__name__}"
        )
    fields: dict[str, str | None] = {}
    for key in ("url", "title", "outlet"):
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            raise stoltlib.ReadError(where, f"{key!r} must be a string, got {type(value).__name__}")
        fields[key] = value
    try:
        published = normalize_published(record.get("published"))
    except (TypeError, ValueError) as error:
        raise stoltlib.ReadError(where, str(error)) from None
    given = record.get("meta")
    meta = dict(given) if isinstance(given, dict) else ({} if given is None else {"meta": given})
    meta.update((key, value) for key, value in record.items() if key not in RECORD_KEYS)
    # The record's URL helps trafilatura (relative links, the site's name, a date in the path).
    text, page = _extract(html, where, url=fields["url"])
    meta["html"] = page  # what the page states wins over a record's own meta["html"]
    return stoltlib.Document(
        id=str(record_id) if record_id is not None else source.id,
        text=text,
        url=fields["url"] or page["url"],
        title=fields["title"],
        outlet=fields["outlet"],
        published=published,
        meta=meta,
    )


def _extract(data: bytes | str, location: str, url: str | None) -> tuple[str, dict[str, Any]]:
    """The main text of a page and what the page states about itself (``META_KEYS``).

    Raises:
        ReadError: trafilatura is missing or too old, the data is binary, or trafilatura failed.

    """
    trafilatura = _trafilatura(location)
    _check_version(str(trafilatura.__version__), location)
    if isinstance(data, bytes):
        _refuse_binary(data, location)
    data = _as_page(data)
    # A fresh dict each time: htmldate is handed it and may write into it.
    dates = {"original_date": True, "extensive_search": True, "max_date": LATEST_DATE}
    try:
        # Bytes go in as they are: trafilatura finds the encoding (BOM, declaration, guess).
        tree = trafilatura.load_html(data)
        if tree is None:
            # Empty, or not HTML at all: an empty document, which the pipeline warns about.
            return "", _page_meta(None, None, [], None, date_markup=False, page_title="")
        # Parsed once, read twice: htmldate reads a copy of the tree, and bare_extraction copies
        # it before pruning it. Asking bare_extraction for the metadata as well would lose it
        # with the text when the page has no main text, and a second parse costs more.
        stated = trafilatura.extract_metadata(tree, default_url=url, date_config=dates)
        # The article's own date in the JSON-LD beats htmldate's pick, which may be a video's
        # or the web page's beside it; so does the date its microdata marks, which htmldate
        # reads in <meta> elements only.
        article_day = article_date(tree) or microdata_date(tree)
        date_markup = article_day is not None or _states_date(tree)
        if not date_markup and _copyright_day(getattr(stated, "date", None)):
            stated.date = _guess_past_copyright(tree, {**dates, "url": stated.url})
        # The headline as the page shows it: its first <h1> but the site's name (titles in meta
        # tags are often written for search engines and differ from it).
        heading = _headline(tree, _clean(getattr(stated, "sitename", None)))
        headline = heading[1] if heading is not None else None
        bylines = _bylines(tree)
        page_title = _page_title(tree)
        shown = lines_around_headline(tree, heading[0]) if heading is not None else None
        text = _main_text(trafilatura, tree, url or stated.url, fast=len(data) > FAST_ABOVE)
    except Exception as error:  # a bug or a limit in trafilatura or lxml costs this page only
        raise stoltlib.ReadError(
            location, f"trafilatura could not read the page: {type(error).__name__}: {error}"
        ) from error
    # trafilatura's text output is NFC (composed accents); bare_extraction leaves that step to the
    # caller. The metadata gets it too, so that the outlet plugin can find it in the text.
    return _nfc(text), _page_meta(
        stated,
        headline,
        bylines,
        shown,
        date_markup=date_markup,
        page_title=page_title,
        article_day=article_day,
    )


def _trafilatura(location: str) -> Any:
    """The trafilatura module, or a ``ReadError`` saying how to install or repair the extra."""
    try:
        import trafilatura  # type: ignore[import-untyped, import-not-found, unused-ignore]
    except ModuleNotFoundError as error:
        if error.name != "trafilatura":
            # trafilatura is there but one of its own imports fails (lxml's HTML cleaner, split
            # out of lxml 5.2 as lxml_html_clean): installing the extra again would not help.
            raise stoltlib.ReadError(location, _broken_extra(error)) from error
        raise stoltlib.ReadError(location, MISSING_EXTRA) from None
    except ImportError as error:
        raise stoltlib.ReadError(location, _broken_extra(error)) from error
    return trafilatura


def _main_text(trafilatura: Any, tree: Any, url: str | None, *, fast: bool) -> str:
    """The page's main text as trafilatura extracts it, or "" when the page has none."""
    page = trafilatura.bare_extraction(
        tree,
        url=url,
        # Options measured on the naeb_dev pages whose file names start with 0-3 (91 pages),
        # word-level F1 against the gold text: default 0.909, favor_precision 0.928, both
        # options 0.931 (0.902 -> 0.915 on the pages starting 4-7, never tuned on).
        # Precision drops share lines, captions and related-story lists.
        favor_precision=True,
        # Tables come out as "| cell | cell |" rows: spec sheets, schedules, league tables,
        # never the article's prose; each of the 7 pages with a table scored better without.
        include_tables=False,
        include_comments=False,  # readers' comments are not the article
        fast=fast,
    )
    # None: no main text (a truncated or non-article page); the document is empty.
    assert not isinstance(page, dict), "trafilatura 1.x is refused above"
    return "" if page is None else _text(page)


def _copyright_day(date: object) -> bool:
    """Whether htmldate's guess is a year's first day, as its copyright-year last resort gives."""
    return isinstance(date, str) and date.endswith("-01-01")


def _guess_past_copyright(tree: Any, dates: dict[str, Any]) -> str | None:
    """The date htmldate guesses on a copy of the page without the marks of copyright notices.

    The notice's year then neither floors the text search nor stands in for a date (see
    :data:`COPYRIGHT_MARK`); a first day of a year found again is still no day the page
    states, and gives no date. The copy costs a page's tree, and only pages without date
    markup whose guess was January 1 pay for it.
    """
    import htmldate  # type: ignore[import-untyped, import-not-found, unused-ignore]

    unmarked = copy.deepcopy(tree)
    for element in unmarked.iter():
        for part in ("text", "tail"):
            value = getattr(element, part, None)
            if isinstance(value, str) and COPYRIGHT_MARK.search(value):
                setattr(element, part, COPYRIGHT_MARK.sub(" ", value))
        for name, value in element.attrib.items():
            if COPYRIGHT_MARK.search(value):
                element.set(name, COPYRIGHT_MARK.sub(" ", value))
    guess = htmldate.find_date(unmarked, **dates)
    return None if guess is None or _copyright_day(guess) else str(guess)


def _broken_extra(error: ImportError) -> str:
    """The message for a trafilatura that is installed but cannot be imported."""
    return (
        f"trafilatura is installed but cannot be imported ({type(error).__name__}: {error}); "
        "install what it names, or reinstall the html extra: pip install 'stoltlib[html]'"
    )


def _check_version(version: str, location: str) -> None:
    """Refuse trafilatura 1.x, whose bare_extraction takes other arguments and returns a dict."""
    major = version.split(".", 1)[0]
    if not major.isdigit() or int(major) < 2:
        raise stoltlib.ReadError(
            location,
            f"reading HTML needs trafilatura 2.0 or later, found {version}: "
            "pip install 'stoltlib[html]'",
        )


def _refuse_binary(data: bytes, location: str) -> None:
    """Raise for binary data (an image, an archive saved as .html): that is no page at all."""
    head = data[:SNIFF_BYTES]
    offset = head.find(b"\x00")
    if offset >= 0 and not head.startswith(WIDE_BOMS + COMPRESSED):
        raise stoltlib.ReadError(
            location, f"not an HTML page: binary data (a NUL byte at offset {offset})"
        )


def _as_page(data: bytes | str) -> bytes | str:
    """A fragment (a record's article body: ``<p>...</p>``) wrapped into a page.

    trafilatura takes whole pages only: a single paragraph, or text with ``<br>`` and no block,
    would give no text at all.
    """
    if isinstance(data, str):
        return data if PAGE_TAG.search(data) else f"<html><body>{data}</body></html>"
    if PAGE_TAG_BYTES.search(data) or data.startswith(WIDE_BOMS):
        return data  # a UTF-16 page has its tags in other bytes; it is left as it is
    bom = codecs.BOM_UTF8 if data.startswith(codecs.BOM_UTF8) else b""
    return b"%s<html><body>%s</body></html>" % (bom, data[len(bom) :])


def _text(page: Any) -> str:
    """The blocks of trafilatura's body as text, separated by blank lines.

    trafilatura's own text output puts one line break between blocks and also one for a ``<br>``,
    so paragraphs could not be told apart from lines; each top-level block is rendered alone here,
    with trafilatura's renderer (on the 199 naeb_dev pages, the words are exactly those of its
    text output).
    """
    try:
        from trafilatura.xml import (  # type: ignore[import-untyped, import-not-found, unused-ignore]
            xmltotxt,
        )
    except ImportError:
        # An internal function: should a later version move it, the text loses the blank lines
        # between paragraphs rather than the page being unreadable.
        return str(page.text or "")
    body = page.body
    # trafilatura keeps the source's white space in a block with inline children (a <br>, a
    # link), so an HTML source wrapped at 80 columns would leave line breaks mid-sentence; code
    # keeps its lines. (Element by element: XPath would hand over a text in pieces.)
    code = {element for block in body.iter("code") for element in block.iter()}
    for element in body.iter():
        if element.text and "\n" in element.text and element not in code:
            element.text = SOURCE_LINE_BREAK.sub(" ", element.text)
        if element.tail and "\n" in element.tail and element.getparent() not in code:
            element.tail = SOURCE_LINE_BREAK.sub(" ", element.tail)
    blocks = [body.text or "", *(xmltotxt(block, False) for block in body)]
    return "\n\n".join(text for block in blocks if (text := _tidy(block)))


def _tidy(block: str) -> str:
    """A block's lines without surrounding white space, and without blank lines.

    trafilatura leaves the odd tab or no-break space around lines and whitespace-only lines in a
    block; a blank line inside a block would split it into two paragraphs.
    """
    return "\n".join(line for raw in block.splitlines() if (line := raw.strip()))


def _headline(tree: Any, sitename: str | None) -> tuple[Any, str] | None:
    """The page's headline: its first ``<h1>`` with text that is not the site's name.

    Some pages put their logo in an ``<h1>`` on every page, the story's headline in a later
    one; the site's name is the one the page states, or the last part of its ``<title>``
    ("... | Valley Courier"). A page without a headline ``<h1>`` (older templates use ``<h2>``)
    shows its headline in the first ``<h2>`` that repeats most of the ``<title>``'s words.
    """
    page_title = _page_title(tree)
    sites = {fold(name) for name in (sitename, *TITLE_PARTS.split(page_title)[1:]) if name}
    found = [(e, text) for e, text in headings(tree) if fold(text) not in sites]
    title = _og_title(tree) or TITLE_PARTS.split(page_title)[0]
    stopwords = lexicons.current().stopwords.get("en", frozenset())

    def alike(heading: str) -> float:
        return headline_similarity(title, heading, stopwords)[0]

    # Of several <h1>, a banner's ("Breaking: ...") comes first: the one that repeats the
    # title is the story's.
    match = next((h for h in found if alike(h[1]) >= H1_HEADLINE_SIMILARITY), None)
    if match is not None:
        return match
    # An <h1> of a word or two is the section's name ("Politics") when an <h2> repeats the
    # title; a longer one is the headline, however the title (written for search engines)
    # words it.
    if found and word_count(found[0][1]) >= MIN_HEADLINE_WORDS:
        return found[0]
    h2 = next(
        (h for h in headings(tree, "h2") if alike(h[1]) >= H2_HEADLINE_SIMILARITY),
        None,
    )
    return h2 or (found[0] if found else None)


def _og_title(tree: Any) -> str | None:
    """The page's Open Graph title (``og:title``), if it states one."""
    for element in tree.iter("meta"):
        if element.get("property", "").lower() == "og:title":
            content = " ".join(str(element.get("content", "")).split())
            return content or None
    return None


def _page_title(tree: Any) -> str:
    """The text of the page's ``<title>``, white space squashed ("" without one)."""
    element = tree.find(".//title")
    return " ".join(element.text_content().split()) if element is not None else ""


def _bylines(tree: Any) -> list[str]:
    """Short texts the page marks as its byline or author, in page order, deduplicated.

    Bylines often sit outside the main text trafilatura extracts; pages mark them with
    ``rel="author"``, ``itemprop="author"`` or a class or id naming a byline or an author.
    """
    found: list[str] = []
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.tag in ("script", "style", "meta", "link"):
            continue
        marks = " ".join(
            str(element.get(name, "")) for name in ("class", "id", "rel", "itemprop")
        ).lower()
        if "byline" not in marks and "author" not in marks:
            continue
        text = " ".join(element.text_content().split())
        if 2 < len(text) <= MAX_BYLINE_CHARS and text not in found:
            found.append(text)
            if len(found) >= MAX_BYLINES:
                break
    return found


def _states_date(tree: Any) -> bool:
    """Whether the page states its publication date in markup (see :data:`DATE_META_KEYS`)."""
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue  # a comment
        if element.tag == "meta":
            keys = (str(element.get(name, "")).lower() for name in ("property", "name", "itemprop"))
            if any(key in DATE_META_KEYS for key in keys):
                return True
        elif element.get("itemprop", "").lower() == "datepublished" or (
            element.tag == "script"
            and "ld+json" in element.get("type", "")
            and "datePublished" in (element.text or "")
        ):
            return True
    return False


def _page_meta(
    stated: Any,
    headline: str | None,
    bylines: list[str],
    shown: tuple[list[str], int] | None,
    *,
    date_markup: bool,
    page_title: str,
    article_day: str | None = None,
) -> dict[str, Any]:
    """``Document.meta["html"]`` from trafilatura's metadata (``None``: no page at all).

    Every key of ``META_KEYS`` is there; a value the page does not state is ``None`` (``[]`` for
    the authors). ``shown`` is what the page shows around its headline
    (:func:`~stoltlib_outlet.shown.lines_around_headline`): ``{"lines": [...], "headline": i}``;
    ``date_markup`` whether the page's markup states its date (else ``date`` is a guess);
    ``page_title`` the text of its ``<title>`` as it stands (``title`` is trafilatura's pick);
    ``article_day`` the article's ``datePublished`` in the JSON-LD
    (:func:`~stoltlib_outlet.jsonld.article_date`) or its microdata
    (:func:`~stoltlib_outlet.microdata.microdata_date`), which is the date when it is valid.
    """

    def field(name: str) -> object:
        return getattr(stated, name, None)

    return {
        "title": _clean(field("title")),
        "page_title": _clean(page_title),
        "authors": _authors(field("author")),
        "date": _iso_date(article_day) or _iso_date(field("date")),
        "date_markup": date_markup,
        "sitename": _clean(field("sitename")),
        "hostname": _clean(field("hostname")),
        "url": _clean(field("url")),
        "description": _clean(field("description")),
        "headline": _clean(headline),
        "bylines": [_nfc(line) for line in bylines],
        "shown": (
            {"lines": [_nfc(line) for line in shown[0]], "headline": shown[1]}
            if shown is not None
            else None
        ),
    }


def _clean(value: object) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    return _nfc(value.strip())


def _authors(value: object) -> list[str]:
    """The author string split into names, each once, in the page's order."""
    text = _clean(value)
    if text is None:
        return []
    return list(dict.fromkeys(name for name in AUTHOR_SEPARATOR.split(text) if name))


def _iso_date(value: object) -> str | None:
    text = _clean(value)
    if text is None or not ISO_DATE.fullmatch(text):
        return None
    try:
        return _dt.date.fromisoformat(text).isoformat()
    except ValueError:  # 2023-02-30
        return None


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)
