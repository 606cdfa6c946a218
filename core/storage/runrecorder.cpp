// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/runrecorder.h"

#include "analysis/runanalysis.h"
#include "engine/engine.h"

namespace scalescope::storage {

RunRecorder::RunRecorder(HistoryStore& store, QObject* parent)
    : QObject(parent)
    , m_store(store)
{
}

RunRecorder::~RunRecorder() = default;

void RunRecorder::attach(Engine* engine)
{
    connect(engine, &Engine::snapshotReady, this, &RunRecorder::onSnapshot);
    connect(engine, &Engine::runFinished, this, &RunRecorder::onFinished);
}

bool RunRecorder::begin(const RunHeader& header)
{
    m_engineRunId = 0;
    m_recording = false;
    m_storedCells.clear();
    m_storedSeconds.clear();
    m_storedEvents = 0;
    Result<qint64> id = m_store.beginRun(header);
    if (!id) {
        m_runId = 0;
        report(id.error());
        return false;
    }
    m_runId = id.value();
    m_recording = true;
    return true;
}

void RunRecorder::report(const std::optional<Error>& error)
{
    if (!error)
        return;
    m_lastError = error;
    Q_EMIT writeFailed(*error);
}

void RunRecorder::onSnapshot(const RunSnapshotPtr& snapshot)
{
    if (!m_recording || !snapshot)
        return;
    if (m_engineRunId == 0)
        m_engineRunId = snapshot->runId;
    else if (snapshot->runId != m_engineRunId)
        return; // a superseded engine run
    storeCells(snapshot->newCells);
    storeTimeSeries(snapshot->newTimeSeries);
    storeEvents(snapshot->newEvents);
}

void RunRecorder::storeCells(const QList<CellResult>& cells)
{
    QList<CellResult> fresh;
    for (const CellResult& cell : cells) {
        if (!m_storedCells.contains({ cell.sizeIndex, cell.endpointIndex }))
            fresh.append(cell);
    }
    if (fresh.isEmpty())
        return;
    const std::optional<Error> error = m_store.addCells(m_runId, fresh);
    report(error);
    if (!error) {
        for (const CellResult& cell : std::as_const(fresh))
            m_storedCells.insert({ cell.sizeIndex, cell.endpointIndex });
    }
}

void RunRecorder::storeTimeSeries(const QList<TimeSeriesPoint>& points)
{
    QList<TimeSeriesPoint> fresh;
    for (const TimeSeriesPoint& point : points) {
        if (!m_storedSeconds.contains(point.second))
            fresh.append(point);
    }
    if (fresh.isEmpty())
        return;
    const std::optional<Error> error = m_store.addTimeSeries(m_runId, fresh);
    report(error);
    if (!error) {
        for (const TimeSeriesPoint& point : std::as_const(fresh))
            m_storedSeconds.insert(point.second);
    }
}

void RunRecorder::storeEvents(const QList<RunEvent>& events)
{
    if (events.isEmpty())
        return;
    const std::optional<Error> error = m_store.addEvents(m_runId, events);
    report(error);
    if (!error)
        m_storedEvents += events.size();
}

void RunRecorder::onFinished(const RunResultPtr& result)
{
    if (!m_recording || !result)
        return;
    if (m_engineRunId != 0 && result->runId != m_engineRunId)
        return;
    m_recording = false;
    // Whatever no snapshot carried (a last cell racing the final snapshot, or a recorder fed only the
    // result) is stored before the run is closed.
    storeCells(result->cells);
    storeTimeSeries(result->timeSeries);
    if (result->events.size() > m_storedEvents)
        storeEvents(result->events.mid(m_storedEvents));
    const std::optional<Error> error = m_store.finishRun(m_runId, *result);
    report(error);
    if (error)
        return;
    // The analysis is a pure function of the result: stored with it, so the history lists the verdict.
    const analysis::RunAnalysis verdicts = analysis::analyzeRun(*result);
    report(m_store.setFindings(m_runId, verdicts.findings));
    report(m_store.setThresholdOutcome(m_runId, int(verdicts.thresholds.verdicts.size()), verdicts.thresholds.failureCount()));
    Q_EMIT runRecorded(m_runId);
}

} // namespace scalescope::storage
