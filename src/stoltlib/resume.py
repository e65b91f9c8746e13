"""Continuing an interrupted ``stoltlib extract -o FILE`` from what its ``FILE.partial`` holds.

A run writes whole lines to ``FILE.partial`` and renames it to ``FILE`` when it completes, so an
interrupted run leaves every document it finished in the partial file, in input order. A
resumed run keeps those lines, cuts off a last line that was being written when the run was
killed (the only place a line can be incomplete), and skips each document whose id is already
there: :class:`Done` counts the ids, so that an id that occurs twice in the input is skipped only
as often as it was written. The errors file of the run (``--errors``) is cut back the same way to
the entries of the documents kept; read errors are dropped from it, as reading the input again
reports them again.

Memory: the ids of the finished documents, about a hundred bytes each, for the length of the run.
"""

from __future__ import annotations

import collections
import json
import os
from pathlib import Path

__all__ = ["Done", "ResumeError", "keep_errors_of", "load_partial"]


class ResumeError(ValueError):
    """The partial file cannot be resumed (it is not stoltlib's JSON Lines output)."""


class Done:
    """The ids already written, with how many times each was written."""

    def __init__(self, ids: collections.Counter[str] | None = None) -> None:
        self._counts: collections.Counter[str] = ids or collections.Counter()
        #: Documents skipped so far because they were written before.
        self.skipped = 0

    def __len__(self) -> int:
        return sum(self._counts.values())

    def __contains__(self, document_id: object) -> bool:
        return self._counts.get(document_id, 0) > 0  # type: ignore[call-overload, no-any-return]

    def take(self, document_id: str | None) -> bool:
        """Whether ``document_id`` was written before; if so, count one occurrence used."""
        if document_id is None or self._counts.get(document_id, 0) <= 0:
            return False
        self._counts[document_id] -= 1
        self.skipped += 1
        return True

    def ids(self) -> set[str]:
        """Every id written before (used or not)."""
        return set(self._counts)


def load_partial(partial: Path) -> Done:
    """The ids a partial output file holds; a torn last line is cut off the file first.

    Raises:
        ResumeError: a complete line that is not an analysis (the file is not stoltlib's JSON
            Lines output: ``--format json`` cannot be resumed).

    """
    counts: collections.Counter[str] = collections.Counter()
    good_end = 0
    with partial.open("rb") as handle:
        for number, raw in enumerate(handle, 1):
            if not raw.endswith(b"\n"):
                break  # the line being written when the run stopped
            try:
                record = json.loads(raw)
                document_id = record["id"]
            except (ValueError, KeyError, TypeError):
                raise ResumeError(
                    f"{partial}:{number}: not a line of stoltlib's JSON Lines output; "
                    "only --format jsonl output can be resumed"
                ) from None
            counts[str(document_id)] += 1
            good_end = handle.tell()
    if good_end != partial.stat().st_size:
        with partial.open("r+b") as handle:
            handle.truncate(good_end)
    return Done(counts)


def keep_errors_of(errors_file: Path, done: Done) -> int:
    """Cut an errors file back to the entries of documents already written; how many are kept.

    A torn last line and read errors are dropped; the file is rewritten by way of a temporary file
    next to it, so an interruption now leaves the old one.
    """
    if not errors_file.exists():
        return 0
    written = done.ids()
    kept = []
    with errors_file.open("rb") as handle:
        for raw in handle:
            if not raw.endswith(b"\n"):
                break
            try:
                entry = json.loads(raw)
            except ValueError:
                continue
            plugin_error = isinstance(entry, dict) and entry.get("kind") == "plugin"
            if plugin_error and entry.get("id") in written:
                kept.append(raw)
    temporary = errors_file.with_name(errors_file.name + ".tmp")
    with temporary.open("wb") as handle:
        handle.writelines(kept)
    os.replace(temporary, errors_file)
    return len(kept)
