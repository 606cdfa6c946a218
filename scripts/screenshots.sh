#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the README's screenshots (offscreen, real runs against the built-in demo target) into docs/screenshots/:
# every main screen in English, and in German with the suffix -de.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh dev scalescope-screenshots >/dev/null
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
for lang in en de; do
    build/dev/tests/screenshots/scalescope-screenshots docs/screenshots "$lang"
done
