"""Hypothesis strategies for stoltlib's model, for stoltlib's tests and for plugin authors.

Every analysis these strategies build is valid: its spans lie inside its text and slice back to
the text they claim, so it round-trips through JSON and passes the pipeline's checks.
"""

from __future__ import annotations

import datetime
from typing import Any

from hypothesis import strategies as st

from stoltlib.model import (
    MODALITIES,
    TIMEML_TYPES,
    Analysis,
    Boilerplate,
    Claim,
    Dateline,
    Document,
    Event,
    Found,
    Mention,
    Metadata,
    Participant,
    Problem,
    PublishedDate,
    Span,
    Speaker,
    TextSpan,
    TimeExpression,
    TimeRef,
)

__all__ = [
    "analyses",
    "article_texts",
    "documents",
    "iso_dates",
    "texts",
]

#: Characters news text is made of, and the awkward ones it also holds.
_ALPHABET = st.characters(
    codec="utf-8",
    categories=("L", "M", "N", "P", "S", "Zs", "Cc"),
)

#: Short names and labels for open string fields.
_labels = st.text(st.characters(codec="ascii", categories=("L", "N")), min_size=1, max_size=12)
_maybe_label = st.none() | _labels


def texts(max_size: int = 400) -> st.SearchStrategy[str]:
    """Arbitrary text: any letters, marks, digits, punctuation, symbols, spaces, controls."""
    return st.text(_ALPHABET, max_size=max_size)


_WORDS = (
    "NATO",
    "said",
    "Stoltenberg",
    "the",
    "minister",
    "on",
    "Monday",
    "June",
    "8",
    "2024",
    "“",
    "”",
    '"',
    "'",
    "he",
    "will",
    "replace",
    "former",
    "Secretary",
    "General",
    "according",
    "to",
    ",",
    ".",
    ":",
    "-",
    "(Reuters)",
    "\n",
    "\n\n",
    "By",
    "Share",
)


def article_texts(max_words: int = 80) -> st.SearchStrategy[str]:
    """Text shaped like news: words, names, dates, quote marks, paragraph breaks."""
    words = st.lists(st.sampled_from(_WORDS) | _labels, max_size=max_words)
    return words.map(" ".join)


@st.composite
def iso_dates(draw: st.DrawFn) -> str:
    """An ISO date (``YYYY-MM-DD``) or a datetime with a UTC offset."""
    day = draw(st.dates(min_value=datetime.date(1900, 1, 1)))
    if draw(st.booleans()):
        return str(day.isoformat())
    hour, minute = draw(st.integers(0, 23)), draw(st.integers(0, 59))
    offset = draw(st.sampled_from(["+00:00", "+02:00", "-05:00"]))
    return f"{day.isoformat()}T{hour:02d}:{minute:02d}:00{offset}"


def documents(text: st.SearchStrategy[str] | None = None) -> st.SearchStrategy[Document]:
    """Documents with arbitrary (or the given) text and optional caller-known fields."""
    return st.builds(
        Document,
        id=_labels,
        text=text if text is not None else texts(),
        url=st.none() | _labels.map(lambda s: f"https://example.org/{s}"),
        title=_maybe_label,
        outlet=_maybe_label,
        published=st.none() | iso_dates(),
        meta=st.dictionaries(_labels, st.integers() | _labels, max_size=2),
    )


def _offsets(draw: st.DrawFn, text: str) -> tuple[int, int]:
    a, b = draw(st.integers(0, len(text))), draw(st.integers(0, len(text)))
    return min(a, b), max(a, b)


def _text_span(draw: st.DrawFn, text: str) -> TextSpan:
    return TextSpan.of(text, *_offsets(draw, text))


def _found(draw: st.DrawFn, text: str) -> Found:
    source = draw(_maybe_label)
    if draw(st.booleans()):
        return Found(draw(_labels), source=source)
    return Found.of(text, *_offsets(draw, text), source=source)


def _participant(draw: st.DrawFn, text: str) -> Participant | None:
    if draw(st.booleans()):
        return None
    if draw(st.booleans()):
        return Participant(draw(_labels))
    return Participant(draw(_labels), *_offsets(draw, text))


def _time_ref(draw: st.DrawFn, text: str) -> TimeRef | None:
    choice = draw(st.integers(0, 2))
    if choice == 0:
        return None
    if choice == 1:
        return TimeRef(draw(iso_dates()))
    return TimeRef(draw(iso_dates()), *_offsets(draw, text))


