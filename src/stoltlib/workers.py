"""Worker processes: tasks analysed in parallel, results in input order, runaway plugins stopped.

:class:`Pool` runs :class:`~stoltlib.tasks.Task` values in ``jobs`` worker processes and gives
their outcomes back in input order, with a bounded number of tasks in flight (so memory stays flat
however long the input is). Each worker builds its own pipeline once, from a
:class:`WorkerSpec`, and keeps it for every task it gets.

Why not :mod:`concurrent.futures` or :class:`multiprocessing.Pool`: their ``map`` takes in the
whole input before the first result comes out, one worker that dies breaks the whole pool, and
neither can stop a task that never returns. Here:

- each worker writes, into memory shared with the parent, a counter bumped on every plugin call's
  start and end and the name of the plugin it is in. A worker whose counter stays put while it is
  inside a plugin for longer than ``plugin_timeout`` is killed (a regular-expression match cannot
  be interrupted any other way), replaced, and the document is done again without that plugin,
  with a ``timeout`` entry in its errors;
- a worker that dies (a crash in a C extension, the out-of-memory killer) is replaced the same
  way, the death recorded against the plugin it was in (``crash``); a document on which a worker
  dies twice outside any plugin is reported as unreadable, and the run goes on;
- sending never blocks the parent: each worker has a sender thread, so a parent that is handing
  a large document to a busy worker still watches the clock.

How workers start: on Linux, when the pool was given the parent's plugin manager and the parent
runs a single thread (no other thread's lock can be inherited held), workers are forked: each
inherits the imported modules and the built manager, warmed up in the parent before the first
fork (without a plugin time limit), so a worker starts ready: the interpreter's start, the
imports, building the manager and the plugins' warm-up (the dates plugin's first call, about
half a second) are done once for all the workers; and a script without
``if __name__ == "__main__":`` works too. The caller's process then holds what the plugins
built warming up (some 30 MB for the built-in plugins).
Otherwise (macOS, Windows, another thread running, a replacement started while the other
workers' sender threads run, a plugin that kept a file or a connection open that it opened
warming up) workers are started with ``spawn``, which builds the manager again from its
:class:`~stoltlib.manager.ManagerSpec`; both give the same results.
"""

from __future__ import annotations

import collections
import contextlib
import ctypes
import errno
import fcntl
import gc
import multiprocessing
import multiprocessing.connection
import os
import queue
import signal
import stat
import sys
import threading
import time
import traceback
import weakref
from collections.abc import Iterable, Iterator
from multiprocessing.sharedctypes import RawArray
from typing import Any

import attrs

from stoltlib.manager import ManagerSpec, PluginManager
from stoltlib.model import Problem
from stoltlib.reading import ReadError
from stoltlib.tasks import Failure, Outcome, Task, run_task

__all__ = [
    "OUTPUTS",
    "Pool",
    "WorkerError",
    "WorkerSpec",
    "default_jobs",
    "settle_collector",
    "warm_up",
]

#: What a worker sends back per document: the Analysis, or its JSON line with or without text.
OUTPUTS = ("analysis", "json", "json-no-text")

#: The most tasks sent to a worker in one message. A worker holds two batches at a time (the one
#: it works on and the next, so it never waits), and sends its outcomes back a batch at a time:
#: one message each way per batch instead of three per document, which is most of what the main
#: process did per document (a wait on the pipes, a pickle, a thread hand-off per message).
BATCH = 32

#: The most characters of documents in one batch (a batch holds one task at least).
BATCH_CHARS = 1024 * 1024

#: A worker sends what it has ready once it holds this many outcomes, even mid-batch (a task
#: that is a whole file of many documents must not pile up its outcomes in the worker).
FLUSH_OUTCOMES = 64

#: How often the parent looks at the workers' plugin counters, at most (seconds).
POLL = 0.1

#: A news paragraph each worker analyses once on starting (see warm_up).
WARM_UP = (
    "BRUSSELS, Oct 1 (Reuters) - NATO Secretary General Mark Rutte said on Tuesday that the "
    "alliance would \u201cstand united\u201d, according to a statement. He took office last "
    "week, replacing Jens Stoltenberg, who had served since 2014.\n\nTalks resume in March."
)

