"""stoltlib: turn news articles into structured, verifiable facts.

Quotes and reported claims with resolved speakers, normalised dates, office-holder changes and
outlet metadata, each fact with character offsets back into the text. Extractors are pluggy
plugins (entry-point group ``stoltlib``), built-in and third-party alike.

>>> import stoltlib
>>> analysis = stoltlib.analyze("Jens Stoltenberg said on Monday ...", published="2020-06-08")
>>> analysis.published
'2020-06-08'
"""

from __future__ import annotations

import datetime as _dt
import os
import warnings
from collections.abc import Iterable, Iterator, Sequence
from typing import Literal

from stoltlib._version import SCHEMA_VERSION, __version__
from stoltlib.corpus import Corpus
from stoltlib.hookspecs import hookimpl
from stoltlib.jsonio import dumps, load, loads
from stoltlib.manager import PluginManager, get_plugin_manager, lexicon
from stoltlib.model import (
    Analysis,
    Boilerplate,
    Claim,
    Dateline,
    Document,
    Event,
    Found,
    Mention,
    Metadata,
    Participant,
    Problem,
    PublishedDate,
    Span,
    Speaker,
    TextSpan,
    TimeExpression,
    TimeRef,
)
from stoltlib.pipeline import Pipeline, read_documents
from stoltlib.reading import ReadError, Source

__all__ = [
    "SCHEMA_VERSION",
    "Analysis",
    "Boilerplate",
    "Claim",
    "Corpus",
    "Dateline",
    "Document",
    "Event",
    "Found",
    "Mention",
    "Metadata",
    "Participant",
    "Pipeline",
    "PluginManager",
    "Problem",
    "PublishedDate",
    "ReadError",
    "Source",
    "Span",
    "Speaker",
    "TextSpan",
    "TimeExpression",
    "TimeRef",
    "__version__",
    "analyze",
    "analyze_many",
    "dumps",
    "get_plugin_manager",
    "hookimpl",
    "lexicon",
    "load",
    "loads",
    "read",
]


def analyze(
    document: Document | str,
    *,
    published: str | _dt.date | None = None,
    id: str | None = None,
    plugins: PluginManager | None = None,
    disable: Iterable[str] = (),
    strict: bool = False,
) -> Analysis:
    """Extract every fact from one article.

    Args:
        document: the article's text, or a :class:`Document`.
        published: the document creation time (ISO date or datetime) for a document that states
            none; relative dates ("on Monday") are anchored on it.
        id: the id for a text given as a string (default: derived from the text's hash).
        plugins: a plugin manager (default: the process-wide one with every installed plugin).
        disable: plugin names to leave out (builds a fresh manager; cannot go with ``plugins``).
        strict: re-raise a plugin's failure instead of recording it in ``Analysis.errors``.

    Returns:
        The :class:`Analysis`: the document, its metadata, times, mentions, claims, events, and
        the errors and warnings recorded on the way.

    """
    if isinstance(document, str):
        _warn_if_a_path(document)
        document = Document.from_text(document, id=id)
    elif id is not None:
        raise ValueError("id applies to a text given as a string; a Document has its own id")
    return Pipeline(plugins, disable=disable, published=published, strict=strict).analyze(document)


#: A string longer than this is an article's text, never a file's name.
_LONGEST_PATH = 4096


def _warn_if_a_path(text: str) -> None:
    """Warn when the text given to :func:`analyze` is the name of an existing file.

    ``analyze("story.txt")`` analyses the eleven characters, not the file: a mistake easy to
    make and silent otherwise (the analysis is merely empty).
    """
    if len(text) > _LONGEST_PATH or "\n" in text or not text.strip():
        return
    try:
        is_file = os.path.isfile(text)
    except (OSError, ValueError):  # a name the system cannot take (a NUL character)
        return
    if is_file:
        warnings.warn(
            f"analyze() got {text!r}, the name of a file: it analyses the string itself as the "
            "article's text; read the file with stoltlib.read(path) (or pass its text)",
            UserWarning,
            stacklevel=3,
        )


def analyze_many(
    documents: Iterable[Document | str],
    *,
    published: str | _dt.date | None = None,
    plugins: PluginManager | None = None,
    disable: Iterable[str] = (),
    strict: bool = False,
) -> Iterator[Analysis]:
    """Analyse a stream of articles lazily, in order, one at a time (memory stays flat).

    Takes the same options as :func:`analyze`; ``published`` applies to every document that
    states no date of its own.
    """
    pipeline = Pipeline(plugins, disable=disable, published=published, strict=strict)
    return pipeline.analyze_many(documents)


def read(
    paths: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
    *,
    input_format: str | None = None,
    plugins: PluginManager | None = None,
    errors: Literal["warn", "raise", "ignore"] = "warn",
) -> Iterator[Document]:
    """Read documents from files, directories (recursively, sorted) or ``"-"`` (standard input).

    Formats: ``.txt``, ``.jsonl``/``.jsonl.gz`` and ``.json`` records, and whatever installed
    reader plugins add. An input that cannot be read is warned about (:class:`ReadWarning`),
    raised as :class:`ReadError` (``errors="raise"``) or skipped (``errors="ignore"``); the rest
    is read either way.

    >>> docs = stoltlib.read("seeds/")                                     # doctest: +SKIP
    >>> for analysis in stoltlib.analyze_many(docs): ...                  # doctest: +SKIP
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    return read_documents(Pipeline(plugins), paths, input_format=input_format, errors=errors)
