// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/requestprobe.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace scalescope::ui {

RequestProbe::RequestProbe(QObject* parent)
    : QObject(parent)
    , m_timeout(new QTimer(this))
{
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this, [this] {
        if (m_reply) {
            m_timedOut = true;
            m_reply->abort();
        }
    });
}

RequestProbe::~RequestProbe() { cancel(); }

void RequestProbe::cancel()
{
    m_timeout->stop();
    if (QNetworkReply* reply = m_reply.data()) {
        m_reply.clear();
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void RequestProbe::send(const HttpRequest& request, int timeoutMs, bool verifyTls)
{
    cancel();
    if (!m_manager)
        m_manager = new QNetworkAccessManager(this);
    QNetworkRequest networkRequest(request.url);
    networkRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    for (const HttpHeader& header : request.headers)
        networkRequest.setRawHeader(header.name, header.value);
    if (!request.body.isEmpty() && !networkRequest.hasRawHeader("Content-Type"))
        networkRequest.setRawHeader("Content-Type", "application/json");
    m_host = request.url.host();
    m_timeoutMs = timeoutMs;
    m_timedOut = false;
    m_clock.start();
    QNetworkReply* reply = m_manager->sendCustomRequest(networkRequest, request.method, request.body);
    m_reply = reply;
    if (!verifyTls)
        connect(reply, &QNetworkReply::sslErrors, reply, [reply] { reply->ignoreSslErrors(); });
    connect(reply, &QNetworkReply::finished, this, &RequestProbe::onFinished);
    m_timeout->start(timeoutMs);
}

void RequestProbe::onFinished()
{
    QNetworkReply* reply = m_reply.data();
    if (!reply || sender() != reply)
        return;
    m_timeout->stop();
    m_reply.clear();
    reply->deleteLater();

    ProbeResult result;
    result.elapsedMs = m_clock.elapsed();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (status.isValid() && !m_timedOut) {
        result.answered = true;
        result.status = status.toInt();
        result.reason = QString::fromLatin1(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray());
        result.body = reply->readAll();
    } else if (m_timedOut) {
        result.error = tr("No answer from %1 within %2 ms").arg(m_host).arg(m_timeoutMs);
    } else {
        result.error = tr("Cannot reach %1: %2").arg(m_host, reply->errorString());
    }
    Q_EMIT finished(result);
}

QString RequestProbe::describe(const ProbeResult& result, int bodyChars)
{
    if (!result.answered)
        return result.error;
    //: %1 = HTTP status code, %2 = reason phrase, %3 = milliseconds
    QString text = tr("HTTP %1 %2 in %3 ms").arg(result.status).arg(result.reason).arg(result.elapsedMs);
    QString body = QString::fromUtf8(result.body).simplified();
    if (body.size() > bodyChars)
        body = body.left(bodyChars) + QChar(0x2026);
    if (!body.isEmpty())
        text += QLatin1Char('\n') + body;
    return text;
}

} // namespace scalescope::ui
