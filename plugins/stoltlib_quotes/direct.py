"""Direct quotes: quotations attributed by a cue before or after them, or by position.

A quotation is a quote when the sentence around it attributes it: ``“Q,” X said`` (or
``said X``) after it, ``X said: “Q”`` / ``X said, “Q”`` / ``X added that “Q”`` before it, or a
speaker and a colon (``Cruz called them on it: “Q”``). The pieces of a split quote
(``“Q1,” X said, “Q2.”``) and the quoted sentences that follow an attributed one in its
paragraph (``“Q1,” X said. “Q2.”``) join it. A quoted paragraph with no attribution of its own is
a floating quote; its speaker is settled later, from the claim before it. Any other quotation
(a title, a scare quote, a quoted phrase inside reported speech) is not a direct quote.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence

import attrs
import regex

from stoltlib.quoting import Quotation
from stoltlib_quotes.context import Context, CueMatch, Sentence
from stoltlib_quotes.drafts import Draft
from stoltlib_quotes.reported import adverbial_tail, words_between
from stoltlib_quotes.speakers import PRONOUNS, Token, speaker_after, speaker_before, speaker_from

__all__ = ["DirectResult", "direct_quotes"]


def _word_set(words: str) -> frozenset[str]:
    """The white-space separated words of ``words``, as a set."""
    return frozenset(words.split())


#: A quotation with fewer words than this is a quote only when it ends like one (with its
#: punctuation inside the marks) or a cue governs it.
MIN_QUOTE_WORDS = 4
#: A quoted paragraph needs this many words to be taken as a floating quote.
MIN_FLOATING_WORDS = 6
#: A trailing attribution (speaker, apposition and all) has at most this many tokens before
#: its cue.
MAX_ATTRIBUTION = 40
#: After a trailing attribution, at most this many tokens may close the sentence ("on
#: Monday", "in a statement", "at the time") before the attribution is taken for a clause.
MAX_TRAILER = 7
#: Before a leading cue's colon or comma, at most this many tokens may follow the cue ("told
#: reporters:", "said in a statement:").
MAX_LEAD_GAP = 6
#: An attribution standing as the next sentence ("“Did you know?” Todd asked.") has at most
#: this many words after its cue (and a tell cue's hearer) unless an adverbial opens them;
#: more make a claim of its own ("He told reporters she was wrong and would resign.").
MAX_NEXT_SENTENCE_TAIL = 3

# Marks that may stand between a quotation and its trailing attribution.
_JOINERS = frozenset({",", "—", "–", "-", ";"})
# Words that open an adverbial after a trailing attribution: time, place, occasion.
_ADVERBIAL_OPENERS = _word_set(
    "on in at during after before while when last this yesterday today earlier later of about "
    "as from with near outside following without despite referring amid upon monday tuesday "
    "wednesday thursday friday saturday sunday who whose which"
)
# Prepositions that open a manner or place adverbial after a next sentence's cue ("said into
# the phone", "told a crowd over loudspeakers").
_TRAILING_PREPOSITIONS = _word_set("into to over through across by under toward towards")
# Words that open a clause the cue governs: after them, the cue is not the quote's.
_CLAUSE_OPENERS = _word_set(
    """
    that if whether what how why
    """
)


@attrs.frozen
class DirectResult:
    """The direct quotes found, and the cues and quotations they used."""

    drafts: list[Draft]
    used_cues: frozenset[int]
    used_quotes: frozenset[int]


def _words(ctx: Context, quote: Quotation) -> int:
    """How many words a quotation holds, counted once (the rules ask it several times)."""
    counts = ctx.quote_words
    count = counts.get(quote.start)
    if count is None:
        flat = ctx.flat
        parts = quote.parts
        if len(parts) == 1:  # most quotations: no generator to run
            count = len(flat[parts[0].start : parts[0].end].split())
        else:
            count = sum(len(flat[p.start : p.end].split()) for p in parts)
        counts[quote.start] = count
    return count


def _ends_like_a_quote(ctx: Context, quote: Quotation) -> bool:
    """Whether the quoted text ends with its own punctuation ("…,” she said", "…?”")."""
    last = quote.parts[-1]
    return last.end > last.start and ctx.flat[last.end - 1] in ".,!?…;:"


def _quote_like(ctx: Context, quote: Quotation) -> bool:
    words = _words(ctx, quote)
    if _titled(ctx, quote):
        return False
    return words >= MIN_QUOTE_WORDS or (words >= 2 and _ends_like_a_quote(ctx, quote))


# A title's context: a possessive or a naming word right before the quotation ("CNN's “State of
# the Union,”", "on “Meet the Press,”", "a book titled “Hard Choices”").
_TITLE_BEFORE = regex.compile(
    r"(?:['’]s|(?:on|in|titled|entitled|called|named|dubbed|headlined|show|program|book|film))"
    r"[ \u00a0]{1,2}$",
    regex.IGNORECASE,
)
#: A quotation of at most this many words after a title's context is taken for a title.
MAX_TITLE_WORDS = 8


def _titled(ctx: Context, quote: Quotation) -> bool:
    """Whether a short quotation names a show, a book or a film rather than quoting anyone."""
    if _words(ctx, quote) > MAX_TITLE_WORDS:
        return False
    return _TITLE_BEFORE.search(ctx.flat, max(0, quote.start - 12), quote.start) is not None


def _cues_between(ctx: Context, start: int, end: int) -> list[CueMatch]:
    return ctx.cues_in(start, end)


def _cues_from(ctx: Context, start: int, end: int) -> Iterator[CueMatch]:
    """The cues that start inside ``start..end``, in order, read one by one.

    For a loop that stops early: a list of every cue to a long sentence's end, built for each
    of its quotations, was quadratic.
    """
    cues, starts = ctx.cues, ctx.cue_starts
    index = bisect.bisect_left(starts, start)
    while index < len(cues) and starts[index] < end:
        yield cues[index]
        index += 1


def _token_range(sentence: Sentence, start: int, end: int) -> tuple[int, int]:
    """The index of the first token at or after ``start``, and of the first at or after ``end``."""
    starts = sentence.starts
    return bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)


def _ends_like_a_reply(ctx: Context, quote: Quotation) -> bool:
    """Whether a quoted word ends with a comma, "?" or "!" ("“Really,” she added") of its own."""
    last = quote.parts[-1]
    return last.end > last.start and ctx.flat[last.end - 1] in ",!?" and not _titled(ctx, quote)


def _trailing(
    ctx: Context, quote: Quotation, sentence: Sentence
) -> tuple[tuple[int, int] | None, CueMatch, int] | None:
    """A trailing attribution: the speaker (token offsets), the cue, the index after it.

    A quotation that ends its own sentence ("“Did you know?” Todd asked.") takes the next
    sentence of its paragraph for its attribution when that opens with one.
    """
    ends_itself = ctx.flat[quote.end - 2 : quote.end - 1] in ("?", "!", ".")
    moved = False
    if quote.end >= sentence.end or not (ends_itself or _cue_within(ctx, quote.end, sentence.end)):
        # Nothing follows the quotation in its sentence, or no cue does: only the next
        # sentence may attribute it, and this one is not tokenised (most quotations' sentences
        # are no one's else; their tokens were a tenth of the quote rules' work).
        following = _next_sentence(ctx, sentence) if quote.end >= sentence.end else None
        if following is None or not ends_itself:
            return None
        sentence, toks, first, moved = following, following.toks, 0, True
    else:
        toks = sentence.toks
        first, _ = _token_range(sentence, quote.end, quote.end)
        if first >= len(toks) and ends_itself:
            following = _next_sentence(ctx, sentence)
            if following is not None:
                sentence, toks, first, moved = following, following.toks, 0, True
    index = first
    while index < len(toks) and toks[index].text in _JOINERS:
        index += 1
    for cue in _cues_from(ctx, max(quote.end, sentence.start), sentence.end):
        cue_first, cue_end = _token_range(sentence, cue.start, cue.end)
        if cue_first - index > MAX_ATTRIBUTION:
            break
        adverbs = ctx.lexicons.adverbs
        speaker: tuple[int, int] | None = None
        if cue_first == index:
            # Inverted: “Q,” said the Secretary General; never after a participle ('“Q,” saying
            # they were ...': what follows it is the participle's own content).
            if cue.participle:
                continue
            found = speaker_after(toks, cue_end - 1, adverbs, ctx.lexicons.speaker_nouns)
            if found is None:
                continue
            speaker = (toks[found[0]].start, toks[found[1]].end)
            after = found[1] + 1
        else:
            found = speaker_before(toks, cue_first, adverbs, ctx.lexicons.speaker_nouns)
            if found is None or found[0] != index:
                # The speaker opens right after the quotation: read it from there, with an
                # apposition of several commas ("X, 67, a retired nurse in Allentown, Pa.,").
                found = speaker_from(toks, index, cue_first, adverbs, ctx.lexicons.speaker_nouns)
            if found is None:
                continue
            speaker = (toks[found[0]].start, toks[found[1]].end)
            after = cue_end
        if moved and not _only_an_attribution(sentence, after, cue.cue.frame == "tell"):
            return None
        if cue.cue.frame == "tell" or _closes_attribution(sentence, after):
            # A tell cue's hearer follows it ("told a voter passing by who ...").
            return speaker, cue, after
        return None
    return None


def _next_sentence(ctx: Context, sentence: Sentence) -> Sentence | None:
    """The sentence after ``sentence`` when it is in the same paragraph, else ``None``."""
    following = ctx.sentence_index(sentence) + 1
    if following < ctx.sentence_count:
        nxt = ctx.sentence(following)
        if nxt.paragraph == sentence.paragraph:
            return nxt
    return None


def _cue_within(ctx: Context, start: int, end: int) -> bool:
    """Whether a cue starts inside ``start..end`` (a search, not a list of them)."""
    index = bisect.bisect_left(ctx.cue_starts, start)
    return index < len(ctx.cue_starts) and ctx.cue_starts[index] < end


def _cue_ends_within(ctx: Context, start: int, end: int) -> bool:
    """Whether a cue lies wholly inside ``start..end``."""
    starts = ctx.cue_starts
    lowest = bisect.bisect_left(starts, start)
    for index in range(bisect.bisect_left(starts, end) - 1, lowest - 1, -1):
        if ctx.cues[index].end <= end:
            return True
    return False


def _colon_before(flat: str, start: int, end: int) -> bool:
    """Whether the last character of ``flat[start:end]`` but white space is a colon.

    Read back over the white space alone, not by stripping a copy of the stretch: a long
    sentence of many quotations would be copied once for each.
    """
    at = end - 1
    while at >= start and flat[at].isspace():
        at -= 1
    return at >= start and flat[at] == ":"


def _only_an_attribution(sentence: Sentence, after: int, tell: bool) -> bool:
    """Whether a next sentence's cue, up to ``after``, is followed by little but an adverbial.

    ("“Q.” He said on Monday at the summit.", "“Q.” She told reporters."); a tell cue's hearer
    of one word is passed over first.
    """
    toks = sentence.toks
    first = after
    if tell and first < len(toks) and toks[first].word and toks[first].low not in _CLAUSE_OPENERS:
        first += 1
    # Manner adverbs ("said pleasantly", "asked rhetorically") are part of the attribution.
    while first < len(toks) and toks[first].word and toks[first].low.endswith("ly"):
        first += 1
    if first < len(toks) and toks[first].low in _TRAILING_PREPOSITIONS:
        return True  # "said into the phone"
    return _closes_attribution(sentence, first, MAX_NEXT_SENTENCE_TAIL)


def _closes_attribution(sentence: Sentence, after: int, most: int = MAX_TRAILER) -> bool:
    """Whether the tokens from ``after`` close a trailing attribution, not open a clause.

    At most ``most`` words may follow unless an adverbial or a mark opens them.
    """
    toks = sentence.toks
    # Read by index, never by copying the rest of the sentence: once for each quotation of a
    # long sentence, a copy was quadratic.
    first = after
    if first < len(toks) and toks[first].text == "(":
        # A parenthesis after the speaker ("Rep. Bobby Scott (D-Va.)"): read on after it.
        closing = next((i for i in range(first, len(toks)) if toks[i].text == ")"), None)
        if closing is not None:
            first = closing + 1
    if first >= len(toks) or toks[first].text in ",.!?;:—–-":
        return True
    if toks[first].low in _CLAUSE_OPENERS:
        return False
    if toks[first].low in _ADVERBIAL_OPENERS:
        return True  # "said on Monday, June 8, at the alliance headquarters in Brussels"
    words = 0
    for index in range(first, len(toks)):
        token = toks[index]
        if token.text in '“"':
            return False
        if token.word:
            words += 1
            if words > most:
                return False
    return True


def _leading(
    ctx: Context, quote: Quotation, sentence: Sentence
) -> tuple[tuple[int, int] | None, tuple[int, int], CueMatch | None] | None:
    """A leading attribution: the speaker, the cue's offsets and the cue (``None`` for a colon)."""
    if not _cue_ends_within(ctx, sentence.start, quote.start) and not _colon_before(
        ctx.flat, sentence.start, quote.start
    ):
        # Neither a cue of the sentence nor a colon before the quotation: no attribution
        # leads into it, and the sentence need not be tokenised to tell (a token never runs
        # over a quotation's opening mark, and a colon is a token of its own).
        return None
    toks = sentence.toks
    end, _ = _token_range(sentence, quote.start, quote.start)
    index = end
    marked = False
    while index > 0 and toks[index - 1].text in (",", ":", "—", "–", "-"):
        index -= 1
        marked = True
    if index > 0 and toks[index - 1].low == "that":
        # "X stated that “Q”": a direct quote only when the quotation ends the clause; when the
        # sentence goes on ("... “it is possible to cooperate” with Russia"), it is mixed.
        after = _token_range(sentence, quote.end, quote.end)[0]
        if any(toks[i].word for i in range(after, len(toks))):
            return None
        index -= 1
    adverbs = ctx.lexicons.adverbs
    cues, starts = ctx.cues, ctx.cue_starts
    lowest = bisect.bisect_left(starts, sentence.start)
    for number in range(bisect.bisect_left(starts, quote.start) - 1, lowest - 1, -1):
        cue = cues[number]  # the sentence's cues before the quotation, the nearest first
        if cue.end > quote.start:
            continue
        cue_first, cue_end = _token_range(sentence, cue.start, cue.end)
        gap = index - cue_end
        if gap > MAX_LEAD_GAP:
            break  # cues do not overlap: each earlier one ends farther back
        if gap < 0 or (gap > 0 and not marked):
            continue
        if any(t.low in ("that",) or not t.word for t in toks[cue_end:index]):
            continue
        found = speaker_before(toks, cue_first, adverbs, ctx.lexicons.speaker_nouns)
        if found is None and cue_first > 0 and toks[cue_first - 1].low in ("and", "but"):
            # "Mrs. Clinton shook her head and said, “No.”": the sentence's subject speaks.
            found = speaker_after(toks, -1, adverbs, ctx.lexicons.speaker_nouns)
            if found is not None and found[1] >= cue_first - 1:
                found = None
        if found is None:
            return None
        return (toks[found[0]].start, toks[found[1]].end), (cue.start, cue.end), cue
    if marked and end > 0 and toks[end - 1].text == ":":
        found = speaker_before(toks, end - 1, adverbs, ctx.lexicons.speaker_nouns)
        if found is not None and _opens_a_colon_speaker(toks, found[0]):
            head = toks[found[1]]
            sourced = found[0] > 0 and toks[found[0] - 1].low == "from"  # "From the report:"
            if head.capitalised or head.low in PRONOUNS or sourced:
                colon = toks[end - 1]
                return (toks[found[0]].start, head.end), (colon.start, colon.end), None
    return None


