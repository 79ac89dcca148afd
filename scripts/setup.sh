#!/usr/bin/env bash
# Installs whatever the phase tracker's build (and, with --test, its tests)
# needs and is missing on this machine. Idempotent: when every tool is present
# in the right version it installs nothing and takes a few seconds.
#
#   scripts/setup.sh           widget tools: wasm32 target, trunk, wasm-bindgen,
#                              wasm-opt (npm binaryen, via npm ci in browser-tests/,
#                              which also installs CLDR's JSON for tests/locale.rs),
#                              Debian fonts-dejavu-core (the share card's font)
#   scripts/setup.sh --publish also: Debian brotli (scripts/publish.sh precompresses
#                              dist/ with it)
#   scripts/setup.sh --test    also: rustfmt, clippy, Debian chromium +
#                              chromium-driver, brotli, and for the Firefox and
#                              WebKit tests Debian firefox-esr, webkit2gtk-driver
#                              (WebKitWebDriver + MiniBrowser) and xvfb; npm
#                              puppeteer-core (drives Firefox) comes with npm ci;
#                              for the deploy tests Debian nginx with its brotli
#                              module (libnginx-mod-http-brotli-static) and caddy
#   scripts/setup.sh --profile also: twiggy (scripts/size-profile.sh: what the wasm's
#                              bytes are)
#
# Afterwards, `source scripts/env.sh` puts ~/.cargo/bin and
# browser-tests/node_modules/.bin (wasm-opt) on PATH; scripts/dev.sh and
# scripts/test.sh do that themselves.
#
# On a problem it cannot fix it stops with one line:
#   setup: <tool>: expected <version>, found <version or none>: <what to do>
set -euo pipefail

ROOT="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$ROOT"
# shellcheck source=scripts/env.sh
source "$ROOT/scripts/env.sh"

WITH_TEST=0
WITH_PUBLISH=0
WITH_PROFILE=0
for arg in "$@"; do
  case "$arg" in
    --test) WITH_TEST=1 ;;
    --publish) WITH_PUBLISH=1 ;;
    --profile) WITH_PROFILE=1 ;;
    -h | --help)
      sed -n '2,27p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
      exit 0
      ;;
    *)
      echo "setup: unknown argument '$arg' (usage: scripts/setup.sh [--publish] [--test] [--profile])" >&2
      exit 2
      ;;
  esac
done

# ---- pinned versions --------------------------------------------------------
WASM_TARGET="wasm32-unknown-unknown"
TRUNK_VERSION="0.21.14"            # trunk 0.22 needs rustc 1.96.1; we have 1.95
TRUNK_ACCEPTED=("0.21.14" "0.22.0-beta.1")
WASM_OPT_VERSION="132"             # npm binaryen 132.0.0 (browser-tests/package.json)
TWIGGY_VERSION="0.8.0"             # --profile: the wasm's size profile
                                   # never Debian's binaryen 108: it breaks the wasm

LOG_DIR="$ROOT/target/setup-logs"
BT="$ROOT/browser-tests"
NPM_STAMP="$BT/node_modules/.phase-tracker-setup-stamp"
INSTALLED=()

say() { printf 'setup: %s\n' "$*"; }

# fail TOOL EXPECTED FOUND WHAT-TO-DO
fail() {
  printf 'setup: %s: expected %s, found %s: %s\n' "$1" "$2" "${3:-none}" "$4" >&2
  exit 1
}

log_for() {
  mkdir -p "$LOG_DIR"
  printf '%s/%s.log' "$LOG_DIR" "$1"
}

# The first line of `CMD --version`, or nothing when CMD is missing or broken.
version_line() {
  command -v "$1" >/dev/null 2>&1 || return 0
  "$@" 2>/dev/null | head -n 1 || true
}

