"""The position and organisation of a title written before a name.

"Deputy Oil Minister": a rank opens the position ("Deputy"), no organisation's name is it;
"Brazilian Planning Minister": after a country's demonym, a portfolio's words before a bare
political title are the position's ("Planning Minister"), the demonym the organisation.
"""

from __future__ import annotations

from stoltlib.lexicon_files import data_rows
from stoltlib.organizations import COUNTRIES, ORGANIZATION_ALIASES, fold

__all__ = ["RANK_WORDS", "split_title"]

#: Words of rank that open a title (data: ``rank_words.tsv``).
RANK_WORDS = frozenset(row[0] for row in data_rows("stoltlib_offices", "rank_words.tsv"))


def _is_country(word: str) -> bool:
    """Whether ``word`` names a country, by its name or demonym ("Brazilian", "Dutch")."""
    folded = fold(word)
    return folded in COUNTRIES or ORGANIZATION_ALIASES.get(folded) in COUNTRIES


def split_title(words: list[str], position: str, political: bool) -> tuple[str, list[str]]:
    """The position and the organisation's words of the capitalised ``words`` before a title.

    ``position`` is the canonical office the title names; ``political`` whether it is a
    political office (a portfolio joins only those: "British Airways Chairman" keeps its
    organisation whole).
    """
    ranks: list[str] = []
    while words and fold(words[-1]) in RANK_WORDS:
        ranks.insert(0, words[-1])
        words = words[:-1]
    if political and len(words) == 2 and _is_country(words[0]):
        # "Brazilian Planning Minister": the demonym's, a portfolio of Planning (one word:
        # "Soviet Communist Party General Secretary" names a party).
        ranks = [*words[1:], *ranks]
        words = words[:1]
    if not ranks:
        return position, words
    return " ".join([*ranks, position]), words
