"""Flat tables of facts (stoltlib.tables): rows, CSV and DataFrames from analyses."""

from __future__ import annotations

import csv
import io
import sys

import pytest
import regex
from hypothesis import given

import stoltlib
from stoltlib import tables
from stoltlib.model import (
    Analysis,
    Boilerplate,
    Claim,
    Dateline,
    Document,
    Event,
    Found,
    Mention,
    Metadata,
    Participant,
    Problem,
    PublishedDate,
    Speaker,
    TextSpan,
    TimeExpression,
    TimeRef,
)
from stoltlib.testing import strategies

from .conftest import ROOT

TEXT = (
    "BRUSSELS (Sputnik) - “We must adapt,” NATO chief Jens Stoltenberg said on Monday, "
    "“and we will.” Mark Rutte took office."
)


def _piece(text: str) -> TextSpan:
    start = TEXT.index(text)
    return TextSpan(start, start + len(text), text)


def _analysis() -> Analysis:
    """A hand-made analysis with one fact of every kind (no plugin runs)."""
    name = _piece("Jens Stoltenberg")
    monday = _piece("Monday")
    rutte = _piece("Mark Rutte")
    return Analysis(
        document=Document(id="doc-1", text=TEXT, url="https://example.org/a"),
        published="2020-06-09",
        metadata=Metadata(
            title=Found("NATO adapts", source="html-meta"),
            outlet="Sputnik",
            authors=[Found("Ann Lee"), Found("Bo Chan")],
            published=PublishedDate("2020-06-09", "html-meta"),
            dateline=Dateline(0, 19, place="BRUSSELS", agency="Sputnik"),
            agencies=["Sputnik"],
            language="en",
            boilerplate=[Boilerplate(0, 8, "share-widget")],
            plugin="outlet",
        ),
        times=[
            TimeExpression(
                start=monday.start, end=monday.end, text="Monday", type="DATE",
                value="2020-06-08", interval=("2020-06-08", "2020-06-08"), plugin="dates",
            )
        ],
        mentions=[
            Mention(kind="person", start=name.start, end=name.end, text=name.text,
                    entity="Jens Stoltenberg", role="NATO chief", plugin="people")
        ],
        claims=[
            Claim(
                kind="direct",
                content=[_piece("We must adapt,"), _piece("and we will.")],
                speaker=Speaker(start=name.start, end=name.end, text=name.text,
                                entity="Jens Stoltenberg", role="NATO chief"),
                cue=_piece("said"),
                time=TimeRef("2020-06-08", monday.start, monday.end),
                confidence=0.9,
                plugin="quotes",
            ),
            Claim(kind="indirect", content=[_piece("Mark Rutte took office")], plugin="quotes"),
        ],
        events=[
            Event(id="e1", type="office.start", person=Participant("Mark Rutte", rutte.start,
                  rutte.end), position="Secretary General", organization="NATO",
                  predecessor=Participant("Jens Stoltenberg"), links=["e2"],
                  evidence=rutte.span, plugin="offices")
        ],
        errors=[Problem("broken", "claims", "KeyError", "'amount'")],
    )  # fmt: skip


def test_every_table_gives_rows_with_exactly_its_columns() -> None:
    """Each table's rows have the table's columns, in order, and start with the document id."""
    analysis = _analysis()
    for name, columns in tables.TABLES.items():
        found = list(tables.rows(name, [analysis]))
        assert found, name
        for row in found:
            assert tuple(row) == columns, name
            assert row["document"] == "doc-1"


def test_claim_rows_join_content_and_resolve_the_speaker() -> None:
    """A claim row names the resolved speaker, joins content pieces and spans all of them."""
    direct, unattributed = tables.claim_rows(_analysis())
    assert direct["speaker"] == "Jens Stoltenberg"
    assert direct["speaker_role"] == "NATO chief"
    assert direct["content"] == "We must adapt, ... and we will."
    assert (
        TEXT[direct["start"] : direct["end"]]
        == "We must adapt,” NATO chief Jens Stoltenberg said on Monday, “and we will."
    )
    assert (direct["cue"], direct["time"], direct["outlet"]) == ("said", "2020-06-08", "Sputnik")
    assert unattributed["speaker"] is None and unattributed["cue"] is None


def test_time_and_mention_rows_point_back_into_the_text() -> None:
    """Time and mention rows carry offsets that slice back to their text."""
    analysis = _analysis()
    (time,) = tables.time_rows(analysis)
    assert TEXT[time["start"] : time["end"]] == time["text"] == "Monday"
    assert (time["value"], time["first_day"], time["last_day"]) == ("2020-06-08",) * 3
    (mention,) = tables.mention_rows(analysis)
    assert TEXT[mention["start"] : mention["end"]] == mention["text"]
    assert mention["entity"] == "Jens Stoltenberg"


def test_metadata_row_flattens_lists_and_the_found_date() -> None:
    """One metadata row per document: authors joined, the found date and its source apart."""
    (row,) = tables.metadata_rows(_analysis())
    assert row["authors"] == "Ann Lee; Bo Chan"
    assert (row["published"], row["published_found"], row["published_source"]) == (
        "2020-06-09",
        "2020-06-09",
        "html-meta",
    )
    assert (row["dateline_place"], row["boilerplate"], row["title"]) == (
        "BRUSSELS",
        1,
        "NATO adapts",
    )


