"""The Aanvragen tab, the editor with its budget and live checklist, the status steps, the funds."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from db import clock
from db.models import ApplicationStatus, IncomeKind
from db.services import ListQuery, funding
from desktop.funding import status
from desktop.funding.editor import ApplicationEditor
from desktop.funding.funds import FundsDialog

S = ApplicationStatus
START = clock.today() + timedelta(weeks=10)


def check(editor: ApplicationEditor, key: str):
    return next(c for c in editor.checks.checklist.checks if c.key == key)


def type_cell(view, row: int, column: int, text: str) -> None:
    """Double-click-and-type as a person would: open the cell editor, type, press Enter."""
    index = view.model().index(row, column)
    view.setCurrentIndex(index)
    assert view.isVisible()
    view.edit(index)
    editor = QApplication.focusWidget()
    assert editor.parent() is view.viewport()
    editor.selectAll()
    QTest.keyClicks(editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()


def on_next_dialog(action) -> None:
    """Act on the modal dialog that is about to open (exec() blocks the test otherwise)."""

    def run():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, run)
            return
        action(dialog)

    QTimer.singleShot(0, run)


@pytest.fixture
def editor(app, db, monkeypatch, qtbot):
    dialog = ApplicationEditor(db)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    yield dialog
    # Closed here, not by qtbot (which closes before fixtures end): never wait for an answer.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    dialog.close()
    dialog.deleteLater()


def fill_basics(editor: ApplicationEditor) -> None:
    QTest.keyClicks(editor.title_edit.edit, "Burendag Vulcanusdreef")
    QTest.keyClicks(editor.organisation, "Bewonerscommissie Vulcanusdreef")
    QTest.keyClicks(editor.kvk.edit, "1234 5678")
    editor.contact.setText("Zoë de Vries-van 't Hof")
    editor.start.set_date(START)
    editor.end.set_date(START)
    QTest.keyClicks(editor.iban.edit, "nl91 abna 0417 1643 00")
    editor.holder.setText("Bewonerscommissie Vulcanusdreef")


def test_create_budget_checklist_submit_grant_account(editor, db, qtbot, tmp_path, monkeypatch):
    fill_basics(editor)
    assert editor.save_button.isEnabled()
    budget = editor.budget
    editor.pages.setCurrentWidget(budget)
    # costs: typed into the table; totals and the requested amount follow at once
    budget.add_cost.click()
    type_cell(budget.cost_view, 0, 0, "Soep en broodjes")
    type_cell(budget.cost_view, 0, 1, "Catering")
    type_cell(budget.cost_view, 0, 2, "60")
    type_cell(budget.cost_view, 0, 3, "4,50")
    assert budget.total_costs.text() == "€ 270,00"
    assert budget.requested.text() == "€ 270,00"
    assert not check(editor, "own_contribution").ok
    assert check(editor, "material").ok
    # a big material line tips the balance; the checklist says so, in Dutch
    budget.add_cost.click()
    type_cell(budget.cost_view, 1, 0, "Springkussen")
    type_cell(budget.cost_view, 1, 1, "Materiaal")
    type_cell(budget.cost_view, 1, 3, "400")
    assert budget.total_costs.text() == "€ 670,00"
    material = check(editor, "material")
    assert not material.ok and "60%" in material.text
    assert "✘" in [m.text() for m, _t in editor.checks.checklist._rows]
    # fix it: a cheaper bouncy castle
    type_cell(budget.cost_view, 1, 3, "250")
    assert check(editor, "material").ok
    # a wrong amount is refused with a Dutch message and changes nothing
    type_cell(budget.cost_view, 1, 3, "twee")
    assert "niet geldig" in budget.error.text() and budget.total_costs.text() == "€ 520,00"
    # own contribution: an income line
    budget.add_income.click()
    type_cell(budget.income_view, 0, 1, "Eigen bijdrage bewoners")
    type_cell(budget.income_view, 0, 2, "45")
    assert budget.requested.text() == "€ 475,00"
    assert check(editor, "own_contribution").ok
    assert not check(editor, "attachments").ok  # no budget file or signature list yet

    # submit with a failing check: asked first; the Dutch warning names the rule
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes,
    )

    def submit(dialog):
        QTest.keyClicks(dialog.reference, "IF-2026-0042")
        dialog.save_button.click()

    on_next_dialog(submit)
    editor.submit_button.click()
    assert asked and "Verplichte bijlagen ontbreken" in asked[0]
    app_id = editor.app_id
    stored = funding.load(db, app_id)
    assert (
        stored.application.status == S.SUBMITTED
        and stored.application.submitted_on == clock.today()
    )
    assert stored.budget.requested == Decimal("475.00")
    assert stored.application.reference == editor.reference.text() == "IF-2026-0042"
    assert (
        stored.application.iban == "NL91ABNA0417164300"
        and stored.application.kvk_number == "12345678"
    )

    # a partial grant
    def decide(dialog):
        dialog.outcome.setCurrentIndex(dialog.outcome.findData(S.PARTLY_GRANTED.value))
        dialog.amount.setText("")
        QTest.keyClicks(dialog.amount.edit, "400")
        QTest.keyClicks(dialog.reference, "BES-2026-1")
        dialog.save_button.click()

    on_next_dialog(decide)
    editor.decide_button.click()
    decided = funding.get(db, app_id)
    assert (decided.status, decided.amount_granted, decided.decision_reference) == (
        S.PARTLY_GRANTED,
        Decimal("400.00"),
        "BES-2026-1",
    )
    assert editor.account_button.isEnabled() and not editor.submit_button.isEnabled()

    # accountability with a photo that is copied into the data folder
    photo = tmp_path / "burendag.jpg"
    photo.write_bytes(b"photo")

    def account(dialog):
        first = next(iter(dialog.actuals.values()))
        first.setText("")
        QTest.keyClicks(first.edit, "255,50")
        dialog.participants.setValue(61)
        dialog.report.setPlainText("Gezellig; 61 buren kwamen.")
        dialog.add_file(funding.PHOTO, photo)
        dialog.save_button.click()

    on_next_dialog(account)
    editor.account_button.click()
    done = funding.load(db, app_id)
    assert done.application.status == S.ACCOUNTED and done.application.actual_participants == 61
    assert [c.actual_amount for c in done.costs] == [Decimal("255.50"), Decimal("250.00")]
    assert funding.open_copy(db, done.attachments[0].id).read_bytes() == b"photo"
    assert [h.status for h in done.history] == [S.DRAFT, S.SUBMITTED, S.PARTLY_GRANTED, S.ACCOUNTED]
    assert editor.history.count() == 4
    assert editor.pdf_buttons["accountability"].isEnabled()


def test_invalid_iban_blocks_save_with_dutch_message(editor):
    fill_basics(editor)
    editor.iban.setText("")
    QTest.keyClicks(editor.iban.edit, "NL00ABNA0417164300")
    editor.iban.show_error()
    assert not editor.save_button.isEnabled()
    assert "controlecijfers" in editor.iban.error_label.text()
    editor.payout.setCurrentIndex(editor.payout.findData("prepaid_card"))  # no account needed then
    assert editor.save_button.isEnabled()


def test_attaching_required_files_turns_the_check_green(editor, db, tmp_path):
    fill_basics(editor)
    editor.budget.add_cost.click()
    assert editor.save()  # attachments need a stored application
    editor.show_application()
    source = tmp_path / "begroting.xlsx"
    source.write_bytes(b"xlsx")
    for kind in ("Begroting", "Handtekeningenlijst"):
        editor.attachments.kind.setCurrentText(kind)
        assert editor.attachments.attach(kind, source)
    assert editor.attachments.list.count() == 2
    assert check(editor, "attachments").ok


def test_attachment_opens_saves_as_and_is_removed_from_the_database(
    editor, db, tmp_path, monkeypatch
):
    fill_basics(editor)
    editor.budget.add_cost.click()
    assert editor.save()
    editor.show_application()
    source = tmp_path / "begroting.xlsx"
    source.write_bytes(b"xlsx begroting")
    page = editor.attachments
    assert page.attach("Begroting", source)
    source.unlink()  # the database holds the file now
    page.list.setCurrentRow(0)
    added = clock.today().strftime("%d-%m-%Y")
    assert page.list.item(0).text() == f"Begroting: begroting.xlsx (14 bytes, toegevoegd {added})"
    opened = []
    monkeypatch.setattr(
        "desktop.funding.pages.QDesktopServices.openUrl", lambda url: opened.append(url)
    )
    page.open_button.click()
    assert Path(opened[0].toLocalFile()).read_bytes() == b"xlsx begroting"
    target = tmp_path / "uit de database.xlsx"
    monkeypatch.setattr(
        "desktop.funding.pages.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), "")
    )
    page.save_button.click()
    assert target.read_bytes() == b"xlsx begroting"
    editor.pages.setCurrentWidget(page)
    editor.grab().save("/tmp/wt15b_attachments.png")
    page.remove_button.click()
    assert page.list.count() == 0 and funding.load(db, editor.app_id).attachments == []


def test_tab_lists_filters_and_highlights_deadlines(db, window_factory, monkeypatch):
    fund = funding.list_funds(db)[0]
    soon = funding.save(
        db,
        funding.ApplicationData(
            fund_id=fund.id, title="Koningsdag", activity_start=clock.today() + timedelta(weeks=9)
        ),
        [funding.CostLineData(description="Tompouces", unit_price=Decimal("90"))],
        [funding.IncomeLineData(kind=IncomeKind.OWN_MONEY, amount=Decimal("10"))],
    )
    late = funding.save(
        db,
        funding.ApplicationData(
            fund_id=fund.id, title="Kerstbrunch", activity_start=clock.today() + timedelta(weeks=2)
        ),
        [],
        [],
    )
    window = window_factory(db)
    tab = window.funding
    window.tabs.setCurrentWidget(tab)
    assert tab.count_label.text() == "2 aanvragen"
    model = tab.model
    deadline_col = next(i for i, c in enumerate(model.columns()) if c.key == "next_deadline")
    by_title = {model.index(r, 0).data(): r for r in range(model.rowCount())}
    row = by_title["Koningsdag"]
    text = model.index(row, deadline_col).data()
    # within 2 weeks: the word stands beside the colour, never the colour alone
    soon_day = (clock.today() + timedelta(weeks=1)).strftime("%d-%m-%Y")
    assert text == f"Indienen vóór {soon_day} (binnenkort)"
    assert model.index(row, deadline_col).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(row, deadline_col).data(Qt.ItemDataRole.BackgroundRole) is None
    late_row = by_title["Kerstbrunch"]
    assert model.index(late_row, deadline_col).data().endswith("(te laat)")
    assert (
        model.index(late_row, deadline_col).data(Qt.ItemDataRole.ForegroundRole) is not None
    )  # overdue
    requested_col = next(i for i, c in enumerate(model.columns()) if c.key == "requested")
    assert model.index(row, requested_col).data() == "€ 80,00"
    funding.submit(db, soon, clock.today())
    tab.status_filter.setCurrentIndex(tab.status_filter.findData(S.SUBMITTED.value))
    assert tab.model.rowCount() == 1 and tab.model.index(0, 0).data() == "Koningsdag"
    assert tab.model.index(0, deadline_col).data().startswith("Besluit verwacht")
    tab.status_filter.setCurrentIndex(0)
    # delete the draft after confirming
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    tab.view.selectRow(tab.model.row_of(late))
    tab.delete_selected()
    assert funding.list_applications(db, ListQuery()).total == 1


def test_funds_dialog_edits_the_rules(app, db, qtbot, window_factory):
    window = window_factory(db)
    manage = [a.text() for a in window.menus["manage"].actions()]
    assert "&Fondsen…" in manage
    dialog = FundsDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.name.text() == "Initiatievenfonds Utrecht" and dialog.lead.value() == 8
    assert not dialog.save_button.isEnabled()  # nothing changed yet
    dialog.lead.setValue(6)
    dialog.ineligible.setPlainText("Alcohol\n\nVrijwilligersvergoeding ")
    dialog.fixed.setText("")
    QTest.keyClicks(dialog.fixed.edit, "13-01")
    assert not dialog.save_button.isEnabled()
    dialog.fixed.setText("9-1, 1-1")
    assert dialog.save_button.isEnabled()
    dialog.save_button.click()
    fund = funding.list_funds(db)[0]
    assert (fund.min_lead_weeks, fund.ineligible_categories, fund.fixed_decision_dates) == (
        6,
        "Alcohol\nVrijwilligersvergoeding",
        "01-01,09-01",
    )
    dialog.new_button.click()
    QTest.keyClicks(dialog.name.edit, "Bewonersfonds Rotterdam")
    dialog.max_request.setText("10.000")
    dialog.save_button.click()
    assert [f.name for f in funding.list_funds(db)] == [
        "Initiatievenfonds Utrecht",
        "Bewonersfonds Rotterdam",
    ]
    assert funding.list_funds(db)[1].max_per_request == Decimal("10000.00")
    assert dialog.list.count() == 2


def test_status_history_text_is_dated(app):
    change = funding.StatusChangeData(S.SUBMITTED, date(2026, 3, 2), "per e-mail")
    assert status.format_history(change) == "02-03-2026  Ingediend — per e-mail"


def test_closing_with_unsaved_changes_asks_first(editor, monkeypatch):
    QTest.keyClicks(editor.title_edit.edit, "Kerstbrunch")
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: asked.append(a[1]) or QMessageBox.StandardButton.Cancel,
    )
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    assert asked == ["Niet-opgeslagen wijzigingen"] and editor.isVisible()


def test_new_application_from_the_tab_is_listed(db, window_factory, monkeypatch):
    window = window_factory(db)
    tab = window.funding

    def fill_and_save(dialog):
        fill_basics(dialog)
        dialog.save_button.click()  # saves and closes
        return True

    monkeypatch.setattr(ApplicationEditor, "exec", fill_and_save)
    tab.new_button.click()
    assert tab.count_label.text() == "1 aanvraag"
    assert tab.model.index(0, 0).data() == "Burendag Vulcanusdreef"
    assert tab.view.currentIndex().row() == 0


def test_applicant_names_non_empty_for_every_demo_application(demo_db, app, qtbot):
    from db.services import ApplicantKind, ListQuery
    from desktop.funding.editor import ApplicationEditor

    rows = funding.list_applications(demo_db, ListQuery()).rows
    kinds = set()
    for row in rows:
        assert row.applicant.strip(), row.title  # the Aanvragen tab's column
        editor = ApplicationEditor(demo_db, row.id)
        qtbot.addWidget(editor)
        kind = ApplicantKind(editor.kind.currentData())
        kinds.add(kind)
        if kind == ApplicantKind.ORGANISATION:
            assert editor.organisation.text().strip(), row.title
        else:  # a resident, or a volunteer who is also a resident: the person's own name
            assert editor.person.currentIndex() >= 0 and editor.person.currentText().strip()
        editor.close()
        editor.deleteLater()
    assert ApplicantKind.VOLUNTEER in kinds  # the case that used to show an empty applicant


def test_delete_is_quieter_than_new(db, window_factory):
    from PySide6.QtWidgets import QPushButton, QToolButton

    tab = window_factory(db).funding
    assert isinstance(tab.new_button, QPushButton)
    assert isinstance(tab.delete_button, QToolButton) and tab.delete_button.autoRaise()
    assert tab.delete_button.text() == "Verwijderen"


def test_editor_tabs_all_visible_at_1000_px(demo_db, app, qtbot):
    from db.services import ListQuery
    from desktop.funding.editor import ApplicationEditor

    app_id = funding.list_applications(demo_db, ListQuery(limit=1)).rows[0].id
    editor = ApplicationEditor(demo_db, app_id)
    qtbot.addWidget(editor)
    editor.resize(1000, 700)
    editor.show()
    qtbot.waitExposed(editor)
    bar = editor.pages.tabBar()
    last = bar.tabRect(bar.count() - 1)
    assert last.right() <= bar.width()  # no tab scrolled out of sight behind arrows
