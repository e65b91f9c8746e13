"""Properties of the offices plugin on sentences built from templates and on any text.

Hypothesis combines person forms, appointment and resignation verbs, tenses and modals, offices
and time forms into sentences whose event is known, and checks that the extractor finds exactly
it; on arbitrary text it checks that nothing raises and every span slices back.
"""

from __future__ import annotations

import regex
from hypothesis import given
from hypothesis import strategies as st
from stoltlib_offices import clauses, cues, tenures
from stoltlib_offices.lexicons import Lexicons, current
from stoltlib_offices.patterns import ASCII_NAME, NAME

import stoltlib
from stoltlib import Event
from stoltlib.manager import using
from stoltlib.testing.strategies import article_texts

MANAGER = stoltlib.get_plugin_manager(builtins_only=True, environ={})
#: The documents' creation time: the templates' times lie before it.
PUBLISHED = "1987-03-02"

GIVEN = ["Anna", "John", "Maria", "Peter", "Laura", "David"]
FAMILY = ["Keller", "Okafor", "Lindqvist", "Moreau", "Tanaka"]
#: Offices as written, and as the plugin names them.
OFFICES = [
    ("president", "President"),
    ("chief executive officer", "Chief Executive Officer"),
    ("chairman", "Chairman"),
    ("vice-president", "Vice President"),
    ("treasurer", "Treasurer"),
]
#: How the change is told: a template of {person} and {office}, its type and modality.
TEMPLATES = [
    ("{person} has been named {office}", "office.start", "asserted"),
    ("{person} was appointed {office}", "office.start", "asserted"),
    ("{person} will be named {office}", "office.start", "planned"),
    ("{person} may be named {office}", "office.start", "possible"),
    ("{person} is expected to be appointed {office}", "office.start", "expected"),
    ("{person} has been elected {office}", "office.elect", "asserted"),
    ("{person} resigned as {office}", "office.end", "asserted"),
    ("{person} will resign as {office}", "office.end", "planned"),
    ("{person} did not resign as {office}", "office.end", "negated"),
    ("{person} stepped down as {office}", "office.end", "asserted"),
    ("{person} became {office}", "office.start", "asserted"),
    ("{person} previously served as {office}", "office.hold", "asserted"),
    ("it named {person} {office}", "office.start", "asserted"),
]
#: Time forms after the clause, with their TimeML values (all before PUBLISHED).
TIMES = [("", None), (" in January 1986", "1986-01"), (" on Feb. 2, 1987", "1987-02-02")]


def analyse(text: str) -> list[Event]:
    """The events the built-in plugins find in ``text``."""
    document = stoltlib.Document(id="p", text=text, published=PUBLISHED)
    return list(stoltlib.analyze(document, plugins=MANAGER).events)


@given(
    st.sampled_from(GIVEN),
    st.sampled_from(FAMILY),
    st.sampled_from(TEMPLATES),
    st.sampled_from(OFFICES),
    st.sampled_from(TIMES),
)
def test_a_templated_change_gives_its_event(
    given_name: str,
    family: str,
    template: tuple[str, str, str],
    office: tuple[str, str],
    time: tuple[str, str | None],
) -> None:
    """Each template gives one event with its type, person, office, modality and time."""
    person = f"{given_name} {family}"
    form, kind, modality = template
    clause = form.format(person=person, office=office[0])
    text = f"Acme Corp said {clause}{time[0]}. Sales rose."
    found = analyse(text)
    assert [
        (e.type, e.person.name if e.person else None, e.position, e.modality) for e in found
    ] == [(kind, person, office[1], modality)]
    assert (found[0].time.value if found[0].time else None) == time[1]
    span = found[0].person
    assert span is not None and span.start is not None
    assert text[span.start : span.end] == person


@given(article_texts())
def test_any_text_gives_events_whose_spans_slice_back(text: str) -> None:
    """On arbitrary article-like text nothing raises and every span lies in the text."""
    found = analyse(text)
    ids = {event.id for event in found}
    for event in found:
        assert event.evidence is not None and event.person is not None
        assert 0 <= event.evidence.start < event.evidence.end <= len(text)
        person = event.person
        assert person.start is not None and person.end is not None
        # The person's mention lies in the evidence, and every link names an event found.
        assert event.evidence.start <= person.start < person.end <= event.evidence.end
        assert set(event.links) <= ids - {event.id}
        for role in (event.predecessor, event.successor):
            if role is not None and role.start is not None and role.end is not None:
                assert 0 <= role.start < role.end <= len(text)


@given(st.text(max_size=400))
def test_any_string_never_raises(text: str) -> None:
    """Any string, however odd, is read without an exception."""
    for event in analyse(text):
        assert event.type.startswith("office.")


