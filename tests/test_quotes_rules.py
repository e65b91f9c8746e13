"""The quotes plugin's rules, one family at a time: direct, mixed and indirect claims."""

from __future__ import annotations

import types

import pytest

import stoltlib
from stoltlib import Analysis, Claim


def claims(text: str) -> list[Claim]:
    analysis = stoltlib.analyze(text, plugins=MANAGER, strict=True)
    return [claim for claim in analysis.claims if claim.plugin == "quotes"]


def read(claim: Claim) -> tuple[str, str | None, str | None, list[str]]:
    """A claim as (kind, speaker text, cue text, content texts)."""
    return (
        claim.kind,
        claim.speaker.text if claim.speaker else None,
        claim.cue.text if claim.cue else None,
        [piece.text for piece in claim.content],
    )


MANAGER = stoltlib.get_plugin_manager(builtins_only=True, environ={})


# --- direct quotes -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"We will stay the course," Stoltenberg said.',
            ("direct", "Stoltenberg", "said", ["We will stay the course,"]),
        ),
        (
            "“We will stay the course,” said NATO Secretary General Jens Stoltenberg.",
            (
                "direct",
                "NATO Secretary General Jens Stoltenberg",
                "said",
                ["We will stay the course,"],
            ),
        ),
        (
            'Stoltenberg said: "We will stay the course."',
            ("direct", "Stoltenberg", "said", ["We will stay the course."]),
        ),
        (
            "He added, “It is time to act.”",
            ("direct", "He", "added", ["It is time to act."]),
        ),
        (
            "“Absolutely not,” he said of the idea, at the time.",
            ("direct", "he", "said", ["Absolutely not,"]),
        ),
        (
            "Cruz called them on it: “The questions asked tonight show why people distrust us.”",
            (
                "direct",
                "Cruz",
                "called",
                ["The questions asked tonight show why people distrust us."],
            ),
        ),
    ],
)
def test_a_cue_before_or_after_a_quotation_attributes_it(
    text: str, expected: tuple[str, str, str, list[str]]
) -> None:
    """Trailing, inverted, leading (colon and comma) attributions make direct quotes."""
    assert [read(c) for c in claims(text)] == [expected]


def test_a_split_quote_is_one_claim() -> None:
    """'“Q1,” he added, “Q2.”' has both pieces as its content."""
    text = "“Using NATO politically means using more tools,” he added, “including economic means.”"
    assert [read(c) for c in claims(text)] == [
        (
            "direct",
            "he",
            "added",
            ["Using NATO politically means using more tools,", "including economic means."],
        )
    ]


def test_quoted_sentences_after_an_attributed_one_join_it() -> None:
    """'“Q1,” Ross said. “Q2.”' is one claim with two pieces."""
    text = "“It is going well so far,” Ross said. “Police are out there doing their jobs.”"
    (claim,) = claims(text)
    assert [p.text for p in claim.content] == [
        "It is going well so far,",
        "Police are out there doing their jobs.",
    ]


def test_a_quote_over_two_paragraphs_is_one_claim() -> None:
    """A paragraph left open and one opening with a mark make one quotation."""
    text = "“This is the first paragraph of a long quote,\n\n“and this is the second,” she said."
    (claim,) = claims(text)
    assert read(claim)[:3] == ("direct", "she", "said")
    assert [p.text for p in claim.content] == [
        "This is the first paragraph of a long quote,",
        "and this is the second,",
    ]


def test_a_quote_announced_by_the_sentence_before_takes_its_speaker() -> None:
    """'X said in a statement. “Q”' attributes Q to X."""
    text = (
        "Sam Lau, the party spokesman, said in a statement.\n\n“There are no ballots to recount.”"
    )
    assert [read(c) for c in claims(text)] == [
        ("direct", "Sam Lau, the party spokesman", "said", ["There are no ballots to recount."])
    ]


def test_a_floating_quote_takes_the_previous_speaker() -> None:
    """A quoted paragraph with no attribution is the last speaker's, at lower confidence."""
    text = (
        "“We have to act now,” the minister said.\n\n"
        "“Nobody else will do it for us, and the time is short.”"
    )
    first, second = claims(text)
    assert second.speaker is not None and second.speaker.text == "the minister"
    assert second.cue is None
    assert second.confidence is not None and first.confidence is not None
    assert second.confidence < first.confidence


@pytest.mark.parametrize(
    "text",
    [
        "The film “Jaws” was shown on “Movie Night” in the park.",
        "The so-called “peace dividend” never came.",
        "Don't take the members' votes, or the '80s hits.",
    ],
)
def test_titles_scare_quotes_and_apostrophes_are_no_quotes(text: str) -> None:
    """A short quoted phrase with no cue, and an apostrophe, make no claim."""
    assert claims(text) == []


