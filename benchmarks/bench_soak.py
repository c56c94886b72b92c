"""A working week in one process: every editor and dialog reachable from the five tabs and the
menus opened and closed at once, round after round, on the 2,000-resident demo.

Figures, not pass/fail (see extra_info): memory (RSS) after the first and the last round and the
growth in between, live widgets and QObjects, open file handles and database connections per
round. Rounds: BUURTKANTOOR_SOAK_ROUNDS (default 30; the full 500 takes hours on two shared
cores — about 17 s per round of 29 windows).
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

ROUNDS = int(os.environ.get("BUURTKANTOOR_SOAK_ROUNDS", "30"))
DEMO_RESIDENTS = 2000


def _status(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1])
    return -1


def rss_mb() -> float:
    return _status("VmRSS") / 1024


def open_files() -> int:
    return len(os.listdir("/proc/self/fd"))


def database_handles(path: Path) -> int:
    """File handles on the database and its -wal/-shm files: one per open SQLite connection."""
    count = 0
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith(str(path)):
            count += 1
    return count


@pytest.fixture
def demo_window(tmp_path):
    from db import clock
    from db.demo import generate
    from db.engine import sqlite_url
    from db.safety.opening import open_database
    from desktop.app import make_application
    from desktop.shell.main_window import MainWindow

    make_application()
    path = tmp_path / "demo-2000.sqlite"
    db = open_database(sqlite_url(path))
    generate(db, residents=DEMO_RESIDENTS, seed=1, today=clock.today())
    window = MainWindow(db)
    window.show()
    yield window, path
    window.close()
    window.deleteLater()
    db.dispose()


def test_soak_open_and_close_everything(benchmark, demo_window):
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QApplication

    from tests.desktop.widgets.closing import (
        Closer,
        flush_deletes,
        live_dialogs,
        open_and_close,
        openers,
    )

    window, path = demo_window
    reachable = openers(window)
    samples: list[dict] = []
    opened = 0

    def one_round() -> None:
        nonlocal opened
        with Closer() as closer:
            for _name, open_it in reachable:
                open_and_close(open_it, closer)
        opened += len(closer.closed)
        flush_deletes()
        samples.append(
            {
                "rss_mb": round(rss_mb(), 1),
                "widgets": len(QApplication.allWidgets()),
                "qobjects": len(window.findChildren(QObject)),
                "dialogs": live_dialogs(),
                "open_files": open_files(),
                "db_handles": database_handles(path),
                "threads": _status("Threads"),  # worker threads end; the pool's idle ones expire
                "pool_checked_out": window.db.engine.pool.checkedout(),
            }
        )

    started = time.perf_counter()
    benchmark.pedantic(one_round, rounds=ROUNDS, iterations=1)
    first, last = samples[0], samples[-1]
    benchmark.extra_info.update(
        {
            "rounds": ROUNDS,
            "windows_per_round": len(reachable),
            "dialogs_opened_and_closed": opened,
            "seconds": round(time.perf_counter() - started, 1),
            "rss_mb_after_first_round": first["rss_mb"],
            "rss_mb_after_last_round": last["rss_mb"],
            "rss_growth_mb": round(last["rss_mb"] - first["rss_mb"], 1),
            "first_round": first,
            "last_round": last,
            "max_dialogs_alive": max(s["dialogs"] for s in samples),
            "max_open_files": max(s["open_files"] for s in samples),
            "max_db_handles": max(s["db_handles"] for s in samples),
            "max_threads": max(s["threads"] for s in samples),
        }
    )
    print(benchmark.extra_info)
