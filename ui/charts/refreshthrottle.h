// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

namespace scalescope::ui {

/// Coalesces refresh requests: request() only marks dirty; the refresh function runs at most once per
/// interval (100 ms by default), however many model signals arrived in between (house style, rule 4).
class RefreshThrottle : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RefreshThrottle)
public:
    explicit RefreshThrottle(std::function<void()> refresh, QObject* parent = nullptr, int intervalMs = 100);

    /// Marks dirty; the refresh runs when the current interval ends.
    void request();
    /// Runs a pending refresh now (e.g. before a screenshot).
    void flush();
    [[nodiscard]] bool isPending() const { return m_pending; }

private:
    void fire();

    std::function<void()> m_refresh;
    QTimer m_timer;
    bool m_pending = false;
};

} // namespace scalescope::ui
