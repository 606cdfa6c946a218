// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/historystore.h"

#include "plan/planparser.h"
#include "results/loadjson.h"
#include "storage/historyschema.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSysInfo>
#include <QThread>

#include <array>
#include <climits>
#include <utility>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <sys/types.h>
#include <unistd.h>
#endif

namespace scalescope::storage {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(scalescope::storage::HistoryStore)
};

constexpr int kBusyTimeoutMs = 5000;
constexpr char kSqliteMagic[] = "SQLite format 3"; // followed by a NUL: 16 bytes
constexpr int kSqliteHeaderSize = 100;
constexpr char kSamplesFormat = 1; // varint count, then zigzag varint deltas

QAtomicInteger<quint64> s_connectionCounter;

QString nativePath(const QString& path) { return QDir::toNativeSeparators(path); }

// ---- stable names stored in the file ----

QString errorKindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Usage: return QStringLiteral("usage");
    case ErrorKind::Plan: return QStringLiteral("plan");
    case ErrorKind::Io: return QStringLiteral("io");
    case ErrorKind::Network: return QStringLiteral("network");
    case ErrorKind::Auth: return QStringLiteral("auth");
    case ErrorKind::Target: return QStringLiteral("target");
    case ErrorKind::Cancelled: return QStringLiteral("cancelled");
    case ErrorKind::Internal: return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}

ErrorKind errorKindFromName(const QString& name)
{
    for (const ErrorKind kind : { ErrorKind::Usage, ErrorKind::Plan, ErrorKind::Io, ErrorKind::Network, ErrorKind::Auth,
             ErrorKind::Target, ErrorKind::Cancelled, ErrorKind::Internal }) {
        if (errorKindName(kind) == name)
            return kind;
    }
    return ErrorKind::Internal;
}

QString eventLevelName(RunEvent::Level level)
{
    switch (level) {
    case RunEvent::Level::Info: return QStringLiteral("info");
    case RunEvent::Level::Warning: return QStringLiteral("warning");
    case RunEvent::Level::Error: return QStringLiteral("error");
    }
    return QStringLiteral("info");
}

RunEvent::Level eventLevelFromName(const QString& name)
{
    if (name == QLatin1String("warning"))
        return RunEvent::Level::Warning;
    if (name == QLatin1String("error"))
        return RunEvent::Level::Error;
    return RunEvent::Level::Info;
}

FailureKind failureKindFromName(const QString& name)
{
    for (std::size_t i = 0; i < kFailureKindCount; ++i) {
        const auto kind = static_cast<FailureKind>(i);
        if (failureKindName(kind) == name)
            return kind;
    }
    return FailureKind::Other; // a kind added by a newer ScaleScope still counts as a failure
}

// ---- encodings ----

QByteArray compactJson(const QJsonArray& array) { return QJsonDocument(array).toJson(QJsonDocument::Compact); }
QByteArray compactJson(const QJsonObject& object) { return QJsonDocument(object).toJson(QJsonDocument::Compact); }

QString jsonText(const QJsonArray& array) { return QString::fromUtf8(compactJson(array)); }
QString jsonText(const QJsonObject& object) { return QString::fromUtf8(compactJson(object)); }

QJsonArray jsonArray(const QString& text) { return QJsonDocument::fromJson(text.toUtf8()).array(); }
QJsonObject jsonObject(const QString& text) { return QJsonDocument::fromJson(text.toUtf8()).object(); }

QStringList toStringList(const QJsonArray& array)
{
    QStringList out;
    out.reserve(array.size());
    for (const QJsonValue& value : array)
        out.append(value.toString());
    return out;
}

void putVarint(QByteArray& out, quint64 value)
{
    while (value >= 0x80) {
        out.append(char((value & 0x7f) | 0x80));
        value >>= 7;
    }
    out.append(char(value));
}

bool getVarint(const QByteArray& in, qsizetype& pos, quint64& value)
{
    value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        if (pos >= in.size())
            return false;
        const auto byte = quint8(in.at(pos++));
        value |= quint64(byte & 0x7f) << shift;
        if (!(byte & 0x80))
            return true;
    }
    return false;
}

/// Raw samples: arrival order matters (significance tests may use it), so they are delta-encoded as
/// they come; latencies of one cell are close to each other, so most deltas fit in 2–3 bytes.
QByteArray encodeSamples(const QList<qint64>& samples)
{
    QByteArray out;
    out.reserve(2 + samples.size() * 3);
    out.append(kSamplesFormat);
    putVarint(out, quint64(samples.size()));
    qint64 previous = 0;
    for (const qint64 sample : samples) {
        const qint64 delta = qint64(quint64(sample) - quint64(previous)); // wraps instead of overflowing
        putVarint(out, (quint64(delta) << 1) ^ quint64(delta >> 63));
        previous = sample;
    }
    return out;
}

std::optional<QList<qint64>> decodeSamples(const QByteArray& data)
{
    if (data.isEmpty())
        return QList<qint64> {};
    if (data.at(0) != kSamplesFormat)
        return std::nullopt;
    qsizetype pos = 1;
    quint64 count = 0;
    if (!getVarint(data, pos, count) || count > quint64(data.size()))
        return std::nullopt;
    QList<qint64> out;
    out.reserve(qsizetype(count));
    quint64 previous = 0;
    for (quint64 i = 0; i < count; ++i) {
        quint64 zigzag = 0;
        if (!getVarint(data, pos, zigzag))
            return std::nullopt;
        const quint64 delta = (zigzag >> 1) ^ (~(zigzag & 1) + 1);
        previous += delta;
        out.append(qint64(previous));
    }
    if (pos != data.size())
        return std::nullopt;
    return out;
}

QJsonObject failuresToJson(const std::array<quint64, kFailureKindCount>& failures)
{
    QJsonObject out;
    for (std::size_t i = 0; i < kFailureKindCount; ++i) {
        if (failures[i] != 0)
            out.insert(failureKindName(static_cast<FailureKind>(i)), double(failures[i]));
    }
    return out;
}

std::array<quint64, kFailureKindCount> failuresFromJson(const QJsonObject& object)
{
    std::array<quint64, kFailureKindCount> out {};
    for (auto it = object.begin(); it != object.end(); ++it)
        out[static_cast<std::size_t>(failureKindFromName(it.key()))] += quint64(it.value().toDouble());
    return out;
}

/// QSQLITE binds a null QString as SQL NULL; text columns are NOT NULL, so bind "" instead.
QString text(const QString& value) { return value.isNull() ? QStringLiteral("") : value; }

qint64 nowMs() { return QDateTime::currentMSecsSinceEpoch(); }

