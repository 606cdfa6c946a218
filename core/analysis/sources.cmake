# SPDX-FileCopyrightText: 2026 The ScaleScope authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Analysis: pure functions of measured results.
target_sources(scalescope_core PRIVATE
    analysis/thresholds.h analysis/thresholds.cpp
    analysis/complexity.h analysis/complexity.cpp
    analysis/finding.h analysis/finding.cpp
    analysis/findings.h analysis/findings.cpp
    analysis/comparison.h analysis/comparison.cpp
    analysis/ranktest.h analysis/ranktest.cpp
    analysis/runanalysis.h analysis/runanalysis.cpp
    analysis/loadanalysis.h analysis/loadanalysis.cpp
)