def test_metadata_row_falls_back_on_what_the_caller_gave() -> None:
    """Without metadata found, the row has the document's own title and outlet."""
    document = Document(id="d", text="x", title="Given title", outlet="Given outlet")
    (row,) = tables.metadata_rows(Analysis(document=document))
    assert (row["title"], row["outlet"], row["authors"], row["published_found"]) == (
        "Given title",
        "Given outlet",
        "",
        None,
    )


def test_event_and_error_rows() -> None:
    """Event rows name their participants; error rows copy the recorded problem."""
    analysis = _analysis()
    (event,) = tables.event_rows(analysis)
    assert (event["person"], event["predecessor"], event["successor"]) == (
        "Mark Rutte",
        "Jens Stoltenberg",
        None,
    )
    assert TEXT[event["start"] : event["end"]] == "Mark Rutte"
    assert event["links"] == "e2"
    (error,) = tables.error_rows(analysis)
    assert (error["plugin"], error["type"], error["message"]) == ("broken", "KeyError", "'amount'")


def test_unknown_table_is_a_value_error_naming_the_tables() -> None:
    """Asking for a table that does not exist says which ones do."""
    with pytest.raises(ValueError, match="no table 'quotes'; the tables are claims, times"):
        list(tables.rows("quotes", [_analysis()]))


def test_write_csv_round_trips_through_the_csv_module() -> None:
    """write_csv writes the header and one line per row; None becomes an empty cell."""
    handle = io.StringIO(newline="")
    count = tables.write_csv("claims", [_analysis(), _analysis()], handle)
    read = list(csv.DictReader(io.StringIO(handle.getvalue(), newline="")))
    assert count == len(read) == 4
    assert tuple(read[0]) == tables.TABLES["claims"]
    assert read[0]["content"] == "We must adapt, ... and we will."
    assert read[1]["speaker"] == ""


def test_write_csv_of_no_analyses_is_the_header_alone() -> None:
    """An empty input still gives a CSV with its header, so that a reader knows the columns."""
    handle = io.StringIO()
    assert tables.write_csv("times", [], handle) == 0
    assert handle.getvalue().strip() == ",".join(tables.TABLES["times"])


def test_rows_of_a_real_analysis() -> None:
    """On a real analysis, every claim becomes a row whose span lies in the text."""
    analysis = stoltlib.analyze(
        "NATO Secretary General Jens Stoltenberg said on Monday that the alliance must adapt.",
        published="2020-06-08",
        plugins=stoltlib.get_plugin_manager(builtins_only=True, environ={}),
    )
    found = list(tables.rows("claims", [analysis]))
    assert len(found) == len(analysis.claims) >= 1
    assert found[0]["speaker"] == "Jens Stoltenberg"
    assert "the alliance must adapt" in analysis.text[found[0]["start"] : found[0]["end"]]


def test_to_dataframe_has_the_table_columns() -> None:
    """With pandas, to_dataframe gives one row per fact and every column, even when empty."""
    pandas = pytest.importorskip("pandas")
    frame = tables.to_dataframe("claims", [_analysis()])
    assert isinstance(frame, pandas.DataFrame)
    assert list(frame.columns) == list(tables.TABLES["claims"])
    assert frame["speaker"].tolist()[0] == "Jens Stoltenberg"
    empty = tables.to_dataframe("events", [])
    assert list(empty.columns) == list(tables.TABLES["events"]) and len(empty) == 0


def test_to_dataframe_without_pandas_says_how_to_get_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without pandas, to_dataframe raises an ImportError that names the fix."""
    monkeypatch.setitem(sys.modules, "pandas", None)  # import pandas now raises ImportError
    with pytest.raises(ImportError, match="needs pandas: pip install pandas"):
        tables.to_dataframe("claims", [_analysis()])


def test_every_table_and_column_is_documented_in_the_schema() -> None:
    """docs/schema.md lists each table's columns, in order, and no others."""
    page = (ROOT / "docs" / "schema.md").read_text(encoding="utf-8")
    documented: dict[str, list[str]] = {}
    for section in regex.finditer(r"^### Table `(\w+)`\n(.*?)(?=^##|\Z)", page, regex.M | regex.S):
        documented[section.group(1)] = regex.findall(r"^\| `(\w+)` \|", section.group(2), regex.M)
    assert documented == {name: list(columns) for name, columns in tables.TABLES.items()}


_FACTS = {
    "claims": "claims",
    "times": "times",
    "mentions": "mentions",
    "events": "events",
    "errors": "errors",
}


@given(strategies.analyses())
def test_any_analysis_flattens_to_rows_that_point_back_into_its_text(analysis: Analysis) -> None:
    """For any valid analysis: one row per fact (one metadata row), each with the table's
    columns, CSV-writable, and every fact's start/end inside the text."""
    for name, columns in tables.TABLES.items():
        found = list(tables.rows(name, [analysis]))
        expected = len(getattr(analysis, _FACTS[name])) if name in _FACTS else 1
        assert len(found) == expected
        for row in found:
            assert tuple(row) == columns
            if row.get("start") is not None:
                assert 0 <= row["start"] <= row["end"] <= len(analysis.text)
        handle = io.StringIO(newline="")
        assert tables.write_csv(name, [analysis], handle) == expected
        assert len(list(csv.DictReader(io.StringIO(handle.getvalue(), newline="")))) == expected
