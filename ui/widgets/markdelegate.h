// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

#include <functional>

namespace scalescope::ui {

/// Paints a coloured round mark before an item's text: a status, a severity, a verdict. The colour comes from
/// a function of the index, so models carry raw values and no colours (house style, rule 7). An invalid
/// colour paints no mark.
class MarkDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using ColorOf = std::function<QColor(const QModelIndex& index)>;
    explicit MarkDelegate(ColorOf colorOf, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    ColorOf m_colorOf;
};

} // namespace scalescope::ui
