"""Properties of the people plugin on sentences built from templates and on any text."""

from __future__ import annotations

import re

import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st
from stoltlib_people.coref import Entity, pick_entity
from stoltlib_people.extract import (
    _PRONOUN,
    _PRONOUN_ASCII,
    _apposition_span,
    _apposition_words,
    _entity_for,
    _Latest,
    _plain_apposition,
    descriptions,
)
from stoltlib_people.lexicons import current
from stoltlib_people.names import (
    FUNCTION_WORDS,
    NAME_RUN,
    NAME_RUN_ASCII,
    NameRun,
    WordIndex,
    _one_word,
    read_run,
    split_run,
)

import stoltlib
from stoltlib.manager import using
from stoltlib.testing.strategies import article_texts, texts
from stoltlib.text import ASCII_LIKE, ascii_letters

MANAGER = stoltlib.get_plugin_manager(builtins_only=True, environ={})

ROLES = ["Foreign Minister", "spokesperson", "Secretary General", "former Prime Minister", ""]
NAMES = ["Anna Berg", "Jens Olsen", "Maria Costa", "Peter Novak"]
PRONOUNS = {"Anna Berg": "she", "Maria Costa": "she", "Jens Olsen": "he", "Peter Novak": "he"}


def people(text: str) -> list[stoltlib.Mention]:
    analysis = stoltlib.analyze(text, plugins=MANAGER, strict=True)
    return [m for m in analysis.mentions if m.plugin == "people"]


@settings(max_examples=60)
@given(
    role=st.sampled_from(ROLES),
    name=st.sampled_from(NAMES),
    verb=st.sampled_from(["spoke", "left"]),
)
def test_a_named_person_is_resolved_in_the_next_sentences(role: str, name: str, verb: str) -> None:
    """'Role Name verb. Surname ... Pronoun ...': surname and pronoun resolve to the full name."""
    surname = name.split()[1]
    pronoun = PRONOUNS[name]
    text = (
        f"{role} {name} {verb} on Monday. {surname} arrived late, and {pronoun} sat down.".strip()
    )
    found = {(m.text, m.entity) for m in people(text) if m.kind == "person"}
    assert (name, name) in found
    assert (surname, name) in found
    assert (pronoun, name) in found
    if role:
        (person,) = [m for m in people(text) if m.text == name]
        assert person.role == role


@settings(max_examples=60)
@given(text=texts() | article_texts())
def test_any_text_gives_mentions_that_slice_back_deterministically(text: str) -> None:
    """Nothing raises; every mention slices back; a resolved entity is a name the text gives."""
    first = people(text)
    for mention in first:
        assert text[mention.start : mention.end] == mention.text
        assert mention.kind in ("person", "organization", "position")
    assert people(text) == first


# The apposition rule as the pattern it was first written as: the string searches of
# ``_apposition_span`` must read every text as it does.
_APPOSITION_PATTERN = regex.compile(
    r""",[ \u00a0]{1,2}(?P<role>[^,.;:!?"“”\n]{2,100}?)(?=[ \u00a0]?(?:,|\.(?:\s|$)|;|:|—|–|$))"""
)
# Characters the rule turns on, so that random text meets every branch of it.
_APPOSITION_ALPHABET = st.sampled_from(list('ab ,.;:!?"“”\n—–\u00a0\x1c\t\u2028'))


@settings(max_examples=300)
@given(
    text=st.text(_APPOSITION_ALPHABET, max_size=40)
    | st.builds(
        lambda a, b: a + "a" * 95 + b,
        st.text(_APPOSITION_ALPHABET, max_size=8),
        st.text(_APPOSITION_ALPHABET, max_size=8),
    )
)
def test_an_apposition_is_read_as_its_pattern_reads_it(text: str) -> None:
    """The apposition after a comma spans what the rule's pattern spans, on any text."""
    text = "," + text
    match = _APPOSITION_PATTERN.match(text)
    assert _apposition_span(text, 0) == (match.span("role") if match else None)


def _entities_by_scan(names: list[tuple[str, ...]]) -> list[Entity]:
    """The entity of each name as the rule was first written: reading back through every place.

    A full name reads back through every place its last word was named, for one named with the
    same first word or by that word alone, else for one named by a longer name ending with it.
    """
    entities: dict[str, Entity] = {}
    by_word: dict[str, list[tuple[int, Entity]]] = {}
    resolved = []
    for start, words in enumerate(names):
        full = " ".join(words)
        entity = entities.get(full)
        if entity is None:
            known = None
            if len(words) == 1:
                known = pick_entity(by_word.get(words[0], []), start)
            else:
                for _, other in reversed(by_word.get(words[-1], [])):
                    if other.words[0] == words[0] or len(other.words) == 1:
                        known = other
                        break
                else:
                    # Else the last named by a longer name ending with it ("Van der Broek").
                    for _, other in reversed(by_word.get(words[-1], [])):
                        if len(other.words) > len(words) and other.words[-len(words) :] == words:
                            known = other
                            break
            if known is not None and len(words) > len(known.words) == 1:
                known.name, known.words = full, words
            entity = known or Entity(full, words)
            entities[full] = entity
        by_word.setdefault(words[-1], []).append((start, entity))
        if len(words) > 1:
            by_word.setdefault(words[0], []).append((start, entity))
        resolved.append(entity)
    return resolved


