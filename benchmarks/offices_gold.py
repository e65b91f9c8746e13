r"""The office-holder gold set on Reuters-21578: story selection, offsets, validation.

Data: ``../shared/eval/reuters/reut2-0NN.json`` relative to the repository root (as for
``metadata_reuters.py``); nothing from it is copied into the repository except the short
evidence strings of the annotations. The text of a story is ``reuters.story_text(record)``.

Splits. The **gold** (report) split comes from files 008-010 only; **dev** from 000-007, for rule
developers. Nobody tunes rules on the gold split.

Selection (:func:`candidates`), deterministic and in file order: a record with a title, a
dateline and a body, not an exact repeat (same title and body) of an earlier record of the
split, is a candidate when one sentence of its title or body (body white space collapsed;
sentences end at ``.``, ``!`` or ``?`` after a lowercase letter, digit or ``)`` and before a
capital, or at a blank line) holds both a change word (:data:`CHANGE_WORDS`) and an office word
(:data:`OFFICE_WORDS`). The annotated stories are the first candidates of the split in file
order, all of them, the ones that turn out to hold no event included (negatives count for
precision): ``validate`` fails when the annotated set is not exactly such a prefix.

Annotations are written as literal strings in ``offices/<split>.ann`` and ``build`` turns them
into ``offices/<split>.jsonl`` with offsets found in the text (never typed by hand)::

    == reut2-008.json 8235
    start | named C. Joseph LaBonte, 47, president | person=C. Joseph LaBonte | ...
    end | succeeding Paul Fireman | person=Paul Fireman | successor=<LaBonte | link=1

A story's block lists its events, one a line, ``TYPE | EVIDENCE | key=value | ...``; a block
with no lines is a story with no event. TYPE is the part after ``office.``. Keys: ``person``,
``position``, ``org``, ``pred``, ``succ`` (a string of the text; ``person=he~John Smith`` adds
the full name), ``time=TEXT=>VALUE``, ``mod`` (default ``asserted``) and ``link`` (1-based
numbers of the story's events it is linked to; links are made symmetric). The evidence must
occur exactly once in the text; a role string is looked for from the evidence's start on (the
first occurrence, as a whole word), or, written ``<TEXT``, as the last occurrence that starts
before the evidence. A string that is absent, or found twice inside the evidence, fails the
build naming the story.

Commands::

    python benchmarks/offices_gold.py list --split gold     # the candidates, in order
    python benchmarks/offices_gold.py show --split gold --first 10 --count 5   # their texts
    python benchmarks/offices_gold.py build --split gold    # .ann -> .jsonl, then validate
    python benchmarks/offices_gold.py validate --split gold # spans slice back, prefix rule
    python benchmarks/offices_gold.py score --split dev     # stoltlib's events against it

``score`` analyses each annotated story with stoltlib's built-in plugins (the record's ``date``
as the creation time) and prints event P/R/F1 (type + person), overall and per type, and the
role accuracy on matched events (``stoltlib.evaluate.events``); ``--markdown`` prints tables.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import regex

import stoltlib
from stoltlib.evaluate.events import EVENT_TYPES, ROLES, read_gold, score_events, summarize_events

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEFAULT_DATA = ROOT.parent / "shared" / "eval" / "reuters"
FOLDER = HERE / "offices"
sys.path.insert(0, str(HERE))
from floors import below_floors, floor_exit  # noqa: E402
from reuters import records, story_text  # noqa: E402

#: This benchmark's section of ``benchmarks/floors.json``.
BENCHMARK = "offices_gold"
#: The role accuracies with a floor besides event F1 and precision.
FLOOR_ROLES = ("time", "modality")
#: The dev split's sizes when floors were set on it: as the split grows, the floors set on
#: each earlier size stay in force on its first stories (``first70_f1`` in floors.json),
#: beside the floors on the whole split (``f1``).
FLOORED_PREFIXES = (70, 120, 170)

SPLITS = {"gold": range(8, 11), "dev": range(0, 8)}

#: Words that state a change of office (any case).
CHANGE_WORDS = regex.compile(
    r"""\b(?:
        nam(?:ed|es)                                  # "named president", "names new chairman"
      | appoint(?:s|ed|ment)?
      | (?:re-?)?elect(?:s|ed)?
      | resign(?:s|ed|ation)?
      | succeed(?:s|ed|ing)? | successor
      | retir(?:e|es|ed|ing)
      | nominat(?:e|es|ed|ion)
      | step(?:s|ped)?\ (?:down|aside)
      | replac(?:e|es|ed|ing)
      | promoted | chosen
    )\b""",
    regex.IGNORECASE | regex.VERBOSE,
)
#: Words that name an office (any case).
OFFICE_WORDS = regex.compile(
    r"""\b(?:
        president | chairman | chief\ (?:executive|operating|financial) | director | officer
      | minister | governor | secretary | treasurer | board
    )\b""",
    regex.IGNORECASE | regex.VERBOSE,
)
# A sentence ends at . ! ? after a lowercase letter, digit or ")" and before a capital or "<"
# (so "C. Joseph" and "Inc>" do not end one), or at a blank line.
_SENTENCE_END = regex.compile(r"(?<=[a-z0-9)][.!?])\s+(?=[A-Z<&])|\n\s*\n")
_TYPES = {name.removeprefix("office."): name for name in EVENT_TYPES}
_ROLE_KEYS = {
    "person": "person",
    "position": "position",
    "org": "organization",
    "pred": "predecessor",
    "succ": "successor",
}


class AnnotationError(ValueError):
    """An annotation that cannot be placed in its story's text."""


