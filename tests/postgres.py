"""A throwaway PostgreSQL server for the tests that prove the data layer is dialect-neutral.

Started from the machine's PostgreSQL binaries in a temp folder, on a Unix socket only (no TCP),
as the 'postgres' user when the tests run as root (initdb refuses root). Skipped when no
PostgreSQL is installed.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import uuid
from pathlib import Path

import pytest


def _bin_dir() -> Path | None:
    if shutil.which("initdb"):
        return Path(shutil.which("initdb")).parent
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


class Server:
    def __init__(self, root: Path):
        self.bin = _bin_dir()
        self.root = root
        self.data = root / "data"
        self.socket = root / "socket"
        self.as_user = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []

    def _run(self, *args: str) -> None:
        subprocess.run([*self.as_user, *args], check=True, capture_output=True, timeout=120)

    def start(self) -> None:
        self.socket.mkdir(parents=True)
        self.data.mkdir()
        if self.as_user:
            shutil.chown(self.root, "postgres")
            for path in (self.socket, self.data):
                shutil.chown(path, "postgres")
        self._run(
            str(self.bin / "initdb"),
            "-D",
            str(self.data),
            "-U",
            "postgres",
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
        )
        self.resume()

    def resume(self) -> None:
        """Start the server (again, after stop()) on the same data and socket."""
        options = f"-c listen_addresses='' -c unix_socket_directories='{self.socket}' -c fsync=off"
        self._run(
            str(self.bin / "pg_ctl"),
            "-D",
            str(self.data),
            "-o",
            options,
            "-w",
            "-l",
            str(self.root / "log.txt"),
            "start",
        )

    def stop(self) -> None:
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop")

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://postgres@/{database}?host={self.socket}"

    def create_database(self) -> str:
        from sqlalchemy import create_engine, text

        name = f"t_{uuid.uuid4().hex[:12]}"
        engine = create_engine(self.url("postgres"), isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        engine.dispose()
        return name


@pytest.fixture(scope="session")
def pg_server(tmp_path_factory):
    if _bin_dir() is None:
        # CI must prove the multi-desk server, never pass by leaving it out.
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL is not installed: `python3 dev.py test` installs it on Debian")
        pytest.skip("PostgreSQL is not installed here")
    if os.environ.get("CI"):
        import psycopg  # noqa: F401  (a missing driver fails the run under CI)
    pytest.importorskip("psycopg")
    root = Path(f"/tmp/bk-pg-{uuid.uuid4().hex[:8]}")  # short path: socket paths max ~100 chars
    server = Server(root)
    server.start()
    yield server
    server.stop()
    shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def pg_db(pg_server):
    from db.safety.opening import open_database

    database = open_database(pg_server.url(pg_server.create_database()))
    yield database
    database.dispose()
