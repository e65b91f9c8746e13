"""The readers of a sentence's roles around a cue.

Its subject and modality, and the persons, offices and organisations the frames read.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence

import regex

from stoltlib import Mention
from stoltlib_offices.drafts import _Office, _Person
from stoltlib_offices.lexicons import Lexicons
from stoltlib_offices.limits import (
    MAX_APPOSITION_PARTS,
    MAX_APPOSITION_WORDS,
    MAX_RELATIVE_WORDS,
    MAX_TITLE_CHARS,
    MAX_TITLE_WORDS,
)
from stoltlib_offices.patterns import (
    AFTER_OFFICE_ORG,
    APPOSITION,
    AUXILIARIES,
    COURT_AFTER,
    GENERATIONAL_SUFFIX,
    GENERIC_ORG,
    HONORIFIC,
    INSERTED_TIME,
    MINISTRY_AFTER,
    OFFICE_LEAD,
    PASSIVE_PARTICIPLE,
)
from stoltlib_offices.people import _may_be_title_word, _unique_last_names
from stoltlib_offices.roles import split_title
from stoltlib_offices.titles import _before_a_break, _mixed_case, _org_prefixes
from stoltlib_offices.words import (
    _DETERMINERS,
    _GRAMMAR_WORDS,
    _MONTHS,
    _PREPOSITIONS,
    _PRONOUNS,
    _SENTENCE_OPENERS,
)

# Words of each modality, in the words between the person and the cue; the first that any
# word has wins, in this order: a negation outweighs a "will".
_MODALITY_WORDS = (
    ("negated", frozenset({"not", "never", "n't"})),
    ("possible", frozenset({"may", "might", "could"})),
    ("expected", frozenset({"expected", "likely", "set", "due"})),
    (
        "planned",
        frozenset(
            {
                "will",
                "shall",
                "would",
                "scheduled",
                "going",
                "to",
                "plan",
                "plans",
                "planned",
                "intend",
                "intends",
                "intended",
            }
        ),
    ),
)


# A generational suffix after a name: "Jr", ", Sr.".
_SUFFIX_AT_END = regex.compile(rf",?\s+(?:{GENERATIONAL_SUFFIX})\.?\Z")


# A capitalised word ending at, or starting at, a position: a surname standing alone.
_WORD_AT_END = regex.compile(r"(?<![\w.\-])\p{Lu}[\p{Ll}'’\-]*\p{Ll}\Z")


_WORD_AT_START = regex.compile(r"\p{Lu}[\p{Ll}'’\-]*\p{Ll}(?![\w\-])")


# A full stop before a capitalised word inside a title's lead: a sentence ended there.
_STOP_INSIDE = regex.compile(r"\.\s+\p{Lu}\p{Ll}")


# A possessive and a noun of intent before a cue: "Craxi's plans to", "his decision to".
_INTENT_BEFORE = regex.compile(
    r"""(?:['’]s?|(?<=\b(?:his|her|His|Her)))\s+(?:(?:abrupt|sudden|surprise|stated|earlier)\s+)?
    (?P<noun>plans?|decision|intention|offer|refusal|threat|bid)\s+to\s+\Z""",
    regex.VERBOSE,
)


_INTENT_MODALITY = {
    "offer": "possible",
    "threat": "possible",
    "bid": "possible",
    "refusal": "negated",
}


# A person's home town after the name, before the office's "as": "X of Maricopa, Ariz as".
_HOMETOWN = regex.compile(
    r"\s+of\s+\p{Lu}[\p{L}.\-]*(?:\s+\p{Lu}[\p{L}.\-]*){0,2}(?:,\s+\p{Lu}[\p{L}.]*)?(?=,?\s+as\b)"
)


# Capitalised words that are no one's surname: the calendar's.
_CALENDAR_WORDS = frozenset(
    {*(month.casefold() for month in _MONTHS), "monday", "tuesday", "wednesday", "thursday",
     "friday", "saturday", "sunday", "today", "yesterday"}
)  # fmt: skip


# "and" and a few lower-case words (no name among them) closing a subject: "X and four senior
# vice-presidents", "X and his five-party coalition government".
_WITH_OTHERS = regex.compile(r"\s+and\s+(?:[\p{Ll}\d][\p{Ll}\d\-]*\s+){0,4}\p{Ll}[\p{Ll}\-]*\s*\Z")


# A department's head: "head of engineering", "global head of equity research" (lower case,
# no article: "head of the unit" is read by the rules of "head" as a verb).
_HEAD_OF_UNIT = regex.compile(
    r"(?P<title>(?:\p{Ll}+\s+)?head\s+of\s+(?!the\b|a\b|an\b|its\b)\p{Ll}+(?:\s+\p{Ll}+)?)"
    r"(?=\s*(?:[,.;]|\Z|\s(?:and|at|in|on|since|until|from|for)\b))"
)


# A plural of an office: "directors", "vice presidents" (the singular is the lexicon's).
_PLURAL_OFFICE = regex.compile(r"(?:[\p{Ll}\-]+\s+){0,2}[\p{Ll}\-]+s\b")


# "the term of X" after an extension's cue, and the owner of a term ("his term", "X's term").
_TERM_OF = regex.compile(r"\b(?:terms?|mandates?|tenure|contract)\s+of\s+", regex.IGNORECASE)


_TERM_OWNER = regex.compile(
    r"(?P<owner>)(?:['’]s)?\s+(?:\w+\s+)?(?:terms?|mandates?|tenure|contract)\b", regex.IGNORECASE
)


# A past participle (:data:`PASSIVE_PARTICIPLE`): "hired", "chosen"; the infinitive after it
# follows (" to replace").
_PARTICIPLE = regex.compile(PASSIVE_PARTICIPLE)


_TO_VERB = regex.compile(r"\s*to\s+(?P<verb>\p{Ll}+)\b")


_BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being"})


# The month May, a day or a year after it: no modal verb.
_MONTH_MAY = regex.compile(
    r"\bMay(?=\s+\d)|(?<=\b(?:in|since|until|by|of|last|next|early|late|mid|mid-)\s)May\b"
)


# A person's place (or firm) after the name, before the verb: "John Doe of Omaha was elected",
# "Jane Roe of Fairbury, Ill., was named": the name before "of" is the subject.
_OF_PLACE_AT_END = regex.compile(
    r"\s+of\s+\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,2}"
    r"(?:,\s+\p{Lu}[\p{L}.]*,?)?\s*\Z"  # a state after a comma: ", Ill.,"
)


# A temporary holder's qualifier closing the words before a title: "acting", "interim".
_TEMPORARY_AT_END = regex.compile(r"\b(?:acting|interim|caretaker)\s+\Z", regex.IGNORECASE)


# What ends an organisation name read after "of": lower-case words it may hold at its end.
_ORG_TAIL_WORDS = frozenset({"of", "and", "&", "for", "the", "de", "du", "des"})


class _Reader:
    """The text and what is known of it, and the readers of the roles around a cue."""

    def __init__(
        self,
        flat: str,
        lexicons: Lexicons,
        people: Sequence[_Person],
        mentions: Sequence[Mention],
        sentence_starts: Sequence[int] = (),
    ) -> None:
        self.flat = flat
        self.sentence_starts = sentence_starts
        self.lexicons = lexicons
        self.people = people
        self.last_names = _unique_last_names(people)
        self.person_ends = [p.end for p in people]
        self.person_starts = [p.start for p in people]
        self._person_end_set = frozenset(self.person_ends)
        self.mentions = mentions
        self.organizations = [m for m in mentions if m.kind == "organization"]
        # The organisations in mixed case and their starts, for _story_organization's look-ups
        # by bisection (a scan of every organisation for each "the company" made long
        # documents quadratic), in text order (another plugin's mentions may follow the people
        # plugin's).
        self._mixed_organizations = sorted(
            (m for m in self.organizations if _mixed_case(m.text)), key=lambda m: m.start
        )
        self._mixed_starts = [m.start for m in self._mixed_organizations]
        # Every word of an organisation's name, and the organisations' spans in text order with
        # the furthest end reached so far, for _bare_surname's tests in constant and log time.
        self._organization_words = frozenset(
            word for m in self.organizations for word in m.text.split()
        )
        spans = sorted((m.start, m.end) for m in self.organizations)
        self._organization_starts = [start for start, _ in spans]
        self._organization_reach = list(itertools.accumulate((end for _, end in spans), max))

    def _subject(self, cue_start: int, sentence: tuple[int, int]) -> tuple[_Person, str] | None:
        """The person a cue's clause is about, before it, and the modality of the words between.

        Only auxiliaries, adverbs and "who" may stand between ("X, who was later named"), and
        one apposition between those and the name ("X, 54, president of Y, will succeed").
        """
        words_start = self._auxiliaries_start(cue_start, sentence)
        modality = self._modality(self.flat[words_start:cue_start])
        end = words_start
        if self.flat[sentence[0] : end].rstrip().endswith(","):
            # "Stoltenberg, who ..." or "Johnstone, 54, president and COO, will ...": the name
            # before the comma, or before an apposition of a few comma-separated parts.
            end = self.flat.rindex(",", sentence[0], end)
            # An infinitive after the apposition ("named X, an associate of Y, to replace him")
            # is the head's, not the apposition's last name's.
            infinitive = self.flat[end + 1 : cue_start].split()[:1] == ["to"]
            words = 0
            for _ in range(MAX_APPOSITION_PARTS + 1):
                person = self._person_ending(end, sentence)
                comma = self.flat.rfind(",", sentence[0], end)
                if person is not None and not (infinitive and self._complement(person, comma)):
                    return person, modality
                if comma < 0:
                    return None  # no comma opens the apposition inside the sentence
                part = self.flat[comma + 1 : end].split()
                if part[:1] == ["and"]:
                    return None  # "X, a banker, and his father, retired ...": another's
                words += len(part)
                # A relative clause ("X, who has served in a number of posts since 1972,
                # would ...") runs longer than an apposition does.
                most = (
                    MAX_RELATIVE_WORDS if part[:1] in (["who"], ["whose"]) else MAX_APPOSITION_WORDS
                )
                if words > most:
                    return None
                end = comma
            return None
        person = self._person_ending(end, sentence)
        if person is None and (place := _OF_PLACE_AT_END.search(self.flat, sentence[0], end)):
            person = self._person_ending(place.start(), sentence)
        return (person, modality) if person is not None else None

    def _complement(self, person: _Person, comma: int) -> bool:
        """Whether a name closing an apposition is a preposition's object inside it.

        "Arthur Culvahouse, an associate of chief Howard Baker, to replace him": Baker stands
        after "of" in the apposition of the subject, who is Culvahouse.
        """
        if comma < 0 or comma >= person.start:
            return False
        words = self.flat[comma + 1 : person.start].casefold().split()
        near = words[-5:]  # "of new White House chief": the title between "of" and the name
        return len(words) > 1 and not _PREPOSITIONS.isdisjoint(near) and "said" not in near

    def _owner_of_intent(
        self, cue_start: int, sentence: tuple[int, int]
    ) -> tuple[_Person, str] | None:
        """The owner of a noun of intent before the cue: "Craxi's plans to resign".

        "his decision to step down" is planned, "her offer to resign" possible, "his refusal
        to resign" negated: the noun gives the modality.
        """
        intent = _INTENT_BEFORE.search(
            self.flat, max(sentence[0], cue_start - MAX_TITLE_CHARS), cue_start
        )
        if intent is None:
            return None
        owner = self._person_ending(intent.start(), sentence)
        if owner is None:
            return None
        return owner, _INTENT_MODALITY.get(intent.group("noun").casefold(), "planned")

    def _bare_surname(
        self, cue_start: int, sentence: tuple[int, int]
    ) -> tuple[_Person, str] | None:
        """A capitalised word alone as the subject, a surname the story gives no full name for.

        "Cameron resigned as prime minister", "Schantz has served as president": the word is
        taken for a person only when the office after the cue is one of the lexicon's (the
        caller checks), and when it is no organisation's, title's or grammar word.
        """
        words_start = self._auxiliaries_start(cue_start, sentence)
        end = sentence[0] + len(self.flat[sentence[0] : words_start].rstrip())
        word = _WORD_AT_END.search(self.flat, sentence[0], end)
        if word is None or word.group() in _SENTENCE_OPENERS:
            return None
        before = self.flat[max(sentence[0], word.start() - 12) : word.start()].split()[-1:]
        if before and (
            before[0].casefold() in _DETERMINERS | _PREPOSITIONS or before[0][0].isupper()
        ):
            return None  # "a Republican who is chairman", "New Hampshire": no surname alone
        folded = word.group().casefold()
        if folded in _GRAMMAR_WORDS or folded in self.lexicons.phrase_words:
            return None
        if (
            folded in _CALENDAR_WORDS
            or word.group() in self._organization_words
            or self._in_organization(word.start())
        ):
            return None  # "Monday", "Acme" of "Acme Corp"
        person = _Person(word.group(), word.start(), word.end())
        return person, self._modality(self.flat[words_start:cue_start])

    def _subject_with_others(
        self, cue_start: int, sentence: tuple[int, int]
    ) -> tuple[_Person, str] | None:
        """A named subject joined with others the text does not name, for a departure.

        "X and four senior vice-presidents resigned", "Prime Minister X and his government
        have resigned": X leaves; the unnamed are no one's event.
        """
        words_start = self._auxiliaries_start(cue_start, sentence)
        reach = max(sentence[0], words_start - MAX_TITLE_CHARS)
        others = _WITH_OTHERS.search(self.flat, reach, words_start)
        if others is None:
            return None
        person = self._person_ending(others.start(), sentence)
        if person is None:
            return None
        return person, self._modality(self.flat[words_start:cue_start])

    def _auxiliaries_start(self, cue_start: int, sentence: tuple[int, int]) -> int:
        """Where the run of auxiliaries and adverbs right before a cue starts."""
        position = cue_start
        while position > sentence[0]:
            head = self.flat[sentence[0] : position].rstrip()
            space = max(head.rfind(" "), -1)
            word = head[space + 1 :]
            named = space >= 0 and word[:1].isupper() and not word.isupper()
            if word.casefold() not in AUXILIARIES and self._passive_to(head, space, position):
                # "X was hired to replace Y": any passive before an infinitive leaves the
                # subject its infinitive's too.
                position = sentence[0] + space + 1
                continue
            if word.casefold() not in AUXILIARIES or named:
                # A capitalised "May" or "Will" inside a sentence is a name's ("Theresa May
                # resigned"); a headline's "WILL" in capitals is still the auxiliary.
                return sentence[0] + len(head)
            position = sentence[0] + space + 1 if space >= 0 else sentence[0]
        return position

    def _passive_to(self, head: str, space: int, position: int) -> bool:
        """Whether the word closing ``head`` is a passive before "to" and a succession's cue.

        "X was hired to replace Y" (not "X was asked to become", a request).
        """
        word = head[space + 1 :]
        if space < 0 or not _PARTICIPLE.fullmatch(word):
            return False
        after = _TO_VERB.match(self.flat, position)
        if after is None:
            return False
        cue = self.lexicons.cue(after.group("verb"))
        if cue is None or cue.frame != "succeed":
            return False
        before = head[:space].rstrip().rsplit(None, 1)[-1:]
        return bool(before) and before[0].casefold() in _BE_FORMS

    def _modality_before(self, cue_start: int, sentence: tuple[int, int]) -> str:
        """The modality of the auxiliaries right before a cue."""
        words_start = self._auxiliaries_start(cue_start, sentence)
        return self._modality(self.flat[words_start:cue_start])

    @staticmethod
    def _modality(
        words: str, markers_of: Sequence[tuple[str, frozenset[str]]] = _MODALITY_WORDS
    ) -> str:
        """The modality the first marker among ``words`` states, in ``markers_of``'s order."""
        words = _MONTH_MAY.sub(" ", words)  # "on May 1": a month, no "may" of possibility
        folded = [w.strip(",.;:") for w in words.casefold().replace("n't", " n't").split()]
        for modality, markers in markers_of:
            if markers.intersection(folded):
                return modality
        return "asserted"

    def _person_ending(self, end: int, sentence: tuple[int, int]) -> _Person | None:
        """The person whose name ends right at ``end`` (white space aside), in the sentence.

        A generational suffix may follow the name ("John W. Johnstone Jr"), and the name may
        start in the sentence before (a name the core's reader cut after an initial).
        """
        head = self.flat[sentence[0] : end].rstrip()
        ends = [sentence[0] + len(head)]
        suffix = _SUFFIX_AT_END.search(head)
        if suffix is not None:
            # "Clifford L. Alexander Jr." whose mention is "... Jr" or "... Alexander".
            ends.append(sentence[0] + suffix.start())
            if head.endswith("."):
                ends.append(sentence[0] + len(head) - 1)
        for at in ends:
            index = bisect.bisect_right(self.person_ends, at) - 1
            while index >= 0 and self.people[index].end == at:
                person = self.people[index]
                if person.end > sentence[0]:
                    return person
                index -= 1
        surname = _WORD_AT_END.search(self.flat, sentence[0], ends[-1])
        if surname is not None and surname.group() in self.last_names:
            return _Person(self.last_names[surname.group()], surname.start(), surname.end())
        return None

    def _person_at(self, start: int, sentence: tuple[int, int]) -> _Person | None:
        """The person whose name starts at ``start`` (white space aside), in the sentence."""
        text = self.flat[start : sentence[1]]
        start += len(text) - len(text.lstrip())
        honorific = HONORIFIC.match(self.flat, start, sentence[1])
        if honorific is not None and self._person_at(honorific.end(), sentence) is not None:
            return self._person_at(honorific.end(), sentence)  # "Sir John Harvey-Jones"
        index = bisect.bisect_left(self.person_starts, start)
        if index < len(self.people) and self.people[index].start == start:
            person = self.people[index]
            if person.end <= sentence[1]:
                return person
        surname = _WORD_AT_START.match(self.flat, start, sentence[1])
        if surname is not None and surname.group() in self.last_names:
            return _Person(self.last_names[surname.group()], surname.start(), surname.end())
        return None

    def _titled_person(self, start: int, sentence: tuple[int, int]) -> _Person | None:
        """The person after a title that opens at ``start``: "former exchange president X"."""
        stop = min(sentence[1], start + MAX_TITLE_CHARS)
        index = bisect.bisect_left(self.person_starts, start)
        if index >= len(self.people) or self.people[index].start >= stop:
            return None
        person = self.people[index]
        lead = self.flat[start : person.start]
        if any(mark in lead for mark in ",;:()") or len(lead.split()) > MAX_TITLE_WORDS:
            return None  # not a title standing right before the name
        if lead.split()[:1] and lead.split()[0].casefold() in _PREPOSITIONS:
            return None  # "nominated by President Reagan": the agent, not the one named
        written = self.flat[person.start : person.end]
        if _STOP_INSIDE.search(lead) or written.casefold() in _PRONOUNS:
            return None  # "president of Acme Corp. He ...": a sentence ends, a pronoun opens
        unknown = self.lexicons.unknown_title_pattern
        if unknown is not None and unknown.fullmatch(lead.strip()):
            return person  # "sacked manager John Doe": a title the lexicon does not spell
        pattern = self.lexicons.position_pattern
        if pattern is None:
            return None
        titles = list(pattern.finditer(lead))
        if not titles or titles[-1].end() != len(lead.rstrip()):
            # The title must close the lead, right before the name: "named president of Acme
            # and Mary Jones was named ..." names no Mary Jones president.
            return None
        words = lead[: titles[-1].start()].split()
        if any(
            word.casefold() in _PREPOSITIONS and words[at - 1][:1].islower()
            for at, word in enumerate(words[1:], 1)
        ):
            # "reappointed finance minister in Chancellor Kohl's cabinet": a phrase of its
            # own before the title, not Kohl; an organisation's "of" stays ("Bureau of ...").
            return None
        return person

    def _past_apposition(self, position: int, sentence: tuple[int, int]) -> int:
        """Past an age or apposition after a name, to the office it names.

        "John Doe, 54, president" reads "president"; "Frederick H. Goldberger, a business
        consultant, to be president" and "Bruno Riverin, president of X, as its new president"
        read the office after the apposition, which describes the person as they were.
        """
        hometown = _HOMETOWN.match(self.flat, position, sentence[1])
        if hometown is not None:
            return hometown.end()  # "elected Tom Miller of Maricopa, Ariz as the new president"
        rest = self.flat[position : sentence[1]]
        if not rest.startswith(","):
            return position
        comma = rest.find(",", 1)
        if comma < 0 or len(rest[1:comma].split()) > MAX_APPOSITION_WORDS:
            return position
        if rest[1:comma].strip().isdigit():
            return position + comma + 1
        marked = APPOSITION.match(rest, 0, comma)
        if marked is not None and marked.group("marker"):
            # "named X, formerly president of Y, vice chairman": the office after a tenure.
            return position + comma + 1
        lead = OFFICE_LEAD.match(rest, comma + 1)
        if lead is not None and lead.group().strip(" ,"):
            return position + comma + 1  # "..., as its new president", "..., to be president"
        return position

    def _holder(self, span: tuple[int, int], sentence: tuple[int, int]) -> _Person | None:
        """Whose term an extension prolongs.

        The person after "the term of" ("extended the term of Mary Smith"), else the owner of
        the term ("his term", "Smith's mandate"), else the nearest person before the cue, or
        after it.
        """
        of = _TERM_OF.search(self.flat, span[1], min(sentence[1], span[1] + MAX_TITLE_CHARS))
        if of is not None:
            person = self._person_at(of.end(), sentence)
            if person is not None:
                return person
        owner = _TERM_OWNER.search(self.flat, max(sentence[0], span[0] - MAX_TITLE_CHARS), span[0])
        if owner is None:
            owner = _TERM_OWNER.search(self.flat, span[1], min(sentence[1], span[1] + 40))
        if owner is not None:
            person = self._person_ending(owner.end("owner"), sentence)
            if person is not None:
                return person
        index = bisect.bisect_right(self.person_ends, span[0]) - 1
        if index >= 0 and self.people[index].start >= sentence[0]:
            return self.people[index]
        index = bisect.bisect_left(self.person_starts, span[1])
        if index < len(self.people) and self.people[index].end <= sentence[1]:
            return self.people[index]
        return None

    def _office_after(self, position: int, sentence: tuple[int, int]) -> _Office | None:
        """The office named right after ``position`` ("as chief executive of Olin Corp")."""
        pattern = self.lexicons.position_pattern
        if pattern is None:
            return None
        ministry = MINISTRY_AFTER.match(self.flat, position, sentence[1])
        if ministry is not None:
            # "moved to the interior ministry": the office its minister holds.
            minister = self.lexicons.position(f"{ministry.group('portfolio')} minister")
            if minister is not None:
                return _Office(minister, None, ministry.end())
        court = COURT_AFTER.match(self.flat, position, sentence[1])
        if court is not None:
            # "nominated X to the state Supreme Court": a seat on its bench.
            bench = "justice" if "Supreme" in court["court"] else "judge"
            if (seat := self.lexicons.position(bench)) is not None:
                return _Office(seat, court["court"], court.end())
        lead = OFFICE_LEAD.match(self.flat, position, sentence[1])
        at = lead.end() if lead is not None else position
        if lead is not None and lead.group("joined") and self.lexicons.position(lead["joined"]):
            # "names X CEO as Y retires": the office itself, no body joined.
            at = lead.start("joined")
            lead = None
        match = pattern.match(self.flat, at, sentence[1])
        organization = None
        if match is None:
            # An organisation before the title: "the post of NATO Secretary General", of one
            # to four capitalised words, the fewest that leave a title after them.
            for prefix in _org_prefixes(self.flat, at, sentence[1]):
                match = pattern.match(self.flat, prefix.end(), sentence[1])
                if match is not None:
                    organization = prefix.group("org")
                    break
            else:
                return self._unknown_office(at, sentence)
        name = self.lexicons.position(match.group())
        if name is None:
            return None
        if organization is not None:
            # "former Assistant Secretary of Defense": a rank, no organisation (see roles).
            political = self.lexicons.kinds.get(name) == "political"
            name, words = split_title(organization.split(), name, political)
            organization = " ".join(words) or None
        end = match.end()
        if temporary := _TEMPORARY_AT_END.search(self.flat, position, at):
            # "named X acting chief executive": a temporary holder's post, its qualifier kept.
            name = f"{temporary.group().strip().capitalize()} {name}"
        organization = organization or self._organization_after(end, sentence)
        if organization is None and lead is not None and lead.group("joined"):
            organization = lead.group("joined")  # "joined Acme Corp as president"
        if organization is None and lead is not None and lead.group("member_of"):
            organization = lead.group("member_of")  # "a member of Acme's board"
        if organization is None and self.lexicons.kinds.get(name) != "political":
            # A company's office the sentence does not tie to a name is the company's the
            # story is about: "Acme Corp said John Doe was named president".
            organization = self._story_organization(sentence)
        return _Office(name, organization, end)

    def _office_after_cue(self, span: tuple[int, int], sentence: tuple[int, int]) -> _Office | None:
        """The office right after a cue, or after a time that follows it.

        "resigned as chairman", "resigned last week as chairman".
        """
        office = self._office_after(span[1], sentence)
        if office is None:
            inserted = INSERTED_TIME.match(self.flat, span[1], sentence[1])
            if inserted is not None and inserted.group().rstrip()[-1:] != ",":
                office = self._office_after(inserted.end() - 1, sentence)
        return office

    def _plural_office(self, at: int, sentence: tuple[int, int]) -> _Office | None:
        """The office a plural names for the several persons of a clause: "as directors"."""
        lead = OFFICE_LEAD.match(self.flat, at, sentence[1])
        plural = _PLURAL_OFFICE.match(self.flat, lead.end() if lead else at, sentence[1])
        if plural is None:
            return None
        words = plural.group().split()
        singular = self.lexicons.position(" ".join([*words[:-1], words[-1][:-1]]))
        if singular is None:
            return None
        organization = self._organization_after(plural.end(), sentence)
        return _Office(singular, organization or self._story_organization(sentence), plural.end())

    def _unknown_office(self, at: int, sentence: tuple[int, int]) -> _Office | None:
        """An office the lexicon does not spell, as written: "chief widget officer of Acme"."""
        pattern = self.lexicons.unknown_title_pattern
        match = pattern.match(self.flat, at, sentence[1]) if pattern is not None else None
        words = match.group("title").split()[:-1] if match is not None else []
        if match is None:
            return self._head_of_unit(at, sentence)
        if not all(_may_be_title_word(word, self.lexicons) for word in words):
            return None  # "appointed by the president", "to succeed the director": no title
        end = match.end()
        organization = self._organization_after(end, sentence)
        return _Office(" ".join(match.group("title").split()), organization, end)

    def _head_of_unit(self, at: int, sentence: tuple[int, int]) -> _Office | None:
        """A department's head where a cue names its office: "joined as head of engineering".

        "head" alone names no office ("NATO chief"); with a department in lower case after
        "of", right where the cue's office stands, it is one, as written.
        """
        match = _HEAD_OF_UNIT.match(self.flat, at, sentence[1])
        if match is None:
            return None
        organization = self._story_organization(sentence)
        return _Office(" ".join(match.group("title").split()), organization, match.end())

    def _organization_after(self, position: int, sentence: tuple[int, int]) -> str | None:
        """The organisation named after an office: "of Olin Corp", "of the company"."""
        named = AFTER_OFFICE_ORG.match(self.flat, position, sentence[1])
        if named is not None:
            words = _before_a_break(named.group("org").split())
            while words and words[-1].casefold() in _ORG_TAIL_WORDS:
                words.pop()
            return " ".join(words).rstrip(".,") or None
        generic = GENERIC_ORG.match(self.flat, position, sentence[1])
        if generic is not None:
            return self._story_organization(sentence)
        return None

    def _story_organization(self, sentence: tuple[int, int]) -> str | None:
        """The organisation a sentence's "the company" stands for: its subject, else the story's.

        The organisation named in the sentence (wire copy's "Olin Corp said John Doe was named
        ..."), else the closest one named before it, in mixed case both (a shouted headline's
        is its ticker-laden copy, "OLIN <OLN>").
        """
        mixed = self._mixed_organizations
        first = bisect.bisect_left(self._mixed_starts, sentence[0])
        last = bisect.bisect_left(self._mixed_starts, sentence[1])
        for mention in mixed[first:last]:
            if self._in_person_apposition(mention.start, sentence):
                continue  # "X, currently president of Acme, will join the board"
            return mention.entity or mention.text
        # The closest named before the sentence: the last one ending before it (one that starts
        # before the sentence may end inside it).
        for index in range(first - 1, -1, -1):
            if mixed[index].end <= sentence[0]:
                return mixed[index].entity or mixed[index].text
        return None

    def _in_organization(self, at: int) -> bool:
        """Whether ``at`` is inside an organisation mention."""
        index = bisect.bisect_right(self._organization_starts, at) - 1
        return index >= 0 and self._organization_reach[index] > at

    def _in_person_apposition(self, at: int, sentence: tuple[int, int]) -> bool:
        """Whether ``at`` is inside an apposition a comma opens right after a person's name."""
        opening = self.flat.rfind(",", sentence[0], at)
        if opening < 0 or self.flat.find(",", at, sentence[1]) < 0:
            return False
        return opening in self._person_end_set
