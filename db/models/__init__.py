"""All SQLAlchemy models; import from here so every table is registered on Base.metadata."""

from .audit import AuditEntry
from .base import Base
from .events import Event, EventSeries, EventStatus, Registration, RegistrationStatus, Shift
from .funding import (
    ApplicantKind,
    ApplicationStatus,
    Attachment,
    CostLine,
    Fund,
    FundingApplication,
    IncomeKind,
    IncomeLine,
    PayoutMethod,
    StatusChange,
)
from .people import (
    ContactKind,
    ContactMoment,
    Partner,
    PartnerContact,
    PartnerKind,
    Resident,
    ResidentLanguage,
    Signal,
    SignalStatus,
    SupportFlag,
)
from .places import Complex, Home
from .settings import OfficeSetting
from .volunteers import (
    Role,
    Stage,
    StageChange,
    SupportKind,
    SupportLink,
    Volunteer,
    VolunteerHours,
    VolunteerLanguage,
)

__all__ = [name for name in dir() if not name.startswith("_")]
