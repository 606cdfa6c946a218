# SPDX-FileCopyrightText: 2026 The ScaleScope authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The dashboard's charts (ui/charts), driven by a RunModel fed with scripted snapshots.
scalescope_add_test(tst_scalechartview SOURCES tst_scalechartview.cpp LIBRARIES scalescope::ui)
scalescope_add_test(tst_successbarsview SOURCES tst_successbarsview.cpp LIBRARIES scalescope::ui)
scalescope_add_test(tst_heatmapview SOURCES tst_heatmapview.cpp LIBRARIES scalescope::ui)
scalescope_add_test(tst_overtimechartview SOURCES tst_overtimechartview.cpp LIBRARIES scalescope::ui)
scalescope_add_test(tst_dashboardwidget SOURCES tst_dashboardwidget.cpp LIBRARIES scalescope::ui)
scalescope_add_test(tst_loadovertimeview SOURCES tst_loadovertimeview.cpp loadfixtures.h LIBRARIES scalescope::ui)
scalescope_add_test(tst_loadstagesmodel SOURCES tst_loadstagesmodel.cpp loadfixtures.h LIBRARIES scalescope::ui)
scalescope_add_test(tst_loadscalingview SOURCES tst_loadscalingview.cpp loadfixtures.h LIBRARIES scalescope::ui)
