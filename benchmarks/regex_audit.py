r"""Regular-expression audit: every pattern stoltlib and its plugins compile, stressed for blow-ups.

Finds the patterns two ways: every compiled pattern held by a module of ``src/stoltlib`` or
``plugins/`` (module constants, and those in module-level lists, tuples and dicts), and every
pattern the ``re`` and ``regex`` caches hold after the full pipeline ran over the seed articles
(patterns compiled inside functions). Each is then run (``finditer``) over adversarial strings
at two lengths, N and 4N: runs of one character class (letters, capitals, digits, spaces, dots,
quote marks, dashes, line breaks), alternations of two, and news-like runs ("Mr. ", "said ",
"12.10.2024 "). A linear pattern takes about 4x as long on the longer string; a pattern whose
time grows by more than ``--ratio`` (default 10x) and takes more than a millisecond is flagged
as superlinear, with the input that shows it.

    python benchmarks/regex_audit.py [--length 2000] [--ratio 10] [--markdown]

Not part of the tests: docs/regex-audit.md records what this found and what was done about it.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import re
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import regex

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PACKAGES = ["stoltlib", "stoltlib_outlet", "stoltlib_dates", "stoltlib_people", "stoltlib_quotes"]

# The building blocks of the adversarial strings: each is repeated to the wanted length.
UNITS = [
    "a", "A", "Aa", "1", " ", "\t", ".", ",", "-", "\u2014", "\n", "\n\n", "\r\n", '"', "'",
    "\u201c", "\u201d", "\u2019", "(", ")", "a ", "A ", "Aa ", "1 ", "1.", "1,", "1:", "1/",
    "a.", "A.", "a-", "A-", "a'", "Mr. ", "said ", "on ", "the ", "Jan ", "Monday ", "12.10.2024 ",
    "2024 ", "p.m. ", "U.S. ", "\u201cA ", "A \u201d", "<a ", "<meta ", "=\"", "a\u00a0", "\u00a0",
]  # fmt: skip


def modules() -> Iterator[Any]:
    """Every module of stoltlib and the first-party plugins, imported."""
    for name in PACKAGES:
        package = importlib.import_module(name)
        yield package
        for info in pkgutil.walk_packages(package.__path__, f"{name}."):
            if info.name.endswith(("stoltlib.dask", "__main__")):
                continue
            try:
                yield importlib.import_module(info.name)
            except ImportError:
                continue


def _patterns_in(value: Any, depth: int = 0) -> Iterator[Any]:
    if isinstance(value, (re.Pattern, regex.Pattern)):
        yield value
    elif depth < 2 and isinstance(value, (list, tuple, frozenset, set)):
        for item in value:
            yield from _patterns_in(item, depth + 1)
    elif depth < 2 and isinstance(value, dict):
        for item in value.values():
            yield from _patterns_in(item, depth + 1)


def collect() -> dict[tuple[str, Any, int], tuple[Any, str]]:
    """Every pattern, by (engine, source, flags): the compiled pattern and where it was found."""
    found: dict[tuple[str, Any, int], tuple[Any, str]] = {}
    for module in modules():
        for name, value in vars(module).items():
            for pattern in _patterns_in(value):
                key = (type(pattern).__module__, pattern.pattern, pattern.flags)
                found.setdefault(key, (pattern, f"{module.__name__}.{name}"))
    import stoltlib

    # Patterns compiled inside functions: caught as the pipeline compiles them, and kept only
    # when the code asking for them is ours (the caches also hold the standard library's).
    ours = (str(ROOT / "src"), str(ROOT / "plugins"))
    regex_module = importlib.import_module("regex._main")  # where regex keeps _compile

    originals = {module: module._compile for module in (re, regex_module)}

    def recording(module: Any) -> Any:
        def compile_and_record(*args: Any, **kwargs: Any) -> Any:
            pattern = originals[module](*args, **kwargs)
            frame = sys._getframe(1)
            while frame is not None and frame.f_code.co_filename.startswith(
                (str(Path(re.__file__).parent), str(Path(regex.__file__).parent))
            ):
                frame = frame.f_back  # type: ignore[assignment]
            if frame is not None and frame.f_code.co_filename.startswith(ours):
                where = f"{Path(frame.f_code.co_filename).name}:{frame.f_lineno}"
                key = (type(pattern).__module__, pattern.pattern, pattern.flags)
                found.setdefault(key, (pattern, f"{where} (inside a function)"))
            return pattern

        return compile_and_record

    for module in originals:
        module._compile = recording(module)  # type: ignore[attr-defined]
    try:
        re.purge()
        regex.purge()
        pipeline = stoltlib.Pipeline(stoltlib.get_plugin_manager(builtins_only=True, environ={}))
        for document in stoltlib.read(ROOT / "seeds"):
            pipeline.analyze(document)
    finally:
        for module, original in originals.items():
            module._compile = original  # type: ignore[attr-defined]
    return found


def _run(pattern: Any, subject: Any, limit: float) -> float:
    """Seconds ``finditer`` takes over ``subject``; ``inf`` past ``limit`` (``regex`` only)."""
    started = time.perf_counter()
    try:
        if isinstance(pattern, regex.Pattern):
            for _ in pattern.finditer(subject, timeout=limit):
                pass
        else:
            for _ in pattern.finditer(subject):
                pass
    except TimeoutError:
        return float("inf")
    return time.perf_counter() - started


def stress(pattern: Any, length: int, limit: float = 2.0) -> tuple[float, float, str]:
    """The worst ratio of times between 4N and N over the adversarial strings, and its input.

    A ``regex`` pattern still running after ``limit`` seconds is stopped by the module's own
    timeout and counts as infinitely slow; a ``re`` pattern cannot be stopped (the reason the
    pipeline's time limit kills worker processes).
    """
    worst = (0.0, 0.0, "")
    is_bytes = isinstance(pattern.pattern, bytes)
    for unit in UNITS:
        short = (unit * (length // len(unit) + 1))[:length]
        long = (unit * (4 * length // len(unit) + 1))[: 4 * length]
        subject_short: Any = short.encode() if is_bytes else short
        subject_long: Any = long.encode() if is_bytes else long
        short_time = _run(pattern, subject_short, limit)
        long_time = _run(pattern, subject_long, limit) if short_time < limit else float("inf")
        ratio = long_time / max(short_time, 1e-6)
        if long_time > 1e-3 and ratio > worst[0]:
            worst = (ratio, long_time, unit)
    return worst


def main(argv: list[str] | None = None) -> int:
    """Run the audit; print one line per flagged pattern and a count."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--length", type=int, default=1000)
    parser.add_argument("--ratio", type=float, default=10.0)
    parser.add_argument("--markdown", action="store_true")
    parser.add_argument("--verbose", action="store_true", help="name each pattern on stderr")
    args = parser.parse_args(argv)
    patterns = collect()
    flagged = []
    for (engine, source, _), (pattern, where) in sorted(patterns.items(), key=lambda i: i[1][1]):
        if args.verbose:
            print(f"... {where} [{engine}] {source!r:.120}", file=sys.stderr, flush=True)
        ratio, seconds, unit = stress(pattern, args.length)
        if ratio > args.ratio:
            flagged.append((where, engine, source, ratio, seconds, unit))
            if args.verbose:
                print(f"!!! {where}: {ratio:.0f}x, {seconds:.3f} s on {unit!r}", file=sys.stderr)
    print(f"{len(patterns)} patterns stressed at {args.length} and {4 * args.length} characters")
    if args.markdown:
        print(
            "\n| where | engine | growth (4x input) | time at 4N | worst input |\n"
            "|---|---|---|---|---|"
        )
    for where, engine, source, ratio, seconds, unit in flagged:
        if args.markdown:
            print(f"| `{where}` | {engine} | {ratio:.0f}x | {seconds * 1e3:.1f} ms | `{unit!r}` |")
        else:
            text = source if isinstance(source, str) else source.decode("latin-1")
            print(
                f"{where} [{engine}] {ratio:.0f}x ({seconds * 1e3:.1f} ms) on {unit!r}: "
                f"{text[:100]!r}"
            )
    print(f"{len(flagged)} flagged as superlinear")
    return 0


if __name__ == "__main__":
    sys.exit(main())