# ---- Rust toolchain ---------------------------------------------------------
check_rust() {
  if ! command -v cargo >/dev/null 2>&1 || ! command -v rustc >/dev/null 2>&1; then
    fail "cargo" "a Rust toolchain (rustc 1.95 via rustup)" "none" "install Rust with rustup, then re-run scripts/setup.sh"
  fi
  command -v rustup >/dev/null 2>&1 ||
    fail "rustup" "rustup (to add the $WASM_TARGET target)" "none" "install Rust with rustup, then re-run scripts/setup.sh"

  if ! rustup target list --installed 2>/dev/null | grep -qx "$WASM_TARGET"; then
    local log
    log="$(log_for rustup-target)"
    say "installing rust target $WASM_TARGET (takes about 1 min)..."
    rustup target add "$WASM_TARGET" >"$log" 2>&1 ||
      fail "$WASM_TARGET" "rustup target installed" "none" "rustup target add failed (see $log); run: rustup target add $WASM_TARGET"
    INSTALLED+=("$WASM_TARGET")
  fi

  if [[ $WITH_TEST == 1 ]]; then
    local comp sub
    for comp in rustfmt clippy; do
      sub="fmt"
      [[ $comp == clippy ]] && sub="clippy"
      if ! cargo "$sub" --version >/dev/null 2>&1; then
        local log
        log="$(log_for "rustup-$comp")"
        say "installing rust component $comp (takes about 1 min)..."
        if ! rustup component add "$comp" >"$log" 2>&1 || ! cargo "$sub" --version >/dev/null 2>&1; then
          fail "$comp" "rustup component $comp" "none" "rustup component add failed (see $log); run: rustup component add $comp"
        fi
        INSTALLED+=("$comp")
      fi
    done
  fi
}

# ---- trunk ------------------------------------------------------------------
trunk_found() {
  local line
  line="$(version_line trunk --version)"
  [[ -n $line ]] && printf '%s' "${line#trunk }"
  return 0
}

trunk_ok() {
  local v
  for v in "${TRUNK_ACCEPTED[@]}"; do [[ $1 == "$v" ]] && return 0; done
  return 1
}

check_trunk() {
  local found
  found="$(trunk_found)"
  if ! trunk_ok "$found"; then
    local log
    log="$(log_for trunk)"
    say "installing trunk $TRUNK_VERSION (takes about 12 min; found ${found:-none})..."
    if ! cargo install --locked "trunk@$TRUNK_VERSION" >"$log" 2>&1; then
      fail "trunk" "$TRUNK_VERSION" "${found:-none}" "cargo install failed (see $log); run: cargo install --locked trunk@$TRUNK_VERSION"
    fi
    found="$(trunk_found)"
    trunk_ok "$found" ||
      fail "trunk" "$TRUNK_VERSION" "${found:-none} (at $(command -v trunk || echo 'no path'))" \
        "another trunk comes first on PATH; remove it or put ~/.cargo/bin first (source scripts/env.sh)"
    INSTALLED+=("trunk $found")
  fi
  TRUNK_FOUND="$found"
}

# ---- wasm-bindgen-cli (its version must equal Cargo.lock's wasm-bindgen) ----
lock_wasm_bindgen_version() {
  awk '
    /^\[\[package\]\]/ { in_wb = 0; next }
    $0 == "name = \"wasm-bindgen\"" { in_wb = 1; next }
    in_wb && /^version = "/ { v = $0; sub(/^version = "/, "", v); sub(/".*$/, "", v); print v; exit }
  ' Cargo.lock
}

check_wasm_bindgen() {
  if [[ ! -f Cargo.lock ]]; then
    local log
    log="$(log_for generate-lockfile)"
    say "Cargo.lock is missing: running cargo generate-lockfile (commit the result)..."
    cargo generate-lockfile >"$log" 2>&1 ||
      fail "Cargo.lock" "a lockfile" "none" "cargo generate-lockfile failed (see $log)"
  fi
  local want found line log
  want="$(lock_wasm_bindgen_version)"
  [[ -n $want ]] ||
    fail "wasm-bindgen-cli" "the wasm-bindgen version from Cargo.lock" "no wasm-bindgen package in Cargo.lock" \
      "check Cargo.toml's wasm-bindgen dependency, then run cargo generate-lockfile"

  line="$(version_line wasm-bindgen --version)"
  found="${line#wasm-bindgen }"
  found="${found%% *}"
  if [[ $found != "$want" ]]; then
    log="$(log_for wasm-bindgen-cli)"
    say "installing wasm-bindgen-cli $want (takes about 3 min; found ${found:-none})..."
    # Not --locked: wasm-bindgen-cli's own lockfile does not build with this toolchain.
    if ! cargo install wasm-bindgen-cli --version "$want" >"$log" 2>&1; then
      fail "wasm-bindgen-cli" "$want" "${found:-none}" "cargo install failed (see $log); run: cargo install wasm-bindgen-cli --version $want"
    fi
    line="$(version_line wasm-bindgen --version)"
    found="${line#wasm-bindgen }"
    found="${found%% *}"
    [[ $found == "$want" ]] ||
      fail "wasm-bindgen-cli" "$want" "${found:-none} (at $(command -v wasm-bindgen || echo 'no path'))" \
        "another wasm-bindgen comes first on PATH; remove it or put ~/.cargo/bin first (source scripts/env.sh)"
    INSTALLED+=("wasm-bindgen-cli $want")
  fi
  WASM_BINDGEN_FOUND="$found"
}

