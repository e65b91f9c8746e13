"""The built-in readers (txt, jsonl, json, record) and the core that walks the input arguments.

Everything here reads through a pipeline over the built-in plugins only, so an installed
third-party reader cannot change what is read.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import stoltlib
from stoltlib import Document, ReadError
from stoltlib.pipeline import Pipeline, ReadWarning
from stoltlib.readers import json_list, jsonl, text

# --- helpers ---------------------------------------------------------------------------------


def read_all(
    pipeline: Pipeline,
    paths: list[Any],
    *,
    stdin: bytes | None = None,
    input_format: str | None = None,
) -> list[Document | ReadError]:
    """Every document and read error, in order, for ``paths``."""
    reader = pipeline.reader(input_format=input_format)
    stream = io.BytesIO(stdin) if stdin is not None else None
    return list(reader.read(paths, stream))


def documents(items: list[Document | ReadError]) -> list[Document]:
    return [item for item in items if isinstance(item, Document)]


def errors(items: list[Document | ReadError]) -> list[ReadError]:
    return [item for item in items if isinstance(item, ReadError)]


def write(path: Path, content: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def jsonl_bytes(*records: Any) -> bytes:
    return "".join(json.dumps(record) + "\n" for record in records).encode("utf-8")


# --- .txt ------------------------------------------------------------------------------------


def test_txt_is_read_as_utf8(tmp_path: Path, pipeline: Pipeline) -> None:
    """A .txt file is one document holding the decoded UTF-8 text, non-ASCII included."""
    write(tmp_path / "a.txt", "Jens Stoltenberg – «NATO» sagte: “Ja.” ÆØÅ 😀\n")
    (doc,) = read_all(pipeline, [tmp_path / "a.txt"])
    assert isinstance(doc, Document)
    assert doc.text == "Jens Stoltenberg – «NATO» sagte: “Ja.” ÆØÅ 😀\n"
    assert (doc.published, doc.url, doc.title, doc.outlet, dict(doc.meta)) == (
        None,
        None,
        None,
        None,
        {},
    )


def test_txt_drops_a_leading_bom(tmp_path: Path, pipeline: Pipeline) -> None:
    """A UTF-8 BOM at the start is dropped, so offsets count from the first real character."""
    write(tmp_path / "bom.txt", b"\xef\xbb\xbfHello")
    (doc,) = read_all(pipeline, [tmp_path / "bom.txt"])
    assert isinstance(doc, Document)
    assert doc.text == "Hello"


def test_txt_keeps_crlf_and_cr_line_endings_exactly(tmp_path: Path, pipeline: Pipeline) -> None:
    """Line endings are kept as they are (CRLF, CR, LF), never normalised."""
    write(tmp_path / "crlf.txt", b"one\r\ntwo\rthree\n\r\n")
    (doc,) = read_all(pipeline, [tmp_path / "crlf.txt"])
    assert isinstance(doc, Document)
    assert doc.text == "one\r\ntwo\rthree\n\r\n"


@given(article=st.text())
def test_any_text_reads_back_exactly(pipeline: Pipeline, article: str) -> None:
    """Whatever UTF-8 text is read, the document's text is that text (a leading BOM dropped)."""
    (doc,) = read_all(pipeline, ["-"], stdin=article.encode("utf-8"), input_format="txt")
    assert isinstance(doc, Document)
    assert doc.text == article.removeprefix("\ufeff")


def test_txt_id_is_the_path_relative_to_the_directory_argument(
    tmp_path: Path, pipeline: Pipeline
) -> None:
    """Files found in a directory get their path relative to that directory, with / separators."""
    write(tmp_path / "corpus" / "a.txt", "A")
    write(tmp_path / "corpus" / "2024" / "10" / "b.txt", "B")
    items = read_all(pipeline, [tmp_path / "corpus"])
    assert [doc.id for doc in documents(items)] == ["2024/10/b.txt", "a.txt"]


