"""The public metadata scorers: folding, splitting, matching, scoring and aggregating."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from stoltlib import Analysis, Document, Found, Metadata, PublishedDate
from stoltlib.evaluate import (
    FIELDS,
    FieldAccuracy,
    MetadataPrediction,
    MetadataScore,
    authors_exact,
    authors_overlap,
    date_matches,
    fold_name,
    fold_text,
    normalize_date,
    prediction_from,
    score_metadata,
    site_matches,
    split_authors,
    strip_site_suffix,
    summarize,
    title_matches,
)

GOLD = {
    "title": "EU will hold 3 major porn sites to same regulations as Meta, X",
    "authors": "Javier Espinoza, Patricia Nilsson",
    "date": "2023-12-20",
    "site": "http://arstechnica.com",
    "link": "https://arstechnica.com/tech-policy/2023/12/eu-will-hold-3-major-porn-sites/",
}

names = st.text(
    alphabet=st.characters(whitelist_categories=("Lu", "Ll", "Zs"), max_codepoint=0x24F),
    min_size=1,
    max_size=20,
).filter(lambda name: fold_name(name) != "")

# Gold-format entries: a title, authors as one string, an ISO day, a site URL.
gold_entries = st.fixed_dictionaries(
    {
        "title": st.text(min_size=1, max_size=40).filter(str.strip),
        "authors": st.lists(names, max_size=3).map(", ".join),
        "date": st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)).map(dt.date.isoformat),
        "site": st.sampled_from(["http://abcnews.go.com", "http://www.nytimes.com", "cnn.com"]),
    }
)


# --- folding ---------------------------------------------------------------------------------


def test_fold_text_ignores_case_spacing_and_typographic_quotes() -> None:
    """Titles differing only in case, spacing, curly quotes or dashes fold alike."""
    assert fold_text("  Taylor Swift’s  NEW\u00a0romance — 2023 ") == fold_text(
        "taylor swift's new romance - 2023"
    )


@given(st.text(max_size=60))
def test_fold_text_is_idempotent(text: str) -> None:
    """Folding a folded title changes nothing."""
    assert fold_text(fold_text(text)) == fold_text(text)


@given(st.text(max_size=40))
def test_fold_name_is_idempotent(name: str) -> None:
    """Folding a folded name changes nothing."""
    assert fold_name(fold_name(name)) == fold_name(name)


@pytest.mark.parametrize(
    "a, b",
    [
        ("Desirée O", "DESIREE O."),
        ("J.R. Raphael", "JR Raphael"),
        ("CarolRomig", "Carol Romig"),
        ("John O'connor", "John O’Connor"),
    ],
)
def test_fold_name_ignores_accents_case_punctuation_and_spacing(a: str, b: str) -> None:
    """Spelling variants of one name share a key."""
    assert fold_name(a) == fold_name(b)


# --- titles ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title, stripped",
    [
        ("Title | Site", "Title"),
        ("Title - Part 2 - Site", "Title - Part 2"),
        ("A well-known story – The Site", "A well-known story"),
        ("Title :: Site", "Title"),
        ("Well-known", "Well-known"),
        ("No suffix here", "No suffix here"),
    ],
)
def test_strip_site_suffix_cuts_the_last_segment_only(title: str, stripped: str) -> None:
    """Only a spaced separator and the segment after it go; hyphenated words stay."""
    assert strip_site_suffix(title) == stripped


def test_title_with_site_suffix_matches_only_when_stripping() -> None:
    """A " | Site" suffix is a miss for the exact score and a match for the stripped one."""
    predicted = GOLD["title"] + " | Ars Technica"
    assert not title_matches(predicted, GOLD["title"])
    assert title_matches(predicted, GOLD["title"], strip_suffix=True)


def test_title_stripping_cuts_several_segments_but_never_the_gold() -> None:
    """ "Title | Section | Site" matches "Title"; a gold title with " - " is not shortened."""
    assert title_matches("Title - Part 2 | News | Site", "Title - Part 2", strip_suffix=True)
    assert not title_matches("Title", "Title - Part 2", strip_suffix=True)


def test_missing_title_never_matches() -> None:
    """No predicted title is a miss."""
    assert not title_matches(None, "A title", strip_suffix=True)


# --- authors ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value, expected",
    [
        ("", ()),
        (None, ()),
        ("Heather Hollingsworth", ("Heather Hollingsworth",)),
        ("Javier Espinoza, Patricia Nilsson", ("Javier Espinoza", "Patricia Nilsson")),
        (
            "Aaron Scott ,  Berly McCoy ,  Rebecca Ramirez",
            ("Aaron Scott", "Berly McCoy", "Rebecca Ramirez"),
        ),
        ("Naandika Tripathi,", ("Naandika Tripathi",)),
        ("Hannah Kahn\t", ("Hannah Kahn",)),
        ("By: Jane Doe & John Roe", ("Jane Doe", "John Roe")),
        ("Jane Doe and John Roe; Max Mustermann", ("Jane Doe", "John Roe", "Max Mustermann")),
        ("Sammy Davis, Jr. and Bob Hope", ("Sammy Davis Jr.", "Bob Hope")),
        ("Byron Anderson", ("Byron Anderson",)),
        (["Jane Doe", "JANE DOE", "John Roe"], ("Jane Doe", "John Roe")),
    ],
)
def test_split_authors(value: str | list[str] | None, expected: tuple[str, ...]) -> None:
    """Author strings split at commas, semicolons, & and "and", keeping suffixes and "By"-less."""
    assert split_authors(value) == expected


def test_empty_gold_authors_are_scored_as_no_author() -> None:
    """Gold "" means no author: predicting none is right, predicting one is wrong."""
    assert authors_exact([], split_authors(""))
    assert authors_overlap([], split_authors(""))
    assert not authors_exact(["Staff"], split_authors(""))
    assert not authors_overlap(["Staff"], split_authors(""))


def test_authors_exact_and_overlap_differ_on_a_partial_list() -> None:
    """One of two authors found is an overlap but not an exact match."""
    gold = split_authors("Javier Espinoza, Patricia Nilsson")
    assert not authors_exact(["Javier Espinoza"], gold)
    assert authors_overlap(["Javier Espinoza"], gold)
    assert authors_exact(["PATRICIA NILSSON", "Javier Espinoza"], gold)
    assert not authors_overlap([], gold)


# --- dates -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value, day",
    [
        ("2023-12-17", "2023-12-17"),
        ("2023-12-17T17:34:25+00:00", "2023-12-17"),
        (dt.datetime(2023, 12, 17, 23, 59, tzinfo=dt.timezone.utc), "2023-12-17"),
        (dt.date(2023, 12, 17), "2023-12-17"),
        ("2023-02-30", None),
        ("17.12.2023", None),
        ("", None),
        (None, None),
    ],
)
def test_normalize_date(value: str | dt.date | None, day: str | None) -> None:
    """A date value gives the YYYY-MM-DD day it states as written, or None."""
    assert normalize_date(value) == day


def test_date_matches_by_day() -> None:
    """A datetime on the gold day matches; another day or no date does not."""
    assert date_matches("2023-12-20T15:06:36+00:00", "2023-12-20")
    assert not date_matches("2023-12-21", "2023-12-20")
    assert not date_matches(None, "2023-12-20")


# --- sites -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "outlet, site, link",
    [
        ("ABC News", "http://abcnews.go.com", None),
        ("The New York Times", "http://nytimes.com", None),
        ("Los Angeles Times", "http://www.latimes.com", None),
        ("Sky News", "http://news.sky.com", None),
        ("Science", "http://sciencemag.org", None),
        ("Yahoo News", "http://yahoo.com", None),
        ("Daily Mail", "http://www.dailymail.co.uk/home/index.html", None),
        ("Times of India", "http://timesofindia.indiatimes.com", None),
        ("The Guardian", "http://www.guardiannews.com", "https://www.theguardian.com/x"),
        ("apnews.com", "http://apnews.com", None),
        ("Ars Technica", "Ars Technica", None),
        ("The Harvard Crimson", "http://thecrimson.com", None),
        ("GamesRadar+", "https://www.gamesradar.com", None),
        ("Entertainment Weekly", "http://www.ew.com", None),
        ("The Heritage Foundation", "http://heritage.org", None),
        ("Egotastic - Sexy Celebrity Gossip and Entertainment News", "http://egotastic.com", None),
        ("news.com.au — Australia’s leading news site", "http://www.news.com.au", None),
        ("Sci.News: Breaking Science News", "http://www.sci-news.com", None),
    ],
)
def test_site_matches_outlet_names_to_hosts(outlet: str, site: str, link: str | None) -> None:
    """An outlet's name matches the host it spells, whole words or initials."""
    assert site_matches(outlet, site, link)


