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

from stoltlib_outlet.dates import find_dates

__all__ = ["ARTICLE_TYPES", "NESTING_KEYS", "article_date", "stated_day"]

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

#: The keys whose object is looked into for the article besides ``@graph``: a ``WebPage``
#: states the article it is about as its ``mainEntity``.
NESTING_KEYS = ("@graph", "mainEntity")

# An ISO 8601 date, or the date part of a date and time: "2023-12-21", "2023-12-21T07:30:00Z".
_ISO_DAY = regex.compile(r"((?:19|20)\d\d-[01]\d-[0-3]\d)(?:$|[T\s])")


def article_date(tree: Any) -> str | None:
    """The ``datePublished`` of the first article object in the page's JSON-LD, as YYYY-MM-DD.

    An article object that states no ``datePublished`` gives its ``dateCreated``. Besides ISO
    8601, a value may be written as a page shows dates ("12/20/2023 20:41:43", "Thu, 21 Dec
    2023 10:04:00 +0000"), when it can be read only one way: "03/04/2024" is left to the
    reader's date.

    ``tree`` is the page's lxml tree. The date is taken as written (its local day): the page's
    other dates are read that way too. ``None`` when no article object states a valid date, or
    the JSON-LD is malformed. Raw line breaks and tabs inside its strings, which JSON forbids
    and real pages often hold (a description pasted from the story), are read as written.
    """
    for script in tree.iter("script"):
        if "ld+json" not in str(script.get("type", "")) or not script.text:
            continue
        try:
            data = json.loads(script.text, strict=False)
        except ValueError:  # malformed JSON-LD, common on real pages
            continue
        for item in _objects(data, MAX_DEPTH):
            if not _is_article(item.get("@type")):
                continue
            for key in ("datePublished", "dateCreated"):  # created: when no date is published
                day = stated_day(item.get(key))
                if day is not None:
                    return day
    return None


def stated_day(value: object) -> str | None:
    """The YYYY-MM-DD day a structured-data date value states, or ``None``.

    ISO 8601 ("2023-12-21T07:30:00Z"), or a date a page would show that reads one way only
    (see :func:`article_date`).
    """
    if not isinstance(value, str):
        return None
    value = value.strip()
    match = _ISO_DAY.match(value)
    if match is not None:
        return match.group(1)
    # Any other spelling: its first date, when it opens the value and reads the same day first
    # or month first (a day past 12, a month's name).
    us, day_first = find_dates(value, "mdy")[:1], find_dates(value, "dmy")[:1]
    if us and us == day_first and us[0][0] == 0:
        return us[0][2]
    return None


def _objects(data: object, depth: int) -> Iterator[dict[str, Any]]:
    """The objects of a JSON-LD value: itself, list members, and those of :data:`NESTING_KEYS`."""
    if depth <= 0:
        return
    if isinstance(data, list):
        for member in data:
            yield from _objects(member, depth - 1)
    elif isinstance(data, dict):
        yield data
        for key in NESTING_KEYS:
            yield from _objects(data.get(key), depth - 1)


def _is_article(kind: object) -> bool:
    kinds = [kind] if isinstance(kind, str) else kind if isinstance(kind, list) else []
    return any(isinstance(name, str) and name.rsplit("/", 1)[-1] in ARTICLE_TYPES for name in kinds)
