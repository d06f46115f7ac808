"""Phones answer over the laptop's own network: a QR code on the wall, no cloud.

Qt-free: ``session`` (searching names, checking codes, storing answers), ``web``
(the Starlette app with only the survey pages), ``server`` (uvicorn on one address),
``codes`` (personal one-time codes), ``printouts`` (poster and code cards).
This module itself imports nothing heavy, so the command line stays quick.
"""

from __future__ import annotations

#: The port phones connect to unless HR chooses another.
DEFAULT_PORT = 8470
