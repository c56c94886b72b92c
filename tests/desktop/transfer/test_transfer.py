"""The import wizard from file choice to report, export of a filtered tab, merging duplicates."""

from __future__ import annotations

import csv
from dataclasses import replace

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard
from sqlalchemy import func, select

from db.models import Home, Resident
from desktop.transfer import export
from desktop.transfer.duplicates import DuplicatesDialog
from desktop.transfer.import_wizard import ImportWizard
from desktop.widgets.table_model import Column


def write_file(path, rows):
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, delimiter=";").writerows(rows)
    return path


def residents_count(db):
    with db.reading() as s:
        return s.scalar(select(func.count()).select_from(Resident))


def next_page(qtbot, wizard):
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def test_wizard_from_file_choice_to_final_report(app, qtbot, db, tmp_path, monkeypatch):
    path = write_file(
        tmp_path / "bewoners.csv",
        [
            [
                "Voornaam",
                "Achternaam",
                "Geboortejaar",
                "Naam complexbeheerder",
                "Postcode",
                "Nr",
                "Straat",
            ],
            ["Zoë", "de Vries", "1961", "x", "3533 AB", "12", "Vulcanusdreef"],
            ["Piet", "Jansen", "1890", "x", "3533 AB", "14", "Vulcanusdreef"],
            ["Ayşe", "Kaya", "1977", "x", "3533AB", "16-2", "Vulcanusdreef"],
        ],
    )
    wizard = ImportWizard(db)
    qtbot.addWidget(wizard)
    wizard.show()
    monkeypatch.setattr(
        "desktop.transfer.import_wizard.QFileDialog.getOpenFileName",
        lambda *a, **k: (str(path), ""),
    )
    qtbot.mouseClick(wizard.file_page.browse_button, Qt.MouseButton.LeftButton)
    assert wizard.file_page.path.text() == str(path)
    next_page(qtbot, wizard)

    assert wizard.currentPage() is wizard.mapping_page
    combos = wizard.mapping_page.combos
    assert combos["family_name"].currentText() == "Achternaam"
    assert combos["house_number"].currentText() == "Nr"
    assert combos["phone"].currentIndex() == 0  # (niet importeren)
    next_page(qtbot, wizard)

    preview = wizard.preview_page
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=5000)
    assert (
        "Nieuw: 2" in preview.counts.text() and "fouten (overgeslagen): 1" in preview.counts.text()
    )
    assert preview.report.toPlainText().startswith("rij 3: Geboortejaar")
    assert preview.model.rowCount() == 3
    assert preview.model.index(2, 1).data() == "nieuw"
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # errors: not yet
    preview.skip.setChecked(True)
    assert wizard.button(QWizard.WizardButton.NextButton).text() == "&Importeren"
    next_page(qtbot, wizard)

    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.report_page, timeout=5000)
    assert "Nieuw: 2" in wizard.report_page.summary.text()
    assert wizard.report_page.report.toPlainText().startswith("rij 3:")
    assert residents_count(db) == 2
    with db.reading() as s:
        assert {(h.house_number, h.addition) for h in s.scalars(select(Home))} == {
            (12, ""),
            (16, "2"),
        }
    assert QSettings().value("import/residents/house_number") == "Nr"
    wizard.grab().save(str(tmp_path / "report.png"))


def test_wizard_remembers_a_manual_column_choice(app, qtbot, db, tmp_path):
    path = write_file(tmp_path / "b.csv", [["Naam huurder", "Achternaam"], ["Bos", "x"]])
    QSettings().setValue("import/residents/family_name", "Naam huurder")
    wizard = ImportWizard(db)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(path))
    next_page(qtbot, wizard)
    assert wizard.mapping_page.combos["family_name"].currentText() == "Naam huurder"


def test_wizard_refuses_a_bad_file_on_the_first_page(app, qtbot, db, tmp_path):
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    wizard = ImportWizard(db)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(tmp_path / "x.pdf"))
    next_page(qtbot, wizard)
    assert wizard.currentPage() is wizard.file_page
    assert ".xlsx" in wizard.file_page.message.text()


@pytest.fixture
def window(window_factory, demo_db):
    return window_factory(demo_db)


def test_export_follows_the_tabs_search_and_sort(window, tmp_path):
    tab = window.residents
    tab.model.set_query(replace(tab.model.query, text="dreef", sort="name", descending=True))
    path = tmp_path / "bewoners.xlsx"
    count = export.export_tab(tab, path)
    assert count == tab.model.total > 200  # more than the first page the table has loaded
    sheet = load_workbook(path).active
    headers = [c.value for c in sheet[1]]
    assert headers == [c.header for c in export.export_columns(tab)]
    assert all(c.header in headers for c in tab.model.columns() if not c.sensitive)
    assert not any(c.header in headers for c in tab.model.columns() if c.sensitive)
    assert sheet[1][0].value == "Naam"  # Dutch headers
    names = [row[0].value for row in sheet.iter_rows(min_row=2, max_row=6)]
    assert names == [tab.model.index(i, 0).data() for i in range(5)]
    csv_path = export.export_tab(tab, tmp_path / "bewoners.csv") and tmp_path / "bewoners.csv"
    assert csv_path.read_bytes().startswith(b"\xef\xbb\xbfNaam;")


