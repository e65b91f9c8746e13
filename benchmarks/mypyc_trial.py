"""Compile stoltlib's modules with mypyc in a throwaway copy, to measure what compiling gains.

Not a build of the package: the wheel stays pure Python (see benchmarks/README.md, "Compiling
with mypyc", for the figures and why no compiled build is offered). This script makes a flat
copy of the committed tree (``git archive HEAD``: ``stoltlib/`` and the ``stoltlib_*`` plugin
packages side by side), compiles the chosen modules in place and prints the ``PYTHONPATH``
to run the copy with; ``benchmarks/scale_parts.py``-style instruction counts or any script
then import the compiled modules (an extension module is found before the ``.py`` beside it).

    python benchmarks/mypyc_trial.py /tmp/trial                      # the set measured
    python benchmarks/mypyc_trial.py /tmp/trial stoltlib/text.py stoltlib/quoting.py

Needs mypy (with mypyc), setuptools, a C compiler, and the lint extra's stubs. The set
measured leaves pure Python what mypyc cannot compile or compiles wrongly as the code stands:
the plugins' ``__init__`` modules and ``stoltlib_outlet/html.py`` (pluggy's ``hookimpl``
sets an attribute on the function, which a compiled function has no room for), the dates
plugin's readers (``Reader`` inherits from three classes: mypyc refuses multiple
inheritance), ``stoltlib/pipeline.py`` (an exception class derived from ``RuntimeError``),
and the modules off the analysis path. The whole set takes 4-15 minutes to build on two
cores (one C file of 25 MB).

One mypyc gap is bridged here rather than in the source: mypyc already treats
``attr.ib(...)`` in a class body as untyped, but not attrs' newer ``attrs.field(...)`` /
``attrs.Factory(...)``; without that, importing a compiled module fails on the first
``x: list[T] = attrs.field(factory=list)`` (``TypeError: list object expected``). Four small
source changes that results identical to pure Python need are made in the copy (``PATCHES``).
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: Modules compiled by default: the analysis path, less what mypyc cannot take (see above).
PURE = {
    "stoltlib_outlet/html.py",
    "stoltlib_dates/extract.py",
    "stoltlib_dates/read_dates.py",
    "stoltlib_dates/read_relative.py",
    "stoltlib_dates/read_spans.py",
    "stoltlib_dates/reader.py",
}
CORE = [
    "stoltlib/text.py",
    "stoltlib/quoting.py",
    "stoltlib/spans.py",
    "stoltlib/tries.py",
    "stoltlib/persons.py",
    "stoltlib/organizations.py",
    "stoltlib/lexicon_files.py",
    "stoltlib/model.py",
]

#: Small source changes the copy needs before mypyc compiles it to the same results (each
#: behaviour-neutral in pure Python; see benchmarks/README.md). ``(file, old, new)``.
PATCHES = [
    # Tuples of plain types are unboxed in compiled code and boxed anew when compared, so
    # ``is`` between two of them is never true there: compare by value (the pairs and the
    # segments are distinct values).
    (
        "stoltlib/quoting.py",
        "if pair is not closing]",
        "if pair != closing]",
    ),
    ("stoltlib_outlet/title.py", "and seg is not head:", "and seg != head:"),
    ("stoltlib_outlet/title.py", "if last is not head and", "if last != head and"),
    # A native class never calls __getattr__ for an empty slot: Sentence's tokens, read when
    # first asked for, need it to stay a Python class.
    (
        "stoltlib_quotes/context.py",
        "\nclass Sentence:",
        "\nfrom mypy_extensions import mypyc_attr\n\n\n@mypyc_attr(native_class=False)"
        "\nclass Sentence:",
    ),
]

_SETUP = """
import sys
import mypyc.irbuild.specialize as specialize
# attrs' newer names for attr.ib / attr.Factory: compile their calls untyped, as mypyc does
# for the old names (mypyc is itself compiled: its registry of special calls is the one hook).
for name in ("attr.field", "attr._next_gen.field", "attrs.field", "attr._make.Factory",
             "attrs.Factory", "attr._make.attrib"):
    specialize.specialize_function(name)(specialize.translate_dataclasses_field_call)
from setuptools import setup
from mypyc.build import mypycify
files = sys.argv[1:]
sys.argv[1:] = ["build_ext", "--inplace"]
setup(name="stoltlib_mypyc_trial", packages=[], ext_modules=mypycify(files, opt_level="3"))
"""


def flat_copy(dest: Path) -> None:
    """The committed ``src/stoltlib`` and ``plugins/stoltlib_*``, side by side in ``dest``."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", "--format=tar", "HEAD", "src/stoltlib", "plugins"],
        check=True,
        capture_output=True,
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(dest / "_tree")  # our own commit
    shutil.move(dest / "_tree" / "src" / "stoltlib", dest / "stoltlib")
    for package in sorted((dest / "_tree" / "plugins").glob("stoltlib_*")):
        shutil.move(package, dest / package.name)
    shutil.rmtree(dest / "_tree")
    # mypy's settings only: setuptools would read (and reject) the project table.
    (dest / "pyproject.toml").write_text('[tool.mypy]\npython_version = "3.10"\nstrict = true\n')
    for name, old, new in PATCHES:
        path = dest / name
        source = path.read_text()
        if source.count(old) != 1:
            raise SystemExit(f"{name}: {old!r} not found once: the source moved, update PATCHES")
        path.write_text(source.replace(old, new))


def default_modules(dest: Path) -> list[str]:
    """The modules measured: every plugin module but those in PURE, and the core's CORE."""
    plugins = sorted(
        path.relative_to(dest).as_posix()
        for path in dest.glob("stoltlib_*/*.py")
        if path.name != "__init__.py"
    )
    return [name for name in plugins if name not in PURE] + CORE


def main(argv: list[str]) -> int:
    """Copy, patch and compile; ``argv``: the destination, then modules (default: the set)."""
    if not argv:
        print(__doc__)
        return 2
    dest = Path(argv[0]).resolve()
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    flat_copy(dest)
    modules = argv[1:] or default_modules(dest)
    (dest / "_build_mypyc.py").write_text(_SETUP)
    subprocess.run(
        [sys.executable, "_build_mypyc.py", *modules],
        cwd=dest,
        check=True,
        env={**os.environ, "PYTHONPATH": ""},
    )
    print(f"compiled {len(modules)} modules; run with PYTHONPATH={dest}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
