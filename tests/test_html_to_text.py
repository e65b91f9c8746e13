"""The metadata benchmark's HTML -> plain text converter (benchmarks/html_to_text.py).

The converter is part of the benchmark, not of the package, so it is loaded from its file; the
tests skip where the benchmarks folder is absent (an sdist, for one).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given
from hypothesis import strategies as st

CONVERTER = Path(__file__).resolve().parent.parent / "benchmarks" / "html_to_text.py"


@pytest.fixture(scope="module")
def converter() -> ModuleType:
    if not CONVERTER.exists():
        pytest.skip(f"{CONVERTER} is not here")
    spec = importlib.util.spec_from_file_location("benchmark_html_to_text", CONVERTER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


PAGE = """<!doctype html>
<html><head><title>Big news | The Outlet</title>
<meta charset="utf-8"><style>body { color: red }</style>
<script>var x = "<p>not text</p>";</script></head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<noscript><p>Enable JavaScript</p></noscript>
<template><p>A template</p></template>
<article><h1>Big   news</h1>
<p class="byline">By <a href="/jane">Jane Doe</a></p>
<figure><img src="a.jpg" alt="A photo of the thing">
<figcaption>The thing. AP Photo</figcaption></figure>
<p>First paragraph, with
a line break in the source &amp; an entity.</p>
<p>Second<br>line<br><br>after a blank.</p>
<div hidden>Share this article</div>
</article>
<table><tr><td>a</td><td>b</td></tr></table>
</body></html>
"""


def test_blocks_become_lines_and_nothing_visible_is_removed(converter: ModuleType) -> None:
    """Title, navigation, byline, caption, alt text and hidden widgets all stay, one per line."""
    assert converter.html_to_text(PAGE) == (
        "Big news | The Outlet\n"
        "\n"
        "Home\n"
        "World\n"
        "\n"
        "Big news\n"
        "\n"
        "By Jane Doe\n"
        "\n"
        "A photo of the thing\n"
        "The thing. AP Photo\n"
        "\n"
        "First paragraph, with a line break in the source & an entity.\n"
        "\n"
        "Second\n"
        "line\n"
        "\n"
        "after a blank.\n"
        "\n"
        "Share this article\n"
        "\n"
        "a b\n"
    )


def test_scripts_styles_noscript_and_templates_are_dropped(converter: ModuleType) -> None:
    """Text no reader sees never reaches the output."""
    text = converter.html_to_text(PAGE)
    for hidden in ("color: red", "not text", "Enable JavaScript", "A template"):
        assert hidden not in text


def test_pre_keeps_its_line_breaks(converter: ModuleType) -> None:
    """Inside <pre> a line break of the source is a line break of the text."""
    assert converter.html_to_text("<pre>one\ntwo</pre>") == "one\ntwo\n"


@pytest.mark.parametrize(
    "data, expected",
    [
        ('<meta charset="iso-8859-1"><p>caf\xe9</p>'.encode("latin-1"), "café\n"),
        (
            b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
            b"<p>\x93quoted\x94</p>",
            "“quoted”\n",
        ),
        ("<p>café</p>".encode(), "café\n"),
        (b'<meta charset="no-such-charset"><p>caf\xc3\xa9</p>', "café\n"),
        (b"\xef\xbb\xbf<p>bom</p>", "bom\n"),
        (b"<p>bad \xff byte</p>", "bad \ufffd byte\n"),
    ],
)
def test_bytes_are_decoded_by_bom_declared_charset_then_utf8(
    converter: ModuleType, data: bytes, expected: str
) -> None:
    """A BOM wins, then a declared charset, then UTF-8 with replacement characters."""
    assert converter.html_to_text(data) == expected


@given(st.text(max_size=200))
def test_any_input_gives_stripped_lines_and_never_raises(converter: ModuleType, html: str) -> None:
    """Whatever the input, lines are stripped and there is never more than one blank line."""
    text = converter.html_to_text(html)
    assert "\n\n\n" not in text
    assert all(line == line.strip() for line in text.split("\n"))
    assert text == "" or (text.endswith("\n") and not text.startswith("\n"))
