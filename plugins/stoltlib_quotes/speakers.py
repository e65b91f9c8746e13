"""Who speaks: the noun phrase before or after a cue, found word by word.

A speaker stands right before its cue ("Stoltenberg said", "the head of the alliance said",
"Kremlin spokesman Dmitry Peskov emphasized", "he also told", "Samantha Phillips, the city's
emergency operations director, said") or, inverted, right after it ("said the Secretary
General", "says alliance chief Jens Stoltenberg"). The phrase is read over the tokens of its
sentence: capitalised words, role words and possessives, a determiner opening it, an
apposition between commas, but no verb, conjunction or clause word, so that a speaker never
swallows the clause before it.
"""

from __future__ import annotations

import itertools
import operator
import re
from collections.abc import Sequence
from typing import NamedTuple

import regex

__all__ = [
    "TOKEN",
    "Token",
    "adverb_like",
    "speaker_after",
    "speaker_before",
    "speaker_from",
    "tokens",
    "tokens_and_starts",
]


def _word_set(words: str) -> frozenset[str]:
    """The white-space separated words of ``words``, as a set."""
    return frozenset(words.split())


# A token: a word (with inner apostrophes, hyphens and dots: "don't", "U.S", "co-op"), or any
# other single non-space character.
TOKEN = regex.compile(r"[\p{L}\p{M}\p{N}]+(?:['’.\-][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]")
# Every token of a stretch in one match: white space, a token, and again, each token kept by the
# repeated group's captures. Any character but white space starts a token, so this reads the
# tokens :data:`TOKEN` finds one by one, without a match object for each.
_TOKENS = regex.compile(r"(?:\s*+(" + TOKEN.pattern + r"))*+")


# :data:`TOKEN` for a text whose letters are all ASCII (:func:`stoltlib.text.ascii_letters`),
# for ``re``, as one group that splits the stretch into white space and tokens: the pieces'
# lengths, summed at C speed, give the offsets (a fifth fewer instructions than
# :data:`_TOKENS`'s captures). White space is ``regex``'s there: ASCII's and the no-break space.
_ASCII_TOKEN = re.compile(r"([A-Za-z0-9]+(?:['’.\-][A-Za-z0-9]+)*|[^\t-\r \u00a0A-Za-z0-9])")


class Token(NamedTuple):
    """A token of the text: offsets, the text, its lower-case form, and what it starts with.

    A named tuple rather than an attrs class: every sentence with a cue or a quotation is
    tokenised, half a million tokens for a few megabytes of news, and a tuple is built from
    the match's parts in one C-level step (:func:`tokens`), its fields read as fast.
    """

    start: int
    end: int
    text: str
    low: str
    #: Whether the token starts with a capital letter.
    capitalised: bool
    #: Whether the token is a word (not punctuation).
    word: bool


_first = operator.itemgetter(0)


def tokens(text: str, start: int, end: int) -> list[Token]:
    """The tokens of ``text[start:end]``."""
    return tokens_and_starts(text, start, end)[0]


def tokens_and_starts(
    text: str, start: int, end: int, ascii_letters: bool = False
) -> tuple[list[Token], list[int]]:
    """The tokens of ``text[start:end]``, and where each starts (for bisection).

    ``ascii_letters`` tells that :func:`stoltlib.text.ascii_letters` holds for ``text``.
    """
    ends: list[int]
    if ascii_letters:
        # White space and tokens in turn, white space first and last (maybe empty).
        pieces = _ASCII_TOKEN.split(text[start:end])
        offsets = list(itertools.accumulate(map(len, pieces), initial=start))
        texts, starts, ends = pieces[1::2], offsets[1:-1:2], offsets[2::2]
    else:
        match = _TOKENS.match(text, start, end)
        assert match is not None  # the pattern matches the empty string
        texts, starts, ends = match.captures(1), match.starts(1), match.ends(1)
    firsts = list(map(_first, texts))  # a token is never empty
    fields = zip(
        starts,
        ends,
        texts,
        map(str.casefold, texts),
        map(str.isupper, firsts),
        map(str.isalnum, firsts),
        strict=True,
    )
    return list(map(tuple.__new__, itertools.repeat(Token), fields)), starts


