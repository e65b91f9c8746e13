"""The pipeline on a Dask cluster: bags and dataframes of articles analysed partition by partition.

Needs the optional extra ``stoltlib[dask]`` (dask and distributed; dataframes also need pandas).
Every function here is lazy: it returns a Dask collection, and nothing runs until it is computed.

Each worker process builds its pipeline once, on the first partition it gets, from a
:class:`~stoltlib.manager.ManagerSpec` (the recipe of the plugin manager, not the manager, is
what travels to the workers) and keeps it for every later partition. Results are those of the
serial run, document for document: the same plugins, the same code, the same JSON.

- :func:`analyze_bag`: a bag of texts, records (``{"id", "text", ...}``, or ``{"html", ...}``)
  or :class:`~stoltlib.model.Document` values, to a bag of analyses.
- :func:`extract`: files and directories, one partition per file, read by the workers, to a bag
  of analyses in input order (what ``stoltlib extract`` writes, as dicts).
- :func:`analyze_dataframe`: a dataframe with a text column, to a dataframe of ids and JSON
  analyses.

Analyses come as JSON-ready dicts (``output="dict"``, :func:`stoltlib.jsonio.to_dict`), JSON lines
(``"json"``, ready for ``Bag.to_textfiles``) or :class:`~stoltlib.model.Analysis` values
(``"analysis"``). A part of the input that cannot be read gives ``{"error": {"location",
"message"}}`` in its place, so nothing is lost silently; a plugin that raises on a document gets an
entry in that analysis's ``errors``, and the partition goes on.

``plugin_timeout`` limits each plugin's time on each document as ``stoltlib extract
--plugin-timeout`` does, with the same code (:class:`stoltlib.workers.Pool`): each worker thread
hands its partitions' documents to one process of its own, which a plugin over the limit is
stopped with; the document gets a ``timeout`` entry in its ``errors`` and is analysed again without
that plugin. Dask worker processes must then be allowed to start processes, which daemon processes
are not: run them with ``distributed.worker.daemon: False`` (see docs/recipes/dask.md).
"""

from __future__ import annotations

import datetime as _dt
import itertools
import multiprocessing
import os
import pickle
import threading
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import attrs

from stoltlib.jsonio import dumps, to_dict
from stoltlib.manager import ManagerSpec
from stoltlib.model import Analysis, Document, normalize_published
from stoltlib.pipeline import Pipeline
from stoltlib.reading import Reader, ReadError, Source
from stoltlib.tasks import Failure, Outcome, Result, Task, run_task
from stoltlib.workers import Pool, WorkerError, WorkerSpec

__all__ = ["OUTPUTS", "PipelineRecipe", "analyze_bag", "analyze_dataframe", "extract"]

#: What each analysis becomes in the result.
OUTPUTS = ("dict", "json", "analysis")


@attrs.frozen(kw_only=True)
class PipelineRecipe:
    """Everything a worker needs to build the pipeline; the key of its per-process cache."""

    manager: ManagerSpec = attrs.field(factory=ManagerSpec)
    published: str | None = None
    strict: bool = False
    text: bool = True
    output: str = attrs.field(default="dict", validator=attrs.validators.in_(OUTPUTS))
    plugin_timeout: float | None = None


# Pipelines this process has built, by recipe: built on a worker's first partition, kept after.
_PIPELINES: dict[bytes, tuple[Pipeline, Reader]] = {}
# With a time limit, each worker thread's pool of one process, by recipe and thread: a pool runs
# one map at a time, and a worker runs as many partitions at once as it has threads.
_POOLS: dict[tuple[bytes, int], Pool] = {}
#: How many pipelines this process has built (the LocalCluster test reads it on each worker).
builds = 0


def _pipeline(recipe: PipelineRecipe) -> tuple[Pipeline, Reader]:
    global builds
    key = pickle.dumps(recipe)
    if key not in _PIPELINES:
        pipeline = Pipeline(
            recipe.manager.build(), published=recipe.published, strict=recipe.strict
        )
        _PIPELINES[key] = (pipeline, pipeline.reader())
        builds += 1
    return _PIPELINES[key]


def _pool(recipe: PipelineRecipe) -> Pool:
    """The calling thread's pool for a recipe with a time limit, started on first use."""
    key = (pickle.dumps(recipe), threading.get_ident())
    if key not in _POOLS:
        if multiprocessing.current_process().daemon:
            raise WorkerError(
                "plugin_timeout runs plugins in a process of their own, and this Dask worker is "
                "a daemon process, which cannot start one: start the workers with the Dask "
                "setting distributed.worker.daemon = False (DASK_DISTRIBUTED__WORKER__DAEMON=False)"
            )
        spec = WorkerSpec(manager=recipe.manager, published=recipe.published, strict=recipe.strict)
        _POOLS[key] = Pool(spec, jobs=1, plugin_timeout=recipe.plugin_timeout)
    return _POOLS[key]