# Shared state of one worker: [counter, inside a plugin (0/1), the task it works on, the index of
# the outcome it works on in that task], and "stage\tplugin". Outcomes travel in batches, so
# when a worker dies the parent learns from here, not from what arrived, where it was.
_COUNTER, _ACTIVE, _TASK, _INDEX = 0, 1, 2, 3
_STATE_SLOTS = 4
_NAME_BYTES = 200


class WorkerError(RuntimeError):
    """Worker processes could not be started, or a plugin failed in a strict run."""


def default_jobs() -> int:
    """The number of cores this process may run on (the default of ``--jobs``)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # macOS, Windows
        return max(1, os.cpu_count() or 1)


@attrs.frozen(kw_only=True)
class WorkerSpec:
    """What a worker process needs to build its pipeline and to encode its results.

    Attributes:
        manager: the recipe of the plugin manager (:attr:`PluginManager.spec`).
        published: the pipeline's default document creation time.
        strict: re-raise plugin failures (the run stops at the first).
        output: one of :data:`OUTPUTS`.

    """

    manager: ManagerSpec
    published: str | None = None
    strict: bool = False
    output: str = attrs.field(default="analysis", validator=attrs.validators.in_(OUTPUTS))


class _SharedWatch:
    """The worker's side of the watch: plugin calls counted into memory the parent reads."""

    def __init__(self, state: Any, name: Any) -> None:
        self._state = state
        self._name = name
        self._encoded: dict[tuple[str, str], bytes] = {}

    def enter(self, stage: str, plugin: str) -> None:
        key = (stage, plugin)
        encoded = self._encoded.get(key)
        if encoded is None:
            encoded = f"{stage}\t{plugin}".encode()[: _NAME_BYTES - 1]
            self._encoded[key] = encoded
        self._name.value = encoded
        self._state[_ACTIVE] = 1
        self._state[_COUNTER] += 1

    def leave(self) -> None:
        self._state[_ACTIVE] = 0
        self._state[_COUNTER] += 1


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a process starts.

    Importing the plugins and compiling their patterns makes hundreds of thousands of objects
    that live on; the full collections they set off find next to nothing to free and cost about
    a fifth of a worker's start-up CPU (1.9 -> 1.5 s each). What garbage start-up leaves is
    collected as usual once the collector is back.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def warm_up(pipeline: Any) -> None:
    """Have the plugins do their one-off work now: compile patterns, load lexicons.

    Plugins do it on first use; done on a news paragraph before the first document, the time
    limit does not stop a plugin for its start on the first document, and it is done with the
    collector paused (see :func:`_collector_paused`). A plugin that fails on the paragraph is
    left to fail on the documents, where its error is recorded.

    Once per plugin manager and process: a worker forked from a process that warmed its manager
    up inherits the work done (see :meth:`Pool._start`), and a second call does nothing. A
    manager whose plugins opened a file, a socket or a connection while warming up (one kept
    open: a gazetteer's handle, a database connection) is noted: its workers are spawned, each
    opening its own, since a forked worker lets go of its parent's descriptors.
    """
    from stoltlib.pipeline import Pipeline

    manager = pipeline.plugins
    if manager in _WARMED:
        return
    before = set(_open_descriptors())
    with _collector_paused(), contextlib.suppress(Exception):
        Pipeline(manager, published="2024-01-01").analyze(WARM_UP)
    if not before.issuperset(_open_descriptors()):
        _OPENED_WARMING_UP.add(manager)
    _WARMED.add(manager)


#: The plugin managers this process has warmed up (see :func:`warm_up`); a forked worker
#: inherits the set with the managers.
_WARMED: weakref.WeakSet[PluginManager] = weakref.WeakSet()
#: The warmed-up managers whose plugins kept a descriptor open that they opened warming up.
_OPENED_WARMING_UP: weakref.WeakSet[PluginManager] = weakref.WeakSet()


#: The collector's oldest-generation threshold in a process that only analyses (see
#: :func:`settle_collector`); Python's default is 10.
OLDEST_THRESHOLD = 100


