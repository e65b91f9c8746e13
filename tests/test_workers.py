"""Worker processes: parallel results equal serial ones, in order; runaway and dying plugins.

Starting a worker process costs about a second, so these tests share a few pipelines and feed
each many documents at once rather than starting pools per case.
"""

from __future__ import annotations

import json
import pickle
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest

import stoltlib
from stoltlib import workers
from stoltlib.manager import ManagerSpec
from stoltlib.pipeline import Pipeline, PluginTimeoutError
from stoltlib.tasks import Failure, Result, Task
from stoltlib.testing.plugins import CRASHER, RUNAWAY, STALLER
from stoltlib.workers import Pool, WorkerSpec

TEXT = "NATO Secretary General Jens Stoltenberg said on Monday that the alliance must adapt."


def documents(count: int) -> list[stoltlib.Document]:
    """Distinct small news documents, each with a date and a speaker."""
    return [
        stoltlib.Document(id=f"d{n}", text=f"{TEXT} Talks resume on {n % 28 + 1} March.")
        for n in range(count)
    ]


def in_a_process_of_its_own(script: str, path: Path | None = None) -> str:
    """What ``script`` prints, run by a fresh interpreter (from ``path`` when given, which
    spawned workers need to import it; else from standard input). Its one thread lets it fork
    workers, where this process may have other threads running."""
    if path is not None:
        path.write_text(script, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(path) if path is not None else "-"],
        input=None if path is not None else script,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


@pytest.fixture(scope="module")
def guarded() -> stoltlib.PluginManager:
    """The built-in plugins plus two that never return and one that kills its process."""
    return stoltlib.get_plugin_manager(
        builtins_only=True,
        environ={},
        plugins={"runaway": RUNAWAY, "crasher": CRASHER, "staller": STALLER},
    )


@pytest.fixture(scope="module")
def limited(guarded: stoltlib.PluginManager) -> Iterator[Pipeline]:
    """A pipeline over ``guarded`` with a one-second limit per plugin (one worker, kept)."""
    with Pipeline(guarded, plugin_timeout=1.0) as pipeline:
        yield pipeline


def test_a_built_manager_knows_its_spec_and_a_hand_changed_one_does_not() -> None:
    """get_plugin_manager records how to rebuild it; registering by hand afterwards clears it."""
    manager = stoltlib.get_plugin_manager(
        builtins_only=True, disable=["quotes"], environ={"STOLTLIB_DISABLE": "people"}
    )
    assert manager.spec == ManagerSpec(disable=("people", "quotes"), builtins_only=True)
    rebuilt = manager.spec.build()
    assert [info.name for info in rebuilt.plugin_info()] == [
        info.name for info in manager.plugin_info()
    ]
    manager.register(RUNAWAY, name="runaway")
    assert manager.spec is None
    with pytest.raises(ValueError, match="plugin_timeout runs plugins in a worker"):
        Pipeline(manager, plugin_timeout=1)


def test_an_object_without_an_import_path_leaves_no_spec() -> None:
    """A plugin instance no module holds cannot be rebuilt elsewhere: the manager has no spec."""
    manager = stoltlib.get_plugin_manager(entry_points=False, plugins={"mine": type(RUNAWAY)()})
    assert manager.spec is None
    with pytest.raises(ValueError, match="has no spec"):
        Pipeline(manager).pool(2)


def test_two_workers_give_the_serial_results_in_input_order(pipeline: Pipeline) -> None:
    """analyze_many(jobs=2) gives the same analyses as the serial run, in the same order."""
    docs = documents(40)
    serial = [stoltlib.dumps(analysis) for analysis in pipeline.analyze_many(docs)]
    parallel = [stoltlib.dumps(analysis) for analysis in pipeline.analyze_many(docs, jobs=2)]
    assert parallel == serial


