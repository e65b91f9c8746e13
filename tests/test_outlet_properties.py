"""Properties of the outlet plugin: furniture and paragraph order do not change provenance."""

from __future__ import annotations

import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st
from stoltlib_outlet.bylines import (
    _NOTE_WORDS,
    _has_note_word,
    _role_line,
    may_glue,
    may_have_tail,
    may_note_author,
)
from stoltlib_outlet.credits import _FOOTER_HINTS, _cue_offsets, _found, credit_markers
from stoltlib_outlet.extract import _running_text
from stoltlib_outlet.language import (
    _ASCII_PUNCTUATION,
    _PUNCTUATION,
    MIN_SHARE,
    MIN_WORDS,
    guess_language,
)
from stoltlib_outlet.layout import is_consent_notice, more_words_than, same_folded_start
from stoltlib_outlet.lexicons import (
    _FOLD_DROP,
    LEXICON_NAMES,
    _build,
    _data,
    first_folded_word,
    fold,
)
from stoltlib_outlet.patterns import (
    AUTHOR_NOTE,
    BYLINE_TAIL,
    CONSENT_NOTICE,
    CREDIT_MARKER,
    DATE,
    DATE_LABEL,
    GLUED_LABEL,
    MONTHS,
    PUBLICATION_NOTE,
    PUBLISHED_WORD,
    ROLE_LINE,
)
from stoltlib_outlet.story import has_published_word, match_date_label
from stoltlib_outlet.title import _one_word

from stoltlib import Analysis, Document
from stoltlib.pipeline import Pipeline
from stoltlib.text import lines, logical_lines, word_count, words

from .conftest import SEED_FILES

SEED_TEXTS = [path.read_text(encoding="utf-8") for path in SEED_FILES]

#: Paragraphs with no title, byline, date, credit, dateline or agency in them.
UNRELATED = [
    "The committee met in the afternoon and went through the proposals one by one before "
    "agreeing to publish a summary of its discussion for members who could not attend.",
    "Residents of the valley have long complained that the road is too narrow for the buses "
    "that use it, and the council has promised to look at widening it in the coming years.",
    "Engineers say the bridge was built to carry far lighter traffic than it does today, and "
    "that regular inspections are the best way to keep it safe until a new one is built.",
    "Several speakers argued that the rules should be simpler, while others said that the "
    "current arrangements had served the community well and should be kept as they are.",
]


def provenance(analysis: Analysis) -> tuple[object, ...]:
    """The metadata values a reader cares about, without their offsets."""
    metadata = analysis.metadata
    return (
        metadata.title.text if metadata.title else None,
        metadata.outlet,
        tuple(author.text for author in metadata.authors),
        metadata.published.value if metadata.published else None,
        (metadata.dateline.place, metadata.dateline.agency) if metadata.dateline else None,
        metadata.agencies,
        metadata.language,
    )


@settings(max_examples=40)
@given(seed=st.sampled_from(range(len(SEED_TEXTS))), data=st.data())
def test_a_share_widget_anywhere_after_the_title_changes_no_provenance(
    pipeline: Pipeline, seed: int, data: st.DataObject
) -> None:
    """A share-widget line inserted after any line below the title leaves title/outlet/date."""
    text = SEED_TEXTS[seed]
    boundaries = [line.end for line in lines(text)][:-1]  # after a line, before its break
    at = data.draw(st.sampled_from(boundaries), label="insert after offset")
    edited = f"{text[:at]}\nShare this article{text[at:]}"
    before = pipeline.analyze(Document(id="a", text=text))
    after = pipeline.analyze(Document(id="a", text=edited))
    assert provenance(after)[:2] == provenance(before)[:2]  # title, outlet
    assert provenance(after)[3] == provenance(before)[3]  # publication date


