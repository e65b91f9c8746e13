"""Figures found in a text, and the figures someone claimed: pure functions, no plugin state.

:func:`find_figures` gives one :class:`stoltlib.Mention` per figure. Its ``kind`` says what
sort of figure it is (:data:`KINDS`), its ``entity`` is the figure's value written one way
whatever the spelling ("2%", "USD 1500000000", "1/4", "31"), and its ``role`` is what the
figure counts or measures when the text says so ("GDP", "troops", "allied governments").

:func:`claimed_figures` gives one :class:`stoltlib.Event` of type ``figure.claimed`` per figure
that lies inside a claim's content, with the claim's speaker as its ``source``: who put the
number forward.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal, InvalidOperation
from typing import Any

from stoltlib import Analysis, Event, Mention, Participant, Span

from stoltlib_figures.patterns import (
    COUNT,
    MONEY,
    NUMBER_WORDS,
    PERCENT,
    SCALES,
    SHARE,
    SHARE_WORDS,
)

__all__ = ["KINDS", "claimed_figures", "find_figures", "number_value"]

#: The mention kinds this plugin returns, one per pattern, in the order they are tried.
KINDS = ("figure.money", "figure.percent", "figure.share", "figure.count")

_CURRENCIES = {
    "$": "USD", "us$": "USD", "dollars": "USD", "usd": "USD", "€": "EUR", "euros": "EUR",
    "eur": "EUR", "£": "GBP", "pounds": "GBP", "gbp": "GBP", "¥": "JPY", "yen": "JPY",
    "jpy": "JPY",
}  # fmt: skip

Skip = Callable[[int, int], Any]


def number_value(number: str, scale: str | None = None) -> Decimal | None:
    """The value of a number as written ("30,000", "1.5", "twenty"), times its scale word."""
    text = number.lower().replace(",", "")
    if text in NUMBER_WORDS:
        value = Decimal(NUMBER_WORDS[text])
    else:
        try:
            value = Decimal(text)
        except InvalidOperation:
            return None
    if scale:
        value *= SCALES[scale.lower()]
    return value


def _plain(value: Decimal) -> str:
    """A decimal without exponent or trailing zeros ("1500000000", "2.5")."""
    return format(value.normalize(), "f")


def _money(match: Any) -> str | None:
    value = number_value(match.group("number"), match.group("scale"))
    currency = _CURRENCIES.get(match.group("currency").lower())
    return f"{currency} {_plain(value)}" if value is not None and currency else None


def _percent(match: Any) -> str | None:
    value = number_value(match.group("number"))
    return f"{_plain(value)}%" if value is not None else None


def _share(match: Any) -> str | None:
    number = (match.group("number") or "one").lower()
    numerator = 1 if number == "a" else NUMBER_WORDS.get(number)
    denominator = SHARE_WORDS[match.group("part").lower()]
    return f"{numerator}/{denominator}" if numerator else None


def _count(match: Any) -> str | None:
    value = number_value(match.group("number"), match.group("scale"))
    return _plain(value) if value is not None else None


_RULES = (
    ("figure.money", MONEY, _money),
    ("figure.percent", PERCENT, _percent),
    ("figure.share", SHARE, _share),
    ("figure.count", COUNT, _count),
)


def find_figures(text: str, *, skip: Skip | None = None) -> Iterator[Mention]:
    """Every figure in ``text``, in text order, none overlapping another.

    Where two patterns match overlapping text, the earlier kind in :data:`KINDS` wins ("$5
    million" is money, not a count). ``skip(start, end)`` returning a true value leaves a figure
    out (the pipeline passes ``analysis.metadata.boilerplate_at``).
    """
    found: list[tuple[int, int, Mention]] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern, normalise in _RULES:
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(start < b and a < end for a, b in taken):
                continue
            if skip is not None and skip(start, end):
                continue
            value = normalise(match)
            if value is None:
                continue
            what = match.group("what") if "what" in pattern.groupindex else None
            what = " ".join(what.split()) if what else None  # "allied\n governments"
            taken.append((start, end))
            mention = Mention(
                kind=kind, start=start, end=end, text=match.group(), entity=value, role=what
            )
            found.append((start, end, mention))
    for _, _, mention in sorted(found, key=lambda item: item[:2]):
        yield mention


def claimed_figures(analysis: Analysis, figures: Iterable[Mention]) -> Iterator[Event]:
    """A ``figure.claimed`` event for each figure inside a claim's content (see the module).

    Event ids are ``figures-1``, ``figures-2``, ...: prefixed, so that they cannot collide with
    another plugin's ids in the same document.
    """
    figures = list(figures)
    number = 0
    for claim in analysis.claims:
        speaker = claim.speaker
        source = (
            Participant(speaker.entity or speaker.text, speaker.start, speaker.end)
            if speaker
            else None
        )
        for piece in claim.content:
            for figure in figures:
                if piece.start <= figure.start and figure.end <= piece.end:
                    number += 1
                    yield Event(
                        id=f"figures-{number}",
                        type="figure.claimed",
                        source=source,
                        time=claim.time,
                        evidence=Span(figure.start, figure.end),
                    )
