"""The database kept safe: opening it, schema versions, backups, integrity checks and the audit
trail. No Qt: the command line and scheduled tasks use all of it."""
