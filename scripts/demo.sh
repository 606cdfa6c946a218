#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Quick start: installs what is missing, builds, and runs the demo scale test headless against the
# built-in demo target. Extra arguments go to `scalescope-cli demo` (e.g. --sizes 10 100 --json out.json).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh dev scalescope-cli >/dev/null
exec build/dev/app/cli/scalescope-cli demo --output-dir scalescope-results "$@"
