"""Rules of the offices plugin, one frame at a time, on sentences written for the test."""

from __future__ import annotations

import pytest
from stoltlib_offices.extract import find_events
from stoltlib_offices.lexicons import current

from stoltlib import Claim, Document, Event, PluginManager, Speaker, TextSpan
from stoltlib.manager import using
from stoltlib.pipeline import Pipeline


def events(pipeline: Pipeline, text: str, published: str | None = "1987-03-02") -> list[Event]:
    """The office events the built-in plugins find in ``text``."""
    return list(pipeline.analyze(Document(id="t", text=text, published=published)).events)


def summary(event: Event) -> tuple[str, str | None, str | None, str | None, str]:
    """An event's type, person, position, time value and modality."""
    person = event.person.name if event.person else None
    time = event.time.value if event.time else None
    return (event.type, person, event.position, time, event.modality)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Acme Corp said John Smith has been elected president.",
            [("office.elect", "John Smith", "President", None, "asserted")],
        ),
        (
            "Acme Corp said it named John Smith chief executive officer, effective April 1.",
            [("office.start", "John Smith", "Chief Executive Officer", "1987-04-01", "planned")],
        ),
        (
            "Acme Corp said John Smith has resigned as chairman.",
            [("office.end", "John Smith", "Chairman", None, "asserted")],
        ),
        (
            "Acme Corp said John Smith will retire in June.",
            [("office.end", "John Smith", None, "1987-06", "planned")],
        ),
        (
            "Acme Corp said John Smith, who previously served as treasurer, will stay on.",
            [("office.hold", "John Smith", "Treasurer", None, "asserted")],
        ),
        (
            "Jane Doe may become the chairman of the Acme Foundation in February 1988.",
            [("office.start", "Jane Doe", "Chairman", "1988-02", "possible")],
        ),
        (
            "Acme Corp said John Smith did not resign as president.",
            [("office.end", "John Smith", "President", None, "negated")],
        ),
        (
            "Acme Corp said John Smith is expected to be named president.",
            [("office.start", "John Smith", "President", None, "expected")],
        ),
    ],
)
def test_frames(pipeline: Pipeline, text: str, expected: list[tuple[object, ...]]) -> None:
    """Each frame gives its event with the person, office, time and modality of the sentence."""
    assert [summary(e) for e in events(pipeline, text)] == expected


def test_a_succession_gives_a_linked_start_and_end(pipeline: Pipeline) -> None:
    """'X will succeed Y as chief executive': a start for X, an end for Y, linked both ways."""
    found = events(pipeline, "Acme Corp said Jane Doe will succeed John Smith as chief executive.")
    start = next(e for e in found if e.type == "office.start")
    end = next(e for e in found if e.type == "office.end")
    assert (start.person and start.person.name, end.person and end.person.name) == (
        "Jane Doe",
        "John Smith",
    )
    assert start.predecessor is not None and start.predecessor.name == "John Smith"
    assert end.successor is not None and end.successor.name == "Jane Doe"
    assert start.links == (end.id,) and end.links == (start.id,)
    assert start.position == end.position == "Chief Executive Officer"


def test_a_participle_adds_the_predecessor_to_the_clause(pipeline: Pipeline) -> None:
    """'X has been elected president, succeeding Y': Y leaves the presidency X takes, linked."""
    found = events(
        pipeline, "Acme Corp said Jane Doe has been elected president, succeeding John Smith."
    )
    assert [summary(e) for e in found] == [
        ("office.elect", "Jane Doe", "President", None, "asserted"),
        ("office.end", "John Smith", "President", None, "asserted"),
    ]
    elected, ended = found
    assert elected.predecessor is not None and elected.predecessor.name == "John Smith"
    assert ended.successor is not None and ended.successor.name == "Jane Doe"
    assert (elected.links, ended.links) == ((ended.id,), (elected.id,))


def test_a_passive_succession_reads_the_agent(pipeline: Pipeline) -> None:
    """'X is succeeded as president by Y': X ends, Y starts."""
    found = events(pipeline, "Jane Doe is succeeded as president by John Smith, the company said.")
    assert sorted(summary(e)[:3] for e in found) == [
        ("office.end", "Jane Doe", "President"),
        ("office.start", "John Smith", "President"),
    ]


def test_a_bare_title_is_no_event(pipeline: Pipeline) -> None:
    """'Chairman John Smith said' and 'John Smith, president of Acme, said' state no change."""
    text = "Chairman John Smith said sales rose. John Smith, president of Acme Corp, said so too."
    assert events(pipeline, text) == []


def test_a_former_title_is_a_tenure(pipeline: Pipeline) -> None:
    """'former Prime Minister Jane Doe' states a tenure; no other event takes its office."""
    found = events(pipeline, "Former Prime Minister Jane Doe spoke in Oslo on Monday.")
    assert [summary(e)[:3] for e in found] == [("office.hold", "Jane Doe", "Prime Minister")]


def test_the_dateline_date_is_not_the_events(pipeline: Pipeline) -> None:
    """A dateline's date dates the report: the event has no time of its own."""
    text = "NEW YORK, March 2 - Acme Corp said John Smith has resigned as chairman."
    assert [summary(e)[3] for e in events(pipeline, text)] == [None]


def test_a_name_wrapped_over_lines_is_read(pipeline: Pipeline) -> None:
    """Wire copy wraps names ('L.K.' / 'Evans'): the person is still read whole."""
    text = (
        "Acme Corp said L.K.\nEvans has been elected president, succeeding James Baker who\n"
        "remains chairman."
    )
    assert [summary(e)[:2] for e in events(pipeline, text)] == [
        ("office.elect", "L.K. Evans"),
        ("office.end", "James Baker"),
        ("office.hold", "James Baker"),
    ]


def test_a_company_named_x_is_no_appointment(pipeline: Pipeline) -> None:
    """'named' without an office after the name is no appointment."""
    assert events(pipeline, "He founded a company named Acme Widgets in Ohio.") == []


def test_an_event_in_reported_speech_records_the_speaker(pipeline: Pipeline) -> None:
    """An event inside a claim's content records the claim's speaker as its source."""
    found = events(pipeline, "Acme Corp said that John Smith has resigned as chairman.")
    assert [e.source.name if e.source else None for e in found] == ["Acme Corp"]


def test_events_in_boilerplate_are_left_out(pipeline: Pipeline) -> None:
    """An event in a related-stories list is another story's."""
    story = "Acme Corp said Jane Doe has resigned as chairman of Acme Corp.\n\n"
    related = "You might also like\n\nJohn Smith has resigned as chairman of Widget Corp\n"
    assert [summary(e)[1] for e in events(pipeline, story + related)] == ["Jane Doe"]
    assert [summary(e)[1] for e in events(pipeline, related.split("\n\n")[1])] == ["John Smith"]


def test_a_nominal_form_is_an_event(pipeline: Pipeline) -> None:
    """'accepting the resignation of X' states that X resigned; 'X's appointment' that X starts."""
    found = events(
        pipeline, "The board said it accepted the resignation of John Smith as chairman."
    )
    assert [summary(e)[:3] for e in found] == [("office.end", "John Smith", "Chairman")]
    found = events(pipeline, "Jane Doe's appointment as treasurer follows a long search.")
    assert [summary(e)[:3] for e in found] == [("office.start", "Jane Doe", "Treasurer")]


def test_a_withdrawn_nomination_is_negated(pipeline: Pipeline) -> None:
    """'withdrew the nomination of X as director': a negated nomination."""
    text = "The White House withdrew the nomination of John Smith as director of the agency."
    assert [summary(e)[::4] for e in events(pipeline, text)] == [("office.nominate", "negated")]


def test_each_conjoined_person_gets_the_event(pipeline: Pipeline) -> None:
    """'chairman X and treasurer Y have resigned': two ends; listed objects get theirs too."""
    text = "Acme Corp said its chairman John Smith and treasurer Jane Doe have resigned."
    assert sorted(summary(e)[1] for e in events(pipeline, text)) == ["Jane Doe", "John Smith"]
    text = "Acme appointed John Smith as chairman and Mary Sigler as president."
    assert [summary(e)[1:3] for e in events(pipeline, text)] == [
        ("John Smith", "Chairman"),
        ("Mary Sigler", "President"),
    ]


def test_a_shouted_headline_is_read(pipeline: Pipeline) -> None:
    """'ACME NAMES JOHN SMITH PRESIDENT' is an appointment of the name as written."""
    found = events(pipeline, "ACME CORP NAMES JOHN SMITH PRESIDENT\n\nThe company said sales rose.")
    assert [summary(e)[:3] for e in found] == [("office.start", "John Smith", "President")]


def test_a_headline_surname_is_the_storys_full_name(pipeline: Pipeline) -> None:
    """'WIDGETCO PROMOTES BROWN TO CHAIRMAN' names the story's Mary Brown, its office after it."""
    text = (
        "WIDGETCO &lt;WDG> PROMOTES BROWN TO CHAIRMAN\n\n"
        "DALLAS, March 2 - Widgetco Inc said Mary Brown, its president, had been promoted."
    )
    found = [e for e in events(pipeline, text) if e.evidence.end < text.index("DALLAS")]
    assert [summary(e)[:3] for e in found] == [("office.start", "Mary Brown", "Chairman")]


def test_a_headline_keeps_an_organisation_in_capitals(pipeline: Pipeline) -> None:
    """'SMITH TO SUCCEED JONES AS ACME CHAIRMAN': the organisation before the office is ACME."""
    text = (
        "SMITH TO SUCCEED JONES AS ACME CHAIRMAN\n\n"
        "Acme Corp said Tom Smith will succeed Ann Jones at the end of the month."
    )
    found = [e for e in events(pipeline, text) if e.evidence.end < text.index("Acme")]
    assert sorted((e.type, e.person.name, e.position, e.organization) for e in found) == [
        ("office.end", "Ann Jones", "Chairman", "ACME"),
        ("office.start", "Tom Smith", "Chairman", "ACME"),
    ]


def test_a_headline_without_a_name_gives_nothing(pipeline: Pipeline) -> None:
    """'ACME NAMES NEW PRESIDENT' names no one: no event from the headline."""
    text = "ACME CORP NAMES NEW PRESIDENT\n\nAcme Corp said sales rose in the quarter."
    assert events(pipeline, text) == []


