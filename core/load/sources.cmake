# SPDX-FileCopyrightText: 2026 The ScaleScope authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Load, stress, endurance and concurrency-sweep tests: the generator, its schedule, its statistics.
target_sources(scalescope_core PRIVATE
    load/loadtypes.h load/loadtypes.cpp
    load/loadbucket.h load/loadbucket.cpp
    load/loadworker.h load/loadworker.cpp
    load/loadrunner.h load/loadrunner.cpp
    load/processmonitor.h load/processmonitor.cpp
)
