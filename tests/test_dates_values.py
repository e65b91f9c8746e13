"""Values of relative expressions as the TimeML guidelines place them, on sentences of our own."""

from __future__ import annotations

import pytest

import stoltlib

MANAGER = stoltlib.get_plugin_manager(builtins_only=True, environ={})

# A lead paragraph without a time: a one-line text holding a date would be read by the outlet
# plugin as a date line (boilerplate), which the dates plugin rightly leaves alone.
LEAD = "The council met in the town hall and talked about the roads and the bridge.\n\n"


def values(text: str, published: str) -> list[tuple[str, str, str]]:
    """(text, type, value) of every time expression the built-in plugins find."""
    document = stoltlib.Document(id="t", text=LEAD + text, published=published)
    analysis = stoltlib.analyze(document, plugins=MANAGER)
    return [(t.text, t.type, t.value) for t in analysis.times]


@pytest.mark.parametrize(
    ("published", "phrase", "value"),
    [
        # Said while a season is on, "last" and "next" name the ones either side of it.
        ("1998-08-08", "last summer", "1997-SU"),
        ("1998-08-08", "next summer", "1999-SU"),
        # Said before a season begins, "last" is a year back, however far that lies.
        ("1998-08-08", "last fall", "1997-FA"),
        ("1998-08-08", "next fall", "1998-FA"),
        # Said after it ended, "last" is this year's.
        ("1998-12-20", "last fall", "1998-FA"),
        ("1998-04-10", "last spring", "1997-SP"),
        # A year's winter opens in the December before (1998-WI: December 1997 to February
        # 1998), so in January the one under way is no "last winter" nor "next winter".
        ("1998-01-15", "last winter", "1997-WI"),
        ("1998-04-10", "last winter", "1998-WI"),
        ("1998-01-15", "next winter", "1999-WI"),
        ("1998-12-20", "this winter", "1999-WI"),
    ],
)
def test_last_next_and_this_season_from_the_anchor(published: str, phrase: str, value: str) -> None:
    """ "last summer" said in August is the summer before, "next summer" the one after."""
    assert values(f"Crowds came {phrase} to see the fair.", published) == [(phrase, "DATE", value)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Sales rose last quarter.", ("last quarter", "DATE", "1998-Q2")),
        ("Sales rose in the last quarter.", ("the last quarter", "DATE", "1998-Q2")),
        ("Sales will rise next quarter.", ("next quarter", "DATE", "1998-Q4")),
        # With the year it divides, "last" is an ordinal: the year's fourth quarter.
        (
            "Sales rose in the last quarter of 1996.",
            ("the last quarter of 1996", "DATE", "1996-Q4"),
        ),
        (
            "Sales rose in the last half of the year.",
            ("the last half of the year", "DATE", "1998-H2"),
        ),
    ],
)
def test_last_quarter_is_the_one_before_the_anchors(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    """ "last quarter" alone is the quarter before the anchor's, not a year's fourth."""
    assert values(sentence, "1998-08-08") == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A past state bounded by "until": the Saturday gone, as without the modifier.
        (
            "The meeting lasted until late Saturday night.",
            ("late Saturday night", "TIME", "1998-08-08TNI"),
        ),
        ("The plant was closed until late Friday.", ("late Friday", "DATE", "1998-08-07")),
        # "since" reaches a full year back through the modifier too.
        (
            "Prices have fallen since late September.",
            ("late September", "DATE", "1997-09"),
        ),
        ("The offer is open until late Friday.", ("late Friday", "DATE", "1998-08-14")),
    ],
)
def test_a_signal_before_a_modifier_still_sets_the_direction(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    """ "until late Friday", "since late September": the modifier hides no signal."""
    assert values(sentence, "1998-08-09") == [expected]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The rebels struck at midnight.", "1998-08-08T24:00"),
        ("Shortly after midnight, police arrived.", "1998-08-08T24:00"),
        ("The curfew begins at midnight.", "1998-08-09T24:00"),
    ],
)
def test_a_past_midnight_closed_the_day_before_the_anchor(sentence: str, value: str) -> None:
    """ "struck at midnight" is the midnight gone (T24:00 of the day before), not tonight's."""
    assert [found[2] for found in values(sentence, "1998-08-09")] == [value]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # A cause: the clause is past, the nearest January the one just gone.
        ("Income was lower due to snowstorms in January.", "1987-01"),
        ("Sales fell due to the strike in January.", "1987-01"),
        ("Sales fell due to rising costs in January.", "1987-01"),
        # A schedule: "due to" before an infinitive points ahead.
        ("The offer is due to expire in January.", "1988-01"),
    ],
)
def test_due_to_points_ahead_only_before_an_infinitive(sentence: str, value: str) -> None:
    """ "due to expire in January" lies ahead; "lower due to snowstorms in January" does not."""
    assert [found[2] for found in values(sentence, "1987-03-20")] == [value]


