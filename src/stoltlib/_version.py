"""The one source of stoltlib's version (read by hatch and by the JSON header)."""

__version__ = "0.1.0"

#: Version of the JSON contract written by ``stoltlib extract``; bumped on incompatible changes.
SCHEMA_VERSION = 1
