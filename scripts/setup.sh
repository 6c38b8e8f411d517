#!/usr/bin/env bash
# Installs everything the tests need on a fresh Debian machine: Debian's chromium (the report's
# browser test) with the fonts the page names, and xmllint (the event log is validated against the
# XES schema), then the npm packages from the lock file. The PNG charts bring their own fonts
# (assets/fonts).
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
fc-list 2>/dev/null | grep -qi "liberation sans" || missing+=(fonts-liberation)
fc-list 2>/dev/null | grep -qi dejavu || missing+=(fonts-dejavu-core)
command -v xmllint >/dev/null || missing+=(libxml2-utils)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then sudo=""; elif command -v sudo >/dev/null; then sudo="sudo"; else
    echo "setup: please install these Debian packages first: ${missing[*]} (apt-get install ${missing[*]})" >&2
    exit 1
  fi
  echo "setup: installing ${missing[*]} with apt-get" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
npm ci --no-audit --no-fund