def _opens_a_colon_speaker(toks: Sequence[Token], first: int) -> bool:
    """Whether a speaker before a colon starting at token ``first`` opens its sentence.

    It may follow "From" or "More from" ("From the report: “...”"), "Here’s", or a dash that
    sets it off from a heading ("... for Republican contests - Philip Bump: “...”").
    """
    lead = tuple(token.low for token in toks[:first]) if first <= _LONGEST_COLON_LEAD else None
    return lead in _COLON_LEADS or (first > 0 and toks[first - 1].text in ("-", "—", "–"))


# What may come before the speaker of a colon-introduced quotation.
_COLON_LEADS = frozenset({(), ("from",), ("more", "from"), ("here's",), ("here’s",)})
_LONGEST_COLON_LEAD = max(map(len, _COLON_LEADS))


def _announced(
    ctx: Context, quote: Quotation, sentence: Sentence, used: set[int]
) -> tuple[tuple[int, int], CueMatch] | None:
    """A quote announced by the sentence before it: ``X said in a statement. “Q”``.

    The quotation must open its sentence, and the sentence before (in its paragraph or ending
    the paragraph before) must end with a speaker and a cue with nothing but an adverbial after
    it, so that the quote is what the cue reports.
    """
    if quote.start != sentence.start:
        return None
    index = ctx.sentence_index(sentence)
    if index == 0:
        return None
    previous = ctx.sentence(index - 1)
    if previous.paragraph < sentence.paragraph - 1:
        return None
    cues = _cues_between(ctx, previous.start, previous.end)
    if not cues or not previous.toks:
        return None  # the cues first: a sentence without one is not tokenised
    if previous.toks[-1].text not in (".", ":"):
        return None
    cue = cues[-1]
    if cue.start in used:
        return None  # the cue attributes a quote of its own sentence
    cue_first, cue_end = _token_range(previous, cue.start, cue.end)
    if not adverbial_tail(previous.toks, cue_end) or cue.cue.frame == "according":
        return None
    found = speaker_before(
        previous.toks, cue_first, ctx.lexicons.adverbs, ctx.lexicons.speaker_nouns
    )
    if found is None:
        return None
    return (previous.toks[found[0]].start, previous.toks[found[1]].end), cue


