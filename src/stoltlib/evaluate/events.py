"""Scoring office-holder events against gold annotations, and reading gold files.

These are the scorers behind stoltlib's office-events benchmark (``benchmarks/offices/``),
public so that users can measure stoltlib, or any other tool, on articles they annotated
themselves. Everything here is a pure function of its arguments.

Gold (:func:`read_gold`)
    One JSON object a line: ``{"file", "newid", "events": [...]}`` (a line may use ``"id"``
    instead of ``file``/``newid``). An event has ``type``, ``modality``, ``evidence`` (``start``,
    ``end``, ``text``) and the roles ``person``, ``position``, ``organization``,
    ``predecessor``, ``successor`` (each ``{"text", "start", "end"}`` or null; a person may add
    ``name``, its full name when the mention is partial or a pronoun) and ``time`` (``{"value",
    "text", "start", "end"}`` or null). ``benchmarks/offices/GUIDELINES.md`` says what is
    annotated.

Predictions (:func:`as_event`)
    :class:`stoltlib.Event` values, or their mappings in the JSON contract (``person`` as
    ``{"name", "start", "end"}``, ``position`` and ``organization`` as strings, ``time`` as
    ``{"value", ...}``), or gold-shaped mappings.

Matching (:func:`score_events`), per document, one-to-one
    A prediction can match a gold event of the same ``type`` whose person it matches
    (:func:`person_matches`): the names are equal after folding case, accents, punctuation
    and spacing (against the gold mention's text or its full ``name``), or their last words
    are equal and the mention spans overlap; two events without a person match each other.
    Among the possible pairs, those whose evidence spans overlap go first, then the pairs
    whose evidence starts lie closest; each event is used once. Unmatched gold events are
    misses, unmatched predictions are spurious.

Figures (:class:`EventSummary`, micro-averaged over documents)
    - event precision, recall and F1 (type + person), overall and per type;
    - on the matched pairs, the accuracy of each role (:data:`ROLES`), counted over the pairs
      where the gold event or the prediction has a value (both empty is not counted): a
      ``position`` is right when equal after folding (case, punctuation, spacing, a leading
      article); an ``organization`` when, after folding and dropping articles and legal
      suffixes (:data:`LEGAL_SUFFIXES`), the names are equal or one opens the other with only
      descriptive words after it (:data:`NAME_TAIL_WORDS`: "Reebok" and "Reebok International
      Ltd", not "Bank" and "Bank of America"); ``predecessor`` and ``successor`` by the person
      rule;
      ``time`` when the values are equal; ``modality`` when equal (counted on every pair).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

from stoltlib.evaluate.metadata import FieldAccuracy
from stoltlib.organizations import fold

__all__ = [
    "EVENT_TYPES",
    "LEGAL_SUFFIXES",
    "ROLES",
    "EventItem",
    "EventMatch",
    "EventScore",
    "EventSummary",
    "GoldFormatError",
    "RoleText",
    "TypeFigures",
    "as_event",
    "organization_matches",
    "person_matches",
    "position_matches",
    "read_gold",
    "score_events",
    "summarize_events",
]

#: The office event types of DESIGN.md.
EVENT_TYPES = (
    "office.start",
    "office.end",
    "office.extend",
    "office.nominate",
    "office.elect",
    "office.hold",
)
_MODALITIES = frozenset({"asserted", "expected", "planned", "possible", "negated"})
#: The fields scored on matched pairs.
ROLES = ("position", "organization", "predecessor", "successor", "time", "modality")
#: Words dropped from the end of an organisation's name before comparing.
#: Words a company's name may add after the part everyone calls it by, which do not make it
#: another organisation: "Reebok International Ltd" is "Reebok".
NAME_TAIL_WORDS = frozenset(
    {"international", "industries", "enterprises", "worldwide", "global", "usa", "us"}
)

LEGAL_SUFFIXES = frozenset(
    {
        "inc", "incorporated", "corp", "corporation", "co", "cos", "company", "companies",
        "ltd", "limited", "plc", "llc", "lp", "sa", "ag", "nv", "bv", "spa", "ab", "as",
        "group", "holdings",
    }
)  # fmt: skip
_ARTICLES = frozenset({"the", "a", "an"})
_PERSON_ROLES = ("person", "predecessor", "successor")


class GoldFormatError(ValueError):
    """A gold line that does not have the documented shape."""


@attrs.frozen
class RoleText:
    """A role's text, its span when it has one, and (persons) the full name."""

    text: str
    start: int | None = None
    end: int | None = None
    name: str | None = None

    @property
    def full(self) -> str:
        """The full name when given, else the text."""
        return self.name or self.text

    def overlaps(self, other: RoleText) -> bool:
        """Whether both have spans and the spans share a character."""
        if self.start is None or self.end is None or other.start is None or other.end is None:
            return False
        return min(self.end, other.end) > max(self.start, other.start)


