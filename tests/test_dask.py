"""stoltlib.dask on a real (local) cluster: results equal the serial run's, one build per worker.

The cluster's workers are not daemon processes, so that a plugin time limit can start the
process it stops a runaway plugin with (as a real cluster's workers must be set up for it).
"""

from __future__ import annotations

import json
import multiprocessing
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest

import stoltlib
from stoltlib.jsonio import to_dict
from stoltlib.manager import ManagerSpec
from stoltlib.pipeline import Pipeline
from stoltlib.workers import WorkerError

dask_bag = pytest.importorskip("dask.bag", reason="the dask extra is not installed")
distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")

import stoltlib.dask as sdask  # noqa: E402

BUILTINS = ManagerSpec(builtins_only=True)
#: The built-in plugins plus one that never returns on ``RUNAWAY`` and one that dies on ``CRASH``.
GUARDED = ManagerSpec(
    builtins_only=True,
    plugins=(
        ("runaway", "stoltlib.testing.plugins:RUNAWAY"),
        ("crasher", "stoltlib.testing.plugins:CRASHER"),
    ),
)
TEXT = "NATO Secretary General Jens Stoltenberg said on Monday that the alliance must adapt."


@pytest.fixture(scope="module")
def client() -> Iterator[distributed.Client]:
    """A cluster of two worker processes (not daemons), one thread each, on this machine."""
    import dask

    with (
        dask.config.set({"distributed.worker.daemon": False}),
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


def texts(count: int) -> list[str]:
    return [f"{TEXT} Talks resume on {n % 28 + 1} March." for n in range(count)]


def test_a_bag_of_texts_and_records_gives_the_serial_results(
    client: distributed.Client, pipeline: Pipeline
) -> None:
    """Texts and records analysed on the cluster equal the serial analyses, JSON for JSON."""
    items: list[object] = texts(12)
    items += [
        {"id": f"r{n}", "text": text, "published": "2024-10-01"} for n, text in enumerate(texts(8))
    ]
    bag = dask_bag.from_sequence(items, npartitions=5)
    result = sdask.analyze_bag(bag, plugins=BUILTINS).compute()
    serial = [
        to_dict(pipeline.analyze(item if isinstance(item, str) else stoltlib.Document(**item)))
        for item in items
    ]
    assert json.dumps(result) == json.dumps(serial)
    builds = client.run(lambda: __import__("stoltlib.dask").dask.builds)
    assert sorted(builds.values()) in ([1, 1], [0, 1])  # at most once per worker, not per partition
    assert sum(builds.values()) >= 1


def test_extract_reads_files_on_the_workers_in_input_order(
    client: distributed.Client, pipeline: Pipeline, tmp_path: Path
) -> None:
    """extract() over a directory equals the serial Pipeline.extract, with read errors in place."""
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    lines = [json.dumps({"id": f"b{n}", "text": t}) for n, t in enumerate(texts(3))]
    (tmp_path / "b.jsonl").write_text("\n".join([*lines, "{bad"]) + "\n", encoding="utf-8")
    (tmp_path / "c.txt").write_bytes(b"\xff bad")
    result = sdask.extract([tmp_path], plugins=BUILTINS, output="json", text=False).compute()
    serial = [
        stoltlib.dumps(item, text=False)
        if isinstance(item, stoltlib.Analysis)
        else {"error": {"location": item.location, "message": item.message}}
        for item in pipeline.extract([tmp_path])
    ]
    assert result == serial
    assert [type(item).__name__ for item in result] == ["str"] * 4 + ["dict"] * 2


def test_a_dataframe_gets_an_id_and_an_analysis_per_row(
    client: distributed.Client, pipeline: Pipeline
) -> None:
    """analyze_dataframe keeps the index and gives each row's id and JSON analysis."""
    dd = pytest.importorskip("dask.dataframe", reason="dask.dataframe needs pandas")
    import pandas

    frame = pandas.DataFrame({"id": [f"d{n}" for n in range(6)], "text": texts(6)})
    result = sdask.analyze_dataframe(dd.from_pandas(frame, npartitions=3), plugins=BUILTINS)
    computed = result.compute()
    assert list(computed["id"]) == list(frame["id"])
    expected = [
        stoltlib.dumps(pipeline.analyze(stoltlib.Document(id=i, text=t)))
        for i, t in zip(frame["id"], frame["text"], strict=True)
    ]
    assert list(computed["analysis"]) == expected


def test_plugins_and_disable_do_not_go_together() -> None:
    """Giving both a manager recipe and names to disable is a clear error."""
    with pytest.raises(ValueError, match="either plugins or disable"):
        sdask.analyze_bag(dask_bag.from_sequence([TEXT]), plugins=BUILTINS, disable=["dates"])


def test_a_runaway_or_dying_plugin_costs_its_results_for_one_document_only(
    client: distributed.Client, pipeline: Pipeline
) -> None:
    """A stuck plugin gets 'timeout', a dying one 'crash'; every other result is the serial's."""
    items = texts(6)
    items[1] = f"{TEXT} RUNAWAY"
    items[4] = f"{TEXT} CRASH"
    bag = dask_bag.from_sequence(items, npartitions=2)
    result = sdask.analyze_bag(bag, plugins=GUARDED, plugin_timeout=1.0, output="analysis")
    analyses = result.compute()
    assert [(n, [(e.plugin, e.stage, e.type) for e in a.errors]) for n, a in enumerate(analyses)
            if a.errors] == [(1, [("runaway", "mentions", "timeout")]),
                             (4, [("crasher", "claims", "crash")])]  # fmt: skip
    assert "1 s" in analyses[1].errors[0].message
    cleared = [stoltlib.dumps(attrs.evolve(analysis, errors=())) for analysis in analyses]
    assert cleared == [stoltlib.dumps(pipeline.analyze(item)) for item in items]


def test_a_time_limit_in_a_daemon_worker_says_how_to_set_the_cluster_up(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A daemon process cannot start the time limit's process: the error names the setting."""
    import dask

    monkeypatch.setattr(multiprocessing.current_process(), "daemon", True)
    bag = sdask.analyze_bag(dask_bag.from_sequence([TEXT]), plugins=BUILTINS, plugin_timeout=5)
    with (
        dask.config.set(scheduler="synchronous"),
        pytest.raises(WorkerError, match=r"distributed\.worker\.daemon = False"),
    ):
        bag.compute()


def test_a_time_limit_must_be_positive() -> None:
    """plugin_timeout=0 is refused on the client, before anything runs."""
    with pytest.raises(ValueError, match="positive number"):
        sdask.analyze_bag(dask_bag.from_sequence([TEXT]), plugins=BUILTINS, plugin_timeout=0)