def _paragraph_start(ctx: Context, sentence: Sentence) -> int:
    return ctx.paragraph_spans[sentence.paragraph][0]


def direct_quotes(ctx: Context) -> DirectResult:
    """Every direct quote of the document (see the module docstring)."""
    drafts: list[Draft] = []
    used_cues: set[int] = set()
    used_quotes: set[int] = set()
    for quote in ctx.quotes:
        if quote.start in used_quotes:
            continue
        first = ctx.sentence_at(quote.start)
        last = ctx.sentence_at(quote.end - 1)
        if first is None or last is None:
            continue
        quote_like = _quote_like(ctx, quote)
        speaker: tuple[int, int] | None = None
        cue_span: tuple[int, int] | None = None
        rule = ""
        pieces = [quote]
        # Where a quoted piece's content starts, when the sentence leads into the quotation
        # ("Gore tried to distance himself, and he “made a strategic mistake,” Lichtman said").
        leads: dict[int, int] = {}
        # A quoted word that ends with its own comma, "?" or "!" is a quote when an attribution
        # follows it ("“Really,” she added"); a scare quote has none.
        one_word = not quote_like and _words(ctx, quote) == 1 and _ends_like_a_reply(ctx, quote)
        trailing = _trailing(ctx, quote, last) if quote_like or one_word else None
        if trailing is not None:
            speaker, cue, after = trailing
            cue_span = (cue.start, cue.end)
            used_cues.add(cue.start)
            rule = "trailing"
            if first is last and quote.start > first.start:
                lead = _lead_in(ctx, first, quote)
                if lead is not None:
                    leads[quote.start] = lead
            toks = last.toks
            if after < len(toks) and toks[after].text == ",":
                following = ctx.quotes_in(toks[after].end, last.end)
                if following and following[0].start == _next_start(ctx, toks[after].end):
                    pieces.append(following[0])
        else:
            # A quoted word with its own stop after a colon is an answer ('Smith said:
            # "Absolutely."'): the colon announces it, as it does a longer quotation.
            answer = (
                _words(ctx, quote) == 1
                and _ends_like_a_quote(ctx, quote)
                and not _titled(ctx, quote)
                and _colon_before(ctx.flat, first.start, quote.start)
            )
            leading = _leading(ctx, quote, first) if quote_like or answer else None
            if leading is not None:
                speaker, cue_span, cue_found = leading
                if cue_found is not None:
                    used_cues.add(cue_found.start)
                rule = "leading" if cue_found is not None else "colon"
            elif (announced := _announced(ctx, quote, first, used_cues)) is not None:
                speaker, cue_found = announced
                cue_span = (cue_found.start, cue_found.end)
                used_cues.add(cue_found.start)
                rule = "announced"
            elif (
                quote.start == _paragraph_start(ctx, first)
                and _words(ctx, quote) >= MIN_FLOATING_WORDS
                and not _cues_between(ctx, quote.end, last.end)
            ):
                rule = "floating"
        if not rule:
            continue
        for piece, lead in _following_quotes(ctx, pieces[-1], strict=rule == "floating"):
            pieces.append(piece)
            if lead is not None:
                leads[piece.start] = lead
        for piece in pieces:
            used_quotes.add(piece.start)
        content = tuple(
            (leads.get(piece.start, p.start) if number == 0 else p.start, p.end)
            for piece in pieces
            for number, p in enumerate(piece.parts)
        )
        kind = "mixed" if leads else "direct"
        confidence = {
            "trailing": 0.9,
            "leading": 0.9,
            "colon": 0.75,
            "announced": 0.75,
            "floating": 0.5,
        }[rule]
        drafts.append(Draft(kind, content, speaker, cue_span, rule, confidence))
    return DirectResult(drafts, frozenset(used_cues), frozenset(used_quotes))


