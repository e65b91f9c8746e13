"""Guards against the false positives that plague date finders.

Money and percentages are kept out by the master pattern's edges (``$27``, ``50%``, ``3.5``);
the rest needs a look at the words around a match: a four-digit number that counts something
("2000 people"), names an item ("No. 1998", "flight 1920", "Windows 2000"), belongs to a phone
number or an image size ("1920x1080"), or is only the modal verb "may" or a surname ("Theresa
May"). Each guard is a pure function of the text and the match's offsets.
"""

from __future__ import annotations

import re

import regex

__all__ = [
    "is_bare_month_word",
    "is_count",
    "is_identifier",
    "is_name",
    "is_numeric_run",
    "preceding_word",
    "word_after",
]

# The word right before an offset (letters only), skipping white space, an opening quote and
# an abbreviation's dot or a colon ("No. 1998", "ID: 2024").
_WORD_BEFORE = regex.compile(r"(?r)(\p{L}+)[\s\"'“‘(.:#]*\Z")
# The word right after an offset.
_WORD_AFTER = regex.compile(r"\s*(\p{L}+)")

# An image size or a product code glued to the number after it.
_SIZE_AFTER = regex.compile(
    r"""
      \s?[x×]\s?\d       # "1920x1080", "1920 x 1080"
    | p\b | px\b        # "1080p", "1920px"
    | i\b               # "1080i"
    """,
    regex.VERBOSE,
)
# An image size's first number before the one at hand: the "1920x" of "1920x1080".
_SIZE_BEFORE = regex.compile(r"(?r)\d\s?[x×]\s?\Z")
# A run of digits and phone separators around a number: "+1 (555) 1998-2000".
_NUMERIC_RUN = regex.compile(r"[\d\s().+\-/]*")
# Two years joined by a dash or slash, which a phone-number run must not swallow: "1998-2000".
_YEAR_RANGE = regex.compile(r"\d{4}\s?[-–/]\s?\d{4}")


# A word of letters (with inner apostrophes: "Year's").
_LETTERS = regex.compile(r"\p{L}+(?:['’]\p{L}+)*")
# The same on ASCII text (standard-library patterns: :func:`is_name` reads every expression
# found), and a capital letter.
_ASCII_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)*")
_ASCII_CAPITAL = re.compile(r"[A-Z]")
# A weekday that opens a name: "the" before it and a capitalised word right after ("The Sunday
# Times", "the Sunday Express", "the Monday Club"); that word must be no time word itself
# ("the Sunday January 5 vote" names the day), which the caller checks.
_THE_BEFORE = regex.compile(r"(?r)(?<![\p{L}])[Tt]he[ \t]+\Z")
_CAPITAL_AFTER = regex.compile(r"[ \t]+(\p{Lu}\p{Ll}+)\b")
# What may stand between a sentence's start and its first word: space, quotes, brackets.
_SENTENCE_OPENERS = " \t\"'“‘(["
# Where a sentence (or a quotation, or a line) starts.
_SENTENCE_ENDS = '.!?:;\n"“‘('


def _starts_sentence(text: str, at: int) -> bool:
    """Whether the word at ``at`` begins a sentence, a quotation or a line."""
    before = text[max(0, at - 8) : at].rstrip(" \t")
    return not before or before[-1] in _SENTENCE_ENDS


# The word before an offset, on the same line.
_WORD_BEFORE_ON_LINE = regex.compile(r"(?r)(\p{L}+)[ \t]*\Z")


def _after_capitals(text: str, at: int) -> bool:
    """Whether the word at ``at`` follows a word in capitals on a line in mixed case."""
    before = _WORD_BEFORE_ON_LINE.search(text, max(0, at - 24), at)
    if before is None or not before.group(1).isupper() or len(before.group(1)) < 2:
        return False
    # The line around it, up to 200 characters either side (a long line is running text).
    left = text.rfind("\n", max(0, at - 200), at) + 1 or max(0, at - 200)
    right = text.find("\n", at, at + 200)
    line = text[left : right if right >= 0 else at + 200]
    return any(character.islower() for character in line)


def _is_headline(text: str, start: int) -> bool:
    """Whether the line holding ``start`` is written in title case (a headline)."""
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", start)
    words = _LETTERS.findall(text, left, right if right >= 0 else len(text))
    capitalised = sum(word[:1].isupper() for word in words)
    return len(words) >= 3 and capitalised * 10 >= len(words) * 6