@pytest.mark.skipif(sys.platform != "linux", reason="workers are forked on Linux only")
def test_forked_and_spawned_workers_give_the_same_results(tmp_path: Path) -> None:
    """Workers forked (on Linux) and spawned ones give the same JSON lines. Run in a process of
    its own, whose one thread lets it fork: in this one another may run, and the test would
    compare spawned workers with spawned ones."""
    script = (
        "import json\n"
        "import stoltlib\n"
        "from stoltlib import workers\n"
        "from stoltlib.pipeline import Pipeline\n"
        "if __name__ == '__main__':\n"
        "    manager = stoltlib.get_plugin_manager(builtins_only=True, environ={})\n"
        "    pipeline = Pipeline(manager)\n"
        f"    docs = [stoltlib.Document(id=f'd{{n}}', text={TEXT!r} + f' On {{n + 1}} March.')\n"
        "            for n in range(10)]\n"
        "    forkable = workers._fork_is_safe()\n"
        "    forked = [stoltlib.dumps(a) for a in pipeline.analyze_many(docs, jobs=2)]\n"
        "    workers._fork_is_safe = lambda: False\n"
        "    spawned = [stoltlib.dumps(a) for a in pipeline.analyze_many(docs, jobs=2)]\n"
        "    print(json.dumps([forkable, len(forked), forked == spawned]))\n"
    )
    printed = in_a_process_of_its_own(script, tmp_path / "fork_or_spawn.py")
    assert json.loads(printed) == [True, 10, True]


@pytest.mark.skipif(sys.platform != "linux", reason="workers are forked on Linux only")
def test_workers_are_forked_only_from_a_single_threaded_process() -> None:
    """A thread running in this process (its locks could be held) means spawned workers."""
    release = threading.Event()
    thread = threading.Thread(target=release.wait)
    thread.start()
    try:
        assert not workers._fork_is_safe()
    finally:
        release.set()
        thread.join()


@pytest.mark.skipif(sys.platform != "linux", reason="workers are forked on Linux only")
def test_a_forked_worker_lets_go_of_the_callers_open_pipes() -> None:
    """A program the caller writes to through a pipe sees EOF when the caller closes it, while
    a forked worker lives (the worker held a copy of the pipe's end: found by review). Run in a
    process of its own, whose one thread lets it fork (this one may have others running)."""
    script = (
        "import subprocess, sys\n"
        "import stoltlib\n"
        "from stoltlib.pipeline import Pipeline\n"
        "child = subprocess.Popen([sys.executable, '-c', 'import sys; sys.stdin.read()'],\n"
        "                         stdin=subprocess.PIPE)\n"
        "manager = stoltlib.get_plugin_manager(builtins_only=True, environ={})\n"
        "with Pipeline(manager, plugin_timeout=30.0) as pipeline:\n"
        "    pipeline.analyze('Talks resumed on Monday.')  # the worker is forked, the pipe open\n"
        "    child.stdin.close()\n"
        "    print(child.wait(timeout=20))\n"
    )
    assert in_a_process_of_its_own(script) == "0"


@pytest.mark.skipif(sys.platform != "linux", reason="workers are forked on Linux only")
def test_forked_workers_keep_their_own_pipes_whatever_the_parent_had_open() -> None:
    """A descriptor the parent had open and closed before a worker's pipes took its number is
    not let go of in the worker (a script read from standard input lost its workers' task
    pipes so: they saw EOF at once). The script runs in a process of its own, which forks."""
    script = (
        "import stoltlib\n"
        "from stoltlib.pipeline import Pipeline\n"
        "pipeline = Pipeline(stoltlib.get_plugin_manager(builtins_only=True, environ={}))\n"
        "docs = [stoltlib.Document(id=str(n), text='Talks resumed on Monday.') for n in range(8)]\n"
        "print(len(list(pipeline.analyze_many(docs, jobs=2))))\n"
    )
    assert in_a_process_of_its_own(script) == "8"


def test_a_pool_refuses_a_manager_its_spec_does_not_describe(pipeline: Pipeline) -> None:
    """The manager a forked worker would use must be the one the spec builds."""
    other = stoltlib.get_plugin_manager(builtins_only=True, disable=["quotes"], environ={})
    assert pipeline.plugins.spec is not None
    with pytest.raises(ValueError, match=r"spec\.manager describes"):
        Pool(WorkerSpec(manager=pipeline.plugins.spec), jobs=1, plugins=other)


# Plugins for the two tests below, written next to their script (spawned workers import them):
# one notes each process that analyses the warm-up paragraph, one finds "Talks" wherever.
PROBES = """
import os
import stoltlib
from stoltlib.workers import WARM_UP


@stoltlib.hookimpl
def stoltlib_mentions(document):
    if document.text == WARM_UP:
        with open(os.environ["WARM_LOG"], "a", encoding="utf-8") as log:
            log.write(f"{os.getpid()}\\n")
    return ()


class Talks:
    @stoltlib.hookimpl
    def stoltlib_mentions(self, document):
        yield stoltlib.Mention(kind="organization", start=0, end=5, text="Talks")


TALKS = Talks()
"""


