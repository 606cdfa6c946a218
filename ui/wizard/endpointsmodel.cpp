// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/endpointsmodel.h"

#include "wizard/planitemdelegate.h"
#include "wizard/planpage.h"

#include <QRegularExpression>

namespace scalescope::ui {

EndpointsModel::EndpointsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

EndpointsModel::~EndpointsModel() = default;

QStringList EndpointsModel::httpMethods()
{
    return { QStringLiteral("GET"), QStringLiteral("HEAD"), QStringLiteral("POST"), QStringLiteral("PUT"),
        QStringLiteral("PATCH"), QStringLiteral("DELETE"), QStringLiteral("OPTIONS") };
}

QString EndpointsModel::formatStatuses(const QList<int>& statuses)
{
    QStringList parts;
    parts.reserve(statuses.size());
    for (const int status : statuses)
        parts.append(QString::number(status));
    return parts.join(QStringLiteral(", "));
}

std::optional<QList<int>> EndpointsModel::parseStatuses(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    QList<int> statuses;
    for (const QString& part : text.split(separators, Qt::SkipEmptyParts)) {
        bool ok = false;
        const int status = part.toInt(&ok);
        if (!ok)
            return std::nullopt;
        statuses.append(status);
    }
    return statuses;
}

EndpointsModel::Row EndpointsModel::rowFor(const EndpointConfig& endpoint)
{
    Row row;
    row.endpoint = endpoint;
    row.expectText = formatStatuses(endpoint.expectedStatus);
    row.bodyText = PlanPage::bodyText(endpoint.request);
    row.rawBody = endpoint.request.bodyText.has_value();
    return row;
}

void EndpointsModel::setEndpoints(const QList<EndpointConfig>& endpoints)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(endpoints.size());
    for (const EndpointConfig& endpoint : endpoints)
        m_rows.append(rowFor(endpoint));
    endResetModel();
    Q_EMIT changed();
}

QList<EndpointConfig> EndpointsModel::endpoints() const
{
    QList<EndpointConfig> result;
    result.reserve(m_rows.size());
    for (const Row& row : m_rows)
        result.append(row.endpoint);
    return result;
}

EndpointConfig EndpointsModel::endpoint(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).endpoint : EndpointConfig {};
}

QList<PlanIssue> EndpointsModel::inputIssues() const
{
    QList<PlanIssue> issues;
    for (qsizetype k = 0; k < m_rows.size(); ++k) {
        const Row& row = m_rows.at(k);
        const QString path = QStringLiteral("endpoints[%1]").arg(k);
        if (!parseStatuses(row.expectText))
            issues.append({ path + QStringLiteral(".expect"),
                tr("%1 is not a list of HTTP statuses (write e.g. \"200\" or \"200, 201\"; empty = any 2xx)")
                    .arg(QLatin1Char('"') + row.expectText + QLatin1Char('"')) });
        if (!row.bodyError.isEmpty())
            issues.append({ path + QStringLiteral(".body"), row.bodyError });
    }
    return issues;
}

QString EndpointsModel::uniqueName(const QString& name) const
{
    const auto taken = [this](const QString& candidate) {
        return std::any_of(m_rows.begin(), m_rows.end(),
            [&candidate](const Row& row) { return row.endpoint.name.trimmed() == candidate; });
    };
    const QString base = name.trimmed();
    if (!taken(base))
        return base;
    for (int k = 2;; ++k) {
        //: a copy's name: %1 = original name, %2 = number
        const QString candidate = tr("%1 %2").arg(base).arg(k);
        if (!taken(candidate))
            return candidate;
    }
}

int EndpointsModel::insertEndpoint(const EndpointConfig& endpoint, int row)
{
    if (row < 0 || row > m_rows.size())
        row = int(m_rows.size());
    Row entry = rowFor(endpoint);
    entry.endpoint.name = uniqueName(endpoint.name);
    beginInsertRows({}, row, row);
    m_rows.insert(row, entry);
    endInsertRows();
    Q_EMIT changed();
    return row;
}

int EndpointsModel::duplicateEndpoint(int row)
{
    if (row < 0 || row >= m_rows.size())
        return -1;
    Row copy = m_rows.at(row);
    //: name of a duplicated endpoint; %1 = the original's name
    copy.endpoint.name = uniqueName(tr("%1 (copy)").arg(copy.endpoint.name.trimmed()));
    beginInsertRows({}, row + 1, row + 1);
    m_rows.insert(row + 1, copy);
    endInsertRows();
    Q_EMIT changed();
    return row + 1;
}

bool EndpointsModel::moveEndpoint(int row, int delta)
{
    const int target = row + delta;
    if (row < 0 || row >= m_rows.size() || target < 0 || target >= m_rows.size() || delta == 0)
        return false;
    // moveRows() takes the destination as "insert before", counted before the move.
    return moveRows({}, row, 1, {}, delta > 0 ? target + 1 : target);
}

QString EndpointsModel::bodyText(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).bodyText : QString();
}

bool EndpointsModel::isRawBody(int row) const { return row >= 0 && row < m_rows.size() && m_rows.at(row).rawBody; }

