"""The model's invariants: validators, named constructors, merging metadata."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from stoltlib.model import (
    Analysis,
    Boilerplate,
    Claim,
    Document,
    Event,
    Found,
    Metadata,
    Participant,
    PublishedDate,
    Span,
    TextSpan,
    TimeExpression,
    normalize_published,
)


@pytest.mark.parametrize("start, end", [(-1, 3), (5, 4), (-2, -1)])
def test_span_rejects_negative_or_reversed_offsets(start: int, end: int) -> None:
    """A span needs 0 <= start <= end."""
    with pytest.raises(ValueError, match="start <= end"):
        Span(start, end)


def test_span_rejects_non_integer_offsets() -> None:
    """Offsets are code-point indices, so they must be ints."""
    with pytest.raises(TypeError):
        Span(1.5, 3)  # type: ignore[arg-type]


def test_models_are_frozen() -> None:
    """Extractors build new values; they cannot mutate one they were handed."""
    span = Span(1, 2)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        span.start = 0  # type: ignore[misc]


@given(st.text(max_size=50), st.data())
def test_text_span_of_slices_the_text(text: str, data: st.DataObject) -> None:
    """TextSpan.of cuts exactly text[start:end]."""
    a = data.draw(st.integers(0, len(text)))
    b = data.draw(st.integers(a, len(text)))
    piece = TextSpan.of(text, a, b)
    assert piece.text == text[a:b] and piece.span == Span(a, b)
    assert len(piece.span) == b - a


def test_from_match_uses_the_group_span() -> None:
    """Named constructors from a regex match take the group's offsets and text."""
    match = regex.search(r"said (?P<who>\w+)", "Quote, said Rutte.")
    assert match is not None
    assert Span.from_match(match, "who") == Span(12, 17)
    assert TextSpan.from_match(match, "who") == TextSpan(12, 17, "Rutte")


def test_time_expression_requires_a_timeml_type() -> None:
    """Only DATE, TIME, DURATION and SET are TimeML types."""
    with pytest.raises(ValueError, match=r"TimeExpression\.type"):
        TimeExpression(start=0, end=3, text="Mon", type="WEEKDAY", value="2020-W24-1")


def test_time_expression_interval_must_be_ordered() -> None:
    """An interval runs from its first day to its last."""
    with pytest.raises(ValueError, match="interval"):
        TimeExpression(
            start=0,
            end=4,
            text="2020",
            type="DATE",
            value="2020",
            interval=("2020-12-31", "2020-01-01"),
        )
    ok = TimeExpression(
        start=0,
        end=4,
        text="2020",
        type="DATE",
        value="2020",
        interval=["2020-01-01", "2020-12-31"],
    )  # type: ignore[arg-type]
    assert ok.interval == ("2020-01-01", "2020-12-31")


def test_event_modality_is_checked_but_type_is_open() -> None:
    """Event types are open strings; modality is one of the five DESIGN.md names."""
    assert Event(id="e1", type="acme.merger").type == "acme.merger"
    with pytest.raises(ValueError, match="modality"):
        Event(id="e1", type="office.start", modality="rumoured")


def test_claim_kind_is_open_and_confidence_bounded() -> None:
    """Claim kinds are open strings; confidence lies in [0, 1]."""
    content = [TextSpan(0, 1, "x")]
    assert Claim(kind="numeric", content=content).kind == "numeric"
    with pytest.raises(ValueError, match="confidence"):
        Claim(kind="direct", content=content, confidence=1.5)


def test_participant_offsets_are_both_or_neither() -> None:
    """A participant is either mentioned (start and end) or only named."""
    assert Participant("Mark Rutte").start is None
    with pytest.raises(ValueError, match="both"):
        Participant("Mark Rutte", 3, None)


