"""Charts on screen plot exactly the service's figures (one drawing code path with the report),
for one complex or all; the progress report dialog saves the PDF and the .xlsx."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from db import clock
from db.services import progress
from desktop.reports import progress_charts
from desktop.today.charts import ChartsDialog
from desktop.today.report import ProgressReportDialog
from tests.db.services.test_progress import NOW, build


@pytest.fixture
def programme(db):
    with clock.frozen(NOW):
        yield build(db)


def test_chart_points_equal_the_service_figures(app, db, programme, qtbot):
    with clock.frozen(NOW):
        dialog = ChartsDialog(db, programme.vulcanus)
        qtbot.addWidget(dialog)
        first, last = dialog.period()
        figures = progress.monthly(db, first, last, programme.vulcanus)
    assert len(figures.months) == 12 and first.day == 1 and last == NOW.date()
    charts = dialog.charts
    assert charts["nb_share"].data == [figures.nb_share, [25.0] * 12]
    assert charts["activities"].data == [figures.activities]
    assert charts["participants"].data == [figures.participants]
    assert charts["hours"].data == [[float(h) for h in figures.hours]]
    assert charts["support"].data == [[5], [3]]
    assert figures.participants[-2] == 18 and figures.nb_share[-1] == 17.5  # 7 of 40 homes
    # What is drawn is that data: the chart inside the drawing holds the same series.
    drawn = progress_charts.drawing("participants", figures)
    chart = next(c for c in drawn.contents if hasattr(c, "data"))
    assert list(chart.data[0]) == figures.participants
    assert all(view.svg.renderer().isValid() for view in charts.values())


def test_switching_to_all_complexes_redraws(app, db, programme, qtbot):
    with clock.frozen(NOW):
        dialog = ChartsDialog(db, programme.vulcanus)
        qtbot.addWidget(dialog)
        dialog.complex_combo.setCurrentIndex(0)  # Alle complexen
        first, last = dialog.period()
        everything = progress.monthly(db, first, last)
    assert dialog.complex_combo.currentText() == "Alle complexen"
    assert dialog.charts["participants"].data == [everything.participants]
    assert everything.participants[-1] == 3  # Bangkokdreef in November


def test_report_dialog_saves_pdf_and_xlsx(app, db, programme, qtbot, tmp_path, monkeypatch):
    answers = iter([str(tmp_path / "rapport.pdf"), str(tmp_path / "rapport.xlsx")])
    monkeypatch.setattr(ProgressReportDialog, "ask_path", lambda self, s, k: next(answers))
    with clock.frozen(NOW):
        dialog = ProgressReportDialog(db)
        qtbot.addWidget(dialog)
        dialog.first.setText("01-06-2026")
        dialog.complex_combo.setCurrentIndex(dialog.complex_combo.findData(programme.bangkok))
        dialog.with_xlsx.setChecked(True)
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.saved == tmp_path / "rapport.pdf"
    assert (tmp_path / "rapport.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "rapport.xlsx").stat().st_size > 0


def test_report_dialog_refuses_a_reversed_period(app, db, qtbot, monkeypatch, tmp_path):
    warned = []
    monkeypatch.setattr(
        "desktop.today.report.QMessageBox.warning", lambda *args: warned.append(args[2])
    )
    dialog = ProgressReportDialog(db)
    qtbot.addWidget(dialog)
    dialog.first.setText("01-06-2026")
    dialog.last.setText("01-05-2026")
    dialog.save()
    assert warned == ["De laatste dag ligt vóór de eerste dag."]
    assert dialog.saved is None and not list(tmp_path.glob("*.pdf"))