#: Personal pronouns that may speak (first and second person speak only inside quotations).
PRONOUNS = _word_set(
    """
    he she they it we i you
    """
)
#: Words that open a noun phrase: the speaker reaches left to one and stops there.
DETERMINERS = _word_set(
    """
    the a an his her their its our my your this these those one another some many several
    few most other each every both all any no two three four five dozens hundreds whose
    """
)
#: Words a speaker phrase never holds: clause words, conjunctions, prepositions that start an
#: adverbial, and verbs that a sentence's speaker phrase would otherwise run over.
STOPS = _word_set(
    """
    that which who whom where when while if because since although though as and but or nor
    so than then in on at by with without from to into during after before about against
    over under through between among amid despite like unlike is are was were be been being
    has have had do does did will would can could should may might must not also there here
    it's said says say told tells added asked wrote what how why
    """
)
#: Words that start no speaker although capitalised: datelines' days and months.
NOT_SPEAKERS = _word_set(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december today yesterday
    """
)
#: Lower-case words that may stand before a name in a speaker phrase ("former Florida governor").
MODIFIERS = _word_set(
    "former then acting interim incoming outgoing current retired veteran longtime senior top "
    "deputy chief fellow then-"
)
#: Words that count a speaker phrase's people ("46 percent said", "most said").
QUANTITIES = _word_set("percent half third quarter most many some majority none all both")
#: A relative pronoun right before a cue speaks for the phrase it follows ("X, who said").
RELATIVE = frozenset({"who"})
#: Words that open a relative clause set off after a speaker's name (", who took office ...").
RELATIVE_OPENERS = frozenset({"who", "whose", "whom"})
#: Prepositions allowed inside a speaker phrase ("a spokesman for the campaign", "the head of
#: the alliance", "Joel Pollak of Breitbart California").
INNER_PREPOSITIONS = frozenset({"of", "for", "at", "from", "with", "within"})
#: How many tokens a speaker phrase may have.
MAX_SPEAKER = 10
#: How many tokens an apposition between commas may have.
MAX_APPOSITION = 40
#: A lower-case word this long or longer that ends in -ed or -ing is taken for a verb (or a
#: participle) and ends a speaker phrase ("the candidate changed her story ..."), unless a
#: determiner opens the phrase right before it ("the embattled senator").
VERB_LIKE = 5


def _verb_like(token: Token) -> bool:
    return (
        not token.capitalised and len(token.low) >= VERB_LIKE and token.low.endswith(("ed", "ing"))
    )


def adverb_like(token: Token) -> bool:
    """A lower-case word in -ly, five letters or more, not a noun ("family", "assembly")."""
    return (
        not token.capitalised
        and len(token.low) >= 5
        and token.low.endswith("ly")
        and token.low not in LY_NOUNS
    )


#: Nouns in -ly that may head a speaker phrase.
LY_NOUNS = frozenset({"family", "ally", "assembly", "rally", "italy", "anomaly", "monopoly"})


def _np_back(
    toks: Sequence[Token], end: int, adverbs: frozenset[str], nouns: frozenset[str] = frozenset()
) -> int | None:
    """The index of the first token of a noun phrase ending with token ``end - 1``, or None.

    Reads right to left: capitalised words, possessives and lower-case nouns, inner
    prepositions before a capitalised word or a determiner, up to a determiner; a stop word, a
    verb-like word, a clause-ending mark or :data:`MAX_SPEAKER` tokens end it; so does a
    lower-case word before a capitalised one that is no role or group noun (``nouns``).
    """
    index = end - 1
    if index < 0:
        return None
    head = toks[index]
    if head.low in PRONOUNS or head.low in RELATIVE:
        return index
    if not head.word or head.low in STOPS or head.low in DETERMINERS or head.low in adverbs:
        return None
    if _verb_like(head) or adverb_like(head):
        return None  # a verb or an adverb, not a head noun
    first = index
    while index - 1 >= 0 and first - index < MAX_SPEAKER:
        token = toks[index - 1]
        if token.low in DETERMINERS:
            before = toks[index - 2] if index >= 2 else None
            if before is not None and before.low in INNER_PREPOSITIONS and index >= 3:
                # "the head of the alliance": go on past "of the" to the phrase's own head.
                index -= 2
                continue
            return index - 1
        if token.text in ("'s", "’s"):
            index -= 1
            continue
        plural = index >= 2 and toks[index - 2].low.endswith("s") and toks[index - 2].word
        if token.text in ("'", "’") and plural and toks[index - 2].end == token.start:
            index -= 1  # a plural possessive: "the members' spokesman"
            continue
        abbreviated = index - 2 >= 0 and len(toks[index - 2].text) <= 4
        if token.text == "." and abbreviated and toks[index - 2].capitalised:
            index -= 1  # "Sen. Ted Cruz", "J. Smith": an abbreviation's dot inside the phrase
            continue
        adjective = index >= 2 and (
            toks[index - 2].low in INNER_PREPOSITIONS or toks[index - 2].low in DETERMINERS
        )  # "sources within allied governments", "the embattled senator"
        if not token.word or token.low in STOPS or token.low in adverbs:
            break
        if _verb_like(token) and not adjective:
            break
        if token.low in INNER_PREPOSITIONS:
            after = toks[index]
            # "the head of the alliance", "sources within allied governments"; but "for",
            # "at", "from", "with" open a phrase of the speaker's only before a name or "the".
            loose = token.low in ("of", "within")
            if not (after.capitalised or after.low in DETERMINERS or loose):
                break
        elif adverb_like(token):
            break
        elif (
            not token.capitalised
            and toks[index].capitalised
            and token.low not in nouns
            and token.low not in MODIFIERS
        ):
            break  # "NATO sent Moscow": a verb between names, not a role ("spokesman Dmitry")
        index -= 1
    while index < first and (toks[index].low in INNER_PREPOSITIONS):
        index += 1
    return index


def plausible(toks: Sequence[Token], first: int, last: int, nouns: frozenset[str]) -> bool:
    """Whether tokens ``first..last`` can name a speaker.

    A pronoun can; so can a phrase with a capitalised word past its first (a name, "the White
    House") whose head is no weekday or month or a dateline's capitals ("WASHINGTON"). A phrase
    in lower case needs a head that names a person, a group or a document
    (``nouns``), a plural head ("critics", "officials"), or a quantity ("46 percent").
    """
    head = toks[last]
    if first == last and (head.low in PRONOUNS or head.low in RELATIVE):
        return True
    if head.low in NOT_SPEAKERS:
        return False
    phrase = toks[first : last + 1]
    if any(t.capitalised for t in phrase[1:]) or (phrase[0].capitalised and len(phrase) == 1):
        return not (head.text.isupper() and len(head.text) > 5)  # a dateline's place
    if phrase[0].capitalised and phrase[0].low not in DETERMINERS:
        return True  # a name opening the sentence
    if len(phrase) >= 2 and phrase[0].low in DETERMINERS and not _verb_like(head):
        return True  # "the airline", "each side": a description names its source
    if head.low in nouns or any(t.low in QUANTITIES or t.text.isdigit() for t in phrase):
        return True
    return len(head.low) > 3 and head.low.endswith("s") and not head.low.endswith(("ss", "ous"))


def _apposition(
    toks: Sequence[Token], end: int, adverbs: frozenset[str], nouns: frozenset[str]
) -> tuple[int, int] | None:
    """A speaker phrase ending in an apposition whose closing comma is token ``end - 1``.

    ``Samantha Phillips, the city's director,``: the phrase before the apposition speaks; or
    the apposition is the name (``One of the report's authors, Ari Fleischer,``).
    """
    for comma in range(end - 2, max(-1, end - 2 - MAX_APPOSITION), -1):
        if toks[comma].text == ",":
            head = comma
            if comma >= 2 and toks[comma - 1].text == ")":
                # "Sen. Johnny Isakson (R-Ga.), one of the co-authors,": past the parenthesis.
                opening = next(
                    (i for i in range(comma - 2, max(-1, comma - 10), -1) if toks[i].text == "("),
                    None,
                )
                head = opening if opening is not None else comma
            first = _np_back(toks, head, adverbs, nouns)
            if first is not None and plausible(toks, first, head - 1, nouns):
                if toks[comma + 1].low in RELATIVE_OPENERS:
                    # "Buch, who took office in 2024, said": a relative clause tells about the
                    # speaker (its dates are not the claim's); the phrase before it speaks.
                    return first, head - 1
                return first, end - 2
            inner = toks[comma + 1 : end - 1]
            if inner and inner[0].capitalised and all(t.word or t.text == "." for t in inner):
                return comma + 1, end - 2
            break
        dot_of_abbreviation = (
            toks[comma].text == "."
            and comma > 0
            and toks[comma - 1].capitalised
            and (len(toks[comma - 1].text) <= 4 or "." in toks[comma - 1].text)
        )  # "veteran D.C. lobbyist", "Lindsey Graham, R-S.C., said"
        if toks[comma].text in ".;:!?" and not dot_of_abbreviation:
            break  # quotation marks may stand in it ("citing ''the unique magic of Trump,''")
    return None


def speaker_before(
    toks: Sequence[Token],
    cue: int,
    adverbs: frozenset[str],
    nouns: frozenset[str] = frozenset(),
) -> tuple[int, int] | None:
    """The speaker phrase before the cue at token index ``cue``, as (first, last) token indices.

    Adverbs and auxiliaries right before the cue are passed over ("also said", "has argued");
    so is a verb joined to the cue by "and" ("laughed and said"). A phrase ending in an
    apposition between commas ("Samantha Phillips, the city's emergency operations director,
    said") starts at the name before the apposition. A possessive right before the cue makes
    it a noun ("Trump's call for"), with no speaker; so does a passive ("was told").
    """
    end = cue
    participle = toks[cue].low.endswith("en") and toks[cue].low not in _FINITE_EN
    if participle and (cue == 0 or toks[cue - 1].low not in _PERFECT):
        return None  # "sent Moscow written responses": a participle as an adjective
    while end > 0 and (toks[end - 1].low in adverbs or adverb_like(toks[end - 1])):
        if toks[end - 1].low in _PASSIVE and toks[cue].low.endswith(("ed", "told", "asked")):
            return None
        end -= 1
    spoken = end  # where the speaker phrase ends, with any time phrase after it
    end = _time_back(
        toks, end
    )  # "Ryan, the nation's highest-ranking Republican, on Tuesday called"
    if end >= 3 and toks[end - 1].low.endswith("ed") and _verb_like(toks[end - 1]):
        # A participle after the phrase, a reduced relative: "the order released Friday
        # said", "A news report published Wednesday said".
        first = _np_back(toks, end - 1, adverbs, nouns)
        if (
            first is not None
            and first < end - 2
            and toks[first].low in DETERMINERS
            and plausible(toks, first, end - 2, nouns)
        ):
            return first, spoken - 1
    if end > 0 and toks[end - 1].text in ("'s", "’s", "'", "’"):
        return None
    if end >= 2 and toks[end - 2].low in _SUFFIXES and _abbreviation_dot(toks, end - 1):
        end -= 1  # "Joseph R. Biden Jr. said": the suffix's dot belongs to the name
    if end >= 2 and toks[end - 1].low == "and" and toks[end - 2].low.endswith("ed"):
        end -= 2  # "he laughed and said"
        while end > 0 and toks[end - 1].low in adverbs:
            end -= 1
    if end >= 2 and toks[end - 1].low == "to" and toks[end - 2].word:
        verb = toks[end - 2]
        if not verb.capitalised and verb.low not in STOPS and verb.low not in DETERMINERS:
            end -= 2  # "he continued to say", "she went on to tell"
            if end >= 1 and toks[end - 1].low == "went":
                end -= 1
            while end > 0 and toks[end - 1].low in adverbs:
                end -= 1
    if end >= 3 and toks[end - 1].text in _DASHES:
        # "Mr. Bush - in a line aimed at Mr. Trump - declared": the phrase before the dashes.
        for opening in range(end - 2, max(-1, end - 2 - MAX_APPOSITION), -1):
            if toks[opening].text in _DASHES:
                first = _np_back(toks, opening, adverbs, nouns)
                if first is not None and plausible(toks, first, opening - 1, nouns):
                    return first, opening - 1
                break
        return None
    if end > 0 and toks[end - 1].text == ",":
        found = _apposition(toks, end, adverbs, nouns)
        if found is not None or end < 2 or toks[end - 2].text != ")":
            return found
        end -= 1  # "Sen. Jack Reed (D-R.I.), said": the comma after a parenthesis
    if end > 0 and toks[end - 1].text == ")":
        # "Jens Stoltenberg (NATO) said": the phrase before the parenthesis.
        for opening in range(end - 2, max(-1, end - 8), -1):
            if toks[opening].text == "(":
                first = _np_back(toks, opening, adverbs, nouns)
                return (first, end - 1) if first is not None else None
        return None
    share = _share_back(toks, end, adverbs, nouns)
    if share is not None:
        return share, end - 1
    first = _np_back(toks, end, adverbs, nouns)
    if first is None or not plausible(toks, first, end - 1, nouns):
        return None
    return first, end - 1


#: Number words a poll's share is given in ("two in three", "one in five").
NUMBER_WORDS = _word_set("one two three four five six seven eight nine ten")
# Words that hedge a share ("nearly three in five", "some 56 percent", "more than 4 in 10").
_HEDGES = _word_set("about nearly almost some roughly just only over under around fully more than")
# Participles after the group a share is of ("56 percent of Cuban-Americans polled").
_POLLED = _word_set("polled surveyed questioned interviewed asked sampled")


def _number(token: Token) -> bool:
    return token.text.isdigit() or token.low in NUMBER_WORDS


def _share_back(
    toks: Sequence[Token], end: int, adverbs: frozenset[str], nouns: frozenset[str]
) -> int | None:
    """The first token of a poll's share ending with token ``end - 1``, or ``None``.

    Polls report what shares of a group said: "Two in three said", "42% say", "nearly three in
    five said", "Some 56 percent of Cuban-Americans polled said". A hedge before the share
    ("nearly", "more than") belongs to it.
    """
    index = end - 1
    if index >= 1 and toks[index].low in _POLLED:
        first = _np_back(toks, index, adverbs, nouns)  # "56 percent of Cuban-Americans"
        if first is None or not any(
            t.low in QUANTITIES or t.text == "%" for t in toks[first:index]
        ):
            return None
        index = first
    elif index >= 1 and toks[index].text == "%" and toks[index - 1].text.isdigit():
        index -= 1  # "42% say"
    elif (
        index >= 2
        and _number(toks[index])
        and toks[index - 1].low == "in"
        and _number(toks[index - 2])
    ):
        index -= 2  # "two in three said"
    else:
        return None
    while index > 0 and toks[index - 1].low in _HEDGES and not toks[index - 1].capitalised:
        index -= 1
    if index > 0 and toks[index - 1].low in _HEDGES:
        index -= 1  # "Nearly three in five" opening the sentence
    return index


# Abbreviations that end a name ("Jr.") or an organisation's ("Inc.").
_SUFFIXES = _word_set("jr sr inc co corp ltd llc")


def _time_back(toks: Sequence[Token], end: int) -> int:
    """Where a time phrase ending right before token ``end`` starts (``end`` when none does).

    A speaker may be set off from the cue by when it spoke: "on Tuesday", "on Thursday
    evening", "Tuesday night", "last week", "earlier this month".
    """
    index = end
    if index >= 2 and toks[index - 1].low in _PARTS_OF_DAY and toks[index - 2].low in _WEEKDAYS:
        index -= 1  # "Thursday evening"
    if index >= 1 and toks[index - 1].low in _WEEKDAYS:
        index -= 1
        if index >= 1 and toks[index - 1].low in ("on", "late", "early"):
            index -= 1
        return index
    if index >= 2 and toks[index - 1].low in _PERIODS and toks[index - 2].low in _DEICTIC:
        index -= 2  # "last week", "this month"
        if index >= 1 and toks[index - 1].low in ("earlier", "later"):
            index -= 1
        return index
    return end


# Parts of a day, periods and the words that place them ("Thursday evening", "last week").
_PARTS_OF_DAY = _word_set("morning afternoon evening night")
_PERIODS = _word_set("week month year weekend night morning")
_DEICTIC = _word_set("last this next")
# Days a speaker may be separated from the cue by ("X on Tuesday called").
_WEEKDAYS = _word_set("monday tuesday wednesday thursday friday saturday sunday")
# Auxiliaries before a past participle that make it a cue ("has written", "had spoken").
_PERFECT = frozenset({"has", "have", "had", "having", "been"})
# Cue forms in -en that are finite verbs all the same.
_FINITE_EN = frozenset({"listen", "listened", "threaten", "threatened", "happen"})
# Dashes that set off a parenthesis.
_DASHES = frozenset({"-", "—", "–"})
# Auxiliaries that make a following past participle passive ("was told", "were asked").
_PASSIVE = frozenset({"was", "were", "is", "are", "been", "being", "be"})


def speaker_after(
    toks: Sequence[Token],
    cue: int,
    adverbs: frozenset[str],
    nouns: frozenset[str] = frozenset(),
) -> tuple[int, int] | None:
    """The speaker phrase right after the cue at token index ``cue`` ("said the minister").

    A pronoun, or a phrase of a determiner and role words, capitalised words and possessives
    (with inner prepositions before a capitalised word), up to a comma, a stop word or the end.
    """
    index = cue + 1
    if index >= len(toks):
        return None
    first = toks[index]
    if first.low in PRONOUNS and first.low not in ("it", "you", "i", "we"):
        return index, index
    last = None
    if first.low in DETERMINERS:
        index += 1
    while index < len(toks) and index - cue <= MAX_SPEAKER:
        token = toks[index]
        if token.text in ("'s", "’s"):
            index += 1
            continue
        following = toks[index + 1] if index + 1 < len(toks) else None
        adjective = (
            _verb_like(token)
            and following is not None
            and following.word
            and following.low not in STOPS
            and following.low not in DETERMINERS
            and following.low not in NOT_SPEAKERS
        )  # "said retired neurosurgeon Ben Carson", not "Trump praised the deal" or "X
        # responded Friday"
        if (
            not token.word
            or token.low in STOPS
            or token.low in adverbs
            or (_verb_like(token) and not adjective)
        ):
            if token.text == "." and last is not None and len(toks[last].text) <= 3:
                index += 1  # "Sen." inside the phrase
                continue
            break
        if token.low in INNER_PREPOSITIONS:
            following = toks[index + 1] if index + 1 < len(toks) else None
            if following is None or not (following.capitalised or following.low in DETERMINERS):
                break
        last = index
        index += 1
    if last is None or not plausible(toks, cue + 1, last, nouns):
        return None
    return cue + 1, last


def _abbreviation_dot(toks: Sequence[Token], index: int) -> bool:
    """Whether the full stop at token ``index`` ends an abbreviation ("Pa.", "Jr.", "D.C.")."""
    if index == 0 or toks[index].text != ".":
        return False
    before = toks[index - 1]
    return before.capitalised and len(before.text) <= 4 and before.end == toks[index].start


def speaker_from(
    toks: Sequence[Token],
    start: int,
    cue: int,
    adverbs: frozenset[str],
    nouns: frozenset[str] = frozenset(),
) -> tuple[int, int] | None:
    """The speaker phrase with an apposition from token ``start`` up to the cue at ``cue``.

    Where the cue's position fixes where its speaker starts (right after the quotation it
    follows, or the sentence's start), the phrase is read forward: a noun phrase
    (:func:`speaker_after`), then, up to a comma before the cue, an apposition however many
    commas it holds ("Cecelia Purner, 67, a
    retired customer service representative in Allentown, Pa., said"). The apposition holds no
    sentence punctuation but the dots of abbreviations.
    """
    end = cue
    while end > start and (toks[end - 1].low in adverbs or adverb_like(toks[end - 1])):
        end -= 1
    found = speaker_after(toks, start - 1, adverbs, nouns)
    if found is None or found[1] >= end:
        return None
    last = found[1]
    if last == end - 1 or toks[last + 1].text not in (",", "(") or toks[end - 1].text != ",":
        # A phrase right before the cue is :func:`speaker_before`'s to read (or reject: "He was
        # told" is a passive).
        return None
    if end - start > MAX_APPOSITION:
        return None
    if toks[last + 1].text == "," and last + 2 < end and toks[last + 2].low in RELATIVE_OPENERS:
        # "Buch, who took office in 2024, said ...": a relative clause tells about the speaker
        # (its dates and verbs are not the claim's); the speaker is the phrase it follows.
        return found
    for index in range(last + 1, end - 1):
        if toks[index].text in ".;:!?" and not _abbreviation_dot(toks, index):
            return None
    return start, end - 2
