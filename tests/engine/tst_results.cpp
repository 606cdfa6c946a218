// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "results/resultsjson.h"
#include "results/texttable.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace scalescope;
using namespace std::chrono_literals;

class TestResults : public QObject {
    Q_OBJECT

    static RunResult sampleRun()
    {
        RunResult run;
        run.runId = 3;
        run.plan.name = QStringLiteral("Sample");
        run.plan.target.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8000"));
        run.plan.auth.kind = AuthKind::Login;
        run.plan.auth.username = QStringLiteral("admin");
        run.plan.auth.passwordRef = QStringLiteral("${SCALESCOPE_PASSWORD}");
        run.plan.dataset.sizes = { 10, 50 };
        run.plan.endpoints = { EndpointConfig { QStringLiteral("List"), RequestTemplate { QStringLiteral("GET"), QStringLiteral("/api/x/"), {}, QJsonValue(QJsonValue::Undefined), {} }, { 200 } } };
        run.transport = QStringLiteral("lean-http1");
        run.status = RunStatus::Completed;
        run.startedAt = QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);
        run.finishedAt = run.startedAt.addSecs(12);
        for (int si = 0; si < 2; ++si) {
            CellAccumulator accumulator;
            for (int i = 1; i <= 10; ++i)
                accumulator.add(std::chrono::microseconds(1000 * i * (si + 1)), i == 10 && si == 1 ? FailureKind::HttpServerError : FailureKind::None, 100, 50);
            CellResult cell;
            cell.sizeIndex = si;
            cell.size = run.plan.dataset.sizes.at(si);
            cell.records = cell.size;
            cell.endpoint = QStringLiteral("List");
            cell.method = QStringLiteral("GET");
            cell.path = QStringLiteral("/api/x/");
            cell.stats = accumulator.statistics(0.5);
            cell.histogram = accumulator.histogram();
            cell.samplesNs = accumulator.rawSamples();
            if (si == 1)
                cell.errorSamples = { { FailureKind::HttpServerError, QStringLiteral("HTTP 500 from GET /api/x/: boom") } };
            run.cells.append(cell);
        }
        run.events = { RunEvent { 5, RunEvent::Level::Info, QStringLiteral("Logged in as admin") } };
        return run;
    }

private Q_SLOTS:
    void jsonHasTheDocumentedFields()
    {
        const QJsonObject json = results::toJson(sampleRun());
        QCOMPARE(json.value(QStringLiteral("schema")).toString(), QStringLiteral("scalescope-results"));
        QCOMPARE(json.value(QStringLiteral("schema_version")).toInt(), 1);
        const QJsonObject run = json.value(QStringLiteral("run")).toObject();
        QCOMPARE(run.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
        QCOMPARE(run.value(QStringLiteral("duration_s")).toDouble(), 12.0);
        QVERIFY(run.value(QStringLiteral("error")).isNull());
        const QJsonArray cells = json.value(QStringLiteral("cells")).toArray();
        QCOMPARE(cells.size(), 2);
        const QJsonObject second = cells.at(1).toObject();
        QCOMPARE(second.value(QStringLiteral("size")).toInt(), 50);
        QCOMPARE(second.value(QStringLiteral("count")).toInt(), 10);
        QCOMPARE(second.value(QStringLiteral("successes")).toInt(), 9);
        QCOMPARE(second.value(QStringLiteral("failures")).toObject().value(QStringLiteral("http_5xx")).toInt(), 1);
        QCOMPARE(second.value(QStringLiteral("samples_ms")).toArray().size(), 10);
        QCOMPARE(second.value(QStringLiteral("throughput_rps")).toDouble(), 20.0);
        const QJsonObject latency = second.value(QStringLiteral("latency_ms")).toObject();
        for (const char* key : { "min", "mean", "stddev", "p50", "p90", "p95", "p99", "max" })
            QVERIFY2(latency.contains(QLatin1String(key)), key);
        QCOMPARE(latency.value(QStringLiteral("max")).toDouble(), 20.0);
        QCOMPARE(json.value(QStringLiteral("plan")).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Sample"));
        QVERIFY(!results::toJson(sampleRun(), false).value(QStringLiteral("cells")).toArray().at(0).toObject().contains(QStringLiteral("samples_ms")));
    }

    void jsonHoldsNoSecret()
    {
        const QByteArray bytes = results::toJsonBytes(sampleRun());
        QVERIFY(bytes.contains("${SCALESCOPE_PASSWORD}")); // the reference, which is not a secret
        QVERIFY(!bytes.contains("admin_password"));
    }

    void tablesAreAligned()
    {
        const QString text = results::formatSizeTables(sampleRun());
        QVERIFY2(text.contains(QStringLiteral("Size 10 (10 records)")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Size 50 (50 records)")));
        QVERIFY2(text.contains(QStringLiteral("90.0%")), qPrintable(text));
        const QStringList lines = text.split(QLatin1Char('\n'));
        QCOMPARE(lines.at(1).size(), lines.at(2).size()); // header and rule have the same width
    }
};

QTEST_GUILESS_MAIN(TestResults)
#include "tst_results.moc"
