"""What a page shows around its headline, as lines of text: where bylines and dates stand.

The HTML reader's main text (trafilatura's) leaves out the byline and the timestamp a reader
sees under the headline, and a page's meta tags often say something else: several authors where
the byline names one (an editor, a fact-checker), a date in UTC where the page shows the local
day. This module renders the page as a reader sees it, in the plain-text converter's manner
(block elements end a line; scripts, styles and templates are dropped; an image gives its alt
text), and keeps the few lines around the first ``<h1>``, so that the outlet plugin can read them
with the same rules it applies to plain text.

Only the elements up to the last line kept are visited, so a page costs a walk to its headline
and a little further, never a second full rendering.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from typing import Any

import regex

__all__ = [
    "LINES_ABOVE",
    "LINES_BELOW",
    "MAX_LINE_CHARS",
    "headings",
    "lines_around_headline",
    "shown_text",
]

#: Lines of text kept above the headline (a date or a section label may stand there).
LINES_ABOVE = 3
#: Lines of text kept under the headline: a standfirst, bylines, timestamps, share widgets.
LINES_BELOW = 25
#: A longer line is story prose or a caption: kept, cut to this many characters, since only its
#: shape matters to the rules that read these lines.
MAX_LINE_CHARS = 300

# Elements whose content no reader sees.
_DROPPED = frozenset({"script", "style", "noscript", "template", "head", "svg"})
# Elements that end a line (blocks, and line breaks).
_BLOCKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "br", "caption", "dd", "details", "dialog",
        "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
        "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu", "nav", "ol",
        "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead",
        "time", "tr", "ul",
    }
)  # fmt: skip
_SPACE = regex.compile(r"[\s\u200b]+")


def headings(tree: Any, tag: str = "h1") -> list[tuple[Any, str]]:
    """The page's ``<h1>`` (or ``tag``) elements that have text, with their text squashed."""
    found = []
    for element in tree.iter(tag):
        text = " ".join(shown_text(element).split())
        if text:
            found.append((element, text))
    return found


def shown_text(element: Any) -> str:
    """An element's text as a browser shows it on one line: a ``<br>`` is a space.

    (lxml's ``text_content`` joins the text on either side of a ``<br>``: "answersas".)
    """
    from lxml import etree  # type: ignore[import-untyped, unused-ignore]

    parts: list[str] = []
    walk = etree.iterwalk(element, events=("start", "end"))
    for event, node in walk:
        tag = node.tag.lower() if isinstance(node.tag, str) else None
        if event == "start":
            if tag in _DROPPED:
                walk.skip_subtree()
            elif tag == "br":
                parts.append(" ")
            if tag is not None and tag not in _DROPPED and node.text:
                parts.append(node.text)
        elif node is not element and node.tail:
            parts.append(node.tail)
    return "".join(parts)


def lines_around_headline(tree: Any, element: Any | None = None) -> tuple[list[str], int] | None:
    """The lines of text shown around the headline's element, and the headline's index.

    The element is the page's first ``<h1>`` with text unless another is given; ``None`` when
    there is none. The headline's line is at the returned index; up to :data:`LINES_ABOVE` lines
    stand before it and :data:`LINES_BELOW` after it.
    """
    if element is None:
        found = headings(tree)
        if not found:
            return None
        element = found[0][0]
    above: deque[str] = deque(maxlen=LINES_ABOVE)
    kept: list[str] = []
    headline: int | None = None
    for line, in_headline in _rendered_lines(tree, element):
        if headline is None:
            if not in_headline:
                above.append(line)
                continue
            kept = list(above)
            headline = len(kept)
        kept.append(line[:MAX_LINE_CHARS])
        if len(kept) - headline > LINES_BELOW:
            break
    return (kept, headline) if headline is not None else None


def _rendered_lines(tree: Any, headline: Any) -> Iterator[tuple[str, bool]]:
    """The page's lines of text in order, each with whether it belongs to ``headline``.

    An iterative walk (lxml's ``iterwalk``), so that no nesting depth can exhaust Python's
    recursion limit (the HTML parser caps nesting at 256 levels today, but need not).
    """
    # lxml comes with trafilatura, the reader's extra (and has no type stubs).
    from lxml import etree  # type: ignore[import-untyped, unused-ignore]

    parts: list[str] = []
    in_headline = False

    def flush() -> Iterator[tuple[str, bool]]:
        line = _SPACE.sub(" ", "".join(parts)).strip()
        parts.clear()
        if line:
            yield line, in_headline

    body = tree.find("body") if hasattr(tree, "find") else None
    walk = etree.iterwalk(body if body is not None else tree, events=("start", "end"))
    for event, element in walk:
        tag = element.tag.lower() if isinstance(element.tag, str) else None
        if event == "start":
            if tag is None or tag in _DROPPED:
                walk.skip_subtree()  # a comment, a script: no text, but its tail is
                continue
            if tag in _BLOCKS:
                yield from flush()
            if element is headline:
                in_headline = True
            if tag == "img" and (alt := element.get("alt")) and alt.strip():
                yield from flush()
                parts.append(alt)
                yield from flush()
            elif element.text:
                parts.append(element.text)
            continue
        if tag in _BLOCKS:
            yield from flush()
        if element is headline:
            in_headline = False
        if element.tail:
            parts.append(element.tail)
    yield from flush()