def test_explicitly_named_file_id_is_the_path_as_given(
    tmp_path: Path, pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file named explicitly gets its path as given: relative or absolute."""
    write(tmp_path / "sub" / "a.txt", "A")
    monkeypatch.chdir(tmp_path)
    absolute = (tmp_path / "sub" / "a.txt").as_posix()
    items = read_all(pipeline, ["sub/a.txt", absolute])
    assert [doc.id for doc in documents(items)] == ["sub/a.txt", absolute]


def test_txt_reads_stdin_with_input_format_txt(pipeline: Pipeline) -> None:
    """With input_format="txt", standard input is one plain-text document with id "<stdin>"."""
    (doc,) = read_all(pipeline, ["-"], stdin=b"\xef\xbb\xbfplain\r\ntext", input_format="txt")
    assert isinstance(doc, Document)
    assert (doc.id, doc.text) == ("<stdin>", "plain\r\ntext")


def test_input_format_forces_the_reader_of_a_named_file(tmp_path: Path, pipeline: Pipeline) -> None:
    """input_format makes a named file of any suffix readable in that format."""
    write(tmp_path / "notes.md", "# Notes")
    (doc,) = read_all(pipeline, [tmp_path / "notes.md"], input_format="txt")
    assert isinstance(doc, Document)
    assert doc.text == "# Notes"


def test_suffixes_are_matched_case_insensitively(tmp_path: Path, pipeline: Pipeline) -> None:
    """.TXT and .JSONL are read like .txt and .jsonl."""
    write(tmp_path / "A.TXT", "upper")
    write(tmp_path / "B.JSONL", jsonl_bytes({"id": "b", "text": "record"}))
    items = read_all(pipeline, [tmp_path])
    assert [(doc.id, doc.text) for doc in documents(items)] == [("A.TXT", "upper"), ("b", "record")]
    assert errors(items) == []


# --- directories -----------------------------------------------------------------------------


def test_directories_are_read_recursively_in_sorted_path_order(
    tmp_path: Path, pipeline: Pipeline
) -> None:
    """A directory is walked recursively, in path order, name by name, subdirectories in place."""
    for name in ["d.txt", "b/c.txt", "a.txt", "b/a/z.txt", "b/b.txt", "c/x/y.txt", "ab.txt"]:
        write(tmp_path / name, name)
    items = read_all(pipeline, [tmp_path])
    assert errors(items) == []
    assert [doc.id for doc in documents(items)] == [
        "a.txt",
        "ab.txt",
        "b/a/z.txt",
        "b/b.txt",
        "b/c.txt",
        "c/x/y.txt",
        "d.txt",
    ]
    assert all(doc.text == doc.id for doc in documents(items))


def test_arguments_are_read_in_the_order_given(tmp_path: Path, pipeline: Pipeline) -> None:
    """Several arguments are read one after the other, in the order given, not sorted."""
    write(tmp_path / "z.txt", "Z")
    write(tmp_path / "dir" / "m.txt", "M")
    write(tmp_path / "a.txt", "A")
    items = read_all(pipeline, [tmp_path / "z.txt", tmp_path / "dir", tmp_path / "a.txt"])
    assert [doc.text for doc in documents(items)] == ["Z", "M", "A"]


def test_hidden_files_and_directories_are_skipped(tmp_path: Path, pipeline: Pipeline) -> None:
    """Names starting with a dot are passed over in directories, at any depth."""
    write(tmp_path / "visible.txt", "yes")
    write(tmp_path / ".hidden.txt", "no")
    write(tmp_path / ".git" / "notes.txt", "no")
    write(tmp_path / "sub" / ".cache" / "x.jsonl", jsonl_bytes({"text": "no"}))
    write(tmp_path / "sub" / "seen.txt", "yes")
    items = read_all(pipeline, [tmp_path])
    assert [doc.id for doc in documents(items)] == ["sub/seen.txt", "visible.txt"]


def test_a_hidden_directory_named_as_argument_is_read(tmp_path: Path, pipeline: Pipeline) -> None:
    """Only entries below the argument are checked for dots; the argument itself is honoured."""
    write(tmp_path / ".data" / "a.txt", "A")
    write(tmp_path / ".note.txt", "N")
    items = read_all(pipeline, [tmp_path / ".data", tmp_path / ".note.txt"])
    assert [doc.text for doc in documents(items)] == ["A", "N"]


def test_unknown_suffixes_in_directories_are_skipped_silently(
    tmp_path: Path, pipeline: Pipeline
) -> None:
    """Files no reader takes are no error inside a directory; the reader lists them as skipped."""
    write(tmp_path / "a.txt", "A")
    write(tmp_path / "image.png", b"\x89PNG\r\n")
    write(tmp_path / "README", "no suffix")
    reader = pipeline.reader()
    items = list(reader.read([tmp_path]))
    assert [doc.id for doc in documents(items)] == ["a.txt"]
    assert errors(items) == []
    assert reader.skipped == [str(tmp_path / "README"), str(tmp_path / "image.png")]


def test_an_explicitly_named_unknown_file_is_an_error(tmp_path: Path, pipeline: Pipeline) -> None:
    """A file named explicitly that no reader takes is a read error naming it; the rest is read."""
    write(tmp_path / "image.png", b"\x89PNG\r\n")
    write(tmp_path / "a.txt", "A")
    items = read_all(pipeline, [tmp_path / "image.png", tmp_path / "a.txt"])
    assert [type(item) for item in items] == [ReadError, Document]
    assert items[0] == ReadError(
        str(tmp_path / "image.png"),
        "no installed reader accepts this kind of file "
        "(try --input-format, or see `stoltlib plugins`)",
    )


def test_an_empty_directory_gives_nothing(tmp_path: Path, pipeline: Pipeline) -> None:
    """An empty directory is read without documents and without errors."""
    (tmp_path / "empty").mkdir()
    assert read_all(pipeline, [tmp_path / "empty"]) == []


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_links_to_directories_are_not_followed(tmp_path: Path, pipeline: Pipeline) -> None:
    """A link to a directory is not walked into, so a link loop cannot make the walk endless."""
    write(tmp_path / "real" / "a.txt", "A")
    try:
        (tmp_path / "real" / "loop").symlink_to(tmp_path / "real", target_is_directory=True)
    except OSError:  # pragma: no cover - e.g. Windows without the privilege
        pytest.skip("cannot create symbolic links here")
    items = read_all(pipeline, [tmp_path / "real"])
    assert [doc.id for doc in documents(items)] == ["a.txt"]
    assert errors(items) == []


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_a_file_that_cannot_be_opened_is_an_error_naming_it(
    tmp_path: Path, pipeline: Pipeline
) -> None:
    """A file in a directory that cannot be opened (a dangling link) is named; the rest is read."""
    write(tmp_path / "a.txt", "A")
    try:
        (tmp_path / "b.txt").symlink_to(tmp_path / "gone.txt")
    except OSError:  # pragma: no cover
        pytest.skip("cannot create symbolic links here")
    write(tmp_path / "c.txt", "C")
    items = read_all(pipeline, [tmp_path])
    assert [doc.text for doc in documents(items)] == ["A", "C"]
    (error,) = errors(items)
    assert error.location == str(tmp_path / "b.txt")
    assert "No such file" in error.message


# --- .jsonl / .jsonl.gz / stdin ---------------------------------------------------------------


def test_jsonl_records_become_documents(tmp_path: Path, pipeline: Pipeline) -> None:
    """Each JSONL line is a document with the record's id, text, published, url, title, outlet."""
    write(
        tmp_path / "news.jsonl",
        jsonl_bytes(
            {
                "id": "n1",
                "text": "First.",
                "published": "2024-10-01",
                "url": "https://x.test/1",
                "title": "One",
                "outlet": "Sputnik Africa",
            },
            {"id": 7, "text": "Second."},
        ),
    )
    items = read_all(pipeline, [tmp_path / "news.jsonl"])
    assert items == [
        Document(
            id="n1",
            text="First.",
            published="2024-10-01",
            url="https://x.test/1",
            title="One",
            outlet="Sputnik Africa",
        ),
        Document(id="7", text="Second."),
    ]


def test_jsonl_record_without_id_gets_path_and_line(tmp_path: Path, pipeline: Pipeline) -> None:
    """A record without "id" gets "path#line", the path as for a .txt file and lines from 1."""
    write(tmp_path / "dir" / "news.jsonl", jsonl_bytes({"text": "a"}, {"id": None, "text": "b"}))
    by_dir = read_all(pipeline, [tmp_path / "dir"])
    by_name = read_all(pipeline, [(tmp_path / "dir" / "news.jsonl").as_posix()])
    assert [doc.id for doc in documents(by_dir)] == ["news.jsonl#1", "news.jsonl#2"]
    path = (tmp_path / "dir" / "news.jsonl").as_posix()
    assert [doc.id for doc in documents(by_name)] == [f"{path}#1", f"{path}#2"]


def test_blank_jsonl_lines_are_skipped_and_still_counted(
    tmp_path: Path, pipeline: Pipeline
) -> None:
    """Blank and whitespace-only lines are no records, but line numbers still count them."""
    write(tmp_path / "gaps.jsonl", b'\n{"text": "a"}\n   \n\t\r\n{"text": "b"}\n\n')
    items = read_all(pipeline, [tmp_path / "gaps.jsonl"])
    assert errors(items) == []
    assert [(doc.id.rsplit("#")[-1], doc.text) for doc in documents(items)] == [
        ("2", "a"),
        ("5", "b"),
    ]


def test_jsonl_with_crlf_line_endings_and_a_bom_is_read(tmp_path: Path, pipeline: Pipeline) -> None:
    """JSONL written on Windows (a BOM, CRLF endings) reads; the text inside keeps its escapes."""
    write(tmp_path / "win.jsonl", b'\xef\xbb\xbf{"text": "a\\r\\nb"}\r\n{"text": "c"}\r\n')
    items = read_all(pipeline, [tmp_path / "win.jsonl"])
    assert [doc.text for doc in documents(items)] == ["a\r\nb", "c"]
    assert errors(items) == []


def test_extra_record_keys_go_to_meta(tmp_path: Path, pipeline: Pipeline) -> None:
    """Keys beyond the known ones are kept in Document.meta, merged with a "meta" object."""
    write(
        tmp_path / "m.jsonl",
        jsonl_bytes(
            {"text": "t", "lang": "en", "tags": ["nato"], "meta": {"source": "crawl", "lang": "x"}},
            {"text": "u", "meta": "not an object"},
        ),
    )
    first, second = read_all(pipeline, [tmp_path / "m.jsonl"])
    assert isinstance(first, Document) and isinstance(second, Document)
    assert dict(first.meta) == {"source": "crawl", "lang": "en", "tags": ["nato"]}
    assert dict(second.meta) == {"meta": "not an object"}


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("2024-10-01", "2024-10-01"),
        (" 2024-10-01 ", "2024-10-01"),
        ("2024-10-01T09:30:00+02:00", "2024-10-01T09:30:00+02:00"),
        ("2024-10-01T09:30:00Z", "2024-10-01T09:30:00+00:00"),
        (None, None),
    ],
)
def test_record_published_is_normalised(
    tmp_path: Path, pipeline: Pipeline, given: str | None, expected: str | None
) -> None:
    """A record's "published" is normalised to ISO 8601 (dates stay dates, Z becomes +00:00)."""
    write(tmp_path / "p.jsonl", jsonl_bytes({"text": "t", "published": given}))
    (doc,) = read_all(pipeline, [tmp_path / "p.jsonl"])
    assert isinstance(doc, Document)
    assert doc.published == expected


