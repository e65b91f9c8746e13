"""The title, and the site name a page title often carries after it ("Headline - Site")."""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from stoltlib import Found
from stoltlib.quoting import ABBREVIATIONS
from stoltlib.text import (
    SENTENCE_END,
    Line,
    split_spans,
    squash,
    strip_span,
    word_count,
    words,
)
from stoltlib_outlet.credits import DATELINE_PROSE_WORDS
from stoltlib_outlet.layout import TextLineCounts, continues, is_prose, more_words_than
from stoltlib_outlet.lexicons import Lexicons, fold
from stoltlib_outlet.patterns import (
    BY_SEGMENT,
    DATELINE,
    DOMAIN,
    MEDIA_LABEL,
    PIPE_SEPARATOR,
    TITLE_SEPARATOR,
)

__all__ = ["TitleFinding", "find_title", "split_title"]

#: A first line longer than this is a paragraph, not a title.
MAX_TITLE_WORDS = 40
#: A title has at least this many words; shorter first lines are labels or menu items.
MIN_TITLE_WORDS = 3
#: How many short lines at the top are passed over looking for the title.
MAX_LABEL_LINES = 5
#: How alike a shown headline and the page title must be (Dice coefficient of content words).
HEADLINE_SIMILARITY = 0.3
#: A headline stands right above its byline: fewer than this many lines of text between them
#: (a standfirst, a date, a section label).
BYLINE_DISTANCE = 3
#: The lines of text above a byline or timestamp where the story's own headline is looked for
#: first, before the rest of the page (where the title also stands in widgets and captions).
HEADER_BLOCK_LINES = 8
#: Content words a shown headline must share with the page title.
MIN_SHARED_WORDS = 3
#: A line is in headline capitals when this share of its words longer than
#: TITLE_CASE_MIN_LETTERS letters start with a capital.
TITLE_CASE_SHARE = 0.75
TITLE_CASE_MIN_LETTERS = 3
#: The full stop an archive puts after a title: after a word of two letters or more that is
#: not an abbreviation ("Iowa." but "U.S.", "Jr." and "Inc." keep theirs), or after the
#: headline's own ellipsis ("Would Run IF…." is "Would Run IF…").
ARCHIVE_FULL_STOP = regex.compile(
    r"(?<![\s.]\p{L}{0,1})(?<!\b(?:Jr|Sr|Inc|Ltd|Co|Corp|St|Dr|Mr|Mrs|Ms))(?<=[\p{L}\p{N}'’”\)…])\.$"
)
#: A full stop between two sentences of a headline (but after an abbreviation: "St. Paul",
#: "Roe v. Wade", "Rep. Welch"; see :func:`_two_sentences`).
SENTENCE_BREAK = regex.compile(r"(?P<word>\p{L}{0,11}\p{Ll})(?P<mark>[.!?])\s+\p{Lu}")
#: A first line ending in a full stop this short is a title over a story's sentence
#: ("Hillary Clinton's backseat driver." over its lead); a story opens with a longer one.
MAX_SHORT_TITLE_WORDS = 12
#: How many decks an archive's headline ending in a full stop may have over the story's lead.
MAX_DECK_LINES = 2
#: A story's first sentence under a title has at least this many words, and ends like a
#: sentence or opens a list ("Your daily look at ...:").
MIN_LEAD_WORDS = 8
LEAD_END = SENTENCE_END + ":"
#: A label in capitals between a title and its story ("ABSTRACT.") has at most this many words.
MAX_LABEL_WORDS = 3
#: A site name after a separator has at most this many words.
MAX_SITE_WORDS = 5


@attrs.frozen
class TitleFinding:
    """The title found, the site name it carried (if any), and how sure the split is."""

    title: Found
    site: str | None = None
    site_known: bool = False
    author: tuple[int, int] | None = None
    #: The line showing the headline above the story, when one repeats or rewords the title.
    headline_line: int | None = None


