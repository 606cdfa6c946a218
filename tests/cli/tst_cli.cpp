// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// scalescope-cli end to end: exit codes, messages, results file, Ctrl-C.
#include "demotargetthread.h"
#include "nettesting.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
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

// Every CLI started by this test keeps its default history out of the user's home.
QProcessEnvironment testEnvironment()
{
    static QTemporaryDir dataHome;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dataHome.path());
    return environment;
}

// Runs the CLI. `run` and `demo` measure exactly the iterations (--min-duration 0) unless a test asks for a
// duration: the demo plan's one second per cell is for stable classes, which most tests do not look at.
Outcome runCli(QStringList arguments, const QProcessEnvironment& environment = testEnvironment())
{
    if (!arguments.isEmpty() && (arguments.first() == QLatin1String("run") || arguments.first() == QLatin1String("demo"))
        && !arguments.contains(QLatin1String("--min-duration")))
        arguments << QStringLiteral("--min-duration") << QStringLiteral("0");
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
    QProcessEnvironment environment = testEnvironment();
    environment.insert(QStringLiteral("TST_CLI_PASSWORD"), password);
    return environment;
}

QJsonObject readJsonFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

/// A load plan against the demo target without a dataset: log in, then one endpoint (the count, cheap and flat).
QString writeLoadPlan(const QTemporaryDir& dir, const QUrl& base, const QString& name)
{
    const QString file = dir.filePath(name + QStringLiteral(".json"));
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return {};
    out.write(QStringLiteral(R"({ "version": 1, "name": "%1", "target": { "base_url": "%2", "timeout_ms": 5000 },
  "auth": { "type": "login", "username": "admin",
            "login": { "method": "POST", "path": "/api/auth/login/",
                       "body": { "username": "{username}", "password": "{password}" }, "token_pointer": "/token" } },
  "dataset": { "sizes": [] },
  "endpoints": [ { "name": "Count prompts", "method": "GET", "path": "/api/prompts/count/", "expect": [200] } ],
  "load": { "kind": "load" } })").arg(name, base.toString()).toUtf8());
    return file;
}

/// Two users for a second against http://127.0.0.1:PORT/, without a login or a dataset.
QString writeUnauthenticatedLoadPlan(const QTemporaryDir& dir, quint16 port)
{
    const QString file = dir.filePath(QStringLiteral("unauthenticated.json"));
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return {};
    // The URL is put in with arg(): moc reads a "//" inside a raw string literal as the start of a comment.
    out.write(QStringLiteral(R"({ "version": 1, "target": { "base_url": "%1" }, "dataset": { "sizes": [] },
  "endpoints": [ { "name": "root", "method": "GET", "path": "/" } ],
  "load": { "kind": "load", "users": 2, "spawn_rate": 0, "duration_s": 1 } })")
                  .arg(QStringLiteral("http://127.0.0.1:%1").arg(port))
                  .toUtf8());
    return file;
}

const QJsonObject stageOf(const QJsonObject& results, int index)
{
    return results.value(QStringLiteral("load")).toObject().value(QStringLiteral("stages")).toArray().at(index).toObject();
}

