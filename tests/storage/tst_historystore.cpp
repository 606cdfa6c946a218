// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The run history: round trips, listing, editing, migrations from every older schema, files that are not
// ours (left untouched), interrupted runs, secrets, concurrent access, and the RunRecorder.
#include "demotargetthread.h"
#include "engine/engine.h"
#include "plan/planparser.h"
#include "storage/historystore.h"
#include "storage/runrecorder.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QScopeGuard>
#include <QTest>

#include <atomic>
#include <limits>
#include <thread>

#include <sys/wait.h>
#include <unistd.h>

using namespace scalescope;
using namespace scalescope::storage;
using namespace std::chrono_literals;

#define VERIFY_OK(expr)                                                                                        \
    do {                                                                                                       \
        const auto& result_ = (expr);                                                                          \
        QVERIFY2(result_.ok(), result_.ok() ? "" : qPrintable(result_.error().message));                       \
    } while (false)
#define VERIFY_NO_ERROR(expr)                                                                                  \
    do {                                                                                                       \
        const std::optional<Error> error_ = (expr);                                                            \
        QVERIFY2(!error_, error_ ? qPrintable(error_->message) : "");                                          \
    } while (false)

namespace {

constexpr char kKnownPassword[] = "admin_password";

// A raw connection for the test's own SQL (building old-version files, patching owners, counting rows).
class RawDb {
public:
    explicit RawDb(const QString& path)
        : m_name(QStringLiteral("raw-%1").arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("cannot open %s", qPrintable(path));
    }
    ~RawDb()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(RawDb)

    bool exec(const QString& sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(sql)) {
            qWarning("SQL failed: %s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
            return false;
        }
        return true;
    }
    QVariant scalar(const QString& sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(sql) || !query.next()) {
            qWarning("SQL failed: %s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
            return {};
        }
        return query.value(0);
    }

private:
    static inline int s_counter = 0;
    QString m_name;
};

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

Plan samplePlan()
{
    Result<Plan> plan = loadPlanFile(QStringLiteral(SCALESCOPE_SOURCE_DIR "/resources/plans/demo.json"));
    if (!plan)
        qFatal("demo plan does not load: %s", qPrintable(plan.error().message));
    Plan out = plan.value();
    out.dataset.sizes = { 10, 50, 100 };
    out.auth.passwordRef = QStringLiteral("${SCALESCOPE_PASSWORD}");
    return out;
}

CellResult sampleCell(int sizeIndex, int size, int endpointIndex, const QString& endpoint, int samples = 40)
{
    CellAccumulator accumulator;
    for (int i = 0; i < samples; ++i) {
        const FailureKind failure = i % 13 == 5 ? FailureKind::HttpServerError
            : i % 17 == 3                       ? FailureKind::Timeout
                                                : FailureKind::None;
        accumulator.add(std::chrono::microseconds(300 + (i * 7919) % 5000 + size * 10), failure, 512 + i, 80);
    }
    CellResult cell;
    cell.sizeIndex = sizeIndex;
    cell.size = size;
    cell.records = size + 2;
    cell.endpointIndex = endpointIndex;
    cell.endpoint = endpoint;
    cell.method = QStringLiteral("GET");
    cell.path = QStringLiteral("/api/prompts/?search={word}");
    cell.stats = accumulator.statistics(1.25);
    cell.histogram = accumulator.histogram();
    cell.samplesNs = accumulator.rawSamples();
    cell.finishedMs = 1000 + sizeIndex * 100 + endpointIndex;
    cell.errorSamples = { { FailureKind::HttpServerError, QStringLiteral("HTTP 500 from GET /api/prompts/: boom") },
        { FailureKind::Timeout, QStringLiteral("no answer from 127.0.0.1:8000 within 10000 ms") } };
    return cell;
}

RunResult sampleResult(const Plan& plan)
{
    RunResult run;
    run.plan = plan;
    run.transport = QStringLiteral("lean-http1");
    run.seed = 42;
    run.startedAt = QDateTime(QDate(2026, 3, 14), QTime(9, 26, 53, 589), Qt::UTC);
    run.finishedAt = run.startedAt.addMSecs(61234);
    run.status = RunStatus::Failed;
    run.error = Error { ErrorKind::Target, QStringLiteral("HTTP 500 from POST /api/prompts/ while seeding") };
    for (int si = 0; si < plan.dataset.sizes.size(); ++si) {
        for (int ei = 0; ei < 3; ++ei)
            run.cells.append(sampleCell(si, plan.dataset.sizes.at(si), ei, plan.endpoints.at(ei).name));
    }
    // Extremes and wrap-around deltas in the raw samples.
    run.cells[0].samplesNs = { 0, std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::min(), -1, 1,
        1'000'000, 999'999 };
    run.cells[1].samplesNs.clear();
    run.cells[1].errorSamples.clear();
    run.events = { RunEvent { 5, RunEvent::Level::Info, QStringLiteral("Logged in as admin") },
        RunEvent { 900, RunEvent::Level::Warning, QStringLiteral("Slow seeding: 12 records/s") },
        RunEvent { 61000, RunEvent::Level::Error, QStringLiteral("Seeding failed at record 57") } };
    for (qint64 second = 0; second < 5; ++second)
        run.timeSeries.append(TimeSeriesPoint { second, quint64(100 + second), quint64(second % 2), 1.5 + double(second),
            4.25, 9.125, 20.0 + double(second) });
    run.recordsCreated = 57;
    run.recordsDeleted = 55;
    run.undeletedIds = { QStringLiteral("41"), QStringLiteral("abc-42") };
    run.countBefore = 3;
    run.countAfter = 5;
    return run;
}

QList<analysis::Finding> sampleFindings()
{
    return { analysis::Finding { analysis::FindingKind::Complexity, analysis::FindingSeverity::Info,
                 QStringLiteral("List prompts"), std::nullopt, QStringLiteral("List prompts grows linearly"), QString() },
        analysis::Finding { analysis::FindingKind::Cliff, analysis::FindingSeverity::Critical,
            QStringLiteral("Find duplicates"), 100, QStringLiteral("Jumps 8x between 50 and 100"),
            QStringLiteral("Add an index.") } };
}

RunHeader headerFor(const RunResult& run, const QString& name = QStringLiteral("nightly"))
{
    RunHeader header;
    header.name = name;
    header.plan = run.plan;
    header.seed = run.seed;
    header.transport = QString(); // learnt from the result at the end
    header.startedAt = run.startedAt;
    return header;
}

// A pid that certainly belongs to no process: a child that has exited and been reaped.
qint64 deadPid()
{
    const pid_t child = ::fork();
    if (child == 0)
        ::_exit(0);
    int status = 0;
    ::waitpid(child, &status, 0);
    return qint64(child);
}

std::unique_ptr<HistoryStore> openOrFail(const QString& path, HistoryStore::Access access = HistoryStore::Access::ReadWrite)
{
    Result<std::unique_ptr<HistoryStore>> store = HistoryStore::open(path, access);
    if (!store) {
        qWarning("open failed: %s", qPrintable(store.error().message));
        return nullptr;
    }
    return std::move(store.value());
}

// The DDL of the schema versions this build migrates from, as they shipped: kept here, independent of
// core/storage, so an accidental edit of a shipped migration step shows up as a failing migration test.
QStringList ddlV1()
{
    return {
        QStringLiteral("CREATE TABLE runs (id INTEGER PRIMARY KEY, name TEXT NOT NULL DEFAULT '', status TEXT NOT NULL,"
                       " started_at INTEGER NOT NULL, finished_at INTEGER, last_write_at INTEGER NOT NULL,"
                       " plan_json TEXT NOT NULL, plan_name TEXT NOT NULL DEFAULT '', base_url TEXT NOT NULL DEFAULT '',"
                       " tool_version TEXT NOT NULL DEFAULT '', transport TEXT NOT NULL DEFAULT '',"
                       " seed INTEGER NOT NULL DEFAULT 1, owner_pid INTEGER, owner_start INTEGER, owner_host TEXT,"
                       " error_kind TEXT, error_message TEXT, records_created INTEGER NOT NULL DEFAULT 0,"
                       " records_deleted INTEGER NOT NULL DEFAULT 0, undeleted_ids TEXT NOT NULL DEFAULT '[]',"
                       " count_before INTEGER NOT NULL DEFAULT -1, count_after INTEGER NOT NULL DEFAULT -1,"
                       " notes TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE run_tags (run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
                       " tag TEXT NOT NULL, PRIMARY KEY (run_id, tag)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE cells (id INTEGER PRIMARY KEY, run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE"
                       " CASCADE, size_index INTEGER NOT NULL, size INTEGER NOT NULL, records INTEGER NOT NULL,"
                       " endpoint_index INTEGER NOT NULL, endpoint TEXT NOT NULL, method TEXT NOT NULL, path TEXT NOT NULL,"
                       " count INTEGER NOT NULL, successes INTEGER NOT NULL, failures TEXT NOT NULL DEFAULT '{}',"
                       " min_ms REAL NOT NULL, mean_ms REAL NOT NULL, stddev_ms REAL NOT NULL, p50_ms REAL NOT NULL,"
                       " p90_ms REAL NOT NULL, p95_ms REAL NOT NULL, p99_ms REAL NOT NULL, max_ms REAL NOT NULL,"
                       " throughput REAL NOT NULL, wall_seconds REAL NOT NULL, bytes_received INTEGER NOT NULL,"
                       " bytes_sent INTEGER NOT NULL, histogram BLOB, samples BLOB, error_samples TEXT NOT NULL DEFAULT"
                       " '[]', finished_ms INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX cells_run ON cells(run_id)"),
        QStringLiteral("CREATE TABLE events (id INTEGER PRIMARY KEY, run_id INTEGER NOT NULL REFERENCES runs(id) ON"
                       " DELETE CASCADE, elapsed_ms INTEGER NOT NULL, level TEXT NOT NULL, message TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX events_run ON events(run_id)"),
        QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId),
        QStringLiteral("PRAGMA user_version = 1"),
    };
}

QStringList ddlV2()
{
    QStringList ddl = ddlV1();
    ddl.removeLast();
    ddl << QStringLiteral("CREATE TABLE time_series (run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
                          " second INTEGER NOT NULL, requests INTEGER NOT NULL, failures INTEGER NOT NULL,"
                          " p50_ms REAL NOT NULL, p95_ms REAL NOT NULL, p99_ms REAL NOT NULL, max_ms REAL NOT NULL,"
                          " PRIMARY KEY (run_id, second)) WITHOUT ROWID")
        << QStringLiteral("CREATE TABLE findings (id INTEGER PRIMARY KEY, run_id INTEGER NOT NULL REFERENCES runs(id)"
                          " ON DELETE CASCADE, kind TEXT NOT NULL, severity TEXT NOT NULL, endpoint TEXT NOT NULL"
                          " DEFAULT '', size INTEGER, message TEXT NOT NULL, recommendation TEXT NOT NULL DEFAULT '')")
        << QStringLiteral("CREATE INDEX findings_run ON findings(run_id)")
        << QStringLiteral("PRAGMA user_version = 2");
    return ddl;
}

QStringList ddlV3()
{
    QStringList ddl = ddlV2();
    ddl.removeLast();
    ddl << QStringLiteral("ALTER TABLE runs ADD COLUMN cell_count INTEGER NOT NULL DEFAULT 0")
        << QStringLiteral("ALTER TABLE runs ADD COLUMN endpoint_names TEXT NOT NULL DEFAULT '[]'")
        << QStringLiteral("ALTER TABLE runs ADD COLUMN sizes TEXT NOT NULL DEFAULT '[]'")
        << QStringLiteral("CREATE INDEX runs_started ON runs(started_at DESC, id DESC)")
        << QStringLiteral("PRAGMA user_version = 3");
    return ddl;
}

} // namespace

