"""`buurtkantoor --self-test`: prove that an installed (or frozen) program has everything it reads.

It opens a fresh temporary database, migrates it with the shipped Alembic scripts, writes demo
data, renders every PDF document that is registered, loads the Dutch translations and the icons,
and prints what it checked. Exit code 0 when all is well, 1 with the reasons otherwise. Nothing
outside the temporary folder is touched, so it is safe to run on an office computer.

The PDF check takes whatever desktop.reports.load_all() registers: a new document is covered
without editing this file, as long as its subject names a model (see SUBJECT_MODELS).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

DEMO_RESIDENTS = 400  # a few complexes, enough events and applications in every status
CANDIDATES_PER_DOCUMENT = 60  # a document may refuse objects in the wrong state; try others

# Document.subject → the model whose ids it takes. Unknown subjects fall back to a model whose
# class or table name matches, so a new subject needs no edit here when it is named sensibly.
SUBJECT_MODELS = {
    "complex": "Complex",
    "home": "Home",
    "resident": "Resident",
    "volunteer": "Volunteer",
    "partner": "Partner",
    "signal": "Signal",
    "event": "Event",
    "series": "EventSeries",
    "event_series": "EventSeries",
    "application": "FundingApplication",
    "funding_application": "FundingApplication",
    "fund": "Fund",
    # the same in Dutch, as some documents name their subject
    "wooncomplex": "Complex",
    "woning": "Home",
    "bewoner": "Resident",
    "vrijwilliger": "Volunteer",
    "signaal": "Signal",
    "activiteit": "Event",
    "reeks": "EventSeries",
    "aanvraag": "FundingApplication",
    "fonds": "Fund",
}


class CheckFailed(Exception):
    """A check did not pass; str() says why, in Dutch."""


class Report:
    """Collects results and prints one line per check as it happens."""

    def __init__(self, out: TextIO):
        self.out = out
        self.passed: list[str] = []
        self.failed: list[str] = []

    def ok(self, message: str) -> None:
        self.passed.append(message)
        print(f"  ok      {message}", file=self.out, flush=True)

    def fail(self, message: str) -> None:
        self.failed.append(message)
        print(f"  MISLUKT {message}", file=self.out, flush=True)

    def check(self, label: str, action: Callable[[], str]) -> bool:
        """Run one check; an exception of any kind is a failure with its reason."""
        try:
            detail = action()
        except Exception as exc:  # the self-test reports every failure, it never crashes
            reason = str(exc) or type(exc).__name__
            self.fail(
                f"{label}: {reason}"
                if isinstance(exc, CheckFailed)
                else f"{label}: {type(exc).__name__}: {reason}"
            )
            return False
        self.ok(f"{label}: {detail}" if detail else label)
        return True


def run(out: TextIO | None = None) -> int:
    if out is None:
        out = sys.stdout
        if hasattr(out, "reconfigure"):  # a Windows pipe in cp1252 cannot print '→' or 'ë'
            out.reconfigure(errors="replace")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window: works on a server or in CI
    from desktop import __version__

    frozen = "bevroren build" if getattr(sys, "frozen", False) else "vanuit de broncode"
    print(
        f"Zelftest Buurtkantoor {__version__} ({frozen}, Python {sys.version.split()[0]})",
        file=out,
        flush=True,
    )
    report = Report(out)
    started = time.perf_counter()
    report.check("Qt-toepassing gestart", _start_application)
    report.check("alle modules laden", _check_modules)
    with _temporary_database(report) as db:
        if db is not None and report.check("demogegevens geschreven", lambda: _demo(db)):
            _check_documents(report, db)
            report.check("hoofdvenster geopend", lambda: _check_window(db))
    report.check("Nederlandse vertaling", _check_translation)
    report.check("Qt's eigen Nederlandse teksten", _check_qt_translation)
    report.check("pictogrammen", _check_icons)
    report.check("Arabische tekst in PDF's", _check_shaping)
    seconds = time.perf_counter() - started
    if report.failed:
        total = len(report.passed) + len(report.failed)
        print(
            f"Zelftest MISLUKT: {len(report.failed)} van {total} "
            f"controles niet geslaagd ({seconds:.1f} s).",
            file=out,
            flush=True,
        )
        return 1
    print(
        f"Zelftest geslaagd: {len(report.passed)} controles in {seconds:.1f} s.",
        file=out,
        flush=True,
    )
    return 0


def _start_application() -> str:
    from PySide6.QtGui import QGuiApplication

    from desktop.app import make_application

    make_application()
    return f"platform {QGuiApplication.platformName()}"


def _check_modules() -> str:
    """Import every module of ours: a frozen build then proves it bundled what they import."""
    import importlib
    import pkgutil

    import db
    import desktop

    names = [
        info.name
        for package in (desktop, db)
        for info in pkgutil.walk_packages(package.__path__, f"{package.__name__}.")
        if ".migrations" not in info.name and not info.name.endswith("__main__")
    ]
    for name in names:
        importlib.import_module(name)
    return f"{len(names)} modules"


def _check_window(db) -> str:
    """The main window on the demo database, never shown on screen; settings go to a temp dir."""
    from PySide6.QtCore import QSettings

    from desktop.shell.main_window import MainWindow

    with tempfile.TemporaryDirectory(
        prefix="buurtkantoor-zelftest-instellingen-", ignore_cleanup_errors=True
    ) as folder:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
        window = MainWindow(db)
        try:
            tabs = window.tabs.count()
            menus = sum(len(menu.actions()) for menu in window.menus.values())
        finally:
            window.deleteLater()
    return f"{tabs} tabbladen, {menus} menu-opdrachten"


@contextmanager
def _temporary_database(report: Report) -> Iterator:
    from db.engine import sqlite_url
    from db.safety import migrate
    from db.safety.opening import open_database

    # ignore_cleanup_errors: a virus scanner on Windows may still hold the file for a moment
    with tempfile.TemporaryDirectory(
        prefix="buurtkantoor-zelftest-", ignore_cleanup_errors=True
    ) as folder:
        holder: list = []

        def open_and_migrate() -> str:
            db = open_database(sqlite_url(Path(folder) / "zelftest.sqlite"))
            holder.append(db)
            current, head = migrate.current_revision(db.engine), migrate.head_revision()
            if current != head:
                raise CheckFailed(f"database staat op versie {current}, verwacht {head}")
            return f"versie {head}, {len(migrate.known_revisions())} migratiescripts"

        report.check("nieuwe database aangemaakt en gemigreerd", open_and_migrate)
        try:
            yield holder[0] if holder else None
        finally:
            for db in holder:
                db.dispose()  # Windows cannot remove a folder with an open database file


def _demo(db) -> str:
    from db import demo

    summary = demo.generate(db, residents=DEMO_RESIDENTS, seed=1)
    counts = summary.table_counts()
    return (
        f"{counts['complexes']} complexen, {counts['residents']} bewoners, "
        f"{counts['volunteers']} vrijwilligers, {counts['events']} activiteiten, "
        f"{counts['funding_applications']} aanvragen"
    )


def _check_documents(report: Report, db) -> None:
    from desktop.reports import load_all

    documents = load_all()
    report.ok(f"{len(documents)} PDF-documenten geregistreerd")
    for doc in sorted(documents.values(), key=lambda d: d.kind):
        report.check(f"PDF '{doc.kind}' ({doc.subject})", lambda doc=doc: _render_one(db, doc))


def _render_one(db, doc) -> str:
    from db.services import ServiceError

    ids = _candidate_ids(db, doc.subject)
    if not ids:
        raise CheckFailed(f"geen {doc.subject} in de demogegevens")
    refusals = []
    for object_id in ids:
        try:
            data = doc.render(db, object_id)
        except ServiceError as exc:  # e.g. a report for a granted application, this one is not
            refusals.append(str(exc))
            continue
        _check_pdf(data)
        return f"nummer {object_id}, {len(data) // 1024 + 1} kB"
    raise CheckFailed(
        f"geen van {len(ids)} objecten leverde een PDF op; laatste reden: {refusals[-1]}"
    )


def _check_pdf(data: bytes) -> None:
    if not isinstance(data, bytes) or not data.startswith(b"%PDF-"):
        raise CheckFailed("het resultaat is geen PDF")
    if b"%%EOF" not in data[-64:]:
        raise CheckFailed("de PDF is niet afgesloten")
    if b"/FontFile2" not in data:
        raise CheckFailed("het lettertype is niet ingesloten")


def _candidate_ids(db, subject: str) -> list[int]:
    from db import demo

    return demo.first_ids(db, _model_for(subject), CANDIDATES_PER_DOCUMENT)


def _model_for(subject: str) -> str:
    """The model (its class name) whose ids a document about this subject takes."""
    from db import demo

    kinds = demo.kinds()
    wanted = SUBJECT_MODELS.get(subject)
    if wanted in kinds:
        return wanted
    simple = subject.replace("_", "").lower()
    for name, table in kinds.items():
        if simple == name.lower() or table in (subject, f"{subject}s", f"{subject}es"):
            return name
    raise CheckFailed(
        f"onbekend onderwerp '{subject}': voeg het toe aan SUBJECT_MODELS in desktop/selftest.py"
    )


def _check_translation() -> str:
    from PySide6.QtCore import QCoreApplication

    from desktop import i18n

    shipped = sorted(i18n.translations_dir().glob("*.qm"))
    if not shipped:
        raise CheckFailed(f"geen .qm-bestanden in {i18n.translations_dir()}")
    context, source = "MainWindow", "Residents"  # variables: lupdate must not collect these
    translated = QCoreApplication.translate(context, source)
    if translated != "Bewoners":
        raise CheckFailed(f"'Residents' werd '{translated}' in plaats van 'Bewoners'")
    return f"'Residents' → '{translated}', {len(shipped)} catalogi"


def _check_qt_translation() -> str:
    from PySide6.QtCore import QCoreApplication

    context, source = "QPlatformTheme", "Cancel"  # from Qt's qtbase_nl.qm, not ours
    translated = QCoreApplication.translate(context, source)
    if translated != "Annuleren":
        raise CheckFailed(f"'Cancel' werd '{translated}' (qtbase_nl.qm ontbreekt?)")
    return f"'Cancel' → '{translated}'"


def _check_icons() -> str:
    from PySide6.QtGui import QImageReader

    from desktop.app import app_icon

    icon = app_icon()
    if icon.isNull() or len(icon.availableSizes()) < 3:
        raise CheckFailed("het programmapictogram ontbreekt")
    formats = {bytes(f).decode() for f in QImageReader.supportedImageFormats()}
    missing = {"png", "jpeg", "svg", "ico"} - formats
    if missing:
        raise CheckFailed(f"Qt kan deze afbeeldingen niet lezen: {', '.join(sorted(missing))}")
    return f"{len(icon.availableSizes())} formaten; Qt leest png, jpeg, svg en ico"


def _check_shaping() -> str:
    from reportlab.pdfbase import ttfonts

    if ttfonts.uharfbuzz is None:
        raise CheckFailed("uharfbuzz ontbreekt, Arabische namen worden onleesbaar")
    return f"uharfbuzz {getattr(ttfonts.uharfbuzz, '__version__', '')}".strip()
