"""Volunteers: pipeline with dated history, linking to residents, support links with consent,
match suggestions, hours totals, VOG status with a configurable period, and printed-list data."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from db import clock
from db.models import Stage, SupportKind
from db.services import ListQuery, ServiceError, complexes, names, residents, settings
from db.services import volunteer_matching as matching
from db.services import volunteer_pipeline as pipe
from db.services import volunteer_support as vsup
from db.services import volunteers as v

TODAY = date(2026, 11, 25)


@pytest.fixture(autouse=True)
def _on_today():
    """The steps below are dated relative to TODAY; the services stamp the clock's day."""
    with clock.frozen(TODAY):
        yield


@pytest.fixture
def place(db):
    cid = complexes.create(db, complexes.ComplexData(name="Vulcanusdreef", home_count=188))
    complexes.add_home_range(db, cid, "Vulcanusdreef", 1, 40, "3533 AB", floor_size=4)
    other = complexes.create(db, complexes.ComplexData(name="Bangkokdreef", home_count=100))
    complexes.add_home_range(db, other, "Bangkokdreef", 1, 8, "3562 CA", floor_size=4)
    return cid, complexes.list_homes(db, cid), other, complexes.list_homes(db, other)


def add_resident(
    db, home, given, family, consent=True, flags=("weekly_call",), languages=("nl",), phone=""
):
    return residents.create(
        db,
        residents.ResidentData(
            given_name=given,
            family_name=family,
            home_id=home.id,
            phone=phone,
            move_in=date(2015, 1, 1),
            consent_volunteer_contact=consent,
            support_flags=list(flags),
            languages=list(languages),
            notes="Geheime notitie",
        ),
    )


def add_volunteer(db, cid, resident_id=None, stage=Stage.ACTIVE, **kw):
    data = v.VolunteerData(resident_id=resident_id, complex_id=cid, stage=stage, **kw)
    if resident_id is None and not kw.get("family_name"):
        data.family_name = "Kandidaat"
    return v.create(db, data)


def test_candidate_moves_through_every_stage_with_dated_history(db, place):
    cid, homes, _other, _ = place
    vid = v.create(
        db,
        v.VolunteerData(
            given_name="Şükrü",
            family_name="Yıldız",
            phone="06 12345678",
            complex_id=cid,
            stage_since=TODAY - timedelta(days=100),
        ),
    )
    steps = [
        pipe.StageStep(Stage.LETTER_SCORED, TODAY - timedelta(days=90), motivation_score=8),
        pipe.StageStep(
            Stage.INTERVIEW,
            TODAY - timedelta(days=80),
            interview_on=TODAY - timedelta(days=80),
            interviewers="Fatima en Joost",
            interview_score=7,
            interview_notes="Enthousiast",
        ),
        pipe.StageStep(
            Stage.HOUSED,
            TODAY - timedelta(days=50),
            home_id=homes[5].id,
            move_in=TODAY - timedelta(days=50),
        ),
        pipe.StageStep(Stage.WELCOMED, TODAY - timedelta(days=30)),
        pipe.StageStep(Stage.ACTIVE, TODAY - timedelta(days=10)),
        pipe.StageStep(Stage.STOPPED, TODAY, stopped_reason="Verhuisd naar Amersfoort"),
    ]
    for step in steps:
        pipe.move_to_stage(db, vid, step, today=TODAY)
    history = v.stage_history(db, vid)
    assert [s for s, _d, _n in history] == list(Stage)
    assert [d for _s, d, _n in history][1:] == [s.on for s in steps]
    data = v.get(db, vid)
    assert (data.motivation_score, data.interviewers, data.interview_score) == (
        8,
        "Fatima en Joost",
        7,
    )
    assert data.stopped_reason == "Verhuisd naar Amersfoort"
    # Housed: the candidate became a resident of that home, typed once.
    assert data.resident_id is not None and data.family_name == "" and data.phone == ""
    resident = residents.get(db, data.resident_id)
    assert (resident.given_name, resident.family_name, resident.home_id) == (
        "Şükrü",
        "Yıldız",
        homes[5].id,
    )
    assert resident.phone == "+31612345678"
    assert v.person(db, vid).name == "Şükrü Yıldız"