@pytest.mark.parametrize(
    "given_value, expected",
    [
        ("2024-10-01", "2024-10-01"),
        (" 2024-10-01 ", "2024-10-01"),
        ("2024-10-01T09:00:00Z", "2024-10-01T09:00:00+00:00"),
        ("2024-10-01T09:00:00+02:00", "2024-10-01T09:00:00+02:00"),
        ("20241001", "2024-10-01"),
        ("2024-10-01T00:00:00", "2024-10-01T00:00:00"),
        (dt.date(2020, 6, 8), "2020-06-08"),
        (dt.datetime(2020, 6, 8, 7, 0, tzinfo=dt.timezone.utc), "2020-06-08T07:00:00+00:00"),
        # A historic local mean time's offset has seconds, which isoformat writes.
        (
            dt.datetime(1900, 6, 8, 7, 0, tzinfo=dt.timezone(dt.timedelta(seconds=19815))),
            "1900-06-08T07:00:00+05:30:15",
        ),
        (None, None),
    ],
)
def test_published_is_normalised_to_iso(given_value: object, expected: str | None) -> None:
    """Dates and datetimes in any ISO spelling normalise to one form."""
    assert normalize_published(given_value) == expected  # type: ignore[arg-type]
    assert normalize_published(expected) == expected  # normalising twice changes nothing


@pytest.mark.parametrize(
    "bad", ["01.10.2024", "yesterday", "2024-13-01", "", "2024", "2024-10", "2024-W40", "24-10-01"]
)
def test_published_rejects_non_iso(bad: str) -> None:
    """A DCT that is not ISO 8601 is an error, not a guess."""
    with pytest.raises(ValueError, match="ISO 8601"):
        Document(id="x", text="t", published=bad)


def test_document_from_text_derives_a_stable_id() -> None:
    """A bare text gets an id from its hash: the same text, the same id."""
    a, b = Document.from_text("Hello"), Document.from_text("Hello")
    assert a.id == b.id and a.id.startswith("text-")
    assert Document.from_text("Other").id != a.id
    assert Document.from_text("Hello", id="mine").id == "mine"


def test_document_text_must_be_a_string() -> None:
    """Bytes are decoded by readers, never stored."""
    with pytest.raises(TypeError):
        Document(id="x", text=b"bytes")  # type: ignore[arg-type]


def test_metadata_merge_first_value_wins_and_lists_concatenate() -> None:
    """Field by field: the first non-empty value wins; lists concatenate without duplicates."""
    first = Metadata(outlet="DW", agencies=["AFP"], plugin="outlet")
    later = Metadata(
        outlet="Sputnik",
        language="en",
        agencies=["AFP", "Reuters"],
        boilerplate=[Boilerplate(0, 4, "share-widget")],
        plugin="html",
    )
    merged = first.merged_with(later)
    assert merged.outlet == "DW"
    assert merged.language == "en"
    assert merged.agencies == ("AFP", "Reuters")
    assert merged.boilerplate == (Boilerplate(0, 4, "share-widget"),)
    assert merged.plugin == "outlet+html"
    assert Metadata().merged_with(first) == first
    assert first.merged_with(Metadata(plugin="empty")) is first


def test_published_date_keeps_how_it_was_found() -> None:
    """A published date found outside the text has no span."""
    found = PublishedDate("2024-10-01", "url")
    assert (found.start, found.end, found.source) == (None, None, "url")


def test_analysis_facts_and_shortcuts() -> None:
    """Analysis exposes the document's id and text and all facts in stage order."""
    doc = Document(id="a", text="Monday")
    time = TimeExpression(start=0, end=6, text="Monday", type="DATE", value="XXXX-WXX-1")
    analysis = Analysis(document=doc, times=[time])
    assert analysis.id == "a" and analysis.text == "Monday"
    assert analysis.facts() == (time,)
    assert isinstance(analysis.times, tuple)


def test_boilerplate_at_finds_the_block_holding_a_span() -> None:
    """Later stages can ask whether a span lies inside boilerplate."""
    metadata = Metadata(boilerplate=[Boilerplate(10, 20, "related-stories")])
    assert metadata.boilerplate_at(12, 18) == Boilerplate(10, 20, "related-stories")
    assert metadata.boilerplate_at(10, 20) is not None
    assert metadata.boilerplate_at(5, 12) is None  # overlaps, but is not inside
    assert metadata.boilerplate_at(20, 25) is None


def test_found_values_carry_a_span_only_when_in_the_text() -> None:
    """A title from the text has its span; one from HTML meta tags has none."""
    text = "Rutte takes over\n\nBody."
    assert Found.of(text, 0, 16, "title-line") == Found("Rutte takes over", 0, 16, "title-line")
    assert Found("Rutte takes over", source="html-meta").start is None
