r"""Outlet metadata on newswire copy: Reuters-21578 stories, title and dateline from plain text.

Data: ``../shared/eval/reuters/reut2-0NN.json`` relative to the repository root (Reuters-21578,
1987 newswire, research use): each record has a ``title``, a ``dateline`` ("CLEVELAND, Feb 26
-") and a ``body`` wrapped at a fixed width with indented paragraphs. The script skips (exit 0)
when the folder is absent; nothing from it is copied into the repository.

Each story with a title, a dateline and a body is given to stoltlib as the wire printed it:
the title on its line, a blank line, then the dateline and the body (``TITLE\n\nDATELINE
BODY``), as plain text with no date, URL or outlet. This is copy that no page layout shaped:
the benchmark asks whether the outlet plugin reads newswire as well as scraped pages.

Scores, per story: **title** (the title found is the record's, exactly), **dateline** (the
place found is the place of the record's dateline, the text before its first comma or dash),
and **no author** (the wire prints no byline: any author found is a false one). Files 000-004
are the *dev* split (the first 300 stories of file 000 were looked at while building
``stoltlib.text.logical_lines``), 005-010 the *report* split.

``--check-floors`` compares the dev figures with the ``metadata_reuters`` section of
``benchmarks/floors.json`` and exits 1 naming every figure below its floor.

Example::

    python benchmarks/metadata_reuters.py --split all --markdown
"""

from __future__ import annotations

import argparse
import sys
import time
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import stoltlib
from stoltlib.manager import known_plugin_names

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEFAULT_DATA = ROOT.parent / "shared" / "eval" / "reuters"
sys.path.insert(0, str(HERE))
from floors import below_floors, floor_exit  # noqa: E402
from reuters import records, story_text  # noqa: E402

BENCHMARK = "metadata_reuters"
SPLITS = {"dev": range(0, 5), "report": range(5, 11)}
FIELDS = ("title", "dateline", "no_author")


def stories(data: Path, files: range) -> Iterator[dict[str, Any]]:
    """The records of the split's files that have a title, a dateline and a body."""
    for _, record in records(data, files):
        yield record


def place_of(dateline: str) -> str:
    """The place of a dateline: "CHERRY HILL, N.J., March 13 -" gives "CHERRY HILL"."""
    return dateline.split(",")[0].split(" -")[0].strip()


def score(split: str, data: Path) -> dict[str, Any]:
    """The split's figures: the share of stories right on each field, and the time taken."""
    others = known_plugin_names() - {"outlet"}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        manager = stoltlib.get_plugin_manager(builtins_only=True, disable=others, environ={})
    right = dict.fromkeys(FIELDS, 0)
    count = 0
    seconds = 0.0
    for record in stories(data, SPLITS[split]):
        text = story_text(record)
        started = time.process_time()
        metadata = stoltlib.analyze(stoltlib.Document(id="r", text=text), plugins=manager).metadata
        seconds += time.process_time() - started
        count += 1
        right["title"] += metadata.title is not None and metadata.title.text == record["title"]
        found = metadata.dateline
        right["dateline"] += found is not None and place_of(
            text[found.start : found.end]
        ) == place_of(record["dateline"])
        right["no_author"] += not metadata.authors
    return {
        "stories": count,
        **{name: right[name] / count if count else 0.0 for name in FIELDS},
        "ms_per_story": 1000 * seconds / count if count else 0.0,
    }


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; 0 on success or without the data, 1 below a floor."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=[*SPLITS, "all"], default="dev")
    parser.add_argument("--check-floors", action="store_true", help="exit 1 below a floor")
    parser.add_argument("--markdown", action="store_true", help="print a markdown table")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the reuters folder")
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        print(f"{args.data} is absent: skipped")
        return 0
    names = list(SPLITS) if args.split == "all" else [args.split]
    results = {name: score(name, args.data) for name in names}
    if args.markdown:
        print("| split | stories | title | dateline | no author | ms/story |")
        print("|---|---|---|---|---|---|")
    for name, result in results.items():
        figures = [f"{result[field]:.3f}" for field in FIELDS]
        if args.markdown:
            cells = [name, str(result["stories"]), *figures, f"{result['ms_per_story']:.2f}"]
            print("| " + " | ".join(cells) + " |")
        else:
            print(f"{name:7} {result['stories']:5d} " + " ".join(figures))
    if args.check_floors:
        dev = results.get("dev") or score("dev", args.data)
        return floor_exit(BENCHMARK, below_floors(BENCHMARK, {key: dev[key] for key in FIELDS}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
