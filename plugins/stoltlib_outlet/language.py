"""A cheap language guess from function words, enough to tell English from other languages."""

from __future__ import annotations

import functools
import unicodedata
from collections import Counter
from collections.abc import Mapping
from itertools import filterfalse

__all__ = ["guess_language"]

# What clings to a word in running text: punctuation, quote marks, brackets.
_PUNCTUATION = "".join(
    chr(code) for code in range(0x2070) if unicodedata.category(chr(code))[0] in "PS"
)
# Its ASCII members: all an ASCII token can be stripped of, and str.strip scans the characters
# it is given for each end character (32 of them, not 518).
_ASCII_PUNCTUATION = "".join(char for char in _PUNCTUATION if char.isascii())

#: Below this many words a guess is not worth making.
MIN_WORDS = 12
#: The share of a language's function words a text needs for that language to be named.
MIN_SHARE = 0.08


def guess_language(
    text: str, stopwords: Mapping[str, frozenset[str]], limit: int = 4000
) -> str | None:
    """The ISO 639-1 code of the language whose function words are most frequent, or ``None``.

    Only the first ``limit`` characters are read: a page's language does not change half-way,
    and the guess stays cheap on long documents.
    """
    tokens = text[:limit].casefold().split()
    total = len(tokens)
    if not stopwords or total < MIN_WORDS:
        return None  # too few tokens, let alone words (a short document's sample is empty)
    languages = _languages_of_words(tuple(sorted(stopwords.items())))
    counts = dict.fromkeys(stopwords, 0)
    # A function word is the token stripped of the punctuation around it. A token that is a
    # function word as it stands is counted through C-level filtering and counting; only the
    # tokens holding something else than letters and digits (a tenth to a third of them) are
    # stripped in Python, to count those that were function words in punctuation ("(the") and
    # to leave out those that were punctuation alone ("--"), which are no words.
    for word, count in Counter(filter(languages.__contains__, tokens)).items():
        for language in languages[word]:
            counts[language] += count
    for token, count in Counter(filterfalse(str.isalnum, tokens)).items():
        # Stripping against the long punctuation string scans it for each end of a token: an
        # ASCII token needs only its ASCII part.
        word = token.strip(_ASCII_PUNCTUATION if token.isascii() else _PUNCTUATION)
        if word == token:
            continue  # nothing around it: counted above if it is a function word
        if not word:
            total -= count
            continue
        for language in languages.get(word, ()):
            counts[language] += count
    if total < MIN_WORDS:
        return None
    shares = {language: count / total for language, count in counts.items()}
    best = max(sorted(shares), key=shares.__getitem__)
    return best if shares[best] >= MIN_SHARE else None


@functools.lru_cache(maxsize=8)
def _languages_of_words(
    stopwords: tuple[tuple[str, frozenset[str]], ...],
) -> Mapping[str, tuple[str, ...]]:
    """For each function word, the languages it belongs to (built once per lexicon).

    A lexicon's word with punctuation at an end ("l'") is left out: a token is stripped of
    the punctuation around it before it is looked up, so no token could be that word.
    """
    index: dict[str, list[str]] = {}
    for language, vocabulary in stopwords:
        for word in vocabulary:
            if word and word.strip(_PUNCTUATION) == word:
                index.setdefault(word, []).append(language)
    return {word: tuple(languages) for word, languages in index.items()}