@pytest.mark.skipif(sys.platform != "linux", reason="workers are forked on Linux only")
def test_forked_workers_share_one_warm_up_done_before_they_fork(tmp_path: Path) -> None:
    """The warm-up paragraph is analysed once, in the parent, for every forked worker and
    every later pool of the same manager; spawned workers each warm up themselves. In a
    process of its own, which can fork."""
    (tmp_path / "probes.py").write_text(PROBES, encoding="utf-8")
    log = tmp_path / "warm.log"
    script = (
        "import json, os\n"
        "import probes, stoltlib\n"
        "from stoltlib import workers\n"
        "from stoltlib.pipeline import Pipeline\n"
        f"os.environ['WARM_LOG'] = {str(log)!r}\n"
        "def run():\n"
        "    manager = stoltlib.get_plugin_manager(\n"
        "        entry_points=False, plugins={'probes': probes})\n"
        "    docs = [stoltlib.Document(id=str(n), text='Talks resumed.') for n in range(8)]\n"
        "    counts = []\n"
        "    for _ in range(2):\n"
        "        assert len(list(Pipeline(manager).analyze_many(docs, jobs=2))) == 8\n"
        "        with open(os.environ['WARM_LOG'], encoding='utf-8') as handle:\n"
        "            counts.append(handle.read().split())\n"
        "    os.remove(os.environ['WARM_LOG'])\n"
        "    return counts\n"
        "if __name__ == '__main__':\n"
        "    forkable = workers._fork_is_safe()\n"
        "    forked = run()\n"
        "    workers._fork_is_safe = lambda: False\n"
        "    spawned = run()\n"
        "    me = str(os.getpid())\n"
        "    print(json.dumps([forkable, forked == [[me], [me]],\n"
        "                      [len(set(pids) - {me}) for pids in spawned]]))\n"
    )
    printed = in_a_process_of_its_own(script, tmp_path / "warm_once.py")
    assert json.loads(printed) == [True, True, [2, 4]]


# A plugin that opens its gazetteer on first use and keeps the handle (functools.cache around
# open, as around a database connection), for the test below.
GAZETTEER = """
import functools
import os
import stoltlib


@functools.cache
def _handle():
    return open(os.environ["GAZETTEER"], encoding="utf-8")


@stoltlib.hookimpl
def stoltlib_mentions(document):
    handle = _handle()
    handle.seek(0)
    for word in handle.read().split():
        at = document.text.find(word)
        if at >= 0:
            yield stoltlib.Mention(kind="organization", start=at, end=at + len(word), text=word)
"""


def gazetteer_run(tmp_path: Path, first: bool) -> list[Any]:
    """What a script prints that runs the gazetteer plugin over six documents with two
    workers (after analysing one itself when ``first``): [its own mentions, whether it could
    fork, each document's mentions]."""
    (tmp_path / "gazetteer.py").write_text(GAZETTEER, encoding="utf-8")
    (tmp_path / "names.txt").write_text("NATO\n", encoding="utf-8")
    script = (
        "import json, os\n"
        "import gazetteer, stoltlib\n"
        "from stoltlib import workers\n"
        "from stoltlib.pipeline import Pipeline\n"
        f"os.environ['GAZETTEER'] = {str(tmp_path / 'names.txt')!r}\n"
        "if __name__ == '__main__':\n"
        "    manager = stoltlib.get_plugin_manager(\n"
        "        entry_points=False, plugins={'gazetteer': gazetteer})\n"
        "    pipeline = Pipeline(manager)\n"
        f"    own = len(pipeline.analyze('NATO met.').mentions) if {first} else None\n"
        "    forkable = workers._fork_is_safe()\n"
        "    docs = [stoltlib.Document(id=str(n), text='NATO met.') for n in range(6)]\n"
        "    found = [len(a.mentions) for a in pipeline.analyze_many(docs, jobs=2)]\n"
        "    print(json.dumps([own, forkable, found]))\n"
    )
    result: list[Any] = json.loads(in_a_process_of_its_own(script, tmp_path / "gazetteer_run.py"))
    return result


