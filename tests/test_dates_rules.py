"""Unit tests of the dates plugin, one group per family of rules."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import regex
from stoltlib_dates import lexicons, normalize, patterns
from stoltlib_dates.anchor import FUTURE, PAST, compile_cues, nearest_year, tense, weekday_near

import stoltlib

MANAGER = stoltlib.get_plugin_manager(builtins_only=True, environ={})


# A lead sentence without any time in it: a one-line text holding a date would be read by the
# outlet plugin as a date line (boilerplate), which the dates plugin rightly leaves alone.
LEAD = "The council met in the town hall and talked about the roads and the bridge.\n\n"
TRAIL = " Everyone in the hall agreed that the roads and the bridge needed repairs."


def times(
    text: str, published: str | None = "1998-08-07"
) -> list[tuple[str, str, str, str | None]]:
    """(text, type, value, mod) of every time expression the built-in plugins find."""
    document = stoltlib.Document(id="t", text=LEAD + text + TRAIL, published=published)
    analysis = stoltlib.analyze(document, plugins=MANAGER)
    return [(t.text, t.type, t.value, t.mod) for t in analysis.times]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It opened on Feb. 26, 1998.", ("Feb. 26, 1998", "DATE", "1998-02-26", None)),
        ("It opened on 26 February 1998.", ("26 February 1998", "DATE", "1998-02-26", None)),
        (
            "It opened on the 26th of February 1998.",
            ("the 26th of February 1998", "DATE", "1998-02-26", None),
        ),
        ("It opened on 1998-02-26.", ("1998-02-26", "DATE", "1998-02-26", None)),
        # Wire copy spells a day as a count before its year; without a year it is no day.
        ("It runs to September one, 1989.", ("September one, 1989", "DATE", "1989-09-01", None)),
        (
            "It ran from March twenty-one 1988.",
            ("March twenty-one 1988", "DATE", "1988-03-21", None),
        ),
        ("In May two companies merged.", ("May", "DATE", "1998-05", None)),
        ("It opened on 01.10.2024 in town.", ("01.10.2024", "DATE", "2024-10-01", None)),
        ("It opened on 10/01/2024 in town.", ("10/01/2024", "DATE", "2024-10-01", None)),
        ("It opened in February 2020.", ("February 2020", "DATE", "2020-02", None)),
        ("It opened in 1987.", ("1987", "DATE", "1987", None)),
        ("It was a hit in '87.", ("'87", "DATE", "1987", None)),
        ("It was big in the 1990s.", ("the 1990s", "DATE", "199", None)),
        ("It was big in the '80s.", ("the '80s", "DATE", "198", None)),
        ("It was big in the 20th century.", ("the 20th century", "DATE", "19", None)),
        (
            "Profit rose in the third quarter of 1997.",
            ("the third quarter of 1997", "DATE", "1997-Q3", None),
        ),
        (
            "Sales fell in the second half of 1997.",
            ("the second half of 1997", "DATE", "1997-H2", None),
        ),
        ("It opens in the summer of 2022.", ("the summer of 2022", "DATE", "2022-SU", None)),
        ("It was founded in fiscal 1989.", ("fiscal 1989", "DATE", "1989", None)),
        ("It was founded in FY2024.", ("FY2024", "DATE", "2024", None)),
        ("It was founded in FY89.", ("FY89", "DATE", "1989", None)),
        ("It was founded in nineteen ninety-six.", ("nineteen ninety-six", "DATE", "1996", None)),
    ],
)
def test_absolute_dates(text: str, expected: tuple[str, str, str, str | None]) -> None:
    """Full and partial dates in common news spellings get their TimeML value."""
    assert expected in times(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He left yesterday.", ("yesterday", "DATE", "1998-08-06", None)),
        ("He leaves tomorrow.", ("tomorrow", "DATE", "1998-08-08", None)),
        ("He left last week.", ("last week", "DATE", "1998-W31", None)),
        ("He leaves next year.", ("next year", "DATE", "1999", None)),
        ("Sales rose last month.", ("last month", "DATE", "1998-07", None)),
        ("It happened a year ago.", ("a year ago", "DATE", "1997", None)),
        ("It happened three days ago.", ("three days ago", "DATE", "1998-08-04", None)),
        ("He said so last Friday.", ("last Friday", "DATE", "1998-07-31", None)),
        ("It will list early next year.", ("early next year", "DATE", "1999", "START")),
        ("It fell earlier this month.", ("earlier this month", "DATE", "1998-08", "START")),
        ("He spoke this morning.", ("this morning", "TIME", "1998-08-07TMO", None)),
        ("He spoke last night.", ("last night", "TIME", "1998-08-06TNI", None)),
        ("It closed at the end of 1994.", ("the end of 1994", "DATE", "1994", "END")),
        ("It peaked in the mid-1990s.", ("the mid-1990s", "DATE", "199", "MID")),
    ],
)
def test_relative_dates_resolve_against_the_anchor(
    text: str, expected: tuple[str, str, str, str | None]
) -> None:
    """Relative expressions resolve against the document creation time (a Friday here)."""
    assert expected in times(text)


def test_weekday_follows_the_tense_of_its_clause() -> None:
    """A bare weekday points back in a past clause and forward in a future one."""
    assert ("Monday", "DATE", "1998-08-03", None) in times("The talks ended on Monday.")
    assert ("Monday", "DATE", "1998-08-10", None) in times("The talks will resume on Monday.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A deadline signal points ahead whatever the clause's tense.
        ("The board said the dividend is payable Feb. 2.", ("Feb. 2", "DATE", "1999-02-02", None)),
        # A time "since" is gone.
        ("Prices have risen since December.", ("December", "DATE", "1997-12", None)),
        # ... however far back: a signal is surer than a tense, which stops at its reach.
        ("Prices have risen since September.", ("September", "DATE", "1997-09", None)),
        ("In the year ended Sept. 30, sales rose.", ("Sept. 30", "DATE", "1997-09-30", None)),
        # A listed past form after a relative pronoun is a verb: "one that said" is past.
        (
            "The site ran stories, one in December that said the plan would fail.",
            ("December", "DATE", "1997-12", None),
        ),
        # "might", "likely to" and "must" look ahead as "will" does, nearer than "said".
        ("Voters are likely to punish them in May.", ("May", "DATE", "1999-05", None)),
        (
            "He said the party must back her in December to win.",
            ("December", "DATE", "1998-12", None),
        ),
        # A contracted "will" is a future cue as the word is ("they’ll", "they'll").
        ("They’ll vote on the plan in February.", ("February", "DATE", "1999-02", None)),
        ("They'll vote on the plan in February.", ("February", "DATE", "1999-02", None)),
        # "can" and "let's" look ahead ("a candidate who can win in November"); "can't"
        # states a habit or a rule, and the nearest occurrence stands.
        ("Only she can win the vote in February.", ("February", "DATE", "1999-02", None)),
        ("Let's win the vote in February.", ("February", "DATE", "1999-02", None)),
        ("You can't hurt us in February.", ("February", "DATE", "1998-02", None)),
        # A future cue reaches a year ahead: the June of next year, not the one just gone.
        ("She will command a mission in June.", ("June", "DATE", "1999-06", None)),
        # "had been due to": a future seen from the past.
        ("The offer had been due to expire Monday.", ("Monday", "DATE", "1998-08-03", None)),
        # "the reduced dividend" is an adjective, not a past verb: "will" decides.
        ("It will pay the reduced dividend on Monday.", ("Monday", "DATE", "1998-08-10", None)),
        # A deadline after a pluperfect is already past.
        ("They had filed reports by Wednesday.", ("Wednesday", "DATE", "1998-08-05", None)),
        # The dot of "p.m." ends no clause: "left" is the clause's tense.
        (
            "The plane left at 11:45 p.m. EST Saturday.",
            ("11:45 p.m. EST Saturday", "TIME", "1998-08-01T23:45", None),
        ),
        # A report on a quarter is about the one just ended, not the next one.
        (
            "It expects to report a second-quarter loss.",
            ("second-quarter", "DATE", "1998-Q2", None),
        ),
    ],
)
def test_direction_of_a_date_without_its_year(
    text: str, expected: tuple[str, str, str, str | None]
) -> None:
    """Signals, future-in-the-past, participles and reports decide which occurrence is meant."""
    assert expected in times(text)


def test_a_story_told_of_earlier_years_keeps_its_year() -> None:
    """A past clause that the anchor alone would place ahead takes the story's latest year."""
    # Anchored on 1998-08-07, the November before lies beyond the tense's reach.
    text = "The dispute began in early 1996. On November 26, the union called a strike."
    assert ("November 26", "DATE", "1996-11-26", None) in times(text)
    # Without years written out nearby the nearest November 26 is meant.
    assert ("November 26", "DATE", "1998-11-26", None) in times("On November 26, they struck.")


def test_a_future_cue_reaches_ten_months() -> None:
    """A future cue places a month up to ten months ahead, not eleven: then the nearest wins."""
    found = times("Candidates must file their February reports.", published="1998-03-20")
    assert found == [("February", "DATE", "1998-02", None)]
    found = times("She will command a mission in December.", published="1998-03-20")
    assert found == [("December", "DATE", "1998-12", None)]


@pytest.mark.parametrize(
    "text",
    [
        "The lease was due to expire in April.",
        "The merger was expected to close in April.",
        "The ferry was scheduled to resume service in April.",
        "The new tariff was set to take effect in April.",
        "The two firms were expected to sign the contract in April.",
    ],
)
def test_a_future_seen_from_the_past_takes_the_nearest_month(text: str) -> None:
    """'was due to expire in April', said in March, is the April ahead: the nearest one."""
    assert times(text, published="2023-03-09") == [("April", "DATE", "2023-04", None)]


def test_a_future_seen_from_the_past_still_reaches_back_to_the_nearest_month() -> None:
    """'was expected to close in February', said in March, is the February just gone."""
    found = times("The merger was expected to close in February.", published="2023-03-09")
    assert found == [("February", "DATE", "2023-02", None)]


