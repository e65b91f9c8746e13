"""Closed word classes the office rules read around a cue."""

from __future__ import annotations

from stoltlib.lexicon_files import data_rows
from stoltlib_offices.patterns import AUXILIARIES

# The months by name (data: ``months.tsv``), their number from the file's order.
_MONTHS = {row[0]: number for number, row in enumerate(data_rows(__package__, "months.tsv"), 1)}

# Words that open an agent or another role before a name, not a title: "by President X".
_PREPOSITIONS = frozenset(
    {"by", "to", "from", "with", "for", "of", "at", "in", "on", "after", "before", "as", "than"}
)


# Determiners, which stand before a title, never inside one.
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "their", "our", "his", "her"})


# Pronouns, which no title stands before.
_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "they", "them", "it", "we", "i"})


# Headline words read in lower case though no cue or office holds them: "NEW", "SAYS".
_HEADLINE_COMMON = frozenset({"new", "says", "sees", "sets", "chief", "head", "top", "no", "and"})


# Words that open sentences and never go on an organisation's name.
_SENTENCE_OPENERS = frozenset(
    {"He", "She", "It", "They", "The", "This", "That", "These", "Last", "In", "But", "A", "An"}
)


# The words of the grammar a shouted headline holds, read in lower case as the rules expect.
_GRAMMAR_WORDS = AUXILIARIES | _PREPOSITIONS | _DETERMINERS | _PRONOUNS | _HEADLINE_COMMON
