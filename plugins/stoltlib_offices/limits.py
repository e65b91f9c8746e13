"""How far the office rules read around a cue, in words or characters."""

from __future__ import annotations

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
