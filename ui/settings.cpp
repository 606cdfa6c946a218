// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings.h"

#include <QFileInfo>
#include <QSettings>

namespace scalescope::ui {

namespace {
    const QString kRecentPlans = QStringLiteral("recentPlans");
    const QString kLanguage = QStringLiteral("language");
    const QString kHistoryPath = QStringLiteral("historyPath");
    const QString kTheme = QStringLiteral("theme");
    const QString kGeometry = QStringLiteral("window/geometry");
    const QString kState = QStringLiteral("window/state");
} // namespace

Settings::Settings(QObject* parent)
    : QObject(parent)
{
}

QStringList Settings::recentPlans() const
{
    return QSettings().value(kRecentPlans).toStringList().mid(0, kMaxRecentPlans);
}

void Settings::addRecentPlan(const QString& file)
{
    QStringList recent = recentPlans();
    const QString absolute = QFileInfo(file).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    QSettings().setValue(kRecentPlans, recent.mid(0, kMaxRecentPlans));
    Q_EMIT recentPlansChanged();
}

QString Settings::language() const
{
    return QSettings().value(kLanguage).toString();
}

void Settings::setLanguage(const QString& language)
{
    if (language == this->language())
        return;
    QSettings().setValue(kLanguage, language);
    Q_EMIT languageChanged(language);
}

QString Settings::theme() const
{
    return QSettings().value(kTheme, QStringLiteral("system")).toString();
}

void Settings::setTheme(const QString& theme)
{
    QSettings().setValue(kTheme, theme);
}

QString Settings::historyPath() const
{
    return QSettings().value(kHistoryPath).toString();
}

void Settings::setHistoryPath(const QString& path)
{
    QSettings().setValue(kHistoryPath, path);
}

QByteArray Settings::windowGeometry() const
{
    return QSettings().value(kGeometry).toByteArray();
}

QByteArray Settings::windowState() const
{
    return QSettings().value(kState).toByteArray();
}

void Settings::setWindow(const QByteArray& geometry, const QByteArray& state)
{
    QSettings settings;
    settings.setValue(kGeometry, geometry);
    settings.setValue(kState, state);
}

} // namespace scalescope::ui
