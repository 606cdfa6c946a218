// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// scalescope-cli end to end: exit codes, messages, results file, Ctrl-C.
#include "demotargetthread.h"
#include "nettesting.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace scalescope;

namespace {

struct Outcome {
    int exitCode = -1;
    QString out;
    QString err;
};

Outcome runCli(const QStringList& arguments, const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SCALESCOPE_CLI), arguments);
    process.closeWriteChannel();
    if (!process.waitForFinished(180000)) {
        process.kill();
        process.waitForFinished();
    }
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
             QString::fromLocal8Bit(process.readAllStandardOutput()), QString::fromLocal8Bit(process.readAllStandardError()) };
}

// A sweep plan whose second endpoint has a path without the leading "/".
const char* const kBadFieldPlan = "{\"version\":1,\"target\":{\"base_url\":\"http://127.0.0.1:8000\"},"
                                  "\"dataset\":{\"mode\":\"sweep\",\"sizes\":[1,2]},"
                                  "\"endpoints\":[{\"name\":\"a\",\"method\":\"GET\",\"path\":\"/x/{size}\"},"
                                  "{\"name\":\"b\",\"method\":\"GET\",\"path\":\"nope\"}]}";

QString demoPlan()
{
    return QStringLiteral(SCALESCOPE_SOURCE_DIR "/resources/plans/demo.json");
}

