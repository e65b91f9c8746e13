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


def trie_pattern(phrases: Iterable[str], space: str = r"\s{1,3}") -> str:
    """A pattern (for ``re`` or ``regex``) matching any of ``phrases``, longest first.

    A space inside a phrase matches ``space`` (by default one to three white-space
    characters); every other character matches itself. The pattern is empty when there are no
    phrases.
    """
    root: dict[str, Any] = {}
    for phrase in set(phrases):
        node = root
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}  # a phrase ends here
    return _node(root, space)


def _node(node: Mapping[str, Any], space: str) -> str:
    """The pattern of one trie node: its branches, optional when a phrase may end here."""
    branches = []
    for char in sorted(node):
        if char:
            head = space if char == " " else re.escape(char)
            branches.append(head + _node(node[char], space))
    if not branches:
        return ""
    ends_here = "" in node
    if len(branches) == 1 and not ends_here:
        return branches[0]
    return "(?:" + "|".join(branches) + ")" + ("?" if ends_here else "")
