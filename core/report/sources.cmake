# SPDX-FileCopyrightText: 2026 The ScaleScope authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Reports: pure functions of a finished result — the Document model, SVG charts, HTML, CSV and JUnit writers.
target_sources(scalescope_core PRIVATE
    report/document.h
    report/reports.h
    report/charts.h report/charts.cpp
    report/chartpalette.h report/chartpalette.cpp
    report/svgcanvas.h report/svgcanvas.cpp
    report/reportformat.h report/reportformat.cpp
    report/reportparts.h
    report/runreport.cpp
    report/loadreport.cpp
    report/comparisonreport.cpp
    report/htmlwriter.cpp
    report/csvwriter.cpp
    report/junitwriter.cpp
)
