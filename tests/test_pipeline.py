"""The pipeline: stage order, error isolation, result checks, the document creation time."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

import stoltlib
from stoltlib.model import Analysis, Document, Event, Mention, Metadata, PublishedDate, TextSpan
from stoltlib.pipeline import InvalidResultError, Pipeline

TEXT = "NATO chief Jens Stoltenberg said on Monday: “We stand united.”"


class Names:
    """Finds capitalised words as person mentions (a toy, but a well-behaved plugin)."""

    @stoltlib.hookimpl
    def stoltlib_mentions(self, document: Document):
        import regex

        for match in regex.finditer(r"\b[A-Z][a-z]+\b", document.text):
            yield Mention(kind="person", start=match.start(), end=match.end(), text=match.group())


class Crashes:
    """Raises half-way through a generator, after yielding one valid fact."""

    @stoltlib.hookimpl
    def stoltlib_mentions(self, document: Document):
        yield Mention(kind="person", start=0, end=4, text=document.text[:4])
        raise RuntimeError("plugin bug")


def manager(**plugins: object) -> stoltlib.PluginManager:
    return stoltlib.get_plugin_manager(entry_points=False, plugins=plugins)


def test_a_failing_plugin_costs_only_its_own_results() -> None:
    """An exception inside one plugin is recorded; the other plugins' facts are kept."""
    analysis = stoltlib.analyze(TEXT, plugins=manager(names=Names(), crashes=Crashes()))
    assert {m.plugin for m in analysis.mentions} == {"names"}
    assert [m.text for m in analysis.mentions][:2] == ["Jens", "Stoltenberg"]
    assert [(e.plugin, e.stage, e.type, e.message) for e in analysis.errors] == [
        ("crashes", "mentions", "RuntimeError", "plugin bug")
    ]


def test_strict_re_raises_the_plugins_exception() -> None:
    """With strict=True the plugin's exception propagates."""
    with pytest.raises(RuntimeError, match="plugin bug"):
        stoltlib.analyze(TEXT, plugins=manager(crashes=Crashes()), strict=True)


class BadSpans:
    @stoltlib.hookimpl
    def stoltlib_claims(self, document: Document):
        yield stoltlib.Claim(kind="direct", content=[TextSpan(0, 4, "NATO")])  # valid
        yield stoltlib.Claim(kind="direct", content=[TextSpan(0, 4, "OTAN")])  # wrong text
        yield stoltlib.Claim(kind="direct", content=[TextSpan(0, 9999, "x")])  # outside


def test_facts_with_invalid_spans_are_dropped_and_named() -> None:
    """A fact whose span does not slice back to its text is rejected with the plugin's name."""
    analysis = stoltlib.analyze(TEXT, plugins=manager(bad=BadSpans()))
    assert len(analysis.claims) == 1 and analysis.claims[0].content[0].text == "NATO"
    assert [(e.plugin, e.type) for e in analysis.errors] == [("bad", "invalid-span")] * 2
    assert "'OTAN'" in analysis.errors[0].message
    assert "outside text" in analysis.errors[1].message
    with pytest.raises(InvalidResultError, match="plugin 'bad'"):
        stoltlib.analyze(TEXT, plugins=manager(bad=BadSpans()), strict=True)


class WrongType:
    @stoltlib.hookimpl
    def stoltlib_events(self):
        return ["not an event", Event(id="e1", type="x"), Event(id="e1", type="y")]


def test_results_of_the_wrong_type_and_duplicate_event_ids_are_rejected() -> None:
    """Only the stage's own types are accepted, and event ids must be unique."""
    analysis = stoltlib.analyze(TEXT, plugins=manager(wrong=WrongType()))
    assert [e.type for e in analysis.events] == ["x"]
    assert [e.type for e in analysis.errors] == ["invalid-result", "duplicate-id"]


def test_every_fact_is_stamped_with_its_plugin() -> None:
    """The pipeline records which plugin produced each fact, overriding what it claimed."""

    class Liar:
        @stoltlib.hookimpl
        def stoltlib_mentions(self, document: Document):
            return [Mention(kind="org", start=0, end=4, text="NATO", plugin="someone-else")]

    analysis = stoltlib.analyze(TEXT, plugins=manager(liar=Liar()))
    assert analysis.mentions[0].plugin == "liar"


class Dater:
    """Finds the publication date in a 'Published:' line and records what it saw."""

    seen: list[str | None]

    def __init__(self) -> None:
        self.seen = []

    @stoltlib.hookimpl
    def stoltlib_metadata(self, document: Document) -> Metadata | None:
        at = document.text.find("Published: ")
        if at < 0:
            return None
        start = at + len("Published: ")
        return Metadata(
            published=PublishedDate(
                document.text[start : start + 10], "published-line", start, start + 10
            ),
            outlet="Example News",
        )

    @stoltlib.hookimpl
    def stoltlib_mentions(self, analysis: Analysis) -> list[Mention]:
        self.seen.append(analysis.published)
        return []


