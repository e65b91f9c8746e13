"""Regular expressions of the outlet plugin, one named constant per kind of clutter.

All patterns are matched against one line at a time (lines are short), which bounds their cost;
none nests unbounded repetition inside repetition.
"""

from __future__ import annotations

import regex

# Month names and abbreviations as news writes them; a closed class, so kept here with the
# pattern that needs it rather than in an extendable lexicon.
MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}  # fmt: skip

_MONTH = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")"
# Month names as a glued date starts them: capitalised ("Dec", "December").
_MONTH_TITLE = "(?:" + "|".join(sorted((m.title() for m in MONTHS), key=len, reverse=True)) + ")"
_WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?"

# A journalist's job title: the noun, and the words that qualify it ("Senior political
# correspondent", "Environment editor", "News reporter"): ranks and the common beats and desks.
#: The job-title nouns, singular (a title may have them plural).
ROLE_NOUNS = (
    "writer", "reporter", "correspondent", "editor", "columnist", "contributor", "producer",
    "journalist", "critic", "reviewer",
)  # fmt: skip
_ROLE_NOUN = "(?:" + "|".join(ROLE_NOUNS) + ")s?"
_ROLE_MODIFIER = (
    r"(?:senior|chief|staff|special|political|foreign|contributing|associate|deputy|executive"
    r"|managing|news|sports?|features?|national|international|world|business|economics?"
    r"|finance|markets?|science|health|climate|environment(?:al)?|technology|tech|education"
    r"|politics|diplomatic|defen[cs]e|security|legal|crime|culture|arts|entertainment|media"
    r"|transport|energy|investigations?|investigative|digital|breaking|home|affairs|general"
    r"|assistant|lead|freelance|guest|travel|food|style|fashion|opinion|video|data|global)"
)

# What a page counts next to its date: "2 Shares", "1530 Views".
_COUNTED = r"(?:shares?|views?|comments?|likes?|reads?|reactions?)"
# What a page gives as a story's reading time: "5 min read", "12 minutes read".
_READ_TIME = r"min(?:ute)?s?\s+read"