def test_a_question_ending_its_sentence_takes_the_attribution_after_it() -> None:
    """'“Did you know?” Todd asked the mogul.' attributes the question to Todd."""
    (claim,) = claims("“Did you know it was Mussolini?” Todd asked the real estate mogul.")
    assert read(claim) == ("direct", "Todd", "asked", ["Did you know it was Mussolini?"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trump: Clinton should have congratulated me for making history",
            ("indirect", "Trump", ":", ["Clinton should have congratulated me for making history"]),
        ),
        (
            "TAPPER: Do you think he has campaigned as a healer?",
            ("indirect", "TAPPER", ":", ["Do you think he has campaigned as a healer?"]),
        ),
    ],
)
def test_a_line_labelled_with_its_speaker_is_a_claim(
    text: str, expected: tuple[str, str, str, list[str]]
) -> None:
    """Headlines and transcripts that open with 'Speaker:' make a claim with the colon as cue."""
    assert [read(c) for c in claims(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Photo: The minister at the summit in Brussels on Monday",
        "Jens Stoltenberg: Leading NATO Through Global Security Challenges",
    ],
)
def test_labels_and_topics_are_no_labelled_claims(text: str) -> None:
    """'Photo:' labels a line; a gerund after the colon is a topic, not a statement."""
    assert claims(text) == []


def test_a_title_before_an_attribution_is_no_quote() -> None:
    """'on Fox News Channel’s “Hannity,” X said if ...': the show's name is no quote of X."""
    text = (
        "Wednesday on Fox News Channel’s “Hannity,” Newt Gingrich said if Trump picked him "
        "as a running mate it would be a “two-pirate ticket.”"
    )
    assert [read(c)[:3] for c in claims(text)] == [("mixed", "Newt Gingrich", "said")]


# --- reported speech ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Stoltenberg argued that the alliance must become more political.",
            ("indirect", "Stoltenberg", "argued", ["the alliance must become more political"]),
        ),
        (
            "He told reporters on Monday that the talks had failed.",
            ("indirect", "He", "told", ["the talks had failed"]),
        ),
        (
            "She urged allies to spend more on defence.",
            ("indirect", "She", "urged", ["allies to spend more on defence"]),
        ),
        (
            "According to Jens Stoltenberg, the pandemic has increased tensions.",
            (
                "indirect",
                "Jens Stoltenberg",
                "According to",
                ["the pandemic has increased tensions"],
            ),
        ),
        (
            "The pandemic has increased tensions, according to Jens Stoltenberg.",
            (
                "indirect",
                "Jens Stoltenberg",
                "according to",
                ["The pandemic has increased tensions"],
            ),
        ),
        (
            "NATO needs to become stronger, the head of the alliance said on Monday.",
            ("indirect", "the head of the alliance", "said", ["NATO needs to become stronger"]),
        ),
        (
            "The plan is dead, said a senior official.",
            ("indirect", "a senior official", "said", ["The plan is dead"]),
        ),
    ],
)
def test_reported_speech_frames(text: str, expected: tuple[str, str, str, list[str]]) -> None:
    """X said (that) C, X told Y that C, X urged Y to C, according to X, C X said: indirect."""
    assert [read(c) for c in claims(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Acme Corp said on Tuesday it had appointed a new chief executive.",
            ("indirect", "Acme Corp", "said", ["it had appointed a new chief executive"]),
        ),
        (
            "The union said late on Friday the talks had failed.",
            ("indirect", "The union", "said", ["the talks had failed"]),
        ),
        (
            "The carmaker said in a statement its profit rose sharply.",
            ("indirect", "The carmaker", "said", ["its profit rose sharply"]),
        ),
        (
            "The minister told parliament on Monday the budget was balanced.",
            ("indirect", "The minister", "told", ["the budget was balanced"]),
        ),
        (
            "The mayor said Tuesday growth would slow next year.",
            ("indirect", "The mayor", "said", ["growth would slow next year"]),
        ),
    ],
)
def test_a_time_or_channel_between_cue_and_content_is_left_out(
    text: str, expected: tuple[str, str, str, list[str]]
) -> None:
    """ "X said on Tuesday C" without "that": the content is C, after the adverbial."""
    assert [read(c) for c in claims(text)] == [expected]


def test_an_adverbial_gap_needs_a_clause_after_it() -> None:
    """A channel word with no preposition, or a verb after the time, is no adverbial gap."""
    [claim] = claims("The senator said the email scandal is only the latest issue for voters.")
    assert [piece.text for piece in claim.content] == [
        "the email scandal is only the latest issue for voters"
    ]
    assert claims("The quote he cited on Wednesday has appeared in several speeches since.") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Acme said on Tuesday it had appointed a new chief executive.", "2025-02-11"),
        ("The minister told reporters late on Friday that the budget was balanced.", "2025-02-07"),
        ("The budget is balanced and fair, the minister said on Monday.", "2025-02-10"),
        ("The minister said the vote would be held on Monday next week.", None),
        ("The minister said that on Monday the vote would be held again.", None),
    ],
)
def test_a_claim_is_dated_by_the_time_its_cue_governs(text: str, value: str | None) -> None:
    """ "X said on Tuesday ...": the claim's time; a time inside what was said is not."""
    analysis = stoltlib.analyze(text, published="2025-02-13", plugins=MANAGER, strict=True)
    [claim] = [claim for claim in analysis.claims if claim.plugin == "quotes"]
    assert (claim.time.value if claim.time else None) == value
    if claim.time is not None:
        assert claim.time.start is not None and claim.time.end is not None
        assert any((t.start, t.end) == (claim.time.start, claim.time.end) for t in analysis.times)


