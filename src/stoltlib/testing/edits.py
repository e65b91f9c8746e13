"""Neutral edits: changes to an article that must not change what is extracted from it.

Each edit returns an :class:`Edit`: the edited text, where every old character went, and which
stretches of the new text were inserted. Facts extracted from the edited text must equal the facts
from the original with their spans moved (:func:`stoltlib.spans.map_spans`), apart from facts
that lie wholly inside inserted text (a share-widget line may rightly be found as boilerplate).

The edits (DESIGN.md): leading blank lines; straight <-> curly quote marks; different line breaks
or spacing inside a paragraph; an unrelated paragraph after the first paragraph; a share-widget
line after the first paragraph.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import attrs
import regex

from stoltlib.text import SENTENCE_END

__all__ = [
    "NEUTRAL_EDITS",
    "Edit",
    "insert_paragraph",
    "insert_share_widget",
    "leading_blank_lines",
    "respace",
    "rewrap",
    "swap_quotes",
]


@attrs.frozen
class Edit:
    """An edited text and how its characters relate to the original's.

    Attributes:
        name: which edit this is.
        text: the edited text.
        positions: for each character of the original text, its index in the edited text.
        inserted: spans ``(start, end)`` of the edited text that were inserted.

    """

    name: str
    text: str
    positions: tuple[int, ...] = attrs.field(repr=False)
    inserted: tuple[tuple[int, int], ...] = ()

    def offset(self, index: int) -> int:
        """The edited-text index of the original character at ``index`` (or of the text's end)."""
        return self.positions[index] if index < len(self.positions) else len(self.text)

    def is_inserted(self, start: int, end: int) -> bool:
        """Whether the edited-text span ``start..end`` lies wholly inside inserted text."""
        return any(a <= start and end <= b for a, b in self.inserted)


def _replace(
    name: str, text: str, changes: Sequence[tuple[int, int, str]], inserted: bool = False
) -> Edit:
    """Apply non-overlapping ``(start, end, replacement)`` changes, sorted by start.

    Characters inside a replaced stretch map to the start of its replacement; with ``inserted``,
    every replacement of an empty stretch is recorded as inserted text.
    """
    pieces: list[str] = []
    positions: list[int] = []
    spans: list[tuple[int, int]] = []
    cursor = length = 0
    for start, end, replacement in changes:
        pieces.append(text[cursor:start])
        positions.extend(range(length, length + start - cursor))
        length += start - cursor
        positions.extend([length] * (end - start))
        if inserted and start == end:
            spans.append((length, length + len(replacement)))
        pieces.append(replacement)
        length += len(replacement)
        cursor = end
    pieces.append(text[cursor:])
    positions.extend(range(length, length + len(text) - cursor))
    return Edit(name, "".join(pieces), tuple(positions), tuple(spans))


def leading_blank_lines(text: str) -> Edit:
    """Two blank lines before the text."""
    return _replace("leading_blank_lines", text, [(0, 0, "\n\n")], inserted=True)


_QUOTE = regex.compile(r"""["“”'’]""")


def swap_quotes(text: str) -> Edit:
    """Straight double quotes become curly and curly become straight; likewise ' and ’."""
    changes = []
    for match in _QUOTE.finditer(text):
        mark, at = match.group(), match.start()
        if mark == '"':
            opening = at == 0 or text[at - 1].isspace() or text[at - 1] in "([{—–-"
            new = "“" if opening else "”"
        else:
            new = {"“": '"', "”": '"', "'": "’", "’": "'"}[mark]
        changes.append((at, at + 1, new))
    return _replace("swap_quotes", text, changes)


# A single space between two non-space characters on one line: the place to re-space.
_INNER_SPACE = regex.compile(r"(?<=\S) (?=\S)")
# A line: its content up to the next line break.
_LINE = regex.compile(r"[^\n]+")
#: A line of running text has at least this many words and ends like a sentence.
PROSE_WORDS = 20
#: Prose has at least one word in lower case in this many: half its words, as function words
#: are (a line of names and a verb or two is a list or a heading).
PROSE_LOWER_SHARE = 2


def _is_prose(line: str) -> bool:
    """Whether a line is running text: long, ending like a sentence, with lower-case words.

    Prose is mostly words in lower case; a line of twenty capitalised names ("NATO NATO ...")
    is a list or a heading however it ends, and breaking it changes what its parts are.
    """
    stripped = line.rstrip()
    words = stripped.split()
    lower = sum(1 for word in words if word[:1].islower())
    return (
        len(words) >= PROSE_WORDS
        and stripped[-1:] in SENTENCE_END
        and lower * PROSE_LOWER_SHARE >= len(words)
    )


def respace(text: str, every: int = 3, line_break: bool = True) -> Edit:
    """Within paragraphs, every ``every``-th single space becomes a line break (or two spaces).

    Line breaks go only into lines of running text (20 words or more, half of them in lower
    case, ending like a sentence):
    in scraped news other lines are structure (a title, a byline, a caption, a widget), and
    breaking one changes what it is; in a paragraph of prose a line break is only layout.
    Double spaces go anywhere.
    """
    replacement = "\n" if line_break else "  "
    if line_break:
        spaces = [
            space
            for line in _LINE.finditer(text)
            if _is_prose(line.group())
            for space in _INNER_SPACE.finditer(text, line.start(), line.end())
        ]
    else:
        spaces = list(_INNER_SPACE.finditer(text))
    changes = [
        (match.start(), match.end(), replacement)
        for index, match in enumerate(spaces)
        if index % every == every - 1
    ]
    return _replace("respace" if line_break else "double_space", text, changes)


def rewrap(text: str, width: int) -> Edit:
    """Every line of running text wrapped at ``width`` columns, as wire copy and e-mail wrap.

    Each line of prose (see :func:`respace`) is broken greedily: a space becomes a line break
    where the next word would make the line longer than ``width`` (counting the line's
    indentation); a word longer than the width stands on a line of its own. The text keeps its
    length, and every character its offset.
    """
    changes = []
    for line in _LINE.finditer(text):
        if not _is_prose(line.group()):
            continue
        start = line.start()
        for space in _INNER_SPACE.finditer(text, line.start(), line.end()):
            following = text.find(" ", space.end(), line.end())
            end = line.end() if following < 0 else following
            if end - start > width:
                changes.append((space.start(), space.end(), "\n"))
                start = space.end()
    return _replace(f"rewrap_{width}", text, changes)


#: A paragraph with no quote, date, person, office or outlet in it.
UNRELATED_PARAGRAPH = "Trees line both banks of the river and the path beside it is paved."
#: A share/comment widget line as scraped from news pages.
SHARE_WIDGET = "Share this articleComments"


def _after_first_paragraph(text: str) -> int:
    """Where the first paragraph (after any leading blank lines) ends, blank line included.

    Paragraphs are separated by blank lines; a text without one is a single paragraph, and the
    insertion goes at its end (a single line break may only wrap a paragraph). A first
    "paragraph" that is only a byline's label ("By", "Written by", as pages render a label
    and its names in blocks of their own) belongs with the next one: a paragraph between them
    would take the names from their label, which no layout change does. So does a first
    paragraph of one word, a label or a widget ("Share", "Opinion") over the title: a
    paragraph of prose between them would stand above the title, where a page's own text
    opens.
    """
    first = len(text) - len(text.lstrip())
    while True:
        match = _PARAGRAPH_BREAK.search(text, first)
        if match is None:
            return len(text)
        block = text[first : match.start()]
        if not _DANGLING_LABEL.fullmatch(block) and len(block.split()) != 1:
            return match.end()
        first = match.end()


# A blank line between paragraphs.
_PARAGRAPH_BREAK = regex.compile(r"\n\s*\n")
# A byline's label standing alone, its names in the next block.
_DANGLING_LABEL = regex.compile(
    r"\s*(?:(?:written|words|story|reporting|reported|posted|text)\s+)?by\s*:?\s*"
    r"|\s*(?:authors?|writers?)\s*:?\s*",
    regex.IGNORECASE,
)


def _insert_block(name: str, text: str, block: str) -> Edit:
    at = _after_first_paragraph(text)
    # The block stands as a paragraph of its own: a blank line before it unless the text
    # already has one there (at its start, or after the first paragraph).
    head = text[:at]
    before = (
        ""
        if not head.strip() or regex.search(r"\n[^\S\n]*\n\s*$", head)
        else ("\n" if head.endswith("\n") else "\n\n")
    )
    return _replace(name, text, [(at, at, f"{before}{block}\n\n")], inserted=True)


def insert_paragraph(text: str) -> Edit:
    """An unrelated paragraph after the first paragraph, when a paragraph follows that one.

    A text of one paragraph is left as it is: the paragraph inserted after it would be a story
    under it, and a short line over a story is its headline (an archive's "Rail strike ends."),
    which no change of an article's layout makes of it.
    """
    if _after_first_paragraph(text) >= len(text):
        return _replace("insert_paragraph", text, [])
    return _insert_block("insert_paragraph", text, UNRELATED_PARAGRAPH)


def insert_share_widget(text: str) -> Edit:
    """A share-widget line after the first paragraph."""
    return _insert_block("insert_share_widget", text, SHARE_WIDGET)


def _double_space(text: str) -> Edit:
    return respace(text, line_break=False)


#: Every neutral edit, by name.
NEUTRAL_EDITS: dict[str, Callable[[str], Edit]] = {
    "leading_blank_lines": leading_blank_lines,
    "swap_quotes": swap_quotes,
    "respace": respace,
    "double_space": _double_space,
    "insert_paragraph": insert_paragraph,
    "insert_share_widget": insert_share_widget,
}
