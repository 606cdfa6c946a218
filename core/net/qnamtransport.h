// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/transport.h"

#include <memory>

namespace scalescope {

/// Transport backed by one QNetworkAccessManager owned by (and living in) the creating thread.
///
/// The reference implementation: slower than LeanTransport (one QNetworkReply per request, at most
/// six HTTP/1.1 connections per host in Qt 6.4 whatever maxConnectionsPerHost says) but it speaks
/// HTTP/2, proxies and everything else Qt supports. HTTP error statuses are delivered as responses
/// (FailureKind::None); redirects follow Qt's default NoLessSafeRedirectPolicy. Latency runs from
/// the moment the request is handed to the manager to QNetworkReply::finished.
class QnamTransport final : public Transport {
public:
    explicit QnamTransport(const TransportOptions& options = {});
    ~QnamTransport() override;

    QnamTransport(const QnamTransport&) = delete;
    QnamTransport& operator=(const QnamTransport&) = delete;
    QnamTransport(QnamTransport&&) = delete;
    QnamTransport& operator=(QnamTransport&&) = delete;

    void send(HttpRequest request, Completion done) override;
    void abortAll() override;
    [[nodiscard]] int pendingCount() const override;
    [[nodiscard]] QString name() const override;

    class Private;

private:
    std::unique_ptr<Private> d;
};

} // namespace scalescope