@attrs.frozen(kw_only=True)
class EventItem:
    """An event, gold or predicted, reduced to what the scorer compares."""

    id: str | None = None
    type: str
    person: RoleText | None = None
    position: RoleText | None = None
    organization: RoleText | None = None
    predecessor: RoleText | None = None
    successor: RoleText | None = None
    time: RoleText | None = None
    time_value: str | None = None
    modality: str = "asserted"
    evidence: RoleText | None = None
    links: tuple[str, ...] = ()

    def spans(self) -> Iterator[tuple[str, RoleText]]:
        """``(role, text)`` for every role that has a span, evidence included."""
        for role in (*_PERSON_ROLES, "position", "organization", "time", "evidence"):
            value = getattr(self, role)
            if value is not None and value.start is not None:
                yield role, value


def _get(value: Any, name: str) -> Any:
    if isinstance(value, Mapping):
        return value.get(name)
    return getattr(value, name, None)


def _role(value: Any) -> RoleText | None:
    """A role from a string, a gold ``{"text", ...}``, a ``{"name", ...}`` or a model value."""
    if value is None:
        return None
    if isinstance(value, str):
        return RoleText(value)
    text = _get(value, "text")
    name = _get(value, "name")
    if text is None and name is None:
        text = _get(value, "value")
    if text is None:
        text, name = name, None
    if not isinstance(text, str):
        raise GoldFormatError(f"a role needs a text or a name, got {value!r}")
    start, end = _get(value, "start"), _get(value, "end")
    return RoleText(
        text,
        None if start is None else int(start),
        None if end is None else int(end),
        name if isinstance(name, str) and name != text else None,
    )


def as_event(event: Any) -> EventItem:
    """An :class:`EventItem` from a :class:`stoltlib.Event`, a JSON mapping or an item."""
    if isinstance(event, EventItem):
        return event
    time = _get(event, "time")
    evidence = _get(event, "evidence")
    return EventItem(
        id=_get(event, "id"),
        type=str(_get(event, "type")),
        person=_role(_get(event, "person")),
        position=_role(_get(event, "position")),
        organization=_role(_get(event, "organization")),
        predecessor=_role(_get(event, "predecessor")),
        successor=_role(_get(event, "successor")),
        time=_role(time) if time is not None and _get(time, "text") is not None else None,
        time_value=None if time is None else _get(time, "value"),
        modality=str(_get(event, "modality") or "asserted"),
        evidence=None
        if evidence is None
        else RoleText(
            str(_get(evidence, "text") or ""),
            int(_get(evidence, "start")),
            int(_get(evidence, "end")),
        ),
        links=tuple(_get(event, "links") or ()),
    )


# --- reading gold ------------------------------------------------------------------------------

_SPAN_KEYS = ("text", "start", "end")


def _check_span(where: str, role: str, value: Any, keys: Sequence[str] = _SPAN_KEYS) -> None:
    if value is None and role not in ("evidence",):
        return
    if not isinstance(value, Mapping) or any(key not in value for key in keys):
        raise GoldFormatError(f"{where}: {role} must be null or an object with {list(keys)}")
    if not isinstance(value["start"], int) or not isinstance(value["end"], int):
        raise GoldFormatError(f"{where}: {role} offsets must be integers")
    if not 0 <= value["start"] <= value["end"]:
        raise GoldFormatError(f"{where}: {role} has start > end")


def _check_event(where: str, event: Any) -> None:
    if not isinstance(event, Mapping):
        raise GoldFormatError(f"{where}: an event must be an object")
    if event.get("type") not in EVENT_TYPES:
        raise GoldFormatError(f"{where}: type must be one of {list(EVENT_TYPES)}")
    if event.get("modality") not in _MODALITIES:
        raise GoldFormatError(f"{where}: modality must be one of {sorted(_MODALITIES)}")
    for role in (*_PERSON_ROLES, "position", "organization"):
        _check_span(where, role, event.get(role))
    _check_span(where, "time", event.get("time"), ("value", *_SPAN_KEYS))
    _check_span(where, "evidence", event.get("evidence"))


