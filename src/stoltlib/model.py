"""The data model: the document, every kind of fact stoltlib extracts from it, and the analysis.

All classes are frozen, slotted attrs classes: an extractor builds new values and never mutates
one it was handed (use :func:`attrs.evolve`). Validators check only invariants that are cheap and
local to one value (``start <= end``, a known TimeML type, an ISO date). Whether a span lies inside
its document's text can only be checked with the text at hand; the pipeline does that for every
fact a plugin returns (see :func:`stoltlib.spans.span_problems`).

Offsets are Python ``str`` indices (Unicode code points) into :attr:`Document.text`, end
exclusive: ``document.text[x.start:x.end]`` is the text a fact claims.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import re
from collections.abc import Iterable, Mapping
from itertools import repeat
from typing import Any, TypeVar

import attrs
import dateutil.parser

__all__ = [
    "MODALITIES",
    "TIMEML_TYPES",
    "Analysis",
    "Boilerplate",
    "Claim",
    "Dateline",
    "Document",
    "Event",
    "Fact",
    "Found",
    "Mention",
    "Metadata",
    "Participant",
    "Problem",
    "PublishedDate",
    "Span",
    "Speaker",
    "TextSpan",
    "TimeExpression",
    "TimeRef",
    "normalize_published",
]

#: The TimeML TIMEX3 types a :class:`TimeExpression` may carry.
TIMEML_TYPES = frozenset({"DATE", "TIME", "DURATION", "SET"})

#: How firmly the text asserts an event (DESIGN.md).
MODALITIES = frozenset({"asserted", "expected", "planned", "possible", "negated"})

_T = TypeVar("_T")


# --- validators and converters -------------------------------------------------------------


def _check_offsets(instance: Any, attribute: attrs.Attribute[Any], value: int | None) -> None:
    """Validate ``end`` (the last offset field): non-negative offsets with ``start <= end``."""
    start = instance.start
    # The common case first: run for every span of every fact a plugin builds.
    if type(start) is int and type(value) is int and 0 <= start <= value:
        return
    if start is None and value is None:
        return
    if start is None or value is None:
        raise ValueError(
            f"{type(instance).__name__}: start and end must both be given or both be None"
        )
    if not (isinstance(start, int) and isinstance(value, int)):
        raise TypeError(f"{type(instance).__name__}: offsets must be int, got {start!r}, {value!r}")
    if start < 0 or value < start:
        raise ValueError(f"{type(instance).__name__}: need 0 <= start <= end, got {start}..{value}")


def _as_tuple(items: Iterable[Any]) -> tuple[Any, ...]:
    return tuple(items)


# An ISO 8601 calendar date, extended or basic format, alone or starting a datetime. Reduced
# precision ("2024", "2024-10") and week dates are refused: a creation time is a day at least.
_DATE_ONLY = re.compile(r"\d{4}-?\d{2}-?\d{2}")
_DATE_FIRST = re.compile(r"\d{4}-?\d{2}-?\d{2}(?:[T ]|$)")


def normalize_published(value: str | _dt.date | None) -> str | None:
    """Return a document creation time as an ISO 8601 string, or raise ``ValueError``.

    Accepts ``None``, a :class:`datetime.date`, a :class:`datetime.datetime`, or an ISO 8601
    string (``"2024-10-01"``, ``"20241001"``, ``"2024-10-01T09:00:00+02:00"``, ``"...Z"``).
    Dates stay dates; datetimes are written by :meth:`datetime.datetime.isoformat`, so
    normalising twice is a no-op. A datetime without an offset is kept as local time of unknown
    zone. Reduced precision (``"2024"``, ``"2024-10"``) and week dates are refused: anchoring
    "on Monday" needs a day.
    """
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        return value.isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if not isinstance(value, str):
        raise TypeError(f"published must be an ISO date string, date or datetime, not {value!r}")
    text = value.strip()
    try:
        if not _DATE_FIRST.match(text):
            raise ValueError(text)
        try:
            parsed = dateutil.parser.isoparse(text)
        except ValueError:
            # What isoformat writes and dateutil does not read: an offset with seconds (a
            # historic local mean time's, as zoneinfo gives for old dates).
            parsed = _dt.datetime.fromisoformat(text)
        if _DATE_ONLY.fullmatch(text):  # "2024-10-01", "20241001": a date, not midnight
            return parsed.date().isoformat()
        return parsed.isoformat()
    except ValueError:
        raise ValueError(
            f"published must be an ISO 8601 date or datetime (e.g. 2024-10-01), got {value!r}"
        ) from None


# --- spans -------------------------------------------------------------------------------------


@attrs.frozen
class Span:
    """A stretch of :attr:`Document.text`: ``text[start:end]``."""

    start: int
    end: int = attrs.field(validator=_check_offsets)

    @classmethod
    def from_match(cls, match: Any, group: int | str = 0) -> Span:
        """Span of a ``re``/``regex`` match (or one of its groups)."""
        start, end = match.span(group)
        return cls(start, end)

    def slice(self, text: str) -> str:
        """The characters of ``text`` this span covers."""
        return text[self.start : self.end]

    def __len__(self) -> int:
        return self.end - self.start


@attrs.frozen
class TextSpan:
    """A span together with the text it covers (titles, cues, quoted content, credits)."""

    start: int
    end: int = attrs.field(validator=_check_offsets)
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> TextSpan:
        """Cut ``text[start:end]`` out of a document's text."""
        return cls(start, end, text[start:end])

    @classmethod
    def from_match(cls, match: Any, group: int | str = 0) -> TextSpan:
        """Text span of a ``re``/``regex`` match (or one of its groups)."""
        start, end = match.span(group)
        return cls(start, end, match.group(group))

    @property
    def span(self) -> Span:
        """The offsets alone."""
        return Span(self.start, self.end)


