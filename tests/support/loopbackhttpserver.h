// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small scriptable HTTP/1.1 server for tests, on QTcpServer (or QSslServer for HTTPS), running
// in the test's thread. Every request is answered by a handler returning a LoopbackReply that can
// describe well-formed answers (Content-Length, chunked, close-delimited, no body), delays, slow
// bodies, Connection: close, raw garbage, connections closed or reset mid-response, and silence.

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#if QT_CONFIG(ssl)
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#endif

#include <sys/socket.h>

#include <functional>
#include <memory>
#include <utility>

namespace scalescope::test {

/// What the server received.
struct LoopbackRequest {
    QByteArray method;
    QByteArray target; ///< path and query as sent
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int connectionIndex = 0; ///< 0-based, in accept order
    int indexOnConnection = 0; ///< 0 for the first request of a connection

    [[nodiscard]] QByteArray header(QByteArrayView name) const
    {
        for (const auto& [key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

/// How to answer one request.
struct LoopbackReply {
    enum class Framing {
        ContentLength,
        Chunked,
        UntilClose, ///< no length: the body ends when the server closes
        NoBody, ///< no Content-Length and no body (204, 304, answers to HEAD)
    };

    int status = 200;
    QByteArray reason = "OK";
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    Framing framing = Framing::ContentLength;
    int chunkSize = 7; ///< chunked framing: payload bytes per chunk
    int delayMs = 0; ///< before the first byte
    int pieceSize = 0; ///< > 0: write the response in pieces of this size ...
    int pieceDelayMs = 0; ///< ... separated by this delay (slow bodies)
    bool close = false; ///< send "Connection: close" and close after the response
    QByteArray raw; ///< non-empty: send these bytes verbatim instead of a response
    qsizetype truncateAt = -1; ///< >= 0: send only this many bytes, then close (or reset)
    bool reset = false; ///< with truncateAt: abort with a TCP reset instead of a FIN
    bool drop = false; ///< close the connection without answering
    bool silent = false; ///< never answer; the connection stays open

    LoopbackReply& addHeader(const QByteArray& name, const QByteArray& value)
    {
        headers.append(std::pair<QByteArray, QByteArray>(name, value));
        return *this;
    }

    static LoopbackReply text(QByteArray body, int status = 200)
    {
        LoopbackReply reply;
        reply.status = status;
        reply.body = std::move(body);
        reply.headers.append({ QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/plain") });
        return reply;
    }

    [[nodiscard]] QByteArray serialize() const
    {
        if (!raw.isEmpty())
            return raw;
        QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
        for (const auto& [name, value] : headers)
            out += name + ": " + value + "\r\n";
        switch (framing) {
        case Framing::ContentLength:
            out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
            break;
        case Framing::Chunked:
            out += "Transfer-Encoding: chunked\r\n";
            break;
        case Framing::UntilClose:
        case Framing::NoBody:
            break;
        }
        if (close || framing == Framing::UntilClose)
            out += "Connection: close\r\n";
        out += "\r\n";
        switch (framing) {
        case Framing::ContentLength:
        case Framing::UntilClose:
            out += body;
            break;
        case Framing::Chunked:
            for (qsizetype at = 0; at < body.size(); at += std::max(1, chunkSize)) {
                const QByteArray chunk = body.mid(at, std::max(1, chunkSize));
                out += QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
            }
            out += "0\r\n\r\n";
            break;
        case Framing::NoBody:
            break;
        }
        return out;
    }
};

class LoopbackHttpServer : public QObject {
public:
    using Handler = std::function<LoopbackReply(const LoopbackRequest&)>;

    explicit LoopbackHttpServer(QObject* parent = nullptr)
        : QObject(parent)
    {
        m_handler = [](const LoopbackRequest&) { return LoopbackReply::text(QByteArrayLiteral("hello")); };
    }

    ~LoopbackHttpServer() override
    {
        // Sockets are children of the QTcpServer and emit disconnected() while it deletes them:
        // silence them first.
        for (const auto& entry : std::as_const(m_states))
            entry.first->disconnect();
        m_server.reset();
    }

#if QT_CONFIG(ssl)
    /// Serve HTTPS with this certificate and key. Call before listen().
    void setTls(const QSslCertificate& certificate, const QSslKey& key)
    {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(certificate);
        configuration.setPrivateKey(key);
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        auto server = std::make_unique<QSslServer>();
        server->setSslConfiguration(configuration);
        m_server = std::move(server);
        m_tls = true;
    }
#endif

    /// Listens on @p address, port 0 (a free port). Returns false if the address is unavailable.
    bool listen(const QHostAddress& address = QHostAddress::LocalHost)
    {
        if (!m_server)
            m_server = std::make_unique<QTcpServer>();
        const bool ok = m_server->listen(address, 0);
        if (ok) {
            m_address = address;
            QObject::connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this,
                             [this] { acceptPending(); });
        }
        return ok;
    }

    void setHandler(Handler handler) { m_handler = std::move(handler); }

    [[nodiscard]] quint16 port() const { return m_server ? m_server->serverPort() : 0; }

    [[nodiscard]] QUrl url(const QString& pathAndQuery = QStringLiteral("/")) const
    {
        const QString host = m_address.protocol() == QAbstractSocket::IPv6Protocol
            ? u'[' + m_address.toString() + u']'
            : m_address.toString();
        return QUrl((m_tls ? QStringLiteral("https://") : QStringLiteral("http://")) + host + u':'
                    + QString::number(port()) + pathAndQuery);
    }

    /// Connections accepted so far.
    [[nodiscard]] int connectionCount() const { return m_accepted; }
    /// Connections open right now, and the most that were open at once.
    [[nodiscard]] int openConnections() const { return m_open; }
    [[nodiscard]] int maxOpenConnections() const { return m_maxOpen; }
    [[nodiscard]] const QList<LoopbackRequest>& requests() const { return m_requests; }

    /// Closes every connection that is not waiting for an answer (a server-side keep-alive timeout).
    void closeIdleConnections()
    {
        for (const auto& [socket, state] : m_states) {
            if (!state->answering)
                socket->disconnectFromHost();
        }
    }

private:
    struct ConnectionState {
        QByteArray buffer;
        int index = 0;
        int served = 0;
        bool answering = false;
    };

    void acceptPending()
    {
        while (QTcpSocket* socket = m_server->nextPendingConnection()) {
            auto state = std::make_shared<ConnectionState>();
            state->index = m_accepted++;
            m_states.append({ socket, state });
            m_maxOpen = std::max(m_maxOpen, ++m_open);
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, state] { onReadyRead(socket, state); });
            QObject::connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                --m_open;
                for (qsizetype i = 0; i < m_states.size(); ++i) {
                    if (m_states[i].first == socket) {
                        m_states.removeAt(i);
                        break;
                    }
                }
                socket->deleteLater();
            });
        }
    }

    void onReadyRead(QTcpSocket* socket, const std::shared_ptr<ConnectionState>& state)
    {
        state->buffer += socket->readAll();
        while (!state->answering) {
            const qsizetype end = state->buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            LoopbackRequest request;
            const QList<QByteArray> lines = state->buffer.left(end).split('\n');
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            request.method = requestLine.value(0);
            request.target = requestLine.value(1);
            qsizetype length = 0;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines[i].trimmed();
                const qsizetype colon = line.indexOf(':');
                if (colon <= 0)
                    continue;
                request.headers.append({ line.left(colon).trimmed(), line.mid(colon + 1).trimmed() });
                if (line.left(colon).trimmed().compare("content-length", Qt::CaseInsensitive) == 0)
                    length = line.mid(colon + 1).trimmed().toLongLong();
            }
            if (state->buffer.size() < end + 4 + length)
                return; // body incomplete
            request.body = state->buffer.mid(end + 4, length);
            state->buffer.remove(0, end + 4 + length);
            request.connectionIndex = state->index;
            request.indexOnConnection = state->served++;
            m_requests.append(request);
            answer(socket, state, m_handler(request));
        }
    }

