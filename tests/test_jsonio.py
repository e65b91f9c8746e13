"""The JSON contract: exact round trips, the documented keys, loading output back."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
from hypothesis import given

import stoltlib
from stoltlib.jsonio import SchemaError, from_dict, to_dict
from stoltlib.model import Analysis, Document
from stoltlib.spans import span_problems
from stoltlib.testing.strategies import analyses

from .conftest import TOP_LEVEL_KEYS

TOP_LEVEL = list(TOP_LEVEL_KEYS)


@given(analyses())
def test_every_analysis_round_trips_exactly(analysis: Analysis) -> None:
    """loads(dumps(a)) == a for any valid analysis, through a real JSON string."""
    assert stoltlib.loads(stoltlib.dumps(analysis)) == analysis


@given(analyses())
def test_strategies_build_valid_analyses(analysis: Analysis) -> None:
    """The shipped strategies only build analyses whose spans slice back to their text."""
    assert span_problems(analysis, analysis.text) == []


@given(analyses())
def test_json_has_the_contract_keys(analysis: Analysis) -> None:
    """Every analysis serialises to the top-level keys of DESIGN.md's contract, in order."""
    data = json.loads(stoltlib.dumps(analysis))
    assert list(data) == TOP_LEVEL
    assert data["stoltlib"] == {"version": stoltlib.__version__, "schema": stoltlib.SCHEMA_VERSION}
    assert list(data["document"]) == ["url", "title", "outlet", "published", "meta"]
    assert set(data["metadata"]) == {
        "title",
        "outlet",
        "authors",
        "published",
        "dateline",
        "agencies",
        "language",
        "photo_credits",
        "boilerplate",
        "plugin",
    }


@given(analyses())
def test_without_text_everything_but_the_text_survives(analysis: Analysis) -> None:
    """--no-text output drops only the document's text."""
    data = to_dict(analysis, text=False)
    assert "text" not in data
    back = from_dict(data)
    assert back.document.text == ""
    assert back.claims == analysis.claims and back.events == analysis.events


def test_contract_field_shapes() -> None:
    """Facts serialise with the field names DESIGN.md's example shows."""
    text = "Rutte will replace him on Tuesday, he said."
    analysis = Analysis(
        document=Document(id="d", text=text),
        times=[
            stoltlib.TimeExpression(
                start=26,
                end=33,
                text="Tuesday",
                type="DATE",
                value="2024-10-01",
                interval=("2024-10-01", "2024-10-01"),
            )
        ],
        claims=[
            stoltlib.Claim(
                kind="indirect",
                content=[stoltlib.TextSpan.of(text, 0, 33)],
                speaker=stoltlib.Speaker(start=35, end=37, text="he", entity="Jens Stoltenberg"),
                cue=stoltlib.TextSpan.of(text, 38, 42),
                confidence=0.9,
            )
        ],
        events=[
            stoltlib.Event(
                id="e1",
                type="office.start",
                person=stoltlib.Participant("Mark Rutte", 0, 5),
                time=stoltlib.TimeRef("2024-10-01", 26, 33),
                evidence=stoltlib.Span(0, 33),
                links=["e2"],
            )
        ],
    )
    data = to_dict(analysis)
    assert data["times"][0] == {
        "start": 26,
        "end": 33,
        "text": "Tuesday",
        "type": "DATE",
        "value": "2024-10-01",
        "mod": None,
        "interval": ["2024-10-01", "2024-10-01"],
        "plugin": None,
    }
    claim = data["claims"][0]
    assert claim["speaker"] == {
        "start": 35,
        "end": 37,
        "text": "he",
        "entity": "Jens Stoltenberg",
        "role": None,
    }
    assert claim["cue"] == {"start": 38, "end": 42, "text": "said"}
    event = data["events"][0]
    assert event["person"] == {"name": "Mark Rutte", "start": 0, "end": 5}
    assert event["time"] == {"value": "2024-10-01", "start": 26, "end": 33}
    assert event["evidence"] == {"start": 0, "end": 33} and event["links"] == ["e2"]


def _sample() -> list[Analysis]:
    return [
        Analysis(document=Document(id=f"doc{i}", text=f"Text {i} “quoted”"), published="2024-10-01")
        for i in range(3)
    ]


@pytest.mark.parametrize("kind", ["jsonl", "jsonl.gz", "json"])
def test_load_streams_back_every_output_format(tmp_path: Path, kind: str) -> None:
    """stoltlib.load reads JSONL, gzipped JSONL and the JSON array format."""
    sample = _sample()
    path = tmp_path / f"out.{kind}"
    if kind == "json":
        path.write_text(
            "[\n" + ",\n".join(stoltlib.dumps(a) for a in sample) + "\n]\n", encoding="utf-8"
        )
    else:
        body = "".join(stoltlib.dumps(a) + "\n" for a in sample) + "\n"
        opener = gzip.open if kind.endswith(".gz") else open
        with opener(path, "wt", encoding="utf-8") as handle:  # type: ignore[operator]
            handle.write(body)
    assert list(stoltlib.load(path)) == sample
    assert len(stoltlib.Corpus.from_jsonl(path)) == len(sample)


def test_load_reads_a_stream_lazily() -> None:
    """Load takes an open text stream and yields before reading the rest."""
    lines = [stoltlib.dumps(a) for a in _sample()] + ["{broken"]
    stream = stoltlib.load(io.StringIO("\n".join(lines)))
    assert next(stream).id == "doc0"  # the broken last line has not been reached yet
    assert [a.id for a in [next(stream), next(stream)]] == ["doc1", "doc2"]
    with pytest.raises(SchemaError, match=r":4: malformed JSON"):
        next(stream)


@pytest.mark.parametrize(
    "record, message",
    [
        ([1, 2], "not a stoltlib analysis"),
        ({"id": "x"}, "not a stoltlib analysis"),
        ({"stoltlib": {"schema": 99}, "id": "x", "document": {}}, "schema 99"),
        ({"id": "x", "document": {}, "times": [{"start": "a"}]}, "analysis 'x'"),
        ({"id": "x", "document": {"published": "yesterday"}}, "ISO 8601"),
    ],
)
def test_what_is_not_an_analysis_is_a_clear_error(record: object, message: str) -> None:
    """Malformed input to the JSON reader names what is wrong."""
    with pytest.raises(SchemaError, match=message):
        from_dict(record)


def test_unknown_keys_are_ignored_so_newer_output_still_reads() -> None:
    """Keys added by a newer minor version do not break reading."""
    data = to_dict(_sample()[0])
    data["future"] = {"x": 1}
    data["metadata"]["sentiment"] = "calm"
    assert from_dict(data) == _sample()[0]