def test_a_next_sentence_with_a_content_of_its_own_is_no_attribution() -> None:
    """'... “betrayed the state.” He told reporters she was wrong ...': his own claim."""
    text = (
        'Jane Park said the minister had "betrayed the state." He told reporters she was '
        "wrong and would apologise."
    )
    assert [(c.kind, c.speaker.text if c.speaker else None) for c in claims(text)] == [
        ("mixed", "Jane Park"),
        ("indirect", "He"),
    ]
    # A next sentence that only attributes the quotation still does.
    replied = '"Would you do it again?" the reporter asked. "Yes, at once," he replied quietly.'
    assert [c.speaker.text if c.speaker else None for c in claims(replied)] == [
        "the reporter",
        "he",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The plan was leaked by an official who asked not to be named.",
        "The plan was leaked by two officials, who asked not to be identified by name.",
        "The plan was leaked by an aide who asked that her name not be used.",
    ],
)
def test_a_request_not_to_be_named_is_no_claim(text: str) -> None:
    """ "An official who asked not to be named": how the source is given, not what it said."""
    assert claims(text) == []


def test_a_confirmation_in_an_office_is_no_claim() -> None:
    """ "The Senate confirmed X as Treasury Secretary" appoints; "confirmed that C" reports."""
    assert claims("The Senate confirmed Janet Yellen as Treasury Secretary on Monday.") == []
    [claim] = claims("Officials confirmed the plant would close next year.")
    assert claim.content[0].text == "the plant would close next year"


def test_an_angry_cue_attributes_its_quotation() -> None:
    """'"Q," X fumed' is X's quote, not the previous sentence's speaker's."""
    text = (
        'The coach was fired on Monday, the club said. "This is a sad day," chairman Ann Lee fumed.'
    )
    assert [(c.kind, c.speaker.text if c.speaker else None) for c in claims(text)] == [
        ("indirect", "the club"),
        ("direct", "chairman Ann Lee"),
    ]


def test_a_claims_content_starts_after_the_dateline() -> None:
    """ "NEW YORK (Reuters) - X rose, the company said": the dateline is not what was said."""
    text = (
        "Acme profit jumps\n\nNEW YORK (Reuters) - Acme's profit rose sharply in the third "
        "quarter as phone sales grew, the company said on Tuesday.\n"
    )
    [claim] = claims(text)
    assert claim.content[0].text.startswith("Acme's profit rose sharply")


def test_a_quoted_fragment_makes_reported_speech_mixed() -> None:
    """Reported speech that quotes part of what was said is a mixed claim."""
    (claim,) = claims("Mr. Lavrov said the talks had been “constructive” and useful.")
    assert read(claim) == (
        "mixed",
        "Mr. Lavrov",
        "said",
        ["the talks had been “constructive” and useful"],
    )


def test_a_participle_speaks_for_the_sentence_subject() -> None:
    """'..., saying that C' has the speaker of the sentence's first clause."""
    found = [read(c) for c in claims("Trump praised the deal, saying that it would create jobs.")]
    assert ("indirect", "Trump", "saying", ["it would create jobs"]) in found


def test_a_second_reporting_clause_ends_the_first() -> None:
    """'X admitted that C1, but said C2' is two claims of X."""
    text = "Carson admitted that the name was wrong, but said his campaign had found the article."
    found = [read(c) for c in claims(text)]
    assert found == [
        ("indirect", "Carson", "admitted", ["the name was wrong"]),
        ("indirect", "Carson", "said", ["his campaign had found the article"]),
    ]


def test_a_parenthetical_attribution_reports_what_follows() -> None:
    """'Still, he said, C.' reports C."""
    (claim,) = claims("Still, he said, officials have to decide who gets extra scrutiny.")
    assert read(claim) == (
        "indirect",
        "he",
        "said",
        ["officials have to decide who gets extra scrutiny"],
    )


@pytest.mark.parametrize(
    "text",
    [
        "Trump's call for a ban drew criticism from both parties.",  # a cue as a noun
        "He was told to leave the room at once.",  # a passive: the hearer, not the speaker
        "She spoke on Thursday during a visit to the plant.",  # no content
        "The report said.",  # too short to report anything
    ],
)
def test_no_claim_without_a_speaker_and_a_content(text: str) -> None:
    """Cues used as nouns, passives and cues with no content make no claim."""
    assert claims(text) == []


def test_a_question_put_is_reported_without_a_speaker() -> None:
    """'Asked about X, Rubio said ...': the question is a claim of nobody named."""
    found = [read(c) for c in claims("Asked about Cruz's charges, Rubio said the plan was fair.")]
    assert found[0] == ("indirect", None, "Asked", ["about Cruz's charges"])
    assert found[1][:3] == ("indirect", "Rubio", "said")


def test_a_paragraph_announced_by_a_colon_is_a_block_quote() -> None:
    """'In a speech, he said:' ending a paragraph quotes the paragraph after it."""
    text = "In a speech last July, he said:\n\nLet no one be mistaken: the candidacy is a cancer."
    (claim,) = claims(text)
    assert read(claim) == (
        "direct",
        "he",
        "said",
        ["Let no one be mistaken: the candidacy is a cancer."],
    )


# --- speakers resolved through the people plugin -----------------------------------------------


