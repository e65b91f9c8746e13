"""The hook contract is documented and tested, hook by hook."""

from __future__ import annotations

import inspect

import pytest

from stoltlib import hookspecs

from .conftest import ROOT

HOOKS = sorted(
    name
    for name, _ in inspect.getmembers(hookspecs, inspect.isfunction)
    if name.startswith("stoltlib_")
)


def test_the_contract_has_the_design_hooks() -> None:
    """hookspecs.py defines the read and four stage hooks plus the lexicon hook."""
    assert (
        sorted(
            [
                "stoltlib_read",
                "stoltlib_metadata",
                "stoltlib_mentions",
                "stoltlib_claims",
                "stoltlib_events",
                "stoltlib_lexicon",
            ]
        )
        == HOOKS
    )


@pytest.mark.parametrize("hook", HOOKS)
def test_every_hook_says_when_what_and_how_results_combine(hook: str) -> None:
    """Each hook's docstring covers when it runs, what it gets and returns, how it combines."""
    doc = inspect.getdoc(getattr(hookspecs, hook)) or ""
    for part in ("When:", "Gets:", "Returns:", "Combined:"):
        assert part in doc, f"{hook} docstring lacks {part!r}"


@pytest.mark.parametrize("hook", HOOKS)
def test_every_hook_has_a_guide_entry(hook: str) -> None:
    """The plugin-author guide has a heading for each hook."""
    guide = (ROOT / "docs" / "plugins.md").read_text(encoding="utf-8")
    assert any(line.startswith("#") and hook in line for line in guide.splitlines()), hook


@pytest.mark.parametrize("hook", HOOKS)
def test_every_hook_is_exercised_by_a_test(hook: str) -> None:
    """Some test other than this file implements or calls each hook."""
    sources = [
        p.read_text(encoding="utf-8")
        for p in (ROOT / "tests").glob("test_*.py")
        if p.name != "test_hookspecs.py"
    ]
    assert any(f"def {hook}" in source for source in sources), f"no test implements {hook}"