_NAME_WORDS = st.sampled_from(["ann", "bo", "smith"])


@settings(max_examples=300)
@given(names=st.lists(st.lists(_NAME_WORDS, min_size=1, max_size=3).map(tuple), max_size=30))
def test_a_name_finds_the_entity_reading_back_would_find(names: list[tuple[str, ...]]) -> None:
    """Names resolve to entities as reading back through every earlier name resolves them."""
    entities: dict[str, Entity] = {}
    by_word: dict[str, list[tuple[int, Entity]]] = {}
    latest: _Latest = {}
    found = [
        _entity_for(words, " ".join(words), by_word, latest, entities, start)
        for start, words in enumerate(names)
    ]
    expected = _entities_by_scan(names)
    # The same entity wherever the scan finds the same one, with the same name in the end.
    assert _first_places(found) == _first_places(expected)
    assert [e.name for e in found] == [e.name for e in expected]


def _first_places(resolved: list[Entity]) -> list[int]:
    """For each entity of a list, where the list first holds that same object."""
    return [next(i for i, other in enumerate(resolved) if other is e) for e in resolved]


# Words a run and what stands before it are made of: names, titles alone and in phrases, role
# words, function words, words in capitals and with marks, so that every branch of the reading
# of a bare word is met.
_RUN_WORDS = st.sampled_from(
    [
        "Trump",
        "Ohio",
        "The",
        "But",
        "President",
        "minister",
        "spokesman",
        "former",
        "Sen.",
        "NATO",
        "Lavrov",
        "said",
        "prime",
        "Minister",
        "Dr",
        "of",
        "Straße",
        "İstanbul",
        "ſmith",
        "O'Brien",
        "Peskov",
        "secretary",
        "general",
        "Monday",
        "he",
        "Kremlin",
        "Jr.",
        "mr",
        "Then-candidate",
    ]
)
_RUN_GAPS = st.sampled_from([" ", "  ", "\u00a0", ", ", ". ", "\n", "-", "'s ", "’"])


@settings(max_examples=300)
@given(st.lists(st.tuples(_RUN_WORDS, _RUN_GAPS), max_size=12))
def test_a_bare_word_is_read_as_one_plain_word_is_read(parts: list[tuple[str, str]]) -> None:
    """``read_run`` gives a bare word's folded text only where a plain word's reading finds one.

    A run of one plain word is read by ``_one_word`` (a title, or a name with the role right
    before it); a function word is none; ``split_run`` is ``read_run`` with bare words as runs.
    """
    text = "".join(word + gap for word, gap in parts)
    with using(MANAGER):
        lexicons = current()
    index = WordIndex(text)
    for match in NAME_RUN.finditer(text):
        start, end = match.span()
        run = read_run(text, start, end, lexicons, index)
        segment = text[start:end]
        folded = segment.casefold()
        bare = NameRun(start, end, (start, end), None, None, None, (folded,))
        if folded in FUNCTION_WORDS:
            assert run is None
        elif segment.isalpha():
            assert _one_word(text, start, end, folded, lexicons, index) == (
                bare if isinstance(run, str) else run
            )
        else:
            assert not isinstance(run, str)
        expected = bare if isinstance(run, str) else run
        assert split_run(text, start, end, lexicons, index) == expected


_ROLE_WORDS = st.sampled_from(
    [
        "the",
        "a",
        "former",
        "current",
        "his",
        "secretary",
        "general",
        "prime",
        "minister",
        "president",
        "of",
        "Nato",
        "spokesman",
        "chief",
        "alliance",
        "ſenator",
        "Straße",
        "mr",
    ]
)


@settings(max_examples=300)
@given(st.lists(_ROLE_WORDS, min_size=1, max_size=16))
def test_a_role_of_plain_words_is_read_as_word_by_word(words: list[str]) -> None:
    """A role of plain words one space apart states the title the word-by-word reading finds."""
    text = "X, " + " ".join(words)
    span = (3, len(text))
    with using(MANAGER):
        lexicons = current()
    assert _plain_apposition(span, words, lexicons) == _apposition_words(text, span, lexicons)


# Words and gaps a text of names is made of: bare words that are surnames of a full name or
# of none, organisations and acronyms (of every length about the acronym rule's), words that
# name no person, titles, cue verbs, appositions' roles, so that each reading of a bare word
# (an organisation, nothing, a surname kept or dropped, a name by a cue or an apposition) is met.
_TEXT_WORDS = st.sampled_from(
    [
        "Anna Berg",
        "Berg",
        "Olsen",
        "Congress",
        "NATO",
        "UN",
        "A",
        "OSCEAB",
        "OSCEABC",
        "Monday",
        "President",
        "Foreign Minister",
        "spokesman",
        "said",
        "the president of the company",
        "the",
        "he",
        "Jr.",
        "But",
    ]
)
_TEXT_GAPS = st.sampled_from([" ", ", ", ". ", "\n", ' "', '" ', "\u00a0"])


