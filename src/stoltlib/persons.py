"""People across documents: one name for one person, conservatively.

Within an article the people plugin resolves "he", "Stoltenberg" and "the NATO chief" to the
full name the article gives ("Jens Stoltenberg"). Across articles the same person may still
appear under a surname alone (a headline, an article that never gives the first name). The rule
that joins such names is deliberately cautious, because joining two people is worse for a
timeline than counting one person twice:

- Names are compared folded: case, accents, hyphens and spacing do not count
  ("Thomas de Maizière" = "thomas de maiziere").
- A name of one word (a surname alone, "Stoltenberg") joins the full name whose last word it is
  (before a "Jr" or "III") only when **exactly one** full name in the whole corpus has that
  last word. With "Jens
  Stoltenberg" and "Camilla Stoltenberg" both present, "Stoltenberg" stays on its own.
- Full names (two words or more) join only when they are equal once folded: "Jens Stoltenberg"
  and "Camilla Stoltenberg" stay apart, and so do "Jens Stoltenberg" and "J. Stoltenberg";
  but for middle initials: a full name without them ("John Johnstone Jr") joins the one full
  name of the corpus that is the same with initials between its first and last words ("John
  W. Johnstone Jr"), and neither of two ("John A. Smith", "John B. Smith").

The result depends on every name seen, so it is computed when a view asks for it, never as the
names arrive: a later article naming a second Stoltenberg undoes an earlier join, and the
outcome does not depend on the order the articles came in.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping

import attrs
import regex

__all__ = ["GENERATIONAL_SUFFIXES", "Person", "PersonIndex", "fold_name", "resolve_names"]

# Hyphens, dots and apostrophes between name parts: "Jean-Claude" = "Jean Claude".
_SEPARATORS = regex.compile(r"[\s\p{Pd}.'’]+")


def fold_name(name: str) -> str:
    """A name as compared: lower case, accents dropped, words separated by single spaces."""
    decomposed = unicodedata.normalize("NFKD", name)
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return _SEPARATORS.sub(" ", bare.casefold()).strip()


def _display(forms: Counter[str]) -> str:
    """The most frequent written form, ties broken alphabetically (so order never matters)."""
    return min(forms, key=lambda form: (-forms[form], form))


def resolve_names(names: Mapping[str, int] | Iterable[str]) -> dict[str, str]:
    """Map every name to the canonical name of its person, by the rule of this module.

    Args:
        names: the names seen, optionally with how often (a count breaks ties between written
            forms of one folded name: the most frequent is the canonical spelling).

    Returns:
        A dict from each given name to its person's canonical name (a full name when the rule
        joins a surname to one, else the most frequent spelling of the name itself).

    """
    counts = Counter(names) if not isinstance(names, Mapping) else Counter(dict(names))
    spellings: dict[str, Counter[str]] = {}
    for name, count in counts.items():
        folded = fold_name(name)
        if folded:
            spellings.setdefault(folded, Counter())[name] += count
    # Full names with middle initials, by the name they are without them.
    initialled: dict[str, set[str]] = {}
    for folded in spellings:
        bare = _without_middle_initials(folded)
        if bare != folded:
            initialled.setdefault(bare, set()).add(folded)
    targets: dict[str, str] = {}
    for folded in spellings:
        fuller = initialled.get(folded, set())
        targets[folded] = next(iter(fuller)) if len(fuller) == 1 else folded
    by_last_word: dict[str, set[str]] = {}
    for folded in spellings:
        words = folded.split(" ")
        if len(words) > 1:
            by_last_word.setdefault(_surname(words), set()).add(targets[folded])
    canonical = {folded: _display(forms) for folded, forms in spellings.items()}
    resolved: dict[str, str] = {}
    for name in counts:
        folded = fold_name(name)
        if not folded:
            resolved[name] = name
            continue
        target = targets[folded]
        if " " not in folded:
            full = by_last_word.get(folded, set())
            if len(full) == 1:
                (target,) = full
        resolved[name] = canonical[target]
    return resolved


#: Generational suffixes after a surname, folded: "Johnstone" is the surname of "John
#: Johnstone Jr". The plugins that read names use the same set.
GENERATIONAL_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _surname(words: list[str]) -> str:
    """The last word of a full name's folded words that is no generational suffix."""
    if len(words) > 2 and words[-1] in GENERATIONAL_SUFFIXES:
        return words[-2]
    return words[-1]


def _without_middle_initials(folded: str) -> str:
    """A folded full name without the one-letter words between its first and last words."""
    words = folded.split(" ")
    if len(words) < 3:
        return folded
    middle = [word for word in words[1:-1] if len(word) > 1]
    return " ".join([words[0], *middle, words[-1]])


class PersonIndex:
    """The person names of a corpus, added incrementally, resolved on demand.

    Keeps one counter entry per distinct spelling and, per canonical name within a document, a
    count of documents: memory grows with the names, not with the documents.
    """

    def __init__(self) -> None:
        self._names: Counter[str] = Counter()
        self._documents: Counter[str] = Counter()

    def __len__(self) -> int:
        """The number of distinct spellings seen."""
        return len(self._names)

    def add_document(self, names: Iterable[str]) -> None:
        """Record the person names of one document (each document counts once per person)."""
        seen = Counter(name for name in names if name.strip())
        if not seen:
            return
        self._names.update(seen)
        # Within one document a surname and the full name are one person under the same rule,
        # so that the document is counted once for them.
        for person in set(resolve_names(seen).values()):
            self._documents[person] += 1

    def resolution(self) -> dict[str, str]:
        """Every spelling seen, mapped to its person's canonical name."""
        return resolve_names(self._names)

    def persons(self) -> dict[str, Person]:
        """Every person, by canonical name: the spellings that name them and document count."""
        resolution = self.resolution()
        names: dict[str, set[str]] = {}
        documents: Counter[str] = Counter()
        for spelling, person in resolution.items():
            names.setdefault(person, set()).add(spelling)
        for name, count in self._documents.items():
            documents[resolution.get(name, name)] += count
        return {
            person: Person(
                name=person, names=tuple(sorted(names[person])), documents=documents[person]
            )
            for person in sorted(names)
        }


@attrs.frozen
class Person:
    """One person across the corpus: a row of :meth:`stoltlib.Corpus.persons`.

    ``names`` are the spellings joined into this person; ``documents`` counts the documents
    that name them, each once (a document naming "Jens Stoltenberg" and "Stoltenberg" counts
    once: within a document the same rule joins the two).
    """

    name: str
    names: tuple[str, ...]
    documents: int
