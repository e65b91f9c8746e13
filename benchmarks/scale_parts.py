r"""Scale, in parts: the core's own work on the Reuters stories, each part alone, for cachegrind.

The throughput of ``scale.py`` is the sum of the plugins' work and the core's. This script runs
one part of the core alone over the first ``--limit`` Reuters stories (default 1,000), so that
an instruction count tells what that part costs per story. The plugins' results for the stories
are recorded once (``record``, the real pipeline with the built-in plugins) into ``--cache``;
each later run loads them and does one part ``--repeat`` times:

- ``load``: nothing (what loading the cache costs, to subtract);
- ``read``: the stories' JSONL read into documents through the read hook (readers only);
- ``pipeline``: ``Pipeline.analyze`` with fake plugins that hand back the recorded results, so
  that only the core runs: hook calls, span checks, stamping, merging, the analysis rebuilt;
  the analyses are checked equal to the recorded ones;
- ``pipeline-none``: the same pipeline without plugins (a document without facts);
- ``dumps``: the recorded analyses written as JSON lines (``--no-text``);
- ``spans``: every recorded fact's spans checked against its text;
- ``text``: ``logical_lines`` over every text, then ``quoting.read`` over every text (whose own
  ``logical_lines`` runs again: each caches the last text only).

One run's count less the ``--repeat 1`` run's, over the extra repeats, is the part's cost per
pass::

    python benchmarks/scale_parts.py record --cache /tmp/parts.pkl
    for n in 1 3; do PYTHONHASHSEED=0 valgrind --tool=cachegrind --cache-sim=no \
        --cachegrind-out-file=/dev/null python benchmarks/scale_parts.py pipeline \
        --cache /tmp/parts.pkl --repeat $n 2>&1 | grep 'I *refs'; done

The cache holds the stories' text: keep it outside the repository (it is research data).
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeGuard

if TYPE_CHECKING:
    from stoltlib import Document

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from scale import DEFAULT_DATA, stories  # noqa: E402 (the benchmark next to this one)

STAGES = ("metadata", "mentions", "claims", "events")
#: The built-in extraction plugins, in plugin order.
EXTRACTORS = ("dates", "outlet", "people", "quotes")
PARTS = ("load", "read", "pipeline", "pipeline-none", "dumps", "spans", "text")


def record(data: Path, limit: int, cache: Path) -> None:
    """Run the real pipeline over the stories; keep their documents, results and analyses."""
    import stoltlib
    from stoltlib.pipeline import Pipeline

    manager = stoltlib.get_plugin_manager(builtins_only=True, environ={})
    recorded: dict[tuple[str, str, str], Any] = {}
    for stage in STAGES:
        for impl in manager.hookimpls(f"stoltlib_{stage}"):
            # Wrapped in place (pluggy calls it final: a benchmark may, to listen in).
            impl.function = _recorder(  # type: ignore[misc]
                impl.function, impl.plugin_name, stage, recorded
            )
    with tempfile.TemporaryDirectory() as work:
        source = Path(work) / "stories.jsonl"
        with source.open("w", encoding="utf-8") as handle:
            for story in stories(data, limit):
                handle.write(json.dumps(story) + "\n")
        pipeline = Pipeline(manager)
        documents = [item for item in pipeline.reader().read([source]) if _is_document(item)]
        analyses = [pipeline.analyze(document) for document in documents]
        lines = source.read_text(encoding="utf-8")
    with cache.open("wb") as handle:
        pickle.dump((lines, documents, recorded, analyses), handle)
    print(f"{len(documents)} stories recorded in {cache}")


def _recorder(function: Any, plugin: str, stage: str, into: dict[Any, Any]) -> Any:
    def recorded(document: Any, analysis: Any) -> Any:
        result = function(document, analysis)
        items = result if stage == "metadata" else list(result or ())
        into[(document.id, plugin, stage)] = items
        return items

    return recorded


def _is_document(item: Any) -> TypeGuard[Document]:
    from stoltlib import Document

    return isinstance(item, Document)


def _replaying(recorded: dict[tuple[str, str, str], Any], plugin: str) -> object:
    """A fake plugin handing back ``plugin``'s recorded results for each document."""
    import stoltlib

    class Replay:
        pass

    replay = Replay()
    for stage in {key[2] for key in recorded if key[1] == plugin}:

        def hook(document: Any, analysis: Any, key: tuple[str, str] = (plugin, stage)) -> Any:
            return recorded[(document.id, key[0], key[1])]

        hook.__name__ = f"stoltlib_{stage}"
        setattr(replay, hook.__name__, stoltlib.hookimpl(hook))
    return replay


def run(part: str, cache: Path, repeat: int) -> None:
    """Do ``part`` ``repeat`` times over the recorded stories."""
    import gc

    with cache.open("rb") as handle:
        lines, documents, recorded, analyses = pickle.load(handle)
    gc.freeze()  # what was loaded is never garbage: keep collections off it
    import stoltlib
    from stoltlib.pipeline import Pipeline

    if part == "read":
        readers = stoltlib.get_plugin_manager(builtins_only=True, disable=EXTRACTORS, environ={})
        with tempfile.TemporaryDirectory() as work:
            source = Path(work) / "stories.jsonl"
            source.write_text(lines, encoding="utf-8")
            for _ in range(repeat):
                list(Pipeline(readers).reader().read([source]))
    elif part in ("pipeline", "pipeline-none"):
        fakes = {} if part == "pipeline-none" else {
            name: _replaying(recorded, name) for name in EXTRACTORS
        }  # fmt: skip
        manager = stoltlib.get_plugin_manager(entry_points=False, plugins=fakes, environ={})
        pipeline = Pipeline(manager)
        for _ in range(repeat):
            replayed = [pipeline.analyze(document) for document in documents]
        if part == "pipeline" and replayed != analyses:
            raise SystemExit("the replayed analyses differ from the recorded ones")
    elif part == "dumps":
        for _ in range(repeat):
            for analysis in analyses:
                stoltlib.dumps(analysis, text=False)
    elif part == "spans":
        from stoltlib.spans import spans_fit

        for _ in range(repeat):
            for analysis in analyses:
                spans_fit(analysis.metadata, analysis.text)
                for fact in analysis.facts():
                    spans_fit(fact, analysis.text)
    elif part == "text":
        from stoltlib import quoting
        from stoltlib.text import logical_lines

        for _ in range(repeat):
            for document in documents:
                logical_lines(document.text)
            for document in documents:
                quoting.read(document.text)


def main(argv: list[str] | None = None) -> int:
    """Record the stories' results, or run one part over them."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("part", choices=("record", *PARTS))
    parser.add_argument("--cache", type=Path, required=True, help="the recorded results")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args(argv)
    if args.part == "record":
        if not args.data.is_dir():
            print(f"{args.data} is absent: skipped")
            return 0
        record(args.data, args.limit, args.cache)
    else:
        run(args.part, args.cache, args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
