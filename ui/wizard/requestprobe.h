// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/httptypes.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace scalescope::ui {

/// What one probe request got back.
struct ProbeResult {
    bool answered = false; ///< the server sent an HTTP response (any status)
    int status = 0;
    QString reason; ///< HTTP reason phrase
    QByteArray body;
    qint64 elapsedMs = 0;
    QString error; ///< when !answered: names the host and the reason
};

/// Sends one request at a time from the GUI thread (the wizard's "Check connection", "Test login" and
/// "Try" buttons) with QNetworkAccessManager: asynchronous, bounded by a timeout, a new request
/// cancels the previous one.
class RequestProbe : public QObject {
    Q_OBJECT
public:
    explicit RequestProbe(QObject* parent = nullptr);
    ~RequestProbe() override;
    Q_DISABLE_COPY_MOVE(RequestProbe)

    void send(const HttpRequest& request, int timeoutMs, bool verifyTls);
    void cancel();
    [[nodiscard]] bool isRunning() const { return !m_reply.isNull(); }

    /// "HTTP 200 OK in 12 ms" followed by the start of the body (at most @p bodyChars characters).
    [[nodiscard]] static QString describe(const ProbeResult& result, int bodyChars = 200);

Q_SIGNALS:
    void finished(const scalescope::ui::ProbeResult& result);

private:
    void onFinished();

    QNetworkAccessManager* m_manager = nullptr;
    QPointer<QNetworkReply> m_reply;
    QTimer* m_timeout;
    QElapsedTimer m_clock;
    QString m_host;
    int m_timeoutMs = 0;
    bool m_timedOut = false;
};

} // namespace scalescope::ui
