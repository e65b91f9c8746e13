"""The outlet plugin's rules on small, general news texts (not the seeds)."""

from __future__ import annotations

import pytest

import stoltlib
from stoltlib import Analysis, Document
from stoltlib.pipeline import Pipeline


def analyze(pipeline: Pipeline, text: str, **fields: object) -> Analysis:
    return pipeline.analyze(Document(id="t", text=text, **fields))  # type: ignore[arg-type]


BODY = (
    "Officials said on Monday that the new measures would take effect next month and that "
    "talks with the unions would continue throughout the summer."
)


@pytest.mark.parametrize(
    ("first_line", "title", "outlet"),
    [
        ("Rail strike called off - BBC News", "Rail strike called off", "BBC"),
        ("Rail strike called off | The Guardian", "Rail strike called off", "The Guardian"),
        (
            "Rail strike called off | Local Daily Herald",
            "Rail strike called off",
            "Local Daily Herald",
        ),
        ("Rail strike called off", "Rail strike called off", None),
        ("Trump: The Return of a Candidate", "Trump: The Return of a Candidate", None),
    ],
)
def test_title_and_site_suffix(
    pipeline: Pipeline, first_line: str, title: str, outlet: str | None
) -> None:
    """The first line is the title; a site name after " - " or " | " is split off."""
    metadata = analyze(pipeline, f"{first_line}\n\n{BODY}").metadata
    assert metadata.title is not None and metadata.title.text == title
    assert metadata.title.source == "title-line"
    assert metadata.outlet == outlet


def test_headline_over_the_byline_when_the_text_opens_with_a_menu(pipeline: Pipeline) -> None:
    """With no title line (a menu first), the headline is the line right above the byline."""
    menu = "\n\n".join(["Home", "News", "World", "Politics", "Business", "Sport"])
    deck = "Commuters can expect a full timetable again from Monday."
    text = f"{menu}\n\nUnions end the rail strike\n\n{deck}\n\nBy Jane Doe\n\n{BODY}"
    title = analyze(pipeline, text).metadata.title
    assert title is not None and (title.text, title.source) == (
        "Unions end the rail strike",
        "headline",
    )
    assert title.start is not None and text[title.start : title.end] == title.text
    # Without a byline or a timestamp there is nothing to place a headline by.
    assert analyze(pipeline, text.replace("By Jane Doe\n\n", "")).metadata.title is None


@pytest.mark.parametrize(
    ("opening", "title"),
    [
        # Archives end every title with a full stop: headline capitals, or a short line.
        (
            "Poll: Sanders Takes First-Ever National Lead Over Clinton.",
            "Poll: Sanders Takes First-Ever National Lead Over Clinton",
        ),
        ("Rail strike called off.", "Rail strike called off"),
        ("Rail Strike Called Off, But….", "Rail Strike Called Off, But…"),  # its ellipsis
        ("Rail strike ends in the U.S.", "Rail strike ends in the U.S."),  # an abbreviation's
        # A label in capitals between the title and the story.
        ("Rail strike called off.\n\nABSTRACT.", "Rail strike called off"),
        # A headline and its deck on two lines, the first ending in ";".
        (
            "Unions end the rail strike; \nCommuters can expect a full timetable from Monday.",
            "Unions end the rail strike; \nCommuters can expect a full timetable from Monday",
        ),
        # A headline and its decks, each closed by a full stop on a line of its own.
        ("Rail strike called off.\n\n2,000 drivers back at work.", "Rail strike called off"),
        (
            "Rail strike called off.\n\nunions claim victory; bosses quiet.\n\n"
            "'A long month' for commuters in the north.",
            "Rail strike called off",
        ),
    ],
)
def test_archive_titles_ending_in_a_full_stop(pipeline: Pipeline, opening: str, title: str) -> None:
    """A first line ending in a full stop over the story's first sentence is its title.

    The archive's full stop is left out of the title; an abbreviation keeps its own.
    """
    lead = "For the first time in three weeks, trains ran on every line of the network."
    found = analyze(pipeline, f"{opening}\n\n{lead}\n\n{BODY}").metadata.title
    assert found is not None and found.text == title


def test_a_dash_before_the_end_of_a_sentence_is_no_site_suffix(pipeline: Pipeline) -> None:
    """'... Platform — Yet.' ends the headline's sentence; 'Yet.' is no site."""
    lead = "For the first time in three weeks, trains ran on every line of the network."
    text = f"Unions and Rail Bosses Are Not Fighting Over Pay — Yet.\n\n{lead}\n\n{BODY}"
    metadata = analyze(pipeline, text).metadata
    assert metadata.title is not None
    assert metadata.title.text == "Unions and Rail Bosses Are Not Fighting Over Pay — Yet"
    assert metadata.outlet is None


def test_a_lead_of_one_short_sentence_is_no_deck(pipeline: Pipeline) -> None:
    """A short sentence under a headline ending in a full stop is the lead when nothing
    follows it: it is not passed over as a deck, and the headline stays the title."""
    title = "Rail Strike Called Off, But Less So Where It Mattered"
    lead = "The trains ran again today on every line of the network."
    found = analyze(pipeline, f"{title}.\n\n{lead}").metadata.title
    assert found is not None and found.text == title


def test_three_short_lines_under_a_first_line_are_no_decks(pipeline: Pipeline) -> None:
    """Only two decks may stand between an archive's headline and its lead: a sentence over
    three more short ones (captions, a list) is no headline."""
    lines = "Rail strike called off.\n\nOne.\n\nTwo more.\n\nThree more lines."
    assert analyze(pipeline, f"{lines}\n\n{BODY}").metadata.title is None


def test_a_story_opening_with_a_long_sentence_has_no_title(pipeline: Pipeline) -> None:
    """A first sentence of a story is no title, however many paragraphs follow it."""
    opening = (
        "Officials in the capital said on Monday that the rail strike was over and that the "
        "trains would run again."
    )
    assert analyze(pipeline, f"{opening}\n\n{BODY}\n\n{BODY}").metadata.title is None


def test_first_line_that_is_a_sentence_is_no_title(pipeline: Pipeline) -> None:
    """A text that starts with its story has no title."""
    assert analyze(pipeline, BODY).metadata.title is None


@pytest.mark.parametrize(
    ("byline", "authors", "outlet"),
    [
        ("By Jane Doe", ["Jane Doe"], None),
        ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"], None),
        (
            "By Jane Doe, John Roe and Mary-Ann O'Neil",
            ["Jane Doe", "John Roe", "Mary-Ann O'Neil"],
            None,
        ),
        ("By Jane Doe, Reuters", ["Jane Doe"], "Reuters"),
        ("By Jane Doe | Staff Writer", ["Jane Doe"], None),
        ("Written by Ana de la Cruz", ["Ana de la Cruz"], None),
        ("Author: Jane Doe", ["Jane Doe"], None),
        ("By Euronews", [], "Euronews"),
        ("By Associated Press", [], "Associated Press"),
    ],
)
def test_bylines(pipeline: Pipeline, byline: str, authors: list[str], outlet: str | None) -> None:
    """Bylines give authors; an outlet or agency in a byline is the outlet, not an author."""
    text = f"Rail strike called off\n\n{byline}\n\n{BODY}"
    metadata = analyze(pipeline, text).metadata
    assert [a.text for a in metadata.authors] == authors
    assert all(text[a.start : a.end] == a.text for a in metadata.authors if a.start is not None)
    assert metadata.outlet == outlet
    assert any(b.kind == "byline" for b in metadata.boilerplate)


