// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDoubleSpinBox>

namespace scalescope::ui {

/// A QDoubleSpinBox that keeps decimals() digits (so that a plan's 0.25 s or 33.333 requests/s survive a round trip)
/// but shows only the digits a value needs: "10", "2.5", "0.25" instead of "10.000".
class NumberSpinBox : public QDoubleSpinBox {
    Q_OBJECT
public:
    explicit NumberSpinBox(int decimals = 3, QWidget* parent = nullptr);

    QString textFromValue(double value) const override;
};

} // namespace scalescope::ui