def test_a_name_before_a_noun_of_change_is_the_matter_talked_of(pipeline: Pipeline) -> None:
    """'the Smith nomination could be in difficulty' is no event; its withdrawal is one."""
    assert events(pipeline, "Senators said the John Smith nomination was in difficulty.") == []
    text = "The White House withdrew the John Smith nomination on Monday."
    assert [summary(e)[::4] for e in events(pipeline, text)] == [("office.nominate", "negated")]


def test_a_noun_of_change_takes_the_modality_said_of_it(pipeline: Pipeline) -> None:
    """'X's departure would undermine' is possible; 'X's departure appeared imminent' expected."""
    text = "Analysts said John Smith's departure would undermine the bank."
    assert [summary(e)[::4] for e in events(pipeline, text)] == [("office.end", "possible")]
    text = "John Smith's departure appeared imminent, aides said."
    assert [summary(e)[::4] for e in events(pipeline, text)] == [("office.end", "expected")]


def test_an_adverb_may_stand_before_the_office(pipeline: Pipeline) -> None:
    """'John Smith, who is also chairman, will retire': a tenure and a planned end."""
    found = events(pipeline, "Acme Corp said John Smith, who is also chairman, will retire.")
    assert sorted(summary(e)[::4] for e in found) == [
        ("office.end", "planned"),
        ("office.hold", "asserted"),
    ]


def test_a_replacement_told_twice_keeps_its_link(pipeline: Pipeline) -> None:
    """'X, who resigned last week, will be replaced as chairman by Y': one end, linked to Y."""
    found = events(
        pipeline, "John Smith, who resigned last week, will be replaced as chairman by Mary Jones."
    )
    end = next(e for e in found if e.type == "office.end")
    start = next(e for e in found if e.type == "office.start")
    assert [e.type for e in found].count("office.end") == 1
    assert (end.links, start.links) == ((start.id,), (end.id,))
    assert end.successor is not None and end.successor.name == "Mary Jones"


def test_a_relative_clause_keeps_its_date(pipeline: Pipeline) -> None:
    """'X, who was named president in 1985, resigned': 1985 dates the naming only."""
    found = events(pipeline, "John Smith, who was named president in 1985, resigned.")
    assert [summary(e)[::3] for e in found] == [("office.start", "1985"), ("office.end", None)]


def test_an_organisation_stops_at_a_sentence_break(pipeline: Pipeline) -> None:
    """'... president of Western Union Corp. He ...': the organisation is Western Union Corp."""
    text = "Acme said John Smith was named president of Western Union Corp. He is 54."
    assert [e.organization for e in events(pipeline, text)] == ["Western Union Corp"]


def test_the_term_of_x_is_x_s(pipeline: Pipeline) -> None:
    """'John Jones said the board extended the term of Mary Smith': Mary Smith's extension."""
    text = "John Jones said the board extended the term of Mary Smith as chairman."
    assert [summary(e)[:2] for e in events(pipeline, text)] == [("office.extend", "Mary Smith")]


def test_an_unknown_title_is_read_as_written(pipeline: Pipeline) -> None:
    """A title no lexicon entry spells, ending in an office's noun, is the office as written."""
    found = events(pipeline, "John Smith was named chief widget officer of Acme Corp.")
    assert [(e.position, e.organization) for e in found] == [("chief widget officer", "Acme Corp")]


def test_two_claims_over_one_span_do_not_break_the_source_lookup(
    builtin_manager: PluginManager,
) -> None:
    """Claims whose contents share a span (two speakers of one quote) still give a source."""
    text = "Acme Corp said John Smith has resigned as chairman."
    content = (TextSpan(15, 50, text[15:50]),)
    claims = [
        Claim(
            kind="indirect",
            content=content,
            speaker=Speaker(start=0, end=9, text="Acme Corp", entity="Acme Corp"),
        ),
        Claim(
            kind="indirect",
            content=content,
            speaker=Speaker(start=0, end=4, text="Acme", entity="Acme"),
        ),
    ]
    with using(builtin_manager):
        found = find_events(text, current(), (), (), claims)
    assert [e.type for e in found] == ["office.end"]
    assert found[0].source is not None and found[0].source.name in {"Acme Corp", "Acme"}


def test_a_relative_clause_after_a_replacement_dates_the_one_replaced(pipeline: Pipeline) -> None:
    """'He replaces Y, who resigned in December': Y's end is December's, the start undated."""
    text = "Acme named Jane Doe chairman. She replaces John Smith, who resigned in December."
    found = {(e.type, e.person.name if e.person else None): e for e in events(pipeline, text)}
    end = found["office.end", "John Smith"]
    assert end.time is not None and end.time.value == "1986-12"
    assert all(e.time is None for key, e in found.items() if key[0] == "office.start")


def test_whose_appointment_is_the_named_persons(pipeline: Pipeline) -> None:
    """'X, whose appointment as chief of staff ...': X's start as chief of staff."""
    text = "Reagan said Howard Baker, whose appointment as chief of staff was announced, agreed."
    assert [summary(e)[:3] for e in events(pipeline, text)] == [
        ("office.start", "Howard Baker", "Chief of Staff")
    ]


def test_named_as_his_replacement_is_a_start(pipeline: Pipeline) -> None:
    """'X was named as his replacement': a start whose office the sentence leaves out."""
    text = "Acme Corp said Howard Baker was named as his replacement."
    assert [summary(e)[:2] for e in events(pipeline, text)] == [("office.start", "Howard Baker")]


def test_a_marked_title_the_mentions_left_without_a_role_is_read(pipeline: Pipeline) -> None:
    """'former Texas Sen. John Tower': a tenure as senator of Texas, read from the text."""
    found = events(pipeline, "Reagan named former Texas Sen. John Tower to the panel.")
    assert [(summary(e)[:3], e.organization) for e in found] == [
        (("office.hold", "John Tower", "Senator"), "Texas")
    ]


def test_a_hyphenated_cue_is_read_on_plain_text(pipeline: Pipeline) -> None:
    """'was re-elected chairman' on ASCII text: the election (the fast scan missed it once)."""
    text = "Acme Corp said John Smith was re-elected chairman of Acme Corp in June 1987."
    assert [summary(e)[:3] for e in events(pipeline, text)] == [
        ("office.elect", "John Smith", "Chairman")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "John Smith was appointed by the president.",
        "John Smith was appointed after the minister resigned.",
        "Mary Jones was named to succeed the director.",
    ],
)
def test_a_phrase_ending_in_an_office_noun_is_no_title(pipeline: Pipeline, text: str) -> None:
    """'by the president', 'after the minister' name no office of the person appointed."""
    assert all(e.position is None or " " not in e.position for e in events(pipeline, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Acme Corp said it elected two new directors. They are John Smith and Mary Jones.",
            [
                ("office.elect", "John Smith", "Director"),
                ("office.elect", "Mary Jones", "Director"),
            ],
        ),
        (
            "Acme Corp said it named the following officers: John Smith, president; Mary Jones,"
            " treasurer.",
            [
                ("office.start", "John Smith", "President"),
                ("office.start", "Mary Jones", "Treasurer"),
            ],
        ),
        (
            "Named to the board were John Smith and Mary Jones, Acme Corp said.",
            [
                ("office.start", "John Smith", "Board Member"),
                ("office.start", "Mary Jones", "Board Member"),
            ],
        ),
    ],
)
def test_a_list_after_a_count_gives_each_person_the_event(
    pipeline: Pipeline, text: str, expected: list[tuple[object, ...]]
) -> None:
    """'elected two directors. They are A and B', 'the following officers: A, president; B'."""
    assert [summary(e)[:3] for e in events(pipeline, text)] == expected


def test_a_count_without_a_list_is_no_event(pipeline: Pipeline) -> None:
    """'Acme named three vice presidents. Sales rose.' names no one."""
    assert events(pipeline, "Acme Corp said it named three vice presidents. Sales rose.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Acme Corp said John Smith was appointed by the board as chief financial officer.",
            [("office.start", "John Smith", "Chief Financial Officer", None, "asserted")],
        ),
        (
            "Acme Corp said its board will name in May Mary Jones as president.",
            [("office.start", "Mary Jones", "President", "1987-05", "planned")],
        ),
        (
            "Acme Corp said it appointed Tom Brown as chairman in the new structure, and Alan"
            " Green as president.",
            [
                ("office.start", "Tom Brown", "Chairman", None, "asserted"),
                ("office.start", "Alan Green", "President", None, "asserted"),
            ],
        ),
    ],
)
def test_the_object_may_stand_after_an_agent_a_time_or_a_phrase(
    pipeline: Pipeline, text: str, expected: list[tuple[object, ...]]
) -> None:
    """'appointed by the board as CFO', 'will name in May X as', '..., and Y as president'."""
    assert [summary(e) for e in events(pipeline, text)] == expected


def test_duties_taken_over_by_a_person_are_a_start(pipeline: Pipeline) -> None:
    """'X resigned as president and her duties will be taken over by Y': Y starts, linked."""
    text = (
        "Acme Corp said Mary Jones resigned as president and her duties will be taken over"
        " by chairman Tom Brown."
    )
    end, start = events(pipeline, text)
    assert summary(start) == ("office.start", "Tom Brown", "President", None, "planned")
    assert start.predecessor is not None and start.predecessor.name == "Mary Jones"
    assert end.links == (start.id,) and start.links == (end.id,)


def test_a_long_relative_clause_keeps_the_subject_and_its_own_time(pipeline: Pipeline) -> None:
    """'X, who has worked ... since 1970, will succeed Sir Y': X starts, undated; Y ends."""
    text = (
        "Tom Brown, who has worked at the bank in several senior posts since 1970, will"
        " succeed Sir Alan Green as chairman."
    )
    assert sorted(summary(e) for e in events(pipeline, text)) == [
        ("office.end", "Alan Green", "Chairman", None, "planned"),
        ("office.start", "Tom Brown", "Chairman", None, "planned"),
    ]


