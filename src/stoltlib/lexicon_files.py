"""What every plugin's lexicons share: data files read as rows, and indexes made once.

A plugin keeps its lexicons as tab-separated data files in its package's ``data/`` folder and
contributes them through the lexicon hook; its rules read the combined entries of every plugin
through :func:`stoltlib.lexicon` and index them (patterns, maps) once per combination. These two
steps are the same in every plugin, first-party or not, and live here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from importlib import resources
from typing import Any, Generic, TypeVar

from stoltlib.manager import PluginManager, current_manager

__all__ = ["IndexedLexicons", "data_rows"]

T = TypeVar("T")

#: How many combinations an index keeps: managers come and go in tests; a pipeline has one.
MAX_COMBINATIONS = 16


def data_rows(package: str, filename: str, *, strip: bool = True) -> Iterator[list[str]]:
    """The rows of ``data/<filename>`` in ``package``: its tab-separated cells, in order.

    Comment lines (``#`` first) and blank lines are left out; ``strip`` strips each cell of the
    white space around it.
    """
    source = resources.files(package).joinpath("data").joinpath(filename)
    for line in source.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            cells = line.split("\t")
            yield [cell.strip() for cell in cells] if strip else cells


class IndexedLexicons(Generic[T]):
    """The lexicons ``names``, combined across plugins and indexed by ``build``, once each.

    :meth:`current` asks the plugin manager running the pipeline (or the default one) for each
    lexicon and returns ``build(*entries)``, made once per combination of entries: the
    combined lexicons are cached tuples owned by the manager, so their ids name a combination.
    The index holds the tuples themselves, so an id is never reused while its entry lives.
    """

    def __init__(self, names: Sequence[str], build: Callable[..., T]) -> None:
        self.names = tuple(names)
        self.build = build
        self._index: dict[tuple[int, ...], tuple[tuple[Any, ...], T]] = {}
        # The last manager asked, its lexicon generation and the indexes: a pipeline asks its
        # one manager for every document, several times, and the lookups cost more than a
        # plugin's smallest rules.
        self._last: tuple[PluginManager, int, T] | None = None

    def current(self) -> T:
        """The indexed lexicons of the current plugin manager."""
        manager = current_manager()
        last = self._last
        if last is not None and last[0] is manager and last[1] == manager.lexicon_generation:
            return last[2]
        generation = manager.lexicon_generation
        combined = tuple(manager.lexicon(name) for name in self.names)
        key = tuple(id(entries) for entries in combined)
        cached = self._index.get(key)
        if cached is None or cached[0] != combined:
            if len(self._index) > MAX_COMBINATIONS:
                self._index.clear()
            cached = (combined, self.build(*combined))
            self._index[key] = cached
        self._last = (manager, generation, cached[1])
        return cached[1]