def _metadata(draw: st.DrawFn, text: str) -> Metadata:
    values: dict[str, Any] = {}
    if draw(st.booleans()):
        values["title"] = _found(draw, text)
    values["outlet"] = draw(_maybe_label)
    values["authors"] = [_found(draw, text) for _ in range(draw(st.integers(0, 2)))]
    if draw(st.booleans()):
        start, end = _offsets(draw, text)
        found = draw(st.booleans())
        values["published"] = PublishedDate(
            draw(iso_dates()), draw(_labels), start if found else None, end if found else None
        )
    if draw(st.booleans()):
        values["dateline"] = Dateline(*_offsets(draw, text), draw(_maybe_label), draw(_maybe_label))
    values["agencies"] = draw(st.lists(_labels, max_size=2))
    values["language"] = draw(st.none() | st.sampled_from(["en", "de", "ru"]))
    values["photo_credits"] = [_text_span(draw, text) for _ in range(draw(st.integers(0, 2)))]
    values["boilerplate"] = [
        Boilerplate(*_offsets(draw, text), draw(_labels)) for _ in range(draw(st.integers(0, 2)))
    ]
    values["plugin"] = draw(_maybe_label)
    return Metadata(**values)


def _time_expression(draw: st.DrawFn, text: str) -> TimeExpression:
    start, end = _offsets(draw, text)
    interval = None
    if draw(st.booleans()):
        first, last = sorted([draw(iso_dates())[:10], draw(iso_dates())[:10]])
        interval = (first, last)
    return TimeExpression(
        start=start,
        end=end,
        text=text[start:end],
        type=draw(st.sampled_from(sorted(TIMEML_TYPES))),
        value=draw(_labels),
        mod=draw(st.none() | st.sampled_from(["EARLY", "LATE", "APPROX"])),
        interval=interval,
        plugin=draw(_maybe_label),
    )


def _mention(draw: st.DrawFn, text: str) -> Mention:
    start, end = _offsets(draw, text)
    return Mention(
        kind=draw(st.sampled_from(["person", "organization", "place", "position"])),
        start=start,
        end=end,
        text=text[start:end],
        entity=draw(_maybe_label),
        role=draw(_maybe_label),
        plugin=draw(_maybe_label),
    )


def _claim(draw: st.DrawFn, text: str) -> Claim:
    speaker = None
    if draw(st.booleans()):
        start, end = _offsets(draw, text)
        speaker = Speaker(
            start=start,
            end=end,
            text=text[start:end],
            entity=draw(_maybe_label),
            role=draw(_maybe_label),
        )
    return Claim(
        kind=draw(st.sampled_from(["direct", "mixed", "indirect"]) | _labels),
        content=[_text_span(draw, text) for _ in range(draw(st.integers(1, 3)))],
        speaker=speaker,
        cue=_text_span(draw, text) if draw(st.booleans()) else None,
        time=_time_ref(draw, text),
        confidence=draw(st.none() | st.floats(0, 1)),
        plugin=draw(_maybe_label),
    )


def _event(draw: st.DrawFn, text: str, number: int) -> Event:
    return Event(
        id=f"e{number}",
        type=draw(st.sampled_from(["office.start", "office.end", "office.hold"]) | _labels),
        person=_participant(draw, text),
        position=draw(_maybe_label),
        organization=draw(_maybe_label),
        predecessor=_participant(draw, text),
        successor=_participant(draw, text),
        time=_time_ref(draw, text),
        modality=draw(st.sampled_from(sorted(MODALITIES))),
        source=_participant(draw, text),
        links=draw(st.lists(st.sampled_from(["e1", "e2", "e3"]), max_size=2)),
        evidence=Span(*_offsets(draw, text)) if draw(st.booleans()) else None,
        plugin=draw(_maybe_label),
    )


def _problem() -> st.SearchStrategy[Problem]:
    return st.builds(
        Problem,
        _labels,
        st.sampled_from(["read", "metadata", "claims"]),
        _labels,
        st.text(max_size=30),
    )


@st.composite
def analyses(draw: st.DrawFn, text: st.SearchStrategy[str] | None = None) -> Analysis:
    """Valid analyses: every kind of fact, with spans inside the document's text."""
    document = draw(documents(text))
    body = document.text
    count = st.integers(0, 3)
    return Analysis(
        document=document,
        published=draw(st.none() | iso_dates()),
        metadata=_metadata(draw, body),
        times=[_time_expression(draw, body) for _ in range(draw(count))],
        mentions=[_mention(draw, body) for _ in range(draw(count))],
        claims=[_claim(draw, body) for _ in range(draw(count))],
        events=[_event(draw, body, number) for number in range(1, draw(count) + 1)],
        errors=draw(st.lists(_problem(), max_size=2)),
        warnings=draw(st.lists(_problem(), max_size=2)),
    )