def test_a_relative_clause_does_not_take_the_time_after_it(pipeline: Pipeline) -> None:
    """'X, who will remain a director, agreed to sell in the next year': the tenure is undated."""
    text = (
        "Acme said Tom Brown, who will remain a director, agreed to sell shares in the next year."
    )
    assert [summary(e) for e in events(pipeline, text)] == [
        ("office.hold", "Tom Brown", "Director", None, "planned")
    ]


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("Effective April 1, John Smith will become president of Acme Corp.", "1987-04-01"),
        ("John Smith resigned as president, Acme Corp said on Friday.", None),
        ("John Smith was named president of Acme, which he joined in 1980.", None),
        ("Acme Corp said John Smith was named president, effective immediately.", None),
    ],
)
def test_the_time_is_the_changes_own(pipeline: Pipeline, text: str, time: str | None) -> None:
    """'Effective April 1, X will' dates X's start; the report's or another clause's time not."""
    assert [summary(e)[3] for e in events(pipeline, text)] == [time]


def test_the_month_may_is_no_modal(pipeline: Pipeline) -> None:
    """'the retirement of X on May 1' is planned (a date after the story's), not possible."""
    text = "Acme Corp said it expects the retirement of Tom Jones on May 1."
    assert [summary(e)[::3] for e in events(pipeline, text)] == [("office.end", "1987-05-01")]
    assert [e.modality for e in events(pipeline, text)] == ["planned"]


def test_a_glued_ex_title_is_a_past_tenure(pipeline: Pipeline) -> None:
    """'ex-senator John Walker' held the office of senator."""
    text = "He met ex-senator John Walker and ex-prime minister Mary Jones on Friday."
    assert [summary(e)[:3] for e in events(pipeline, text)] == [
        ("office.hold", "John Walker", "Senator"),
        ("office.hold", "Mary Jones", "Prime Minister"),
    ]


def test_a_marked_title_ending_in_the_mention_is_read(pipeline: Pipeline) -> None:
    """'new White House Chief of Staff X': a start, though the mention took 'Staff' for X's."""
    text = "The senator met new White House Chief of Staff Howard Baker on Monday."
    assert [(*summary(e)[:3], e.organization) for e in events(pipeline, text)] == [
        ("office.start", "Howard Baker", "Chief of Staff", "White House")
    ]


def test_a_former_title_inside_an_end_is_that_ends_office(pipeline: Pipeline) -> None:
    """'former chief of staff X, who resigned', 'the death of former chairman X': one end."""
    text = "Former White House chief of staff Donald Regan, who resigned last week, spoke."
    assert [summary(e)[:3] for e in events(pipeline, text)] == [
        ("office.end", "Donald Regan", "Chief of Staff")
    ]
    text = "Acme Corp named Tom Brown chairman following the death of former chairman John Smith."
    assert [summary(e)[:3] for e in events(pipeline, text)] == [
        ("office.start", "Tom Brown", "Chairman"),
        ("office.end", "John Smith", "Chairman"),
    ]


def test_a_death_without_an_office_is_no_end(pipeline: Pipeline) -> None:
    """'the death of his wife Mary Smith' ends no office."""
    assert events(pipeline, "Acme Corp said the death of his wife Mary Smith saddened him.") == []


def test_candidates_named_are_possible_starts(pipeline: Pipeline) -> None:
    """'Other candidates include A, an aide to B, and C': A and C, possible; not B."""
    text = (
        "Other candidates include economist John Smith, a former aide to Tom Brown, and bank"
        " chairman Mary Jones."
    )
    assert [(*summary(e)[::4], e.person.name) for e in events(pipeline, text)] == [
        ("office.start", "possible", "John Smith"),
        ("office.start", "possible", "Mary Jones"),
    ]


def test_a_possibility_after_a_title_ends_at_its_relative_clause(pipeline: Pipeline) -> None:
    """'One possibility is Secretary of State X, whose work under President Y': X only."""
    text = (
        "One possibility is Secretary of State Alan Green, whose work under President Tom Nixon"
        " helps."
    )
    assert [(e.type, e.person.name, e.modality) for e in events(pipeline, text)] == [
        ("office.start", "Alan Green", "possible")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Acme Corp said its chairman, John Smith, will retire in June.",
            [("office.end", "John Smith", "Chairman", "1987-06", "planned")],
        ),
        (
            "Acme said chairman Bill Brown and treasurer Ann Lee have resigned.",
            [
                ("office.end", "Bill Brown", "Chairman", None, "asserted"),
                ("office.end", "Ann Lee", "Treasurer", None, "asserted"),
            ],
        ),
    ],
)
def test_the_office_left_is_the_title_before_the_name(
    pipeline: Pipeline, text: str, expected: list[tuple[object, ...]]
) -> None:
    """'its chairman, X, will retire': X leaves the chairmanship; each listed person their own."""
    assert [summary(e) for e in events(pipeline, text)] == expected


def test_a_verb_after_and_shares_the_subject_before_it(pipeline: Pipeline) -> None:
    """'X stepped down as chairman and was replaced by Y': Y starts as chairman, linked."""
    text = "Acme said Tom Brown stepped down as chairman and was replaced by John Smith."
    end, start = events(pipeline, text)
    assert [summary(end), summary(start)] == [
        ("office.end", "Tom Brown", "Chairman", None, "asserted"),
        ("office.start", "John Smith", "Chairman", None, "asserted"),
    ]
    assert end.links == (start.id,)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Acme Corp said it has appointed John Smith vice president-finance.",
            [("office.start", "John Smith", "Vice President")],
        ),
        (
            "John Smith, formerly president of Beta Inc, has joined Acme as treasurer.",
            [
                ("office.hold", "John Smith", "President"),
                ("office.start", "John Smith", "Treasurer"),
            ],
        ),
        (
            "Acme Corp said it elected John Smith and Mary Jones to its board.",
            [
                ("office.elect", "John Smith", "Board Member"),
                ("office.elect", "Mary Jones", "Board Member"),
            ],
        ),
    ],
)
def test_offices_written_in_wire_copy_shapes(
    pipeline: Pipeline, text: str, expected: list[tuple[object, ...]]
) -> None:
    """'vice president-finance', 'formerly president', 'joined Acme as', 'elected A and B to'."""
    assert [summary(e)[:3] for e in events(pipeline, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Acme said John Smith will be nominated for election as a director on April 28.",
            [("office.nominate", "John Smith", "Director", "1987-04-28", "planned")],
        ),
        (
            "Acme said John Smith resigned last week as chairman.",
            [("office.end", "John Smith", "Chairman", "1987-W09", "asserted")],
        ),
        (
            "Acme said John Smith, its president since 1982, resigned.",
            [("office.end", "John Smith", "President", None, "asserted")],
        ),
        (
            "Acme said the board will meet soon to replace Tom Brown, who is retiring.",
            [("office.end", "Tom Brown", None, None, "planned")],
        ),
        (
            "Acme said it expects the retirement of Tom Brown in May.",
            [("office.end", "Tom Brown", None, "1987-05", "planned")],
        ),
    ],
)
def test_wire_copy_clauses_of_an_end_or_a_nomination(
    pipeline: Pipeline, text: str, expected: list[tuple[object, ...]]
) -> None:
    """'for election as', a time before 'as', an apposed office, 'is retiring', 'in May'."""
    assert [summary(e) for e in events(pipeline, text)] == expected


def test_a_name_withdrawn_from_nomination_is_a_negated_nomination(pipeline: Pipeline) -> None:
    """'Mary Jones asked that her name be withdrawn from nomination as director': negated."""
    text = "Mary Jones asked that her name be withdrawn from nomination as director."
    assert [summary(e) for e in events(pipeline, text)] == [
        ("office.nominate", "Mary Jones", "Director", None, "negated")
    ]


def test_a_passive_closed_by_its_agent_is_an_event(pipeline: Pipeline) -> None:
    """'Tom Brown was appointed by a commission that ...': a start without an office."""
    text = "Tom Brown was appointed by a commission that holds the shares."
    assert [summary(e)[:2] for e in events(pipeline, text)] == [("office.start", "Tom Brown")]


def test_adjectives_joined_by_and_share_no_subject(pipeline: Pipeline) -> None:
    """'nominated to succeed the ailing and resigned X': 'resigned' takes no subject from before."""
    text = "Acme said Mary Jones was nominated to succeed the ailing and resigned Tom Brown."
    assert sorted(summary(e)[:2] for e in events(pipeline, text)) == [
        ("office.end", "Tom Brown"),
        ("office.nominate", "Mary Jones"),
    ]


def test_a_passive_before_to_succeed_gives_the_start_its_type(pipeline: Pipeline) -> None:
    """'X was elected to succeed Y' is X's election, 'X was named to succeed Y' X's start."""
    found = events(pipeline, "Acme said Mary Jones was elected to succeed Tom Brown.")
    assert sorted(summary(e)[:2] for e in found) == [
        ("office.elect", "Mary Jones"),
        ("office.end", "Tom Brown"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Acme said Ann Lee was named to the newly created post of treasurer.",
            [("office.start", "Ann Lee", "Treasurer", None, "asserted")],
        ),
        (
            "Acme said its board accepted the resignation of president Tom Brown.",
            [("office.end", "Tom Brown", "President", None, "asserted")],
        ),
        (
            "Acme said chairman Tom Brown will take early retirement.",
            [("office.end", "Tom Brown", "Chairman", None, "planned")],
        ),
        (
            "Acme said Tom Brown retired as chairman but remains a director.",
            [
                ("office.end", "Tom Brown", "Chairman", None, "asserted"),
                ("office.hold", "Tom Brown", "Director", None, "asserted"),
            ],
        ),
        (
            "Acme said Tom Brown will step down in June and be succeeded by Ann Lee.",
            [
                ("office.end", "Tom Brown", None, "1987-06", "planned"),
                ("office.start", "Ann Lee", None, None, "planned"),
            ],
        ),
    ],
)
def test_more_wire_copy_shapes_of_a_change(
    pipeline: Pipeline, text: str, expected: list[tuple[object, ...]]
) -> None:
    """'newly created post of', 'resignation of president X', 'early retirement', 'but remains'."""
    assert [summary(e) for e in events(pipeline, text)] == expected


def test_a_title_before_a_name_must_close_right_before_it(pipeline: Pipeline) -> None:
    """'X was named president of Acme Inc and Y was named treasurer': Y is not named president."""
    text = (
        "Acme said John Smith was named president of Acme Inc and Mary Jones was named treasurer."
    )
    assert [summary(e)[:3] for e in events(pipeline, text)] == [
        ("office.start", "John Smith", "President"),
        ("office.start", "Mary Jones", "Treasurer"),
    ]


