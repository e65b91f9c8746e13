"""Office timelines drawn as one standalone HTML page: a Gantt-style chart of tenures.

One row per tenure, grouped by office (position and organisation), with a bar on a shared
time axis from the tenure's start to its end. A boundary's date covers all the days of its
precision ("2014" is a whole year): that stretch of the bar is lighter, so a bar shows how
much is known of when the tenure began and ended. An unknown start or end runs the bar to the
axis edge, fading, with an arrow; a planned or expected boundary is hatched with a dashed
edge; a boundary inferred from a succession carries a "≈". Bars with a conflict are outlined
in red (the disputed boundary hatched red), the ends a gap touches in orange, and every
vacancy is drawn as its own hatched stretch in the office's group.

Hovering over a bar, or focusing it (each bar is in the tab order), shows the evidence behind
it: document, outlet, publication date, event type, modality, time and text. Below the chart
the same evidence is listed per tenure in expandable sections, then the conflicts, the gaps
and the evidence no tenure takes. Like :mod:`stoltlib.render`, the page needs nothing else: no
scripts (CSS ``:hover``, ``:focus`` and ``<details>`` do all), no stylesheets, fonts or images
from anywhere.

Bars and lists carry ``data-`` attributes (``data-tenure``, ``data-person``, ``data-office``,
``data-start``, ``data-end``, ``data-conflict``, ``data-gap``) for tests and scripts.

>>> from stoltlib.timeline import Boundary, Tenure, Timeline
>>> tenure = Tenure(person="Jens Stoltenberg", position="Secretary General",
...                 organization="NATO", start=Boundary("2014", "asserted"), end=Boundary(),
...                 evidence=())
>>> page = render_timeline(Timeline(tenures=(tenure,)))
>>> 'data-person="Jens Stoltenberg"' in page and 'class="zone end open"' in page
True
"""

from __future__ import annotations

import datetime as _dt
import html
from collections.abc import Iterable, Sequence

import attrs

from stoltlib._version import __version__
from stoltlib.render import PALETTE
from stoltlib.timeline import Conflict, Evidence, Gap, Office, Tenure, Timeline, calendar_days

__all__ = ["date_extent", "render_timeline"]

#: How many pieces of evidence a bar's hover panel lists; the rest are in the list below.
HOVER_ITEMS = 8

