"""What a page's microdata says of its article: the ``itemprop="datePublished"`` it marks.

schema.org's microdata puts the publication date on the element that shows it (``<time
itemprop="datePublished" datetime="...">``, ``<span itemprop="datePublished" content="...">``)
or on a ``<meta>`` inside the article. htmldate reads the ``<meta>`` form only; a date shown in
a ``<span>`` or ``<div>`` is left to its search of the page's text, which may find a related
story's date first.
"""

from __future__ import annotations

from typing import Any

from stoltlib_outlet.jsonld import stated_day

__all__ = ["LIST_CONTAINERS", "microdata_date"]

#: Elements whose dates are other pages': lists of links and page furniture.
LIST_CONTAINERS = frozenset({"aside", "nav", "footer"})

#: The microdata property of a list member: a related story's date sits under it.
_LIST_MEMBER = "itemlistelement"

#: Attributes that hold a microdata value, before the element's text: ``content`` (any
#: element) and ``datetime`` (``<time>``).
_VALUE_ATTRIBUTES = ("content", "datetime")


def microdata_date(tree: Any) -> str | None:
    """The first ``itemprop="datePublished"`` day in ``tree`` outside lists, as YYYY-MM-DD.

    The value is the element's ``content`` or ``datetime`` attribute, else its text, read as
    :func:`~stoltlib_outlet.jsonld.stated_day` reads JSON-LD dates. Elements inside an
    ``<aside>``, ``<nav>`` or ``<footer>``, or under an ``itemListElement``, date other
    stories and are passed over. ``None`` when no element states a valid date.
    """
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue  # a comment or a processing instruction
        if str(element.get("itemprop", "")).strip().lower() != "datepublished":
            continue
        if _in_a_list(element):
            continue
        values = [element.get(name) for name in _VALUE_ATTRIBUTES]
        for value in [*values, element.text_content()]:
            day = stated_day(value)
            if day is not None:
                return day
    return None


def _in_a_list(element: Any) -> bool:
    """Whether ``element`` sits in page furniture or a list member (see :func:`microdata_date`)."""
    for ancestor in element.iterancestors():
        if not isinstance(ancestor.tag, str):
            continue
        if ancestor.tag in LIST_CONTAINERS:
            return True
        if _LIST_MEMBER in str(ancestor.get("itemprop", "")).lower().split():
            return True
    return False
