#!/usr/bin/env bash
# Sets up everything the app (and with --dev, the tests and the packager) needs on Debian/Ubuntu:
# the system libraries Qt loads, a Japanese font, a Python 3.11+ virtual environment in .venv.
# Idempotent: a second run only checks. Usage: bash scripts/bootstrap.sh [--dev]
set -euo pipefail
cd "$(dirname "$0")/.."

DEV=0
[[ "${1:-}" == "--dev" ]] && DEV=1

# Qt's offscreen platform needs these at run time; fonts-noto-cjk draws Japanese.
APT_PACKAGES=(python3-venv libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0
              fonts-noto-cjk binutils)
# Qt's xcb platform (any X11 desktop, xvfb-run): every library libqxcb.so links that Debian does
# not pull in with the above (`ldd .../platforms/libqxcb.so`); without them Qt aborts at start.
APT_PACKAGES+=(libxcb1 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
               libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1
               libxcb-xfixes0 libxcb-xkb1 libxkbcommon-x11-0)
# The tests also start the window on a real X server (Xvfb), as the README's command does.
[[ "${1:-}" == "--dev" ]] && APT_PACKAGES+=(xvfb xauth)
if command -v dpkg-query >/dev/null 2>&1; then
  missing=()
  for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if ((${#missing[@]})); then
    SUDO=""
    [[ $(id -u) -ne 0 ]] && SUDO="sudo"
    echo "installing system packages: ${missing[*]}"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi

PY=${PYTHON:-}
if [[ -z "$PY" ]]; then
  for candidate in python3.11 python3.12 python3.13 python3; do
    if command -v "$candidate" >/dev/null 2>&1 && \
       "$candidate" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)'; then
      PY=$candidate; break
    fi
  done
fi
[[ -n "$PY" ]] || { echo "Python 3.11 or newer is required" >&2; exit 1; }

[[ -x .venv/bin/python ]] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
if ((DEV)); then
  .venv/bin/python -m pip install -q --disable-pip-version-check -e ".[dev]"
else
  .venv/bin/python -m pip install -q --disable-pip-version-check -e .
fi
