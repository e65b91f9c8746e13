"""Readers of durations and sets.

"five years", "a five-year plan", "the first nine months", "for years", "every year", "twice a
week", "annually"; a rate ("$27 a year") is none.
"""

from __future__ import annotations

import bisect
from fractions import Fraction

import regex

from stoltlib.text import logical_lines
from stoltlib_dates import normalize as nz
from stoltlib_dates.anchor import PAST
from stoltlib_dates.guards import preceding_word, word_after
from stoltlib_dates.lexicons import key
from stoltlib_dates.numbers import parse_number
from stoltlib_dates.patterns import groups_of
from stoltlib_dates.reader import CLAUSE_WORDS, OF_AFTER, POD_NOUNS, Found, ReaderBase

__all__ = ["SpanReaders"]

# The words of b_firstn that name a span's end rather than its start.
_CLOSING = frozenset({"final", "closing"})

# Words before a duration with an article that make "a year" a rate ("$27 a year").
_RATE_BEFORE = regex.compile(
    r"""
    (?: \d                                               # "$27 a year", "20,000 a month"
      | \b(?:million|billion|trillion|dollars?|cents?|euros?|pounds?   # money
           |mln|bln|dlrs?|stg|yen|yuan|marks|francs|lire               # as wire copy writes it
           |hours?|times|days?                                        # "20 hours a week"
           |percent|pct|miles?|kilometers?|kilometres?|barrels?|tons?|tonnes?  # measures
           |people)                                                   # "33,000 people a year"
      | %                                                 # "5% a year"
    )\W{0,2}\Z
    """,
    regex.IGNORECASE | regex.VERBOSE,
)
# A signal of sequence right after a span that follows a count: "from 80 mln dlrs a year
# before" is a time, not a rate.
_SEQUENCE_AFTER = regex.compile(
    r"""
    \s+(?:before                                         # "52 units a year before"
        |after                                           # "40 units a year after"
    )\b
    """,
    regex.IGNORECASE | regex.VERBOSE,
)
# How far back a rate's count may begin, and how far before it a verb of giving is looked for.
_COUNT_REACH = 40
_GIVING_REACH = 60
# The words right before a count, up to four, in one clause (letters and spaces only): where a
# verb of giving is looked for.
_WORDS_BEFORE_COUNT = regex.compile(
    r"""
    (?:(?<![\p{L}'’])(?P<word>[\p{L}'’]+)\s+){1,4}\Z      # "gave the", "granted all of its"
    """,
    regex.VERBOSE,
)
# What a duration given as a double object takes after it ("a year to comply", "a week of
# paid leave"): "to" and a verb (a lower-case word that is no determiner: "a week to the
# capital", "a week to Lisbon" are a rate's destination), or "of".
_DOUBLE_OBJECT_TAIL = regex.compile(
    r"""
    \s+(?:
        to\s+(?!(?:the|a|an|his|her|its|their|our|my|your|this|that)\b)\p{Ll}  # "to comply"
      | of\s                                                                # "of paid leave"
    )
    """,
    regex.VERBOSE,
)
# Words in "-s" that are no plural nouns: auxiliaries ("two of them was a year") and
# determiners ("one of his a year").
_NOT_PLURAL = frozenset({"is", "was", "has", "does", "this", "his", "its"})
# An indefinite article right before an adjective of duration: "a three-year period" (a
# possessive stays out, as a determiner does: "its one-year term").
_ARTICLE_BEFORE = regex.compile(r"(?i)(?<![\p{L}])an?\s+\Z")
# A year and a dash right before a number: the number ends a range of years ("1997-98").
_YEAR_DASH_BEFORE = regex.compile(r"(?<![\p{N}])(?:1\d\d\d|20\d\d)[-–]\Z")
# Nouns after "N-month-old" that make it an age: "a six-month-old baby" (not "truce").
_YOUNG = frozenset(
    {"baby", "babies", "infant", "infants", "girl", "girls", "boy", "boys", "son", "sons",
     "daughter", "daughters", "child", "children", "toddler", "toddlers", "newborn", "twins"}
)  # fmt: skip
# Subject pronouns before "one day" ("the hope he one day follow"); a subject and a modal
# after it ("one day he would return"); where a sentence opens ("One day, he will be king").
_SUBJECT_PRONOUNS = frozenset({"i", "you", "he", "she", "we", "they"})
_SUBJECT_THEN_MODAL = regex.compile(
    r",?\s+(?:i|you|he|she|we|they)\s+(?:will|would|could|might|may|can|shall|should)\b",
    regex.IGNORECASE,
)
# Searched backwards ((?r)): it ends where the expression starts, and a forward search from the
# text's start tried every character before it, once per expression.
_SENTENCE_OPENS = regex.compile(r"(?r)(?:\A|[.!?][\"”’)]*\s+|\n\s*)[\"“‘(]?\Z")
# Modal verbs after which "one day" is some day to come ("will one day be").
_MODALS = frozenset({"will", "would", "could", "might", "may", "can", "shall", "should", "must"})
# Verbs and prepositions after which a bare plural unit ("years") is a duration.
_BARE_UNIT_BEFORE = frozenset(
    {"for", "in", "over", "within", "after", "take", "takes", "took", "taking", "spent", "spend",
     "lasted", "lasting", "last", "lasts", "wait", "waited", "those", "these", "many", "few",
     "several", "some", "recent"}
)  # fmt: skip


