// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/historyschema.h"

#include "storage/historystore.h"

namespace scalescope::storage::detail {

// Times are INTEGER milliseconds since the epoch (UTC); JSON columns hold compact JSON text;
// every child table cascades from runs, so deleting a run deletes everything it owns.

const QList<MigrationStep>& migrationSteps()
{
    static const QList<MigrationStep> steps {
        // v1 (ScaleScope 0.1 prototype): runs, their cells, events and tags.
        { 0,
            {
                QStringLiteral("CREATE TABLE runs ("
                               "id INTEGER PRIMARY KEY,"
                               "name TEXT NOT NULL DEFAULT '',"
                               "status TEXT NOT NULL,"
                               "started_at INTEGER NOT NULL,"
                               "finished_at INTEGER,"
                               "last_write_at INTEGER NOT NULL,"
                               "plan_json TEXT NOT NULL,"
                               "plan_name TEXT NOT NULL DEFAULT '',"
                               "base_url TEXT NOT NULL DEFAULT '',"
                               "tool_version TEXT NOT NULL DEFAULT '',"
                               "transport TEXT NOT NULL DEFAULT '',"
                               "seed INTEGER NOT NULL DEFAULT 1,"
                               "owner_pid INTEGER,"
                               "owner_start INTEGER,"
                               "owner_host TEXT,"
                               "error_kind TEXT,"
                               "error_message TEXT,"
                               "records_created INTEGER NOT NULL DEFAULT 0,"
                               "records_deleted INTEGER NOT NULL DEFAULT 0,"
                               "undeleted_ids TEXT NOT NULL DEFAULT '[]',"
                               "count_before INTEGER NOT NULL DEFAULT -1,"
                               "count_after INTEGER NOT NULL DEFAULT -1,"
                               "notes TEXT NOT NULL DEFAULT '')"),
                QStringLiteral("CREATE TABLE run_tags ("
                               "run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
                               "tag TEXT NOT NULL,"
                               "PRIMARY KEY (run_id, tag)) WITHOUT ROWID"),
                QStringLiteral("CREATE TABLE cells ("
                               "id INTEGER PRIMARY KEY,"
                               "run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
                               "size_index INTEGER NOT NULL,"
                               "size INTEGER NOT NULL,"
                               "records INTEGER NOT NULL,"
                               "endpoint_index INTEGER NOT NULL,"
                               "endpoint TEXT NOT NULL,"
                               "method TEXT NOT NULL,"
                               "path TEXT NOT NULL,"
                               "count INTEGER NOT NULL,"
                               "successes INTEGER NOT NULL,"
                               "failures TEXT NOT NULL DEFAULT '{}',"
                               "min_ms REAL NOT NULL, mean_ms REAL NOT NULL, stddev_ms REAL NOT NULL,"
                               "p50_ms REAL NOT NULL, p90_ms REAL NOT NULL, p95_ms REAL NOT NULL,"
                               "p99_ms REAL NOT NULL, max_ms REAL NOT NULL,"
                               "throughput REAL NOT NULL,"
                               "wall_seconds REAL NOT NULL,"
                               "bytes_received INTEGER NOT NULL,"
                               "bytes_sent INTEGER NOT NULL,"
                               "histogram BLOB,"
                               "samples BLOB,"
                               "error_samples TEXT NOT NULL DEFAULT '[]',"
                               "finished_ms INTEGER NOT NULL)"),
                QStringLiteral("CREATE INDEX cells_run ON cells(run_id)"),
                QStringLiteral("CREATE TABLE events ("
                               "id INTEGER PRIMARY KEY,"
                               "run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
                               "elapsed_ms INTEGER NOT NULL,"
                               "level TEXT NOT NULL,"
                               "message TEXT NOT NULL)"),
                QStringLiteral("CREATE INDEX events_run ON events(run_id)"),
            } },
        // v2: the per-second time series and the analysis' findings.
        { 1,
            {
                QStringLiteral("CREATE TABLE time_series ("
                               "run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
                               "second INTEGER NOT NULL,"
                               "requests INTEGER NOT NULL,"
                               "failures INTEGER NOT NULL,"
                               "p50_ms REAL NOT NULL, p95_ms REAL NOT NULL, p99_ms REAL NOT NULL, max_ms REAL NOT NULL,"
                               "PRIMARY KEY (run_id, second)) WITHOUT ROWID"),
                QStringLiteral("CREATE TABLE findings ("
                               "id INTEGER PRIMARY KEY,"
                               "run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
                               "kind TEXT NOT NULL,"
                               "severity TEXT NOT NULL,"
                               "endpoint TEXT NOT NULL DEFAULT '',"
                               "size INTEGER,"
                               "message TEXT NOT NULL,"
                               "recommendation TEXT NOT NULL DEFAULT '')"),
                QStringLiteral("CREATE INDEX findings_run ON findings(run_id)"),
            } },
        // v3: summary columns on runs so the run list never touches the cells table; back-filled from
        // the cells and from the stored plan JSON.
        { 2,
            {
                QStringLiteral("ALTER TABLE runs ADD COLUMN cell_count INTEGER NOT NULL DEFAULT 0"),
                QStringLiteral("ALTER TABLE runs ADD COLUMN endpoint_names TEXT NOT NULL DEFAULT '[]'"),
                QStringLiteral("ALTER TABLE runs ADD COLUMN sizes TEXT NOT NULL DEFAULT '[]'"),
                QStringLiteral("UPDATE runs SET cell_count = (SELECT count(*) FROM cells WHERE cells.run_id = runs.id)"),
                QStringLiteral("UPDATE runs SET "
                               "endpoint_names = coalesce((SELECT json_group_array(json_extract(e.value, '$.name')) "
                               "FROM json_each(runs.plan_json, '$.endpoints') AS e), '[]'),"
                               "sizes = coalesce(json_extract(runs.plan_json, '$.dataset.sizes'), '[]') "
                               "WHERE json_valid(runs.plan_json)"),
                QStringLiteral("CREATE INDEX runs_started ON runs(started_at DESC, id DESC)"),
            } },
        // v4: the worst p95 and the threshold verdict on runs, for the history browser's columns. The worst
        // p95 is back-filled from the cells; the verdict of older runs stays NULL (not evaluated).
        { 3,
            {
                QStringLiteral("ALTER TABLE runs ADD COLUMN worst_p95_ms REAL"),
                QStringLiteral("ALTER TABLE runs ADD COLUMN threshold_checks INTEGER"),
                QStringLiteral("ALTER TABLE runs ADD COLUMN threshold_failures INTEGER"),
                QStringLiteral("UPDATE runs SET worst_p95_ms = "
                               "(SELECT max(p95_ms) FROM cells WHERE cells.run_id = runs.id AND cells.count > 0)"),
            } },
        // v5: load tests — their stages, per-second series, stress outcome and target memory as one JSON document
        // (results::loadResultToJson); NULL for scale sweeps.
        { 4,
            {
                QStringLiteral("ALTER TABLE runs ADD COLUMN load_json TEXT"),
            } },
    };
    Q_ASSERT(steps.size() == kSchemaVersion);
    return steps;
}

const QList<QPair<QString, QStringList>>& readColumns()
{
    static const QList<QPair<QString, QStringList>> columns {
        { QStringLiteral("runs"),
            { QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("status"), QStringLiteral("started_at"),
                QStringLiteral("finished_at"), QStringLiteral("plan_json"), QStringLiteral("plan_name"),
                QStringLiteral("base_url"), QStringLiteral("tool_version"), QStringLiteral("transport"),
                QStringLiteral("seed"), QStringLiteral("error_kind"), QStringLiteral("error_message"),
                QStringLiteral("records_created"), QStringLiteral("records_deleted"), QStringLiteral("undeleted_ids"),
                QStringLiteral("count_before"), QStringLiteral("count_after"), QStringLiteral("notes"),
                QStringLiteral("cell_count"), QStringLiteral("endpoint_names"), QStringLiteral("sizes"),
                QStringLiteral("worst_p95_ms"), QStringLiteral("threshold_checks"), QStringLiteral("threshold_failures"),
                QStringLiteral("load_json") } },
        { QStringLiteral("run_tags"), { QStringLiteral("run_id"), QStringLiteral("tag") } },
        { QStringLiteral("cells"),
            { QStringLiteral("run_id"), QStringLiteral("size_index"), QStringLiteral("size"), QStringLiteral("records"),
                QStringLiteral("endpoint_index"), QStringLiteral("endpoint"), QStringLiteral("method"),
                QStringLiteral("path"), QStringLiteral("count"), QStringLiteral("successes"),
                QStringLiteral("failures"), QStringLiteral("min_ms"), QStringLiteral("mean_ms"),
                QStringLiteral("stddev_ms"), QStringLiteral("p50_ms"), QStringLiteral("p90_ms"),
                QStringLiteral("p95_ms"), QStringLiteral("p99_ms"), QStringLiteral("max_ms"),
                QStringLiteral("throughput"), QStringLiteral("wall_seconds"), QStringLiteral("bytes_received"),
                QStringLiteral("bytes_sent"), QStringLiteral("histogram"), QStringLiteral("samples"),
                QStringLiteral("error_samples"), QStringLiteral("finished_ms") } },
        { QStringLiteral("events"),
            { QStringLiteral("run_id"), QStringLiteral("elapsed_ms"), QStringLiteral("level"), QStringLiteral("message") } },
        { QStringLiteral("time_series"),
            { QStringLiteral("run_id"), QStringLiteral("second"), QStringLiteral("requests"), QStringLiteral("failures"),
                QStringLiteral("p50_ms"), QStringLiteral("p95_ms"), QStringLiteral("p99_ms"), QStringLiteral("max_ms") } },
        { QStringLiteral("findings"),
            { QStringLiteral("run_id"), QStringLiteral("kind"), QStringLiteral("severity"), QStringLiteral("endpoint"),
                QStringLiteral("size"), QStringLiteral("message"), QStringLiteral("recommendation") } },
    };
    return columns;
}

} // namespace scalescope::storage::detail
