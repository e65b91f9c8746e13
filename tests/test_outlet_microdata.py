"""The article's date in a page's microdata: the first itemprop="datePublished" outside lists."""

from __future__ import annotations

import pytest

lxml_html = pytest.importorskip("lxml.html")

from stoltlib_outlet.microdata import microdata_date  # noqa: E402


def tree(body: str) -> object:
    """A page whose body is ``body``."""
    return lxml_html.fromstring(f"<html><head></head><body>{body}</body></html>")


@pytest.mark.parametrize(
    "element",
    [
        '<span itemprop="datePublished" content="2023-12-21T10:04:00-05:00">Thursday</span>',
        '<time itemprop="datePublished" datetime="2023-12-21">Dec 21</time>',
        '<div itemprop="datePublished">December 21, 2023</div>',
        '<meta itemprop="datePublished" content="2023-12-21">',
        '<span itemprop="datepublished" content="12/21/2023 10:04">Dec 21</span>',
    ],
)
def test_the_marked_date_in_each_form(element: str) -> None:
    """A content or datetime attribute, else the element's text, gives the day."""
    assert microdata_date(tree(f"<article><h1>Rail strike</h1>{element}</article>")) == (
        "2023-12-21"
    )


def test_related_stories_dates_are_passed_over() -> None:
    """Dates in an aside or under an itemListElement are other stories', even when first."""
    related = (
        '<aside><time itemprop="datePublished" datetime="2023-11-30">Nov 30</time></aside>'
        '<ul itemscope><li itemprop="itemListElement" itemscope>'
        '<time itemprop="datePublished" datetime="2023-12-01">Dec 1</time></li></ul>'
    )
    article = '<article><time itemprop="datePublished" datetime="2023-12-21">x</time></article>'
    assert microdata_date(tree(related + article)) == "2023-12-21"
    assert microdata_date(tree(related)) is None


@pytest.mark.parametrize(
    "body",
    [
        "<p>December 21, 2023</p>",  # no microdata
        '<span itemprop="dateModified" content="2023-12-21">x</span>',  # not the publication
        '<span itemprop="datePublished" content="03/04/2024">x</span>',  # day or month first
        '<span itemprop="datePublished">soon</span>',
    ],
)
def test_no_microdata_date(body: str) -> None:
    """No datePublished with a date read one way only: no date."""
    assert microdata_date(tree(body)) is None
