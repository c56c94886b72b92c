"""Shared plumbing for the demo generator: the run context, bulk inserts and random helpers.

Every stage draws from one ``random.Random(seed)`` in a fixed order, so the same seed and the
same ``today`` always give byte-identical data. Nothing may iterate over a ``set`` of strings
(hash randomisation would change the order between runs); lists and dicts are used instead.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from functools import lru_cache
from typing import TypeVar

from sqlalchemy import Table, func, insert, select, text
from sqlalchemy.orm import Session

T = TypeVar("T")
CENT = Decimal("0.01")

ANY_MONTH = tuple(range(1, 13))
# Fictitious office staff: they appear as "by whom" in contact logs and as organisers.
STAFF = ["Anouk Verhoef", "Jamal Ouahbi", "Ilse Kramer", "Dewi Soeradji"]


@dataclass
class Context:
    """What every stage needs: the open transaction, the random source, the fixed 'today'."""

    session: Session
    rng: random.Random
    today: date
    counts: dict[str, int] = field(default_factory=dict)
    emails: set[str] = field(default_factory=set)  # handed out, so that none is shared
    _next_id: dict[str, int] = field(default_factory=dict)
    _id_tables: list[Table] = field(default_factory=list)

    def ids(self, table: Table, n: int) -> range:
        """Reserve n primary keys. Assigning ids ourselves lets child rows be built in memory
        before anything is inserted, so each table is written in one executemany."""
        if table.name not in self._next_id:
            current = self.session.execute(select(func.max(table.c.id))).scalar()
            self._next_id[table.name] = (current or 0) + 1
            self._id_tables.append(table)
        start = self._next_id[table.name]
        self._next_id[table.name] = start + n
        return range(start, start + n)

    def insert(self, table: Table, rows: list[dict]) -> None:
        """Core executemany: one prepared statement, no ORM objects, no audit entries."""
        self.counts[table.name] = self.counts.get(table.name, 0) + len(rows)
        if rows:
            self.session.execute(insert(table), rows)

    def finish(self) -> None:
        """PostgreSQL sequences do not notice ids we chose ourselves: move them past our rows,
        or the office's first new record would collide with a demo row."""
        if self.session.get_bind().dialect.name != "postgresql":
            return
        for table in self._id_tables:
            self.session.execute(
                text("SELECT setval(pg_get_serial_sequence(:t, 'id'), max(id)) FROM " + table.name),
                {"t": table.name},
            )

    # --- random helpers bound to this run's generator ------------------------------------

    def pick(self, items: Sequence[T]) -> T:
        return items[int(self.rng.random() * len(items))]

    def days_ago(self, low: int, high: int) -> date:
        return self.today - timedelta(days=self.rng.randint(low, high))

    def days_ahead(self, low: int, high: int) -> date:
        return self.today + timedelta(days=self.rng.randint(low, high))

    def between(self, start: date, end: date) -> date:
        """A day in [start, end]; start when the range is empty."""
        span = (end - start).days
        return start if span <= 0 else start + timedelta(days=self.rng.randint(0, span))

    def money(self, low: float, high: float, step: str = "0.50") -> Decimal:
        """An amount in whole steps (prices end in ,00 or ,50 as on real receipts)."""
        unit = Decimal(step)
        count = self.rng.randint(int(Decimal(str(low)) / unit), int(Decimal(str(high)) / unit))
        return (unit * count).quantize(CENT)


def koningsdag(year: int) -> date:
    """King's Day, 27 April; when that is a Sunday it is held on Saturday the 26th."""
    day = date(year, 4, 27)
    return day - timedelta(days=1) if day.weekday() == 6 else day


def burendag(year: int) -> date:
    """Burendag (neighbours' day) is the fourth Saturday of September."""
    first = date(year, 9, 1)
    return first + timedelta(days=(5 - first.weekday()) % 7, weeks=3)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute))


@lru_cache(maxsize=4096)  # a few hundred distinct name parts, slugged for 100,000 e-mails
def ascii_slug(text: str) -> str:
    """'Şükrü' -> 'sukru', for e-mail addresses (Łł and ı have no decomposition)."""
    text = text.replace("Ł", "L").replace("ł", "l").replace("ı", "i").replace("'", "")
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in plain.lower() if ch.isalnum())


def dutch_mobile_numbers(rng: random.Random, n: int) -> list[str]:
    """Unique E.164 mobile numbers: +316 and 8 digits, 06-1… to 06-5… nationally.

    The Netherlands has no reserved range for fiction, so the numbers are random within
    ranges phonenumbers accepts; they are demo data and must never be called.
    """
    return [f"+316{10_000_000 + k:08d}" for k in rng.sample(range(50_000_000), n)]


def utrecht_landline_numbers(rng: random.Random, n: int) -> list[str]:
    """Unique E.164 Utrecht numbers (+31 30 and 7 digits, first digit 2-9)."""
    return [f"+3130{2_000_000 + k:07d}" for k in rng.sample(range(8_000_000), n)]
