"""Office timelines across documents: persons, organisations, tenures, conflicts, gaps, the CLI.

Most tests build small analyses by hand (an event is all a timeline needs); the seed tests run
the built-in plugins on the five seed articles, and what the plugins do not yet give is kept
visible as strict xfails.
"""

from __future__ import annotations

import json
import os
import types
from pathlib import Path
from typing import Any

import attrs
import pytest
from click.testing import CliRunner, Result
from hypothesis import given
from hypothesis import strategies as st

import stoltlib
from stoltlib import jsonio
from stoltlib.cli import cli
from stoltlib.corpus import Corpus
from stoltlib.model import Analysis, Document, Event, Mention, Participant, Span, TimeRef
from stoltlib.organizations import Organizations
from stoltlib.persons import resolve_names
from stoltlib.pipeline import Pipeline
from stoltlib.timeline import Tenure, Timeline, evidence_of, format_table

from .conftest import SEED_FILES

SG, NATO = "Secretary General", "NATO"


# --- helpers ---------------------------------------------------------------------------------


def event(
    type: str,
    person: str,
    *,
    position: str | None = SG,
    organization: str | None = NATO,
    time: str | None = None,
    modality: str = "asserted",
    predecessor: str | None = None,
    successor: str | None = None,
    id: str = "e1",
) -> Event:
    """An office event as the offices plugin writes one."""
    return Event(
        id=id,
        type=type,
        person=Participant(person),
        position=position,
        organization=organization,
        time=TimeRef(time) if time is not None else None,
        modality=modality,
        predecessor=Participant(predecessor) if predecessor else None,
        successor=Participant(successor) if successor else None,
        plugin="offices",
    )


def role(person: str, title: str, start: int = 0) -> Mention:
    """A person mention with a stated role."""
    return Mention(
        kind="person", start=start, end=start + 1, text=person, entity=person, role=title
    )


def doc(
    id: str,
    *events: Event,
    published: str | None = None,
    outlet: str | None = None,
    mentions: tuple[Mention, ...] = (),
) -> Analysis:
    """An analysis holding only the given facts."""
    numbered = tuple(attrs.evolve(item, id=f"e{n}") for n, item in enumerate(events, 1))
    return Analysis(
        document=Document(id=id, text="", outlet=outlet),
        published=published,
        events=numbered,
        mentions=mentions,
    )


def corpus(*analyses: Analysis, **options: Any) -> stoltlib.Corpus:
    """A corpus of the given analyses."""
    return stoltlib.Corpus(**options).extend(analyses)


def only(timeline: Timeline, person: str, position: str | None = SG) -> Tenure:
    """The one tenure of ``person`` in ``position``."""
    found = [t for t in timeline.tenures if t.person == person and t.position == position]
    assert len(found) == 1, timeline.tenures
    return found[0]


def run(*args: Any, input: str | None = None) -> Result:
    """Run the command line in process, stdout and stderr kept apart."""
    try:
        runner = CliRunner(mix_stderr=False)  # type: ignore[call-arg]  # click < 8.2
    except TypeError:
        runner = CliRunner()  # click >= 8.2 always keeps stderr apart
    return runner.invoke(cli, [os.fspath(arg) for arg in args], input=input)


# --- persons ---------------------------------------------------------------------------------


def test_surname_joins_the_one_full_name_with_it() -> None:
    """A surname alone joins the only full name in the corpus that ends in it."""
    resolved = resolve_names(["Jens Stoltenberg", "Stoltenberg", "Mark Rutte"])
    assert resolved["Stoltenberg"] == "Jens Stoltenberg"
    assert resolved["Mark Rutte"] == "Mark Rutte"


def test_surname_of_two_full_names_stays_apart() -> None:
    """With two full names ending in the surname, the surname alone joins neither."""
    resolved = resolve_names(["Jens Stoltenberg", "Camilla Stoltenberg", "Stoltenberg"])
    assert resolved["Stoltenberg"] == "Stoltenberg"
    assert resolved["Jens Stoltenberg"] != resolved["Camilla Stoltenberg"]


def test_full_names_join_only_when_equal_folded() -> None:
    """Case and accents do not separate two full names; a different first name does."""
    resolved = resolve_names({"Thomas de Maizière": 2, "thomas de maiziere": 1, "J. Maiziere": 1})
    assert resolved["thomas de maiziere"] == "Thomas de Maizière"
    assert resolved["J. Maiziere"] == "J. Maiziere"


def test_a_full_name_joins_the_one_full_name_with_middle_initials_added() -> None:
    """ "John Johnstone Jr" is "John W. Johnstone Jr" when no other name adds initials to it;
    with two such names it joins neither, and a first initial never joins a first name."""
    resolved = resolve_names(["John W. Johnstone Jr", "John Johnstone Jr", "Johnstone"])
    assert set(resolved.values()) == {"John W. Johnstone Jr"}
    two = resolve_names(["John A. Smith", "John B. Smith", "John Smith"])
    assert len(set(two.values())) == 3
    assert resolve_names(["J. W. Smith", "Jane Smith"])["J. W. Smith"] == "J. W. Smith"


def test_corpus_persons_counts_each_document_once() -> None:
    """A person named in full in one article and by surname in another is one, in two."""
    first = doc("a", mentions=(role("Jens Stoltenberg", "x"), role("Stoltenberg", "x", 5)))
    second = doc("b", mentions=(role("Stoltenberg", "x"),))
    persons = corpus(first, second).persons()
    assert list(persons) == ["Jens Stoltenberg"]
    assert persons["Jens Stoltenberg"].documents == 2
    assert persons["Jens Stoltenberg"].names == ("Jens Stoltenberg", "Stoltenberg")


