// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "findings/findingsmodels.h"

#include <QCoreApplication>

#include <algorithm>

namespace scalescope::ui {

QString findingSeverityLabel(analysis::FindingSeverity severity)
{
    switch (severity) {
    case analysis::FindingSeverity::Critical:
        return QCoreApplication::translate("scalescope::ui::FindingsModel", "Critical");
    case analysis::FindingSeverity::Warning:
        return QCoreApplication::translate("scalescope::ui::FindingsModel", "Warning");
    case analysis::FindingSeverity::Info:
        return QCoreApplication::translate("scalescope::ui::FindingsModel", "Info");
    }
    return {};
}

namespace {
    bool isTable(const QModelIndex& parent) { return !parent.isValid(); }

    QString metricUnitValue(ThresholdMetric metric, double value)
    {
        switch (metric) {
        case ThresholdMetric::ErrorRate:
            //: a percentage
            return QCoreApplication::translate("scalescope::ui::ThresholdModel", "%1 %").arg(value, 0, 'f', 2);
        case ThresholdMetric::Throughput:
            //: requests per second
            return QCoreApplication::translate("scalescope::ui::ThresholdModel", "%1 req/s").arg(value, 0, 'f', 1);
        case ThresholdMetric::Scaling:
            //: the BIC evidence of a scaling ceiling
            return QCoreApplication::translate("scalescope::ui::ThresholdModel", "ΔBIC %1").arg(value, 0, 'f', 1);
        default:
            //: milliseconds
            return QCoreApplication::translate("scalescope::ui::ThresholdModel", "%1 ms").arg(value, 0, 'f', value < 10 ? 3 : 1);
        }
    }
} // namespace

// ---- ScalingModel

void ScalingModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int ScalingModel::rowCount(const QModelIndex& parent) const { return isTable(parent) ? int(m_rows.size()) : 0; }
int ScalingModel::columnCount(const QModelIndex& parent) const { return isTable(parent) ? ColumnCount : 0; }

QVariant ScalingModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const analysis::ComplexityFit& fit = row.fit;
    const bool conclusive = fit.bestClass != ComplexityClass::Inconclusive;
    if (role == ClassRole)
        return int(fit.bestClass);
    if (role == Qt::ToolTipRole)
        return conclusive ? fit.summary() : fit.reason;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case EndpointColumn:
        return row.endpoint;
    case ClassColumn:
        return analysis::complexityName(fit.bestClass);
    case GrowthColumn:
        return conclusive ? fit.slopeInWords() : fit.reason;
    case FitColumn:
        if (!conclusive || fit.bestClass == ComplexityClass::Constant)
            return QString();
        //: R² of the fitted curve, and the sizes it spans
        return tr("R² %1, n %2 → %3").arg(fit.r2, 0, 'f', 2).arg(fit.nMin).arg(fit.nMax);
    default:
        return {};
    }
}

QVariant ScalingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case EndpointColumn:
        return tr("Endpoint");
    case ClassColumn:
        //: column: complexity class such as O(n)
        return tr("Class");
    case GrowthColumn:
        return tr("Growth");
    case FitColumn:
        return tr("Fit");
    default:
        return {};
    }
}

// ---- FindingsModel

void FindingsModel::setFindings(QList<analysis::Finding> findings)
{
    beginResetModel();
    m_findings = std::move(findings);
    endResetModel();
}

int FindingsModel::rowCount(const QModelIndex& parent) const { return isTable(parent) ? int(m_findings.size()) : 0; }
int FindingsModel::columnCount(const QModelIndex& parent) const { return isTable(parent) ? ColumnCount : 0; }

QVariant FindingsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const analysis::Finding& finding = m_findings.at(index.row());
    switch (role) {
    case SeverityRole:
        return int(finding.severity);
    case KindRole:
        return int(finding.kind);
    case Qt::ToolTipRole:
        return finding.recommendation.isEmpty() ? finding.message : finding.message + QStringLiteral("\n→ ") + finding.recommendation;
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return findingSeverityLabel(finding.severity);
        case EndpointColumn:
            return finding.endpoint;
        case SizeColumn:
            return finding.size ? QVariant(*finding.size) : QVariant(QString());
        case MessageColumn:
            return finding.recommendation.isEmpty() ? finding.message
                                                    : finding.message + QStringLiteral("\n→ ") + finding.recommendation;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case EndpointColumn:
        return tr("Endpoint");
    case SizeColumn:
        //: column: dataset size
        return tr("Size");
    case MessageColumn:
        return tr("Finding and recommendation");
    default:
        return {};
    }
}

// ---- ThresholdModel

void ThresholdModel::setVerdicts(QList<analysis::ThresholdVerdict> verdicts)
{
    // Failures first, otherwise in the order checked.
    std::stable_sort(verdicts.begin(), verdicts.end(),
        [](const analysis::ThresholdVerdict& a, const analysis::ThresholdVerdict& b) { return !a.passed && b.passed; });
    beginResetModel();
    m_verdicts = std::move(verdicts);
    endResetModel();
}

int ThresholdModel::rowCount(const QModelIndex& parent) const { return isTable(parent) ? int(m_verdicts.size()) : 0; }
int ThresholdModel::columnCount(const QModelIndex& parent) const { return isTable(parent) ? ColumnCount : 0; }

QVariant ThresholdModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const analysis::ThresholdVerdict& verdict = m_verdicts.at(index.row());
    switch (role) {
    case PassedRole:
        return verdict.passed;
    case Qt::ToolTipRole:
        return verdict.message;
    case Qt::DisplayRole:
        switch (index.column()) {
        case ResultColumn:
            return verdict.passed ? tr("passed") : tr("FAILED");
        case EndpointColumn:
            return verdict.endpoint;
        case SizeColumn:
            return verdict.size >= 0 ? QVariant(verdict.size) : QVariant(tr("all"));
        case MetricColumn:
            return analysis::thresholdMetricName(verdict.threshold.metric);
        case ValueColumn:
            return verdict.threshold.metric == ThresholdMetric::Scaling
                ? verdict.message
                : metricUnitValue(verdict.threshold.metric, verdict.value);
        case LimitColumn:
            if (verdict.threshold.metric == ThresholdMetric::Scaling)
                //: a scaling ceiling, e.g. "at most O(n)"
                return tr("at most %1").arg(analysis::complexityName(verdict.threshold.ceiling));
            return verdict.threshold.metric == ThresholdMetric::Throughput
                //: a lower limit
                ? tr("≥ %1").arg(metricUnitValue(verdict.threshold.metric, verdict.threshold.limit))
                //: an upper limit
                : tr("≤ %1").arg(metricUnitValue(verdict.threshold.metric, verdict.threshold.limit));
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant ThresholdModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ResultColumn:
        return tr("Result");
    case EndpointColumn:
        return tr("Endpoint");
    case SizeColumn:
        return tr("Size");
    case MetricColumn:
        return tr("Metric");
    case ValueColumn:
        return tr("Measured");
    case LimitColumn:
        return tr("Limit");
    default:
        return {};
    }
}

} // namespace scalescope::ui
