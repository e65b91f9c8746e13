"""Every Python code block in the README and the docs runs as written."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
import regex

from .conftest import ROOT

# A fenced block whose info string is exactly "python"; other languages are not executed.
_PYTHON_BLOCK = regex.compile(r"^```python\n(?P<code>.*?)^```", regex.MULTILINE | regex.DOTALL)

PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("**/*.md"))]

#: The third-party plugin example's source, for the pages that use it when it is not installed
#: (CI installs it; tests/test_figures_example.py checks that it is found as installed).
FIGURES_SOURCE = ROOT / "docs" / "examples" / "stoltlib-figures" / "src"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_code_blocks_run(page: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The page's Python blocks run in order, in one namespace, from the repository root."""
    blocks = [m.group("code") for m in _PYTHON_BLOCK.finditer(page.read_text(encoding="utf-8"))]
    if not blocks:
        pytest.skip("no Python blocks on this page")
    monkeypatch.chdir(ROOT)
    if importlib.util.find_spec("stoltlib_figures") is None:
        monkeypatch.syspath_prepend(str(FIGURES_SOURCE))
    namespace: dict[str, object] = {"__name__": f"docs_{page.stem}"}
    for number, code in enumerate(blocks, 1):
        exec(compile(code, f"{page.name} block {number}", "exec"), namespace)


def test_every_hook_has_a_reference_entry() -> None:
    """docs/reference/hooks.md documents every hook of stoltlib.hookspecs, and nothing else."""
    import inspect

    from stoltlib import hookspecs

    hooks = {name for name, _ in inspect.getmembers(hookspecs, inspect.isfunction)}
    hooks = {name for name in hooks if name.startswith("stoltlib_")}
    page = (ROOT / "docs" / "reference" / "hooks.md").read_text(encoding="utf-8")
    documented = set(regex.findall(r"autofunction:: stoltlib\.hookspecs\.(\w+)", page))
    assert hooks and documented == hooks
