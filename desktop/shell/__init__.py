"""The shell: the main window that composes the areas, its menus, About, the crash dialog and the
start-up sequence (one window per file, the restore offer, the daily backup)."""
