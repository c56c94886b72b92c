"""Attachments: the file's bytes move into the database, out of the per-user folder.

Revision ID: 0008_safety_attachments
Revises: 0007_multidesk_versions
Create Date: 2026-11-30

The old folder (bijlagen/aanvraag-<number> in the user's data folder) was keyed only by the
application number, so it was shared by every database on the computer, in no backup, and not
seen by the other desks of a PostgreSQL office. Each file still found there is read in; the old
files are left where they are (another database on this computer may still have to read its own
in), and a file already gone leaves an attachment without content that says so when opened.
"""

from pathlib import Path

import sqlalchemy as sa
from alembic import op

from db.engine import data_dir

revision = "0008_safety_attachments"
down_revision = "0007_multidesk_versions"
branch_labels = None
depends_on = None

attachments = sa.table(
    "attachments",
    sa.column("id", sa.Integer),
    sa.column("application_id", sa.Integer),
    sa.column("filename", sa.String),
    sa.column("stored_path", sa.String),
    sa.column("size", sa.Integer),
    sa.column("content", sa.LargeBinary),
)


def _old_file(stored_path: str) -> Path | None:
    root = data_dir().resolve()
    path = (root / stored_path).resolve()
    # Only inside the data folder: the column is read from a file someone may have edited.
    if root not in path.parents or not path.is_file():
        return None
    return path


def upgrade() -> None:
    with op.batch_alter_table("attachments") as batch:
        batch.add_column(sa.Column("size", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("content", sa.LargeBinary(), nullable=True))
    conn = op.get_bind()
    rows = conn.execute(sa.select(attachments.c.id, attachments.c.stored_path)).all()
    for attachment_id, stored_path in rows:  # one at a time: memory holds one file, not all
        path = _old_file(stored_path or "")
        if path is None:
            continue
        try:
            content = path.read_bytes()
        except OSError:
            continue  # unreadable: the attachment says its file is missing; the file stays
        conn.execute(
            attachments.update()
            .where(attachments.c.id == attachment_id)
            .values(content=content, size=len(content))
        )
    with op.batch_alter_table("attachments") as batch:
        batch.drop_column("stored_path")


def downgrade() -> None:
    # The older program reads files from the folder: write each one back out before the
    # content column goes, so a downgrade loses nothing.
    with op.batch_alter_table("attachments") as batch:
        batch.add_column(
            sa.Column("stored_path", sa.String(length=500), nullable=False, server_default="")
        )
    conn = op.get_bind()
    rows = conn.execute(
        sa.select(attachments.c.id, attachments.c.application_id, attachments.c.filename)
    ).all()
    for attachment_id, app_id, filename in rows:
        content = conn.execute(
            sa.select(attachments.c.content).where(attachments.c.id == attachment_id)
        ).scalar()
        relative = f"bijlagen/aanvraag-{app_id}/{attachment_id}-{Path(filename).name}"
        if content is not None:
            target = data_dir() / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content)
        conn.execute(
            attachments.update()
            .where(attachments.c.id == attachment_id)
            .values(stored_path=relative)
        )
    with op.batch_alter_table("attachments") as batch:
        batch.drop_column("content")
        batch.drop_column("size")
