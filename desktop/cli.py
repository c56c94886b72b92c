"""The command-line verbs, thin over db/: demo data now; backup, import and pdf join later."""

from __future__ import annotations

import sys
import time

from db import demo
from db.engine import Database
from db.services import ServiceError, residents


def fill_demo_if_empty(db: Database, count: int = 2000, seed: int = 1) -> bool:
    """For `--demo`: a newcomer sees something, but an office's own data is never touched."""
    if residents.count_current(db):
        return False
    demo.generate(db, residents=count, seed=seed)
    return True


def run_demo(db: Database, count: int, seed: int) -> int:
    started = time.perf_counter()

    def progress(label: str, done: int, total: int) -> None:
        print(f"  {label} ({done}/{total})", file=sys.stderr)

    try:
        summary = demo.generate(db, residents=count, seed=seed, progress=progress)
    except ServiceError as exc:
        print(exc, file=sys.stderr)
        return 1
    seconds = time.perf_counter() - started
    print(f"Demogegevens gemaakt in {seconds:.1f} s in {db.describe()}:")
    for label, number in summary.lines():
        print(f"  {label}: {number}")
    return 0
