"""The people plugin's rules: mentions of persons, organisations and positions, resolved.

:func:`find_mentions` reads the capitalised runs of the text (:mod:`stoltlib_people.names`),
decides which are persons and which organisations, adds the pronouns and descriptions that
refer to persons, and resolves every person mention to a canonical full name
(:mod:`stoltlib_people.coref`). Each person mention carries the role the text states for the
person, as known at that point (stated at the mention, or earlier).
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import NamedTuple

import regex

from stoltlib import Boilerplate, Mention
from stoltlib.quoting import read
from stoltlib.text import squash
from stoltlib_people.coref import Entity, History, of_gender, pick_entity, portfolio
from stoltlib_people.descriptions import link_descriptions
from stoltlib_people.lexicons import Lexicons, Title, key
from stoltlib_people.lone_words import (
    DEMONYMS,
    GENERIC_PEOPLE,
    INSTRUMENT_NOUNS,
    JOINED_NAMES,
    PLACES,
    bare_words,
    may_name_alone,
)
from stoltlib_people.names import (
    FUNCTION_WORDS,
    NATIONALITY_ENDINGS,
    NOT_PERSON_WORDS,
    SUFFIX_KEYS,
    NameRun,
    WordIndex,
    read_run,
    run_matches,
    word_keys,
)
from stoltlib_people.organization_nouns import NAME_KINDS, organization_descriptions

__all__ = ["find_mentions"]


def _word_set(words: str) -> frozenset[str]:
    """The white-space separated words of ``words``, as a set."""
    return frozenset(words.split())


Skip = Callable[[int, int], Boilerplate | None]

# An apposition after a name, which may state a role: ", the current Secretary-General of
# NATO," / ", director-general of the North Atlantic Treaty Organization (NATO),". Read by
# :func:`_apposition_span` with string searches: as a pattern (a role of two to a hundred
# characters up to what closes it, the shortest first) it tried what closes it after every
# character, the costliest step of the plugin on a long apposition. The pattern, which a
# property test holds the searches to:
#
#   ,[ \u00a0]{1,2}(?P<role>[^,.;:!?"“”\n]{2,100}?)(?=[ \u00a0]?(?:,|\.(?:\s|$)|;|:|—|–|$))
#
# A stretch of the characters a role may hold: no sentence punctuation, quotation mark or line
# break.
_ROLE_CHARS = re.compile(r'[^,.;:!?"“”\n]*')
# Dashes close a role, though a role may hold them (in its first two characters only, as the
# shortest role is taken).
_ROLE_DASH = re.compile("[—–]")
#: A role has at least this many characters, and at most :data:`MAX_ROLE`.
MIN_ROLE = 2
MAX_ROLE = 100
# The spaces that open an apposition and may stand before what closes it.
_ROLE_SPACES = frozenset(" \u00a0")
# The spaces a run between a description and the next word may hold, and how far it may run.
_ROLE_SPACES_TEXT = " \t\u00a0"
_SPACED_REACH = 12
# Characters ``str.isspace`` takes for white space that a pattern's \s does not.
_NOT_PATTERN_SPACE = frozenset("\x1c\x1d\x1e\x1f")

# Words an apposition that states a role may start with.
_APPOSITION_START = _word_set(
    """
    the a an former then his her their its our
    """
)

# What stands between two words of a phrase whose key is the words' keys joined by a space.
_SEPARATED = regex.compile(r"[\s\-‐‑]+")

# A word, for splitting names and appositions.
_WORD = regex.compile(r"[\p{L}\p{M}][\p{L}\p{M}'’\-]*\.?")

# What may come right before a subject: the start of a sentence or clause. Searched backwards
# (REVERSE) from the mention: anchored at the window's end, it is settled there at once, where
# a forward search would try every position of the window. Between it and the mention's
# phrase may stand a "former" the phrase's role leaves out ("Former White House Chief of
# Staff Donald Regan", whose role starts at "White").
_CLAUSE_START = regex.compile(
    r"""
    (?:^|[.!?;:"“”(—–]|\s-|\b(?:and|but|that|when|while|because|as|after|before|since|if|though
        |although|whereas|so|then|where))
    [\s,"“”'‘’]*
    (?:former\s+)?
    $
    """,
    regex.VERBOSE | regex.IGNORECASE | regex.REVERSE,
)

# Pronouns (any case) as whole words; which pronouns and genders comes from the lexicon. The
# cases are spelled out as IGNORECASE would match them (a long s is an s, a dotted capital I an
# i), which the engine scans for twice as fast; the words are merged into a trie.
_PRONOUN = regex.compile(
    r"""
    (?<![\p{L}\p{N}'’])
    (?:
      [Hh](?:
        [Ee](?:[Rr](?:[Ssſ](?:[Ee][Ll][Ff])?)?)?   # he, her, hers, herself
        | [Iiİ](?:[Mm](?:[Ssſ][Ee][Ll][Ff])?        # him, himself
        | [Ssſ])                                     # his
      )
      | [Ssſ][Hh][Ee]                                # she
    )
    (?![\p{L}\p{N}'’])
    """,
    regex.VERBOSE,
)


# :data:`_PRONOUN` for a text whose letters are all ASCII (see :data:`~stoltlib_people.names.
# NAME_RUN_ASCII`), for ``re``: the first letter matched first, so that the engine skips at C
# speed to the next h or s, and the word's start tested after it.
_PRONOUN_ASCII = re.compile(
    r"""
    [HhSs](?<![A-Za-z0-9'’].)
    (?:
      (?<=[Hh])(?:
        [Ee](?:[Rr](?:[Ss](?:[Ee][Ll][Ff])?)?)?
        | [Ii](?:[Mm](?:[Ss][Ee][Ll][Ff])?
        | [Ss])
      )
      | (?<=[Ss])[Hh][Ee]
    )
    (?![A-Za-z0-9'’])
    """,
    re.VERBOSE,
)


# A noun of succession after a possessive pronoun, which then names someone other than the
# subject of its clause.
_SUCCESSION = regex.compile(
    r"[ \u00a0]{1,3}(?:successor|replacement|predecessor)s?\b", regex.IGNORECASE
)


class _Found(NamedTuple):
    """A mention before it is resolved: where, what kind, and how it refers.

    A named tuple rather than an attrs class: one is built for every capitalised run, pronoun
    and description of the text, and a tuple is built in one step, not a field at a time.
    """

    start: int
    end: int
    how: str  # "name", "surname", "pronoun", "description", "organization", "position"
    gender: str | None = None
    title: Title | None = None
    role: tuple[int, int] | None = None
    #: A pronoun's case: subject, object, possessive, reflexive.
    how_case: str = ""
    #: Where the mention's phrase starts (a stated role before a name), for the subject test.
    head: int = -1
    #: An organisation's full name, for a short name of it ("Hughes" of "Hughes Tool Co").
    entity: str | None = None
    #: Where the name starts that a description before it stands for ("A federal judge ...
    #: Judge Robert Fenwick wrote"), for a cataphor.
    refers: int = -1


_START = operator.itemgetter(0)
_END = operator.itemgetter(1)


# A speech verb right before a speaker named after it, at its clause's end ("..., said Gates.");
# searched backwards, as :data:`_CLAUSE_START` is.
_SAID_BEFORE = regex.compile(r"\b(?:said|says)[ \u00a0]{1,3}$", regex.IGNORECASE | regex.REVERSE)
# What ends the clause of a speaker named after its verb.
_CLAUSE_END = frozenset(".,;")


def _subject(text: str, start: int, end: int, lexicons: Lexicons) -> bool:
    """Whether a mention whose phrase runs from ``start`` to ``end`` is a likely subject.

    It is when it opens its sentence or clause, when a speech verb follows it ("..., Treasurer
    Paul Keating said"), or when one comes before it at its clause's end ("..., said Gates.").
    """
    if _CLAUSE_START.search(text, max(0, start - 32), start) is not None:
        return True
    if text[end : end + 1] in _SPACES and _speaks(text, end, lexicons):
        return True
    return (
        text[end : end + 1] in _CLAUSE_END
        and _SAID_BEFORE.search(text, max(0, start - 12), start) is not None
    )


# What separates two clauses of a sentence: a subject before it is not its own clause's.
_CLAUSE_BREAK = regex.compile(r"[;:]|\b(?:and|but|that|said|says|who|which|while|when|because)\b")


def _same_clause(text: str, start: int, end: int) -> bool:
    """Whether no clause boundary stands between ``start`` and ``end``."""
    return _CLAUSE_BREAK.search(text, start, end) is None


def _closes_role(text: str, at: int) -> bool:
    """Whether what stands at ``at`` closes an apposition's role (see :data:`_ROLE_CHARS`).

    A comma, semicolon, colon or dash; a full stop before white space or the end; the end of
    the text, or a line break that ends it.
    """
    if at >= len(text):
        return True
    char = text[at]
    if char in ",;:—–":
        return True
    if char == ".":
        following = text[at + 1 : at + 2]
        return not following or (following.isspace() and following not in _NOT_PATTERN_SPACE)
    return char == "\n" and at == len(text) - 1


def _role_end(text: str, start: int) -> int | None:
    """Where the shortest role starting at ``start`` ends, or ``None`` (see :data:`_ROLE_CHARS`).

    The role ends at the first dash past its first two characters, or where the characters a
    role may hold give out, when what follows closes it; a space before either is left out.
    """
    shortest, longest = start + MIN_ROLE, start + MAX_ROLE
    run = _ROLE_CHARS.match(text, start, longest + 2)
    assert run is not None  # the pattern matches the empty string
    stop = run.end()  # the role's characters give out here (or past the longest role)
    dash = _ROLE_DASH.search(text, shortest, stop)
    if dash is not None:
        at = dash.start()
        if at - 1 >= shortest and text[at - 1] in _ROLE_SPACES and at - 1 <= longest:
            return at - 1
        return at if at <= longest else None
    if stop > longest + 1 or not _closes_role(text, stop):
        return None
    if stop - 1 >= shortest and text[stop - 1] in _ROLE_SPACES:
        return stop - 1
    return stop if shortest <= stop <= longest else None


def _apposition_span(text: str, comma: int) -> tuple[int, int] | None:
    """The role of an apposition opened by the comma at ``comma``, as offsets, or ``None``.

    One or two spaces open it; after two the role is read first past both, then with the
    second space its own (see :data:`_ROLE_CHARS`).
    """
    opening = comma + 1
    while opening < len(text) and opening - comma <= 2 and text[opening] in _ROLE_SPACES:
        opening += 1
    for start in range(opening, comma + 1, -1):
        end = _role_end(text, start)
        if end is not None:
            return start, end
    return None


def _apposition_role(text: str, end: int, lexicons: Lexicons) -> tuple[int, int, Title] | None:
    """A role stated in an apposition right after a name ending at ``end``, if any."""
    if text[end : end + 1] != ",":
        return None  # the common case: no apposition
    span = _apposition_span(text, end)
    if (
        span is not None
        and text[span[0] : span[1]].isdigit()
        and text[span[1] : span[1] + 1] == ","
    ):
        span = _apposition_span(text, span[1])  # an age first: "X, 47, president of Y,"
    if span is None:
        return None
    parts = text[span[0] : span[1]].split(" ")
    if all(map(str.isalpha, parts)):
        return _plain_apposition(span, parts, lexicons)
    return _apposition_words(text, span, lexicons)


#: An apposition of more words than this is a clause ("X, who has led the party since ..."),
#: not a role: no title is looked for in it.
MAX_ROLE_WORDS = 14
#: A title past a role's first word counts only among its first this many words ("the
#: alliance's former deputy secretary general"); further on, it names someone else's office.
TITLE_WITHIN = 7


def _apposition_words(
    text: str, span: tuple[int, int], lexicons: Lexicons
) -> tuple[int, int, Title] | None:
    """The title an apposition's role ``span`` states, read word by word, if any."""
    words = [m.span() for m in _WORD.finditer(text, *span)]
    if not words or len(words) > MAX_ROLE_WORDS:
        return None
    keys = [key(text[a:b]) for a, b in words]
    # Where the words stand a space or a hyphen apart, a phrase's key is its words' keys joined.
    plain = [
        text[a[1] : b[0]] == " " or _SEPARATED.fullmatch(text, a[1], b[0]) is not None
        for a, b in itertools.pairwise(words)
    ]
    ends = [k.rsplit(" ", 1)[-1].rstrip(".") in lexicons.title_last for k in keys]
    title = _role_title(keys, ends, lexicons, plain, text, words)
    return None if title is None else (span[0], span[1], title)


class _RoleReader:
    """The title a role between two offsets of a text states, read as an apposition's is."""

    def __init__(self, text: str, lexicons: Lexicons) -> None:
        self.text = text
        self.lexicons = lexicons

    def __call__(self, start: int, end: int) -> Title | None:
        found = _apposition_words(self.text, (start, end), self.lexicons)
        return None if found is None else found[2]


def _plain_apposition(
    span: tuple[int, int], parts: list[str], lexicons: Lexicons
) -> tuple[int, int, Title] | None:
    """:func:`_apposition_role` for a role of plain words one space apart (``parts``).

    Most roles are ("the current president of the company"): each word is then one of the
    rule's words, its key its case folding, and every phrase of them plain; a role none of
    whose words ends a title states none, and is left at once.
    """
    if len(parts) > MAX_ROLE_WORDS:
        return None
    keys = list(map(str.casefold, parts))
    title_last = lexicons.title_last
    ends = [k in title_last for k in keys]
    if not any(ends):
        return None
    title = _role_title(keys, ends, lexicons)
    return None if title is None else (span[0], span[1], title)


def _role_title(
    keys: list[str],
    ends: list[bool],
    lexicons: Lexicons,
    plain: list[bool] | None = None,
    text: str = "",
    words: Sequence[tuple[int, int]] = (),
) -> Title | None:
    """The first title of a role's words (their ``keys``), by where it starts, longest first.

    ``ends`` tells which words may end a title (no title ends in a word that ends none), and
    ``plain`` whether each word and the next stand a space or a hyphen apart (``None``: all
    do), where a phrase's key is its words' keys joined; a phrase of other words (their spans
    ``words`` in ``text``) is looked up as it stands.
    """
    first = keys[0]
    # A title past the first word counts only after a word that opens a role well, and only
    # among the first words: where none can count, none is looked for.
    opens_well = (
        first in _APPOSITION_START
        or first.endswith(("'s", "’s"))
        or first in lexicons.role_modifiers
    )
    for index in range(min(len(keys), TITLE_WITHIN) if opens_well else 1):
        for length in range(min(lexicons.title_words, len(keys) - index), 0, -1):
            last = index + length - 1
            if plain is None or all(plain[index:last]):
                if not ends[last]:
                    continue
                title = lexicons.titles.get(" ".join(keys[index : last + 1]))
            else:
                title = lexicons.title(text[words[index][0] : words[last][1]])
            if title is not None:
                return title
    return None


# A verb of taking or leaving an office right after a name ("Alaric Smith was named ..."): with
# it, a given name the list lacks that ends as a nationality does ("Alaric") starts a person's
# name (see :func:`_plain_name`), as a cue after the name makes it one.
_OFFICE_AFTER = regex.compile(
    r"""
    [ \u00a0]{1,3}  # the gap after the name, a no-break space too (as the other patterns read)
    # An auxiliary first, or none: the passive ("was named", "were elected"), the perfect ("has
    # resigned"), the future passive ("will be named": the list has no bare "become" or
    # "succeed"), or "also" before the verb ("also resigned")
    (?:(?:was|were|has|had|will|also)[ \u00a0]{1,3}
      # "been" or "be" of a perfect or future passive ("has been appointed", "will be named")
      (?:been[ \u00a0]{1,3}|be[ \u00a0]{1,3})?
    )?
    (?:named|appointed|elected  # given an office
      |resigned|retired  # leaving one
      |succeeds|succeeded|replaces|replaced  # taking a named person's office
      |joins|joined|becomes|became  # taking a post ("joined the board", "became chairman")
    )\b  # the verb as a whole word, not the start of a longer one
    """,
    regex.VERBOSE,
)


def _organization_like(
    words: Sequence[str], organizations: frozenset[str], lexicons: Lexicons
) -> bool:
    """Whether a name's words, hyphenated parts too, hold a place or an organisation word.

    "Texas Commerce Bank-Houston", "Bangor Hydro-Electric Co": what no person's name holds.
    """
    parts = {part for word in words for part in word.split("-")}
    return not (
        PLACES.isdisjoint(parts)
        and organizations.isdisjoint(parts)
        and lexicons.organization_inner.isdisjoint(parts)
    )


# A speech verb and "it" or "its" right after a name: the name's owner speaks of itself so, as
# a company does ("Texaco Canada said it would", "said its board").
_SAID_IT = regex.compile(r"[ \u00a0]{1,3}(?:said|says)[ \u00a0]{1,3}(?P<it>its?)\b")


def _speaks_of_itself(text: str, end: int, words: Sequence[str], lexicons: Lexicons) -> bool:
    """Whether a name of no stated role (its keys ``words``, ending at ``end``) is a company's.

    "Standard Trustco said its ...", "Texaco Canada said it ...": a name with no given name
    and no role that speaks of its own things, or one with a place or a business word in it
    that speaks of itself as "it", is a company's. A person says "it" of anything ("Narendra
    Modi said it was a great day"): a given name the list lacks is no company's.
    """
    said_it = _SAID_IT.match(text, end) if words[0] not in lexicons.given_names else None
    return said_it is not None and (
        said_it.group("it") == "its"
        or _organization_like(words, lexicons.organization_names, lexicons)
    )


def lexicons_case(item: _Found) -> str:
    """A pronoun's case (subject when unknown)."""
    return item.how_case or "subject"


#: A headline is at most this long; longer lines are prose and need no word count.
MAX_HEADLINE = 200


class _Within:
    """Whether an offset falls inside any of a list of stretches, by bisection."""

    def __init__(self, stretches: list[tuple[int, int]]) -> None:
        merged: list[tuple[int, int]] = []
        for start, end in sorted(stretches):
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        self.starts = [start for start, _ in merged]
        self.ends = [end for _, end in merged]

    def __call__(self, position: int, strict: bool = False) -> bool:
        """Whether ``position`` lies in a stretch (strictly inside it, with ``strict``)."""
        index = bisect.bisect_right(self.starts, position) - 1
        if index < 0:
            return False
        if strict:
            return self.starts[index] < position < self.ends[index]
        return position < self.ends[index]


def _headline(line: str) -> bool:
    """Whether a line is headline-cased: three words or more, nearly all capitalised."""
    if len(line) > MAX_HEADLINE or line.rstrip().endswith("."):
        return False  # prose, or a caption: a headline ends without a full stop
    words = [word for word in line.split() if word[:1].isalpha()]
    if len(words) < 3:
        return False
    capitalised = sum(1 for word in words if word[0].isupper())
    small = sum(1 for word in words if word.casefold() in _SMALL_WORDS)
    return bool(capitalised >= 0.8 * (len(words) - small) and capitalised > len(words) / 2)


# Words a headline leaves in lower case.
_SMALL_WORDS = _word_set(
    """
    a an the of in on at to for and or but by with from as vs via
    """
)


# The word after a name, to tell whether a cue follows it ("Stoltenberg said").
_NEXT_WORD = regex.compile(
    r"[ \u00a0]{1,3}(?:(?:also|later|then|has|had|have)[ \u00a0]{1,3})?([\p{L}]+)"
)


# What a word after a name follows: the first character of :data:`_NEXT_WORD`.
_SPACES = frozenset(" \u00a0")


def _speaks(text: str, end: int, lexicons: Lexicons) -> bool:
    """Whether a cue verb follows the name ending at ``end`` ("Stoltenberg said").

    The caller has seen one of :data:`_SPACES` at ``end`` (where no word follows, as before
    ", ..." or "'s", the pattern is not run). A lone name that says something is taken for a
    person's surname (an organisation's name that speaks is most often caught by its
    organisation word first).
    """
    if not lexicons.cue_forms:
        return False
    match = _NEXT_WORD.match(text, end)
    return match is not None and match.group(1).casefold() in lexicons.cue_forms


#: A word alone in capitals of this many letters is an organisation's acronym ("UN", "NATO",
#: "OSCE"); a longer one is shouted or a heading's, a single capital an initial.
MIN_ACRONYM, MAX_ACRONYM = 2, 6


#: The words of ministries' and departments' names, which also name the paper they issue.
_PAPER_ISSUERS = frozenset(
    word for word, kinds in NAME_KINDS.items() if kinds & {"ministry", "department"}
)


def _names_paper(text: str, end: int, word: str) -> bool:
    """Whether an organisation's last word (its key ``word``, ending at ``end``) names paper.

    A ministry's word before a financial instrument's noun ("Treasury bond futures", "Treasury
    bills") names the instrument: no organisation is mentioned.
    """
    if word not in _PAPER_ISSUERS:
        return False  # the common case
    match = _LOWER_AFTER.match(text, end)
    return match is not None and match.group(1) in INSTRUMENT_NOUNS


def _lone_word(
    text: str, start: int, end: int, after: int, word: str, lexicons: Lexicons, headline: bool
) -> str:
    """What a capitalised word alone, with no role or honorific before it, makes.

    ``text[start:end]`` is the word, ``word`` its key and ``after`` where its run ends (past a
    final dot the name leaves out). The answer is "organization", "surname" (a person's if a
    full name of the text has it), "name" (a person named by it: a role in an apposition or a
    cue after it says so, and :func:`_classify` reads the rest) or "" (nothing). Three runs in
    five are such a word: :func:`find_mentions` reads most of them with this alone.
    """
    if word in lexicons.organization_names and word not in lexicons.organization_inner:
        return "" if _names_paper(text, end, word) else "organization"
    if word in SUFFIX_KEYS:
        return ""  # "Jr" alone: a name's suffix cut from it (a line break the reading kept)
    if text[start:end].isupper() and word not in PLACES:  # "OHIO" of a dateline: a place
        return "organization" if MIN_ACRONYM <= end - start <= MAX_ACRONYM else ""
    if not headline:  # in a headline every word is capitalised: a lone one names no one there
        if text[after : after + 1] == ",":
            if may_name_alone(word) and _apposition_role(text, after, lexicons):
                return "name"
        elif (
            word not in NOT_PERSON_WORDS
            and may_name_alone(word)  # not "Officials said", "Ohio, the ...": no one named
            and text[end : end + 1] in _SPACES
            and _speaks(text, end, lexicons)
        ):
            return "name"
    return "" if word in NOT_PERSON_WORDS or word in GENERIC_PEOPLE else "surname"


def _fold(word: str) -> str:
    """A word's lookup key without a final dot; plain words the cheap way."""
    return word.casefold() if word.isalpha() else key(word).rstrip(".")


def _plain_name(
    text: str, run: NameRun, words: tuple[str, ...], lexicons: Lexicons, alone: frozenset[str]
) -> bool:
    """Whether a run's words (``words``, their keys) make a person's name with no role stated.

    Two or three words, none a word no person's name holds, no nationality or country's
    initials first and no initial last; a first word ending as a nationality does only when a
    cue or an office verb follows the name and its surname stands alone elsewhere (``alone``:
    the words the text has as runs of their own, folded; see :func:`_classify`).
    """
    assert run.name is not None  # a run with words has a name
    name_start, name_end = run.name
    return (
        len(words) in (2, 3)
        and not any(
            word in NOT_PERSON_WORDS
            or word in lexicons.organization_generic
            # "Using NATO", "Spoke About Dialogue" in a heading ("d'Estaing" is a surname)
            or (word.endswith("ing") and word.isalpha())
            for word in words
        )
        # A nationality or a country's initials first ("Canadian Pacific", "U.S. Equities"),
        # an initial last ("Class A", "Series B"): no person's name.
        and (
            words[0] in lexicons.given_names  # "Dane Cook", "Finn Wolfhard": given names
            or text[name_start:name_end].split(None, 1)[0].casefold().rstrip(".") not in DEMONYMS
        )
        and len(words[-1]) > 1
        and (
            not words[0].endswith(NATIONALITY_ENDINGS)
            # "Alaric Smith said ... Smith added": a given name the list lacks, ending as a
            # nationality does, before a cue, with the surname alone elsewhere in the story.
            or (
                words[0] not in DEMONYMS
                and words[-1] in alone
                and text[run.end : run.end + 1] in _SPACES
                and (
                    _speaks(text, run.end, lexicons)
                    or _OFFICE_AFTER.match(text, run.end) is not None
                )
            )
        )
    )


def _classify(
    text: str,
    run: NameRun,
    lexicons: Lexicons,
    headline: bool,
    head: int = -1,
    alone: frozenset[str] = frozenset(),
) -> tuple[list[_Found], tuple[str, ...] | None]:
    """The mentions one capitalised run makes, and the name's words when it names a person.

    In a headline (``headline``: a line of capitalised words) every word is capitalised, so
    only a common given name or a full name named elsewhere makes a person there. ``head`` is
    where the run's match starts, when before the run's reading (an honorific's, "Gov. Mario
    Cuomo": the phrase starts there, not after the honorific's dot). ``alone`` are the words
    the text has as runs of their own, folded (a surname used alone).
    """
    found: list[_Found] = []
    if run.name is None:
        if run.role is not None and run.title is not None and not headline:
            found.append(_Found(run.role[0], run.role[1], "description", title=run.title))
        return found, None
    name_start, name_end = run.name
    words = run.keys
    if not words:
        return found, None
    stated = run.role is not None or run.honorific is not None
    if len(words) == 1 and not stated:
        how = _lone_word(text, name_start, name_end, run.end, words[0], lexicons, headline)
        if how != "name":
            if how:
                found.append(_Found(name_start, name_end, how))
            return found, None
        # A role in an apposition or a cue after the word makes it a person's name.
        named = True
    else:
        # An organisation's name: an organisation word alone, or past the name's first word.
        organizations = lexicons.organization_names
        capitals = not stated and text[name_start:name_end].isupper()
        if (
            (words[0] in organizations and words[0] not in lexicons.organization_inner)
            if len(words) == 1
            # In capitals, a heading's words ("BP OIL RAISES PROFIT") hold an organisation
            # word anywhere: only a name ending in one is an organisation's there.
            else (
                words[-1] in organizations
                if capitals
                else not organizations.isdisjoint(words[1:])
                or words[0] in lexicons.organization_heads
            )
        ):
            if not _names_paper(text, name_end, words[-1]):  # "U.S. Treasury bonds": paper
                found.append(_Found(name_start, name_end, "organization"))
            return found, None
        if capitals:
            return found, None  # words in capitals ("NEW YORK"): a heading's, or a place
        if not stated and _speaks_of_itself(text, run.end, words, lexicons):
            found.append(_Found(name_start, name_end, "organization"))
            return found, None
        named = False
    given = lexicons.given_names.get(words[0]) if len(words) > 1 else None
    plain = _plain_name(text, run, words, lexicons, alone)
    # An apposition's role counts only where no role stands before the name (headlines state
    # none): read it only then.
    apposition = (
        _apposition_role(text, run.end, lexicons)
        if run.role is None and not headline and text[run.end : run.end + 1] == ","
        else None
    )
    if headline:
        stated, plain = False, False
    if not (named or stated or apposition or given or plain):
        # A word with a role before it, in a headline (which states none), may be a surname.
        if len(words) == 1 and words[0] not in NOT_PERSON_WORDS:
            found.append(_Found(name_start, name_end, "surname"))
        return found, None
    gender = run.honorific or (run.title.gender if run.title else None) or None
    role: tuple[int, int] | None = run.role
    title = run.title
    if role is None and apposition is not None:
        role, title = (apposition[0], apposition[1]), apposition[2]
        gender = gender or title.gender
    if not gender and given:
        gender = given
    if role is not None and title is not None:
        found.append(_Found(role[0], role[1], "position", title=title))
    found.append(
        _Found(
            name_start,
            name_end,
            "name",
            gender=gender,
            title=title,
            role=role,
            head=run.start if head < 0 else min(head, run.start),
        )
    )
    return found, words


def _name_parts(words: Sequence[str], endings: frozenset[str]) -> Iterator[tuple[str, ...]]:
    """The shorter names an organisation's name gives it: its first words.

    "Hoechst Celanese Corp" is also "Hoechst Celanese" and "Hoechst", names no person's then;
    only a name that ends in an organisation's word (``endings``: "Corp", "Bank") gives them,
    not a run a heading's words made one ("Anthony Weiner Receives More Bad News After").
    """
    if len(words) < 2 or words[-1] not in endings:
        return
    for end in range(1, len(words)):
        yield tuple(words[:end])


# What stands between two parts of an organisation's name that "and" joins.
_AND_GAP = regex.compile(r"[ \u00a0]{1,3}(?:and|&)[ \u00a0]{1,3}")
#: The first part of a name "and" joins has at most this many words ("First Federal Savings").
MAX_JOINED_WORDS = 3


def _joined_start(
    text: str,
    start: int,
    end: int,
    organization: _Found,
    lexicons: Lexicons,
    by_word: dict[str, list[tuple[int, Entity]]],
) -> int | None:
    """Where an organisation's name starts that "and" joins the run ``start:end`` to, or ``None``.

    "Securities and Exchange Commission", "Food and Drug Administration", "Johnson and Johnson
    Co": the run stands an "and" before the mention ``organization``, of one
    to three capitalised words (no heading's capitals), its first no given name ("Paul Volcker
    and International Monetary Fund"), its last no organisation's word ("Guaranty Trust Co and
    Lloyds Bank", unless :data:`JOINED_NAMES` joins the two words), no place alone ("Brazil and
    World Bank"), no person's name of the text and no end of a name of "of" ("Bank of America
    and ..."); the organisation ends in an organisation word (not a short name: "American
    Express and Shearson"). Returns where the run's words start (past a leading function word:
    "The").
    """
    if (
        _AND_GAP.fullmatch(text, end, organization.start) is None
        or text[start - 3 : start] == "of "
    ):
        return None  # no "and" between; or the end of another name ("Bank of America and")
    spans = [m.span() for m in _WORD.finditer(text, start, end)]
    keys = [_fold(text[a:b]) for a, b in spans]
    while keys and keys[0] in FUNCTION_WORDS:
        spans, keys = spans[1:], keys[1:]
    if not keys or len(keys) > MAX_JOINED_WORDS or text[spans[0][0] : end].isupper():
        return None
    last = keys[-1]
    names = word_keys(text, organization.start, organization.end)
    second = names[0] if names else ""
    if (
        not names
        or names[-1] not in lexicons.organization_names
        or keys[0] in lexicons.given_names
        or (len(keys) == 1 and last in PLACES)
        or last in by_word
        or not all(text[a].isupper() for a, _ in spans)
    ):
        return None
    if (last, second) not in JOINED_NAMES and (
        last in lexicons.organization_names and last not in lexicons.organization_inner
    ):
        return None
    return spans[0][0]


# An "of" right before a run, with a "the" or not ("Chancellor of the | Exchequer Nigel
# Lawson"), searched backwards from the run in a window of :data:`_OF_REACH` characters.
_OF_BEFORE = regex.compile(
    r"\bof[ \u00a0]{1,3}(?:the[ \u00a0]{1,3})?$", regex.IGNORECASE | regex.REVERSE
)
_OF_REACH = 10


def _name_past_of(text: str, run: NameRun, lexicons: Lexicons) -> NameRun:
    """A run after "of" whose first words end an office's name, with the name after them.

    "Chancellor of the Exchequer Nigel Lawson", "Governor of the Bank of England Robin
    Leigh-Pemberton": past the run's first word, a common given name (no place's or
    organisation's word) with a word after it starts the person's name. Any other run is
    returned as it is.
    """
    keys = run.keys
    for at in range(1, len(keys) - 1):
        word = keys[at]
        if word in lexicons.given_names and word not in PLACES:
            if not lexicons.organization_names.isdisjoint(keys[at:]):
                break  # "... of Southern California Edison Co"
            assert run.name is not None
            spans = [m.span() for m in _WORD.finditer(text, *run.name)]
            if len(spans) != len(keys):
                break  # words read otherwise than the run's keys: left as they are
            begin = spans[at][0]
            return run._replace(start=begin, name=(begin, run.name[1]), keys=keys[at:])
    return run


def _parts_ahead(
    text: str, matches: Sequence[re.Match[str] | regex.Match[str]], lexicons: Lexicons
) -> dict[tuple[str, ...], tuple[int, str]]:
    """The short names of more words than one of the organisations ``matches`` name in full.

    Each with where its organisation is named first and its full name (see
    :func:`_name_parts`): an organisation word ends the name, its leading function words left
    out; a name in capitals is a heading's, whose words end in an organisation word by chance.
    """
    parts: dict[tuple[str, ...], tuple[int, str]] = {}
    names = lexicons.organization_names
    for match in matches:
        segment = match.group()
        last = segment.rsplit(None, 1)[-1]
        if _fold(last) not in names or segment.isupper():
            continue  # the common case: no organisation word ends the run
        words = segment.split()
        keys = [_fold(word) for word in words]
        first = 0
        while first < len(keys) and keys[first] in FUNCTION_WORDS:
            first += 1
        name = " ".join(words[first:])
        for part in _name_parts(keys[first:], names):
            if len(part) > 1:
                parts.setdefault(part, (match.start(), name))
    return parts


def _short_name(
    words: tuple[str, ...],
    parts: dict[tuple[str, ...], tuple[int, str]],
    by_word: dict[str, list[tuple[int, Entity]]],
    lexicons: Lexicons,
) -> str | None:
    """The full name of the organisation ``words`` are a short name of, if one was named so.

    A single word only when it is no person's named so far, no given name, no title's word
    and no nationality ("American" of "American Express Co" is a nationality first).
    """
    known = parts.get(words)
    if known is None:
        return None
    if len(words) == 1:
        word = words[0]
        if (
            word in by_word
            or word in lexicons.given_names
            or lexicons.title(word) is not None
            or len(word) < 3
            or word.endswith(NATIONALITY_ENDINGS)
        ):
            return None
    return known[1]


def _short_name_mentions(
    run: NameRun,
    mentions: list[_Found],
    words: tuple[str, ...] | None,
    parts: dict[tuple[str, ...], tuple[int, str]],
    by_word: dict[str, list[tuple[int, Entity]]],
    lexicons: Lexicons,
) -> tuple[list[_Found], tuple[str, ...] | None]:
    """A run's mentions and person's words (as :func:`_classify` gave them), read as a short name.

    ``parts`` are the short names of the organisations the text names (see
    :func:`_parts_ahead`). A run with no stated role that names an organisation short is that
    organisation again: its mention carries the full name, and it names no person (``None``
    for the words). Any other run's mentions and words are returned as they are.
    """
    if run.role is not None or run.honorific is not None or not run.keys:
        return mentions, words
    short = None
    if words is not None or (not mentions and len(run.keys) > 1):
        # A person's name, or a run that made nothing ("American Hoechst": a
        # nationality first), may be an organisation's short name.
        short = _short_name(run.keys, parts, by_word, lexicons)
    elif len(mentions) == 1 and mentions[0].how == "organization":
        # An organisation's own name may be short for the one named in full
        # ("Standard Oil" of "Standard Oil Co"): one entity.
        known = parts.get(run.keys)
        if known is not None and len(run.keys) > 1:
            return [mentions[0]._replace(entity=known[1])], words
    if short is not None and run.name is not None:
        # "Hoechst Celanese" after "Hoechst Celanese Corp", "Hughes said" after "Hughes
        # Tool Co": the organisation again, short (a name with a stated role is a
        # person's: "congressman Anthony Weiner").
        return [_Found(*run.name, "organization", entity=short)], None
    return mentions, words


def _joined_to_previous(
    text: str,
    run: NameRun,
    mentions: list[_Found],
    left: tuple[int, int, int, int, int] | None,
    found: list[_Found],
    titled: list[tuple[_Found, str]],
    by_word: dict[str, list[tuple[int, Entity]]],
    lexicons: Lexicons,
) -> int | None:
    """Where an organisation's name starts that "and" joins across, ending with this run's.

    ``mentions`` are the run's; ``left`` is the run before (its start, its end, and how many
    mentions, bare words and titles ``found`` and ``titled`` had before it). The run's one
    mention is an organisation's, or a name ending in an organisation's word, and the run
    before made no person: see :func:`_joined_start` for the rest. ``None`` when nothing joins;
    else the caller drops what the run before made and makes one organisation of the two.
    """
    if (
        left is not None
        and len(mentions) == 1
        and (
            mentions[0].how == "organization"
            # "International Minerals and Chemical said": a name ending in an organisation's
            # word, which a cue after it made a person's, may end a joined name too.
            or (
                mentions[0].how == "name"
                and run.role is None
                and run.honorific is None
                and bool(run.keys)
                and run.keys[-1] in lexicons.organization_names
            )
        )
        and len(titled) == left[4]
        # The run before made no person: an organisation, or a word that may be a surname
        and all(item.how in ("organization", "surname") for item in found[left[2] :])
    ):
        return _joined_start(text, left[0], left[1], mentions[0], lexicons, by_word)
    return None


def find_mentions(
    text: str, lexicons: Lexicons, skip: Skip | None = None, plugin: str | None = None
) -> Iterator[Mention]:
    """Every person, organisation and position mention of ``text``, persons resolved.

    ``plugin`` is the name each mention records (the pipeline's check then has nothing to set).
    """
    reading = read(text)
    paragraphs = reading.lines
    flat = reading.flat
    quoted = reading.outer_quotations
    headlines = _Within([(line.start, line.end) for line in paragraphs if _headline(line.text)])
    inside_quote = _Within([(q.start, q.end) for q in quoted])
    found: list[_Found] = []
    entities: dict[str, Entity] = {}
    # Where each entity is named, by surname and by given name, for matching single words.
    by_word: dict[str, list[tuple[int, Entity]]] = {}
    latest: _Latest = {}
    named: dict[int, Entity] = {}
    any_headline = bool(headlines.starts)
    # Bare words that may be surnames (start, end, folded): kept only if a person is named so.
    bare: list[tuple[int, int, str]] = []
    titled: list[tuple[_Found, str]] = []
    # Roles stated after a name, with their entities (see below).
    after_name: list[tuple[Entity, str]] = []
    index = WordIndex(flat)
    ascii = reading.ascii_letters
    matches = list(run_matches(flat, ascii))
    # The short names an organisation named anywhere in the text is also called by (its first
    # words), with where it was named and its full name. A story often names a company short
    # before it names it in full ("Hoechst Celanese said it ... Hoechst Celanese Corp was
    # formed"): the short names of more than one word are known from the start; those of one
    # word join as the loop below meets their organisation.
    organization_parts = _parts_ahead(flat, matches, lexicons)
    # The words the text has alone (a surname used alone, anywhere in the story).
    alone = frozenset(m.group().casefold() for m in matches if m.group().isalpha())
    # The run before this one, and how many mentions, bare words and titles there were before
    # it: an organisation's name "and" splits ("Securities and Exchange Commission") is joined.
    previous: tuple[int, int, int, int, int] | None = None
    for match in matches:
        start, end = match.span()
        left, previous = previous, (start, end, len(found), len(bare), len(titled))
        run = read_run(flat, start, end, lexicons, index)
        if run is None:
            continue
        if isinstance(run, str):
            # A bare word (see :func:`~stoltlib_people.names.read_run`), read as _classify
            # reads a word alone: most are surnames or nothing.
            headline = any_headline and headlines(start)
            how = _lone_word(flat, start, end, end, run, lexicons, headline)
            if how != "name":
                if how == "surname":
                    bare.append((start, end, run))
                elif how:
                    found.append(_Found(start, end, how))
                continue
            run = NameRun(start, end, (start, end), None, None, None, (run,))
        else:
            headline = any_headline and headlines(run.start)
        if (
            run.role is None
            and run.honorific is None
            and len(run.keys) > 2
            and run.name is not None
            and _OF_BEFORE.search(flat, max(0, run.start - _OF_REACH), run.start) is not None
        ):
            run = _name_past_of(flat, run, lexicons)
        mentions, words = _classify(flat, run, lexicons, headline, start, alone)
        mentions, words = _short_name_mentions(
            run, mentions, words, organization_parts, by_word, lexicons
        )
        joined = _joined_to_previous(flat, run, mentions, left, found, titled, by_word, lexicons)
        if joined is not None:
            assert left is not None  # a join needs the run before
            del found[left[2] :], bare[left[3] :]
            mentions = [_Found(joined, mentions[0].end, "organization")]
            words = None
        for mention in mentions:
            if mention.how == "organization":
                keys = word_keys(flat, mention.start, mention.end)
                name = squash(flat[mention.start : mention.end])
                for part in _name_parts(keys, lexicons.organization_names):
                    known = organization_parts.get(part)
                    if known is None or (known[1].isupper() and not name.isupper()):
                        # The name in mixed case, not a heading's in capitals, is the full one.
                        organization_parts[part] = (known[0] if known else mention.start, name)
        if run.name is None and run.role == (start, end) and len(mentions) == 1:
            # A title's word alone, capitalised ("Pope said"): a person's surname if a full
            # name of the text has it ("John Pope Jr"), else a description.
            titled.append((mentions[0], flat[start:end].casefold()))
            continue
        found.extend(mentions)
        if words is None:
            continue
        entity = _entity_for(
            words, run.name_text(flat), by_word, latest, entities, run.start, mentions[-1].gender
        )
        mention = mentions[-1]
        role_text = squash(flat[mention.role[0] : mention.role[1]]) if mention.role else None
        if role_text is not None and mention.role is not None and mention.role[0] > mention.start:
            # A title after the name ("names Priya Raman CEO") is most often the office the
            # person is given: the entity's role only if the text states no other.
            after_name.append((entity, role_text))
            role_text = None
        entity.learn(
            mention.gender,
            role_text,
            mention.title.title if mention.title else None,
            mention.title.group if mention.title else None,
        )
        named[mention.start] = entity
    for entity, role_text in after_name:
        if not entity.role:
            entity.role = role_text
    # A bare word names a person only when some full name of the text ends (or starts) with it;
    # else a country's or a state's names a place (stoltlib_people.lone_words).
    found.extend([_Found(a, b, how) for a, b, how in bare_words(bare, by_word)])
    for description, word in titled:
        if word in by_word:
            found.append(_Found(description.start, description.end, "surname"))
        elif description.title is None or not _modifies(
            flat, description.title, description.end, lexicons
        ):
            found.append(description)
    for match in (_PRONOUN_ASCII if ascii else _PRONOUN).finditer(flat):
        at = match.start()
        if inside_quote(at, True):
            continue
        if any_headline and headlines(at):
            continue  # "Failing to Follow His Father's Order": a heading's pronoun
        # A pronoun is letters only: its key is its case folding (see :func:`key`).
        gender, case = lexicons.pronouns.get(match.group().casefold(), ("", ""))
        if case == "possessive" and _SUCCESSION.match(flat, match.end()) is not None:
            # "Y was named as his successor": the one succeeded, not the clause's subject; the
            # rule for an object pronoun ("him") says so.
            case = "object"
        if gender:
            found.append(_Found(at, match.end(), "pronoun", gender=gender, how_case=case))
    described: list[tuple[int, int]] = []  # the descriptions with a determiner, read below
    for match in descriptions(flat, lexicons, ascii):
        after = flat[match.end() : match.end() + 2].lstrip()
        if not after:
            # A run of spaces (not a line break) before the next word reads as one space:
            # "the  minister  NATO" is "the minister NATO".
            after = flat[match.end() : match.end() + _SPACED_REACH].lstrip(_ROLE_SPACES_TEXT)
        if after[:1].isupper():
            continue  # a role before a name: the name's run has it
        spans = [m.span() for m in _WORD.finditer(flat, *match.span("role"))]
        title = _last_title(flat, spans, lexicons)
        if title is not None and not _modifies(flat, title, match.end(), lexicons):
            found.append(_Found(match.start("det"), match.end(), "description", title=title))
            described.append((match.start("det"), match.end()))
    positions = _Within([(f.start, f.end) for f in found if f.how == "position"])
    # A capitalised title read from its run ("Treasury Secretary") inside the description
    # with its determiner ("The Treasury Secretary") is that description, not a second one.
    inside = _Within(described)
    found = [
        f
        for f in found
        if f.how != "description"
        or not (
            positions(f.start)
            or (f.end > f.start and inside(f.start, strict=True) and inside(f.end - 1))
        )
    ]
    found = link_descriptions(flat, found, named, lexicons, _RoleReader(flat, lexicons))
    starts = [start for start, _ in reading.sentence_bounds]
    found.extend(_cataphors(flat, found, named, starts, inside_quote, lexicons))
    # In text order, the longer of two starting together first: two sorts by C-level keys (a
    # stable sort keeps the first's order among equal starts), not one by a Python key.
    found.sort(key=_END, reverse=True)
    found.sort(key=_START)
    resolved = _resolve(
        text, flat, found, named, by_word, starts, inside_quote, lexicons, skip, plugin
    )
    yield from organization_descriptions(text, resolved, skip, plugin)


# An indefinite article as a whole word, and the spaces after it: "A federal judge".
_INDEFINITE = regex.compile(r"(?<![\p{L}\p{N}'’\-])(?:[Aa]n?)[ \u00a0]{1,3}(?=\p{L})")
#: The words an indefinite description's head noun may stand past its article, at most.
MAX_INDEFINITE_WORDS = 4
#: A cataphor's name is named at most this many sentences after the description's own.
CATAPHOR_SENTENCES = 2


def _title_head(title: Title) -> str:
    """A title's head noun: its last word ("district judge": judge)."""
    return title.title.rsplit(" ", 1)[-1]


def _indefinite_head(
    text: str, start: int, end: int, heads: frozenset[str], lexicons: Lexicons
) -> tuple[int, Title] | None:
    """The head noun ending an indefinite description opened at ``start``, if one of ``heads``.

    Past the article only role modifiers and capitalised words ("A federal judge", "A U.S.
    senator") may stand before the head, a title of the lexicon. Returns where it ends and its
    title.
    """
    for number, word in enumerate(_WORD.finditer(text, start, end)):
        if number >= MAX_INDEFINITE_WORDS:
            return None
        folded = _fold(word.group())
        if folded in heads and not word.group()[0].isupper():
            title = lexicons.titles.get(folded)
            return None if title is None else (word.end(), title)
        if folded not in lexicons.role_modifiers and not word.group()[0].isupper():
            return None
    return None


def _cataphors(
    text: str,
    found: Sequence[_Found],
    named: dict[int, Entity],
    starts: Sequence[int],
    inside_quote: _Within,
    lexicons: Lexicons,
) -> list[_Found]:
    """Indefinite role descriptions that a name named soon after stands for.

    "A federal judge on Tuesday blocked the plan ... U.S. District Judge Robert Fenwick
    wrote": an indefinite description opening its clause, whose head noun is the head of the
    role stated for exactly one person named in its sentence or the next
    :data:`CATAPHOR_SENTENCES`, that person not named before it, is a mention of that person.
    """
    # The persons named with a stated role, first where each entity is first named.
    first_named: dict[int, int] = {}
    for item in found:
        if item.how == "name":
            entity = named.get(item.start)
            if entity is not None:
                first_named.setdefault(id(entity), item.start)
    titled = [
        (item.start, named[item.start], _title_head(item.title))
        for item in found
        if item.how == "name" and item.title is not None and item.start in named
    ]
    if not titled:
        return []
    heads = frozenset(head for _, _, head in titled)
    cataphors: list[_Found] = []
    for match in _INDEFINITE.finditer(text):
        start = match.start()
        if inside_quote(start, True):
            continue
        sentence = max(0, bisect.bisect_right(starts, start) - 1)
        last = sentence + CATAPHOR_SENTENCES + 1
        reach = starts[last] if last < len(starts) else len(text)
        head = _indefinite_head(text, match.end(), min(reach, match.end() + 80), heads, lexicons)
        if head is None or _CLAUSE_START.search(text, max(0, start - 32), start) is None:
            continue
        end, title = head
        word = _title_head(title)
        candidates = {
            id(entity): (at, entity)
            for at, entity, role_head in titled
            if end < at < reach and role_head == word
        }
        if len(candidates) != 1:
            continue
        ((at, entity),) = candidates.values()
        if first_named.get(id(entity), at) < start:
            continue  # named before: the description is someone else, or the text says who
        cataphors.append(_Found(start, end, "cataphor", title=title, refers=at))
    return cataphors


def _modifies(text: str, title: Title, end: int, lexicons: Lexicons) -> bool:
    """Whether a title ending at ``end`` is a role modifier of a lower-case noun after it.

    "deputy oil ministers", "the chief cause", "the principal amount": the title is one of the
    role modifiers, and a word follows that is no verb of the speech lexicon, auxiliary, past
    tense or function word ("the deputy said", "the chief has", "the executive attributed").
    """
    if title.title not in lexicons.role_modifiers:
        return False  # the common case
    match = _LOWER_AFTER.match(text, end)
    if match is None:
        return False
    word = match.group(1)
    return not (
        word.endswith("ed")
        or word in FUNCTION_WORDS
        or word in _AUXILIARIES
        or word in lexicons.cue_forms
    )


# A lower-case word after a space or few.
_LOWER_AFTER = regex.compile(r"[ \u00a0]{1,3}(\p{Ll}+)\b")
# Verbs a description may be the subject of besides the speech verbs.
_AUXILIARIES = _word_set(
    """
    is was are were be been has had have will would could should can may might must did does do
    also gave got made met took
    """
)


def descriptions(
    text: str, lexicons: Lexicons, ascii: bool
) -> Iterable[re.Match[str] | regex.Match[str]]:
    """The matches of the description pattern in ``text``, in order.

    A text whose letters are all ASCII (``ascii``: :func:`stoltlib.text.ascii_letters` of it) is
    scanned by the pattern's twins, one for each case of the determiner's first letter
    (:attr:`~stoltlib_people.lexicons.Lexicons.description_ascii`), their matches merged; as
    long as no two of them overlap, they are the matches one scan would find, and otherwise
    (never in the PolNeAR or Reuters text) the one pattern is run.
    """
    if ascii and lexicons.description_ascii is not None:
        lower, upper = lexicons.description_ascii
        found = [*lower.finditer(text), *upper.finditer(text)]
        found.sort(key=_MATCH_START)
        if all(a.end() <= b.start() for a, b in itertools.pairwise(found)):
            return found
    pattern = lexicons.description_pattern
    return () if pattern is None else pattern.finditer(text)


_MATCH_START = operator.methodcaller("start")


def _last_title(text: str, words: list[tuple[int, int]], lexicons: Lexicons) -> Title | None:
    """The longest title that ends a description's role words ("alliance chief" -> chief)."""
    for length in range(min(lexicons.title_words, len(words)), 0, -1):
        phrase = text[words[len(words) - length][0] : words[-1][1]]
        title = lexicons.title(phrase)
        if title is not None:
            return title
    return None


# For each word of :func:`_entity_for`'s ``by_word``, the entity last entered under it for each
# first word (a full name's first word; "" for a name named alone), with its place in the list.
# A name with a generational suffix is entered under its first word and the suffix
# ("lloyd|jr"): a father and a son share both the first word and the surname.
_Latest = dict[str, dict[str, tuple[int, Entity]]]


def _suffix(words: Sequence[str]) -> str:
    """A name's generational suffix ("jr", "iii"), folded, or "" when it has none."""
    return words[-1] if len(words) > 1 and words[-1] in SUFFIX_KEYS else ""


def _slot(words: Sequence[str]) -> str:
    """The key a full name is entered under in :data:`_Latest`: its first word and suffix."""
    suffix = _suffix(words)
    return f"{words[0]}|{suffix}" if suffix else words[0]


def _named_alike(
    under: dict[str, tuple[int, Entity]], words: Sequence[str], last: str
) -> tuple[int, Entity] | None:
    """The entity last named with a name's first word and suffix, of those under its surname.

    "Lloyd Noland III" is not "Lloyd Noland Jr": suffixes that differ name two people. A
    surname with a suffix ("Noland Jr") is the one named with that suffix; a name without one
    ("John Pope" after "John Pope Jr") may be one named with one.
    """
    suffix = _suffix(words)
    surname_only = bool(suffix) and len(words) == 2 and words[0] == last
    alike = None if surname_only else under.get(_slot(words))
    if alike is not None:
        return alike
    if surname_only:
        keys = [k for k in under if k.endswith("|" + suffix)]
    elif not suffix:
        keys = [k for k in under if k.startswith(words[0] + "|")]
    else:
        return None
    return max((under[k] for k in keys), key=_START, default=None)


#: How many of the latest places of a surname :func:`_longer_name` reads back through: a name
#: seldom stands far from the longer one it shortens, and a long list (a common given name)
#: is not read whole for every new name.
LONGER_NAME_REACH = 64


def _longer_name(places: list[tuple[int, Entity]], words: tuple[str, ...]) -> Entity | None:
    """The entity last named by a longer name ending with ``words``, of those at ``places``.

    "Giscard d'Estaing" and "Van der Broek" after "Valery Giscard d'Estaing" and "Pieter van
    der Broek": a surname of more words than one, or a name without its first given name.
    """
    count = len(words)
    for _, entity in reversed(places[-LONGER_NAME_REACH:]):
        if len(entity.words) > count and entity.words[-count:] == words:
            return entity
    return None


def _entity_for(
    words: tuple[str, ...],
    name: str,
    by_word: dict[str, list[tuple[int, Entity]]],
    latest: _Latest,
    entities: dict[str, Entity],
    start: int,
    gender: str | None = None,
) -> Entity:
    """The entity a person's name stands for: one already named alike, or a new one.

    Where an entity is named is entered in ``by_word`` under its words, and in ``latest`` (see
    :data:`_Latest`), so that a full name finds the entity last named with its first and last
    words without reading back through every name sharing its surname (thousands of given
    names before one surname made that quadratic).
    """
    full = " ".join(words)
    # A generational suffix is no surname: "John Pope Jr" is Pope. A numeral is one only after
    # a given name and a surname ("John Smith III"; "Macintosh II" is no one's).
    # A numeral after a surname alone counts when that surname is known ("Noland III").
    suffixed = len(words) > 1 and words[-1] in SUFFIX_KEYS
    suffixed = suffixed and (len(words) > 2 or words[-1] in ("jr", "sr") or words[0] in latest)
    last = words[-2] if suffixed else words[-1]
    entity = entities.get(full)
    if entity is None:
        known: Entity | None = None
        if len(words) == 1:
            known = pick_entity(by_word.get(words[0], []), start)
        else:
            # "Hillary Rodham Clinton" after "Hillary Clinton": the entity last named under the
            # last word with the same first word, or named by that word alone (a full name
            # then gives it its first word: it never is alone again).
            under = latest.get(last, {})
            alike = _named_alike(under, words, last)
            alone = under.get("")
            if alone is not None and len(alone[1].words) != 1:
                alone = None
            if alike is not None and (alone is None or alike[0] > alone[0]):
                known = alike[1]
            elif alone is not None:
                known = alone[1]
            else:
                known = _longer_name(by_word.get(last, []), words)
        if known is None:
            entity = Entity(squash(name), words)
        else:
            entity = known
            if len(words) > len(entity.words) and len(entity.words) == 1:
                entity.name, entity.words = squash(name), words
        entities[full] = entity
    if gender and len(words) == 1 and entity.gender not in (None, gender):
        # "Mrs. Clinton" after "Bill Clinton": the person of that name of the honorific's gender
        entity = of_gender(by_word.get(words[0], []), start, gender) or entity
    first = _slot(entity.words) if len(entity.words) > 1 else ""
    for word in (last, words[0]) if len(words) > 1 else (last,):
        places = by_word.setdefault(word, [])
        latest.setdefault(word, {})[first] = (len(places), entity)
        places.append((start, entity))
    return entity


def _resolve(
    text: str,
    flat: str,
    found: list[_Found],
    named: dict[int, Entity],
    by_word: dict[str, list[tuple[int, Entity]]],
    starts: list[int],
    inside_quote: _Within,
    lexicons: Lexicons,
    skip: Skip | None,
    plugin: str | None = None,
) -> Iterator[Mention]:
    """Resolve the found mentions in text order and yield them as mentions.

    ``starts`` are the sentence starts: a pronoun prefers a subject of its own sentence or the
    one before. Persons named inside a quotation are not taken as what a pronoun outside one
    stands for: the quoted speaker names others.
    """
    history = History(
        lambda head, end: _subject(flat, head, end, lexicons),
        lambda start, end: _same_clause(flat, start, end),
    )
    holders = {item.role: item.start for item in found if item.how == "name" and item.role}
    for item in found:
        start, end, how = item.start, item.end, item.how
        if skip is not None and skip(start, end) is not None:
            continue
        mention_text = text[start:end]
        if how in ("organization", "place"):
            yield Mention(
                kind=how,
                start=start,
                end=end,
                text=mention_text,
                entity=item.entity or squash(mention_text),
                plugin=plugin,
            )
            continue
        entity: Entity | None = None
        if how == "name":
            entity = named.get(start)
        elif how == "surname":
            candidates = by_word.get(key(mention_text).rstrip("."))
            entity = pick_entity(candidates, start) if candidates else None
            if entity is None:
                continue  # a capitalised word that names no person we know of
        elif how == "pronoun":
            # The pronoun's sentence (the first when it comes before any), and the one before.
            sentence = max(0, bisect.bisect_right(starts, start) - 1)
            before = starts[max(0, sentence - 1)] if starts else 0
            own = starts[sentence] if starts else 0
            gender = item.gender or ""
            entity = history.pronoun(start, gender, before, lexicons_case(item), own)
            alone = history.alone(start, gender)
            if entity is not None and entity.gender is None and alone:
                entity.gender = item.gender  # the text has now shown it, beyond doubt
        elif how == "position" and item.title is not None:
            holder = named.get(holders.get((start, end), -1))
            yield Mention(
                kind="position",
                start=start,
                end=end,
                text=mention_text,
                entity=holder.name if holder else None,
                role=squash(mention_text),
                plugin=plugin,
            )
            continue
        elif how == "cataphor":
            entity = named.get(item.refers)
        elif how == "description" and item.title is not None:
            title = item.title
            entity = history.description(start, title.title, title.group, portfolio(mention_text))
        if entity is not None and not inside_quote(start, True):
            head = item.head if item.head >= 0 else start
            history.add(start, entity, head, end)
        yield Mention(
            kind="person",
            start=start,
            end=end,
            text=mention_text,
            entity=entity.name if entity else None,
            role=entity.role if entity else None,
            plugin=plugin,
        )
