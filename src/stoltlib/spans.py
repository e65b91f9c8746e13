"""Walking the spans inside extracted facts: checking them against the text, and moving them.

Any attrs value with ``start`` and ``end`` fields is a span (``Span``, ``TextSpan``, ``Speaker``,
``Participant``, ``Mention``, ...). These helpers find spans at any depth, so a model type
added later is covered without each class listing its spans.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar, cast

import attrs

__all__ = ["iter_spans", "map_spans", "span_problems", "spans_fit"]

_T = TypeVar("_T")


def _has_offsets(value: Any) -> bool:
    return hasattr(value, "start") and hasattr(value, "end")


def iter_spans(value: Any, path: str = "") -> Iterator[tuple[str, Any]]:
    """Yield ``(path, span-bearing value)`` for every span inside ``value``, depth first.

    ``path`` names where the span sits ("claims[0].content[1]"); a value whose ``start`` is
    ``None`` (a participant not mentioned in the text) is skipped.
    """
    if attrs.has(type(value)):
        if _has_offsets(value) and value.start is not None:
            yield path or type(value).__name__, value
        for field in attrs.fields(type(value)):
            if field.name != "document":
                yield from iter_spans(
                    getattr(value, field.name), f"{path}.{field.name}".lstrip(".")
                )
    elif isinstance(value, (tuple, list)):
        for index, item in enumerate(value):
            yield from iter_spans(item, f"{path}[{index}]")


# Each class's layout, worked out once (a class is looked at for every fact of every document).
_LAYOUTS: dict[type, tuple[bool, bool, Callable[[Any], tuple[Any, ...]]] | None] = {}


def _layout(cls: type) -> tuple[bool, bool, Callable[[Any], tuple[Any, ...]]] | None:
    """How to check an attrs class's instances: (is a span, may claim a text, fields getter).

    The getter gives the values of the fields that may hold more spans, in one call.

    ``None`` for a class that is no attrs class (a tuple, a list, a scalar).
    """
    if cls not in _LAYOUTS:
        layout = None
        if attrs.has(cls):
            names = tuple(f.name for f in attrs.fields(cls) if f.name != "document")
            # attrgetter fetches every field in one call; with a single name it gives the value.
            getter = operator.attrgetter(*names) if len(names) > 1 else _one(*names)
            claims_text = "text" in names or hasattr(cls, "text")  # a field, or a property
            layout = ("start" in names and "end" in names, claims_text, getter)
        _LAYOUTS[cls] = layout
    return _LAYOUTS[cls]


def _one(*names: str) -> Callable[[Any], tuple[Any, ...]]:
    """A getter of a tuple of the fields ``names`` (none or one: attrgetter wants one or more)."""
    return lambda value: tuple(getattr(value, name) for name in names)


# Values that never hold a span: most fields of a fact are one of these, and are settled at once.
_SCALARS = frozenset({str, int, float, bool, type(None)})


def _fits(value: Any, text: str, length: int) -> bool:
    """Whether every span inside ``value`` fits ``text`` (no paths built: the common case)."""
    cls = type(value)
    if cls in _SCALARS:
        return True
    layout = _LAYOUTS[cls] if cls in _LAYOUTS else _layout(cls)
    if layout is None:
        if isinstance(value, (tuple, list)):
            return _all_fit(value, text, length)
        return True
    is_span, has_text, fields = layout
    if is_span:
        start = value.start
        if start is not None:
            end = value.end
            if not (0 <= start <= end <= length):
                return False
            if has_text:
                claimed = getattr(value, "text", None)
                if isinstance(claimed, str) and claimed != text[start:end]:
                    return False
    values = fields(value)
    # Most facts hold scalars alone (a mention, a time): settled by one loop in C.
    return _SCALARS.issuperset(map(type, values)) or _all_fit(values, text, length)


def _all_fit(values: Iterable[Any], text: str, length: int) -> bool:
    """Whether every span inside each of ``values`` fits; scalars are passed over inline."""
    for item in values:
        if type(item) not in _SCALARS and not _fits(item, text, length):
            return False
    return True


def spans_fit(value: Any, text: str, length: int | None = None) -> bool:
    """Whether every span in ``value`` fits ``text`` (:func:`span_problems` would find none).

    ``length`` is ``len(text)``, for a caller that checks many values against one text.
    """
    return _fits(value, text, len(text) if length is None else length)


def span_problems(value: Any, text: str) -> list[str]:
    """Describe every span in ``value`` that does not fit ``text``; an empty list when all do.

    A span must lie inside the text, and a span that carries ``text`` must carry exactly
    ``text[start:end]``. Called on every extracted fact: values that fit are settled by a walk
    that builds no paths, and only a misfit is walked again to name where it sits.
    """
    if _fits(value, text, len(text)):
        return []
    problems = []
    for path, span in iter_spans(value):
        if not (0 <= span.start <= span.end <= len(text)):
            problems.append(
                f"{path}: span {span.start}..{span.end} outside text of length {len(text)}"
            )
            continue
        claimed = getattr(span, "text", None)
        if isinstance(claimed, str) and claimed != text[span.start : span.end]:
            problems.append(
                f"{path}: span {span.start}..{span.end} is {text[span.start : span.end]!r}, "
                f"not {claimed!r}"
            )
    return problems


def map_spans(value: _T, offset: Callable[[int], int], text: str | None = None) -> _T:
    """Return ``value`` with every span moved by ``offset`` (old character index -> new one).

    ``offset`` maps the index of a character in the old text to its index in the new text. A
    span's end (exclusive) moves with its last character, so text inserted right after a span
    stays outside it. With ``text``, spans that carry text get it re-cut from the new text.
    """
    return cast(_T, _map(value, offset, text))


def _map(value: Any, offset: Callable[[int], int], text: str | None) -> Any:
    if attrs.has(type(value)):
        changes: dict[str, Any] = {}
        for field in attrs.fields(type(value)):
            if field.name == "document":
                continue
            old = getattr(value, field.name)
            new = _map(old, offset, text)
            if new is not old:
                changes[field.name] = new
        if _has_offsets(value) and value.start is not None:
            start = offset(value.start)
            end = offset(value.end - 1) + 1 if value.end > value.start else start
            changes["start"], changes["end"] = start, end
            if text is not None and isinstance(getattr(value, "text", None), str):
                changes["text"] = text[start:end]
        return attrs.evolve(value, **changes) if changes else value
    if isinstance(value, (tuple, list)):
        items = [_map(item, offset, text) for item in value]
        if all(a is b for a, b in zip(items, value, strict=True)):
            return value
        return type(value)(items)
    return value
