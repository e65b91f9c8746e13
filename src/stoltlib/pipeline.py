"""Running the hook stages over documents, one plugin at a time, each under its own guard.

pluggy's plain hook call aborts the whole call when one implementation raises, which would cost
every plugin's results for a document because of one plugin's bug. So the pipeline calls each
implementation itself (in plugin order), materialises generators inside the guard, checks what
came back (types, spans that slice back to their text, unique event ids), stamps each fact with
the plugin's name, and records failures in ``Analysis.errors``. ``strict=True`` re-raises instead.
"""

from __future__ import annotations

import datetime as _dt
import os
import warnings
from collections.abc import Iterable, Iterator, Sequence
from typing import IO, Any, Literal

import attrs
import pluggy

from stoltlib import manager as _manager
from stoltlib.manager import PluginManager
from stoltlib.model import (
    Analysis,
    Claim,
    Document,
    Event,
    Mention,
    Metadata,
    Problem,
    TimeExpression,
    normalize_published,
)
from stoltlib.reading import Reader, ReadError, Source
from stoltlib.spans import span_problems

__all__ = ["InvalidResultError", "Pipeline", "ReadWarning"]

_CORE = "stoltlib"

# What each extraction stage may return, and which Analysis field each type lands in.
_STAGE_TYPES: dict[str, tuple[type, ...]] = {
    "metadata": (Metadata,),
    "mentions": (TimeExpression, Mention),
    "claims": (Claim,),
    "events": (Event,),
}
_FIELD_OF_TYPE: dict[type, str] = {
    TimeExpression: "times",
    Mention: "mentions",
    Claim: "claims",
    Event: "events",
}


class InvalidResultError(ValueError):
    """A plugin returned something the contract does not allow (raised only with ``strict``)."""


class ReadWarning(UserWarning):
    """An input could not be read (see :func:`stoltlib.read`)."""


def _call(impl: pluggy.HookImpl, **kwargs: Any) -> Any:
    # pluggy lets an implementation take any subset of the hook's arguments, by name.
    return impl.function(*[kwargs[name] for name in impl.argnames])


