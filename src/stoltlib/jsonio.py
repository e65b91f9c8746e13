"""The JSON contract: analyses to and from JSON, and streaming them back from files.

One analysis is one JSON object (one line of ``stoltlib extract --format jsonl``); the shape is
documented field by field in ``docs/schema.md``. An analysis written with its text reads back
equal to the original (``loads(dumps(a)) == a``). Serialisation lives here, at the edge, not in
the models.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import types
import typing
from collections.abc import Iterator
from typing import IO, Any

import attrs
import cattrs

from stoltlib._version import SCHEMA_VERSION, __version__
from stoltlib.model import Analysis, Document

__all__ = ["SchemaError", "dumps", "from_dict", "load", "loads", "to_dict"]

_DOCUMENT_FIELDS = ("url", "title", "outlet", "published", "meta")

# Outside JSON strings these cannot occur, so escaping them inside strings is always valid JSON.
_LINE_BREAKS = ("\u0085", "\u2028", "\u2029")
_LINE_BREAKING = re.compile(f"[{''.join(_LINE_BREAKS)}]")

# Tuples (the frozen models' collections) become lists, as JSON has them.
_converter = cattrs.Converter(forbid_extra_keys=False, unstruct_collection_overrides={tuple: list})


def _optional_scalar(type_: Any) -> bool:
    """Whether ``type_`` is ``X | None`` with ``X`` a string, number or bool type."""
    args = typing.get_args(type_)
    return (
        typing.get_origin(type_) in (typing.Union, types.UnionType)
        and len(args) == 2
        and type(None) in args
        and all(arg in (str, int, float, bool, type(None)) for arg in args)
    )


# cattrs unstructures ``str | None`` by a call per field that gives the value back either way
# (``None if v is None else identity(v)``); as identity itself, the field is copied inline.
_converter.register_unstructure_hook_func(_optional_scalar, cattrs.fns.identity)


class SchemaError(ValueError):
    """A JSON value is not a stoltlib analysis this version can read."""


def to_dict(analysis: Analysis, *, text: bool = True) -> dict[str, Any]:
    """The JSON-ready dict of an analysis (``text=False`` leaves the document's text out)."""
    return _converter.unstructure(_outline(analysis, text))  # type: ignore[no-any-return]


def _outline(analysis: Analysis, text: bool) -> dict[str, Any]:
    """The top level of :func:`to_dict`'s dict, with the model values in it left as they are."""
    document = analysis.document
    out: dict[str, Any] = {
        "stoltlib": {"version": __version__, "schema": SCHEMA_VERSION},
        "id": document.id,
        "published": analysis.published,
        "document": {name: getattr(document, name) for name in _DOCUMENT_FIELDS},
    }
    if text:
        out["text"] = document.text
    for name in _ANALYSIS_FIELDS:
        out[name] = getattr(analysis, name)
    return out


# The fields of Analysis that to_dict writes after the document, in their order.
_ANALYSIS_FIELDS = tuple(
    field.name for field in attrs.fields(Analysis) if field.name not in ("document", "published")
)
# Each class's cattrs hook, for _plain (looked up for every fact of every document written).
_HOOKS: dict[type, Any] = {}


def _plain(value: Any) -> Any:
    """``json.dumps``'s hook for what it cannot write itself: a model value, as to_dict has it.

    The top level's tuples, strings and numbers are left to the encoder (it writes tuples as
    the lists :func:`to_dict` makes of them), and each fact is turned into its dict by the same
    cattrs hook :func:`to_dict` uses, so a line is written without first building
    :func:`to_dict`'s copy of the whole analysis.
    """
    cls = type(value)
    hook = _HOOKS.get(cls)
    if hook is None:
        hook = _HOOKS[cls] = _converter.get_unstructure_hook(cls)
    plain = hook(value)
    if plain is value:  # cattrs passes it through: JSON has no such value
        raise TypeError(f"Object of type {cls.__name__} is not JSON serializable")
    return plain


def from_dict(data: Any) -> Analysis:
    """Rebuild an analysis from :func:`to_dict` output.

    Without ``"text"`` the document's text is empty, so spans cannot be sliced; everything else
    is kept. Keys this version does not know are ignored, so newer minor output still reads.

    Raises:
        SchemaError: not an analysis, written by a newer schema, or a field of the wrong type.

    """
    if not isinstance(data, dict) or "id" not in data or "document" not in data:
        raise SchemaError("not a stoltlib analysis (expected an object with 'id' and 'document')")
    header = data.get("stoltlib") or {}
    schema = header.get("schema", SCHEMA_VERSION) if isinstance(header, dict) else None
    if not isinstance(schema, int) or schema > SCHEMA_VERSION:
        raise SchemaError(
            f"written with schema {schema!r}; this stoltlib ({__version__}) reads schema "
            f"{SCHEMA_VERSION} and older: upgrade stoltlib"
        )
    try:
        fields = {name: data["document"].get(name) for name in _DOCUMENT_FIELDS}
        fields["meta"] = fields["meta"] or {}
        document = Document(id=data["id"], text=data.get("text", ""), **fields)
    except (TypeError, ValueError, AttributeError) as error:
        raise SchemaError(f"analysis {data.get('id')!r}: document: {_describe(error)}") from None
    values: dict[str, Any] = {}
    for field in attrs.fields(attrs.resolve_types(Analysis)):
        if field.name == "document" or field.name not in data:
            continue
        try:
            values[field.name] = _converter.structure(data[field.name], field.type)  # type: ignore[arg-type]
        except (cattrs.BaseValidationError, TypeError, ValueError, AttributeError) as error:
            raise SchemaError(
                f"analysis {data.get('id')!r}: {field.name}: {_describe(error)}"
            ) from None
    return Analysis(document=document, **values)


def _describe(error: BaseException) -> str:
    if isinstance(error, cattrs.BaseValidationError):
        # transform_error names the path; the validators' own messages say what is wrong.
        causes = [f"{exc}" for exc in _leaves(error)]
        paths = cattrs.transform_error(error)
        return "; ".join(f"{path} ({cause})" for path, cause in zip(paths, causes, strict=False))
    return f"{type(error).__name__}: {error}"


def _leaves(error: BaseException) -> list[BaseException]:
    inner = getattr(error, "exceptions", None)  # an exception group (a backport on 3.10)
    if inner is not None:
        return [leaf for exc in inner for leaf in _leaves(exc)]
    return [error]


def dumps(analysis: Analysis, *, text: bool = True, indent: int | None = None) -> str:
    """One analysis as a JSON string (a single line unless ``indent`` is given).

    Characters that some tools take for line breaks (U+0085, U+2028, U+2029: Python's
    ``str.splitlines``, JavaScript before ES2019) are escaped, so that one line of
    ``stoltlib extract`` output is one analysis for every reader of it.
    """
    # No circular-reference check: frozen models cannot hold themselves, and the check costs a
    # dict entry per object written.
    outline = _outline(analysis, text)
    if indent is None:
        line = _ENCODER.encode(outline)
    else:
        line = json.dumps(
            outline, ensure_ascii=False, indent=indent, default=_plain, check_circular=False
        )
    # Three substring searches: far cheaper than a pattern's scan of a long non-ASCII line.
    if not line.isascii() and any(mark in line for mark in _LINE_BREAKS):
        line = _LINE_BREAKING.sub(lambda match: f"\\u{ord(match.group()):04x}", line)
    return line


# dumps's encoder for a line (json.dumps with these arguments makes a new one every call).
_ENCODER = json.JSONEncoder(ensure_ascii=False, check_circular=False, default=_plain)


def loads(line: str | bytes) -> Analysis:
    """One analysis from a JSON string."""
    return from_dict(json.loads(line))


def load(path: str | os.PathLike[str] | IO[str]) -> Iterator[Analysis]:
    """Stream analyses back from ``stoltlib extract`` output.

    Reads JSONL (``.jsonl``, ``.jsonl.gz``, or any stream of lines) lazily, one analysis at a
    time, and also the JSON array written by ``--format json``.

    Raises:
        SchemaError: naming the file and line of the first record that is not an analysis.

    """
    if isinstance(path, (str, os.PathLike)):
        location = os.fspath(path)
        opener = gzip.open if location.endswith(".gz") else open
        with opener(location, "rt", encoding="utf-8") as handle:
            yield from _load_stream(handle, location)
    else:
        yield from _load_stream(path, getattr(path, "name", "<stream>"))


def _load_stream(handle: IO[str], location: str) -> Iterator[Analysis]:
    seen_content = False
    for number, line in enumerate(handle, 1):
        if not line.strip():
            continue
        if not seen_content and line.lstrip().startswith("["):
            yield from _load_array(line + handle.read(), location)
            return
        seen_content = True
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise SchemaError(f"{location}:{number}: malformed JSON: {error}") from None
        yield _located(record, f"{location}:{number}")


def _load_array(content: str, location: str) -> Iterator[Analysis]:
    try:
        records = json.loads(content)
    except json.JSONDecodeError as error:
        raise SchemaError(f"{location}: malformed JSON: {error}") from None
    for index, record in enumerate(records, 1):
        yield _located(record, f"{location}[{index}]")


def _located(record: Any, location: str) -> Analysis:
    try:
        return from_dict(record)
    except SchemaError as error:
        raise SchemaError(f"{location}: {error}") from None
