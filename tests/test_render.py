"""stoltlib.render and ``stoltlib render``: one standalone HTML page per run, checked as markup
and in a real headless browser (Debian's chromium; skipped when none is installed)."""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import stoltlib
from stoltlib.model import (
    Analysis,
    Boilerplate,
    Claim,
    Document,
    Event,
    Found,
    Metadata,
    Participant,
    Span,
    Speaker,
    TextSpan,
    TimeExpression,
)
from stoltlib.render import Highlight, highlight_text, render_document, render_page
from stoltlib.testing import strategies

from .conftest import SEEDS
from .test_cli import run, write

TEXT = (
    "BRUSSELS (Sputnik) - “We must adapt by Monday,” NATO chief Jens Stoltenberg said. "
    "Mark Rutte took office. Lavrov said <NATO> & its allies lie.\nShare this article\n"
)

#: Elements that have no closing tag.
_VOID = {"meta", "br", "img", "link", "input", "hr"}


def _piece(text: str, after: int = 0) -> TextSpan:
    start = TEXT.index(text, after)
    return TextSpan(start, start + len(text), text)


def _speaker(text: str, entity: str) -> Speaker:
    piece = _piece(text)
    return Speaker(start=piece.start, end=piece.end, text=text, entity=entity)


def _analysis() -> Analysis:
    """A hand-made analysis: two speakers, a time inside a quote, an event, boilerplate."""
    monday = _piece("Monday")
    rutte = _piece("Mark Rutte took office")
    widget = _piece("Share this article")
    return Analysis(
        document=Document(id="doc-1", text=TEXT),
        published="2020-06-08",
        metadata=Metadata(
            title=Found("NATO adapts"),
            outlet="Sputnik",
            boilerplate=[Boilerplate(widget.start, widget.end, "share-widget")],
            plugin="outlet",
        ),
        times=[
            TimeExpression(
                start=monday.start, end=monday.end, text="Monday", type="DATE",
                value="2020-06-08", interval=("2020-06-08", "2020-06-08"), plugin="dates",
            )
        ],
        claims=[
            Claim(kind="direct", content=[_piece("We must adapt by Monday,")],
                  speaker=_speaker("Jens Stoltenberg", "Jens Stoltenberg"), cue=_piece("said"),
                  plugin="quotes"),
            Claim(kind="indirect", content=[_piece("<NATO> & its allies lie")],
                  speaker=_speaker("Lavrov", "Sergey Lavrov"),
                  cue=_piece("said", TEXT.index("Lavrov")), plugin="quotes"),
        ],
        events=[
            Event(id="e1", type="office.start", person=Participant("Mark Rutte"),
                  position="Secretary General", organization="NATO",
                  evidence=Span(rutte.start, rutte.end), plugin="offices")
        ],
    )  # fmt: skip


class _Tree(HTMLParser):
    """Checks that tags nest, and collects the text and the elements with their attributes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.article_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))
        if tag not in _VOID:
            self.stack.append(tag)
        if tag == "article":
            self.article_depth += 1

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes {self.stack[-1:]}"
        self.stack.pop()
        if tag == "article":
            self.article_depth -= 1

    def handle_data(self, data: str) -> None:
        if self.article_depth:
            self.text.append(data)


def parse(markup: str) -> _Tree:
    tree = _Tree()
    tree.feed(markup)
    tree.close()
    assert tree.stack == [], f"unclosed: {tree.stack}"
    return tree


def with_attribute(tree: _Tree, name: str) -> list[dict[str, str | None]]:
    return [attributes for _, attributes in tree.elements if name in attributes]


# --- highlight_text --------------------------------------------------------------------------


def test_crossing_highlights_are_split_and_the_markup_nests() -> None:
    """A highlight running out of another is closed and reopened; the text is unchanged."""
    text = "abcdefghij"
    marks = [
        Highlight(1, 6, "mark", (("data-claim", "0"),)),
        Highlight(4, 9, "span", (("data-value", "x"),)),
    ]
    markup = highlight_text(text, marks)
    assert markup == (
        'a<mark data-claim="0">bcd<span data-value="x">ef</span></mark>'
        '<span data-value="x">ghi</span>j'
    )


@given(
    st.text(alphabet="ab<>&\"' \n", max_size=40),
    st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40), st.integers(0, 3)), max_size=8),
)
def test_any_highlights_give_well_formed_markup_of_the_same_text(
    text: str, spans: list[tuple[int, int, int]]
) -> None:
    """For any text and highlights, the markup nests and its text is the text, escaped."""
    marks = [
        Highlight(min(a, b, len(text)), min(max(a, b), len(text)), "span", (("n", str(i)),), rank)
        for i, (a, b, rank) in enumerate(spans)
    ]
    markup = highlight_text(text, marks)
    tree = _Tree()
    tree.article_depth = 1  # collect all text
    tree.feed(markup)
    tree.close()
    assert tree.stack == []
    assert "".join(tree.text) == text
    assert "<" not in re.sub(r"</?span[^>]*>", "", markup)


# --- render_page -----------------------------------------------------------------------------


def test_quotes_are_highlighted_per_speaker_with_their_cues() -> None:
    """Each claim's content is a mark naming its speaker; two speakers get two colours."""
    tree = parse(render_page([_analysis()]))
    quotes = [a for tag, a in tree.elements if tag == "mark"]
    assert [(q["data-claim"], q["data-speaker"]) for q in quotes] == [
        ("0", "Jens Stoltenberg"),
        ("1", "Sergey Lavrov"),
    ]
    colours = {q["class"] for q in quotes}
    assert colours == {"quote s0", "quote s1"}
    speakers = [
        a for a in with_attribute(tree, "class") if (a["class"] or "").startswith("speaker ")
    ]
    assert [s["title"] for s in speakers] == [
        "speaker: Jens Stoltenberg",
        "speaker: Sergey Lavrov",
    ]
    assert len([a for a in with_attribute(tree, "class") if a["class"] == "cue"]) == 2


