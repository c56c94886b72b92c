"""Importing real files made here: Dutch CSV dialects, xlsx with merged headers, bad rows."""

from __future__ import annotations

import csv
import io

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from db.models import AuditEntry, Complex, Home, Resident, ResidentLanguage, Stage, Volunteer
from db.services import ServiceError
from db.services import residents as resident_service
from db.transfer import importing
from db.transfer.importing import readers
from db.transfer.importing.mapping import missing_required
from db.validation import Invalid


def write_csv(path, rows, delimiter=";", encoding="utf-8", bom=False):
    buf = io.StringIO()
    csv.writer(buf, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    data = buf.getvalue().encode(encoding)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)
    return path


def load(db, kind, path):
    table = importing.read_table(path, importing.known_headers())
    mapping = importing.guess(kind, table.headers)
    return importing.make_plan(db, kind, table, mapping, source_name=path.name)


def count(db, model):
    with db.reading() as s:
        return s.scalar(select(func.count()).select_from(model))


def residents(db):
    with db.reading() as s:
        return {
            (r.given_name, r.name_prefix, r.family_name): r for r in s.scalars(select(Resident))
        }


RESIDENT_HEADER = [
    "Voornaam",
    "Tussenvoegsel",
    "Achternaam",
    "Geboortedatum",
    "Straat",
    "Huisnummer",
    "Postcode",
    "Telefoon",
    "E-mail",
    "Ingangsdatum",
]


def test_semicolon_cp1252_csv_with_dutch_dates_and_accents(db, tmp_path):
    path = write_csv(
        tmp_path / "bewoners.csv",
        [
            RESIDENT_HEADER,
            [
                "Zoë",
                "de",
                "Vries-van 't Hof",
                "27-04-1961",
                "Vulcanusdreef",
                "12-A",
                "3533ab",
                "0612345678",
                "zoe@example.nl",
                "01-03-2019",
            ],
            [
                "Müller",
                "",
                "Çelik",
                "1975",
                "Vulcanusdreef",
                "12 bis",
                "3533 AB",
                "",
                "",
                "2020-01-31",
            ],
        ],
        encoding="cp1252",
    )
    table = importing.read_table(path, importing.known_headers())
    assert (table.encoding, table.delimiter) == ("cp1252", ";")
    plan = load(db, "residents", path)
    assert plan.counts == {"new": 2, "update": 0, "same": 0, "error": 0}
    result = importing.run_import(db, plan)
    assert result.new_homes == 2 and result.backup is None
    found = residents(db)
    zoe = found[("Zoë", "de", "Vries-van 't Hof")]
    assert (zoe.birth_year, zoe.phone, zoe.move_in.isoformat()) == (
        1961,
        "+31612345678",
        "2019-03-01",
    )
    with db.reading() as s:
        homes = {
            (h.postcode, h.house_number, h.house_letter, h.addition)
            for h in s.scalars(select(Home))
        }
    assert homes == {("3533 AB", 12, "A", ""), ("3533 AB", 12, "", "BIS")}
    assert found[("Müller", "", "Çelik")].move_in.isoformat() == "2020-01-31"


def test_utf8_csv_with_and_without_bom_keeps_turkish_letters(db, tmp_path):
    # Windows-1252 has no "Ş": Turkish names arrive in UTF-8 files (Excel's "CSV UTF-8").
    rows = [
        ["Voornaam", "Achternaam", "Postcode", "Huisnr", "Straat"],
        ["Şükrü", "Yıldız", "3533 AB", "14", "Vulcanusdreef"],
    ]
    with_bom = write_csv(tmp_path / "bom.csv", rows, delimiter=",", bom=True)
    table = importing.read_table(with_bom, importing.known_headers())
    assert (table.encoding, table.delimiter, table.headers[0]) == ("utf-8-sig", ",", "Voornaam")
    importing.run_import(db, load(db, "residents", with_bom))
    assert ("Şükrü", "", "Yıldız") in residents(db)
    plain = write_csv(tmp_path / "plain.csv", rows)
    assert importing.read_table(plain).encoding == "utf-8"
    assert load(db, "residents", plain).counts["same"] == 1


