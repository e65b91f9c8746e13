"""stoltlib's quotes plugin: direct quotes, mixed quotes and reported speech, with speakers."""

from __future__ import annotations

from collections.abc import Iterator

import stoltlib
from stoltlib import Analysis, Claim, Document

__all__ = ["stoltlib_claims"]


@stoltlib.hookimpl
def stoltlib_claims(document: Document, analysis: Analysis) -> Iterator[Claim]:
    """Find the document's claims (nothing yet: the rules land in the next commits)."""
    return iter(())
