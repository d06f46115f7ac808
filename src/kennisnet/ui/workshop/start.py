"""Before the workshop starts, HR chooses what the room will see: codes or real names,
what the colours of the dots show (the steps' own, or a column of the staff list) and
what their size shows (colleagues who learn from someone, or a number of the staff list).

Codes are the default and the recommended choice. Real names are a deliberate
choice made here, at the laptop, before the projector shows anything; in the room
no key or button switches to names.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from kennisnet.analysis import AnalysisResult
from kennisnet.export import sizes
from kennisnet.export.attributes import available
from kennisnet.export.pseudonym import MIN_GROUP
from kennisnet.export.show_only import values
from kennisnet.i18n import language, tr
from kennisnet.model import Person, SurveyData
from kennisnet.plan import Plan
from kennisnet.ui.settings import Settings
from kennisnet.ui.workshop.legend import colour_choices
from kennisnet.ui.workshop.window import WorkshopWindow


def privacy_box(
    parent: QWidget | None,
    people: Sequence[Person] = (),
    colour_by: str = "",
    size_by: str = sizes.LEARNERS,
) -> QMessageBox:
    """The question; Enter takes codes, Esc cancels. With ``people``, also a choice of
    what the colours show (``colour_by`` chosen first; see :func:`chosen_colour`) and
    what the size of the dots shows (``size_by`` first; see :func:`chosen_size`)."""
    box = QMessageBox(parent)
    box.setObjectName("workshop_privacy")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr("Start the workshop"))
    box.setText(tr("What should the team see on the screen?"))
    box.setInformativeText(
        tr(
            "With codes, each colleague finds themselves with the code on their personal "
            "code card; nobody else needs to know it. With real names, everyone in the "
            "room sees who is where."
        )
    )
    codes = box.addButton(tr("Show codes (recommended)"), QMessageBox.ButtonRole.AcceptRole)
    codes.setObjectName("workshop_codes")
    names = box.addButton(
        tr("Show real names — everyone in the room will see them"),
        QMessageBox.ButtonRole.ActionRole,
    )
    names.setObjectName("workshop_names")
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(codes)
    if people:
        _add_colour_choice(box, people, colour_by, size_by)
    return box


def _add_colour_choice(
    box: QMessageBox, people: Sequence[Person], colour_by: str, size_by: str
) -> None:
    """Rows "Colour the dots by [...]" and "Size the dots by [...]" above the buttons."""
    lang = language()
    combo = QComboBox()
    combo.setObjectName("workshop_start_colour")
    for key, label in colour_choices(people, lang):
        combo.addItem(label, key)
    combo.setCurrentIndex(max(combo.findData(colour_by), 0))
    combo.setToolTip(
        tr(
            "What the colours of the dots show in the workshop. You can change it on the "
            "screen later.",
            lang=lang,
        )
    )
    caption = QLabel(tr("Colour the dots by:", lang=lang))
    caption.setBuddy(combo)
    row = QWidget()
    row.setObjectName("workshop_start_colour_row")
    line = QHBoxLayout(row)
    line.setContentsMargins(0, 6, 0, 6)
    line.addWidget(caption)
    line.addWidget(combo, 1)
    size = QComboBox()
    size.setObjectName("workshop_start_size")
    for choice in sizes.available(people):
        size.addItem(choice.label(lang), choice.key)
    size.setCurrentIndex(max(size.findData(size_by), 0))
    size.setToolTip(
        tr(
            "What the size of the dots shows in the workshop. You can change it on the "
            "screen later.",
            lang=lang,
        )
    )
    size_caption = QLabel(tr("Size the dots by:", lang=lang))
    size_caption.setBuddy(size)
    line.addSpacing(12)
    line.addWidget(size_caption)
    line.addWidget(size, 1)
    # "Show only": the team's own part in full colour on every step, the rest faded.
    only = QComboBox()
    only.setObjectName("workshop_start_only")
    only.addItem(tr("Everyone", lang=lang), "")
    for key, label in show_only_choices(people, lang):
        only.addItem(label, key)
    only.setToolTip(
        tr(
            "Show one group in full colour on every step, for example the team in the room; "
            "everyone else is faded. Groups of fewer than 5 people are not offered.",
            lang=lang,
        )
    )
    only_caption = QLabel(tr("Show only:", lang=lang))
    only_caption.setBuddy(only)
    only_line = QHBoxLayout()
    only_line.setContentsMargins(0, 0, 0, 0)
    only_line.addWidget(only_caption)
    only_line.addWidget(only, 1)
    rows = QWidget()
    rows.setObjectName("workshop_start_choices")
    stacked = QVBoxLayout(rows)
    stacked.setContentsMargins(0, 0, 0, 0)
    stacked.addWidget(row)
    stacked.addLayout(only_line)
    row = rows
    # QMessageBox puts its buttons in the last row of its grid, over every column:
    # the choice takes that row and the buttons go one lower.
    grid = box.layout()
    buttons = box.findChild(QDialogButtonBox)
    if isinstance(grid, QGridLayout) and buttons is not None:
        last, columns = grid.rowCount() - 1, grid.columnCount()
        grid.removeWidget(buttons)
        grid.addWidget(row, last, 0, 1, columns)
        grid.addWidget(buttons, last + 1, 0, 1, columns)


def chosen_colour(box: QMessageBox) -> str:
    """What HR chose to colour the dots by ("": each step its own colours)."""
    combo = box.findChild(QComboBox, "workshop_start_colour")
    return str(combo.currentData() or "") if combo is not None else ""


def show_only_choices(people: Sequence[Person], lang: str) -> list[tuple[str, str]]:
    """("COLUMN=VALUE", "Department: Monteurs Zuid (17)") for every value of every
    staff-list column that at least 5 people share, largest groups first per column."""
    out: list[tuple[str, str]] = []
    for attribute in available(people):
        counts = values(people, attribute)
        for value, count in sorted(counts.items(), key=lambda vc: (-vc[1], vc[0])):
            if count >= MIN_GROUP:
                shown = tr(value, lang=lang)
                label = f"{attribute.label(lang)}: {shown} ({count})"
                out.append((f"{attribute.key}={value}", label))
    return out


def chosen_only(box: QMessageBox) -> str:
    """Whom HR shows in full colour ("COLUMN=VALUE"; "": everyone)."""
    combo = box.findChild(QComboBox, "workshop_start_only")
    return str(combo.currentData() or "") if combo is not None else ""


def chosen_size(box: QMessageBox) -> str:
    """What HR chose to size the dots by (an ``export.sizes`` key; learners by default)."""
    combo = box.findChild(QComboBox, "workshop_start_size")
    return str(combo.currentData() or sizes.LEARNERS) if combo is not None else sizes.LEARNERS


def chosen(box: QMessageBox) -> bool | None:
    """True: codes; False: real names; None: HR cancelled."""
    clicked = box.clickedButton()
    name = clicked.objectName() if clicked else ""  # None when the window was closed
    if name == "workshop_codes":
        return True
    if name == "workshop_names":
        return False
    return None


def start_workshop(
    result: AnalysisResult,
    data: SurveyData,
    settings: Settings | None,
    *,
    title: str,
    parent: QWidget | None = None,
    plan: Plan | None = None,
    colour_by: str = "",
    size_by: str = sizes.LEARNERS,
) -> WorkshopWindow | None:
    """Ask HR codes or names, what the colours show (``colour_by`` proposed) and what the
    size of the dots shows (``size_by`` proposed), then show the workshop full screen
    (None: cancelled)."""
    box = privacy_box(parent, data.people, colour_by, size_by)
    box.exec()
    pseudonymised = chosen(box)
    if pseudonymised is None:
        return None
    window = WorkshopWindow(
        result,
        data,
        settings,
        title=title,
        pseudonymised=pseudonymised,
        plan=plan,
        colour_by=chosen_colour(box),
        size_by=chosen_size(box),
        show_only=chosen_only(box),
    )
    window.showFullScreen()
    return window
