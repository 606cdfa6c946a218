// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>

class QCoreApplication;

namespace scalescope::ui {

/// Installs Qt's own translations (dialog buttons) and ScaleScope's for @p locale on @p app: German from
/// scalescope_de, English plural forms ("1 cell", "2 cells") from scalescope_en. Returns whether ScaleScope's
/// catalogue for the language was found. The translators are children of @p app.
bool installTranslations(QCoreApplication& app, const QLocale& locale);

/// Only the English plural forms ("1 cell", "2 cells" for "%n cell(s)"): the command line's reports, which stay
/// English whatever the locale (scripts compare them). Returns whether the catalogue was found.
bool installEnglishPlurals(QCoreApplication& app);

/// The languages ScaleScope is translated into, as codes ("en", "de").
[[nodiscard]] QStringList availableLanguages();

} // namespace scalescope::ui
