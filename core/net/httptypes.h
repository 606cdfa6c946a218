// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <chrono>
#include <cstddef>

namespace scalescope {

struct HttpHeader {
    QByteArray name;
    QByteArray value;
    friend bool operator==(const HttpHeader&, const HttpHeader&) = default;
};
using HttpHeaders = QList<HttpHeader>;

/// Case-insensitive header lookup; returns an empty array when absent.
QByteArray headerValue(const HttpHeaders& headers, QByteArrayView name);

/// One fully expanded request, ready to send.
struct HttpRequest {
    QByteArray method = QByteArrayLiteral("GET");
    QUrl url;
    HttpHeaders headers;
    QByteArray body;
};

/// Why a request did not succeed. Transports set the network-level kinds; the engine sets the
/// HTTP-level ones by comparing the status with what the plan expects.
enum class FailureKind : unsigned char {
    None = 0,
    ConnectionRefused,
    Dns,
    Tls,
    Timeout,
    ConnectionClosed, ///< reset or closed by the peer before the response was complete
    Protocol, ///< the bytes received are not a valid HTTP/1.1 response
    HttpClientError, ///< 4xx not listed as expected
    HttpServerError, ///< 5xx not listed as expected
    UnexpectedStatus, ///< any other status not listed as expected (1xx, 2xx, 3xx)
    Cancelled,
    Other,
};
inline constexpr std::size_t kFailureKindCount = static_cast<std::size_t>(FailureKind::Other) + 1;

/// Stable machine name ("connection_refused", "http_5xx", …) used in JSON files and logs.
QString failureKindName(FailureKind kind);
/// Translated, human readable name ("Connection refused", "HTTP 5xx", …).
QString failureKindLabel(FailureKind kind);

/// What a transport reports for one request.
struct HttpResult {
    FailureKind failure = FailureKind::None;
    QString errorMessage; ///< set when failure != None, names the host and the reason
    int status = 0; ///< 0 when no response was received
    HttpHeaders headers;
    QByteArray body; ///< possibly truncated to TransportOptions::maxBodyBytes
    qint64 bytesReceived = 0; ///< everything read for this response, headers included, even past the cap
    qint64 bytesSent = 0;
    /// From the first byte written to the last byte of the response (monotonic clock).
    std::chrono::nanoseconds latency { 0 };
    /// Time spent opening the connection (TCP + TLS) before the request could be written; 0 on reuse.
    std::chrono::nanoseconds connectTime { 0 };
};

/// Maps a transport failure and an HTTP status onto the final kind, given the expected statuses.
/// An empty expected list means "any 2xx".
FailureKind classifyResult(const HttpResult& result, const QList<int>& expectedStatus);

} // namespace scalescope
