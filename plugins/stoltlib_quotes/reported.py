"""Reported speech: indirect claims, and mixed ones that quote a fragment.

Frames, each read over one sentence's tokens around a cue the direct-quote rules left unused:

- ``X said (that) C`` / ``X told reporters (that) C`` / ``X urged allies to C``: the content runs
  from after the cue (its hearer and a ``that`` passed over) to the clause's end: the sentence's
  end, a semicolon, or a second cue joined by "and" or "but" (``X admitted that C1, but said
  C2``: the second cue's speaker is the first's);
- ``C, X said`` and ``C, said X``: the content is the sentence up to the comma, when only an
  adverbial ("on Monday", "in a statement") follows the cue;
- ``According to X, C`` and ``C, according to X``;
- ``..., saying (that) C``: a participle's speaker is the sentence's subject.

A cue followed by a preposition and no ``that`` ("said on Thursday during a speech", "spoke of
Trump") reports no content here. A content that holds a quotation is ``mixed`` (``calling it a
“blatant violation of international law”``); one that is wholly a quotation is ``direct``;
otherwise ``indirect``.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator, Sequence

import regex

from stoltlib.quoting import DOUBLE_MARKS
from stoltlib_quotes.context import Context, CueMatch, Sentence
from stoltlib_quotes.drafts import Draft
from stoltlib_quotes.speakers import (
    DETERMINERS,
    PRONOUNS,
    STOPS,
    Token,
    adverb_like,
    speaker_after,
    speaker_before,
    speaker_from,
)

__all__ = [
    "GAP_EDGES",
    "GAP_HEARERS",
    "GAP_PREPOSITIONS",
    "adverbial_tail",
    "reported_speech",
    "words_between",
]


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
MAX_REVERSE_TAIL = 8

#: An "according to" source may go on past its head to the comma by this many tokens.
MAX_SOURCE_TAIL = 25
# Object pronouns an "according to" source may be.
_OBJECT_PRONOUNS = _word_set("him her them us")
# Words that open the question after a sentence-initial "Asked".
_QUESTION_OPENERS = _word_set("about if whether what how why when who which on at for")
# What a passive "asked" follows ("she was asked", "when asked"), and what opens the question
# or request it reports ("whether ...", "to release ...").
_PASSIVE_BEFORE = _word_set("was were is are be been being when once after if while")
_ASKED_OPENERS = _word_set("about if whether what how why when where who whom which to")
# Pronouns and nouns that may be a tell cue's hearer.
_HEARERS = _word_set("him her them us me you reporters journalists")
# Hearers of one word that may stand between a tell cue and the adverbial before a content
# ("told parliament on Monday the budget ...").
GAP_HEARERS = _HEARERS | _word_set(
    """
    analysts investors lawmakers legislators parliament congress senators delegates
    shareholders employees staff supporters voters members correspondents audience crowd
    """
)
# Prepositions that open an adverbial, not a content: a cue followed by one (and no "that")
# reports nothing here.
_PREPOSITIONS = _word_set(
    """
    in on at during with of from for about after before by into through over under against
    while since until upon toward towards amid via without outside inside near
    """
)
# Words that may close a sentence after its cue in ``C, X said``: adverbials of time, place
# and manner.
_TAIL_WORDS = _word_set(
    """
    on in at during to after before last this next earlier later recently today yesterday
    monday tuesday wednesday thursday friday saturday sunday morning afternoon evening night
    week month year in a an the statement interview news conference speech press release
    email letter told reporters
    """
)
# Marks that end a sentence, left out of a content's end (kept inside a closing quotation).
_FINAL = ".!?…"
# Cues whose infinitive is what was said: a promise ("vowed to ...", "pledged to ...").
_INFINITIVE_CUES = _word_set("vow pledge promise swear propose")
# Words that open a reported answer of a word or two ("said he would", "said yes", "says so").
_SHORT_ANSWERS = _word_set("yes no so not he she they it we i you that nothing")
# Words after which a phrase opens a clause (is a subject, not an object).
_CLAUSE_LINKS = _word_set("and but or yet so that who which while as")
# Words that open an adverbial set off before the subject ("In a statement, X ...").
_ADVERBIAL_STARTS = _word_set(
    "in on at after before during speaking asked while when as earlier later since following "
    "despite amid with without for from by"
)
#: An adverbial before the subject has at most this many tokens.
MAX_ADVERBIAL = 16
#: A confirmation of a person in an office ("confirmed Janet Yellen as Treasury Secretary"):
#: the Senate appointed someone, it reported nothing. A name of one to four capitalised words
#: and "as".
CONFIRMED_AS = regex.compile(r"\s+(?:\p{Lu}[\p{L}.'’\-]*\s+){1,4}as\s")
#: A source's request not to be named, after "asked"/"requested": how it may be sourced, not
#: something it said ("an official who asked not to be named"). "requested anonymity to share
#: private worries" is left a claim: PolNeAR's annotators read it as one.
ANONYMITY = regex.compile(
    r"""
    \s*(?:
        not\s+to\s+be\s+(?:named|identified|quoted|cited)     # "asked not to be named"
      | for\s+anonymity                                    # "asked for anonymity"
      | to\s+remain\s+anonymous                            # "asked to remain anonymous"
      | that\s+(?:his|her|their)\s+names?\s+not\s+be       # "asked that his name not be used"
    )\b
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# A short adverbial of time or channel between a cue and a content that has no "that" ("said
# on Tuesday it had ...", "said late on Friday the talks ...", "said in a statement its
# profit ..."): an optional "late"/"early", a preposition, fillers, and a head word. What
# follows it opens the content.
GAP_EDGES = _word_set("late early earlier later")
GAP_PREPOSITIONS = _word_set("on in at during over")
_GAP_TIMES = _word_set(
    """
    monday tuesday wednesday thursday friday saturday sunday today yesterday tonight morning
    afternoon evening night weekend
    """
)
# A period heads the adverbial only after a deictic word ("said last month she ...", not "said
# the year had been hard").
_GAP_PERIODS = _word_set("week month year weekend")
_GAP_DEICTIC = _word_set("last this next")
# A channel heads the adverbial only after a preposition ("in a statement", not "said the
# email scandal ...").
_GAP_CHANNELS = _word_set(
    "statement interview release letter call conference briefing filing speech email note post "
    "message broadcast"
)
_GAP_FILLERS = _word_set(
    "a an the its his her their this last next news press phone telephone video conference "
    "written joint separate brief"
)
#: Such an adverbial has at most this many tokens.
MAX_GAP = 8
# Words that cannot open a content after such an adverbial: it is a longer phrase ("said on
# Tuesday night that", "in a statement issued by", "on a call with analysts").
_NO_CONTENT_OPENERS = _word_set(
    """
    that to and but or as than with by for of from who which has have had is are was were will
    would could should can may might must does did do now also then still
    """
)
# Conjunctions that may open a sentence before its subject.
_OPENERS = _word_set("but and yet still so")
# Conjunctions that join two reporting clauses of one speaker ("admitted that ..., but said").
_JOINING = frozenset({"and", "but"})
# Conjunctions after which a new reporting clause may start ("..., while others said").
_CLAUSE_JOINERS = frozenset({"and", "but", "while", "whereas", "although", "though", "as"})


