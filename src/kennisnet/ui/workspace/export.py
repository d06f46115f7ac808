"""File → Export…: choose what to write, write it in the background, show what was written.

Every file goes through the output guard (``kennisnet.outputs``, inside
``kennisnet.export``): written beside its destination as a temporary file and moved
into place only when every file is complete, so a cancelled or failed export leaves
nothing behind. The dialog asks before it replaces a file, and refuses outright to
write onto the open project or any other project file.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from datetime import date
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kennisnet.export.bundle import PICTURED
from kennisnet.export.pack_groups import PackChoices
from kennisnet.i18n import N_, language, tr
from kennisnet.outputs import OntoProject, OutputRefused, check_target
from kennisnet.ui.dialogs.messages import confirm, error
from kennisnet.ui.language import language_bus
from kennisnet.ui.typography import heading

if TYPE_CHECKING:
    from kennisnet.export import ExportRequest

#: (kind, label, file name ending); the order of the files written and listed. The labels
#: are short (the dialog's group says what a file is for); ``HINTS`` says more.
KINDS: tuple[tuple[str, str, str], ...] = (
    ("xlsx", N_("Excel workbook (.xlsx), every figure"), ".xlsx"),
    ("png", N_("Network picture (.png)"), ".png"),
    ("svg", N_("Network picture to edit (.svg)"), ".svg"),
    ("pdf", N_("Network picture to print (.pdf)"), ".pdf"),
    ("report", N_("Management report (.pdf)"), ".pdf"),
    ("deck", N_("Slide deck (.pptx), with speaker notes"), ".pptx"),
    ("pack", N_("Workshop pack (.pdf)"), ".pdf"),
    ("html", N_("Interactive map (.html)"), ".html"),
    ("graphml", N_("GraphML (.graphml), for network programs"), ".graphml"),
    ("gexf", N_("GEXF (.gexf), for Gephi"), ".gexf"),
    ("kumu", N_("Workbook for Kumu (.xlsx)"), ".xlsx"),
    ("polinode", N_("Workbook for Polinode (.xlsx)"), ".xlsx"),
    ("codes", N_("Personal code list (.csv)"), ".csv"),
    ("cards", N_("Personal code cards (.pdf)"), ".pdf"),
)
#: What each file is, in a sentence: the check box's tooltip.
HINTS: dict[str, str] = {
    "xlsx": N_("Excel workbook (.xlsx) — every figure, for the HR file"),
    "png": N_("Picture (.png) — for slides and reports"),
    "svg": N_("Picture to edit (.svg)"),
    "pdf": N_("PDF (.pdf) — to print"),
    "report": N_("Management report (.pdf) — a short report to read or print"),
    "deck": N_("Slide deck (.pptx) — the results to present, with speaker notes"),
    "pack": N_(
        "Workshop pack (.pdf) — a sheet per department or team to print, for a team "
        "conversation; codes unless you choose names"
    ),
    "html": N_("Interactive map (.html) — to send, opens in any browser"),
    "graphml": N_("GraphML (.graphml) — for network programs"),
    "gexf": N_("GEXF (.gexf) — for Gephi"),
    "kumu": N_("Workbook for Kumu (.xlsx) — people and ties for kumu.io"),
    "polinode": N_("Workbook for Polinode (.xlsx) — people and ties for polinode.com"),
}
#: The dialog's groups of outputs: (key, title, kinds), left column first. Every kind of
#: ``KINDS`` is in one group; the files are still written and listed in ``KINDS`` order.
GROUPS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("reading", N_("For reading and printing"), ("report", "xlsx", "pdf", "pack")),
    ("presenting", N_("For presenting"), ("deck", "html", "png", "svg")),
    ("tools", N_("For other tools"), ("graphml", "gexf", "kumu", "polinode")),
    ("names", N_("Lists with names"), ("codes", "cards")),
)
#: The workshop pack's sheets: one per department (the default) or per team.
PACK_BY = (
    ("department", N_("department")),
    ("team", N_("team")),
)
#: The overview picture (``ExportRequest.picture``): its choices in the dialog.
PICTURES = (
    ("auto", N_("Automatic: one circle per group from 1,000 people on")),
    ("network", N_("Every person as a dot")),
    ("groups", N_("One circle per group")),
)
PAGE_SIZES = (
    ("slide", N_("Slide 16:9 (1920 × 1080 pixels)")),
    ("a4", N_("A4 (300 dpi)")),
    ("a3", N_("A3 (300 dpi)")),
)
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]')

if TYPE_CHECKING:
    from kennisnet.export import ExportRequest


def safe_name(text: str) -> str:
    """A file name without characters Windows or macOS refuse."""
    return _UNSAFE.sub("-", text).strip().strip(".").strip()


def default_base_name(project_name: str, on: date | None = None) -> str:
    return safe_name(f"{project_name} {(on or date.today()).isoformat()}") or "kennisnet"


@dataclass(frozen=True)
class ExportChoice:
    """What the adviser chose in the dialog."""

    kinds: tuple[str, ...]
    folder: Path
    base: str
    lang: str
    pseudonymise: bool
    page: str
    #: The workshop pack shows names (a deliberate choice; codes otherwise).
    pack_names: bool = False
    #: The pack's sheets per "department" or per "team".
    pack_by: str = "department"
    #: Only this department or team in the pack (empty: all of them).
    pack_only: tuple[str, ...] = ()
    #: The overview picture: "auto", "network" (every person) or "groups" (the group map).
    picture: str = "auto"

    def targets(self) -> list[tuple[str, Path]]:
        endings = {kind: ending for kind, _label, ending in KINDS}
        out = []
        for kind in self.kinds:
            name = self.base + endings[kind]
            if kind == "codes":
                name = tr("{name} - personal codes", lang=self.lang, name=self.base) + ".csv"
            elif kind == "report":
                name = tr("{name} - report", lang=self.lang, name=self.base) + ".pdf"
            elif kind in ("kumu", "polinode"):
                name = f"{self.base} - {kind.capitalize()}.xlsx"
            elif kind == "cards":
                name = tr("{name} - code cards", lang=self.lang, name=self.base) + ".pdf"
            elif kind == "pack":
                name = tr("{name} - workshop pack", lang=self.lang, name=self.base) + ".pdf"
            out.append((kind, self.folder / name))
        return out

    def request(self, *, title: str = "", protect: tuple[Path, ...] = ()) -> ExportRequest:
        """The export as ``kennisnet.export`` (or ``Session.export``) takes it.

        Files that exist are replaced: the dialog asked first.
        """
        from kennisnet.export import ExportRequest

        files = dict(self.targets())
        return ExportRequest(
            xlsx=files.get("xlsx"),
            png=files.get("png"),
            svg=files.get("svg"),
            pdf=files.get("pdf"),
            graphml=files.get("graphml"),
            gexf=files.get("gexf"),
            kumu=files.get("kumu"),
            polinode=files.get("polinode"),
            report=files.get("report"),
            deck=files.get("deck"),
            pack=files.get("pack"),
            pack_names=self.pack_names and not self.pseudonymise,
            pack_by=self.pack_by if "pack" in self.kinds else "department",
            pack_only=self.pack_only if "pack" in self.kinds else (),
            picture=self.picture,
            html=files.get("html"),
            codes=files.get("codes"),
            cards=files.get("cards"),
            pseudonymise=self.pseudonymise,
            lang=self.lang,
            page=self.page,
            title=title,
            force=True,
            protect=protect,
        )


def short_list(choice: ExportChoice) -> str:
    """The file names, the shared name said once: "Report.xlsx, .png, .svg"."""
    parts: list[str] = []
    for _kind, path in choice.targets():
        if parts and path.stem == choice.base:
            parts.append(path.suffix)
        else:
            parts.append(path.name)
    return ", ".join(parts)


class ExportDialog(QDialog):
    """Which files, which language, names or codes, and where."""

    def __init__(
        self,
        project_name: str,
        folder: str,
        parent: QWidget | None = None,
        *,
        previous: ExportChoice | None = None,
        project: Path | None = None,
        pack: PackChoices | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        #: The open project: never written over, nor its -wal/-shm files.
        self.project = project
        #: The departments and teams the workshop pack can be limited to.
        self.pack_groups = pack or PackChoices()
        self.choice: ExportChoice | None = None
        self._ready = False
        layout = QVBoxLayout(self)
        self.title = heading("", 1.3)
        layout.addWidget(self.title)

        self.what_box = QGroupBox()
        grid = QGridLayout(self.what_box)
        self.kind_boxes: dict[str, QCheckBox] = {}
        for kind, _label, _ending in KINDS:
            box = QCheckBox()
            box.setObjectName(f"export_{kind}")
            box.toggled.connect(self._update)
            self.kind_boxes[kind] = box
        self.kind_boxes["xlsx"].setChecked(True)
        self.kind_boxes["png"].setChecked(True)
        self._build_pack_options()
        # Four groups in two columns, so thirteen choices fit a 1366 × 768 screen and
        # each says what it is for.
        self.group_boxes: dict[str, QGroupBox] = {}
        for index, (key, _title, kinds) in enumerate(GROUPS):
            group = QGroupBox()
            group.setObjectName(f"export_group_{key}")
            rows = QVBoxLayout(group)
            rows.setSpacing(2)
            for kind in kinds:
                rows.addWidget(self.kind_boxes[kind])
                if kind == "pack":
                    rows.addWidget(self.pack_options)
            rows.addStretch(1)
            self.group_boxes[key] = group
            grid.addWidget(group, index // 2, index % 2)
        self.page_label = QLabel()
        self.page = QComboBox()
        for key, _label in PAGE_SIZES:
            self.page.addItem("", key)
        self.portrait = QRadioButton()
        self.landscape = QRadioButton()
        self.orientation = QButtonGroup(self)
        self.orientation.addButton(self.portrait)
        self.orientation.addButton(self.landscape)
        self.portrait.setChecked(True)
        # Which overview picture: every person, or one circle per group (a big project).
        self.picture_label = QLabel()
        self.picture = QComboBox()
        self.picture.setObjectName("export_picture")
        for key, _label in PICTURES:
            self.picture.addItem("", key)
        self.picture_label.setBuddy(self.picture)
        self.page_label.setBuddy(self.page)
        pictures = QGridLayout()
        pictures.addWidget(self.picture_label, 0, 0)
        pictures.addWidget(self.picture, 0, 1, 1, 3)
        pictures.addWidget(self.page_label, 1, 0)
        pictures.addWidget(self.page, 1, 1)
        pictures.addWidget(self.portrait, 1, 2)
        pictures.addWidget(self.landscape, 1, 3)
        pictures.setColumnStretch(1, 1)
        grid.addLayout(pictures, (len(GROUPS) + 1) // 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.page.currentIndexChanged.connect(self._update)
        self.picture.currentIndexChanged.connect(self._update)
        self.portrait.toggled.connect(self._update)
        layout.addWidget(self.what_box)

        form = QFormLayout()
        self.language_label = QLabel()
        self.language = QComboBox()
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(self.language.findData(language()))
        self.language.currentIndexChanged.connect(self._update)
        form.addRow(self.language_label, self.language)
        self.pseudonymise = QCheckBox()
        self.pseudonymise.toggled.connect(self._update)
        form.addRow("", self.pseudonymise)
        self.folder_label = QLabel()
        self.folder = QLineEdit(folder)
        self.folder.textChanged.connect(self._update)
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse)
        form.addRow(self.folder_label, folder_row)
        self.name_label = QLabel()
        self.name = QLineEdit(default_base_name(project_name))
        self.name.textChanged.connect(self._update)
        form.addRow(self.name_label, self.name)
        layout.addLayout(form)

        self.files = QLabel()
        self.files.setObjectName("exportFiles")
        self.files.setWordWrap(True)
        self.files.setMinimumHeight(2 * self.files.fontMetrics().lineSpacing() + 4)
        layout.addWidget(self.files)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.export_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self._export)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._tab_order()
        if previous is not None:
            self._restore(previous)
        self._ready = True
        language_bus().changed.connect(self.retranslate)
        self.retranslate()
        # At least 640 pixels wide; wider when the choices need it (the pack's own choices
        # appear under the pack), the dialog then grows with them.
        margins = layout.contentsMargins()
        layout.addStrut(640 - margins.left() - margins.right())

    def _build_pack_options(self) -> None:
        """The workshop pack's own choices, right under the pack and indented as part of
        it, shown only when the pack is chosen: names or codes, a sheet per department or
        per team, and all of them or just one."""
        self.pack_options = QWidget()
        self.pack_options.setObjectName("export_pack_options")
        grid = QGridLayout(self.pack_options)
        grid.setContentsMargins(24, 0, 0, 4)
        grid.setVerticalSpacing(2)
        self.pack_names = QCheckBox()
        self.pack_names.setObjectName("export_pack_names")
        self.pack_names.toggled.connect(self._update)
        grid.addWidget(self.pack_names, 0, 0, 1, 2)
        self.pack_by_label = QLabel()
        self.pack_by = QComboBox()
        self.pack_by.setObjectName("export_pack_by")
        for key, _label in PACK_BY:
            self.pack_by.addItem("", key)
        if not self.pack_groups.has_teams:  # a pack per team needs teams on the staff list
            model = self.pack_by.model()
            if isinstance(model, QStandardItemModel):
                item = model.item(self.pack_by.findData("team"))
                if item is not None:
                    item.setEnabled(False)
        self.pack_by_label.setBuddy(self.pack_by)
        grid.addWidget(self.pack_by_label, 1, 0)
        grid.addWidget(self.pack_by, 1, 1)
        self.pack_only_label = QLabel()
        self.pack_only = QComboBox()
        self.pack_only.setObjectName("export_pack_only")
        # Long department names do not widen the dialog; the list shows them whole.
        self.pack_only.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.pack_only.setMinimumContentsLength(14)
        self.pack_only_label.setBuddy(self.pack_only)
        grid.addWidget(self.pack_only_label, 2, 0)
        grid.addWidget(self.pack_only, 2, 1)
        grid.setColumnStretch(1, 1)
        self._fill_pack_only()
        self.pack_by.currentIndexChanged.connect(self._pack_by_changed)
        self.pack_only.currentIndexChanged.connect(self._update)

    def _fill_pack_only(self, keep: str = "") -> None:
        """All departments (or teams) first, then each one of at least 5 people."""
        by = str(self.pack_by.currentData())
        names = self.pack_groups.of(by)
        self.pack_only.blockSignals(True)
        self.pack_only.clear()
        self.pack_only.addItem(tr("All teams") if by == "team" else tr("All departments"), "")
        for name in names:
            self.pack_only.addItem(name, name)
        self.pack_only.setCurrentIndex(max(0, self.pack_only.findData(keep)) if keep else 0)
        self.pack_only.blockSignals(False)
        view = self.pack_only.view()
        view.setMinimumWidth(view.sizeHintForColumn(0) + 24)
        self._pack_tooltips()

    def _pack_by_changed(self) -> None:
        self._fill_pack_only()
        self._update()

    def _pack_tooltips(self) -> None:
        team = self.pack_by.currentData() == "team"
        self.pack_by.setToolTip(
            tr(
                "A sheet for every department or for every team. Groups under 5 people "
                "share one sheet."
            )
            if self.pack_groups.has_teams
            else tr("A sheet for every department. The staff list has no teams.")
        )
        if self.pack_only.count() > 1:
            tip = (
                tr(
                    "All teams, or just one: for example to print only the sheet of the "
                    "team in the workshop. Only teams of 5 people or more have a sheet of "
                    "their own."
                )
                if team
                else tr(
                    "All departments, or just one: for example to print only the sheet of "
                    "the department in the workshop. Only departments of 5 people or more "
                    "have a sheet of their own."
                )
            )
        else:
            tip = (
                tr("No team has 5 people or more: the small teams share one sheet.")
                if team
                else tr(
                    "No department has 5 people or more: the small departments share one sheet."
                )
            )
        self.pack_only.setToolTip(tip)

    def _tab_order(self) -> None:
        """Tab goes through the dialog as it reads: each group top to bottom (the pack's
        own choices right after the pack), left column before right, then the rest."""
        chain: list[QWidget] = []
        for _key, _title, kinds in GROUPS:
            for kind in kinds:
                chain.append(self.kind_boxes[kind])
                if kind == "pack":
                    chain += [self.pack_names, self.pack_by, self.pack_only]
        chain += [self.picture, self.page, self.portrait, self.landscape]
        chain += [self.language, self.pseudonymise, self.folder, self.browse, self.name]
        chain += list(self.buttons.buttons())
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- state -------------------------------------------------------------------

    def _restore(self, previous: ExportChoice) -> None:
        for kind, box in self.kind_boxes.items():
            box.setChecked(kind in previous.kinds)
        page, _, orientation = previous.page.partition("-")
        self.page.setCurrentIndex(max(0, self.page.findData(page)))
        (self.landscape if orientation == "landscape" else self.portrait).setChecked(True)
        self.language.setCurrentIndex(self.language.findData(previous.lang))
        self.pseudonymise.setChecked(previous.pseudonymise)
        self.pack_names.setChecked(previous.pack_names)
        by = self.pack_by.findData(previous.pack_by)
        if by >= 0 and (previous.pack_by != "team" or self.pack_groups.has_teams):
            self.pack_by.setCurrentIndex(by)
        self._fill_pack_only(previous.pack_only[0] if previous.pack_only else "")
        self.picture.setCurrentIndex(max(0, self.picture.findData(previous.picture)))

    def page_key(self) -> str:
        page = str(self.page.currentData())
        if page == "slide":
            return page
        return f"{page}-landscape" if self.landscape.isChecked() else page

    def current_choice(self) -> ExportChoice:
        kinds = tuple(
            kind for kind, box in self.kind_boxes.items() if box.isChecked() and box.isEnabled()
        )
        return ExportChoice(
            kinds=kinds,
            folder=Path(self.folder.text().strip()).expanduser(),
            base=safe_name(self.name.text()),
            lang=str(self.language.currentData()),
            pseudonymise=self.pseudonymise.isChecked(),
            page=self.page_key(),
            pack_names=self.pack_names.isChecked() and self.pack_names.isEnabled(),
            pack_by=str(self.pack_by.currentData()),
            pack_only=(only,) if (only := str(self.pack_only.currentData() or "")) else (),
            picture=str(self.picture.currentData()),
        )

    def _update(self) -> None:
        if not self._ready:
            return
        codes = self.kind_boxes["codes"]
        pseudonymised = self.pseudonymise.isChecked()
        if pseudonymised:
            codes.setChecked(False)
        codes.setEnabled(not pseudonymised)
        codes.setToolTip(
            tr("The code list shows names, so it cannot be part of a pseudonymised export.")
            if pseudonymised
            else tr("Give each colleague only their own code (see the guide).")
        )
        cards = self.kind_boxes["cards"]
        if pseudonymised:
            cards.setChecked(False)
        cards.setEnabled(not pseudonymised)
        cards.setToolTip(
            tr("The code cards show names, so they cannot be part of a pseudonymised export.")
            if pseudonymised
            else tr("Cut them apart and give each colleague only their own card.")
        )
        # The pack's own choices: only with the pack. Names: never pseudonymised.
        pack = self.kind_boxes["pack"].isChecked()
        self.pack_options.setEnabled(pack)
        self.pack_options.setVisible(pack)
        self.pack_names.setEnabled(not pseudonymised)
        self.pack_only.setEnabled(self.pack_only.count() > 1)
        for widget in (self.picture, self.picture_label):
            widget.setEnabled(any(self.kind_boxes[k].isChecked() for k in PICTURED))
        pictures = any(self.kind_boxes[k].isChecked() for k in ("png", "svg", "pdf"))
        slide = self.page.currentData() == "slide"
        for widget in (self.page, self.page_label):
            widget.setEnabled(pictures)
        for button in (self.portrait, self.landscape):
            button.setEnabled(pictures and not slide)
        choice = self.current_choice()
        ok = bool(choice.kinds) and bool(choice.base) and bool(self.folder.text().strip())
        if self.export_button is not None:
            self.export_button.setEnabled(ok)
        if not choice.kinds:
            self.files.setText(tr("Choose at least one file."))
        elif not choice.base:
            self.files.setText(tr("Type a file name."))
        else:
            self.files.setText(tr("Kennisnet writes: {files}", files=short_list(choice)))

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, tr("Choose a folder for the export"), self.folder.text()
        )
        if folder:
            self.folder.setText(folder)

    def _export(self) -> None:
        choice = self.current_choice()
        if not choice.kinds or not choice.base:
            return
        protect = [self.project] if self.project is not None else []
        for _kind, path in choice.targets():
            try:
                check_target(path, force=True, protect=protect)
            except OntoProject:
                error(
                    self,
                    tr("Not written onto a project"),
                    tr("{file} is a Kennisnet project.", file=path.name),
                    tr(
                        "Kennisnet never writes an export over a project file. Nothing was "
                        "written; choose another file name or folder."
                    ),
                )
                return
            except (OutputRefused, OSError):
                continue  # said plainly when the export is written
        existing = [path.name for _kind, path in choice.targets() if path.exists()]
        if existing and not confirm(
            self,
            tr("Replace files?"),
            tr("These files already exist in {folder}:", folder=choice.folder),
            "\n".join(existing) + "\n\n" + tr("Replace them with the new export?"),
            tr("Replace"),
        ):
            return
        self.choice = choice
        self.accept()

    def done(self, result: int) -> None:
        with contextlib.suppress(RuntimeError):
            language_bus().changed.disconnect(self.retranslate)
        super().done(result)

    def retranslate(self, _lang: str = "") -> None:
        self.setWindowTitle(tr("Export"))
        self.title.setText(tr("Export the results"))
        self.what_box.setTitle(tr("What to write"))
        for key, title, _kinds in GROUPS:
            self.group_boxes[key].setTitle(tr(title))
        for kind, label, _ending in KINDS:
            self.kind_boxes[kind].setText(tr(label))
            if kind in HINTS:
                self.kind_boxes[kind].setToolTip(tr(HINTS[kind]))
        self.page_label.setText(tr("Picture size (PNG, SVG, PDF)"))
        for index, (_key, label) in enumerate(PAGE_SIZES):
            self.page.setItemText(index, tr(label))
        self.portrait.setText(tr("Portrait"))
        self.picture_label.setText(tr("Overview picture"))
        for index, (_key, label) in enumerate(PICTURES):
            self.picture.setItemText(index, tr(label))
        self.picture.setToolTip(
            tr(
                "What the network picture shows, in the pictures, the workbook, the report "
                "and the slides: every person as a dot, or one circle per department or "
                "cluster with the ties between them. Automatic: every person up to 1,000 "
                "people, circles from then on."
            )
        )
        self.pack_by_label.setText(tr("A sheet per"))
        for index, (_key, label) in enumerate(PACK_BY):
            self.pack_by.setItemText(index, tr(label))
        self.pack_only_label.setText(tr("Sheets for"))
        self._fill_pack_only(str(self.pack_only.currentData() or ""))
        self.landscape.setText(tr("Landscape"))
        self.language_label.setText(tr("Language of the files"))
        self.pseudonymise.setText(
            tr("Pseudonymise: codes instead of names; groups under 5 people hidden")
        )
        self.pack_names.setText(tr("with real names instead of codes (confidential)"))
        self.pack_names.setToolTip(
            tr(
                "The sheets show real names instead of codes. Everyone in the room sees "
                "them: keep the printed pack confidential."
            )
        )
        self.folder_label.setText(tr("Folder"))
        self.browse.setText(tr("Choose…"))
        self.name_label.setText(tr("File name"))
        if self.export_button is not None:
            self.export_button.setText(tr("Export"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if cancel is not None:
            cancel.setText(tr("Cancel"))
        self._update()