def test_a_pluperfect_plan_is_no_past_of_its_month() -> None:
    """'had planned to open in April', said in March, is the nearest April, the one ahead."""
    found = times("The club had planned to open its stadium in April.", published="2023-03-09")
    assert found == [("April", "DATE", "2023-04", None)]


def test_a_future_seen_from_the_past_bounds_no_past_state() -> None:
    """'was expected to stay shut until Monday', said on a Friday, is the nearest Monday."""
    found = times("The mill was expected to stay closed until Monday.")
    assert found == [("Monday", "DATE", "1998-08-10", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The festival was held on Jan. 9.", "2022-01-09"),
        ("He died Jan. 9 in his sleep.", "2022-01-09"),
        ("The agency said on Jan. 9 that it would appeal.", "2022-01-09"),
        # A future clause takes the day ahead, the nearest one.
        ("The festival will be held on Jan. 9.", "2023-01-09"),
        # A past form after a common noun is mostly a participle: a record date, the nearest.
        ("Owners of shares held on Jan. 9 get a vote.", "2023-01-09"),
    ],
)
def test_a_past_verb_right_before_its_day_reaches_a_year_back(text: str, expected: str) -> None:
    """'was held on Jan. 9', said on Dec. 28, is the Jan. 9 gone, not the one a fortnight on."""
    assert times(text, published="2022-12-28") == [("Jan. 9", "DATE", expected, None)]


def test_month_without_year_takes_the_nearest_year() -> None:
    """A month named alone is placed in the year that puts it nearest the anchor."""
    assert ("December", "DATE", "1998-12", None) in times("The vote is set for December.")
    assert ("January", "DATE", "1998-01", None) in times("The vote was held in January.")


def test_a_past_verb_right_before_its_month_reaches_a_year_back() -> None:
    """'took office in February' said in December is the February gone, not the one ahead."""
    found = times("Carter took office in February.", published="2015-12-16")
    assert found == [("February", "DATE", "2015-02", None)]
    found = times("It was revealed in March that she used it.", published="2015-12-16")
    assert found == [("March", "DATE", "2015-03", None)]
    found = times("It was a process that began in March.", published="2015-12-16")
    assert found == [("March", "DATE", "2015-03", None)]
    # A past form after a common noun is mostly a participle: the nearest occurrence stands.
    found = times("Holders of shares held on March 23 get a right.", published="1987-03-03")
    assert found == [("March 23", "DATE", "1987-03-23", None)]
    found = times("Most of the ads reserved in December are attacks.", published="2015-11-27")
    assert found == [("December", "DATE", "2015-12", None)]
    # An "-ed" form one word before the preposition is an adjective.
    found = times("It is paid on a still unspecified date in January.", published="1989-10-26")
    assert found == [("January", "DATE", "1990-01", None)]


def test_a_past_verb_further_before_its_month_reaches_a_year_back() -> None:
    """'The firm moved its office to a new town in December', said in October, is gone."""
    found = times(
        "The firm moved its main office to a new town in December.", published="1989-10-27"
    )
    assert found == [("December", "DATE", "1988-12", None)]
    found = times("The club first played two friendly games in March.", published="2016-01-12")
    assert found == [("March", "DATE", "2015-03", None)]
    # A reporting verb dates its report, an infinitive or a future cue may point ahead, and
    # another clause or stretch between them holds its own time: the nearest as before.
    found = times("The firm said its new office opens in December.", published="1989-10-27")
    assert found == [("December", "DATE", "1989-12", None)]
    found = times("The firm agreed to buy the small plant in December.", published="1989-10-27")
    assert found == [("December", "DATE", "1989-12", None)]
    found = times("It will be paid at a date not yet decided in January.", published="1989-10-27")
    assert found == [("January", "DATE", "1990-01", None)]
    found = times(
        "The team trained hard, and it plays the final in December.", published="1989-10-27"
    )
    assert found == [("December", "DATE", "1989-12", None)]
    found = times(
        "She kept on touring through the last of the shows in December.", published="1989-10-27"
    )
    assert found == [("December", "DATE", "1989-12", None)]


def test_a_fronted_month_before_a_past_verb_reaches_a_year_back() -> None:
    """'In January, the firm brought in ...', said in October, is the January gone."""
    found = times("In January, the company brought in a new chief.", published="1989-10-27")
    assert found == [("January", "DATE", "1989-01", None)]
    # Not fronted, or fronted before a future verb: the nearest occurrence as before.
    found = times("In January, the company will name a new chief.", published="1989-10-27")
    assert found == [("January", "DATE", "1990-01", None)]
    found = times("The company said the chief in January was new.", published="1989-10-27")
    assert found == [("January", "DATE", "1990-01", None)]


def test_a_month_named_for_an_event_without_tense_points_ahead() -> None:
    """'the November election' with no tense cue is the coming one, not the nearest one."""
    found = times("Both parties look to the November election.", published="2016-04-12")
    assert found == [("November", "DATE", "2016-11", None)]
    found = times("Both parties look to the Nov. 8 election.", published="2016-04-12")
    assert found == [("Nov. 8", "DATE", "2016-11-08", None)]
    found = times("Voters are eligible in November's general election.", published="2016-03-01")
    assert found == [("November", "DATE", "2016-11", None)]
    # A past tense still decides; a preposition ends the phrase before the noun.
    found = times("Both parties looked to the November election.", published="2016-04-12")
    assert found == [("November", "DATE", "2015-11", None)]
    found = times("Prices get closer to November in election years.", published="2016-04-12")
    assert found == [("November", "DATE", "2015-11", None)]
    # A weekday keeps the nearest day: "Monday night's caucus" is as often the one just held.
    found = times("Cruz, the victor in Monday's Iowa caucus, is here.", published="2016-02-03")
    assert found == [("Monday", "DATE", "2016-02-01", None)]


def test_without_an_anchor_unknown_parts_stay_unknown() -> None:
    """With no creation time, values keep their unknown parts rather than guessing."""
    found = times("On Monday, June 8, he said talks resume next week.", published=None)
    assert ("Monday, June 8", "DATE", "XXXX-06-08", None) in found
    assert ("next week", "DATE", "XXXX-WXX", None) in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It took ten years.", ("ten years", "DURATION", "P10Y", None)),
        ("A five-year plan.", ("five-year", "DURATION", "P5Y", None)),
        ("It took 2 1/2 years.", ("2 1/2 years", "DURATION", "P2Y6M", None)),
        ("He served 3-1/2 years.", ("3-1/2 years", "DURATION", "P3Y6M", None)),
        (
            "It took more than four hours.",
            ("more than four hours", "DURATION", "PT4H", "MORE_THAN"),
        ),
        (
            "It took at least 20 more years.",
            ("at least 20 more years", "DURATION", "P20Y", "EQUAL_OR_MORE"),
        ),
        ("It took about a decade.", ("about a decade", "DURATION", "P10Y", "APPROX")),
        (
            "Prices rose in the past three months.",
            ("the past three months", "DURATION", "P3M", None),
        ),
        ("It took several years.", ("several years", "DURATION", "PXY", None)),
        ("It lasted half an hour.", ("half an hour", "DURATION", "PT30M", None)),
        ("It lasted a minute and a half.", ("a minute and a half", "DURATION", "PT1M30S", None)),
    ],
)
def test_durations(text: str, expected: tuple[str, str, str, str | None]) -> None:
    """Durations get P/PT values and the modifier their wording gives."""
    assert expected in times(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They meet every year.", ("every year", "SET", "P1Y", None)),
        ("They meet each Thursday.", ("each Thursday", "SET", "XXXX-WXX-4", None)),
        ("They meet twice a week.", ("twice a week", "SET", "P1W", None)),
        ("They meet every weekend.", ("every weekend", "SET", "XXXX-WXX-WE", None)),
        ("The shop is closed on weekends.", ("weekends", "SET", "XXXX-WXX-WE", None)),
        # Weekends spent are a span of them, how many unsaid.
        ("He spent weekends fishing.", ("weekends", "DURATION", "PXWE", None)),
        # A span in each of a larger unit: a set of that unit (TimeML's freq is the span).
        ("Controllers work four days a week.", ("four days a week", "SET", "P1W", None)),
        ("He sleeps eight hours a day.", ("eight hours a day", "SET", "P1D", None)),
        ("The report is published annually.", ("annually", "SET", "P1Y", None)),
    ],
)
def test_sets(text: str, expected: tuple[str, str, str, str | None]) -> None:
    """Recurring times are SETs."""
    assert expected in times(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ceremony begins at 9 am local time (07:00 GMT).",
            ("9 am local time", "TIME", "1998-08-07T09:00", None),
        ),
        (
            "The deadline is 5 p.m. EST Nov. 9.",
            ("5 p.m. EST Nov. 9", "TIME", "1998-11-09T17:00", None),
        ),
        ("They will meet at noon Saturday.", ("noon Saturday", "TIME", "1998-08-08T12:00", None)),
        ("It ends at around 7:15 p.m.", ("around 7:15 p.m.", "TIME", "1998-08-07T19:15", "APPROX")),
        # Military time before a zone; a zone's time in brackets after the local one.
        ("The blast came at 1430 GMT.", ("1430 GMT", "TIME", "1998-08-07T14:30", None)),
        ("It began at 10:30 a.m. (0730 GMT).", ("0730 GMT", "TIME", "1998-08-07T07:30", None)),
        # A time right after its day is a time of that day.
        ("He will speak Tuesday at 10 a.m.", ("10 a.m.", "TIME", "1998-08-11T10:00", None)),
        (
            "He spoke on Aug. 3, at about 9 p.m., in Paris.",
            ("about 9 p.m.", "TIME", "1998-08-03T21:00", "APPROX"),
        ),
    ],
)
def test_clock_times(text: str, expected: tuple[str, str, str, str | None]) -> None:
    """Clock times with zones, joined to the day they name."""
    assert expected in times(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The talks opened at 10:30 a.m. (0730 GMT) on Friday in Geneva.",
            [
                ("10:30 a.m.", "TIME", "1998-08-07T10:30", None),
                ("0730 GMT", "TIME", "1998-08-07T07:30", None),
                ("Friday", "DATE", "1998-08-07", None),
            ],
        ),
        (
            "The truce took effect at midnight (2200 GMT) Sunday.",
            [
                ("midnight", "TIME", "1998-08-02T24:00", None),
                ("2200 GMT", "TIME", "1998-08-02T22:00", None),
                ("Sunday", "DATE", "1998-08-02", None),
            ],
        ),
        (
            "The vote closed at 8 p.m. on Tuesday.",
            [("8 p.m.", "TIME", "1998-08-04T20:00", None), ("Tuesday", "DATE", "1998-08-04", None)],
        ),
        (
            "The vote closed at 8 p.m. Tuesday.",
            [("8 p.m. Tuesday", "TIME", "1998-08-04T20:00", None)],
        ),
        # A range of times: its first is of the day named after its end, or of the day before
        # when it runs over midnight.
        (
            "Polls were open from 7 a.m. to 8 p.m. Tuesday.",
            [
                ("7 a.m.", "TIME", "1998-08-04T07:00", None),
                ("8 p.m. Tuesday", "TIME", "1998-08-04T20:00", None),
            ],
        ),
        (
            "The curfew ran from 10 p.m. to 6 a.m. Tuesday.",
            [
                ("10 p.m.", "TIME", "1998-08-03T22:00", None),
                ("6 a.m. Tuesday", "TIME", "1998-08-04T06:00", None),
            ],
        ),
        # The zone's clock past midnight is of the next day, or before it, of the day before.
        (
            "The vote closed at 8 p.m. (0000 GMT) Tuesday.",
            [
                ("8 p.m.", "TIME", "1998-08-04T20:00", None),
                ("0000 GMT", "TIME", "1998-08-05T00:00", None),
                ("Tuesday", "DATE", "1998-08-04", None),
            ],
        ),
        (
            "The quake struck at 7:15 a.m. (2315 GMT) Tuesday.",
            [
                ("7:15 a.m.", "TIME", "1998-08-04T07:15", None),
                ("2315 GMT", "TIME", "1998-08-03T23:15", None),
                ("Tuesday", "DATE", "1998-08-04", None),
            ],
        ),
    ],
)
def test_clock_time_apart_from_a_bracket_or_on(
    text: str, expected: list[tuple[str, str, str, str | None]]
) -> None:
    """A bracketed zone time and a day after 'on' are expressions of their own (TimeML)."""
    assert times(text) == expected


