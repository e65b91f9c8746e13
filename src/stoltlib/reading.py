"""Turning inputs (paths, directories, stdin, records) into documents through the read hook.

The core knows no file format. It expands the user's arguments into :class:`Source` values and
offers each to the ``stoltlib_read`` hook; the first reader that accepts a source returns what it
holds: documents, nested sources (a JSONL file yields one source per record, which goes through
the hook again, so that another plugin can read, say, records carrying HTML), or
:class:`ReadError` values for parts that could not be read. Nothing that fails to read stops the
rest of the input.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any

import attrs

from stoltlib.model import Document

__all__ = ["STDIN", "STDIN_LOCATION", "ReadError", "Reader", "Source", "decode_utf8"]

#: The argument that stands for standard input.
STDIN = "-"
#: How standard input is named in documents' ids and in error messages.
STDIN_LOCATION = "<stdin>"


class ReadError(Exception):
    """An input, or one record of it, could not be read.

    Readers raise it when a whole source fails, and yield it (without raising) when one record
    fails and the others can still be read. ``location`` names the file and, where it applies,
    the line or record ("news.jsonl:3").
    """

    def __init__(self, location: str, message: str) -> None:
        super().__init__(f"{location}: {message}")
        self.location = location
        self.message = message

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ReadError) and (self.location, self.message) == (
            other.location,
            other.message,
        )

    def __hash__(self) -> int:
        return hash((self.location, self.message))

    def __repr__(self) -> str:
        return f"ReadError({self.location!r}, {self.message!r})"


@attrs.frozen(kw_only=True)
class Source:
    """One thing to read: a file, a stream, or a record taken out of a file.

    Attributes:
        id: the id a document read from it gets unless the input states one.
        location: how messages name it: a path, ``path:line``, ``<stdin>:line``.
        path: the file, when the source is a file.
        stream: a binary stream (standard input), when the source is a stream.
        record: a decoded JSON value, when the source is a record of a JSONL or JSON file.
        format: a format the user forced (``--input-format``), else ``None``: go by the suffix.

    """

    id: str
    location: str
    path: Path | None = None
    stream: IO[bytes] | None = attrs.field(default=None, eq=False)
    record: Any = None
    format: str | None = None

    @property
    def suffixes(self) -> str:
        """The path's lower-cased suffixes (``".jsonl.gz"``), or ``""`` when there is no path."""
        return "".join(self.path.suffixes).lower() if self.path is not None else ""

    def has_suffix(self, *suffixes: str) -> bool:
        """Whether the path ends with one of ``suffixes`` (compared case-insensitively)."""
        name = self.path.name.lower() if self.path is not None else ""
        return any(name.endswith(suffix) for suffix in suffixes)


def decode_utf8(data: bytes, location: str) -> str:
    """Decode UTF-8 strictly, dropping a leading BOM; never replace bytes silently.

    Raises:
        ReadError: naming ``location`` and the offending byte offset.

    """
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ReadError(
            location,
            f"not valid UTF-8 (byte 0x{data[error.start]:02x} at offset {error.start}); "
            "convert the file to UTF-8 first",
        ) from None


def _is_hidden(name: str) -> bool:
    return name.startswith(".")


def _walk(directory: Path) -> Iterator[Path | ReadError]:
    """Files below ``directory``, recursively, in sorted order, hidden entries skipped.

    Sorted means by path, name by name (``a.txt``, ``b/c.txt``, ``d.txt``), so a subdirectory's
    files come where its name sorts; ``os.walk`` would give a directory's own files before any
    subdirectory's (``d.txt`` before ``b/c.txt``). One directory is listed at a time, so a big
    tree is never held whole. As with ``os.walk``, links to directories are not followed (no
    loops); a directory that cannot be listed is reported, and the walk goes on.
    """
    try:
        with os.scandir(directory) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError as error:
        yield ReadError(str(directory), f"cannot list directory: {error.strerror or error}")
        return
    for entry in entries:
        if _is_hidden(entry.name):
            continue
        if entry.is_dir():
            if not entry.is_symlink():
                yield from _walk(Path(entry.path))
        else:
            yield Path(entry.path)


