// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/runhistoryfilter.h"

#include "history/runhistorymodel.h"

namespace scalescope::ui {

RunHistoryFilter::RunHistoryFilter(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RunHistoryModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void RunHistoryFilter::setSearchText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateFilter();
}

void RunHistoryFilter::setStatus(std::optional<RunStatus> status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidateFilter();
}

bool RunHistoryFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_status && index.data(RunHistoryModel::StatusRole).toInt() != int(*m_status))
        return false;
    const QString text = m_text.trimmed();
    if (text.isEmpty())
        return true;
    const QString haystack = index.data(RunHistoryModel::SearchTextRole).toString();
    // Every word must occur somewhere: "demo baseline" finds the demo runs tagged baseline.
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return std::all_of(words.begin(), words.end(),
        [&haystack](const QString& word) { return haystack.contains(word, Qt::CaseInsensitive); });
}

} // namespace scalescope::ui