# ---- npm packages (browser-tests/) and wasm-opt -----------------------------
npm_stamp() {
  { node --version; cat "$BT/package.json" "$BT/package-lock.json"; } | sha256sum | cut -d' ' -f1
}

wasm_opt_found() {
  local line
  line="$(version_line "$BT/node_modules/.bin/wasm-opt" --version)"
  # "wasm-opt version 132 (version_132)"
  [[ -n $line ]] && awk '{ print $3 }' <<<"$line"
  return 0
}

check_npm() {
  command -v node >/dev/null 2>&1 ||
    fail "node" "Node.js 20" "none" "install Node.js 20 and npm (apt-get install -y nodejs npm), then re-run scripts/setup.sh"
  command -v npm >/dev/null 2>&1 ||
    fail "npm" "npm" "none" "install npm (apt-get install -y npm), then re-run scripts/setup.sh"
  [[ -f $BT/package-lock.json ]] ||
    fail "browser-tests/package-lock.json" "a committed lockfile" "none" "run: (cd browser-tests && npm install) and commit package-lock.json"

  local want_stamp have_stamp="" log found
  want_stamp="$(npm_stamp)"
  [[ -f $NPM_STAMP ]] && have_stamp="$(cat "$NPM_STAMP")"
  found="$(wasm_opt_found)"
  if [[ $want_stamp != "$have_stamp" || $found != "$WASM_OPT_VERSION" ]]; then
    log="$(log_for npm-ci)"
    say "installing npm packages of browser-tests/ (playwright-core, puppeteer-core, axe-core, binaryen, terser, CLDR JSON) with npm ci (takes about 1 min)..."
    # Never a browser download: the browsers are Debian's (check_chromium, check_engines).
    if ! (cd "$BT" && PUPPETEER_SKIP_DOWNLOAD=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund) >"$log" 2>&1; then
      fail "npm packages" "browser-tests/package-lock.json installed" "none" "npm ci failed (see $log); run: (cd browser-tests && npm ci)"
    fi
    printf '%s\n' "$want_stamp" >"$NPM_STAMP"
    INSTALLED+=("npm packages")
    found="$(wasm_opt_found)"
  fi

  [[ $found == "$WASM_OPT_VERSION" ]] ||
    fail "wasm-opt" "$WASM_OPT_VERSION (npm binaryen $WASM_OPT_VERSION.0.0)" "${found:-none}" \
      "set binaryen to $WASM_OPT_VERSION.0.0 in browser-tests/package.json, run (cd browser-tests && npm install), then re-run scripts/setup.sh"
  local on_path
  on_path="$(command -v wasm-opt || true)"
  [[ $on_path == "$BT/node_modules/.bin/wasm-opt" ]] ||
    fail "wasm-opt" "$BT/node_modules/.bin/wasm-opt first on PATH" "${on_path:-none}" "source scripts/env.sh before running trunk"
  WASM_OPT_FOUND="$found"
}

