"""Bylines: the authors of a story, and the outlet when a byline names one instead."""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from stoltlib import Found
from stoltlib.text import Line, split_spans, squash, word_count
from stoltlib_outlet.dates import find_dates
from stoltlib_outlet.layout import continues
from stoltlib_outlet.lexicons import Lexicons
from stoltlib_outlet.patterns import (
    BY_ALONE,
    BYLINE,
    BYLINE_TAIL,
    CREDENTIALS,
    DOMAIN_WORD,
    GLUED_LABEL,
    NAME_SEPARATOR,
    NAME_THEN_DATE,
    PERSON_NAME,
    ROLE_LINE,
    STAFF_CREDIT,
)

__all__ = ["Byline", "find_bylines", "parse_names"]

#: A byline line longer than this is prose that happens to start with "By".
MAX_BYLINE_CHARS = 160
MAX_BYLINE_WORDS = 16
#: A byline this short is never the first line of a wrapped sentence, whatever follows it
#: ("By Aaron Klotz" over "published 23 December 2023").
MAX_UNWRAPPED_WORDS = 4


@attrs.frozen
class Byline:
    """A byline line: the authors it names and the outlet or agency it credits."""

    line: Line
    authors: tuple[Found, ...] = ()
    outlet: str | None = None


def parse_names(
    text: str, start: int, end: int, lexicons: Lexicons, *, short: bool, source: str = "byline"
) -> tuple[list[Found], str | None]:
    """The people and the outlet named in ``text[start:end]``, a byline's list of names.

    ``short`` says the byline is only a word or two long, where one capitalised word is an
    outlet signing its copy ("By Euronews"): people sign with at least two names.
    """
    glued = GLUED_LABEL.search(text, start, end)
    if glued is not None:
        end = glued.start()
    tail = BYLINE_TAIL.search(text, start, end)
    if tail is not None and tail.start() > start:
        end = tail.start()
    authors: list[Found] = []
    outlet = None
    for a, b in split_spans(text, start, end, NAME_SEPARATOR):
        name = CREDENTIALS.sub("", text[a:b]).rstrip(". ")
        name = _without_trailing_outlet(name, lexicons)
        b = a + len(name)
        if DOMAIN_WORD.search(name):
            continue  # "acoady.com", rendered "Acoady Com": a web address, not a person
        known = lexicons.outlet(name)
        agency = lexicons.agency(name)
        if STAFF_CREDIT.search(name):
            continue  # "Forbes India Staff": a credit to a desk, not a person
        if known or agency:
            # "By Euronews", "By Jane Doe, Reuters": an outlet in a byline is the outlet.
            outlet = outlet or (known.name if known else agency)
        elif PERSON_NAME.match(name):
            authors.append(Found.of(text, a, b, source))
        elif not authors and short and name[:1].isupper():
            outlet = outlet or squash(name)
    return authors, outlet


def _without_trailing_outlet(name: str, lexicons: Lexicons) -> str:
    """``name`` without an outlet or agency glued to its end ("John O'connor The AP")."""
    tokens = name.split()
    for cut in range(2, len(tokens) - 1):
        tail = " ".join(tokens[cut:])
        if lexicons.outlet(tail) or lexicons.agency(tail):
            return name[: len(name) - len(tail)].rstrip(" ,")
    return name


def _parse(text: str, line: Line, lexicons: Lexicons, following: Line | None) -> Byline | None:
    if len(line.text) > MAX_BYLINE_CHARS or len(line.text.split()) > MAX_BYLINE_WORDS:
        return None
    match = BYLINE.match(line.text)
    if match is not None:
        start, end = line.start + match.start("names"), line.end
    elif BY_ALONE.match(line.text) and following is not None:
        # "By" on a line of its own, the names on the next (an inline element became a line).
        start, end = following.start, following.end
    elif following is not None and ROLE_LINE.match(following.text):
        # A name on its own line with a job title under it: "David Hambling / Senior
        # Contributor". (A name over a date line was tried too: on the naeb_dev tune pages it
        # found teaser bylines as often as the story's, and moved the date off the story's.)
        start, end = line.start, line.end
        if not PERSON_NAME.match(text[start:end].strip()):
            return None
    else:
        return _name_and_date(text, line, lexicons)
    # Only a signed byline ("By Euronews", capital B, no full stop) may name an unknown outlet
    # by one word: "by September." is the end of a sentence.
    signed = line.text.lstrip()[:2] in ("By", "BY") and not text[start:end].rstrip().endswith(".")
    authors, outlet = parse_names(
        text, start, end, lexicons, short=signed and word_count(text[start:end]) <= 2
    )
    if not authors and outlet is None:
        return None
    return Byline(line, tuple(authors), outlet)


def _name_and_date(text: str, line: Line, lexicons: Lexicons) -> Byline | None:
    """A byline without "By": a name and a date on a short line ("Jane Doe - Dec 21, 2023")."""
    if not any(char.isdigit() for char in line.text):
        return None  # no date on the line: most lines are settled here
    match = NAME_THEN_DATE.match(line.text)
    if match is None or not find_dates(line.text[match.end("name") :]):
        return None
    start = line.start + match.start("name")
    end = line.start + match.end("name")
    authors, _ = parse_names(text, start, end, lexicons, short=False)
    return Byline(line, tuple(authors)) if authors else None


def find_bylines(text: str, lines: Sequence[Line], lexicons: Lexicons) -> list[Byline]:
    """Every byline among ``lines``, in order."""
    found = []
    for index, line in enumerate(lines):
        if continues(lines, index) and word_count(line.text) > MAX_UNWRAPPED_WORDS:
            continue  # "By Tuesday, the alliance ..." wrapped: prose, not a byline
        following = lines[index + 1] if index + 1 < len(lines) else None
        byline = _parse(text, line, lexicons, following)
        if byline is not None:
            found.append(byline)
    return found
