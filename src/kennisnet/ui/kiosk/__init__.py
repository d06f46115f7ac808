"""Kiosk mode: the on-site survey that employees fill in on the HR laptop, one at a time.

``launch.launch_kiosk`` opens a project, asks HR to set a PIN and shows
``window.KioskWindow`` full screen; the window also runs on a project that is
already open (from the HR workspace). Saving the answers, and keeping them when
saving fails, is the application layer's ``kennisnet.session.kiosk_saving`` (no Qt).
"""
