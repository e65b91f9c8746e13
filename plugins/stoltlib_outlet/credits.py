"""Credits: photo credits, captions naming the outlet and date, datelines, credited agencies."""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterable, Iterator, Sequence
from typing import NamedTuple

import attrs
import regex

from stoltlib import Dateline, TextSpan
from stoltlib.text import Line, squash, strip_span, word_count
from stoltlib_outlet.layout import continues, more_words_than
from stoltlib_outlet.lexicons import Lexicons
from stoltlib_outlet.patterns import (
    AGENCY_CUE_AFTER,
    AGENCY_CUE_BEFORE,
    CAPTION_AFTER_LABEL,
    CAPTION_TAIL,
    COPYRIGHT_FOOTER,
    COPYRIGHT_NOTICE_BODY,
    COPYRIGHT_NOTICE_TAIL,
    CORPORATE_SUFFIX,
    CREDIT_BODY,
    CREDIT_MARKER,
    CREDIT_MARKER_CUES,
    CREDIT_WIRE_CUES,
    CREDIT_WIRE_REACH,
    DATED_DATELINE,
    DATELINE,
    GLUED,
    PHOTO_SOURCE,
    RIGHTS_RESERVED,
)

__all__ = [
    "Caption",
    "CopyrightFooter",
    "credit_markers",
    "find_agencies",
    "find_captions",
    "find_copyright_footers",
    "find_dateline",
    "find_photo_credits",
]

#: A caption line is short; longer lines are prose even when they end in a date.
MAX_CAPTION_WORDS = 60
#: A copyright footer is a short line.
MAX_FOOTER_WORDS = 16
#: How far into the text a dateline may stand (it opens the story, after the header).
DATELINE_LINES = 150
#: A dateline is followed on its line by at least this many words of the story; one with an
#: agency or a date ("BRUSSELS (Reuters) -") is surely one, and may open a short story.
DATELINE_PROSE_WORDS = 8
MARKED_DATELINE_PROSE_WORDS = 3


def find_photo_credits(text: str, lines: Sequence[Line]) -> Iterator[tuple[Line, TextSpan]]:
    """Photo credits ("AP Photo/Rahmat Gul") with the line each stands on."""
    starts = [line.start for line in lines]
    done = -1  # one credit per line
    # One scan of the whole text finds the few markers; each is then read within its line.
    for marker in credit_markers(text):
        line = lines[bisect.bisect_right(starts, marker.start()) - 1]
        if line.number == done or marker.end() > line.end:
            continue
        body = CREDIT_BODY.match(text, marker.end(), line.end)
        if body is None:
            continue
        start, end = body.start(), body.end()
        glued = GLUED.search(text, start, end)
        if glued is not None:  # "Mindaugas KulbisNATO ...": the credit ends at the join
            end = glued.start()
        start, end = strip_span(text, start, end)
        credit = text[start:end]
        if not _is_credit(text, marker, start, end, line):
            continue
        if "/" in credit or " " in credit or marker.group().strip().startswith(("©", "(")):
            done = line.number
            yield line, TextSpan(start, end, credit)


def _is_credit(text: str, marker: regex.Match[str], start: int, end: int, line: Line) -> bool:
    """Whether the body a credit marker introduces credits a photo.

    The copyright sign and word also open the page's copyright notice ("© 2023 ABC News. All
    rights reserved."), which names the site's owner, not a photographer (unless it names a
    photo's source: "© 2023 Getty Images"); and "Photo:", "Image:" also label captions and
    teasers, whose words run on in lower case after the names.
    """
    cue = marker.group().strip().lower()
    rest = text[end : line.end]
    if cue.startswith(("©", "(c)", "copyright")):
        body = text[start:end]
        if PHOTO_SOURCE.search(body):
            return True
        if COPYRIGHT_NOTICE_BODY.match(body) or RIGHTS_RESERVED.search(
            text, marker.start(), line.end
        ):
            return False
        # Names joined by "/" credit a photographer and an agency ("© Reuters / John Roe").
        return "/" in body or not (
            COPYRIGHT_NOTICE_TAIL.match(rest) or CORPORATE_SUFFIX.search(body.rstrip("."))
        )
    if cue.endswith(":") and "credit" not in cue:
        return CAPTION_AFTER_LABEL.match(rest) is None
    return True