QDateTime dateTimeFromMs(const QVariant& value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

// ---- the owner process of a running run ----

/// Linux: the fields of /proc/<pid>/stat from field 3 (the state) on; empty when unreadable.
QList<QByteArray> processStatFields(qint64 pid)
{
#ifdef Q_OS_LINUX
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray stat = file.readAll();
    const qsizetype close = stat.lastIndexOf(')'); // the command name may contain spaces and parentheses
    if (close < 0)
        return {};
    return stat.mid(close + 2).split(' '); // fields[0] is field 3 (state)
#else
    Q_UNUSED(pid)
    return {};
#endif
}

/// Linux: field 22 of /proc/<pid>/stat (start time in clock ticks since boot). Together with the pid
/// it identifies a process even when pids are reused.
std::optional<qint64> processStartTime(qint64 pid)
{
    const QList<QByteArray> fields = processStatFields(pid);
    if (fields.size() < 20)
        return std::nullopt;
    bool ok = false;
    const qint64 start = fields.at(19).toLongLong(&ok);
    return ok ? std::optional<qint64>(start) : std::nullopt;
}

qint64 currentPid()
{
#ifdef Q_OS_UNIX
    return qint64(::getpid());
#else
    return QCoreApplication::applicationPid();
#endif
}

/// @p startTime: the owner's start time as processStartTime() read it, -1 when unknown.
bool processAlive(qint64 pid, qint64 startTime)
{
#ifdef Q_OS_UNIX
    if (pid <= 0 || pid > INT_MAX)
        return false;
    if (::kill(pid_t(pid), 0) != 0 && errno != EPERM)
        return false;
    // One read of /proc/<pid>/stat: a zombie (killed, not yet reaped) runs nothing any more, and another
    // start time means the pid now belongs to another process.
    const QList<QByteArray> fields = processStatFields(pid);
    if (!fields.isEmpty() && (fields.first() == "Z" || fields.first() == "X"))
        return false;
    bool known = false;
    const qint64 current = fields.size() >= 20 ? fields.at(19).toLongLong(&known) : 0;
    return !(startTime >= 0 && known && current != startTime);
#else
    Q_UNUSED(pid)
    Q_UNUSED(startTime)
    return true; // cannot tell: never mark a run interrupted by mistake
#endif
}

// ---- opening ----

QString sqliteReason(const QSqlError& error)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return text.trimmed();
}

quint32 bigEndian(const QByteArray& bytes, qsizetype offset, int size)
{
    quint32 value = 0;
    for (int i = 0; i < size; ++i)
        value = (value << 8) | quint8(bytes.at(offset + i));
    return value;
}

/// Validates an existing, non-empty file before any read-write connection touches it. Everything that
/// can refuse a file happens here, through a connection that cannot write: `immutable` (no locks, no
/// -wal/-shm files created) when no other connection has the file open in WAL mode, else read-only.
/// Returns the file's schema version.
Result<int> validateExisting(const QString& path, const QByteArray& header, qint64 fileSize, bool readWrite)
{
    const QString where = nativePath(path);
    auto damaged = [&](const QString& reason) {
        //: %1 = file, %2 = SQLite's reason
        return Error { ErrorKind::Io,
            Text::tr("%1 is damaged and was left untouched: %2. Restore it from a backup or choose another history "
                     "file.")
                .arg(where, reason) };
    };
    const bool walInUse = QFileInfo::exists(path + QStringLiteral("-wal"));
    // The header's page count is valid when "version-valid-for" (offset 92) equals the change counter (24).
    quint32 pageSize = bigEndian(header, 16, 2);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pageCount = bigEndian(header, 28, 4);
    if (!walInUse && pageCount > 0 && bigEndian(header, 92, 4) == bigEndian(header, 24, 4)
        && qint64(pageCount) * qint64(pageSize) > fileSize)
        return damaged(Text::tr("the file is shorter than its header says (%1 of %2 bytes): a truncated copy?")
                           .arg(fileSize)
                           .arg(qint64(pageCount) * qint64(pageSize)));

    const QString name = QStringLiteral("scalescope-history-probe-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1));
    Result<int> result = Error { ErrorKind::Io, QString() };
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        QString options = QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs);
        if (walInUse) {
            db.setDatabaseName(path);
        } else {
            db.setDatabaseName(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded)
                + QStringLiteral("?immutable=1"));
            options += QStringLiteral(";QSQLITE_OPEN_URI");
        }
        db.setConnectOptions(options);
        result = [&]() -> Result<int> {
            if (!db.open())
                return damaged(sqliteReason(db.lastError()));
            QSqlQuery query(db);
            query.setForwardOnly(true);
            auto scalar = [&](const QString& sql) -> std::optional<qint64> {
                if (!query.exec(sql) || !query.next())
                    return std::nullopt;
                const qint64 value = query.value(0).toLongLong();
                query.finish();
                return value;
            };
            const std::optional<qint64> applicationId = scalar(QStringLiteral("PRAGMA application_id"));
            const std::optional<qint64> userVersion = scalar(QStringLiteral("PRAGMA user_version"));
            if (!applicationId || !userVersion)
                return damaged(sqliteReason(query.lastError()));
            QStringList tables;
            if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                           "'sqlite\\_%' ESCAPE '\\' ORDER BY name")))
                return damaged(sqliteReason(query.lastError()));
            while (query.next())
                tables.append(query.value(0).toString());
            query.finish();

            if (qint32(*applicationId) != kApplicationId) {
                if (*applicationId != 0)
                    return Error { ErrorKind::Io,
                        Text::tr("%1 is not a ScaleScope history database: it belongs to another application "
                                 "(SQLite application id 0x%2).")
                            .arg(where, QString::number(quint32(*applicationId), 16)) };
                if (!tables.isEmpty() || *userVersion != 0)
                    return Error { ErrorKind::Io,
                        Text::tr("%1 is not a ScaleScope history database: it is another application's SQLite "
                                 "database (tables: %2).")
                            .arg(where, tables.join(QStringLiteral(", "))) };
                return 0; // an empty SQLite database: a new history
            }
            const int version = int(*userVersion);
            if (version > kSchemaVersion && readWrite)
                return Error { ErrorKind::Io,
                    Text::tr("%1 was written by a newer ScaleScope (history schema version %2; this version writes "
                             "version %3). Update ScaleScope, or open it read-only.")
                        .arg(where)
                        .arg(version)
                        .arg(kSchemaVersion) };
            if (version < kSchemaVersion && !readWrite)
                return Error { ErrorKind::Io,
                    Text::tr("%1 uses the older history schema version %2: open it read-write once to upgrade it "
                             "to version %3.")
                        .arg(where)
                        .arg(version)
                        .arg(kSchemaVersion) };
            // Walk every table's b-tree (count(*) uses the smallest index): cheap, and catches most damage
            // before anything is written.
            for (const QString& table : std::as_const(tables)) {
                if (!scalar(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table)))
                    return damaged(sqliteReason(query.lastError()));
            }
            if (version >= kSchemaVersion) {
                // A newer ScaleScope only adds tables and columns while old readers stay compatible; if it
                // removed or renamed anything this version reads, say so now.
                for (const auto& [table, columns] : detail::readColumns()) {
                    if (!query.exec(QStringLiteral("SELECT %1 FROM %2 LIMIT 0").arg(columns.join(QStringLiteral(", ")), table)))
                        return Error { ErrorKind::Io,
                            Text::tr("%1 was written by a newer ScaleScope (history schema version %2) in a way this "
                                     "version cannot read: %3")
                                .arg(where)
                                .arg(version)
                                .arg(sqliteReason(query.lastError())) };
                    query.finish();
                }
            }
            return version;
        }();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