def settle_collector() -> None:
    """Tune the cyclic garbage collector for a process that only analyses from now on.

    For a worker and for the command line's own run, once warmed up (a library caller's process
    is left as it is):

    - every object made so far (modules, patterns, lexicons, which live as long as the
      process) moves to the permanent generation (:func:`gc.freeze`): collections no longer
      walk them, nor write to the pages a forked worker shares with its parent;
    - a full collection is considered after 100 collections of the middle generation rather
      than 10. The facts of one large document are long-lived objects without cycles, which
      refcounting frees: the full collections they set off found nothing to free and were
      about a quarter of the time on a 1.6 MB document (0.71 of 2.73 CPU-seconds; 0.08 after).
      Cyclic garbage still dies young in the younger generations, and a full collection still
      comes after some 700,000 more objects than were freed.

    On Python 3.14 and later the collector is incremental, with two generations: it collects
    the young one and a slice of the old one at a time, so no full collection is there to put
    off, and :func:`gc.set_threshold` ignores a third value. The threshold is then left alone
    and only the freeze applies (not measured: the development machine has no 3.14).

    The command line puts the collector back as it found it when it returns (see
    :func:`stoltlib.cli.main`).
    """
    gc.freeze()
    if sys.version_info < (3, 14):
        young, middle, _ = gc.get_threshold()
        gc.set_threshold(young, middle, OLDEST_THRESHOLD)


def _fork_is_safe() -> bool:
    """Whether a worker may be forked from this process: Linux, and this process's only thread.

    A child forked while another thread runs inherits every lock that thread holds, never to be
    released in the child. The threads are counted by the kernel (``/proc/self/task``), so that
    threads of C libraries, which :mod:`threading` does not see, count too.
    """
    if sys.platform != "linux" or "fork" not in multiprocessing.get_all_start_methods():
        return False
    try:
        return len(os.listdir("/proc/self/task")) == 1
    except OSError:
        return False


def _open_descriptors() -> tuple[tuple[int, int, int], ...]:
    """The open file descriptors of this process past the standard streams, and what each is.

    ``(number, device, inode)`` for each, listed in a parent right before it forks a worker
    (see :func:`_release_descriptors`); empty without ``/proc`` (forked workers run on Linux
    only). The listing's own descriptor is closed by the time each is looked at: left out.
    """
    try:
        numbers = [number for name in os.listdir("/proc/self/fd") if (number := int(name)) > 2]
    except OSError:
        return ()
    found = []
    for number in sorted(numbers):
        try:
            status = os.fstat(number)
        except OSError:
            continue
        found.append((number, status.st_dev, status.st_ino))
    return tuple(found)


def _release_descriptors(descriptors: Iterable[tuple[int, int, int]]) -> None:
    """Point the file descriptors a forked worker inherited from its parent at ``/dev/null``.

    ``descriptors`` were the parent's open ones before it made the worker's pipes and forked it
    (:func:`_open_descriptors`). A forked child holds a copy of each: a pipe the caller writes to
    another program, a socket; while a worker lives the far end sees no EOF nor a closed
    connection, so a caller's ``gzip`` or client would wait on the worker (a spawned worker's
    interpreter starts without them). A regular file open for reading is opened anew instead
    (see :func:`_reopen_for_reading`): a plugin may read one it opened before the fork. A
    number is let go of only while it still names what it did when listed: one closed and
    taken since (the worker's own pipes, those multiprocessing makes to watch it) is left
    alone. Each is pointed at ``/dev/null`` rather than closed: it stays taken, so that a file
    object of the parent's, were it used or closed in the child, can reach no file opened
    since.
    """
    null = -1
    try:
        for number, device, inode in descriptors:
            try:
                status = os.fstat(number)
            except OSError:
                continue
            if (status.st_dev, status.st_ino) != (device, inode):
                continue
            if stat.S_ISREG(status.st_mode) and _reopen_for_reading(number):
                continue
            if null < 0:
                null = os.open(os.devnull, os.O_RDWR)
            if number != null:
                # One this process may not touch (a tool's own, such as valgrind's, listed
                # but refused to programs: EBADF) stays as it is: it is no pipe of the
                # caller's. Any other failure is raised: a caller's pipe would stay open.
                try:
                    os.dup2(null, number)
                except OSError as error:
                    if error.errno != errno.EBADF:
                        raise
    finally:
        if null >= 0:
            os.close(null)


