"""The questionnaire editor: Dutch and English side by side, channels, limits, a live preview."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kennisnet.i18n import N_, tr
from kennisnet.model import Channel, Frequency, TrainingAnswer
from kennisnet.questionnaire import FREQUENCY_LABELS, TRAINING_LABELS, Questionnaire
from kennisnet.ui.typography import scaled_font

LANGS = ("nl", "en")
LANGUAGE_NAMES = {"nl": "Nederlands", "en": "English"}

#: The pages of the survey, their text keys and a label for each key.
PAGES: tuple[tuple[str, str, tuple[tuple[str, str], ...]], ...] = (
    (
        "consent",
        N_("Welcome and consent"),
        (
            ("consent_title", N_("Title")),
            ("consent_body", N_("Consent text")),
            ("consent_yes", N_("Button: take part")),
            ("consent_no", N_("Button: do not take part")),
        ),
    ),
    (
        "who",
        N_("Who are you?"),
        (("who_title", N_("Question")), ("who_help", N_("Help text"))),
    ),
    (
        "sources",
        N_("From whom do you learn?"),
        (
            ("sources_title", N_("Question")),
            ("sources_help", N_("Help text")),
            ("sources_more", N_("Checkbox: more people")),
            ("sources_not_on_list", N_("Button: someone not on the list")),
            ("sources_topic", N_("Field: about what")),
        ),
    ),
    (
        "channels",
        N_("How do you solve a problem?"),
        (("channels_title", N_("Question")), ("channels_help", N_("Help text"))),
    ),
    (
        "training",
        N_("Formal training"),
        (
            ("training_title", N_("Question")),
            ("training_which", N_("Field: which training")),
            ("training_when", N_("Field: when")),
        ),
    ),
    (
        "thanks",
        N_("Thank you"),
        (("thanks_title", N_("Title")), ("thanks_body", N_("Text"))),
    ),
)
LONG_TEXTS = {"consent_body", "sources_help", "thanks_body"}
PAGE_OF = {key: page for page, _, keys in PAGES for key, _ in keys}


class _FocusWatcher(QObject):
    """Tells which page a text belongs to when its editor gets the focus."""

    def __init__(self, page: str, callback: object) -> None:
        super().__init__()
        self.page = page
        self.callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.FocusIn and callable(self.callback):
            self.callback(self.page)
        return False


class Preview(QFrame):
    """One page of the survey as the respondent sees it, in the kiosk's large type."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("surveyPreview")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#surveyPreview { background: #ffffff; }"
            "#surveyPreview QLabel { color: #1d1d1d; }"
            "#surveyPreview QLabel[role='button'] { background: #1f5fa8; color: white;"
            " border-radius: 8px; padding: 10px 18px; }"
            "#surveyPreview QLabel[role='option'] { background: #eef3f9; color: #1d1d1d;"
            " border: 1px solid #b7c9df; border-radius: 8px; padding: 8px 14px; }"
            "#surveyPreview QLabel[role='field'] { background: #ffffff; color: #777777;"
            " border: 1px solid #999999; border-radius: 4px; padding: 8px; }"
        )
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(28, 24, 28, 24)
        self._layout.setSpacing(12)

    def _clear(self, layout: QLayout) -> None:
        while layout.count():
            item = layout.takeAt(0)
            if item is None:
                break
            widget = item.widget()
            inner = item.layout()
            if widget is not None:
                widget.deleteLater()
            elif inner is not None:
                self._clear(inner)

    def _label(self, text: str, size: float = 1.3, bold: bool = False, role: str = "") -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setFont(scaled_font(label, size, bold))
        if role:
            label.setProperty("role", role)
        return label

    def _row(self, labels: list[QLabel]) -> None:
        row = QHBoxLayout()
        for label in labels:
            label.setWordWrap(False)
            row.addWidget(label)
        row.addStretch(1)
        self._layout.addLayout(row)

    def show_page(self, q: Questionnaire, page: str, lang: str) -> None:
        self._clear(self._layout)

        def text(key: str) -> str:
            return q.text(key, lang)

        title_key = {"consent": "consent_title", "thanks": "thanks_title"}.get(page, "")
        self._layout.addWidget(self._label(text(title_key or f"{page}_title"), 2.0, True))
        if page == "consent":
            self._layout.addWidget(self._label(text("consent_body"), 1.2))
            self._row(
                [
                    self._label(text("consent_yes"), 1.3, True, "button"),
                    self._label(text("consent_no"), 1.3, False, "option"),
                ]
            )
        elif page == "who":
            self._layout.addWidget(self._label(text("who_help"), 1.2))
            self._layout.addWidget(self._label("…", 1.3, False, "field"))
        elif page == "sources":
            self._layout.addWidget(self._label(text("sources_help"), 1.2))
            self._layout.addWidget(self._label("…", 1.3, False, "field"))
            self._row(
                [
                    self._label(tr(FREQUENCY_LABELS[f], lang=lang), 1.1, False, "option")
                    for f in Frequency
                ]
            )
            self._layout.addWidget(self._label(text("sources_topic"), 1.1))
            self._layout.addWidget(self._label("☐ " + text("sources_more"), 1.2))
            self._row([self._label(text("sources_not_on_list"), 1.1, False, "option")])
        elif page == "channels":
            self._layout.addWidget(self._label(text("channels_help"), 1.2))
            for channel in q.channels:
                option = self._label(q.channel_label(channel, lang), 1.15, False, "option")
                self._layout.addWidget(option)
        elif page == "training":
            self._row(
                [
                    self._label(tr(TRAINING_LABELS[t], lang=lang), 1.2, False, "option")
                    for t in TrainingAnswer
                ]
            )
            self._layout.addWidget(self._label(text("training_which"), 1.1))
            self._layout.addWidget(self._label("…", 1.2, False, "field"))
            self._layout.addWidget(self._label(text("training_when"), 1.1))
            self._layout.addWidget(self._label("…", 1.2, False, "field"))
        else:
            self._layout.addWidget(self._label(text("thanks_body"), 1.2))
        self._layout.addStretch(1)


