"""Scoring outlet metadata (title, authors, date, site) against gold annotations.

These are the scorers behind stoltlib's metadata benchmark, public so that users can measure
stoltlib (or any other tool) on articles they annotated themselves. Everything here is a pure
function of its arguments.

Gold format
    One mapping per document, shaped like the entries of the newspaper4k article-extraction
    benchmark's ``gold.json``:

    - ``title``: the headline; empty or missing means "not annotated" (the field is not scored).
    - ``authors``: a string, possibly naming several people separated by commas, semicolons,
      ``&`` or "and" (``"Javier Espinoza, Patricia Nilsson"``), or a list of names. An **empty
      string or list means the article has no author**: a prediction of no authors is then
      correct (for both the exact and the overlap score) and any predicted author is wrong. A
      missing key or ``None`` means "not annotated".
    - ``date``: the publication date, ``YYYY-MM-DD`` (a datetime is cut to its date as written,
      no time-zone conversion); empty or missing means "not annotated".
    - ``site``: the outlet's home page (``"http://abcnews.go.com"``) or its name (``"ABC
      News"``); ``link``, the article's URL, is used as a second host when present. Both
      missing means "not annotated".

Predictions
    A :class:`stoltlib.Metadata`, a :class:`stoltlib.Analysis`, a :class:`MetadataPrediction`, or
    a mapping in the gold format (``outlet``, ``sitename`` or ``site`` for the site; ``published``
    or ``date`` for the date; ``authors``/``author`` as a string or a list).

How each field is compared
    - Title: equal after :func:`fold_text` (Unicode NFKC, typographic quotes and dashes made
      plain, whitespace collapsed, case folded). The ``title_no_suffix`` score also accepts the
      prediction with one or more trailing ``" | Site"``, ``" - Site"``, ``" – Site"``,
      ``" — Site"``, ``" :: Site"``, ``" · Site"``, ``" • Site"`` segments cut off
      (:func:`strip_site_suffix`): it measures the title found, forgiving the site name that
      page titles often carry.
    - Authors: each side is split into names (:func:`split_authors`) and each name folded with
      :func:`fold_name` (accents, case, punctuation and spacing ignored: ``"J.R. Raphael"`` is
      ``"JR Raphael"``, ``"CarolRomig"`` is ``"Carol Romig"``). ``authors_exact``: the two sets
      of names are equal. ``authors_overlap``: they share at least one name (or both are empty).
    - Date: the first ten characters, when they form ``YYYY-MM-DD``, are equal.
    - Site: see :func:`site_matches`: the predicted outlet name must spell the site's host name
      (``"ABC News"`` for ``abcnews.go.com``, ``"The New York Times"`` for ``nytimes.com``,
      ``"Sky News"`` for ``news.sky.com``), or equal the gold name when the gold gives a name.

Aggregating
    :func:`summarize` turns per-document :class:`MetadataScore` values into a
    :class:`MetadataSummary`: for each field, how many documents were scored on it and how many
    were right.
"""

from __future__ import annotations

import datetime as _dt
import functools
import itertools
import re
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import urlsplit

import attrs

from stoltlib.model import Analysis, Metadata

__all__ = [
    "FIELDS",
    "FieldAccuracy",
    "MetadataPrediction",
    "MetadataScore",
    "MetadataSummary",
    "authors_exact",
    "authors_overlap",
    "date_matches",
    "fold_name",
    "fold_text",
    "normalize_date",
    "prediction_from",
    "score_metadata",
    "site_matches",
    "split_authors",
    "strip_site_suffix",
    "summarize",
    "title_matches",
]

#: The scored fields, in the order tables show them.
FIELDS = ("title", "title_no_suffix", "authors_exact", "authors_overlap", "date", "site")


# --- folding -------------------------------------------------------------------------------------

