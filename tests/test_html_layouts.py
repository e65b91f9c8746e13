"""Page templates of news sites through the HTML reader: the headline, byline and date read.

Each case is a generic page in the shape of one common kind of template (JSON-LD, Open Graph
meta tags only, bare markup, a logo in an ``<h1>``, ``rel="author"``, Yoast's ``@graph``, an
updated timestamp, a UTC date in the markup, a headline in an ``<h2>``), written for this test
around a made-up story. Needs trafilatura (the ``html`` extra).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import stoltlib
from stoltlib.pipeline import Pipeline

pytest.importorskip("trafilatura")

TITLE = "Flood victims wait for answers as review drags on"
STORY = (
    "<p>The government said on Tuesday that it would review the plan after weeks of protests, "
    "and officials promised a decision before the end of the month.</p>"
    "<p>Critics said the review came too late and that the costs of the delay would fall on "
    "families who had already lost their homes to the floods last year.</p>"
    "<p>The minister is expected to present the findings to parliament early next year, "
    "according to two people familiar with the matter.</p>"
)
NAV = "<nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li></ul></nav>"
# A related-story list with a later date and another byline: never the story's.
RELATED = (
    "<aside><h2>Related</h2><ul><li><a href='/a'>Ferry fares to rise in spring</a> "
    "<time datetime='2024-01-05'>Jan 5, 2024</time></li>"
    "<li><a href='/b'>New bridge opens</a> <span>By Ann Lee</span></li></ul></aside>"
)


def page(head: str, body: str) -> str:
    """A whole page: ``head`` in its head, ``body`` between navigation and related stories."""
    return (
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'>{head}</head>"
        f"<body>{NAV}{body}{RELATED}<footer>© 2023 Valley Media Group</footer></body></html>"
    )


def analyze_page(pipeline: Pipeline, tmp_path: Path, head: str, body: str) -> stoltlib.Metadata:
    """The metadata of the page made of ``head`` and ``body``, read from an ``.html`` file."""
    path = tmp_path / "page.html"
    path.write_text(page(head, body), encoding="utf-8")
    (document,) = stoltlib.read(path)
    assert isinstance(document, stoltlib.Document)
    return pipeline.analyze(document).metadata


def json_ld(data: object) -> str:
    return f"<script type='application/ld+json'>{json.dumps(data)}</script>"


PERSONS = [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "John Roe"}]

TEMPLATES = [
    pytest.param(
        f"<title>{TITLE} | Valley Courier</title>"
        + json_ld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": TITLE,
                "datePublished": "2023-12-21T05:00:00Z",
                "dateModified": "2023-12-22T09:00:00Z",
                "author": PERSONS,
            }
        ),
        f"<article><h1>{TITLE}</h1><div class='byline'>By Jane Doe and John Roe</div>"
        f"<time datetime='2023-12-21T05:00:00Z'>December 21, 2023</time>{STORY}</article>",
        ["Jane Doe", "John Roe"],
        id="json-ld",
    ),
    pytest.param(
        f"<title>{TITLE} - Valley Courier</title><meta property='og:title' content='{TITLE}'>"
        "<meta property='article:published_time' content='2023-12-21T05:00:00+00:00'>"
        "<meta name='author' content='Jane Doe'>",
        f"<article><h1>{TITLE}</h1>{STORY}</article>",
        ["Jane Doe"],
        id="meta-tags-only",
    ),
    pytest.param(
        f"<title>{TITLE} - Valley Courier</title>",
        f"<main><h1>{TITLE}</h1><p class='byline'>By Jane Doe</p>"
        f"<p><time datetime='2023-12-21'>Dec. 21, 2023</time></p>{STORY}</main>",
        ["Jane Doe"],
        id="bare-markup",
    ),
    pytest.param(
        f"<title>{TITLE} | Valley Courier</title>",
        "<header><h1 class='logo'>Valley Courier</h1></header>"
        f"<article><h1>{TITLE}</h1><span>By Jane Doe</span> <span>December 21, 2023</span>"
        f"{STORY}</article>",
        ["Jane Doe"],
        id="logo-in-h1-no-date-markup",
    ),
    pytest.param(
        f"<title>{TITLE}</title>",
        f"<article><h1>{TITLE}</h1><a rel='author' href='/staff/jane'>Jane Doe</a>"
        f"<span class='date'>21 December 2023</span>{STORY}</article>",
        ["Jane Doe"],
        id="rel-author",
    ),
    pytest.param(
        f"<title>{TITLE}</title><meta name='author' content='By Jane Doe | Staff Writer'>"
        "<meta name='date' content='2023-12-21'>",
        f"<article><h1>{TITLE}</h1>{STORY}</article>",
        ["Jane Doe"],
        id="meta-author-as-byline",
    ),
    pytest.param(
        f"<title>{TITLE}</title>"
        + json_ld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": TITLE,
                "datePublished": "2023-12-21",
                "author": {"@type": "Organization", "name": "Valley Courier"},
            }
        ),
        f"<article><h1>{TITLE}</h1>{STORY}</article>",
        [],
        id="organization-author",
    ),
    pytest.param(
        f"<title>{TITLE} - Valley Courier</title>"
        + json_ld(
            {
                "@context": "https://schema.org",
                "@graph": [
                    {"@type": "WebSite", "name": "Valley Courier"},
                    {
                        "@type": "Article",
                        "headline": TITLE,
                        "datePublished": "2023-12-21T05:00:00+00:00",
                        "author": {"@id": "#jane"},
                    },
                    {"@type": "Person", "@id": "#jane", "name": "Jane Doe"},
                ],
            }
        ),
        f"<article><h1 class='entry-title'>{TITLE}</h1><span class='posted-on'>Posted on "
        "<time datetime='2023-12-21T05:00:00+00:00'>December 21, 2023</time></span> "
        f"<span class='byline'>by <a href='/author/jane'>Jane Doe</a></span>{STORY}</article>",
        ["Jane Doe"],
        id="wordpress-yoast",
    ),
    pytest.param(
        f"<title>{TITLE}</title>"
        "<meta property='article:published_time' content='2023-12-21T05:00:00Z'>"
        "<meta property='article:modified_time' content='2023-12-28T05:00:00Z'>",
        f"<article><h1>{TITLE}</h1><p>By Jane Doe</p><p>Updated December 28, 2023</p>"
        f"{STORY}</article>",
        ["Jane Doe"],
        id="updated-shown-published-in-markup",
    ),
    pytest.param(
        f"<title>{TITLE}</title>"
        "<meta property='article:published_time' content='2023-12-22T03:00:00Z'>",
        f"<article><h1>{TITLE}</h1><p>By Jane Doe</p><p>December 21, 2023 10:00 PM EST</p>"
        f"{STORY}</article>",
        ["Jane Doe"],
        id="utc-markup-local-day-shown",
    ),
    pytest.param(
        f"<title>{TITLE}</title>",
        f"<div class='post'><h2 class='title'>{TITLE}</h2>"
        f"<div class='meta'>Jane Doe | 21/12/2023</div>{STORY}</div>",
        ["Jane Doe"],
        id="headline-in-h2",
    ),
    pytest.param(
        f"<title>{TITLE}</title>"
        "<link rel='canonical' href='https://valley.example.com/2023/12/21/flood-review'>",
        f"<article><h1>{TITLE}</h1><p>By Jane Doe</p>{STORY}</article>",
        ["Jane Doe"],
        id="date-in-the-canonical-url-only",
    ),
    pytest.param(
        f"<title>{TITLE}</title>",
        f"<article><h1>{TITLE}</h1><p>By Jane Doe</p>"
        f"<time datetime='2023-12-21T05:00'>3 hours ago</time>{STORY}</article>",
        ["Jane Doe"],
        id="relative-time-shown-datetime-in-markup",
    ),
    pytest.param(
        f"<title>{TITLE} | Valley Courier</title><meta name='author' content='Valley Courier'>"
        "<meta property='og:site_name' content='Valley Courier'>"
        "<meta property='article:published_time' content='2023-12-21T05:00:00Z'>",
        f"<article><h1>{TITLE}</h1>{STORY}</article>",
        [],
        id="site-named-as-author",
    ),
    pytest.param(
        json_ld(
            [
                {
                    "@type": "VideoObject",
                    "name": "Flood footage",
                    "datePublished": "2023-12-19T07:56:07-05:00",
                },
                {"@type": "NewsArticle", "headline": TITLE, "datePublished": "2023-12-21T07:30"},
            ]
        ),
        f"<article><h1>{TITLE}</h1>{STORY}</article>",
        [],
        id="video-before-article",
    ),
    pytest.param(
        json_ld(
            {
                "@context": "https://schema.org",
                "@graph": [
                    {"@type": "WebPage", "datePublished": "2023-12-19T07:00:00+00:00"},
                    {
                        "@type": ["NewsArticle", "ReportageNewsArticle"],
                        "datePublished": "2023-12-21T07:30:00+00:00",
                    },
                ],
            }
        ),
        f"<article><h1>{TITLE}</h1>{STORY}</article>",
        [],
        id="graph-webpage-then-article",
    ),
]


@pytest.mark.parametrize(("head", "body", "authors"), TEMPLATES)
def test_template(
    pipeline: Pipeline, tmp_path: Path, head: str, body: str, authors: list[str]
) -> None:
    """The shown headline is the title, the story's authors are found, its day is the date."""
    metadata = analyze_page(pipeline, tmp_path, head, body)
    assert metadata.title is not None and metadata.title.text == TITLE
    assert [author.text for author in metadata.authors] == authors
    assert metadata.published is not None and metadata.published.value == "2023-12-21"