def test_sensitive_columns_only_when_shown_and_then_with_a_warning(
    window, tmp_path, monkeypatch, qtbot
):
    tab = window.residents
    secret = Column("name", "Notities", sensitive=True)
    monkeypatch.setattr(tab.model, "_columns", [*tab.model.columns(), secret])
    assert secret not in export.export_columns(tab)
    path = tmp_path / "uit.csv"
    monkeypatch.setattr(export.QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    window.tabs.setCurrentWidget(tab)
    warned = []
    monkeypatch.setattr(
        export.QMessageBox,
        "warning",
        lambda *a, **k: warned.append(a[2]) or QMessageBox.StandardButton.No,
    )
    tab.set_show_sensitive(True)
    assert secret in export.export_columns(tab)
    export.export_current_tab(window)
    assert warned and "Notities" in warned[0] and not path.exists()  # refused: nothing written
    tab.set_show_sensitive(False)
    export.export_current_tab(window)
    qtbot.waitUntil(path.exists, timeout=5000)
    assert "Notities" not in path.read_text("utf-8-sig").splitlines()[0]


def test_menu_entries_are_installed(window):
    texts = [a.text() for a in window.menus["file"].actions()]
    assert "&Importeren…" in texts and "&Exporteren…" in texts
    assert "&Dubbele bewoners zoeken…" in [a.text() for a in window.menus["manage"].actions()]


def test_duplicates_dialog_merges_the_selected_pair(app, qtbot, db):
    with db.transaction() as s:
        home = Home(street="Vulcanusdreef", house_number=3, postcode="3533 AB")
        s.add_all(
            [
                Resident(family_name="Vries", given_name="Zoë", home=home, sort_key="vries zoe"),
                Resident(
                    family_name="Vries",
                    given_name="Zoe",
                    home=home,
                    sort_key="vries zoe",
                    phone="+31612345678",
                ),
            ]
        )
    dialog = DuplicatesDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.model.rowCount() == 1
    dialog.view.selectRow(0)
    assert dialog.merge_button.isEnabled()

    def keep_first():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        next(b for b in box.buttons() if b.text() == "Bewaar 1").click()

    QTimer.singleShot(100, keep_first)
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert residents_count(db) == 1
    assert dialog.stack.currentWidget() is dialog.empty


@pytest.mark.parametrize("tab_name", ["complexes", "residents", "volunteers", "funding", "events"])
def test_every_tab_exports_all_its_rows_to_xlsx_and_csv(window, tmp_path, tab_name):
    tab = getattr(window, tab_name)
    columns = export.export_columns(tab)
    count = export.export_tab(tab, tmp_path / "t.xlsx")
    assert count == tab.model.total > 0
    sheet = load_workbook(tmp_path / "t.xlsx").active
    assert sheet.max_row == count + 1 and sheet.max_column == len(columns)
    assert export.export_tab(tab, tmp_path / "t.csv") == count
    lines = (tmp_path / "t.csv").read_text("utf-8-sig").splitlines()
    assert lines[0] == ";".join(c.header for c in columns)


def test_cancelling_the_import_in_the_wizard_changes_nothing(app, qtbot, db, tmp_path, monkeypatch):
    import time

    from PySide6.QtWidgets import QProgressDialog, QPushButton

    from db.transfer.importing import targets

    rows = [["Voornaam", "Achternaam", "Geboortejaar"]]
    rows += [[f"V{i}", f"A{i}", "1970"] for i in range(60)]
    path = write_file(tmp_path / "veel.csv", rows)
    monkeypatch.setattr("db.transfer.importing.apply.STEP", 1)  # check for cancel after every row
    slow = targets.ResidentTarget.apply

    def slow_apply(self, values, errors):
        if self.write:
            time.sleep(0.03)  # long enough to press Cancel halfway
        return slow(self, values, errors)

    monkeypatch.setattr(targets.ResidentTarget, "apply", slow_apply)
    warnings = []
    monkeypatch.setattr(
        "desktop.transfer.import_wizard.QMessageBox.warning",
        lambda *a, **k: warnings.append(a[2]),
    )
    wizard = ImportWizard(db)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(path))
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=5000)
    next_page(qtbot, wizard)
    qtbot.waitUntil(
        lambda: any(d.isVisible() for d in wizard.findChildren(QProgressDialog)), timeout=5000
    )
    dialog = next(d for d in wizard.findChildren(QProgressDialog) if d.isVisible())
    qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)  # Annuleren
    qtbot.waitUntil(lambda: bool(warnings), timeout=5000)
    assert "afgebroken" in warnings[0] and "niets gewijzigd" in warnings[0]
    assert wizard.currentPage() is wizard.preview_page
    assert residents_count(db) == 0


def test_duplicates_most_likely_first_and_households_hidden(demo_db, app, qtbot):
    from db.transfer import duplicates

    everything = duplicates.find_duplicates(demo_db)
    dialog = DuplicatesDialog(demo_db)
    qtbot.addWidget(dialog)
    shown = [dialog.model.row(i) for i in range(dialog.model.rowCount())]
    assert [p.score for p in shown] == sorted((p.score for p in shown), reverse=True)
    assert all(p.likely != "low" for p in shown)
    hidden = len(everything) - len(shown)
    assert dialog.count.text().endswith(f"{hidden} onwaarschijnlijke verborgen")
    dialog.show_unlikely.setChecked(True)
    assert dialog.model.rowCount() == len(everything)
    if everything:
        evidence = dialog.model.index(0, 1).data()
        assert "naam" in evidence and "% gelijk" in evidence


def test_import_file_label_has_a_buddy_not_a_literal_ampersand(app, qtbot, db):
    from PySide6.QtWidgets import QLabel

    wizard = ImportWizard(db)
    qtbot.addWidget(wizard)
    page = wizard.page(wizard.startId())
    [label] = [w for w in page.findChildren(QLabel) if w.text() == "&Bestand:"]
    assert label.buddy() is page.path  # so "&" is a mnemonic, drawn as "Bestand:"
