"""stoltlib.evaluate.quotes: GenderGapTracker-style matching and figures, the brat reader."""

from __future__ import annotations

import pytest

import stoltlib
from stoltlib.evaluate import (
    QuoteItem,
    as_quote,
    is_speech,
    read_brat,
    read_polnear,
    score_quotes,
    summarize_quotes,
)
from stoltlib.evaluate.quotes import coverage, speaker_matches


def test_coverage_is_the_share_of_the_gold_quote_covered() -> None:
    """Coverage is asymmetric: |gold ∩ predicted| / |gold|, over every piece."""
    assert coverage(((0, 10),), ((5, 30),)) == 0.5
    assert coverage(((0, 10), (20, 30)), ((0, 10),)) == 0.5
    assert coverage(((0, 10),), ((10, 20),)) == 0.0


def test_each_gold_quote_takes_the_best_prediction_above_the_threshold() -> None:
    """The prediction covering most of a gold quote is its match; one match per prediction."""
    gold = [QuoteItem([(0, 10)], [(20, 25)]), QuoteItem([(30, 40)], [(50, 55)])]
    predicted = [
        QuoteItem([(0, 4)], [(20, 25)]),  # 0.4 of the first
        QuoteItem([(0, 9)], [(60, 65)]),  # 0.9 of the first, wrong speaker
        QuoteItem([(100, 120)]),  # spurious
    ]
    loose = score_quotes(predicted, gold, 0.3)
    assert [m.predicted for m in loose.matches] == [predicted[1]]
    assert [m.speaker for m in loose.matches] == [False]
    assert loose.missed == (gold[1],)
    assert set(loose.spurious) == {predicted[0], predicted[2]}
    strict = score_quotes(predicted, gold, 0.95)
    assert strict.matches == () and len(strict.missed) == 2


def test_speakers_match_by_overlap_by_name_or_by_both_naming_nobody() -> None:
    """Overlapping spans, equal folded names, or no speaker on either side are right."""
    assert speaker_matches(QuoteItem([(0, 1)], [(5, 10)]), QuoteItem([(0, 1)], [(9, 12)]))
    assert speaker_matches(
        QuoteItem([(0, 1)], [(5, 10)], "Jens  Stoltenberg"),
        QuoteItem([(0, 1)], [(50, 60)], "jens stoltenberg"),
    )
    assert speaker_matches(QuoteItem([(0, 1)]), QuoteItem([(0, 1)]))
    assert not speaker_matches(QuoteItem([(0, 1)], [(5, 10)]), QuoteItem([(0, 1)]))


def test_figures_are_micro_averaged_and_split_by_kind() -> None:
    """P, R, F1, speaker accuracy and end-to-end F1, overall and for direct / indirect."""
    gold = [
        QuoteItem([(0, 10)], [(20, 25)], kind="direct"),
        QuoteItem([(30, 40)], [(50, 55)], kind="indirect"),
    ]
    predicted = [QuoteItem([(0, 10)], [(20, 25)], kind="direct")]
    summary = summarize_quotes([score_quotes(predicted, gold)])
    assert (summary.overall.precision, summary.overall.recall) == (1.0, 0.5)
    assert summary.overall.f1 == pytest.approx(2 / 3)
    assert summary.overall.speaker_accuracy == 1.0
    assert summary.overall.end_to_end_f1 == pytest.approx(2 / 3)
    assert summary.by_kind["direct"].f1 == 1.0
    assert summary.by_kind["indirect"].recall == 0.0
    assert summary.as_dict()["by_kind"]["direct"]["gold"] == 1


def test_claims_and_json_claims_are_read_as_quotes() -> None:
    """A Claim or its JSON mapping becomes a QuoteItem; mixed counts as direct."""
    analysis = stoltlib.analyze("“We stay the course,” Jens Stoltenberg said.")
    (claim,) = analysis.claims
    item = as_quote(claim)
    assert item.kind == "direct" and item.name == "Jens Stoltenberg"
    record = {"kind": "mixed", "content": [{"start": 1, "end": 5}], "speaker": None}
    assert as_quote(record) == QuoteItem([(1, 5)], [], None, "direct")


def test_speech_is_told_from_beliefs_and_intentions() -> None:
    """Verbs of communication and quotations are speech; 'thinks', 'wants', 'shows' are not."""
    assert is_speech("said", "the talks failed")
    assert is_speech("told reporters", "it was over")
    assert is_speech("according to", "the plan is dead")
    assert is_speech(":", "anything")
    assert is_speech("thinks", "“a quoted belief”")
    assert not is_speech("thinks", "the plan is dead")
    assert not is_speech("wants", "a new deal")
    assert not is_speech("polls show", "a tie")


ANN = (
    "T1\tSource 0 5\tSmith\n"
    "T2\tCue 6 10\tsaid\n"
    "T3\tContent 11 26\tthe talks ended\n"
    "T4\tAttribution 6 10\tsaid\n"
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
    "T5\tSource 28 30\tHe\n"
    "T6\tCue 31 37\tthinks\n"
    "T7\tContent 38 50;51 55\tit is over ok\n"
    "T8\tAttribution 31 37\tthinks\n"
    "E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5\n"
    "#1\tAnnotatorNotes T1\ta note\n"
)
TEXT = "Smith said the talks ended. He thinks it is over ok now."


def test_brat_attributions_become_quotes_and_beliefs_are_left_out() -> None:
    """E lines link Source, Cue and Content; discontinuous spans stay pieces."""
    speech = read_brat(ANN, TEXT)
    assert speech == [QuoteItem([(11, 26)], [(0, 5)], None, "indirect", [(6, 10)])]
    everything = read_brat(ANN, TEXT, speech_only=False)
    assert everything[1].content == ((38, 50), (51, 55))


def test_polnear_keeps_one_annotator_per_article(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Of several annotators of an article, the first by code is read."""
    (tmp_path / "dev" / "text").mkdir(parents=True)
    (tmp_path / "dev" / "attributions").mkdir()
    (tmp_path / "dev" / "text" / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "dev" / "attributions" / "a_bbbb.ann").write_text("", encoding="utf-8")
    (tmp_path / "dev" / "attributions" / "a_aaaa.ann").write_text(ANN, encoding="utf-8")
    (document,) = read_polnear(tmp_path, "dev")
    assert (document.id, document.annotator, len(document.quotes)) == ("a", "aaaa", 1)
