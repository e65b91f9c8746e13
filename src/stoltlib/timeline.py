"""Office timelines: the office-holder events of many documents reconciled into tenures.

:class:`TimelineIndex` collects, document by document, what a timeline needs: one
:class:`Evidence` record per office event (``office.start``, ``office.end``, ``office.extend``,
``office.nominate``, ``office.elect``, ``office.hold``) and per distinct title a person mention
states (``Mention.role``: "NATO Secretary General"). Nothing else of the document is kept, so
memory grows with the events, not with the corpus. :func:`reconcile` turns the records into a
:class:`Timeline` when asked; it sorts them first, so the result never depends on the order the
documents came in.

The rules (docs/timelines.md tells them with examples):

- **Who**: persons are joined across documents by :mod:`stoltlib.persons` (a surname alone joins
  the one full name with that last word).
- **Which office**: an office is a position and an organisation. Positions are compared folded
  (case, hyphens: "Secretary-General" = "Secretary General"). Organisations are compared
  folded, without a leading "the" or a company suffix ("Olin Corp" = "Olin"), through an
  explicit alias table and through acronyms ("North Atlantic Treaty Organization" = "NATO"),
  by the rules of :mod:`stoltlib.organizations`. An event that gives only the organisation
  (or only the position) joins the person's one office that matches it; an event that gives
  neither joins the person's one established office (one with a start, end, extension,
  election or nomination that is not merely possible or negated); otherwise it is kept in
  :attr:`Timeline.unassigned`.
- **Dates**: an asserted ``office.start`` / ``office.end`` with a calendar date (TimeML
  ``2014``, ``2024-10``, ``2024-10-01``) or an ISO week (``2024-W40``) sets the tenure's start
  / end. Dates that only differ in precision agree ("2014" and "2014-09-01", a week and one of
  its days: the precise one is kept); dates that disagree
  are a ``start`` / ``end`` conflict, and the date more documents support is kept. Planned and
  expected events set a date only when no asserted one does, and the boundary keeps their
  modality (a planned end on D is an expected end, not an end); of plans that disagree, the
  most recently published document's is kept, and they are a conflict too. Possible and
  negated events are evidence only: they never set a date, and a tenure only they support is
  not a tenure (its events are in :attr:`Timeline.unassigned`). Holds, extensions, elections
  and nominations are evidence. A start without a date that names a predecessor takes the
  predecessor's end in the same office (and an end that names a successor the successor's
  start): the boundary is marked ``inferred``. So is a start that only an asserted hold
  dated with "since" gives ("has been governor since 2020": a start in 2020), and a planned
  end that only an extension dated with "until" gives ("her term was extended until 2028").
- **Conflicts**, reported and never merged: different dates for one boundary (``start``,
  ``end``); a start after the end (``order``); a different title for the same person and
  organisation in a period that may overlap, from different documents (``title``: from two
  events, or from a mention's stated role that names the organisation, "director-general of
  the North Atlantic Treaty Organization"; one document giving two titles says both are
  held); two holders of one office on the same day by asserted dates (``holder``).
- **Gaps**: between two consecutive dated tenures of one office, a ``vacancy`` when a day at
  least lies between the first's end and the next's start, ``undated`` when the hand-over
  date is not known on one side.

One person holding one office twice reads as one tenure (with an ``order`` or date conflict):
telling two terms apart needs more than the dates of the events.
"""

from __future__ import annotations

import datetime as _dt
import itertools
import operator
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import attrs
import regex

from stoltlib.calendar_values import calendar_days
from stoltlib.manager import PluginManager, lexicon
from stoltlib.model import Analysis, Event, Span
from stoltlib.organizations import MINOR_WORDS, Organizations, acronym, fold
from stoltlib.persons import resolve_names

__all__ = [
    "Boundary",
    "Conflict",
    "Evidence",
    "Gap",
    "Office",
    "Tenure",
    "Timeline",
    "TimelineIndex",
    "calendar_days",
    "evidence_of",
    "format_table",
    "reconcile",
    "timelines",
]

#: Event types that set a tenure's boundaries; the other office types are evidence only.
_START, _END, _HOLD = "office.start", "office.end", "office.hold"
_EXTEND = "office.extend"
#: "since" right before a time expression, as in "has been governor since 2020" or "since
#: last June" (TimeML leaves the word out of the expression's extent).
_SINCE = regex.compile(r"\bsince\s+\Z", regex.IGNORECASE)
# "until" (or "through") right before an extension's time: the extended term's end.
_UNTIL = regex.compile(r"\b(?:until|till|through)\s+\Z", regex.IGNORECASE)
#: How far before the time expression "since" or "until" is looked for: the word, its spaces.
_WORD_REACH = 12

#: Types that make an office "established" for a person, for events naming no office.
_ESTABLISHING = frozenset({_START, _END, _EXTEND, "office.elect", "office.nominate"})

#: Modalities that may set a date, strongest first.
_DATING = ("asserted", "planned", "expected")

#: How far an end may lie before the next start with no vacancy between: the next day.
_NEXT_DAY = _dt.timedelta(days=1)

