"""stoltlib-figures: numeric claims in news, as a third-party stoltlib plugin.

On the mentions stage it finds figures: money ("$1.5 billion", "300 million euros"),
percentages ("2% of GDP"), shares ("a quarter of its troops", "two-thirds") and counts ("all
31 allied governments"), each a :class:`stoltlib.Mention` whose ``kind`` is ``figure.money``,
``figure.percent``, ``figure.share`` or ``figure.count``, whose ``entity`` is the value written
one way ("2%", "USD 1500000000", "1/4", "31") and whose ``role`` is what it measures when the text
says ("GDP", "troops", "allied governments").

On the events stage, which sees every plugin's claims, each figure inside a quote or reported
claim becomes a ``figure.claimed`` event with the claim's speaker as its ``source``: who put the
number forward, and where.

Registered as the entry point ``figures`` (this package's ``pyproject.toml``). Written the way
stoltlib's own plugins are: the hooks here, the patterns in :mod:`stoltlib_figures.patterns`, the
work in pure functions in :mod:`stoltlib_figures.extract`; English only, boilerplate skipped.
"""

from __future__ import annotations

from collections.abc import Iterator

import stoltlib
from stoltlib import Analysis, Document, Event, Mention

from stoltlib_figures.extract import KINDS, claimed_figures, find_figures

__all__ = ["KINDS", "PLUGIN", "__version__", "stoltlib_events", "stoltlib_mentions"]

__version__ = "0.1.0"

#: The name the plugin is registered under (its entry point): the name its facts record.
PLUGIN = "figures"


@stoltlib.hookimpl
def stoltlib_mentions(document: Document, analysis: Analysis) -> Iterator[Mention]:
    """Find the document's figures (see the module docstring).

    Documents the metadata stage guessed to be in another language are left alone, and so is
    text it marked as boilerplate (a related headline's figure is not the article's).
    """
    if not analysis.is_english:
        return iter(())
    return find_figures(document.text, skip=analysis.metadata.boilerplate_at)


@stoltlib.hookimpl
def stoltlib_events(analysis: Analysis) -> Iterator[Event]:
    """A ``figure.claimed`` event for each of this plugin's figures inside a claim's content."""
    ours = (mention for mention in analysis.mentions if mention.plugin == PLUGIN)
    return claimed_figures(analysis, ours)
