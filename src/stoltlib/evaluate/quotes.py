"""Scoring quotes and reported speech GenderGapTracker style, and reading PolNeAR's brat files.

These are the scorers behind stoltlib's quotes benchmark, public so that users can measure
stoltlib (or any other tool) on articles they annotated themselves. Everything here is a pure
function of its arguments.

Matching (as the GenderGapTracker's evaluation does it)
    Each gold quote, in order, is matched to the remaining prediction that covers the largest
    share of its characters, when that share is above the threshold: 0.3 for **loose** and 0.8
    for **strict** scores. Coverage is asymmetric, ``|gold ∩ predicted| / |gold|``, over all
    the pieces of each (a split quote has several). A prediction matches at most one gold
    quote; the predictions left over are false positives.

Figures (:class:`QuoteSummary`, micro-averaged over documents)
    - quote precision, recall and F1;
    - **speaker accuracy** over the matched pairs: the speaker is right when both name nobody,
      when the speaker spans overlap, or when the resolved names agree (case and spacing
      folded);
    - **end-to-end** precision, recall and F1, counting a match only when its speaker is right;
    - each also by kind: a gold quote is ``direct`` when its content holds a quotation mark and
      ``indirect`` otherwise; a prediction of kind ``direct`` or ``mixed`` counts as direct.
      Recall by kind is over gold quotes of that kind, precision over predictions of it.

PolNeAR (:func:`read_polnear`)
    PolNeAR annotates attributions with brat: ``Source``, ``Cue`` and ``Content`` spans linked
    by ``E`` lines (``Attribution`` and ``Attribution-no-source``). It attributes beliefs,
    perceptions and intentions too ("he thinks", "polls show", "she wants"), so only **speech**
    is kept (:func:`is_speech`): an attribution whose cue holds a verb or noun of communication
    (:data:`SPEECH_WORDS`, inflected by simple rules) or is a colon, or whose content holds a
    quotation mark (quoting is reporting speech). One annotator per article: the first by
    annotator code of those who annotated it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs
import regex

__all__ = [
    "LOOSE",
    "SPEECH_WORDS",
    "STRICT",
    "GoldDocument",
    "KindFigures",
    "QuoteItem",
    "QuoteMatch",
    "QuoteScore",
    "QuoteSummary",
    "as_quote",
    "coverage",
    "is_speech",
    "read_brat",
    "read_polnear",
    "score_quotes",
    "speaker_matches",
    "summarize_quotes",
]

#: The coverage a loose match needs (more than this share of the gold quote).
LOOSE = 0.3
#: The coverage a strict match needs.
STRICT = 0.8

Spans = tuple[tuple[int, int], ...]


def _spans(value: Iterable[Any]) -> Spans:
    return tuple((int(a), int(b)) for a, b in value)


@attrs.frozen
class QuoteItem:
    """A quote, gold or predicted: content pieces, speaker pieces, speaker name, kind.

    ``kind`` is ``direct`` or ``indirect`` (see the module docstring); ``speaker`` is empty when
    the text names nobody.
    """

    content: Spans = attrs.field(converter=_spans)
    speaker: Spans = attrs.field(default=(), converter=_spans)
    name: str | None = None
    kind: str = "indirect"
    cue: Spans = attrs.field(default=(), converter=_spans)

    @property
    def start(self) -> int:
        """Where the first content piece starts."""
        return min(a for a, _ in self.content)


# A double quotation mark of any style, or two straight single marks standing for one.
_QUOTE_MARKS = regex.compile(r"[\"“”„«»]|''")


def _word_set(words: str) -> frozenset[str]:
    """The white-space separated words of ``words``, as a set."""
    return frozenset(words.split())


def as_quote(claim: Any, text: str | None = None) -> QuoteItem:
    """A :class:`QuoteItem` from a :class:`stoltlib.Claim` or a mapping of the JSON contract.

    A claim of kind ``direct`` or ``mixed`` is a direct quote; any other kind is indirect.
    """
    if isinstance(claim, QuoteItem):
        return claim
    get = claim.get if isinstance(claim, Mapping) else lambda name: getattr(claim, name)
    content = []
    for piece in get("content") or ():
        if isinstance(piece, Mapping):
            content.append((int(piece["start"]), int(piece["end"])))
        else:
            content.append((int(piece.start), int(piece.end)))
    speaker = get("speaker")
    speaker_spans: list[tuple[int, int]] = []
    name = None
    if speaker:
        if isinstance(speaker, Mapping):
            speaker_spans.append((int(speaker["start"]), int(speaker["end"])))
            name = speaker.get("entity")
        else:
            speaker_spans.append((int(speaker.start), int(speaker.end)))
            name = speaker.entity
    kind = "direct" if get("kind") in ("direct", "mixed") else "indirect"
    return QuoteItem(content, speaker_spans, name, kind)


def coverage(gold: Spans, predicted: Spans) -> float:
    """The share of ``gold``'s characters that ``predicted`` covers."""
    total = sum(max(0, b - a) for a, b in gold)
    if total == 0:
        return 0.0
    covered = 0
    for a, b in gold:
        for c, d in predicted:
            covered += max(0, min(b, d) - max(a, c))
    return min(1.0, covered / total)


