"""The dates plugin against the TimeML guidelines' worked examples and news wording like them.

Sources, a second reading independent of TimeBank: the TimeML Annotation Guidelines of the
TERQAS working group (Pustejovsky, Sauri, Setzer, Ingria; version 0.2.2, July 2002,
``timeml.github.io/site/terqas/documentation/AnnotationGuideline-Draft8.html``), sections 2.2.1
(what a TIMEX3 spans: signals and event postmodifiers left out, adverbial postmodifiers kept, a
possessive of two times as one tag, an anniversary as one tag, conjoined expressions split; its
"from"/"before" sequences as one tag TimeBank splits, and so do the rules) and 2.2.2 (types,
values: "two months" in "stayed two months" against "two months ago", "Friday evening" on a
document of Monday 8 January 2001, "recent months" and "the following hours" as durations of
unsaid length); where TimeBank, annotated to the later guidelines, shows a rule otherwise,
the tests follow TimeBank and say so. The sentences are written for these tests,
the guidelines' own few kept short where their wording is the point; the cases the brief of this
round listed (determiners, "early", "about", "each week", "now", "currently", quarters and
fiscal years, "two weeks ago", "that day", "the following month", comparisons a year back, ages)
are in news wording of our own. Where the project departs from the guidelines on purpose, the
test says so. The TIDES 2005 standard (Ferro et al.), which TimeML's extents follow, agrees on
the rule of thumb the extent tests hold: determiners and modifiers inside, prepositions and
appositives outside.
"""

from __future__ import annotations

import pytest

import stoltlib

MANAGER = stoltlib.get_plugin_manager(builtins_only=True, environ={})

# A lead sentence without a time: a one-line text holding a date would be a date line.
LEAD = "The council met in the town hall and talked about the roads and the bridge.\n\n"

Row = tuple[str, str, str, str | None]


def times(text: str, published: str = "1998-08-07") -> list[Row]:
    """(text, type, value, mod) of every time expression the built-in plugins find."""
    document = stoltlib.Document(id="g", text=LEAD + text, published=published)
    analysis = stoltlib.analyze(document, plugins=MANAGER)
    return [(t.text, t.type, t.value, t.mod) for t in analysis.times]


