"""Where the story starts: the header zone where titles, bylines and dates stand."""

from __future__ import annotations

from collections.abc import Sequence

from stoltlib.text import SENTENCE_END, Line, word_count
from stoltlib_outlet.patterns import CONSENT_NOTICE

__all__ = ["PROSE_WORDS", "continues", "first_prose", "header_end", "is_prose"]

#: A line with at least this many words, ending like a sentence, is story prose.
PROSE_WORDS = 20
#: Lines after the first prose line still searched for bylines and dates (some pages put the
#: byline under the lead paragraph).
AFTER_LEAD = 4
#: The header zone never reaches further than this many lines (navigation-heavy pages).
MAX_HEADER_LINES = 600


def is_prose(line: Line) -> bool:
    """Whether a line reads as running text rather than a label, caption or headline."""
    stripped = line.text.rstrip()
    return word_count(stripped) >= PROSE_WORDS and stripped[-1:] in SENTENCE_END


def continues(lines: Sequence[Line], index: int) -> bool:
    """Whether line ``index`` runs on into the next line: a paragraph wrapped mid-sentence.

    The next line follows without a blank line and starts in lower case, as a sentence's
    continuation does and a new title, byline or caption does not.
    """
    if index + 1 >= len(lines):
        return False
    following = lines[index + 1].text.lstrip()
    return bool(following) and following[0].islower()


def first_prose(lines: Sequence[Line]) -> int | None:
    """The number of the first line of story prose in the header zone's reach, or ``None``."""
    return next(
        (
            index
            for index, line in enumerate(lines[:MAX_HEADER_LINES])
            if is_prose(line) and not CONSENT_NOTICE.search(line.text)
        ),
        None,
    )


def header_end(lines: Sequence[Line]) -> int:
    """The number of the first line after the header zone."""
    lead = first_prose(lines)
    if lead is None:
        return min(len(lines), MAX_HEADER_LINES)
    return min(lead + AFTER_LEAD + 1, len(lines))
