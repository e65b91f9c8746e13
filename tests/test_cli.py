"""The ``stoltlib`` command line: in process through click's CliRunner, and as a real process.

The in-process tests check behaviour in detail; the subprocess tests check what a user on a
fresh machine sees: the installed console script (or ``python -m stoltlib``) runs, reads files
and standard input, writes JSON to stdout and messages to stderr, and exits with the right code.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

import stoltlib
from stoltlib import cli as cli_module
from stoltlib.cli import cli

from .conftest import ROOT, SEEDS, TOP_LEVEL_KEYS

SEED_NAMES = sorted(path.name for path in SEEDS.glob("*.txt"))

#: The top-level keys of one line of output, as DESIGN.md's JSON contract lists them.
CONTRACT_KEYS = set(TOP_LEVEL_KEYS)
DOCUMENT_KEYS = {"url", "title", "outlet", "published", "meta"}

# A .jsonl.gz cut in the middle of its data (hashes, so that it does not compress to nothing).
_LINES = "".join(
    json.dumps({"text": hashlib.sha256(str(n).encode()).hexdigest()}) + "\n" for n in range(500)
).encode()
TRUNCATED_GZ = gzip.compress(_LINES)[: len(gzip.compress(_LINES)) // 2]

SUMMARY = re.compile(
    r"^stoltlib: (?P<written>\d+) documents? written(?: to (?P<target>.+?))?, "
    r"(?P<unreadable>\d+) unreadable inputs?(?:, (?P<skipped>\d+) other files? skipped)?"
    r"(?:, (?P<unloaded>\d+) plugins? not loaded)?, "
    r"(?P<errors>\d+) plugin errors?, "
    r"(?P<warnings>\d+) warnings? in \d+\.\d\d s"
    r"(?:; (?P<undated>\d+) documents? with no publication date given or found \(.*\))?$"
)


# --- helpers ---------------------------------------------------------------------------------


def run(*args: Any, input: bytes | str | None = None, env: dict[str, str] | None = None) -> Result:
    """Run the command line in process, stdout and stderr kept apart."""
    try:
        runner = CliRunner(mix_stderr=False)  # type: ignore[call-arg]  # click < 8.2
    except TypeError:
        runner = CliRunner()  # click >= 8.2 always keeps stderr apart
    return runner.invoke(cli, [os.fspath(arg) for arg in args], input=input, env=env)


def json_lines(stdout: str) -> list[dict[str, Any]]:
    """Each stdout line parsed as JSON (every line must be JSON)."""
    return [json.loads(line) for line in stdout.splitlines()]


def summary(stderr: str) -> dict[str, str]:
    """The summary line's numbers; it must be stderr's last line.

    ``skipped`` is there only when the line counts skipped files; ``undated`` never unless
    asked for with :func:`undated_count` (most inputs of these tests state no date).
    """
    match = SUMMARY.match(stderr.splitlines()[-1])
    assert match, f"no summary line at the end of stderr: {stderr!r}"
    found = match.groupdict()
    del found["undated"]
    return {k: v for k, v in found.items() if k not in ("skipped", "unloaded") or v is not None}


def undated_count(stderr: str) -> str | None:
    """How many documents the summary line says were left with no publication date."""
    match = SUMMARY.match(stderr.splitlines()[-1])
    assert match, f"no summary line at the end of stderr: {stderr!r}"
    return match.group("undated")


def write(path: Path, content: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def console_script() -> list[str]:
    """The installed ``stoltlib`` of the environment running the tests, else ``python -m``."""
    found = shutil.which("stoltlib", path=str(Path(sys.executable).parent))
    return [found] if found else [sys.executable, "-m", "stoltlib"]


def run_process(
    *args: Any,
    command: list[str] | None = None,
    input: bytes | None = None,
    cwd: Path | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run the command line as a separate process."""
    env = {key: value for key, value in os.environ.items() if key != "STOLTLIB_DISABLE"}
    env["PYTHONIOENCODING"] = "utf-8"
    process = subprocess.run(
        [*(command or console_script()), *(os.fspath(arg) for arg in args)],
        input=input,
        capture_output=True,
        cwd=cwd,
        env=env,
        timeout=120,
        check=False,
    )
    return subprocess.CompletedProcess(
        process.args,
        process.returncode,
        process.stdout.decode("utf-8"),
        process.stderr.decode("utf-8"),
    )


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    """A directory with one good .txt and a JSONL file of two good records."""
    write(tmp_path / "in" / "a.txt", "Jens Stoltenberg said on Monday that NATO is strong.")
    write(tmp_path / "in" / "b.jsonl", b'{"id": "b1", "text": "B one."}\n{"text": "B two."}\n')
    return tmp_path / "in"


# --- --version, plugins ----------------------------------------------------------------------


