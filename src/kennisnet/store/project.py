"""The project file as one object: see :mod:`kennisnet.store.base` for its guarantees."""

from __future__ import annotations

from kennisnet.store.erasure import ErasureMixin
from kennisnet.store.plans import PlansMixin


class Project(ErasureMixin, PlansMixin):
    """An open ``.kennisnet`` project file. Create with :meth:`create`, open with :meth:`open`."""
