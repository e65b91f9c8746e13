"""Golden tests: the offices plugin's events for each seed against seeds/gold/events/.

Every gold event is its own test, matched to the plugin's events of the same type and person
whose evidence overlaps the gold evidence, so that a known miss stays visible as a strict xfail
(an entry with ``miss = "why"``). A seed's events the gold does not list fail its no-spurious
test.
"""

from __future__ import annotations

import sys
from typing import Any

import pytest
import regex

from stoltlib import Analysis, Document, Event
from stoltlib.pipeline import Pipeline

from .conftest import SEEDS

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

GOLD = {
    path.stem: tomllib.loads(path.read_text(encoding="utf-8"))
    for path in sorted((SEEDS / "gold" / "events").glob("*.toml"))
}
_SPACE = regex.compile(r"\s+")


def _same(text: str) -> str:
    return _SPACE.sub(" ", text).strip().casefold()


@pytest.fixture(scope="module")
def analyses(pipeline: Pipeline) -> dict[str, Analysis]:
    """Each seed analysed with the built-in plugins."""
    return {
        name: pipeline.analyze(Document(id=name, text=(SEEDS / f"{name}.txt").read_text("utf-8")))
        for name in GOLD
    }


def _evidence_span(seed: str, item: dict[str, Any]) -> tuple[int, int]:
    text = (SEEDS / f"{seed}.txt").read_text("utf-8")
    pattern = r"\s+".join(regex.escape(word) for word in item["evidence"].split())
    match = regex.search(pattern, text)
    assert match is not None, f"gold evidence not in the seed: {item['evidence']!r}"
    return match.span()


def _matches(event: Event, seed: str, item: dict[str, Any]) -> bool:
    if event.type != item["type"] or event.person is None or event.evidence is None:
        return False
    start, end = _evidence_span(seed, item)
    overlap = event.evidence.start < end and start < event.evidence.end
    return overlap and _same(event.person.name) == _same(item["person"])


def test_every_seed_has_gold_events() -> None:
    """Each seed article has a gold events file."""
    assert sorted(GOLD) == sorted(path.stem for path in SEEDS.glob("*.txt"))


def _cases() -> list[Any]:
    cases = []
    for seed, gold in sorted(GOLD.items()):
        for index, item in enumerate(gold.get("events", [])):
            marks = [pytest.mark.xfail(strict=True, reason=item["miss"])] if "miss" in item else []
            cases.append(
                pytest.param(seed, index, marks=marks, id=f"{seed}-{index}-{item['type']}")
            )
    return cases


@pytest.mark.parametrize(("seed", "index"), _cases())
def test_gold_event_is_found(analyses: dict[str, Analysis], seed: str, index: int) -> None:
    """Each gold event is found with its type, person, position, organization, time, modality."""
    item = GOLD[seed]["events"][index]
    found = [e for e in analyses[seed].events if _matches(e, seed, item)]
    assert found, f"not found: {item}"
    event = found[0]
    assert _same(event.position or "") == _same(item["position"])
    assert _same(event.organization or "") == _same(item["organization"])
    assert (event.time.value if event.time else "") == item["time"]
    assert event.modality == item["modality"]


@pytest.mark.parametrize("seed", sorted(GOLD))
def test_no_spurious_events(analyses: dict[str, Analysis], seed: str) -> None:
    """Every event the plugin finds in a seed is one the gold lists."""
    items = GOLD[seed].get("events", [])
    spurious = [
        (e.type, e.person.name if e.person else None)
        for e in analyses[seed].events
        if not any(_matches(e, seed, item) for item in items)
    ]
    assert spurious == []
