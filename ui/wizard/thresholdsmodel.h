// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace scalescope::ui {

/// The thresholds of a plan as an editable table: which endpoint (or all), which metric, which limit. For the
/// "scaling" metric the limit is a complexity class (O(1) … O(n²)) instead of a number.
class ThresholdsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { EndpointColumn, MetricColumn, LimitColumn, ColumnCount };

    explicit ThresholdsModel(QObject* parent = nullptr);
    ~ThresholdsModel() override;
    Q_DISABLE_COPY_MOVE(ThresholdsModel)

    /// Replaces every row (model reset).
    void setThresholds(const QList<Threshold>& thresholds);
    [[nodiscard]] QList<Threshold> thresholds() const { return m_thresholds; }
    /// The endpoint names offered in the Endpoint column (besides "All endpoints").
    void setEndpointNames(const QStringList& names);
    /// Appends @p threshold; returns its row.
    int appendThreshold(const Threshold& threshold);

    /// "p95", "error rate", "scaling", … as the Metric column shows them.
    [[nodiscard]] static QString metricLabel(ThresholdMetric metric);
    /// The limit a threshold of @p metric gets when it is chosen (p95 300 ms, error rate 1 %, …).
    [[nodiscard]] static double defaultLimit(ThresholdMetric metric);
    /// "< 300 ms", "> 100 req/s", "≤ O(n)": a threshold's bound as the Limit column shows it.
    [[nodiscard]] static QString limitText(const Threshold& threshold);
    /// The label of the Endpoint column for "every endpoint".
    [[nodiscard]] static QString allEndpointsLabel();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool removeRows(int row, int count, const QModelIndex& parent = {}) override;

Q_SIGNALS:
    /// Any change of content: edits, rows added or removed, reset. Emitted after the matching model signal has
    /// reached every view, so that a handler sees views that are up to date.
    void changed();

private:
    QList<Threshold> m_thresholds;
    QStringList m_endpointNames;
};

} // namespace scalescope::ui