SEO_TITLE = "Houston flood review: victims still waiting for answers"
BYLINE = "<p>By Jane Doe</p><p>December 21, 2023</p>"
HEADINGS = [
    pytest.param(
        f"<title>{TITLE} | Valley Courier</title>",
        f"<h1>Politics</h1><article><h2>{TITLE}</h2>{BYLINE}{STORY}</article>",
        id="section-name-in-h1",
    ),
    pytest.param(
        f"<title>{SEO_TITLE} | Valley Courier</title>",
        f"<h1>World news</h1><article><h2>{TITLE}</h2>{BYLINE}{STORY}</article>",
        id="section-name-in-h1-reworded-title",
    ),
    pytest.param(
        f"<title>{TITLE} | Valley Courier</title>",
        "<div class='banner'><h1>Breaking: Storm warning for the coast</h1></div>"
        f"<article><h1>{TITLE}</h1>{BYLINE}{STORY}</article>",
        id="banner-h1-first",
    ),
    pytest.param(
        f"<title>{TITLE} | Valley Courier</title>",
        f"<article><h1>Flood victims wait for answers<br>as review drags on</h1>{BYLINE}"
        f"{STORY}</article>",
        id="line-break-in-h1",
    ),
    pytest.param(
        f"<title>{SEO_TITLE} | Valley Courier</title>"
        f"<meta property='og:title' content='{SEO_TITLE}'>",
        f"<article><h1>{TITLE}</h1>{BYLINE}{STORY}</article>",
        id="reworded-title-h1-shown",
    ),
    pytest.param(
        f"<title>{TITLE} | Valley Courier</title>",
        f"<article><h1><span class='kicker'>Exclusive</span> {TITLE}</h1>{BYLINE}{STORY}</article>",
        id="kicker-in-h1",
    ),
]