bool hasFinding(const QJsonObject& results, const QString& kind, const QString& severity)
{
    for (const QJsonValue& finding : results.value(QStringLiteral("findings")).toArray()) {
        if (finding[QStringLiteral("kind")].toString() == kind && finding[QStringLiteral("severity")].toString() == severity)
            return true;
    }
    return false;
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
        QTest::addRow("bad min duration") << QStringList { QStringLiteral("run"), demoPlan(), QStringLiteral("--min-duration"), QStringLiteral("-1") } << QStringLiteral("--min-duration");
        QTest::addRow("bad sizes") << QStringList { QStringLiteral("run"), demoPlan(), QStringLiteral("--sizes"), QStringLiteral("10"), QStringLiteral("ten") } << QStringLiteral("--sizes");
        QTest::addRow("descending sizes") << QStringList { QStringLiteral("run"), demoPlan(), QStringLiteral("--sizes"), QStringLiteral("50"), QStringLiteral("10") } << QStringLiteral("dataset.sizes[1]");
        QTest::addRow("bad host") << QStringList { QStringLiteral("run"), demoPlan(), QStringLiteral("--host"), QStringLiteral("ftp://x") } << QStringLiteral("--host");
        QTest::addRow("password on command line") << QStringList { QStringLiteral("run"), demoPlan(), QStringLiteral("--password"), QStringLiteral("x") } << QStringLiteral("--password-env");
        QTest::addRow("unset password env") << QStringList { QStringLiteral("run"), demoPlan(), QStringLiteral("--password-env"), QStringLiteral("TST_CLI_SURELY_UNSET") } << QStringLiteral("TST_CLI_SURELY_UNSET");
        QTest::addRow("history without action") << QStringList { QStringLiteral("history") } << QStringLiteral("expects list, show");
        QTest::addRow("history bad run") << QStringList { QStringLiteral("history"), QStringLiteral("show"), QStringLiteral("yesterday") } << QStringLiteral("'yesterday' is not a run");
        QTest::addRow("compare one run") << QStringList { QStringLiteral("compare"), QStringLiteral("3") } << QStringLiteral("expects a candidate run");
        QTest::addRow("bad tolerance") << QStringList { QStringLiteral("compare"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("--fail-on-regression"), QStringLiteral("lots") } << QStringLiteral("--fail-on-regression");
        QTest::addRow("option of another command") << QStringList { QStringLiteral("history"), QStringLiteral("list"), QStringLiteral("--sizes"), QStringLiteral("3") } << QStringLiteral("does not take --sizes");
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

    void loadTestOfADeadTargetExitsThree()
    {
        // No login to fail first: every request of the load is refused, which makes the target unreachable.
        const quint16 port = test::closedPort();
        QVERIFY(port != 0);
        QTemporaryDir dir;
        const QString plan = writeUnauthenticatedLoadPlan(dir, port);
        QVERIFY(!plan.isEmpty());
        const Outcome outcome = runCli({ QStringLiteral("run"), plan, QStringLiteral("--no-history") });
        QCOMPARE(outcome.exitCode, 3);
        QVERIFY2(outcome.err.contains(QStringLiteral("answered none of the load test's"))
                     && outcome.err.contains(QString::number(port)) && outcome.err.contains(QStringLiteral("refused")),
                 qPrintable(outcome.out + outcome.err));
    }

    void stressRunFindsTheBreakingPoint()
    {
        // The demo target answers 503 beyond 300 requests a second. Users think 20 ms (≈ 45 requests/s each):
        // 2 and 6 users stay below the capacity, 10 users exceed it.
        demo::DemoTargetOptions options;
        options.maxRequestsPerSecond = 300;
        demo::DemoTargetThread target;
        const Result<QUrl> url = target.start(options);
        QVERIFY(url.ok());
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("stress.json"));
        const Outcome outcome = runCli({ QStringLiteral("run"), writeLoadPlan(dir, url.value(), QStringLiteral("stress")),
                                         QStringLiteral("--password-env"), QStringLiteral("TST_CLI_PASSWORD"),
                                         QStringLiteral("--load"), QStringLiteral("stress"), QStringLiteral("--users"),
                                         QStringLiteral("2"), QStringLiteral("--spawn-rate"), QStringLiteral("0"),
                                         QStringLiteral("--think"), QStringLiteral("0.02"), QStringLiteral("--step"),
                                         QStringLiteral("4"), QStringLiteral("--max"), QStringLiteral("30"),
                                         QStringLiteral("--step-duration"), QStringLiteral("2"), QStringLiteral("--recovery"),
                                         QStringLiteral("2"), QStringLiteral("--no-history"), QStringLiteral("--json"), json },
                                       withPassword(QStringLiteral("admin_password")));
        QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.out + outcome.err));
        QVERIFY2(outcome.out.contains(QStringLiteral("Breaking point: error rate")), qPrintable(outcome.out));
        const QJsonObject results = readJsonFile(json);
        const QJsonObject stress = results[QStringLiteral("load")][QStringLiteral("stress")].toObject();
        QCOMPARE(stress[QStringLiteral("reason")].toString(), QStringLiteral("error-rate"));
        const int breaking = stress[QStringLiteral("breaking_stage")].toInt(-1);
        const int good = stress[QStringLiteral("last_good_stage")].toInt(-1);
        QVERIFY2(breaking >= 1 && good == breaking - 1, qPrintable(QStringLiteral("%1 / %2").arg(good).arg(breaking)));
        QVERIFY(stageOf(results, breaking)[QStringLiteral("level")].toDouble() >= 6);
        QVERIFY(stageOf(results, breaking)[QStringLiteral("failures_by_kind")][QStringLiteral("http_5xx")].toInt() > 0);
        QCOMPARE(stageOf(results, good)[QStringLiteral("failures")].toInt(), 0);
        const QJsonObject recovery = stageOf(results, stress[QStringLiteral("recovery_stage")].toInt(-1));
        QCOMPARE(recovery[QStringLiteral("role")].toString(), QStringLiteral("recovery"));
        QCOMPARE(recovery[QStringLiteral("failures")].toInt(), 0);
        QVERIFY(hasFinding(results, QStringLiteral("breaking_point"), QStringLiteral("warning")));
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("admin_password"));
    }

    void openModelShowsAStallTheClosedModelHides()
    {
        // Each target stops answering for 1 s once, 2 s after its first request. Both runs send ~90 requests/s.
        demo::DemoTargetOptions options;
        options.stallAfterMs = 2000;
        options.stallMs = 1000;
        QTemporaryDir dir;
        const auto run = [&](const QStringList& shape) {
            demo::DemoTargetThread target;
            const Result<QUrl> url = target.start(options);
            if (!url.ok())
                return QJsonObject {};
            const QString json = dir.filePath(QStringLiteral("run-%1.json").arg(shape.join(QLatin1Char('_'))));
            const Outcome outcome = runCli(QStringList { QStringLiteral("run"), writeLoadPlan(dir, url.value(), QStringLiteral("stall")),
                                                         QStringLiteral("--password-env"), QStringLiteral("TST_CLI_PASSWORD"),
                                                         QStringLiteral("--duration"), QStringLiteral("5"),
                                                         QStringLiteral("--no-history"), QStringLiteral("--json"), json }
                                               + shape,
                                           withPassword(QStringLiteral("admin_password")));
            if (outcome.exitCode != 0)
                qWarning("%s", qPrintable(outcome.out + outcome.err));
            return readJsonFile(json);
        };
        const QJsonObject open = run({ QStringLiteral("--model"), QStringLiteral("open"), QStringLiteral("--rate"), QStringLiteral("90") });
        const QJsonObject closed = run({ QStringLiteral("--model"), QStringLiteral("closed"), QStringLiteral("--users"),
                                         QStringLiteral("2"), QStringLiteral("--spawn-rate"), QStringLiteral("0"),
                                         QStringLiteral("--think"), QStringLiteral("0.02") });
        const QJsonObject o = stageOf(open, 0);
        const QJsonObject c = stageOf(closed, 0);
        const auto value = [](const QJsonObject& stage, const char* key) { return stage[QLatin1String(key)].toDouble(); };
        const QString numbers = QStringLiteral("open p99 %1 max %2 raw p99 %3 (%4/s); closed p99 %5 max %6 (%7/s)")
                                    .arg(value(o, "p99_ms")).arg(value(o, "max_ms")).arg(value(o, "raw_p99_ms"))
                                    .arg(value(o, "throughput")).arg(value(c, "p99_ms")).arg(value(c, "max_ms"))
                                    .arg(value(c, "throughput"));
        QVERIFY2(value(o, "max_ms") > 800 && value(c, "max_ms") > 800, qPrintable(numbers)); // both met the stall
        QVERIFY2(value(o, "p99_ms") > 500, qPrintable(numbers)); // the open model shows it in p99
        QVERIFY2(value(c, "p99_ms") < 100, qPrintable(numbers)); // the closed model hides it
        QVERIFY2(std::abs(value(o, "throughput") - value(c, "throughput")) < 0.35 * value(o, "throughput"), qPrintable(numbers));
        qInfo("%s", qPrintable(numbers));
    }

    void enduranceRunReportsALeak()
    {
        // Every request keeps 64 KB for good; the target's /metrics reports its resident memory.
        demo::DemoTargetOptions options;
        options.leakBytesPerRequest = 64 * 1024;
        demo::DemoTargetThread target;
        const Result<QUrl> url = target.start(options);
        QVERIFY(url.ok());
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("endurance.json"));
        const Outcome outcome = runCli({ QStringLiteral("run"), writeLoadPlan(dir, url.value(), QStringLiteral("endurance")),
                                         QStringLiteral("--password-env"), QStringLiteral("TST_CLI_PASSWORD"),
                                         QStringLiteral("--load"), QStringLiteral("endurance"), QStringLiteral("--duration"),
                                         QStringLiteral("12"), QStringLiteral("--interval"), QStringLiteral("2"),
                                         QStringLiteral("--users"), QStringLiteral("2"), QStringLiteral("--think"),
                                         QStringLiteral("0.02"), QStringLiteral("--metrics-url"),
                                         url.value().resolved(QUrl(QStringLiteral("/metrics"))).toString(),
                                         QStringLiteral("--no-history"), QStringLiteral("--json"), json },
                                       withPassword(QStringLiteral("admin_password")));
        QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.out + outcome.err));
        const QJsonObject results = readJsonFile(json);
        const QJsonObject load = results[QStringLiteral("load")].toObject();
        QVERIFY(load[QStringLiteral("target_memory")][QStringLiteral("samples")].toArray().size() >= 6);
        QCOMPARE(load[QStringLiteral("stages")].toArray().size(), 1 + 6); // the hold and its six intervals
        QVERIFY2(hasFinding(results, QStringLiteral("memory_growth"), QStringLiteral("warning")), qPrintable(outcome.out));
        QVERIFY(outcome.out.contains(QStringLiteral("Target memory grows")));
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

    void historyStoresListsShowsAndEditsRuns()
    {
        demo::DemoTargetThread target;
        const Result<QUrl> url = target.start(demo::DemoTargetOptions {});
        QVERIFY(url.ok());
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("history.sqlite"));
        const QStringList dbArgs { QStringLiteral("--db"), db };

        Outcome outcome = runCli(QStringList { QStringLiteral("history"), QStringLiteral("list") } + dbArgs);
        QCOMPARE(outcome.exitCode, 0);
        QVERIFY2(outcome.out.contains(QStringLiteral("No runs stored yet")), qPrintable(outcome.out));
        QVERIFY(!QFile::exists(db)); // listing creates nothing

        outcome = runCli(QStringList { QStringLiteral("run"), demoPlan(), QStringLiteral("--host"), url.value().toString(),
                                       QStringLiteral("--password-env"), QStringLiteral("TST_CLI_PASSWORD"), QStringLiteral("--sizes"),
                                       QStringLiteral("2"), QStringLiteral("4"), QStringLiteral("8"), QStringLiteral("--iterations"),
                                       QStringLiteral("3"), QStringLiteral("--name"), QStringLiteral("first try"), QStringLiteral("--tag"),
                                       QStringLiteral("baseline") }
                             + dbArgs,
                         withPassword(QStringLiteral("admin_password")));
        QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.out + outcome.err));
        QVERIFY2(outcome.out.contains(QStringLiteral("Stored in the history as run 1")), qPrintable(outcome.out));
        QVERIFY(outcome.out.contains(QStringLiteral("How each endpoint scales")));
        QFile file(db);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("admin_password"));
        file.close();

        outcome = runCli(QStringList { QStringLiteral("history"), QStringLiteral("list") } + dbArgs);
        QCOMPARE(outcome.exitCode, 0);
        QVERIFY2(outcome.out.contains(QStringLiteral("first try")) && outcome.out.contains(QStringLiteral("completed"))
                     && outcome.out.contains(QStringLiteral("baseline")),
                 qPrintable(outcome.out));

        outcome = runCli(QStringList { QStringLiteral("history"), QStringLiteral("note"), QStringLiteral("last"),
                                       QStringLiteral("before the index") }
                         + dbArgs);
        QCOMPARE(outcome.exitCode, 0);
        outcome = runCli(QStringList { QStringLiteral("history"), QStringLiteral("tag"), QStringLiteral("1"), QStringLiteral("v1.2") } + dbArgs);
        QCOMPARE(outcome.exitCode, 0);
        outcome = runCli(QStringList { QStringLiteral("history"), QStringLiteral("untag"), QStringLiteral("1"), QStringLiteral("baseline") } + dbArgs);
        QCOMPARE(outcome.exitCode, 0);
        outcome = runCli(QStringList { QStringLiteral("history"), QStringLiteral("show"), QStringLiteral("last") } + dbArgs);
        QCOMPARE(outcome.exitCode, 0);
        for (const char* fragment : { "Run 1: first try", "status    completed", "notes     before the index", "tags      v1.2",
                                      "Size 8 (8 records)", "Find duplicates", "How each endpoint scales" })
            QVERIFY2(outcome.out.contains(QLatin1String(fragment)), qPrintable(QLatin1String(fragment) + QStringLiteral(" in ") + outcome.out));

        outcome = runCli(QStringList { QStringLiteral("history"), QStringLiteral("show"), QStringLiteral("99") } + dbArgs);
        QCOMPARE(outcome.exitCode, 5);
        QVERIFY2(outcome.err.contains(QStringLiteral("99")) && outcome.err.contains(db), qPrintable(outcome.err));
        outcome = runCli(QStringList { QStringLiteral("compare"), QStringLiteral("last~1"), QStringLiteral("last") } + dbArgs);
        QCOMPARE(outcome.exitCode, 5);
        QVERIFY2(outcome.err.contains(QStringLiteral("only 1 run")), qPrintable(outcome.err));

        outcome = runCli(QStringList { QStringLiteral("history"), QStringLiteral("delete"), QStringLiteral("1") } + dbArgs);
        QCOMPARE(outcome.exitCode, 0);
        outcome = runCli(QStringList { QStringLiteral("history"), QStringLiteral("list") } + dbArgs);
        QVERIFY2(outcome.out.contains(QStringLiteral("No runs stored yet")), qPrintable(outcome.out));
    }

    void corruptHistoryIsRefusedAndLeftAlone()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("notes.sqlite"));
        const QByteArray content = "these are my notes, not a database\n";
        QFile file(db);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        for (const QStringList& arguments : { QStringList { QStringLiteral("history"), QStringLiteral("list") },
                                              QStringList { QStringLiteral("demo"), QStringLiteral("--sizes"), QStringLiteral("2") } }) {
            const Outcome outcome = runCli(arguments + QStringList { QStringLiteral("--db"), db });
            QCOMPARE(outcome.exitCode, 5);
            QVERIFY2(outcome.err.contains(db), qPrintable(outcome.err));
            QVERIFY2(!outcome.out.contains(QStringLiteral("Size 2")), qPrintable(outcome.out)); // refused before running
        }
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), content);
    }

    // A run killed with SIGKILL cannot record its end: the next history command marks it interrupted,
    // with every cell it had reported.
    void killedRunIsInterruptedWithItsCells()
    {
        demo::DemoTargetThread target;
        const Result<QUrl> url = target.start(demo::DemoTargetOptions {});
        QVERIFY(url.ok());
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("history.sqlite"));
        QProcess process;
        process.setProcessEnvironment(withPassword(QStringLiteral("admin_password")));
        process.start(QStringLiteral(SCALESCOPE_CLI),
                      { QStringLiteral("run"), demoPlan(), QStringLiteral("--host"), url.value().toString(), QStringLiteral("--password-env"),
                        QStringLiteral("TST_CLI_PASSWORD"), QStringLiteral("--sizes"), QStringLiteral("20"), QStringLiteral("200"),
                        QStringLiteral("400"), QStringLiteral("--iterations"), QStringLiteral("40"), QStringLiteral("--db"), db });
        QVERIFY(process.waitForStarted());
        QString seen;
        QTRY_VERIFY_WITH_TIMEOUT((seen += QString::fromLocal8Bit(process.readAllStandardOutput())).contains(QStringLiteral("[2/")), 60000);
        ::kill(pid_t(process.processId()), SIGKILL);
        QVERIFY(process.waitForFinished(10000)); // reaped: the pid is gone
        const int printed = int(seen.count(QStringLiteral("] size ")));
        QVERIFY(printed >= 2);

        Outcome outcome = runCli({ QStringLiteral("history"), QStringLiteral("list"), QStringLiteral("--db"), db });
        QCOMPARE(outcome.exitCode, 0);
        QVERIFY2(outcome.out.contains(QStringLiteral("interrupted")), qPrintable(outcome.out));
        outcome = runCli({ QStringLiteral("history"), QStringLiteral("show"), QStringLiteral("last"), QStringLiteral("--db"), db });
        QCOMPARE(outcome.exitCode, 0);
        QVERIFY2(outcome.out.contains(QStringLiteral("status    interrupted")), qPrintable(outcome.out));
        QVERIFY2(outcome.out.contains(QStringLiteral("over lean-http1")), qPrintable(outcome.out)); // known from the start
        // Every cell the run printed before it died is stored (it stores a cell before printing it).
        const QRegularExpressionMatch stored = QRegularExpression(QStringLiteral("the (\\d+) cell")).match(outcome.out);
        QVERIFY2(stored.hasMatch() && stored.captured(1).toInt() >= printed,
                 qPrintable(QStringLiteral("printed %1 cells; ").arg(printed) + outcome.out));
    }

    // Issue #5's acceptance check: one run writes the HTML and PDF reports and the JUnit file, and the JUnit file marks
    // the violated threshold as a failure; `report` writes the exports of a stored run, `compare` the comparison report.
    void runWritesHtmlPdfAndJunitInOneGo()
    {
        demo::DemoTargetThread target;
        const Result<QUrl> url = target.start(demo::DemoTargetOptions {});
        QVERIFY(url.ok());
        QTemporaryDir dir;
        // The demo plan with one threshold no cell can meet.
        QFile demo(demoPlan());
        QVERIFY(demo.open(QIODevice::ReadOnly));
        QJsonObject plan = QJsonDocument::fromJson(demo.readAll()).object();
        QJsonArray thresholds = plan.value(QStringLiteral("thresholds")).toArray();
        thresholds.append(QJsonObject { { QStringLiteral("endpoint"), QStringLiteral("Find duplicates") },
            { QStringLiteral("metric"), QStringLiteral("p95") }, { QStringLiteral("max"), 0.001 } });
        plan.insert(QStringLiteral("thresholds"), thresholds);
        const QString planFile = dir.filePath(QStringLiteral("plan.json"));
        QFile out(planFile);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(plan).toJson());
        out.close();
        const QString db = dir.filePath(QStringLiteral("history.sqlite"));
        const QString html = dir.filePath(QStringLiteral("r.html"));
        const QString pdf = dir.filePath(QStringLiteral("r.pdf"));
        const QString junit = dir.filePath(QStringLiteral("r.xml"));
        Outcome outcome = runCli({ QStringLiteral("run"), planFile, QStringLiteral("--host"), url.value().toString(),
                                     QStringLiteral("--password-env"), QStringLiteral("TST_CLI_PASSWORD"), QStringLiteral("--quiet"),
                                     QStringLiteral("--sizes"), QStringLiteral("5"), QStringLiteral("20"), QStringLiteral("40"),
                                     QStringLiteral("--db"), db, QStringLiteral("--html"), html, QStringLiteral("--pdf"), pdf,
                                     QStringLiteral("--junit"), junit },
            withPassword(QStringLiteral("admin_password")));
        QVERIFY2(outcome.exitCode == 1, qPrintable(outcome.out + outcome.err)); // the impossible threshold failed
        for (const QString& file : { html, pdf, junit })
            QVERIFY2(outcome.out.contains(QDir::toNativeSeparators(file)), qPrintable(outcome.out));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(5) == "%PDF-");
        QFile htmlFile(html);
        QVERIFY(htmlFile.open(QIODevice::ReadOnly));
        const QByteArray htmlText = htmlFile.readAll();
        for (const char* id : { "configuration", "scaling-chart", "heatmap", "findings", "thresholds" })
            QVERIFY2(htmlText.contains(QByteArray(QByteArray("id=\"") + id + '"')), id);
        QVERIFY(!htmlText.contains("admin_password"));
        QFile junitFile(junit);
        QVERIFY(junitFile.open(QIODevice::ReadOnly));
        const QByteArray junitText = junitFile.readAll();
        QVERIFY2(junitText.contains("<failure"), junitText.left(2000).constData());
        QVERIFY(junitText.contains("Find duplicates"));

        // The stored run's exports, and charts as PNG.
        const QString csv = dir.filePath(QStringLiteral("r.csv"));
        const QString charts = dir.filePath(QStringLiteral("charts"));
        outcome = runCli({ QStringLiteral("report"), QStringLiteral("--last"), QStringLiteral("--db"), db, QStringLiteral("--csv"), csv,
            QStringLiteral("--charts"), charts, QStringLiteral("--format"), QStringLiteral("png") });
        QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.out + outcome.err));
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        QCOMPARE(csvFile.readAll().count('\n'), 1 + 3 * 6); // a header and a row per cell
        QVERIFY(!QDir(charts).entryList({ QStringLiteral("*.png") }).isEmpty());

        // Bad input names the option.
        outcome = runCli({ QStringLiteral("report"), QStringLiteral("last"), QStringLiteral("--db"), db });
        QCOMPARE(outcome.exitCode, 2);
        QVERIFY(outcome.err.contains(QStringLiteral("at least one output")));
        outcome = runCli({ QStringLiteral("report"), QStringLiteral("last"), QStringLiteral("--db"), db, QStringLiteral("--charts"),
            charts, QStringLiteral("--format"), QStringLiteral("bmp") });
        QCOMPARE(outcome.exitCode, 2);
        QVERIFY(outcome.err.contains(QStringLiteral("--format")));
        outcome = runCli({ QStringLiteral("compare"), QStringLiteral("last"), QStringLiteral("last"), QStringLiteral("--db"), db,
            QStringLiteral("--csv"), csv });
        QCOMPARE(outcome.exitCode, 2);
        QVERIFY(outcome.err.contains(QStringLiteral("--csv")));
    }

    // The issue's acceptance check: the list endpoint slowed on purpose is "slower, significant"; the
    // others show no significant change.
    void compareFindsTheSlowedEndpointOnly()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("history.sqlite"));
        // The demo plan without "Find duplicates": tens of ms of pure CPU per request at 200 records, ten
        // times that in a sanitizer build, it is what a busy CI machine disturbs most (the manual check of
        // the issue runs the whole demo plan; see the README).
        QFile demo(demoPlan());
        QVERIFY(demo.open(QIODevice::ReadOnly));
        QJsonObject plan = QJsonDocument::fromJson(demo.readAll()).object();
        QJsonArray endpoints = plan.value(QStringLiteral("endpoints")).toArray();
        QCOMPARE(endpoints.last().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Find duplicates"));
        endpoints.removeLast();
        plan.insert(QStringLiteral("endpoints"), endpoints);
        const QString planFile = dir.filePath(QStringLiteral("plan.json"));
        QFile out(planFile);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(plan).toJson());
        out.close();
        for (const int delayMs : { 0, 20 }) {
            demo::DemoTargetThread target;
            demo::DemoTargetOptions options;
            options.listDelayMs = delayMs;
            const Result<QUrl> url = target.start(options);
            QVERIFY(url.ok());
            const Outcome outcome = runCli({ QStringLiteral("run"), planFile, QStringLiteral("--host"), url.value().toString(),
                                             QStringLiteral("--password-env"), QStringLiteral("TST_CLI_PASSWORD"), QStringLiteral("--quiet"),
                                             QStringLiteral("--sizes"), QStringLiteral("10"), QStringLiteral("50"), QStringLiteral("100"),
                                             QStringLiteral("200"), QStringLiteral("--db"), db, QStringLiteral("--min-duration"),
                                             QStringLiteral("500") },
                                           withPassword(QStringLiteral("admin_password")));
            // 1: the plan's p95 threshold may fail in a sanitizer build, which is ~10× slower; the run is stored all the same.
            QVERIFY2((outcome.exitCode == 0 || outcome.exitCode == 1) && outcome.out.contains(QStringLiteral("Stored in the history")),
                     qPrintable(outcome.out + outcome.err));
        }
        const QString json = dir.filePath(QStringLiteral("comparison.json"));
        const QString html = dir.filePath(QStringLiteral("comparison.html"));
        const Outcome outcome = runCli({ QStringLiteral("compare"), QStringLiteral("last~1"), QStringLiteral("last"), QStringLiteral("--db"),
                                         db, QStringLiteral("--fail-on-regression"), QStringLiteral("10%"), QStringLiteral("--json"), json,
                                         QStringLiteral("--html"), html });
        QVERIFY2(outcome.exitCode == 1, qPrintable(outcome.out + outcome.err));
        QVERIFY2(outcome.out.contains(QStringLiteral("REGRESSION")), qPrintable(outcome.out));
        QFile report(html); // the comparison report, from the same command
        QVERIFY(report.open(QIODevice::ReadOnly));
        const QByteArray reportText = report.readAll();
        for (const char* id : { "summary", "overlay", "endpoints", "cells" })
            QVERIFY2(reportText.contains(QByteArray(QByteArray("id=\"") + id + '"')), id);
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(root.value(QStringLiteral("schema")).toString(), QStringLiteral("scalescope-comparison"));
        QStringList verdicts;
        for (const QJsonValue& endpoint : root.value(QStringLiteral("endpoints")).toArray())
            verdicts.append(endpoint.toObject().value(QStringLiteral("endpoint")).toString() + QLatin1Char('=')
                            + endpoint.toObject().value(QStringLiteral("verdict")).toString());
        QCOMPARE(verdicts, (QStringList { QStringLiteral("List prompts=slower"), QStringLiteral("Search prompts=no-change"),
                                          QStringLiteral("Get prompt=no-change"), QStringLiteral("Count prompts=no-change"),
                                          QStringLiteral("Prompt stats=no-change") }));
        // Latency regressions name the list endpoint only (a run-wide drift, when the machine was busier
        // during one run, is reported too, without an endpoint).
        int listRegressions = 0;
        for (const QJsonValue& value : root.value(QStringLiteral("regressions")).toArray()) {
            const QJsonObject regression = value.toObject();
            if (regression.value(QStringLiteral("kind")).toString() == QStringLiteral("run_wide"))
                continue;
            QCOMPARE(regression.value(QStringLiteral("endpoint")).toString(), QStringLiteral("List prompts"));
            ++listRegressions;
        }
        QVERIFY(listRegressions >= 1);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
