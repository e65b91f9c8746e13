"""stoltlib's people plugin: persons, organisations and positions, resolved within the document.

On the mentions stage it finds person mentions with the roles the text states for them
("Russian Foreign Minister Sergey Lavrov", "Kremlin spokesman Dmitry Peskov", "Jens Stoltenberg,
the current Secretary-General of NATO,"), organisation and position mentions, and resolves every
person mention (a surname, a pronoun, a description such as "the minister") to a canonical full
name, its ``entity``. The claims stage uses these to name the speakers of quotes.

Registered as the entry point ``people``; its lexicons (``person_titles``,
``person_honorifics``, ``person_pronouns``, ``given_names``, ``organization_words``,
``role_modifiers``) live in ``data/`` and are extendable through the lexicon hook.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import stoltlib
from stoltlib import Analysis, Document, Mention
from stoltlib_people.extract import find_mentions
from stoltlib_people.lexicons import current, data_entries

__all__ = ["PLUGIN", "stoltlib_lexicon", "stoltlib_mentions"]

#: The name the plugin is registered under (its entry point): the name its mentions record.
PLUGIN = "people"


@stoltlib.hookimpl
def stoltlib_mentions(document: Document, analysis: Analysis) -> Iterator[Mention]:
    """Find the document's person, organisation and position mentions (see the module docstring).

    Documents the metadata stage guessed to be in another language are left alone, and so is
    text it marked as boilerplate.
    """
    if not analysis.is_english:
        return iter(())
    metadata = analysis.metadata
    skip = metadata.boilerplate_at if metadata.boilerplate else None  # none: nothing to test
    return find_mentions(document.text, current(), skip=skip, plugin=PLUGIN)


@stoltlib.hookimpl
def stoltlib_lexicon(name: str) -> tuple[Any, ...] | None:
    """Contribute the plugin's data files to the lexicons it reads."""
    return data_entries(name)
