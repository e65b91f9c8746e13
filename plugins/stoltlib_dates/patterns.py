"""Regular expressions of the dates plugin: one verbose pattern per family of expressions.

The closed classes that vary (month and weekday names, units, number words, modifiers, time
words, holidays) come from the lexicons, so the patterns are written as templates with
``@NAME@`` slots and compiled once per combination of lexicons by :func:`compile_rules`. The
families are joined into one alternation, :attr:`Rules.master`, tried in the order written here:
at one position the first family that matches wins, so longer and more specific families come
first. Each family names its outer group (``b_mdy``, ``b_ago``, ...) so that the extractor knows
which one matched; inner groups reuse names across families (the ``regex`` module allows it).

No family nests unbounded repetition inside repetition, and every one starts on a word boundary,
which keeps the scan linear.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping

import attrs
import regex

from stoltlib.lexicon_files import IndexedLexicons
from stoltlib_dates.anchor import TenseCues, compile_cues
from stoltlib_dates.lexicons import LEXICON_NAMES, Lexicons, build, trie
from stoltlib_dates.numbers import DECADE_WORDS, SPELLED_YEAR_PATTERN, SPELLED_YEARS

__all__ = [
    "BRANCHES",
    "FAMILIES",
    "TIME_JOIN",
    "Rules",
    "compile_rules",
    "current",
    "groups_of",
]

# Years news writes as four digits: 1000-2099 (older years are written with "AD", "BC" or in
# words and are rare in news; "2100" and later are mostly counts).
_YEAR = r"(?:1\d\d\d|20\d\d)"

# Time zones written after a clock time, in capitals.
_ZONE_NAMES = (
    "GMT", "UTC", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "BST", "CET", "CEST",
    "EET", "EEST", "MSK", "IST", "JST", "AEST", "AEDT", "ET", "PT",
)  # fmt: skip
# A zone after a clock time: a zone name with its GMT offset, or "local time".
_ZONE = rf"""(?:
    (?-i:{"|".join(_ZONE_NAMES)})(?:\s*[+-]\s*\d{{1,2}}(?::?\d\d)?)?   # "GMT", "GMT+2"
  | local\s+time                                                  # "9 am local time"
)"""

# The part of the day after an hour that places it in its half of the day: "in the morning",
# "at night" (group ``dp``).
_DAYPART = r"(?:\s+(?:in\s+the\s+(?P<dp>morning|afternoon|evening)|at\s+(?P<dp>night))\b)"
# Where a phrase of an hour and its part of the day ends: punctuation, the text's end, or a
# word that opens another phrase.
_DAYPART_END = r"""(?=\s*(?:[.,;:!?)"”’]|\Z)
    |\s+(?:on|at|in|and|or|but|when|to|until|with|before|after|local|yesterday|today
      |tomorrow)\b)"""

# An "a.m." / "p.m." marker in its spellings.
_AMPM = r"(?:[ap]\.\s?m\.|[ap]m\b|[ap]\.m\b)"

# Relative words in front of a unit, weekday, month or season ("last", "the coming").
_REL = r"""(?:this\s+past|this\s+coming|this|last|next|past|coming|current|previous|following
  |latest|prior|upcoming|same)"""

# Adjectives between a count and its unit that do not change the duration ("20 more years").
_DUR_ADJ = r"""(?:more|additional|extra|further|straight|consecutive|full|long|trading|business
  |working|calendar|fiscal|successive|whole|entire|short|hard|difficult|busy|previous)"""

#: The families of expressions, in the order they are tried. Each is a template with @SLOTS@
#: filled from the lexicons; comments say what each branch is for.
FAMILIES: dict[str, str] = {
    # "2024-10-01", "2024-10-01T09:00": ISO dates, with a clock time when one is glued on.
    "b_iso": r"""
        (?P<year>@YEAR@)-(?P<monn>[01]\d)-(?P<day>[0-3]\d)
        (?:T(?P<hh>[0-2]\d):(?P<mm>[0-5]\d)(?::[0-5]\d)?)?
    """,
    # "01.10.2024": dotted numeric dates, day first wherever they are written.
    "b_dot": r"""
        (?P<day>[0-3]?\d)\.(?P<monn>[01]?\d)\.(?P<year>@YEAR@)
    """,
    # "10/01/2024", "3/4/24": slashed numeric dates (month first unless impossible).
    "b_slash": r"""
        (?P<sa>[0-3]?\d)/(?P<sb>[0-3]?\d)/(?P<sy>@YEAR@|\d\d)
    """,
    # "Friday, Oct. 13, 1989", "June 8th", "Feb. 26", "Jan. 1 next year": month then day,
    # weekday and year optional.
    "b_mdy": r"""
        (?:(?:this\s+(?:coming|past)|this|next|last)\s+(?=@WEEKDAY@)   # "this coming Sunday,"
          |(?P<mrel>this|next|last)\s+(?=@MONTH@\.?\s+[0-3]?\d(?!\d)))?   # "last Nov. 13"
        (?:(?P<wd>@WEEKDAY@)\.?,?\s+)?
        (?P<mon>@MONTH@)\.?\s+
        (?:(?P<day>[0-3]?\d)(?:st|nd|rd|th)?    # "June 8", "June 8th"
          |(?P<dayw>@ORDINAL@)                # "March eighth", as transcripts spell it
          |(?P<dayc>@DAY_CARDINAL@)(?=,?\s+@YEAR@\b))\b   # "September one, 1989" (wire copy)
        # "March 15-17", "Aug. 7 and 8", "from Aug. 17 to 19": a range of days of the month;
        # the first day is the date, the last (group ``day2``) one of its own. After a word
        # the last day must close the phrase ("Aug. 7 and 8 people" holds a count).
        (?P<days>\s?[-–]\s?(?P<day2>[0-3]?\d)\b(?![-–/.:]\d)
          |\s+(?:and|or|to|through|until|till)\s+(?P<day2>[0-3]?\d)\b
           (?=,?\s+@YEAR@\b|\s*(?:[.,;:)]|\Z)|\s+(?:in|at|on|and|when|with|for|before|after)\b))?
        (?:,?\s+(?P<year>@YEAR@)\b
          |\s+(?P<yrel>this|last|next)\s+year\b)?    # "Jan. 1 next year"
    """,
    # "8 June 2020", "Monday 8 June", "the 8th of June", "the fourth of March": day then
    # month, weekday optional.
    "b_dmy": r"""
        (?:(?P<wd>@WEEKDAY@),?\s+)?
        (?:the\s+)?
        (?:(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?     # "8 June", "the 8th of June"
          |(?-i:(?=\p{Ll}))(?P<dayw>@ORDINAL@)\s+of\s+)      # "the fourth of March" (not
        (?P<mon>@MONTH@)\b(?:(?<!@MONTH_FULL@)\.)?             # the name "Fourth of July");
                                                           # the dot of "Feb.", not a full stop
        (?:,?\s+(?P<year>@YEAR@)\b
          |\s+(?P<yrel>this|last|next)\s+year\b)?    # "the 8th of June last year"
      # "closed on the 12th": a day of a month left unnamed (the anchor's or one beside it),
      # only where the phrase ends, not before a noun ("the 12th floor", "the 12th largest").
      | the\s+(?P<dom>[0-3]?\d)(?:st|nd|rd|th)\b(?=@DAY_ALONE_AFTER@)
    """,
    # "February 2020", "March of 1998", "Feb. 1998": a month of a year.
    "b_my": r"""
        (?:(?P<mon>@MONTH_FULL@)|(?P<mon>@MONTH_ABBR@)\.?),?\s+(?:of\s+)?   # "March of", "Feb."
        (?:(?P<year>@YEAR@|@SPELLED_YEAR@)\b        # "February 2020", "May nineteen ninety"
          |(?P<yrel>this|last|next)\s+year\b)       # "June last year"
    """,
    # "the third quarter of 1989", "1989's third quarter", "third-quarter", "the first half",
    # "the fiscal first quarter", "the last half of 1989": quarters and halves of a year.
    "b_quarter": r"""
        (?:(?P<the>the)\s+)?
        (?:(?:fiscal\s+)?                            # "fiscal 1999's first quarter"
           (?P<qyear>@YEAR@|this\s+year|last\s+year|next\s+year)(?:['’]s)?\s+)?
        (?:(?:fiscal|calendar)\s+)?
        (?P<qord>first|second|third|fourth|1st|2nd|3rd|4th|final
          # "the last half of 1989" is the second; "last quarter" alone the one before now.
          |last(?=[\s-]+(?:(?:fiscal|calendar)\s+)?(?:quarter|half)\s+of\s))[\s-]+
        (?:(?:fiscal|calendar)\s+)?
        (?P<qh>quarter|half)\b
        (?:\s+of\s+(?:(?:the|this)\s+(?:fiscal\s+)?year|(?:fiscal\s+)?(?P<year>@YEAR@)\b)
          |\s+(?:of\s+)?(?P<qyear>last\s+year|next\s+year)\b)?      # "the second quarter last year"
      # "the June quarter", "the September quarter of 1998": the quarter the month closes
      | (?P<the>the)\s+(?P<qmon>@MONTH@)\.?[\s-]+(?P<qh>quarter)\b
        (?:\s+of\s+(?P<year>@YEAR@)\b)?
    """,
    # "Q3 2024", "Q3", "3Q": quarters in the financial shorthand.
    "b_qshort": r"""
        (?-i:Q(?P<qn>[1-4])             # "Q3"
            |(?P<qn>[1-4])Q)            # "3Q"
        \b(?:\s+(?P<year>@YEAR@)\b)?
    """,
    # "the 1990s", "the '80s", "the nineties", "1990's": decades.
    "b_decade": r"""
        (?:(?P<the>the)\s+)?
        (?:(?P<dec>1\d\d0|20\d0)['’]?s       # "the 1990s", "1990's"
          |['’](?P<dec2>\d0)['’]?s             # "the '80s"
          |(?P<decw>@DECADE_WORD@))\b          # "the nineties"
    """,
    # "the 20th century", "the twenty-first century": centuries.
    "b_century": r"""
        (?:(?P<the>the)\s+)?(?P<cent>\d{1,2}(?:st|nd|rd|th)|@ORDINAL@)[\s-]+century\b
    """,
    # "a year ago", "two weeks earlier", "three days later", "a week or so ago": a distance
    # from the anchor (TimeML includes "ago" in the extent).
    "b_ago": r"""
        (?:(?P<num>@NUMBER@)[\s-]+(?:(?:@DUR_ADJ@)\s+)?)?    # "months ago": a count is optional
        (?P<unit>@UNIT@)
        (?P<orso>\s+or\s+so)?\s+
        (?:(?P<dir>ago|earlier|later|from\s+now|hence)   # "a year ago", "two days later"
          |(?P<dir>before|after)                     # only at a clause's end: "a day before."
           (?![\s\p{Pd}]*[\p{L}\p{N}]))
    """,
    # "the same period last year", "the corresponding quarter a year earlier", "last year's
    # quarter": the period a report compares its latest one with.
    "b_yearback": r"""
        the\s+(?:(?:same|corresponding|comparable|previous)\s+)?(?P<punit>period|quarter)\s+
        (?:of\s+)?(?:last\s+year|the\s+previous\s+year|a\s+year\s+(?:ago|earlier))\b
      # "the same month last year", "the same week a year earlier": a month, week or day
      # compared with its own a year back, one expression (only with "same" and its kin:
      # "the month last year" is no phrase news writes)
      | the\s+(?:same|corresponding|comparable)\s+(?P<punit>month|week|day)\s+
        (?:of\s+)?(?:last\s+year|the\s+previous\s+year|a\s+year\s+(?:ago|earlier))\b
      | (?P<yrel>last|this)\s+year['’]s\s+(?P<punit>period|quarter)\b   # "last year's quarter"
      # "last year's summer": a possessive of two times is one expression in TimeML (its
      # guidelines' "this year's summer"), the season of the year the possessive names;
      # "last year's fall in prices" is a decline.
      | (?P<yrel>last|this|next)\s+year['’]s\s+(?!fall\s+(?:in|of)\b)(?P<season>@SEASON@)\b
    """,
    # "the past three months", "last year", "next week", "the current fiscal year", "this
    # weekend", "the latest quarter": a unit placed relative to the anchor.
    "b_relunit": r"""
        (?:(?P<the>the|that(?=\s+same\b))\s+)?(?P<rel>@REL@)\s+    # "that same day"
        (?:(?P<fiscal>fiscal|financial|calendar)\s+)?
        (?:(?P<num>@NUMBER@)                              # "the past three months"
           (?:\s+(?:to|or)\s+(?P<num2>@NUMBER@))?        # "the next 12 to 18 months"
           (?P<halfnum>[\s-]+and[\s-]+a[\s-]+half)?     # "the past two and a half years"
           [\s-]+(?:(?:@DUR_ADJ@)\s+)?)?
        (?P<unit>@UNIT@|period)\b
        (?!-\p{L})                     # "the same year-ago period" is a "year-ago" compound
    """,
    # "the first nine months", "the first two years", "the first hours": the start of a span.
    "b_firstn": r"""
        (?:(?P<the>the)\s+)?(?P<first>first|final|initial|opening|closing)\s+
        (?:(?P<num>@NUMBER@)\s+)?(?P<unit>@UNIT@)\b
    """,
    # "year-end", "the year-earlier period", "the comparable year-ago quarter", "the year-ago
    # third quarter", "the year-earlier nine months": year words glued by a hyphen, with the
    # period they qualify.
    "b_yearword": r"""
        (?:(?P<the>the)\s+)?
        (?:(?:(?P<yrel>last|this|next)\s+)?                        # "last year-end"
           (?P<yend>year[\s-]end|year['’]s\s+end)                  # "year-end", "year's end"
          |(?:(?:comparable|corresponding|same)\s+)?                # "the comparable year-ago"
           (?P<yago>year[\s-]earlier|year[\s-]ago|prior[\s-]year|year[\s-]before)
           (?:\s+(?:(?P<yord>first|second|third|fourth)\s+)?        # "year-ago third quarter"
                 (?P<yunit>period|quarter|month|week)
             |\s+(?P<ynum>@NUMBER@)\s+(?P<yspan>months|weeks))?     # "year-earlier nine months"
        )\b
    """,
    # "each Thursday", "every year", "every other week", "per month": sets.
    "b_every": r"""
        (?P<every>every|each)\s+(?:(?P<num>@NUMBER@|other)\s+)?
        (?:(?P<unit>@UNIT@)|(?P<wd>@WEEKDAY_FULL@)|(?P<mon>@MONTH_FULL@)|(?P<season>@SEASON@)
          |(?<!other\s+)(?P<pod>@PART_OF_DAY@))\b    # "every morning": each day's morning
    """,
    # "twice a week", "three times a year", "once a month": frequencies.
    "b_times": r"""
        (?P<freq>once|twice|thrice|(?:@NUMBER@)\s+times)\s+(?:a|an|per|each|every)\s+
        (?P<unit>@UNIT@)\b
    """,
    # "annually", "quarterly", "daily": frequency adverbs.
    "b_freqadv": r"""
        (?P<adv>@FREQ_ADV@)\b
    """,
    # "5 p.m. EST", "9:30 am", "07:00 GMT", "noon", "midnight", "nine o'clock": clock times.
    "b_clock": r"""
        (?:
            (?P<hh>[01]?\d|2[0-3])(?::(?P<mm>[0-5]\d))?\s*(?P<ampm>@AMPM@)        # "5 p.m."
          | (?P<hh>[01]?\d|2[0-3])(?::|\.)(?P<mm>[0-5]\d)                          # "07:00 GMT",
            (?=\s*(?:@ZONE@|h\b(?!\.)|hrs\b|hours\b))     # "0700 hrs" (not "3.25 H.K. Dlrs")
          | (?P<hh>[01]\d|2[0-3])(?P<mm>[0-5]\d)(?=\s*(?-i:@ZONE_NAME@)\b)          # "1430 GMT"
          # "12 noon", "twelve o'clock midnight": the hour that names noon or midnight is of
          # the one expression (before "nine o'clock", which would take "twelve o'clock")
          | (?:(?:12|twelve)(?:\s+o['’]clock)?\s+)?(?P<noon>noon|midnight|midday)
          | (?P<hw>@NUMBER@)\s+o['’]clock                                          # "nine o'clock"
          # "at eleven in the morning", "by 9 at night": an hour without "o'clock" or "p.m."
          # is a time only with its part of the day, after a preposition of time, and only
          # where the phrase ends there ("killed 9 at night", "at three in the morning raid"
          # hold counts)
          | (?<=\b(?:at|around|about|by|until|till|from|to|before|after)\s+)
            (?:(?P<hw>@NUMBER@)|(?P<hh>[01]?\d|2[0-3])(?::(?P<mm>[0-5]\d))?)
            (?=@DAYPART@@DAYPART_END@)
        )
        (?:\s+(?P<zone>@ZONE@))?                                                  # "EST"
        # "eleven in the morning", "8 o'clock in the evening": TimeML tags the part of the day
        # that says which half of the day the hour is in with the hour, one expression
        (?P<daypart>@DAYPART@)?
        # A zone's time in brackets after it ("10:30 a.m. (0730 GMT)") is an expression of
        # its own, with its own value: TimeML tags an appositive time apart.
    """,
    # "Christmas", "Easter Monday 2024", "Thanksgiving": holidays by name.
    "b_holiday": r"""
        (?P<hol>@HOLIDAY@)(?:,?\s+(?P<year>@YEAR@)\b)?
    """,
    # "the summer of 2022", "summer 2022", "this winter", "last spring": seasons.
    "b_season": r"""
        (?:(?P<the>the)\s+)?(?:(?P<rel>this\s+(?:past|coming)|this|last|next|past|coming)\s+)?
        (?P<season>@SEASON@)\b
        (?:\s+(?:of\s+)?(?:(?P<year>@YEAR@|@SPELLED_YEAR@)\b      # "the summer of 2022"
                        |(?P<yrel>this|last|next)\s+year\b))?     # "the spring of next year"
    """,
    # "the year 2000", "fiscal 1989", "FY2024", "calendar 1990", "1998": years.
    "b_year": r"""
        (?:(?P<yprefix>fiscal(?:\s+year)?|(?-i:FY)|calendar(?:\s+year)?|the\s+year|model\s+year)
           \s*)?
        (?P<year>@YEAR@)\b                                          # "1998", "fiscal 1989"
      # "the 1988 period", "the 1990 fiscal year", "the 1988 quarter"
      | (?P<the>the)\s+(?P<year>@YEAR@)\s+(?P<ysuffix>period|fiscal\s+year|season|quarter)\b
      | (?:(?P<yprefix>the\s+year)\s+)?(?P<year>@SPELLED_YEAR@)\b   # "the year two thousand",
        (?![\s-]+(?:@UNIT@)\b)                                    # not "two thousand years"
      | (?P<yprefix>(?-i:FY))(?P<yy>\d\d)\b                         # "FY89"
      | ['’](?P<yy>\d\d)\b(?![\s-]+(?:@UNIT@)\b)                   # "'87", not "'13 Hours'"
      | (?<=(?<![\p{N}])(?P<yfrom>1\d|20)\d\d[-–])(?P<yto>\d\d)(?![\p{N}])   # "1997-98"
    """,
    # "last April", "next March": a month placed relative to the anchor.
    "b_relmonth": r"""
        (?P<rel>this\s+(?:past|coming)|this|last|next|past|coming)\s+(?P<mon>@MONTH_FULL@)\b
        (?!\.?\s+[0-3]?\d\b)          # "last February 19" is a day, read from "February 19"
    """,
    # "January", "Sept.": a month alone (modal "may", "march on" are told apart later).
    "b_month": r"""
        (?P<mon>@MONTH_FULL@)\b           # "January"
      | (?P<mon>@MONTH_ABBR@)\.           # "Sept.": an abbreviation only with its dot
    """,
    # "last Friday", "Friday evening", "Saturday nights", "this morning", "yesterday
    # afternoon", "tonight", "last night": weekdays and days near the anchor, parts of day.
    "b_day": r"""
        (?:(?P<rel>this\s+(?:past|coming)|the\s+(?:previous|following)   # "this coming Sunday"
                 |this|last|next|past|coming)\s+)?
        (?:(?P<wd>@WEEKDAY_FULL@)(?P<plural>s)?|(?P<dei>today|tonight|yesterday|tomorrow))\b
        (?:\s+(?P<wkafter>week)\b(?!-))?     # "Tuesday week": a week after the coming Tuesday
        (?:\s+(?P<pod>@PART_OF_DAY@)(?P<podpl>s)?\b)?   # "Friday evening", "Saturday nights"
      | (?P<rel>the\s+(?:next|following|previous))\s+(?P<pod>@PART_OF_DAY@)\b   # "the next
                                                      # morning": of the day after the story's
      | (?P<rel>this|last|tomorrow|yesterday|the)\s+(?P<pod>@PART_OF_DAY@)\b   # "this morning"
      | (?P<dei>overnight|tonight)\b
      | (?P<pod>@PART_OF_DAY@)\b                      # "afternoon yesterday", after "mid-"
        (?:\s+(?:(?P<dei>yesterday|today|tomorrow)|(?P<wd>@WEEKDAY_FULL@))\b)?
      | (?P<dei>the\s+day\s+(?:before\s+yesterday|after\s+tomorrow))\b
    """,
    # "now", "recently", "the future", "recent years": fixed references (lexicon).
    "b_word": r"""
        (?P<word>@TIME_WORD@)\b
    """,
    # "five years", "a five-year", "2 1/2 years", "the four days", "two to three weeks",
    # "a year and a half", "a day or two", "half an hour", "week-long": durations.
    "b_dur": r"""
        (?:(?P<the>the)\s+)?
        (?:(?P<half>half)\s+(?:a|an)\s+(?P<unit>@UNIT@)\b                 # "half an hour"
          |(?:(?:a|an)\s+)?(?P<frac>quarter|half)                          # "a quarter century",
           (?:[\s-]+|\s+of\s+(?:a|an)\s+)(?P<unit>@UNIT@)\b(?![\s-]+(?:ago|later|earlier)\b)
                                                     # "a half-hour", "a quarter of a century"
          |(?P<num>@NUMBER@)(?:\s+(?:to|or)\s+(?P<num2>@NUMBER@))?       # "two to three"
           (?P<halfnum>[\s-]+and[\s-]+a[\s-]+half)?[\s-]+             # "two and a half"
           (?:(?:@DUR_ADJ@)[\s-]+)?(?P<unit>@UNIT@)\b
           (?!-(?:earlier|ago|before|end)\b)         # "a year-earlier loss" is "year-earlier"
           (?!-(?:on|over|to)-)                      # "a year-on-year rise", "year-to-date"
           (?P<old>-olds?\b)?                        # "an 8-month-old truce" lasted 8 months
           (?P<long>-long\b)?                        # "a two-week-long strike"
           (?P<age>\s+(?:old|older|younger)\b)?     # "52 years old", "a few years older"
           (?P<andhalf>\s+and\s+a\s+half)?
           (?:\s+or\s+(?:two|three)\b(?![\s-]+(?:@UNIT@)\b))?   # "a day or two": one phrase
           (?P<head>\s+(?:period|term|span|stretch|stint|interval)\b)?)   # "a three-year period"
    """,
    # "his week-long visit", "decades-long": a unit's "-long" compound without a count (with
    # one, "a two-week-long strike", it is a duration above).
    "b_long": r"""
        (?P<unit>@UNIT@)(?P<long>-long)\b
    """,
    # "that year", "that quarter", "that month": the one the text named last; "that day",
    # "that night", "that week": those of the day it named last.
    "b_that": r"""
        that\s+(?:(?P<unit>year|quarter|month|week|day)|(?P<pod>@PART_OF_DAY@))\b
    """,
    # "the quarter", "the weekend", "the month": a unit of the anchor's own time ("the day" only
    # in "later in the day", "the decade" and "the century" only after a modifier, "the turn of
    # the century": checked by the reader).
    "b_theunit": r"""
        (?P<the>the)\s+(?:(?P<uadj>full|fiscal|financial|calendar|whole|entire)\s+)?
        (?P<unit>quarter|weekend|year|month|week|day|decade|century)\b
        (?![\s-]+(?:ago|old|earlier)|-(?:on|over)-)          # not "the year-on-year rise"
    """,
    # "years", "decades", "centuries", "months": a plural unit alone (only after "for", "in",
    # "over", "within": checked by the extractor).
    "b_bareunit": r"""
        (?:(?P<the>the)\s+)?(?P<unit>@UNIT_PLURAL@)\b
    """,
}

#: The families' names, in the order they are tried.
BRANCHES = tuple(FAMILIES)

# Before an expression: not inside a word or a number, not right after money, a hashtag, a
# path or version separator, or an at-sign.
_BEFORE = r"(?<![\p{L}\p{N}$€£¥#@/\\_]|[\p{N}][.,:]|\p{Sc}\s)"
# After an expression: not inside a word or number, not a percentage, not a glued number
# (unless it is a year that opens a range of years: "1996-2000", "the 1997-98 season"), not
# the first unit of a compound adverb ("on a minute-by-minute basis", "day-by-day").
_AFTER = r"""(?![\p{L}\p{N}_]|[.,:]\p{N}|\s?%|\s?per\s?cent|-by-
    |(?<!(?<![\p{N}])(?:1\d\d\d|20\d\d))-\p{N}
    |-(?!(?:1\d\d\d|20\d\d|\d\d)(?![\p{N}]))\p{N})"""

#: Between a clock time and the day it names: "5 p.m. EST Nov. 9", "noon Saturday"; a
#: bracketed time in another zone ("10:30 a.m. (0730 GMT) Friday") and "on" ("5 p.m. on
#: Friday") may stand between too, but then the day is an expression of its own (group
#: ``apart``): TimeML keeps a preposition (a signal) and an appositive out of a TIMEX3.
TIME_JOIN = regex.compile(
    r"(?P<apart>\s*\([^()\n]{1,30}\))?,?\s+(?:(?P<on>on)\s+)?", regex.IGNORECASE
)

# Where a lexicon phrase splits into words: "new year's day", "semi-annually", "mid-".
_WORD_SPLIT = regex.compile(r"[\s'’.\-]+")
# A word of letters and digits only: what the trigger's word list may hold.
_PLAIN_WORD = regex.compile(r"[\p{L}\p{N}]+")


@attrs.frozen
class Rules:
    """The compiled patterns and the lexicons they were built from."""

    lexicons: Lexicons
    #: Every family in one alternation, with the modifier slots around it.
    master: regex.Pattern[str]
    #: The families each kind of first word may begin (:data:`START_CLASSES`), without the
    #: modifier slot ("the" has :meth:`match_at_the`, any other word :meth:`match_other`).
    by_class: Mapping[str, regex.Pattern[str]]
    #: First words of the modifiers (case folded), which need the master pattern.
    modifier_words: frozenset[str]
    #: The master's modifier slot alone, with what joins it to the core: whether a modifier
    #: stands at a word at all (:meth:`match_at_modifier`).
    modifiers_before: regex.Pattern[str]
    #: Other first words whose families are few (case folded): "now", "morning", "every".
    word_classes: Mapping[str, str]
    #: The same alternation, anchored, to read the day a clock time is joined to.
    day_after_time: regex.Pattern[str]
    #: A word every expression holds at least one of (a digit run, a month, a unit, "now"),
    #: to be matched against the lower-cased text with a space in front, the trigger itself
    #: in group ``t``: the master pattern is tried only around these, which keeps the scan
    #: fast. It is a standard-library pattern: on this one literal trie ``re`` scans about
    #: twice as fast as ``regex``, and the scan is a large part of the cost.
    trigger: re.Pattern[str]
    #: The same words for text whose lower-case form is longer than itself (rare letters such
    #: as "İ" lower to two characters, which would shift offsets): matched ignoring case.
    trigger_any_case: regex.Pattern[str]
    #: Words an expression may begin with (case folded): where the master pattern is tried.
    starters: frozenset[str]
    #: Words that may stand inside an expression before its trigger word (case folded).
    inner: frozenset[str]
    #: The tense cues of the lexicons, compiled (see :func:`stoltlib_dates.anchor.tense`).
    tense_cues: TenseCues
    #: Words written capitalised in running text (months, weekdays, holidays), case folded.
    proper_words: frozenset[str]
    #: The families that may begin with "the" and go on with a given word (its first letters,
    #: case folded; "" for a digit or an apostrophe: "the 1990s", "the '80s"), in trying order
    #: (see :func:`_after_the`); a word that may follow "the" in a modifier ("the end of")
    #: is left to the master pattern.
    after_the: Mapping[str, tuple[str, ...]]
    #: What may follow "the" in a modifier, case folded: "end" of "the end of", and the first
    #: word of every modifier ("the early 1980s").
    the_modifier_words: frozenset[str]
    #: Each family that may begin with "the" or with an "other" word, alone in the master's
    #: frame (no modifier slot).
    single_families: Mapping[str, regex.Pattern[str]]
    #: The families an "other" word (one of no start class: "time", "today", "half") may
    #: begin, by its first letters, case folded, in trying order (see :func:`_first_words`).
    other_word: Mapping[str, tuple[str, ...]]
    #: The slots the patterns were filled from (for :meth:`other_pattern`).
    slots: Mapping[str, str]
    #: A count and the plural noun it counts, ending where a span with an article begins
    #: ("four flights " of "four flights a week"): the rate test (:func:`_count_rate`).
    count_rate: regex.Pattern[str]
    #: Patterns compiled when first needed: "other", of every family an "other" word may
    #: begin, for the rare word beyond ASCII.
    compiled_later: dict[str, regex.Pattern[str]] = attrs.field(factory=dict)

    def family_groups(self, pattern: regex.Pattern[str]) -> tuple[tuple[str, int], ...]:
        """The families of one of the compiled patterns, with their group indices."""
        return _families_of(pattern)

    def match_at_the(self, text: str, start: int) -> regex.Match[str] | None:
        """The match at "the" at ``start``, of the families the word after it may go on with.

        They are tried one by one in the master's order, each alone in the same frame, which
        gives the match one alternation of them would: the first family that matches, with
        its own backtracking, before the next is tried. A word that a modifier with "the" may
        go on with ("the end of 1994", "the early 1980s"), one not in plain letters, or no
        word, is left to the master pattern (only the families that may begin with "the" or
        follow a modifier match there). No family goes on with most words ("the council"):
        nothing is tried. Trying a few families, mostly one or two, instead of the sixteen
        of one pattern in a row is what makes the try at "the" cheap.
        """
        after = _THE_AND_NEXT.match(text, start)
        if after is None:
            return self.master.match(text, start)
        word = after["word"]
        if word is None:
            families = self.after_the[""]  # a digit or an apostrophe: "the 1990s", "the '80s"
        elif not word.isascii() or (word := word.lower()) in self.the_modifier_words:
            return self.master.match(text, start)  # case folding beyond ASCII; a modifier
        else:
            families = self.after_the.get(word, ())
        for family in families:
            match = self.single_families[family].match(text, start)
            if match is not None:
                return match
        return None

    def match_other(self, text: str, start: int, word: str) -> regex.Match[str] | None:
        """The match at an "other" word at ``start``: of the families that may begin with it.

        As :meth:`match_at_the` does after "the": the families that may begin with the word
        are tried one by one in the master's order, which finds what the "other" pattern
        finds; a word beyond ASCII is left to that pattern. Most such words begin none ("time"
        of "the time being", tried as a trigger itself): nothing is tried.
        """
        letters = _FIRST_LETTERS.match(word) if word.isascii() else None
        if letters is None:
            return self.other_pattern().match(text, start)
        for family in self.other_word.get(letters.group().lower(), ()):
            match = self.single_families[family].match(text, start)
            if match is not None:
                return match
        return None

    def other_pattern(self) -> regex.Pattern[str]:
        """Every family a word of no start class may begin, in one pattern (compiled once)."""
        pattern = self.compiled_later.get("other")
        if pattern is None:
            pattern = regex.compile(
                _master(_OTHER_FAMILIES, self.slots, False), regex.VERBOSE | regex.IGNORECASE
            )
            self.compiled_later["other"] = pattern
        return pattern

    def match_at_modifier(self, text: str, start: int, word: str) -> regex.Match[str] | None:
        """The match at a modifier's first word at ``start`` ("at", "about", "late").

        The master pattern matches there with its modifier slot, or without it at a family
        the word begins. Where no modifier stands ("at the time", "under the plan": the slot
        alone does not match) only the latter can match, and a modifier's word is no digit,
        month or weekday: the "other" families, which :meth:`match_other` tries by the word's
        first letters (``b_word`` at "at", none at "under"). That spares the try of every
        family behind a modifier slot that cannot match: two in five of the master's tries on
        newswire, nearly all at "at".
        """
        if word.casefold() == "the" or self.modifiers_before.match(text, start) is not None:
            return self.master.match(text, start)
        return self.match_other(text, start, word)

    def pattern_at(self, word: str) -> regex.Pattern[str] | None:
        """The pattern to try at a word: the families an expression may begin with there.

        ``None`` for a word of no start class: :meth:`match_other` tries its families. The
        master for "the" and for a modifier's first word, which the extractor tries through
        :meth:`match_at_the` and :meth:`match_at_modifier`.
        """
        folded = word.casefold()
        if folded == "the":
            return self.master  # and :meth:`match_at_the` is what the extractor tries
        if folded in self.modifier_words:
            return self.master
        if word[:1].isdigit() or word[:1] in "'’":
            if len(word) >= 4 and word[:4].isdigit():
                return self.by_class["year"]
            return self.by_class["digit"]
        if word[:1].isupper() and folded in self.lexicons.months:
            return self.by_class["month"]
        if word[:1].isupper() and folded in self.lexicons.weekdays:
            return self.by_class["weekday"]
        if folded in _RELATIVE_WORDS:
            return self.by_class["relative"]
        if folded in self.lexicons.numbers:
            return self.by_class["number"]
        if (
            folded in self.lexicons.units
            and folded not in self.lexicons.time_words
            and folded not in self.lexicons.ordinals  # "second" begins "second-quarter" too
        ):
            return self.by_class["unit"]
        kind = self.word_classes.get(folded)
        if kind is not None:
            return self.by_class[kind]
        return None


@functools.cache
def groups_of(pattern: regex.Pattern[str]) -> Mapping[str, int]:
    """The group numbers of a compiled pattern by name, for reading a match's groups by number.

    The readers read a match's groups as ``m[g["mon"]]``, not ``m["mon"]``: the ``regex``
    module tries a group's key as a number first and, for a name, formats the ``TypeError``
    it then discards, which made a read by name cost five times one by number (about 60,000
    reads a pass over 1,000 Reuters stories, some 7% of the plugin's instructions).
    """
    return pattern.groupindex


@functools.cache
def _families_of(pattern: regex.Pattern[str]) -> tuple[tuple[str, int], ...]:
    """The family names of a compiled pattern with their group indices, in trying order."""
    return tuple(
        (name, pattern.groupindex[name]) for name in BRANCHES if name in pattern.groupindex
    )


_NAME_FUNCTION_WORDS = frozenset({"of", "the", "and"})


def _title_forms(words: list[str]) -> list[str]:
    """Capitalised and upper-case spellings of names (months, weekdays, holidays)."""
    forms = []
    for word in words:
        # Short function words stay lower case inside a name: "Fourth of July".
        titled = " ".join(
            part if index and part in _NAME_FUNCTION_WORDS else part[:1].upper() + part[1:]
            for index, part in enumerate(word.split(" "))
        )
        forms += [titled, word.upper()]
    return forms


def _slots(lexicons: Lexicons) -> Mapping[str, str]:
    alt = lexicons.alternation
    months = list(lexicons.months)
    weekdays = list(lexicons.weekdays)
    # Full names stand alone; abbreviations only with a day or a final dot ("Jan. 5", "Sept.")
    # because "Mar", "Sun", "Wed", "Sat" are ordinary words too.
    month_full = [m for m in months if len(m) > 4 or m in ("may", "june", "july")]
    month_abbr = [m for m in months if m not in month_full]
    weekday_full = [w for w in weekdays if w.endswith("day")]
    # Counts chain ("twenty-four", "two hundred"), but an article only begins a phrase of its
    # own ("a hundred", "a few"): in "a five-year plan" the count is "five".
    chained = alt(word for word in lexicons.numbers if word not in ("a", "an"))
    # The article alone ("a year"): every other count is one of the chained words, so the
    # whole lexicon as a third branch would only try them again.
    articles = "".join(f"|{word}" for word in ("a", "an") if word in lexicons.numbers)
    # Days spelled as counts ("September one, 1989"): a number word up to thirty-one.
    counts = {w: int(v) for w, v in lexicons.numbers.items() if w.isalpha() and v.isdigit()}
    units = [word for word, value in counts.items() if 1 <= value <= 9]
    day_words = [word for word, value in counts.items() if 1 <= value <= 31]
    day_cardinal = rf"(?:(?:twenty|thirty)[\s-](?:{alt(units)})|{alt(day_words)})"
    mods_before = [
        p for p, (_, applies) in lexicons.modifiers.items() if applies != "after" and p[-1:] != "-"
    ]
    # "the early 1980s", "the mid-1990s": the article before a point modifier of one word.
    mods_before += [
        f"the {p}"
        for p, (_, applies) in lexicons.modifiers.items()
        if applies == "point" and " " not in p and p[-1:] != "-"
    ]
    # "end-February", "end-1986": a modifier written with its hyphen fits only glued by it.
    glued = [p[:-1] for p, (_, applies) in lexicons.modifiers.items() if p[-1:] == "-"]
    mods_glued = f"|(?:{alt(glued)})(?=-)" if glued else ""
    plural_units = [w for w, code in lexicons.units.items() if w.endswith("s") or w == "millennia"]
    return {
        "YEAR": _YEAR,
        "SPELLED_YEAR": SPELLED_YEAR_PATTERN,
        "ZONE": _ZONE,
        # Zones after a four-digit clock time: not "ET", "PT" ("the 2001 PT Cruiser").
        "ZONE_NAME": "|".join(name for name in _ZONE_NAMES if len(name) > 2),
        "AMPM": _AMPM,
        "DAYPART": _DAYPART,
        "DAYPART_END": _DAYPART_END,
        "REL": _REL,
        "DUR_ADJ": _DUR_ADJ,
        "FREQ_ADV": f"(?:{alt(lexicons.frequencies)})",
        "DECADE_WORD": f"(?:{alt(DECADE_WORDS)})",
        "MONTH": f"(?-i:{alt(_title_forms(months))})",
        "MONTH_FULL": f"(?-i:{alt(_title_forms(month_full))})",
        "MONTH_ABBR": f"(?-i:{alt(_title_forms(month_abbr))})",
        "WEEKDAY": f"(?-i:{alt(_title_forms(weekdays))})",
        "WEEKDAY_FULL": f"(?-i:{alt(_title_forms(weekday_full))})",
        "HOLIDAY": f"(?-i:{alt(_title_forms(list(lexicons.holidays)))})",
        "SEASON": f"(?:{alt(lexicons.seasons)})",
        "PART_OF_DAY": f"(?:{alt(lexicons.parts_of_day)})",
        "UNIT": f"(?:{alt(lexicons.units)})",
        "UNIT_PLURAL": f"(?:{alt(plural_units)})",
        "ORDINAL": f"(?:{alt(lexicons.ordinals)})",
        "DAY_CARDINAL": day_cardinal,
        "DAY_ALONE_AFTER": _DAY_ALONE_AFTER,
        # A count: digits (with a fraction: "2 1/2", or as wire copy writes it, "3-1/2"), or
        # number words chained ("twenty-four", "a hundred", "a couple of").
        "NUMBER": rf"""(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?(?:(?:\s+|-)\d/\d)?
            |(?:{chained})(?:[\s-]+(?:{chained}))?{articles})""",
        "TIME_WORD": f"(?:{alt(lexicons.time_words)})",
        "MODS_BEFORE": f"(?:{alt(mods_before)}{mods_glued})",
        "MODS_THE": f"(?:{alt(p for p in mods_before if p.startswith('the '))})",
        "MODS_AFTER": "(?:"
        + alt(p for p, (_, applies) in lexicons.modifiers.items() if applies == "after")
        + "|or\\s+later|or\\s+earlier|and\\s+beyond)",
    }


def _count_rate(lexicons: Lexicons) -> regex.Pattern[str]:
    """A count, up to two words and a plural noun, then the space before a span's article.

    The counts are those of the ``date_numbers`` lexicon ("four", "twenty", "a dozen", chained:
    "twenty-four", "two hundred", "a couple of"), a multiplier's plural ("hundreds",
    "thousands"), or digits; the article alone ("a", "an") counts nothing here. It is
    searched for in the stretch of text before the span, to the span's first character.
    """
    alt = lexicons.alternation
    words = [word for word in lexicons.numbers if word not in ("a", "an")]
    words += [
        f"{word}s"
        for word, value in lexicons.numbers.items()
        if word.isalpha() and value.isdigit() and int(value) >= 10
    ]
    return regex.compile(
        rf"""
        (?<![\p{{L}}\p{{N}},.'’-])                       # the count opens a word
        (?P<count>\d[\d,.]*                             # "700 seats", "3,000 employees"
          |(?:{alt(words)})(?:[\s-]+(?:{alt(words)}))?   # "four", "twenty-four", "hundreds"
        )(?![\p{{L}}\p{{N}}])
        (?P<between>(?:\s+\p{{L}}+){{0,2}}?)              # "new", "mln": up to two words
        \s+(?P<noun>\p{{L}}{{2,}}(?<!s)s)                 # the plural noun, not "business"
        \s+\Z                                           # then the span's article
        """,
        regex.IGNORECASE | regex.VERBOSE,
    )


def _fill(template: str, slots: Mapping[str, str]) -> str:
    for name, value in slots.items():
        template = template.replace(f"@{name}@", value)
    if "@" in template.replace(r"$€£¥#@", ""):
        unfilled = regex.findall(r"@[A-Z_]+@", template)
        if unfilled:
            raise ValueError(f"unfilled pattern slots: {unfilled}")
    return template


#: The families an expression may begin with, by the kind of its first word (see
#: :meth:`Rules.pattern_at`): trying only these is what makes a try cheap. A first word that
#: may begin a modifier ("early", "about", "the") gets every family, with the modifier slot.
START_CLASSES: dict[str, tuple[str, ...]] = {
    # "1998", "1998-08-07", "the 1990s", "1000 years ago".
    "year": ("b_iso", "b_decade", "b_ago", "b_times", "b_clock", "b_year", "b_dur"),
    # "8 June", "5 p.m.", "20th century", "3Q", "10-year", "'87", "01.10.2024".
    "digit": ("b_dot", "b_slash", "b_dmy", "b_quarter", "b_qshort", "b_decade", "b_century",
              "b_ago", "b_times", "b_clock", "b_year", "b_dur"),
    # "year-end", "week-long", "years", "recent years".
    "unit": ("b_ago", "b_yearword", "b_long", "b_bareunit", "b_word"),
    # "now", "recently", "soon".
    "word": ("b_word",),
    # "this morning" begins with a relative word; "afternoon yesterday" with the part of day.
    "part_of_day": ("b_day",),
    "season": ("b_season",),
    "holiday": ("b_holiday",),
    # "every year", "each Thursday", "twice a week", "annually".
    "set": ("b_every", "b_times", "b_freqadv"),
    # "third-quarter", "first nine months", "twentieth century", "Fourth of July".
    "ordinal": ("b_quarter", "b_firstn", "b_century", "b_holiday"),
    # "June 8", "June 2020", "June".
    "month": ("b_mdy", "b_my", "b_holiday", "b_month"),
    # "Friday, Oct. 13", "Friday 13 October", "Friday evening".
    "weekday": ("b_mdy", "b_dmy", "b_holiday", "b_day"),
    # "last year", "this year's third quarter", "last year-end", "next March", "this morning",
    # "last summer".
    "relative": ("b_mdy", "b_quarter", "b_yearback", "b_relunit", "b_yearword", "b_holiday",
                 "b_season", "b_relmonth", "b_day", "b_word"),
    # "a year ago", "two years", "three times a year", "nine o'clock".
    "number": ("b_ago", "b_times", "b_clock", "b_year", "b_word", "b_dur"),
}  # fmt: skip
# Words that begin a relative expression.
_RELATIVE_WORDS = frozenset(
    {"this", "last", "next", "past", "coming", "current", "previous", "following", "latest",
     "prior", "upcoming", "same", "tomorrow", "yesterday"}
)  # fmt: skip


# What may follow a day of the month standing alone ("on the 12th"): the phrase's end (a
# punctuation mark, the text's end) or a word that opens another phrase.
_DAY_ALONE_AFTER = r"""(?:\s*(?:[.,;:!?)"”’]|\Z)
    |\s+(?:and|or|but|when|at|in|after|before|until|through|with|of\s+(?:this|the)\s+month)\b)"""


# The modifier slot before an expression's core ("early", "the end of", "about") and what
# joins it to the core ("mid-1990s", "end - March"): ``{}`` is the modifiers' alternation.
_MODIFIER_SLOT = r"(?P<pre>{})(?:\s+|-|\s*-\s*)"


def _master(families: tuple[str, ...], slots: Mapping[str, str], modifiers: bool) -> str:
    body = "\n  | ".join(f"(?P<{name}>{_fill(FAMILIES[name], slots)})" for name in families)
    # Without the modifier slot the group still exists, empty, so that readers see one shape.
    pre = (
        rf"""(?:{_MODIFIER_SLOT.format(slots["MODS_BEFORE"])})?"""
        if modifiers
        else r"(?P<pre>(?!))?"
    )
    return rf"""
        {_BEFORE}
        {pre}                                                  # "early", "the end of", "about"
        (?P<core>
            {body}
        )
        (?P<post>\s+{slots["MODS_AFTER"]})?                      # "or so", "or later"
        {_AFTER}
    """


#: The families an expression may begin with "the" in ("the 1990s", "the past year", "the
#: quarter"); after a modifier that begins with "the" ("the end of") any family may follow.
_THE_FAMILIES = (
    "b_dmy", "b_quarter", "b_decade", "b_century", "b_yearback", "b_relunit", "b_firstn",
    "b_yearword", "b_holiday", "b_season", "b_year", "b_day", "b_word", "b_dur", "b_theunit",
    "b_bareunit",
)  # fmt: skip


def _the_pattern(slots: Mapping[str, str]) -> str:
    """One pattern for "the": a modifier with "the" and any family, or a "the" family.

    :meth:`Rules.match_at_the` finds what this pattern finds, trying fewer families; it is
    the reference the tests hold that dispatch to.

    Each family is written once: one that cannot begin with "the" is tried only after a
    modifier (the conditional ``(?(pre)|(?!))``), so the pattern matches as an alternation of
    "a modifier and any family" before "a 'the' family" would, at half the size to compile.
    """
    body = "\n  | ".join(
        f"(?P<{name}>{'' if name in _THE_FAMILIES else '(?(pre)|(?!))'}"
        f"{_fill(FAMILIES[name], slots)})"
        for name in BRANCHES
    )
    return rf"""
        {_BEFORE}
        (?:(?P<pre>{slots["MODS_THE"]})(?:\s+|-|\s*-\s*))?       # "the end of 1994"
        (?P<core>{body})                                         # "the 1990s", "the quarter"
        (?P<post>\s+{slots["MODS_AFTER"]})?                      # "or so", "or later"
        {_AFTER}
    """


# "The" and what follows it: a word in letters (group ``word``), a digit or an apostrophe.
_THE_AND_NEXT = regex.compile(
    r"""
    the\s+(?:(?P<word>[^\W\d_]+)                      # "the quarter", "the end of"
           |[\d'’]                                    # "the 1990s", "the '80s"
    )
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

#: The words each family that may begin with "the" goes on with after it, besides those of
#: the lexicons (:func:`_after_the`): they are the words its pattern in :data:`FAMILIES` spells
#: right after "the" (``test_the_dispatch_matches_the_whole_pattern`` holds them to it).
_AFTER_THE_WORDS: dict[str, tuple[str, ...]] = {
    "b_quarter": ("this", "last", "next", "fiscal", "calendar", "first", "second", "third",
                  "fourth", "final"),
    "b_yearback": ("same", "corresponding", "comparable", "previous", "period", "quarter"),
    "b_relunit": ("this", "last", "next", "past", "coming", "current", "previous", "following",
                  "latest", "prior", "upcoming", "same"),
    "b_firstn": ("first", "final", "initial", "opening", "closing"),
    "b_yearword": ("last", "this", "next", "year", "comparable", "corresponding", "same",
                   "prior"),
    "b_season": ("this", "last", "next", "past", "coming"),
    "b_year": ("year",),
    "b_day": ("previous", "following", "next", "day"),
    "b_dur": ("half", "quarter"),
    "b_theunit": ("full", "fiscal", "financial", "calendar", "whole", "entire", "quarter",
                  "weekend", "year", "month", "week", "day", "decade", "century"),
}  # fmt: skip
#: The families that may go on with a digit or an apostrophe after "the".
_AFTER_THE_DIGIT = ("b_dmy", "b_quarter", "b_decade", "b_century", "b_year", "b_dur")
# The first word in letters of a lexicon phrase ("twenty" of "twenty-first").
_FIRST_LETTERS = regex.compile(r"[^\W\d_]+")


def _first_letters(phrase: str) -> str | None:
    word = _FIRST_LETTERS.search(phrase)
    return word.group().lower() if word else None


def _by_first_letters(words: Mapping[str, set[str]]) -> dict[str, tuple[str, ...]]:
    """Families by the first letters of their words (``words``: family -> phrases).

    Each word's families are in the master's order.
    """
    by_word: dict[str, set[str]] = {}
    for family, phrases in words.items():
        for phrase in phrases:
            first = _first_letters(phrase)
            if first is not None:
                by_word.setdefault(first, set()).add(family)
    return {
        word: tuple(name for name in BRANCHES if name in families)
        for word, families in by_word.items()
    }


def _after_a_the(phrases: Iterable[str]) -> list[str]:
    """What follows "the" in the phrases that begin with it ("future" of "the future")."""
    return [phrase[4:] for phrase in phrases if phrase.lower().startswith("the ")]


def _after_the(lexicons: Lexicons) -> dict[str, tuple[str, ...]]:
    """The families that may begin with "the" by the word after it (see :attr:`Rules.after_the`).

    Each family's words are those its pattern spells after "the" and those of the lexicon
    slots it has there (ordinals, counts, seasons, parts of day, plural units, decade words,
    and the phrases of time words and holidays that begin with "the").
    """
    words: dict[str, set[str]] = {name: set(found) for name, found in _AFTER_THE_WORDS.items()}
    words.setdefault("b_dmy", set()).update(lexicons.ordinals)
    words.setdefault("b_century", set()).update(lexicons.ordinals)
    words.setdefault("b_decade", set()).update(DECADE_WORDS)
    words["b_season"].update(lexicons.seasons)
    words["b_quarter"].update(lexicons.months)  # "the June quarter"
    words["b_day"].update(lexicons.parts_of_day)
    words["b_dur"].update(lexicons.numbers)
    words.setdefault("b_bareunit", set()).update(lexicons.units)
    words.setdefault("b_word", set()).update(_after_a_the(lexicons.time_words))
    words.setdefault("b_holiday", set()).update(_after_a_the(lexicons.holidays))
    table = _by_first_letters(words)
    table[""] = tuple(name for name in BRANCHES if name in _AFTER_THE_DIGIT)
    return table


#: The families of the "other" pattern (every family a word of letters may begin).
_OTHER_FAMILIES = tuple(
    name for name in BRANCHES if name not in ("b_iso", "b_dot", "b_slash", "b_mdy", "b_my")
)
#: The words each family of the "other" pattern may begin with, besides those of the
#: lexicons (:func:`_first_words`): those its pattern in :data:`FAMILIES` spells first
#: (``test_the_other_dispatch_matches_the_other_pattern`` holds them to it).
_FIRST_WORDS: dict[str, tuple[str, ...]] = {
    "b_dmy": ("the",),
    "b_quarter": ("the", "this", "last", "next", "fiscal", "calendar", "first", "second",
                  "third", "fourth", "final"),
    "b_qshort": ("q",),
    "b_decade": ("the",),
    "b_century": ("the",),
    "b_yearback": ("the", "last", "this", "next"),
    "b_relunit": ("the", "that", "this", "last", "next", "past", "coming", "current",
                  "previous", "following", "latest", "prior", "upcoming", "same"),
    "b_firstn": ("the", "first", "final", "initial", "opening", "closing"),
    "b_yearword": ("the", "last", "this", "next", "year", "comparable", "corresponding",
                   "same", "prior"),
    "b_every": ("every", "each"),
    "b_times": ("once", "twice", "thrice"),
    "b_clock": ("noon", "midnight", "midday"),
    "b_season": ("the", "this", "last", "next", "past", "coming"),
    "b_year": ("fiscal", "fy", "calendar", "the", "model"),
    "b_relmonth": ("this", "last", "next", "past", "coming"),
    "b_day": ("this", "the", "last", "next", "past", "coming", "today", "tonight",
              "yesterday", "tomorrow", "overnight"),
    "b_dur": ("the", "half"),
    "b_that": ("that",),
    "b_theunit": ("the",),
    "b_bareunit": ("the",),
}  # fmt: skip


def _first_words(lexicons: Lexicons) -> dict[str, tuple[str, ...]]:
    """The families of the "other" pattern by the first letters of the word they begin with.

    Each family's words are those its pattern spells first and those of the lexicon slots it
    may begin with (counts, units, ordinals, months, weekdays, seasons, parts of day, time
    words, holidays, frequency adverbs, spelled years, decade words).
    """
    words: dict[str, set[str]] = {name: set(found) for name, found in _FIRST_WORDS.items()}
    numbers, units = set(lexicons.numbers), set(lexicons.units)
    # The plurals too, which the word's letters hold whole: "on Fridays", "mornings".
    days = [*lexicons.weekdays, *lexicons.parts_of_day]
    days += [f"{word}s" for word in days]
    for name, phrases in (
        ("b_dmy", [*lexicons.weekdays, *lexicons.ordinals]),
        ("b_century", lexicons.ordinals),
        ("b_decade", DECADE_WORDS),
        ("b_ago", numbers | units),
        ("b_times", numbers),
        ("b_clock", numbers),
        ("b_dur", numbers),
        ("b_freqadv", lexicons.frequencies),
        ("b_holiday", lexicons.holidays),
        ("b_season", lexicons.seasons),
        ("b_year", SPELLED_YEARS),
        ("b_month", lexicons.months),
        ("b_day", days),
        ("b_word", lexicons.time_words),
        ("b_long", units),
        ("b_bareunit", units),
    ):
        words.setdefault(name, set()).update(phrases)
    return _by_first_letters(words)


def _word_classes(lexicons: Lexicons) -> dict[str, str]:
    """The start class of first words that begin few families (see :data:`START_CLASSES`)."""
    classes: dict[str, str] = {}
    for phrase in lexicons.time_words:
        classes.setdefault(_WORD_SPLIT.split(phrase)[0], "word")
    classes.update(dict.fromkeys(lexicons.parts_of_day, "part_of_day"))
    classes.update(dict.fromkeys(lexicons.seasons, "season"))
    for phrase in lexicons.holidays:
        classes.setdefault(_WORD_SPLIT.split(phrase)[0], "holiday")
    classes.update(dict.fromkeys(("every", "each", "per", "once", "twice", "thrice"), "set"))
    for word in lexicons.frequencies:
        classes.update(dict.fromkeys(_WORD_SPLIT.split(word), "set"))  # "semi-annually"
    classes.update(dict.fromkeys(lexicons.ordinals, "ordinal"))
    # Words that begin other families too stay in the general class.
    for word in ("the", "a", "an", "this", "last", "next", "past", "second", "first"):
        classes.pop(word, None)
    classes["first"] = "ordinal"
    return classes


def compile_rules(lexicons: Lexicons) -> Rules:
    """Fill the families' slots from ``lexicons`` and compile the master patterns."""
    slots = _slots(lexicons)
    flags = regex.VERBOSE | regex.IGNORECASE
    compiled = regex.compile(_master(BRANCHES, slots, True), flags)
    by_class = {
        name: regex.compile(_master(families, slots, False), flags)
        for name, families in START_CLASSES.items()
    }
    modifier_words = frozenset(
        _WORD_SPLIT.split(phrase)[0]
        for phrase, (_, applies) in lexicons.modifiers.items()
        if applies != "after"
    ) | {"the"}
    # The families that name a day: a clock time or a part of the day may be of one ("noon
    # Saturday", "midnight on New Year's Eve", "the night of Aug. 6").
    day_families = ("b_mdy", "b_dmy", "b_day", "b_iso", "b_dot", "b_slash", "b_holiday")
    day_body = "\n  | ".join(f"(?P<{name}>{_fill(FAMILIES[name], slots)})" for name in day_families)
    # The empty "pre" group keeps the readers' view of a match the same as for the master.
    day_after = regex.compile(rf"(?P<pre>(?!))?(?P<core>{day_body}){_AFTER}", flags)
    words = _trigger_words(lexicons)
    # A trigger word standing as a word of its own, or digits shaped like part of a date: a
    # bare number is left to the unit word after it ("5 years" is found at "years").
    months = trie(lexicons.months)
    # The zones a dotted clock time may stand before, as the lower-cased text has them.
    zones = "|".join(name.lower() for name in _ZONE_NAMES) + r"|local\s+time"
    trigger = rf"""
        \d(?:
            \d{{3}}(?!\d|,\d)                              # a year, "1990s", "1998-08-07"
          | \d?[./]\d\d?[./]\d\d                          # "01.10.2024", "3/4/24"
          | \d?:\d\d                                       # "9:30", "07:00 GMT"
          | \d?\.\d\d(?=\s*(?:[ap]\.?\s?m\b|h\b(?!\.)|hrs\b|hours\b|{zones}))  # "9.30 pm"
          | \d?\s?(?:[ap]\.?\s?m\b|o['’]clock|h\b|q\b)         # "5 p.m.", "9am", "3q"
          | \d?(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{months})\b  # "8 June", "8th of June"
          | \d?(?:st|nd|rd|th)(?={_DAY_ALONE_AFTER})          # "on the 12th."
          | \d(?<=\d{{4}}[-–]\d\d)(?!\d)                    # "98" of "1997-98"
        )
      | ['’]\d\d(?:s\b|\b)                                # "'87", "'80s"
      | fy(?=\d)                                         # "FY2024", "FY89"
      | (?:{trie(words)})\b
    """
    starters = _starters(lexicons, words)
    return Rules(
        lexicons=lexicons,
        master=compiled,
        by_class=by_class,
        modifier_words=modifier_words,
        modifiers_before=regex.compile(_MODIFIER_SLOT.format(slots["MODS_BEFORE"]), flags),
        word_classes=_word_classes(lexicons),
        day_after_time=day_after,
        # Each trigger starts after a character that is no letter or digit (the text is given a
        # space in front): a pattern that starts with a character class lets ``re`` skip
        # straight from one such character to the next instead of trying every position.
        trigger=re.compile(rf"(?x)[^a-z0-9_](?P<t>{trigger})"),
        trigger_any_case=regex.compile(
            rf"(?x)(?<![\p{{L}}\p{{N}}_])(?P<t>{trigger})", regex.IGNORECASE
        ),
        starters=starters,
        inner=starters | _inner_words(lexicons),
        tense_cues=compile_cues(lexicons.tense_cues),
        proper_words=_proper_words(lexicons),
        after_the=_after_the(lexicons),
        # What may follow "the" in a modifier: "the end of", and "the early 1980s" for every
        # modifier of one word (the modifiers' first words, a few more than those).
        the_modifier_words=frozenset(
            word
            for phrase in lexicons.modifiers
            if (word := _first_letters(phrase[4:] if phrase.startswith("the ") else phrase))
        ),
        single_families={
            name: regex.compile(_master((name,), slots, False), flags)
            for name in (*_OTHER_FAMILIES, *_THE_FAMILIES)
        },
        other_word=_first_words(lexicons),
        slots=slots,
        count_rate=_count_rate(lexicons),
    )


def _weekday_plurals(lexicons: Lexicons) -> set[str]:
    """The plurals of the full weekday names ("mondays"), which name sets of days."""
    return {f"{name}s" for name in lexicons.weekdays if name.endswith("day")}


def _proper_words(lexicons: Lexicons) -> frozenset[str]:
    """The words of names the lexicons hold: months, weekdays and the words of holidays."""
    words = set(lexicons.months) | set(lexicons.weekdays) | _weekday_plurals(lexicons)
    for phrase in lexicons.holidays:
        words.update(phrase.split())
    return frozenset(words)


# Words that start or hold expressions besides the lexicons' own.
_TRIGGER_WORDS = (
    "noon", "midnight", "midday", "tonight", "today", "yesterday", "tomorrow", "overnight",
    "clock", "half", "century", "period", "q1", "q2", "q3", "q4", "fy", "nineteen", "thousand",
)  # fmt: skip
_STARTER_WORDS = (
    "the", "this", "last", "next", "past", "coming", "current", "previous", "following",
    "latest", "prior", "upcoming", "same", "fiscal", "financial", "calendar", "model", "each",
    "every", "per", "once", "twice", "thrice", "first", "second", "third", "fourth", "final",
    "initial", "opening", "closing", "1st", "2nd", "3rd", "4th", "year", "recent", "fy", "mid",
    "early", "late", "earlier", "later", "comparable", "corresponding", "that",
)  # fmt: skip


def _trigger_words(lexicons: Lexicons) -> set[str]:
    """The words every expression holds one of (the trigger of :attr:`Rules.trigger`)."""
    words = set(_TRIGGER_WORDS) | set(DECADE_WORDS)
    for table in (lexicons.months, lexicons.weekdays, lexicons.units, lexicons.seasons,
                  lexicons.parts_of_day):  # fmt: skip
        words.update(table)
    for word in lexicons.frequencies:
        words.update(_WORD_SPLIT.split(word))  # "semi-annually" is found at "semi"
    words.update(_weekday_plurals(lexicons))  # "on Mondays": a set
    single = {phrase for phrase in lexicons.time_words if not _WORD_SPLIT.search(phrase)}
    words.update(single)
    for phrase in (*lexicons.time_words, *lexicons.holidays):
        # The last word of a phrase ("the future", "the time being") unless another of its
        # words triggers already ("right now", "as soon as possible": "now", "soon"); the
        # first of a holiday too ("Christmas Eve"), unless it is a common word ("New Year's
        # Day" has "day").
        parts = [part for part in _WORD_SPLIT.split(phrase) if part]
        if not words.intersection(parts):
            words.add(parts[-1])
        if phrase in lexicons.holidays and parts[0] not in ("new", "st", "good", "the"):
            words.add(parts[0])
    return {word for word in words if word and _PLAIN_WORD.fullmatch(word)}


# Words inside an expression that neither start one nor trigger it ("the end of", "or so").
_INNER_WORDS = (
    "of", "or", "to", "and", "than", "a", "an", "s", "st", "nd", "rd", "th", "more", "additional",
    "extra", "further", "straight", "consecutive", "full", "long", "trading", "business",
    "working", "successive", "whole", "entire", "short", "hard", "difficult", "busy", "least",
    "most", "end", "beginning", "start", "middle", "close", "turn", "dawn", "height", "other",
    "times", "year", "a.m", "p.m", "am", "pm", "m", "p", "o", "est", "gmt",
)  # fmt: skip


def _inner_words(lexicons: Lexicons) -> set[str]:
    """Words that may stand inside an expression before its trigger (see :func:`_candidates`)."""
    words = set(_INNER_WORDS)
    for phrase in (*lexicons.modifiers, *lexicons.numbers, *lexicons.ordinals,
                   *lexicons.time_words, *lexicons.holidays):  # fmt: skip
        words.update(part for part in _WORD_SPLIT.split(phrase) if part)
    return words


def _starters(lexicons: Lexicons, triggers: set[str]) -> frozenset[str]:
    """Words an expression may begin with: where the master pattern is tried."""
    words = set(triggers) | set(_STARTER_WORDS)
    modifiers = [p for p, (_, applies) in lexicons.modifiers.items() if applies != "after"]
    for phrase in (*modifiers, *lexicons.numbers, *lexicons.ordinals,
                   *lexicons.time_words, *lexicons.holidays):  # fmt: skip
        words.add(_WORD_SPLIT.split(phrase)[0])
    return frozenset(words)


def _compiled(*combined: tuple[object, ...]) -> Rules:
    """The rules compiled from one combination of the lexicons (in LEXICON_NAMES's order)."""
    return compile_rules(build(dict(zip(LEXICON_NAMES, combined, strict=True))))


# Compiled once per combination of the lexicons every plugin contributes.
_INDEX = IndexedLexicons(LEXICON_NAMES, _compiled)


def current() -> Rules:
    """The rules compiled from the lexicons of the plugin manager running the pipeline."""
    return _INDEX.current()
