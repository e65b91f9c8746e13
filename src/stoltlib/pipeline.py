"""Running the hook stages over documents, one plugin at a time, each under its own guard.

pluggy's plain hook call aborts the whole call when one implementation raises, which would cost
every plugin's results for a document because of one plugin's bug. So the pipeline calls each
implementation itself (in plugin order), materialises generators inside the guard, checks what
came back (types, spans that slice back to their text, unique event ids), stamps each fact with
the plugin's name, and records failures in ``Analysis.errors``. ``strict=True`` re-raises instead.

A plugin that never returns cannot be stopped from inside its process: signals do not interrupt a
regular-expression match. With ``plugin_timeout`` the pipeline therefore runs documents in a worker
process that reports which plugin it is in (:mod:`stoltlib.workers`); a plugin over the limit is
stopped with its process, recorded as a ``timeout`` error, and the document is analysed again
without it, keeping every other plugin's results.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import os
import warnings
from collections.abc import Iterable, Iterator, Sequence
from typing import IO, TYPE_CHECKING, Any, Literal, Protocol

import attrs
import pluggy

from stoltlib import manager as _manager
from stoltlib.calendar_values import calendar_days
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
from stoltlib.spans import span_problems, spans_fit

if TYPE_CHECKING:
    from stoltlib.workers import Pool

__all__ = ["InvalidResultError", "Pipeline", "PluginTimeoutError", "ReadWarning", "Watch"]

_CORE = "stoltlib"

# What each extraction stage may return, and which Analysis field each type lands in.
_STAGE_TYPES: dict[str, tuple[type, ...]] = {
    "metadata": (Metadata,),
    "mentions": (TimeExpression, Mention),
    "claims": (Claim,),
    "events": (Event,),
}
# Each stage's hook name, made once: the pipeline looks the implementations up per document.
_HOOKS = {stage: f"stoltlib_{stage}" for stage in _STAGE_TYPES}
# What an implementation of a stage's hook, or of the read hook, takes when it takes every
# argument, in order: it is then called with them directly (each record goes through every
# reader, each document through every stage).
_STAGE_ARGUMENTS = ("document", "analysis")
_READ_ARGUMENTS = ("source",)
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


class PluginTimeoutError(RuntimeError):
    """A plugin ran over the pipeline's ``plugin_timeout`` (raised only with ``strict``)."""


