r"""How often a naeb page states its gold date at all: the ceiling of the date figures.

A metadata extractor can only find a date the page states. This script counts, per split of
``metadata_naeb.py``, the pages whose gold date occurs anywhere in the page's HTML (markup, meta
tags, JSON-LD, scripts and the canonical URL included) and anywhere in its plain-text rendering
(``html_to_text.py``, the benchmark's plain-text path), in any of the common written forms:
ISO and slashed year-first dates, compact ``YYYYMMDD``, US and day-first numeric dates with
four- or two-digit years, and month names (full or abbreviated, with or without ordinal
suffixes) before or after the day with the year. A page counted here may still state the date
only by coincidence (a related story of that day), so the figures are upper bounds of what
any system reading the page alone can score.

It scores no system and tunes nothing: it reads the gold and the pages, never stoltlib's
predictions, so running it on the report split is no tuning on that split.

    python benchmarks/metadata_naeb_ceiling.py            # a line per split
    python benchmarks/metadata_naeb_ceiling.py --list     # also the pages not stating it

The script skips (exit 0) when ``../shared/eval/naeb_dev`` is absent.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Sequence
from pathlib import Path

import regex

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from html_to_text import decode_html, html_to_text  # noqa: E402
from metadata_naeb import DEFAULT_DATA, SPLITS, Page, load_pages  # noqa: E402


def literal_forms(day: dt.date) -> list[str]:
    """The numeric spellings of ``day`` looked for as plain substrings."""
    y, m, d = day.year, day.month, day.day
    yy = f"{y % 100:02d}"
    return [
        f"{y}-{m:02d}-{d:02d}",  # ISO 8601, as meta tags and JSON-LD write it
        f"{y}/{m:02d}/{d:02d}",  # year-first with slashes, as many article URLs do
        f"{y}/{m}/{d}/",  # the same unpadded, as a URL path
        f"{y}{m:02d}{d:02d}",  # compact, in ids and URLs
        f"{m:02d}/{d:02d}/{y}",  # US numeric
        f"{m}/{d}/{y}",
        f"{m}/{d}/{yy}",
        f"{m:02d}/{d:02d}/{yy}",
        f"{d:02d}.{m:02d}.{y}",  # day-first dotted, as European outlets write it
        f"{d}.{m}.{y}",
        f"{d:02d}.{m:02d}.{yy}",
        f"{d:02d}/{m:02d}/{y}",  # day-first with slashes
    ]


def written_patterns(day: dt.date) -> list[regex.Pattern[str]]:
    """Patterns of ``day`` written with its month's name, case-insensitive."""
    month = f"(?:{day.strftime('%B')}|{day.strftime('%b')})"
    ordinal = "(?:st|nd|rd|th)?"
    return [
        # "May 2, 2023", "Feb. 02 2023", "May 2nd, 2023"
        regex.compile(rf"{month}\.?\s+0?{day.day}{ordinal},?\s+{day.year}", regex.I),
        # "2 May 2023", "2nd of May, 2023"
        regex.compile(rf"\b0?{day.day}{ordinal}\s+(?:of\s+)?{month}\.?,?\s+{day.year}", regex.I),
    ]


def states(text: str, day: dt.date) -> bool:
    """Whether ``text`` writes ``day`` in one of the forms this script knows."""
    if any(form in text for form in literal_forms(day)):
        return True
    return any(pattern.search(text) for pattern in written_patterns(day))


def main(argv: Sequence[str] | None = None) -> int:
    """Print the ceilings; exit 0 (also when the data is absent)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the naeb_dev folder")
    parser.add_argument("--list", action="store_true", help="list the pages not stating it")
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        print(f"metadata_naeb_ceiling: {args.data} is absent; skipping.")
        return 0
    pages = [page for page in load_pages(args.data) if page.gold.get("date")]
    groups: dict[str, list[Page]] = {name: [p for p in pages if p.split == name] for name in SPLITS}
    groups["all"] = pages
    found: dict[str, tuple[bool, bool]] = {}
    for page in pages:
        day = dt.date.fromisoformat(str(page.gold["date"])[:10])
        html = decode_html(page.path.read_bytes())
        found[page.html_file] = (states(html, day), states(html_to_text(html), day))
    for name, group in groups.items():
        in_html = sum(found[page.html_file][0] for page in group)
        in_text = sum(found[page.html_file][1] for page in group)
        print(
            f"{name}: {len(group)} pages with a gold date; stated in the HTML {in_html} "
            f"({in_html / len(group):.3f}), in the plain text {in_text} "
            f"({in_text / len(group):.3f})"
        )
    if args.list:
        for page in pages:
            if not found[page.html_file][0]:
                print(f"  not stated: {page.split} {page.html_file} gold {page.gold['date']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
