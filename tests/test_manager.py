"""Plugin discovery through the entry-point group, blocking, and broken plugins."""

from __future__ import annotations

import importlib
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

import stoltlib
from stoltlib.manager import PluginLoadWarning, default_plugin_manager, known_plugin_names

BUILTINS = {
    "txt", "jsonl", "json", "record", "warc", "html", "outlet", "dates", "people", "quotes",
    "offices",
}  # fmt: skip


def install_fake_distribution(
    root: Path, modules: dict[str, str], entry_points: dict[str, str], name: str = "stoltlib-fake"
) -> None:
    """Write modules and a dist-info with ``stoltlib`` entry points into ``root`` (on sys.path)."""
    for module, source in modules.items():
        (root / f"{module}.py").write_text(textwrap.dedent(source), encoding="utf-8")
    dist = root / f"{name.replace('-', '_')}-1.2.3.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: {name}\nVersion: 1.2.3\n", encoding="utf-8"
    )
    lines = "".join(f"{ep} = {target}\n" for ep, target in entry_points.items())
    (dist / "entry_points.txt").write_text(f"[stoltlib]\n{lines}", encoding="utf-8")
    importlib.invalidate_caches()


GOOD_PLUGIN = """
    import stoltlib

    @stoltlib.hookimpl
    def stoltlib_mentions(document):
        at = document.text.find("NATO")
        if at >= 0:
            yield stoltlib.Mention(kind="organization", start=at, end=at + 4, text="NATO")

    @stoltlib.hookimpl
    def stoltlib_lexicon(name):
        return ["observed"] if name == "cue_verbs" else None
"""


@pytest.fixture
def fake_site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A directory on sys.path for fake installed distributions, removed afterwards."""
    monkeypatch.syspath_prepend(str(tmp_path))
    yield tmp_path
    for name in list(sys.modules):
        if name.startswith("fake_"):
            del sys.modules[name]
    importlib.invalidate_caches()


def test_builtins_are_registered_through_the_entry_point_group() -> None:
    """The built-in readers load by the same route a third-party plugin uses."""
    manager = stoltlib.get_plugin_manager(builtins_only=True, environ={})
    infos = {info.name: info for info in manager.plugin_info()}
    assert set(infos) == BUILTINS
    assert all(info.builtin and info.distribution == "stoltlib" for info in infos.values())
    assert infos["jsonl"].hooks == ("stoltlib_read",)
    assert infos["outlet"].hooks == ("stoltlib_lexicon", "stoltlib_metadata")
    assert known_plugin_names() >= BUILTINS


def test_third_party_plugin_is_discovered_and_runs(fake_site: Path) -> None:
    """An installed distribution's entry point is found, loaded and called."""
    install_fake_distribution(fake_site, {"fake_good": GOOD_PLUGIN}, {"good": "fake_good"})
    manager = stoltlib.get_plugin_manager(environ={})
    info = {i.name: i for i in manager.plugin_info()}["good"]
    assert (info.builtin, info.distribution, info.version) == (False, "stoltlib-fake", "1.2.3")
    assert info.hooks == ("stoltlib_lexicon", "stoltlib_mentions")
    analysis = stoltlib.analyze("The NATO summit.", plugins=manager)
    # The built-in people plugin finds "NATO" too: only the fake plugin's mention is asked for.
    assert [(m.text, m.plugin) for m in analysis.mentions if m.plugin != "people"] == [
        ("NATO", "good")
    ]
    assert "observed" in manager.lexicon("cue_verbs")
    builtins_only = stoltlib.get_plugin_manager(builtins_only=True, environ={})
    assert not builtins_only.has_plugin("good")