def test_times_show_their_value_on_hover_and_events_their_roles() -> None:
    """A time expression's title holds its type, value and days; an event's its roles."""
    tree = parse(render_page([_analysis()]))
    (time,) = with_attribute(tree, "data-value")
    assert time["title"] == "DATE 2020-06-08 (2020-06-08 to 2020-06-08)"
    (event,) = with_attribute(tree, "data-event")
    assert event["title"] == (
        "office.start; person: Mark Rutte; position: Secretary General; organization: NATO; "
        "modality: asserted"
    )


def test_boilerplate_is_marked_and_the_text_is_kept_exactly() -> None:
    """Boilerplate is a greyed span; the article's text reads back exactly, markup escaped."""
    page = render_page([_analysis()])
    tree = parse(page)
    (block,) = with_attribute(tree, "data-boilerplate")
    assert block["data-boilerplate"] == "share-widget"
    assert "".join(tree.text) == TEXT
    assert "&lt;NATO&gt; &amp; its allies" in page


def test_metadata_panel_and_speaker_legend() -> None:
    """The panel lists the metadata and each speaker with the number of their claims."""
    page = render_page([_analysis()])
    panel = page[page.index('<aside class="metadata">') :]
    assert "<dt>outlet</dt><dd>Sputnik</dd>" in panel
    assert "<dt>published</dt><dd>2020-06-08</dd>" in panel
    assert "Jens Stoltenberg: 1</li>" in panel and "Sergey Lavrov: 1</li>" in panel
    assert "<title>NATO adapts</title>" in page


def test_the_page_loads_nothing_from_anywhere() -> None:
    """No scripts, links, images, imports or URLs in styles: the page stands alone."""
    page = render_page([_analysis()])
    tags = {tag for tag, _ in parse(page).elements}
    assert not tags & {"script", "link", "img", "iframe", "object", "embed"}
    assert not re.search(r"\b(?:src|href)=|url\(|@import", page)


def test_a_speaker_keeps_one_colour_across_documents() -> None:
    """On a page of several documents, the same speaker has the same colour in each."""
    page = render_page([_analysis(), _analysis()])
    classes = re.findall(r'<mark class="(quote s\d)"[^>]*data-speaker="Sergey Lavrov"', page)
    assert len(classes) == 2 and len(set(classes)) == 1


def test_a_page_of_several_documents_heads_each_one() -> None:
    """Several documents: the page is named by their number and each opens with its heading."""
    page = render_page([_analysis(), stoltlib.analyze("Plain words here.", id="second")])
    assert "<title>2 documents</title>" in page and "<h1>2 documents</h1>" in page
    headings = re.findall(r'<h2 class="document-title">([^<]*)</h2>', page)
    assert headings == ["NATO adapts", "second"]
    assert "document-title" not in render_page([_analysis()])


def test_an_analysis_without_text_cannot_be_rendered() -> None:
    """Output written with --no-text has no text to show: a clear ValueError."""
    analysis = stoltlib.loads(stoltlib.dumps(_analysis(), text=False))
    with pytest.raises(ValueError, match="no text to show"):
        render_document(analysis)


# --- stoltlib render -------------------------------------------------------------------------


def test_render_command_from_articles_and_from_extract_output(tmp_path: Path) -> None:
    """`render` draws articles, and extract output, as the same page."""
    seed = SEEDS / "001_42565f625bdc0391.txt"
    from_article = run("render", seed, "-o", tmp_path / "a.html")
    assert from_article.exit_code == 0, from_article.stderr
    assert "1 document rendered" in from_article.stderr
    facts = run("extract", seed, "-q")
    from_output = run("render", "-", input=facts.stdout)
    assert from_output.exit_code == 0, from_output.stderr
    page = (tmp_path / "a.html").read_text("utf-8")
    assert page == from_output.stdout
    analysis = json.loads(facts.stdout)
    tree = parse(page)
    assert {a["data-claim"] for _, a in tree.elements if "data-claim" in a} == {
        str(i) for i in range(len(analysis["claims"]))
    }
    assert html.unescape("".join(tree.text)) == analysis["text"]


