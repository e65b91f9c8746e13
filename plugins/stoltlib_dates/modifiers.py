"""The modifiers around an expression's core: they set its TimeML ``mod`` and widen its extent.

"early", "about", "more than", "the end of" come before the core, "or so", "or later" after it.

The master pattern matches a modifier slot before the core (``pre``) and after it (``post``);
whether the modifier belongs to the expression depends on what the core is: "more than" fits a
span of time ("more than four hours") and not a year ("more than 2000" is a count), "early"
fits a point and not a span, and "about" before "the" is a preposition ("about the future").
"""

from __future__ import annotations

import regex

from stoltlib_dates.lexicons import key
from stoltlib_dates.patterns import groups_of
from stoltlib_dates.reader import Found, ReaderBase

__all__ = ["finish"]

# The modifiers that fit a span of time only ("more than four hours"), not a date or a year.
_SPAN_ONLY = "span"


def _modifier(
    reader: ReaderBase, m: regex.Match[str], found: Found
) -> tuple[int, str | None, bool] | None:
    """The start and mod a leading modifier gives ``found``; ``None`` when it does not fit.

    The boolean says whether the modifier was kept (when not, the expression starts at its
    core: "over the weekend" is a preposition and a date).
    """
    g = groups_of(m.re)
    pre = m[g["pre"]]
    if pre is None:
        return found.start, found.mod, False
    folded = key(pre)
    entry = (
        reader.lex.modifiers.get(folded)
        or reader.lex.modifiers.get(folded.removeprefix("the "))
        or reader.lex.modifiers.get(f"{folded}-")  # "end-February": glued by its hyphen
    )
    if entry is None:
        return found.start, found.mod, False
    mod, applies = entry
    if m[g["b_bareunit"]] is not None and found.type == "TIME":
        # "the early hours of Thursday": the phrase names the small hours themselves (the
        # night that opens the day), not the start of a span.
        return m.start(), found.mod, True
    duration = found.type == "DURATION" or m[g["b_ago"]] is not None
    if applies == "point" and duration:
        if m[g["b_bareunit"]] is not None and " " not in folded.removeprefix("the "):
            # "the early years", "in later years": the adjective of a span of unknown length,
            # part of its extent as TimeBank marks it, with no mod of its own.
            return m.start(), found.mod, True
        return None
    if applies == _SPAN_ONLY and not duration:
        if m[g["b_year"]] is not None:
            return None  # "more than 2000": a count, not a year
        return found.start, found.mod, False
    if applies != "point" and not duration and reader.text.startswith("the", m.start(g["core"])):
        # "about the future", "around the world"; a span keeps it: "at least the past 18 months".
        return found.start, found.mod, False
    if mod == "APPROX" and found.value.endswith("_REF"):
        return found.start, found.mod, False  # "concern about recent declines": a preposition
    return m.start(), mod, True


def _postmod(reader: ReaderBase, m: regex.Match[str]) -> str | None:
    """The mod a trailing modifier ("or so", "or later") gives, or ``None`` when there is none."""
    g = groups_of(m.re)
    post = m[g["post"]]
    if post is None:
        return None
    folded = key(post)
    if folded in ("or later", "and beyond"):
        return "ON_OR_AFTER"
    if folded == "or earlier":
        return "ON_OR_BEFORE"
    entry = reader.lex.modifiers.get(folded)
    return entry[0] if entry else None


# A plural unit word ending an expression, and a plural unit coordinated with it: "weeks or
# months", "in recent weeks and months" are one expression, as TimeML marks a phrase.
_LAST_WORD = regex.compile(r"(?r)\p{L}+\Z")
_COORDINATED_UNIT = regex.compile(r" (?:or|and)\s+(\p{L}+)\b(?![\s-]+(?:ago|later|earlier)\b)")


def _coordinated_end(reader: ReaderBase, found: Found) -> int:
    """Where ``found`` ends with a plural unit coordinated after it ("weeks or months")."""
    if not reader.text.startswith((" or ", " and "), found.end):
        return found.end  # the common case, settled without a pattern
    last = _LAST_WORD.search(reader.text, found.start, found.end)
    if last is None or found.type not in ("DURATION", "DATE"):
        return found.end
    word = key(last.group())
    if word not in reader.lex.units or word == reader.singular(word):
        return found.end
    other = _COORDINATED_UNIT.match(reader.text, found.end)
    if other is None:
        return found.end
    unit = key(other[1])
    if unit in reader.lex.units and unit != reader.singular(unit):
        return other.end(1)
    return found.end


def finish(reader: ReaderBase, match: regex.Match[str], found: Found) -> Found:
    """``found`` with the match's modifiers read: its final extent and mod."""
    modified = _modifier(reader, match, found)
    if modified is None:
        # The modifier does not fit ("late two years"): read the core alone.
        modified = (found.start, found.mod, False)
    start, mod, _ = modified
    end = found.end
    post = _postmod(reader, match)
    if post is not None and match.end("core") == found.end:
        end, mod = match.end(), mod or post
    elif post is None:
        end = _coordinated_end(reader, found)
    if (start, end, mod) == (found.start, found.end, found.mod):
        return found
    return Found(start, end, found.type, found.value, mod)
