#!/usr/bin/env bash
# Creates a Wine prefix that runs the Windows build of Office Assistant like a Windows 10 PC.
#
#   bash installer/windows/wine-prefix.sh PREFIX [--user NAME]
#
# - a 64-bit prefix (made after wine32 is installed: a 64-bit-only prefix cannot run the 32-bit
#   setup.exe and cannot be upgraded later), set to Windows 10;
# - stand-ins for three gaps of Wine 8.0, in this prefix's system32 only, never in the bundle or
#   the installer: bcryptprimitives.dll (ProcessPrng, used by every Rust extension: pydantic_core
#   for openai, jiter, cryptography, ahocorasick_rs), icuuc.dll (Qt 6.10+ links the system ICU),
#   and a copy of Wine's own ucrtbase.dll whose crealf/cimagf stubs are filled in (numpy >= 2.1);
# - --user NAME: the Windows user name (and so C:\users\NAME); a name with Japanese characters
#   and a space proves that nothing breaks on such a profile path.
# Idempotent: an existing prefix keeps its contents and only gets missing pieces.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=common.sh
source "$here/common.sh"

[[ $# -ge 1 ]] || { echo "usage: $0 PREFIX [--user NAME]" >&2; exit 2; }
prefix=$(realpath -m "$1"); shift
user_name=""
while [[ $# -gt 0 ]]; do
  case $1 in
    --user) user_name=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

oa_ensure_system_packages
oa_wine_env
export WINEPREFIX=$prefix
# Wine names the profile folder after $USER, read at every start: callers set it the same way.
[[ -n "$user_name" ]] && export USER=$user_name

if [[ ! -f "$prefix/system.reg" ]]; then
  oa_log "creating the Wine prefix $prefix${user_name:+ for user '$user_name'}"
  mkdir -p "$prefix"
  $WINE wineboot --init >/dev/null 2>&1
  wineserver -w
fi
$WINE reg add 'HKCU\Software\Wine' /v Version /t REG_SZ /d win10 /f >/dev/null 2>&1

# The stand-ins, compiled from source each time the prefix is made (a few seconds).
sys32="$prefix/drive_c/windows/system32"
build=$(mktemp -d)
trap 'rm -rf "$build"' EXIT
x86_64-w64-mingw32-gcc -shared -O2 -Wall -o "$build/bcryptprimitives.dll" \
  "$here/standins/bcryptprimitives.c" "$here/standins/bcryptprimitives.def" -ladvapi32
x86_64-w64-mingw32-gcc -shared -O2 -Wall -o "$build/icuuc.dll" "$here/standins/icuuc.c"
install -m 644 "$build/bcryptprimitives.dll" "$build/icuuc.dll" "$sys32/"
wine_ucrt=$(dirname "$(command -v wine)")/../lib/x86_64-linux-gnu/wine/x86_64-windows/ucrtbase.dll
[[ -f "$wine_ucrt" ]] || wine_ucrt=/usr/lib/x86_64-linux-gnu/wine/x86_64-windows/ucrtbase.dll
patched=$(python3 "$here/standins/patch_ucrtbase.py" "$wine_ucrt" "$build/ucrtbase.dll")
if [[ -f "$build/ucrtbase.dll" ]]; then
  install -m 644 "$build/ucrtbase.dll" "$sys32/ucrtbase.dll"
  # The copy is no longer marked as Wine's builtin: load it instead of the builtin one.
  $WINE reg add 'HKCU\Software\Wine\DllOverrides' /v ucrtbase /t REG_SZ /d native,builtin /f >/dev/null 2>&1
fi
wineserver -w
oa_log "prefix ready: $prefix (Windows 10; stand-ins: bcryptprimitives.dll icuuc.dll; ucrtbase $patched)"