def test_the_decade_and_the_century_need_a_modifier() -> None:
    """ "the end of the decade" is the anchor's decade at its end; "the century" alone is none."""
    assert times("Sales will double by the end of the decade.") == [
        ("the end of the decade", "DATE", "199", "END")
    ]
    assert times("It was the crime of the century.") == []


def test_part_of_a_day_named_after_it() -> None:
    """ "the night of Aug. 6", "the weekend of March 7": of that day, not of the anchor's."""
    assert times("He died on the night of Aug. 6 in Paris.") == [
        ("the night of Aug. 6", "TIME", "1998-08-06TNI", None)
    ]
    assert times("They met over the weekend of March 7-8.") == [
        ("the weekend of March 7", "DATE", "1998-W10-WE", None)
    ]


def test_part_of_day_before_its_noun_is_no_time() -> None:
    """ "the evening session", "the morning news": the part of the day is an adjective."""
    assert times("He spoke in the evening session and watched the morning news.") == []
    assert times("He left in the morning.") == [("the morning", "TIME", "1998-08-07TMO", None)]


def test_a_time_word_in_capitals_after_capitals_is_a_name() -> None:
    """ "USA TODAY" in running text names a paper; "TODAY" alone in a capital line is a time."""
    assert times("In a USA TODAY/Suffolk University poll, voters spoke.") == []
    assert ("TODAY", "DATE", "1998-08-07", None) in times("The vote is TODAY, he said.")


def test_a_weekday_before_its_noun_after_the_is_still_a_day() -> None:
    """'the Sunday vote' and 'the Sunday January 5 vote' name the day, unlike 'The Sunday Times'."""
    assert times("The Sunday vote was close.") == [("Sunday", "DATE", "1998-08-02", None)]
    assert times("The Sunday January 5 vote was close.") == [
        ("Sunday January 5", "DATE", "1997-01-05", None)
    ]


def test_a_decade_in_two_digits_is_one_gone_by() -> None:
    """ "the '60s" written in 2016 is the 1960s, though 2060 lies nearer; "the '20s" is ahead."""
    assert times("Not seen since the '60s.", published="2016-06-29") == [
        ("the '60s", "DATE", "196", None)
    ]
    assert times("By the '20s it will change.", published="2016-06-29") == [
        ("the '20s", "DATE", "202", None)
    ]


def test_half_of_a_month_is_no_half_year() -> None:
    """ "the second half of July" is a part of July, not the second half of a year."""
    # One expression, the month with its last half as the mod (as "the last half of the '80s").
    assert times("The conventions are in the second half of July.") == [
        ("the second half of July", "DATE", "1998-07", "END")
    ]


def test_a_quote_mark_before_a_count_is_no_year() -> None:
    """ "the film ‘13 Hours’": the mark opens a quotation (a title), so there is no year '13."""
    assert times("They saw the film ‘13 Hours’ twice.") == []
    assert times("The film was about ‘13 hours’ of fighting.") == [
        ("13 hours", "DURATION", "PT13H", None)
    ]


def test_four_digits_before_a_short_zone_are_a_year() -> None:
    """ "ET" and "PT" are words too: "a 2001 PT Cruiser" names a model year, not 20:01."""
    assert times("She bought a 2001 PT Cruiser.") == [("2001", "DATE", "2001", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prices are high now.", ("now", "DATE", "PRESENT_REF", None)),
        ("Prices rose recently.", ("recently", "DATE", "PAST_REF", None)),
        ("Prices will rise in the future.", ("the future", "DATE", "FUTURE_REF", None)),
        (
            "Prices will rise in the coming months.",
            ("the coming months", "DATE", "FUTURE_REF", None),
        ),
        ("The world of tomorrow.", ("tomorrow", "DATE", "FUTURE_REF", None)),
        ("Islam will one day be the second faith.", ("one day", "DATE", "FUTURE_REF", None)),
        ("In those days the mills ran.", ("those days", "DATE", "PAST_REF", None)),
    ],
)
def test_references(text: str, expected: tuple[str, str, str, str | None]) -> None:
    """Vague references are PRESENT_REF, PAST_REF and FUTURE_REF."""
    assert expected in times(text)


@pytest.mark.xfail(
    strict=True,
    reason="'those days' pointing back at days just named is read as the past (PAST_REF): "
    "telling it apart needs the list of days it refers to, not any day named nearby",
)
def test_those_days_after_days_named_point_back_at_them() -> None:
    """ "those days" right after a list of days names those days, not the past."""
    text = "Strikes are planned for March 5 and March 6; on those days no ferries will sail."
    assert [found for found in times(text) if "days" in found[0]] == []


@pytest.mark.parametrize(
    "text",
    [
        "Those days are over, the mayor said.",
        "The mayor spoke on Tuesday. Those days are over, she said.",
        "Looking back on those days, the mayor smiled.",
    ],
)
def test_those_days_of_the_past(text: str) -> None:
    """ "those days" is the past (PAST_REF), a day named before it or not."""
    assert ("those days", "DATE", "PAST_REF") in [
        (found[0].lower(), found[1], found[2]) for found in times(text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It grew over the past year.", ("the past year", "DATE", "1997", None)),
        ("It will grow over the next decade.", ("the next decade", "DURATION", "P10Y", None)),
        ("For the year, volume was flat.", ("the year", "DATE", "1998", None)),
        ("It earned $5 in the year ended March 31.", ("the year", "DURATION", "P1Y", None)),
        ("It was sold this past spring.", ("this past spring", "DATE", "1998-SP", None)),
        ("It was sold this past week.", ("this past week", "DATE", "1998-W31", None)),
        (
            "In the second quarter last year it earned $5.",
            ("the second quarter last year", "DATE", "1997-Q2", None),
        ),
        ("It was sold this past weekend.", ("this past weekend", "DATE", "1998-W31-WE", None)),
        (
            "It was founded in the year two thousand.",
            ("the year two thousand", "DATE", "2000", None),
        ),
        ("It rose from a year-earlier loss.", ("year-earlier", "DATE", "1997", None)),
        (
            "It lost money in the year-ago third quarter.",
            ("the year-ago third quarter", "DATE", "1997-Q3", None),
        ),
        (
            "Shares fell on Monday from the previous Friday.",
            ("the previous Friday", "DATE", "1998-07-31", None),
        ),
        (
            "Prices have fallen for at least the past 18 months.",
            ("at least the past 18 months", "DURATION", "P18M", "EQUAL_OR_MORE"),
        ),
        ("Investors fret about recent declines.", ("recent", "DATE", "PAST_REF", None)),
        ("The IRA's 8-month-old truce held.", ("8-month-old", "DURATION", "P8M", None)),
        (
            "Secrets were kept for more than two thousand years.",
            ("more than two thousand years", "DURATION", "P2000Y", "MORE_THAN"),
        ),
    ],
)
def test_timeml_extents_and_values(text: str, expected: tuple[str, str, str, str | None]) -> None:
    """TimeBank's conventions for relative units, report periods, ages and modifiers."""
    assert expected in times(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A unit glued to a word by a hyphen is a compound: "the same year" is not its own time.
        (
            "Output rose from the same year-ago period.",
            ("the same year-ago period", "DATE", "1997", None),
        ),
        ("It was below last year-end levels.", ("last year-end", "DATE", "1997", "END")),
        # "-long" compounds are adjectives of a span, as "five-year" is: the article stays out.
        ("He is on a week-long visit.", ("week-long", "DURATION", "P1W", None)),
        # "the week of" a day is that day's week, as "the weekend of March 7-8" is.
        ("Markets shut the week of March 8.", ("the week of March 8", "DATE", "1998-W10", None)),
        ("The month-long strike ended.", ("month-long", "DURATION", "P1M", None)),
        ("A two-week-long strike ended.", ("two-week-long", "DURATION", "P2W", None)),
        ("Their decades-long feud ended.", ("decades-long", "DURATION", "PXDE", None)),
        # After "a" a plural unit still has no count: "a weeks-long strike" is no one week.
        ("It was a weeks-long strike.", ("weeks-long", "DURATION", "PXW", None)),
        ("The strike was weeks-long.", ("weeks-long", "DURATION", "PXW", None)),
        # An ordinal day spelled out, and a day with a relative year, are one date each.
        (
            "He met them on the fourth of March.",
            ("the fourth of March", "DATE", "1998-03-04", None),
        ),
        (
            "The law takes effect on Jan. 1 next year.",
            ("Jan. 1 next year", "DATE", "1999-01-01", None),
        ),
        (
            "It opened on the 8th of June last year.",
            ("the 8th of June last year", "DATE", "1997-06-08", None),
        ),
    ],
)
def test_compounds_and_days_with_their_year(
    text: str, expected: tuple[str, str, str, str | None]
) -> None:
    """Hyphenated compounds keep their whole extent; a day and its relative year are one date."""
    assert expected in times(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He died within weeks or months of it.", ("weeks or months", "DURATION", "PXW", None)),
        (
            "Funds in recent weeks and months sold bonds.",
            ("recent weeks and months", "DURATION", "PXW", None),
        ),
        ("They will agree in a day or two.", ("a day or two", "DURATION", "P1D", None)),
        (
            "Profit came after several quarters of losses.",
            ("several quarters", "DURATION", "PXQ", None),
        ),
    ],
)
def test_coordinated_units_are_one_expression(
    text: str, expected: tuple[str, str, str, str | None]
) -> None:
    """Units joined by "or"/"and" and "a day or two" are one phrase, as TimeBank marks them."""
    assert expected in times(text)


