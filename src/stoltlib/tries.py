"""Lists of phrases as regular expressions shaped like a trie.

Lexicons of hundreds of phrases (cue verbs, role titles) are matched inside patterns that run
over whole documents. A flat alternation tries every phrase in turn at every position it is
tried at; merged into a trie (``said``, ``says`` and ``sang`` become ``sa(?:i(?:d)|ng|ys)``), a
position is settled on its first characters. The optional tails of the trie are greedy, so at
any position the longest phrase is tried first, as a longest-first alternation would.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

__all__ = ["trie_pattern"]


def trie_pattern(phrases: Iterable[str], space: str = r"\s{1,3}", cases: bool = False) -> str:
    """A pattern (for ``re`` or ``regex``) matching any of ``phrases``, longest first.

    A space inside a phrase matches ``space`` (by default one to three white-space
    characters); every other character matches itself, or with ``cases`` an ASCII letter
    either of its cases. The pattern is empty when there are no phrases.

    ``cases`` is IGNORECASE for a text whose letters are all ASCII: ``re`` settles a branch
    opening with a class at once, where a letter matched ignoring case enters each branch.
    """
    root: dict[str, Any] = {}
    for phrase in set(phrases):
        node = root
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}  # a phrase ends here
    return _node(root, space, cases)


def _char(char: str, space: str, cases: bool) -> str:
    """The pattern of one character of a phrase (see :func:`trie_pattern`)."""
    if char == " ":
        return space
    if cases and char.isascii() and char.isalpha():
        return f"[{char.lower()}{char.upper()}]"
    return re.escape(char)


def _node(node: Mapping[str, Any], space: str, cases: bool = False) -> str:
    """The pattern of one trie node: its branches, optional when a phrase may end here."""
    branches = []
    for char in sorted(node):
        if char:
            branches.append(_char(char, space, cases) + _node(node[char], space, cases))
    if not branches:
        return ""
    ends_here = "" in node
    if len(branches) == 1 and not ends_here:
        return branches[0]
    return "(?:" + "|".join(branches) + ")" + ("?" if ends_here else "")