def test_surname_events_join_the_full_names_tenure() -> None:
    """An event naming only the surname counts for the person another document names in full."""
    timeline = corpus(
        doc("a", event("office.start", "Jens Stoltenberg", time="2014")),
        doc("b", event("office.end", "Stoltenberg", time="2024-10-01")),
    ).timeline()
    tenure = only(timeline, "Jens Stoltenberg")
    assert (tenure.start.value, tenure.end.value, tenure.sources) == ("2014", "2024-10-01", 2)


# --- organisations ---------------------------------------------------------------------------


def test_acronym_groups_with_the_long_name() -> None:
    """'North Atlantic Treaty Organization' and 'NATO' are one organisation, shown as written."""
    names = Organizations(["NATO", "NATO", "North Atlantic Treaty Organization", "the Olin Corp"])
    assert names.key("North Atlantic Treaty Organization") == names.key("NATO") == "nato"
    assert names.key("North Atlantic Treaty Organization (NATO)") == "nato"
    assert names.display("nato") == "NATO"
    assert names.key("Olin Corporation") == names.key("Olin Corp") == "olin"


def test_a_countrys_demonym_and_other_names_group_with_it() -> None:
    """'Dutch', 'Holland' and 'the Netherlands' are one organisation; 'Norwegian' is Norway."""
    names = Organizations(["Dutch", "the Netherlands", "Holland", "Norwegian", "Norway", "U.S."])
    assert names.key("Dutch") == names.key("Holland") == names.key("the Netherlands")
    assert names.key("Norwegian") == names.key("Norway") != names.key("Dutch")
    assert names.key("U.S.") == names.key("United States")
    timeline = corpus(
        doc("a", event("office.hold", "Mark Rutte", position="Prime Minister",
                       organization="Dutch")),
        doc("b", event("office.end", "Mark Rutte", position="Prime Minister",
                       organization="Netherlands", time="2024-07-02")),
        doc("c", mentions=(role("Mark Rutte", "Dutch politician"),)),
    ).timeline()  # fmt: skip
    assert only(timeline, "Mark Rutte", "Prime Minister").sources == 2
    assert not timeline.conflicts  # "politician" states no office


def test_acronym_shared_by_two_names_joins_neither() -> None:
    """Two long names with the same initials stay apart from the acronym and each other."""
    names = Organizations(["MSC", "Munich Security Conference", "Mediterranean Sea Council"])
    keys = {names.key(name) for name in ("MSC", "Munich Security Conference")}
    assert len(keys) == 2
    assert names.key("Mediterranean Sea Council") != names.key("Munich Security Conference")


def test_alias_table_is_extendable() -> None:
    """An alias given to the corpus groups names no rule joins."""
    analyses = (
        doc("a", event("office.start", "Jens Stoltenberg", time="2014")),
        doc("b", event("office.end", "Jens Stoltenberg", organization="Alliance", time="2024")),
    )
    assert len(corpus(*analyses).timeline().tenures) == 2
    joined = corpus(*analyses, organization_aliases={"alliance": "NATO"}).timeline()
    assert [t.organization for t in joined.tenures] == [NATO]


# --- dates -----------------------------------------------------------------------------------


def test_asserted_events_set_start_and_end() -> None:
    """Asserted start and end events from two documents make one tenure with both dates."""
    timeline = corpus(
        doc("a", event("office.start", "Jens Stoltenberg", time="2014-10-01"), outlet="X"),
        doc(
            "b", event("office.end", "Jens Stoltenberg", time="2024-10-01"), published="2024-10-01"
        ),
    ).timeline()
    tenure = only(timeline, "Jens Stoltenberg")
    assert str(tenure.start) == "2014-10-01" and str(tenure.end) == "2024-10-01"
    assert tenure.start.evidence[0].outlet == "X"
    assert tenure.end.evidence[0].published == "2024-10-01"
    assert not timeline.conflicts


def test_dates_differing_in_precision_agree() -> None:
    """'2014' and '2014-10-01' agree: the precise date is kept, no conflict."""
    timeline = corpus(
        doc("a", event("office.start", "Jens Stoltenberg", time="2014")),
        doc("b", event("office.start", "Jens Stoltenberg", time="2014-10-01")),
    ).timeline()
    assert only(timeline, "Jens Stoltenberg").start.value == "2014-10-01"
    assert not timeline.conflicts


def test_different_start_dates_are_a_conflict() -> None:
    """Two documents' different start dates: a start conflict, the better-supported date kept."""
    timeline = corpus(
        doc("a", event("office.start", "Jens Stoltenberg", time="2014")),
        doc("b", event("office.start", "Jens Stoltenberg", time="2014-10")),
        doc("c", event("office.start", "Jens Stoltenberg", time="2015")),
    ).timeline()
    assert only(timeline, "Jens Stoltenberg").start.value == "2014-10"
    (conflict,) = timeline.conflicts
    assert (conflict.kind, conflict.values) == ("start", ("2014", "2014-10", "2015"))
    assert {item.document for item in conflict.evidence} == {"a", "b", "c"}