# Typographic variants that differ between a page's markup, its meta tags and the gold annotator's
# copy of the same title; folding them keeps the score about the title found, not its encoding.
_PLAIN = str.maketrans(
    {
        "\u2018": "'",  # left single quotation mark
        "\u2019": "'",  # right single quotation mark, apostrophe
        "\u201a": "'",  # single low-9 quotation mark
        "\u201b": "'",  # single high-reversed-9 quotation mark
        "\u2032": "'",  # prime
        "\u00b4": "'",  # acute accent used as an apostrophe
        "`": "'",
        "\u201c": '"',  # left double quotation mark
        "\u201d": '"',  # right double quotation mark
        "\u201e": '"',  # double low-9 quotation mark
        "\u201f": '"',  # double high-reversed-9 quotation mark
        "\u2033": '"',  # double prime
        "\u00ab": '"',  # guillemets
        "\u00bb": '"',
        "\u2010": "-",  # hyphen
        "\u2011": "-",  # non-breaking hyphen
        "\u2012": "-",  # figure dash
        "\u2013": "-",  # en dash
        "\u2014": "-",  # em dash
        "\u2015": "-",  # horizontal bar
        "\u2212": "-",  # minus sign
        "\u2026": "...",  # ellipsis (NFKC makes it "..." as well; kept for clarity)
    }
)
_SPACE = re.compile(r"\s+")


def fold_text(text: str) -> str:
    """Fold a title (or any short text) for comparison.

    Unicode NFKC; typographic quotes, apostrophes and dashes replaced by their ASCII forms;
    runs of whitespace (including non-breaking spaces) collapsed to one space; leading and
    trailing whitespace removed; case folded. Folding is idempotent:
    ``fold_text(fold_text(t)) == fold_text(t)``.
    """
    text = unicodedata.normalize("NFKC", text).translate(_PLAIN)
    # Case folding may produce characters NFKC would change again (and vice versa): fold twice
    # over so that folding a folded text is a no-op.
    text = unicodedata.normalize("NFKC", text.casefold()).translate(_PLAIN)
    return _SPACE.sub(" ", text).strip()


# A separator between a page title and a trailing site name: " | ", " - ", " – ", " — ", " :: ",
# " · ", " • ", with spaces on both sides so that hyphenated words are never cut.
_SUFFIX = re.compile(r"\s+(?:\||-|–|—|::|·|•)\s+(?=\S)(?:(?!\s(?:\||-|–|—|::|·|•)\s).)+$")


def strip_site_suffix(title: str) -> str:
    """The title without its last ``" | Site"``-style segment, or unchanged when it has none.

    Separators are ``|``, ``-``, ``–``, ``—``, ``::``, ``·`` and ``•`` with whitespace on both
    sides. Only the last segment goes: apply repeatedly for ``"Title | Section | Site"``.
    """
    stripped = _SUFFIX.sub("", title.rstrip())
    return stripped if stripped.strip() else title


def title_matches(predicted: str | None, gold: str, *, strip_suffix: bool = False) -> bool:
    """Whether a predicted title equals the gold one after :func:`fold_text`.

    With ``strip_suffix``, the prediction also matches when cutting one or more trailing site
    segments (:func:`strip_site_suffix`) makes it equal to the gold title. Only the prediction
    is cut: a gold title that itself contains ``" - "`` is never shortened.
    """
    if not predicted:
        return False
    target = fold_text(gold)
    candidate = predicted
    while True:
        if fold_text(candidate) == target:
            return True
        if not strip_suffix:
            return False
        shorter = strip_site_suffix(candidate)
        if shorter == candidate:
            return False
        candidate = shorter


# --- authors -------------------------------------------------------------------------------------

# Separators between names in one author string: commas, semicolons, ampersands, slashes, pipes,
# line breaks and the word "and" (any case), with whatever spacing the page had.
_NAME_SEPARATOR = re.compile(r"\s*(?:[,;&/|\n]|\band\b)\s*", re.IGNORECASE)
# Name suffixes that follow a comma without being a new name ("Sammy Davis, Jr.").
_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "phd", "md"})
# A leading "By" of a byline that was copied along with the names.
_BY = re.compile(r"^\s*by\s*[:\s]\s*", re.IGNORECASE)


