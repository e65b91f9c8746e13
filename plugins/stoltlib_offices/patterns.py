"""The patterns and word lists the office rules read around a cue.

Every pattern runs on the document's flat text (:attr:`stoltlib.quoting.Reading.flat`: a
paragraph's line breaks as spaces, offsets unchanged), so that a name or a title wrapped over two
lines of wire copy reads as one.
"""

from __future__ import annotations

import re

import regex

from stoltlib.persons import GENERATIONAL_SUFFIXES

__all__ = [
    "AFTER_OFFICE_ORG",
    "AGENT_BEFORE_OFFICE",
    "APPOSED_OFFICE",
    "APPOSITION",
    "ASCII_NAME",
    "AUXILIARIES",
    "BOARD_OF_PEOPLE",
    "COUNTED_OFFICES",
    "COURT_AFTER",
    "DESCRIBED_PERSON",
    "GENERATIONAL_SUFFIX",
    "GENERIC_ORG",
    "HONORIFIC",
    "INSERTED_TIME",
    "INVERTED_BE",
    "KEEP_BEFORE",
    "LIST_ITEM_OFFICE",
    "LIST_OPENS",
    "LIST_SEPARATOR",
    "MINISTRY_AFTER",
    "NAME",
    "OFFICE_LEAD",
    "ORG_NAME",
    "ORG_PREFIX",
    "PASSIVE_PARTICIPLE",
    "PERIOD_AFTER",
    "TERM_NOUNS",
]

#: The generational suffixes (stoltlib.persons.GENERATIONAL_SUFFIXES) as names write them,
#: for the patterns ("II|III|IV|Jr|Sr"; each is followed by a word edge or the text's end, so
#: the order of the choices does not matter).
GENERATIONAL_SUFFIX = "|".join(
    sorted(
        (word.upper() if set(word) <= set("ivx") else word.capitalize())
        for word in GENERATIONAL_SUFFIXES
    )
)

# A capitalised word of a name: "Evans", "O'Connor", "Saint-Exupéry"; an initial: "L.", "L.K.".
_WORD = r"\p{Lu}[\p{Ll}'’\-]*\p{Ll}"
_INITIALS = r"(?:\p{Lu}\.\s?){1,3}"
_PARTICLE = r"(?:de|van|von|der|den|da|del|della|di|du|la|le|bin|ibn|al|el|ter)"

# A name's shape, from its word, initials and white-space patterns.
_NAME = r"""
    (?:
        {initials}{space}*{word}                      # initials, then the surname: "L.K. Evans"
      | {word}                                       # a given name ...
        (?:{space}+(?:{initials}|{word}|{particle}))*?  # ... middle names, initials, particles
        {space}+{word}                                # ... and the surname: "John W. Johnstone"
    )
    (?:,?{space}+(?:{suffix})\b\.?)?                  # a generational suffix: "Jr", ", Sr."
"""

#: A past participle in lower case, regular or in "-en": "hired", "recruited", "chosen",
#: "taken" (what stands between a passive's "was" and "to replace").
PASSIVE_PARTICIPLE = r"\p{Ll}{2,}(?:ed|en)"

#: A person's name as wire copy writes it, for when no person mention covers it.
NAME = regex.compile(
    _NAME.format(
        initials=_INITIALS,
        word=_WORD,
        particle=_PARTICLE,
        space=r"\s",
        suffix=GENERATIONAL_SUFFIX,
    ),
    regex.VERBOSE,
)

#: :data:`NAME` for ASCII text, in the standard library's engine (several times faster than
#: Unicode classes looked up at every character): on ASCII text both find the same names. Its
#: white space is spelled out: ``re``'s ``\s`` holds the separators \x1c-\x1f, ``regex``'s not.
_ASCII_SPACE = r"[ \t\n\r\f\v]"
#: Both of its branches open with the capital letter taken out in front: a pattern that opens
#: with an alternation is tried whole at every position of the text, one that opens with a
#: character class is skipped fast to the capitals (a third of the offices plugin's name scan).
_ASCII_NAME = r"""
    [A-Z]
    (?:
        \.{space}?(?:[A-Z]\.{space}?){{0,2}}{space}*{word}  # initials, the surname: "L.K. Evans"
      | [a-z'\-]*[a-z]                                   # a given name ...
        (?:{space}+(?:{initials}|{word}|{particle}))*?   # ... middle names, initials, particles
        {space}+{word}                                   # ... and the surname
    )
    (?:,?{space}+(?:{suffix})\b\.?)?                     # a generational suffix: "Jr", ", Sr."
"""
ASCII_NAME = re.compile(
    _ASCII_NAME.format(
        initials=rf"(?:[A-Z]\.{_ASCII_SPACE}?){{1,3}}",
        word=r"[A-Z][a-z'\-]*[a-z]",
        particle=_PARTICLE,
        space=_ASCII_SPACE,
        suffix=GENERATIONAL_SUFFIX,
    ),
    re.VERBOSE,
)

