"""Events from drafts: merged tellings, offices completed from other tellings, times and sources."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence

from stoltlib import Claim, Event, Span, TimeExpression, TimeRef
from stoltlib_offices.drafts import _STARTS, _Draft, _Office
from stoltlib_offices.headlines import _BLANK_LINE
from stoltlib_offices.limits import MAX_HEADLINE_CHARS
from stoltlib_offices.sources import _Sources
from stoltlib_offices.timing import _Dated


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
    _link_successors(unique)
    _headline_modalities(unique, flat)
    ids = {id(draft): f"e{number}" for number, draft in enumerate(unique, 1)}
    offices = _offices(unique)
    # The cues that opened an event bound the clauses ("is" or "has been" with no office
    # after them open none).
    cue_starts = sorted({draft.cue[0] for draft in ordered})  # a merged telling's cue too:
    cue_ends = sorted({draft.cue[1] for draft in ordered})  # "..., who resigned in December"
    dated = _Dated(times, flat, published)
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
                    else draft.successor.participant()
                    if draft.successor is not None
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


def _headline_modalities(drafts: Sequence[_Draft], flat: str) -> None:
    """Give a headline's asserted change the modality the story's own telling of it has.

    "Acme names X CEO as Y retires" over "Y will retire at the end of June": a headline's
    present tense tells no time; the body's "will" says the change is planned.
    """
    blank = _BLANK_LINE.search(flat, 0, MAX_HEADLINE_CHARS)
    if blank is None:
        return
    for draft in drafts:
        if draft.cue[1] > blank.start() or draft.modality != "asserted":
            continue
        told = next(
            (d for d in drafts if d.cue[0] >= blank.end() and d.type == draft.type
             and d.person.name == draft.person.name),
            None,
        )  # fmt: skip
        if told is not None and told.modality != "asserted":
            draft.modality = told.modality


def _link_successors(drafts: Sequence[_Draft]) -> None:
    """Link a successor's start to the end told before it of the one succeeded.

    "Y would step down as chief executive. The board named X as his successor": two
    sentences, one replacement; Y's end gets X for successor.
    """
    for draft in drafts:
        if draft.type not in _STARTS or draft.predecessor is None or draft.partner is not None:
            continue
        name = draft.predecessor.name
        ended = [
            d for d in drafts
            if d.type == "office.end" and d.person.name == name and d.cue[0] < draft.cue[0]
        ]  # fmt: skip
        if ended and ended[-1].partner is None:
            draft.partner, ended[-1].partner = ended[-1], draft


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
    # A successor's start naming no office takes the one the person succeeded left or held:
    # "Y would step down as chief executive. The board named X as his successor." Not when the
    # successor is given offices of their own ("X has been elected president and executive
    # vice president. X succeeds Y", who "will remain chairman").
    vacated = _single_offices(d for d in present if d.type not in _STARTS)
    # The office left counts before one kept: "Y would step down as chief executive ... Y
    # will remain chairman".
    vacated.update(_single_offices(d for d in present if d.type == "office.end"))
    started = {d.person.name for d in present if d.type in _STARTS and d.office is not None}

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
            given = known.get(draft.person.name)
            if (
                given is None
                and draft.type in _STARTS
                and draft.predecessor is not None
                and draft.person.name not in started
            ):
                given = vacated.get(draft.predecessor.name)
            found[id(draft)] = completed(draft, given)
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
