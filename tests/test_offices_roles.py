"""Positions and organisations of titles before names, on titles written for the test."""

from __future__ import annotations

import pytest
from stoltlib_offices.roles import split_title

from stoltlib import Document
from stoltlib.pipeline import Pipeline


@pytest.mark.parametrize(
    ("words", "position", "political", "expected"),
    [
        (["Deputy"], "Oil Minister", True, ("Deputy Oil Minister", [])),
        (["Ruritanian", "Deputy"], "Minister", True, ("Deputy Minister", ["Ruritanian"])),
        (["Brazilian", "Fisheries"], "Minister", True, ("Fisheries Minister", ["Brazilian"])),
        (["British", "Airways"], "Chairman", False, ("Chairman", ["British", "Airways"])),
        (
            ["Soviet", "Communist", "Party"],
            "Secretary",
            True,
            ("Secretary", ["Soviet", "Communist", "Party"]),
        ),
        (["Northwind"], "Chairman", False, ("Chairman", ["Northwind"])),
    ],
)
def test_split_title(
    words: list[str], position: str, political: bool, expected: tuple[str, list[str]]
) -> None:
    """A rank opens the position; a portfolio after a demonym joins a political title."""
    assert split_title(words, position, political) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Former Assistant Secretary of Defense Tom Birch said prices rose.",
            ("Assistant Defence Secretary", None),
        ),
        (
            "Former Brazilian Fisheries Minister Tom Birch said prices rose.",
            ("Fisheries Minister", "Brazilian"),
        ),
        (
            "Tom Birch, former Assistant Secretary of Defense, said prices rose.",
            ("Assistant Defence Secretary", None),
        ),
    ],
)
def test_a_rank_or_portfolio_is_no_organisation(
    pipeline: Pipeline, text: str, expected: tuple[str, str | None]
) -> None:
    """The tenure's office keeps its rank and portfolio, its organisation only a name."""
    (event,) = pipeline.analyze(Document(id="t", text=text, published="1987-03-02")).events
    assert (event.position, event.organization) == expected
