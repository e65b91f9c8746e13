"""A claim as the rules find it, before its speaker is resolved against the mentions."""

from __future__ import annotations

import attrs

__all__ = ["Draft"]


@attrs.frozen
class Draft:
    """A claim found by a rule: its kind, content, speaker phrase and cue, as offsets.

    ``rule`` names the rule that found it (for confidence and for debugging); ``speaker`` is
    ``None`` when the text names nobody.
    """

    kind: str
    content: tuple[tuple[int, int], ...]
    speaker: tuple[int, int] | None
    cue: tuple[int, int] | None
    rule: str
    confidence: float

    @property
    def start(self) -> int:
        """Where the claim's first piece starts (speaker, cue or content)."""
        points = [a for a, _ in self.content]
        if self.speaker:
            points.append(self.speaker[0])
        if self.cue:
            points.append(self.cue[0])
        return min(points)

    @property
    def end(self) -> int:
        """Where the claim's last piece ends."""
        points = [b for _, b in self.content]
        if self.speaker:
            points.append(self.speaker[1])
        if self.cue:
            points.append(self.cue[1])
        return max(points)
