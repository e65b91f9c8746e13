"""Tests for the office-event scorer, stoltlib.evaluate.events."""

from __future__ import annotations

import json
from typing import Any

import pytest

from stoltlib import Event, Participant, TimeRef
from stoltlib.evaluate import (
    GoldFormatError,
    as_event,
    organization_matches,
    person_matches,
    read_gold,
    score_events,
    summarize_events,
)
from stoltlib.evaluate.events import RoleText

TEXT = "Acme Corp said it named John Smith president, succeeding Mary Jones, effective April 1."


def span(text: str, start: int | None = None) -> dict[str, Any]:
    """A gold span for the first occurrence of ``text`` in TEXT (or at ``start``)."""
    where = TEXT.index(text) if start is None else start
    return {"text": text, "start": where, "end": where + len(text)}


def gold_events() -> list[dict[str, Any]]:
    """The gold events of TEXT: a start for Smith and an end for Jones, linked."""
    return [
        {
            "id": "e1",
            "type": "office.start",
            "person": span("John Smith"),
            "position": span("president"),
            "organization": span("Acme Corp"),
            "predecessor": span("Mary Jones"),
            "successor": None,
            "time": {"value": "1987-04-01", **span("April 1")},
            "modality": "planned",
            "links": ["e2"],
            "evidence": span("named John Smith president"),
        },
        {
            "id": "e2",
            "type": "office.end",
            "person": span("Mary Jones"),
            "position": span("president"),
            "organization": span("Acme Corp"),
            "predecessor": None,
            "successor": span("John Smith"),
            "time": {"value": "1987-04-01", **span("April 1")},
            "modality": "planned",
            "links": ["e1"],
            "evidence": span("succeeding Mary Jones"),
        },
    ]


def predicted_start(**changes: Any) -> Event:
    """A predicted start for Smith that agrees with the gold one unless changed."""
    values: dict[str, Any] = {
        "id": "p1",
        "type": "office.start",
        "person": Participant(
            "John Smith", TEXT.index("John Smith"), TEXT.index("John Smith") + 10
        ),
        "position": "president",
        "organization": "Acme Corp",
        "predecessor": Participant("Mary Jones"),
        "time": TimeRef("1987-04-01"),
        "modality": "planned",
    }
    values.update(changes)
    return Event(**values)


def predicted_end(**changes: Any) -> dict[str, Any]:
    """A predicted end for Jones, as a JSON-contract mapping."""
    values: dict[str, Any] = {
        "id": "p2",
        "type": "office.end",
        "person": {"name": "Mary Jones", "start": None, "end": None},
        "position": "President",
        "organization": "Acme",
        "predecessor": None,
        "successor": {"name": "john smith", "start": None, "end": None},
        "time": {"value": "1987-04-01", "start": None, "end": None},
        "modality": "planned",
    }
    values.update(changes)
    return values


def test_perfect_match_scores_one_everywhere() -> None:
    """Predictions equal to the gold events give P = R = F1 = 1 and every role right."""
    score = score_events([predicted_start(), predicted_end()], gold_events())
    summary = summarize_events([score])
    assert (summary.overall.precision, summary.overall.recall, summary.overall.f1) == (1, 1, 1)
    assert {name: acc.accuracy for name, acc in summary.roles.items()} == {
        "position": 1.0,
        "organization": 1.0,
        "predecessor": 1.0,
        "successor": 1.0,
        "time": 1.0,
        "modality": 1.0,
    }


def test_missed_event_lowers_recall_only() -> None:
    """A gold event with no prediction is a miss: recall 0.5, precision 1."""
    score = score_events([predicted_start()], gold_events())
    summary = summarize_events([score])
    assert [event.id for event in score.missed] == ["e2"]
    assert (summary.overall.precision, summary.overall.recall) == (1.0, 0.5)
    assert summary.by_type["office.end"].recall == 0.0


def test_spurious_event_lowers_precision_only() -> None:
    """A prediction with no gold event is spurious: precision 2/3, recall 1."""
    extra = predicted_start(id="p3", type="office.hold", person=Participant("Peter Brown"))
    score = score_events([predicted_start(), predicted_end(), extra], gold_events())
    summary = summarize_events([score])
    assert [event.id for event in score.spurious] == ["p3"]
    assert summary.overall.precision == pytest.approx(2 / 3)
    assert summary.overall.recall == 1.0
    assert summary.by_type["office.hold"].precision == 0.0


def test_wrong_type_is_a_miss_and_a_spurious_event() -> None:
    """A right person with the wrong type matches nothing."""
    score = score_events([predicted_start(type="office.elect"), predicted_end()], gold_events())
    assert [event.id for event in score.missed] == ["e1"]
    assert [event.type for event in score.spurious] == ["office.elect"]


def test_wrong_time_value_counts_against_time_accuracy_only() -> None:
    """A matched event with another time value is right on type and person, wrong on time."""
    score = score_events(
        [predicted_start(time=TimeRef("1987-03-01")), predicted_end()], gold_events()
    )
    summary = summarize_events([score])
    assert summary.overall.f1 == 1.0
    assert (summary.roles["time"].correct, summary.roles["time"].total) == (1, 2)
    assert summary.roles["modality"].accuracy == 1.0


