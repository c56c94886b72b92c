"""Revision 0003_events_flyer on a database holding an activity: data kept, defaults set."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect, text

from db.engine import make_engine, sqlite_url
from db.safety import migrate

FLYER_COLUMNS = {
    "flyer_language",
    "flyer_title",
    "flyer_text",
    "picture_path",
    "qr_url",
    "flyer_template",
}


def test_flyer_columns_added_and_removed_with_data(tmp_path):
    engine = make_engine(sqlite_url(tmp_path / "old.sqlite"))
    migrate.upgrade(engine, "0002")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO events (title, description, starts_at, ends_at, location,"
                " organiser_staff, costs, status, created_at, updated_at)"
                " VALUES ('Burendag', '', '2026-09-26 13:00:00.000000',"
                " '2026-09-26 17:00:00.000000', 'Grasveld', '', 0, 'planned',"
                " '2026-01-01 00:00:00', '2026-01-01 00:00:00')"
            )
        )
    migrate.upgrade(engine, "0003_events_flyer")
    columns = {c["name"] for c in inspect(engine).get_columns("events")}
    assert columns >= FLYER_COLUMNS
    with engine.connect() as conn:
        row = conn.execute(
            text("SELECT title, location, flyer_language, qr_url, flyer_template FROM events")
        ).one()
    assert tuple(row) == ("Burendag", "Grasveld", "", "", "")
    with engine.begin() as conn:
        command.downgrade(migrate.alembic_config(connection=conn), "0002")
    assert not FLYER_COLUMNS & {c["name"] for c in inspect(engine).get_columns("events")}
    with engine.connect() as conn:
        assert conn.execute(text("SELECT title FROM events")).scalar_one() == "Burendag"
    engine.dispose()