def is_candidate(record: dict[str, Any]) -> bool:
    """Whether one sentence of the title or body holds a change word and an office word."""
    text = record["title"] + "\n\n" + " ".join(record["body"].split())
    return any(
        CHANGE_WORDS.search(sentence) and OFFICE_WORDS.search(sentence)
        for sentence in _SENTENCE_END.split(text)
    )


def candidates(data: Path, split: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """The split's candidate stories in file order (see the module docstring)."""
    seen: set[tuple[str, str]] = set()
    for name, record in records(data, SPLITS[split]):
        key = (record["title"], record["body"])
        if key in seen:
            continue
        seen.add(key)
        if is_candidate(record):
            yield name, record


def _find_all(
    text: str, needle: str, start: int = 0, end: int | None = None
) -> list[tuple[int, int]]:
    """Where ``needle`` occurs in ``text[start:end]`` as whole words, in order.

    A space of the needle stands for any run of white space (the wire wraps its lines).
    """
    left = r"\b" if regex.match(r"\w", needle) else ""
    right = r"\b" if regex.search(r"\w$", needle) else ""
    body = r"\s+".join(regex.escape(part) for part in needle.split())
    pattern = regex.compile(left + body + right)
    stop = len(text) if end is None else end
    return [match.span() for match in pattern.finditer(text, start, stop)]


def _span(text: str, needle: str, evidence: tuple[int, int], where: str) -> dict[str, Any]:
    """The span of a role string: from the evidence on, or (``<``) last before it."""
    before = needle.startswith("<")
    needle = needle.removeprefix("<").strip()
    if before:
        found = [span for span in _find_all(text, needle) if span[0] < evidence[0]]
        if not found:
            raise AnnotationError(f"{where}: {needle!r} does not occur before the evidence")
        start, end = found[-1]
    else:
        found = _find_all(text, needle, evidence[0])
        if len([span for span in found if span[1] <= evidence[1]]) > 1:
            raise AnnotationError(f"{where}: {needle!r} occurs twice in the evidence")
        if not found:
            raise AnnotationError(f"{where}: {needle!r} does not occur after the evidence start")
        start, end = found[0]
    return {"text": text[start:end], "start": start, "end": end}


def _event(text: str, line: str, number: int, where: str) -> dict[str, Any]:
    """One annotation line as a gold event (links still as numbers)."""
    fields = [field.strip() for field in line.split("|")]
    if len(fields) < 2 or fields[0] not in _TYPES:
        raise AnnotationError(f"{where}: a line needs a known TYPE and an evidence: {line!r}")
    evidence = fields[1]
    found = _find_all(text, evidence)
    if len(found) != 1:
        raise AnnotationError(f"{where}: the evidence {evidence!r} occurs {len(found)} times")
    bounds = found[0]
    event: dict[str, Any] = {
        "id": f"e{number}",
        "type": _TYPES[fields[0]],
        **dict.fromkeys(_ROLE_KEYS.values()),
        "time": None,
        "modality": "asserted",
        "links": [],
        "evidence": {"start": bounds[0], "end": bounds[1], "text": text[bounds[0] : bounds[1]]},
    }
    for field in fields[2:]:
        key, sep, value = field.partition("=")
        if not sep or not value.strip():
            raise AnnotationError(f"{where}: {field!r} is not key=value")
        key, value = key.strip(), value.strip()
        if key in _ROLE_KEYS:
            mention, _, name = value.partition("~")
            role = _span(text, mention, bounds, where)
            if name.strip():
                role["name"] = name.strip()
            event[_ROLE_KEYS[key]] = role
        elif key == "time":
            expression, arrow, timex = value.partition("=>")
            if not arrow:
                raise AnnotationError(f"{where}: time needs TEXT=>VALUE, got {value!r}")
            span = _span(text, expression, bounds, where)
            event["time"] = {"value": timex.strip(), **span}
        elif key == "mod":
            event["modality"] = value
        elif key == "link":
            event["links"] = [int(item) for item in value.split(",")]
        else:
            raise AnnotationError(f"{where}: unknown key {key!r}")
    return event


def parse_annotations(source: str) -> list[tuple[str, str, list[str]]]:
    """``(file, newid, event lines)`` for each ``== FILE NEWID`` block, in order."""
    blocks: list[tuple[str, str, list[str]]] = []
    for raw in source.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("=="):
            parts = line[2:].split()
            if len(parts) != 2:
                raise AnnotationError(f"a block header needs FILE NEWID: {raw!r}")
            blocks.append((parts[0], parts[1], []))
        elif not blocks:
            raise AnnotationError(f"an event line before any block header: {raw!r}")
        else:
            blocks[-1][2].append(line)
    return blocks


def build(data: Path, split: str) -> list[dict[str, Any]]:
    """The gold lines of a split from its ``.ann`` file, offsets found in the texts."""
    texts = {(name, r["attrs"]["newid"]): story_text(r) for name, r in candidates(data, split)}
    lines = []
    for name, newid, written in parse_annotations(
        (FOLDER / f"{split}.ann").read_text(encoding="utf-8")
    ):
        where = f"{name} {newid}"
        if (name, newid) not in texts:
            raise AnnotationError(f"{where} is not a candidate of the {split} split")
        text = texts[name, newid]
        events = [_event(text, line, i, where) for i, line in enumerate(written, 1)]
        for event in events:
            for other in event["links"]:
                if not 1 <= other <= len(events) or events[other - 1] is event:
                    raise AnnotationError(f"{where}: link {other} names no other event")
        for index, event in enumerate(events, 1):
            for other in event["links"]:
                if index not in events[other - 1]["links"]:
                    events[other - 1]["links"].append(index)
        for event in events:
            event["links"] = [f"e{other}" for other in sorted(event["links"])]
        lines.append({"file": name, "newid": newid, "events": events})
    return lines


def validate(data: Path, split: str) -> list[str]:
    """Problems of ``offices/<split>.jsonl``: spans that do not slice back, selection faults."""
    path = FOLDER / f"{split}.jsonl"
    gold = read_gold(path)  # raises on a malformed line
    order = [
        (name, record["attrs"]["newid"], story_text(record))
        for name, record in candidates(data, split)
    ]
    problems = []
    keys = list(gold)
    expected = [(name, newid) for name, newid, _ in order[: len(keys)]]
    if keys != expected:
        problems.append("the annotated stories are not the first candidates in file order")
    texts = {(name, newid): text for name, newid, text in order}
    for key, events in gold.items():
        text = texts.get(key)
        if text is None:
            problems.append(f"{key} is not a candidate")
            continue
        for event in events:
            for role, span in event.spans():
                if text[span.start : span.end] != span.text:
                    problems.append(f"{key} {event.id} {role}: {span.text!r} does not slice back")
    return problems


def creation_date(record: dict[str, Any]) -> str:
    """The record's ``date`` ("20-MAR-1987 16:54:10.55") as an ISO date."""
    return dt.datetime.strptime(record["date"].split()[0], "%d-%b-%Y").date().isoformat()


def score(data: Path, split: str) -> tuple[dict[str, Any], float]:
    """Score stoltlib's events on the split's annotated stories: the summary, the seconds.

    The summary's ``first_stories`` holds, for each size N of :data:`FLOORED_PREFIXES`, the
    summary of the first N stories alone.
    """
    gold = read_gold(FOLDER / f"{split}.jsonl")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        manager = stoltlib.get_plugin_manager(builtins_only=True, environ={})
    scores = []
    normalised = []
    seconds = 0.0
    with stoltlib.manager.using(manager):
        canonical = _canonical_positions()
    for name, record in candidates(data, split):
        key = (name, record["attrs"]["newid"])
        if key not in gold:
            continue
        document = stoltlib.Document(
            id=f"{name}#{key[1]}", text=story_text(record), published=creation_date(record)
        )
        started = time.process_time()
        analysis = stoltlib.analyze(document, plugins=manager)
        seconds += time.process_time() - started
        scores.append(score_events(analysis.events, gold[key]))
        normalised.append(score_events(analysis.events, gold[key], position_key=canonical))
    summary = summarize_events(scores).as_dict()
    summary["position_normalised"] = summarize_events(normalised).as_dict()["roles"]["position"]
    summary["first_stories"] = {
        size: summarize_events(scores[:size]).as_dict() for size in FLOORED_PREFIXES
    }
    return summary, seconds


def floor_figures(summary: dict[str, Any]) -> dict[str, float]:
    """The headline figures the floors hold: on the whole split, and on each floored prefix."""
    figures = {}
    parts = [("", summary)]
    parts += [(f"first{size}_", part) for size, part in summary["first_stories"].items()]
    for prefix, part in parts:
        figures[f"{prefix}f1"] = part["f1"]
        figures[f"{prefix}precision"] = part["precision"]
        for role in FLOOR_ROLES:
            figures[f"{prefix}{role}_accuracy"] = part["roles"][role]["accuracy"]
    return figures


def _canonical_positions() -> Any:
    """The office a title stands for, by the offices plugin's positions lexicon.

    The title's last office alias names it ("chief executive" and "CEO" are "Chief Executive
    Officer"); a title no alias ends is its folded self. For the position accuracy the plugin
    is meant to have: it reports canonical offices, the gold the titles as written.
    """
    from stoltlib_offices.lexicons import current

    lexicons = current()

    def canonical(title: str) -> str:
        pattern = lexicons.position_pattern
        matches = list(pattern.finditer(title)) if pattern is not None else []
        if matches and matches[-1].end() == len(title.rstrip(" .,")):
            return lexicons.position(matches[-1].group()) or title.casefold()
        return " ".join(title.casefold().split())

    return canonical


def print_score(split: str, summary: dict[str, Any], seconds: float, markdown: bool) -> None:
    """The figures as plain lines or markdown tables."""
    rows = [("all", summary), *summary["by_type"].items()]
    if markdown:
        print(f"split {split}: {summary['documents']} stories, {seconds:.2f} s of analysis\n")
        print("| type | gold | predicted | P | R | F1 |")
        print("|---|---|---|---|---|---|")
    for name, row in rows:
        cells = [str(row["gold"]), str(row["predicted"])]
        cells += [f"{row[key]:.3f}" for key in ("precision", "recall", "f1")]
        if markdown:
            print(f"| {name} | " + " | ".join(cells) + " |")
        else:
            print(f"{split} {name:16} " + " ".join(cells))
    roles = summary["roles"]
    normal = summary["position_normalised"]
    if markdown:
        print("\n| " + " | ".join(ROLES) + " |")
        print("|" + "---|" * len(ROLES))
        cells = [f"{roles[r]['accuracy']:.3f} ({roles[r]['total']})" for r in ROLES]
        print("| " + " | ".join(cells) + " |")
        print(
            f"\nposition by the office a title names (positions lexicon): "
            f"{normal['accuracy']:.3f} ({normal['total']})"
        )
    else:
        print(
            f"{split} roles "
            + " ".join(f"{r}={roles[r]['accuracy']:.3f}/{roles[r]['total']}" for r in ROLES)
            + f" position_normalised={normal['accuracy']:.3f}/{normal['total']}"
        )


def main(argv: list[str] | None = None) -> int:
    """Run a command; 0 on success or without the data, 1 on a validation problem."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=["list", "show", "build", "validate", "score"])
    parser.add_argument("--split", choices=list(SPLITS), default="gold")
    parser.add_argument("--first", type=int, default=0, help="show: the first candidate shown")
    parser.add_argument("--count", type=int, default=10, help="show: how many")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the reuters folder")
    parser.add_argument("--markdown", action="store_true", help="score: markdown tables")
    parser.add_argument(
        "--check-floors",
        action="store_true",
        help="score --split dev: exit 1 when a headline figure is below its floor",
    )
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        print(f"{args.data} is absent: skipped")
        return 0
    if args.check_floors and (args.command != "score" or args.split != "dev"):
        # The ratchet runs on the split the rules are developed on, never on the report split.
        parser.error("--check-floors goes with: score --split dev")
    if args.command == "score":
        summary, seconds = score(args.data, args.split)
        print_score(args.split, summary, seconds, args.markdown)
        if not args.check_floors:
            return 0
        return floor_exit(BENCHMARK, below_floors(BENCHMARK, floor_figures(summary)))
    if args.command == "list":
        for index, (name, record) in enumerate(candidates(args.data, args.split)):
            print(f"{index:3d} {name} {record['attrs']['newid']:>5} {record['title']}")
        return 0
    if args.command == "show":
        chosen = list(candidates(args.data, args.split))[args.first : args.first + args.count]
        for index, (name, record) in enumerate(chosen, args.first):
            print(f"== {name} {record['attrs']['newid']}  #{index} date {record['date']}")
            print(story_text(record))
        return 0
    if args.command == "build":
        try:
            lines = build(args.data, args.split)
        except AnnotationError as error:
            print(f"error: {error}")
            return 1
        with (FOLDER / f"{args.split}.jsonl").open("w", encoding="utf-8") as out:
            for line in lines:
                out.write(json.dumps(line, ensure_ascii=False) + "\n")
    problems = validate(args.data, args.split)
    for problem in problems:
        print(problem)
    if problems:
        return 1
    gold = read_gold(FOLDER / f"{args.split}.jsonl")
    events = [event for items in gold.values() for event in items]
    by_type: dict[str, int] = {}
    for event in events:
        by_type[event.type] = by_type.get(event.type, 0) + 1
    print(
        f"{args.split}: {len(gold)} stories, {sum(1 for e in gold.values() if e)} with events, "
        f"{len(events)} events: " + ", ".join(f"{name} {by_type[name]}" for name in sorted(by_type))
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
