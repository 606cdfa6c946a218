// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

namespace scalescope::ui {

class RefreshThrottle;
class RunModel;

/// The base of the dashboard views that draw a RunModel: it follows the model's signals through a
/// RefreshThrottle, so that however many snapshots arrive the view refreshes at most once per 100 ms tick
/// (house style, rule 4), and tells the refresh whether the run itself changed (rule 8's dirty levels).
class RunModelView : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunModelView)
public:
    ~RunModelView() override;

    /// Draws @p model (nullptr: nothing) from the next refresh on, which rebuilds.
    void setModel(RunModel* model);
    [[nodiscard]] RunModel* model() const { return m_model; }

    /// Applies a pending refresh now instead of at the next 100 ms tick.
    void flush();
    /// How many refreshes ran (for tests: many model signals within one interval cause one).
    [[nodiscard]] int refreshCount() const { return m_refreshCount; }

protected:
    /// The data the view draws, whose appends it follows besides RunModel::reset().
    enum class Follows { Cells, TimeSeries, LoadPoints, LoadStages };
    /// Update: what the view shows changed (new points, another scale); Rebuild: what it is made of changed
    /// (another model, a reset, another statistic): the per-endpoint parts are made again.
    enum class Dirty { Update, Rebuild };

    explicit RunModelView(Follows follows, QWidget* parent = nullptr);

    /// Marks the view dirty; the refresh runs when the current interval ends (flush(): now).
    void requestRefresh(Dirty dirty = Dirty::Update);
    /// Redraws from model(); @p rebuild after setModel(), a reset or requestRefresh(Dirty::Rebuild).
    virtual void refresh(bool rebuild) = 0;

private:
    void runRefresh();

    QPointer<RunModel> m_model;
    RefreshThrottle* m_throttle;
    QList<QMetaObject::Connection> m_modelConnections;
    Follows m_follows;
    int m_refreshCount = 0;
    bool m_rebuild = true;
};

} // namespace scalescope::ui