bool execAll(QSqlQuery& query, const QStringList& statements, QSqlError& error)
{
    for (const QString& statement : statements) {
        if (!query.exec(statement)) {
            error = query.lastError();
            return false;
        }
    }
    return true;
}

} // namespace

// ================================================================================================

HistoryStore::HistoryStore(QString path, QString connectionName, Access access)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_access(access)
    , m_thread(QThread::currentThread())
{
}

HistoryStore::~HistoryStore()
{
    assertThread();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

void HistoryStore::assertThread() const
{
    Q_ASSERT_X(QThread::currentThread() == m_thread, "HistoryStore",
        "a HistoryStore is used only on the thread that opened it: open one per thread");
}

QString HistoryStore::defaultPath()
{
    // Not AppDataLocation: that includes the application name, and scalescope-cli and the GUI must share
    // one history.
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (base.isEmpty())
        return {};
    const QString dir = base + QStringLiteral("/ScaleScope");
    if (!QDir().mkpath(dir))
        return {};
    return dir + QStringLiteral("/history.sqlite");
}

Result<std::unique_ptr<HistoryStore>> HistoryStore::open(const QString& path, Access access)
{
    if (path.isEmpty())
        return Error { ErrorKind::Usage, Text::tr("No history database path given.") };
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return Error { ErrorKind::Internal,
            Text::tr("Cannot open %1: the Qt SQLite driver (QSQLITE) is not installed.").arg(nativePath(path)) };

    const QFileInfo info(path);
    const QString dir = info.absolutePath();
    const bool readWrite = access == Access::ReadWrite;
    if (info.exists() && info.isDir())
        return Error { ErrorKind::Io, Text::tr("Cannot open %1: it is a directory.").arg(nativePath(path)) };
    if (!info.exists()) {
        if (!readWrite)
            return Error { ErrorKind::Io, Text::tr("No history database at %1.").arg(nativePath(path)) };
        if (!QFileInfo(dir).isDir())
            return Error { ErrorKind::Io,
                Text::tr("Cannot create the history database %1: the directory %2 does not exist.")
                    .arg(nativePath(path), nativePath(dir)) };
        if (!QFileInfo(dir).isWritable())
            return Error { ErrorKind::Io,
                Text::tr("Cannot create the history database %1: the directory %2 is not writable.")
                    .arg(nativePath(path), nativePath(dir)) };
    }

    bool fresh = !info.exists() || info.size() == 0;
    if (!fresh) {
        // Look at the header ourselves first: SQLite opens anything lazily, and must never get the
        // chance to touch a file that is not a database.
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error { ErrorKind::Io, Text::tr("Cannot read %1: %2").arg(nativePath(path), file.errorString()) };
        const QByteArray header = file.read(kSqliteHeaderSize);
        file.close();
        if (!header.startsWith(QByteArrayView(kSqliteMagic, sizeof(kSqliteMagic)))) // incl. the NUL
            return Error { ErrorKind::Io,
                Text::tr("%1 is not a ScaleScope history database: it is not an SQLite file.").arg(nativePath(path)) };
        if (header.size() < kSqliteHeaderSize)
            return Error { ErrorKind::Io,
                Text::tr("%1 is not a ScaleScope history database: the SQLite file is truncated (%2 bytes).")
                    .arg(nativePath(path))
                    .arg(header.size()) };
        if (readWrite && !info.isWritable())
            return Error { ErrorKind::Io,
                Text::tr("Cannot write to the history database %1: the file is read-only (open it read-only to "
                         "browse it).")
                    .arg(nativePath(path)) };
        if (readWrite && !QFileInfo(dir).isWritable())
            return Error { ErrorKind::Io,
                Text::tr("Cannot write to the history database %1: the directory %2 is not writable (SQLite keeps "
                         "its journal next to the file).")
                    .arg(nativePath(path), nativePath(dir)) };

        const Result<int> version = validateExisting(path, header, info.size(), readWrite);
        if (!version)
            return version.error();
        fresh = version.value() == 0;
    }
    if (fresh && !readWrite)
        return Error { ErrorKind::Io,
            Text::tr("%1 is not a ScaleScope history database: it is empty.").arg(nativePath(path)) };

    const QString name = QStringLiteral("scalescope-history-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1));
    std::unique_ptr<HistoryStore> store(new HistoryStore(path, name, access));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs);
        if (!readWrite)
            options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        db.setConnectOptions(options);
        if (!db.open())
            return Error { ErrorKind::Io,
                Text::tr("Cannot open the history database %1: %2").arg(nativePath(path), sqliteReason(db.lastError())) };
    }
    if (std::optional<Error> error = store->initialize())
        return *error;
    return store;
}

Error HistoryStore::sqlError(const QString& what, const QString& reason) const
{
    //: %1 = what was being done ("storing cells of run 4"), %2 = file, %3 = SQLite's reason
    return Error { ErrorKind::Io, Text::tr("History: %1 failed in %2: %3").arg(what, nativePath(m_path), reason) };
}

std::optional<Error> HistoryStore::initialize()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    QStringList setup { QStringLiteral("PRAGMA foreign_keys = ON") };
    if (m_access == Access::ReadWrite) {
        // WAL: readers never block the writer and vice versa (CLI run + GUI on one file); NORMAL sync in
        // WAL keeps every commit across a process crash (SIGKILL) and only risks the last ones on power loss.
        setup << QStringLiteral("PRAGMA journal_mode = WAL") << QStringLiteral("PRAGMA synchronous = NORMAL");
    }
    QSqlError error;
    if (!execAll(query, setup, error))
        return sqlError(Text::tr("setting up the connection"), sqliteReason(error));
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return sqlError(Text::tr("reading the schema version"), sqliteReason(query.lastError()));
    m_fileVersion = query.value(0).toInt();
    query.finish();

    if (m_access == Access::ReadWrite) {
        if (std::optional<Error> failed = migrate())
            return failed;
        const Result<int> recovered = recoverInterruptedRuns();
        if (!recovered)
            return recovered.error();
        return std::nullopt;
    }
    return std::nullopt; // read-only: validateExisting() already checked that this version can read it
}