@settings(max_examples=300)
@given(
    parts=st.lists(st.tuples(_TEXT_WORDS, _TEXT_GAPS), max_size=24),
    headline=st.sampled_from(["", "Berg Says Olsen Will Meet NATO Chiefs\n\n"]),
)
@example(parts=[("Berg", ", "), ("the president of the company", ", "), ("said", ".")], headline="")
@example(parts=[("Olsen", " "), ("said", " "), ("Congress", " "), ("said", ".")], headline="")
@example(parts=[("Anna Berg", " "), ("UN", " "), ("A", " "), ("OSCEAB", " ")], headline="")
@example(
    parts=[("Monday", ", "), ("the president of the company", ", "), ("said", ".")], headline=""
)
def test_bare_words_give_the_mentions_every_run_read_whole_gives(
    parts: list[tuple[str, str]], headline: str
) -> None:
    """Reading bare words apart (kept as surnames only when named so) changes no mention.

    The reference reads every run as :func:`split_run` reads it, as a :class:`NameRun`
    classified in full, each lone word a surname until resolution drops it.
    """
    import stoltlib_people.extract as extract

    text = headline + "".join(word + gap for word, gap in parts)
    with using(MANAGER):
        lexicons = current()
    found = list(extract.find_mentions(text, lexicons))
    original = extract.read_run
    extract.read_run = split_run
    try:
        expected = list(extract.find_mentions(text, lexicons))
    finally:
        extract.read_run = original
    assert found == expected


# Pieces of text for the ASCII twins of the whole-text scans: names, initials, prefixes,
# titles, pronouns and determiners in every case, the characters around them, and non-ASCII
# characters: of ASCII_LIKE, other punctuation and symbols (the twins run), letters, marks,
# spaces and a symbol with case (they do not).
_SCAN_PIECES = st.lists(
    st.sampled_from(
        [
            "Anna",
            "BERG",
            "McCain",
            "MacArthur",
            "O’Neil",
            "D'Souza",
            "Lloyd-Jones",
            "J.",
            "H.R.",
            "Sen.",
            "Mr. ",
            "van",
            "de",
            "Jr.",
            "III",
            "IV",
            "the",
            "The",
            "THE",
            "this",
            "That",
            "tHe",
            "minister",
            "Minister",
            "prime minister",
            "Foreign",
            "former",
            "alliance's",
            "chief",
            "of",
            "of the",
            "alliance",
            "he",
            "He",
            "HIS",
            "she",
            "herself",
            "Him",
            "hers",
            "her",
            "x",
            "9",
            "_",
            " ",
            "  ",
            "\u00a0",
            "\n",
            "\t",
            "\x1c",
            ",",
            ".",
            "-",
            "'",
            "’",
            "“",
            "”",
            "—",
            "–",
            "…",
            "é",
            "ſ",
            "İ",
            "²",
            "©",
            "•",
            "×",
            "\u200b",
            "\x85",
            "\u2009",
            "\x83",
            "Ⓐ",
            "日",
            "\u0301",
        ]
    ),
    max_size=16,
).map("".join)


def test_ascii_like_characters_are_read_alike_by_both_engines() -> None:
    """No ASCII_LIKE character is a letter, mark or digit; both engines agree on its space."""
    for char in ASCII_LIKE:
        assert not regex.match(r"[\p{L}\p{M}\p{N}]", char)
        assert not re.match(r"\w", char)
        assert bool(regex.match(r"\s", char)) == bool(re.match(r"\s", char))


@settings(max_examples=500)
@given(_SCAN_PIECES)
def test_the_ascii_scans_find_what_the_unicode_scans_find(text: str) -> None:
    """Where ascii_letters holds, the ``re`` twins of the scans find the same matches."""
    if not ascii_letters(text):
        assert any(not c.isascii() and c not in ASCII_LIKE for c in text)
        return
    for char in text:
        if not char.isascii() and char != "\u00a0":
            assert not regex.match(r"[\p{L}\p{M}\p{N}\s]", char) and not re.match(r"[\w\s]", char)
    with using(MANAGER):
        lexicons = current()
    assert lexicons.description_pattern is not None
    assert lexicons.description_ascii is not None
    groups = ("det", "role", "title", "of")
    for unicode, ascii in ((NAME_RUN, NAME_RUN_ASCII), (_PRONOUN, _PRONOUN_ASCII)):
        expected = [m.span() for m in unicode.finditer(text)]
        assert [m.span() for m in ascii.finditer(text)] == expected
    expected_descriptions = [
        (m.span(), *(m.span(g) for g in groups))
        for m in lexicons.description_pattern.finditer(text)
    ]
    found = [(m.span(), *(m.span(g) for g in groups)) for m in descriptions(text, lexicons, True)]
    assert found == expected_descriptions
