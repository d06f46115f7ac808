"""Workshop mode: the knowledge network on a projector, step by step (flow 5).

The HR workspace opens it with ``WorkshopWindow(result, data, settings, title=...)``;
``kennisnet workshop PROJECT [--pseudonymize]`` starts it directly.
"""

from kennisnet.ui.workshop.window import WorkshopWindow

__all__ = ["WorkshopWindow"]
