"""`buurtkantoor --help` and argument errors are all Dutch."""

from __future__ import annotations

import pytest

from desktop.cli import build_parser


def test_help_is_dutch(capsys):
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--help"])
    text = capsys.readouterr().out
    assert text.startswith("gebruik: buurtkantoor")
    assert "opties:" in text and "toon deze hulp en stop" in text
    for english in ("usage", "options", "show this help", "positional arguments"):
        assert english not in text


def test_errors_are_dutch(capsys):
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--onbekend"])
    assert "buurtkantoor: fout: onbekende argumenten: --onbekend" in capsys.readouterr().err
