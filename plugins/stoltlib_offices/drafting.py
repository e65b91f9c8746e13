"""The frame rules that read one cue's event in its sentence.

Cue reading, subjects and objects, titled tenures, appositions, successions and modality.
"""

from __future__ import annotations

import bisect

import attrs
import regex

from stoltlib.lexicon_files import data_rows
from stoltlib_offices.clauses import _overlaps
from stoltlib_offices.drafts import _STARTS, _Draft, _Office, _Person
from stoltlib_offices.lexicons import Cue
from stoltlib_offices.limits import (
    MAX_LIST,
    MAX_LISTED,
    MAX_ORG_PREFIX_WORDS,
    MAX_RELATIVE_WORDS,
    MAX_TITLE_CHARS,
    MAX_TITLE_WORDS,
    NOMINAL_REACH,
    REACH,
    SHARED_SUBJECT_GAP,
    TERM_REACH,
)
from stoltlib_offices.patterns import (
    AFTER_OFFICE_ORG,
    AGENT_BEFORE_OFFICE,
    APPOSED_OFFICE,
    BOARD_OF_PEOPLE,
    COUNTED_OFFICES,
    DESCRIBED_PERSON,
    GENERIC_ORG,
    INSERTED_TIME,
    INVERTED_BE,
    KEEP_BEFORE,
    LIST_ITEM_OFFICE,
    LIST_OPENS,
    LIST_SEPARATOR,
    ORG_NAME,
    PASSIVE_PARTICIPLE,
    PERIOD_AFTER,
    TERM_NOUNS,
)
from stoltlib_offices.reading import _BE_FORMS
from stoltlib_offices.tenures import _TENURE_MARKER, _Tenures
from stoltlib_offices.timing import _WHO_CLAUSE
from stoltlib_offices.titles import _title_parts
from stoltlib_offices.words import _GRAMMAR_WORDS, _PREPOSITIONS, _PRONOUNS, _SENTENCE_OPENERS

# The words that put a tenure in the past: "previously served as", "had been", "formerly".
_PAST_TENURE = regex.compile(
    r"\b(?:previously|formerly|once|served|had\s+been|was|were)\b", regex.IGNORECASE
)


# A possessive right before a noun of change, a few adjectives between: "Regan's abrupt
# departure", "his planned retirement" (the owner's end is where the name or pronoun ends).
_POSSESSIVE_BEFORE = regex.compile(
    r"""(?P<owner_end>)(?:['’]s?)?\s+(?:(?:abrupt|sudden|planned|expected|early|recent|surprise
    |imminent|forthcoming|formal|official|eventual|own|possible|new)\s+){0,2}\Z""",
    regex.IGNORECASE | regex.VERBOSE,
)


# "whose" right before a noun of change, after the name it refers to and a comma.
_WHOSE_AT_END = regex.compile(r",?\s*\bwhose\Z", regex.IGNORECASE)


# "of" after a noun of change, before its holder; "as" before the office.
_OF_AFTER = regex.compile(r"\s+of\s+")


_AS_AFTER = regex.compile(r"\s+as\b")


# A withdrawal right before the noun, whose holder is named before it: "withdrawn from".
_WITHDRAWN_FROM = regex.compile(r"\bwithdr(?:awn|ew|aw|awing|aws)\s+from\s+\Z", regex.I)


# What withdraws a nomination: "withdrew the nomination", "withdrawal of the nomination".
_WITHDRAWN = regex.compile(r"\bwithdr[ae]w", regex.IGNORECASE)


# What may follow a passive cue whose office is not named: its time, the agent, or the end of
# its clause ("first appointed in 1979,").
_CLAUSE_GOES_ON = regex.compile(
    r"""\s*(?:
        [,.;]                                              # the clause ends
      | (?:in|on|last|effective)\s+(?=\S*\d|\p{Lu})       # its time: "appointed in 1979"
      | by\s+(?:the|a|an|its|\p{Lu})                     # its agent: "appointed by the board"
      | (?:as\s+)?(?:his|her|their)\s+(?:replacement|successor)\b  # "named as his replacement"
    )""",
    regex.VERBOSE,
)


# The same after a short phrase closing the office before: "X as chairman in the new
# structure, and Y as president" (the person after it must have an office of its own).
_AND_LATER = regex.compile(r"(?:\s+(?:in|at|of|for)\s+[\w\- ]{1,40}?)?,?\s+and\s+")


# A verb of choosing right before its object: "named X to replace him", "chose X to succeed".
_CHOSEN_BEFORE = regex.compile(
    r"\b(?:named|appointed|elected|chose|picked|selected|tapped|designated|hired)\s+\Z"
)


# A clause of time right before its subject: "when X retires", "once X steps down".
_WHEN_BEFORE = regex.compile(r"\b(?:when|once|until|after|before)\s+\Z", regex.IGNORECASE)


# "if" or "unless" right before a clause's subject: the change is a hypothesis.
_IF_BEFORE = regex.compile(r"\b(?:if|unless|whether)\s+\Z", regex.IGNORECASE)


# "its" before an office: the organisation is the clause's subject.
_ITS = regex.compile(r"\bits\s+", regex.IGNORECASE)


# A capitalised name opening the clause right before its verb: "Acme Corp (has) named".
_SUBJECT_NAME = regex.compile(
    r"(?:\A|(?<=^|\.\s|,\s|\bthat\s))(?P<org>\p{Lu}[\w&.\-]*(?:\s+\p{Lu}[\w&.\-]*){0,3})"
    r"\s+(?:(?:has|have|had|on\s+\p{Lu}\p{Ll}+day)\s+)?\Z"
)


# A condition after a cue, in its clause: "would resign if the figures were wrong".
_IF_AFTER = regex.compile(r"[^;:.]*?\b(?:if|unless)\b", regex.IGNORECASE)


# "the new" before the office a tenure's verb names: "X is the new chairman" starts it.
_NEW_OFFICE = regex.compile(r"\s+(?:the|its|their|our)\s+new(?:ly[\s\-]\w+)?\s+", regex.I)


# "leave" alone leaves an office only when nothing but a time or the clause's end follows: "X
# will leave at the end of March", "X left in January", "X will leave, the company said".
_BARE_LEAVING = frozenset({"leave", "leaves", "left"})


# A death ends an office only when the text gives the person one: "chairman X died".
_DYING = frozenset({"died", "dies"})


_LEAVING_CLOSES = regex.compile(
    r"""\s*(?:(?P<stop>[.,;]|\Z)
      | \s(?:at\s+the\s+end\s+of|effective|next|when)\b
      | \s(?:in|on)\s+(?=\p{Lu}|\d|(?:early|late|mid)\b)          # "in January", "on May 1"
      | \s this\s+(?=\p{Lu}|(?:month|week|year|spring|summer|fall|autumn|winter)\b)
    )""",
    regex.VERBOSE,
)  # not "left for Paris", "left the country", "left in a hurry"


# A "since" time closing an office: "CEO since 1978", "chairman since June 1980".
_SINCE_TIME = regex.compile(r"\s+since\s+(?:\p{Lu}\p{Ll}+\.?\s+)?\d{4}\b")


# The duties of one named or a pronoun after a cue of becoming: "assume Tran's duties".
_DUTIES_OF = regex.compile(
    r"\s+(?:(?P<owner>\p{Lu}[\p{L}\-]*)['’]s?|his|her|the)\s+(?:duties|responsibilities)\b"
)


# A choice whose infinitive is "to head": "named to head", "picked X to head".
_CHOSEN_TO = regex.compile(
    r"""\b(?:named|appointed|elected|chosen|chose|picked|selected|tapped|designated|hired
    |nominated)\b[^.;]{0,80}?\bto\s+\Z""",
    regex.VERBOSE,
)


# A dismissal's object as a title, then the name after a comma: "sacked its chief financial
# officer, Jane Doe", "parted ways with the club's manager, John Doe".
_TITLE_THEN_NAME = regex.compile(
    r"\s+(?:its|their|the|his|her)\s+(?P<title>(?:\p{L}[\p{L}'’\-]*\s+){0,5}?\p{Ll}+),\s+"
)