    static void resetConnection(QTcpSocket* socket)
    {
        // SO_LINGER with a zero timeout turns close() into a TCP reset.
        const struct linger option { 1, 0 };
        ::setsockopt(static_cast<int>(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &option, sizeof(option));
        socket->abort();
    }

    void answer(QTcpSocket* socket, const std::shared_ptr<ConnectionState>& state, const LoopbackReply& reply)
    {
        if (reply.silent) {
            state->answering = true; // swallow everything that follows
            return;
        }
        if (reply.drop) {
            socket->disconnectFromHost();
            return;
        }
        QByteArray bytes = reply.serialize();
        const bool truncated = reply.truncateAt >= 0 && reply.truncateAt < bytes.size();
        if (truncated)
            bytes.truncate(reply.truncateAt);
        const bool closeAfter = truncated || reply.close || reply.framing == LoopbackReply::Framing::UntilClose;

        QList<QByteArray> pieces;
        if (reply.pieceSize > 0) {
            for (qsizetype at = 0; at < bytes.size(); at += reply.pieceSize)
                pieces.append(bytes.mid(at, reply.pieceSize));
        }
        if (pieces.isEmpty())
            pieces.append(bytes);
        state->answering = true;
        QPointer<QTcpSocket> guard(socket);
        auto finish = [this, guard, state, closeAfter, reset = reply.reset && truncated] {
            if (!guard)
                return;
            state->answering = false;
            if (reset) {
                guard->flush();
                resetConnection(guard);
            } else if (closeAfter) {
                guard->disconnectFromHost();
            } else if (!state->buffer.isEmpty()) {
                onReadyRead(guard, state);
            }
        };
        writePieces(guard, std::move(pieces), 0, reply.delayMs, reply.pieceDelayMs, std::move(finish));
    }

    static void writePieces(QPointer<QTcpSocket> socket, QList<QByteArray> pieces, qsizetype index, int firstDelay,
                            int pieceDelay, std::function<void()> finish)
    {
        auto step = [socket, pieces, index, pieceDelay, finish]() mutable {
            if (!socket)
                return;
            socket->write(pieces[index]);
            socket->flush();
            if (index + 1 < pieces.size())
                writePieces(socket, std::move(pieces), index + 1, pieceDelay, pieceDelay, std::move(finish));
            else
                finish();
        };
        if (firstDelay > 0)
            QTimer::singleShot(firstDelay, socket.data(), std::move(step));
        else
            step();
    }

    std::unique_ptr<QTcpServer> m_server;
    QHostAddress m_address;
    bool m_tls = false;
    Handler m_handler;
    QList<std::pair<QTcpSocket*, std::shared_ptr<ConnectionState>>> m_states;
    QList<LoopbackRequest> m_requests;
    int m_accepted = 0;
    int m_open = 0;
    int m_maxOpen = 0;
};

} // namespace scalescope::test

Q_DECLARE_METATYPE(scalescope::test::LoopbackReply)
