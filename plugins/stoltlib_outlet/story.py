"""The story's own byline and date among those a page shows: by their place around its headline.

A page carries many bylines and dates: navigation bars show today's date, teaser cards and
related-story lists their own stories' bylines and dates, comments their authors'. The story's
are those nearest its headline, and among dates found far from it, the most explicitly
labelled one.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence

import attrs
import regex

from stoltlib import Found, PublishedDate
from stoltlib.text import Line, has_digit
from stoltlib_outlet.bylines import Byline, find_name_over_date
from stoltlib_outlet.dates import DATE_LINE_EXTRA_WORDS, find_dates, is_date_line
from stoltlib_outlet.layout import TextLineCounts, is_prose, more_words_than
from stoltlib_outlet.lexicons import Lexicons
from stoltlib_outlet.patterns import (
    DATE_LABEL,
    DATE_LABEL_INITIALS,
    PUBLICATION_NOTE,
    PUBLICATION_NOTE_INITIALS,
    PUBLISHED_BEFORE,
    PUBLISHED_WORD,
)

__all__ = [
    "DATE_RANK",
    "DateCandidate",
    "Story",
    "date_candidates",
    "find_story",
    "first_timestamp",
    "has_published_word",
    "line_of",
    "match_date_label",
]

# How a publication date was found, best first: an explicit label beats a dated caption, which
# beats a bare date line in the header, which beats an "Updated" label and a dateline's day. A
# note on the story's publication ("This article was originally published on ...") is as
# explicit as a label, but a page's date markup beats it (a republished story's note gives the
# first printing's day), where it does not beat a "Published" label.
DATE_RANK = {
    "published-line": 0,
    "publication-note": 0,
    "caption": 1,
    "date-line": 2,
    "header-date": 3,
    "updated-line": 4,
    "dateline": 5,
}

#: How a sentence ends (a timestamp may end in "a.m." or a year's full stop, but has no verb).
SENTENCE_END_MARKS = ".!?"
#: A date label alone on its line is short ("Published on:", "Date:").
MAX_LABEL_CHARS = 30
#: How far before a later date on a line its "Published" label is looked for ("Updated Dec.
#: 22, 2023 Published Dec. 21, 2023"): the label and the spaces after it. Searching the whole
#: line before each date made a line of thousands of dates quadratic.
LABEL_REACH = 40
#: A short header line with a date among other words (a byline with its timestamp).
HEADER_DATE_WORDS = 24
#: A date within this many lines of text under the story's byline (or headline), or over it,
#: is the story's date.
NEAR_BELOW_LINES = 6
NEAR_ABOVE_LINES = 1
#: A co-author's byline stands this many lines of text at most under the one before (its job
#: title).
CO_AUTHOR_LINES = 1
#: Lines of text right above the story's first prose where an unmarked byline may stand.
LINES_OVER_LEAD = 3


@attrs.frozen
class DateCandidate:
    """A date found in the text, with how it was found (its rank) and where."""

    rank: int
    position: int
    date: PublishedDate


def date_candidates(
    text: str,
    all_lines: Sequence[Line],
    header: int,
    date_order: str | None,
    skip: set[int],
) -> list[DateCandidate]:
    """The dates standing on their own lines or labelled, with how each was found.

    Lines before ``header`` are read for bare date lines and dates in short header lines
    (bylines with their timestamps); the rest only for labelled dates ("Published: ...").
    Lines in ``skip`` are passed over.
    """
    found = []
    # A label alone on its line ("Date:", "Published") labels the date line under it.
    alone: regex.Match[str] | None = None
    for line in all_lines:
        if line.is_blank or line.number in skip:
            continue
        above, alone = alone, None
        if line.number >= header:
            # Below the header only a labelled date counts. Every date has a digit: the digit
            # test (a few string searches) settles more than half the lines before the label's
            # pattern is tried.
            if not has_digit(line.text):
                continue
            label = match_date_label(line.text)
            if label is None:
                continue
        elif not has_digit(line.text):
            # Every date spelling has a digit: most lines are passed over cheaply.
            if len(line.text) <= MAX_LABEL_CHARS and (label := match_date_label(line.text)):
                alone = label if label.end() >= len(line.text.rstrip()) else None
            continue
        else:
            label = match_date_label(line.text)
            if (
                label is None
                and more_words_than(line.text, HEADER_DATE_WORDS)
                and not has_published_word(line.text)
            ):
                # A long line without a label is prose: a date spans five words at most, so
                # the line has too many besides it for a date line or a header's timestamp,
                # and without "Published" or "Posted" no date further on is labelled.
                continue
        dates = find_dates(line.text, date_order)
        published = _labelled_published(line.text, dates)
        for start, end, value in [published] if published else dates[:1]:
            extra_words = len(line.text.split()) - len(line.text[start:end].split())
            if label is None and above is not None and extra_words <= DATE_LINE_EXTRA_WORDS:
                label = above
            source = _date_source(line, start, end, label, published is not None, extra_words)
            if source is None:
                continue
            found.append(
                DateCandidate(
                    DATE_RANK[source],
                    line.start + start,
                    PublishedDate(value, source, line.start + start, line.start + end),
                )
            )
    return found


def _labelled_published(
    text: str, dates: Sequence[tuple[int, int, str]]
) -> tuple[int, int, str] | None:
    """A date after the line's first that is labelled as the publication's, if any.

    The first date on a line is the one it gives, but for one labelled as the publication's
    further on ("Updated Dec. 22, 2023 Published Dec. 21, 2023").
    """
    return next(
        (d for d in dates[1:] if PUBLISHED_BEFORE.search(text, max(0, d[0] - LABEL_REACH), d[0])),
        None,
    )


def _date_source(
    line: Line,
    start: int,
    end: int,
    label: regex.Match[str] | None,
    labelled_published: bool,
    extra_words: int,
) -> str | None:
    """How the date at ``line.text[start:end]`` was found, or ``None`` for one told of.

    ``label`` is the date label of the line (or of the label line above it),
    ``labelled_published`` whether the date is one labelled as the publication's further on,
    and ``extra_words`` how many words the line has besides the date.
    """
    if labelled_published:
        return "published-line"
    if label is not None and label.re is PUBLICATION_NOTE:
        return "publication-note"
    if label is not None:
        updated = (
            label.group("label")
            .lower()
            .startswith(("updated", "last", "modified", "edited", "revised"))
        )
        return "updated-line" if updated else "published-line"
    if _a_sentence(line.text, start, end):
        return None  # "It happened on March 3, 1998.": a date the story tells of
    if extra_words <= DATE_LINE_EXTRA_WORDS:
        return "date-line"
    if len(line.text.split()) <= HEADER_DATE_WORDS and not is_prose(line):
        return "header-date"  # "By Jane Doe - Dec 20, 2023 3:06 pm UTC"
    return None


# The ASCII characters that are no word characters (``\W``): DATE_LABEL's marks before a label.
_ASCII_NON_WORD = "".join(chr(code) for code in range(128) if not regex.match(r"\w", chr(code)))

# The initials in either case: an ASCII letter is case-blind the same as its lower case.
_CASED_INITIALS = (
    "".join(sorted(DATE_LABEL_INITIALS)) + "".join(sorted(DATE_LABEL_INITIALS)).upper()
)


def match_date_label(line: str) -> regex.Match[str] | None:
    """:data:`DATE_LABEL` or a :data:`PUBLICATION_NOTE` matched at the start of ``line``.

    Asked of most lines of a page's header and of every line with a digit further on: on ASCII
    text the label's first letter (after up to three marks, as the patterns allow) settles most
    of them for a fraction of the match's cost. Either match has the label word as its
    ``label`` group.
    """
    return _match_label(line) or _match_note(line)


def _match_note(line: str) -> regex.Match[str] | None:
    """:data:`PUBLICATION_NOTE` matched at the start of ``line``, its first letter tested first."""
    if line.isascii() and line[:4].lstrip(_ASCII_NON_WORD)[:1].lower() not in (
        PUBLICATION_NOTE_INITIALS
    ):
        return None
    return PUBLICATION_NOTE.match(line)


def _match_label(line: str) -> regex.Match[str] | None:
    """:data:`DATE_LABEL` matched at the start of ``line``, its first letter tested first."""
    first = line[:1]
    if first.isascii() and first.isalnum():  # most lines: the label would start here
        return DATE_LABEL.match(line) if first in _CASED_INITIALS else None
    # Else the first word character within the first four characters.
    if line.isascii() and line[:4].lstrip(_ASCII_NON_WORD)[:1].lower() not in DATE_LABEL_INITIALS:
        return None
    return DATE_LABEL.match(line)


def has_published_word(line: str) -> bool:
    """Whether a line has a publication label's word anywhere (:data:`PUBLISHED_WORD`).

    Asked of the header's long lines with a digit (a wire story's paragraphs): on ASCII text
    the two words are looked for in the lowered line (ASCII letters match case-blind when they
    lower alike), for a fraction of the case-blind search.
    """
    if line.isascii():
        lowered = line.lower()
        return "published" in lowered or "posted" in lowered
    return PUBLISHED_WORD.search(line) is not None


def _a_sentence(line: str, start: int, end: int) -> bool:
    """Whether a line holding a date at ``start:end`` is a sentence rather than a timestamp.

    It ends like a sentence and, beside the date, holds a word in lower case of three letters
    or more ("happened"): a timestamp's words are a weekday, a time, a zone, "at" or "a.m.".
    """
    if line.rstrip()[-1:] not in SENTENCE_END_MARKS:
        return False
    rest = f"{line[:start]} {line[end:]}"
    return any(len(word) >= 3 and word.isalpha() and word.islower() for word in rest.split())


def first_timestamp(header_lines: Sequence[Line]) -> int | None:
    """The first line under the top one that labels a date or is one ("Updated: Dec. 21")."""
    for line in header_lines[1:]:
        if has_digit(line.text) and (
            (match_date_label(line.text) and find_dates(line.text)) or is_date_line(line.text)
        ):
            return line.number
    return None


@attrs.frozen
class Story:
    """The story's own byline and date, and a byline found only by its place (to be marked)."""

    byline: Byline | None
    date: PublishedDate | None
    added: Byline | None = None


