// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The translations as installTranslations() loads them: German from core and ui (so the contexts lupdate extracted
// are the ones looked up at run time), every German placeholder kept, English plural forms for English and for a
// language without a catalogue.
#include "analysis/comparison.h"
#include "analysis/findings.h"
#include "charts/dashboardwidget.h"
#include "engine/runtypes.h"
#include "history/runhistorymodel.h"
#include "labels.h"
#include "plan/planparser.h"
#include "runmodel.h"
#include "syntheticrun.h"
#include "translations.h"
#include "wizard/targetpage.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace scalescope;
using namespace scalescope::ui;

namespace {

/// One message of a .ts file: its context, source and translation(s) (one per plural form for numerus messages).
struct TsMessage {
    QString context;
    QString source;
    bool numerus = false;
    bool unfinished = false;
    QStringList translations;
};

QList<TsMessage> readTs(const QString& fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("context")) {
            context.clear();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = TsMessage();
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            if (message.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("numerusform"))
                        message.translations.append(xml.readElementText());
                    else
                        xml.skipCurrentElement();
                }
            } else {
                message.translations.append(xml.readElementText());
            }
            messages.append(message);
        }
    }
    if (xml.hasError())
        qWarning("%s: %s", qPrintable(fileName), qPrintable(xml.errorString()));
    return messages;
}

/// The placeholders QString::arg() and tr() replace: %1 … %99, %L1 … (as %1) and %n.
QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression placeholder(QStringLiteral("%L?(\\d{1,2}|n)"));
    QSet<QString> found;
    for (auto it = placeholder.globalMatch(text); it.hasNext();)
        found.insert(QLatin1Char('%') + it.next().captured(1));
    return found;
}

