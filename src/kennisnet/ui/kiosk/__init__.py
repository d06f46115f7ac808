"""Kiosk mode: the on-site survey that employees fill in on the HR laptop, one at a time.

``launch.launch_kiosk`` opens a project, asks HR to set a PIN and shows
``window.KioskWindow`` full screen; the window also runs on a project that is
already open (from the HR workspace). This module imports no Qt, so that
``kennisnet.ui.kiosk.saving`` can be used on its own.
"""