def _tokens_index(sentence: Sentence, offset: int) -> int:
    return sentence.index_at(offset)


def _span(toks: Sequence[Token], first: int, last: int) -> tuple[int, int]:
    return toks[first].start, toks[last].end


def _kind(ctx: Context, start: int, end: int) -> str:
    quotes = ctx.quotes_in(start, end)
    if not quotes:
        return "indirect"
    if len(quotes) == 1 and quotes[0].start <= start + 1 and quotes[0].end >= end - 1:
        return "direct"
    return "mixed"


def _clause_end(ctx: Context, sentence: Sentence, start: int) -> int:
    """Where a content starting at token ``start`` ends, as an offset.

    At the sentence's end without its final punctuation, at a semicolon outside quotations,
    or before a conjunction that joins another cue ("..., but said").
    """
    toks = sentence.toks
    adverbs, nouns = ctx.lexicons.adverbs, ctx.lexicons.speaker_nouns
    for index in range(start + 1, len(toks)):
        token = toks[index]
        if token.text not in _CLAUSE_MARKS and token.low not in _CLAUSE_JOINERS:
            continue  # most tokens: nothing below can end the clause at them
        if token.text == ";" and ctx.quote_around(token.start) is None:
            return toks[index - 1].end
        if token.text == "," and index > start + 1 and _subordinate_tail(ctx, toks, index + 1):
            # "..., Voss said, after Tolliver announced he would retire": a clause set off after
            # the content tells when or why it was said, not what was.
            return toks[index - 1].end
        if token.text == "," and index + 1 < len(toks):
            following = toks[index + 1]
            cue = ctx.lexicons.word_cue(following.low)
            if cue is not None and cue.frame != "according":
                # "..., saying that ...": the participle's own claim; "X, citing Q, said C":
                # the apposition ends before the main clause's cue.
                return toks[index - 1].end
            if index > start + 1 and _new_reporting_clause(ctx, toks, index + 1):
                # "..., Sanders insisted that C2", "..., they also say C2": a clause of its own.
                return toks[index - 1].end
        if (
            token.text in _CLOSING_MARKS
            and index + 1 < len(toks)
            and toks[index - 1].text == ","
            and _participle_at(ctx, toks, index + 1)
        ):
            # '... “founded ISIS,” saying C2': the quotation's comma ends the content.
            return token.end
        if token.low in _CLAUSE_JOINERS and index + 1 < len(toks):
            following = toks[index + 1]
            if ctx.quote_around(following.start) is not None:
                continue
            ahead = index + 1
            while ahead + 1 < len(toks) and toks[ahead].low in adverbs:
                ahead += 1  # "and has called on": past the auxiliaries to the cue
            # A second reporting clause of the speaker ("..., but said", "and has called on",
            # "and added"): the first content ends before it.
            joined = token.low in _JOINING and _joined_cue(ctx, toks, index + 1, ahead)
            if not joined:
                # "..., while other voters said ...": a clause with a speaker and a cue.
                for probe in range(index + 2, min(len(toks), index + 2 + 10)):
                    if ctx.lexicons.word_cue(toks[probe].low) is not None:
                        found = speaker_before(toks, probe, adverbs, nouns)
                        joined = found is not None and found[0] == index + 1
                        break
            if joined:
                cut = index - 1 if toks[index - 1].text == "," else index
                return toks[cut - 1].end if cut > start else toks[index - 1].end
    end = sentence.end
    while end > sentence.start and ctx.flat[end - 1] in _FINAL:
        end -= 1
    while end > sentence.start and ctx.flat[end - 1].isspace():
        end -= 1  # "C ." or "C  .": the space before the stop is no part of the content
    return end


def _joined_cue(ctx: Context, toks: Sequence[Token], first: int, at: int) -> bool:
    """Whether token ``at``, after "and"/"but" and auxiliaries from ``first``, is a joined cue.

    A backshifted modal before it continues the reported clause, the same subject's ("said he
    was disappointed but would continue ..."); "but said", "and has called on" open a second
    claim.
    """
    if ctx.lexicons.word_cue(toks[at].low) is None:
        return False
    return not any(toks[index].low in _BACKSHIFTED for index in range(first, at))


# Modals of reported speech's backshift: after "and"/"but" they go on with what was said.
_BACKSHIFTED = _word_set("would could might should")


def _subordinate_tail(ctx: Context, toks: Sequence[Token], index: int) -> bool:
    """Whether a subordinate clause of the saying opens at token ``index`` (after a comma).

    A lag and a subordinator (", a day after ...", ", hours before ..."), or a bare
    subordinator with a clause after it (", after Tolliver announced ...", ", as the vote
    was counted"): a subject of a few words, then a finite verb. ", after the vote" is a
    phrase that may be part of what was said, and is kept.
    """
    at = index
    lagged = False
    while at < len(toks) and at - index < MAX_LAG and toks[at].low in _LAG_WORDS:
        at += 1
        lagged = True
    if at >= len(toks) or toks[at].low not in _TAIL_SUBORDINATORS or at + 1 >= len(toks):
        return False
    if lagged:
        return True
    if toks[at].low in _LAG_ONLY_SUBORDINATORS:
        return False
    for probe in range(at + 2, min(len(toks), at + 2 + MAX_CLAUSE_SUBJECT)):
        token = toks[probe]
        if not token.word:
            return False
        if token.capitalised:
            continue
        if token.low in _FINITE_WORDS or ctx.lexicons.word_cue(token.low) is not None:
            return True
        if token.low.endswith("ed") and len(token.low) > 4:
            return True
    return False