def test_counted_units_joined_stay_apart() -> None:
    """Two counted spans stay two expressions; a fraction of a quarter is no time."""
    assert times("It took two weeks and three months.") == [
        ("two weeks", "DURATION", "P2W", None),
        ("three months", "DURATION", "P3M", None),
    ]
    assert times("He won three quarters of the vote.") == []


def test_months_in_brackets_after_a_date_are_of_its_year() -> None:
    """Months given in brackets after a dated expression are of its year; a dash joins months."""
    found = times("In 1997 (January to June) the index fell, and it rose in the first quarter.")
    assert ("January", "DATE", "1997-01", None) in found
    assert ("June", "DATE", "1997-06", None) in found
    found = times("Sales rose in the first half of 1996 (January-March was flat).")
    assert ("January", "DATE", "1996-01", None) in found
    assert ("March", "DATE", "1996-03", None) in found
    # Once the bracket is closed, a month is placed as a bare month is.
    assert ("May", "DATE", "1998-05", None) in times("In 1997 (see the chart), and in May it rose.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The trial is expected to last several weeks.",
            ("several weeks", "DURATION", "PXW", None),
        ),
        ("The talks will last three days.", ("three days", "DURATION", "P3D", None)),
        ("It didn't last two days.", ("two days", "DURATION", "P2D", None)),
        ("Output fell due to last week's quake.", ("last week", "DATE", "1998-W31", None)),
    ],
)
def test_last_as_a_verb_is_no_relative_word(
    text: str, expected: tuple[str, str, str, str | None]
) -> None:
    """After "to", a modal or "not", "last" before a count is the verb: the span is read alone."""
    assert times(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three days later, shares fell.", ("Three days", "DURATION", "P3D", None)),
        ("A day earlier, trucks streamed north.", ("A day earlier", "DURATION", "P1D", None)),
        ("Sales rose from a year earlier.", ("a year earlier", "DATE", "1997", None)),
        ("The firm was failing just months ago.", ("months ago", "DATE", "PAST_REF", None)),
        (
            "Earnings were overstated over a three-year period.",
            ("a three-year period", "DURATION", "P3Y", None),
        ),
        ("Crowds came for the two day rally.", ("two day", "DURATION", "P2D", None)),
        ("Imports rose in 1988; that year exports fell.", ("that year", "DATE", "1988", None)),
        (
            "He was promoted in May 1995, and the following year he left.",
            ("the following year", "DATE", "1996", None),
        ),
        (
            "He left in March. The following month he returned.",
            ("The following month", "DATE", "1998-04", None),
        ),
        (
            "It will sell the unit as soon as possible.",
            ("as soon as possible", "DATE", "FUTURE_REF", None),
        ),
        ("It will borrow the money at a later date.", ("a later date", "DATE", "FUTURE_REF", None)),
        (
            "Sales will grow over the next couple of years.",
            ("the next couple of years", "DURATION", "P2Y", None),
        ),
        (
            "It earned $8 in the fiscal second-quarter.",
            ("fiscal second-quarter", "DATE", "1998-Q2", None),
        ),
    ],
)
def test_distances_spans_and_anaphora(
    text: str, expected: tuple[str, str, str, str | None]
) -> None:
    """Narrative distances are durations; spans take their head noun; "that year" looks back."""
    assert expected in times(text)


def test_that_year_needs_a_year_named_before() -> None:
    """ "that year" with no year named before is no time: there is nothing to refer to."""
    assert times("He said that year was hard.") == []


def test_a_month_of_that_year_is_of_the_year_named_last() -> None:
    """'October of that year' is one expression, in the year written out before it."""
    found = times("Jobless rates rose in January 2009 and peaked in October of that year.")
    assert found[-1] == ("October of that year", "DATE", "2009-10", None)
    # Months listed before "of that year" are of that year too.
    found = times("One ships in April 1989, the others in May, June and September of that year.")
    assert found == [
        ("April 1989", "DATE", "1989-04", None),
        ("May", "DATE", "1989-05", None),
        ("June", "DATE", "1989-06", None),
        ("September of that year", "DATE", "1989-09", None),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Both ends of a range of years are years ("1997-98": the second in the first's century).
        (
            "It grew in the 1996-2000 period.",
            [("1996", "DATE", "1996", None), ("2000", "DATE", "2000", None)],
        ),
        (
            "It lost money in the 1997-98 fiscal year.",
            [("1997", "DATE", "1997", None), ("98", "DATE", "1998", None)],
        ),
        (
            "The 1999-00 season was long.",
            [("1999", "DATE", "1999", None), ("00", "DATE", "2000", None)],
        ),
        # The first month of a range is of the last month's year.
        (
            "Exports rose from January to June this year.",
            [("January", "DATE", "1998-01", None), ("June this year", "DATE", "1998-06", None)],
        ),
        (
            "Exports rose between November and February 1998.",
            [("November", "DATE", "1997-11", None), ("February 1998", "DATE", "1998-02", None)],
        ),
        # "and" joins a range only after "between": a list of months places each alone.
        (
            "The polls, taken in November and February, differ.",
            [("November", "DATE", "1998-11", None), ("February", "DATE", "1998-02", None)],
        ),
        # A range of weekdays runs forward: "Thursday through Monday" said on a Friday.
        (
            "The poll, conducted Thursday through Monday, has a margin of error.",
            [("Thursday", "DATE", "1998-07-30", None), ("Monday", "DATE", "1998-08-03", None)],
        ),
        (
            "He will stay from Monday to Friday.",
            [("Monday", "DATE", "1998-08-10", None), ("Friday", "DATE", "1998-08-14", None)],
        ),
        # A range of days: each end is a date of the month and of the year after the range
        # (TimeML tags each end); a count after "and" is no day.
        (
            "The talks ran on March 15-17, 1996 in Rome.",
            [("March 15", "DATE", "1996-03-15", None), ("17", "DATE", "1996-03-17", None)],
        ),
        (
            "The talks were held on Aug. 4 and 5 in Vienna.",
            [("Aug. 4", "DATE", "1998-08-04", None), ("5", "DATE", "1998-08-05", None)],
        ),
        (
            "Talks run from Aug. 17 to 19.",
            [("Aug. 17", "DATE", "1998-08-17", None), ("19", "DATE", "1998-08-19", None)],
        ),
        ("On Aug. 4 and 8 people were hurt.", [("Aug. 4", "DATE", "1998-08-04", None)]),
    ],
)
def test_ranges(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    """Ranges of years, months and days: each end that is a time is read as one."""
    assert times(text) == expected


def test_season_before_its_noun_takes_the_nouns_year() -> None:
    """ "the spring offensive of 1918": the season is of the year its noun is, without "the"."""
    assert times("It began with the spring offensive of 1918.") == [
        ("spring", "DATE", "1918-SP", None),
        ("1918", "DATE", "1918", None),
    ]
    assert ("the summer", "DATE", "1998-SU", None) in times("He left in the summer.")


def test_that_day_is_the_day_named_last() -> None:
    """ "that day", "that night", "that week" and "later in the day" are the story's day."""
    found = times(
        "The rebels crossed the river on Tuesday. That night the town fell, and the army "
        "withdrew later in the day. That week, 300 people fled. He left that day."
    )
    assert found == [
        ("Tuesday", "DATE", "1998-08-04", None),
        ("That night", "TIME", "1998-08-04TNI", None),
        ("later in the day", "DATE", "1998-08-04", "END"),
        ("That week", "DATE", "1998-W32", None),
        ("that day", "DATE", "1998-08-04", None),
    ]
    # With no day named before, "that day" refers to nothing; "the day" is no time at all.
    assert times("He said that day would come. The team carried the day.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He served two years and three months in prison.",
            [("two years and three months", "DURATION", "P2Y3M", None)],
        ),
        (
            "The flight took one hour and 40 minutes.",
            [("one hour and 40 minutes", "DURATION", "PT1H40M", None)],
        ),
        # Parts out of order, or of no known count, stay apart.
        (
            "He waited three months and two years.",
            [("three months", "DURATION", "P3M", None), ("two years", "DURATION", "P2Y", None)],
        ),
        (
            "He spent two years and several months there.",
            [("two years", "DURATION", "P2Y", None), ("several months", "DURATION", "PXM", None)],
        ),
    ],
)
def test_a_compound_duration_is_one_expression(
    text: str, expected: list[tuple[str, str, str, str | None]]
) -> None:
    """'two years and three months' is one duration of one value (P2Y3M), as TimeML tags it."""
    assert times(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The past is never dead.", ("The past", "DATE", "PAST_REF", None)),
        ("The future looks bright.", ("The future", "DATE", "FUTURE_REF", None)),
        ("Brazil has in the past rejected offers.", ("the past", "DATE", "PAST_REF", None)),
        ("In the near term prices will rise.", ("the near term", "DATE", "FUTURE_REF", None)),
    ],
)
def test_a_reference_noun_before_its_verb_or_after_a_preposition_is_a_time(
    text: str, expected: tuple[str, str, str, str | None]
) -> None:
    """'the past is', 'in the past rejected': the noun, not the adjective of 'the past week'."""
    assert times(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One day, he will be king.", ("One day", "DATE", "FUTURE_REF", None)),
        ("He said one day he would return.", ("one day", "DATE", "FUTURE_REF", None)),
        ("They hope he one day follows them.", ("one day", "DATE", "FUTURE_REF", None)),
        ("Some day he will be king.", ("Some day", "DATE", "FUTURE_REF", None)),
        ("Someday, he will be king.", ("Someday", "DATE", "FUTURE_REF", None)),
        ("One day, he walked into the bank.", ("One day", "DATE", "PAST_REF", None)),
        # A span stays one.
        ("The strike lasted one day.", ("one day", "DURATION", "P1D", None)),
    ],
)
def test_one_day_as_an_adverb_is_an_indefinite_day(
    text: str, expected: tuple[str, str, str, str | None]
) -> None:
    """'One day, he will be king' is some day to come (FUTURE_REF), no span of a day."""
    assert times(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It lasted a quarter century.", ("a quarter century", "DURATION", "P25Y", None)),
        ("It lasted a quarter of a century.", ("a quarter of a century", "DURATION", "P25Y", None)),
        ("It lasted a half-hour.", ("a half-hour", "DURATION", "PT30M", None)),
        ("It lasted a half century.", ("a half century", "DURATION", "P50Y", None)),
    ],
)
def test_a_fraction_of_a_unit_is_a_span(
    text: str, expected: tuple[str, str, str, str | None]
) -> None:
    """'a quarter century' is 25 years, 'a half-hour' 30 minutes (they were missed or cut)."""
    assert times(text) == [expected]


