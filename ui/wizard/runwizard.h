// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/httptypes.h"
#include "plan/plan.h"
#include "plan/planparser.h"

#include <QWizard>

namespace scalescope::ui {

class PlanPage;
class TargetPage;
class AuthPage;
class LoadPage;
class DatasetPage;
class EndpointsPage;
class MeasurementPage;
class ThresholdsPage;
class ReviewPage;

/// Builds a Plan page by page (target, authentication, the kind of test — a scale sweep or a load test with its
/// settings —, dataset, endpoints, measurement (scale sweeps only), thresholds, review). Every page validates the plan
/// built so far with validatePlan(). Secrets (password, token) stay in memory: plan() never contains them; the
/// caller passes password()/token() to the run.
class RunWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { TargetPageId, AuthPageId, LoadPageId, DatasetPageId, EndpointsPageId, MeasurementPageId,
        ThresholdsPageId, ReviewPageId };

    explicit RunWizard(QWidget* parent = nullptr);
    ~RunWizard() override;
    Q_DISABLE_COPY_MOVE(RunWizard)

    /// Prefills every page from @p plan (Open plan…, --demo).
    void setPlan(const Plan& plan);
    /// The plan as entered, without secrets.
    [[nodiscard]] Plan plan() const;
    /// The password typed on the authentication page (memory only).
    [[nodiscard]] QString password() const;
    /// Prefills the password (memory only; `scalescope --demo` passes the demo target's).
    void setPassword(const QString& password);
    /// The bearer token typed, or the token "Test login" obtained (memory only).
    [[nodiscard]] QString token() const;

    /// Headers that authenticate a request as the current auth settings and secrets allow
    /// (used by the endpoints page's "Try"); empty when nothing is known yet.
    [[nodiscard]] HttpHeaders authHeaders() const;
    /// Whether a login has obtained a token that matches the current target and auth settings.
    [[nodiscard]] bool hasLoginToken() const;
    /// Performs the login of the current plan (as "Test login" does); emits loginFinished().
    void logIn();

    /// Problems of what was typed on every page that validatePlan() cannot see (a body that is not JSON, …).
    [[nodiscard]] QList<PlanIssue> fieldIssues() const;
    /// The label of the field @p path belongs to, from the page that edits it; empty when none does.
    [[nodiscard]] QString fieldLabel(const QString& path) const;
    /// Every problem left in the plan, as the pages word them; empty when it can run.
    [[nodiscard]] QStringList problems() const;

    [[nodiscard]] PlanPage* planPage(PageId id) const;
    /// Whether the plan is a load test (chosen on the Test page): then the measurement page is skipped.
    [[nodiscard]] bool isLoadTest() const;
    /// The measurement page only for scale sweeps.
    int nextId() const override;

    /// Remembers the password in the keychain when asked to, then accepts.
    void accept() override;

Q_SIGNALS:
    void loginFinished(bool succeeded, const QString& message);

private:
    Plan m_base; ///< fields no page edits (e.g. request headers of the seed request) come from here
    QList<PlanPage*> m_pages;
    TargetPage* m_targetPage;
    AuthPage* m_authPage;
    LoadPage* m_loadPage;
    DatasetPage* m_datasetPage;
    EndpointsPage* m_endpointsPage;
    MeasurementPage* m_measurementPage;
    ThresholdsPage* m_thresholdsPage;
    ReviewPage* m_reviewPage;
};

/// The defaults of a new plan (as the scale_test script): http://localhost:8000, login flow as user
/// admin, sizes 10 50 100 200 500, 10 iterations, 5 workers, no endpoints, the default thresholds, and the
/// interleaved order in blocks of 5 for at least 1000 ms per cell.
[[nodiscard]] Plan defaultWizardPlan();

} // namespace scalescope::ui
