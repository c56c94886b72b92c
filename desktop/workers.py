"""Long work off the event loop: a QRunnable with signals and a progress dialog."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from db.services import Database, ServiceError
from desktop.widgets.modal import dispose


class _Signals(QObject):
    progress = Signal(str, int, int)
    finished = Signal(object)
    failed = Signal(str)


class Job(QRunnable):
    """Runs `work(progress)` in the thread pool; services there open their own sessions."""

    def __init__(self, work: Callable[[Callable[[str, int, int], None]], object]):
        super().__init__()
        self.signals = _Signals()
        self._work = work

    def run(self) -> None:
        try:
            result = self._work(self.signals.progress.emit)
        except ServiceError as exc:
            self.signals.failed.emit(str(exc))
            return
        self.signals.finished.emit(result)


def run_demo_generation(parent: QWidget, db: Database, on_done: Callable[[], None]) -> None:
    from db import demo  # heavy module; load only when someone asks for demo data

    dialog = QProgressDialog(
        QCoreApplication.translate("Workers", "Making demo data…"), "", 0, 0, parent
    )
    dialog.setCancelButton(None)  # one transaction: stopping halfway would only undo it all
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    job = Job(lambda progress: demo.generate(db, residents=2000, progress=progress))

    def on_progress(label: str, done: int, total: int) -> None:
        dialog.setLabelText(label)
        dialog.setMaximum(total)
        dialog.setValue(done)

    def on_failed(message: str) -> None:
        dispose(dialog)
        QMessageBox.warning(parent, QCoreApplication.translate("Workers", "Demo data"), message)

    def on_finished(_result) -> None:
        dispose(dialog)
        on_done()

    job.signals.progress.connect(on_progress)
    job.signals.failed.connect(on_failed)
    job.signals.finished.connect(on_finished)
    parent._demo_job = job  # keep the signals object alive until the job reports back
    QThreadPool.globalInstance().start(job)