@settings(max_examples=30)
@given(order=st.permutations(UNRELATED))
def test_metadata_does_not_depend_on_the_order_of_later_paragraphs(
    pipeline: Pipeline, order: list[str]
) -> None:
    """Shuffling unrelated paragraphs after the first one changes no metadata value."""
    head = (
        "Council approves new bridge after long debate - Valley Courier\n\n"
        "By Jane Doe and John Roe\nPublished: March 12, 2023\n\n"
        "RIVERTON (Reuters) - The town council approved plans for a new bridge on Monday after "
        "a debate that lasted most of the evening and drew a large crowd of residents.\n\n"
    )
    reference = pipeline.analyze(Document(id="r", text=head + "\n\n".join(UNRELATED)))
    shuffled = pipeline.analyze(Document(id="s", text=head + "\n\n".join(order)))
    assert provenance(shuffled) == provenance(reference)
    assert provenance(reference) == (
        "Council approves new bridge after long debate",
        "Valley Courier",
        ("Jane Doe", "John Roe"),
        "2023-03-12",
        ("RIVERTON", "Reuters"),
        ("Reuters",),
        "en",
    )


# The agency spellings of a small lexicon, and pieces of text that put them inside words, next
# to digits and punctuation, and run them together ("PAP AP", "Associated PressX").
_AGENCY_SPELLINGS = ["AP", "AFP", "PAP", "Associated Press", "Press TV", "Reuters", "DW"]
_AGENCY_PIECES = st.lists(
    st.sampled_from([*_AGENCY_SPELLINGS, " ", "TV", "X", "a", "9", "(", ")", "-", "_", "é", "\n"]),
    max_size=30,
).map("".join)


@given(_AGENCY_PIECES)
@example("XAssociated Press TV")  # a mention starting inside a passed-over match
def test_agency_mentions_are_the_whole_word_matches(text: str) -> None:
    """Agency mentions are exactly what a whole-word pattern (a lookbehind and a lookahead
    for letters and digits around the longest spelling) finds: the faster search that tests a
    mention's start after matching loses and adds nothing."""
    lexicons = _build((), tuple(_AGENCY_SPELLINGS), (), ())
    names = sorted(_AGENCY_SPELLINGS, key=len, reverse=True)
    whole_word = regex.compile(
        r"(?<![\p{L}\p{N}])(?:" + "|".join(map(regex.escape, names)) + r")(?![\p{L}\p{N}])"
    )
    expected = [match.span() for match in whole_word.finditer(text)]
    assert [match.span() for match in lexicons.agency_mentions(text)] == expected


_CREDIT_PIECES = st.lists(
    st.sampled_from(
        [
            *("©", "(c)", "(C) ", "(AP Photo/", "Photo: ", "PHOTO by ", "Images ", "Copyright "),
            *("credit", "Reuters/", "İ", "image", "Picture", " ", "\n", "A", "x", ":", "/"),
            *("(", "PHOTO", "REUTERS", " / ", "Pictures", "&", "."),
        ]
    ),
    max_size=25,
).map("".join)


@given(_CREDIT_PIECES)
@example("(" + "A" * 29 + " Photo/Jane Doe")  # a wire credit's cue as far as it may stand
@settings(max_examples=300)
def test_credit_markers_are_the_patterns_matches(text: str) -> None:
    """Trying the credit marker only where its cues stand finds exactly the matches of a scan
    of the whole text."""
    expected = [match.span() for match in CREDIT_MARKER.finditer(text)]
    assert [match.span() for match in credit_markers(text)] == expected


@given(
    st.lists(
        st.sampled_from(
            [
                "©",
                "(c)",
                "(C)",
                "Copyright",
                "COPYRIGHT",
                "copyright",
                "cOpyright",
                "All Rights",
                " Reserved",
                " reserved",
                " RESERVED",
                "images",
                "Pictures",
                "Reuters",
                "İ",
                " ",
            ]
        ),
        max_size=12,
    ).map("".join)
)
def test_cues_searched_once_are_those_each_search_finds(text: str) -> None:
    """The offsets of the cues searched once for credits and footers are those a search for
    each cue (the footer's hints in their own spellings) finds."""
    _cue_offsets.cache_clear()
    found = _cue_offsets(text)
    if found is None:
        assert len(text.lower()) != len(text)
        return
    lowered, offsets = found
    for cue, at in offsets.items():
        assert at == sorted(_found(lowered, (cue,)))
    spelled = {
        at for hint in _FOOTER_HINTS for at in offsets[hint.lower()] if text.startswith(hint, at)
    }
    assert spelled == set(_found(text, _FOOTER_HINTS))


