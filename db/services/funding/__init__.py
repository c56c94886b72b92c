"""Funds and funding applications: one package, imported as `db.services.funding`.

funds: the funds' rules as data; rules: one application checked against them; applications: CRUD,
the list and budget lines; bundle: the whole application for the editor and PDFs; workflow: dated
status steps; files: attachments stored in the database; choices: pickers and the signature list."""

from db.services.common import NotFound, ServiceError
from db.services.funding import rules
from db.services.funding.applications import (
    ApplicationData,
    ApplicationRow,
    CostLineData,
    IncomeLineData,
    applications,
    cost_lines,
    create,
    delete,
    get,
    income_lines,
    list_applications,
    update,
    update_application,
)
from db.services.funding.bundle import (
    ApplicationBundle,
    AttachmentData,
    LinkedEvent,
    StatusChangeData,
    delete_application,
    load,
    prior_support,
    save,
)
from db.services.funding.choices import (
    SignatureSheet,
    activity_choices,
    activity_dates,
    people_choices,
    signature_sheet,
)
from db.services.funding.files import (
    OTHER,
    PHOTO,
    RECEIPT,
    add_attachment,
    open_copy,
    remove_attachment,
    save_attachment,
)
from db.services.funding.funds import FundData, delete_fund, funds, list_funds, save_fund
from db.services.funding.workflow import NEXT, account, close, decide, submit, withdraw

__all__ = [
    "NEXT",
    "OTHER",
    "PHOTO",
    "RECEIPT",
    "ApplicationBundle",
    "ApplicationData",
    "ApplicationRow",
    "AttachmentData",
    "CostLineData",
    "FundData",
    "IncomeLineData",
    "LinkedEvent",
    "NotFound",
    "ServiceError",
    "SignatureSheet",
    "StatusChangeData",
    "account",
    "activity_choices",
    "activity_dates",
    "add_attachment",
    "applications",
    "close",
    "cost_lines",
    "create",
    "decide",
    "delete",
    "delete_application",
    "delete_fund",
    "funds",
    "get",
    "income_lines",
    "list_applications",
    "list_funds",
    "load",
    "open_copy",
    "people_choices",
    "prior_support",
    "remove_attachment",
    "rules",
    "save",
    "save_attachment",
    "save_fund",
    "signature_sheet",
    "submit",
    "update",
    "update_application",
    "withdraw",
]