def _looks_like_site(suffix: str) -> bool:
    if DOMAIN.fullmatch(suffix):
        return True  # "SBNation.com"
    if suffix.rstrip()[-1:] in SENTENCE_END:
        return False  # "... Platform — Yet.": the end of the headline's sentence
    names = words(suffix)
    return 0 < len(names) <= MAX_SITE_WORDS and all(
        name[:1].isupper() or name[:1].isdigit() for name in names
    )


def split_title(
    text: str,
    start: int,
    end: int,
    lexicons: Lexicons,
    later: Sequence[str],
    sitename: str | None = None,
) -> TitleFinding:
    """Split a page title ``text[start:end]`` into headline, site name and byline.

    "Headline | Section | Site": pipes (and dots, guillemets) separate segments; the headline is
    the longest, the last is the site, a segment starting with "by" names the author. Then a
    dash ("Headline - Site") splits off a site name when the name is known (the outlet lexicon,
    or the page's own ``sitename``), the headline stands again without it among the ``later``
    lines, or it looks like a name (a few capitalised words); a colon only when known or
    repeated, since it mostly opens a subtitle ("Trump: The Return"). A media label in brackets
    at the end of the headline ("[Watch]", "(VIDEO)") labels the page, and is left out.
    """
    found = _split_title(text, start, end, lexicons, later, sitename)
    head = found.title
    if head.start is None or head.end is None:
        return found
    label = MEDIA_LABEL.search(text, head.start, head.end)
    if label is None or label.start() <= head.start:
        return found
    return attrs.evolve(found, title=Found.of(text, head.start, label.start(), head.source))


def _split_title(
    text: str,
    start: int,
    end: int,
    lexicons: Lexicons,
    later: Sequence[str],
    sitename: str | None,
) -> TitleFinding:
    segments = split_spans(text, start, end, PIPE_SEPARATOR)
    site: str | None = None
    known_site = False
    author: tuple[int, int] | None = None
    if len(segments) > 1:
        head = max(segments, key=lambda seg: (word_count(text[seg[0] : seg[1]]), -seg[0]))
        last = segments[-1]
        for seg in segments:
            if BY_SEGMENT.match(text, seg[0], seg[1]) and seg is not head:
                author = (BY_SEGMENT.match(text, seg[0], seg[1]).end(), seg[1])  # type: ignore[union-attr]
        if last is not head and word_count(text[last[0] : last[1]]) <= MAX_SITE_WORDS:
            site = squash(text[last[0] : last[1]])
            known_site = _known(site, lexicons, sitename)
        start, end = head
    for separator in reversed(list(TITLE_SEPARATOR.finditer(text, start, end))):
        head_end, site_start = separator.start(), separator.end()
        name = squash(text[site_start:end])
        head_text = text[start:head_end]
        known = _known(name, lexicons, sitename)
        repeated = _stands_again(head_text, later)
        # In a title set in capitals every tail looks like a name ("... -- USDA" is a source).
        weak_ok = (
            ":" not in separator.group()
            and site is None
            and not text[start:end].isupper()
            and _looks_like_site(name)
        )
        if len(words(head_text)) >= 2 and (known or repeated or weak_ok):
            entry = lexicons.outlet(name)
            return TitleFinding(
                Found.of(text, start, head_end, "title-line"),
                entry.name if entry else name,
                bool(known or repeated),
                author,
            )
    return TitleFinding(Found.of(text, start, end, "title-line"), site, known_site, author)


def _one_word(line: str) -> bool:
    """Whether a line is one token, or holds one word among marks ("Politics .").

    The word search runs only when the line's first two tokens do not both open with a letter
    or a digit (two such tokens are two words at least): a title's first line seldom needs it.
    """
    tokens = line.split(None, 2)
    if len(tokens) == 1:
        return True
    if tokens and tokens[0][0].isalnum() and tokens[1][0].isalnum():
        return False
    return len(words(line)) == 1