@given(
    st.lists(
        st.sampled_from(
            [
                "Senior",
                "staff",
                "Reporter",
                "reporters",
                "EDITOR",
                "editorial",
                "Writer",
                "@jane",
                "_doe",
                ".",
                " ",
                " ",
                "|",
                "-",
                "\n",
                "Jane",
                "9",
                "İ",
                "columnist",
                "Critics",
            ]
        ),
        max_size=8,
    ).map("".join)
)
@example("Senior Reporter")
@example("Contributing writers |")
def test_the_cheap_job_title_test_agrees_with_the_pattern(text: str) -> None:
    """A line settled on its end as no job title is one the job-title pattern rejects too."""
    assert _role_line(text) == (ROLE_LINE.match(text) is not None)


@given(
    st.text(
        st.sampled_from(
            ["a", "Z", "é", "7", "\u0301", "'", "-", ".", "|", "·", " ", "\t", "\u00a0"]
        ),
        min_size=1,
        max_size=10,
    ).filter(str.strip)
)
@example("Politics .")
@example("\u0301a b")
def test_the_one_word_test_agrees_with_the_word_search(line: str) -> None:
    """The one-word test of a first line agrees with its token count and word search."""
    assert _one_word(line) == (len(line.split()) == 1 or len(words(line)) == 1)


@given(
    st.text(st.sampled_from(["a", "7", ".", " ", "\t", "\n", "\u00a0", "\u2003"]), max_size=30),
    st.integers(min_value=0, max_value=8),
)
@example(" a b ", 1)
@example("a\u00a0b", 1)
def test_the_bounded_word_count_agrees_with_the_count(text: str, count: int) -> None:
    """Splitting at most ``count`` times tells whether a text has more words than the count."""
    assert more_words_than(text, count) == (word_count(text) > count)


#: Pieces of author's notes: names, the words of the note patterns' branches in several cases,
#: and letters whose case-blind match lower case does not spell ("ſ", "İ").
_NOTE_PIECES = [
    "Jane", "Doe", "O'Neil", "is", "IS", "Is", "a", "the", "staff", "writer", "Writer",
    "writers", "reporter", "editor", "critic", "reviewer", "columnist", "can", "CAN", "be",
    "reached", "at", "writes", "Writes", "about", "by", "BY", "ſ", "İ", " ", "  ", "\t", ".",
]  # fmt: skip


def _lines_of(pieces: list[str], *lines: str) -> st.SearchStrategy[str]:
    """Lines of up to eight ``pieces`` run together, and the given ``lines``."""
    return st.one_of(
        st.sampled_from(lines), st.lists(st.sampled_from(pieces), max_size=8).map("".join)
    )


_NOTE_LINES = _lines_of(
    _NOTE_PIECES, "Jane Doe is a staff writer.", "Jane Doe can be reached at", "x \u0130s y"
)


@given(_NOTE_LINES)
def test_the_note_pre_tests_pass_every_line_the_patterns_match(text: str) -> None:
    """The author's note pre-tests say no only to lines their patterns do not match."""
    assert _has_note_word(text) == (_NOTE_WORDS.search(text) is not None)
    assert may_note_author(text) or not AUTHOR_NOTE.search(text), text


#: Pieces of header lines: DATE_LABEL's labels and PUBLICATION_NOTE's words in several cases,
#: marks before them, and letters whose case-blind match lower case does not spell ("ſ", "İ").
_LABEL_PIECES = [
    "Published", "PUBLISHED", "first published", "Posted", "date", "Dated", "Released",
    "issued", "Last updated", "UPDATED", "Modified", "edited", "Revised", "on", "at", ":", "-",
    "|", "—", "(", "[", "* ", "_", " ", "\t", "Dec 22", "2023", "By", "x", "ſ", "İ",
    "This article was ", "THIS STORY ", "Originally ", "originally published", "appeared",
]  # fmt: skip