# Extents: what the guidelines put inside a TIMEX3 and what they leave out (section 2.2.1).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An event postmodifier stays out ("five days after he came back").
        ("Five days after he came back, he left.", [("Five days", "DURATION", "P5D", None)]),
        (
            "She brings nearly four decades of experience.",
            [("nearly four decades", "DURATION", "P40Y", "LESS_THAN")],
        ),
        (
            "The truce held despite months of renewed fighting.",
            [("months", "DURATION", "PXM", None)],
        ),
        # A time signal stays out: "at 8:00 p.m. on Friday" and "Friday at 8:00 p.m." are two.
        (
            "The concert is at 8:00 p.m. on Friday.",
            [
                ("8:00 p.m.", "TIME", "1998-08-07T20:00", None),
                ("Friday", "DATE", "1998-08-07", None),
            ],
        ),
        (
            "The concert is Friday at 8:00 p.m.",
            [
                ("Friday", "DATE", "1998-08-07", None),
                ("8:00 p.m.", "TIME", "1998-08-07T20:00", None),
            ],
        ),
        # "ago" is inside; so are determiners and modifiers.
        ("Mary arrived four years ago.", [("four years ago", "DATE", "1994", None)]),
        (
            "Sales fell in the last three years.",
            [("the last three years", "DURATION", "P3Y", None)],
        ),
        (
            "The firm was set up about two years ago.",
            [("about two years ago", "DATE", "1996", "APPROX")],
        ),
        ("Prices rose in early 1998.", [("early 1998", "DATE", "1998", "START")]),
        ("The rebels attacked in late March.", [("late March", "DATE", "1998-03", "END")]),
        (
            "The blast happened late last night.",
            [("late last night", "TIME", "1998-08-06TNI", "END")],
        ),
        (
            "The deal runs no more than 60 days.",
            [("no more than 60 days", "DURATION", "P60D", "EQUAL_OR_LESS")],
        ),
        ("He stayed less than a year.", [("less than a year", "DURATION", "P1Y", "LESS_THAN")]),
        (
            "He has led it for more than three years.",
            [("more than three years", "DURATION", "P3Y", "MORE_THAN")],
        ),
        # One tag for a distance back with the anchor's part that dates it (an anniversary).
        (
            "A quake struck the city three years ago today.",
            [("three years ago today", "DATE", "1995-08-07", None)],
        ),
        (
            "The war ended 50 years ago this month.",
            [("50 years ago this month", "DATE", "1948-08", None)],
        ),
        ("He died six months ago today.", [("six months ago today", "DATE", "1998-02-07", None)]),
        (
            "It happened about ten years ago this month.",
            [("about ten years ago this month", "DATE", "1988-08", "APPROX")],
        ),
        # ... not across a sentence's end.
        (
            "Sales rose from a year ago. Today the firm said it would grow.",
            [("a year ago", "DATE", "1997", None), ("Today", "DATE", "1998-08-07", None)],
        ),
        # A half of a month is the month with its mod, one tag (as "the morning of Jan. 31").
        (
            "He visited in the second half of March.",
            [("the second half of March", "DATE", "1998-03", "END")],
        ),
        (
            "He will visit in the first half of March.",
            [("the first half of March", "DATE", "1999-03", "START")],
        ),
        ("He played in the second half of the game.", []),
        # One tag for a part of the day with its day, and for a possessive of two times.
        (
            "They met on the morning of Jan. 31.",
            [("the morning of Jan. 31", "TIME", "1998-01-31TMO", None)],
        ),
        ("This year's summer was hot.", [("This year's summer", "DATE", "1998-SU", None)]),
        ("Last year's summer was dry.", [("Last year's summer", "DATE", "1997-SU", None)]),
        ("Next year's spring will be busy.", [("Next year's spring", "DATE", "1999-SP", None)]),
        # ... but "fall" after the possessive is a decline: the year alone is the time.
        ("Last year's fall in prices hurt farmers.", [("Last year", "DATE", "1997", None)]),
        # An hour with the part of the day that places it in its half of the day is one time.
        (
            "They met at 11 o'clock in the morning.",
            [("11 o'clock in the morning", "TIME", "1998-08-07T11:00", None)],
        ),
        (
            "Talks resume at 8 o'clock in the evening.",
            [("8 o'clock in the evening", "TIME", "1998-08-07T20:00", None)],
        ),
        (
            "The plane landed at 4:30 in the afternoon.",
            [("4:30 in the afternoon", "TIME", "1998-08-07T16:30", None)],
        ),
        ("The curfew starts at 10 at night.", [("10 at night", "TIME", "1998-08-07T22:00", None)]),
        (
            "The curfew starts at eleven at night.",
            [("eleven at night", "TIME", "1998-08-07T23:00", None)],
        ),
        (
            "They met at eleven in the morning.",
            [("eleven in the morning", "TIME", "1998-08-07T11:00", None)],
        ),
        (
            "He called at about four in the afternoon.",
            [("about four in the afternoon", "TIME", "1998-08-07T16:00", "APPROX")],
        ),
        ("She reached the hotel in the morning.", [("the morning", "TIME", "1998-08-07TMO", None)]),
        # The hour that names noon or midnight is inside ("twelve o'clock midnight"); a past
        # midnight is the one that closed the day before.
        ("The deadline is 12 noon Friday.", [("12 noon Friday", "TIME", "1998-08-07T12:00", None)]),
        (
            "He left at twelve o'clock midnight.",
            [("twelve o'clock midnight", "TIME", "1998-08-06T24:00", None)],
        ),
        # Without a preposition of time before it the number is a count, not an hour.
        ("Troops killed 9 at night, officials said.", []),
    ],
)
def test_guideline_extents(text: str, expected: list[Row]) -> None:
    """Each sentence's expressions span what the guidelines tag."""
    assert times(text) == expected


