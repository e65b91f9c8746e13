"""Properties of the people and quotes plugins on sentences built from templates and any text.

Hypothesis combines speaker forms, cue verbs, quote styles and positions into sentences whose
speaker and content are known, and checks that the extractor finds exactly them; on arbitrary
text it checks that nothing raises, every span slices back and the output is deterministic.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import stoltlib
from stoltlib.testing.strategies import article_texts

MANAGER = stoltlib.get_plugin_manager(builtins_only=True, environ={})

#: Speaker forms: surnames, full names, roles with names, descriptions, pronouns, groups.
SPEAKERS = [
    "Stoltenberg",
    "Jens Stoltenberg",
    "NATO Secretary General Jens Stoltenberg",
    "Kremlin spokesman Dmitry Peskov",
    "the minister",
    "a senior official",
    "Mrs. Clinton",
    "he",
    "she",
]
NOUN_SPEAKERS = [s for s in SPEAKERS if s not in ("he", "she")]
CUES = ["said", "added", "argued", "warned", "explained", "insisted", "noted", "stressed"]
QUOTES = [
    "We will stay the course",
    "The alliance must adapt to new threats",
    "Nobody wants a war in Europe",
    "This is a historic day for all of us",
]
CLAUSES = [
    "the alliance must adapt to new threats",
    "nobody wanted a war in Europe",
    "the talks had been useful and would go on",
]
#: Quote styles: (opening, closing) marks.
STYLES = [('"', '"'), ("“", "”"), ("«", "»"), ("``", "''"), ("''", "''")]


def capital(text: str) -> str:
    return text[0].upper() + text[1:]


@st.composite
def direct_sentences(draw: st.DrawFn) -> tuple[str, str, str]:
    """A direct quote in one of four positions: (text, speaker, quoted text)."""
    speaker = draw(st.sampled_from(SPEAKERS))
    cue = draw(st.sampled_from(CUES))
    quote = draw(st.sampled_from(QUOTES))
    opening, closing = draw(st.sampled_from(STYLES))
    position = draw(st.sampled_from(["trailing", "inverted", "colon", "comma"]))
    if position == "inverted" and speaker not in NOUN_SPEAKERS:
        position = "trailing"
    if position == "trailing":
        inner = quote + ","
        text = f"{opening}{inner}{closing} {speaker} {cue}."
    elif position == "inverted":
        inner = quote + ","
        text = f"{opening}{inner}{closing} {cue} {speaker}."
    else:
        inner = quote + "."
        mark = ":" if position == "colon" else ","
        text = f"{capital(speaker)} {cue}{mark} {opening}{inner}{closing}"
    spoken = capital(speaker) if text.startswith(capital(speaker)) else speaker
    return text, spoken, inner


@st.composite
def reported_sentences(draw: st.DrawFn) -> tuple[str, str, str]:
    """Reported speech, forward or reversed: (text, speaker, content)."""
    speaker = draw(st.sampled_from(SPEAKERS))
    cue = draw(st.sampled_from(CUES))
    clause = draw(st.sampled_from(CLAUSES))
    if draw(st.booleans()):
        that = draw(st.sampled_from(["that ", ""]))
        return f"{capital(speaker)} {cue} {that}{clause}.", capital(speaker), clause
    return f"{capital(clause)}, {speaker} {cue} on Monday.", speaker, capital(clause)


def analyze(text: str) -> stoltlib.Analysis:
    return stoltlib.analyze(text, plugins=MANAGER, strict=True)


@settings(max_examples=120)
@given(case=direct_sentences(), before=st.sampled_from(["", "The talks ended.\n\n"]))
def test_templated_direct_quotes_give_speaker_and_content(
    case: tuple[str, str, str], before: str
) -> None:
    """Every speaker form, cue, quote style and position gives the right speaker and content."""
    sentence, speaker, inner = case
    text = before + sentence
    analysis = analyze(text)
    (claim,) = analysis.claims
    assert claim.kind == "direct"
    assert claim.speaker is not None and claim.speaker.text == speaker
    assert [piece.text for piece in claim.content] == [inner]


@settings(max_examples=80)
@given(case=reported_sentences())
def test_templated_reported_speech_gives_speaker_and_content(case: tuple[str, str, str]) -> None:
    """'X said (that) C.' and 'C, X said on Monday.' give X and C."""
    text, speaker, content = case
    (claim,) = analyze(text).claims
    assert claim.kind == "indirect"
    assert claim.speaker is not None and claim.speaker.text == speaker
    assert [piece.text for piece in claim.content] == [content]


@settings(max_examples=60)
@given(case=direct_sentences())
def test_content_never_holds_the_marks_or_what_lies_outside_them(
    case: tuple[str, str, str],
) -> None:
    """A direct quote's content lies strictly between its quotation marks."""
    text, _, inner = case
    (claim,) = analyze(text).claims
    (piece,) = claim.content
    start = text.index(inner)
    assert (piece.start, piece.end) == (start, start + len(inner))
    assert text[piece.start - 1] in "\"“«`'" and text[piece.end] in "\"”»'"