#: A lag before a subordinator has at most this many words ("two full days after").
MAX_LAG = 3
# Words of a lag before a subordinator: ", a day after", ", hours before", ", shortly after".
_LAG_WORDS = _word_set(
    """
    a an one two three four five several few shortly soon moments minutes hours
    days weeks months years minute hour day week month year full
    """
)
# Subordinators that open a clause of the saying after its content (", after X announced").
_TAIL_SUBORDINATORS = _word_set("after before as while since until when once")
# Of those, the ones that may join a clause of the content itself unless a lag precedes them
# (", while spending would fall", ", since it requires ..."): ", hours before" ends it.
_LAG_ONLY_SUBORDINATORS = _word_set("while as when since once")
# Finite verbs and auxiliaries that show a clause follows the subordinator.
_FINITE_WORDS = _word_set(
    """
    is are was were has have had will would could should can may might must did does do
    said says announced took left became met won lost made came went
    """
)


def _new_reporting_clause(ctx: Context, toks: Sequence[Token], index: int) -> bool:
    """Whether a reporting clause opens at token ``index``: a name or pronoun, then its cue.

    "..., Sanders insisted that ...", "..., they also say he ...": the subject is a pronoun or
    a capitalised phrase read back from the cue, and the cue has a content after it.
    """
    adverbs, nouns = ctx.lexicons.adverbs, ctx.lexicons.speaker_nouns
    head = toks[index]
    if not (head.capitalised or head.low in PRONOUNS) or head.low in DETERMINERS:
        return False
    if ctx.quote_around(head.start) is not None:
        return False
    for probe in range(index + 1, min(len(toks) - 1, index + 1 + MAX_CLAUSE_SUBJECT)):
        token = toks[probe]
        cue = ctx.lexicons.word_cue(token.low)
        if cue is not None and cue.frame in ("say", "clause") and not token.low.endswith("ing"):
            found = speaker_before(toks, probe, adverbs, nouns)
            following = toks[probe + 1]
            return (
                found is not None
                and found[0] == index
                and (following.word or following.text in '“"')
                and following.low not in _PREPOSITIONS
            )
        if not token.word:
            return False
    return False


#: How many tokens the subject of a reporting clause after a comma may have.
MAX_CLAUSE_SUBJECT = 6
# Closing quotation marks, as tokens.
_CLOSING_MARKS = frozenset({"”", '"', "''", "’"})
# The marks at which :func:`_clause_end` may end a content.
_CLAUSE_MARKS = frozenset({";", ","}) | _CLOSING_MARKS


def _content_after(
    ctx: Context, sentence: Sentence, after: int, frame: str, lemma: str = ""
) -> int | None:
    """The token index where a content after the cue starts, or ``None`` when none does.

    An infinitive is the content of a tell cue ("urged allies to ...") and of a promise
    (``lemma`` in :data:`_INFINITIVE_CUES`: "vowed to ...", "agreed to pay ...").
    """
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
            ):
                stop += 1
            if stop < len(toks) and toks[stop].low == "that":
                index = stop  # "told the crowd that ...": the hearer is no content
            # "urged the alliance to ...": the hearer is what the urging is about, kept.
    for reach in range(index, min(len(toks), index + THAT_REACH)):
        token = toks[reach]
        if token.low == "that":
            return reach + 1
        if reach == index and not _adverbial_opener(ctx, token):
            break  # "said current officials concealed what ... that": the clause starts here
        after_preposition = reach > index and toks[reach - 1].low in _PREPOSITIONS
        if token.low in DETERMINERS and not after_preposition:
            break  # "pointed out the double standards that ...": a relative "that"
        if token.text in '“"' or ctx.lexicons.word_cue(token.low) is not None:
            break
    if index < len(toks) and toks[index].text in (",", ":", "—", "–"):
        index += 1
    if index >= len(toks):
        return None
    past = _past_gap(toks, index)
    if past is not None:
        return past
    first = toks[index]
    if first.low == "to" and (frame == "tell" or lemma in _INFINITIVE_CUES):
        return index
    opens_a_quote = first.text in '“"'
    if first.low in _PREPOSITIONS or first.low == "to" or not (first.word or opens_a_quote):
        return None
    return index


def _past_gap(toks: Sequence[Token], index: int) -> int | None:
    """Where a content starts after a time or channel adverbial at ``index``, or ``None``.

    "said on Tuesday it had appointed ...", "said late on Friday the talks had failed", "told
    parliament on Monday the budget ..." (a hearer of one word before it), "said in a
    statement its profit rose": see :data:`_GAP_HEADS`. The word after the adverbial must be
    able to open a clause, and at least :data:`MIN_CONTENT_WORDS` words must follow.
    """
    start = index
    if (
        start + 1 < len(toks)
        and toks[start].word
        and not toks[start].capitalised
        and toks[start].low not in GAP_EDGES
        and toks[start].low not in GAP_PREPOSITIONS
        and toks[start].low not in DETERMINERS
        and (toks[start + 1].low in GAP_PREPOSITIONS or toks[start + 1].low in GAP_EDGES)
        and toks[start].low in GAP_HEARERS
    ):
        start += 1  # "told analysts on a call ..."
    at = start
    heads = 0
    preposition = False
    while at < len(toks) and at - start < MAX_GAP:
        low = toks[at].low
        preposition = preposition or low in GAP_PREPOSITIONS
        if (
            low in _GAP_TIMES
            or (preposition and low in _GAP_CHANNELS)
            or (low in _GAP_PERIODS and at > start and toks[at - 1].low in _GAP_DEICTIC)
            or (heads and toks[at].text.isdigit())
        ):
            heads += 1
        elif heads and low in GAP_PREPOSITIONS:
            pass  # "in a statement on Friday"
        elif heads or not (low in GAP_EDGES or low in GAP_PREPOSITIONS or low in _GAP_FILLERS):
            break
        at += 1
    if not heads or at >= len(toks) or toks[at - 1].low in GAP_PREPOSITIONS:
        return None
    opener = toks[at]
    if (
        not opener.word
        or opener.low in _NO_CONTENT_OPENERS
        or opener.low in _PREPOSITIONS
        or (not opener.capitalised and opener.low.endswith(("ing", "ed")))
    ):
        return None
    if words_between(toks, at, len(toks), MIN_CONTENT_WORDS) < MIN_CONTENT_WORDS:
        return None
    return at


