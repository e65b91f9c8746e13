"""Properties of the people plugin on sentences built from templates and on any text."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st
from stoltlib_people.extract import _apposition_span

import stoltlib
from stoltlib.testing.strategies import article_texts, texts

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