#: Words that may stand between the person and the cue without ending the subject: auxiliaries,
#: "who", adverbs of time and manner ("formerly served as", "has most recently worked as"),
#: and the words of the modality they carry.
_AUXILIARY_WORDS = """
has have had was were is are will would shall may might could should can must be been
being to not never also later formally officially previously recently subsequently then
just now soon eventually expected likely set due scheduled going about unexpectedly
abruptly today yesterday tomorrow who which reportedly already once unanimously and n't
does did do seek seeks sought want wants wanted plan plans planned intend intends
intended hope hopes aim aims first chosen picked tapped selected named appointed
elected nominated agreed agrees agree decided decides formerly most briefly currently
still
"""
AUXILIARIES = frozenset(_AUXILIARY_WORDS.split())

#: What may lead from a cue to the office it names: "as", "to the post of", "the new", "its".
OFFICE_LEAD = regex.compile(
    r"""
    [\s,]*
    (?:as\s+(?:previously\s+)?(?:announced|expected|planned|reported),?\s+)?  # "retires as
                                                               # previously announced as"
    (?:(?:also|now|still|currently|already|previously|formerly|briefly  # "who is also
        |(?:most\s+)?recently)\s+)?                           # chairman", "was most recently"
    (?:
        as\s+                                                  # "named as chairman"
      | to\s+be\s+                                             # "elected to be president"
      | for\s+(?:re-?)?election\s+(?:as|to)\s+                # "nominated for election as"
      | to\s+(?:the\s+|a\s+)?(?:new\s+|additional\s+|vacant\s+|top\s+  # "to the new post of"
           |newly[\s\-](?:created|established|formed)\s+)?      # "to the newly created post of"
        (?:post|position|office|job|role|rank)s?\s+of\s+          # "positions of A and B"
      | (?:the\s+)?(?:new\s+|additional\s+|added\s+|vacant\s+|top\s+)?  # "assumed the
        (?:post|position|office|job|role|title)\s+of\s+       # added post of"
      | (?:from\s+|in\s+)?(?:his|her|their)\s+(?:present\s+|current\s+)?
        (?:duties|responsibilities|post|position|job)\s+as\s+
                                             # "relieved of his duties as", "from his post as",
                                             # "continue in his present position as"
      | (?:his|her|their|a|the)\s+(?:[\w\-]+\s+){0,2}(?:term|stint)\s+as\s+  # "serving his
                                               # third term as", "served the maximum term as"
      | (?:his|her|their)\s+(?:present\s+|current\s+)?(?:titles?|posts?|positions?)\s+of\s+
                                               # "retain his present titles of A and B"
      | (?:the\s+)?(?:company|firm|bank|board|group|concern|agency)  # "joined the company
        (?:\s+in\s+(?:\p{Lu}\p{Ll}+\s+)?\d{4})?\s+as\s+           # (in November 1984) as"
      | (?-i:(?P<joined>\p{Lu}[\w&.\-]*(?:\s+\p{Lu}[\w&.\-]*){0,3}))  # "joined Acme Corp
        (?:\s+in\s+(?:\p{Lu}\p{Ll}+\s+)?\d{4})?\s+as\s+           # (in 2015) as"
      | (?:a\s+)?member\s+of\s+(?-i:(?P<member_of>\p{Lu}[\w&.\-]*(?:\s+\p{Lu}[\w&.\-]*){0,3}))
        ['’]s?\s+(?:(?-i:\p{Ll}+)\s+)?(?=board\b)               # "a member of Acme's board",
                                                               # "... Acme's management board"
      | to\s+fill\s+(?:a|the)\s+(?:[\w\-]+\s+)?(?:vacancy|seat)\s+on\s+  # "named to fill a
                                                               # vacancy on the board"
      | to\s+                                                  # "promoted to president"
      | (?:from|on)\s+                                         # "resigned from the board"
    )?
    (?:(?:the|its|a|an|their|his|her|our)\s+)?                  # "its chairman"
    (?:(?:co-?)?founder\s+and\s+)?                             # "founder and president": a
                                                               # founder is no office
    (?:(?:new|first|next|acting|interim|permanent|current|sole)\s+)?  # "the new president"
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

#: An organisation's name written before the office: "NATO Secretary General", "MidCon
#: chairman", "Western Union's president": one pattern for each count of capitalised words
#: (one to four), so that the rules can try the fewest first.
ORG_PREFIX = tuple(
    regex.compile(
        rf"(?P<org>\p{{Lu}}[\w&.\-]*(?:\s+\p{{Lu}}[\w&.\-]*){{{count - 1}}})(?:['’]s)?\s+"
    )
    for count in range(1, 5)
)

#: What opens an apposition that states a person's office: "X, director-general of NATO,",
#: "X, the Secretary General of NATO,", "X, former chairman of Y,".
APPOSITION = regex.compile(
    r"\s*,\s+(?:\d{1,3},\s+)?"  # an age first: "X, 52, former chairman of Y,"
    r"(?:(?:the|a|an|its|their)\s+"
    # an owner's name, read as the office's organisation: "X, Acme's new treasurer,"
    r"|(?-i:(?P<owner>\p{Lu}[\w&.\-]*(?:\s+\p{Lu}[\w&.\-]*){0,3}))['’]s\s+"
    r"(?=(?i:formerly|former|currently|current|incumbent|existing|previously|new|newly|ex-)))?"
    r"(?P<marker>(?:(?:formerly|former|currently|current|incumbent|existing|previously|then|now"
    r"|new|newly[\s\-](?:appointed|named|installed|elected))\b"  # "X, the new treasurer,"
    r"|ex-)\s*)?"
    r"(?:(?<=now\s|then\s)(?:the|a|an)\s+)?",  # "X, now the director of Y"
    regex.IGNORECASE,
)

#: An organisation's name after an office's "of", "at" or "for": "of Olin Corp", "at the
#: Munich Security Conference", "of the North Atlantic Treaty Organization".
AFTER_OFFICE_ORG = regex.compile(
    r"""
    \s+(?:
        (?:of|at|for|with)\s+(?:the\s+)?
        (?:(?!(?:and|or|in|on|by|to|from|since|until)\b)\p{Ll}[\p{Ll}\-]*\s+)?  # "of insurer X"
      | to\s+(?:the\s+)?                                       # "ambassador to the United
    )                                                           # Nations"
    (?P<org>
        \p{Lu}[\w&.'’\-]*                                      # its first word, capitalised
        (?:\s+(?:\p{Lu}[\w&.'’\-]*|of|and|&|for|the|de|du|des)){0,7}  # and the words after it
    )
    """,
    regex.VERBOSE,
)

#: The common nouns a text uses for the organisation the story is about, after "of the" or a
#: possessive: "president of the company", "the alliance's secretary general".
GENERIC_ORG = regex.compile(
    r"""
    \s+of\s+(?:the|its|this)\s+
    (?:[\w\-]+\s+)?                                  # a word before the noun: "telegraph"
    (?P<org>company|corporation|bank|group|firm|concern|unit|subsidiary|board|alliance
           |organization|organisation|party|agency|exchange|institution)\b
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

#: A capitalised organisation name standing alone (the subject of "X said ..."): "Olin Corp".
ORG_NAME = regex.compile(r"\p{Lu}[\w&.'’\-]*(?:\s+(?:\p{Lu}[\w&.'’\-]*|of|and|&))*")

#: The nouns an extension prolongs: "his term was extended", "extended her mandate".
TERM_NOUNS = frozenset({"term", "terms", "mandate", "mandates", "tenure", "contract"})

#: A verb of keeping before the person kept at the helm: "will keep X at the helm".
KEEP_BEFORE = regex.compile(r"\b(?:keep|keeps|kept|keeping|retain|retains|retained)\s+\Z", regex.I)

#: A ministry named after a cue, whose minister is the office: "was moved to the interior
#: ministry" (Interior Minister); one or two words of its portfolio.
MINISTRY_AFTER = regex.compile(
    r"\s+(?:to\s+)?the\s+(?P<portfolio>\p{L}+(?:\s+\p{L}+)?)\s+ministry\b", regex.IGNORECASE
)

#: A court named after a cue, its bench the office: "nominated X to the state Supreme Court"
#: (a justice of it), "appointed X to the Court of Appeals" (a judge of it).
COURT_AFTER = regex.compile(
    r"""
    \s+to\s+(?:the|a)\s+(?:seat\s+on\s+the\s+)?(?:(?:state|federal)\s+)?  # "to the state"
    (?P<court>(?:\p{Lu}[\p{L}.\-]*\s+){0,3}Court(?:\s+of\s+(?:Appeals?|Claims))?)\b
    """,
    regex.VERBOSE,
)

#: A further period after the helm: "for an additional period", "for another year".
PERIOD_AFTER = regex.compile(
    r"""
    [^.;]{0,80}?\bfor\s+(?:an?\s+|another\s+|one\s+more\s+)?
    (?:additional|further|extra|second|third|fourth|new|more|another)?\s*
    (?:period|term|year|years|mandate)\b
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

#: Offices counted after a cue, their holders listed later: "elected three directors", "named
#: the following officers", "appointed two new vice presidents".
COUNTED_OFFICES = regex.compile(
    r"""
    \s+(?:(?:the|its|their)\s+)?
    (?P<count>following|two|three|four|five|six|seven|eight|nine|ten|several|\d{1,2})\s+
    (?:(?:new|additional|outside|senior)\s+)?                  # "three new directors"
    (?P<office>(?:[\p{Ll}\-]+\s+){0,2}[\p{Ll}\-]+s)\b        # a plural: "vice presidents"
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

#: A board named with its members after a cue: "elected a new board consisting of A, B and
#: C", "named a board composed of".
BOARD_OF_PEOPLE = regex.compile(
    r"""
    \s+(?:a|the|its|their)\s+(?:new\s+|\w+-member\s+)?
    (?P<office>board(?:\s+of\s+directors)?)
    \s+(?:consisting\s+of|composed\s+of|made\s+up\s+of|comprising|comprised\s+of)\s+
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

#: What opens the list of the counted offices' holders, after the count.
LIST_OPENS = regex.compile(
    r"""
    (?:\s+(?:to|on)\s+(?:the|its|their)\s+(?:\w+\s+){0,2}?board)?  # "... to its board"
    (?:
        \s*:\s*                                                   # "the following officers: A"
      | \s*[.;]\s+(?:They|These|The\s+new\s+\w+)\s+(?:are|were|include)\s+  # ". They are A"
      | \s*,\s+(?:namely\s+)?                                     # "three directors, A, B"
    )
    """,
    regex.VERBOSE,
)

#: An office after a listed name: "A, president; B, vice president".
LIST_ITEM_OFFICE = regex.compile(r",\s*(?:as\s+)?(?=\p{Ll})")

#: What stands between two listed names: a comma, a semicolon, "and".
LIST_SEPARATOR = regex.compile(r"\s*(?:[,;]\s*(?:and\s+)?|\s+and\s+)")

#: The verb after an inverted passive's office, before its subjects: "Named to the board were".
INVERTED_BE = regex.compile(r"(?:\s+of\s+[\w&.\- ]{1,40}?)?\s+(?:were|are|was|is)\s+")

#: The agent of a passive standing before the office: "nominated by President Reagan as".
AGENT_BEFORE_OFFICE = regex.compile(
    r"\s+by\s+(?:the\s+)?(?:[\w.'’\-]+\s+){1,4}?(?=(?:as|to\s+be|to\s+the\s+post\s+of)\s)"
)

#: A time standing between a cue and the person it names: "will elect in April John Doe",
#: "named, effective March 1, John Doe", "appointed on Monday John Doe".
INSERTED_TIME = regex.compile(
    r"""
    ,?\s+(?:
        (?:in|on|effective|from)\s+
        (?:\p{Lu}\p{Ll}+\.?(?:\s+\d{1,2})?(?:,?\s+\d{4})?|\d{4})   # "in April", "on March 1"
      | (?:last|next|this)\s+(?:week|month|year|\p{Lu}\p{Ll}+day)    # "resigned last week as"
      | (?:yesterday|today)
    )
    ,?\s+
    """,
    regex.VERBOSE,
)

#: A title of courtesy a name may carry, left out of the person: "Sir John Harvey-Jones".
HONORIFIC = regex.compile(
    r"(?:Sir|Dame|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Prof\.?|Sheikh|Gen\.|Col\.|Adm\.|Rev\.|Capt\.)\s+(?=\p{Lu})"
)

#: What opens an apposition that names a person's office before the verb: "X, its president
#: since 1982, resigned", "X, the company's chairman, will retire".
APPOSED_OFFICE = regex.compile(r"\s*,\s+(?:(?:its|the|their)\s+(?:company['’]s\s+)?)?(?=\p{Ll})")

#: Adjectives before the person a succession replaces: "succeed the ailing and resigned",
#: "replace the retiring", "succeed the late".
DESCRIBED_PERSON = regex.compile(
    r"\s+(?:the\s+)?(?:\p{Ll}[\p{Ll}\-]*,?\s+(?:and\s+)?){1,3}(?=\p{Lu})"
)  # "in succession to ailing William Casey": no article either
