// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lowdelaytcpserver.h"

#include <QTcpSocket>

namespace scalescope::demo {

void LowDelayTcpServer::incomingConnection(qintptr socketDescriptor)
{
    // Same as QTcpServer's default, plus the socket option; the parent keeps ownership with the
    // server until QHttpServer takes the connection (it deletes the socket on disconnect).
    auto* socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    addPendingConnection(socket);
}

} // namespace scalescope::demo
