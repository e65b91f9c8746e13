"""Site furniture: widget lines, related-story lists, captions, counters, footers."""

from __future__ import annotations

from collections.abc import Sequence

from stoltlib import Boilerplate
from stoltlib.text import Line, has_digit, strip_span, word_count
from stoltlib_outlet.layout import is_prose, more_words_than
from stoltlib_outlet.lexicons import Lexicons, first_folded_word, fold
from stoltlib_outlet.patterns import (
    COUNT_LINE,
    FIRST_SENTENCE_END,
    ITEM_SEPARATOR,
    LEADING_COUNT,
    SPACED_ITEM_SEPARATOR,
    TRAILING_COUNT,
)

__all__ = ["classify_line", "find_boilerplate"]

#: A boilerplate line is short; a long line that starts like one is prose.
MAX_WIDGET_WORDS = 12
MAX_WIDGET_CHARS = 120
#: A newsletter plea with its pitch ("Sign up for our newsletter. Get the top stories ...")
#: runs to a few sentences of at most this many words in all.
MAX_PLEA_WORDS = 40
MAX_PLEA_CHARS = 300
#: A related-story list is made of headline-like lines of at most this many words.
MAX_HEADLINE_WORDS = 25
#: Kinds after which the following headline-like lines belong to the same list.
LIST_KINDS = frozenset({"related-stories"})
#: A bar of items ("Home | News | Sport") is a menu with this many short items, none known.
MIN_MENU_ITEMS = 4
MAX_MENU_ITEM_WORDS = 3
#: A menu or widget bar on one line is at most this long (a long menu runs past a widget's
#: :data:`MAX_WIDGET_CHARS`).
MAX_BAR_CHARS = 400


def classify_line(line: Line, lexicons: Lexicons) -> str | None:
    """The boilerplate kind of a whole line ("share-widget", "comments", ...), or ``None``.

    A line of items set apart by bars or dots ("Share on Facebook | Share on X | Email",
    "Home | News | Business | Sport") is a widget bar or a menu: see :func:`_bar_kind`; one set
    apart by runs of spaces or tabs is a widget bar when every item is furniture
    (:func:`_spaced_bar_kind`); a newsletter plea may go on with its pitch (:func:`_plea_kind`).
    """
    text = line.text.strip()
    kind = _kind_of(text, lexicons)
    if kind is None and ("|" in text or "·" in text or "•" in text):
        return _bar_kind(text, lexicons)
    if kind is None and ("  " in text or "\t" in text):
        kind = _spaced_bar_kind(text, lexicons)
    if kind is None and len(text) <= MAX_PLEA_CHARS:
        kind = _plea_kind(text, lexicons)  # also with two spaces after a full stop
    return kind


def _spaced_bar_kind(text: str, lexicons: Lexicons) -> str | None:
    """The kind of a widget bar whose items a page set apart by space alone, or ``None``.

    Only a bar whose every item is furniture the lexicon knows: short capitalised words set
    apart by spaces are as often a table's row or a list of names as a menu.
    """
    if len(text) > MAX_BAR_CHARS:
        return None
    items = [item for item in SPACED_ITEM_SEPARATOR.split(text) if item]
    if len(items) < 2:
        return None
    kinds = [_kind_of(item.strip(), lexicons) for item in items]
    if not all(kinds):
        return None
    return "share-widget" if "share-widget" in kinds else kinds[0]


def _plea_kind(text: str, lexicons: Lexicons) -> str | None:
    """``"newsletter"`` for a short line whose first sentence is a plea, else ``None``.

    "Sign up for our Business newsletter. Get the top stories in your inbox every morning." is
    longer than a widget label, but its first sentence is the lexicon's plea and the rest its
    pitch; a line whose first sentence is furniture of another kind may go on as prose, and
    so may one whose first sentence names no newsletter.
    """
    # The first sentence must name what is signed up for, by a one-word plea of the lexicon
    # ("newsletter"): "Sign up for the new fund now. The firm said ..." is prose. Most lines
    # name none anywhere, which a substring test of the lowered line tells at once.
    lowered = text.lower()
    if not any(noun in lowered for noun in lexicons.newsletter_nouns):
        return None
    end = FIRST_SENTENCE_END.search(text)
    if end is None or more_words_than(text, MAX_PLEA_WORDS):
        return None
    first = text[: end.start()]
    if _kind_of(first, lexicons) != "newsletter":
        return None
    nouns = lexicons.newsletter_nouns
    return "newsletter" if any(word in nouns for word in fold(first).split()) else None


