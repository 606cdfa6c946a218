// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizard/planpage.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace scalescope::ui {

class BodyEditor;
class EndpointsModel;
class RequestProbe;
struct ProbeResult;

/// The endpoints measured at every size: a table (name, method, path, expected status; for a load test also the
/// weight) with Add, Duplicate, Remove and Move up/down, the body of the selected endpoint, and "Try", which sends
/// one request of it.
class EndpointsPage : public PlanPage {
    Q_OBJECT
public:
    explicit EndpointsPage(QWidget* parent = nullptr);
    ~EndpointsPage() override;
    Q_DISABLE_COPY_MOVE(EndpointsPage)

    void loadPlan(const Plan& plan) override;
    void applyTo(Plan& plan) const override;
    [[nodiscard]] QString fieldLabel(const QString& path) const override;
    void initializePage() override;

    [[nodiscard]] EndpointsModel* model() const { return m_model; }
    [[nodiscard]] QTableView* view() const { return m_view; }
    /// The selected row, or -1.
    [[nodiscard]] int currentRow() const;
    void setCurrentRow(int row);

    void addEndpoint();
    void removeSelected();
    void duplicateCurrent();
    void moveCurrent(int delta);
    /// Sends one request of the selected endpoint (expanded with n = 1, authenticated as RunWizard::authHeaders()
    /// allows, logging in first when it can); the answer is shown below the table.
    void tryCurrent();

protected:
    [[nodiscard]] QStringList issuePrefixes() const override;
    [[nodiscard]] QList<PlanIssue> inputIssues() const override;

private:
    void updateButtons();
    /// Shows the weight column (and says so in the subtitle) for load tests only.
    void updateForTest();
    void loadBody();
    void sendTry();
    void showTryResult(const ProbeResult& result);
    void onLoginFinished(bool succeeded, const QString& message);

    EndpointsModel* m_model;
    QTableView* m_view;
    QPushButton* m_add;
    QPushButton* m_duplicate;
    QPushButton* m_remove;
    QPushButton* m_up;
    QPushButton* m_down;
    QLabel* m_bodyLabel;
    BodyEditor* m_body;
    QPushButton* m_try;
    QLineEdit* m_tryId;
    QLabel* m_tryIdLabel;
    QLabel* m_tryResult;
    RequestProbe* m_probe;
    bool m_waitingForLogin = false;
    int m_tryRow = -1;
    QList<int> m_tryExpected;
    QString m_tryRequestLine;
};

} // namespace scalescope::ui