_LABEL_LINES = _lines_of(
    _LABEL_PIECES, "((_Posted", "---Updated: Dec 22", "----Updated", "---Originally posted"
)


@given(_LABEL_LINES)
def test_the_date_label_pre_test_agrees_with_the_pattern(line: str) -> None:
    """The date label's first-letter tests give the patterns' match, or none where none is."""
    found = match_date_label(line)
    expected = DATE_LABEL.match(line) or PUBLICATION_NOTE.match(line)
    assert (found and found.span()) == (expected and expected.span())


@given(
    st.text(
        st.sampled_from(["a", "A", "b", "7", "ß", "É", "é", " ", "\u00a0", "\x1f", "'", "’"]),
        max_size=8,
    ),
    st.text(
        st.sampled_from(["a", "A", "b", "7", "ß", "É", "é", " ", "\u00a0", "\x1f", "'", "’"]),
        max_size=8,
    ),
)
@example("A" * 200, "a" * 200)
@example(" " * 130 + "a", " " * 125 + "b")
def test_two_lines_start_alike_as_their_folded_starts_say(one: str, other: str) -> None:
    """The first-letter test of two lines' starts agrees with their folded starts."""
    folded = fold(one[:120])[:60] == fold(other[:120])[:60]
    assert same_folded_start(one, other) == folded


#: Pieces of consent notices: their words in several cases, and letters whose case-blind match
#: lower case does not spell ("ſ", "İ").
_CONSENT_WORDS = [
    "We use", "cookies", "COOKIE", "Consent", "privacy", "policy", "Privacy  Settings", "ſ",
    "İ", " ", "the", "notice",
]  # fmt: skip


@given(st.lists(st.sampled_from(_CONSENT_WORDS), max_size=6).map(" ".join))
def test_the_consent_pre_test_agrees_with_the_pattern(text: str) -> None:
    """The consent notice test agrees with its pattern's search."""
    assert is_consent_notice(text) == (CONSENT_NOTICE.search(text) is not None)


@given(
    st.lists(
        st.sampled_from(["Published", "POSTED", "posted", "publish", "ed", "ſ", "İ", " ", "on"]),
        max_size=5,
    ).map("".join)
)
def test_the_published_word_test_agrees_with_the_pattern(line: str) -> None:
    """The publication word test agrees with its pattern's search."""
    assert has_published_word(line) == (PUBLISHED_WORD.search(line) is not None)


#: Pieces of byline lines: names, the words and marks the byline patterns' branches need, in
#: several cases, and letters whose case-blind match lower case does not spell ("ſ", "İ").
_BYLINE_PIECES = [
    "Jane", "Doe", "McGregor", "Ryan-Mosley", "and", "for", "FOR", "In", "at", "of", "on", "On",
    "Published", "published", "UPDATED", "Posted:", "Dec", "December", "22", "2023", "8:41",
    "archive page", "Long Read", "view profile", "More articles", "see all", "Staff Writer",
    "reporter", "Correspondent", "editors", "Senior", "Reuters", " ", "  ", ",", ", ", "|",
    "-", "–", "·", "ſ", "İ", "\t",
]  # fmt: skip


@settings(max_examples=400)
@given(st.lists(st.sampled_from(_BYLINE_PIECES), max_size=9).map("".join))
@example("Jane Doe, Brussels correspondent")
@example("By Emma BatyPublished: Dec 22")
@example("Tate Ryan-Mosleyarchive page")
@example("Jane DoeLong Read")
@example("Jane Doeview profile")
@example("Jane DoeMore articles")
@example("Jane Doesee all")
@example("Jane McGregorStaff Writer")
@example("Jane Doe on")
@example("Jane Doe,for Reuters")
def test_the_byline_pre_tests_pass_every_line_the_patterns_match(names: str) -> None:
    """The byline pre-tests refuse only lines where their patterns find nothing."""
    if GLUED_LABEL.search(names) is not None:
        assert may_glue(names), names
    if BYLINE_TAIL.search(names) is not None:
        assert may_have_tail(names), names


