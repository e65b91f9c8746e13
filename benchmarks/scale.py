r"""Scale: full-pipeline throughput, parallel speed-up, peak memory, hostile input.

Data: the Reuters-21578 records in ``../shared/eval/reuters/`` (relative to the repository
root); the script skips (exit 0) when they are absent. Nothing from them is copied into the
repository: inputs are written to a temporary directory and deleted afterwards.

Three measurements, each with every built-in plugin:

1. **Throughput**: every Reuters story with a body (``TITLE\n\nDATELINE BODY``, as the metadata
   benchmark gives it), as JSONL, through ``stoltlib extract --no-text`` with ``--jobs 1`` and
   ``--jobs 2``, in the same run (``--repeat N``: N such pairs, interleaved). MB are UTF-8
   bytes of the documents' text. The one-process figure is in CPU time of that process
   (wall-clock beside it); the speed-up compares wall-clock times, which is what parallel work
   buys. Worker start-up (the plugins compiling their patterns, about a second) counts. The
   main process's own CPU time is reported apart: with workers it only reads, hands out batches
   and writes. Beside each run, the CPU seconds other processes of the machine used meanwhile
   (``/proc/stat``): only a pair during which they stayed near zero describes stoltlib.
2. **Peak memory**: a JSONL of ``--size`` MB (default 1024: the Reuters stories repeated under
   new ids) generated in the temporary directory, run with ``--jobs 2``; the resident set of the
   main process and of each worker is sampled every 0.2 s (psutil) and the peaks reported.
3. **Hostile input**: each generator of ``stoltlib.testing.hostile`` at ``--hostile-size``
   characters, one document each, analysed in this process, against ordinary news text of the
   same size: MB/s in CPU time and the ratio to news.

Targets (issue 7): >= 1 MB/s per process for the full pipeline; ``--jobs 2`` >= 1.8x one
process; peak memory under 300 MB per worker whatever the input size; no hostile input slower
than 0.3x news text per MB.

    python benchmarks/scale.py                      # all three, 1 GB for memory
    python benchmarks/scale.py --size 100 --limit 5000 --markdown
    python benchmarks/scale.py --skip memory --skip hostile --repeat 3   # three pairs, interleaved
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEFAULT_DATA = ROOT.parent / "shared" / "eval" / "reuters"


def stories(data: Path, limit: int | None) -> Iterator[dict[str, str]]:
    """Reuters stories with a body as records ``{"id", "text"}``."""
    count = 0
    for path in sorted(data.glob("reut2-*.json")):
        for record in json.loads(path.read_text(encoding="utf-8")):
            if not record.get("body"):
                continue
            head = f"{record.get('title') or ''}\n\n{record.get('dateline') or ''} ".lstrip()
            yield {"id": f"reuters-{record['attrs']['newid']}", "text": head + record["body"]}
            count += 1
            if limit is not None and count >= limit:
                return


def command(*args: str) -> list[str]:
    """The stoltlib command line of this interpreter, built-in plugins only."""
    return [sys.executable, "-m", "stoltlib", "extract", *args]


#: The command line as ``python -m stoltlib`` runs it, which then writes its own CPU seconds (its
#: workers' not counted) to the file that ``STOLTLIB_SCALE_CPU`` names: with --jobs 2 this is the
#: main process's share, which should be small (it reads, hands out and writes). Beside it, its
#: CPU seconds when it forked its first worker, and each forked worker writes its own CPU seconds
#: to a file of its own as it ends (its ``_leave``, inherited patched): the longest path in CPU
#: time is then the main process's start plus the busiest worker, whatever other processes of
#: the machine took from the cores meanwhile. Spawned workers (not Linux) write nothing.
_MAIN_CPU = """
import os, resource, sys
import stoltlib.workers as workers
report = os.environ["STOLTLIB_SCALE_CPU"]
forked = []
def before_fork():
    if not forked:
        times = os.times()
        forked.append(times.user + times.system)
os.register_at_fork(before=before_fork)
leave = workers._leave
def timed_leave():
    times = os.times()
    with open(f"{report}.worker-{os.getpid()}", "w", encoding="utf-8") as handle:
        handle.write(str(times.user + times.system))
    leave()
