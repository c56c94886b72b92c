"""Complexen: the tab and the complex editor with its homes."""
