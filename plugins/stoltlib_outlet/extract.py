"""Putting the rules together: a document's text (and HTML meta tags) in, ``Metadata`` out."""

from __future__ import annotations

import bisect
import contextlib
import datetime as dt
import itertools
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import urlsplit

import attrs
import regex

from stoltlib import Boilerplate, Document, Found, Metadata, PublishedDate
from stoltlib.text import Line, lines, logical_lines, word_count
from stoltlib_outlet.boilerplate import MAX_HEADLINE_WORDS, classify_line, find_boilerplate
from stoltlib_outlet.bylines import (
    Byline,
    find_author_note,
    find_bylines,
    find_name_over_date,
    parse_names,
)
from stoltlib_outlet.credits import (
    find_agencies,
    find_captions,
    find_dateline,
    find_photo_credits,
)
from stoltlib_outlet.dates import DATE_LINE_EXTRA_WORDS, find_dates, is_date_line, month_day_in_year
from stoltlib_outlet.language import guess_language
from stoltlib_outlet.layout import (
    PROSE_WORDS,
    TextLineCounts,
    first_prose,
    header_end,
    is_prose,
)
from stoltlib_outlet.lexicons import Lexicons, OutletEntry, fold
from stoltlib_outlet.patterns import BYLINE, DATE_LABEL
from stoltlib_outlet.title import TitleFinding, find_title, split_title

__all__ = ["find_metadata"]

# How a publication date was found, best first: an explicit label beats a dated caption, which
# beats a bare date line in the header, which beats an "Updated" label and a dateline's day.
_DATE_RANK = {
    "published-line": 0,
    "caption": 1,
    "date-line": 2,
    "header-date": 3,
    "updated-line": 4,
    "dateline": 5,
}
#: A date label alone on its line is short ("Published on:", "Date:").
_MAX_LABEL_CHARS = 30
#: A short header line with a date among other words (a byline with its timestamp).
_HEADER_DATE_WORDS = 24
#: How many lines past the first line of prose a date line is still looked for.
_DATE_LINES_AFTER_LEAD = 30
#: The title and the shown headline are looked for at least this far down.
_TITLE_LINES = 400
#: Date lines are looked for at least this far down (a cookie notice may pass for the lead).
_DATE_LINES_AT_LEAST = 300
#: A date within this many lines of text under the story's byline (or headline), or over it,
#: is the story's date.
_NEAR_BELOW_LINES = 6
_NEAR_ABOVE_LINES = 1
#: Lines of text right above the story's first prose where an unmarked byline may stand.
_LINES_OVER_LEAD = 3
#: A label before the headline inside a page's <h1> has at most this many words.
_MAX_KICKER_WORDS = 3
#: Characters of running text the language guess reads.
LANGUAGE_SAMPLE = 4000


_DIGIT = regex.compile(r"\d")
# A blank line between paragraphs (the split is done in C: far faster than walking lines).
_BLANK_LINE = regex.compile(r"\n[^\S\n]*\n")


@attrs.frozen
class _Candidate:
    rank: int
    position: int
    date: PublishedDate


def _date_candidates(
    text: str,
    all_lines: Sequence[Line],
    header: int,
    date_order: str | None,
    skip: set[int],
) -> list[_Candidate]:
    found = []
    # A label alone on its line ("Date:", "Published") labels the date line under it.
    alone: regex.Match[str] | None = None
    for line in all_lines:
        if line.is_blank or line.number in skip:
            continue
        above, alone = alone, None
        in_header = line.number < header
        if not _DIGIT.search(line.text):
            # Every date spelling has a digit: most lines are passed over cheaply.
            if (
                in_header
                and len(line.text) <= _MAX_LABEL_CHARS
                and (label := DATE_LABEL.match(line.text))
            ):
                alone = label if label.end() >= len(line.text.rstrip()) else None
            continue
        label = DATE_LABEL.match(line.text)
        if label is None and not in_header:
            continue
        for start, end, value in find_dates(line.text, date_order)[:1]:
            extra_words = len(line.text.split()) - len(line.text[start:end].split())
            if label is None and above is not None and extra_words <= DATE_LINE_EXTRA_WORDS:
                label = above
            if label is not None:
                updated = (
                    label.group("label")
                    .lower()
                    .startswith(("updated", "last", "modified", "edited", "revised"))
                )
                source = "updated-line" if updated else "published-line"
            elif extra_words <= DATE_LINE_EXTRA_WORDS:
                source = "date-line"
            elif len(line.text.split()) <= _HEADER_DATE_WORDS and not is_prose(line):
                source = "header-date"  # "By Jane Doe - Dec 20, 2023 3:06 pm UTC"
            else:
                continue
            found.append(
                _Candidate(
                    _DATE_RANK[source],
                    line.start + start,
                    PublishedDate(value, source, line.start + start, line.start + end),
                )
            )
    return found