def test_missing_time_counts_when_gold_has_one() -> None:
    """A prediction without a time is wrong against a gold time; both empty is not counted."""
    score = score_events([predicted_start(time=None)], gold_events()[:1])
    assert score.matches[0].roles["time"] is False
    gold = [dict(gold_events()[0], time=None)]
    assert score_events([predicted_start(time=None)], gold).matches[0].roles["time"] is None


def test_wrong_modality_counts_against_modality() -> None:
    """Asserted against planned is a modality error on a matched pair."""
    score = score_events([predicted_start(modality="asserted")], gold_events()[:1])
    assert score.matches[0].roles["modality"] is False


def test_surname_matches_only_with_overlapping_spans() -> None:
    """A predicted surname matches the gold full name when the mention spans overlap."""
    gold = RoleText("John Smith", 24, 34)
    assert person_matches(gold, RoleText("Smith", 29, 34))
    assert not person_matches(gold, RoleText("Smith", 60, 65))
    assert person_matches(gold, RoleText("JOHN  SMITH"))
    assert not person_matches(gold, RoleText("John Smithers", 24, 37))


def test_gold_full_name_matches_a_pronoun_mention() -> None:
    """A gold pronoun mention with a full name matches a prediction of that name."""
    assert person_matches(RoleText("he", 3, 5, name="John Smith"), RoleText("John Smith"))


def test_one_prediction_matches_one_gold_event() -> None:
    """Two gold starts for one person need two predictions; one prediction matches once."""
    first = gold_events()[0]
    second = dict(first, id="e3", evidence=span("effective April 1"))
    score = score_events([predicted_start()], [first, second])
    assert len(score.matches) == 1
    assert len(score.missed) == 1


def test_positions_may_be_compared_by_the_office_they_name() -> None:
    """With a position key, 'chief executive' and 'Chief Executive Officer' agree; without, not."""
    gold = [{"type": "office.start", "person": span("John Smith"),
             "position": {"text": "chief executive"}}]  # fmt: skip
    predicted = [Event(id="p1", type="office.start", person=Participant("John Smith"),
                       position="Chief Executive Officer")]  # fmt: skip
    offices = {"chief executive": "ceo", "chief executive officer": "ceo"}

    def office(title: str) -> str:
        return offices.get(title.casefold(), title.casefold())

    (plain,) = score_events(predicted, gold).matches
    (keyed,) = score_events(predicted, gold, position_key=office).matches
    assert (plain.roles["position"], keyed.roles["position"]) == (False, True)


def test_organisation_matches_on_its_name_with_descriptive_words() -> None:
    """Legal suffixes and articles are dropped; a name may add descriptive words, not others."""
    assert organization_matches(RoleText("Reebok International Ltd"), RoleText("Reebok"))
    assert organization_matches(RoleText("the Hercules Inc"), RoleText("HERCULES"))
    assert not organization_matches(RoleText("Acme Corp"), RoleText("Apex Corp"))
    assert not organization_matches(RoleText("Bank of America"), RoleText("Bank"))
    assert not organization_matches(
        RoleText("American Express Bank Ltd"), RoleText("American Express Co")
    )
    assert not organization_matches(
        RoleText("Western Union Corp"), RoleText("Western Union Corp. Last")
    )


def test_as_event_reads_gold_and_contract_shapes() -> None:
    """Gold spans, contract participants and model events give the same item fields."""
    gold = as_event(gold_events()[0])
    contract = as_event(predicted_end())
    model = as_event(predicted_start())
    assert gold.person is not None and gold.person.text == "John Smith"
    assert contract.person is not None and contract.person.text == "Mary Jones"
    assert model.position is not None and model.position.text == "president"
    assert (gold.time_value, contract.time_value, model.time_value) == ("1987-04-01",) * 3


def test_read_gold_reads_lines_in_order() -> None:
    """A gold file's documents come back by (file, newid) in line order."""
    lines = [
        json.dumps({"file": "a.json", "newid": "2", "events": gold_events()}),
        "",
        json.dumps({"file": "a.json", "newid": "1", "events": []}),
    ]
    gold = read_gold(lines)
    assert list(gold) == [("a.json", "2"), ("a.json", "1")]
    assert [event.id for event in gold["a.json", "2"]] == ["e1", "e2"]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "not JSON"),
        (json.dumps({"events": []}), "needs 'file' and 'newid'"),
        (json.dumps({"file": "a", "newid": "1", "events": {}}), "'events' must be a list"),
        (
            json.dumps({"file": "a", "newid": "1", "events": [{"type": "office.begin"}]}),
            "type must be one of",
        ),
        (
            json.dumps(
                {"file": "a", "newid": "1", "events": [dict(gold_events()[0], modality="sure")]}
            ),
            "modality must be one of",
        ),
        (
            json.dumps(
                {"file": "a", "newid": "1", "events": [dict(gold_events()[0], person="Smith")]}
            ),
            "person must be null or an object",
        ),
    ],
)
def test_malformed_gold_line_raises_a_clear_error(line: str, message: str) -> None:
    """A malformed gold line raises GoldFormatError naming the line and the fault."""
    with pytest.raises(GoldFormatError, match=message) as raised:
        read_gold([line])
    assert "gold line 1" in str(raised.value)


def test_repeated_document_raises() -> None:
    """Two lines for one document are an error, not a silent overwrite."""
    line = json.dumps({"file": "a", "newid": "1", "events": []})
    with pytest.raises(GoldFormatError, match="repeats"):
        read_gold([line, line])
