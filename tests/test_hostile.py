"""Hostile input: every pathological text completes, stays correct, and harms no other document.

Sizes stay small here (the time per MB of each input, at real sizes, is benchmarks/scale.py's
job, not a timed assert's); the 50 MB document is built once, inside its own test.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import stoltlib
from stoltlib.pipeline import Pipeline
from stoltlib.readers import lone_surrogate
from stoltlib.testing import check_spans
from stoltlib.testing.hostile import HOSTILE, news

from .test_cli import json_lines, run, summary, write

SIZE = 12_000


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_each_hostile_text_completes_with_valid_spans(pipeline: Pipeline, name: str) -> None:
    """The full pipeline finishes on the input, no plugin raises, every span slices back."""
    text = HOSTILE[name](SIZE)
    assert abs(len(text) - SIZE) <= SIZE // 10
    analysis = pipeline.analyze(stoltlib.Document(id=name, text=text))
    assert analysis.errors == ()
    assert check_spans(analysis) == []


def test_hostile_documents_leave_their_neighbours_unchanged(
    pipeline: Pipeline, tmp_path: Path
) -> None:
    """An ordinary article among all the hostile ones is analysed as it is alone."""
    records = [{"id": name, "text": make(SIZE)} for name, make in sorted(HOSTILE.items())]
    records.insert(3, {"id": "plain", "text": news(2000)})
    records += [{"id": "empty", "text": ""}, {"id": "blank", "text": " \n\t\u00a0 "}]
    path = write(tmp_path / "in.jsonl", "".join(json.dumps(r) + "\n" for r in records))
    result = run("extract", path, "--jobs", "1")
    assert result.exit_code == 0, result.stderr
    rows = json_lines(result.stdout)
    assert [row["id"] for row in rows] == [record["id"] for record in records]
    plain = next(row for row in rows if row["id"] == "plain")
    alone = pipeline.analyze(stoltlib.Document(id="plain", text=news(2000)))
    assert plain == json.loads(stoltlib.dumps(alone))
    for row in rows[-2:]:
        assert [w["type"] for w in row["warnings"]] == ["empty-document"]
        assert row["errors"] == [] and row["times"] == [] and row["mentions"] == []
    assert summary(result.stderr)["errors"] == "0"


def test_invalid_utf8_and_lone_surrogates_cost_only_their_own_input(tmp_path: Path) -> None:
    """Undecodable files and lines, and JSON with a lone surrogate, are errors; the rest is read."""
    write(tmp_path / "in" / "a.txt", b"caf\xe9 au lait" + b"\xff" * 100)
    write(tmp_path / "in" / "b.txt", news(500))
    write(
        tmp_path / "in" / "c.jsonl",
        b'{"id": "c1", "text": "ok"}\n{"id": "c2", "text": "\xc3\x28"}\n'
        b'{"id": "c3", "text": "x \\ud800 y"}\n{"id": "c4", "text": "\\ud83d\\ude00 fine"}\n'
        b'{"id": "c5", "text": "fine", "meta": {"k": ["\\udfff"]}}\n',
    )
    result = run("extract", tmp_path / "in", "--jobs", "1")
    assert result.exit_code == 1
    assert [row["id"] for row in json_lines(result.stdout)] == ["b.txt", "c1", "c4"]
    assert json_lines(result.stdout)[2]["text"] == "\U0001f600 fine"
    errors = result.stderr.splitlines()[:-1]
    assert len(errors) == 4
    assert "a.txt: not valid UTF-8 (byte 0xe9 at offset 3)" in errors[0]
    assert "c.jsonl:2: not valid UTF-8" in errors[1]
    assert "c.jsonl:3: holds an unpaired surrogate escape" in errors[2] and "'text'" in errors[2]
    assert "c.jsonl:5: holds an unpaired surrogate escape" in errors[3] and "meta.k[0]" in errors[3]


def test_lone_surrogate_looks_only_when_the_raw_json_has_an_escape() -> None:
    """A record whose raw JSON has no surrogate escape is not walked; a paired one is valid."""
    assert lone_surrogate(b'{"text": "plain"}', {"text": "\ud800"}) is None  # not looked at
    assert lone_surrogate(b'"\\ud83d\\ude00"', "\U0001f600") is None
    assert lone_surrogate(b'{"a": {"\\udc00": 1}}', {"a": {"\udc00": 1}}) == "a"


@settings(max_examples=40)
@given(
    st.lists(
        st.sampled_from(
            [
                "\u201c",
                "\u201d",
                '"',
                "'",
                "(",
                ")",
                "[",
                "]",
                "{",
                "}",
                "\u2014",
                "-",
                ".",
                "said",
                "Mr.",
                "Jens",
                "Stoltenberg",
                "NATO",
                "on Monday",
                "2024",
                "\n",
                "\n\n",
                " ",
                "\t",
                "\x00",
                "\u200b",
                "\u202e",
                "\u0301",
                "\U0001f600",
                "12:45",
                "p.m.",
            ]
        ),
        max_size=300,
    )
)
def test_fragments_of_hostile_text_never_break_the_pipeline(
    pipeline: Pipeline, parts: list[str]
) -> None:
    """Any mix of quote marks, brackets, cue words, names, dates and odd characters is handled."""
    text = "".join(parts)
    analysis = pipeline.analyze(stoltlib.Document(id="fuzz", text=text))
    assert analysis.errors == ()
    assert check_spans(analysis) == []


def test_a_50_mb_document_is_read_analysed_and_written_whole(tmp_path: Path) -> None:
    """One 50 MB article goes through, kept whole in the output; its neighbour is unharmed.

    Only the outlet plugin runs: the point is the core (reading, checks, JSON out) on one huge
    document; the plugins' time per MB is measured by benchmarks/scale.py.
    """
    filler = "the talks went on late into the night, and the delegates were tired of them. "
    text = news(2000) + filler * (50_000_000 // len(filler)) + news(2000)
    write(tmp_path / "in" / "big.txt", text)
    write(tmp_path / "in" / "small.txt", news(900))
    del text
    result = run(
        "extract", tmp_path / "in", "--jobs", "1", "--disable", "dates",
        "--disable", "people", "--disable", "quotes", "-o", tmp_path / "out.jsonl",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    with (tmp_path / "out.jsonl").open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    assert [row["id"] for row in rows] == ["big.txt", "small.txt"]
    assert len(rows[0]["text"]) > 50_000_000
    assert rows[1]["text"] == news(900)
    for row in rows:
        title = row["metadata"]["title"]
        if title is not None:
            assert row["text"][title["start"] : title["end"]] == title["text"]
        assert row["errors"] == []