def test_a_figure_before_a_singular_unit_is_no_count() -> None:
    """ "versus 307,000 week ago": the figure is no count of weeks; "week ago" is a week back."""
    found = values("Slaughter was 295,000 head versus 307,000 week ago.", "1987-03-19")
    assert found == [("week ago", "DATE", "1987-W11")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Claims fell to 340,000 in the week ended March 7 from 373,000 in the prior week.",
            [
                ("the week", "DATE", "1987-W10"),
                ("March 7", "DATE", "1987-03-07"),
                ("the prior week", "DATE", "1987-W09"),
            ],
        ),
        (
            "Claims fell last week from the previous week.",
            [("last week", "DATE", "1987-W11"), ("the previous week", "DATE", "1987-W10")],
        ),
        ("Claims fell the previous week.", [("the previous week", "DATE", "1987-W11")]),
    ],
)
def test_weeks_ended_on_a_day_and_weeks_before_the_one_named(
    sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    """ "the week ended March 7" is that day's week; "the prior week" steps from the week named."""
    assert values(sentence, "1987-03-19") == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The index rose to give a year-on-year rise of 3.9 pct.",
        "Sales showed a year-over-year gain.",
        "It posted a year-to-date gain of 5 pct.",
        "It is an 8.0-billion-dlr-a-year industry.",
        "The increase was due to the fall in value of the dollar.",
        "The fall in oil prices hurt the firm.",
    ],
)
def test_compounds_and_nouns_that_hold_a_time_word_are_no_time(sentence: str) -> None:
    """ "a year-on-year rise", "a 8-billion-dlr-a-year industry", "the fall in prices": no time."""
    assert values(sentence, "1987-03-20") == []


def test_the_fall_after_a_time_preposition_is_the_season() -> None:
    """ "in the fall in time for the vote": the season, a preposition of time before it."""
    found = values("He will return in the fall in time for the vote.", "1987-03-20")
    assert found == [("the fall", "DATE", "1987-FA")]


