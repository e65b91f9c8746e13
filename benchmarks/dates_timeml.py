"""Temporal expressions on TimeML: stoltlib's dates plugin against dateparser and datefinder.

Data: ``../shared/eval/timeml/{timebank,aquaint}/*.tml`` relative to the repository root (the
TempEval-3 training data, TBAQ-cleaned: 183 TimeBank and 73 AQUAINT news documents with gold
TIMEX3 and each document's creation time, DCT). The script skips (exit 0) when the folder is
absent. Nothing from it is ever copied into the repository.

Corpora: the rules are developed on **TimeBank**; **AQUAINT** is the report set, never looked
at while tuning. ``--corpus all`` scores both, each on its own.

Systems, on the same documents with the same anchor (the DCT):

- **stoltlib**: ``stoltlib.analyze(Document(text, published=DCT))`` with the built-in plugins
  only; its ``times`` are scored.
- with ``--peers``: **dateparser** (``dateparser.search.search_dates``, English, the DCT as
  ``RELATIVE_BASE``; it gives no offsets, so each found string is located in the text after the
  previous one) and **datefinder** (``datefinder.find_dates`` with ``index=True`` and the DCT as
  ``base_date``). The anchor is the same for all three: the DCT's day (stoltlib reads no more
  than the day of a creation time either). Both return datetimes: each becomes a DATE valued
  as its day (``1998-08-07``), the most either states.

Scores (:mod:`stoltlib.evaluate.timeml`, TempEval-3 style): relaxed and strict span P/R/F1 on
token overlap, type and value accuracy on relaxed matches, value F1 = relaxed F1 x value
accuracy, values compared as exact strings.

Speed, in the same run: characters per second of each system over every document, measured
the same way for all three (one warm-up document for imports and compiled patterns, then the
best of ``--repeat`` passes over every document), stoltlib's as the dates plugin alone (a
plugin manager with every other plugin blocked, the DCT given); and MB/s of UTF-8 text. The
plugin keeps nothing keyed on a document's text from one document or pass to the next (its
only caches hold the patterns compiled from the lexicons), so a later pass does the same work
as the first.

``--check-floors`` compares stoltlib's figures on TimeBank with the ``dates_timeml`` section of
``benchmarks/floors.json`` and exits 1 naming every figure below its floor. Floors only go up.

Examples::

    python benchmarks/dates_timeml.py --corpus all --peers --markdown --json /tmp/dates.json
    python benchmarks/dates_timeml.py --corpus timebank --check-floors
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import platform
import sys
import time
import warnings
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import stoltlib
from stoltlib.evaluate.timeml import (
    TimeMLDocument,
    Timex,
    TimexScore,
    read_tml,
    score_times,
    summarize_times,
)
from stoltlib.manager import known_plugin_names

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEFAULT_DATA = ROOT.parent / "shared" / "eval" / "timeml"

sys.path.insert(0, str(HERE))
from floors import FLOORS, below_floors, floor_exit  # noqa: E402

sys.path.insert(0, str(HERE))
# The report's provenance helpers are the metadata benchmark's: one definition for both.
from metadata_naeb import git_revision, version_of  # noqa: E402

BENCHMARK = "dates_timeml"
CORPORA = ("timebank", "aquaint")
#: The figures ``--check-floors`` guards: stoltlib on TimeBank.
HEADLINE = ("relaxed_f1", "strict_f1", "value_f1")
#: The issue's targets (issue 4), on AQUAINT.
TARGETS = {
    "relaxed_f1": 0.92,
    "strict_f1": 0.85,
    "value_f1": 0.82,
    "mb_per_s": 4.0,
    "times_dateparser": 20.0,
}
COLUMNS = {
    "relaxed_precision": "P",
    "relaxed_recall": "R",
    "relaxed_f1": "relaxed F1",
    "strict_f1": "strict F1",
    "type_accuracy": "type acc",
    "value_accuracy": "value acc",
    "value_f1": "value F1",
}

Predictor = Callable[[TimeMLDocument], list[Timex]]


# --- systems -------------------------------------------------------------------------------------


def stoltlib_predictor(manager: stoltlib.PluginManager) -> Predictor:
    """Predict with stoltlib: the document with its DCT, analysed by ``manager``'s plugins."""

    def predict(document: TimeMLDocument) -> list[Timex]:
        source = stoltlib.Document(id=document.id, text=document.text, published=document.dct)
        analysis = stoltlib.analyze(source, plugins=manager)
        return [Timex(t.start, t.end, t.type, t.value, t.mod, t.text) for t in analysis.times]

    return predict


