"""What the GUI and CLI may do with the data: one module or package per area, one transaction per
call.

Services take and return plain values and dataclasses, never live ORM objects, so no widget can
trigger a lazy load after its session closed. The vocabulary their callers share is handed on
here — the Database handle and the enums of statuses, stages and kinds — so the GUI never needs
db.models or db.engine for it.
"""

from db.engine import Database
from db.errors import ConnectionLost
from db.models import (
    ApplicantKind,
    ApplicationStatus,
    ContactKind,
    EventStatus,
    IncomeKind,
    PartnerKind,
    PayoutMethod,
    RegistrationStatus,
    SignalStatus,
    Stage,
    SupportKind,
)
from db.services.common import (
    FieldDifference,
    ListQuery,
    NotFound,
    Page,
    ServiceError,
    StaleRecord,
)

__all__ = [
    "ApplicantKind",
    "ApplicationStatus",
    "ConnectionLost",
    "ContactKind",
    "Database",
    "EventStatus",
    "FieldDifference",
    "IncomeKind",
    "ListQuery",
    "NotFound",
    "Page",
    "PartnerKind",
    "PayoutMethod",
    "RegistrationStatus",
    "ServiceError",
    "SignalStatus",
    "Stage",
    "StaleRecord",
    "SupportKind",
]