class Pipeline:
    r"""The stages of the hook contract, run over documents with one plugin manager.

    Build one and reuse it: a pipeline is cheap to call and holds no per-document state, so one
    per process (or per worker) serves any number of documents.

    Args:
        plugins: the plugin manager; by default the process-wide one, or a fresh one without the
            ``disable``\\ d plugins.
        disable: plugin names to block (only when ``plugins`` is not given).
        published: the document creation time for documents that carry none.
        strict: re-raise a plugin's exception (or raise :class:`InvalidResultError` for an invalid
            result) instead of recording it in ``Analysis.errors``.

    """

    def __init__(
        self,
        plugins: PluginManager | None = None,
        *,
        disable: Iterable[str] = (),
        published: str | _dt.date | None = None,
        strict: bool = False,
    ) -> None:
        disable = tuple(disable)
        if plugins is None:
            plugins = (
                _manager.get_plugin_manager(disable=disable)
                if disable
                else _manager.default_plugin_manager()
            )
        elif disable:
            raise ValueError(
                "pass either plugins or disable, not both: block names when "
                "building the manager, get_plugin_manager(disable=...)"
            )
        self.plugins = plugins
        self.published = normalize_published(published)
        self.strict = strict

    # --- reading ---------------------------------------------------------------------------

    def read_hook(self, source: Source) -> Iterable[Any] | None:
        """Offer ``source`` to each reader in plugin order; the first that accepts it wins."""
        for impl in self.plugins.hookimpls("stoltlib_read"):
            try:
                result = _call(impl, source=source)
            except ReadError:
                raise
            except Exception as error:
                if self.strict:
                    raise
                raise ReadError(source.location, _failure(impl.plugin_name, error)) from error
            if result is not None:
                return self._guard_reader(result, impl.plugin_name, source)
        return None

    def _guard_reader(self, result: Any, plugin: str, source: Source) -> Iterator[Any]:
        if isinstance(result, (Document, Source, ReadError)):
            result = (result,)
        try:
            yield from result
        except ReadError:
            raise
        except Exception as error:
            if self.strict:
                raise
            raise ReadError(source.location, _failure(plugin, error)) from error

    def reader(
        self, *, input_format: str | None = None, exclude: Iterable[str | os.PathLike[str]] = ()
    ) -> Reader:
        """A :class:`~stoltlib.reading.Reader` that reads through this pipeline's plugins."""
        return Reader(self.read_hook, input_format=input_format, exclude=exclude)

    def extract(
        self,
        paths: Sequence[str | os.PathLike[str]],
        *,
        input_format: str | None = None,
        stdin: IO[bytes] | None = None,
        exclude: Iterable[str | os.PathLike[str]] = (),
    ) -> Iterator[Analysis | ReadError]:
        """Read every path and analyse each document, yielding read errors in their place.

        ``exclude`` names files never to read (see :class:`~stoltlib.reading.Reader`).
        """
        reader = self.reader(input_format=input_format, exclude=exclude)
        for item in reader.read(paths, stdin):
            yield item if isinstance(item, ReadError) else self.analyze(item)

    # --- analysing -------------------------------------------------------------------------

    def analyze(self, document: Document | str) -> Analysis:
        """Run every extraction stage over one document."""
        if isinstance(document, str):
            document = Document.from_text(document)
        elif not isinstance(document, Document):
            raise TypeError(f"expected a Document or str, got {type(document).__name__}")
        analysis = Analysis(document=document, published=document.published or self.published)
        if not document.text.strip():
            return attrs.evolve(
                analysis,
                warnings=(
                    Problem(
                        _CORE, "read", "empty-document", f"{document.id}: the document has no text"
                    ),
                ),
            )
        errors: list[Problem] = []
        with _manager.using(self.plugins):
            for stage in ("metadata", "mentions", "claims", "events"):
                analysis = self._run_stage(stage, document, analysis, errors)
        return attrs.evolve(analysis, errors=errors)

    def analyze_many(self, documents: Iterable[Document | str]) -> Iterator[Analysis]:
        """Analyse documents one by one, lazily, in order."""
        for document in documents:
            yield self.analyze(document)

    def _run_stage(
        self, stage: str, document: Document, analysis: Analysis, errors: list[Problem]
    ) -> Analysis:
        found: dict[str, list[Any]] = {"times": [], "mentions": [], "claims": [], "events": []}
        metadata = analysis.metadata
        event_ids = {event.id for event in analysis.events}
        for impl in self.plugins.hookimpls(f"stoltlib_{stage}"):
            plugin = impl.plugin_name
            try:
                result = _call(impl, document=document, analysis=analysis)
                items = [result] if stage == "metadata" else list(result or ())
            except Exception as error:
                if self.strict:
                    raise
                errors.append(
                    Problem(plugin, stage, type(error).__name__, str(error) or repr(error))
                )
                continue
            for item in items:
                if item is None:
                    continue
                problem = self._check(stage, item, document.text, event_ids)
                if problem is not None:
                    if self.strict:
                        raise InvalidResultError(f"plugin {plugin!r}, {stage} stage: {problem[1]}")
                    errors.append(Problem(plugin, stage, *problem))
                    continue
                if getattr(item, "plugin", plugin) != plugin:
                    item = attrs.evolve(item, plugin=plugin)
                if isinstance(item, Metadata):
                    metadata = metadata.merged_with(item)
                else:
                    found[_FIELD_OF_TYPE[type(item)]].append(item)
                    if isinstance(item, Event):
                        event_ids.add(item.id)
        changes: dict[str, Any] = {
            name: getattr(analysis, name) + tuple(items) for name, items in found.items() if items
        }
        if metadata is not analysis.metadata:
            changes["metadata"] = metadata
            if analysis.published is None and metadata.published is not None:
                changes["published"] = metadata.published.value
            if metadata.language not in (None, "en"):
                changes["warnings"] = (
                    *analysis.warnings,
                    Problem(
                        _CORE,
                        stage,
                        "non-english",
                        f"{document.id}: language guessed as {metadata.language!r}; stoltlib's "
                        "extractors are English-only and leave this document alone",
                    ),
                )
        return attrs.evolve(analysis, **changes) if changes else analysis

    @staticmethod
    def _check(stage: str, item: Any, text: str, event_ids: set[str]) -> tuple[str, str] | None:
        """Why ``item`` cannot be accepted from this stage, as ``(type, message)``, or ``None``."""
        allowed = _STAGE_TYPES[stage]
        if type(item) not in allowed:
            names = " or ".join(t.__name__ for t in allowed)
            return "invalid-result", f"returned {type(item).__name__}, expected {names}"
        problems = span_problems(item, text)
        if problems:
            more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
            return "invalid-span", f"{type(item).__name__} dropped: {problems[0]}{more}"
        if isinstance(item, Event) and item.id in event_ids:
            return "duplicate-id", f"Event dropped: id {item.id!r} is already taken"
        return None


def _failure(plugin: str, error: BaseException) -> str:
    return f"reader {plugin!r} failed: {type(error).__name__}: {error}"


def read_documents(
    pipeline: Pipeline,
    paths: Sequence[str | os.PathLike[str]],
    *,
    input_format: str | None = None,
    errors: Literal["warn", "raise", "ignore"] = "warn",
) -> Iterator[Document]:
    """Documents from paths; what cannot be read is warned about, raised, or ignored."""
    if errors not in ("warn", "raise", "ignore"):
        raise ValueError(f"errors must be 'warn', 'raise' or 'ignore', not {errors!r}")
    for item in pipeline.reader(input_format=input_format).read(paths):
        if isinstance(item, ReadError):
            if errors == "raise":
                raise item
            if errors == "warn":
                warnings.warn(str(item), ReadWarning, stacklevel=3)
            continue
        yield item
