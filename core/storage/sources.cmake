# SPDX-FileCopyrightText: 2026 The ScaleScope authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Run history (SQLite). The only place in the tree that speaks SQL.
target_sources(scalescope_core PRIVATE
    storage/historyschema.h storage/historyschema.cpp
    storage/historystore.h storage/historystore.cpp
    storage/runrecorder.h storage/runrecorder.cpp
)