def _anchor(document: TimeMLDocument) -> dt.datetime:
    published = document.dct or "2000-01-01"
    return dt.datetime.fromisoformat(published[:10])


def _day(value: dt.datetime) -> str:
    return value.date().isoformat()


def dateparser_predictor() -> Predictor:
    """Predict with ``dateparser.search.search_dates``, the DCT as the relative base."""
    from dateparser.search import search_dates

    def predict(document: TimeMLDocument) -> list[Timex]:
        settings = {"RELATIVE_BASE": _anchor(document), "RETURN_AS_TIMEZONE_AWARE": False}
        found = search_dates(document.text, languages=["en"], settings=settings) or []
        timexes = []
        cursor = 0
        for text, value in found:
            at = document.text.find(text, cursor)
            if at < 0:
                continue
            cursor = at + len(text)
            timexes.append(Timex(at, cursor, "DATE", _day(value), None, text))
        return timexes

    return predict


def datefinder_predictor() -> Predictor:
    """Predict with ``datefinder.find_dates``, the DCT as the base date."""
    import datefinder

    def predict(document: TimeMLDocument) -> list[Timex]:
        found = datefinder.find_dates(
            document.text, source=True, index=True, base_date=_anchor(document)
        )
        return [
            Timex(start, end, "DATE", _day(value), None, text)
            for value, text, (start, end) in found
        ]

    return predict


def plugin_alone_manager() -> stoltlib.PluginManager:
    """A plugin manager with the dates plugin only (every other plugin blocked)."""
    others = known_plugin_names() - {"dates"}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return stoltlib.get_plugin_manager(builtins_only=True, disable=others, environ={})


# --- running -------------------------------------------------------------------------------------


def run(
    predict: Predictor, documents: Sequence[TimeMLDocument]
) -> tuple[dict[str, list[Timex]], dict[str, str]]:
    """Predictions per document id, and errors (a failing document scores as predicting none)."""
    predictions: dict[str, list[Timex]] = {}
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


def speed(predict: Predictor, documents: Sequence[TimeMLDocument], repeat: int) -> dict[str, Any]:
    """Characters (and MB of UTF-8) per second of ``predict``: the best of ``repeat`` passes.

    Timed in the process's CPU time, so that other work on a shared machine does not count;
    wall-clock time is reported beside it. One document is read first, outside the timing,
    for imports and compiled patterns.
    """
    characters = sum(len(document.text) for document in documents)
    size = sum(len(document.text.encode("utf-8")) for document in documents)
    best = best_wall = math.inf
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if documents:
            predict(documents[0])  # imports and compiled patterns
        for _ in range(max(1, repeat)):
            started, started_wall = time.process_time(), time.perf_counter()
            for document in documents:
                predict(document)
            best = min(best, time.process_time() - started)
            best_wall = min(best_wall, time.perf_counter() - started_wall)
    return {
        "documents": len(documents),
        "characters": characters,
        "seconds": best,
        "chars_per_s": characters / best if best > 0 else math.inf,
        "mb_per_s": size / 1e6 / best if best > 0 else math.inf,
        "wall_seconds": best_wall,
        "mb_per_s_wall": size / 1e6 / best_wall if best_wall > 0 else math.inf,
        "repeat": max(1, repeat),
    }


def load(data: Path, corpora: Iterable[str]) -> dict[str, list[TimeMLDocument]]:
    """Every document of each corpus, in file-name order."""
    return {
        corpus: [read_tml(path) for path in sorted((data / corpus).glob("*.tml"))]
        for corpus in corpora
    }


# --- reporting -----------------------------------------------------------------------------------