std::optional<Error> HistoryStore::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    for (const detail::MigrationStep& step : detail::migrationSteps()) {
        if (step.from < m_fileVersion)
            continue;
        QSqlQuery query(db);
        query.setForwardOnly(true);
        // IMMEDIATE takes the write lock up front, so two processes opening an old file at once migrate
        // it one after the other; the version is re-read under the lock.
        if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return sqlError(Text::tr("upgrading the schema"), sqliteReason(query.lastError()));
        if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
            const QString reason = sqliteReason(query.lastError());
            query.exec(QStringLiteral("ROLLBACK"));
            return sqlError(Text::tr("upgrading the schema"), reason);
        }
        const int current = query.value(0).toInt();
        query.finish();
        if (current > step.from) { // someone else migrated meanwhile
            query.exec(QStringLiteral("ROLLBACK"));
            m_fileVersion = current;
            continue;
        }
        QStringList statements = step.statements;
        if (step.from == 0)
            statements << QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId);
        statements << QStringLiteral("PRAGMA user_version = %1").arg(step.from + 1);
        QSqlError error;
        if (!execAll(query, statements, error) || !query.exec(QStringLiteral("COMMIT"))) {
            const QString reason = sqliteReason(error.isValid() ? error : query.lastError());
            query.exec(QStringLiteral("ROLLBACK"));
            return Error { ErrorKind::Io,
                Text::tr("Cannot upgrade the history database %1 from schema version %2 to %3: %4")
                    .arg(nativePath(m_path))
                    .arg(step.from)
                    .arg(step.from + 1)
                    .arg(reason) };
        }
        m_fileVersion = step.from + 1;
    }
    return std::nullopt;
}

std::optional<Error> HistoryStore::checkWritable() const
{
    if (m_access == Access::ReadWrite)
        return std::nullopt;
    return Error { ErrorKind::Usage,
        Text::tr("The history database %1 was opened read-only.").arg(nativePath(m_path)) };
}

Error HistoryStore::noSuchRun(qint64 runId) const
{
    return Error { ErrorKind::Usage, Text::tr("No run with id %1 in %2.").arg(runId).arg(nativePath(m_path)) };
}

std::optional<Error> HistoryStore::checkRunExists(qint64 runId) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT 1 FROM runs WHERE id = ?"));
    query.addBindValue(runId);
    if (!query.exec())
        return sqlError(Text::tr("looking up run %1").arg(runId), sqliteReason(query.lastError()));
    if (!query.next())
        return noSuchRun(runId);
    return std::nullopt;
}

std::optional<Error> HistoryStore::inTransaction(const QString& what, const std::function<std::optional<Error>()>& work)
{
    assertThread();
    if (std::optional<Error> readOnly = checkWritable())
        return readOnly;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    {
        QSqlQuery begin(db);
        if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return sqlError(what, sqliteReason(begin.lastError()));
    }
    std::optional<Error> failed = work();
    QSqlQuery end(db);
    if (failed) {
        end.exec(QStringLiteral("ROLLBACK"));
        return failed;
    }
    if (!end.exec(QStringLiteral("COMMIT"))) {
        const QString reason = sqliteReason(end.lastError());
        end.exec(QStringLiteral("ROLLBACK"));
        return sqlError(what, reason);
    }
    return std::nullopt;
}

std::optional<Error> HistoryStore::touch(qint64 runId, int addedCells)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("UPDATE runs SET last_write_at = ?, cell_count = cell_count + ? WHERE id = ?"));
    query.addBindValue(nowMs());
    query.addBindValue(addedCells);
    query.addBindValue(runId);
    if (!query.exec())
        return sqlError(Text::tr("updating run %1").arg(runId), sqliteReason(query.lastError()));
    if (query.numRowsAffected() != 1)
        return noSuchRun(runId);
    return std::nullopt;
}

// ---- writing ----

