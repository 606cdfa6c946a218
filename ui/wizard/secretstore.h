// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <chrono>

class QTimer;

namespace scalescope::ui {

/// Remembers passwords in the system keychain (QtKeychain) when one answers, and otherwise not at all: the
/// caller keeps the secret in memory either way.
///
/// QtKeychain 0.13 has no timeout. A locked keyring waits on an invisible prompt forever, and a session bus that
/// accepts but never answers blocks the calling thread inside D-Bus. So the jobs run on a thread of their own,
/// each bounded by timeout(); after the first timeout the keychain counts as unavailable for the rest of the
/// process (its job queue is stuck behind the job that hangs).
///
/// Setting SCALESCOPE_NO_KEYCHAIN=1 in the environment, or building without QtKeychain, makes every store
/// unavailable at once.
class SecretStore : public QObject {
    Q_OBJECT
public:
    enum class Availability { Unknown, Available, Unavailable };
    Q_ENUM(Availability)

    explicit SecretStore(QObject* parent = nullptr);
    ~SecretStore() override;
    Q_DISABLE_COPY_MOVE(SecretStore)

    /// How long a job may take before the keychain counts as unavailable (default 3 s).
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    [[nodiscard]] std::chrono::milliseconds timeout() const { return m_timeout; }

    [[nodiscard]] Availability availability() const { return m_availability; }
    /// Why the keychain is unavailable (translated); empty otherwise.
    [[nodiscard]] QString unavailableReason() const { return m_reason; }

    /// Reads the secret stored under @p key; emits lookedUp() when the keychain answers (found or not), or only
    /// availabilityChanged() when it fails or does not answer in time.
    void lookUp(const QString& key);
    /// Stores @p secret under @p key; emits stored(). Nothing happens while the keychain is unavailable.
    void store(const QString& key, const QString& secret);
    /// Deletes the secret under @p key; emits removed().
    void remove(const QString& key);
    /// Jobs started and not yet answered or timed out.
    [[nodiscard]] int pendingCount() const { return int(m_pending.size()); }

    /// The service name the secrets are filed under ("ScaleScope").
    [[nodiscard]] static QString serviceName();

Q_SIGNALS:
    void availabilityChanged(scalescope::ui::SecretStore::Availability availability);
    void lookedUp(const QString& key, const QString& secret, bool found);
    void stored(const QString& key, bool succeeded);
    void removed(const QString& key, bool succeeded);

private:
    enum class Operation { Read, Write, Delete };
    struct Pending {
        Operation operation;
        QString key;
        QTimer* timer;
    };

    void start(Operation operation, const QString& key, const QString& secret);
    void onJobFinished(quint64 id, int error, const QString& errorString, const QString& secret);
    void onTimeout(quint64 id);
    void setAvailability(Availability availability, const QString& reason = {});
    /// False (and Unavailable) when no job can be started: disabled, not built in, or stuck.
    bool checkUsable();

    std::chrono::milliseconds m_timeout { 3000 };
    Availability m_availability = Availability::Unknown;
    QString m_reason;
    QHash<quint64, Pending> m_pending;
    bool m_connected = false;
};

} // namespace scalescope::ui
