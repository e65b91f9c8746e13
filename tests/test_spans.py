"""Finding, checking and moving the spans inside facts."""

from __future__ import annotations

import attrs
from hypothesis import given
from hypothesis import strategies as st

from stoltlib.model import Analysis, Claim, Event, Participant, Span, Speaker, TextSpan
from stoltlib.spans import iter_spans, map_spans, span_problems
from stoltlib.testing.strategies import analyses

TEXT = "He said: “Yes.”"


def _claim() -> Claim:
    return Claim(
        kind="direct",
        content=[TextSpan.of(TEXT, 10, 14)],
        speaker=Speaker(start=0, end=2, text="He"),
        cue=TextSpan.of(TEXT, 3, 7),
    )


def test_iter_spans_finds_nested_spans_with_their_paths() -> None:
    """Spans at any depth are found, with a path naming where they sit."""
    paths = [path for path, _ in iter_spans([_claim()])]
    assert paths == ["[0].content[0]", "[0].speaker", "[0].cue"]


def test_unmentioned_participants_have_no_span() -> None:
    """A participant named but not mentioned contributes no span."""
    event = Event(
        id="e1", type="office.start", person=Participant("Mark Rutte"), evidence=Span(0, 2)
    )
    assert [path for path, _ in iter_spans(event)] == ["evidence"]


def test_span_problems_reports_text_mismatch_and_overflow() -> None:
    """A wrong text and a span past the end are both named."""
    bad = Claim(kind="direct", content=[TextSpan(10, 14, "No."), TextSpan(10, 99, "x")])
    problems = span_problems(bad, TEXT)
    assert len(problems) == 2
    assert "content[0]" in problems[0] and "'No.'" in problems[0]
    assert "outside text" in problems[1]
    assert span_problems(_claim(), TEXT) == []


@attrs.frozen
class _Quoted:
    """A third party's span type: its claimed text a property, one field nesting more spans."""

    start: int
    end: int
    inner: tuple[TextSpan, ...] = ()

    @property
    def text(self) -> str:
        return "Yes"


@attrs.frozen
class _Wrapper:
    """A value with a single field, which holds a span."""

    only: object


def test_span_problems_checks_a_text_property_and_one_field_classes() -> None:
    """A text given by a property is checked as a field's is; a lone field is walked into."""
    assert span_problems(_Quoted(10, 13), TEXT) == []
    assert "'es.'" in span_problems(_Quoted(11, 14), TEXT)[0]
    nested = _Wrapper(_Quoted(10, 13, inner=(TextSpan(10, 14, "No."),)))
    assert [problem.split(":")[0] for problem in span_problems(nested, TEXT)] == ["only.inner[0]"]


@given(analyses(), st.integers(0, 50))
def test_shifting_by_a_prefix_moves_every_span(analysis: Analysis, shift: int) -> None:
    """Prefixing the text and moving every span by its length keeps every span valid."""
    prefix = "x" * shift
    moved = map_spans(analysis, lambda i: i + shift, prefix + analysis.text)
    assert span_problems(moved, prefix + analysis.text) == []
    starts = [s.start for _, s in iter_spans(analysis)]
    assert [s.start for _, s in iter_spans(moved)] == [start + shift for start in starts]


def test_map_spans_leaves_values_without_spans_untouched() -> None:
    """Values without spans come back as the very same objects."""
    value = ("a", 1, Participant("Rutte"))
    assert map_spans(value, lambda i: i + 1) is value