def test_jsonl_gz_is_read(tmp_path: Path, pipeline: Pipeline) -> None:
    """A gzipped JSONL file reads like the plain one, ids from the .jsonl.gz path."""
    write(tmp_path / "news.jsonl.gz", gzip.compress(jsonl_bytes({"text": "a"}, {"text": "b"})))
    items = read_all(pipeline, [tmp_path])
    assert [(doc.id, doc.text) for doc in documents(items)] == [
        ("news.jsonl.gz#1", "a"),
        ("news.jsonl.gz#2", "b"),
    ]
    assert errors(items) == []


def test_stdin_is_jsonl_by_default(pipeline: Pipeline) -> None:
    """ "-" reads JSONL from standard input; records without an id get "<stdin>#line"."""
    items = read_all(pipeline, ["-"], stdin=jsonl_bytes({"text": "a"}, {"id": "x", "text": "b"}))
    assert [(doc.id, doc.text) for doc in documents(items)] == [("<stdin>#1", "a"), ("x", "b")]


def test_stdin_errors_name_stdin_and_the_line(pipeline: Pipeline) -> None:
    """A bad line on standard input is reported as "<stdin>:LINE"; the other lines are read."""
    items = read_all(pipeline, ["-"], stdin=b'{"text": "a"}\n{oops\n{"text": "c"}\n')
    assert [doc.text for doc in documents(items)] == ["a", "c"]
    assert [error.location for error in errors(items)] == ["<stdin>:2"]


