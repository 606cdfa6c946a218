// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "demotarget.h"

#include <QHostAddress>
#include <QUrl>

#include <memory>

namespace scalescope::demo {

/// Runs a DemoTarget on a thread of its own, for tests and for `scalescope-cli demo`, which
/// measure it from the calling thread. The DemoTarget is created, used and destroyed in that
/// thread; the caller only starts, stops and reads recordCount().
class DemoTargetThread {
public:
    DemoTargetThread();
    ~DemoTargetThread(); ///< stops the target
    Q_DISABLE_COPY_MOVE(DemoTargetThread)

    /// Starts the target and blocks until it listens (returns its base URL) or failed to.
    Result<QUrl> start(
        const DemoTargetOptions& options, const QHostAddress& address = QHostAddress::LocalHost, quint16 port = 0);
    /// Stops the target and joins its thread; all data is dropped. Safe to call when not running.
    void stop();
    [[nodiscard]] bool isRunning() const;
    /// Base URL of the running target; empty when not running.
    [[nodiscard]] QUrl baseUrl() const;
    /// Number of prompts in the running target (0 when not running); callable from any thread.
    [[nodiscard]] int recordCount() const;

private:
    class ServerThread;
    std::unique_ptr<ServerThread> m_thread;
};

} // namespace scalescope::demo