def _reopen_for_reading(number: int) -> bool:
    """Give a regular file open for reading an offset of this process's own; ``False`` if not.

    A plugin's handle on its gazetteer, opened in the parent before the fork (by the caller's
    own analysis), is read again in the worker; a shared offset would let the workers' reads
    move each other's. The file is opened anew through ``/proc/self/fd`` at the same offset,
    under the same number. A file open for writing (the caller's output) is let go of.
    """
    try:
        if fcntl.fcntl(number, fcntl.F_GETFL) & os.O_ACCMODE != os.O_RDONLY:
            return False
        offset = os.lseek(number, 0, os.SEEK_CUR)
        fresh = os.open(f"/proc/self/fd/{number}", os.O_RDONLY)
    except OSError:
        return False
    try:
        os.lseek(fresh, offset, os.SEEK_SET)
        os.dup2(fresh, number)
    except OSError:
        return False
    finally:
        os.close(fresh)
    return True


def _worker_main(
    spec: WorkerSpec,
    tasks: Any,
    results: Any,
    state: Any,
    name: Any,
    manager: PluginManager | None = None,
    inherited: tuple[Any, ...] = (),
    release: tuple[tuple[int, int, int], ...] = (),
) -> None:
    """A worker process: build the pipeline once, then do the tasks the parent sends.

    ``manager`` is the parent's, in a forked worker (else the worker builds its own from the
    spec); ``inherited`` are the parent's ends of the other workers' pipes, which a forked child
    holds copies of and closes, so that each worker still sees its parent go away (EOF);
    ``release`` the parent's other descriptors, which it lets go of (:func:`_release_descriptors`).
    """
    # Ctrl-C reaches the whole process group; the parent decides what stops, and how. A forked
    # worker would also inherit the command line's SIGTERM handler (which stops a run as Ctrl-C
    # does): a worker told to end simply ends.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    for connection in inherited:
        with contextlib.suppress(OSError):
            connection.close()
    _release_descriptors(release)
    try:
        if manager is not None:
            # What the parent made lives on untouched: the collector never walks (and so never
            # writes to, and copies) the pages the child shares with its parent.
            gc.freeze()
        with _collector_paused():
            from stoltlib.jsonio import dumps
            from stoltlib.pipeline import Pipeline

            if manager is None:
                manager = spec.manager.build()
        pipeline = Pipeline(manager, published=spec.published, strict=spec.strict)
        reader = pipeline.reader()
        warm_up(pipeline)
        settle_collector()
        pipeline.watch = _SharedWatch(state, name)
    except BaseException:
        results.send(("failed", traceback.format_exc()))
        return
    if spec.output == "analysis":
        encode: Any = None
    else:
        with_text = spec.output == "json"

        def encode(analysis: Any) -> str:
            return dumps(analysis, text=with_text)

    try:
        results.send(("ready", os.getpid()))
        _serve(pipeline, reader, encode, tasks, results, state)
    except BrokenPipeError:  # the parent is gone: nobody is left to tell
        _leave()


def _serve(pipeline: Any, reader: Any, encode: Any, tasks: Any, results: Any, state: Any) -> None:
    """Do the batches of tasks the parent sends, until it asks the worker to stop."""
    while True:
        try:
            batch = tasks.recv()
        except EOFError:  # the parent is gone
            return
        if batch is None:
            _leave()
        replies: list[tuple[Any, ...]] = []
        for task, start, skips, extras, given_up in batch:
            state[_TASK] = task.number
            state[_INDEX] = index = start
            try:
                kwargs: dict[str, Any] = {
                    "start": start, "skips": skips, "extras": extras, "given_up": given_up,
                }  # fmt: skip
                if encode is not None:
                    kwargs["encode"] = encode
                for index, outcome in enumerate(run_task(pipeline, reader, task, **kwargs), start):
                    replies.append((task.number, index, outcome))
                    state[_INDEX] = index + 1
                    if len(replies) >= FLUSH_OUTCOMES:
                        results.send(("batch", replies))
                        replies = []
            except Exception as error:
                replies.append((task.number, index, _portable(error)))
                break  # the parent raises it: the rest of the batch is not wanted
            replies.append((task.number, None, None))
        results.send(("batch", replies))


def _leave() -> None:
    """End a worker that was asked to stop (or lost its parent), without the interpreter's teardown.

    The teardown frees the plugins' patterns and lexicons object by object, about half a second
    that the main process waited out at the end of every run. Nothing is lost: every result was
    sent already (a worker sends synchronously), and the standard streams are flushed here.
    """
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    os._exit(0)


def _portable(error: BaseException) -> BaseException:
    """``error`` if it survives pickling, else a WorkerError carrying its traceback."""
    import pickle

    try:
        pickle.loads(pickle.dumps(error))
        return error
    except Exception:
        text = "".join(traceback.format_exception(type(error), error, error.__traceback__))
        return WorkerError(f"{type(error).__name__}: {error}\n{text}")


