// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/markdelegate.h"

#include <QApplication>
#include <QPainter>

namespace scalescope::ui {

MarkDelegate::MarkDelegate(ColorOf colorOf, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_colorOf(std::move(colorOf))
{
}

void MarkDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background, selection, focus

    const int mark = opt.fontMetrics.height() / 2 + 2;
    const QColor color = m_colorOf ? m_colorOf(index) : QColor();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (color.isValid()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawEllipse(QRect(opt.rect.left() + 6, opt.rect.center().y() - mark / 2, mark, mark));
    }
    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    const QRect textRect = opt.rect.adjusted(mark + 12, 0, -4, 0);
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
        opt.fontMetrics.elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

QSize MarkDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const int mark = option.fontMetrics.height() / 2 + 2;
    size.rwidth() += mark + 16; // as paint(): 6 before the mark, 6 after it, 4 at the end
    return size;
}

} // namespace scalescope::ui