def test_planned_end_is_an_expected_end() -> None:
    """A planned end sets the end as planned; an asserted one replaces it without a conflict."""
    planned = doc("a", event("office.end", "Jens Stoltenberg", time="2023-09", modality="planned"))
    tenure = only(corpus(planned).timeline(), "Jens Stoltenberg")
    assert (tenure.end.value, tenure.end.modality, str(tenure.end)) == (
        "2023-09", "planned", "2023-09 (planned)",
    )  # fmt: skip
    asserted = doc("b", event("office.end", "Jens Stoltenberg", time="2024-10-01"))
    timeline = corpus(planned, asserted).timeline()
    assert only(timeline, "Jens Stoltenberg").end.modality == "asserted"
    assert not timeline.conflicts


def test_possible_and_negated_events_never_set_dates() -> None:
    """Possible and negated events are evidence only; an office only they speak of has no tenure."""
    timeline = corpus(
        doc(
            "a",
            event("office.start", "Jens Stoltenberg", time="2014"),
            event("office.end", "Jens Stoltenberg", time="2019", modality="negated"),
            event(
                "office.start", "Jens Stoltenberg", position="Chairman",
                organization="Munich Security Conference", time="2025-02", modality="possible",
            ),
        )
    ).timeline()  # fmt: skip
    (tenure,) = timeline.tenures
    assert tenure.end.value is None and len(tenure.evidence) == 2
    assert [(item.position, item.modality) for item in timeline.unassigned] == [
        ("Chairman", "possible")
    ]


def test_undated_successor_takes_the_predecessors_end() -> None:
    """'A will replace B' without a date: A's start is B's asserted end, marked inferred."""
    timeline = corpus(
        doc(
            "a",
            event("office.end", "Jens Stoltenberg", time="2024-10-01"),
            event("office.start", "Mark Rutte", modality="planned", predecessor="Jens Stoltenberg"),
            event("office.end", "Jens Stoltenberg", modality="planned", successor="Mark Rutte"),
        )
    ).timeline()
    start = only(timeline, "Mark Rutte").start
    assert (start.value, start.modality, start.inferred) == ("2024-10-01", "planned", True)
    assert str(start) == "2024-10-01 (planned, inferred)"
    assert not timeline.conflicts and not timeline.gaps


def test_an_end_only_tenure_precedes_a_start_on_its_day() -> None:
    """'A, effective March 1, replacing B' (B's start unknown): B, then A, and no gap."""
    timeline = corpus(
        doc(
            "a",
            event("office.start", "Mark Rutte", time="2024-10-01", predecessor="Zoe Young"),
            event("office.end", "Zoe Young", successor="Mark Rutte"),
        )
    ).timeline()
    assert [tenure.person for tenure in timeline.tenures] == ["Zoe Young", "Mark Rutte"]
    assert not timeline.gaps


def test_start_after_end_is_an_order_conflict() -> None:
    """A start dated after the end is reported."""
    timeline = corpus(
        doc("a", event("office.start", "Jens Stoltenberg", time="2014")),
        doc("b", event("office.end", "Jens Stoltenberg", time="2009")),
    ).timeline()
    assert [conflict.kind for conflict in timeline.conflicts] == ["order"]


# --- placing events --------------------------------------------------------------------------


def test_event_without_office_joins_the_one_established_office() -> None:
    """An extension naming no office counts for the person's one established office."""
    timeline = corpus(
        doc("a", event("office.start", "Jens Stoltenberg", time="2014")),
        doc("b", event("office.extend", "Jens Stoltenberg", position=None, organization=None)),
        doc("c", event("office.hold", "Jens Stoltenberg", position="Prime Minister",
                       organization="Norway")),
    ).timeline()  # fmt: skip
    assert only(timeline, "Jens Stoltenberg").sources == 2
    assert not timeline.unassigned


def test_event_without_office_stays_unassigned_when_ambiguous() -> None:
    """With two established offices, an event naming no office joins neither."""
    timeline = corpus(
        doc("a", event("office.start", "John Doe", organization="Olin Corp", time="1990")),
        doc("b", event("office.start", "John Doe", position="Chairman", organization="Acme",
                       time="1995")),
        doc("c", event("office.extend", "John Doe", position=None, organization=None)),
    ).timeline()  # fmt: skip
    assert [item.document for item in timeline.unassigned] == ["c"]


def test_event_with_organization_only_joins_the_office_there() -> None:
    """An event naming the organisation but no position joins the person's office there."""
    timeline = corpus(
        doc("a", event("office.start", "Jens Stoltenberg", time="2014")),
        doc("b", event("office.extend", "Jens Stoltenberg", position=None,
                       organization="North Atlantic Treaty Organization", modality="planned")),
    ).timeline()  # fmt: skip
    assert only(timeline, "Jens Stoltenberg").sources == 2


# --- conflicts between holders and titles ----------------------------------------------------


def test_two_holders_at_once_are_a_conflict() -> None:
    """Two people in one office on the same days by asserted dates: a holder conflict."""
    timeline = corpus(
        doc("a", event("office.start", "Jens Stoltenberg", time="2014"),
            event("office.end", "Jens Stoltenberg", time="2024-10-01")),
        doc("b", event("office.start", "Mark Rutte", time="2020-01-01")),
    ).timeline()  # fmt: skip
    (conflict,) = timeline.conflicts
    assert conflict.kind == "holder" and set(conflict.persons) == {"Jens Stoltenberg", "Mark Rutte"}