def test_this_before_a_distance_ago_is_the_object() -> None:
    """'you said this 30 years ago': the time is '30 years ago', not a span 'this 30 years'."""
    assert times("You said this 30 years ago.", published="2016-03-10") == [
        ("30 years ago", "DATE", "1986", None)
    ]


def test_the_full_year_takes_the_year_named_after_it() -> None:
    """'the full year 1986' is one expression of 1986; 'the whole year last year' is last year."""
    assert times("It lost $68 million for the full year 1986.", published="1987-03-02") == [
        ("the full year 1986", "DATE", "1986", None)
    ]
    assert times("For the whole year last year, we struggled.", published="2016-08-09") == [
        ("the whole year", "DATE", "2015", None),
        ("last year", "DATE", "2015", None),
    ]


def test_a_time_of_a_holiday_is_of_its_day() -> None:
    """'midnight on New Year's Eve' and 'the night of Christmas' are times of the holiday's day."""
    assert times("Computers may fail at midnight on New Year's Eve.", published="1999-12-30") == [
        ("midnight", "TIME", "1999-12-31T24:00", None),
        ("New Year's Eve", "DATE", "1999-12-31", None),
    ]
    assert times("The night of Christmas was cold.", published="1999-12-30") == [
        ("The night of Christmas", "TIME", "1999-12-25TNI", None)
    ]


def test_the_early_hours_of_a_day_are_a_time_of_it() -> None:
    """'the early hours of Thursday' (a known miss once) and 'the early morning hours of' a day."""
    assert times("Talks ran into the early hours of Thursday.", published="2016-06-17") == [
        ("the early hours of Thursday", "TIME", "2016-06-16TNI", None)
    ]
    assert times("The ship sank in the early morning hours of Tuesday.") == [
        ("the early morning hours of Tuesday", "TIME", "1998-08-04TMO", "START")
    ]
    assert times("He worked long hours of overtime.") == []


def test_a_span_before_a_point_in_the_past_is_no_set() -> None:
    """'four days a week ago' is a span and a week gone, not four days each week."""
    assert times("He left four days a week ago.") == [
        ("four days", "DURATION", "P4D", None),
        ("a week ago", "DATE", "1998-W31", None),
    ]


def test_the_next_morning_is_of_the_day_after_the_storys() -> None:
    """'the next morning', 'the previous night': a part of the day after or before the story's."""
    found = times(
        "The rebels crossed the river on Tuesday. The next morning the town fell; the previous "
        "night, its mayor had fled. The next morning session was cancelled."
    )
    assert found == [
        ("Tuesday", "DATE", "1998-08-04", None),
        ("The next morning", "TIME", "1998-08-05TMO", None),
        ("the previous night", "TIME", "1998-08-04TNI", None),
    ]


def test_earlier_in_the_unit_is_one_expression_of_the_anchors_unit() -> None:
    """'earlier in the year', 'later in the month': the anchor's unit and the part of it."""
    found = times("Sales fell earlier in the year and will recover later in the month.")
    assert found == [
        ("earlier in the year", "DATE", "1998", "START"),
        ("later in the month", "DATE", "1998-08", "END"),
    ]
    assert times("He spoke early in the week.") == [
        ("early in the week", "DATE", "1998-W32", "START")
    ]
    # Without the lead-in "the month" is no time, nor after another adjective.
    assert times("The players of the month were named.") == []


def test_report_periods_lean_on_the_quarter_reported() -> None:
    """In a quarterly report, "the same period last year" is the reported quarter a year back."""
    text = "Profit rose in the third quarter from the same period last year."
    found = times(text, published="1998-10-20")
    assert ("the third quarter", "DATE", "1998-Q3", None) in found
    assert ("the same period last year", "DATE", "1997-Q3", None) in found


def test_same_period_without_a_quarter_is_the_period_named_last() -> None:
    """With no quarter named, "the same period last year" steps back the half, month or year."""
    text = "Exports in the first half of this year grew 10% over the same period of last year."
    assert ("the same period of last year", "DATE", "1997-H1", None) in times(text)
    text = "Its load factor for February was 42.9%, up from the same period last year."
    assert ("the same period last year", "DATE", "1997-02", None) in times(text)
    text = "Output rose 0.8% in the first two months of 1998 over the same period of last year."
    assert ("the same period of last year", "DATE", "1997", None) in times(text)


def test_spelled_day_with_a_relative_weekday() -> None:
    """A transcript's "this coming Sunday, March eighth" is one date."""
    found = times("Women's Day is this coming Sunday, March eighth.", published="1998-03-05")
    assert ("this coming Sunday, March eighth", "DATE", "1998-03-08", None) in found


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Reupke, 52 years old, will retire.",
        'Mr. Baker said on ABC News\' "This Week" that talks were over.',
        "That was the news. This is VOA Today.",
        "said Robert Stone, a 59-year-old from Ohio, and the 136-year-old bank agreed.",
        "The couple's six-month-old baby slept.",
        "He is only a few years older than my son, and she is two years younger.",
        "Crowds cheered the fall of the Berlin Wall.",
        "The “Daily Show” host spoke at length.",
        "Delegates met in the second half of the session.",
        "He said the year-on-year rise and the month-over-month change were small.",
        "A poll for The Sunday Times put Labour ahead, and the Sunday Express agreed.",
        "He became the fodder of late-night comedians and of late-night-show hosts.",
        "Prices are tracked on a minute-by-minute basis, and plans change day-by-day.",
        "Reform will not be accomplished overnight, and you can't do that overnight.",
        "The board weighed the long term interests of holders and the future direction of aid.",
        "Obama won Iowa in the past two elections, and Clinton left shortly thereafter.",
        "Shr 3.25 H.K. Dlrs vs 1.40, said the emirate's daily Al-Qabas.",
    ],
)
def test_ages_and_names_are_no_times(text: str) -> None:
    """A person's age and a programme's name ("This Week", "VOA Today") are no time."""
    assert times(text) == []


def test_spans_leave_prepositions_out() -> None:
    """TimeML extents: "on Monday" is "Monday", "in the 1990s" is "the 1990s"."""
    assert [t[0] for t in times("He left on Monday and came back in the 1990s.")] == [
        "Monday",
        "the 1990s",
    ]
    assert times("At present, 20 people are held.") == [("present", "DATE", "PRESENT_REF", None)]


@pytest.mark.parametrize(
    "text",
    [
        "It cost $1998 and rose 50% to 2000 people.",
        "Sales rose 12.5 percent to $27 million.",
        "Call 555-1998-2024 or +44 20 1998 2024.",
        "The image is 1920x1080 pixels.",
        "Upgrade to version 2020 and Windows 2000.",
        "Flight 1998 landed at gate 2012.",
        "You may go. Theresa May said the troops would march.",
        "We saw the Sun rise; Wed and Sat are abbreviations.",
        "The team won 3-1 and the score was 2:1.",
        "Room No. 1998 has 2015 seats.",
        "It costs $27 a year and saves $500 million a year; jobs grew 358,000 a month.",
        "Growth above five pct a year costs 500 mln stg a year; 33,000 people a year die.",
    ],
)
def test_guards_against_false_positives(text: str) -> None:
    """Money, percentages, counts, phone numbers, sizes, versions, ids, modal may: no time."""
    assert times(text) == []


