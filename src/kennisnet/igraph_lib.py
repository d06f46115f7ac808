"""python-igraph without its plotting side.

``import igraph`` imports matplotlib's pyplot interface for igraph's own drawing functions:
about 0.45 s and a GUI backend on every cold start, for plotting Kennisnet never uses (it
draws on matplotlib ``Figure`` objects itself). igraph already works without matplotlib:
each of its drawing modules asks ``igraph.drawing.matplotlib.utils.find_matplotlib()``
and takes a placeholder when matplotlib is missing. ``load()`` installs an import hook
that gives igraph exactly that placeholder, for that one module of igraph's and nothing
else, so matplotlib itself is not touched (other threads may import it at the same time).

Measured on the 2-core development machine, ``python -X importtime``: ``import igraph``
0.52 s with its plotting side, 0.06 s through ``load()`` (docs/performance.md).
If a later igraph renames the module, the hook simply never matches and igraph is
imported as usual.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import importlib.util
import sys
from types import ModuleType
from typing import Any

_PLOTTING_PROBE = "igraph.drawing.matplotlib.utils"


class _NoPlotting(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Serves igraph's matplotlib probe as 'matplotlib is not installed'."""

    def find_spec(
        self,
        fullname: str,
        path: Any = None,
        target: ModuleType | None = None,
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname != _PLOTTING_PROBE:
            return None
        return importlib.util.spec_from_loader(fullname, self)

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType | None:
        return None

    def exec_module(self, module: ModuleType) -> None:
        from igraph.drawing.utils import FakeModule

        def find_matplotlib() -> tuple[Any, Any]:
            missing = FakeModule("Kennisnet imports igraph without its plotting functions")
            return missing, missing

        module.find_matplotlib = find_matplotlib  # type: ignore[attr-defined]
        module.__all__ = ("find_matplotlib",)  # type: ignore[attr-defined]


_HOOK = _NoPlotting()


def load() -> Any:
    """The ``igraph`` module, imported without matplotlib (see the module docstring)."""
    module = sys.modules.get("igraph")
    if module is not None:
        return module
    if _HOOK not in sys.meta_path:
        sys.meta_path.insert(0, _HOOK)
    import igraph

    return igraph
