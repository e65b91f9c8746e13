"""The plugin contract as checks a test suite can run on any plugin and any text.

Each check returns a list of human-readable problems (empty: the contract holds), so a test can
``assert not problems, problems`` and show every breach at once. stoltlib's own suite runs them
over every registered plugin, on the seed articles and on random text; plugin authors can run
them on theirs::

    from stoltlib.testing import contract_problems
    pipeline = stoltlib.Pipeline(stoltlib.get_plugin_manager(plugins={"mine": my_plugin}))
    assert not contract_problems(pipeline, stoltlib.Document.from_text(text), plugin="mine")
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import attrs

from stoltlib.model import Analysis, Document, Metadata
from stoltlib.pipeline import Pipeline
from stoltlib.spans import iter_spans, map_spans, span_problems
from stoltlib.testing.edits import NEUTRAL_EDITS, Edit

__all__ = [
    "check_deterministic",
    "check_neutral_edit",
    "check_no_errors",
    "check_spans",
    "contract_problems",
]

_FACT_FIELDS = ("times", "mentions", "claims", "events")


def _of_plugin(analysis: Analysis, plugin: str | None) -> dict[str, Any]:
    """The facts and metadata of ``analysis``, restricted to one plugin when given."""
    facts: dict[str, Any] = {
        name: [fact for fact in getattr(analysis, name) if plugin is None or fact.plugin == plugin]
        for name in _FACT_FIELDS
    }
    metadata = analysis.metadata
    keep = plugin is None or (metadata.plugin or "").split("+") == [plugin]
    facts["metadata"] = metadata if keep else Metadata()
    return facts


def check_no_errors(analysis: Analysis, plugin: str | None = None) -> list[str]:
    """No exception escaped and no result was rejected (for ``plugin``, or for any plugin)."""
    return [
        f"{error.plugin} ({error.stage}): {error.type}: {error.message}"
        for error in analysis.errors
        if plugin is None or error.plugin == plugin
    ]


def check_spans(analysis: Analysis, plugin: str | None = None) -> list[str]:
    """Every span lies in the text and slices back to the text it claims."""
    return span_problems(list(_of_plugin(analysis, plugin).values()), analysis.text)


def check_deterministic(
    pipeline: Pipeline, document: Document, plugin: str | None = None
) -> list[str]:
    """Analysing the same document twice gives the same facts."""
    first = _of_plugin(pipeline.analyze(document), plugin)
    second = _of_plugin(pipeline.analyze(document), plugin)
    return [f"{name}: differs between two runs" for name in first if first[name] != second[name]]


def _without_inserted(value: Any, edit: Edit) -> Any:
    """Drop facts (and boilerplate entries) whose every span lies inside inserted text."""

    def inserted(item: Any) -> bool:
        spans = [span for _, span in iter_spans(item)]
        return bool(spans) and all(edit.is_inserted(s.start, s.end) for s in spans)

    if isinstance(value, Metadata):
        # ``plugin`` says who contributed; with the inserted furniture gone it may differ from
        # the original's (nothing found vs. only a share widget found) while no fact does.
        kept = [b for b in value.boilerplate if not inserted(b)]
        return attrs.evolve(value, boilerplate=kept, plugin=None)
    return [item for item in value if not inserted(item)]


def check_neutral_edit(
    pipeline: Pipeline,
    document: Document,
    edit: Callable[[str], Edit],
    plugin: str | None = None,
    original: Analysis | None = None,
) -> list[str]:
    """A neutral edit moves the spans and changes nothing else.

    A document without text has no paragraph to edit around, so no edit of it is neutral (an
    inserted paragraph would be its only content): it passes trivially.
    """
    if not document.text.strip():
        return []
    applied = edit(document.text)
    before = _of_plugin(original or pipeline.analyze(document), plugin)
    after = _of_plugin(pipeline.analyze(attrs.evolve(document, text=applied.text)), plugin)
    problems = []
    for name in before:
        expected = _without_inserted(map_spans(before[name], applied.offset, applied.text), applied)
        found = _without_inserted(after[name], applied)
        if expected != found:
            problems.append(f"{applied.name}: {name} changed: expected {expected!r}, got {found!r}")
    return problems


def contract_problems(
    pipeline: Pipeline,
    document: Document,
    *,
    plugin: str | None = None,
    edits: Iterable[str] = tuple(NEUTRAL_EDITS),
) -> list[str]:
    """Every contract check on one document; ``plugin`` restricts them to that plugin's facts."""
    analysis = pipeline.analyze(document)
    problems = check_no_errors(analysis, plugin) + check_spans(analysis, plugin)
    problems += check_deterministic(pipeline, document, plugin)
    for name in edits:
        problems += check_neutral_edit(pipeline, document, NEUTRAL_EDITS[name], plugin, analysis)
    return problems