# ---- Debian packages (--test) -------------------------------------------------
deb_installed() {
  [[ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true)" == "install ok installed" ]]
}

# apt_install LOG PKG...: apt-get update only when the plain install fails.
apt_install() {
  local log="$1"
  shift
  local sudo=()
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null 2>&1 || return 1
    sudo=(sudo)
  fi
  command -v apt-get >/dev/null 2>&1 || return 1
  if "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y "$@" >"$log" 2>&1; then
    return 0
  fi
  "${sudo[@]}" apt-get update >>"$log" 2>&1 || return 1
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y "$@" >>"$log" 2>&1
}

# apt_ensure NAME MINUTES PKG...: installs those of the Debian packages PKG... that are not
# installed (logging to target/setup-logs/apt-NAME.log), or stops with one line naming them.
apt_ensure() {
  local name="$1" minutes="$2"
  shift 2
  local missing=() pkg log
  for pkg in "$@"; do
    deb_installed "$pkg" || missing+=("$pkg")
  done
  ((${#missing[@]})) || return 0
  log="$(log_for "apt-$name")"
  say "installing ${missing[*]} from Debian (takes about $minutes min)..."
  apt_install "$log" "${missing[@]}" ||
    fail "${missing[0]}" "Debian packages $*" "none" \
      "apt-get failed (see $log); as root run: apt-get update && apt-get install -y $*"
  INSTALLED+=("${missing[@]}")
}

check_chromium() {
  apt_ensure chromium 2 chromium chromium-driver
  local line
  line="$(version_line /usr/bin/chromium --version)"
  [[ -n $line ]] ||
    fail "chromium" "/usr/bin/chromium that runs" "none" "reinstall: apt-get install --reinstall -y chromium"
  CHROMIUM_FOUND="$(awk '{ print $2 }' <<<"$line")"
}

# Firefox and WebKit for browser-tests/engines.test.mjs (lib/engines.mjs): Firefox through
# puppeteer-core over WebDriver BiDi, WebKit through WebKitWebDriver driving MiniBrowser on Xvfb.
check_engines() {
  apt_ensure engines 1 firefox-esr webkit2gtk-driver xvfb

  local line
  line="$(version_line /usr/bin/firefox-esr --version)"
  # "Mozilla Firefox 153.8.0esr"
  [[ -n $line ]] ||
    fail "firefox-esr" "/usr/bin/firefox-esr that runs" "none" "reinstall: apt-get install --reinstall -y firefox-esr"
  FIREFOX_FOUND="$(awk '{ print $3 }' <<<"$line")"

  [[ -x /usr/bin/WebKitWebDriver ]] ||
    fail "WebKitWebDriver" "/usr/bin/WebKitWebDriver" "none" "reinstall: apt-get install --reinstall -y webkit2gtk-driver"
  local minibrowser
  minibrowser="$(dpkg -L libwebkit2gtk-4.1-0 2>/dev/null | grep '/MiniBrowser$' | head -n 1 || true)"
  [[ -n $minibrowser && -x $minibrowser ]] ||
    fail "MiniBrowser" "webkit2gtk-4.1/MiniBrowser (Debian package libwebkit2gtk-4.1-0)" "${minibrowser:-none}" \
      "reinstall: apt-get install --reinstall -y libwebkit2gtk-4.1-0 webkit2gtk-driver"
  WEBKIT_FOUND="$(dpkg-query -W -f='${Version}' webkit2gtk-driver 2>/dev/null || true)"
  WEBKIT_FOUND="${WEBKIT_FOUND%%-*}"

  [[ -x /usr/bin/Xvfb ]] ||
    fail "Xvfb" "/usr/bin/Xvfb" "none" "reinstall: apt-get install --reinstall -y xvfb"

  local want have
  want="$(node -p 'require(process.argv[1]).devDependencies["puppeteer-core"]' "$BT/package.json" 2>/dev/null || true)"
  have="$(node -p 'require(process.argv[1]).version' "$BT/node_modules/puppeteer-core/package.json" 2>/dev/null || true)"
  [[ -n $want && $have == "$want" ]] ||
    fail "puppeteer-core" "${want:-a version in browser-tests/package.json}" "${have:-none}" \
      "run: (cd browser-tests && PUPPETEER_SKIP_DOWNLOAD=1 npm ci)"
}

check_brotli() {
  if ! command -v brotli >/dev/null 2>&1; then
    local log
    log="$(log_for apt-brotli)"
    say "installing brotli from Debian (takes about 1 min)..."
    apt_install "$log" brotli ||
      fail "brotli" "Debian package brotli" "none" "apt-get failed (see $log); as root run: apt-get update && apt-get install -y brotli"
    INSTALLED+=("brotli")
  fi
}

# The share card's font (src/share_card.rs): every build draws the card with DejaVu Sans.
check_fonts() {
  local font=/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf
  if [[ ! -f $font ]]; then
    local log
    log="$(log_for apt-fonts)"
    say "installing fonts-dejavu-core from Debian (the share card's font; takes a few seconds)..."
    apt_install "$log" fonts-dejavu-core ||
      fail "fonts-dejavu-core" "$font" "none" "apt-get failed (see $log); as root run: apt-get update && apt-get install -y fonts-dejavu-core"
    INSTALLED+=("fonts-dejavu-core")
  fi
}

# The real servers of the deploy tests (browser-tests/nginx.test.mjs, caddy.test.mjs): they
# serve dist/ with the shipped deploy/nginx.conf and deploy/Caddyfile.
check_servers() {
  apt_ensure servers 1 nginx libnginx-mod-http-brotli-static caddy
  local line
  line="$(/usr/sbin/nginx -v 2>&1 | head -n 1 || true)"
  # "nginx version: nginx/1.22.1"
  [[ $line == *nginx/* ]] ||
    fail "nginx" "/usr/sbin/nginx that runs" "${line:-none}" "reinstall: apt-get install --reinstall -y nginx"
  NGINX_FOUND="${line##*/}"
  [[ -f /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ]] ||
    fail "libnginx-mod-http-brotli-static" "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so" "none" \
      "reinstall: apt-get install --reinstall -y libnginx-mod-http-brotli-static"
  line="$(version_line /usr/bin/caddy version)"
  # "2.6.2"
  [[ -n $line ]] ||
    fail "caddy" "/usr/bin/caddy that runs" "none" "reinstall: apt-get install --reinstall -y caddy"
  CADDY_FOUND="${line%% *}"
}

# ---- twiggy (--profile) ------------------------------------------------------
check_twiggy() {
  local line found log
  line="$(version_line twiggy --version)"  # "twiggy-opt 0.8.0"
  found="${line##* }"
  if [[ $found != "$TWIGGY_VERSION" ]]; then
    log="$(log_for twiggy)"
    say "installing twiggy $TWIGGY_VERSION (takes about 1 min; found ${found:-none})..."
    if ! cargo install twiggy --version "$TWIGGY_VERSION" >"$log" 2>&1; then
      fail "twiggy" "$TWIGGY_VERSION" "${found:-none}" "cargo install failed (see $log); run: cargo install twiggy --version $TWIGGY_VERSION"
    fi
    line="$(version_line twiggy --version)"  # "twiggy-opt 0.8.0"
    found="${line##* }"
    [[ $found == "$TWIGGY_VERSION" ]] ||
      fail "twiggy" "$TWIGGY_VERSION" "${found:-none}" "another twiggy comes first on PATH; put ~/.cargo/bin first (source scripts/env.sh)"
    INSTALLED+=("twiggy $TWIGGY_VERSION")
  fi
  TWIGGY_FOUND="$found"
}

# ---- main -----------------------------------------------------------------
check_rust
check_trunk
check_wasm_bindgen
check_npm
check_fonts
summary="trunk $TRUNK_FOUND, wasm-bindgen $WASM_BINDGEN_FOUND, wasm-opt $WASM_OPT_FOUND, DejaVu Sans"
if [[ $WITH_PUBLISH == 1 || $WITH_TEST == 1 ]]; then
  check_brotli
  summary+=", brotli"
fi
if [[ $WITH_TEST == 1 ]]; then
  check_chromium
  check_engines
  check_servers
  summary+=", chromium $CHROMIUM_FOUND, firefox-esr $FIREFOX_FOUND, webkitgtk $WEBKIT_FOUND, xvfb, nginx $NGINX_FOUND, caddy $CADDY_FOUND"
fi

if [[ $WITH_PROFILE == 1 ]]; then
  check_twiggy
  summary+=", twiggy $TWIGGY_FOUND"
fi

if ((${#INSTALLED[@]})); then
  say "installed: $(IFS=,; printf '%s' "${INSTALLED[*]}" | sed 's/,/, /g')"
fi
say "ready ($summary)"
# scripts/dev.sh and scripts/test.sh source env.sh themselves.
if [[ -z ${PHASE_TRACKER_SETUP_CALLER:-} ]]; then
  say "tools on PATH: run 'source scripts/env.sh' (adds ~/.cargo/bin and browser-tests/node_modules/.bin)"
fi