def _next_start(ctx: Context, offset: int) -> int:
    """The offset of the next non-space character at or after ``offset``."""
    while offset < len(ctx.flat) and ctx.flat[offset].isspace():
        offset += 1
    return offset


def _following_quotes(
    ctx: Context, quote: Quotation, strict: bool = False
) -> list[tuple[Quotation, int | None]]:
    """Quoted sentences that go on from ``quote`` in its paragraph, with no attribution.

    Each comes with where its content starts when words lead into the quotation ("But “Donald
    Trump’s candidacy is strengthened ...”": the sentence ends with the quotation and reports
    nothing of its own), else ``None``. With ``strict``, only sentences that open with their
    quotation go on (a floating quote's).
    """
    found: list[tuple[Quotation, int | None]] = []
    current = ctx.sentence_at(quote.end - 1)
    while current is not None:
        index = ctx.sentence_index(current) + 1
        if index >= ctx.sentence_count:
            break
        following = ctx.sentence(index)
        if following.paragraph != current.paragraph:
            break
        quotes = ctx.quotes_in(following.start, following.end)
        if not quotes or _cues_between(ctx, following.start, following.end):
            break
        nxt = quotes[0]
        if len(nxt.parts) > 1 or nxt.end < following.end - 2:
            break  # the sentence goes on past the quotation: not a quote of its own
        lead: int | None = None
        if nxt.start != following.start:
            lead = None if strict else _lead_in(ctx, following, nxt)
            if lead is None:
                break
        found.append((nxt, lead))
        current = following
    return found


#: Words that may lead into a quotation that ends a quoted sentence ("But “...”").
MAX_LEAD_IN = 12
#: A quotation led into needs this many words of its own: one will do ("Trump's misinformation
#: may be “strategic,” Smith said": the sentence is the content, the quoted word in it).
MIN_LED_WORDS = 1


def _lead_in(ctx: Context, sentence: Sentence, quote: Quotation) -> int | None:
    """Where a sentence's words leading into ``quote`` start, when they are its content.

    Words before the quotation, with no cue among them and no other quotation, at most
    :data:`MAX_LEAD_IN`, before a quotation of :data:`MIN_LED_WORDS` words or more.
    """
    if _words(ctx, quote) < MIN_LED_WORDS:
        return None
    if _cues_between(ctx, sentence.start, quote.start) or ctx.quotes_in(
        sentence.start, quote.start
    ):
        return None  # tested before the words are counted: the sentence is then not tokenised
    words = words_between(sentence.toks, 0, sentence.index_at(quote.start), MAX_LEAD_IN + 1)
    if not 0 < words <= MAX_LEAD_IN:
        return None
    return sentence.start
