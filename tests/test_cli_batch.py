"""Batch runs of ``stoltlib extract``: --jobs, --errors, --resume, interruption, progress."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import stoltlib
from stoltlib.progress import InputMeter, ProgressLine, input_size
from stoltlib.resume import ResumeError, load_partial

from .test_cli import console_script, json_lines, run, summary, write

TEXT = (
    "BRUSSELS, Oct 1 (Reuters) - NATO Secretary General Mark Rutte said on Tuesday that the "
    "alliance would \u201cstand united\u201d. He took office last week, replacing Jens "
    "Stoltenberg, who had served since 2014."
)


def records(count: int, *, start: int = 0) -> str:
    """JSONL of ``count`` distinct articles with ids."""
    return "".join(
        json.dumps({"id": f"r{n}", "text": f"{TEXT} Talks resume on {n % 28 + 1} March."}) + "\n"
        for n in range(start, start + count)
    )


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A directory with 30 JSONL records, a .txt article and a bad JSON line."""
    write(tmp_path / "in" / "a.jsonl", records(30) + "{not json\n")
    write(tmp_path / "in" / "b.txt", TEXT)
    return tmp_path / "in"


def test_jobs_two_writes_what_jobs_one_writes(corpus: Path, tmp_path: Path) -> None:
    """--jobs 2 writes byte for byte the output of --jobs 1, in the same order."""
    one = run("extract", corpus, "--jobs", "1", "-o", tmp_path / "one.jsonl")
    two = run("extract", corpus, "--jobs", "2", "-o", tmp_path / "two.jsonl")
    assert one.exit_code == two.exit_code == 1  # the bad line
    serial = (tmp_path / "one.jsonl").read_bytes()
    assert (tmp_path / "two.jsonl").read_bytes() == serial
    assert len(serial.splitlines()) == 31
    assert summary(two.stderr)["unreadable"] == "1"


def test_a_bad_jobs_value_is_a_usage_error(corpus: Path) -> None:
    """--jobs 0 or --jobs many is refused with exit 2."""
    for value in ("0", "many"):
        result = run("extract", corpus, "--jobs", value)
        assert result.exit_code == 2
        assert "--jobs" in result.stderr


def test_errors_file_gets_one_line_per_read_error(tmp_path: Path) -> None:
    """--errors FILE: a JSON line per unreadable part, naming its place and what is wrong."""
    write(tmp_path / "in.jsonl", records(2) + "{bad\n" + json.dumps({"id": "x", "text": 5}) + "\n")
    errors = tmp_path / "errors.jsonl"
    result = run("extract", tmp_path / "in.jsonl", "--errors", errors, "-o", tmp_path / "o.jsonl")
    assert result.exit_code == 1
    entries = json_lines(errors.read_text("utf-8"))
    assert [(e["kind"], e["location"]) for e in entries] == [
        ("read", f"{tmp_path / 'in.jsonl'}:3"),
        ("read", f"{tmp_path / 'in.jsonl'}:4"),
    ]
    assert set(entries[0]) == {"kind", "id", "location", "plugin", "stage", "type", "message"}
    assert "malformed JSON" in entries[0]["message"]


