"""Property tests of the dates plugin: random dates, random anchors, random text."""

from __future__ import annotations

import datetime as dt
import re

import regex
from hypothesis import given, settings
from hypothesis import strategies as st
from stoltlib_dates.anchor import (
    FUTURE,
    PAST,
    choose_year,
    compile_cues,
    nearest_year,
    occurrences,
    settled_year,
)
from stoltlib_dates.lexicons import _CASED_BELOW, case_classes, own, trie
from stoltlib_dates.numbers import SPELLED_YEAR_PATTERN, SPELLED_YEARS

import stoltlib
from stoltlib.testing.strategies import texts

MANAGER = stoltlib.get_plugin_manager(builtins_only=True, environ={}, disable={"outlet"})
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]  # fmt: skip
ABBREVIATIONS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.",
                 "Oct.", "Nov.", "Dec."]  # fmt: skip
FORMATS = {
    "mdy": lambda d: f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
    "abbr": lambda d: f"{ABBREVIATIONS[d.month - 1]} {d.day}, {d.year}",
    "dmy": lambda d: f"{d.day} {MONTHS[d.month - 1]} {d.year}",
    "ordinal": lambda d: f"the {d.day}th of {MONTHS[d.month - 1]} {d.year}",
    "iso": lambda d: d.isoformat(),
    "dotted": lambda d: f"{d.day:02d}.{d.month:02d}.{d.year}",
    "weekday": lambda d: f"{d.strftime('%A')}, {MONTHS[d.month - 1]} {d.day}, {d.year}",
}
SENTENCES = [
    "The ministers met on {} to discuss the budget.",
    "Officials said the plan, first drafted {}, was sound.",
    "{} was the day the treaty came into force, the agency reported.",
    "In a statement issued {}, the company confirmed the sale.",
]
dates = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2049, 12, 31))
anchors = st.dates(min_value=dt.date(1960, 1, 1), max_value=dt.date(2040, 12, 31))


def analyze(text: str, published: dt.date | None = None) -> stoltlib.Analysis:
    """The analysis of ``text`` by the built-in plugins but the outlet one."""
    return stoltlib.analyze(
        stoltlib.Document(id="p", text=text, published=published), plugins=MANAGER
    )


@settings(max_examples=80)
@given(date=dates, form=st.sampled_from(sorted(FORMATS)), sentence=st.sampled_from(SENTENCES))
def test_rendered_dates_are_found_with_their_value(date: dt.date, form: str, sentence: str) -> None:
    """A date written in any common format inside a sentence is found, whole, with its value."""
    rendered = FORMATS[form](date)
    text = sentence.format(rendered)
    found = [(t.text, t.value) for t in analyze(text, dt.date(2000, 1, 1)).times]
    assert (rendered, date.isoformat()) in found


@settings(max_examples=60)
@given(anchor=anchors, step=st.integers(1, 9))
def test_relative_expressions_resolve_consistently(anchor: dt.date, step: int) -> None:
    """Yesterday, tomorrow, days ago and last/next year agree with the anchor's arithmetic."""
    words = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    text = (
        f"It rained yesterday and will rain tomorrow. The dam broke {words[step - 1]} days ago. "
        "Prices rose last year and will fall next year."
    )
    values = {t.text: t.value for t in analyze(text, anchor).times}
    assert values["yesterday"] == (anchor - dt.timedelta(days=1)).isoformat()
    assert values["tomorrow"] == (anchor + dt.timedelta(days=1)).isoformat()
    assert values[f"{words[step - 1]} days ago"] == (anchor - dt.timedelta(days=step)).isoformat()
    assert values["last year"] == str(anchor.year - 1)
    assert values["next year"] == str(anchor.year + 1)


@settings(max_examples=60)
@given(anchor=anchors, weekday=st.sampled_from(["Monday", "Tuesday", "Wednesday", "Thursday",
                                                 "Friday", "Saturday", "Sunday"]))  # fmt: skip
def test_weekdays_resolve_within_a_week_of_the_anchor(anchor: dt.date, weekday: str) -> None:
    """A bare weekday names that weekday, in the week before (past) or after (future)."""
    past = analyze(f"The talks ended on {weekday}.", anchor).times[0]
    future = analyze(f"The talks will resume on {weekday}.", anchor).times[0]
    past_day, future_day = dt.date.fromisoformat(past.value), dt.date.fromisoformat(future.value)
    assert past_day.strftime("%A") == weekday == future_day.strftime("%A")
    assert 0 <= (anchor - past_day).days < 7 and 0 <= (future_day - anchor).days < 7