# Header lines with a long run of white space where a byline's parts stand apart: the byline
# patterns read each such line, and unbounded runs of white space in them were cubic (a run of
# 4,000 spaces between a first name and a surname took a minute).
_RUN = " " * 20_000
_SPACED_HEADERS = [
    f"Jane{_RUN}Doe\n\nDecember 21, 2023",
    f"By Jane{_RUN}Doe",
    f"By Jane Doe{_RUN}December 21, 2023",
    f"Jane Doe{_RUN}and John Roe\n\nDecember 21, 2023",
    f"Jane Doe,{_RUN}Brussels correspondent\n\n21 December 2023",
    f"21 December 2023{_RUN}· Jane Doe",
    "Jane" + "\t" * 20_000 + "Doe\n\nDecember 21, 2023",
    f"Updated Dec. 22, 2023{_RUN}Published Dec. 21, 2023",
]


# The same runs in the first line, where the title is read (its separators were quadratic).
_SPACED_TITLES = [
    f"December 21, 2023{_RUN}Doe",
    "AP " + "\t" * 20_000 + " Writer on",
    f"Flood victims wait{_RUN}| Valley Courier",
    f"Flood victims wait{_RUN}[Watch]",
]


def test_long_runs_of_white_space_in_header_lines(pipeline: Pipeline) -> None:
    """Each header completes (the runs are bounded in every byline and title pattern) with no
    error, and a name broken by thousands of spaces is no author."""
    headers = [f"Flood victims wait for answers\n\n{header}" for header in _SPACED_HEADERS]
    for header in [*headers, *_SPACED_TITLES]:
        text = f"{header}\n\n{SEED_TEXTS[0][:2000]}"
        analysis = pipeline.analyze(Document(id="spaced", text=text))
        assert not analysis.errors
        assert all(len(author.text) < 100 for author in analysis.metadata.authors)


@given(st.text(st.characters(max_codepoint=127), max_size=40))
@example("--Share--this--")  # a run at the start, inside, at the end (one class, then a star)
@example("a")
@example("!")
@example("A-b c\t\n.")
def test_folding_ascii_text_takes_the_fast_path_to_the_same_result(text: str) -> None:
    """fold's ASCII path (the standard library's engine) folds as the general pattern does."""
    fold.cache_clear()
    assert fold(text) == _FOLD_DROP.sub(" ", text.casefold()).strip()


@given(st.text(st.characters(max_codepoint=0x24F), max_size=40))
@example("  Share this")
@example("--")
@example("#1 Most read")
@example("ab\x1f")
@example("\x1f ab")
def test_first_folded_word_is_the_first_word_of_the_folded_text(text: str) -> None:
    """The cheap first word the boilerplate test settles most lines on is fold's first word."""
    fold.cache_clear()
    first = first_folded_word(text)
    folded = fold(text)
    if first is not None:
        assert first == folded.split(" ")[0]
    if text.isascii() and folded and not any("\x1c" <= char <= "\x1f" for char in text):
        assert first is not None


@given(
    st.lists(st.sampled_from(["Share", "this", "article", "News", "letter", "s", "-", "!", " "]))
)
def test_a_line_failing_the_first_word_test_is_no_boilerplate(parts: list[str]) -> None:
    """The first-word test only settles lines that no boilerplate phrase or prefix matches."""
    lexicons = _build((), (), _SMALL_BOILERPLATE, (), ())
    text = " ".join(parts)
    fold.cache_clear()
    folded = fold(text)
    first = first_folded_word(text)
    matches = folded in lexicons.boilerplate or any(
        folded.startswith(prefix) for prefix in lexicons.boilerplate_prefixes
    )
    if matches and first is not None:
        assert lexicons.may_open_boilerplate(first)


_SMALL_BOILERPLATE = (
    {"phrase": "share this article*", "kind": "share-widget"},
    {"phrase": "share", "kind": "share-widget"},
    {"phrase": "newsletter*", "kind": "newsletter"},
    {"phrase": "- news", "kind": "navigation"},
)


_WEEKDAYS = ["Monday", "Tue", "Tues", "Wednesday", "Thu", "Thurs", "Friday", "Sat", "Sunday"]


