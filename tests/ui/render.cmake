# SPDX-FileCopyrightText: 2026 The ScaleScope authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The PDF and chart-image renderers (ui/report), checked with poppler-utils (skipped without them).
scalescope_add_test(tst_render SOURCES tst_render.cpp LIBRARIES scalescope::render)
