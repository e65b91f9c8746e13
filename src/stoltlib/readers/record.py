"""Reader for records (from JSONL and JSON files): ``{"id", "text", "published"?, "url"?, ...}``.

It runs last among readers (``trylast``), so a plugin that reads records of another shape (say,
records carrying ``html``) is asked first. Keys beyond the known ones are kept in
``Document.meta``.
"""

from __future__ import annotations

from typing import Any

from stoltlib.hookspecs import hookimpl
from stoltlib.model import Document, normalize_published
from stoltlib.reading import ReadError, Source

#: Record keys that map onto :class:`~stoltlib.model.Document` fields.
KNOWN_KEYS = ("id", "text", "published", "url", "title", "outlet", "meta")


@hookimpl(trylast=True)
def stoltlib_read(source: Source) -> list[Document] | None:
    """Turn a record into a document, or raise a :class:`ReadError` saying what is wrong."""
    if source.record is None:
        return None
    record = source.record
    where = source.location
    if not isinstance(record, dict):
        raise ReadError(where, f"a record must be a JSON object, got {type(record).__name__}")
    text = record.get("text")
    if text is None:
        hint = " (records with 'html' need the HTML reader)" if "html" in record else ""
        raise ReadError(where, f"record has no 'text'{hint}")
    if not isinstance(text, str):
        raise ReadError(where, f"'text' must be a string, got {type(text).__name__}")
    record_id = record.get("id")
    if record_id is not None and not isinstance(record_id, (str, int)):
        raise ReadError(where, f"'id' must be a string or number, got {type(record_id).__name__}")
    fields: dict[str, Any] = {}
    for key in ("url", "title", "outlet"):
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            raise ReadError(where, f"{key!r} must be a string, got {type(value).__name__}")
        fields[key] = value
    try:
        published = normalize_published(record.get("published"))
    except (TypeError, ValueError) as error:
        raise ReadError(where, str(error)) from None
    given = record.get("meta")
    meta = dict(given) if isinstance(given, dict) else ({} if given is None else {"meta": given})
    meta.update((key, value) for key, value in record.items() if key not in KNOWN_KEYS)
    return [
        Document(
            id=str(record_id) if record_id is not None else source.id,
            text=text,
            published=published,
            meta=meta,
            **fields,
        )
    ]
