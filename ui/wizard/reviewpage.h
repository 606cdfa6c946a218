// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizard/planpage.h"

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace scalescope::ui {

/// The last page: the plan's name and description, a readable summary of the whole plan, "Save plan as…" (the
/// plan file, never a secret) and the wizard's "Start run". Lists every problem left on any page.
class ReviewPage : public PlanPage {
    Q_OBJECT
public:
    explicit ReviewPage(QWidget* parent = nullptr);
    ~ReviewPage() override;
    Q_DISABLE_COPY_MOVE(ReviewPage)

    void loadPlan(const Plan& plan) override;
    void applyTo(Plan& plan) const override;
    [[nodiscard]] QString fieldLabel(const QString& path) const override;
    void initializePage() override;

    /// Writes the current plan to @p fileName with the core writer; returns false and shows why on failure.
    bool savePlan(const QString& fileName);
    /// The summary as HTML (what the page shows).
    [[nodiscard]] static QString summaryHtml(const Plan& plan, bool hasPassword);
    [[nodiscard]] QTextBrowser* summaryView() const { return m_summary; }

protected:
    [[nodiscard]] QStringList issuePrefixes() const override;
    [[nodiscard]] QList<PlanIssue> inputIssues() const override;

private:
    void updateSummary();
    void chooseFileAndSave();

    QLineEdit* m_name;
    QPlainTextEdit* m_description;
    QTextBrowser* m_summary;
    QPushButton* m_save;
    QLabel* m_saveResult;
};

} // namespace scalescope::ui