def test_a_count_of_things_per_unit_is_a_rate() -> None:
    """A count of anything per unit ("six ferries a week") is a rate, no time; a list of spans
    and a span before a signal of sequence are times."""
    assert (
        times("The line runs six ferries a week and the mill makes 500 new tractors a year.") == []
    )
    assert times("The notes mature in six months, one year and two years.") == [
        ("six months", "DURATION", "P6M", None),
        ("one year", "DURATION", "P1Y", None),
        ("two years", "DURATION", "P2Y", None),
    ]
    found = times("Output fell to 40 units from 52 units a year before and then rose.")
    assert [text for text, *_ in found] == ["a year"]


@pytest.mark.parametrize(
    "text",
    [
        "The ferry line runs twenty ferries a week to the island.",
        "The ferry line runs fifteen ferries a week to the island.",
        "The ferry line runs twenty-four ferries a day to the island.",
        "The mill turns out hundreds of tractors a month for export.",
    ],
)
def test_a_count_of_the_numbers_lexicon_makes_a_rate(text: str) -> None:
    """Any count of the numbers lexicon ("twenty", "twenty-four", "hundreds of") makes a rate."""
    assert times(text) == []


def test_a_count_of_a_third_party_number_word_makes_a_rate() -> None:
    """A number word another plugin adds to ``date_numbers`` counts the things of a rate too."""

    class Numbers:
        @stoltlib.hookimpl
        def stoltlib_lexicon(self, name: str) -> Any:
            return [{"word": "umpteen", "value": "X"}] if name == "date_numbers" else None

    manager = stoltlib.get_plugin_manager(builtins_only=True, plugins={"n": Numbers()}, environ={})
    text = "The ferry line runs umpteen ferries a week to the island."
    assert stoltlib.analyze(text, published="1998-08-07", plugins=manager).times == ()


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # A double object: the count is of the recipients, the span what they get.
        ("The panel gave the two mills a year to comply.", "a year", "P1Y"),
        ("The firm gave its 3,000 clerks a week of leave.", "a week", "P1W"),
        ("The judge granted the three brothers a month to appeal.", "a month", "P1M"),
        ("The mayor granted nine tenants a month to move out.", "a month", "P1M"),
        # The count is of no rate across a paragraph, nor across a line that is a headline.
        ("Ferry line cuts two routes\n\nA week is a long time at sea.", "A week", "P1W"),
        ("Ferry line cuts two routes\nA week is a long time at sea.", "A week", "P1W"),
        # A verb in "-s", not a plural noun: an auxiliary, or agreeing with a count of one.
        ("Of the votes, three has a week to be counted.", "a week", "P1W"),
        ("Of the two roads, one takes a day to build.", "a day", "P1D"),
    ],
)
def test_a_count_before_a_span_that_is_no_rate(text: str, span: str, value: str) -> None:
    """In a double object, across lines, or before a verb, the span is a time."""
    assert (span, "DURATION", value, None) in times(text)


@pytest.mark.parametrize(
    "text",
    [
        "The airline offers 20 flights a week to Lisbon.",
        "The airline will cut its four flights a week to Lisbon.",
        "The clinic gives 300 vaccinations a day.",
        "The union wants the 12 shifts a month cut to ten.",
        "The agreement allows 14 flights a week between the two countries.",
        "The carrier was granted 21 flights a week to the capital.",
    ],
)
def test_a_rate_after_a_verb_of_giving_or_a_determiner_is_a_rate(text: str) -> None:
    """A verb of giving or a determiner before a rate, with no duration's tail, makes no time."""
    assert times(text) == []


def test_a_rate_wrapped_over_lines_of_one_paragraph() -> None:
    """A paragraph wrapped over lines (newswire) reads its rate as one line would."""
    text = (
        "The new model of the printer, the company said on the same occasion, prints eight\n"
        "pages a minute and can be used for desktop publishing in most small offices."
    )
    assert times(text) == []


def test_idioms_of_time_are_no_times() -> None:
    """ "in the long run" and "in the short run" say "eventually" and "at first": no time."""
    assert times("In the long run, prices rise; in the short run they fall.") == []


def test_soon_before_a_sequence_word_is_a_signal() -> None:
    """'soon after', 'shortly before' order two events and name no time; 'soon' alone does."""
    assert times("He was killed soon after being captured.") == []
    assert times("The shares fell shortly before the merger.") == []
    assert times("The plant will close soon.") == [("soon", "DATE", "FUTURE_REF", None)]


def test_boilerplate_is_left_alone() -> None:
    """Text the metadata stage marks as boilerplate is skipped."""
    text = (
        "Talks ended on Monday.\n\nShare this articleComments\n\nThe next round is in March 2025."
    )
    analysis = stoltlib.analyze(
        stoltlib.Document(id="b", text=text, published="2024-10-01"), plugins=MANAGER
    )
    assert all(not analysis.metadata.boilerplate_at(t.start, t.end) for t in analysis.times)
    assert [t.text for t in analysis.times] == ["Monday", "March 2025"]


def test_other_languages_are_left_alone() -> None:
    """A document the metadata stage guesses to be in another language gets no times."""
    text = (
        "Der Gipfel findet am Montag statt. Die Minister sind nicht der Meinung, dass es mit der "
        "Regierung und den Parteien im Jahr 2024 so weitergehen kann, sagte sie. Es ist nicht "
        "das erste Mal, dass die Partei sich von dem Plan der Regierung distanziert hat."
    )
    analysis = stoltlib.analyze(stoltlib.Document(id="de", text=text), plugins=MANAGER)
    assert not analysis.is_english and analysis.times == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fireworks lit the Fourth of July.", ("Fourth of July", "DATE", "1998-07-04", None)),
        ("The parade is on Columbus Day.", ("Columbus Day", "DATE", "1998-10-12", None)),
        ("Veterans marched on Veterans Day.", ("Veterans Day", "DATE", "1998-11-11", None)),
        ("Workers rallied on May Day.", ("May Day", "DATE", "1998-05-01", None)),
    ],
)
def test_holidays(text: str, expected: tuple[str, str, str, str | None]) -> None:
    """Holidays by name, with the function words of a name in lower case ("Fourth of July")."""
    assert expected in times(text)


def test_lexicons_are_extendable_by_a_plugin() -> None:
    """A plugin adding a holiday to the date_holidays lexicon makes it found."""

    class Holidays:
        @stoltlib.hookimpl
        def stoltlib_lexicon(self, name: str):
            """A holiday for the holidays lexicon."""
            return [{"name": "founders day", "rule": "03-14"}] if name == "date_holidays" else None

    manager = stoltlib.get_plugin_manager(
        builtins_only=True, environ={}, plugins={"extra": Holidays()}
    )
    analysis = stoltlib.analyze(
        stoltlib.Document(id="h", text="We met on Founders Day.", published="2020-03-01"),
        plugins=manager,
    )
    assert [(t.text, t.value) for t in analysis.times] == [("Founders Day", "2020-03-14")]


def test_normalize_values_and_intervals() -> None:
    """Values move by calendar units and resolve to their first and last days."""
    day = dt.date(1998, 8, 7)
    assert normalize.shift(day, "W", -1) == "1998-W31"
    assert normalize.shift(day, "Q", -1) == "1998-Q2"
    assert normalize.shift(day, "DE", 0) == "199"
    assert normalize.duration(None, "Y") == "PXY"
    assert normalize.interval("1998-Q3") == ("1998-07-01", "1998-09-30")
    assert normalize.interval("1998-W32") == ("1998-08-03", "1998-08-09")
    assert normalize.interval("199") == ("1990-01-01", "1999-12-31")
    assert normalize.interval("PRESENT_REF") is None


def test_intervals_at_month_lengths_and_the_calendar_edges() -> None:
    """Months end on their own last day (leap Februaries too); the calendar's first and last
    years give the days they hold and no error (winter of year 1 began in year 0)."""
    assert normalize.interval("2024-02") == ("2024-02-01", "2024-02-29")
    assert normalize.interval("1900-02") == ("1900-02-01", "1900-02-28")
    assert normalize.interval("2000-WI") == ("1999-12-01", "2000-02-29")
    assert normalize.interval("1998-H2") == ("1998-07-01", "1998-12-31")
    assert normalize.interval("9999-12") == ("9999-12-01", "9999-12-31")
    assert normalize.interval("9999-Q4") == ("9999-10-01", "9999-12-31")
    assert normalize.interval("0001-WI") is None
    assert normalize.interval("9999-W52-WE") is None
    assert normalize.shift_value("1998-01", "M", -1) == "1997-12"
    assert normalize.shift(dt.date(1998, 1, 31), "M", 1) == "1998-02"


def test_anchor_rules() -> None:
    """Tense cues pick the direction; the nearest occurrence wins far from the anchor."""
    cues = compile_cues(lexicons.own().tense_cues)
    text = "He said it will open on Monday."
    assert tense(text, text.index("Monday"), len(text) - 1, cues) == FUTURE
    assert tense("It opened on Monday.", 13, 19, cues) == PAST
    friday = dt.date(1998, 8, 7)
    assert weekday_near(friday, 1, PAST) == dt.date(1998, 8, 3)
    assert weekday_near(friday, 1, FUTURE) == dt.date(1998, 8, 10)

    def december(year: int) -> tuple[dt.date, dt.date]:
        """December of ``year``."""
        return dt.date(year, 12, 1), dt.date(year, 12, 31)

    assert nearest_year(dt.date(1989, 10, 30), december, PAST) == 1989  # 1988 lies too far back
    assert nearest_year(dt.date(1989, 10, 30), december, None) == 1989


def test_a_year_before_quarter_is_that_years_quarter_of_the_report() -> None:
    """'the 1988 quarter' is 1988's quarter of the one reported on, not 1988 quarters."""
    found = times(
        "Profit rose in the fourth quarter, from a loss in the 1996 quarter.",
        published="1998-01-20",
    )
    assert found == [
        ("the fourth quarter", "DATE", "1997-Q4", None),
        ("the 1996 quarter", "DATE", "1996-Q4", None),
    ]
    found = times("It lost money in the 1996 quarter.", published="1997-11-02")
    assert found == [("the 1996 quarter", "DATE", "1996-Q3", None)]