Result<qint64> HistoryStore::insertRun(const RunHeader& header)
{
    const qint64 now = nowMs();
    const qint64 pid = currentPid();
    const std::optional<qint64> start = processStartTime(pid);
    QJsonArray endpoints;
    for (const EndpointConfig& endpoint : header.plan.endpoints)
        endpoints.append(endpoint.name);
    QJsonArray sizes;
    for (const int size : header.plan.dataset.sizes)
        sizes.append(size);

    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral(
        "INSERT INTO runs (name, status, started_at, last_write_at, plan_json, plan_name, base_url, tool_version, "
        "transport, seed, owner_pid, owner_start, owner_host, endpoint_names, sizes) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(text(header.name));
    query.addBindValue(runStatusName(RunStatus::Running));
    query.addBindValue(header.startedAt.isValid() ? header.startedAt.toMSecsSinceEpoch() : now);
    query.addBindValue(now);
    // planToJson writes secret references only; RunOptions (where passwords live) never reaches here.
    query.addBindValue(QString::fromUtf8(compactJson(planToJson(header.plan))));
    query.addBindValue(text(header.plan.name));
    query.addBindValue(header.plan.target.baseUrl.toString(QUrl::RemoveUserInfo));
    query.addBindValue(header.toolVersion.isEmpty() ? QStringLiteral(SCALESCOPE_VERSION) : header.toolVersion);
    query.addBindValue(text(header.transport));
    query.addBindValue(qint64(header.seed));
    query.addBindValue(pid);
    query.addBindValue(start ? QVariant(*start) : QVariant(QMetaType(QMetaType::LongLong)));
    query.addBindValue(QSysInfo::machineHostName());
    query.addBindValue(jsonText(endpoints));
    query.addBindValue(jsonText(sizes));
    if (!query.exec())
        return sqlError(Text::tr("creating a run"), sqliteReason(query.lastError()));
    return query.lastInsertId().toLongLong();
}

Result<qint64> HistoryStore::beginRun(const RunHeader& header)
{
    qint64 id = 0;
    const std::optional<Error> failed = inTransaction(Text::tr("creating a run"), [&]() -> std::optional<Error> {
        Result<qint64> inserted = insertRun(header);
        if (!inserted)
            return inserted.error();
        id = inserted.value();
        return std::nullopt;
    });
    if (failed)
        return *failed;
    return id;
}

std::optional<Error> HistoryStore::insertCells(qint64 runId, const QList<CellResult>& cells)
{
    if (std::optional<Error> missing = touch(runId, int(cells.size())))
        return missing;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral(
        "INSERT INTO cells (run_id, size_index, size, records, endpoint_index, endpoint, method, path, count, "
        "successes, failures, min_ms, mean_ms, stddev_ms, p50_ms, p90_ms, p95_ms, p99_ms, max_ms, throughput, "
        "wall_seconds, bytes_received, bytes_sent, histogram, samples, error_samples, finished_ms) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const CellResult& cell : cells) {
        const CellStatistics& s = cell.stats;
        QJsonArray errorSamples;
        for (const auto& [kind, message] : cell.errorSamples)
            errorSamples.append(QJsonArray { failureKindName(kind), message });
        query.addBindValue(runId);
        query.addBindValue(cell.sizeIndex);
        query.addBindValue(cell.size);
        query.addBindValue(cell.records);
        query.addBindValue(cell.endpointIndex);
        query.addBindValue(text(cell.endpoint));
        query.addBindValue(text(cell.method));
        query.addBindValue(text(cell.path));
        query.addBindValue(qint64(s.count));
        query.addBindValue(qint64(s.successes));
        query.addBindValue(jsonText(failuresToJson(s.failures)));
        for (const double value : { s.minMs, s.meanMs, s.stddevMs, s.p50Ms, s.p90Ms, s.p95Ms, s.p99Ms, s.maxMs,
                 s.throughput, s.wallSeconds })
            query.addBindValue(value);
        query.addBindValue(s.bytesReceived);
        query.addBindValue(s.bytesSent);
        query.addBindValue(cell.histogram.serialize());
        query.addBindValue(encodeSamples(cell.samplesNs));
        query.addBindValue(jsonText(errorSamples));
        query.addBindValue(cell.finishedMs);
        if (!query.exec())
            return sqlError(Text::tr("storing the cells of run %1").arg(runId), sqliteReason(query.lastError()));
    }
    // The run list's worst p95, kept current with every write (cells of a run are few).
    QSqlQuery worst(QSqlDatabase::database(m_connectionName, false));
    worst.prepare(QStringLiteral("UPDATE runs SET worst_p95_ms = (SELECT max(p95_ms) FROM cells WHERE run_id = ? "
                                 "AND count > 0) WHERE id = ?"));
    worst.addBindValue(runId);
    worst.addBindValue(runId);
    if (!worst.exec())
        return sqlError(Text::tr("updating run %1").arg(runId), sqliteReason(worst.lastError()));
    return std::nullopt;
}

std::optional<Error> HistoryStore::addCells(qint64 runId, const QList<CellResult>& cells)
{
    return inTransaction(Text::tr("storing the cells of run %1").arg(runId),
        [&]() { return insertCells(runId, cells); });
}

std::optional<Error> HistoryStore::insertTimeSeries(qint64 runId, const QList<TimeSeriesPoint>& points)
{
    if (std::optional<Error> missing = touch(runId, 0))
        return missing;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO time_series (run_id, second, requests, failures, p50_ms, "
                                 "p95_ms, p99_ms, max_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const TimeSeriesPoint& point : points) {
        query.addBindValue(runId);
        query.addBindValue(point.second);
        query.addBindValue(qint64(point.requests));
        query.addBindValue(qint64(point.failures));
        query.addBindValue(point.p50Ms);
        query.addBindValue(point.p95Ms);
        query.addBindValue(point.p99Ms);
        query.addBindValue(point.maxMs);
        if (!query.exec())
            return sqlError(Text::tr("storing the time series of run %1").arg(runId), sqliteReason(query.lastError()));
    }
    return std::nullopt;
}

std::optional<Error> HistoryStore::addTimeSeries(qint64 runId, const QList<TimeSeriesPoint>& points)
{
    return inTransaction(Text::tr("storing the time series of run %1").arg(runId),
        [&]() { return insertTimeSeries(runId, points); });
}

std::optional<Error> HistoryStore::insertEvents(qint64 runId, const QList<RunEvent>& events)
{
    if (std::optional<Error> missing = touch(runId, 0))
        return missing;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("INSERT INTO events (run_id, elapsed_ms, level, message) VALUES (?, ?, ?, ?)"));
    for (const RunEvent& event : events) {
        query.addBindValue(runId);
        query.addBindValue(event.elapsedMs);
        query.addBindValue(eventLevelName(event.level));
        query.addBindValue(text(event.message));
        if (!query.exec())
            return sqlError(Text::tr("storing the events of run %1").arg(runId), sqliteReason(query.lastError()));
    }
    return std::nullopt;
}

std::optional<Error> HistoryStore::addEvents(qint64 runId, const QList<RunEvent>& events)
{
    return inTransaction(Text::tr("storing the events of run %1").arg(runId),
        [&]() { return insertEvents(runId, events); });
}

std::optional<Error> HistoryStore::updateFinished(qint64 runId, const RunResult& result)
{
    if (result.status == RunStatus::Running)
        return Error { ErrorKind::Usage,
            Text::tr("Cannot finish run %1: the result's status is still \"running\".").arg(runId) };
    if (std::optional<Error> missing = touch(runId, 0))
        return missing;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral(
        "UPDATE runs SET status = ?, finished_at = ?, error_kind = ?, error_message = ?, records_created = ?, "
        "records_deleted = ?, undeleted_ids = ?, count_before = ?, count_after = ?, "
        "transport = coalesce(nullif(?, ''), transport), load_json = ? WHERE id = ?"));
    const QVariant nullText(QMetaType(QMetaType::QString));
    query.addBindValue(runStatusName(result.status));
    query.addBindValue(result.finishedAt.isValid() ? result.finishedAt.toMSecsSinceEpoch() : nowMs());
    query.addBindValue(result.error ? QVariant(errorKindName(result.error->kind)) : nullText);
    query.addBindValue(result.error ? QVariant(result.error->message) : nullText);
    query.addBindValue(result.recordsCreated);
    query.addBindValue(result.recordsDeleted);
    query.addBindValue(jsonText(QJsonArray::fromStringList(result.undeletedIds)));
    query.addBindValue(result.countBefore);
    query.addBindValue(result.countAfter);
    query.addBindValue(text(result.transport));
    query.addBindValue(result.load ? QVariant(jsonText(results::loadResultToJson(*result.load))) : nullText);
    query.addBindValue(runId);
    if (!query.exec())
        return sqlError(Text::tr("finishing run %1").arg(runId), sqliteReason(query.lastError()));
    return std::nullopt;
}

