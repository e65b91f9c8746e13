"""The metadata benchmark's HTML -> plain text converter (not stoltlib's HTML reader).

The plain-text path of ``metadata_naeb.py`` asks how well stoltlib finds metadata in text that
looks like the seed corpus: a whole page copied as text, with its navigation, captions, bylines
and footers still in it. This converter makes such text from a page, and it is deliberately
simple so that the benchmark's input is easy to describe and reproduce:

- Decoding (bytes): a byte-order mark wins; otherwise the charset declared in a ``<meta
  charset>`` or ``<meta http-equiv="Content-Type" content="...; charset=...">`` tag within the
  first 4 KiB; otherwise UTF-8. ``iso-8859-1``, ``latin-1`` and ``ascii`` are read as
  ``windows-1252``, as browsers do. An unknown charset falls back to UTF-8; undecodable bytes
  become U+FFFD.
- ``<script>``, ``<style>``, ``<noscript>`` and ``<template>`` are dropped with their content
  (text no reader sees). **Nothing else is removed**: navigation, menus, bylines, captions,
  share widgets, related links, footers, hidden elements and the ``<title>`` all stay.
- Block elements (``p``, ``div``, headings, list items, table rows, ``title``, ``header``,
  ``nav``, ``figure``, ``figcaption``, ``br``, ...) end a line; "paragraph" blocks (``p``,
  headings, lists, tables, sections, ``blockquote``, ``pre``, ``figure``, ``hr``, ...) are
  followed by a blank line. Table cells are separated by a space.
- ``<img alt="...">`` gives its alt text as a line of its own, as in the seeds.
- Character references are decoded; runs of whitespace, line breaks of the source included,
  collapse to one space (inside ``<pre>`` line breaks are kept); lines are stripped; runs of
  blank lines collapse to one; the text ends with a newline.

The converter uses only the standard library's :mod:`html.parser`. Run it on files to see its
output: ``python benchmarks/html_to_text.py page.html``.
"""

from __future__ import annotations

import argparse
import codecs
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

__all__ = ["decode_html", "html_to_text"]

# Elements whose content no reader sees.
DROPPED = frozenset({"script", "style", "noscript", "template"})
# Blocks followed by a blank line.
PARAGRAPH_BLOCKS = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "details",
        "dl",
        "fieldset",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "title",
        "ul",
    }
)
# Blocks that only end a line.
LINE_BLOCKS = frozenset(
    {
        "body",
        "br",
        "caption",
        "center",
        "dd",
        "dialog",
        "div",
        "dt",
        "figcaption",
        "head",
        "html",
        "legend",
        "li",
        "menu",
        "option",
        "summary",
        "tbody",
        "tfoot",
        "thead",
        "tr",
    }
)
CELLS = frozenset({"td", "th"})
# Elements that never have an end tag.
VOID = frozenset(
    {
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    }
)

_BOM = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)
# What browsers read these labels as (WHATWG Encoding Standard).
_BROWSER_ALIASES = {
    "iso-8859-1": "windows-1252",
    "latin-1": "windows-1252",
    "latin1": "windows-1252",
    "ascii": "windows-1252",
    "us-ascii": "windows-1252",
}
_SPACE = re.compile(r"[ \t\n\r\f\v\u00a0\u200b]+")
_BLANK_LINES = re.compile(r"\n{3,}")


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in a ``<meta>`` tag within its first 4 KiB, if any."""
    match = _META_CHARSET.search(data[:4096])
    if match is None:
        return None
    label = match.group(1).decode("ascii", "replace").lower()
    return _BROWSER_ALIASES.get(label, label)


def decode_html(data: bytes) -> str:
    """Decode a page: byte-order mark, else declared charset, else UTF-8 (with replacement)."""
    for bom, encoding in _BOM:
        if data.startswith(bom):
            return data.decode(encoding, "replace")
    encoding = declared_charset(data) or "utf-8"
    try:
        codecs.lookup(encoding)
    except LookupError:
        encoding = "utf-8"
    return data.decode(encoding, "replace")


class _TextBuilder(HTMLParser):
    """Collects text, turning block boundaries into line breaks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.pending = 0  # line breaks owed before the next text: 0, 1 (new line) or 2 (blank)
        self.dropped = 0  # depth inside dropped elements
        self.pre = 0  # depth inside <pre>

    def _block(self, tag: str) -> None:
        # Adjacent block boundaries do not add up ("</li><li>" is one line break), but each
        # <br> is a line break of its own ("<br><br>" leaves a blank line).
        if tag == "br":
            self.pending = min(2, self.pending + 1)
        elif tag in PARAGRAPH_BLOCKS:
            self.pending = 2
        elif tag in LINE_BLOCKS:
            self.pending = max(self.pending, 1)
        elif tag in CELLS:
            self._text(" ")

    def _text(self, text: str) -> None:
        if not text.strip() and self.pending:
            return
        if self.pending:
            self.parts.append("\n" * self.pending)
            self.pending = 0
        self.parts.append(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in DROPPED:
            self.dropped += 1
            return
        if self.dropped:
            return
        if tag == "pre":
            self.pre += 1
        self._block(tag)
        if tag == "img":
            alt = dict(attrs).get("alt")
            if alt and alt.strip():
                self.pending = max(self.pending, 1)
                self._text(_SPACE.sub(" ", alt))
                self.pending = 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # <br/>, <img/>; a self-closed non-void element (<div/>) is read as a start tag only,
        # as browsers do.
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in DROPPED:
            self.dropped = max(0, self.dropped - 1)
            return
        if self.dropped or tag == "br":  # "</br>" is not a second line break
            return
        if tag == "pre":
            self.pre = max(0, self.pre - 1)
        self._block(tag)

    def handle_data(self, data: str) -> None:
        if self.dropped:
            return
        data = data.replace("\x00", "")
        if self.pre:
            # Line breaks inside <pre> are real.
            self._text(data.replace("\r\n", "\n").replace("\r", "\n"))
        else:
            # Elsewhere a line break in the source is just a space.
            self._text(_SPACE.sub(" ", data))


def html_to_text(html: str | bytes) -> str:
    """The page as plain text: blocks become lines, scripts and styles go, nothing else does.

    ``html`` may be bytes (decoded by :func:`decode_html`) or an already decoded string. See the
    module docstring for the rules.
    """
    if isinstance(html, bytes):
        html = decode_html(html)
    builder = _TextBuilder()
    builder.feed(html)
    builder.close()
    raw = "".join(builder.parts)
    lines = [_SPACE.sub(" ", line).strip() for line in raw.split("\n")]
    text = _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip("\n")
    return text + "\n" if text else ""


def main(argv: list[str] | None = None) -> int:
    """Print the plain text of each HTML file named on the command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("files", nargs="+", type=Path, help="HTML files")
    args = parser.parse_args(argv)
    for path in args.files:
        sys.stdout.write(html_to_text(path.read_bytes()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
