"""Reported speech: indirect claims, and mixed ones that quote a fragment.

Frames, each read over one sentence's tokens around a cue the direct-quote rules left unused:

- ``X said (that) C`` / ``X told reporters (that) C`` / ``X urged allies to C``: the content runs
  from after the cue (its hearer and a ``that`` passed over) to the sentence's end;
- ``C, X said`` and ``C, said X``: the content is the sentence up to the comma;
- ``According to X, C`` and ``C, according to X``;
- ``..., saying (that) C``: a participle's speaker is the sentence's subject.

A content that holds a quotation is ``mixed`` (``calling it a “blatant violation of
international law”``); one that is wholly a quotation is ``direct``; otherwise ``indirect``.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from stoltlib_quotes.context import Context, CueMatch, Sentence
from stoltlib_quotes.drafts import Draft
from stoltlib_quotes.speakers import DETERMINERS, PRONOUNS, STOPS, Token, speaker_after
from stoltlib_quotes.speakers import speaker_before as _speaker_before

__all__ = ["reported_speech"]


def _word_set(words: str) -> frozenset[str]:
    """The white-space separated words of ``words``, as a set."""
    return frozenset(words.split())


#: A reported content has at least this many words.
MIN_CONTENT_WORDS = 3
#: How far (tokens) after the cue a "that" may open the content ("said on Monday that").
THAT_REACH = 10
#: A hearer after a "tell" cue has at most this many tokens ("told a news conference").
MAX_HEARER = 6
#: In ``C, X said``, at most this many tokens may follow the cue before the sentence ends.
MAX_REVERSE_TAIL = 6

# Pronouns that may be a tell cue's hearer.
_HEARERS = _word_set(
    """
    him her them us me you reporters journalists
    """
)
# Marks that end a sentence or close its last quotation, left out of a content's end.
_FINAL = ".!?…"


def _tokens_index(sentence: Sentence, offset: int) -> int:
    for index, token in enumerate(sentence.toks):
        if token.start >= offset:
            return index
    return len(sentence.toks)


def _span(toks: Sequence[Token], first: int, last: int) -> tuple[int, int]:
    return toks[first].start, toks[last].end


def _content_end(ctx: Context, sentence: Sentence) -> int:
    """The sentence's end without its final punctuation (kept inside a closing quotation)."""
    end = sentence.end
    while end > sentence.start and ctx.flat[end - 1] in _FINAL:
        end -= 1
    return end


def _kind(ctx: Context, start: int, end: int) -> str:
    quotes = ctx.quotes_in(start, end)
    if not quotes:
        return "indirect"
    if len(quotes) == 1 and quotes[0].start <= start + 1 and quotes[0].end >= end - 1:
        return "direct"
    return "mixed"


def _content_after(ctx: Context, sentence: Sentence, after: int, frame: str) -> int | None:
    """The token index where a content after the cue starts, or ``None`` when none does."""
    toks = sentence.toks
    index = after
    if index >= len(toks):
        return None
    if frame == "tell":
        token = toks[index]
        if token.low in _HEARERS or token.low in PRONOUNS:
            index += 1
        elif token.capitalised or token.low in DETERMINERS:
            stop = index
            while (
                stop < len(toks)
                and stop - index < MAX_HEARER
                and toks[stop].word
                and toks[stop].low not in STOPS
                and toks[stop].low not in ("that", "to")
            ):
                stop += 1
            index = stop
    for reach in range(index, min(len(toks), index + THAT_REACH)):
        token = toks[reach]
        if token.low == "that":
            return reach + 1
        if token.text in '“"' or ctx.lexicons.cue(token.text) is not None:
            break
    if index < len(toks) and toks[index].text in (",", ":", "—", "–"):
        index += 1
    if index < len(toks) and toks[index].low == "to" and frame == "tell":
        return index
    return index


def _words_between(toks: Sequence[Token], first: int, last: int) -> int:
    return sum(1 for token in toks[first:last] if token.word)


def _subject(sentence: Sentence, before: int) -> tuple[int, int] | None:
    """The sentence's subject, read from its start, for a participle's speaker."""
    toks = sentence.toks
    index = 0
    while index < before and not toks[index].word:
        index += 1
    if index >= before:
        return None
    if toks[index].low in PRONOUNS:
        return index, index
    last = None
    probe = index
    while probe < before and probe - index < 8:
        token = toks[probe]
        if not token.word or token.low in STOPS:
            break
        if token.capitalised or token.low in DETERMINERS or last is not None:
            last = probe
        probe += 1
    return (index, last) if last is not None else None