@pytest.mark.parametrize("option", ["--version", "-V"])
def test_version_prints_the_package_version(option: str) -> None:
    """--version (and -V) prints "stoltlib, version X" and exits 0."""
    result = run(option)
    assert result.exit_code == 0
    assert result.stdout == f"stoltlib, version {stoltlib.__version__}\n"


def test_help_lists_the_commands() -> None:
    """--help names the extract and plugins commands."""
    result = run("--help")
    assert result.exit_code == 0
    assert re.search(r"^\s+extract\s", result.stdout, re.M)
    assert re.search(r"^\s+plugins\s", result.stdout, re.M)


def test_plugins_lists_the_built_in_readers() -> None:
    """`plugins` shows a table with each built-in reader: name, version, origin, hooks, module."""
    result = run("plugins")
    assert result.exit_code == 0
    header, *rows = result.stdout.splitlines()
    assert header.split() == ["NAME", "VERSION", "ORIGIN", "HOOKS", "MODULE"]
    table = {row.split()[0]: row.split() for row in rows}
    for name, module in [
        ("txt", "stoltlib.readers.text"),
        ("jsonl", "stoltlib.readers.jsonl"),
        ("json", "stoltlib.readers.json_list"),
        ("record", "stoltlib.readers.record"),
    ]:
        assert table[name] == [name, stoltlib.__version__, "built-in", "read", module]


def test_plugins_json_gives_one_object_per_plugin() -> None:
    """`plugins --json` prints one JSON object per plugin, built-ins marked as such."""
    result = run("plugins", "--json")
    assert result.exit_code == 0
    rows = {row["name"]: row for row in json_lines(result.stdout)}
    assert {"txt", "jsonl", "json", "record"} <= set(rows)
    assert rows["txt"] == {
        "name": "txt",
        "module": "stoltlib.readers.text",
        "distribution": "stoltlib",
        "version": stoltlib.__version__,
        "builtin": True,
        "hooks": ["stoltlib_read"],
    }


# --- extract: output -------------------------------------------------------------------------


def test_extract_notes_the_documents_with_no_publication_date(tmp_path: Path) -> None:
    """A run over undated stories says how many were left unanchored; --published silences it."""
    story = tmp_path / "wire.txt"
    story.write_text("CHICAGO, March 14 (Reuters) - Shares rose on Tuesday.\n", encoding="utf-8")
    undated = run("extract", story)
    assert undated_count(undated.stderr) == "1"
    assert undated_count(run("extract", story, "--published", "2024-03-15").stderr) is None


