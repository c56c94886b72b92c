"""Keyboard and screen-reader access for every window, done once instead of in each screen.

When one of our windows is shown, `prepare(window)`:

- gives every label that stands right before a field in a layout that field as its buddy, and
  moves a buddy from a compound form widget to the text box that really takes focus — so the
  label's mnemonic focuses the field and a screen reader reads the label as the field's name;
- names every focusable widget that still has no accessible name after its visible label, its
  placeholder or its tooltip (icon-only buttons);
- lets Tab leave tables and multi-line text fields (arrows move inside a table, Ctrl+Tab still
  types nothing into a text field);
- sets the Tab order to the visual order: the order of the layouts, row by row, column by
  column, instead of the order the widgets happened to be created in;
- gives every button and labelled field a mnemonic (Alt+letter) that is unique in the window,
  keeping the letters the texts already chose where they do not clash.

Windows of Qt itself (message boxes, file dialogs) are left alone: they do this already.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QBoxLayout,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QInputDialog,
    QLabel,
    QLayout,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QToolButton,
    QWidget,
)

# Widgets that take focus as one piece: Tab moves to them, never into their insides.
LEAVES = (
    QAbstractButton,
    QLineEdit,
    QAbstractSpinBox,
    QComboBox,
    QAbstractItemView,
    QPlainTextEdit,
    QTextEdit,
    QTabBar,
    QCalendarWidget,
)
FIELDS = (QLineEdit, QAbstractSpinBox, QComboBox, QAbstractItemView, QPlainTextEdit, QTextEdit)
QT_OWN_WINDOWS = (QMessageBox, QFileDialog, QInputDialog, QProgressDialog, QMenu)
NO_MNEMONIC = "noMnemonic"  # dynamic property: a button that shows data (a calendar entry)
PREPARED = "accessPrepared"  # dynamic property on windows whose Tab order we keep


def install(app: QApplication) -> None:
    """Prepare each of our windows when it is first shown (and again on later shows)."""
    if app.findChild(_ShowWatcher) is None:  # make_application may run more than once
        app.installEventFilter(_ShowWatcher(app))


class _ShowWatcher(QObject):
    def eventFilter(self, obj, event) -> bool:
        if (
            event.type() == QEvent.Type.Show
            and isinstance(obj, QMainWindow | QDialog)
            and not isinstance(obj, QT_OWN_WINDOWS)
        ):
            prepare(obj)
        elif (
            event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
            and obj is QApplication.focusWidget()
            and obj.window().property(PREPARED)
        ):
            # QWidget.setTabOrder cannot always reorder compound widgets (a line edit with a
            # clear button, a date field); moving focus ourselves keeps Tab in visual order,
            # also for rows added after the window opened.
            backwards = event.key() == Qt.Key.Key_Backtab or bool(event.modifiers())
            return move_focus(obj.window(), obj, backwards)
        return False


def tab_stops(window: QWidget) -> list[QWidget]:
    """The widgets Tab visits now, in visual order: shown, enabled, taking Tab focus."""
    return [
        w
        for w in _dict_unique(focus_order(window))
        if w.isVisible()
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not _unchecked_in_group(w)
    ]


def _unchecked_in_group(widget: QWidget) -> bool:
    """A group of exclusive buttons (List | Month, label 1…24) is one Tab stop, like radio
    buttons: Tab reaches the checked one, the arrow keys move within the group."""
    if not isinstance(widget, QAbstractButton) or widget.isChecked():
        return False
    group = widget.group()
    if group is not None and group.exclusive():
        return group.checkedButton() is not None
    return widget.autoExclusive() and any(
        b.isChecked()
        for b in widget.parentWidget().findChildren(QAbstractButton)
        if b.autoExclusive() and b.parentWidget() is widget.parentWidget()
    )


def move_focus(window: QWidget, current: QWidget, backwards: bool) -> bool:
    stops = tab_stops(window)
    keys = [key(w) for w in stops]
    widget = current
    while widget is not None and key(widget) not in keys:
        widget = widget.parentWidget()  # focus on a part of a stop (a table's viewport)
    if not stops or widget is None:
        return False
    step = -1 if backwards else 1
    target = stops[(keys.index(key(widget)) + step) % len(stops)]
    reason = Qt.FocusReason.BacktabFocusReason if backwards else Qt.FocusReason.TabFocusReason
    target.setFocus(reason)
    return True


def prepare(window: QWidget) -> None:
    window.setProperty(PREPARED, True)
    units = list(_dict_unique(focus_order(window, units=True)))
    order = list(_dict_unique(focus_order(window)))
    _fix_buddies(window)
    hints = _row_names(window)
    for widget in order:
        if isinstance(widget, QAbstractItemView):
            widget.setTabKeyNavigation(False)
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            widget.setTabChangesFocus(True)
        if not widget.accessibleName():
            name = derived_name(widget, hints.get(key(widget), ""))
            if name:
                widget.setAccessibleName(name)
    tab_order = [w for w in units if _focus_target(w).focusPolicy() & Qt.FocusPolicy.TabFocus]
    for first, second in pairwise(tab_order):
        QWidget.setTabOrder(first, second)
    if len(tab_order) > 2:  # close the ring, so Tab on the last control comes back to the first
        QWidget.setTabOrder(tab_order[-1], tab_order[0])
    assign_mnemonics(window)


# --- visual order ---------------------------------------------------------------------------
def focus_order(widget: QWidget, units: bool = False) -> Iterator[QWidget]:
    """Focusable widgets under `widget` in the order the eye reads them: by layout.

    With `units`, a compound field (a date field: its text box and its calendar button, focus
    proxied to the box) comes as one widget, which is how QWidget.setTabOrder must get it."""
    if isinstance(widget, QT_OWN_WINDOWS) or (widget.isWindow() and not _is_root(widget)):
        return
    proxy = widget.focusProxy()
    if units and proxy is not None and widget.isAncestorOf(proxy) and not _is_root(widget):
        yield widget
        return
    if isinstance(widget, LEAVES):
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.focusProxy() is None:
            yield widget
        return
    if isinstance(widget, QTabWidget):
        yield widget.tabBar()
        for i in range(widget.count()):
            yield from focus_order(widget.widget(i), units)
        return
    if isinstance(widget, QScrollArea):
        if widget.widget() is not None:
            # Focus goes to the fields inside, which the area scrolls into view; the area
            # itself would only be an extra, silent stop for Tab.
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            yield from focus_order(widget.widget(), units)
        return
    if isinstance(widget, QSplitter | QStackedWidget):
        for i in range(widget.count()):
            yield from focus_order(widget.widget(i), units)
        return
    if (
        widget.focusProxy() is None
        and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not isinstance(widget, QMainWindow | QDialog)
        and (not isinstance(widget, QGroupBox) or widget.isCheckable())
    ):
        yield widget  # a custom focusable widget (a calendar day) or a checkable group
    seen: set[int] = set()
    if isinstance(widget, QMainWindow):
        children = [widget.centralWidget()] if widget.centralWidget() else []
    else:
        children = list(_layout_widgets(widget.layout())) if widget.layout() else []
    for child in children:
        seen.add(key(child))
        yield from focus_order(child, units)
    for child in widget.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
        if key(child) not in seen and not child.isWindow():
            yield from focus_order(child, units)


def _is_root(widget: QWidget) -> bool:
    return isinstance(widget, QMainWindow | QDialog) and widget.isWindow()


def _layout_widgets(layout: QLayout) -> Iterator[QWidget]:
    for item in _layout_items(layout):
        if item.widget() is not None:
            yield item.widget()
        elif item.layout() is not None:
            yield from _layout_widgets(item.layout())


def _layout_items(layout: QLayout):
    if isinstance(layout, QFormLayout):
        for row in range(layout.rowCount()):
            for role in (
                QFormLayout.ItemRole.LabelRole,
                QFormLayout.ItemRole.FieldRole,
                QFormLayout.ItemRole.SpanningRole,
            ):
                item = layout.itemAt(row, role)
                if item is not None:
                    yield item
        return
    items = [layout.itemAt(i) for i in range(layout.count())]
    if isinstance(layout, QGridLayout):
        places = [layout.getItemPosition(i)[:2] for i in range(layout.count())]
        items = [item for _place, item in sorted(zip(places, items, strict=True), key=_first)]
    elif isinstance(layout, QBoxLayout) and layout.direction() in (
        QBoxLayout.Direction.RightToLeft,
        QBoxLayout.Direction.BottomToTop,
    ):
        items.reverse()
    yield from items


def _first(pair):
    return pair[0]


def key(widget: QObject) -> int:
    """The C++ address: Python wrappers of one widget may differ from call to call."""
    return shiboken6.getCppPointer(widget)[0]


def _dict_unique(widgets: Iterator[QWidget]) -> Iterator[QWidget]:
    seen: set[int] = set()
    for widget in widgets:
        if key(widget) not in seen:
            seen.add(key(widget))
            yield widget


# --- names ----------------------------------------------------------------------------------
def _focus_target(widget: QWidget) -> QWidget:
    while widget.focusProxy() is not None:
        widget = widget.focusProxy()
    return widget


def _fix_buddies(window: QWidget) -> None:
    for label in window.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and _focus_target(buddy) is not buddy:
            label.setBuddy(_focus_target(buddy))
    for layout in window.findChildren(QLayout):
        for before, after in _neighbours(layout):
            if (
                isinstance(before, QLabel)
                and before.buddy() is None
                and before.text()
                and after is not None
                and isinstance(_focus_target(after), FIELDS)
                and _focus_target(after).focusPolicy() & Qt.FocusPolicy.TabFocus
            ):
                before.setBuddy(_focus_target(after))


def _neighbours(layout: QLayout):
    """(widget, the widget right after it) in a row or column, or beside it in a grid row."""
    if isinstance(layout, QBoxLayout):
        items = [layout.itemAt(i).widget() for i in range(layout.count())]
        yield from pairwise(items)
    elif isinstance(layout, QGridLayout):
        cells = {}
        for i in range(layout.count()):
            row, column, _rows, _columns = layout.getItemPosition(i)
            cells[(row, column)] = layout.itemAt(i).widget()
        for (row, column), widget in cells.items():
            yield widget, cells.get((row, column + 1))


def _row_names(window: QWidget) -> dict[int, str]:
    """Names for fields that share a row: "Naam" [given] [prefix] [family] in a form, or a
    check box / radio button that switches the field right after it ("Tot" [date])."""
    hints: dict[int, str] = {}
    for layout in window.findChildren(QLayout):
        if isinstance(layout, QFormLayout):
            for row in range(layout.rowCount()):
                label = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
                field = layout.itemAt(row, QFormLayout.ItemRole.FieldRole)
                if label is None or field is None or field.layout() is None:
                    continue
                label = label.widget()
                if not isinstance(label, QLabel) or not label.text():
                    continue
                inner = [
                    _focus_target(w)
                    for w in _layout_widgets(field.layout())
                    if _focus_target(w).focusPolicy() & Qt.FocusPolicy.TabFocus
                    and not isinstance(w, QAbstractButton)
                ]
                if inner and label.buddy() is None:
                    label.setBuddy(inner[0])
                for widget in inner[1:]:
                    hints[key(widget)] = label_text(label.text())
        for before, after in _neighbours(layout):
            if (
                isinstance(before, QCheckBox | QRadioButton)
                and after is not None
                and not isinstance(after, QAbstractButton | QLabel)
            ):
                hints[key(_focus_target(after))] = label_text(before.text())
    return hints


def label_text(text: str) -> str:
    """What a screen reader should say for a label: no '&', no trailing colon."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip(":")