std::optional<Error> HistoryStore::finishRun(qint64 runId, const RunResult& result)
{
    return inTransaction(Text::tr("finishing run %1").arg(runId), [&]() { return updateFinished(runId, result); });
}

std::optional<Error> HistoryStore::setFindings(qint64 runId, const QList<analysis::Finding>& findings)
{
    return inTransaction(Text::tr("storing the findings of run %1").arg(runId), [&]() -> std::optional<Error> {
        if (std::optional<Error> missing = touch(runId, 0))
            return missing;
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        query.prepare(QStringLiteral("DELETE FROM findings WHERE run_id = ?"));
        query.addBindValue(runId);
        if (!query.exec())
            return sqlError(Text::tr("storing the findings of run %1").arg(runId), sqliteReason(query.lastError()));
        query.prepare(QStringLiteral("INSERT INTO findings (run_id, kind, severity, endpoint, size, message, "
                                     "recommendation) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        for (const analysis::Finding& finding : findings) {
            query.addBindValue(runId);
            query.addBindValue(analysis::findingKindName(finding.kind));
            query.addBindValue(analysis::findingSeverityName(finding.severity));
            query.addBindValue(text(finding.endpoint));
            query.addBindValue(finding.size ? QVariant(*finding.size) : QVariant(QMetaType(QMetaType::Int)));
            query.addBindValue(text(finding.message));
            query.addBindValue(text(finding.recommendation));
            if (!query.exec())
                return sqlError(Text::tr("storing the findings of run %1").arg(runId), sqliteReason(query.lastError()));
        }
        return std::nullopt;
    });
}

std::optional<Error> HistoryStore::setThresholdOutcome(qint64 runId, int checks, int failures)
{
    return inTransaction(Text::tr("storing the threshold verdict of run %1").arg(runId), [&]() -> std::optional<Error> {
        if (std::optional<Error> missing = touch(runId, 0))
            return missing;
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        query.prepare(QStringLiteral("UPDATE runs SET threshold_checks = ?, threshold_failures = ? WHERE id = ?"));
        query.addBindValue(checks);
        query.addBindValue(failures);
        query.addBindValue(runId);
        if (!query.exec())
            return sqlError(Text::tr("storing the threshold verdict of run %1").arg(runId), sqliteReason(query.lastError()));
        return std::nullopt;
    });
}

Result<qint64> HistoryStore::saveRun(const RunHeader& header, const RunResult& result)
{
    qint64 id = 0;
    const std::optional<Error> failed = inTransaction(Text::tr("storing a run"), [&]() -> std::optional<Error> {
        Result<qint64> inserted = insertRun(header);
        if (!inserted)
            return inserted.error();
        id = inserted.value();
        if (std::optional<Error> e = insertCells(id, result.cells))
            return e;
        if (std::optional<Error> e = insertTimeSeries(id, result.timeSeries))
            return e;
        if (std::optional<Error> e = insertEvents(id, result.events))
            return e;
        return updateFinished(id, result);
    });
    if (failed)
        return *failed;
    return id;
}

// ---- reading ----

namespace {

// Columns of the run list, in this order (see readSummary()).
const QString kSummaryColumns = QStringLiteral(
    "id, name, notes, status, started_at, finished_at, plan_name, base_url, tool_version, transport, seed, "
    "cell_count, endpoint_names, sizes, error_kind, error_message, worst_p95_ms, threshold_checks, threshold_failures");
constexpr int kSummaryColumnCount = 19;

RunSummary readSummary(const QSqlQuery& query)
{
    RunSummary s;
    s.id = query.value(0).toLongLong();
    s.name = query.value(1).toString();
    s.notes = query.value(2).toString();
    // A status written by a newer ScaleScope reads as interrupted: not running, not a success.
    s.status = runStatusFromName(query.value(3).toString()).value_or(RunStatus::Interrupted);
    s.startedAt = dateTimeFromMs(query.value(4));
    s.finishedAt = dateTimeFromMs(query.value(5));
    s.planName = query.value(6).toString();
    s.baseUrl = QUrl(query.value(7).toString());
    s.toolVersion = query.value(8).toString();
    s.transport = query.value(9).toString();
    s.seed = quint64(query.value(10).toLongLong());
    s.cellCount = query.value(11).toInt();
    s.endpoints = toStringList(jsonArray(query.value(12).toString()));
    const QJsonArray sizes = jsonArray(query.value(13).toString());
    for (const QJsonValue& size : sizes)
        s.sizes.append(size.toInt());
    if (!query.value(14).isNull())
        s.error = Error { errorKindFromName(query.value(14).toString()), query.value(15).toString() };
    if (!query.value(16).isNull())
        s.worstP95Ms = query.value(16).toDouble();
    if (!query.value(17).isNull() && !query.value(18).isNull()) {
        s.thresholdChecks = query.value(17).toInt();
        s.thresholdFailures = query.value(18).toInt();
    }
    return s;
}

} // namespace

Result<QList<RunSummary>> HistoryStore::listRuns(const RunQuery& filter) const
{
    assertThread();
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QStringList where;
    QVariantList binds;
    if (!filter.tag.isEmpty()) {
        where << QStringLiteral("id IN (SELECT run_id FROM run_tags WHERE tag = ?)");
        binds << filter.tag.trimmed();
    }
    if (!filter.text.isEmpty()) {
        QString pattern = filter.text;
        pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
        where << QStringLiteral("(name LIKE ? ESCAPE '\\' OR plan_name LIKE ? ESCAPE '\\')");
        binds << pattern << pattern;
    }
    if (filter.status) {
        where << QStringLiteral("status = ?");
        binds << runStatusName(*filter.status);
    }
    QString sql = QStringLiteral("SELECT ") + kSummaryColumns + QStringLiteral(" FROM runs");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY started_at DESC, id DESC");
    if (filter.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);

    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant& value : std::as_const(binds))
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(Text::tr("listing runs"), sqliteReason(query.lastError()));
    QList<RunSummary> runs;
    QHash<qint64, qsizetype> indexById;
    while (query.next()) {
        indexById.insert(query.value(0).toLongLong(), runs.size());
        runs.append(readSummary(query));
    }
    if (runs.isEmpty())
        return runs;
    if (!query.exec(QStringLiteral("SELECT run_id, tag FROM run_tags ORDER BY run_id, tag")))
        return sqlError(Text::tr("listing runs"), sqliteReason(query.lastError()));
    while (query.next()) {
        const auto it = indexById.constFind(query.value(0).toLongLong());
        if (it != indexById.constEnd())
            runs[*it].tags.append(query.value(1).toString());
    }
    return runs;
}