class QuestionnaireEditor(QWidget):
    """Edits a :class:`Questionnaire` value; ``changed`` fires on every edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, with_preview: bool = True) -> None:
        super().__init__(parent)
        self._base: Questionnaire | None = None
        self._loading = False
        self._watchers: list[_FocusWatcher] = []
        self.editors: dict[tuple[str, str], QLineEdit | QPlainTextEdit] = {}
        self.page_boxes: dict[str, QGroupBox] = {}
        self.key_labels: dict[str, QLabel] = {}
        self.lang_headers: list[QLabel] = []

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(splitter)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        splitter.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        form = QVBoxLayout(body)
        for page, _title, keys in PAGES:
            box = QGroupBox()
            self.page_boxes[page] = box
            grid = QGridLayout(box)
            grid.setColumnStretch(1, 1)
            grid.setColumnStretch(2, 1)
            for column, lang in enumerate(LANGS, start=1):
                header = QLabel(LANGUAGE_NAMES[lang])
                header.setFont(scaled_font(header, 1.0, True))
                self.lang_headers.append(header)
                grid.addWidget(header, 0, column)
            watcher = _FocusWatcher(page, self._focus_page)
            self._watchers.append(watcher)
            for row, (key, _label) in enumerate(keys, start=1):
                label = QLabel()
                label.setWordWrap(True)
                label.setMinimumWidth(110)
                self.key_labels[key] = label
                grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
                for column, lang in enumerate(LANGS, start=1):
                    editor: QLineEdit | QPlainTextEdit
                    if key in LONG_TEXTS:
                        editor = QPlainTextEdit()
                        editor.setTabChangesFocus(True)
                        editor.setMinimumHeight(90 if key != "consent_body" else 180)
                        editor.textChanged.connect(self._edited)
                    else:
                        editor = QLineEdit()
                        editor.textEdited.connect(self._edited)
                    editor.setObjectName(f"{key}_{lang}")
                    editor.installEventFilter(watcher)
                    self.editors[(key, lang)] = editor
                    grid.addWidget(editor, row, column)
            form.addWidget(box)

        self.channels_box = QGroupBox()
        channels_layout = QVBoxLayout(self.channels_box)
        self.channels_hint = QLabel()
        self.channels_hint.setWordWrap(True)
        channels_layout.addWidget(self.channels_hint)
        self.channel_table = QTableWidget(len(Channel), 3)
        self.channel_table.setObjectName("channelTable")
        self.channel_table.verticalHeader().setVisible(False)
        self.channel_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        for column in (1, 2):
            self.channel_table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.Stretch
            )
        self.channel_table.setMinimumHeight(
            self.channel_table.verticalHeader().defaultSectionSize() * (len(Channel) + 1) + 8
        )
        self.channel_table.itemChanged.connect(self._edited)
        channels_layout.addWidget(self.channel_table)
        channel_watcher = _FocusWatcher("channels", self._focus_page)
        self._watchers.append(channel_watcher)
        self.channel_table.installEventFilter(channel_watcher)
        form.addWidget(self.channels_box)

        self.limits_box = QGroupBox()
        limits = QFormLayout(self.limits_box)
        self.soft_cap = QSpinBox()
        self.soft_cap.setRange(0, 100)
        self.soft_cap.valueChanged.connect(self._edited)
        self.idle = QSpinBox()
        self.idle.setRange(20, 900)
        self.idle.setSingleStep(10)
        self.idle.valueChanged.connect(self._edited)
        self.soft_cap_label = QLabel()
        self.idle_label = QLabel()
        limits.addRow(self.soft_cap_label, self.soft_cap)
        limits.addRow(self.idle_label, self.idle)
        form.addWidget(self.limits_box)
        form.addStretch(1)

        self.preview: Preview | None = None
        self.preview_page = QComboBox()
        self.preview_lang = QComboBox()
        if with_preview:
            side = QWidget()
            side_layout = QVBoxLayout(side)
            side_layout.setContentsMargins(6, 0, 0, 0)
            choose = QHBoxLayout()
            self.preview_title = QLabel()
            self.preview_title.setFont(scaled_font(self.preview_title, 1.1, True))
            choose.addWidget(self.preview_title)
            choose.addWidget(self.preview_page, 1)
            for lang in LANGS:
                self.preview_lang.addItem(LANGUAGE_NAMES[lang], lang)
            choose.addWidget(self.preview_lang)
            side_layout.addLayout(choose)
            self.preview = Preview()
            side_layout.addWidget(self.preview, 1)
            splitter.addWidget(side)
            splitter.setStretchFactor(0, 3)
            splitter.setStretchFactor(1, 2)
            self.preview_page.currentIndexChanged.connect(self.refresh_preview)
            self.preview_lang.currentIndexChanged.connect(self.refresh_preview)
        for page, _, _ in PAGES:
            self.preview_page.addItem("", page)
        self.retranslate()

    # -- value in, value out ---------------------------------------------------

    def set_questionnaire(self, q: Questionnaire) -> None:
        self._loading = True
        try:
            self._base = q
            for (key, lang), editor in self.editors.items():
                value = q.text(key, lang)
                if isinstance(editor, QPlainTextEdit):
                    editor.setPlainText(value)
                else:
                    editor.setText(value)
                    editor.setCursorPosition(0)
            self.channel_table.blockSignals(True)
            for row, channel in enumerate(Channel):
                use = QTableWidgetItem()
                use.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                use.setCheckState(
                    Qt.CheckState.Checked if channel in q.channels else Qt.CheckState.Unchecked
                )
                use.setData(Qt.ItemDataRole.UserRole, channel.value)
                self.channel_table.setItem(row, 0, use)
                for column, lang in enumerate(LANGS, start=1):
                    self.channel_table.setItem(
                        row, column, QTableWidgetItem(q.channel_label(channel, lang))
                    )
            self.channel_table.blockSignals(False)
            self.soft_cap.setValue(q.soft_cap or 0)
            self.idle.setValue(q.idle_seconds)
        finally:
            self._loading = False
        self.refresh_preview()

    def questionnaire(self) -> Questionnaire:
        assert self._base is not None
        texts: dict[str, dict[str, str]] = {
            lang: dict(self._base.texts.get(lang, {})) for lang in LANGS
        }
        for (key, lang), editor in self.editors.items():
            value = editor.toPlainText() if isinstance(editor, QPlainTextEdit) else editor.text()
            texts[lang][key] = value.strip() or self._base.text(key, lang)
        labels: dict[str, dict[str, str]] = {lang: {} for lang in LANGS}
        channels: list[Channel] = []
        for row, channel in enumerate(Channel):
            use = self.channel_table.item(row, 0)
            if use is not None and use.checkState() == Qt.CheckState.Checked:
                channels.append(channel)
            for column, lang in enumerate(LANGS, start=1):
                item = self.channel_table.item(row, column)
                text = item.text().strip() if item is not None else ""
                labels[lang][channel.value] = text or self._base.channel_label(channel, lang)
        return replace(
            self._base,
            texts=texts,
            channel_labels=labels,
            channels=tuple(channels),
            soft_cap=self.soft_cap.value() or None,
            idle_seconds=self.idle.value(),
        )

    # -- events ------------------------------------------------------------------

    def _edited(self, *_args: object) -> None:
        if self._loading:
            return
        self.refresh_preview()
        self.changed.emit()

    def _focus_page(self, page: str) -> None:
        index = self.preview_page.findData(page)
        if index >= 0:
            self.preview_page.setCurrentIndex(index)

    def refresh_preview(self) -> None:
        if self.preview is None or self._base is None:
            return
        page = str(self.preview_page.currentData() or "consent")
        lang = str(self.preview_lang.currentData() or "nl")
        self.preview.show_page(self.questionnaire(), page, lang)

    def retranslate(self) -> None:
        titles: Mapping[str, str] = {page: title for page, title, _ in PAGES}
        for page, box in self.page_boxes.items():
            box.setTitle(tr(titles[page]))
        for _page, _title, keys in PAGES:
            for key, label in keys:
                self.key_labels[key].setText(tr(label))
        self.channels_box.setTitle(tr("Ways to solve a problem (the answer options)"))
        self.channels_hint.setText(
            tr("Untick a way to leave it out of the survey. Respondents choose up to 3.")
        )
        self.channel_table.setHorizontalHeaderLabels([tr("Use"), "Nederlands", "English"])
        self.limits_box.setTitle(tr("Limits"))
        self.soft_cap_label.setText(tr("Gentle limit on the number of colleagues"))
        self.soft_cap.setSpecialValueText(tr("no limit"))
        self.soft_cap.setToolTip(
            tr(
                "After this many colleagues the kiosk says that the most important ones are "
                "enough. It never stops anyone."
            )
        )
        self.idle_label.setText(tr("Start over after this many seconds without input"))
        self.idle.setSuffix(" " + tr("seconds"))
        if self.preview is not None:
            self.preview_title.setText(tr("Preview"))
        for index in range(self.preview_page.count()):
            page = self.preview_page.itemData(index)
            self.preview_page.setItemText(index, tr(titles[page]))
        self.refresh_preview()


class QuestionnairePage(QWidget):
    """The editor with Save and Undo; saving writes to the project."""

    save_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        top.addWidget(self.intro, 1)
        self.state = QLabel()
        top.addWidget(self.state)
        self.save_button = QPushButton()
        self.revert_button = QPushButton()
        self.save_button.setEnabled(False)
        self.revert_button.setEnabled(False)
        top.addWidget(self.revert_button)
        top.addWidget(self.save_button)
        layout.addLayout(top)
        self.editor = QuestionnaireEditor()
        layout.addWidget(self.editor, 1)
        self.editor.changed.connect(self._dirty)
        self.save_button.clicked.connect(self.save_requested)
        self.revert_button.clicked.connect(self.revert)
        self.saved: Questionnaire | None = None
        self.retranslate()

    @property
    def dirty(self) -> bool:
        return self.save_button.isEnabled()

    def load(self, q: Questionnaire) -> None:
        self.saved = q
        self.editor.set_questionnaire(q)
        self._set_dirty(False)

    def revert(self) -> None:
        if self.saved is not None:
            self.load(self.saved)

    def _dirty(self) -> None:
        self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        self.state.setText(tr("Changes not saved yet") if dirty else "")

    def mark_saved(self) -> None:
        self.saved = self.editor.questionnaire()
        self._set_dirty(False)

    def retranslate(self) -> None:
        self.intro.setText(
            tr(
                "These are the texts colleagues see in the kiosk, in Dutch and English. "
                "Click a text to see its page in the preview."
            )
        )
        self.save_button.setText(tr("Save changes"))
        self.save_button.setToolTip("Ctrl+S")
        self.revert_button.setText(tr("Undo changes"))
        self.editor.retranslate()
        self._set_dirty(self.dirty)