def test_stoltlib_read_takes_stdin_from_sys_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    """stoltlib.read("-") reads the process's standard input as JSONL."""
    data = jsonl_bytes({"id": "s", "text": "from stdin"})
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert [(doc.id, doc.text) for doc in stoltlib.read("-", errors="raise")] == [
        ("s", "from stdin")
    ]


# --- .json -----------------------------------------------------------------------------------


def test_json_single_object_is_one_document(tmp_path: Path, pipeline: Pipeline) -> None:
    """A .json file holding one object is one document; without "id" it gets the file's path."""
    write(tmp_path / "one.json", json.dumps({"text": "single", "outlet": "NTB", "x": 1}))
    items = read_all(pipeline, [tmp_path])
    assert items == [Document(id="one.json", text="single", outlet="NTB", meta={"x": 1})]


def test_json_list_of_objects_is_one_document_each(tmp_path: Path, pipeline: Pipeline) -> None:
    """A .json list of records gives one document per record; ids default to "path#index"."""
    write(
        tmp_path / "list.json",
        json.dumps([{"text": "a"}, {"id": "B", "text": "b", "published": "2020-06-08"}], indent=2),
    )
    items = read_all(pipeline, [tmp_path])
    assert items == [
        Document(id="list.json#1", text="a"),
        Document(id="B", text="b", published="2020-06-08"),
    ]


