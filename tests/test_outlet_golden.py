"""Golden tests: the outlet plugin's metadata for each seed against seeds/gold/*.toml.

Every gold value is its own test, so that a known miss stays visible as a strict xfail (an entry
with ``miss = "why"``) instead of hiding the rest of the seed's results.
"""

from __future__ import annotations

import sys
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
    for path in sorted((SEEDS / "gold").glob("*.toml"))
}
FIELDS = (
    "title",
    "outlet",
    "authors",
    "agencies",
    "photo_credits",
    "language",
    "published",
    "dateline",
)

_SPACE = regex.compile(r"\s+")


def same_text(a: str) -> str:
    """Text with every run of white space (no-break spaces included) as one space."""
    return _SPACE.sub(" ", a).strip()


@pytest.fixture(scope="module")
def analyses(pipeline: Pipeline) -> dict[str, Analysis]:
    """Each seed analysed with the built-in plugins."""
    return {
        name: pipeline.analyze(Document(id=name, text=(SEEDS / f"{name}.txt").read_text("utf-8")))
        for name in GOLD
    }


def test_every_seed_has_gold() -> None:
    """Each seed article has a gold metadata file."""
    assert sorted(GOLD) == sorted(path.stem for path in SEEDS.glob("*.txt"))


def _found(analysis: Analysis, field: str) -> Any:
    metadata = analysis.metadata
    value = getattr(metadata, field)
    if field == "title":
        return same_text(value.text) if value else None
    if field in ("authors", "photo_credits"):
        return [same_text(item.text) for item in value]
    if field == "agencies":
        return list(value)
    if field == "published":
        return value and {
            "value": value.value,
            "source": value.source,
            "text": analysis.text[value.start : value.end],
        }
    if field == "dateline":
        return value and {
            "place": value.place,
            "agency": value.agency,
            "text": analysis.text[value.start : value.end],
        }
    return value


@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize("seed", sorted(GOLD))
def test_metadata_field_matches_gold(analyses: dict[str, Analysis], seed: str, field: str) -> None:
    """Each metadata field equals the gold value (absent in the gold file: nothing found)."""
    expected = GOLD[seed].get(field)
    if isinstance(expected, dict):
        expected = {key: value for key, value in expected.items() if key != "miss"}
    elif isinstance(expected, list) and field != "agencies":
        expected = [same_text(item) for item in expected]
    elif isinstance(expected, str) and field == "title":
        expected = same_text(expected)
    assert _found(analyses[seed], field) == expected


def _boilerplate_cases() -> list[Any]:
    cases = []
    for seed, gold in sorted(GOLD.items()):
        for index, item in enumerate(gold.get("boilerplate", [])):
            marks = [pytest.mark.xfail(strict=True, reason=item["miss"])] if "miss" in item else []
            cases.append(pytest.param(seed, index, marks=marks, id=f"{seed}-{index}"))
    return cases


def _block_matches(analysis: Analysis, block: Any, item: dict[str, Any]) -> bool:
    text = same_text(analysis.text[block.start : block.end])
    return block.kind == item["kind"] and text.startswith(same_text(item["text"]))


@pytest.mark.parametrize(("seed", "index"), _boilerplate_cases())
def test_gold_boilerplate_is_found(analyses: dict[str, Analysis], seed: str, index: int) -> None:
    """Each stretch of site furniture in the gold is found, with its kind."""
    item = GOLD[seed]["boilerplate"][index]
    analysis = analyses[seed]
    assert any(_block_matches(analysis, block, item) for block in analysis.metadata.boilerplate)


@pytest.mark.parametrize("seed", sorted(GOLD))
def test_no_story_text_is_called_boilerplate(analyses: dict[str, Analysis], seed: str) -> None:
    """Every boilerplate block found is one the gold lists: the story itself is never marked."""
    analysis = analyses[seed]
    gold = GOLD[seed].get("boilerplate", [])
    unexpected = [
        (block.kind, analysis.text[block.start : block.end][:60])
        for block in analysis.metadata.boilerplate
        if not any(_block_matches(analysis, block, item) for item in gold)
    ]
    assert unexpected == []