def _outcomes(tasks: Iterable[Task], recipe: PipelineRecipe) -> Iterator[Outcome]:
    """Each task's outcomes, in order, as ``stoltlib extract`` gets them.

    In this process; or, with a time limit, in the calling thread's own worker process.
    """
    if recipe.plugin_timeout is not None:
        for _, outcome in _pool(recipe).map(tasks):
            yield outcome
        return
    pipeline, reader = _pipeline(recipe)
    for task in tasks:
        yield from run_task(pipeline, reader, task)


def _results(tasks: Iterable[Task], recipe: PipelineRecipe) -> list[Any]:
    """One partition's tasks done: an encoded analysis or an error record per outcome."""
    results: list[Any] = []
    for outcome in _outcomes(tasks, recipe):
        if isinstance(outcome, Result):
            results.append(_encode(outcome.payload, recipe))
        elif isinstance(outcome, Failure):
            results.append(_failure(outcome.error()))
        # A Skipped file (in a directory, of no format any reader takes) is left out quietly.
    return results


def _recipe(
    plugins: ManagerSpec | None,
    disable: Iterable[str],
    published: str | _dt.date | None,
    strict: bool,
    text: bool,
    output: str,
    plugin_timeout: float | None,
) -> PipelineRecipe:
    if plugins is not None and tuple(disable):
        raise ValueError("pass either plugins or disable, not both")
    if plugin_timeout is not None and not plugin_timeout > 0:
        raise ValueError(f"plugin_timeout must be a positive number, got {plugin_timeout!r}")
    if plugins is None:
        # Resolved here, on the client: STOLTLIB_DISABLE is read once, not on every worker.
        from stoltlib.manager import disabled_from_env

        plugins = ManagerSpec(disable=tuple(sorted(set(disable) | disabled_from_env())))
    return PipelineRecipe(
        manager=plugins,
        published=normalize_published(published),
        strict=strict,
        text=text,
        output=output,
        plugin_timeout=plugin_timeout,
    )


def _encode(analysis: Analysis, recipe: PipelineRecipe) -> Any:
    if recipe.output == "dict":
        return to_dict(analysis, text=recipe.text)
    if recipe.output == "json":
        return dumps(analysis, text=recipe.text)
    return analysis


def _failure(error: ReadError) -> dict[str, Any]:
    return {"error": {"location": error.location, "message": error.message}}


def _analyze_items(items: Iterable[Any], recipe: PipelineRecipe) -> list[Any]:
    """One partition of texts, records or documents, analysed (runs on a worker)."""
    return _results(map(_task, itertools.count(), items), recipe)


def _task(number: int, item: Any) -> Task:
    """A bag's item as a task: a document as it is, a record to read, or why it is neither."""
    if isinstance(item, str):
        item = Document.from_text(item)
    if isinstance(item, Document):
        return Task(number=number, item=item, location=item.id, size=len(item.text))
    if isinstance(item, dict):
        content = item.get("text", item.get("html"))
        # A record without an id gets one from its content, as a bare text does.
        default = Document.from_text(content if isinstance(content, str) else repr(item)).id
        source = Source(id=default, location=str(item.get("id", default)), record=item)
        return Task(number=number, item=source, location=source.location)
    error = ReadError(
        repr(item)[:60], f"expected a text, a record or a Document, got {type(item).__name__}"
    )
    return Task(number=number, item=error, location=error.location)


def analyze_bag(
    bag: Any,
    *,
    plugins: ManagerSpec | None = None,
    disable: Iterable[str] = (),
    published: str | _dt.date | None = None,
    strict: bool = False,
    text: bool = True,
    output: str = "dict",
    plugin_timeout: float | None = None,
) -> Any:
    """A bag of analyses of the bag's texts, records or documents, partition by partition.

    Args:
        bag: a ``dask.bag.Bag`` of ``str``, record dicts or :class:`Document` values.
        plugins: the recipe of the plugin manager (default: every installed plugin, less
            ``disable``); a manager's own is :attr:`PluginManager.spec`.
        disable: plugin names to leave out.
        published: the document creation time for documents that state none.
        strict: re-raise plugin failures (the computation fails).
        text: keep each document's text in the output.
        output: ``"dict"``, ``"json"`` or ``"analysis"`` (see the module's docs).
        plugin_timeout: seconds one plugin may take on one document; a plugin over it gets a
            ``timeout`` entry in that analysis's ``errors`` and the other plugins' results are
            kept (workers must not be daemon processes: see the module's docs).

    """
    recipe = _recipe(plugins, disable, published, strict, text, output, plugin_timeout)
    return bag.map_partitions(_analyze_items, recipe)


