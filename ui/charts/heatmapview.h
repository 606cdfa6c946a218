// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/cellmetric.h"
#include "charts/runmodelview.h"

#include <QColor>
#include <QList>
#include <QRect>
#include <QStringList>

class QComboBox;
class QPainter;

namespace scalescope::ui {

class HeatmapCanvas;

/// Endpoints (rows) × dataset sizes (columns), each cell coloured by the chosen metric on the viridis scale
/// and labelled with its value; unmeasured cells are hatched. A colour legend shows the scale with its
/// minimum and maximum; latencies that span more than a decade are coloured on a logarithmic scale, so that
/// one slow endpoint does not flatten all the others into one colour. Each cell's tooltip lists its numbers.
class HeatmapView : public RunModelView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeatmapView)
public:
    explicit HeatmapView(RunModel* model = nullptr, QWidget* parent = nullptr);
    ~HeatmapView() override;

    [[nodiscard]] CellMetric metric() const { return m_metric; }
    void setMetric(CellMetric metric);

    [[nodiscard]] int rowCount() const { return m_rows; } ///< endpoints
    [[nodiscard]] int columnCount() const { return m_columns; } ///< sizes
    [[nodiscard]] bool isMeasured(int row, int column) const;
    /// The metric's value of a cell; NaN when it is not measured.
    [[nodiscard]] double cellValue(int row, int column) const;
    /// The fill colour; invalid when the cell is not measured (it is drawn hatched).
    [[nodiscard]] QColor cellColor(int row, int column) const;
    /// The text printed in the cell; empty when it is not measured.
    [[nodiscard]] QString cellText(int row, int column) const;
    /// The numbers of the cell (rich text), or a "not measured yet" note.
    [[nodiscard]] QString toolTipFor(int row, int column) const;
    /// The tooltip at @p pos (this widget's coordinates); empty outside the cells.
    [[nodiscard]] QString toolTipAt(const QPoint& pos) const;
    /// Where a cell is drawn, in this widget's coordinates.
    [[nodiscard]] QRect cellRect(int row, int column) const;
    [[nodiscard]] double minimumValue() const { return m_min; }
    [[nodiscard]] double maximumValue() const { return m_max; }
    [[nodiscard]] bool isLogColorScale() const { return m_log; }

protected:
    void changeEvent(QEvent* event) override;

private:
    friend class HeatmapCanvas;
    struct Geometry {
        QRect grid; ///< the cells
        int cellWidth = 0;
        int cellHeight = 0;
        QRect legendBar;
        int rowLabelWidth = 0;
    };

    void refresh(bool rebuild) override;
    [[nodiscard]] Geometry geometry() const; // in canvas coordinates
    [[nodiscard]] QRect canvasCellRect(const Geometry& geometry, int row, int column) const;
    [[nodiscard]] double colorPosition(double value) const;
    [[nodiscard]] QString legendLabel(double value) const;
    void paintCanvas(QPainter& painter) const;

    QComboBox* m_metricBox = nullptr;
    HeatmapCanvas* m_canvas = nullptr;
    CellMetric m_metric = CellMetric::P50;
    QList<double> m_values; ///< row-major, NaN where not measured
    QStringList m_rowLabels;
    QStringList m_columnLabels;
    int m_rows = 0;
    int m_columns = 0;
    double m_min = 0.0;
    double m_max = 0.0;
    bool m_log = false;
};

} // namespace scalescope::ui