Result<StoredRun> HistoryStore::loadRun(qint64 runId) const
{
    assertThread();
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const QString what = Text::tr("reading run %1").arg(runId);
    StoredRun stored;
    RunResult& result = stored.result;
    QSqlQuery query(db);
    query.setForwardOnly(true);

    query.prepare(QStringLiteral("SELECT ") + kSummaryColumns
        + QStringLiteral(", plan_json, records_created, records_deleted, undeleted_ids, count_before, count_after, "
                         "load_json FROM runs WHERE id = ?"));
    query.addBindValue(runId);
    if (!query.exec())
        return sqlError(what, sqliteReason(query.lastError()));
    if (!query.next())
        return noSuchRun(runId);
    stored.summary = readSummary(query);
    const int more = kSummaryColumnCount; // the columns after the summary's
    const QByteArray planJson = query.value(more).toString().toUtf8();
    result.recordsCreated = query.value(more + 1).toLongLong();
    result.recordsDeleted = query.value(more + 2).toLongLong();
    result.undeletedIds = toStringList(jsonArray(query.value(more + 3).toString()));
    result.countBefore = query.value(more + 4).toLongLong();
    result.countAfter = query.value(more + 5).toLongLong();
    const QString loadJson = query.value(more + 6).toString();
    query.finish();

    Result<Plan> plan = parsePlan(planJson);
    if (!plan)
        return Error { ErrorKind::Io,
            Text::tr("Run %1 in %2 has a plan that cannot be read back: %3")
                .arg(runId)
                .arg(nativePath(m_path), plan.error().message) };
    const RunSummary& s = stored.summary;
    result.runId = quint64(runId);
    result.plan = std::move(plan.value());
    result.transport = s.transport;
    result.seed = s.seed;
    result.startedAt = s.startedAt;
    result.finishedAt = s.finishedAt;
    result.status = s.status;
    result.error = s.error;
    if (!loadJson.isEmpty() && result.plan.load)
        result.load = results::loadResultFromJson(QJsonDocument::fromJson(loadJson.toUtf8()).object(), *result.plan.load);

    query.prepare(QStringLiteral(
        "SELECT size_index, size, records, endpoint_index, endpoint, method, path, count, successes, failures, "
        "min_ms, mean_ms, stddev_ms, p50_ms, p90_ms, p95_ms, p99_ms, max_ms, throughput, wall_seconds, "
        "bytes_received, bytes_sent, histogram, samples, error_samples, finished_ms FROM cells WHERE run_id = ? "
        "ORDER BY id"));
    query.addBindValue(runId);
    if (!query.exec())
        return sqlError(what, sqliteReason(query.lastError()));
    while (query.next()) {
        CellResult cell;
        cell.sizeIndex = query.value(0).toInt();
        cell.size = query.value(1).toInt();
        cell.records = query.value(2).toLongLong();
        cell.endpointIndex = query.value(3).toInt();
        cell.endpoint = query.value(4).toString();
        cell.method = query.value(5).toString();
        cell.path = query.value(6).toString();
        CellStatistics& st = cell.stats;
        st.count = quint64(query.value(7).toLongLong());
        st.successes = quint64(query.value(8).toLongLong());
        st.failures = failuresFromJson(jsonObject(query.value(9).toString()));
        double* doubles[] = { &st.minMs, &st.meanMs, &st.stddevMs, &st.p50Ms, &st.p90Ms, &st.p95Ms, &st.p99Ms,
            &st.maxMs, &st.throughput, &st.wallSeconds };
        int column = 10;
        for (double* target : doubles)
            *target = query.value(column++).toDouble();
        st.bytesReceived = query.value(20).toLongLong();
        st.bytesSent = query.value(21).toLongLong();
        const QByteArray histogram = query.value(22).toByteArray();
        if (!histogram.isEmpty()) {
            std::optional<LatencyHistogram> decoded = LatencyHistogram::deserialize(histogram);
            if (!decoded)
                return Error { ErrorKind::Io,
                    Text::tr("Run %1 in %2: the histogram of cell \"%3\" at size %4 is damaged.")
                        .arg(runId)
                        .arg(nativePath(m_path), cell.endpoint)
                        .arg(cell.size) };
            cell.histogram = std::move(*decoded);
        }
        std::optional<QList<qint64>> samples = decodeSamples(query.value(23).toByteArray());
        if (!samples)
            return Error { ErrorKind::Io,
                Text::tr("Run %1 in %2: the raw samples of cell \"%3\" at size %4 are damaged.")
                    .arg(runId)
                    .arg(nativePath(m_path), cell.endpoint)
                    .arg(cell.size) };
        cell.samplesNs = std::move(*samples);
        const QJsonArray errorSamples = jsonArray(query.value(24).toString());
        for (const QJsonValue& value : errorSamples) {
            const QJsonArray pair = value.toArray();
            cell.errorSamples.append({ failureKindFromName(pair.at(0).toString()), pair.at(1).toString() });
        }
        cell.finishedMs = query.value(25).toLongLong();
        result.cells.append(std::move(cell));
    }

    query.prepare(QStringLiteral("SELECT elapsed_ms, level, message FROM events WHERE run_id = ? ORDER BY id"));
    query.addBindValue(runId);
    if (!query.exec())
        return sqlError(what, sqliteReason(query.lastError()));
    while (query.next())
        result.events.append(RunEvent { query.value(0).toLongLong(), eventLevelFromName(query.value(1).toString()),
            query.value(2).toString() });

    query.prepare(QStringLiteral("SELECT second, requests, failures, p50_ms, p95_ms, p99_ms, max_ms FROM time_series "
                                 "WHERE run_id = ? ORDER BY second"));
    query.addBindValue(runId);
    if (!query.exec())
        return sqlError(what, sqliteReason(query.lastError()));
    while (query.next()) {
        TimeSeriesPoint point;
        point.second = query.value(0).toLongLong();
        point.requests = quint64(query.value(1).toLongLong());
        point.failures = quint64(query.value(2).toLongLong());
        point.p50Ms = query.value(3).toDouble();
        point.p95Ms = query.value(4).toDouble();
        point.p99Ms = query.value(5).toDouble();
        point.maxMs = query.value(6).toDouble();
        result.timeSeries.append(point);
    }

    query.prepare(QStringLiteral("SELECT kind, severity, endpoint, size, message, recommendation FROM findings "
                                 "WHERE run_id = ? ORDER BY id"));
    query.addBindValue(runId);
    if (!query.exec())
        return sqlError(what, sqliteReason(query.lastError()));
    while (query.next()) {
        const std::optional<analysis::FindingKind> kind = analysis::findingKindFromName(query.value(0).toString());
        if (!kind)
            continue; // a kind from a newer ScaleScope: this version cannot present it
        analysis::Finding finding;
        finding.kind = *kind;
        finding.severity = analysis::findingSeverityFromName(query.value(1).toString())
                               .value_or(analysis::FindingSeverity::Info);
        finding.endpoint = query.value(2).toString();
        if (!query.value(3).isNull())
            finding.size = query.value(3).toInt();
        finding.message = query.value(4).toString();
        finding.recommendation = query.value(5).toString();
        stored.findings.append(finding);
    }

    query.prepare(QStringLiteral("SELECT tag FROM run_tags WHERE run_id = ? ORDER BY tag"));
    query.addBindValue(runId);
    if (!query.exec())
        return sqlError(what, sqliteReason(query.lastError()));
    while (query.next())
        stored.summary.tags.append(query.value(0).toString());
    return stored;
}

