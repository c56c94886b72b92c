"""Demo data: complete, deterministic, valid by the app's own rules, and readable by services.

One small database (500 residents) is built per module; the determinism tests build a few more.
A fixed 'today' keeps every date-relative assertion stable.
"""

from __future__ import annotations

import sys
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

_ROOT = str(Path(__file__).resolve().parents[2])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

from db import validation  # noqa: E402
from db.demo import DemoSummary, generate  # noqa: E402
from db.demo.funding import iban  # noqa: E402
from db.engine import Database, sqlite_url  # noqa: E402
from db.models import (  # noqa: E402
    ApplicationStatus,
    Base,
    Complex,
    CostLine,
    Event,
    EventSeries,
    EventStatus,
    FundingApplication,
    Home,
    Partner,
    PartnerContact,
    Resident,
    Stage,
    Volunteer,
)
from db.safety.opening import open_database  # noqa: E402
from db.services import (  # noqa: E402
    ListQuery,
    ServiceError,
    complexes,
    events,
    funding,
    residents,
    volunteers,
)
from db.services.events import series  # noqa: E402

TODAY = date(2026, 11, 25)
SIZE = 500
ARABIC = range(0x0600, 0x0700)


def _new_db(folder: Path, name: str = "demo.sqlite") -> Database:
    return open_database(sqlite_url(folder / name))


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> tuple[Database, DemoSummary]:
    db = _new_db(tmp_path_factory.mktemp("demo"))
    calls: list[tuple[str, int, int]] = []
    summary = generate(
        db,
        residents=SIZE,
        seed=3,
        today=TODAY,
        progress=lambda label, done, total: calls.append((label, done, total)),
    )
    db.progress_calls = calls  # type: ignore[attr-defined]
    yield db, summary
    db.dispose()


def _column(db: Database, column) -> list:
    with db.reading() as session:
        return list(session.scalars(select(column)))


def test_counts_match_summary(demo):
    db, summary = demo
    with db.reading() as session:
        for table, expected in summary.table_counts().items():
            assert session.scalar(text(f"SELECT count(*) FROM {table}")) == expected, table
        moved = session.scalar(select(func.count()).where(Resident.move_out.is_not(None)))
    assert summary.residents == SIZE
    assert summary.moved_out == moved == round(SIZE * 0.08)
    assert summary.homes >= summary.current_residents
    assert summary.volunteers and summary.events and summary.funding_applications


def test_database_is_consistent(demo):
    db, _ = demo
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"


def test_progress_reports_each_stage_in_order(demo):
    calls = demo[0].progress_calls
    assert calls[-1][1] == calls[-1][2] == len(calls) - 1
    assert [done for _, done, _ in calls] == sorted(done for _, done, _ in calls)
    assert all(label and label[0].isupper() for label, _, _ in calls)


def _people(db: Database) -> list[tuple]:
    with db.reading() as session:
        return session.execute(
            select(
                Resident.given_name,
                Resident.name_prefix,
                Resident.family_name,
                Resident.phone,
                Resident.email,
                Resident.move_in,
            ).order_by(Resident.id)
        ).all()


def test_same_seed_gives_identical_data_and_another_seed_differs(demo, tmp_path):
    again, other = _new_db(tmp_path, "again.sqlite"), _new_db(tmp_path, "other.sqlite")
    try:
        generate(again, residents=SIZE, seed=3, today=TODAY)
        generate(other, residents=SIZE, seed=4, today=TODAY)
        assert _people(again) == _people(demo[0])
        assert _column(again, Event.starts_at) == _column(demo[0], Event.starts_at)
        assert _column(again, FundingApplication.iban) == _column(demo[0], FundingApplication.iban)
        assert _people(other) != _people(demo[0])
    finally:
        again.dispose()
        other.dispose()


def test_every_stage_status_and_the_vulcanusdreef_are_there(demo):
    db, _ = demo
    assert set(_column(db, Volunteer.stage)) == set(Stage)
    assert set(_column(db, FundingApplication.status)) == set(ApplicationStatus)
    statuses = _column(db, Event.status)
    assert set(statuses) == set(EventStatus)
    assert statuses.count(EventStatus.CANCELLED) == 1
    with db.reading() as session:
        vulcanus = session.scalars(
            select(Complex).where(Complex.name.like("Vulcanusdreef%"))
        ).first()
        assert (vulcanus.home_count, vulcanus.floors, vulcanus.nb_target_pct) == (
            188,
            10,
            Decimal("25.00"),
        )
        assert session.scalar(select(func.count()).where(Home.complex_id == vulcanus.id)) == 188
        assert vulcanus.buurt_code.startswith("BU034403")
        linked = session.scalar(select(func.count()).where(Volunteer.resident_id.is_not(None)))
        assert linked > session.scalar(select(func.count()).select_from(Volunteer)) / 2