@pytest.mark.parametrize(("head", "body"), HEADINGS)
def test_headline_among_headings(pipeline: Pipeline, tmp_path: Path, head: str, body: str) -> None:
    """The story's headline, not a section name or a banner, and as shown (a <br> a space)."""
    metadata = analyze_page(pipeline, tmp_path, head, body)
    assert metadata.title is not None and metadata.title.text == TITLE
    assert [author.text for author in metadata.authors] == ["Jane Doe"]
    assert metadata.published is not None and metadata.published.value == "2023-12-21"


HEAD = f"<title>{TITLE} | Valley Courier</title>"
HEADLINE = f"<h1>{TITLE}</h1>"
DATE_LAYOUTS = [
    pytest.param(
        HEAD + "<meta property='article:modified_time' content='2023-12-23T10:00:00Z'>"
        "<meta property='article:published_time' content='2023-12-21T10:00:00Z'>",
        f"<article>{HEADLINE}{STORY}</article>",
        id="modified-meta-before-published",
    ),
    pytest.param(
        HEAD,
        "<div class='topbar'><time datetime='2023-12-29'>Friday, December 29, 2023</time></div>"
        f"<article>{HEADLINE}<time datetime='2023-12-21T10:00:00Z'>Dec 21, 2023</time>"
        f"{STORY}</article>",
        id="today-in-the-top-bar",
    ),
    pytest.param(
        HEAD
        + json_ld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": TITLE,
                "dateModified": "2023-12-23T10:00:00Z",
            }
        ),
        f"<article>{HEADLINE}<p class='date'>Published December 21, 2023</p>{STORY}</article>",
        id="json-ld-modified-only-shown-published",
    ),
    pytest.param(
        HEAD,
        f"<article>{HEADLINE}<meta itemprop='datePublished' content='2023-12-21'>{STORY}</article>",
        id="itemprop-meta-in-body",
    ),
    pytest.param(
        HEAD,
        f"<article>{HEADLINE}<div class='date'>Updated December 23, 2023</div>"
        f"<div class='date'>Published December 21, 2023</div>{STORY}</article>",
        id="updated-shown-over-published",
    ),
    pytest.param(
        HEAD + "<meta property='og:updated_time' content='2023-12-23T10:00:00Z'>",
        f"<article>{HEADLINE}<div class='date'>December 21, 2023</div>{STORY}</article>",
        id="updated-meta-shown-date",
    ),
    pytest.param(
        HEAD + "<meta name='parsely-pub-date' content='2023-12-21T10:00:00Z'>",
        f"<article>{HEADLINE}{STORY}</article>",
        id="parsely-meta",
    ),
    pytest.param(
        HEAD + "<meta name='DC.date.issued' content='2023-12-21'>",
        f"<article>{HEADLINE}{STORY}</article>",
        id="dublin-core-meta",
    ),
    pytest.param(
        HEAD,
        f"<article>{HEADLINE}<abbr class='published' title='2023-12-21T10:00:00'>Dec 21</abbr>"
        f"{STORY}</article>",
        id="hatom-abbr",
    ),
    pytest.param(
        HEAD,
        f"<article>{HEADLINE}<span class='timestamp'>12/21/2023 10:00 AM EST</span>"
        f"{STORY}</article>",
        id="us-numeric-timestamp",
    ),
    pytest.param(
        HEAD,
        f"<article>{HEADLINE}<div class='byline'>By Jane Doe | December 21, 2023 10:00 AM</div>"
        f"{STORY}</article>",
        id="byline-and-date-in-one-line",
    ),
    pytest.param(
        HEAD + "<meta property='article:published_time' content='2023-12-21T10:00:00Z'>",
        f"<article>{HEADLINE}<div>Updated December 23, 2023</div>{STORY}</article>",
        id="published-meta-updated-shown",
    ),
]