def test_builtins_come_first_in_plugin_order(fake_site: Path) -> None:
    """Plugin order: built-ins by name, then third-party plugins by name."""
    install_fake_distribution(fake_site, {"fake_good": GOOD_PLUGIN}, {"aaa": "fake_good"})
    names = [info.name for info in stoltlib.get_plugin_manager(environ={}).plugin_info()]
    # Third-party plugins really installed (CI installs the docs' example) sort in by name too.
    third_party = sorted(name for name in names if name not in BUILTINS)
    assert "aaa" in third_party
    assert names == [*sorted(BUILTINS), *third_party]


@pytest.mark.parametrize("how", ["argument", "environment"])
def test_plugins_can_be_blocked_before_loading(fake_site: Path, how: str) -> None:
    """A blocked plugin is never imported, whether blocked by argument or STOLTLIB_DISABLE."""
    install_fake_distribution(
        fake_site, {"fake_boom": "raise RuntimeError('imported!')\n"}, {"boom": "fake_boom"}
    )
    if how == "argument":
        manager = stoltlib.get_plugin_manager(disable=["boom", "txt"], environ={})
    else:
        manager = stoltlib.get_plugin_manager(environ={"STOLTLIB_DISABLE": " boom , txt "})
    assert not manager.load_errors
    assert "fake_boom" not in sys.modules
    assert not manager.has_plugin("txt") and manager.has_plugin("jsonl")


def test_plugin_that_fails_to_import_is_reported_and_skipped(fake_site: Path) -> None:
    """One broken plugin is named in a warning; the others still load."""
    install_fake_distribution(
        fake_site,
        {"fake_boom": "raise RuntimeError('missing dependency')\n", "fake_good": GOOD_PLUGIN},
        {"boom": "fake_boom", "good": "fake_good"},
    )
    with pytest.warns(PluginLoadWarning, match="'boom' skipped: RuntimeError: missing dependency"):
        manager = stoltlib.get_plugin_manager(environ={})
    assert [(p.plugin, p.stage, p.type) for p in manager.load_errors] == [
        ("boom", "load", "RuntimeError")
    ]
    assert manager.has_plugin("good") and manager.has_plugin("txt")


def test_misspelled_hook_is_rejected_by_name() -> None:
    """A hook name that is not in the contract makes the plugin invalid, not silently ignored."""

    class Typo:
        @stoltlib.hookimpl
        def stoltlib_claim(self, document):
            return []

    with pytest.warns(PluginLoadWarning, match="unknown hook.*stoltlib_claim"):
        manager = stoltlib.get_plugin_manager(entry_points=False, plugins={"typo": Typo()})
    assert not manager.has_plugin("typo")
    manager.check_pending()  # nothing unknown left behind


def test_wrong_hook_arguments_are_rejected_by_name() -> None:
    """An implementation asking for an argument the hook does not have is invalid."""

    class Wrong:
        @stoltlib.hookimpl
        def stoltlib_claims(self, document, nonsense):
            return []

    with pytest.warns(PluginLoadWarning, match="'wrong' skipped"):
        manager = stoltlib.get_plugin_manager(entry_points=False, plugins={"wrong": Wrong()})
    assert not manager.has_plugin("wrong")
    assert manager.load_errors[0].plugin == "wrong"


def test_lexicon_concatenates_in_plugin_order_without_duplicates() -> None:
    """Lexicon entries from several plugins concatenate; duplicates are dropped."""

    class A:
        @stoltlib.hookimpl
        def stoltlib_lexicon(self, name):
            return ["said", "told", {"title": "Secretary General"}] if name == "x" else None

    class B:
        @stoltlib.hookimpl
        def stoltlib_lexicon(self, name):
            return ["told", "warned", {"title": "Secretary General"}] if name == "x" else None

    manager = stoltlib.get_plugin_manager(entry_points=False, plugins={"a": A(), "b": B()})
    assert manager.lexicon("x") == ("said", "told", {"title": "Secretary General"}, "warned")
    assert manager.lexicon("unknown") == ()
    assert stoltlib.lexicon("x", plugins=manager) == manager.lexicon("x")