def split_authors(value: str | Iterable[str] | None) -> tuple[str, ...]:
    """The names in an author field, in order, without blanks or duplicates.

    A string is split at commas, semicolons, ``&``, ``/``, ``|``, line breaks and the word
    "and"; a comma followed only by a suffix (``Jr``, ``Sr``, ``II``, ``III``, ``IV``, ``PhD``,
    ``MD``) does not start a new name. A leading "By" is dropped. A list or tuple is taken as
    already split (each item is still stripped, and split if it holds separators). ``None`` and
    ``""`` give ``()``. Duplicates are judged after :func:`fold_name`.
    """
    if value is None:
        return ()
    items = [value] if isinstance(value, str) else list(value)
    names: list[str] = []
    seen: set[str] = set()
    for item in items:
        for part in _NAME_SEPARATOR.split(_BY.sub("", item.strip())):
            part = part.strip(" \t,;:")
            if not part:
                continue
            if names and fold_name(part) in _NAME_SUFFIXES:
                # A suffix belongs to the previous name: "Sammy Davis, Jr." is one person.
                previous = names.pop()
                seen.discard(fold_name(previous))
                part = f"{previous} {part}"
            key = fold_name(part)
            if key and key not in seen:
                seen.add(key)
                names.append(part)
    return tuple(names)


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def fold_name(name: str) -> str:
    """Fold a person's name to a comparison key.

    Accents removed (NFKD without combining marks), case folded, and everything that is not a
    letter or digit dropped, spaces included: ``"Desirée O"``, ``"desiree o"`` and ``"DESIREE
    O."`` share one key, as do ``"J.R. Raphael"`` and ``"JR Raphael"``. Idempotent.
    """
    folded = _strip_accents(name).casefold()
    return "".join(char for char in _strip_accents(folded) if char.isalnum())


def _name_keys(names: Iterable[str]) -> frozenset[str]:
    return frozenset(key for key in map(fold_name, names) if key)


def authors_exact(predicted: Iterable[str], gold: Iterable[str]) -> bool:
    """Whether the predicted names are exactly the gold names, as sets of :func:`fold_name` keys.

    Both empty counts as a match: an article without an author, predicted without one.
    """
    return _name_keys(predicted) == _name_keys(gold)


def authors_overlap(predicted: Iterable[str], gold: Iterable[str]) -> bool:
    """Whether the predicted and gold names share at least one :func:`fold_name` key.

    Both empty counts as a match; one side empty and the other not is a miss.
    """
    mine, theirs = _name_keys(predicted), _name_keys(gold)
    if not mine and not theirs:
        return True
    return bool(mine & theirs)


# --- dates ---------------------------------------------------------------------------------------

_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def normalize_date(value: str | _dt.date | None) -> str | None:
    """The ``YYYY-MM-DD`` day a date value states, or ``None``.

    A :class:`datetime.date` or :class:`datetime.datetime` gives its own date (a datetime as
    written, without converting its time zone); a string gives its first ten characters when
    they form a valid ISO calendar date (``"2023-12-17T17:34:25+00:00"`` -> ``"2023-12-17"``).
    Anything else gives ``None``.
    """
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    match = _ISO_DAY.match(value.strip())
    if match is None:
        return None
    try:
        return _dt.date(*map(int, match.groups())).isoformat()
    except ValueError:
        return None


def date_matches(predicted: str | _dt.date | None, gold: str | _dt.date) -> bool:
    """Whether the predicted date names the gold day (:func:`normalize_date` on both sides)."""
    day = normalize_date(predicted)
    return day is not None and day == normalize_date(gold)


# --- sites ---------------------------------------------------------------------------------------

# Words an outlet's name may carry that its host name leaves out ("The Guardian" at
# theguardian.com and "Yahoo News" at yahoo.com alike), organisational words included ("The
# Heritage Foundation" at heritage.org, "Morningstar, Inc." at morningstar.com).
_SKIPPABLE_WORDS = frozenset(
    {
        *("the", "and", "of", "news", "magazine", "online", "official", "site", "website"),
        *("inc", "ltd", "llc", "plc", "corp", "co", "company", "foundation", "group", "media"),
        *("operations", "service"),
    }
)
# Endings a host name may add to the outlet's name (sciencemag.org for "Science",
# guardiannews.com for "The Guardian").
_LABEL_ENDINGS = ("", "mag", "magazine", "news", "online", "daily", "media", "network", "web")
# Host labels that never name an outlet on their own.
_GENERIC_LABELS = frozenset({"www", "m", "amp", "mobile", "edition", "news", "blog", "home"})
_WORD = re.compile(r"[^\W_]+")