def _stands_again(head: str, later: Sequence[str]) -> bool:
    """Whether ``head`` is one of the ``later`` lines, spelling and spacing aside."""
    target = fold(head)
    size = len(head.strip())
    # Only lines of about the same length can match: most are settled without folding them.
    return any(
        abs(len(line.strip()) - size) <= 3 + size // 5 and fold(line) == target for line in later
    )


def _known(name: str, lexicons: Lexicons, sitename: str | None) -> bool:
    if sitename and fold(name) == fold(sitename):
        return True
    return bool(lexicons.outlet(name) or lexicons.outlet_of_host(name))


def find_title(
    text: str,
    lines: Sequence[Line],
    lexicons: Lexicons,
    skip: set[int],
    sitename: str | None = None,
    story: tuple[int | None, int | None, int | None] = (None, None, None),
    counts: TextLineCounts | None = None,
) -> TitleFinding | None:
    """The title: the first substantial line, its site suffix split off when there is one.

    ``skip`` holds line numbers already known to be boilerplate; ``lines`` is the header zone;
    ``story`` holds the lines of the story's byline, of its first timestamp and of its first
    prose, each if known: a shown headline is looked for above them. ``counts`` are the text's
    line counts, when the caller has them.
    """
    counts = counts or TextLineCounts.of(lines)
    first, decked = _first_title_line(text, lines, skip)
    if first is not None and word_count(first.text) < MIN_TITLE_WORDS and story[0] is not None:
        # A first line of two words over a story with a byline is as often a masthead ("Valley
        # Courier") as a title: the headline over the byline, when there is one, is the title.
        shown = _headline_over_byline(text, lines, skip, story, counts)
        if shown is not None and shown.title.start != first.start:
            return shown
    if first is None or not _may_be_title(text, lines, first, skip, story, decked):
        return _headline_over_byline(text, lines, skip, story, counts)
    start, end = strip_span(text, first.start, first.end)
    later_lines = [line for line in lines if line.number > first.number]
    split = split_title(text, start, end, lexicons, [line.text for line in later_lines], sitename)
    split = _without_archive_full_stop(text, split)
    line = _visible_headline(
        split.title,
        lines,
        later_lines,
        skip,
        lexicons.stopwords.get("en", frozenset()),
        story,
        counts,
    )
    if line is None:
        return split
    start, end = strip_span(text, line.start, line.end)
    if fold(text[start:end]) == fold(split.title.text):
        # The same headline: the title keeps its own span, and the story is known to start
        # under the shown one.
        return attrs.evolve(split, headline_line=line.number)
    # The shown headline may carry a site name too ("Headline | Site" repeated in the page).
    shown = split_title(text, start, end, lexicons, [], sitename)
    return attrs.evolve(
        split, title=attrs.evolve(shown.title, source="headline"), headline_line=line.number
    )


def _first_title_line(text: str, lines: Sequence[Line], skip: set[int]) -> tuple[Line | None, bool]:
    """The first line that may be the title, and whether it is a headline over its deck."""
    # A first line of one token is a label or a menu item ("Politics", "fb-pixel"): the title
    # is the next line standing on its own (a blank line after it), if there is one; a single
    # word is never a title, nor is one with a mark apart from it ("Politics .").
    candidates = [line for line in lines if not line.is_blank and line.number not in skip]
    first = candidates[0] if candidates else None
    if first is not None and _one_word(first.text):
        first = next(
            (
                line
                for line in candidates[1:MAX_LABEL_LINES]
                if _stands_alone(lines, line, skip)
                and len(line.text.split()) > 1
                and not line.text.rstrip().endswith(".")
            ),
            None,
        )
    # News archives set a headline and its deck on two lines, the first ending in ";"
    # ("Jobs report gives Democrats a lift; " / "Solid upturn ... claims."): one title.
    decked = first is not None and first.text.rstrip().endswith(";")
    if decked and first is not None:
        first = _with_deck(text, lines, first)
        decked = first.number > 0 and lines[first.number].start != first.start
    return first, decked


