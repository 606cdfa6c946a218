// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/refreshthrottle.h"

namespace scalescope::ui {

RefreshThrottle::RefreshThrottle(std::function<void()> refresh, QObject* parent, int intervalMs)
    : QObject(parent)
    , m_refresh(std::move(refresh))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &RefreshThrottle::fire);
}

void RefreshThrottle::request()
{
    m_pending = true;
    if (!m_timer.isActive())
        m_timer.start();
}

void RefreshThrottle::flush()
{
    m_timer.stop();
    fire();
}

void RefreshThrottle::fire()
{
    if (!m_pending)
        return;
    m_pending = false;
    m_refresh();
}

} // namespace scalescope::ui