@pytest.mark.parametrize(
    "step, message",
    [
        (pipe.StageStep(Stage.INTERVIEW), "één stap"),
        (pipe.StageStep(Stage.LETTER_SCORED), "score"),
        (pipe.StageStep(Stage.LETTER_SCORED, motivation_score=11), "score"),
        (
            pipe.StageStep(Stage.LETTER_SCORED, TODAY + timedelta(days=1), motivation_score=5),
            "toekomst",
        ),
        (pipe.StageStep(Stage.STOPPED), "reden"),
    ],
)
def test_wrong_steps_are_refused_in_dutch(db, place, step, message):
    vid = add_volunteer(db, place[0], stage=Stage.APPLIED)
    with pytest.raises(ServiceError, match=message):
        pipe.move_to_stage(db, vid, step, today=TODAY)
    assert [s for s, _d, _n in v.stage_history(db, vid)] == [Stage.APPLIED]


def test_housing_into_an_occupied_home_is_refused(db, place):
    cid, homes, _o, _ = place
    add_resident(db, homes[0], "Riet", "Jansen")
    vid = add_volunteer(db, cid, stage=Stage.INTERVIEW)
    with pytest.raises(ServiceError, match="woont nog iemand"):
        pipe.move_to_stage(
            db, vid, pipe.StageStep(Stage.HOUSED, home_id=homes[0].id, move_in=TODAY), today=TODAY
        )


def test_linking_a_resident_shows_the_person_once(db, place):
    cid, homes, _o, _ = place
    rid = add_resident(db, homes[2], "Zoë", "de Vries", phone="0301234567")
    vid = add_volunteer(db, None, given_name="Zoe", family_name="Vries", stage=Stage.APPLIED)
    v.link_resident(db, vid, rid)
    rows = v.list_volunteers(db).rows
    assert [r.name for r in rows] == ["Zoë de Vries"]
    assert rows[0].complex_name == "Vulcanusdreef"  # taken from the resident's home
    assert v.get(db, vid).family_name == ""
    assert v.person(db, vid).phone == "+31301234567"
    assert rid not in [r.id for r in v.find_residents(db, without_volunteer=True)]
    assert [r.name for r in v.find_residents(db, "vries")] == ["Zoë de Vries"]
    other = add_volunteer(db, cid, stage=Stage.APPLIED)
    with pytest.raises(ServiceError, match="al als vrijwilliger"):
        v.link_resident(db, other, rid)


def test_support_link_needs_contact_consent(db, place):
    cid, homes, _o, _ = place
    vid = add_volunteer(db, cid)
    refuser = add_resident(db, homes[1], "Piet", "Bakker", consent=False)
    with pytest.raises(ServiceError, match="geen toestemming"):
        vsup.support_links.create(db, vsup.SupportLinkData(volunteer_id=vid, resident_id=refuser))
    assert vsup.support_links.list_for(db, vid) == []


def test_suggestions_prefer_same_complex_then_nearest_floor_then_language(db, place):
    cid, homes, other, other_homes = place
    resident = add_resident(db, homes[9], "Fatma", "Demir", languages=("tr", "nl"))  # floor 2
    far = add_resident(db, homes[37], "Jan", "Hoog")  # floor 9
    near = add_resident(db, homes[5], "Ans", "Laag", languages=("nl",))  # floor 1
    near_turkish = add_resident(db, homes[13], "Emre", "Kaya", languages=("tr",))  # floor 3
    elsewhere = add_resident(db, other_homes[0], "Bea", "Ander")
    ids = {}
    for name, rid, complex_id in (
        ("far", far, cid),
        ("near", near, cid),
        ("tr", near_turkish, cid),
        ("elsewhere", elsewhere, other),
    ):
        ids[name] = add_volunteer(
            db,
            complex_id,
            rid,
            languages=["tr"] if name == "tr" else ["nl"],
            availability="wed-pm,mon-am",
        )
    add_volunteer(db, cid, stage=Stage.INTERVIEW)  # candidates are not suggested
    found = matching.suggestions(db, resident)
    assert [s.volunteer_id for s in found] == [ids["tr"], ids["near"], ids["far"], ids["elsewhere"]]
    best = found[0]
    assert (best.same_complex, best.floor_distance, best.shared_languages) == (True, 1, ("tr",))
    assert best.first_free_day == 0  # Monday comes first in the week
    assert resident in [w.id for w in matching.residents_waiting(db)]
    link = matching.accept(db, resident, best)
    assert resident not in [w.id for w in matching.residents_waiting(db)]
    (supported,) = matching.supported_by(db, best.volunteer_id)
    assert (supported.link_id, supported.kind, supported.agreed_day) == (
        link,
        SupportKind.WEEKLY_CALL,
        0,
    )
    assert best.volunteer_id not in [s.volunteer_id for s in matching.suggestions(db, resident)]