QProcessEnvironment withPassword(const QString& password)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TST_CLI_PASSWORD"), password);
    return environment;
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void validateAcceptsTheBundledPlans_data()
    {
        QTest::addColumn<QString>("file");
        for (const char* name : { "demo.json", "demo-sweep.json", "django-prompts.json" })
            QTest::addRow("%s", name) << QStringLiteral(SCALESCOPE_SOURCE_DIR "/resources/plans/") + QLatin1String(name);
    }
    void validateAcceptsTheBundledPlans()
    {
        QFETCH(QString, file);
        const Outcome outcome = runCli({ QStringLiteral("validate"), file });
        QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.err));
        QVERIFY(outcome.out.contains(QStringLiteral("valid plan")));
    }

    void badInputExitsTwoNamingTheProblem_data()
    {
        QTest::addColumn<QByteArray>("planJson");
        QTest::addColumn<QStringList>("fragments");
        QTest::addRow("broken json") << QByteArray("{\n  \"version\": 1,\n  \"name\": \n}") << QStringList { QStringLiteral("line 4"), QStringLiteral("column") };
        QTest::addRow("bad field") << QByteArray(kBadFieldPlan)
                                   << QStringList { QStringLiteral("endpoints[1].path"), QStringLiteral("/") };
    }
    void badInputExitsTwoNamingTheProblem()
    {
        QFETCH(QByteArray, planJson);
        QFETCH(QStringList, fragments);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("plan.json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(planJson);
        out.close();
        for (const QString& command : { QStringLiteral("validate"), QStringLiteral("run") }) {
            const Outcome outcome = runCli({ command, file });
            QCOMPARE(outcome.exitCode, 2);
            for (const QString& fragment : fragments)
                QVERIFY2(outcome.err.contains(fragment), qPrintable(command + QStringLiteral(": ") + outcome.err));
        }
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("fragment");
        QTest::addRow("no command") << QStringList {} << QStringLiteral("no command");
        QTest::addRow("unknown command") << QStringList { QStringLiteral("fly") } << QStringLiteral("unknown command");
        QTest::addRow("unknown option") << QStringList { QStringLiteral("run"), demoPlan(), QStringLiteral("--frobnicate") } << QStringLiteral("--frobnicate");
        QTest::addRow("bad iterations") << QStringList { QStringLiteral("run"), demoPlan(), QStringLiteral("--iterations"), QStringLiteral("x") } << QStringLiteral("--iterations");
        QTest::addRow("bad sizes") << QStringList { QStringLiteral("run"), demoPlan(), QStringLiteral("--sizes"), QStringLiteral("10"), QStringLiteral("ten") } << QStringLiteral("--sizes");
        QTest::addRow("descending sizes") << QStringList { QStringLiteral("run"), demoPlan(), QStringLiteral("--sizes"), QStringLiteral("50"), QStringLiteral("10") } << QStringLiteral("dataset.sizes[1]");
        QTest::addRow("bad host") << QStringList { QStringLiteral("run"), demoPlan(), QStringLiteral("--host"), QStringLiteral("ftp://x") } << QStringLiteral("--host");
        QTest::addRow("password on command line") << QStringList { QStringLiteral("run"), demoPlan(), QStringLiteral("--password"), QStringLiteral("x") } << QStringLiteral("--password-env");
        QTest::addRow("unset password env") << QStringList { QStringLiteral("run"), demoPlan(), QStringLiteral("--password-env"), QStringLiteral("TST_CLI_SURELY_UNSET") } << QStringLiteral("TST_CLI_SURELY_UNSET");
        QTest::addRow("missing plan file") << QStringList { QStringLiteral("run"), QStringLiteral("/nonexistent/plan.json") } << QStringLiteral("/nonexistent/plan.json");
    }
    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, fragment);
        const Outcome outcome = runCli(arguments);
        QCOMPARE(outcome.exitCode, 2);
        QVERIFY2(outcome.err.contains(fragment), qPrintable(outcome.err));
    }

    void runWritesResultsAndCleansUp()
    {
        demo::DemoTargetThread target;
        const Result<QUrl> url = target.start(demo::DemoTargetOptions {});
        QVERIFY(url.ok());
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("results.json"));
        const Outcome outcome = runCli({ QStringLiteral("run"), demoPlan(), QStringLiteral("--host"), url.value().toString(),
                                         QStringLiteral("--password-env"), QStringLiteral("TST_CLI_PASSWORD"), QStringLiteral("--sizes"),
                                         QStringLiteral("3"), QStringLiteral("6"), QStringLiteral("--iterations"), QStringLiteral("2"),
                                         QStringLiteral("--json"), json, QStringLiteral("--debug") },
                                       withPassword(QStringLiteral("admin_password")));
        QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.out + outcome.err));
        QVERIFY(outcome.out.contains(QStringLiteral("Size 3 (3 records)")));
        QVERIFY(outcome.out.contains(QStringLiteral("Size 6 (6 records)")));
        QVERIFY(outcome.out.contains(QStringLiteral("Find duplicates")));
        QVERIFY2(outcome.out.contains(QStringLiteral("Thresholds: all 24 check(s) passed")), qPrintable(outcome.out));
        // --debug lists requests, but never the password or the token.
        QVERIFY(outcome.err.contains(QStringLiteral("[debug] POST")));
        QVERIFY(!outcome.err.contains(QStringLiteral("admin_password")));
        QVERIFY(!outcome.out.contains(QStringLiteral("admin_password")));
        QCOMPARE(target.recordCount(), 0);

        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains("admin_password"));
        const QJsonObject root = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(root.value(QStringLiteral("schema")).toString(), QStringLiteral("scalescope-results"));
        QCOMPARE(root.value(QStringLiteral("run")).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
        QCOMPARE(root.value(QStringLiteral("run")).toObject().value(QStringLiteral("records_created")).toInt(), 6);
        QCOMPARE(root.value(QStringLiteral("cells")).toArray().size(), 2 * 6);
        for (const QJsonValue& cell : root.value(QStringLiteral("cells")).toArray()) {
            const QJsonObject object = cell.toObject();
            for (const char* key : { "size", "endpoint", "count", "success_rate", "latency_ms", "throughput_rps", "samples_ms" })
                QVERIFY2(object.contains(QLatin1String(key)), key);
        }
    }

    void failedThresholdExitsOne()
    {
        demo::DemoTargetThread target;
        const Result<QUrl> url = target.start(demo::DemoTargetOptions {});
        QVERIFY(url.ok());
        QFile demo(demoPlan());
        QVERIFY(demo.open(QIODevice::ReadOnly));
        QJsonObject plan = QJsonDocument::fromJson(demo.readAll()).object();
        // No HTTP round trip takes 1 µs: every cell of "Count prompts" violates this.
        plan.insert(QStringLiteral("thresholds"),
                    QJsonArray { QJsonObject { { QStringLiteral("endpoint"), QStringLiteral("Count prompts") },
                                               { QStringLiteral("metric"), QStringLiteral("p50") },
                                               { QStringLiteral("max"), 0.001 } } });
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("plan.json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(plan).toJson());
        out.close();
        const QString json = dir.filePath(QStringLiteral("results.json"));
        const Outcome outcome = runCli({ QStringLiteral("run"), file, QStringLiteral("--host"), url.value().toString(),
                                         QStringLiteral("--password-env"), QStringLiteral("TST_CLI_PASSWORD"), QStringLiteral("--sizes"),
                                         QStringLiteral("2"), QStringLiteral("4"), QStringLiteral("--iterations"), QStringLiteral("2"),
                                         QStringLiteral("--json"), json },
                                       withPassword(QStringLiteral("admin_password")));
        QCOMPARE(outcome.exitCode, 1);
        QVERIFY2(outcome.out.contains(QStringLiteral("Thresholds: 2 of 2 checks FAILED")), qPrintable(outcome.out));
        QVERIFY(outcome.out.contains(QStringLiteral("Count prompts at size 4: p50")));
        QCOMPARE(target.recordCount(), 0);
        QFile results(json);
        QVERIFY(results.open(QIODevice::ReadOnly));
        const QJsonObject thresholds = QJsonDocument::fromJson(results.readAll()).object().value(QStringLiteral("thresholds")).toObject();
        QCOMPARE(thresholds.value(QStringLiteral("passed")).toBool(), false);
        QCOMPARE(thresholds.value(QStringLiteral("failures")).toInt(), 2);
    }

    void wrongPasswordExitsThree()
    {
        demo::DemoTargetThread target;
        const Result<QUrl> url = target.start(demo::DemoTargetOptions {});
        QVERIFY(url.ok());
        const Outcome outcome = runCli({ QStringLiteral("run"), demoPlan(), QStringLiteral("--host"), url.value().toString(),
                                         QStringLiteral("--password-env"), QStringLiteral("TST_CLI_PASSWORD") },
                                       withPassword(QStringLiteral("not-the-password")));
        QCOMPARE(outcome.exitCode, 3);
        QVERIFY2(outcome.err.contains(url.value().toString() + QStringLiteral("/api/auth/login/")), qPrintable(outcome.err));
        QVERIFY2(outcome.err.contains(QStringLiteral("401")), qPrintable(outcome.err));
        QVERIFY2(outcome.err.contains(QStringLiteral("Invalid credentials")), qPrintable(outcome.err));
        QVERIFY(!outcome.err.contains(QStringLiteral("not-the-password")));
        QCOMPARE(target.recordCount(), 0);
    }

    void deadTargetExitsThree()
    {
        const quint16 port = test::closedPort(); // nothing listens there
        QVERIFY(port != 0);
        const Outcome outcome = runCli({ QStringLiteral("run"), demoPlan(), QStringLiteral("--host"),
                                         QStringLiteral("http://127.0.0.1:%1").arg(port), QStringLiteral("--password-env"),
                                         QStringLiteral("TST_CLI_PASSWORD") },
                                       withPassword(QStringLiteral("x")));
        QCOMPARE(outcome.exitCode, 3);
        QVERIFY2(outcome.err.contains(QString::number(port)), qPrintable(outcome.err));
    }

    void demoCommandRuns()
    {
        QTemporaryDir dir;
        const Outcome outcome = runCli({ QStringLiteral("demo"), QStringLiteral("--sizes"), QStringLiteral("2"), QStringLiteral("4"),
                                         QStringLiteral("--iterations"), QStringLiteral("2"), QStringLiteral("--output-dir"), dir.path() });
        QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.out + outcome.err));
        QVERIFY(outcome.out.contains(QStringLiteral("Demo target listening on http://127.0.0.1:")));
        QCOMPARE(QDir(dir.path()).entryList({ QStringLiteral("scalescope-results-*.json") }).size(), 1);
    }

    void interruptStopsPromptlyCleansUpAndWritesPartialResults()
    {
        demo::DemoTargetThread target;
        const Result<QUrl> url = target.start(demo::DemoTargetOptions {});
        QVERIFY(url.ok());
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("partial.json"));
        QProcess process;
        process.setProcessEnvironment(withPassword(QStringLiteral("admin_password")));
        process.start(QStringLiteral(SCALESCOPE_CLI),
                      { QStringLiteral("run"), demoPlan(), QStringLiteral("--host"), url.value().toString(), QStringLiteral("--password-env"),
                        QStringLiteral("TST_CLI_PASSWORD"), QStringLiteral("--sizes"), QStringLiteral("20"), QStringLiteral("200"),
                        QStringLiteral("400"), QStringLiteral("--iterations"), QStringLiteral("40"), QStringLiteral("--json"), json });
        QVERIFY(process.waitForStarted());
        // Interrupt once the first cell has been reported.
        QString seen;
        QTRY_VERIFY_WITH_TIMEOUT((seen += QString::fromLocal8Bit(process.readAllStandardOutput())).contains(QStringLiteral("[1/")), 60000);
        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 4);
        QCOMPARE(target.recordCount(), 0);
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(root.value(QStringLiteral("run")).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
        const int cells = int(root.value(QStringLiteral("cells")).toArray().size());
        QVERIFY(cells >= 1);
        QVERIFY(cells < 3 * 6);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
