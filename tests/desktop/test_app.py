"""The QApplication set-up: the program's icon in every size the task bars and docks draw."""

from __future__ import annotations

from desktop.app import app_icon


def test_app_icon_has_every_drawn_size(app):
    icon = app_icon()
    sizes = {s.width() for s in icon.availableSizes()}
    assert {16, 32, 48, 256} <= sizes
    assert app.windowIcon().availableSizes()
