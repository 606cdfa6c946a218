// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "runmodel.h"

#include "loadstages.h"

#include <algorithm>

namespace scalescope::ui {

RunModel::RunModel(QObject* parent)
    : QObject(parent)
{
}

void RunModel::clear()
{
    m_plan = Plan {};
    m_cells.clear();
    m_series.clear();
    m_events.clear();
    m_loadPoints.clear();
    m_load.reset();
    m_stages.clear();
    m_progress = RunSnapshot {};
    m_status.reset();
    m_error.reset();
    Q_EMIT reset();
}

void RunModel::beginRun(const Plan& plan)
{
    m_plan = plan;
    m_cells.clear();
    m_series.clear();
    m_events.clear();
    m_loadPoints.clear();
    m_load.reset();
    m_stages.clear();
    m_progress = RunSnapshot {};
    // A load test's cells are (stage, endpoint): how many stages there will be, the engine's snapshots tell.
    m_progress.cellsTotal = plan.load ? 0 : int(plan.dataset.sizes.size() * plan.endpoints.size());
    m_status.reset();
    m_error.reset();
    Q_EMIT reset();
    Q_EMIT progressChanged();
}

QStringList RunModel::endpointNames() const
{
    QStringList names;
    for (const EndpointConfig& endpoint : m_plan.endpoints)
        names.append(endpoint.name);
    return names;
}

const CellResult* RunModel::cell(int sizeIndex, int endpointIndex) const
{
    for (const CellResult& cell : m_cells) {
        if (cell.sizeIndex == sizeIndex && cell.endpointIndex == endpointIndex)
            return &cell;
    }
    return nullptr;
}

void RunModel::appendCells(const QList<CellResult>& cells)
{
    QList<CellResult> fresh;
    for (const CellResult& cell : cells) {
        if (!this->cell(cell.sizeIndex, cell.endpointIndex))
            fresh.append(cell);
    }
    if (fresh.isEmpty())
        return;
    const qsizetype first = m_cells.size();
    m_cells.append(fresh);
    Q_EMIT cellsAdded(first, fresh.size());
}

void RunModel::appendSeries(const QList<TimeSeriesPoint>& points)
{
    const qint64 last = m_series.isEmpty() ? -1 : m_series.last().second;
    QList<TimeSeriesPoint> fresh;
    for (const TimeSeriesPoint& point : points) {
        if (point.second > last)
            fresh.append(point);
    }
    if (fresh.isEmpty())
        return;
    const qsizetype first = m_series.size();
    m_series.append(fresh);
    Q_EMIT timeSeriesAdded(first, fresh.size());
}

void RunModel::appendEvents(const QList<RunEvent>& events)
{
    if (events.isEmpty())
        return;
    const qsizetype first = m_events.size();
    m_events.append(events);
    Q_EMIT eventsAdded(first, events.size());
}

void RunModel::appendLoadPoints(const QList<LoadPoint>& points)
{
    const qint64 last = m_loadPoints.isEmpty() ? -1 : m_loadPoints.last().second;
    QList<LoadPoint> fresh;
    for (const LoadPoint& point : points) {
        if (point.second > last)
            fresh.append(point);
    }
    if (fresh.isEmpty())
        return;
    const qsizetype first = m_loadPoints.size();
    m_loadPoints.append(fresh);
    Q_EMIT loadPointsAdded(first, fresh.size());
}

void RunModel::updateLoadStages()
{
    if (!m_plan.load)
        return;
    QList<LoadStage> stages
        = m_load ? m_load->stages : liveLoadStages(*m_plan.load, m_cells, m_loadPoints, isFinished());
    if (stages == m_stages)
        return;
    m_stages = std::move(stages);
    Q_EMIT loadStagesChanged();
}

void RunModel::applySnapshot(const RunSnapshotPtr& snapshot)
{
    if (!snapshot || isFinished())
        return;
    appendCells(snapshot->newCells);
    appendSeries(snapshot->newTimeSeries);
    appendEvents(snapshot->newEvents);
    appendLoadPoints(snapshot->newLoadPoints);
    m_progress = *snapshot;
    m_progress.newCells.clear();
    m_progress.newEvents.clear();
    m_progress.newTimeSeries.clear();
    m_progress.newLoadPoints.clear();
    // A stage is over when its cells arrive; an endurance interval when its last second does.
    if (m_plan.load
        && (!snapshot->newCells.isEmpty()
            || (m_plan.load->kind == LoadConfig::Kind::Endurance && !snapshot->newLoadPoints.isEmpty())))
        updateLoadStages();
    Q_EMIT progressChanged();
}

void RunModel::finish(const RunResultPtr& result)
{
    if (!result)
        return;
    appendCells(result->cells);
    appendSeries(result->timeSeries);
    if (result->events.size() > m_events.size())
        appendEvents(result->events.mid(m_events.size()));
    if (result->load) {
        appendLoadPoints(result->load->series);
        m_load = result->load;
    }
    m_status = result->status;
    m_error = result->error;
    m_progress.phase = RunPhase::Finished;
    m_progress.progress = 1.0;
    m_progress.etaMs = 0;
    m_progress.cellsDone = int(m_cells.size());
    updateLoadStages();
    Q_EMIT progressChanged();
    Q_EMIT finished();
}

void RunModel::load(const RunResult& run)
{
    m_plan = run.plan;
    m_cells = run.cells;
    m_series = run.timeSeries;
    m_events = run.events;
    m_load = run.plan.load ? run.load : std::nullopt;
    m_loadPoints = m_load ? m_load->series : QList<LoadPoint> {};
    m_stages.clear();
    m_progress = RunSnapshot {};
    m_progress.runId = run.runId;
    m_progress.phase = RunPhase::Finished;
    m_progress.progress = 1.0;
    m_progress.etaMs = 0;
    m_progress.cellsDone = int(run.cells.size());
    m_progress.cellsTotal = run.plan.load ? int(run.cells.size())
                                          : int(run.plan.dataset.sizes.size() * run.plan.endpoints.size());
    m_progress.recordsCreated = run.recordsCreated;
    m_progress.elapsedMs = run.startedAt.isValid() && run.finishedAt.isValid() ? run.startedAt.msecsTo(run.finishedAt) : 0;
    m_status = run.status;
    m_error = run.error;
    if (m_plan.load)
        m_stages = m_load ? m_load->stages : liveLoadStages(*m_plan.load, m_cells, m_loadPoints, true);
    Q_EMIT reset();
    Q_EMIT progressChanged();
    Q_EMIT finished();
}

} // namespace scalescope::ui
