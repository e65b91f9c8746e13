"""Golden tests: the quotes plugin's claims for each seed against seeds/gold/claims/.

Every gold claim is its own test, so that a known miss stays visible as a strict xfail (an entry
with ``miss = "why"``) instead of hiding the rest of the seed's results. A gold claim is found
when a claim of the plugin covers at least :data:`STRICT` of its content (GenderGapTracker's
strict threshold); it must then have the gold kind, speaker phrase and cue, and the speaker's
resolved name when the gold gives one. A seed's extra claims fail its no-unexpected test (a
strict xfail when the gold file says ``spurious_miss``).
"""

from __future__ import annotations

import sys
from typing import Any

import pytest
import regex

from stoltlib import Analysis, Claim, Document
from stoltlib.evaluate.quotes import coverage
from stoltlib.pipeline import Pipeline

from .conftest import SEEDS

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

GOLD = {
    path.stem: tomllib.loads(path.read_text(encoding="utf-8"))
    for path in sorted((SEEDS / "gold" / "claims").glob("*.toml"))
}
TEXTS = {name: (SEEDS / f"{name}.txt").read_text("utf-8") for name in GOLD}
#: The share of a gold claim's content a claim must cover to be its match.
STRICT = 0.8
_SPACE = regex.compile(r"\s+")


def same_text(text: str) -> str:
    """Text with every run of white space (no-break spaces included) as one space."""
    return _SPACE.sub(" ", text).strip()


def locate(text: str, piece: str) -> tuple[int, int]:
    """Where a gold content piece stands in the text (white space read loosely)."""
    pattern = r"\s+".join(regex.escape(word) for word in piece.split())
    match = regex.search(pattern, text)
    assert match is not None, f"gold content not in the text: {piece!r}"
    return match.span()


def gold_spans(seed: str, item: dict[str, Any]) -> tuple[tuple[int, int], ...]:
    return tuple(locate(TEXTS[seed], piece) for piece in item["content"])


def spans(claim: Claim) -> tuple[tuple[int, int], ...]:
    return tuple((piece.start, piece.end) for piece in claim.content)


@pytest.fixture(scope="module")
def analyses(pipeline: Pipeline) -> dict[str, Analysis]:
    """Each seed analysed with the built-in plugins."""
    return {name: pipeline.analyze(Document(id=name, text=TEXTS[name])) for name in GOLD}


def test_every_seed_has_gold_claims() -> None:
    """Each seed article has a gold claims file."""
    assert sorted(GOLD) == sorted(path.stem for path in SEEDS.glob("*.txt"))


def _cases() -> list[Any]:
    cases = []
    for seed, gold in sorted(GOLD.items()):
        for index, item in enumerate(gold.get("claims", [])):
            marks = [pytest.mark.xfail(strict=True, reason=item["miss"])] if "miss" in item else []
            label = same_text(item["content"][0])[:40]
            cases.append(pytest.param(seed, index, marks=marks, id=f"{seed}-{index}-{label}"))
    return cases


@pytest.mark.parametrize(("seed", "index"), _cases())
def test_gold_claim_is_found(analyses: dict[str, Analysis], seed: str, index: int) -> None:
    """Each gold claim is found with its kind, speaker, speaker's name and cue."""
    item = GOLD[seed]["claims"][index]
    wanted = gold_spans(seed, item)
    found = [c for c in analyses[seed].claims if coverage(wanted, spans(c)) >= STRICT]
    assert found, f"no claim covers {item['content']!r}"
    claim = max(found, key=lambda c: coverage(wanted, spans(c)))
    speaker = claim.speaker
    assert claim.kind == item["kind"]
    assert same_text(speaker.text if speaker else "") == same_text(item.get("speaker", ""))
    if "entity" in item:
        assert speaker is not None and speaker.entity == item["entity"]
    assert same_text(claim.cue.text if claim.cue else "") == same_text(item.get("cue", ""))


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
def test_no_unexpected_claims(analyses: dict[str, Analysis], seed: str) -> None:
    """Every claim the plugin reports is mostly inside a gold claim's content."""
    wanted = [gold_spans(seed, item) for item in GOLD[seed].get("claims", [])]
    extra = [
        [piece.text for piece in claim.content]
        for claim in analyses[seed].claims
        if not any(coverage(spans(claim), gold) >= 0.5 for gold in wanted)
    ]
    assert extra == []


@pytest.mark.parametrize("seed", sorted(GOLD))
def test_claims_keep_the_contract(analyses: dict[str, Analysis], seed: str) -> None:
    """Claims are the quotes plugin's, with a known kind, a confidence and slicing spans."""
    text = TEXTS[seed]
    for claim in analyses[seed].claims:
        assert claim.plugin == "quotes"
        assert claim.kind in ("direct", "mixed", "indirect")
        assert claim.confidence is not None and 0 < claim.confidence <= 1
        for piece in claim.content:
            assert text[piece.start : piece.end] == piece.text
