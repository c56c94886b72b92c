"""Files the program reads at run time (fonts, translations, icons, templates).

Everything is found through this resolver, so it works from a source tree, an installed
wheel and a frozen build alike — never relative to the working directory.
"""

from __future__ import annotations

from importlib.resources import as_file, files
from pathlib import Path


def path(*parts: str) -> Path:
    """A real filesystem path to a packaged resource (our resources are plain files)."""
    resource = files(__name__).joinpath(*parts)
    with as_file(resource) as real:
        return Path(real)
