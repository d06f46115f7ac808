"""The results dashboard: knowledge graph, first-look summary, tables, channels, what-if.

The HR workspace embeds :class:`ResultsPanel` as its "Results" tab::

    panel = ResultsPanel(settings)
    panel.show_wave(session.source(wave_id), title)  # analyses in the background
    panel.analysis_finished.connect(...)
    panel.current_result()              # the analysis on screen (not a what-if)
    panel.clear()                       # the project was closed
"""

from kennisnet.ui.results.panel import ResultsPanel

__all__ = ["ResultsPanel"]