class Watch(Protocol):
    """Told when each plugin call starts and ends (a worker process reports it to its parent)."""

    def enter(self, stage: str, plugin: str) -> None:
        """A plugin's hook implementation is about to run for ``stage``."""

    def leave(self) -> None:
        """The plugin call entered last has returned (or raised)."""


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
        plugin_timeout: seconds one plugin may take on one document (reading included). Documents
            are then analysed in a worker process, and a plugin over the limit gets a ``timeout``
            entry in ``Analysis.errors`` while the other plugins' results are kept. The plugin
            manager must be one :func:`~stoltlib.get_plugin_manager` built (the worker builds
            its own from :attr:`PluginManager.spec`). Call :meth:`close` (or use the pipeline as
            a context manager) to stop the worker early; it also stops when the program ends.

    """

    #: Told of every plugin call (set by a worker process; ``None`` elsewhere).
    watch: Watch | None = None

    def __init__(
        self,
        plugins: PluginManager | None = None,
        *,
        disable: Iterable[str] = (),
        published: str | _dt.date | None = None,
        strict: bool = False,
        plugin_timeout: float | None = None,
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
        if plugin_timeout is not None and not plugin_timeout > 0:
            raise ValueError(f"plugin_timeout must be a positive number, got {plugin_timeout!r}")
        if plugin_timeout is not None and plugins.spec is None:
            raise ValueError(
                "plugin_timeout runs plugins in a worker process, which builds its own plugin "
                "manager: pass a manager from get_plugin_manager() (not one changed by hand)"
            )
        self.plugins = plugins
        self.published = normalize_published(published)
        self.strict = strict
        self.plugin_timeout = plugin_timeout
        self._pool: Pool | None = None

    # --- worker processes ------------------------------------------------------------------

    def close(self) -> None:
        """Stop the worker process of a pipeline with ``plugin_timeout`` (a no-op otherwise)."""
        if self._pool is not None:
            self._pool.close()
            self._pool = None

    def __enter__(self) -> Pipeline:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def pool(self, jobs: int = 1, *, output: str = "analysis") -> Pool:
        """A :class:`~stoltlib.workers.Pool` of ``jobs`` processes running this pipeline.

        ``output`` is what each worker sends back per document: ``"analysis"`` (an
        :class:`Analysis`), ``"json"`` or ``"json-no-text"`` (its JSON line, made in the worker).

        Raises:
            ValueError: the plugin manager was changed by hand, so workers cannot rebuild it.

        """
        from stoltlib.workers import Pool, WorkerSpec

        if self.plugins.spec is None:
            raise ValueError(
                "worker processes build their own plugin manager: this one was changed by hand "
                "and has no spec; build it with get_plugin_manager(...)"
            )
        spec = WorkerSpec(
            manager=self.plugins.spec,
            published=self.published,
            strict=self.strict,
            output=output,
        )
        return Pool(spec, jobs=jobs, plugin_timeout=self.plugin_timeout, plugins=self.plugins)

    # --- reading ---------------------------------------------------------------------------

    def read_hook(self, source: Source) -> Iterable[Any] | None:
        """Offer ``source`` to each reader in plugin order; the first that accepts it wins."""
        watch = self.watch
        for impl in self.plugins.call_order("stoltlib_read"):
            if watch is not None:
                watch.enter("read", impl.plugin_name)
            try:
                result = (
                    impl.function(source)
                    if impl.argnames == _READ_ARGUMENTS
                    else _call(impl, source=source)
                )
            except ReadError:
                raise
            except Exception as error:
                if self.strict:
                    raise
                raise ReadError(source.location, _failure(impl.plugin_name, error)) from error
            finally:
                if watch is not None:
                    watch.leave()
            if result is not None:
                return self._guard_reader(result, impl.plugin_name, source)
        return None

    def _guard_reader(self, result: Any, plugin: str, source: Source) -> Iterator[Any]:
        if isinstance(result, (Document, Source, ReadError)):
            result = (result,)
        items = iter(result)
        watch = self.watch
        while True:
            # Each item is timed on its own: a lazy reader does its work inside next().
            if watch is not None:
                watch.enter("read", plugin)
            try:
                item = next(items)
            except StopIteration:
                return
            except ReadError:
                raise
            except Exception as error:
                if self.strict:
                    raise
                raise ReadError(source.location, _failure(plugin, error)) from error
            finally:
                if watch is not None:
                    watch.leave()
            yield item

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
        jobs: int = 1,
    ) -> Iterator[Analysis | ReadError]:
        """Read every path and analyse each document, yielding read errors in their place.

        ``exclude`` names files never to read (see :class:`~stoltlib.reading.Reader`); ``jobs``
        > 1 analyses in that many worker processes, results still in input order.
        """
        reader = self.reader(input_format=input_format, exclude=exclude)
        if jobs == 1 and self.plugin_timeout is None:
            for item in reader.read(paths, stdin):
                yield item if isinstance(item, ReadError) else self.analyze(item)
            return
        from stoltlib.tasks import Failure, Result, plan

        with self._workers(jobs) as pool:
            for _, outcome in pool.map(plan(reader, paths, stdin)):
                if isinstance(outcome, Result):
                    yield outcome.payload
                elif isinstance(outcome, Failure):
                    yield outcome.error()

    # --- analysing -------------------------------------------------------------------------

    def analyze(self, document: Document | str, *, skip: Iterable[str] = ()) -> Analysis:
        """Run every extraction stage over one document.

        ``skip`` names plugins to leave out for this document only (the time limit uses it to
        analyse a document again without the plugin that ran over).
        """
        if isinstance(document, str):
            document = Document.from_text(document)
        elif not isinstance(document, Document):
            raise TypeError(f"expected a Document or str, got {type(document).__name__}")
        if self.plugin_timeout is not None:
            return self._analyze_in_worker(document)
        skipped = frozenset(skip)
        analysis = Analysis(
            document=document,
            published=document.published or self.published,
            metadata=_NO_METADATA,
        )
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
                analysis = self._run_stage(stage, document, analysis, errors, skipped)
        # Most documents have no errors: their analysis is not built a fifth time for none.
        return attrs.evolve(analysis, errors=errors) if errors else analysis

    @contextlib.contextmanager
    def _workers(self, jobs: int) -> Iterator[Pool]:
        """A pool for one run: the pipeline's own single worker, else one for this run only."""
        if jobs == 1 and self.plugin_timeout is not None:
            if self._pool is None:
                self._pool = self.pool(1)
            yield self._pool
            return
        with self.pool(jobs) as pool:
            yield pool

    def _analyze_in_worker(self, document: Document) -> Analysis:
        from stoltlib.tasks import Result, Task

        task = Task(number=0, item=document, location=document.id, size=len(document.text))
        with self._workers(1) as pool:
            outcomes = list(pool.map([task]))
        for _, outcome in outcomes:
            assert isinstance(outcome, Result), outcome
            analysis: Analysis = outcome.payload
            return analysis
        raise AssertionError("the worker gave no result")  # pragma: no cover

    def analyze_many(
        self, documents: Iterable[Document | str], *, jobs: int = 1
    ) -> Iterator[Analysis]:
        """Analyse documents lazily, in order; ``jobs`` > 1 uses that many worker processes.

        With workers, a bounded number of documents is in flight at a time, so memory stays flat
        however many documents there are, and the results still come in input order.

        Raises:
            TypeError: at once (not at the first result) for one document or text given
                alone: a string is an iterable of characters, each of which would be analysed.

        """
        if isinstance(documents, (str, bytes, Document)):
            raise TypeError(
                f"analyze_many takes an iterable of Documents or texts, got one "
                f"{type(documents).__name__}: use analyze() for one, or pass [it]"
            )
        return self._analyze_stream(documents, jobs)

    def _analyze_stream(self, documents: Iterable[Document | str], jobs: int) -> Iterator[Analysis]:
        """The results of :meth:`analyze_many`, lazily."""
        if jobs == 1 and self.plugin_timeout is None:
            for document in documents:
                yield self.analyze(document)
            return
        from stoltlib.tasks import Result, Task

        def tasks() -> Iterator[Task]:
            for number, document in enumerate(documents):
                if isinstance(document, str):
                    document = Document.from_text(document)
                size = len(document.text)
                yield Task(number=number, item=document, location=document.id, size=size)

        with self._workers(jobs) as pool:
            for _, outcome in pool.map(tasks()):
                assert isinstance(outcome, Result), outcome
                yield outcome.payload

    def _run_stage(
        self,
        stage: str,
        document: Document,
        analysis: Analysis,
        errors: list[Problem],
        skipped: frozenset[str] = frozenset(),
    ) -> Analysis:
        impls = self.plugins.call_order(_HOOKS[stage])
        if not impls:
            return analysis
        found: dict[str, list[Any]] = {}
        metadata = analysis.metadata
        # Only the events stage may return events (an event elsewhere is the wrong type).
        event_ids = {event.id for event in analysis.events} if stage == "events" else set()
        watch = self.watch
        allowed = _STAGE_TYPES[stage]
        text = document.text
        length = len(text)
        for impl in impls:
            plugin = impl.plugin_name
            if plugin in skipped:
                continue
            if watch is not None:
                watch.enter(stage, plugin)
            try:
                result: Any
                if impl.argnames == _STAGE_ARGUMENTS:
                    result = impl.function(document, analysis)
                else:
                    result = _call(impl, document=document, analysis=analysis)
                items = [result] if stage == "metadata" else list(result or ())
            except Exception as error:
                if self.strict:
                    raise
                errors.append(
                    Problem(plugin, stage, type(error).__name__, str(error) or repr(error))
                )
                continue
            finally:
                if watch is not None:
                    watch.leave()
            for item in items:
                if item is None:
                    continue
                cls = type(item)
                # What is fine is settled here, for every fact; _check says what is wrong.
                if (
                    cls not in allowed
                    or not spans_fit(item, text, length)
                    or (cls is Event and item.id in event_ids)
                ):
                    problem = self._check(stage, item, text, event_ids)
                    assert problem is not None
                    if self.strict:
                        raise InvalidResultError(f"plugin {plugin!r}, {stage} stage: {problem[1]}")
                    errors.append(Problem(plugin, stage, *problem))
                    continue
                if item.plugin != plugin:
                    item = attrs.evolve(item, plugin=plugin)
                if cls is Metadata:
                    metadata = metadata.merged_with(item)
                else:
                    field = _FIELD_OF_TYPE[cls]
                    kept = found.get(field)
                    if kept is None:
                        found[field] = [item]
                    else:
                        kept.append(item)
                    if cls is Event:
                        event_ids.add(item.id)
        changes: dict[str, Any] = {
            name: getattr(analysis, name) + tuple(items) for name, items in found.items()
        }
        if metadata is not analysis.metadata:
            changes["metadata"] = metadata
            said: list[Problem] = []
            stated = metadata.published
            if analysis.published is None and stated is not None:
                changes["published"] = stated.value
            elif stated is not None and _days_apart(analysis.published, stated.value):
                said.append(
                    Problem(
                        _CORE,
                        stage,
                        "published-disagrees",
                        f"{document.id}: the date given, {analysis.published}, is not the one "
                        f"the text states ({stated.value}, {stated.source}); relative dates are "
                        "anchored on the given one",
                    )
                )
            if metadata.language not in (None, "en"):
                said.append(
                    Problem(
                        _CORE,
                        stage,
                        "non-english",
                        f"{document.id}: language guessed as {metadata.language!r}; stoltlib's "
                        "extractors are English-only and leave this document alone",
                    )
                )
            if said:
                changes["warnings"] = (*analysis.warnings, *said)
        return _changed(analysis, changes) if changes else analysis

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


