"""Workshop mode: the knowledge network on a projector, step by step (flow 5).

The HR workspace opens it with ``start_workshop(result, data, settings, title=...)``,
which first asks HR whether the room sees codes (the default) or real names;
``kennisnet workshop PROJECT [--names]`` starts it directly (codes unless ``--names``).
"""

from kennisnet.ui.workshop.start import start_workshop
from kennisnet.ui.workshop.window import WorkshopWindow

__all__ = ["WorkshopWindow", "start_workshop"]