def test_speakers_resolve_to_full_names_and_roles() -> None:
    """A pronoun or a description speaks as the person the people plugin resolved it to."""
    text = (
        "Russian Foreign Minister Sergey Lavrov met reporters on Monday.\n\n"
        "“The alliance cannot speak for its members,” the minister said.\n\n"
        "He added that talks were still possible."
    )
    found = claims(text)
    assert [(c.speaker.entity, c.speaker.role) for c in found if c.speaker] == [
        ("Sergey Lavrov", "Russian Foreign Minister"),
        ("Sergey Lavrov", "Russian Foreign Minister"),
    ]


def test_without_the_people_plugin_speakers_have_no_entity() -> None:
    """Plugins meet only through the analysis: no mentions, no resolved names."""
    manager = stoltlib.get_plugin_manager(builtins_only=True, disable=["people"], environ={})
    analysis = stoltlib.analyze("“We stay,” Stoltenberg said.", plugins=manager, strict=True)
    (claim,) = analysis.claims
    assert claim.speaker is not None and claim.speaker.entity is None


# --- what the plugin leaves alone --------------------------------------------------------------


def test_boilerplate_is_no_claim_of_the_article() -> None:
    """A quote in text the metadata stage marked as boilerplate is left out."""
    text = "Related stories:\n“We will win this war,” the president said.\n\nThe end."

    @stoltlib.hookimpl
    def mark(document: stoltlib.Document) -> stoltlib.Metadata:
        end = document.text.index("\n\n")
        return stoltlib.Metadata(boilerplate=[stoltlib.Boilerplate(0, end, "related")])

    widget = types.ModuleType("widget")
    widget.stoltlib_metadata = mark  # type: ignore[attr-defined]
    manager = stoltlib.get_plugin_manager(builtins_only=True, plugins={"widget": widget})
    analysis = stoltlib.analyze(text, plugins=manager, strict=True)
    assert analysis.claims == ()


def test_documents_in_another_language_are_left_alone() -> None:
    """The plugin returns nothing when the metadata stage found another language."""
    from stoltlib_quotes import stoltlib_claims

    document = stoltlib.Document.from_text("“Wir bleiben,” sagte er. He said “we stay here now.”")
    analysis = Analysis(document=document, metadata=stoltlib.Metadata(language="de"))
    assert list(stoltlib_claims(document, analysis)) == []


def test_the_cue_lexicon_is_data_extendable_through_the_hook() -> None:
    """A plugin adding a cue form through the lexicon hook makes it a cue."""
    text = "The senator harrumphed that the budget was a disgrace."
    assert claims(text) == []

    @stoltlib.hookimpl
    def more_cues(name: str) -> list[object] | None:
        if name != "cue_verbs":
            return None
        return ["harrumphed", {"cue": "harrumphs", "lemma": "harrumph", "frame": "say"}]

    extra = types.ModuleType("extra")
    extra.stoltlib_lexicon = more_cues  # type: ignore[attr-defined]
    manager = stoltlib.get_plugin_manager(builtins_only=True, plugins={"extra": extra})
    analysis = stoltlib.analyze(text, plugins=manager, strict=True)
    assert [read(c) for c in analysis.claims] == [
        ("indirect", "The senator", "harrumphed", ["the budget was a disgrace"])
    ]
    assert len(stoltlib.lexicon("cue_verbs", MANAGER)) >= 600  # every inflection listed


def test_a_content_ending_the_sentence_ends_before_the_space_before_its_stop() -> None:
    """'X said C .' (a space, or two, before the full stop): the content holds no white space."""
    for text in (
        "Stoltenberg said the alliance is ready .",
        "Stoltenberg said the alliance is ready  .",
    ):
        (claim,) = claims(text)
        assert read(claim) == ("indirect", "Stoltenberg", "said", ["the alliance is ready"])


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "Turnout rose sharply in the cities, according to exit polling data.",
            "exit polling data",
            "Turnout rose sharply in the cities",
        ),
        (
            "According to state law, no one may campaign near a polling place.",
            "state law",
            "no one may campaign near a polling place",
        ),
    ],
)
def test_according_to_a_source_that_names_no_one(text: str, source: str, content: str) -> None:
    """'according to' a lower-case source (a law, data, returns) attributes as a named one does."""
    (claim,) = claims(text)
    kind, speaker, cue, pieces = read(claim)
    assert (kind, speaker, (cue or "").casefold(), pieces) == (
        "indirect",
        source,
        "according to",
        [content],
    )


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The actress was asked if she had ever been discriminated against.",
            "if she had ever been discriminated against",
        ),
        (
            "When asked whether he would endorse the nominee, Smith said nothing.",
            "whether he would endorse the nominee",
        ),
        (
            "Clinton has been asked to release the transcripts of the speeches.",
            "to release the transcripts of the speeches",
        ),
    ],
)
def test_a_passive_asked_reports_its_question_by_nobody_named(text: str, content: str) -> None:
    """'was asked if ...', 'when asked whether ...': the question put, with no speaker."""
    found = [
        (kind, speaker, (cue or "").casefold(), pieces)
        for kind, speaker, cue, pieces in map(read, claims(text))
    ]
    assert ("indirect", None, "asked", [content]) in found


