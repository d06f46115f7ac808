"""Standard dialogs of the HR screens: message boxes (``messages``), file choosers (``files``)."""
