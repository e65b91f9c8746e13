"""Finding, loading and blocking plugins; lexicons contributed through the lexicon hook.

Plugins, built-in and third-party alike, are found through the entry-point group ``stoltlib``.
One plugin that fails to import, or whose hook implementations do not match the contract, is
reported by name (:attr:`PluginManager.load_errors`, and a :class:`PluginLoadWarning`) and
skipped; the others load.

Plugin order, used wherever results combine "in plugin order": built-in plugins first, then
third-party ones, each group by entry-point name; ``tryfirst``/``trylast`` on a hook
implementation move it to the front or back as in pluggy.
"""

from __future__ import annotations

import contextlib
import contextvars
import importlib
import json
import os
import sys
import types
import warnings
from collections.abc import Iterable, Iterator, Mapping
from importlib import metadata as importlib_metadata
from typing import Any

import attrs
import pluggy

from stoltlib import hookspecs
from stoltlib.hookspecs import PROJECT, LexiconEntry
from stoltlib.model import Problem

__all__ = [
    "DISABLE_ENV",
    "ManagerSpec",
    "PluginInfo",
    "PluginLoadWarning",
    "PluginManager",
    "current_manager",
    "default_plugin_manager",
    "disabled_from_env",
    "get_plugin_manager",
    "known_plugin_names",
    "lexicon",
]

#: Environment variable listing plugins to block, comma-separated: ``STOLTLIB_DISABLE=a,b``.
DISABLE_ENV = "STOLTLIB_DISABLE"

_DISTRIBUTION = "stoltlib"


class PluginLoadWarning(UserWarning):
    """A plugin could not be imported or validated and was skipped."""


@attrs.frozen(kw_only=True)
class PluginInfo:
    """What ``stoltlib plugins`` shows about one loaded plugin."""

    name: str
    module: str
    distribution: str | None
    version: str | None
    builtin: bool
    hooks: tuple[str, ...]


@attrs.frozen(kw_only=True)
class ManagerSpec:
    """How a plugin manager was built, so that another process can build the same one.

    Worker processes (``stoltlib extract --jobs``, a plugin time limit, Dask workers) cannot be
    handed a plugin manager: its plugins are modules and functions. They are handed this recipe
    instead and build their own manager from it, once per process.

    Attributes:
        disable: plugin names blocked, those of ``STOLTLIB_DISABLE`` included (resolved when the
            first manager was built, so a worker with another environment builds the same one).
        builtins_only: only the plugins stoltlib ships.
        entry_points: load plugins from the entry-point group at all.
        plugins: further plugins as ``(name, import path)``, the path ``"module"`` or
            ``"module:attribute"``.

    """

    disable: tuple[str, ...] = ()
    builtins_only: bool = False
    entry_points: bool = True
    plugins: tuple[tuple[str, str], ...] = ()

    def build(self) -> PluginManager:
        """A fresh plugin manager from this recipe."""
        plugins = {name: _import_path_target(path) for name, path in self.plugins}
        return get_plugin_manager(
            disable=self.disable,
            builtins_only=self.builtins_only,
            entry_points=self.entry_points,
            plugins=plugins,
            environ={},
        )


def _import_path(plugin: object) -> str | None:
    """The import path a worker process can load ``plugin`` from, or ``None`` when there is none.

    Modules go by name; classes and functions by ``module:qualname``; any other object only when
    its module holds it under a name (a plugin instance kept in a module constant).
    """
    if isinstance(plugin, types.ModuleType):
        return plugin.__name__
    qualname = getattr(plugin, "__qualname__", None)
    module_name = getattr(plugin, "__module__", None)
    if isinstance(qualname, str) and isinstance(module_name, str) and "<" not in qualname:
        return f"{module_name}:{qualname}"
    module = sys.modules.get(type(plugin).__module__)
    for name, value in vars(module).items() if module is not None else ():
        if value is plugin:
            return f"{module.__name__}:{name}"  # type: ignore[union-attr]
    return None


def _import_path_target(path: str) -> object:
    module_name, _, attribute = path.partition(":")
    target: object = importlib.import_module(module_name)
    for part in attribute.split(".") if attribute else ():
        target = getattr(target, part)
    return target


