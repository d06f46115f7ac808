"""One module per kiosk page."""
