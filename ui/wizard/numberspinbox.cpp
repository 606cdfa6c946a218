// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/numberspinbox.h"

namespace scalescope::ui {

NumberSpinBox::NumberSpinBox(int decimals, QWidget* parent)
    : QDoubleSpinBox(parent)
{
    setDecimals(decimals);
}

QString NumberSpinBox::textFromValue(double value) const
{
    QString text = QDoubleSpinBox::textFromValue(value);
    const QString point = locale().decimalPoint();
    const qsizetype at = text.lastIndexOf(point);
    if (at < 0)
        return text;
    qsizetype end = text.size();
    while (end > at + point.size() && text.at(end - 1) == QLatin1Char('0'))
        --end;
    if (end == at + point.size())
        end = at; // no digits left after the point: drop it too
    text.truncate(end);
    return text;
}

} // namespace scalescope::ui
