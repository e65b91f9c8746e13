"""Cross-document views, built incrementally from a stream of analyses.

A :class:`Corpus` keeps only what its views need (never the articles' texts), so its memory
grows with the facts it indexes, not with the corpus: feed it millions of analyses one at a time
from :func:`stoltlib.analyze_many` or from ``stoltlib extract`` output.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import IO

import attrs

from stoltlib.model import Analysis, Claim

__all__ = ["Corpus", "QuoteRecord"]


@attrs.frozen(kw_only=True)
class QuoteRecord:
    """One claim with where it was published: a row of :meth:`Corpus.quotes_by_speaker`."""

    speaker: str | None
    document: str
    outlet: str | None
    published: str | None
    claim: Claim

    @property
    def content(self) -> str:
        """The claim's content spans joined by " ... "."""
        return " ... ".join(part.text for part in self.claim.content)


class Corpus:
    """Views across many analysed documents.

    Add analyses with :meth:`add` (or build with :meth:`from_analyses` / :meth:`from_jsonl`),
    then ask for a view. Views available so far: :meth:`quotes_by_speaker`.
    """

    def __init__(self) -> None:
        self._documents = 0
        self._quotes: dict[str | None, list[QuoteRecord]] = {}

    def __len__(self) -> int:
        """The number of documents added."""
        return self._documents

    def __repr__(self) -> str:
        return f"<Corpus: {self._documents} documents, {len(self._quotes)} speakers>"

    def add(self, analysis: Analysis) -> None:
        """Index one analysis."""
        self._documents += 1
        outlet = analysis.metadata.outlet or analysis.document.outlet
        for claim in analysis.claims:
            speaker = claim.speaker.entity or claim.speaker.text if claim.speaker else None
            self._quotes.setdefault(speaker, []).append(
                QuoteRecord(
                    speaker=speaker,
                    document=analysis.id,
                    outlet=outlet,
                    published=analysis.published,
                    claim=claim,
                )
            )

    def extend(self, analyses: Iterable[Analysis]) -> Corpus:
        """Index many analyses, one at a time; returns the corpus for chaining."""
        for analysis in analyses:
            self.add(analysis)
        return self

    @classmethod
    def from_analyses(cls, analyses: Iterable[Analysis]) -> Corpus:
        """A corpus of the given analyses."""
        return cls().extend(analyses)

    @classmethod
    def from_jsonl(cls, path: str | os.PathLike[str] | IO[str]) -> Corpus:
        """A corpus rebuilt from ``stoltlib extract`` output (JSONL, gzipped or not, or JSON)."""
        from stoltlib.jsonio import load

        return cls().extend(load(path))

    def quotes_by_speaker(self) -> dict[str | None, list[QuoteRecord]]:
        """Every claim, grouped by its speaker's resolved name (``None``: unattributed).

        Speakers come in order of first appearance; each speaker's claims in the order added.
        """
        return {speaker: list(records) for speaker, records in self._quotes.items()}
