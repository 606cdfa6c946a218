// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace scalescope::ui {

/// The QtKeychain side of SecretStore (compiled only when QtKeychain is found). One instance per process lives
/// on a thread of its own, where every QtKeychain job is created, run and deleted: a job that blocks (a session
/// bus that never answers) or waits forever (a locked keyring's prompt) then never stalls the GUI thread.
class KeychainBridge : public QObject {
    Q_OBJECT
public:
    enum class Operation { Read, Write, Delete };

    /// The process-wide bridge, created with its thread on first use; the thread is stopped when the
    /// application object is destroyed (unless a job still blocks it, in which case it is left behind).
    static KeychainBridge* instance();

    /// Starts a job on the bridge's thread; callable from any thread. The answer comes as jobFinished(id, …).
    void start(quint64 id, Operation operation, const QString& service, const QString& key, const QString& secret);

Q_SIGNALS:
    /// @p error is a QKeychain::Error; @p secret is set for a successful read.
    void jobFinished(quint64 id, int error, const QString& errorString, const QString& secret);

private:
    KeychainBridge() = default;
    void run(quint64 id, Operation operation, const QString& service, const QString& key, const QString& secret);
};

} // namespace scalescope::ui