def find_story(
    text: str,
    all_lines: Sequence[Line],
    header_lines: Sequence[Line],
    lexicons: Lexicons,
    bylines: Sequence[Byline],
    candidates: Sequence[DateCandidate],
    headline_line: int,
    lead: int | None,
    counts: TextLineCounts,
    *,
    below_only: bool = False,
    kinds: Mapping[int, str] | None = None,
) -> Story:
    """The story's byline and date among those found, by their place around its headline.

    The story's byline is the first that names people below its headline (others sign
    teasers, comments or a second copy of the same byline), else a name over a date line right
    under the headline, else (unless ``below_only``) any byline naming people. Its date is the
    one among the few lines of text around the byline (or the headline), however it is
    labelled; further away, the date found the most explicit way, nearest the anchor:
    navigation bars carry today's date, related-story lists other stories' dates. ``kinds``:
    the boilerplate kinds of ``all_lines`` by number, when the caller has them.
    """
    signed = [b for b in bylines if b.authors]
    below = [b for b in signed if b.line.number > headline_line]
    added = None
    # The two looks below share lines (a short header's): each line's names are read once.
    read: dict[int, tuple[list[Found], str | None]] = {}
    if not below and headline_line >= 0:
        added = find_name_over_date(text, header_lines, lexicons, headline_line, kinds, read)
    if not below and added is None and lead is not None:
        # The headline may not be known (a title reworded past recognition): the byline then
        # stands in the few lines right above the story's first prose.
        above = [line.number for line in all_lines[:lead] if not line.is_blank]
        start = above[-LINES_OVER_LEAD - 1] if len(above) > LINES_OVER_LEAD else -1
        added = find_name_over_date(text, all_lines[: lead + 1], lexicons, start, kinds, read)
    if added is not None:
        below = [added]
    if not below and not below_only:
        below = signed
    below = _merged_bylines(below, counts)
    if below:
        anchor = below[0].line.number
    elif headline_line >= 0:
        anchor = headline_line
    else:
        anchor = bylines[0].line.number if bylines else 0
    starts = [line.start for line in all_lines]

    def closeness(candidate: DateCandidate) -> tuple[bool, int, int, bool, int]:
        # Above the headline stand navigation bars and teasers with dates of their own: there
        # only the line right above counts as near, and a date as near below wins over it (a
        # related story's "Headline / Dec 19" card right over the story's headline and its
        # own "Dec 21" under it).
        line = line_of(starts, candidate.position)
        apart = counts.between(min(line, anchor), max(line, anchor))
        above = line < anchor
        near = apart <= (NEAR_ABOVE_LINES if above else NEAR_BELOW_LINES)
        if lead is not None and anchor < lead < line:
            near = False  # the story has started: a later date is in it or after it
        return (not near, candidate.rank, abs(line - anchor), above, candidate.position)

    date = min(candidates, key=closeness).date if candidates else None
    return Story(below[0] if below else None, date, added)


def _merged_bylines(bylines: list[Byline], counts: TextLineCounts) -> list[Byline]:
    """``bylines`` with the first one joined by the co-authors' bylines right under it.

    Pages list several authors one under the other, each with a job title ("Jane Doe" /
    "Senior Reporter" / "John Roe" / "Reporter"): the rules find one byline per name.
    """
    if len(bylines) < 2:
        return bylines
    first, authors, last = bylines[0], list(bylines[0].authors), bylines[0]
    for following in bylines[1:]:
        if counts.between(last.line.number, following.line.number) > CO_AUTHOR_LINES:
            break
        authors.extend(a for a in following.authors if a.text not in {b.text for b in authors})
        last = following
    if last is first:
        return bylines
    return [attrs.evolve(first, authors=tuple(authors)), *bylines[bylines.index(last) + 1 :]]


def line_of(starts: Sequence[int], offset: int) -> int:
    """The number of the line holding ``offset``, found in the lines' start offsets.

    A bisection: it is called once per date candidate, and a page may have thousands of lines.
    """
    return max(bisect.bisect_right(starts, offset) - 1, 0)
