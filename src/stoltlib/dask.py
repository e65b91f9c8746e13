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
"message"}}`` in its place, so nothing is lost silently.
"""

from __future__ import annotations

import datetime as _dt
import os
import pickle
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import attrs

from stoltlib.jsonio import dumps, to_dict
from stoltlib.manager import ManagerSpec
from stoltlib.model import Analysis, Document, normalize_published
from stoltlib.pipeline import Pipeline
from stoltlib.reading import Reader, ReadError, Source

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


# Pipelines this process has built, by recipe: built on a worker's first partition, kept after.
_PIPELINES: dict[bytes, tuple[Pipeline, Reader]] = {}
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


def _recipe(
    plugins: ManagerSpec | None,
    disable: Iterable[str],
    published: str | _dt.date | None,
    strict: bool,
    text: bool,
    output: str,
) -> PipelineRecipe:
    if plugins is not None and tuple(disable):
        raise ValueError("pass either plugins or disable, not both")
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
    pipeline, reader = _pipeline(recipe)
    results: list[Any] = []
    for item in items:
        for document in _documents(item, reader):
            if isinstance(document, ReadError):
                results.append(_failure(document))
            else:
                results.append(_encode(pipeline.analyze(document), recipe))
    return results


def _documents(item: Any, reader: Reader) -> Iterator[Document | ReadError]:
    if isinstance(item, Document):
        yield item
    elif isinstance(item, str):
        yield Document.from_text(item)
    elif isinstance(item, dict):
        content = item.get("text", item.get("html"))
        # A record without an id gets one from its content, as a bare text does.
        default = Document.from_text(content if isinstance(content, str) else repr(item)).id
        source = Source(id=default, location=str(item.get("id", default)), record=item)
        yield from reader.read_source(source)
    else:
        yield ReadError(
            repr(item)[:60], f"expected a text, a record or a Document, got {type(item).__name__}"
        )


def analyze_bag(
    bag: Any,
    *,
    plugins: ManagerSpec | None = None,
    disable: Iterable[str] = (),
    published: str | _dt.date | None = None,
    strict: bool = False,
    text: bool = True,
    output: str = "dict",
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

    """
    recipe = _recipe(plugins, disable, published, strict, text, output)
    return bag.map_partitions(_analyze_items, recipe)


def _read_sources(entries: Iterable[Any], recipe: PipelineRecipe) -> list[Any]:
    """One partition of files (and failures found listing them), read and analysed."""
    pipeline, reader = _pipeline(recipe)
    results: list[Any] = []
    for entry in entries:
        if isinstance(entry, dict) or not entry:
            results.extend([entry] if entry else [])
            continue
        source, explicit = entry
        for document in reader.read_source(source, explicit=explicit):
            if isinstance(document, ReadError):
                results.append(_failure(document))
            else:
                results.append(_encode(pipeline.analyze(document), recipe))
    return results


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
) -> Any:
    """A bag of the analyses of every document in ``paths``: one partition per file.

    Directories are listed on the client (recursively, sorted, as ``stoltlib extract`` does);
    the workers read the files, so they must see the same paths (a shared file system, or
    paths the workers can open). The bag's order is the input order, and its ids are those of
    the serial run. Standard input (``-``) cannot be read by a cluster.
    """
    import dask.bag  # type: ignore[import-not-found, unused-ignore]

    recipe = _recipe(plugins, disable, published, strict, text, output)
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    if any(os.fspath(path) == "-" for path in paths):
        raise ValueError("a cluster cannot read standard input: save it to a file first")
    lister = Reader(lambda source: None, input_format=input_format)
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

    pipeline, _ = _pipeline(recipe)
    ids: list[str] = []
    analyses: list[str] = []
    for row_id, content in zip(
        frame[id_column] if id_column is not None else [None] * len(frame),
        frame[text_column],
        strict=True,
    ):
        document = Document.from_text(str(content), id=None if row_id is None else str(row_id))
        analysis = pipeline.analyze(document)
        ids.append(analysis.id)
        analyses.append(dumps(analysis, text=recipe.text))
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
) -> Any:
    """A dataframe of ``id`` and ``analysis`` (the JSON line) for each row's text.

    ``id_column`` names the column of document ids (``None``: ids from the texts' hashes); the
    result keeps the frame's index and partitions.
    """
    import pandas  # type: ignore[import-untyped, import-not-found, unused-ignore]

    recipe = _recipe(plugins, disable, published, strict, text, "json")
    if id_column is not None and id_column not in frame.columns:
        id_column = None
    meta = pandas.DataFrame(
        {"id": pandas.Series([], dtype=object), "analysis": pandas.Series([], dtype=object)}
    )
    return frame.map_partitions(_analyze_frame, recipe, text_column, id_column, meta=meta)