def test_an_active_asked_keeps_its_speaker() -> None:
    """'A reporter asked whether ...' is the reporter's question."""
    (claim,) = claims("A reporter asked whether this differed from the old rules.")
    assert read(claim) == (
        "indirect",
        "A reporter",
        "asked",
        ["whether this differed from the old rules"],
    )


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The order released Friday said the claim was speculative.", "The order released Friday"),
        (
            "A news report published Wednesday said the secretary used a private account.",
            "A news report published Wednesday",
        ),
    ],
)
def test_a_speaker_described_by_a_participle(text: str, speaker: str) -> None:
    """'the order released Friday said C': the participle and its time belong to the speaker."""
    (claim,) = claims(text)
    assert claim.speaker is not None and claim.speaker.text == speaker


def test_a_quoted_word_with_a_trailing_attribution_is_a_quote() -> None:
    """'“Really,” she added.' is a direct quote; a scare-quoted word with no attribution is none."""
    (claim,) = claims("“Really,” she added.")
    assert read(claim) == ("direct", "she", "added", ["Really,"])
    assert [c.kind for c in claims("The “reform,” in short, failed.")] == []


def test_an_adverbial_opening_the_sentence_is_no_content() -> None:
    """'During a rally in Raleigh, North Carolina, Trump remarked upon ...': no claim of it."""
    for text in (
        "During a rally in Raleigh, North Carolina, Trump remarked upon a recent story.",
        "As caucusing got under way in Nevada, voters weighed in on their picks.",
    ):
        assert [piece.text for claim in claims(text) for piece in claim.content] == []
    (claim,) = claims("When I am president, we will win every state, Trump said.")
    assert read(claim) == (
        "indirect",
        "Trump",
        "said",
        ["When I am president, we will win every state"],
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cruz vowed to repeal the health law.",
            ("indirect", "Cruz", "vowed", ["to repeal the health law"]),
        ),
        (
            "He pledged to enact judicial reform within a year.",
            ("indirect", "He", "pledged", ["to enact judicial reform within a year"]),
        ),
        (
            "Mr. Putin blamed the tumble in oil prices.",
            ("indirect", "Mr. Putin", "blamed", ["the tumble in oil prices"]),
        ),
        (
            "She talked about her plan for the economy.",
            ("indirect", "She", "talked about", ["her plan for the economy"]),
        ),
        (
            "Blackwell pointed to the campaign's organizational strength.",
            ("indirect", "Blackwell", "pointed to", ["the campaign's organizational strength"]),
        ),
    ],
)
def test_promises_and_topics_are_reported_speech(
    text: str, expected: tuple[str, str, str, list[str]]
) -> None:
    """An infinitive after a promise ('vowed to ...'), a topic after 'talked about', 'blamed'."""
    assert [read(c) for c in claims(text)] == [expected]


def test_an_infinitive_after_a_plain_say_cue_is_no_content() -> None:
    """'said to be ...', 'agreed to keep ...' are no claims: a promise or a tell cue is needed."""
    assert claims("The house is said to be haunted by its owner.") == []
    assert claims("Member states agreed to keep him in the post until next year.") == []


def test_a_topic_left_unspoken_is_no_claim() -> None:
    """'he did not talk about R' reports no speech; 'he talked about R' does."""
    assert claims("He did not talk about the rights of the residents.") == []
    assert [c.kind for c in claims("He talked about the rights of the residents.")] == ["indirect"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Treasurer Ilse Marlow announced her retirement in a statement on Friday.",
            "her retirement",
        ),
        ("Marlow announced her bid for the council earlier this month.", "her bid for the council"),
        ("Marlow announced the merger in March 2024.", "the merger"),
        (
            "Marlow said the merger would close in March 2024.",
            "the merger would close in March 2024",
        ),
    ],
)
def test_a_noun_phrase_content_leaves_its_adjuncts_out(text: str, content: str) -> None:
    """'announced her retirement on Friday' reports 'her retirement'; a clause keeps them."""
    assert [read(c)[3] for c in claims(text)] == [[content]]


def test_a_backshifted_second_clause_stays_in_the_content() -> None:
    """'said C1 but would continue ...' is one content; 'said C1 but added that C2' is two."""
    text = "Tomas Reyes said he was tired but would continue to serve on the board until May."
    assert [read(c) for c in claims(text)] == [
        (
            "indirect",
            "Tomas Reyes",
            "said",
            ["he was tired but would continue to serve on the board until May"],
        )
    ]
    text = "Tomas Reyes said he was tired but added that the board needed him."
    assert [read(c)[3] for c in claims(text)] == [["he was tired"], ["the board needed him"]]


@pytest.mark.parametrize(
    "text",
    [
        "Councillor Petra Lindqvist thanked her for her years of work.",
        "Councillor Petra Lindqvist thanked him for the support that he gave.",
    ],
)
def test_a_bare_noun_phrase_after_thanks_is_no_claim(text: str) -> None:
    """'thanked her for her years of work' says what she is thanked for, not what was said."""
    assert claims(text) == []