def office_of(event: Event) -> tuple[str, str | None, str | None, str | None, str]:
    """An event's type, person, position, organisation and modality."""
    person = event.person.name if event.person else None
    return (event.type, person, event.position, event.organization, event.modality)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Karen Will resigned as chairman of Acme Corp.",
            ("office.end", "Karen Will", "Chairman", "Acme Corp", "asserted"),
        ),
        (
            "Prime Minister Anna May resigned.",
            ("office.end", "Anna May", "Prime Minister", None, "asserted"),
        ),
        (
            "Jane Roe may resign as chairman of Acme Corp.",
            ("office.end", "Jane Roe", "Chairman", "Acme Corp", "possible"),
        ),
    ],
)
def test_a_surname_spelled_as_an_auxiliary_is_a_name(
    pipeline: Pipeline, text: str, expected: tuple[str, ...]
) -> None:
    """ "Anna May resigned": a capitalised "May" or "Will" is the name's, not a modal verb."""
    assert [office_of(event) for event in events(pipeline, text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Mark Dune was sworn in as prime minister of Canada.",
        "Mark Dune took office as prime minister of Canada.",
    ],
)
def test_sworn_in_and_took_office_start_a_tenure(pipeline: Pipeline, text: str) -> None:
    """ "X was sworn in as Y" and "X took office as Y" are starts of Y."""
    [event] = events(pipeline, text)
    assert office_of(event) == ("office.start", "Mark Dune", "Prime Minister", "Canada", "asserted")


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        (
            "Acme hired former Dutch Prime Minister Anna Berg.",
            "former Dutch Prime Minister Anna Berg",
        ),
        ("The ex-senator Howard Blake came.", "ex-senator Howard Blake"),
    ],
)
def test_a_marked_titles_evidence_holds_the_title(
    pipeline: Pipeline, text: str, evidence: str
) -> None:
    """The evidence of "former Dutch Prime Minister X" is the whole phrase, not the name alone."""
    [event] = events(pipeline, text)
    assert event.evidence is not None
    assert text[event.evidence.start : event.evidence.end] == evidence


def test_a_change_told_in_two_sentences_is_two_events(pipeline: Pipeline) -> None:
    """ "outgoing chairman X" in the lede and "X steps down as chairman" later are two ends."""
    text = (
        "Prices will rise, according to outgoing chairman Paula Brenner. "
        "Brenner steps down as chairman when the board meets on March 17."
    )
    found = [summary(e) for e in events(pipeline, text)]
    assert found == [
        ("office.end", "Paula Brenner", "Chairman", None, "planned"),
        ("office.end", "Paula Brenner", "Chairman", "1987-03-17", "planned"),
    ]


def test_a_retired_title_before_a_name_is_an_end(pipeline: Pipeline) -> None:
    """ "retired governor X" states that X's tenure as governor ended."""
    [event] = events(pipeline, "The report was written by retired governor Alan Perrow.")
    assert summary(event) == ("office.end", "Alan Perrow", "Governor", None, "asserted")


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("Acme Corp said it named Rosa Lind president, effective April one.", "1987-04-01"),
        ("Acme Corp said Rosa Lind will become president on June two.", "1987-06-02"),
        ("Acme Corp said Rosa Lind will become president in June, one year early.", "1987-06"),
        ("Acme Corp said Rosa Lind will become president in June one year early.", "1987-06"),
    ],
)
def test_a_day_spelled_after_a_month_dates_the_event(
    pipeline: Pipeline, text: str, time: str
) -> None:
    """Wire style's "April one" is the 1st of April; "June one year early" stays a month."""
    [event] = events(pipeline, text)
    assert summary(event)[:4] == ("office.start", "Rosa Lind", "President", time)


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("Nina Ortiz has served as treasurer for the past three years.", "P3Y"),
        ("Nina Ortiz, who has been treasurer for 11 years, spoke.", "P11Y"),
    ],
)
def test_a_tenure_for_a_length_of_time_takes_the_duration(
    pipeline: Pipeline, text: str, time: str
) -> None:
    """ "has served as X for N years" is a hold whose time is the duration."""
    [event] = events(pipeline, text)
    assert summary(event) == ("office.hold", "Nina Ortiz", "Treasurer", time, "asserted")


def test_a_titled_successor_of_a_passive_is_found(pipeline: Pipeline) -> None:
    """ "X, who was replaced by deputy governor Y" ends X's tenure and starts Y's."""
    text = "Mara Quist, who was replaced by deputy governor Ivo Lerner last month, spoke."
    found = [(*summary(e)[:2], summary(e)[3]) for e in events(pipeline, text)]
    assert found == [
        ("office.end", "Mara Quist", "1987-02"),
        ("office.start", "Ivo Lerner", "1987-02"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Acme said chairman Tom Reyes and three senior vice presidents resigned.",
            [("office.end", "Tom Reyes", "Chairman", None, "asserted")],
        ),
        (
            "Prime Minister Ana Duval and her coalition government have resigned.",
            [("office.end", "Ana Duval", "Prime Minister", None, "asserted")],
        ),
        ("Acme said Tom Reyes and his wife will retire to Florida.", []),
    ],
)
def test_a_named_subject_joined_with_unnamed_others_leaves(
    pipeline: Pipeline, text: str, expected: list[tuple[str, str, str, None, str]]
) -> None:
    """ "X and four vice presidents resigned" ends X's office; an office must be known."""
    assert [summary(e) for e in events(pipeline, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Acme Corp said Lena Ford will leave the board on April 23.",
            ("office.end", "Lena Ford", "Board Member", "1987-04-23", "planned"),
        ),
        (
            "Lena Ford left office in January.",
            ("office.end", "Lena Ford", None, "1987-01", "asserted"),
        ),
        (
            "Acme Corp said Lena Ford has been a member of the board since 1981.",
            ("office.hold", "Lena Ford", "Board Member", "1981", "asserted"),
        ),
    ],
)
def test_leaving_the_board_or_office_and_board_membership(
    pipeline: Pipeline, text: str, expected: tuple[str, str, str | None, str, str]
) -> None:
    """ "left the board" and "left office" are ends; "a member of the board" is an office."""
    [event] = events(pipeline, text)
    assert summary(event) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Acme Corp said Dora Lim has been elected president of the bank and treasurer of the "
        "holding company.",
        "Acme Corp said it elected Dora Lim president of the bank and treasurer of the holding "
        "company.",
    ],
)
def test_two_offices_of_two_organisations_are_two_events(pipeline: Pipeline, text: str) -> None:
    """ "president of X and treasurer of Y" gives an event for each office."""
    found = [summary(e) for e in events(pipeline, text)]
    assert found == [
        ("office.elect", "Dora Lim", "President", None, "asserted"),
        ("office.elect", "Dora Lim", "Treasurer", None, "asserted"),
    ]


def test_conjoined_titles_of_one_organisation_are_one_event(pipeline: Pipeline) -> None:
    """ "president of Acme and chief executive" (one run of titles) stays one event."""
    text = "Acme Corp said Dora Lim was named president of the bank and chief executive."
    assert len(events(pipeline, text)) == 1


def test_a_becoming_after_and_shares_the_subject(pipeline: Pipeline) -> None:
    """ "X has resigned as director and become an adviser" is X's end and X's start."""
    text = "Acme Corp said Ruth Gale has resigned as treasurer and become a vice president."
    found = [summary(e)[:3] for e in events(pipeline, text)]
    assert found == [
        ("office.end", "Ruth Gale", "Treasurer"),
        ("office.start", "Ruth Gale", "Vice President"),
    ]


def test_a_board_listed_with_its_members_elects_each(pipeline: Pipeline) -> None:
    """ "elected a new board consisting of A, B and C" is an election of each to the board."""
    text = "Shareholders elected a new board consisting of Ada Kern, Bo Lund and Cy Marsh."
    found = [summary(e)[:3] for e in events(pipeline, text)]
    assert found == [
        ("office.elect", "Ada Kern", "Board Member"),
        ("office.elect", "Bo Lund", "Board Member"),
        ("office.elect", "Cy Marsh", "Board Member"),
    ]


def test_a_list_item_running_past_its_office_does_not_end_the_list(pipeline: Pipeline) -> None:
    """ "A, chairman and the chief of X Co, and B" lists B too."""
    text = (
        "Acme Corp said it named two directors, Ada Kern, chairman and the chief executive of "
        "Kern Mills Co, and Bo Lund, a retired judge."
    )
    assert [summary(e)[:2] for e in events(pipeline, text)] == [
        ("office.start", "Ada Kern"),
        ("office.start", "Bo Lund"),
    ]


def test_a_former_office_in_an_apposition_before_the_verb(pipeline: Pipeline) -> None:
    """ "X, former A and B of Y, has been named A" is a past tenure of A and a start of A."""
    text = (
        "Acme Corp said Hal Brenn, former executive vice president and chief financial officer "
        "of Dolt Mills Inc, has been named executive vice president."
    )
    found = [(*summary(e)[:3], e.organization) for e in events(pipeline, text)]
    assert found == [
        ("office.hold", "Hal Brenn", "Executive Vice President", "Dolt Mills Inc"),
        ("office.start", "Hal Brenn", "Executive Vice President", "Acme Corp"),
    ]


def test_a_marked_apposition_after_an_object_is_passed_to_its_office(pipeline: Pipeline) -> None:
    """ "named Dieter zur Hal, formerly president of Y, vice chairman" starts vice chairman."""
    text = (
        "Acme also said it named Dieter zur Hal, formerly president of Dolt Mills, vice chairman."
    )
    found = [summary(e)[:3] for e in events(pipeline, text)]
    assert found == [
        ("office.start", "Dieter zur Hal", "Vice Chairman"),
        ("office.hold", "Dieter zur Hal", "President"),
    ]


def test_a_conjunct_after_an_apposition_is_not_the_subject(pipeline: Pipeline) -> None:
    """ "X, a vice president at Y, and his father, retired professor Z" gives X no end."""
    text = (
        "Kent Dorr, senior vice president at Bram Securities Inc, and his father, retired "
        "professor Al Dorr, bought the stake."
    )
    assert events(pipeline, text) == []


