"""Lines labelled with their speaker: ``Trump: Clinton should have congratulated me``.

Headlines and interview transcripts put the speaker first, then a colon, then what was said
(``TAPPER: Do you think ...``, ``Q: How did things go?``, ``A: You don't think about it.``).
A paragraph that opens so is a claim of that speaker, with the colon as its cue, unless the label
is a line label that names no speaker (``Photo:``, ``Read more:``, the ``quote_labels``
lexicon), or what follows reads as a topic rather than a statement (``Jens Stoltenberg:
Leading NATO Through Global Security Challenges``: a gerund opening a title).
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from stoltlib_quotes.context import Context
from stoltlib_quotes.drafts import Draft
from stoltlib_quotes.lexicons import key

__all__ = ["LABELLED", "labelled_lines"]

# A speaker label opening a paragraph: one to four capitalised words (a name, a surname in
# capitals as transcripts write it, or a lone Q or A), then a colon and the words said.
LABELLED = regex.compile(
    r"""
    (?P<speaker>
      (?:\p{Lu}[\p{L}'’.\-]{0,30})              # a capitalised word: "Trump", "TAPPER", "Q"
      (?:[ \u00a0]\p{Lu}[\p{L}'’.\-]{0,30}){0,3} # up to three more: "OK Gov Fallin"
      (?:                                      # a role noun or an addressee after them:
        [ \u00a0]\p{Ll}[\p{L}\-]{1,20}           #   "Clinton camp", "Clinton to Planned
        (?:[ \u00a0]\p{Lu}[\p{L}'’.\-]{0,30}){0,3} #   Parenthood" (checked in the code)
      )?
    )
    [ \u00a0]?:[ \u00a0]{1,3}                    # the colon
    (?P<said>\S)                                 # what was said starts here
    """,
    regex.VERBOSE,
)
# The lower-case words a label may hold before a name: to whom or where it was said.
_LABEL_LINKS = frozenset({"to", "at", "on", "in"})

#: A labelled line's words must have at least this many words to be a claim.
MIN_WORDS = 3


def labelled_lines(ctx: Context, used_quotes: frozenset[int]) -> Iterator[Draft]:
    """Every paragraph of the form ``Speaker: words`` (see the module docstring)."""
    for start, end in ctx.paragraph_spans:
        if ctx.flat.find(":", start, end) < 0:
            continue  # no colon, no label (most paragraphs): the pattern need not be tried
        match = LABELLED.match(ctx.flat, start, end)
        if match is None:
            continue
        label = key(match.group("speaker"))
        if label in ctx.lexicons.labels or label.split(" ")[0] in ctx.lexicons.labels:
            continue
        if not _named(match.group("speaker"), ctx):
            continue
        said = match.start("said")
        words = ctx.flat[said:end].split()
        if len(words) < MIN_WORDS or words[0].casefold().endswith("ing"):
            continue  # a topic, not a statement ("Leading NATO Through ...")
        quotes = ctx.quotes_in(said, end)
        if any(quote.start in used_quotes for quote in quotes):
            continue
        if not quotes and not _clause(ctx, ctx.flat[said:end]):
            continue  # a title, not a statement ("Stadtwerke Kellburg: neuer Vorstand / ...")
        content_end = end
        while content_end > said and ctx.flat[content_end - 1] in ".":
            content_end -= 1
        whole = len(quotes) == 1 and quotes[0].start == said and quotes[0].end >= content_end
        if whole:
            kind, content = "direct", tuple((p.start, p.end) for p in quotes[0].parts)
        else:
            kind, content = ("mixed" if quotes else "indirect"), ((said, content_end),)
        colon = ctx.flat.index(":", match.end("speaker"))
        yield Draft(kind, content, match.span("speaker"), (colon, colon + 1), "labelled", 0.6)


def _clause(ctx: Context, words: str) -> bool:
    """Whether ``words`` read as a statement: some word in them looks like a finite verb.

    A subject pronoun or a contraction ("I'd consider", "She's right"), an auxiliary or modal
    ("rates will stay high"), a cue ("Sanders declares ..."), or a lower-case word in -s or
    -ed ("scandal disqualifies her", "Trump rattled"). A title of nouns ("New board at
    Kellburg utility") has none; a headline with a bare plural verb ("Endorsements prove
    ...") is lost with it.
    """
    for word in CLAUSE_WORD.findall(words):
        low = word.casefold()
        if low in _FINITE or ctx.lexicons.word_cue(low) is not None:
            return True
        if CONTRACTION.search(low):
            return True
        if word[:1].islower() and len(low) > 3 and low.endswith(("s", "ed")):
            return True
    return False


# A word of a labelled line, with its contraction ("I'd", "don't").
CLAUSE_WORD = regex.compile(r"[\p{L}]+(?:['’][\p{L}]+)?")
# A contraction of a verb or a negation: "I'm", "we're", "she's", "I'd", "don't".
CONTRACTION = regex.compile(r"['’](?:m|re|s|ve|d|ll|t)$")
# Subject pronouns, auxiliaries and modals: any of them makes the words a clause.
_FINITE = frozenset(
    {"i", "we", "you", "he", "she", "they"}  # a subject pronoun
    | {"is", "are", "was", "were", "am", "be", "been", "has", "have", "had", "not"}
    | {"will", "would", "could", "should", "can", "may", "might", "must", "did", "does", "do"}
)


def _named(label: str, ctx: Context) -> bool:
    """Whether a label names its speaker: capitalised words, with at most one lower-case word.

    The lower-case word is a role or group noun ending the speaker ("Clinton camp") or a link
    to a capitalised addressee or place ("Clinton to Planned Parenthood", "Mukasey at RNC").
    """
    words = label.split()
    lower = [index for index, word in enumerate(words) if not word[:1].isupper()]
    if not lower:
        return True
    (index,) = lower  # the pattern allows one
    word = words[index].casefold()
    if index == len(words) - 1:
        return word in ctx.lexicons.speaker_nouns
    return word in _LABEL_LINKS