def _adverbial_opener(ctx: Context, token: Token) -> bool:
    """Whether a word after a cue may open an adverbial before a "that" ("said on Monday that").

    A preposition, a time word, an adverb, a capitalised word ("said Tuesday that"), "late" or
    "early" ("said late on Friday that") or a comma may; any other word opens the reported
    clause itself.
    """
    low = token.low
    return (
        low in _PREPOSITIONS
        or low in _TAIL_WORDS
        or low in GAP_EDGES
        or low in ctx.lexicons.adverbs
        or (low.endswith("ly") and len(low) > 4)
        or token.capitalised
        or token.text in (",", "(", "—", "–")
    )


def _participle_at(ctx: Context, toks: Sequence[Token], index: int) -> bool:
    """Whether token ``index`` is a participle cue ("highlighting"), a claim of its own."""
    if index >= len(toks):
        return False
    cue = ctx.lexicons.word_cue(toks[index].low)
    return cue is not None and toks[index].low.endswith("ing") and cue.frame != "according"


def _block_quote(ctx: Context, sentence: Sentence, after: int) -> tuple[int, int] | None:
    """The paragraph a cue and a colon ending a paragraph announce ("he said:"), or None.

    Speeches and statements are quoted as a paragraph of their own set off without marks.
    """
    toks = sentence.toks
    if after != len(toks) - 1 or toks[-1].text != ":":
        return None
    here = sentence.paragraph
    if sentence.end < ctx.paragraph_spans[here][1] or here + 1 >= len(ctx.paragraph_spans):
        return None
    start, end = ctx.paragraph_spans[here + 1]
    if ctx.flat[start] in DOUBLE_MARKS:
        return None  # a quotation in marks: the direct-quote rules read it
    return start, end


def words_between(toks: Sequence[Token], first: int, last: int, most: int) -> int:
    """The words among ``toks[first:last]``, counted up to ``most`` (enough to compare).

    Counting stops there: a rule asks whether a stretch has so many words, and counting every
    word to the sentence's end for each cue was quadratic in a long sentence's cues.
    """
    count = 0
    for index in range(first, min(last, len(toks))):
        if toks[index].word:
            count += 1
            if count >= most:
                break
    return count


def _words_within(toks: Sequence[Token], first: int, end: int, most: int) -> int:
    """The words from token ``first`` that end by offset ``end``, counted up to ``most``."""
    count = 0
    for index in range(first, len(toks)):
        token = toks[index]
        if token.end > end:
            break  # tokens are in text order: none later ends by ``end``
        if token.word:
            count += 1
            if count >= most:
                break
    return count


def _end_at_comma(toks: Sequence[Token], first: int, end: int) -> int:
    """``end``, or the end of the token before the first comma after ``first`` that ends by it."""
    for index in range(first + 1, len(toks)):
        token = toks[index]
        if token.end > end:
            break
        if token.text == ",":
            return toks[index - 1].end
    return end


def _adverbial_lead(toks: Sequence[Token], end: int) -> bool:
    """Whether the tokens before ``end`` are only an adverbial opening the sentence.

    "During a rally Tuesday night in Raleigh, North Carolina," or "As caucusing got under way
    in Nevada,": a preposition or a subordinator opens it, and no clause of
    :data:`MIN_CONTENT_WORDS` words follows a comma inside it ("When I'm president, we will
    win, he said" is content).
    """
    if not toks or toks[0].low not in _ADVERBIAL_LEADS:
        return False
    commas = [index for index in range(end) if toks[index].text == ","]
    return (
        not commas or words_between(toks, commas[0] + 1, end, MIN_CONTENT_WORDS) < MIN_CONTENT_WORDS
    )


# Words that open an adverbial before a sentence's subject ("During a rally ...").
_ADVERBIAL_LEADS = _word_set(
    """
    during as when while after before since at in on amid following despite upon throughout
    """
)


def adverbial_tail(toks: Sequence[Token], after: int) -> bool:
    """Whether only an adverbial follows the cue to the end of the sentence (or a comma).

    A tail that opens with a preposition ("during his campaign stop") is one, unless a "that"
    in it opens a content.
    """
    comma = next((i for i in range(after, len(toks)) if toks[i].text == ","), len(toks))
    rest = [t for t in toks[after:comma] if t.word]
    if not rest:
        return True
    if rest[0].low in _PREPOSITIONS:
        return not any(t.low == "that" for t in rest)
    for index in range(after, len(toks)):
        token = toks[index]
        if token.text == ",":
            return True
        if not token.word:
            continue
        if token.low not in _TAIL_WORDS and not token.capitalised and not token.text.isdigit():
            return False
    return words_between(toks, after, len(toks), MAX_REVERSE_TAIL + 1) <= MAX_REVERSE_TAIL


def _opener_word(token: Token, adverbs: frozenset[str]) -> bool:
    """Whether a sentence's first word opens an adverbial, not its subject.

    A preposition or subordinator (:data:`_ADVERBIAL_STARTS`), an adverb ("Instead"), or a
    participle ("Speaking", "Rattling off", "Having"): the subject follows its comma.
    """
    low = token.low
    return (
        low in _ADVERBIAL_STARTS
        or low in adverbs
        or low in _OPENING_ADVERBS
        or (low.endswith("ing") and len(low) > 4)
    )


# Adverbs that open a sentence before its subject.
_OPENING_ADVERBS = _word_set("instead alongside meanwhile still also later then however")


