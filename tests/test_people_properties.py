"""Properties of the people plugin on sentences built from templates and on any text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

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