# A determiner right before a frequency word, which makes it a noun ("the daily", "a weekly").
_DETERMINER_BEFORE = regex.compile(r"(?i)(?:\b(?:the|a|an)|['’]s)\s+\Z")
# A larger unit that a span is counted in each of: "four days a week", "two hours a day" (not
# "a week ago", a point).
_PER_UNIT = regex.compile(
    r"\s+(?:a|an|per|each|every)\s+(?P<unit>\p{L}+)\b(?!\s+(?:ago|earlier|later|before|after)\b)",
    regex.IGNORECASE,
)
# The units from shortest to longest, by the codes the lexicon gives them.
_UNIT_RANK = {"S": 1, "MIN": 2, "H": 3, "D": 4, "WE": 5, "W": 6, "FN": 7, "M": 8, "Q": 9, "Y": 10}
# "of" after a plural unit that it is a span of ("months of talks"), not "years of age".
_OF_NOT_AGE = regex.compile(r"\s+of\s+(?!age\b)", regex.IGNORECASE)
# The word before "years of", "decades of" that opens the phrase, so that the unit is its head
# and no adjective or compound stands before it ("the waning days of", "kilowatt-hours of",
# "three-quarters of"): a preposition, or a verb in "-ed" ("after years of talks", "upended
# decades of orthodoxy"; not one in "-ing", mostly an adjective: "the seven selling days of").
_SPAN_OF_BEFORE = regex.compile(
    r"(?r)(?<![\p{L}\p{N}'’-])(?:after|by|with|from|following|amid|despite|through|on|follows"
    r"|[a-z]+ed)\s+\Z"
)
# The units a span of what follows is counted in: not hours ("hours of all persons"), nor
# quarters ("the third and fourth quarters of 1987").
_SPAN_OF_UNITS = frozenset({"D", "W", "M", "Y", "DE"})


def _line_start(text: str, at: int) -> int:
    """Where the logical line holding offset ``at`` begins (a wrapped paragraph is one line)."""
    found = logical_lines(text)
    index = bisect.bisect_right(found, at, key=lambda line: line.start) - 1
    return found[index].start if index >= 0 else 0


