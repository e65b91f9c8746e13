"""Descriptions the name runs leave open: a role before a name, and a possessive's person.

* "The interior minister of Lenmark, Oskar Brandel," / "Her deputy, Tom Hall," / "Its leader,
  Maja Ekholm,": the description before the comma states the name's role (a position mention
  the name holds) and is a person mention of the name; the name's phrase starts where the
  description does (it is the subject of the "said" after it). A possessive pronoun opening the
  description names the possessor, not the person described, and makes no mention of its own:
  the quotes plugin takes the first person mentioned in a speaker phrase for its speaker.
* "His wife said", "her lawyer", "his campaign": a possessive description names someone other
  than the possessor. A person noun makes a person mention resolved to no one (the name right
  after it, "his friend Mahamat Oumar", when one follows), a group noun none; the pronoun makes
  none either way. "her" before a plain noun ("keeps her job") is a possessive, not an object.
* "Sen. Joan Kirby": an abbreviated title states the name's office ("Senator").

:func:`link_descriptions` works on the mentions :mod:`stoltlib_people.extract` found, before
they are resolved; the nouns are data: ``relation_nouns.tsv`` and ``honorific_titles.tsv``, and
the titles of the ``person_titles`` lexicon.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import regex

from stoltlib.lexicon_files import data_rows
from stoltlib.text import squash
from stoltlib_people.coref import Entity
from stoltlib_people.lexicons import Lexicons, Title, key
from stoltlib_people.names import FUNCTION_WORDS, _word_set

if TYPE_CHECKING:
    from stoltlib_people.extract import _Found

__all__ = ["link_descriptions"]

#: Nouns naming someone by their tie to a possessor ("his wife"), with their kind: "person" or
#: "group" (see ``relation_nouns.tsv``).
RELATION_NOUNS = {row[0].casefold(): row[1] for row in data_rows(__package__, "relation_nouns.tsv")}

# Nouns of succession: before an apposed name ("His successor, Ann Lee,") they describe it like
# the relation nouns; after a possessive alone ("named as his successor") the extraction reads
# the pronoun as the one succeeded, which is left to it.
_SUCCESSION_NOUNS = frozenset({"successor", "replacement", "predecessor"})

#: The office or rank an abbreviated title before a name states ("Sen.": Senator).
HONORIFIC_TITLES = {
    row[0].casefold(): row[1] for row in data_rows(__package__, "honorific_titles.tsv")
}

#: A description reads at most this many characters back from the comma before a name.
DESCRIPTION_BACK = 90
#: A description before a name has at most this many words past its determiner.
MAX_DESCRIPTION_WORDS = 8
#: A possessive description has at most this many words past its pronoun.
MAX_POSSESSED_WORDS = 4

# What opens a description before a name's comma: "the", a possessive pronoun, or a capitalised
# possessive ("Acme's chief executive, John Smith"), as a whole word followed by a space.
_DETERMINER = regex.compile(
    r"(?<![\p{L}\p{N}'’])(?:(?i:the|his|her|its|their|our)|\p{Lu}[\p{L}\p{N}&.\-]*['’]s)"
    r"(?=[ \u00a0])"
)
# Determiners after which the role starts past them; after a capitalised possessive it starts
# at the possessor ("Acme's chief executive").
_ROLE_PAST = frozenset({"the", "his", "her", "its", "their", "our"})
# What a description before a name does not reach back over: sentence and clause punctuation,
# quotation marks, brackets and line breaks.
_DESCRIPTION_STOP = regex.compile(r'[.!?;:,"“”()\[\]\n—–]')
# What may follow a name whose description stands before it: a closing comma, the end of the
# sentence or clause, or of the text; "Like his father, John Smith joined ..." is no apposition.
_NAME_CLOSE = regex.compile(r"[ \u00a0]?(?:[,.;:)—–]|$)")
# A lower-case word after an object pronoun that makes it a possessive: "her job", not "told
# her that" (a function word) or "her." (punctuation); nor "her successor", which the
# extraction reads as an object on purpose (the one succeeded is not the clause's subject).
_POSSESSIVE_AFTER = regex.compile(
    r"[ \u00a0]{1,3}(?!(?:"
    + "|".join(sorted(map(regex.escape, _SUCCESSION_NOUNS | FUNCTION_WORDS), key=len, reverse=True))
    + r")\b)\p{Ll}+\b"
)
# A word after a possessive pronoun, and the spaces before it.
_NEXT_WORD = regex.compile(r"[ \u00a0]{1,3}([\p{L}][\p{L}\p{M}'’\-]*)")
# Words after which a possessive description's noun still ends it ("his wife said", "her
# lawyer has", "his son, who"): auxiliaries and a few verbs a description is the subject of.
_AFTER_NOUN = _word_set(
    """
    is was are were be been being has had have will would could should can may might must did
    does do also gave got made met took died lives lived says said told wrote added
    """
)


#: How far past a possessive pronoun its phrase's words are looked for first.
POSSESSED_REACH = 60
# What the first look strips from a word: punctuation around it, a possessive ending.
_NOT_WORD = ".,;:!?\"'’“”()[]"


def _may_end_noun(word: str, title_last: frozenset[str]) -> bool:
    """Whether a word as written may end a person noun: the first look, before the reading.

    A relation noun, a title's last word (``title_last``), a plural or possessive of one.
    """
    word = word.strip(_NOT_WORD).casefold()
    if word.endswith(("'s", "’s")):
        word = word[:-2]
    if word in RELATION_NOUNS or word in title_last:
        return True
    return word.endswith("s") and (word[:-1] in RELATION_NOUNS or word[:-1] in title_last)


def _person_noun(keys: Sequence[str], last: int, lexicons: Lexicons) -> str:
    """What the words ``keys[..last]`` end in: "person", "group" (a plural), or "" (neither).

    A title of up to three words ending at ``last`` ("chief of staff") or a relation noun; a
    plural of either ("lawyers", "aides") names a group.
    """
    word = keys[last]
    kind = RELATION_NOUNS.get(word)
    if kind:
        return "" if kind == "none" else kind
    for first in range(max(0, last - 2), last + 1):
        phrase = " ".join(keys[first : last + 1])
        if phrase in lexicons.titles:
            return "person"
        if phrase.endswith("s") and phrase[:-1] in lexicons.titles:
            return "group"
    if word.endswith("s") and RELATION_NOUNS.get(word[:-1]) == "person":
        return "group"
    return ""


def _possessed(
    text: str, at: int, lexicons: Lexicons, ambiguous: bool = False
) -> tuple[int, str, Title | None] | None:
    """The person or group noun phrase a possessive pronoun ending at ``at`` opens, if any.

    Returns where the phrase ends, its noun's kind and the title it states (a title of the
    lexicon; ``None`` for a relation noun). The phrase is up to :data:`MAX_POSSESSED_WORDS`
    words, the last a person noun; a word after it must end the phrase (a verb, a function
    word, punctuation, a name): in "his executive order", "executive" is no noun. After a
    pronoun that may be an object (``ambiguous``), the words before the noun are lower case.
    """
    ahead = text[at : at + POSSESSED_REACH].split(None, MAX_POSSESSED_WORDS)[:MAX_POSSESSED_WORDS]
    if not any(_may_end_noun(word, lexicons.title_last) for word in ahead):
        return None  # the common case: no person noun among the words ahead ("his own plan")
    spans: list[tuple[int, int]] = []
    position = at
    while len(spans) < MAX_POSSESSED_WORDS + 1:
        match = _NEXT_WORD.match(text, position)
        if match is None:
            break
        spans.append(match.span(1))
        position = match.end()
    keys = [key(text[a:b]) for a, b in spans]
    best: tuple[int, str] | None = None
    for index, word in enumerate(keys[:MAX_POSSESSED_WORDS]):
        if text[spans[index][0]].isupper():
            if best is not None:
                break  # a name after the noun: "his wife Sahar"
            if ambiguous:
                return None
        if word.endswith("'s"):
            # "her challenger's plan": the phrase ends at the possessive, the one it names
            keys[index] = word[:-2]
            spans[index] = (spans[index][0], spans[index][1] - 2)
            kind = _person_noun(keys, index, lexicons)
            if kind:
                best = (index, kind)
            del keys[index + 1 :], spans[index + 1 :]
            break
        kind = _person_noun(keys, index, lexicons)
        if kind:
            best = (index, kind)
        elif best is not None and word != "of":
            break  # the phrase ended ("of" may go on: "chief of staff")
        elif best is None and word in FUNCTION_WORDS:
            # "his own", "her to", "his message of economic justice": no person's noun phrase
            # (an "of" goes on only past a person noun)
            return None
    if best is None:
        return None
    index, kind = best
    end = spans[index][1]
    if index + 1 < len(keys) and end == spans[index + 1][0] - 1:
        following = keys[index + 1]
        if not (
            text[spans[index + 1][0]].isupper()
            or following in FUNCTION_WORDS
            or following in _AFTER_NOUN
            or following in lexicons.cue_forms
            or following.endswith(("ed", "ly"))
        ):
            return None  # a noun goes on: "his family home", "her executive order"
    title = None
    for first in range(index + 1):
        title = lexicons.titles.get(" ".join(keys[first : index + 1]))
        if title is not None:
            break
    return end, kind, title


def _before_comma(
    text: str, comma: int, lexicons: Lexicons, role_title: Callable[[int, int], Title | None]
) -> tuple[int, int, Title | None] | None:
    """The description ending at the comma at ``comma`` before a name, if one stands there.

    Returns where it starts (its determiner), where the role it states starts, and its title
    (``None`` for a relation noun: "Her friend, Ann Lee,"). The nearest determiner whose words
    state a title or end in a relation noun wins.
    """
    low = max(0, comma - DESCRIPTION_BACK)
    stops = list(_DESCRIPTION_STOP.finditer(text, low, comma))
    if stops:
        low = stops[-1].end()
    for determiner in reversed(list(_DETERMINER.finditer(text, low, comma))):
        words = text[determiner.end() : comma].split()
        if not 1 <= len(words) <= MAX_DESCRIPTION_WORDS:
            continue
        past = determiner.group().casefold() in _ROLE_PAST
        role_start = determiner.end() + 1 if past else determiner.start()
        title = role_title(determiner.start(), comma)
        if title is not None and not _headed(words, title):
            title = _ending_title(words, lexicons)  # "chief policy aide": aide, not chief
        if title is not None:
            return determiner.start(), role_start, title
        last = key(words[-1])
        if RELATION_NOUNS.get(last) == "person" or last in _SUCCESSION_NOUNS:
            return determiner.start(), role_start, None
    return None


# Prepositions that open what follows a description's head noun.
_PREPOSITIONS = frozenset({"of", "in", "at", "for", "on", "from", "to", "with"})


def _headed(words: Sequence[str], title: Title) -> bool:
    """Whether a description's ``words`` are headed by its ``title``.

    The title ends them, or a preposition follows it ("the interior minister of Lenmark", "his
    closest rival in the GOP field"); in "Iowa's politically activist evangelicals" the title
    ("activist") is a modifier.
    """
    return key(words[-1]) == title.title.rsplit(" ", 1)[-1] or not _PREPOSITIONS.isdisjoint(words)


def _ending_title(words: Sequence[str], lexicons: Lexicons) -> Title | None:
    """The longest title that ends a description's ``words``, if any."""
    for length in range(min(lexicons.title_words, len(words)), 0, -1):
        title = lexicons.titles.get(key(" ".join(words[-length:])))
        if title is not None:
            return title
    return None


def link_descriptions(
    text: str,
    found: list[_Found],
    named: dict[int, Entity],
    lexicons: Lexicons,
    role_title: Callable[[int, int], Title | None],
) -> list[_Found]:
    """``found`` with the descriptions before names and after possessive pronouns read.

    ``named`` maps where each name mention starts to its entity, which learns the role a
    description before it states; ``role_title`` reads the title of a role between two offsets
    (the reading of an apposition's). See the module docstring.
    """
    starts: dict[int, list[int]] | None = None  # the mentions by where they start, when asked
    dropped: set[int] = set()
    added: list[_Found] = []
    unroled = [index for index, item in enumerate(found) if item.how == "name" and not item.role]
    for index in unroled:
        item = found[index]
        head = item.head if 0 <= item.head < item.start else item.start
        if head < item.start:
            _honorific_role(text[head : item.start], named.get(item.start), lexicons)
        if text[head - 2 : head] not in (", ", ",\u00a0") or not _NAME_CLOSE.match(text, item.end):
            continue
        description = _before_comma(text, head - 2, lexicons, role_title)
        if description is None:
            continue
        opening, role_start, title = description
        if starts is None:
            starts = {}
            for other, mention in enumerate(found):
                starts.setdefault(mention.start, []).append(other)
        for at in range(opening, head - 2):
            for other in starts.get(at, ()):
                if found[other].how in ("pronoun", "description"):
                    dropped.add(other)  # "Her" of "Her deputy": the possessor, not the speaker
        role = (role_start, head - 2)
        found[index] = _with_role(item, opening, role if title else None, title)
        added.extend(_described(item, opening, head - 2, role if title else None, title, named))
        if title is not None:
            _learn(named.get(item.start), text, role, title)
    # Where each name's phrase starts, and its place in ``found``, in text order (when asked).
    names: list[tuple[int, int]] | None = None
    name_heads: list[int] = []
    pronouns = [index for index, item in enumerate(found) if item.how == "pronoun"]
    for index in pronouns:
        item = found[index]
        if index in dropped:
            continue
        ambiguous = False
        if (
            item.how_case == "object"
            and text[item.start : item.end].casefold() == "her"
            and _POSSESSIVE_AFTER.match(text, item.end) is not None
        ):
            # "her job": "her" as a possessive, which may stand for its clause's subject; as it
            # may still be an object ("helped her defeat GOP nominee X"), no capitalised word
            # may stand before its noun.
            found[index] = item = item._replace(how_case="possessive")
            ambiguous = True
        if item.how_case != "possessive":
            continue
        phrase = _possessed(text, item.end, lexicons, ambiguous)
        if phrase is None:
            continue
        end, kind, title = phrase
        dropped.add(index)
        if names is None:
            names = sorted(
                (mention.head if mention.head >= 0 else mention.start, other)
                for other, mention in enumerate(found)
                if mention.how == "name"
            )
            name_heads = [at for at, _ in names]
        after = _name_at(text, names, name_heads, item.end, end)
        if after is not None:
            at = after
            name = found[at]
            if name.role is None and title is not None:
                role = (item.end + 1, end)
                found[at] = _with_role(name, item.start, role, title)
                added.extend(_described(name, item.start, end, role, title, named))
                _learn(named.get(name.start), text, role, title)
            else:
                found[at] = name._replace(head=item.start)
                added.extend(_described(name, item.start, end, None, None, named))
        elif kind == "person":
            added.append(item._replace(end=end, how="description", gender=None, how_case=""))
    if not dropped and not added:
        return found
    return [item for index, item in enumerate(found) if index not in dropped] + added


def _name_at(
    text: str, names: list[tuple[int, int]], heads: list[int], low: int, end: int
) -> int | None:
    """Which name (its index in the mentions) starts within ``low..end`` or right after it.

    ``names`` are the names' phrase starts with their indices, in order, ``heads`` the starts.
    """
    index = bisect.bisect_left(heads, low)
    if index < len(names) and names[index][0] <= end + 3:
        at = names[index][0]
        if at <= end or not text[end:at].strip():
            return names[index][1]  # no comma between: "his wife Sahar", not "Like his father, X"
    return None


def _described(
    name: _Found,
    start: int,
    end: int,
    role: tuple[int, int] | None,
    title: Title | None,
    named: dict[int, Entity],
) -> list[_Found]:
    """The mentions of a description ``start..end`` of the person a name mention names.

    A person mention of the whole description, resolved to the name's entity (entered in
    ``named`` under its start: the resolver reads a name's entity there), and a position
    mention of the role it states, when it states one.
    """
    entity = named.get(name.start)
    found = []
    if entity is not None and start not in named:
        named[start] = entity
        found.append(
            name._replace(start=start, end=end, role=None, title=None, head=start, gender=None)
        )
    if role is not None and title is not None:
        found.append(
            name._replace(
                start=role[0], end=role[1], how="position", role=None, title=title, head=-1
            )
        )
    return found


def _with_role(
    name: _Found, head: int, role: tuple[int, int] | None, title: Title | None
) -> _Found:
    """A name mention whose phrase starts at ``head``, with the role a description states."""
    if role is None or title is None:
        return name._replace(head=head)
    return name._replace(head=head, role=role, title=title, gender=name.gender or title.gender)


def _honorific_role(written: str, entity: Entity | None, lexicons: Lexicons) -> None:
    """Let ``entity`` learn the office an abbreviated title before its name states, if any."""
    title = HONORIFIC_TITLES.get(key(written.replace(".", " ")))
    if title is not None and entity is not None:
        known = lexicons.titles.get(key(title))
        entity.learn(None, title, known.title if known else None, known.group if known else None)


def _learn(entity: Entity | None, text: str, role: tuple[int, int], title: Title) -> None:
    """Let ``entity`` learn the role a description before its name states."""
    if entity is not None:
        entity.learn(title.gender, squash(text[role[0] : role[1]]), title.title, title.group)