def test_hand_over_on_one_day_is_no_conflict() -> None:
    """The successor starting the day the predecessor leaves is a hand-over, not a conflict."""
    timeline = corpus(
        doc("a", event("office.start", "Jens Stoltenberg", time="2014"),
            event("office.end", "Jens Stoltenberg", time="2024-10-01")),
        doc("b", event("office.start", "Mark Rutte", time="2024-10-01")),
    ).timeline()  # fmt: skip
    assert not timeline.conflicts and not timeline.gaps


def test_two_titles_at_one_organization_are_reported_not_merged() -> None:
    """Different titles for one person and organisation in one period: a conflict, two tenures."""
    timeline = corpus(
        doc("a", event("office.start", "Jens Stoltenberg", time="2014")),
        doc("b", event("office.hold", "Jens Stoltenberg", position="Director General")),
    ).timeline()
    assert {tenure.position for tenure in timeline.tenures} == {SG, "Director General"}
    (conflict,) = timeline.conflicts
    assert conflict.kind == "title" and set(conflict.values) == {SG, "Director General"}


def test_two_titles_in_one_document_are_no_conflict() -> None:
    """A document that gives a person two titles at one organisation says they hold both."""
    timeline = corpus(
        doc("a", event("office.start", "Ann Lee", position="President", organization="Olin"),
            event("office.start", "Ann Lee", position="Chief Executive Officer",
                  organization="Olin Corp"),
            mentions=(role("Ann Lee", "Olin chairman"),)),
    ).timeline()  # fmt: skip
    assert len(timeline.tenures) == 2 and not timeline.conflicts


def test_generic_organization_names_group_nothing() -> None:
    """'Corp' alone names no organisation: two people a text calls CFO of 'Corp' share no office."""
    timeline = corpus(
        doc("a", event("office.start", "Ann Lee", position="CFO", organization="Corp",
                       time="1986")),
        doc("b", event("office.start", "Bob Ray", position="CFO", organization="Corp",
                       time="1986-05-01")),
    ).timeline()  # fmt: skip
    assert [tenure.organization for tenure in timeline.tenures] == [None, None]
    assert not timeline.conflicts and not timeline.gaps


def test_stated_role_with_another_title_is_a_conflict() -> None:
    """A mention's role naming the organisation with another title is a title conflict."""
    stated = "director-general of the North Atlantic Treaty Organization (NATO)"
    timeline = corpus(
        doc("a", event("office.start", "Jens Stoltenberg", time="2014")),
        doc("b", mentions=(role("Jens Stoltenberg", stated),)),
    ).timeline()
    (conflict,) = timeline.conflicts
    assert (conflict.kind, conflict.values) == ("title", (SG, "director-general"))
    assert [item.position for item in conflict.evidence if item.kind == "role"] == [stated]
    assert len(timeline.tenures) == 1


def test_stated_role_with_the_same_title_is_support() -> None:
    """A role giving the tenure's title (in any wording) counts as its evidence."""
    timeline = corpus(
        doc("a", event("office.start", "Jens Stoltenberg", time="2014")),
        doc("b", mentions=(role("Jens Stoltenberg", "the current Secretary-General of NATO"),)),
        doc("c", mentions=(role("Stoltenberg", "North Atlantic Alliance Secretary General"),)),
        doc("d", mentions=(role("Jens Stoltenberg", "alliance chief"),)),
    ).timeline()
    assert not timeline.conflicts
    assert only(timeline, "Jens Stoltenberg").sources == 3


def test_stated_role_outside_the_tenure_is_no_conflict() -> None:
    """A role in a document published before the tenure began is about something else."""
    timeline = corpus(
        doc("a", event("office.start", "Jens Stoltenberg", time="2014")),
        doc("b", mentions=(role("Jens Stoltenberg", "NATO envoy"),), published="2010-05-01"),
    ).timeline()
    assert not timeline.conflicts


# --- gaps ------------------------------------------------------------------------------------


def test_event_without_office_joins_a_partly_named_office() -> None:
    """An established office with a position but no organisation takes an event naming none."""
    timeline = corpus(
        doc("a", event("office.end", "Alan Brooks", position="Head Coach", organization=None,
                       time="2024-11-18"),
            event("office.start", "Alan Brooks", position=None, organization=None,
                  time="2022-06")),
    ).timeline()  # fmt: skip
    tenure = only(timeline, "Alan Brooks", "Head Coach")
    assert (tenure.start.value, tenure.end.value) == ("2022-06", "2024-11-18")
    assert not timeline.unassigned


def test_evidence_keeps_the_order_of_the_events() -> None:
    """A tenure lists its evidence in the order the events came, placed early or late."""
    timeline = corpus(
        doc("a", event("office.extend", "Alan Brooks", position=None, organization=None),
            event("office.start", "Alan Brooks", position="Head Coach", organization=None,
                  time="2022-06")),
    ).timeline()  # fmt: skip
    kinds = [item.kind for item in only(timeline, "Alan Brooks", "Head Coach").evidence]
    assert kinds == ["office.extend", "office.start"]


def test_hand_over_on_the_next_day_is_no_vacancy() -> None:
    """An end in June and a start on July 1 leave no vacancy; an end in May does."""

    def gaps(end: str) -> list[str]:
        return [gap.kind for gap in corpus(
            doc("a", event("office.end", "Tom Becker", time=end),
                event("office.start", "Priya Raman", time="2024-07-01")),
        ).timeline().gaps]  # fmt: skip

    assert gaps("2024-06") == []
    assert gaps("2024-06-30") == []
    assert gaps("2024-06-29") == ["vacancy"]
    assert gaps("2024-05") == ["vacancy"]


