"""stoltlib.render_timeline and ``stoltlib timeline --html``: the tenures as a Gantt-style page,
checked as markup and in a real headless browser (Debian's chromium; skipped without one)."""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
import re
import select
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from stoltlib.render_timeline import date_extent, render_timeline
from stoltlib.timeline import Boundary, Conflict, Evidence, Gap, Office, Tenure, Timeline

from .conftest import SEEDS
from .test_cli import run
from .test_render import _OFFLINE, _browser, _Tree, parse

HOSTILE = "<script>alert(\"x\")</script> & 'Co'"


def _evidence(kind: str, time: str | None = None, **fields: Any) -> Evidence:
    values: dict[str, Any] = {
        "document": "doc-1.txt", "outlet": "Sputnik", "published": "2024-10-01",
        "person": "Jens Stoltenberg", "position": "Secretary General", "organization": "NATO",
        "text": f"Stoltenberg {kind} in {time}", **fields,
    }  # fmt: skip
    return Evidence(kind=kind, time=time, **values)


def _tenure(
    person: str, start: Boundary, end: Boundary, organization: str = "NATO", **fields: Any
) -> Tenure:
    evidence = tuple(dict.fromkeys(start.evidence + end.evidence)) or (
        _evidence("office.hold", person=person, organization=organization),
    )
    return Tenure(
        person=person, position=fields.get("position", "Secretary General"),
        organization=organization, start=start, end=end, evidence=evidence,
    )  # fmt: skip


def _dated(value: str, kind: str, modality: str = "asserted", **fields: Any) -> Boundary:
    return Boundary(value, modality, False, (_evidence(kind, value, modality=modality, **fields),))


STOLTENBERG = _tenure(
    "Jens Stoltenberg", _dated("2014", "office.start"), _dated("2024-10-01", "office.end")
)
RUTTE = _tenure(
    "Mark Rutte",
    Boundary("2024-10-01", "planned", True, STOLTENBERG.end.evidence),
    Boundary(),
)
NATO = Office("Secretary General", "NATO")


def _bars(tree: _Tree) -> list[dict[str, str | None]]:
    return [
        a for tag, a in tree.elements if tag == "span" and "bar" in (a.get("class") or "").split()
    ]


def _chart_bars(page: str) -> list[dict[str, str | None]]:
    """The chart's bars (the legend's samples left out)."""
    return [bar for bar in _bars(parse(page)) if bar.get("data-tenure") is not None]


def _zones(page: str, tenure: int) -> list[str]:
    """The classes of one bar's two ends."""
    bar = re.search(rf'data-tenure="{tenure}"[^>]*>(.*?)</span></span>', page)
    assert bar is not None
    return re.findall(r'<span class="(zone [^"]+)"', bar.group(1))


def _style(bar: dict[str, str | None], name: str) -> float:
    match = re.search(rf"{name}:([\d.]+)%", bar["style"] or "")
    assert match is not None
    return float(match.group(1))


# --- dates ---------------------------------------------------------------------------------


def test_dates_of_any_precision_cover_their_first_to_last_day() -> None:
    """Years, months, days and ISO weeks map to their days; other values to None."""
    assert date_extent("2014") == (dt.date(2014, 1, 1), dt.date(2014, 12, 31))
    assert date_extent("2024-02") == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))
    assert date_extent("2024-10-01") == (dt.date(2024, 10, 1), dt.date(2024, 10, 1))
    assert date_extent("1987-W09") == (dt.date(1987, 2, 23), dt.date(1987, 3, 1))
    for value in (None, "2024-Q3", "PRESENT_REF", "2024-13", "2020-W54", "XXXX-06-08"):
        assert date_extent(value) is None


# --- the page --------------------------------------------------------------------------------


