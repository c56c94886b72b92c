"""No program code asks the computer for the date: "today" comes from db/clock.py alone."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# What reads the computer's clock directly, in Python and in Qt.
FORBIDDEN = re.compile(
    r"\bdate\.today\(|\bdatetime\.(now|today|utcnow)\(|\bQDate\.currentDate\(|"
    r"\bQDateTime\.currentDateTime\(|\btime\.localtime\("
)


def test_only_the_clock_reads_the_computers_clock():
    offenders = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for folder in ("db", "desktop")
        for path in sorted((ROOT / folder).rglob("*.py"))
        if path != ROOT / "db" / "clock.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if FORBIDDEN.search(line)
    ]
    assert offenders == []
