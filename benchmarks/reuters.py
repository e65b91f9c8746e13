"""The Reuters-21578 stories as the benchmarks give them to stoltlib: one shared composition.

:func:`records` reads the stories of the numbered files (those with a title, a dateline and a
body), in file order; a record's ``title``, ``dateline`` and ``body`` become one plain text as
the wire printed it (:func:`story_text`): the title on its line, a blank line, then the
dateline and the body. Every benchmark that reads ``../shared/eval/reuters/`` composes the
text here, so offsets stored by one (the office gold set) refer to the text another analyses.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any


def records(data: Path, files: Iterable[int]) -> Iterator[tuple[str, dict[str, Any]]]:
    """``(file name, record)`` for each story with a title, a dateline and a body, in order.

    ``files`` are the numbers NNN of ``reut2-NNN.json`` in ``data``; an absent file is skipped.
    """
    for number in files:
        path = data / f"reut2-{number:03d}.json"
        if not path.exists():
            continue
        for record in json.loads(path.read_text(encoding="utf-8")):
            if record.get("title") and record.get("dateline") and record.get("body"):
                yield path.name, record


def story_text(record: Mapping[str, Any]) -> str:
    """The title, a blank line, then the dateline and the body: offsets count in this text."""
    return f"{record['title']}\n\n{record['dateline']} {record['body']}"