def test_one_bar_per_tenure_grouped_by_office() -> None:
    """Each tenure is one bar in its office's group, in order, on one time axis."""
    norway = _tenure(
        "Jens Stoltenberg", _dated("2000", "office.start"), _dated("2001", "office.end"),
        organization="Norway", position="Prime Minister",
    )  # fmt: skip
    page = render_timeline(Timeline(tenures=(STOLTENBERG, RUTTE, norway)))
    bars = _chart_bars(page)
    assert [(b["data-tenure"], b["data-person"], b["data-office"]) for b in bars] == [
        ("0", "Jens Stoltenberg", "Secretary General of NATO"),
        ("1", "Mark Rutte", "Secretary General of NATO"),
        ("2", "Jens Stoltenberg", "Prime Minister of Norway"),
    ]
    offices = re.findall(r'<div class="office" data-office="([^"]+)"', page)
    assert offices == ["Secretary General of NATO", "Prime Minister of Norway"]
    assert all(b["tabindex"] == "0" for b in bars)  # each bar can be focused for its evidence
    # One person keeps one colour across offices.
    assert re.findall(r"background-color:(#\w+)", bars[0]["style"] or "") == re.findall(
        r"background-color:(#\w+)", bars[2]["style"] or ""
    )
    assert ">2000</span>" in page and ">2025</span>" in page  # year ticks across the range


def test_bars_span_their_dates_and_an_unknown_end_runs_to_the_edge() -> None:
    """A bar starts at its start's first day; an open end fades out to the axis edge."""
    page = render_timeline(Timeline(tenures=(STOLTENBERG, RUTTE)))
    stoltenberg, rutte = _chart_bars(page)
    # The axis: 2014 to 2025 (a year past the last date, for the open end): 4383 days.
    days = (dt.date(2025, 12, 31) - dt.date(2014, 1, 1)).days + 1
    assert _style(stoltenberg, "left") == 0.0
    end = (dt.date(2024, 10, 2) - dt.date(2014, 1, 1)).days * 100 / days
    assert _style(stoltenberg, "width") == pytest.approx(end, abs=0.001)
    # The hand-over day is both Stoltenberg's last and Rutte's first.
    handover = (dt.date(2024, 10, 1) - dt.date(2014, 1, 1)).days * 100 / days
    assert _style(rutte, "left") == pytest.approx(handover, abs=0.001)
    assert _style(rutte, "left") + _style(rutte, "width") == pytest.approx(100.0, abs=0.001)
    assert _zones(page, 0)[0].startswith("zone start asserted")
    assert _zones(page, 1) == ["zone start planned inferred", "zone end open"]
    assert (stoltenberg["data-start"], stoltenberg["data-end"]) == ("2014", "2024-10-01")


def test_an_unknown_start_and_an_undated_tenure_run_to_the_edges() -> None:
    """An unknown start runs from the left edge; a tenure without dates spans the chart."""
    ended = _tenure("Anders Fogh Rasmussen", Boundary(), _dated("2014-09-30", "office.end"))
    undated = _tenure("Mark Rutte", Boundary(), Boundary(), organization="Dutch")
    page = render_timeline(Timeline(tenures=(ended, undated)))
    first, second = _chart_bars(page)
    assert _style(first, "left") == 0.0 and _zones(page, 0)[0] == "zone start open"
    assert (_style(second, "left"), _style(second, "width")) == (0.0, 100.0)
    assert "undated" in (second["class"] or "") and "dates not known" in page
    nothing = render_timeline(Timeline(tenures=(undated,)))
    assert "no tenure is dated" in nothing and _zones(nothing, 0) == [
        "zone start open",
        "zone end open",
    ]


def test_a_conflict_is_marked_on_its_bar_and_listed() -> None:
    """A start conflict outlines the bar, hatches its start and is listed with a link."""
    conflict = Conflict(
        kind="start", persons=("Jens Stoltenberg",), offices=(NATO,), values=("2014", "2015"),
        message="Jens Stoltenberg, Secretary General of NATO: documents give different start "
        "dates: 2014, 2015",
        evidence=STOLTENBERG.start.evidence,
    )  # fmt: skip
    page = render_timeline(Timeline(tenures=(STOLTENBERG, RUTTE), conflicts=(conflict,)))
    stoltenberg, rutte = _chart_bars(page)
    assert "conflict" in (stoltenberg["class"] or "").split()
    assert stoltenberg["data-conflict"] == "start" and rutte["data-conflict"] == ""
    assert "disputed" in _zones(page, 0)[0] and "disputed" not in _zones(page, 0)[1]
    listed = re.search(r'<li data-conflict="start">(.*?)</li>', page)
    assert listed is not None and '<a href="#tenure-0">Jens Stoltenberg</a>' in listed.group(1)
    assert "documents give different start dates: 2014, 2015" in listed.group(1)


