"""A progress line for long runs on a terminal: documents, megabytes per second, time left.

Written to standard error at most a few times a second, and only when standard error is a
terminal (never into a log file or a pipe). How far the run is comes from how far it has read
into its input files, in bytes: an :class:`InputMeter` is told of every file the readers open
(:data:`stoltlib.readers.METER`) and of every file a worker process read whole, and the time left
is the bytes left at the rate so far. Standard input has no size, so it gets no time left.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

__all__ = ["InputMeter", "ProgressLine", "input_size"]


def input_size(arguments: Iterable[str | os.PathLike[str]]) -> int | None:
    """The bytes of every file the arguments name, hidden ones left out as the reader does.

    ``None`` when standard input is among them (its size cannot be known beforehand).
    """
    total = 0
    for argument in arguments:
        if os.fspath(argument) == "-":
            return None
        path = Path(argument)
        if path.is_dir():
            for root, directories, files in os.walk(path):
                directories[:] = [name for name in directories if not name.startswith(".")]
                for name in files:
                    if not name.startswith("."):
                        total += _size(os.path.join(root, name))
        else:
            total += _size(path)
    return total


def _size(path: str | os.PathLike[str]) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


class InputMeter:
    """How many bytes of its input files a run has read so far."""

    def __init__(self) -> None:
        self._finished = 0
        self._open: list[tuple[Any, int]] = []

    def opened(self, handle: IO[bytes]) -> None:
        """A reader opened ``handle``; its position counts until it is closed, then its size."""
        try:
            size = os.fstat(handle.fileno()).st_size
        except (OSError, AttributeError, ValueError):
            return
        self._open.append((handle, size))

    def add(self, size: int) -> None:
        """A file of ``size`` bytes was read elsewhere (by a worker process)."""
        self._finished += size

    @property
    def position(self) -> int:
        """Bytes read so far."""
        still_open = []
        current = 0
        for handle, size in self._open:
            if handle.closed:
                self._finished += size
                continue
            try:
                current += min(handle.tell(), size)
            except (OSError, ValueError):
                continue
            still_open.append((handle, size))
        self._open = still_open
        return self._finished + current


class ProgressLine:
    """One line on a terminal, redrawn in place: documents, MB read, MB/s, percent, time left.

    Args:
        stream: where to draw (standard error).
        total: bytes of input, when known.
        meter: how far the input has been read.
        every: the least seconds between two redraws.

    """

    def __init__(
        self,
        stream: IO[str],
        *,
        total: int | None,
        meter: InputMeter,
        every: float = 0.25,
    ) -> None:
        self.stream = stream
        self.total = total
        self.meter = meter
        self.every = every
        self.documents = 0
        self._started = time.monotonic()
        self._drawn_at = 0.0
        self._width = 0

    def advance(self, documents: int = 1) -> None:
        """Count finished documents, redrawing when the last redraw is old enough."""
        self.documents += documents
        now = time.monotonic()
        if now - self._drawn_at >= self.every:
            self._drawn_at = now
            self.draw(now)

    def text(self, now: float | None = None) -> str:
        """The line as it would be drawn now."""
        elapsed = max((now or time.monotonic()) - self._started, 1e-9)
        done = self.meter.position
        rate = done / elapsed
        parts = [f"{self.documents:,} documents", f"{done / 1e6:,.1f} MB", f"{rate / 1e6:.2f} MB/s"]
        if self.total:
            fraction = min(done / self.total, 1.0)
            parts.append(f"{fraction:4.0%}")
            if rate > 0 and fraction < 1:
                parts.append(f"{_clock((self.total - done) / rate)} left")
        return "stoltlib: " + "  ".join(parts)

    def draw(self, now: float | None = None) -> None:
        """Redraw the line."""
        line = self.text(now)
        self.stream.write("\r" + line.ljust(self._width))
        self.stream.flush()
        self._width = len(line)

    def clear(self) -> None:
        """Remove the line (before the summary, or a message, is written)."""
        if self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()
            self._width = 0


def _clock(seconds: float) -> str:
    seconds = int(seconds)
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"