class PluginManager(pluggy.PluginManager):
    """A pluggy plugin manager for stoltlib's hooks, with load errors, plugin info and lexicons."""

    def __init__(self) -> None:
        # Each hook's implementations in call order, for the pipeline (see call_order).
        self._call_orders: dict[str, tuple[pluggy.HookImpl, ...]] = {}
        super().__init__(PROJECT)
        self.add_hookspecs(hookspecs)
        #: Plugins that failed to import or validate (``stage`` is ``"load"``).
        self.load_errors: list[Problem] = []
        #: How to build this manager again in another process (:func:`get_plugin_manager` sets
        #: it); ``None`` for a manager changed by hand, which worker processes cannot rebuild.
        self.spec: ManagerSpec | None = None
        self._info: dict[str, PluginInfo] = {}
        self._lexicons: dict[str, tuple[LexiconEntry, ...]] = {}
        #: Counts the changes of plugins that may change the lexicons (see lexicon_generation).
        self._lexicon_generation = 0

    def register(self, plugin: object, name: str | None = None) -> str | None:
        """Register a plugin (pluggy's ``register``); the manager no longer matches its spec."""
        self.spec = None
        try:
            return super().register(plugin, name)
        finally:
            self._forget_call_orders()
            self._forget_lexicons()

    def unregister(self, plugin: object | None = None, name: str | None = None) -> Any:
        """Unregister a plugin (pluggy's ``unregister``); the manager no longer matches its spec."""
        self.spec = None
        try:
            return super().unregister(plugin, name)
        finally:
            self._forget_call_orders()
            self._forget_lexicons()

    def _forget_call_orders(self) -> None:
        # A new dict once the change is made, not the old one cleared: an order another thread
        # worked out from the hooks as they were goes into the dict dropped here (see
        # call_order), never into the one the next document reads.
        self._call_orders = {}

    def _forget_lexicons(self) -> None:
        # The plugins giving lexicons may have changed: combine them again when asked, and
        # tell what was built from the old ones (lexicon_generation) to build again.
        self._lexicons = {}
        self._lexicon_generation += 1

    def set_blocked(self, name: str) -> None:
        """Block a plugin name (pluggy's ``set_blocked``); the manager no longer has a spec."""
        self.spec = None
        super().set_blocked(name)
        self._forget_lexicons()

    def add_plugin(
        self,
        plugin: object,
        name: str,
        *,
        module: str | None = None,
        distribution: str | None = None,
        version: str | None = None,
        builtin: bool = False,
    ) -> bool:
        """Register ``plugin`` under ``name`` after checking it against the contract.

        Returns whether it was registered: ``False`` when the name is blocked, or when the plugin
        is invalid (the reason is recorded in :attr:`load_errors`).
        """
        if self.is_blocked(name):
            return False
        try:
            if self.register(plugin, name=name) is None:
                return False
            unknown = self._unknown_hooks(plugin)
            if unknown:
                raise pluggy.PluginValidationError(
                    plugin,
                    f"unknown hook(s) {', '.join(unknown)}: misspelled? "
                    f"known hooks: {', '.join(self._known_hooks())}",
                )
        except (pluggy.PluginValidationError, ValueError) as error:
            with contextlib.suppress(Exception):
                self.unregister(name=name)
            self._record_load_error(name, error)
            return False
        self._info[name] = PluginInfo(
            name=name,
            module=module or str(getattr(plugin, "__name__", type(plugin).__name__)),
            distribution=distribution,
            version=version,
            builtin=builtin,
            hooks=tuple(sorted(caller.name for caller in self.get_hookcallers(plugin) or ())),
        )
        self._forget_lexicons()
        return True

    def _known_hooks(self) -> list[str]:
        return sorted(
            name
            for name, caller in vars(self.hook).items()
            if name.startswith(f"{PROJECT}_") and caller.has_spec()
        )

    def _unknown_hooks(self, plugin: object) -> list[str]:
        unknown = []
        for caller in self.get_hookcallers(plugin) or ():
            if caller.has_spec():
                continue
            impls = [impl for impl in caller.get_hookimpls() if impl.plugin is plugin]
            if any(not impl.optionalhook for impl in impls):
                unknown.append(caller.name)
        return unknown

    def _record_load_error(self, name: str, error: BaseException) -> None:
        problem = Problem(plugin=name, stage="load", type=type(error).__name__, message=str(error))
        self.load_errors.append(problem)
        warnings.warn(
            f"stoltlib: plugin {name!r} skipped: {problem.type}: {problem.message}",
            PluginLoadWarning,
            stacklevel=3,
        )

    def plugin_info(self) -> list[PluginInfo]:
        """Every registered plugin, in plugin order."""
        # Plugins are registered in reverse plugin order (see get_plugin_manager).
        return [self._info[name] for name in reversed(self._info) if self.has_plugin(name)]

    @property
    def lexicon_generation(self) -> int:
        """A number that changes whenever the plugins giving lexicons may have changed.

        The combined lexicons of one generation stay the same objects, so that what is built
        from them (patterns, indexes) can be kept until the number changes.
        """
        return self._lexicon_generation

    def lexicon(self, name: str) -> tuple[LexiconEntry, ...]:
        """Entries every plugin contributes to lexicon ``name``, in plugin order, deduplicated.

        A plugin whose lexicon hook raises is warned about (:class:`PluginLoadWarning`) and
        left out of this lexicon; the other plugins' entries are kept.
        """
        if name not in self._lexicons:
            seen: set[str] = set()
            entries: list[LexiconEntry] = []
            for impl in self.hookimpls("stoltlib_lexicon"):
                try:
                    result: Any = impl.function(*[{"name": name}[a] for a in impl.argnames])
                    batch = list(result or ())
                except Exception as error:
                    warnings.warn(
                        f"stoltlib: plugin {impl.plugin_name!r} failed to give lexicon "
                        f"{name!r}: {type(error).__name__}: {error}",
                        PluginLoadWarning,
                        stacklevel=2,
                    )
                    continue
                for entry in batch:
                    key = entry if isinstance(entry, str) else json.dumps(entry, sort_keys=True)
                    if key not in seen:
                        seen.add(key)
                        entries.append(entry)
            self._lexicons[name] = tuple(entries)
        return self._lexicons[name]

    def hookimpls(self, hook_name: str) -> list[pluggy.HookImpl]:
        """The implementations of a hook in the order they are called (plugin order)."""
        return list(reversed(getattr(self.hook, hook_name).get_hookimpls()))

    def call_order(self, hook_name: str) -> tuple[pluggy.HookImpl, ...]:
        """:meth:`hookimpls` as a tuple, worked out once until a plugin is (un)registered.

        The pipeline asks it for each stage of each document: on short stories, copying and
        reversing pluggy's list every time was a tenth of the pipeline's own work.
        """
        orders = self._call_orders  # read once: a (un)registration may replace it meanwhile
        order = orders.get(hook_name)
        if order is None:
            order = orders[hook_name] = tuple(self.hookimpls(hook_name))
        return order


