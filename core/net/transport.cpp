// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/transport.h"

#include "net/leantransport.h"
#include "net/qnamtransport.h"

namespace scalescope {

std::unique_ptr<Transport> createTransport(TransportKind kind, const TransportOptions& options)
{
    switch (kind) {
    case TransportKind::Lean:
        return std::make_unique<LeanTransport>(options);
    case TransportKind::Qnam:
        return std::make_unique<QnamTransport>(options);
    }
    return std::make_unique<LeanTransport>(options);
}

} // namespace scalescope
