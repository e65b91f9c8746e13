"""Hostile inputs: texts built to find slow or fragile spots in extractors, at any size.

Each generator takes a size in characters and gives a text of about that size, the same on every
call (no randomness beyond a fixed seed), so that a test and a benchmark see the same input. The
tests check that the pipeline finishes on each and stays correct; ``benchmarks/scale.py`` times
each against ordinary news text of the same size.
"""

from __future__ import annotations

import random
from collections.abc import Callable

__all__ = ["HOSTILE", "news"]

# A paragraph of ordinary wire copy: dates, names, titles, quotes, a dateline.
_NEWS = (
    "BRUSSELS, Oct 1 (Reuters) - NATO Secretary General Mark Rutte said on Tuesday that the "
    "alliance would \u201cstand united\u201d against threats, two days after he took office. "
    "Rutte, a former Dutch prime minister, replaced Jens Stoltenberg, who had led the alliance "
    "since 2014. \u201cWe will not be intimidated,\u201d he told reporters at the headquarters, "
    "adding that talks with Kyiv would resume in March 2025.\n\n"
)


def news(size: int) -> str:
    """Ordinary news paragraphs, about ``size`` characters: the baseline."""
    return (_NEWS * (size // len(_NEWS) + 1))[:size]


def no_newline(size: int) -> str:
    """News text with every line break turned into a space: megabytes in one line."""
    return news(size).replace("\n", " ")


def unbalanced_quotes(size: int) -> str:
    """News words among thousands of quote marks that never pair up."""
    rng = random.Random(7)
    marks = ["\u201c", "\u201d", '"', "'", "\u2018", "\u2019", "\u00ab", "\u00bb", "\u201e"]
    words = _NEWS.split()
    parts: list[str] = []
    length = 0
    while length < size:
        part = rng.choice(marks) * rng.randint(1, 3) + rng.choice(words)
        parts.append(part)
        length += len(part) + 1
    return " ".join(parts)[:size]


def nested_brackets(size: int) -> str:
    """Brackets nested thousands deep around a sentence, some never closed."""
    inner = "He said (on Monday) [that] {it} would."
    opening = ("([{" * size)[: size // 2]
    closing = ("}])" * size)[: size // 3]
    return (opening + inner + closing + "(" * size)[:size]


def control_characters(size: int) -> str:
    """News text salted with control characters and unusual Unicode.

    Bidi marks, zero widths, line and paragraph separators, combining accents, emoji and flags,
    private-use and noncharacter code points. (Lone surrogates cannot come out of any reader:
    UTF-8 decoding and the JSON readers refuse them.)
    """
    rng = random.Random(11)
    odd = [
        "\x00", "\x07", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\u200b", "\u200d", "\u200e",
        "\u202e", "\u2028", "\u2029", "\ufeff", "\u0301", "\u0308\u0301", "\U0001f600",
        "\U0001f1f3\U0001f1f4", "\ue000", "\ufffe", "\U0010ffff",
    ]  # fmt: skip
    base = news(size)
    out = []
    for index in range(0, len(base), 7):
        out.append(base[index : index + 7])
        out.append(rng.choice(odd))
    return "".join(out)[:size]


def one_long_word(size: int) -> str:
    """A single token with no space or punctuation: one very long run of letters."""
    return "Stoltenberg" * (size // 11) + "a" * (size % 11)


def digits_and_dots(size: int) -> str:
    """Runs of digits, dots, slashes and dashes: things that look almost like dates and times."""
    unit = "12.10.2024/11:45-1.2.3.4 2024-10-01T 1,000.5 No. 3 "
    return (unit * (size // len(unit) + 1))[:size]


def capitalised_words(size: int) -> str:
    """Capitalised words without end: an endless run of possible names and titles."""
    rng = random.Random(3)
    words = ["Secretary", "General", "Mark", "Rutte", "Prime", "Minister", "Jens", "NATO", "Mr.",
             "The", "Of", "Foreign", "Affairs", "Dr.", "Von", "De", "Al-"]  # fmt: skip
    parts: list[str] = []
    length = 0
    while length < size:
        part = rng.choice(words)
        parts.append(part)
        length += len(part) + 1
    return " ".join(parts)[:size]


def long_name_note(size: int) -> str:
    """An author's note whose "name" is one hyphenated word running for the whole line.

    "A-A-A-...-A is a writer": the note's name pattern tries every start inside the word and
    reads the word to its end from each (quadratic in the line's length), which the line guards
    (a note is a short line) do not catch, as the line is a single word.
    """
    run = "A-" * max(1, (size - 40) // 2)
    return f"{run} is a writer\n\nNATO met on Monday."[:size]


def whitespace(size: int) -> str:
    """Only white space: spaces, tabs, line breaks, no-break spaces."""
    return (" \t\n\u00a0\r\n" * (size // 6 + 1))[:size]


#: Every hostile generator, by name (``news`` itself, the baseline, is not among them).
HOSTILE: dict[str, Callable[[int], str]] = {
    "no_newline": no_newline,
    "unbalanced_quotes": unbalanced_quotes,
    "nested_brackets": nested_brackets,
    "control_characters": control_characters,
    "one_long_word": one_long_word,
    "digits_and_dots": digits_and_dots,
    "capitalised_words": capitalised_words,
    "long_name_note": long_name_note,
    "whitespace": whitespace,
}
