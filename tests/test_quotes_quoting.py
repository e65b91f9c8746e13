"""stoltlib.quoting: quote-mark pairing, paragraphs, flat text and quote-aware sentences."""

from __future__ import annotations

import itertools
from types import SimpleNamespace

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from stoltlib.quoting import (
    _ASCII_SENTENCE_BREAK,
    _FULL_STOP_BREAK,
    _MARK,
    _MARK_CHARACTERS,
    _SENTENCE_BREAK,
    Quotation,
    _has_mark,
    _open_union,
    flat_text,
    paragraph_lines,
    quotations,
    read,
    sentences,
)
from stoltlib.text import ascii_letters


def quoted(text: str) -> list[str]:
    return [text[q.start : q.end] for q in quotations(text)]


def inner(text: str, quotation: Quotation) -> list[str]:
    return [text[p.start : p.end] for p in quotation.parts]


def test_double_marks_of_every_style_pair() -> None:
    """Straight, curly, low-high, guillemet and TeX-style marks each pair with their closer."""
    text = "He said \"a b\", “c d”, „e f“, «g h», ``i j'' and ''k l''."
    assert quoted(text) == ['"a b"', "“c d”", "„e f“", "«g h»", "``i j''", "''k l''"]


def test_apostrophes_are_not_quote_marks() -> None:
    """Inner apostrophes, plural possessives and elided years pair with nothing."""
    text = "Don't take the members' votes from Clinton’s ’90s campaign, or the '80s."
    assert quotations(text) == []


def test_single_marks_nest_inside_double_ones() -> None:
    """A single-marked quotation inside a double-marked one has level 1."""
    text = "“She called it ‘a farce’ today,” he said."
    found = quotations(text)
    assert [(text[q.start : q.end], q.level) for q in found] == [
        ("“She called it ‘a farce’ today,”", 0),
        ("‘a farce’", 1),
    ]


def test_parts_leave_out_the_marks_and_outer_space() -> None:
    """A quotation's parts are the quoted text itself, without marks; a lone mark quotes nothing."""
    assert quotations('x " inner text " y') == []  # marks with space on both sides
    text = 'x "inner text" y'
    (found,) = quotations(text)
    assert inner(text, found) == ["inner text"]
    assert text[found.start] == '"' and text[found.end - 1] == '"'


def test_a_quotation_goes_on_into_a_paragraph_opening_with_a_mark() -> None:
    """An open quotation whose next paragraph opens with a mark is one, over both."""
    text = "“First part of it,\n\n“second part,” she said.\n\nNo quote here."
    (found,) = quotations(text)
    assert inner(text, found) == ["First part of it,", "second part,"]
    assert found.closing == "”"


def test_a_stray_mark_is_dropped_at_the_paragraph_end() -> None:
    """An opening mark left open, with no paragraph going on, quotes nothing."""
    text = "He said “this never closes.\n\nA new paragraph with “a quote” here."
    assert quoted(text) == ["“a quote”"]


def test_typewriter_spaced_nested_marks_close() -> None:
    """A double mark after a nested single one and a space closes the outer quotation."""
    text = "\"She will be 'above the president,' \" he said."
    assert quoted(text)[0] == "\"She will be 'above the president,' \""


def test_sentences_do_not_split_inside_quotations_or_after_abbreviations() -> None:
    """'“We will. We must,” she said.' is one sentence; 'Mr.' and 'U.S.' end none."""
    text = "“We will. We must,” she said. Mr. Smith went to the U.S. Senate. Then he left."
    found = [s.text for s in sentences(text, 0, len(text), quotations(text))]
    assert found == [
        "“We will. We must,” she said.",
        "Mr. Smith went to the U.S. Senate.",
        "Then he left.",
    ]


def test_a_dotted_initialism_before_a_sentence_opener_ends_the_sentence() -> None:
    """'... in the U.S. He said' is two sentences; 'the U.S. Senate' and 'Mr. He' stay one."""
    text = "It was made in the U.S. He said so. The U.S. Senate agreed. Sen. Ted Cruz left."
    found = [s.text for s in sentences(text, 0, len(text))]
    assert found == [
        "It was made in the U.S.",
        "He said so.",
        "The U.S. Senate agreed.",
        "Sen. Ted Cruz left.",
    ]


def test_flat_text_keeps_offsets_and_joins_wrapped_paragraphs() -> None:
    """Line breaks inside a wrapped paragraph become spaces; the length stays the same."""
    text = (
        "The minister said on Monday that the talks\n"
        "had gone well and that more would follow soon.\n\nNext."
    )
    flat = flat_text(text)
    assert len(flat) == len(text)
    assert "talks had gone" in flat
    assert [line.text for line in paragraph_lines(text)][-1] == "Next."


def test_read_reads_once_and_gives_the_same_reading() -> None:
    """The last text read is remembered; its reading holds lines, quotations and sentences."""
    text = "“Yes,” he said. It is done."
    first = read(text)
    assert read(text) is first
    assert [s.text for s in first.sentences] == ["“Yes,” he said.", "It is done."]
    assert first.outer_quotations == tuple(quotations(text))
    assert read("another text") is not first


@settings(max_examples=80)
@given(st.text(st.sampled_from("ab .,'\"“”‘’«»\n"), max_size=80))
def test_quotations_are_well_formed_on_any_text(text: str) -> None:
    """Marks slice back, parts lie inside their quotation, and nothing raises."""
    for quotation in quotations(text):
        assert 0 <= quotation.start < quotation.end <= len(text)
        for part in quotation.parts:
            assert quotation.start < part.start <= part.end < quotation.end
        assert quotation.inner.start >= quotation.start


