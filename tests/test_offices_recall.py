"""Office changes news writes in common structures, on sentences written for the test."""

from __future__ import annotations

import pytest

from stoltlib import Document, Event
from stoltlib.pipeline import Pipeline


def events(pipeline: Pipeline, text: str) -> list[Event]:
    """The office events the built-in plugins find in ``text``."""
    return list(pipeline.analyze(Document(id="t", text=text, published="1987-03-02")).events)


def summary(event: Event) -> tuple[str, str | None, str | None, str | None]:
    """An event's type, person, position and organisation."""
    person = event.person.name if event.person else None
    return (event.type, person, event.position, event.organization)


@pytest.mark.parametrize(
    "text",
    [
        "Rovers sacked manager Jim Boyle on Monday.",
        "Rovers parted company with manager Jim Boyle on Monday.",
    ],
)
def test_a_football_manager_is_dismissed_by_the_club(pipeline: Pipeline, text: str) -> None:
    """A club dismissing its manager ends the manager's post at the club."""
    assert [summary(e) for e in events(pipeline, text)] == [
        ("office.end", "Jim Boyle", "Manager", "Rovers")
    ]


def test_a_justice_sworn_in_starts_the_office(pipeline: Pipeline) -> None:
    """A justice is an office that a swearing-in starts."""
    found = events(pipeline, "Ellen Marsh was sworn in as a justice on Monday.")
    assert [summary(e)[:3] for e in found] == [("office.start", "Ellen Marsh", "Justice")]


@pytest.mark.parametrize(
    "text",
    [
        "John Peltz of Omaha was elected president of the Grain Growers Association.",
        "John Peltz of Fairbury, Ill. was elected president of the Grain Growers Association.",
    ],
)
def test_a_place_after_the_name_is_not_the_subject(pipeline: Pipeline, text: str) -> None:
    """A person's place of origin between the name and the verb leaves the name the subject."""
    assert [summary(e) for e in events(pipeline, text)] == [
        ("office.elect", "John Peltz", "President", "Grain Growers Association")
    ]


def test_a_bare_and_shares_the_opening_subject(pipeline: Pipeline) -> None:
    """A cue after "and" ending a verb phrase is the sentence's opening person's."""
    found = events(pipeline, "Tom Ridge sold his stake and resigned as chairman of Fenwick Corp.")
    assert [summary(e) for e in found] == [("office.end", "Tom Ridge", "Chairman", "Fenwick Corp")]


def test_a_bare_and_before_a_name_is_an_adjective(pipeline: Pipeline) -> None:
    """A cue after "and" with a name right after it is no verb of the opening person."""
    assert events(pipeline, "Tom Ridge praised the ailing and resigned William Casey.") == []


def test_a_reshuffle_move_ends_the_old_post_and_starts_the_new(pipeline: Pipeline) -> None:
    """Moving a titled minister to a ministry ends the title's post and starts the minister's."""
    text = "The premier reshuffled, moving Trade Minister Karl Hess to the finance ministry."
    assert sorted(summary(e) for e in events(pipeline, text)) == [
        ("office.end", "Karl Hess", "Trade Minister", None),
        ("office.start", "Karl Hess", "Finance Minister", None),
    ]


def test_moving_a_person_to_a_place_is_no_office(pipeline: Pipeline) -> None:
    """A move to a place, no office named, gives no event."""
    assert events(pipeline, "The company is moving John Smith to London.") == []


@pytest.mark.parametrize(
    ("text", "position"),
    [
        ("Lumo Corp named Paul Kerr acting chief executive.", "Acting Chief Executive Officer"),
        ("Paul Kerr was named interim president of Lumo Corp.", "Interim President"),
    ],
)
def test_a_temporary_head_keeps_the_qualifier(pipeline: Pipeline, text: str, position: str) -> None:
    """An acting or interim head's start keeps the qualifier in the position."""
    assert [summary(e)[:3] for e in events(pipeline, text)] == [
        ("office.start", "Paul Kerr", position)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The governor nominated Ellen Marsh to the state Supreme Court.",
            ("office.nominate", "Ellen Marsh", "Justice", "Supreme Court"),
        ),
        (
            "Ellen Marsh was appointed to the Court of Appeals.",
            ("office.start", "Ellen Marsh", "Judge", "Court of Appeals"),
        ),
    ],
)
def test_a_court_after_the_cue_is_a_seat_on_its_bench(
    pipeline: Pipeline, text: str, expected: tuple[str, ...]
) -> None:
    """A court named after a cue gives a justice's or a judge's seat on it."""
    assert [summary(e) for e in events(pipeline, text)] == [expected]
