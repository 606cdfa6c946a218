// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/thresholdsmodel.h"

#include "plan/planparser.h"
#include "wizard/planitemdelegate.h"

#include <array>

namespace scalescope::ui {

namespace {

    constexpr std::array kMetrics { ThresholdMetric::P50, ThresholdMetric::P90, ThresholdMetric::P95,
        ThresholdMetric::P99, ThresholdMetric::Mean, ThresholdMetric::Max, ThresholdMetric::ErrorRate,
        ThresholdMetric::Throughput, ThresholdMetric::Scaling };

    constexpr std::array kClasses { ComplexityClass::Constant, ComplexityClass::Logarithmic, ComplexityClass::Linear,
        ComplexityClass::Linearithmic, ComplexityClass::Quadratic };

    enum class Unit { Milliseconds, Percent, PerSecond, Class };

    Unit unitOf(ThresholdMetric metric)
    {
        switch (metric) {
        case ThresholdMetric::ErrorRate:
            return Unit::Percent;
        case ThresholdMetric::Throughput:
            return Unit::PerSecond;
        case ThresholdMetric::Scaling:
            return Unit::Class;
        default:
            return Unit::Milliseconds;
        }
    }

    QString number(double value) { return QLocale().toString(value, 'g', 8); }

} // namespace

ThresholdsModel::ThresholdsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

ThresholdsModel::~ThresholdsModel() = default;

QString ThresholdsModel::metricLabel(ThresholdMetric metric)
{
    switch (metric) {
    case ThresholdMetric::P50:
        return tr("p50 latency");
    case ThresholdMetric::P90:
        return tr("p90 latency");
    case ThresholdMetric::P95:
        return tr("p95 latency");
    case ThresholdMetric::P99:
        return tr("p99 latency");
    case ThresholdMetric::Mean:
        return tr("mean latency");
    case ThresholdMetric::Max:
        return tr("max latency");
    case ThresholdMetric::ErrorRate:
        return tr("error rate");
    case ThresholdMetric::Throughput:
        return tr("throughput");
    case ThresholdMetric::Scaling:
        return tr("scaling");
    }
    return {};
}

double ThresholdsModel::defaultLimit(ThresholdMetric metric)
{
    switch (metric) {
    case ThresholdMetric::P50:
    case ThresholdMetric::Mean:
        return 100.0;
    case ThresholdMetric::P90:
        return 200.0;
    case ThresholdMetric::P95:
        return 300.0;
    case ThresholdMetric::P99:
        return 500.0;
    case ThresholdMetric::Max:
        return 1000.0;
    case ThresholdMetric::ErrorRate:
        return 1.0;
    case ThresholdMetric::Throughput:
        return 100.0;
    case ThresholdMetric::Scaling:
        return 0.0;
    }
    return 0.0;
}

QString ThresholdsModel::limitText(const Threshold& threshold)
{
    switch (unitOf(threshold.metric)) {
    case Unit::Milliseconds:
        //: a latency limit; %1 = milliseconds
        return tr("< %1 ms").arg(number(threshold.limit));
    case Unit::Percent:
        //: an error-rate limit; %1 = percent
        return tr("< %1 %").arg(number(threshold.limit));
    case Unit::PerSecond:
        //: a throughput minimum; %1 = requests per second
        return tr("> %1 req/s").arg(number(threshold.limit));
    case Unit::Class:
        //: a scaling ceiling; %1 = complexity class such as O(n)
        return tr("no worse than %1").arg(complexityClassName(threshold.ceiling));
    }
    return {};
}

QString ThresholdsModel::allEndpointsLabel() { return tr("All endpoints"); }

void ThresholdsModel::setThresholds(const QList<Threshold>& thresholds)
{
    beginResetModel();
    m_thresholds = thresholds;
    endResetModel();
    Q_EMIT changed();
}

void ThresholdsModel::setEndpointNames(const QStringList& names) { m_endpointNames = names; }

int ThresholdsModel::appendThreshold(const Threshold& threshold)
{
    const int row = int(m_thresholds.size());
    beginInsertRows({}, row, row);
    m_thresholds.append(threshold);
    endInsertRows();
    Q_EMIT changed();
    return row;
}

int ThresholdsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_thresholds.size());
}

int ThresholdsModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ThresholdsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Threshold& threshold = m_thresholds.at(index.row());
    const Unit unit = unitOf(threshold.metric);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (Column(index.column())) {
        case EndpointColumn:
            return threshold.endpoint.isEmpty() ? allEndpointsLabel() : threshold.endpoint;
        case MetricColumn:
            return metricLabel(threshold.metric);
        case LimitColumn:
            if (role == Qt::DisplayRole)
                return limitText(threshold);
            if (unit == Unit::Class)
                return complexityClassName(threshold.ceiling);
            return threshold.limit;
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case EndpointColumn:
            return tr("The endpoint this limit applies to, or all endpoints");
        case MetricColumn:
            return tr("What is measured: a latency percentile, the mean or maximum latency, the error rate, the "
                      "throughput, or how latency grows with the dataset (scaling)");
        case LimitColumn:
            switch (unit) {
            case Unit::Milliseconds:
                return tr("The latency must stay below this many milliseconds at every size");
            case Unit::Percent:
                return tr("The share of failed requests must stay below this percentage at every size");
            case Unit::PerSecond:
                return tr("The throughput must stay above this many requests per second at every size");
            case Unit::Class:
                return tr("A scaling ceiling: latency may grow no worse than this class with the dataset size; it "
                          "fails only when the fitted growth is worse with confidence");
            }
            break;
        case ColumnCount:
            break;
        }
        break;
    case PlanItemDelegate::ChoicesRole:
        switch (Column(index.column())) {
        case EndpointColumn: {
            QStringList names { allEndpointsLabel() };
            names.append(m_endpointNames);
            if (!threshold.endpoint.isEmpty() && !names.contains(threshold.endpoint))
                names.append(threshold.endpoint);
            return names;
        }
        case MetricColumn: {
            QStringList labels;
            for (const ThresholdMetric metric : kMetrics)
                labels.append(metricLabel(metric));
            return labels;
        }
        case LimitColumn:
            if (unit == Unit::Class) {
                QStringList names;
                for (const ComplexityClass complexity : kClasses)
                    names.append(complexityClassName(complexity));
                return names;
            }
            break;
        case ColumnCount:
            break;
        }
        break;
    case PlanItemDelegate::SuffixRole:
        if (index.column() == LimitColumn) {
            if (unit == Unit::Milliseconds)
                return tr(" ms");
            if (unit == Unit::Percent)
                return tr(" %");
            if (unit == Unit::PerSecond)
                return tr(" req/s");
        }
        break;
    case PlanItemDelegate::MaximumRole:
        if (index.column() == LimitColumn && unit == Unit::Percent)
            return 100.0;
        break;
    default:
        break;
    }
    return {};
}

bool ThresholdsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Threshold& threshold = m_thresholds[index.row()];
    const Threshold before = threshold;
    QModelIndex last = index;
    switch (Column(index.column())) {
    case EndpointColumn: {
        const QString name = value.toString().trimmed();
        threshold.endpoint = name == allEndpointsLabel() ? QString() : name;
        break;
    }
    case MetricColumn: {
        const QString label = value.toString();
        const auto found = std::find_if(
            kMetrics.begin(), kMetrics.end(), [&label](ThresholdMetric metric) { return metricLabel(metric) == label; });
        if (found == kMetrics.end())
            return false;
        if (unitOf(*found) != unitOf(threshold.metric)) {
            // Another unit: the old number means nothing in it.
            threshold.limit = defaultLimit(*found);
            threshold.ceiling = ComplexityClass::Linear;
            last = index.siblingAtColumn(LimitColumn);
        }
        threshold.metric = *found;
        break;
    }
    case LimitColumn:
        if (unitOf(threshold.metric) == Unit::Class) {
            const std::optional<ComplexityClass> ceiling = parseComplexityClass(value.toString());
            if (!ceiling)
                return false;
            threshold.ceiling = *ceiling;
        } else {
            bool ok = false;
            const double limit = value.toDouble(&ok);
            if (!ok)
                return false;
            threshold.limit = limit;
        }
        break;
    case ColumnCount:
        return false;
    }
    if (threshold != before) {
        Q_EMIT dataChanged(index, last, { Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole });
        Q_EMIT changed();
    }
    return true;
}

Qt::ItemFlags ThresholdsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

QVariant ThresholdsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section >= 0 && section < m_thresholds.size() ? QVariant(section + 1) : QVariant();
    switch (Column(section)) {
    case EndpointColumn:
        return tr("Endpoint");
    case MetricColumn:
        return tr("Metric");
    case LimitColumn:
        return tr("Limit");
    case ColumnCount:
        break;
    }
    return {};
}

bool ThresholdsModel::removeRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_thresholds.size())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_thresholds.remove(row, count);
    endRemoveRows();
    Q_EMIT changed();
    return true;
}

} // namespace scalescope::ui