# Days of the year but February 29, which most years lack.
days_of_year = st.dates(min_value=dt.date(2001, 1, 1), max_value=dt.date(2001, 12, 31))
clauses = st.sampled_from(
    ["The vote was held on {}.", "The vote will be held on {}.", "The vote is on {}."]
)


@settings(max_examples=60)
@given(anchor=anchors, day=days_of_year, sentence=clauses)
def test_a_day_without_its_year_is_placed_near_the_anchor(
    anchor: dt.date, day: dt.date, sentence: str
) -> None:
    """A month and day named alone keep their month and day, within a year of the anchor."""
    rendered = f"{MONTHS[day.month - 1]} {day.day}"
    values = [t.value for t in analyze(sentence.format(rendered), anchor).times]
    assert len(values) == 1
    placed = dt.date.fromisoformat(values[0])
    assert (placed.month, placed.day) == (day.month, day.day)
    assert abs((placed - anchor).days) <= 366


@settings(max_examples=40)
@given(text=texts(), prefix=st.text(alphabet=" \n.,;abcxyz", max_size=12))
def test_spans_slice_back_and_move_with_a_prefix(text: str, prefix: str) -> None:
    """Spans slice back to their text; a neutral prefix shifts them and changes nothing else."""
    body = f"{text}\nThe vote was held on March 3, 2022 and again last week."
    plain = analyze(body, dt.date(2024, 10, 1)).times
    assert all(body[t.start : t.end] == t.text for t in plain)
    moved = analyze(f"{prefix}. {body}", dt.date(2024, 10, 1)).times
    shift = len(prefix) + 2
    tail = [(t.start, t.text, t.value) for t in plain if t.start >= len(text)]
    assert tail == [
        (t.start - shift, t.text, t.value) for t in moved if t.start - shift >= len(text)
    ]


@settings(max_examples=60)
@given(text=st.text(max_size=300), published=st.none() | anchors)
def test_arbitrary_text_never_raises_and_is_deterministic(
    text: str, published: dt.date | None
) -> None:
    """Any text gives valid expressions, the same on every run, and no errors."""
    first = analyze(text, published)
    second = analyze(text, published)
    assert not first.errors and first.times == second.times
    assert all(text[t.start : t.end] == t.text for t in first.times)


_YEAR_WORDS = ("nineteen", "two", "thousand", "and", "oh", "one", "six", "seven", "seventeen",
               "ten", "twenty", "ninety", "hundred")  # fmt: skip


@given(
    st.lists(st.sampled_from(_YEAR_WORDS), min_size=1, max_size=5),
    st.lists(st.sampled_from((" ", "-", "  ")), min_size=4, max_size=4),
    st.sampled_from(("", " years", "teen", "-", "s")),
)
def test_the_spelled_year_pattern_is_the_trie_of_the_spelled_years(
    words: list[str], separators: list[str], tail: str
) -> None:
    """The grammar-written pattern matches what a trie of the table's keys would, as long."""
    pairs = zip(separators[: len(words) - 1], words[1:], strict=True)
    text = words[0] + "".join(sep + word for sep, word in pairs) + tail
    written = regex.compile(f"(?:{SPELLED_YEAR_PATTERN})", regex.IGNORECASE).match(text)
    listed = regex.compile(f"(?:{trie(SPELLED_YEARS)})", regex.IGNORECASE).match(text)
    assert (written and written.span()) == (listed and listed.span())


def test_the_spelled_year_pattern_matches_every_spelled_year() -> None:
    pattern = regex.compile(f"(?:{SPELLED_YEAR_PATTERN})", regex.IGNORECASE)
    for spelled in SPELLED_YEARS:
        assert pattern.fullmatch(spelled), spelled
        assert pattern.fullmatch(spelled.upper().replace(" ", "\n")), spelled