@attrs.frozen
class Boilerplate:
    """Text around the story that is not part of it: widgets, related-story lists, captions."""

    start: int
    end: int = attrs.field(validator=_check_offsets)
    kind: str


# --- metadata ----------------------------------------------------------------------------------


@attrs.frozen
class Found:
    """A metadata value (a title, an author) with where it was found.

    ``start``/``end`` give its span when the value is in the text (then ``text`` is exactly
    ``document.text[start:end]``), and are ``None`` when it came from outside the text (HTML meta
    tags, the input record). ``source`` says how it was found ("title-line", "byline",
    "html-meta", ...).
    """

    text: str
    start: int | None = None
    end: int | None = attrs.field(default=None, validator=_check_offsets)
    source: str | None = None

    @classmethod
    def of(cls, text: str, start: int, end: int, source: str | None = None) -> Found:
        """Cut ``text[start:end]`` out of a document's text."""
        return cls(text[start:end], start, end, source)


@attrs.frozen
class PublishedDate:
    """A publication date found for a document, with how it was found.

    ``source`` says where it came from ("published-line", "caption", "dateline", "url",
    "html-meta", ...); ``start``/``end`` are ``None`` when the value is not in the text.
    """

    value: str = attrs.field(converter=normalize_published)
    source: str
    start: int | None = None
    end: int | None = attrs.field(default=None, validator=_check_offsets)


@attrs.frozen
class Dateline:
    """A dateline such as ``BRUSSELS (Sputnik) -``."""

    start: int
    end: int = attrs.field(validator=_check_offsets)
    place: str | None = None
    agency: str | None = None


@attrs.frozen(kw_only=True)
class Metadata:
    """Where a document came from, as stated in or around its text.

    Every value found in the text carries its span. Several plugins may contribute: see
    :meth:`merged_with`.
    """

    title: Found | None = None
    outlet: str | None = None
    authors: tuple[Found, ...] = attrs.field(default=(), converter=_as_tuple)
    published: PublishedDate | None = None
    dateline: Dateline | None = None
    agencies: tuple[str, ...] = attrs.field(default=(), converter=_as_tuple)
    language: str | None = None
    photo_credits: tuple[TextSpan, ...] = attrs.field(default=(), converter=_as_tuple)
    boilerplate: tuple[Boilerplate, ...] = attrs.field(default=(), converter=_as_tuple)
    plugin: str | None = None

    def is_empty(self) -> bool:
        """True when no field but ``plugin`` holds a value."""
        return not any(map(getattr, repeat(self), _METADATA_VALUES))

    def boilerplate_at(self, start: int, end: int) -> Boilerplate | None:
        """The boilerplate stretch that holds ``start..end`` wholly, or ``None``.

        Later stages use it to leave site furniture alone: a quote in a related-headlines list
        is not a claim of this article.
        """
        for block in self.boilerplate:
            if block.start <= start and end <= block.end:
                return block
        return None

    def merged_with(self, later: Metadata) -> Metadata:
        """Combine with a later plugin's metadata, field by field.

        A single value is kept from ``self`` when it has one and taken from ``later`` otherwise;
        lists are concatenated (duplicates dropped, order kept). ``plugin`` names every
        contributing plugin, joined by ``+`` in plugin order.
        """
        if later.is_empty():
            return self
        values: dict[str, Any] = {}
        for name in _METADATA_VALUES:
            mine, theirs = getattr(self, name), getattr(later, name)
            if isinstance(mine, tuple):
                values[name] = tuple(dict.fromkeys(mine + theirs))
            else:
                values[name] = mine if mine else theirs
        names = [
            name for value in (self.plugin, later.plugin) if value for name in value.split("+")
        ]
        values["plugin"] = "+".join(dict.fromkeys(names)) or None
        return Metadata(**values)