def test_dct_comes_from_the_caller_else_from_the_text() -> None:
    """Relative dates anchor on the caller's date when given, else on the one found in the text."""
    text = "Published: 2024-10-01\nStoltenberg leaves on Tuesday."
    dater = Dater()
    found = stoltlib.analyze(text, plugins=manager(dater=dater))
    assert found.published == "2024-10-01" and found.metadata.published is not None
    assert found.metadata.plugin == "dater" and found.metadata.outlet == "Example News"
    given = stoltlib.analyze(text, published="2024-09-30", plugins=manager(dater=dater))
    assert given.published == "2024-09-30"
    assert given.metadata.published == found.metadata.published  # still reported as found
    assert dater.seen == ["2024-10-01", "2024-09-30"]


def test_stages_run_in_order_and_see_earlier_results() -> None:
    """Each stage receives the analysis built by the stages before it."""
    seen: dict[str, int] = {}

    class Watcher:
        @stoltlib.hookimpl
        def stoltlib_claims(self, analysis: Analysis) -> None:
            seen["claims saw mentions"] = len(analysis.mentions)

        @stoltlib.hookimpl
        def stoltlib_events(self, analysis: Analysis) -> None:
            seen["events saw mentions"] = len(analysis.mentions)

    stoltlib.analyze(TEXT, plugins=manager(names=Names(), watcher=Watcher()))
    assert seen == {"claims saw mentions": 4, "events saw mentions": 4}  # Jens … We


def test_empty_document_gives_a_warning_and_an_empty_analysis() -> None:
    """A document without text is analysed to nothing, with a warning that says so."""
    analysis = stoltlib.analyze(" \n\t", id="blank", plugins=manager(names=Names()))
    assert analysis.facts() == () and analysis.errors == ()
    assert [(w.stage, w.type) for w in analysis.warnings] == [("read", "empty-document")]
    assert "blank" in analysis.warnings[0].message


def test_analyze_many_is_lazy_and_ordered() -> None:
    """analyze_many yields analyses one at a time, in input order."""
    calls: list[str] = []

    def texts():
        for word in ("Alpha", "Beta", "Gamma"):
            calls.append(word)
            yield word

    stream = stoltlib.analyze_many(texts(), plugins=manager(names=Names()))
    first = next(stream)
    assert calls == ["Alpha"] and first.mentions[0].text == "Alpha"
    assert [a.mentions[0].text for a in stream] == ["Beta", "Gamma"]


@pytest.mark.parametrize("alone", ["Mayor Linda Carver said so.", Document(id="a", text="x")])
def test_analyze_many_refuses_one_document_alone(alone: str | Document) -> None:
    """One text given to analyze_many is a TypeError at once, not one analysis per character."""
    with pytest.raises(TypeError, match="use analyze"):
        stoltlib.analyze_many(alone, plugins=manager(names=Names()))  # type: ignore[arg-type]


def test_given_date_far_from_the_stated_one_is_warned_about() -> None:
    """A caller's date kept over a stated one days away gives a published-disagrees warning."""
    text = "Markets rose\n\nPublished: October 8, 2025\n\nShares rose on Tuesday."
    far = stoltlib.analyze(text, published="2020-01-01")
    assert far.published == "2020-01-01"
    assert [w.type for w in far.warnings] == ["published-disagrees"]
    assert "2025-10-08" in far.warnings[0].message
    assert stoltlib.analyze(text, published="2025-10-09").warnings == ()
    assert stoltlib.analyze(text).warnings == ()


def test_published_default_applies_only_to_documents_without_one() -> None:
    """The pipeline's date fills in for documents that state none."""
    pipeline = Pipeline(manager(), published="2020-06-08")
    dated = Document(id="a", text="x", published="2019-01-01")
    assert pipeline.analyze(dated).published == "2019-01-01"
    assert pipeline.analyze(Document(id="b", text="x")).published == "2020-06-08"


def test_bad_arguments_are_clear_errors() -> None:
    """Wrong input types and contradictory options fail with a message saying what to do."""
    with pytest.raises(TypeError, match="Document or str"):
        Pipeline(manager()).analyze(42)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="either plugins or disable"):
        Pipeline(manager(), disable=["txt"])
    with pytest.raises(ValueError, match="ISO 8601"):
        stoltlib.analyze("x", published="last Monday")
    with pytest.raises(ValueError, match="id applies"):
        stoltlib.analyze(Document(id="a", text="x"), id="b")


