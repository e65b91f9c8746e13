"""Shared text machinery: lines, paragraphs and names with their offsets."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from stoltlib.text import lines, paragraphs, split_spans, squash, strip_span, words


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
