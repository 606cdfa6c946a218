# SPDX-FileCopyrightText: 2026 The ScaleScope authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The export dialog: reports and data files of a run or a comparison.
target_sources(scalescope_ui PRIVATE
    export/exportdialog.h export/exportdialog.cpp
)