def _may_be_title(
    text: str,
    lines: Sequence[Line],
    first: Line,
    skip: set[int],
    story: tuple[int | None, int | None, int | None],
    decked: bool,
) -> bool:
    """Whether ``first`` reads as a headline: short, apart, not a dateline nor a sentence."""
    if (
        more_words_than(first.text, MAX_TITLE_WORDS)
        or _opens_with_dateline(first.text)
        or continues(lines, first.number)
        or (is_prose(first) and not _title_case(first.text) and not decked)
        # A headline stands apart, a blank line under it; a line running on into the next is
        # a paragraph's first line, however it was wrapped.
        or not _stands_alone(lines, first, skip)
    ):
        return False
    start, end = strip_span(text, first.start, first.end)
    if not ((start < end and text[start].isalnum()) or words(text[start:end])):
        return False
    # Headlines do not end in a full stop; a first line that does is a sentence or a caption,
    # unless the story's first paragraph comes right under it (some archives end every title
    # with a full stop: "Clinton campaign to shift staff to Iowa.").
    return not (
        text[end - 1] == "."
        and not _over_the_lead(lines, first, story[2])
        and not (
            (decked or _title_case(first.text) or word_count(first.text) <= MAX_SHORT_TITLE_WORDS)
            and _over_lead_past_decks(lines, first)
        )
    )


def _without_archive_full_stop(text: str, split: TitleFinding) -> TitleFinding:
    """The title without the full stop some archives end every headline with."""
    head = split.title
    if (
        head.end is not None
        and ARCHIVE_FULL_STOP.search(text, head.start or 0, head.end)
        and not _two_sentences(head.text.rsplit(";", 1)[-1])
    ):
        # The archive's full stop is not the headline's ("... Iowa."; not "U.S.", nor a
        # headline of two sentences: "Government tech is bad. It doesn't have to be."; after a
        # headline and its deck, the deck's: "Not so fast; Rulings tack to the left.").
        cut = Found.of(text, head.start or 0, head.end - 1, head.source)
        return attrs.evolve(split, title=cut)
    return split


def _two_sentences(text: str) -> bool:
    """Whether a headline holds two sentences.

    A full stop, "?" or "!" before a capital parts two sentences, but for the full stop of an
    abbreviation (:data:`stoltlib.quoting.ABBREVIATIONS`: "St. Paul", "Roe v. Wade").
    """
    return any(
        match.group("mark") != "." or match.group("word").casefold() not in ABBREVIATIONS
        for match in SENTENCE_BREAK.finditer(text)
    )


def _headline_over_byline(
    text: str,
    lines: Sequence[Line],
    skip: set[int],
    story: tuple[int | None, int | None, int | None],
    counts: TextLineCounts,
) -> TitleFinding | None:
    """The headline right above the story's byline or timestamp, for a text with no title line.

    A text that opens with a menu ("Home", "News", "World", ...) or a teaser has no page title
    to go by; the headline is then the nearest headline-shaped line above the byline (or the
    first timestamp), a standfirst (a sentence) or a section label between them.
    """
    anchor = next((line for line in story[:2] if line is not None), None)
    if anchor is None:
        return None
    for line in reversed(lines[:anchor]):
        if counts.between(line.number, anchor) > BYLINE_DISTANCE:
            break
        if line.is_blank or line.number in skip or is_prose(line):
            continue
        count = word_count(line.text)
        if (
            count < MIN_TITLE_WORDS
            or count > MAX_TITLE_WORDS
            or line.text.rstrip().endswith(".")  # a standfirst
            or not line.text.lstrip()[:1].isupper()
            or not _stands_alone(lines, line, skip)
        ):
            continue
        start, end = strip_span(text, line.start, line.end)
        return TitleFinding(Found.of(text, start, end, "headline"), headline_line=line.number)
    return None