def _bar_kind(text: str, lexicons: Lexicons) -> str | None:
    """The kind of a line of items set apart by bars or dots, when it is a bar of furniture.

    When every item is furniture, the line is (a share bar when one of its items shares), two
    items being enough ("Share on Facebook | Share on X"); a line of at least
    :data:`MIN_MENU_ITEMS` short capitalised items without digits or full stops is a menu
    ("Home | News | Business | Sport | Opinion"), as is one of three when one is a menu item
    the lexicon knows ("Home | World | Europe"). A title's site suffix ("Story | Section |
    Site") has a headline among its items; a dated line ("May 14, 2025 · 5 min read ·
    Politics") holds digits and is left to the date rules.
    """
    if len(text) > MAX_BAR_CHARS:
        return None
    items = [item for item in ITEM_SEPARATOR.split(text) if item]
    if len(items) < 2:
        return None
    kinds = [_kind_of(item, lexicons) for item in items]
    if all(kinds):
        return "share-widget" if "share-widget" in kinds else kinds[0]
    if len(items) < 3:
        # Two items, one unknown: as often a headline and its site ("Story | Site") as a menu.
        return None
    short = all(
        word_count(item) <= MAX_MENU_ITEM_WORDS
        and item[:1].isupper()
        and not item.endswith(".")
        and not has_digit(item)
        for item in items
    )
    if short and (len(items) >= MIN_MENU_ITEMS or "navigation" in kinds):
        return "navigation"
    return None


def _kind_of(text: str, lexicons: Lexicons) -> str | None:
    """The boilerplate kind of a stripped line or item by the lexicon's phrases, or ``None``."""
    # Cheap tests first: most lines of an article are far longer than any widget label, and
    # most short ones are settled on their first word, when no phrase opens with it.
    if not text or len(text) > MAX_WIDGET_CHARS:
        return None
    counted = text[-1].isdigit() or text[-1] == ")"  # "Comments (12)"
    leading = not counted and text[0].isdigit()  # "12 Comments"
    if not counted and not leading:
        first = first_folded_word(text)
        if first is not None and not lexicons.may_open_boilerplate(first):
            return None
    if more_words_than(text, MAX_WIDGET_WORDS):
        return None
    if counted:
        folded = fold(TRAILING_COUNT.sub("", text)) or fold(text)
    elif leading:
        folded = fold(LEADING_COUNT.sub("", text))
    else:
        folded = fold(text)
    kind = lexicons.boilerplate.get(folded)
    if kind is not None:
        return kind
    pattern = lexicons.boilerplate_prefix_pattern
    match = pattern.match(folded) if pattern is not None else None
    return lexicons.boilerplate_prefixes[match.group()] if match is not None else None


def _span(text: str, line: Line, kind: str) -> Boilerplate:
    start, end = strip_span(text, line.start, line.end)
    return Boilerplate(start, end, kind)


def find_boilerplate(
    text: str,
    lines: Sequence[Line],
    lexicons: Lexicons,
    known: dict[int, str],
    classified: dict[int, str],
) -> list[Boilerplate]:
    """Boilerplate stretches, one per line or per related-story list, in text order.

    ``known`` maps line numbers other rules have already classified (captions, bylines) to their
    kind; those lines are reported with that kind. ``classified`` holds the kinds
    :func:`classify_line` gave (computed once by the caller).
    """
    found: list[Boilerplate] = []
    listing: Boilerplate | None = None  # an open related-story list
    previous_kind: str | None = None
    for line in lines:
        if line.is_blank:
            previous_kind = None  # a counter sits right under its widget, no blank between
            continue
        kind = known.get(line.number) or classified.get(line.number)
        if kind is None and previous_kind is not None and COUNT_LINE.match(line.text):
            kind = "widget"  # "Comments\n0": a counter under a widget
        if listing is not None:
            headline = (
                kind is None
                and not more_words_than(line.text, MAX_HEADLINE_WORDS)
                and not is_prose(line)
            )
            if headline:
                end = strip_span(text, line.start, line.end)[1]
                listing = Boilerplate(listing.start, end, listing.kind)
                previous_kind = listing.kind
                continue
            found.append(listing)
            listing = None
        # Only a heading on a line of its own ("You might also like") opens a list; "Read
        # more: <headline>" inside a story is one line of furniture, not a list.
        if kind in LIST_KINDS and fold(line.text) in lexicons.boilerplate:
            listing = _span(text, line, kind)
        elif kind is not None:
            found.append(_span(text, line, kind))
        previous_kind = kind
    if listing is not None:
        found.append(listing)
    return found
