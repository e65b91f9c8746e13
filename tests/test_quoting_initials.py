"""stoltlib.quoting: a sentence never ends after initials unless the next word opens one."""

from __future__ import annotations

import itertools

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from stoltlib.quoting import _SENTENCE_OPENERS, sentences

# Words of a sentence around initials: lower-case words, initials, names, and what may follow.
_LOWER = ["said", "the", "of", "chairman", "and", "met", "shares", "rose", "at", "group"]
_INITIALS = ["J.", "L.K.", "J.P.", "A.B.", "R.J.R.", "E.F.", "H.W.", "N.M."]
_NAMES = ["Evans", "Morgan", "Smith", "Hutton", "Reynolds", "Bush", "Tokyo", "Monday"]

# The initials that close a sentence: single capitals with their full stops, at its end.
_INITIALS_AT_END = regex.compile(r"(?<![\p{L}.])(?:\p{Lu}\.)+\Z")
# A word after initials: a name, a word that opens sentences, a number.
_AFTER = st.one_of(
    st.sampled_from(_NAMES),
    st.sampled_from(sorted(_SENTENCE_OPENERS)),
    st.sampled_from(["Dlrs", "Group", "Inc", "1987", "Ltd"]),
)


@given(
    st.lists(
        st.one_of(st.sampled_from(_LOWER), st.sampled_from(_INITIALS), _AFTER),
        min_size=1,
        max_size=40,
    )
)
def test_initials_end_a_sentence_only_before_a_sentence_opener(words: list[str]) -> None:
    """A sentence ends after initials only when the next word opens sentences ("He", "The")."""
    text = " ".join(words) + "."
    found = sentences(text)
    for sentence, following in itertools.pairwise(found):
        if _INITIALS_AT_END.search(sentence.text):
            assert text[following.start :].split()[0].rstrip(".") in _SENTENCE_OPENERS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The seat went to a new director, said L.K. Evans, the chairman. He left.",
            ["The seat went to a new director, said L.K. Evans, the chairman.", "He left."],
        ),
        ("J.P. Morgan and Mr. A.B. Smith agreed.", ["J.P. Morgan and Mr. A.B. Smith agreed."]),
        ("It needs vitamin C. The study says so.", ["It needs vitamin C.", "The study says so."]),
        (
            "They met in Albuquerque, N.M. From there",
            ["They met in Albuquerque, N.M.", "From there"],
        ),
    ],
)
def test_initials_and_the_words_after_them(text: str, expected: list[str]) -> None:
    """Initials keep a name together; a sentence opener after them starts a sentence."""
    assert [s.text for s in sentences(text)] == expected


@given(
    st.text(alphabet="aBcXyz .J’—\n", max_size=30),
    st.integers(0, 30),
    st.integers(0, 30),
)
def test_the_ascii_abbreviation_test_says_what_the_unicode_one_says(
    text: str, start: int, dot: int
) -> None:
    """On a text of ASCII letters, the strip and ``re`` twins read every full stop alike."""
    from stoltlib.quoting import _is_abbreviation

    text = text + ". The"
    dot = min(dot, len(text) - 5)
    start = min(start, dot)
    following = len(text) - 3
    expected = _is_abbreviation(text, start, dot, following)
    assert _is_abbreviation(text, start, dot, following, ascii=True) == expected
