"""The tenures a text states without a cue: titles before names, appositions, relation nouns."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence

import attrs
import regex

from stoltlib_offices.drafts import _Draft, _Office, _Person
from stoltlib_offices.limits import MARKER_REACH, MAX_TITLE_CHARS
from stoltlib_offices.patterns import AFTER_OFFICE_ORG, APPOSITION
from stoltlib_offices.people import _no_name
from stoltlib_offices.reading import _Reader
from stoltlib_offices.structures import in_addition, relations
from stoltlib_offices.titles import _title_parts
from stoltlib_offices.words import _GRAMMAR_WORDS, _PRONOUNS

# The words that make a title before a name state a tenure (a bare title is a mention): a
# tenure over, one now, one about to end ("outgoing chairman X") or just begun ("new").
_MARKER = r"""(?:
        (?i:former|ex-|erstwhile|onetime|one-time|current|existing|incumbent|outgoing|retiring
           |newly[\s\-](?:appointed|named|installed|elected)|deposed|ousted|retired
           |then-)  # "then-" only glued: "then chairman" is often "and then, chairman ..."
      | new          # in lower case; capitalised, not a place's or a party's first word:
      | New(?!\s+(?:York|Jersey|Zealand|Hampshire|Mexico|Delhi|England|Orleans|Haven|Brunswick
                 |Guinea|South|Caledonia|Democratic|Democracy|Deal|World|Labour|Left|Right)\b)
    )"""  # "New York Fed President X" names a city, "New White House Chief of Staff X" a start


_TENURE_MARKER = regex.compile(rf"\b{_MARKER}(?:\b|(?<=-))", regex.VERBOSE)  # "then-" ends so


# What each marker states (the kind of event, and its modality if not asserted); "formerly"
# and "then" open appositions ("X, then chairman of Y,").
_MARKED = {
    "former": ("former", ""), "ex": ("former", ""), "erstwhile": ("former", ""),
    "onetime": ("former", ""), "one-time": ("former", ""),
    "current": ("hold", ""), "existing": ("hold", ""), "incumbent": ("hold", ""),
    "outgoing": ("end", "planned"), "retiring": ("end", "planned"),
    "deposed": ("end", ""), "ousted": ("end", ""),
    "new": ("start", ""), "newly appointed": ("start", ""), "newly-appointed": ("start", ""),
    "newly named": ("start", ""), "newly-named": ("start", ""),
    "newly installed": ("start", ""), "newly-installed": ("start", ""),
    "newly elected": ("elect", ""), "newly-elected": ("elect", ""),
    "formerly": ("former", ""), "then": ("former", ""), "previously": ("former", ""),
    "currently": ("hold", ""),
    "retired": ("end", ""),
}  # fmt: skip


# A conjunction before another person of a list: "X as chairman and Y as president".
_AND = regex.compile(r",?\s+and\s+")


# A tenure's time right after an apposed office: "prime minister for a record 3-1/2 years",
# "president since 1985", "Treasury Secretary during Reagan's first term".
_TENURE_TIME = regex.compile(
    r"""\s+(?:
        since\s+(?=\d|\p{Lu}|(?:last|early|late|mid)\b)            # "since 1985", "since last June"
      | during\s+                                                # "during Reagan's first term"
      | for\s+(?:[\w\-/]+\s+){0,5}?(?:years?|months?|decades?)\b  # "for a record 3-1/2 years"
      | (?P<over>                                                # a tenure over:
          (?:before|until|till)\s+(?=\d|\p{Lu}|(?:the|his|her|its|last|early|late|mid)\b)
                                                                 # "before the merger"
        | from\s+(?:\p{Lu}\p{Ll}+\.?\s+)?\d{4}\s+(?:to|until|through|till)\s+  # "from 1989 to
                                                                 # 1993"
        | between\s+\d{4}\s+and\s+\d{4}\b                      # "between 1980 and 1984"
      )
    )""",
    regex.VERBOSE,
)  # not any "for": "president for the Americas" names a region


# A relative clause opening right after an office: " who has been ...".
_RELATIVE_AFTER = regex.compile(r"\s+(?:who|whose)\b")


# A short phrase of where or when after an apposed office, up to the apposition's close.
_UNIT_TAIL = regex.compile(r"\s+(?:in|at|under|with)\s+[^,.;:()\"]{1,40}?(?=\s*[,.;(])")


# A second marked office after an apposed one: "..., and now vice-chairman of Y".
# (The words of the first office's unit between: "staff director of monetary policy at the Fed
# and now ...".)
_AND_MARKED = regex.compile(
    r"""(?:\s+(?:of|at|for|in|on)\s+[^,.;:()"]{0,50}?)?
    ,?\s+and\s+(?P<marker>now|formerly|former|then|currently)\s+(?:(?:the|a|an)\s+)?""",
    regex.IGNORECASE | regex.VERBOSE,
)


# What every spelling of _MARKER holds, in lower case: a cheap test before the patterns.
_MARKER_STEMS = (
    "former", "ex-", "erstwhile", "onetime", "one-time", "current", "existing", "incumbent",
    "outgoing", "retiring", "newly", "deposed", "ousted", "new", "retired", "then-",
)  # fmt: skip


# A tenure's marker, then capitalised words at most, ending right where an office starts:
# "former Texas ", "ex-", "former Senate Republican "; or a portfolio's lower-case words
# ("a former deputy agriculture ", checked against _NOT_MODIFIERS).
_MARKED_TITLE_LEAD = regex.compile(
    rf"""(?<![\w\-])(?P<marker>{_MARKER})\s*(?:\p{{Lu}}[\w.'’\-]*\s+){{0,3}}
    (?P<modifiers>(?:\p{{Ll}}[\p{{Ll}}\-]*\s+){{0,2}})\Z""",
    regex.VERBOSE,
)


# Lower-case words that are no portfolio of a title: a verb's ending ("former aides
# said chairman X") or a reporting verb stand between clauses, not inside a title.
_NOT_MODIFIER = regex.compile(r"(?:\w+ed|said|says|told|tells|see|sees|and|or|but)\Z")


# A generic head of a unit right before a name, an office only with a marker before it.
_GENERIC_HEAD = regex.compile(r"(?<![\w\-])(?:chief|head|aide|boss|adviser|advisor)\Z")


# "ex-" glued to the office it marks, right before a name: "ex-senator ", "ex-prime minister ".
_GLUED_EX = regex.compile(
    r"(?<![\w\-])ex-(?P<title>\p{L}[\p{L}.\-]*(?:\s+\p{Ll}[\p{L}.\-]*){0,2})\Z"
)  # its words after the first in lower case: "ex-Texas senator" is read as any "former"


# The event type each kind of marked title states.
_MARKED_TYPES = {"end": "office.end", "start": "office.start", "elect": "office.elect"}


# A tenure as told once: the name, the office, the sentence's index, whether it is over.
_Told = tuple[str, str | None, int, bool]


def _last_match(pattern: regex.Pattern[str], text: str) -> regex.Match[str] | None:
    """The last match of ``pattern`` in ``text``: the office that closes a role."""
    matches = list(pattern.finditer(text))
    return matches[-1] if matches else None


def _marker_kind(marker: str) -> tuple[str, str]:
    """What a tenure's marker states: the kind of event and its modality (see _MARKED)."""
    return _MARKED.get(" ".join(marker.casefold().rstrip("- ").split()), ("hold", ""))


def _marked(marker: str, person: _Person, office: _Office, start: int | None = None) -> _Draft:
    """The event a marked title before a name states ("former chairman X": a past tenure).

    ``start`` is where the marker stands, if known: the evidence runs from it to the name.
    """
    kind, modality = _marker_kind(marker)
    span = (person.start, person.end)
    return _Draft(
        _MARKED_TYPES.get(kind, "office.hold"), person, span, span, office,
        modality=modality or "asserted", past=kind == "former",
        evidence_start=start if start is not None and start < person.start else None,
    )  # fmt: skip


class _Tenures(_Reader):
    """The readers of the tenures stated by titles, appositions and relation nouns."""

    def titled_tenures(
        self, drafts: Sequence[_Draft], skip: Callable[[int, int], object] | None
    ) -> list[_Draft]:
        """Tenures stated by a title before a name, once per person and office.

        "NATO Secretary General Jens Stoltenberg", "former Dutch Prime Minister Mark Rutte",
        "MidCon chairman O.C. Davis": the mention's stated role names an office.
        """
        pattern = self.lexicons.position_pattern
        if pattern is None:
            return []
        seen = {
            self._told(d.person, d.office.position if d.office else None, d.past) for d in drafts
        }
        found: list[_Draft] = []
        for mention in self.mentions:
            if mention.kind != "person" or not mention.role or not mention.entity:
                continue
            if _no_name(mention.entity):
                continue  # a mention cut to a rank: "Vice Adm" of "Vice Adm. John Poindexter"
            if skip is not None and skip(mention.start, mention.end):
                continue
            role = mention.role
            match = _last_match(pattern, role)
            if match is None or match.end() < len(role.rstrip(" ,")):
                continue  # the office must close the role: "chairman's wife" is no office
            # The role must stand written right before the name (not only be known for the
            # person: "his" takes its entity's role), and the marker may stand in the role or
            # right before it, where the mentions stage left it out ("former German X").
            lead = self.flat[max(0, mention.start - len(role) - MARKER_REACH) : mention.start]
            if not " ".join(lead.split()).endswith(" ".join(role.split())):
                continue
            glued = _GLUED_EX.search(lead.rstrip()) if "ex-" in lead else None
            if glued is not None and self.lexicons.position(glued.group("title")) is not None:
                continue  # "ex-prime minister X": a glued office, read with its marker below
            marker = _TENURE_MARKER.search(role[: match.start()]) or _TENURE_MARKER.search(
                lead[: max(0, len(lead) - len(role))] + " " + role[: match.start()]
            )
            if marker is None:
                continue  # a bare title is a mention: "Chairman John Smith said"
            position = self.lexicons.position(match.group())
            person = _Person(mention.entity, mention.start, mention.end)
            told = self._told(person, position, _marker_kind(marker.group())[0] == "former")
            if position is None or told in seen:
                continue
            seen.add(told)
            before = role[: match.start()].split(marker.group(), 1)[-1]
            position, organization = _title_parts(before, position, self.lexicons)
            office = _Office(position, organization, mention.end)
            reach = max(0, mention.start - len(role) - MARKER_REACH)
            at = self.flat.rfind(marker.group(), reach, mention.start)
            found.append(_marked(marker.group(), person, office, at if at >= 0 else None))
        found.extend(self._titles_before_names(seen, skip))
        found.extend(self._appositions(seen, skip))
        found.extend(self._additions(seen, skip))
        found.extend(self._relations(skip))
        # "former chief of staff X, who resigned", "the death of former chairman X": the past
        # title is the end's office, not a tenure of its own.
        ended = {d.person.start: d for d in drafts if d.type == "office.end"}
        kept = []
        for draft in found:
            end = ended.get(draft.person.start) if draft.past else None
            if end is None:
                kept.append(draft)
            elif end.office is None or not end.office.position:
                end.office = draft.office
        return kept

    def _titles_before_names(
        self, seen: set[_Told], skip: Callable[[int, int], object] | None
    ) -> list[_Draft]:
        """Marked titles written right before a name the mentions stage gave no role.

        "former Texas Sen. John Tower", "ex-senator Howard Baker": the title is read here, from
        the text before the name (a marker, a few capitalised words, an office).
        """
        pattern = self.lexicons.position_pattern
        if pattern is None:
            return []
        found: list[_Draft] = []
        for person in self.people:
            written = self.flat[person.start : person.end]
            if written.casefold() in _PRONOUNS or not written[:1].isupper():
                continue
            lead_start = max(0, person.start - MAX_TITLE_CHARS)
            head = self.flat[lead_start : person.start].rstrip()
            lowered = head.casefold()
            if not any(stem in lowered for stem in _MARKER_STEMS):
                continue  # no marker near: most names, settled without the patterns
            set_off = head.endswith(",") and not head.endswith(("and,", "or,"))
            if set_off:
                # "Acme's former president, Harvey Lyon,": the title set off before the name.
                head = head[:-1].rstrip()
                lowered = head.casefold()
            glued = _GLUED_EX.search(head) if "ex-" in lowered else None
            if glued is not None and self.lexicons.position(glued.group("title")) is not None:
                # "ex-senator Howard Baker": the office glued to its marker, which the office
                # pattern, reading whole words, does not see.
                position = self.lexicons.position(glued.group("title"))
                if self._told(person, position, True) not in seen and not (
                    skip is not None and skip(person.start, person.end)
                ):
                    seen.add(self._told(person, position, True))
                    office = _Office(str(position), None, person.end)
                    found.append(_marked("ex-", person, office, lead_start + glued.start()))
                continue
            titles = list(pattern.finditer(self.flat, lead_start, lead_start + len(head)))
            head_end = lead_start + len(head)
            owner = None
            if titles and set_off and titles[-1].end() < head_end:
                # "The former president of Acme, Harvey Lyon,": the title's organisation after
                # it, up to the comma that sets the title off.
                after = AFTER_OFFICE_ORG.match(self.flat, titles[-1].end(), head_end)
                if after is not None and after.end() == head_end:
                    owner = after.group("org")
            if titles and (titles[-1].end() == head_end or owner is not None):
                title_start = titles[-1].start()
                position = self.lexicons.position(titles[-1].group())
            else:
                # "new White House chief X", "ex-CIA chief X", "then-NSC aide X": a generic
                # head no entry of the lexicon is, after a marker and an organisation's name.
                generic = _GENERIC_HEAD.search(self.flat, lead_start, lead_start + len(head))
                if generic is None:
                    continue  # no office right before the name
                title_start, position = generic.start(), generic.group()
            marked = _MARKED_TITLE_LEAD.search(self.flat, lead_start, title_start)
            if marked is None:
                continue  # a bare title is a mention
            if any(
                word in _GRAMMAR_WORDS or _NOT_MODIFIER.match(word)
                for word in marked.group("modifiers").split()
            ):
                continue  # "former aides told chairman X": the marker is another clause's
            told = self._told(person, position, _marker_kind(marked.group("marker"))[0] == "former")
            if position is None or told in seen:
                continue
            if skip is not None and skip(person.start, person.end):
                continue
            seen.add(told)
            before = self.flat[marked.end("marker") : title_start]
            position, organization = _title_parts(before, position, self.lexicons)
            office = _Office(position, organization or owner, person.end)
            found.append(_marked(marked.group("marker"), person, office, marked.start("marker")))
        return found

    def _appositions(
        self, seen: set[_Told], skip: Callable[[int, int], object] | None
    ) -> list[_Draft]:
        """Tenures stated by an apposition: "Jens Stoltenberg, director-general of NATO,".

        A marked one ("X, former chairman of Y,", "X, now the director of Y,", and a second
        marked office after it: "..., and now vice-chairman of Z"), or one whose office a
        tenure's time follows ("X, Italy's prime minister for 3-1/2 years,", "X, Treasury
        Secretary during Reagan's first term,"); a bare one is a mention.
        """
        found: list[_Draft] = []
        for person in self.people:
            match = APPOSITION.match(self.flat, person.end, person.end + MAX_TITLE_CHARS)
            if match is None or (match.group("marker") is None and "," not in match.group()):
                continue
            if skip is not None and skip(person.start, match.end()):
                continue
            marker = match.group("marker")
            tenure = self._apposed_tenure(person, match.end(), marker)
            if tenure is None:
                continue
            office, past, closed_at = tenure
            if office.organization is None and match.group("owner"):
                office = attrs.evolve(office, organization=match.group("owner"))
            timed = _TENURE_TIME.match(self.flat, closed_at)
            if marker is None and not timed:
                continue  # a bare apposition is a mention: "John Smith, president of Acme,"
            span = (person.start, person.end)
            if self._told(person, office.position, past) not in seen:
                seen.add(self._told(person, office.position, past))
                # The clause runs to the time that closes it: "president since 1985".
                clause_end = office.end
                if timed is not None:
                    comma = self.flat.find(",", timed.end(), timed.end() + MAX_TITLE_CHARS)
                    clause_end = comma if comma >= 0 else timed.end()
                # "X, the new treasurer,": a start; "X, the newly elected mayor,": an election.
                kind = _MARKED_TYPES.get(_marker_kind(marker)[0]) if marker else None
                found.append(
                    _Draft(kind or "office.hold", person, span, (person.start, clause_end),
                           office, past=past)
                )  # fmt: skip
            also = _AND_MARKED.match(self.flat, closed_at, closed_at + MAX_TITLE_CHARS)
            if also is None:
                continue
            second = self._apposed_tenure(person, also.end(), also.group("marker"))
            if second is not None and self._told(person, second[0].position, second[1]) not in seen:
                seen.add(self._told(person, second[0].position, second[1]))
                found.append(
                    _Draft("office.hold", person, span, (person.start, second[0].end), second[0],
                           past=second[1])
                )  # fmt: skip
        return found

    def _additions(
        self, seen: set[_Told], skip: Callable[[int, int], object] | None
    ) -> list[_Draft]:
        """Holds stated beside a new post: "in addition to his duties as treasurer"."""
        found: list[_Draft] = []
        starts = {person.start: person for person in self.people}
        for placed in in_addition(self.flat):
            person = starts.get(placed.owner[0])
            if person is None or (
                skip is not None and skip(placed.evidence_start, placed.office_at)
            ):
                continue
            stop = self._sentence_end(placed.office_at)
            office = self._office_after(placed.office_at, (placed.office_at, stop))
            # Not checked against ``seen``: the new post is often the same title of
            # another unit ("named president of X in addition to his role as president of Y").
            if office is None:
                continue
            seen.add(self._told(person, office.position))
            office = self._conjoined_titles(office)
            span = (person.start, person.end)
            clause = (placed.evidence_start, office.end)
            draft = _Draft("office.hold", person, span, clause, office)
            draft.evidence_start = placed.evidence_start
            found.append(draft)
        return found

    def _sentence_end(self, at: int) -> int:
        """Where the sentence holding ``at`` ends (the next one's start, or the text's end)."""
        later = bisect.bisect_right(self.sentence_starts, at)
        return self.sentence_starts[later] if later < len(self.sentence_starts) else len(self.flat)

    def _relations(self, skip: Callable[[int, int], object] | None) -> list[_Draft]:
        """Successions told by a noun of relation: "his successor, X", "Y's predecessor X".

        A successor starts (the owner the one replaced), a predecessor ends.
        """
        found: list[_Draft] = []
        starts = {person.start: person for person in self.people}
        for relation in relations(self.flat):
            if skip is not None and skip(relation.evidence_start, relation.person_at):
                continue
            sentence = (relation.evidence_start, self._sentence_end(relation.person_at))
            person = self._person_at(relation.person_at, sentence)
            if person is None:
                continue
            # The owner alone, not a mention of the whole phrase ("her predecessor", which
            # coreference may give the person named after it).
            owner = starts.get(relation.owner[0])
            if owner is None or owner.end != relation.owner[1]:
                owner = self._person_ending(relation.owner[1], relation.owner)
            if owner is not None and owner.name == person.name:
                owner = None
            kind = "office.start" if relation.noun == "successor" else "office.end"
            clause = (relation.evidence_start, person.end)
            draft = _Draft(kind, person, (person.start, person.end), clause)
            draft.evidence_start = relation.evidence_start
            draft.modality = "possible" if relation.hedged else "asserted"
            if kind == "office.start":
                draft.predecessor = owner
            else:
                draft.successor = owner  # "her predecessor, Y": she took over from Y
            found.append(draft)
        return found

    def _apposed_tenure(
        self, person: _Person, at: int, marker: str | None
    ) -> tuple[_Office, bool, int] | None:
        """The office an apposition names at ``at``, whether it is over, and where it closes.

        It must close: at a comma or a stop, at a tenure's time ("for 3-1/2 years"), or at a
        second marked office ("and now chairman of Y").
        """
        office = self._office_after(at, (person.start, len(self.flat)))
        if office is None:
            return None
        office = self._conjoined_titles(office)
        past = marker is not None and _marker_kind(marker)[0] == "former"
        closed_at = office.end
        if office.organization is not None:
            # Past the organisation's name, however long: "of the Institute for ...".
            reach = office.end + 40 + len(office.organization)
            found = self.flat.find(office.organization, office.end, reach)
            closed_at = found + len(office.organization) if found >= 0 else closed_at
        closing = self.flat[closed_at : closed_at + 2].lstrip()[:1]
        if closing in (",", ".", "(", ";", "") or (
            marker is not None and _RELATIVE_AFTER.match(self.flat, closed_at)
        ):
            # "X, the former executive and Treasury secretary who has been ...": a relative
            # clause closes a marked apposition too.
            return office, past, closed_at
        tail = _UNIT_TAIL.match(self.flat, closed_at)
        if tail is not None and marker is not None:
            # "a former director of the Office of Management and Budget in the Reagan
            # administration,": a few words of where, then the comma.
            return office, past, tail.end()
        timed = _TENURE_TIME.match(self.flat, closed_at)
        if timed is not None:
            during = self.flat[closed_at:].lstrip().casefold().startswith("during")
            return office, past or during or timed.group("over") is not None, closed_at
        if _AND_MARKED.match(self.flat, closed_at):
            return office, past, closed_at
        return None  # the apposition must close: "X, president of Y, said"

    def _conjoined_titles(self, office: _Office) -> _Office:
        """An office reaching over the titles conjoined after it, one office of one holder.

        "former executive vice president and chief financial officer of X": the organisation
        after the last title is the office's.
        """
        pattern = self.lexicons.position_pattern
        end = office.end
        while pattern is not None and (joined := _AND.match(self.flat, end)) is not None:
            title = pattern.match(self.flat, joined.end())
            if title is None:
                break
            end = title.end()
        if end == office.end:
            return office
        organization = self._organization_after(end, (end, len(self.flat)))
        return _Office(office.position, organization or office.organization, end)

    def _told(self, person: _Person, position: str | None, past: bool = False) -> _Told:
        """What makes two tellings of a tenure one: person, office, sentence, past or not.

        A change told twice is two events ("outgoing chairman X" in the lede, "X steps down as
        chairman" later); within one sentence a title and a cue tell it once, but a former
        tenure is not the start of that office again ("X, former vice president of Y, has
        been named vice president").
        """
        sentence = bisect.bisect_right(self.sentence_starts, person.start)
        return person.name, position, sentence, past
