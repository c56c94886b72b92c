"""The one clock: the office's day is Amsterdam's, tests can set it, and odd days still work."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from db import clock, demo
from db.engine import sqlite_url
from db.safety.opening import open_database
from db.services import ListQuery, privacy, residents
from db.services import volunteers as v


def test_the_office_day_turns_at_midnight_in_amsterdam(monkeypatch):
    clock.reset()
    # 23:20 UTC on 29 November is 00:20 on 30 November in Amsterdam (CET, UTC+1).
    utc = datetime(2027, 11, 29, 23, 20)

    class FakeDatetime(datetime):
        @classmethod
        def now(cls, tz=None):
            moment = utc.replace(tzinfo=clock.ZoneInfo("UTC"))
            return moment.astimezone(tz) if tz else utc

    monkeypatch.setattr(clock, "datetime", FakeDatetime)
    assert clock.today() == date(2027, 11, 30)
    assert clock.now() == datetime(2027, 11, 30, 0, 20)


def test_a_stopped_clock_moves_only_when_told():
    with clock.frozen(datetime(2028, 2, 28, 23, 59)):
        assert clock.today() == date(2028, 2, 28)
        clock.advance(timedelta(minutes=2))
        assert clock.now() == datetime(2028, 2, 29, 0, 1)
    with clock.frozen(date(2028, 2, 29)):
        assert clock.now() == datetime(2028, 2, 29, 10, 0)


@pytest.mark.parametrize("day", [date(2028, 2, 29), date(2027, 1, 1), date(2026, 12, 31)])
def test_services_work_on_odd_days(tmp_path, day):
    """Leap day, new year's day and new year's eve: the demo, VOG expiry and retention agree."""
    with clock.frozen(datetime.combine(day, datetime.min.time()).replace(minute=20)):
        db = open_database(sqlite_url(tmp_path / "odd.sqlite"))
        try:
            demo.generate(db, residents=150, seed=5)
            limit = privacy.cutoff(db)
            assert limit.year == day.year - 2 and (day - limit).days in (730, 731)
            assert all(
                r.since is None or r.since <= limit for r in privacy.retention_candidates(db)
            )
            assert v.vog_expires(day, 3) >= day + timedelta(days=3 * 365)
            page = v.list_volunteers(db)
            assert page.total and all(r.hours_year >= 0 for r in page.rows)
            moved_in = [r.move_in for r in residents.list_residents(db, ListQuery()).rows]
            assert moved_in and all(d is None or d <= day for d in moved_in)
        finally:
            db.dispose()