def test_prose_starting_with_by_is_no_byline(pipeline: Pipeline) -> None:
    """A sentence that starts with "By" is story text."""
    text = f"Rail strike called off\n\nBy Tuesday, the unions had agreed to the offer.\n\n{BODY}"
    metadata = analyze(pipeline, text).metadata
    assert metadata.authors == () and metadata.outlet is None


@pytest.mark.parametrize(
    ("line", "value", "source"),
    [
        ("Published: March 12, 2023", "2023-03-12", "published-line"),
        ("Published on 12 March 2023, 10:45 GMT", "2023-03-12", "published-line"),
        ("Posted 2023-03-12T10:45:00Z", "2023-03-12", "published-line"),
        ("Updated: Tue, Mar. 14, 2023", "2023-03-14", "updated-line"),
        ("Sunday 12 March 2023", "2023-03-12", "date-line"),
        ("12.03.2023", "2023-03-12", "date-line"),
        ("03/04/2023", "2023-03-04", "date-line"),
        ("25/04/2023", "2023-04-25", "date-line"),
        ("2023/04/25", "2023-04-25", "date-line"),
        ("12.22.2023", "2023-12-22", "date-line"),
        ("12-05-23", "2023-12-05", "date-line"),
        ("25-12-2023", "2023-12-25", "date-line"),
        ("By Ann LeeDecember 23, 2023", "2023-12-23", "date-line"),
        ("By Ann Lee15 February 2024", "2024-02-15", "date-line"),
        ("December 21, 20235:00 AM UTCUpdated 2 hours ago", "2023-12-21", "date-line"),
        ("Published Thu, Dec 21 20231:05 PM EST", "2023-12-21", "published-line"),
        ("2023.12.21 05:00", "2023-12-21", "date-line"),
        ("21.12.23", "2023-12-21", "date-line"),
        ("Dec 21 '23", "2023-12-21", "date-line"),
        ("Updated Dec. 22, 2023 Published Dec. 21, 2023", "2023-12-21", "published-line"),
        ("Dec 05, 20232 Shares1530 Views", "2023-12-05", "date-line"),
        ("Dec 21, 20235 min read", "2023-12-21", "date-line"),
        ("21 December 202312 minutes read", "2023-12-21", "date-line"),
        ("December 21,2023", "2023-12-21", "date-line"),
        ("Posted Dec.21, 2023 10:04 AM", "2023-12-21", "published-line"),
        ("21 Dec,2023", "2023-12-21", "date-line"),
    ],
)
def test_publication_dates(pipeline: Pipeline, line: str, value: str, source: str) -> None:
    """Dates in labelled lines and bare date lines are read with their span and source."""
    text = f"Rail strike called off\n{line}\n\n{BODY}"
    found = analyze(pipeline, text).metadata.published
    assert found is not None
    assert (found.value, found.source) == (value, source)
    assert found.start is not None and found.end is not None
    assert text[found.start : found.end].strip()[:2].isalnum()


@pytest.mark.parametrize(
    "note",
    [
        "This article was originally published on December 21, 2023.",
        "This story originally appeared in the Valley Courier on Dec. 21, 2023.",
        "Originally published Dec. 21, 2023",
        "THIS POST WAS FIRST POSTED ON 21 DECEMBER 2023.",
    ],
)
def test_a_note_on_the_storys_publication_at_its_end_dates_it(
    pipeline: Pipeline, note: str
) -> None:
    """A closing note saying when this story was published dates a story with no other date."""
    text = f"Rail strike called off\n\nBy Jane Doe\n\n{BODY}\n\n{BODY}\n\n{note}\n"
    published = analyze(pipeline, text).metadata.published
    assert published is not None and (published.value, published.source) == (
        "2023-12-21",
        "publication-note",
    )
    # A date under the byline is the page's own: the note dates the story's first printing.
    dated = text.replace("By Jane Doe", "By Jane Doe\n\nDecember 22, 2023")
    published = analyze(pipeline, dated).metadata.published
    assert published is not None and published.value == "2023-12-22"


def test_another_articles_publication_in_the_story_is_no_date(pipeline: Pipeline) -> None:
    """ "The article was published ..." in the story tells of another article: no date."""
    told = "The article was published in the journal on March 3, 2021, the researchers said."
    text = f"Rail strike called off\n\nBy Jane Doe\n\n{BODY}\n\n{BODY}\n\n{told}\n"
    assert analyze(pipeline, text).metadata.published is None


@pytest.mark.parametrize(
    "text",
    [
        "It happened on March 3, 1998.",
        f"Rail strike called off\n\nThe offer expires on April 10, 1987.\n\n{BODY}",
    ],
)
def test_a_sentence_holding_a_date_is_no_timestamp(pipeline: Pipeline, text: str) -> None:
    """A date the story tells of, in a sentence of its own, is neither the publication date nor
    a timestamp (boilerplate the other plugins would pass over)."""
    analysis = analyze(pipeline, text)
    assert analysis.metadata.published is None
    start = text.index("1998" if "1998" in text else "1987")
    assert analysis.metadata.boilerplate_at(start, start + 4) is None
    assert any("19" in time.text for time in analysis.times)


def test_published_beats_updated_and_caller_date_wins(pipeline: Pipeline) -> None:
    """ "Published" wins over "Updated"; a date the caller passed is the DCT used."""
    text = f"Rail strike called off\nUpdated March 14, 2023\nPublished March 12, 2023\n\n{BODY}"
    analysis = analyze(pipeline, text)
    assert analysis.metadata.published is not None
    assert analysis.metadata.published.value == "2023-03-12"
    assert analysis.published == "2023-03-12"
    given = analyze(pipeline, text, published="2023-03-20")
    assert given.published == "2023-03-20"


def test_a_wire_photo_caption_dates_a_story_that_states_no_date(pipeline: Pipeline) -> None:
    """The lead picture's dated caption is the last resort for the story's date."""
    story = "\n\n".join([BODY] * 4)
    caption = (
        "A resident looks at a collapsed shed in a village near the town in the northwest of "
        "the country's mountainous province, Wednesday, Dec. 20, 2023."
    )  # a sentence, too long for a header's date line
    text = f"Quake kills dozens\n\n{story}\n\n{caption}\n(AP Photo/Jane Doe)\n\n{BODY}"
    found = analyze(pipeline, text).metadata.published
    assert found is not None and (found.value, found.source) == ("2023-12-20", "photo-caption")
    assert found.start is not None and text[found.start : found.end] == "Wednesday, Dec. 20, 2023"
    # A date the story states beats it.
    dated = text.replace("Quake kills dozens\n\n", "Quake kills dozens\n\nDecember 21, 2023\n\n")
    assert analyze(pipeline, dated).metadata.published.value == "2023-12-21"  # type: ignore[union-attr]