def test_residents_without_consent_are_not_waiting(db, place):
    add_resident(db, place[1][0], "Piet", "Bakker", consent=False)
    assert matching.residents_waiting(db) == []


def test_hours_totals_per_month_and_year(db, place):
    vid = add_volunteer(db, place[0])
    for day, amount in (
        (date(2025, 12, 3), "2"),
        (date(2026, 1, 5), "1,5"),
        (date(2026, 1, 20), "3"),
        (date(2026, 2, 1), "0,75"),
    ):
        vsup.hours.create(db, vsup.HoursData(volunteer_id=vid, worked_on=day, hours=amount))
    totals = vsup.hours_totals(db, vid)
    assert totals.by_year == [(2026, Decimal("5.25")), (2025, Decimal("2.00"))]
    assert totals.by_month[:2] == [(2026, 2, Decimal("0.75")), (2026, 1, Decimal("4.50"))]
    assert v.list_volunteers(db, today=date(2026, 3, 1)).rows[0].hours_year == Decimal("5.25")
    with pytest.raises(ServiceError, match="tussen 0 en 24"):
        vsup.hours.create(db, vsup.HoursData(volunteer_id=vid, worked_on=TODAY, hours="25"))


def test_vog_status_and_filter_follow_the_configured_period(db, place):
    cid, homes, _o, _ = place
    rid = add_resident(db, homes[0], "Riet", "Jansen")
    supporter = add_volunteer(db, cid, family_name="Steun")
    idle = add_volunteer(db, cid, family_name="Rust")
    vsup.support_links.create(db, vsup.SupportLinkData(volunteer_id=supporter, resident_id=rid))
    query = ListQuery(filters={"vog_warning": True})
    assert [r.id for r in v.list_volunteers(db, query, today=TODAY).rows] == [supporter]
    assert v.vog_status_of(db, supporter, TODAY) == v.VogStatus.MISSING
    assert v.vog_status_of(db, idle, TODAY) == v.VogStatus.NOT_NEEDED
    data = v.get(db, supporter)
    data.vog_date = date(2023, 12, 1)  # three years ago next week
    v.update(db, supporter, data)
    assert v.vog_status_of(db, supporter, TODAY) == v.VogStatus.EXPIRING
    assert [r.id for r in v.list_volunteers(db, query, today=TODAY).rows] == [supporter]
    settings.set_vog_valid_years(db, 5)
    assert settings.vog_valid_years(db) == 5
    assert v.vog_status_of(db, supporter, TODAY) == v.VogStatus.OK
    assert v.list_volunteers(db, query, today=TODAY).total == 0
    settings.set_vog_valid_years(db, 2)
    assert v.vog_status_of(db, supporter, TODAY) == v.VogStatus.EXPIRED
    with pytest.raises(ServiceError):
        settings.set_vog_valid_years(db, 0)


def test_settings_are_generic_key_value(db):
    assert settings.get(db, "events.flyer_footer", "standaard") == "standaard"
    settings.set(db, "events.flyer_footer", "Tot ziens!")
    settings.set(db, "events.flyer_footer", "Tot snel!")
    assert settings.get(db, "events.flyer_footer") == "Tot snel!"
    settings.set(db, settings.VOG_VALID_YEARS, "onzin")
    assert settings.vog_valid_years(db) == 3


def test_call_list_and_notice_board_hold_names_and_phones_only(db, place):
    cid, homes, _o, _ = place
    caller = add_resident(db, homes[3], "Şükrü", "Yıldız", phone="0612345678")
    vid = add_volunteer(db, cid, caller, on_notice_board=True, roles=["Belcontact senioren"])
    add_volunteer(db, cid, family_name="Verlegen", on_notice_board=False)
    for i, day in ((10, 3), (11, 0)):
        rid = add_resident(db, homes[i], "محمد", f"العلي{i}", phone=f"06123456{i}")
        vsup.support_links.create(
            db, vsup.SupportLinkData(volunteer_id=vid, resident_id=rid, agreed_day=day)
        )
    (group,) = matching.call_list(db, cid)
    assert (group.volunteer_name, group.volunteer_phone) == ("Şükrü Yıldız", "06 12345678")
    assert [c.agreed_day for c in group.calls] == [0, 3]
    assert matching.notice_board(db, cid) == [
        matching.BoardEntry("Şükrü Yıldız", ["Belcontact senioren"])
    ]
    with pytest.raises(ServiceError, match="bestaat niet"):
        matching.call_list(db, 999)