def test_a_verb_left_out_for_a_second_person(pipeline: Pipeline) -> None:
    """ "X will become chairman and Y president" starts both; a verb of Y's own is Y's."""
    text = "Acme Corp said Ida Moor will become chairman and Al Pike president."
    assert [summary(e)[:4] for e in events(pipeline, text)] == [
        ("office.start", "Ida Moor", "Chairman", None),
        ("office.start", "Al Pike", "President", None),
    ]
    text = "Acme Corp said Ida Moor was named chairman and Al Pike, the treasurer, will retire."
    assert [summary(e)[:2] for e in events(pipeline, text)] == [
        ("office.start", "Ida Moor"),
        ("office.end", "Al Pike"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Acme's former president, Ned Voss, was named managing director.",
            [
                ("office.hold", "Ned Voss", "President"),
                ("office.start", "Ned Voss", "Managing Director"),
            ],
        ),
        ("He met the president, Ned Voss, on Monday.", []),
    ],
)
def test_a_marked_title_set_off_by_a_comma_before_the_name(
    pipeline: Pipeline, text: str, expected: list[tuple[str, str, str]]
) -> None:
    """ "Acme's former president, X," is a past tenure; a bare title so is a mention."""
    assert [summary(e)[:3] for e in events(pipeline, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Acme said Ned Voss was named managing director and will continue on the board.",
            [
                ("office.start", "Ned Voss", "Managing Director"),
                ("office.hold", "Ned Voss", "Board Member"),
            ],
        ),
        (
            "Acme Corp said Ned Voss joined the company in May 1984 as treasurer.",
            [("office.start", "Ned Voss", "Treasurer")],
        ),
        (
            "Acme Corp said Ned Voss retires as previously announced as chairman.",
            [("office.end", "Ned Voss", "Chairman")],
        ),
        (
            "Mr Reagan accepted the resignation of White House counsel Ned Voss.",
            [("office.end", "Ned Voss", "Counsel")],
        ),
    ],
)
def test_offices_after_inserted_words_and_titled_holders(
    pipeline: Pipeline, text: str, expected: list[tuple[str, str, str]]
) -> None:
    """The office is read past "in May 1984" and "as previously announced"; "counsel" is one."""
    assert [summary(e)[:3] for e in events(pipeline, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "PREMIER DUVAL SAYS HE WILL RESIGN\n\nPARIS, March 3 - Prime Minister Ana Duval spoke.",
            ("office.end", "Ana Duval", None, None, "planned"),
        ),
        (
            "ACME NAMES ROSSI TO NEW POST\n\nBOSTON, March 3 - Acme Inc said Leo Rossi will join.",
            ("office.start", "Leo Rossi", None, None, "asserted"),
        ),
    ],
)
def test_headline_says_he_and_named_to_new_post(
    pipeline: Pipeline, text: str, expected: tuple[str, str, None, None, str]
) -> None:
    """A headline's "X SAYS HE WILL RESIGN" is X's; "NAMES X TO NEW POST" is a start."""
    assert summary(events(pipeline, text)[0]) == expected


def test_two_tenures_each_with_its_since_time(pipeline: Pipeline) -> None:
    """ "has served as CEO since 1978 and chairman since 1980" is two holds, each dated."""
    text = (
        "Acme Corp said Tim Hale has served as chief executive since 1978 and chairman since 1980."
    )
    assert [summary(e) for e in events(pipeline, text)] == [
        ("office.hold", "Tim Hale", "Chief Executive Officer", "1978", "asserted"),
        ("office.hold", "Tim Hale", "Chairman", "1980", "asserted"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lee Hart, now the director of the Institute for Applied Economic Studies, said.",
            [("office.hold", "Lee Hart", "Director", None, "asserted")],
        ),
        (
            "Lee Hart, formerly staff director at the Fed and now vice chairman of Orca, said.",
            [
                ("office.hold", "Lee Hart", "Vice Chairman", None, "asserted"),
                ("office.hold", "Lee Hart", "staff director", None, "asserted"),
            ],
        ),
        (
            "Lee Hart, president since 1985, said.",
            [("office.hold", "Lee Hart", "President", "1985", "asserted")],
        ),
        (
            "Lee Hart, Spain's prime minister for a record five years, said.",
            [("office.hold", "Lee Hart", "Prime Minister", "P5Y", "asserted")],
        ),
        ("Lee Hart, president of Orca Bank, said.", []),
        ("Lee Hart, president for the Americas, said.", []),
    ],
)
def test_appositions_that_state_a_tenure(
    pipeline: Pipeline, text: str, expected: list[tuple[str, str, str, str | None, str]]
) -> None:
    """A marked apposition ("now the director of Y", "and now Z") or a timed one is a hold."""
    assert [summary(e) for e in events(pipeline, text)] == expected


def test_a_member_of_an_organisations_board(pipeline: Pipeline) -> None:
    """ "He has been a member of Acme's board since 1986" is a hold of Acme's board seat."""
    text = "Ruth Gale was named chairman. She has been a member of Dolt-Mart's board since 1986."
    hold = events(pipeline, text)[-1]
    assert summary(hold) == ("office.hold", "Ruth Gale", "Board Member", "1986", "asserted")
    assert hold.organization == "Dolt-Mart"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Varga resigned as prime minister on Friday.",
            [("office.end", "Varga", "Prime Minister", "1987-02-27", "asserted")],
        ),
        ("Olin Corp said Olin has been named co-manager of the offering.", []),
        ("On Monday Chrysler was named defendant.", []),
    ],
)
def test_a_bare_surname_subject_with_a_known_office(
    pipeline: Pipeline, text: str, expected: list[tuple[str, str, str, str, str]]
) -> None:
    """A capitalised word alone is the subject only before a cue and an office of the lexicon."""
    assert [summary(e) for e in events(pipeline, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Acme Corp said chairman Ian Roe will leave at the end of March.",
            [("office.end", "Ian Roe", "Chairman", "1987-03", "planned")],
        ),
        (
            "And if Ian Roe left this August, the bank would suffer.",
            [("office.end", "Ian Roe", None, "1987-08", "possible")],
        ),
        ("Ian Roe left for Paris. He left in a hurry.", []),
        ("President Ian Roe left the country in February.", []),
    ],
)
def test_leaving_alone_needs_a_time_or_the_clauses_end(
    pipeline: Pipeline, text: str, expected: list[tuple[str, str, str | None, str, str]]
) -> None:
    """ "X will leave at the end of March" is an end, "left for Paris" none; "if" is possible."""
    assert [summary(e) for e in events(pipeline, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Republican who is chairman of the panel spoke.", []),
        ("Tom Ailes built the network. Ailes left.", []),
        (
            "Rita Vane, a former director of the Office of Budget in the last administration, "
            "spoke.",
            [("office.hold", "Rita Vane", "Director", None, "asserted")],
        ),
    ],
)
def test_guards_of_bare_words_bare_leaving_and_apposition_tails(
    pipeline: Pipeline, text: str, expected: list[tuple[str, str, str, None, str]]
) -> None:
    """No surname after a determiner, no office left by a bare "left."; a short tail closes."""
    assert [summary(e) for e in events(pipeline, text)] == expected


def test_a_nomination_for_a_later_vote_is_asserted(pipeline: Pipeline) -> None:
    """ "nominated X for election at the May 19 meeting": the nomination is made now."""
    text = "Acme Corp said it nominated Vera Holt for election to its board at the May 19 meeting."
    [event] = events(pipeline, text)
    assert summary(event)[::4] == ("office.nominate", "asserted")


def test_an_effective_date_after_a_relative_clause_dates_the_noun(pipeline: Pipeline) -> None:
    """ "His resignation, which the board accepted, is effective on March 20" is dated."""
    text = (
        'Ned Voss quit. His resignation, which Acme accepted "with regret," is effective on '
        "March 20."
    )
    assert summary(events(pipeline, text)[-1]) == (
        "office.end", "Ned Voss", None, "1987-03-20", "planned",
    )  # fmt: skip


def test_in_succession_to_adds_the_one_replaced(pipeline: Pipeline) -> None:
    """ "nominated X to be director, in succession to ailing Y" ends Y's tenure, linked."""
    text = (
        "Mr Reagan nominated Ann Fry to be director of the agency, in succession to ailing Tom Orr."
    )
    found = [(e.type, e.person.name if e.person else None) for e in events(pipeline, text)]
    assert found == [("office.nominate", "Ann Fry"), ("office.end", "Tom Orr")]
    assert events(pipeline, text)[0].predecessor is not None


