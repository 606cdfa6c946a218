# SPDX-FileCopyrightText: 2026 The ScaleScope authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The findings panel: scaling classes, findings with recommendations, threshold verdicts.
target_sources(scalescope_ui PRIVATE
    findings/findingsmodels.h findings/findingsmodels.cpp
    findings/findingsview.h findings/findingsview.cpp
)