@pytest.mark.skipif(sys.platform != "linux", reason="workers are forked on Linux only")
def test_a_file_a_plugin_opened_warming_up_is_read_by_every_worker(tmp_path: Path) -> None:
    """A plugin's file opened in the parent's warm-up is read in every worker, spawned then."""
    assert gazetteer_run(tmp_path, first=False) == [None, True, [1] * 6]


@pytest.mark.skipif(sys.platform != "linux", reason="workers are forked on Linux only")
def test_a_file_a_plugin_opened_before_the_pool_is_read_by_every_forked_worker(
    tmp_path: Path,
) -> None:
    """A plugin's file opened by the caller's own analysis is read again in forked workers."""
    assert gazetteer_run(tmp_path, first=True) == [1, True, [1] * 6]


@pytest.mark.skipif(sys.platform != "linux", reason="workers are forked on Linux only")
def test_a_manager_changed_after_its_pool_was_made_is_not_forked(tmp_path: Path) -> None:
    """A plugin registered by hand after the pool was made is not run by its workers: they are
    spawned from the spec the pool was made with, as a replacement would be, not forked with
    the changed manager. In a process of its own, which can fork."""
    (tmp_path / "probes.py").write_text(PROBES, encoding="utf-8")
    script = (
        "import os\n"
        "import probes, stoltlib\n"
        "from stoltlib import workers\n"
        "from stoltlib.pipeline import Pipeline\n"
        "from stoltlib.tasks import Task\n"
        f"os.environ['WARM_LOG'] = {str(tmp_path / 'warm.log')!r}\n"
        "if __name__ == '__main__':\n"
        "    assert workers._fork_is_safe()\n"
        "    manager = stoltlib.get_plugin_manager(\n"
        "        entry_points=False, plugins={'probes': probes})\n"
        "    docs = [stoltlib.Document(id=str(n), text='Talks resumed.') for n in range(4)]\n"
        "    tasks = [Task(number=n, item=d, location=d.id, size=14) for n, d in enumerate(docs)]\n"
        "    with Pipeline(manager).pool(2) as pool:\n"
        "        manager.register(probes.TALKS, name='talks')\n"
        "        found = [len(outcome.payload.mentions) for _, outcome in pool.map(tasks)]\n"
        "    print(found)\n"
    )
    assert in_a_process_of_its_own(script, tmp_path / "changed.py") == "[0, 0, 0, 0]"


def test_a_small_window_still_gives_everything_in_order(pipeline: Pipeline) -> None:
    """With one task in flight at a time, every outcome still arrives, in order, as JSON lines."""
    assert pipeline.plugins.spec is not None
    spec = WorkerSpec(manager=pipeline.plugins.spec, output="json-no-text")
    tasks = [
        Task(number=n, item=document, location=document.id, size=len(document.text))
        for n, document in enumerate(documents(12))
    ]
    with Pool(spec, jobs=2, window=1) as pool:
        outcomes = [outcome for _, outcome in pool.map(tasks)]
        again = [outcome for _, outcome in pool.map(tasks[:3])]
    assert [outcome.id for outcome in outcomes] == [f"d{n}" for n in range(12)]
    assert all(isinstance(o, Result) and "text" not in json.loads(o.payload) for o in outcomes)
    assert again == outcomes[:3]
    assert pool.started == 2  # the second map reused the workers


def test_a_runaway_plugin_is_stopped_and_the_other_results_kept(
    limited: Pipeline, pipeline: Pipeline
) -> None:
    """A plugin over the limit gets a 'timeout' error; other plugins' facts and documents stay."""
    docs = documents(6)
    docs[2] = stoltlib.Document(id="stuck", text=f"{TEXT} RUNAWAY")
    without_it = pipeline.analyze(docs[2])  # the built-in plugins alone
    results = list(limited.analyze_many(docs))
    assert [analysis.id for analysis in results] == [document.id for document in docs]
    stuck = results[2]
    assert [(e.plugin, e.stage, e.type) for e in stuck.errors] == [
        ("runaway", "mentions", "timeout")
    ]
    assert "1 s" in stuck.errors[0].message
    assert stuck.times and stuck.mentions  # dates and people kept, exactly as without it
    assert stoltlib.dumps(attrs.evolve(stuck, errors=())) == stoltlib.dumps(without_it)
    assert all(not analysis.errors for n, analysis in enumerate(results) if n != 2)