def test_thanks_for_a_gerund_clause_is_a_claim() -> None:
    """'thanked the crew for keeping the lights on' reports a clause, unquoted too."""
    found = [read(c) for c in claims("Mayor Ines Kohl thanked the crew for keeping the lights on.")]
    assert found == [
        ("indirect", "Mayor Ines Kohl", "thanked", ["the crew for keeping the lights on"])
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The company said the shares rose in June.", "the shares rose in June"),
        ("Jones said his father died last week.", "his father died last week"),
        ("The ministry denied the charges on Friday.", "the charges"),
    ],
)
def test_only_a_noun_phrase_cue_loses_its_trailing_time(text: str, content: str) -> None:
    """A clause after 'said' keeps its time ('rose' is a verb); 'denied the charges' cuts it."""
    assert [read(c)[3] for c in claims(text)] == [[content]]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Residents had called for his removal for months.", "his removal"),
        ("The union called for a return to the talks.", "a return to the talks"),
    ],
)
def test_a_demand_of_a_noun_phrase_is_a_claim(text: str, content: str) -> None:
    """'called for his removal' reports a demand (PolNeAR marks it), its time cut off."""
    assert [read(c)[3] for c in claims(text)] == [[content]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Councillor Petra Lindqvist called for the mayor to step aside.",
            ("indirect", "Councillor Petra Lindqvist", "called for", ["the mayor to step aside"]),
        ),
        (
            "The union called for ending the overtime ban at once.",
            ("indirect", "The union", "called for", ["ending the overtime ban at once"]),
        ),
        (
            "Lindqvist thanked the crew for “keeping the lights on all winter.”",
            ("mixed", "Lindqvist", "thanked", ["the crew for “keeping the lights on all winter.”"]),
        ),
    ],
)
def test_a_clause_after_a_demand_or_thanks_is_a_claim(
    text: str, expected: tuple[str, str, str, list[str]]
) -> None:
    """An infinitive, a gerund or a quotation after 'called for' / 'thanked' is what was said."""
    assert [read(c) for c in claims(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Coach Dana Whitfield did not respond to a request for comment.",
        "The ministry did not immediately respond to questions about the contract.",
        "Hollis has never talked about the settlement in public.",
    ],
)
def test_a_negated_phrase_cue_is_no_claim(text: str) -> None:
    """'did not respond to R' (the lemma one word), 'never talked about R': nothing was said."""
    assert claims(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The campaign responded to a request for comment by email.",
            ("indirect", "The campaign", "responded to", ["a request for comment by email"]),
        ),
        (
            "He warned of dire consequences for the economy.",
            ("indirect", "He", "warned of", ["dire consequences for the economy"]),
        ),
        (
            "Voters shrugged, with three in 10 saying the choice would not change their vote.",
            ("indirect", "three in 10", "saying", ["the choice would not change their vote"]),
        ),
    ],
)
def test_responses_warnings_and_absolute_participles(
    text: str, expected: tuple[str, str, str, list[str]]
) -> None:
    """'responded to R', 'warned of R', ', with X saying C': reported speech."""
    assert [read(c) for c in claims(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "From the report: “In general, samples with longer field periods were more accurate.”",
            "the report",
        ),
        (
            "The map shifted - Philip Bump: “Two weeks ago, his strongest state was Ohio.”",
            "Philip Bump",
        ),
    ],
)
def test_a_colon_speaker_after_from_or_a_dash(text: str, speaker: str) -> None:
    """'From the report: “Q”', '... - Philip Bump: “Q”': the phrase before the colon speaks."""
    (claim,) = claims(text)
    assert claim.kind == "direct" and claim.speaker is not None and claim.speaker.text == speaker


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A colon set off by no-break spaces: the pre-test reads past them as the tokens do.
        (
            "Smith:\u00a0\u00a0“We will stay the course until the end of the year.”",
            ("direct", "Smith", ":", ["We will stay the course until the end of the year."]),
        ),
        # The quotation ends its sentence: the next one attributes it.
        (
            "“Did you know it was Mussolini?” Todd asked the mogul.",
            ("direct", "Todd", "asked", ["Did you know it was Mussolini?"]),
        ),
    ],
)
def test_attributions_the_untokenised_pre_tests_must_not_miss(
    text: str, expected: tuple[str, str, str, list[str]]
) -> None:
    """A colon before a quotation, or a next sentence's cue, is read though no cue follows it."""
    assert [read(c) for c in claims(text)] == [expected]


def test_a_quotation_with_no_cue_right_after_it_is_read_with_its_sentence() -> None:
    """'He called it “a very bad deal” again.': no direct quote; the cue's mixed claim holds it."""
    found = [read(c) for c in claims("He called it “a very bad deal for the country” again.")]
    assert found == [("mixed", "He", "called", ["it “a very bad deal for the country” again"])]


@pytest.mark.parametrize(
    "text",
    [
        "Instead, Smith pressed on, saying the race was far from over.",
        "Speaking to reporters, Smith pressed on, saying the race was far from over.",
    ],
)
def test_a_participles_speaker_is_the_subject_past_an_opening_adverbial(text: str) -> None:
    """'Instead, X ..., saying C' / 'Speaking to reporters, X ..., saying C': X says C."""
    found = [read(c) for c in claims(text)]
    assert ("indirect", "Smith", "saying", ["the race was far from over"]) in found


def test_a_participle_after_a_quotes_attribution_has_its_speaker() -> None:
    """'“Q,” Mr. Axelrod said, calling the chief “brilliant.”': Mr. Axelrod calls him so."""
    found = [
        read(c)
        for c in claims(
            "“Roger did what Roger wanted,” Mr. Axelrod said, calling the chief “brilliant.”"
        )
    ]
    assert found == [
        ("direct", "Mr. Axelrod", "said", ["Roger did what Roger wanted,"]),
        ("mixed", "Mr. Axelrod", "calling", ["the chief “brilliant.”"]),
    ]


