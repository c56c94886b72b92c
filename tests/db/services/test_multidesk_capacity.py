"""Eight desks signing people up for the last place at once: never more than the capacity, and
the waiting list keeps the order in which the desks were served (SQLite file and PostgreSQL)."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest

from db import clock
from db.engine import Database
from db.models import RegistrationStatus
from db.safety.opening import open_database
from db.services import events, residents
from db.services.events import registrations

DESKS = 8
ROUNDS = 4
START = clock.now().replace(hour=14, minute=0, second=0, microsecond=0) + timedelta(days=10)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def desks(request, tmp_path) -> list[Database]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'kantoor.sqlite'}"
    else:
        server = request.getfixturevalue("pg_server")
        url = server.url(server.create_database())
    first = open_database(url)
    all_desks = [first] + [Database(url) for _ in range(DESKS - 1)]
    yield all_desks
    for db in reversed(all_desks):
        db.dispose()


def at_once(desks: list[Database], work) -> list:
    """Run work(desk_number, db) on every desk in its own thread, released together."""
    gate = threading.Barrier(len(desks))
    results: list = [None] * len(desks)

    def run(n, db):
        gate.wait()
        try:
            results[n] = work(n, db)
        except Exception as exc:
            results[n] = exc

    threads = [threading.Thread(target=run, args=(n, db)) for n, db in enumerate(desks)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


def _served(db, registration_id: int) -> tuple:
    return (registrations.registrations.get(db, registration_id).registered_at, registration_id)


def test_one_place_eight_desks_four_rounds(desks):
    first = desks[0]
    people = [
        residents.create(
            first, residents.ResidentData(given_name=f"Bewoner {n}", family_name="Test")
        )
        for n in range(DESKS)
    ]
    for round_no in range(ROUNDS):
        event_id = events.create(
            first,
            events.EventData(
                title=f"Computerles {round_no}",
                starts_at=START + timedelta(days=round_no),
                ends_at=START + timedelta(days=round_no, hours=2),
                capacity=1,
            ),
        )
        results = at_once(desks, lambda n, db, e=event_id: registrations.register(db, e, people[n]))
        assert not [r for r in results if isinstance(r, Exception)], results
        assert sorted(results).count(RegistrationStatus.REGISTERED) == 1
        rows = registrations.list_registrations(first, event_id)
        registered = [r for r in rows if r.status == RegistrationStatus.REGISTERED]
        waiting = [r for r in rows if r.status == RegistrationStatus.WAITING]
        assert len(registered) == 1 and len(waiting) == DESKS - 1
        assert [r.position for r in waiting] == list(range(1, DESKS))
        # The queue is in the order the desks were served (time, then the row's number).
        keys = [_served(first, r.id) for r in registered + waiting]
        assert keys == sorted(keys)

        # The one with the place cancels while every other desk cancels a waiting one at once:
        # exactly the first still waiting moves up, no one else.
        cancels = [registered[0].id] + [r.id for r in waiting[1:]]
        moved = at_once(
            desks[: len(cancels)], lambda n, db, c=cancels: registrations.cancel(db, c[n])
        )
        assert not [m for m in moved if isinstance(m, Exception)], moved
        after = registrations.list_registrations(first, event_id)
        now_registered = [r for r in after if r.status == RegistrationStatus.REGISTERED]
        assert [r.id for r in now_registered] == [waiting[0].id]
        assert registrations.places(first, event_id).taken == 1