def _names_a_speaker(head: Token, nouns: frozenset[str]) -> bool:
    """Whether a phrase's head names who may speak: a name, a pronoun, a speaker noun, a plural."""
    low = head.low
    return (
        head.capitalised
        or low in PRONOUNS
        or low in nouns
        or (len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "ous")))
    )


def _subject(
    sentence: Sentence, before: int, adverbs: frozenset[str], nouns: frozenset[str]
) -> tuple[int, int] | None:
    """The sentence's subject, read from its start, for a participle's speaker.

    A sentence may open with an adverbial set off by a comma ("In a statement, Florida Gov.
    Rick Scott ...", "At one point during the interview, ...") or a dateline ("ORLANDO, Fla.
    (Reuters) - President Barack Obama ..."): the subject follows it.
    """
    toks = sentence.toks
    # A conjunction opening the sentence comes before its subject ("But the former president
    # showed restraint and described ...").
    opening = 0 if toks and toks[0].low in _OPENERS else -1
    found = speaker_after(toks, opening, adverbs, nouns)
    dateline = bool(toks) and len(toks[0].text) > 2 and toks[0].text.isupper()
    if found is not None and _opener_word(toks[found[0]], adverbs):
        found = None  # "Instead, he ...", "Speaking to reporters, she ...": no subject
    if found is None and toks and (_opener_word(toks[0], adverbs) or dateline):
        dash = dateline
        for index in range(1, min(len(toks), before, MAX_ADVERBIAL)):
            text = toks[index].text
            if (text == "," and not dash) or (dash and text in ("-", "—", "–")):
                found = speaker_after(toks, index, adverbs, nouns)
                break
    return found if found is not None and found[1] < before else None


class _Covered:
    """The union of half-open spans ``a..b``, kept as sorted disjoint runs for bisect lookups.

    Which cues the contents already found cover is asked once per cue: a scan of every content
    per cue was quadratic in the claims of a document (a reporting verb in every sentence).
    """

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        for start, end in spans:
            self.add(start, end)

    def add(self, start: int, end: int) -> None:
        """Cover ``start..end`` (an empty span covers nothing)."""
        if end <= start:
            return
        starts, ends = self.starts, self.ends
        first = bisect.bisect_left(ends, start)  # the first run that ends at or after start
        last = bisect.bisect_right(starts, end)  # past the last run that starts by end
        if first < last:  # overlapping or touching runs: one run now
            start = min(start, starts[first])
            end = max(end, ends[last - 1])
        starts[first:last] = [start]
        ends[first:last] = [end]

    def __contains__(self, offset: int) -> bool:
        index = bisect.bisect_right(self.starts, offset) - 1
        return index >= 0 and offset < self.ends[index]


def reported_speech(
    ctx: Context,
    used_cues: frozenset[int],
    used_quotes: frozenset[int],
    taken_spans: Sequence[tuple[int, int]] = (),
    earlier: Sequence[Draft] = (),
) -> Iterator[Draft]:
    """Every indirect or mixed claim of the document (see the module docstring).

    Cues inside ``taken_spans`` (the contents of claims found by other rules) are left alone.
    The speakers of claims found ``earlier`` (direct quotes) speak for a participle or a
    joined cue later in their sentence ("“Q,” Mr. Axelrod said, calling him “brilliant.”").
    """
    taken = _Covered(taken_spans)
    sentence_speaker: dict[int, tuple[int, int]] = {}
    for before in earlier:
        if before.speaker is not None and before.cue is not None:
            sentence = ctx.sentence_at(before.cue[0])
            if sentence is not None:
                sentence_speaker.setdefault(sentence.start, before.speaker)
    for cue in ctx.cues:
        if cue.start in used_cues or cue.start in taken:
            continue
        sentence = ctx.sentence_at(cue.start)
        if sentence is None:
            continue
        draft = _read(ctx, sentence, cue, sentence_speaker.get(sentence.start))
        if draft is None:
            continue
        used = any(q.start in used_quotes for q in ctx.quotes_in(draft.start, draft.end))
        if used and draft.kind == "direct":
            continue
        for start, end in draft.content:
            taken.add(start, end)
        if draft.speaker is not None:
            sentence_speaker.setdefault(sentence.start, draft.speaker)
        yield draft


def _forward(
    ctx: Context,
    sentence: Sentence,
    cue: CueMatch,
    after: int,
    speaker: tuple[int, int] | None,
    rule: str,
    confidence: float,
    relative: bool = False,
) -> Draft | None:
    """``X said (that) C``: the content after the cue, to the clause's end.

    After a relative pronoun (``X, who said C, ...``) the content ends at the next comma.
    """
    toks = sentence.toks
    start = _content_after(ctx, sentence, after, cue.cue.frame, cue.cue.lemma)
    if start is None or start >= len(toks):
        return None
    end = _clause_end(ctx, sentence, start)
    if relative:
        end = _end_at_comma(toks, start, end)
    content = (toks[start].start, end)
    if content[1] <= content[0]:
        return None
    words = _words_within(toks, start, end, max(MIN_CONTENT_WORDS, 2))
    kind = _kind(ctx, *content)
    if cue.cue.frame == "clause" and kind == "indirect" and not _clausal(toks, start, end):
        return None  # "called for his dismissal", "thanked him for his service": no speech
    whole = end >= sentence.end - 1 and toks[start].low in _SHORT_ANSWERS
    if words < MIN_CONTENT_WORDS and not (kind != "indirect" and words >= 2) and not whole:
        # A quoted fragment makes two words enough ('called her "weak"'), and an answer that
        # ends the sentence says all there is ("Jeff Flake said he would.", "said yes").
        return None

    if kind == "indirect" and cue.cue.lemma in ctx.lexicons.noun_phrase_cues:
        # "announced his resignation in a letter on Monday": the noun phrase is what was said.
        # Only for cues whose object may be one: "said the shares rose in June" is a clause
        # whose verb no word list tells from a noun ("rose"), and keeps its time.
        content = (content[0], _noun_phrase_end(toks, start, end))
    return Draft(kind, (content,), speaker, (cue.start, cue.end), rule, confidence)


