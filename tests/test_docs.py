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


# A fenced shell block: ```sh, ```bash, ```console or ```shell.
_SHELL_BLOCK = regex.compile(
    r"^```(?:sh|bash|shell|console)\n(?P<code>.*?)^```", regex.MULTILINE | regex.DOTALL
)


def _stoltlib_commands(page: Path) -> list[list[str]]:
    """Each `stoltlib ...` command of the page's shell blocks, as its arguments."""
    import shlex

    found = []
    for block in _SHELL_BLOCK.finditer(page.read_text(encoding="utf-8")):
        for line in block.group("code").splitlines():
            for part in regex.split(r"\|\|?|&&|;", " ".join(shlex.split(line, comments=True))):
                words = shlex.split(part)
                while words and regex.fullmatch(r"[A-Z_]+=\S*", words[0]):
                    words = words[1:]  # STOLTLIB_DISABLE=a,b stoltlib ...
                if words[:1] == ["stoltlib"]:
                    found.append(words[1:])
    return found


COMMAND_PAGES = [page for page in PAGES if _stoltlib_commands(page)]


@pytest.mark.parametrize("page", COMMAND_PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_shell_commands_name_real_commands_and_options(page: Path) -> None:
    """Every `stoltlib ...` line in a shell block parses: its command and options exist."""
    import click

    from stoltlib.cli import cli

    for args in _stoltlib_commands(page):
        assert args and args[0] in cli.commands, f"{page.name}: no command in {args}"
        command = cli.commands[args[0]]
        try:
            command.make_context(args[0], args[1:])
        except click.ClickException as error:
            pytest.fail(f"{page.name}: `stoltlib {' '.join(args)}`: {error.format_message()}")
