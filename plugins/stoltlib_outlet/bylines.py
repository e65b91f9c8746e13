"""Bylines: the authors of a story, and the outlet when a byline names one instead."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import attrs
import regex

from stoltlib import Found
from stoltlib.text import Line, has_digit, split_spans, squash, word_count
from stoltlib_outlet.boilerplate import classify_line
from stoltlib_outlet.dates import find_dates, is_date_line
from stoltlib_outlet.layout import continues, more_words_than
from stoltlib_outlet.lexicons import Lexicons, fold
from stoltlib_outlet.patterns import (
    AUTHOR_NOTE,
    BY_AFTER_DATE,
    BY_ALONE,
    BYLINE,
    BYLINE_TAIL,
    BYLINE_TAIL_LABELS,
    BYLINE_TAIL_WORDS,
    CAPTION_TAIL,
    CONTACT_NOTE,
    COUNT_LINE,
    CREDENTIALS,
    DOMAIN_WORD,
    EMBED_SIGNATURE,
    FUNCTION_WORD,
    GLUED_LABEL,
    GLUED_LABEL_CASED,
    GLUED_LABEL_WORDS,
    NAME_LINE_TAIL,
    NAME_SEPARATOR,
    NAME_WIDGET,
    NAMES_AFTER_DATE,
    NAMES_BEFORE_DATE,
    OPEN_NAME_LIST,
    PERSON_NAME,
    REPORTING_CREDIT,
    ROLE_LINE,
    ROLE_NOUNS,
    SOCIAL_HANDLE,
    STAFF_CREDIT,
    UNDER_A_BYLINE,
)

__all__ = [
    "Byline",
    "find_author_note",
    "find_bylines",
    "find_name_over_date",
    "may_glue",
    "may_have_tail",
    "may_note_author",
    "parse_names",
]

# How much of a line's start holds a byline's label ("Reporting by", "Correspondent:").
BYLINE_HEAD_CHARS = 30
# The first two letters of the labels without "by" (see BYLINE, BY_ALONE).
_LABEL_STARTS = frozenset({"as", "au", "wr", "re", "co"})
# The lower-case words of a line of names: separators, the label "by", name particles (as in
# PERSON_NAME), and the tails parse_names cuts ("5 min read", "for Reuters", "in Brussels").
_LOWER_NAME_WORDS = frozenset(
    {
        "and", "with", "by", "de", "da", "di", "du", "del", "della", "van", "von", "der",
        "den", "la", "le", "bin", "al", "el", "ter", "min", "read", "for", "at", "in", "on",
        "reporter", "writer", "editor", "correspondent", "contributor", "staff",
    }
)  # fmt: skip
# A possessive in a name makes it a thing's name ("Google's AI Studio").
_POSSESSIVE = regex.compile(r"['’]s\b")
# A word every author's note or reporting credit has (see AUTHOR_NOTE, REPORTING_CREDIT),
# and the verbs that open a contact line (CONTACT_NOTE), tested as the line's prefix: one
# pattern for both cost a tenth of the plugin's time on newswire.
_NOTE_WORDS = regex.compile(r" (?:is|can|writes|by) ", regex.IGNORECASE)
_CONTACT_WORDS = ("Follow ", "Contact ", "Reach ", "Write to ", "Email ", "E-mail ")
# How a job title on its own line ends, in lower case (see _role_line).
_ROLE_ENDINGS = tuple(noun + plural for noun in ROLE_NOUNS for plural in ("", "s"))

#: A byline line longer than this is prose that happens to start with "By".
MAX_BYLINE_CHARS = 160
MAX_BYLINE_WORDS = 16
#: A name over a date line is looked for in this many lines of text under the headline.
NAME_OVER_DATE_LINES = 8
#: An author's note is a short paragraph.
MAX_NOTE_WORDS = 60
MAX_NOTE_CHARS = 600
#: A name over a date may have its repetition and a social handle between them.
LINES_UNDER_A_NAME = 3
#: A byline's name alone on a line has at most this many words ("Nika Simovich Fisher, NBA.com").
MAX_NAME_WORDS = 6
#: A line of names alone ("Ana Ruiz, Bo Chen and Li Wei") has at most this many words.
MAX_NAMES_WORDS = 12
#: A byline's names (with any job title, place or timestamp after them) take at most this many
#: characters: the names patterns only ever read spans this short.
MAX_NAMES_CHARS = 400
#: Names one a line under "By" alone: at most this many are read.
MAX_NAME_LINES = 4
#: A desk credited after a name in the same part ("Adam Sennott Globe Staff") is this many
#: words: the desk's own and "Staff".
DESK_WORDS = 2
#: A desk credited under a name has at most this many words ("Forbes India Staff").
MAX_DESK_WORDS = 4
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
    text: str,
    start: int,
    end: int,
    lexicons: Lexicons,
    *,
    short: bool,
    source: str = "byline",
    strict: bool = False,
) -> tuple[list[Found], str | None]:
    """The people and the outlet named in ``text[start:end]``, a byline's list of names.

    ``short`` says the byline is only a word or two long, where one capitalised word is an
    outlet signing its copy ("By Euronews"): people sign with at least two names. ``strict``
    finds nothing unless every part is a person, an outlet, an agency, a desk or a web address:
    for lines that no "By" marks as a byline.
    """
    if end - start > MAX_NAMES_CHARS:
        return [], None  # prose, or a hostile run of spaces: never a byline's names
    names = text[start:end]
    glued = GLUED_LABEL.search(text, start, end) if may_glue(names) else None
    if glued is not None:
        end = glued.start()
        names = text[start:end]
    tail = BYLINE_TAIL.search(text, start, end) if may_have_tail(names) else None
    if tail is not None and tail.start() > start:
        end = tail.start()
    authors: list[Found] = []
    outlet = None
    for a, b in split_spans(text, start, end, NAME_SEPARATOR):
        name = CREDENTIALS.sub("", NAME_WIDGET.sub("", text[a:b])).rstrip(". ")
        name, glued_outlet = _without_trailing_outlet(name, lexicons)
        outlet = outlet or glued_outlet
        b = a + len(name)
        unprefixed, leading_outlet = _without_leading_outlet(name, lexicons)
        if leading_outlet is not None:
            a, name, outlet = b - len(unprefixed), unprefixed, outlet or leading_outlet
        if DOMAIN_WORD.search(name):
            continue  # "acoady.com", rendered "Acoady Com": a web address, not a person
        known = lexicons.outlet(name)
        agency = lexicons.agency(name)
        if STAFF_CREDIT.search(name):
            # "Forbes India Staff" credits a desk; "Adam Sennott Globe Staff" is a person
            # and the desk the person writes for.
            person = name.rsplit(maxsplit=DESK_WORDS)[0]
            if (
                len(name.split()) - DESK_WORDS >= 2
                and PERSON_NAME.match(person)
                and all(fold(author.text) != fold(person) for author in authors)
            ):
                authors.append(Found.of(text, a, a + len(person), source))
            continue
        if known or agency:
            # "By Euronews", "By Jane Doe, Reuters": an outlet in a byline is the outlet.
            outlet = outlet or (known.name if known else agency)
        elif authors and lexicons.outlet_like(name):
            # "By Jane Doe, Tribune News Service": a desk or an outlet after the names.
            outlet = outlet or squash(name)
        elif PERSON_NAME.match(name):
            if all(fold(author.text) != fold(name) for author in authors):
                authors.append(Found.of(text, a, b, source))  # once: "Ann Lee, AP Ann Lee, AP"
        elif not authors and short and name[:1].isupper():
            outlet = outlet or squash(name)
        elif strict:
            return [], None
    return authors, outlet


def may_glue(names: str) -> bool:
    """Whether :data:`GLUED_LABEL` may match in ``names``; ``False`` only where it cannot.

    Its search costs as much as the rest of a line's reading: on ASCII text, the words it cannot
    match without are looked for first (non-ASCII text is left to the pattern, whose case-blind
    "i" matches "İ", which lower case does not spell so).
    """
    if not names.isascii() or has_digit(names):
        return True
    if any(label in names for label in GLUED_LABEL_CASED):
        return True
    lowered = names.lower()
    return any(word in lowered for word in GLUED_LABEL_WORDS)


def may_have_tail(names: str) -> bool:
    """Whether :data:`BYLINE_TAIL` may match in ``names``; ``False`` only where it cannot.

    As :func:`may_glue`, on ASCII text: the tail needs a digit, a job-title noun, or one of its
    words after a separator (a space, or one of ``,|-``).
    """
    if not names.isascii() or has_digit(names):
        return True
    lowered = names.lower()
    if any(noun in lowered for noun in ROLE_NOUNS):
        return True
    return any(
        word in BYLINE_TAIL_WORDS or word.startswith(BYLINE_TAIL_LABELS)
        for word in lowered.translate(_TAIL_SEPARATORS).split()
    )


# BYLINE_TAIL's ASCII separators, as spaces: its words stand after one.
_TAIL_SEPARATORS = str.maketrans(",|-", "   ")


def _without_leading_outlet(name: str, lexicons: Lexicons) -> tuple[str, str | None]:
    """``name`` without an outlet or agency before it, and that outlet or agency.

    Meta tags and bylines sometimes put the desk first: "Associated Press Najib Jobain".
    """
    tokens = name.split()
    for cut in range(len(tokens) - 2, 0, -1):
        head = " ".join(tokens[:cut])
        known = lexicons.outlet(head)
        agency = lexicons.agency(head)
        if known or agency:
            return name[len(name) - len(" ".join(tokens[cut:])) :], known.name if known else agency
    return name, None


def _without_trailing_outlet(name: str, lexicons: Lexicons) -> tuple[str, str | None]:
    """``name`` without an outlet or agency glued to its end, and that outlet or agency.

    "John O'connor The AP" is John O'connor of the Associated Press.
    """
    tokens = name.split()
    for cut in range(2, len(tokens)):
        tail = " ".join(tokens[cut:])
        known = lexicons.outlet(tail)
        agency = lexicons.agency(tail)
        if known or agency:
            return name[: len(name) - len(tail)].rstrip(" ,"), known.name if known else agency
    return name, None


def _parse(text: str, lines: Sequence[Line], index: int, lexicons: Lexicons) -> Byline | None:
    line = lines[index]
    if (
        len(line.text) > MAX_BYLINE_CHARS or more_words_than(line.text, MAX_BYLINE_WORDS)
    ) and _too_long(line.text):
        return None
    # Every byline label has "by" in it or opens with "as told", "author", "writer",
    # "reporter" or "correspondent": most lines are settled without the patterns.
    head = line.text[:BYLINE_HEAD_CHARS].lower()
    labelled = (
        "by" in head
        or (head[:2] if head[:1].isalnum() else _after_non_word(head)[:2]) in _LABEL_STARTS
    )
    match = BYLINE.match(line.text) if labelled else None
    following = None
    if match is not None:
        start, end = line.start + match.start("names"), line.end
    elif (
        labelled
        and BY_ALONE.match(line.text)
        and (following := _next_text_line(lines, index)) is not None
    ):
        # "By" on a line of its own, the names on the next (an inline element became a line).
        start, end = following.start, following.end
    elif (
        line.text.lstrip()[:1].isupper()  # a name, capitalised: most lines settle here
        and word_count(line.text) <= MAX_NAME_WORDS
        and (following := _next_text_line(lines, index)) is not None
        and _role_line(following.text)
    ):
        # A name on its own line with a job title under it: "David Hambling / Senior
        # Contributor". (A name over a date line is read only near the headline, by
        # find_name_over_date: on the naeb_dev tune pages, read anywhere, it found teaser
        # bylines as often as the story's.)
        start, end = line.start, line.end
        if not PERSON_NAME.match(text[start:end].strip()):
            return None
    else:
        return _names_and_date(text, line, lexicons)
    # Only a signed byline ("By Euronews", capital B, no full stop) may name an unknown outlet
    # by one word: "by September." is the end of a sentence.
    signed = line.text.lstrip()[:2] in ("By", "BY") and not text[start:end].rstrip().endswith(".")
    authors, outlet = parse_names(
        text, start, end, lexicons, short=signed and word_count(text[start:end]) <= 2
    )
    if following is not None and match is None and authors:
        # "By" alone, then the names one element a line: "Jane Doe" / "and" / "John Roe".
        authors.extend(_more_names(text, lines, following.number, lexicons))
    elif match is not None and authors and OPEN_NAME_LIST.search(line.text):
        # "By Jane Doe and" / "John Roe": the list of names goes on on the next line.
        following = _next_text_line(lines, index)
        if following is not None:
            more, _ = parse_names(
                text, following.start, following.end, lexicons, short=False, strict=True
            )
            authors.extend(a for a in more if a.text not in {b.text for b in authors})
    if not authors and outlet is None:
        return None
    return Byline(line, tuple(authors), outlet)


def _more_names(text: str, lines: Sequence[Line], after: int, lexicons: Lexicons) -> list[Found]:
    """The names on the lines right under line ``after``, past lone "and", "&" or commas."""
    found: list[Found] = []
    for line in lines[after + 1 : after + 1 + 2 * MAX_NAME_LINES]:
        if line.is_blank:
            continue
        if NAME_SEPARATOR.fullmatch(line.text):
            continue
        names, _ = parse_names(text, line.start, line.end, lexicons, short=False, strict=True)
        if not names or word_count(line.text) > MAX_NAME_WORDS:
            break
        found.extend(names)
        if len(found) >= MAX_NAME_LINES:
            break
    return found


def _role_line(text: str) -> bool:
    """Whether ``text`` is a job title on a line of its own (:data:`ROLE_LINE`).

    Most lines asked about are settled on their end first: one in ASCII that ends in a letter or
    a digit and has no handle matches only when it ends with a role noun, and testing that is a
    fraction of the pattern's cost (a line of menu items is tried against every rank and beat).
    """
    if (
        text.isascii()
        and "@" not in text
        and text[-1:].isalnum()
        and not text.lower().endswith(_ROLE_ENDINGS)
    ):
        return False
    return ROLE_LINE.match(text) is not None


def _is_desk(text: str) -> bool:
    """Whether a line is a desk credit of two words or more ("Forbes Staff", "Metro Desk").

    Read only under a name right under the headline: menus list "RNS Staff" and "Ideas &
    Opinion" under other menu items.
    """
    return 2 <= word_count(text) <= MAX_DESK_WORDS and STAFF_CREDIT.search(text) is not None


def _after_non_word(text: str) -> str:
    """``text`` without the up to three non-word characters a label may follow (see BYLINE)."""
    for _ in range(3):
        if text[:1] and not (text[0].isalnum() or text[0] == "_"):
            text = text[1:]
    return text


def _too_long(line: str) -> bool:
    """Whether a line is too long for a byline, counting only what stands before its date.

    "Janyce McGregor · CBC News · Posted: Dec 22, 2023 8:25 AM EST | Last Updated: January 2,
    2024" is a byline with two timestamps.
    """
    if len(line) > 2 * MAX_BYLINE_CHARS or not has_digit(line):
        return True
    dates = find_dates(line)
    head = line[: dates[0][0]] if dates else line
    return len(head) > MAX_BYLINE_CHARS or len(head.split()) > MAX_BYLINE_WORDS


def _names_and_date(text: str, line: Line, lexicons: Lexicons) -> Byline | None:
    """A byline without "By" before the names: names, then a date on the same line.

    "Jane Doe - Dec 21, 2023", "Javier Espinoza and Patricia Nilsson, Financial Times - Dec 20,
    2023 3:06 pm UTC", "Janyce McGregor · CBC News · Posted: Dec 22, 2023"; or a timestamp
    that ends "by" and the names. Every part before the date (or after "by") must be a name,
    an outlet or a desk: a headline with a date in it is no byline.
    """
    if not has_digit(line.text):
        return None  # no date on the line: most lines are settled here
    dates = find_dates(line.text)
    if not dates or CAPTION_TAIL.search(line.text):
        return None  # a caption's "- Sputnik Africa, 1920, 26.06.2024" credits the image
    if EMBED_SIGNATURE.match(line.text):
        return None  # "— Jane Doe (@janedoe) December 21, 2023": an embedded post's author
    after = BY_AFTER_DATE.match(line.text, dates[-1][1])
    if after is not None:  # "posted on 2023-12-19 23:30 EST by Rafael Antonio Pineda"
        start, end = line.start + after.start("names"), line.start + after.end("names")
        authors, outlet = parse_names(text, start, end, lexicons, short=False, strict=True)
        return Byline(line, tuple(authors), outlet) if authors else None
    if dates[0][0] == 0:
        after = NAMES_AFTER_DATE.match(line.text, dates[0][1])
        if after is None:
            return None
        # "21 December 2023 · Jane Doe": the date first, then the names.
        start, end = line.start + after.start("names"), line.start + after.end("names")
        authors, outlet = parse_names(text, start, end, lexicons, short=False, strict=True)
        return Byline(line, tuple(authors), outlet) if authors else None
    match = NAMES_BEFORE_DATE.match(line.text, 0, dates[0][0])
    if match is None:
        return None
    start = line.start + match.start("names")
    end = line.start + match.end("names")
    authors, outlet = parse_names(text, start, end, lexicons, short=False, strict=True)
    return Byline(line, tuple(authors), outlet) if authors else None


def find_name_over_date(
    text: str,
    lines: Sequence[Line],
    lexicons: Lexicons,
    after: int,
    kinds: Mapping[int, str] | None = None,
    read: dict[int, tuple[list[Found], str | None]] | None = None,
) -> Byline | None:
    """A byline made of a name alone on its line, with a date (or a reading time) under it.

    Many pages render their byline that way ("Preston Caldwell" over "Dec 12, 2023"), often
    with the name repeated (an avatar's alt text) or a social handle between; a name ending in
    an outlet's name ("Ann Lee USA TODAY") needs nothing under it. Teaser cards have the same
    shapes, so a byline is looked for only in the few lines of text right under the headline
    (line ``after``). ``kinds`` holds the boilerplate kinds of the lines, by number, when the
    caller has them (:func:`~stoltlib_outlet.boilerplate.classify_line` of every line).
    ``read``, when given, keeps the names found on each line (by its start) for the next call
    on the same document's lines: a caller that looks twice, under the headline and over the
    story's first prose, reads the lines both looks share once.
    """
    # Widget lines ("Share", "Advertisement", "12 Comments") are passed over: pages put them
    # anywhere between a headline, its byline and its date.
    wanted = NAME_OVER_DATE_LINES + LINES_UNDER_A_NAME
    text_lines = _text_lines(lines, lexicons, after, wanted, kinds)
    for index, line in enumerate(text_lines[:NAME_OVER_DATE_LINES]):
        if not line.text.lstrip()[:1].isupper() or more_words_than(line.text, MAX_NAMES_WORDS):
            continue
        tail = NAME_LINE_TAIL.search(line.text)
        if read is None:
            authors, outlet = _names_alone(text, line, lexicons, tail)
        elif line.start in read:
            authors, outlet = read[line.start]
        else:
            authors, outlet = read[line.start] = _names_alone(text, line, lexicons, tail)
        if not authors:
            continue
        # Names with a place or job title after them ("Jane Doe in Brussels") are a byline only
        # over their date: a headline's "Police Arrest Man in Brussels" may stand under one.
        tailed = tail is not None
        if outlet is not None and not tailed:
            # "Elizabeth Flores USA TODAY", "Jane Doe and John Roe | Reuters"
            return Byline(line, tuple(authors), outlet)
        if index > 0 and not tailed and is_date_line(text_lines[index - 1].text):
            # The timestamp over the name ("December 21, 2023" / "Jane Doe"): the name
            # right under a date line, itself among the first lines under the headline.
            return Byline(line, tuple(authors), outlet)
        name = fold(line.text)
        sections = 0
        for under in text_lines[index + 1 : index + 1 + LINES_UNDER_A_NAME]:
            if UNDER_A_BYLINE.match(under.text) or is_date_line(under.text):
                return Byline(line, tuple(authors), outlet or _outlet_named(under, lexicons))
            # Only the name again, the author's handle, job title, desk or outlet may stand
            # between, or one section label ("Jane Doe" / "Science" / "Dec 21, 2023").
            between = under.text.strip()
            if _is_desk(between):
                return Byline(line, tuple(authors), outlet)  # "Jane Doe" / "Forbes Staff"
            if _is_section_label(between) and not sections:
                sections += 1
                continue
            if not (
                fold(between) == name
                or SOCIAL_HANDLE.fullmatch(between)
                or _role_line(between)
                or _outlet_named(under, lexicons)
            ):
                break
            outlet = outlet or _outlet_named(under, lexicons)
    return None


def _names_alone(
    text: str, line: Line, lexicons: Lexicons, tail: regex.Match[str] | None
) -> tuple[list[Found], str | None]:
    """The people (and outlet) a line names when it is nothing but names: a byline unlabelled.

    A "By" line (passed over as the page's first line, where titles stand) is read for its
    names: "By" is no one's first name, and "By Associated Press" names an agency. A name
    holding a function word is a widget or a menu item ("LEAVE A COMMENT", "About Us").
    """
    # A job title or a place after the names (``tail``, a match of NAME_LINE_TAIL: "Jane Doe,
    # Brussels correspondent", "Jane Doe in Brussels") is no word of the names.
    if len(line.text) > MAX_NAMES_CHARS:
        return [], None  # prose, or a hostile run of spaces between two words
    names = line.text[: tail.start()] if tail is not None and tail.start() > 0 else line.text
    if not _capitalised(names):
        return [], None  # a lower-case word (not "and", "by", "van"): prose, most lines
    if more_words_than(line.text, MAX_NAMES_WORDS) or CAPTION_TAIL.search(line.text):
        return [], None  # a caption's "- Sputnik Africa, 1920, 26.06.2024" credits an image
    label = BYLINE.match(line.text)
    start = line.start + label.start("names") if label is not None else line.start
    for a, b in split_spans(text, start, line.start + len(names), NAME_SEPARATOR):
        part = text[a:b]
        if FUNCTION_WORD.search(part) and not (lexicons.outlet(part) or lexicons.agency(part)):
            return [], None
    return parse_names(text, start, line.end, lexicons, short=False, strict=True)


def _capitalised(text: str) -> bool:
    """Whether every word of ``text`` is capitalised but for the few a list of names holds."""
    return all(not word[:1].islower() or word in _LOWER_NAME_WORDS for word in text.split())


def _is_section_label(text: str) -> bool:
    """Whether a line is a section's name: one capitalised word ("Science"), nothing else.

    Two words would take in the next author's name, or a product's ("Author Photo" over
    "Bill Bender").
    """
    return text.isalpha() and text[:1].isupper()


def _text_lines(
    lines: Sequence[Line],
    lexicons: Lexicons,
    after: int,
    count: int,
    kinds: Mapping[int, str] | None,
) -> list[Line]:
    """The first ``count`` lines after line ``after`` that are neither blank nor widgets."""
    found: list[Line] = []
    # Lines numbered from 0 (a text's first lines) start after line ``after`` at ``after + 1``.
    numbered = 0 <= after < len(lines) and lines[after].number == after
    for line in lines[after + 1 :] if numbered else lines:
        if line.number <= after or line.is_blank or COUNT_LINE.match(line.text):
            continue
        if not line.text.lstrip()[:1].isalnum() and not any(c.isalnum() for c in line.text):
            continue  # a separator between a byline's parts ("·"), rendered as a line
        kind = kinds.get(line.number) if kinds is not None else classify_line(line, lexicons)
        if kind is None:
            found.append(line)
            if len(found) == count:
                break
    return found


def _outlet_named(line: Line, lexicons: Lexicons) -> str | None:
    """The outlet or agency a short line names all by itself ("The Associated Press")."""
    if word_count(line.text) > MAX_NAME_WORDS:
        return None
    name, comma, place = line.text.partition(",")
    if comma and not _capitalised(place):
        return None
    # "The Associated Press", or an outlet and its bureau: "BBC News, Brussels".
    known = lexicons.outlet(name)
    return known.name if known else lexicons.agency(name)


def find_author_note(
    text: str, lines: Sequence[Line], lexicons: Lexicons, after: int
) -> Byline | None:
    """The authors an author's note after the story names ("Jane Doe is a staff writer ...").

    Pages without a byline in their text often end with such a note, and wire stories with
    their reporters' credit ("Reporting by Jane Doe; Editing by John Roe"). A note is read only
    after the story's start (line ``after``), on short lines, at the start of a sentence, and
    every name must read as a person's: a story quoting "a reporter" names its people
    mid-paragraph.
    """
    for line in lines:
        if line.number <= after or line.is_blank or len(line.text) > MAX_NOTE_CHARS:
            continue
        # A contact line opens with its verb ("Follow Jane Doe on X"): a prefix test.
        contacts = line.text.lstrip(" (").startswith(_CONTACT_WORDS)
        if not contacts and not _has_note_word(line.text):
            continue  # the words every note has: most lines are settled here
        if more_words_than(line.text, MAX_NOTE_WORDS):
            continue
        credit = REPORTING_CREDIT.match(line.text)
        if credit is not None:  # "(Reporting by Jane Doe; Editing by John Roe)"
            start, end = line.start + credit.start("names"), line.start + credit.end("names")
            found, _ = parse_names(
                text, start, end, lexicons, short=False, strict=True, source="author-note"
            )
            if found:
                return Byline(line, tuple(found))
        authors: list[Found] = []
        contact = CONTACT_NOTE.finditer(line.text) if contacts else ()
        noted = AUTHOR_NOTE.finditer(line.text) if may_note_author(line.text) else ()
        for match in [*noted, *contact]:
            before = line.text[: match.start()].rstrip()
            if before and before[-1] not in ".!?:":
                continue  # not at the start of a sentence ("About the author: ..." is)
            if _POSSESSIVE.search(match.group("name")):
                continue  # "Google's AI Studio is a code editor": a thing, not a person
            start = line.start + match.start("name")
            found, _ = parse_names(
                text, start, start + len(match.group("name")), lexicons, short=False,
                strict=True, source="author-note",
            )  # fmt: skip
            authors.extend(found)
        if authors:
            return Byline(line, tuple(authors))
    return None


def _has_note_word(text: str) -> bool:
    """Whether ``text`` has a word every author's note has (:data:`_NOTE_WORDS`).

    On ASCII text four ``in`` tests of the lowered line say it in half the search's time
    (ASCII letters match case-blind exactly when they lower to the same letter); other text is
    left to the pattern.
    """
    if not text.isascii():
        return _NOTE_WORDS.search(text) is not None
    lowered = text.lower()
    return " is " in lowered or " can " in lowered or " writes " in lowered or " by " in lowered


def may_note_author(text: str) -> bool:
    """Whether :data:`AUTHOR_NOTE` may match in ``text``; ``False`` only where it cannot.

    Each of its branches spells a word in lower case, whatever the case of the line (the
    pattern is case-sensitive): a job-title noun ("writer", "writes" share "write"), "reached"
    or "writes". Testing for them costs a fifth of the search from every capital of a
    paragraph, which a story's lines with "is" or "by" in them went through.
    """
    return (
        "write" in text or "reporter" in text or "correspondent" in text or "editor" in text
        or "columnist" in text or "contributor" in text or "producer" in text
        or "journalist" in text or "critic" in text or "reviewer" in text or "reached" in text
    )  # fmt: skip


def _next_text_line(lines: Sequence[Line], index: int) -> Line | None:
    """The first line after ``lines[index]`` that is not blank, if one follows within a blank."""
    for line in lines[index + 1 : index + 3]:
        if not line.is_blank:
            return line
    return None


def find_bylines(text: str, lines: Sequence[Line], lexicons: Lexicons) -> list[Byline]:
    """Every byline among ``lines``, in order."""
    found = []
    for index, line in enumerate(lines):
        if line.is_blank:
            continue
        if continues(lines, index) and more_words_than(line.text, MAX_UNWRAPPED_WORDS):
            continue  # "By Tuesday, the alliance ..." wrapped: prose, not a byline
        byline = _parse(text, lines, index, lexicons)
        if byline is not None:
            found.append(byline)
    return found
