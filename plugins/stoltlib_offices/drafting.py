"""The frame rules that read one cue's event in its sentence.

Cue reading, subjects and objects, titled tenures, appositions, successions and modality.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence

import attrs
import regex

from stoltlib import Mention
from stoltlib_offices.clauses import _overlaps
from stoltlib_offices.drafts import _STARTS, _Draft, _Office, _Person
from stoltlib_offices.lexicons import Cue, Lexicons
from stoltlib_offices.limits import (
    MARKER_REACH,
    MAX_APPOSITION_PARTS,
    MAX_APPOSITION_WORDS,
    MAX_LIST,
    MAX_LISTED,
    MAX_ORG_PREFIX_WORDS,
    MAX_RELATIVE_WORDS,
    MAX_TITLE_CHARS,
    MAX_TITLE_WORDS,
    NOMINAL_REACH,
    REACH,
    SHARED_SUBJECT_GAP,
    TERM_REACH,
)
from stoltlib_offices.patterns import (
    AFTER_OFFICE_ORG,
    AGENT_BEFORE_OFFICE,
    APPOSED_OFFICE,
    APPOSITION,
    AUXILIARIES,
    BOARD_OF_PEOPLE,
    COUNTED_OFFICES,
    DESCRIBED_PERSON,
    GENERIC_ORG,
    HONORIFIC,
    INSERTED_TIME,
    INVERTED_BE,
    KEEP_BEFORE,
    LIST_ITEM_OFFICE,
    LIST_OPENS,
    LIST_SEPARATOR,
    OFFICE_LEAD,
    PERIOD_AFTER,
    TERM_NOUNS,
)
from stoltlib_offices.people import _may_be_title_word, _no_name, _unique_last_names
from stoltlib_offices.roles import split_title
from stoltlib_offices.structures import in_addition, relations
from stoltlib_offices.titles import _before_a_break, _mixed_case, _org_prefixes, _title_parts
from stoltlib_offices.words import (
    _DETERMINERS,
    _GRAMMAR_WORDS,
    _PREPOSITIONS,
    _PRONOUNS,
    _SENTENCE_OPENERS,
)

# Words of each modality, in the words between the person and the cue; the first that any
# word has wins, in this order: a negation outweighs a "will".
_MODALITY_WORDS = (
    ("negated", frozenset({"not", "never", "n't"})),
    ("possible", frozenset({"may", "might", "could"})),
    ("expected", frozenset({"expected", "likely", "set", "due"})),
    (
        "planned",
        frozenset(
            {
                "will",
                "shall",
                "would",
                "scheduled",
                "going",
                "to",
                "plan",
                "plans",
                "planned",
                "intend",
                "intends",
                "intended",
            }
        ),
    ),
)


# A generational suffix after a name: "Jr", ", Sr.".
_SUFFIX_AT_END = regex.compile(r",?\s+(?:Jr|Sr|II|III|IV)\.?\Z")


# The words that put a tenure in the past: "previously served as", "had been", "formerly".
_PAST_TENURE = regex.compile(
    r"\b(?:previously|formerly|once|served|had\s+been|was|were)\b", regex.IGNORECASE
)


# The words that make a title before a name state a tenure (a bare title is a mention): a
# tenure over, one now, one about to end ("outgoing chairman X") or just begun ("new").
_MARKER = r"""(?:
        (?i:former|ex-|erstwhile|onetime|one-time|current|existing|incumbent|outgoing|retiring
           |newly[\s\-](?:appointed|named|installed|elected)|deposed|ousted|retired
           |then-)  # "then-" only glued: "then chairman" is often "and then, chairman ..."
      | new          # in lower case; capitalised, not a place's or a party's first word:
      | New(?!\s+(?:York|Jersey|Zealand|Hampshire|Mexico|Delhi|England|Orleans|Haven|Brunswick
                 |Guinea|South|Caledonia|Democratic|Democracy|Deal|World|Labour|Left|Right)\b)
    )"""  # "New York Fed President X" names a city, "New White House Chief of Staff X" a start


_TENURE_MARKER = regex.compile(rf"\b{_MARKER}(?:\b|(?<=-))", regex.VERBOSE)  # "then-" ends so


# What each marker states (the kind of event, and its modality if not asserted); "formerly"
# and "then" open appositions ("X, then chairman of Y,").
_MARKED = {
    "former": ("former", ""), "ex": ("former", ""), "erstwhile": ("former", ""),
    "onetime": ("former", ""), "one-time": ("former", ""),
    "current": ("hold", ""), "existing": ("hold", ""), "incumbent": ("hold", ""),
    "outgoing": ("end", "planned"), "retiring": ("end", "planned"),
    "deposed": ("end", ""), "ousted": ("end", ""),
    "new": ("start", ""), "newly appointed": ("start", ""), "newly-appointed": ("start", ""),
    "newly named": ("start", ""), "newly-named": ("start", ""),
    "newly installed": ("start", ""), "newly-installed": ("start", ""),
    "newly elected": ("elect", ""), "newly-elected": ("elect", ""),
    "formerly": ("former", ""), "then": ("former", ""), "previously": ("former", ""),
    "currently": ("hold", ""),
    "retired": ("end", ""),
}  # fmt: skip


# A possessive right before a noun of change, a few adjectives between: "Regan's abrupt
# departure", "his planned retirement" (the owner's end is where the name or pronoun ends).
_POSSESSIVE_BEFORE = regex.compile(
    r"""(?P<owner_end>)(?:['’]s?)?\s+(?:(?:abrupt|sudden|planned|expected|early|recent|surprise
    |imminent|forthcoming|formal|official|eventual|own|possible|new)\s+){0,2}\Z""",
    regex.IGNORECASE | regex.VERBOSE,
)


# "whose" right before a noun of change, after the name it refers to and a comma.
_WHOSE_AT_END = regex.compile(r",?\s*\bwhose\Z", regex.IGNORECASE)


# "of" after a noun of change, before its holder; "as" before the office.
_OF_AFTER = regex.compile(r"\s+of\s+")


_AS_AFTER = regex.compile(r"\s+as\b")


# A withdrawal right before the noun, whose holder is named before it: "withdrawn from".
_WITHDRAWN_FROM = regex.compile(r"\bwithdr(?:awn|ew|aw|awing|aws)\s+from\s+\Z", regex.I)


# What withdraws a nomination: "withdrew the nomination", "withdrawal of the nomination".
_WITHDRAWN = regex.compile(r"\bwithdr[ae]w", regex.IGNORECASE)


# What may follow a passive cue whose office is not named: its time, the agent, or the end of
# its clause ("first appointed in 1979,").
_CLAUSE_GOES_ON = regex.compile(
    r"""\s*(?:
        [,.;]                                              # the clause ends
      | (?:in|on|last|effective)\s+(?=\S*\d|\p{Lu})       # its time: "appointed in 1979"
      | by\s+(?:the|a|an|its|\p{Lu})                     # its agent: "appointed by the board"
      | (?:as\s+)?(?:his|her|their)\s+(?:replacement|successor)\b  # "named as his replacement"
    )""",
    regex.VERBOSE,
)


# A capitalised word ending at, or starting at, a position: a surname standing alone.
_WORD_AT_END = regex.compile(r"(?<![\w.\-])\p{Lu}[\p{Ll}'’\-]*\p{Ll}\Z")


_WORD_AT_START = regex.compile(r"\p{Lu}[\p{Ll}'’\-]*\p{Ll}(?![\w\-])")


# A full stop before a capitalised word inside a title's lead: a sentence ended there.
_STOP_INSIDE = regex.compile(r"\.\s+\p{Lu}\p{Ll}")


# A conjunction before another person of a list: "X as chairman and Y as president".
_AND = regex.compile(r",?\s+and\s+")


# The same after a short phrase closing the office before: "X as chairman in the new
# structure, and Y as president" (the person after it must have an office of its own).
_AND_LATER = regex.compile(r"(?:\s+(?:in|at|of|for)\s+[\w\- ]{1,40}?)?,?\s+and\s+")


# A verb of choosing right before its object: "named X to replace him", "chose X to succeed".
_CHOSEN_BEFORE = regex.compile(
    r"\b(?:named|appointed|elected|chose|picked|selected|tapped|designated|hired)\s+\Z"
)


# A possessive and a noun of intent before a cue: "Craxi's plans to", "his decision to".
_INTENT_BEFORE = regex.compile(
    r"""(?:['’]s?|(?<=\b(?:his|her|His|Her)))\s+(?:(?:abrupt|sudden|surprise|stated|earlier)\s+)?
    (?P<noun>plans?|decision|intention|offer|refusal|threat|bid)\s+to\s+\Z""",
    regex.VERBOSE,
)


_INTENT_MODALITY = {
    "offer": "possible",
    "threat": "possible",
    "bid": "possible",
    "refusal": "negated",
}


# A clause of time right before its subject: "when X retires", "once X steps down".
_WHEN_BEFORE = regex.compile(r"\b(?:when|once|until|after|before)\s+\Z", regex.IGNORECASE)


# "if" or "unless" right before a clause's subject: the change is a hypothesis.
_IF_BEFORE = regex.compile(r"\b(?:if|unless|whether)\s+\Z", regex.IGNORECASE)


# A person's home town after the name, before the office's "as": "X of Maricopa, Ariz as".
_HOMETOWN = regex.compile(
    r"\s+of\s+\p{Lu}[\p{L}.\-]*(?:\s+\p{Lu}[\p{L}.\-]*){0,2}(?:,\s+\p{Lu}[\p{L}.]*)?(?=,?\s+as\b)"
)


# "its" before an office: the organisation is the clause's subject.
_ITS = regex.compile(r"\bits\s+", regex.IGNORECASE)


# A capitalised name opening the clause right before its verb: "Acme Corp (has) named".
_SUBJECT_NAME = regex.compile(
    r"(?:\A|(?<=^|\.\s|,\s|\bthat\s))(?P<org>\p{Lu}[\w&.\-]*(?:\s+\p{Lu}[\w&.\-]*){0,3})"
    r"\s+(?:(?:has|have|had|on\s+\p{Lu}\p{Ll}+day)\s+)?\Z"
)


# A condition after a cue, in its clause: "would resign if the figures were wrong".
_IF_AFTER = regex.compile(r"[^;:.]*?\b(?:if|unless)\b", regex.IGNORECASE)


# "the new" before the office a tenure's verb names: "X is the new chairman" starts it.
_NEW_OFFICE = regex.compile(r"\s+(?:the|its|their|our)\s+new(?:ly[\s\-]\w+)?\s+", regex.I)


# "leave" alone leaves an office only when nothing but a time or the clause's end follows: "X
# will leave at the end of March", "X left in January", "X will leave, the company said".
_BARE_LEAVING = frozenset({"leave", "leaves", "left"})


# A death ends an office only when the text gives the person one: "chairman X died".
_DYING = frozenset({"died", "dies"})


_LEAVING_CLOSES = regex.compile(
    r"""\s*(?:(?P<stop>[.,;]|\Z)
      | \s(?:at\s+the\s+end\s+of|effective|next|when)\b
      | \s(?:in|on)\s+(?=\p{Lu}|\d|(?:early|late|mid)\b)          # "in January", "on May 1"
      | \s this\s+(?=\p{Lu}|(?:month|week|year|spring|summer|fall|autumn|winter)\b)
    )""",
    regex.VERBOSE,
)  # not "left for Paris", "left the country", "left in a hurry"


# Capitalised words that are no one's surname: the calendar's.
_CALENDAR_WORDS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
     "saturday", "sunday", "today", "yesterday"}
)  # fmt: skip


# "and" and a few lower-case words (no name among them) closing a subject: "X and four senior
# vice-presidents", "X and his five-party coalition government".
_WITH_OTHERS = regex.compile(r"\s+and\s+(?:[\p{Ll}\d][\p{Ll}\d\-]*\s+){0,4}\p{Ll}[\p{Ll}\-]*\s*\Z")


# A "since" time closing an office: "CEO since 1978", "chairman since June 1980".
_SINCE_TIME = regex.compile(r"\s+since\s+(?:\p{Lu}\p{Ll}+\.?\s+)?\d{4}\b")


# A tenure's time right after an apposed office: "prime minister for a record 3-1/2 years",
# "president since 1985", "Treasury Secretary during Reagan's first term".
_TENURE_TIME = regex.compile(
    r"""\s+(?:
        since\s+(?=\d|\p{Lu}|(?:last|early|late|mid)\b)            # "since 1985", "since last June"
      | during\s+                                                # "during Reagan's first term"
      | for\s+(?:[\w\-/]+\s+){0,5}?(?:years?|months?|decades?)\b  # "for a record 3-1/2 years"
      | (?P<over>                                                # a tenure over:
          (?:before|until|till)\s+(?=\d|\p{Lu}|(?:the|his|her|its|last|early|late|mid)\b)
                                                                 # "before the merger"
        | from\s+(?:\p{Lu}\p{Ll}+\.?\s+)?\d{4}\s+(?:to|until|through|till)\s+  # "from 1989 to
                                                                 # 1993"
        | between\s+\d{4}\s+and\s+\d{4}\b                      # "between 1980 and 1984"
      )
    )""",
    regex.VERBOSE,
)  # not any "for": "president for the Americas" names a region


# A relative clause opening right after an office: " who has been ...".
_RELATIVE_AFTER = regex.compile(r"\s+(?:who|whose)\b")


# A short phrase of where or when after an apposed office, up to the apposition's close.
_UNIT_TAIL = regex.compile(r"\s+(?:in|at|under|with)\s+[^,.;:()\"]{1,40}?(?=\s*[,.;(])")


# A second marked office after an apposed one: "..., and now vice-chairman of Y".
# (The words of the first office's unit between: "staff director of monetary policy at the Fed
# and now ...".)
_AND_MARKED = regex.compile(
    r"""(?:\s+(?:of|at|for|in|on)\s+[^,.;:()"]{0,50}?)?
    ,?\s+and\s+(?P<marker>now|formerly|former|then|currently)\s+(?:(?:the|a|an)\s+)?""",
    regex.IGNORECASE | regex.VERBOSE,
)


# The duties of one named or a pronoun after a cue of becoming: "assume Tran's duties".
_DUTIES_OF = regex.compile(
    r"\s+(?:(?P<owner>\p{Lu}[\p{L}\-]*)['’]s?|his|her|the)\s+(?:duties|responsibilities)\b"
)


# A choice whose infinitive is "to head": "named to head", "picked X to head".
_CHOSEN_TO = regex.compile(
    r"""\b(?:named|appointed|elected|chosen|chose|picked|selected|tapped|designated|hired
    |nominated)\b[^.;]{0,80}?\bto\s+\Z""",
    regex.VERBOSE,
)


# A dismissal's object as a title, then the name after a comma: "sacked its chief financial
# officer, Jane Doe", "parted ways with the club's manager, John Doe".
_TITLE_THEN_NAME = regex.compile(
    r"\s+(?:its|their|the|his|her)\s+(?P<title>(?:\p{L}[\p{L}'’\-]*\s+){0,5}?\p{Ll}+),\s+"
)


# What follows a dismissal's verb in a passive with its auxiliary left out ("X fired as
# coach", "X ousted from the board", "X sacked by the club").
_PASSIVE_TAIL = regex.compile(r"\s+(?:as|from|by)\b", regex.IGNORECASE)


# A department's head: "head of engineering", "global head of equity research" (lower case,
# no article: "head of the unit" is read by the rules of "head" as a verb).
_HEAD_OF_UNIT = regex.compile(
    r"(?P<title>(?:\p{Ll}+\s+)?head\s+of\s+(?!the\b|a\b|an\b|its\b)\p{Ll}+(?:\s+\p{Ll}+)?)"
    r"(?=\s*(?:[,.;]|\Z|\s(?:and|at|in|on|since|until|from|for)\b))"
)


# Cues that are also the first noun of a title ("head coach", "head trader"): before a title's
# head noun they open the title, no verb of becoming.
_TITLE_OPENING_CUES = frozenset({"head"})


# The word right after a cue.
_NEXT_WORD = regex.compile(r"\s+(?P<word>\p{Ll}+)\b")


_HEAD_MODALS = frozenset({"will", "would", "to", "shall", "may", "might", "could", "should"})


# What a verb "head" heads: "the agency", "its Bolt unit", "a new company".
_HEADS_A_UNIT = regex.compile(r"\s+(?:(?:the|its|a|an|their|his|her)\s+|(?=\p{Lu}))")


# An office given as a verb: "named to head the new unit", "chosen to lead the bank".
_TO_HEAD = regex.compile(r"\s+to\s+(?:head|lead|run)\s+(?:the|its|a)\b")


# A plural of an office: "directors", "vice presidents" (the singular is the lexicon's).
_PLURAL_OFFICE = regex.compile(r"(?:[\p{Ll}\-]+\s+){0,2}[\p{Ll}\-]+s\b")


# The one succeeded, after an object: "named X as his successor", "as Brown's successor".
_AS_SUCCESSOR = regex.compile(
    r"\s+(?:as\s+)?(?P<owner>his|her|\p{Lu}[\p{L}\-]*)(?:['’]s?)?\s+(?:\w+\s+)?successor\b"
)


# A post the text does not name yet: "named X to a new post", "to the new position".
_NEW_POST = regex.compile(
    r"\s+to\s+(?:a\s+|the\s+|its\s+)?(?:new|senior|top)\s+(?:post|position|job)\b", regex.I
)


# "and" between two offices of one person: "president of X and (also) chairman of Y".
_AND_ANOTHER = regex.compile(r",?\s+and\s+(?:also\s+)?(?:as\s+)?(?=\p{Ll})")


# A separator in a list whose members have apposed titles: "; ", ", and ", ", ".
_LISTED_BEFORE = regex.compile(r"(?:[,;]\s+and|[,;]|\s+and)\s+\Z")


# Words that do not stand inside a title apposed to a list's member.
_LIST_BREAK = regex.compile(r"[;:()\"]|\b(?:said|says|who|which|that)\b")


_JOINED_BEFORE = regex.compile(r"(?:,?\s+and|,)\s+\Z")


# "the term of X" after an extension's cue, and the owner of a term ("his term", "X's term").
_TERM_OF = regex.compile(r"\b(?:terms?|mandates?|tenure|contract)\s+of\s+", regex.IGNORECASE)


_TERM_OWNER = regex.compile(
    r"(?P<owner>)(?:['’]s)?\s+(?:\w+\s+)?(?:terms?|mandates?|tenure|contract)\b", regex.IGNORECASE
)


# What every spelling of _MARKER holds, in lower case: a cheap test before the patterns.
_MARKER_STEMS = (
    "former", "ex-", "erstwhile", "onetime", "one-time", "current", "existing", "incumbent",
    "outgoing", "retiring", "newly", "deposed", "ousted", "new", "retired", "then-",
)  # fmt: skip


# A tenure's marker, then capitalised words at most, ending right where an office starts:
# "former Texas ", "ex-", "former Senate Republican "; or a portfolio's lower-case words
# ("a former deputy agriculture ", checked against _NOT_MODIFIERS).
_MARKED_TITLE_LEAD = regex.compile(
    rf"""(?<![\w\-])(?P<marker>{_MARKER})\s*(?:\p{{Lu}}[\w.'’\-]*\s+){{0,3}}
    (?P<modifiers>(?:\p{{Ll}}[\p{{Ll}}\-]*\s+){{0,2}})\Z""",
    regex.VERBOSE,
)


# Lower-case words that are no portfolio of a title: a verb's ending ("former aides
# said chairman X") or a reporting verb stand between clauses, not inside a title.
_NOT_MODIFIER = regex.compile(r"(?:\w+ed|said|says|told|tells|see|sees|and|or|but)\Z")


# A generic head of a unit right before a name, an office only with a marker before it.
_GENERIC_HEAD = regex.compile(r"(?<![\w\-])(?:chief|head|aide|boss|adviser|advisor)\Z")


# "ex-" glued to the office it marks, right before a name: "ex-senator ", "ex-prime minister ".
_GLUED_EX = regex.compile(
    r"(?<![\w\-])ex-(?P<title>\p{L}[\p{L}.\-]*(?:\s+\p{Ll}[\p{L}.\-]*){0,2})\Z"
)  # its words after the first in lower case: "ex-Texas senator" is read as any "former"


# The event type each kind of marked title states.
_MARKED_TYPES = {"end": "office.end", "start": "office.start", "elect": "office.elect"}


# The forms of "be" that make a cue passive ("is succeeded by"), and the agent's "by".
# A passive and "to" right before a succession's cue: "was hired to ", "has been named to ".
_PASSIVE_TO_AT_END = regex.compile(
    r"\b(?:was|were|been)\s+(?P<participle>\p{Ll}{2,}(?:ed|en|sen))\s+to\s+\Z"
)


# A regular past participle, in lower case: "hired", "recruited", "drafted"; and the
# infinitive after it: " to replace".
_PARTICIPLE = regex.compile(r"\p{Ll}{2,}ed")


_TO_VERB = regex.compile(r"\s*to\s+(?P<verb>\p{Ll}+)\b")


_BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being"})


_BY = regex.compile(r"\bby\s+")


# The words that give a noun of change its modality, said of it later in its sentence.
_NOMINAL_MODALITY_WORDS = (
    ("negated", frozenset({"not", "never", "n't", "denied", "ruled"})),
    ("possible", frozenset({"may", "might", "could", "would", "possible", "possibly", "if"})),
    ("expected", frozenset({"expected", "likely", "imminent", "appeared", "seemed"})),
    ("planned", frozenset({"will", "effective", "scheduled", "planned"})),
)


# "and" and a finite verb or auxiliary: a second predicate of the clause's subject.
_AND_PREDICATE = regex.compile(
    r",?\s+and\s+(?:(?:he|she|it|they)\s+)?"
    r"(?:will|would|is|was|are|were|has|had|may|might|could|can|did|does)\b",
    regex.IGNORECASE,
)


# "is" or "are" right before a cue in -ing: "X, who is retiring", "X is leaving the post of".
_PROGRESSIVE = regex.compile(r"\b(?:is|are)\s+\w+ing\b(?:\s+(?:down|out|over))?\s*\Z", regex.I)


# The month May, a day or a year after it: no modal verb.
_MONTH_MAY = regex.compile(
    r"\bMay(?=\s+\d)|(?<=\b(?:in|since|until|by|of|last|next|early|late|mid|mid-)\s)May\b"
)


# A relative clause opening after a comma: "X, whose experience ...", "Y, who ...".
_RELATIVE_INSIDE = regex.compile(r",\s*(?:who|whom|whose|which)\b", regex.IGNORECASE)


# The nouns of a death, which ends the office a title before the dead person's name gives.
_DEATH_NOUNS = frozenset({"death"})


# Finite auxiliaries, which give a verb after "and" a tense of its own.
_FINITE = frozenset(
    {"is", "are", "was", "were", "has", "have", "had", "will", "would", "shall", "may", "might"}
    | {"could", "should", "can", "must", "does", "did", "do"}
)


# Participles that attach to the clause before them: "X was elected president, succeeding Y".
_PARTICIPLES = frozenset({"succeeding", "replacing", "succession to"})  # "in succession to"


# What ends an organisation name read after "of": lower-case words it may hold at its end.
_ORG_TAIL_WORDS = frozenset({"of", "and", "&", "for", "the", "de", "du", "des"})


# A tenure as told once: the name, the office, the sentence's index, whether it is over.
_Told = tuple[str, str | None, int, bool]


class _Context:
    """The text and what is known of it, for the frame rules of one document."""

    def __init__(
        self,
        flat: str,
        lexicons: Lexicons,
        people: Sequence[_Person],
        mentions: Sequence[Mention],
        sentence_starts: Sequence[int] = (),
    ) -> None:
        self.flat = flat
        self.sentence_starts = sentence_starts
        self.lexicons = lexicons
        self.people = people
        self.last_names = _unique_last_names(people)
        self.person_ends = [p.end for p in people]
        self.person_starts = [p.start for p in people]
        self.mentions = mentions
        self.organizations = [m for m in mentions if m.kind == "organization"]

    # --- the frames ----------------------------------------------------------------------

    def read_cue(
        self, cue: Cue, span: tuple[int, int], sentence: tuple[int, int], earlier: list[_Draft]
    ) -> list[_Draft]:
        """The drafts one cue gives, by its frame (none when its roles are not found)."""
        frame = cue.frame
        if frame == "active":
            return self._active(cue, span, sentence)
        if frame == "become" and self._opens_title(span):
            return []  # "was named head coach": the noun opening a title, not the verb
        if frame == "dismiss":
            dismissed = self._dismissed(cue, span, sentence)
            if dismissed is not None:
                return dismissed
            if self._dismisser_before(span, sentence):
                return []  # "the aide Reagan fired in November": the subject dismissed him
            frame = "leave"  # "John Doe was fired as president": the subject leaves
        named = self._object_at(span[1], sentence) if frame == "passive" else None
        if named is not None and self.flat[named.end : named.end + 2] not in ("'s", "’s"):
            # "it named John Doe president": a past tense, not a participle ("was named"); a
            # possessive after it is no object ("was named Brown's successor").
            return self._active(cue, span, sentence)
        if frame == "passive" and (
            COUNTED_OFFICES.match(self.flat, span[1], sentence[1])
            or BOARD_OF_PEOPLE.match(self.flat, span[1], sentence[1])
        ):
            # "it elected three directors", "elected a new board consisting of A, B and C"
            return self._listed_later(cue, span, sentence)
        if frame == "extend":
            return self._extend(cue, span, sentence)
        if frame == "succeed":
            return self._succeed(cue, span, sentence, earlier)
        if frame == "nominal":
            return self._nominal(cue, span, sentence)
        if frame == "candidate":
            return self._candidates(cue, span, sentence)
        # The office after the verb does not depend on the subject: read it first, since a hold
        # gives an event only with an office after its verb (or a plural one, "remain
        # directors"), and most hold cues ("was", "is", "kept") stand in prose naming none, where
        # looking for the subject cost most of the plugin's time.
        office = self._office_after_cue(span, sentence)
        if frame == "hold" and office is None and self._plural_office(span[1], sentence) is None:
            return []
        # A hold's or a becoming's verb is never the adjective a bare "and resigned" may be
        # ("the ailing and resigned X"): "resigned as director and become an adviser".
        subject = self._subject(span[0], sentence) or self._shared_subject(
            span, sentence, earlier, finite=frame in ("hold", "become")
        )
        with_others = False
        if subject is None and frame == "leave":
            subject = self._subject_with_others(span[0], sentence)
            with_others = subject is not None
        if subject is None and frame in ("leave", "become"):
            subject = self._owner_of_intent(span[0], sentence)
        bare = False
        if subject is None and frame in ("leave", "become", "hold", "passive"):
            subject = self._bare_surname(span[0], sentence)
            bare = subject is not None
        if subject is None:
            if frame == "become" and self._passive_before(span[0], sentence):
                return self._taken_by(cue, span, sentence, earlier)
            return self._inverted(cue, span, sentence) if frame == "passive" else []
        person, modality = subject
        modality = self._clause_modality(person, span, sentence, modality)
        if (
            modality == "asserted"
            and frame != "hold"  # "is serving his third term": a tenure now, no plan
            and _PROGRESSIVE.search(self.flat, sentence[0], span[1])
        ):
            modality = "planned"  # "X, who is retiring": the present progressive of a plan
        if office is None and frame == "passive":
            # "was nominated by President Reagan as a judge": the office after the agent.
            agent = AGENT_BEFORE_OFFICE.match(self.flat, span[1], sentence[1])
            if agent is not None:
                office = self._office_after(agent.end(), sentence)
        if office is None and frame == "leave":
            office, told = self._departure_office(person, span, sentence)
            if not told:
                return []
        if bare and (office is None or self.lexicons.position(office.position) is None):
            return []  # a capitalised word alone is a person only with a known office after
        if frame == "helm":
            return self._helm(cue, person, modality, span, sentence)
        people = [person, *self._conjoined_before(person, sentence)]
        if office is None and len(people) > 1:
            office = self._plural_office(span[1], sentence)  # "A and B were elected directors"
        if frame == "leave" and office is None:
            # "its chairman, John Smith, will retire", "chairman X and treasurer Y resigned":
            # the office each left is the title before their name.
            drafts = [
                _Draft(cue.type, one, span, sentence,
                       self._title_before(one, sentence) or self._apposed_office(one, span),
                       modality=modality)
                for one in people
            ]  # fmt: skip
            if with_others and drafts[0].office is None:
                return []  # "X and his wife will retire to Florida": no office is left
            return drafts
        if office is None and frame == "become":
            office, told = self._becoming_office(span, sentence, earlier)
            if not told:
                return []
        successor = _AS_SUCCESSOR.match(self.flat, span[1], sentence[1]) if not office else None
        if frame == "passive" and successor is not None:
            # "John Smith was named as his successor": a start after the one the owner is.
            owner = self._person_ending(successor.end("owner"), sentence)
            if owner is None or owner.name == person.name:
                return []
            return [_Draft(cue.type, person, span, sentence, None, owner, modality)]
        if frame == "passive" and office is None and _TO_HEAD.match(self.flat, span[1]):
            # "named to head the new unit": a start, the office the unit's head.
            office = _Office("", self._story_organization(sentence), span[1])
        if frame in ("passive", "become", "hold") and office is None:
            # "a company named X", "has been a critic": no office, no event; but a passive
            # closed by its time or its clause is one whose office the story gave before
            # ("Volcker, first appointed in 1979,").
            closed = frame == "passive" and _CLAUSE_GOES_ON.match(self.flat, span[1]) is not None
            if not closed:
                return []
        past = frame == "hold" and _PAST_TENURE.search(self.flat, sentence[0], span[1]) is not None
        if frame == "hold" and office is not None and _NEW_OFFICE.match(self.flat, span[1]):
            cue = attrs.evolve(cue, type="office.start")  # "X is the new defence minister"
        offices = [(office, span), *self._second_office(office, sentence)]
        drafts = [
            _Draft(cue.type, one, where, sentence, each, modality=modality, past=past,
                   also=each.position if each is not office and each is not None else None)
            for each, where in offices
            for one in people
        ]  # fmt: skip
        if frame in ("passive", "become") and office is not None:
            drafts.extend(self._gapped(cue, span, sentence, office, modality))
        return drafts

    def _opens_title(self, span: tuple[int, int]) -> bool:
        """Whether a cue that is also a title's first noun opens a title: "head coach"."""
        pattern = self.lexicons.unknown_title_pattern
        cue = self.flat[span[0] : span[1]].casefold()
        following = _NEXT_WORD.match(self.flat, span[1])
        if pattern is None or cue not in _TITLE_OPENING_CUES or following is None:
            return False
        return pattern.fullmatch(f"{cue} {following.group('word')}") is not None

    def _dismisser_before(self, span: tuple[int, int], sentence: tuple[int, int]) -> bool:
        """Whether a dismissal's verb, no object after it, is active: its subject right before.

        "the aide President Reagan fired November 25": Reagan fired someone the clause names
        before; "X was fired", "X, fired last week," and "X fired as coach" (a headline's
        passive) leave X's office.
        """
        index = bisect.bisect_right(self.person_ends, span[0]) - 1
        if index < 0 or self.people[index].end < sentence[0]:
            return False
        if self.flat[self.people[index].end : span[0]].strip():
            return False
        return _PASSIVE_TAIL.match(self.flat, span[1], sentence[1]) is None

    def _dismissed(
        self, cue: Cue, span: tuple[int, int], sentence: tuple[int, int]
    ) -> list[_Draft] | None:
        """The person an active dismissal names after its verb, None when none follows.

        "the club sacked manager John Doe on Monday", "Olin fired John Doe as president":
        the subject is the one dismissing, the person after the verb the one who leaves, the
        office after "as", else the title before the name.
        """
        apposed = _TITLE_THEN_NAME.match(self.flat, span[1], sentence[1])
        if apposed is not None and (person := self._person_at(apposed.end(), sentence)):
            # "parted ways with its chief scientific officer, Jane Doe": the title first.
            office = self._office_after(apposed.start("title"), sentence)
            modality = self._modality_before(span[0], sentence)
            return [_Draft(cue.type, person, span, sentence, office, modality=modality)]
        person = self._object_at(span[1], sentence)
        if person is None or self.flat[person.end : person.end + 2] in ("'s", "’s"):
            return None
        after = self._past_apposition(person.end, sentence)
        office = self._office_after(after, sentence) or self._title_before(person, sentence)
        modality = self._modality_before(span[0], sentence)
        return [_Draft(cue.type, person, span, sentence, office, modality=modality)]

    def _clause_modality(
        self, person: _Person, span: tuple[int, int], sentence: tuple[int, int], modality: str
    ) -> str:
        """The modality the clause around the subject gives, where its words give none.

        "if Volcker left this August": possible; "in April, when Tom Brown retires": a
        present tense in a clause of time is planned.
        """
        if modality in ("asserted", "planned") and _IF_BEFORE.search(
            self.flat, sentence[0], person.start
        ):
            return "possible"  # "asked whether he would step down": a hypothesis, no plan
        if modality == "planned" and self._conditional_would(person, span, sentence):
            return "possible"  # "he would resign if the figures were wrong"
        if modality != "asserted":
            return modality
        verb = self.flat[span[0] : span[1]].split()[0].casefold()
        if verb.endswith("s") and _WHEN_BEFORE.search(self.flat, sentence[0], person.start):
            return "planned"
        return modality

    def _conditional_would(
        self, person: _Person, span: tuple[int, int], sentence: tuple[int, int]
    ) -> bool:
        """Whether "would" before the cue is a condition's, "if" or "unless" after it.

        "said he would resign if the figures were wrong" is a hypothesis; "said he would
        resign in June" a plan.
        """
        words = self.flat[person.end : span[0]].casefold().split()
        return "would" in words and _IF_AFTER.match(self.flat, span[1], sentence[1]) is not None

    def _departure_office(
        self, person: _Person, span: tuple[int, int], sentence: tuple[int, int]
    ) -> tuple[_Office | None, bool]:
        """The office a departure whose cue names none leaves, and whether it is one at all.

        "left the board": the cue names it; "X died" is an end only for a person whose office
        the text gives ("chairman X died"); "leave" alone only before a time, or before the
        clause's end for a person with an office ("will leave at the end of March"; not
        "left the country", "Ailes left.").
        """
        written = self.flat[span[0] : span[1]]
        named = self.lexicons.position(written.rsplit(None, 1)[-1])
        if named and span[1] - span[0] > len(named):
            return _Office(named, self._story_organization(sentence), span[1]), True
        folded = written.casefold()
        if folded not in _DYING and folded not in _BARE_LEAVING:
            return None, True
        titled = self._title_before(person, sentence) or self._apposed_office(person, span)
        if folded in _DYING:
            return None, titled is not None
        closes = _LEAVING_CLOSES.match(self.flat, span[1], sentence[1])
        if closes is None:
            return None, False
        return None, closes.group("stop") is None or titled is not None

    def _becoming_office(
        self, span: tuple[int, int], sentence: tuple[int, int], earlier: list[_Draft]
    ) -> tuple[_Office | None, bool]:
        """The office a becoming whose cue names none takes, and whether it is one at all.

        "Chairman X will assume Tran's duties": the office the owner left in the sentence;
        "X will take over in April": a start at a time; "X will head its Bolt unit": "head" a
        verb only after "will" or "to" and before a unit ("X, head of Y," is a noun; "named to
        head" is the choice's event; "Head Start" a name).
        """
        written = self.flat[span[0] : span[1]]
        duties = _DUTIES_OF.match(self.flat, span[1], sentence[1])
        if duties is not None:
            owner = duties.group("owner")
            left = next(
                (d for d in reversed(earlier) if d.type == "office.end"
                 and (owner is None or d.person.name.split()[-1] == owner)),
                None,
            )  # fmt: skip
            if left is not None and left.office:
                return left.office, True
            return _Office("", None, span[1]), True
        if written.casefold().endswith(" office"):
            # "X will take office on March 1", "X took office.": the start of the office the
            # story names elsewhere.
            if _LEAVING_CLOSES.match(self.flat, span[1], sentence[1]) is not None:
                return _Office("", None, span[1]), True
            return None, True
        if written.casefold().endswith(" over"):
            closes = _LEAVING_CLOSES.match(self.flat, span[1], sentence[1])
            if closes is not None and closes.group("stop") is None:
                return _Office("", None, span[1]), True
            return None, True
        if written.casefold() != "head":
            return None, True
        if _CHOSEN_TO.search(self.flat, max(sentence[0], span[0] - REACH), span[0]):
            return None, False
        aux = self.flat[self._auxiliaries_start(span[0], sentence) : span[0]].split()
        if (
            written == "head"
            and _HEAD_MODALS.intersection(aux)
            and _HEADS_A_UNIT.match(self.flat, span[1], sentence[1])
        ):
            return _Office("", self._story_organization(sentence), span[1]), True
        return None, False

    def _gapped(
        self,
        cue: Cue,
        span: tuple[int, int],
        sentence: tuple[int, int],
        office: _Office,
        modality: str,
    ) -> list[_Draft]:
        """Others the clause's verb is left out for: "X will become chairman and Y president".

        Each "and" (or comma) then a name then an office right after it is one more person
        given the event, as "appointed X as chairman and Y as president" is in the active.
        """
        drafts: list[_Draft] = []
        end = office.end
        while (joined := _AND_LATER.match(self.flat, end, sentence[1])) is not None:
            other = self._person_at(joined.end(), sentence)
            if other is None:
                break
            lead = self.flat[other.end : other.end + 2]
            if lead[:1] != " " or not lead[1:2].islower():
                break  # "and Y, who ..." or "and Y said": no office right after the name
            gapped = self._office_after(other.end, sentence)
            if gapped is None:
                break
            drafts.append(_Draft(cue.type, other, span, sentence, gapped, modality=modality))
            end = gapped.end
        return drafts

    def _second_office(
        self, office: _Office | None, sentence: tuple[int, int]
    ) -> list[tuple[_Office, tuple[int, int]]]:
        """A second office joined to the first by "and", with the span of the "and".

        "elected president of the telegraph company and executive vice president of the
        corporation", "has served as CEO since 1978 and chairman since 1980": two offices,
        each closed by its organisation or its time, two events (the second dated from its
        "and" on). Conjoined titles ("chairman and chief executive of Y") are one office.
        """
        if office is None or not office.position:
            return []
        owner = self._office_tail(office.end, sentence)
        if owner is None:
            return []
        joined = _AND_ANOTHER.match(self.flat, owner.end(), sentence[1])
        if joined is None:
            return []
        second = self._office_after(joined.end(), sentence)
        if second is None or second.position == office.position:
            return []
        if self._office_tail(second.end, sentence) is None:
            return []  # "president of Acme and chief executive": one run of titles
        return [(second, joined.span())]

    def _office_tail(self, end: int, sentence: tuple[int, int]) -> regex.Match[str] | None:
        """What closes an office of its own: its organisation ("of Y") or a "since" time."""
        return (
            AFTER_OFFICE_ORG.match(self.flat, end, sentence[1])
            or GENERIC_ORG.match(self.flat, end, sentence[1])
            or _SINCE_TIME.match(self.flat, end, sentence[1])
        )

    def _shared_subject(
        self,
        span: tuple[int, int],
        sentence: tuple[int, int],
        earlier: list[_Draft],
        *,
        finite: bool = False,
    ) -> tuple[_Person, str] | None:
        """The subject of the clause before "and", for a verb that has none of its own.

        "X stepped down as chairman and was replaced by Y", "X will retire in March and will
        be succeeded by Y": the person of the sentence's last event before the "and".
        """
        words_start = self._auxiliaries_start(span[0], sentence)
        words = self.flat[words_start : span[0]].split()
        if self.flat[sentence[0] : words_start].rstrip().endswith(" but"):
            # "but" is no auxiliary: the run of auxiliaries starts after it.
            words_start = self.flat.rindex("but", sentence[0], words_start)
            words = ["and", *words]
        # "and" or "but" then an auxiliary, or a cue that is a finite verb itself ("but remains
        # a director"): a verb of its own ("and was replaced"), not an adjective ("the ailing
        # and resigned X").
        # "X will leave his post in January to become governor": a purpose after a departure.
        purpose = words == ["to"] and any(d.type == "office.end" for d in earlier[-1:])
        if not earlier or (words[:1] != ["and"] and not purpose):
            return None
        if not purpose and len(words) < 2 and not finite:
            return None
        before = [d for d in earlier if d.cue[1] <= words_start]
        if not before:
            return None
        last = before[-1]
        reached = max(last.cue[1], last.office.end if last.office else 0)
        if len(self.flat[reached:words_start].split()) > SHARED_SUBJECT_GAP:
            return None  # the clause before "and" is another's
        modality = self._modality(" ".join(words[1:]))
        if modality == "asserted" and _FINITE.isdisjoint(w.casefold() for w in words[1:]):
            modality = last.modality  # "will step down and be succeeded by Y": the "will"'s
        return last.person, modality

    def _title_before(self, person: _Person, sentence: tuple[int, int]) -> _Office | None:
        """The office a title right before a person names: "its chairman, X," "president X"."""
        pattern = self.lexicons.position_pattern
        head = self.flat[sentence[0] : person.start].rstrip().rstrip(",").rstrip()
        if pattern is None or not head:
            return None
        end = sentence[0] + len(head)
        titles = list(pattern.finditer(self.flat, max(sentence[0], end - MAX_TITLE_CHARS), end))
        if not titles or titles[-1].end() != end:
            return None
        name = self.lexicons.position(titles[-1].group())
        if name is None:
            return None
        # The capitalised words right before the title name its organisation ("White House
        # chief of staff X"), but for a marker or a word that opens sentences ("Former").
        words = self.flat[max(sentence[0], titles[-1].start() - 40) : titles[-1].start()].split()
        named: list[str] = []
        for word in reversed(words[-MAX_ORG_PREFIX_WORDS:]):
            if not word[:1].isupper() or word in _SENTENCE_OPENERS or _TENURE_MARKER.match(word):
                break
            named.insert(0, word)
        organization = " ".join(named).removesuffix("'s") or None
        if organization is None and self.lexicons.kinds.get(name) != "political":
            organization = self._story_organization(sentence)
        return _Office(name, organization, person.end)

    def _apposed_office(self, person: _Person, span: tuple[int, int]) -> _Office | None:
        """The office an apposition between a person and the cue names.

        "X, its president since 1982, resigned": X left the presidency.
        """
        comma = APPOSED_OFFICE.match(self.flat, person.end, span[0])
        if comma is None:
            return None
        office = self._office_after(comma.end(), (comma.end(), span[0]))
        return office if office is not None and office.end < span[0] else None

    def _object_at(self, start: int, sentence: tuple[int, int]) -> _Person | None:
        """The person a cue names after it, a title or a time between allowed.

        "named John Doe", "named former treasurer John Doe", "will elect in April John Doe".
        """
        person = self._person_at(start, sentence) or self._titled_person(start, sentence)
        if person is None:
            inserted = INSERTED_TIME.match(self.flat, start, sentence[1])
            if inserted is not None:
                person = self._person_at(inserted.end(), sentence)
        return person

    def _conjoined_before(self, person: _Person, sentence: tuple[int, int]) -> list[_Person]:
        """The persons listed with a subject before it: "chairman X and treasurer Y resigned".

        Each stands before the next with "and" or a comma between, a title before it allowed.
        """
        found: list[_Person] = []
        start = self._untitled_start(person.start, sentence)
        for _ in range(MAX_LISTED):
            joined = _JOINED_BEFORE.search(self.flat, sentence[0], start)
            other = self._person_ending(joined.start(), sentence) if joined else None
            if other is None:
                # "A, president; B, executive vice president, and C, treasurer, resigned": a
                # list of names each with its title apposed.
                other = self._apposed_member(start, sentence)
            if other is None or other.name == person.name:
                break
            found.append(other)
            start = self._untitled_start(other.start, sentence)
        return found

    def _apposed_member(self, start: int, sentence: tuple[int, int]) -> _Person | None:
        """The name before ``start`` in a list whose members have titles apposed.

        The separator before ``start`` (a comma or semicolon, "and"), a title of at most
        MAX_TITLE_WORDS words, its comma, and the name before it.
        """
        pattern = self.lexicons.position_pattern
        joined = _LISTED_BEFORE.search(self.flat, sentence[0], start)
        if pattern is None or joined is None:
            return None
        comma = self.flat.rfind(",", sentence[0], joined.start())
        title = self.flat[comma + 1 : joined.start()]
        if comma < 0 or not 0 < len(title.split()) <= MAX_TITLE_WORDS:
            return None
        if pattern.search(title) is None or _LIST_BREAK.search(title):
            return None  # no title, or no single one: "said on Monday that"
        return self._person_ending(comma, sentence)

    def _untitled_start(self, start: int, sentence: tuple[int, int]) -> int:
        """Where a name's title before it starts ("chief executive officer X"), else the name's."""
        pattern = self.lexicons.position_pattern
        head = self.flat[sentence[0] : start].rstrip()
        if pattern is None or not head:
            return start
        titles = list(pattern.finditer(self.flat, max(sentence[0], start - MAX_TITLE_CHARS), start))
        if titles and sentence[0] + len(head) == titles[-1].end():
            return titles[-1].start()
        return start

    def _active(self, cue: Cue, span: tuple[int, int], sentence: tuple[int, int]) -> list[_Draft]:
        """The active frame: "Olin named John Doe president", "elected Jane Doe chairman"."""
        person = self._object_at(span[1], sentence)
        if person is None:
            return self._listed_later(cue, span, sentence)
        office = self._office_after(self._past_apposition(person.end, sentence), sentence)
        if office is None and _NEW_POST.match(self.flat, person.end, sentence[1]):
            # "NAMES ROSENFELD TO NEW POST": a start whose office the story gives later.
            office = _Office("", self._story_organization(sentence), person.end)
        successor = _AS_SUCCESSOR.match(self.flat, person.end, sentence[1]) if not office else None
        if successor is not None:
            # "named John Smith as his successor": a start after the one the owner is.
            owner = self._person_ending(successor.end("owner"), sentence)
            if owner is None or owner.name == person.name:
                return []
            modality = self._modality_before(span[0], sentence)
            return [_Draft(cue.type, person, span, sentence, None, owner, modality)]
        if office is None:
            return self._objects_sharing(cue, span, sentence, person)
        if office.organization is None and _ITS.search(self.flat, person.end, office.end):
            # "Acme named X as its chief executive": "its" is the subject's.
            subject = _SUBJECT_NAME.search(self.flat, sentence[0], span[0])
            if subject is not None and not _overlaps(
                [(p.start, p.end) for p in self.people], *subject.span("org")
            ):
                office = attrs.evolve(office, organization=subject.group("org"))
        modality = self._modality_before(span[0], sentence)
        drafts = [_Draft(cue.type, person, span, sentence, office, modality=modality)]
        drafts.extend(
            _Draft(cue.type, person, where, sentence, second, modality=modality,
                   also=second.position)
            for second, where in self._second_office(office, sentence)
        )  # fmt: skip
        # "appointed X as chairman and Y as president": each person named gets the event.
        while (joined := _AND_LATER.match(self.flat, office.end, sentence[1])) is not None:
            other = self._person_at(joined.end(), sentence)
            if other is None:
                break
            office = self._office_after(other.end, sentence)
            if office is None:
                break
            drafts.append(_Draft(cue.type, other, span, sentence, office, modality=modality))
        return drafts

    def _objects_sharing(
        self, cue: Cue, span: tuple[int, int], sentence: tuple[int, int], first: _Person
    ) -> list[_Draft]:
        """Objects listed before the one office they share: "elected A and B to its board"."""
        people = [first]
        at = first.end
        while len(people) < MAX_LIST:
            separator = LIST_SEPARATOR.match(self.flat, at, sentence[1])
            other = self._person_at(separator.end(), sentence) if separator else None
            if other is None:
                break
            people.append(other)
            at = other.end
        office = None
        if len(people) > 1:
            office = self._office_after(at, sentence) or self._plural_office(at, sentence)
        if office is None:
            return []
        modality = self._modality_before(span[0], sentence)
        return [_Draft(cue.type, one, span, sentence, office, modality=modality) for one in people]

    def _listed_later(
        self, cue: Cue, span: tuple[int, int], sentence: tuple[int, int]
    ) -> list[_Draft]:
        """Offices given to people a list names after the count: "elected three directors.

        They are A, B and C", "named the following officers: A, president; B, treasurer".
        Each person gets the event, with the office the list gives them or the counted one.
        """
        counted = COUNTED_OFFICES.match(self.flat, span[1], sentence[1])
        if counted is None:
            # "elected a new board consisting of A, B and C": each a board member.
            board = BOARD_OF_PEOPLE.match(self.flat, span[1], sentence[1])
            position = self.lexicons.position(board.group("office")) if board else None
            if board is None or position is None:
                return []
            seat = _Office(position, self._story_organization(sentence), board.end("office"))
            modality = self._modality_before(span[0], sentence)
            return self._list_at(board.end(), cue, span, sentence, seat, modality)
        words = counted.group("office").split()
        office = self._office_after(counted.start("office"), sentence)
        if office is None or office.end < counted.end("office") - 1:
            # The plural's singular: "directors" is "director", "vice presidents" "vice
            # president"; a noun no office spells ("officers") lends each person none.
            singular = self.lexicons.position(" ".join([*words[:-1], words[-1][:-1]]))
            office = _Office(singular, self._story_organization(sentence), counted.end()) if (
                singular
            ) else None  # fmt: skip
        opened = LIST_OPENS.match(self.flat, counted.end(), counted.end() + MAX_TITLE_CHARS)
        if opened is None:
            return []
        modality = self._modality_before(span[0], sentence)
        return self._list_at(opened.end(), cue, span, sentence, office, modality)

    def _list_at(
        self,
        at: int,
        cue: Cue,
        span: tuple[int, int],
        sentence: tuple[int, int],
        office: _Office | None,
        modality: str,
    ) -> list[_Draft]:
        """A draft for each person of a list at ``at``.

        Each with the office written after the name ("A, president; B, treasurer"), else
        ``office``.
        """
        # The list may run into the sentence after the cue's ("... directors. They are A, B").
        stop = min(len(self.flat), at + REACH)
        drafts: list[_Draft] = []
        for _ in range(MAX_LIST):
            person = self._person_at(at, (at, stop))
            if person is None and drafts:
                # The item before ran on past its office: "A, chairman and the chief executive
                # of X Co, and B": the next name stands after the item's last comma.
                person = self._person_after_comma(at, stop)
            if person is None:
                break
            own = None
            at = person.end
            apposed = LIST_ITEM_OFFICE.match(self.flat, at, stop)
            if apposed is not None:
                own = self._office_after(apposed.end(), (at, stop))
                at = own.end if own is not None else at
            drafts.append(
                _Draft(cue.type, person, span, (sentence[0], at), own or office, modality=modality)
            )
            separator = LIST_SEPARATOR.match(self.flat, at, stop)
            if separator is None:
                break
            at = separator.end()
        return drafts

    def _person_after_comma(self, at: int, stop: int) -> _Person | None:
        """The person named right after the next comma (and an "and"), within a list item."""
        end = min(stop, at + MAX_TITLE_CHARS)
        comma = self.flat.find(",", at, end)
        if comma < 0 or any(mark in self.flat[at:comma] for mark in ".;:"):
            return None
        separator = LIST_SEPARATOR.match(self.flat, comma, stop)
        return self._person_at(separator.end(), (comma, stop)) if separator else None

    def _candidates(
        self, cue: Cue, span: tuple[int, int], sentence: tuple[int, int]
    ) -> list[_Draft]:
        """The persons a speculation names after its cue, each a possible start.

        "Other candidates include A, B and C", "One possibility is Secretary of State X": every
        person of the rest of the sentence, but those after a preposition ("an aide to
        X"); titles and appositions may stand between them.
        """
        drafts: list[_Draft] = []
        # The list ends where a relative clause opens: "X, whose experience under Y ...".
        relative = _RELATIVE_INSIDE.search(self.flat, span[1], sentence[1])
        stop = relative.start() if relative is not None else sentence[1]
        index = bisect.bisect_left(self.person_starts, span[1])
        while index < len(self.people) and len(drafts) < MAX_LIST:
            person = self.people[index]
            index += 1
            if person.start >= stop or person.end > stop:
                break
            before = self.flat[max(span[1], person.start - 12) : person.start].split()
            if before and before[-1].casefold() in _PREPOSITIONS | {"under", "about"}:
                continue
            written = self.flat[person.start : person.end]
            if (
                written.casefold() in _PRONOUNS
                or self.lexicons.position(written.split()[-1]) is not None  # "Secretary"
                or any(d.person.name == person.name for d in drafts)
            ):
                continue
            drafts.append(_Draft(cue.type, person, span, sentence, modality="possible"))
        return drafts

    def _taken_by(
        self, cue: Cue, span: tuple[int, int], sentence: tuple[int, int], earlier: list[_Draft]
    ) -> list[_Draft]:
        """A start whose person is the agent: "his duties will be assumed by chairman X".

        The office and the one replaced are those of the sentence's end before it ("Y
        resigned as president and his responsibilities will be assumed by X").
        """
        by = _BY.match(self.flat, span[1] + 1, sentence[1])
        ended = [d for d in earlier if d.type == "office.end"]
        if by is None or not ended:
            return []
        person = self._object_at(by.end(), sentence)
        before = ended[-1]
        if person is None or person.name == before.person.name:
            return []
        modality = self._modality_before(span[0], sentence)
        start = _Draft(cue.type, person, span, sentence, before.office, before.person, modality)
        if before.partner is None:
            start.partner, before.partner = before, start
        return [start]

    def _inverted(self, cue: Cue, span: tuple[int, int], sentence: tuple[int, int]) -> list[_Draft]:
        """A passive whose subjects follow it: "Named to the board were A, B and C"."""
        office = self._office_after(span[1], sentence)
        if office is None:
            return []
        verb = INVERTED_BE.match(self.flat, office.end, sentence[1])
        if verb is None:
            return []
        modality = self._modality_before(span[0], sentence)
        return self._list_at(verb.end(), cue, span, sentence, office, modality)

    def _succeed(
        self,
        cue: Cue,
        span: tuple[int, int],
        sentence: tuple[int, int],
        earlier: list[_Draft],
    ) -> list[_Draft]:
        """A succession, "X will succeed Y as chief executive": X starts, Y ends, linked."""
        word = self.flat[span[0] : span[1]].casefold()
        if word in ("succeeded", "replaced") and self._passive_before(span[0], sentence):
            return self._succeeded_by(cue, span, sentence, earlier)
        predecessor = self._person_at(span[1], sentence) or self._titled_person(span[1], sentence)
        if predecessor is None:
            # "succeed the ailing and resigned X", "replace the retiring X".
            described = DESCRIBED_PERSON.match(self.flat, span[1], sentence[1])
            if described is not None and not _PREPOSITIONS.intersection(
                described.group().casefold().split()
            ):
                predecessor = self._person_at(described.end(), sentence)
        if predecessor is None:
            return []
        subject = None if word in _PARTICIPLES else self._subject(span[0], sentence)
        clause: _Draft | None = None
        if subject is None:
            # A participle ("X was elected president, succeeding Y") adds the one replaced to
            # the clause's own start.
            before = [d for d in earlier if d.type in _STARTS]
            if not before:
                # "..., succeeding Y": the one replaced ends, whether or not the clause's own
                # start was read (a misspelt verb, a title alone).
                if "," in self.flat[span[1] : predecessor.start]:
                    return []  # "in succeeding years, X": no one replaced
                left = self._office_after(predecessor.end, sentence)
                # No clause's verb to take the tense of: the words before it give the modality.
                words = self._modality(self.flat[sentence[0] : span[0]])
                return [_Draft("office.end", predecessor, span, sentence, left, None, words)]
            clause = before[-1]
            person, modality = clause.person, clause.modality
            office: _Office | None = clause.office
        else:
            person, modality = subject
            office = None
            passive = _PASSIVE_TO_AT_END.search(self.flat, person.end, span[0])
            if passive is not None:
                # "X was hired to replace Y": the hiring is the start, in its own tense.
                modality = self._modality(self.flat[person.end : passive.start("participle")])
            chosen = _CHOSEN_BEFORE.search(self.flat, sentence[0], person.start)
            if chosen is not None and self.flat[sentence[0] : span[0]].rstrip().endswith(" to"):
                # "named X to replace him": the naming is the start, in its own tense.
                modality = self._modality_before(chosen.start(), sentence)
        office = self._office_after(predecessor.end, sentence) or office
        lead = self.flat[max(sentence[0], person.start - MAX_TITLE_CHARS) : person.start]
        if office is None and clause is None and not _TENURE_MARKER.search(lead):
            # "Oil Minister X, who took over from Y": the title the successor holds now (not a
            # former one: "former Prime Minister X will replace him").
            office = self._title_before(person, sentence)
        if office is None and earlier:
            # The office the sentence's earlier change is about ("X leaves the post of Y, and Z
            # will replace him"), never a tenure it states ("Pope, formerly vice president").
            office = next(
                (d.office for d in reversed(earlier) if d.office is not None and not d.past),
                None,
            )
        pronoun = self.flat[predecessor.start : predecessor.end].casefold() in _PRONOUNS
        ended = [d for d in earlier if d.type == "office.end" and d.person.name != person.name]
        if pronoun and ended and clause is None:
            # "accepted the resignation of Y and named Z to replace him": "him" is the Y whose
            # end the sentence told, not another the pronoun was taken for.
            predecessor = _Person(ended[-1].person.name, predecessor.start, predecessor.end)
            office = office or ended[-1].office
        if person.name == predecessor.name:
            return []
        end = _Draft("office.end", predecessor, span, sentence, office, None, modality,
                     borrowed=True)  # fmt: skip
        if clause is not None:
            clause.predecessor, clause.partner, end.partner = predecessor, end, clause
            return [end]  # the start is the clause's own event already
        start = _Draft(
            self._passive_type(person, span) or cue.type, person, span, sentence, office,
            predecessor, modality,
        )  # fmt: skip
        start.partner, end.partner = end, start
        return [start, end]

    def _passive_type(self, person: _Person, span: tuple[int, int]) -> str | None:
        """The type a passive cue before "to succeed" gives the start.

        "X was nominated to succeed Y" is a nomination, "X was elected to succeed Y" an
        election.
        """
        for word in self.flat[person.end : span[0]].split():
            cue = self.lexicons.cue(word.strip(","))
            if cue is not None and cue.frame == "passive":
                return cue.type
        return None

    def _nominal(self, cue: Cue, span: tuple[int, int], sentence: tuple[int, int]) -> list[_Draft]:
        """A noun of change: "Regan's departure", "the nomination of Robert Gates as director".

        The holder stands before the noun as a possessive (a name with "'s", "his", "her"; a
        few adjectives between: "the abrupt exit of", "his planned retirement") or after it,
        after "of". A withdrawn nomination is a negated one.
        """
        holder = None
        possessive = _POSSESSIVE_BEFORE.search(self.flat, sentence[0], span[0])
        if possessive is not None:
            holder = self._person_ending(possessive.start("owner_end"), sentence)
            marked = self.flat[possessive.start("owner_end") : possessive.end()].lstrip()[:1]
            if (
                holder is not None
                and marked not in ("'", "’")
                and self.flat[holder.start : holder.end].casefold() not in _PRONOUNS
                and not _WITHDRAWN.search(self.flat, sentence[0], sentence[1])
            ):
                # "the Gates nomination could be in difficulty": a name before the noun names
                # the matter talked of; its withdrawal is an event ("withdrew the Gates
                # nomination"), as "Gates's nomination" and "the nomination of Gates" are.
                holder = None
            whose = _WHOSE_AT_END.search(self.flat, sentence[0], possessive.start("owner_end"))
            if holder is None and whose is not None:
                # "Howard Baker, whose appointment as chief of staff ...": the one before "whose".
                holder = self._person_ending(whose.start(), sentence)
        after = span[1]
        of = _OF_AFTER.match(self.flat, span[1], sentence[1])
        if self.flat[span[0] : span[1]].casefold() in _DEATH_NOUNS:
            # A death ends an office only when the text says which: "the death of former
            # chairman X", not "the death of his wife".
            holder = self._titled_person(of.end(), sentence) if of is not None else None
            if holder is None:
                return []
            return [_Draft(cue.type, holder, span, sentence, modality="asserted")]
        if holder is None and of is not None:
            holder = self._person_at(of.end(), sentence) or self._titled_person(of.end(), sentence)
            after = holder.end if holder is not None else after
        if holder is None and _WITHDRAWN_FROM.search(self.flat, sentence[0], span[0]):
            # "X asked that his name be withdrawn from nomination": the one withdrawn is the
            # last person named before it.
            index = bisect.bisect_right(self.person_ends, span[0]) - 1
            if index >= 0 and self.people[index].start >= sentence[0]:
                holder = self.people[index]
        if holder is None:
            return []
        office = self._office_after(after, sentence) if _AS_AFTER.match(
            self.flat, after, sentence[1]
        ) else None  # fmt: skip
        if office is None and of is not None and holder.start > of.end():
            # "the resignation of president Tom Brown": the title before the name.
            office = self._title_before(holder, (of.end(), sentence[1]))
        if cue.type == "office.nominate" and _WITHDRAWN.search(self.flat, sentence[0], sentence[1]):
            modality = "negated"
        else:
            # A noun carries no tense: the verb the sentence says of it does ("his departure
            # would undermine ...": possible; "Regan's departure appeared imminent": expected).
            # A verb of its own after "and" is another predicate: "X's contract expires in
            # June and will not be renewed" negates the renewal, not the expiry.
            second = _AND_PREDICATE.search(self.flat, span[1], sentence[1])
            stop = second.start() if second is not None else sentence[1]
            said = " ".join(self.flat[span[1] : stop].split()[:NOMINAL_REACH])
            modality = self._modality(said, _NOMINAL_MODALITY_WORDS)
        drafts = [_Draft(cue.type, holder, span, sentence, office, modality=modality)]
        if self.flat[span[1] - 1 : span[1]] == "s" and of is not None:
            # "the resignations of A and B": a plural noun, each holder named after "of".
            at = holder.end
            while (joined := LIST_SEPARATOR.match(self.flat, at, sentence[1])) is not None:
                other = self._person_at(joined.end(), sentence)
                if other is None:
                    break
                drafts.append(_Draft(cue.type, other, span, sentence, office, modality=modality))
                at = other.end
        return drafts

    def _passive_before(self, cue_start: int, sentence: tuple[int, int]) -> bool:
        """Whether a form of "be" stands among the auxiliaries right before a cue."""
        words = self.flat[self._auxiliaries_start(cue_start, sentence) : cue_start]
        return not _BE_FORMS.isdisjoint(words.casefold().split())

    def _succeeded_by(
        self, cue: Cue, span: tuple[int, int], sentence: tuple[int, int], earlier: list[_Draft]
    ) -> list[_Draft]:
        """A passive succession, "X is succeeded as president by Y": X ends, Y starts."""
        subject = self._subject(span[0], sentence) or self._shared_subject(span, sentence, earlier)
        by = _BY.search(self.flat, span[1], sentence[1])
        if subject is None or by is None:
            return []
        # "was replaced by deputy governor John Crow": a title may stand before the name.
        successor = self._person_at(by.end(), sentence) or self._titled_person(by.end(), sentence)
        if successor is None or successor.name == subject[0].name:
            return []
        person, modality = subject
        office = self._office_after(span[1], sentence)
        if office is None:
            # "X will be replaced by Y as chief executive": the office after the successor.
            office = self._office_after(self._past_apposition(successor.end, sentence), sentence)
        if office is None:
            # "X stepped down as chairman and was replaced by Y": the office X left.
            office = next(
                (d.office for d in reversed(earlier) if d.person.name == person.name), None
            )
        lead = self.flat[max(sentence[0], person.start - MAX_TITLE_CHARS) : person.start]
        if office is None and not _TENURE_MARKER.search(lead):
            # "central bank governor X was replaced yesterday by Y": the title X held.
            office = self._title_before(person, sentence)
        start = _Draft(cue.type, successor, span, sentence, office, person, modality)
        end = _Draft("office.end", person, span, sentence, office, None, modality)
        start.partner, end.partner = end, start
        return [end, start]

    def _extend(self, cue: Cue, span: tuple[int, int], sentence: tuple[int, int]) -> list[_Draft]:
        """An extension, "his term was extended", "extended her mandate": whose term it is."""
        before = self.flat[sentence[0] : span[0]].split()[-TERM_REACH:]
        after = self.flat[span[1] : sentence[1]].split()[:TERM_REACH]
        near = [w.strip(",.;:").casefold() for w in (*before, *after)]
        if not TERM_NOUNS.intersection(near):
            return []  # "an extended session": no term, no extension
        # The holder: the possessor before the noun ("His initial term", "Stoltenberg's term")
        # or after it ("extended the term of X").
        holder = self._holder(span, sentence)
        if holder is None:
            return []
        modality = self._modality_before(span[0], sentence)
        return [_Draft(cue.type, holder, span, sentence, None, modality=modality)]

    def _helm(
        self,
        cue: Cue,
        person: _Person,
        modality: str,
        span: tuple[int, int],
        sentence: tuple[int, int],
    ) -> list[_Draft]:
        """At the helm: kept there "for an additional period", an extension; else the cue's.

        "X at the helm of Y" is a tenure, "X took the helm at Y" a start.
        """
        organization = self._organization_after(span[1], sentence)
        office = _Office("", organization, span[1]) if organization else None
        kept = KEEP_BEFORE.search(self.flat, sentence[0], person.start)
        further = PERIOD_AFTER.match(self.flat, span[1], sentence[1]) is not None
        if kept is not None and further:
            # The modality is the keeping's: "the alliance will keep X at the helm".
            verb = self._modality_before(kept.start(), sentence)
            return [_Draft("office.extend", person, span, sentence, office, modality=verb)]
        return [_Draft(cue.type, person, span, sentence, office, modality=modality)]

    def titled_tenures(
        self, drafts: Sequence[_Draft], skip: Callable[[int, int], object] | None
    ) -> list[_Draft]:
        """Tenures stated by a title before a name, once per person and office.

        "NATO Secretary General Jens Stoltenberg", "former Dutch Prime Minister Mark Rutte",
        "MidCon chairman O.C. Davis": the mention's stated role names an office.
        """
        pattern = self.lexicons.position_pattern
        if pattern is None:
            return []
        seen = {
            self._told(d.person, d.office.position if d.office else None, d.past) for d in drafts
        }
        found: list[_Draft] = []
        for mention in self.mentions:
            if mention.kind != "person" or not mention.role or not mention.entity:
                continue
            if _no_name(mention.entity):
                continue  # a mention cut to a rank: "Vice Adm" of "Vice Adm. John Poindexter"
            if skip is not None and skip(mention.start, mention.end):
                continue
            role = mention.role
            match = _last_match(pattern, role)
            if match is None or match.end() < len(role.rstrip(" ,")):
                continue  # the office must close the role: "chairman's wife" is no office
            # The role must stand written right before the name (not only be known for the
            # person: "his" takes its entity's role), and the marker may stand in the role or
            # right before it, where the mentions stage left it out ("former German X").
            lead = self.flat[max(0, mention.start - len(role) - MARKER_REACH) : mention.start]
            if not " ".join(lead.split()).endswith(" ".join(role.split())):
                continue
            glued = _GLUED_EX.search(lead.rstrip()) if "ex-" in lead else None
            if glued is not None and self.lexicons.position(glued.group("title")) is not None:
                continue  # "ex-prime minister X": a glued office, read with its marker below
            marker = _TENURE_MARKER.search(role[: match.start()]) or _TENURE_MARKER.search(
                lead[: max(0, len(lead) - len(role))] + " " + role[: match.start()]
            )
            if marker is None:
                continue  # a bare title is a mention: "Chairman John Smith said"
            position = self.lexicons.position(match.group())
            person = _Person(mention.entity, mention.start, mention.end)
            told = self._told(person, position, _marker_kind(marker.group())[0] == "former")
            if position is None or told in seen:
                continue
            seen.add(told)
            before = role[: match.start()].split(marker.group(), 1)[-1]
            position, organization = _title_parts(before, position, self.lexicons)
            office = _Office(position, organization, mention.end)
            reach = max(0, mention.start - len(role) - MARKER_REACH)
            at = self.flat.rfind(marker.group(), reach, mention.start)
            found.append(_marked(marker.group(), person, office, at if at >= 0 else None))
        found.extend(self._titles_before_names(seen, skip))
        found.extend(self._appositions(seen, skip))
        found.extend(self._additions(seen, skip))
        found.extend(self._relations(skip))
        # "former chief of staff X, who resigned", "the death of former chairman X": the past
        # title is the end's office, not a tenure of its own.
        ended = {d.person.start: d for d in drafts if d.type == "office.end"}
        kept = []
        for draft in found:
            end = ended.get(draft.person.start) if draft.past else None
            if end is None:
                kept.append(draft)
            elif end.office is None or not end.office.position:
                end.office = draft.office
        return kept

    def _titles_before_names(
        self, seen: set[_Told], skip: Callable[[int, int], object] | None
    ) -> list[_Draft]:
        """Marked titles written right before a name the mentions stage gave no role.

        "former Texas Sen. John Tower", "ex-senator Howard Baker": the title is read here, from
        the text before the name (a marker, a few capitalised words, an office).
        """
        pattern = self.lexicons.position_pattern
        if pattern is None:
            return []
        found: list[_Draft] = []
        for person in self.people:
            written = self.flat[person.start : person.end]
            if written.casefold() in _PRONOUNS or not written[:1].isupper():
                continue
            lead_start = max(0, person.start - MAX_TITLE_CHARS)
            head = self.flat[lead_start : person.start].rstrip()
            lowered = head.casefold()
            if not any(stem in lowered for stem in _MARKER_STEMS):
                continue  # no marker near: most names, settled without the patterns
            set_off = head.endswith(",") and not head.endswith(("and,", "or,"))
            if set_off:
                # "Acme's former president, Harvey Lyon,": the title set off before the name.
                head = head[:-1].rstrip()
                lowered = head.casefold()
            glued = _GLUED_EX.search(head) if "ex-" in lowered else None
            if glued is not None and self.lexicons.position(glued.group("title")) is not None:
                # "ex-senator Howard Baker": the office glued to its marker, which the office
                # pattern, reading whole words, does not see.
                position = self.lexicons.position(glued.group("title"))
                if self._told(person, position, True) not in seen and not (
                    skip is not None and skip(person.start, person.end)
                ):
                    seen.add(self._told(person, position, True))
                    office = _Office(str(position), None, person.end)
                    found.append(_marked("ex-", person, office, lead_start + glued.start()))
                continue
            titles = list(pattern.finditer(self.flat, lead_start, lead_start + len(head)))
            head_end = lead_start + len(head)
            owner = None
            if titles and set_off and titles[-1].end() < head_end:
                # "The former president of Acme, Harvey Lyon,": the title's organisation after
                # it, up to the comma that sets the title off.
                after = AFTER_OFFICE_ORG.match(self.flat, titles[-1].end(), head_end)
                if after is not None and after.end() == head_end:
                    owner = after.group("org")
            if titles and (titles[-1].end() == head_end or owner is not None):
                title_start = titles[-1].start()
                position = self.lexicons.position(titles[-1].group())
            else:
                # "new White House chief X", "ex-CIA chief X", "then-NSC aide X": a generic
                # head no entry of the lexicon is, after a marker and an organisation's name.
                generic = _GENERIC_HEAD.search(self.flat, lead_start, lead_start + len(head))
                if generic is None:
                    continue  # no office right before the name
                title_start, position = generic.start(), generic.group()
            marked = _MARKED_TITLE_LEAD.search(self.flat, lead_start, title_start)
            if marked is None:
                continue  # a bare title is a mention
            if any(
                word in _GRAMMAR_WORDS or _NOT_MODIFIER.match(word)
                for word in marked.group("modifiers").split()
            ):
                continue  # "former aides told chairman X": the marker is another clause's
            told = self._told(person, position, _marker_kind(marked.group("marker"))[0] == "former")
            if position is None or told in seen:
                continue
            if skip is not None and skip(person.start, person.end):
                continue
            seen.add(told)
            before = self.flat[marked.end("marker") : title_start]
            position, organization = _title_parts(before, position, self.lexicons)
            office = _Office(position, organization or owner, person.end)
            found.append(_marked(marked.group("marker"), person, office, marked.start("marker")))
        return found

    def _appositions(
        self, seen: set[_Told], skip: Callable[[int, int], object] | None
    ) -> list[_Draft]:
        """Tenures stated by an apposition: "Jens Stoltenberg, director-general of NATO,".

        A marked one ("X, former chairman of Y,", "X, now the director of Y,", and a second
        marked office after it: "..., and now vice-chairman of Z"), or one whose office a
        tenure's time follows ("X, Italy's prime minister for 3-1/2 years,", "X, Treasury
        Secretary during Reagan's first term,"); a bare one is a mention.
        """
        found: list[_Draft] = []
        for person in self.people:
            match = APPOSITION.match(self.flat, person.end, person.end + MAX_TITLE_CHARS)
            if match is None or (match.group("marker") is None and "," not in match.group()):
                continue
            if skip is not None and skip(person.start, match.end()):
                continue
            marker = match.group("marker")
            tenure = self._apposed_tenure(person, match.end(), marker)
            if tenure is None:
                continue
            office, past, closed_at = tenure
            if office.organization is None and match.group("owner"):
                office = attrs.evolve(office, organization=match.group("owner"))
            timed = _TENURE_TIME.match(self.flat, closed_at)
            if marker is None and not timed:
                continue  # a bare apposition is a mention: "John Smith, president of Acme,"
            span = (person.start, person.end)
            if self._told(person, office.position, past) not in seen:
                seen.add(self._told(person, office.position, past))
                # The clause runs to the time that closes it: "president since 1985".
                clause_end = office.end
                if timed is not None:
                    comma = self.flat.find(",", timed.end(), timed.end() + MAX_TITLE_CHARS)
                    clause_end = comma if comma >= 0 else timed.end()
                # "X, the new treasurer,": a start; "X, the newly elected mayor,": an election.
                kind = _MARKED_TYPES.get(_marker_kind(marker)[0]) if marker else None
                found.append(
                    _Draft(kind or "office.hold", person, span, (person.start, clause_end),
                           office, past=past)
                )  # fmt: skip
            also = _AND_MARKED.match(self.flat, closed_at, closed_at + MAX_TITLE_CHARS)
            if also is None:
                continue
            second = self._apposed_tenure(person, also.end(), also.group("marker"))
            if second is not None and self._told(person, second[0].position, second[1]) not in seen:
                seen.add(self._told(person, second[0].position, second[1]))
                found.append(
                    _Draft("office.hold", person, span, (person.start, second[0].end), second[0],
                           past=second[1])
                )  # fmt: skip
        return found

    def _additions(
        self, seen: set[_Told], skip: Callable[[int, int], object] | None
    ) -> list[_Draft]:
        """Holds stated beside a new post: "in addition to his duties as treasurer"."""
        found: list[_Draft] = []
        starts = {person.start: person for person in self.people}
        for placed in in_addition(self.flat):
            person = starts.get(placed.owner[0])
            if person is None or (
                skip is not None and skip(placed.evidence_start, placed.office_at)
            ):
                continue
            stop = self._sentence_end(placed.office_at)
            office = self._office_after(placed.office_at, (placed.office_at, stop))
            # Not checked against ``seen``: the new post is often the same title of
            # another unit ("named president of X in addition to his role as president of Y").
            if office is None:
                continue
            seen.add(self._told(person, office.position))
            office = self._conjoined_titles(office)
            span = (person.start, person.end)
            clause = (placed.evidence_start, office.end)
            draft = _Draft("office.hold", person, span, clause, office)
            draft.evidence_start = placed.evidence_start
            found.append(draft)
        return found

    def _sentence_end(self, at: int) -> int:
        """Where the sentence holding ``at`` ends (the next one's start, or the text's end)."""
        later = bisect.bisect_right(self.sentence_starts, at)
        return self.sentence_starts[later] if later < len(self.sentence_starts) else len(self.flat)

    def _relations(self, skip: Callable[[int, int], object] | None) -> list[_Draft]:
        """Successions told by a noun of relation: "his successor, X", "Y's predecessor X".

        A successor starts (the owner the one replaced), a predecessor ends.
        """
        found: list[_Draft] = []
        starts = {person.start: person for person in self.people}
        for relation in relations(self.flat):
            if skip is not None and skip(relation.evidence_start, relation.person_at):
                continue
            sentence = (relation.evidence_start, self._sentence_end(relation.person_at))
            person = self._person_at(relation.person_at, sentence)
            if person is None:
                continue
            # The owner alone, not a mention of the whole phrase ("her predecessor", which
            # coreference may give the person named after it).
            owner = starts.get(relation.owner[0])
            if owner is None or owner.end != relation.owner[1]:
                owner = self._person_ending(relation.owner[1], relation.owner)
            if owner is not None and owner.name == person.name:
                owner = None
            kind = "office.start" if relation.noun == "successor" else "office.end"
            clause = (relation.evidence_start, person.end)
            draft = _Draft(kind, person, (person.start, person.end), clause)
            draft.evidence_start = relation.evidence_start
            draft.modality = "possible" if relation.hedged else "asserted"
            if kind == "office.start":
                draft.predecessor = owner
            found.append(draft)
        return found

    def _apposed_tenure(
        self, person: _Person, at: int, marker: str | None
    ) -> tuple[_Office, bool, int] | None:
        """The office an apposition names at ``at``, whether it is over, and where it closes.

        It must close: at a comma or a stop, at a tenure's time ("for 3-1/2 years"), or at a
        second marked office ("and now chairman of Y").
        """
        office = self._office_after(at, (person.start, len(self.flat)))
        if office is None:
            return None
        office = self._conjoined_titles(office)
        past = marker is not None and _marker_kind(marker)[0] == "former"
        closed_at = office.end
        if office.organization is not None:
            # Past the organisation's name, however long: "of the Institute for ...".
            reach = office.end + 40 + len(office.organization)
            found = self.flat.find(office.organization, office.end, reach)
            closed_at = found + len(office.organization) if found >= 0 else closed_at
        closing = self.flat[closed_at : closed_at + 2].lstrip()[:1]
        if closing in (",", ".", "(", ";", "") or (
            marker is not None and _RELATIVE_AFTER.match(self.flat, closed_at)
        ):
            # "X, the former executive and Treasury secretary who has been ...": a relative
            # clause closes a marked apposition too.
            return office, past, closed_at
        tail = _UNIT_TAIL.match(self.flat, closed_at)
        if tail is not None and marker is not None:
            # "a former director of the Office of Management and Budget in the Reagan
            # administration,": a few words of where, then the comma.
            return office, past, tail.end()
        timed = _TENURE_TIME.match(self.flat, closed_at)
        if timed is not None:
            during = self.flat[closed_at:].lstrip().casefold().startswith("during")
            return office, past or during or timed.group("over") is not None, closed_at
        if _AND_MARKED.match(self.flat, closed_at):
            return office, past, closed_at
        return None  # the apposition must close: "X, president of Y, said"

    def _conjoined_titles(self, office: _Office) -> _Office:
        """An office reaching over the titles conjoined after it, one office of one holder.

        "former executive vice president and chief financial officer of X": the organisation
        after the last title is the office's.
        """
        pattern = self.lexicons.position_pattern
        end = office.end
        while pattern is not None and (joined := _AND.match(self.flat, end)) is not None:
            title = pattern.match(self.flat, joined.end())
            if title is None:
                break
            end = title.end()
        if end == office.end:
            return office
        organization = self._organization_after(end, (end, len(self.flat)))
        return _Office(office.position, organization or office.organization, end)

    def _told(self, person: _Person, position: str | None, past: bool = False) -> _Told:
        """What makes two tellings of a tenure one: person, office, sentence, past or not.

        A change told twice is two events ("outgoing chairman X" in the lede, "X steps down as
        chairman" later); within one sentence a title and a cue tell it once, but a former
        tenure is not the start of that office again ("X, former vice president of Y, has
        been named vice president").
        """
        sentence = bisect.bisect_right(self.sentence_starts, person.start)
        return person.name, position, sentence, past

    # --- the roles -----------------------------------------------------------------------

    def _subject(self, cue_start: int, sentence: tuple[int, int]) -> tuple[_Person, str] | None:
        """The person a cue's clause is about, before it, and the modality of the words between.

        Only auxiliaries, adverbs and "who" may stand between ("X, who was later named"), and
        one apposition between those and the name ("X, 54, president of Y, will succeed").
        """
        words_start = self._auxiliaries_start(cue_start, sentence)
        modality = self._modality(self.flat[words_start:cue_start])
        end = words_start
        if self.flat[sentence[0] : end].rstrip().endswith(","):
            # "Stoltenberg, who ..." or "Johnstone, 54, president and COO, will ...": the name
            # before the comma, or before an apposition of a few comma-separated parts.
            end = self.flat.rindex(",", sentence[0], end)
            # An infinitive after the apposition ("named X, an associate of Y, to replace him")
            # is the head's, not the apposition's last name's.
            infinitive = self.flat[end + 1 : cue_start].split()[:1] == ["to"]
            words = 0
            for _ in range(MAX_APPOSITION_PARTS + 1):
                person = self._person_ending(end, sentence)
                comma = self.flat.rfind(",", sentence[0], end)
                if person is not None and not (infinitive and self._complement(person, comma)):
                    return person, modality
                part = self.flat[comma + 1 : end].split()
                if part[:1] == ["and"]:
                    return None  # "X, a banker, and his father, retired ...": another's
                words += len(part)
                # A relative clause ("X, who has served in a number of posts since 1972,
                # would ...") runs longer than an apposition does.
                most = (
                    MAX_RELATIVE_WORDS if part[:1] in (["who"], ["whose"]) else MAX_APPOSITION_WORDS
                )
                if comma < 0 or words > most:
                    return None
                end = comma
            return None
        person = self._person_ending(end, sentence)
        return (person, modality) if person is not None else None

    def _complement(self, person: _Person, comma: int) -> bool:
        """Whether a name closing an apposition is a preposition's object inside it.

        "Arthur Culvahouse, an associate of chief Howard Baker, to replace him": Baker stands
        after "of" in the apposition of the subject, who is Culvahouse.
        """
        if comma < 0 or comma >= person.start:
            return False
        words = self.flat[comma + 1 : person.start].casefold().split()
        near = words[-5:]  # "of new White House chief": the title between "of" and the name
        return len(words) > 1 and not _PREPOSITIONS.isdisjoint(near) and "said" not in near

    def _owner_of_intent(
        self, cue_start: int, sentence: tuple[int, int]
    ) -> tuple[_Person, str] | None:
        """The owner of a noun of intent before the cue: "Craxi's plans to resign".

        "his decision to step down" is planned, "her offer to resign" possible, "his refusal
        to resign" negated: the noun gives the modality.
        """
        intent = _INTENT_BEFORE.search(
            self.flat, max(sentence[0], cue_start - MAX_TITLE_CHARS), cue_start
        )
        if intent is None:
            return None
        owner = self._person_ending(intent.start(), sentence)
        if owner is None:
            return None
        return owner, _INTENT_MODALITY.get(intent.group("noun").casefold(), "planned")

    def _bare_surname(
        self, cue_start: int, sentence: tuple[int, int]
    ) -> tuple[_Person, str] | None:
        """A capitalised word alone as the subject, a surname the story gives no full name for.

        "Cameron resigned as prime minister", "Schantz has served as president": the word is
        taken for a person only when the office after the cue is one of the lexicon's (the
        caller checks), and when it is no organisation's, title's or grammar word.
        """
        words_start = self._auxiliaries_start(cue_start, sentence)
        end = sentence[0] + len(self.flat[sentence[0] : words_start].rstrip())
        word = _WORD_AT_END.search(self.flat, sentence[0], end)
        if word is None or word.group() in _SENTENCE_OPENERS:
            return None
        before = self.flat[max(sentence[0], word.start() - 12) : word.start()].split()[-1:]
        if before and (
            before[0].casefold() in _DETERMINERS | _PREPOSITIONS or before[0][0].isupper()
        ):
            return None  # "a Republican who is chairman", "New Hampshire": no surname alone
        folded = word.group().casefold()
        if folded in _GRAMMAR_WORDS or folded in self.lexicons.phrase_words:
            return None
        if folded in _CALENDAR_WORDS or any(
            m.start <= word.start() < m.end or word.group() in m.text.split()
            for m in self.organizations
        ):
            return None  # "Monday", "Acme" of "Acme Corp"
        person = _Person(word.group(), word.start(), word.end())
        return person, self._modality(self.flat[words_start:cue_start])

    def _subject_with_others(
        self, cue_start: int, sentence: tuple[int, int]
    ) -> tuple[_Person, str] | None:
        """A named subject joined with others the text does not name, for a departure.

        "X and four senior vice-presidents resigned", "Prime Minister X and his government
        have resigned": X leaves; the unnamed are no one's event.
        """
        words_start = self._auxiliaries_start(cue_start, sentence)
        reach = max(sentence[0], words_start - MAX_TITLE_CHARS)
        others = _WITH_OTHERS.search(self.flat, reach, words_start)
        if others is None:
            return None
        person = self._person_ending(others.start(), sentence)
        if person is None:
            return None
        return person, self._modality(self.flat[words_start:cue_start])

    def _auxiliaries_start(self, cue_start: int, sentence: tuple[int, int]) -> int:
        """Where the run of auxiliaries and adverbs right before a cue starts."""
        position = cue_start
        while position > sentence[0]:
            head = self.flat[sentence[0] : position].rstrip()
            space = max(head.rfind(" "), -1)
            word = head[space + 1 :]
            named = space >= 0 and word[:1].isupper() and not word.isupper()
            if word.casefold() not in AUXILIARIES and self._passive_to(head, space, position):
                # "X was hired to replace Y": any passive before an infinitive leaves the
                # subject its infinitive's too.
                position = sentence[0] + space + 1
                continue
            if word.casefold() not in AUXILIARIES or named:
                # A capitalised "May" or "Will" inside a sentence is a name's ("Theresa May
                # resigned"); a headline's "WILL" in capitals is still the auxiliary.
                return sentence[0] + len(head)
            position = sentence[0] + space + 1 if space >= 0 else sentence[0]
        return position

    def _passive_to(self, head: str, space: int, position: int) -> bool:
        """Whether the word closing ``head`` is a passive before "to" and a succession's cue.

        "X was hired to replace Y" (not "X was asked to become", a request).
        """
        word = head[space + 1 :]
        if space < 0 or not _PARTICIPLE.fullmatch(word):
            return False
        after = _TO_VERB.match(self.flat, position)
        if after is None:
            return False
        cue = self.lexicons.cue(after.group("verb"))
        if cue is None or cue.frame != "succeed":
            return False
        before = head[:space].rstrip().rsplit(None, 1)[-1:]
        return bool(before) and before[0].casefold() in _BE_FORMS

    def _modality_before(self, cue_start: int, sentence: tuple[int, int]) -> str:
        """The modality of the auxiliaries right before a cue."""
        words_start = self._auxiliaries_start(cue_start, sentence)
        return self._modality(self.flat[words_start:cue_start])

    @staticmethod
    def _modality(
        words: str, markers_of: Sequence[tuple[str, frozenset[str]]] = _MODALITY_WORDS
    ) -> str:
        """The modality the first marker among ``words`` states, in ``markers_of``'s order."""
        words = _MONTH_MAY.sub(" ", words)  # "on May 1": a month, no "may" of possibility
        folded = [w.strip(",.;:") for w in words.casefold().replace("n't", " n't").split()]
        for modality, markers in markers_of:
            if markers.intersection(folded):
                return modality
        return "asserted"

    def _person_ending(self, end: int, sentence: tuple[int, int]) -> _Person | None:
        """The person whose name ends right at ``end`` (white space aside), in the sentence.

        A generational suffix may follow the name ("John W. Johnstone Jr"), and the name may
        start in the sentence before (a name the core's reader cut after an initial).
        """
        head = self.flat[sentence[0] : end].rstrip()
        ends = [sentence[0] + len(head)]
        suffix = _SUFFIX_AT_END.search(head)
        if suffix is not None:
            # "Clifford L. Alexander Jr." whose mention is "... Jr" or "... Alexander".
            ends.append(sentence[0] + suffix.start())
            if head.endswith("."):
                ends.append(sentence[0] + len(head) - 1)
        for at in ends:
            index = bisect.bisect_right(self.person_ends, at) - 1
            while index >= 0 and self.people[index].end == at:
                person = self.people[index]
                if person.end > sentence[0]:
                    return person
                index -= 1
        surname = _WORD_AT_END.search(self.flat, sentence[0], ends[-1])
        if surname is not None and surname.group() in self.last_names:
            return _Person(self.last_names[surname.group()], surname.start(), surname.end())
        return None

    def _person_at(self, start: int, sentence: tuple[int, int]) -> _Person | None:
        """The person whose name starts at ``start`` (white space aside), in the sentence."""
        text = self.flat[start : sentence[1]]
        start += len(text) - len(text.lstrip())
        honorific = HONORIFIC.match(self.flat, start, sentence[1])
        if honorific is not None and self._person_at(honorific.end(), sentence) is not None:
            return self._person_at(honorific.end(), sentence)  # "Sir John Harvey-Jones"
        index = bisect.bisect_left(self.person_starts, start)
        if index < len(self.people) and self.people[index].start == start:
            person = self.people[index]
            if person.end <= sentence[1]:
                return person
        surname = _WORD_AT_START.match(self.flat, start, sentence[1])
        if surname is not None and surname.group() in self.last_names:
            return _Person(self.last_names[surname.group()], surname.start(), surname.end())
        return None

    def _titled_person(self, start: int, sentence: tuple[int, int]) -> _Person | None:
        """The person after a title that opens at ``start``: "former exchange president X"."""
        stop = min(sentence[1], start + MAX_TITLE_CHARS)
        index = bisect.bisect_left(self.person_starts, start)
        if index >= len(self.people) or self.people[index].start >= stop:
            return None
        person = self.people[index]
        lead = self.flat[start : person.start]
        if any(mark in lead for mark in ",;:()") or len(lead.split()) > MAX_TITLE_WORDS:
            return None  # not a title standing right before the name
        if lead.split()[:1] and lead.split()[0].casefold() in _PREPOSITIONS:
            return None  # "nominated by President Reagan": the agent, not the one named
        written = self.flat[person.start : person.end]
        if _STOP_INSIDE.search(lead) or written.casefold() in _PRONOUNS:
            return None  # "president of Acme Corp. He ...": a sentence ends, a pronoun opens
        unknown = self.lexicons.unknown_title_pattern
        if unknown is not None and unknown.fullmatch(lead.strip()):
            return person  # "sacked manager John Doe": a title the lexicon does not spell
        pattern = self.lexicons.position_pattern
        if pattern is None:
            return None
        titles = list(pattern.finditer(lead))
        if not titles or titles[-1].end() != len(lead.rstrip()):
            # The title must close the lead, right before the name: "named president of Acme
            # and Mary Jones was named ..." names no Mary Jones president.
            return None
        words = lead[: titles[-1].start()].split()
        if any(
            word.casefold() in _PREPOSITIONS and words[at - 1][:1].islower()
            for at, word in enumerate(words[1:], 1)
        ):
            # "reappointed finance minister in Chancellor Kohl's cabinet": a phrase of its
            # own before the title, not Kohl; an organisation's "of" stays ("Bureau of ...").
            return None
        return person

    def _past_apposition(self, position: int, sentence: tuple[int, int]) -> int:
        """Past an age or apposition after a name, to the office it names.

        "John Doe, 54, president" reads "president"; "Frederick H. Goldberger, a business
        consultant, to be president" and "Bruno Riverin, president of X, as its new president"
        read the office after the apposition, which describes the person as they were.
        """
        hometown = _HOMETOWN.match(self.flat, position, sentence[1])
        if hometown is not None:
            return hometown.end()  # "elected Tom Miller of Maricopa, Ariz as the new president"
        rest = self.flat[position : sentence[1]]
        if not rest.startswith(","):
            return position
        comma = rest.find(",", 1)
        if comma < 0 or len(rest[1:comma].split()) > MAX_APPOSITION_WORDS:
            return position
        if rest[1:comma].strip().isdigit():
            return position + comma + 1
        marked = APPOSITION.match(rest, 0, comma)
        if marked is not None and marked.group("marker"):
            # "named X, formerly president of Y, vice chairman": the office after a tenure.
            return position + comma + 1
        lead = OFFICE_LEAD.match(rest, comma + 1)
        if lead is not None and lead.group().strip(" ,"):
            return position + comma + 1  # "..., as its new president", "..., to be president"
        return position

    def _holder(self, span: tuple[int, int], sentence: tuple[int, int]) -> _Person | None:
        """Whose term an extension prolongs.

        The person after "the term of" ("extended the term of Mary Smith"), else the owner of
        the term ("his term", "Smith's mandate"), else the nearest person before the cue, or
        after it.
        """
        of = _TERM_OF.search(self.flat, span[1], min(sentence[1], span[1] + MAX_TITLE_CHARS))
        if of is not None:
            person = self._person_at(of.end(), sentence)
            if person is not None:
                return person
        owner = _TERM_OWNER.search(self.flat, max(sentence[0], span[0] - MAX_TITLE_CHARS), span[0])
        if owner is None:
            owner = _TERM_OWNER.search(self.flat, span[1], min(sentence[1], span[1] + 40))
        if owner is not None:
            person = self._person_ending(owner.end("owner"), sentence)
            if person is not None:
                return person
        index = bisect.bisect_right(self.person_ends, span[0]) - 1
        if index >= 0 and self.people[index].start >= sentence[0]:
            return self.people[index]
        index = bisect.bisect_left(self.person_starts, span[1])
        if index < len(self.people) and self.people[index].end <= sentence[1]:
            return self.people[index]
        return None

    def _office_after(self, position: int, sentence: tuple[int, int]) -> _Office | None:
        """The office named right after ``position`` ("as chief executive of Olin Corp")."""
        pattern = self.lexicons.position_pattern
        if pattern is None:
            return None
        lead = OFFICE_LEAD.match(self.flat, position, sentence[1])
        at = lead.end() if lead is not None else position
        match = pattern.match(self.flat, at, sentence[1])
        organization = None
        if match is None:
            # An organisation before the title: "the post of NATO Secretary General", of one
            # to four capitalised words, the fewest that leave a title after them.
            for prefix in _org_prefixes(self.flat, at, sentence[1]):
                match = pattern.match(self.flat, prefix.end(), sentence[1])
                if match is not None:
                    organization = prefix.group("org")
                    break
            else:
                return self._unknown_office(at, sentence)
        name = self.lexicons.position(match.group())
        if name is None:
            return None
        if organization is not None:
            # "former Assistant Secretary of Defense": a rank, no organisation (see roles).
            political = self.lexicons.kinds.get(name) == "political"
            name, words = split_title(organization.split(), name, political)
            organization = " ".join(words) or None
        end = match.end()
        organization = organization or self._organization_after(end, sentence)
        if organization is None and lead is not None and lead.group("joined"):
            organization = lead.group("joined")  # "joined Acme Corp as president"
        if organization is None and lead is not None and lead.group("member_of"):
            organization = lead.group("member_of")  # "a member of Acme's board"
        if organization is None and self.lexicons.kinds.get(name) != "political":
            # A company's office the sentence does not tie to a name is the company's the
            # story is about: "Acme Corp said John Doe was named president".
            organization = self._story_organization(sentence)
        return _Office(name, organization, end)

    def _office_after_cue(self, span: tuple[int, int], sentence: tuple[int, int]) -> _Office | None:
        """The office right after a cue, or after a time that follows it.

        "resigned as chairman", "resigned last week as chairman".
        """
        office = self._office_after(span[1], sentence)
        if office is None:
            inserted = INSERTED_TIME.match(self.flat, span[1], sentence[1])
            if inserted is not None and inserted.group().rstrip()[-1:] != ",":
                office = self._office_after(inserted.end() - 1, sentence)
        return office

    def _plural_office(self, at: int, sentence: tuple[int, int]) -> _Office | None:
        """The office a plural names for the several persons of a clause: "as directors"."""
        lead = OFFICE_LEAD.match(self.flat, at, sentence[1])
        plural = _PLURAL_OFFICE.match(self.flat, lead.end() if lead else at, sentence[1])
        if plural is None:
            return None
        words = plural.group().split()
        singular = self.lexicons.position(" ".join([*words[:-1], words[-1][:-1]]))
        if singular is None:
            return None
        organization = self._organization_after(plural.end(), sentence)
        return _Office(singular, organization or self._story_organization(sentence), plural.end())

    def _unknown_office(self, at: int, sentence: tuple[int, int]) -> _Office | None:
        """An office the lexicon does not spell, as written: "chief widget officer of Acme"."""
        pattern = self.lexicons.unknown_title_pattern
        match = pattern.match(self.flat, at, sentence[1]) if pattern is not None else None
        words = match.group("title").split()[:-1] if match is not None else []
        if match is None:
            return self._head_of_unit(at, sentence)
        if not all(_may_be_title_word(word, self.lexicons) for word in words):
            return None  # "appointed by the president", "to succeed the director": no title
        end = match.end()
        organization = self._organization_after(end, sentence)
        return _Office(" ".join(match.group("title").split()), organization, end)

    def _head_of_unit(self, at: int, sentence: tuple[int, int]) -> _Office | None:
        """A department's head where a cue names its office: "joined as head of engineering".

        "head" alone names no office ("NATO chief"); with a department in lower case after
        "of", right where the cue's office stands, it is one, as written.
        """
        match = _HEAD_OF_UNIT.match(self.flat, at, sentence[1])
        if match is None:
            return None
        organization = self._story_organization(sentence)
        return _Office(" ".join(match.group("title").split()), organization, match.end())

    def _organization_after(self, position: int, sentence: tuple[int, int]) -> str | None:
        """The organisation named after an office: "of Olin Corp", "of the company"."""
        named = AFTER_OFFICE_ORG.match(self.flat, position, sentence[1])
        if named is not None:
            words = _before_a_break(named.group("org").split())
            while words and words[-1].casefold() in _ORG_TAIL_WORDS:
                words.pop()
            return " ".join(words).rstrip(".,") or None
        generic = GENERIC_ORG.match(self.flat, position, sentence[1])
        if generic is not None:
            return self._story_organization(sentence)
        return None

    def _story_organization(self, sentence: tuple[int, int]) -> str | None:
        """The organisation a sentence's "the company" stands for: its subject, else the story's.

        The organisation named in the sentence (wire copy's "Olin Corp said John Doe was named
        ..."), else the closest one named before it, in mixed case both (a shouted headline's
        is its ticker-laden copy, "OLIN <OLN>").
        """
        for mention in self.organizations:
            if sentence[0] <= mention.start < sentence[1] and _mixed_case(mention.text):
                if self._in_person_apposition(mention.start, sentence):
                    continue  # "X, currently president of Acme, will join the board"
                return mention.entity or mention.text
        before = [m for m in self.organizations if m.end <= sentence[0] and _mixed_case(m.text)]
        if before:
            return before[-1].entity or before[-1].text  # the closest named before the sentence
        return None

    def _in_person_apposition(self, at: int, sentence: tuple[int, int]) -> bool:
        """Whether ``at`` is inside an apposition a comma opens right after a person's name."""
        opening = self.flat.rfind(",", sentence[0], at)
        if opening < 0 or self.flat.find(",", at, sentence[1]) < 0:
            return False
        return any(p.end == opening for p in self.people)


def _last_match(pattern: regex.Pattern[str], text: str) -> regex.Match[str] | None:
    """The last match of ``pattern`` in ``text``: the office that closes a role."""
    matches = list(pattern.finditer(text))
    return matches[-1] if matches else None


def _marker_kind(marker: str) -> tuple[str, str]:
    """What a tenure's marker states: the kind of event and its modality (see _MARKED)."""
    return _MARKED.get(" ".join(marker.casefold().rstrip("- ").split()), ("hold", ""))


def _marked(marker: str, person: _Person, office: _Office, start: int | None = None) -> _Draft:
    """The event a marked title before a name states ("former chairman X": a past tenure).

    ``start`` is where the marker stands, if known: the evidence runs from it to the name.
    """
    kind, modality = _marker_kind(marker)
    span = (person.start, person.end)
    return _Draft(
        _MARKED_TYPES.get(kind, "office.hold"), person, span, span, office,
        modality=modality or "asserted", past=kind == "former",
        evidence_start=start if start is not None and start < person.start else None,
    )  # fmt: skip
