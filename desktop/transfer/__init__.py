"""Gegevens importeren en exporteren: the import wizard, exporting the current tab, and finding and
merging duplicate residents."""