def test_impossible_dates_are_not_dates(pipeline: Pipeline) -> None:
    """31.02.2023 is no date; a version or an id is no date either."""
    text = f"Rail strike called off\n31.02.2023\nVersion 2.10.2023b\n\n{BODY}"
    assert analyze(pipeline, text).metadata.published is None


@pytest.mark.parametrize(
    ("opening", "place", "agency"),
    [
        ("BRUSSELS (Reuters) -", "BRUSSELS", "Reuters"),
        ("KANSAS CITY, Mo. (AP) —", "KANSAS CITY, Mo.", "AP"),
        ("ATLANTA --", "ATLANTA", None),
        ("Toronto, Feb 26 -", "Toronto", None),
        ("Winnipeg, Manitoba, Feb 26 -", "Winnipeg, Manitoba", None),
        ("MONTREAL, Feb 26-", "MONTREAL", None),
        ("BOLOGNA, Italy, Oct. 20, 2024 (AFP) -", "BOLOGNA, Italy", "AFP"),
        ("KARVOST, March 12 (Meridian Press) -", "KARVOST", "Meridian Press"),
        ("Kellburg, 03.04.2025 -", "Kellburg", None),
        ("BERLIN, 3 April 2025 (dpa) -", "BERLIN", "dpa"),
        ("NEW YORK, Dec. 21, 2023 /PRNewswire/ --", "NEW YORK", "PRNewswire"),
        ("Toronto, Dec. 21, 2023 /CNW/ -", "Toronto", "CNW"),
        ("SAN FRANCISCO--(BUSINESS WIRE)--Dec. 21, 2023--", "SAN FRANCISCO", "BUSINESS WIRE"),
    ],
)
def test_datelines(pipeline: Pipeline, opening: str, place: str, agency: str | None) -> None:
    """A dateline opening the story gives its place and agency; the agency is credited."""
    text = f"Rail strike called off\n\n{opening} {BODY}"
    metadata = analyze(pipeline, text).metadata
    assert metadata.dateline is not None
    assert (metadata.dateline.place, metadata.dateline.agency) == (place, agency)
    assert text[metadata.dateline.start : metadata.dateline.end] == opening
    assert (agency in metadata.agencies) if agency else metadata.agencies == ()


def test_a_dateline_with_its_agency_may_open_a_short_story(pipeline: Pipeline) -> None:
    """An agency makes "BRUSSELS (Reuters) -" a dateline before a sentence of few words."""
    text = "Floods\n\nBRUSSELS (Reuters) - Heavy rain fell, officials said.\n"
    metadata = analyze(pipeline, text).metadata
    assert metadata.dateline is not None and metadata.dateline.agency == "Reuters"
    heading = "Floods\n\nNATO - a look back at the summit\n"
    assert analyze(pipeline, heading).metadata.dateline is None


def test_a_datelines_own_year_dates_the_story(pipeline: Pipeline) -> None:
    """ "BOLOGNA, Italy, Oct. 20, 2024 (AFP) -" dates the story, with the date's span."""
    opening = "BOLOGNA, Italy, Oct. 20, 2024 (AFP) -"
    published = analyze(pipeline, f"Floods hit Italy\n\n{opening} {BODY}").metadata.published
    assert published is not None and (published.value, published.source) == (
        "2024-10-20",
        "dateline",
    )
    assert f"Floods hit Italy\n\n{opening}"[published.start : published.end] == "Oct. 20, 2024"  # type: ignore[misc]


@pytest.mark.parametrize(
    "opening",
    [
        "NEW YORK, Dec. 21, 2023 /PRNewswire/ --",
        "SAN FRANCISCO--(BUSINESS WIRE)--Dec. 21, 2023--",
        "NEW YORK, Dec. 21, 2023 (GLOBE NEWSWIRE) --",
    ],
)
def test_a_press_releases_dateline_dates_it(pipeline: Pipeline, opening: str) -> None:
    """A press release's dateline, with its wire before or after the date, gives its day."""
    text = f"Acme posts record results\n\n{opening} {BODY}"
    published = analyze(pipeline, text).metadata.published
    assert published is not None and (published.value, published.source) == (
        "2023-12-21",
        "dateline",
    )
    assert text[published.start : published.end] == "Dec. 21, 2023"


@pytest.mark.parametrize(
    ("opening", "day"),
    [
        ("KELLBURG, 03.04.2025 -", "2025-04-03"),
        ("BERLIN, 3 April 2025 -", "2025-04-03"),
        ("OSLO, 2025-04-03 -", "2025-04-03"),
    ],
)
def test_a_day_first_or_iso_dateline_dates_the_story(
    pipeline: Pipeline, opening: str, day: str
) -> None:
    """European outlets date a dateline day first ("03.04.2025" is 3 April) or in ISO form."""
    published = analyze(pipeline, f"Floods hit Italy\n\n{opening} {BODY}").metadata.published
    assert published is not None and (published.value, published.source) == (day, "dateline")


def test_a_capitalised_heading_is_no_dateline(pipeline: Pipeline) -> None:
    """ "NATO - a look back" is a heading, not a dateline."""
    text = f"Rail strike called off\n\nNATO - a look back\n\n{BODY}"
    assert analyze(pipeline, text).metadata.dateline is None


def test_dateline_day_takes_the_year_of_the_document_date(pipeline: Pipeline) -> None:
    """ "NEW YORK, Feb 26 -" is dated in the year of the caller's date."""
    text = f"NEW YORK, Feb 26 (Reuters) - {BODY}"
    analysis = analyze(pipeline, text, published="1987-03-02")
    assert analysis.metadata.published is not None
    assert (analysis.metadata.published.value, analysis.metadata.published.source) == (
        "1987-02-26",
        "dateline",
    )
    assert text[analysis.metadata.published.start : analysis.metadata.published.end] == "Feb 26"  # type: ignore[misc]
    # A day after the document's date is one of the year before.
    later = analyze(pipeline, text, published="1987-01-05").metadata.published
    assert later is not None and later.value == "1986-02-26"


@pytest.mark.parametrize(
    ("sentence", "agency"),
    [
        ("reports DW.", "DW"),
        ("AFP reported.", "AFP"),
        ("according to Reuters.", "Reuters"),
        ("he told Anadolu Agency.", "Anadolu"),
    ],
)
def test_agencies_credited_in_prose(pipeline: Pipeline, sentence: str, agency: str) -> None:
    """An agency credited in the story is listed once, by its canonical name."""
    text = f"Rail strike called off\n\n{BODY[:-1]}, {sentence}"
    assert analyze(pipeline, text).metadata.agencies == (agency,)


