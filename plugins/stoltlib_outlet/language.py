"""A cheap language guess from function words, enough to tell English from other languages."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from stoltlib.text import words

__all__ = ["guess_language"]

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
    counts = Counter(token.casefold() for token in words(text[:limit]))
    total = sum(counts.values())
    if total < MIN_WORDS or not stopwords:
        return None
    shares = {
        language: sum(count for token, count in counts.items() if token in vocabulary) / total
        for language, vocabulary in stopwords.items()
    }
    best = max(sorted(shares), key=shares.__getitem__)
    return best if shares[best] >= MIN_SHARE else None
