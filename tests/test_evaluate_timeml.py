"""The TempEval-3 style scorer and the TimeML reader (stoltlib.evaluate.timeml)."""

from __future__ import annotations

from stoltlib.evaluate import Timex, read_tml, score_times, summarize_times

TML = (
    '<?xml version="1.0" ?>\n<TimeML>\n'
    '<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" functionInDocument="CREATION_TIME">'
    "19980807</TIMEX3></DCT>\n"
    '<TEXT>Talks ended on <TIMEX3 tid="t1" type="DATE" value="1998-08-03">Monday</TIMEX3> '
    '&amp; resume <TIMEX3 tid="t2" type="DATE" value="1998-W33">next week</TIMEX3>, for '
    '<TIMEX3 tid="t3" type="DURATION" value="P3D">three days</TIMEX3>.</TEXT>\n</TimeML>\n'
)


def test_reader_gives_text_spans_and_dct() -> None:
    """Tags are removed, entities decoded, and gold spans slice the plain text."""
    document = read_tml(TML, id="doc")
    assert document.dct == "1998-08-07"
    assert document.text == "Talks ended on Monday & resume next week, for three days."
    assert [(t.text, t.type, t.value) for t in document.timexes] == [
        ("Monday", "DATE", "1998-08-03"),
        ("next week", "DATE", "1998-W33"),
        ("three days", "DURATION", "P3D"),
    ]


def test_scores_relaxed_strict_type_and_value() -> None:
    """Overlap matches relaxed, equal tokens strict; value F1 is relaxed F1 x value accuracy."""
    document = read_tml(TML)
    text = document.text
    predicted = [
        Timex(text.index("on Monday"), text.index("on Monday") + 9, "DATE", "1998-08-03"),
        Timex(text.index("week"), text.index("week") + 4, "DATE", "1998-W32"),
        Timex(text.index("Talks"), text.index("Talks") + 5, "DATE", "PRESENT_REF"),
    ]
    score = score_times(predicted, document.timexes, text)
    assert len(score.matches) == 2 and len(score.missed) == 1 and len(score.spurious) == 1
    summary = summarize_times([score])
    assert summary.relaxed_precision == summary.relaxed_recall == 2 / 3
    assert summary.strict == 0
    assert summary.type_accuracy == 1.0 and summary.value_accuracy == 0.5
    assert abs(summary.value_f1 - summary.relaxed_f1 * 0.5) < 1e-12


def test_each_gold_matches_at_most_one_prediction() -> None:
    """Two predictions over one gold expression count one match and one spurious find."""
    text = "It rained on Monday morning."
    gold = [Timex(13, 27, "TIME", "XXXX-WXX-1TMO")]
    predicted = [Timex(13, 19, "DATE", "XXXX-WXX-1"), Timex(20, 27, "TIME", "TMO")]
    score = score_times(predicted, gold, text)
    assert len(score.matches) == 1 and len(score.spurious) == 1
    assert summarize_times([score]).strict == 0