def read_gold(source: Path | str | Iterable[str]) -> dict[tuple[str, str], list[EventItem]]:
    """The gold events of a JSON-lines file (a path, or its lines), by document, in file order.

    A document's key is ``(file, newid)``, or ``(id, "")`` for a line with an ``id``. Raises
    :class:`GoldFormatError` naming the line when a line is not JSON, lacks a key, repeats a
    document, or holds an event of the wrong shape (unknown type or modality, a role that is
    not null or a span with text).
    """
    if isinstance(source, (str, Path)):
        lines: Iterable[str] = Path(source).read_text(encoding="utf-8").splitlines()
    else:
        lines = source
    gold: dict[tuple[str, str], list[EventItem]] = {}
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"gold line {number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise GoldFormatError(f"{where}: not JSON ({error.msg})") from None
        if not isinstance(record, Mapping):
            raise GoldFormatError(f"{where}: not a JSON object")
        if "file" in record and "newid" in record:
            key = (str(record["file"]), str(record["newid"]))
        elif "id" in record:
            key = (str(record["id"]), "")
        else:
            raise GoldFormatError(f"{where}: needs 'file' and 'newid' (or 'id')")
        events = record.get("events")
        if not isinstance(events, list):
            raise GoldFormatError(f"{where}: 'events' must be a list")
        if key in gold:
            raise GoldFormatError(f"{where}: document {key} repeats an earlier line")
        for index, event in enumerate(events):
            _check_event(f"{where}, event {index + 1}", event)
        gold[key] = [as_event(event) for event in events]
    return gold


# --- comparing ---------------------------------------------------------------------------------


def _words(text: str) -> list[str]:
    """A text's words as compared: the library's folding (case, accents, punctuation)."""
    return fold(text).split()


def person_matches(gold: RoleText | None, predicted: RoleText | None) -> bool:
    """Whether a predicted person is the gold one (see the module docstring)."""
    if gold is None or predicted is None:
        return gold is None and predicted is None
    found = _words(predicted.full)
    if not found:
        return False
    if found in (_words(gold.text), _words(gold.full)):
        return True
    last = _words(gold.full)
    return bool(last) and last[-1] == found[-1] and gold.overlaps(predicted)


def position_matches(gold: RoleText | None, predicted: RoleText | None) -> bool:
    """Whether two titles are equal after folding case, punctuation, spacing and an article."""
    if gold is None or predicted is None:
        return gold is None and predicted is None

    def key(role: RoleText) -> list[str]:
        words = _words(role.text)
        return words[1:] if words and words[0] in _ARTICLES else words

    return key(gold) == key(predicted)


def _organization_key(text: str) -> list[str]:
    words = [word for word in _words(text) if word not in _ARTICLES]
    while words and words[-1] in LEGAL_SUFFIXES:
        words.pop()
    return words


def organization_matches(gold: RoleText | None, predicted: RoleText | None) -> bool:
    """Whether two organisations are one (module docstring).

    After folding and dropping articles and legal suffixes, the names are equal, or one opens
    the other and what the longer adds are descriptive words of a company's name
    (:data:`NAME_TAIL_WORDS`: "Reebok" and "Reebok International Ltd"). "Bank" is not "Bank of
    America", nor "American Express Co" "American Express Bank Ltd", nor "Western Union Corp"
    "Western Union Corp. Last" (a name run into the next sentence).
    """
    if gold is None or predicted is None:
        return gold is None and predicted is None
    a, b = _organization_key(gold.text), _organization_key(predicted.text)
    if not a or not b:
        return a == b
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return long[: len(short)] == short and all(w in NAME_TAIL_WORDS for w in long[len(short) :])


def _role_right(
    role: str,
    gold: EventItem,
    predicted: EventItem,
    position_key: Callable[[str], str] | None = None,
) -> bool | None:
    """Whether a matched pair agrees on a role; None when neither has a value.

    ``position_key``, when given, names the office a title stands for (an extractor's
    canonical "Chief Executive Officer" for the gold's "chief executive"): positions are then
    compared by it, the rest as without it.
    """
    if role == "modality":
        return gold.modality == predicted.modality
    if role == "time":
        if gold.time_value is None and predicted.time_value is None:
            return None
        return gold.time_value == predicted.time_value
    mine, theirs = getattr(gold, role), getattr(predicted, role)
    if mine is None and theirs is None:
        return None
    if role in ("predecessor", "successor"):
        return person_matches(mine, theirs)
    if role == "organization":
        return organization_matches(mine, theirs)
    if position_key is not None and mine is not None and theirs is not None:
        return position_key(mine.text) == position_key(theirs.text)
    return position_matches(mine, theirs)


# --- scoring -----------------------------------------------------------------------------------


@attrs.frozen
class EventMatch:
    """A gold event with its matched prediction and, per role, whether they agree."""

    gold: EventItem
    predicted: EventItem
    roles: Mapping[str, bool | None]