def _outlet_of_url(url: str | None, lexicons: Lexicons) -> OutletEntry | None:
    if not url:
        return None
    host = urlsplit(url if "//" in url else f"//{url}").hostname
    return lexicons.outlet_of_host(host) if host else None


def _first_timestamp(header_lines: Sequence[Line]) -> int | None:
    """The first line under the top one that labels a date or is one ("Updated: Dec. 21")."""
    for line in header_lines[1:]:
        if _DIGIT.search(line.text) and (
            (DATE_LABEL.match(line.text) and find_dates(line.text)) or is_date_line(line.text)
        ):
            return line.number
    return None


def _html_meta(document: Document) -> Mapping[str, Any]:
    meta = document.meta.get("html") if isinstance(document.meta, Mapping) else None
    return meta if isinstance(meta, Mapping) else {}


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
    known: dict[int, str] = {}

    html = _html_meta(document)
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
        story=(signed_line, _first_timestamp(header_lines), lead),
        counts=counts,
    )
    html_title = _html_title(text, html, header_lines, lexicons, sitename)
    for byline in bylines:
        known[byline.line.number] = "byline"
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
    dateline = find_dateline(text, all_lines, lexicons)

    # The outlet: a name the page signs with beats one inferred from a URL or a dateline.
    url_outlet = _outlet_of_url(document.url, lexicons)
    outlet_candidates = [
        title.site if title and title.site_known else None,
        html_title.site if html_title and html_title.site_known else None,
        next((b.outlet for b in bylines if b.outlet), None),
        captions[0].outlet if captions else None,
        url_outlet.name if url_outlet else None,
        sitename,
        title.site if title else None,
        html_title.site if html_title else None,
    ]
    outlet = next((name for name in outlet_candidates if name), None)
    entry = lexicons.outlet(outlet) if outlet else None
    date_order = entry.date_order if entry else (url_outlet.date_order if url_outlet else None)

    date_zone = max(header, (lead if lead is not None else header) + _DATE_LINES_AFTER_LEAD)
    date_zone = min(len(all_lines), max(date_zone, _DATE_LINES_AT_LEAST))
    candidates = _date_candidates(text, all_lines, date_zone, date_order, skip=set())
    for caption in captions[:1]:
        for start, _end, value in find_dates(caption.date.text, "dmy"):
            candidates.append(
                _Candidate(
                    _DATE_RANK["caption"],
                    caption.date.start,
                    PublishedDate(value, "caption", caption.date.start + start, caption.date.end),
                )
            )
    if dateline is not None and dct is not None:
        day = month_day_in_year(
            text[dateline.start : dateline.end], dt.date.fromisoformat(dct[:10]).year
        )
        if day is not None:
            candidates.append(
                _Candidate(
                    _DATE_RANK["dateline"],
                    dateline.start,
                    PublishedDate(day, "dateline", None, None),
                )
            )
    headline_line = -1
    if title is not None and title.headline_line is not None:
        headline_line = title.headline_line
    elif title is not None and title.title.start is not None:
        headline_line = _line_of(starts, title.title.start)
    story = _story(
        text, all_lines, header_lines, lexicons, bylines, candidates, headline_line, lead, counts
    )
    if story.added is not None:
        bylines.append(story.added)
        known[story.added.line.number] = "byline"
        outlet = outlet or story.added.outlet  # "Ann Lee USA TODAY", found by its place
    published = story.date

    authors: list[Found] = list(story.byline.authors) if story.byline else []
    if not authors and title is not None and title.author is not None:
        authors, _ = parse_names(text, *title.author, lexicons, short=False, source="title-line")
    if not authors and not _html_meta(document) and lead is not None:
        # Plain text only: an HTML page's meta tags name its authors more surely.
        note = find_author_note(text, all_lines, lexicons, after=lead)
        if note is not None:
            authors = list(note.authors)
            known.setdefault(note.line.number, "author-note")
    # A page's meta title is the publisher's own statement of the headline: it beats a guess
    # from the first line of the extracted text.
    found_title = html_title.title if html_title else (title.title if title else None)
    shown = _shown_story(html, lexicons, date_order)
    if not authors:
        authors = _page_authors(
            _html_authors(html, lexicons), shown.byline if shown is not None else None
        )
    if published is None or published.source != "published-line":
        published = _page_date(html, shown.date if shown is not None else None) or published
    for candidate in candidates:
        if candidate.date.source in ("published-line", "updated-line", "date-line") and (
            candidate.date.start is not None
        ):
            known.setdefault(_line_of(starts, candidate.date.start), "timestamp")

    boilerplate = find_boilerplate(text, all_lines, lexicons, known, classified)
    if title is not None and title.site:
        # The title line's " - Site" tail is furniture too; the headline itself is not.
        boilerplate.append(
            Boilerplate(title.title.end or 0, _line_end(all_lines, starts, title), "site-name")
        )
        boilerplate.sort(key=lambda block: (block.start, block.end))

    return Metadata(
        title=found_title,
        outlet=outlet,
        authors=authors,
        published=published,
        dateline=dateline,
        agencies=find_agencies(text, lexicons, dateline),
        # Judged on paragraphs of some length only: a stray line (a menu, a caption, a name)
        # says little about a language.
        language=guess_language(_running_text(text), lexicons.stopwords),
        photo_credits=[credit for _, credit in credits],
        boilerplate=boilerplate,
    )


