#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Configures and builds one CMake preset (default: dev). Usage: scripts/build.sh [preset] [targets…]
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-dev}"
shift || true
jobs=$(nproc 2>/dev/null || echo 2)
cmake --preset "$preset" >/dev/null
if [ $# -gt 0 ]; then
    cmake --build --preset "$preset" -j "$jobs" --target "$@"
else
    cmake --build --preset "$preset" -j "$jobs"
fi
