"""stoltlib's dates plugin: TimeML temporal expressions, found, typed and normalised.

On the mentions stage it finds the temporal expressions of a document (dates in every common
news spelling, times with zones, durations, sets, and the references "now", "recently", "the
future"), gives each its TimeML (TIMEX3) type, value and modifier, and resolves relative ones
("Monday", "last week", "a year ago") against the document creation time,
``Analysis.published``. Without one, values keep their unknown parts (``XXXX-06-08``).

Registered as the entry point ``dates``; its lexicons (``date_months``, ``date_weekdays``,
``date_holidays``, ...) live in ``data/`` and are extendable through the lexicon hook.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import stoltlib
from stoltlib import Analysis, Document, TimeExpression
from stoltlib_dates.extract import find_times
from stoltlib_dates.lexicons import data_entries
from stoltlib_dates.patterns import current

__all__ = ["stoltlib_lexicon", "stoltlib_mentions"]


@stoltlib.hookimpl
def stoltlib_mentions(document: Document, analysis: Analysis) -> Iterator[TimeExpression]:
    """Find the document's time expressions (see the module docstring).

    Documents the metadata stage guessed to be in another language are left alone, and so is
    text it marked as boilerplate (share widgets, related-story lists, captions).
    """
    if not analysis.is_english:
        return iter(())
    return find_times(
        document.text,
        current(),
        analysis.published,
        skip=analysis.metadata.boilerplate_at,
    )


@stoltlib.hookimpl
def stoltlib_lexicon(name: str) -> tuple[Any, ...] | None:
    """Contribute the plugin's data files to the lexicons it reads."""
    return data_entries(name)