def test_last_and_the_month_just_gone_is_a_year_before() -> None:
    """'last February' said in March is February a year back: the month gone is 'last month'."""
    found = times("Sales fell from 4,012 cars last February.", published="1998-03-04")
    assert found == [("last February", "DATE", "1997-02", None)]
    # Two months back, "this past", or across the turn of the year: the nearest one before.
    found = times("Sales fell from 4,012 cars last January.", published="1998-03-04")
    assert found == [("last January", "DATE", "1998-01", None)]
    found = times("Sales fell this past February.", published="1998-03-04")
    assert found == [("this past February", "DATE", "1998-02", None)]
    found = times("Sales fell last December.", published="1998-01-14")
    assert found == [("last December", "DATE", "1997-12", None)]
    # With its day: the last such day before the anchor (the next one after it for "next").
    found = times("The act was introduced last February 19.", published="1998-03-04")
    assert found == [("last February 19", "DATE", "1998-02-19", None)]
    found = times("The bonds will be redeemed next Aug. 18.", published="1998-03-04")
    assert found == [("next Aug. 18", "DATE", "1998-08-18", None)]
    found = times("He spoke last Nov. 13 in Ohio.", published="1998-03-04")
    assert found == [("last Nov. 13", "DATE", "1997-11-13", None)]


def test_a_half_of_a_decade_is_the_decade_with_its_mod() -> None:
    """'the last half of the '80s' is the 1980s' end, not the second half of a year."""
    found = times("Sales were flat in the last half of the '80s.")
    assert found == [("the last half of the '80s", "DATE", "198", "END")]
    found = times("Sales grew in the first half of the 1990s.")
    assert found == [("the first half of the 1990s", "DATE", "199", "START")]


def test_overnight_is_the_night_before_the_storys_day() -> None:
    """'overnight' in a story of Friday is Thursday night, and the story stays at Friday."""
    found = times(
        "Shares closed lower Friday, hit by overnight losses abroad, and fell 4% from the "
        "previous Friday.",
        published="1998-08-10",
    )
    assert found == [
        ("Friday", "DATE", "1998-08-07", None),
        ("overnight", "TIME", "1998-08-06TNI", None),
        ("the previous Friday", "DATE", "1998-07-31", None),
    ]


def test_a_season_of_next_year_is_one_expression() -> None:
    """'the spring of next year' is next year's spring, not a spring beside 'next year'."""
    assert times("The summit is set for the spring of next year.") == [
        ("the spring of next year", "DATE", "1999-SP", None)
    ]
    assert times("The plant closed in the summer of last year.") == [
        ("the summer of last year", "DATE", "1997-SU", None)
    ]


def test_a_plural_unit_before_what_it_spans_is_a_duration() -> None:
    """'after years of talks', 'ended decades of rule': a span of unknown length."""
    found = times("The deal came after months of talks and ended decades of rivalry.")
    assert found == [("months", "DURATION", "PXM", None), ("decades", "DURATION", "PXDE", None)]
    # An adjective or a compound before the unit, or an age: no span of what follows.
    assert times("In the waning days of the war, three-quarters of the town fled.") == []
    assert times("Cars sold in the seven selling days of the month rose.") == []


def test_a_cue_after_another_clause_opens_does_not_outweigh_the_verb_before() -> None:
    """'told voters Sunday that he would': the 'would' is the reported clause's, not Sunday's."""
    found = times("The senator told voters Sunday that he would keep on.", published="2016-02-09")
    assert found == [("Sunday", "DATE", "2016-02-07", None)]
    found = times(
        "The senator, who did win the state on Tuesday, would place more focus on it.",
        published="2016-04-27",
    )
    assert found == [("Tuesday", "DATE", "2016-04-26", None)]
    # Without a cue before it, the one after still counts, and a comma closing a parenthesis
    # the expression stands in opens no clause.
    found = times("The talks, set for Tuesday, will be long.", published="2016-04-27")
    assert found == [("Tuesday", "DATE", "2016-05-03", None)]
    found = times("His next speech, on May 28, was delivered in Ohio.", published="2015-12-15")
    assert found == [("May 28", "DATE", "2015-05-28", None)]


def test_a_past_verb_of_intent_gives_its_infinitive_no_direction() -> None:
    """'vowed Tuesday to stay in the race through the primary on June 7': June 7 is ahead."""
    found = times(
        "The campaign vowed Tuesday to stay in the race through the vote on June 7.",
        published="2016-04-28",
    )
    assert found == [
        ("Tuesday", "DATE", "2016-04-26", None),
        ("June 7", "DATE", "2016-06-07", None),
    ]
    found = times("The mayor urged them to vote Tuesday.", published="2016-06-06")
    assert found == [("Tuesday", "DATE", "2016-06-07", None)]
    # Another past verb with an infinitive keeps its tense: "failed to reach" did not happen.
    found = times("The union failed to reach a contract on Friday.", published="2016-07-06")
    assert found == [("Friday", "DATE", "2016-07-01", None)]
    # "to" before a plural noun is the verb's second object, no infinitive: the past verb's
    # tense holds (found by review: 'pledged support to farmers on Monday' went to next week).
    for text in (
        "The minister pledged support to farmers on Monday.",
        "The company offered shares to investors on Monday.",
    ):
        assert times(text, published="2024-10-04") == [("Monday", "DATE", "2024-09-30", None)]


def test_end_glued_by_its_hyphen_is_the_end_of_the_time() -> None:
    """'at end-February', 'end-1986': the end of that month or year, in the wire's spelling."""
    found = times("Reserves rose to 5 billion at end-February from 4 billion at end-1997.")
    assert found == [
        ("end-February", "DATE", "1998-02", "END"),
        ("end-1997", "DATE", "1997", "END"),
    ]
    # Not the verb before a date ("end May 5 talks"), and "end" with a space is no modifier.
    assert times("They will end May 5 talks early.") == [("May 5", "DATE", "1999-05-05", None)]


def test_a_past_verb_dates_a_month_after_its_point_modifier() -> None:
    """'fell in late February', said in October, is the February gone, as 'fell in' is."""
    for text, expected in [
        ("Shares fell in late February.", ("late February", "DATE", "1989-02", "END")),
        ("Shares fell at the end of February.", ("the end of February", "DATE", "1989-02", "END")),
        ("Shares fell at end-February.", ("end-February", "DATE", "1989-02", "END")),
        ("It changed its name in early December.", ("early December", "DATE", "1988-12", "START")),
    ]:
        assert times(text, published="1989-10-27") == [expected]


def test_a_count_and_a_half_is_one_duration() -> None:
    """'two and a half years', 'a three-and-a-half-month wait', 'the past seven and a half'."""
    found = times("The study took two and a half years, after a three-and-a-half-month wait.")
    assert found == [
        ("two and a half years", "DURATION", "P2Y6M", None),
        ("three-and-a-half-month", "DURATION", "P3.5M", None),
    ]
    found = times("Prices rose over the past seven-and-a-half years.")
    assert found == [("the past seven-and-a-half years", "DURATION", "P7Y6M", None)]
    # "and a half" before no unit is no part of a time ("two and a half million people").
    assert times("Two and a half million people came.") == []


def test_the_next_century_is_a_calendar_century_unless_it_is_spanned() -> None:
    """'into the next century' is the 2000s (said in 1998); 'over the next century' a span."""
    found = times("The plan reaches into the next century.", published="1998-03-04")
    assert found == [("the next century", "DATE", "20", None)]
    found = times("It was built in the last century.", published="1998-03-04")
    assert found == [("the last century", "DATE", "18", None)]
    found = times("Seas will rise over the next century.", published="1998-03-04")
    assert found == [("the next century", "DURATION", "P100Y", None)]
    found = times("Wars raged in the past century.", published="1998-03-04")
    assert found == [("the past century", "DURATION", "P100Y", None)]


def test_that_same_day_is_one_expression_and_year_olds_are_ages() -> None:
    """'that same day' with its 'that'; '17-year-olds', like '17-year-old', is an age."""
    found = times("The firm filed on May 3, and that same day it left.")
    assert found == [
        ("May 3", "DATE", "1998-05-03", None),
        ("that same day", "DATE", "1998-05-03", None),
    ]
    assert times("A poll of 18-to-34-year-olds and of 17-year-olds came out.") == []


def test_plural_weekdays_are_sets_and_hundreds_are_centuries() -> None:
    """'on Fridays' is every Friday; 'the early 1900s' the start of the 20th century."""
    found = times("The shop closes on Fridays and opens Sundays.")
    assert found == [("Fridays", "SET", "XXXX-WXX-5", None), ("Sundays", "SET", "XXXX-WXX-7", None)]
    found = times("The mill was built in the early 1900s and rebuilt in the 1920s.")
    assert found == [("the early 1900s", "DATE", "19", "START"), ("the 1920s", "DATE", "192", None)]


def test_an_adjective_of_a_span_of_unknown_length_is_part_of_it() -> None:
    """'the early years', 'in later years', 'recent quarters': one duration with its adjective."""
    found = times("In the early years of the plan, and in later years, sales rose.")
    assert found == [
        ("the early years", "DURATION", "PXY", None),
        ("later years", "DURATION", "PXY", None),
    ]
    assert times("Insurers had a tough time in recent quarters.") == [
        ("recent quarters", "DURATION", "PXQ", None)
    ]


def test_until_after_a_past_verb_bounds_a_past_state() -> None:
    """'stayed closed until December', said in February, is the December gone."""
    for text, value in [
        ("The plant stayed closed until December.", "1986-12"),
        ("Few investors made firm commitments until December.", "1986-12"),
        # Ahead: a future cue, a present state, a report of one, or a deadline moved ahead.
        ("The plant will stay closed until December.", "1987-12"),
        ("The offer is valid until December.", "1987-12"),
        ("Officials said the plant is closed until December.", "1987-12"),
        ("The firm extended its deadline for tendered shares until December.", "1987-12"),
    ]:
        assert times(text, published="1987-02-26") == [("December", "DATE", value, None)], text


