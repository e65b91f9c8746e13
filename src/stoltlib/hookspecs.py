"""The plugin contract: every hook a stoltlib plugin can implement.

A plugin is any module or object with functions named after these hooks and decorated with
:data:`hookimpl`, registered in the entry-point group ``stoltlib``::

    # pyproject.toml of your package
    [project.entry-points.stoltlib]
    figures = "stoltlib_figures"

    # stoltlib_figures.py
    import stoltlib

    @stoltlib.hookimpl
    def stoltlib_claims(document, analysis):
        ...

An implementation may accept any subset of a hook's arguments, by name. The built-in readers and
extractors are registered the same way. The pipeline runs the stages in the order of this file
(read, metadata, mentions, claims, events); each stage sees the analysis built by the stages
before it. Every implementation is called on its own, under its own guard: an exception costs only
that plugin's results for that document and is recorded in ``Analysis.errors``. Facts whose spans
do not slice back to their text are dropped and recorded the same way. The pipeline stamps each
fact with the name of the plugin that returned it (its entry-point name).

Hooks only ever gain arguments, never lose them, so an implementation written today keeps working.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

import pluggy

if TYPE_CHECKING:
    from stoltlib.model import Analysis, Claim, Document, Event, Mention, Metadata, TimeExpression
    from stoltlib.reading import ReadError, Source

__all__ = ["PROJECT", "STAGES", "hookimpl", "hookspec"]

#: The pluggy project name and entry-point group.
PROJECT = "stoltlib"

#: Extraction stages, in the order the pipeline runs them (the read stage comes before them).
STAGES = ("metadata", "mentions", "claims", "events")

hookspec = pluggy.HookspecMarker(PROJECT)
#: Decorator marking a plugin's hook implementations: ``@stoltlib.hookimpl``.
hookimpl = pluggy.HookimplMarker(PROJECT)

#: A lexicon entry: a plain string ("said"), or a mapping for structured entries
#: (``{"title": "Secretary General", "organization": "NATO", "aliases": [...]}``).
LexiconEntry = str | Mapping[str, Any]


@hookspec(firstresult=True)
def stoltlib_read(source: Source) -> Iterable[Document | Source | ReadError] | None:
    """Read one input source, or decline it.

    When: once for every file named or found in a directory, for standard input, and again for
    every nested source a reader returns (each record of a JSONL file).

    Gets: ``source``, a :class:`stoltlib.reading.Source` with the file's ``path``, a ``stream``
    (standard input), or a decoded JSON ``record``, plus the ``format`` the user forced, if any.

    Returns: ``None`` when the source is not in this reader's format; otherwise an iterable (a
    generator is fine: large files stream) of :class:`~stoltlib.model.Document` values, nested
    :class:`~stoltlib.reading.Source` values to be read in turn, and
    :class:`~stoltlib.reading.ReadError` values for records that could not be read while the
    rest can. Raise :class:`~stoltlib.reading.ReadError` when nothing of the source can be read.
    An empty input is returned as a document with empty text (the pipeline warns about it).

    Combined: first result wins, in plugin order (``tryfirst`` readers are asked first); a
    reader that raises an unexpected exception is reported with the source's location.
    """


@hookspec
def stoltlib_metadata(document: Document, analysis: Analysis) -> Metadata | None:
    """Find where the document came from: title, outlet, authors, dates, credits, boilerplate.

    When: first of the extraction stages, once per document.

    Gets: the ``document`` and the ``analysis`` so far (empty but for the caller's ``published``).

    Returns: a partial :class:`~stoltlib.model.Metadata` (fields left empty are fine), or
    ``None``.

    Combined: field by field, the first non-empty value in plugin order wins and lists are
    concatenated (:meth:`~stoltlib.model.Metadata.merged_with`). When the caller gave no
    publication date, the merged ``published`` value becomes ``Analysis.published``, the anchor
    for relative dates in the later stages.
    """


@hookspec
def stoltlib_mentions(
    document: Document, analysis: Analysis
) -> Iterable[TimeExpression | Mention] | None:
    """Find time expressions and mentions of people, organizations, places and positions.

    When: after the metadata stage, once per document.

    Gets: the ``document`` and the ``analysis`` with its metadata and ``published`` (the document
    creation time that relative dates are anchored on; ``None`` when unknown).

    Returns: an iterable of :class:`~stoltlib.model.TimeExpression` and
    :class:`~stoltlib.model.Mention` values, or ``None``.

    Combined: concatenated in plugin order; time expressions go to ``Analysis.times``, mentions to
    ``Analysis.mentions``.
    """


@hookspec
def stoltlib_claims(document: Document, analysis: Analysis) -> Iterable[Claim] | None:
    """Find claims: direct quotes, mixed quotes and reported speech, with their speakers.

    When: after the mentions stage, once per document.

    Gets: the ``document`` and the ``analysis`` with metadata (boilerplate spans to skip), times
    and mentions (speakers resolved by coreference).

    Returns: an iterable of :class:`~stoltlib.model.Claim` values, or ``None``.

    Combined: concatenated in plugin order into ``Analysis.claims``.
    """


@hookspec
def stoltlib_events(document: Document, analysis: Analysis) -> Iterable[Event] | None:
    """Find events such as office-holder changes, with their roles, time and modality.

    When: last, once per document.

    Gets: the ``document`` and the ``analysis`` with everything the earlier stages found.

    Returns: an iterable of :class:`~stoltlib.model.Event` values, or ``None``. Event ids must be
    unique within the document; ``links`` refer to them.

    Combined: concatenated in plugin order into ``Analysis.events``; an event whose id another
    event already has is dropped and recorded as an error.
    """


@hookspec
def stoltlib_lexicon(name: str) -> Iterable[LexiconEntry] | None:
    """Contribute entries to a named lexicon ("cue_verbs", "positions", "outlets", ...).

    When: the first time any plugin asks for the lexicon through :func:`stoltlib.lexicon`; the
    combined result is cached per plugin manager.

    Gets: ``name``, the lexicon asked for.

    Returns: an iterable of entries (strings, or mappings for structured lexicons), or ``None``
    for a lexicon this plugin does not extend.

    Combined: concatenated in plugin order, duplicates dropped.
    """
