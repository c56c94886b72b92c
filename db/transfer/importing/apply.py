"""Planning an import (the preview and the row report) and running it in one transaction."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from db.engine import Database
from db.safety import audit
from db.services.common import ServiceError, unit_of_work
from db.transfer.importing.mapping import KIND_LABELS, Mapping, fields
from db.transfer.importing.readers import SourceTable
from db.transfer.importing.rows import check_row
from db.transfer.importing.targets import ERROR, NEW, SAME, TARGETS, UPDATE

LARGE_IMPORT = 500  # rows; from here on a backup is made first
STEP = 250  # rows between progress reports and cancel checks

Progress = Callable[[str, int, int], None]


class ImportCancelled(ServiceError):
    def __init__(self) -> None:
        super().__init__("Het importeren is afgebroken; er is niets gewijzigd.")


@dataclass
class RowOutcome:
    number: int  # the row number Excel shows
    cells: tuple[str, ...]
    values: dict[str, Any]
    errors: list[str] = field(default_factory=list)
    action: str = ERROR

    def __post_init__(self) -> None:
        self.checked_errors = list(self.errors)  # from the cells alone, before matching

    def report(self) -> str:
        return f"rij {self.number}: " + " ".join(self.errors)


@dataclass
class ImportPlan:
    kind: str
    table: SourceTable
    mapping: Mapping
    outcomes: list[RowOutcome]
    new_homes: int = 0
    source_name: str = ""

    def count(self, action: str) -> int:
        return sum(1 for o in self.outcomes if o.action == action)

    @property
    def counts(self) -> dict[str, int]:
        found = Counter(o.action for o in self.outcomes)
        return {a: found.get(a, 0) for a in (NEW, UPDATE, SAME, ERROR)}

    @property
    def bad_rows(self) -> list[RowOutcome]:
        return [o for o in self.outcomes if o.action == ERROR]

    def report_lines(self) -> list[str]:
        return [o.report() for o in self.bad_rows]

    def summary(self) -> str:
        c = self.counts
        text = (
            f"{c[NEW]} nieuw, {c[UPDATE]} bijgewerkt, {c[SAME]} ongewijzigd, "
            f"{c[ERROR]} overgeslagen wegens fouten"
        )
        if self.new_homes:
            text += f"; {self.new_homes} nieuwe woningen"
        return text


@dataclass(frozen=True)
class ImportResult:
    counts: dict[str, int]
    new_homes: int
    backup: Path | None
    report: list[str]


def make_plan(
    db: Database, kind: str, table: SourceTable, mapping: Mapping, source_name: str = ""
) -> ImportPlan:
    """Check every row and match it to what is stored, without writing: the preview."""
    outcomes = [_checked(kind, table, row, mapping) for row in table.rows]
    plan = ImportPlan(kind, table, mapping, outcomes, source_name=source_name)
    with db.reading() as session:
        _resolve(TARGETS[kind](session, write=False), plan, None, None)
    return plan


def _checked(kind, table, row, mapping) -> RowOutcome:
    check = check_row(kind, table, row, mapping)
    return RowOutcome(row.number, row.cells, check.values, check.errors)


def _resolve(
    target, plan: ImportPlan, progress: Progress | None, cancelled: Callable[[], bool] | None
) -> None:
    total = len(plan.outcomes)
    label = f"{KIND_LABELS[plan.kind].capitalize()} importeren…"
    for done, outcome in enumerate(plan.outcomes):
        if done % STEP == 0:
            if cancelled is not None and cancelled():
                raise ImportCancelled()
            if progress is not None:
                progress(label, done, total)
        if outcome.errors:
            outcome.action = ERROR
            continue
        errors: list[str] = []
        outcome.action = target.apply(outcome.values, errors)
        outcome.errors = errors
    plan.new_homes = target.new_homes


def run_import(
    db: Database,
    plan: ImportPlan,
    *,
    skip_invalid: bool = False,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportResult:
    """All or nothing. Bad rows stop everything unless skip_invalid; cancel undoes it all."""
    if plan.bad_rows and not skip_invalid:
        raise ServiceError(
            f"{len(plan.bad_rows)} rijen bevatten fouten; er is niets "
            "geïmporteerd. Verbeter die rijen of importeer alleen de goede rijen."
        )
    backup = backup_before_import(db) if len(plan.outcomes) >= LARGE_IMPORT else None
    # The cells were checked for the preview; only the matching is done again, in the transaction.
    fresh = ImportPlan(
        plan.kind,
        plan.table,
        plan.mapping,
        [
            RowOutcome(o.number, o.cells, dict(o.values), list(o.checked_errors))
            for o in plan.outcomes
        ],
        source_name=plan.source_name,
    )
    with unit_of_work(db) as session:
        session.info[audit.UNAUDITED] = True  # insert_pending writes one entry per new row itself
        target = TARGETS[plan.kind](session, write=True)
        _resolve(target, fresh, progress, cancelled)
        if fresh.bad_rows and not skip_invalid:  # the data changed since the preview
            raise ServiceError(
                "Intussen is de database gewijzigd: "
                + fresh.report_lines()[0]
                + " Er is niets geïmporteerd."
            )
        if progress is not None:
            progress("Opslaan…", len(fresh.outcomes), len(fresh.outcomes))
        target.insert_pending()
        if cancelled is not None and cancelled():
            raise ImportCancelled()
        audit.record(
            session,
            "import",
            KIND_LABELS[plan.kind],
            None,
            f"{plan.source_name or 'bestand'}: {fresh.summary()}",
        )
    return ImportResult(fresh.counts, fresh.new_homes, backup, fresh.report_lines())


def backup_before_import(db: Database) -> Path | None:
    """A rotated backup of a SQLite database (db.safety.backup); server databases have their own."""
    from db.safety.backup import BackupError, make_backup

    if db.path is None:
        return None
    try:
        return make_backup(db.path, reason="voor-import")
    except BackupError as exc:
        raise ServiceError(f"{exc} Er is niets geïmporteerd.") from exc


def write_error_file(plan: ImportPlan, path: str | Path) -> Path:
    """The rows that could not be imported, same columns plus 'fout', as .xlsx or .csv."""
    from db.transfer import exporting

    headers = [*plan.table.headers, "fout"]
    rows = [
        [
            *(o.cells + ("",) * len(plan.table.headers))[: len(plan.table.headers)],
            " ".join(o.errors),
        ]
        for o in plan.bad_rows
    ]
    columns = [exporting.ExportColumn(h) for h in headers]
    return exporting.write(path, columns, rows)


def field_labels(kind: str) -> dict[str, str]:
    return {f.key: f.label for f in fields(kind)}