def reported_speech(
    ctx: Context, used_cues: frozenset[int], used_quotes: frozenset[int]
) -> Iterator[Draft]:
    """Every indirect or mixed claim of the document (see the module docstring)."""
    adverbs = ctx.lexicons.adverbs
    taken: list[tuple[int, int]] = []
    sentence_speaker: dict[int, tuple[int, int]] = {}
    for cue in ctx.cues:
        if cue.start in used_cues or any(a <= cue.start < b for a, b in taken):
            continue
        sentence = ctx.sentence_at(cue.start)
        if sentence is None:
            continue
        draft = _read(ctx, sentence, cue, adverbs, sentence_speaker.get(sentence.start))
        if draft is None:
            continue
        used = any(q.start in used_quotes for q in ctx.quotes_in(draft.start, draft.end))
        if used and draft.kind == "direct":
            continue
        taken.extend(draft.content)
        if draft.speaker is not None:
            sentence_speaker.setdefault(sentence.start, draft.speaker)
        yield draft


def _read(
    ctx: Context,
    sentence: Sentence,
    cue: CueMatch,
    adverbs: frozenset[str],
    earlier: tuple[int, int] | None,
) -> Draft | None:
    """The claim one cue makes in its sentence, or ``None``."""
    toks = sentence.toks
    first = _tokens_index(sentence, cue.start)
    after = _tokens_index(sentence, cue.end)
    if first >= len(toks):
        return None
    cue_span = (cue.start, cue.end)
    end = _content_end(ctx, sentence)
    if cue.cue.frame == "according":
        return _according(ctx, sentence, cue, first, after, end)
    if cue.participle and first > 0 and toks[first - 1].text == ",":
        subject = earlier
        if subject is None:
            opening = _subject(sentence, first - 1)
            subject = _span(toks, *opening) if opening else None
        start = _content_after(ctx, sentence, after, cue.cue.frame)
        if start is None or _words_between(toks, start, len(toks)) < MIN_CONTENT_WORDS:
            return None
        content = (toks[start].start, end)
        kind = _kind(ctx, *content)
        return Draft(kind, (content,), subject, cue_span, "participle", 0.6)
    found = _speaker_before(toks, first, adverbs)
    if found is not None:
        speaker: tuple[int, int] | None = _span(toks, *found)
        tail = _words_between(toks, after, len(toks))
        before_speaker = found[0] - 1
        if (
            before_speaker > 0
            and toks[before_speaker].text == ","
            and tail <= MAX_REVERSE_TAIL
            and not any(t.low == "that" for t in toks[after:])
        ):
            # C, X said (on Monday).
            content = (toks[0].start, toks[before_speaker - 1].end)
            if _words_between(toks, 0, before_speaker) >= MIN_CONTENT_WORDS:
                kind = _kind(ctx, *content)
                return Draft(kind, (content,), speaker, cue_span, "reverse", 0.7)
            return None
        if cue.participle:
            return None  # "Speaking from Brussels, ...": a participle opening the sentence
        start = _content_after(ctx, sentence, after, cue.cue.frame)
        if start is None or start >= len(toks):
            return None
        if _words_between(toks, start, len(toks)) < MIN_CONTENT_WORDS:
            return None
        content = (toks[start].start, end)
        if content[1] <= content[0]:
            return None
        kind = _kind(ctx, *content)
        return Draft(kind, (content,), speaker, cue_span, "forward", 0.75)
    if first > 0 and toks[first - 1].text == ",":
        inverted = speaker_after(toks, after - 1, adverbs)
        if inverted is not None and _words_between(toks, inverted[1] + 1, len(toks)) <= 4:
            # C, said X.
            if first >= 2 and _words_between(toks, 0, first - 1) >= MIN_CONTENT_WORDS:
                before = (toks[0].start, toks[first - 2].end)
                kind = _kind(ctx, *before)
                return Draft(kind, (before,), _span(toks, *inverted), cue_span, "inverted", 0.7)
    return None


def _according(
    ctx: Context, sentence: Sentence, cue: CueMatch, first: int, after: int, end: int
) -> Draft | None:
    """``According to X, C`` or ``C, according to X``."""
    toks = sentence.toks
    found = speaker_after(toks, after - 1, ctx.lexicons.adverbs)
    if found is None:
        return None
    speaker = _span(toks, *found)
    cue_span = (cue.start, cue.end)
    following = found[1] + 1
    if following < len(toks) and toks[following].text == ",":
        start = following + 1
        if start < len(toks) and _words_between(toks, start, len(toks)) >= MIN_CONTENT_WORDS:
            content = (toks[start].start, end)
            return Draft(_kind(ctx, *content), (content,), speaker, cue_span, "according", 0.75)
    if first > 0 and toks[first - 1].text == "," and first >= 2:
        content = (toks[0].start, toks[first - 2].end)
        if _words_between(toks, 0, first - 1) >= MIN_CONTENT_WORDS:
            return Draft(_kind(ctx, *content), (content,), speaker, cue_span, "according", 0.7)
    return None