def derived_name(widget: QWidget, row_name: str = "") -> str:
    window = widget.window()
    for label in window.findChildren(QLabel):
        if label.buddy() is not None and _focus_target(label.buddy()) is widget and label.text():
            return label_text(label.text())
    if isinstance(widget, QAbstractButton) and any(ch.isalnum() for ch in widget.text()):
        return label_text(widget.text())
    placeholder = widget.placeholderText() if isinstance(widget, QLineEdit) else ""
    if row_name and placeholder:
        # "Naam: voornaam" — the row's label first, then which part of it this box is.
        return (
            QCoreApplication.translate("Access", "%1: %2")
            .replace("%1", row_name, 1)
            .replace("%2", placeholder)
        )
    if row_name or placeholder:
        return row_name or placeholder
    if widget.toolTip():
        return label_text(widget.toolTip())
    if isinstance(widget, QAbstractItemView | QPlainTextEdit | QTextEdit) or not isinstance(
        widget, LEAVES
    ):
        return _context_name(widget)
    return ""


def _context_name(widget: QWidget) -> str:
    """A list or text area without its own label is named by what holds it: the group box,
    the tab it is on, or else the window."""
    child, parent = widget, widget.parentWidget()
    while parent is not None and not parent.isWindow():
        if isinstance(parent, QGroupBox) and parent.title():
            return label_text(parent.title())
        if isinstance(parent, QStackedWidget) and isinstance(parent.parentWidget(), QTabWidget):
            tabs = parent.parentWidget()
            if tabs.indexOf(child) >= 0:
                return label_text(tabs.tabText(tabs.indexOf(child)))
        child, parent = parent, parent.parentWidget()
    return widget.window().windowTitle()


