# Shared by build-on-linux.sh and wine-prefix.sh: system packages and Wine's environment.
# Sourced, not run.

# Debian packages: Wine (64- and 32-bit: Inno Setup's compiler and the setup.exe it makes are
# 32-bit), a virtual display for the installer's window, msitools for the MSI, mingw for the
# stand-in DLLs, a .ttf Japanese font for Qt's offscreen platform under Wine, locales for cp932.
OA_WINE_APT_PACKAGES=(wine wine64 wine32:i386 xvfb xauth x11-utils xdotool imagemagick msitools wixl
                      gcc-mingw-w64-x86-64 fonts-ipafont-gothic fonts-noto-cjk locales)

oa_log() { printf '[windows] %s\n' "$*" >&2; }
oa_die() { printf '[windows] FAILED: %s\n' "$*" >&2; exit 1; }

oa_ensure_system_packages() {
  local missing=() p
  if ! dpkg --print-foreign-architectures | grep -qx i386; then
    oa_log "adding the i386 architecture (Inno Setup is 32-bit)"
    ${SUDO:-} dpkg --add-architecture i386
    missing+=(update)
  fi
  # npm (for Inno Setup) often comes with a Node.js from elsewhere; Debian's would conflict.
  command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
  for p in "${OA_WINE_APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if ((${#missing[@]})); then
    oa_log "installing system packages: ${missing[*]}"
    ${SUDO:-} apt-get update -qq
    local pkgs=("${missing[@]/update/}")
    # shellcheck disable=SC2068
    DEBIAN_FRONTEND=noninteractive ${SUDO:-} apt-get install -y -qq --no-install-recommends ${pkgs[@]} >/dev/null
  fi
  # Japanese locale: under LANG=ja_JP.UTF-8 Wine gives Windows programs the cp932 code page.
  if ! locale -a 2>/dev/null | grep -qi '^ja_JP\.utf-\?8$'; then
    oa_log "generating the ja_JP.UTF-8 locale"
    ${SUDO:-} sed -i 's/^# *ja_JP.UTF-8/ja_JP.UTF-8/' /etc/locale.gen 2>/dev/null || true
    grep -q '^ja_JP.UTF-8' /etc/locale.gen 2>/dev/null || echo 'ja_JP.UTF-8 UTF-8' | ${SUDO:-} tee -a /etc/locale.gen >/dev/null
    ${SUDO:-} locale-gen >/dev/null
  fi
}

# Wine's settings for every command: quiet, no Mono/Gecko download prompts, 64-bit prefix.
oa_wine_env() {
  export WINEARCH=win64
  export WINEDEBUG=${WINEDEBUG:--all}
  # winedbg=d: a crashing program ends with an error instead of waiting in the debugger.
  export WINEDLLOVERRIDES=${WINEDLLOVERRIDES:-"mscoree=;mshtml=;winemenubuilder.exe=d;winedbg.exe=d"}
  export WINE=${WINE:-wine}
}

[[ $(id -u) -ne 0 ]] && SUDO=sudo || SUDO=""