def test_default_manager_is_built_once_lazily() -> None:
    """Importing stoltlib builds no manager; the process-wide one is built once, on first use."""
    probe = "import stoltlib, stoltlib.manager as m; print(m._default is None)"
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "True"
    assert default_plugin_manager() is default_plugin_manager()


def test_a_failing_lexicon_costs_only_that_plugins_entries() -> None:
    """A lexicon hook that raises is warned about; other plugins' entries are kept."""

    class Broken:
        @stoltlib.hookimpl
        def stoltlib_lexicon(self, name):
            raise OSError("data file missing")

    class Fine:
        @stoltlib.hookimpl
        def stoltlib_lexicon(self):
            return ["said"]

    manager = stoltlib.get_plugin_manager(
        entry_points=False, plugins={"broken": Broken(), "fine": Fine()}
    )
    with pytest.warns(PluginLoadWarning, match="'broken' failed to give lexicon 'cue_verbs'"):
        assert manager.lexicon("cue_verbs") == ("said",)


class Late:
    """A plugin registered after the manager was made: it finds "NATO" at the text's start."""

    @stoltlib.hookimpl
    def stoltlib_mentions(self, document):
        yield stoltlib.Mention(kind="organization", start=0, end=4, text="NATO")


def test_a_plugin_registered_or_unregistered_later_is_seen_by_the_next_document() -> None:
    """The pipeline's per-stage call order is worked out once, and again after any change."""

    manager = stoltlib.get_plugin_manager(entry_points=False)
    pipeline = stoltlib.Pipeline(manager)
    assert pipeline.analyze("NATO met.").mentions == ()
    late = Late()
    manager.register(late, name="late")
    assert [mention.plugin for mention in pipeline.analyze("NATO met.").mentions] == ["late"]
    manager.unregister(late)
    assert pipeline.analyze("NATO met.").mentions == ()
    manager.register(Late(), name="again")
    manager.set_blocked("again")
    assert pipeline.analyze("NATO met.").mentions == ()


def test_a_plugin_registered_while_an_order_is_worked_out_is_seen_by_the_next_document(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An order worked out from the hooks as they were before a registration is not kept."""

    manager = stoltlib.get_plugin_manager(entry_points=False)
    pipeline = stoltlib.Pipeline(manager)
    original = manager.hookimpls

    def registering_meanwhile(name: str) -> list[Any]:
        order = original(name)  # one thread has read the hooks; another registers a plugin
        if name == "stoltlib_mentions" and not manager.has_plugin("late"):
            manager.register(Late(), name="late")
        return order

    monkeypatch.setattr(manager, "hookimpls", registering_meanwhile)
    assert pipeline.analyze("NATO met.").mentions == ()  # the document during the change
    monkeypatch.setattr(manager, "hookimpls", original)
    assert [mention.plugin for mention in pipeline.analyze("NATO met.").mentions] == ["late"]


def test_indexed_lexicons_follow_the_plugins_of_the_manager_asked() -> None:
    """An index built from the lexicons is built again when a plugin giving one is registered,
    unregistered or blocked, and per manager."""
    from stoltlib.lexicon_files import IndexedLexicons
    from stoltlib.manager import using

    class Words:
        @stoltlib.hookimpl
        def stoltlib_lexicon(self, name: str) -> list[str]:
            return ["quux"] if name == "test-words" else []

    index = IndexedLexicons(("test-words",), lambda entries: frozenset(entries))
    manager = stoltlib.get_plugin_manager(builtins_only=True, environ={})
    other = stoltlib.get_plugin_manager(builtins_only=True, environ={})
    with using(manager):
        assert index.current() == frozenset()
    manager.register(Words(), name="words")
    with using(manager):
        assert index.current() == {"quux"}
    with using(other):
        assert index.current() == frozenset()
    manager.set_blocked("words")
    with using(manager):
        assert index.current() == frozenset()