@attrs.define
class _TaskState:
    """The parent's record of one task in flight."""

    task: Task
    outcomes: list[Outcome | None] = attrs.field(factory=list)
    delivered: int = 0
    done: bool = False
    skips: dict[int, frozenset[str]] = attrs.field(factory=dict)
    extras: dict[int, tuple[Problem, ...]] = attrs.field(factory=dict)
    given_up: dict[int, tuple[str, bool]] = attrs.field(factory=dict)
    deaths_outside_plugins: dict[int, int] = attrs.field(factory=dict)


class _Worker:
    """The parent's handle on one worker process."""

    def __init__(
        self,
        context: Any,
        spec: WorkerSpec,
        manager: PluginManager | None = None,
        inherited: tuple[Any, ...] = (),
    ) -> None:
        """Start the worker process (see :meth:`start_sending` for the thread that feeds it).

        ``manager`` and ``inherited`` are for a forked worker (see :func:`_worker_main`).
        """
        # What the parent has open before this worker's pipes exist: a forked child lets go of
        # it (see _release_descriptors).
        release = _open_descriptors() if manager is not None else ()
        task_reader, task_writer = context.Pipe(duplex=False)
        result_reader, result_writer = context.Pipe(duplex=False)
        self.state = RawArray(ctypes.c_int64, _STATE_SLOTS)
        self.state[_TASK] = -1
        self.name = RawArray(ctypes.c_char, _NAME_BYTES)
        if manager is not None:
            # A forked child holds copies of this process's ends too, its own pipes' included:
            # it closes them, or it would never see EOF on its tasks when the parent is gone.
            inherited = (*inherited, task_writer, result_reader)
        self.process = context.Process(
            target=_worker_main,
            args=(
                spec,
                task_reader,
                result_writer,
                self.state,
                self.name,
                manager,
                inherited,
                release,
            ),
            name="stoltlib-worker",
            daemon=True,
        )
        self.process.start()
        # The child has its own copies; closing ours lets each side see the other's end.
        task_reader.close()
        result_writer.close()
        self.results = result_reader
        self._writer = task_writer
        self._outbox: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._sender: threading.Thread | None = None
        self.ready = False
        self._asked_to_stop = False
        #: Tasks sent and not done, in order, and the last task of each batch sent and not done.
        self.assigned: collections.deque[int] = collections.deque()
        self.batches: collections.deque[int] = collections.deque()
        self.seen_counter = -1
        self.seen_at = time.monotonic()

    def _send_all(self) -> None:
        while True:
            message = self._outbox.get()
            if message is _STOP:
                return
            try:
                self._writer.send(message)
            except (OSError, ValueError):  # the worker died; the parent finds out by itself
                return

    def start_sending(self) -> None:
        """Start the thread that sends queued messages (after every worker to fork has forked)."""
        if self._sender is None:
            self._sender = threading.Thread(
                target=self._send_all, name="stoltlib-sender", daemon=True
            )
            self._sender.start()

    def connections(self) -> tuple[Any, ...]:
        """The parent's ends of the worker's pipes (for a worker forked later to close)."""
        return (self._writer, self.results)

    def send(self, message: Any) -> None:
        """Queue a message for the worker (never blocks)."""
        self._outbox.put(message)

    def position(self) -> tuple[int, int]:
        """The task the worker works on and the index of the outcome it works on in that task."""
        return self.state[_TASK], self.state[_INDEX]

    def plugin(self) -> tuple[str, str] | None:
        """The (stage, plugin) the worker is inside, or ``None`` between plugins."""
        if not self.state[_ACTIVE]:
            return None
        stage, _, plugin = self.name.value.decode("utf-8", "replace").partition("\t")
        return stage, plugin

    def ask_to_stop(self) -> None:
        """Ask the worker to end once it has done what it was sent (see :meth:`stop`)."""
        if not self._asked_to_stop:
            self._asked_to_stop = True
            self.send(None)

    def stop(self, *, kill: bool = False, wait: float = 2.0) -> None:
        """End the worker: ask it to stop (or kill it), and release its pipes and thread."""
        if not kill and self.process.is_alive():
            self.ask_to_stop()
            self.process.join(wait)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(wait)
        self._outbox.put(_STOP)
        for connection in (self._writer, self.results):
            with contextlib.suppress(OSError):
                connection.close()
        if self._sender is not None:
            # Joined: a sender thread still ending would keep the next pool from forking.
            self._sender.join(wait)