void EndpointsModel::setBody(int row, const QString& text, bool raw)
{
    if (row < 0 || row >= m_rows.size())
        return;
    Row& entry = m_rows[row];
    if (entry.bodyText == text && entry.rawBody == raw)
        return;
    entry.bodyText = text;
    entry.rawBody = raw;
    entry.bodyError.clear();
    RequestTemplate& request = entry.endpoint.request;
    if (raw) {
        request.body = QJsonValue(QJsonValue::Undefined);
        request.bodyText = text.isEmpty() ? std::nullopt : std::optional<QString>(text);
    } else {
        request.bodyText.reset();
        QJsonValue body;
        if (PlanPage::parseBody(text, &body, &entry.bodyError))
            request.body = body;
        else
            request.body = QJsonValue(QJsonValue::Undefined);
    }
    // The body has no column; the row's cells still changed in meaning (tooltips, Try).
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT changed();
}

int EndpointsModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int EndpointsModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant EndpointsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const EndpointConfig& endpoint = row.endpoint;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (Column(index.column())) {
        case NameColumn:
            return endpoint.name;
        case MethodColumn:
            return endpoint.request.method;
        case PathColumn:
            return endpoint.request.path;
        case ExpectColumn:
            if (role == Qt::DisplayRole && row.expectText.trimmed().isEmpty())
                return tr("any 2xx");
            return row.expectText;
        case WeightColumn:
            return endpoint.weight;
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case NameColumn:
            return tr("A short name, unique in the plan; thresholds and reports use it");
        case MethodColumn:
            return tr("The HTTP method of the request");
        case PathColumn:
            return tr("Starts with \"/\", relative to the base URL; may carry a query and placeholders such as "
                      "{id}, {word} or {size}");
        case ExpectColumn:
            return tr("Statuses that count as success, e.g. \"200\" or \"200, 201\"; empty = any 2xx");
        case WeightColumn:
            return tr("Load tests: this endpoint's share of the requests relative to the others (weights 6 and 2: "
                      "three of four requests go to the first); 0 = not sent in load tests");
        case ColumnCount:
            break;
        }
        break;
    case PlanItemDelegate::ChoicesRole:
        if (index.column() == MethodColumn) {
            QStringList methods = httpMethods();
            if (!methods.contains(endpoint.request.method))
                methods.prepend(endpoint.request.method);
            return methods;
        }
        break;
    default:
        break;
    }
    return {};
}

bool EndpointsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Row& row = m_rows[index.row()];
    const QString text = value.toString();
    switch (Column(index.column())) {
    case NameColumn:
        if (row.endpoint.name == text)
            return true;
        row.endpoint.name = text;
        break;
    case MethodColumn: {
        const QString method = text.trimmed().toUpper();
        if (row.endpoint.request.method == method)
            return true;
        row.endpoint.request.method = method;
        break;
    }
    case PathColumn:
        if (row.endpoint.request.path == text.trimmed())
            return true;
        row.endpoint.request.path = text.trimmed();
        break;
    case ExpectColumn:
        if (row.expectText == text)
            return true;
        row.expectText = text;
        if (const auto statuses = parseStatuses(text))
            row.endpoint.expectedStatus = *statuses;
        break;
    case WeightColumn: {
        bool ok = false;
        const int weight = value.toInt(&ok);
        if (!ok)
            return false;
        if (row.endpoint.weight == weight)
            return true;
        row.endpoint.weight = weight;
        break;
    }
    case ColumnCount:
        return false;
    }
    Q_EMIT dataChanged(index, index, { Qt::DisplayRole, Qt::EditRole });
    Q_EMIT changed();
    return true;
}

Qt::ItemFlags EndpointsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

QVariant EndpointsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < m_rows.size())
            return section + 1;
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn:
        return tr("Name");
    case MethodColumn:
        return tr("Method");
    case PathColumn:
        return tr("Path");
    case ExpectColumn:
        return tr("Expected status");
    case WeightColumn:
        return tr("Weight");
    case ColumnCount:
        break;
    }
    return {};
}

bool EndpointsModel::removeRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_rows.size())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_rows.remove(row, count);
    endRemoveRows();
    Q_EMIT changed();
    return true;
}

bool EndpointsModel::moveRows(
    const QModelIndex& sourceParent, int sourceRow, int count, const QModelIndex& destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count <= 0 || sourceRow < 0
        || sourceRow + count > m_rows.size() || destinationChild < 0 || destinationChild > m_rows.size()
        || (destinationChild >= sourceRow && destinationChild <= sourceRow + count))
        return false;
    if (!beginMoveRows({}, sourceRow, sourceRow + count - 1, {}, destinationChild))
        return false;
    const QList<Row> moved = m_rows.mid(sourceRow, count);
    m_rows.remove(sourceRow, count);
    const int insertAt = destinationChild > sourceRow ? destinationChild - count : destinationChild;
    for (int k = 0; k < count; ++k)
        m_rows.insert(insertAt + k, moved.at(k));
    endMoveRows();
    Q_EMIT changed();
    return true;
}

} // namespace scalescope::ui