class SpanReaders(ReaderBase):
    """The readers of spans of time and of times that recur."""

    def b_firstn(self, m: regex.Match[str]) -> Found | None:
        """The start of a span ("the first nine months")."""
        g = groups_of(m.re)
        unit_word = key(m[g["unit"]])
        unit = self.lex.units[unit_word]
        try:
            amount = parse_number(m[g["num"]], self.lex) if m[g["num"]] else None
        except ValueError:
            return None
        if m[g["num"]] is None and not unit_word.endswith("s"):
            closing = key(m[g["first"]]) in _CLOSING
            if unit == "W" and (week := self.week_of_month(m.end(g["core"]), closing)):
                # "the first week of March": the week, with its month, one expression.
                return Found(m.start(g["core"]), week[0], "DATE", week[1])
            return None  # "the first day" of something: an ordinal, not a span
        return Found(m.start(g["core"]), m.end(g["core"]), "DURATION", nz.duration(amount, unit))

    def b_every(self, m: regex.Match[str]) -> Found | None:
        """A set ("every year", "each Thursday", "every other week")."""
        g = groups_of(m.re)
        start, end = m.start(g["core"]), m.end(g["core"])
        if m[g["wd"]] is not None:
            return Found(start, end, "SET", f"XXXX-WXX-{self.lex.weekdays[key(m['wd'])]}")
        if m[g["mon"]] is not None:
            return Found(start, end, "SET", f"XXXX-{self.month_number(m['mon']):02d}")
        if m[g["season"]] is not None:
            return Found(start, end, "SET", f"XXXX-{self.lex.seasons[key(m['season'])]}")
        if m[g["pod"]] is not None:
            if m[g["num"]] is not None:
                return None  # "every two mornings" is no phrase news writes
            if word_after(self.text, end).casefold() in POD_NOUNS:
                return None  # "every morning session": an adjective before its noun
            # "every morning", "each night": that part of every day, as "each Thursday" is
            # that day of every week.
            return Found(start, end, "SET", f"XXXX-XX-XXT{self.lex.parts_of_day[key(m['pod'])]}")
        unit = self.lex.units[key(m[g["unit"]])]
        if unit == "WE" and m[g["num"]] is None:
            # "every weekend": each week's weekend, as "each Thursday" is each week's Thursday
            # (a weekend is no unit a span counts in).
            return Found(start, end, "SET", "XXXX-WXX-WE")
        if m[g["num"]] is not None and key(m[g["num"]]) == "other":
            amount: Fraction | None = Fraction(2)
        else:
            try:
                amount = self.amount(m[g["num"]])
            except ValueError:
                return None
        return Found(start, end, "SET", nz.duration(amount or Fraction(1), unit))

    def b_times(self, m: regex.Match[str]) -> Found | None:
        """A frequency ("twice a week")."""
        g = groups_of(m.re)
        unit = self.lex.units[key(m[g["unit"]])]
        return Found(m.start(g["core"]), m.end(g["core"]), "SET", nz.duration(Fraction(1), unit))

    def b_freqadv(self, m: regex.Match[str]) -> Found | None:
        """A frequency adverb ("annually"), unless it is an adjective before its noun."""
        g = groups_of(m.re)
        after = word_after(self.text, m.end(g["core"]))
        if after[:1].islower() and after not in CLAUSE_WORDS:
            return None  # "its quarterly dividend": an adjective before a noun, not a set
        if after[:1].isupper() and m[g["adv"]][:1].isupper() and not after.isupper():
            return None  # "the “Daily Show” host": a title, capitalised word by word
        if not after[:1].islower() and _DETERMINER_BEFORE.search(
            self.text, max(0, m.start(g["core"]) - 12), m.start(g["core"])
        ):
            return None  # "the emirate's daily Al-Qabas", "the weekly": a noun, a newspaper
        return Found(
            m.start(g["core"]), m.end(g["core"]), "SET", self.lex.frequencies[key(m[g["adv"]])]
        )

    def b_dur(self, m: regex.Match[str]) -> Found | None:
        """A duration ("five years", "a five-year", "half an hour"); no rate ("$27 a year")."""
        g = groups_of(m.re)
        start, end = m.start(g["core"]), m.end(g["core"])
        unit_word = key(m[g["unit"]])
        unit = self.lex.units[unit_word]
        number_word = key(m[g["num"]] or "")
        if m[g["half"]] is not None:
            return Found(start, end, "DURATION", nz.duration(Fraction(1, 2), unit))
        if m[g["frac"]] is not None:
            if unit_word != self.singular(unit_word) or unit == "Q":
                return None  # "a quarter of the years", "a quarter quarter": no such span
            part = Fraction(1, 4) if key(m[g["frac"]]) == "quarter" else Fraction(1, 2)
            return Found(start, end, "DURATION", nz.duration(part, unit))
        if m[g["long"]] is not None and number_word in ("a", "an"):
            # "a week-long visit", "a months-long search": the compound adjective is the
            # extent, as "five-year" is in "a five-year plan"; the article is the noun's.
            return self.long_compound(m.start(g["unit"]), end, unit_word)
        if m[g["age"]] is not None or (
            m[g["old"]] is not None
            and (unit in ("Y", "DE", "CE") or word_after(self.text, end).casefold() in _YOUNG)
        ):
            # "Mr. Reupke, 52 years old", "a 59-year-old from Ohio", "a 136-year-old bank": an
            # age, which TimeBank leaves out ("an 8-month-old truce" says how long it has held).
            return None
        if _YEAR_DASH_BEFORE.search(self.text, max(0, start - 5), start):
            return None  # "the 1997-98 fiscal year": the end of a range of years, no count
        if number_word in ("a", "an") and self.text[start - 1 : start] == "-":
            return None  # "an 8.0-billion-dlr-a-year industry": a rate glued into an adjective
        try:
            amount = parse_number(m[g["num"]], self.lex)
        except ValueError:
            return None
        if unit == "S" and number_word in ("a", "an", "one"):
            return None  # "a second time", "one second thought"
        if unit_word == "day" and number_word in ("one", "some"):
            indefinite = self.indefinite_day(start, end)
            if indefinite is not None:
                return Found(start, end, "DATE", indefinite)
        if unit == "Q" and (
            number_word in ("a", "an", "one", "three")
            or (number_word in ("two", "four") and OF_AFTER.match(self.text, end))
        ):
            # "a quarter of the vote", "three quarters of them"; not "several quarters of
            # losses", a span.
            return None
        # "a five-year plan", "the two day rally": a count and a singular unit make an adjective.
        adjective = "-" in self.text[m.end(g["num"]) : m.start(g["unit"])] or (
            amount is not None and amount > 1 and unit_word == self.singular(unit_word)
        )
        if adjective and m[g["head"]] is not None:
            # "a three-year period", "its one-year term": the noun is a time span itself, so
            # the whole phrase is the expression, with an indefinite article.
            article = _ARTICLE_BEFORE.search(self.text, max(0, start - 8), start)
            start = article.start() if article and m[g["the"]] is None else start
        elif adjective:
            if m[g["the"]] is not None:
                start = m.start(g["num"])  # "the eight-year plan": the adjective is the extent
            end = m.start(g["head"]) if m[g["head"]] is not None else end
        elif m[g["head"]] is not None:
            end = m.start(g["head"])  # "five years term" is no English: the count alone
        if (m[g["andhalf"]] or m[g["halfnum"]]) is not None and amount is not None:
            amount += Fraction(1, 2)
        per = _PER_UNIT.match(self.text, end) if not adjective and amount is not None else None
        if per is not None:
            larger = self.lex.units.get(key(per["unit"]))
            if larger is not None and _UNIT_RANK.get(larger, 0) > _UNIT_RANK.get(unit, 99):
                # "four days a week", "two hours a day": a span in each of a larger unit, a set
                # of that unit (TimeML: SET P1W, the span its frequency).
                return Found(start, per.end(), "SET", nz.duration(Fraction(1), larger))
        if number_word in ("a", "an", "one") and m[g["the"]] is None:
            before = self.text[max(0, start - 30) : start]
            rate_word = _RATE_BEFORE.search(before) and not _SEQUENCE_AFTER.match(self.text, end)
            if rate_word or self.counted_rate(start, end):
                # "$27 a year", "358,000 a month": a rate, a unit of measure, no time (TimeML
                # leaves out rates and speeds; TimeBank marks one in five).
                return None
        return Found(start, end, "DURATION", nz.duration(amount, unit))

    def indefinite_day(self, start: int, end: int) -> str | None:
        """The reference "one day" or "some day" at ``start..end`` makes, when it is no span.

        After a modal or its subject ("Islam will one day be", "the hope he one day follow")
        it is some day to come; opening its sentence before a comma ("One day, he will be
        king", "One day, he walked in") the day its clause's tense points to.
        """
        before = preceding_word(self.text, start)
        if before in _MODALS or before in _SUBJECT_PRONOUNS:
            return "FUTURE_REF"
        if _SUBJECT_THEN_MODAL.match(self.text, end):
            return "FUTURE_REF"  # "said one day he would return": the modal after is its own
        opens = self.text.startswith(",", end) and _SENTENCE_OPENS.search(self.text, 0, start)
        if opens or word_after(self.text, end).casefold() in _SUBJECT_PRONOUNS:
            # "One day, he walked in", "said one day he would return": an adverb of its clause.
            direction = self.direction(start, end)
            if direction is not None:
                # A future seen from the past ("One day, she was to be queen") looks ahead.
                return "PAST_REF" if direction == PAST else "FUTURE_REF"
        return None

    def counted_rate(self, start: int, end: int) -> bool:
        """Whether a count of anything stands right before the span at ``start..end``.

        "four flights a week", "700 seats a week", "a thousand CDs a year": a rate, whose
        count and plural noun (up to two words after the count) are read in one logical line
        (:func:`stoltlib.text.logical_lines`: a wrapped paragraph is one, a headline over a
        paragraph is not) and one clause (no comma: "six months, one year and two years" is a
        list of spans). It is none before a signal of sequence ("52 units a year before"), in a
        double object (a verb of giving before the count, and after the span what a duration
        given takes: "gave the two countries a year to comply", "a week of paid leave"), or
        when the "plural" agrees with a count of one ("one takes a week": a verb).
        """
        text = self.text
        floor = max(0, start - _COUNT_REACH - _GIVING_REACH)
        if "\n" in text[floor:start] or "\r" in text[floor:start]:
            floor = max(floor, _line_start(text, start))
        rate = self.rules.count_rate.search(text, max(floor, start - _COUNT_REACH), start)
        if rate is None or _SEQUENCE_AFTER.match(text, end):
            return False
        if key(rate["noun"]) in _NOT_PLURAL:
            return False
        if not rate["between"]:
            try:
                if parse_number(rate["count"], self.lex) == 1:
                    return False  # "one takes a week": a verb agreeing with its subject
            except ValueError:
                pass
        if _DOUBLE_OBJECT_TAIL.match(text, end) is None:
            return True  # "offers 20 flights a week to Lisbon", "gives 300 shots a day."
        count = rate.start()
        words = _WORDS_BEFORE_COUNT.search(text, max(floor, count - _GIVING_REACH), count)
        if words is None:
            return True
        # A double object: a verb of giving before the count's recipients ("gave the two
        # countries a year to comply", "granted three defendants a month to appeal").
        return not any(key(word) in self.lex.giving_verbs for word in words.captures("word"))

    def b_long(self, m: regex.Match[str]) -> Found | None:
        """A unit's "-long" compound ("week-long", "decades-long"): the span it qualifies."""
        g = groups_of(m.re)
        return self.long_compound(m.start(g["core"]), m.end(g["core"]), key(m[g["unit"]]))

    def long_compound(self, start: int, end: int, unit_word: str) -> Found:
        """The span a "-long" compound of ``unit_word`` qualifies, at ``start..end``.

        One unit for a singular ("week-long": P1W), an unknown count for a plural
        ("months-long": PXM, as TimeML writes a plural unit without a number).
        """
        amount = Fraction(1) if unit_word == self.singular(unit_word) else None
        return Found(start, end, "DURATION", nz.duration(amount, self.lex.units[unit_word]))

    def span_of_what_follows(self, start: int, end: int, unit: str) -> bool:
        """Whether a plural unit alone is the span of what follows ("after years of talks")."""
        return (
            unit in _SPAN_OF_UNITS
            and _OF_NOT_AGE.match(self.text, end) is not None
            and _SPAN_OF_BEFORE.search(self.text, max(0, start - 24), start) is not None
        )

    def b_bareunit(self, m: regex.Match[str]) -> Found | None:
        """A plural unit standing alone as a duration ("for years")."""
        g = groups_of(m.re)
        start, end = m.start(g["core"]), m.end(g["core"])
        unit = self.lex.units[key(m[g["unit"]])]
        before = preceding_word(self.text, start)
        if unit == "WE" and m[g["the"]] is None and m[g["pre"]] is None and before in ("on", "at"):
            # "closed on weekends": every weekend, as "on Sundays" is every Sunday.
            return Found(start, end, "SET", "XXXX-WXX-WE")
        if word_after(self.text, end).casefold() in ("old", "older", "younger"):
            return None  # "a few years older than my son": an age, no time
        if (
            m[g["the"]] is None
            and m[g["pre"]] is None
            and before not in _BARE_UNIT_BEFORE
            and not self.span_of_what_follows(start, end, unit)
        ):
            # Alone, a plural unit is a span only after a word that takes one ("for years"),
            # or before what it is a span of ("after years of talks", "decades of war").
            return None
        if unit == "H" and m[g["pre"]] is not None and (day := self.day_of(end)) is not None:
            # "the early hours of Thursday": the night that opens that day, a time of it.
            return Found(start, day.end, "TIME", day.value + "TNI")
        if m[g["the"]] is not None and before not in ("over", "for", "in", "through", "throughout"):
            return None
        return Found(start, end, "DURATION", nz.duration(None, unit))
