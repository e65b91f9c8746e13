"""Placing relative expressions against the document creation time (the anchor).

A bare weekday, month, month and day, season or quarter names a time that recurs; which
occurrence the text means follows the direction of its clause (past: the last one at or before
the anchor; future: the next one at or after it), and then the nearest-date rule (the
occurrence closest to the anchor, the anchor's own year winning ties). The direction is a
signal right before the expression when there is one ("payable Dec. 15", "since March"), else
the tense of the cue word nearest to it ("will", "said", "-ed" forms that are verbs). The
anchor is always the caller's or the text's publication date: nothing here reads the clock.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping

import attrs
import regex

from stoltlib_dates.lexicons import case_classes, trie

__all__ = [
    "FUTURE",
    "FUTURE_REACH_DAYS",
    "NEAREST",
    "PAST",
    "TENSE_REACH_DAYS",
    "YEAR_REACH_DAYS",
    "Direction",
    "TenseCues",
    "choose_year",
    "compile_cues",
    "event_ahead",
    "fronted_past",
    "future_bound_close",
    "future_verb_close",
    "nearest_year",
    "occurrences",
    "parse_anchor",
    "past_verb_before",
    "past_verb_close",
    "past_verb_on",
    "settled_year",
    "signal_before",
    "tense",
    "weekday_near",
]

PAST = "past"
FUTURE = "future"
#: No direction on purpose: the nearest occurrence, whatever the clause's tense.
NEAREST = "nearest"
#: Which way from the anchor an expression points: ``PAST``, ``FUTURE``, ``NEAREST`` (a cue
#: that points nowhere: a future seen from the past) or ``None`` (unknown).
Direction = str | None

# How far either side of an expression its clause may reach: a clause longer than this is
# cut there, since tense cues far away say nothing about the expression.
_WINDOW = 120

#: The kinds of words in the ``date_tense_cues`` lexicon: cues of the past and of the future,
#: "-ed" words that are no past forms, words after which an "-ed" form is an adjective or a
#: present passive ("the reduced dividend", "is scheduled"), and past auxiliaries that turn a
#: future cue after them into a future seen from the past ("was expected to", "had been due"):
#: no direction after "was" and "were", past after the pluperfect's "had".
PAST_CUE, FUTURE_CUE, NOT_A_CUE = "past", "future", "none"
BEFORE_ADJECTIVE, PAST_AUXILIARY = "before-adjective", "past-auxiliary"
#: Past reporting verbs ("said", "announced"): past cues, but the time of their report, not of
#: what they report ("said orders for November transactions fell").
REPORTING = "reporting"
#: Past verbs of intent ("vowed", "invited"): the infinitive after them ("vowed to remain in
#: the race through June 7") names a time of its own, ahead of the verb's, so they give no
#: direction to an expression the infinitive governs.
INTENT = "past-intent"
#: Abbreviations whose dot ends no clause ("Mr.", "Jan."); one letter before a dot never ends
#: one either ("p.m.", "U.S.").
ABBREVIATION = "abbreviation"
#: Signals right before an expression that fix its direction whatever the clause's tense: a
#: deadline or a term ahead ("payable Dec. 15", "extended until Nov. 6", "by year-end"), or a
#: time already gone ("since March", "the fiscal year ended Jan. 31"). Verbs ("expire") are
#: no signals: their own tense counts ("had been due to expire Friday").
SIGNAL_FUTURE, SIGNAL_PAST = "signal-future", "signal-past"
#: Signals that bound a state ("until", "till"): ahead of the anchor ("closed until Monday"),
#: unless a past verb before them in the clause makes the state past ("stayed closed until
#: December", said in February, is the December gone).
SIGNAL_BOUND = "signal-bound"
#: Nouns of scheduled events: right after an expression in a clause without tense cues, the
#: event and so the time lie ahead ("the November election", "Tuesday's primary").
EVENT_AHEAD = "event-ahead"
#: Future cues only before an infinitive: "due to expire Friday" is a schedule, "lower due to
#: snowstorms in January" a cause, no tense.
FUTURE_INFINITIVE = "future-infinitive"


@attrs.frozen
class TenseCues:
    """The tense cues of the ``date_tense_cues`` lexicon, compiled for :func:`tense`."""

    #: Finds a cue: group ``future``, ``attached`` (a future contraction: "he’ll"), ``past`` (a
    #: listed past form) or ``ed`` (a regular one).
    #: A standard-library pattern: scanning clauses is a large part of the plugin's time, and
    #: ``re`` scans this literal trie about twice as fast as ``regex``.
    pattern: re.Pattern[str]
    #: "-ed" words that are no past verbs ("need", "hundred"), case folded.
    not_past: frozenset[str]
    #: Words after which an "-ed" form is no past verb ("the", "is"), case folded.
    before_adjective: frozenset[str]
    #: Words that make a future cue after them past ("was", "had"), case folded.
    past_auxiliaries: frozenset[str]
    #: Past reporting verbs, case folded (see :data:`REPORTING`).
    reporting: frozenset[str]
    #: Past verbs of intent, case folded (see :data:`INTENT`).
    intent: frozenset[str]
    #: Signal words right before an expression -> the direction they fix.
    signals: Mapping[str, str]
    #: The signals that bound a state, case folded (see :data:`SIGNAL_BOUND`).
    bounds: frozenset[str]
    #: Where a clause ends: a sentence's end, a semicolon, a blank line.
    clause_end: regex.Pattern[str]
    #: Matches right after an expression followed by the noun of a scheduled event, with a
    #: possessive and up to two words between ("'s New Hampshire primary").
    event_after: re.Pattern[str]
    #: Future cues that are cues only before an infinitive, case folded (see
    #: :data:`FUTURE_INFINITIVE`).
    before_infinitive: frozenset[str]


# Words that end the phrase of an expression: no event noun after them is the expression's own
# ("closer to November in election years").
_NOT_BETWEEN = ("in", "of", "and", "or", "to", "for", "at", "on", "by", "with", "as", "than")


def _apostrophes(phrases: Iterable[str]) -> set[str]:
    """``phrases`` with each straight apostrophe also written curly ("won't", "won’t")."""
    return {form for phrase in phrases for form in (phrase, phrase.replace("'", "’"))}


# A regular past form: a lower-case English word ending in "-ed".
_REGULAR_PAST = re.compile(r"[a-z]{2,}ed")


def compile_cues(cues: Mapping[str, str]) -> TenseCues:
    """Compile a cue table (folded phrase -> "past", "future" or "none") for :func:`tense`."""
    # A bounding signal ("until") is a future cue too, wherever it stands in a clause.
    future = _apostrophes(
        phrase
        for phrase, kind in cues.items()
        if kind in (FUTURE_CUE, SIGNAL_BOUND, FUTURE_INFINITIVE)
    )
    # A contraction ("'ll") is the end of a word: "he’ll".
    attached = {phrase for phrase in future if phrase[0] in "'’"}
    # A regular reporting verb ("announced") is found by the "-ed" rule, as any other.
    past = _apostrophes(
        phrase
        for phrase, kind in cues.items()
        if kind in (PAST_CUE, PAST_AUXILIARY)
        or (kind in (REPORTING, INTENT) and not _REGULAR_PAST.fullmatch(phrase))
    )
    # Letters are "[^\W\d_]" in ``re``; a regular past form is a lower-case English word.
    # The tries match any case, letter by letter (see :func:`trie`): the pattern is tried at
    # every word of a clause, where ``(?i:...)`` entered each branch to test its first letter.
    cases = case_classes("".join(future | past))
    future_words = trie(future - attached, cases) or "(?!)"
    past_words = trie(past, cases) or "(?!)"
    contractions = trie(attached, cases) or "(?!)"
    pattern = re.compile(
        rf"""
        (?<![^\W\d_])(?<!['’])(?:                    # at the start of a word
            (?P<future>{future_words})(?!['’]t)   # not "can't"
          | (?P<past>{past_words})
          | (?P<ed>{_REGULAR_PAST.pattern})   # a regular past form, lower case: not "United"
        )(?![^\W\d_])                              # at the end of a word
      | (?<=[^\W\d_])(?P<attached>{contractions})(?![^\W\d_])   # "he’ll"
        """,
        re.VERBOSE,
    )

    def kind(wanted: str) -> frozenset[str]:
        """The cue phrases of one kind."""
        return frozenset(phrase for phrase, found in cues.items() if found == wanted)

    signals = {word: FUTURE for word in kind(SIGNAL_FUTURE) | kind(SIGNAL_BOUND)}
    signals.update({word: PAST for word in kind(SIGNAL_PAST)})
    # Each branch begins with its character, so that the search skips to the next such one
    # (a branch opening with a look-behind would be tried at every position of the window).
    clause_end = regex.compile(
        rf"""
          \.(?<!(?<![\p{{L}}])\p{{L}}\.)                  # a full stop: not "p.m.", "U.S."
          (?<!(?<![\p{{L}}])(?i:{trie(kind(ABBREVIATION)) or "(?!)"})\.)   # nor "Mr.", "Jan."
          ["”’')\]]*(?=\s|$)                          # with the quote or bracket it closes
        | [!?;]["”’')\]]*(?=\s|$)                   # a question, an exclamation, a semicolon
        | \n\s*\n                                    # a blank line
        """,
        regex.VERBOSE,
    )
    events = trie(kind(EVENT_AHEAD)) or "(?!)"
    event_after = re.compile(
        rf"(?:['’]s)?(?:[ \t]+(?!(?:{trie(_NOT_BETWEEN)})\b)[\w.-]+){{0,2}}?\s+(?i:{events})\b"
    )
    return TenseCues(
        pattern,
        kind(NOT_A_CUE),
        kind(BEFORE_ADJECTIVE),
        kind(PAST_AUXILIARY),
        kind(REPORTING),
        kind(INTENT),
        signals,
        kind(SIGNAL_BOUND),
        clause_end,
        event_after,
        kind(FUTURE_INFINITIVE),
    )


# The word right before an offset (skipping white space).
_WORD_BEFORE = regex.compile(r"(?r)(\p{L}+['’]?\p{L}*)\s*\Z")


def _word_before(text: str, at: int) -> str:
    """The word right before ``at``, case folded ("" when none)."""
    match = _WORD_BEFORE.search(text, max(0, at - 24), at)
    return match.group(1).casefold().replace("’", "'") if match else ""


# A verb's base form after "to": a lower-case word that is no determiner nor a common adjective
# of causes ("due to the strike", "due to higher costs", "due to weak demand"), and does not
# end as a plural noun, a gerund or a participle does ("due to snowstorms", "due to rising
# costs", "due to increased demand"); "due to be", "due to expire" are infinitives.
_INFINITIVE = re.compile(
    r"""\s+(?!(?:the|a|an|its|his|her|their|our|your|my|this|that|these|those|some|any|such
            |no|more|less|lower|higher|weak|weaker|strong|stronger|poor|heavy|high|low|bad
            |good|large|small|lack|each|every|all|both|one|two|three)\b)
        [a-z]+(?<!ing)(?<!ed)(?<![^s]s)\b""",
    re.VERBOSE,
)

# The auxiliary of the pluperfect, the past auxiliary whose future cue after it is past.
_PLUPERFECT = "had"

# Words that are determiners before an adjective ("that reduced price") but relative pronouns
# before a listed past form, which is a verb there ("a story that said", "one that took").
_RELATIVE_PRONOUNS = frozenset({"that", "which", "who"})
# An adverb in "-ly", in lower case, right before a word: "will be temporarily laid off", "is
# widely expected". After a present or infinitive "be" the participle past it is a passive,
# not a past verb, as right after "be" ("is scheduled"); after "was" it is a past passive.
_LY_ADVERB_BEFORE = regex.compile(r"(?r)(?<![\p{L}])\p{Ll}+ly\s+\Z")
_PRESENT_BE = frozenset({"is", "are", "am", "be", "being"})


def _passive_over_adverb(text: str, at: int) -> bool:
    """Whether the word at ``at`` follows "be" (present or infinitive) and an "-ly" adverb."""
    adverb = _LY_ADVERB_BEFORE.search(text, max(0, at - 24), at)
    return adverb is not None and _word_before(text, adverb.start()) in _PRESENT_BE


def _cue_tense(text: str, match: re.Match[str], cues: TenseCues) -> Direction:
    """The direction one cue gives, or ``None`` when in its place it is no cue at all.

    ``NEAREST`` for a future seen from the past ("was due to"): a cue, but of no direction.
    """
    if match["ed"] is not None:
        if match["ed"].casefold() in cues.not_past:
            return None
        if _word_before(text, match.start()) in cues.before_adjective:
            return None  # "the reduced dividend", "is scheduled": not a past verb
        if _passive_over_adverb(text, match.start()):
            return None  # "will be temporarily closed": a passive ahead
        return PAST
    if match["future"] is not None or match["attached"] is not None:
        if (
            match["future"] is not None
            and match["future"].casefold() in cues.before_infinitive
            and _INFINITIVE.match(text, match.end()) is None
        ):
            return None  # "lower due to snowstorms": a cause, no schedule
        before = _word_before(text, match.start())
        if before == "been":
            before = _word_before(text, match.start() - len(" been"))
        if before not in cues.past_auxiliaries:
            return FUTURE
        # "had been due to expire Monday": a pluperfect schedule, overtaken by the time of the
        # story, is past. "was expected to close in March", "was due to expire in March":
        # a future seen from a past viewpoint may lie on either side of the anchor, so it is a
        # cue that points nowhere, and the nearest occurrence is meant.
        return PAST if before == _PLUPERFECT else NEAREST
    before = _word_before(text, match.start())
    if (
        match["past"].casefold() not in cues.past_auxiliaries
        and before in cues.before_adjective
        and before not in _RELATIVE_PRONOUNS
    ):
        return None  # "will be paid", "the sold unit": a participle, not a past verb
    if match["past"].casefold() not in cues.past_auxiliaries and _passive_over_adverb(
        text, match.start()
    ):
        return None  # "will be temporarily laid off": a passive, as without the adverb
    return PAST


def _clause(text: str, start: int, end: int, clause_end: regex.Pattern[str]) -> tuple[int, int]:
    """The clause around ``start..end``, at most ``_WINDOW`` characters either side."""
    low = max(0, start - _WINDOW)
    left = low
    for match in clause_end.finditer(text, low, start):
        left = match.end()
    high = min(len(text), end + _WINDOW)
    right_match = clause_end.search(text, end, high)
    right = right_match.start() if right_match else high
    return left, right


def _pluperfect_before(text: str, left: int, start: int, cues: TenseCues) -> bool:
    """Whether the cue nearest before ``start`` is a past form right after "had"."""
    found = [
        match for match in cues.pattern.finditer(text, left, start) if match["past"] or match["ed"]
    ]
    return bool(found) and _word_before(text, found[-1].start()) == "had"


def _past_state_before(text: str, left: int, start: int, cues: TenseCues) -> bool:
    """Whether a past verb of its own governs the clause before ``start``, and no future cue.

    The cue nearest before ``start`` is past, and not a reporting verb ("said the plant is
    closed until"), whose report is no state of the clause, nor a verb of intent ("vowed to
    stay until"); a future cue anywhere before it makes the state one to come ("will stay
    closed until", where "closed" is a participle), and so does a verb of intent or one that
    sets a time ahead anywhere before it ("extended its deadline for tendered shares until").
    """
    found = []
    for match in cues.pattern.finditer(text, left, start):
        folded = match.group(0).casefold()
        direction = _cue_tense(text, match, cues)
        if direction is not None and folded not in cues.bounds:
            # (A future seen from the past, "was expected to stay", is one to come too.)
            if direction in (FUTURE, NEAREST) or folded in cues.intent:
                return False
            found.append(folded)
    return bool(found) and found[-1] not in cues.reporting


def signal_before(text: str, start: int, cues: TenseCues) -> Direction:
    """The direction a signal right before ``start`` fixes ("since March"), else ``None``."""
    return cues.signals.get(_word_before(text, start))


# Where another clause opens after an expression: a comma, a dash, or a conjunction or
# relative word that starts a clause of its own.
_CLAUSE_OPENING = regex.compile(
    r"""[,:(\u2013\u2014]|\s-\s|(?<![\p{L}])(?:that|which|who|whom|whose|how|whether|if|when
        |where|because|while|although|though|but|and|so|before|after|until|unless)(?![\p{L}])""",
    regex.IGNORECASE | regex.VERBOSE,
)


# An infinitive after a verb of intent and its object: "to" and a lower-case word, not an
# article, nor a word ending as a plural of people or things does ("pledged support to
# farmers", "offered shares to investors": the verb's second object, no infinitive; base forms
# of verbs do not end so).
_TO_VERB = regex.compile(
    r"""
    (?<![\p{L}])to\s+
    (?!(?:the|a|an)\b)                                    # an article: a noun phrase follows
    (?!\p{Ll}+(?:ers|ors|ants|ents|ees|ies|ists|ions|ments|ships|ties)\b)  # a plural noun
    \p{Ll}
    """,
    regex.VERBOSE,
)
# A comma, and maybe a preposition, right before an expression: it stands in a parenthesis.
# A clock time between a signal and the day it is of: "until 2:30 p.m. on Thursday", "until
# noon EST Friday".
_CLOCK_BETWEEN = regex.compile(
    r"""\s+(?:(?:about|around)\s+)?
        (?:\d{1,2}(?:[:.]\d\d)?(?:\s*[ap]\.?\s?m\b\.?)?|noon|midnight|midday)
        (?:\s+\p{Lu}{2,4})?,?(?:\s+on)?\s+""",
    regex.IGNORECASE | regex.VERBOSE,
)
_PARENTHESIS_BEFORE = regex.compile(r"(?r),\s*(?:\p{L}+\s+)?\Z")
# The comma right after an expression.
_COMMA_AFTER = regex.compile(r"\s*,")


def tense(text: str, start: int, end: int, cues: TenseCues) -> Direction:
    """The direction the clause around ``start..end`` points: past, future, none or unknown.

    The cue nearest the expression decides: in "He said the talks will resume on Monday" the
    "will" is nearer than "said".
    """
    word = _word_before(text, start)
    signal = cues.signals.get(word)
    left, right = _clause(text, start, end, cues.clause_end)
    if signal == FUTURE and _pluperfect_before(text, left, start, cues):
        return PAST  # "had filed reports by Wednesday": a deadline already past
    if word in cues.bounds and _past_state_before(text, left, start, cues):
        return PAST  # "stayed closed until December": a state that ended then
    if signal is not None:
        return signal
    # The nearest cue on either side, searched outwards from the expression (a cue inside it,
    # as in "last Friday", is not the clause's tense); the one before wins a tie.
    before = after = None
    for match in reversed(list(cues.pattern.finditer(text, left, start))):
        before = _cue_tense(text, match, cues)
        if (
            match.group(0).casefold() in cues.bounds
            and _CLOCK_BETWEEN.fullmatch(text, match.end(), start)
            and _past_state_before(text, left, match.start(), cues)
        ):
            # "ran until 2:30 p.m. on Thursday": a bound a clock time away from its day is
            # still a past state's when a past verb governs it, as right before the day.
            before = PAST
        if before is not None:
            before_distance = start - match.end()
            if match.group(0).casefold() in cues.intent and _TO_VERB.search(
                text, match.end(), start
            ):
                before = None  # "vowed Tuesday to remain in the race through June 7"
            break
    if before is not None:
        # A cue before the expression is its clause's; one after it counts only up to where
        # another clause opens ("told voters Sunday that he would", "who did win on Tuesday,
        # would likely"): the verb there is that clause's. A comma closing a parenthesis
        # the expression stands in ("His next speech, on May 28, was") opens none.
        after_from = end
        if _PARENTHESIS_BEFORE.search(text, max(left, start - 24), start):
            comma = _COMMA_AFTER.match(text, end)
            after_from = comma.end() if comma else end
        opening = _CLAUSE_OPENING.search(text, after_from, right)
        right = opening.start() if opening else right
    for match in cues.pattern.finditer(text, end, right):
        if before is not None and match.start() - end >= before_distance:
            break
        after = _cue_tense(text, match, cues)
        if after is not None:
            break
    return after if after is not None else before


# The preposition that sets a month's time ("in", "during"), with the point modifier between it
# and the month: "fell in late February", "rose at the end of March", "stood at end-January"
# ("at" only with "the end of", "the start of", "end-": alone it is a clock time's or a place's).
_PREPOSITION_IN = r"""(?:(?:in|during)\s+(?:(?:early|late|mid)[\s-]+
                        |the\s+(?:end|start|beginning|middle|close)\s+of\s+|end-)?
                      |at\s+(?:the\s+(?:end|start|beginning|close)\s+of\s+|end-))"""
# The two words before "in" or "during" right before an expression: a verb and its object
# ("took office in February"), or a verb right before it ("revealed in March"). Not "on": a
# day "on" which something was done is as often a record date or a deadline ahead.
_VERB_IN = regex.compile(
    rf"(?r)(?:(?<![\p{{L}}'’])(\p{{L}}+)\s+)?(\p{{L}}+)\s+{_PREPOSITION_IN}\Z", regex.VERBOSE
)


# Words before a past form that make it a verb with its subject or a passive ("it began", "a
# process that began", "was revealed"); a name before it does too ("Carter took"). After a
# common noun it is mostly a participle ("shares held on March 23", "ads reserved in May").
_SUBJECTS = frozenset(
    {"i", "he", "she", "it", "we", "they", "you", "who", "that", "which", "was", "were", "been",
     "had", "then", "also", "first", "later", "finally", "just"}
)  # fmt: skip
_NAME_BEFORE = regex.compile(r"(?r)\p{Lu}[\p{L}.'’-]*\s+\Z")


def _past_verb(text: str, start: int, end: int, cues: TenseCues, regular: bool) -> bool:
    """Whether ``text[start:end]`` is a past verb (a regular "-ed" one only if ``regular``)."""
    if _word_before(text, start) not in _SUBJECTS and not _NAME_BEFORE.search(
        text, max(0, start - 30), start
    ):
        return False
    cue = cues.pattern.match(text, start, end)
    if cue is None or cue.end() != end or not (cue["past"] or cue["ed"]):
        return False
    if cue["ed"] is not None and not regular:
        return False
    if cue["past"] is not None and cue["past"].casefold() in cues.past_auxiliaries:
        return False  # "was in May": no event of its own
    return _cue_tense(text, cue, cues) == PAST


def past_verb_close(text: str, start: int, cues: TenseCues) -> bool:
    """Whether a past verb governs the expression at ``start`` from right before it ("in").

    "Carter took office in February", "it was revealed in March": the verb states when its
    own event happened, unlike a reporting verb further off whose clause holds the expression
    ("said orders for November transactions"). A regular "-ed" form must be next to the
    preposition: one word before it, it is mostly an adjective ("a still unspecified date in").
    """
    words = _VERB_IN.search(text, max(0, start - 60), start)
    if words is None:
        return False
    if _past_verb(text, words.start(2), words.end(2), cues, regular=True):
        return True
    return words[1] is not None and _past_verb(
        text, words.start(1), words.end(1), cues, regular=False
    )


# A past verb right before a day, with "on" between or not, and the word before the verb: its
# subject or auxiliary ("the summit was held on Jan. 5", "he died Jan. 5").
_VERB_ON = regex.compile(r"(?r)(\p{L}+)\s+(?:on\s+)?\Z", regex.IGNORECASE)


def past_verb_on(text: str, start: int, cues: TenseCues) -> bool:
    """Whether a past verb right before the day at ``start`` (or before "on") governs it.

    "The summit was held on Jan. 5", "he died Jan. 5": the verb, after its subject or
    auxiliary, states the day its own event happened, so the day is the one gone, however
    far back (up to a year); a past form after a common noun is mostly a participle ("shares
    held on March 23", a record date), and a verb further off may govern another clause.
    """
    verb = _VERB_ON.search(text, max(0, start - 30), start)
    if verb is None:
        return False
    if verb[1].casefold() in cues.reporting:
        return True  # "the firm said on Jan. 5": a report's own day, after any subject
    return _past_verb(text, verb.start(1), verb.end(1), cues, regular=True)


def future_verb_close(text: str, start: int, cues: TenseCues) -> bool:
    """Whether a future cue governs the expression at ``start`` from right before "in".

    "His term ends in January", "the plant will close in January" (said in February): a verb
    of schedule or a modal right before the preposition, or one word before it, states when
    its own event will happen, so the month is the one ahead however far (up to a year), as
    :func:`past_verb_close` places a past verb's month back.
    """
    words = _VERB_IN.search(text, max(0, start - 60), start)
    if words is None:
        return False
    for group in (2, 1):
        if words[group] is None:
            continue
        # A cue of two words is both words ("the rule takes effect in February").
        cue = cues.pattern.match(text, words.start(group), words.end(2))
        if (
            cue is not None
            and cue.end() in (words.end(group), words.end(2))
            and (cue["future"] or cue["attached"])
            and _cue_tense(text, cue, cues) == FUTURE
        ):
            return True
    return False


#: How many words may stand between a future cue and the bound after it ("will stay on as
#: chair until"): the verb and its complement, not another clause.
_BOUND_VERB_WORDS = 5
# Words that bound a state ahead after a future cue, though alone they are no signal ("will
# remain in office through March"; "sales through March rose" points nowhere).
_BOUNDS_AFTER_FUTURE = frozenset({"through"})
# The words between a future cue and a bound: up to _BOUND_VERB_WORDS words, no punctuation.
_WORDS_TO_BOUND = regex.compile(rf"(?:\s+[\p{{L}}'’-]+){{0,{_BOUND_VERB_WORDS}}}\s+")


def future_bound_close(text: str, start: int, cues: TenseCues) -> bool:
    """Whether a future cue a few words before a bound governs the expression after it.

    "He will stay on until March 31", "is to remain in post until March", "will remain in
    office through March 31", said in May: the state lasts to the March ahead, however far
    (up to a year), as with :func:`future_verb_close`; a past verb in between ("will say he
    stayed until") is no future's.
    """
    bound = _WORD_BEFORE.search(text, max(0, start - 24), start)
    if bound is None or bound.group(1).casefold() not in cues.bounds | _BOUNDS_AFTER_FUTURE:
        return False
    left, _ = _clause(text, bound.start(1), start, cues.clause_end)
    found = [
        (match, direction)
        for match in cues.pattern.finditer(text, left, bound.start(1))
        if (direction := _cue_tense(text, match, cues)) is not None
    ]
    if not found:
        return False
    cue, direction = found[-1]
    return (
        direction == FUTURE
        and _WORDS_TO_BOUND.fullmatch(text, cue.end(), bound.start(1)) is not None
    )


# The preposition right before an expression whose verb may stand further back.
_IN_BEFORE = regex.compile(
    rf"(?r)(?<![\p{{L}}'’]){_PREPOSITION_IN}\Z", regex.IGNORECASE | regex.VERBOSE
)
#: How far before its preposition a past verb may govern "in MONTH" (:func:`past_verb_before`).
VERB_REACH = 80
# Between the verb and the preposition: punctuation or a word that opens another clause or
# phrase, whose own verb or time the month may belong to ("through the last of the primaries
# in June" is a stretch of its own).
_VERB_BREAKS = regex.compile(
    r"""[,;:()"“”]
      | (?<![\p{L}])(?:that|which|who|when|while|and|but|or|since|after|before|because|if|as
                     |until|till|through|throughout|then)(?![\p{L}])""",
    regex.IGNORECASE | regex.VERBOSE,
)
# A verb with an infinitive after it ("agreed to buy", "threatened to disrupt"): the time is
# the infinitive's, which may lie ahead.
_TO_AFTER = regex.compile(r"\s+to\s", regex.IGNORECASE)


# Past auxiliaries that are verbs of their own before a complement ("was 3 percent in June").
_PAST_COPULAS = frozenset({"was", "were"})
# One word between white space.
_ONE_WORD = regex.compile(r"\s+\S+\s+")
# A determiner and an adverb or two right before a regular "-ed" form, which make it an
# adjective of the noun after it ("a still unspecified date", "the newly issued shares", "an
# as yet unnamed buyer"). The adverb is in lower case and after a determiner: "Sally slashed
# jobs", "the firm reportedly slashed jobs" are a subject and its verb.
_ADVERB_BEFORE = regex.compile(
    r"""(?r)(?<![\p{L}])
    (?i:a|an|the|its|their|his|her|our|this|these|those)\s+  # the determiner
    (?:(?:still|yet|already|not|now|so|as|well|long|\p{Ll}+ly)\s+){1,2}  # the adverbs
    \Z""",
    regex.VERBOSE,
)


def past_verb_before(text: str, start: int, cues: TenseCues) -> bool:
    """Whether a past verb further back governs the expression after "in" or "during".

    "The operator changed from a fiscal year to a calendar year in December": the nearest cue
    is the verb whose event the month dates, up to :data:`VERB_REACH` characters before the
    preposition, with no clause or phrase opening between them. Not a reporting verb ("said
    orders for November transactions fell"), not a verb before an infinitive ("agreed to
    purchase the line in February"), not in a clause with a future cue before the verb ("would
    be paid on a still unspecified date in January"), not "had" (a pluperfect's time is its
    own); "was" and "were" with their complement date a past state ("inflation was 3 percent
    in June"). A verb right before the preposition is judged by :func:`past_verb_close`.
    """
    prep = _IN_BEFORE.search(text, max(0, start - 30), start)
    if prep is None:
        return False
    left, _ = _clause(text, prep.start(), start, cues.clause_end)
    low = max(left, prep.start() - VERB_REACH)
    found = [
        (match, _cue_tense(text, match, cues))
        for match in cues.pattern.finditer(text, left, prep.start())
    ]
    found = [(match, direction) for match, direction in found if direction is not None]
    if not found:
        return False
    verb, direction = found[-1]
    return (
        direction == PAST
        and verb.start() >= low
        # Right before the preposition the verb is past_verb_close's to judge ("ads reserved
        # in December" is a participle).
        and text[verb.end() : prep.start()].strip() != ""
        # A regular form with one word after it and an adverb before it is an adjective
        # before its noun ("a still unspecified date in January"); after a noun it is the
        # verb and its object ("the firm slashed jobs in May").
        and not (
            verb["ed"] is not None
            and _ONE_WORD.fullmatch(text, verb.end(), prep.start())
            and _ADVERB_BEFORE.search(text, max(0, verb.start() - 24), verb.start())
        )
        and FUTURE not in (earlier for _, earlier in found)
        and verb.group(0).casefold() not in cues.reporting
        and verb.group(0).casefold() not in (cues.past_auxiliaries - _PAST_COPULAS)
        and _TO_AFTER.match(text, verb.end()) is None
        and _VERB_BREAKS.search(text, verb.end(), prep.start()) is None
    )


# "In" or "During" opening a sentence (or a line, or a quotation), right before an expression.
_FRONTED_IN = regex.compile(r"(?r)(?:\A|[.!?;:][\"”’)]?\s+|\n\s*|[\"“]\s*)(?:In|During)\s+\Z")
# The comma after a fronted adverbial, and the stretch of the clause that follows it where its
# verb is looked for: the subject and the verb ("In January, American Medical brought in").
_FRONTED_COMMA = regex.compile(r",\s")
_FRONTED_REACH = 60


def fronted_past(text: str, start: int, end: int, cues: TenseCues) -> bool:
    """Whether the expression opens its sentence as "In MONTH," before a past main verb.

    "In January, American Medical brought in a new chief executive": a fronted adverbial sets
    the time of the clause it opens, so its verb is the expression's own, however far back the
    month then lies (up to a year), as with :func:`past_verb_close`.
    """
    if _FRONTED_IN.search(text, max(0, start - 12), start) is None:
        return False
    comma = _FRONTED_COMMA.match(text, end)
    if comma is None:
        return False
    for match in cues.pattern.finditer(text, comma.end(), min(len(text), end + _FRONTED_REACH)):
        found = _cue_tense(text, match, cues)
        if found is not None:
            return found == PAST
    return False


def event_ahead(text: str, end: int, cues: TenseCues) -> bool:
    """Whether the noun of a scheduled event follows ``end`` ("the November election").

    A month or a day named for an event in a clause without tense cues points ahead: news
    names the election or summit to come by its month ("eligible to vote in the November
    general election", said in March). A weekday does not: the nearest one is as often the
    event just held ("victory in Monday night's Iowa caucus").
    """
    return cues.event_after.match(text, end, min(len(text), end + 60)) is not None


def parse_anchor(published: str | None) -> dt.date | None:
    """The anchor day of a document creation time (an ISO date or datetime), or ``None``."""
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


def weekday_near(anchor: dt.date, weekday: int, direction: Direction) -> dt.date:
    """The day with ISO ``weekday`` the text means, seen from ``anchor``.

    Past: the last such day at or before the anchor; future: the next at or after it; unknown:
    the nearest one (the past one on a tie: news reports more than it announces).
    """
    back = (anchor.isoweekday() - weekday) % 7
    ahead = (weekday - anchor.isoweekday()) % 7
    if direction == PAST:
        return anchor - dt.timedelta(days=back)
    if direction == FUTURE:
        return anchor + dt.timedelta(days=ahead)
    if back <= ahead:
        return anchor - dt.timedelta(days=back)
    return anchor + dt.timedelta(days=ahead)


#: How far (in days) from the anchor the occurrence a clause's tense points to may lie before
#: the nearest occurrence wins instead. The tense read from cue words is often not the tense
#: that governs the date (a past "said" or "placed" over "orders for November transactions"),
#: and a tense pointing most of a year away is then more often wrong than right.
#:
#: The value is tuned on TimeBank, the development set, and checked nowhere else: value F1
#: there is 0.826 at 180 days, 0.837 from 240 to 300 days, 0.836 at 330 and 0.829 with no
#: limit at all (the tense deciding between the occurrences on either side of the anchor).
#: The limit holds for past cues; a future cue reaches further (:data:`FUTURE_REACH_DAYS`), and
#: a past signal ("since", "ended") a full year back, as they seldom misfire.
TENSE_REACH_DAYS = 240
#: How far ahead a future cue may place an occurrence: ten months ("will command a mission in
#: December", said in March), not the eleven that would put "must file their February
#: reports", said in March, in the February to come. TimeBank value F1 is 0.843 from 280 to
#: 366 days.
FUTURE_REACH_DAYS = 300
#: How far back a past signal ("since March") or a past verb governing the expression ("took
#: office in February") places an occurrence: a year (times the years between occurrences).
YEAR_REACH_DAYS = 366


def _gap(anchor: dt.date, first: dt.date, last: dt.date) -> int:
    """Days between the anchor and an occurrence (0 when the anchor lies inside it)."""
    if first <= anchor <= last:
        return 0
    return min(abs((first - anchor).days), abs((last - anchor).days))


#: An occurrence of a recurring time: its year, first day and last day.
Occurrence = tuple[int, dt.date, dt.date]


def occurrences(
    anchor: dt.date, bounds: Callable[[int], tuple[dt.date, dt.date] | None], spread: int = 1
) -> list[Occurrence]:
    """The occurrences of a recurring time in the anchor's year and ``spread`` on either side.

    ``bounds(year)`` gives the first and last day of the occurrence in ``year`` (``None`` when
    there is none, such as February 29 in most years).
    """
    found_all = []
    for year in range(anchor.year - spread, anchor.year + spread + 1):
        try:
            found = bounds(year)
        except (ValueError, OverflowError):
            found = None
        if found is not None:
            found_all.append((year, found[0], found[1]))
    return found_all


def _nearest(anchor: dt.date, candidates: list[Occurrence]) -> Occurrence:
    """The occurrence nearest the anchor, the anchor's own year winning a tie."""
    return min(
        candidates, key=lambda item: (_gap(anchor, item[1], item[2]), abs(item[0] - anchor.year))
    )


def _past(anchor: dt.date, candidates: list[Occurrence]) -> Occurrence | None:
    """The latest occurrence that has begun by the anchor."""
    begun = [item for item in candidates if item[1] <= anchor]
    return max(begun) if begun else None


def _future(anchor: dt.date, candidates: list[Occurrence]) -> Occurrence | None:
    """The earliest occurrence that has not ended before the anchor."""
    pending = [item for item in candidates if item[2] >= anchor]
    return min(pending) if pending else None


def choose_year(
    anchor: dt.date,
    candidates: list[Occurrence],
    direction: Direction,
    reach: int = TENSE_REACH_DAYS,
    spread: int = 1,
) -> int | None:
    """The year :func:`nearest_year` gives, from the occurrences already worked out."""
    if not candidates:
        return None
    chosen = None
    if direction == PAST:
        chosen = _past(anchor, candidates)
    elif direction == FUTURE:
        chosen = _future(anchor, candidates)
    if chosen is not None and _gap(anchor, chosen[1], chosen[2]) <= _limit(
        direction, reach, spread
    ):
        return chosen[0]
    return _nearest(anchor, candidates)[0]


def _limit(direction: Direction, reach: int, spread: int) -> int:
    """How far from the anchor (in days) the occurrence a direction points to may lie."""
    # A future cue ("will", "is to") seldom governs another clause than the expression's, so
    # the occurrence it points to stands up to ten months ahead ("will command a mission in
    # December", said in March); past cues ("said") govern reported clauses and misfire.
    limit = max(reach, FUTURE_REACH_DAYS) if direction == FUTURE else reach
    # A time held every few years is that many times further from the anchor at worst: the
    # tense's occurrence is looked for over as many cycles ("won on Super Tuesday" said two
    # years after one is that one, not the next, nearer though it is).
    return limit * spread


def settled_year(
    anchor: dt.date, candidates: list[Occurrence], spread: int = 1
) -> Occurrence | None:
    """The occurrence every direction gives, when they agree: the tense need not be read then.

    A time near the anchor ("March 2" in a story of March 2, "February" said in March, "March
    15") is the nearest occurrence whether its clause points back or ahead, as long as the
    occurrence on the other side lies beyond the tense's reach; reading the tense there (a
    scan of the clause's cue words) would only confirm it. The reaches are those
    :meth:`ReaderBase.year_for` passes: a past signal or a past verb of its own reaches
    :data:`YEAR_REACH_DAYS` back (further than a past tense's :data:`TENSE_REACH_DAYS`, so it
    decides for both), a future cue :data:`FUTURE_REACH_DAYS` ahead. ``None`` when the
    directions disagree, or there is no occurrence.
    """
    # One walk over the (mostly three) occurrences for what _nearest, _past and _future give.
    nearest = past = future = None
    best: tuple[int, int] | None = None
    for item in candidates:
        year, first, last = item
        rank = (_gap(anchor, first, last), abs(year - anchor.year))
        if best is None or rank < best:
            best, nearest = rank, item
        if first <= anchor and (past is None or item > past):
            past = item
        if last >= anchor and (future is None or item < future):
            future = item
    if nearest is None:
        return None
    for direction, chosen, reach in (
        (PAST, past, YEAR_REACH_DAYS * spread),
        (FUTURE, future, TENSE_REACH_DAYS),
    ):
        if (
            chosen is not None
            and chosen != nearest
            and _gap(anchor, chosen[1], chosen[2]) <= _limit(direction, reach, spread)
        ):
            return None
    return nearest


def nearest_year(
    anchor: dt.date,
    bounds: Callable[[int], tuple[dt.date, dt.date] | None],
    direction: Direction,
    reach: int = TENSE_REACH_DAYS,
    spread: int = 1,
) -> int | None:
    """The year whose occurrence of a recurring time the text means.

    ``bounds(year)`` gives the first and last day of the occurrence in ``year`` (``None`` when
    there is none, such as February 29 in most years). With a direction, the latest occurrence
    that has begun by the anchor (past) or the earliest that has not ended before it (future),
    as long as it lies within :data:`TENSE_REACH_DAYS` of the anchor (times ``spread``);
    otherwise, and without a
    direction, the occurrence nearest the anchor, the anchor's own year winning a tie. The
    years looked at are the anchor's and ``spread`` on either side (more than one for a time
    held every few years: "Super Tuesday").
    """
    return choose_year(anchor, occurrences(anchor, bounds, spread), direction, reach, spread)