def test_a_participles_speaker_is_read_past_a_cue_and_a_weekday() -> None:
    """'The campaign responded Friday, saying C': the campaign says C."""
    found = [
        read(c)
        for c in claims("The campaign responded Friday, saying lobbyists gave to a super PAC.")
    ]
    assert ("indirect", "The campaign", "saying", ["lobbyists gave to a super PAC"]) in found


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Clinton camp: Trump’s rhetoric threatens national security.", "Clinton camp"),
        (
            "Clinton to Planned Parenthood: Trump will reverse the ruling.",
            "Clinton to Planned Parenthood",
        ),
    ],
)
def test_a_label_may_hold_a_role_noun_or_an_addressee(text: str, speaker: str) -> None:
    """'Clinton camp: C', 'Clinton to Planned Parenthood: C': labelled claims of their speaker."""
    (claim,) = claims(text)
    assert claim.speaker is not None and claim.speaker.text == speaker
    assert claim.cue is not None and claim.cue.text == ":"


def test_a_label_with_a_common_noun_names_no_speaker() -> None:
    """'The result: ...' labels a line without naming who speaks."""
    assert claims("The result: after the debate, the senator flew home to Iowa.") == []


def test_a_poll_label_attributes_its_finding() -> None:
    """'Poll: C' attributes C to the poll, as 'according to a poll, C' does."""
    (claim,) = claims("Poll: Trump and Clinton hold narrow leads in Pennsylvania.")
    assert read(claim) == (
        "indirect",
        "Poll",
        ":",
        ["Trump and Clinton hold narrow leads in Pennsylvania"],
    )


def test_a_sentence_leading_into_a_quoted_word_is_the_content() -> None:
    """'His misinformation may be “strategic,” Smith said.': a mixed claim of the sentence."""
    (claim,) = claims("His misinformation may be “strategic,” Smith said.")
    assert read(claim) == ("mixed", "Smith", "said", ["His misinformation may be “strategic,"])


def test_according_to_in_mid_sentence_splits_its_content() -> None:
    """'C1, according to X, C2': both halves are the source's; a participle after it is not."""
    (claim,) = claims(
        "One of the decisions they made, according to the officials, is to fight every attack."
    )
    assert read(claim) == (
        "indirect",
        "the officials",
        "according to",
        ["One of the decisions they made", "is to fight every attack"],
    )
    (claim,) = claims(
        "The bill passed the House, according to the clerk, ending a long fight over taxes."
    )
    assert [piece.text for piece in claim.content] == ["The bill passed the House"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He vowed to work with both parties, Sanders insisted that change will come soon.",
            ("indirect", "Sanders", "insisted", ["change will come soon"]),
        ),
        (
            "The critics blasted the media for reporting that he “founded ISIS,” saying they"
            " were nitpicking at his words.",
            ("indirect", "The critics", "saying", ["they were nitpicking at his words"]),
        ),
    ],
)
def test_a_reporting_clause_after_a_comma_is_a_claim_of_its_own(
    text: str, expected: tuple[str, str, str, list[str]]
) -> None:
    """'..., Sanders insisted that C', '... “Q,” saying C': the earlier content ends before it."""
    found = [read(c) for c in claims(text)]
    assert expected in found
    assert all(expected[3][0] not in piece for f in found if f != expected for piece in f[3])


def test_a_party_and_state_apposition_belongs_to_the_speaker() -> None:
    """'Sen. Lindsey Graham, R-S.C., said C': the apposition is part of the speaker phrase."""
    (claim,) = claims("Sen. Lindsey Graham, R-S.C., said Obama is overselling the successes.")
    assert read(claim) == (
        "indirect",
        "Sen. Lindsey Graham, R-S.C.",
        "said",
        ["Obama is overselling the successes"],
    )


def test_a_participle_without_a_comma_reports_speech() -> None:
    """'Sanders was on CNN talking about R': Sanders talks; a thing's participle is no cue."""
    found = [read(c) for c in claims("Sanders was on CNN talking about what he does next.")]
    assert found == [("indirect", "Sanders", "talking about", ["what he does next"])]
    assert claims("Stoltenberg's address outlining his plans comes as the troops leave.") == []


# --- review of invented news (session 17) ------------------------------------------------------


def claims_on(text: str, published: str = "2025-05-14") -> list[Claim]:
    """The quotes plugin's claims of ``text``, published on ``published``."""
    analysis = stoltlib.analyze(text, plugins=MANAGER, strict=True, published=published)
    return [claim for claim in analysis.claims if claim.plugin == "quotes"]


def test_a_relative_clause_after_the_speaker_is_not_the_speaker() -> None:
    """'Buch, who took office in 2024, said last month C': speaker Buch, time last month."""
    text = (
        "Angela Buch leads the party. Buch, who took office in January 2024, said last month"
        " she would not seek a second term."
    )
    (claim,) = claims_on(text)
    assert read(claim) == ("indirect", "Buch", "said", ["she would not seek a second term"])
    assert claim.speaker is not None and claim.speaker.entity == "Angela Buch"
    assert claim.time is not None and claim.time.value == "2025-04"


