// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

namespace scalescope::cli {

/// Turns SIGINT/SIGTERM into a Qt signal on the main thread (self-pipe trick), so Ctrl-C can stop a
/// run gracefully instead of killing the process with records left behind.
class SignalWatcher : public QObject {
    Q_OBJECT
public:
    explicit SignalWatcher(QObject* parent = nullptr);
    ~SignalWatcher() override;
    Q_DISABLE_COPY_MOVE(SignalWatcher)

Q_SIGNALS:
    void interrupted(int signalNumber);

private:
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace scalescope::cli