# What may surround a title in a stated role once the organisation is taken out: "the current
# Secretary-General of NATO", "NATO's secretary general", "former Dutch Prime Minister".
_ROLE_EDGE_WORDS = frozenset(
    {"the", "a", "an", "of", "at", "for", "s", "current", "former", "ex", "outgoing",
     "incoming", "then", "new", "newly", "installed", "named", "appointed", "elected",
     "recently", "now", "incumbent", "and", "its", "his", "her"}
)  # fmt: skip
_PAST_WORDS = frozenset({"former", "ex", "then"})
# Roles that describe a person, not an office ("Norwegian politician X", "a Dutch diplomat"):
# they state no title, so they are no title conflict with a tenure at the country.
_NO_OFFICE_ROLES = frozenset(
    {"politician", "diplomat", "official", "statesman", "stateswoman", "lawmaker", "national",
     "citizen", "businessman", "businesswoman", "economist", "journalist", "activist",
     "lawyer", "banker", "veteran", "native"}
)  # fmt: skip


def fold_position(position: str) -> str:
    """A position as compared: folded, without a leading article."""
    folded = fold(position)
    return folded.removeprefix("the ").strip()


def _position_forms(position: str, plugins: PluginManager | None = None) -> set[str | None]:
    """The folded positions a user's ``position`` may mean.

    Itself and, through the ``positions`` lexicon of ``plugins`` (default: the default plugin
    manager's; the offices plugin gives it), the office it is an alias of: events carry the
    office's canonical name ("Chief Executive Officer"), a user asks for "CEO". Entries are
    mappings with a ``position`` and its ``aliases``; others are skipped.
    """
    wanted = fold_position(position)
    forms: set[str | None] = {wanted}
    for entry in lexicon("positions", plugins):
        if not isinstance(entry, Mapping) or not isinstance(entry.get("position"), str):
            continue
        aliases = [entry["position"], *(a for a in entry.get("aliases", ()) if isinstance(a, str))]
        if any(fold_position(alias) == wanted for alias in aliases):
            forms.add(fold_position(entry["position"]))
    return forms


# --- evidence ------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Evidence:
    """One piece of support for a tenure: an office event, or a title a mention states.

    ``kind`` is the event's type, or ``"role"`` for a mention's stated role (then ``position``
    is the role as written, ``span`` the mention's and ``text`` the mention's words).
    ``person``, ``position`` and ``organization`` are as the document gives them; ``text`` is
    the evidence span's text when the analysis had its text, else ``None``.
    """

    document: str
    outlet: str | None = None
    published: str | None = None
    kind: str
    modality: str = "asserted"
    person: str
    position: str | None = None
    organization: str | None = None
    time: str | None = None
    span: Span | None = None
    text: str | None = None
    event: str | None = None
    source: str | None = None
    predecessor: str | None = None
    successor: str | None = None
    #: Which of the analyses added with this document id it came from (0: the first): two
    #: inputs' ``a.txt`` stay two documents. Not part of the output (:meth:`Timeline.to_dict`).
    copy: int = 0
    #: Whether the text dates this tenure with "since" ("has been governor since 2020"): the
    #: time is then the tenure's start. Not part of the output (the boundary says inferred).
    since: bool = False
    #: Whether the text dates this extension with "until" ("extended until 2028"): the time is
    #: then the extended tenure's planned end. Not part of the output.
    until: bool = False

    @property
    def source_document(self) -> tuple[str, int]:
        """The document this evidence comes from, told apart from others with its id."""
        return (self.document, self.copy)

    def sort_key(self) -> tuple[Any, ...]:
        """A total order on evidence, so that reconciling never depends on input order."""
        span = (self.span.start, self.span.end) if self.span is not None else (-1, -1)
        fields = (
            self.kind, self.modality, self.person, self.position, self.organization,
            self.time, self.text, self.event, self.source, self.predecessor, self.successor,
            self.outlet, self.published,
        )  # fmt: skip
        values = ((value is None, value or "") for value in fields)
        return (self.document, span, *values, self.copy)


def _slice(text: str, span: Span | None) -> str | None:
    if span is None or not text or span.end > len(text):
        return None
    return text[span.start : span.end]


def evidence_of(analysis: Analysis) -> Iterator[Evidence]:
    """The timeline evidence of one analysis: its office events, then its stated roles.

    A role is taken once per person and wording in a document (at its first mention).
    """
    outlet = analysis.metadata.outlet or analysis.document.outlet
    where = Evidence(
        document=analysis.id, outlet=outlet, published=analysis.published, kind="", person=""
    )
    for event in analysis.events:
        if event.type.startswith("office.") and event.person is not None:
            yield _event_evidence(event, analysis.text, where)
    seen: set[tuple[str, str]] = set()
    for mention in sorted(analysis.mentions, key=lambda mention: (mention.start, mention.end)):
        # A person's mention states its role; a position mention resolved to a person is the
        # role itself, as written ("Jens Stoltenberg, director-general of the North Atlantic
        # Treaty Organization (NATO),": a role the person's other mentions may not carry).
        if mention.kind == "person":
            person, role = mention.entity or mention.text, mention.role
        elif mention.kind == "position" and mention.entity:
            person, role = mention.entity, mention.role or mention.text
        else:
            continue
        if not role or (person, role) in seen:
            continue
        seen.add((person, role))
        yield attrs.evolve(
            where, kind="role", person=person, position=role,
            span=Span(mention.start, mention.end), text=mention.text,
        )  # fmt: skip