QUOTEY = st.lists(
    st.sampled_from([*"abc .,;:!?'\"“”‘’«»—-\n", "said ", "He ", "Mr. ", "told ", "that "]),
    max_size=60,
).map("".join)


@settings(max_examples=80)
@given(text=QUOTEY | article_texts())
def test_any_text_gives_spans_that_slice_back_and_the_same_output_twice(text: str) -> None:
    """Nothing raises; claims' and mentions' spans slice back; a second run gives the same."""
    first = analyze(text)
    for claim in first.claims:
        pieces = [*claim.content, *([claim.cue] if claim.cue else [])]
        for piece in pieces:
            assert text[piece.start : piece.end] == piece.text
        if claim.speaker is not None:
            assert text[claim.speaker.start : claim.speaker.end] == claim.speaker.text
    for mention in first.mentions:
        assert text[mention.start : mention.end] == mention.text
    second = analyze(text)
    assert (second.claims, second.mentions) == (first.claims, first.mentions)


def test_long_runs_of_marks_and_words_finish_quickly() -> None:
    """Pathological input (thousands of marks, capitals, cue words) is read in linear time."""
    import time

    texts = [
        "“" * 5000 + "said " * 2000,
        ('"a" ' * 3000) + " ".join(["Mr. Smith Jones"] * 1500),
        "said that " * 3000 + ", he said, " * 1000,
        "A" * 20000,
    ]
    for text in texts:
        started = time.perf_counter()
        analyze(text)
        assert time.perf_counter() - started < 10


@given(
    spans=st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), max_size=25),
    offsets=st.lists(st.integers(-2, 62), max_size=30),
)
def test_covered_spans_answer_as_a_scan_of_every_span(
    spans: list[tuple[int, int]], offsets: list[int]
) -> None:
    """The reported-speech rules' index of taken spans agrees with testing each span in turn."""
    from stoltlib_quotes.reported import _Covered

    covered = _Covered()
    for count, (start, end) in enumerate(spans):
        covered.add(start, end)
        for offset in offsets:
            expected = any(a <= offset < b for a, b in spans[: count + 1])
            assert (offset in covered) == expected


def test_a_cue_right_after_another_is_found() -> None:
    """A form starting where another ends ("said:(quote)") is found, as the any-case scan does."""
    from stoltlib_quotes.context import find_cues
    from stoltlib_quotes.lexicons import _build

    lexicons = _build(("said:", "(quote)"), (), ())
    assert find_cues("He said:(quote) it", lexicons) == [(3, 8), (8, 15)]


#: Cue forms of a lexicon a third party may extend: word-edged, and edged with punctuation.
_FORMS = ["said", "said:", "(quote)", "-told", "noted-", ":", "a b"]


@settings(max_examples=300)
@given(
    forms=st.lists(st.sampled_from(_FORMS), min_size=1, max_size=4, unique=True),
    pieces=st.lists(st.sampled_from([*_FORMS, " ", "x", "SAID", "("]), max_size=10),
)
def test_cues_are_found_as_the_any_case_pattern_finds_them(
    forms: list[str], pieces: list[str]
) -> None:
    """Whatever forms a lexicon holds, the cue scan finds what the any-case pattern finds."""
    from stoltlib_quotes.context import find_cues
    from stoltlib_quotes.lexicons import _build

    lexicons = _build(tuple(forms), (), ())
    text = "".join(pieces)
    assert lexicons.cue_pattern is not None
    assert find_cues(text, lexicons) == [m.span() for m in lexicons.cue_pattern.finditer(text)]