def test_position_filter_takes_the_lexicon_aliases() -> None:
    """timeline(position="CEO") finds the Chief Executive Officer, as the offices lexicon says."""
    built = corpus(
        doc("a", event("office.start", "Priya Raman", position="Chief Executive Officer",
                       organization="Halvorsen Foods", time="2024-07-01")),
    )  # fmt: skip
    for asked in ("CEO", "chief executive", "Chief Executive Officer"):
        assert [t.person for t in built.timeline(position=asked).tenures] == ["Priya Raman"]
    assert built.timeline(position="chief operating officer").tenures == ()


def test_position_filter_takes_the_aliases_of_the_plugins_given() -> None:
    """A plugin manager's own positions lexicon decides the aliases a filter takes."""

    @stoltlib.hookimpl
    def positions(name: str) -> list[dict[str, Any]] | None:
        return (
            [{"position": "Chief Widget Officer", "aliases": ["CWO"]}]
            if name == "positions"
            else None
        )

    extra = types.ModuleType("extra")
    extra.stoltlib_lexicon = positions  # type: ignore[attr-defined]
    plugins = stoltlib.get_plugin_manager(builtins_only=True, plugins={"extra": extra}, environ={})
    built = corpus(
        doc("a", event("office.start", "Ida Berg", position="Chief Widget Officer",
                       organization="Acme", time="2024-07-01")),
    )  # fmt: skip
    assert [t.person for t in built.timeline(position="CWO", plugins=plugins).tenures] == [
        "Ida Berg"
    ]
    assert built.timeline(position="CWO").tenures == ()


def test_vacancy_between_tenures_is_a_gap() -> None:
    """An end before the next holder's start leaves a vacancy; an undated hand-over is said so."""
    timeline = corpus(
        doc("a", event("office.start", "Anders Rasmussen", time="2009"),
            event("office.end", "Anders Rasmussen", time="2014-08")),
        doc("b", event("office.start", "Jens Stoltenberg", time="2014-10-01")),
        doc("c", event("office.end", "Mark Rutte", time="2030", modality="expected")),
    ).timeline()  # fmt: skip
    vacancy, undated = timeline.gaps
    assert (vacancy.kind, vacancy.after, vacancy.before) == (
        "vacancy", "Anders Rasmussen", "Jens Stoltenberg",
    )  # fmt: skip
    assert (vacancy.start, vacancy.end) == ("2014-08", "2014-10-01")
    assert (undated.kind, undated.after, undated.before) == (
        "undated", "Jens Stoltenberg", "Mark Rutte",
    )  # fmt: skip


# --- views -----------------------------------------------------------------------------------


def test_filters_and_one_timeline_per_office() -> None:
    """timeline() filters by position and organisation as grouped; timelines() splits by office."""
    built = corpus(
        doc("a", event("office.start", "Jens Stoltenberg", time="2014"),
            event("office.hold", "Jens Stoltenberg", position="Prime Minister",
                  organization="Norway")),
    )  # fmt: skip
    nato = built.timeline(organization="North Atlantic Treaty Organization")
    assert [t.position for t in nato.tenures] == [SG]
    assert [t.organization for t in built.timeline(position="prime minister").tenures] == ["Norway"]
    assert built.timeline(position="secretary-general").tenures == nato.tenures
    assert [t.tenures[0].organization for t in built.timelines()] == [NATO, "Norway"]


def test_corpus_keeps_evidence_not_texts() -> None:
    """Only office events and distinct stated roles are kept, with the evidence span's text."""
    text = "Jens Stoltenberg took over as NATO Secretary General in 2014. " * 50
    analysis = Analysis(
        document=Document(id="a", text=text),
        events=(
            attrs.evolve(
                event("office.start", "Jens Stoltenberg", time="2014"), evidence=Span(0, 16)
            ),
        ),
        mentions=(role("Jens Stoltenberg", "NATO Secretary General"),) * 3,
    )
    kept = list(evidence_of(analysis))
    assert [item.kind for item in kept] == ["office.start", "role"]
    assert kept[0].text == text[:16]


def test_timeline_to_dict_is_json() -> None:
    """A timeline's dict is plain JSON."""
    timeline = corpus(doc("a", event("office.start", "Jens Stoltenberg", time="2014"))).timeline()
    assert json.loads(json.dumps(timeline.to_dict()))["tenures"][0]["start"]["value"] == "2014"


# --- order independence ----------------------------------------------------------------------

_PEOPLE = ["Jens Stoltenberg", "Stoltenberg", "Mark Rutte", "Rutte", "Camilla Stoltenberg"]
_TIMES = [None, "2014", "2014-10-01", "2019", "2024-10-01", "2024-10", "P2Y"]

_events = st.builds(
    event,
    st.sampled_from(["office.start", "office.end", "office.hold", "office.extend"]),
    st.sampled_from(_PEOPLE),
    position=st.sampled_from([SG, "Secretary-General", "Director General", None]),
    organization=st.sampled_from([NATO, "North Atlantic Treaty Organization", "Norway", None]),
    time=st.sampled_from(_TIMES),
    modality=st.sampled_from(["asserted", "planned", "expected", "possible", "negated"]),
    predecessor=st.sampled_from([None, "Jens Stoltenberg", "Stoltenberg"]),
)
_roles = st.builds(
    role,
    st.sampled_from(_PEOPLE),
    st.sampled_from(["NATO Secretary General", "director-general of NATO", "former Norway PM"]),
)
_documents = st.lists(
    st.tuples(
        st.lists(_events, max_size=4),
        st.lists(_roles, max_size=2),
        st.sampled_from([None, "2014-01-01", "2024-10-01"]),
    ),
    min_size=1,
    max_size=6,
)


