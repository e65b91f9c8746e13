"""What an HTML page states outside its main text, merged with what the text rules find.

The HTML reader records it in ``Document.meta["html"]``: the page's meta title and first
``<h1>``, the authors and date of its meta tags, its byline elements, and the lines it shows
around its headline (read here with the rules for plain text).
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

import attrs

from stoltlib import Document, Found, PublishedDate
from stoltlib.text import Line, lines, word_count
from stoltlib_outlet.bylines import Byline, find_bylines, parse_names
from stoltlib_outlet.layout import TextLineCounts, first_prose
from stoltlib_outlet.lexicons import Lexicons, fold
from stoltlib_outlet.patterns import BYLINE, TITLE_PARTS
from stoltlib_outlet.story import Story, date_candidates, find_story, line_of
from stoltlib_outlet.title import TitleFinding, split_title

__all__ = ["html_authors", "html_meta", "html_title", "page_authors", "page_date", "shown_story"]

#: A label before the headline inside a page's <h1> has at most this many words.
MAX_KICKER_WORDS = 3


def html_meta(document: Document) -> Mapping[str, Any]:
    """What the HTML reader recorded of the page (empty for other documents)."""
    # A dict is tested by its type first: the Mapping test goes through the ABC machinery, a
    # good part of the plugin's cost on a one-line document, which has no such record.
    meta = document.meta
    found = meta.get("html") if type(meta) is dict or isinstance(meta, Mapping) else None
    if found is None:
        return {}
    return found if type(found) is dict or isinstance(found, Mapping) else {}


def shown_story(
    html: Mapping[str, Any], lexicons: Lexicons, date_order: str | None
) -> Story | None:
    """The byline and date among the lines an HTML page shows around its headline.

    The HTML reader records them (``meta["html"]["shown"]``); they are read with the rules for
    plain text, one line a paragraph, and found values have no span (they are not in the
    document's text).
    """
    shown = html.get("shown")
    if not isinstance(shown, Mapping):
        return None
    shown_lines, headline = shown.get("lines"), shown.get("headline")
    # The record may come from anywhere (a JSONL line's own meta): only a list of strings with
    # the headline's index inside it is read.
    if (
        not isinstance(shown_lines, list)
        or not all(isinstance(line, str) for line in shown_lines)
        or not isinstance(headline, int)
        or not 0 <= headline < len(shown_lines)
    ):
        return None
    page = "\n\n".join(" ".join(line.split()) for line in shown_lines)
    page_lines = list(lines(page))
    candidates = date_candidates(page, page_lines, len(page_lines), date_order, skip=set())
    bylines = find_bylines(page, page_lines, lexicons)
    counts = TextLineCounts.of(page_lines)
    # Where the story's prose starts under the headline, a date further down is another
    # story's (a related-story list after a short story).
    lead = first_prose(page_lines[2 * headline + 1 :], None)
    lead = None if lead is None else lead + 2 * headline + 1
    story = find_story(
        page, page_lines, page_lines, lexicons, bylines, candidates, 2 * headline, lead,
        counts, below_only=True,
    )  # fmt: skip
    date = story.date
    starts = [line.start for line in page_lines]
    if (
        date is not None
        and date.start is not None
        and lead is not None
        and line_of(starts, date.start) > lead
    ):
        # Past the story's start: the page's markup says more than a teaser's date.
        story = attrs.evolve(story, date=None)
    return story


def page_authors(stated: list[Found], shown: Byline | None) -> list[Found]:
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


def page_date(html: Mapping[str, Any], shown: PublishedDate | None) -> PublishedDate | None:
    """The date an HTML page states: its date markup, or the day it shows under its headline.

    The markup (read by the HTML reader) is often in UTC where the page shows the local day:
    a shown date at most a day from the markup's is the one readers see. A shown date further
    away is another event's (an update, a teaser), unless the page labels it as the date of
    publication ("Published: ...", "Date:"), or the page states no date in its markup (the
    reader's date is then htmldate's guess from anywhere on the page, a related story's as
    often as not); without a date from the reader the shown date stands.
    """
    stated = html.get("date")
    meta = None
    if isinstance(stated, str):
        with contextlib.suppress(ValueError):  # a malformed date in the page's markup
            meta = PublishedDate(stated, "html-meta")
    if shown is None:
        return meta
    guessed = html.get("date_markup") is False
    if meta is not None and shown.source != "published-line" and not guessed:
        apart = dt.date.fromisoformat(shown.value) - dt.date.fromisoformat(meta.value[:10])
        if abs(apart.days) > 1:
            return meta
    return PublishedDate(shown.value, "html-shown")


def html_title(
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
    if shown is not None:
        heading = split_title(shown, 0, len(shown), lexicons, [], sitename).title.text
        # A kicker inside the <h1> ("News", "Exclusive") before the headline the meta title
        # (or the page's own <title>) states: the headline is the title's. ("Grandi Classici:
        # ..." is a headline's first part, its colon says.)
        titles = [head]
        page_title = html.get("page_title")
        if isinstance(page_title, str) and page_title.strip():
            titles.append(
                split_title(page_title, 0, len(page_title), lexicons, [], sitename).title.text
            )
        head = next(
            (title for title in titles if _kicker_over(heading, title)),
            heading,
        )
    at = text.find(head)
    found = (
        Found.of(text, at, at + len(head), "html-meta")
        if at >= 0
        else Found(head, source="html-meta")
    )
    return attrs.evolve(split, title=found, author=None)


def _kicker_over(heading: str, title: str) -> bool:
    """Whether ``heading`` is ``title`` with a short label before it ("Exclusive ...").

    Whole words are compared, folded; the label ends in a word, not a colon or a dash.
    """
    heading_words, title_words = fold(heading).split(), fold(title).split()
    extra = len(heading_words) - len(title_words)
    if not title_words or not 0 < extra <= MAX_KICKER_WORDS:
        return False
    if heading_words[extra:] != title_words:
        return False
    kicker = " ".join(heading.split()[:extra])
    return kicker[-1:].isalnum()


def html_authors(html: Mapping[str, Any], lexicons: Lexicons) -> list[Found]:
    """Authors from the page's meta tags, else from its byline elements, read like a byline.

    Outlets and credentials are left out either way. Byline elements come second: pages also
    mark the authors of teasers and comments that way (measured on the naeb_dev tune pages:
    first, they cut exact author matches from 0.75 to 0.52).
    """
    found: list[Found] = []
    # A page naming itself as the author (its site name, or its <title>'s last part) names
    # no person: "Valley Courier" by "Valley Courier".
    site_names: set[str] = set()
    for key in ("sitename", "title"):
        stated = html.get(key)
        if isinstance(stated, str):
            site_names.update(fold(part) for part in (stated, *TITLE_PARTS.split(stated)[1:]))
    for name in html.get("authors") or ():
        if isinstance(name, str) and name.strip():
            people, _ = parse_names(name, 0, len(name), lexicons, short=False)
            found.extend(
                Found(person.text, source="html-meta")
                for person in people
                if fold(person.text) not in site_names
            )
    if found:
        return found
    for line in (html.get("bylines") or ())[:1]:
        if isinstance(line, str):
            match = BYLINE.match(line)
            start = match.start("names") if match is not None else 0
            people, _ = parse_names(line, start, len(line), lexicons, short=False)
            found.extend(Found(person.text, source="html-byline") for person in people)
    return found
