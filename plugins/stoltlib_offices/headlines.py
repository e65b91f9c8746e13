"""The changes a headline in capitals states, read in a copy of the text cased as a sentence."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import regex

from stoltlib import Mention
from stoltlib_offices.cues import _cue_matches
from stoltlib_offices.drafting import _Context
from stoltlib_offices.drafts import _Draft, _Person
from stoltlib_offices.lexicons import Lexicons
from stoltlib_offices.limits import MAX_HEADLINE_CHARS
from stoltlib_offices.people import _unique_last_names
from stoltlib_offices.words import _GRAMMAR_WORDS

# An HTML entity a headline may hold in lower case: "&lt;ACM>".
_ENTITY = re.compile(r"&[a-z]+;")


# A blank line, which ends a headline, and the white space a text may open with.
_BLANK_LINE = re.compile(r"[ \t]*\n[ \t]*\n")


_LEADING_SPACE = re.compile(r"\s*")


# A word of a headline as a name's word is written in capitals: "EVANS", "O'BRIEN".
_HEADLINE_WORD = regex.compile(r"\p{Lu}[\p{Lu}'’\-]*\p{Lu}")


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
