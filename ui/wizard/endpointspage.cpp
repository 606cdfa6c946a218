// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/endpointspage.h"

#include "engine/requestbuilder.h"
#include "plan/templateexpander.h"
#include "wizard/bodyeditor.h"
#include "wizard/endpointsmodel.h"
#include "wizard/planitemdelegate.h"
#include "wizard/requestprobe.h"
#include "wizard/runwizard.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace scalescope::ui {

namespace {
    constexpr int kTryBodyChars = 300;
}

EndpointsPage::EndpointsPage(QWidget* parent)
    : PlanPage(parent)
    , m_model(new EndpointsModel(this))
    , m_view(new QTableView(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_duplicate(new QPushButton(tr("D&uplicate"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_up(new QPushButton(tr("Move u&p"), this))
    , m_down(new QPushButton(tr("Move &down"), this))
    , m_bodyLabel(new QLabel(tr("B&ody of the selected endpoint (JSON, optional):"), this))
    , m_body(new BodyEditor(QStringLiteral("endpointBody"), this))
    , m_try(new QPushButton(tr("&Try"), this))
    , m_tryId(new QLineEdit(this))
    , m_tryIdLabel(new QLabel(tr("with {&id} ="), this))
    , m_tryResult(new QLabel(this))
    , m_probe(new RequestProbe(this))
{
    setObjectName(QStringLiteral("endpointsPage"));
    setTitle(tr("Endpoints"));
    setSubTitle(tr("The requests whose latency is measured at every dataset size."));

    m_view->setObjectName(QStringLiteral("endpointsView"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new PlanItemDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_view->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it, F2 edits
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionResizeMode(EndpointsModel::PathColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(EndpointsModel::NameColumn, 190);
    m_view->setColumnWidth(EndpointsModel::MethodColumn, 90);
    m_view->setColumnWidth(EndpointsModel::ExpectColumn, 130);
    m_view->setColumnWidth(EndpointsModel::WeightColumn, 80);
    m_view->setColumnHidden(EndpointsModel::WeightColumn, true);
    m_view->setToolTip(tr("Each endpoint is measured at every size. Double-click or press F2 to edit a cell; the "
                          "path may use {id} (a record created by the run), {word}, {size} and other placeholders"));

    m_add->setObjectName(QStringLiteral("addEndpointButton"));
    m_add->setToolTip(tr("Add an endpoint after the selected one"));
    m_duplicate->setObjectName(QStringLiteral("duplicateEndpointButton"));
    m_duplicate->setToolTip(tr("Add a copy of the selected endpoint"));
    m_remove->setObjectName(QStringLiteral("removeEndpointButton"));
    m_remove->setToolTip(tr("Remove the selected endpoints"));
    m_up->setObjectName(QStringLiteral("moveUpButton"));
    m_up->setToolTip(tr("Move the selected endpoint up (endpoints are measured and reported in this order)"));
    m_down->setObjectName(QStringLiteral("moveDownButton"));
    m_down->setToolTip(tr("Move the selected endpoint down (endpoints are measured and reported in this order)"));
    for (QPushButton* button : { m_add, m_duplicate, m_remove, m_up, m_down })
        button->setAutoDefault(false);

    m_bodyLabel->setBuddy(m_body->editor());
    m_body->editor()->setToolTip(tr("The JSON body the selected endpoint sends (empty: none); placeholders such as "
                                    "{size} work in its strings, and {\"$repeat\": \"{size}\", \"item\": …} makes an "
                                    "array of {size} items"));
    m_body->setPlaceholderText(tr("no body"));

    m_try->setObjectName(QStringLiteral("tryButton"));
    m_try->setToolTip(tr("Send one request of the selected endpoint now (as record 1, logging in first if needed) "
                         "and show the status, the time and the start of the answer"));
    m_try->setAutoDefault(false);
    m_tryId->setObjectName(QStringLiteral("tryIdEdit"));
    m_tryId->setPlaceholderText(tr("an existing id"));
    m_tryId->setToolTip(tr("The value of {id} in a Try request: the id of a record that exists on the target (the "
                           "run itself uses the records it creates)"));
    m_tryId->setMaximumWidth(160);
    m_tryResult->setObjectName(QStringLiteral("tryResultLabel"));
    m_tryResult->setWordWrap(true);
    levelWith(m_tryResult, m_try);
    m_tryResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tryResult->setToolTip(tr("The answer to the last Try"));
    m_tryResult->setMinimumHeight(m_tryResult->fontMetrics().lineSpacing() * 2);

    auto* buttons = new QVBoxLayout;
    for (QPushButton* button : { m_add, m_duplicate, m_remove, m_up, m_down })
        buttons->addWidget(button);
    buttons->addStretch(1);
    auto* tableRow = new QHBoxLayout;
    tableRow->addWidget(m_view, 1);
    tableRow->addLayout(buttons);

    // The button and the {id} field sit on one line, level with each other; the answer may take several.
    auto* tryControls = new QHBoxLayout;
    tryControls->addWidget(m_try);
    m_tryIdLabel->setBuddy(m_tryId);
    tryControls->addWidget(m_tryIdLabel);
    tryControls->addWidget(m_tryId);
    auto* tryRow = new QHBoxLayout;
    tryRow->addLayout(tryControls);
    tryRow->setAlignment(tryControls, Qt::AlignTop);
    tryRow->addWidget(m_tryResult, 1);

    auto* tableLabel = new QLabel(tr("&Endpoints:"), this);
    tableLabel->setBuddy(m_view);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tableLabel);
    layout->addLayout(tableRow, 3);
    layout->addWidget(m_bodyLabel);
    layout->addWidget(m_body, 2);
    layout->addLayout(tryRow);
    layout->addWidget(issueLabel());

    setTabOrder(m_view, m_add);
    setTabOrder(m_add, m_duplicate);
    setTabOrder(m_duplicate, m_remove);
    setTabOrder(m_remove, m_up);
    setTabOrder(m_up, m_down);
    setTabOrder(m_down, m_body->editor());

    connect(m_model, &EndpointsModel::changed, this, [this] {
        updateButtons();
        inputChanged();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &EndpointsPage::loadBody);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        loadBody();
        updateButtons();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &EndpointsPage::updateButtons);
    connect(m_body, &BodyEditor::changed, this, [this] {
        const int row = currentRow();
        if (row >= 0)
            m_model->setBody(row, m_body->text(), m_body->isRaw());
    });
    connect(m_add, &QPushButton::clicked, this, &EndpointsPage::addEndpoint);
    connect(m_duplicate, &QPushButton::clicked, this, &EndpointsPage::duplicateCurrent);
    connect(m_remove, &QPushButton::clicked, this, &EndpointsPage::removeSelected);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(+1); });
    connect(m_try, &QPushButton::clicked, this, &EndpointsPage::tryCurrent);
    connect(m_probe, &RequestProbe::finished, this, &EndpointsPage::showTryResult);

    updateButtons();
    loadBody();
}

EndpointsPage::~EndpointsPage() = default;

QStringList EndpointsPage::issuePrefixes() const
{
    // "a sweep needs {size} in at least one endpoint" is reported at dataset.mode, but is fixed here as often.
    return { QStringLiteral("endpoints"), QStringLiteral("dataset.mode") };
}

QList<PlanIssue> EndpointsPage::inputIssues() const { return m_model->inputIssues(); }

QString EndpointsPage::fieldLabel(const QString& path) const
{
    static const QRegularExpression endpointPath(QStringLiteral("^endpoints\\[(\\d+)\\](?:\\.([a-z_]+))?"));
    if (path == QLatin1String("dataset.mode"))
        return tr("Dataset mode");
    if (path == QLatin1String("endpoints"))
        return tr("Endpoints");
    const QRegularExpressionMatch match = endpointPath.match(path);
    if (!match.hasMatch())
        return {};
    const int row = match.captured(1).toInt();
    const QString key = match.captured(2);
    QString field;
    if (key == QLatin1String("name"))
        field = tr("name");
    else if (key == QLatin1String("method"))
        field = tr("method");
    else if (key == QLatin1String("path"))
        field = tr("path");
    else if (key == QLatin1String("expect"))
        field = tr("expected status");
    else if (key == QLatin1String("body") || key == QLatin1String("body_text"))
        field = tr("body");
    else if (key == QLatin1String("headers"))
        field = tr("headers");
    else if (key == QLatin1String("weight"))
        field = tr("weight");
    const QString name = m_model->endpoint(row).name.trimmed();
    const QString endpoint = name.isEmpty()
        //: %1 = endpoint number (1-based)
        ? tr("Endpoint %1").arg(row + 1)
        //: %1 = endpoint number (1-based), %2 = its name
        : tr("Endpoint %1 \"%2\"").arg(row + 1).arg(name);
    //: %1 = "Endpoint 2 "List items"", %2 = the field ("path")
    return field.isEmpty() ? endpoint : tr("%1, %2").arg(endpoint, field);
}

void EndpointsPage::loadPlan(const Plan& plan)
{
    m_model->setEndpoints(plan.endpoints);
    if (m_model->rowCount() > 0)
        setCurrentRow(0);
    m_tryResult->clear();
    updateForTest();
    inputChanged();
}

void EndpointsPage::applyTo(Plan& plan) const { plan.endpoints = m_model->endpoints(); }

void EndpointsPage::initializePage() { updateForTest(); }

void EndpointsPage::updateForTest()
{
    const bool load = runWizard() && runWizard()->isLoadTest();
    m_view->setColumnHidden(EndpointsModel::WeightColumn, !load);
    setSubTitle(load ? tr("The requests the load test sends, each in proportion to its weight (0: not sent).")
                     : tr("The requests whose latency is measured at every dataset size."));
}

int EndpointsPage::currentRow() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void EndpointsPage::setCurrentRow(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_view->selectionModel()->clear();
        return;
    }
    m_view->selectionModel()->setCurrentIndex(
        m_model->index(row, EndpointsModel::NameColumn), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void EndpointsPage::updateButtons()
{
    const int row = currentRow();
    const int rows = m_model->rowCount();
    m_duplicate->setEnabled(row >= 0);
    m_remove->setEnabled(m_view->selectionModel()->hasSelection());
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < rows);
    m_try->setEnabled(row >= 0 && !m_probe->isRunning() && !m_waitingForLogin);
    // The {id} field matters only for an endpoint that uses {id}.
    const EndpointConfig endpoint = m_model->endpoint(row);
    const bool usesId = TemplateExpander::placeholders(endpoint.request.path).contains(QStringLiteral("id"))
        || m_model->bodyText(row).contains(QLatin1String("{id}"));
    m_tryId->setEnabled(row >= 0 && usesId);
    m_tryIdLabel->setEnabled(row >= 0 && usesId);
    m_body->setEnabled(row >= 0);
    m_bodyLabel->setEnabled(row >= 0);
}

void EndpointsPage::loadBody()
{
    const int row = currentRow();
    const QSignalBlocker blocker(m_body);
    m_body->setRaw(m_model->isRawBody(row));
    m_body->setText(m_model->bodyText(row));
}

void EndpointsPage::addEndpoint()
{
    const Plan plan = currentPlan();
    EndpointConfig endpoint;
    //: default name of a new endpoint; %1 = its number
    endpoint.name = tr("Endpoint %1").arg(m_model->rowCount() + 1);
    // The seed request's collection is the likeliest thing to measure first.
    endpoint.request.path = plan.dataset.seed && !plan.dataset.seed->path.isEmpty() ? plan.dataset.seed->path
                                                                                    : QStringLiteral("/");
    const int current = currentRow();
    const int row = m_model->insertEndpoint(endpoint, current < 0 ? -1 : current + 1);
    setCurrentRow(row);
    if (m_view->isVisible()) {
        // Straight into typing the name.
        m_view->setFocus();
        m_view->edit(m_model->index(row, EndpointsModel::NameColumn));
    }
}

void EndpointsPage::removeSelected()
{
    QList<int> rows;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty() && currentRow() >= 0)
        rows.append(currentRow());
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (const int row : rows)
        m_model->removeRow(row);
    if (m_model->rowCount() > 0)
        setCurrentRow(std::min(rows.isEmpty() ? 0 : rows.constLast(), m_model->rowCount() - 1));
    loadBody();
    updateButtons();
}

void EndpointsPage::duplicateCurrent()
{
    const int row = m_model->duplicateEndpoint(currentRow());
    if (row >= 0)
        setCurrentRow(row);
}

void EndpointsPage::moveCurrent(int delta)
{
    const int row = currentRow();
    if (m_model->moveEndpoint(row, delta))
        setCurrentRow(row + delta);
}

void EndpointsPage::tryCurrent()
{
    const int row = currentRow();
    if (row < 0) {
        showResult(m_tryResult, tr("Select an endpoint first."), Tone::Bad);
        return;
    }
    const Plan plan = currentPlan();
    const QString prefix = QStringLiteral("endpoints[%1]").arg(row);
    QList<PlanIssue> issues;
    for (const PlanIssue& issue : m_model->inputIssues() + validatePlan(plan)) {
        if (pathHasPrefix(issue.path, prefix) || pathHasPrefix(issue.path, QStringLiteral("target")))
            issues.append(issue);
    }
    if (!issues.isEmpty()) {
        showResult(m_tryResult, tr("Fix this first: %1").arg(describeIssue(issues.constFirst())), Tone::Bad);
        return;
    }
    m_tryRow = row;
    RunWizard* owner = runWizard();
    if (owner && plan.auth.kind == AuthKind::Login && !owner->hasLoginToken() && !owner->password().isEmpty()) {
        connect(owner, &RunWizard::loginFinished, this, &EndpointsPage::onLoginFinished, Qt::UniqueConnection);
        m_waitingForLogin = true;
        updateButtons();
        showResult(m_tryResult, tr("Logging in first…"), Tone::Neutral);
        owner->logIn();
        return;
    }
    sendTry();
}

void EndpointsPage::onLoginFinished(bool succeeded, const QString& message)
{
    if (!m_waitingForLogin)
        return; // a "Test login" on the authentication page
    m_waitingForLogin = false;
    updateButtons();
    if (!succeeded) {
        showResult(m_tryResult, message, Tone::Bad);
        return;
    }
    sendTry();
}

void EndpointsPage::sendTry()
{
    const Plan plan = currentPlan();
    if (m_tryRow < 0 || m_tryRow >= plan.endpoints.size())
        return;
    const EndpointConfig& endpoint = plan.endpoints.at(m_tryRow);
    RequestBuilder builder(plan.target, 1);
    TemplateContext context;
    context.n = 1;
    context.size = plan.dataset.sizes.isEmpty() ? 1 : plan.dataset.sizes.constFirst();
    context.id = m_tryId->text().trimmed();
    HttpRequest request = builder.build(endpoint.request, context, false);
    const HttpHeaders auth = runWizard() ? runWizard()->authHeaders() : HttpHeaders {};
    for (const HttpHeader& header : auth) {
        if (headerValue(request.headers, header.name).isEmpty())
            request.headers.append(header);
    }
    m_tryExpected = endpoint.expectedStatus;
    //: %1 = method, %2 = URL
    m_tryRequestLine = tr("%1 %2").arg(QString::fromLatin1(request.method), redactedUrl(request.url));
    if (plan.auth.kind != AuthKind::None && auth.isEmpty())
        m_tryRequestLine += QLatin1Char(' ') + tr("(without credentials: none entered yet)");
    showResult(m_tryResult, tr("%1 …").arg(m_tryRequestLine), Tone::Neutral);
    m_probe->send(request, plan.target.timeoutMs, plan.target.verifyTls);
    updateButtons();
}

void EndpointsPage::showTryResult(const ProbeResult& result)
{
    HttpResult http;
    http.status = result.status;
    http.failure = result.answered ? FailureKind::None : FailureKind::Other;
    const bool succeeded = result.answered && classifyResult(http, m_tryExpected) == FailureKind::None;
    //: %1 = "GET http://host/path", %2 = "HTTP 200 OK in 3 ms" and the start of the answer
    showResult(m_tryResult, tr("%1\n%2").arg(m_tryRequestLine, RequestProbe::describe(result, kTryBodyChars)),
        succeeded ? Tone::Good : Tone::Bad);
    updateButtons();
}

} // namespace scalescope::ui
