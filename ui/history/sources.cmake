# SPDX-FileCopyrightText: 2026 The ScaleScope authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The history browser: stored runs, their details, and the actions on them.
target_sources(scalescope_ui PRIVATE
    history/runhistorymodel.h history/runhistorymodel.cpp
    history/runhistoryfilter.h history/runhistoryfilter.cpp
    history/historyview.h history/historyview.cpp
)
