"""Capitalised words alone that name no person: generic plurals, places, sentence adverbs.

"Officials said", "Ohio, the GOP nominee's home state,", "Ironically, the one who ...": a
speech verb or an apposition after such a word does not make it a person's name, as it does
after most words alone (:func:`stoltlib_people.extract._lone_word`). A country, state or capital
alone is a place mention, unless a full name of the text has it ("Washington" after "George
Washington"). A nationality before a full name is none of it ("Dominican Alfredo Ricart"). The
words are data: ``generic_people.tsv``, ``places.tsv`` and ``demonyms.tsv``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

from stoltlib.lexicon_files import data_rows

__all__ = [
    "DEMONYMS",
    "GENERIC_PEOPLE",
    "INSTRUMENT_NOUNS",
    "JOINED_NAMES",
    "PLACES",
    "bare_words",
    "may_name_alone",
]

#: Plural nouns for people that name no one ("Officials said"): no name, though capitalised.
GENERIC_PEOPLE = frozenset(
    row[0].casefold() for row in data_rows(__package__, "generic_people.tsv")
)

#: Nouns of financial instruments: after a ministry's word they name the paper ("Treasury bond").
INSTRUMENT_NOUNS = frozenset(
    row[0].casefold() for row in data_rows(__package__, "instrument_nouns.tsv")
)

#: Countries, US states and capitals of one word: alone, no person's name.
PLACES = frozenset(row[0].casefold() for row in data_rows(__package__, "places.tsv"))
#: Words of nationality ("Dominican", "Briton"): before a full name, no part of it. The
#: core's countries lexicon gives the adjectives (one word, not a country's own name, which
#: may be a given name: "Jordan", "America"); this plugin's file the nouns and initials.
DEMONYMS = frozenset(
    row[0].casefold() for row in data_rows(__package__, "demonyms.tsv")
) | frozenset(
    name
    for name, country in data_rows("stoltlib", "countries.tsv")
    if name != country and " " not in name and name not in PLACES
)
#: Organisation words "and" joins inside one name ("Securities and Exchange"): (first, second).
JOINED_NAMES = frozenset(
    (row[0].casefold(), row[1].casefold()) for row in data_rows(__package__, "joined_names.tsv")
)
# Adverbs opening a sentence ("Ironically, the one who ..."): a capitalised word so ending is no
# name, though what follows its comma reads as an apposition.
_ADVERB_ENDINGS = ("ically", "iously", "edly", "ingly", "ively", "fully", "ently")


def may_name_alone(word: str) -> bool:
    """Whether a capitalised word alone (its key ``word``) may be a person's name.

    No generic plural ("Officials"), country, state or capital ("Ohio") or adverb
    ("Ironically") is, whatever follows it; a surname of a full name of the text may still be
    such a word.
    """
    return not (word in GENERIC_PEOPLE or word in PLACES or word.endswith(_ADVERB_ENDINGS))


def bare_words(
    bare: Iterable[tuple[int, int, str]], by_word: Mapping[str, object]
) -> Iterator[tuple[int, int, str]]:
    """What each bare capitalised word (start, end, key) of the text makes, and where.

    A surname ("surname") when a full name of the text has the word (``by_word``: the names'
    words), else a place ("place") when it is a country's, a state's or a capital's, else
    nothing.
    """
    for start, end, word in bare:
        if word in by_word:
            yield start, end, "surname"
        elif word in PLACES:
            yield start, end, "place"