def test_a_long_apposition_before_a_passive_cue(pipeline: Pipeline) -> None:
    """A sixteen-word apposition may stand between the subject and "is being nominated"."""
    text = (
        "Rex Dole, deputy assistant general counsel for litigation in the Justice Department's "
        "antitrust division since last June, is being nominated as a judge."
    )
    assert [summary(e)[:3] for e in events(pipeline, text)] == [
        ("office.nominate", "Rex Dole", "Judge")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Acme Corp said Joan Pratt will assume the additional title of chairman.",
            [("office.start", "Joan Pratt", "Chairman", None, "planned")],
        ),
        (
            "Acme Corp said Joan Pratt has agreed to become president.",
            [("office.start", "Joan Pratt", "President", None, "planned")],
        ),
        (
            "Acme Corp said Joan Pratt was relieved of her duties as chairman.",
            [("office.end", "Joan Pratt", "Chairman", None, "asserted")],
        ),
        (
            "Acme Corp said Joan Pratt was elevated to president.",
            [("office.start", "Joan Pratt", "President", None, "asserted")],
        ),
        (
            "Acme Corp said Joan Pratt left the company in January.",
            [("office.end", "Joan Pratt", None, "1987-01", "asserted")],
        ),
        (
            "Acme Corp said Joan Pratt has been named to head the new unit.",
            [("office.start", "Joan Pratt", None, None, "asserted")],
        ),
        (
            "Acme Corp said chairman Joan Pratt died on Sunday.",
            [("office.end", "Joan Pratt", "Chairman", "1987-03-01", "asserted")],
        ),
        ("Acme Corp said Joan Pratt died on Sunday.", []),
    ],
)
def test_more_wire_forms_of_change(
    pipeline: Pipeline, text: str, expected: list[tuple[str, str, str | None, str | None, str]]
) -> None:
    """Forms of change common in wire copy: additional title, agreed to, relieved of, died."""
    assert [summary(e) for e in events(pipeline, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Acme Corp said it elected Ada Kern, Bo Lund and Cy Marsh as directors.",
            [("office.elect", n, "Director") for n in ("Ada Kern", "Bo Lund", "Cy Marsh")],
        ),
        (
            "Acme Corp said Ada Kern and Bo Lund were named vice presidents.",
            [("office.start", n, "Vice President") for n in ("Ada Kern", "Bo Lund")],
        ),
        ("Acme Corp said Ada Kern and Bo Lund were named defendants.", []),
        (
            "Acme Corp said Ada Kern stepped down from her post as president.",
            [("office.end", "Ada Kern", "President")],
        ),
        (
            "Acme Corp said Ada Kern assumed the chairmanship in 1985.",
            [("office.start", "Ada Kern", "Chairman")],
        ),
        (
            "Acme Corp said Ada Kern will retire at the end of the year and will be succeeded by "
            "Bo Lund.",
            [("office.end", "Ada Kern", None), ("office.start", "Bo Lund", None)],
        ),
    ],
)
def test_plural_offices_posts_and_a_shared_subject_past_a_time(
    pipeline: Pipeline, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    """A plural office for several persons, "from her post as", "the chairmanship", "and"."""
    assert [summary(e)[:3] for e in events(pipeline, text)] == expected


def test_an_unresolved_pronoun_subject_is_kept_as_written(pipeline: Pipeline) -> None:
    """ "He was named president": a pronoun coreference resolves to no one is still a person."""
    [event] = events(pipeline, "He was named president of Acme Inc.")
    assert summary(event) == ("office.start", "He", "President", None, "asserted")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Acme Corp said it hired Joan Pratt as president.",
            [("office.start", "Joan Pratt", "President", None, "asserted")],
        ),
        (
            "Acme Corp said Joan Pratt has been removed as chairman.",
            [("office.end", "Joan Pratt", "Chairman", None, "asserted")],
        ),
        (
            "Acme Corp said Joan Pratt will stay on as chairman.",
            [("office.hold", "Joan Pratt", "Chairman", None, "planned")],
        ),
        (
            "Acme Corp said Joan Pratt is stepping down as president.",
            [("office.end", "Joan Pratt", "President", None, "planned")],
        ),
        ("Acme Corp said it is hiring more workers.", []),
    ],
)
def test_hiring_removal_staying_on_and_a_progressive_plan(
    pipeline: Pipeline, text: str, expected: list[tuple[str, str, str, None, str]]
) -> None:
    """ "hired X as", "removed as", "stay on as"; "is stepping down" is a plan."""
    assert [summary(e) for e in events(pipeline, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rosa Vell spoke. They said Vell's plans to resign show she will keep the pact.",
            [("office.end", "Rosa Vell", None, None, "planned")],
        ),
        (
            "Rosa Vell spoke. Her decision to step down as chairman surprised analysts.",
            [("office.end", "Rosa Vell", "Chairman", None, "planned")],
        ),
        (
            "Rosa Vell spoke. Analysts welcomed her offer to resign.",
            [("office.end", "Rosa Vell", None, None, "possible")],
        ),
        ("Rosa Vell spoke. Her son's decision to leave the country surprised analysts.", []),
    ],
)
def test_the_owner_of_a_noun_of_intent_is_the_subject(
    pipeline: Pipeline, text: str, expected: list[tuple[str, str, str | None, None, str]]
) -> None:
    """ "X's plans to resign" (planned), "her offer to resign" (possible): the owner leaves."""
    assert [summary(e) for e in events(pipeline, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The sources said New White House Chief of Staff Ivo Marr has a good relationship.",
            [("office.start", "Ivo Marr", "Chief of Staff", None, "asserted")],
        ),
        ("New York Fed President Ivo Marr said.", []),
        ("New Jersey Governor Ivo Marr said.", []),
    ],
)
def test_a_capitalised_new_marks_a_start_but_not_a_place(
    pipeline: Pipeline, text: str, expected: list[tuple[str, str, str, None, str]]
) -> None:
    """ "New White House Chief of Staff X" is a start; "New York Fed President X" names a city."""
    assert [summary(e) for e in events(pipeline, text)] == expected


def test_named_to_replace_him_after_a_resignation(pipeline: Pipeline) -> None:
    """ "accepted the resignation of Y and named Z, an aide of W, to replace him": Z after Y."""
    text = (
        "Mr Reagan accepted the resignation of counsel Ugo Pell and named Ada Rhee, an associate "
        "of chief Lev Ozan, to replace him."
    )
    found = events(pipeline, text)
    assert [summary(e) for e in found] == [
        ("office.end", "Ugo Pell", "Counsel", None, "asserted"),
        ("office.end", "Ugo Pell", "Counsel", None, "asserted"),  # "replace him": told again
        ("office.start", "Ada Rhee", "Counsel", None, "asserted"),
    ]
    assert found[2].predecessor is not None and found[2].predecessor.name == "Ugo Pell"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They met ex-CIA chief Ted Lowe.", [("office.hold", "Ted Lowe", "chief")]),
        ("They met new White House chief Ted Lowe.", [("office.start", "Ted Lowe", "chief")]),
        ("They met then-Security Council aide Ted Lowe.", [("office.hold", "Ted Lowe", "aide")]),
        ("They met White House chief Ted Lowe.", []),
    ],
)
def test_a_generic_head_after_a_marker_is_an_office(
    pipeline: Pipeline, text: str, expected: list[tuple[str, str, str]]
) -> None:
    """ "ex-CIA chief X", "new White House chief X": marked; "White House chief X" is a mention."""
    assert [summary(e)[:3] for e in events(pipeline, text)] == expected


def test_a_relative_clause_closes_a_marked_apposition(pipeline: Pipeline) -> None:
    """ "X, the former treasurer who joined Acme in 1980, spoke" is a past tenure."""
    [event] = events(pipeline, "Ann Ray, the former treasurer who joined Acme in 1980, spoke.")
    assert summary(event) == ("office.hold", "Ann Ray", "Treasurer", None, "asserted")


def test_a_succession_from_an_honoured_name_takes_the_successors_title(pipeline: Pipeline) -> None:
    """ "Oil Minister X, who took over from Sheikh Y last October": X starts, Y ends."""
    text = "Oil Minister Omar Bakr, who took over from Sheikh Ali Hamdan last October, spoke."
    assert [summary(e) for e in events(pipeline, text)] == [
        ("office.end", "Ali Hamdan", "Oil Minister", "1986-10", "asserted"),
        ("office.start", "Omar Bakr", "Oil Minister", "1986-10", "asserted"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Acme Corp said its board elected Ada Kern president, a post vacant since January.",
            [("office.elect", "Ada Kern", "President", None, "asserted")],
        ),
        (
            "Acme Corp said Bo Lund will become treasurer. He replaces Cy Marsh, who is retiring.",
            [
                ("office.start", "Bo Lund", "Treasurer", None, "planned"),
                ("office.end", "Cy Marsh", "Treasurer", None, "planned"),
                ("office.start", "Bo Lund", "Treasurer", None, "asserted"),
            ],
        ),
        (
            "Acme Corp said Cy Marsh resigned as president and chairman Bo Lund will assume his "
            "duties.",
            [
                ("office.end", "Cy Marsh", "President", None, "asserted"),
                ("office.start", "Bo Lund", "President", None, "planned"),
            ],
        ),
    ],
)
def test_a_posts_time_a_merged_plan_and_assumed_duties(
    pipeline: Pipeline, text: str, expected: list[tuple[str, str, str, None, str]]
) -> None:
    """ "a post vacant since January" dates no naming; "who is retiring" plans; duties start."""
    assert [summary(e) for e in events(pipeline, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mrs Aquino swore in Lea Cruz as finance secretary on Monday.",
            [("office.start", "Lea Cruz", "finance secretary", "1987-03-02", "asserted")],
        ),
        (
            "Otto Kern was reappointed finance minister in Chancellor Ida Vogt's new cabinet.",
            [("office.extend", "Otto Kern", "Finance Minister", None, "asserted")],
        ),
        (
            "The party chose Ken Sato as its president, making him prime minister.",
            [
                ("office.start", "Ken Sato", "President", None, "asserted"),
                ("office.start", "Ken Sato", "Prime Minister", None, "asserted"),
            ],
        ),
        (
            "Jean Lamy, the managing director of the fund, will leave his post in January to "
            "become governor of the Bank of France.",
            [
                ("office.end", "Jean Lamy", "Managing Director", "1987-01", "planned"),
                ("office.start", "Jean Lamy", "Governor", None, "planned"),
            ],
        ),
        ("The company made a profit. The move made Ken Sato a target.", []),
    ],
)
def test_government_forms_of_change(
    pipeline: Pipeline, text: str, expected: list[tuple[str, str, str, str | None, str]]
) -> None:
    """ "swore in X as", "reappointed", "chose X as", "making him", "leave his post to become"."""
    assert [summary(e) for e in events(pipeline, text)] == expected