def test_a_dying_worker_is_replaced_and_the_death_charged_to_its_plugin(
    limited: Pipeline,
) -> None:
    """A plugin that kills its process gets a 'crash' error; the run and the document go on."""
    analysis = limited.analyze(f"{TEXT} CRASH")
    after = limited.analyze(TEXT)
    assert [(e.plugin, e.stage, e.type) for e in analysis.errors] == [
        ("crasher", "claims", "crash")
    ]
    assert "exit code 70" in analysis.errors[0].message
    assert analysis.times and analysis.mentions  # the stages before it kept their results
    assert not after.errors


def test_a_reader_stopped_mid_file_keeps_the_documents_it_gave_before(
    limited: Pipeline, pipeline: Pipeline, tmp_path
) -> None:
    """A reader over the limit on a file's third document: the two before are kept, then an error.

    The worker sends outcomes a batch at a time, so the two analyses had not reached the main
    process when the worker was stopped: they are done again, and the error takes their place
    after them, not before.
    """
    stalling = tmp_path / "news.stall"
    stalling.write_text(f"{TEXT}\n{TEXT} Again.\nSTALL\n{TEXT} Never read.\n", encoding="utf-8")
    after = tmp_path / "z.txt"
    after.write_text(TEXT, encoding="utf-8")
    items = list(limited.extract([stalling, after]))
    assert [getattr(item, "id", None) or item.message for item in items] == [
        f"{stalling.as_posix()}#1",
        f"{stalling.as_posix()}#2",
        "reader 'staller' ran over the time limit of 1 s",
        after.as_posix(),
    ]
    assert items[2].location == str(stalling)
    first = stoltlib.Document(id=f"{stalling.as_posix()}#1", text=TEXT)
    assert stoltlib.dumps(items[0]) == stoltlib.dumps(pipeline.analyze(first))


def test_a_crash_mid_file_is_charged_to_the_document_it_happened_on(
    limited: Pipeline, tmp_path
) -> None:
    """A plugin dying on a file's second document: that one gets the error, the others none."""
    path = tmp_path / "news.stall"
    path.write_text(f"{TEXT}\n{TEXT} CRASH\n{TEXT} After.\n", encoding="utf-8")
    items = list(limited.extract([path]))
    assert [item.id for item in items] == [f"{path.as_posix()}#{n}" for n in (1, 2, 3)]
    assert [[(e.plugin, e.type) for e in item.errors] for item in items] == [
        [],
        [("crasher", "crash")],
        [],
    ]


def test_strict_runs_raise_on_a_timeout(guarded: stoltlib.PluginManager) -> None:
    """With strict=True a plugin over the limit stops the run with PluginTimeoutError."""
    with (
        Pipeline(guarded, plugin_timeout=1, strict=True) as limited,
        pytest.raises(PluginTimeoutError, match="'runaway' \\(mentions\\) ran over"),
    ):
        limited.analyze(f"{TEXT} RUNAWAY")


def test_read_errors_in_the_task_stream_keep_their_place(pipeline: Pipeline, tmp_path) -> None:
    """extract(jobs=2) yields read errors where the input has them, between the analyses."""
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.jsonl").write_text('{"id": "b1", "text": "B."}\nnot json\n', encoding="utf-8")
    (tmp_path / "c.txt").write_bytes(b"\xff\xfe bad")
    items = list(pipeline.extract([tmp_path, tmp_path / "missing.txt"], jobs=2))
    kinds = [
        item.id if isinstance(item, stoltlib.Analysis) else f"error {item.location}"
        for item in items
    ]
    assert kinds == [
        "a.txt",
        "b1",
        f"error {tmp_path / 'b.jsonl'}:2",
        f"error {tmp_path / 'c.txt'}",
        f"error {tmp_path / 'missing.txt'}",
    ]


def test_a_read_failure_travels_as_plain_values() -> None:
    """A read failure travels as plain values and turns back into an equal ReadError."""
    failure = Failure("news.jsonl:3", "malformed JSON")
    assert pickle.loads(pickle.dumps(failure)).error() == stoltlib.ReadError(
        "news.jsonl:3", "malformed JSON"
    )
