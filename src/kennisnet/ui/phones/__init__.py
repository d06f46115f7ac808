"""Answer on phones, from the HR workspace: choose the network, start, show the QR code.

``window.PhonesWindow`` is the window (set-up page, then the live page with the QR
code, the address and the count per department); ``serving.Serving`` runs the
Qt-free phone server (``kennisnet.phones``) on a worker and stops it; ``qr`` draws
the QR code; ``codes_dialog`` lists whose personal code was used.
"""
