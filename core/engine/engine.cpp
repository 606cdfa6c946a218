// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/engine.h"

#include "engine/runcontroller.h"

namespace scalescope {

QString measuringTransportName(const Plan& plan)
{
    return WorkerPool::transportName(RunController::measuringTransport(plan));
}

Engine::Engine(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<RunSnapshotPtr>();
    qRegisterMetaType<RunResultPtr>();
}

Engine::~Engine()
{
    if (m_controller)
        m_controller->cancel();
    if (m_thread.joinable())
        m_thread.join();
}

quint64 Engine::start(const Plan& plan, const RunOptions& options)
{
    if (m_controller)
        return 0;
    if (m_thread.joinable())
        m_thread.join();
    const quint64 runId = ++m_runId;
    m_controller = std::make_shared<RunController>(runId, plan, options);
    m_thread = std::thread([controller = m_controller, runId, this] {
        const auto publish = [runId, this](RunSnapshotPtr snapshot) {
            // Queued to the engine's thread; dropped by Qt if the engine is gone.
            QMetaObject::invokeMethod(
                this,
                [this, runId, snapshot = std::move(snapshot)] {
                    if (runId == m_runId)
                        Q_EMIT snapshotReady(snapshot);
                },
                Qt::QueuedConnection);
        };
        RunResultPtr result = controller->execute(publish);
        QMetaObject::invokeMethod(
            this, [this, runId, result = std::move(result)] { finish(runId, result); }, Qt::QueuedConnection);
    });
    return runId;
}

void Engine::cancel()
{
    if (m_controller)
        m_controller->cancel();
}

void Engine::finish(quint64 runId, RunResultPtr result)
{
    if (runId != m_runId)
        return;
    if (m_thread.joinable())
        m_thread.join();
    m_controller.reset();
    Q_EMIT runFinished(result);
}

} // namespace scalescope