def test_a_tenure_that_starts_after_it_ends_is_drawn_from_end_to_start() -> None:
    """An order conflict's bar runs from the end's first day to the start's last, ends swapped."""
    reversed_ = _tenure("C. Reversed", _dated("2016", "office.start"), _dated("2015", "office.end"))
    conflict = Conflict(
        kind="order", persons=("C. Reversed",), offices=(NATO,), values=("2016", "2015"),
        message="C. Reversed, Secretary General of NATO: starts (2016) after it ends (2015)",
        evidence=reversed_.start.evidence + reversed_.end.evidence,
    )  # fmt: skip
    page = render_timeline(Timeline(tenures=(reversed_,), conflicts=(conflict,)))
    (bar,) = _chart_bars(page)
    assert "reversed" in (bar["class"] or "").split()
    assert (_style(bar, "left"), _style(bar, "width")) == (0.0, 100.0)  # 2015 to 2016
    assert all("disputed" in zone for zone in _zones(page, 0))


def test_a_vacancy_is_drawn_between_the_tenures_it_separates() -> None:
    """A vacancy is a hatched stretch from the end before to the start after, both ends marked."""
    before = _tenure("A. Holder", _dated("2010", "office.start"), _dated("2011-06", "office.end"))
    after = _tenure("B. Holder", _dated("2012-03-01", "office.start"), Boundary())
    gap = Gap(
        kind="vacancy", office=NATO, after="A. Holder", before="B. Holder",
        start="2011-06", end="2012-03-01",
    )  # fmt: skip
    page = render_timeline(Timeline(tenures=(before, after), gaps=(gap,)))
    first, second = _chart_bars(page)
    assert (first["data-gap"], second["data-gap"]) == ("vacancy", "vacancy")
    assert "gap" in _zones(page, 0)[1].split() and "gap" in _zones(page, 1)[0].split()
    (drawn,) = [a for tag, a in parse(page).elements if "vacancy" in (a.get("class") or "")]
    assert _style(drawn, "left") == pytest.approx(
        _style(first, "left") + _style(first, "width"), abs=0.001
    )
    assert _style(drawn, "left") + _style(drawn, "width") == pytest.approx(
        _style(second, "left"), abs=0.001
    )
    assert '<li data-gap="vacancy">' in page


def test_every_bar_carries_its_evidence_for_hover_and_a_full_list() -> None:
    """Each bar's panel and its expandable list name document, outlet, date, modality, text."""
    page = render_timeline(Timeline(tenures=(STOLTENBERG, RUTTE)))
    panel = re.search(r'<div class="evidence" role="tooltip" id="hover-0">(.*?)</div>', page)
    assert panel is not None
    for shown in ("doc-1.txt", "Sputnik", "published 2024-10-01", "office.start", "asserted",
                  "<q>Stoltenberg office.start in 2014</q>", "start: "):  # fmt: skip
        assert shown in panel.group(1)
    (bar, _) = _chart_bars(page)
    assert bar["aria-describedby"] == "hover-0"
    table = re.search(r'<details class="list" id="evidence-0".*?</details>', page)
    assert table is not None and table.group().count('<tr data-document="doc-1.txt">') == 2
    # The inferred start's evidence is the predecessor's end, listed under the successor too.
    rutte = re.search(r'id="hover-1">(.*?)</div>', page)
    assert rutte is not None and "start: <b>office.end</b>" in rutte.group(1)


