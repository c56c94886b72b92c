"""Niets kwijt, niets gelekt: backups, the database check, the audit trail, inzage and erasure,
the retention list, and the lock that keeps one Buurtkantoor per database file."""
