"""Beheer → Partners and Beeld → Opvolgen: partners with contact persons, signals and
follow-ups across residents."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QMessageBox

from db import clock
from db.models import ContactKind, PartnerKind, SignalStatus
from db.services import contacts, partners, residents
from desktop.residents.contacts import ContactMomentDialog, ContactsPanel, SignalDialog
from desktop.residents.followups import FollowUpsDialog
from desktop.residents.partners import PartnersDialog


def test_partners_menu_and_dialog(db, window_factory, qtbot, monkeypatch):
    window = window_factory(db)
    actions = [a.text() for a in window.menus["manage"].actions()]
    assert "&Partners…" in actions
    assert "&Opvolgen…" in [a.text() for a in window.menus["view"].actions()]
    dialog = PartnersDialog(db, window)
    qtbot.addWidget(dialog)
    dialog.new_partner()
    dialog.name.setText("Buurtteam Overvecht")
    dialog.kind.setCurrentIndex(dialog.kind.findData(PartnerKind.SOCIAL_TEAM.value))
    dialog.phone.setText("12345")
    assert not dialog.save_button.isEnabled()
    dialog.phone.setText("030 123 4567")
    dialog.save_button.click()
    stored = partners.list_partners(db)
    assert [(p.name, p.kind, p.phone) for p in stored] == [
        ("Buurtteam Overvecht", PartnerKind.SOCIAL_TEAM, "+31301234567")
    ]
    partners.contacts.create(
        db, partners.ContactData(partner_id=stored[0].id, name="Fatima", role="Buurtwerker")
    )
    dialog.reload(stored[0].id)
    assert dialog.contacts_model.rowCount() == 1
    rid = residents.create(db, residents.ResidentData(family_name="Jansen"))
    contacts.signals.create(
        db,
        contacts.SignalData(
            resident_id=rid, partner_id=stored[0].id, passed_on=clock.today(), subject="Post"
        ),
    )
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    dialog.list_view.selectRow(0)
    dialog.delete_partner()
    assert warned and "1 signalen" in warned[0] and len(partners.list_partners(db)) == 1


def test_contacts_and_signals_then_follow_up(db, qtbot):
    pid = partners.partners.create(
        db, partners.PartnerData(name="Wijkbureau", kind=PartnerKind.NEIGHBOURHOOD_OFFICE)
    )
    rid = residents.create(db, residents.ResidentData(given_name="Els", family_name="Bakker"))
    panel = ContactsPanel(db, rid)
    qtbot.addWidget(panel)
    today = clock.today()
    moment = ContactMomentDialog(
        db, contacts.ContactMomentData(resident_id=rid, occurred_on=today), panel
    )
    qtbot.addWidget(moment)
    moment.note.setPlainText("Belde over de lift")
    moment.follow_up.set_date(today - timedelta(days=1))
    assert not moment.save_button.isEnabled() and "opvolgdatum" in moment.problem.text()
    moment.follow_up.set_date(today)
    moment.kind.setCurrentIndex(moment.kind.findData(ContactKind.VISIT.value))
    moment.save_button.click()
    signal = SignalDialog(db, contacts.SignalData(resident_id=rid, passed_on=today), panel)
    qtbot.addWidget(signal)
    assert not signal.save_button.isEnabled()  # the subject is required
    signal.subject.setPlainText("Zorgen om de post")
    signal.save_button.click()
    panel.reload()
    assert panel.moments_model.rowCount() == 1 and panel.signals_model.rowCount() == 1
    assert panel.moments_model.index(0, 1).data() == "Huisbezoek"
    followups = FollowUpsDialog(db)
    qtbot.addWidget(followups)
    assert followups.model.rowCount() == 2 and followups.count.text() == "2 op te volgen"
    kinds = [followups.model.row(i).kind for i in range(2)]
    signal_row = kinds.index("signal")
    assert followups.model.index(signal_row, 2).data() == "Signaal aan Wijkbureau"
    assert followups.model.row(signal_row).partner == partners.partners.get(db, pid).name
    followups.view.selectRow(kinds.index("contact"))
    followups.mark_done()
    followups.view.selectRow(0)
    followups.set_status(SignalStatus.CLOSED)
    assert followups.model.rowCount() == 0 and followups.stack.currentWidget() is followups.empty
    assert contacts.signals.list_for(db, rid)[0].status == SignalStatus.CLOSED
    assert contacts.moments.list_for(db, rid)[0].follow_up_done


def test_followups_open_on_a_period_with_every_status_filled(demo_db, qtbot):
    everything = contacts.list_followups(demo_db, clock.today() + timedelta(days=31))
    followups = FollowUpsDialog(demo_db)
    qtbot.addWidget(followups)
    rows = [followups.model.row(i) for i in range(followups.model.rowCount())]
    assert 0 < len(rows) < len(everything)  # not a year of old items
    since = clock.today() - timedelta(days=14)
    assert all(r.due is None or since <= r.due <= clock.today() + timedelta(days=7) for r in rows)
    statuses = [followups.model.index(i, 3).data() for i in range(len(rows))]
    assert all(statuses), "a row without a status"
    dated = [r.due for r in rows if r.due is not None]
    assert dated == sorted(dated)  # what is due comes first
    assert followups.count.text() == f"{len(rows)} op te volgen"
    followups.horizon.setCurrentIndex(followups.horizon.count() - 1)  # everything still open
    assert followups.model.rowCount() == len(everything)