def _words(name: str) -> tuple[str, ...]:
    # "&" is read as "and"; a "+" ("GamesRadar+", "Apple TV+") is decoration.
    folded = _strip_accents(name).casefold().replace("&", " and ").replace("+", " ")
    return tuple(_WORD.findall(folded))


def _host(value: str) -> str | None:
    """The lower-case host of a URL or bare host name, without ``www.`` and port."""
    value = value.strip()
    if not value:
        return None
    if "://" not in value:
        value = "//" + value
    try:
        host = urlsplit(value).hostname
    except ValueError:
        return None
    if not host or "." not in host:
        return None
    return host.removeprefix("www.")


def _host_names(host: str) -> frozenset[str]:
    """Strings an outlet name may spell for ``host``: its labels and adjacent pairs of them.

    The top-level domain and a generic second level ("co" in "co.uk") are left out; pairs are
    taken in both orders ("news.sky.com" gives "newssky" and "skynews").
    """
    labels = host.split(".")[:-1]
    if len(labels) > 1 and labels[-1] in {"co", "com", "org", "net", "ac", "gov", "edu"}:
        labels = labels[:-1]
    labels = [re.sub(r"[^a-z0-9]", "", label) for label in labels]
    names = {label for label in labels if len(label) > 1 and label not in _GENERIC_LABELS}
    for first, second in itertools.pairwise(labels):
        names.add(first + second)
        names.add(second + first)
    return frozenset(name for name in names if name)


def _spells(label: str, words: tuple[str, ...]) -> bool:
    """Whether ``label`` is ``words`` written together, in one of two ways.

    Either every word is written, whole or as its initial ("nytimes" for "the new york times",
    "ew" for "entertainment weekly"); or only some words are written, all whole, at least two of
    them and the name's last word among them ("thecrimson" for "the harvard crimson"). Either
    way, words in :data:`_SKIPPABLE_WORDS` may be left out and the label may end with one of
    :data:`_LABEL_ENDINGS` ("sciencemag" for "science").
    """
    if not words:
        return False
    # The word the second way must write: the last one that is not skippable.
    last = max((j for j, word in enumerate(words) if word not in _SKIPPABLE_WORDS), default=-1)

    @functools.cache
    def rest(i: int, j: int, dropping: bool, written: int) -> bool:
        if j == len(words):
            return label[i:] in _LABEL_ENDINGS and (not dropping or written >= 2)
        word = words[j]
        more = min(written + 1, 2)
        skippable = word in _SKIPPABLE_WORDS or (dropping and j != last)
        if skippable and rest(i, j + 1, dropping, written):
            return True
        if label.startswith(word, i) and rest(i + len(word), j + 1, dropping, more):
            return True
        if dropping or i >= len(label) or label[i] != word[0]:
            return False
        return rest(i + 1, j + 1, False, more)

    return rest(0, 0, False, 0) or (last >= 0 and rest(0, 0, True, 0))


# A tagline after a site name: "Egotastic - Sexy Celebrity Gossip", "Sci.News: Breaking ...".
_TAGLINE = re.compile(r"\s+(?:\||-|–|—|::|·|•)\s+|:\s+")


def site_matches(predicted: str | None, site: str | None, link: str | None = None) -> bool:
    """Whether a predicted outlet names the gold site.

    ``site`` is the outlet's home page URL or host (``"http://abcnews.go.com"``), or its name;
    ``link`` is the article's URL, whose host counts as well. The prediction, or one of its
    parts around a tagline separator (``" - "``, ``" | "``, ``": "``, ...: "Egotastic - Sexy
    Celebrity Gossip"), is folded to words (accents and case ignored, ``&`` read as "and",
    punctuation dropped) and matches:

    - a gold host when the words, written together, spell one of the host's labels or two
      adjacent labels (in either order): either every word whole or as its initial, or at least
      two of the words whole, the last one among them. Filler and organisational words ("the",
      "and", "of", "news", "magazine", "online", "official", "site", "website", "inc", "ltd",
      "llc", "plc", "corp", "co", "company", "foundation", "group", "media", "operations",
      "service") may always be left out, and the label may end with "mag", "magazine", "news",
      "online", "daily", "media", "network" or "web". So "ABC News" names abcnews.go.com, "The
      New York Times" nytimes.com, "Los Angeles Times" latimes.com, "Sky News" news.sky.com,
      "Science" sciencemag.org, "Yahoo News" yahoo.com, "The Harvard Crimson" thecrimson.com,
      "GamesRadar+" gamesradar.com, "The Heritage Foundation" heritage.org;
    - a gold name when both fold to the same words;
    - a gold host, when the prediction is itself a host or URL (``"apnews.com"``), when the two
      hosts are the same or share such a label.

    Names no host spells stay misses ("PBS NewsHour" for pbs.org, "Mail Online" for
    dailymail.co.uk): the score is a lower bound for a correct outlet name.
    """
    if not predicted or not predicted.strip():
        return False
    hosts = [host for host in (_host(site or ""), _host(link or "")) if host]
    gold_names = [site] if site and not _host(site) else []
    parts = [predicted, *_TAGLINE.split(predicted)]
    return any(_part_matches(part.strip(), hosts, gold_names) for part in parts if part.strip())


