"""Whole processes, each beside its anchor measured in the same run (figures, never pass/fail).

* Start: `buurtkantoor --db big.sqlite` until its window is on screen, against a bare PySide6
  window with five empty table tabs (goal: ratio ≤ 3).
* `buurtkantoor --help` against `python -c pass` (goal: ratio ≤ 6).
* `buurtkantoor pdf flyer ID -o …` whole process (goal: < 0.5 s).

Run with:  .venv/bin/pytest benchmarks/bench_processes.py --benchmark-enable
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(os.environ.get("BUURTKANTOOR_BENCH_SOURCE") or Path(__file__).resolve().parents[1])
ROUNDS = 5

# Both programs are told to quit as soon as their event loop has shown the window: the time
# printed by the parent is launch → window on screen.
QUIT_WHEN_SHOWN = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
_exec = QApplication.exec
def _exec_and_quit(*_self):
    def shown():
        print("shown", flush=True)
        QApplication.quit()
    QTimer.singleShot(0, shown)
    return _exec()
QApplication.exec = _exec_and_quit
"""

BARE_WINDOW = (
    QUIT_WHEN_SHOWN
    + """
from PySide6.QtWidgets import QMainWindow, QTabWidget, QTableView
app = QApplication([])
window = QMainWindow()
tabs = QTabWidget()
for title in ("Complexen", "Bewoners", "Vrijwilligers", "Aanvragen", "Activiteiten"):
    tabs.addTab(QTableView(), title)
window.setCentralWidget(tabs)
window.resize(1280, 800)
window.show()
app.exec()
"""
)

PROGRAM = (
    QUIT_WHEN_SHOWN
    + """
import sys
from desktop.__main__ import main
main(sys.argv[1:])
"""
)


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),  # own settings, log and lock: nothing from a developer's session
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_STATE_HOME=str(home / "state"),
        PYTHONPATH=str(ROOT),
        # Compiled once, as an installed program (pip, PyInstaller) ships its bytecode: without
        # this every start would compile the program's own modules again (about 0.6 s).
        PYTHONPYCACHEPREFIX=str(home / "pycache"),
    )
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _time(argv: list[str], env: dict[str, str], until: str | None = None) -> float:
    """Seconds from launch to `until` on stdout (or to the end of the process)."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)
    for line in proc.stdout:  # without `until`: to the end of its output, then its exit
        if until is not None and line.strip() == until:
            break
    if until is None:
        proc.wait(timeout=120)
    seconds = time.perf_counter() - start
    proc.stdout.read()
    assert proc.wait(timeout=120) == 0
    return seconds


def _record(benchmark, ours: list[float], anchor: list[float], name: str) -> None:
    median = statistics.median(ours)
    anchor_median = statistics.median(anchor)
    benchmark.extra_info.update(
        {
            "ms": round(median * 1000, 1),
            f"{name}_ms": round(anchor_median * 1000, 1),
            f"ratio_vs_{name}": round(median / anchor_median, 2),
        }
    )


def test_start_to_window_vs_bare_window(benchmark, large_demo_copy, tmp_path):
    env = _env(tmp_path)
    program = [sys.executable, "-c", PROGRAM, "--db", str(large_demo_copy)]
    bare = [sys.executable, "-c", BARE_WINDOW]
    _time(program, env, "shown")  # first start of the day: the daily backup is made once
    ours, anchor = [], []

    def one_round() -> None:
        anchor.append(_time(bare, env, "shown"))
        ours.append(_time(program, env, "shown"))

    benchmark.pedantic(one_round, rounds=ROUNDS, iterations=1)
    _record(benchmark, ours, anchor, "bare_window")


def test_help_vs_python(benchmark, tmp_path):
    env = _env(tmp_path)
    ours, anchor = [], []

    def one_round() -> None:
        anchor.append(_time([sys.executable, "-c", "pass"], env))
        ours.append(_time([sys.executable, "-m", "desktop", "--help"], env))

    benchmark.pedantic(one_round, rounds=ROUNDS * 2, iterations=1)
    _record(benchmark, ours, anchor, "python_pass")


@pytest.fixture(scope="module")
def small_demo(tmp_path_factory) -> Path:
    from db import clock
    from db.demo import generate
    from db.engine import sqlite_url
    from db.safety.opening import open_database

    path = tmp_path_factory.mktemp("small") / "demo.sqlite"
    db = open_database(sqlite_url(path))
    generate(db, residents=300, seed=1, today=clock.today())
    db.dispose()
    return path


def test_flyer_from_the_command_line(benchmark, small_demo, tmp_path):
    env = _env(tmp_path)
    out = tmp_path / "flyer.pdf"
    argv = [sys.executable, "-m", "desktop", "--db", str(small_demo)]
    flyer = [*argv, "pdf", "flyer", "1", "-o", str(out)]
    times, anchor = [], []

    def one_round() -> None:
        anchor.append(_time([sys.executable, "-c", "pass"], env))
        times.append(_time(flyer, env))

    benchmark.pedantic(one_round, rounds=ROUNDS, iterations=1)
    assert out.read_bytes().startswith(b"%PDF")
    _record(benchmark, times, anchor, "python_pass")
    benchmark.extra_info["goal_ms"] = 500