def test_render_command_refuses_output_without_text(tmp_path: Path) -> None:
    """Extract output written with --no-text is a usage error that says why (exit 2)."""
    facts = write(
        tmp_path / "f.jsonl", run("extract", SEEDS / "003_91a0002b85a66019.txt", "--no-text").stdout
    )
    result = run("render", facts)
    assert result.exit_code == 2
    assert "no text to show" in result.stderr


def test_render_command_with_nothing_readable_exits_1(tmp_path: Path) -> None:
    """A missing input is reported, and with no document there is no page (exit 1)."""
    result = run("render", tmp_path / "missing.txt", "-o", tmp_path / "page.html")
    assert result.exit_code == 1
    assert "missing.txt: no such file or directory" in result.stderr
    assert not (tmp_path / "page.html").exists()


# --- in a real browser -----------------------------------------------------------------------


def _browser() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    return None


#: Headless Chromium kept off the network: the page needs none, and the browser's own update,
#: account and dictionary requests are sent to a closed port on this machine, with every host
#: name unresolvable, so that no request leaves it.
_OFFLINE = (
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-default-apps", "--no-pings", "--disable-domain-reliability",
    "--disable-client-side-phishing-detection", "--disable-breakpad",
    "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=http://127.0.0.1:9",
)  # fmt: skip


def _headless(browser: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
         "--no-first-run", "--disable-extensions", *_OFFLINE, *args],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


@pytest.fixture(scope="module")
def rendered_seed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Analysis]:
    """A seed article rendered by the command line, with its analysis."""
    seed = SEEDS / "004_4cec3bf680835c1b.txt"
    page = tmp_path_factory.mktemp("render") / "page.html"
    result = run("render", seed, "-o", page)
    assert result.exit_code == 0, result.stderr
    analysis = next(stoltlib.load(_as_jsonl(seed, page.parent)))
    return page, analysis


def _as_jsonl(seed: Path, folder: Path) -> Path:
    path = folder / "facts.jsonl"
    path.write_text(run("extract", seed, "-q").stdout, encoding="utf-8")
    return path


def test_the_page_in_a_headless_browser(rendered_seed: tuple[Path, Analysis]) -> None:
    """Chromium loads the page; its DOM holds every highlight; a screenshot is taken."""
    browser = _browser()
    if browser is None:
        pytest.skip("no headless browser here (CI installs Debian's chromium)")
    page, analysis = rendered_seed
    dom = _headless(browser, "--enable-logging=stderr", "--v=0", "--dump-dom", page.as_uri())
    assert dom.returncode == 0, dom.stderr
    # A script error, had the page any script, would be logged as a console message.
    assert not [line for line in dom.stderr.splitlines() if ":CONSOLE" in line]
    tree = parse(dom.stdout.replace("<!DOCTYPE html>", ""))
    quotes = [a for tag, a in tree.elements if tag == "mark"]
    assert {q["data-claim"] for q in quotes} == {str(i) for i in range(len(analysis.claims))}
    speakers = {c.speaker.entity or c.speaker.text for c in analysis.claims if c.speaker}
    assert {q["data-speaker"] for q in quotes} - {""} == speakers
    assert len(with_attribute(tree, "data-value")) >= len(analysis.times) > 0
    assert len({a["data-boilerplate"] for a in with_attribute(tree, "data-boilerplate")}) >= 1
    assert "".join(tree.text) == analysis.text

    shot = page.with_suffix(".png")
    taken = _headless(browser, f"--screenshot={shot}", "--window-size=1280,1600", page.as_uri())
    assert taken.returncode == 0, taken.stderr
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shot.stat().st_size > 20_000  # a blank page compresses to far less


def test_render_command_draws_only_the_documents_asked_for(tmp_path: Path) -> None:
    """--id keeps the documents named; an id no document has is an error (exit 1, no page)."""
    wanted = "002_66a07e3dcb9e8a5b.txt"
    result = run("render", SEEDS, "--id", wanted, "--id", "003_91a0002b85a66019.txt")
    assert result.exit_code == 0, result.stderr
    sections = re.findall(r'<section class="document" id="([^"]+)"', result.stdout)
    assert sections == [wanted, "003_91a0002b85a66019.txt"]
    missing = run("render", SEEDS, "--id", wanted, "--id", "nope", "-o", tmp_path / "p.html")
    assert missing.exit_code == 1
    assert "--id nope: no document has that id" in missing.stderr
    assert not (tmp_path / "p.html").exists()


@given(strategies.analyses())
def test_any_analysis_renders_to_well_formed_html_of_its_text(analysis: Analysis) -> None:
    """For any valid analysis the page nests, shows the text exactly and marks every claim."""
    tree = parse(render_page([analysis]))
    assert "".join(tree.text) == analysis.text
    drawn = {a["data-claim"] for tag, a in tree.elements if tag == "mark"}
    visible = {
        str(i) for i, c in enumerate(analysis.claims) if any(p.end > p.start for p in c.content)
    }
    assert drawn == visible  # an empty piece has nothing to highlight
