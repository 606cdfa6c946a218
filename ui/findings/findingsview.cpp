// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "findings/findingsview.h"

#include "analysis/complexity.h"
#include "findings/findingsmodels.h"
#include "widgets/markdelegate.h"
#include "widgets/statuscolors.h"
#include "widgets/tables.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <map>

namespace scalescope::ui {

namespace {
    /// The panel's cells hold sentences (findings, recommendations): each row is as tall as its wrapped text.
    QTableView* makeTable(QAbstractItemModel* model, const QString& name, QWidget* parent)
    {
        QTableView* table = makeReadOnlyTable(model, name, parent);
        table->setWordWrap(true);
        table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        return table;
    }

    /// Only the failed rows when enabled.
    class FailuresFilter : public QSortFilterProxyModel {
    public:
        using QSortFilterProxyModel::QSortFilterProxyModel;
        void setFailuresOnly(bool on)
        {
            m_on = on;
            invalidateFilter();
        }

    protected:
        bool filterAcceptsRow(int row, const QModelIndex& parent) const override
        {
            return !m_on || !sourceModel()->index(row, 0, parent).data(ThresholdModel::PassedRole).toBool();
        }

    private:
        bool m_on = false;
    };
} // namespace

FindingsView::FindingsView(QWidget* parent)
    : QWidget(parent)
    , m_scaling(new ScalingModel(this))
    , m_findings(new FindingsModel(this))
    , m_thresholds(new ThresholdModel(this))
    , m_thresholdFilter(new FailuresFilter(this))
    , m_summary(new QLabel(this))
    , m_failuresOnly(new QCheckBox(tr("Show only &failures"), this))
{
    setObjectName(QStringLiteral("findingsView"));
    m_thresholdFilter->setSourceModel(m_thresholds);
    m_summary->setObjectName(QStringLiteral("findingsSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_scalingTable = makeTable(m_scaling, QStringLiteral("scalingTable"), this);
    m_scalingTable->setToolTip(tr("How each endpoint's median latency grows with the dataset: a fit of "
                                  "t = a + b·g(n) for O(1) … O(n²), chosen by BIC"));
    m_findingsTable = makeTable(m_findings, QStringLiteral("findingsTable"), this);
    m_findingsTable->setToolTip(tr("What the analysis found, most severe first, with what to do about it"));
    m_findingsTable->setItemDelegateForColumn(FindingsModel::SeverityColumn, new MarkDelegate([](const QModelIndex& index) {
        return severityColor(analysis::FindingSeverity(index.data(FindingsModel::SeverityRole).toInt()));
    }, m_findingsTable));
    m_thresholdTable = makeTable(m_thresholdFilter, QStringLiteral("thresholdTable"), this);
    m_thresholdTable->setToolTip(tr("Every threshold of the plan checked against every measured cell"));
    m_thresholdTable->setItemDelegateForColumn(ThresholdModel::ResultColumn, new MarkDelegate([](const QModelIndex& index) {
        return passColor(index.data(ThresholdModel::PassedRole).toBool());
    }, m_thresholdTable));
    m_failuresOnly->setObjectName(QStringLiteral("failuresOnly"));
    m_failuresOnly->setToolTip(tr("Hide the checks that passed"));
    connect(m_failuresOnly, &QCheckBox::toggled, this,
        [this](bool on) { static_cast<FailuresFilter*>(m_thresholdFilter)->setFailuresOnly(on); });

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(makeGroupBox(tr("How each endpoint scales"), m_scalingTable, this));
    splitter->addWidget(makeGroupBox(tr("Findings and recommendations"), m_findingsTable, this));
    splitter->addWidget(makeGroupBox(tr("Thresholds"), m_thresholdTable, this, m_failuresOnly));
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    clear();
}

FindingsView::~FindingsView() = default;

void FindingsView::clear()
{
    m_loadKind.reset();
    m_scalingTable->parentWidget()->setVisible(true);
    m_scaling->setRows({});
    m_findings->setFindings({});
    m_thresholds->setVerdicts({});
    m_summary->setText(tr("No run yet: the analysis appears here when a run finishes or is opened from the history."));
}

void FindingsView::setRun(const RunResult& run)
{
    const analysis::RunAnalysis result = analysis::analyzeRun(run);
    QList<ScalingModel::Row> rows;
    if (!run.load) { // a load test's stages are not dataset sizes: no growth to classify
        for (const EndpointConfig& endpoint : run.plan.endpoints)
            rows.append({ endpoint.name, analysis::classifyEndpoint(run.cells, endpoint.name) });
    }
    m_loadKind = run.load ? std::optional<LoadConfig::Kind>(run.load->config.kind) : std::nullopt;
    m_scalingTable->parentWidget()->setVisible(!run.load);
    m_scaling->setRows(rows);
    m_findings->setFindings(result.findings);
    m_thresholds->setVerdicts(result.thresholds.verdicts);
    m_failuresOnly->setChecked(!result.thresholds.passed());
    for (QTableView* table : { m_scalingTable, m_findingsTable, m_thresholdTable })
        table->resizeColumnsToContents();
    m_findingsTable->horizontalHeader()->setStretchLastSection(true);
    m_summary->setText(summaryText());
}

QString FindingsView::summaryText() const
{
    if (m_scaling->rows().isEmpty() && !m_loadKind)
        return m_summary->text();
    std::map<int, int> perClass; // ordered from O(1) to inconclusive
    for (const ScalingModel::Row& row : m_scaling->rows())
        ++perClass[int(row.fit.bestClass)];
    QStringList classes;
    for (const auto& [complexity, count] : perClass)
        //: %1 = number of endpoints, %2 = a complexity class such as O(n)
        classes.append(tr("%1 × %2").arg(count).arg(analysis::complexityName(ComplexityClass(complexity))));
    int critical = 0;
    int warnings = 0;
    for (const analysis::Finding& finding : m_findings->findings()) {
        critical += finding.severity == analysis::FindingSeverity::Critical ? 1 : 0;
        warnings += finding.severity == analysis::FindingSeverity::Warning ? 1 : 0;
    }
    int failed = 0;
    for (const analysis::ThresholdVerdict& verdict : m_thresholds->verdicts())
        failed += verdict.passed ? 0 : 1;
    const int checks = int(m_thresholds->verdicts().size());
    const QString thresholds = checks == 0 ? tr("no thresholds")
        : failed == 0                      ? tr("thresholds: all %n check(s) passed", nullptr, checks)
                                           //: %1 failed of %2
                                           : tr("thresholds: %1 of %2 checks FAILED").arg(failed).arg(checks);
    if (m_loadKind)
        //: %1 = "Stress test" etc., %2 = "1 critical finding", %3 = "4 warnings", %4 = threshold verdict
        return tr("%1: %2, %3 · %4")
            .arg(loadKindLabel(*m_loadKind), tr("%n critical finding(s)", nullptr, critical),
                 tr("%n warning(s)", nullptr, warnings), thresholds);
    //: %1 = classes, %2 = "1 critical finding", %3 = "4 warnings", %4 = threshold verdict
    return tr("Scaling: %1 · %2, %3 · %4")
        .arg(classes.join(QStringLiteral(", ")), tr("%n critical finding(s)", nullptr, critical),
            tr("%n warning(s)", nullptr, warnings), thresholds);
}

} // namespace scalescope::ui