def markdown(report: dict[str, Any]) -> str:
    """The report as markdown: one quality table, then speed."""
    versions = [f"stoltlib {report['stoltlib']} (revision {report['revision']})"]
    versions += [f"{name} {version}" for name, version in report["peers"].items()]
    versions.append(f"Python {report['python']}")
    header = ["corpus", "system", "docs", "gold", "predicted", *COLUMNS.values(), "errors"]
    lines = [", ".join(versions) + ".", ""]
    lines += ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for corpus, by_system in report["results"].items():
        for system, result in by_system.items():
            row = [corpus, system, str(result["documents"]), str(result["gold"])]
            row += [str(result["predicted"])]
            row += [f"{result[name]:.3f}" for name in COLUMNS]
            row.append(str(result["errors"]))
            lines.append("| " + " | ".join(row) + " |")
    lines += [
        "",
        "| system | characters/s | MB/s | MB/s wall-clock | stoltlib is |",
        "|---|---|---|---|---|",
    ]
    base = report["speed"]["stoltlib"]["chars_per_s"]
    for system, figures in report["speed"].items():
        times = base / figures["chars_per_s"]
        ratio = (
            "—"
            if system == "stoltlib"
            else (f"{times:.1f}x faster" if times >= 1 else f"{1 / times:.1f}x slower")
        )
        lines.append(
            f"| {system} | {figures['chars_per_s']:,.0f} | {figures['mb_per_s']:.2f} "
            f"| {figures['mb_per_s_wall']:.2f} | {ratio} |"
        )
    plugin = report["speed"]["stoltlib"]
    lines += [
        "",
        f"Speed over all {plugin['documents']} documents ({plugin['characters']:,} characters, "
        f"best of {plugin['repeat']} passes for each system, in CPU time); stoltlib as the dates "
        "plugin alone. Targets (issue 4, "
        f"AQUAINT): relaxed F1 >= {TARGETS['relaxed_f1']}, strict F1 >= {TARGETS['strict_f1']}, "
        f"value F1 >= {TARGETS['value_f1']}, >= {TARGETS['mb_per_s']:.0f} MB/s and "
        f">= {TARGETS['times_dateparser']:.0f}x dateparser.",
    ]
    return "\n".join(lines) + "\n"


def plain_table(report: dict[str, Any]) -> str:
    """The report as a fixed-width table for a terminal."""
    names = list(COLUMNS.values())
    lines = [
        f"{'corpus':9} {'system':11} {'gold':>5} {'pred':>5} " + " ".join(f"{n:>10}" for n in names)
    ]
    for corpus, by_system in report["results"].items():
        for system, result in by_system.items():
            values = " ".join(f"{result[name]:10.3f}" for name in COLUMNS)
            lines.append(
                f"{corpus:9} {system:11} {result['gold']:5d} {result['predicted']:5d} {values}"
            )
    for system, figures in report["speed"].items():
        lines.append(
            f"{system}: {figures['chars_per_s']:,.0f} chars/s ({figures['mb_per_s']:.2f} MB/s of "
            f"CPU time, {figures['mb_per_s_wall']:.2f} MB/s wall-clock)"
        )
    return "\n".join(lines) + "\n"


def misses(
    scores: dict[str, TimexScore], documents: Sequence[TimeMLDocument], corpus: str
) -> Iterable[str]:
    """One line per stoltlib miss, spurious find, and wrong type, value or extent."""
    for document in documents:
        score = scores[document.id]
        for gold in score.missed:
            yield f"{corpus} {document.id} MISSED {gold.text!r} {gold.type} {gold.value}"
        for predicted in score.spurious:
            text = document.text[predicted.start : predicted.end]
            yield f"{corpus} {document.id} SPURIOUS {text!r} {predicted.type} {predicted.value}"
        for match in score.matches:
            gold, found = match.gold, match.predicted
            if match.value_correct and match.type_correct and match.strict:
                continue
            got = document.text[found.start : found.end]
            yield (
                f"{corpus} {document.id} WRONG gold {gold.text!r} {gold.type} {gold.value} "
                f"got {got!r} {found.type} {found.value} (DCT {document.dct})"
            )


