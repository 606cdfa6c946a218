// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The export dialog: every file of a run or a comparison written into the chosen folder, named after the run.
#include "export/exportdialog.h"
#include "syntheticrun.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace scalescope;
using namespace scalescope::ui;

class TestExportDialog : public QObject {
    Q_OBJECT

    static void check(ExportDialog& dialog, const char* name, bool on)
    {
        auto* box = dialog.findChild<QCheckBox*>(QLatin1String(name));
        QVERIFY2(box, name);
        box->setChecked(on);
    }

private Q_SLOTS:
    void writesEveryFileOfARun()
    {
        QTemporaryDir dir;
        ExportSource source;
        source.run = ExportSource::Run { testing::syntheticRun(), { 12, QStringLiteral("before the index") } };
        ExportDialog dialog(source);
        dialog.setFolder(dir.path());
        QCOMPARE(dialog.baseName(), QStringLiteral("scalescope-run-12"));
        for (const char* name : { "exportHtml", "exportPdf", "exportCharts", "exportCsv", "exportJson", "exportJunit" })
            check(dialog, name, true);
        QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("exportButton"))->isEnabled());
        const QStringList files = dialog.exportNow();
        for (const char* suffix : { ".html", ".pdf", ".csv", ".json", ".junit.xml", "-response-time.svg" })
            QVERIFY2(files.contains(dir.filePath(QStringLiteral("scalescope-run-12") + QLatin1String(suffix))),
                qPrintable(files.join(QLatin1Char(' '))));
        for (const QString& file : files)
            QVERIFY2(QFile(file).size() > 100, qPrintable(file));
        QFile pdf(dir.filePath(QStringLiteral("scalescope-run-12.pdf")));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("exportStatus"))->text().contains(QStringLiteral("scalescope-run-12.html")));
    }

    void nothingSelectedCannotBeExported()
    {
        ExportSource source;
        source.run = ExportSource::Run { testing::syntheticRun(), {} };
        ExportDialog dialog(source);
        check(dialog, "exportHtml", false);
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("exportButton"))->isEnabled());
    }

    void aComparisonWritesItsReport()
    {
        QTemporaryDir dir;
        ExportSource source;
        source.base = ExportSource::Run { testing::syntheticRun(testing::demoShape, 1), { 3, QString() } };
        source.candidate = ExportSource::Run { testing::syntheticRun(testing::demoShape, 2), { 5, QString() } };
        ExportDialog dialog(source);
        QVERIFY(dialog.isComparison());
        QCOMPARE(dialog.baseName(), QStringLiteral("scalescope-compare-3-vs-5"));
        QVERIFY(dialog.findChild<QCheckBox*>(QStringLiteral("exportCsv"))->isHidden()); // per run only
        dialog.setFolder(dir.path());
        check(dialog, "exportCharts", true);
        const QStringList files = dialog.exportNow();
        QVERIFY2(files.contains(dir.filePath(QStringLiteral("scalescope-compare-3-vs-5.html"))), qPrintable(files.join(QLatin1Char(' '))));
        QVERIFY(files.size() >= 2); // the report and the overlay chart
    }

    void anUnwritableFolderIsReported()
    {
        ExportSource source;
        source.run = ExportSource::Run { testing::syntheticRun(), {} };
        ExportDialog dialog(source);
        dialog.setFolder(QStringLiteral("/proc/scalescope-cannot-be-here"));
        QVERIFY(dialog.exportNow().isEmpty());
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("exportStatus"))->text().contains(QStringLiteral("/proc/scalescope-cannot-be-here")));
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
