"""Shared fixtures and hypothesis profiles.

Profiles: ``ci`` (fixed seed, no deadline: the same examples on every run, no timing flakes) is
loaded when the ``CI`` environment variable is set; ``dev`` otherwise (random, more examples
over time through the example database).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

import stoltlib
from stoltlib.pipeline import Pipeline

settings.register_profile(
    "ci",
    derandomize=True,
    deadline=None,
    max_examples=60,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", deadline=None, max_examples=60)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt"))

#: The top-level keys of one analysis in JSON, in order (DESIGN.md's contract, plus warnings).
TOP_LEVEL_KEYS = (
    "stoltlib",
    "id",
    "published",
    "document",
    "text",
    "metadata",
    "times",
    "mentions",
    "claims",
    "events",
    "errors",
    "warnings",
)


@pytest.fixture(scope="session")
def builtin_manager() -> stoltlib.PluginManager:
    """A plugin manager with stoltlib's own plugins only (installed third-party ones left out)."""
    return stoltlib.get_plugin_manager(builtins_only=True, environ={})


@pytest.fixture(scope="session")
def pipeline(builtin_manager: stoltlib.PluginManager) -> Pipeline:
    """A pipeline over the built-in plugins."""
    return Pipeline(builtin_manager)


@pytest.fixture(autouse=True)
def _no_disable_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A STOLTLIB_DISABLE set in the developer's shell must not change test results."""
    monkeypatch.delenv("STOLTLIB_DISABLE", raising=False)
    yield