def credit_markers(text: str) -> Iterator[regex.Match[str]]:
    """The matches of :data:`CREDIT_MARKER` in ``text``, the ones its ``finditer`` gives.

    The marker is tried only where one of its cues stands (found by ``str.find`` in the text in
    lower case, see :func:`_cue_offsets`), and at the brackets shortly before a wire credit's
    cue: the pattern opens with a lookahead, and trying it at every position cost as much as a
    tenth of the plugin's time (and trying it at every bracket made thousands of nested
    brackets slow).
    """
    found = _cue_offsets(text)
    if found is None:  # a letter whose lower case is longer ("İ"): offsets shift
        yield from CREDIT_MARKER.finditer(text)
        return
    lowered, offsets = found
    cues = {at for cue in CREDIT_MARKER_CUES for at in offsets[cue]}
    for at in {at for cue in CREDIT_WIRE_CUES for at in offsets[cue]}:
        bracket = lowered.rfind("(", max(0, at - CREDIT_WIRE_REACH), at)
        while bracket >= 0:
            cues.add(bracket)
            bracket = lowered.rfind("(", max(0, at - CREDIT_WIRE_REACH), bracket)
    reached = 0  # matches do not overlap: none starts inside the last one
    for start in sorted(cues):
        if start < reached:
            continue
        match = CREDIT_MARKER.match(text, start)
        if match is not None:
            yield match
            reached = match.end()


def _found(text: str, cues: Iterable[str]) -> Iterator[int]:
    """Every offset in ``text`` where one of ``cues`` starts."""
    for cue in cues:
        at = text.find(cue)
        while at >= 0:
            yield at
            at = text.find(cue, at + 1)


@functools.lru_cache(maxsize=1)
def _cue_offsets(text: str) -> tuple[str, dict[str, list[int]]] | None:
    """``text`` in lower case, and the offsets in it of every cue of credits and footers.

    ``None`` when lower case changes the text's length (its offsets would shift). Each search
    goes through the whole text, which costs more than the rules it serves: a cue is searched
    once for the photo credits and the copyright footer both (the last text's offsets are
    remembered), and a cue holding a shorter one ("images" holds "image", "copyright" holds
    "opyright") is found among the shorter one's offsets.
    """
    lowered = text.lower()
    if len(lowered) != len(text):
        return None
    offsets: dict[str, list[int]] = {}
    for cue, held, shift in _CUE_PLAN:
        if held is None:
            offsets[cue] = list(_found(lowered, (cue,)))
        else:
            offsets[cue] = [
                at - shift
                for at in offsets[held]
                if at >= shift and lowered.startswith(cue, at - shift)
            ]
    return lowered, offsets


def _cue_plan(cues: Iterable[str]) -> tuple[tuple[str, str | None, int], ...]:
    """How :func:`_cue_offsets` finds each cue: shortest first, each as ``(cue, held, shift)``.

    ``held`` is a shorter cue the cue holds (found first, at ``shift`` characters into it), or
    ``None`` when the cue is searched for itself. The same for every text: worked out once.
    """
    plan: list[tuple[str, str | None, int]] = []
    for cue in sorted(set(cues), key=lambda cue: (len(cue), cue)):
        held = next((known for known, _, _ in plan if known in cue), None)
        plan.append((cue, held, cue.index(held) if held is not None else 0))
    return tuple(plan)


@attrs.frozen
class Caption:
    """A caption's tail naming the outlet and the date: "- Sputnik Africa, 1920, 01.10.2024"."""

    line: Line
    outlet: str
    date: TextSpan


def find_captions(text: str, lines: Sequence[Line]) -> Iterator[Caption]:
    """Caption lines ending in an outlet and a numeric date."""
    for line in lines:
        if not line.text.rstrip()[-1:].isdigit() or more_words_than(line.text, MAX_CAPTION_WORDS):
            continue  # the tail ends in the date's year: most lines are settled on one character
        match = CAPTION_TAIL.search(line.text)
        if match is not None:
            start = line.start + match.start("date")
            yield Caption(
                line,
                squash(match.group("outlet")),
                TextSpan(start, line.start + match.end("date"), match.group("date")),
            )


def find_dateline(text: str, lines: Sequence[Line], lexicons: Lexicons) -> Dateline | None:
    """The dateline opening the story ("BRUSSELS (Sputnik) -"), if any."""
    for index, line in enumerate(lines[:DATELINE_LINES]):
        if not line.text[:1].isupper() or not (
            "-" in line.text or "–" in line.text or "—" in line.text
        ):
            # A dateline opens with a place's capital and ends with a dash (looked for with
            # "in": a pattern's search for any dash cost several times as much).
            continue
        # The dateline stands within its line, though its dash may end the line (the match may
        # take the line break after it); the prose after it is read to the end of its paragraph.
        reach = min(len(text), line.end + 1)
        match = DATELINE.match(text, line.start, reach) if line.text[:2].isupper() else None
        if match is None:
            # A dated dateline ("Toronto, Feb 26 -") is a dateline whatever its case.
            match = DATED_DATELINE.match(text, line.start, reach)
        if match is None:
            continue
        end = _paragraph_end(lines, index)
        marked = bool(match.group("date") or match.group("agency"))
        if match.end() > end or marked:
            # The line held only the dateline, or a date or an agency makes it surely one: its
            # prose may run on past a line break before a capital ("... a subsidiary of
            # Newmont\nMining Corp said"), to the next blank line.
            end = _block_end(lines, index)
        # A dateline opens a paragraph of prose; "NATO - a look back" is a heading.
        if len(match.group("place")) < 3 or word_count(text[match.end() : end]) < (
            MARKED_DATELINE_PROSE_WORDS if marked else DATELINE_PROSE_WORDS
        ):
            continue
        agency = match.group("agency")
        if agency is not None:
            agency = lexicons.agency(agency) or squash(agency)
        place = squash(match.group("place"))
        if match.group("region"):
            place = f"{place}, {squash(match.group('region'))}"
        end = strip_span(text, match.start(), match.end())[1]
        return Dateline(match.start(), end, place=place, agency=agency)
    return None