def _event_evidence(event: Event, text: str, where: Evidence) -> Evidence:
    """The evidence of one office event; ``where`` gives its document, outlet and date."""
    assert event.person is not None
    return attrs.evolve(
        where,
        kind=event.type,
        since=event.type == _HOLD and _dated_after(_SINCE, text, event),
        until=event.type == _EXTEND and _dated_after(_UNTIL, text, event),
        modality=event.modality,
        person=event.person.name,
        position=event.position,
        organization=event.organization,
        time=event.time.value if event.time is not None else None,
        span=event.evidence,
        text=_slice(text, event.evidence),
        event=event.id,
        source=event.source.name if event.source is not None else None,
        predecessor=event.predecessor.name if event.predecessor is not None else None,
        successor=event.successor.name if event.successor is not None else None,
    )


def _dated_after(word: regex.Pattern[str], text: str, event: Event) -> bool:
    """Whether the event's time expression comes right after ``word`` ("since", "until")."""
    time = event.time
    if time is None or time.start is None or not text or time.start > len(text):
        return False
    return word.search(text, max(0, time.start - _WORD_REACH), time.start) is not None


class TimelineIndex:
    """The evidence timelines are built from, collected one analysis at a time."""

    def __init__(self) -> None:
        self._evidence: list[Evidence] = []
        self._ids: dict[str, int] = {}

    def __len__(self) -> int:
        """The number of evidence records kept."""
        return len(self._evidence)

    def add(self, analysis: Analysis) -> None:
        """Keep the timeline evidence of one analysis.

        Each analysis added is its own document, even when its id repeats one added before
        (ids are relative to an input: two folders may each hold an ``a.txt``): a repeat's
        evidence keeps the id and is told apart by :attr:`Evidence.copy`, so that it counts
        as another document's.
        """
        seen = self._ids.get(analysis.id, 0)
        self._ids[analysis.id] = seen + 1
        found = evidence_of(analysis)
        if seen:
            found = (attrs.evolve(item, copy=seen) for item in found)
        self._evidence.extend(found)

    def evidence(self) -> tuple[Evidence, ...]:
        """Every record kept, in the order added."""
        return tuple(self._evidence)


# --- the timeline --------------------------------------------------------------------------


@attrs.frozen
class Boundary:
    """A tenure's start or end: a TimeML date, how firmly it is stated, and what says so.

    ``modality`` is ``asserted``, ``planned`` or ``expected`` (``None`` with no date);
    ``inferred`` is true when the date comes from the other side of a succession (a start "A
    replaces B" dated by B's end), or from a tenure stated with "since" ("has been governor
    since 2020": a start in 2020) or an extension "until" a date (a planned end).
    """

    value: str | None = None
    modality: str | None = None
    inferred: bool = False
    evidence: tuple[Evidence, ...] = ()

    def __str__(self) -> str:
        if self.value is None:
            return "?"
        notes = [self.modality] if self.modality and self.modality != "asserted" else []
        if self.inferred:
            notes.append("inferred")
        return self.value + (f" ({', '.join(notes)})" if notes else "")


@attrs.frozen
class Office:
    """A position at an organisation, as displayed (either may be ``None`` when not given)."""

    position: str | None
    organization: str | None

    def __str__(self) -> str:
        return " of ".join(part for part in (self.position, self.organization) if part) or "?"


@attrs.frozen(kw_only=True)
class Tenure:
    """One person in one office from ``start`` to ``end``, with every piece of evidence."""

    person: str
    position: str | None
    organization: str | None
    start: Boundary
    end: Boundary
    evidence: tuple[Evidence, ...]

    @property
    def office(self) -> Office:
        """The tenure's office."""
        return Office(self.position, self.organization)

    @property
    def sources(self) -> int:
        """How many documents support the tenure."""
        return len({item.source_document for item in self.evidence})


@attrs.frozen(kw_only=True)
class Conflict:
    """Documents that disagree: on a date, a title or who held an office.

    ``kind`` is ``start``, ``end``, ``order``, ``title`` or ``holder``; ``values`` are the
    dates, titles or holders that disagree, ``offices`` the offices concerned and ``evidence``
    the records on every side.
    """

    kind: str
    persons: tuple[str, ...]
    offices: tuple[Office, ...]
    values: tuple[str, ...]
    message: str
    evidence: tuple[Evidence, ...]

    def concerns(self, tenure: Tenure) -> bool:
        """Whether the conflict is about ``tenure``."""
        return tenure.person in self.persons and tenure.office in self.offices


@attrs.frozen(kw_only=True)
class Gap:
    """A stretch of an office's history no tenure covers, between two consecutive tenures.

    ``kind`` is ``vacancy`` (``after`` ended on ``start``, ``before`` started on ``end``, later)
    or ``undated`` (the hand-over is not dated on one side: ``start`` or ``end`` is ``None``).
    """

    kind: str
    office: Office
    after: str
    before: str
    start: str | None
    end: str | None