def _part_matches(predicted: str, hosts: list[str], gold_names: list[str]) -> bool:
    predicted_host = _host(predicted) if not re.search(r"\s", predicted) else None
    if predicted_host is not None:
        mine = _host_names(predicted_host)
        if any(predicted_host == host or mine & _host_names(host) for host in hosts):
            return True
        if any(_spells(label, _words(name)) for name in gold_names for label in mine):
            return True
        # Not the same host; a dotted name ("Sci.News") may still spell the gold host.
    words = _words(predicted)
    if any(words == _words(name) for name in gold_names):
        return True
    return any(_spells(label, words) for host in hosts for label in _host_names(host))


# --- predictions and scores ----------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class MetadataPrediction:
    """The scored fields of one prediction, whatever produced it."""

    title: str | None = None
    authors: tuple[str, ...] = attrs.field(default=(), converter=split_authors)
    date: str | None = attrs.field(default=None, converter=normalize_date)
    outlet: str | None = None


def _first(mapping: Mapping[str, Any], *keys: str) -> Any:
    for key in keys:
        value = mapping.get(key)
        if value not in (None, "", (), []):
            return value
    return None


def _text_of(value: Any) -> str | None:
    """A string, or the ``text`` of a :class:`stoltlib.Found`-like value."""
    if value is None or isinstance(value, str):
        return value
    text = getattr(value, "text", None)
    return text if isinstance(text, str) else str(value)


def prediction_from(
    value: Metadata | Analysis | MetadataPrediction | Mapping[str, Any],
) -> MetadataPrediction:
    """The scored fields of a prediction.

    - A :class:`stoltlib.Metadata` gives its title's text, its authors' texts, its published
      date's value and its outlet.
    - A :class:`stoltlib.Analysis` gives its metadata's fields, each completed from what the
      caller or the reader stated: the document's ``title`` and ``outlet`` and the analysis's
      ``published`` (the creation time it used). This is what stoltlib reports for the article.
    - A mapping gives ``title``; ``authors`` or ``author`` (a string or a list); ``published``
      or ``date``; ``outlet``, ``sitename``, ``site_name`` or ``site``.
    """
    if isinstance(value, MetadataPrediction):
        return value
    if isinstance(value, Analysis):
        found = prediction_from(value.metadata)
        return attrs.evolve(
            found,
            title=found.title or value.document.title,
            date=found.date or value.published,
            outlet=found.outlet or value.document.outlet,
        )
    if isinstance(value, Metadata):
        return MetadataPrediction(
            title=value.title.text if value.title is not None else None,
            authors=tuple(author.text for author in value.authors),
            date=value.published.value if value.published is not None else None,
            outlet=value.outlet,
        )
    authors = _first(value, "authors", "author")
    if authors is not None and not isinstance(authors, str):
        authors = [_text_of(author) or "" for author in authors]
    return MetadataPrediction(
        title=_text_of(_first(value, "title")),
        authors=authors,
        date=_first(value, "published", "date"),
        outlet=_first(value, "outlet", "sitename", "site_name", "site"),
    )


