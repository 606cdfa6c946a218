// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizard/planpage.h"

class QComboBox;
class QLabel;
class QRadioButton;
class QSpinBox;

namespace scalescope::ui {

/// How to measure: iterations and warm-up per endpoint and size, sequential or concurrent (max workers), the
/// request timeout, and the order of the requests (grouped, or interleaved in blocks for a minimum duration).
class MeasurementPage : public PlanPage {
    Q_OBJECT
public:
    explicit MeasurementPage(QWidget* parent = nullptr);
    ~MeasurementPage() override;
    Q_DISABLE_COPY_MOVE(MeasurementPage)

    void loadPlan(const Plan& plan) override;
    void applyTo(Plan& plan) const override;
    void initializePage() override;

    /// The per-request timeout, also shown on the target page (the two stay in step).
    void setTimeoutMs(int timeoutMs);
    /// "At least 330 requests: …": what the settings add up to for @p plan.
    [[nodiscard]] static QString estimate(const Plan& plan);

Q_SIGNALS:
    void timeoutChanged(int timeoutMs);

protected:
    [[nodiscard]] QStringList issuePrefixes() const override;

private:
    void updateEnabled();
    void updateNotes();

    QSpinBox* m_iterations;
    QSpinBox* m_warmup;
    QRadioButton* m_sequential;
    QRadioButton* m_concurrent;
    QSpinBox* m_workers;
    QSpinBox* m_timeout;
    QComboBox* m_order;
    QSpinBox* m_block;
    QSpinBox* m_minDuration;
    QLabel* m_transportNote;
    QLabel* m_estimate;
};

} // namespace scalescope::ui
