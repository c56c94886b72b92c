"""Start-up reads the revision ids from the scripts without Alembic: they must be Alembic's."""

from __future__ import annotations

from db.safety import migrate


def test_head_and_known_revisions_are_alembics():
    scripts = migrate.ScriptDirectory.from_config(migrate.alembic_config())
    assert migrate.head_revision() == scripts.get_current_head()
    assert migrate.known_revisions() == {rev.revision for rev in scripts.walk_revisions()}
    assert migrate._revisions()["0002"] == ("0001",)
