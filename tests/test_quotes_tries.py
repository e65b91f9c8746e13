"""stoltlib.tries: phrase lists as trie-shaped patterns, and the fast scans built on them."""

from __future__ import annotations

import re

import regex
from hypothesis import given
from hypothesis import strategies as st
from stoltlib_quotes.context import find_cues
from stoltlib_quotes.lexicons import current
from stoltlib_quotes.speakers import tokens_and_starts

import stoltlib
from stoltlib.manager import using
from stoltlib.text import ascii_letters
from stoltlib.tries import trie_pattern

_WORDS = st.text(alphabet="abs ", min_size=1, max_size=6).map(lambda w: " ".join(w.split()))


@given(
    st.lists(_WORDS.filter(bool), min_size=1, max_size=8), st.text(alphabet="abs \n", max_size=30)
)
def test_a_trie_matches_what_a_longest_first_alternation_matches(
    phrases: list[str], text: str
) -> None:
    """At every position the trie matches the longest phrase a flat alternation would."""
    flat = "|".join(
        r"\s{1,3}".join(re.escape(w) for w in p.split(" "))
        for p in sorted(set(phrases), key=len, reverse=True)
    )
    trie = re.compile(trie_pattern(phrases))
    alternation = re.compile(f"(?:{flat})")
    for position in range(len(text) + 1):
        found, expected = trie.match(text, position), alternation.match(text, position)
        assert (found and found.span()) == (expected and expected.span())


def test_a_trie_takes_its_separator_and_works_in_both_engines() -> None:
    """A space inside a phrase matches the separator given; ``re`` and ``regex`` agree."""
    pattern = trie_pattern(["prime minister", "prime"], space=r"[\s\-]{1,3}")
    for engine in (re, regex):
        assert engine.fullmatch(pattern, "prime-minister")
        assert engine.fullmatch(pattern, "prime")
    assert trie_pattern([]) == ""


def test_a_trie_spelled_in_both_cases_matches_as_ignorecase_does() -> None:
    """With ``cases`` every ASCII letter matches either case, as IGNORECASE would."""
    phrases = ["prime minister", "chief", "o’neil"]
    spelled = re.compile(trie_pattern(phrases, cases=True))
    ignoring = re.compile(trie_pattern(phrases), re.IGNORECASE)
    for text in ("Prime  MINISTER", "CHIEF", "ChieF", "O’Neil", "chef", "prime"):
        found, expected = spelled.fullmatch(text), ignoring.fullmatch(text)
        assert (found and found.span()) == (expected and expected.span())


@given(
    st.lists(
        st.sampled_from(
            [
                "said",
                "SAID",
                "Said",
                "ſaid",
                "İnsisted",
                "ınsisted",
                "according  to",
                "-told",
                "'said",
                " ",
                ".",
                "“",
                "’",
                "—",
                "\u00a0",
                "é",
                "_",
                "x",
            ]
        ),
        max_size=10,
    )
)
def test_cues_are_found_as_an_ignorecase_search_finds_them(pieces: list[str]) -> None:
    """The lower-cased scan for cue forms finds exactly what the any-case pattern finds."""
    text = "".join(pieces)
    with using(stoltlib.get_plugin_manager(builtins_only=True, environ={})):
        lexicons = current()
    assert lexicons.cue_pattern is not None
    expected = [match.span() for match in lexicons.cue_pattern.finditer(text)]
    assert list(find_cues(text, lexicons)) == expected


@given(
    st.lists(
        st.sampled_from(
            [
                *("don't", "U.S", "co-op", "A1", "’s", "“", "”", "—", "…", "\u00a0", "\x1c"),
                *("\t", " ", "  ", ".", ",", "-", "'", "x", "Said", "9", "_", "é", "\u2009"),
                "\u0301",
                "©",
                "\u200b",
            ]
        ),
        max_size=16,
    ),
    st.integers(0, 3),
    st.integers(0, 3),
)
def test_a_text_of_ascii_letters_is_tokenised_as_the_token_pattern_reads_it(
    pieces: list[str], cut_start: int, cut_end: int
) -> None:
    """Where ascii_letters holds, splitting by the ASCII twin gives the pattern's tokens."""
    text = "".join(pieces)
    start, end = min(cut_start, len(text)), max(min(cut_start, len(text)), len(text) - cut_end)
    if ascii_letters(text):
        assert tokens_and_starts(text, start, end, True) == tokens_and_starts(text, start, end)