class TestHistoryStore : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_fileCounter = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("history-%1.sqlite").arg(++m_fileCounter)); }

    static void compareCells(const CellResult& actual, const CellResult& expected)
    {
        QCOMPARE(actual.sizeIndex, expected.sizeIndex);
        QCOMPARE(actual.finishedMs, expected.finishedMs);
        QCOMPARE(actual.size, expected.size);
        QCOMPARE(actual.records, expected.records);
        QCOMPARE(actual.endpointIndex, expected.endpointIndex);
        QCOMPARE(actual.endpoint, expected.endpoint);
        QCOMPARE(actual.method, expected.method);
        QCOMPARE(actual.path, expected.path);
        const CellStatistics& a = actual.stats;
        const CellStatistics& e = expected.stats;
        QCOMPARE(a.count, e.count);
        QCOMPARE(a.successes, e.successes);
        QVERIFY(a.failures == e.failures);
        QCOMPARE(a.minMs, e.minMs); // exact: REAL columns hold the double bit for bit
        QCOMPARE(a.meanMs, e.meanMs);
        QCOMPARE(a.stddevMs, e.stddevMs);
        QCOMPARE(a.p50Ms, e.p50Ms);
        QCOMPARE(a.p90Ms, e.p90Ms);
        QCOMPARE(a.p95Ms, e.p95Ms);
        QCOMPARE(a.p99Ms, e.p99Ms);
        QCOMPARE(a.maxMs, e.maxMs);
        QCOMPARE(a.throughput, e.throughput);
        QCOMPARE(a.wallSeconds, e.wallSeconds);
        QCOMPARE(a.bytesReceived, e.bytesReceived);
        QCOMPARE(a.bytesSent, e.bytesSent);
        QVERIFY(actual.histogram == expected.histogram);
        for (const double p : { 0.0, 50.0, 90.0, 95.0, 99.0, 99.9, 100.0 })
            QCOMPARE(actual.histogram.percentile(p), expected.histogram.percentile(p));
        QCOMPARE(actual.samplesNs, expected.samplesNs);
        QCOMPARE(actual.errorSamples, expected.errorSamples);
    }

    static void compareResults(const RunResult& actual, const RunResult& expected)
    {
        QVERIFY(actual.plan == expected.plan);
        QCOMPARE(actual.transport, expected.transport);
        QCOMPARE(actual.seed, expected.seed);
        QCOMPARE(actual.startedAt, expected.startedAt);
        QCOMPARE(actual.finishedAt, expected.finishedAt);
        QCOMPARE(actual.status, expected.status);
        QCOMPARE(actual.error.has_value(), expected.error.has_value());
        if (expected.error) {
            QCOMPARE(actual.error->kind, expected.error->kind);
            QCOMPARE(actual.error->message, expected.error->message);
        }
        QCOMPARE(actual.cells.size(), expected.cells.size());
        for (qsizetype i = 0; i < expected.cells.size(); ++i) {
            compareCells(actual.cells.at(i), expected.cells.at(i));
            if (QTest::currentTestFailed())
                return;
        }
        QCOMPARE(actual.events.size(), expected.events.size());
        for (qsizetype i = 0; i < expected.events.size(); ++i) {
            QCOMPARE(actual.events.at(i).elapsedMs, expected.events.at(i).elapsedMs);
            QCOMPARE(actual.events.at(i).level, expected.events.at(i).level);
            QCOMPARE(actual.events.at(i).message, expected.events.at(i).message);
        }
        QCOMPARE(actual.timeSeries, expected.timeSeries);
        QCOMPARE(actual.recordsCreated, expected.recordsCreated);
        QCOMPARE(actual.recordsDeleted, expected.recordsDeleted);
        QCOMPARE(actual.undeletedIds, expected.undeletedIds);
        QCOMPARE(actual.countBefore, expected.countBefore);
        QCOMPARE(actual.countAfter, expected.countAfter);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void defaultPathIsInAppData()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString path = HistoryStore::defaultPath();
        QVERIFY2(path.endsWith(QStringLiteral("/ScaleScope/history.sqlite")), qPrintable(path));
        QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)));
        QVERIFY(QFileInfo(QFileInfo(path).absolutePath()).isDir());
        QStandardPaths::setTestModeEnabled(false);
    }

    void roundTripsEveryField_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addRow("incremental") << QStringLiteral("incremental");
        QTest::addRow("one transaction") << QStringLiteral("save");
        QTest::addRow("recorder") << QStringLiteral("recorder");
    }

    void roundTripsEveryField()
    {
        QFETCH(QString, how);
        const QString path = freshPath();
        auto store = openOrFail(path);
        QVERIFY(store);
        QCOMPARE(store->fileSchemaVersion(), kSchemaVersion);
        const RunResult run = sampleResult(samplePlan());
        qint64 id = 0;
        if (how == QLatin1String("incremental")) {
            const Result<qint64> begun = store->beginRun(headerFor(run));
            VERIFY_OK(begun);
            id = begun.value();
            VERIFY_NO_ERROR(store->addCells(id, run.cells.mid(0, 4)));
            VERIFY_NO_ERROR(store->addTimeSeries(id, run.timeSeries.mid(0, 2)));
            VERIFY_NO_ERROR(store->addEvents(id, run.events.mid(0, 1)));
            VERIFY_NO_ERROR(store->addCells(id, run.cells.mid(4)));
            VERIFY_NO_ERROR(store->addTimeSeries(id, run.timeSeries.mid(2)));
            VERIFY_NO_ERROR(store->addEvents(id, run.events.mid(1)));
            VERIFY_NO_ERROR(store->finishRun(id, run));
        } else if (how == QLatin1String("save")) {
            const Result<qint64> saved = store->saveRun(headerFor(run), run);
            VERIFY_OK(saved);
            id = saved.value();
        } else {
            RunRecorder recorder(*store);
            QSignalSpy failed(&recorder, &RunRecorder::writeFailed);
            QSignalSpy recorded(&recorder, &RunRecorder::runRecorded);
            QVERIFY(recorder.begin(headerFor(run)));
            id = recorder.runId();
            auto snapshot = std::make_shared<RunSnapshot>();
            snapshot->runId = 7;
            snapshot->newCells = run.cells.mid(0, 5);
            snapshot->newEvents = run.events.mid(0, 2);
            snapshot->newTimeSeries = run.timeSeries.mid(0, 3);
            recorder.onSnapshot(snapshot);
            // The result carries what the last snapshot missed; the recorder stores it before closing.
            auto result = std::make_shared<RunResult>(run);
            result->runId = 7;
            recorder.onFinished(result);
            QCOMPARE(failed.size(), 0);
            QCOMPARE(recorded.size(), 1);
            QCOMPARE(recorded.at(0).at(0).toLongLong(), id);
        }
        VERIFY_NO_ERROR(store->setFindings(id, { sampleFindings().at(1) }));
        VERIFY_NO_ERROR(store->setFindings(id, sampleFindings())); // replaces

        // Read back through a second connection, as the GUI would.
        auto reader = openOrFail(path, HistoryStore::Access::ReadOnly);
        QVERIFY(reader);
        const Result<StoredRun> stored = reader->loadRun(id);
        QVERIFY2(stored.ok(), stored.ok() ? "" : qPrintable(stored.error().message));
        compareResults(stored->result, run);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(stored->result.runId, quint64(id));
        QCOMPARE(stored->findings, sampleFindings());
        const RunSummary& summary = stored->summary;
        QCOMPARE(summary.id, id);
        QCOMPARE(summary.name, QStringLiteral("nightly"));
        QCOMPARE(summary.status, RunStatus::Failed);
        QCOMPARE(summary.planName, run.plan.name);
        QCOMPARE(summary.baseUrl, run.plan.target.baseUrl);
        QCOMPARE(summary.toolVersion, QStringLiteral(SCALESCOPE_VERSION));
        QCOMPARE(summary.transport, QStringLiteral("lean-http1"));
        QCOMPARE(summary.seed, quint64(42));
        QCOMPARE(summary.cellCount, int(run.cells.size()));
        QCOMPARE(summary.sizes, run.plan.dataset.sizes);
        QCOMPARE(summary.endpoints.size(), run.plan.endpoints.size());
        QCOMPARE(summary.endpoints.at(5), run.plan.endpoints.at(5).name);
    }

    void listsNewestFirstWithSummaries()
    {
        auto store = openOrFail(freshPath());
        QVERIFY(store);
        QCOMPARE(store->listRuns()->size(), 0);
        const Plan plan = samplePlan();
        const QDateTime base(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
        // Started out of insertion order; two runs share a start time (the newer id comes first).
        const QList<int> offsetsMinutes { 30, 10, 50, 10 };
        QList<qint64> ids;
        for (int i = 0; i < offsetsMinutes.size(); ++i) {
            RunResult run = sampleResult(plan);
            run.startedAt = base.addSecs(60 * offsetsMinutes.at(i));
            run.finishedAt = run.startedAt.addMSecs(61234);
            run.status = i == 1 ? RunStatus::Completed : RunStatus::Cancelled;
            run.error.reset();
            run.cells = run.cells.mid(0, i + 1);
            const Result<qint64> id = store->saveRun(headerFor(run, QStringLiteral("run %1").arg(i)), run);
            VERIFY_OK(id);
            ids.append(id.value());
        }
        VERIFY_NO_ERROR(store->addTag(ids[0], QStringLiteral("baseline")));
        VERIFY_NO_ERROR(store->addTag(ids[0], QStringLiteral(" release ")));
        VERIFY_NO_ERROR(store->addTag(ids[3], QStringLiteral("baseline")));
        VERIFY_NO_ERROR(store->setNotes(ids[2], QStringLiteral("after the index")));

        const Result<QList<RunSummary>> all = store->listRuns();
        QVERIFY(all.ok());
        QList<qint64> order;
        for (const RunSummary& summary : all.value())
            order.append(summary.id);
        QCOMPARE(order, (QList<qint64> { ids[2], ids[0], ids[3], ids[1] }));
        const RunSummary& first = all->at(1);
        QCOMPARE(first.name, QStringLiteral("run 0"));
        QCOMPARE(first.tags, (QStringList { QStringLiteral("baseline"), QStringLiteral("release") }));
        QCOMPARE(first.cellCount, 1);
        QCOMPARE(first.startedAt, base.addSecs(30 * 60));
        QCOMPARE(first.finishedAt, base.addSecs(30 * 60).addMSecs(61234));
        QCOMPARE(first.status, RunStatus::Cancelled);
        QVERIFY(!first.error);
        QCOMPARE(first.sizes, plan.dataset.sizes);
        QCOMPARE(first.endpoints.first(), plan.endpoints.first().name);
        QCOMPARE(all->at(0).notes, QStringLiteral("after the index"));
        QCOMPARE(all->at(0).cellCount, 3);
        // The worst p95 over the stored cells, and no threshold verdict until one is recorded.
        double worst = 0;
        for (const CellResult& cell : sampleResult(plan).cells.mid(0, 3))
            worst = std::max(worst, cell.stats.p95Ms);
        QCOMPARE(all->at(0).worstP95Ms, std::optional<double>(worst));
        QVERIFY(!all->at(0).thresholdChecks);
        VERIFY_NO_ERROR(store->setThresholdOutcome(ids[2], 12, 3));
        QCOMPARE(store->listRuns()->at(0).thresholdChecks, std::optional<int>(12));
        QCOMPARE(store->listRuns()->at(0).thresholdFailures, std::optional<int>(3));
        QVERIFY(store->setThresholdOutcome(9999, 1, 0)); // an error: no such run

        RunQuery byTag;
        byTag.tag = QStringLiteral("baseline");
        QCOMPARE(store->listRuns(byTag)->size(), 2);
        RunQuery byText;
        byText.text = QStringLiteral("RUN 1");
        QCOMPARE(store->listRuns(byText)->size(), 1);
        QCOMPARE(store->listRuns(byText)->at(0).id, ids[1]);
        RunQuery byPlanName;
        byPlanName.text = QStringLiteral("prompts%"); // LIKE wildcards are literal
        QCOMPARE(store->listRuns(byPlanName)->size(), 0);
        RunQuery byStatus;
        byStatus.status = RunStatus::Completed;
        QCOMPARE(store->listRuns(byStatus)->size(), 1);
        RunQuery limited;
        limited.limit = 2;
        QCOMPARE(store->listRuns(limited)->size(), 2);
        QCOMPARE(store->listRuns(limited)->at(1).id, ids[0]);
    }

    void editsAndDeletes()
    {
        const QString path = freshPath();
        auto store = openOrFail(path);
        QVERIFY(store);
        const RunResult run = sampleResult(samplePlan());
        const qint64 keep = store->saveRun(headerFor(run), run).value();
        const qint64 id = store->saveRun(headerFor(run), run).value();
        VERIFY_NO_ERROR(store->setFindings(id, sampleFindings()));
        VERIFY_NO_ERROR(store->rename(id, QStringLiteral("  with index ")));
        VERIFY_NO_ERROR(store->setNotes(id, QStringLiteral("line 1\nline 2")));
        VERIFY_NO_ERROR(store->addTag(id, QStringLiteral("a")));
        VERIFY_NO_ERROR(store->addTag(id, QStringLiteral("a"))); // idempotent
        VERIFY_NO_ERROR(store->addTag(id, QStringLiteral("b")));
        VERIFY_NO_ERROR(store->removeTag(id, QStringLiteral("a")));
        StoredRun stored = store->loadRun(id).value();
        QCOMPARE(stored.summary.name, QStringLiteral("with index"));
        QCOMPARE(stored.summary.notes, QStringLiteral("line 1\nline 2"));
        QCOMPARE(stored.summary.tags, QStringList { QStringLiteral("b") });

        const std::optional<Error> missingTag = store->removeTag(id, QStringLiteral("zzz"));
        QVERIFY(missingTag);
        QVERIFY2(missingTag->message.contains(QStringLiteral("\"zzz\"")), qPrintable(missingTag->message));
        const std::optional<Error> emptyTag = store->addTag(id, QStringLiteral("  "));
        QVERIFY(emptyTag);
        QVERIFY(emptyTag->message.contains(QStringLiteral("tag")));

        VERIFY_NO_ERROR(store->deleteRun(id));
        {
            RawDb raw(path);
            for (const char* table : { "cells", "events", "time_series", "findings", "run_tags" }) {
                QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE run_id = %2").arg(QLatin1String(table)).arg(id)).toInt(), 0);
                QVERIFY(raw.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE run_id = %2").arg(QLatin1String(table)).arg(keep)).toInt() > 0
                    || QLatin1String(table) == QLatin1String("findings") || QLatin1String(table) == QLatin1String("run_tags"));
            }
        }
        QCOMPARE(store->listRuns()->size(), 1);

        // Every function names an unknown id and the file.
        const QString expected = QStringLiteral("No run with id %1 in %2").arg(id).arg(QDir::toNativeSeparators(path));
        const QList<std::optional<Error>> errors { store->deleteRun(id), store->addTag(id, QStringLiteral("x")),
            store->removeTag(id, QStringLiteral("x")), store->setNotes(id, QString()), store->rename(id, QString()),
            store->addCells(id, run.cells), store->addEvents(id, run.events), store->addTimeSeries(id, run.timeSeries),
            store->finishRun(id, run), store->setFindings(id, {}),
            store->loadRun(id).ok() ? std::nullopt : std::optional<Error>(store->loadRun(id).error()) };
        for (const std::optional<Error>& error : errors) {
            QVERIFY(error);
            QVERIFY2(error->message.contains(expected), qPrintable(error->message));
        }
        QCOMPARE(store->loadRun(keep)->result.cells.size(), run.cells.size()); // failed writes left nothing behind
    }

    void migratesFromEveryOlderVersion_data()
    {
        QTest::addColumn<int>("version");
        QTest::addRow("v0 (empty SQLite file)") << 0;
        QTest::addRow("v0 (zero-byte file)") << -1;
        QTest::addRow("v1") << 1;
        QTest::addRow("v2") << 2;
        QTest::addRow("v3") << 3;
    }

    void migratesFromEveryOlderVersion()
    {
        QFETCH(int, version);
        const QString path = freshPath();
        const Plan plan = samplePlan();
        const CellResult cell = sampleCell(1, 50, 2, plan.endpoints.at(2).name);
        if (version < 0) {
            QVERIFY(writeFile(path, QByteArray()));
        } else {
            RawDb raw(path);
            if (version == 0) {
                QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 0"))); // writes the header: a valid, empty database
                QVERIFY(raw.exec(QStringLiteral("VACUUM")));
            }
            if (version >= 1) {
                for (const QString& statement : version == 1 ? ddlV1() : version == 2 ? ddlV2() : ddlV3())
                    QVERIFY(raw.exec(statement));
                QVERIFY(raw.exec(QStringLiteral("INSERT INTO runs (id, name, status, started_at, finished_at, last_write_at,"
                                                " plan_json, plan_name, base_url, tool_version, transport, seed)"
                                                " VALUES (7, 'old run', 'completed', 1700000000000, 1700000060000,"
                                                " 1700000060000, '%1', 'Demo prompts API', 'http://127.0.0.1:8000',"
                                                " '0.0.9', 'qnam', 3)")
                                     .arg(QString::fromUtf8(planToJsonBytes(plan)).replace(QLatin1Char('\''), QStringLiteral("''")))));
                QVERIFY(raw.exec(QStringLiteral("INSERT INTO cells (run_id, size_index, size, records, endpoint_index,"
                                                " endpoint, method, path, count, successes, failures, min_ms, mean_ms,"
                                                " stddev_ms, p50_ms, p90_ms, p95_ms, p99_ms, max_ms, throughput,"
                                                " wall_seconds, bytes_received, bytes_sent, histogram, samples,"
                                                " error_samples, finished_ms) VALUES (7, 1, 50, 52, 2, '%1', 'GET', '/p',"
                                                " %2, %3, '{\"http_5xx\":2}', 1.5, 2.5, 0.5, 2, 3, 3.5, 4, 5, 20.5, 1.25,"
                                                " 1000, 200, X'%4', X'%5', '[[\"timeout\",\"slow\"]]', 1234)")
                                     .arg(cell.endpoint)
                                     .arg(cell.stats.count)
                                     .arg(cell.stats.successes)
                                     .arg(QString::fromLatin1(cell.histogram.serialize().toHex()))
                                     .arg(QString::fromLatin1(QByteArray("\x01\x03\x02\x04\x01", 5).toHex()))));
                QVERIFY(raw.exec(QStringLiteral("INSERT INTO events (run_id, elapsed_ms, level, message) VALUES (7, 12, 'warning', 'old event')")));
                QVERIFY(raw.exec(QStringLiteral("INSERT INTO run_tags (run_id, tag) VALUES (7, 'legacy')")));
            }
            if (version >= 2) {
                QVERIFY(raw.exec(QStringLiteral("INSERT INTO time_series VALUES (7, 0, 10, 1, 1.0, 2.0, 3.0, 4.0)")));
                QVERIFY(raw.exec(QStringLiteral("INSERT INTO findings (run_id, kind, severity, endpoint, size, message)"
                                                " VALUES (7, 'cliff', 'warning', 'x', 50, 'old finding')")));
            }
            if (version >= 3) { // what the v3 step back-filled when it shipped
                QJsonArray names;
                for (const EndpointConfig& endpoint : plan.endpoints)
                    names.append(endpoint.name);
                QJsonArray sizes;
                for (const int size : plan.dataset.sizes)
                    sizes.append(size);
                QVERIFY(raw.exec(QStringLiteral("UPDATE runs SET cell_count = 1, endpoint_names = '%1', sizes = '%2'")
                                     .arg(QString::fromUtf8(QJsonDocument(names).toJson(QJsonDocument::Compact)).replace(QLatin1Char('\''), QStringLiteral("''")),
                                          QString::fromUtf8(QJsonDocument(sizes).toJson(QJsonDocument::Compact)))));
            }
            QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), std::max(version, 0));
        }

        auto store = openOrFail(path);
        QVERIFY(store);
        QCOMPARE(store->fileSchemaVersion(), kSchemaVersion);
        {
            RawDb raw(path);
            QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), kSchemaVersion);
            QCOMPARE(raw.scalar(QStringLiteral("PRAGMA application_id")).toInt(), kApplicationId);
        }
        const Result<QList<RunSummary>> runs = store->listRuns();
        QVERIFY(runs.ok());
        if (version < 1) {
            QCOMPARE(runs->size(), 0);
        } else {
            QCOMPARE(runs->size(), 1);
            const RunSummary& summary = runs->first();
            QCOMPARE(summary.id, qint64(7));
            QCOMPARE(summary.name, QStringLiteral("old run"));
            QCOMPARE(summary.cellCount, 1); // back-filled by the v3 step
            QCOMPARE(summary.sizes, plan.dataset.sizes); // from the stored plan's JSON
            QCOMPARE(summary.endpoints.size(), plan.endpoints.size());
            QCOMPARE(summary.endpoints.last(), plan.endpoints.last().name);
            QCOMPARE(summary.tags, QStringList { QStringLiteral("legacy") });
            QCOMPARE(summary.toolVersion, QStringLiteral("0.0.9"));
            QCOMPARE(summary.worstP95Ms, std::optional<double>(3.5)); // back-filled by the v4 step
            QVERIFY(!summary.thresholdChecks); // never evaluated
            const Result<StoredRun> stored = store->loadRun(7);
            QVERIFY2(stored.ok(), stored.ok() ? "" : qPrintable(stored.error().message));
            QVERIFY(stored->result.plan == plan);
            QCOMPARE(stored->result.cells.size(), 1);
            const CellResult& back = stored->result.cells.first();
            QVERIFY(back.histogram == cell.histogram);
            QCOMPARE(back.samplesNs, (QList<qint64> { 1, 3, 2 })); // zigzag deltas +1, +2, -1
            QCOMPARE(back.stats.failures[size_t(FailureKind::HttpServerError)], quint64(2));
            QCOMPARE(back.errorSamples.first().first, FailureKind::Timeout);
            QCOMPARE(stored->result.events.size(), 1);
            QCOMPARE(stored->result.timeSeries.size(), version >= 2 ? 1 : 0);
            QCOMPARE(stored->findings.size(), version >= 2 ? 1 : 0);
        }
        // The migrated file takes new runs.
        const RunResult run = sampleResult(plan);
        VERIFY_OK(store->saveRun(headerFor(run), run));
        VERIFY_NO_ERROR(store->setFindings(store->listRuns()->first().id, sampleFindings()));
    }

    void refusesFilesThatAreNotOurs_data()
    {
        QTest::addColumn<QByteArray>("kind");
        QTest::addColumn<int>("access");
        QTest::addColumn<QString>("fragment");
        const int rw = int(HistoryStore::Access::ReadWrite);
        const int ro = int(HistoryStore::Access::ReadOnly);
        for (const int access : { rw, ro }) {
            const char* suffix = access == rw ? " (read-write)" : " (read-only)";
            QTest::addRow("text%s", suffix) << QByteArray("text") << access << QStringLiteral("not an SQLite file");
            QTest::addRow("png%s", suffix) << QByteArray("png") << access << QStringLiteral("not an SQLite file");
            QTest::addRow("header only%s", suffix) << QByteArray("header-only") << access << QStringLiteral("truncated");
            QTest::addRow("truncated history%s", suffix) << QByteArray("truncated") << access << QStringLiteral("is damaged and was left untouched: the file is shorter than its header says");
            QTest::addRow("garbled history%s", suffix) << QByteArray("garbled") << access << QStringLiteral("is damaged and was left untouched: database disk image is malformed");
            QTest::addRow("foreign tables%s", suffix) << QByteArray("foreign") << access << QStringLiteral("another application's SQLite database (tables: bookmarks, places)");
            QTest::addRow("foreign application id%s", suffix) << QByteArray("foreign-id") << access << QStringLiteral("application id 0x47504b47");
        }
        QTest::addRow("newer version (read-write)") << QByteArray("newer") << rw << QStringLiteral("written by a newer ScaleScope (history schema version %1").arg(kSchemaVersion + 1);
        QTest::addRow("newer, incompatible (read-only)") << QByteArray("newer-incompatible") << ro << QStringLiteral("in a way this version cannot read");
        QTest::addRow("empty (read-only)") << QByteArray("empty") << ro << QStringLiteral("it is empty");
    }

    void refusesFilesThatAreNotOurs()
    {
        QFETCH(QByteArray, kind);
        QFETCH(int, access);
        QFETCH(QString, fragment);
        const QString path = freshPath();
        auto makeHistory = [&](int runs) {
            auto store = openOrFail(path);
            QVERIFY(store);
            const RunResult run = sampleResult(samplePlan());
            for (int i = 0; i < runs; ++i)
                VERIFY_OK(store->saveRun(headerFor(run), run));
        };
        if (kind == "text") {
            QVERIFY(writeFile(path, QByteArrayLiteral("name,started\nnightly,2026-01-01\n")));
        } else if (kind == "png") {
            QVERIFY(writeFile(path, QByteArray::fromHex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489")));
        } else if (kind == "header-only") {
            QVERIFY(writeFile(path, QByteArray("SQLite format 3\0\x10\x00", 18)));
        } else if (kind == "truncated" || kind == "garbled") {
            makeHistory(20);
            QByteArray bytes = fileBytes(path);
            QVERIFY(bytes.size() > 64 * 1024);
            if (kind == "truncated") {
                bytes.truncate(bytes.size() / 3);
            } else {
                for (qsizetype i = 4096; i < bytes.size(); i += 3) // every page but the first
                    bytes[i] = char(bytes.at(i) ^ 0x5a);
            }
            QVERIFY(writeFile(path, bytes));
        } else if (kind == "foreign" || kind == "foreign-id") {
            RawDb raw(path);
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE places (id INTEGER PRIMARY KEY, url TEXT)")));
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE bookmarks (id INTEGER PRIMARY KEY, place INTEGER)")));
            if (kind == "foreign-id")
                QVERIFY(raw.exec(QStringLiteral("PRAGMA application_id = 1196444487"))); // 0x47504b47, GeoPackage
        } else if (kind == "newer" || kind == "newer-incompatible") {
            makeHistory(1);
            RawDb raw(path);
            if (kind == "newer-incompatible")
                QVERIFY(raw.exec(QStringLiteral("ALTER TABLE runs RENAME COLUMN sizes TO dataset_sizes")));
            QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion + 1)));
        } else if (kind == "empty") {
            QVERIFY(writeFile(path, QByteArray()));
        }
        QVERIFY(!QTest::currentTestFailed());
        const QByteArray before = fileBytes(path);
        const QStringList entriesBefore = QDir(m_dir.path()).entryList(QDir::Files);

        const Result<std::unique_ptr<HistoryStore>> store = HistoryStore::open(path, HistoryStore::Access(access));
        QVERIFY(!store.ok());
        const QString message = store.error().message;
        QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
        QVERIFY2(message.contains(fragment), qPrintable(message));
        QCOMPARE(store.error().kind, ErrorKind::Io);
        QVERIFY2(fileBytes(path) == before, "the refused file was modified");
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), entriesBefore); // no -wal/-shm/-journal left behind
    }

    void readsANewerCompatibleFileReadOnly()
    {
        const QString path = freshPath();
        {
            auto store = openOrFail(path);
            QVERIFY(store);
            const RunResult run = sampleResult(samplePlan());
            VERIFY_OK(store->saveRun(headerFor(run), run));
        }
        {
            RawDb raw(path); // what a future version might do: add a table and a column
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE baselines (run_id INTEGER)")));
            QVERIFY(raw.exec(QStringLiteral("ALTER TABLE cells ADD COLUMN p999_ms REAL")));
            QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion + 1)));
        }
        const QByteArray before = fileBytes(path);
        auto reader = openOrFail(path, HistoryStore::Access::ReadOnly);
        QVERIFY(reader);
        QCOMPARE(reader->fileSchemaVersion(), kSchemaVersion + 1);
        QCOMPARE(reader->listRuns()->size(), 1);
        QVERIFY(reader->loadRun(reader->listRuns()->first().id).ok());
        const std::optional<Error> write = reader->addTag(1, QStringLiteral("x"));
        QVERIFY(write);
        QVERIFY2(write->message.contains(QStringLiteral("read-only")), qPrintable(write->message));
        reader.reset();
        QVERIFY(fileBytes(path) == before);
    }

    void explainsBadPaths_data()
    {
        QTest::addColumn<QString>("relative");
        QTest::addColumn<int>("access");
        QTest::addColumn<QString>("fragment");
        QTest::addRow("missing directory") << QStringLiteral("no/such/dir/history.sqlite") << 0 << QStringLiteral("does not exist");
        QTest::addRow("read-only directory") << QStringLiteral("locked/history.sqlite") << 0 << QStringLiteral("is not writable");
        QTest::addRow("missing file, read-only") << QStringLiteral("absent.sqlite") << 1 << QStringLiteral("No history database at");
        QTest::addRow("a directory") << QStringLiteral("locked") << 0 << QStringLiteral("it is a directory");
        QTest::addRow("empty path") << QString() << 0 << QStringLiteral("No history database path given");
    }

    void explainsBadPaths()
    {
        QFETCH(QString, relative);
        QFETCH(int, access);
        QFETCH(QString, fragment);
        const QString locked = m_dir.filePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkpath(locked));
        QVERIFY(QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        if (relative.startsWith(QLatin1String("locked/")) && ::geteuid() == 0)
            QSKIP("root can write into a read-only directory");
        const QString path = relative.isEmpty() ? QString() : m_dir.filePath(relative);
        const Result<std::unique_ptr<HistoryStore>> store = HistoryStore::open(path, HistoryStore::Access(access));
        QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QVERIFY(!store.ok());
        QVERIFY2(store.error().message.contains(fragment), qPrintable(store.error().message));
        QVERIFY2(store.error().message.contains(QDir::toNativeSeparators(path)), qPrintable(store.error().message));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("no"))));
    }

    void recoversInterruptedRuns_data()
    {
        QTest::addColumn<QString>("owner");
        QTest::addColumn<bool>("interrupted");
        QTest::addRow("dead pid") << QStringLiteral("dead") << true;
        QTest::addRow("pid reused by another process") << QStringLiteral("reused") << true;
        QTest::addRow("dead pid, no start time") << QStringLiteral("dead-nostart") << true;
        QTest::addRow("killed, not yet reaped (zombie)") << QStringLiteral("zombie-nostart") << true;
        QTest::addRow("live owner (this process)") << QStringLiteral("self") << false;
        QTest::addRow("live pid, no start time") << QStringLiteral("self-nostart") << false;
        QTest::addRow("another host") << QStringLiteral("other-host") << false;
    }

    void recoversInterruptedRuns()
    {
        QFETCH(QString, owner);
        QFETCH(bool, interrupted);
        pid_t zombie = 0;
        const auto reap = qScopeGuard([&] {
            if (zombie > 0)
                ::waitpid(zombie, nullptr, 0);
        });
        const QString path = freshPath();
        const RunResult run = sampleResult(samplePlan());
        qint64 id = 0;
        {
            auto store = openOrFail(path);
            QVERIFY(store);
            id = store->beginRun(headerFor(run)).value();
            VERIFY_NO_ERROR(store->addCells(id, run.cells.mid(0, 2)));
        }
        const qint64 lastWrite = 1'750'000'000'123;
        {
            RawDb raw(path);
            QVERIFY(raw.exec(QStringLiteral("UPDATE runs SET last_write_at = %1").arg(lastWrite)));
            if (owner.startsWith(QLatin1String("dead")))
                QVERIFY(raw.exec(QStringLiteral("UPDATE runs SET owner_pid = %1").arg(deadPid())));
            if (owner.startsWith(QLatin1String("zombie"))) {
                zombie = ::fork();
                if (zombie == 0)
                    ::_exit(0);
                // Exited, not reaped: still in the process table, in state Z. (Waiting for the state, not just for
                // /proc/PID/stat: under ASan the child takes a while to get to _exit, and is "alive" until then.)
                const auto state = [](pid_t pid) {
                    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
                    if (!stat.open(QIODevice::ReadOnly))
                        return '?';
                    const QByteArray line = stat.readAll();
                    const qsizetype paren = line.lastIndexOf(')');
                    return paren >= 0 && paren + 2 < line.size() ? line.at(paren + 2) : '?';
                };
                QTRY_COMPARE_WITH_TIMEOUT(state(zombie), 'Z', 10000);
                QVERIFY(raw.exec(QStringLiteral("UPDATE runs SET owner_pid = %1").arg(zombie)));
            }
            if (owner == QLatin1String("reused"))
                QVERIFY(raw.exec(QStringLiteral("UPDATE runs SET owner_start = owner_start + 1")));
            if (owner.endsWith(QLatin1String("nostart")))
                QVERIFY(raw.exec(QStringLiteral("UPDATE runs SET owner_start = NULL")));
            if (owner == QLatin1String("other-host"))
                QVERIFY(raw.exec(QStringLiteral("UPDATE runs SET owner_pid = %1, owner_host = 'elsewhere.example'").arg(deadPid())));
            QCOMPARE(raw.scalar(QStringLiteral("SELECT owner_host FROM runs")).toString(), owner == QLatin1String("other-host") ? QStringLiteral("elsewhere.example") : QSysInfo::machineHostName());
        }
        // A read-only open never writes: the run still shows as running there.
        {
            auto reader = openOrFail(path, HistoryStore::Access::ReadOnly);
            QVERIFY(reader);
            QCOMPARE(reader->listRuns()->first().status, RunStatus::Running);
        }
        auto store = openOrFail(path);
        QVERIFY(store);
        const StoredRun stored = store->loadRun(id).value();
        QCOMPARE(stored.summary.status, interrupted ? RunStatus::Interrupted : RunStatus::Running);
        QCOMPARE(stored.result.cells.size(), 2);
        if (interrupted) {
            QCOMPARE(stored.summary.finishedAt, QDateTime::fromMSecsSinceEpoch(lastWrite, Qt::UTC));
            QVERIFY(stored.result.error);
            QVERIFY2(stored.result.error->message.contains(QStringLiteral("ended before the run finished")),
                qPrintable(stored.result.error->message));
        } else {
            QVERIFY(!stored.summary.finishedAt.isValid());
        }
        QCOMPARE(store->recoverInterruptedRuns().value(), 0); // idempotent
    }

    void killedWriterLeavesAnInterruptedRunWithEveryCommittedCell()
    {
        const QString path = freshPath();
        const RunResult run = sampleResult(samplePlan());
        qint64 id = 0;
        {
            // What a SIGKILL leaves: begun, three snapshots committed, never finished.
            auto store = openOrFail(path);
            QVERIFY(store);
            RunRecorder recorder(*store);
            QVERIFY(recorder.begin(headerFor(run)));
            id = recorder.runId();
            for (int i = 0; i < 3; ++i) {
                auto snapshot = std::make_shared<RunSnapshot>();
                snapshot->runId = 1;
                snapshot->newCells = run.cells.mid(i * 3, 3);
                snapshot->newEvents = { run.events.at(i) };
                snapshot->newTimeSeries = { run.timeSeries.at(i) };
                recorder.onSnapshot(snapshot);
                // Committed at once: another connection sees it before the next snapshot.
                auto other = openOrFail(path, HistoryStore::Access::ReadOnly);
                QVERIFY(other);
                QCOMPARE(other->listRuns()->first().cellCount, (i + 1) * 3);
                QCOMPARE(other->loadRun(id)->result.cells.size(), (i + 1) * 3);
            }
        }
        {
            RawDb raw(path);
            QVERIFY(raw.exec(QStringLiteral("UPDATE runs SET owner_pid = %1").arg(deadPid())));
        }
        auto store = openOrFail(path);
        QVERIFY(store);
        const StoredRun stored = store->loadRun(id).value();
        QCOMPARE(stored.summary.status, RunStatus::Interrupted);
        QCOMPARE(stored.result.cells.size(), 9);
        for (int i = 0; i < 9; ++i)
            compareCells(stored.result.cells.at(i), run.cells.at(i));
        QCOMPARE(stored.result.events.size(), 3);
        QCOMPARE(stored.result.timeSeries, run.timeSeries.mid(0, 3));
        QVERIFY(stored.summary.finishedAt.isValid());
    }

    // The recorder stores the analysis with the run's end: the findings and the threshold verdict the list shows.
    void recorderStoresFindingsAndTheThresholdVerdict()
    {
        auto store = openOrFail(freshPath());
        QVERIFY(store);
        Plan plan = samplePlan();
        plan.thresholds = { Threshold { QString(), ThresholdMetric::P95, 0.001 } }; // every cell fails
        auto run = std::make_shared<RunResult>(sampleResult(plan));
        run->status = RunStatus::Completed;
        RunRecorder recorder(*store);
        QSignalSpy recorded(&recorder, &RunRecorder::runRecorded);
        QVERIFY(recorder.begin(headerFor(*run)));
        recorder.onFinished(run);
        QCOMPARE(recorded.size(), 1);
        const RunSummary summary = store->listRuns()->first();
        QCOMPARE(summary.thresholdChecks, std::optional<int>(int(run->cells.size())));
        QCOMPARE(summary.thresholdFailures, summary.thresholdChecks);
        const StoredRun stored = store->loadRun(recorder.runId()).value();
        QVERIFY(!stored.findings.isEmpty()); // one complexity finding per endpoint at least
    }

    void recorderReportsErrorsAndIgnoresOtherRuns()
    {
        const QString path = freshPath();
        QVERIFY(openOrFail(path));
        const RunResult run = sampleResult(samplePlan());
        {
            auto reader = openOrFail(path, HistoryStore::Access::ReadOnly);
            QVERIFY(reader);
            RunRecorder recorder(*reader);
            QSignalSpy failed(&recorder, &RunRecorder::writeFailed);
            QVERIFY(!recorder.begin(headerFor(run)));
            QCOMPARE(failed.size(), 1);
            QVERIFY(recorder.lastError());
            QVERIFY(recorder.lastError()->message.contains(QStringLiteral("read-only")));
            auto snapshot = std::make_shared<RunSnapshot>();
            snapshot->newCells = run.cells;
            recorder.onSnapshot(snapshot); // not recording: nothing happens, nothing crashes
            QCOMPARE(failed.size(), 1);
        }
        auto store = openOrFail(path);
        QVERIFY(store);
        RunRecorder recorder(*store);
        QSignalSpy failed(&recorder, &RunRecorder::writeFailed);
        QVERIFY(recorder.begin(headerFor(run)));
        auto mine = std::make_shared<RunSnapshot>();
        mine->runId = 5;
        mine->newCells = run.cells.mid(0, 1);
        recorder.onSnapshot(mine);
        auto stale = std::make_shared<RunSnapshot>();
        stale->runId = 4;
        stale->newCells = run.cells.mid(1, 1);
        recorder.onSnapshot(stale);
        QCOMPARE(store->listRuns()->first().cellCount, 1);
        // The run disappears under the recorder (deleted from the GUI): errors, no crash.
        VERIFY_NO_ERROR(store->deleteRun(recorder.runId()));
        auto next = std::make_shared<RunSnapshot>();
        next->runId = 5;
        next->newCells = run.cells.mid(2, 1);
        recorder.onSnapshot(next);
        QCOMPARE(failed.size(), 1);
        QVERIFY2(recorder.lastError()->message.contains(QStringLiteral("No run with id")), qPrintable(recorder.lastError()->message));
    }

    void neverStoresSecrets()
    {
        demo::DemoTargetThread target;
        const Result<QUrl> url = target.start(demo::DemoTargetOptions {});
        QVERIFY2(url.ok(), url.ok() ? "" : qPrintable(url.error().message));
        Plan plan = samplePlan();
        plan.target.baseUrl = url.value();
        plan.dataset.sizes = { 2, 4 };
        plan.measurement.iterations = 3;
        RunOptions options;
        options.password = QLatin1String(kKnownPassword); // overrides the plan's ${SCALESCOPE_PASSWORD}

        const QString path = freshPath();
        auto store = openOrFail(path);
        QVERIFY(store);
        Engine engine;
        RunRecorder recorder(*store);
        recorder.attach(&engine);
        QSignalSpy recorded(&recorder, &RunRecorder::runRecorded);
        QSignalSpy failed(&recorder, &RunRecorder::writeFailed);
        RunHeader header;
        header.name = QStringLiteral("secret test");
        header.plan = plan;
        QVERIFY(recorder.begin(header));
        QVERIFY(engine.start(plan, options) != 0);
        QVERIFY(recorded.wait(60000));
        QCOMPARE(failed.size(), 0);

        const StoredRun stored = store->loadRun(recorder.runId()).value();
        QCOMPARE(stored.summary.status, RunStatus::Completed);
        QCOMPARE(stored.result.cells.size(), 2 * plan.endpoints.size());
        QVERIFY(stored.summary.cellCount == int(stored.result.cells.size()));
        QCOMPARE(stored.result.transport, QStringLiteral("lean-http1"));
        QCOMPARE(stored.result.plan.auth.passwordRef, QStringLiteral("${SCALESCOPE_PASSWORD}"));
        QVERIFY(!stored.result.events.isEmpty());

        // The bytes on disk, WAL included, then again after the final checkpoint.
        QByteArray onDisk = fileBytes(path) + fileBytes(path + QStringLiteral("-wal"));
        QVERIFY(onDisk.contains("${SCALESCOPE_PASSWORD}")); // the reference is stored ...
        QVERIFY(!onDisk.contains(kKnownPassword)); // ... the password never
        QVERIFY(!onDisk.contains(QByteArray(kKnownPassword).toBase64()));
        store.reset();
        onDisk = fileBytes(path);
        QVERIFY(onDisk.contains("${SCALESCOPE_PASSWORD}"));
        QVERIFY(!onDisk.contains(kKnownPassword));
    }

    void readerSeesConsistentDataWhileAWriterWrites()
    {
        const QString path = freshPath();
        QVERIFY(openOrFail(path));
        const RunResult run = sampleResult(samplePlan());
        constexpr int kBatches = 60;
        std::atomic<bool> writerDone { false };
        std::atomic<int> writerErrors { 0 };
        std::atomic<qint64> runId { 0 };
        QString writerMessage;
        std::thread writer([&] {
            // Its own connection, opened on its own thread.
            Result<std::unique_ptr<HistoryStore>> store = HistoryStore::open(path);
            if (!store) {
                writerMessage = store.error().message;
                ++writerErrors;
                writerDone = true;
                return;
            }
            const Result<qint64> id = store.value()->beginRun(headerFor(run));
            runId = id.ok() ? id.value() : -1;
            for (int i = 0; i < kBatches; ++i) {
                QList<CellResult> batch = run.cells.mid(i % run.cells.size(), 1);
                batch.first().sizeIndex = i;
                if (std::optional<Error> error = store.value()->addCells(runId, batch)) {
                    writerMessage = error->message;
                    ++writerErrors;
                }
                std::this_thread::sleep_for(2ms);
            }
            RunResult done = run;
            done.status = RunStatus::Completed;
            if (store.value()->finishRun(runId, done))
                ++writerErrors;
            writerDone = true;
        });
        auto reader = openOrFail(path, HistoryStore::Access::ReadOnly);
        QVERIFY(reader);
        int reads = 0;
        int lastSeen = 0;
        bool ok = true;
        QString readerMessage;
        while (!writerDone || reads == 0) {
            const Result<QList<RunSummary>> runs = reader->listRuns();
            if (!runs) {
                ok = false;
                readerMessage = runs.error().message;
                break;
            }
            if (!runs->isEmpty()) {
                const int count = runs->first().cellCount;
                const Result<StoredRun> stored = reader->loadRun(runs->first().id);
                // A snapshot-consistent read: the cells loaded are at least those counted just before.
                if (count < lastSeen || !stored || stored->result.cells.size() < count) {
                    ok = false;
                    readerMessage = stored ? QStringLiteral("count %1 after %2, loaded %3").arg(count).arg(lastSeen).arg(stored->result.cells.size())
                                           : stored.error().message;
                    break;
                }
                lastSeen = count;
            }
            ++reads;
        }
        writer.join();
        QVERIFY2(writerErrors == 0, qPrintable(writerMessage));
        QVERIFY2(ok, qPrintable(readerMessage));
        QVERIFY(reads > 1);
        const StoredRun stored = reader->loadRun(runId).value();
        QCOMPARE(stored.result.cells.size(), kBatches);
        QCOMPARE(stored.summary.status, RunStatus::Completed);
    }
};

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"
