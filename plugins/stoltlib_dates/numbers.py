"""Reading numbers: counts ("2 1/2", "twenty-four", "a few"), spelled and two-digit years.

Counts come from the ``date_numbers`` lexicon; years spelled out as broadcast transcripts say
them ("nineteen ninety-six", "two thousand one") and the decades written in words ("the
eighties") are a closed grammar, built here. Everything here is a pure function.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import regex

from stoltlib_dates.lexicons import Lexicons, key

__all__ = [
    "DECADE_WORDS",
    "SPELLED_YEARS",
    "SPELLED_YEAR_PATTERN",
    "parse_number",
    "spelled_year",
    "two_digit_year",
]

# Parts of a chained number phrase: "twenty-four", "two hundred".
_NUMBER_PARTS = regex.compile(r"[\s-]+")
# The hyphen between a whole number and its fraction ("3-1/2"), read as the space of "3 1/2".
_WHOLE_AND_FRACTION = regex.compile(r"(?<=\d)-(?=\d/\d)")


# The words of spelled-out years: "nineteen ninety-six", "nineteen oh one", "two thousand ten".
_ONES = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
          "eighteen", "nineteen")  # fmt: skip
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def _spelled_years() -> dict[str, int]:
    """Years as broadcast transcripts spell them: "nineteen ninety-six", "two thousand one"."""
    below_hundred: dict[str, int] = {}
    for index, word in enumerate(_TEENS):
        below_hundred[word] = 10 + index
    for index, word in enumerate(_TENS):
        below_hundred[word] = 20 + 10 * index
        for unit, one in enumerate(_ONES, 1):
            below_hundred[f"{word}-{one}"] = below_hundred[f"{word} {one}"] = 20 + 10 * index + unit
    years = {f"nineteen {words}": 1900 + value for words, value in below_hundred.items()}
    years.update({f"nineteen oh {one}": 1901 + index for index, one in enumerate(_ONES)})
    years["two thousand"] = 2000
    for words, value in [*zip(_ONES, range(1, 10), strict=True), *below_hundred.items()]:
        years[f"two thousand {words}"] = years[f"two thousand and {words}"] = 2000 + value
    return years


def _spelled_year_pattern() -> str:
    """A regex of exactly the keys of :data:`SPELLED_YEARS`, a space matching any white space.

    Written by the grammar that builds the table rather than as a trie of its 400 keys: the
    same strings, tried longest first as a trie tries them (a ten with its unit before the ten
    alone, a teen before the unit it begins: "seventeen" before "seven"), in a pattern a
    fiftieth of the size, which is most of what compiling the plugin's patterns cost.
    """

    def alt(words: tuple[str, ...]) -> str:
        return "|".join(words)

    # "ninety-six", "ninety six", "ninety", "nineteen": below a hundred, from ten.
    tens = rf"(?:{alt(_TENS)})(?:(?:\s+|-)(?:{alt(_ONES)}))?|{alt(_TEENS)}"
    return (
        rf"(?:nineteen\s+(?:oh\s+(?:{alt(_ONES)})|{tens})"  # "nineteen ninety-six", "... oh one"
        rf"|two\s+thousand(?:\s+(?:and\s+)?(?:{tens}|{alt(_ONES)}))?)"  # "two thousand (and) one"
    )


#: Spelled-out years and their values (keys as :func:`stoltlib_dates.lexicons.key` folds them).
SPELLED_YEARS = _spelled_years()
#: A regex of the spelled-out years (matched ignoring case), for the patterns' year slots.
SPELLED_YEAR_PATTERN = _spelled_year_pattern()

#: Decades written in words and their digit (of the 1900s, as news uses them).
DECADE_WORDS = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
    "eighties": 8, "nineties": 9,
}  # fmt: skip


def spelled_year(text: str) -> int:
    """A year written in digits ("1996") or spelled out ("nineteen ninety-six")."""
    return int(text) if text.isdigit() else SPELLED_YEARS[key(text).replace("-", " ")]


def parse_number(text: str, lexicons: Lexicons) -> Fraction | None:
    """The count a number phrase states ("2 1/2", "twenty-four", "a couple of"); ``None``: "X".

    Raises ``ValueError`` for a phrase that is no number.
    """
    folded = key(text).replace(",", "")
    # "2 1/2", or wire copy's "3-1/2": the whole number and its fraction.
    whole, _, fraction = _WHOLE_AND_FRACTION.sub(" ", folded, count=1).partition(" ")
    if whole.replace(".", "", 1).isdigit():
        amount = Fraction(whole)
        if fraction and "/" in fraction:
            numerator, _, denominator = fraction.partition("/")
            amount += Fraction(int(numerator), int(denominator))
        return amount
    if folded in lexicons.numbers:
        value = lexicons.numbers[folded]
        return None if value == "X" else Fraction(value)
    total = Fraction(0)
    for part in _NUMBER_PARTS.split(folded):
        word_value = lexicons.numbers.get(part)
        if word_value is None:
            raise ValueError(text)
        if word_value == "X":
            return None
        number = Fraction(word_value)
        # "two hundred" multiplies, "twenty-four" adds.
        total = total * number if number >= 100 and total else total + number
    return total


def two_digit_year(digits: str, anchor: dt.date | None) -> int:
    """A year written with two digits ("'87"): the century that puts it nearest the anchor.

    Without an anchor the year 2000 stands in, the middle of the years news is read in.
    """
    short = int(digits)
    reference = anchor.year if anchor else 2000
    candidates = [century + short for century in (1900, 2000, 2100)]
    return min(candidates, key=lambda year: (abs(year - reference), year))
