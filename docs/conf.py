"""Sphinx configuration for stoltlib's documentation (MyST Markdown pages, the furo theme).

Built offline, warnings as errors, by ``.ci/run``:
``python -m sphinx -W --keep-going -b html docs docs/_build/html``. Nothing is fetched from
the network: no intersphinx, no remote images.
"""

from __future__ import annotations

import stoltlib

project = "stoltlib"
author = "The stoltlib developers"
copyright = "2026, the stoltlib developers"
release = stoltlib.__version__
version = release

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",  # the docstrings' "Args:" / "Returns:" / "Raises:" sections
]
source_suffix = {".md": "markdown"}
root_doc = "index"
# docs/examples/ holds whole packages (their READMEs are not pages); pages include their files.
exclude_patterns = ["_build", "**/.ipynb_checkpoints", "examples"]

# MyST: ```{directive} fences, $-free text, anchors for headings so that pages can link to them.
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

# autodoc: documented members in source order; type hints in the description, not the signature
# (attrs classes have long ones).
autodoc_default_options = {"members": True, "member-order": "bysource"}
autodoc_typehints = "description"
autodoc_class_signature = "separated"
napoleon_google_docstring = True
napoleon_numpy_docstring = False

html_theme = "furo"
html_title = f"stoltlib {release}"