#: A calendar date in the spellings news pages use, with named parts.
DATE = regex.compile(
    rf"""
    (?=\d|[adfjmnostw][aceoprhu])     # a number, or the first two letters of a weekday or a
                                     # month: most positions end here
    (?:
        (?<![\p{{L}}\p{{N}}])                                   # a date stands alone, or is
      | (?<=\p{{Ll}})(?=(?-i:\p{{Lu}})|\d)                        # glued to the byline before it:
    )                                                         # "By Ann LeeDecember 23, 2023"
    (?:{_WEEKDAY}\.?,?\s+)?                                   # optional weekday: "Tuesday, "
    (?:
        (?P<mdy_month>{_MONTH})(?:\.\s*|\s+)(?P<mdy_day>\d{{1,2}})  # "March 12, 2023", "Mar. 12
        (?:st|nd|rd|th)?(?:,\s*|\s+)                         # 2023", "Mar 12 '23"; scraped inline
        (?:(?P<mdy_year>(?:19|20)\d\d)|['’](?P<mdy_short_year>\d\d))  # text: "Dec.21,2023"
      | (?P<dmy_day>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+(?:of\s+)?|-)  # "12 March 2023", "12th of
        (?P<dmy_month>{_MONTH})(?:\.?,?\s+|\.?,|-)             # March", "12-Mar-2023",
        (?P<dmy_year>(?:19|20)\d\d)                            # "12 Mar,2023"
      | (?P<iso_year>(?:19|20)\d\d)-(?P<iso_month>\d\d)-(?P<iso_day>\d\d)  # "2023-03-12"
      | (?P<ymd_year>(?:19|20)\d\d)(?P<ymd_sep>[/.])          # "2023/3/12", "2023.12.21"
        (?P<ymd_month>\d{{1,2}})(?P=ymd_sep)(?P<ymd_day>\d{{1,2}})
      | (?P<dot_day>\d{{1,2}})\.(?P<dot_month>\d{{1,2}})\.(?P<dot_year>(?:19|20)\d\d)  # 01.10.2024
      | (?P<dot2_day>\d\d)\.(?P<dot2_month>\d\d)\.(?P<dot2_year>\d\d)  # "21.12.23", two digits each
      | (?P<slash_a>\d{{1,2}})(?P<slash>[/\-])(?P<slash_b>\d{{1,2}})(?P=slash)  # 3/4/24, 12-05-23
        (?P<slash_year>(?:19|20)\d\d|\d\d)
    )
    (?!\p{{N}}(?!\d?:\d\d|\d{{0,6}}\s*{_COUNTED}|\d?\s*{_READ_TIME})|\.\d|(?-i:\p{{Ll}}))  # not
                                                          # inside a number or a word (glued
                                                          # text may follow: "2023Dec", a time:
                                                          # "Dec 21, 20235:00 AM", a count:
                                                          # "20232 Shares", a reading time:
                                                          # "Dec 21, 20235 min read")
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

#: A month and day without a year, as datelines give them ("NEW YORK, Feb 26 -").
MONTH_DAY = regex.compile(
    rf"(?P<month>{_MONTH})\.?\s+(?P<day>\d{{1,2}})(?![\p{{N}}])", regex.IGNORECASE
)

#: A line that labels the publication or update time: "Published: ...", "Updated on ...".
DATE_LABEL = regex.compile(
    r"""
    ^\W{0,3}
    (?P<label>
        (?:first\s+)?published | posted | date(?:d)? | released | issued   # publication
      | (?:last\s+)?(?:updated|modified|edited|revised)                     # a later change
    )
    (?:\s+(?:on|at))?\s*[:\-–—|]?\s*
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

#: A note on the story's own publication, at its end as often as at its top: "This article was
#: originally published on December 21, 2023.", "This story originally appeared in the Daily
#: Post on Dec. 21, 2023", "Originally published Dec. 21, 2023". Only "This": "The article was
#: published in Nature on March 3" tells of another article.
PUBLICATION_NOTE = regex.compile(
    r"""
    ^\W{0,3}
    (?:
        this\s+(?:story|article|post|piece|column|essay|interview)\s+   # "This article was
        (?:was\s+|has\s+been\s+)?(?:originally\s+|first\s+)?          #  originally"
      | originally\s+                                                # "Originally"
    )
    (?P<label>published|posted|appeared)\b
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

#: The first letters of PUBLICATION_NOTE, in lower case (story.match_date_label tests them).
PUBLICATION_NOTE_INITIALS = frozenset("to")

#: The first letters of DATE_LABEL's labels, in lower case: on an ASCII line it matches only
#: where the first letter or digit, within its first four characters, is one of them
#: (story.match_date_label tests that first).
DATE_LABEL_INITIALS = frozenset("fpdrilume")

# The words that label a date as the publication's further on in a line.
_PUBLISHED_LABELS = "published|posted"

#: A publication label right before a date further on in a line: "... Published Dec. 21, 2023".
PUBLISHED_BEFORE = regex.compile(
    rf"\b(?:first\s+)?(?:{_PUBLISHED_LABELS})(?:\s+(?:on|at))?\s*[:\-–—|]?\s*$", regex.IGNORECASE
)

#: The label words of :data:`PUBLISHED_BEFORE`, anywhere in a line, in the same engine and case
#: rules: a line without them has no publication label before a later date.
PUBLISHED_WORD = regex.compile(_PUBLISHED_LABELS, regex.IGNORECASE)

#: A byline: "By Jane Doe", "Written by Jane Doe and John Roe", "Author: Jane Doe".
BYLINE = regex.compile(
    r"""
    ^\W{0,3}
    (?:
        (?:(?:written|words|story|reporting|reported|posted|text|report          # "By", "Opinion
             |opinion|analysis|commentary|column|essay|review|interview)\s+)?by\b\s*:?  #  by"
      | (?-i:By)(?=(?-i:\p{Lu}\p{Ll}))                                   # "ByJane Doe": glued
      | as\s+told\s+to\b                                                  # "As told to"
      | (?:authors?|writers?|reporters?|correspondents?|contributors?)\s*[:|]  # "Author:"
    )
    \W{0,3}?\s*(?P<names>\w.*)$                               # ("By — Jane Doe": from the name)
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

#: Separators between names in a byline: commas, "and", "&", ";", "|", middle dots and bullets,
#: " with ".
NAME_SEPARATOR = regex.compile(
    r"\s{0,4}(?:,|;|\||&|·|•|\band\b|\bwith\b)\s{0,4}", regex.IGNORECASE
)  # bounded spaces: a long run of them was quadratic

#: What follows the names in a byline and is not a name: a job title, a place, a date.
BYLINE_TAIL = regex.compile(
    rf"""
    (?:\s{{0,4}}[,|\-–—•·]\s{{0,4}}|\s{{1,4}})        # a separator, or spaces: bounded, and one
                                                # way to read a run of spaces (it was cubic)
    (?:
        (?:(?<=[,|•·\-–—]\s{{0,3}})(?-i:\p{{Lu}}\p{{Ll}}+)\s{{1,4}})?  # "Environment
        (?:{_ROLE_MODIFIER}\s{{1,4}}){{0,2}}{_ROLE_NOUN}\b.*     # correspondent", ", Brussels
                                                              # correspondent"
      | (?:for|at|in|of)\s{{1,4}}.*                            # "for Reuters", "in Brussels"
      | (?:on\s{{1,4}})?(?:updated|published|posted)\b.*      # a timestamp on the same line
      | on(?:\s{{1,4}}(?=[^\n]{{0,80}}\d).*)?                    # "on December 22, 2023", or
                                                              # "on" with the date on the next line
      | (?:\p{{L}}{{3,9}}\.?\s{{1,4}})?\d.*                         # a date or time: "Dec 22, 2023"
    )$
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

# What BYLINE_TAIL cannot match without on ASCII text (bylines.may_have_tail tests it first:
# the search tries every branch at every space, 7-13 us on a line of names): a digit (a date
# or a time), a job-title noun in any case, or one of these words after a separator.
#: The words of BYLINE_TAIL's branches standing alone after a separator, in lower case.
BYLINE_TAIL_WORDS = frozenset({"for", "at", "in", "of", "on"})
#: The timestamp labels a BYLINE_TAIL word may open, in lower case ("Updated:").
BYLINE_TAIL_LABELS = ("updated", "published", "posted")

#: A job title on a line of its own under a name: "Contributing Reporter", "Senior Contributor".
ROLE_LINE = regex.compile(
    rf"""
    \W{{0,3}}(?:{_ROLE_MODIFIER}\s+){{0,2}}{_ROLE_NOUN}
    (?:\s+@[\w.]{{2,30}})?                                 # the author's handle after it
    \W{{0,3}}$
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

#: What may follow the names on a line of names alone: the author's job title after a comma
#: (", Brussels correspondent") or where the author writes from (" in Brussels", " at the
#: White House" not: only capitalised places, to the line's end). A headline's "Ushered In the
#: Next Phase" is none.
NAME_LINE_TAIL = regex.compile(
    rf"""
    (?:
        ,\s{{0,4}}(?:\p{{Lu}}\p{{Ll}}+\s{{1,4}})?                           # a job title
        (?i:(?:{_ROLE_MODIFIER}\s{{1,4}}){{0,2}}{_ROLE_NOUN})
      | \s{{1,4}}(?:in|at)\s{{1,4}}\p{{Lu}}[\p{{L}}.'’\-]+                   # a place
        (?:\s{{1,4}}\p{{Lu}}[\p{{L}}.'’\-]+){{0,2}}
    )
    \s{{0,4}}$
    """,
    regex.VERBOSE,
)

#: A timestamp label, a date or a job title glued to the name before it: "By Emma
#: BatyPublished: Dec 22", "By Kent GermanDec 22, 2023", "By Deborah NetburnStaff Writer".
GLUED_LABEL = regex.compile(
    rf"""
    (?<=\p{{Ll}})
    (?:
        Published|Updated|Posted                              # a timestamp's label
      | (?i:archive\s+page|long\s+read|view\s+profile|more\s+articles|see\s+all)\b  # a link's
                                                            # label: "Tate Ryan-Mosleyarchive page"
      | (?-i:{_MONTH_TITLE})\.?\s*\d                           # a date: "Dec 22"
      | (?<=\p{{Lu}}\p{{Ll}}{{2,}})                              # a job title after a whole name
        (?=\p{{Lu}}[\p{{L}}&]*(?:\s+[\p{{L}}&]+){{0,3}}?\s*     # ("McGregor" is one name)
        (?i:writer|reporter|correspondent|editor|columnist|contributor|producer|journalist)s?\b)
    )
    """,
    regex.VERBOSE,
)

# What GLUED_LABEL cannot match without on ASCII text (bylines.may_glue tests it first): a
# timestamp label in its case, a digit (a date), or, in lower case, a link label's first word or
# a job title (the pattern's job titles are among ROLE_NOUNS).
#: GLUED_LABEL's timestamp labels, spelled as the pattern spells them (in their case).
GLUED_LABEL_CASED = ("Published", "Updated", "Posted")
#: The first words of GLUED_LABEL's other branches, in lower case.
GLUED_LABEL_WORDS = ("archive", "long", "view", "more", "see", *ROLE_NOUNS)

#: A name ending in a word that makes it a credit, not a person: "Forbes India Staff".
STAFF_CREDIT = regex.compile(r"\b(?:Staff|Desk|Team|Newsroom|Editors|Opinion)$")

#: What stands between a byline's names and the date after them: a label, a time, separators
#: ("Jane Doe, Reuters - Published: ", "Beege Welborn 8:41 PM on ").
NAMES_BEFORE_DATE = regex.compile(
    r"""
    \W{0,3}(?P<names>\p{Lu}.*?)                                  # the names, capitalised
    (?:[\s,\-–—|•·/]+
       (?:\d{1,2}:\d\d\s*(?:[ap]\.?m\.?)?\s*)?                     # a time before the date
       (?:(?:first\s+|last\s+)?(?:published|updated|posted)(?:\s+on)?\s*:?|on)?  # a label
    )?
    [\s,\-–—|•·/:]*$
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

#: The names after a timestamp: "posted on 2023-12-19 23:30 EST by Rafael Antonio Pineda".
BY_AFTER_DATE = regex.compile(
    r"""
    (?:[\s,|•·\-–—]|\d{1,2}[:.]\d\d|(?i:[ap]\.?m\.?)|\p{Lu}{2,4})*?  # a time, a zone
    \s+(?i:by)\s+(?P<names>\p{Lu}.{0,80}?)\s*$                 # "by" and the names, to the end
    """,
    regex.VERBOSE,
)

#: The names after a date that opens its line, past a separator: "21 December 2023 · Jane Doe",
#: "Dec 21, 2023 | Jane Doe and John Roe".
NAMES_AFTER_DATE = regex.compile(r"\s{0,4}[|•·\-–—/]\s{0,4}(?P<names>\p{Lu}.{0,80}?)\s{0,4}$")

#: A line under a name that makes the name a byline: a date, a reading time, "and others".
UNDER_A_BYLINE = regex.compile(
    r"""
    \W{0,3}(?:
        \d{1,3}\s*(?:min(?:ute)?s?)\.?(?:\s+read|\s*$)               # "6 min read", "4 min"
      | and\s+(?:others|\d+\s+more)                                 # "and others"
    )\b
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

#: An author's note after the story: "Jane Doe is a staff writer at ...", "Jane Doe can be
#: reached at ...", "Jane Doe writes about ...". Matched at the start of a sentence.
AUTHOR_NOTE = regex.compile(
    r"""
    (?P<name>\p{Lu}[\p{L}\p{M}'’.\-]{1,40}(?:\s{1,3}\p{Lu}[\p{L}\p{M}'’.\-]{1,40}){1,3})  # bounded:
    \s{1,3}(?:                                          # finditer tries it from every capital
        is\s+(?:a|an|the)\s+(?:[\p{L}\-]+,?\s+){0,6}?                   # "is a national college
        (?:writer|reporter|editor|journalist|correspondent|columnist      #  football writer"
          |contributor|producer|critic|reviewer)s?\b
      | can\s+be\s+reached\s+at\b                                       # "can be reached at"
      | writes\s+(?:about|on|for)\b                                      # "writes about"
    )
    """,
    regex.VERBOSE,
)

#: A line asking readers to contact the author: "Follow Jane Doe on Twitter", "Contact Jane
#: Doe at jdoe@example.com", "Reach Jane Doe at 555-0100". Matched at the start of a sentence.
CONTACT_NOTE = regex.compile(
    r"""
    (?:Follow|Contact|Email|E-mail|Reach|Write\s+to)\s{1,3}
    (?P<name>\p{Lu}[\p{L}\p{M}'’.\-]{1,40}(?:\s{1,3}\p{Lu}[\p{L}\p{M}'’.\-]{1,40}){1,3})
    \s{1,3}(?:on|at|via)\b
    """,
    regex.VERBOSE,
)

#: A wire story's closing credit: "(Reporting by Jane Doe and John Roe; Editing by Ann Lee)".
#: The reporters are its authors; "Additional reporting" and editors are not.
REPORTING_CREDIT = regex.compile(
    r"""
    \W{0,2}
    (?:(?i:this|the)\s+(?i:story|article|report)\s+(?i:was)\s+)?        # "This story was
    (?i:reporting|writing|written|reported)\s+(?i:by)\s+             #  reported by"
    (?P<names>\p{Lu}[^;()\[\]]{1,120}?)                 # up to the next credit or the end
    \s*(?:[;)\]]|,\s*(?i:edit)|$)
    """,
    regex.VERBOSE,
)

#: A social-media handle on its own line under an author's name: "@ashifa_k".
SOCIAL_HANDLE = regex.compile(r"@[\w.]{2,30}")

#: "By" alone on its line (the names follow on the next).
BY_ALONE = regex.compile(
    r"\W{0,3}(?:(?:written\s+)?by|authors?|written\s+by)\W{0,3}$", regex.IGNORECASE
)

#: A byline's list of names broken off at its line's end, to go on on the next line: "By Jane
#: Doe and", "By Jane Doe &". (Not a comma: "By Jane Doe," goes on with her job title.)
OPEN_NAME_LIST = regex.compile(r"(?:&|\band)\s*$", regex.IGNORECASE)

#: A top-level domain standing as a word in a name ("Acoady Com", "NBA.com"), or glued to a
#: word of it ("INQUIRER.net BrandRoom"): a site or its desk, not a person.
DOMAIN_WORD = regex.compile(r"\.(?:com|org|net)\b|\s(?:com|org|net)$", regex.IGNORECASE)

#: What a page's widgets leave after an author's name: a social handle ("Jane Doe@JANEDOE",
#: "Jane Doe (@janedoe)"), a "Follow" or "Email" button ("By Jane Doe Follow and John Roe
#: Follow"), zero-width characters.
NAME_WIDGET = regex.compile(
    r"(?:\s*\(?@[\w.]{2,30}\)?|\s+(?:Follow|FOLLOW|Email|EMAIL)|[\u200b\u200c\u200d\ufeff]+)$"
)

#: An English function word as a capitalised word, which no person's name holds: "LEAVE A
#: COMMENT", "About Us", "Read More" read as names otherwise.
FUNCTION_WORD = regex.compile(
    r"\b(?:A|An|The|Of|To|For|On|In|With|Your|Our|My|Us|About|More|All|Leave|Share|Sign)\b",
    regex.IGNORECASE,
)

#: An embedded post's signature: "— Jane Doe (@janedoe) December 21, 2023" ends a quoted
#: tweet; its name is the post's author, not the story's.
EMBED_SIGNATURE = regex.compile(r"^\W{0,3}[—–\-]\s*[^()]{1,80}\(@[\w.]{1,30}\)")

#: Degrees and credentials after a name: "Lauren Manaker MS", "Jane Doe, PhD".
CREDENTIALS = regex.compile(
    r"(?:\s+|,\s*)(?:MD|MS|MSc|MA|PhD|Ph\.D\.|RD|RDN|LD|LDN|MPH|MBA|RN|DO|DDS|CPA|CFA|Esq\.?)\.?$"
)

#: A person's name: two to five capitalised words, particles allowed between them.
PERSON_NAME = regex.compile(
    r"""
    ^(?:\p{Lu}[\p{L}\p{M}'’.\-]*\.?)                      # first name or initial
    (?:\s+(?:\p{Lu}[\p{L}\p{M}'’.\-]*|de|da|di|du|del|della|van|von|der|den|la|le|bin|al|el|ter))
      {1,4}$                                              # further names and particles
    """,
    regex.VERBOSE,
)

#: A dateline opening the story: "BRUSSELS (Sputnik) -", "KANSAS CITY, Mo. (AP) —",
#: "NEW YORK, Feb 26 -", "BOLOGNA, Italy, Oct. 20, 2024 (AFP) -", "ATLANTA --".
DATELINE = regex.compile(
    r"""
    (?P<place>\p{Lu}[\p{Lu}\p{M}'’.\-]+(?:\s+\p{Lu}[\p{Lu}\p{M}'’.\-]+){0,3})   # place in capitals
    (?:,\s+(?P<region>\p{Lu}[\p{L}.]+(?:\s+\p{Lu}[\p{L}.]+)?))??                   # ", Mo."
    (?:,?\s+(?P<date>\p{L}{3,9}\.?\s+\d{1,2}(?:,?\s+(?:19|20)\d\d)?))?              # ", Feb 26"
    \s*(?:
        \((?P<agency>[^()\n]{1,40})\)                                             # "(Reuters)"
      | /(?P<agency>\p{L}[\p{L}\-]{1,30})/                                         # a press
    )?                                                                        # release's wire:
    \s*(?:-{1,2}|–|—)\s+                                                          # "/PRNewswire/"
    """,
    regex.VERBOSE,
)

# A word of a dated dateline's place: "Winnipeg", "Saint-Louis", "O'Hare"; no hyphen before
# another, which is the dash after the place ("SAN FRANCISCO--(BUSINESS WIRE)--").
_PLACE_WORD = r"\p{Lu}(?:[\p{L}\p{M}'’.]|-(?!-))+"

# The date of a dated dateline: ", Feb 26", ", 3 April", ", 03.04.2025", ", 2025-04-03".
_DATELINE_DATE = rf"""
        (?i:{_MONTH})\.?\s+\d{{1,2}}(?:,?\s+(?:19|20)\d\d)?                      # "Feb 26"
      | \d{{1,2}}\s+(?i:{_MONTH})\.?(?:\s+(?:19|20)\d\d)?                         # "3 April"
      | \d{{1,2}}\.\d{{1,2}}\.(?:19|20)\d\d                                      # "03.04.2025"
      | (?:19|20)\d\d-\d\d-\d\d                                                # "2025-04-03"
"""

#: A dateline with its date, whatever the place's case: "Toronto, Feb 26 -", "Winnipeg,
#: Manitoba, Feb 26 -", "MONTREAL, Feb 26-", and as European outlets date it: "KELLBURG,
#: 03.04.2025 -", "BERLIN, 3 April 2025 -". The date makes it a dateline, so the place may be
#: in title case and the dash may touch the date. Press releases date theirs with the wire
#: that carries them: "NEW YORK, Dec. 21, 2023 /PRNewswire/ --", or the wire first:
#: "SAN FRANCISCO--(BUSINESS WIRE)--Dec. 21, 2023--".
DATED_DATELINE = regex.compile(
    rf"""
    (?P<place>{_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,3}})                          # place
    (?:,\s+(?P<region>\p{{Lu}}[\p{{L}}.]+(?:\s+\p{{Lu}}[\p{{L}}.]+)?))??        # ", Manitoba"
    (?:
        ,\s+(?P<date>{_DATELINE_DATE})(?!\d)                                  # ", Feb 26"
        \s*(?:
            \((?P<agency>[^()\n]{{1,40}})\)                                    # "(Reuters)"
          | /(?P<agency>\p{{L}}[\p{{L}}\-]{{1,30}})/                                # "/PRNewswire/"
        )?
      | \s*-{{1,2}}\s*\((?P<agency>[^()\n]{{1,40}})\)\s*-{{1,2}}\s*              # "--(BUSINESS
        (?P<date>{_DATELINE_DATE})(?!\d)                                      # WIRE)--Dec. 21"
    )
    \s*(?:-{{1,2}}|–|—)\s*
    """,
    regex.VERBOSE,
)

#: A copyright footer naming the site's owner: "© Copyright 1997-2023 INQUIRER.net | All Rights
#: Reserved", "Copyright © 2023, Chicago Tribune", "2023 The Boot, Townsquare Media, Inc. All
#: rights reserved.". The holder is the first name after the year, up to a comma, a bar or a
#: full stop.
COPYRIGHT_FOOTER = regex.compile(
    r"""
    \W{0,2}
    (?:
        (?:(?i:copyright)\s*)?(?:©|\([cC]\))\s*(?:(?i:copyright)\s*)?   # "© Copyright",
                                                                    # "Copyright ©"
      | (?i:copyright)\s+                                           # "Copyright 2023"
      | (?=(?:19|20)\d\d\b[^\n]{0,80}?(?i:all\s+rights\s+reserved))    # "2023 The Boot, ... All
    )                                                               #  rights reserved."
    (?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s*,?\s*              # the year(s): a photo
                                                                    # credit has none
    (?P<holder>\p{Lu}[^,|.\n]{1,60}?(?:\.(?:com|net|org|co\.uk))?)   # "INQUIRER.net", "Chicago
    \s*(?:[,|.]|$|(?=(?i:all\s+rights\s+reserved)))                 #  Tribune", up to "All rights
                                                                    #  reserved", glued or not
    """,
    regex.VERBOSE,
)

#: Legal suffixes after a company's name: "Forbes Media LLC", "Townsquare Media, Inc.".
CORPORATE_SUFFIX = regex.compile(
    r"(?:,?\s+(?:LLC|L\.L\.C\.|Inc\.?|Incorporated|Ltd\.?|Limited|PLC|plc|Corp\.?"
    r"|Corporation|GmbH|S\.A\.|AG|Co\.?))+\s*$"
)

#: A photo credit's marker: "©", "Copyright", "Photo:", "Image by", "Credit:", "Photograph:".
#: Each branch starts with one of :data:`CREDIT_MARKER_CUES` (in lower case): keep them in step.
CREDIT_MARKER = regex.compile(
    r"""
    (?=[©(cCpPiI])             # searched through whole texts: most positions fail on this
    (?:
        ©\s*|\([cC]\)\s+                                       # the copyright sign
      | \b(?i:copyright|photo\s+credit|image\s+credit)\b\s*:?\s*
      | \b(?i:credit)\s*(?::|\.{2,3}|…)\s*                      # "Credit: ...", "Credit...":
                                                               # "Credit Suisse" is a bank
      | \b(?i:photo(?:graph)?|picture|image)(?i:s)?\s*(?i:by\s+|:\s*)
      | \((?=\p{Lu})                                             # a wire's "(AP Photo/Ng Han Guan)"
        (?=[\p{L}.&\s]{0,30}?\b(?:Photo|PHOTO|Images|Pictures|Reuters|REUTERS)\s*/)
    )
    """,
    regex.VERBOSE,
)

#: What a match of :data:`CREDIT_MARKER` starts with, in lower case: the sign, "(c)", or the
#: first word of a branch; but for a wire's credit, which opens with a bracket up to
#: :data:`CREDIT_WIRE_REACH` characters before one of :data:`CREDIT_WIRE_CUES`.
CREDIT_MARKER_CUES = ("©", "(c)", "copyright", "credit", "photo", "picture", "image")
CREDIT_WIRE_CUES = ("photo", "images", "pictures", "reuters")
CREDIT_WIRE_REACH = 31

#: A body marked "©" or "Copyright" that is the page's copyright notice, not a photo's credit:
#: it opens with a year or with the notice's own words ("© 2023 ABC News", "© Copyright
#: Gannett", "©All Rights Reserved Poynter"), ...
COPYRIGHT_NOTICE_BODY = regex.compile(r"(?:19|20)\d\d\b|(?i:copyright|all\s+rights?\s+reserved)\b")
#: ... or a year or a company's legal suffix follows it ("© The Citizen 2023.", "© Future US,
#: Inc."), or the line says "All rights reserved" (read from the marker on).
COPYRIGHT_NOTICE_TAIL = regex.compile(
    r"\s*[,.]?\s*(?:(?:19|20)\d\d\b|(?:LLC|Inc|Ltd|Limited|PLC|plc|Corp|GmbH)\b)"
)
RIGHTS_RESERVED = regex.compile(r"(?i:all\s+rights?\s+reserved)")
#: A photo's source in a credit, which no copyright notice names: "Getty Images", "AP Photo".
PHOTO_SOURCE = regex.compile(
    r"\b(?:Photos?|PHOTOS?|Images|IMAGES|Pictures|Getty|Shutterstock|Alamy)\b"
)
#: What follows a credit after "Photo:"/"Image:" on its line, when the line is a caption or a
#: teaser's label rather than a credit ("Image: The bill was backed by MPs", "Trending Image:
#: Playoff odds: ..."): a lower-case word or a colon.
CAPTION_AFTER_LABEL = regex.compile(r"\s*(?::|,?\s*\p{Ll})")

#: The mark between the items of a menu or a widget bar on one line: "Home | News | Sport",
#: "Share · Tweet · Email".
ITEM_SEPARATOR = regex.compile(r"\s+[|·•]\s+")

#: The gap between the items of a widget bar copied from a page without its marks: a tab, or
#: two spaces or more ("Share on Facebook   Share on X   Email   Print").
SPACED_ITEM_SEPARATOR = regex.compile(r"\t\s*| {2,}")

#: The end of a line's first sentence: a full stop, question or exclamation mark, then space.
FIRST_SENTENCE_END = regex.compile(r"[.!?]\s+")

#: A credit's body: agency and photographer names joined by "/", "via", "for".
CREDIT_BODY = regex.compile(
    r"""
    (?:\p{Lu}[\p{L}\p{M}.'’&\-]*|\d{4})                         # first capitalised word
    (?:
        \s*/\s*\p{Lu}[\p{L}\p{M}.'’&\-]*                        # "AP Photo/Rahmat"
      | \s+(?:via|for|and|de|van|von|\p{Lu}[\p{L}\p{M}.'’&\-]*)  # more name words
    ){0,12}
    """,
    regex.VERBOSE,
)

#: A word glued to the next one without a space, as scraped captions run a credit into the
#: caption ("KulbisNATO"): a lower-case letter followed by an upper-case one.
GLUED = regex.compile(r"(?<=\p{Ll})(?=\p{Lu})")

#: A caption's tail with an outlet and a date: "- Sputnik Africa, 1920, 01.10.2024".
CAPTION_TAIL = regex.compile(
    r"""
    \s[-–—]\s+(?P<outlet>\p{Lu}[\p{L}\p{M}.'’&\-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’&\-]*){0,4})
    ,\s*(?:\d{3,4},\s*)?                                        # an image width: "1920,"
    (?P<date>\d{1,2}[./]\d{1,2}[./]\d{4})\s*$
    """,
    regex.VERBOSE,
)

#: "reports DW", "DW reported", "according to Reuters", "told AFP": an agency credited in prose.
AGENCY_CUE_BEFORE = regex.compile(
    r"(?:\breport(?:s|ed)?|\baccording\s+to|\btold|\bcited\s+by|\bquoted\s+by)\s+(?:the\s+)?$",
    regex.IGNORECASE,
)
AGENCY_CUE_AFTER = regex.compile(
    r"^\s+(?:report(?:s|ed)|said|wrote|news\s+agency)\b", regex.IGNORECASE
)

#: The separators between a page title's headline and the site's name ("... | Site"), as the
#: HTML reader splits a ``<title>``. (Each separator pattern starts where a run of white space
#: does, ``(?<!\s)``: tried inside a long run, it read the run to its end from every space.)
TITLE_PARTS = regex.compile(r"(?<!\s)\s+[|\-–—·•:]\s+")

#: A label in brackets ending a page's headline that says what the page holds: "[Watch]",
#: "(VIDEO)", "[PHOTOS]", "(Updated)".
MEDIA_LABEL = regex.compile(
    r"(?<!\s)\s*[\[(](?:watch|video|videos|photos?|pictures|gallery|listen|audio|podcast|updated?"
    r"|live|interactive|infographic|graphic|map|poll|quiz|sponsored)[\])]\s*$",
    regex.IGNORECASE,
)

#: Separators between a page title and the site's name: "Headline - Site", "Headline: Site".
TITLE_SEPARATOR = regex.compile(r"(?<!\s)\s+(?:[\-–—:]{1,2})\s+")

#: A web domain standing as a site name: "SBNation.com", "news.example.co.uk".
DOMAIN = regex.compile(
    r"[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)*\.(?:com|org|net|info|news|co\.uk|[a-z]{2})"
)

#: Strong separators between the segments of a page title: "Headline | Section | Site".
PIPE_SEPARATOR = regex.compile(r"(?<!\s)\s+[|·•»]\s+")

#: A title segment naming the author: "by James Presbitero Jr.".
BY_SEGMENT = regex.compile(r"by\s+(?=\p{Lu})", regex.IGNORECASE)

#: A cookie or consent notice: a long sentence at the top of many pages that is not the story.
CONSENT_NOTICE = regex.compile(
    r"\bcookies?\b|\bconsent\b|\bprivacy\s+(?:policy|settings|notice)\b", regex.IGNORECASE
)

#: A line that is only a number or a count ("0", "12", "(3)"): widget counters.
COUNT_LINE = regex.compile(r"^\W*\d{1,6}\W*$")

#: A count before a widget label: "12 Comments".
LEADING_COUNT = regex.compile(r"^\d{1,6}\s+(?=\p{L})")
#: A trailing count after a widget label: "Comments (12)", "Share 34".
TRAILING_COUNT = regex.compile(r"[\s(]*\d{1,6}\)?\s*$")