# Metadata's fields but ``plugin``, which the pipeline merges for every document: looked up
# once (attrs.fields, per call, was a third of merged_with's time).
_METADATA_VALUES = tuple(field.name for field in attrs.fields(Metadata) if field.name != "plugin")


# --- facts -------------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Mention:
    """A person, organization, place or position mentioned in the text.

    ``entity`` is the canonical name after coreference ("he" -> "Jens Stoltenberg"); ``role`` the
    role the text states for it ("Russian Foreign Minister"). ``kind`` is an open string.
    """

    kind: str
    start: int
    end: int = attrs.field(validator=_check_offsets)
    text: str
    entity: str | None = None
    role: str | None = None
    plugin: str | None = None


def _check_timeml_type(instance: Any, attribute: attrs.Attribute[Any], value: str) -> None:
    if value not in TIMEML_TYPES:
        raise ValueError(
            f"TimeExpression.type must be one of {sorted(TIMEML_TYPES)}, got {value!r}"
        )


def _check_interval(
    instance: Any, attribute: attrs.Attribute[Any], value: tuple[str, str] | None
) -> None:
    if value is not None and (len(value) != 2 or value[0] > value[1]):
        raise ValueError(f"TimeExpression.interval must be (first_day, last_day), got {value!r}")


def _as_interval(value: Iterable[str] | None) -> tuple[str, str] | None:
    if value is None:
        return None
    first, last = value
    return (first, last)


@attrs.frozen(kw_only=True)
class TimeExpression:
    """A temporal expression with its TimeML (TIMEX3) normalisation.

    ``value`` follows TIMEX3 ("2020-06-08", "2020-W24", "P10Y", "PRESENT_REF", "XXXX-06-08" when
    no anchor is known); ``interval`` holds ``(first_day, last_day)`` when the value resolves to
    calendar days.
    """

    start: int
    end: int = attrs.field(validator=_check_offsets)
    text: str
    type: str = attrs.field(validator=_check_timeml_type)
    value: str
    mod: str | None = None
    interval: tuple[str, str] | None = attrs.field(
        default=None, converter=_as_interval, validator=_check_interval
    )
    plugin: str | None = None


@attrs.frozen(kw_only=True)
class Speaker:
    """Who a claim is attributed to: the mention in the text, its resolved entity and role."""

    start: int
    end: int = attrs.field(validator=_check_offsets)
    text: str
    entity: str | None = None
    role: str | None = None


@attrs.frozen
class TimeRef:
    """The time a claim or event is placed at: a TimeML value, with its span when in the text."""

    value: str
    start: int | None = None
    end: int | None = attrs.field(default=None, validator=_check_offsets)


def _check_confidence(instance: Any, attribute: attrs.Attribute[Any], value: float | None) -> None:
    if value is not None and not 0.0 <= value <= 1.0:
        raise ValueError(f"confidence must lie in [0, 1], got {value!r}")


@attrs.frozen(kw_only=True)
class Claim:
    """Something asserted by a source: a quote or reported speech.

    ``kind`` is ``direct``, ``mixed`` or ``indirect`` for the built-in quote extractor, but open:
    plugins may add kinds of their own.
    """

    kind: str
    content: tuple[TextSpan, ...] = attrs.field(converter=_as_tuple)
    speaker: Speaker | None = None
    cue: TextSpan | None = None
    time: TimeRef | None = None
    confidence: float | None = attrs.field(default=None, validator=_check_confidence)
    plugin: str | None = None