def _read_sources(entries: Iterable[Any], recipe: PipelineRecipe) -> list[Any]:
    """One partition of files (and failures found listing them), read and analysed."""
    tasks: list[Task] = []
    for number, entry in enumerate(entries):
        if isinstance(entry, dict):
            error = ReadError(entry["error"]["location"], entry["error"]["message"])
            tasks.append(Task(number=number, item=error, location=error.location))
        elif entry:
            source, explicit = entry
            tasks.append(
                Task(number=number, item=source, location=source.location, explicit=explicit)
            )
    return _results(tasks, recipe)


def extract(
    paths: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
    *,
    input_format: str | None = None,
    plugins: ManagerSpec | None = None,
    disable: Iterable[str] = (),
    published: str | _dt.date | None = None,
    strict: bool = False,
    text: bool = True,
    output: str = "dict",
    plugin_timeout: float | None = None,
) -> Any:
    """A bag of the analyses of every document in ``paths``: one partition per file.

    Directories are listed on the client (recursively, sorted, as ``stoltlib extract`` does);
    the workers read the files, so they must see the same paths (a shared file system, or
    paths the workers can open). The bag's order is the input order, and its ids are those of
    the serial run. Standard input (``-``) cannot be read by a cluster. The other arguments are
    :func:`analyze_bag`'s; ``plugin_timeout`` limits readers too, as ``stoltlib extract`` does.
    """
    import dask.bag  # type: ignore[import-not-found, unused-ignore]

    recipe = _recipe(plugins, disable, published, strict, text, output, plugin_timeout)
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    if any(os.fspath(path) == "-" for path in paths):
        raise ValueError("a cluster cannot read standard input: save it to a file first")
    lister = Reader(lambda source: None, input_format=input_format)
    # A failure travels as its error record (a ReadError does not pickle) and is read back there.
    entries: list[Any] = [
        _failure(entry) if isinstance(entry, ReadError) else entry
        for entry in lister.sources(paths)
    ]
    # One file per partition: a worker reads it whole, and the bag keeps the input order.
    from_sequence: Any = dask.bag.from_sequence  # untyped in dask
    bag = from_sequence(entries or [()], npartitions=max(1, len(entries)))
    return bag.map_partitions(_read_sources, recipe)


def _analyze_frame(
    frame: Any, recipe: PipelineRecipe, text_column: str, id_column: str | None
) -> Any:
    import pandas  # type: ignore[import-untyped, import-not-found, unused-ignore]

    documents = (
        Document.from_text(str(content), id=None if row_id is None else str(row_id))
        for row_id, content in zip(
            frame[id_column] if id_column is not None else [None] * len(frame),
            frame[text_column],
            strict=True,
        )
    )
    ids: list[str] = []
    analyses: list[str] = []
    for outcome in _outcomes(map(_task, itertools.count(), documents), recipe):
        # A row is a document already: nothing is read, so every outcome is an analysis.
        assert isinstance(outcome, Result), outcome
        ids.append(outcome.id)
        analyses.append(dumps(outcome.payload, text=recipe.text))
    return pandas.DataFrame({"id": ids, "analysis": analyses}, index=frame.index)


def analyze_dataframe(
    frame: Any,
    *,
    text_column: str = "text",
    id_column: str | None = "id",
    plugins: ManagerSpec | None = None,
    disable: Iterable[str] = (),
    published: str | _dt.date | None = None,
    strict: bool = False,
    text: bool = True,
    plugin_timeout: float | None = None,
) -> Any:
    """A dataframe of ``id`` and ``analysis`` (the JSON line) for each row's text.

    ``id_column`` names the column of document ids (``None``: ids from the texts' hashes); the
    result keeps the frame's index and partitions. The other arguments are :func:`analyze_bag`'s.
    """
    import pandas  # type: ignore[import-untyped, import-not-found, unused-ignore]

    recipe = _recipe(plugins, disable, published, strict, text, "json", plugin_timeout)
    if id_column is not None and id_column not in frame.columns:
        id_column = None
    meta = pandas.DataFrame(
        {"id": pandas.Series([], dtype=object), "analysis": pandas.Series([], dtype=object)}
    )
    return frame.map_partitions(_analyze_frame, recipe, text_column, id_column, meta=meta)