def test_an_agency_name_alone_is_not_a_credit(pipeline: Pipeline) -> None:
    """Mentioning a name is not crediting it."""
    text = f"Rail strike called off\n\nThe BBC building was closed. {BODY}"
    assert analyze(pipeline, text).metadata.agencies == ()


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("The minister in Brussels. Copyright AP Photo/Jane Doe", "AP Photo/Jane Doe"),
        ("© Reuters / John Roe", "Reuters / John Roe"),
        (
            "The minister in Brussels. (Photo by John Roe/AFP via Getty Images)",
            "John Roe/AFP via Getty Images",
        ),
        ("Photo: Jane Doe", "Jane Doe"),
        ("The minister in Brussels.\n(AP Photo/Jane Doe)", "AP Photo/Jane Doe"),
        ("The minister in Brussels. (REUTERS/John Roe)", "REUTERS/John Roe"),
        ("The minister.Credit...Jane Doe for The Daily Planet", "Jane Doe for The Daily Planet"),
        ("The minister in Brussels. © 2024 Getty Images", "2024 Getty Images"),
    ],
)
def test_photo_credits(pipeline: Pipeline, caption: str, credit: str) -> None:
    """Photo credits are found with their span; their line is a caption."""
    text = f"Rail strike called off\n{caption}\n\n{BODY}"
    metadata = analyze(pipeline, text).metadata
    assert [c.text for c in metadata.photo_credits] == [credit]
    assert any(b.kind == "caption" for b in metadata.boilerplate)


@pytest.mark.parametrize(
    "line",
    [
        "Copyright 2024 AFP. All rights reserved.",
        "© 2023 Valley Courier Media LLC",
        "© Copyright Valley Courier 2023",
        "© The Valley Courier 2023. Website by Acme Design",
        "© Valley Courier Media, Inc. 100 Main Street",
        "©2024 Valley Courier/Acme Media. All rights reserved.",
        "Banks led by Credit Suisse First Boston Ltd arranged the loan.",
        "CREDIT CARD RULES TIGHTENED",
        "Image: The Rwanda bill was backed by MPs",
        "Trending Image: Playoff odds: what the numbers say",
    ],
)
def test_copyright_notices_and_other_cue_words_credit_no_photo(
    pipeline: Pipeline, line: str
) -> None:
    """A copyright notice names the site's owner, "Credit" opens a bank's name, and "Image:"
    labels captions and teasers: none of them is a photo credit."""
    text = f"Rail strike called off\n\n{BODY}\n\n{line}\n\n{SECOND_PARAGRAPH}"
    assert analyze(pipeline, text).metadata.photo_credits == ()


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Home | News | Business | Sport | Opinion", "navigation"),
        ("Home | World | Europe", "navigation"),
        ("NEWS · SPORT · WEATHER · CULTURE", "navigation"),
        ("Share on Facebook | Share on X | Email | Print", "share-widget"),
        ("Share on Facebook | Share on X", "share-widget"),
        ("Rail strike called off | The Daily Planet", None),
        ("Our Standards: The Thomson Reuters Trust Principles.", "navigation"),
        ("Share on Facebook   Share on X   Email   Print", "share-widget"),
        ("Facebook\tTwitter\tEmail", "share-widget"),
        ("Home   News   Business   Sport", None),
        ("Terms of Use | Privacy Policy | Contact Us", "navigation"),
        ("Rail strike called off | Transport | The Daily Planet", None),
        ("May 14, 2025 · 5 min read · Politics", None),
    ],
)
def test_a_bar_of_menu_or_widget_items_is_furniture(
    pipeline: Pipeline, line: str, kind: str | None
) -> None:
    """Items set apart by bars or dots make a menu or a widget bar when each is furniture or
    all are short labels; a title's site suffix or a dated line is none."""
    text = f"Rail strike called off\n\n{BODY}\n\n{line}\n\n{SECOND_PARAGRAPH}"
    start = text.index(line)
    kinds = [b.kind for b in analyze(pipeline, text).metadata.boilerplate if b.start == start]
    if kind is not None:
        assert kinds == [kind]
    else:  # the dated line is the page's timestamp
        assert not {"navigation", "share-widget"} & set(kinds)


def test_a_menu_bar_is_neither_the_title_nor_the_outlet(pipeline: Pipeline) -> None:
    """A page pasted from the top opens with its menu: the headline and the footer's owner are
    the title and the outlet; the footer is marked."""
    footer = "© 2025 The Valley Courier. All rights reserved."
    text = (
        f"Home | News | Business | Sport | Opinion\n\nRail strike called off\n\n"
        f"By Jane Doe\n\n{BODY}\n\n{SECOND_PARAGRAPH}\n\n{footer}\n"
    )
    metadata = analyze(pipeline, text).metadata
    assert metadata.title is not None and metadata.title.text == "Rail strike called off"
    assert metadata.outlet == "The Valley Courier"
    assert any(
        b.kind == "copyright-footer" and text[b.start : b.end] == footer
        for b in metadata.boilerplate
    )


def test_widgets_and_related_story_lists(pipeline: Pipeline) -> None:
    """Share and comment widgets, counters and related-story lists are boilerplate."""
    text = (
        f"Rail strike called off\nShare this article\nComments\n3\n\n{BODY}\n\n"
        "Read more\nFerry fares to rise\nBus drivers vote on pay\n\nAll rights reserved 2023"
    )
    metadata = analyze(pipeline, text).metadata
    kinds = [(b.kind, text[b.start : b.end]) for b in metadata.boilerplate]
    assert kinds == [
        ("share-widget", "Share this article"),
        ("comments", "Comments"),
        ("widget", "3"),
        ("related-stories", "Read more\nFerry fares to rise\nBus drivers vote on pay"),
        ("copyright-footer", "All rights reserved 2023"),
    ]
    assert metadata.boilerplate_at(text.index("Ferry"), text.index("Ferry") + 5) is not None
    assert metadata.boilerplate_at(text.index("Officials"), text.index("Officials") + 9) is None


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("5 min read", "widget"),
        ("3 Minute Read", "widget"),
        ("Cookie Settings", "navigation"),
        ("We use cookies to improve your experience.", "navigation"),
        ("Do Not Sell My Personal Information", "navigation"),
        ("Subscribe to our daily newsletter", "newsletter"),
        (
            "Sign up for our Business newsletter. Get the top stories in your inbox every day.",
            "newsletter",
        ),
        (
            "Sign up for our Business newsletter.  Get the top stories in your inbox every day.",
            "newsletter",
        ),
        ("Support our journalism", "subscribe"),
        ("Donate Now!", "subscribe"),
        ("Don't miss", "related-stories"),
    ],
)
def test_more_site_furniture(pipeline: Pipeline, line: str, kind: str) -> None:
    """Reading times, cookie and privacy links, newsletter and donation pleas are boilerplate."""
    text = f"Rail strike called off\n\n{line}\n\n{BODY}"
    start = text.index(line)
    found = analyze(pipeline, text).metadata.boilerplate_at(start, start + len(line))
    assert found is not None and found.kind == kind


def test_a_plea_opening_prose_that_names_no_newsletter_is_prose(pipeline: Pipeline) -> None:
    """ "Sign up for the fund now. The firm said ..." names no newsletter: no boilerplate."""
    line = "Sign up for the new fund now. The firm said it expects investors to gain."
    text = f"Rail strike called off\n\n{BODY}\n\n{line}\n\n{SECOND_PARAGRAPH}"
    start = text.index(line)
    assert analyze(pipeline, text).metadata.boilerplate_at(start, start + len(line)) is None


