"""The figures plugin's patterns: one verbose pattern per kind of figure.

Each pattern names its parts (``number``, ``scale``, ``currency``, ``what``) for
:mod:`stoltlib_figures.extract` to normalise. Every pattern starts on a word boundary and
repeats only bounded runs, so a scan stays linear in the text's length (see stoltlib's
``docs/regex-audit.md``).
"""

from __future__ import annotations

import regex

__all__ = ["COUNT", "MONEY", "NUMBER_WORDS", "PERCENT", "SCALES", "SHARE", "SHARE_WORDS"]

#: Numbers written as words, up to those news spells out.
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "a hundred": 100, "a dozen": 12, "dozen": 12,
}  # fmt: skip

#: Multipliers after a number ("1.5 billion", "$20bn").
SCALES = {
    "thousand": 10**3, "k": 10**3, "million": 10**6, "m": 10**6, "mn": 10**6,
    "billion": 10**9, "bn": 10**9, "trillion": 10**12, "tn": 10**12,
}  # fmt: skip

#: Fractions written as words: the denominator of "a quarter", "two thirds", "half".
SHARE_WORDS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5,
    "fifths": 5, "tenth": 10, "tenths": 10,
}  # fmt: skip

# Longest first, so that "a hundred" is tried before "a".
_WORDS = "|".join(sorted((regex.escape(w) for w in NUMBER_WORDS), key=len, reverse=True))
_NUMBER = rf"""(?:
    \d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?      # 30,000 or 1,250.5: digits grouped by commas
  | \d+(?:\.\d+)?                         # 2 or 1.5
  | (?:{_WORDS})(?!\w)                    # two, twenty, a dozen
)"""
_SCALE = r"(?:thousand|million|billion|trillion|bn|mn|tn|m|k)(?!\w)"
# What a figure is of: "of GDP", "of its troops", "of the budget" (a determiner, one word).
# The space between two words of one figure: spaces or tabs with at most one line break, so that
# re-wrapping a paragraph changes nothing and a figure never runs across a blank line.
_SP = r"(?:[^\S\n]+(?:\n[^\S\n]*)?|\n[^\S\n]*)"
_OF = rf"(?:{_SP}of{_SP}(?:(?:the|its|their|his|her|our|all){_SP})?(?P<what>\p{{L}}[\p{{L}}-]*))"

MONEY = regex.compile(
    rf"""
    (?<![\w$€£¥])
    (?:
        # A currency sign before the amount: "$1.5 billion", "€20bn", "US$ 300,000".
        (?P<currency>US\$|\$|€|£|¥){_SP}?(?P<number>{_NUMBER})(?:{_SP}?(?P<scale>{_SCALE}))?
      | # A currency name after it: "300 million euros", "five dollars".
        (?P<number>{_NUMBER})(?:{_SP}(?P<scale>{_SCALE}))?{_SP}
        (?P<currency>dollars|euros|pounds|yen|USD|EUR|GBP|JPY)(?!\w)
    )
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

PERCENT = regex.compile(
    rf"""
    (?<![\w.,])
    (?P<number>{_NUMBER})
    {_SP}?(?:%|percent(?!\w)|per{_SP}cent(?!\w))   # "2%", "2 percent", "two per cent"
    {_OF}?                                    # "of GDP"
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

SHARE = regex.compile(
    rf"""
    # Not inside a hyphenated compound: "a two-and-a-half-year contract" states a duration,
    # and "a half-hour" one too; neither is a share.
    (?<![\w-])
    (?:
        # "a quarter", "one third", "two-thirds", "three fifths"
        (?P<number>a|one|two|three|four|nine)(?:{_SP}|-)
        (?P<part>halves|half|thirds|third|quarters|quarter|fifths|fifth|tenths|tenth)
      | # "half of", "half the": half alone is a share only before what it divides
        (?P<part>half)(?={_SP}(?:of|the|its|their){_SP})
    )
    (?![\w-]){_OF}?
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# Time units are left to the dates plugin ("ten years" is a duration, not a count).
_TIME_UNITS = r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries)"

# Short words ending in "s" that are not plural nouns ("no one has", "the score was 3 is").
_NOT_NOUN = r"(?!(?:is|was|has|does|says|as|us|its|this|his|hers|thus|plus|less|yes)(?!\w))"

COUNT = regex.compile(
    rf"""
    (?<![\w$€£¥.,-])
    (?:(?P<qualifier>all|some|about|around|nearly|almost|over|at{_SP}least|more{_SP}than){_SP})?
    (?!(?:1\d\d\d|20\d\d)(?![\d,]))       # not a year standing alone ("NATO 2030 comes")
    (?P<number>{_NUMBER})
    (?:{_SP}(?P<scale>thousand|million|billion))?
    {_SP}
    (?!{_TIME_UNITS}(?!\w))
    # What is counted: up to two lower-case words before a plural ("31 allied governments").
    (?P<what>(?:{_NOT_NOUN}\p{{Ll}}[\p{{L}}-]*{_SP}){{0,2}}{_NOT_NOUN}\p{{Ll}}[\p{{L}}-]*s)(?!\w)
    """,
    regex.VERBOSE,
)