_STYLE = """
body { font: 14px/1.45 system-ui, sans-serif; margin: 0; color: #1b1b1b; background: #fafaf7; }
header { padding: 0.8em 1.5em; background: #24323f; color: #fff; }
header h1 { font-size: 1.15em; margin: 0; } header p { margin: 0.2em 0 0; color: #cfd8e0; }
main { padding: 1em 1.5em; }
h2 { font-size: 1.05em; margin: 1.4em 0 0.4em; }
.chart { display: grid; grid-template-columns: minmax(11em, 16em) 1fr; border: 1px solid #ddd;
         background: #fff; border-radius: 4px; }
.chart > * { border-top: 1px solid #eee; }
.label { padding: 4px 8px; overflow-wrap: anywhere; }
.label small { display: block; color: #666; }
.track { position: relative; min-height: 34px; }
.axis { position: sticky; top: 0; background: #fff; z-index: 3; font-size: 12px; color: #555; }
.axis .track { min-height: 22px; }
.tick { position: absolute; top: 3px; transform: translateX(-50%); white-space: nowrap; }
.office { grid-column: 1 / -1; padding: 6px 8px 2px; font-weight: bold; background: #f3f5f7; }
.bar { position: absolute; top: 6px; height: 22px; min-width: 4px; border-radius: 3px;
       box-shadow: inset 0 0 0 1px #0004; cursor: help; outline-offset: 2px; }
.bar:hover, .bar:focus { box-shadow: inset 0 0 0 2px #000a; }
.bar:focus { outline: 3px solid #1f6fd1; }
.bar.undated { opacity: 0.6; }
.note { position: absolute; left: 0; right: 0; top: 2px; text-align: center; font-size: 12px;
        color: #444; white-space: nowrap; overflow: hidden; }
.bar.conflict { box-shadow: inset 0 0 0 1px #0004, 0 0 0 2px #c0392b; }
.bar.conflict::after { content: "!"; position: absolute; left: 50%; top: 1px; width: 18px;
       height: 18px; margin-left: -9px; border-radius: 50%; background: #c0392b; color: #fff;
       font: bold 13px/18px sans-serif; text-align: center; }
.zone { position: absolute; top: 0; bottom: 0; }
.zone.start { left: 0; } .zone.end { right: 0; }
.reversed .zone.start { left: auto; right: 0; } .reversed .zone.end { right: auto; left: 0; }
.zone.asserted { background: #ffffff80; }
.zone.planned, .zone.expected { min-width: 8px;
       background: repeating-linear-gradient(45deg, #0003 0 2px, #fff8 2px 5px); }
.zone.start.planned, .zone.start.expected { border-left: 2px dashed #222; }
.zone.end.planned, .zone.end.expected { border-right: 2px dashed #222; }
.zone.open { width: 30%; }  /* an unknown end fades over this share */
.zone.start.open { background: linear-gradient(to right, #fff, #fff0); }
.zone.end.open { background: linear-gradient(to left, #fff, #fff0); }
.zone.start.open::before, .zone.end.open::after { position: absolute; top: 2px;
       color: #555; font-size: 12px; }
.zone.start.open::before { content: "\\25C0"; left: -2px; }
.zone.end.open::after { content: "\\25B6"; right: -2px; }
.zone.inferred::after { content: "\\2248"; position: absolute; top: -1px; font-weight: bold; }
.zone.start.inferred::after { left: 2px; } .zone.end.inferred::after { right: 2px; }
.zone.disputed { min-width: 8px;
       background: repeating-linear-gradient(-45deg, #c0392b99 0 2px, #fff8 2px 5px); }
.zone.gap { min-width: 6px; box-shadow: inset 0 0 0 2px #e67e22; }
.vacancy { position: absolute; top: 9px; height: 16px; min-width: 3px;
       background: repeating-linear-gradient(45deg, #e67e22aa 0 3px, #fff0 3px 7px);
       border: 1px dashed #e67e22; }
.evidence { display: none; position: absolute; top: 32px; left: 0; right: 0; z-index: 5;
       max-width: 46em; margin: 0 auto; padding: 0.6em 0.9em; background: #fff;
       border: 1px solid #888; border-radius: 4px; box-shadow: 0 4px 14px #0003; }
.bar:hover + .evidence, .bar:focus + .evidence, .evidence:hover { display: block; }
.evidence ul { margin: 0.3em 0 0; padding-left: 1.2em; }
.evidence .meta, .list .meta { color: #555; }
q { font-style: italic; }
.conflicts li, .gaps li { margin-bottom: 0.3em; }
.conflicts li::marker { color: #c0392b; } .gaps li::marker { color: #e67e22; }
details { margin: 0.3em 0; background: #fff; border: 1px solid #e4e4e4; border-radius: 3px;
          padding: 0.3em 0.6em; }
summary { cursor: pointer; }
table { border-collapse: collapse; margin: 0.4em 0; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 2px 6px; border-bottom: 1px solid #eee; }
th { color: #555; font-weight: normal; }
.legend { display: flex; flex-wrap: wrap; gap: 0.4em 1.4em; margin: 0.6em 0; color: #333; }
.legend .track { display: inline-block; position: relative; width: 5em; min-height: 22px;
       vertical-align: middle; }
.legend .bar { left: 0; width: 100%; top: 0; background: #bcd4ff; cursor: default; }
"""


def _e(text: object) -> str:
    """Text (or an attribute's value) escaped for HTML."""
    return html.escape(str(text), quote=True)


