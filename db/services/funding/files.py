"""Attachments: files copied into the data folder and recorded with the application."""

from __future__ import annotations

import re
import shutil
from datetime import date
from pathlib import Path

from db import clock, validation
from db.engine import Database, data_dir
from db.models import (
    Attachment,
)
from db.services.common import (
    ServiceError,
    unit_of_work,
)
from db.services.funding.applications import applications

# Attachment kinds the accountability step adds; a fund's required kinds come from its rules.
PHOTO = "Foto"
RECEIPT = "Bonnetje"
OTHER = "Overig"


# --- attachments: files copied into the data folder ------------------------------------------


def attachments_dir(app_id: int) -> Path:
    return data_dir() / "bijlagen" / f"aanvraag-{app_id}"


def _safe_name(name: str) -> str:
    cleaned = re.sub(r"[^\w.\- ]+", "_", name).strip(" .") or "bijlage"
    return cleaned[:120]


def copy_in(app_id: int, kind: str, source: Path, on: date, copied: list[Path]) -> Attachment:
    if not source.is_file():
        raise ServiceError(f"Bestand '{source.name}' bestaat niet (meer) of is geen bestand.")
    folder = attachments_dir(app_id)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / _safe_name(source.name)
    stem, suffix, n = target.stem, target.suffix, 2
    while target.exists():
        target = folder / f"{stem} ({n}){suffix}"
        n += 1
    try:
        shutil.copy2(source, target)
    except OSError as exc:
        raise ServiceError(
            f"Kan '{source.name}' niet kopiëren naar de gegevensmap: {exc.strerror}."
        ) from exc
    copied.append(target)
    kind = validation.required_text(kind, "Soort bijlage", 40)
    return Attachment(
        kind=kind,
        filename=source.name[:260],
        stored_path=target.relative_to(data_dir()).as_posix(),
        added_on=on,
    )


def add_attachment(
    db: Database, app_id: int, kind: str, source: Path, on: date | None = None
) -> int:
    copied: list[Path] = []
    try:
        with unit_of_work(db) as session:
            obj = applications.load(session, app_id)
            attachment = copy_in(app_id, kind, Path(source), on or clock.today(), copied)
            obj.attachments.append(attachment)
            session.flush()
            return attachment.id
    except Exception:
        for path in copied:
            path.unlink(missing_ok=True)
        raise


def remove_attachment(db: Database, attachment_id: int) -> None:
    with unit_of_work(db) as session:
        obj = session.get(Attachment, attachment_id)
        if obj is None:
            raise ServiceError("Deze bijlage bestaat niet (meer).")
        path = data_dir() / obj.stored_path
        session.delete(obj)
    path.unlink(missing_ok=True)
