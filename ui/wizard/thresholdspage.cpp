// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/thresholdspage.h"

#include "analysis/findings.h"
#include "wizard/planitemdelegate.h"
#include "wizard/thresholdsmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace scalescope::ui {

ThresholdsPage::ThresholdsPage(QWidget* parent)
    : PlanPage(parent)
    , m_model(new ThresholdsModel(this))
    , m_view(new QTableView(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_reset(new QPushButton(tr("&Defaults"), this))
{
    setObjectName(QStringLiteral("thresholdsPage"));
    setTitle(tr("Thresholds"));
    setSubTitle(tr("Limits the results must respect at every size; a run that breaks one is marked as failed."));

    m_view->setObjectName(QStringLiteral("thresholdsView"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new PlanItemDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_view->setTabKeyNavigation(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setSectionResizeMode(ThresholdsModel::LimitColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(ThresholdsModel::EndpointColumn, 240);
    m_view->setColumnWidth(ThresholdsModel::MetricColumn, 180);
    m_view->setToolTip(tr("Double-click or press F2 to edit a cell. Latencies are in milliseconds, the error rate in "
                          "percent, throughput in requests per second; \"scaling\" takes a complexity class"));

    m_add->setObjectName(QStringLiteral("addThresholdButton"));
    m_add->setToolTip(tr("Add a threshold (p95 latency for all endpoints; change it in the table)"));
    m_remove->setObjectName(QStringLiteral("removeThresholdButton"));
    m_remove->setToolTip(tr("Remove the selected thresholds"));
    m_reset->setObjectName(QStringLiteral("resetThresholdsButton"));
    m_reset->setToolTip(tr("Replace the table with the usual limits: p50 < 100 ms, p95 < 300 ms, p99 < 500 ms, "
                           "errors < 1 %, throughput > 100 req/s"));
    for (QPushButton* button : { m_add, m_remove, m_reset })
        button->setAutoDefault(false);

    auto* note = new QLabel(tr("A scaling ceiling such as \"List items: scaling no worse than O(n)\" fails only when "
                               "the fitted growth is worse with confidence; data too noisy to classify passes with a "
                               "note."),
        this);
    note->setObjectName(QStringLiteral("thresholdsNote"));
    note->setWordWrap(true);

    auto* buttons = new QVBoxLayout;
    for (QPushButton* button : { m_add, m_remove, m_reset })
        buttons->addWidget(button);
    buttons->addStretch(1);
    auto* tableRow = new QHBoxLayout;
    tableRow->addWidget(m_view, 1);
    tableRow->addLayout(buttons);

    auto* tableLabel = new QLabel(tr("&Thresholds:"), this);
    tableLabel->setBuddy(m_view);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tableLabel);
    layout->addLayout(tableRow, 1);
    layout->addWidget(note);
    layout->addWidget(issueLabel());

    connect(m_model, &ThresholdsModel::changed, this, [this] {
        updateButtons();
        inputChanged();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ThresholdsPage::updateButtons);
    connect(m_add, &QPushButton::clicked, this, &ThresholdsPage::addThreshold);
    connect(m_remove, &QPushButton::clicked, this, &ThresholdsPage::removeSelected);
    connect(m_reset, &QPushButton::clicked, this, &ThresholdsPage::resetToDefaults);
    updateButtons();
}

ThresholdsPage::~ThresholdsPage() = default;

QStringList ThresholdsPage::issuePrefixes() const { return { QStringLiteral("thresholds") }; }

QString ThresholdsPage::fieldLabel(const QString& path) const
{
    static const QRegularExpression thresholdPath(QStringLiteral("^thresholds\\[(\\d+)\\]"));
    const QRegularExpressionMatch match = thresholdPath.match(path);
    if (!match.hasMatch())
        return tr("Thresholds");
    //: %1 = threshold number (1-based)
    return tr("Threshold %1").arg(match.captured(1).toInt() + 1);
}

void ThresholdsPage::loadPlan(const Plan& plan)
{
    QStringList names;
    for (const EndpointConfig& endpoint : plan.endpoints)
        names.append(endpoint.name.trimmed());
    m_model->setEndpointNames(names);
    m_model->setThresholds(plan.thresholds);
    inputChanged();
}

void ThresholdsPage::applyTo(Plan& plan) const { plan.thresholds = m_model->thresholds(); }

void ThresholdsPage::initializePage()
{
    // The endpoints may have changed since the plan was loaded: offer the current names.
    QStringList names;
    for (const EndpointConfig& endpoint : currentPlan().endpoints)
        names.append(endpoint.name.trimmed());
    m_model->setEndpointNames(names);
    inputChanged();
}

void ThresholdsPage::updateButtons() { m_remove->setEnabled(m_view->selectionModel()->hasSelection()); }

void ThresholdsPage::addThreshold()
{
    Threshold threshold;
    threshold.metric = ThresholdMetric::P95;
    threshold.limit = ThresholdsModel::defaultLimit(threshold.metric);
    const int row = m_model->appendThreshold(threshold);
    m_view->selectionModel()->setCurrentIndex(
        m_model->index(row, ThresholdsModel::EndpointColumn), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->setFocus();
}

void ThresholdsPage::removeSelected()
{
    QList<int> rows;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (const int row : rows)
        m_model->removeRow(row);
    updateButtons();
}

void ThresholdsPage::resetToDefaults() { m_model->setThresholds(analysis::defaultThresholds()); }

} // namespace scalescope::ui