# --- main ----------------------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n", 1)[0],
        epilog="See the module docstring (and benchmarks/README.md) for what is measured.",
    )
    parser.add_argument("--corpus", choices=[*CORPORA, "all"], default="all")
    parser.add_argument("--peers", action="store_true", help="also run dateparser and datefinder")
    parser.add_argument("--check-floors", action="store_true", help="exit 1 below a floor")
    parser.add_argument("--markdown", action="store_true", help="print the tables as markdown")
    parser.add_argument("--json", type=Path, metavar="FILE", help="write the full report here")
    parser.add_argument("--misses", action="store_true", help="list stoltlib's misses on stderr")
    parser.add_argument("--repeat", type=int, default=3, help="speed passes (best counts)")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the timeml folder")
    parser.add_argument("--floors", type=Path, default=FLOORS, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark; the exit status is 1 when ``--check-floors`` finds a drop."""
    args = parse_args(argv)
    corpora = CORPORA if args.corpus == "all" else (args.corpus,)
    if not all((args.data / corpus).is_dir() for corpus in corpora):
        print(f"{BENCHMARK}: {args.data} is absent; skipping the benchmark.")
        return 0
    if args.check_floors and "timebank" not in corpora:
        print(f"{BENCHMARK}: floors are set on TimeBank; use --corpus timebank or all.")
        return 2

    documents = load(args.data, corpora)
    every = [document for corpus in corpora for document in documents[corpus]]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # load errors are reported below, once
        manager = stoltlib.get_plugin_manager(builtins_only=True, environ={})
    load_errors = [f"{p.plugin}: {p.type}: {p.message}" for p in manager.load_errors]
    for message in load_errors:
        print(f"{BENCHMARK}: plugin not loaded: {message}", file=sys.stderr)

    systems: dict[str, Callable[[], Predictor]] = {"stoltlib": lambda: stoltlib_predictor(manager)}
    if args.peers:
        systems["dateparser"] = dateparser_predictor
        systems["datefinder"] = datefinder_predictor

    results: dict[str, dict[str, dict[str, Any]]] = {}
    per_document: dict[str, dict[str, Any]] = {}
    stoltlib_scores: dict[str, dict[str, TimexScore]] = {}
    for system, make in systems.items():
        predict = make()
        for corpus in corpora:
            predictions, errors = run(predict, documents[corpus])
            scores = {
                document.id: score_times(predictions[document.id], document.timexes, document.text)
                for document in documents[corpus]
            }
            if system == "stoltlib":
                stoltlib_scores[corpus] = scores
            summary = summarize_times(scores.values()).as_dict()
            summary["documents"] = len(documents[corpus])
            summary["errors"] = len(errors)
            results.setdefault(corpus, {})[system] = summary
            per_document[f"{system}/{corpus}"] = {
                document_id: {
                    "predicted": [
                        {"start": t.start, "end": t.end, "type": t.type, "value": t.value}
                        for t in found
                    ],
                    **({"error": errors[document_id]} if document_id in errors else {}),
                }
                for document_id, found in predictions.items()
            }

    speeds = {"stoltlib": speed(stoltlib_predictor(plugin_alone_manager()), every, args.repeat)}
    for system, make in systems.items():
        if system != "stoltlib":
            speeds[system] = speed(make(), every, args.repeat)

    report: dict[str, Any] = {
        "benchmark": BENCHMARK,
        "command": "python benchmarks/dates_timeml.py "
        + " ".join(sys.argv[1:] if argv is None else argv),
        "stoltlib": stoltlib.__version__,
        "revision": git_revision(),
        "python": platform.python_version(),
        "peers": {name: version_of(name) for name in ("dateparser", "datefinder")}
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
        figures = {name: results["timebank"]["stoltlib"][name] for name in HEADLINE}
        failures = below_floors(BENCHMARK, figures, args.floors)
        report["floors"] = {"figures": figures, "failures": failures}

    if args.misses:
        for corpus in corpora:
            for line in misses(stoltlib_scores[corpus], documents[corpus], corpus):
                print(line, file=sys.stderr)
    sys.stdout.write(markdown(report) if args.markdown else plain_table(report))
    if args.json:
        args.json.write_text(
            json.dumps(report, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    return floor_exit(BENCHMARK, failures, args.check_floors, args.floors)


if __name__ == "__main__":
    sys.exit(main())