@pytest.mark.parametrize(
    "outlet, site",
    [
        ("Fox News", "http://cnn.com"),
        ("Story federal agency quashes", "http://abcnews.go.com"),
        ("The Associated Press", "http://abcnews.go.com"),
        (None, "http://cnn.com"),
        ("", "http://cnn.com"),
        ("cnn.com", "http://foxnews.com"),
        ("New York Times", "http://www.latimes.com"),
        ("Sky News", "http://www.foxnews.com"),
        ("Yahoo Sports", "http://www.sports.com"),
    ],
)
def test_site_rejects_other_outlets(outlet: str | None, site: str) -> None:
    """Another outlet, a sentence or nothing does not name the site."""
    assert not site_matches(outlet, site)


# --- scoring and aggregating -----------------------------------------------------------------


def test_score_metadata_from_a_stoltlib_metadata() -> None:
    """stoltlib's Metadata is scored by its title text, author texts, date value and outlet."""
    metadata = Metadata(
        title=Found(GOLD["title"] + " - Ars Technica", source="html-meta"),
        authors=(Found("Javier Espinoza"), Found("Patricia Nilsson")),
        published=PublishedDate("2023-12-20", source="html-meta"),
        outlet="Ars Technica",
    )
    assert score_metadata(metadata, GOLD) == MetadataScore(
        title=False,
        title_no_suffix=True,
        authors_exact=True,
        authors_overlap=True,
        date=True,
        site=True,
    )