# What follows a dismissal's verb in a passive with its auxiliary left out ("X fired as
# coach", "X ousted from the board", "X sacked by the club").
_PASSIVE_TAIL = regex.compile(r"\s+(?:as|from|by)\b", regex.IGNORECASE)


# Cues that are also the first noun of a title ("head coach", "head trader"): before a title's
# head noun they open the title, no verb of becoming.
_TITLE_OPENING_CUES = frozenset({"head"})


# The word right after a cue.
_NEXT_WORD = regex.compile(r"\s+(?P<word>\p{Ll}+)\b")


_HEAD_MODALS = frozenset({"will", "would", "to", "shall", "may", "might", "could", "should"})


# What a verb "head" heads: "the agency", "its Bolt unit", "a new company".
_HEADS_A_UNIT = regex.compile(r"\s+(?:(?:the|its|a|an|their|his|her)\s+|(?=\p{Lu}))")


# An office given as a verb: "named to head the new unit", "chosen to lead the bank".
_TO_HEAD = regex.compile(r"\s+to\s+(?:head|lead|run)\s+(?:the|its|a)\b")


# The one succeeded, after an object: "named X as his successor", "as Brown's successor".
_AS_SUCCESSOR = regex.compile(
    r"\s+(?:as\s+)?(?P<owner>his|her|\p{Lu}[\p{L}\-]*)(?:['’]s?)?\s+(?:\w+\s+)?successor\b"
)


# A post the text does not name yet: "named X to a new post", "to the new position".
_NEW_POST = regex.compile(
    r"\s+to\s+(?:a\s+|the\s+|its\s+)?(?:new|senior|top)\s+(?:post|position|job)\b", regex.I
)


# "and" between two offices of one person: "president of X and (also) chairman of Y".
_AND_ANOTHER = regex.compile(r",?\s+and\s+(?:also\s+)?(?:as\s+)?(?=\p{Ll})")


# A separator in a list whose members have apposed titles: "; ", ", and ", ", ". Searched
# backwards from the end it is anchored at: a forward search tried it at every position, in
# quadratic time on a long run of spaces (the same matches either way).
_LISTED_BEFORE = regex.compile(r"(?r)(?:[,;]\s+and|[,;]|\s+and)\s+\Z")


# Words that do not stand inside a title apposed to a list's member.
_LIST_BREAK = regex.compile(r"[;:()\"]|\b(?:said|says|who|which|that)\b")


_JOINED_BEFORE = regex.compile(r"(?:,?\s+and|,)\s+\Z")


# The forms of "be" that make a cue passive ("is succeeded by"), and the agent's "by".
# A passive and "to" right before a succession's cue: "was hired to ", "has been named to ".
_PASSIVE_TO_AT_END = regex.compile(
    rf"\b(?:was|were|been)\s+(?P<participle>{PASSIVE_PARTICIPLE})\s+to\s+\Z"
)


_BY = regex.compile(r"\bby\s+")


# The body a person takes charge of: "take charge of the team", "took charge of its board".
_CHARGE_OF = regex.compile(
    r"\s+of\s+(?:the|its|their|his|her)\s+(?:team|club|side|squad|company|firm|group|bank"
    r"|party|government|ministry|department|agency|board|company's\s+\w+)\b",
    regex.IGNORECASE,
)


# A dateline opening a sentence, up to its dash: "MANCHESTER, Nov 18 - ".
_DATELINE = regex.compile(r"\p{Lu}[^.;:]{0,60}?\s[-–—]+\s+")


# A cue of a move from one office to another: the start of the new one, the end of the old.
_MOVES = frozenset({"moved to"})

# A reshuffle's active verbs of moving: "moving Foreign Minister X to the finance ministry".
# They move a person only to an office ("moves Smith to London" is none); the title before the
# name is the post left.
_ACTIVE_MOVES = frozenset({"moving", "moves"})


# An apposition tying a person to an organisation by a noun and "of": "X, the co-founder of
# data startup Orbit Systems,", "X, a partner of Acme Capital,"; the name closes it.
_APPOSED_OF_ORG = regex.compile(
    r",\s+(?:the\s+|a\s+|an\s+)?(?:[\p{Ll}\-]+\s+){1,3}of\s+"
    r"(?:(?:[\p{Ll}\-]+\s+){0,2}(?P<kind>[\p{Ll}\-]+)\s+)?"
    r"(?P<org>\p{Lu}[\w&.'’\-]*(?:\s+\p{Lu}[\w&.'’\-]*){0,3})\s*,"
)

# The nouns that say the name after them is an organisation's, even one the mentions stage
# took for a person's: "of cloud software startup Nimbus Labs" (data).
_ORG_NOUNS = frozenset(row[0] for row in data_rows("stoltlib_offices", "organization_nouns.tsv"))


# A cue that ends in the person's own office: "will stay in her role", "remained in his post".
_OWN_ROLE_AT_END = regex.compile(r"\b(?:his|her|their)\s+(?:role|post|job|position)\Z", regex.I)


# A demand right before a noun of change, a few words of its noun phrase between: "called for
# his dismissal", "demanded the resignation of", "urged Smith's removal". What is asked for is
# no change made: at most a possible one.
_DEMANDED_BEFORE = regex.compile(
    r"""\b(?:
        (?:call|press|push|clamou?r)(?:s|ed|ing)?\s+for     # "called for", "pressed for"
        | demand(?:s|ed|ing)? | urg(?:e|es|ed|ing)         # "demanded", "urged"
        | seek(?:s|ing)? | sought                           # "sought his removal"
    )(?:\s+[\w'’\-]+){0,3}\s+\Z""",
    regex.IGNORECASE | regex.VERBOSE,
)


# The words that give a noun of change its modality, said of it later in its sentence.
_NOMINAL_MODALITY_WORDS = (
    ("negated", frozenset({"not", "never", "n't", "denied", "ruled"})),
    ("possible", frozenset({"may", "might", "could", "would", "possible", "possibly", "if"})),
    ("expected", frozenset({"expected", "likely", "imminent", "appeared", "seemed"})),
    ("planned", frozenset({"will", "effective", "scheduled", "planned"})),
)


# "and" and a finite verb or auxiliary: a second predicate of the clause's subject.
_AND_PREDICATE = regex.compile(
    r",?\s+and\s+(?:(?:he|she|it|they)\s+)?"
    r"(?:will|would|is|was|are|were|has|had|may|might|could|can|did|does)\b",
    regex.IGNORECASE,
)


# A verb phrase right after the sentence's opening person, up to a bare "and" before a cue:
# "X sold his stake and" (a lower-case verb first, no comma, clause word or quote in it).
_FIRST_PREDICATE = regex.compile(
    r"\s+(?!(?:and|or|of|who|whose|which|that|said|says)\b)\p{Ll}+\b[^,;:\"“”()]{0,80}\Z"
)

# A capitalised word right after a cue: "resigned William Casey" is an adjective's noun.
_NAME_NEXT = regex.compile(r"\s+(?:the\s+)?\p{Lu}")


# "is" or "are" right before a cue in -ing: "X, who is retiring", "X is leaving the post of".
_PROGRESSIVE = regex.compile(r"\b(?:is|are)\s+\w+ing\b(?:\s+(?:down|out|over))?\s*\Z", regex.I)


# A relative clause opening after a comma: "X, whose experience ...", "Y, who ...".
_RELATIVE_INSIDE = regex.compile(r",\s*(?:who|whom|whose|which)\b", regex.IGNORECASE)


# The nouns of a death, which ends the office a title before the dead person's name gives.
_DEATH_NOUNS = frozenset({"death"})


# Finite auxiliaries, which give a verb after "and" a tense of its own.
_FINITE = frozenset(
    {"is", "are", "was", "were", "has", "have", "had", "will", "would", "shall", "may", "might"}
    | {"could", "should", "can", "must", "does", "did", "do"}
)


# Participles that attach to the clause before them: "X was elected president, succeeding Y".
_PARTICIPLES = frozenset({"succeeding", "replacing", "succession to"})  # "in succession to"


