"""The application layer: one open project and every use case both front ends need.

``kennisnet.cli`` and ``kennisnet.ui`` call this package; it calls the core (store,
import, analysis, plan, export). It knows no Qt. See docs/architecture.md.
"""

from kennisnet.session.analysis import Analysis
from kennisnet.session.demo import demo_copy, is_demo_project
from kennisnet.session.options import DEFAULTS, store_options, wave_options
from kennisnet.session.restoring import NotRestored, restore
from kennisnet.session.session import Session, UnknownWave
from kennisnet.session.source import AnalysisSource, DataSource, WaveSource

__all__ = [
    "DEFAULTS",
    "Analysis",
    "AnalysisSource",
    "DataSource",
    "NotRestored",
    "Session",
    "UnknownWave",
    "WaveSource",
    "demo_copy",
    "is_demo_project",
    "restore",
    "store_options",
    "wave_options",
]