@pytest.mark.parametrize(
    ("body", "language"),
    [
        (BODY, "en"),
        (
            "Die Regierung hat am Montag mitgeteilt, dass die neuen Maßnahmen im nächsten Monat "
            "in Kraft treten und die Gespräche mit den Gewerkschaften über den Sommer "
            "fortgesetzt werden.",
            "de",
        ),
        (
            "Le gouvernement a annoncé lundi que les nouvelles mesures entreront en vigueur le "
            "mois prochain et que les discussions avec les syndicats se poursuivront pendant "
            "l'été.",
            "fr",
        ),
    ],
)
def test_language_guess_and_non_english_warning(
    pipeline: Pipeline, body: str, language: str
) -> None:
    """The language is guessed from running text; another language gets a warning."""
    analysis = analyze(pipeline, f"Title\n\n{body}")
    assert analysis.metadata.language == language
    assert analysis.is_english == (language == "en")
    warned = [w.type for w in analysis.warnings]
    assert warned == ([] if language == "en" else ["non-english"])


def test_outlet_from_the_records_url(pipeline: Pipeline) -> None:
    """A record's URL names the outlet when the text does not."""
    analysis = analyze(pipeline, BODY, url="https://www.reuters.com/world/europe/x-2023-03-12/")
    assert analysis.metadata.outlet == "Reuters"


def test_lexicons_are_extendable_by_another_plugin(builtin_manager: stoltlib.PluginManager) -> None:
    """A plugin adding an outlet and a widget phrase changes what the rules find."""

    class Local:
        @stoltlib.hookimpl
        def stoltlib_lexicon(self, name: str) -> list[object] | None:
            if name == "outlets":
                return [{"name": "Ourtown Gazette", "aliases": ["OG"], "domains": ["og.example"]}]
            if name == "boilerplate":
                return [{"phrase": "Tap to read the full story", "kind": "widget"}]
            return None

    manager = stoltlib.get_plugin_manager(
        builtins_only=True, environ={}, plugins={"local": Local()}
    )
    text = f"Rail strike called off\nBy OG\nTap to read the full story\n\n{BODY}"
    metadata = Pipeline(manager).analyze(Document(id="t", text=text)).metadata
    assert metadata.outlet == "Ourtown Gazette"
    assert ("widget", "Tap to read the full story") in [
        (b.kind, text[b.start : b.end]) for b in metadata.boilerplate
    ]
    plain = Pipeline(builtin_manager).analyze(Document(id="t", text=text)).metadata
    assert plain.outlet == "OG"  # a one-word byline is an outlet, but not by its full name


@pytest.mark.parametrize(
    ("names", "authors"),
    [
        ("John O'Connor The Associated Press", ["John O'Connor"]),
        ("Anneice Coady, acoady.com", ["Anneice Coady"]),
        ("Lauren Manaker MS, RDN, LD", ["Lauren Manaker"]),
        ("Condé Nast, Lindy Segal", ["Lindy Segal"]),
        ("Associated Press Ana Ruiz", ["Ana Ruiz"]),
    ],
)
def test_html_meta_authors_are_read_like_a_byline(
    pipeline: Pipeline, names: str, authors: list[str]
) -> None:
    """Authors from a page's meta tags lose outlets, web addresses and credentials."""
    document = Document(id="t", text=BODY, meta={"html": {"authors": names.split(", ")}})
    metadata = pipeline.analyze(document).metadata
    assert [a.text for a in metadata.authors] == authors
    assert all(a.source == "html-meta" and a.start is None for a in metadata.authors)


def test_html_headline_beats_the_meta_title(pipeline: Pipeline) -> None:
    """The page's <h1> is the headline; a meta title with a site name is second best."""
    meta = {"title": "Bridge plan approved | Valley Courier", "headline": "Council backs bridge"}
    document = Document(id="t", text=f"Council backs bridge\n\n{BODY}", meta={"html": meta})
    title = pipeline.analyze(document).metadata.title
    assert title is not None and (title.text, title.source, title.start) == (
        "Council backs bridge",
        "html-meta",
        0,
    )
    only_meta = Document(id="t", text=BODY, meta={"html": {"title": meta["title"]}})
    title = pipeline.analyze(only_meta).metadata.title
    assert title is not None and (title.text, title.start) == ("Bridge plan approved", None)


def test_byline_elements_name_the_authors_when_meta_tags_do_not(pipeline: Pipeline) -> None:
    """Without author meta tags, the page's first byline element names the authors."""
    meta = {"authors": [], "bylines": ["By Ann Lee and Bo Chen | Dec 21, 2023", "By Zed Roe"]}
    document = Document(id="t", text=BODY, meta={"html": meta})
    authors = pipeline.analyze(document).metadata.authors
    assert [(a.text, a.source) for a in authors] == [
        ("Ann Lee", "html-byline"),
        ("Bo Chen", "html-byline"),
    ]


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        ("By Aaron Klotz\npublished 23 December 2023", ["Aaron Klotz"]),
        ("By Kent GermanDec 22, 2023", ["Kent German"]),
        ("By Emma BatyPublished: Dec 22, 2023 10:55 AM EST", ["Emma Baty"]),
        ("By James Dator Dec 19, 2023, 10:12am EST", ["James Dator"]),
        ("David Hambling\nSenior Contributor", ["David Hambling"]),
        ("By\nClaire Jackson", ["Claire Jackson"]),
        ("By\n\nMara Quill | mquill@example.com", ["Mara Quill"]),
        ("By Tom BrennerStaff Writer", ["Tom Brenner"]),
        ("By Ida VossShowbiz & TV Reporter", ["Ida Voss"]),
        ("As told to Lena OrtizPublished: Mar 09, 2023 4:13 PM EST", ["Lena Ortiz"]),
        (
            "Ana Ruiz and Bo Lindqvist, Financial Times - Dec 20, 2023 3:06 pm UTC",
            ["Ana Ruiz", "Bo Lindqvist"],
        ),
        (
            "Kim Aalto · CBC News · Posted: Dec 22, 2023 8:25 AM EST | Last Updated: "
            "January 2, 2024",
            ["Kim Aalto"],
        ),
        ("Beth Mayo 8:41 PM on December 20, 2023", ["Beth Mayo"]),
        ("Noor Haddad\n\nDec 12, 2023", ["Noor Haddad"]),
        ("By Ann Lee and Bo Chen on\nDecember 21, 2023 at 3:53PM PST", ["Ann Lee", "Bo Chen"]),
        ("Noor Haddad\nand others\n• 6 min read", ["Noor Haddad"]),
        ("Noor Haddad\nThe Associated Press\nDec 12, 2023", ["Noor Haddad"]),
        ("Noor Haddad\nSenior Reporter\nDec 12, 2023", ["Noor Haddad"]),
        ("Noor Haddad Environment correspondent\nThu 21 Dec 2023 05.00 GMT", ["Noor Haddad"]),
        ("By Noor Haddad, senior political correspondent", ["Noor Haddad"]),
        ("Noor Haddad\nnews reporter @nhaddad\nThursday 21 December 2023", ["Noor Haddad"]),
        ("Noor Haddad\nScience\nDec 21, 2023 5:00 AM", ["Noor Haddad"]),
        ("Noor Haddad\nMetro Staff\nNoor covers the city.", ["Noor Haddad"]),
        ("December 21, 2023\nNoor Haddad\nNews", ["Noor Haddad"]),
        ("Published Dec 21 20235:00 AM EST\nNoor Haddad@NHADDAD", ["Noor Haddad"]),
        ("By Noor Haddad Follow and Bo Chen Follow\nDec. 21, 2023", ["Noor Haddad", "Bo Chen"]),
    ],
)
def test_bylines_as_pages_render_them(pipeline: Pipeline, header: str, authors: list[str]) -> None:
    """Bylines split over lines or glued to their timestamp still name the authors."""
    text = f"Rail strike called off\n\n{header}\n\n{BODY}"
    assert [a.text for a in analyze(pipeline, text).metadata.authors] == authors