@given(
    anchor=anchors,
    month=st.integers(1, 12),
    length=st.sampled_from([1, 7, 31, 92]),
    day=st.integers(1, 31),
    spread=st.sampled_from([1, 4]),
)
def test_a_settled_year_is_the_one_every_direction_gives(
    anchor: dt.date, month: int, day: int, length: int, spread: int
) -> None:
    """The year settled without the tense is the one each direction and reach would give."""

    def bounds(year: int) -> tuple[dt.date, dt.date] | None:
        """A day, week, month or quarter starting on ``month``/``day`` of ``year``."""
        try:
            first = dt.date(year, month, day)
        except ValueError:
            return None
        return first, first + dt.timedelta(days=length - 1)

    candidates = occurrences(anchor, bounds, spread)
    settled = settled_year(anchor, candidates, spread)
    if settled is None:
        return
    # The directions and reaches ReaderBase.year_for reads a year with.
    for direction, reach in [(PAST, 366 * spread), (PAST, 240), (FUTURE, 240), (None, 240)]:
        chosen = choose_year(anchor, candidates, direction, reach, spread)
        assert chosen == settled[0]
        assert chosen == nearest_year(anchor, bounds, direction, reach, spread)


# Letters whose case-blind matches in ``re`` go beyond their two ASCII cases: the dotted and
# dotless i, the Kelvin sign, the long s.
_RARE_CASES = {"i": "Ii\u0130\u0131", "k": "Kk\u212a", "s": "Ss\u017f"}


def test_a_letter_written_any_case_is_what_it_matches_ignoring_case() -> None:
    """The forms :func:`case_classes` gives a letter are every character it matches."""
    letters = "abcdefghijklmnopqrstuvwxyzéß"
    classes = case_classes(frozenset(letters + " '-"))
    every = "".join(map(chr, range(0x110000)))
    for letter in letters:
        assert sorted(re.findall(f"(?i:{re.escape(letter)})", every)) == sorted(
            classes.get(letter, letter)
        ), letter
    for letter, forms in _RARE_CASES.items():
        assert sorted(classes[letter]) == sorted(forms)
    assert " " not in classes and "'" not in classes


def test_no_character_has_a_case_above_where_case_classes_looks() -> None:
    """Above ``_CASED_BELOW`` a character matches only itself ignoring case: none is cased."""
    above = "".join(map(chr, range(_CASED_BELOW, 0x110000)))
    assert above.lower() == above == above.upper()
    below = "".join(map(chr, range(_CASED_BELOW)))
    assert max(map(ord, below.lower() + below.upper())) < _CASED_BELOW


# Cues at the edges the tense pattern reads around them, each with its own case: capitals,
# the rare case forms, a text's start, a hyphen, letters beyond ASCII before and after.
_CUE_EDGES = ["will", "WILL", "Will", "wİll", "wıll", "SAİD", "ſaid", "\u212aept", "He’ll", "HE'LL",
              "can't", "WON’T", "x-will", "-said", "éwill", "ßsaid", "saidé", "5said", "_said",
              "it's said", "Expected", "United", "’said", "naïve-expected", "will.",
              "’ll"]  # fmt: skip


# The tense cues' phrases ("will", "won't", "’ll", "said"), in one trie each way.
_CUE_PHRASES = sorted(own().tense_cues)
_ANY_CASE = re.compile(
    rf"(?<![^\W\d_])(?:{trie(_CUE_PHRASES, case_classes(''.join(_CUE_PHRASES)))})(?![^\W\d_])"
)
_IGNORING_CASE = re.compile(rf"(?<![^\W\d_])(?i:{trie(_CUE_PHRASES)})(?![^\W\d_])")


@settings(max_examples=300)
@given(
    st.lists(
        st.sampled_from([*_CUE_EDGES, *_CUE_PHRASES[:40], " ", "-", "’", "'", "é", "\n"]),
        max_size=8,
    ),
    st.integers(0, 40),
)
def test_the_tense_cues_any_case_are_the_cues_ignoring_case(pieces: list[str], at: int) -> None:
    """A trie written any case (the tense cues') finds what the trie finds ignoring case."""
    assert _ANY_CASE.pattern != _IGNORING_CASE.pattern
    text = "".join(pieces)
    at = min(at, len(text))
    found = [m.span() for m in _ANY_CASE.finditer(text, at)]
    assert found == [m.span() for m in _IGNORING_CASE.finditer(text, at)]
    assert (m := _ANY_CASE.match(text, at)) is None or m.span() == _IGNORING_CASE.match(
        text, at
    ).span()


def test_the_tense_cues_match_in_rare_case_forms() -> None:
    """A cue in capitals or with a dotted capital I is one, as ignoring case it was."""
    cues = compile_cues(own().tense_cues)
    for text in ("WİLL", "He WILL", "ſaid", "SAİD", "HE’LL"):
        assert cues.pattern.search(text), text
