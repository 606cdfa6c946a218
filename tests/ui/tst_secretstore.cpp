// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// SecretStore: a keychain that never answers costs one timeout, never a frozen GUI thread, and the password stays
// in memory. The "session bus" here is a local socket that accepts connections and never says a word — the way a
// wedged bus (or a keyring waiting on an invisible prompt) behaves.
#include "wizard/secretstore.h"

#include <QElapsedTimer>
#include <QLocalServer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace scalescope::ui;
using namespace std::chrono_literals;

class TestSecretStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_bus.setSocketOptions(QLocalServer::UserAccessOption);
        QVERIFY(m_bus.listen(m_dir.filePath(QStringLiteral("bus"))));
        // Before anything in this process opens the session bus.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + m_bus.fullServerName().toLocal8Bit());
        qunsetenv("XDG_CURRENT_DESKTOP");
        qunsetenv("SCALESCOPE_NO_KEYCHAIN");
    }

    void cleanupTestCase()
    {
        // Hang up: the keychain thread, blocked on the silent bus, gets its error and can stop at exit.
        m_bus.close();
    }

    /// Runs first: the timeout marks the keychain stuck for the whole process.
    void silentKeychainTimesOut()
    {
        SecretStore store;
        store.setTimeout(300ms);
        QSignalSpy availability(&store, &SecretStore::availabilityChanged);
        QSignalSpy lookedUp(&store, &SecretStore::lookedUp);
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(20);

        QElapsedTimer clock;
        clock.start();
        store.lookUp(QStringLiteral("admin@localhost:8000"));
        QVERIFY2(clock.elapsed() < 100, "lookUp() must not block");
        QCOMPARE(store.pendingCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(store.availability(), SecretStore::Availability::Unavailable, 3000);
        // Either the silent bus made the job time out, or QtKeychain gave up by itself (no backend): both in time.
        QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(!store.unavailableReason().isEmpty());
        qInfo("keychain unavailable after %lld ms: %s", qint64(clock.elapsed()), qPrintable(store.unavailableReason()));
        QCOMPARE(store.pendingCount(), 0);
        QCOMPARE(availability.count(), 1);
        QCOMPARE(lookedUp.count(), 0);
        // The GUI thread went on while the keychain was asked.
        QVERIFY2(ticks >= 5, qPrintable(QString::number(ticks)));
    }

    void laterStoresFailAtOnce()
    {
        SecretStore store;
        QSignalSpy stored(&store, &SecretStore::stored);
        QElapsedTimer clock;
        clock.start();
        store.lookUp(QStringLiteral("admin@localhost:8000"));
        QCOMPARE(store.availability(), SecretStore::Availability::Unavailable);
        QCOMPARE(store.pendingCount(), 0);
        store.store(QStringLiteral("admin@localhost:8000"), QStringLiteral("secret"));
        QTRY_COMPARE(stored.count(), 1);
        QCOMPARE(stored.constFirst().at(1).toBool(), false);
        QVERIFY(clock.elapsed() < 1000);
    }

    void canBeTurnedOff()
    {
        qputenv("SCALESCOPE_NO_KEYCHAIN", "1");
        SecretStore store;
        QSignalSpy removed(&store, &SecretStore::removed);
        store.lookUp(QStringLiteral("k"));
        QCOMPARE(store.availability(), SecretStore::Availability::Unavailable);
        QVERIFY(store.unavailableReason().contains(QLatin1String("SCALESCOPE_NO_KEYCHAIN")));
        store.remove(QStringLiteral("k"));
        QCOMPARE(removed.count(), 0); // answered asynchronously, as a keychain would
        QTRY_COMPARE(removed.count(), 1);
        qunsetenv("SCALESCOPE_NO_KEYCHAIN");
    }

private:
    QTemporaryDir m_dir;
    QLocalServer m_bus;
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
