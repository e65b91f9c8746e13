"""The article's date in a page's JSON-LD: only an article object's, malformed data harmless."""

from __future__ import annotations

import json

import pytest

lxml_html = pytest.importorskip("lxml.html")

from stoltlib_outlet.jsonld import MAX_DEPTH, article_date  # noqa: E402


def tree(*scripts: str) -> object:
    """A page holding each of ``scripts`` as a JSON-LD script."""
    body = "".join(f"<script type='application/ld+json'>{script}</script>" for script in scripts)
    return lxml_html.fromstring(f"<html><head>{body}</head><body><p>Text</p></body></html>")


def test_the_article_objects_date_not_the_first_objects() -> None:
    """A video, a web page or an organisation before the article has its own date."""
    data = [
        {"@type": "Organization", "name": "Valley Courier"},
        {"@type": "VideoObject", "datePublished": "2023-12-19T07:00:00-05:00"},
        {"@type": "NewsArticle", "datePublished": "2023-12-21T07:30:00-05:00"},
    ]
    assert article_date(tree(json.dumps(data))) == "2023-12-21"


@pytest.mark.parametrize(
    "kind",
    ["Article", "BlogPosting", ["WebPage", "NewsArticle"], "https://schema.org/NewsArticle"],
)
def test_every_spelling_of_an_article_type(kind: object) -> None:
    """A type list, a type URL and the kinds of Article are articles."""
    data = {"@type": kind, "datePublished": "2023-12-21"}
    assert article_date(tree(json.dumps(data))) == "2023-12-21"


def test_an_article_without_a_published_date_gives_its_creation_date() -> None:
    """dateCreated stands in for a missing datePublished; dateModified never does."""
    data = {"@type": "NewsArticle", "dateModified": "2023-12-23", "dateCreated": "2023-12-21"}
    assert article_date(tree(json.dumps(data))) == "2023-12-21"
    modified = {"@type": "NewsArticle", "dateModified": "2023-12-23"}
    assert article_date(tree(json.dumps(modified))) is None


def test_graphs_and_later_scripts_are_read() -> None:
    """Yoast's @graph, and an article in a second script after a malformed first one."""
    graph = {"@graph": [{"@type": "WebPage", "datePublished": "2023-12-19"}]}
    article = {"@graph": [{"@type": "NewsArticle", "datePublished": "2023-12-21T05:00:00Z"}]}
    assert article_date(tree("{not json", json.dumps(graph), json.dumps(article))) == "2023-12-21"


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("December 21, 2023", "2023-12-21"),
        ("12/21/2023 20:41:43", "2023-12-21"),
        ("21/12/2023", "2023-12-21"),
        ("Thu, 21 Dec 2023 10:04:00 +0000", "2023-12-21"),
        ("2023/12/21 10:04", "2023-12-21"),
    ],
)
def test_a_date_written_as_pages_show_it(value: str, day: str) -> None:
    """A value that is no ISO date but reads as one day only is that day."""
    data = {"@type": "NewsArticle", "datePublished": value}
    assert article_date(tree(json.dumps(data))) == day


def test_raw_line_breaks_in_strings_are_read() -> None:
    """A description with a raw line break or tab (invalid JSON, common) hides no date."""
    # A Python string: the line break and the tab stand raw in the JSON text.
    script = (
        '{"@type": "NewsArticle", "description": "One\nTwo\tThree", "datePublished": "2023-12-21"}'
    )
    assert article_date(tree(script)) == "2023-12-21"


def test_the_article_a_web_page_is_about() -> None:
    """A WebPage's mainEntity is looked into; its related parts are not."""
    data = {
        "@type": "WebPage",
        "hasPart": [{"@type": "NewsArticle", "datePublished": "2023-12-01"}],
        "mainEntity": {"@type": "NewsArticle", "datePublished": "2023-12-21T07:30:00Z"},
    }
    assert article_date(tree(json.dumps(data))) == "2023-12-21"


@pytest.mark.parametrize(
    "data",
    [
        {"@type": "WebPage", "datePublished": "2023-12-19"},  # no article
        {"@type": "NewsArticle", "datePublished": "03/04/2024"},  # day or month first
        {"@type": "NewsArticle", "datePublished": "Updated December 21, 2023"},  # not a date
        {"@type": "NewsArticle", "datePublished": 20231221},
        {"@type": "NewsArticle"},
        {"@type": None, "datePublished": "2023-12-21"},
        "just a string",
        [[[[[[{"@type": "NewsArticle", "datePublished": "2023-12-21"}]]]]]],  # past MAX_DEPTH
    ],
)
def test_no_article_date(data: object) -> None:
    """No article object with a date read one way only: no date, and no error."""
    assert article_date(tree(json.dumps(data))) is None


def test_nesting_is_bounded() -> None:
    """Objects nested deeper than MAX_DEPTH lists are not looked for (hostile pages)."""
    article: object = {"@type": "NewsArticle", "datePublished": "2023-12-21"}
    shallow, deep = article, article
    for _ in range(MAX_DEPTH - 1):
        shallow = [shallow]
    for _ in range(MAX_DEPTH):
        deep = [deep]
    assert article_date(tree(json.dumps(shallow))) == "2023-12-21"
    assert article_date(tree(json.dumps(deep))) is None
