"""Analyses as flat tables: one row per claim, time expression, mention, event or document.

Each table is a list of column names (:data:`TABLES`) and a pure function from one analysis to
its rows, dicts keyed by those columns; :func:`rows` runs one over many analyses, lazily, so a
CSV of millions of claims is written in constant memory (``stoltlib export``). Every row starts
with the document's ``document`` id, and every fact row carries the ``start``/``end`` offsets
that point back into the document's text. Values are strings, numbers or ``None``; lists are
joined with ``"; "`` and a claim's content pieces with ``" ... "``.

:func:`to_dataframe` gives the same rows as a pandas DataFrame (``pip install pandas``).

>>> import stoltlib
>>> from stoltlib.tables import rows
>>> analysis = stoltlib.analyze(
...     "NATO Secretary General Jens Stoltenberg said on Monday that the alliance must adapt.",
...     published="2020-06-08")
>>> [(row["value"], row["text"]) for row in rows("times", [analysis])]
[('2020-06-08', 'Monday')]
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import IO, TYPE_CHECKING, Any

from stoltlib.model import Analysis, Participant

if TYPE_CHECKING:
    import pandas  # type: ignore[import-untyped, import-not-found, unused-ignore]

__all__ = [
    "TABLES",
    "claim_rows",
    "error_rows",
    "event_rows",
    "mention_rows",
    "metadata_rows",
    "rows",
    "time_rows",
    "to_dataframe",
    "write_csv",
]

Row = dict[str, Any]

#: Joins list values (authors, agencies, event links) inside one cell.
LIST_SEPARATOR = "; "

#: Joins the pieces of a claim's content (a quote split by its attribution).
CONTENT_SEPARATOR = " ... "


def _joined(values: Iterable[str]) -> str:
    return LIST_SEPARATOR.join(values)


def claim_rows(analysis: Analysis) -> Iterator[Row]:
    """One row per claim: who said what, where in the text, in which outlet and when.

    ``speaker`` is the resolved name (the entity; empty when the article names the speaker
    only by words it does not resolve, "the company", which ``speaker_text`` holds); ``start``
    and ``end`` run from the earliest content piece's start to the latest one's end.
    """
    outlet = analysis.metadata.outlet or analysis.document.outlet
    for claim in analysis.claims:
        speaker = claim.speaker
        yield {
            "document": analysis.id,
            "outlet": outlet,
            "published": analysis.published,
            "kind": claim.kind,
            "speaker": speaker.entity if speaker else None,
            "speaker_text": speaker.text if speaker else None,
            "speaker_role": speaker.role if speaker else None,
            "cue": claim.cue.text if claim.cue else None,
            "content": CONTENT_SEPARATOR.join(part.text for part in claim.content),
            "start": min((part.start for part in claim.content), default=None),
            "end": max((part.end for part in claim.content), default=None),
            "time": claim.time.value if claim.time else None,
            "confidence": claim.confidence,
            "plugin": claim.plugin,
        }


def time_rows(analysis: Analysis) -> Iterator[Row]:
    """One row per time expression, with its TimeML value and the days it covers."""
    for time in analysis.times:
        first, last = time.interval if time.interval else (None, None)
        yield {
            "document": analysis.id,
            "published": analysis.published,
            "start": time.start,
            "end": time.end,
            "text": time.text,
            "type": time.type,
            "value": time.value,
            "mod": time.mod,
            "first_day": first,
            "last_day": last,
            "plugin": time.plugin,
        }


def mention_rows(analysis: Analysis) -> Iterator[Row]:
    """One row per mention (person, organisation, position, place, or a plugin's own kind)."""
    for mention in analysis.mentions:
        yield {
            "document": analysis.id,
            "kind": mention.kind,
            "start": mention.start,
            "end": mention.end,
            "text": mention.text,
            "entity": mention.entity,
            "role": mention.role,
            "plugin": mention.plugin,
        }


def metadata_rows(analysis: Analysis) -> Iterator[Row]:
    """One row per document: its metadata, with ``published`` the date relative dates used.

    ``published_found`` and ``published_source`` are the date found in the text (or page) and
    how it was found; ``boilerplate`` counts the stretches marked as site furniture.
    """
    metadata = analysis.metadata
    document = analysis.document
    found = metadata.published
    dateline = metadata.dateline
    yield {
        "document": analysis.id,
        "url": document.url,
        "title": metadata.title.text if metadata.title else document.title,
        "outlet": metadata.outlet or document.outlet,
        "authors": _joined(author.text for author in metadata.authors),
        "published": analysis.published,
        "published_found": found.value if found else None,
        "published_source": found.source if found else None,
        "dateline_place": dateline.place if dateline else None,
        "dateline_agency": dateline.agency if dateline else None,
        "agencies": _joined(metadata.agencies),
        "language": metadata.language,
        "photo_credits": _joined(credit.text for credit in metadata.photo_credits),
        "boilerplate": len(metadata.boilerplate),
        "plugin": metadata.plugin,
    }


def _name(participant: Participant | None) -> str | None:
    return participant.name if participant else None


def event_rows(analysis: Analysis) -> Iterator[Row]:
    """One row per event (office-holder changes and plugins' own types), roles by name."""
    for event in analysis.events:
        yield {
            "document": analysis.id,
            "published": analysis.published,
            "id": event.id,
            "type": event.type,
            "person": _name(event.person),
            "position": event.position,
            "organization": event.organization,
            "predecessor": _name(event.predecessor),
            "successor": _name(event.successor),
            "time": event.time.value if event.time else None,
            "modality": event.modality,
            "source": _name(event.source),
            "links": _joined(event.links),
            "start": event.evidence.start if event.evidence else None,
            "end": event.evidence.end if event.evidence else None,
            "plugin": event.plugin,
        }


def error_rows(analysis: Analysis) -> Iterator[Row]:
    """One row per plugin error recorded for the document (``Analysis.errors``)."""
    for problem in analysis.errors:
        yield {
            "document": analysis.id,
            "plugin": problem.plugin,
            "stage": problem.stage,
            "type": problem.type,
            "message": problem.message,
        }


#: Every table: its name, its columns in order, and the function giving one analysis's rows.
_TABLES: dict[str, tuple[tuple[str, ...], Callable[[Analysis], Iterator[Row]]]] = {
    "claims": (
        (
            "document", "outlet", "published", "kind", "speaker", "speaker_text", "speaker_role",
            "cue", "content", "start", "end", "time", "confidence", "plugin",
        ),
        claim_rows,
    ),
    "times": (
        (
            "document", "published", "start", "end", "text", "type", "value", "mod",
            "first_day", "last_day", "plugin",
        ),
        time_rows,
    ),
    "mentions": (
        ("document", "kind", "start", "end", "text", "entity", "role", "plugin"),
        mention_rows,
    ),
    "metadata": (
        (
            "document", "url", "title", "outlet", "authors", "published", "published_found",
            "published_source", "dateline_place", "dateline_agency", "agencies", "language",
            "photo_credits", "boilerplate", "plugin",
        ),
        metadata_rows,
    ),
    "events": (
        (
            "document", "published", "id", "type", "person", "position", "organization",
            "predecessor", "successor", "time", "modality", "source", "links", "start", "end",
            "plugin",
        ),
        event_rows,
    ),
    "errors": (("document", "plugin", "stage", "type", "message"), error_rows),
}  # fmt: skip

#: The tables there are, each with its columns in order.
TABLES: Mapping[str, tuple[str, ...]] = {name: columns for name, (columns, _) in _TABLES.items()}


def _table(name: str) -> tuple[tuple[str, ...], Callable[[Analysis], Iterator[Row]]]:
    try:
        return _TABLES[name]
    except KeyError:
        raise ValueError(f"no table {name!r}; the tables are {', '.join(TABLES)}") from None


def rows(table: str, analyses: Iterable[Analysis]) -> Iterator[Row]:
    """The rows of ``table`` (a name in :data:`TABLES`) for every analysis, lazily, in order.

    Raises:
        ValueError: no table of that name.

    """
    _, of = _table(table)
    for analysis in analyses:
        yield from of(analysis)


def write_csv(table: str, analyses: Iterable[Analysis], handle: IO[str]) -> int:
    """Write ``table`` as CSV (a header line, then one line per row); returns the row count.

    Open ``handle`` with ``newline=""``, as the :mod:`csv` module asks. ``None`` is written as
    an empty cell.
    """
    columns, _ = _table(table)
    writer = csv.DictWriter(handle, fieldnames=columns)
    writer.writeheader()
    count = 0
    for row in rows(table, analyses):
        writer.writerow(row)
        count += 1
    return count


def to_dataframe(table: str, analyses: Iterable[Analysis]) -> pandas.DataFrame:
    """The rows of ``table`` as a pandas DataFrame, with every column even when it has no rows.

    Raises:
        ImportError: pandas is not installed.
        ValueError: no table of that name.

    """
    columns, _ = _table(table)
    try:
        import pandas  # type: ignore[import-untyped, import-not-found, unused-ignore]
    except ImportError as error:
        raise ImportError(
            "stoltlib.tables.to_dataframe needs pandas: pip install pandas "
            "(or write CSV with write_csv / stoltlib export, which need nothing else)"
        ) from error
    return pandas.DataFrame.from_records(list(rows(table, analyses)), columns=list(columns))