def test_lexicon_inside_a_hook_uses_the_running_pipelines_plugins() -> None:
    """stoltlib.lexicon() called from a plugin sees the lexicons of the manager running it."""

    class Cues:
        @stoltlib.hookimpl
        def stoltlib_lexicon(self, name: str) -> list[str] | None:
            return ["quipped"] if name == "cue_verbs" else None

        @stoltlib.hookimpl
        def stoltlib_claims(self, document: Document):
            for cue in stoltlib.lexicon("cue_verbs"):
                at = document.text.find(cue)
                if at >= 0:
                    yield stoltlib.Claim(
                        kind="indirect",
                        content=[],
                        cue=TextSpan.of(document.text, at, at + len(cue)),
                    )

    analysis = stoltlib.analyze("Rutte quipped.", plugins=manager(cues=Cues()))
    assert [c.cue.text for c in analysis.claims if c.cue] == ["quipped"]


class BodyRecords:
    """A third-party reader for records that carry "body" instead of "text"."""

    @stoltlib.hookimpl
    def stoltlib_read(self, source: stoltlib.Source) -> list[Document] | None:
        record = source.record
        if not isinstance(record, dict) or "body" not in record:
            return None
        return [Document(id=source.id, text=record["body"])]


class BrokenReader:
    """Claims .txt files, then fails."""

    @stoltlib.hookimpl(tryfirst=True)
    def stoltlib_read(self, source: stoltlib.Source):
        if source.path is not None and source.path.suffix == ".txt":
            raise KeyError("oops")
        return None


def test_a_reader_plugin_reads_records_nested_in_jsonl(tmp_path) -> None:
    """Records of a JSONL file go through the read hook again, so plugins can read new shapes."""
    path = tmp_path / "mixed.jsonl"
    path.write_text('{"body": "From a plugin."}\n{"text": "Plain record."}\n', encoding="utf-8")
    plugins = stoltlib.get_plugin_manager(
        builtins_only=True, environ={}, plugins={"body": BodyRecords()}
    )
    docs = list(stoltlib.read([path], plugins=plugins, errors="raise"))
    assert [(d.id, d.text) for d in docs] == [
        (f"{path.as_posix()}#1", "From a plugin."),
        (f"{path.as_posix()}#2", "Plain record."),
    ]
    with pytest.warns(stoltlib.pipeline.ReadWarning, match="record has no 'text'"):
        assert len(list(stoltlib.read([path]))) == 1  # without the plugin, line 1 is unreadable


def test_a_failing_reader_is_named_and_the_rest_is_read(tmp_path) -> None:
    """A reader's crash becomes a read error naming the plugin and the file; reading goes on."""
    (tmp_path / "a.txt").write_text("A", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text('{"text": "B"}\n', encoding="utf-8")
    plugins = stoltlib.get_plugin_manager(
        builtins_only=True, environ={}, plugins={"broken": BrokenReader()}
    )
    items = list(Pipeline(plugins).extract([tmp_path]))
    assert isinstance(items[0], stoltlib.ReadError)
    assert "reader 'broken' failed: KeyError" in items[0].message
    assert items[0].location.endswith("a.txt")
    assert isinstance(items[1], Analysis) and items[1].text == "B"
    with pytest.raises(KeyError):
        list(Pipeline(plugins, strict=True).extract([tmp_path]))


def test_an_analysis_rebuilt_by_a_stage_equals_one_built_by_its_class() -> None:
    """A stage's analysis, made without Analysis's __init__, equals what the class builds."""
    import attrs

    from stoltlib.model import _as_tuple, normalize_published
    from stoltlib.pipeline import _changed

    fields = attrs.fields(Analysis)
    assert not any(field.validator for field in fields)
    assert not hasattr(Analysis, "__attrs_post_init__")
    # The converted fields _changed relies on having converted values: a field that gains a
    # converter must be looked at there first (its values then come as the converter makes).
    converted = {field.name: field.converter for field in fields if field.converter}
    assert converted == {
        "published": normalize_published,
        **dict.fromkeys(["times", "mentions", "claims", "events", "errors", "warnings"], _as_tuple),
    }
    first = Analysis(document=Document(id="d", text="NATO met on 1 May 2024."))
    mention = Mention(kind="organization", start=0, end=4, text="NATO", plugin="p")
    changes = {
        "mentions": (mention,),
        "published": PublishedDate("2024-05-01T00:00:00+00:00", "text").value,
    }
    rebuilt = _changed(first, dict(changes))
    assert rebuilt == Analysis(**{**attrs.asdict(first, recurse=False), **changes})
    assert rebuilt.published == "2024-05-01T00:00:00+00:00" and rebuilt.mentions == (mention,)


def test_analyze_warns_when_its_text_is_the_name_of_a_file(tmp_path: Path) -> None:
    """``analyze("story.txt")`` analyses the string: a file of that name gets a warning."""
    story = tmp_path / "story.txt"
    story.write_text("Jens Stoltenberg said on Monday that NATO must adapt.", encoding="utf-8")
    with pytest.warns(UserWarning, match=r"stoltlib\.read"):
        stoltlib.analyze(str(story))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        stoltlib.analyze(str(tmp_path / "absent.txt"))  # no such file: an odd text, no warning
        stoltlib.analyze(story.read_text(encoding="utf-8"))
