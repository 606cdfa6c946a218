# SPDX-FileCopyrightText: 2026 The ScaleScope authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The run wizard: one page per plan section, validated live with validatePlan().
target_sources(scalescope_ui PRIVATE
    wizard/planpage.h wizard/planpage.cpp
    wizard/requestprobe.h wizard/requestprobe.cpp
    wizard/bodyeditor.h wizard/bodyeditor.cpp
    wizard/methodcombo.h wizard/methodcombo.cpp
    wizard/planitemdelegate.h wizard/planitemdelegate.cpp
    wizard/endpointsmodel.h wizard/endpointsmodel.cpp
    wizard/thresholdsmodel.h wizard/thresholdsmodel.cpp
    wizard/secretstore.h wizard/secretstore.cpp
    wizard/targetpage.h wizard/targetpage.cpp
    wizard/authpage.h wizard/authpage.cpp
    wizard/datasetpage.h wizard/datasetpage.cpp
    wizard/numberspinbox.h wizard/numberspinbox.cpp
    wizard/loadpage.h wizard/loadpage.cpp
    wizard/endpointspage.h wizard/endpointspage.cpp
    wizard/measurementpage.h wizard/measurementpage.cpp
    wizard/thresholdspage.h wizard/thresholdspage.cpp
    wizard/reviewpage.h wizard/reviewpage.cpp
    wizard/runwizard.h wizard/runwizard.cpp
)

# The system keychain (optional): without QtKeychain the "Remember in the system keychain" box stays disabled and
# passwords live in memory only.
find_package(Qt6Keychain QUIET)
if(Qt6Keychain_FOUND)
    target_sources(scalescope_ui PRIVATE wizard/keychainbridge.h wizard/keychainbridge.cpp)
    target_link_libraries(scalescope_ui PRIVATE Qt6Keychain::Qt6Keychain)
    target_compile_definitions(scalescope_ui PRIVATE SCALESCOPE_HAVE_QTKEYCHAIN)
else()
    message(STATUS "QtKeychain (Qt 6) not found: the run wizard keeps passwords in memory only")
endif()
