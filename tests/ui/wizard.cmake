# SPDX-FileCopyrightText: 2026 The ScaleScope authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The run wizard (ui/wizard): pages against the in-process demo target, its item models, the keychain fallback.
scalescope_add_test(tst_runwizard SOURCES tst_runwizard.cpp LIBRARIES scalescope::ui scalescope_demotarget)
scalescope_add_test(tst_endpointsmodel SOURCES tst_endpointsmodel.cpp LIBRARIES scalescope::ui)
scalescope_add_test(tst_thresholdsmodel SOURCES tst_thresholdsmodel.cpp LIBRARIES scalescope::ui)
scalescope_add_test(tst_secretstore SOURCES tst_secretstore.cpp LIBRARIES scalescope::ui)