class Reader:
    """Expands input arguments and reads them through the read hook.

    Args:
        read_hook: a callable ``(source) -> items | None`` standing for the ``stoltlib_read`` hook
            (the pipeline passes one that calls each reader under its own guard).
        input_format: a format forced for standard input and explicitly named files.

        exclude: files never to read: ``stoltlib extract -o FILE`` excludes its own output, so
            a run whose output lies inside an input directory does not read its last output.

    After iteration, ``skipped`` lists the files in directories that no reader accepted.

    """

    def __init__(
        self,
        read_hook: Any,
        *,
        input_format: str | None = None,
        exclude: Iterable[str | os.PathLike[str]] = (),
    ) -> None:
        self._read_hook = read_hook
        self.input_format = input_format
        self.exclude = {Path(path).resolve() for path in exclude}
        self.skipped: list[str] = []

    def sources(
        self, arguments: Sequence[str | os.PathLike[str]], stdin: IO[bytes] | None = None
    ) -> Iterator[tuple[Source, bool] | ReadError]:
        """Sources for the arguments, each with whether it was named explicitly."""
        stdin_used = False
        for argument in arguments:
            text = os.fspath(argument)
            if text == STDIN and stdin_used:
                yield ReadError(STDIN, "standard input is named more than once")
                continue
            if text == STDIN:
                stdin_used = True
                stream = stdin if stdin is not None else _stdin_bytes()
                yield (
                    Source(
                        id=STDIN_LOCATION,
                        location=STDIN_LOCATION,
                        stream=stream,
                        format=self.input_format or "jsonl",
                    ),
                    True,
                )
                continue
            path = Path(text)
            if path.is_dir():
                for file in _walk(path):
                    if isinstance(file, ReadError):
                        yield file
                    elif file.resolve() not in self.exclude:
                        yield (
                            Source(
                                id=file.relative_to(path).as_posix(), location=str(file), path=file
                            ),
                            False,
                        )
            elif path.exists() and path.resolve() in self.exclude:
                yield ReadError(text, "this is the output file of this run; it is not read")
            elif path.exists():
                yield (
                    Source(id=path.as_posix(), location=text, path=path, format=self.input_format),
                    True,
                )
            else:
                yield ReadError(text, "no such file or directory")

    def read(
        self, arguments: Sequence[str | os.PathLike[str]], stdin: IO[bytes] | None = None
    ) -> Iterator[Document | ReadError]:
        """Documents from every argument, in order, with a :class:`ReadError` for each failure."""
        for item in self.sources(arguments, stdin):
            if isinstance(item, ReadError):
                yield item
            else:
                source, explicit = item
                yield from self.read_source(source, explicit=explicit)

    def read_source(
        self, source: Source, *, explicit: bool = True
    ) -> Iterator[Document | ReadError]:
        """Read one source, following nested sources; errors are yielded, never raised."""
        for item in self.expand(source, explicit=explicit, records=True):
            assert not isinstance(item, Source)
            yield item

    def expand(
        self, source: Source, *, explicit: bool = True, records: bool = True
    ) -> Iterator[Document | ReadError | Source]:
        """Read one source like :meth:`read_source`; ``records=False`` leaves records unread.

        With ``records=False`` a nested source holding a record is yielded as it is, for another
        process to read: a batch run cuts a JSONL file into its records in the main process and
        lets the workers parse them (a record's HTML is the expensive part of reading it).
        """
        try:
            result = self._read_hook(source)
        except ReadError as error:
            yield error
            return
        if result is None:
            if source.record is not None:
                yield ReadError(source.location, "no installed reader accepts this record")
            elif explicit:
                yield ReadError(
                    source.location,
                    "no installed reader accepts this kind of file "
                    "(try --input-format, or see `stoltlib plugins`)",
                )
            else:
                self.skipped.append(source.location)
            return
        try:
            for item in _iterate(result):
                if isinstance(item, Source) and not records and item.record is not None:
                    yield item
                elif isinstance(item, Source):
                    yield from self.expand(item, records=records)
                elif isinstance(item, (Document, ReadError)):
                    yield item
                else:
                    yield ReadError(
                        source.location,
                        f"reader returned {type(item).__name__}, "
                        "not a Document, Source or ReadError",
                    )
        except ReadError as error:
            yield error
        except Exception as error:  # a reader's bug must not end the run
            yield ReadError(source.location, f"reader failed: {type(error).__name__}: {error}")


def _iterate(result: Any) -> Iterable[Any]:
    if isinstance(result, (Document, Source, ReadError)):
        return (result,)
    return result  # type: ignore[no-any-return]


def _stdin_bytes() -> IO[bytes]:
    import sys

    return sys.stdin.buffer