def test_a_cookie_notice_is_not_where_the_story_starts(pipeline: Pipeline) -> None:
    """A long consent notice at the top does not end the header: the byline below is read."""
    notice = (
        "We use cookies and other tracking technologies to improve your browsing experience on "
        "our site, show personalized content and analyze site traffic, as our policy explains."
    )
    menu = "\n".join(f"Section {number}" for number in range(12))
    text = f"Rail strike called off\n\n{notice}\n\n{menu}\n\nBy Jane Doe\n\n{BODY}"
    assert [a.text for a in analyze(pipeline, text).metadata.authors] == ["Jane Doe"]


SECOND_PARAGRAPH = (
    "The union welcomed the decision and said its members would return to work on Wednesday "
    "morning, while the company promised to publish the full agreement by the end of the week."
)


def test_the_headline_shown_above_the_byline_beats_the_page_title(pipeline: Pipeline) -> None:
    """A page title reworded for search engines gives way to the headline over the byline."""
    text = (
        "Rail strike over after unions accept pay offer | Valley Courier\n\n"
        "Home\n\nNews\n\n"
        "Unions accept pay offer and end the rail strike after three weeks\n\n"
        "Commuters can expect a full timetable again from Monday.\n\n"
        "By Jane Doe\n\n"
        f"{BODY}\n\n{SECOND_PARAGRAPH}"
    )
    title = analyze(pipeline, text).metadata.title
    assert title is not None and title.source == "headline"
    assert title.text == "Unions accept pay offer and end the rail strike after three weeks"
    assert text[title.start : title.end] == title.text  # type: ignore[misc]


def test_a_line_sharing_few_words_with_the_title_is_no_headline(pipeline: Pipeline) -> None:
    """A menu entry or teaser that shares a word or two with the page title is not its headline."""
    text = (
        "Rail strike over after unions accept pay offer | Valley Courier\n\n"
        "Rail Strike Live Updates\n\n"
        f"{BODY}\n\n{SECOND_PARAGRAPH}"
    )
    title = analyze(pipeline, text).metadata.title
    assert title is not None and title.text == "Rail strike over after unions accept pay offer"


def test_a_site_blurb_above_the_story_is_not_where_it_starts(pipeline: Pipeline) -> None:
    """A lone prose line among menus (a site's self-description) does not end the header."""
    blurb = (
        "The Valley Courier is an independent local news organization dedicated to factual "
        "reporting on the towns of the valley since it was founded in 1871."
    )
    menu = "\n".join(f"Section {number}" for number in range(8))
    text = (
        f"Rail strike called off\n\n{blurb}\n\n{menu}\n\n"
        + "\n".join(f"Topic {number}" for number in range(8))
        + f"\n\nBy Jane Doe\n\n{BODY}\n\n{SECOND_PARAGRAPH}"
    )
    assert [a.text for a in analyze(pipeline, text).metadata.authors] == ["Jane Doe"]


def test_a_name_over_a_date_far_from_headline_and_story_is_a_teaser(pipeline: Pipeline) -> None:
    """A name over a date counts as a byline only right under the headline or right above the
    story's first paragraph, not in a card between."""
    cards = "\n\n".join(f"Other story number {n} in the list" for n in range(10))
    text = (
        f"Rail strike called off\n\n{cards}\n\nNoor Haddad\n\nDec 12, 2023\n\n{cards}\n\n"
        f"{BODY}\n\n{SECOND_PARAGRAPH}"
    )
    assert not analyze(pipeline, text).metadata.authors


def test_a_name_with_its_outlet_right_above_the_story_is_its_byline(pipeline: Pipeline) -> None:
    """Without a recognised headline, a name ending in an outlet over the first paragraph signs
    the story."""
    cards = "\n\n".join(f"Other story number {n} in the list" for n in range(10))
    text = (
        f"Rail strike called off\n\n{cards}\n\nNoor Haddad USA TODAY\n\n{BODY}\n\n"
        f"{SECOND_PARAGRAPH}"
    )
    metadata = analyze(pipeline, text).metadata
    assert [a.text for a in metadata.authors] == ["Noor Haddad"]
    assert metadata.outlet == "USA Today"


@pytest.mark.parametrize(
    "note",
    [
        "Follow Noor Haddad on Twitter @nhaddad.",
        "Contact Noor Haddad at nhaddad@example.com.",
        "Reach Noor Haddad at 555-0100.",
        "About the author: Noor Haddad is a reporter at the Courier.",
        "This story was reported by Noor Haddad.",
    ],
)
def test_notes_asking_readers_to_contact_the_author(pipeline: Pipeline, note: str) -> None:
    """With no byline, a closing line that tells readers how to reach the author names them."""
    text = f"Rail strike called off\n\n{BODY}\n\n{SECOND_PARAGRAPH}\n\n{note}"
    assert [a.text for a in analyze(pipeline, text).metadata.authors] == ["Noor Haddad"]
    # In the story, the same words name whom the story is about.
    quoted = f"{SECOND_PARAGRAPH} Officials said residents should contact Noor Haddad at the desk."
    assert not analyze(pipeline, f"Rail strike called off\n\n{BODY}\n\n{quoted}").metadata.authors


def test_an_author_note_after_the_story_names_its_author(pipeline: Pipeline) -> None:
    """With no byline, a note such as "Jane Doe is a staff writer ..." names the author."""
    note = "Noor Haddad is a staff writer covering transport. She can be reached by email."
    text = f"Rail strike called off\n\n{BODY}\n\n{SECOND_PARAGRAPH}\n\n{note}"
    metadata = analyze(pipeline, text).metadata
    assert [(a.text, a.source) for a in metadata.authors] == [("Noor Haddad", "author-note")]
    assert any(b.kind == "author-note" for b in metadata.boilerplate)
    quoted = (
        f"{SECOND_PARAGRAPH} The union said that Noor Haddad is a reporter it trusts.\n\n"
        "Officials declined to comment."
    )
    assert not analyze(pipeline, f"Rail strike called off\n\n{BODY}\n\n{quoted}").metadata.authors
    thing = (
        f"{SECOND_PARAGRAPH}\n\nValley's Transit Studio is a web-based route editor for planners."
    )
    assert not analyze(pipeline, f"Rail strike called off\n\n{BODY}\n\n{thing}").metadata.authors