def test_extract_seeds_prints_five_json_lines_with_the_contract_keys() -> None:
    """`extract seeds/ --format jsonl` prints a JSON line per seed, each with the contract keys."""
    result = run("extract", f"{SEEDS}/", "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    rows = json_lines(result.stdout)
    assert len(rows) == len(SEED_NAMES) == 5
    assert [row["id"] for row in rows] == SEED_NAMES
    for row in rows:
        assert set(row) >= CONTRACT_KEYS
        assert set(row["document"]) == DOCUMENT_KEYS
        assert row["stoltlib"] == {
            "version": stoltlib.__version__,
            "schema": stoltlib.SCHEMA_VERSION,
        }
        assert row["text"] == (SEEDS / row["id"]).read_bytes().decode("utf-8-sig")


def test_jsonl_is_the_default_format() -> None:
    """Without --format, extract writes JSON Lines."""
    assert run("extract", SEEDS).stdout == run("extract", SEEDS, "--format", "jsonl").stdout


def test_format_json_gives_one_json_array_of_the_same_analyses() -> None:
    """--format json prints one JSON array holding what --format jsonl prints line by line."""
    as_json = run("extract", SEEDS, "--format", "json")
    as_jsonl = run("extract", SEEDS, "--format", "jsonl")
    assert as_json.exit_code == 0
    array = json.loads(as_json.stdout)
    assert isinstance(array, list)
    assert array == json_lines(as_jsonl.stdout)


def test_format_json_without_documents_is_an_empty_array(tmp_path: Path) -> None:
    """--format json with nothing to write still prints a valid JSON array: []."""
    (tmp_path / "empty").mkdir()
    result = run("extract", tmp_path / "empty", "--format", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == []


def test_no_text_omits_the_text(inputs: Path) -> None:
    """--no-text leaves "text" out of every line and keeps everything else."""
    with_text = json_lines(run("extract", inputs).stdout)
    without = json_lines(run("extract", inputs, "--no-text").stdout)
    assert len(without) == 3
    assert all("text" not in row for row in without)
    assert without == [{k: v for k, v in row.items() if k != "text"} for row in with_text]


def test_output_file_is_written_and_no_partial_is_left(inputs: Path, tmp_path: Path) -> None:
    """-o FILE writes FILE (nothing on stdout) and leaves no FILE.partial behind."""
    out = tmp_path / "out.jsonl"
    result = run("extract", inputs, "-o", out)
    assert result.exit_code == 0
    assert result.stdout == ""
    assert [row["id"] for row in json_lines(out.read_text("utf-8"))] == ["a.txt", "b1", "b.jsonl#2"]
    assert not (tmp_path / "out.jsonl.partial").exists()
    assert summary(result.stderr)["target"] == str(out)


def test_output_file_replaces_an_existing_one(inputs: Path, tmp_path: Path) -> None:
    """-o FILE replaces what FILE held before, whole."""
    out = write(tmp_path / "out.json", "old content that is not JSON")
    result = run("extract", inputs, "-o", out, "--format", "json")
    assert result.exit_code == 0
    assert len(json.loads(out.read_text("utf-8"))) == 3


def test_output_file_is_written_when_some_inputs_fail(inputs: Path, tmp_path: Path) -> None:
    """With unreadable inputs, -o FILE still holds every readable document (and the exit is 1)."""
    out = tmp_path / "out.jsonl"
    result = run("extract", inputs, tmp_path / "missing.txt", "-o", out)
    assert result.exit_code == 1
    assert len(json_lines(out.read_text("utf-8"))) == 3
    assert not (tmp_path / "out.jsonl.partial").exists()


def test_an_interrupted_run_leaves_only_whole_lines_in_the_partial_file(
    inputs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Interrupted, -o FILE leaves FILE.partial with whole lines only, no FILE, and exits 130."""
    analyze = stoltlib.Pipeline.analyze
    calls = []

    def interrupted(self: stoltlib.Pipeline, document: stoltlib.Document) -> stoltlib.Analysis:
        calls.append(document.id)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return analyze(self, document)

    monkeypatch.setattr(stoltlib.Pipeline, "analyze", interrupted)
    out = tmp_path / "out.jsonl"
    result = run("extract", inputs, "-o", out)
    assert result.exit_code == 130
    assert not out.exists()
    partial = (tmp_path / "out.jsonl.partial").read_text("utf-8")
    assert partial.endswith("\n")
    assert [row["id"] for row in json_lines(partial)] == ["a.txt", "b1"]
    assert "stoltlib: interrupted: after 2 documents; finished documents are in" in result.stderr


def test_an_unwritable_output_is_a_usage_error(inputs: Path, tmp_path: Path) -> None:
    """-o into a directory that does not exist is a usage error (exit 2), not a traceback."""
    result = run("extract", inputs, "-o", tmp_path / "no" / "such" / "dir" / "out.jsonl")
    assert result.exit_code == 2
    assert "cannot write" in result.stderr
    assert "No such file or directory" in result.stderr


def test_naming_the_output_file_as_an_input_is_an_error(inputs: Path) -> None:
    """The run's own output file is never read as input, even when named explicitly."""
    out = inputs / "facts.jsonl"
    run("extract", inputs, "-o", out)
    result = run("extract", out, inputs / "a.txt", "-o", out)
    assert result.exit_code == 1
    assert "this is the output file of this run" in result.stderr
    assert len(out.read_text("utf-8").splitlines()) == 1  # a.txt only


def test_stdin_named_twice_is_reported() -> None:
    """'-' twice would read an exhausted stream: the second is reported, the first is read."""
    result = run("extract", "-", "-", input='{"text": "Once."}\n')
    assert result.exit_code == 1
    assert "standard input is named more than once" in result.stderr
    assert len(result.stdout.splitlines()) == 1


def test_an_unlistable_directory_is_reported(inputs: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A directory that cannot be listed is an input error; the rest is read."""
    (inputs / "locked").mkdir()
    real_scandir = os.scandir

    def scandir(path: Any) -> Any:
        if Path(path).name == "locked":  # as chmod 0 would, for a user other than root
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    result = run("extract", inputs)
    assert result.exit_code == 1
    assert "locked: cannot list directory: Permission denied" in result.stderr
    assert len(result.stdout.splitlines()) == 3  # a.txt and the two records of b.jsonl


def test_a_rerun_does_not_read_its_own_output_file(inputs: Path) -> None:
    """-o FILE inside an input directory: running twice gives the same output, not FILE's too."""
    out = inputs / "facts.jsonl"
    first = run("extract", inputs, "-o", out)
    first_output = out.read_text("utf-8")
    second = run("extract", inputs, "-o", out)
    assert (first.exit_code, second.exit_code) == (0, 0)
    assert out.read_text("utf-8") == first_output


# --- extract: --published ----------------------------------------------------------------------


def test_published_sets_the_dct_of_plain_files(tmp_path: Path) -> None:
    """--published is the top-level published of documents that bring none; theirs wins."""
    write(tmp_path / "a.txt", "Plain text.")
    write(tmp_path / "b.jsonl", b'{"text": "dated", "published": "2020-06-08"}\n{"text": "x"}\n')
    result = run("extract", tmp_path, "--published", "2024-10-01")
    assert result.exit_code == 0
    rows = json_lines(result.stdout)
    assert [(row["published"], row["document"]["published"]) for row in rows] == [
        ("2024-10-01", None),
        ("2020-06-08", "2020-06-08"),
        ("2024-10-01", None),
    ]


def test_without_published_plain_files_have_none(tmp_path: Path) -> None:
    """Without --published (and no date found), a plain file's published is null."""
    write(tmp_path / "a.txt", "No date here.")
    (row,) = json_lines(run("extract", tmp_path).stdout)
    assert row["published"] is None


def test_published_is_normalised(tmp_path: Path) -> None:
    """--published takes ISO datetimes with an offset and writes them normalised."""
    write(tmp_path / "a.txt", "Plain text.")
    result = run("extract", tmp_path, "--published", "2024-10-01T09:00:00Z")
    assert json_lines(result.stdout)[0]["published"] == "2024-10-01T09:00:00+00:00"


@pytest.mark.parametrize("value", ["yesterday", "2024-13-01", "01/10/2024", ""])
def test_a_bad_published_date_is_a_usage_error(inputs: Path, value: str) -> None:
    """A --published that is not an ISO date is a usage error (exit 2) and nothing is written."""
    result = run("extract", inputs, "--published", value)
    assert result.exit_code == 2
    assert "--published" in result.stderr
    assert result.stdout == ""


# --- extract: bad input ----------------------------------------------------------------------


def test_a_broken_jsonl_line_is_named_and_the_rest_is_written(tmp_path: Path) -> None:
    """A broken JSONL line: exit 1, stderr names file:line, every other document is written."""
    path = write(tmp_path / "news.jsonl", b'{"text": "one"}\n{"text": "two"\n{"text": "three"}\n')
    write(tmp_path / "z.txt", "Last.")
    result = run("extract", path, tmp_path / "z.txt")
    assert result.exit_code == 1
    assert [row["text"] for row in json_lines(result.stdout)] == ["one", "three", "Last."]
    assert f"stoltlib: error: {path}:2: malformed JSON" in result.stderr
    assert summary(result.stderr)["unreadable"] == "1"


def test_an_undecodable_file_is_named_and_the_rest_is_written(tmp_path: Path) -> None:
    """An undecodable .txt: exit 1, stderr names the file, the other documents are written."""
    write(tmp_path / "a.txt", "First.")
    bad = write(tmp_path / "b.txt", "Ærlig talt".encode("cp1252"))
    write(tmp_path / "c.txt", "Third.")
    result = run("extract", tmp_path)
    assert result.exit_code == 1
    assert [row["id"] for row in json_lines(result.stdout)] == ["a.txt", "c.txt"]
    assert f"stoltlib: error: {bad}: not valid UTF-8 (byte 0xc6 at offset 0)" in result.stderr


def test_a_missing_path_is_named_and_the_rest_is_written(inputs: Path, tmp_path: Path) -> None:
    """A missing path: exit 1, stderr names it, the other inputs are written in order."""
    missing = tmp_path / "nowhere" / "x.txt"
    result = run("extract", missing, inputs)
    assert result.exit_code == 1
    assert len(json_lines(result.stdout)) == 3
    assert f"stoltlib: error: {missing}: no such file or directory" in result.stderr


@pytest.mark.parametrize(
    ("name", "content", "where", "message"),
    [
        ("r.jsonl", b'{"text": "ok"}\n{"id": "no-text"}\n', ":2", "record has no 'text'"),
        ("r.jsonl", b'{"text": "ok"}\n{"text": 3}\n', ":2", "'text' must be a string, got int"),
        ("r.jsonl", b'{"text": "ok"}\n[1, 2]\n', ":2", "a record must be a JSON object, got list"),
        ("r.jsonl", b'{"text": "ok"}\nnull\n', ":2", "a record must be a JSON object, got null"),
        (
            "r.jsonl",
            b'{"text": "ok"}\n{"text": "t", "published": "soon"}\n',
            ":2",
            "published must be an ISO 8601 date or datetime",
        ),
        ("r.jsonl", b'{"text": "ok"}\n{"text": "\xff"}\n', ":2", "not valid UTF-8"),
        ("r.jsonl.gz", TRUNCATED_GZ, ":", "cannot read further"),
        ("r.jsonl.gz", b"not gzip", ":1", "cannot read further"),
        ("r.json", b'[{"text": "ok"}, {"text": ]', ":1", "malformed JSON"),
        ("r.json", b"42", "", "expected a record object or a list of them, got int"),
        ("r.json", b'[{"text": "ok"}, {"title": "t"}]', ", record 2", "record has no 'text'"),
        ("r.txt", b"\x80abc", "", "not valid UTF-8"),
        ("r.pdf", b"%PDF-1.4", "", "no installed reader accepts this kind of file"),
    ],
    ids=[
        "no-text",
        "text-not-string",
        "not-an-object",
        "null-record",
        "bad-published",
        "undecodable-line",
        "truncated-gz",
        "not-gzip",
        "malformed-json",
        "json-number",
        "json-record-without-text",
        "undecodable-txt",
        "unknown-suffix-named",
    ],
)
def test_every_bad_input_is_named_on_stderr_and_exits_1(
    tmp_path: Path, name: str, content: bytes, where: str, message: str
) -> None:
    """Each kind of bad input: exit 1, stderr names the file (and line or record), rest written."""
    bad = write(tmp_path / name, content)
    good = write(tmp_path / "good.txt", "A good document.")
    result = run("extract", bad, good)
    assert result.exit_code == 1
    rows = json_lines(result.stdout)
    assert rows[-1]["id"] == good.as_posix()
    errors = [line for line in result.stderr.splitlines() if line.startswith("stoltlib: error: ")]
    assert len(errors) == 1
    assert errors[0].startswith(f"stoltlib: error: {bad}{where}")
    assert message in errors[0]


def test_exit_0_with_a_one_line_summary_when_everything_is_read(inputs: Path) -> None:
    """Every input read: exit 0, and stderr is exactly one summary line."""
    result = run("extract", inputs)
    assert result.exit_code == 0
    assert len(result.stderr.splitlines()) == 1
    assert summary(result.stderr) == {
        "written": "3",
        "target": None,
        "unreadable": "0",
        "errors": "0",
        "warnings": "0",
    }


def test_the_summary_counts_documents_unreadable_inputs_and_warnings(
    inputs: Path, tmp_path: Path
) -> None:
    """The summary counts written documents, unreadable inputs and warnings."""
    write(tmp_path / "more" / "empty.txt", "")
    write(tmp_path / "more" / "bad.jsonl", b"{\n[\n")
    result = run("extract", inputs, tmp_path / "more", tmp_path / "gone.txt")
    assert result.exit_code == 1
    assert summary(result.stderr) == {
        "written": "4",
        "target": None,
        "unreadable": "3",
        "errors": "0",
        "warnings": "1",
    }


def test_the_summary_agrees_in_number(tmp_path: Path) -> None:
    """One of each is counted in the singular ("1 document written, 1 unreadable input")."""
    write(tmp_path / "one.txt", "The council met on Monday and approved the budget.")
    result = run("extract", tmp_path / "one.txt", tmp_path / "gone.txt")
    last = result.stderr.splitlines()[-1]
    assert last.startswith("stoltlib: 1 document written, 1 unreadable input, 0 plugin errors,")


def test_a_run_that_reads_nothing_says_so(tmp_path: Path) -> None:
    """An empty directory is no error, but the run warns that it read no documents."""
    (tmp_path / "empty").mkdir()
    result = run("extract", tmp_path / "empty")
    assert result.exit_code == 0
    assert "stoltlib: warning: no documents read" in result.stderr


def test_plain_text_on_standard_input_is_pointed_to_the_text_format() -> None:
    """Plain text piped in without --input-format txt says how to read it as text."""
    result = run("extract", "-", input="The council met on Monday.\n")
    assert result.exit_code == 1
    assert "pass --input-format txt" in result.stderr
    piped = run("extract", "-", input='{"text": "The council met."\n')
    assert "--input-format txt" not in piped.stderr  # a JSON line gone wrong is no plain text


def test_plain_text_on_standard_input_is_one_error_not_one_per_paragraph() -> None:
    """An article piped in as JSONL: one error for the whole input, not one a paragraph."""
    article = "Mayor quits\n\nThe mayor resigned.\n\nShe said it was time.\n\nMore to come.\n"
    result = run("extract", "-", input=article)
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if ": error: " in line]
    assert len(errors) == 1 and errors[0].startswith("stoltlib: error: <stdin>:1: malformed JSON")
    assert summary(result.stderr)["unreadable"] == "1"


def test_a_text_line_among_records_on_standard_input_costs_only_itself() -> None:
    """Once records were read, a line of plain text is one bad line and reading goes on."""
    lines = '{"text": "one"}\nplain text\n{"text": "two"}\n'
    result = run("extract", "-", input=lines)
    assert result.exit_code == 1
    assert [row["text"] for row in json_lines(result.stdout)] == ["one", "two"]
    assert "<stdin>:2: malformed JSON" in result.stderr


def test_quiet_drops_the_summary_but_not_the_errors(inputs: Path, tmp_path: Path) -> None:
    """-q prints no summary line; read errors are still printed."""
    result = run("extract", inputs, tmp_path / "gone.txt", "-q")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"stoltlib: error: {tmp_path / 'gone.txt'}: no such file or directory"
    ]


def test_an_empty_file_warns_and_gives_an_empty_analysis(tmp_path: Path) -> None:
    """An empty file is a warning on stderr and an empty analysis in the output; exit 0."""
    write(tmp_path / "empty.txt", "")
    result = run("extract", tmp_path)
    assert result.exit_code == 0
    (row,) = json_lines(result.stdout)
    assert row["id"] == "empty.txt"
    assert row["warnings"][0]["type"] == "empty-document"
    assert (row["times"], row["mentions"], row["claims"], row["events"], row["errors"]) == (
        [],
        [],
        [],
        [],
        [],
    )
    assert "stoltlib: warning: empty.txt: the document has no text" in result.stderr


def test_no_paths_is_a_usage_error() -> None:
    """extract without a path is a usage error (exit 2)."""
    result = run("extract")
    assert result.exit_code == 2
    assert "Missing argument" in result.stderr


def test_an_unknown_format_is_a_usage_error(inputs: Path) -> None:
    """--format other than jsonl or json is a usage error (exit 2)."""
    result = run("extract", inputs, "--format", "yaml")
    assert result.exit_code == 2
    assert "--format" in result.stderr


# --- extract: stdin, --input-format ------------------------------------------------------------


def test_stdin_is_read_as_jsonl_by_default() -> None:
    """`extract -` reads JSONL from standard input."""
    result = run("extract", "-", input=b'{"id": "s1", "text": "One."}\n{"text": "Two."}\n')
    assert result.exit_code == 0
    assert [row["id"] for row in json_lines(result.stdout)] == ["s1", "<stdin>#2"]


def test_stdin_as_plain_text_with_input_format_txt() -> None:
    """`extract - --input-format txt` reads standard input as one plain-text document."""
    text = "Plain text\r\non stdin, {not JSON}."
    result = run("extract", "-", "--input-format", "txt", input=text.encode("utf-8"))
    assert result.exit_code == 0
    (row,) = json_lines(result.stdout)
    assert (row["id"], row["text"]) == ("<stdin>", text)


def test_plain_text_on_stdin_without_input_format_is_a_clear_error() -> None:
    """Plain text on stdin read as JSONL fails with "<stdin>:1" named, and exit 1."""
    result = run("extract", "-", input=b"Just text.\n")
    assert result.exit_code == 1
    assert "stoltlib: error: <stdin>:1: malformed JSON" in result.stderr


def test_input_format_applies_to_named_files(tmp_path: Path) -> None:
    """--input-format reads a named file of another suffix in that format."""
    path = write(tmp_path / "export.data", b'{"text": "a"}\n{"text": "b"}\n')
    result = run("extract", path, "--input-format", "jsonl")
    assert result.exit_code == 0
    assert [row["text"] for row in json_lines(result.stdout)] == ["a", "b"]


# --- extract: --disable, STOLTLIB_DISABLE, --strict -------------------------------------------


def test_disable_txt_skips_txt_files_in_directories(inputs: Path) -> None:
    """--disable txt: .txt files in a directory are skipped with a warning; exit 0."""
    result = run("extract", inputs, "--disable", "txt")
    assert result.exit_code == 0
    assert [row["id"] for row in json_lines(result.stdout)] == ["b1", "b.jsonl#2"]
    assert "stoltlib: error" not in result.stderr
    assert "1 other file skipped" in result.stderr


def test_disable_txt_makes_a_named_txt_file_an_error(inputs: Path) -> None:
    """--disable txt: a .txt file named explicitly cannot be read: exit 1 and a clear message."""
    result = run("extract", inputs / "a.txt", inputs / "b.jsonl", "--disable", "txt")
    assert result.exit_code == 1
    assert len(json_lines(result.stdout)) == 2
    assert (
        f"stoltlib: error: {inputs / 'a.txt'}: no installed reader accepts this kind of file"
        in result.stderr
    )


def test_disable_is_repeatable(inputs: Path) -> None:
    """--disable can be given more than once; each named plugin is left out."""
    result = run("extract", inputs, "--disable", "txt", "--disable", "jsonl")
    assert result.exit_code == 0
    assert result.stdout == ""
    assert summary(result.stderr)["written"] == "0"
    assert "no documents read; 2 files in directories skipped" in result.stderr


def test_the_disable_environment_variable_blocks_plugins(inputs: Path) -> None:
    """STOLTLIB_DISABLE=a,b blocks plugins like --disable does."""
    result = run("extract", inputs, env={"STOLTLIB_DISABLE": " jsonl , nothing-else"})
    assert result.exit_code == 0
    assert [row["id"] for row in json_lines(result.stdout)] == ["a.txt"]
    assert "STOLTLIB_DISABLE: no installed plugin is named 'nothing-else'" in result.stderr


def test_the_disable_environment_variable_applies_to_plugins_listing() -> None:
    """`plugins` leaves out what STOLTLIB_DISABLE blocks."""
    result = run("plugins", "--json", env={"STOLTLIB_DISABLE": "txt"})
    names = {row["name"] for row in json_lines(result.stdout)}
    assert "txt" not in names
    assert {"jsonl", "json", "record"} <= names


def test_disabling_an_unknown_plugin_warns(inputs: Path) -> None:
    """--disable of a name no plugin has is a warning (a typo shows), not an error."""
    result = run("extract", inputs, "--disable", "no-such-plugin")
    assert result.exit_code == 0
    assert (
        "stoltlib: warning: --disable no-such-plugin: no installed plugin has that name"
        in result.stderr
    )
    assert len(json_lines(result.stdout)) == 3


class Failing:
    """A plugin whose mentions stage always fails."""

    @stoltlib.hookimpl
    def stoltlib_mentions(self, document: stoltlib.Document) -> list[stoltlib.Mention]:
        raise RuntimeError("boom")


@pytest.fixture
def with_failing_plugin(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command line's plugin manager, with a failing plugin added."""
    original = cli_module.get_plugin_manager

    def manager(**kwargs: Any) -> stoltlib.PluginManager:
        return original(plugins={"failing": Failing()}, **kwargs)

    monkeypatch.setattr(cli_module, "get_plugin_manager", manager)


@pytest.mark.usefixtures("with_failing_plugin")
def test_plugin_errors_are_reported_but_exit_0(inputs: Path) -> None:
    """A failing plugin: its error is in each line and the summary, and the exit is still 0."""
    result = run("extract", inputs)
    assert result.exit_code == 0
    rows = json_lines(result.stdout)
    assert len(rows) == 3
    for row in rows:
        assert row["errors"] == [
            {"plugin": "failing", "stage": "mentions", "type": "RuntimeError", "message": "boom"}
        ]
    assert "stoltlib: error: a.txt: plugin 'failing' (mentions): RuntimeError: boom" in (
        result.stderr
    )
    assert summary(result.stderr)["errors"] == "3"


@pytest.mark.usefixtures("with_failing_plugin")
def test_strict_stops_at_the_first_plugin_failure(inputs: Path, tmp_path: Path) -> None:
    """--strict re-raises a plugin's failure: the run stops, exit non-zero, no FILE written."""
    out = tmp_path / "out.jsonl"
    result = run("extract", inputs, "--strict", "-o", out)
    assert result.exit_code != 0
    assert isinstance(result.exception, RuntimeError)
    assert not out.exists()


@pytest.fixture
def with_unloadable_plugin(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command line's plugin manager, as when one installed plugin failed to import."""
    original = cli_module.get_plugin_manager

    def manager(**kwargs: Any) -> stoltlib.PluginManager:
        built = original(**kwargs)
        problem = stoltlib.Problem("broken", "load", "ImportError", "No module named 'nowhere'")
        built.load_errors.append(problem)
        return built

    monkeypatch.setattr(cli_module, "get_plugin_manager", manager)


@pytest.mark.usefixtures("with_unloadable_plugin")
def test_a_plugin_that_did_not_load_makes_the_run_exit_1(inputs: Path) -> None:
    """Every document is written, but the summary names the missing plugin and the exit is 1."""
    result = run("extract", inputs)
    assert result.exit_code == 1
    assert len(json_lines(result.stdout)) == 3
    assert "plugin 'broken' skipped: ImportError: No module named 'nowhere'" in result.stderr
    assert "--disable broken runs without it" in result.stderr
    assert summary(result.stderr)["unloaded"] == "1"


@pytest.mark.usefixtures("with_unloadable_plugin")
def test_strict_refuses_to_run_without_a_plugin(inputs: Path, tmp_path: Path) -> None:
    """--strict with a plugin that did not load: a usage error before anything is read."""
    out = tmp_path / "out.jsonl"
    result = run("extract", inputs, "--strict", "-o", out)
    assert result.exit_code == 2
    assert "--strict: plugins failed to load ('broken'); nothing was read" in result.stderr
    assert not out.exists() and not Path(f"{out}.partial").exists()


def test_strict_without_failures_changes_nothing(inputs: Path) -> None:
    """--strict is accepted and, when no plugin fails, the output is the same as without it."""
    strict = run("extract", inputs, "--strict")
    assert strict.exit_code == 0
    assert strict.stdout == run("extract", inputs).stdout


# --- round trip --------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_extract_output_loads_back_equal_to_analyze(tmp_path: Path, fmt: str) -> None:
    """`extract` output read back by stoltlib.load equals stoltlib.analyze of the same documents."""
    records = tmp_path / "in" / "records.jsonl"
    write(
        records,
        "".join(
            json.dumps(record) + "\n"
            for record in [
                {
                    "id": "r1",
                    "text": "NATO Secretary General Jens Stoltenberg said on Tuesday: “We stand.”",
                    "published": "2019-12-03T10:00:00Z",
                    "url": "https://example.test/r1",
                    "title": "NATO",
                    "outlet": "Example News",
                    "section": "world",
                },
                {"text": ""},
            ]
        ),
    )
    out = tmp_path / f"out.{fmt}"
    result = run("extract", SEEDS, records, "--published", "2024-10-01", "--format", fmt, "-o", out)
    assert result.exit_code == 0, result.stderr
    loaded = list(stoltlib.load(out))
    expected = [
        stoltlib.analyze(document, published="2024-10-01")
        for document in stoltlib.read([SEEDS, records], errors="raise")
    ]
    assert [a.id for a in loaded] == [*SEED_NAMES, "r1", f"{records.as_posix()}#2"]
    assert len(loaded) == len(expected)
    for got, want in zip(loaded, expected, strict=True):
        assert got == want, got.id


# --- the installed command -------------------------------------------------------------------


def test_console_script_prints_the_version() -> None:
    """The installed `stoltlib --version` runs and prints the package version."""
    process = run_process("--version")
    assert process.returncode == 0, process.stderr
    assert process.stdout.strip() == f"stoltlib, version {stoltlib.__version__}"


def test_python_dash_m_stoltlib_runs_the_command_line() -> None:
    """`python -m stoltlib` is the same command line as the console script."""
    process = run_process("plugins", command=[sys.executable, "-m", "stoltlib"])
    assert process.returncode == 0, process.stderr
    names = {line.split()[0] for line in process.stdout.splitlines()[1:]}
    assert {"txt", "jsonl", "json", "record"} <= names


def test_console_script_extracts_the_seeds(tmp_path: Path) -> None:
    """`stoltlib extract seeds/ --format jsonl`, run from the repository, prints five lines."""
    process = run_process("extract", "seeds/", "--format", "jsonl", cwd=ROOT)
    assert process.returncode == 0, process.stderr
    rows = json_lines(process.stdout)
    assert [row["id"] for row in rows] == SEED_NAMES
    assert all(set(row) >= CONTRACT_KEYS for row in rows)
    assert SUMMARY.match(process.stderr.strip())
    assert process.stdout == run("extract", SEEDS, "--format", "jsonl").stdout


def test_console_script_reports_bad_inputs_and_writes_the_rest(tmp_path: Path) -> None:
    """The installed command: broken line, undecodable file, missing path named; exit 1."""
    write(tmp_path / "a.jsonl", b'{"text": "one"}\n{broken\n{"text": "three"}\n')
    write(tmp_path / "b.txt", b"caf\xe9")
    write(tmp_path / "c.txt", "fine")
    process = run_process("extract", "a.jsonl", "b.txt", "missing.txt", "c.txt", cwd=tmp_path)
    assert process.returncode == 1
    assert [row["text"] for row in json_lines(process.stdout)] == ["one", "three", "fine"]
    broken, undecodable, missing, _summary = process.stderr.splitlines()
    assert broken.startswith("stoltlib: error: a.jsonl:2: malformed JSON: ")
    assert undecodable == (
        "stoltlib: error: b.txt: not valid UTF-8 (byte 0xe9 at offset 3); "
        "convert the file to UTF-8 first"
    )
    assert missing == "stoltlib: error: missing.txt: no such file or directory"
    assert summary(process.stderr)["unreadable"] == "3"


def test_console_script_reads_stdin_and_writes_a_file(tmp_path: Path) -> None:
    """The installed command reads JSONL from stdin and writes -o FILE without leftovers."""
    process = run_process(
        "extract",
        "-",
        "-o",
        "out.jsonl",
        "--no-text",
        cwd=tmp_path,
        input=b'{"id": "x", "text": "From a pipe."}\n',
    )
    assert process.returncode == 0, process.stderr
    assert process.stdout == ""
    (row,) = json_lines((tmp_path / "out.jsonl").read_text("utf-8"))
    assert row["id"] == "x"
    assert "text" not in row
    assert sorted(os.listdir(tmp_path)) == ["out.jsonl"]


def test_console_script_bad_published_exits_2(tmp_path: Path) -> None:
    """The installed command exits 2 for a usage error, with click's usage message."""
    process = run_process("extract", SEEDS, "--published", "last week")
    assert process.returncode == 2
    assert process.stdout == ""
    assert "Invalid value for '--published'" in process.stderr


def test_main_called_from_a_program_gives_its_collector_back(tmp_path: Path) -> None:
    """An in-process run settles the garbage collector for analysing (frozen start-up, a rarer
    full collection); the program that called main() gets it back as it was."""
    import gc

    source = tmp_path / "story.txt"
    source.write_text("BRUSSELS - NATO said on Monday that talks would resume.", encoding="utf-8")
    thresholds, frozen = gc.get_threshold(), gc.get_freeze_count()
    argv = ["extract", "-q", "--jobs", "1", "--disable", "dates", "-o", str(tmp_path / "out")]
    with pytest.raises(SystemExit) as exited:
        cli_module.main([*argv, str(source)])
    assert exited.value.code in (0, None)
    assert (tmp_path / "out").read_text(encoding="utf-8").count("\n") == 1
    assert gc.get_threshold() == thresholds
    if not frozen:
        assert gc.get_freeze_count() == 0
    assert cli_module._whole_process is False
