"""stoltlib's offices plugin: office-holder changes and tenures, with their roles.

On the events stage it finds who took up, left, kept or held which office: ``office.start``
("was named president", "will succeed Y", "took over as"), ``office.end`` ("resigned as",
"leaves the post of"; the one replaced in "X replaces Y"), ``office.extend`` ("his term was
extended"), ``office.nominate``, ``office.elect`` and ``office.hold`` ("previously served as",
"former Prime Minister X", "NATO Secretary General X"), each with the person (resolved through
the person mentions of the ``people`` plugin, when it ran), position and organisation, the one
replaced, the clause's time (a time expression of the ``dates`` plugin), the modality and the
evidence span; an event inside a claim records the claim's speaker as its source.

Registered as the entry point ``offices``; its lexicons (``office_cues``, ``positions``) live in
``data/`` and are extendable through the lexicon hook.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import stoltlib
from stoltlib import Analysis, Document, Event
from stoltlib_offices.extract import find_events
from stoltlib_offices.lexicons import current, data_entries

__all__ = ["PLUGIN", "stoltlib_events", "stoltlib_lexicon"]

#: The name the plugin is registered under (its entry point): the name its events record.
PLUGIN = "offices"


@stoltlib.hookimpl
def stoltlib_events(document: Document, analysis: Analysis) -> Iterator[Event]:
    """Find the document's office-holder events (see the module docstring).

    Documents the metadata stage guessed to be in another language are left alone, and so are
    events inside text it marked as boilerplate (a related headline is another story's).
    """
    if not analysis.is_english:
        return iter(())
    return iter(
        find_events(
            document.text,
            current(),
            analysis.mentions,
            analysis.times,
            analysis.claims,
            published=analysis.published,
            skip=analysis.metadata.boilerplate_at if analysis.metadata.boilerplate else None,
            plugin=PLUGIN,
        )
    )


@stoltlib.hookimpl
def stoltlib_lexicon(name: str) -> tuple[Any, ...] | None:
    """Contribute the plugin's data files to the lexicons it reads."""
    return data_entries(name)
