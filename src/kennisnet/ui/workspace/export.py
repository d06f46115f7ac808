"""File → Export…: choose what to write, write it in the background, show what was written.

Every file goes through the output guard (``kennisnet.outputs``, inside
``kennisnet.export``): written beside its destination as a temporary file and moved
into place only when every file is complete, so a cancelled or failed export leaves
nothing behind. The dialog asks before it replaces a file, and refuses outright to
write onto the open project or any other project file.
"""

from __future__ import annotations

import contextlib
import errno
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
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
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kennisnet.i18n import N_, language, ntr, tr
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
    ("pack", N_("Workshop pack (.pdf), with codes"), ".pdf"),
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
    "pack": N_("Workshop pack (.pdf) — a sheet per department to print, with codes"),
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
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        #: The open project: never written over, nor its -wal/-shm files.
        self.project = project
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
        # Names in the workshop pack: right under the pack, indented, as part of it.
        self.pack_names = QCheckBox()
        self.pack_names.setObjectName("export_pack_names")
        self.pack_names.toggled.connect(self._update)
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
                    indented = QHBoxLayout()
                    indented.addSpacing(24)
                    indented.addWidget(self.pack_names)
                    rows.addLayout(indented)
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
        page_row = QHBoxLayout()
        page_row.addWidget(self.page_label)
        page_row.addWidget(self.page, 1)
        page_row.addWidget(self.portrait)
        page_row.addWidget(self.landscape)
        grid.addLayout(page_row, (len(GROUPS) + 1) // 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.page.currentIndexChanged.connect(self._update)
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
        if previous is not None:
            self._restore(previous)
        self._ready = True
        language_bus().changed.connect(self.retranslate)
        self.retranslate()
        self.setMinimumWidth(640)

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
        # Names in the workshop pack: only asked for, only with the pack, never pseudonymised.
        self.pack_names.setEnabled(self.kind_boxes["pack"].isChecked() and not pseudonymised)
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
        self.landscape.setText(tr("Landscape"))
        self.language_label.setText(tr("Language of the files"))
        self.pseudonymise.setText(
            tr("Pseudonymise: codes instead of names; groups under 5 people hidden")
        )
        self.pack_names.setText(tr("with real names instead of codes (confidential)"))
        self.pack_names.setToolTip(
            tr("Workshop pack with real names instead of codes (confidential)")
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


def failure_text(exc: BaseException, folder: Path) -> str:
    """A plain sentence for why an export failed."""
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
            return tr("The disk is full. Make room or choose another folder.")
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS) or isinstance(
            exc, PermissionError
        ):
            return tr("Kennisnet may not write in {folder}. Choose another folder.", folder=folder)
        if isinstance(exc, (NotADirectoryError, FileExistsError)):
            return tr("{folder} is not a folder. Choose another folder.", folder=folder)
        return tr(
            "The files could not be written to {folder}: {reason}",
            folder=folder,
            reason=exc.strerror or exc,
        )
    return str(exc)


def size_text(size: int) -> str:
    if size < 1024:
        return tr("{size} bytes", size=size)
    if size < 1024 * 1024:
        return tr("{size} kB", size=round(size / 1024))
    return tr("{size} MB", size=f"{size / 1024 / 1024:.1f}")


class ExportSummaryDialog(QDialog):
    """The files written, and a button that opens their folder."""

    def __init__(
        self, paths: list[Path], pseudonymised: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportSummary")
        self.setWindowTitle(tr("Export finished"))
        self.folder = paths[0].parent if paths else Path()
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Export finished"), 1.3))
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        rows = "".join(
            f"<li>{_escape(p.name)} <span style='color:#666'>({size_text(p.stat().st_size)})"
            "</span></li>"
            for p in paths
        )
        note = (
            "<p>" + tr("Names are replaced by codes; groups under 5 people are hidden.") + "</p>"
            if pseudonymised
            else "<p>"
            + tr("These files contain names: keep them as confidential as the project.")
            + "</p>"
        )
        self.text.setHtml(
            "<p>"
            + ntr(
                "{count} file written to {folder}:",
                "{count} files written to {folder}:",
                len(paths),
                folder=_escape(str(self.folder)),
            )
            + f"</p><ul>{rows}</ul>"
            + note
        )
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox()
        self.open_button = buttons.addButton(
            tr("Open the folder"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_button.clicked.connect(self.open_folder)
        close = buttons.addButton(tr("Close"), QDialogButtonBox.ButtonRole.AcceptRole)
        close.clicked.connect(self.accept)
        close.setDefault(True)
        layout.addWidget(buttons)
        self.resize(620, 360)

    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