def _block_end(lines: Sequence[Line], index: int) -> int:
    """Where the run of non-blank lines starting at ``lines[index]`` ends."""
    end = lines[index].end
    for line in lines[index + 1 :]:
        if line.is_blank:
            break
        end = line.end
    return end


def _paragraph_end(lines: Sequence[Line], index: int) -> int:
    end = lines[index].end
    for line in lines[index + 1 :]:
        if line.is_blank or not continues(lines, line.number - 1):
            break
        end = line.end
    return end


def find_agencies(text: str, lexicons: Lexicons, dateline: Dateline | None) -> list[str]:
    """Agencies the story credits: in its dateline, or in prose ("reports DW", "told AFP").

    The name in a dateline's brackets ("KARVOST, March 12 (Meridian Press) -") credits the
    agency the story came from, whether the lexicon knows it or not; in prose only a known
    agency counts.
    """
    found: list[str] = []
    if dateline is not None and dateline.agency:
        found.append(lexicons.agency(dateline.agency) or dateline.agency)
    for match in lexicons.agency_mentions(text):
        before = text[max(0, match.start() - 30) : match.start()]
        after = text[match.end() : match.end() + 30]
        parenthesised = before.endswith("(") and after.startswith(")")
        if parenthesised or AGENCY_CUE_BEFORE.search(before) or AGENCY_CUE_AFTER.match(after):
            name = lexicons.agency(match.group())
            if name and name not in found:
                found.append(name)
    return found


class CopyrightFooter(NamedTuple):
    """A copyright footer's line, and the site's owner it names (``None``: an agency's)."""

    line: Line
    holder: str | None


def find_copyright_footers(
    text: str, lines: Sequence[Line], lexicons: Lexicons
) -> list[CopyrightFooter]:
    """The page's copyright footers ("© 2023 Chicago Tribune"), the last one first.

    Footers close a page, so the last one names the site's owner (a caption's "© 2023" does
    not stand alone on a short line). A news agency's copyright marks syndicated copy, not the
    site: its footer names no holder, the agency being left to the agency credits. Legal
    suffixes ("LLC", "Inc.") are dropped from a holder.
    """
    # A few searches for literal words find the lines worth a closer look (a pattern searched
    # through the whole text cost as much as the rest of this rule).
    starts = [line.start for line in lines]
    cues = _cue_offsets(text)
    hints = (
        _found(text, _FOOTER_HINTS)
        if cues is None
        else (
            at
            for hint in _FOOTER_HINTS
            for at in cues[1][hint.lower()]
            if text.startswith(hint, at)
        )
    )
    found = {bisect.bisect_right(starts, at) - 1 for at in hints}
    footers = []
    for number in sorted(found, reverse=True):
        line = lines[number]
        if more_words_than(line.text, MAX_FOOTER_WORDS):
            continue
        match = COPYRIGHT_FOOTER.match(line.text)
        if match is None:
            continue
        holder: str | None = squash(CORPORATE_SUFFIX.sub("", match.group("holder")))
        if not holder or lexicons.agency(holder):
            holder = None
        else:
            known = lexicons.outlet(holder) or lexicons.outlet_of_host(holder.lower())
            holder = known.name if known else holder
        footers.append(CopyrightFooter(line, holder))
    return footers


# A word every copyright footer has, as pages spell it.
_FOOTER_HINTS = (
    "©", "opyright", "OPYRIGHT", "(c)", "(C)", "ights reserved", "ights Reserved", "IGHTS RESERVED",
)  # fmt: skip
# Every cue looked for in a text in lower case (see _cue_offsets): the footer's hints are
# found as their lower case, then kept where the text spells them one of the hints' ways.
_CUES = (*CREDIT_MARKER_CUES, *CREDIT_WIRE_CUES, *(hint.lower() for hint in _FOOTER_HINTS))
_CUE_PLAN = _cue_plan(_CUES)
