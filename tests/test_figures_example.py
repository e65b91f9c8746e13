"""The third-party plugin example (docs/examples/stoltlib-figures), installed and discovered.

CI installs the example as its own distribution (``.ci/run``), and these tests find it the way
a user's stoltlib does: through the ``stoltlib`` entry-point group, with no registration code.
Locally they skip when it is not installed (``pip install -e docs/examples/stoltlib-figures``);
under ``CI=true`` a missing example fails instead, so a broken install step cannot hide.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import stoltlib

from .conftest import ROOT
from .test_cli import run_process, write

EXAMPLE = ROOT / "docs" / "examples" / "stoltlib-figures"


@pytest.fixture(scope="module", autouse=True)
def _installed() -> None:
    """Skip (locally) or fail (in CI) when the example is not installed."""
    if importlib.util.find_spec("stoltlib_figures") is None:
        message = f"the plugin example is not installed: pip install -e {EXAMPLE}"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


def test_entry_point_discovery_finds_the_example_as_a_third_party_plugin() -> None:
    """The default plugin manager loads 'figures' from its own distribution, not built in."""
    manager = stoltlib.get_plugin_manager(environ={})
    info = {row.name: row for row in manager.plugin_info()}
    figures = info["figures"]
    assert (figures.distribution, figures.module, figures.builtin) == (
        "stoltlib-figures",
        "stoltlib_figures",
        False,
    )
    assert set(figures.hooks) == {"stoltlib_events", "stoltlib_mentions"}
    assert not manager.load_errors
    assert "figures" not in {
        row.name for row in stoltlib.get_plugin_manager(builtins_only=True).plugin_info()
    }


def test_stoltlib_extract_runs_the_installed_example(tmp_path: Path) -> None:
    """`stoltlib extract` reports its figures and claimed figures; --disable leaves it out."""
    write(
        tmp_path / "a.txt",
        "NATO Secretary General Jens Stoltenberg said on Monday that allies must spend 2% of "
        "GDP on defence, a goal all 31 allied governments share.",
    )
    process = run_process("extract", "a.txt", cwd=tmp_path)
    assert process.returncode == 0, process.stderr
    analysis = json.loads(process.stdout)
    figures = [m for m in analysis["mentions"] if m["plugin"] == "figures"]
    assert [(m["kind"], m["text"], m["entity"]) for m in figures] == [
        ("figure.percent", "2% of GDP", "2%"),
        ("figure.count", "all 31 allied governments", "31"),
    ]
    claimed = [e for e in analysis["events"] if e["plugin"] == "figures"]
    assert claimed and claimed[0]["source"]["name"] == "Jens Stoltenberg"
    disabled = run_process("extract", "a.txt", "--disable", "figures", cwd=tmp_path)
    without = json.loads(disabled.stdout)
    assert [m for m in without["mentions"] if m["plugin"] == "figures"] == []
    assert without["events"] == [e for e in analysis["events"] if e["plugin"] != "figures"]


def test_the_examples_own_tests_pass() -> None:
    """The example's own test suite (what its author runs) passes against this stoltlib."""
    process = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(EXAMPLE / "tests")],
        capture_output=True,
        text=True,
        cwd=EXAMPLE,
        timeout=300,
        check=False,
    )
    assert process.returncode == 0, process.stdout + process.stderr
    assert " passed" in process.stdout
