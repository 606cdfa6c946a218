// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace scalescope::ui {

/// Editors for the wizard's tables: a combo box when the model offers choices for a cell (ChoicesRole), a
/// spin box for numbers (with the unit from SuffixRole), the default line edit otherwise.
class PlanItemDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    enum Role {
        ChoicesRole = Qt::UserRole + 100, ///< QStringList: the values a cell may take, shown in a combo box
        SuffixRole, ///< QString: unit shown after a number (" ms")
        MaximumRole, ///< double: the largest number a cell accepts
    };

    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
};

} // namespace scalescope::ui
