// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTcpServer>

namespace scalescope::demo {

/// A QTcpServer whose accepted sockets have TCP_NODELAY set. QHttpServer writes a response in
/// several pieces; with Nagle's algorithm the last piece of a response above a few tens of
/// kilobytes waits for the client's delayed ACK (~40 ms on Linux), which made the list endpoint's
/// latency jump at n ≈ 100 records instead of growing linearly.
class LowDelayTcpServer final : public QTcpServer {
    Q_OBJECT
public:
    using QTcpServer::QTcpServer;
    Q_DISABLE_COPY_MOVE(LowDelayTcpServer)

protected:
    void incomingConnection(qintptr socketDescriptor) override;
};

} // namespace scalescope::demo