def test_hostile_names_and_texts_are_escaped_everywhere() -> None:
    """Names, titles, documents and texts with markup are shown as text, never as markup."""
    item = _evidence(
        "office.start", "2014", person=HOSTILE, position=HOSTILE, organization=HOSTILE,
        document=HOSTILE, outlet=HOSTILE, text=HOSTILE,
    )  # fmt: skip
    tenure = Tenure(
        person=HOSTILE, position=HOSTILE, organization=HOSTILE,
        start=Boundary("2014", "asserted", False, (item,)), end=Boundary(), evidence=(item,),
    )  # fmt: skip
    conflict = Conflict(
        kind=HOSTILE, persons=(HOSTILE,), offices=(tenure.office,), values=(HOSTILE,),
        message=HOSTILE, evidence=(item,),
    )  # fmt: skip
    page = render_timeline(
        Timeline(tenures=(tenure,), conflicts=(conflict,), unassigned=(item,)), title=HOSTILE
    )
    tree = parse(page)
    assert not {tag for tag, _ in tree.elements} & {"script", "img", "iframe", "object"}
    assert "<script>" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#x27;Co&#x27;" in page
    (bar,) = _chart_bars(page)
    assert bar["data-person"] == HOSTILE  # the attribute reads back as the name


def test_the_page_loads_nothing_from_anywhere() -> None:
    """No scripts, links, images, imports or URLs; links only point within the page."""
    page = render_timeline(Timeline(tenures=(STOLTENBERG, RUTTE)))
    tree = parse(page)
    assert not {tag for tag, _ in tree.elements} & {"script", "link", "img", "iframe", "embed"}
    assert not re.search(r"\bsrc=|url\(|@import|\bon\w+=", page)
    assert all(href.startswith("#") for href in re.findall(r'href="([^"]*)"', page))


def test_several_timelines_share_one_chart() -> None:
    """Timelines of several offices (Corpus.timelines()) are drawn on one axis, in order."""
    norway = _tenure(
        "Jens Stoltenberg", _dated("2005", "office.start"), Boundary(),
        organization="Norway", position="Prime Minister",
    )  # fmt: skip
    page = render_timeline([Timeline(tenures=(STOLTENBERG,)), Timeline(tenures=(norway,))])
    bars = _chart_bars(page)
    assert [b["data-tenure"] for b in bars] == ["0", "1"]
    assert _style(bars[1], "left") == 0.0  # the axis begins with the earliest date, 2005
    assert ">2006</span>" in page and ">2024</span>" in page
    assert "<title>Office timeline</title>" in page
    single = render_timeline(Timeline(tenures=(STOLTENBERG, RUTTE)))
    assert "<title>Secretary General of NATO: timeline</title>" in single


_VALUES = st.one_of(
    st.none(),
    st.integers(1, 9999).map(lambda year: f"{year:04d}"),
    st.builds(lambda day, size: day.isoformat()[:size], st.dates(), st.sampled_from([4, 7, 10])),
    st.builds(lambda y, w: f"{y:04d}-W{w:02d}", st.integers(1, 9998), st.integers(1, 53)),
    st.sampled_from(["PRESENT_REF", "2024-Q3", "2024-13"]),
)


@given(
    st.lists(
        st.tuples(_VALUES, _VALUES, st.sampled_from(["asserted", "planned", "expected"])),
        min_size=1,
        max_size=6,
    )
)
def test_any_boundaries_give_well_formed_bars_inside_the_axis(
    bounds: list[tuple[str | None, str | None, str]],
) -> None:
    """For any boundary values, the page nests and every bar lies within the axis."""
    tenures = tuple(
        _tenure(f"Person {i}", Boundary(start, modality), Boundary(end, modality))
        for i, (start, end, modality) in enumerate(bounds)
    )
    bars = _chart_bars(render_timeline(Timeline(tenures=tenures)))
    assert len(bars) == len(tenures)
    for bar in bars:
        left, width = _style(bar, "left"), _style(bar, "width")
        assert left >= 0.0 and width >= 0.0 and left + width <= 100.0005


# --- stoltlib timeline --html ----------------------------------------------------------------


