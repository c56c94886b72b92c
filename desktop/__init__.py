"""Buurtkantoor's Qt desktop application."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("buurtkantoor")
except PackageNotFoundError:  # running from a source tree that was not pip-installed
    __version__ = "0.1.0"
