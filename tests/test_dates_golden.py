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
from stoltlib_dates.normalize import interval

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
    """A DATE whose value names calendar days carries its first and last day."""
    for time in analyses[seed].times:
        resolvable = time.type == "DATE" and interval(time.value) is not None
        assert time.interval == (interval(time.value) if resolvable else None), time
