"""Scorers for stoltlib's output against gold annotations, for your own annotated articles.

Each kind of fact has its own module of pure functions: a per-document score and an aggregate
over documents. :mod:`stoltlib.evaluate.metadata` scores outlet metadata (title, authors, date,
site); :mod:`stoltlib.evaluate.timeml` scores time expressions TempEval-3 style and reads
TimeML files; :mod:`stoltlib.evaluate.quotes` scores quotes and reported speech
GenderGapTracker style and reads PolNeAR's brat files; :mod:`stoltlib.evaluate.events` scores
office-holder events (type + person, then their roles) and reads gold JSON lines. The
benchmarks in the repository's ``benchmarks/`` folder use these same functions.

>>> from stoltlib.evaluate import score_metadata, summarize
>>> gold = {"title": "EU will hold 3 major porn sites to same regulations as Meta, X",
...         "authors": "Javier Espinoza, Patricia Nilsson", "date": "2023-12-20",
...         "site": "http://arstechnica.com"}
>>> predicted = {"title": gold["title"] + " | Ars Technica",
...              "authors": ["Patricia Nilsson", "Javier Espinoza"],
...              "date": "2023-12-20T15:06:36+00:00", "outlet": "Ars Technica"}
>>> score = score_metadata(predicted, gold)
>>> score.title, score.title_no_suffix, score.authors_exact, score.date, score.site
(False, True, True, True, True)
>>> summarize([score]).date.accuracy
1.0
"""

from __future__ import annotations

from stoltlib.evaluate.events import (
    EVENT_TYPES,
    EventItem,
    EventMatch,
    EventScore,
    EventSummary,
    GoldFormatError,
    TypeFigures,
    as_event,
    organization_matches,
    person_matches,
    position_matches,
    read_gold,
    score_events,
    summarize_events,
)
from stoltlib.evaluate.metadata import (
    FIELDS,
    FieldAccuracy,
    MetadataPrediction,
    MetadataScore,
    MetadataSummary,
    authors_exact,
    authors_overlap,
    date_matches,
    fold_name,
    fold_text,
    normalize_date,
    prediction_from,
    score_metadata,
    site_matches,
    split_authors,
    strip_site_suffix,
    summarize,
    title_matches,
)
from stoltlib.evaluate.quotes import (
    GoldDocument,
    KindFigures,
    QuoteItem,
    QuoteMatch,
    QuoteScore,
    QuoteSummary,
    as_quote,
    is_speech,
    read_brat,
    read_polnear,
    score_quotes,
    summarize_quotes,
)
from stoltlib.evaluate.timeml import (
    TimeMLDocument,
    Timex,
    TimexMatch,
    TimexScore,
    TimexSummary,
    read_tml,
    score_times,
    summarize_times,
)

__all__ = [
    "EVENT_TYPES",
    "FIELDS",
    "EventItem",
    "EventMatch",
    "EventScore",
    "EventSummary",
    "FieldAccuracy",
    "GoldDocument",
    "GoldFormatError",
    "KindFigures",
    "MetadataPrediction",
    "MetadataScore",
    "MetadataSummary",
    "QuoteItem",
    "QuoteMatch",
    "QuoteScore",
    "QuoteSummary",
    "TimeMLDocument",
    "Timex",
    "TimexMatch",
    "TimexScore",
    "TimexSummary",
    "TypeFigures",
    "as_event",
    "as_quote",
    "authors_exact",
    "authors_overlap",
    "date_matches",
    "fold_name",
    "fold_text",
    "is_speech",
    "normalize_date",
    "organization_matches",
    "person_matches",
    "position_matches",
    "prediction_from",
    "read_brat",
    "read_gold",
    "read_polnear",
    "read_tml",
    "score_events",
    "score_metadata",
    "score_quotes",
    "score_times",
    "site_matches",
    "split_authors",
    "strip_site_suffix",
    "summarize",
    "summarize_events",
    "summarize_quotes",
    "summarize_times",
    "title_matches",
]
