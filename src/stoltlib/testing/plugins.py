"""Misbehaving plugins for tests of the pipeline's guards: ones that never return, one that dies.

Each is a module-level object, so that a worker process can load it by its import path
(``stoltlib.testing.plugins:RUNAWAY``) and a :class:`~stoltlib.manager.ManagerSpec` can name it::

    manager = stoltlib.get_plugin_manager(plugins={"runaway": stoltlib.testing.plugins.RUNAWAY})
    with stoltlib.Pipeline(manager, plugin_timeout=1) as pipeline:
        analysis = pipeline.analyze("... RUNAWAY ...")   # a 'timeout' error, other results kept

They misbehave only on documents holding their trigger word, and find nothing otherwise.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator

from stoltlib.hookspecs import hookimpl
from stoltlib.model import Document, Mention
from stoltlib.reading import Source

__all__ = ["CRASHER", "RUNAWAY", "STALLER", "Crasher", "Runaway", "Staller"]

# Exponential backtracking, on purpose: "(a|aa)+" can split a run of a's in Fibonacci-many ways,
# and the "$" that fails after each forces the engine to try them all. On 64 a's this runs for
# longer than the universe has existed, and no signal can stop it: only killing its process can.
_CATASTROPHIC = re.compile(r"(a|aa)+$")


class Runaway:
    """A mentions plugin that, on a document containing ``RUNAWAY``, never returns."""

    @hookimpl
    def stoltlib_mentions(self, document: Document) -> Iterator[Mention]:
        """Nothing, or (with the trigger) a regular-expression match that does not end."""
        if "RUNAWAY" in document.text:
            _CATASTROPHIC.match("a" * 64 + "b")
        return iter(())


class Crasher:
    """A claims plugin that, on a document containing ``CRASH``, ends its process abruptly."""

    @hookimpl
    def stoltlib_claims(self, document: Document) -> Iterator[Mention]:
        """Nothing, or (with the trigger) the process's immediate end, as a segfault would."""
        if "CRASH" in document.text:
            os._exit(70)
        return iter(())


class Staller:
    """A reader of ``.stall`` files, one document a line, that never returns on a ``STALL`` line.

    A file of many documents is one task for a worker, so a reader stopped on a later line shows
    what becomes of the documents it gave before.
    """

    @hookimpl
    def stoltlib_read(self, source: Source) -> Iterator[Document] | None:
        """Nothing for other files; for a ``.stall`` file its lines, up to a stalling one."""
        if source.path is None or not source.has_suffix(".stall"):
            return None
        return self._lines(source)

    @staticmethod
    def _lines(source: Source) -> Iterator[Document]:
        assert source.path is not None
        lines = source.path.read_text(encoding="utf-8").splitlines()
        for number, line in enumerate(lines, 1):
            if line == "STALL":
                _CATASTROPHIC.match("a" * 64 + "b")
            yield Document(id=f"{source.id}#{number}", text=line)


#: The plugin objects, by the names tests register them under.
RUNAWAY = Runaway()
CRASHER = Crasher()
STALLER = Staller()
