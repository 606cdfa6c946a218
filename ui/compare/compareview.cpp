// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "compare/compareview.h"

#include "charts/comparechartview.h"
#include "compare/comparemodels.h"
#include "widgets/markdelegate.h"
#include "widgets/statuscolors.h"
#include "widgets/tables.h"

#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace scalescope::ui {

namespace {
    MarkDelegate* verdictDelegate(int role, QObject* parent)
    {
        return new MarkDelegate([role](const QModelIndex& index) {
            return verdictColor(analysis::ChangeVerdict(index.data(role).toInt()));
        }, parent);
    }
} // namespace

CompareView::CompareView(QWidget* parent)
    : QWidget(parent)
    , m_endpoints(new CompareEndpointModel(this))
    , m_cells(new CompareCellModel(this))
    , m_cellSort(new QSortFilterProxyModel(this))
    , m_title(new QLabel(this))
    , m_headline(new QLabel(this))
    , m_warnings(new QLabel(this))
{
    setObjectName(QStringLiteral("compareView"));
    m_cellSort->setSourceModel(m_cells);
    m_cellSort->setSortRole(CompareCellModel::SortRole);
    m_title->setObjectName(QStringLiteral("compareTitle"));
    m_title->setWordWrap(true);
    m_headline->setObjectName(QStringLiteral("compareHeadline"));
    m_headline->setWordWrap(true);
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_headline->setFont(big);
    m_warnings->setObjectName(QStringLiteral("compareWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::PlainText);

    m_endpointTable = makeReadOnlyTable(m_endpoints, QStringLiteral("compareEndpoints"), this);
    m_endpointTable->setToolTip(tr("Per endpoint: slower or faster only when several sizes agree, judged against the "
                                   "noise between the runs"));
    m_endpointTable->setItemDelegateForColumn(CompareEndpointModel::VerdictColumn,
        verdictDelegate(CompareEndpointModel::VerdictRole, m_endpointTable));
    m_cellTable = makeReadOnlyTable(m_cellSort, QStringLiteral("compareCells"), this);
    // Sortable by a click, but shown in the comparison's order (the plan's endpoints, then by size) at first.
    m_cellTable->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_cellTable->setSortingEnabled(true);
    m_cellTable->setToolTip(tr("Per endpoint and size: the medians, the change beyond the run-wide drift, the "
                               "Mann–Whitney p-value (Holm-corrected) and Cliff's δ"));
    m_cellTable->setItemDelegateForColumn(CompareCellModel::VerdictColumn, verdictDelegate(CompareCellModel::VerdictRole, m_cellTable));

    QGroupBox* endpointsBox = makeGroupBox(tr("By endpoint"), m_endpointTable, this);
    QGroupBox* cellsBox = makeGroupBox(tr("By endpoint and size"), m_cellTable, this);
    m_chart = new CompareChartView(this);
    // Left: the overlay and the verdict per endpoint under it; right: every cell.
    auto* left = new QSplitter(Qt::Vertical, this);
    left->addWidget(m_chart);
    left->addWidget(endpointsBox);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 2);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("compareSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(cellsBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    // The cell table needs its eight columns: without initial sizes the chart's size hint takes nearly all.
    splitter->setSizes({ 560, 440 });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_headline);
    layout->addWidget(m_warnings);
    layout->addWidget(splitter, 1);
    clear();
}

CompareView::~CompareView() = default;

void CompareView::clear()
{
    m_comparison = {};
    m_endpoints->setEndpoints({});
    m_cells->setCells({});
    m_chart->setComparison({});
    m_title->setText(tr("Select two runs in the history and press Compare, or compare a run with its plan's baseline."));
    m_headline->clear();
    m_warnings->clear();
    m_warnings->hide();
}

void CompareView::setRuns(const RunResult& base, const QString& baseLabel, const RunResult& candidate,
    const QString& candidateLabel)
{
    m_comparison = analysis::compareRuns(base, candidate);
    m_endpoints->setEndpoints(m_comparison.endpoints);
    m_cells->setCells(m_comparison.cells);
    m_chart->setComparison(m_comparison);
    //: %1 = the candidate run, %2 = the base run
    m_title->setText(tr("<b>%1</b> compared with the base <b>%2</b>").arg(candidateLabel.toHtmlEscaped(), baseLabel.toHtmlEscaped()));
    m_headline->setText(headline());
    QStringList notes = m_comparison.compatible ? m_comparison.warnings : m_comparison.incompatibilities;
    if (m_comparison.compatible) {
        notes.append(m_comparison.summary());
        if (m_comparison.noiseCells > 0)
            //: %1 = signed drift percent, %2 = noise percent, %3 = cells
            notes.append(tr("Run-wide drift %1 % (removed before testing), run-to-run noise of a cell median ±%2 %, "
                            "from %3 cells.")
                             .arg(m_comparison.driftPercent, 0, 'f', 1)
                             .arg(m_comparison.noisePercent, 0, 'f', 1)
                             .arg(m_comparison.noiseCells));
        for (const analysis::CellKey& key : m_comparison.onlyInBase)
            notes.append(tr("Only the base run measured %1 at size %2.").arg(key.endpoint).arg(key.size));
        for (const analysis::CellKey& key : m_comparison.onlyInCandidate)
            notes.append(tr("Only the candidate run measured %1 at size %2.").arg(key.endpoint).arg(key.size));
    }
    m_warnings->setText(notes.join(QLatin1Char('\n')));
    m_warnings->setVisible(!notes.isEmpty());
    m_endpointTable->resizeColumnsToContents();
    m_cellTable->resizeColumnsToContents();
}

QString CompareView::headline() const
{
    return m_comparison.cells.isEmpty() && m_comparison.incompatibilities.isEmpty() ? QString()
                                                                                     : comparisonHeadline(m_comparison);
}

} // namespace scalescope::ui