def _noun_phrase_end(toks: Sequence[Token], start: int, end: int) -> int:
    """``end``, or where a bare noun phrase content ends before adjuncts of time or channel.

    "his resignation in a letter on Monday", "his candidacy in June 2015", "his support for the
    Ohio governor on Thursday night": a determiner opens the phrase, no verb or clause word is
    in it (:func:`_verbless`), and adjuncts (:func:`_adjuncts_reach`) run from it to ``end``.
    A clause's own adjuncts ("the vote would be held on Monday") are left in.
    """
    if start >= len(toks) or toks[start].low not in _NOUN_PHRASE_OPENERS:
        return end
    for index in range(start + 2, min(len(toks), start + MAX_NOUN_PHRASE + 1)):
        token = toks[index]
        if token.end > end or not _verbless(toks[index - 1]):
            break
        opens = token.low in _ADJUNCT_PREPOSITIONS or token.low in _GAP_DEICTIC
        if (opens or token.low in GAP_EDGES) and _adjuncts_reach(toks, index, end):
            return toks[index - 1].end
    return end


def _verbless(token: Token) -> bool:
    """Whether a token may be in a noun phrase: no verb, auxiliary, clause word or "to"."""
    low = token.low
    return (
        token.word
        and low not in _FINITE_WORDS
        and low not in _CLAUSE_LINKS
        and low not in _NEGATIONS
        and low != "to"
        and not (low.endswith("ed") and len(low) > 4)
    )


def _adjuncts_reach(toks: Sequence[Token], index: int, end: int) -> bool:
    """Whether adjuncts of time or channel run from token ``index`` to offset ``end``.

    Each a preposition, fillers and a head ("in a letter", "on Monday", "for weeks", "in June
    2015"), or a deictic and a period ("last week"); heads may follow one another ("Thursday
    night").
    """
    at = index
    while at < len(toks) and toks[at].end <= end:
        low = toks[at].low
        if low in _ADJUNCT_PREPOSITIONS or low in _GAP_DEICTIC or low in GAP_EDGES:
            at += 1
            while at < len(toks) and toks[at].low in _GAP_FILLERS:
                at += 1
            if at >= len(toks) or not _adjunct_head(toks[at]):
                return False
        elif not _adjunct_head(toks[at]):
            return False
        at += 1
        if at >= len(toks) or toks[at].start >= end:
            return True
    return False


def _adjunct_head(token: Token) -> bool:
    """Whether a word heads an adjunct of time or channel ("Monday", "letter", "weeks", "2015")."""
    low = token.low
    return (
        low in _GAP_TIMES
        or low in _GAP_CHANNELS
        or low in _GAP_PERIODS
        or low in _ADJUNCT_PERIODS
        or low in _MONTHS
        or token.text.isdigit()
    )


#: A bare noun phrase content has at most this many tokens before its adjuncts.
MAX_NOUN_PHRASE = 8
# Words that open a bare noun phrase content: a possessive or an article.
_NOUN_PHRASE_OPENERS = _word_set("his her their its our my your the a an")
# Prepositions that open an adjunct of time or channel after a noun phrase ("for weeks").
_ADJUNCT_PREPOSITIONS = GAP_PREPOSITIONS | _word_set("for")
# Periods in the plural, heads of a duration ("for weeks").
_ADJUNCT_PERIODS = _word_set("days weeks months years hours")
_MONTHS = _word_set(
    "january february march april may june july august september october november december"
)


# Words a "that" opening the content's clause may follow: the hearer's pronoun ("thanked him
# that ..."); after anything else a "that" is a relative pronoun or a determiner.
_HEARER_PRONOUNS = _word_set("him her them us me you")


def _clausal(toks: Sequence[Token], start: int, end: int) -> bool:
    """Whether the content from token ``start`` to offset ``end`` holds a clause.

    A gerund opening it or after "for" ("thanked the crew for keeping the lights on"), a
    "that" opening it or after the hearer, or an infinitive
    ("called for the president to resign": a "to" before a word that opens no noun phrase,
    unlike "a return to the talks"). A "clause" frame cue's content needs one; a bare noun
    phrase is what was asked or thanked for.
    """
    first = toks[start]
    if first.low in _NEGATIONS and start + 1 < len(toks):
        first = toks[start + 1]  # "called for not abandoning contacts"
    if first.low.endswith("ing") and len(first.low) > 4 and not first.capitalised:
        return True
    for index in range(start, len(toks) - 1):
        token = toks[index]
        if token.end > end:
            break
        if token.low == "that" and (index == start or toks[index - 1].low in _HEARER_PRONOUNS):
            # "thanked him that he came"; a "that" later opens a relative clause of a noun
            # phrase ("thanked him for the support that he gave").
            return True
        following = toks[index + 1]
        if (
            token.low == "for"
            and following.end <= end
            and following.low.endswith("ing")
            and len(following.low) > 4
            and not following.capitalised
        ):
            return True  # "thanked the crew for keeping the lights on": a gerund clause
        if (
            token.low == "to"
            and following.word
            and following.end <= end
            and not following.capitalised
            and following.low not in DETERMINERS
            and not following.text.isdigit()
        ):
            return True
    return False


