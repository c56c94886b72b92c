"""Where the data lives: URL resolution, engine set-up with SQLite pragmas, sessions."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import platformdirs
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from db.errors import ConnectionLost

APP_NAME = "Buurtkantoor"
ENV_URL = "BUURTKANTOOR_DATABASE_URL"
BUSY_TIMEOUT_MS = 5000


def data_dir() -> Path:
    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def default_sqlite_path() -> Path:
    return data_dir() / "buurtkantoor.sqlite"


def resolve_url(
    db_path: str | os.PathLike | None = None,
    url: str | None = None,
    environ: dict[str, str] | None = None,
) -> str:
    """--db PATH wins over --database-url, which wins over the environment, then the default."""
    environ = os.environ if environ is None else environ
    if db_path:
        return sqlite_url(Path(db_path))
    if url:
        return url
    if environ.get(ENV_URL):
        return environ[ENV_URL]
    return sqlite_url(default_sqlite_path())


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{Path(path).expanduser().absolute()}"


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for other databases and in-memory SQLite."""
    parsed = make_url(url)
    if (
        parsed.get_backend_name() != "sqlite"
        or not parsed.database
        or parsed.database == ":memory:"
    ):
        return None
    return Path(parsed.database)


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    # FULL sync + WAL: a crash or power cut never loses a committed transaction.
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.close()


def make_engine(url: str) -> Engine:
    if make_url(url).get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


class Database:
    """An engine plus a session factory; services open one short session per user action."""

    def __init__(self, url: str, engine: Engine | None = None):
        self.url = url
        self.engine = engine or make_engine(url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        # Called with False when the server is lost and True when a ping reaches it again;
        # possibly from a worker thread (the GUI hands it to its own thread).
        self.connection_listeners: list[Callable[[bool], None]] = []
        from db.safety import audit  # late: audit imports the models, which are heavier than engine

        audit.install(self._sessions)

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def describe(self) -> str:
        """Where the data is, for the About box; never shows a password."""
        return (
            str(self.path) if self.path else make_url(self.url).render_as_string(hide_password=True)
        )

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: commits when the block ends, rolls back on any exception."""
        with self._server_errors(), self._sessions() as session, session.begin():
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with self._server_errors(), self._sessions() as session:
            yield session

    @contextmanager
    def _server_errors(self) -> Iterator[None]:
        """A server that went away becomes ConnectionLost (a calm Dutch message), not a crash.

        The pool pings each connection before use (pool_pre_ping) and drops dead ones, so the
        first action after the server is back simply works again.
        """
        try:
            yield
        except DBAPIError as exc:
            if not self._is_lost_connection(exc):
                raise
            self._tell_listeners(False)
            raise ConnectionLost() from exc

    def _is_lost_connection(self, exc: DBAPIError) -> bool:
        if self.dialect == "sqlite":  # a file: "locked" or "disk full" are other stories
            return False
        return exc.connection_invalidated or isinstance(exc, (OperationalError, InterfaceError))

    def _tell_listeners(self, connected: bool) -> None:
        for listener in list(self.connection_listeners):
            listener(connected)

    def ping(self) -> bool:
        """True when the database answers; tells the listeners when it is back."""
        try:
            with self.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
        except DBAPIError:
            return False
        self._tell_listeners(True)
        return True

    def dispose(self) -> None:
        if self.dialect == "sqlite":
            # Keeps the planner's statistics fresh, so it picks the right index as data grows.
            with self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA optimize")
        self.engine.dispose()