@attrs.frozen
class EventScore:
    """One document's matches, with the gold events missed and the predictions spurious."""

    matches: tuple[EventMatch, ...]
    missed: tuple[EventItem, ...]
    spurious: tuple[EventItem, ...]


def _pair_order(gold: EventItem, predicted: EventItem) -> tuple[int, int]:
    """Sort key of a possible pair: overlapping evidence first, then the nearest."""
    if gold.evidence is None or predicted.evidence is None:
        return (1, 0)
    overlap = gold.evidence.overlaps(predicted.evidence)
    distance = abs((gold.evidence.start or 0) - (predicted.evidence.start or 0))
    return (0 if overlap else 1, distance)


def score_events(
    predicted: Iterable[Any],
    gold: Iterable[Any],
    *,
    position_key: Callable[[str], str] | None = None,
) -> EventScore:
    """Match one document's predicted events to its gold events (see the module docstring).

    Both may hold :class:`EventItem` values, :class:`stoltlib.Event` values or mappings.
    ``position_key`` compares positions by the office each title stands for (see
    :func:`_role_right`), for an extractor that normalises titles against a gold written as
    the text writes them.
    """
    found = [as_event(item) for item in predicted]
    wanted = [as_event(item) for item in gold]
    pairs = sorted(
        (
            (_pair_order(g, p), i, j)
            for i, g in enumerate(wanted)
            for j, p in enumerate(found)
            if g.type == p.type and person_matches(g.person, p.person)
        ),
    )
    used_gold: dict[int, int] = {}
    used_predicted: set[int] = set()
    for _, i, j in pairs:
        if i in used_gold or j in used_predicted:
            continue
        used_gold[i] = j
        used_predicted.add(j)
    matches = tuple(
        EventMatch(
            wanted[i],
            found[j],
            {role: _role_right(role, wanted[i], found[j], position_key) for role in ROLES},
        )
        for i, j in sorted(used_gold.items())
    )
    missed = tuple(event for i, event in enumerate(wanted) if i not in used_gold)
    spurious = tuple(event for j, event in enumerate(found) if j not in used_predicted)
    return EventScore(matches, missed, spurious)


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@attrs.frozen
class TypeFigures:
    """Counts and figures for one event type (or all of them)."""

    gold: int = 0
    predicted: int = 0
    matched: int = 0

    @property
    def precision(self) -> float:
        """Matched predictions over predictions (0.0 without predictions)."""
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        """Matched gold events over gold events (0.0 without gold events)."""
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        """The harmonic mean of precision and recall."""
        return _f1(self.precision, self.recall)

    def as_dict(self) -> dict[str, float | int]:
        """Every count and figure, by name."""
        return {
            **attrs.asdict(self),
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


@attrs.frozen
class EventSummary:
    """Micro-averaged figures over documents: all events, by type, and role accuracy."""

    documents: int
    overall: TypeFigures
    by_type: Mapping[str, TypeFigures]
    roles: Mapping[str, FieldAccuracy]

    def as_dict(self) -> dict[str, Any]:
        """The summary as plain values."""
        return {
            "documents": self.documents,
            **self.overall.as_dict(),
            "by_type": {name: figures.as_dict() for name, figures in self.by_type.items()},
            "roles": {
                name: {**attrs.asdict(acc), "accuracy": acc.accuracy}
                for name, acc in self.roles.items()
            },
        }


def _type_order(name: str) -> tuple[int, str]:
    """The office types in DESIGN.md's order, then any other type by name."""
    if name in EVENT_TYPES:
        return (EVENT_TYPES.index(name), "")
    return (len(EVENT_TYPES), name)


def summarize_events(scores: Iterable[EventScore]) -> EventSummary:
    """Micro-averaged figures over documents' scores; ``by_type`` lists every type seen."""
    scored = list(scores)
    counts: dict[str, list[int]] = {}

    def add(kind: str, slot: int) -> None:
        counts.setdefault(kind, [0, 0, 0])[slot] += 1

    roles = dict.fromkeys(ROLES, FieldAccuracy())
    for score in scored:
        for match in score.matches:
            add(match.gold.type, 0)
            add(match.predicted.type, 1)
            add(match.gold.type, 2)
            for role in ROLES:
                roles[role] = roles[role].add(match.roles[role])
        for event in score.missed:
            add(event.type, 0)
        for event in score.spurious:
            add(event.type, 1)
    by_type = {name: TypeFigures(*counts[name]) for name in sorted(counts, key=_type_order)}
    overall = TypeFigures(
        sum(f.gold for f in by_type.values()),
        sum(f.predicted for f in by_type.values()),
        sum(f.matched for f in by_type.values()),
    )
    return EventSummary(len(scored), overall, by_type, roles)