def test_timeline_command_writes_the_page_and_prints_the_same_table(tmp_path: Path) -> None:
    """--html writes the chart; the table on standard output is the one printed without it."""
    seeds = sorted(SEEDS.glob("*.txt"))
    page = tmp_path / "timeline.html"
    drawn = run("timeline", *seeds, "--organization", "NATO", "--html", page)
    assert drawn.exit_code == 0, drawn.stderr
    assert drawn.stdout == run("timeline", *seeds, "--organization", "NATO").stdout
    assert f"chart drawn to {page}" in drawn.stderr
    bars = _chart_bars(page.read_text("utf-8"))
    assert [(b["data-person"], b["data-start"], b["data-end"]) for b in bars] == [
        ("Jens Stoltenberg", "2014", "2024-10-01"),
        ("Mark Rutte", "2024-10-01", ""),
    ]
    as_json = run("timeline", *seeds, "--format", "json", "--html", tmp_path / "all.html")
    assert as_json.exit_code == 0 and json.loads(as_json.stdout)["tenures"]


def test_timeline_command_says_when_the_page_cannot_be_written(tmp_path: Path) -> None:
    """An --html path in a missing folder, or a folder, is a usage error naming it (exit 2)."""
    seed = SEEDS / "004_4cec3bf680835c1b.txt"
    missing = run("timeline", seed, "--html", tmp_path / "no" / "page.html")
    assert missing.exit_code == 2
    assert "--html" in missing.stderr and "cannot write" in missing.stderr
    assert missing.stdout == ""
    folder = run("timeline", seed, "--html", tmp_path)
    assert folder.exit_code == 2 and "is a directory" in folder.stderr


# --- in a real browser -------------------------------------------------------------------------