// ---- editing ----

std::optional<Error> HistoryStore::deleteRun(qint64 runId)
{
    return inTransaction(Text::tr("deleting run %1").arg(runId), [&]() -> std::optional<Error> {
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        query.prepare(QStringLiteral("DELETE FROM runs WHERE id = ?"));
        query.addBindValue(runId);
        if (!query.exec())
            return sqlError(Text::tr("deleting run %1").arg(runId), sqliteReason(query.lastError()));
        if (query.numRowsAffected() != 1)
            return noSuchRun(runId);
        return std::nullopt;
    });
}

std::optional<Error> HistoryStore::addTag(qint64 runId, const QString& tag)
{
    const QString trimmed = tag.trimmed();
    if (trimmed.isEmpty())
        return Error { ErrorKind::Usage, Text::tr("A tag must not be empty.") };
    return inTransaction(Text::tr("tagging run %1").arg(runId), [&]() -> std::optional<Error> {
        if (std::optional<Error> missing = checkRunExists(runId))
            return missing;
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        query.prepare(QStringLiteral("INSERT OR IGNORE INTO run_tags (run_id, tag) VALUES (?, ?)"));
        query.addBindValue(runId);
        query.addBindValue(text(trimmed));
        if (!query.exec())
            return sqlError(Text::tr("tagging run %1").arg(runId), sqliteReason(query.lastError()));
        return std::nullopt;
    });
}

std::optional<Error> HistoryStore::removeTag(qint64 runId, const QString& tag)
{
    const QString trimmed = tag.trimmed();
    return inTransaction(Text::tr("untagging run %1").arg(runId), [&]() -> std::optional<Error> {
        if (std::optional<Error> missing = checkRunExists(runId))
            return missing;
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        query.prepare(QStringLiteral("DELETE FROM run_tags WHERE run_id = ? AND tag = ?"));
        query.addBindValue(runId);
        query.addBindValue(text(trimmed));
        if (!query.exec())
            return sqlError(Text::tr("untagging run %1").arg(runId), sqliteReason(query.lastError()));
        if (query.numRowsAffected() != 1)
            return Error { ErrorKind::Usage, Text::tr("Run %1 has no tag \"%2\".").arg(runId).arg(trimmed) };
        return std::nullopt;
    });
}

std::optional<Error> HistoryStore::setNotes(qint64 runId, const QString& notes)
{
    return inTransaction(Text::tr("setting the notes of run %1").arg(runId), [&]() -> std::optional<Error> {
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        query.prepare(QStringLiteral("UPDATE runs SET notes = ? WHERE id = ?"));
        query.addBindValue(text(notes));
        query.addBindValue(runId);
        if (!query.exec())
            return sqlError(Text::tr("setting the notes of run %1").arg(runId), sqliteReason(query.lastError()));
        if (query.numRowsAffected() != 1)
            return noSuchRun(runId);
        return std::nullopt;
    });
}

std::optional<Error> HistoryStore::rename(qint64 runId, const QString& name)
{
    return inTransaction(Text::tr("renaming run %1").arg(runId), [&]() -> std::optional<Error> {
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        query.prepare(QStringLiteral("UPDATE runs SET name = ? WHERE id = ?"));
        query.addBindValue(text(name.trimmed()));
        query.addBindValue(runId);
        if (!query.exec())
            return sqlError(Text::tr("renaming run %1").arg(runId), sqliteReason(query.lastError()));
        if (query.numRowsAffected() != 1)
            return noSuchRun(runId);
        return std::nullopt;
    });
}

Result<int> HistoryStore::recoverInterruptedRuns()
{
    int marked = 0;
    const std::optional<Error> failed = inTransaction(Text::tr("recovering interrupted runs"), [&]() -> std::optional<Error> {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT id, owner_pid, owner_start, owner_host, last_write_at FROM runs "
                                     "WHERE status = ?"));
        query.addBindValue(runStatusName(RunStatus::Running));
        if (!query.exec())
            return sqlError(Text::tr("recovering interrupted runs"), sqliteReason(query.lastError()));
        struct Dead {
            qint64 id;
            qint64 pid;
            qint64 lastWrite;
        };
        QList<Dead> dead;
        const QString host = QSysInfo::machineHostName();
        while (query.next()) {
            if (query.value(3).toString() != host)
                continue; // another machine's process: we cannot tell whether it is alive
            const qint64 pid = query.value(1).toLongLong();
            const qint64 start = query.value(2).isNull() ? -1 : query.value(2).toLongLong();
            if (!processAlive(pid, start))
                dead.append(Dead { query.value(0).toLongLong(), pid, query.value(4).toLongLong() });
        }
        query.finish();
        QSqlQuery update(db);
        update.prepare(QStringLiteral("UPDATE runs SET status = ?, finished_at = ?, error_kind = ?, error_message = ? "
                                      "WHERE id = ? AND status = ?"));
        for (const Dead& run : std::as_const(dead)) {
            update.addBindValue(runStatusName(RunStatus::Interrupted));
            update.addBindValue(run.lastWrite);
            update.addBindValue(errorKindName(ErrorKind::Internal));
            update.addBindValue(Text::tr("The process that ran it (pid %1 on %2) ended before the run finished.")
                                    .arg(run.pid)
                                    .arg(host));
            update.addBindValue(run.id);
            update.addBindValue(runStatusName(RunStatus::Running));
            if (!update.exec())
                return sqlError(Text::tr("recovering interrupted runs"), sqliteReason(update.lastError()));
            marked += update.numRowsAffected() > 0 ? 1 : 0;
        }
        return std::nullopt;
    });
    if (failed)
        return *failed;
    return marked;
}

} // namespace scalescope::storage