_STOP = object()


class Pool:
    """``jobs`` worker processes doing tasks, giving their outcomes back in input order.

    Args:
        spec: how each worker builds its pipeline and encodes its results.
        jobs: the number of worker processes.
        plugin_timeout: seconds one plugin may spend on one document (``None``: no limit).
        window: the most tasks in flight (sent and not yet given back); default four batches
            per worker.
        window_chars: the most characters of documents in flight (a run of huge documents is
            held to this, though at least one task is always in flight).
        plugins: the plugin manager ``spec.manager`` describes, when this process has it built:
            workers may then be forked from this process and use it (see the module's
            docstring) rather than each building its own.

    Workers start on the first :meth:`map` and serve every later one; :meth:`close` (or leaving a
    ``with`` block) stops them.

    """

    def __init__(
        self,
        spec: WorkerSpec,
        *,
        jobs: int,
        plugin_timeout: float | None = None,
        window: int | None = None,
        window_chars: int = 64 * 1024 * 1024,
        plugins: PluginManager | None = None,
    ) -> None:
        if jobs < 1:
            raise ValueError(f"jobs must be at least 1, got {jobs}")
        if plugins is not None and plugins.spec != spec.manager:
            raise ValueError("plugins must be the manager spec.manager describes")
        self.spec = spec
        self.jobs = jobs
        self.plugin_timeout = plugin_timeout
        self.window = window or 4 * BATCH * jobs
        self.window_chars = window_chars
        self._plugins = plugins
        self._context = multiprocessing.get_context("spawn")
        self._workers: list[_Worker] = []
        self._busy = False
        #: Worker processes started so far, replacements included.
        self.started = 0

    def __enter__(self) -> Pool:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop every worker process."""
        workers, self._workers = self._workers, []
        for worker in workers:  # all at once: each then ends while the others do
            worker.ask_to_stop()
        for worker in workers:
            worker.stop()

    def _start(self) -> _Worker:
        """Start one worker, forked when that is safe (see the module's docstring).

        A worker is forked only while the manager still is what the spec describes: one changed
        since the pool was made (a plugin registered by hand) is not what a spawned worker
        builds, so workers are then spawned from the spec, and every worker runs the same
        plugins. Before the first fork, the manager is warmed up here (:func:`warm_up`), once
        for every worker, which inherits it; not with a plugin time limit, under which this
        process runs no plugin at all (a worker's warm-up stays in the worker).
        """
        self.started += 1
        plugins = self._plugins
        if plugins is not None and plugins.spec == self.spec.manager and _fork_is_safe():
            if self.plugin_timeout is None:
                from stoltlib.pipeline import Pipeline

                warm_up(Pipeline(plugins))
            # Checked again: a thread a plugin started while warming up rules a fork out, and so
            # does a file or connection one opened (a forked worker would find it at /dev/null).
            if _fork_is_safe() and plugins not in _OPENED_WARMING_UP:
                inherited = tuple(c for worker in self._workers for c in worker.connections())
                context = multiprocessing.get_context("fork")
                return _Worker(context, self.spec, plugins, inherited)
        return _Worker(self._context, self.spec)

    def map(self, tasks: Iterable[Task]) -> Iterator[tuple[Task, Outcome]]:
        """Do every task; yield ``(task, outcome)`` for each outcome, in input order.

        Raises:
            WorkerError: the workers cannot start, or (strict runs) a plugin failed.
            PluginTimeoutError: (strict runs) a plugin ran over the time limit.

        """
        if self._busy:
            raise RuntimeError("this pool is already running a map; one at a time")
        self._busy = True
        finished = False
        try:
            while len(self._workers) < self.jobs:
                self._workers.append(self._start())
            # Sender threads only once every worker is started: a thread would stop the next
            # worker from being forked.
            for worker in self._workers:
                worker.start_sending()
            yield from self._run(iter(tasks))
            finished = True
        finally:
            self._busy = False
            if not finished:
                # Stopped half-way (an exception, or the caller broke off): the workers hold
                # tasks of this map. Start afresh next time.
                for worker in self._workers:
                    worker.stop(kill=True)
                self._workers = []

    def _run(self, tasks: Iterator[Task]) -> Iterator[tuple[Task, Outcome]]:
        states: dict[int, _TaskState] = {}
        order: collections.deque[int] = collections.deque()  # in flight, in input order
        waiting: collections.deque[int] = collections.deque()  # not yet given to a worker
        exhausted = False
        chars = 0
        while True:
            while (
                not exhausted
                and len(order) < self.window
                and (chars < self.window_chars or not order)
            ):
                task = next(tasks, None)
                if task is None:
                    exhausted = True
                    break
                state = _TaskState(task)
                states[task.number] = state
                order.append(task.number)
                chars += task.size
                if isinstance(task.item, ReadError):  # found while cutting the input
                    state.outcomes.append(Failure(task.item.location, task.item.message))
                    state.done = True
                else:
                    waiting.append(task.number)
            self._assign(waiting, states, last=exhausted)
            while order:
                head = states[order[0]]
                while head.delivered < len(head.outcomes):
                    outcome = head.outcomes[head.delivered]
                    head.outcomes[head.delivered] = None  # given away: do not hold it
                    head.delivered += 1
                    assert outcome is not None
                    yield head.task, outcome
                if not head.done:
                    break
                order.popleft()
                del states[head.task.number]
                chars -= head.task.size
            if not order:
                if exhausted:
                    return
                continue
            self._wait(states, waiting)

    def _assign(
        self, waiting: collections.deque[int], states: dict[int, _TaskState], *, last: bool
    ) -> None:
        # Batches are cut from what is waiting, at most BATCH tasks each, and fewer when fewer
        # wait: a worker with nothing to do gets what there is rather than waiting for more.
        # Once the input is all cut (``last``), what waits is shared out in ever smaller
        # batches, so that the workers run out of work together: with full batches to the end,
        # one worker was left with up to two of them while the other had finished.
        for worker in sorted(self._workers, key=lambda w: len(w.assigned)):
            while waiting and len(worker.batches) < 2:
                size = BATCH
                if last:
                    share = -(-len(waiting) // (2 * len(self._workers)))  # rounded up
                    size = max(1, min(BATCH, share))
                batch: list[tuple[Any, ...]] = []
                chars = 0
                while waiting and len(batch) < size and (chars < BATCH_CHARS or not batch):
                    state = states[waiting.popleft()]
                    task = state.task
                    worker.assigned.append(task.number)
                    chars += task.size
                    batch.append(
                        (task, len(state.outcomes), dict(state.skips), dict(state.extras),
                         dict(state.given_up))
                    )  # fmt: skip
                worker.batches.append(batch[-1][0].number)
                worker.send(batch)

    def _wait(self, states: dict[int, _TaskState], waiting: collections.deque[int]) -> None:
        by_connection = {worker.results: worker for worker in self._workers}
        by_sentinel = {worker.process.sentinel: worker for worker in self._workers}
        timeout = None if self.plugin_timeout is None else min(POLL, self.plugin_timeout / 4)
        ready = multiprocessing.connection.wait([*by_connection, *by_sentinel], timeout)
        dead: list[_Worker] = []
        for item in ready:
            worker = by_connection.get(item)
            if worker is not None and not self._receive(worker, states):
                dead.append(worker)
        for item in ready:
            worker = by_sentinel.get(item)
            if worker is not None and worker not in dead:
                # Read what it sent before it died, then replace it.
                self._receive(worker, states)
                dead.append(worker)
        for worker in dead:
            self._replace(worker, states, waiting, timed_out=False)
        if self.plugin_timeout is not None:
            self._check_clocks(states, waiting)

    def _receive(self, worker: _Worker, states: dict[int, _TaskState]) -> bool:
        """Handle every message the worker has sent; False when its pipe is closed."""
        while True:
            try:
                if not worker.results.poll():
                    return True
                message = worker.results.recv()
            except Exception:
                # EOF or a broken pipe: the worker is gone. An unpickling error: its last
                # message was cut off by its death. Either way it is replaced.
                return False
            kind = message[0]
            if kind == "batch":
                for number, index, outcome in message[1]:
                    if isinstance(outcome, BaseException):
                        raise outcome
                    state = states.get(number)
                    if index is None:  # the task is done
                        if state is not None:
                            state.done = True
                        if worker.assigned and worker.assigned[0] == number:
                            worker.assigned.popleft()
                        if worker.batches and worker.batches[0] == number:
                            worker.batches.popleft()
                    elif state is not None and index == len(state.outcomes):
                        state.outcomes.append(outcome)
            elif kind == "ready":
                worker.ready = True
                worker.seen_at = time.monotonic()
            elif kind == "failed":
                raise WorkerError(f"a worker process could not start:\n{message[1]}")

    def _check_clocks(self, states: dict[int, _TaskState], waiting: collections.deque[int]) -> None:
        assert self.plugin_timeout is not None
        now = time.monotonic()
        for worker in list(self._workers):
            counter = worker.state[_COUNTER]
            if counter != worker.seen_counter:
                worker.seen_counter = counter
                worker.seen_at = now
            elif (
                worker.ready
                and worker.assigned
                and worker.state[_ACTIVE]
                and now - worker.seen_at > self.plugin_timeout
            ):
                self._replace(worker, states, waiting, timed_out=True)

    def _replace(
        self,
        worker: _Worker,
        states: dict[int, _TaskState],
        waiting: collections.deque[int],
        *,
        timed_out: bool,
    ) -> None:
        """Replace a dead (or runaway) worker; its tasks go back to the front of the line."""
        inside = worker.plugin()
        worker.stop(kill=True)
        exitcode = None if timed_out else worker.process.exitcode
        replacement = self._start()
        replacement.start_sending()
        self._workers[self._workers.index(worker)] = replacement
        if not worker.ready:
            raise WorkerError(
                f"a worker process died while starting (exit code {worker.process.exitcode}); "
                "a script that starts workers must keep its top level under "
                "`if __name__ == '__main__':` (workers import the main module again)"
            )
        assigned = [number for number in worker.assigned if number in states]
        # The outcomes it had not sent yet are lost: its tasks are done again from the last
        # outcome that arrived, and the document it was on is the one to charge.
        number, index = worker.position()
        if number in assigned and not states[number].done:
            self._record(states[number], index, inside, exitcode, timed_out=timed_out)
        waiting.extendleft(reversed([n for n in assigned if not states[n].done]))

    def _record(
        self,
        state: _TaskState,
        index: int,
        inside: tuple[str, str] | None,
        exitcode: int | None,
        *,
        timed_out: bool,
    ) -> None:
        """Note what stopped the task's document at ``index``, so that it is done again without it.

        Outcomes before ``index`` that had not arrived are done again; a document given up (or a
        reader that stopped) is marked in ``given_up``, for the worker to put a failure in its
        place: ``(message, True)`` ends the task there (its reader cannot go on).
        """
        from stoltlib.pipeline import PluginTimeoutError

        limit = f"{self.plugin_timeout:g} s"
        died = f"its worker process died (exit code {exitcode})"
        if inside is None:
            deaths = state.deaths_outside_plugins.get(index, 0) + 1
            state.deaths_outside_plugins[index] = deaths
            if deaths >= 2:
                message = f"{died} twice on this document, in no plugin"
                self._give_up(state, index, message, final=False)
            return
        stage, plugin = inside
        if timed_out and self.spec.strict:
            raise PluginTimeoutError(
                f"plugin {plugin!r} ({stage}) ran over the time limit of {limit} on "
                f"{state.task.location}"
            )
        if stage == "read":
            # The reader of this document is what stopped: the document cannot be read.
            why = f"ran over the time limit of {limit}" if timed_out else died.replace("its", "the")
            self._give_up(state, index, f"reader {plugin!r} {why}", final=True)
            return
        if timed_out:
            problem = Problem(
                plugin,
                stage,
                "timeout",
                f"ran over the time limit of {limit} on this document; its results for it are "
                "left out",
            )
        else:
            problem = Problem(
                plugin, stage, "crash", f"{died} while this plugin ran; its results are left out"
            )
        state.skips[index] = state.skips.get(index, frozenset()) | {plugin}
        state.extras[index] = (*state.extras.get(index, ()), problem)

    @staticmethod
    def _give_up(state: _TaskState, index: int, message: str, *, final: bool) -> None:
        """A failure in place of the task's outcome ``index`` (and, ``final``, none after it)."""
        if index == len(state.outcomes):
            # Everything before it arrived: the failure goes in now, and no worker redoes it.
            state.outcomes.append(Failure(state.task.location, message))
            state.done = state.done or final
        else:
            state.given_up[index] = (message, final)
