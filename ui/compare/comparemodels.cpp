// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "compare/comparemodels.h"

#include <QCoreApplication>

namespace scalescope::ui {

namespace {
    class CompareHeadline {
        Q_DECLARE_TR_FUNCTIONS(scalescope::ui::CompareHeadline)
    };

    QString ms(double value)
    {
        //: milliseconds
        return QCoreApplication::translate("scalescope::ui::CompareCellModel", "%1 ms")
            .arg(value, 0, 'f', value < 10 ? 3 : 1);
    }
    QString signedPercent(double value)
    {
        return (value >= 0 ? QStringLiteral("+") : QString()) + QString::number(value, 'f', std::abs(value) < 10 ? 1 : 0)
            + QStringLiteral(" %");
    }
} // namespace

QString comparisonHeadline(const analysis::RunComparison& comparison)
{
    if (!comparison.compatible)
        return comparison.summary();
    int slower = 0;
    int faster = 0;
    int mixed = 0;
    int unchanged = 0;
    for (const analysis::EndpointComparison& endpoint : comparison.endpoints) {
        switch (endpoint.verdict) {
        case analysis::ChangeVerdict::Slower:
            ++slower;
            break;
        case analysis::ChangeVerdict::Faster:
            ++faster;
            break;
        case analysis::ChangeVerdict::Mixed:
            ++mixed;
            break;
        case analysis::ChangeVerdict::NoSignificantChange:
            ++unchanged;
            break;
        case analysis::ChangeVerdict::Insufficient:
            break;
        }
    }
    QStringList parts;
    if (slower > 0)
        parts.append(CompareHeadline::tr("%n endpoint(s) slower", nullptr, slower));
    if (faster > 0)
        parts.append(CompareHeadline::tr("%n endpoint(s) faster", nullptr, faster));
    if (mixed > 0)
        parts.append(CompareHeadline::tr("%n mixed", nullptr, mixed));
    if (unchanged > 0)
        parts.append(CompareHeadline::tr("%n without significant change", nullptr, unchanged));
    if (parts.isEmpty())
        return CompareHeadline::tr("No endpoint could be tested: too few samples");
    return parts.join(QStringLiteral(", "));
}

// ---- CompareEndpointModel

void CompareEndpointModel::setEndpoints(QList<analysis::EndpointComparison> endpoints)
{
    beginResetModel();
    m_endpoints = std::move(endpoints);
    endResetModel();
}

int CompareEndpointModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_endpoints.size()); }
int CompareEndpointModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant CompareEndpointModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const analysis::EndpointComparison& endpoint = m_endpoints.at(index.row());
    switch (role) {
    case VerdictRole:
        return int(endpoint.verdict);
    case ClassChangedRole:
        return endpoint.classChanged;
    case Qt::ToolTipRole:
        return endpoint.message;
    case Qt::DisplayRole:
        switch (index.column()) {
        case EndpointColumn:
            return endpoint.endpoint;
        case VerdictColumn:
            return analysis::changeVerdictLabel(endpoint.verdict);
        case CellsColumn:
            //: %1 slower, %2 faster, %3 sizes compared
            return tr("%1 slower, %2 faster of %3").arg(endpoint.slowerCells).arg(endpoint.fasterCells).arg(endpoint.cells);
        case ScalingColumn: {
            const QString base = analysis::complexityName(endpoint.baseFit.bestClass);
            const QString candidate = analysis::complexityName(endpoint.candidateFit.bestClass);
            return base == candidate ? base : base + QStringLiteral(" → ") + candidate;
        }
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant CompareEndpointModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case EndpointColumn:
        return tr("Endpoint");
    case VerdictColumn:
        return tr("Verdict");
    case CellsColumn:
        return tr("Sizes");
    case ScalingColumn:
        return tr("Scaling (base → candidate)");
    default:
        return {};
    }
}

// ---- CompareCellModel

void CompareCellModel::setCells(QList<analysis::CellComparison> cells)
{
    beginResetModel();
    m_cells = std::move(cells);
    endResetModel();
}

int CompareCellModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_cells.size()); }
int CompareCellModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant CompareCellModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const analysis::CellComparison& cell = m_cells.at(index.row());
    const bool tested = cell.verdict != analysis::ChangeVerdict::Insufficient;
    switch (role) {
    case VerdictRole:
        return int(cell.verdict);
    case Qt::ToolTipRole:
        return cell.note.isEmpty() ? cell.message : cell.message + QLatin1Char('\n') + cell.note;
    case Qt::TextAlignmentRole:
        return index.column() == EndpointColumn || index.column() == VerdictColumn
            ? QVariant()
            : QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case SortRole:
        switch (index.column()) {
        case EndpointColumn:
            return cell.endpoint;
        case SizeColumn:
            return cell.size;
        case BaseColumn:
            return cell.baseMedianMs;
        case CandidateColumn:
            return cell.candidateMedianMs;
        case ChangeColumn:
            return cell.adjustedChangePercent;
        case PColumn:
            return cell.pAdjusted;
        case EffectColumn:
            return cell.test.cliffsDelta;
        case VerdictColumn:
            return int(cell.verdict);
        default:
            return {};
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case EndpointColumn:
            return cell.endpoint;
        case SizeColumn:
            return cell.size;
        case BaseColumn:
            return ms(cell.baseMedianMs);
        case CandidateColumn:
            return ms(cell.candidateMedianMs);
        case ChangeColumn:
            return signedPercent(cell.changePercent);
        case PColumn:
            if (!tested)
                return QStringLiteral("—");
            return cell.pAdjusted < 0.001 ? QStringLiteral("< 0.001") : QString::number(cell.pAdjusted, 'f', 3);
        case EffectColumn:
            return tested ? QString::number(cell.test.cliffsDelta, 'f', 2) : QStringLiteral("—");
        case VerdictColumn:
            return cell.isolated ? tr("%1 (isolated)").arg(analysis::changeVerdictLabel(cell.verdict))
                                 : analysis::changeVerdictLabel(cell.verdict);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant CompareCellModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case EndpointColumn:
        return tr("Endpoint");
    case SizeColumn:
        return tr("Size");
    case BaseColumn:
        return tr("Base p50");
    case CandidateColumn:
        return tr("Candidate p50");
    case ChangeColumn:
        return tr("Change");
    case PColumn:
        //: column: p-value after the Holm correction
        return tr("p (Holm)");
    case EffectColumn:
        //: column: Cliff's delta effect size
        return tr("δ");
    case VerdictColumn:
        return tr("Verdict");
    default:
        return {};
    }
}

} // namespace scalescope::ui
