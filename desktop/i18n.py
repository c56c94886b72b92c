"""Translations: English source strings, Dutch loaded by default (whatever the OS locale).

Developers refresh the catalogues after changing user-visible strings with
    python -m desktop.i18n update     (pyside6-lupdate: new strings appear as unfinished)
    python -m desktop.i18n release    (pyside6-lrelease: compile .ts to the .qm we ship)
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

import resources

LANGUAGE = "nl"
ROOT = Path(__file__).resolve().parent.parent
# One catalogue per area, so work on one area never collides with another. A file belongs to
# an area by its package (desktop/events/tab.py, desktop/events/calendar.py, ...); everything
# else under desktop/ (the shell, shared widgets, commands) belongs to the shell catalogue, and
# the PDF documents (desktop/reports/) are Dutch already.
AREAS = [
    "complexes",
    "residents",
    "volunteers",
    "funding",
    "events",
    "safety",
    "transfer",
    "today",
]
AREA_PATTERNS = ["desktop/{a}/**/*.py"]
CATALOGS = ["shell", *AREAS]


def translations_dir() -> Path:
    return resources.path("translations")


def catalog_path(name: str, suffix: str) -> Path:
    return translations_dir() / f"{name}_{LANGUAGE}{suffix}"


def install(app: QCoreApplication) -> list[QTranslator]:
    """Load Qt's own Dutch strings (standard buttons) and every catalogue of ours."""
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    translators = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for directory, base in [(qt_dir, f"qtbase_{LANGUAGE}")] + [
        (str(translations_dir()), f"{name}_{LANGUAGE}") for name in CATALOGS
    ]:
        translator = QTranslator(app)
        if translator.load(base, directory):
            app.installTranslator(translator)
            translators.append(translator)
    return translators


def _area_files(area: str) -> set[Path]:
    return {p for pattern in AREA_PATTERNS for p in ROOT.glob(pattern.format(a=area))}


def sources(name: str) -> list[str]:
    if name == "shell":
        claimed = set().union(*(_area_files(a) for a in AREAS))
        files_ = {
            p for p in ROOT.glob("desktop/**/*.py") if p not in claimed and "reports" not in p.parts
        }
    else:
        files_ = _area_files(name)
    return sorted(str(p.relative_to(ROOT)) for p in files_)


def _tool(name: str) -> str:
    return str(Path(sys.executable).with_name(f"pyside6-{name}"))


def update(ts_dir: Path | None = None) -> list[Path]:
    """Run lupdate for every catalogue; returns the .ts files written."""
    written = []
    for name in CATALOGS:
        target = (ts_dir or translations_dir()) / f"{name}_{LANGUAGE}.ts"
        if ts_dir is not None and catalog_path(name, ".ts").exists():
            target.write_bytes(catalog_path(name, ".ts").read_bytes())
        files_ = sources(name)
        if files_:
            subprocess.run(
                [
                    _tool("lupdate"),
                    "-silent",
                    "-no-obsolete",
                    "-locations",
                    "none",
                    "-target-language",
                    "nl_NL",
                    *files_,
                    "-ts",
                    str(target),
                ],
                cwd=ROOT,
                check=True,
            )
            written.append(target)
    return written


def release(ts_dir: Path | None = None, qm_dir: Path | None = None) -> list[Path]:
    written = []
    for name in CATALOGS:
        ts = (ts_dir or translations_dir()) / f"{name}_{LANGUAGE}.ts"
        if ts.exists():
            qm = (qm_dir or translations_dir()) / f"{name}_{LANGUAGE}.qm"
            subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
            written.append(qm)
    return written


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "update":
        print("\n".join(map(str, update())))
    elif command == "release":
        print("\n".join(map(str, release())))
    else:
        print("usage: python -m desktop.i18n update|release", file=sys.stderr)
        raise SystemExit(2)