def test_an_empty_json_list_gives_nothing(tmp_path: Path, pipeline: Pipeline) -> None:
    """A .json holding [] has no documents and is no error."""
    write(tmp_path / "none.json", "[]")
    assert read_all(pipeline, [tmp_path / "none.json"]) == []


def test_stdin_reads_json_with_input_format_json(pipeline: Pipeline) -> None:
    """With input_format="json", standard input is read as one JSON value."""
    items = read_all(pipeline, ["-"], stdin=b'[{"text": "a"}, {"text": "b"}]', input_format="json")
    assert [(doc.id, doc.text) for doc in documents(items)] == [
        ("<stdin>#1", "a"),
        ("<stdin>#2", "b"),
    ]


# --- malformed input: one test per reader and failure -----------------------------------------


def test_undecodable_txt_is_an_error_naming_the_file(tmp_path: Path, pipeline: Pipeline) -> None:
    """Invalid UTF-8 in a .txt is a read error naming the file and byte; no text is made up."""
    write(tmp_path / "a.txt", "A")
    write(tmp_path / "latin1.txt", "Søren".encode("latin-1"))
    write(tmp_path / "c.txt", "C")
    items = read_all(pipeline, [tmp_path])
    assert [doc.id for doc in documents(items)] == ["a.txt", "c.txt"]
    (error,) = errors(items)
    assert error.location == str(tmp_path / "latin1.txt")
    assert "not valid UTF-8" in error.message
    assert "0xf8 at offset 1" in error.message
    assert str(tmp_path / "latin1.txt") in str(error)


def test_undecodable_stdin_text_is_an_error(pipeline: Pipeline) -> None:
    """Invalid UTF-8 on standard input read as text is an error naming "<stdin>"."""
    (error,) = read_all(pipeline, ["-"], stdin=b"ok \xff", input_format="txt")
    assert isinstance(error, ReadError)
    assert error.location == "<stdin>"
    assert "not valid UTF-8" in error.message


def test_malformed_json_line_names_file_and_line(tmp_path: Path, pipeline: Pipeline) -> None:
    """A malformed JSONL line is an error naming file:line; the lines around it are still read."""
    path = write(
        tmp_path / "news.jsonl",
        b'{"text": "a"}\n{"text": "b",\n{"text": "c"}\n{"text": "d"} trailing\n',
    )
    items = read_all(pipeline, [path])
    assert [doc.text for doc in documents(items)] == ["a", "c"]
    assert [error.location for error in errors(items)] == [f"{path}:2", f"{path}:4"]
    assert all(error.message.startswith("malformed JSON: ") for error in errors(items))
    assert f"{path}:2: malformed JSON" in str(errors(items)[0])


def test_undecodable_jsonl_line_costs_only_that_line(tmp_path: Path, pipeline: Pipeline) -> None:
    """Invalid UTF-8 on one JSONL line is an error for that line; the others are read."""
    path = write(tmp_path / "news.jsonl", b'{"text": "a"}\n{"text": "\xff"}\n{"text": "c"}\n')
    items = read_all(pipeline, [path])
    assert [doc.text for doc in documents(items)] == ["a", "c"]
    (error,) = errors(items)
    assert error.location == f"{path}:2"
    assert "not valid UTF-8" in error.message


