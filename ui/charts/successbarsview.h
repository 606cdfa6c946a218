// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/runmodelview.h"

#include <QList>
#include <QStringList>

class QBarCategoryAxis;
class QBarSeries;
class QBarSet;
class QChart;
class QChartView;
class QLabel;
class QValueAxis;

namespace scalescope::ui {

/// Success rate (%) per endpoint and dataset size as grouped bars: a group per size measured so far, a bar
/// per endpoint in the endpoint's colour (the same as in the scale chart), y from 0 to 100 %. A caption
/// above names the cells that had failures, which bars at 98 % against 100 % would hide.
class SuccessBarsView : public RunModelView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SuccessBarsView)
public:
    explicit SuccessBarsView(RunModel* model = nullptr, QWidget* parent = nullptr);
    ~SuccessBarsView() override;

    [[nodiscard]] QChart* chart() const { return m_chart; }
    [[nodiscard]] QBarSeries* series() const { return m_series; }
    /// The bars of an endpoint (one value per category, in percent; 0 while not measured), or nullptr.
    [[nodiscard]] QBarSet* barSet(int endpointIndex) const;
    /// The sizes shown, as labelled on the axis.
    [[nodiscard]] QStringList categories() const;
    /// The size index of each category.
    [[nodiscard]] const QList<int>& categorySizeIndexes() const { return m_sizeIndexes; }
    /// The caption above the bars ("Every measured request succeeded…", "2 cells had failures…").
    [[nodiscard]] QString summaryText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh(bool rebuild) override;
    void rebuildSets();
    void applyStyle();
    void showBarToolTip(bool status, int index, QBarSet* set);

    QChart* m_chart = nullptr;
    QChartView* m_view = nullptr;
    QLabel* m_summary = nullptr;
    QBarSeries* m_series = nullptr;
    QBarCategoryAxis* m_axisX = nullptr;
    QValueAxis* m_axisY = nullptr;
    QList<QBarSet*> m_sets;
    QList<int> m_sizeIndexes;
};

} // namespace scalescope::ui