def test_score_metadata_from_an_analysis_falls_back_on_what_the_document_states() -> None:
    """An analysis's empty metadata fields are completed from its document and its DCT."""
    document = Document(id="x", text="…", title=GOLD["title"], outlet="Ars Technica")
    analysis = Analysis(document=document, published="2023-12-20")
    prediction = prediction_from(analysis)
    assert prediction == MetadataPrediction(
        title=GOLD["title"], date="2023-12-20", outlet="Ars Technica"
    )
    score = score_metadata(analysis, GOLD)
    assert score.title and score.date and score.site and not score.authors_overlap


def test_score_metadata_from_a_peer_style_mapping() -> None:
    """A mapping with author, date and sitename keys (as peers give them) is understood."""
    predicted = {
        "title": GOLD["title"],
        "author": "Javier Espinoza; Patricia Nilsson; Financial Times",
        "date": "2023-12-20",
        "sitename": "Ars Technica",
    }
    score = score_metadata(predicted, GOLD)
    assert score.title and score.date and score.site
    assert score.authors_overlap and not score.authors_exact


def test_unannotated_gold_fields_are_not_scored() -> None:
    """A gold entry without title, date, site or authors leaves those fields unscored."""
    score = score_metadata({"title": "Anything"}, {"title": "", "authors": None})
    assert score == MetadataScore()
    assert summarize([score]).title == FieldAccuracy(0, 0)


@given(gold_entries)
def test_a_gold_entry_scores_perfectly_against_itself(gold: dict[str, str]) -> None:
    """Scoring a gold entry as a prediction of itself is right on every field."""
    prediction = {**gold, "outlet": gold["site"]}
    assert all(score_metadata(prediction, gold).as_dict().values())


@given(gold_entries)
def test_an_empty_prediction_is_right_only_on_no_author(gold: dict[str, str]) -> None:
    """Predicting nothing misses title, date and site, and the authors unless there are none."""
    score = score_metadata({}, gold)
    assert not (score.title or score.title_no_suffix or score.date or score.site)
    no_author = split_authors(gold["authors"]) == ()
    assert score.authors_exact is no_author and score.authors_overlap is no_author


@given(st.lists(st.builds(MetadataScore, **dict.fromkeys(FIELDS, st.none() | st.booleans()))))
def test_summarize_counts_only_scored_documents(scores: list[MetadataScore]) -> None:
    """Per field, total counts the scored documents and correct the right ones."""
    summary = summarize(scores)
    assert summary.documents == len(scores)
    for name in FIELDS:
        outcomes = [getattr(score, name) for score in scores if getattr(score, name) is not None]
        counts = summary.field(name)
        assert (counts.correct, counts.total) == (sum(outcomes), len(outcomes))
        assert 0.0 <= counts.accuracy <= 1.0


def test_summary_as_dict_is_json_ready() -> None:
    """as_dict gives documents and accuracy, correct and total per field."""
    summary = summarize([MetadataScore(title=True, date=False), MetadataScore(title=False)])
    result = summary.as_dict()
    assert result["documents"] == 2
    assert result["title"] == {"accuracy": 0.5, "correct": 1, "total": 2}
    assert result["date"] == {"accuracy": 0.0, "correct": 0, "total": 1}
    assert list(result)[1:] == list(FIELDS)


def test_summary_field_rejects_unknown_names() -> None:
    """Asking for a field that is not scored is an error, not a silent zero."""
    with pytest.raises(KeyError, match="unknown metadata field"):
        summarize([]).field("language")
