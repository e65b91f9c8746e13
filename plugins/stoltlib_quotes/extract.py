"""The quotes plugin's rules put together: direct quotes, reported speech, speakers resolved.

:func:`find_claims` reads the document once (:mod:`stoltlib_quotes.context`), finds its direct
quotes (:mod:`stoltlib_quotes.direct`) and then its reported speech around the cues those left
unused (:mod:`stoltlib_quotes.reported`) and the lines labelled with their speaker
(:mod:`stoltlib_quotes.labelled`), gives a floating quote the speaker of the claim before
it, and resolves each speaker phrase against the mentions the mentions stage found: the person
(or organisation) mentioned inside the phrase gives the claim's entity and role.
"""

from __future__ import annotations

import bisect
import operator
from collections.abc import Callable, Iterator, Sequence

import regex

from stoltlib import Boilerplate, Claim, Mention, Speaker, TextSpan, TimeExpression
from stoltlib_quotes.context import Context, read
from stoltlib_quotes.direct import direct_quotes
from stoltlib_quotes.drafts import Draft
from stoltlib_quotes.labelled import labelled_lines
from stoltlib_quotes.lexicons import Lexicons
from stoltlib_quotes.reported import reported_speech
from stoltlib_quotes.timing import SayingTimes

__all__ = ["find_claims"]

Skip = Callable[[int, int], Boilerplate | None]

#: A floating quote takes the speaker of a claim at most this many paragraphs before it.
FLOATING_REACH = 2
#: A floating quote whose speaker is known is this sure; one whose speaker is not, this.
FLOATING_CONFIDENCE = 0.6
NO_SPEAKER_CONFIDENCE = 0.4
# A possessive ending and the space after it ("Trump's campaign", "the Clintons' aides"),
# with a word following it.
POSSESSIVE = regex.compile(r"(?:['’]s?)\s+(?=\w)")
#: A relative "who" speaks for a person named at most this many characters before it.
RELATIVE_GAP = 3


def _paragraph(starts: Sequence[int], offset: int) -> int:
    """The index of the paragraph holding ``offset``, of paragraphs starting at ``starts``."""
    return max(0, bisect.bisect_right(starts, offset) - 1)


def _floating(ctx: Context, drafts: list[Draft]) -> list[Draft]:
    """Give each floating quote the speaker of the claim just before it, when near enough."""
    settled: list[Draft] = []
    starts = [start for start, _ in ctx.paragraph_spans]
    for draft in drafts:
        if draft.rule == "floating":
            here = _paragraph(starts, draft.start)
            previous = next(
                (d for d in reversed(settled) if d.speaker is not None and d.end <= draft.start),
                None,
            )
            if previous is not None and here - _paragraph(starts, previous.end) <= FLOATING_REACH:
                draft = Draft(
                    draft.kind,
                    draft.content,
                    previous.speaker,
                    None,
                    "floating",
                    FLOATING_CONFIDENCE,
                )
            else:
                draft = Draft(
                    draft.kind, draft.content, None, None, "floating", NO_SPEAKER_CONFIDENCE
                )
        settled.append(draft)
    return settled


# A mention's start and end, to sort mentions by.
_BOUNDS = operator.attrgetter("start", "end")


class _Mentions:
    """The mentions of persons and organisations, for finding those inside a speaker phrase."""

    def __init__(self, mentions: Sequence[Mention]) -> None:
        useful = [
            m
            for m in mentions
            if m.kind in ("person", "organization") and m.entity is not None and m.end > m.start
        ]
        useful.sort(key=_BOUNDS)
        self.mentions = useful
        self.starts = [m.start for m in useful]

    def before(self, start: int) -> Mention | None:
        """The person mention ending right before ``start`` (", who"), or None."""
        index = bisect.bisect_left(self.starts, start) - 1
        while index >= 0 and start - self.mentions[index].end <= RELATIVE_GAP:
            mention = self.mentions[index]
            if mention.kind == "person" and mention.end <= start:
                return mention
            index -= 1
        return None

    def inside(self, text: str, start: int, end: int) -> Mention | None:
        """The first person mention within ``start..end`` (else an organisation), or None.

        A possessor is not the speaker ("Trump's campaign said", "the minister's spokesman
        said"): the campaign or the spokesman speaks, so a mention followed by a possessive
        ending with more of the phrase after it is passed over.
        """
        first = bisect.bisect_left(self.starts, start)
        last = bisect.bisect_left(self.starts, end)
        found = [
            m
            for m in self.mentions[first:last]
            if m.end <= end and not _possessor(text, m.end, end)
        ]
        for mention in found:
            if mention.kind == "person":
                return mention
        return found[0] if found else None