# Types and values (section 2.2.2) and the news forms of them.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The same words are a DURATION or a DATE by their use.
        ("John stayed two months in Boston.", [("two months", "DURATION", "P2M", None)]),
        ("John arrived in Boston two months ago.", [("two months ago", "DATE", "1998-06", None)]),
        ("He stayed two entire days.", [("two entire days", "DURATION", "P2D", None)]),
        # Spans of unsaid length: "recent months", "the following hours".
        ("Tourism has fallen in recent months.", [("recent months", "DURATION", "PXM", None)]),
        (
            "Nobody slept during the following hours.",
            [("the following hours", "DURATION", "PTXH", None)],
        ),
        (
            "Rescuers searched during the following days.",
            [("the following days", "DURATION", "PXD", None)],
        ),
        ("It began in the summer of 1964.", [("the summer of 1964", "DATE", "1964-SU", None)]),
        ("It began in October of 1963.", [("October of 1963", "DATE", "1963-10", None)]),
        # Sets.
        ("The board meets each week.", [("each week", "SET", "P1W", None)]),
        ("He visits twice a month.", [("twice a month", "SET", "P1M", None)]),
        ("The newspaper is published daily.", [("daily", "SET", "P1D", None)]),
        ("He jogs every Tuesday.", [("every Tuesday", "SET", "XXXX-WXX-2", None)]),
        # A part of every day, as "every Tuesday" is a day of every week.
        ("He jogs each morning.", [("each morning", "SET", "XXXX-XX-XXTMO", None)]),
        ("Each night, rebels shelled the city.", [("Each night", "SET", "XXXX-XX-XXTNI", None)]),
        ("Every morning session was full.", []),
        # Present and past references.
        ("The company is now profitable.", [("now", "DATE", "PRESENT_REF", None)]),
        ("The company is currently in talks.", [("currently", "DATE", "PRESENT_REF", None)]),
        ("He recently left the board.", [("recently", "DATE", "PAST_REF", None)]),
        # Quarters and fiscal years.
        (
            "Profit rose in the fiscal fourth quarter.",
            [("the fiscal fourth quarter", "DATE", "1997-Q4", None)],
        ),
        (
            "Profit rose in the first quarter of fiscal 1997.",
            [("the first quarter of fiscal 1997", "DATE", "1997-Q1", None)],
        ),
        ("Fiscal 1998 profit rose 10%.", [("Fiscal 1998", "DATE", "1998", None)]),
        (
            "Profit rose in fiscal 1999's first quarter.",
            [("fiscal 1999's first quarter", "DATE", "1999-Q1", None)],
        ),
        # A quarter named by the month that closes it.
        ("Sales rose in the June quarter.", [("the June quarter", "DATE", "1998-Q2", None)]),
        (
            "Sales rose in the December quarter.",
            [("the December quarter", "DATE", "1997-Q4", None)],
        ),
        (
            "Sales rose in the Sept. quarter of 1997.",
            [("the Sept. quarter of 1997", "DATE", "1997-Q3", None)],
        ),
        # ... not by one that closes no calendar quarter.
        ("Sales rose in the January quarter.", [("January", "DATE", "1998-01", None)]),
        (
            "Profit rose from last year's third quarter.",
            [("last year's third quarter", "DATE", "1997-Q3", None)],
        ),
        # Distances and steps.
        ("The plant closed two weeks ago.", [("two weeks ago", "DATE", "1998-W30", None)]),
        ("He resigned the following month.", [("the following month", "DATE", "1998-09", None)]),
        (
            "Talks began on Monday. They collapsed that day.",
            [("Monday", "DATE", "1998-08-03", None), ("that day", "DATE", "1998-08-03", None)],
        ),
    ],
)
def test_guideline_values(text: str, expected: list[Row]) -> None:
    """Each sentence's expressions carry the guidelines' type and value."""
    assert times(text) == expected


def test_a_weekday_evening_is_the_coming_one_in_a_future_clause() -> None:
    """'Friday evening' on a document of Monday 8 January 2001 is the 12th's evening."""
    found = times("The minister will speak on Friday evening.", published="2001-01-08")
    assert found == [("Friday evening", "TIME", "2001-01-12TEV", None)]


# Comparisons a year back: one expression, the period a year before.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales rose 5% from a year earlier.", [("a year earlier", "DATE", "1997", None)]),
        (
            "Sales rose from the previous quarter.",
            [("the previous quarter", "DATE", "1998-Q2", None)],
        ),
        (
            "Profit was up from the same period a year earlier.",
            [("the same period a year earlier", "DATE", "1997-Q2", None)],
        ),
        (
            "Sales were up 3% from the same month last year.",
            [("the same month last year", "DATE", "1997-08", None)],
        ),
        (
            "Sales were flat against the same month a year earlier.",
            [("the same month a year earlier", "DATE", "1997-08", None)],
        ),
        # The month named last is the one compared.
        (
            "Sales in March rose 3% from the same month last year.",
            [
                ("March", "DATE", "1998-03", None),
                ("the same month last year", "DATE", "1997-03", None),
            ],
        ),
        (
            "Sales this week rose from the same week a year ago.",
            [
                ("this week", "DATE", "1998-W32", None),
                ("the same week a year ago", "DATE", "1997-W32", None),
            ],
        ),
        (
            "Volume was up from the same day last year.",
            [("the same day last year", "DATE", "1997-08-07", None)],
        ),
        # The day the story is at is the one compared.
        (
            "On Tuesday, volume was 5 million shares, up from 3 million the same day last year.",
            [
                ("Tuesday", "DATE", "1998-08-04", None),
                ("the same day last year", "DATE", "1997-08-04", None),
            ],
        ),
    ],
)
def test_comparisons_a_year_back(text: str, expected: list[Row]) -> None:
    """'The same month last year' and its kin are one expression a year back."""
    assert times(text) == expected


