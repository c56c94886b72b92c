"""The Vandaag area's menu entries: File → Progress report…, View → Charts…."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.widgets.modal import run_modal


def install_menu(window) -> None:
    """File → Progress report…, View → Charts… (for the complex chosen in Complexen, if any)."""
    translate = QCoreApplication.translate
    window.add_menu_action(
        "file", translate("TodayMenu", "&Progress report…"), lambda: _report(window)
    )
    window.add_menu_action("view", translate("TodayMenu", "&Charts…"), lambda: _charts(window))


# The dialogs (charts, report) are imported when first opened: start-up does not pay for them.
def _report(window) -> None:
    from desktop.today.report import ProgressReportDialog

    dialog = ProgressReportDialog(window.db, window)
    if run_modal(dialog) and dialog.saved is not None:  # still readable until the event loop
        window.statusBar().showMessage(
            QCoreApplication.translate("TodayMenu", "Saved %1").replace("%1", str(dialog.saved)),
            5000,
        )


def _charts(window) -> None:
    from desktop.today.charts import ChartsDialog

    tab = window.complexes
    complex_id = tab.model.row_id(tab.view.currentIndex().row())
    run_modal(ChartsDialog(window.db, complex_id, window))
