"""Attachments: the file's bytes are stored in the database with the application.

Not in a folder beside it: a per-user folder keyed by the application number was shared by every
database on the computer (deleting application 31 in one deleted another's receipt), went into no
backup and was invisible to the other desks of a PostgreSQL office.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
import time
from datetime import date
from pathlib import Path

from db import clock, validation
from db.engine import Database
from db.models import Attachment
from db.services.common import ServiceError, unit_of_work
from db.services.funding.applications import applications

# Attachment kinds the accountability step adds; a fund's required kinds come from its rules.
PHOTO = "Foto"
RECEIPT = "Bonnetje"
OTHER = "Overig"

# Receipts, photos, budgets and signature lists; a larger file is almost always a mistake (a
# video) and would make every backup and every desk's copy heavy.
MAX_BYTES = 25 * 1024 * 1024
# Copies opened for viewing live in a private temporary folder; older ones are cleared.
VIEW_PREFIX = "buurtkantoor-bijlage-"
VIEW_KEEP_SECONDS = 24 * 3600


def safe_name(name: str) -> str:
    cleaned = re.sub(r"[^\w.\- ]+", "_", name).strip(" .") or "bijlage"
    return cleaned[:120]


def read_in(kind: str, source: Path, on: date) -> Attachment:
    """A new attachment holding the file's bytes (not yet added to an application)."""
    source = Path(source)
    if not source.is_file():
        raise ServiceError(f"Bestand '{source.name}' bestaat niet (meer) of is geen bestand.")
    kind = validation.required_text(kind, "Soort bijlage", 40)
    try:
        size = source.stat().st_size
        if size > MAX_BYTES:
            raise ServiceError(
                f"'{source.name}' is {size / 1024 / 1024:.0f} MB; een bijlage mag hoogstens "
                f"{MAX_BYTES // 1024 // 1024} MB zijn. Verklein de foto of scan en probeer "
                "het opnieuw."
            )
        content = source.read_bytes()
    except OSError as exc:
        raise ServiceError(f"Kan '{source.name}' niet lezen: {exc.strerror}.") from exc
    return Attachment(
        kind=kind, filename=source.name[:260], size=len(content), content=content, added_on=on
    )


def add_attachment(
    db: Database, app_id: int, kind: str, source: Path, on: date | None = None
) -> int:
    attachment = read_in(kind, Path(source), on or clock.today())
    with unit_of_work(db) as session:
        application = applications.load(session, app_id)
        application.attachments.append(attachment)
        session.flush()
        return attachment.id


def remove_attachment(db: Database, attachment_id: int) -> None:
    with unit_of_work(db) as session:
        obj = session.get(Attachment, attachment_id)
        if obj is None:
            raise ServiceError("Deze bijlage bestaat niet (meer).")
        session.delete(obj)


def _content(db: Database, attachment_id: int) -> tuple[str, bytes]:
    with db.reading() as session:
        obj = session.get(Attachment, attachment_id)
        if obj is None:
            raise ServiceError("Deze bijlage bestaat niet (meer).")
        if obj.content is None:
            raise ServiceError(
                f"Het bestand '{obj.filename}' ontbrak al toen de bijlagen in de database "
                "werden opgenomen; voeg het opnieuw toe als u het nog hebt."
            )
        return obj.filename, obj.content


def save_attachment(db: Database, attachment_id: int, target: Path) -> Path:
    """Write the attachment to the path the user chose (readable by this user only)."""
    _name, content = _content(db, attachment_id)
    return _write(Path(target), content)


def _write(target: Path, content: bytes) -> Path:
    tmp = target.with_name(target.name + ".tmp")
    try:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(content)
        tmp.replace(target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise ServiceError(f"Kan '{target.name}' niet opslaan: {exc.strerror}.") from exc
    return target


def open_copy(db: Database, attachment_id: int) -> Path:
    """A private temporary copy to hand to the viewer (PDF reader, photo viewer)."""
    name, content = _content(db, attachment_id)
    _clear_old_views()
    try:
        folder = Path(tempfile.mkdtemp(prefix=VIEW_PREFIX))  # mkdtemp: this user only
    except OSError as exc:
        raise ServiceError(f"Kan geen tijdelijke kopie maken: {exc.strerror}.") from exc
    return _write(folder / safe_name(name), content)


def _clear_old_views() -> None:
    # The viewer may still have a recent copy open; a day-old one is safe to remove.
    cutoff = time.time() - VIEW_KEEP_SECONDS
    for folder in Path(tempfile.gettempdir()).glob(VIEW_PREFIX + "*"):
        with contextlib.suppress(OSError):
            if folder.is_dir() and folder.stat().st_mtime < cutoff:
                shutil.rmtree(folder, ignore_errors=True)
