"""Putting the rules together: a document's text (and HTML meta tags) in, ``Metadata`` out."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import urlsplit

import attrs

from stoltlib import Boilerplate, Dateline, Document, Found, Metadata, PublishedDate, TextSpan
from stoltlib.text import Line, logical_lines
from stoltlib_outlet.boilerplate import MAX_HEADLINE_WORDS, classify_line, find_boilerplate
from stoltlib_outlet.bylines import Byline, find_author_note, find_bylines, parse_names
from stoltlib_outlet.credits import (
    Caption,
    CopyrightFooter,
    find_agencies,
    find_captions,
    find_copyright_footers,
    find_dateline,
    find_photo_credits,
)
from stoltlib_outlet.dates import find_dates, month_day_in_year
from stoltlib_outlet.language import guess_language
from stoltlib_outlet.layout import (
    PROSE_WORDS,
    TextLineCounts,
    first_prose,
    header_end,
    is_prose,
    more_words_than,
)
from stoltlib_outlet.lexicons import Lexicons, OutletEntry, fold
from stoltlib_outlet.page import (
    html_authors,
    html_meta,
    html_title,
    page_authors,
    page_date,
    shown_story,
)
from stoltlib_outlet.story import (
    DATE_RANK,
    DateCandidate,
    Story,
    date_candidates,
    find_story,
    first_timestamp,
    line_of,
)
from stoltlib_outlet.title import TitleFinding, find_title

__all__ = ["find_metadata"]
#: How many lines past the first line of prose a date line is still looked for.
_DATE_LINES_AFTER_LEAD = 30
#: The title and the shown headline are looked for at least this far down.
_TITLE_LINES = 400
#: Date lines are looked for at least this far down (a cookie notice may pass for the lead).
_DATE_LINES_AT_LEAST = 300
#: A masthead (an outlet's name alone on a line) stands among a page's first lines, and is short.
MASTHEAD_LINES = 20
MAX_MASTHEAD_CHARS = 60
#: Characters of running text the language guess reads.
LANGUAGE_SAMPLE = 4000


def _outlet_of_url(url: str | None, lexicons: Lexicons) -> OutletEntry | None:
    if not url:
        return None
    host = urlsplit(url if "//" in url else f"//{url}").hostname
    return lexicons.outlet_of_host(host) if host else None


def find_metadata(document: Document, lexicons: Lexicons, dct: str | None) -> Metadata:
    """Everything this plugin finds about where ``document`` came from.

    ``dct`` is the document creation time already known (the caller's), used to give a year to a
    dateline's "Feb 26".
    """
    # The caches of folded strings and of line dates serve one document: kept across documents
    # they would make a second pass over the same texts look faster than a first.
    fold.cache_clear()
    find_dates.cache_clear()
    text = document.text
    # Lines as a reader takes them: a wrapped paragraph is one line (newswire copy).
    all_lines = logical_lines(text)
    starts = [line.start for line in all_lines]
    counts = TextLineCounts.of(all_lines)
    lead = first_prose(all_lines, counts)
    header = header_end(all_lines, lead)
    header_lines = all_lines[:header]

    classified = _classify(all_lines, lexicons)
    # The shown headline may stand below long navigation, and a cookie notice may pass for the
    # lead: the title is looked for further down than bylines are.
    title_zone = all_lines[: max(header, _TITLE_LINES)]
    furniture = {number for number in classified if number < len(title_zone)}

    html = html_meta(document)
    sitename = html.get("sitename") if isinstance(html.get("sitename"), str) else None
    bylines = find_bylines(text, header_lines, lexicons)
    # The first byline naming people (under the page title on line 0) marks the story's
    # headline: it stands right above.
    signed_line = next((b.line.number for b in bylines if b.authors and b.line.number > 0), None)
    title = find_title(
        text,
        title_zone,
        lexicons,
        furniture,
        sitename,
        story=(signed_line, first_timestamp(header_lines), lead),
        counts=counts,
    )
    page_title = html_title(text, html, header_lines, lexicons, sitename)
    marks = _mark_furniture(text, all_lines, lexicons, bylines, lead)
    dateline = find_dateline(text, all_lines, lexicons)

    url_outlet = _outlet_of_url(document.url, lexicons)
    outlet = _choose_outlet(
        lexicons,
        [title, page_title],
        bylines,
        header_lines,
        marks,
        url_outlet.name if url_outlet else None,
        sitename,
        lexicons.agency(dateline.agency) if dateline and dateline.agency else None,
    )
    entry = lexicons.outlet(outlet) if outlet else None
    date_order = entry.date_order if entry else (url_outlet.date_order if url_outlet else None)

    date_zone = max(header, (lead if lead is not None else header) + _DATE_LINES_AFTER_LEAD)
    date_zone = min(len(all_lines), max(date_zone, _DATE_LINES_AT_LEAST))
    candidates = date_candidates(text, all_lines, date_zone, date_order, skip=set())
    candidates += _caption_and_dateline_dates(text, marks.captions, dateline, dct)
    story = find_story(
        text,
        all_lines,
        header_lines,
        lexicons,
        bylines,
        candidates,
        _headline_line(title, starts),
        lead,
        counts,
        kinds=classified,
    )
    if story.added is not None:
        bylines.append(story.added)
        marks.known[story.added.line.number] = "byline"
        outlet = outlet or story.added.outlet  # "Ann Lee USA TODAY", found by its place

    shown = shown_story(html, lexicons, date_order)
    authors = _choose_authors(text, all_lines, lexicons, story, title, html, shown, lead, marks)
    published = _choose_published(text, all_lines, story, html, shown, marks, date_order)
    for candidate in candidates:
        if candidate.date.source in ("published-line", "updated-line", "date-line") and (
            candidate.date.start is not None
        ):
            marks.known.setdefault(line_of(starts, candidate.date.start), "timestamp")

    boilerplate = find_boilerplate(text, all_lines, lexicons, marks.known, classified)
    if title is not None and title.site:
        # The title line's " - Site" tail is furniture too; the headline itself is not.
        boilerplate.append(
            Boilerplate(title.title.end or 0, _line_end(all_lines, starts, title), "site-name")
        )
        boilerplate.sort(key=lambda block: (block.start, block.end))

    return Metadata(
        # A page's meta title is the publisher's own statement of the headline: it beats a
        # guess from the first line of the extracted text.
        title=page_title.title if page_title else (title.title if title else None),
        outlet=outlet,
        authors=authors,
        published=published,
        dateline=dateline,
        agencies=find_agencies(text, lexicons, dateline),
        # Judged on paragraphs of some length only: a stray line (a menu, a caption, a name)
        # says little about a language.
        language=guess_language(_running_text(text, all_lines), lexicons.stopwords),
        photo_credits=[credit for _, credit in marks.credits],
        boilerplate=boilerplate,
    )


@attrs.define
class _Furniture:
    """The lines marked as furniture before the story is placed, and what marked them."""

    #: Boilerplate kinds by line number, for ``find_boilerplate``; later steps add to it.
    known: dict[int, str]
    footers: list[CopyrightFooter]
    credits: list[tuple[Line, TextSpan]]
    captions: list[Caption]


def _mark_furniture(
    text: str,
    all_lines: Sequence[Line],
    lexicons: Lexicons,
    bylines: Sequence[Byline],
    lead: int | None,
) -> _Furniture:
    """Bylines, copyright footers, credited and dated captions, alt text and story cards."""
    known: dict[int, str] = {}
    for byline in bylines:
        known[byline.line.number] = "byline"
    footers = find_copyright_footers(text, all_lines, lexicons)
    for footer in footers:
        known[footer.line.number] = "copyright-footer"
    credits = list(find_photo_credits(text, all_lines))
    for line, _ in credits:
        known.setdefault(line.number, "caption")
    captions = list(find_captions(text, all_lines))
    for caption in captions:
        known.setdefault(caption.line.number, "caption")
    _mark_image_alt(all_lines, known)
    for caption in captions:
        # A caption inside the story introduces a teaser for another story, not this one.
        if lead is not None and caption.line.number > lead:
            _mark_story_card(all_lines, caption.line.number, known)
    return _Furniture(known, footers, credits, captions)


def _choose_outlet(
    lexicons: Lexicons,
    titles: Sequence[TitleFinding | None],
    bylines: Sequence[Byline],
    header_lines: Sequence[Line],
    marks: _Furniture,
    url_outlet: str | None,
    sitename: str | None,
    dateline_agency: str | None,
) -> str | None:
    """The outlet, from the strongest of its signs that the document shows.

    A name the page signs with beats one inferred from a URL or a dateline. A dateline's agency
    comes last: a site that runs a wire story is the outlet, and credits the agency (the wire's
    own copy, with nothing else to go by, is the agency's). ``titles`` are the title found in
    the text and the page's meta title.
    """
    signed = next((b.outlet for b in bylines if b.outlet), None)
    signed_known = signed is not None and bool(lexicons.outlet(signed) or lexicons.agency(signed))
    known_sites = [title.site if title and title.site_known else None for title in titles]
    candidates = [
        *known_sites,
        signed if signed_known else None,
        # A known outlet's name alone on a header line (its masthead, a logo's alt text) beats
        # a byline's unknown one-word "outlet": "By Invitation" is a menu's section.
        _masthead(header_lines, lexicons),
        signed,
        marks.captions[0].outlet if marks.captions else None,
        url_outlet,
        sitename,
        *(title.site if title else None for title in titles),
        next((footer.holder for footer in marks.footers if footer.holder), None),
        dateline_agency,
    ]
    return next((name for name in candidates if name), None)


def _headline_line(title: TitleFinding | None, starts: Sequence[int]) -> int:
    """The number of the line the headline found stands on, or -1."""
    if title is not None and title.headline_line is not None:
        return title.headline_line
    if title is not None and title.title.start is not None:
        return line_of(starts, title.title.start)
    return -1


def _choose_published(
    text: str,
    all_lines: Sequence[Line],
    story: Story,
    html: Mapping[str, Any],
    shown: Story | None,
    marks: _Furniture,
    date_order: str | None,
) -> PublishedDate | None:
    """The publication date: a "Published" line, else the markup's, else the story's own.

    Without any, the date in the first credited photo's caption.
    """
    published = story.date
    if published is None or published.source != "published-line":
        published = page_date(html, shown.date if shown is not None else None) or published
    if published is None and marks.credits:
        published = _photo_caption_date(text, all_lines, marks.credits[0][0], date_order)
    return published


def _caption_and_dateline_dates(
    text: str, captions: Sequence[Caption], dateline: Dateline | None, dct: str | None
) -> list[DateCandidate]:
    """The publication-date candidates of the first dated caption and of the dateline."""
    found = [
        DateCandidate(
            DATE_RANK["caption"],
            caption.date.start,
            PublishedDate(value, "caption", caption.date.start + start, caption.date.end),
        )
        # The numeric date of a caption's "- Outlet, 1920, 01.10.2024" tail is read day first.
        for caption in captions[:1]
        for start, _end, value in find_dates(caption.date.text, "dmy")
    ]
    day = _dateline_day(text, dateline, dct) if dateline is not None else None
    if day is not None and dateline is not None:
        found.append(DateCandidate(DATE_RANK["dateline"], dateline.start, day))
    return found


def _choose_authors(
    text: str,
    all_lines: Sequence[Line],
    lexicons: Lexicons,
    story: Story,
    title: TitleFinding | None,
    html: Mapping[str, Any],
    shown: Story | None,
    lead: int | None,
    marks: _Furniture,
) -> list[Found]:
    """The authors: the story's byline, a title line's, an author note's, then the markup's."""
    authors: list[Found] = list(story.byline.authors) if story.byline else []
    if not authors and title is not None and title.author is not None:
        authors, _ = parse_names(text, *title.author, lexicons, short=False, source="title-line")
    if not authors and not html and lead is not None:
        # Plain text only: an HTML page's meta tags name its authors more surely.
        note = find_author_note(text, all_lines, lexicons, after=lead)
        if note is not None:
            authors = list(note.authors)
            marks.known.setdefault(note.line.number, "author-note")
    if not authors:
        authors = page_authors(
            html_authors(html, lexicons), shown.byline if shown is not None else None
        )
    return authors


def _dateline_day(text: str, dateline: Dateline, dct: str | None) -> PublishedDate | None:
    """The day a dateline states, with its span, or ``None``.

    "Oct. 20, 2024" is read as written; a yearless "Feb 26" is placed in the year of the
    document's date ``dct``, and without one gives no day.
    """
    piece = text[dateline.start : dateline.end]
    dated = find_dates(piece)
    if dated:
        start, end, value = dated[0]
    elif dct is not None:
        found = month_day_in_year(piece, dt.date.fromisoformat(dct[:10]))
        if found is None:
            return None
        start, end, value = found
    else:
        return None
    return PublishedDate(value, "dateline", dateline.start + start, dateline.start + end)


def _masthead(header_lines: Sequence[Line], lexicons: Lexicons) -> str | None:
    """The known outlet a header line names and nothing else ("The Economist"), if any.

    Not a news agency's name: alone under a byline ("Associated Press") it credits the wire the
    story came from, on a site that runs it.
    """
    for line in header_lines[:MASTHEAD_LINES]:
        if not line.is_blank and len(line.text) <= MAX_MASTHEAD_CHARS:
            entry = lexicons.outlet(line.text)
            if entry is not None and not lexicons.agency(line.text):
                return entry.name
    return None


def _running_text(text: str, all_lines: Sequence[Line], enough: int = LANGUAGE_SAMPLE) -> str:
    """Paragraphs of some length, up to ``enough`` characters, for the language guess.

    A stray line (a menu, a caption, a name) says little about a language, and a few paragraphs
    say enough. A paragraph is a run of lines between blank ones, read off ``all_lines`` (the
    text's lines, already made): the guess reads only the head of a text, and a search of the
    text for its blank lines cost as much as the guess itself.
    """
    kept: list[str] = []
    size = 0
    first: Line | None = None
    last: Line | None = None
    for line in itertools.chain(all_lines, (None,)):  # None: the end closes a paragraph
        if line is not None and not line.is_blank:
            first = first or line
            last = line
            continue
        if first is None or last is None:
            continue
        paragraph = text[first.start : last.end]
        first = None
        # Whether it has PROSE_WORDS words, without splitting all of a long one.
        if len(paragraph.split(None, PROSE_WORDS - 1)) >= PROSE_WORDS:
            kept.append(paragraph)
            size += len(paragraph)
            if size >= enough:
                break
    return " ".join(kept)


def _photo_caption_date(
    text: str, lines: Sequence[Line], credit_line: Line, date_order: str | None
) -> PublishedDate | None:
    """The date in the caption of the first credited photo, when the text states no other.

    Wire captions date their pictures ("... in Gansu province, Wednesday, Dec. 20, 2023." over
    "(AP Photo/Ng Han Guan)"): the lead picture's day is the story's day, or close to it, and
    the last resort of a page whose date stood only in its markup.
    """
    before = [line for line in lines if line.end <= credit_line.start and not line.is_blank]
    for line in [credit_line, *before[-1:]]:
        for start, end, value in find_dates(line.text, date_order)[:1]:
            return PublishedDate(value, "photo-caption", line.start + start, line.start + end)
    return None


def _line_end(all_lines: Sequence[Line], starts: Sequence[int], title: Any) -> int:
    line = all_lines[line_of(starts, title.title.start)]
    return line.start + len(line.text.rstrip())


def _mark_story_card(all_lines: Sequence[Line], caption: int, known: dict[int, str]) -> None:
    """Headline lines right under a caption inside the story are a teaser for another story."""
    for line in all_lines[caption + 1 :]:
        if line.is_blank or is_prose(line) or more_words_than(line.text, MAX_HEADLINE_WORDS):
            return
        known.setdefault(line.number, "related-stories")


def _classify(all_lines: Sequence[Line], lexicons: Lexicons) -> dict[int, str]:
    """The boilerplate kind of each line that has one, by line number.

    A page repeats a quarter of its lines (menus at the top and the bottom, share widgets):
    each distinct line is classified once.
    """
    kinds: dict[str, str | None] = {}
    classified = {}
    for line in all_lines:
        if line.is_blank:
            continue
        kind = kinds.get(line.text, "?")
        if kind == "?":
            kind = kinds[line.text] = classify_line(line, lexicons)
        if kind is not None:
            classified[line.number] = kind
    return classified


def _mark_image_alt(all_lines: Sequence[Line], known: dict[int, str]) -> None:
    """A line repeated by the line right under it (alt text, then the caption) is alt text."""
    for line, following in itertools.pairwise(all_lines):
        if line.is_blank or line.text.lstrip()[:1] != following.text.lstrip()[:1]:
            continue  # the common case, settled on the first character
        first = line.text.split(maxsplit=1)[:1]
        if not first or following.text.split(maxsplit=1)[:1] != first:
            continue  # the common case, settled on the first word alone
        alt = " ".join(line.text.split())
        caption = " ".join(following.text.split())
        # The caption repeats the alt text and adds to it (a credit, a place, a date).
        if len(alt) >= 12 and len(caption) > len(alt) and caption.startswith(alt):
            known.setdefault(line.number, "image-alt")
            known.setdefault(following.number, "caption")