# --- mnemonics ------------------------------------------------------------------------------
def mnemonic_of(text: str) -> str | None:
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] != "&":
                return text[i + 1].lower()
            i += 1
        i += 1
    return None


def mnemonic_owners(window: QWidget) -> list[QWidget]:
    """Buttons, check boxes and labelled fields' labels that should carry an Alt+letter."""
    owners: list[QWidget] = []
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or widget.property(NO_MNEMONIC):
            continue
        if isinstance(widget, QPushButton | QCheckBox | QRadioButton) and not isinstance(
            widget.parent(), QCalendarWidget
        ):
            if any(ch.isalpha() for ch in widget.text()):  # not "1"…"24": a label slot
                owners.append(widget)
        elif (isinstance(widget, QGroupBox) and widget.isCheckable()) or (
            isinstance(widget, QLabel) and widget.buddy() is not None and widget.text()
        ):
            owners.append(widget)
    return owners


def _text(widget: QWidget) -> str:
    return widget.title() if isinstance(widget, QGroupBox) else widget.text()


def _set_text(widget: QWidget, text: str) -> None:
    if isinstance(widget, QGroupBox):
        widget.setTitle(text)
    else:
        widget.setText(text)


def page_of(widget: QWidget) -> QWidget | None:
    """The tab page a widget sits on (None: always shown). Pages are never visible together,
    so two pages may use the same letter; each must differ from the always-shown part."""
    child, parent = widget, widget.parentWidget()
    while parent is not None and not parent.isWindow():
        if isinstance(parent, QStackedWidget) and isinstance(parent.parentWidget(), QTabWidget):
            return child
        child, parent = parent, parent.parentWidget()
    return None


