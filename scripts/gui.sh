#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds and starts the desktop application with the built-in demo target and its plan, ready to run.
# Extra arguments go to `scalescope` (e.g. --lang de, --theme dark, a plan file instead of --demo).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh dev scalescope >/dev/null
if [ $# -eq 0 ]; then
    set -- --demo
fi
exec build/dev/app/gui/scalescope "$@"
