// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/runtypes.h"

#include <QObject>

#include <optional>

namespace scalescope::ui {

/// Everything the views show about one run, live or finished: the plan, the cells, the per-second series,
/// the events and the progress. Fed by engine snapshots (at most 10 per second) or by a finished or stored
/// RunResult; every chart, table and log of the dashboard reads it and follows its signals, so a run is
/// drawn the same way live and from the history. Holds no secret (a RunResult holds none).
///
/// Signals are batched: one per kind of data per snapshot, never one per request or per cell.
class RunModel : public QObject {
    Q_OBJECT
public:
    explicit RunModel(QObject* parent = nullptr);

    /// Starts showing a new live run of @p plan (as it will run, overrides applied): clears everything.
    void beginRun(const Plan& plan);
    /// Appends what @p snapshot brought and takes its progress.
    void applySnapshot(const RunSnapshotPtr& snapshot);
    /// The end of the live run: takes the status and error, and appends whatever no snapshot carried.
    void finish(const RunResultPtr& result);
    /// Shows a finished run (e.g. from the history) at once.
    void load(const RunResult& run);
    /// Empties the model.
    void clear();

    [[nodiscard]] const Plan& plan() const { return m_plan; }
    [[nodiscard]] QStringList endpointNames() const;
    [[nodiscard]] const QList<int>& sizes() const { return m_plan.dataset.sizes; }
    /// In the order they finished.
    [[nodiscard]] const QList<CellResult>& cells() const { return m_cells; }
    /// The cell of (size index, endpoint index), or nullptr while it is not measured.
    [[nodiscard]] const CellResult* cell(int sizeIndex, int endpointIndex) const;
    [[nodiscard]] const QList<TimeSeriesPoint>& timeSeries() const { return m_series; }

    /// Load tests (plan().load set): the per-second load points so far, in order.
    [[nodiscard]] bool isLoadTest() const { return m_plan.load.has_value(); }
    [[nodiscard]] const QList<LoadPoint>& loadPoints() const { return m_loadPoints; }
    /// The engine's LoadResult once the run finished (or was loaded), else nullopt.
    [[nodiscard]] const std::optional<LoadResult>& loadResult() const { return m_load; }
    /// The stages of a load test: the LoadResult's once the run ended; while it runs, those that finished, put
    /// together from the cells (one per endpoint, whose histograms merge into the stage's exact percentiles) and the
    /// load points (dropped and late requests, the level). Endurance intervals have no cells: they come from the
    /// points, their percentiles the request-weighted mean of the seconds' (loadStagesAreFinal() is false).
    [[nodiscard]] const QList<LoadStage>& loadStages() const { return m_stages; }
    /// Whether loadStages() are the engine's own (the run ended with a LoadResult).
    [[nodiscard]] bool loadStagesAreFinal() const { return m_load.has_value(); }
    /// Users or requests/s being applied now (0 outside the load and once finished).
    [[nodiscard]] double loadLevel() const { return isFinished() ? 0.0 : m_progress.loadLevel; }
    [[nodiscard]] const QList<RunEvent>& events() const { return m_events; }
    /// The latest progress (a snapshot without its lists); phase Finished once finish() or load() ran.
    [[nodiscard]] const RunSnapshot& progress() const { return m_progress; }
    [[nodiscard]] bool isFinished() const { return m_status.has_value(); }
    [[nodiscard]] std::optional<RunStatus> status() const { return m_status; }
    [[nodiscard]] const std::optional<Error>& error() const { return m_error; }

Q_SIGNALS:
    /// Everything changed (a new run, a loaded run, clear()): views rebuild from the accessors.
    void reset();
    void cellsAdded(qsizetype first, qsizetype count);
    void timeSeriesAdded(qsizetype first, qsizetype count);
    void loadPointsAdded(qsizetype first, qsizetype count);
    /// loadStages() changed: stages were added, provisional ones updated, or the final ones replaced them.
    void loadStagesChanged();
    void eventsAdded(qsizetype first, qsizetype count);
    void progressChanged();
    void finished();

private:
    void appendCells(const QList<CellResult>& cells);
    void appendSeries(const QList<TimeSeriesPoint>& points);
    void appendEvents(const QList<RunEvent>& events);
    void appendLoadPoints(const QList<LoadPoint>& points);
    /// Recomputes m_stages (live) or takes the final ones; emits loadStagesChanged() when they differ.
    void updateLoadStages();

    Plan m_plan;
    QList<CellResult> m_cells;
    QList<TimeSeriesPoint> m_series;
    QList<RunEvent> m_events;
    QList<LoadPoint> m_loadPoints;
    std::optional<LoadResult> m_load;
    QList<LoadStage> m_stages;
    RunSnapshot m_progress;
    std::optional<RunStatus> m_status;
    std::optional<Error> m_error;
};

} // namespace scalescope::ui