def mnemonic_scopes(window: QWidget) -> list[list[QWidget]]:
    """Groups of owners whose letters must differ: the always-shown part plus one page."""
    owners = [w for w in mnemonic_owners(window) if not isinstance(w, QToolButton)]
    shared = [w for w in owners if page_of(w) is None]
    pages: dict[int, list[QWidget]] = {}
    for widget in owners:
        page = page_of(widget)
        if page is not None:
            pages.setdefault(key(page), []).append(widget)
    return [shared + group for group in pages.values()] or [shared]


def assign_mnemonics(window: QWidget) -> None:
    base: set[str] = set()
    if isinstance(window, QMainWindow):
        base |= {m for a in window.menuBar().actions() if (m := mnemonic_of(a.text()))}
    owners = [w for w in mnemonic_owners(window) if not isinstance(w, QToolButton)]
    shared = [w for w in owners if page_of(w) is None]
    _assign(shared, base)  # first the always-shown part: its letters count on every page
    for group in mnemonic_scopes(window):
        _assign([w for w in group if page_of(w) is not None], set(base) | _letters(shared))


def _letters(widgets: list[QWidget]) -> set[str]:
    return {m for w in widgets if (m := mnemonic_of(_text(w)))}


def _assign(owners: list[QWidget], used: set[str]) -> None:
    """Give each owner a letter no other owner (nor `used`) has, keeping the letters the texts
    chose where they can. A greedy pass can leave the last buttons without a free letter (Save
    and Close in the funds dialog, after 21 labels); a matching that may move an earlier label
    to another letter of its text gives every owner one whenever the letters allow it."""
    options = {key(w): _candidates(_text(w), used) for w in owners}
    holder: dict[str, QWidget] = {}

    def place(widget: QWidget, tried: set[str]) -> bool:
        for letter, _position in options[key(widget)]:
            if letter in tried:
                continue
            tried.add(letter)
            if letter not in holder or place(holder[letter], tried):
                holder[letter] = widget
                return True
        return False

    for widget in owners:
        place(widget, set())
    chosen = {key(w): letter for letter, w in holder.items()}
    for widget in owners:
        plain, _preset = _split(_text(widget))
        letter = chosen.get(key(widget))
        position = next((i for ch, i in options[key(widget)] if ch == letter), None)
        if position is None:
            _set_text(widget, plain)  # no free letter: better none than a clashing one
        else:
            _set_text(widget, plain[:position] + "&" + plain[position:])
    used |= set(holder)


def _split(text: str) -> tuple[str, int | None]:
    """The text without its mnemonic mark ("&&" stays), and where the marked letter is in it."""
    plain, preset, i = [], None, 0
    while i < len(text):
        if text[i] == "&" and i + 1 < len(text):
            if text[i + 1] == "&":
                plain.append("&&")
                i += 2
                continue
            preset = sum(len(p) for p in plain)
            i += 1
            continue
        plain.append(text[i])
        i += 1
    return "".join(plain), preset


def _candidates(text: str, used: set[str]) -> list[tuple[str, int]]:
    """(letter, position) in the order an owner would like them: the letter its text chose,
    then first letters of words, then any letter or digit; each letter once."""
    plain, preset = _split(text)
    usable = [
        i
        for i, ch in enumerate(plain)
        if ch.isalnum() and ch != "&" and (i == 0 or plain[i - 1] != "&")
    ]
    starts = [i for i in usable if i == 0 or plain[i - 1] == " "]
    order = ([preset] if preset in usable else []) + starts + usable
    seen: set[str] = set()
    result = []
    for i in order:
        letter = plain[i].lower()
        if letter not in used and letter not in seen:
            seen.add(letter)
            result.append((letter, i))
    return result