def _fold(name: str) -> str:
    text = unicodedata.normalize("NFKC", name).casefold()
    return " ".join(regex.sub(r"[^\p{L}\p{N}]+", " ", text).split())


def speaker_matches(gold: QuoteItem, predicted: QuoteItem) -> bool:
    """Whether a matched pair has the right speaker (see the module docstring)."""
    if not gold.speaker and not predicted.speaker:
        return True
    for a, b in gold.speaker:
        for c, d in predicted.speaker:
            if min(b, d) > max(a, c):
                return True
    return bool(gold.name and predicted.name and _fold(gold.name) == _fold(predicted.name))


@attrs.frozen
class QuoteMatch:
    """A gold quote with its matched prediction, their coverage, and the speaker's rightness."""

    gold: QuoteItem
    predicted: QuoteItem
    coverage: float
    speaker: bool


@attrs.frozen
class QuoteScore:
    """One document's matches at one threshold, with what was missed and what was spurious."""

    threshold: float
    matches: tuple[QuoteMatch, ...]
    missed: tuple[QuoteItem, ...]
    spurious: tuple[QuoteItem, ...]


def score_quotes(
    predicted: Iterable[Any], gold: Iterable[QuoteItem], threshold: float = LOOSE
) -> QuoteScore:
    """Match one document's predictions to its gold quotes (see the module docstring).

    ``predicted`` may hold :class:`QuoteItem` values, :class:`stoltlib.Claim` values or JSON
    claim mappings.
    """
    remaining = [as_quote(item) for item in predicted]
    matches: list[QuoteMatch] = []
    missed: list[QuoteItem] = []
    for quote in gold:
        best_index, best = -1, 0.0
        for index, candidate in enumerate(remaining):
            share = coverage(quote.content, candidate.content)
            if share > threshold and share > best:
                best_index, best = index, share
        if best_index < 0:
            missed.append(quote)
            continue
        found = remaining.pop(best_index)
        matches.append(QuoteMatch(quote, found, best, speaker_matches(quote, found)))
    return QuoteScore(threshold, tuple(matches), tuple(missed), tuple(remaining))


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


@attrs.frozen
class KindFigures:
    """Figures for one kind of quote (or all of them)."""

    gold: int
    predicted: int
    matched_gold: int
    matched_predicted: int
    speaker_right: int

    @property
    def precision(self) -> float:
        """Matched predictions over predictions."""
        return _ratio(self.matched_predicted, self.predicted)

    @property
    def recall(self) -> float:
        """Matched gold quotes over gold quotes."""
        return _ratio(self.matched_gold, self.gold)

    @property
    def f1(self) -> float:
        """The harmonic mean of precision and recall."""
        return _f1(self.precision, self.recall)

    @property
    def speaker_accuracy(self) -> float:
        """Matched gold quotes with the right speaker over matched gold quotes."""
        return _ratio(self.speaker_right, self.matched_gold)

    @property
    def end_to_end_precision(self) -> float:
        """Matches with the right speaker over predictions."""
        return _ratio(self.speaker_right, self.predicted)

    @property
    def end_to_end_recall(self) -> float:
        """Matches with the right speaker over gold quotes."""
        return _ratio(self.speaker_right, self.gold)

    @property
    def end_to_end_f1(self) -> float:
        """The harmonic mean of the end-to-end precision and recall."""
        return _f1(self.end_to_end_precision, self.end_to_end_recall)

    def as_dict(self) -> dict[str, float | int]:
        """Every count and figure, by name."""
        names = (
            "precision",
            "recall",
            "f1",
            "speaker_accuracy",
            "end_to_end_precision",
            "end_to_end_recall",
            "end_to_end_f1",
        )
        return {
            **attrs.asdict(self),
            **{name: getattr(self, name) for name in names},
        }