@given(_documents, st.randoms(use_true_random=False))
def test_timeline_does_not_depend_on_document_order(documents: list[Any], random: Any) -> None:
    """Shuffling the analyses gives the same timeline, conflicts and gaps."""
    analyses = [
        doc(f"d{n}", *events, mentions=tuple(roles), published=published)
        for n, (events, roles, published) in enumerate(documents)
    ]
    shuffled = list(analyses)
    random.shuffle(shuffled)
    assert corpus(*analyses).timeline() == corpus(*shuffled).timeline()
    assert corpus(*analyses).timelines() == corpus(*shuffled).timelines()
    assert corpus(*analyses).persons() == corpus(*shuffled).persons()


# --- the seeds -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_analyses(builtin_manager: stoltlib.PluginManager) -> list[Analysis]:
    """The five seeds analysed by the built-in plugins."""
    pipeline = Pipeline(builtin_manager)
    return [
        pipeline.analyze(Document(id=path.name, text=path.read_text(encoding="utf-8")))
        for path in SEED_FILES
    ]


@pytest.fixture(scope="module")
def seed_timeline(seed_analyses: list[Analysis]) -> Timeline:
    """The NATO Secretary General timeline of the seeds."""
    return corpus(*seed_analyses).timeline(position=SG, organization=NATO)


def test_seeds_stoltenberg_from_2014_to_2024_10_01(seed_timeline: Timeline) -> None:
    """The seeds make Jens Stoltenberg NATO Secretary General from 2014 to 2024-10-01."""
    tenure = only(seed_timeline, "Jens Stoltenberg")
    assert (tenure.organization, tenure.start.value, tenure.end.value) == (
        NATO,
        "2014",
        "2024-10-01",
    )
    assert tenure.start.modality == tenure.end.modality == "asserted"
    assert tenure.sources >= 3
    assert "took over as NATO Secretary General" in (tenure.start.evidence[0].text or "")


def test_seeds_rutte_from_2024_10_01(seed_timeline: Timeline) -> None:
    """The seeds make Mark Rutte NATO Secretary General from 2024-10-01 (the hand-over day)."""
    tenure = only(seed_timeline, "Mark Rutte")
    assert (tenure.start.value, tenure.end.value) == ("2024-10-01", None)
    assert [t.person for t in seed_timeline.tenures] == ["Jens Stoltenberg", "Mark Rutte"]
    assert not seed_timeline.gaps
    assert not [c for c in seed_timeline.conflicts if c.kind != "title"]


def test_seeds_director_general_is_a_title_conflict(seed_timeline: Timeline) -> None:
    """Seed 001's 'director-general' is flagged as a conflicting title for Stoltenberg at NATO."""
    conflicts = seed_timeline.conflicts_of(only(seed_timeline, "Jens Stoltenberg"))
    assert [c.kind for c in conflicts] == ["title"]
    assert "director general" in {value.lower().replace("-", " ") for value in conflicts[0].values}
    assert {item.document for item in conflicts[0].evidence} >= {SEED_FILES[1].name}


# --- the command line ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seeds_jsonl(seed_analyses: list[Analysis], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds' analyses as `stoltlib extract` writes them."""
    path = tmp_path_factory.mktemp("timeline") / "facts.jsonl"
    path.write_text("".join(jsonio.dumps(a) + "\n" for a in seed_analyses), encoding="utf-8")
    return path


def test_cli_prints_the_tenures_as_a_table(seeds_jsonl: Path) -> None:
    """`stoltlib timeline FILE` reads extract output and prints one row per tenure."""
    result = run("timeline", seeds_jsonl, "--organization", "NATO")
    assert result.exit_code == 0, result.stderr
    header, *rows = result.stdout.splitlines()
    assert header.split() == [
        "PERSON", "POSITION", "ORGANIZATION", "START", "END", "SOURCES", "CONFLICTS",
    ]  # fmt: skip
    assert rows[0].split()[:7] == ["Jens", "Stoltenberg", "Secretary", "General", NATO, "2014",
                                   "2024-10-01"]  # fmt: skip
    assert rows[1].startswith("Mark Rutte") and "2024-10-01 (planned, inferred)" in rows[1]
    assert "2 tenures from 5 documents" in result.stderr


def test_cli_json_and_filters(seeds_jsonl: Path) -> None:
    """--format json gives the timeline; --position keeps only that title."""
    result = run("timeline", seeds_jsonl, "--format", "json", "--position", "prime minister")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["stoltlib"]["schema"] >= 1
    assert {t["person"] for t in data["tenures"]} == {"Jens Stoltenberg", "Mark Rutte"}
    assert set(data) == {"stoltlib", "tenures", "conflicts", "gaps", "unassigned"}


def test_cli_reads_extract_output_from_stdin(seeds_jsonl: Path) -> None:
    """`stoltlib extract ... | stoltlib timeline -` reads the analyses piped in."""
    result = run("timeline", "-", "--position", SG, input=seeds_jsonl.read_text(encoding="utf-8"))
    assert result.exit_code == 0, result.stderr
    rows = result.stdout.split("\n\n")[0].splitlines()[1:]  # the tenures, before the conflicts
    assert [line.split()[0] for line in rows] == ["Jens", "Mark"]


