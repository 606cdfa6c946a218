// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QAbstractItemModel;
class QGroupBox;
class QString;
class QTableView;
class QWidget;

namespace scalescope::ui {

/// A table that shows @p model for reading: whole rows selected, no editing, alternating rows, no row
/// numbers, the last column stretched to the edge.
[[nodiscard]] QTableView* makeReadOnlyTable(QAbstractItemModel* model, const QString& objectName, QWidget* parent);

/// A group box titled @p title around @p content, with @p above (optional, e.g. a filter) over it.
[[nodiscard]] QGroupBox* makeGroupBox(
    const QString& title, QWidget* content, QWidget* parent, QWidget* above = nullptr);

} // namespace scalescope::ui
