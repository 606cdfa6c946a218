// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace scalescope::ui {

bool installTranslations(QCoreApplication& app, const QLocale& locale)
{
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    // English plural forms first, whatever the language: the last translator installed is asked first, so a
    // language without a catalogue still reads "1 cell", "2 cells".
    installEnglishPlurals(app);
    if (locale.language() == QLocale::English)
        return true;
    auto* ours = new QTranslator(&app);
    if (ours->load(locale, QStringLiteral("scalescope"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(ours);
        return true;
    }
    delete ours;
    return false;
}

bool installEnglishPlurals(QCoreApplication& app)
{
    auto* plurals = new QTranslator(&app);
    if (plurals->load(QStringLiteral(":/i18n/scalescope_en.qm"))) {
        QCoreApplication::installTranslator(plurals);
        return true;
    }
    delete plurals;
    return false;
}

QStringList availableLanguages()
{
    return { QStringLiteral("en"), QStringLiteral("de") };
}

} // namespace scalescope::ui