def test_cli_analyses_articles(tmp_path: Path) -> None:
    """Articles are analysed on the way, like `extract` does."""
    (tmp_path / "a.txt").write_text(
        "Jens Stoltenberg, who took over as NATO Secretary General in 2014, spoke on Monday.\n",
        encoding="utf-8",
    )
    result = run("timeline", tmp_path / "a.txt", "--published", "2020-06-08")
    assert result.exit_code == 0, result.stderr
    assert "2014" in result.stdout.splitlines()[1]


def test_cli_table_lists_conflicts() -> None:
    """The table names each tenure's conflicts, then lists them in full."""
    text = format_table(
        corpus(
            doc("a", event("office.start", "Jens Stoltenberg", time="2014")),
            doc("b", mentions=(role("Jens Stoltenberg", "director-general of NATO"),)),
        ).timeline()
    )
    assert "title: director-general" in text.splitlines()[1]
    assert "Conflicts:" in text


def test_cli_says_when_no_office_matches_and_counts_the_unassigned(seeds_jsonl: Path) -> None:
    """A filter matching nothing is warned about; the table counts evidence in no tenure."""
    result = run("timeline", seeds_jsonl, "--position", "Chief Widget Officer")
    assert result.exit_code == 0
    assert "no office matches --position 'Chief Widget Officer'" in result.stderr
    analysis = doc("a", event("office.extend", "John Doe", position=None, organization=None))
    table = format_table(corpus(analysis).timeline())
    assert "Unassigned: 1 piece of evidence in no tenure" in table


def test_cli_bad_input_is_a_clear_error(tmp_path: Path) -> None:
    """A missing file or a bad analysis line is reported by name, without a traceback."""
    result = run("timeline", tmp_path / "missing.jsonl")
    assert result.exit_code == 1
    assert "missing.jsonl" in result.stderr and "Traceback" not in result.stderr
    assert "no documents read" in result.stderr
    broken = tmp_path / "broken.jsonl"
    good = jsonio.dumps(doc("a", event("office.start", "Jens Stoltenberg", time="2014")))
    broken.write_text(good + "\n{not json\n", encoding="utf-8")
    result = run("timeline", broken)
    assert result.exit_code == 1
    assert "broken.jsonl:2" in result.stderr and "Traceback" not in result.stderr
    assert "Jens Stoltenberg" in result.stdout


def test_a_repeated_id_is_another_document() -> None:
    """Analyses with one id (two folders' 'a.txt') count as documents of their own, any order."""
    one = doc("a.txt", event("office.start", "Jens Stoltenberg", time="2014"))
    two = doc("a.txt", event("office.start", "Jens Stoltenberg", time="2014"))
    three = doc("a.txt#2", event("office.start", "Jens Stoltenberg", time="2014"))
    tenure = Corpus().extend([one, two, three]).timeline().tenures[0]
    assert tenure.sources == 3
    assert sorted({item.document for item in tenure.evidence}) == ["a.txt", "a.txt#2"]
    forward = Corpus().extend([one, two, three]).timeline().to_dict()
    backward = Corpus().extend([three, two, one]).timeline().to_dict()
    assert forward == backward


def test_a_corpus_for_timelines_keeps_no_claims() -> None:
    """Corpus(quotes=False) keeps no claims, and asking it for quotes says so."""
    corpus = Corpus(quotes=False).extend(
        [doc("a", event("office.start", "Jens Stoltenberg", time="2014"))]
    )
    assert corpus.timeline().tenures
    with pytest.raises(ValueError, match="quotes=False"):
        corpus.quotes_by_speaker()


def test_speakers_named_only_by_unresolved_words_share_no_key_across_articles() -> None:
    """Two articles' "the company said" are two speakers: neither is filed under "the company"
    (in the view or the CSV's speaker column); a resolved speaker is filed under the name."""
    texts = [
        'Acme cuts jobs\n\nAcme Corp cut 500 jobs. "We regret this," the company said.',
        'Borel sells unit\n\nBorel SA sold a unit. "It is a good price," the company said.',
        'Vote called\n\nJane Doe, the mayor, called a vote. "It is time," Doe said.',
    ]
    analyses = [
        stoltlib.analyze(Document(id=str(number), text=text)) for number, text in enumerate(texts)
    ]
    assert [claim.speaker.text for a in analyses[:2] for claim in a.claims if claim.speaker] == [
        "the company",
        "the company",
    ]
    by_speaker = Corpus.from_analyses(analyses).quotes_by_speaker()
    assert "the company" not in by_speaker
    assert [record.document for record in by_speaker["Jane Doe"]] == ["2"]
    rows = list(stoltlib.tables.rows("claims", analyses))
    companies = [row["speaker"] for row in rows if row["speaker_text"] == "the company"]
    assert len(companies) == 2 and "the company" not in companies


def test_plans_that_disagree_are_a_conflict_and_the_latest_report_is_kept() -> None:
    """Two outlets plan different start days: the later report's day is the start, whatever
    most documents say or the order they came in, and the conflict lists both days."""
    early = [
        doc(f"early{n}", event("office.start", "Mark Rutte", time="2024-09-01", modality="planned"),
            published="2024-06-01")
        for n in range(2)
    ]  # fmt: skip
    late = doc(
        "late",
        event("office.start", "Mark Rutte", time="2024-10-01", modality="planned"),
        published="2024-06-20",
    )
    for analyses in ([*early, late], [late, *early]):
        timeline = corpus(*analyses).timeline()
        tenure = only(timeline, "Mark Rutte")
        assert str(tenure.start) == "2024-10-01 (planned)"
        (conflict,) = timeline.conflicts
        assert (conflict.kind, conflict.values) == ("start", ("2024-09-01", "2024-10-01"))
        assert "latest report" in conflict.message