@settings(max_examples=80)
@given(st.text(max_size=200))
def test_sentences_cover_the_paragraphs_in_order(text: str) -> None:
    """Sentences slice back, never overlap, and lie inside their paragraph."""
    reading = read(text)
    for sentence in reading.sentences:
        assert text[sentence.start : sentence.end] == sentence.text
    ends = [(s.start, s.end) for s in reading.sentences]
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(ends))


@given(st.lists(st.tuples(st.integers(0, 30), st.integers(1, 12)), max_size=8))
def test_quotations_open_union_holds_the_same_offsets(pairs: list[tuple[int, int]]) -> None:
    """The union sentence splitting walks holds exactly the offsets strictly inside some
    quotation (nested, overlapping and touching ones alike), as disjoint stretches in order."""
    spans = [(start, start + length) for start, length in pairs]
    union = _open_union([SimpleNamespace(start=a, end=b) for a, b in spans])
    assert all(x[1] <= y[0] for x, y in itertools.pairwise(union))
    for offset in range(45):
        inside = any(a < offset < b for a, b in spans)
        assert inside == any(a < offset < b for a, b in union)


def test_many_quotations_in_one_paragraph_split_into_their_sentences() -> None:
    """Each "“Q,” he said." of a long paragraph is a sentence (the quotations were tested at
    every break, which was quadratic in them)."""
    text = "“We will go,” he said. " * 2000
    found = sentences(text, 0, len(text), quotations(text))
    assert len(found) == 2000
    assert found[0].text == "“We will go,” he said."


def test_the_quote_mark_pre_test_looks_for_every_character_the_mark_pattern_matches() -> None:
    """Every character a quote mark holds is among those looked for before the pattern."""
    matched = {chr(code) for code in range(0x10000) if _MARK.fullmatch(chr(code))}
    assert matched | {"`"} <= set(_MARK_CHARACTERS)


@given(st.text(alphabet="ab '\"`“”‘’«»é\n", max_size=30))
def test_the_quote_mark_pre_test_says_what_a_search_for_each_mark_character_says(
    text: str,
) -> None:
    """The pre-test's ASCII shortcut agrees with a search for every mark character."""
    assert _has_mark(text) == any(character in text for character in _MARK_CHARACTERS)


# The quote-mark pattern as first written, alternatives in turn (see stoltlib.quoting._MARK).
_MARK_AS_WRITTEN = regex.compile(r"""``|(?<!')''(?!')|["“”„‟«»＂'‘’‚‛‹›]""")


@settings(max_examples=500)
@given(
    st.text(alphabet="`'\"“”„«»‘’‚‹ ax", max_size=20),
    st.integers(0, 4),
    st.integers(0, 4),
)
def test_the_mark_pattern_finds_what_its_alternatives_in_turn_find(
    text: str, cut_start: int, cut_end: int
) -> None:
    """The first character matched first finds the marks the plain alternation finds."""
    start = min(cut_start, len(text))
    end = max(start, len(text) - cut_end)
    expected = [m.span() for m in _MARK_AS_WRITTEN.finditer(text, start, end)]
    assert [m.span() for m in _MARK.finditer(text, start, end)] == expected


@settings(max_examples=500)
@given(
    st.lists(
        st.sampled_from(
            [
                *(".", "!", "?", "…", ")", "]", '"', "'", "”", "’", "»", " ", "\u00a0", "\t"),
                *("\x1c", "\n", "A", "a", "1", "“", "‘", "«", "(", "[", "``", "é", "É", "²"),
                *("©", "\u200b", "•"),
            ]
        ),
        max_size=20,
    ).map("".join)
)
def test_the_ascii_sentence_break_finds_what_the_pattern_finds(text: str) -> None:
    """Where ascii_letters holds, the ``re`` twin finds the same breaks and the same ends."""
    if ascii_letters(text):
        expected = [(m.span(), m.span("end")) for m in _SENTENCE_BREAK.finditer(text)]
        found = [(m.span(), m.span("end")) for m in _ASCII_SENTENCE_BREAK.finditer(text)]
        assert found == expected
        if not any(character in text for character in "!?…"):
            stops = [(m.span(), m.span("end")) for m in _FULL_STOP_BREAK.finditer(text)]
            assert stops == expected


@settings(max_examples=400)
@given(
    st.lists(
        st.sampled_from(
            [
                "Yes.",
                "No!",
                "Why?",
                "Mr.",
                "U.S.",
                "He",
                "the",
                "”",
                "’",
                ")",
                " ",
                "  ",
                "\n",
                "\n\n",
                "    ",
                "\t",
                "\u00a0",
                "é",
                "“",
                "said",
                "5",
                "…",
            ]
        ),
        max_size=30,
    ).map("".join)
)
def test_one_scan_of_the_paragraphs_finds_the_sentences_each_paragraph_alone_gives(
    text: str,
) -> None:
    """read()'s single scan over every paragraph gives what a scan of each paragraph gives."""
    reading = read(text)
    alone = [
        (span.start, span.end)
        for line in reading.lines
        for span in sentences(reading.flat, line.start, line.end, reading.outer_quotations)
    ]
    assert list(reading.sentence_bounds) == alone
