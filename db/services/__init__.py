"""What the GUI and CLI may do with the data: one module per area, one transaction per call.

Services take and return plain values and dataclasses, never live ORM objects, so no
widget can trigger a lazy load after its session closed.
"""

from db.services.common import ListQuery, NotFound, Page, ServiceError

__all__ = ["ListQuery", "NotFound", "Page", "ServiceError"]