def test_the_fall_without_a_time_preposition_is_a_decline() -> None:
    """'The fall compares with a decline of 2 pct': the noun of a decline, no season."""
    assert values("The fall compares with a decline of 2 pct in May.", "1987-03-20") == [
        ("May", "DATE", "1987-05")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # March 1, 1987 is a Sunday: the first week of March is the one of March 2 to 8.
        (
            "Prices fell in the first week of March.",
            ("the first week of March", "DATE", "1987-W10"),
        ),
        (
            "Prices fell in the last week of February.",
            ("the last week of February", "DATE", "1987-W09"),
        ),
        (
            "The vote is in the first week of April 1988.",
            ("the first week of April 1988", "DATE", "1988-W14"),
        ),
        # Without "of" and a month, "the last week" is the week before the anchor's.
        ("Prices fell in the last week.", ("the last week", "DATE", "1987-W11")),
    ],
)
def test_the_first_or_last_week_of_a_month(sentence: str, expected: tuple[str, str, str]) -> None:
    """ "the first week of March" is the week holding March 4, one expression with its month."""
    assert values(sentence, "1987-03-20") == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Said on Friday 1998-08-07: a verb of schedule in the simple present points ahead.
        ("The two-day summit ends Tuesday in Rome.", ("Tuesday", "DATE", "1998-08-11")),
        ("Talks resume Monday in Geneva.", ("Monday", "DATE", "1998-08-10")),
        ("The new law takes effect Tuesday.", ("Tuesday", "DATE", "1998-08-11")),
        # Its past form points back.
        ("The new law took effect Tuesday.", ("Tuesday", "DATE", "1998-08-04")),
    ],
)
def test_a_verb_of_schedule_in_the_present_points_ahead(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    """'The summit ends Tuesday' is the Tuesday to come, 'took effect Tuesday' the one gone."""
    assert expected in values(sentence, "1998-08-07")


def test_a_quotation_closed_after_its_full_stop_ends_the_clause() -> None:
    """The 'will' of a quotation ending '."' is no cue for the next sentence's 'late Friday'."""
    text = (
        '"We will keep going through the weekend." The president, speaking in Washington '
        "late Friday, vowed to act."
    )
    assert ("late Friday", "DATE", "1998-08-07") in values(text, "1998-08-08")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Said on Friday 1998-08-07: a past state bounded by a clock time of a day.
        ("The meeting ran until 2:30 p.m. on Thursday.", ("2:30 p.m.", "TIME", "1998-08-06T14:30")),
        ("The meeting ran until noon Thursday.", ("noon Thursday", "TIME", "1998-08-06T12:00")),
        # A state to come is still ahead.
        (
            "The meeting will run until noon Thursday.",
            ("noon Thursday", "TIME", "1998-08-13T12:00"),
        ),
    ],
)
def test_a_past_state_until_a_clock_time_of_a_day_is_past(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    """'ran until 2:30 p.m. on Thursday' is the Thursday gone, as 'ran until Thursday' is."""
    assert expected in values(sentence, "1998-08-07")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Said on 1998-02-06: "set on" a day is a participle of the past, "set for" a plan.
        ("Stocks neared the record high set on Aug. 6.", ("Aug. 6", "DATE", "1997-08-06")),
        ("The vote is set for Aug. 6.", ("Aug. 6", "DATE", "1998-08-06")),
    ],
)
def test_set_on_a_day_is_past_and_set_for_a_day_ahead(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    """'a record set on Aug. 6' is the Aug. 6 gone; 'the vote set for Aug. 6' the one ahead."""
    assert expected in values(sentence, "1998-02-06")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Said on Wednesday 2025-05-14: "last" before a day or a minute means "final".
        ("Tolliver said his last day would be June 30.", [("June 30", "DATE", "2025-06-30")]),
        ("Polls closed on the last day of voting.", []),
        ("The deal was signed at the last minute.", []),
        # "last week" is still the one before the anchor's.
        ("Prices rose last week.", [("last week", "DATE", "2025-W19")]),
    ],
)
def test_last_before_a_day_or_a_minute_means_final(
    sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    """'his last day', 'at the last minute' name no time; 'last week' still does."""
    assert values(sentence, "2025-05-14") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Said on Thursday 2025-01-23: a quoted readiness or eagerness points ahead.
        ('"I\'m ready to get to work on Monday," Whitaker said.', ("Monday", "DATE", "2025-01-27")),
        ('"We are eager to start on Monday," she said.', ("Monday", "DATE", "2025-01-27")),
        # A past auxiliary before it makes it a future seen from the past.
        ("He was ready to quit on Monday.", ("Monday", "DATE", "2025-01-20")),
    ],
)
def test_ready_to_and_eager_to_point_ahead(sentence: str, expected: tuple[str, str, str]) -> None:
    """'ready to ... on Monday' is the Monday to come, unless a past 'was' governs it."""
    assert expected in values(sentence, "2025-01-23")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Said on Wednesday 2025-05-14: "Tuesday week" is a week after the coming Tuesday.
        ("The vote is on Tuesday week.", [("Tuesday week", "DATE", "2025-05-27")]),
        ("The vote is on Wednesday week.", [("Wednesday week", "DATE", "2025-05-28")]),
        # "next Tuesday" keeps its own reading and leaves "week" out.
        ("The vote is next Tuesday week.", [("next Tuesday", "DATE", "2025-05-20")]),
    ],
)
def test_a_weekday_then_week_is_a_week_after_the_coming_one(
    sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    """ "Tuesday week" (British) is one DATE, seven days after the coming Tuesday."""
    assert values(sentence, "2025-05-14") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Said on 2025-02-10: a future verb right before "in" places the month ahead, a year off.
        ("His term ends in January.", ("January", "DATE", "2026-01")),
        ("The plant will close in January.", ("January", "DATE", "2026-01")),
        # A past verb keeps the month gone; a future verb of another clause does not count.
        ("His term ended in January.", ("January", "DATE", "2025-01")),
        ("He will say what happened in January.", ("January", "DATE", "2025-01")),
    ],
)
def test_a_future_verb_before_in_places_the_month_up_to_a_year_ahead(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    """'His term ends in January', said in February, is next January, not the one just gone."""
    assert expected in values(sentence, "2025-02-10")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Dotted dates are day first, so the story's ambiguous slashed one is too.
        (
            "Sales rose on 03.04.2025 and 15.09.2019. The deal closed 12/05/2025.",
            ("12/05/2025", "DATE", "2025-05-12"),
        ),
        ("The deal closed 12/05/2025, the bid 15/09/2019.", ("12/05/2025", "DATE", "2025-05-12")),
        # A month-first story, or one with no other numeric date, keeps month first.
        ("The deal closed 12/05/2025, the bid 09/15/2019.", ("12/05/2025", "DATE", "2025-12-05")),
        ("The deal closed 12/05/2025.", ("12/05/2025", "DATE", "2025-12-05")),
    ],
)
def test_an_ambiguous_slashed_date_follows_the_documents_convention(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    """ "12/05/2025" is May 12 in a story whose other numeric dates are written day first."""
    assert expected in values(sentence, "2025-05-14")


@pytest.mark.parametrize(
    ("published", "sentence", "expected"),
    [
        # Said late in a year, "the new year" is the next one.
        ("2025-11-20", "The board meets in the new year.", [("the new year", "DATE", "2026")]),
        # Said in January, it is the year just begun.
        ("2025-01-08", "Stocks rose in the new year.", [("the new year", "DATE", "2025")]),
        # An adjective before its noun names no time.
        ("2025-11-20", "The new year budget is tight.", []),
    ],
)
def test_the_new_year_is_the_next_year_or_the_one_just_begun(
    published: str, sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    """ "in the new year" is a DATE of the year after the anchor's, or of its own in January."""
    assert values(sentence, published) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Said on 2025-05-14: a day of the month alone is the anchor's month's, or the one
        # beside it the clause's tense points to.
        ("The deal closed on the 12th.", [("the 12th", "DATE", "2025-05-12")]),
        ("The board will meet on the 12th.", [("the 12th", "DATE", "2025-06-12")]),
        ("The board meets on the 20th.", [("the 20th", "DATE", "2025-05-20")]),
        # A rank, or an ordinal before its noun, is no date.
        ("She finished the 12th.", []),
        ("He lives on the 12th floor.", []),
    ],
)
def test_a_day_of_the_month_alone_is_placed_by_the_tense(
    sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    """ "closed on the 12th" is May 12 said in mid-May; "will meet on the 12th" June 12."""
    assert values(sentence, "2025-05-14") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Said on 2025-05-10: a future cue a few words before "until" makes the state last to
        # the March ahead, more than ten months off.
        ("He will stay on until March 31.", [("March 31", "DATE", "2026-03-31")]),
        ("He would stay on until March 31.", [("March 31", "DATE", "2026-03-31")]),
        ("She is to remain in post until March 31.", [("March 31", "DATE", "2026-03-31")]),
        ("He plans to stay on until March 31.", [("March 31", "DATE", "2026-03-31")]),
        ("She will stay on as the chair until March 31.", [("March 31", "DATE", "2026-03-31")]),
        (
            "He will remain in office through March 31.",
            [("March 31", "DATE", "2026-03-31")],
        ),
        # A past state, or a future cue in another clause, keeps the March gone.
        ("He stayed on until March 31.", [("March 31", "DATE", "2025-03-31")]),
        (
            "The board will say whether he stayed on until March 31.",
            [("March 31", "DATE", "2025-03-31")],
        ),
    ],
)
def test_a_future_verb_before_until_places_the_day_up_to_a_year_ahead(
    sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    """'will stay on until March 31', said in May, is next March 31, not the one gone."""
    assert values(sentence, "2025-05-10") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Said on 2025-03-14: a present verb of schedule reads ahead.
        (
            "The governor, whose five-year term ends in December, said no.",
            [("five-year term", "DURATION", "P5Y"), ("December", "DATE", "2025-12")],
        ),
        ("The contract expires in January.", [("January", "DATE", "2026-01")]),
        ("The new rule takes effect in February.", [("February", "DATE", "2026-02")]),
        ("The payment is due in February.", [("February", "DATE", "2026-02")]),
    ],
)
def test_a_present_verb_of_schedule_places_the_month_ahead(
    sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    """'ends in December', 'takes effect in February', 'is due in February' read the one ahead."""
    assert values(sentence, "2025-03-14") == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The payment was due in February.",  # a past verb: the one gone
        "Sales fell due to the strike in February.",  # "due to" a cause sets no time
    ],
)
def test_a_past_or_causal_due_keeps_the_month_gone(sentence: str) -> None:
    """'was due in February', 'fell due to the strike in February', said in March: gone."""
    assert values(sentence, "2025-03-14") == [("February", "DATE", "2025-02")]


