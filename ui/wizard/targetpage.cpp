// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/targetpage.h"

#include "engine/requestbuilder.h"
#include "wizard/requestprobe.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace scalescope::ui {

namespace {
    constexpr int kMaxTimeoutMs = 3600000; // the plan format's limit
    constexpr int kCheckTimeoutMs = 10000; // a connection check need not wait as long as a measured request
} // namespace

TargetPage::TargetPage(QWidget* parent)
    : PlanPage(parent)
    , m_baseUrl(new QLineEdit(this))
    , m_timeout(new QSpinBox(this))
    , m_verifyTls(new QCheckBox(tr("Verify TLS c&ertificates"), this))
    , m_http2(new QCheckBox(tr("Use HTTP/&2 (measured through Qt's network stack)"), this))
    , m_proxy(new QLineEdit(this))
    , m_headers(new QTableWidget(0, 2, this))
    , m_addHeader(new QPushButton(tr("&Add header"), this))
    , m_removeHeader(new QPushButton(tr("&Remove header"), this))
    , m_check(new QPushButton(tr("Check &connection"), this))
    , m_checkResult(new QLabel(this))
    , m_probe(new RequestProbe(this))
{
    setObjectName(QStringLiteral("targetPage"));
    setTitle(tr("Target"));
    setSubTitle(tr("The API to measure: where it is and how every request to it is sent."));

    m_baseUrl->setObjectName(QStringLiteral("baseUrlEdit"));
    m_baseUrl->setPlaceholderText(QStringLiteral("http://localhost:8000"));
    m_baseUrl->setClearButtonEnabled(true);
    m_baseUrl->setToolTip(tr("Scheme, host and port of the API, optionally with a path prefix "
                             "(https://api.example.org/v2); every request path is appended to it"));

    m_timeout->setObjectName(QStringLiteral("timeoutSpin"));
    m_timeout->setRange(1, kMaxTimeoutMs);
    m_timeout->setSingleStep(1000);
    m_timeout->setSuffix(tr(" ms"));
    m_timeout->setGroupSeparatorShown(true);
    m_timeout->setToolTip(tr("How long one request may take before it counts as a timeout error"));
    m_timeout->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_timeout->setMinimumWidth(140);

    m_verifyTls->setObjectName(QStringLiteral("verifyTlsCheck"));
    m_verifyTls->setToolTip(tr("Reject servers whose certificate is not trusted; turn off only for test servers "
                               "with self-signed certificates"));
    m_http2->setObjectName(QStringLiteral("http2Check"));
    m_http2->setToolTip(tr("Measure with HTTP/2 through QNetworkAccessManager; it adds its own overhead "
                           "(a few milliseconds) to every latency"));

    m_proxy->setObjectName(QStringLiteral("proxyEdit"));
    m_proxy->setPlaceholderText(tr("none (e.g. http://proxy:3128)"));
    m_proxy->setClearButtonEnabled(true);
    m_proxy->setToolTip(tr("Send the requests through this proxy (http:// or socks5://, no password); measured "
                           "through Qt's network stack"));

    m_headers->setObjectName(QStringLiteral("headersTable"));
    m_headers->setHorizontalHeaderLabels({ tr("Name"), tr("Value") });
    m_headers->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_headers->horizontalHeader()->setStretchLastSection(true);
    m_headers->setColumnWidth(0, 200);
    m_headers->verticalHeader()->setVisible(false);
    m_headers->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_headers->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    m_headers->setToolTip(tr("Headers sent with every request (not the login's authentication header); values may "
                             "use placeholders such as {env:API_KEY}"));
    m_headers->setMinimumHeight(90);
    m_headers->setMaximumHeight(170);
    m_addHeader->setObjectName(QStringLiteral("addHeaderButton"));
    m_addHeader->setToolTip(tr("Add a header sent with every request"));
    m_removeHeader->setObjectName(QStringLiteral("removeHeaderButton"));
    m_removeHeader->setToolTip(tr("Remove the selected headers"));

    m_check->setObjectName(QStringLiteral("checkConnectionButton"));
    m_check->setToolTip(tr("Send one GET request to the base URL and show what the server answers"));
    m_checkResult->setObjectName(QStringLiteral("connectionResultLabel"));
    m_checkResult->setWordWrap(true);
    levelWith(m_checkResult, m_check);
    m_checkResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_checkResult->setToolTip(tr("The answer to the last connection check"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Base &URL:"), m_baseUrl);
    form->addRow(tr("&Timeout per request:"), m_timeout);
    form->addRow(QString(), m_verifyTls);
    form->addRow(QString(), m_http2);
    form->addRow(tr("&Proxy:"), m_proxy);

    auto* headerButtons = new QVBoxLayout;
    headerButtons->addWidget(m_addHeader);
    headerButtons->addWidget(m_removeHeader);
    headerButtons->addStretch(1);
    auto* headerRow = new QHBoxLayout;
    headerRow->addWidget(m_headers, 1);
    headerRow->addLayout(headerButtons);
    auto* headersLabel = new QLabel(tr("Default &headers:"), this);
    headersLabel->setBuddy(m_headers);
    form->addRow(headersLabel, headerRow);

    auto* checkRow = new QHBoxLayout;
    checkRow->addWidget(m_check, 0, Qt::AlignTop);
    checkRow->addWidget(m_checkResult, 1);
    form->addRow(QString(), checkRow);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(issueLabel());

    bindIssuePath(QStringLiteral("target.base_url"), tr("Base URL"), m_baseUrl);
    bindIssuePath(QStringLiteral("target.timeout_ms"), tr("Timeout"), m_timeout);
    bindIssuePath(QStringLiteral("target.proxy"), tr("Proxy"), m_proxy);
    bindIssuePath(QStringLiteral("target.headers"), tr("Default headers"), m_headers);

    connect(m_baseUrl, &QLineEdit::textChanged, this, [this] {
        m_checkResult->clear();
        inputChanged();
    });
    connect(m_timeout, &QSpinBox::valueChanged, this, [this](int value) {
        inputChanged();
        Q_EMIT timeoutChanged(value);
    });
    connect(m_verifyTls, &QCheckBox::toggled, this, &TargetPage::inputChanged);
    connect(m_http2, &QCheckBox::toggled, this, &TargetPage::inputChanged);
    connect(m_proxy, &QLineEdit::textChanged, this, &TargetPage::inputChanged);
    connect(m_headers, &QTableWidget::itemChanged, this, &TargetPage::inputChanged);
    connect(m_headers, &QTableWidget::itemSelectionChanged, this,
        [this] { m_removeHeader->setEnabled(!m_headers->selectedItems().isEmpty()); });
    connect(m_addHeader, &QPushButton::clicked, this, [this] {
        addHeaderRow({}, {});
        const int row = m_headers->rowCount() - 1;
        m_headers->setCurrentCell(row, 0);
        m_headers->editItem(m_headers->item(row, 0));
    });
    connect(m_removeHeader, &QPushButton::clicked, this, [this] {
        QList<int> rows;
        for (const QTableWidgetItem* item : m_headers->selectedItems())
            if (!rows.contains(item->row()))
                rows.append(item->row());
        std::sort(rows.begin(), rows.end(), std::greater<>());
        for (const int row : rows)
            m_headers->removeRow(row);
        inputChanged();
    });
    connect(m_check, &QPushButton::clicked, this, &TargetPage::checkConnection);
    connect(m_probe, &RequestProbe::finished, this, &TargetPage::showProbeResult);
    m_removeHeader->setEnabled(false);
}

TargetPage::~TargetPage() = default;

QStringList TargetPage::issuePrefixes() const { return { QStringLiteral("target") }; }

void TargetPage::addHeaderRow(const QString& name, const QString& value)
{
    const QSignalBlocker blocker(m_headers);
    const int row = m_headers->rowCount();
    m_headers->insertRow(row);
    m_headers->setItem(row, 0, new QTableWidgetItem(name));
    m_headers->setItem(row, 1, new QTableWidgetItem(value));
}

void TargetPage::loadPlan(const Plan& plan)
{
    const TargetConfig& target = plan.target;
    m_baseUrl->setText(target.baseUrl.toString());
    m_timeout->setValue(target.timeoutMs);
    m_verifyTls->setChecked(target.verifyTls);
    m_http2->setChecked(target.http2);
    m_proxy->setText(target.proxy);
    m_headers->setRowCount(0);
    for (const HeaderTemplate& header : target.headers)
        addHeaderRow(header.name, header.value);
    m_checkResult->clear();
    inputChanged();
}

void TargetPage::applyTo(Plan& plan) const
{
    TargetConfig& target = plan.target;
    // The plan reader's mode, so that a typed URL and a loaded one compare equal.
    target.baseUrl = QUrl(m_baseUrl->text().trimmed(), QUrl::StrictMode);
    target.timeoutMs = m_timeout->value();
    target.verifyTls = m_verifyTls->isChecked();
    target.http2 = m_http2->isChecked();
    target.proxy = m_proxy->text().trimmed();
    target.headers.clear();
    for (int row = 0; row < m_headers->rowCount(); ++row) {
        const QTableWidgetItem* name = m_headers->item(row, 0);
        const QTableWidgetItem* value = m_headers->item(row, 1);
        const QString nameText = name ? name->text().trimmed() : QString();
        const QString valueText = value ? value->text() : QString();
        if (nameText.isEmpty() && valueText.isEmpty())
            continue; // a row just added and not filled in yet
        target.headers.append(HeaderTemplate { nameText, valueText });
    }
}

void TargetPage::setTimeoutMs(int timeoutMs)
{
    if (m_timeout->value() != timeoutMs)
        m_timeout->setValue(timeoutMs);
}

void TargetPage::checkConnection()
{
    const Plan plan = currentPlan();
    for (const PlanIssue& issue : validatePlan(plan)) {
        if (pathHasPrefix(issue.path, QStringLiteral("target.base_url"))) {
            showResult(m_checkResult, tr("Fix the base URL first: %1").arg(issue.message), Tone::Bad);
            return;
        }
    }
    RequestBuilder builder(plan.target, 1);
    RequestTemplate request; // GET of the base URL itself
    const HttpRequest http = builder.build(request, TemplateContext {}, false);
    showResult(m_checkResult, tr("Connecting to %1…").arg(redactedUrl(http.url)), Tone::Neutral);
    m_probe->send(http, std::min(plan.target.timeoutMs, kCheckTimeoutMs), plan.target.verifyTls);
}

void TargetPage::showProbeResult(const ProbeResult& result)
{
    if (!result.answered) {
        showResult(m_checkResult, result.error, Tone::Bad);
        return;
    }
    ProbeResult statusOnly = result;
    statusOnly.body.clear();
    QString text = RequestProbe::describe(statusOnly);
    if (result.status >= 400)
        text = tr("%1 — the server answers (the base URL itself need not be a page)").arg(text);
    showResult(m_checkResult, text, Tone::Good);
}

} // namespace scalescope::ui
