"""Cross-document views, built incrementally from a stream of analyses.

A :class:`Corpus` keeps only what its views need (never the articles' texts), so its memory
grows with the facts it indexes, not with the corpus: feed it millions of analyses one at a time
from :func:`stoltlib.analyze_many` or from ``stoltlib extract`` output.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping
from typing import IO

import attrs

from stoltlib.manager import PluginManager
from stoltlib.model import Analysis, Claim
from stoltlib.persons import Person, PersonIndex
from stoltlib.timeline import Timeline, TimelineIndex, reconcile, timelines

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
    then ask for a view: :meth:`quotes_by_speaker`, :meth:`persons`, :meth:`timeline` and
    :meth:`timelines`.

    Args:
        organization_aliases: names of one organisation that the timelines should group, added
            to :data:`stoltlib.organizations.ORGANIZATION_ALIASES` (folded name -> folded name of
            the group, e.g. ``{"the alliance": "nato"}``).
        quotes: whether to keep every claim for :meth:`quotes_by_speaker` (with its content);
            ``False`` for a corpus built for its persons and timelines only, whose memory then
            grows with the office events and titles alone.

    """

    def __init__(
        self, *, organization_aliases: Mapping[str, str] | None = None, quotes: bool = True
    ) -> None:
        self._keep_quotes = quotes
        self._documents = 0
        self._quotes: dict[str | None, list[QuoteRecord]] = {}
        self._persons = PersonIndex()
        self._timeline = TimelineIndex()
        self._aliases = dict(organization_aliases or {})

    def __len__(self) -> int:
        """The number of documents added."""
        return self._documents

    def __repr__(self) -> str:
        return f"<Corpus: {self._documents} documents, {len(self._quotes)} speakers>"

    def add(self, analysis: Analysis) -> None:
        """Index one analysis."""
        self._documents += 1
        outlet = analysis.metadata.outlet or analysis.document.outlet
        for claim in analysis.claims if self._keep_quotes else ():
            # The resolved name only: words the article never resolves ("the company", "a
            # spokesman", "he") name different speakers in different articles.
            speaker = claim.speaker.entity if claim.speaker else None
            self._quotes.setdefault(speaker, []).append(
                QuoteRecord(
                    speaker=speaker,
                    document=analysis.id,
                    outlet=outlet,
                    published=analysis.published,
                    claim=claim,
                )
            )
        self._persons.add_document(_person_names(analysis))
        self._timeline.add(analysis)

    def persons(self) -> dict[str, Person]:
        """Every person named, resolved across documents (:mod:`stoltlib.persons`), by name.

        A person named "Jens Stoltenberg" in one article and only "Stoltenberg" in another is
        one :class:`~stoltlib.persons.Person`, as long as no other full name in the corpus ends
        in "Stoltenberg".
        """
        return self._persons.persons()

    def timeline(
        self,
        *,
        position: str | None = None,
        organization: str | None = None,
        plugins: PluginManager | None = None,
    ) -> Timeline:
        """The tenures of the offices asked for, reconciled across documents, with conflicts.

        Without arguments, every office. ``position`` and ``organization`` are compared as the
        corpus's names are grouped ("Secretary-General" finds "Secretary General",
        "North Atlantic Treaty Organization" finds "NATO"), and a position also by the aliases
        of the ``positions`` lexicon ("CEO" finds "Chief Executive Officer"), that of ``plugins``
        (the plugin manager the documents were analysed with; default: the default one). The
        rules are :mod:`stoltlib.timeline`'s (see docs/timelines.md).
        """
        return reconcile(
            self._timeline.evidence(), persons=self._persons.resolution(),
            aliases=self._aliases, position=position, organization=organization,
            plugins=plugins,
        )  # fmt: skip

    def timelines(self) -> list[Timeline]:
        """One :class:`~stoltlib.timeline.Timeline` per office, by organisation and position."""
        return timelines(
            self._timeline.evidence(), persons=self._persons.resolution(), aliases=self._aliases
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
        """Every claim, grouped by its speaker's resolved name (``None``: no resolved speaker).

        A speaker the article names only by words it does not resolve to a name ("the company",
        "a spokesman", an unresolved "he") is filed under ``None`` with the unattributed claims:
        under its words it would share a key with other articles' companies and spokesmen. The
        words stay in each claim's ``speaker.text``.

        Speakers come in order of first appearance; each speaker's claims in the order added.
        A corpus built with ``quotes=False`` kept no claims and says so (``ValueError``).
        """
        if not self._keep_quotes:
            raise ValueError("this corpus was built with quotes=False: it kept no claims")
        return {speaker: list(records) for speaker, records in self._quotes.items()}


def _person_names(analysis: Analysis) -> Iterator[str]:
    """The names of the people an analysis speaks of: mentions, speakers, event roles."""
    # Only resolved names: an unresolved mention's words ("he", "the minister") name no one.
    for mention in analysis.mentions:
        if mention.kind == "person" and mention.entity:
            yield mention.entity
    for claim in analysis.claims:
        if claim.speaker is not None and claim.speaker.entity:
            yield claim.speaker.entity
    for event in analysis.events:
        for person in (event.person, event.predecessor, event.successor):
            if person is not None:
                yield person.name