def test_a_html_record_without_the_html_reader_gets_a_hint(tmp_path: Path) -> None:
    """With the HTML reader disabled, a record of HTML only says which reader it needs."""
    pipeline = Pipeline(
        stoltlib.get_plugin_manager(builtins_only=True, environ={}, disable=["html"])
    )
    path = write(tmp_path / "news.jsonl", jsonl_bytes({"html": "<p>hi</p>"}))
    (error,) = read_all(pipeline, [path])
    assert isinstance(error, ReadError)
    assert error.message == "record has no 'text' (records with 'html' need the HTML reader)"


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ({"id": "x"}, "record has no 'text'"),
        ({"text": None}, "record has no 'text'"),
        ({"text": 5}, "'text' must be a string, got int"),
        ({"text": ["a", "b"]}, "'text' must be a string, got list"),
        ({"text": {"body": "a"}}, "'text' must be a string, got dict"),
        (["text", "a"], "a record must be a JSON object, got list"),
        (42, "a record must be a JSON object, got int"),
        ("just a string", "a record must be a JSON object, got str"),
        (True, "a record must be a JSON object, got bool"),
        (None, "a record must be a JSON object, got null"),
        (
            {"text": "t", "published": "yesterday"},
            "published must be an ISO 8601 date or datetime (e.g. 2024-10-01), got 'yesterday'",
        ),
        (
            {"text": "t", "published": "2024-13-45"},
            "published must be an ISO 8601 date or datetime (e.g. 2024-10-01), got '2024-13-45'",
        ),
        ({"text": "t", "published": 20241001}, "published must be an ISO date string"),
        ({"text": "t", "id": ["a"]}, "'id' must be a string or number, got list"),
        ({"text": "t", "url": 3}, "'url' must be a string, got int"),
        ({"text": "t", "title": ["x"]}, "'title' must be a string, got list"),
        ({"text": "t", "outlet": {}}, "'outlet' must be a string, got dict"),
    ],
)
def test_a_bad_jsonl_record_is_an_error_naming_file_and_line(
    tmp_path: Path, pipeline: Pipeline, record: Any, message: str
) -> None:
    """A record that is not a valid document is an error naming file:line; the others are read."""
    path = write(tmp_path / "news.jsonl", jsonl_bytes({"text": "a"}, record, {"text": "c"}))
    items = read_all(pipeline, [path])
    assert [doc.text for doc in documents(items)] == ["a", "c"]
    (error,) = errors(items)
    assert error.location == f"{path}:2"
    assert error.message.startswith(message)


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ({"id": "x"}, "record has no 'text'"),
        ({"text": 5}, "'text' must be a string, got int"),
        (3, "a record must be a JSON object, got int"),
        (None, "a record must be a JSON object, got null"),
        ({"text": "t", "published": "soon"}, "published must be an ISO 8601 date"),
    ],
)
def test_a_bad_record_in_a_json_list_is_an_error_naming_it(
    tmp_path: Path, pipeline: Pipeline, record: Any, message: str
) -> None:
    """A bad record in a .json list is an error naming the file and record; the others are read."""
    path = write(tmp_path / "list.json", json.dumps([{"text": "a"}, record, {"text": "c"}]))
    items = read_all(pipeline, [path])
    assert [doc.text for doc in documents(items)] == ["a", "c"]
    (error,) = errors(items)
    assert error.location == f"{path}, record 2"
    assert error.message.startswith(message)


def test_a_bad_single_json_record_is_an_error_naming_the_file(
    tmp_path: Path, pipeline: Pipeline
) -> None:
    """A .json holding one object without "text" is an error naming the file."""
    path = write(tmp_path / "one.json", '{"title": "no text"}')
    (error,) = read_all(pipeline, [path])
    assert error == ReadError(str(path), "record has no 'text'")