@attrs.frozen(kw_only=True)
class Timeline:
    """Tenures, with the conflicts and gaps found between them.

    ``unassigned`` holds the evidence that supports no tenure: events of an office that cannot
    be told, and offices only possible or negated events speak of.
    """

    tenures: tuple[Tenure, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    gaps: tuple[Gap, ...] = ()
    unassigned: tuple[Evidence, ...] = ()

    def conflicts_of(self, tenure: Tenure) -> tuple[Conflict, ...]:
        """The conflicts about ``tenure``."""
        return tuple(conflict for conflict in self.conflicts if conflict.concerns(tenure))

    def to_dict(self) -> dict[str, Any]:
        """The timeline as JSON-ready dicts and lists (evidence without its ``copy``)."""
        return attrs.asdict(
            self, filter=lambda field, _: field.name not in ("copy", "since", "until")
        )


# --- dates ---------------------------------------------------------------------------------


def _since_start(items: list[Evidence]) -> Boundary:
    """The start that holds dated with "since" give a tenure no start event dates, inferred."""
    held = [item for item in items if item.since and item.modality == "asserted"]
    boundary, _ = _boundary(held)  # its evidence: the holds that agree with its date
    return attrs.evolve(boundary, inferred=True) if boundary.value is not None else boundary


def _until_end(items: list[Evidence]) -> Boundary:
    """The end an extension dated with "until" plans for a tenure no end event dates."""
    extended = [item for item in items if item.until and item.modality in _DATING]
    boundary, _ = _boundary(extended)
    if boundary.value is None:
        return boundary
    return attrs.evolve(boundary, modality="planned", inferred=True)


def _agree(one: str, other: str) -> bool:
    """Whether two dates may name the same day: one's days lie within the other's.

    "2014-09-01" lies within "2014", and "2025-07-01" within the week "2025-W27".
    """
    if one.startswith(other) or other.startswith(one):
        return True
    days, others = calendar_days(one), calendar_days(other)
    if days is None or others is None:
        return False
    return (others[0] <= days[0] and days[1] <= others[1]) or (
        days[0] <= others[0] and others[1] <= days[1]
    )


def _boundary(items: list[Evidence]) -> tuple[Boundary, tuple[str, ...]]:
    """The boundary the dated evidence sets, and the dates that disagree (empty: none).

    Asserted evidence wins over planned and expected; within the winning modality, the date
    most documents support (counting the ones that agree with it) is kept, the most precise.
    Plans change: of planned and expected dates, those of the most recently published
    documents are the candidates. Dates that disagree are reported either way.
    """
    for modality in _DATING:
        dated = [item for item in items if item.modality == modality and calendar_days(item.time)]
        if modality != "asserted" and dated:
            dated = [
                item for item in items if item.modality in _DATING[1:] and calendar_days(item.time)
            ]
        if not dated:
            continue
        values = sorted({item.time for item in dated if item.time})

        def support(value: str, dated: list[Evidence] = dated) -> int:
            return len(
                {item.source_document for item in dated if item.time and _agree(item.time, value)}
            )

        candidates = values
        if modality != "asserted":
            latest = max(item.published or "" for item in dated)
            candidates = sorted(
                {item.time for item in dated if item.time and (item.published or "") == latest}
            )
        chosen = min(candidates, key=lambda value: (-support(value), -len(value), value))
        agreeing = tuple(item for item in dated if item.time and _agree(item.time, chosen))
        modalities = {item.modality for item in agreeing}
        shown = modality if len(modalities) == 1 else "expected"
        consistent = all(_agree(one, other) for one in values for other in values)
        return Boundary(chosen, shown, False, agreeing), () if consistent else tuple(values)
    return Boundary(), ()


# --- reconciliation ------------------------------------------------------------------------

_Key = tuple[str | None, str | None]  # (folded position, organisation key)


@attrs.frozen
class _Placed:
    person: str
    office: _Key
    item: Evidence


def reconcile(
    evidence: Iterable[Evidence],
    *,
    persons: Mapping[str, str] | None = None,
    aliases: Mapping[str, str] | None = None,
    position: str | None = None,
    organization: str | None = None,
    plugins: PluginManager | None = None,
) -> Timeline:
    """Reconcile timeline evidence into one :class:`Timeline`, by the rules of this module.

    Args:
        evidence: the records (from :func:`evidence_of`), in any order.
        persons: each person name mapped to its person's canonical name (default: resolved
            among the evidence's names by :func:`stoltlib.persons.resolve_names`).
        aliases: organisation aliases added to
            :data:`stoltlib.organizations.ORGANIZATION_ALIASES`.
        position: keep only the offices with this position (compared folded).
        organization: keep only the offices of this organisation (grouped as the corpus's
            names are: "North Atlantic Treaty Organization" finds NATO).
        plugins: the plugin manager whose ``positions`` lexicon gives ``position``'s aliases
            ("CEO" finds "Chief Executive Officer"); default: the default plugin manager.

    """
    parts = _Reconciliation(evidence, persons, aliases)
    if position is None and organization is None:
        return parts.timeline(set(parts.offices()), everything=True)
    return parts.timeline(parts.select(position, organization, plugins))


def timelines(
    evidence: Iterable[Evidence],
    *,
    persons: Mapping[str, str] | None = None,
    aliases: Mapping[str, str] | None = None,
) -> list[Timeline]:
    """One :class:`Timeline` per office (sorted by organisation, then position)."""
    parts = _Reconciliation(evidence, persons, aliases)
    return [parts.timeline({office}) for office in parts.offices()]


class _Reconciliation:
    """The shared work of :func:`reconcile` and :func:`timelines`: places, tenures, conflicts."""

    def __init__(
        self,
        evidence: Iterable[Evidence],
        persons: Mapping[str, str] | None,
        aliases: Mapping[str, str] | None,
    ) -> None:
        items = sorted(set(evidence), key=Evidence.sort_key)
        if persons is None:
            names = [item.person for item in items]
            names += [name for item in items for name in (item.predecessor, item.successor) if name]
            persons = resolve_names(names)
        self._persons = persons
        events = [item for item in items if item.kind != "role"]
        self.organizations = Organizations(
            [item.organization for item in events if item.organization], aliases
        )
        self._positions: dict[str, Counter[str]] = {}
        for item in events:
            if item.position and fold_position(item.position):
                spellings = self._positions.setdefault(fold_position(item.position), Counter())
                spellings[item.position] += 1
        placed, self.unassigned = self._place(events)
        self.tenures = self._tenures(placed)
        self._roles = [item for item in items if item.kind == "role"]
        self.conflicts = self._conflicts()
        self.tenures = self._supported_by_roles()
        # Indexes for one office's timeline at a time: a corpus has thousands of offices, and
        # each timeline reading every tenure, conflict and unplaced event was quadratic.
        self._tenures_of: dict[_Key, list[Tenure]] = {}
        for (_, key), tenure in self.tenures.items():
            self._tenures_of.setdefault(key, []).append(tenure)
        self._conflicts_of: dict[Office, list[int]] = {}
        for number, conflict in enumerate(self.conflicts):
            for office in set(conflict.offices):
                self._conflicts_of.setdefault(office, []).append(number)
        self._unassigned_at: dict[str | None, list[Evidence]] = {}
        for item in self.unassigned:
            self._unassigned_at.setdefault(self._key(item)[1], []).append(item)

    def person(self, name: str) -> str:
        return self._persons.get(name, name)

    def office(self, key: _Key) -> Office:
        position, organization = key
        shown = None
        if position is not None:
            spellings = self._positions[position]
            shown = min(spellings, key=lambda form: (-spellings[form], form))
        return Office(shown, self.organizations.display(organization) if organization else None)

    def _key(self, item: Evidence) -> _Key:
        position = fold_position(item.position) if item.position else None
        return position or None, self.organizations.key(item.organization)

    def _place(self, events: list[Evidence]) -> tuple[list[_Placed], list[Evidence]]:
        """Each event with its person and office; events whose office cannot be told apart."""
        complete: dict[str, set[_Key]] = {}
        for item in events:
            key = self._key(item)
            if None not in key:
                complete.setdefault(self.person(item.person), set()).add(key)
        # First the events that name their office at least in part; then those that name none
        # join the person's one established office, which may itself be a partial one ("fired
        # head coach X" names no club: the head coach's tenure is still the one office).
        established: dict[str, set[_Key]] = {}
        placed: list[tuple[int, _Placed]] = []
        unassigned: list[tuple[int, Evidence]] = []
        unnamed: list[tuple[int, str, Evidence]] = []
        for index, item in enumerate(events):
            person, (position, organization) = self.person(item.person), self._key(item)
            if position is None and organization is None:
                unnamed.append((index, person, item))
                continue
            if position is None or organization is None:
                candidates = {
                    key
                    for key in complete.get(person, set())
                    if position in (None, key[0]) and organization in (None, key[1])
                }
                if not candidates:
                    candidates = {(position, organization)}
            else:
                candidates = {(position, organization)}
            if len(candidates) == 1:
                office = next(iter(candidates))
                placed.append((index, _Placed(person, office, item)))
                if item.kind in _ESTABLISHING and item.modality in _DATING:
                    established.setdefault(person, set()).add(office)
            else:
                unassigned.append((index, item))
        for index, person, item in unnamed:
            candidates = established.get(person, set())
            if len(candidates) == 1:
                placed.append((index, _Placed(person, next(iter(candidates)), item)))
            else:
                unassigned.append((index, item))
        # In the order the events came, as the evidence of a tenure is listed.
        first = operator.itemgetter(0)
        return (
            [entry for _, entry in sorted(placed, key=first)],
            [item for _, item in sorted(unassigned, key=first)],
        )

    def _tenures(self, placed: list[_Placed]) -> dict[tuple[str, _Key], Tenure]:
        groups: dict[tuple[str, _Key], list[Evidence]] = {}
        for entry in placed:
            groups.setdefault((entry.person, entry.office), []).append(entry.item)
        tenures: dict[tuple[str, _Key], Tenure] = {}
        self.date_conflicts: list[Conflict] = []
        for (person, key), items in groups.items():
            if not any(item.modality in _DATING for item in items):
                self.unassigned.extend(items)  # only possible or negated: no tenure
                continue
            office = self.office(key)
            bounds = []
            for kind in (_START, _END):
                boundary, values = _boundary([item for item in items if item.kind == kind])
                if kind == _START and boundary.value is None:
                    boundary = _since_start(items)
                if kind == _END and boundary.value is None:
                    boundary = _until_end(items)
                bounds.append(boundary)
                if values:
                    side = "start" if kind == _START else "end"
                    kept = (
                        f"; the latest report's {boundary.value} is kept"
                        if boundary.modality != "asserted"
                        else ""
                    )
                    self.date_conflicts.append(
                        Conflict(
                            kind=side, persons=(person,), offices=(office,), values=values,
                            message=f"{person}, {office}: documents give different {side} "
                            f"dates: {', '.join(values)}{kept}",
                            evidence=tuple(item for item in items if item.kind == kind),
                        )
                    )  # fmt: skip
            tenures[person, key] = Tenure(
                person=person, position=office.position, organization=office.organization,
                start=bounds[0], end=bounds[1], evidence=tuple(items),
            )  # fmt: skip
        return self._successions(tenures)

    def _successions(
        self, tenures: dict[tuple[str, _Key], Tenure]
    ) -> dict[tuple[str, _Key], Tenure]:
        """Undated starts and ends dated by the other side of their succession."""
        done = dict(tenures)
        for (person, key), tenure in tenures.items():
            for side, other_role, other_side in (("start", "predecessor", "end"),
                                                 ("end", "successor", "start")):  # fmt: skip
                if getattr(tenure, side).value is not None:
                    continue
                kind = _START if side == "start" else _END
                for item in tenure.evidence:
                    other = getattr(item, other_role)
                    if item.kind != kind or item.modality not in _DATING or not other:
                        continue
                    partner = tenures.get((self.person(other), key))
                    known = getattr(partner, other_side) if partner else None
                    if known is None or known.value is None or known.inferred:
                        continue
                    boundary = Boundary(known.value, item.modality, True, (item, *known.evidence))
                    tenure = done[person, key]
                    if side == "start":
                        tenure = attrs.evolve(tenure, start=boundary)
                    else:
                        tenure = attrs.evolve(tenure, end=boundary)
                    done[person, key] = tenure
                    break
        return done

    def _conflicts(self) -> list[Conflict]:
        found = list(self.date_conflicts)
        for (person, _), tenure in self.tenures.items():
            start, end = calendar_days(tenure.start.value), calendar_days(tenure.end.value)
            if start and end and start[0] > end[1]:
                found.append(
                    Conflict(
                        kind="order", persons=(person,), offices=(tenure.office,),
                        values=(str(tenure.start.value), str(tenure.end.value)),
                        message=f"{person}, {tenure.office}: starts ({tenure.start.value}) "
                        f"after it ends ({tenure.end.value})",
                        evidence=tenure.start.evidence + tenure.end.evidence,
                    )
                )  # fmt: skip
        found += self._title_conflicts()
        found += self._holder_conflicts()
        return found

    def _title_conflicts(self) -> Iterator[Conflict]:
        by_person = self._by_person()
        # Two tenures of one person at one organisation, under different titles, that may
        # overlap: say so, and keep them apart.
        for (person, _), entries in sorted(by_person.items()):
            for index, (key, tenure) in enumerate(entries):
                for other_key, other in entries[index + 1 :]:
                    if (
                        key[0] != other_key[0]
                        and _may_overlap(tenure, other)
                        and not _documents(tenure) & _documents(other)
                    ):
                        yield Conflict(
                            kind="title", persons=(person,), offices=(tenure.office, other.office),
                            values=(str(tenure.position), str(other.position)),
                            message=f"{person}: {tenure.office} and {other.office} "
                            "in periods that may overlap",
                            evidence=tenure.evidence + other.evidence,
                        )  # fmt: skip
        yield from self._role_conflicts(by_person)

    def _role_titles(
        self, by_person: dict[tuple[str, str], list[tuple[_Key, Tenure]]]
    ) -> Iterator[tuple[Evidence, str, str, str]]:
        """Each stated role that names an organisation one of the person's tenures is at.

        Yields the role, the person, the organisation's key and the title the role states.
        """
        organizations: dict[str, set[str]] = {}
        for name, org in by_person:
            organizations.setdefault(name, set()).add(org)
        for role in self._roles:
            person = self.person(role.person)
            for organization in sorted(organizations.get(person, ())):
                surfaces = self.organizations.surfaces(organization)
                title = _role_title(role.position or "", organization, surfaces)
                if title is not None and title not in _NO_OFFICE_ROLES:
                    yield role, person, organization, title

    def _supported_by_roles(self) -> dict[tuple[str, _Key], Tenure]:
        """The tenures with the stated roles that give their title added to their evidence."""
        support: dict[tuple[str, _Key], list[Evidence]] = {}
        for role, person, organization, title in self._role_titles(self._by_person()):
            key = (fold_position(title), organization)
            if (person, key) in self.tenures:
                support.setdefault((person, key), []).append(role)
        return {
            place: attrs.evolve(tenure, evidence=tenure.evidence + tuple(support[place]))
            if place in support
            else tenure
            for place, tenure in self.tenures.items()
        }

    def _by_person(self) -> dict[tuple[str, str], list[tuple[_Key, Tenure]]]:
        """The tenures with a full office, by person and organisation."""
        by_person: dict[tuple[str, str], list[tuple[_Key, Tenure]]] = {}
        for (person, key), tenure in self.tenures.items():
            if key[0] is not None and key[1] is not None:
                by_person.setdefault((person, key[1]), []).append((key, tenure))
        return by_person

    def _role_conflicts(
        self, by_person: dict[tuple[str, str], list[tuple[_Key, Tenure]]]
    ) -> Iterator[Conflict]:
        """Stated roles that name a person's organisation with a title none of their tenures has."""
        disputed: dict[tuple[str, str, str], list[Evidence]] = {}
        titles: dict[tuple[str, str, str], Counter[str]] = {}
        for role, person, organization, title in self._role_titles(by_person):
            entries = by_person[person, organization]
            if any(key[0] == fold_position(title) for key, _ in entries):
                continue  # the title of a tenure: support, not a conflict
            if any(role.source_document in _documents(tenure) for _, tenure in entries):
                continue  # the document gives both titles: it says the person holds both
            if any(_role_may_fall_in(role, tenure) for _, tenure in entries):
                group = (person, organization, fold_position(title))
                disputed.setdefault(group, []).append(role)
                titles.setdefault(group, Counter())[_as_written(title, role.position or "")] += 1
        for group, roles in sorted(disputed.items()):
            person, organization, _ = group
            tenures = [tenure for _, tenure in by_person[person, organization]]
            title = min(titles[group], key=lambda form: (-titles[group][form], form))
            held = tuple(dict.fromkeys(str(tenure.position) for tenure in tenures))
            yield Conflict(
                kind="title", persons=(person,), offices=tuple(t.office for t in tenures),
                values=(*held, title),
                message=f"{person}: called {title!r} of {tenures[0].organization} "
                f"while {' / '.join(held)}",
                evidence=tuple(roles) + tuple(e for t in tenures for e in t.evidence),
            )  # fmt: skip

    def _holder_conflicts(self) -> Iterator[Conflict]:
        by_office: dict[_Key, list[Tenure]] = {}
        for (_, key), tenure in sorted(self.tenures.items(), key=lambda entry: _order(entry[1])):
            if key[0] is not None and key[1] is not None:
                by_office.setdefault(key, []).append(tenure)
        for tenures in by_office.values():
            for index, tenure in enumerate(tenures):
                for other in tenures[index + 1 :]:
                    one, two = _certainly_held(tenure), _certainly_held(other)
                    if one and two and max(one[0], two[0]) < min(one[1], two[1]):
                        yield Conflict(
                            kind="holder", persons=(tenure.person, other.person),
                            offices=(tenure.office,), values=(tenure.person, other.person),
                            message=f"{tenure.office}: held by {tenure.person} and "
                            f"{other.person} at the same time",
                            evidence=tenure.evidence + other.evidence,
                        )  # fmt: skip

    def offices(self) -> list[_Key]:
        keys = {key for (_, key) in self.tenures}
        return sorted(keys, key=lambda key: (key[1] or "", key[0] or ""))

    def select(
        self, position: str | None, organization: str | None, plugins: PluginManager | None
    ) -> set[_Key]:
        titles = _position_forms(position, plugins) if position else {None}
        wanted_organization = self.organizations.key(organization) if organization else None
        return {
            key
            for key in self.offices()
            if (position is None or key[0] in titles)
            and (wanted_organization is None or wanted_organization == key[1])
        }

    def timeline(self, keys: set[_Key], *, everything: bool = False) -> Timeline:
        """The timeline of the offices ``keys`` (``everything``: with all unassigned evidence)."""
        tenures = sorted(
            (tenure for key in keys for tenure in self._tenures_of.get(key, ())), key=_order
        )
        offices = {self.office(key) for key in keys}
        numbers = sorted({n for office in offices for n in self._conflicts_of.get(office, ())})
        conflicts = [self.conflicts[number] for number in numbers]
        gaps = [
            gap
            for key in sorted(keys, key=str)
            for gap in _gaps(sorted(self._tenures_of.get(key, ()), key=_order), self.office(key))
        ]
        if everything:
            unassigned = list(self.unassigned)
        else:
            candidates = {id(i): i for key in keys for i in self._unassigned_at.get(key[1], ())}
            unassigned = [
                item
                for item in candidates.values()
                if any(_within(self._key(item), key) for key in keys)
            ]
        return Timeline(
            tenures=tuple(tenures),
            conflicts=tuple(conflicts),
            gaps=tuple(gaps),
            unassigned=tuple(sorted(set(unassigned), key=Evidence.sort_key)),
        )


def _within(part: _Key, key: _Key) -> bool:
    """Whether an unassigned event's office (given in part) may be the office ``key``."""
    return part[1] == key[1] and part[0] in (None, key[0])


def _order(tenure: Tenure) -> tuple[Any, ...]:
    """Tenures by organisation (unknown last), position, time (start, else end), person.

    A tenure known only by its end comes before one that starts on the same day: it began
    earlier ("A, effective March 1, replacing B": B's tenure ends where A's starts).
    """
    start, end = calendar_days(tenure.start.value), calendar_days(tenure.end.value)
    when = start[0] if start else end[0] if end else _dt.date.max
    office = (tenure.organization is None, tenure.organization or "", tenure.position or "")
    return (*office, when, start is not None, tenure.person)


def _certainly_held(tenure: Tenure) -> tuple[_dt.date, _dt.date] | None:
    """The days (first, after-last) the asserted dates say the person certainly held office."""
    if tenure.start.modality != "asserted" or tenure.start.inferred:
        return None
    start = calendar_days(tenure.start.value)
    end = calendar_days(tenure.end.value) if tenure.end.modality == "asserted" else None
    if start is None:
        return None
    if end is not None:
        return start[1], end[0]  # held from the latest possible start to the earliest end
    if start[0] == start[1]:
        return start[0], start[0] + _dt.timedelta(days=1)  # a day-precise start: that day
    return None


def _may_overlap(one: Tenure, other: Tenure) -> bool:
    """Whether two tenures' periods may overlap (unknown boundaries may lie anywhere)."""
    return _possible(one, other) and _possible(other, one)


def _possible(one: Tenure, other: Tenure) -> bool:
    """Whether ``one`` may start before ``other`` ends."""
    start, end = calendar_days(one.start.value), calendar_days(other.end.value)
    return start is None or end is None or start[0] <= end[1]


def _role_may_fall_in(role: Evidence, tenure: Tenure) -> bool:
    """Whether a stated role (at its document's date) may fall in the tenure's period."""
    published = calendar_days((role.published or "")[:10])
    if published is None:
        return True  # an undated document: its role may be from any time
    past = bool(_PAST_WORDS.intersection(fold(role.position or "").split()))
    start, end = calendar_days(tenure.start.value), calendar_days(tenure.end.value)
    if start is not None and start[0] > published[1]:
        return False  # the tenure began after the document: the role is about something else
    return past or end is None or end[1] >= published[0]


def _role_title(role: str, key: str, surfaces: tuple[str, ...]) -> str | None:
    """The title a role states for the organisation ``key`` (folded), ``None`` if it names it not.

    The organisation is found as one of its ``surfaces`` or, for an acronym's key, spelled out
    ("director-general of the North Atlantic Treaty Organization" for "nato").
    """
    words = fold(role).split()
    found = False
    for surface in surfaces:
        target = surface.split()
        index = 0
        while index + len(target) <= len(words):
            if words[index : index + len(target)] == target:
                words[index : index + len(target)] = ["|"]
                found = True
            index += 1
    if " " not in key and len(key) > 1:
        for length in range(len(words), 1, -1):
            for index in range(len(words) - length + 1):
                run = words[index : index + length]
                if "|" not in run and run[0] not in MINOR_WORDS and acronym(run) == key:
                    words[index : index + length] = ["|"]
                    found = True
                    break
    if not found:
        return None
    # The title is the first run of words that is not the organisation, without its edges:
    # "director general of |", "| secretary general", "president of | securities dealers".
    for piece in " ".join(words).split("|"):
        parts = piece.split()
        while parts and parts[0] in _ROLE_EDGE_WORDS:
            parts = parts[1:]
        while parts and parts[-1] in _ROLE_EDGE_WORDS:
            parts = parts[:-1]
        if parts:
            return " ".join(parts)
    return None


def _as_written(title: str, role: str) -> str:
    """The folded ``title`` as the role writes it ("director general" -> "director-general")."""
    pattern = r"[^\p{L}\p{N}]+".join(regex.escape(word) for word in title.split())
    match = regex.search(rf"(?<![\p{{L}}\p{{N}}]){pattern}(?![\p{{L}}\p{{N}}])", role, regex.I)
    return match.group() if match is not None else title


def _documents(tenure: Tenure) -> set[tuple[str, int]]:
    """The documents that support a tenure."""
    return {item.source_document for item in tenure.evidence}


def _gaps(tenures: list[Tenure], office: Office) -> Iterator[Gap]:
    """The gaps between consecutive dated tenures of one office.

    Only for an office with both a position and an organisation: "President" of an unknown
    organisation is no one office whose holders follow each other.
    """
    if office.position is None or office.organization is None:
        return
    dated = [
        tenure
        for tenure in tenures
        if tenure.office == office
        and (calendar_days(tenure.start.value) or calendar_days(tenure.end.value))
    ]
    for before, after in itertools.pairwise(dated):
        end, start = calendar_days(before.end.value), calendar_days(after.start.value)
        if end is None or start is None:
            yield Gap(
                kind="undated", office=office, after=before.person, before=after.person,
                start=before.end.value, end=after.start.value,
            )  # fmt: skip
        elif end[1] + _NEXT_DAY < start[0]:
            # One who leaves at the end of June (2024-06) and one who starts on July 1 hand
            # over without a vacancy: a day at least must lie between the two.
            yield Gap(
                kind="vacancy", office=office, after=before.person, before=after.person,
                start=before.end.value, end=after.start.value,
            )  # fmt: skip


# --- as text -------------------------------------------------------------------------------


def _note(conflict: Conflict, tenure: Tenure) -> str:
    """A conflict in a few words, from the side of one tenure."""
    if conflict.kind == "title":
        others = [value for value in conflict.values if value != tenure.position]
        return "title: " + " / ".join(others or conflict.values)
    if conflict.kind == "holder":
        others = [person for person in conflict.persons if person != tenure.person]
        return "holder: " + " / ".join(others)
    return f"{conflict.kind}: " + " / ".join(conflict.values)


def format_table(timeline: Timeline) -> str:
    """The tenures as a text table, then the conflicts, the gaps and the unassigned count.

    Columns: person, position, organisation, start, end (each with its modality when not
    asserted, and "inferred" when dated by a succession), the number of documents that
    support the tenure, and its conflicts in short.
    """
    header = ("PERSON", "POSITION", "ORGANIZATION", "START", "END", "SOURCES", "CONFLICTS")
    rows = [header]
    for tenure in timeline.tenures:
        notes = "; ".join(_note(conflict, tenure) for conflict in timeline.conflicts_of(tenure))
        rows.append(
            (
                tenure.person, tenure.position or "-", tenure.organization or "-",
                str(tenure.start), str(tenure.end), str(tenure.sources), notes or "-",
            )
        )  # fmt: skip
    widths = [max(len(row[column]) for row in rows) for column in range(len(header) - 1)]
    lines = [
        "  ".join([*(cell.ljust(width) for cell, width in zip(row, widths, strict=False)), row[-1]])
        for row in rows
    ]
    if timeline.conflicts:
        lines += ["", "Conflicts:"]
        lines += [f"  {conflict.kind}: {conflict.message}" for conflict in timeline.conflicts]
    if timeline.gaps:
        lines += ["", "Gaps:"]
        lines += [
            f"  {gap.kind}: {gap.office}: {gap.after} (to {gap.start or '?'}) -> "
            f"{gap.before} (from {gap.end or '?'})"
            for gap in timeline.gaps
        ]
    if timeline.unassigned:
        # Said, so that a reader of the table knows the evidence it could not place exists.
        lines += [
            "",
            f"Unassigned: {len(timeline.unassigned)} "
            f"piece{'s' if len(timeline.unassigned) != 1 else ''} of evidence in no tenure "
            "(their office not told apart, or only possible or negated; the JSON lists them)",
        ]
    return "\n".join(line.rstrip() for line in lines) + "\n"
