"""Is the database file sound, and where is it? Integrity checks, network drives, and the Dutch
words for the faults a save can meet. Reads only; what to do with a damaged file is in recovery.
No Qt here.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path

NETWORK_FILESYSTEMS = {
    "nfs",
    "nfs4",
    "cifs",
    "smbfs",
    "smb3",
    "afpfs",
    "webdav",
    "davfs",
    "fuse.sshfs",
    "sshfs",
    "9p",
    "afs",
    "ncpfs",
    "fuse.rclone",
}


def check(path: Path, full: bool = True) -> list[str]:
    """Problems SQLite finds in the file ([] = sound). Reads only; never changes the file.

    full=True runs `PRAGMA integrity_check` plus the foreign-key check (slower, for `check`
    and on demand); full=False the quick_check done at every start.
    """
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5.0)
    except sqlite3.Error as exc:
        return [f"Het bestand kan niet worden geopend: {exc}"]
    try:
        rows = conn.execute("PRAGMA integrity_check" if full else "PRAGMA quick_check").fetchall()
        problems = [row[0] for row in rows if row[0] != "ok"]
        if full and not problems:
            for table, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check"):
                problems.append(
                    f"{table} rij {rowid} verwijst naar een ontbrekende rij in {parent}"
                )
        return problems
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        conn.close()


LOCKED, READ_ONLY, DAMAGED, SOUND = "locked", "read_only", "damaged", "ok"
LOCK_WAIT_S = 3.0  # how long a check waits for another program's lock (as backups do)


def diagnose(path: Path, full: bool = True) -> tuple[str, list[str]]:
    """(state, problems): a file that is in use by another program, or read-only, is not
    damaged — three different answers (restoring a backup over a locked file loses data)."""
    path = Path(path)
    if path.stat().st_size == 0:
        return DAMAGED, ["Het bestand is leeg (0 bytes): de gegevens zijn verloren gegaan."]
    read_only = not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK)
    # A read-only folder has no room for SQLite's -shm file; read the file as it is then.
    uri = f"file:{path}?mode=ro" + ("&immutable=1" if read_only else "")
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=LOCK_WAIT_S)
    except sqlite3.Error as exc:
        return DAMAGED, [f"Het bestand kan niet worden geopend: {exc}"]
    try:
        problems = _problems(conn, full)
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            return LOCKED, []
        return DAMAGED, [str(exc)]
    except sqlite3.DatabaseError as exc:
        return DAMAGED, [str(exc)]
    finally:
        conn.close()
    if problems:
        return DAMAGED, problems
    return (READ_ONLY if read_only else SOUND), []


def _problems(conn: sqlite3.Connection, full: bool) -> list[str]:
    rows = conn.execute("PRAGMA integrity_check" if full else "PRAGMA quick_check").fetchall()
    problems = [row[0] for row in rows if row[0] != "ok"]
    if full and not problems:
        for table, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check"):
            problems.append(f"{table} rij {rowid} verwijst naar een ontbrekende rij in {parent}")
    return problems


def is_network_path(path: Path) -> bool:
    """True when the file is on a network share, where SQLite's file locking is unreliable."""
    path = Path(path).absolute()
    if sys.platform == "win32":
        return _windows_remote(path)
    fstype = _mount_type(path)
    return fstype is not None and (fstype in NETWORK_FILESYSTEMS or fstype.startswith("fuse.sshfs"))


def _windows_remote(path: Path) -> bool:
    text = str(path)
    if text.startswith("\\\\"):  # UNC path \\server\share
        return True
    import ctypes

    drive_remote = 4
    return ctypes.windll.kernel32.GetDriveTypeW(f"{path.drive}\\") == drive_remote


def _mount_type(path: Path) -> str | None:
    """The file-system type of the mount holding path (Linux /proc/mounts, macOS `mount`)."""
    mounts = _mounts()
    best, best_type = "", None
    text = str(path.resolve() if path.exists() else path)
    for point, fstype in mounts:
        inside = text == point or text.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, best_type = point, fstype
    return best_type


def _mounts() -> list[tuple[str, str]]:
    proc = Path("/proc/mounts")
    if proc.exists():
        entries = []
        for line in proc.read_text().splitlines():
            parts = line.split()
            if len(parts) >= 3:
                entries.append((parts[1].replace("\\040", " "), parts[2]))
        return entries
    if sys.platform == "darwin":
        import subprocess

        out = subprocess.run(["mount"], capture_output=True, text=True, check=False).stdout
        entries = []
        for line in out.splitlines():  # "//user@server/share on /Volumes/share (smbfs, nodev)"
            if " on " in line and "(" in line:
                point = line.split(" on ", 1)[1].rsplit(" (", 1)[0]
                fstype = line.rsplit("(", 1)[1].split(",")[0].strip(") ")
                entries.append((point, fstype))
        return entries
    return []


def explain(exc: BaseException) -> str | None:
    """A Dutch message for the expected faults while saving, or None for unexpected ones."""
    text = str(getattr(exc, "orig", None) or exc).lower()
    if "disk is full" in text or "database or disk is full" in text:
        return (
            "De schijf is vol: de laatste wijziging is niet opgeslagen. Alles wat eerder is "
            "opgeslagen, is bewaard. Maak ruimte vrij en probeer het opnieuw."
        )
    if "database is locked" in text or "database is busy" in text:
        return (
            "De database is even bezet door een ander programma. De laatste wijziging is niet "
            "opgeslagen; probeer het over een ogenblik opnieuw."
        )
    if "readonly" in text or "read-only" in text:
        return (
            "De database is alleen-lezen geworden (bijvoorbeeld door rechten of een losgekoppelde "
            "schijf). De laatste wijziging is niet opgeslagen; eerder opgeslagen werk is bewaard."
        )
    if "malformed" in text or "not a database" in text:
        return (
            "De database is beschadigd. Sluit Buurtkantoor en start het opnieuw: u krijgt dan "
            "de keuze de nieuwste goede reservekopie terug te zetten."
        )
    return None