# Anchoring: a bare month or weekday follows its clause's tense.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The plant opened in May.", [("May", "DATE", "1998-05", None)]),
        ("The plant will open in May.", [("May", "DATE", "1999-05", None)]),
        ("He was arrested on Tuesday.", [("Tuesday", "DATE", "1998-08-04", None)]),
        ("He will arrive on Tuesday.", [("Tuesday", "DATE", "1998-08-11", None)]),
        # Irregular past forms are past cues as "-ed" forms are.
        ("Sunday's election drew a large crowd.", [("Sunday", "DATE", "1998-08-02", None)]),
        ("Thousands fled the town in March.", [("March", "DATE", "1998-03", None)]),
        ("Rebels shot down a helicopter on Thursday.", [("Thursday", "DATE", "1998-08-06", None)]),
        ("The firm withdrew its offer on Monday.", [("Monday", "DATE", "1998-08-03", None)]),
        # ... and so are irregular past participles after "was" and "were".
        ("He was born Oct. 5.", [("Oct. 5", "DATE", "1997-10-05", None)]),
        ("The hostages were taken in October.", [("October", "DATE", "1997-10", None)]),
        # A participle after "be" and an adverb is a passive ahead, with or without the adverb.
        ("Workers will be laid off through mid-July.", [("mid-July", "DATE", "1999-07", "MID")]),
        (
            "Workers will be temporarily laid off through mid-July.",
            [("mid-July", "DATE", "1999-07", "MID")],
        ),
        ("The family sold the house in October.", [("October", "DATE", "1997-10", None)]),
    ],
)
def test_bare_names_follow_the_tense(text: str, expected: list[Row]) -> None:
    """A month or weekday alone is the last one in a past clause, the next in a future one."""
    assert times(text) == expected


def test_a_passive_over_an_adverb_points_ahead() -> None:
    """'Will be formally introduced over the summer', said in March, is the coming summer."""
    found = times("The product will be formally introduced over the summer.", "1987-03-02")
    assert found == [("the summer", "DATE", "1987-SU", None)]


def test_ages_are_left_untagged() -> None:
    """Ages are no times here, as in TimeBank (its four 'years old' are untagged)."""
    assert times("The 45-year-old manager, who was 45 years old, resigned.") == []


def test_the_future_of_a_noun_stays_untagged() -> None:
    """'The future of the alliance' is no time: the seeds' gold departs from the guidelines."""
    # The guidelines tag "the future" in "the future of our people"; the project's seed gold
    # reads such a phrase as a noun phrase about prospects and leaves it out.
    assert times("Leaders talked about the future of our people.") == []


def test_a_span_from_a_day_is_two_expressions() -> None:
    """'Two weeks from next Tuesday' is a span and a day, as TimeBank splits such sequences."""
    # The 2002 draft joined a span and the time it counts from into one tag; TimeBank, on the
    # later guidelines, tags them apart ("Eight trading days after Oct. 12"), as here.
    assert times("He will leave two weeks from next Tuesday.") == [
        ("two weeks", "DURATION", "P2W", None),
        ("next Tuesday", "DATE", "1998-08-11", None),
    ]
    assert times("It closed two days before yesterday.") == [
        ("two days", "DURATION", "P2D", None),
        ("yesterday", "DATE", "1998-08-06", None),
    ]


# Guideline examples the extractor does not follow yet.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "It was the best second quarter ever.",
            [("the best second quarter ever", "DATE", "1998-Q2", None)],
            id="quarter-ever",
        ),
        pytest.param(
            "Saddam might play the game again six months or a year from now.",
            [
                ("six months", "DURATION", "P6M", None),
                ("a year", "DURATION", "P1Y", None),
                ("now", "DATE", "PRESENT_REF", None),
            ],
            id="conjoined-from-now",
        ),
    ],
)
@pytest.mark.xfail(
    strict=True,
    reason=(
        "an adverb after a time ('ever') is inside the TIMEX3 in the guidelines, and a "
        "conjoined 'from now' is the whole pair's anchor; the rules end the first at the "
        "unit and read 'a year from now' as one date"
    ),
)
def test_known_guideline_misses(text: str, expected: list[Row]) -> None:
    """The guidelines' examples the rules miss, each as it should be read."""
    assert times(text) == expected