QString tsFile(const char* language)
{
    return QStringLiteral(SCALESCOPE_SOURCE_DIR "/translations/scalescope_%1.ts").arg(QLatin1String(language));
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cleanup()
    {
        // installTranslations() parents its translators to the application: remove them between the cases.
        const auto translators = QCoreApplication::instance()->findChildren<QTranslator*>(Qt::FindDirectChildrenOnly);
        for (QTranslator* translator : translators)
            delete translator;
    }

    void germanFromCore()
    {
        QVERIFY(installTranslations(*QCoreApplication::instance(), QLocale(QStringLiteral("de"))));

        // A run phase (QT_TRANSLATE_NOOP table), a plan-validation message, a findings sentence.
        QCOMPARE(runPhaseLabel(RunPhase::Measuring), QStringLiteral("Messen"));
        const auto plan = parsePlan("{\"target\": {\"base_url\": \"http://127.0.0.1:8000\"}}");
        QVERIFY(!plan.ok());
        QVERIFY2(plan.error().message.contains(QStringLiteral("erforderlich (schreiben Sie \"version\": 1)")),
            qPrintable(plan.error().message));
        const QList<analysis::Finding> findings = analysis::findFindings(testing::syntheticRun());
        QVERIFY(!findings.isEmpty());
        QStringList messages;
        for (const analysis::Finding& finding : findings)
            messages.append(finding.message);
        QVERIFY2(messages.join(QLatin1Char('\n')).contains(QStringLiteral("List prompts wächst linear: ")),
            qPrintable(messages.join(QLatin1Char('\n'))));

        // A plural of the comparison (its context was invisible to lupdate before).
        const RunResult base = testing::syntheticRun(testing::demoShape, 1);
        const RunResult candidate = testing::syntheticRun(testing::demoShape, 2);
        const analysis::RunComparison comparison = analysis::compareRuns(base, candidate);
        QVERIFY2(comparison.summary().startsWith(QStringLiteral("%1 Zellen verglichen: ").arg(comparison.cells.size())),
            qPrintable(comparison.summary()));
    }

    void germanFromUi()
    {
        QVERIFY(installTranslations(*QCoreApplication::instance(), QLocale(QStringLiteral("de"))));

        const TargetPage page;
        QCOMPARE(page.title(), QStringLiteral("Ziel"));
        const RunHistoryModel history;
        QCOMPARE(history.headerData(RunHistoryModel::StartedColumn, Qt::Horizontal).toString(),
            QStringLiteral("Gestartet"));
        QCOMPARE(history.headerData(RunHistoryModel::DurationColumn, Qt::Horizontal).toString(),
            QStringLiteral("Dauer"));
        RunModel model;
        const DashboardWidget dashboard(&model);
        const auto* tabs = dashboard.findChild<QTabWidget*>(QStringLiteral("viewTabs"));
        QVERIFY(tabs);
        QCOMPARE(tabs->tabText(1), QStringLiteral("&Erfolgsquote"));
        QCOMPARE(runStatusLabel(RunStatus::Completed), QStringLiteral("Abgeschlossen"));
        QCOMPARE(thresholdVerdictLabel(1, 0), QStringLiteral("bestanden (1 Prüfung)"));
        QCOMPARE(thresholdVerdictLabel(60, 0), QStringLiteral("bestanden (60 Prüfungen)"));
    }

    void everyGermanMessageKeepsItsPlaceholders()
    {
        const QList<TsMessage> messages = readTs(tsFile("de"));
        QVERIFY2(messages.size() > 500, qPrintable(tsFile("de")));
        for (const TsMessage& message : messages) {
            const QString where = message.context + QStringLiteral(": ") + message.source;
            QVERIFY2(!message.unfinished, qPrintable(QStringLiteral("unfinished: ") + where));
            QCOMPARE(message.translations.size(), message.numerus ? 2 : 1);
            for (const QString& translation : message.translations) {
                QVERIFY2(!translation.isEmpty(), qPrintable(QStringLiteral("empty: ") + where));
                QVERIFY2(placeholders(translation) == placeholders(message.source),
                    qPrintable(where + QStringLiteral(" -> ") + translation));
            }
        }
    }

    void englishPluralForms()
    {
        QVERIFY(installTranslations(*QCoreApplication::instance(), QLocale(QStringLiteral("en"))));
        QCOMPARE(thresholdVerdictLabel(1, 0), QStringLiteral("passed (1 check)"));
        QCOMPARE(thresholdVerdictLabel(2, 0), QStringLiteral("passed (2 checks)"));
        QCOMPARE(QCoreApplication::translate("scalescope::RunController", "Run completed: %n cell(s) measured", nullptr, 1),
            QStringLiteral("Run completed: 1 cell measured"));
        QCOMPARE(QCoreApplication::translate("scalescope::RunController", "Run completed: %n cell(s) measured", nullptr, 2),
            QStringLiteral("Run completed: 2 cells measured"));
        // The singular changes more than the noun.
        QCOMPARE(QCoreApplication::translate("scalescope::RunController",
                     "%n record(s) created by this run were already gone", nullptr, 1),
            QStringLiteral("1 record created by this run was already gone"));
        // Everything else stays the source text.
        QCOMPARE(runPhaseLabel(RunPhase::Measuring), QStringLiteral("Measuring"));
    }

    void everyEnglishPluralIsWritten()
    {
        const QList<TsMessage> messages = readTs(tsFile("en"));
        QVERIFY2(!messages.isEmpty(), qPrintable(tsFile("en")));
        for (const TsMessage& message : messages) {
            const QString where = message.context + QStringLiteral(": ") + message.source;
            QVERIFY2(message.numerus && !message.unfinished, qPrintable(where));
            QCOMPARE(message.translations.size(), 2);
            for (const QString& form : message.translations) {
                QVERIFY2(!form.contains(QStringLiteral("(s)")), qPrintable(where + QStringLiteral(" -> ") + form));
                QVERIFY2(placeholders(form) == placeholders(message.source), qPrintable(where));
            }
        }
    }

    void languageWithoutCatalogueGetsEnglishPlurals()
    {
        // No scalescope_fr: English texts, but with the English plural forms rather than "1 check(s)".
        QVERIFY(!installTranslations(*QCoreApplication::instance(), QLocale(QStringLiteral("fr"))));
        QCOMPARE(thresholdVerdictLabel(1, 0), QStringLiteral("passed (1 check)"));
        QCOMPARE(thresholdVerdictLabel(3, 0), QStringLiteral("passed (3 checks)"));
        QCOMPARE(runStatusLabel(RunStatus::Completed), QStringLiteral("Completed"));
        const TargetPage page;
        QCOMPARE(page.title(), QStringLiteral("Target"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
