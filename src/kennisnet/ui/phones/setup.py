"""Before phones can answer: HR chooses the network address, the way people say who they are,
and (rarely) the port."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kennisnet.i18n import N_, tr
from kennisnet.phones import DEFAULT_PORT
from kennisnet.phones.server import (
    HOTSPOT,
    NETWORK,
    OTHER,
    THIS_LAPTOP,
    AddressError,
    check_host,
    laptop_addresses,
)
from kennisnet.phones.session import CODES, OPEN
from kennisnet.ui.typography import heading, scaled_font

#: What each kind of address is, as HR reads it in the list.
KINDS = {
    NETWORK: N_("the laptop's Wi-Fi or cable network"),
    HOTSPOT: N_("the laptop's own hotspot"),
    OTHER: N_("another network of this laptop"),
    THIS_LAPTOP: N_("this laptop only, to try the survey out"),
}
#: The last item of the list: HR types the address (a hotspot started later).
TYPED = ""


class SetupPage(QWidget):
    """The choices before starting; ``start_button`` starts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phonesSetup")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 20)
        layout.setSpacing(12)
        self.title = heading("", 1.8)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setFont(scaled_font(self.intro, 1.1))
        layout.addWidget(self.title)
        layout.addWidget(self.intro)

        self.network_box = QGroupBox()
        network = QVBoxLayout(self.network_box)
        row = QHBoxLayout()
        self.address_label = QLabel()
        self.address = QComboBox()
        self.address.setObjectName("phonesAddress")
        self.address.setMinimumContentsLength(40)
        self.address_label.setBuddy(self.address)
        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("phonesRefreshAddresses")
        self.refresh_button.clicked.connect(self.list_addresses)
        row.addWidget(self.address_label)
        row.addWidget(self.address, 1)
        row.addWidget(self.refresh_button)
        network.addLayout(row)
        typed = QFormLayout()
        self.typed_label = QLabel()
        self.typed = QLineEdit()
        self.typed.setObjectName("phonesTypedAddress")
        self.typed.setPlaceholderText("192.168.137.1")
        self.typed.setMaximumWidth(self.typed.fontMetrics().horizontalAdvance("0" * 40))
        self.typed_label.setBuddy(self.typed)
        typed.addRow(self.typed_label, self.typed)
        self.port_label = QLabel()
        self.port = QSpinBox()
        self.port.setObjectName("phonesPort")
        self.port.setRange(0, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.port.setMinimumWidth(self.port.fontMetrics().horizontalAdvance("0" * 18))
        self.port.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.port_label.setBuddy(self.port)
        typed.addRow(self.port_label, self.port)
        network.addLayout(typed)
        self.network_help = QLabel()
        self.network_help.setWordWrap(True)
        self.network_help.setTextFormat(Qt.TextFormat.RichText)
        network.addWidget(self.network_help)
        layout.addWidget(self.network_box)
        self.address.currentIndexChanged.connect(self._address_changed)

        self.mode_box = QGroupBox()
        modes = QVBoxLayout(self.mode_box)
        self.open_mode = QRadioButton()
        self.open_mode.setObjectName("phonesOpenMode")
        self.codes_mode = QRadioButton()
        self.codes_mode.setObjectName("phonesCodesMode")
        self.modes = QButtonGroup(self)
        self.modes.addButton(self.open_mode)
        self.modes.addButton(self.codes_mode)
        self.open_mode.setChecked(True)
        self.open_help = QLabel()
        self.codes_help = QLabel()
        for button, help_label in (
            (self.open_mode, self.open_help),
            (self.codes_mode, self.codes_help),
        ):
            help_label.setWordWrap(True)
            help_label.setIndent(24)
            modes.addWidget(button)
            modes.addWidget(help_label)
        layout.addWidget(self.mode_box)

        self.problem = QLabel()
        self.problem.setObjectName("phonesProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.hide()
        layout.addWidget(self.problem)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.close_button = QPushButton()
        self.close_button.setObjectName("phonesClose")
        self.start_button = QPushButton()
        self.start_button.setObjectName("phonesStart")
        self.start_button.setDefault(True)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.start_button)
        layout.addLayout(buttons)
        self.addresses: list[tuple[str, str]] = []
        self.list_addresses()

    def list_addresses(self) -> None:
        """Fill the list with the laptop's addresses now (after a hotspot was switched on)."""
        chosen = self.address.currentData()
        self.addresses = laptop_addresses()
        self.address.blockSignals(True)
        self.address.clear()
        for host, _kind in self.addresses:
            self.address.addItem("", host)
        self.address.addItem("", TYPED)
        index = self.address.findData(chosen) if chosen is not None else 0
        self.address.setCurrentIndex(max(0, index))
        self.address.blockSignals(False)
        self._texts()
        self._address_changed()

    def _address_changed(self) -> None:
        typed = self.address.currentData() == TYPED
        self.typed.setEnabled(typed)
        self.typed_label.setEnabled(typed)
        if typed:
            self.typed.setFocus()

    def host(self) -> str:
        """The chosen address, checked (AddressError says what is wrong)."""
        chosen = self.address.currentData()
        if chosen == TYPED or chosen is None:
            text = self.typed.text().strip()
            if not text:
                raise AddressError(tr("Type the laptop's address on the hotspot's network."))
            return check_host(text)
        return str(chosen)

    def mode(self) -> str:
        return CODES if self.codes_mode.isChecked() else OPEN

    def show_problem(self, text: str, *, notice: bool = False) -> None:
        """A problem in red under the choices; a ``notice`` (stopped) in the normal colour."""
        self.problem.setStyleSheet("" if notice else "color: #b00020;")
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def _texts(self) -> None:
        for index, (host, kind) in enumerate(self.addresses):
            self.address.setItemText(index, f"{host}  —  {tr(KINDS[kind])}")
        self.address.setItemText(len(self.addresses), tr("Another address (a hotspot)…"))

    def retranslate(self) -> None:
        self.title.setText(tr("Answer on phones"))
        self.intro.setText(
            tr(
                "Colleagues answer on their own phone, over the network this laptop is on. "
                "Nothing goes to the internet: every answer goes straight into this project. "
                "The kiosk can collect at the same time."
            )
        )
        self.network_box.setTitle(tr("Network"))
        self.address_label.setText(tr("&Address of this laptop:"))
        self.refresh_button.setText(tr("&Look again"))
        self.refresh_button.setToolTip(
            tr("List the laptop's addresses again, for example after switching on its hotspot.")
        )
        self.typed_label.setText(tr("&Other address:"))
        self.port_label.setText(tr("&Port:"))
        self.port.setSpecialValueText(tr("any free port"))
        self.network_help.setText(
            tr(
                "Phones must be on the same network as this laptop. Best is the laptop's "
                "own hotspot (Windows: Settings → Network &amp; internet → Mobile hotspot; "
                "macOS: Sharing → Internet Sharing); its address is often 192.168.137.1 or "
                "192.168.2.1. Guest Wi-Fi usually keeps devices apart: phones then cannot "
                "reach the laptop. If Windows asks, allow Kennisnet on private networks."
            )
        )
        self.mode_box.setTitle(tr("How colleagues say who they are"))
        self.open_mode.setText(tr("&Open: each person finds their own name"))
        self.open_help.setText(tr("As at the kiosk: type at least 2 letters and choose."))
        self.codes_mode.setText(tr("Personal &codes: each person types the code on their card"))
        self.codes_help.setText(
            tr(
                "Print one card per person (A4 sheets) once collecting has started. A code "
                "works once; you can see which codes were used, not what was answered."
            )
        )
        self.close_button.setText(tr("Close"))
        self.start_button.setText(tr("&Start collecting"))
        self._texts()
