"""PDF documents (reportlab, no Qt). Each document module registers itself with @document so
the `pdf` command, the self-test and the GUI find every kind without a hand-kept list.

theme (fonts, colours, page frame, tables) and layout (text fitted to a box, pictures, QR codes)
are shared; a module per document, a sub-package per area once it has more than two."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Document:
    kind: str  # the name on the command line: `buurtkantoor pdf KIND ID -o FILE`
    subject: str  # what ID refers to: "complex", "event", "application", "resident", ...
    render: Callable[..., bytes]  # render(db, object_id, **options) -> PDF bytes
    description: str  # Dutch, for --help
    options: tuple[str, ...] = ()  # extra keyword options it accepts: "size", "template"


REGISTRY: dict[str, Document] = {}


def document(kind: str, subject: str, description: str, options: tuple[str, ...] = ()):
    def register(render: Callable[..., bytes]) -> Callable[..., bytes]:
        REGISTRY[kind] = Document(kind, subject, render, description, options)
        return render

    return register


# Which module draws each kind, so that `buurtkantoor pdf flyer …` imports the flyer alone and
# `--help` imports no document at all. tests/reports keep it equal to what load_all() registers.
MODULES: dict[str, str] = {
    "accountability": "funding.accountability",
    "application": "funding.application",
    "attendance": "events.attendance",
    "calllist": "calllist",
    "flyer": "events.flyer",
    "inzage": "inzage",
    "inzage-vrijwilliger": "inzage",
    "labels": "events.labels",
    "sheet": "events.sheet",
    "signatures": "funding.signatures",
    "volunteers": "notice_board",
    "voortgang": "progress",
}


def load(kind: str) -> Document:
    """The document of one kind, importing only its module."""
    if kind not in REGISTRY:
        importlib.import_module(f"{__name__}.{MODULES[kind]}")
    return REGISTRY[kind]


SHARED = ("theme", "layout")  # the look and the canvas helpers every document shares


def load_all() -> dict[str, Document]:
    """Import every document module (an area's sub-package too) so each @document has run."""
    for info in pkgutil.walk_packages(__path__, f"{__name__}."):
        if not info.ispkg and info.name.rsplit(".", 1)[-1] not in SHARED:
            importlib.import_module(info.name)
    return REGISTRY