@attrs.frozen
class _Story:
    """The story's own byline and date, and a byline found only by its place (to be marked)."""

    byline: Byline | None
    date: PublishedDate | None
    added: Byline | None = None


def _story(
    text: str,
    all_lines: Sequence[Line],
    header_lines: Sequence[Line],
    lexicons: Lexicons,
    bylines: Sequence[Byline],
    candidates: Sequence[_Candidate],
    headline_line: int,
    lead: int | None,
    counts: TextLineCounts,
    *,
    below_only: bool = False,
) -> _Story:
    """The story's byline and date among those found, by their place around its headline.

    The story's byline is the first that names people below its headline (others sign
    teasers, comments or a second copy of the same byline), else a name over a date line right
    under the headline, else (unless ``below_only``) any byline naming people. Its date is the
    one among the few lines of text around the byline (or the headline), however it is
    labelled; further away, the date found the most explicit way, nearest the anchor:
    navigation bars carry today's date, related-story lists other stories' dates.
    """
    signed = [b for b in bylines if b.authors]
    below = [b for b in signed if b.line.number > headline_line]
    added = None
    if not below and headline_line >= 0:
        added = find_name_over_date(text, header_lines, lexicons, after=headline_line)
    if not below and added is None and lead is not None:
        # The headline may not be known (a title reworded past recognition): the byline then
        # stands in the few lines right above the story's first prose.
        above = [line.number for line in all_lines[:lead] if not line.is_blank]
        start = above[-_LINES_OVER_LEAD - 1] if len(above) > _LINES_OVER_LEAD else -1
        added = find_name_over_date(text, all_lines[: lead + 1], lexicons, after=start)
    if added is not None:
        below = [added]
    if not below and not below_only:
        below = signed
    if below:
        anchor = below[0].line.number
    elif headline_line >= 0:
        anchor = headline_line
    else:
        anchor = bylines[0].line.number if bylines else 0
    starts = [line.start for line in all_lines]

    def closeness(candidate: _Candidate) -> tuple[bool, int, int, int]:
        # Above the headline stand navigation bars and teasers with dates of their own: there
        # only the line right above counts as near.
        line = _line_of(starts, candidate.position)
        apart = counts.between(min(line, anchor), max(line, anchor))
        near = apart <= (_NEAR_BELOW_LINES if line >= anchor else _NEAR_ABOVE_LINES)
        if lead is not None and anchor < lead < line:
            near = False  # the story has started: a later date is in it or after it
        return (not near, candidate.rank, abs(line - anchor), candidate.position)

    date = min(candidates, key=closeness).date if candidates else None
    return _Story(below[0] if below else None, date, added)


