"""What a page's JSON-LD says of its article: the publication date of the article object.

A page's structured data describes several things at once: the site (``Organization``), the page
(``WebPage``), its breadcrumbs, and often a video or an image beside the article, each with a
``datePublished`` of its own. htmldate, which finds the HTML reader's date, takes the first one it
meets; by schema.org's meaning only the article's (``NewsArticle`` and the other kinds of
``Article``, ``BlogPosting``, ...) is the article's publication date.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import regex

__all__ = ["ARTICLE_TYPES", "article_date"]

#: schema.org types of an article: the object whose ``datePublished`` is the page's date.
ARTICLE_TYPES = frozenset(
    {
        "Article",
        "NewsArticle",
        "AnalysisNewsArticle",
        "AskPublicNewsArticle",
        "BackgroundNewsArticle",
        "OpinionNewsArticle",
        "ReportageNewsArticle",
        "ReviewNewsArticle",
        "BlogPosting",
        "LiveBlogPosting",
        "SocialMediaPosting",
        "Report",
        "ScholarlyArticle",
        "TechArticle",
    }
)

#: How deep objects are looked for (``@graph`` lists, a list of graphs): structured data is
#: shallow, and a hostile page's nesting is not followed.
MAX_DEPTH = 4

# An ISO 8601 date, or the date part of a date and time: "2023-12-21", "2023-12-21T07:30:00Z".
_ISO_DAY = regex.compile(r"((?:19|20)\d\d-[01]\d-[0-3]\d)(?:$|[T\s])")


def article_date(tree: Any) -> str | None:
    """The ``datePublished`` of the first article object in the page's JSON-LD, as YYYY-MM-DD.

    An article object that states no ``datePublished`` gives its ``dateCreated``.

    ``tree`` is the page's lxml tree. The date is taken as written (its local day): the page's
    other dates are read that way too. ``None`` when no article object states a valid date, or
    the JSON-LD is malformed.
    """
    for script in tree.iter("script"):
        if "ld+json" not in str(script.get("type", "")) or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:  # malformed JSON-LD, common on real pages
            continue
        for item in _objects(data, MAX_DEPTH):
            if not _is_article(item.get("@type")):
                continue
            for key in ("datePublished", "dateCreated"):  # created: when no date is published
                value = item.get(key)
                match = _ISO_DAY.match(value.strip()) if isinstance(value, str) else None
                if match is not None:
                    return match.group(1)
    return None


def _objects(data: object, depth: int) -> Iterator[dict[str, Any]]:
    """The objects of a JSON-LD value: itself, list members and ``@graph`` members."""
    if depth <= 0:
        return
    if isinstance(data, list):
        for member in data:
            yield from _objects(member, depth - 1)
    elif isinstance(data, dict):
        yield data
        yield from _objects(data.get("@graph"), depth - 1)


def _is_article(kind: object) -> bool:
    kinds = [kind] if isinstance(kind, str) else kind if isinstance(kind, list) else []
    return any(isinstance(name, str) and name.rsplit("/", 1)[-1] in ARTICLE_TYPES for name in kinds)