def is_name(text: str, start: int, end: int, proper_words: frozenset[str]) -> bool:
    """Whether the expression at ``start..end`` is part of a name, not a time.

    A word of it that is written in lower case in running text ("week", "today"; not the
    ``proper_words``: months, weekdays, holidays) but is capitalised where no sentence starts
    marks a title: ABC's "This Week", "VOA Today", "USA Today". Headlines in title case and
    text in capitals say nothing either way.
    """
    written = text[start:end]
    if written.islower() or not any(character.isupper() for character in written):
        return False  # the common case, settled without looking at the words
    if _weekday_opens_name(text, start, end, proper_words):
        return True
    if written.isascii() and written[0].isupper() and not _ASCII_CAPITAL.search(written, 1):
        # Capitalised at its start alone ("March 2", "Feb 26", "A year ago"): only the first
        # word could mark a title, and a month's, a weekday's or a one-letter word cannot.
        first = _ASCII_WORD.match(written)
        if first is not None and (len(first.group()) == 1 or first.group().lower() in proper_words):
            return False
    for word in _LETTERS.finditer(text, start, end):
        written = word.group()
        if (
            written.isupper()
            and len(written) > 1
            and written.casefold() not in proper_words
            and _after_capitals(text, word.start())
        ):
            return True  # "USA TODAY" in running text: a name in capitals after another word
        if not written[:1].isupper() or written.isupper():
            continue
        if written.casefold().replace("’", "'") in proper_words:
            continue
        if word.start() == start and _starts_sentence(text, start):
            continue
        return not _is_headline(text, start)
    return False


def _weekday_opens_name(text: str, start: int, end: int, proper_words: frozenset[str]) -> bool:
    """Whether a weekday alone at ``start..end`` is the first word of a name ("The Sunday Times").

    TimeML marks no time in a name; a newspaper's or a club's, after "the", is followed by a
    capitalised word that is no time word, where a day is followed by its verb or preposition.
    """
    written = text[start:end]
    if not (written.endswith("day") and written.istitle() and written.casefold() in proper_words):
        return False  # a weekday alone (the holidays of proper_words are more than one word)
    after = _CAPITAL_AFTER.match(text, end)
    return (
        after is not None
        and after.group(1).casefold() not in proper_words
        and _THE_BEFORE.search(text, max(0, start - 8), start) is not None
        and not _is_headline(text, start)
    )


def preceding_word(text: str, start: int) -> str:
    """The word right before ``start``, case folded ("" at the start of the text)."""
    match = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return match.group(1).casefold() if match else ""


def word_after(text: str, end: int) -> str:
    """The word right after ``end`` as written ("" when none follows on the same stretch)."""
    match = _WORD_AFTER.match(text, end, min(len(text), end + 40))
    return match.group(1) if match else ""


def is_count(text: str, end: int, count_nouns: frozenset[str]) -> bool:
    """Whether the number ending at ``end`` counts the noun after it ("2000 people")."""
    return word_after(text, end).casefold() in count_nouns


def is_identifier(text: str, start: int, end: int, identifier_words: frozenset[str]) -> bool:
    """Whether the number at ``start..end`` names an item, a version, a size or a phone line.

    ``identifier_words`` are the words that make a number after them an identifier ("No.",
    "flight", "Windows": the ``date_identifier_words`` lexicon).
    """
    if preceding_word(text, start) in identifier_words:
        return True
    if _SIZE_AFTER.match(text, end) or _SIZE_BEFORE.search(text, max(0, start - 8), start):
        return True
    return text[start - 1 : start] == "#" if start else False


def is_numeric_run(text: str, start: int, end: int) -> bool:
    """Whether the number at ``start..end`` sits in a longer run of digits (a phone number).

    Eight digits or more joined by phone separators ("555-1998", "+44 20 1998 2024") are a
    phone number, an account or a code; a year range ("1998-2000") has exactly eight digits and
    one hyphen and is let through.
    """
    left = start
    while left > 0 and (text[left - 1].isdigit() or text[left - 1] in " ().+-/"):
        left -= 1
        if start - left > 24:
            break
    right_match = _NUMERIC_RUN.match(text, end, min(len(text), end + 24))
    right = right_match.end() if right_match else end
    run = text[left:right].strip(" ().+-/")
    digits = sum(character.isdigit() for character in run)
    if digits < 8:
        return False
    return not _YEAR_RANGE.fullmatch(run)


def is_bare_month_word(
    text: str, start: int, end: int, name: str, time_signals: frozenset[str]
) -> bool:
    """Whether a month name standing alone is a word, not the month.

    "May" is a modal verb and a surname, "March" a verb and a noun, "August" an adjective and a
    first name: standing alone (without a day or year, which other patterns take), they are
    months only after one of the ``time_signals`` ("in May", "since March", "last August").
    """
    before = preceding_word(text, start)
    if before in time_signals:
        return False
    folded = name.casefold()
    after = word_after(text, end)
    if folded in ("may", "march", "august"):
        return True
    # Other months: a capitalised word right after makes a name ("January Jones").
    return bool(after[:1].isupper() and text[end : end + 1] == " ")