workers._leave = timed_leave
from stoltlib.cli import main
try:
    main(sys.argv[1:])
finally:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    with open(report, "w", encoding="utf-8") as handle:
        handle.write(f"{usage.ru_utime + usage.ru_stime} {forked[0] if forked else ''}")
"""


def environment() -> dict[str, str]:
    """The environment for the runs: built-in plugins only, whatever else is installed.

    The caller's own ``STOLTLIB_DISABLE`` is dropped; every installed third-party plugin is
    disabled instead (an installed plugin, such as the docs' figures example, would otherwise
    count in the figures).
    """
    import stoltlib  # imported where needed, as below: the runs themselves are subprocesses
    from stoltlib.manager import known_plugin_names

    manager = stoltlib.get_plugin_manager(builtins_only=True, environ={})
    others = sorted(known_plugin_names() - {info.name for info in manager.plugin_info()})
    env = {key: value for key, value in os.environ.items() if key != "STOLTLIB_DISABLE"}
    if others:
        env["STOLTLIB_DISABLE"] = ",".join(others)
    return env


def machine_cpu() -> float | None:
    """CPU-seconds every process of the machine has used so far (``/proc/stat``), else ``None``.

    Less a run's own CPU time, this is what other processes took from the cores during the run:
    the one figure that says whether a run's wall-clock time describes stoltlib or its
    neighbours. (The virtual machine's host can also slow every process alike, unseen: which is
    why runs are repeated, interleaved, and the quietest pair is the one to read.)
    """
    try:
        with open("/proc/stat", encoding="ascii") as handle:
            fields = handle.readline().split()
    except OSError:
        return None
    if not fields or fields[0] != "cpu":
        return None
    user, nice, system, _idle, _iowait, irq, softirq = (int(value) for value in fields[1:8])
    return (user + nice + system + irq + softirq) / os.sysconf("SC_CLK_TCK")


def timed_run(args: list[str], work: Path) -> dict[str, float]:
    """Wall-clock, CPU seconds of all processes and of the main one, of one ``extract`` run.

    Also ``others``: the CPU seconds the rest of the machine used meanwhile (when known).
    """
    report = work / "main-cpu.txt"
    env = {**environment(), "STOLTLIB_SCALE_CPU": str(report)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    busy_before = machine_cpu()
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-c", _MAIN_CPU, "extract", *args],
        check=True,
        env=env,
        stdout=subprocess.DEVNULL,
    )
    wall = time.perf_counter() - started
    busy_after = machine_cpu()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    main_cpu, _, before_workers = report.read_text(encoding="utf-8").partition(" ")
    report.unlink()
    run = {"wall": wall, "cpu": cpu, "main": float(main_cpu)}
    workers = []
    for path in work.glob(f"{report.name}.worker-*"):
        workers.append(float(path.read_text(encoding="utf-8")))
        path.unlink()
    if before_workers and workers:
        run["path"] = float(before_workers) + max(workers)
    if busy_before is not None and busy_after is not None:
        run["others"] = max(0.0, busy_after - busy_before - cpu)
    return run


def throughput(records: list[dict[str, str]], work: Path, repeat: int = 1) -> dict[str, Any]:
    """Measurement 1: --jobs 1 and --jobs 2 over the same JSONL, ``repeat`` pairs interleaved."""
    source = work / "reuters.jsonl"
    with source.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    megabytes = sum(len(record["text"].encode("utf-8")) for record in records) / 1e6
    results: dict[str, Any] = {"documents": len(records), "mb": megabytes, "pairs": []}
    if hasattr(os, "getloadavg"):
        results["load"] = os.getloadavg()[0]
    for _ in range(repeat):
        pair = {}
        for jobs in (1, 2):
            out = work / f"out-{jobs}.jsonl"
            args = [str(source), "--jobs", str(jobs), "--no-text", "-q", "-o", str(out)]
            pair[jobs] = {**timed_run(args, work), "at": time.strftime("%H:%M:%S")}
            out.unlink()
        results["pairs"].append(pair)
    source.unlink()
    return results


def generate(records: list[dict[str, str]], path: Path, megabytes: int) -> int:
    """Write ``megabytes`` MB of JSONL: the records over and over, each copy with new ids."""
    target = megabytes * 1_000_000
    written = 0
    lines = 0
    with path.open("w", encoding="utf-8") as handle:
        copy = 0
        while written < target:
            for record in records:
                line = json.dumps({"id": f"{record['id']}-{copy}", "text": record["text"]}) + "\n"
                handle.write(line)
                written += len(line.encode("utf-8"))
                lines += 1
                if written >= target:
                    break
            copy += 1
    return lines


def peak_memory(records: list[dict[str, str]], work: Path, megabytes: int) -> dict[str, Any]:
    """Measurement 2: --jobs 2 over a generated JSONL, resident memory sampled per process."""
    try:
        import psutil
    except ImportError:
        return {"error": "psutil is not installed (pip install psutil)"}
    source = work / "big.jsonl"
    documents = generate(records, source, megabytes)
    out = work / "big-out.jsonl"
    args = command(str(source), "--jobs", "2", "--no-text", "-q", "-o", str(out))
    started = time.perf_counter()
    process = psutil.Popen(args, env=environment(), stdout=subprocess.DEVNULL)
    peaks: dict[int, int] = {}
    main_pid = process.pid
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            try:
                family = [process, *process.children(recursive=True)]
            except psutil.Error:
                family = []
            for member in family:
                try:
                    peaks[member.pid] = max(peaks.get(member.pid, 0), member.memory_info().rss)
                except psutil.Error:
                    continue
            done.wait(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    process.wait()
    done.set()
    sampler.join()
    wall = time.perf_counter() - started
    size = source.stat().st_size
    source.unlink()
    out.unlink(missing_ok=True)
    workers = sorted((rss for pid, rss in peaks.items() if pid != main_pid), reverse=True)
    return {
        "mb": size / 1e6,
        "documents": documents,
        "wall": wall,
        "main": peaks.get(main_pid, 0) / 2**20,
        "workers": [rss / 2**20 for rss in workers[:2]],
        "exit": process.returncode,
    }


def hostile(size: int) -> dict[str, float]:
    """Measurement 3: MB/s (CPU time) of one document of each hostile kind and of news."""
    import stoltlib
    from stoltlib.testing.hostile import HOSTILE, news

    pipeline = stoltlib.Pipeline(stoltlib.get_plugin_manager(builtins_only=True, environ={}))
    pipeline.analyze(news(3000))  # patterns compiled, lexicons loaded: off the clock
    rates: dict[str, float] = {}
    for name, make in [("news", news), *HOSTILE.items()]:
        text = make(size)
        document = stoltlib.Document(id=name, text=text)
        started = time.process_time()
        pipeline.analyze(document)
        seconds = max(time.process_time() - started, 1e-6)
        rates[name] = len(text.encode("utf-8")) / 1e6 / seconds
    return rates


def report(args: argparse.Namespace, speed: dict[str, Any], memory: dict[str, Any],
           rates: dict[str, float]) -> None:  # fmt: skip
    """Print the tables (Markdown with --markdown)."""
    if speed:
        _throughput_table(speed)
    _memory_table(memory)
    _hostile_table(args, rates)


def _throughput_table(speed: dict[str, Any]) -> None:
    mb = speed["mb"]
    documents = speed["documents"]
    print(f"## Throughput: {documents} Reuters stories, {mb:.1f} MB of text\n")
    print("| pair | run | ended (local time) | wall s | CPU s (all processes) | CPU s (main "
          "process) | main process, us per document | others' CPU s meanwhile | MB/s (wall) | "
          "MB per CPU-second | speed-up (wall) | longest path, CPU s | speed-up (CPU "
          "path) |")  # fmt: skip
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for number, pair in enumerate(speed["pairs"], 1):
        one = pair[1]
        for jobs in (1, 2):
            run = pair[jobs]
            others = f"{run['others']:.1f}" if "others" in run else "?"
            path = run["cpu"] if jobs == 1 else run.get("path")
            on_path = "?" if path is None else f"{path:.1f}"
            path_ratio = "?" if path is None else f"{one['cpu'] / path:.2f}x"
            print(f"| {number} | --jobs {jobs} | {run['at']} | {run['wall']:.1f} | "
                  f"{run['cpu']:.1f} | {run['main']:.2f} | "
                  f"{run['main'] / documents * 1e6:.0f} | {others} | {mb / run['wall']:.2f} | "
                  f"{mb / run['cpu']:.2f} | {one['wall'] / run['wall']:.2f}x | {on_path} | "
                  f"{path_ratio} |")  # fmt: skip
    load = speed.get("load")
    if load is not None:
        print(f"\nLoad average before the runs (other processes on the machine): {load:.2f}.")
    print("The longest path in CPU time, with --jobs 2: the main process's CPU seconds until it "
          "forked the first worker, plus the busiest worker's; its speed-up compares it with one "
          "process's CPU seconds (what two cores of their own would give).")  # fmt: skip
    quiet = _quietest(speed["pairs"])
    if quiet is not None:
        number, pair = quiet
        print(f"The quietest pair (least CPU used by other processes during it): {number}, "
              f"--jobs 1 {mb / pair[1]['cpu']:.2f} MB per CPU-second, --jobs 2 "
              f"{pair[1]['wall'] / pair[2]['wall']:.2f}x.")  # fmt: skip
    print("\nTargets: >= 1 MB/s per process; --jobs 2 >= 1.8x.\n")


def _quietest(pairs: list[dict[int, dict[str, Any]]]) -> tuple[int, dict[int, Any]] | None:
    """The pair (numbered from 1) during which other processes used the least CPU, if known."""
    known = [(n, p) for n, p in enumerate(pairs, 1) if all("others" in p[j] for j in (1, 2))]
    if not known:
        return None
    return min(known, key=lambda item: item[1][1]["others"] + item[1][2]["others"])


def _memory_table(memory: dict[str, Any]) -> None:
    if "error" in memory:
        print(f"## Peak memory: skipped ({memory['error']})\n")
    elif memory:
        print(f"## Peak memory: {memory['mb']:.0f} MB JSONL, {memory['documents']} documents, "
              f"--jobs 2, {memory['wall']:.0f} s\n")  # fmt: skip
        print("| process | peak RSS (MiB) |\n|---|---|")
        print(f"| main (reads, writes) | {memory['main']:.0f} |")
        for number, rss in enumerate(memory["workers"], 1):
            print(f"| worker {number} | {rss:.0f} |")
        if memory["exit"] != 0:
            print(f"\n(the run ended with exit status {memory['exit']}: interrupted or failed)")
        print("\nTarget: under 300 MB per worker, whatever the input size.\n")


def _hostile_table(args: argparse.Namespace, rates: dict[str, float]) -> None:
    if rates:
        print(f"## Hostile input: one document of {args.hostile_size:,} characters each\n")
        print("| input | MB/s (CPU) | ratio to news |\n|---|---|---|")
        for name, rate in rates.items():
            print(f"| {name} | {rate:.2f} | {rate / rates['news']:.2f}x |")
        print("\nTarget: no hostile input below 0.3x news text.")


def main(argv: list[str] | None = None) -> int:
    """Run the measurements asked for and print their tables."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, help="at most this many stories for throughput")
    parser.add_argument("--size", type=int, default=1024, help="MB of JSONL for peak memory")
    parser.add_argument("--hostile-size", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=1,
                        help="throughput: pairs of --jobs 1 and 2 runs, interleaved")  # fmt: skip
    parser.add_argument("--skip", action="append", default=[],
                        choices=["throughput", "memory", "hostile"])  # fmt: skip
    parser.add_argument("--markdown", action="store_true", help="(tables are Markdown always)")
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        print(f"{args.data} is absent: skipped")
        return 0
    records = list(stories(args.data, args.limit))
    work = Path(tempfile.mkdtemp(prefix="stoltlib-scale-"))
    try:
        speed = throughput(records, work, args.repeat) if "throughput" not in args.skip else None
        memory = peak_memory(records, work, args.size) if "memory" not in args.skip else {}
        rates = hostile(args.hostile_size) if "hostile" not in args.skip else {}
    finally:
        shutil.rmtree(work, ignore_errors=True)
    report(args, speed or {}, memory, rates)
    return 0


if __name__ == "__main__":
    sys.exit(main())
