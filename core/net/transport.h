// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/httptypes.h"

#include <functional>
#include <memory>

namespace scalescope {

struct TransportOptions {
    int timeoutMs = 30000; ///< per request, from the moment it is queued
    bool verifyTls = true;
    int maxConnectionsPerHost = 6; ///< at most this many requests in flight per host:port
    qint64 maxBodyBytes = 8 * 1024 * 1024; ///< bodies are cut here (bytes are still counted)
    bool http2 = false; ///< QNAM only: allow HTTP/2 (h2 over TLS, h2c prior knowledge otherwise)
    QString proxy; ///< QNAM only: "http://host:port"; empty = no proxy
};

/// Sends HTTP requests asynchronously on the thread that created it.
///
/// Contract (all implementations):
/// - created, used and destroyed on one thread that runs a Qt event loop;
/// - send() never calls @p done synchronously; @p done runs later on the same thread, exactly once;
/// - no QObject and no signal per request;
/// - requests beyond maxConnectionsPerHost wait in a FIFO queue; timeouts count from send();
/// - abortAll() completes every pending request with FailureKind::Cancelled (asynchronously too).
class Transport {
public:
    using Completion = std::function<void(HttpResult)>;

    virtual ~Transport() = default;
    virtual void send(HttpRequest request, Completion done) = 0;
    virtual void abortAll() = 0;
    /// Requests accepted but not yet completed.
    [[nodiscard]] virtual int pendingCount() const = 0;
    /// "lean-http1" or "qnam": named in results so numbers carry their provenance.
    [[nodiscard]] virtual QString name() const = 0;
};

enum class TransportKind { Lean, Qnam };

/// Creates a transport for the calling thread.
std::unique_ptr<Transport> createTransport(TransportKind kind, const TransportOptions& options);

} // namespace scalescope
