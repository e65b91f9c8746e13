"""Misbehaving plugins for tests of the pipeline's guards: one that never returns, one that dies.

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

__all__ = ["CRASHER", "RUNAWAY", "Crasher", "Runaway"]

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


#: The plugin objects, by the names tests register them under.
RUNAWAY = Runaway()
CRASHER = Crasher()
