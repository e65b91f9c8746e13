"""Analyses drawn as one standalone HTML page: the article with what stoltlib found in it.

Quotes and reported claims are highlighted in one colour per speaker (the speaker's words
underlined, the cue in italics), time expressions carry their TimeML value in a tooltip (the
``title`` attribute), events (office-holder changes, a plugin's own types) are outlined with
their roles in a tooltip, boilerplate is greyed out, and a panel beside the text lists the
metadata. The page needs nothing else: no scripts, no stylesheets, fonts or images from
anywhere, so it opens the same offline, from an e-mail or from a review tool.

Every highlight is an element with a ``data-`` attribute naming what it shows (``data-claim``,
``data-speaker``, ``data-value``, ``data-event``, ``data-boilerplate``), so tests and scripts
can find them in the DOM. Where two highlights cross (a time expression running out of a quote),
the inner one is closed and opened again, so the markup always nests.

>>> import stoltlib
>>> from stoltlib.render import render_page
>>> page = render_page([stoltlib.analyze("Jens Stoltenberg said on Monday that NATO must adapt.",
...                                      published="2020-06-08")])
>>> 'title="DATE 2020-06-08' in page and 'data-speaker="Jens Stoltenberg"' in page
True
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence

import attrs

from stoltlib._version import __version__
from stoltlib.model import Analysis, Event, Participant

__all__ = ["Highlight", "highlight_text", "render_document", "render_page"]

#: Speaker colours (background of their quotes), one per speaker in order of first appearance,
#: cycled; light enough for black text.
PALETTE = (
    "#ffe08a", "#a8e6cf", "#bcd4ff", "#ffb3c1", "#d9c2ff", "#ffd1a1", "#b9f0f0", "#e2f0a8",
    "#f5c6ef", "#c9e4a6", "#ffcfbf", "#c7d8e8",
)  # fmt: skip

_STYLE = """
body { font: 16px/1.55 Georgia, "Times New Roman", serif; margin: 0; color: #1b1b1b;
       background: #fafaf7; }
header { padding: 0.8em 1.5em; background: #24323f; color: #fff; font-family: sans-serif; }
header h1 { font-size: 1.15em; margin: 0; }
main { display: flex; flex-wrap: wrap; gap: 1.5em; padding: 1.5em; }
section.document { display: contents; }
article { flex: 3 1 30em; white-space: pre-wrap; background: #fff; padding: 1.2em 1.5em;
          border: 1px solid #ddd; border-radius: 4px; max-width: 48em; }
aside { flex: 1 1 18em; font: 14px/1.45 sans-serif; }
aside h2 { font-size: 1.05em; margin: 0 0 0.4em; }
aside dl { margin: 0 0 1em; display: grid; grid-template-columns: max-content 1fr;
           gap: 0.2em 0.8em; }
aside dt { color: #666; } aside dd { margin: 0; }
aside ul { padding-left: 1.2em; margin: 0 0 1em; }
.swatch { display: inline-block; width: 0.9em; height: 0.9em; border-radius: 2px;
          vertical-align: -0.1em; margin-right: 0.3em; border: 1px solid #0002; }
mark.quote { color: inherit; border-radius: 2px; padding: 0 1px; }
mark.quote.unattributed { background: #e4e4e4; }
.speaker { text-decoration: underline 2px; font-weight: bold; }
.cue { font-style: italic; text-decoration: underline dotted; }
.timex { border-bottom: 2px solid #1f6fd1; background: #e8f1ff; cursor: help; }
.event { outline: 2px solid #b5482b; outline-offset: 1px; cursor: help; }
.boilerplate { color: #9a9a9a; background: #f1f1ee; }
.boilerplate mark.quote, .boilerplate .timex { background: transparent; }
.errors { color: #a11; }
"""


@attrs.frozen
class Highlight:
    """One marked stretch of text: the tag and attributes that open it, and its nesting rank.

    ``rank`` orders highlights that start and end together: lower ranks go outside.
    """

    start: int
    end: int
    tag: str
    attributes: tuple[tuple[str, str], ...]
    rank: int = 0

    def open(self) -> str:
        """The opening tag, attributes escaped."""
        attributes = "".join(
            f' {name}="{html.escape(value, quote=True)}"' for name, value in self.attributes
        )
        return f"<{self.tag}{attributes}>"

    def close(self) -> str:
        """The closing tag."""
        return f"</{self.tag}>"


def highlight_text(text: str, highlights: Iterable[Highlight]) -> str:
    """``text`` escaped for HTML, with every highlight's tags around its stretch.

    Highlights that nest are nested; one that crosses another's end is closed there and opened
    again, so the result is always well formed. Empty highlights are left out.
    """
    marks = sorted(
        (h for h in highlights if h.start < h.end), key=lambda h: (h.start, -h.end, h.rank)
    )
    points = sorted({0, len(text), *(h.start for h in marks), *(h.end for h in marks)})
    starting: dict[int, list[Highlight]] = {}
    for mark in marks:
        starting.setdefault(mark.start, []).append(mark)
    out: list[str] = []
    stack: list[Highlight] = []
    position = 0
    for point in points:
        out.append(html.escape(text[position:point], quote=False))
        position = point
        if any(mark.end == point for mark in stack):
            reopen: list[Highlight] = []
            while any(mark.end == point for mark in stack):
                mark = stack.pop()
                out.append(mark.close())
                if mark.end != point:
                    reopen.append(mark)
            for mark in reversed(reopen):
                out.append(mark.open())
                stack.append(mark)
        for mark in starting.get(point, ()):
            out.append(mark.open())
            stack.append(mark)
    while stack:
        out.append(stack.pop().close())
    return "".join(out)


def _speaker_name(analysis: Analysis, index: int) -> str | None:
    speaker = analysis.claims[index].speaker
    return (speaker.entity or speaker.text) if speaker else None


def _participant(role: str, participant: Participant | None) -> str | None:
    return f"{role}: {participant.name}" if participant else None


def _event_title(event: Event) -> str:
    parts = [
        event.type,
        _participant("person", event.person),
        f"position: {event.position}" if event.position else None,
        f"organization: {event.organization}" if event.organization else None,
        _participant("predecessor", event.predecessor),
        _participant("successor", event.successor),
        f"time: {event.time.value}" if event.time else None,
        f"modality: {event.modality}",
        _participant("source", event.source),
    ]
    return "; ".join(part for part in parts if part)


def _highlights(analysis: Analysis, colours: dict[str | None, int]) -> list[Highlight]:
    """Every highlight of one analysis; ``colours`` gets each new speaker's colour number."""
    found: list[Highlight] = []
    for block in analysis.metadata.boilerplate:
        found.append(
            Highlight(
                block.start, block.end, "span",
                (("class", "boilerplate"), ("data-boilerplate", block.kind),
                 ("title", f"boilerplate: {block.kind}")),
                rank=0,
            )
        )  # fmt: skip
    for index, claim in enumerate(analysis.claims):
        name = _speaker_name(analysis, index)
        if name is not None:
            colours.setdefault(name, len([key for key in colours if key is not None]))
        colour = "unattributed" if name is None else f"s{colours[name] % len(PALETTE)}"
        cue = claim.cue.text if claim.cue else "no cue"
        title = f"{name or 'unattributed'} ({claim.kind}, {cue})"
        common = (("data-claim", str(index)), ("data-speaker", name or ""))
        for piece in claim.content:
            found.append(
                Highlight(
                    piece.start, piece.end, "mark",
                    (("class", f"quote {colour}"), *common, ("data-kind", claim.kind),
                     ("title", title)),
                    rank=1,
                )
            )  # fmt: skip
        if claim.speaker is not None:
            speaker = claim.speaker
            role = f", {speaker.role}" if speaker.role else ""
            found.append(
                Highlight(
                    speaker.start, speaker.end, "span",
                    (("class", f"speaker {colour}"), *common,
                     ("title", f"speaker: {name}{role}")),
                    rank=1,
                )
            )  # fmt: skip
        if claim.cue is not None:
            found.append(
                Highlight(
                    claim.cue.start, claim.cue.end, "span",
                    (("class", "cue"), ("data-claim", str(index)), ("title", f"cue of: {title}")),
                    rank=2,
                )
            )  # fmt: skip
    for event in analysis.events:
        if event.evidence is not None:
            found.append(
                Highlight(
                    event.evidence.start, event.evidence.end, "span",
                    (("class", "event"), ("data-event", event.id),
                     ("data-type", event.type), ("title", _event_title(event))),
                    rank=2,
                )
            )  # fmt: skip
    for time in analysis.times:
        days = f" ({time.interval[0]} to {time.interval[1]})" if time.interval else ""
        mod = f" {time.mod}" if time.mod else ""
        found.append(
            Highlight(
                time.start, time.end, "span",
                (("class", "timex"), ("data-value", time.value), ("data-type", time.type),
                 ("title", f"{time.type} {time.value}{mod}{days}")),
                rank=3,
            )
        )  # fmt: skip
    return found


def _row(label: str, value: str | None) -> str:
    shown = html.escape(value) if value else '<span class="none">-</span>'
    return f"<dt>{html.escape(label)}</dt><dd>{shown}</dd>"


def _metadata_panel(analysis: Analysis, colours: dict[str | None, int]) -> str:
    metadata = analysis.metadata
    document = analysis.document
    found = metadata.published
    dateline = metadata.dateline
    rows = [
        _row("document", analysis.id),
        _row("title", metadata.title.text if metadata.title else document.title),
        _row("outlet", metadata.outlet or document.outlet),
        _row("authors", ", ".join(author.text for author in metadata.authors)),
        _row("published", analysis.published),
        _row("found", f"{found.value} ({found.source})" if found else None),
        _row(
            "dateline",
            " / ".join(part for part in (dateline.place, dateline.agency) if part)
            if dateline
            else None,
        ),
        _row("agencies", ", ".join(metadata.agencies)),
        _row("language", metadata.language),
        _row("photo credits", "; ".join(credit.text for credit in metadata.photo_credits)),
        _row("url", document.url),
        _row("metadata by", metadata.plugin),
    ]
    counts: dict[str | None, int] = {}
    for index in range(len(analysis.claims)):
        name = _speaker_name(analysis, index)
        counts[name] = counts.get(name, 0) + 1
    speakers = "".join(
        f'<li data-speaker="{html.escape(name or "", quote=True)}"><span class="swatch" '
        f'style="background:{PALETTE[colours[name] % len(PALETTE)] if name else "#e4e4e4"}">'
        f"</span>{html.escape(name or 'unattributed')}: {count}</li>"
        for name, count in counts.items()
    )
    facts = (
        f"{len(analysis.claims)} claims, {len(analysis.times)} time expressions, "
        f"{len(analysis.events)} events, {len(metadata.boilerplate)} boilerplate stretches"
    )
    errors = "".join(
        f"<li>{html.escape(f'{e.plugin} ({e.stage}): {e.type}: {e.message}')}</li>"
        for e in analysis.errors
    )
    return (
        '<aside class="metadata"><h2>Metadata</h2>'
        f"<dl>{''.join(rows)}</dl>"
        f'<h2>Speakers</h2><ul class="speakers">{speakers or "<li>none</li>"}</ul>'
        f"<h2>Found</h2><p>{html.escape(facts)}</p>"
        + (f'<h2>Errors</h2><ul class="errors">{errors}</ul>' if errors else "")
        + "</aside>"
    )


def _beyond_text(analysis: Analysis) -> bool:
    """Whether a fact's span ends past the text: the text was left out (``--no-text``)."""
    ends = [
        *(time.end for time in analysis.times),
        *(mention.end for mention in analysis.mentions),
        *(piece.end for claim in analysis.claims for piece in claim.content),
        *(block.end for block in analysis.metadata.boilerplate),
    ]
    return max(ends, default=0) > len(analysis.text)


def render_document(
    analysis: Analysis, colours: dict[str | None, int] | None = None, *, heading: bool = False
) -> str:
    """One analysis as an HTML ``<section>``: the highlighted text and its metadata panel.

    ``colours`` maps speakers to colour numbers; pass the same dict for several documents so
    that a speaker keeps one colour across them. ``heading``: open the section with the
    document's title (or id) as an ``<h2>``, as a page of several documents does.

    Raises:
        ValueError: the analysis's spans lie beyond its text (``stoltlib extract --no-text``
            output has no text to show).

    """
    if _beyond_text(analysis):
        raise ValueError(
            f"{analysis.id}: the analysis holds no text to show (written with --no-text?); "
            "render the articles, or extract output written with their text"
        )
    colours = {} if colours is None else colours
    body = highlight_text(analysis.text, _highlights(analysis, colours))
    panel = _metadata_panel(analysis, colours)
    top = f'<h2 class="document-title">{html.escape(_heading(analysis))}</h2>' if heading else ""
    return (
        f'<section class="document" id="{html.escape(analysis.id, quote=True)}">'
        f"{top}<article>{body}</article>{panel}</section>"
    )


def _heading(analysis: Analysis) -> str:
    """What names a document on a page: its title, else its id."""
    title = analysis.metadata.title
    return title.text if title else analysis.id


def _palette_rules() -> str:
    return "".join(
        f"mark.quote.s{number} {{ background: {colour}; }} "
        f".speaker.s{number} {{ text-decoration-color: {colour}; }}\n"
        for number, colour in enumerate(PALETTE)
    )


def render_page(analyses: Iterable[Analysis], *, title: str | None = None) -> str:
    """A whole standalone HTML page for one or more analyses, in order.

    Its title (and ``<h1>``) is ``title``, else the one document's title or id, else the
    number of documents, each of which then opens with its own ``<h2>``.

    Raises:
        ValueError: an analysis has no text (see :func:`render_document`).

    """
    colours: dict[str | None, int] = {}
    items: Sequence[Analysis] = list(analyses)
    several = len(items) > 1
    sections = "".join(render_document(item, colours, heading=several) for item in items)
    if title is None:
        # One document's page is named by it; a page of several by their number, each
        # section then opening with its own heading.
        if several:
            title = f"{len(items)} documents"
        else:
            title = _heading(items[0]) if items else "stoltlib"
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta name="generator" content="stoltlib {__version__}">'
        f"<title>{html.escape(title)}</title>"
        f"<style>{_STYLE}{_palette_rules()}</style></head>\n"
        f"<body><header><h1>{html.escape(title)}</h1></header>"
        f"<main>{sections}</main></body></html>\n"
    )
