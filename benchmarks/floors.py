"""The quality ratchet's one rule, shared by every benchmark: figures below their floors.

``benchmarks/floors.json`` holds, per benchmark, the lowest value each headline figure may
take; CI runs each benchmark with ``--check-floors``. Floors only ever go up.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

#: The floors of every benchmark, by benchmark and figure name.
FLOORS = Path(__file__).resolve().parent / "floors.json"


def below_floors(
    benchmark: str, figures: Mapping[str, float], floors_file: Path = FLOORS
) -> list[str]:
    """Every figure of ``benchmark`` below its floor, as a message; empty when all are met."""
    floors = json.loads(floors_file.read_text(encoding="utf-8")).get(benchmark, {})
    return [
        f"{name}: {figures[name]:.3f} < floor {floor:.3f}"
        for name, floor in sorted(floors.items())
        if name in figures and figures[name] < floor
    ]


def floor_exit(
    benchmark: str, failures: Sequence[str], checked: bool = True, floors_file: Path = FLOORS
) -> int:
    """The exit status of a floor check, 1 when a figure is below its floor, else 0.

    ``failures`` (from :func:`below_floors`) go to stderr; a passed check (``checked``) says so.
    """
    if failures:
        print(f"{benchmark}: below the floor ({floors_file}):", file=sys.stderr)
        for message in failures:
            print(f"  {message}", file=sys.stderr)
        return 1
    if checked:
        print(f"{benchmark}: every headline figure is at or above its floor.")
    return 0
