// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/secretstore.h"

#ifdef SCALESCOPE_HAVE_QTKEYCHAIN
#include "wizard/keychainbridge.h"
#endif

#include <QTimer>

#include <atomic>

namespace scalescope::ui {

namespace {

#ifdef SCALESCOPE_HAVE_QTKEYCHAIN
    std::atomic<quint64> s_nextJobId { 1 };
    /// Set when a job timed out: QtKeychain runs its jobs one after another, so every later job would wait behind
    /// the stuck one. Process-wide because the keychain (and QtKeychain's queue) is.
    std::atomic<bool> s_keychainStuck { false };
#endif

    // QKeychain::Error values (keychain.h), repeated so that this file builds without QtKeychain.
    constexpr int kNoError = 0;
    constexpr int kEntryNotFound = 1;
    constexpr int kAccessDeniedByUser = 3;

} // namespace

SecretStore::SecretStore(QObject* parent)
    : QObject(parent)
{
}

SecretStore::~SecretStore() = default;

QString SecretStore::serviceName() { return QStringLiteral("ScaleScope"); }

void SecretStore::setAvailability(Availability availability, const QString& reason)
{
    m_reason = availability == Availability::Unavailable ? reason : QString();
    if (m_availability == availability)
        return;
    m_availability = availability;
    Q_EMIT availabilityChanged(availability);
}

bool SecretStore::checkUsable()
{
#ifndef SCALESCOPE_HAVE_QTKEYCHAIN
    setAvailability(Availability::Unavailable, tr("this build of ScaleScope has no keychain support (QtKeychain)"));
    return false;
#else
    if (qEnvironmentVariableIntValue("SCALESCOPE_NO_KEYCHAIN") != 0) {
        setAvailability(Availability::Unavailable, tr("the keychain is turned off (SCALESCOPE_NO_KEYCHAIN is set)"));
        return false;
    }
    if (s_keychainStuck.load()) {
        setAvailability(Availability::Unavailable, tr("the system keychain did not answer earlier in this session"));
        return false;
    }
    return m_availability != Availability::Unavailable;
#endif
}

void SecretStore::lookUp(const QString& key) { start(Operation::Read, key, {}); }

void SecretStore::store(const QString& key, const QString& secret) { start(Operation::Write, key, secret); }

void SecretStore::remove(const QString& key) { start(Operation::Delete, key, {}); }

void SecretStore::start(Operation operation, const QString& key, const QString& secret)
{
    if (!checkUsable()) {
        // Answer writes and deletes anyway, asynchronously as a keychain would: callers need not special-case.
        if (operation != Operation::Read) {
            QTimer::singleShot(0, this, [this, operation, key] {
                if (operation == Operation::Write)
                    Q_EMIT stored(key, false);
                else
                    Q_EMIT removed(key, false);
            });
        }
        return;
    }
#ifdef SCALESCOPE_HAVE_QTKEYCHAIN
    if (!m_connected) {
        // Queued (the bridge lives on its own thread); the connection dies with this object, safely. Made on the
        // first job so that a store that is never asked starts no thread.
        connect(KeychainBridge::instance(), &KeychainBridge::jobFinished, this, &SecretStore::onJobFinished);
        m_connected = true;
    }
    const quint64 id = s_nextJobId.fetch_add(1);
    auto* timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, id] { onTimeout(id); });
    timer->start(m_timeout);
    m_pending.insert(id, Pending { operation, key, timer });
    const auto bridgeOperation = operation == Operation::Read ? KeychainBridge::Operation::Read
        : operation == Operation::Write                      ? KeychainBridge::Operation::Write
                                                              : KeychainBridge::Operation::Delete;
    KeychainBridge::instance()->start(id, bridgeOperation, serviceName(), key, secret);
#else
    Q_UNUSED(secret)
#endif
}

void SecretStore::onTimeout(quint64 id)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    const Pending pending = it.value();
    m_pending.erase(it);
    pending.timer->deleteLater();
#ifdef SCALESCOPE_HAVE_QTKEYCHAIN
    s_keychainStuck.store(true);
#endif
    //: %1 = seconds, e.g. 3
    setAvailability(Availability::Unavailable,
        tr("the system keychain did not answer within %1 s").arg(double(m_timeout.count()) / 1000.0));
    if (pending.operation == Operation::Write)
        Q_EMIT stored(pending.key, false);
    else if (pending.operation == Operation::Delete)
        Q_EMIT removed(pending.key, false);
}

void SecretStore::onJobFinished(quint64 id, int error, const QString& errorString, const QString& secret)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return; // another store's job, or one that timed out: its answer no longer counts
    const Pending pending = it.value();
    m_pending.erase(it);
    pending.timer->stop();
    pending.timer->deleteLater();

    // A keychain that answers "not found" or "the user said no" is there: only other errors mean there is none.
    const bool answered = error == kNoError || error == kEntryNotFound || error == kAccessDeniedByUser;
    if (!answered) {
        setAvailability(Availability::Unavailable,
            errorString.isEmpty() ? tr("no system keychain is available") : errorString);
    } else {
        setAvailability(Availability::Available);
    }
    switch (pending.operation) {
    case Operation::Read:
        if (answered)
            Q_EMIT lookedUp(pending.key, secret, error == kNoError);
        break;
    case Operation::Write:
        Q_EMIT stored(pending.key, error == kNoError);
        break;
    case Operation::Delete:
        Q_EMIT removed(pending.key, error == kNoError || error == kEntryNotFound);
        break;
    }
}

} // namespace scalescope::ui