def test_a_headline_with_a_date_is_no_byline(pipeline: Pipeline) -> None:
    """A line of capitalised words before a date is a byline only if each part is a name."""
    text = (
        "Rail strike called off\n\nMarket Prices Fall Sharply After The Storm Of December 20, "
        f"2023\n\n{BODY}\n\n{SECOND_PARAGRAPH}"
    )
    assert not analyze(pipeline, text).metadata.authors


def test_the_date_by_the_byline_beats_dated_lines_elsewhere(pipeline: Pipeline) -> None:
    """Today's date in a navigation bar and a later list's dates lose to the byline's date."""
    related = "\n\n".join(f"Other story {n}\n\nFebruary {n + 1}, 2024" for n in range(6))
    text = (
        "Rail strike called off\n\nMon December 25, 2023\n\nHome\n\nNews\n\n"
        "Rail strike called off\n\nBy Jane Doe - 12/22/23 11:35 AM ET\n\n"
        f"{BODY}\n\n{SECOND_PARAGRAPH}\n\nMore stories\n\n{related}"
    )
    published = analyze(pipeline, text).metadata.published
    assert published is not None and published.value == "2023-12-22"


def test_a_teaser_date_over_the_headline_loses_to_the_date_under_it(pipeline: Pipeline) -> None:
    """A related story's card right over the headline does not lend the story its date."""
    teaser = "Mayor resigns after contract scandal\n\nDecember 19, 2023"
    text = (
        f"Rail strike called off | Valley Courier\n\nTrending\n\n{teaser}\n\n"
        f"Rail strike called off\n\nDecember 21, 2023\n\n{BODY}\n\n{SECOND_PARAGRAPH}"
    )
    published = analyze(pipeline, text).metadata.published
    assert published is not None and published.value == "2023-12-21"


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        ("News Ferry fares to rise in spring", "Ferry fares to rise in spring"),
        ("Island life: Ferry fares rise", "Island life: Ferry fares rise"),
    ],
)
def test_a_label_before_the_headline_in_the_h1_is_no_part_of_it(
    pipeline: Pipeline, headline: str, title: str
) -> None:
    """A short kicker inside the <h1> before the meta title's headline is left out."""
    meta = {"title": title.removeprefix("Island life: ") + " | Island Post", "headline": headline}
    found = pipeline.analyze(Document(id="t", text=BODY, meta={"html": meta})).metadata.title
    assert found is not None and found.text == title


def test_a_date_label_alone_labels_the_date_under_it(pipeline: Pipeline) -> None:
    """A lone "Published:" line makes the date line under it a labelled date."""
    text = (
        "Rail strike called off\n\nDate:\n\nDecember 13, 2023\n\nSource:\n\nValley Courier\n\n"
        f"{BODY}\n\n{SECOND_PARAGRAPH}"
    )
    published = analyze(pipeline, text).metadata.published
    assert published is not None
    assert (published.value, published.source) == ("2023-12-13", "published-line")
    assert text[published.start : published.end] == "December 13, 2023"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("credit", "authors"),
    [
        (
            "(Reporting by Noor Haddad and Bo Lindqvist; Editing by Ann Lee)",
            ["Noor Haddad", "Bo Lindqvist"],
        ),
        (
            "Reporting by Noor Haddad in Brussels; Additional reporting by Bo Lindqvist",
            ["Noor Haddad"],
        ),
        ("Writing by Noor Haddad, editing by Ann Lee", ["Noor Haddad"]),
    ],
)
def test_a_wire_storys_reporting_credit_names_its_authors(
    pipeline: Pipeline, credit: str, authors: list[str]
) -> None:
    """With no byline, the closing "Reporting by ..." credit names the reporters, not editors."""
    text = f"Rail strike called off\n\n{BODY}\n\n{SECOND_PARAGRAPH}\n\n{credit}"
    assert [a.text for a in analyze(pipeline, text).metadata.authors] == authors


def test_newswire_copy_wrapped_at_a_fixed_width(pipeline: Pipeline) -> None:
    """Wrapped newswire copy gives its headline and dateline, not a line of its body."""
    text = (
        "STANDARD OIL TO FORM FINANCIAL UNIT\n\n"
        "CLEVELAND, Feb 26 - Standard Oil Co and BP North America\n"
        "Inc said they plan to form a venture to manage the money market\n"
        "borrowing and investment activities of both companies.\n"
        "    The venture will be called BP/Standard Financial Trading\n"
        "and will be operated by Standard Oil under the oversight of a\n"
        "joint management committee, the companies said.\n"
    )
    metadata = analyze(pipeline, text).metadata
    assert (
        metadata.title is not None and metadata.title.text == "STANDARD OIL TO FORM FINANCIAL UNIT"
    )
    assert metadata.dateline is not None and metadata.dateline.place == "CLEVELAND"


@pytest.mark.parametrize(
    "title",
    [
        "BONUS WHEAT FLOUR FOR NORTH YEMEN -- USDA",
        "ECONOMIC SPOTLIGHT - BANKAMERICA TO SELL ASSETS",
    ],
)
def test_a_newswire_title_in_capitals_keeps_its_tail(pipeline: Pipeline, title: str) -> None:
    """In a title set in capitals a tail after a dash is part of it, not a site name, and a
    kicker with a dash is no dateline."""
    text = f"{title}\n\nWASHINGTON, Feb 26 - {BODY}\n\n{SECOND_PARAGRAPH}"
    found = analyze(pipeline, text).metadata.title
    assert found is not None and found.text == title


def test_a_single_word_is_no_title(pipeline: Pipeline) -> None:
    """A text opening with one word (a menu item) has no title unless a headline follows, with
    a mark apart from it too (found by hypothesis: 'NATO .' over a paragraph read as an archive's
    title)."""
    assert analyze(pipeline, f"Politics\n\n{BODY}\n\n{SECOND_PARAGRAPH}").metadata.title is None
    assert analyze(pipeline, f"Politics .\n\n{BODY}\n\n{SECOND_PARAGRAPH}").metadata.title is None


def test_a_dated_dateline_over_wrapped_lines_breaking_before_capitals(pipeline: Pipeline) -> None:
    """A dateline with its date opens the story even when its line breaks before a name."""
    text = (
        "COPPER UNIT SOLD\n\nNEW YORK, Feb 26 - Magma Copper Co, a subsidiary of Newmont\n"
        "Mining Corp, said it sold its refinery to a group of investors for\n"
        "an undisclosed sum.\n"
    )
    dateline = analyze(pipeline, text).metadata.dateline
    assert dateline is not None and dateline.place == "NEW YORK"


