"""Every user-visible string has a finished Dutch translation, and the shipped .qm match."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication

from desktop import i18n


@pytest.fixture(scope="module")
def fresh_catalogs(tmp_path_factory):
    """The committed .ts files updated with the strings in today's source code."""
    folder = tmp_path_factory.mktemp("ts")
    return i18n.update(ts_dir=folder)


def messages(ts_files):
    for ts in ts_files:
        for context in ET.parse(ts).getroot().iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                yield ts.name, name, message


def test_no_dutch_entry_is_missing_or_unfinished(fresh_catalogs):
    problems = []
    for file, context, message in messages(fresh_catalogs):
        source = message.findtext("source")
        translation = message.find("translation")
        forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(forms):
            problems.append(f"{file} [{context}] {source!r}")
    assert not problems, "Dutch translation missing or unfinished:\n" + "\n".join(problems)


def placeholders(text: str) -> list[str]:
    # %Ln is %n written with the Dutch thousands separator (18.400): the same placeholder.
    return sorted(re.findall(r"%\w", (text or "").replace("%Ln", "%n")))


def test_placeholders_survive_translation(fresh_catalogs):
    for _file, _context, message in messages(fresh_catalogs):
        source = message.findtext("source")
        translation = message.find("translation")
        for form in [f.text for f in translation.iter("numerusform")] or [translation.text]:
            assert placeholders(source) == placeholders(form), source


def test_shipped_qm_files_are_compiled_from_the_ts(tmp_path):
    compiled = i18n.release(qm_dir=tmp_path)
    assert len(compiled) == len(list(i18n.translations_dir().glob("*.ts")))
    for qm in compiled:
        assert (
            qm.read_bytes() == i18n.catalog_path(qm.stem.rsplit("_", 1)[0], ".qm").read_bytes()
        ), f"{qm.name} is stale: run python -m desktop.i18n release"


def test_dutch_is_loaded_by_default(app):
    assert QCoreApplication.translate("MainWindow", "Residents") == "Bewoners"
    assert QCoreApplication.translate("Labels", "Partly granted") == "Deels toegekend"
    assert QCoreApplication.translate("ResidentsTab", "%n resident(s)", "", 2) == "2 bewoners"


def test_counts_have_dutch_thousands_separators(app):
    assert QCoreApplication.translate("ResidentsTab", "%n resident(s)", "", 18400) == (
        "18.400 bewoners"
    )