def test_due_on_a_day_of_the_month_alone_is_the_next_such_day() -> None:
    """'due on the 3rd', said on March 14, is April 3; 'due on the 20th' March 20."""
    assert values("The payment is due on the 3rd.", "2025-03-14") == [
        ("the 3rd", "DATE", "2025-04-03")
    ]
    assert values("The rent is due on the 20th.", "2025-03-14") == [
        ("the 20th", "DATE", "2025-03-20")
    ]
    assert values("The rent was paid on the 3rd.", "2025-03-14") == [
        ("the 3rd", "DATE", "2025-03-03")
    ]


def test_the_last_day_up_to_now_is_a_duration() -> None:
    """'in the last day' is the day up to now (P1D, as 'the last 24 hours'), not yesterday."""
    assert values("Prices rose sharply in the last day.", "2025-03-14") == [
        ("the last day", "DURATION", "P1D")
    ]
    assert values("Prices rose over the past day.", "2025-03-14") == [
        ("the past day", "DURATION", "P1D")
    ]
    # The day before the story's is still a date.
    assert values("Prices rose on the previous day.", "2025-03-14") == [
        ("the previous day", "DATE", "2025-03-13")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "She served as minister from 1989 to 1993.",
        "She served as minister from 1989 until 1993.",
        "She served as minister between 1989 and 1993.",
        "She served as minister in 1989-1993.",
    ],
)
def test_a_range_of_years_gives_both_ends(sentence: str) -> None:
    """'from 1989 to 1993' is two DATEs, one per end, so that a tenure has both."""
    assert values(sentence, "2025-03-14") == [("1989", "DATE", "1989"), ("1993", "DATE", "1993")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Said on 1989-10-30: the quarter a day closes is the calendar quarter holding most of
        # its three months, and "a year earlier" looks back from it.
        (
            "In the quarter ended July 31, the firm earned $5 million, up from $4 million a "
            "year earlier.",
            [
                ("the quarter", "DATE", "1989-Q2"),
                ("July 31", "DATE", "1989-07-31"),
                ("a year earlier", "DATE", "1988-Q2"),
            ],
        ),
        (
            "For the quarter ended Sept. 30, the firm earned $5 million.",
            [("the quarter", "DATE", "1989-Q3"), ("Sept. 30", "DATE", "1989-09-30")],
        ),
        # A quarter the report named keeps its name: a fiscal first quarter ending in September.
        (
            "The firm earned $5 million in its fiscal first quarter. Sales rose in the quarter "
            "ended Sept. 30.",
            [
                ("fiscal first quarter", "DATE", "1989-Q1"),
                ("the quarter", "DATE", "1989-Q1"),
                ("Sept. 30", "DATE", "1989-09-30"),
            ],
        ),
    ],
)
def test_the_quarter_ended_on_a_day_is_the_calendar_quarter_it_mostly_covers(
    sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    """'the quarter ended July 31' is 1989-Q2 (May to July), not the quarter before the anchor."""
    assert values(sentence, "1989-10-30") == expected


def test_a_quarter_ended_on_a_day_is_of_that_days_year() -> None:
    """'the second quarter ended Oct. 31' (a year back) is 1988-Q2, as 'that quarter' is."""
    found = values(
        "In the second quarter ended Oct. 31, the firm had a loss. Results for that quarter "
        "included a charge.",
        "1989-10-27",
    )
    assert found == [
        ("the second quarter", "DATE", "1988-Q2"),
        ("Oct. 31", "DATE", "1988-10-31"),
        ("that quarter", "DATE", "1988-Q2"),
    ]
    assert values("It earned $3 million in the fourth quarter ended Aug. 26.", "1989-10-27") == [
        ("the fourth quarter", "DATE", "1989-Q4"),
        ("Aug. 26", "DATE", "1989-08-26"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A comparative or superlative of "recently" is one expression, a past reference.
        ("More recently, the firm cut jobs.", [("More recently", "DATE", "PAST_REF")]),
        ("He was most recently seen in Paris.", [("most recently", "DATE", "PAST_REF")]),
        # "then" before "current" puts the present of the adjective in the past.
        ("The then current chairman resigned.", [("then current", "DATE", "PAST_REF")]),
        ("The then-current chairman resigned.", [("then-current", "DATE", "PAST_REF")]),
        # "since then": "then" is no adverb of "current", which stays the present.
        ("Since then current prices have fallen.", [("current", "DATE", "PRESENT_REF")]),
    ],
)
def test_more_recently_and_then_current_are_past_references(
    sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    """'More recently' and 'the then current chairman' are PAST_REF, with all their words."""
    assert values(sentence, "1998-03-11") == expected


@pytest.mark.parametrize(
    ("published", "sentence", "expected"),
    [
        # A future clause "in" a quarter or half: the one ahead, however the nearest lies.
        ("1998-03-11", "The deal is expected to close in the second half.", "1998-H2"),
        ("1998-03-11", "The deal will close in the fourth quarter.", "1998-Q4"),
        # Within a month of a quarter's end a future clause is mostly its report.
        ("1989-10-26", "The firm will report a loss in the third quarter.", "1989-Q3"),
        # A past clause keeps the one gone.
        ("1998-03-11", "Sales fell in the fourth quarter.", "1997-Q4"),
    ],
)
def test_a_future_clause_in_a_quarter_is_the_one_ahead(
    published: str, sentence: str, expected: str
) -> None:
    """'will close in the fourth quarter', said in March, is this year's fourth quarter."""
    assert [value for _, _, value in values(sentence, published)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Said on 1998-03-11: a past verb and its object before "in" date the month it names,
        # the one gone, though the one ahead is nearer.
        ("The firm slashed jobs in May.", [("May", "DATE", "1997-05")]),
        ("The government raised taxes in June.", [("June", "DATE", "1997-06")]),
        # "was" with its complement is a past state of that month.
        ("Inflation was 3 percent in June.", [("June", "DATE", "1997-06")]),
        # After an adverb the "-ed" form is an adjective of its noun: no verb, the nearest.
        ("It is paid on a still unspecified date in June.", [("June", "DATE", "1998-06")]),
        # A name ending in "-ly", or an adverb after the subject, is no adverb of an adjective:
        # the "-ed" form is the verb.
        ("Sally slashed jobs in May.", [("May", "DATE", "1997-05")]),
        ("The firm reportedly slashed jobs in May.", [("May", "DATE", "1997-05")]),
    ],
)
def test_a_past_verb_and_its_object_before_in_date_the_month_gone(
    sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    """'The firm slashed jobs in May', said in March, is last May, not the May ahead."""
    assert values(sentence, "1998-03-11") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("They will live without power for a while.", [("a while", "DURATION", "PXX")]),
        ("He left a while ago.", [("a while ago", "DATE", "PAST_REF")]),
        # "once in a while" is now and then, no span.
        ("Once in a while, the river floods.", []),
    ],
)
def test_a_while_is_a_span_of_no_stated_length(
    sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    """'for a while' is DURATION PXX, as TimeML values a span of unknown length."""
    assert values(sentence, "1998-03-11") == expected