@pytest.mark.parametrize(("head", "body"), DATE_LAYOUTS)
def test_date_layouts(pipeline: Pipeline, tmp_path: Path, head: str, body: str) -> None:
    """The story's publication day, whichever common markup or shown line states it."""
    metadata = analyze_page(pipeline, tmp_path, head, body)
    assert metadata.published is not None and metadata.published.value == "2023-12-21"


def test_a_later_copyright_year_is_no_date_and_no_floor(pipeline: Pipeline, tmp_path: Path) -> None:
    """A footer's "© 2024" neither dates a 2023 story January 1 nor hides its 2023 date."""
    footer = "<footer>© 2024 Valley Media Group. Copyright 2024.</footer>"
    dated = "<link rel='canonical' href='https://valley.example/news/20231221-flood-review'>"
    for link, value in ((dated, "2023-12-21"), ("", None)):
        path = tmp_path / "page.html"
        path.write_text(
            f"<!doctype html><html lang='en'><head><title>{TITLE}</title>{link}</head>"
            f"<body>{NAV}<article>{HEADLINE}{STORY}</article>{footer}</body></html>",
            encoding="utf-8",
        )
        (document,) = stoltlib.read(path)
        assert isinstance(document, stoltlib.Document)
        published = pipeline.analyze(document).metadata.published
        assert (published.value if published else None) == value