def test_errors_file_names_the_failing_plugin(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A plugin's exception is one line naming the document, its place and the plugin."""
    import stoltlib_dates

    @stoltlib.hookimpl
    def stoltlib_mentions(document: stoltlib.Document) -> None:
        raise RuntimeError("dates broke")

    # The CLI builds its plugin manager after this, so it registers the broken hook.
    monkeypatch.setattr(stoltlib_dates, "stoltlib_mentions", stoltlib_mentions)
    write(tmp_path / "in.jsonl", records(2))
    errors = tmp_path / "errors.jsonl"
    # --jobs 1: the patched plugin exists in this process only.
    result = run("extract", tmp_path / "in.jsonl", "--jobs", "1", "--errors", errors)
    assert result.exit_code == 0, result.stderr
    entries = json_lines(errors.read_text("utf-8"))
    assert [(e["id"], e["plugin"], e["type"], e["message"]) for e in entries] == [
        ("r0", "dates", "RuntimeError", "dates broke"),
        ("r1", "dates", "RuntimeError", "dates broke"),
    ]
    assert entries[0]["location"] == f"{tmp_path / 'in.jsonl'}:1"


def test_resume_keeps_finished_lines_cuts_a_torn_one_and_does_the_rest(
    corpus: Path, tmp_path: Path
) -> None:
    """--resume on a killed run's partial file ends with exactly the full run's output."""
    full = tmp_path / "full.jsonl"
    run("extract", corpus, "--jobs", "1", "-o", full)
    lines = full.read_bytes().splitlines(keepends=True)
    out = tmp_path / "out.jsonl"
    partial = tmp_path / "out.jsonl.partial"
    partial.write_bytes(b"".join(lines[:12]) + lines[12][: len(lines[12]) // 2])  # torn line
    result = run("extract", corpus, "--jobs", "1", "-o", out, "--resume")
    assert result.exit_code == 1  # the bad JSON line is read again and reported again
    assert out.read_bytes() == full.read_bytes()
    assert not partial.exists()
    assert "(12 finished before, kept)" in result.stderr
    assert summary(result.stderr)["written"] == "19"


def test_resume_without_a_partial_starts_over_and_refuses_what_it_cannot_do(
    corpus: Path, tmp_path: Path
) -> None:
    """--resume needs -o and JSONL; no partial starts afresh; a complete FILE is left alone."""
    out = tmp_path / "out.jsonl"
    assert "needs -o FILE" in run("extract", corpus, "--resume").stderr
    as_json = run("extract", corpus, "--format", "json", "-o", out, "--resume")
    assert "--format jsonl only" in as_json.stderr
    fresh = run("extract", corpus, "-o", out, "--resume")
    assert "starting from the beginning" in fresh.stderr
    assert len(out.read_text("utf-8").splitlines()) == 31
    again = run("extract", corpus, "-o", out, "--resume")
    assert again.exit_code == 2
    assert "is complete" in again.stderr


def test_a_partial_file_that_is_not_jsonl_output_cannot_be_resumed(tmp_path: Path) -> None:
    """load_partial refuses a complete line that is not an analysis, naming file and line."""
    partial = tmp_path / "out.jsonl.partial"
    partial.write_text('{"id": "a"}\n[\n', encoding="utf-8")
    with pytest.raises(ResumeError, match=r"out.jsonl.partial:2: not a line"):
        load_partial(partial)


def test_resume_counts_repeated_ids(tmp_path: Path) -> None:
    """An id written twice is skipped twice, and a third occurrence is analysed."""
    partial = tmp_path / "out.jsonl.partial"
    partial.write_text('{"id": "a"}\n{"id": "a"}\n{"id": "b"', encoding="utf-8")
    done = load_partial(partial)
    assert partial.read_text("utf-8") == '{"id": "a"}\n{"id": "a"}\n'
    assert [done.take("a"), done.take("a"), done.take("a"), done.take("b")] == [
        True, True, False, False,
    ]  # fmt: skip


def test_resume_keeps_the_errors_of_finished_documents_only(tmp_path: Path) -> None:
    """The errors file is cut back to plugin errors of documents kept; read errors come again."""
    write(tmp_path / "in.jsonl", records(3) + "{bad\n")
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    (tmp_path / "out.jsonl.partial").write_text(
        (tmp_path / "in.jsonl").read_text("utf-8").splitlines()[0].replace('"text"', '"t"') + "\n",
        encoding="utf-8",
    )
    errors.write_text(
        json.dumps({"kind": "plugin", "id": "r0", "plugin": "p"}) + "\n"
        + json.dumps({"kind": "plugin", "id": "r2", "plugin": "p"}) + "\n"
        + json.dumps({"kind": "read", "id": None, "location": "x"}) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    result = run("extract", tmp_path / "in.jsonl", "-o", out, "--errors", errors, "--resume")
    assert result.exit_code == 1
    entries = json_lines(errors.read_text("utf-8"))
    assert [(e["kind"], e["id"]) for e in entries] == [("plugin", "r0"), ("read", None)]
    assert [row["id"] for row in json_lines(out.read_text("utf-8"))] == ["r0", "r1", "r2"]


@pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM is POSIX")
def test_sigterm_leaves_whole_lines_and_resume_finishes_the_run(tmp_path: Path) -> None:
    """A real run with two workers, stopped by SIGTERM, exits 130; --resume completes it."""
    source = write(tmp_path / "in.jsonl", records(400))
    out = tmp_path / "out.jsonl"
    partial = tmp_path / "out.jsonl.partial"
    env = {key: value for key, value in os.environ.items() if key != "STOLTLIB_DISABLE"}
    command = [*console_script(), "extract", str(source), "--jobs", "2", "-o", str(out)]
    process = subprocess.Popen(command, stderr=subprocess.PIPE, env=env)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        if partial.exists() and partial.stat().st_size > 0:
            break
        time.sleep(0.05)
    if process.poll() is not None:
        pytest.skip("the run finished before it could be interrupted")
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr.decode()
    assert not out.exists()
    kept = partial.read_bytes()
    assert kept.endswith(b"\n")
    ids = [row["id"] for row in json_lines(kept.decode("utf-8"))]
    assert 0 < len(ids) < 400
    assert ids == [f"r{n}" for n in range(len(ids))]
    assert b"--resume continues from there" in stderr
    resumed = subprocess.run([*command, "--resume"], capture_output=True, env=env, timeout=120)
    assert resumed.returncode == 0, resumed.stderr.decode()
    assert [row["id"] for row in json_lines(out.read_text("utf-8"))] == [
        f"r{n}" for n in range(400)
    ]


def test_no_progress_line_when_stderr_is_not_a_terminal(corpus: Path) -> None:
    """Off a terminal stderr holds messages and the summary, never a progress line."""
    result = run("extract", corpus, "--jobs", "1")
    assert "\r" not in result.stderr
    assert "MB/s" not in result.stderr


def test_the_progress_line_shows_documents_rate_and_time_left(tmp_path: Path) -> None:
    """The line counts documents and MB read, and gives the percentage and time left."""
    data = write(tmp_path / "a.jsonl", records(100))
    size = data.stat().st_size
    assert input_size([tmp_path]) == size
    assert input_size(["-"]) is None
    meter = InputMeter()
    stream = io.StringIO()
    line = ProgressLine(stream, total=2 * size, meter=meter, every=0)
    with data.open("rb") as handle:
        meter.opened(handle)
        handle.read(size // 2)
        line.advance(40)
        text = line.text()
    assert text.startswith("stoltlib: 40 documents")
    assert "MB/s" in text and "25%" in text and "left" in text
    meter.add(size)  # a second file, read by a worker
    assert meter.position == 2 * size  # the first one closed: counted whole
    line.clear()
    assert stream.getvalue().endswith("\r")


def test_jobs_auto_runs_a_small_input_in_process(corpus: Path, monkeypatch) -> None:
    """Without --jobs, an input of a few documents starts no worker process."""
    from stoltlib import workers

    def no_pool(*args: object, **kwargs: object) -> None:
        raise AssertionError("a worker pool was started")

    monkeypatch.setattr(workers.Pool, "__init__", no_pool)
    write(corpus / "a.jsonl", records(5))
    result = run("extract", corpus)
    assert result.exit_code == 0, result.stderr
    assert summary(result.stderr)["written"] == "6"
