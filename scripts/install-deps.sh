#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages ScaleScope needs to build, test and benchmark — only those missing.
set -euo pipefail

packages=(
    build-essential cmake ninja-build file ccache pkg-config
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev
    qt6-httpserver-dev qt6-websockets-dev qt6-tools-dev qt6-l10n-tools
    qtkeychain-qt6-dev libqt6sql6-sqlite
    libhttp-parser-dev libssl-dev openssl
    fonts-dejavu-core xvfb xauth poppler-utils qt6-translations-l10n
)
if [ "${1:-}" = "--bench" ]; then
    packages+=(wrk nginx-light libnginx-mod-http-echo)
fi

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing missing packages: ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "error: need root (or sudo) to install: ${missing[*]}" >&2; exit 1; }
    sudo="sudo"
fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
