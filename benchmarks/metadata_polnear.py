r"""Outlet metadata on political news as archived text: PolNeAR titles and wire credits.

Data: ``../shared/eval/polnear/`` relative to the repository root (PolNeAR v1.0, 2016 US
political news from seven publishers, research use): ``{train,dev}/text/*.txt`` are the
articles as the corpus archived them (the title on the first line, as the archive wrote it,
often with a full stop, or a headline and its deck joined by ";"), and ``metadata.tsv`` gives
each article's ``title``, ``author`` and ``wire`` (the agency whose copy it is: AP, UPI,
Reuters, AFP, or none). The script skips (exit 0) when the folder is absent; nothing from it is
copied into the repository.

Each article's text goes to stoltlib as it is, with no date, URL or outlet. Scores:

- **title**: the title found equals the gold title (``stoltlib.evaluate.metadata``'s folding;
  the gold's line break between headline and deck is a space);
- **wire**: of the articles the metadata credits to an agency, the share where stoltlib names
  that agency among the document's credited agencies ("(AP)" in a dateline, "told Reuters");
- **no false author**: the archived texts print no byline, so an author found must be the
  article's gold author (an author's note) or is a false one.

*train* is the split the title rules were developed on (every fourth article was read while
writing them); *dev* is the report split. ``--check-floors`` compares the train figures, on
every fourth article as CI runs them (``--every 4``), with the ``metadata_polnear`` section of
``benchmarks/floors.json`` and exits 1 naming every figure below its floor.

Example::

    python benchmarks/metadata_polnear.py --split all --markdown
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import stoltlib
from stoltlib.evaluate.metadata import authors_overlap, split_authors, title_matches
from stoltlib.manager import known_plugin_names

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEFAULT_DATA = ROOT.parent / "shared" / "eval" / "polnear"
sys.path.insert(0, str(HERE))
from floors import below_floors, floor_exit  # noqa: E402

BENCHMARK = "metadata_polnear"
SPLITS = ("train", "dev")
FIELDS = ("title", "wire", "no_false_author")
# The metadata's spellings of the agencies, as stoltlib's agency lexicon names them.
WIRES = {"ap": "AP", "upi": "UPI", "reuters": "Reuters", "afp": "AFP"}


def articles(data: Path, split: str, every: int) -> Iterator[tuple[str, dict[str, str]]]:
    """Each article of the split (every ``every``-th) with its metadata row."""
    with (data / "metadata.tsv").open(encoding="utf-8", newline="") as handle:
        rows = {row["filename"]: row for row in csv.DictReader(handle, delimiter="\t")}
    paths = sorted((data / split / "text").glob("*.txt"))
    for path in paths[:: max(1, every)]:
        row = rows.get(path.stem)
        if row is not None:
            yield path.read_text(encoding="utf-8"), row


def score(split: str, data: Path, every: int) -> dict[str, Any]:
    """The split's figures: the share of articles right on each field, and the time taken."""
    others = known_plugin_names() - {"outlet"}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        manager = stoltlib.get_plugin_manager(builtins_only=True, disable=others, environ={})
    right = dict.fromkeys(FIELDS, 0)
    counted = dict.fromkeys(FIELDS, 0)
    seconds = 0.0
    for text, row in articles(data, split, every):
        started = time.process_time()
        metadata = stoltlib.analyze(stoltlib.Document(id="p", text=text), plugins=manager).metadata
        seconds += time.process_time() - started
        title = metadata.title.text if metadata.title else None
        counted["title"] += 1
        right["title"] += title_matches(title, row["title"])
        wire = WIRES.get(row.get("wire", "").strip().lower())
        if wire is not None:
            counted["wire"] += 1
            right["wire"] += wire in metadata.agencies
        counted["no_false_author"] += 1
        found = [author.text for author in metadata.authors]
        right["no_false_author"] += not found or authors_overlap(
            found, split_authors(row.get("author"))
        )
    return {
        "articles": counted["title"],
        "wired": counted["wire"],
        **{name: right[name] / counted[name] if counted[name] else 0.0 for name in FIELDS},
        "ms_per_article": 1000 * seconds / counted["title"] if counted["title"] else 0.0,
    }


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; 0 on success or without the data, 1 below a floor."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=[*SPLITS, "all"], default="train")
    parser.add_argument("--every", type=int, default=1, help="score every N-th article")
    parser.add_argument("--check-floors", action="store_true", help="exit 1 below a floor")
    parser.add_argument("--markdown", action="store_true", help="print a markdown table")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the polnear folder")
    args = parser.parse_args(argv)
    if not (args.data / "metadata.tsv").is_file():
        print(f"{args.data} is absent: skipped")
        return 0
    names = list(SPLITS) if args.split == "all" else [args.split]
    results = {name: score(name, args.data, args.every) for name in names}
    if args.markdown:
        print("| split | articles | title | wire (articles) | no false author | ms/article |")
        print("|---|---|---|---|---|---|")
    for name, result in results.items():
        if args.markdown:
            cells = [
                name,
                str(result["articles"]),
                f"{result['title']:.3f}",
                f"{result['wire']:.3f} ({result['wired']})",
                f"{result['no_false_author']:.3f}",
                f"{result['ms_per_article']:.2f}",
            ]
            print("| " + " | ".join(cells) + " |")
        else:
            figures = " ".join(f"{result[field]:.3f}" for field in FIELDS)
            print(f"{name:6} {result['articles']:4d} {figures} (wired {result['wired']})")
    if args.check_floors:
        train = results.get("train") or score("train", args.data, args.every)
        return floor_exit(BENCHMARK, below_floors(BENCHMARK, {key: train[key] for key in FIELDS}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
