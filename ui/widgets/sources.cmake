# SPDX-FileCopyrightText: 2026 The ScaleScope authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Small widgets and delegates shared by the views.
target_sources(scalescope_ui PRIVATE
    widgets/markdelegate.h widgets/markdelegate.cpp
    widgets/statuscolors.h widgets/statuscolors.cpp
    widgets/banner.h widgets/banner.cpp
    widgets/tables.h widgets/tables.cpp
)
