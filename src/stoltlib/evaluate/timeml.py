"""Scoring temporal expressions TempEval-3 style, and reading TimeML ``.tml`` files.

These are the scorers behind stoltlib's dates benchmark, public so that users can measure
stoltlib (or any other tool) on text they annotated themselves. Everything here is a pure
function of its arguments.

Matching
    Text is cut into tokens (runs of letters and digits, and each other non-space character).
    A predicted expression **matches** a gold one when they share a token (relaxed match); each
    gold expression is matched to at most one prediction and each prediction to at most one gold
    expression, the pair sharing the most tokens first, earlier ones first on a tie. A match is
    **strict** when both cover exactly the same tokens (so "on Friday" and "Friday" match
    relaxed, not strict).

Figures (:class:`TimexSummary`, micro-averaged over documents)
    - relaxed and strict precision, recall and F1;
    - type accuracy and value accuracy over the relaxed matches (values compared as exact
      strings: ``2012-08`` is not ``2012-08-01``);
    - value F1 = relaxed F1 x value accuracy (and type F1 likewise), the TempEval-3 headline.

Gold and predictions
    :class:`Timex` values (offsets into the document's text, TimeML ``type``, ``value`` and
    ``mod``); a :class:`stoltlib.TimeExpression` or a mapping with those keys is accepted too.
    :func:`read_tml` turns a TimeML file into the text with its gold expressions and its
    document creation time.
"""

from __future__ import annotations

import bisect
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs
import regex

__all__ = [
    "TimeMLDocument",
    "Timex",
    "TimexMatch",
    "TimexScore",
    "TimexSummary",
    "as_timex",
    "read_tml",
    "score_times",
    "summarize_times",
    "token_spans",
]

# A token: a run of letters, marks and digits, or any other single non-space character.
_TOKEN = regex.compile(r"[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]")


@attrs.frozen
class Timex:
    """A temporal expression: offsets into the text, TimeML type, value and modifier."""

    start: int
    end: int
    type: str
    value: str
    mod: str | None = None
    text: str | None = None


def as_timex(item: Any) -> Timex:
    """A :class:`Timex` from a Timex, a :class:`stoltlib.TimeExpression` or a mapping."""
    if isinstance(item, Timex):
        return item
    if isinstance(item, Mapping):
        return Timex(
            int(item["start"]),
            int(item["end"]),
            str(item.get("type") or ""),
            str(item.get("value") or ""),
            item.get("mod"),
            item.get("text"),
        )
    return Timex(item.start, item.end, item.type, item.value, item.mod, item.text)


def token_spans(text: str) -> list[tuple[int, int]]:
    """The tokens of ``text`` as ``(start, end)`` offsets."""
    return [match.span() for match in _TOKEN.finditer(text)]


def _token_range(tokens: Sequence[tuple[int, int]], starts: list[int], timex: Timex) -> range:
    """Indices of the tokens that ``timex`` overlaps (empty when it covers no token)."""
    first = bisect.bisect_right(starts, timex.start) - 1
    if first < 0 or tokens[first][1] <= timex.start:
        first += 1
    last = bisect.bisect_left(starts, timex.end)
    return range(max(first, 0), last)


@attrs.frozen
class TimexMatch:
    """A gold expression and the prediction matched to it."""

    gold: Timex
    predicted: Timex
    strict: bool

    @property
    def type_correct(self) -> bool:
        """Whether the types agree."""
        return self.gold.type == self.predicted.type

    @property
    def value_correct(self) -> bool:
        """Whether the values are the same string."""
        return self.gold.value == self.predicted.value


@attrs.frozen
class TimexScore:
    """One document's matches, and what was left unmatched on either side."""

    matches: tuple[TimexMatch, ...]
    missed: tuple[Timex, ...]
    spurious: tuple[Timex, ...]

    @property
    def gold(self) -> int:
        """How many gold expressions the document has."""
        return len(self.matches) + len(self.missed)

    @property
    def predicted(self) -> int:
        """How many expressions were predicted."""
        return len(self.matches) + len(self.spurious)


