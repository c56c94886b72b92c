"""Migrations on a database that is in use: rows that refer to rebuilt tables survive."""

from __future__ import annotations

import sqlalchemy as sa

from db.engine import make_engine, sqlite_url
from db.safety import migrate

BEFORE_FUND_RULES = "0005_volunteers_sort_key"  # the next revision rebuilds the funds table


def test_upgrade_keeps_an_application_that_refers_to_a_rebuilt_fund(tmp_path):
    engine = make_engine(sqlite_url(tmp_path / "kantoor.sqlite"))
    try:
        migrate.upgrade(engine, BEFORE_FUND_RULES)
        with engine.begin() as conn:
            fund_id = conn.scalar(sa.text("SELECT id FROM funds"))
            conn.execute(
                sa.text(
                    "INSERT INTO funding_applications (fund_id, reference, applicant_kind,"
                    " organisation_name, kvk_number, contact_name, title, initiative_key,"
                    " recurring_yearly, description, goal, target_group, location,"
                    " proof_of_support, payout_method, iban, account_holder, status,"
                    " decision_reference, report_text) VALUES (:fund, '', 'resident', '', '', '',"
                    " 'Burendag', 'burendag', 0, '', '', '', '', '', 'bank', '', '', 'draft',"
                    " '', '')"
                ),
                {"fund": fund_id},
            )
        migrate.upgrade(engine)
        with engine.connect() as conn:
            assert conn.scalar(sa.text("SELECT title FROM funding_applications")) == "Burendag"
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert migrate.current_revision(engine) == migrate.head_revision()
    finally:
        engine.dispose()