def test_names_cover_the_neighbourhood(demo):
    db, _ = demo
    with db.reading() as session:
        names = [
            " ".join(p for p in row if p)
            for row in session.execute(
                select(Resident.given_name, Resident.name_prefix, Resident.family_name)
            )
        ]
    assert any(any(ord(ch) > 127 for ch in n) for n in names)
    assert any(any(ord(ch) in ARABIC for ch in n) for n in names)
    assert any(ch in "".join(names) for ch in "ŞşıİğÇçÖöÜü")  # Turkish
    assert any(ch in "".join(names) for ch in "ŁłąęśźżńóĆć")  # Polish
    prefixes = set(_column(db, Resident.name_prefix))
    assert {"de", "van"} <= prefixes and any("'" in p for p in prefixes)


def test_contact_details_pass_validation(demo):
    db, _ = demo
    phones = [
        p
        for col in (
            Resident.phone,
            Volunteer.phone,
            Partner.phone,
            PartnerContact.phone,
            Complex.caretaker_phone,
        )
        for p in _column(db, col)
        if p
    ]
    assert all(validation.phone(p) == p for p in phones)
    assert any(p.startswith("+316") for p in phones) and any(p.startswith("+3130") for p in phones)
    mails = [
        m
        for col in (
            Resident.email,
            Volunteer.email,
            Partner.email,
            PartnerContact.email,
            Complex.caretaker_email,
        )
        for m in _column(db, col)
        if m
    ]
    assert mails and all(validation.email(m) == m for m in mails)
    assert all(m.endswith(("example.nl", "example.com")) for m in mails)


def test_addresses_pass_validation(demo):
    db, _ = demo
    with db.reading() as session:
        homes = session.execute(
            select(Home.postcode, Home.house_number, Home.house_letter, Home.addition)
        ).all()
        listed = [
            p.strip() for row in session.scalars(select(Complex.postcodes)) for p in row.split(",")
        ]
    assert all(validation.postcode(pc) == pc and pc.startswith("35") for pc, *_ in homes)
    assert all(validation.house_letter(letter) == letter for _, _, letter, _ in homes)
    assert all(validation.house_addition(add) == add for *_, add in homes)
    assert len(set(homes)) == len(homes)
    assert {pc for pc, *_ in homes} == set(listed)


def test_ibans_are_valid(demo):
    db, _ = demo
    ibans = [i for i in _column(db, FundingApplication.iban) if i]
    assert ibans and all(validation.iban(i) == i and i.startswith("NL") for i in ibans)
    assert iban("ABNA", 417164300) == "NL91ABNA0417164300"  # the textbook example


def test_money_is_decimal_and_something_is_requested(demo):
    db, _ = demo
    assert all(isinstance(p, Decimal) for p in _column(db, CostLine.unit_price))
    page = funding.list_applications(db)
    assert page.total == len(page.rows) > 0
    assert all(row.requested > 0 for row in page.rows)
    assert all(row.granted is None or row.granted <= row.requested for row in page.rows)


def test_dates_are_relative_to_today(demo):
    db, _ = demo
    starts = _column(db, Event.starts_at)
    now = datetime.combine(TODAY, datetime.min.time())
    assert any(s < now for s in starts) and any(s > now for s in starts)
    assert all(d <= TODAY for d in _column(db, Resident.move_in))
    assert all(d is None or d <= TODAY for d in _column(db, Volunteer.stage_since))


def test_services_read_the_demo_data(demo):
    db, summary = demo
    page = residents.list_residents(db, ListQuery(limit=20))
    assert page.total == summary.current_residents and len(page.rows) == 20
    rows = complexes.list_complexes(db).rows
    assert len(rows) == summary.complexes
    assert sum(r.residents_now for r in rows) == summary.current_residents
    assert any(r.nb_households for r in rows)
    assert volunteers.list_volunteers(db).total == summary.volunteers
    assert events.list_events(db).total == summary.events
    one = residents.get(db, page.rows[0].id)
    assert one.family_name and one.languages


