"""Office-holder events from a document's text and the mentions, times and claims found in it.

A cue ("was named", "resigned as", "will succeed", "took over as", "previously served as")
opens an event; its frame (see ``data/office_cues.tsv``) says where the person, the office and
the one replaced stand. The person is a person mention of the mentions stage (with the entity
coreference gave it) or a name read here; the office is read from the positions lexicon right
after the cue (or before it, in a title); its organisation after "of"/"at" or before the title;
the time is the clause's time expression; the modality comes from the words between the person
and the cue ("will", "may", "is expected to", "not"). A title before a name ("NATO Secretary
General Jens Stoltenberg", "former Dutch Prime Minister Mark Rutte") states a tenure too.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator, Sequence

import attrs
import regex

from stoltlib import Claim, Event, Mention, Participant, Span, TimeExpression, TimeRef
from stoltlib.persons import GENERATIONAL_SUFFIXES
from stoltlib.quoting import read
from stoltlib_offices.lexicons import Cue, Lexicons
from stoltlib_offices.patterns import (
    AFTER_OFFICE_ORG,
    AGENT_BEFORE_OFFICE,
    APPOSED_OFFICE,
    APPOSITION,
    ASCII_NAME,
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
    NAME,
    OFFICE_LEAD,
    ORG_NAME,
    ORG_PREFIX,
    PERIOD_AFTER,
    TERM_NOUNS,
)
from stoltlib_offices.roles import split_title
from stoltlib_offices.structures import in_addition, relations

__all__ = ["find_events"]

#: How many words an apposition between a name and its verb may have ("X, 54, president and
#: chief operating officer, will succeed ...").
MAX_APPOSITION_WORDS = 16
#: How many words may stand between a clause's event and the "and" of a verb sharing its subject
#: ("X will retire March 31 and will be succeeded by Y", "... at the end of the year and").
SHARED_SUBJECT_GAP = 6
#: How many words a relative clause there may have ("X, who has served ... since 1972, will").
MAX_RELATIVE_WORDS = 16
#: How many comma-separated parts it may have ("54", "president and chief operating officer").
MAX_APPOSITION_PARTS = 3
#: How long a title before a name may be: "former exchange president Andre Saumier".
MAX_TITLE_WORDS = 6
MAX_TITLE_CHARS = 80
#: How far before a role a tenure's marker may stand ("former " before "German minister").
MARKER_REACH = 12
#: How far around a cue the rules read its sentence, in characters.
REACH = 400
#: How many capitalised words an organisation's name before a title may have.
MAX_ORG_PREFIX_WORDS = 4
#: How many words after a noun of change may say its modality ("departure would ...").
NOMINAL_REACH = 8
#: How long a headline may be: a longer first line is none, and the bound keeps its reading short.
MAX_HEADLINE_CHARS = 300
#: How many persons a list after a count may hold ("elected three directors. They are ...").
MAX_LIST = 12
#: How many persons a list before a cue may hold ("X, Y and Z resigned").
MAX_LISTED = 4
#: How many words before or after an extension's cue its noun may stand ("term was extended").
TERM_REACH = 4

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

# White space as the ``regex`` patterns read it: str.isspace also takes \x1c-\x1f.
_SPACE = regex.compile(r"\s")
# A run of letters: where a cue may open (every cue form opens with a word of letters).
_LETTERS = regex.compile(r"[^\W\d_]+")
# A line break inside a paragraph (not a blank line), with the spacing around it: the rule
# _single_breaks_as_spaces follows, held to this pattern by a property test.
_LINE_BREAK = regex.compile(r"(?<=\S)[ \t]*\r?\n(?=[ \t]*\S)")
# An initial closing a sentence the core's reader ended there: "said L.K." before "Evans".
_INITIAL_AT_END = regex.compile(r"(?<![\w.])(?:\p{Lu}\.){1,3}\Z")
# What ends a sentence, and the closing marks that may follow it.
_STOPS = frozenset(".!?…:;")
_CLOSING_MARKS = "\"'”’)] \t"

# A generational suffix after a name: "Jr", ", Sr.".
_SUFFIX_AT_END = regex.compile(r",?\s+(?:Jr|Sr|II|III|IV)\.?\Z")
_SUFFIX_AFTER = regex.compile(r",?\s+(?P<suffix>Jr|Sr|II|III|IV)\b\.?")

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

# A name the mentions stage left unresolved: capitalised words and initials ("Carl Singer"),
# in mixed case (a shouted headline's "PLEADS GUILTY TO TAX" is no name).
_NAME_WORD = r"(?:\p{Lu}\.|\p{Lu}[\p{Ll}'’\-]*\p{Ll})"
_NAME_LIKE = regex.compile(rf"{_NAME_WORD}(?:\s+{_NAME_WORD})+")
# Words a person's name never consists of alone: suffixes and the abbreviated ranks and titles
# a mention may be cut to ("Jr", "Vice Adm").
_NO_NAME_WORDS = frozenset(
    {"jr", "sr", "ii", "iii", "iv", "vice", "adm", "gen", "col", "lt", "sgt", "capt", "cmdr"}
    | {"sen", "rep", "gov", "dr", "mr", "mrs", "ms", "prof"}
)
# Words no title before its head noun holds: verbs of the cues and auxiliaries ("has been
# appointed president"), so that an unknown title is a title.
_NOT_TITLE_WORDS = AUXILIARIES | {"appointed", "named", "elected", "promoted", "chosen", "as"}
# Words that open an agent or another role before a name, not a title: "by President X".
_PREPOSITIONS = frozenset(
    {"by", "to", "from", "with", "for", "of", "at", "in", "on", "after", "before", "as", "than"}
)
# Determiners, which stand before a title, never inside one.
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "their", "our", "his", "her"})
# A full stop before a capitalised word inside a title's lead: a sentence ended there.
_STOP_INSIDE = regex.compile(r"\.\s+\p{Lu}\p{Ll}")
# Pronouns, which no title stands before.
_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "they", "them", "it", "we", "i"})
# The pronouns of one person, kept as persons when coreference resolves them to no one.
_PERSONAL_PRONOUNS = frozenset({"he", "she"})
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
# "since" right before a time: a tenure's start, no change's time.
_SINCE_BEFORE = regex.compile(r"\bsince\s+(?:(?:last|early|late|mid)\s+)?\Z", regex.IGNORECASE)
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

# An HTML entity a headline may hold in lower case: "&lt;ACM>".
_ENTITY = re.compile(r"&[a-z]+;")
# A blank line, which ends a headline, and the white space a text may open with.
_BLANK_LINE = re.compile(r"[ \t]*\n[ \t]*\n")
_LEADING_SPACE = re.compile(r"\s*")

# A word of a headline as a name's word is written in capitals: "EVANS", "O'BRIEN".
_HEADLINE_WORD = regex.compile(r"\p{Lu}[\p{Lu}'’\-]*\p{Lu}")
# Headline words read in lower case though no cue or office holds them: "NEW", "SAYS".
_HEADLINE_COMMON = frozenset({"new", "says", "sees", "sets", "chief", "head", "top", "no", "and"})

# The types that take up an office.
_STARTS = frozenset({"office.start", "office.elect", "office.nominate"})

# "the term of X" after an extension's cue, and the owner of a term ("his term", "X's term").
_TERM_OF = regex.compile(r"\b(?:terms?|mandates?|tenure|contract)\s+of\s+", regex.IGNORECASE)
_TERM_OWNER = regex.compile(
    r"(?P<owner>)(?:['’]s)?\s+(?:\w+\s+)?(?:terms?|mandates?|tenure|contract)\b", regex.IGNORECASE
)

# Legal suffixes whose full stop may close a sentence too ("... of Acme Corp. He succeeds").
_LEGAL_SUFFIXES = frozenset({"corp", "inc", "co", "ltd", "plc", "llc", "cos", "bros", "ag", "sa"})
# Words that open sentences and never go on an organisation's name.
_SENTENCE_OPENERS = frozenset(
    {"He", "She", "It", "They", "The", "This", "That", "These", "Last", "In", "But", "A", "An"}
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
# A reporting verb right before a time: "..., the company said on Friday" dates the report.
_REPORTED_BEFORE = regex.compile(
    r"\b(?:said|says|announced|reported|added|stated|disclosed|confirmed|told\s+\w+)"
    r"\s+(?:(?:on|late|early|earlier|here)\s+)?\Z",
    regex.IGNORECASE,
)
# The main clause's verb of effect after a relative clause: "..., is effective (on)".
_EFFECTIVE_LATER = regex.compile(
    r",[\"”’']?\s+(?:is|was|will\s+be|becomes|takes\s+effect)\s+(?:effective\s+)?(?:as\s+of\s+|on\s+)?",
    regex.IGNORECASE,
)
# "for" and at most four words before a duration: "for a post-war record of".
# A duration that is an adverbial of its own, no "for" needed: "the past five years"; or a
# term's length: "served a two-year term as".
_BARE_LENGTH = regex.compile(r"the\s+(?:past|last|previous)\s|.*\sterm\Z", regex.IGNORECASE)
_FOR_BEFORE = regex.compile(r"\bfor(?:\s+[\w\-]+){0,4}\s+\Z", regex.IGNORECASE)
# What may stand before a time that opens its sentence: nothing, or a preposition ("On Monday,").
_FRONTED_OPENING = regex.compile(r"\s*(?:(?:on|in|at|by|early|late)\s+)?", regex.IGNORECASE)
# The comma after a fronted time, and the rest of the clause up to its subject or cue.
_FRONTED_COMMA = regex.compile(r"\s*,(?:\s+\S+){0,6}?\s*\Z")
_EFFECTIVE_BEFORE = regex.compile(r"\beffective\s+(?:as\s+of\s+|on\s+|from\s+)?\Z", regex.I)
# A relative clause after the office, about something else: "named president of Acme, which
# he joined in 1980": the time after the cue stops there.
_OTHER_CLAUSE = regex.compile(
    r",\s*(?:which|where|whose|a\s+(?:new\s+|newly\s+created\s+)?(?:post|position|job)\b)",
    regex.IGNORECASE,
)  # ", a post vacant since January": the post's time, not the naming's
# A relative clause about a person after the cue: "X takes over from Y, who left in July":
# its time is Y's, not the cue's (but Y's own event, read from the cue, keeps it).
_WHO_CLAUSE = regex.compile(r",\s*(?:who|whom)\b", regex.IGNORECASE)
# A relative clause opening after a comma: "X, whose experience ...", "Y, who ...".
_RELATIVE_INSIDE = regex.compile(r",\s*(?:who|whom|whose|which)\b", regex.IGNORECASE)
# A relative clause opening right after a person: "X, who will remain on the board, ...".
_RELATIVE_OPENS = regex.compile(r"\s*,\s*(?:who|which)\b", regex.IGNORECASE)

# The nouns of a death, which ends the office a title before the dead person's name gives.
_DEATH_NOUNS = frozenset({"death"})

# Finite auxiliaries, which give a verb after "and" a tense of its own.
_FINITE = frozenset(
    {"is", "are", "was", "were", "has", "have", "had", "will", "would", "shall", "may", "might"}
    | {"could", "should", "can", "must", "does", "did", "do"}
)

# Participles that attach to the clause before them: "X was elected president, succeeding Y".
_PARTICIPLES = frozenset({"succeeding", "replacing", "succession to"})  # "in succession to"

# The words of the grammar a shouted headline holds, read in lower case as the rules expect.
_GRAMMAR_WORDS = AUXILIARIES | _PREPOSITIONS | _DETERMINERS | _PRONOUNS | _HEADLINE_COMMON

# What ends an organisation name read after "of": lower-case words it may hold at its end.
_ORG_TAIL_WORDS = frozenset({"of", "and", "&", "for", "the", "de", "du", "des"})


@attrs.frozen
class _Person:
    """A person standing in a role: the resolved name and the span it was read from."""

    name: str
    start: int
    end: int

    def participant(self) -> Participant:
        return Participant(self.name, self.start, self.end)


@attrs.frozen
class _Office:
    """An office read from the text: its canonical name, the organisation, where it ends."""

    position: str
    organization: str | None
    end: int


@attrs.define
class _Draft:
    """An event being read, before ids and links are given."""

    type: str
    person: _Person
    cue: tuple[int, int]
    sentence: tuple[int, int]
    office: _Office | None = None
    predecessor: _Person | None = None
    modality: str = "asserted"
    partner: _Draft | None = None  # the other half of a replacement
    #: A tenure stated as over ("previously served as", "former chairman"): it says nothing of
    #: the office the person holds now, so no other event takes its office from it.
    past: bool = False
    #: The other tellings of this change merged into it ("He replaces Y, who resigned in
    #: December": the resignation's cue dates Y's end).
    merged: list[_Draft] = attrs.field(factory=list)
    #: Where the evidence starts when the text states the event before its person and cue: a
    #: marked title's marker ("former Dutch Prime Minister X").
    evidence_start: int | None = None
    #: A second office the same statement gives ("president of X and executive vice president
    #: of Y"): its own event, not another telling of the first.
    also: str | None = None
    #: The modality is the clause's, not the person's own verb's: "replacing Y" in "X will
    #: take over, replacing Y, who resigned effective today" (Y's own "resigned" says more).
    borrowed: bool = False


def find_events(
    text: str,
    lexicons: Lexicons,
    mentions: Sequence[Mention],
    times: Sequence[TimeExpression],
    claims: Sequence[Claim] = (),
    *,
    published: str | None = None,
    skip: Callable[[int, int], object] | None = None,
    plugin: str | None = None,
) -> list[Event]:
    """The office-holder events of ``text`` (see the module docstring), in text order.

    ``published`` is the document creation time (an ISO date): an event dated after it is
    announced, not done. ``skip(start, end)`` tells whether a stretch is boilerplate (an event
    there is not this article's); ``plugin`` is recorded on each event.
    """
    if lexicons.cue_pattern is None and lexicons.position_pattern is None:
        return []
    flat, bounds = _clauses(text)
    starts = [a for a, _ in bounds]
    people = _people(flat, mentions, lexicons)
    context = _Context(flat, lexicons, people, mentions, starts)
    drafts: list[_Draft] = []
    by_sentence: dict[int, list[_Draft]] = {}  # the drafts of each sentence, by its start
    if lexicons.cue_pattern is not None:
        for match in _cue_matches(flat, lexicons):
            cue = lexicons.cue(match.group())
            if cue is None or (skip is not None and skip(match.start(), match.end())):
                continue
            index = bisect.bisect_right(starts, match.start()) - 1
            if index < 0 or bounds[index][1] < match.end():
                continue
            # The rules read the sentence around the cue only so far: a sentence may be a
            # whole text without a full stop, and each cue reading all of it was quadratic.
            a, b = bounds[index]
            window = (max(a, match.start() - REACH), min(b, match.end() + REACH))
            earlier = by_sentence.setdefault(a, [])
            found = context.read_cue(cue, match.span(), window, earlier)
            earlier.extend(found)
            drafts.extend(found)
    drafts.extend(context.titled_tenures(drafts, skip))
    drafts.extend(_headline_drafts(flat, lexicons, people, mentions, skip))
    return _events(drafts, flat, times, claims, published, plugin)


# A headline's "says he", "said she" after a name (in the cased copy: lower case).
_SAYS_HE = regex.compile(r"\s+(?:says|said)\s+(?P<pronoun>he|she)\b")


def _headline_end(flat: str) -> int | None:
    """Where a headline in capitals ends, if the text opens with one.

    A headline is the text's first line, before a blank line, with no lower-case letter but an
    HTML entity's ("ACME &lt;ACM> NAMES NEW PRESIDENT"). A title in mixed case is read as any
    sentence is.
    """
    leading = _LEADING_SPACE.match(flat)
    start = leading.end() if leading is not None else 0
    blank = _BLANK_LINE.search(flat, start, start + MAX_HEADLINE_CHARS)
    if blank is None:
        return None
    line = flat[start : blank.start()]
    if "\n" in line or not _ENTITY.sub("", line).isupper():
        return None
    return blank.start()


def _headline_drafts(
    flat: str,
    lexicons: Lexicons,
    people: Sequence[_Person],
    mentions: Sequence[Mention],
    skip: Callable[[int, int], object] | None,
) -> list[_Draft]:
    """The changes a headline in capitals states: "ACME <ACM> PROMOTES EVANS TO PRESIDENT".

    A shouted headline holds no name the rules can tell from the words around it, so it is
    read in a copy of the text where the words of the cues, the offices and the grammar are in
    lower case and the words of the names the story gives ("Evans" of "L.K. Evans"), and a given
    name with the word after it ("JOHN SMITH"), are capitalised: each run of those is the
    person of the story's full name it ends with, else the name as written. Other words stay
    in capitals, as an organisation's name ("ACME CHAIRMAN").
    """
    end = _headline_end(flat)
    if end is None or lexicons.cue_pattern is None:
        return []
    if not any(True for _ in _cue_matches(flat[:end].lower(), lexicons)):
        return []  # most headlines hold no cue: "BAHIA COCOA REVIEW"
    if skip is not None and skip(0, end):
        return []
    body = [p for p in people if p.start >= end]
    words_of = {w for p in body for w in p.name.split() if w[:1].isupper()}
    last_names = _unique_last_names(body)
    full_names = {p.name for p in body}
    pieces: list[str] = []
    found: list[_Person] = []
    run: list[regex.Match[str]] = []
    done = 0

    def close() -> None:
        if run:
            written = " ".join(word.group().title() for word in run)
            name = written if written in full_names else last_names.get(run[-1].group().title())
            if name is None and len(run) > 1:
                name = written
            if name is not None:
                found.append(_Person(name, run[0].start(), run[-1].end()))
        run.clear()

    for word in _HEADLINE_WORD.finditer(flat, 0, end):
        cased = word.group().title()
        folded = cased.casefold()
        if folded in lexicons.phrase_words or folded in _GRAMMAR_WORDS:
            close()
            pieces.append(flat[done : word.start()])
            pieces.append(word.group().lower())
            done = word.end()
            continue
        after_given = (
            len(run) == 1
            and word.start() - run[-1].end() == 1
            and run[0].group().casefold() in lexicons.given_names
        )
        if cased not in words_of and folded not in lexicons.given_names and not after_given:
            close()
            continue
        if run and word.start() - run[-1].end() > 1:
            close()
        run.append(word)
        pieces.append(flat[done : word.start()])
        pieces.append(cased)
        done = word.end()
    close()
    if not found:
        return []
    pieces.append(flat[done:end])
    cased_text = "".join(pieces) + flat[end:]
    for person in list(found):
        # "CRAXI SAYS HE WILL RESIGN": the pronoun after the headline's "says" is the speaker.
        said = _SAYS_HE.match(cased_text, person.end, end)
        if said is not None:
            found.append(_Person(person.name, said.start("pronoun"), said.end("pronoun")))
    context = _Context(cased_text, lexicons, [*found, *body], mentions)
    drafts: list[_Draft] = []
    for match in _cue_matches(cased_text[:end], lexicons):
        cue = lexicons.cue(match.group())
        if cue is not None:
            drafts.extend(context.read_cue(cue, match.span(), (0, end), drafts))
    return [d for d in drafts if d.person.end <= end]


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


def _cue_matches(flat: str, lexicons: Lexicons) -> Iterator[regex.Match[str]]:
    """The matches of the cue pattern in ``flat``, in order, as its ``finditer`` gives them.

    A cue opens at a word's start with one of the lexicon's first words: the pattern is tried
    only there, not at every character of the text (a case-blind alternation of a hundred
    phrases tried everywhere cost most of the plugin). On ASCII text the first words are found
    in a lower-cased copy (of the same length) by the standard library's engine; elsewhere
    every word is looked up.
    """
    pattern = lexicons.cue_pattern
    if pattern is None:
        return
    firsts = lexicons.ascii_first_word_pattern
    if firsts is not None and flat.isascii():
        starts: Iterable[int] = (word.start() for word in firsts.finditer(flat.lower()))
    else:
        first_words = lexicons.cue_first_words
        starts = (
            word.start()
            for word in _LETTERS.finditer(flat)
            if word.group().casefold() in first_words
        )
    end = 0
    for start in starts:
        if start < end:
            continue
        match = pattern.match(flat, start)
        if match is not None:
            end = match.end()
            yield match


def _clauses(text: str) -> tuple[str, list[tuple[int, int]]]:
    """The text with single line breaks as spaces (offsets kept), and its sentences.

    Wire copy wraps its paragraphs at a fixed width, and a short paragraph of two lines reads
    as two paragraphs to the core's reader: its sentences never cross a line. An office change
    is often told over such a break ("will succeed" / "John M. Henske as chief executive"), so
    a sentence that ends without a full stop, with only a line break before the next one, goes
    on into it.
    """
    flat = _single_breaks_as_spaces(text)
    merged: list[tuple[int, int]] = []
    last: tuple[int, int] | None = None  # the core's sentence that closes the merged one
    for start, end in read(text).sentence_bounds:
        if merged and last is not None and _runs_on(text, last, start):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
        last = (start, end)
    return flat, merged


def _single_breaks_as_spaces(text: str) -> str:
    """``text`` with each line break inside a paragraph, and the spacing around it, as spaces.

    A line break between two lines of text (not a blank line, not the text's edge) and the
    spaces or tabs before it become spaces, so the text keeps its length. What
    :data:`_LINE_BREAK` matches, found by a search for each line break rather than a pattern
    tried at every character.
    """
    if "\n" not in text:
        return text
    pieces: list[str] = []
    done = 0
    at = text.find("\n")
    while at >= 0:
        start = at
        if start and text[start - 1] == "\r":
            start -= 1
        while start and text[start - 1] in " \t":
            start -= 1
        after = at + 1
        while after < len(text) and text[after] in " \t":
            after += 1
        if (
            start
            and not _is_space(text[start - 1])
            and after < len(text)
            and (not _is_space(text[after]))
        ):
            pieces.append(text[done:start])
            pieces.append(" " * (at + 1 - start))
            done = at + 1
        at = text.find("\n", at + 1)
    pieces.append(text[done:])
    return "".join(pieces)


def _is_space(char: str) -> bool:
    """Whether ``char`` is white space as the patterns read it (str.isspace takes more)."""
    return _SPACE.match(char) is not None


def _runs_on(text: str, sentence: tuple[int, int], following: int) -> bool:
    """Whether a sentence goes on at ``following``: no stop at its end, no blank line between.

    Only the sentence's last few characters are read: a run of merged lines may be long.
    """
    closed = text[max(sentence[0], sentence[1] - REACH) : sentence[1]].rstrip(_CLOSING_MARKS)
    if closed[-1:] in _STOPS and _INITIAL_AT_END.search(closed) is None:
        return False  # a full stop, but not an initial's: "said L.K." / "Evans has been ..."
    return "\n" not in text[sentence[1] : following].replace("\n", "", 1)


def _org_prefixes(text: str, start: int, stop: int) -> Iterator[regex.Match[str]]:
    """The runs of one to four capitalised words at ``start``, shortest first (see ORG_PREFIX)."""
    for words in range(1, MAX_ORG_PREFIX_WORDS + 1):
        match = ORG_PREFIX[words - 1].match(text, start, stop)
        if match is None:
            return
        yield match


def _before_a_break(words: list[str]) -> list[str]:
    """An organisation's words up to a sentence break the core's reader did not see.

    "of Western Union Corp. Last year, ...": a legal suffix's full stop before a capitalised
    word, or any full stop before a word that opens sentences ("He", "The"), ends the name.
    """
    for index, word in enumerate(words[:-1]):
        if not word.endswith("."):
            continue
        following = words[index + 1]
        if word[:-1].casefold() in _LEGAL_SUFFIXES or following in _SENTENCE_OPENERS:
            return words[: index + 1]
    return words


def _mixed_case(text: str) -> bool:
    """Whether a name is written in mixed case, not shouted ("Olin Corp", not "OLN")."""
    return any(char.islower() for char in text)


def _title_parts(role: str, position: str, lexicons: Lexicons) -> tuple[str, str | None]:
    """The position and organisation of the title ``role`` writes before ``position``.

    "Deputy Oil Minister", "Brazilian Planning Minister" (see ``roles``), "NATO Secretary
    General".
    """
    words = [w for w in role.replace("’", "'").split() if w[:1].isupper()]
    political = lexicons.kinds.get(position) == "political"
    position, words = split_title(words, position, political)
    return position, _organization_before(" ".join(words))


def _organization_before(role: str) -> str | None:
    """The organisation in a role before its office: "NATO" of "NATO Secretary General"."""
    words = [w for w in role.replace("’", "'").split() if w[:1].isupper()]
    if not words:
        return None
    match = ORG_NAME.fullmatch(" ".join(words))
    if match is None:
        return None
    name = match.group().removesuffix("'s")
    return name or None


def _last_match(pattern: regex.Pattern[str], text: str) -> regex.Match[str] | None:
    """The last match of ``pattern`` in ``text``: the office that closes a role."""
    matches = list(pattern.finditer(text))
    return matches[-1] if matches else None


def _people(flat: str, mentions: Sequence[Mention], lexicons: Lexicons) -> list[_Person]:
    r"""Every person the rules may take for a role, in text order.

    The mentions stage's person mentions with a resolved entity (names, pronouns and
    descriptions coreference resolved), and names read here where no mention covers them (wire
    copy wraps names over lines: "L.K.\nEvans") that open with an initial or a given name of
    the ``given_names`` lexicon (any, when it is empty).
    """
    given_names = lexicons.given_names
    found = []
    renamed: dict[str, str] = {}  # an entity a mention's title tail opened, to the name after
    for mention in mentions:
        if mention.kind != "person" or mention.end <= mention.start:
            continue
        # A name the mentions stage found but resolved to no one is still that name.
        entity = mention.entity or (mention.text if _NAME_LIKE.fullmatch(mention.text) else None)
        if entity is None and mention.text.casefold() in _PERSONAL_PRONOUNS:
            # "He was named president": a pronoun coreference left unresolved is still a
            # person, named as written (the story may name them where the rules do not see).
            entity = mention.text
        if entity is None or (mention.entity is None and lexicons.position(mention.text)):
            # "She replaces Commerce Secretary ...": a title alone, read as a name but resolved
            # to no one, is an office, no person.
            continue
        name, end = " ".join(entity.split()), mention.end
        if _no_name(name):
            continue  # a mention of only a suffix or a rank ("Jr", "Vice Adm") is no one's
        start = mention.start
        title_end = _title_tail(flat, mention, lexicons)
        if title_end is not None:
            # "Staff Howard Baker" of "Chief of Staff Howard Baker": the name after the title.
            cut = len(flat[title_end : mention.end]) - len(flat[title_end : mention.end].lstrip())
            start = title_end + cut
            written = flat[mention.start : title_end]
            if entity.startswith(written):
                name = " ".join(entity[len(written) :].split())
                renamed[" ".join(entity.split())] = name
        suffix = _SUFFIX_AFTER.match(flat, end)
        if suffix is not None and mention.text == entity:
            # "John W. Johnstone Jr": the suffix is part of the name the mention left out.
            name, end = f"{name} {suffix.group('suffix')}", suffix.end()
        found.append(_Person(name, start, end))
    if renamed:
        # "his" resolved to "Staff Howard Baker" is Howard Baker's too.
        found = [attrs.evolve(p, name=renamed.get(p.name, p.name)) for p in found]
    # A name read here never overlaps a mention: an organisation's ("The Hallwood Group Inc")
    # is no person, and a person's is read better by the mentions stage.
    covered = sorted((m.start, m.end) for m in mentions)
    for match in (ASCII_NAME if flat.isascii() else NAME).finditer(flat):
        start, end = match.span()
        if _overlaps(covered, start, end):
            continue
        first = match.group().split()[0]
        if given_names and not first.endswith(".") and first.casefold() not in given_names:
            # "Air Force", "Claims Court": a name opens with a given name or initial; but the
            # name may start at the next word ("State Alan Green" of "Secretary of State ...").
            later = _name_after_first_word(flat, match, given_names)
            if later is not None and not _overlaps(covered, *later.span()):
                found.append(_Person(" ".join(later.group().split()), *later.span()))
            continue
        found.append(_Person(" ".join(match.group().split()), start, end))
    return sorted(found, key=lambda p: (p.start, -p.end))


def _name_after_first_word(
    flat: str, match: regex.Match[str] | re.Match[str], given_names: frozenset[str]
) -> regex.Match[str] | re.Match[str] | None:
    """The name a run of capitalised words holds after its first word, if a given name opens it."""
    words = match.group().split()
    if len(words) < 2 or (not words[1].endswith(".") and words[1].casefold() not in given_names):
        return None  # most runs: "Air Force", "New York Stock Exchange"
    second = len(words[0])
    rest = match.group()[second:]
    at = match.start() + second + len(rest) - len(rest.lstrip())
    if at >= match.end():
        return None
    return (ASCII_NAME if flat.isascii() else NAME).match(flat, at)


def _title_tail(flat: str, mention: Mention, lexicons: Lexicons) -> int | None:
    """Where an office's last word ends inside a person mention that starts with it, if one does.

    "Staff Howard Baker" of "White House Chief of Staff Howard Baker": the mention took the
    title's last word for the name's first.
    """
    first = mention.text.split(" ", 1)[0]
    pattern = lexicons.position_pattern
    if (
        pattern is None
        or len(mention.text.split()) < 3
        or first.casefold() not in lexicons.phrase_words
        or lexicons.position(first) is not None  # "Chairman X": a title the mention kept whole
    ):
        return None
    end = mention.start + len(first)
    for title in pattern.finditer(flat, max(0, end - MAX_TITLE_CHARS), end):
        if title.end() == end and title.start() < mention.start:
            return end
    return None


def _unique_last_names(people: Sequence[_Person]) -> dict[str, str]:
    r"""Each last name that one full name of the text has, to that full name.

    The mentions stage resolves most surnames ("Henske" -> "John M. Henske"); a name read here
    (wire copy's "L.K.\nEvans") has no mention, and its surname standing alone ("Evans had
    been ...") is read, where a rule looks for a person, as that one full name.
    """
    by_last: dict[str, set[str]] = {}
    for person in people:
        # A generational suffix is no last name.
        words = [
            w for w in person.name.split() if w.rstrip(".").casefold() not in GENERATIONAL_SUFFIXES
        ]
        if len(words) > 1 and len(words[-1]) > 2 and words[-1][:1].isupper():
            by_last.setdefault(words[-1], set()).add(person.name)
    return {last: next(iter(names)) for last, names in by_last.items() if len(names) == 1}


def _may_be_title_word(word: str, lexicons: Lexicons) -> bool:
    """Whether a word may stand in a title before its head noun ("chief widget officer").

    Not a verb of the cues, an auxiliary, a preposition, a determiner or a pronoun: "appointed
    by the president", "named to succeed the director" hold no title.
    """
    folded = word.casefold()
    return (
        folded not in _NOT_TITLE_WORDS
        and folded not in _PREPOSITIONS
        and folded not in _DETERMINERS
        and folded not in _PRONOUNS
        and lexicons.cue(folded) is None
    )


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


def _no_name(name: str) -> bool:
    """Whether a name is only a suffix or a rank ("Jr", "Vice Adm"): no one's name."""
    return all(word.rstrip(".").casefold() in _NO_NAME_WORDS for word in name.split())


def _overlaps(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    index = bisect.bisect_left(spans, (end, end))
    return any(a < end and start < b for a, b in spans[max(0, index - 8) : index])


def _events(
    drafts: Iterable[_Draft],
    flat: str,
    times: Sequence[TimeExpression],
    claims: Sequence[Claim],
    published: str | None,
    plugin: str | None,
) -> list[Event]:
    """The drafts as events: deduplicated, in text order, with ids, links, times and sources."""
    ordered = sorted(drafts, key=lambda d: (d.cue[0], d.type != "office.end", d.person.start))
    unique: list[_Draft] = []
    kept: dict[tuple[str, str, int, str | None], _Draft] = {}
    for draft in ordered:
        # Two cues on one mention of a person state one change ("He replaces Y, who resigned
        # in December": Y's end once); another mention is another statement ("X leaves the
        # post ... and Z will replace him": two). The one kept takes what the other knew: its
        # link to the other half of a replacement, its office, the one replaced.
        draft_key = (draft.type, draft.person.name, draft.person.start, draft.also)
        first = kept.get(draft_key)
        if first is not None and _other_offices(first, draft):
            # "X, former president, ... will continue on the board": two tenures of one
            # mention, each its own event.
            draft_key = (*draft_key[:3], draft.office.position if draft.office else None)
            first = kept.get(draft_key)
        if first is None:
            kept[draft_key] = draft
            unique.append(draft)
            continue
        if first.partner is None and draft.partner is not None:
            first.partner, draft.partner.partner = draft.partner, first
        first.office = first.office or draft.office
        first.predecessor = first.predecessor or draft.predecessor
        if (first.modality == "asserted" and draft.modality != "asserted") or (
            first.borrowed and not draft.borrowed
        ):
            # "He replaces Y, who is retiring": the telling that says more of when says it,
            # and the person's own verb over a clause's ("replacing Y, who resigned today").
            first.modality = draft.modality
            first.borrowed = draft.borrowed
        first.merged.append(draft)
    ids = {id(draft): f"e{number}" for number, draft in enumerate(unique, 1)}
    offices = _offices(unique)
    # The cues that opened an event bound the clauses ("is" or "has been" with no office
    # after them open none).
    cue_starts = sorted({draft.cue[0] for draft in ordered})  # a merged telling's cue too:
    cue_ends = sorted({draft.cue[1] for draft in ordered})  # "..., who resigned in December"
    dated = _Dated(times, flat)
    length = len(flat)
    sources = _Sources(claims)
    events = []
    for draft in unique:
        office = offices[id(draft)]
        partner = ids.get(id(draft.partner)) if draft.partner is not None else None
        time = None
        for telling in (draft, *draft.merged):
            # The clause of a cue runs from the cue before it to the cue after it: "John
            # Smith, who was named president in 1985, resigned" dates the naming only.
            later = bisect.bisect_right(cue_starts, telling.cue[0])
            limit = cue_starts[later] if later < len(cue_starts) else length
            earlier = bisect.bisect_right(cue_ends, telling.cue[0]) - 1
            since = cue_ends[earlier] if earlier >= 0 else 0
            time = dated.of(telling, since, limit)
            if time is not None:
                break
        modality = draft.modality
        if (
            modality == "asserted"
            and draft.type != "office.nominate"  # a nomination is made now, for a later vote
            and published
            and time is not None
            and time.interval
            and time.interval[0] > published[:10]
        ):
            modality = "planned"  # "effective April 1" in a story of March 3: announced
        events.append(
            Event(
                id=ids[id(draft)],
                type=draft.type,
                person=draft.person.participant(),
                position=office.position if office and office.position else None,
                organization=office.organization if office else None,
                predecessor=draft.predecessor.participant() if draft.predecessor else None,
                successor=(
                    draft.partner.person.participant()
                    if draft.partner is not None and draft.type == "office.end"
                    else None
                ),
                time=TimeRef(time.value, time.start, time.end) if time is not None else None,
                modality=modality,
                source=sources.of(draft),
                links=(partner,) if partner else (),
                evidence=Span(*_evidence(draft)),
                plugin=plugin,
            )
        )
    return events


def _other_offices(one: _Draft, other: _Draft) -> bool:
    """Whether two drafts name two offices, both known and not the same."""
    if one.office is None or other.office is None:
        return False
    return bool(one.office.position and other.office.position) and (
        one.office.position != other.office.position
    )


def _offices(drafts: Sequence[_Draft]) -> dict[int, _Office | None]:
    """Each draft's office (by the draft's id), completed where the text left it out.

    "Pope succeeds Robert Leventhal" names no office: the one replaced leaves the office the
    other takes, and a person the document gives exactly one office ("Pope has been elected
    president") takes that office in a sentence naming none ("his term was extended").
    """
    # The office a person takes up counts before those they held: "Mora was named chairman",
    # "Mora had been president", "Mora succeeds Fred Peterson" (as chairman).
    present = [d for d in drafts if not d.past]
    # A start takes its office only from another telling of a start (the office taken up);
    # an end or an extension also from a tenure (the office held is the one left or kept).
    taken = _single_offices(d for d in present if d.type in _STARTS)
    single = dict(taken)
    for name, office in _single_offices(present).items():
        single.setdefault(name, office)

    def completed(draft: _Draft, known: _Office | None) -> _Office | None:
        office = draft.office
        if (office is not None and office.position) or known is None:
            return office
        organization = (office.organization if office else None) or known.organization
        return _Office(known.position, organization, known.end)

    found: dict[int, _Office | None] = {}
    # The ones replaced last: they take the office their successor was found to take.
    for draft in sorted(drafts, key=lambda d: d.type == "office.end" and d.partner is not None):
        if draft.type == "office.end" and draft.partner is not None:
            found[id(draft)] = completed(draft, found.get(id(draft.partner)))
        else:
            known = taken if draft.type in _STARTS else single
            found[id(draft)] = completed(draft, known.get(draft.person.name))
    return found


def _single_offices(drafts: Iterable[_Draft]) -> dict[str, _Office]:
    """The office of each person the drafts give exactly one office (and organisation)."""
    held: dict[str, set[tuple[str, str | None]]] = {}
    first: dict[str, _Office] = {}
    for draft in drafts:
        if draft.office is not None and draft.office.position:
            held.setdefault(draft.person.name, set()).add(
                (draft.office.position, draft.office.organization)
            )
            first.setdefault(draft.person.name, draft.office)
    return {name: first[name] for name, offices in held.items() if len(offices) == 1}


def _evidence(draft: _Draft) -> tuple[int, int]:
    """The stretch an event was read from: the person through the cue and its office."""
    start = min(draft.person.start, draft.cue[0])
    if draft.evidence_start is not None:
        start = min(start, draft.evidence_start)
    end = max(draft.cue[1], draft.person.end)
    if draft.office is not None and draft.office.position and draft.office.end <= draft.sentence[1]:
        end = max(end, draft.office.end)
    if draft.predecessor is not None:
        end = max(end, draft.predecessor.end)
    return start, end


# A day of the month spelled as a word after a month's name, as wire style writes the first
# nine ("effective April one"): the dates stage reads the month alone. Not a number of
# something else: "in April one of them", "in May one year later", "one-time".
_SPELLED_DAY = regex.compile(
    r"""[ \t]+(?P<day>(?i:one|two|three|four|five|six|seven|eight|nine))\b(?!-)
    (?![ \t]+(?:(?i:of|years?|months?|weeks?|days?|more|other|another|analysts?)\b|\p{Lu}))""",
    regex.VERBOSE,
)  # a capital after it starts a name or a sentence: "in May One Federal Plaza", "in May. One"
_DAY_WORDS = {
    word: number
    for number, word in enumerate(
        ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine"), 1
    )
}
_MONTH_VALUE = regex.compile(r"\d{4}-\d{2}\Z")


def _with_spelled_day(time: TimeExpression, flat: str) -> TimeExpression:
    """A month's time with the day spelled after it, if one is ("April one": the 1st)."""
    if not _MONTH_VALUE.match(time.value) or not flat[time.end : time.end + 1].isspace():
        return time
    spelled = _SPELLED_DAY.match(flat, time.end)
    if spelled is None:
        return time
    day = f"{time.value}-{_DAY_WORDS[spelled.group('day').casefold()]:02d}"
    return attrs.evolve(time, end=spelled.end(), text=flat[time.start : spelled.end()],
                        value=day, interval=(day, day))  # fmt: skip


class _Dated:
    """The dated time expressions of a text, in order, for the events' clauses."""

    def __init__(self, times: Sequence[TimeExpression], flat: str) -> None:
        self.flat = flat
        self.times = sorted(
            (
                _with_spelled_day(t, flat)
                for t in times
                if t.type in ("DATE", "TIME") and not t.value.endswith("_REF")
            ),
            key=lambda t: (t.start, t.end),
        )  # "now", "recently": no time of the event's own
        self.starts = [t.start for t in self.times]
        # "has been chairman for 12 years": a tenure's length, its only time.
        self.durations = sorted(
            (t for t in times if t.type == "DURATION" and t.value.startswith("P")),
            key=lambda t: (t.start, t.end),
        )
        self.duration_starts = [t.start for t in self.durations]

    def of(self, draft: _Draft, since: int, limit: int) -> TimeExpression | None:
        """The clause's time: the first dated expression after the cue, else one before it.

        After the cue only up to ``limit``, where the next cue opens another clause ("will
        continue as chairman until he retires in June 1988": June is the retirement's); before
        it only after ``since``, where the cue before closed its own, and after the person: a
        dateline's date ("BRUSSELS, Feb 26 -") opens the sentence but dates the report.
        """
        a, b = draft.sentence
        stop = min(b, limit)
        if _RELATIVE_OPENS.match(self.flat, draft.person.end, draft.cue[0]):
            # "X, who will remain on the board, has agreed to sell ... in the next year": the
            # relative clause closes at its comma, and its time stands before that.
            comma = self.flat.find(",", draft.cue[1], stop)
            stop = comma if comma >= 0 else stop
        who = _WHO_CLAUSE.search(self.flat, draft.cue[1], stop)
        if who is not None and who.start() != draft.person.end:
            stop = who.start()
        other = _OTHER_CLAUSE.search(self.flat, draft.cue[1], stop)
        if other is not None:
            # "His resignation, which Reagan accepted, is effective on March 20": the time the
            # clause's own verb gives after the relative clause, when it is "effective".
            effect = _EFFECTIVE_LATER.search(self.flat, other.end(), stop)
            if effect is not None:
                index = bisect.bisect_left(self.starts, effect.end())
                if index < len(self.times) and self.times[index].end <= stop:
                    later = self.times[index]
                    if not self.flat[effect.end() : later.start].strip(" on"):
                        return later
            stop = other.start()
        index = bisect.bisect_left(self.starts, draft.cue[1])
        if index < len(self.times) and self.times[index].end <= stop:
            time = self.times[index]
            reported = _REPORTED_BEFORE.search(self.flat, max(a, time.start - 40), time.start)
            if draft.type != "office.hold" and _SINCE_BEFORE.search(self.flat, a, time.start):
                # "succeeding Y, who served in that post since 1972": the start of a tenure
                # the clause describes, never the time of a change.
                return None
            return None if reported is not None else time
        if draft.type == "office.hold":
            length = self._length_after(draft.cue[1], stop)
            if length is not None:
                return length
        if since > draft.person.end:
            return None  # another cue stands between: "X, who was named ... in 1985, resigned"
        effective = self._effective_before(draft, a) or self._fronted(draft, a)
        if effective is not None:
            return effective
        floor = max(a, draft.person.end)
        index = bisect.bisect_right(self.starts, draft.cue[0]) - 1
        while index >= 0 and self.times[index].start >= floor:
            time = self.times[index]
            if time.end <= draft.cue[0]:
                # Not a time an apposition or relative clause closed by a comma before the cue
                # holds: "X, who has served there since 1970, will succeed Y".
                return None if "," in self.flat[time.end : draft.cue[0]] else time
            index -= 1
        return None

    def _length_after(self, cue_end: int, stop: int) -> TimeExpression | None:
        """The duration a tenure is stated to have lasted, after its cue and "for".

        "has served as chairman for the past two years", "has been prime minister for a record
        of three years": the first duration of the clause, right after "for" and a few words.
        """
        index = bisect.bisect_left(self.duration_starts, cue_end)
        if index == len(self.durations) or self.durations[index].end > stop:
            return None
        length = self.durations[index]
        if _BARE_LENGTH.match(length.text):
            return length  # "was vice president the past two years": a length without "for"
        return length if _FOR_BEFORE.search(self.flat, cue_end, length.start) else None

    def _fronted(self, draft: _Draft, sentence_start: int) -> TimeExpression | None:
        """The time that opens the sentence, a comma between it and the person.

        "Last Tuesday, John Smith resigned", "On Monday, Acme named X president": a fronted
        adverbial dates the clause after it (a dateline's date is followed by a dash instead).
        """
        index = bisect.bisect_right(self.starts, draft.person.start) - 1
        if index < 0 or self.times[index].start < sentence_start:
            return None
        time = self.times[index]
        opening = self.flat[sentence_start : time.start]
        between = self.flat[time.end : min(draft.person.start, draft.cue[0])]
        if _FRONTED_OPENING.fullmatch(opening) and _FRONTED_COMMA.match(between):
            return time
        return None

    def _effective_before(self, draft: _Draft, sentence_start: int) -> TimeExpression | None:
        """The time after "effective" before the person, in the sentence.

        "Effective April 1, X will become president": the date the change takes effect.
        """
        index = bisect.bisect_right(self.starts, draft.person.start) - 1
        while index >= 0 and self.times[index].start >= sentence_start:
            time = self.times[index]
            before = self.flat[max(sentence_start, time.start - 20) : time.start]
            if time.end <= draft.person.start and _EFFECTIVE_BEFORE.search(before):
                return time
            index -= 1
        return None


class _Sources:
    """The claims' content spans, in order, to find the claim an event is reported in."""

    def __init__(self, claims: Sequence[Claim]) -> None:
        self.parts = sorted(
            (
                (part.start, part.end, claim.speaker)
                for claim in claims
                if claim.speaker is not None
                for part in claim.content
            ),
            key=lambda part: (part[0], part[1]),  # by span only: speakers do not compare
        )
        self.starts = [start for start, _, _ in self.parts]

    def of(self, draft: _Draft) -> Participant | None:
        """The speaker of the claim whose content holds the event's cue: a reported event."""
        start, end = draft.cue
        index = bisect.bisect_right(self.starts, start) - 1
        # Content spans seldom nest: the few that start last before the cue are the ones.
        for part_start, part_end, speaker in reversed(self.parts[max(0, index - 8) : index + 1]):
            if part_start <= start and end <= part_end and speaker is not None:
                # One spacing for a name read from the text: "media\nreports".
                name = " ".join((speaker.entity or speaker.text).split())
                if name and name != draft.person.name:
                    return Participant(name, speaker.start, speaker.end)
                return None
        return None
