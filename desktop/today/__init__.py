"""Vandaag: the office's day at a glance, and the charts per complex."""
