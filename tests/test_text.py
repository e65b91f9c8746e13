"""Shared text machinery: lines, paragraphs and names with their offsets."""

from __future__ import annotations

import itertools

import regex
from hypothesis import example, given
from hypothesis import strategies as st

from stoltlib.text import (
    Line,
    has_digit,
    lines,
    logical_lines,
    paragraphs,
    split_spans,
    squash,
    strip_span,
    words,
)


@given(st.text(st.sampled_from("ab \n\r\t\u2028"), max_size=40))
def test_lines_slice_back_and_cover_the_text(text: str) -> None:
    """Every line slices back to its text, and lines plus breaks rebuild the whole text."""
    found = list(lines(text))
    assert all(text[line.start : line.end] == line.text for line in found)
    assert "".join(line.text for line in found) == "".join(
        ch for ch in text if ch not in "\n\r\u2028"
    )
    assert [line.number for line in found] == list(range(len(found)))


def test_lines_know_every_line_break_convention() -> None:
    """\\n, \\r\\n and \\r each end a line; \\r\\n counts once."""
    assert [line.text for line in lines("a\r\nb\rc\nd")] == ["a", "b", "c", "d"]
    assert [line.text for line in lines("a\n")] == ["a"]
    assert [line.text for line in lines("")] == [""]


def test_lines_are_values() -> None:
    """Lines with the same fields are equal and hash alike; blankness and the stripped span
    are read off the text."""
    line = Line(4, 9, " ab  ", 2)
    assert line == Line(4, 9, " ab  ", 2)
    assert hash(line) == hash(Line(4, 9, " ab  ", 2))
    assert line != Line(4, 9, " ab  ", 3)
    assert line != (4, 9, " ab  ", 2)
    assert not line.is_blank
    assert Line(0, 2, " \t", 0).is_blank
    assert Line(0, 0, "", 0).is_blank
    assert (line.stripped.start, line.stripped.end, line.stripped.text) == (5, 7, "ab")
    assert repr(line) == "Line(start=4, end=9, text=' ab  ', number=2)"


def test_paragraphs_are_separated_by_blank_lines() -> None:
    """Runs of non-blank lines form paragraphs, trimmed of surrounding white space."""
    text = "Title\n\n  First line\nsecond line  \n \nLast"
    assert [p.text for p in paragraphs(text)] == ["Title", "First line\nsecond line", "Last"]
    assert all(text[p.start : p.end] == p.text for p in paragraphs(text))


def test_strip_span_and_words_and_squash() -> None:
    """Helpers trim spans, split words and normalise names."""
    assert strip_span("  ab  ", 0, 6) == (2, 4)
    assert strip_span("   ", 0, 3) == (3, 3)
    assert words("Don't stop co-op 2024, ok?") == ["Don't", "stop", "co-op", "2024", "ok"]
    assert squash(" “Sputnik \u00a0 Africa” ") == "Sputnik Africa"


def test_split_spans_gives_trimmed_parts_with_offsets() -> None:
    """Parts between separators come back trimmed, as offsets into the text; empty ones go."""
    import regex

    text = "x | Headline |  | Site "
    parts = split_spans(text, 2, len(text), regex.compile(r"\|"))
    assert [text[a:b] for a, b in parts] == ["Headline", "Site"]


@given(st.text(st.sampled_from("ab A.\n\r\t"), max_size=60))
def test_logical_lines_cover_the_text_with_the_same_offsets(text: str) -> None:
    """Joined lines span their physical lines; their text is the slice with breaks as spaces."""
    found = logical_lines(text)
    assert [line.number for line in found] == list(range(len(found)))
    for line in found:
        sliced = text[line.start : line.end]
        assert len(line.text) == len(sliced)
        assert line.text == sliced.replace("\r\n", "  ").replace("\n", " ").replace("\r", " ")
    physical = list(lines(text))
    assert found[0].start == physical[0].start and found[-1].end == physical[-1].end
    assert all(a.end < b.start for a, b in itertools.pairwise(found))


WIRE = (
    "CLEVELAND, Feb 26 - Standard Oil Co and BP North America\n"
    "Inc said they plan to form a venture to manage the money market\n"
    "borrowing and investment activities of both companies.\n"
    "    The venture will be called BP/Standard Financial Trading\n"
    "and will be operated by Standard Oil under a joint committee.\n"
)


def test_a_paragraph_wrapped_at_a_fixed_width_is_one_logical_line() -> None:
    """Newswire copy wrapped at a width reads as paragraphs; an indented line starts one."""
    found = logical_lines(WIRE)
    assert [line.text.split()[:2] for line in found] == [["CLEVELAND,", "Feb"], ["The", "venture"]]
    assert found[0].text.endswith("of both companies.")


def test_scraped_structure_lines_stay_apart() -> None:
    """A headline, byline, date and menu without blank lines between are not a paragraph."""
    text = (
        "Rail strike called off after talks\nBy Jane Doe\npublished 23 December 2023\n"
        "Home\nWorld\nBusiness\nManage Subscription(Opens in new window)\n"
        "Delivery Issue(Opens in new window)\nSubscriber Terms(Opens in new window)\n"
    )
    assert logical_lines(text) == tuple(lines(text))


@given(st.text(st.sampled_from("ab 09.\n٣²")))
@example("")
@example("a9")
@example("٣")  # an Arabic-Indic digit: not ASCII, still a digit
def test_has_digit_is_whether_a_digit_pattern_finds_one(text: str) -> None:
    """has_digit's fast path on ASCII text agrees with the pattern ``\\d`` everywhere."""
    assert has_digit(text) == (regex.search(r"\d", text) is not None)
