// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/keychainbridge.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>

#include <qt6keychain/keychain.h>

namespace scalescope::ui {

namespace {

    QThread* s_thread = nullptr; // set once, by instance()
    KeychainBridge* s_bridge = nullptr;

    void stopBridgeThread()
    {
        if (!s_thread)
            return;
        s_thread->quit();
        // A job that blocks inside D-Bus keeps the thread busy: then leave it (and the bridge) behind rather than
        // hang the application's exit; the process ends anyway.
        if (s_thread->wait(QDeadlineTimer(500))) {
            delete s_bridge;
            delete s_thread;
            s_bridge = nullptr;
            s_thread = nullptr;
        }
    }

} // namespace

KeychainBridge* KeychainBridge::instance()
{
    // Called from the GUI thread only (SecretStore lives there).
    if (!s_bridge) {
        s_thread = new QThread;
        s_thread->setObjectName(QStringLiteral("scalescope-keychain"));
        s_bridge = new KeychainBridge;
        s_bridge->moveToThread(s_thread);
        s_thread->start();
        qAddPostRoutine(stopBridgeThread);
    }
    return s_bridge;
}

void KeychainBridge::start(
    quint64 id, Operation operation, const QString& service, const QString& key, const QString& secret)
{
    QMetaObject::invokeMethod(
        this, [this, id, operation, service, key, secret] { run(id, operation, service, key, secret); },
        Qt::QueuedConnection);
}

void KeychainBridge::run(
    quint64 id, Operation operation, const QString& service, const QString& key, const QString& secret)
{
    QKeychain::Job* job = nullptr;
    switch (operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(service);
        break;
    case Operation::Write: {
        auto* write = new QKeychain::WritePasswordJob(service);
        write->setTextData(secret);
        job = write;
        break;
    }
    case Operation::Delete:
        job = new QKeychain::DeletePasswordJob(service);
        break;
    }
    job->setKey(key);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file instead of a keychain
    connect(job, &QKeychain::Job::finished, this, [this, id](QKeychain::Job* finished) {
        QString text;
        if (auto* read = qobject_cast<QKeychain::ReadPasswordJob*>(finished); read && finished->error() == 0)
            text = read->textData();
        Q_EMIT jobFinished(id, int(finished->error()), finished->errorString(), text);
    });
    job->start();
}

} // namespace scalescope::ui
