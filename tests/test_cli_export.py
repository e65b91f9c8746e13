"""``stoltlib export``: one table of facts as CSV, from extract output or from articles."""

from __future__ import annotations

import csv
import gzip
import io
import json
from pathlib import Path

import pytest

from stoltlib.tables import TABLES

from .conftest import SEEDS
from .test_cli import run, run_process, write

ARTICLE = "Jens Stoltenberg said on Monday that NATO must adapt."


def csv_rows(text: str) -> list[dict[str, str]]:
    """The CSV's rows; its header must be a table's columns."""
    reader = csv.DictReader(io.StringIO(text, newline=""))
    rows = list(reader)
    assert tuple(reader.fieldnames or ()) in TABLES.values()
    return rows


@pytest.fixture(scope="module")
def facts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`stoltlib extract seeds/` output, as a user would have it."""
    path = tmp_path_factory.mktemp("export") / "facts.jsonl"
    result = run("extract", SEEDS, "-o", path, "-q")
    assert result.exit_code == 0, result.stderr
    return path


def test_export_claims_from_extract_output_has_one_row_per_claim(facts: Path) -> None:
    """Every claim of the extract output becomes a CSV row, in order, with its speaker."""
    result = run("export", "--table", "claims", facts)
    assert result.exit_code == 0, result.stderr
    rows = csv_rows(result.stdout)
    analyses = [json.loads(line) for line in facts.read_text("utf-8").splitlines()]
    claims = [(a["id"], c) for a in analyses for c in a["claims"]]
    assert len(rows) == len(claims) > 0
    for row, (document, claim) in zip(rows, claims, strict=True):
        assert row["document"] == document
        assert row["cue"] == (claim["cue"]["text"] if claim["cue"] else "")
        assert int(row["start"]) == min(piece["start"] for piece in claim["content"])
    assert result.stderr.strip().endswith(
        f"{len(rows)} rows of claims written, 0 unreadable inputs"
    )


def test_export_reads_articles_and_analyses_them(tmp_path: Path) -> None:
    """Articles (not extract output) are analysed on the way; --published anchors their dates."""
    article = write(tmp_path / "a.txt", ARTICLE)
    result = run("export", "-t", "times", article, "--published", "2020-06-10")
    assert result.exit_code == 0, result.stderr
    (row,) = csv_rows(result.stdout)
    assert (row["text"], row["value"], row["published"]) == ("Monday", "2020-06-08", "2020-06-10")


def test_export_of_articles_and_of_their_analyses_agree(tmp_path: Path, facts: Path) -> None:
    """Exporting the seeds themselves gives the rows exporting their extract output gives."""
    from_articles = run("export", "-t", "mentions", SEEDS)
    from_output = run("export", "-t", "mentions", facts)
    assert from_articles.exit_code == from_output.exit_code == 0
    assert from_articles.stdout == from_output.stdout
    assert len(csv_rows(from_output.stdout)) > 10


def test_export_reads_extract_output_piped_in(facts: Path) -> None:
    """`stoltlib extract ... | stoltlib export -t metadata -` reads the analyses from stdin."""
    result = run("export", "-t", "metadata", "-", input=facts.read_bytes())
    assert result.exit_code == 0, result.stderr
    rows = csv_rows(result.stdout)
    assert [row["document"] for row in rows] == sorted(p.name for p in SEEDS.glob("*.txt"))


def test_export_reads_article_records_piped_in() -> None:
    """JSONL article records on stdin are analysed, as `extract -` would."""
    record = json.dumps({"id": "piped", "text": ARTICLE, "published": "2020-06-08"})
    result = run("export", "-t", "claims", "-", input=record + "\n")
    assert result.exit_code == 0, result.stderr
    (row,) = csv_rows(result.stdout)
    assert (row["document"], row["speaker"], row["content"]) == (
        "piped",
        "Jens Stoltenberg",
        "NATO must adapt",
    )


def test_export_reads_the_json_array_format(tmp_path: Path, facts: Path) -> None:
    """`extract --format json` output exports like its JSONL."""
    array = tmp_path / "facts.json"
    assert run("extract", SEEDS, "--format", "json", "-o", array, "-q").exit_code == 0
    as_array = run("export", "-t", "claims", array)
    assert as_array.exit_code == 0, as_array.stderr
    assert as_array.stdout == run("export", "-t", "claims", facts).stdout


def test_export_malformed_lines_are_reported_and_the_rest_is_written(
    tmp_path: Path, facts: Path
) -> None:
    """A broken line and a record that is no analysis cost only themselves; the exit is 1."""
    first, second, *_ = facts.read_text("utf-8").splitlines()
    bad = write(
        tmp_path / "bad.jsonl",
        f'{first}\n{{"this is broken\n{{"stoltlib": {{}}, "id": "x"}}\n{second}\n',
    )
    result = run("export", "-t", "metadata", bad, "-o", tmp_path / "out.csv")
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if ": error: " in line]
    assert errors[0].startswith(f"stoltlib: error: {bad}:2: malformed JSON")
    assert errors[1].startswith(f"stoltlib: error: {bad}:3: not a stoltlib analysis")
    assert len(errors) == 2
    rows = csv_rows((tmp_path / "out.csv").read_text("utf-8"))
    assert [row["document"] for row in rows] == [json.loads(first)["id"], json.loads(second)["id"]]
    assert "2 unreadable inputs" in result.stderr.splitlines()[-1]


def test_export_of_a_newer_schema_says_to_upgrade(tmp_path: Path, facts: Path) -> None:
    """An analysis written by a newer schema is refused with the reason, not misread."""
    record = json.loads(facts.read_text("utf-8").splitlines()[0])
    record["stoltlib"]["schema"] = 99
    newer = write(tmp_path / "newer.jsonl", json.dumps(record) + "\n")
    result = run("export", "-t", "claims", newer)
    assert result.exit_code == 1
    assert "upgrade stoltlib" in result.stderr
    assert csv_rows(result.stdout) == []


def test_export_missing_input_and_unknown_table(tmp_path: Path) -> None:
    """A missing path is a read error (exit 1); an unknown table is a usage error (exit 2)."""
    missing = run("export", "-t", "claims", tmp_path / "nope.txt")
    assert missing.exit_code == 1
    assert "nope.txt: no such file or directory" in missing.stderr
    unknown = run("export", "-t", "quotes", SEEDS)
    assert unknown.exit_code == 2
    assert "Invalid value for '-t' / '--table'" in unknown.stderr


def test_export_to_a_file_leaves_no_partial_file(tmp_path: Path) -> None:
    """With -o FILE the CSV goes to FILE (by way of FILE.partial, which is gone afterwards)."""
    article = write(tmp_path / "in" / "a.txt", ARTICLE)
    process = run_process("export", "-t", "claims", article, "-o", "claims.csv", cwd=tmp_path)
    assert process.returncode == 0, process.stderr
    assert process.stdout == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claims.csv", "in"]
    (row,) = csv_rows((tmp_path / "claims.csv").read_text("utf-8"))
    assert row["speaker"] == "Jens Stoltenberg"


def test_export_reads_analyses_back_as_they_are_even_without_the_header(tmp_path: Path) -> None:
    """An analysis line is read back, not analysed again, with or without its header."""
    analysis = json.loads(
        run("extract", "-", input=json.dumps({"id": "a", "text": ARTICLE})).stdout
    )
    analysis["claims"][0]["cue"]["text"] = "EDITED"  # only a read-back line can say this
    del analysis["stoltlib"]
    edited = write(tmp_path / "edited.jsonl", json.dumps(analysis) + "\n")
    result = run("export", "-t", "claims", edited)
    assert result.exit_code == 0, result.stderr
    assert [row["cue"] for row in csv_rows(result.stdout)] == ["EDITED"]


def test_export_an_undecodable_line_costs_only_itself(tmp_path: Path, facts: Path) -> None:
    """A line that is not UTF-8 is reported with its line; a BOM at the start is dropped."""
    first, second, *_ = facts.read_bytes().splitlines()
    mixed = write(tmp_path / "mixed.jsonl", b"\xef\xbb\xbf" + first + b"\n\xff\xfe{}\n" + second)
    result = run("export", "-t", "metadata", mixed)
    assert result.exit_code == 1
    assert f"{mixed}:2: not UTF-8" in result.stderr
    assert len(csv_rows(result.stdout)) == 2


def test_export_a_truncated_gzip_keeps_what_was_read(tmp_path: Path, facts: Path) -> None:
    """A .jsonl.gz cut short: the analyses before the cut are written, the cut reported."""
    data = gzip.compress(facts.read_bytes())
    cut = write(tmp_path / "cut.jsonl.gz", data[: len(data) * 2 // 3])
    result = run("export", "-t", "metadata", cut)
    assert result.exit_code == 1
    assert f"{cut}: cannot be read to the end" in result.stderr
    assert 0 < len(csv_rows(result.stdout)) < 5


def test_help_lists_export_and_render() -> None:
    """`stoltlib --help` names the export and render commands beside extract."""
    result = run("--help")
    assert result.exit_code == 0
    commands = {
        line.split()[0] for line in result.stdout.split("Commands:")[1].splitlines() if line.strip()
    }
    assert {"extract", "export", "render", "plugins"} <= commands


@pytest.mark.parametrize("command", [["export", "--table", "metadata"], ["render"], ["timeline"]])
def test_quiet_leaves_out_the_summary_but_not_errors(tmp_path: Path, command: list[str]) -> None:
    """``-q`` silences the closing summary of export, render and timeline; errors still print."""
    article = write(tmp_path / "a.txt", ARTICLE)
    loud = run(*command, article)
    quiet = run(*command, article, "-q")
    assert loud.exit_code == quiet.exit_code == 0, loud.stderr
    assert "stoltlib:" in loud.stderr and quiet.stderr == ""
    missing = run(*command, article, tmp_path / "absent.txt", "-q")
    assert missing.exit_code == 1 and "absent.txt" in missing.stderr
