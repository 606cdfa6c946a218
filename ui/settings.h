// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QStringList>

namespace scalescope::ui {

/// The application's settings, typed and in one place (house style, rule 13), stored with QSettings.
/// Never holds a secret. core never reads it: it receives a Plan.
class Settings : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxRecentPlans = 8;

    explicit Settings(QObject* parent = nullptr);

    /// Most recent first, absolute paths, at most kMaxRecentPlans.
    [[nodiscard]] QStringList recentPlans() const;
    /// Moves @p file to the front of the recent plans; emits recentPlansChanged().
    void addRecentPlan(const QString& file);

    /// "" = follow the system locale; otherwise a language code such as "de" or "en".
    [[nodiscard]] QString language() const;
    void setLanguage(const QString& language);

    /// "system", "light" or "dark" (themeName()).
    [[nodiscard]] QString theme() const;
    void setTheme(const QString& theme);

    /// The history database; "" = the default (HistoryStore::defaultPath()).
    [[nodiscard]] QString historyPath() const;
    void setHistoryPath(const QString& path);

    [[nodiscard]] QByteArray windowGeometry() const;
    [[nodiscard]] QByteArray windowState() const;
    void setWindow(const QByteArray& geometry, const QByteArray& state);

Q_SIGNALS:
    void recentPlansChanged();
    void languageChanged(const QString& language);
};

} // namespace scalescope::ui
