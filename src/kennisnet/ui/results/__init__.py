"""The results dashboard: knowledge graph, first-look summary, tables, channels, what-if.

The HR workspace embeds :class:`ResultsPanel` as its "Results" tab::

    panel = ResultsPanel(settings)
    panel.show_survey(data, title)      # analyses in the background
    panel.analysis_finished.connect(...)
    panel.current_result()              # the analysis of the survey (not a what-if)
"""

from kennisnet.ui.results.panel import ResultsPanel

__all__ = ["ResultsPanel"]