def disabled_from_env(environ: Mapping[str, str] | None = None) -> set[str]:
    """Plugin names blocked by the ``STOLTLIB_DISABLE`` environment variable."""
    value = (os.environ if environ is None else environ).get(DISABLE_ENV, "")
    return {name.strip() for name in value.split(",") if name.strip()}


def _entry_points() -> list[importlib_metadata.EntryPoint]:
    """The group's entry points, deduplicated, built-ins first, each group sorted by name."""
    unique: dict[tuple[str, str], importlib_metadata.EntryPoint] = {}
    for entry_point in importlib_metadata.entry_points(group=PROJECT):
        unique.setdefault((entry_point.name, entry_point.value), entry_point)
    return sorted(unique.values(), key=lambda ep: (not _is_builtin(ep), ep.name, ep.value))


def known_plugin_names() -> set[str]:
    """Names of every plugin in the entry-point group, loadable or not."""
    return {entry_point.name for entry_point in _entry_points()}


def _is_builtin(entry_point: importlib_metadata.EntryPoint) -> bool:
    dist = entry_point.dist
    return dist is not None and dist.metadata["Name"].lower() == _DISTRIBUTION


def get_plugin_manager(
    *,
    disable: Iterable[str] = (),
    builtins_only: bool = False,
    entry_points: bool = True,
    plugins: Mapping[str, object] | Iterable[object] = (),
    environ: Mapping[str, str] | None = None,
) -> PluginManager:
    """Build a fresh plugin manager.

    Args:
        disable: plugin names to block before loading (added to those in ``STOLTLIB_DISABLE``).
        builtins_only: load only the plugins stoltlib itself ships (golden tests and benchmarks
            use this so that an installed third-party plugin cannot change their results).
        entry_points: load plugins from the ``stoltlib`` entry-point group at all.
        plugins: further plugin objects to register after the entry points, as a mapping of
            name to plugin or an iterable of modules (named by ``__name__``).
        environ: the environment to read ``STOLTLIB_DISABLE`` from (default ``os.environ``).

    A plugin that fails to import or to validate is skipped, recorded in
    :attr:`PluginManager.load_errors` and warned about with :class:`PluginLoadWarning`.

    """
    manager = PluginManager()
    blocked = set(disable) | disabled_from_env(environ)
    for name in blocked:
        manager.set_blocked(name)
    extra = (
        dict(plugins)
        if isinstance(plugins, Mapping)
        else {getattr(plugin, "__name__", type(plugin).__name__): plugin for plugin in plugins}
    )
    found = _entry_points() if entry_points else []
    if builtins_only:
        found = [ep for ep in found if _is_builtin(ep)]
    # pluggy calls the last registered implementation first: register in reverse plugin order.
    for name, plugin in reversed(extra.items()):
        manager.add_plugin(plugin, name)
    for entry_point in reversed(found):
        _load_entry_point(manager, entry_point)
    manager.check_pending()
    paths = [(name, _import_path(plugin)) for name, plugin in extra.items()]
    if all(path is not None for _, path in paths):
        manager.spec = ManagerSpec(
            disable=tuple(sorted(blocked)),
            builtins_only=builtins_only,
            entry_points=entry_points,
            plugins=tuple((name, path) for name, path in paths if path is not None),
        )
    return manager


