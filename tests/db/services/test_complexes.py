"""Complexes: homes added as a range, a home's letter and addition, refusals that say why."""

from __future__ import annotations

from dataclasses import replace

import pytest

from db import clock
from db.services import ListQuery, ServiceError, complexes, residents


def test_range_of_homes_and_counts(db):
    cid = complexes.create(db, complexes.ComplexData(name="Vulcanusdreef", home_count=100))
    assert complexes.add_home_range(db, cid, "Vulcanusdreef", 1, 188, "3533ab") == 188
    homes = complexes.list_homes(db, cid)
    assert len(homes) == 188 and homes[0].postcode == "3533 AB"
    assert complexes.get(db, cid).home_count == 188
    with pytest.raises(ServiceError, match="bestaat al"):
        complexes.add_home_range(db, cid, "Vulcanusdreef", 188, 190, "3533 AB")
    assert len(complexes.list_homes(db, cid)) == 188  # all or nothing


def test_letter_and_addition_of_a_home(db):
    cid = complexes.create(db, complexes.ComplexData(name="Bangkokdreef"))
    complexes.add_home_range(db, cid, "Bangkokdreef", 1, 2, "3564 AB")
    home = complexes.list_homes(db, cid)[0]
    complexes.homes.update(db, home.id, replace(home, house_letter="a", addition="bis"))
    home = complexes.homes.get(db, home.id)
    assert (
        complexes.address(home.street, home.house_number, home.house_letter, home.addition)
        == "Bangkokdreef 1A-BIS"
    )


def test_refusals_say_why(db):
    cid = complexes.create(db, complexes.ComplexData(name="Hanoidreef"))
    complexes.add_home_range(db, cid, "Hanoidreef", 1, 3, "3564 AH")
    homes = complexes.list_homes(db, cid)
    rid = residents.create(db, residents.ResidentData(family_name="Jansen", home_id=homes[0].id))
    with pytest.raises(ServiceError, match="3 woningen en 1 bewoners"):
        complexes.delete(db, cid)
    residents.move_out(db, rid, clock.today())
    with pytest.raises(ServiceError, match="Hanoidreef 1 kan niet worden verwijderd"):
        complexes.delete_home(db, homes[0].id)  # a former resident keeps the address in history
    complexes.delete_home(db, homes[1].id)
    assert len(complexes.list_homes(db, cid)) == 2
    empty = complexes.create(db, complexes.ComplexData(name="Leeg"))
    complexes.delete(db, empty)
    assert [r.name for r in complexes.list_complexes(db, ListQuery()).rows] == ["Hanoidreef"]
