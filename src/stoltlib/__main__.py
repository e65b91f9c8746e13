"""``python -m stoltlib``: the ``stoltlib`` command line, for when the script is not on PATH."""

from __future__ import annotations

from stoltlib.cli import main

if __name__ == "__main__":
    main()
