"""The errors the GUI and the command line are meant to show: str() is a Dutch message.

They live below both the engine and the services, so a lost server connection (noticed where
sessions are opened) is a ServiceError like any other refusal: an editor shows it, keeps the
user's input, and Save can simply be pressed again.
"""

from __future__ import annotations


class ServiceError(Exception):
    """A refused action; str() is a Dutch message saying why and what to do."""


class ConnectionLost(ServiceError):
    """The database server cannot be reached (restarted, network gone); nothing was saved."""

    def __init__(self, message: str = ""):
        super().__init__(
            message
            or "Geen verbinding met de server — opnieuw verbinden… Er is niets opgeslagen; "
            "wat u invulde staat nog in het venster. Probeer het zo opnieuw."
        )
