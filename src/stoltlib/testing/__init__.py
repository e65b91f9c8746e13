"""Test helpers for stoltlib and plugin authors: strategies, neutral edits, contract checks.

Hypothesis strategies (:mod:`stoltlib.testing.strategies`), neutral edits
(:mod:`stoltlib.testing.edits`) and the plugin contract as runnable checks
(:mod:`stoltlib.testing.contract`).

This package imports hypothesis; the runtime never imports it. Install the ``test`` extra
(``pip install 'stoltlib[test]'``) to use it.
"""

from __future__ import annotations

from stoltlib.testing.contract import (
    check_deterministic,
    check_neutral_edit,
    check_no_errors,
    check_spans,
    contract_problems,
)
from stoltlib.testing.edits import NEUTRAL_EDITS, Edit

__all__ = [
    "NEUTRAL_EDITS",
    "Edit",
    "check_deterministic",
    "check_neutral_edit",
    "check_no_errors",
    "check_spans",
    "contract_problems",
]
