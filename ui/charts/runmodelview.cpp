// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/runmodelview.h"

#include "charts/refreshthrottle.h"
#include "runmodel.h"

#include <utility>

namespace scalescope::ui {

RunModelView::RunModelView(Follows follows, QWidget* parent)
    : QWidget(parent)
    , m_throttle(new RefreshThrottle([this] { runRefresh(); }, this))
    , m_follows(follows)
{
}

RunModelView::~RunModelView() = default;

void RunModelView::setModel(RunModel* model)
{
    for (const QMetaObject::Connection& connection : std::as_const(m_modelConnections))
        disconnect(connection);
    m_modelConnections.clear();
    m_model = model;
    if (model) {
        m_modelConnections = { connect(model, &RunModel::reset, this, [this] { requestRefresh(Dirty::Rebuild); }) };
        switch (m_follows) {
        case Follows::Cells:
            m_modelConnections.append(connect(model, &RunModel::cellsAdded, m_throttle, &RefreshThrottle::request));
            break;
        case Follows::TimeSeries:
            m_modelConnections.append(connect(model, &RunModel::timeSeriesAdded, m_throttle, &RefreshThrottle::request));
            break;
        case Follows::LoadPoints:
            m_modelConnections.append(connect(model, &RunModel::loadPointsAdded, m_throttle, &RefreshThrottle::request));
            break;
        case Follows::LoadStages:
            m_modelConnections.append(connect(model, &RunModel::loadStagesChanged, m_throttle, &RefreshThrottle::request));
            break;
        }
        // What a finished run adds at once (the final stages, the last seconds) comes with finished().
        if (m_follows == Follows::LoadPoints || m_follows == Follows::LoadStages)
            m_modelConnections.append(connect(model, &RunModel::finished, m_throttle, &RefreshThrottle::request));
    }
    requestRefresh(Dirty::Rebuild);
}

void RunModelView::flush()
{
    m_throttle->flush();
}

void RunModelView::requestRefresh(Dirty dirty)
{
    if (dirty == Dirty::Rebuild)
        m_rebuild = true;
    m_throttle->request();
}

void RunModelView::runRefresh()
{
    ++m_refreshCount;
    refresh(std::exchange(m_rebuild, false));
}

} // namespace scalescope::ui