@attrs.frozen
class QuoteSummary:
    """Micro-averaged figures over documents at one threshold: all quotes and by kind."""

    threshold: float
    overall: KindFigures
    by_kind: Mapping[str, KindFigures]

    def as_dict(self) -> dict[str, Any]:
        """The summary as plain values."""
        return {
            "threshold": self.threshold,
            **self.overall.as_dict(),
            "by_kind": {kind: figures.as_dict() for kind, figures in self.by_kind.items()},
        }


def _figures(scores: Sequence[QuoteScore], kind: str | None) -> KindFigures:
    def of(item: QuoteItem) -> bool:
        return kind is None or item.kind == kind

    gold = predicted = matched_gold = matched_predicted = speaker = 0
    for score in scores:
        gold += sum(of(m.gold) for m in score.matches) + sum(of(q) for q in score.missed)
        predicted += sum(of(m.predicted) for m in score.matches) + sum(
            of(q) for q in score.spurious
        )
        matched_gold += sum(of(m.gold) for m in score.matches)
        matched_predicted += sum(of(m.predicted) for m in score.matches)
        speaker += sum(of(m.gold) and m.speaker for m in score.matches)
    return KindFigures(gold, predicted, matched_gold, matched_predicted, speaker)


def summarize_quotes(scores: Iterable[QuoteScore]) -> QuoteSummary:
    """Micro-averaged figures over documents scored at one threshold."""
    scored = list(scores)
    thresholds = {score.threshold for score in scored}
    threshold = thresholds.pop() if len(thresholds) == 1 else float("nan")
    return QuoteSummary(
        threshold,
        _figures(scored, None),
        {kind: _figures(scored, kind) for kind in ("direct", "indirect")},
    )


# --- PolNeAR -----------------------------------------------------------------------------------

#: Verbs and nouns of communication whose presence in a cue makes an attribution speech (base
#: forms; inflections are matched by :func:`_lemmas`). Beliefs, perceptions and intentions
#: ("think", "believe", "show", "want", "plan") are left out on purpose.
SPEECH_WORDS = _word_set(
    """
    say tell add write ask note report announce tweet post argue explain claim state declare
    insist warn urge suggest recall acknowledge admit deny reply respond answer concede confirm
    reveal predict promise pledge vow assert contend maintain stress emphasize emphasise
    observe comment remark mention complain joke quip boast shout yell scream whisper testify
    allege caution advise recommend propose demand counter retort rebut agree disagree affirm
    reaffirm reiterate repeat echo conclude describe call accuse criticize criticise praise
    blame blast slam decry denounce condemn dismiss reject question challenge charge chide
    thank apologize apologise plead beg implore invite encourage inform assure reassure remind
    brief notify alert instruct order request cite quote read speak talk discuss debate
    interview email text message write respond continue go point lay spell according
    statement interview speech remarks press conference testimony letter op-ed column tweet
    post memo email words told wrote spoke said
    """
)

_IRREGULAR = {
    "said": "say",
    "says": "say",
    "told": "tell",
    "wrote": "write",
    "written": "write",
    "spoke": "speak",
    "spoken": "speak",
    "went": "go",
    "goes": "go",
    "laid": "lay",
    "spelt": "spell",
    "read": "read",
}

_CUE_WORD = regex.compile(r"[\p{L}\-]+")


