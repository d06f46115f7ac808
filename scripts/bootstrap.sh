#!/usr/bin/env bash
# Shared set-up for scripts/start and scripts/test: a virtual environment in
# .venv with the app and the pinned dependencies (constraints.txt) installed.
# Re-running is cheap: it reinstalls only when pyproject.toml or
# constraints.txt changed.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

python="${PYTHON:-}"
if [ -z "$python" ]; then
  for candidate in python3.13 python3.12 python3.11 python3; do
    if command -v "$candidate" >/dev/null 2>&1 &&
       "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      python="$candidate"; break
    fi
  done
fi
if [ -z "$python" ]; then
  echo "Kennisnet needs Python 3.11 or newer; none was found on this machine." >&2
  exit 1
fi

extras="${1:-}"
venv="$root/.venv"
if [ ! -x "$venv/bin/python" ]; then
  "$python" -m venv "$venv"
fi
stamp="$venv/.kennisnet-installed"
want="$(cat pyproject.toml constraints.txt | sha256sum | cut -d' ' -f1)-$extras"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  "$venv/bin/python" -m pip install --quiet --upgrade pip
  spec="."
  [ -n "$extras" ] && spec=".[$extras]"
  "$venv/bin/python" -m pip install --quiet -c constraints.txt -e "$spec"
  echo "$want" > "$stamp"
fi