@given(st.text(alphabet=" \t\r\n\x0b\x0c\x1c\x1fab.A,", max_size=60))
def test_line_breaks_become_spaces_as_the_pattern_says(text: str) -> None:
    """The line-break walk gives what the line-break pattern's substitution gives."""
    expected = clauses._LINE_BREAK.sub(lambda match: " " * len(match.group()), text)
    assert clauses._single_breaks_as_spaces(text) == expected


@given(st.text(alphabet="AJLKSwoehnr .,'-\n\t\x0b\x1cJr", max_size=60))
def test_the_ascii_name_pattern_finds_what_the_name_pattern_does(text: str) -> None:
    """On ASCII text the standard-library twin of the name pattern finds the same names."""
    assert [m.span() for m in ASCII_NAME.finditer(text)] == [m.span() for m in NAME.finditer(text)]


#: Pieces of text around the cue forms: words, hyphens, spaces, punctuation.
_CUE_PIECES = [
    "re-elected",
    "re",
    "elected",
    "named",
    "step down",
    "stepped-down",
    "is",
    "this",
    "has been",
    "-",
    " ",
    "  ",
    ",",
    ".",
    "X",
    "2",
    "_",
    "at the helm",
    "named-",
]


@given(st.lists(st.sampled_from(_CUE_PIECES), max_size=12).map("".join))
def test_the_ascii_cue_scan_finds_what_the_cue_pattern_does(text: str) -> None:
    """On ASCII text the first-word scan gives the cue pattern's own matches, in order."""
    lexicons = _lexicons()
    assert lexicons.cue_pattern is not None
    expected = [m.span() for m in lexicons.cue_pattern.finditer(text)]
    assert [m.span() for m in cues._cue_matches(text, lexicons)] == expected


def _lexicons() -> Lexicons:
    """The offices plugin's lexicons under the built-in plugin manager."""
    with using(MANAGER):
        return current()


def test_every_tenure_marker_holds_a_stem_of_the_cheap_test() -> None:
    """The stems tried before the marker patterns cover every marker those patterns spell."""
    marker = regex.compile(tenures._MARKER, regex.VERBOSE)
    spellings = [word for word in [*tenures._MARKED, "ex-"] if marker.fullmatch(word)]
    assert len(spellings) > 10
    for word in spellings:
        assert any(stem in word.casefold() for stem in tenures._MARKER_STEMS)


#: How a list of the holders of counted offices opens after the count.
LIST_OPENERS = [". They are ", ": ", ", "]
COUNTS = {2: "two", 3: "three", 4: "four"}


@given(
    st.lists(
        st.tuples(st.sampled_from(GIVEN), st.sampled_from(FAMILY)), min_size=2, max_size=4
    ).filter(lambda names: len(set(names)) == len(names)),
    st.sampled_from(LIST_OPENERS),
    st.sampled_from(["elected", "named"]),
)
def test_each_person_listed_after_a_count_gets_the_event(
    names: list[tuple[str, str]], opener: str, verb: str
) -> None:
    """'elected three directors. They are A, B and C': one event per listed person."""
    people = [f"{given_name} {family}" for given_name, family in names]
    listed = ", ".join(people[:-1]) + " and " + people[-1]
    text = f"Acme Corp said it {verb} {COUNTS[len(people)]} new directors{opener}{listed}."
    kind = "office.elect" if verb == "elected" else "office.start"
    assert [(e.type, e.person.name if e.person else None, e.position) for e in analyse(text)] == [
        (kind, person, "Director") for person in people
    ]


@given(st.sampled_from(GIVEN), st.sampled_from(FAMILY), st.sampled_from(OFFICES))
def test_a_headline_names_the_storys_person(
    given_name: str, family: str, office: tuple[str, str]
) -> None:
    """'ACME CORP NAMES KELLER PRESIDENT' over a story of Anna Keller is Anna Keller's start."""
    headline = f"ACME CORP &lt;ACM> NAMES {family.upper()} {office[0].upper()}"
    text = f"{headline}\n\nNEW YORK, March 2 - {given_name} {family} will lead the company."
    found = [e for e in analyse(text) if e.evidence.end <= len(headline)]
    assert [(e.type, e.person.name if e.person else None, e.position) for e in found] == [
        ("office.start", f"{given_name} {family}", office[1])
    ]


def test_the_ascii_space_test_agrees_with_the_pattern() -> None:
    """_is_space's ASCII fast path says what the pattern says, for every ASCII character."""
    assert [clauses._is_space(chr(c)) for c in range(128)] == [
        clauses._SPACE.match(chr(c)) is not None for c in range(128)
    ]
    assert clauses._is_space("\u00a0") and not clauses._is_space("é")