def test_a_truncated_jsonl_gz_keeps_the_lines_before_the_cut(
    tmp_path: Path, pipeline: Pipeline
) -> None:
    """A .jsonl.gz cut short gives the lines before the cut and an error naming where it broke."""
    lines = [{"id": f"r{n}", "text": f"record {n} " + "x" * 200} for n in range(2000)]
    data = gzip.compress(jsonl_bytes(*lines))
    path = write(tmp_path / "cut.jsonl.gz", data[: len(data) // 2])
    items = read_all(pipeline, [path, write(tmp_path / "after.txt", "after")])
    docs = documents(items)
    assert docs[-1].text == "after"
    read_ids = [doc.id for doc in docs[:-1]]
    assert 0 < len(read_ids) < len(lines)
    assert read_ids == [f"r{n}" for n in range(len(read_ids))]
    (error,) = errors(items)
    assert error.location == f"{path}:{len(read_ids) + 1}"
    assert error.message.startswith("cannot read further: ")


@pytest.mark.parametrize(
    "content",
    [b"this is not gzip at all", gzip.compress(b'{"text": "a"}\n')[:12]],
    ids=["not-gzip", "header-only"],
)
def test_a_corrupt_jsonl_gz_is_an_error_naming_the_file(
    tmp_path: Path, pipeline: Pipeline, content: bytes
) -> None:
    """A .jsonl.gz that is not gzip (or is cut in its header) is an error naming the file."""
    path = write(tmp_path / "bad.jsonl.gz", content)
    items = read_all(pipeline, [path, write(tmp_path / "ok.txt", "ok")])
    assert [type(item) for item in items] == [ReadError, Document]
    assert items[0].location == f"{path}:1"
    assert "cannot read further" in items[0].message


@pytest.mark.parametrize(
    ("content", "location", "message"),
    [
        ('{"text": "a"', ":1", "malformed JSON: "),
        ('[\n  {"text": "a"},\n  {"text": }\n]', ":3", "malformed JSON: Expecting value"),
        ("", ":1", "malformed JSON: Expecting value"),
        ('{"text": "a"} {"text": "b"}', ":1", "malformed JSON: Extra data"),
    ],
    ids=["unclosed", "bad-value-on-line-3", "empty", "two-values"],
)
def test_malformed_json_is_an_error_naming_file_and_line(
    tmp_path: Path, pipeline: Pipeline, content: str, location: str, message: str
) -> None:
    """A malformed .json file is one error naming the file and the line where parsing failed."""
    path = write(tmp_path / "bad.json", content)
    items = read_all(pipeline, [path, write(tmp_path / "ok.txt", "ok")])
    assert [type(item) for item in items] == [ReadError, Document]
    assert items[0].location == f"{path}{location}"
    assert items[0].message.startswith(message)


@pytest.mark.parametrize(
    ("content", "kind"), [("42", "int"), ('"text"', "str"), ("null", "NoneType"), ("1.5", "float")]
)
def test_a_json_file_that_is_not_records_is_an_error(
    tmp_path: Path, pipeline: Pipeline, content: str, kind: str
) -> None:
    """A .json holding a number, string or null is an error naming the file and what it held."""
    path = write(tmp_path / "value.json", content)
    (error,) = read_all(pipeline, [path])
    assert error == ReadError(str(path), f"expected a record object or a list of them, got {kind}")


def test_undecodable_json_is_an_error_naming_the_file(tmp_path: Path, pipeline: Pipeline) -> None:
    """A .json file with invalid UTF-8 is an error naming the file, not a silent replacement."""
    path = write(tmp_path / "latin.json", '{"text": "Søren"}'.encode("latin-1"))
    (error,) = read_all(pipeline, [path])
    assert isinstance(error, ReadError)
    assert error.location == str(path)
    assert "not valid UTF-8" in error.message


def test_a_missing_path_is_an_error_and_the_rest_is_read(
    tmp_path: Path, pipeline: Pipeline
) -> None:
    """A path that does not exist is an error naming it, in its place; later paths are read."""
    missing = str(tmp_path / "nope.txt")
    items = read_all(pipeline, [write(tmp_path / "a.txt", "A"), missing, tmp_path / "a.txt"])
    assert [type(item) for item in items] == [Document, ReadError, Document]
    assert items[1] == ReadError(missing, "no such file or directory")


# --- empty input -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("empty.txt", b""),
        ("bom-only.txt", b"\xef\xbb\xbf"),
        ("blank.txt", b" \r\n\t\n"),
        ("empty-record.jsonl", b'{"id": "e", "text": ""}\n'),
        ("empty-record.json", b'{"id": "e", "text": "   "}'),
    ],
)
def test_an_empty_document_gives_a_warning_and_an_empty_analysis(
    tmp_path: Path, pipeline: Pipeline, name: str, content: bytes
) -> None:
    """An empty file or record is read (no error) and analysed to nothing, with a warning."""
    path = write(tmp_path / name, content)
    (analysis,) = list(pipeline.extract([path]))
    assert isinstance(analysis, stoltlib.Analysis)
    assert [(w.plugin, w.stage, w.type) for w in analysis.warnings] == [
        ("stoltlib", "read", "empty-document")
    ]
    assert analysis.id in analysis.warnings[0].message
    assert analysis.facts() == ()
    assert analysis.metadata == stoltlib.Metadata()
    assert analysis.errors == ()


def test_an_empty_jsonl_file_has_no_documents_and_no_errors(
    tmp_path: Path, pipeline: Pipeline
) -> None:
    """A .jsonl (or .jsonl.gz) with no lines or only blank ones holds no records: not an error."""
    write(tmp_path / "empty.jsonl", b"")
    write(tmp_path / "blank.jsonl", b"\n\n  \n")
    write(tmp_path / "empty.jsonl.gz", b"")  # an empty file is a valid, empty gzip stream
    write(tmp_path / "blank.jsonl.gz", gzip.compress(b"\n"))
    assert read_all(pipeline, [tmp_path]) == []


# --- stoltlib.read ---------------------------------------------------------------------------


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    """A directory with two good documents and one unreadable line between them."""
    write(tmp_path / "a.txt", "A")
    write(tmp_path / "b.jsonl", b'{"text": "B"}\n{broken\n')
    return tmp_path


