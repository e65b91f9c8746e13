"""Names in the text: capitalised runs read as people (with their stated roles) or organisations.

A run of capitalised words is split into what a reader sees in it: a leading function word
("But", "The"), a stated role ("Russian Foreign Minister", reaching left over lower-case role
words: "former Dutch Prime Minister", "Kremlin spokesman"), and the name itself. Whether a name
is a person's is decided from the text: a role or honorific before it, an appositive role after
it ("X, the current Secretary-General of NATO,"), a common given name, or a later or earlier
full name it shares a surname with (settled in :mod:`stoltlib_people.coref`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import NamedTuple

import regex

from stoltlib.persons import GENERATIONAL_SUFFIXES
from stoltlib.quoting import ABBREVIATIONS
from stoltlib_people.lexicons import Lexicons, Title, key
from stoltlib_people.lone_words import DEMONYMS, PLACES

__all__ = [
    "NAME_RUN",
    "NAME_RUN_ASCII",
    "NATIONALITY_ENDINGS",
    "SUFFIX_KEYS",
    "NameRun",
    "WordIndex",
    "name_runs",
    "read_run",
    "run_matches",
]


def _word_set(words: str) -> frozenset[str]:
    """The white-space separated words of ``words``, as a set."""
    return frozenset(words.split())


# A run of capitalised words: names, titles, organisations, places, sentence starts.
NAME_RUN = regex.compile(
    r"""
    (?=\p{Lu})                                   # a capital first: most positions fail
                                                 # here, before the costlier look-behind
    (?<![\p{L}\p{N}'’.\-])                      # not inside a word
    (?:\p{Lu}\p{Ll}{1,3}\.[ \u00a0](?=\p{Lu}))?    # an abbreviated title ("Sen.", "Mr.", "Gov.")
    (?:\p{Lu}\.[ \u00a0]?){0,3}                  # initials ("J. K. Rowling", "H.R.")
    (?:Mc|Mac|O['’]|D['’])?\p{Lu}                # a capital, Irish and Scottish prefixes kept
    [\p{Ll}\p{Lu}\p{M}]{0,24}                    # the rest of the word
    (?:-\p{L}[\p{L}\p{M}]{0,20}){0,2}            # hyphenated ("Lloyd-Jones"); a possessive
    (?:                                          # 's ends the run: "Russia's" names Russia
      [ \u00a0]{1,3}                             # a space or a few (paragraphs are flat)
      (?:(?:de|da|van|von|vom|zur|zu|der|den|del|la|le|du|bin|ibn|al|el|di|dos|das|ter|y)
         [ \u00a0]{1,3}){0,2}                    # particles, two at most ("van der")
      (?:\p{Lu}\.[ \u00a0]?){0,3}                # middle initials
      (?:Mc|Mac|O['’]|D['’]|d['’]|al-|el-)?\p{Lu}  # a surname's prefixes, glued particles
                                                 # too ("Giscard d'Estaing", "Saud al-Faisal")
      [\p{Ll}\p{Lu}\p{M}]{0,24}
      (?:-\p{L}[\p{L}\p{M}]{0,20}){0,2}
    ){0,6}
    (?:,?[ \u00a0](?:Jr\.|Sr\.|II|III|IV)(?![\p{L}]))?   # a generational suffix
    """,
    regex.VERBOSE,
)

# :data:`NAME_RUN` for a text whose letters are all ASCII (:func:`stoltlib.text.ascii_letters`),
# for ``re``: the classes spelled as ASCII ranges, which match there as the Unicode ones do,
# and the first capital matched before anything else, so that the engine skips to the next
# capital at C speed where :data:`NAME_RUN` was tried at every position (a third the cost).
# The pattern is :data:`NAME_RUN` with its first character taken out of each way a run may
# start, in the same order, so that it finds the same runs (a property test holds it to it):
# an abbreviated title, an initial, a name's prefix, or the word's own capital.
_WORD_REST = r"[a-zA-Z]{0,24}(?:-[A-Za-z][A-Za-z]{0,20}){0,2}"
_PREFIX = r"(?:Mc|Mac|O['’]|D['’])?[A-Z]"
# A later word's prefixes: also the particles glued to a surname in lower case.
_NEXT_PREFIX = r"(?:Mc|Mac|O['’]|D['’]|d['’]|al-|el-)?[A-Z]"
_INITIAL = r"(?:[A-Z]\.[ \u00a0]?)"
_RUN_REST = (
    _WORD_REST
    + r"""
    (?:
      [ \u00a0]{1,3}
      (?:(?:de|da|van|von|vom|zur|zu|der|den|del|la|le|du|bin|ibn|al|el|di|dos|das|ter|y)
         [ \u00a0]{1,3}){0,2}
      """
    + _INITIAL
    + "{0,3}"
    + _NEXT_PREFIX
    + _WORD_REST
    + r"""
    ){0,6}
    (?:,?[ \u00a0](?:Jr\.|Sr\.|II|III|IV)(?![A-Za-z]))?
    """
)
NAME_RUN_ASCII = re.compile(
    r"""
    [A-Z](?<![A-Za-z0-9'’.\-].)                # a capital, not inside a word
    (?:
      [a-z]{1,3}\.[ \u00a0](?=[A-Z])            # an abbreviated title
      """
    + _INITIAL
    + "{0,3}"
    + _PREFIX
    + _RUN_REST
    + r"""
      | \.[ \u00a0]?"""  # an initial
    + _INITIAL
    + "{0,2}"
    + _PREFIX
    + _RUN_REST
    + r"""
      | (?:(?<=M)c|(?<=M)ac|(?<=O)['’]|(?<=D)['’])[A-Z]"""  # a name's prefix
    + _RUN_REST
    + r"""
      | """  # the word's own capital
    + _RUN_REST
    + r"""
    )
    """,
    re.VERBOSE,
)


#: A run's first word read as an abbreviated title: two to four letters and a full stop.
_ABBREVIATED_HEAD = regex.compile(r"\p{Lu}\p{Ll}{1,3}\.[ \u00a0]")


def run_matches(text: str, ascii_letters: bool) -> Iterator[re.Match[str] | regex.Match[str]]:
    """The matches of :data:`NAME_RUN` in ``text``; ``ascii_letters`` tells which pattern may run.

    ``ascii_letters`` is :func:`stoltlib.text.ascii_letters` of ``text``. A run that opens
    with a short word and a full stop that is no known abbreviation ("Acme. She starts ...":
    a sentence's last word, not "Gov." or "Sen.") is two runs: the word, and what follows.
    """
    pattern = NAME_RUN_ASCII if ascii_letters else NAME_RUN
    for match in pattern.finditer(text):
        start = match.start()
        # A full stop among the run's third to fifth characters: the cheap test that settles
        # nearly every run before the head's pattern is tried.
        head = (
            _ABBREVIATED_HEAD.match(text, start, match.end())
            if "." in text[start + 2 : start + 5]
            else None
        )
        if head is None or text[head.start() : head.end() - 2].lower() in ABBREVIATIONS:
            yield match
            continue
        word = pattern.match(text, head.start(), head.end() - 2)
        if word is not None:
            yield word
        rest = pattern.match(text, head.end(), match.end())
        if rest is not None:
            yield rest


# Words that start a sentence or a clause in capitals without being part of a name.
FUNCTION_WORDS = _word_set(
    """
    a an the this that these those there their they then than thus so but and or nor yet for
    if when while as after before since until unless although though because whether where
    who whom whose which what how why in on at by with from to of into onto about above
    below under over between among through during against without within according despite
    amid also even still just only not no yes now here however meanwhile moreover instead
    indeed speaking asked asking answering citing calling adding noting writing told telling
    saying said says former then-candidate like unlike last next every each both all some
    any many most more much such other another one two three his her its our your my we he
    she it i you us them him me mr mrs ms dr sen rep gov it's i'm we're on monday tuesday
    wednesday thursday friday saturday sunday january february march april may june july
    august september october november december today yesterday tomorrow tonight dear hey oh
    well
    """
)

#: No function word is longer: a longer run is none, and is not case folded to tell (case
#: folding never shortens a string).
_LONGEST_FUNCTION_WORD = max(map(len, FUNCTION_WORDS))


# Capitalised words that are never a person's name, even in a run that looks like one.
NOT_PERSON_WORDS = _word_set(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march april
    june july august september october november december street avenue road city county
    state states united kingdom republic island islands north south east west northern
    southern eastern western new american americans democrats republicans democrat
    republican democratic european africa asia america europe god christmas easter islamic
    muslim muslims christian christians jewish catholic twitter facebook instagram youtube
    google internet covid coronavirus pandemic war world summit day week year olympics
    jan feb mar apr jun jul aug sep sept oct nov dec
    """
)


# Nationality adjectives end so ("Ukrainian Armed Forces", "Chinese Foreign Ministry"); a
# given name that ends so (Brian, Christian) is known from the given-name list first.
NATIONALITY_ENDINGS = ("ian", "ese", "ish", "ean", "ic")


class NameRun(NamedTuple):
    """A capitalised run split into its parts.

    ``role`` is the stated role before the name (with its ``title``), ``name`` the name itself
    (``None`` when the run is only a role: "NATO Secretary General"), ``honorific`` the gender
    an honorific before the name gives ("" when the honorific has none, ``None`` without one).
    ``keys`` are the lookup keys of the name's words (case folded, without a final dot).
    A named tuple: one is built for every capitalised run of the text.
    """

    start: int
    end: int
    name: tuple[int, int] | None
    role: tuple[int, int] | None
    title: Title | None
    honorific: str | None
    keys: tuple[str, ...] = ()

    def name_text(self, text: str) -> str:
        """The name as written."""
        assert self.name is not None
        return text[self.name[0] : self.name[1]]


# The words of a run, with offsets: words, initials and abbreviations with their dots.
_RUN_WORD = regex.compile(r"[\p{L}\p{M}][\p{L}\p{M}'’\-]*\.?")
# A word of running text, the words a role reaches left over: a possessive's 's kept, and an
# abbreviation's dot ("Sen.", whose dot ended the run before: "Texas Sen. Lloyd Bentsen").
_TEXT_WORD = regex.compile(r"[\p{L}\p{M}][\p{L}\p{M}\-]{0,30}(?:['’]s|\.)?")
# What may stand between two words of one phrase: a space or two.
_PHRASE_GAP = frozenset({" ", "  ", "   ", "\u00a0", " \u00a0", "\u00a0 "})


class WordIndex:
    """The words right before a position, read from a short window of the text.

    A role before a name is read by stepping back word by word; only a window of
    :data:`WINDOW` characters is looked at, and only when the word right before the position
    ends a title (:meth:`ends_title`), which few words do.
    """

    def __init__(self, text: str) -> None:
        self.text = text

    def last_word(self, position: int) -> str:
        """The word right before ``position`` (a space or few between), case folded, or ""."""
        text = self.text
        end = position
        while end > 0 and position - end < 3 and text[end - 1] in " \u00a0":
            end -= 1
        if end == position or end == 0 or text[end - 1].isspace():
            return ""
        # The word starts after any white space, a line break too ("\n\nminister NATO").
        floor = max(0, end - MAX_WORD)
        words = text[floor:end].rsplit(None, 1)  # the last word, and whether one stands before
        if len(words) == 1 and floor > 0 and not text[floor - 1].isspace():
            return ""  # longer than any word a role is made of
        return words[-1].casefold()

    def before(self, position: int, count: int) -> list[tuple[int, int]]:
        """Up to ``count`` words right before ``position``, in order, one phrase apart.

        The words must follow one another with only a space or two between them, and the last
        must end a space or two before ``position``: punctuation or a line break stops them.
        """
        text = self.text
        window = max(0, position - WINDOW)
        spans = [match.span() for match in _TEXT_WORD.finditer(text, window, position)]
        found: list[tuple[int, int]] = []
        cursor = position
        for start, end in reversed(spans):
            if len(found) >= count or text[end:cursor] not in _PHRASE_GAP:
                break
            if start == window and window > 0 and not text[window - 1].isspace():
                break  # a word cut by the window's edge
            found.append((start, end))
            cursor = start
        found.reverse()
        return found


#: How many characters before a name the role words are looked for in.
WINDOW = 160
#: How long a word before a name may be for :meth:`WordIndex.last_word` to read it.
MAX_WORD = 40


def _fold(word: str) -> str:
    """A word's lookup key without a final dot; plain words the cheap way."""
    return word.casefold() if word.isalpha() else key(word).rstrip(".")


def _words(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], list[str]]:
    """The words of ``text[start:end]`` (offsets), and their lookup keys (:func:`_fold`).

    Most runs are plain words one space apart ("Jens Stoltenberg"): they are split without the
    word pattern.
    """
    segment = text[start:end]
    if segment.isalpha():
        return [(start, end)], [segment.casefold()]  # one plain word: the commonest run
    parts = segment.split(" ")
    if all(map(str.isalpha, parts)):
        spans = []
        for part in parts:
            spans.append((start, start + len(part)))
            start += len(part) + 1
        return spans, list(map(str.casefold, parts))
    spans = [match.span() for match in _RUN_WORD.finditer(text, start, end)]
    return spans, [_fold(text[a:b]) for a, b in spans]


def word_keys(text: str, start: int, end: int) -> list[str]:
    """The lookup keys of the words of ``text[start:end]`` (see :func:`_words`)."""
    return _words(text, start, end)[1]


def _title_at(keys: list[str], end: int, lexicons: Lexicons) -> tuple[int, Title] | None:
    """The longest title ending with word ``end - 1``: the index of its first word, and it.

    ``keys`` are the words' lookup keys (:func:`~stoltlib_people.lexicons.key`): a phrase's key
    is its words' keys joined by spaces.
    """
    if keys[end - 1] not in lexicons.title_last and not _hyphened_title_end(
        keys[end - 1], lexicons.title_last
    ):
        return None  # the common case: the word ends no title
    for length in range(min(lexicons.title_words, end), 0, -1):
        first = end - length
        title = lexicons.titles.get(" ".join(keys[first:end]))
        if title is not None:
            return first, title
    return None


def _role_left(
    text: str, start: int, lexicons: Lexicons, index: WordIndex
) -> tuple[int, int, Title] | None:
    """A lower-case role ending right before ``start`` ("spokesman ", "former ..."), if any.

    Returns the role's start and end and its title. The role reaches left from its title over role
    modifiers, capitalised words and possessives, at most five words. A capitalised title counts
    only when an abbreviation's dot cut it from the run ("Texas Sen. | Lloyd Bentsen"), and a
    hyphenated word is read as its parts ("ex-senator", "vice-president").
    """
    last = index.last_word(start)
    if not last or (
        last.rstrip(".") not in lexicons.title_last
        and ("-" not in last or not _ends_title(last, lexicons))
    ):
        return None  # the common case: no title right before the run
    words = _hyphen_parts(text, index.before(start, 8), lexicons)
    if not words:
        return None
    if text[words[-1][0]].isupper() and text[words[-1][1] - 1] != ".":
        return None  # capitalised titles belong to the run itself
    keys = [key(text[a:b]) for a, b in words]
    found = _title_at(keys, len(keys), lexicons)
    if found is None:
        return None
    first, title = found
    return words[_reach_left(text, words, keys, first, lexicons)][0], words[-1][1], title


def _ends_title(word: str, lexicons: Lexicons) -> bool:
    """Whether a word of running text (case folded) may end a title: its last part does.

    Its last part: without a final dot ("sen."), after its last hyphen ("ex-senator").
    """
    return bool(word) and word.rstrip(".").rsplit("-", 1)[-1] in lexicons.title_last


def _hyphen_parts(
    text: str, words: list[tuple[int, int]], lexicons: Lexicons
) -> list[tuple[int, int]]:
    """``words`` with a hyphenated role word split into its parts ("ex-senator": "ex", "senator").

    A role word: all its parts before the last are role modifiers or titles ("vice-president",
    "secretary-general"); "three-man" and "15-member" say how many, and stay whole.
    """
    if not any("-" in text[a:b] for a, b in words):
        return words  # the common case
    parts: list[tuple[int, int]] = []
    for start, end in words:
        spans = [match.span() for match in _HYPHEN_PART.finditer(text, start, end)]
        if all(
            key(text[a:b]) in lexicons.role_modifiers or key(text[a:b]) in lexicons.titles
            for a, b in spans[:-1]
        ):
            parts.extend(spans)
        else:
            parts.append((start, end))
    return parts


# A part of a hyphenated word.
_HYPHEN_PART = regex.compile(r"[^\-]+")


def _reach_left(
    text: str, words: Sequence[tuple[int, int]], keys: Sequence[str], first: int, lexicons: Lexicons
) -> int:
    """The index of the word a role starts at whose title starts at word ``first``.

    The role reaches left over role modifiers, titles, capitalised words and possessives, at
    most five words, never over a function word or a word with a final dot (a sentence's end:
    "Putin. Kremlin spokesman").
    """
    at = first
    while at > 0 and first - at < 5:
        word, folded = text[words[at - 1][0] : words[at - 1][1]], keys[at - 1]
        if word.endswith("."):
            break
        if (
            folded in lexicons.role_modifiers
            or folded in lexicons.titles
            or word[0].isupper()
            or folded.endswith(("'s", "’s"))
        ) and folded not in FUNCTION_WORDS:
            at -= 1
        else:
            break
    return at


# A word glued to the one before it in scraped text ("KulbisNATO"): a lower-case letter
# followed by a capital, past a name's usual inner capitals (McCain, MacArthur, DeSantis: see
# :func:`_glued_at`).
_GLUED = regex.compile(r"(?<=\p{Ll})\p{Lu}")
# What a name's inner capital may follow at the word's start.
_NAME_PREFIXES = frozenset({"Mc", "Mac", "De", "La", "Le", "Di", "Da", "Van", "Von", "O'", "O’"})


def _glued_at(text: str, start: int, end: int) -> int | None:
    """Where a word glued to the one before it starts inside the word ``text[start:end]``.

    A capital after a lower-case letter starts a glued word unless a name's prefix stands
    before it at the word's start ("McCain" is one name, "KulbisNATO" two words).
    """
    for match in _GLUED.finditer(text, start + 1, end):
        if text[start : match.start()] not in _NAME_PREFIXES:
            return match.start()
    return None


# An abbreviation's dot, before the name it titles ("Sen. | Lloyd Bentsen").
_DOT_BEFORE_NAME = regex.compile(r"\.[ \u00a0]{1,3}\p{Lu}")


def _cut_by_dot(text: str, end: int, word: str, lexicons: Lexicons) -> bool:
    """Whether a run's last word (``word``, its key, ending at ``end``) is an abbreviated title.

    An abbreviated title ("Sen.", "Adm.", "Gov."), or an honorific whose dot stands before a
    capitalised word, ends a run that is the role of the name after it ("Texas Sen. Lloyd
    Bentsen", "Vice Adm. John Poindexter"), not a name: :func:`_role_left` reads it there.
    """
    if text[end : end + 1] != ".":
        return False
    if word + "." in lexicons.titles:
        return True  # "former Nevada Sen. and ... Paul Laxalt" too
    return word in lexicons.honorifics and _DOT_BEFORE_NAME.match(text, end) is not None


def _modifiers_left(text: str, start: int, lexicons: Lexicons, index: WordIndex) -> int:
    """Where a role starts once the role modifiers before it are taken in ("former Dutch")."""
    if index.last_word(start) not in lexicons.role_modifiers:
        return start
    for word_start, word_end in reversed(index.before(start, 3)):
        word = key(text[word_start:word_end])
        if word not in lexicons.role_modifiers or text[word_start].isupper():
            break  # a capitalised modifier opens the sentence ("Then"), not the role
        start = word_start
    return start


def split_run(
    text: str, start: int, end: int, lexicons: Lexicons, word_index: WordIndex | None = None
) -> NameRun | None:
    """Read one capitalised run: its function-word start dropped, role and name apart.

    A word glued to the one before it ("KulbisNATO") starts the run afresh at its capital.
    """
    index = WordIndex(text) if word_index is None else word_index
    run = read_run(text, start, end, lexicons, index)
    if isinstance(run, str):
        return NameRun(start, end, (start, end), None, None, None, (run,))
    return run


def _split_words(
    text: str, start: int, end: int, segment: str, lexicons: Lexicons, index_of_words: WordIndex
) -> NameRun | None:
    """:func:`split_run` for a run ``segment`` holding more than letters (words, a hyphen, a dot).

    A function word may hold more than letters too ("then-candidate").
    """
    if end - start <= _LONGEST_FUNCTION_WORD and segment.casefold() in FUNCTION_WORDS:
        return None
    words, keys = _words(text, start, end)
    if len(words) > 1:
        for at in range(len(words) - 1, 0, -1):
            if text[words[at][0] + 1 : words[at][1]].islower():
                continue  # no capital past the first: nothing glued (the common case)
            glued = _glued_at(text, words[at][0], words[at][1])
            if glued is not None:
                words = [(glued, words[at][1]), *words[at + 1 :]]
                keys = [_fold(text[a:b]) for a, b in words]
                break
    while keys and keys[0] in FUNCTION_WORDS:
        if keys[0] in lexicons.honorifics and len(keys) > 1:
            break
        words, keys = words[1:], keys[1:]
    if not words:
        return None
    if (
        len(keys) > 2
        and keys[0] in DEMONYMS
        and not segment.isupper()  # a heading's, or a company's in capitals
        and _names_after_demonym(keys, lexicons)
    ):
        words, keys = words[1:], keys[1:]  # "Dominican Alfredo Ricart": the name is after it
    last_end = words[-1][1]
    if (
        text[last_end : last_end + 1] == "."
        and len(words) > 1
        and _cut_by_dot(text, last_end, keys[-1], lexicons)
    ):
        return None  # "Texas Sen", "Vice Adm": the role of the name after the dot, read there
    honorific: str | None = None
    role_end = 0
    title: Title | None = None
    # The last title in the run with a name after it: "Russian Foreign Minister | Sergey Lavrov".
    title_last = lexicons.title_last
    for at in range(len(words), 0, -1):
        if keys[at - 1] not in title_last and not _hyphened_title_end(keys[at - 1], title_last):
            continue  # what _title_at tests first, without the call: most words end no title
        found = _title_at(keys, at, lexicons)
        if found is not None:
            if _surname_title(keys, found[0], at, lexicons):
                continue
            if at == len(words):
                before = _title_before_name(keys, found[0], lexicons)
                if before is None and _name_before_title(keys, found[0], lexicons):
                    # "Priya Raman CEO": the title after a full name is its role, not a word
                    # of it; a title after an organisation's words ("Acme CEO") stays whole.
                    first = found[0]
                    person = (words[0][0], words[first - 1][1])
                    stated = (words[first][0], words[-1][1])
                    return NameRun(
                        person[0], stated[1], person, stated, found[1], None, tuple(keys[:first])
                    )
                found = before or (at, found[1])
                at = found[0]
            role_end, title = at, found[1]
            break
    role_start = words[0][0]
    if title is None and len(words) > 1 and text[words[0][0] - 3 : words[0][0]] == "of ":
        over = _title_over_of(text, words, keys, lexicons, index_of_words)
        if over is not None:
            role_start, role_end, title = over
    if title is None and keys[0] in lexicons.honorifics and len(words) > 1:
        honorific = lexicons.honorifics[keys[0]] or ""
        role_end = 1
    elif role_end and role_end < len(words):
        after = keys[role_end]
        if after in lexicons.honorifics and role_end + 1 < len(words):
            honorific = lexicons.honorifics[after] or ""
            role_end += 1
    role = (role_start, words[role_end - 1][1]) if role_end and title is not None else None
    name = (words[role_end][0], words[-1][1]) if role_end < len(words) else None
    if name is not None and text[name[1] - 1] == ".":
        name = (name[0], name[1] - 1) if text[name[0] : name[1] - 1].count(".") == 0 else name
    if role is None and name is not None:
        left = _role_left(text, words[0][0], lexicons, index_of_words)
        if left is not None:
            role = (left[0], left[1])
            title = left[2]
    elif role is not None:
        left = _role_left(text, role[0], lexicons, index_of_words)
        if left is not None:
            role = (left[0], role[1])
        role = (_modifiers_left(text, role[0], lexicons, index_of_words), role[1])
    if name is None and role is None:
        return None
    begin = role[0] if role is not None else name[0] if name is not None else start
    keys_of_name = tuple(keys[role_end:]) if name is not None else ()
    return NameRun(begin, words[-1][1], name, role, title, honorific, keys_of_name)


def _names_after_demonym(keys: Sequence[str], lexicons: Lexicons) -> bool:
    """Whether the words after a run's first word, a nationality, may be a person's full name.

    They may when no title ends among them (a role's nationality is the role's: "Dominican
    Foreign Minister X") and no organisation word is among them or opens them ("Swiss National
    Bank"). A nationality that keeps a run from being a name (:data:`NOT_PERSON_WORDS`,
    :data:`NATIONALITY_ENDINGS`: "Indian Merchants Chambers", "American Home Products") is
    passed over only before a given name or an initial ("Indian Ravi Shastri").
    """
    rest = keys[1:]
    if (
        any(word in lexicons.title_last for word in keys)
        or not lexicons.organization_names.isdisjoint(rest)
        or rest[0] in lexicons.organization_heads
    ):
        return False
    demonym = keys[0]
    if demonym in NOT_PERSON_WORDS or demonym.endswith(NATIONALITY_ENDINGS):
        return rest[0] in lexicons.given_names or len(rest[0]) == 1
    return True


# The keys of the generational suffixes a name may end with (the core's set, folded as keys are).
SUFFIX_KEYS = GENERATIONAL_SUFFIXES


def _surname_title(keys: Sequence[str], first: int, end: int, lexicons: Lexicons) -> bool:
    """Whether a title of a run (words ``first`` to ``end - 1``) is a surname instead.

    It is when only a generational suffix follows it, and only given names or initials stand
    before it, a given name among them ("U.S." reads as two initials), or nothing: "John Pope
    Jr", "John W. Pope", "John Major", "Pope Jr" name a person whose surname is a title's word;
    a title that states a role is followed by the name it is the role of.
    """
    if not all(word in SUFFIX_KEYS for word in keys[end:]):
        return False
    if first == 0:
        return end < len(keys)  # "Pope Jr"; "Pope" alone is the title
    given = lexicons.given_names
    return all(len(word) == 1 or word in given for word in keys[:first]) and any(
        word in given for word in keys[:first]
    )


def _hyphened_title_end(word: str, title_last: frozenset[str]) -> bool:
    """Whether a hyphenated word's key ("president elect") ends as a title does."""
    return " " in word and word.rsplit(" ", 1)[1] in title_last


#: A full name before a title that ends its run has this many words at most.
MAX_NAME_BEFORE_TITLE = 3


def _name_before_title(keys: Sequence[str], first: int, lexicons: Lexicons) -> bool:
    """Whether the run's words before a title that ends it (at word ``first``) are a full name.

    Two or three words, a common given name first, none a title's, role modifier's,
    organisation's, place's or nationality's word, nor one that is never a person's: "Priya
    Raman CEO" is Priya Raman; "Acme Foods CEO", "Carson City Mayor" are a role whole.
    """
    if not 2 <= first <= MAX_NAME_BEFORE_TITLE or keys[0] not in lexicons.given_names:
        return False
    return not any(
        word in lexicons.title_last
        or word in lexicons.role_modifiers
        or word in lexicons.organization_names
        or word in FUNCTION_WORDS
        or word in NOT_PERSON_WORDS
        or word in PLACES
        or word in DEMONYMS
        for word in keys[:first]
    )


def _title_before_name(keys: list[str], first: int, lexicons: Lexicons) -> tuple[int, Title] | None:
    """A title before a given name or initial, before a title that ends the run at ``first``.

    "Chairman Carl Singer", "Prime Minister John Major": the run's last word is a title's, and
    the surname of the person an earlier title is the role of. Returns where the earlier
    title ends (the name's first word) and the title.
    """
    for at in range(first - 1, 0, -1):
        following = keys[at]
        if len(following) != 1 and following not in lexicons.given_names:
            continue
        if keys[at - 1] in lexicons.title_last:
            found = _title_at(keys, at, lexicons)
            if found is not None:
                return at, found[1]
    return None


def _title_over_of(
    text: str,
    words: Sequence[tuple[int, int]],
    keys: Sequence[str],
    lexicons: Lexicons,
    index: WordIndex,
) -> tuple[int, int, Title] | None:
    """A title that runs over a lower-case "of" into the run's first words, if any.

    "Chief of Staff Donald Regan", "Secretary of State George Shultz": the run starts after
    "of" ("Staff Donald Regan"), and a title opened before it ends in it. Returns where the
    role starts (reaching left as :func:`_role_left` does), how many of the run's words it
    takes (leaving a name), and the title.
    """
    title_last = lexicons.title_last
    if not any(word in title_last for word in keys[: len(words) - 1]):
        return None  # the common case ("of New York"): no title could end in the run
    before = index.before(words[0][0], lexicons.title_words)
    if len(before) < 2:
        return None
    before_keys = [key(text[a:b]) for a, b in before]
    for count in range(min(len(words) - 1, lexicons.title_words), 0, -1):
        if keys[count - 1] not in title_last:
            continue
        joined = [*before_keys, *keys[:count]]
        found = _title_at(joined, len(joined), lexicons)
        if found is not None and found[0] < len(before) - 1:
            spans = [*before, *words[:count]]
            return spans[_reach_left(text, spans, joined, found[0], lexicons)][0], count, found[1]
    return None


def _one_word(
    text: str, start: int, end: int, folded: str, lexicons: Lexicons, index: WordIndex
) -> NameRun:
    """:func:`split_run` for a run of one plain word (``folded``: case folded), no function word.

    Three runs in five past the function words are one such word. A title alone ("President")
    is a role, with the role words before it; any other word is a name, with a lower-case role
    right before it ("spokesman Peskov") if there is one.
    """
    title = lexicons.titles.get(folded) if folded in lexicons.title_last else None
    if title is not None:
        left = _role_left(text, start, lexicons, index)
        begin = _modifiers_left(text, start if left is None else left[0], lexicons, index)
        return NameRun(begin, end, None, (begin, end), title, None, ())
    left = _role_left(text, start, lexicons, index)
    if left is None:
        return NameRun(start, end, (start, end), None, None, None, (folded,))
    return NameRun(left[0], end, (start, end), (left[0], left[1]), left[2], None, (folded,))


def read_run(
    text: str, start: int, end: int, lexicons: Lexicons, index: WordIndex
) -> NameRun | str | None:
    """:func:`split_run`, except that a bare word is returned as its folded text.

    A bare word is a run of one plain word that is no title and has no role right before it
    ("Trump", "Ohio", "Monday"): three runs in five past the function words. What it is
    depends only on the word and the few characters after it, which the caller reads; building
    a :class:`NameRun` for each was most of its cost.
    """
    segment = text[start:end]
    if not segment.isalpha():
        return _split_words(text, start, end, segment, lexicons, index)
    folded = segment.casefold()
    if folded in FUNCTION_WORDS:
        return None  # the common case: "The", "But", "He" opening a sentence
    title_last = lexicons.title_last
    if folded in title_last and folded in lexicons.titles:
        return _one_word(text, start, end, folded, lexicons, index)  # a title alone: a role
    last = index.last_word(start)
    if last and (last.rstrip(".") in title_last or ("-" in last and _ends_title(last, lexicons))):
        return _one_word(text, start, end, folded, lexicons, index)  # may have a role before
    return folded


def name_runs(text: str, lexicons: Lexicons) -> Iterator[NameRun]:
    """Every capitalised run of ``text``, read by :func:`split_run`, in order.

    ``text`` should be flat (:func:`stoltlib.quoting.flat_text`): a run never crosses a line
    break, so that a headline, a caption and a dateline on lines of their own stay apart.
    """
    index = WordIndex(text)
    for match in run_matches(text, ascii_letters=False):
        run = split_run(text, match.start(), match.end(), lexicons, index)
        if run is not None:
            yield run