class _Context(_Tenures):
    """The text and what is known of it, for the frame rules of one document."""

    def read_cue(
        self, cue: Cue, span: tuple[int, int], sentence: tuple[int, int], earlier: list[_Draft]
    ) -> list[_Draft]:
        """The drafts one cue gives, by its frame (none when its roles are not found)."""
        drafts = self._read_frame(cue, span, sentence, earlier)
        for draft in drafts:
            self._add_apposed_organization(draft)
        return drafts

    def _add_apposed_organization(self, draft: _Draft) -> None:
        """Give a company office with no organisation the one an apposition names.

        "X, the co-founder of data startup Orbit Systems, said she would step down as chief
        executive": the organisation the apposition ties X to is the office's.
        """
        office = draft.office
        if office is None or not office.position or office.organization is not None:
            return
        if self.lexicons.kinds.get(office.position) == "political":
            return
        for person in self.people:
            if person.name != draft.person.name or not (
                draft.sentence[0] <= person.start < draft.cue[0]
            ):
                continue
            apposed = _APPOSED_OF_ORG.match(self.flat, person.end, draft.cue[0])
            if apposed is not None and (
                apposed.start("org") not in self.person_starts or apposed["kind"] in _ORG_NOUNS
            ):
                # Not a person's name: "X, the husband of Mary Smith, resigned as chairman".
                draft.office = attrs.evolve(office, organization=apposed.group("org"))
                return

    def _read_frame(
        self, cue: Cue, span: tuple[int, int], sentence: tuple[int, int], earlier: list[_Draft]
    ) -> list[_Draft]:
        """The drafts one cue's frame gives."""
        frame = cue.frame
        if frame == "active":
            return self._active(cue, span, sentence)
        if frame == "become" and self._opens_title(span):
            return []  # "was named head coach": the noun opening a title, not the verb
        if frame == "dismiss":
            dismissed = self._dismissed(cue, span, sentence)
            if dismissed is not None:
                return dismissed
            if self._dismisser_before(span, sentence):
                return []  # "the aide Reagan fired in November": the subject dismissed him
            frame = "leave"  # "John Doe was fired as president": the subject leaves
        named = self._object_at(span[1], sentence) if frame == "passive" else None
        if named is not None and self.flat[named.end : named.end + 2] not in ("'s", "’s"):
            # "it named John Doe president": a past tense, not a participle ("was named"); a
            # possessive after it is no object ("was named Brown's successor").
            return self._active(cue, span, sentence)
        if frame == "passive" and (
            COUNTED_OFFICES.match(self.flat, span[1], sentence[1])
            or BOARD_OF_PEOPLE.match(self.flat, span[1], sentence[1])
        ):
            # "it elected three directors", "elected a new board consisting of A, B and C"
            return self._listed_later(cue, span, sentence)
        if frame == "extend":
            return self._extend(cue, span, sentence)
        if frame == "succeed":
            return self._succeed(cue, span, sentence, earlier)
        if frame == "nominal":
            return self._nominal(cue, span, sentence)
        if frame == "candidate":
            return self._candidates(cue, span, sentence)
        # The office after the verb does not depend on the subject: read it first, since a hold
        # gives an event only with an office after its verb (or a plural one, "remain
        # directors"), and most hold cues ("was", "is", "kept") stand in prose naming none, where
        # looking for the subject cost most of the plugin's time.
        office = (
            None
            if _OWN_ROLE_AT_END.search(self.flat, span[0], span[1])
            else self._office_after_cue(span, sentence)
        )  # "will stay in her role, a spokesman said": the cue names the office, as hers
        if frame == "hold" and office is None and self._plural_office(span[1], sentence) is None:
            return []
        # A hold's or a becoming's verb is never the adjective a bare "and resigned" may be
        # ("the ailing and resigned X"): "resigned as director and become an adviser".
        subject = self._subject(span[0], sentence) or self._shared_subject(
            span, sentence, earlier, finite=frame in ("hold", "become")
        )
        with_others = False
        if subject is None and frame == "leave":
            subject = self._subject_with_others(span[0], sentence)
            with_others = subject is not None
        if subject is None and frame in ("leave", "become"):
            subject = self._owner_of_intent(span[0], sentence)
        bare = False
        if subject is None and frame in ("leave", "become", "hold", "passive"):
            subject = self._bare_surname(span[0], sentence)
            bare = subject is not None
        if subject is None:
            if frame == "become" and self._passive_before(span[0], sentence):
                return self._taken_by(cue, span, sentence, earlier)
            return self._inverted(cue, span, sentence) if frame == "passive" else []
        person, modality = subject
        modality = self._clause_modality(person, span, sentence, modality)
        if (
            modality == "asserted"
            and frame != "hold"  # "is serving his third term": a tenure now, no plan
            and _PROGRESSIVE.search(self.flat, sentence[0], span[1])
        ):
            modality = "planned"  # "X, who is retiring": the present progressive of a plan
        if office is None and frame == "passive":
            # "was nominated by President Reagan as a judge": the office after the agent.
            agent = AGENT_BEFORE_OFFICE.match(self.flat, span[1], sentence[1])
            if agent is not None:
                office = self._office_after(agent.end(), sentence)
        if office is None and frame == "leave":
            office, told = self._departure_office(person, span, sentence)
            if not told:
                return []
        if bare and (office is None or self.lexicons.position(office.position) is None):
            return []  # a capitalised word alone is a person only with a known office after
        if frame == "helm":
            return self._helm(cue, person, modality, span, sentence)
        people = [person, *self._conjoined_before(person, sentence)]
        if office is None and len(people) > 1:
            office = self._plural_office(span[1], sentence)  # "A and B were elected directors"
        if frame == "leave" and office is None:
            # "its chairman, John Smith, will retire", "chairman X and treasurer Y resigned":
            # the office each left is the title before their name.
            drafts = [
                _Draft(cue.type, one, span, sentence,
                       self._title_before(one, sentence) or self._apposed_office(one, span),
                       modality=modality)
                for one in people
            ]  # fmt: skip
            if with_others and drafts[0].office is None:
                return []  # "X and his wife will retire to Florida": no office is left
            return drafts
        if office is None and frame == "become":
            office, told = self._becoming_office(span, sentence, earlier)
            if not told:
                return []
            if (office is None or not office.position) and _WHO_CLAUSE.match(
                self.flat, person.end, span[0]
            ):
                # "Mayor X, who took office in January,": the title before the name is the
                # office the relative clause's person took.
                office = self._title_before(person, sentence) or office
        successor = _AS_SUCCESSOR.match(self.flat, span[1], sentence[1]) if not office else None
        if frame == "passive" and successor is not None:
            # "John Smith was named as his successor": a start after the one the owner is.
            owner = self._person_ending(successor.end("owner"), sentence)
            if owner is None or owner.name == person.name:
                return []
            return [_Draft(cue.type, person, span, sentence, None, owner, modality)]
        if frame == "passive" and office is None and _TO_HEAD.match(self.flat, span[1]):
            # "named to head the new unit": a start, the office the unit's head.
            office = _Office("", self._story_organization(sentence), span[1])
        if frame in ("passive", "become", "hold") and office is None:
            # "a company named X", "has been a critic": no office, no event; but a passive
            # closed by its time or its clause is one whose office the story gave before
            # ("Volcker, first appointed in 1979,").
            closed = frame == "passive" and _CLAUSE_GOES_ON.match(self.flat, span[1]) is not None
            if not closed:
                return []
        past = frame == "hold" and _PAST_TENURE.search(self.flat, sentence[0], span[1]) is not None
        if frame == "hold" and office is not None and _NEW_OFFICE.match(self.flat, span[1]):
            cue = attrs.evolve(cue, type="office.start")  # "X is the new defence minister"
        offices = [(office, span), *self._second_office(office, sentence)]
        drafts = [
            _Draft(cue.type, one, where, sentence, each, modality=modality, past=past,
                   also=each.position if each is not office and each is not None else None)
            for each, where in offices
            for one in people
        ]  # fmt: skip
        if frame in ("passive", "become") and office is not None:
            drafts.extend(self._gapped(cue, span, sentence, office, modality))
        if office is not None and self.flat[span[0] : span[1]].casefold() in _MOVES:
            # "Defence Minister X was moved to the foreign ministry": X leaves the title's.
            drafts.extend(
                _Draft("office.end", one, span, sentence, titled, modality=modality)
                for one in people
                if (titled := self._title_before(one, sentence)) is not None
                and titled.position != office.position
            )
        return drafts

    def _opens_title(self, span: tuple[int, int]) -> bool:
        """Whether a cue that is also a title's first noun opens a title: "head coach"."""
        pattern = self.lexicons.unknown_title_pattern
        cue = self.flat[span[0] : span[1]].casefold()
        following = _NEXT_WORD.match(self.flat, span[1])
        if pattern is None or cue not in _TITLE_OPENING_CUES or following is None:
            return False
        return pattern.fullmatch(f"{cue} {following.group('word')}") is not None

    def _dismisser_before(self, span: tuple[int, int], sentence: tuple[int, int]) -> bool:
        """Whether a dismissal's verb, no object after it, is active: its subject right before.

        "the aide President Reagan fired November 25": Reagan fired someone the clause names
        before; "X was fired", "X, fired last week," and "X fired as coach" (a headline's
        passive) leave X's office.
        """
        index = bisect.bisect_right(self.person_ends, span[0]) - 1
        if index < 0 or self.people[index].end < sentence[0]:
            return False
        if self.flat[self.people[index].end : span[0]].strip():
            return False
        return _PASSIVE_TAIL.match(self.flat, span[1], sentence[1]) is None

    def _dismissed(
        self, cue: Cue, span: tuple[int, int], sentence: tuple[int, int]
    ) -> list[_Draft] | None:
        """The person an active dismissal names after its verb, None when none follows.

        "the club sacked manager John Doe on Monday", "Olin fired John Doe as president":
        the subject is the one dismissing, the person after the verb the one who leaves, the
        office after "as", else the title before the name.
        """
        apposed = _TITLE_THEN_NAME.match(self.flat, span[1], sentence[1])
        if apposed is not None and (person := self._person_at(apposed.end(), sentence)):
            # "parted ways with its chief scientific officer, Jane Doe": the title first.
            office = self._office_after(apposed.start("title"), sentence)
            modality = self._modality_before(span[0], sentence)
            return [_Draft(cue.type, person, span, sentence, office, modality=modality)]
        person = self._object_at(span[1], sentence)
        if person is None or self.flat[person.end : person.end + 2] in ("'s", "’s"):
            return None
        after = self._past_apposition(person.end, sentence)
        office = self._office_after(after, sentence) or self._title_before(person, sentence)
        if office is not None and office.organization is None:
            # "Riverside United fired head coach X": the one dismissing is the organisation,
            # though no mention names it.
            firer = self._named_subject(span[0], sentence)
            office = attrs.evolve(office, organization=firer) if firer else office
        modality = self._modality_before(span[0], sentence)
        return [_Draft(cue.type, person, span, sentence, office, modality=modality)]

    def _named_subject(self, cue_start: int, sentence: tuple[int, int]) -> str | None:
        """A capitalised name that is all of a cue's subject and no person's, if one is."""
        subject = self.flat[sentence[0] : self._auxiliaries_start(cue_start, sentence)].strip()
        dateline = _DATELINE.match(subject)
        subject = subject[dateline.end() :] if dateline is not None else subject
        match = ORG_NAME.fullmatch(subject)
        if match is None or subject.split()[0].casefold() in _GRAMMAR_WORDS:
            return None  # "He fired", "The club fired": no name
        if any(sentence[0] <= p.start < cue_start for p in self.people):
            return None
        return subject

    def _clause_modality(
        self, person: _Person, span: tuple[int, int], sentence: tuple[int, int], modality: str
    ) -> str:
        """The modality the clause around the subject gives, where its words give none.

        "if Volcker left this August": possible; "in April, when Tom Brown retires": a
        present tense in a clause of time is planned.
        """
        if modality in ("asserted", "planned") and _IF_BEFORE.search(
            self.flat, sentence[0], person.start
        ):
            return "possible"  # "asked whether he would step down": a hypothesis, no plan
        if modality == "planned" and self._conditional_would(person, span, sentence):
            return "possible"  # "he would resign if the figures were wrong"
        if modality != "asserted":
            return modality
        verb = self.flat[span[0] : span[1]].split()[0].casefold()
        if verb.endswith("s") and _WHEN_BEFORE.search(self.flat, sentence[0], person.start):
            return "planned"
        return modality

    def _conditional_would(
        self, person: _Person, span: tuple[int, int], sentence: tuple[int, int]
    ) -> bool:
        """Whether "would" before the cue is a condition's, "if" or "unless" after it.

        "said he would resign if the figures were wrong" is a hypothesis; "said he would
        resign in June" a plan.
        """
        words = self.flat[person.end : span[0]].casefold().split()
        return "would" in words and _IF_AFTER.match(self.flat, span[1], sentence[1]) is not None

    def _departure_office(
        self, person: _Person, span: tuple[int, int], sentence: tuple[int, int]
    ) -> tuple[_Office | None, bool]:
        """The office a departure whose cue names none leaves, and whether it is one at all.

        "left the board": the cue names it; "X died" is an end only for a person whose office
        the text gives ("chairman X died"); "leave" alone only before a time, or before the
        clause's end for a person with an office ("will leave at the end of March"; not
        "left the country", "Ailes left.").
        """
        written = self.flat[span[0] : span[1]]
        named = self.lexicons.position(written.rsplit(None, 1)[-1])
        if named and span[1] - span[0] > len(named):
            return _Office(named, self._story_organization(sentence), span[1]), True
        folded = written.casefold()
        if folded not in _DYING and folded not in _BARE_LEAVING:
            return None, True
        titled = self._title_before(person, sentence) or self._apposed_office(person, span)
        if folded in _DYING:
            return None, titled is not None
        closes = _LEAVING_CLOSES.match(self.flat, span[1], sentence[1])
        if closes is None:
            return None, False
        return None, closes.group("stop") is None or titled is not None

    def _becoming_office(
        self, span: tuple[int, int], sentence: tuple[int, int], earlier: list[_Draft]
    ) -> tuple[_Office | None, bool]:
        """The office a becoming whose cue names none takes, and whether it is one at all.

        "Chairman X will assume Tran's duties": the office the owner left in the sentence;
        "X will take over in April": a start at a time; "X will head its Bolt unit": "head" a
        verb only after "will" or "to" and before a unit ("X, head of Y," is a noun; "named to
        head" is the choice's event; "Head Start" a name).
        """
        written = self.flat[span[0] : span[1]]
        duties = _DUTIES_OF.match(self.flat, span[1], sentence[1])
        if duties is not None:
            owner = duties.group("owner")
            left = next(
                (d for d in reversed(earlier) if d.type == "office.end"
                 and (owner is None or d.person.name.split()[-1] == owner)),
                None,
            )  # fmt: skip
            if left is not None and left.office:
                return left.office, True
            return _Office("", None, span[1]), True
        if written.casefold().endswith(" office"):
            # "X will take office on March 1", "X took office.": the start of the office the
            # story names elsewhere.
            if _LEAVING_CLOSES.match(self.flat, span[1], sentence[1]) is not None:
                return _Office("", None, span[1]), True
            return None, True
        if written.casefold().endswith(" charge"):
            # "X will take charge of the team": the start of the office of the one in charge
            # of a body, the story's (not "took charge of the inquiry").
            if _CHARGE_OF.match(self.flat, span[1], sentence[1]) is None:
                return None, False
            return _Office("", self._story_organization(sentence), span[1]), True
        if written.casefold().endswith(" over"):
            closes = _LEAVING_CLOSES.match(self.flat, span[1], sentence[1])
            if closes is not None and closes.group("stop") is None:
                return _Office("", None, span[1]), True
            return None, True
        if written.casefold() != "head":
            return None, True
        if _CHOSEN_TO.search(self.flat, max(sentence[0], span[0] - REACH), span[0]):
            return None, False
        aux = self.flat[self._auxiliaries_start(span[0], sentence) : span[0]].split()
        if (
            written == "head"
            and _HEAD_MODALS.intersection(aux)
            and _HEADS_A_UNIT.match(self.flat, span[1], sentence[1])
        ):
            return _Office("", self._story_organization(sentence), span[1]), True
        return None, False

    def _gapped(
        self,
        cue: Cue,
        span: tuple[int, int],
        sentence: tuple[int, int],
        office: _Office,
        modality: str,
    ) -> list[_Draft]:
        """Others the clause's verb is left out for: "X will become chairman and Y president".

        Each "and" (or comma) then a name then an office right after it is one more person
        given the event, as "appointed X as chairman and Y as president" is in the active.
        """
        drafts: list[_Draft] = []
        end = office.end
        while (joined := _AND_LATER.match(self.flat, end, sentence[1])) is not None:
            other = self._person_at(joined.end(), sentence)
            if other is None:
                break
            lead = self.flat[other.end : other.end + 2]
            if lead[:1] != " " or not lead[1:2].islower():
                break  # "and Y, who ..." or "and Y said": no office right after the name
            gapped = self._office_after(other.end, sentence)
            if gapped is None:
                break
            drafts.append(_Draft(cue.type, other, span, sentence, gapped, modality=modality))
            end = gapped.end
        return drafts

    def _second_office(
        self, office: _Office | None, sentence: tuple[int, int]
    ) -> list[tuple[_Office, tuple[int, int]]]:
        """A second office joined to the first by "and", with the span of the "and".

        "elected president of the telegraph company and executive vice president of the
        corporation", "has served as CEO since 1978 and chairman since 1980": two offices,
        each closed by its organisation or its time, two events (the second dated from its
        "and" on). Conjoined titles ("chairman and chief executive of Y") are one office.
        """
        if office is None or not office.position:
            return []
        owner = self._office_tail(office.end, sentence)
        if owner is None:
            return []
        joined = _AND_ANOTHER.match(self.flat, owner.end(), sentence[1])
        if joined is None:
            return []
        second = self._office_after(joined.end(), sentence)
        if second is None or second.position == office.position:
            return []
        if self._office_tail(second.end, sentence) is None:
            return []  # "president of Acme and chief executive": one run of titles
        return [(second, joined.span())]

    def _office_tail(self, end: int, sentence: tuple[int, int]) -> regex.Match[str] | None:
        """What closes an office of its own: its organisation ("of Y") or a "since" time."""
        return (
            AFTER_OFFICE_ORG.match(self.flat, end, sentence[1])
            or GENERIC_ORG.match(self.flat, end, sentence[1])
            or _SINCE_TIME.match(self.flat, end, sentence[1])
        )

    def _shared_subject(
        self,
        span: tuple[int, int],
        sentence: tuple[int, int],
        earlier: list[_Draft],
        *,
        finite: bool = False,
    ) -> tuple[_Person, str] | None:
        """The subject of the clause before "and", for a verb that has none of its own.

        "X stepped down as chairman and was replaced by Y", "X will retire in March and will
        be succeeded by Y": the person of the sentence's last event before the "and".
        """
        words_start = self._auxiliaries_start(span[0], sentence)
        words = self.flat[words_start : span[0]].split()
        if self.flat[sentence[0] : words_start].rstrip().endswith(" but"):
            # "but" is no auxiliary: the run of auxiliaries starts after it.
            words_start = self.flat.rindex("but", sentence[0], words_start)
            words = ["and", *words]
        # "and" or "but" then an auxiliary, or a cue that is a finite verb itself ("but remains
        # a director"): a verb of its own ("and was replaced"), not an adjective ("the ailing
        # and resigned X").
        # "X will leave his post in January to become governor": a purpose after a departure.
        purpose = words == ["to"] and any(d.type == "office.end" for d in earlier[-1:])
        if words[:1] == ["and"] and len(words) >= 2:
            opening = self._opening_subject(words_start, sentence)
            if opening is not None and not any(d.cue[1] <= words_start for d in earlier):
                # "X joined Acme in 2019 and was promoted to president": no event before the
                # "and", the sentence's subject is the verb's.
                return opening, self._modality(" ".join(words[1:]))
        if words == ["and"] and not any(d.cue[1] <= words_start for d in earlier):
            bare = self._bare_and_subject(span, words_start, sentence)
            if bare is not None:
                return bare, "asserted"
        if not earlier or (words[:1] != ["and"] and not purpose):
            return None
        if not purpose and len(words) < 2 and not finite:
            return None
        before = [d for d in earlier if d.cue[1] <= words_start]
        if not before:
            return None
        last = before[-1]
        reached = max(last.cue[1], last.office.end if last.office else 0)
        if len(self.flat[reached:words_start].split()) > SHARED_SUBJECT_GAP:
            return None  # the clause before "and" is another's
        modality = self._modality(" ".join(words[1:]))
        if modality == "asserted" and _FINITE.isdisjoint(w.casefold() for w in words[1:]):
            modality = last.modality  # "will step down and be succeeded by Y": the "will"'s
        return last.person, modality

    def _bare_and_subject(
        self, span: tuple[int, int], and_start: int, sentence: tuple[int, int]
    ) -> _Person | None:
        """The sentence's opening person, for a cue after a bare "and" that ends a verb phrase.

        "X sold his stake and resigned as chairman": X did both; "the ailing and resigned
        William Casey" is an adjective, a name right after it, and "X, who ..." no verb phrase.
        """
        if _NAME_NEXT.match(self.flat, span[1], sentence[1]):
            return None
        opening = self._person_at(sentence[0], sentence)
        if opening is None:
            return None
        # Only the people starting between the name and the "and" (found by bisection).
        first = bisect.bisect_right(self.person_starts, opening.end)
        last = bisect.bisect_left(self.person_starts, and_start)
        if any(p.name != opening.name for p in self.people[first:last]):
            return None  # another person in the verb phrase may be the "and"'s subject
        predicate = _FIRST_PREDICATE.match(self.flat, opening.end, and_start)
        return opening if predicate is not None else None

    def _opening_subject(self, before: int, sentence: tuple[int, int]) -> _Person | None:
        """The person opening the sentence, the only one named up to ``before``, if near."""
        person = self._person_at(sentence[0], sentence)
        if person is None or any(person.end < p.start < before for p in self.people):
            return None
        if len(self.flat[person.end : before].split()) > MAX_RELATIVE_WORDS:
            return None  # too far for one clause before the "and"
        return person

    def _title_before(self, person: _Person, sentence: tuple[int, int]) -> _Office | None:
        """The office a title right before a person names: "its chairman, X," "president X"."""
        pattern = self.lexicons.position_pattern
        head = self.flat[sentence[0] : person.start].rstrip().rstrip(",").rstrip()
        if pattern is None or not head:
            return None
        end = sentence[0] + len(head)
        titles = list(pattern.finditer(self.flat, max(sentence[0], end - MAX_TITLE_CHARS), end))
        if not titles or titles[-1].end() != end:
            return None
        name = self.lexicons.position(titles[-1].group())
        if name is None:
            return None
        # The capitalised words right before the title name its organisation ("White House
        # chief of staff X"), but for a marker or a word that opens sentences ("Former").
        words = self.flat[max(sentence[0], titles[-1].start() - 40) : titles[-1].start()].split()
        named: list[str] = []
        for word in reversed(words[-MAX_ORG_PREFIX_WORDS:]):
            if not word[:1].isupper() or word in _SENTENCE_OPENERS or _TENURE_MARKER.match(word):
                break
            named.insert(0, word)
        # A rank among them is the position's: "Deputy Mayor X" (see ``roles``).
        name, organization = _title_parts(" ".join(named), name, self.lexicons)
        if organization is None and self.lexicons.kinds.get(name) != "political":
            organization = self._story_organization(sentence)
        return _Office(name, organization, person.end)

    def _apposed_office(self, person: _Person, span: tuple[int, int]) -> _Office | None:
        """The office an apposition between a person and the cue names.

        "X, its president since 1982, resigned": X left the presidency.
        """
        comma = APPOSED_OFFICE.match(self.flat, person.end, span[0])
        if comma is None:
            return None
        office = self._office_after(comma.end(), (comma.end(), span[0]))
        return office if office is not None and office.end < span[0] else None

    def _object_at(self, start: int, sentence: tuple[int, int]) -> _Person | None:
        """The person a cue names after it, a title or a time between allowed.

        "named John Doe", "named former treasurer John Doe", "will elect in April John Doe".
        """
        person = self._person_at(start, sentence) or self._titled_person(start, sentence)
        if person is None:
            inserted = INSERTED_TIME.match(self.flat, start, sentence[1])
            if inserted is not None:
                person = self._person_at(inserted.end(), sentence)
        return person

    def _conjoined_before(self, person: _Person, sentence: tuple[int, int]) -> list[_Person]:
        """The persons listed with a subject before it: "chairman X and treasurer Y resigned".

        Each stands before the next with "and" or a comma between, a title before it allowed.
        """
        found: list[_Person] = []
        start = self._untitled_start(person.start, sentence)
        for _ in range(MAX_LISTED):
            joined = _JOINED_BEFORE.search(self.flat, sentence[0], start)
            other = self._person_ending(joined.start(), sentence) if joined else None
            if other is None:
                # "A, president; B, executive vice president, and C, treasurer, resigned": a
                # list of names each with its title apposed.
                other = self._apposed_member(start, sentence)
            if other is None or other.name == person.name:
                break
            found.append(other)
            start = self._untitled_start(other.start, sentence)
        return found

    def _apposed_member(self, start: int, sentence: tuple[int, int]) -> _Person | None:
        """The name before ``start`` in a list whose members have titles apposed.

        The separator before ``start`` (a comma or semicolon, "and"), a title of at most
        MAX_TITLE_WORDS words, its comma, and the name before it.
        """
        pattern = self.lexicons.position_pattern
        joined = _LISTED_BEFORE.search(self.flat, sentence[0], start)
        if pattern is None or joined is None:
            return None
        comma = self.flat.rfind(",", sentence[0], joined.start())
        title = self.flat[comma + 1 : joined.start()]
        if comma < 0 or not 0 < len(title.split()) <= MAX_TITLE_WORDS:
            return None
        if pattern.search(title) is None or _LIST_BREAK.search(title):
            return None  # no title, or no single one: "said on Monday that"
        return self._person_ending(comma, sentence)

    def _untitled_start(self, start: int, sentence: tuple[int, int]) -> int:
        """Where a name's title before it starts ("chief executive officer X"), else the name's."""
        pattern = self.lexicons.position_pattern
        head = self.flat[sentence[0] : start].rstrip()
        if pattern is None or not head:
            return start
        titles = list(pattern.finditer(self.flat, max(sentence[0], start - MAX_TITLE_CHARS), start))
        if titles and sentence[0] + len(head) == titles[-1].end():
            return titles[-1].start()
        return start

    def _active(self, cue: Cue, span: tuple[int, int], sentence: tuple[int, int]) -> list[_Draft]:
        """The active frame: "Olin named John Doe president", "elected Jane Doe chairman"."""
        person = self._object_at(span[1], sentence)
        if person is None:
            return self._listed_later(cue, span, sentence)
        after = self._past_apposition(person.end, sentence)
        office = self._office_after(after, sentence)
        if office is None and _NEW_POST.match(self.flat, person.end, sentence[1]):
            # "NAMES ROSENFELD TO NEW POST": a start whose office the story gives later.
            office = _Office("", self._story_organization(sentence), person.end)
        # "named X, currently president, as her successor": past the office X holds now.
        successor = _AS_SUCCESSOR.match(self.flat, after, sentence[1]) if not office else None
        if successor is not None:
            # "named John Smith as his successor": a start after the one the owner is.
            owner = self._person_ending(successor.end("owner"), sentence)
            if owner is None or owner.name == person.name:
                return []
            modality = self._modality_before(span[0], sentence)
            return [_Draft(cue.type, person, span, sentence, None, owner, modality)]
        moving = self.flat[span[0] : span[1]].casefold() in _ACTIVE_MOVES
        if office is None:
            return [] if moving else self._objects_sharing(cue, span, sentence, person)
        if office.organization is None and _ITS.search(self.flat, person.end, office.end):
            # "Acme named X as its chief executive": "its" is the subject's.
            subject = _SUBJECT_NAME.search(self.flat, sentence[0], span[0])
            if subject is not None and not _overlaps(
                [(p.start, p.end) for p in self.people], *subject.span("org")
            ):
                office = attrs.evolve(office, organization=subject.group("org"))
        modality = self._modality_before(span[0], sentence)
        drafts = [_Draft(cue.type, person, span, sentence, office, modality=modality)]
        left = self._title_before(person, (span[1], sentence[1])) if moving else None
        if left is not None and left.position != office.position:
            # "moving Foreign Minister X to the finance ministry": X leaves the title's post.
            drafts.append(_Draft("office.end", person, span, sentence, left, modality=modality))
        drafts.extend(
            _Draft(cue.type, person, where, sentence, second, modality=modality,
                   also=second.position)
            for second, where in self._second_office(office, sentence)
        )  # fmt: skip
        # "appointed X as chairman and Y as president": each person named gets the event.
        while (joined := _AND_LATER.match(self.flat, office.end, sentence[1])) is not None:
            other = self._person_at(joined.end(), sentence)
            if other is None:
                break
            office = self._office_after(other.end, sentence)
            if office is None:
                break
            drafts.append(_Draft(cue.type, other, span, sentence, office, modality=modality))
        return drafts

    def _objects_sharing(
        self, cue: Cue, span: tuple[int, int], sentence: tuple[int, int], first: _Person
    ) -> list[_Draft]:
        """Objects listed before the one office they share: "elected A and B to its board"."""
        people = [first]
        at = first.end
        while len(people) < MAX_LIST:
            separator = LIST_SEPARATOR.match(self.flat, at, sentence[1])
            other = self._person_at(separator.end(), sentence) if separator else None
            if other is None:
                break
            people.append(other)
            at = other.end
        office = None
        if len(people) > 1:
            office = self._office_after(at, sentence) or self._plural_office(at, sentence)
        if office is None:
            return []
        modality = self._modality_before(span[0], sentence)
        return [_Draft(cue.type, one, span, sentence, office, modality=modality) for one in people]

    def _listed_later(
        self, cue: Cue, span: tuple[int, int], sentence: tuple[int, int]
    ) -> list[_Draft]:
        """Offices given to people a list names after the count: "elected three directors.

        They are A, B and C", "named the following officers: A, president; B, treasurer".
        Each person gets the event, with the office the list gives them or the counted one.
        """
        counted = COUNTED_OFFICES.match(self.flat, span[1], sentence[1])
        if counted is None:
            # "elected a new board consisting of A, B and C": each a board member.
            board = BOARD_OF_PEOPLE.match(self.flat, span[1], sentence[1])
            position = self.lexicons.position(board.group("office")) if board else None
            if board is None or position is None:
                return []
            seat = _Office(position, self._story_organization(sentence), board.end("office"))
            modality = self._modality_before(span[0], sentence)
            return self._list_at(board.end(), cue, span, sentence, seat, modality)
        words = counted.group("office").split()
        office = self._office_after(counted.start("office"), sentence)
        if office is None or office.end < counted.end("office") - 1:
            # The plural's singular: "directors" is "director", "vice presidents" "vice
            # president"; a noun no office spells ("officers") lends each person none.
            singular = self.lexicons.position(" ".join([*words[:-1], words[-1][:-1]]))
            office = _Office(singular, self._story_organization(sentence), counted.end()) if (
                singular
            ) else None  # fmt: skip
        opened = LIST_OPENS.match(self.flat, counted.end(), counted.end() + MAX_TITLE_CHARS)
        if opened is None:
            return []
        modality = self._modality_before(span[0], sentence)
        return self._list_at(opened.end(), cue, span, sentence, office, modality)

    def _list_at(
        self,
        at: int,
        cue: Cue,
        span: tuple[int, int],
        sentence: tuple[int, int],
        office: _Office | None,
        modality: str,
    ) -> list[_Draft]:
        """A draft for each person of a list at ``at``.

        Each with the office written after the name ("A, president; B, treasurer"), else
        ``office``.
        """
        # The list may run into the sentence after the cue's ("... directors. They are A, B").
        stop = min(len(self.flat), at + REACH)
        drafts: list[_Draft] = []
        for _ in range(MAX_LIST):
            person = self._person_at(at, (at, stop))
            if person is None and drafts:
                # The item before ran on past its office: "A, chairman and the chief executive
                # of X Co, and B": the next name stands after the item's last comma.
                person = self._person_after_comma(at, stop)
            if person is None:
                break
            own = None
            at = person.end
            apposed = LIST_ITEM_OFFICE.match(self.flat, at, stop)
            if apposed is not None:
                own = self._office_after(apposed.end(), (at, stop))
                at = own.end if own is not None else at
            drafts.append(
                _Draft(cue.type, person, span, (sentence[0], at), own or office, modality=modality)
            )
            separator = LIST_SEPARATOR.match(self.flat, at, stop)
            if separator is None:
                break
            at = separator.end()
        return drafts

    def _person_after_comma(self, at: int, stop: int) -> _Person | None:
        """The person named right after the next comma (and an "and"), within a list item."""
        end = min(stop, at + MAX_TITLE_CHARS)
        comma = self.flat.find(",", at, end)
        if comma < 0 or any(mark in self.flat[at:comma] for mark in ".;:"):
            return None
        separator = LIST_SEPARATOR.match(self.flat, comma, stop)
        return self._person_at(separator.end(), (comma, stop)) if separator else None

    def _candidates(
        self, cue: Cue, span: tuple[int, int], sentence: tuple[int, int]
    ) -> list[_Draft]:
        """The persons a speculation names after its cue, each a possible start.

        "Other candidates include A, B and C", "One possibility is Secretary of State X": every
        person of the rest of the sentence, but those after a preposition ("an aide to
        X"); titles and appositions may stand between them.
        """
        drafts: list[_Draft] = []
        # The list ends where a relative clause opens: "X, whose experience under Y ...".
        relative = _RELATIVE_INSIDE.search(self.flat, span[1], sentence[1])
        stop = relative.start() if relative is not None else sentence[1]
        index = bisect.bisect_left(self.person_starts, span[1])
        while index < len(self.people) and len(drafts) < MAX_LIST:
            person = self.people[index]
            index += 1
            if person.start >= stop or person.end > stop:
                break
            before = self.flat[max(span[1], person.start - 12) : person.start].split()
            if before and before[-1].casefold() in _PREPOSITIONS | {"under", "about"}:
                continue
            written = self.flat[person.start : person.end]
            if (
                written.casefold() in _PRONOUNS
                or self.lexicons.position(written.split()[-1]) is not None  # "Secretary"
                or any(d.person.name == person.name for d in drafts)
            ):
                continue
            drafts.append(_Draft(cue.type, person, span, sentence, modality="possible"))
        return drafts

    def _taken_by(
        self, cue: Cue, span: tuple[int, int], sentence: tuple[int, int], earlier: list[_Draft]
    ) -> list[_Draft]:
        """A start whose person is the agent: "his duties will be assumed by chairman X".

        The office and the one replaced are those of the sentence's end before it ("Y
        resigned as president and his responsibilities will be assumed by X").
        """
        by = _BY.match(self.flat, span[1] + 1, sentence[1])
        ended = [d for d in earlier if d.type == "office.end"]
        if by is None or not ended:
            return []
        person = self._object_at(by.end(), sentence)
        before = ended[-1]
        if person is None or person.name == before.person.name:
            return []
        modality = self._modality_before(span[0], sentence)
        start = _Draft(cue.type, person, span, sentence, before.office, before.person, modality)
        if before.partner is None:
            start.partner, before.partner = before, start
        return [start]

    def _inverted(self, cue: Cue, span: tuple[int, int], sentence: tuple[int, int]) -> list[_Draft]:
        """A passive whose subjects follow it: "Named to the board were A, B and C"."""
        office = self._office_after(span[1], sentence)
        if office is None:
            return []
        verb = INVERTED_BE.match(self.flat, office.end, sentence[1])
        if verb is None:
            return []
        modality = self._modality_before(span[0], sentence)
        return self._list_at(verb.end(), cue, span, sentence, office, modality)

    def _succeed(
        self,
        cue: Cue,
        span: tuple[int, int],
        sentence: tuple[int, int],
        earlier: list[_Draft],
    ) -> list[_Draft]:
        """A succession, "X will succeed Y as chief executive": X starts, Y ends, linked."""
        word = self.flat[span[0] : span[1]].casefold()
        if word in ("succeeded", "replaced") and self._passive_before(span[0], sentence):
            return self._succeeded_by(cue, span, sentence, earlier)
        predecessor = self._person_at(span[1], sentence) or self._titled_person(span[1], sentence)
        if predecessor is None:
            # "succeed the ailing and resigned X", "replace the retiring X".
            described = DESCRIBED_PERSON.match(self.flat, span[1], sentence[1])
            if described is not None and not _PREPOSITIONS.intersection(
                described.group().casefold().split()
            ):
                predecessor = self._person_at(described.end(), sentence)
        if predecessor is None:
            return []
        subject = None if word in _PARTICIPLES else self._subject(span[0], sentence)
        clause: _Draft | None = None
        if subject is None:
            # A participle ("X was elected president, succeeding Y") adds the one replaced to
            # the clause's own start.
            before = [d for d in earlier if d.type in _STARTS]
            if not before:
                # "..., succeeding Y": the one replaced ends, whether or not the clause's own
                # start was read (a misspelt verb, a title alone).
                if "," in self.flat[span[1] : predecessor.start]:
                    return []  # "in succeeding years, X": no one replaced
                left = self._office_after(predecessor.end, sentence)
                # No clause's verb to take the tense of: the words before it give the modality.
                words = self._modality(self.flat[sentence[0] : span[0]])
                return [_Draft("office.end", predecessor, span, sentence, left, None, words)]
            clause = before[-1]
            person, modality = clause.person, clause.modality
            office: _Office | None = clause.office
        else:
            person, modality = subject
            office = None
            passive = _PASSIVE_TO_AT_END.search(self.flat, person.end, span[0])
            if passive is not None:
                # "X was hired to replace Y": the hiring is the start, in its own tense.
                modality = self._modality(self.flat[person.end : passive.start("participle")])
            chosen = _CHOSEN_BEFORE.search(self.flat, sentence[0], person.start)
            if chosen is not None and self.flat[sentence[0] : span[0]].rstrip().endswith(" to"):
                # "named X to replace him": the naming is the start, in its own tense.
                modality = self._modality_before(chosen.start(), sentence)
        office = self._office_after(predecessor.end, sentence) or office
        lead = self.flat[max(sentence[0], person.start - MAX_TITLE_CHARS) : person.start]
        if office is None and clause is None and not _TENURE_MARKER.search(lead):
            # "Oil Minister X, who took over from Y": the title the successor holds now (not a
            # former one: "former Prime Minister X will replace him").
            office = self._title_before(person, sentence)
        if office is None and earlier:
            # The office the sentence's earlier change is about ("X leaves the post of Y, and Z
            # will replace him"), never a tenure it states ("Pope, formerly vice president").
            office = next(
                (d.office for d in reversed(earlier) if d.office is not None and not d.past),
                None,
            )
        pronoun = self.flat[predecessor.start : predecessor.end].casefold() in _PRONOUNS
        ended = [d for d in earlier if d.type == "office.end" and d.person.name != person.name]
        if pronoun and ended and clause is None:
            # "accepted the resignation of Y and named Z to replace him": "him" is the Y whose
            # end the sentence told, not another the pronoun was taken for.
            predecessor = _Person(ended[-1].person.name, predecessor.start, predecessor.end)
            office = office or ended[-1].office
        if person.name == predecessor.name:
            return []
        end = _Draft("office.end", predecessor, span, sentence, office, None, modality,
                     borrowed=True)  # fmt: skip
        if clause is not None:
            clause.predecessor, clause.partner, end.partner = predecessor, end, clause
            return [end]  # the start is the clause's own event already
        start = _Draft(
            self._passive_type(person, span) or cue.type, person, span, sentence, office,
            predecessor, modality,
        )  # fmt: skip
        start.partner, end.partner = end, start
        return [start, end]

    def _passive_type(self, person: _Person, span: tuple[int, int]) -> str | None:
        """The type a passive cue before "to succeed" gives the start.

        "X was nominated to succeed Y" is a nomination, "X was elected to succeed Y" an
        election.
        """
        for word in self.flat[person.end : span[0]].split():
            cue = self.lexicons.cue(word.strip(","))
            if cue is not None and cue.frame == "passive":
                return cue.type
        return None

    def _nominal(self, cue: Cue, span: tuple[int, int], sentence: tuple[int, int]) -> list[_Draft]:
        """A noun of change: "Regan's departure", "the nomination of Robert Gates as director".

        The holder stands before the noun as a possessive (a name with "'s", "his", "her"; a
        few adjectives between: "the abrupt exit of", "his planned retirement") or after it,
        after "of". A withdrawn nomination is a negated one.
        """
        holder = None
        possessive = _POSSESSIVE_BEFORE.search(self.flat, sentence[0], span[0])
        if possessive is not None:
            holder = self._person_ending(possessive.start("owner_end"), sentence)
            marked = self.flat[possessive.start("owner_end") : possessive.end()].lstrip()[:1]
            if (
                holder is not None
                and marked not in ("'", "’")
                and self.flat[holder.start : holder.end].casefold() not in _PRONOUNS
                and not _WITHDRAWN.search(self.flat, sentence[0], sentence[1])
            ):
                # "the Gates nomination could be in difficulty": a name before the noun names
                # the matter talked of; its withdrawal is an event ("withdrew the Gates
                # nomination"), as "Gates's nomination" and "the nomination of Gates" are.
                holder = None
            whose = _WHOSE_AT_END.search(self.flat, sentence[0], possessive.start("owner_end"))
            if holder is None and whose is not None:
                # "Howard Baker, whose appointment as chief of staff ...": the one before "whose".
                holder = self._person_ending(whose.start(), sentence)
        after = span[1]
        of = _OF_AFTER.match(self.flat, span[1], sentence[1])
        if self.flat[span[0] : span[1]].casefold() in _DEATH_NOUNS:
            # A death ends an office only when the text says which: "the death of former
            # chairman X", not "the death of his wife".
            holder = self._titled_person(of.end(), sentence) if of is not None else None
            if holder is None:
                return []
            return [_Draft(cue.type, holder, span, sentence, modality="asserted")]
        if holder is None and of is not None:
            holder = self._person_at(of.end(), sentence) or self._titled_person(of.end(), sentence)
            after = holder.end if holder is not None else after
        if holder is None and _WITHDRAWN_FROM.search(self.flat, sentence[0], span[0]):
            # "X asked that his name be withdrawn from nomination": the one withdrawn is the
            # last person named before it.
            index = bisect.bisect_right(self.person_ends, span[0]) - 1
            if index >= 0 and self.people[index].start >= sentence[0]:
                holder = self.people[index]
        if holder is None:
            return []
        office = self._office_after(after, sentence) if _AS_AFTER.match(
            self.flat, after, sentence[1]
        ) else None  # fmt: skip
        if office is None and of is not None and holder.start > of.end():
            # "the resignation of president Tom Brown": the title before the name.
            office = self._title_before(holder, (of.end(), sentence[1]))
        if cue.type == "office.nominate" and _WITHDRAWN.search(self.flat, sentence[0], sentence[1]):
            modality = "negated"
        else:
            # A noun carries no tense: the verb the sentence says of it does ("his departure
            # would undermine ...": possible; "Regan's departure appeared imminent": expected).
            # A verb of its own after "and" is another predicate: "X's contract expires in
            # June and will not be renewed" negates the renewal, not the expiry.
            second = _AND_PREDICATE.search(self.flat, span[1], sentence[1])
            stop = second.start() if second is not None else sentence[1]
            said = " ".join(self.flat[span[1] : stop].split()[:NOMINAL_REACH])
            modality = self._modality(said, _NOMINAL_MODALITY_WORDS)
            if modality == "asserted" and _DEMANDED_BEFORE.search(self.flat, sentence[0], span[0]):
                modality = "possible"
        drafts = [_Draft(cue.type, holder, span, sentence, office, modality=modality)]
        if self.flat[span[1] - 1 : span[1]] == "s" and of is not None:
            # "the resignations of A and B": a plural noun, each holder named after "of".
            at = holder.end
            while (joined := LIST_SEPARATOR.match(self.flat, at, sentence[1])) is not None:
                other = self._person_at(joined.end(), sentence)
                if other is None:
                    break
                drafts.append(_Draft(cue.type, other, span, sentence, office, modality=modality))
                at = other.end
        return drafts

    def _passive_before(self, cue_start: int, sentence: tuple[int, int]) -> bool:
        """Whether a form of "be" stands among the auxiliaries right before a cue."""
        words = self.flat[self._auxiliaries_start(cue_start, sentence) : cue_start]
        return not _BE_FORMS.isdisjoint(words.casefold().split())

    def _succeeded_by(
        self, cue: Cue, span: tuple[int, int], sentence: tuple[int, int], earlier: list[_Draft]
    ) -> list[_Draft]:
        """A passive succession, "X is succeeded as president by Y": X ends, Y starts."""
        subject = self._subject(span[0], sentence) or self._shared_subject(span, sentence, earlier)
        by = _BY.search(self.flat, span[1], sentence[1])
        if subject is None or by is None:
            return []
        # "was replaced by deputy governor John Crow": a title may stand before the name.
        successor = self._person_at(by.end(), sentence) or self._titled_person(by.end(), sentence)
        if successor is None or successor.name == subject[0].name:
            return []
        person, modality = subject
        office = self._office_after(span[1], sentence)
        if office is None:
            # "X will be replaced by Y as chief executive": the office after the successor.
            office = self._office_after(self._past_apposition(successor.end, sentence), sentence)
        if office is None:
            # "X stepped down as chairman and was replaced by Y": the office X left.
            office = next(
                (d.office for d in reversed(earlier) if d.person.name == person.name), None
            )
        lead = self.flat[max(sentence[0], person.start - MAX_TITLE_CHARS) : person.start]
        if office is None and not _TENURE_MARKER.search(lead):
            # "central bank governor X was replaced yesterday by Y": the title X held.
            office = self._title_before(person, sentence)
        start = _Draft(cue.type, successor, span, sentence, office, person, modality)
        end = _Draft("office.end", person, span, sentence, office, None, modality)
        start.partner, end.partner = end, start
        return [end, start]

    def _extend(self, cue: Cue, span: tuple[int, int], sentence: tuple[int, int]) -> list[_Draft]:
        """An extension, "his term was extended", "extended her mandate": whose term it is."""
        before = self.flat[sentence[0] : span[0]].split()[-TERM_REACH:]
        after = self.flat[span[1] : sentence[1]].split()[:TERM_REACH]
        near = [w.strip(",.;:").casefold() for w in (*before, *after)]
        if not TERM_NOUNS.intersection(near):
            return []  # "an extended session": no term, no extension
        # The holder: the possessor before the noun ("His initial term", "Stoltenberg's term")
        # or after it ("extended the term of X").
        holder = self._holder(span, sentence)
        if holder is None:
            return []
        # "extended the term of Central Bank Governor X": the office is the holder's title.
        bounds = (span[1], sentence[1]) if holder.start >= span[1] else sentence
        office = self._title_before(holder, bounds)
        modality = self._modality_before(span[0], sentence)
        return [_Draft(cue.type, holder, span, sentence, office, modality=modality)]

    def _helm(
        self,
        cue: Cue,
        person: _Person,
        modality: str,
        span: tuple[int, int],
        sentence: tuple[int, int],
    ) -> list[_Draft]:
        """At the helm: kept there "for an additional period", an extension; else the cue's.

        "X at the helm of Y" is a tenure, "X took the helm at Y" a start.
        """
        organization = self._organization_after(span[1], sentence)
        office = _Office("", organization, span[1]) if organization else None
        kept = KEEP_BEFORE.search(self.flat, sentence[0], person.start)
        further = PERIOD_AFTER.match(self.flat, span[1], sentence[1]) is not None
        if kept is not None and further:
            # The modality is the keeping's: "the alliance will keep X at the helm".
            verb = self._modality_before(kept.start(), sentence)
            return [_Draft("office.extend", person, span, sentence, office, modality=verb)]
        return [_Draft(cue.type, person, span, sentence, office, modality=modality)]
