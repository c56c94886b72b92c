"""The one clock: what "today" and "now" are for the office, settable by tests.

The office is in the Netherlands, so its day turns over at midnight in Europe/Amsterdam, whatever
time zone the computer (or a test machine) runs in. Times are naive local office times, the way
the database stores them.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

OFFICE_TZ = ZoneInfo("Europe/Amsterdam")

_fixed: datetime | None = None
_offset = timedelta(0)


def now() -> datetime:
    """The office's local time now, without time zone (as stored in the database)."""
    if _fixed is not None:
        return _fixed
    return datetime.now(OFFICE_TZ).replace(tzinfo=None) + _offset


def today() -> date:
    return now().date()


def set_now(moment: datetime | date | None) -> None:
    """Stop the clock at `moment` (a date means 10:00 that day); None lets it run again."""
    global _fixed
    if isinstance(moment, date) and not isinstance(moment, datetime):
        moment = datetime.combine(moment, datetime.min.time()).replace(hour=10)
    _fixed = moment


def advance(delta: timedelta) -> None:
    """Move the clock forward (a stopped clock stays stopped, at the later moment)."""
    global _fixed, _offset
    if _fixed is not None:
        _fixed = _fixed + delta
    else:
        _offset += delta


def reset() -> None:
    global _fixed, _offset
    _fixed, _offset = None, timedelta(0)


@contextmanager
def frozen(moment: datetime | date) -> Iterator[None]:
    before = (_fixed, _offset)
    set_now(moment)
    try:
        yield
    finally:
        _restore(before)


def _restore(state: tuple[datetime | None, timedelta]) -> None:
    global _fixed, _offset
    _fixed, _offset = state