def test_xlsx_with_title_merged_two_line_header_and_empty_rows(db, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet["A1"] = "Bewonerslijst Vulcanusdreef"
    sheet.merge_cells("A1:E1")
    sheet["A3"] = "Naam"
    sheet.merge_cells("A3:B3")  # "Naam" over two columns ...
    sheet.merge_cells("C3:C4")
    sheet["C3"] = "Geboortejaar"  # ... a vertically merged cell ...
    sheet.merge_cells("D3:E3")
    sheet["D3"] = "Adres"  # ... and "Adres" above "Postcode" and "Huisnummer"
    sheet["A4"], sheet["B4"], sheet["D4"], sheet["E4"] = (
        "Voornaam",
        "Achternaam",
        "Postcode",
        "Huisnummer",
    )
    sheet.append(["Ahmed", "El Amrani", 1980, "3533 AB", 7])
    sheet.append([])
    sheet.append(["Fatma", "Öztürk", "19x0", "3533 AB", 8])
    sheet.append([None, None, None, None, None])
    sheet.append(["Jan", "Bakker", 1950, "3533AB", "9c"])
    book.save(tmp_path / "lijst.xlsx")
    db_homes = tmp_path / "homes.csv"
    write_csv(
        db_homes,
        [
            ["Straat", "Huisnummer", "Postcode"],
            *[["Vulcanusdreef", n, "3533 AB"] for n in ("7", "8", "9c")],
        ],
    )
    importing.run_import(db, load(db, "homes", db_homes))

    table = importing.read_table(tmp_path / "lijst.xlsx", importing.known_headers())
    assert table.headers[:5] == (
        "Naam Voornaam",
        "Naam Achternaam",
        "Geboortejaar",
        "Adres Postcode",
        "Adres Huisnummer",
    )
    assert [r.number for r in table.rows] == [5, 7, 9]  # as Excel shows them
    plan = load(db, "residents", tmp_path / "lijst.xlsx")
    assert plan.report_lines() == [
        "rij 7: Geboortejaar '19x0' is niet geldig: vul een jaar (1956) of een geboortedatum "
        "(12-03-1956) in."
    ]
    result = importing.run_import(db, plan, skip_invalid=True)
    assert result.counts["new"] == 2 and result.new_homes == 0
    with db.reading() as s:
        jan = s.scalars(select(Resident).where(Resident.family_name == "Bakker")).one()
        assert (jan.home.house_number, jan.home.house_letter) == (9, "C")


def fifty_rows_with_three_bad(path):
    rows = [RESIDENT_HEADER]
    for i in range(50):
        rows.append(
            [
                f"Voor{i}",
                "",
                f"Achter{i}",
                f"{1940 + i}",
                "Bangkokdreef",
                str(i + 1),
                "3563 AA",
                "",
                f"p{i}@example.nl",
                "15-06-2021",
            ]
        )
    rows[10][6] = "1234 SS"  # row 11 in Excel
    rows[20][9] = "31-02-2021"  # row 21
    rows[40][8] = "geen mail"  # row 41
    return write_csv(path, rows)


def test_three_bad_rows_among_fifty_import_nothing_unless_skipped(db, tmp_path):
    path = fifty_rows_with_three_bad(tmp_path / "vijftig.csv")
    plan = load(db, "residents", path)
    assert plan.counts == {"new": 47, "update": 0, "same": 0, "error": 3}
    lines = plan.report_lines()
    assert lines[0] == "rij 11: Postcode '1234 SS' bestaat niet: SA, SD en SS worden niet gebruikt."
    assert lines[1].startswith("rij 21: De datum 31-02-2021 bestaat niet")
    assert lines[2].startswith("rij 41: E-mailadres 'geen mail' is niet geldig")
    with pytest.raises(ServiceError, match="3 rijen bevatten fouten"):
        importing.run_import(db, plan)
    assert count(db, Resident) == 0
    result = importing.run_import(db, plan, skip_invalid=True)
    assert result.counts["new"] == 47 and len(result.report) == 3
    assert count(db, Resident) == 47


def test_error_file_has_the_same_columns_plus_fout_and_can_be_fixed_and_reimported(db, tmp_path):
    path = fifty_rows_with_three_bad(tmp_path / "vijftig.csv")
    plan = load(db, "residents", path)
    importing.run_import(db, plan, skip_invalid=True)
    for name in ("fouten.csv", "fouten.xlsx"):
        importing.write_error_file(plan, tmp_path / name)
        table = importing.read_table(tmp_path / name, importing.known_headers())
        assert table.headers == (*RESIDENT_HEADER, "fout")
        assert [r.cells[2] for r in table.rows] == ["Achter9", "Achter19", "Achter39"]
        assert "bestaat niet" in table.rows[0].cells[-1]
    text = (tmp_path / "fouten.csv").read_text("utf-8-sig")
    fixed = (
        text.replace("1234 SS", "3563 AA")
        .replace("31-02-2021", "28-02-2021")
        .replace("geen mail", "p39@example.nl")
    )
    (tmp_path / "verbeterd.csv").write_text(fixed, "utf-8-sig")
    again = load(db, "residents", tmp_path / "verbeterd.csv")
    assert again.counts == {"new": 3, "update": 0, "same": 0, "error": 0}
    importing.run_import(db, again)
    assert count(db, Resident) == 50


def test_reimport_updates_instead_of_duplicating(db, tmp_path):
    path = fifty_rows_with_three_bad(tmp_path / "vijftig.csv")
    importing.run_import(db, load(db, "residents", path), skip_invalid=True)
    homes_before = count(db, Home)
    again = load(db, "residents", path)
    assert again.counts == {"new": 0, "update": 0, "same": 47, "error": 3}
    importing.run_import(db, again, skip_invalid=True)
    assert (count(db, Resident), count(db, Home)) == (47, homes_before)
    changed = path.read_text().replace("p5@example.nl", "nieuw@example.nl")
    path.write_text(changed)
    plan = load(db, "residents", path)
    assert plan.counts["update"] == 1
    importing.run_import(db, plan, skip_invalid=True)
    assert residents(db)[("Voor5", "", "Achter5")].email == "nieuw@example.nl"
    assert count(db, Resident) == 47


def test_same_person_twice_in_one_file_is_one_resident(db, tmp_path):
    path = write_csv(
        tmp_path / "dubbel.csv",
        [
            ["Voornaam", "Achternaam", "Geboortejaar", "Telefoon"],
            ["Anna", "Smit", "1970", ""],
            ["anna", "smit", "1970", "0301234567"],
        ],
    )
    plan = load(db, "residents", path)
    assert plan.counts == {"new": 1, "update": 1, "same": 0, "error": 0}
    importing.run_import(db, plan)
    with db.reading() as s:
        (anna,) = s.scalars(select(Resident)).all()
        assert anna.phone == "+31301234567"


def test_cancelled_import_changes_nothing(db, tmp_path):
    path = fifty_rows_with_three_bad(tmp_path / "vijftig.csv")
    plan = load(db, "residents", path)
    asked = []

    def cancelled():
        asked.append(1)
        return len(asked) >= 2  # after every row was matched and inserted, before the commit

    audit_before = count(db, AuditEntry)
    with pytest.raises(importing.ImportCancelled, match="niets gewijzigd"):
        importing.run_import(db, plan, skip_invalid=True, cancelled=cancelled)
    assert (count(db, Resident), count(db, Home), count(db, AuditEntry)) == (0, 0, audit_before)


def test_large_import_makes_a_backup_first(db, tmp_path, monkeypatch):
    monkeypatch.setattr("db.transfer.importing.apply.LARGE_IMPORT", 10)
    plan = load(db, "residents", fifty_rows_with_three_bad(tmp_path / "vijftig.csv"))
    result = importing.run_import(db, plan, skip_invalid=True)
    assert result.backup is not None and result.backup.exists()
    assert "voor-import" in result.backup.name


def test_import_is_audited_row_by_row_and_as_a_whole(db, tmp_path):
    path = write_csv(tmp_path / "a.csv", [["Achternaam", "Talen"], ["Bos", "Nederlands, Turks"]])
    importing.run_import(db, load(db, "residents", path))
    with db.reading() as s:
        entries = s.scalars(select(AuditEntry)).all()
        langs = s.scalars(select(ResidentLanguage.language)).all()
    assert sorted(langs) == ["nl", "tr"]
    assert any(
        e.action == "create" and e.object_type == "Resident" and "Bos" in e.changes for e in entries
    )
    assert any(e.action == "import" and "1 nieuw" in e.changes for e in entries)


def test_homes_with_complex_and_unknown_complex(db, tmp_path):
    with db.transaction() as s:
        s.add(Complex(name="Vulcanusdreef"))
    path = write_csv(
        tmp_path / "woningen.csv",
        [
            ["Adres", "Postcode", "Woonplaats", "Etage", "Complex"],
            ["Vulcanusdreef 1", "3533AB", "Utrecht", "0", "vulcanusdreef"],
            ["Vulcanusdreef 2-3", "3533 AB", "Utrecht", "1", "Vulcanusdreef"],
            ["Hanoidreef 5", "3561 AA", "Utrecht", "", "Onbekend complex"],
        ],
    )
    plan = load(db, "homes", path)
    assert plan.report_lines() == [
        "rij 4: Complex 'Onbekend complex' bestaat niet. Voeg het eerst "
        "toe op het tabblad Complexen, of laat de kolom leeg."
    ]
    importing.run_import(db, plan, skip_invalid=True)
    with db.reading() as s:
        homes = s.scalars(select(Home).order_by(Home.house_number)).all()
        assert [
            (h.street, h.house_number, h.addition, h.floor, h.complex_id is not None) for h in homes
        ] == [("Vulcanusdreef", 1, "", 0, True), ("Vulcanusdreef", 2, "3", 1, True)]


def test_volunteers_link_to_their_resident_and_update_on_reimport(db, tmp_path):
    resident_service.create(
        db, resident_service.ResidentData(given_name="Sanne", family_name="Visser", birth_year=1985)
    )
    path = write_csv(
        tmp_path / "vrijwilligers.csv",
        [
            ["Voornaam", "Achternaam", "Geboortejaar", "Fase", "VOG", "Vaardigheden", "Telefoon"],
            ["Sanne", "Visser", "1985", "actief", "01-02-2024", "koken", ""],
            ["Piet", "Kandidaat", "", "aanmelding", "", "", "06-12345678"],
        ],
    )
    plan = load(db, "volunteers", path)
    assert plan.counts["new"] == 2
    importing.run_import(db, plan)
    with db.reading() as s:
        vols = {v.family_name or v.resident.family_name: v for v in s.scalars(select(Volunteer))}
        assert vols["Visser"].resident_id is not None and vols["Visser"].stage == Stage.ACTIVE
        assert vols["Kandidaat"].resident_id is None and vols["Kandidaat"].phone == "+31612345678"
        assert len(vols["Visser"].stage_history) == 1
    path.write_text(path.read_text().replace("aanmelding", "gesprek"))
    plan = load(db, "volunteers", path)
    assert plan.counts == {"new": 0, "update": 1, "same": 1, "error": 0}
    importing.run_import(db, plan)
    with db.reading() as s:
        piet = s.scalars(select(Volunteer).where(Volunteer.family_name == "Kandidaat")).one()
        assert piet.stage == Stage.INTERVIEW and len(piet.stage_history) == 2
    assert count(db, Volunteer) == 2


def test_header_guessing_dutch_and_english():
    assert importing.guess(
        "residents",
        ["First name", "Last name", "Zip code", "House number", "E-mail address", "Phone"],
    ) == {
        "given_name": 0,
        "family_name": 1,
        "postcode": 2,
        "house_number": 3,
        "email": 4,
        "phone": 5,
    }
    remembered = {"family_name": "Naam huurder"}
    assert importing.guess("residents", ["Naam huurder", "Naam"], remembered)["family_name"] == 0
    assert "fout" not in importing.guess("residents", ["Achternaam", "fout"])


def test_unusable_files_give_a_dutch_reason(tmp_path):
    (tmp_path / "leeg.csv").write_bytes(b"")
    with pytest.raises(Invalid, match="leeg"):
        importing.read_table(tmp_path / "leeg.csv")
    (tmp_path / "kapot.xlsx").write_bytes(b"PK\x03\x04 niet echt")
    with pytest.raises(Invalid, match="beschadigd"):
        importing.read_table(tmp_path / "kapot.xlsx")
    (tmp_path / "plaatje.png").write_bytes(b"\x89PNG")
    with pytest.raises(Invalid, match=r"\.xlsx- of \.csv"):
        importing.read_table(tmp_path / "plaatje.png")


def test_excel_number_cells_become_sensible_text():
    assert readers.cell_text(612345678.0) == "612345678"
    assert readers.cell_text(1.5) == "1,5"
    assert importing.read_table  # the phone rule restores the lost leading zero:
    from db.transfer.importing.rows import phone

    assert phone("612345678") == "+31612345678"


def test_namesakes_are_matched_on_their_home_and_never_guessed(db, tmp_path):
    header = ["Voornaam", "Achternaam", "Geboortejaar", "Straat", "Huisnummer", "Postcode"]
    header += ["Telefoon"]
    first = ["Hakan", "Yılmaz", "1970", "Vulcanusdreef", "12", "3533 AB", "0611111111"]
    second = ["Hakan", "Yılmaz", "1970", "Zamenhofdreef", "40", "3562 JT", "0622222222"]
    importing.run_import(
        db, load(db, "residents", write_csv(tmp_path / "a.csv", [header, first, second]))
    )
    assert count(db, Resident) == 2
    # The second one's new phone number, with his address: only he changes.
    second[-1] = "0633333333"
    plan = load(db, "residents", write_csv(tmp_path / "b.csv", [header, second]))
    assert plan.counts == {"new": 0, "update": 1, "same": 0, "error": 0}
    importing.run_import(db, plan)
    with db.reading() as s:
        by_phone = {r.phone: s.get(Home, r.home_id).street for r in s.scalars(select(Resident))}
    assert by_phone == {"+31611111111": "Vulcanusdreef", "+31633333333": "Zamenhofdreef"}
    # Without an address either could be meant: an error row, nothing changes.
    plan = load(
        db,
        "residents",
        write_csv(
            tmp_path / "c.csv",
            [[*header[:3], "Telefoon"], ["Hakan", "Yılmaz", "1970", "0644444444"]],
        ),
    )
    assert plan.counts["error"] == 1
    assert plan.report_lines() == ["rij 2: Twee bewoners heten Hakan Yılmaz; vul het adres in."]


def test_one_column_with_the_whole_name_is_split_the_dutch_way(db, tmp_path):
    rows = [
        ["Naam", "Postcode", "Huisnummer", "Straat"],
        ["Zoë de Vries-van 't Hof", "3533 AB", "1", "Vulcanusdreef"],
        ["Jansen, P.", "3533 AB", "2", "Vulcanusdreef"],
        ["El Amrani", "3533 AB", "3", "Vulcanusdreef"],
        ["Fatima El Amrani", "3533 AB", "4", "Vulcanusdreef"],
    ]
    path = write_csv(tmp_path / "huurders.csv", rows)
    table = importing.read_table(path, importing.known_headers())
    mapping = importing.guess("residents", table.headers)
    assert mapping["full_name"] == 0 and "family_name" not in mapping
    assert missing_required("residents", mapping) == []
    assert importing.guess("residents", ["Huurder", "Postcode"])["full_name"] == 0
    assert "full_name" not in importing.guess("residents", ["Voornaam", "Naam"])
    importing.run_import(db, load(db, "residents", path))
    assert set(residents(db)) == {
        ("Zoë", "de", "Vries-van 't Hof"),
        ("P.", "", "Jansen"),
        ("", "", "El Amrani"),
        ("Fatima", "", "El Amrani"),
    }


def test_move_dates_use_the_words_of_the_residents_table():
    from db.transfer.importing import mapping

    assert mapping.field("residents", "move_in").label == "Ingetrokken"
    assert mapping.field("residents", "move_out").label == "Verhuisd"
    headers = mapping.known_headers()
    assert {"ingetrokken", "verhuisd", "ingangsdatum", "vertrokken"} <= headers