def score_times(predicted: Iterable[Any], gold: Iterable[Any], text: str) -> TimexScore:
    """Match predictions to gold expressions in one document's ``text`` (see the module doc)."""
    predictions = sorted((as_timex(p) for p in predicted), key=lambda t: (t.start, t.end))
    golds = sorted((as_timex(g) for g in gold), key=lambda t: (t.start, t.end))
    tokens = token_spans(text)
    starts = [start for start, _ in tokens]
    gold_tokens = [set(_token_range(tokens, starts, g)) for g in golds]
    predicted_tokens = [set(_token_range(tokens, starts, p)) for p in predictions]
    pairs = []
    for gi, g_set in enumerate(gold_tokens):
        for pi, p_set in enumerate(predicted_tokens):
            shared = len(g_set & p_set)
            if shared:
                pairs.append((-shared, gi, pi))
    pairs.sort()
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    matches = []
    for _, gi, pi in pairs:
        if gi in used_gold or pi in used_predicted:
            continue
        used_gold.add(gi)
        used_predicted.add(pi)
        strict = gold_tokens[gi] == predicted_tokens[pi]
        matches.append(TimexMatch(golds[gi], predictions[pi], strict))
    matches.sort(key=lambda match: (match.gold.start, match.gold.end))
    return TimexScore(
        matches=tuple(matches),
        missed=tuple(g for gi, g in enumerate(golds) if gi not in used_gold),
        spurious=tuple(p for pi, p in enumerate(predictions) if pi not in used_predicted),
    )


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@attrs.frozen
class TimexSummary:
    """Micro-averaged TempEval-3 figures over any number of documents."""

    gold: int
    predicted: int
    relaxed: int
    strict: int
    type_correct: int
    value_correct: int

    @property
    def relaxed_precision(self) -> float:
        """Relaxed matches over predictions."""
        return _ratio(self.relaxed, self.predicted)

    @property
    def relaxed_recall(self) -> float:
        """Relaxed matches over gold expressions."""
        return _ratio(self.relaxed, self.gold)

    @property
    def relaxed_f1(self) -> float:
        """Harmonic mean of relaxed precision and recall."""
        return _f1(self.relaxed_precision, self.relaxed_recall)

    @property
    def strict_precision(self) -> float:
        """Strict matches over predictions."""
        return _ratio(self.strict, self.predicted)

    @property
    def strict_recall(self) -> float:
        """Strict matches over gold expressions."""
        return _ratio(self.strict, self.gold)

    @property
    def strict_f1(self) -> float:
        """Harmonic mean of strict precision and recall."""
        return _f1(self.strict_precision, self.strict_recall)

    @property
    def type_accuracy(self) -> float:
        """Share of relaxed matches whose types agree."""
        return _ratio(self.type_correct, self.relaxed)

    @property
    def value_accuracy(self) -> float:
        """Share of relaxed matches whose values are the same string."""
        return _ratio(self.value_correct, self.relaxed)

    @property
    def type_f1(self) -> float:
        """Relaxed F1 times type accuracy."""
        return self.relaxed_f1 * self.type_accuracy

    @property
    def value_f1(self) -> float:
        """Relaxed F1 times value accuracy: the TempEval-3 headline figure."""
        return self.relaxed_f1 * self.value_accuracy

    def as_dict(self) -> dict[str, float | int]:
        """Counts and figures, for reports."""
        names = (
            "relaxed_precision",
            "relaxed_recall",
            "relaxed_f1",
            "strict_precision",
            "strict_recall",
            "strict_f1",
            "type_accuracy",
            "value_accuracy",
            "type_f1",
            "value_f1",
        )
        counts: dict[str, float | int] = attrs.asdict(self)
        return {**counts, **{name: getattr(self, name) for name in names}}


def summarize_times(scores: Iterable[TimexScore]) -> TimexSummary:
    """Add up per-document scores into micro-averaged figures."""
    gold = predicted = relaxed = strict = type_correct = value_correct = 0
    for score in scores:
        gold += score.gold
        predicted += score.predicted
        relaxed += len(score.matches)
        strict += sum(match.strict for match in score.matches)
        type_correct += sum(match.type_correct for match in score.matches)
        value_correct += sum(match.value_correct for match in score.matches)
    return TimexSummary(gold, predicted, relaxed, strict, type_correct, value_correct)


@attrs.frozen
class TimeMLDocument:
    """A TimeML document: its id, creation time, plain text and gold expressions."""

    id: str
    dct: str | None
    text: str
    timexes: tuple[Timex, ...]


def _walk(element: ElementTree.Element, pieces: list[str], found: list[Timex], at: int) -> int:
    """Append ``element``'s text to ``pieces`` and its TIMEX3s to ``found``; return the offset."""
    if element.text:
        pieces.append(element.text)
        at += len(element.text)
    for child in element:
        start = at
        at = _walk(child, pieces, found, at)
        if child.tag == "TIMEX3":
            found.append(
                Timex(start, at, child.get("type", ""), child.get("value", ""), child.get("mod"))
            )
        if child.tail:
            pieces.append(child.tail)
            at += len(child.tail)
    return at


def read_tml(source: str | Path, id: str | None = None) -> TimeMLDocument:
    """Read a TimeML document (a path, or the XML itself) into text, DCT and gold expressions.

    The text is the content of ``<TEXT>`` with every tag removed and entities decoded; the gold
    expressions are its ``TIMEX3`` elements, with offsets into that text. The creation time is
    the value of the ``TIMEX3`` in ``<DCT>`` (``None`` when there is none).
    """
    if isinstance(source, Path) or (
        isinstance(source, str) and not source.lstrip().startswith("<")
    ):
        path = Path(source)
        xml = path.read_text(encoding="utf-8")
        name = id or path.stem
    else:
        xml = str(source)
        name = id or "timeml"
    root = ElementTree.fromstring(xml)
    dct_timex = root.find("DCT/TIMEX3")
    dct = dct_timex.get("value") if dct_timex is not None else None
    body = root.find("TEXT")
    pieces: list[str] = []
    found: list[Timex] = []
    if body is not None:
        _walk(body, pieces, found, 0)
    text = "".join(pieces)
    timexes = tuple(attrs.evolve(t, text=text[t.start : t.end]) for t in found)
    return TimeMLDocument(name, dct, text, timexes)
