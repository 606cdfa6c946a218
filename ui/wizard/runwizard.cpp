// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/runwizard.h"

#include "analysis/findings.h"
#include "wizard/authpage.h"
#include "wizard/datasetpage.h"
#include "wizard/endpointspage.h"
#include "wizard/loadpage.h"
#include "wizard/measurementpage.h"
#include "wizard/reviewpage.h"
#include "wizard/targetpage.h"
#include "wizard/thresholdspage.h"

#include <QJsonObject>

namespace scalescope::ui {

Plan defaultWizardPlan()
{
    Plan plan;
    plan.target.baseUrl = QUrl(QStringLiteral("http://localhost:8000"));
    plan.target.timeoutMs = 10000;
    plan.target.headers = { HeaderTemplate { QStringLiteral("Accept"), QStringLiteral("application/json") } };
    plan.auth.kind = AuthKind::Login;
    plan.auth.username = QStringLiteral("admin");
    plan.auth.login.request.method = QStringLiteral("POST");
    plan.auth.login.request.path = QStringLiteral("/api/auth/login/");
    plan.auth.login.request.body = QJsonObject { { QStringLiteral("username"), QStringLiteral("{username}") },
        { QStringLiteral("password"), QStringLiteral("{password}") } };
    plan.dataset.mode = DatasetMode::Seeded;
    plan.dataset.sizes = { 10, 50, 100, 200, 500 };
    RequestTemplate seed;
    seed.method = QStringLiteral("POST");
    seed.path = QStringLiteral("/api/items/");
    seed.body = QJsonObject { { QStringLiteral("title"), QStringLiteral("Item {n}: {word} {word}") },
        { QStringLiteral("content"), QStringLiteral("{lorem:50}") } };
    plan.dataset.seed = seed;
    RequestTemplate cleanup;
    cleanup.method = QStringLiteral("DELETE");
    cleanup.path = QStringLiteral("/api/items/{id}/");
    plan.dataset.cleanup = cleanup;
    plan.measurement.iterations = 10;
    plan.measurement.warmup = 1;
    plan.measurement.maxWorkers = 5;
    // Measured on the demo target (docs/plan-format.md, "Measurement"): this order classifies reliably on a
    // machine whose speed changes, where scale_test's grouped order often does not.
    plan.measurement.order = MeasurementConfig::Order::Interleaved;
    plan.measurement.block = 5;
    plan.measurement.minDurationMs = 1000;
    plan.thresholds = analysis::defaultThresholds();
    return plan;
}

RunWizard::RunWizard(QWidget* parent)
    : QWizard(parent)
    , m_targetPage(new TargetPage(this))
    , m_authPage(new AuthPage(this))
    , m_loadPage(new LoadPage(this))
    , m_datasetPage(new DatasetPage(this))
    , m_endpointsPage(new EndpointsPage(this))
    , m_measurementPage(new MeasurementPage(this))
    , m_thresholdsPage(new ThresholdsPage(this))
    , m_reviewPage(new ReviewPage(this))
{
    setObjectName(QStringLiteral("runWizard"));
    setWindowTitle(tr("New run"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::NoDefaultButton, false);
    setButtonText(QWizard::FinishButton, tr("&Start run"));
    m_pages = { m_targetPage, m_authPage, m_loadPage, m_datasetPage, m_endpointsPage, m_measurementPage, m_thresholdsPage,
        m_reviewPage };
    for (int id = 0; id < m_pages.size(); ++id)
        setPage(id, m_pages.at(id));

    // The timeout is shown on two pages; whichever is edited, the other follows.
    connect(m_targetPage, &TargetPage::timeoutChanged, m_measurementPage, &MeasurementPage::setTimeoutMs);
    connect(m_measurementPage, &MeasurementPage::timeoutChanged, m_targetPage, &TargetPage::setTimeoutMs);
    connect(m_authPage, &AuthPage::loginFinished, this, &RunWizard::loginFinished);

    setPlan(defaultWizardPlan());
    resize(900, 650);
}

RunWizard::~RunWizard() = default;

void RunWizard::setPlan(const Plan& plan)
{
    m_base = plan;
    for (PlanPage* page : std::as_const(m_pages))
        page->loadPlan(plan);
    for (PlanPage* page : std::as_const(m_pages))
        Q_EMIT page->completeChanged();
}

Plan RunWizard::plan() const
{
    Plan result = m_base;
    for (const PlanPage* page : m_pages)
        page->applyTo(result);
    return result;
}

QString RunWizard::password() const { return m_authPage->password(); }

void RunWizard::setPassword(const QString& password) { m_authPage->setPassword(password); }

QString RunWizard::token() const { return m_authPage->token(); }

HttpHeaders RunWizard::authHeaders() const { return m_authPage->authHeaders(plan()); }

bool RunWizard::hasLoginToken() const { return m_authPage->hasLoginToken(plan()); }

void RunWizard::logIn() { m_authPage->startLogin(); }

QList<PlanIssue> RunWizard::fieldIssues() const
{
    QList<PlanIssue> issues;
    for (const PlanPage* page : m_pages) {
        if (page != m_reviewPage)
            issues.append(page->fieldIssues());
    }
    return issues;
}

QString RunWizard::fieldLabel(const QString& path) const
{
    for (const PlanPage* page : m_pages) {
        if (page != m_reviewPage && page->ownsPath(path))
            return page->fieldLabel(path);
    }
    return {};
}

QStringList RunWizard::problems() const
{
    QStringList lines;
    for (const PlanIssue& issue : m_reviewPage->pageIssues())
        lines.append(m_reviewPage->describeIssue(issue));
    return lines;
}

PlanPage* RunWizard::planPage(PageId id) const { return m_pages.value(id); }

bool RunWizard::isLoadTest() const { return m_loadPage->isLoadTest(); }

int RunWizard::nextId() const
{
    const int next = QWizard::nextId();
    // A load test measures by its own settings (the Test page): iterations and order do not apply.
    if (next == MeasurementPageId && isLoadTest())
        return ThresholdsPageId;
    return next;
}

void RunWizard::accept()
{
    m_authPage->rememberSecrets();
    QWizard::accept();
}

} // namespace scalescope::ui