# Every analysis starts with no metadata: one frozen value for them all, not one per document.
_NO_METADATA = Metadata()

# Analysis's fields, for _changed.
_ANALYSIS_FIELDS = tuple(field.name for field in attrs.fields(Analysis))


def _changed(analysis: Analysis, changes: dict[str, Any]) -> Analysis:
    """``attrs.evolve(analysis, **changes)``, without a look at the fields or the converters.

    Every stage of every document ends in one. Analysis has converters only (no validators, no
    post-init), and every value here is converted already: the fact tuples are tuples joined
    to tuples, the warnings a tuple, a published date one that PublishedDate's own converter
    normalised. So each field is set as it is, as the frozen class's own ``__init__`` does.
    """
    new = object.__new__(Analysis)
    for name in _ANALYSIS_FIELDS:
        _set_field(new, name, changes[name] if name in changes else getattr(analysis, name))
    return new


_set_field = object.__setattr__


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


#: How far a caller's date may lie from the one a text states before the pipeline says so: a
#: page's "Updated" line or a wire's time zone may put them a day or two apart.
_DATES_CLOSE = _dt.timedelta(days=2)


def _days_apart(given: str | None, stated: str) -> bool:
    """Whether two dates (ISO, any precision down to the day) lie more than two days apart."""
    one, other = calendar_days((given or "")[:10]), calendar_days(stated[:10])
    if one is None or other is None:
        return False
    return one[0] - other[1] > _DATES_CLOSE or other[0] - one[1] > _DATES_CLOSE
