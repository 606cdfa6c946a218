// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/banner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace scalescope::ui {

namespace {
    QColor accent(Banner::Level level)
    {
        switch (level) {
        case Banner::Level::Info:
            return QColor(0x00, 0x72, 0xb2);
        case Banner::Level::Warning:
            return QColor(0xe6, 0x9f, 0x00);
        case Banner::Level::Error:
            return QColor(0xd5, 0x3e, 0x00);
        }
        return {};
    }
} // namespace

Banner::Banner(QWidget* parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_close(new QToolButton(this))
    , m_hide(new QTimer(this))
{
    setObjectName(QStringLiteral("banner"));
    m_text->setObjectName(QStringLiteral("bannerText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setObjectName(QStringLiteral("bannerClose"));
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Dismiss this message"));
    m_close->setAccessibleName(tr("Dismiss"));
    connect(m_close, &QToolButton::clicked, this, &Banner::dismiss);
    m_hide->setSingleShot(true);
    connect(m_hide, &QTimer::timeout, this, &Banner::dismiss);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 6, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    hide();
}

void Banner::showMessage(const QString& message, Level level)
{
    m_level = level;
    m_text->setText(message);
    if (level == Level::Info)
        m_hide->start(8000);
    else
        m_hide->stop();
    show();
    update();
}

void Banner::dismiss()
{
    m_hide->stop();
    m_text->clear();
    hide();
}

QString Banner::message() const
{
    return m_text->text();
}

void Banner::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    QColor fill = accent(m_level);
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    fill.setAlphaF(dark ? 0.35 : 0.18);
    painter.fillRect(rect(), fill);
    painter.fillRect(QRect(0, 0, 4, height()), accent(m_level));
}

} // namespace scalescope::ui