def test_a_wire_storys_dateline_agency_is_its_outlet_when_nothing_else_is(
    pipeline: Pipeline,
) -> None:
    """Wire copy with only "(Reuters)" in its dateline is Reuters'; a site's name beats it."""
    story = f"BRUSSELS (Reuters) - {BODY}\n\n{SECOND_PARAGRAPH}"
    assert analyze(pipeline, f"Rail strike called off\n\n{story}").metadata.outlet == "Reuters"
    titled = f"Rail strike called off - BBC News\n\n{story}"
    assert analyze(pipeline, titled).metadata.outlet == "BBC"


def test_a_title_ending_in_a_full_stop_over_the_story_is_a_title(pipeline: Pipeline) -> None:
    """Archives that end every title with a full stop keep it a title when the story follows
    (the full stop left out); a sentence over menus is no title."""
    story = f"DALLAS (AP) — {BODY}\n\n{SECOND_PARAGRAPH}"
    title = analyze(pipeline, f"Campaign to shift staff to Iowa.\n\n{story}").metadata.title
    assert title is not None and title.text == "Campaign to shift staff to Iowa"
    menus = f"Officials gathered in the square.\n\nHome\n\nNews\n\n{BODY}\n\n{SECOND_PARAGRAPH}"
    assert analyze(pipeline, menus).metadata.title is None


@pytest.mark.parametrize(
    "shown",
    [
        "By Ann Lee",
        {"lines": "By Ann Lee", "headline": 0},
        {"lines": ["Headline", 3, "By Ann Lee"], "headline": 0},
        {"lines": ["Headline", "By Ann Lee"], "headline": 5},
        {"lines": ["Headline", "By Ann Lee"], "headline": -1},
        {"lines": ["Headline\n\nmore", "By Ann Lee\nDec 1, 2023"], "headline": 0},
    ],
)
def test_malformed_shown_lines_in_a_records_meta_are_harmless(
    pipeline: Pipeline, shown: object
) -> None:
    """A record's own meta["html"]["shown"] of any shape never raises an error."""
    document = Document(id="t", text=BODY, meta={"html": {"shown": shown}})
    analysis = pipeline.analyze(document)
    assert not analysis.errors
    assert all(a.text == "Ann Lee" for a in analysis.metadata.authors)


@pytest.mark.parametrize(
    ("footer", "outlet"),
    [
        ("Copyright © 2023, Valley Courier", "Valley Courier"),
        ("© Copyright 1997-2023 VALLEYCOURIER.net | All Rights Reserved", "VALLEYCOURIER.net"),
        ("2023 Valley Courier, Townsquare Media, Inc. All rights reserved.", "Valley Courier"),
        ("© 2023 Valley Courier Media LLC. All Rights Reserved.", "Valley Courier Media"),
        ("Copyright 2023 The Associated Press. All Rights Reserved.", None),
        ("© AP Photo / Mindaugas Kulbis", None),
        ("Copyright © 2023ValleycourierAll rights reservednews@valleycourier.com", "Valleycourier"),
    ],
)
def test_a_copyright_footer_names_the_outlet_when_nothing_else_does(
    pipeline: Pipeline, footer: str, outlet: str | None
) -> None:
    """The owner in a copyright footer is the outlet; an agency's copyright or a photo credit
    is not."""
    text = f"Rail strike called off\n\n{BODY}\n\n{SECOND_PARAGRAPH}\n\n{footer}"
    assert analyze(pipeline, text).metadata.outlet == outlet


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("St. Paul votes to condemn the ban.", "St. Paul votes to condemn the ban"),
        ("Clinton: Trump will reverse Roe v. Wade.", "Clinton: Trump will reverse Roe v. Wade"),
        ("Rep. Welch to back Sanders for president.", "Rep. Welch to back Sanders for president"),
        (
            "Long and chaotic. Maybe good; \nThe Upshot.",
            "Long and chaotic. Maybe good; \nThe Upshot",
        ),
        ("Tech is bad. It does not have to be.", "Tech is bad. It does not have to be."),
    ],
)
def test_an_archives_full_stop_after_an_abbreviation_or_a_deck(
    pipeline: Pipeline, title: str, expected: str
) -> None:
    """The archive's full stop goes when the title is one sentence: an abbreviation's full
    stop parts no sentences, and after a headline and its deck only the deck counts."""
    story = f"DALLAS (AP) — {BODY}\n\n{SECOND_PARAGRAPH}"
    found = analyze(pipeline, f"{title}\n\n{story}").metadata.title
    assert found is not None and found.text == expected


def test_a_masthead_names_the_outlet_over_a_menus_by_section(pipeline: Pipeline) -> None:
    """A known outlet's name alone on a header line is the outlet, rather than the one-word
    "outlet" of a "By ..." menu item; an agency's name alone credits the wire, not the site."""
    menu = "The Economist\nMenu\nLeaders\nLetters to the editor\nBy Invitation"
    text = f"Rail strike called off\n\n{menu}\n\n{BODY}\n\n{SECOND_PARAGRAPH}"
    assert analyze(pipeline, text).metadata.outlet == "The Economist"
    wire = f"Rail strike called off\n\nBy Courier\n\nReuters\n\n{BODY}"
    assert analyze(pipeline, wire).metadata.outlet == "Courier"


def test_a_by_line_first_in_the_text_names_its_authors_without_by(pipeline: Pipeline) -> None:
    """A text opening with its byline (a page's main text) gives the names, never "By ..."."""
    text = f"By Jane Doe\n\nDecember 21, 2023\n\n{BODY}"
    assert [a.text for a in analyze(pipeline, text).metadata.authors] == ["Jane Doe"]
    agency = f"By Associated Press\n\nDecember 21, 2023\n\n{BODY}"
    assert not analyze(pipeline, agency).metadata.authors


@pytest.mark.parametrize(
    "header",
    [
        "Dec 22, 2023, 10:22 PM EST\nLEAVE A COMMENT",  # a widget under the timestamp
        "Shop Valentino Madison Store\nNoor Haddad\nDec 21, 2023",  # a caption over the name
        "News\nAbout Noor\nDesk Staff",  # a menu, not a name over its desk
    ],
)
def test_lines_near_a_byline_that_are_not_names(pipeline: Pipeline, header: str) -> None:
    """Widgets, captions and menus around a byline's shapes are not taken for authors."""
    text = f"Rail strike called off\n\n{header}\n\n{BODY}"
    authors = [a.text for a in analyze(pipeline, text).metadata.authors]
    assert "LEAVE A COMMENT" not in authors
    assert "Shop Valentino Madison Store" not in authors
    assert "About Noor" not in authors


@pytest.mark.parametrize("month", ["ſeptember", "AprİL", "SEPT"])
def test_a_month_in_any_unicode_case_gives_a_date(pipeline: Pipeline, month: str) -> None:
    """The date pattern matches letters by Unicode's case rules ("ſ" as "s"): the month is read
    from them, never an error (the metadata stage was lost on "ſeptember 12, 2023")."""
    analysis = analyze(pipeline, f"Talks resume in Geneva\n{month} 12, 2023\n\n{BODY}")
    assert not analysis.errors
    assert analysis.metadata.published is not None
    assert analysis.metadata.published.value[:4] == "2023"
