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

__all__ = ["DECADE_WORDS", "SPELLED_YEARS", "parse_number", "spelled_year", "two_digit_year"]

# Parts of a chained number phrase: "twenty-four", "two hundred".
_NUMBER_PARTS = regex.compile(r"[\s-]+")


def _spelled_years() -> dict[str, int]:
    """Years as broadcast transcripts spell them: "nineteen ninety-six", "two thousand one"."""
    ones = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    teens = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
             "seventeen", "eighteen", "nineteen"]  # fmt: skip
    tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    below_hundred: dict[str, int] = {}
    for index, word in enumerate(teens):
        below_hundred[word] = 10 + index
    for index, word in enumerate(tens):
        below_hundred[word] = 20 + 10 * index
        for unit, one in enumerate(ones, 1):
            below_hundred[f"{word}-{one}"] = below_hundred[f"{word} {one}"] = 20 + 10 * index + unit
    years = {f"nineteen {words}": 1900 + value for words, value in below_hundred.items()}
    years.update({f"nineteen oh {one}": 1901 + index for index, one in enumerate(ones)})
    years["two thousand"] = 2000
    for words, value in [*zip(ones, range(1, 10), strict=True), *below_hundred.items()]:
        years[f"two thousand {words}"] = years[f"two thousand and {words}"] = 2000 + value
    return years


#: Spelled-out years and their values (keys as :func:`stoltlib_dates.lexicons.key` folds them).
SPELLED_YEARS = _spelled_years()

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
    whole, _, fraction = folded.partition(" ")
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