def _read(
    ctx: Context, sentence: Sentence, cue: CueMatch, earlier: tuple[int, int] | None
) -> Draft | None:
    """The claim one cue makes in its sentence, or ``None``."""
    toks = sentence.toks
    first = _tokens_index(sentence, cue.start)
    after = _tokens_index(sentence, cue.end)
    if first >= len(toks):
        return None
    adverbs, nouns = ctx.lexicons.adverbs, ctx.lexicons.speaker_nouns
    cue_span = (cue.start, cue.end)
    if cue.cue.frame == "according":
        return _according(ctx, sentence, cue, first, after)
    if len(cue.text.split()) > 1 and _negated(toks, first, adverbs):
        # "he did not talk about R", "did not respond to a request for comment": a phrase cue's
        # object is a topic or what was asked; negated, nothing was said of it. (Its lemma may
        # be one word: "respond to" is "respond".)
        return None
    if first == 0 and toks[0].low == "asked" and after < len(toks):
        # "Asked about Cruz's charges, Rubio said ...": the question put, by nobody named.
        opener = after + 1 if _adverb(ctx, toks[after]) and after + 1 < len(toks) else after
        if toks[opener].low in _QUESTION_OPENERS:
            comma = next((i for i in range(opener, len(toks)) if toks[i].text == ","), None)
            if comma is not None and comma > opener + 1 and _answered(ctx, toks, comma + 1):
                content = (toks[after].start, toks[comma - 1].end)
                return Draft("indirect", (content,), None, cue_span, "asked", 0.5)
        return None
    if cue.cue.lemma in ("ask", "request") and ANONYMITY.match(ctx.flat, cue.end):
        return None
    if cue.cue.lemma == "confirm" and CONFIRMED_AS.match(ctx.flat, cue.end):
        return None  # "the Senate confirmed Janet Yellen as Treasury Secretary": an appointment
    if cue.cue.lemma == "ask":
        asked = _asked(ctx, sentence, first, after)
        if asked is not None:
            return Draft("indirect", (asked,), None, cue_span, "asked", 0.5)
    set_off = first > 0 and (
        toks[first - 1].text == ","
        or (first > 1 and toks[first - 1].text in _CLOSING_MARKS and toks[first - 2].text == ",")
    )  # "..., saying" or '... “Q,” saying'
    if cue.participle and set_off:
        subject = earlier
        if subject is None:
            opening = _subject(sentence, first - 1, adverbs, nouns)
            subject = _span(toks, *opening) if opening else None
        return _forward(ctx, sentence, cue, after, subject, "participle", 0.6)
    back = first
    while back > 0 and toks[back - 1].low in adverbs:
        back -= 1
    if back > 0 and toks[back - 1].low in _JOINING:
        # "X admitted that C1, but said C2": the second cue's speaker is the first's, or the
        # sentence's subject ("X declined to comment but said ...").
        subject = earlier
        if subject is None:
            opening = _subject(sentence, back - 1, adverbs, nouns)
            subject = _span(toks, *opening) if opening else None
        if subject is not None:
            return _forward(ctx, sentence, cue, after, subject, "joined", 0.65)
    inverted = _inverted(ctx, sentence, cue, first, after, closed=True)
    if inverted is not None:
        return inverted
    found = speaker_before(toks, first, adverbs, nouns)
    if found is None and first > 0:
        # The sentence's subject, with an apposition of several commas, up to the cue ("Sen.
        # Johnny Isakson (R-Ga.), one of the few co-authors still in office, said ...").
        head = 1 if toks[0].low in _OPENERS else 0
        found = speaker_from(toks, head, first, adverbs, nouns) if first > head else None
    if found is not None:
        speaker = _span(toks, *found)
        block = _block_quote(ctx, sentence, after)
        if block is not None:
            return Draft("direct", (block,), speaker, cue_span, "block", 0.7)
        before_speaker = found[0] - 1
        if before_speaker > 0 and toks[before_speaker].text == "," and adverbial_tail(toks, after):
            # C, X said (on Monday). / C1, X said, C2.
            pieces = []
            # Counted up to MIN_CONTENT_WORDS: every comparison below reads the same.
            lead = words_between(toks, 0, before_speaker, MIN_CONTENT_WORDS)
            if _adverbial_lead(toks, before_speaker):
                lead = 0  # "During a rally in Raleigh, North Carolina, Trump remarked upon ..."
            comma = next((i for i in range(after, len(toks)) if toks[i].text == ","), None)
            participle = comma is not None and _participle_at(ctx, toks, comma + 1)
            rest = 0
            if comma is not None and not participle and not _subordinate_tail(ctx, toks, comma + 1):
                # "C, Voss said, after Tolliver announced ...": when it was said, not more of C.
                rest = words_between(toks, comma + 1, len(toks), MIN_CONTENT_WORDS)
            # The halves of one split content count together ("This campaign, he says, is
            # different."), when the attribution is set off on both sides.
            split = comma == after and lead >= 2 and rest > 0 and lead + rest >= MIN_CONTENT_WORDS
            if lead >= MIN_CONTENT_WORDS or split:
                pieces.append((toks[0].start, toks[before_speaker - 1].end))
            if comma is not None and (rest >= MIN_CONTENT_WORDS or split):
                pieces.append((toks[comma + 1].start, _clause_end(ctx, sentence, comma + 1)))
            if not pieces:
                return None
            kind = _kind(ctx, pieces[0][0], pieces[-1][1])
            return Draft(kind, tuple(pieces), speaker, cue_span, "reverse", 0.7)
        absolute = found[0] > 0 and toks[found[0] - 1].low == "with"
        if cue.participle and not absolute:
            # "Sanders was on CNN talking about R": the participle speaks for the sentence's
            # subject (or an earlier speaker of the sentence), not for the phrase right before
            # it; but ", with three in 10 saying C": the phrase before the participle says it.
            governed = (
                found[0] > 0
                and toks[found[0] - 1].word
                and toks[found[0] - 1].low not in _CLAUSE_LINKS
            )  # "on CNN talking about", "featured lineups discussing"
            subject = speaker
            if governed:
                subject = earlier
                if subject is None:
                    opening = _subject(sentence, found[0], adverbs, nouns)
                    subject = _span(toks, *opening) if opening else speaker
            elif not _names_a_speaker(toks[found[1]], nouns):
                # "Stoltenberg's address outlining his vision comes as ...": a participle after
                # a thing describes it; the sentence's verb is still to come.
                return None
            return _forward(ctx, sentence, cue, after, subject, "participle", 0.55)
        relative = toks[found[0]].low == "who"
        return _forward(ctx, sentence, cue, after, speaker, "forward", 0.75, relative)
    return _inverted(ctx, sentence, cue, first, after)


def _answered(ctx: Context, toks: Sequence[Token], start: int) -> bool:
    """Whether the clause after an "Asked ..." adverbial, from token ``start``, reports speech.

    "Asked whether he would step down, Amsel smiled": the question put is reported only when
    the one asked answers it with a cue ("..., Smith said: ...").
    """
    return any(
        ctx.lexicons.word_cue(toks[index].low) is not None for index in range(start, len(toks))
    )


