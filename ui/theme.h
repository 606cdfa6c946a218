// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPalette>
#include <QString>

class QApplication;

namespace scalescope::ui {

/// The application's colours: the platform's, or ScaleScope's light or dark palette on the Fusion style
/// (every view restyles itself on a palette change).
enum class Theme { System, Light, Dark };

/// Stable names for the setting: "system", "light", "dark"; unknown names are System.
[[nodiscard]] QString themeName(Theme theme);
[[nodiscard]] Theme themeFromName(const QString& name);
/// The palette of a theme (System: the style's standard palette).
[[nodiscard]] QPalette themePalette(Theme theme);
/// Applies @p theme to @p app at once.
void applyTheme(QApplication& app, Theme theme);

} // namespace scalescope::ui