def _shown_story(
    html: Mapping[str, Any], lexicons: Lexicons, date_order: str | None
) -> _Story | None:
    """The byline and date among the lines an HTML page shows around its headline.

    The HTML reader records them (``meta["html"]["shown"]``); they are read with the rules for
    plain text, one line a paragraph, and found values have no span (they are not in the
    document's text).
    """
    shown = html.get("shown")
    if not isinstance(shown, Mapping):
        return None
    shown_lines, headline = shown.get("lines"), shown.get("headline")
    if not isinstance(shown_lines, list) or not isinstance(headline, int):
        return None
    page = "\n\n".join(line for line in shown_lines if isinstance(line, str))
    page_lines = list(lines(page))
    candidates = _date_candidates(page, page_lines, len(page_lines), date_order, skip=set())
    bylines = find_bylines(page, page_lines, lexicons)
    return _story(
        page, page_lines, page_lines, lexicons, bylines, candidates, 2 * headline, None,
        TextLineCounts.of(page_lines), below_only=True,
    )  # fmt: skip


def _page_authors(stated: list[Found], shown: Byline | None) -> list[Found]:
    """The authors of an HTML page: those its meta tags name, as far as its byline shows them.

    Meta tags also name editors and fact-checkers ("Contributions from ..."), and byline
    elements the authors of teasers; the byline under the headline says who wrote the story,
    though its rendering may glue a label to the last name ("By Liz Stinsonlong Read"). So the
    stated authors that the shown byline names are kept, in the meta tags' spelling; when it
    names none of them (or the page states none), or more people than it names of them (the
    meta tags name only the first author), the shown byline's own names are taken.
    """
    if shown is None or not shown.authors:
        return stated
    # The names may be on the line under a lone "By".
    byline = fold(f"{shown.line.text} {' '.join(author.text for author in shown.authors)}")
    named = [author for author in stated if fold(author.text) in byline]
    if named and len(shown.authors) <= len(named):
        return named
    return [Found(author.text, source="html-shown") for author in shown.authors]


def _page_date(html: Mapping[str, Any], shown: PublishedDate | None) -> PublishedDate | None:
    """The date an HTML page states: its date markup, or the day it shows under its headline.

    The markup (read by the HTML reader) is often in UTC where the page shows the local day:
    a shown date at most a day from the markup's is the one readers see. A shown date further
    away is another event's (an update, a teaser), unless the page labels it as the date of
    publication ("Published: ...", "Date:"); without markup the shown date stands.
    """
    stated = html.get("date")
    meta = None
    if isinstance(stated, str):
        with contextlib.suppress(ValueError):  # a malformed date in the page's markup
            meta = PublishedDate(stated, "html-meta")
    if shown is None:
        return meta
    if meta is not None and shown.source != "published-line":
        apart = dt.date.fromisoformat(shown.value) - dt.date.fromisoformat(meta.value[:10])
        if abs(apart.days) > 1:
            return meta
    return PublishedDate(shown.value, "html-shown")


