# SPDX-FileCopyrightText: 2026 The ScaleScope authors
# SPDX-License-Identifier: GPL-3.0-or-later
# `cpack -G DEB` in a build directory produces scalescope_<version>_<arch>.deb with the desktop application,
# the command-line tools and the demo target.
install(FILES "${PROJECT_SOURCE_DIR}/resources/plans/demo.json"
              "${PROJECT_SOURCE_DIR}/resources/plans/demo-sweep.json"
              "${PROJECT_SOURCE_DIR}/resources/plans/django-prompts.json"
        DESTINATION share/scalescope/plans)
install(FILES "${PROJECT_SOURCE_DIR}/packaging/scalescope.desktop" DESTINATION share/applications)
install(FILES "${PROJECT_SOURCE_DIR}/packaging/io.scalescope.ScaleScope.metainfo.xml" DESTINATION share/metainfo)
install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/dashboard.svg" DESTINATION share/icons/hicolor/scalable/apps
        RENAME scalescope.svg)
install(FILES "${PROJECT_SOURCE_DIR}/README.md" "${PROJECT_SOURCE_DIR}/docs/plan-format.md"
              "${PROJECT_SOURCE_DIR}/docs/results-schema.md"
        DESTINATION share/doc/scalescope)

set(CPACK_PACKAGE_NAME "scalescope")
set(CPACK_PACKAGE_VENDOR "The ScaleScope authors")
set(CPACK_PACKAGE_CONTACT "The ScaleScope authors <scalescope@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "devel")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time (Qt plugins), so shlibdeps cannot see them: SQLite for the history, SVG for the icons.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6, fonts-dejavu-core")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
include(CPack)