def test_list_filters_and_sorting_on_demo_data(demo_db):
    page = v.list_volunteers(demo_db, ListQuery(sort="hours_year", descending=True))
    assert page.total >= 14
    hours_ = [r.hours_year for r in page.rows]
    assert hours_ == sorted(hours_, reverse=True)
    active = v.list_volunteers(demo_db, ListQuery(filters={"stage": Stage.ACTIVE}))
    assert active.total and {r.stage for r in active.rows} == {Stage.ACTIVE}
    role = v.role_names(demo_db)[0]
    assert all(
        role in r.roles for r in v.list_volunteers(demo_db, ListQuery(filters={"role": role})).rows
    )
    board = pipe.pipeline(demo_db)
    assert sum(len(cards) for cards in board.values()) == page.total
    name = page.rows[0].name
    found = [c.name for cards in pipe.pipeline(demo_db, text=name).values() for c in cards]
    assert name in found and len(found) < page.total


def test_office_settings_revision_migrates_a_database_with_volunteers(tmp_path):
    """Upgrade from the revision before office_settings, with a volunteer in it."""
    from sqlalchemy import text

    from db.engine import Database, sqlite_url
    from db.safety import migrate
    from db.safety.opening import open_database

    script = migrate.ScriptDirectory.from_config(migrate.alembic_config())
    before = script.get_revision("0003_volunteers_office_settings").down_revision
    path = tmp_path / "old.sqlite"
    old = Database(sqlite_url(path))
    migrate.upgrade(old.engine, before)
    with old.transaction() as session:
        session.execute(
            text(
                "INSERT INTO volunteers (given_name, name_prefix, family_name, phone, email, "
                "stage, stopped_reason, interviewers, interview_notes, skills, availability, "
                "on_notice_board, notes) VALUES ('Fatma','','Demir','','','active','','','','',"
                "'mon-am',1,'')"
            )
        )
    old.dispose()
    db = open_database(sqlite_url(path))
    assert settings.vog_valid_years(db) == 3  # the table exists, empty: the default applies
    settings.set_vog_valid_years(db, 4)
    assert settings.vog_valid_years(db) == 4
    assert [r.name for r in v.list_volunteers(db).rows] == ["Fatma Demir"]
    db.dispose()


@pytest.mark.parametrize(
    "typed",
    ["Marta Wójcik", "marta wojcik", "WOJCIK", "wojcik marta", "mar wój"],
)
def test_a_candidates_own_name_is_found_however_it_is_typed(db, place, typed):
    """A name without a tussenvoegsel, with accents, in any word order (list and board alike)."""
    vid = v.create(db, v.VolunteerData(given_name="Marta", family_name="Wójcik"))
    v.create(db, v.VolunteerData(given_name="Zoë", name_prefix="de", family_name="Vries"))
    assert [r.id for r in v.list_volunteers(db, ListQuery(text=typed)).rows] == [vid]
    board = pipe.pipeline(db, text=typed)
    assert [c.id for cards in board.values() for c in cards] == [vid]
    assert v.list_volunteers(db, ListQuery(text=typed)).rows[0].name == "Marta Wójcik"


@pytest.mark.parametrize(
    "given, prefix, family, typed, shown",
    [
        ("Şükrü", "", "Yıldız", "sukru", "Şükrü Yıldız"),
        ("Zoë", "de", "Vries-van 't Hof", "zoe de", "Zoë de Vries-van 't Hof"),
        ("Zoë", "de", "Vries-van 't Hof", "VRIES-VAN", "Zoë de Vries-van 't Hof"),
        ("محمد", "", "العلي", "العلي", "محمد العلي"),
        ("Łukasz", "", "Wiśniewski", "wisniewski", "Łukasz Wiśniewski"),
    ],
)
def test_a_linked_residents_name_is_shown_and_found(db, place, given, prefix, family, typed, shown):
    """One display name and one search text for residents, volunteers and the board."""
    rid = residents.create(
        db,
        residents.ResidentData(
            given_name=given, name_prefix=prefix, family_name=family, home_id=place[1][0].id
        ),
    )
    vid = v.create(db, v.VolunteerData(resident_id=rid, stage=Stage.ACTIVE))
    assert [(r.id, r.name) for r in v.list_volunteers(db, ListQuery(text=typed)).rows] == [
        (vid, shown)
    ]
    assert [c.name for cards in pipe.pipeline(db, text=typed).values() for c in cards] == [shown]
    assert [r.name for r in residents.list_residents(db, ListQuery(text=typed)).rows] == [shown]
    assert names.display_name(given, prefix, family) == shown