def test_stoltlib_read_warns_about_bad_input_and_reads_the_rest(
    mixed: Path, builtin_manager: stoltlib.PluginManager
) -> None:
    """stoltlib.read warns (ReadWarning, naming file:line) by default and yields the rest."""
    with pytest.warns(ReadWarning, match=r"b\.jsonl:2: malformed JSON"):
        docs = list(stoltlib.read(mixed, plugins=builtin_manager))
    assert [doc.text for doc in docs] == ["A", "B"]


def test_stoltlib_read_raises_with_errors_raise(
    mixed: Path, builtin_manager: stoltlib.PluginManager
) -> None:
    """errors="raise" raises the ReadError, after yielding what came before it."""
    stream = stoltlib.read([mixed], plugins=builtin_manager, errors="raise")
    assert [next(stream).text, next(stream).text] == ["A", "B"]
    with pytest.raises(ReadError) as caught:
        next(stream)
    assert caught.value.location == str(mixed / "b.jsonl") + ":2"


def test_stoltlib_read_ignores_with_errors_ignore(
    mixed: Path, builtin_manager: stoltlib.PluginManager, recwarn: pytest.WarningsRecorder
) -> None:
    """errors="ignore" skips what cannot be read, silently."""
    docs = list(stoltlib.read(str(mixed), plugins=builtin_manager, errors="ignore"))
    assert [doc.text for doc in docs] == ["A", "B"]
    assert [w for w in recwarn if issubclass(w.category, ReadWarning)] == []


def test_stoltlib_read_rejects_an_unknown_errors_mode(tmp_path: Path) -> None:
    """An unknown errors= value is a ValueError, not a silent default."""
    with pytest.raises(ValueError, match="errors must be"):
        list(stoltlib.read(tmp_path, errors="skip"))  # type: ignore[arg-type]


def test_stoltlib_read_uses_the_default_readers(tmp_path: Path) -> None:
    """Without plugins=, stoltlib.read reads through the installed plugins (built-ins included)."""
    write(tmp_path / "a.txt", "A")
    write(tmp_path / "b.json", '{"text": "B"}')
    assert [(d.id, d.text) for d in stoltlib.read(tmp_path)] == [("a.txt", "A"), ("b.json", "B")]


def test_disabled_reader_leaves_its_files_unread(
    tmp_path: Path, recwarn: pytest.WarningsRecorder
) -> None:
    """With the txt reader blocked, .txt files in directories are skipped and named ones fail."""
    write(tmp_path / "d" / "a.txt", "A")
    write(tmp_path / "d" / "b.jsonl", jsonl_bytes({"text": "B"}))
    pipeline = Pipeline(stoltlib.get_plugin_manager(disable=["txt"], environ={}))
    reader = pipeline.reader()
    items = list(reader.read([tmp_path / "d", tmp_path / "d" / "a.txt"]))
    assert [doc.text for doc in documents(items)] == ["B"]
    assert [error.location for error in errors(items)] == [str(tmp_path / "d" / "a.txt")]
    assert reader.skipped == [str(tmp_path / "d" / "a.txt")]


# --- resources -------------------------------------------------------------------------------


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Any]]:
    """Every file handle the file readers open, to check that each is closed again."""
    handles: list[Any] = []
    for module in (text, jsonl, json_list):
        original = module.open_binary

        def tracking(source: stoltlib.Source, _original: Any = original) -> Any:
            handle = _original(source)
            handles.append(handle)
            return handle

        monkeypatch.setattr(module, "open_binary", tracking)
    yield handles


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("a.txt", b"A"),
        ("a.txt", b"\xff"),
        ("a.jsonl", b'{"text": "A"}\n{bad\n'),
        ("a.jsonl.gz", gzip.compress(b'{"text": "A"}\n')),
        ("a.jsonl.gz", gzip.compress(b'{"text": "A"}\n' * 500)[:200]),
        ("a.json", b'[{"text": "A"}]'),
        ("a.json", b"[{"),
    ],
    ids=["txt", "txt-undecodable", "jsonl", "jsonl-gz", "jsonl-gz-truncated", "json", "json-bad"],
)
def test_readers_close_the_files_they_open(
    tmp_path: Path, pipeline: Pipeline, opened: list[Any], name: str, content: bytes
) -> None:
    """Each reader closes its file once read, whether or not reading succeeded."""
    read_all(pipeline, [write(tmp_path / name, content)])
    assert len(opened) == 1
    assert opened[0].closed


def test_reading_stdin_leaves_stdin_open(pipeline: Pipeline) -> None:
    """Reading "-" does not close standard input (it is not the reader's to close)."""
    stream = io.BytesIO(b'{"text": "a"}\n')
    items = list(pipeline.reader().read(["-"], stream))
    assert len(documents(items)) == 1
    assert not stream.closed