@attrs.frozen(kw_only=True)
class MetadataScore:
    """How one prediction fares against one gold annotation.

    Each field is ``True`` (right), ``False`` (wrong) or ``None`` (the gold does not annotate
    it, so it is not scored). See the module docstring for how each field is compared.
    """

    title: bool | None = None
    title_no_suffix: bool | None = None
    authors_exact: bool | None = None
    authors_overlap: bool | None = None
    date: bool | None = None
    site: bool | None = None

    def as_dict(self) -> dict[str, bool | None]:
        """The scores by field name, in :data:`FIELDS` order."""
        return {name: getattr(self, name) for name in FIELDS}


def score_metadata(
    predicted: Metadata | Analysis | MetadataPrediction | Mapping[str, Any],
    gold: Mapping[str, Any],
) -> MetadataScore:
    """Score one document's predicted metadata against its gold annotation.

    Args:
        predicted: a :class:`stoltlib.Metadata`, a :class:`stoltlib.Analysis`, a
            :class:`MetadataPrediction` or a mapping (see :func:`prediction_from`).
        gold: a mapping with ``title``, ``authors``, ``date``, ``site`` and optionally
            ``link``, as in the module docstring; an unannotated field is not scored.

    Returns:
        A :class:`MetadataScore`. Gold authors given as ``""`` (no author) are scored: a
        prediction of no authors is right on both author scores.

    """
    mine = prediction_from(predicted)
    gold_title = gold.get("title")
    title = title_no_suffix = None
    if isinstance(gold_title, str) and gold_title.strip():
        title = title_matches(mine.title, gold_title)
        title_no_suffix = title_matches(mine.title, gold_title, strip_suffix=True)
    exact = overlap = None
    if gold.get("authors") is not None:
        gold_authors = split_authors(gold["authors"])
        exact = authors_exact(mine.authors, gold_authors)
        overlap = authors_overlap(mine.authors, gold_authors)
    date = None
    if gold.get("date"):
        date = date_matches(mine.date, gold["date"])
    site = None
    if gold.get("site") or gold.get("link"):
        site = site_matches(mine.outlet, gold.get("site"), gold.get("link"))
    return MetadataScore(
        title=title,
        title_no_suffix=title_no_suffix,
        authors_exact=exact,
        authors_overlap=overlap,
        date=date,
        site=site,
    )


# --- aggregation ---------------------------------------------------------------------------------


@attrs.frozen
class FieldAccuracy:
    """How many scored documents got one field right."""

    correct: int = 0
    total: int = 0

    @property
    def accuracy(self) -> float:
        """``correct / total``, or 0.0 when no document was scored on the field."""
        return self.correct / self.total if self.total else 0.0

    def add(self, outcome: bool | None) -> FieldAccuracy:
        """The counts with one more document's outcome added (``None``: not scored, unchanged)."""
        if outcome is None:
            return self
        return FieldAccuracy(self.correct + bool(outcome), self.total + 1)


@attrs.frozen(kw_only=True)
class MetadataSummary:
    """Accuracy per field over a set of documents, with the counts behind it."""

    documents: int = 0
    title: FieldAccuracy = FieldAccuracy()
    title_no_suffix: FieldAccuracy = FieldAccuracy()
    authors_exact: FieldAccuracy = FieldAccuracy()
    authors_overlap: FieldAccuracy = FieldAccuracy()
    date: FieldAccuracy = FieldAccuracy()
    site: FieldAccuracy = FieldAccuracy()

    def field(self, name: str) -> FieldAccuracy:
        """The counts for field ``name`` (one of :data:`FIELDS`)."""
        if name not in FIELDS:
            raise KeyError(f"unknown metadata field {name!r}; known: {', '.join(FIELDS)}")
        value: FieldAccuracy = getattr(self, name)
        return value

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: ``documents`` and, per field, accuracy, correct and total."""
        result: dict[str, Any] = {"documents": self.documents}
        for name in FIELDS:
            counts = self.field(name)
            result[name] = {
                "accuracy": counts.accuracy,
                "correct": counts.correct,
                "total": counts.total,
            }
        return result


def summarize(scores: Iterable[MetadataScore]) -> MetadataSummary:
    """Aggregate per-document scores into accuracy per field, with counts.

    Each field's total counts only the documents whose gold annotates it.
    """
    documents = 0
    counts = {name: FieldAccuracy() for name in FIELDS}
    for score in scores:
        documents += 1
        for name in FIELDS:
            counts[name] = counts[name].add(getattr(score, name))
    return MetadataSummary(documents=documents, **counts)
