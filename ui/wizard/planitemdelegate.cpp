// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/planitemdelegate.h"

#include <QComboBox>
#include <QDoubleSpinBox>

namespace scalescope::ui {

QWidget* PlanItemDelegate::createEditor(
    QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QStringList choices = index.data(ChoicesRole).toStringList();
    if (!choices.isEmpty()) {
        auto* combo = new QComboBox(parent);
        combo->addItems(choices);
        // A choice is made with one click or key: commit it at once instead of waiting for the focus to leave.
        connect(combo, &QComboBox::activated, this, [this, combo] {
            auto* self = const_cast<PlanItemDelegate*>(this);
            Q_EMIT self->commitData(combo);
            Q_EMIT self->closeEditor(combo);
        });
        return combo;
    }
    const QVariant value = index.data(Qt::EditRole);
    if (value.typeId() == QMetaType::Double) {
        auto* spin = new QDoubleSpinBox(parent);
        spin->setFrame(false);
        spin->setDecimals(2);
        const QVariant maximum = index.data(MaximumRole);
        spin->setRange(0.0, maximum.isValid() ? maximum.toDouble() : 1e9);
        spin->setSuffix(index.data(SuffixRole).toString());
        return spin;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void PlanItemDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        const int row = combo->findText(index.data(Qt::EditRole).toString());
        combo->setCurrentIndex(qMax(0, row));
        return;
    }
    if (auto* spin = qobject_cast<QDoubleSpinBox*>(editor)) {
        spin->setValue(index.data(Qt::EditRole).toDouble());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void PlanItemDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        model->setData(index, combo->currentText(), Qt::EditRole);
        return;
    }
    if (auto* spin = qobject_cast<QDoubleSpinBox*>(editor)) {
        spin->interpretText();
        model->setData(index, spin->value(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace scalescope::ui