def _over_the_lead(lines: Sequence[Line], line: Line, lead: int | None) -> bool:
    """Whether the next line of text after ``line`` is the story's first line of prose."""
    following = _next_text_line(lines, line)
    return following is not None and (
        following.number == lead or _opens_with_dateline(following.text)
    )


def _next_text_line(lines: Sequence[Line], line: Line) -> Line | None:
    """The first line of text after ``line``, past a label in capitals ("ABSTRACT.")."""
    for later in lines[line.number + 1 :]:
        if later.is_blank:
            continue
        text = later.text.strip()
        if text.isupper() and word_count(text) <= MAX_LABEL_WORDS:
            continue  # an archive's "ABSTRACT.", "TOP STORIES."
        return later
    return None


def _with_deck(text: str, lines: Sequence[Line], first: Line) -> Line:
    """``first`` joined with the line right under it when that is its deck (see find_title).

    The joined line spans both, its line break turned into a space, and takes the number of
    the deck's line, so that what stands under it is read as under the title.
    """
    following = first.number + 1
    if following >= len(lines) or lines[following].is_blank:
        return first
    deck = lines[following]
    if word_count(first.text) + word_count(deck.text) > MAX_TITLE_WORDS:
        return first
    joined = "".join(" " if char in "\r\n" else char for char in text[first.start : deck.end])
    return Line(first.start, deck.end, joined, deck.number)


def _title_case(text: str) -> bool:
    """Whether a line is set in headline capitals ("Poll: Sanders Takes First-Ever Lead.").

    Most of its longer words (those of more than three letters) start with a capital: a
    sentence capitalises only its first word and its names.
    """
    long_words = [word for word in words(text) if len(word) > TITLE_CASE_MIN_LETTERS]
    if len(long_words) < MIN_TITLE_WORDS:
        return False
    capitalised = sum(word[:1].isupper() for word in long_words)
    return capitalised >= TITLE_CASE_SHARE * len(long_words)


def _over_lead_past_decks(lines: Sequence[Line], line: Line) -> bool:
    """Whether a story's first sentence follows ``line``, past up to two decks of its own.

    Archives close a headline and each of its decks with a full stop, one a line ("Truck attack
    in France kills at least 80." / "Suspected terror on Bastille Day." / "'Carnage on the
    road' in southern city of Nice." / the lead): up to :data:`MAX_DECK_LINES` short lines
    ending in a full stop that are no prose may stand between (see :func:`_is_lead`).
    """
    following = _next_text_line(lines, line)
    for _ in range(MAX_DECK_LINES + 1):
        if following is None:
            return False
        if _is_lead(following):
            return True
        if (
            word_count(following.text) > MAX_SHORT_TITLE_WORDS
            or not following.text.rstrip().endswith(".")
            or is_prose(following)
        ):
            return False  # no deck
        following = _next_text_line(lines, following)
    return False


def _is_lead(line: Line) -> bool:
    """Whether a line is a sentence that may open a story: its first paragraph.

    A lead may be one short sentence ("For the first time, a poll shows ... nationally."),
    shorter than :func:`~stoltlib_outlet.layout.is_prose` asks of running text.
    """
    text = line.text.strip()
    return is_prose(line) or (
        text[:1].isupper() and text[-1:] in LEAD_END and word_count(text) >= MIN_LEAD_WORDS
    )


def _opens_with_dateline(text: str) -> bool:
    """Whether a line opens a story with its dateline ("TOKYO, Feb 27 - The exchange said ...").

    A dateline is followed by the story's prose; "ECONOMIC SPOTLIGHT - BANKAMERICA" is a
    headline with a kicker.
    """
    if "-" not in text and "–" not in text and "—" not in text:
        return False  # every dateline ends with a dash: most lines are settled here
    match = DATELINE.match(text)
    return match is not None and word_count(text[match.end() :]) >= DATELINE_PROSE_WORDS