def test_weekly_series_matches_the_series_rules(demo):
    db, _ = demo
    with db.reading() as session:
        series_id = session.scalar(select(EventSeries.id))
        query = select(Event.starts_at).where(Event.series_id == series_id)
        starts = [moment.date() for moment in session.scalars(query)]
    info = series.get_series(db, series_id)
    rules = series.SeriesData("weekly", info.interval, info.until, info.count, info.skipped)
    assert sorted(starts) == series.occurrence_dates(min(starts), rules)
    assert len(info.event_ids) == info.count == 15 and len(info.skipped) == 1


def test_refuses_a_database_with_data(demo):
    db, summary = demo
    with pytest.raises(ServiceError, match="bevat al bewoners"):
        generate(db, residents=SIZE, seed=9, today=TODAY)
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Resident)) == summary.residents


def test_refuses_silly_sizes(tmp_path):
    db = _new_db(tmp_path)
    try:
        with pytest.raises(ServiceError):
            generate(db, residents=5)
    finally:
        db.dispose()


def test_no_bsn_column_anywhere():
    columns = [c.name.lower() for table in Base.metadata.tables.values() for c in table.columns]
    assert not any("bsn" in name or "burgerservice" in name for name in columns)


@pytest.mark.postgres
def test_postgresql_gets_the_same_data_and_keeps_working(pg_db, demo):
    summary = generate(pg_db, residents=SIZE, seed=3, today=TODAY)
    assert summary == demo[1]
    assert _people(pg_db) == _people(demo[0])
    # Ids were chosen by the generator: the sequences must have moved past them.
    new_id = residents.create(pg_db, residents.ResidentData(given_name="Zoë", family_name="Test"))
    assert new_id > max(_column(pg_db, Resident.id)[:-1])


def test_the_demo_tells_a_believable_story(demo):
    """What a newcomer sees first: a handful of due follow-ups (not hundreds going back a year),
    waiting lists only where every place is taken, and a few real duplicate candidates."""
    from db import clock
    from db.services import today
    from db.transfer import duplicates

    db, _summary = demo
    with db.reading() as session:
        due = session.scalar(
            text(
                "SELECT count(*) FROM contact_moments "
                "WHERE follow_up_on <= :today AND follow_up_done = 0"
            ),
            {"today": TODAY},
        )
        oldest = session.scalar(
            text("SELECT min(follow_up_on) FROM contact_moments WHERE follow_up_done = 0")
        )
        waiting_with_room = session.scalar(
            text(
                "SELECT count(*) FROM events e WHERE "
                "(SELECT count(*) FROM registrations r WHERE r.event_id = e.id "
                " AND r.status = 'waiting') > 0 AND "
                "(SELECT count(*) FROM registrations r WHERE r.event_id = e.id "
                " AND r.status = 'registered') < e.capacity"
            )
        )
        shared = session.execute(
            text("SELECT email FROM residents WHERE email != '' GROUP BY email HAVING count(*) > 1")
        ).all()
    assert 0 < due <= 12
    assert date.fromisoformat(str(oldest)) >= TODAY - timedelta(days=7)
    assert waiting_with_room == 0
    pairs = duplicates.find_duplicates(db)
    assert 1 <= len(pairs) <= 5
    planted = {(p.first.name, p.first.phone) for p in pairs}
    assert all(p.first.name == p.second.name for p in pairs)  # the same person, twice
    assert len(shared) <= len(planted)
    with clock.frozen(TODAY):
        overview = today.overview(db)
    assert 0 < overview.sections["followups"].total <= 15


def test_applications_carry_the_attachments_their_status_implies(demo):
    """A submitted application has the fund's required attachments; an accounted one a receipt;
    a draft none yet, so its checklist still asks for them."""
    from db.services import ApplicationStatus as S
    from db.services import ListQuery, funding

    db, _summary = demo
    rows = funding.list_applications(db, ListQuery(limit=1000)).rows
    assert {r.status for r in rows} == set(S)
    for row in rows:
        kinds = {a.kind for a in funding.load(db, row.id).attachments}
        if row.status == S.DRAFT:
            assert kinds == set()
        else:
            assert {"Begroting", "Handtekeningenlijst"} <= kinds
        if row.status in (S.ACCOUNTED, S.CLOSED):
            assert "Bonnetje" in kinds
