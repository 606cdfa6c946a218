# SPDX-FileCopyrightText: 2026 The ScaleScope authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The live dashboard's charts. Only this folder includes Qt Charts headers (house style, rule 8).
target_sources(scalescope_ui PRIVATE
    charts/cellmetric.h charts/cellmetric.cpp
    charts/chartcolors.h charts/chartcolors.cpp
    charts/refreshthrottle.h charts/refreshthrottle.cpp
    charts/runmodelview.h charts/runmodelview.cpp
    charts/scalechartview.h charts/scalechartview.cpp
    charts/successbarsview.h charts/successbarsview.cpp
    charts/heatmapview.h charts/heatmapview.cpp
    charts/overtimechartview.h charts/overtimechartview.cpp
    charts/eventlogmodel.h charts/eventlogmodel.cpp
    charts/dashboardwidget.h charts/dashboardwidget.cpp
    charts/comparechartview.h charts/comparechartview.cpp
    charts/loadovertimeview.h charts/loadovertimeview.cpp
    charts/loadscalingview.h charts/loadscalingview.cpp
    charts/loadstagesmodel.h charts/loadstagesmodel.cpp
    charts/loadstagesview.h charts/loadstagesview.cpp
)