def test_a_deictic_period_after_the_cue_is_the_saying_time() -> None:
    """'said this week C' / 'said next year C' is not content; 'said the year ...' stays."""
    (claim,) = claims_on("The minister said this week the budget would be cut.")
    assert read(claim)[3] == ["the budget would be cut"]
    assert claim.time is not None
    (claim,) = claims_on("The minister said the year had been hard for farmers.")
    assert read(claim)[3] == ["the year had been hard for farmers"]


def test_a_clause_set_off_after_the_content_is_not_what_was_said() -> None:
    """', after Tolliver announced ...' and ', a day after ...' end the content before them."""
    text = (
        "The commissioner will step down, Mayor Ellen Voss said, after Commissioner Ray"
        " Tolliver announced on Monday he would retire."
    )
    found = [read(c) for c in claims_on(text)]
    assert ("indirect", "Mayor Ellen Voss", "said", ["The commissioner will step down"]) in found
    assert all(
        "Tolliver" not in piece for f in found if f[1] == "Mayor Ellen Voss" for piece in f[3]
    )
    (claim,) = claims_on("The mayor said the city would sue, a day after the council voted no.")
    assert read(claim)[3] == ["the city would sue"]


def test_a_contrast_or_a_bare_phrase_after_a_comma_stays_in_the_content() -> None:
    """', while spending would fall' and ', after the vote' may be part of what was said."""
    (claim,) = claims_on("The minister said taxes would rise, while spending would fall.")
    assert read(claim)[3] == ["taxes would rise, while spending would fall"]
    (claim,) = claims_on("The minister said taxes would rise, after the vote in June.")
    assert read(claim)[3] == ["taxes would rise, after the vote in June"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Donald Trump spoke in Ohio. Trump's campaign said the poll was wrong.",
            "Trump's campaign",
        ),
        (
            "Hillary Clinton arrived. Clinton’s aides said she would attend the debate.",
            "Clinton’s aides",
        ),
        (
            "Minister Jan Berg was absent. The minister's spokesman said the report was false.",
            "The minister's spokesman",
        ),
    ],
)
def test_a_possessor_is_not_the_speaker(text: str, speaker: str) -> None:
    """'Trump's campaign said C': the campaign speaks, so the entity is not Trump's."""
    (claim,) = claims_on(text)
    assert claim.speaker is not None and claim.speaker.text == speaker
    assert claim.speaker.entity is None and claim.speaker.role is None


def test_a_name_after_a_possessive_is_the_speaker() -> None:
    """'Trump's spokeswoman, Hope Hicks, said C': the name in the phrase is the entity."""
    text = "Donald Trump spoke. Trump's spokeswoman, Hope Hicks, said the poll was wrong."
    (claim,) = claims_on(text)
    assert claim.speaker is not None and claim.speaker.entity == "Hope Hicks"


def test_a_question_put_is_no_claim_unless_answered_with_a_cue() -> None:
    """'Asked whether C, Amsel smiled' reports nothing; '..., Smith said: "Q."' is Smith's."""
    assert claims_on("Asked whether he would step down if the plan failed, Amsel smiled.") == []
    assert claims_on("Asked specifically what should be done, the voters were divided.") == []
    found = [
        read(c) for c in claims_on('Asked whether he would step down, Smith said: "Absolutely."')
    ]
    assert ("direct", "Smith", "said", ["Absolutely."]) in found


@pytest.mark.xfail(
    strict=True, reason="the question stays an indirect claim without a speaker beside the answer"
)
def test_an_answered_question_gives_the_answer_alone() -> None:
    """'Asked whether C, Smith said: "Q."' gives Smith's answer, and the question no claim."""
    found = [
        read(c) for c in claims_on('Asked whether he would step down, Smith said: "Absolutely."')
    ]
    assert found == [("direct", "Smith", "said", ["Absolutely."])]


def test_a_quoted_word_after_a_colon_is_an_answer() -> None:
    """'Smith said: "Absolutely."' quotes one word; a name after a colon and no cue does not."""
    assert [read(c) for c in claims_on('Smith said: "Absolutely."')] == [
        ("direct", "Smith", "said", ["Absolutely."])
    ]
    assert claims_on('The project had a new name: "Horizon."') == []


def test_a_labelled_line_with_no_clause_is_no_claim() -> None:
    """'Stadtwerke Kellburg: neuer Vorstand / New board ...' is a title; 'Lagarde: C' a claim."""
    assert claims_on("Stadtwerke Kellburg: neuer Vorstand / New board at Kellburg utility") == []
    text = "Lagarde: rates will stay high\n\nChristine Lagarde spoke in Frankfurt."
    (claim,) = claims_on(text)
    assert read(claim) == ("indirect", "Lagarde", ":", ["rates will stay high"])
    assert claim.speaker is not None and claim.speaker.entity == "Christine Lagarde"


def test_a_labelled_line_of_an_organisation_is_no_claim() -> None:
    """'Heller Pharma Inc: profits will fall' is the company's news, not its claim."""
    text = "Heller Pharma Inc: profits will fall this year\n\nHeller Pharma Inc cut jobs on Monday."
    assert [c for c in claims_on(text) if c.cue is not None and c.cue.text == ":"] == []
