"""`buurtkantoor --self-test` from the source tree: what it checks and how it reports failure."""

from __future__ import annotations

import io

import pytest

from db.services import ServiceError
from desktop import reports, selftest
from desktop.__main__ import main
from desktop.reports import Document


def run_selftest() -> tuple[int, str]:
    out = io.StringIO()
    code = selftest.run(out)
    return code, out.getvalue()


@pytest.fixture
def rendered(monkeypatch):
    """A registered test document that only accepts events with an even id, and records calls."""
    calls: list[int] = []

    def render(db, object_id, **options):
        calls.append(object_id)
        if object_id % 2:
            raise ServiceError("alleen even nummers")
        from desktop.reports import theme

        return theme.build([theme.paragraph("Zelftest Şükrü محمد")], title="Test")

    monkeypatch.setitem(reports.REGISTRY, "zz_test", Document("zz_test", "event", render, "test"))
    return calls


def test_self_test_passes_and_says_what_it_checked(app, rendered):
    code, text = run_selftest()
    assert code == 0, text
    for expected in (
        "nieuwe database aangemaakt en gemigreerd",
        "demogegevens geschreven",
        "PDF 'zz_test' (event): nummer 2",
        "'Residents' → 'Bewoners'",
        "'Cancel' → 'Annuleren'",
        "pictogrammen",
        "uharfbuzz",
        "Zelftest geslaagd",
    ):
        assert expected in text
    assert "MISLUKT" not in text
    assert rendered == [1, 2]  # an object the document refuses is skipped, not a failure


def test_every_registered_document_is_rendered(app, rendered):
    code, text = run_selftest()
    for kind, doc in reports.load_all().items():
        assert f"PDF '{kind}' ({doc.subject})" in text
    assert code == 0, text


def test_a_broken_document_fails_the_self_test_with_the_reason(app, monkeypatch):
    def broken(db, object_id, **options):
        raise KeyError("lettertype")

    monkeypatch.setitem(
        reports.REGISTRY, "zz_broken", Document("zz_broken", "complex", broken, "kapot")
    )
    code, text = run_selftest()
    assert code == 1
    assert "MISLUKT PDF 'zz_broken' (complex): KeyError" in text
    assert "Zelftest MISLUKT: 1 van" in text


def test_not_a_pdf_fails(app, monkeypatch):
    monkeypatch.setitem(
        reports.REGISTRY,
        "zz_text",
        Document("zz_text", "resident", lambda db, i, **o: b"hallo", "geen pdf"),
    )
    code, text = run_selftest()
    assert code == 1 and "het resultaat is geen PDF" in text


def test_unknown_subject_is_named(app, monkeypatch):
    monkeypatch.setitem(
        reports.REGISTRY,
        "zz_odd",
        Document("zz_odd", "maanlanding", lambda db, i, **o: b"", "raar"),
    )
    code, text = run_selftest()
    assert code == 1 and "onbekend onderwerp 'maanlanding'" in text


@pytest.mark.parametrize(
    "subject, model",
    [
        ("complex", "Complex"),
        ("application", "FundingApplication"),
        ("volunteer", "Volunteer"),
        ("registration", "Registration"),
        ("event_series", "EventSeries"),
    ],
)
def test_subjects_map_to_models(subject, model):
    assert selftest._model_for(subject) == model


def test_missing_translation_fails(app, monkeypatch):
    monkeypatch.setattr(
        selftest,
        "_check_translation",
        lambda: (_ for _ in ()).throw(selftest.CheckFailed("geen vertaling")),
    )
    code, text = run_selftest()
    assert code == 1 and "MISLUKT Nederlandse vertaling: geen vertaling" in text


def test_command_line_flag(app, capsys):
    assert main(["--self-test"]) == 0
    assert "Zelftest geslaagd" in capsys.readouterr().out
