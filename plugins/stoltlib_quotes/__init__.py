"""stoltlib's quotes plugin: direct quotes, mixed quotes and reported speech, with speakers.

On the claims stage it finds the document's claims: direct quotes (split quotes, quotes over
several paragraphs, quotes introduced by a colon or a dash, floating quoted paragraphs), mixed
ones (reported speech with a quoted fragment) and indirect ones (``X said that ...``,
``according to X``, ``C, X said``), each with its speaker phrase, the cue, the content spans and
a confidence. A speaker is resolved to a full name and a role through the person mentions the
mentions stage found (the ``people`` plugin): plugins meet only through the ``Analysis``.
Quotation marks of every common style are read alike; titles, scare quotes and apostrophes are
no quotes.

Registered as the entry point ``quotes``; its lexicons (``cue_verbs``, ``cue_adverbs``) live in
``data/`` and are extendable through the lexicon hook.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import stoltlib
from stoltlib import Analysis, Claim, Document
from stoltlib_quotes.extract import find_claims
from stoltlib_quotes.lexicons import current, data_entries

__all__ = ["PLUGIN", "stoltlib_claims", "stoltlib_lexicon"]

#: The name the plugin is registered under (its entry point): the name its claims record.
PLUGIN = "quotes"


@stoltlib.hookimpl
def stoltlib_claims(document: Document, analysis: Analysis) -> Iterator[Claim]:
    """Find the document's claims (see the module docstring).

    Documents the metadata stage guessed to be in another language are left alone, and so are
    claims inside text it marked as boilerplate (a quote in a related-headlines list is not a
    claim of the article).
    """
    if not analysis.is_english:
        return iter(())
    return find_claims(
        document.text,
        current(),
        analysis.mentions,
        skip=analysis.metadata.boilerplate_at if analysis.metadata.boilerplate else None,
        plugin=PLUGIN,
        times=analysis.times,
        dateline=(dateline.start, dateline.end)
        if (dateline := analysis.metadata.dateline)
        else None,
    )


@stoltlib.hookimpl
def stoltlib_lexicon(name: str) -> tuple[Any, ...] | None:
    """Contribute the plugin's data files to the lexicons it reads."""
    return data_entries(name)