def _load_entry_point(manager: PluginManager, entry_point: importlib_metadata.EntryPoint) -> None:
    name = entry_point.name
    if manager.is_blocked(name):
        return
    if manager.has_plugin(name):
        manager._record_load_error(
            name, ValueError(f"another plugin is already registered as {name!r}")
        )
        return
    try:
        plugin = entry_point.load()
    except Exception as error:
        manager._record_load_error(name, error)
        return
    dist = entry_point.dist
    manager.add_plugin(
        plugin,
        name,
        module=entry_point.value,
        distribution=dist.metadata["Name"] if dist is not None else None,
        version=dist.version if dist is not None else None,
        builtin=_is_builtin(entry_point),
    )


_default: PluginManager | None = None
_current: contextvars.ContextVar[PluginManager | None] = contextvars.ContextVar(
    "stoltlib_plugin_manager", default=None
)


def default_plugin_manager() -> PluginManager:
    """The process-wide plugin manager, built on first use (never at import time)."""
    global _default
    if _default is None:
        _default = get_plugin_manager()
    return _default


@contextlib.contextmanager
def using(manager: PluginManager) -> Iterator[PluginManager]:
    """Make ``manager`` the one :func:`lexicon` consults while a pipeline runs."""
    token = _current.set(manager)
    try:
        yield manager
    finally:
        _current.reset(token)


def current_manager() -> PluginManager:
    """The plugin manager running the pipeline (inside a hook), else the default one."""
    return _current.get() or default_plugin_manager()


def lexicon(name: str, plugins: PluginManager | None = None) -> tuple[LexiconEntry, ...]:
    """Entries of lexicon ``name`` from every plugin.

    Inside a hook implementation this consults the plugin manager running the pipeline; outside,
    the default one (or ``plugins`` when given).
    """
    return (plugins or current_manager()).lexicon(name)