@given(
    st.sampled_from(sorted(MONTHS)),
    st.sampled_from(["", *_WEEKDAYS]),
    st.sampled_from([str.lower, str.upper, str.title]),
)
def test_every_month_and_weekday_opens_a_date(month: str, weekday: str, case: object) -> None:
    """The date pattern's first-letters test lets every month and weekday spelling through."""
    assert callable(case)
    head = f"{weekday}, " if weekday else ""
    text = case(f"{head}{month} 3, 2023")
    match = DATE.search(text)
    assert match is not None and match.start() == 0, text


@given(st.text(st.characters(max_codepoint=0x7F), max_size=12))
def test_an_ascii_token_strips_of_the_ascii_punctuation_as_of_all(token: str) -> None:
    """The language guess strips ASCII tokens of the ASCII punctuation only: the same result."""
    assert token.strip(_ASCII_PUNCTUATION) == token.strip(_PUNCTUATION)


def _reference_guess(text: str, stopwords: dict[str, frozenset[str]]) -> str | None:
    """The language guess as its rule reads: every token stripped of the punctuation around
    it, counted when something is left, and looked up in each language's function words."""
    words = [token.strip(_PUNCTUATION) for token in text.casefold().split()]
    words = [word for word in words if word]
    if len(words) < MIN_WORDS:
        return None
    shares = {
        language: sum(word in vocabulary for word in words) / len(words)
        for language, vocabulary in stopwords.items()
    }
    best = max(sorted(shares), key=shares.__getitem__)
    return best if shares[best] >= MIN_SHARE else None


#: Function words with and without punctuation at an end or inside, as a lexicon may give them.
_GUESS_STOPWORDS = {
    "en": frozenset({"the", "of", "and", "don't", "'s"}),
    "fr": frozenset({"le", "et", "l'", "aujourd'hui", "the"}),
    "de": frozenset({"der", "und", "ſo"}),
}


#: Tokens for the language guess: function words bare, in punctuation, in capitals, with
#: inner punctuation; punctuation alone; other words, some not ASCII.
_GUESS_TOKENS = [
    "the", "The", "THE", "(the", "the,", "«the»", '"the"', "don't", "l'", "l'homme",
    "aujourd'hui", "le", "le.", "et", "der", "und", "SO", "ſo", "--", "…", "¡", "news",
    "said,", "1,655.8", "u.s.", "Straße", "İstanbul", "'s", "of…",
]  # fmt: skip


@settings(max_examples=300)
@given(
    st.lists(
        st.sampled_from(_GUESS_TOKENS),
        max_size=40,
    ).map(" ".join)
)
@example(" ".join(["«le»"] * 4 + ["news"] * 10))  # guillemets, stripped only by the full set
@example(" ".join(["--"] * 60 + ["the"] * 4 + ["news"] * 10))  # dashes are no words
def test_the_language_guess_counts_as_its_rule_reads(text: str) -> None:
    """The language guess is the plain rule's: each token stripped, then looked up."""
    assert guess_language(text, _GUESS_STOPWORDS) == _reference_guess(text, _GUESS_STOPWORDS)


_WORDS = ["the", "and", "of", "der", "und", "le", "et", "news", "said", "Berlin", "Paris", "vote"]


@given(
    st.lists(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=40), min_size=1, max_size=6),
    st.sampled_from(["\r\r", "\r\n\r\n", "\u2029\u2029", "\u2028\u2028", "\n \n"]),
)
def test_the_language_guess_reads_paragraphs_by_any_line_break(
    paragraphs: list[list[str]], breaks: str
) -> None:
    """The language is guessed from the same paragraphs whichever line breaks part them: they
    are read off the text's lines, which know every convention (a search for blank lines of
    "\\n" alone, before, made one paragraph of a text parted by "\\r\\r")."""
    lexicons = _build(*(tuple(_data(name)) for name in LEXICON_NAMES))
    texts = [blank.join(" ".join(words) for words in paragraphs) for blank in ("\n\n", breaks)]
    guesses = [
        guess_language(_running_text(text, logical_lines(text)), lexicons.stopwords)
        for text in texts
    ]
    assert guesses[0] == guesses[1]
