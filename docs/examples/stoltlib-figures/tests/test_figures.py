"""stoltlib-figures: the figures it finds, their values, and the claims that carry them."""

from __future__ import annotations

import pytest
import stoltlib
from stoltlib.testing import contract_problems

import stoltlib_figures
from stoltlib_figures.extract import find_figures, number_value

# The plugin registered by hand beside stoltlib's own, as a plugin's tests do: whether or not
# it is installed, and whatever else is installed, these tests see stoltlib's plugins and it.
PLUGINS = stoltlib.get_plugin_manager(
    builtins_only=True, plugins={"figures": stoltlib_figures}, environ={}
)


def figures(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(m.kind, m.text, m.entity, m.role) for m in find_figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Allies pledged to spend 2% of GDP on defence.",
         ("figure.percent", "2% of GDP", "2%", "GDP")),
        ("Turnout was 5.5 per cent.", ("figure.percent", "5.5 per cent", "5.5%", None)),
        ("Twenty percent said no.", ("figure.percent", "Twenty percent", "20%", None)),
        ("It cut a quarter of its troops.",
         ("figure.share", "a quarter of its troops", "1/4", "troops")),
        ("Two-thirds of voters agreed.", ("figure.share", "Two-thirds of voters", "2/3", "voters")),
        ("It was backed by all 31 allied governments.",
         ("figure.count", "all 31 allied governments", "31", "allied governments")),
        ("Some 30,000 troops left.", ("figure.count", "30,000 troops", "30000", "troops")),
        ("The deal is worth $1.5 billion.",
         ("figure.money", "$1.5 billion", "USD 1500000000", None)),
        ("It costs 300 million euros.",
         ("figure.money", "300 million euros", "EUR 300000000", None)),
        ("Sales reached €20bn.", ("figure.money", "€20bn", "EUR 20000000000", None)),
    ],
)  # fmt: skip
def test_each_kind_of_figure_is_found_with_its_value(
    text: str, expected: tuple[str, str, str, str | None]
) -> None:
    """Money, percentages, shares and counts are found, normalised, with what they measure."""
    assert figures(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "He served for ten years and left in 2014.",  # a duration and a year: the dates plugin's
        "NATO 2030 comes as the summit opens.",  # a year before a verb ending in s
        "No one has said so.",  # "one has" is no count
        "The vote was close.",
        "He signed a two-and-a-half-year contract.",  # a duration, not "a half"
        "They met for a half-hour session.",
    ],
)
def test_numbers_that_are_not_figures_are_left_alone(text: str) -> None:
    """Years, durations and words such as 'one has' are not figures."""
    assert figures(text) == []


def test_a_figure_wrapped_over_a_line_is_one_figure_but_not_across_paragraphs() -> None:
    """Spacing and one line break inside a figure change nothing; a blank line ends it."""
    assert figures("backed by all 31\n  allied governments.") == [
        ("figure.count", "all 31\n  allied governments", "31", "allied governments")
    ]
    assert figures("It rose 2%\n\nof GDP growth.") == [("figure.percent", "2%", "2%", None)]


def test_money_wins_over_a_count_of_the_same_words() -> None:
    """Where patterns overlap, the earlier kind wins and no figure overlaps another."""
    found = figures("They spent 300 million euros and 5 million dollars on 12 new ships.")
    assert [kind for kind, *_ in found] == ["figure.money", "figure.money", "figure.count"]


def test_number_value_reads_digits_words_and_scales() -> None:
    """number_value reads grouped digits, decimals, number words and scale words."""
    assert number_value("30,000") == 30000
    assert number_value("1.5", "billion") == 1_500_000_000
    assert number_value("twenty") == 20
    assert number_value("a dozen") == 12


def test_figures_come_through_the_pipeline_stamped_and_in_the_text() -> None:
    """Through stoltlib.analyze the figures are mentions of plugin 'figures' with true spans."""
    text = "BRUSSELS - Allies agreed to spend 2% of GDP. All 31 allied governments signed."
    analysis = stoltlib.analyze(text, plugins=PLUGINS)
    ours = [m for m in analysis.mentions if m.plugin == "figures"]
    assert [m.text for m in ours] == ["2% of GDP", "31 allied governments"]
    assert all(text[m.start : m.end] == m.text for m in ours)
    assert analysis.errors == ()


def test_a_figure_inside_a_quote_is_claimed_by_its_speaker() -> None:
    """A figure inside a claim's content gives a figure.claimed event with the speaker."""
    text = (
        "NATO Secretary General Jens Stoltenberg said on Monday that allies must spend 2% of "
        "GDP on defence. The budget grew by a quarter."
    )
    analysis = stoltlib.analyze(text, published="2020-06-08", plugins=PLUGINS)
    (event,) = [e for e in analysis.events if e.plugin == "figures"]
    assert event.type == "figure.claimed" and event.id == "figures-1"
    assert event.source is not None and event.source.name == "Jens Stoltenberg"
    assert event.evidence is not None
    assert text[event.evidence.start : event.evidence.end] == "2% of GDP"


def test_boilerplate_and_other_languages_are_left_alone() -> None:
    """A figure in a share widget, or in a document in another language, is not reported."""
    widget = "Allies agreed to spend 2% of GDP.\nShare this article: 12 comments\n"
    analysis = stoltlib.analyze(widget, plugins=PLUGINS)
    assert analysis.metadata.boilerplate_at(widget.index("12"), widget.index("12") + 11)
    assert [m.text for m in analysis.mentions if m.plugin == "figures"] == ["2% of GDP"]
    german = (
        "Die Verbündeten haben sich darauf geeinigt, 2% des BIP für die Verteidigung "
        "auszugeben. Alle 31 Regierungen der Allianz haben das Abkommen unterzeichnet, und die "
        "Minister waren sich einig, dass es nicht genug sei."
    )
    analysis = stoltlib.analyze(german, plugins=PLUGINS)
    assert analysis.metadata.language == "de"
    assert [m for m in analysis.mentions if m.plugin == "figures"] == []


def test_the_plugin_keeps_stoltlibs_contract_on_a_seed_article() -> None:
    """No errors, spans that slice back, the same output twice, neutral edits change nothing."""
    pipeline = stoltlib.Pipeline(PLUGINS)
    document = stoltlib.Document.from_text(
        "BRUSSELS (Sputnik) - The US plans to cut the number of its troops stationed in Germany "
        "by about a quarter, and allies pledged 2% of GDP, all 31 allied governments said."
    )
    assert contract_problems(pipeline, document, plugin="figures") == []