def test_a_country_written_as_its_demonym_is_shown_by_its_name() -> None:
    """ "Dutch Prime Minister" and "Prime Minister of the Netherlands" are one office, shown
    as the Netherlands; "Bosnian" shows "Bosnia and Herzegovina"."""
    timeline = corpus(
        doc("a", event("office.hold", "Mark Rutte", position="Prime Minister",
                       organization="Dutch")),
        doc("b", event("office.hold", "Mark Rutte", position="Prime Minister",
                       organization="the Netherlands")),
        doc("c", event("office.hold", "Ana Babic", position="President", organization="Bosnian")),
    ).timeline()  # fmt: skip
    shown = sorted((tenure.person, tenure.organization) for tenure in timeline.tenures)
    assert shown == [("Ana Babic", "Bosnia and Herzegovina"), ("Mark Rutte", "Netherlands")]


def since_doc(text: str, time: str, *events: Event) -> Analysis:
    """An analysis of ``text`` with a hold of Ann Lee dated by ``time``'s first occurrence."""
    start = text.index(time)
    hold = attrs.evolve(
        event("office.hold", "Ann Lee", position="Chairman", organization="Olin"),
        time=TimeRef(time, start, start + len(time)),
    )
    numbered = tuple(attrs.evolve(e, id=f"e{n}") for n, e in enumerate((hold, *events), 1))
    return Analysis(document=Document(id="a", text=text), events=numbered)


def test_a_tenure_held_since_a_date_starts_then_inferred() -> None:
    """'has been chairman since 2020' with no start event: the tenure starts in 2020, inferred."""
    text = "Ann Lee has been chairman of Olin since 2020."
    tenure = only(corpus(since_doc(text, "2020")).timeline(), "Ann Lee", "Chairman")
    assert (tenure.start.value, tenure.start.inferred) == ("2020", True)
    assert [item.kind for item in tenure.start.evidence] == ["office.hold"]
    shown = corpus(since_doc(text, "2020")).timeline().to_dict()["tenures"][0]["evidence"][0]
    assert "since" not in shown and shown["kind"] == "office.hold"


def test_a_start_event_dates_the_tenure_before_a_since_hold() -> None:
    """A dated start beats the hold's 'since'; a hold without 'since' dates no start."""
    start = event("office.start", "Ann Lee", position="Chairman", organization="Olin", time="2019")
    text = "Ann Lee has been chairman of Olin since 2020."
    tenure = only(corpus(since_doc(text, "2020", start)).timeline(), "Ann Lee", "Chairman")
    assert (tenure.start.value, tenure.start.inferred) == ("2019", False)
    plain = "Ann Lee, chairman of Olin in 2020, spoke."
    tenure = only(corpus(since_doc(plain, "2020")).timeline(), "Ann Lee", "Chairman")
    assert tenure.start.value is None


def test_a_since_tenure_from_an_article_has_its_start() -> None:
    """End to end: the offices plugin's hold 'since 2020' starts the timeline's tenure."""
    text = "Tomasz Novak, 58, has been governor of the National Bank since 2020."
    analysis = stoltlib.analyze(Document(id="n", text=text, published="2025-09-22"))
    tenures = corpus(analysis).timeline().tenures
    assert [(t.person, t.start.value, t.start.inferred) for t in tenures] == [
        ("Tomasz Novak", "2020", True)
    ]


def test_an_end_last_week_dates_the_tenure_by_its_week() -> None:
    """An end in a week ('resigned last week') sets the end; a day of that week agrees."""
    one = doc("a", event("office.end", "Tom Becker", time="2025-W26"))
    tenure = only(corpus(one).timeline(), "Tom Becker")
    assert tenure.end.value == "2025-W26"
    day = doc("b", event("office.end", "Tom Becker", time="2025-06-25"))
    timeline = corpus(one, day).timeline()
    assert only(timeline, "Tom Becker").end.value == "2025-06-25"
    assert not [c for c in timeline.conflicts if c.kind == "end"]
    other = doc("c", event("office.end", "Tom Becker", time="2025-07-15"))
    assert [c.kind for c in corpus(one, other).timeline().conflicts] == ["end"]


def test_an_extension_until_a_date_plans_the_tenure_end() -> None:
    """'extended until 2028' with no end event: the tenure ends in 2028, planned and inferred."""
    text = "The board extended the term of chairman Ann Lee of Olin until 2028."
    start = text.index("2028")
    extension = attrs.evolve(
        event("office.extend", "Ann Lee", position="Chairman", organization="Olin"),
        time=TimeRef("2028", start, start + 4),
    )
    analysis = Analysis(document=Document(id="a", text=text), events=(extension,))
    tenure = only(corpus(analysis).timeline(), "Ann Lee", "Chairman")
    assert (tenure.end.value, tenure.end.modality, tenure.end.inferred) == ("2028", "planned", True)
    plain = attrs.evolve(analysis, document=Document(id="a", text=text.replace("until", "after")))
    assert only(corpus(plain).timeline(), "Ann Lee", "Chairman").end.value is None
