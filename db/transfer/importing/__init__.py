"""Importing homes, residents and volunteers from .xlsx and Dutch .csv files.

    table = read_table(path, mapping.known_headers())
    columns = mapping.guess("residents", table.headers)
    plan = make_plan(db, "residents", table, columns)      # preview: new/updated/errors
    result = run_import(db, plan, skip_invalid=False)       # one transaction, all or nothing

No Qt here: the wizard and `buurtkantoor import` share every step.
"""

from db.transfer.importing.apply import (
    LARGE_IMPORT,
    ImportCancelled,
    ImportPlan,
    ImportResult,
    RowOutcome,
    make_plan,
    run_import,
    write_error_file,
)
from db.transfer.importing.mapping import KIND_LABELS, KINDS, Field, Mapping, guess, known_headers
from db.transfer.importing.readers import SourceRow, SourceTable, read_table

__all__ = [
    "KINDS",
    "KIND_LABELS",
    "LARGE_IMPORT",
    "Field",
    "ImportCancelled",
    "ImportPlan",
    "ImportResult",
    "Mapping",
    "RowOutcome",
    "SourceRow",
    "SourceTable",
    "guess",
    "known_headers",
    "make_plan",
    "read_table",
    "run_import",
    "write_error_file",
]