def test_a_replaced_holder_lends_the_title_before_the_name(pipeline: Pipeline) -> None:
    """ "central bank governor X was replaced yesterday by Y": both as governor."""
    text = "Central bank governor Al Ngugi was replaced yesterday by Eli Koros, officials said."
    assert [summary(e)[:3] for e in events(pipeline, text)] == [
        ("office.end", "Al Ngugi", "Governor"),
        ("office.start", "Eli Koros", "Governor"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Acme Corp announced the resignations of Ada Kern and Bo Lund.",
            [("office.end", "Ada Kern", None), ("office.end", "Bo Lund", None)],
        ),
        (
            "Acme Corp said Ada Kern has been given the additional title of chief executive.",
            [("office.start", "Ada Kern", "Chief Executive Officer")],
        ),
        (
            "Acme Corp said Ada Kern has held the post of treasurer since 1984.",
            [("office.hold", "Ada Kern", "Treasurer")],
        ),
        (
            "Acme Corp said Ada Kern, currently vice president, will become president.",
            [
                ("office.hold", "Ada Kern", "Vice President"),
                ("office.start", "Ada Kern", "President"),
            ],
        ),
        (
            "Acme Corp said Ada Kern, previously treasurer of Bolt Inc, will become president.",
            [("office.hold", "Ada Kern", "Treasurer"), ("office.start", "Ada Kern", "President")],
        ),
    ],
)
def test_plural_nouns_given_titles_held_posts_and_more_markers(
    pipeline: Pipeline, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    """ "the resignations of A and B", "given the additional title of", "currently"."""
    assert [summary(e)[:3] for e in events(pipeline, text)] == expected


def test_the_persons_own_verb_gives_the_modality_of_a_replacement(pipeline: Pipeline) -> None:
    """ "X will take over as president, replacing Y, who resigned effective today": Y's is done."""
    text = (
        "Acme Corp said Ned Voss will take over as president, replacing Ray Dunn, who resigned "
        "effective today."
    )
    found = {e.person.name: e.modality for e in events(pipeline, text) if e.person}
    assert found == {"Ned Voss": "planned", "Ray Dunn": "asserted"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Acme Corp said Lea Cruz will take over in April, when Tom Orr retires.",
            [
                ("office.start", "Lea Cruz", None, "1987-04", "planned"),
                ("office.end", "Tom Orr", None, None, "planned"),
            ],
        ),
        ("Bolt Inc said it took over the plant in May.", []),
        ("Lea Cruz took over the company in 1980.", []),
    ],
)
def test_taking_over_at_a_time_and_a_present_of_the_future(
    pipeline: Pipeline, text: str, expected: list[tuple[str, str, None, str | None, str]]
) -> None:
    """ "X will take over in April" starts; "when Y retires" is planned; "took over a plant" not."""
    assert [summary(e) for e in events(pipeline, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme Corp said Lea Cruz will head its Bolt unit.", [("office.start", "Lea Cruz")]),
        (
            "Acme Corp said Lea Cruz, head of the Bolt unit, will retire.",
            [("office.end", "Lea Cruz")],
        ),
        ("Lea Cruz, the head of Bolt, said profits rose.", []),
    ],
)
def test_head_as_a_verb_after_will_or_to(
    pipeline: Pipeline, text: str, expected: list[tuple[str, str]]
) -> None:
    """ "X will head its unit" starts; "X, head of the unit," is a noun, no start."""
    assert [summary(e)[:2] for e in events(pipeline, text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Tom Orr will retire. The board named Lea Cruz as his successor.",
        "Tom Orr will retire. The board named Lea Cruz his successor.",
        "Tom Orr will retire. Lea Cruz was named as his successor.",
        "Tom Orr will retire. Lea Cruz was named Orr's successor.",
    ],
)
def test_named_as_someones_successor(pipeline: Pipeline, text: str) -> None:
    """ "named X as his successor" is X's start, the owner of "his" the one replaced."""
    start = events(pipeline, text)[-1]
    assert summary(start)[:2] == ("office.start", "Lea Cruz")
    assert start.predecessor is not None and start.predecessor.name == "Tom Orr"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ostby United sacked Piet Varga on Monday.",
            [("office.end", "Piet Varga", None, "1987-03-02", "asserted")],
        ),
        (
            "Ostby United have fired coach Piet Varga.",
            [("office.end", "Piet Varga", "Coach", None, "asserted")],
        ),
        (
            "Ostby Mills dismissed Piet Varga as president.",
            [("office.end", "Piet Varga", "President", None, "asserted")],
        ),
        (
            "Piet Varga was dismissed as president.",
            [("office.end", "Piet Varga", "President", None, "asserted")],
        ),
    ],
)
def test_dismissal_ends_the_objects_office(
    pipeline: Pipeline, text: str, expected: list[tuple[str, ...]]
) -> None:
    """The one dismissed follows an active firing verb; its subject leaves no office."""
    assert [summary(e) for e in events(pipeline, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The council on Friday confirmed Ilse Norrby as treasurer.",
            ("office.start", "Ilse Norrby", "Treasurer"),
        ),
        ("Ilse Norrby was confirmed as treasurer.", ("office.start", "Ilse Norrby", "Treasurer")),
        ("Ilse Norrby took the helm at Pell Mining in May.", ("office.start", "Ilse Norrby", None)),
        ("Ilse Norrby's term expires in May.", ("office.end", "Ilse Norrby", None)),
        ("Ilse Norrby's contract ends in May.", ("office.end", "Ilse Norrby", None)),
        ("Ilse Norrby was named chief whip.", ("office.start", "Ilse Norrby", "Chief Whip")),
        (
            "Ilse Norrby was named head coach of Pell Athletic.",
            ("office.start", "Ilse Norrby", "Head Coach"),
        ),
        (
            "Health Minister Ilse Norrby resigned.",
            ("office.end", "Ilse Norrby", "Health Minister"),
        ),
    ],
)
def test_common_phrasings_of_a_change(
    pipeline: Pipeline, text: str, expected: tuple[str, str, str | None]
) -> None:
    """Confirmations, the helm taken, a term or contract running out, titles of sport and whips."""
    assert [summary(e)[:3] for e in events(pipeline, text)] == [expected]


def test_helm_taken_keeps_its_organisation(pipeline: Pipeline) -> None:
    """ "took the helm at Y" starts an office at Y."""
    (start,) = events(pipeline, "Ilse Norrby took the helm at Pell Mining in May.")
    assert start.organization == "Pell Mining"
    assert start.time is not None and start.time.value == "1986-05"


def test_head_before_a_title_noun_is_no_verb(pipeline: Pipeline) -> None:
    """ "named head coach" gives one start, not a second one for "head" read as a verb."""
    found = events(pipeline, "Ilse Norrby has been named head coach.")
    assert [summary(e)[:3] for e in found] == [("office.start", "Ilse Norrby", "Head Coach")]


def test_relative_clause_time_stays_with_its_person(pipeline: Pipeline) -> None:
    """ "X succeeds Y, who left in July": July dates Y's end, not X's start."""
    found = {
        e.person.name: e
        for e in events(pipeline, "Ola Brekk takes over from Siv Mork, who left the firm in July.")
        if e.person
    }
    assert found["Ola Brekk"].time is None
    assert found["Siv Mork"].time is not None and found["Siv Mork"].time.value == "1986-07"


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("Last Friday, Ola Brekk resigned as mayor.", "1987-02-27"),
        ("On Friday, Ola Brekk resigned as mayor.", "1987-02-27"),
        ("Ola Brekk, who joined in 1980, resigned as mayor.", None),
    ],
)
def test_time_fronted_before_the_subject(pipeline: Pipeline, text: str, time: str | None) -> None:
    """A time opening the sentence, a comma after it, dates the clause; an apposition's does not."""
    (end,) = events(pipeline, text)
    assert (end.time.value if end.time else None) == time


def test_title_alone_is_no_person(pipeline: Pipeline) -> None:
    """ "She replaces Health Secretary ..." leaves no event for a title read as a name."""
    text = "Ilse Norrby was confirmed as Health Secretary. She replaces Health Secretary Per Dahl."
    found = events(pipeline, text)
    assert {e.person.name for e in found if e.person} == {"Ilse Norrby", "Per Dahl"}
    assert {e.predecessor.name for e in found if e.predecessor} == {"Per Dahl"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ola Brekk will take office on April 1.",
            [("office.start", "Ola Brekk", None, "1987-04-01", "planned")],
        ),
        ("Ola Brekk took office.", [("office.start", "Ola Brekk", None, None, "asserted")]),
        ("Ola Brekk took office space in Oslo.", []),
        (
            "Ola Brekk will stay on until April 30.",
            [("office.end", "Ola Brekk", None, "1987-04-30", "planned")],
        ),
    ],
)
def test_taking_office_and_staying_until(
    pipeline: Pipeline, text: str, expected: list[tuple[str, ...]]
) -> None:
    """ "take office" without a title starts one; "stay on until D" plans the end at D."""
    assert [summary(e) for e in events(pipeline, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pell Mining has parted ways with its chief financial officer, Siv Mork.",
            [("office.end", "Siv Mork", "Chief Financial Officer")],
        ),
        (
            "Pell Mining fired its treasurer, Siv Mork, on Friday.",
            [("office.end", "Siv Mork", "Treasurer")],
        ),
        ("Siv Mork has parted ways with Pell Mining.", [("office.end", "Siv Mork", None)]),
    ],
)
def test_dismissed_title_before_the_name(
    pipeline: Pipeline, text: str, expected: list[tuple[str, ...]]
) -> None:
    """A dismissal's object as "its TITLE, NAME" ends NAME's office as that title."""
    assert [summary(e)[:3] for e in events(pipeline, text)] == expected


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Siv Mork's contract expires in June and will not be renewed.", "planned"),
        ("Siv Mork's term ends in June and she will not run again.", "planned"),
        ("Siv Mork's resignation will not be accepted.", "negated"),
    ],
)
def test_second_predicate_keeps_its_own_modality(
    pipeline: Pipeline, text: str, modality: str
) -> None:
    """A negation after "and will" is the second predicate's, not the expiry's."""
    (end,) = events(pipeline, text)
    assert (end.type, end.modality) == ("office.end", modality)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ola Brekk, the aide Siv Mork fired on Friday, testified.", []),
        ("Siv Mork fired as treasurer.", [("office.end", "Siv Mork")]),
        ("Siv Mork was fired on Friday.", [("office.end", "Siv Mork")]),
    ],
)
def test_active_dismissal_without_object_ends_no_subject(
    pipeline: Pipeline, text: str, expected: list[tuple[str, str]]
) -> None:
    """ "the aide X fired" is X dismissing; "X fired as treasurer", "X was fired" end X's."""
    assert [summary(e)[:2] for e in events(pipeline, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The board removed Siv Mork as treasurer.",
            [("office.end", "Siv Mork", "Treasurer")],
        ),
        ("Siv Mork removed the old sign.", []),
        ("Siv Mork was made treasurer.", [("office.start", "Siv Mork", "Treasurer")]),
        ("Siv Mork worked as treasurer.", [("office.hold", "Siv Mork", "Treasurer")]),
    ],
)
def test_removal_made_and_worked_as(
    pipeline: Pipeline, text: str, expected: list[tuple[str, ...]]
) -> None:
    """ "removed X as", "X was made T" and "X worked as T" are an end, a start and a tenure."""
    assert [summary(e)[:3] for e in events(pipeline, text)] == expected