def _adverb(ctx: Context, token: Token) -> bool:
    """Whether a token is an adverb: of the cue adverbs, or a word in -ly ("specifically")."""
    return token.low in ctx.lexicons.adverbs or adverb_like(token)


def _asked(ctx: Context, sentence: Sentence, first: int, after: int) -> tuple[int, int] | None:
    """The question a passive "asked" reports, by nobody named, or ``None``.

    "She was asked if she had been discriminated against", "when asked whether ...": the
    question (or the request: "has been asked to release ...") from its opening word to the
    clause's end or the next comma. An active "X asked whether ..." is read as any cue is.
    """
    toks = sentence.toks
    back = first  # past adverbs ("was also asked"), not past the auxiliary itself
    while back > 0 and toks[back - 1].low not in _PASSIVE_BEFORE and _adverb(ctx, toks[back - 1]):
        back -= 1
    if back == 0 or toks[back - 1].low not in _PASSIVE_BEFORE:
        return None
    opener = after
    while opener < len(toks) and _adverb(ctx, toks[opener]):
        opener += 1
    if opener >= len(toks) or toks[opener].low not in _ASKED_OPENERS:
        return None
    end = _clause_end(ctx, sentence, opener)
    end = _end_at_comma(toks, opener, end)
    if _words_within(toks, opener, end, MIN_CONTENT_WORDS) < MIN_CONTENT_WORDS:
        return None
    return toks[opener].start, end


def _negated(toks: Sequence[Token], first: int, adverbs: frozenset[str]) -> bool:
    """Whether a negation stands before the cue at token ``first`` ("did not", "never")."""
    back = first
    while back > 0:
        low = toks[back - 1].low
        if low in _NEGATIONS or low.endswith(("n't", "n’t")):
            return True
        if low not in adverbs:
            return False
        back -= 1
    return False


_NEGATIONS = _word_set("not never")


def _inverted(
    ctx: Context, sentence: Sentence, cue: CueMatch, first: int, after: int, closed: bool = False
) -> Draft | None:
    """``C, said X``: the content before the cue, the speaker after it, or ``None``.

    With ``closed``, only when the speaker ends the sentence or an apposition follows it
    ("..., said Larry Sabato, director of the Center for Politics."): read so before a phrase
    before the cue is taken for the speaker of what follows it.
    """
    toks = sentence.toks
    if first <= 1 or toks[first - 1].text != "," or cue.text.casefold() == cue.cue.lemma:
        return None  # "C, said X", never "C, reaffirm X"
    adverbs, nouns = ctx.lexicons.adverbs, ctx.lexicons.speaker_nouns
    inverted = speaker_after(toks, after - 1, adverbs, nouns)
    if inverted is None or words_between(toks, 0, first - 1, MIN_CONTENT_WORDS) < MIN_CONTENT_WORDS:
        return None
    following = inverted[1] + 1
    if closed and not (following >= len(toks) or toks[following].text in (",", ".", "!", "?")):
        return None
    if closed and not toks[inverted[0]].capitalised:
        return None
    if not adverbial_tail(toks, following):
        return None
    before = (toks[0].start, toks[first - 2].end)
    kind = _kind(ctx, *before)
    speaker = _span(toks, *inverted)
    return Draft(kind, (before,), speaker, (cue.start, cue.end), "inverted", 0.7)


def _according(
    ctx: Context, sentence: Sentence, cue: CueMatch, first: int, after: int
) -> Draft | None:
    """``According to X, C`` or ``C, according to X``."""
    toks = sentence.toks
    found = speaker_after(toks, after - 1, ctx.lexicons.adverbs, ctx.lexicons.speaker_nouns)
    if found is None and after < len(toks) and toks[after].low in _OBJECT_PRONOUNS:
        found = (after, after)  # "According to him, ..."
    if found is None and after < len(toks) and toks[after].word:
        # A source that names no one: "according to state law", "according to exit polling
        # data", "according to recent data from comScore": the words after the cue.
        last = after
        while last + 1 < len(toks) and last + 1 - after < MAX_SOURCE_TAIL:
            word = toks[last + 1]
            if not (word.word or word.text in "'’-"):
                break
            last += 1
        found = (after, last)
    if found is None:
        return None
    last = found[1]
    for probe in range(last + 1, min(len(toks), last + 1 + MAX_SOURCE_TAIL)):
        if toks[probe].text == ",":
            last = probe - 1  # "According to leaks in the Western media, ...": all of it
            break
        if not toks[probe].word and toks[probe].text not in "'’.":
            break
    speaker = _span(toks, found[0], last)
    cue_span = (cue.start, cue.end)
    following = last + 1
    ahead = (
        first >= 2
        and toks[first - 1].text in (",", "—", "–")
        and (first > 2 or toks[0].low not in _OPENERS)
    )
    if ahead and words_between(toks, 0, first - 1, MIN_CONTENT_WORDS) >= MIN_CONTENT_WORDS:
        # "C, according to X, ...": the source follows what it is the source of; what comes
        # after its comma is more of the sentence ("..., taking a step toward ...").
        content = (toks[0].start, toks[first - 2].end)
        pieces = [content]
        rest = following + 1
        if (
            following < len(toks)
            and toks[following].text == ","
            and rest < len(toks)
            and toks[rest].word
            and not toks[rest].low.endswith("ing")
        ):
            # "One of the decisions they made, according to X, is to turn ...": the source
            # splits its content in two; a participle after it ("..., taking a step toward
            # ...") is the sentence's, not the source's.
            pieces.append((toks[rest].start, _clause_end(ctx, sentence, rest)))
        kind = _kind(ctx, pieces[0][0], pieces[-1][1])
        return Draft(kind, tuple(pieces), speaker, cue_span, "according", 0.7)
    if following < len(toks) and toks[following].text == ",":
        start = following + 1
        if (
            start < len(toks)
            and words_between(toks, start, len(toks), MIN_CONTENT_WORDS) >= MIN_CONTENT_WORDS
        ):
            content = (toks[start].start, _clause_end(ctx, sentence, start))
            return Draft(_kind(ctx, *content), (content,), speaker, cue_span, "according", 0.75)
    return None