def test_holidays_a_few_days_after_a_weekday() -> None:
    """'Election Day' is the Tuesday after the first Monday of November; 'Black Friday' the day
    after Thanksgiving."""
    found = times("Turnout on Election Day and sales on Black Friday will be high.", "2016-06-01")
    assert found == [
        ("Election Day", "DATE", "2016-11-08", None),
        ("Black Friday", "DATE", "2016-11-25", None),
    ]
    # In 2015 November began on a Sunday: the first Monday is the 2nd, Election Day the 3rd.
    assert times("They voted on Election Day.", "2015-12-01") == [
        ("Election Day", "DATE", "2015-11-03", None)
    ]
    # "Super Tuesday" is one name, the first Tuesday of March, not a Tuesday near the anchor.
    assert times("He did well on Super Tuesday.", "2016-03-10") == [
        ("Super Tuesday", "DATE", "2016-03-01", None)
    ]


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        # No Super Tuesday in 2017: the last one, of 2016, is meant.
        ("The senator carried six states on Super Tuesday.", "2017-06-01", "2016-03-01"),
        # 2008's was February 5, not the first Tuesday of March (after the anchor).
        ("The senator did well on Super Tuesday.", "2008-02-10", "2008-02-05"),
        # A past signal reaches back a whole cycle; a future clause goes ahead to the next.
        ("Polls have shifted since Super Tuesday.", "2015-11-01", "2012-03-06"),
        ("The senator will campaign hard before Super Tuesday.", "2019-06-01", "2020-03-03"),
        # The tense holds over a whole cycle, though the other occurrence is nearer.
        ("The senator will campaign hard before Super Tuesday.", "2016-12-01", "2020-03-03"),
        ("The senator won on Super Tuesday.", "2018-06-01", "2016-03-01"),
    ],
)
def test_super_tuesday_is_held_in_election_years(text: str, published: str, value: str) -> None:
    """ "Super Tuesday" is of a presidential election year, on its own day in 2008."""
    assert times(text, published) == [("Super Tuesday", "DATE", value, None)]


def test_a_holiday_rule_of_every_few_years_and_its_moved_days() -> None:
    """A rule's "/N" holds its day only in years divisible by N; ";YYYY-MM-DD" moves one."""
    holiday = lexicons.Holiday("super tuesday", "nth-weekday:03:1:2/4;2008-02-05")
    assert holiday.cycle == 4
    assert holiday.day(2017) is None
    assert holiday.day(2004) == dt.date(2004, 3, 2)
    assert holiday.day(2008) == dt.date(2008, 2, 5)
    assert lexicons.Holiday("christmas", "12-25").cycle == 1


def test_a_modified_part_of_the_day_before_its_noun_is_an_adjective() -> None:
    """'his late night show', 'an early-morning flight' name no time; 'mid-afternoon' does."""
    assert times("His late night show ended and an early-morning flight left.") == []
    assert times("The talks resumed in mid-afternoon.") == [
        ("mid-afternoon", "TIME", "1998-08-07TAF", "MID")
    ]


# Misses found while reading news text: (id, text, published, expected, why it is missed).
KNOWN_MISSES = [
    ("sept-11-attacks", "Security rose after the Sept. 11 attacks.", "2016-03-16",
     ("Sept. 11", "DATE", "2001-09-11", None),
     "a day named for a dated event needs a lexicon of them"),
    ("election-day-nears", "As Election Day nears, turnout worries grow.", "2016-02-18",
     ("Election Day", "DATE", "2016-11-08", None),
     "no tense points ahead: the nearer Election Day, gone, wins"),
    ("end-year-spaced", "Debt stood at 5 billion at end 1986.", "1987-03-04",
     ("end 1986", "DATE", "1986", "END"),
     "'end' is a modifier only glued by its hyphen ('end-1986')"),
    ("pledge-to-meet", "They signed a pledge to meet again in September.", "2016-10-20",
     ("September", "DATE", "2017-09", None),
     "a noun's infinitive ('a pledge to meet') is no verb of intent's: the past tense holds"),
    ("noun-died-on-day", "The old mayor died Jan. 9 in his sleep.", "2022-12-28",
     ("Jan. 9", "DATE", "2022-01-09", None),
     "a past form after a common noun is taken for a participle ('shares held on Jan. 9')"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        pytest.param(
            text, published, expected, id=name, marks=pytest.mark.xfail(strict=True, reason=why)
        )
        for name, text, published, expected, why in KNOWN_MISSES
    ],
)
def test_known_misses(
    text: str, published: str, expected: tuple[str, str, str, str | None]
) -> None:
    """Misses kept visible as strict xfails until a rule reads them."""
    assert times(text, published=published) == [expected]


# Continuations the families spell after a word: what the dispatch tests put after each word.
DISPATCH_CONTINUATIONS = (
    *("", " 1998", "s", " quarter", " of 1998", " of March", " year", "-end", " ago"),
    *(" days", " period", " century", " future", " of the year", "-year", " last year"),
    *(" of last year", " a year earlier", " before yesterday", " after tomorrow"),
    *(" three months", " being", " term", " ahead", " weeks", "'s end", " third quarter"),
    *(" Monday", " night", " 1990s", " summer", " a week", " times a year", "-long"),
)


def dispatch_vocabulary(rules: patterns.Rules) -> list[str]:
    """Every word of the lexicons and of the families' patterns, and a few others."""
    lex = rules.lexicons
    words = set(regex.findall(r"[a-z]+", " ".join(patterns.FAMILIES.values()).lower()))
    tables = (lex.months, lex.weekdays, lex.units, lex.seasons, lex.parts_of_day, lex.numbers)
    for table in (*tables, lex.ordinals, lex.time_words, lex.holidays, lex.modifiers):
        words.update(regex.findall(r"[a-z]+", " ".join(table).lower()))
    words.update(regex.findall(r"[a-z]+", " ".join(lex.frequencies).lower()))
    words.update({"1990s", "'80s", "1988", "20th", "8th", "council", "Sept", "mid-1990s", "q3"})
    return sorted(words)


def dispatch_differences(
    rules: patterns.Rules, texts: list[str], reference: regex.Pattern[str], dispatch: Any
) -> list[str]:
    """The texts where ``dispatch(text, 3)`` and ``reference.match(text, 3)`` differ in span
    or in any group both patterns have."""
    differences = []
    for text in texts:
        want = reference.match(text, 3)
        got = dispatch(text, 3)
        if (want and want.span()) != (got and got.span()):
            differences.append(text)
        elif want is not None and got is not None:
            shared = set(got.re.groupindex) & set(want.re.groupindex)
            if any(want.span(name) != got.span(name) for name in shared):
                differences.append(text)
    return differences


def test_the_dispatch_matches_the_whole_pattern() -> None:
    """At "the", trying the families the next word allows, one by one, finds what one pattern
    of every family and modifier finds: for every word of the lexicons and of the families'
    patterns after "the", before the continuations the families spell."""
    rules = patterns.compile_rules(lexicons.own())
    whole = regex.compile(
        patterns._the_pattern(patterns._slots(rules.lexicons)), regex.VERBOSE | regex.IGNORECASE
    )
    texts = [
        f"In {the} {word}{after} it rose."
        for word in dispatch_vocabulary(rules)
        for after in DISPATCH_CONTINUATIONS
        for the in ("the", "The")
    ]
    assert dispatch_differences(rules, texts, whole, rules.match_at_the) == []


def test_the_other_dispatch_matches_the_other_pattern() -> None:
    """At a word of no start class, trying the families that may begin with it, one by one,
    finds what the "other" pattern finds: for every word of the lexicons and of the families'
    patterns (lower case, capitalised, in capitals) before the continuations."""
    rules = patterns.compile_rules(lexicons.own())
    other = rules.other_pattern()
    texts = []
    for word in dispatch_vocabulary(rules):
        for form in (word, word.capitalize(), word.upper()):
            for after in DISPATCH_CONTINUATIONS:
                text = f"In {form}{after} it rose."
                first = regex.match(r"[\p{L}\p{N}]+", text[3:])
                if first is not None and rules.pattern_at(first.group()) is None:
                    texts.append(text)
    assert len(texts) > 10_000

    def dispatch(text: str, start: int) -> regex.Match[str] | None:
        first = regex.match(r"[\p{L}\p{N}]+", text[start:])
        assert first is not None
        return rules.match_other(text, start, first.group())

    assert dispatch_differences(rules, texts, other, dispatch) == []


def test_the_modifier_dispatch_matches_the_master_pattern() -> None:
    """At a modifier's first word, the master where a modifier stands and the "other" families
    where none does find what the master finds: for every first word of a modifier (lower case,
    capitalised, in capitals) before every word of the vocabulary and the continuations."""
    rules = patterns.compile_rules(lexicons.own())
    starts = sorted(rules.modifier_words - {"the"})
    seconds = ("", "least ", "most ", "than ", "to ", "of ", "the ", "a ", "- ", "-")
    tails = [f"{word}{after}" for word in ("1990s", "March", "years", "two", "time", "present")
             for after in ("", " 1998", " ago", " of 1998")]  # fmt: skip
    texts = [
        f"In {form} {second}{tail} it rose."
        for start in starts
        for form in (start, start.capitalize(), start.upper())
        for second in seconds
        for tail in (*tails, *DISPATCH_CONTINUATIONS)
    ]
    assert len(texts) > 30_000
    caught = [text for text in texts if rules.modifiers_before.match(text, 3) is None]
    assert len(caught) > 10_000  # the texts the dispatch sends away from the master

    def dispatch(text: str, start: int) -> regex.Match[str] | None:
        first = regex.match(r"[\p{L}\p{N}]+", text[start:])
        assert first is not None
        return rules.match_at_modifier(text, start, first.group())

    assert dispatch_differences(rules, texts, rules.master, dispatch) == []
