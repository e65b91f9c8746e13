"""Golden tests: the dates plugin's time expressions for each seed against seeds/gold/times/.

Every gold expression is its own test, matched to the plugin's expressions of the same text in
order, so that a known miss stays visible as a strict xfail (an entry with ``miss = "why"``)
instead of hiding the rest of the seed's results. A seed's extra expressions fail its
no-unexpected test (a strict xfail when the gold file says ``spurious_miss``).
"""

from __future__ import annotations

import sys
from collections import Counter
from typing import Any

import pytest
import regex

from stoltlib import Analysis, Document
from stoltlib.pipeline import Pipeline

from .conftest import SEEDS

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

GOLD = {
    path.stem: tomllib.loads(path.read_text(encoding="utf-8"))
    for path in sorted((SEEDS / "gold" / "times").glob("*.toml"))
}
_SPACE = regex.compile(r"\s+")
# Values that name calendar days: days, months, years, decades, centuries, weeks, quarters,
# halves and seasons with every digit known.
_CALENDAR = regex.compile(
    r"\d{4}-\d\d-\d\d|\d{4}-\d\d|\d{2,4}|\d{4}-W\d\d(?:-WE)?|\d{4}-[QH]\d|\d{4}-(?:SP|SU|FA|WI)"
)
# Values whose digits begin every day they name.
_PREFIXED = regex.compile(r"\d{4}-\d\d-\d\d|\d{4}-\d\d|\d{2,4}")


def same_text(text: str) -> str:
    """Text with every run of white space (no-break spaces included) as one space."""
    return _SPACE.sub(" ", text).strip()


@pytest.fixture(scope="module")
def analyses(pipeline: Pipeline) -> dict[str, Analysis]:
    """Each seed analysed with the built-in plugins."""
    return {
        name: pipeline.analyze(Document(id=name, text=(SEEDS / f"{name}.txt").read_text("utf-8")))
        for name in GOLD
    }


def test_every_seed_has_gold_times() -> None:
    """Each seed article has a gold time-expression file."""
    assert sorted(GOLD) == sorted(path.stem for path in SEEDS.glob("*.txt"))


def _cases() -> list[Any]:
    """One test case per gold expression, a strict xfail where the gold names a known miss."""
    cases = []
    for seed, gold in sorted(GOLD.items()):
        for index, item in enumerate(gold.get("times", [])):
            marks = [pytest.mark.xfail(strict=True, reason=item["miss"])] if "miss" in item else []
            cases.append(
                pytest.param(seed, index, marks=marks, id=f"{seed}-{index}-{item['text']}")
            )
    return cases


@pytest.mark.parametrize(("seed", "index"), _cases())
def test_gold_time_is_found(analyses: dict[str, Analysis], seed: str, index: int) -> None:
    """Each gold expression is found with its text, type, value and mod."""
    items = GOLD[seed]["times"]
    item = items[index]
    text = same_text(item["text"])
    nth = sum(same_text(other["text"]) == text for other in items[:index])
    found = [t for t in analyses[seed].times if same_text(t.text) == text]
    assert nth < len(found), f"{item['text']!r} (occurrence {nth + 1}) not found"
    time = found[nth]
    assert (time.type, time.value, time.mod) == (item["type"], item["value"], item.get("mod"))


def _seed_cases() -> list[Any]:
    """One case per seed, a strict xfail where the gold names a known spurious expression."""
    return [
        pytest.param(
            seed,
            marks=[pytest.mark.xfail(strict=True, reason=gold["spurious_miss"])]
            if "spurious_miss" in gold
            else [],
        )
        for seed, gold in sorted(GOLD.items())
    ]


@pytest.mark.parametrize("seed", _seed_cases())
def test_no_unexpected_times(analyses: dict[str, Analysis], seed: str) -> None:
    """Every expression the plugin reports is one the gold lists."""
    gold = Counter(same_text(item["text"]) for item in GOLD[seed].get("times", []))
    found = Counter(same_text(t.text) for t in analyses[seed].times)
    assert found - gold == Counter()


@pytest.mark.parametrize("seed", sorted(GOLD))
def test_resolved_dates_have_their_interval(analyses: dict[str, Analysis], seed: str) -> None:
    """A DATE of known calendar days carries them; the interval spells the value's own parts."""
    for time in analyses[seed].times:
        known = time.type == "DATE" and _CALENDAR.fullmatch(time.value) is not None
        assert (time.interval is not None) == known, time
        if time.interval is not None:
            first, last = time.interval
            assert first <= last, time
            # "2024-10" runs from "2024-10-01" to "2024-10-31", "199" from "1990-..." to
            # "1999-...": a day, month, year, decade or century is a prefix of both ends.
            if _PREFIXED.fullmatch(time.value):
                assert first.startswith(time.value) and last.startswith(time.value), time
            else:  # a week, quarter, half or season stays within its year (a winter may not)
                assert time.value[:4] in (first[:4], last[:4]), time