@attrs.frozen
class Participant:
    """A person in an event role: the name, and the span of its mention when there is one."""

    name: str
    start: int | None = None
    end: int | None = attrs.field(default=None, validator=_check_offsets)


def _check_modality(instance: Any, attribute: attrs.Attribute[Any], value: str) -> None:
    if value not in MODALITIES:
        raise ValueError(f"Event.modality must be one of {sorted(MODALITIES)}, got {value!r}")


@attrs.frozen(kw_only=True)
class Event:
    """A dated happening with roles, such as an office-holder change.

    ``type`` is an open string; the office types are ``office.start``, ``office.end``,
    ``office.extend``, ``office.nominate``, ``office.elect`` and ``office.hold``. ``id`` is unique
    within the analysis and is what ``links`` refer to. ``source`` is the speaker when the event
    is reported inside a claim.
    """

    id: str
    type: str
    person: Participant | None = None
    position: str | None = None
    organization: str | None = None
    predecessor: Participant | None = None
    successor: Participant | None = None
    time: TimeRef | None = None
    modality: str = attrs.field(default="asserted", validator=_check_modality)
    source: Participant | None = None
    links: tuple[str, ...] = attrs.field(default=(), converter=_as_tuple)
    evidence: Span | None = None
    plugin: str | None = None


#: Everything an extraction stage may return (metadata has its own stage and type).
Fact = Mention | TimeExpression | Claim | Event


# --- documents and analyses --------------------------------------------------------------------


def _text_id(text: str) -> str:
    return "text-" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]


@attrs.frozen(kw_only=True)
class Document:
    """An article's text and what the caller already knows about it.

    ``published`` is the document creation time (DCT) as an ISO date or datetime; relative dates
    are anchored on it. ``meta`` holds any other fields of the input record.
    """

    id: str
    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: str | None = attrs.field(default=None, converter=normalize_published)
    meta: Mapping[str, Any] = attrs.field(factory=dict)

    @classmethod
    def from_text(
        cls, text: str, *, id: str | None = None, published: str | _dt.date | None = None
    ) -> Document:
        """A document for a bare string; without ``id``, one is derived from the text's hash."""
        return cls(id=id if id is not None else _text_id(text), text=text, published=published)


@attrs.frozen
class Problem:
    """A failure or warning recorded for one document.

    ``plugin`` is the plugin's name (or ``"stoltlib"`` for the core), ``stage`` the hook stage
    ("read", "metadata", "mentions", "claims", "events"), ``type`` the exception class name or a
    short kind ("invalid-span", "empty-document"), ``message`` a human-readable explanation.
    """

    plugin: str
    stage: str
    type: str
    message: str


@attrs.frozen(kw_only=True)
class Analysis:
    """A document and everything extracted from it.

    ``published`` is the document creation time actually used: the caller's, else the one the
    metadata stage found in the text, else ``None``.
    """

    document: Document
    published: str | None = attrs.field(default=None, converter=normalize_published)
    metadata: Metadata = attrs.field(factory=Metadata)
    times: tuple[TimeExpression, ...] = attrs.field(default=(), converter=_as_tuple)
    mentions: tuple[Mention, ...] = attrs.field(default=(), converter=_as_tuple)
    claims: tuple[Claim, ...] = attrs.field(default=(), converter=_as_tuple)
    events: tuple[Event, ...] = attrs.field(default=(), converter=_as_tuple)
    errors: tuple[Problem, ...] = attrs.field(default=(), converter=_as_tuple)
    warnings: tuple[Problem, ...] = attrs.field(default=(), converter=_as_tuple)

    @property
    def id(self) -> str:
        """The document's id."""
        return self.document.id

    @property
    def text(self) -> str:
        """The document's text, which every span indexes."""
        return self.document.text

    @property
    def is_english(self) -> bool:
        """Whether English-only extractors should read the document.

        True unless the metadata stage found another language: stoltlib's extractors are
        English-only, and a document guessed to be in another language is left alone.
        """
        return self.metadata.language in (None, "en")

    def facts(self) -> tuple[Fact, ...]:
        """Times, mentions, claims and events, in that order."""
        return (*self.times, *self.mentions, *self.claims, *self.events)