def _organisation_label(draft: Draft, mentions: _Mentions, text: str) -> bool:
    """Whether a labelled line's label is an organisation ("Stadtwerke Kellburg: ...").

    A headline "Acme: profits up" is the company's news, written by the outlet, not a claim
    the company made: a label speaks only when it names a person.
    """
    if draft.speaker is None or text[draft.speaker[0] : draft.speaker[1]].isupper():
        return False  # a transcript's speaker in capitals ("TAPPER:"), typed unreliably
    mention = mentions.inside(text, *draft.speaker)
    return mention is not None and mention.kind == "organization"


def _possessor(text: str, at: int, end: int) -> bool:
    """Whether a possessive ending at offset ``at`` has a word after it before ``end``."""
    match = POSSESSIVE.match(text, at, end)
    return match is not None and match.end() < end


def _speaker(text: str, span: tuple[int, int] | None, mentions: _Mentions) -> Speaker | None:
    if span is None:
        return None
    start, end = span
    mention = mentions.inside(text, start, end)
    if mention is None and text[start:end].casefold() == "who":
        mention = mentions.before(start)  # "Stoltenberg, who called for ...": the name before
    return Speaker(
        start=start,
        end=end,
        text=text[start:end],
        entity=mention.entity if mention else None,
        role=mention.role if mention else None,
    )


def find_claims(
    text: str,
    lexicons: Lexicons,
    mentions: Sequence[Mention] = (),
    skip: Skip | None = None,
    plugin: str | None = None,
    dateline: tuple[int, int] | None = None,
    times: Sequence[TimeExpression] = (),
) -> Iterator[Claim]:
    """Every claim of ``text``, in text order, speakers resolved against ``mentions``.

    ``plugin`` is the name each claim records (the pipeline's check then has nothing to set).
    ``dateline`` is the span of the story's dateline ("NEW YORK (Reuters) -"), when the
    metadata stage found one: a claim's content starts after it. ``times`` are the document's
    time expressions (the dates stage's): a claim's ``time`` is the one its cue governs
    (:mod:`stoltlib_quotes.timing`).
    """
    saying = SayingTimes(times) if times else None
    ctx = read(text, lexicons)
    direct = direct_quotes(ctx)
    drafts = list(direct.drafts)
    labelled = list(labelled_lines(ctx, direct.used_quotes))
    drafts.extend(labelled)
    taken = [piece for draft in labelled for piece in draft.content]
    drafts.extend(reported_speech(ctx, direct.used_cues, direct.used_quotes, taken, direct.drafts))
    drafts.sort(key=lambda draft: draft.start)
    index = _Mentions(mentions)
    for draft in _floating(ctx, drafts):
        if skip is not None and skip(draft.start, draft.end) is not None:
            continue
        if draft.rule == "labelled" and _organisation_label(draft, index, text):
            continue
        pieces = (
            draft.content if dateline is None else _past_dateline(text, draft.content, dateline)
        )
        content = tuple([TextSpan(a, b, text[a:b]) for a, b in pieces if b > a])
        if not content:
            continue
        cue = (
            TextSpan(draft.cue[0], draft.cue[1], text[draft.cue[0] : draft.cue[1]])
            if draft.cue
            else None
        )
        yield Claim(
            kind=draft.kind,
            content=content,
            speaker=_speaker(text, draft.speaker, index),
            cue=cue,
            time=saying.of(cue, content, text) if saying is not None else None,
            confidence=draft.confidence,
            plugin=plugin,
        )


def _past_dateline(
    text: str, pieces: Sequence[tuple[int, int]], dateline: tuple[int, int]
) -> list[tuple[int, int]]:
    """``pieces`` with what lies in the dateline cut off their start.

    The story's first sentence runs on from its dateline ("NEW YORK (Reuters) - Acme's profit
    rose ..., the company said"): the dateline is where and by whom, not what was said.
    """
    start, end = dateline
    kept = []
    for a, b in pieces:
        if start <= a < end:
            a = end
            while a < b and text[a].isspace():
                a += 1
        kept.append((a, b))
    return kept
