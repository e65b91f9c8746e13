"""Units of batch work: what the main process hands a worker, and what comes back.

A batch run (``stoltlib extract``, :meth:`Pipeline.extract <stoltlib.Pipeline.extract>` with
``jobs``) cuts its input into :class:`Task` values in the main process and has them done in order,
in process or in worker processes (:mod:`stoltlib.workers`). The cut follows where reading is
cheap: a container (a JSONL, JSON or WARC file, standard input) is opened in the main process and
cut into its records, which travel unread, so that a record's HTML is parsed by the worker that
analyses it; any other file travels as its path and the worker reads it; a document already in
memory travels as it is. Every task gives one :data:`Outcome` per document or unreadable part,
in the order the input holds them.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import IO, Any

import attrs

from stoltlib.model import Analysis, Document, Problem
from stoltlib.readers import json_list, jsonl, warc
from stoltlib.reading import Reader, ReadError, Source

__all__ = [
    "CONTAINERS",
    "Failure",
    "Outcome",
    "Result",
    "Skipped",
    "Task",
    "is_container",
    "plan",
    "run_task",
]

#: Formats whose files hold many records, with their suffixes: these are cut into records in the
#: main process. A file of any other kind goes to one worker whole.
CONTAINERS: Mapping[str, tuple[str, ...]] = {
    "jsonl": jsonl.SUFFIXES,
    "json": json_list.SUFFIXES,
    "warc": warc.SUFFIXES,
}


@attrs.frozen(kw_only=True)
class Task:
    """One unit of work: a document, a record or a file to read and analyse, or a read error.

    Attributes:
        number: the task's place in the input (tasks are done and written in this order).
        item: a :class:`~stoltlib.model.Document`; a :class:`~stoltlib.reading.Source` (a record,
            or a whole file) for the worker to read; or a :class:`~stoltlib.reading.ReadError`
            found while cutting the input, passed on in its place.
        location: how messages name it (``news.jsonl:3``, a path, a document id).
        size: characters (records, documents) or bytes (files) it stands for, for progress.
        explicit: for a file, whether the user named it (a file found in a directory that no
            reader accepts is skipped quietly; a named one is an error).

    """

    number: int
    item: Document | Source | ReadError
    location: str
    size: int = 0
    explicit: bool = True

    @property
    def expected_id(self) -> str | None:
        """The id the task's document will have, when it can be told before reading it.

        A document has its id; a record its ``id`` field, else the id of its place
        (``path#line``), as every built-in record reader gives it; a file the id of its path, as
        the readers of single-document files give it. A resumed run skips tasks by this id.
        """
        item = self.item
        if isinstance(item, Document):
            return item.id
        if isinstance(item, Source):
            record = item.record
            if isinstance(record, dict) and isinstance(record.get("id"), (str, int)):
                return str(record["id"])
            return item.id
        return None


@attrs.frozen(kw_only=True)
class Result:
    """One analysed document.

    ``payload`` is the :class:`~stoltlib.model.Analysis`, or its JSON line when the worker was
    asked to write JSON (the main process then only copies it out). ``errors`` and ``warnings``
    are the analysis's own, sent along so that the main process can report them either way,
    as is ``dated`` (whether it found or was given a publication date).
    """

    id: str
    location: str
    payload: Any
    errors: tuple[Problem, ...] = ()
    warnings: tuple[Problem, ...] = ()
    size: int = 0
    #: Whether the analysis has a publication date (given or found) to anchor its times on.
    dated: bool = True


@attrs.frozen
class Failure:
    """A part of the input that could not be read (a :class:`ReadError`, as plain values)."""

    location: str
    message: str

    def error(self) -> ReadError:
        """The :class:`~stoltlib.reading.ReadError` this failure stands for."""
        return ReadError(self.location, self.message)


@attrs.frozen
class Skipped:
    """A file found in a directory that no installed reader accepts (skipped quietly)."""

    location: str


#: What a task gives, once per document or unreadable part.
Outcome = Result | Failure | Skipped


def is_container(source: Source) -> bool:
    """Whether ``source`` is cut into records in the main process (see :data:`CONTAINERS`)."""
    if source.stream is not None:
        return True  # a stream cannot travel to another process
    if source.record is not None:
        return False
    if source.format is not None:
        return source.format in CONTAINERS
    return any(source.has_suffix(*suffixes) for suffixes in CONTAINERS.values())


def plan(
    reader: Reader,
    arguments: Sequence[str | os.PathLike[str]],
    stdin: IO[bytes] | None = None,
) -> Iterator[Task]:
    """Cut the input named by ``arguments`` into tasks, lazily, in input order."""
    numbers = itertools.count()
    for entry in reader.sources(arguments, stdin):
        if isinstance(entry, ReadError):
            yield Task(number=next(numbers), item=entry, location=entry.location)
            continue
        source, explicit = entry
        if not is_container(source):
            yield Task(
                number=next(numbers),
                item=source,
                location=source.location,
                size=_file_size(source),
                explicit=explicit,
            )
            continue
        for item in reader.expand(source, explicit=explicit, records=False):
            if isinstance(item, ReadError):
                location = item.location
            elif isinstance(item, Document):
                location = item.id
            else:
                location = item.location
            yield Task(number=next(numbers), item=item, location=location, size=_item_size(item))


def _file_size(source: Source) -> int:
    try:
        return os.stat(source.path).st_size if source.path is not None else 0
    except OSError:
        return 0  # the worker that reads it reports why


def _item_size(item: Document | Source | ReadError) -> int:
    if isinstance(item, Document):
        return len(item.text)
    if isinstance(item, Source) and isinstance(item.record, dict):
        content = item.record.get("text") or item.record.get("html")
        return len(content) if isinstance(content, str) else 0
    return 0


def run_task(
    pipeline: Any,
    reader: Reader,
    task: Task,
    *,
    encode: Callable[[Analysis], Any] = lambda analysis: analysis,
    start: int = 0,
    skips: Mapping[int, frozenset[str]] | None = None,
    extras: Mapping[int, tuple[Problem, ...]] | None = None,
    given_up: Mapping[int, tuple[str, bool]] | None = None,
) -> Iterator[Outcome]:
    """Read and analyse one task, giving its outcomes in order.

    Args:
        pipeline: the :class:`~stoltlib.Pipeline` (of this process) that analyses.
        reader: a reader over the same pipeline's readers, for records and files.
        task: the task.
        encode: turns each analysis into the result's payload (its JSON line, say).
        start: outcomes before this index were delivered already (a worker process that was
            stopped mid-task is replaced, and the task done again from where it stopped).
        skips: plugins to leave out, by outcome index (the ones that ran over the time limit).
        extras: problems to add to the errors of the document at an index (the ``timeout``
            entries themselves).
        given_up: outcomes to be a :class:`Failure` with this message instead, by index; with
            ``True`` the task ends there, before its reader is asked for that document (the
            reader is what ran over the time limit, or died).

    """
    item = task.item
    if isinstance(item, ReadError):
        yield Failure(item.location, item.message)
        return
    skips = skips or {}
    extras = extras or {}
    given_up = given_up or {}
    skipped_before = len(reader.skipped)
    documents: Iterator[Document | ReadError] = (
        iter((item,))
        if isinstance(item, Document)
        else reader.read_source(item, explicit=task.explicit)
    )
    index = -1
    while True:
        index += 1
        failed = given_up.get(index)
        if failed is not None and failed[1]:
            yield Failure(task.location, failed[0])
            return
        document = next(documents, None)
        if document is None:
            break
        if index < start:
            continue
        if failed is not None:
            yield Failure(task.location, failed[0])
            continue
        if isinstance(document, ReadError):
            yield Failure(document.location, document.message)
            continue
        skip = skips.get(index)
        analysis = pipeline.analyze(document, skip=skip) if skip else pipeline.analyze(document)
        if index in extras:
            analysis = attrs.evolve(analysis, errors=(*analysis.errors, *extras[index]))
        yield Result(
            id=analysis.id,
            location=task.location,
            payload=encode(analysis),
            errors=analysis.errors,
            warnings=analysis.warnings,
            size=len(document.text),
            dated=analysis.published is not None,
        )
    for location in reader.skipped[skipped_before:]:
        yield Skipped(location)