def test_joined_with_a_time_before_as(pipeline: Pipeline) -> None:
    """ "joined Y in 2015 as T" starts T at Y in 2015."""
    (start,) = events(pipeline, "Ola Brekk joined Pell Mining in 1980 as treasurer.")
    assert summary(start)[:4] == ("office.start", "Ola Brekk", "Treasurer", "1980")
    assert start.organization == "Pell Mining"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ola Brekk joined Pell in 1980 as head of research and became president in 1985.",
            [
                ("office.start", "Ola Brekk", "head of research", "1980"),
                ("office.start", "Ola Brekk", "President", "1985"),
            ],
        ),
        (
            "Ola Brekk was named global head of equity research.",
            [("office.start", "Ola Brekk", "global head of equity research", None)],
        ),
    ],
)
def test_head_of_a_department_is_an_office(
    pipeline: Pipeline, text: str, expected: list[tuple[str, ...]]
) -> None:
    """ "as head of research" names an office where the cue's office stands."""
    assert [summary(e)[:4] for e in events(pipeline, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Siv Mork was asked whether she would resign.",
            ("office.end", "Siv Mork", None, None, "possible"),
        ),
        (
            "Siv Mork said she would resign.",
            ("office.end", "Siv Mork", None, None, "planned"),
        ),
        (
            "Siv Mork is the new treasurer.",
            ("office.start", "Siv Mork", "Treasurer", None, "asserted"),
        ),
        (
            "Siv Mork is the treasurer.",
            ("office.hold", "Siv Mork", "Treasurer", None, "asserted"),
        ),
    ],
)
def test_whether_is_possible_and_the_new_office_starts(
    pipeline: Pipeline, text: str, expected: tuple[str, ...]
) -> None:
    """ "whether she would resign" is a hypothesis; "is the new T" a start, "is the T" a tenure."""
    assert [summary(e) for e in events(pipeline, text)] == [expected]


def test_replaced_by_successor_as_office(pipeline: Pipeline) -> None:
    """ "X will be replaced by Y as T of Z": both events carry T and Z."""
    found = events(pipeline, "Ola Brekk will be replaced by Siv Mork as treasurer of Pell Mining.")
    assert [(summary(e)[:3], e.organization) for e in found] == [
        (("office.end", "Ola Brekk", "Treasurer"), "Pell Mining"),
        (("office.start", "Siv Mork", "Treasurer"), "Pell Mining"),
    ]


def test_member_of_parliament_is_a_title(pipeline: Pipeline) -> None:
    """ "elected MP for W in 2015" elects a Member of Parliament."""
    (elect,) = events(pipeline, "Siv Mork was first elected MP for Oslo East in 2015.")
    assert summary(elect)[:4] == ("office.elect", "Siv Mork", "Member of Parliament", "2015")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Siv Mork will continue in her present position as treasurer.",
            [("office.hold", "Siv Mork", "Treasurer")],
        ),
        ("Siv Mork will continue in talks with the union.", []),
    ],
)
def test_continue_in_a_position_as(
    pipeline: Pipeline, text: str, expected: list[tuple[str, ...]]
) -> None:
    """ "continue in her present position as T" is a tenure of T; "continue in talks" none."""
    assert [summary(e)[:3] for e in events(pipeline, text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Siv Mork formerly served as treasurer.",
        "Siv Mork has most recently worked as treasurer.",
        "Siv Mork briefly served as treasurer.",
    ],
)
def test_adverbs_between_subject_and_tenure(pipeline: Pipeline, text: str) -> None:
    """An adverb between the subject and "served as" keeps the subject."""
    assert [summary(e)[:3] for e in events(pipeline, text)] == [
        ("office.hold", "Siv Mork", "Treasurer")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Siv Mork retains her post as treasurer.", [("office.hold", "Siv Mork", "Treasurer")]),
        ("Siv Mork kept her job as treasurer.", [("office.hold", "Siv Mork", "Treasurer")]),
        ("Siv Mork kept the firm afloat.", []),
    ],
)
def test_retaining_a_post(pipeline: Pipeline, text: str, expected: list[tuple[str, ...]]) -> None:
    """ "retains her post as T" and "kept her job as T" are tenures of T."""
    assert [summary(e)[:3] for e in events(pipeline, text)] == expected


@pytest.mark.parametrize(
    ("text", "organization"),
    [
        ("Siv Mork was named president of insurer Fjordvik.", "Fjordvik"),
        ("Siv Mork was named president of carmaker Pell Motors.", "Pell Motors"),
    ],
)
def test_organisation_after_a_descriptor(pipeline: Pipeline, text: str, organization: str) -> None:
    """ "president of insurer Y": the organisation is Y, the noun before it a description."""
    (start,) = events(pipeline, text)
    assert start.organization == organization


def test_ambassador_to_an_organisation(pipeline: Pipeline) -> None:
    """ "ambassador to the United Nations" is the United Nations' office; "to succeed" no org."""
    (start,) = events(pipeline, "Siv Mork was named ambassador to the United Nations.")
    assert start.organization == "United Nations"
    found = events(pipeline, "Siv Mork was named treasurer to succeed Ola Brekk.")
    assert {e.organization for e in found} == {None}


def test_apposition_organisation_is_not_the_boards(pipeline: Pipeline) -> None:
    """ "X, currently T at Y, will join the board": Y is the apposition's, not the board's."""
    text = "Siv Mork, currently treasurer at Pell Mining, will join the board."
    found = {e.type: e for e in events(pipeline, text)}
    assert found["office.hold"].organization == "Pell Mining"
    assert found["office.start"].organization is None


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Siv Mork said she would resign if the figures were wrong.", "possible"),
        ("Siv Mork said she would resign unless paid.", "possible"),
        ("Siv Mork said she would resign in June.", "planned"),
        ("Siv Mork will resign if the deal is approved.", "planned"),
    ],
)
def test_would_with_a_condition_is_possible(pipeline: Pipeline, text: str, modality: str) -> None:
    """ "would resign if ..." is a hypothesis; "would resign in June" and "will ... if" plans."""
    (end,) = events(pipeline, text)
    assert (end.type, end.modality) == ("office.end", modality)


@pytest.mark.parametrize(
    "text",
    [
        "The union elected Ola Brekk of Bergen, Norway as the new treasurer.",
        "The union elected Ola Brekk of Bergen as treasurer.",
    ],
)
def test_home_town_between_object_and_office(pipeline: Pipeline, text: str) -> None:
    """ "elected X of Town, State as T": the home town stands between X and the office."""
    assert [summary(e)[:3] for e in events(pipeline, text)] == [
        ("office.elect", "Ola Brekk", "Treasurer")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Siv Mork, who was treasurer of Pell Mining, retired.",
            [("office.hold", "Siv Mork", "Treasurer"), ("office.end", "Siv Mork", None)],
        ),
        ("Siv Mork was treasurer until 1980.", [("office.hold", "Siv Mork", "Treasurer")]),
    ],
)
def test_was_and_an_office_is_a_tenure(
    pipeline: Pipeline, text: str, expected: list[tuple[str, ...]]
) -> None:
    """ "X was T" is a tenure of T, as "X is T" is (and "retired" the end it states)."""
    assert [summary(e)[:3] for e in events(pipeline, text)] == expected


def test_was_without_an_office_is_no_tenure(pipeline: Pipeline) -> None:
    """ "X was tired" names no office."""
    assert events(pipeline, "Siv Mork was tired.") == []


@pytest.mark.parametrize(
    ("text", "kind", "position"),
    [
        ("Siv Mork will serve as interim treasurer.", "office.start", "Interim Treasurer"),
        ("Siv Mork will continue to serve as treasurer.", "office.hold", "Treasurer"),
        ("Siv Mork has served as treasurer since 1980.", "office.hold", "Treasurer"),
    ],
)
def test_will_serve_as_starts(pipeline: Pipeline, text: str, kind: str, position: str) -> None:
    """ "will serve as T" starts T; "continue to serve as" and "has served as" are tenures."""
    assert [summary(e)[:3] for e in events(pipeline, text)] == [(kind, "Siv Mork", position)]


def test_adverb_between_cue_and_office(pipeline: Pipeline) -> None:
    """ "X was most recently a partner of Y": the adverb stands between the verb and the office."""
    (hold,) = events(pipeline, "Siv Mork was most recently a partner of Pell Associates.")
    assert summary(hold)[:3] == ("office.hold", "Siv Mork", "Partner")
    assert hold.organization == "Pell Associates"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Siv Mork is serving her third term as mayor.",
            [("office.hold", "Siv Mork", "Mayor", None, "asserted")],
        ),
        ("Siv Mork is serving customers.", []),
    ],
)
def test_serving_a_term_as(pipeline: Pipeline, text: str, expected: list[tuple[str, ...]]) -> None:
    """ "is serving her third term as T" is a present tenure, not a plan."""
    assert [summary(e) for e in events(pipeline, text)] == expected


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Siv Mork, the new treasurer, said rates would rise.", "office.start"),
        ("Siv Mork, the newly elected treasurer, said rates would rise.", "office.elect"),
        ("Siv Mork, the current treasurer, said rates would rise.", "office.hold"),
    ],
)
def test_marked_apposition_kinds(pipeline: Pipeline, text: str, kind: str) -> None:
    """ "X, the new T," starts T, "the newly elected T" elects, "the current T" holds."""
    assert [summary(e)[:3] for e in events(pipeline, text)] == [(kind, "Siv Mork", "Treasurer")]


def test_named_to_fill_a_vacancy_on_the_board(pipeline: Pipeline) -> None:
    """ "named to fill a vacancy on the Y board" starts a board seat at Y."""
    (start,) = events(pipeline, "Siv Mork was named to fill a vacancy on the Pell board.")
    assert summary(start)[:3] == ("office.start", "Siv Mork", "Board Member")
    assert start.organization == "Pell"


def test_plural_posts_of_after_to(pipeline: Pipeline) -> None:
    """ "elected X to the newly created positions of T and U" elects X as T at least."""
    text = "Pell Mining elected Siv Mork to the newly created positions of treasurer and secretary."
    assert [summary(e)[:3] for e in events(pipeline, text)][:1] == [
        ("office.elect", "Siv Mork", "Treasurer")
    ]


@pytest.mark.parametrize(
    ("text", "organization"),
    [
        ("Pell Mining named Siv Mork as its treasurer.", "Pell Mining"),
        ("Rates rose. Pell Mining named Siv Mork as its treasurer.", "Pell Mining"),
        ("The board named Siv Mork as its treasurer.", None),
    ],
)
def test_its_office_is_the_subjects(
    pipeline: Pipeline, text: str, organization: str | None
) -> None:
    """ "Y named X as its T": the organisation is Y, the subject "its" stands for."""
    (start,) = events(pipeline, text)
    assert start.organization == organization
