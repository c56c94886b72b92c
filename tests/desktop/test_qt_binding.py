"""Guards against Qt binding releases that corrupt the interpreter.

PySide6 6.12.0 decremented None's reference count on every QComboBox.addItem call; after a
few thousand items (the complex filter alone holds hundreds, refilled on every reload) the
program aborted with "deallocating None". pyproject.toml excludes that release.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QComboBox


def test_filling_combo_boxes_keeps_none_alive(app):
    combo = QComboBox()
    before = sys.getrefcount(None)
    for number in range(5000):
        combo.addItem(f"Complex {number}", number)
        combo.addItem(f"Complex {number}")
    combo.clear()
    assert sys.getrefcount(None) - before > -100  # a leak would be about -10,000