def date_extent(value: str | None) -> tuple[_dt.date, _dt.date] | None:
    """The first and last day a TimeML value covers, for drawing it on an axis.

    A year, month, day or ISO week as :func:`stoltlib.timeline.calendar_days` reads it ("1987-W09"
    runs Monday to Sunday). Anything else (quarters, ``PRESENT_REF``) is ``None``: not placed
    on the axis.
    """
    return calendar_days(value)


@attrs.frozen
class _Axis:
    """The days the chart spans, ``first`` to ``last`` inclusive."""

    first: _dt.date
    last: _dt.date

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    def at(self, day: _dt.date) -> float:
        """Where the start of ``day`` falls, in percent of the axis from its left edge."""
        return (day - self.first).days * 100 / self.days

    def after(self, day: _dt.date) -> float:
        """Where the end of ``day`` falls, in percent of the axis."""
        return self.at(day) + 100 / self.days  # not day + 1: 9999-12-31 has no next day

    def ticks(self) -> list[tuple[int, float]]:
        """The years to label (about a dozen at most) and where each begins."""
        years = self.last.year - self.first.year + 1
        step = next(s for s in (1, 2, 5, 10, 20, 50, 100, 1000, 10_000) if years / s <= 12)
        start = -(-self.first.year // step) * step
        return [
            (year, self.at(_dt.date(year, 1, 1)))
            for year in range(max(start, 1), self.last.year + 1, step)
            if _dt.date(year, 1, 1) >= self.first
        ]


def _axis(tenures: Sequence[Tenure]) -> _Axis | None:
    """Whole years around every dated boundary; a year more on a side a bar runs open to.

    ``None`` when no boundary is dated: there is no time to draw the bars against.
    """
    extents = [
        extent
        for tenure in tenures
        for extent in (date_extent(tenure.start.value), date_extent(tenure.end.value))
        if extent is not None
    ]
    if not extents:
        return None
    first = min(extent[0] for extent in extents).year
    last = max(extent[1] for extent in extents).year
    # An open end runs to the edge: a year of room keeps it from looking like an end there.
    if any(date_extent(tenure.start.value) is None for tenure in tenures) and first > 1:
        first -= 1
    if any(date_extent(tenure.end.value) is None for tenure in tenures) and last < 9999:
        last += 1
    return _Axis(_dt.date(first, 1, 1), _dt.date(last, 12, 31))


@attrs.frozen
class _Row:
    """One tenure to draw: its number on the page, its colour, conflicts and gaps."""

    number: int
    tenure: Tenure
    colour: str
    conflicts: tuple[Conflict, ...]
    gaps: tuple[Gap, ...]


def _reversed(tenure: Tenure) -> bool:
    """Whether a tenure starts after it ends (an ``order`` conflict): drawn end to start."""
    start, end = date_extent(tenure.start.value), date_extent(tenure.end.value)
    return start is not None and end is not None and start[0] > end[1]


def _geometry(
    tenure: Tenure, axis: _Axis | None
) -> tuple[float, float, float | None, float | None]:
    """A bar's left edge and width (percent of the axis) and the widths of its two ends.

    An end's width is the share of the bar its date covers (percent of the bar's width),
    ``None`` for an unknown boundary. A tenure that starts after it ends (an ``order``
    conflict) is drawn from its end to its start, so that it is seen at all.
    """
    if axis is None:
        return 0.0, 100.0, None, None
    start, end = date_extent(tenure.start.value), date_extent(tenure.end.value)
    if _reversed(tenure):
        assert start is not None and end is not None
        left, right = axis.at(end[0]), axis.after(start[1])
    else:
        left = axis.at(start[0]) if start else 0.0
        right = axis.after(end[1]) if end else 100.0
    width = right - left

    def share(extent: tuple[_dt.date, _dt.date] | None) -> float | None:
        if extent is None:
            return None
        covered = axis.after(extent[1]) - axis.at(extent[0])
        return covered * 100 / width if width else 100.0

    return left, width, share(start), share(end)


def _zone(side: str, share: float | None, row: _Row) -> str:
    """One end of a bar: its precision, modality, inference, dispute and gap, as classes.

    ``share`` is the part of the bar (percent of its width) the boundary's date covers,
    ``None`` when the boundary is unknown (the stylesheet fades it over a fixed share).
    """
    tenure = row.tenure
    boundary = tenure.start if side == "start" else tenure.end
    classes = ["zone", side, "open" if share is None else boundary.modality or "asserted"]
    if boundary.inferred:
        classes.append("inferred")
    if any(conflict.kind in (side, "order") for conflict in row.conflicts):
        classes.append("disputed")
    touching = (gap.after if side == "end" else gap.before for gap in row.gaps)
    if tenure.person in touching:
        classes.append("gap")
    # Each end takes at most half the bar, so that a bar of two coarse dates keeps a middle.
    style = f' style="width:{min(share, 50.0):.3f}%"' if share is not None else ""
    title = f"{side}: {boundary}"
    return f'<span class="{" ".join(classes)}" title="{_e(title)}"{style}></span>'


def _evidence_line(item: Evidence, sets: str = "") -> str:
    """One piece of evidence as a list item: what, how firmly, when, where and its words."""
    what = item.kind if item.kind != "role" else f"stated title: {item.position}"
    when = f", time {item.time}" if item.time else ""
    published = f"published {item.published}" if item.published else None
    source = ", ".join(part for part in (item.document, item.outlet, published) if part)
    words = f" <q>{_e(item.text)}</q>" if item.text else ""
    prefix = f"{sets}: " if sets else ""
    return (
        f'<li data-document="{_e(item.document)}">{_e(prefix)}<b>{_e(what)}</b> '
        f'({_e(item.modality + when)}) <span class="meta">{_e(source)}</span>{words}</li>'
    )


def _sets(item: Evidence, tenure: Tenure) -> str:
    """Which boundary of ``tenure`` a piece of evidence dates ("start", "end" or "")."""
    sides = [side for side in ("start", "end") if item in getattr(tenure, side).evidence]
    return " and ".join(sides)


def _all_evidence(tenure: Tenure) -> list[Evidence]:
    """A tenure's evidence, what dates its start and end first (the hover panel is short).

    An inferred boundary's evidence includes the other tenure's, which dates it.
    """
    return list(dict.fromkeys(tenure.start.evidence + tenure.end.evidence + tenure.evidence))


def _heading(tenure: Tenure) -> str:
    return f"{tenure.person}, {tenure.office}: {tenure.start} \u2013 {tenure.end}"


def _hover(row: _Row) -> str:
    """The panel a bar shows on hover and focus: its dates, conflicts and evidence."""
    tenure = row.tenure
    items = _all_evidence(tenure)
    shown = "".join(_evidence_line(item, _sets(item, tenure)) for item in items[:HOVER_ITEMS])
    rest = len(items) - HOVER_ITEMS
    more = (
        f'<p class="meta">and {rest} more: <a href="#evidence-{row.number}">all its evidence</a>'
        "</p>"
        if rest > 0
        else ""
    )
    notes = "".join(
        f'<li class="conflict">conflict, {_e(conflict.kind)}: {_e(conflict.message)}</li>'
        for conflict in row.conflicts
    ) + "".join(f'<li class="gap">gap, {_e(_gap_text(gap))}</li>' for gap in row.gaps)
    return (
        f'<div class="evidence" role="tooltip" id="hover-{row.number}">'
        f"<b>{_e(_heading(tenure))}</b> "
        f'<span class="meta">({_count(tenure.sources, "document")})</span>'
        + (f"<ul>{notes}</ul>" if notes else "")
        + f"<ul>{shown}</ul>{more}</div>"
    )


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _bar_row(row: _Row, axis: _Axis | None) -> str:
    """A tenure's label and track: the bar with its two ends, and its hover panel."""
    tenure = row.tenure
    left, width, start, end = _geometry(tenure, axis)
    classes = ["bar"]
    note = ""
    if start is None and end is None:
        classes.append("undated")
        note = '<span class="note">dates not known</span>'
    elif _reversed(tenure):
        classes.append("reversed")
    if row.conflicts:
        classes.append("conflict")
    data = {
        "data-tenure": str(row.number),
        "data-person": tenure.person,
        "data-office": str(tenure.office),
        "data-start": tenure.start.value or "",
        "data-end": tenure.end.value or "",
        "data-conflict": " ".join(dict.fromkeys(conflict.kind for conflict in row.conflicts)),
        "data-gap": " ".join(dict.fromkeys(gap.kind for gap in row.gaps)),
    }
    attributes = "".join(f' {name}="{_e(value)}"' for name, value in data.items())
    label = (
        f'<div class="label" id="tenure-{row.number}">'
        f'<a href="#evidence-{row.number}">{_e(tenure.person)}</a>'
        f"<small>{_e(tenure.start)} \u2013 {_e(tenure.end)}, "
        f"{_e(_count(tenure.sources, 'document'))}</small></div>"
    )
    bar = (
        f'<span class="{" ".join(classes)}" tabindex="0" aria-describedby="hover-{row.number}"'
        f' aria-label="{_e(_heading(tenure))}"{attributes}'
        f' style="left:{left:.3f}%;width:{width:.3f}%;background-color:{row.colour}">'
        f"{_zone('start', start, row)}{_zone('end', end, row)}{note}</span>"
    )
    return f'{label}<div class="track">{bar}{_hover(row)}</div>'


def _gap_text(gap: Gap) -> str:
    return (
        f"{gap.kind}: {gap.office}: {gap.after} (to {gap.start or '?'}) \u2192 "
        f"{gap.before} (from {gap.end or '?'})"
    )


def _gap_row(gap: Gap, axis: _Axis | None) -> str:
    """A gap of an office as a row: a vacancy as a hatched stretch, an undated one as a note."""
    after, before = date_extent(gap.start), date_extent(gap.end)
    drawn = ""
    if axis is not None and gap.kind == "vacancy" and after and before:
        left, right = axis.after(after[1]), axis.at(before[0])
        drawn = (
            f'<span class="vacancy" data-gap="{_e(gap.kind)}" title="{_e(_gap_text(gap))}"'
            f' style="left:{left:.3f}%;width:{max(right - left, 0.0):.3f}%"></span>'
        )
    what = "vacancy" if gap.kind == "vacancy" else "hand-over undated"
    return (
        f'<div class="label gap"><i>{_e(what)}</i>'
        f"<small>{_e(gap.after)} \u2192 {_e(gap.before)}</small></div>"
        f'<div class="track">{drawn}</div>'
    )


def _axis_row(axis: _Axis | None) -> str:
    if axis is None:
        ticks = '<span class="tick" style="left:50%">no tenure is dated</span>'
    else:
        ticks = "".join(
            f'<span class="tick" style="left:{where:.3f}%">{year}</span>'
            for year, where in axis.ticks()
        )
    return f'<div class="label axis">office, holder</div><div class="track axis">{ticks}</div>'


def _grid_rule(axis: _Axis | None) -> str:
    """The stylesheet rule that draws a faint line down every track at each labelled year."""
    if axis is None:
        return ""
    stops = ", ".join(
        f"#0000 {where:.3f}%, #0001 {where:.3f}%, #0001 calc({where:.3f}% + 1px), "
        f"#0000 calc({where:.3f}% + 1px)"
        for _, where in axis.ticks()
    )
    return f".chart .track {{ background-image: linear-gradient(to right, {stops}); }}\n"


def _rows(timelines: Sequence[Timeline]) -> list[_Row]:
    """Every tenure of the timelines, numbered, with its colour, conflicts and gaps."""
    colours: dict[str, str] = {}
    rows: list[_Row] = []
    for timeline in timelines:
        # By office once: scanning every gap and conflict for each tenure was quadratic.
        gaps_at: dict[Office, list[Gap]] = {}
        for gap in timeline.gaps:
            gaps_at.setdefault(gap.office, []).append(gap)
        conflicts_at: dict[Office, list[Conflict]] = {}
        for conflict in timeline.conflicts:
            for office in set(conflict.offices):
                conflicts_at.setdefault(office, []).append(conflict)
        for tenure in timeline.tenures:
            colour = colours.setdefault(tenure.person, PALETTE[len(colours) % len(PALETTE)])
            office = tenure.office
            gaps = tuple(
                gap for gap in gaps_at.get(office, ()) if tenure.person in (gap.after, gap.before)
            )
            conflicts = tuple(c for c in conflicts_at.get(office, ()) if c.concerns(tenure))
            rows.append(_Row(len(rows), tenure, colour, conflicts, gaps))
    return rows


def _chart(rows: Sequence[_Row], gaps: Sequence[Gap], axis: _Axis | None) -> str:
    """The chart: the axis, then per office its heading, its tenures' rows and its gaps."""
    offices: dict[Office, list[_Row]] = {}
    for row in rows:
        offices.setdefault(row.tenure.office, []).append(row)
    gaps_at: dict[Office, list[Gap]] = {}
    for gap in gaps:
        gaps_at.setdefault(gap.office, []).append(gap)
    parts = [_axis_row(axis)]
    for office, members in offices.items():
        parts.append(f'<div class="office" data-office="{_e(office)}">{_e(office)}</div>')
        parts += [_bar_row(row, axis) for row in members]
        parts += [_gap_row(gap, axis) for gap in gaps_at.get(office, ())]
    return f'<div class="chart">{"".join(parts)}</div>'


#: The legend: what each sample bar shows, its classes beyond "bar", and its ends.
_LEGEND = (
    ("asserted dates; the lighter ends: the days a date covers ('2014': the year)", "",
     '<span class="zone start asserted" style="width:25%"></span>'
     '<span class="zone end asserted" style="width:10%"></span>'),
    ("planned or expected", "", '<span class="zone end planned" style="width:20%"></span>'),
    ("unknown: runs to the edge", "", '<span class="zone end open"></span>'),
    ("inferred from a succession", "", '<span class="zone start planned inferred"></span>'),
    ("in conflict (the disputed end hatched red)", " conflict",
     '<span class="zone end disputed"></span>'),
    ("an end a gap touches", "", '<span class="zone end gap"></span>'),
)  # fmt: skip


def _legend() -> str:
    items = "".join(
        f'<span><span class="track"><span class="bar{classes}">{zones}</span></span> '
        f"{_e(text)}</span>"
        for text, classes, zones in _LEGEND
    )
    return f'<div class="legend" aria-label="legend">{items}</div>'


def _evidence_table(row: _Row) -> str:
    """A tenure's evidence as an expandable table: every field of every piece."""
    tenure = row.tenure
    items = _all_evidence(tenure)
    header = "".join(
        f"<th>{name}</th>"
        for name in ("sets", "event", "modality", "time", "document", "outlet", "published",
                     "as the document gives it", "text")
    )  # fmt: skip
    lines = []
    for item in items:
        given = "; ".join(part for part in (item.person, item.position, item.organization) if part)
        cells = (
            _sets(item, tenure), item.kind, item.modality, item.time, item.document,
            item.outlet, item.published, given,
        )  # fmt: skip
        text = f"<q>{_e(item.text)}</q>" if item.text else ""
        lines.append(
            f'<tr data-document="{_e(item.document)}">'
            + "".join(f"<td>{_e(cell or '')}</td>" for cell in cells)
            + f"<td>{text}</td></tr>"
        )
    summary = (
        f"{_heading(tenure)} ({_count(len(items), 'piece')} of evidence, "
        f"{_count(tenure.sources, 'document')})"
    )
    return (
        f'<details class="list" id="evidence-{row.number}" data-tenure="{row.number}">'
        f"<summary>{_e(summary)}</summary>"
        f"<table><tr>{header}</tr>{''.join(lines)}</table></details>"
    )


def _links(conflict: Conflict, rows: Sequence[_Row]) -> str:
    named = [row for row in rows if conflict in row.conflicts]
    return ", ".join(f'<a href="#tenure-{row.number}">{_e(row.tenure.person)}</a>' for row in named)


def _lists(rows: Sequence[_Row], timelines: Sequence[Timeline]) -> str:
    conflicts = list(dict.fromkeys(c for timeline in timelines for c in timeline.conflicts))
    gaps = list(dict.fromkeys(gap for timeline in timelines for gap in timeline.gaps))
    unassigned = list(dict.fromkeys(i for timeline in timelines for i in timeline.unassigned))
    listed = "".join(
        f'<li data-conflict="{_e(conflict.kind)}"><b>{_e(conflict.kind)}</b>: '
        f"{_e(conflict.message)} ({_links(conflict, rows)})</li>"
        for conflict in conflicts
    )
    holes = "".join(f'<li data-gap="{_e(gap.kind)}">{_e(_gap_text(gap))}</li>' for gap in gaps)
    stray = "".join(_evidence_line(item) for item in unassigned)
    return (
        f"<h2>Conflicts ({len(conflicts)})</h2>"
        + (f'<ul class="conflicts">{listed}</ul>' if listed else "<p>None.</p>")
        + f"<h2>Gaps ({len(gaps)})</h2>"
        + (f'<ul class="gaps">{holes}</ul>' if holes else "<p>None.</p>")
        + "<h2>Evidence</h2>"
        + "".join(_evidence_table(row) for row in rows)
        + (
            f'<details class="list unassigned"><summary>'
            f"{_count(len(unassigned), 'piece')} of evidence no tenure takes</summary>"
            f"<ul>{stray}</ul></details>"
            if unassigned
            else ""
        )
    )


def render_timeline(timelines: Timeline | Iterable[Timeline], *, title: str | None = None) -> str:
    """One or more timelines as a whole standalone HTML page: the chart, then the lists.

    Several timelines (``Corpus.timelines()``: one per office) share one chart and one time
    axis; their tenures keep the order they have, grouped by office in order of appearance.
    ``title`` defaults to "Office timeline", or the office's name when there is only one.
    """
    items = [timelines] if isinstance(timelines, Timeline) else list(timelines)
    rows = _rows(items)
    axis = _axis([row.tenure for row in rows])
    gaps = list(dict.fromkeys(gap for timeline in items for gap in timeline.gaps))
    offices = list(dict.fromkeys(row.tenure.office for row in rows))
    if title is None:
        title = f"{offices[0]}: timeline" if len(offices) == 1 else "Office timeline"
    documents = {
        item.document
        for timeline in items
        for item in (
            *(e for tenure in timeline.tenures for e in tenure.evidence),
            *timeline.unassigned,
        )
    }
    conflicts = len(dict.fromkeys(c for timeline in items for c in timeline.conflicts))
    summary = (
        f"{_count(len(rows), 'tenure')} in {_count(len(offices), 'office')}, evidence from "
        f"{_count(len(documents), 'document')}, {_count(conflicts, 'conflict')}, "
        f"{_count(len(gaps), 'gap')}. Hover over a bar, or tab to it, for its evidence."
    )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta name="generator" content="stoltlib {__version__}">'
        f"<title>{_e(title)}</title>"
        f"<style>{_STYLE}{_grid_rule(axis)}</style></head>\n"
        f"<body><header><h1>{_e(title)}</h1><p>{_e(summary)}</p></header>"
        f"<main>{_legend()}{_chart(rows, gaps, axis)}{_lists(rows, items)}</main>"
        "</body></html>\n"
    )