def _running_text(text: str, enough: int = LANGUAGE_SAMPLE) -> str:
    """Paragraphs of some length, up to ``enough`` characters, for the language guess.

    A stray line (a menu, a caption, a name) says little about a language, and a few paragraphs
    say enough.
    """
    kept: list[str] = []
    size = 0
    for paragraph in _BLANK_LINE.split(text):
        if word_count(paragraph) >= PROSE_WORDS:
            kept.append(paragraph)
            size += len(paragraph)
            if size >= enough:
                break
    return " ".join(kept)


def _html_title(
    text: str,
    html: Mapping[str, Any],
    header_lines: Sequence[Line],
    lexicons: Lexicons,
    sitename: str | None,
) -> TitleFinding | None:
    """The page's headline: its first <h1> of two words or more, else its meta title.

    A meta title is often written for search engines and carries the site's name; the <h1> is
    what readers see above the story (on the naeb_dev tune pages, preferring it whenever it has
    two words or more scored best, 0.96 against 0.84 for the meta title alone), unless it only
    adds a short label to the meta title. A site name is cut off either way, and the value gets
    its span when the text has it.
    """
    meta = html.get("title")
    shown = html.get("headline")
    shown = shown if isinstance(shown, str) and word_count(shown) >= 2 else None
    if not isinstance(meta, str) or not meta.strip():
        if shown is None:
            return None
        meta = shown
    later = [line.text for line in header_lines]
    split = split_title(meta, 0, len(meta), lexicons, later, sitename)
    head = split.title.text
    if shown is not None and shown != meta:
        heading = split_title(shown, 0, len(shown), lexicons, [], sitename).title.text
        # A kicker inside the <h1> ("News", "Exclusive") before the headline the meta title
        # states: the headline is the meta title's. ("Grandi Classici: ..." is a headline's
        # first part, its colon says.)
        kicker = heading[: len(heading) - len(head)].strip()
        if not (
            kicker
            and fold(heading).endswith(fold(head))
            and word_count(kicker) <= _MAX_KICKER_WORDS
            and kicker[-1].isalnum()
        ):
            head = heading
    at = text.find(head)
    found = (
        Found.of(text, at, at + len(head), "html-meta")
        if at >= 0
        else Found(head, source="html-meta")
    )
    return attrs.evolve(split, title=found, author=None)


def _html_authors(html: Mapping[str, Any], lexicons: Lexicons) -> list[Found]:
    """Authors from the page's meta tags, else from its byline elements, read like a byline.

    Outlets and credentials are left out either way. Byline elements come second: pages also
    mark the authors of teasers and comments that way (measured on the naeb_dev tune pages:
    first, they cut exact author matches from 0.75 to 0.52).
    """
    found: list[Found] = []
    for name in html.get("authors") or ():
        if isinstance(name, str) and name.strip():
            people, _ = parse_names(name, 0, len(name), lexicons, short=False)
            found.extend(Found(person.text, source="html-meta") for person in people)
    if found:
        return found
    for line in (html.get("bylines") or ())[:1]:
        if isinstance(line, str):
            match = BYLINE.match(line)
            start = match.start("names") if match is not None else 0
            people, _ = parse_names(line, start, len(line), lexicons, short=False)
            found.extend(Found(person.text, source="html-byline") for person in people)
    return found


def _line_of(starts: Sequence[int], offset: int) -> int:
    """The number of the line holding ``offset``, found in the lines' start offsets.

    A bisection: it is called once per date candidate, and a page may have thousands of lines.
    """
    return max(bisect.bisect_right(starts, offset) - 1, 0)


def _line_end(all_lines: Sequence[Line], starts: Sequence[int], title: Any) -> int:
    line = all_lines[_line_of(starts, title.title.start)]
    return line.start + len(line.text.rstrip())


def _mark_story_card(all_lines: Sequence[Line], caption: int, known: dict[int, str]) -> None:
    """Headline lines right under a caption inside the story are a teaser for another story."""
    for line in all_lines[caption + 1 :]:
        if line.is_blank or is_prose(line) or word_count(line.text) > MAX_HEADLINE_WORDS:
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
