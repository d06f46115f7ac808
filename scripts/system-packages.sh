#!/usr/bin/env bash
# The system programs the test suite uses besides Python: Chromium and its driver (the
# phone page and the interactive map in a real browser), LibreOffice Calc and Impress
# (the workbook and the slide deck opened as HR's office suite opens them) with Carlito,
# the free font with Calibri's widths (so pages break as in Excel), poppler (PDF
# pages read and counted) and the libraries Qt's offscreen platform needs on a bare
# machine. Installed with apt-get when something is missing (or always under CI=true);
# without apt-get or root rights it says what to install and stops.
set -euo pipefail
packages=(libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3
          chromium chromium-driver libreoffice-calc libreoffice-impress poppler-utils
          fonts-crosextra-carlito)
missing=()
for program in chromium chromedriver soffice pdftoppm pdffonts pdfinfo; do
  command -v "$program" >/dev/null 2>&1 || missing+=("$program")
done
fc-list 2>/dev/null | grep -qi carlito || missing+=("the Carlito font")
if [ "${CI:-}" != "true" ] && [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  echo "== system packages: ${packages[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
elif [ ${#missing[@]} -gt 0 ]; then
  echo "The tests need programs this machine lacks: ${missing[*]}." >&2
  echo "Install them with: sudo apt-get install --no-install-recommends ${packages[*]}" >&2
  exit 1
fi
