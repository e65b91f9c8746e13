"""stoltlib's outlet-metadata plugin: where an article came from, and what is not the story.

On the metadata stage it finds the title, the outlet, the authors, the publication date (with its
span and how it was found), the dateline, credited agencies, photo credits, the language, and the
boilerplate around the story (share and comment widgets, related-story lists, captions, image
alt text, navigation, newsletter pleas, copyright footers), from plain text, and merges what an
HTML page states in its meta tags (``Document.meta["html"]``, filled by the ``html`` reader).

Registered as the entry point ``outlet``; its lexicons (``outlets``, ``agencies``,
``boilerplate``, ``stopwords``, ``outlet_words``) live in ``data/`` and are extendable through
the lexicon hook.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import stoltlib
from stoltlib import Analysis, Document, Metadata
from stoltlib_outlet.extract import find_metadata
from stoltlib_outlet.lexicons import current, data_entries

__all__ = ["stoltlib_lexicon", "stoltlib_metadata"]


@stoltlib.hookimpl
def stoltlib_metadata(document: Document, analysis: Analysis) -> Metadata:
    """Find the document's metadata and boilerplate (see the module docstring)."""
    return find_metadata(document, current(), analysis.published)


@stoltlib.hookimpl
def stoltlib_lexicon(name: str) -> tuple[Mapping[str, Any] | str, ...] | None:
    """Contribute the plugin's data files to the lexicons it reads."""
    return data_entries(name)
