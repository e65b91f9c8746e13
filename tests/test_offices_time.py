"""The time role of office events: which time expression of the clause dates the event."""

from __future__ import annotations

import pytest

from stoltlib import Document
from stoltlib.pipeline import Pipeline


def times(
    pipeline: Pipeline, text: str, published: str = "1991-05-14"
) -> list[tuple[str, str | None]]:
    """Each office event's type and time value in ``text``."""
    analysis = pipeline.analyze(Document(id="t", text=text, published=published))
    return [(e.type, e.time.value if e.time else None) for e in analysis.events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A spelled day after a bare month the dates stage leaves unread.
        (
            "Pim Corp said Hana Ostrova, its treasurer, retired May two.",
            [("office.end", "1991-05-02")],
        ),
        (
            "Pim Corp said treasurer Hana Ostrova has resigned, effective June Four.",
            [("office.end", "1991-06-04")],
        ),
    ],
)
def test_spelled_day_after_a_bare_month(
    pipeline: Pipeline, text: str, expected: list[tuple[str, str]]
) -> None:
    """A month name with a day spelled after it dates the event to that day."""
    assert times(pipeline, text) == expected


def test_part_of_day_dates_the_day(pipeline: Pipeline) -> None:
    """A time of a part of the day ("this morning") dates the event to the day."""
    text = "Pim Corp said its chairman Hana Ostrova resigned this morning."
    assert times(pipeline, text) == [("office.end", "1991-05-14")]


def test_apposition_tenure_leaves_the_main_clause_time(pipeline: Pipeline) -> None:
    """A tenure in apposition ("X, formerly Y of Z,") takes no time of the main clause after it."""
    text = (
        "Hana Ostrova, formerly a vice president of Pim Corp, was picked yesterday to run the fund."
    )
    assert ("office.hold", None) in times(pipeline, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Hana Ostrova, Pim Corp's president for the past 2-1/2 years, said sales rose.", "P2Y6M"),
        ("Hana Ostrova has been president of Pim Corp for four and a half years.", "P4Y6M"),
    ],
)
def test_fractional_tenure_length(pipeline: Pipeline, text: str, value: str) -> None:
    """A tenure's length with a fraction is valued in the next unit, as TimeBank writes it."""
    assert ("office.hold", value) in times(pipeline, text)


def test_closing_effective_dates_each_clause_of_the_person(pipeline: Pipeline) -> None:
    """A sentence-closing "effective" date dates both clauses of one person's sentence."""
    text = (
        "Pim Corp said Hana Ostrova will retire as president but remain a director,"
        " effective July 1."
    )
    assert times(pipeline, text) == [("office.end", "1991-07-01"), ("office.hold", "1991-07-01")]


def test_closing_effective_skips_another_persons_clause(pipeline: Pipeline) -> None:
    """A closing "effective" date after another person's clause is not the first one's."""
    text = (
        "Pim Corp said Hana Ostrova has quit its board and clerk Ivo Brant has resigned,"
        " effective July 1."
    )
    assert times(pipeline, text)[0] == ("office.end", None)