class _DevTools:
    """Chromium driven over its DevTools pipe (file descriptors 3 and 4): no other package.

    Messages are JSON, each ended by a NUL byte; events that arrive while waiting for a reply
    are kept in :attr:`events`.
    """

    def __init__(self, browser: str, profile: Path) -> None:
        to_browser, self._ours = os.pipe()
        self._theirs, from_browser = os.pipe()

        def pipes() -> None:  # in the child: its ends at 3 and 4, inheritable
            read, write = os.dup(to_browser), os.dup(from_browser)
            os.dup2(read, 3)
            os.dup2(write, 4)

        self.process = subprocess.Popen(
            [browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
             "--no-first-run", "--disable-extensions", "--remote-debugging-pipe",
             f"--user-data-dir={profile}", *_OFFLINE, "about:blank"],
            preexec_fn=pipes, close_fds=False, stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        os.close(to_browser)
        os.close(from_browser)
        self._buffer = b""
        self._number = 0
        self.events: list[dict[str, Any]] = []
        self.session: str | None = None

    def call(self, method: str, **params: Any) -> dict[str, Any]:
        """Send a command (to the attached page, once there is one) and wait for its result."""
        self._number += 1
        message: dict[str, Any] = {"id": self._number, "method": method, "params": params}
        if self.session is not None:
            message["sessionId"] = self.session
        os.write(self._ours, json.dumps(message).encode() + b"\0")
        while True:
            reply = self._receive()
            if reply.get("id") == self._number:
                assert "error" not in reply, reply["error"]
                return dict(reply["result"])
            self.events.append(reply)

    def wait_for(self, method: str) -> dict[str, Any]:
        """The first event ``method`` (received already, or next)."""
        while True:
            for event in self.events:
                if event.get("method") == method:
                    return event
            self.events.append(self._receive())

    def _receive(self, timeout: float = 60.0) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            ready, _, _ = select.select([self._theirs], [], [], timeout)
            assert ready, "the browser did not answer"
            chunk = os.read(self._theirs, 1 << 16)
            assert chunk, "the browser went away"
            self._buffer += chunk
        message, _, self._buffer = self._buffer.partition(b"\0")
        return dict(json.loads(message))

    def evaluate(self, expression: str) -> Any:
        """A JavaScript expression's value in the page (the page itself has no script)."""
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        assert "exceptionDetails" not in result, result
        return result["result"].get("value")

    def mouse_to(self, x: float, y: float) -> None:
        self.call("Input.dispatchMouseEvent", type="mouseMoved", x=x, y=y)

    def close(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=30)
        os.close(self._ours)
        os.close(self._theirs)


@pytest.fixture
def devtools(tmp_path: Path) -> Iterator[_DevTools]:
    """A headless Chromium with a page attached, kept off the network."""
    browser = _browser()
    if browser is None:
        pytest.skip("no headless browser here (CI installs Debian's chromium)")
    tools = _DevTools(browser, tmp_path / "profile")
    try:
        target = tools.call("Target.createTarget", url="about:blank")["targetId"]
        tools.session = tools.call("Target.attachToTarget", targetId=target, flatten=True)[
            "sessionId"
        ]
        for domain in ("Page", "Runtime", "Network", "Log"):
            tools.call(f"{domain}.enable")
        tools.call(
            "Emulation.setDeviceMetricsOverride",
            width=1280, height=1600, deviceScaleFactor=1, mobile=False,
        )  # fmt: skip
        yield tools
    finally:
        tools.close()


_PANEL = """(() => {
  const bar = document.querySelector('.chart .bar[data-tenure="%s"]');
  const panel = document.getElementById(bar.getAttribute('aria-describedby'));
  const box = panel.getBoundingClientRect();
  return [getComputedStyle(panel).display, box.width * box.height, panel.innerText];
})()"""


def test_the_seeds_timeline_in_a_headless_browser(devtools: _DevTools, tmp_path: Path) -> None:
    """Chromium loads the page without errors or requests; bars show; hover and focus work."""
    page = tmp_path / "timeline.html"
    result = run("timeline", *sorted(SEEDS.glob("*.txt")), "--html", page)
    assert result.exit_code == 0, result.stderr
    devtools.call("Page.navigate", url=page.as_uri())
    devtools.wait_for("Page.loadEventFired")

    requests = [
        event["params"]["request"]["url"]
        for event in devtools.events
        if event.get("method") == "Network.requestWillBeSent"
    ]
    assert requests == [page.as_uri()]  # the page itself, nothing else
    problems = [
        event
        for event in devtools.events
        if event.get("method") in ("Runtime.exceptionThrown", "Runtime.consoleAPICalled")
        or (
            event.get("method") == "Log.entryAdded" and event["params"]["entry"]["level"] == "error"
        )
    ]
    assert problems == []

    boxes = devtools.evaluate(
        "[...document.querySelectorAll('.chart .bar')].map(bar => {"
        " const box = bar.getBoundingClientRect();"
        " return [bar.dataset.person, bar.dataset.start, box.x, box.y, box.width, box.height,"
        " getComputedStyle(bar).visibility]; })"
    )
    assert len(boxes) == 5  # the seeds' five tenures
    assert all(
        width > 0 and height > 0 and shown == "visible" for *_, width, height, shown in boxes
    )
    number = next(i for i, box in enumerate(boxes) if box[:2] == ["Jens Stoltenberg", "2014"])
    _, _, x, y, width, height, _ = boxes[number]

    hidden = devtools.evaluate(_PANEL % number)
    assert hidden[0] == "none" and hidden[1] == 0
    devtools.mouse_to(x + width / 3, y + height / 2)
    shown, area, text = devtools.evaluate(_PANEL % number)
    assert shown == "block" and area > 0
    for words in ("took over as NATO Secretary General", "Sputnik Africa", "office.start",
                  "published 2024-10-01", "conflict, title"):  # fmt: skip
        assert words in text
    shot = devtools.call("Page.captureScreenshot", format="png")["data"]
    picture = base64.b64decode(shot)
    assert picture[:8] == b"\x89PNG\r\n\x1a\n" and len(picture) > 20_000
    (tmp_path / "hover.png").write_bytes(picture)

    # Away from the bars, the panel goes; tabbing to a bar brings its panel back.
    devtools.mouse_to(2, 2)
    assert devtools.evaluate(_PANEL % number)[0] == "none"
    for _ in range(40):
        focused = devtools.evaluate(
            "(element => element.matches('.chart .bar') ? element.dataset.tenure : null)"
            "(document.activeElement)"
        )
        if focused is not None:
            break
        for kind in ("keyDown", "keyUp"):
            devtools.call(
                "Input.dispatchKeyEvent", type=kind, key="Tab", code="Tab",
                windowsVirtualKeyCode=9,
            )  # fmt: skip
    assert focused is not None, "no bar can be reached with the keyboard"
    shown, area, text = devtools.evaluate(_PANEL % focused)
    assert shown == "block" and area > 0 and boxes[int(focused)][0] in text
