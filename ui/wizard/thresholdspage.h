// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizard/planpage.h"

class QPushButton;
class QTableView;

namespace scalescope::ui {

class ThresholdsModel;

/// Pass/fail limits checked at every size: latency percentiles, error rate, throughput, and scaling ceilings
/// (latency may grow no worse than a complexity class).
class ThresholdsPage : public PlanPage {
    Q_OBJECT
public:
    explicit ThresholdsPage(QWidget* parent = nullptr);
    ~ThresholdsPage() override;
    Q_DISABLE_COPY_MOVE(ThresholdsPage)

    void loadPlan(const Plan& plan) override;
    void applyTo(Plan& plan) const override;
    [[nodiscard]] QString fieldLabel(const QString& path) const override;
    void initializePage() override;

    [[nodiscard]] ThresholdsModel* model() const { return m_model; }
    [[nodiscard]] QTableView* view() const { return m_view; }

    void addThreshold();
    void removeSelected();
    /// Replaces the table with defaultThresholds().
    void resetToDefaults();

protected:
    [[nodiscard]] QStringList issuePrefixes() const override;

private:
    void updateButtons();

    ThresholdsModel* m_model;
    QTableView* m_view;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_reset;
};

} // namespace scalescope::ui
