// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/reviewpage.h"

#include "engine/requestbuilder.h"
#include "wizard/endpointsmodel.h"
#include "wizard/loadpage.h"
#include "wizard/measurementpage.h"
#include "wizard/runwizard.h"
#include "wizard/thresholdsmodel.h"

#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace scalescope::ui {

namespace {

    QString escaped(const QString& text) { return text.toHtmlEscaped(); }

    /// "POST /api/items/" in a fixed-width font.
    QString requestLine(const RequestTemplate& request)
    {
        return QStringLiteral("<code>%1 %2</code>").arg(escaped(request.method), escaped(request.path));
    }

    QString section(const QString& title, const QString& body)
    {
        return QStringLiteral("<p><b>%1</b><br>%2</p>").arg(escaped(title), body);
    }

} // namespace

ReviewPage::ReviewPage(QWidget* parent)
    : PlanPage(parent)
    , m_name(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_summary(new QTextBrowser(this))
    , m_save(new QPushButton(tr("Save plan &as…"), this))
    , m_saveResult(new QLabel(this))
{
    setObjectName(QStringLiteral("reviewPage"));
    setTitle(tr("Review"));
    setSubTitle(tr("Check the plan, save it to run it again (or from the command line), and start the run."));
    setFinalPage(true);

    m_name->setObjectName(QStringLiteral("planNameEdit"));
    m_name->setPlaceholderText(tr("e.g. Prompts API"));
    m_name->setToolTip(tr("A name for the plan, shown in reports and in the run history"));
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("optional: what is measured and what to expect"));
    m_description->setToolTip(tr("An optional description, shown in reports"));
    // Three whole lines: enough for a paragraph, and no line cut in half.
    const int lines = 3;
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * lines
        + 2 * (m_description->frameWidth() + int(m_description->document()->documentMargin())) + 4);
    m_summary->setObjectName(QStringLiteral("summaryView"));
    m_summary->setOpenLinks(false);
    m_summary->setToolTip(tr("The whole plan as it will run; secrets are never shown or saved"));
    m_save->setObjectName(QStringLiteral("savePlanButton"));
    m_save->setToolTip(tr("Write the plan to a JSON file (without any password or token) to run it again or with "
                          "scalescope-cli"));
    m_save->setAutoDefault(false);
    m_saveResult->setObjectName(QStringLiteral("saveResultLabel"));
    m_saveResult->setWordWrap(true);
    levelWith(m_saveResult, m_save);
    m_saveResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_saveResult->setToolTip(tr("Where the plan was saved"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Plan name:"), m_name);
    form->addRow(tr("&Description:"), m_description);

    auto* saveRow = new QHBoxLayout;
    saveRow->addWidget(m_save, 0, Qt::AlignTop);
    saveRow->addWidget(m_saveResult, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary, 1);
    layout->addLayout(saveRow);
    layout->addWidget(issueLabel());

    bindIssuePath(QStringLiteral("name"), tr("Plan name"), m_name);
    bindIssuePath(QStringLiteral("description"), tr("Description"), m_description);

    connect(m_name, &QLineEdit::textChanged, this, [this] {
        updateSummary();
        inputChanged();
    });
    connect(m_description, &QPlainTextEdit::textChanged, this, &ReviewPage::inputChanged);
    connect(m_save, &QPushButton::clicked, this, &ReviewPage::chooseFileAndSave);
}

ReviewPage::~ReviewPage() = default;

QStringList ReviewPage::issuePrefixes() const
{
    // Everything: the run starts from here, so any problem left on any page must be listed.
    return { QStringLiteral("version"), QStringLiteral("name"), QStringLiteral("description"),
        QStringLiteral("target"), QStringLiteral("auth"), QStringLiteral("dataset"), QStringLiteral("endpoints"),
        QStringLiteral("measurement"), QStringLiteral("load"), QStringLiteral("thresholds") };
}

QList<PlanIssue> ReviewPage::inputIssues() const
{
    const RunWizard* owner = runWizard();
    return owner ? owner->fieldIssues() : QList<PlanIssue> {};
}

QString ReviewPage::fieldLabel(const QString& path) const
{
    if (const RunWizard* owner = runWizard()) {
        const QString label = owner->fieldLabel(path);
        if (!label.isEmpty())
            return label;
    }
    return PlanPage::fieldLabel(path);
}

void ReviewPage::loadPlan(const Plan& plan)
{
    m_name->setText(plan.name);
    m_description->setPlainText(plan.description);
    m_saveResult->clear();
}

void ReviewPage::applyTo(Plan& plan) const
{
    plan.name = m_name->text().trimmed();
    plan.description = m_description->toPlainText().trimmed();
}

void ReviewPage::initializePage()
{
    updateSummary();
    inputChanged();
}

void ReviewPage::updateSummary()
{
    const RunWizard* owner = runWizard();
    m_summary->setHtml(summaryHtml(currentPlan(), owner && !owner->password().isEmpty()));
}

QString ReviewPage::summaryHtml(const Plan& plan, bool hasPassword)
{
    // Two columns (what and how much) so that a whole plan fits the page at 900 × 650 without scrolling.
    QString left;
    QString right;

    // Target
    const TargetConfig& target = plan.target;
    QStringList targetLines;
    //: %1 = base URL, %2 = timeout in ms
    targetLines.append(tr("%1, timeout %2 ms per request")
                           .arg(QStringLiteral("<code>%1</code>").arg(escaped(redactedUrl(target.baseUrl))))
                           .arg(QLocale().toString(target.timeoutMs)));
    QStringList options;
    options.append(target.verifyTls ? tr("TLS certificates verified") : tr("TLS certificates not verified"));
    if (target.http2)
        options.append(tr("HTTP/2"));
    if (!target.proxy.isEmpty())
        options.append(tr("proxy %1").arg(escaped(target.proxy)));
    targetLines.append(options.join(QStringLiteral(", ")));
    if (!target.headers.isEmpty()) {
        QStringList headers;
        for (const HeaderTemplate& header : target.headers)
            headers.append(QStringLiteral("<code>%1: %2</code>").arg(escaped(header.name), escaped(header.value)));
        targetLines.append(tr("Headers: %1").arg(headers.join(QStringLiteral(", "))));
    }
    left += section(tr("Target"), targetLines.join(QStringLiteral("<br>")));

    // Authentication
    const AuthConfig& auth = plan.auth;
    QString password;
    if (hasPassword)
        password = tr("the password typed (kept in memory, not in the plan)");
    else if (!auth.passwordRef.isEmpty())
        password = tr("the password from %1").arg(QStringLiteral("<code>%1</code>").arg(escaped(auth.passwordRef)));
    else
        password = tr("no password entered yet (supply it at run time)");
    QString authText;
    switch (auth.kind) {
    case AuthKind::None:
        authText = tr("None");
        break;
    case AuthKind::Basic:
        //: %1 = user name, %2 = where the password comes from
        authText = tr("HTTP basic as %1, with %2").arg(escaped(auth.username), password);
        break;
    case AuthKind::Bearer:
        authText = auth.tokenRef.isEmpty()
            ? tr("Bearer token (kept in memory, not in the plan)")
            : tr("Bearer token from %1").arg(QStringLiteral("<code>%1</code>").arg(escaped(auth.tokenRef)));
        break;
    case AuthKind::Login:
        //: %1 = user name, %2 = login request, %3 = where the password comes from, %4 = JSON pointer, %5 = header
        authText = tr("Log in as %1 with %2 and %3; the token at %4 is sent as %5")
                       .arg(escaped(auth.username), requestLine(auth.login.request), password,
                           QStringLiteral("<code>%1</code>").arg(escaped(auth.login.tokenPointer)),
                           QStringLiteral("<code>%1: %2</code>")
                               .arg(escaped(auth.login.headerName), escaped(auth.login.headerTemplate)));
        break;
    }
    left += section(tr("Authentication"), authText);

    // Dataset
    const DatasetConfig& dataset = plan.dataset;
    QStringList sizes;
    for (const int size : dataset.sizes)
        sizes.append(QLocale().toString(size));
    QStringList datasetLines;
    if (plan.load && dataset.sizes.isEmpty()) {
        datasetLines.append(tr("None: the load test runs against the data the API has"));
    } else if (dataset.mode == DatasetMode::Seeded) {
        if (plan.load)
            //: %1 = the largest dataset size
            datasetLines.append(tr("Seeded once, to %1 records, before the load").arg(sizes.constLast()));
        else
            //: %1 = list of sizes
            datasetLines.append(tr("Seeded records at the sizes %1").arg(sizes.join(QStringLiteral(", "))));
        if (dataset.seed) {
            const QString idFrom = dataset.idSource == IdSource::LocationHeader
                ? tr("the Location header")
                : QStringLiteral("<code>%1</code>").arg(escaped(dataset.idPointer));
            //: %1 = seed request, %2 = where the id is
            datasetLines.append(tr("Created with %1, id from %2").arg(requestLine(*dataset.seed), idFrom));
        }
        datasetLines.append(dataset.cleanup ? tr("Deleted afterwards with %1").arg(requestLine(*dataset.cleanup))
                                            : tr("The created records stay on the target (no clean-up request)"));
        if (dataset.count)
            datasetLines.append(tr("Counted with %1 at %2")
                                    .arg(requestLine(*dataset.count),
                                        QStringLiteral("<code>%1</code>").arg(escaped(dataset.countPointer))));
    } else {
        datasetLines.append(
            tr("A sweep: {size} takes the values %1 in the endpoints").arg(sizes.join(QStringLiteral(", "))));
    }
    left += section(tr("Dataset"), datasetLines.join(QStringLiteral("<br>")));

    // Endpoints
    QString endpoints;
    if (plan.endpoints.isEmpty()) {
        endpoints = tr("None yet");
    } else {
        endpoints = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
        for (const EndpointConfig& endpoint : plan.endpoints) {
            const QString expect = endpoint.expectedStatus.isEmpty()
                ? tr("any 2xx")
                : EndpointsModel::formatStatuses(endpoint.expectedStatus);
            // A load test sends each endpoint in proportion to its weight (0: not at all).
            const QString weight = plan.load
                ? QStringLiteral("<td>&nbsp;&nbsp;%1</td>").arg(escaped(tr("weight %1").arg(endpoint.weight)))
                : QString();
            endpoints += QStringLiteral("<tr><td>%1&nbsp;&nbsp;</td><td>%2&nbsp;&nbsp;</td><td>%3</td>%4</tr>")
                             .arg(escaped(endpoint.name), requestLine(endpoint.request), escaped(expect), weight);
        }
        endpoints += QStringLiteral("</table>");
    }
    right += QStringLiteral("<p><b>%1</b></p>%2")
                .arg(escaped(tr("Endpoints (%n)", nullptr, int(plan.endpoints.size()))), endpoints);

    // Measurement: a scale sweep's iterations and order, or the load test's schedule.
    if (plan.load) {
        QStringList loadLines;
        for (const QString& line : LoadPage::describe(*plan.load))
            loadLines.append(escaped(line));
        right += section(tr("Load"), loadLines.join(QStringLiteral("<br>")));
    } else {
        const MeasurementConfig& measurement = plan.measurement;
        QStringList measurementLines;
        //: %1 = measured requests, %2 = warm-up requests
        measurementLines.append(tr("Per endpoint and size: %1 measured + %2 warm-up requests")
                                    .arg(QLocale().toString(measurement.iterations), QLocale().toString(measurement.warmup)));
        measurementLines.append(measurement.concurrent
                ? tr("Concurrent, %n request(s) in flight", nullptr, measurement.maxWorkers)
                : tr("Sequential, one request at a time"));
        if (measurement.order == MeasurementConfig::Order::Interleaved)
            //: %1 = requests per turn
            measurementLines.append(
                tr("Interleaved: endpoints take turns, %1 at a time").arg(QLocale().toString(measurement.block)));
        else
            measurementLines.append(tr("Grouped: one endpoint after another"));
        if (measurement.minDurationMs > 0)
            measurementLines.append(tr("Each endpoint measured for at least %1 ms at each size")
                                        .arg(QLocale().toString(measurement.minDurationMs)));
        measurementLines.append(escaped(MeasurementPage::estimate(plan)));
        right += section(tr("Measurement"), measurementLines.join(QStringLiteral("<br>")));
    }

    // Thresholds
    QStringList thresholds;
    for (const Threshold& threshold : plan.thresholds) {
        const QString who = threshold.endpoint.isEmpty() ? ThresholdsModel::allEndpointsLabel() : threshold.endpoint;
        //: %1 = endpoint or "All endpoints", %2 = metric, %3 = limit ("< 300 ms")
        thresholds.append(escaped(tr("%1: %2 %3")
                                      .arg(who, ThresholdsModel::metricLabel(threshold.metric),
                                          ThresholdsModel::limitText(threshold))));
    }
    right += section(tr("Thresholds"), thresholds.isEmpty() ? tr("None") : thresholds.join(QStringLiteral("<br>")));

    QString html;
    if (!plan.name.isEmpty())
        html += QStringLiteral("<h3>%1</h3>").arg(escaped(plan.name));
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                           "<td width=\"50%\" valign=\"top\" style=\"padding-right: 12px\">%1</td>"
                           "<td width=\"50%\" valign=\"top\">%2</td></tr></table>")
                .arg(left, right);
    return html;
}

bool ReviewPage::savePlan(const QString& fileName)
{
    // planToJsonBytes() writes only secret references: the plan value never holds a password or token.
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(planToJsonBytes(currentPlan())) < 0 || !file.commit()) {
        //: %1 = file name, %2 = reason
        showResult(m_saveResult, tr("Cannot save %1: %2").arg(QDir::toNativeSeparators(fileName), file.errorString()),
            Tone::Bad);
        return false;
    }
    showResult(m_saveResult, tr("Saved to %1").arg(QDir::toNativeSeparators(fileName)), Tone::Good);
    return true;
}

void ReviewPage::chooseFileAndSave()
{
    QString suggestion = m_name->text().trimmed().toLower();
    static const QRegularExpression unsafe(QStringLiteral("[^a-z0-9_-]+"));
    suggestion.replace(unsafe, QStringLiteral("-"));
    if (suggestion.isEmpty())
        suggestion = QStringLiteral("plan");
    const QString fileName = QFileDialog::getSaveFileName(this, tr("Save plan"),
        QDir::home().filePath(suggestion + QStringLiteral(".json")), tr("ScaleScope plans (*.json);;All files (*)"));
    if (!fileName.isEmpty())
        savePlan(fileName);
}

} // namespace scalescope::ui
