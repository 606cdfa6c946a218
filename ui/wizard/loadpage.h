// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizard/planpage.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace scalescope::ui {

class NumberSpinBox;

/// What kind of test the plan is: a scale sweep (every endpoint at every dataset size, as before) or a load test
/// (plan.load), and the load's settings — kind (load, stress, endurance, concurrency sweep), model (closed: users,
/// spawn rate, think time; open: arrival rate, ramp, requests in flight), durations, the stress ramp and its stop
/// conditions and recovery, the endurance interval, the sweep's levels and where the target's memory is read.
/// Only the fields of the chosen kind and model are shown; the others keep their values for a switch back.
class LoadPage : public PlanPage {
    Q_OBJECT
public:
    explicit LoadPage(QWidget* parent = nullptr);
    ~LoadPage() override;
    Q_DISABLE_COPY_MOVE(LoadPage)

    void loadPlan(const Plan& plan) override;
    void applyTo(Plan& plan) const override;
    [[nodiscard]] QString fieldLabel(const QString& path) const override;

    /// Whether "Load test" is chosen (the plan gets a load section, the measurement page is skipped).
    [[nodiscard]] bool isLoadTest() const;

    /// "Stress test, closed model (virtual users): 10 to at most 200 users in steps of 10, 4 s each, …": what
    /// @p load will do, in a few lines (the review page shows them too).
    [[nodiscard]] static QStringList describe(const LoadConfig& load);

protected:
    [[nodiscard]] QStringList issuePrefixes() const override;
    [[nodiscard]] QList<PlanIssue> inputIssues() const override;

private:
    enum class MemorySource { None, MetricsUrl, Pid };
    [[nodiscard]] LoadConfig::Kind kind() const;
    [[nodiscard]] LoadConfig::Model model() const;
    void updateVisibility();
    void updateNotes();

    QRadioButton* m_sweepRadio;
    QRadioButton* m_loadRadio;
    QLabel* m_testNote;
    QGroupBox* m_loadGroup;
    QFormLayout* m_form = nullptr;
    QComboBox* m_kind;
    QComboBox* m_model;
    QLabel* m_kindNote;
    QSpinBox* m_users;
    NumberSpinBox* m_spawnRate;
    QSpinBox* m_thinkMin;
    QSpinBox* m_thinkMax;
    NumberSpinBox* m_rate;
    QLabel* m_rampLabel;
    NumberSpinBox* m_rampTo;
    QSpinBox* m_maxInFlight;
    QLineEdit* m_levels;
    NumberSpinBox* m_step;
    NumberSpinBox* m_maxLevel;
    QLabel* m_stepDurationLabel;
    NumberSpinBox* m_stepDuration;
    QLabel* m_recoveryLabel;
    NumberSpinBox* m_recovery;
    QCheckBox* m_stopErrors;
    NumberSpinBox* m_stopErrorRate;
    QCheckBox* m_stopP95;
    NumberSpinBox* m_stopP95Ms;
    QCheckBox* m_stopPlateau;
    NumberSpinBox* m_duration;
    QLabel* m_intervalLabel;
    NumberSpinBox* m_interval;
    NumberSpinBox* m_warmup;
    QComboBox* m_memorySource;
    QLineEdit* m_memoryUrl;
    QSpinBox* m_memoryPid;
    QLabel* m_schedule;
    QWidget* m_usersRow = nullptr;
    QWidget* m_thinkRow = nullptr;
    QWidget* m_rateRow = nullptr;
    QWidget* m_levelsRow = nullptr;
    QWidget* m_stepRow = nullptr;
    QWidget* m_stepDurationRow = nullptr;
    QWidget* m_stopRow = nullptr;
    QWidget* m_durationRow = nullptr;
};

} // namespace scalescope::ui