def _stands_alone(lines: Sequence[Line], line: Line, skip: set[int]) -> bool:
    """Whether a blank line, site furniture or the end of the text comes right under ``line``."""
    following = line.number + 1
    return following >= len(lines) or lines[following].is_blank or following in skip


def _content_words(text: str, stopwords: frozenset[str]) -> set[str]:
    """The folded words of ``text`` that carry its meaning (function words left out)."""
    # Single letters are the pieces of contractions and possessives ("NASA's" folds to "nasa s").
    return {word for word in fold(text).split() if len(word) > 1 and word not in stopwords}


def headline_similarity(a: str, b: str, stopwords: frozenset[str]) -> tuple[float, int]:
    """How alike two headlines are: the Dice coefficient of their content words, and how many.

    ``stopwords`` are the function words left out; the count is of the words they share.

    A page's title and its shown headline are often two wordings of one story ("In a Chaotic
    World, Davos Is Increasingly Irrelevant" over "In a Chaotic and Unequal World, Davos's Brand
    of Do-Gooderism Is Increasingly Irrelevant"): they share content words, in any order.
    """
    return _similarity(_content_words(a, stopwords), _content_words(b, stopwords))


def _similarity(own: set[str], theirs: set[str]) -> tuple[float, int]:
    """:func:`headline_similarity` of two headlines' content words."""
    if not own or not theirs:
        return 0.0, 0
    shared = len(own & theirs)
    return 2 * shared / (len(own) + len(theirs)), shared


def _visible_headline(
    title: Found,
    all_lines: Sequence[Line],
    later_lines: Sequence[Line],
    skip: set[int],
    stopwords: frozenset[str],
    story: tuple[int | None, int | None, int | None],
    counts: TextLineCounts,
) -> Line | None:
    """The line showing the headline above the story, which may differ from the page title.

    A page's title (the first line of text rendered from HTML) is often a search-engine
    variant of the headline shown above the story. The shown one stands before the story's
    prose starts, and of the headline-shaped lines there it is the one sharing most content
    words with the title; a line sharing too little is another story's (a teaser, a menu).
    ``story`` holds the lines of the story's byline, of its first timestamp and of its first
    prose (each may be unknown): a headline right above the byline or the timestamp (a
    standfirst between them) wins over the title's repetitions elsewhere on the page (in a
    share widget, a caption), and only right above them may a shown headline end in a full stop
    ("No, iPhones aren't all 'the same.'"): elsewhere such a line is a caption.
    """
    byline, timestamp, prose = story
    before = min((line for line in (byline, prose) if line is not None), default=None)
    anchors = [line for line in (byline, timestamp) if line is not None]
    title_words = _content_words(title.text, stopwords)
    best: tuple[bool, float, Line] | None = None
    for line in later_lines:
        if before is not None and line.number >= before:
            break
        if line.is_blank or line.number in skip or is_prose(line):
            continue
        if line.text.lstrip()[:1].islower() or _opens_with_dateline(line.text):
            continue  # a headline starts with a capital, and is not a story's first line
        if not _stands_alone(all_lines, line, skip):
            continue  # a headline stands apart; a line running on into the next is prose
        count = word_count(line.text)
        if count < MIN_TITLE_WORDS or count > MAX_TITLE_WORDS:
            continue
        score, shared = _similarity(title_words, _content_words(line.text, stopwords))
        if shared < MIN_SHARED_WORDS or score < HEADLINE_SIMILARITY:
            continue
        distance = min(
            (counts.between(line.number, anchor) for anchor in anchors if anchor > line.number),
            default=None,
        )
        if line.text.rstrip().endswith(".") and (distance is None or distance >= BYLINE_DISTANCE):
            continue  # a caption or a sentence; only right above a byline is it the headline
        near = distance is not None and distance < HEADER_BLOCK_LINES
        if best is None or (near, score) > best[:2]:
            best = (near, score, line)
    return best[2] if best is not None else None
