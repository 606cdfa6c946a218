// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/transport.h"

#include <memory>

namespace scalescope {

/// HTTP/1.1 keep-alive client on non-blocking POSIX sockets, driven by QSocketNotifier in the owning
/// thread's event loop, responses parsed by http-parser, HTTPS through non-blocking OpenSSL.
///
/// Built to measure: no QObject, signal or thread hop per request, one pool of at most
/// TransportOptions::maxConnectionsPerHost connections per (scheme, host, port), FIFO queueing,
/// latency taken with std::chrono::steady_clock from the first byte written to the last byte parsed.
/// A reused keep-alive connection found closed by the server before any response byte is reopened
/// and the request is written again once (the server cannot have processed it).
class LeanTransport final : public Transport {
public:
    explicit LeanTransport(const TransportOptions& options = {});
    ~LeanTransport() override;

    LeanTransport(const LeanTransport&) = delete;
    LeanTransport& operator=(const LeanTransport&) = delete;
    LeanTransport(LeanTransport&&) = delete;
    LeanTransport& operator=(LeanTransport&&) = delete;

    void send(HttpRequest request, Completion done) override;
    void abortAll() override;
    [[nodiscard]] int pendingCount() const override;
    [[nodiscard]] QString name() const override;

    /// Connections currently open (connecting, busy or idle), over all hosts. For tests and diagnostics.
    [[nodiscard]] int openConnectionCount() const;

    class Private;

private:
    std::unique_ptr<Private> d;
};

} // namespace scalescope
