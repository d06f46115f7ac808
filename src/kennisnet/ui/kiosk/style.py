"""The kiosk's look: big, calm, touch-friendly; sizes follow the screen height.

At 1366×768 body text is 20 pt; on larger screens everything grows with the
screen, so the text stays readable at arm's length from a laptop on a table. The
kiosk fills the screen the same way at every system scaling (125%, 150%, 200%):
a scaled screen has fewer logical pixels, so the sizes shrink with them and the
text on the glass stays as large as at 100% — and nothing is cut off.
"""

from __future__ import annotations

BACKGROUND = "#F3F5F1"
CARD = "#FFFFFF"
TEXT = "#1E2A32"
MUTED = "#4F5E69"
PRIMARY = "#1D6A72"
PRIMARY_DARK = "#14525A"
PRIMARY_LIGHT = "#DDEDEE"
BORDER = "#B9C4C9"
FOCUS = "#D9822B"
NOTE = "#FFF4DC"
ERROR = "#A23B2A"
GOOD = "#2E7D4F"

REFERENCE_WIDTH = 1366
REFERENCE_HEIGHT = 768
BODY_PT = 20.0
#: The weight of a chosen answer's text (the button keeps room for it; see widgets.Button),
#: on the buttons of these kinds (object names).
CHOSEN_WEIGHT = 600
CHOSEN_KINDS = ("toggle", "choice")
#: Smallest scale: a 1366×768 screen at 200% system scaling (683×384 logical pixels).
MIN_SCALE = 0.5


def scale_for(width: int, height: int) -> float:
    """1.0 on a 1366×768 screen; grows and shrinks with the (logical) screen size.

    The smaller of the two ratios counts, so a 4:3 screen is not too narrow.
    """
    ratio = min(width / REFERENCE_WIDTH, height / REFERENCE_HEIGHT)
    return max(MIN_SCALE, ratio)


def px(value: float, scale: float) -> int:
    return round(value * scale)


def body_pt(scale: float) -> float:
    """Body text size; set as the window's font, so every widget inherits it."""
    return BODY_PT * scale


def stylesheet(scale: float) -> str:
    """The whole kiosk style sheet for a given scale."""
    body = body_pt(scale)
    small = body * 0.8
    title = body * 1.45
    big = body * 2.2

    def p(value: float) -> int:
        return px(value, scale)

    # The focus ring stays at least 3 pixels wide, whatever the scale: always visible.
    ring = max(3, p(4))

    return f"""
QWidget {{ font-size: {body:.1f}pt; color: {TEXT}; }}
QWidget#kiosk {{ background: {BACKGROUND}; }}
QLabel#title {{ font-size: {title:.1f}pt; font-weight: 600; color: {TEXT}; }}
QLabel#big {{ font-size: {big:.1f}pt; font-weight: 600; color: {PRIMARY}; }}
QLabel#help, QLabel#muted {{ color: {MUTED}; }}
QLabel#step {{ color: {MUTED}; font-size: {small:.1f}pt; }}
QLabel#note {{ background: {NOTE}; border-radius: {p(8)}px; padding: {p(10)}px {p(14)}px; }}
QLabel#error {{ color: {ERROR}; font-weight: 600; }}
QLabel#good {{ color: {GOOD}; font-weight: 600; }}
QLabel#badge {{ background: {PRIMARY}; color: white; border-radius: {p(18)}px;
    min-width: {p(36)}px; max-width: {p(36)}px; min-height: {p(36)}px;
    max-height: {p(36)}px; font-weight: 700; }}
QFrame#card {{ background: {CARD}; border: 1px solid {BORDER}; border-radius: {p(14)}px; }}
QFrame#row {{ background: {CARD}; border: 1px solid {BORDER}; border-radius: {p(12)}px; }}
QPushButton {{ background: {CARD}; border: 2px solid {BORDER}; border-radius: {p(12)}px;
    padding: {p(10)}px {p(22)}px; min-height: {p(40)}px; color: {TEXT}; outline: none; }}
QPushButton:hover {{ border-color: {PRIMARY}; }}
QPushButton:focus {{ border: {ring}px solid {FOCUS}; }}
QPushButton:disabled {{ color: #9AA5AB; border-color: #D5DBDE; }}
QPushButton#primary {{ background: {PRIMARY}; color: white; border-color: {PRIMARY};
    font-weight: 600; padding: {p(12)}px {p(34)}px; }}
QPushButton#primary:hover {{ background: {PRIMARY_DARK}; }}
QPushButton#primary:focus {{ border: {ring}px solid {FOCUS}; }}
QPushButton#primary:disabled {{ background: #9DBDC0; border-color: #9DBDC0; color: white; }}
QPushButton#toggle:checked, QPushButton#choice:checked {{ background: {PRIMARY_LIGHT};
    border: {p(3)}px solid {PRIMARY}; font-weight: {CHOSEN_WEIGHT}; }}
QPushButton#toggle:checked:focus, QPushButton#choice:checked:focus {{
    border: {ring}px solid {FOCUS}; }}
QPushButton[freq="true"] {{ font-size: {body * 0.85:.1f}pt; padding: {p(6)}px {p(8)}px; }}
QPushButton#choice {{ text-align: left; padding: {p(8)}px {p(14)}px; }}
QPushButton#lang {{ border: none; background: transparent; color: {MUTED};
    padding: {p(4)}px {p(10)}px; min-height: {p(40)}px; font-size: {small:.1f}pt; }}
QPushButton#lang:checked {{ color: {PRIMARY};
    border-bottom: {p(3)}px solid {PRIMARY}; border-radius: 0; }}
QPushButton#lang:focus {{ border: {ring}px solid {FOCUS}; }}
QPushButton#hr {{ border: none; background: transparent; color: #A7B1B6;
    font-size: {small * 0.8:.1f}pt; min-height: {p(24)}px; padding: {p(4)}px {p(8)}px; }}
QPushButton#remove {{ padding: {p(2)}px {p(10)}px; min-height: {p(40)}px; min-width: {p(40)}px;
    color: {MUTED}; }}
QLabel#name {{ font-weight: 600; }}
QPushButton#key {{ font-size: {title:.1f}pt; min-width: {p(84)}px; min-height: {p(60)}px;
    padding: {p(4)}px; }}
QLineEdit {{ background: {CARD}; border: 2px solid {BORDER}; border-radius: {p(10)}px;
    padding: {p(8)}px {p(14)}px; min-height: {p(36)}px; }}
QLineEdit:focus {{ border: {ring}px solid {FOCUS}; }}
QListView#results {{ background: {CARD}; border: 2px solid {BORDER}; border-radius: {p(10)}px;
    padding: {p(4)}px; outline: 0; }}
QCheckBox {{ spacing: {p(14)}px; padding: {p(6)}px; }}
QCheckBox::indicator {{ width: {p(32)}px; height: {p(32)}px; }}
QCheckBox:focus {{ border: {ring}px solid {FOCUS}; border-radius: {p(6)}px; }}
QScrollArea {{ border: none; background: transparent; }}
QScrollArea > QWidget > QWidget {{ background: transparent; }}
QScrollBar:vertical {{ width: {p(18)}px; }}
QTableView {{ background: {CARD}; border: 1px solid {BORDER}; gridline-color: #E3E8EA;
    font-size: {small:.1f}pt; }}
QTableView::item {{ padding: 0px {p(6)}px; }}
QHeaderView::section {{ background: {PRIMARY_LIGHT}; padding: {p(6)}px; border: none;
    font-weight: 600; font-size: {small:.1f}pt; }}
QWidget#overlay {{ background: rgba(20, 35, 40, 170); }}
"""
