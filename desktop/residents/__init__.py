"""Bewoners: the tab, the resident editor with contacts and signals, follow-ups and partners."""
