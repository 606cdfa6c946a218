// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/runtypes.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace scalescope::ui {

/// Sorts RunHistoryModel by its SortRole and filters it by a search text (name, plan, target, tags, notes;
/// case-insensitive) and optionally by status.
class RunHistoryFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit RunHistoryFilter(QObject* parent = nullptr);

    void setSearchText(const QString& text);
    [[nodiscard]] QString searchText() const { return m_text; }
    void setStatus(std::optional<RunStatus> status);
    [[nodiscard]] std::optional<RunStatus> status() const { return m_status; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_text;
    std::optional<RunStatus> m_status;
};

} // namespace scalescope::ui