def _lemmas(word: str) -> set[str]:
    """Candidate base forms of an inflected English word (cheap rules, for the filter only)."""
    word = word.casefold()
    found = {word, _IRREGULAR.get(word, word)}
    for suffix, replacement in (
        ("ies", "y"),
        ("ied", "y"),
        ("ying", "y"),
        ("es", ""),
        ("es", "e"),
        ("s", ""),
        ("ed", ""),
        ("ed", "e"),
        ("d", ""),
        ("ing", ""),
        ("ing", "e"),
    ):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)] + replacement
            found.add(stem)
            if len(stem) > 3 and stem[-1] == stem[-2]:
                found.add(stem[:-1])  # "admitted" -> "admitt" -> "admit"
    return found


def is_speech(cue: str, content: str) -> bool:
    """Whether a PolNeAR attribution reports speech (see the module docstring)."""
    if _QUOTE_MARKS.search(content):
        return True
    stripped = cue.strip()
    if stripped in (":", ""):
        return stripped == ":"
    return any(_lemmas(word) & SPEECH_WORDS for word in _CUE_WORD.findall(stripped))


@attrs.frozen
class GoldDocument:
    """A document with its gold quotes: PolNeAR's text, the annotator kept, the quotes."""

    id: str
    text: str
    annotator: str
    quotes: tuple[QuoteItem, ...]


def _brat_spans(field: str) -> Spans:
    """``"12 20;25 30"`` as ``((12, 20), (25, 30))``."""
    pieces = []
    for piece in field.split(";"):
        start, end = piece.split()
        pieces.append((int(start), int(end)))
    return tuple(pieces)


def read_brat(annotation: str, text: str, speech_only: bool = True) -> list[QuoteItem]:
    """The attributions of one brat ``.ann`` file as quotes, in order of their content.

    ``annotation`` is the file's text. With ``speech_only``, attributions that are not speech
    (:func:`is_speech`) are left out. A gold quote's kind is ``direct`` when its content holds
    a quotation mark.
    """
    spans: dict[str, tuple[str, Spans]] = {}
    relations: list[dict[str, str]] = []
    for line in annotation.split("\n"):
        if line.startswith("T"):
            parts = line.split("\t")
            if len(parts) < 2:
                continue
            label, _, offsets = parts[1].partition(" ")
            try:
                spans[parts[0]] = (label, _brat_spans(offsets))
            except ValueError:
                continue
        elif line.startswith("E"):
            parts = line.split("\t")
            if len(parts) < 2:
                continue
            relation = {}
            for argument in parts[1].split():
                role, _, target = argument.partition(":")
                relation[role.rstrip("0123456789")] = target
            relations.append(relation)
    quotes = []
    for relation in relations:
        if "Content" not in relation or relation["Content"] not in spans:
            continue
        content = spans[relation["Content"]][1]
        cue = spans[relation["Cue"]][1] if relation.get("Cue") in spans else ()
        source = spans[relation["Source"]][1] if relation.get("Source") in spans else ()
        content_text = " ".join(text[a:b] for a, b in content)
        cue_text = " ".join(text[a:b] for a, b in cue)
        if speech_only and not is_speech(cue_text, content_text):
            continue
        kind = "direct" if _QUOTE_MARKS.search(content_text) else "indirect"
        quotes.append(QuoteItem(content, source, None, kind, cue))
    quotes.sort(key=lambda quote: quote.start)
    return quotes


def read_polnear(folder: Path, split: str, speech_only: bool = True) -> list[GoldDocument]:
    """Every article of a PolNeAR split with one annotator's quotes, in file-name order.

    ``folder`` holds ``<split>/text/<id>.txt`` and ``<split>/attributions/<id>_<annotator>.ann``.
    """
    root = Path(folder) / split
    annotations: dict[str, list[Path]] = {}
    for path in sorted((root / "attributions").glob("*.ann")):
        base, _, _annotator = path.stem.rpartition("_")
        annotations.setdefault(base, []).append(path)
    documents = []
    for base in sorted(annotations):
        text_path = root / "text" / f"{base}.txt"
        if not text_path.exists():
            continue
        text = text_path.read_text(encoding="utf-8")
        chosen = sorted(annotations[base], key=lambda p: p.stem.rpartition("_")[2])[0]
        quotes = read_brat(chosen.read_text(encoding="utf-8"), text, speech_only)
        documents.append(GoldDocument(base, text, chosen.stem.rpartition("_")[2], tuple(quotes)))
    return documents
