# SPDX-FileCopyrightText: 2026 The ScaleScope authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The compare view: two runs side by side, deltas judged against noise.
target_sources(scalescope_ui PRIVATE
    compare/comparemodels.h compare/comparemodels.cpp
    compare/compareview.h compare/compareview.cpp
)
