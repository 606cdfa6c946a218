// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The run wizard: fields → plan (data-driven), invalid input keeps Next disabled with a message naming the field,
// plans round-trip, secrets stay out of the plan, the network buttons against the in-process demo target, and the
// keychain fallback.
#include "demotargetthread.h"
#include "load/loadtypes.h"
#include "nettesting.h"
#include "plan/planparser.h"
#include "theme.h"
#include "wizard/authpage.h"
#include "wizard/datasetpage.h"
#include "wizard/endpointsmodel.h"
#include "wizard/endpointspage.h"
#include "wizard/loadpage.h"
#include "wizard/reviewpage.h"
#include "wizard/runwizard.h"
#include "wizard/secretstore.h"
#include "wizard/thresholdsmodel.h"
#include "wizard/thresholdspage.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonObject>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStyleFactory>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace scalescope;
using namespace scalescope::ui;

/// Widget edits in order: object name → value. Special names: "headers" (QStringList "Name=value"),
/// "endpoints" (QStringList "name|METHOD|path|expect"), "endpoint:<row>:<column>", "endpointBody:<row>",
/// "thresholds" (QStringList "endpoint|metric label|limit"), "removeAllEndpoints".
using Edits = QList<QPair<QString, QVariant>>;
Q_DECLARE_METATYPE(Edits)
Q_DECLARE_METATYPE(scalescope::Plan)

namespace {

Plan loadPlan(const QString& relativePath)
{
    const Result<Plan> plan = loadPlanFile(QStringLiteral(SCALESCOPE_SOURCE_DIR "/") + relativePath);
    if (!plan.ok())
        qFatal("cannot load %s: %s", qPrintable(relativePath), qPrintable(plan.error().message));
    return plan.value();
}

Plan demoPlan() { return loadPlan(QStringLiteral("resources/plans/demo.json")); }

/// A default load section. Out of line: GCC 12 inlines LoadConfig's QList initializer into the long _data()
/// functions and then warns (-Wmaybe-uninitialized) about the initializer_list's backing array.
Q_NEVER_INLINE LoadConfig defaultLoad() { return LoadConfig {}; }

Plan demoLoadPlan() { return loadPlan(QStringLiteral("resources/plans/demo-load.json")); }

/// The demo's load plan as a test of @p kind and @p model, with every field of that kind set to a value that is not
/// the default (so that a field the wizard dropped would show).
Plan loadVariant(LoadConfig::Kind kind, LoadConfig::Model model)
{
    Plan plan = demoLoadPlan();
    LoadConfig& load = *plan.load;
    load.kind = kind;
    load.model = model;
    load.users = 12;
    load.spawnRate = 2.5;
    load.thinkMinMs = model == LoadConfig::Model::Closed ? 100 : 0;
    load.thinkMaxMs = model == LoadConfig::Model::Closed ? 250 : 0;
    load.rate = 333.333;
    load.rampToRate = kind == LoadConfig::Kind::Load && model == LoadConfig::Model::Open ? 900 : 0;
    load.maxInFlight = 77;
    load.step = 12.5;
    load.maxLevel = 1200;
    load.stepDurationMs = 2500;
    load.stopErrorRatePercent = 0;
    load.stopP95Ms = 125.5;
    load.stopOnThroughputPlateau = false;
    load.recoveryMs = 0;
    load.intervalMs = 15000;
    load.durationMs = 45000;
    load.warmupMs = 250;
    load.connections = 40; // no field edits it: it must survive anyway
    load.levels = { 1, 3, 9, 27 };
    if (kind == LoadConfig::Kind::Endurance)
        load.memoryPid = 4242;
    else if (kind == LoadConfig::Kind::Load)
        load.memoryMetricsUrl = QStringLiteral("http://127.0.0.1:9100/metrics");
    plan.endpoints[1].weight = 0;
    return plan;
}

template <typename T> T* widget(const RunWizard& wizard, const QString& name)
{
    return wizard.findChild<T*>(name);
}

void goTo(RunWizard& wizard, RunWizard::PageId id)
{
    if (wizard.currentId() == -1 || wizard.currentId() > id)
        wizard.restart();
    while (wizard.currentId() != id && wizard.currentId() != -1)
        wizard.next();
}

EndpointsPage* endpointsPage(const RunWizard& wizard)
{
    return qobject_cast<EndpointsPage*>(wizard.planPage(RunWizard::EndpointsPageId));
}

ThresholdsPage* thresholdsPage(const RunWizard& wizard)
{
    return qobject_cast<ThresholdsPage*>(wizard.planPage(RunWizard::ThresholdsPageId));
}

QString issueText(const RunWizard& wizard, RunWizard::PageId id)
{
    const auto* label = wizard.planPage(id)->findChild<QLabel*>(QStringLiteral("issueLabel"));
    return label && !label->isHidden() ? label->text() : QString();
}

/// Applies one edit as a user would (through the widget, or the view's model as its delegate does).
bool applyEdit(RunWizard& wizard, const QString& name, const QVariant& value)
{
    EndpointsPage* endpoints = endpointsPage(wizard);
    if (name == QLatin1String("endpoints")) {
        for (const QString& line : value.toStringList()) {
            const QStringList parts = line.split(QLatin1Char('|'));
            widget<QPushButton>(wizard, QStringLiteral("addEndpointButton"))->click();
            QAbstractItemModel* model = endpoints->view()->model();
            const int row = endpoints->currentRow();
            for (int column = 0; column < parts.size(); ++column)
                if (!model->setData(model->index(row, column), parts.at(column)))
                    return false;
        }
        return true;
    }
    if (name == QLatin1String("removeAllEndpoints")) {
        endpoints->view()->selectAll();
        widget<QPushButton>(wizard, QStringLiteral("removeEndpointButton"))->click();
        return endpoints->model()->rowCount() == 0;
    }
    if (name.startsWith(QLatin1String("endpoint:"))) {
        const QStringList parts = name.split(QLatin1Char(':'));
        QAbstractItemModel* model = endpoints->view()->model();
        return model->setData(model->index(parts.at(1).toInt(), parts.at(2).toInt()), value);
    }
    if (name.startsWith(QLatin1String("endpointBody:"))) {
        endpoints->setCurrentRow(name.section(QLatin1Char(':'), 1).toInt());
        widget<QPlainTextEdit>(wizard, QStringLiteral("endpointBodyEdit"))->setPlainText(value.toString());
        return true;
    }
    if (name == QLatin1String("thresholds")) {
        ThresholdsPage* page = thresholdsPage(wizard);
        page->model()->setThresholds({});

        for (const QString& line : value.toStringList()) {
            const QStringList parts = line.split(QLatin1Char('|'));
            widget<QPushButton>(wizard, QStringLiteral("addThresholdButton"))->click();
            QAbstractItemModel* model = page->view()->model();
            const int row = model->rowCount() - 1;
            // Endpoint names are offered as the thresholds page is entered.
            page->initializePage();
            for (int column = 0; column < parts.size(); ++column) {
                const QVariant cell = column == ThresholdsModel::LimitColumn && parts.at(1) != QLatin1String("scaling")
                    ? QVariant(parts.at(column).toDouble())
                    : QVariant(parts.at(column));
                if (!model->setData(model->index(row, column), cell))
                    return false;
            }
        }
        return true;
    }
    if (name == QLatin1String("headers")) {
        auto* table = widget<QTableWidget>(wizard, QStringLiteral("headersTable"));
        table->setRowCount(0);
        for (const QString& line : value.toStringList()) {
            widget<QPushButton>(wizard, QStringLiteral("addHeaderButton"))->click();
            const int row = table->rowCount() - 1;
            table->item(row, 0)->setText(line.section(QLatin1Char('='), 0, 0));
            table->item(row, 1)->setText(line.section(QLatin1Char('='), 1));
        }
        return true;
    }
    QWidget* target = wizard.findChild<QWidget*>(name);
    if (!target) {
        qWarning("no widget named %s", qPrintable(name));
        return false;
    }
    if (auto* edit = qobject_cast<QLineEdit*>(target)) {
        edit->setText(value.toString());
    } else if (auto* spin = qobject_cast<QSpinBox*>(target)) {
        spin->setValue(value.toInt());
    } else if (auto* number = qobject_cast<QDoubleSpinBox*>(target)) {
        number->setValue(value.toDouble());
    } else if (auto* combo = qobject_cast<QComboBox*>(target)) {
        const int index = value.typeId() == QMetaType::Int ? combo->findData(value) : combo->findText(value.toString());
        if (index < 0)
            return false;
        combo->setCurrentIndex(index);
    } else if (auto* text = qobject_cast<QPlainTextEdit*>(target)) {
        text->setPlainText(value.toString());
    } else if (auto* button = qobject_cast<QAbstractButton*>(target)) {
        if (button->isCheckable())
            button->setChecked(value.toBool());
        else
            button->click();
    } else {
        qWarning("do not know how to edit %s", qPrintable(name));
        return false;
    }
    return true;
}

bool applyEdits(RunWizard& wizard, const Edits& edits)
{
    for (const auto& [name, value] : edits) {
        if (!applyEdit(wizard, name, value)) {
            qWarning("edit of %s failed", qPrintable(name));
            return false;
        }
    }
    return true;
}

/// Plans compare as values; on a difference their JSON shows where.
#define COMPARE_PLANS(actual, expected)                                                                                \
    do {                                                                                                               \
        const Plan actualPlan = (actual);                                                                              \
        const Plan expectedPlan = (expected);                                                                          \
        if (!(actualPlan == expectedPlan)) {                                                                           \
            QCOMPARE(QString::fromUtf8(planToJsonBytes(actualPlan)), QString::fromUtf8(planToJsonBytes(expectedPlan))); \
            QFAIL("the plans differ in something their JSON does not show");                                          \
        }                                                                                                              \
    } while (false)

bool isInsidePlanPage(const QWidget* widget)
{
    for (const QObject* parent = widget->parent(); parent; parent = parent->parent()) {
        if (qobject_cast<const PlanPage*>(parent))
            return true;
    }
    return false;
}

/// Widgets a user edits or presses (not the internals of compound widgets).
bool isInput(const QWidget* widget)
{
    const QObject* parent = widget->parent();
    if (widget->objectName().startsWith(QLatin1String("qt_")) || qobject_cast<const QAbstractSpinBox*>(parent)
        || qobject_cast<const QComboBox*>(parent) || qobject_cast<const QAbstractItemView*>(parent)
        || qobject_cast<const QLineEdit*>(parent))
        return false;
    return qobject_cast<const QLineEdit*>(widget) || qobject_cast<const QAbstractSpinBox*>(widget)
        || qobject_cast<const QComboBox*>(widget) || qobject_cast<const QAbstractButton*>(widget)
        || qobject_cast<const QPlainTextEdit*>(widget) || qobject_cast<const QTextEdit*>(widget)
        || qobject_cast<const QAbstractItemView*>(widget);
}

} // namespace

class TestRunWizard : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // The wizard tests must not touch a developer's real keychain; keychainFallsBackToMemory() turns it on.
        qputenv("SCALESCOPE_NO_KEYCHAIN", "1");
        const Result<QUrl> url = m_target.start(demo::DemoTargetOptions {});
        QVERIFY2(url.ok(), "the demo target did not start");
        m_url = url.value();
    }

    void defaultsAreTheScaleTestOnes()
    {
        RunWizard wizard;
        const Plan plan = wizard.plan();
        QCOMPARE(plan.target.baseUrl, QUrl(QStringLiteral("http://localhost:8000")));
        QCOMPARE(plan.auth.kind, AuthKind::Login);
        QCOMPARE(plan.auth.username, QStringLiteral("admin"));
        QCOMPARE(plan.dataset.sizes, (QList<int> { 10, 50, 100, 200, 500 }));
        QCOMPARE(plan.measurement.iterations, 10);
        QCOMPARE(plan.measurement.maxWorkers, 5);
        QCOMPARE(plan.measurement.order, MeasurementConfig::Order::Interleaved);
        QCOMPARE(plan.measurement.block, 5);
        QCOMPARE(plan.measurement.minDurationMs, 1000);
        QCOMPARE(plan.thresholds.size(), 5);
        QCOMPARE(wizard.buttonText(QWizard::FinishButton), QStringLiteral("&Start run"));
        // A new plan has no endpoints yet: that page (and only that one among the first) is incomplete.
        QVERIFY(wizard.planPage(RunWizard::TargetPageId)->isComplete());
        QVERIFY(wizard.planPage(RunWizard::AuthPageId)->isComplete());
        QVERIFY(wizard.planPage(RunWizard::DatasetPageId)->isComplete());
        QVERIFY(!wizard.planPage(RunWizard::EndpointsPageId)->isComplete());
    }

    void fieldsFillThePlan_data()
    {
        QTest::addColumn<Edits>("edits");
        QTest::addColumn<Plan>("expected");
        const Plan defaults = defaultWizardPlan();

        QTest::addRow("nothing edited") << Edits {} << defaults;
        {
            Plan plan = defaults;
            plan.target.baseUrl = QUrl(QStringLiteral("https://api.example.org/v2"));
            plan.target.timeoutMs = 2500;
            plan.target.verifyTls = false;
            plan.target.http2 = true;
            plan.target.proxy = QStringLiteral("http://proxy:3128");
            plan.target.headers = { { QStringLiteral("Accept"), QStringLiteral("text/plain") },
                { QStringLiteral("X-Trace"), QStringLiteral("{uuid}") } };
            QTest::addRow("target") << Edits { { QStringLiteral("baseUrlEdit"), QStringLiteral(" https://api.example.org/v2 ") },
                { QStringLiteral("timeoutSpin"), 2500 }, { QStringLiteral("verifyTlsCheck"), false },
                { QStringLiteral("http2Check"), true }, { QStringLiteral("proxyEdit"), QStringLiteral("http://proxy:3128") },
                { QStringLiteral("headers"), QStringList { QStringLiteral("Accept=text/plain"), QStringLiteral("X-Trace={uuid}") } } }
                                    << plan;
        }
        {
            Plan plan = defaults;
            plan.auth.kind = AuthKind::Basic;
            plan.auth.username = QStringLiteral("alice");
            plan.auth.passwordRef = QStringLiteral("${API_PASSWORD}");
            QTest::addRow("basic auth") << Edits { { QStringLiteral("authKindCombo"), int(AuthKind::Basic) },
                { QStringLiteral("usernameEdit"), QStringLiteral("alice") },
                { QStringLiteral("passwordEdit"), QStringLiteral("typed, never in the plan") },
                { QStringLiteral("secretRefEdit"), QStringLiteral("${API_PASSWORD}") } }
                                        << plan;
        }
        {
            Plan plan = defaults;
            plan.auth.kind = AuthKind::Bearer;
            plan.auth.tokenRef = QStringLiteral("${API_TOKEN}");
            QTest::addRow("bearer") << Edits { { QStringLiteral("authKindCombo"), int(AuthKind::Bearer) },
                { QStringLiteral("tokenEdit"), QStringLiteral("typed-token") },
                { QStringLiteral("secretRefEdit"), QStringLiteral("${API_TOKEN}") } }
                                    << plan;
        }
        {
            Plan plan = defaults;
            plan.auth.kind = AuthKind::None;
            QTest::addRow("no auth") << Edits { { QStringLiteral("authKindCombo"), int(AuthKind::None) } } << plan;
        }
        {
            Plan plan = defaults;
            LoginFlow& login = plan.auth.login;
            login.request.method = QStringLiteral("PUT");
            login.request.path = QStringLiteral("/auth/token");
            login.request.body = QJsonObject { { QStringLiteral("user"), QStringLiteral("{username}") },
                { QStringLiteral("secret"), QStringLiteral("{password}") } };
            login.tokenPointer = QStringLiteral("/data/access");
            login.headerName = QStringLiteral("X-Auth");
            login.headerTemplate = QStringLiteral("Bearer {token}");
            QTest::addRow("login flow") << Edits { { QStringLiteral("loginMethodCombo"), QStringLiteral("PUT") },
                { QStringLiteral("loginPathEdit"), QStringLiteral("/auth/token") },
                { QStringLiteral("loginBodyEdit"), QStringLiteral("{\"user\": \"{username}\", \"secret\": \"{password}\"}") },
                { QStringLiteral("tokenPointerEdit"), QStringLiteral("/data/access") },
                { QStringLiteral("headerNameEdit"), QStringLiteral("X-Auth") },
                { QStringLiteral("headerTemplateEdit"), QStringLiteral("Bearer {token}") } }
                                        << plan;
        }
        {
            Plan plan = defaults;
            plan.dataset.sizes = { 10, 100, 1000 };
            RequestTemplate seed;
            seed.method = QStringLiteral("PUT");
            seed.path = QStringLiteral("/api/prompts/");
            seed.bodyText = QStringLiteral("{n},{word}");
            plan.dataset.seed = seed;
            plan.dataset.idSource = IdSource::LocationHeader;
            plan.dataset.cleanup.reset();
            RequestTemplate count;
            count.path = QStringLiteral("/api/prompts/count/");
            plan.dataset.count = count;
            plan.dataset.countPointer = QStringLiteral("/n");
            QTest::addRow("seeded dataset") << Edits { { QStringLiteral("sizesPreset2"), QStringLiteral("click") },
                { QStringLiteral("seedMethodCombo"), QStringLiteral("PUT") },
                { QStringLiteral("seedPathEdit"), QStringLiteral("/api/prompts/") },
                { QStringLiteral("seedBodyRawCheck"), true }, { QStringLiteral("seedBodyEdit"), QStringLiteral("{n},{word}") },
                { QStringLiteral("idSourceCombo"), int(IdSource::LocationHeader) },
                { QStringLiteral("cleanupCheck"), false }, { QStringLiteral("countCheck"), true },
                { QStringLiteral("countPathEdit"), QStringLiteral("/api/prompts/count/") },
                { QStringLiteral("countPointerEdit"), QStringLiteral("/n") } }
                                            << plan;
        }
        {
            Plan plan = defaults;
            plan.dataset.mode = DatasetMode::Sweep;
            plan.dataset.sizes = { 0, 10, 100 };
            plan.dataset.seed.reset();
            plan.dataset.cleanup.reset();
            QTest::addRow("sweep") << Edits { { QStringLiteral("sweepModeRadio"), true },
                { QStringLiteral("sizesEdit"), QStringLiteral("0, 10,100") } }
                                   << plan;
        }
        {
            Plan plan = defaults;
            plan.target.timeoutMs = 5000;
            plan.measurement.iterations = 20;
            plan.measurement.warmup = 0;
            plan.measurement.concurrent = true;
            plan.measurement.maxWorkers = 8;
            plan.measurement.order = MeasurementConfig::Order::Grouped;
            plan.measurement.block = 3;
            plan.measurement.minDurationMs = 0;
            QTest::addRow("measurement") << Edits { { QStringLiteral("iterationsSpin"), 20 },
                { QStringLiteral("warmupSpin"), 0 }, { QStringLiteral("concurrentRadio"), true },
                { QStringLiteral("maxWorkersSpin"), 8 }, { QStringLiteral("measurementTimeoutSpin"), 5000 },
                { QStringLiteral("orderCombo"), int(MeasurementConfig::Order::Grouped) },
                { QStringLiteral("blockSpin"), 3 }, { QStringLiteral("minDurationSpin"), 0 } }
                                         << plan;
        }
        {
            Plan plan = defaults;
            EndpointConfig list;
            list.name = QStringLiteral("List items");
            list.request.path = QStringLiteral("/api/items/");
            list.expectedStatus = { 200 };
            EndpointConfig create;
            create.name = QStringLiteral("Create item");
            create.request.method = QStringLiteral("POST");
            create.request.path = QStringLiteral("/api/items/?size={size}");
            create.request.body = QJsonObject { { QStringLiteral("n"), QStringLiteral("{n}") } };
            create.expectedStatus = { 200, 201 };
            plan.endpoints = { list, create };
            Threshold ceiling;
            ceiling.endpoint = QStringLiteral("List items");
            ceiling.metric = ThresholdMetric::Scaling;
            ceiling.ceiling = ComplexityClass::Linear;
            Threshold p99;
            p99.metric = ThresholdMetric::P99;
            p99.limit = 250.5;
            plan.thresholds = { ceiling, p99 };
            plan.name = QStringLiteral("Items API");
            plan.description = QStringLiteral("Lists grow linearly.");
            QTest::addRow("endpoints, thresholds, name") << Edits {
                { QStringLiteral("endpoints"),
                    QStringList { QStringLiteral("List items|GET|/api/items/|200"),
                        QStringLiteral("Create item|post|/api/items/?size={size}|200, 201") } },
                { QStringLiteral("endpointBody:1"), QStringLiteral("{\"n\": \"{n}\"}") },
                { QStringLiteral("thresholds"),
                    QStringList { QStringLiteral("List items|scaling|O(n)"), QStringLiteral("All endpoints|p99 latency|250.5") } },
                { QStringLiteral("planNameEdit"), QStringLiteral("Items API") },
                { QStringLiteral("descriptionEdit"), QStringLiteral("Lists grow linearly.\n") } } << plan;
        }
        {
            Plan plan = defaults;
            EndpointConfig get;
            get.name = QStringLiteral("Get item");
            get.request.path = QStringLiteral("/api/items/{id}/");
            get.expectedStatus = { 200 };
            get.weight = 6;
            EndpointConfig list;
            list.name = QStringLiteral("List items");
            list.request.path = QStringLiteral("/api/items/");
            list.weight = 0;
            plan.endpoints = { get, list };
            LoadConfig load = defaultLoad();
            load.kind = LoadConfig::Kind::Stress;
            load.users = 20;
            load.spawnRate = 5;
            load.thinkMinMs = 100;
            load.thinkMaxMs = 300;
            load.step = 20;
            load.maxLevel = 200;
            load.stepDurationMs = 5000;
            load.recoveryMs = 8000;
            load.stopErrorRatePercent = 2.5;
            load.stopP95Ms = 250;
            load.stopOnThroughputPlateau = false;
            load.warmupMs = 2000;
            plan.load = load;
            QTest::addRow("stress test, closed model, weights") << Edits {
                { QStringLiteral("loadTestRadio"), true },
                { QStringLiteral("loadKindCombo"), int(LoadConfig::Kind::Stress) },
                { QStringLiteral("loadUsersSpin"), 20 }, { QStringLiteral("loadSpawnRateSpin"), 5.0 },
                { QStringLiteral("loadThinkMinSpin"), 100 }, { QStringLiteral("loadThinkMaxSpin"), 300 },
                { QStringLiteral("loadStepSpin"), 20.0 }, { QStringLiteral("loadMaxLevelSpin"), 200.0 },
                { QStringLiteral("loadStepDurationSpin"), 5.0 }, { QStringLiteral("loadRecoverySpin"), 8.0 },
                { QStringLiteral("loadStopErrorRateSpin"), 2.5 }, { QStringLiteral("loadStopP95Check"), true },
                { QStringLiteral("loadStopP95Spin"), 250.0 }, { QStringLiteral("loadStopPlateauCheck"), false },
                { QStringLiteral("loadWarmupSpin"), 2.0 },
                { QStringLiteral("endpoints"),
                    QStringList { QStringLiteral("Get item|GET|/api/items/{id}/|200|6"),
                        QStringLiteral("List items|GET|/api/items/||0") } } } << plan;
        }
        {
            Plan plan = defaults;
            LoadConfig load = defaultLoad();
            load.model = LoadConfig::Model::Open;
            load.rate = 50;
            load.rampToRate = 400;
            load.maxInFlight = 64;
            load.durationMs = 30000;
            load.memoryMetricsUrl = QStringLiteral("http://127.0.0.1:9100/metrics");
            plan.load = load;
            QTest::addRow("load test, open model, ramping rate") << Edits {
                { QStringLiteral("loadTestRadio"), true },
                { QStringLiteral("loadModelCombo"), int(LoadConfig::Model::Open) },
                { QStringLiteral("loadRateSpin"), 50.0 }, { QStringLiteral("loadRampToSpin"), 400.0 },
                { QStringLiteral("loadMaxInFlightSpin"), 64 }, { QStringLiteral("loadDurationSpin"), 30.0 },
                { QStringLiteral("loadMemorySourceCombo"), 1 },
                { QStringLiteral("loadMemoryUrlEdit"), QStringLiteral(" http://127.0.0.1:9100/metrics ") } } << plan;
        }
        {
            Plan plan = defaults;
            LoadConfig load = defaultLoad();
            load.kind = LoadConfig::Kind::Endurance;
            load.durationMs = 7200 * 1000;
            load.intervalMs = 300 * 1000;
            load.memoryPid = 4242;
            plan.load = load;
            QTest::addRow("endurance test, target memory by pid") << Edits {
                { QStringLiteral("loadTestRadio"), true },
                { QStringLiteral("loadKindCombo"), int(LoadConfig::Kind::Endurance) },
                { QStringLiteral("loadDurationSpin"), 7200.0 }, { QStringLiteral("loadIntervalSpin"), 300.0 },
                { QStringLiteral("loadMemorySourceCombo"), 2 }, { QStringLiteral("loadMemoryPidSpin"), 4242 } } << plan;
        }
        {
            Plan plan = defaults;
            LoadConfig load = defaultLoad();
            load.kind = LoadConfig::Kind::ConcurrencySweep;
            load.levels = { 1, 2, 4, 8, 12 };
            load.stepDurationMs = 3000;
            plan.load = load;
            // The model was open: a concurrency sweep is closed whatever the combo said.
            QTest::addRow("concurrency sweep") << Edits {
                { QStringLiteral("loadTestRadio"), true },
                { QStringLiteral("loadModelCombo"), int(LoadConfig::Model::Open) },
                { QStringLiteral("loadKindCombo"), int(LoadConfig::Kind::ConcurrencySweep) },
                { QStringLiteral("loadLevelsEdit"), QStringLiteral("1, 2 4;8 12") },
                { QStringLiteral("loadStepDurationSpin"), 3.0 } } << plan;
        }
        {
            // Back to a scale sweep: no load section, whatever was typed.
            QTest::addRow("load test switched back to a scale sweep") << Edits {
                { QStringLiteral("loadTestRadio"), true }, { QStringLiteral("loadUsersSpin"), 99 },
                { QStringLiteral("scaleSweepRadio"), true } } << defaults;
        }
    }

    void fieldsFillThePlan()
    {
        QFETCH(Edits, edits);
        QFETCH(Plan, expected);
        RunWizard wizard;
        QVERIFY(applyEdits(wizard, edits));
        COMPARE_PLANS(wizard.plan(), expected);
        // The timeout is one setting shown on two pages.
        QCOMPARE(widget<QSpinBox>(wizard, QStringLiteral("timeoutSpin"))->value(), expected.target.timeoutMs);
        QCOMPARE(widget<QSpinBox>(wizard, QStringLiteral("measurementTimeoutSpin"))->value(), expected.target.timeoutMs);
    }

    void invalidInputDisablesNext_data()
    {
        QTest::addColumn<int>("page");
        QTest::addColumn<Edits>("edits");
        QTest::addColumn<QStringList>("fragments");
        const auto row = [](const char* name, RunWizard::PageId page, Edits edits, QStringList fragments) {
            QTest::addRow("%s", name) << int(page) << edits << fragments;
        };
        row("URL without scheme", RunWizard::TargetPageId, { { QStringLiteral("baseUrlEdit"), QStringLiteral("localhost:8000") } },
            { QStringLiteral("Base URL (target.base_url)"), QStringLiteral("must start with http:// or https://") });
        row("URL without host", RunWizard::TargetPageId, { { QStringLiteral("baseUrlEdit"), QStringLiteral("http://") } },
            { QStringLiteral("Base URL (target.base_url)") });
        row("bad header name", RunWizard::TargetPageId,
            { { QStringLiteral("headers"), QStringList { QStringLiteral("Bad Header=x") } } },
            { QStringLiteral("Default headers (target.headers.Bad Header)"), QStringLiteral("not a valid header name") });
        row("clear-text password reference", RunWizard::AuthPageId,
            { { QStringLiteral("secretRefEdit"), QStringLiteral("hunter2") } },
            { QStringLiteral("From environment (auth.password)"), QStringLiteral("must not be stored in a plan file") });
        row("login body not JSON", RunWizard::AuthPageId,
            { { QStringLiteral("loginBodyEdit"), QStringLiteral("{\"username\": {username}}") } },
            { QStringLiteral("Login body (auth.login.body)"), QStringLiteral("not valid JSON") });
        row("header template without token", RunWizard::AuthPageId,
            { { QStringLiteral("headerTemplateEdit"), QStringLiteral("Token") } },
            { QStringLiteral("Header value (auth.login.header_template)"), QStringLiteral("{token}") });
        row("no user name", RunWizard::AuthPageId, { { QStringLiteral("usernameEdit"), QString() } },
            { QStringLiteral("User name (auth.username)"), QStringLiteral("required") });
        row("sizes with text", RunWizard::DatasetPageId, { { QStringLiteral("sizesEdit"), QStringLiteral("10 abc") } },
            { QStringLiteral("Sizes (dataset.sizes)"), QStringLiteral("\"abc\" is not a whole number") });
        row("descending sizes", RunWizard::DatasetPageId, { { QStringLiteral("sizesEdit"), QStringLiteral("10 100 50") } },
            { QStringLiteral("Sizes (dataset.sizes[2])"), QStringLiteral("greater than the previous size (100)") });
        row("no sizes", RunWizard::DatasetPageId, { { QStringLiteral("sizesEdit"), QString() } },
            { QStringLiteral("Sizes (dataset.sizes)"), QStringLiteral("at least one size") });
        row("seed body not JSON", RunWizard::DatasetPageId,
            { { QStringLiteral("seedBodyEdit"), QStringLiteral("{\"title\": ") } },
            { QStringLiteral("Seed body (dataset.seed.body)"), QStringLiteral("not valid JSON") });
        row("seed path without slash", RunWizard::DatasetPageId,
            { { QStringLiteral("seedPathEdit"), QStringLiteral("api/prompts/") } },
            { QStringLiteral("Seed path (dataset.seed.path)"), QStringLiteral("must start with \"/\"") });
        row("cleanup without id", RunWizard::DatasetPageId,
            { { QStringLiteral("cleanupPathEdit"), QStringLiteral("/api/prompts/") } },
            { QStringLiteral("Clean up (dataset.cleanup)"), QStringLiteral("must use {id}") });
        row("sweep without size", RunWizard::DatasetPageId, { { QStringLiteral("sweepModeRadio"), true } },
            { QStringLiteral("Dataset mode (dataset.mode)"), QStringLiteral("{size}") });
        row("endpoint path without slash", RunWizard::EndpointsPageId,
            { { QStringLiteral("endpoint:0:2"), QStringLiteral("api/prompts/") } },
            { QStringLiteral("Endpoint 1 \"List prompts\", path (endpoints[0].path)"), QStringLiteral("must start with \"/\"") });
        row("endpoint body not JSON", RunWizard::EndpointsPageId,
            { { QStringLiteral("endpointBody:2"), QStringLiteral("[1, 2") } },
            { QStringLiteral("Endpoint 3 \"Get prompt\", body (endpoints[2].body)"), QStringLiteral("not valid JSON") });
        row("expected status not a number", RunWizard::EndpointsPageId,
            { { QStringLiteral("endpoint:1:3"), QStringLiteral("ok") } },
            { QStringLiteral("endpoints[1].expect"), QStringLiteral("not a list of HTTP statuses") });
        row("duplicate endpoint name", RunWizard::EndpointsPageId,
            { { QStringLiteral("endpoint:1:0"), QStringLiteral("List prompts") } },
            { QStringLiteral("endpoints[1].name"), QStringLiteral("duplicate name") });
        row("no endpoints", RunWizard::EndpointsPageId, { { QStringLiteral("removeAllEndpoints"), true } },
            { QStringLiteral("Endpoints (endpoints)"), QStringLiteral("at least one endpoint") });
        row("threshold for an unknown endpoint", RunWizard::ThresholdsPageId,
            { { QStringLiteral("thresholds"), QStringList { QStringLiteral("Nope|p95 latency|300") } } },
            { QStringLiteral("Threshold 1 (thresholds[0].endpoint)"), QStringLiteral("no endpoint is named \"Nope\"") });
        const auto loadTest = [](Edits edits) {
            edits.prepend({ QStringLiteral("loadTestRadio"), true });
            return edits;
        };
        row("stress maximum below the start", RunWizard::LoadPageId,
            loadTest({ { QStringLiteral("loadKindCombo"), int(LoadConfig::Kind::Stress) },
                { QStringLiteral("loadUsersSpin"), 50 }, { QStringLiteral("loadMaxLevelSpin"), 20.0 } }),
            { QStringLiteral("Max level (load.max)"), QStringLiteral("must not be below the start level (50)") });
        row("stress without a stop condition", RunWizard::LoadPageId,
            loadTest({ { QStringLiteral("loadKindCombo"), int(LoadConfig::Kind::Stress) },
                { QStringLiteral("loadStopErrorsCheck"), false }, { QStringLiteral("loadStopPlateauCheck"), false } }),
            { QStringLiteral("Stop when (load.stop)"), QStringLiteral("needs a stop condition") });
        row("zero step", RunWizard::LoadPageId,
            loadTest({ { QStringLiteral("loadKindCombo"), int(LoadConfig::Kind::Stress) },
                { QStringLiteral("loadStepSpin"), 0.0 } }),
            { QStringLiteral("Step (load.step)"), QStringLiteral("must be above 0") });
        row("sweep levels not ascending", RunWizard::LoadPageId,
            loadTest({ { QStringLiteral("loadKindCombo"), int(LoadConfig::Kind::ConcurrencySweep) },
                { QStringLiteral("loadLevelsEdit"), QStringLiteral("1 4 2") } }),
            { QStringLiteral("Concurrency levels (load.levels[2])"), QStringLiteral("greater than the previous level (4)") });
        row("sweep level not a number", RunWizard::LoadPageId,
            loadTest({ { QStringLiteral("loadKindCombo"), int(LoadConfig::Kind::ConcurrencySweep) },
                { QStringLiteral("loadLevelsEdit"), QStringLiteral("1 2 x") } }),
            { QStringLiteral("Concurrency levels (load.levels)"), QStringLiteral("\"x\" is not a whole number") });
        row("sweep time per level zero", RunWizard::LoadPageId,
            loadTest({ { QStringLiteral("loadKindCombo"), int(LoadConfig::Kind::ConcurrencySweep) },
                { QStringLiteral("loadStepDurationSpin"), 0.0 } }),
            { QStringLiteral("Time per level (load.step_duration_s)"), QStringLiteral("between 1 and 3600 seconds") });
        row("endurance interval longer than the duration", RunWizard::LoadPageId,
            loadTest({ { QStringLiteral("loadKindCombo"), int(LoadConfig::Kind::Endurance) },
                { QStringLiteral("loadDurationSpin"), 60.0 }, { QStringLiteral("loadIntervalSpin"), 120.0 } }),
            { QStringLiteral("Interval (load.interval_s)"), QStringLiteral("must not be longer than duration_s (60 s)") });
        row("think time to below from", RunWizard::LoadPageId,
            loadTest({ { QStringLiteral("loadThinkMinSpin"), 500 }, { QStringLiteral("loadThinkMaxSpin"), 100 } }),
            { QStringLiteral("Think time to (load.think_time_s.max)"), QStringLiteral("must not be below think_time_s.min (0.5 s)") });
        row("zero duration", RunWizard::LoadPageId, loadTest({ { QStringLiteral("loadDurationSpin"), 0.0 } }),
            { QStringLiteral("Duration (load.duration_s)"), QStringLiteral("must be between 1 and 604800 seconds") });
        row("open model at rate 0", RunWizard::LoadPageId,
            loadTest({ { QStringLiteral("loadModelCombo"), int(LoadConfig::Model::Open) },
                { QStringLiteral("loadRateSpin"), 0.0 } }),
            { QStringLiteral("Rate (load.rate)"), QStringLiteral("must be above 0") });
        row("metrics URL without scheme", RunWizard::LoadPageId,
            loadTest({ { QStringLiteral("loadMemorySourceCombo"), 1 },
                { QStringLiteral("loadMemoryUrlEdit"), QStringLiteral("localhost:9100/metrics") } }),
            { QStringLiteral("Metrics URL (load.target_memory.metrics_url)"), QStringLiteral("not an http(s) URL") });
        row("negative weight", RunWizard::EndpointsPageId,
            loadTest({ { QStringLiteral("endpoint:1:4"), -1 } }),
            { QStringLiteral("Endpoint 2 \"Search prompts\", weight (endpoints[1].weight)"),
                QStringLiteral("must be between 0 and 1000000, got -1") });
        row("no endpoint with a weight", RunWizard::EndpointsPageId,
            loadTest({ { QStringLiteral("endpoint:0:4"), 0 }, { QStringLiteral("endpoint:1:4"), 0 },
                { QStringLiteral("endpoint:2:4"), 0 }, { QStringLiteral("endpoint:3:4"), 0 },
                { QStringLiteral("endpoint:4:4"), 0 }, { QStringLiteral("endpoint:5:4"), 0 } }),
            { QStringLiteral("Endpoints (endpoints)"), QStringLiteral("at least one endpoint with a weight above 0") });
        row("review lists the load page's problems", RunWizard::ReviewPageId,
            loadTest({ { QStringLiteral("loadDurationSpin"), 0.0 } }),
            { QStringLiteral("Duration (load.duration_s)") });
        row("review lists every page's problems", RunWizard::ReviewPageId,
            { { QStringLiteral("sizesEdit"), QStringLiteral("10 abc") } },
            { QStringLiteral("Sizes (dataset.sizes)"), QStringLiteral("\"abc\"") });
    }

    void invalidInputDisablesNext()
    {
        QFETCH(int, page);
        QFETCH(Edits, edits);
        QFETCH(QStringList, fragments);
        const auto id = RunWizard::PageId(page);
        RunWizard wizard;
        wizard.setPlan(demoPlan());
        goTo(wizard, id);
        QCOMPARE(wizard.currentId(), page);
        QAbstractButton* forward = wizard.button(id == RunWizard::ReviewPageId ? QWizard::FinishButton : QWizard::NextButton);
        QVERIFY(wizard.currentPage()->isComplete());
        QVERIFY(forward->isEnabled());

        QVERIFY(applyEdits(wizard, edits));
        QVERIFY(!wizard.planPage(id)->isComplete());
        QVERIFY(!forward->isEnabled());
        const QString text = issueText(wizard, id);
        for (const QString& fragment : fragments)
            QVERIFY2(text.contains(fragment), qPrintable(QStringLiteral("\"%1\" not in \"%2\"").arg(fragment, text)));
        // A rejected secret is never repeated.
        QVERIFY(!text.contains(QLatin1String("hunter2")));
    }

    void plansRoundTrip_data()
    {
        QTest::addColumn<QString>("file");
        for (const char* file : { "resources/plans/demo.json", "resources/plans/demo-sweep.json",
                 "resources/plans/django-prompts.json", "tests/data/plans/base.json",
                 "tests/data/plans/everything.json", "tests/data/plans/minimal.json",
                 "tests/data/plans/sweep-base.json" })
            QTest::addRow("%s", file) << QString::fromLatin1(file);
    }

    void plansRoundTrip()
    {
        QFETCH(QString, file);
        const Plan plan = loadPlan(file);
        RunWizard wizard;
        wizard.setPlan(plan);
        COMPARE_PLANS(wizard.plan(), plan);
        // Visiting every page (initializePage()) changes nothing either.
        goTo(wizard, RunWizard::ReviewPageId);
        QCOMPARE(wizard.currentId(), int(RunWizard::ReviewPageId));
        COMPARE_PLANS(wizard.plan(), plan);
    }

    void loadPlansRoundTrip_data()
    {
        QTest::addColumn<Plan>("plan");
        QTest::addRow("demo-load.json") << demoLoadPlan();
        for (const auto kind : { LoadConfig::Kind::Load, LoadConfig::Kind::Stress, LoadConfig::Kind::Endurance,
                 LoadConfig::Kind::ConcurrencySweep }) {
            for (const auto model : { LoadConfig::Model::Closed, LoadConfig::Model::Open }) {
                if (kind == LoadConfig::Kind::ConcurrencySweep && model == LoadConfig::Model::Open)
                    continue; // not a valid plan
                QTest::addRow("%s, %s", qPrintable(loadKindName(kind)), qPrintable(loadModelName(model)))
                    << loadVariant(kind, model);
            }
        }
        // Through the plan file format too: what the wizard writes reads back as the same plan.
        const Result<Plan> parsed = parsePlan(planToJsonBytes(loadVariant(LoadConfig::Kind::Stress, LoadConfig::Model::Open)));
        QVERIFY(parsed.ok());
        QTest::addRow("stress, open, through JSON") << parsed.value();
    }

    void loadPlansRoundTrip()
    {
        QFETCH(Plan, plan);
        RunWizard wizard;
        wizard.setPlan(plan);
        QVERIFY(wizard.isLoadTest());
        COMPARE_PLANS(wizard.plan(), plan);
        goTo(wizard, RunWizard::ReviewPageId);
        QCOMPARE(wizard.currentId(), int(RunWizard::ReviewPageId));
        COMPARE_PLANS(wizard.plan(), plan);
        // A plan with a load section stays one when saved and read back.
        const Result<Plan> reread = parsePlan(planToJsonBytes(wizard.plan()));
        QVERIFY2(reread.ok(), reread.ok() ? "" : qPrintable(reread.error().message));
        QVERIFY(reread.value().load.has_value());
    }

    void loadTestSkipsTheMeasurementPage()
    {
        RunWizard wizard;
        wizard.setPlan(demoLoadPlan());
        wizard.restart();
        QList<int> visited { wizard.currentId() };
        while (wizard.currentId() != RunWizard::ReviewPageId) {
            QVERIFY2(wizard.currentPage()->isComplete(), qPrintable(issueText(wizard, RunWizard::PageId(wizard.currentId()))));
            wizard.next();
            visited.append(wizard.currentId());
        }
        QCOMPARE(visited, (QList<int> { RunWizard::TargetPageId, RunWizard::AuthPageId, RunWizard::LoadPageId,
                              RunWizard::DatasetPageId, RunWizard::EndpointsPageId, RunWizard::ThresholdsPageId,
                              RunWizard::ReviewPageId }));
        QVERIFY(wizard.problems().isEmpty());
        const QString summary = widget<QTextBrowser>(wizard, QStringLiteral("summaryView"))->toPlainText();
        for (const char* fragment : { "Load test, closed model (virtual users)", "10 users for 10.0 s", "weight 6",
                 "Users spawned at 20 per second" })
            QVERIFY2(summary.contains(QLatin1String(fragment)), qPrintable(QStringLiteral("%1 not in %2").arg(QLatin1String(fragment), summary)));
        QVERIFY(!summary.contains(QLatin1String("Interleaved")));
        // Back to a scale sweep: the measurement page is on the way again.
        wizard.restart();
        widget<QRadioButton>(wizard, QStringLiteral("scaleSweepRadio"))->setChecked(true);
        while (wizard.currentId() != RunWizard::EndpointsPageId)
            wizard.next();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(RunWizard::MeasurementPageId));
    }

    void weightColumnOnlyForLoadTests()
    {
        RunWizard wizard;
        wizard.setPlan(demoPlan());
        const QTableView* view = endpointsPage(wizard)->view();
        QVERIFY(view->isColumnHidden(EndpointsModel::WeightColumn));
        wizard.setPlan(demoLoadPlan());
        QVERIFY(!view->isColumnHidden(EndpointsModel::WeightColumn));
        QCOMPARE(endpointsPage(wizard)->model()->index(0, EndpointsModel::WeightColumn).data().toInt(), 6);
        // Switching the test on the Test page shows or hides it as the endpoints page is entered.
        widget<QRadioButton>(wizard, QStringLiteral("scaleSweepRadio"))->setChecked(true);
        goTo(wizard, RunWizard::EndpointsPageId);
        QVERIFY(view->isColumnHidden(EndpointsModel::WeightColumn));
        QVERIFY(!wizard.plan().load.has_value());
    }

    void onlyTheChosenKindsFieldsAreShown_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("model");
        QTest::addColumn<QStringList>("shown");
        QTest::addColumn<QStringList>("hidden");
        const auto names = [](const char* list) { return QString::fromLatin1(list).split(QLatin1Char(' ')); };
        QTest::addRow("load, closed") << int(LoadConfig::Kind::Load) << int(LoadConfig::Model::Closed)
                                      << names("loadUsersSpin loadSpawnRateSpin loadThinkMinSpin loadDurationSpin loadWarmupSpin")
                                      << names("loadRateSpin loadRampToSpin loadStepSpin loadLevelsEdit loadIntervalSpin loadStopErrorsCheck loadStepDurationSpin");
        QTest::addRow("load, open") << int(LoadConfig::Kind::Load) << int(LoadConfig::Model::Open)
                                    << names("loadRateSpin loadRampToSpin loadMaxInFlightSpin loadDurationSpin")
                                    << names("loadUsersSpin loadThinkMinSpin loadStepSpin loadIntervalSpin");
        QTest::addRow("stress, closed") << int(LoadConfig::Kind::Stress) << int(LoadConfig::Model::Closed)
                                        << names("loadUsersSpin loadStepSpin loadMaxLevelSpin loadStepDurationSpin loadRecoverySpin loadStopErrorsCheck loadStopP95Check loadStopPlateauCheck")
                                        << names("loadRateSpin loadDurationSpin loadIntervalSpin loadLevelsEdit");
        QTest::addRow("stress, open") << int(LoadConfig::Kind::Stress) << int(LoadConfig::Model::Open)
                                      << names("loadRateSpin loadMaxInFlightSpin loadStepSpin loadRecoverySpin")
                                      << names("loadUsersSpin loadRampToSpin loadThinkMinSpin loadDurationSpin");
        QTest::addRow("endurance") << int(LoadConfig::Kind::Endurance) << int(LoadConfig::Model::Closed)
                                   << names("loadUsersSpin loadDurationSpin loadIntervalSpin loadMemorySourceCombo")
                                   << names("loadStepSpin loadLevelsEdit loadRecoverySpin loadRateSpin");
        QTest::addRow("concurrency sweep") << int(LoadConfig::Kind::ConcurrencySweep) << int(LoadConfig::Model::Closed)
                                           << names("loadLevelsEdit loadStepDurationSpin loadThinkMinSpin")
                                           << names("loadUsersSpin loadRateSpin loadStepSpin loadRecoverySpin loadDurationSpin");
    }

    void onlyTheChosenKindsFieldsAreShown()
    {
        QFETCH(int, kind);
        QFETCH(int, model);
        QFETCH(QStringList, shown);
        QFETCH(QStringList, hidden);
        RunWizard wizard;
        QVERIFY(applyEdits(wizard, { { QStringLiteral("loadTestRadio"), true },
                                       { QStringLiteral("loadModelCombo"), model }, { QStringLiteral("loadKindCombo"), kind } }));
        const PlanPage* page = wizard.planPage(RunWizard::LoadPageId);
        for (const QString& name : shown)
            QVERIFY2(widget<QWidget>(wizard, name)->isVisibleTo(page), qPrintable(name));
        for (const QString& name : hidden)
            QVERIFY2(!widget<QWidget>(wizard, name)->isVisibleTo(page), qPrintable(name));
        QCOMPARE(widget<QComboBox>(wizard, QStringLiteral("loadModelCombo"))->isEnabled(),
            kind != int(LoadConfig::Kind::ConcurrencySweep));
        QCOMPARE(wizard.plan().load->kind, LoadConfig::Kind(kind));
        // A scale sweep hides the whole load group.
        QVERIFY(applyEdits(wizard, { { QStringLiteral("scaleSweepRadio"), true } }));
        QVERIFY(!widget<QWidget>(wizard, QStringLiteral("loadGroup"))->isVisibleTo(page));
    }

    void loadPageFitsIn900x650()
    {
        RunWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        for (const auto kind : { LoadConfig::Kind::Load, LoadConfig::Kind::Stress, LoadConfig::Kind::Endurance,
                 LoadConfig::Kind::ConcurrencySweep }) {
            for (const auto model : { LoadConfig::Model::Closed, LoadConfig::Model::Open }) {
                Plan plan = loadVariant(kind, model);
                plan.load->memoryMetricsUrl = QStringLiteral("http://127.0.0.1:9100/metrics");
                plan.load->memoryPid = 0;
                wizard.setPlan(plan);
                goTo(wizard, RunWizard::LoadPageId);
                QCoreApplication::processEvents();
                QVERIFY2(wizard.minimumSizeHint().width() <= 900 && wizard.minimumSizeHint().height() <= 650,
                    qPrintable(QStringLiteral("%1, %2 needs %3×%4")
                                   .arg(loadKindName(kind), loadModelName(model))
                                   .arg(wizard.minimumSizeHint().width())
                                   .arg(wizard.minimumSizeHint().height())));
            }
        }
    }

    void demoPlanIsCompleteOnEveryPage()
    {
        RunWizard wizard;
        wizard.setPlan(demoPlan());
        for (int id = RunWizard::TargetPageId; id <= RunWizard::ReviewPageId; ++id) {
            goTo(wizard, RunWizard::PageId(id));
            QVERIFY2(wizard.currentPage()->isComplete(), qPrintable(issueText(wizard, RunWizard::PageId(id))));
        }
        QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
        QVERIFY(wizard.problems().isEmpty());
        const QString summary = widget<QTextBrowser>(wizard, QStringLiteral("summaryView"))->toPlainText();
        for (const char* fragment : { "http://127.0.0.1:8000", "Log in as admin", "10, 50, 100, 200, 500",
                 "Find duplicates", "GET /api/prompts/duplicates/", "Interleaved", "p95 latency < 300 ms" })
            QVERIFY2(summary.contains(QLatin1String(fragment)), fragment);
    }

    void planNeverContainsThePassword()
    {
        const QString secret = QStringLiteral("s3cr3t-Pa55word");
        RunWizard wizard;
        wizard.setPlan(demoPlan());
        wizard.setPassword(secret);
        QCOMPARE(wizard.password(), secret);
        auto* passwordEdit = widget<QLineEdit>(wizard, QStringLiteral("passwordEdit"));
        QCOMPARE(passwordEdit->echoMode(), QLineEdit::Password);
        QCOMPARE(passwordEdit->text(), secret);
        const Plan plan = wizard.plan();
        QVERIFY(plan.auth.passwordRef.isEmpty());
        QVERIFY(!planToJsonBytes(plan).contains(secret.toUtf8()));

        goTo(wizard, RunWizard::ReviewPageId);
        const QString summary = widget<QTextBrowser>(wizard, QStringLiteral("summaryView"))->toHtml();
        QVERIFY(!summary.contains(secret));
        QVERIFY(summary.contains(QLatin1String("kept in memory")));
        QTemporaryDir dir;
        const QString fileName = dir.filePath(QStringLiteral("plan.json"));
        auto* review = qobject_cast<ReviewPage*>(wizard.planPage(RunWizard::ReviewPageId));
        QVERIFY(review->savePlan(fileName));
        QFile file(fileName);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        QVERIFY(!saved.contains(secret.toUtf8()));
        // What was saved is the plan: it loads back equal.
        const Result<Plan> loaded = parsePlan(saved);
        QVERIFY(loaded.ok());
        COMPARE_PLANS(loaded.value(), plan);
        QVERIFY(widget<QLabel>(wizard, QStringLiteral("saveResultLabel"))->text().contains(QLatin1String("Saved to")));

        // A bearer token typed stays out too.
        QVERIFY(applyEdits(wizard, { { QStringLiteral("authKindCombo"), int(AuthKind::Bearer) },
                                       { QStringLiteral("tokenEdit"), secret } }));
        QCOMPARE(wizard.token(), secret);
        QVERIFY(!planToJsonBytes(wizard.plan()).contains(secret.toUtf8()));
        QCOMPARE(widget<QLineEdit>(wizard, QStringLiteral("tokenEdit"))->echoMode(), QLineEdit::Password);
        QCOMPARE(wizard.authHeaders(),
            (HttpHeaders { { QByteArrayLiteral("Authorization"), "Bearer " + secret.toUtf8() } }));
    }

    void seedPreviewFollowsTheBody()
    {
        RunWizard wizard;
        wizard.setPlan(demoPlan());
        auto* preview = widget<QPlainTextEdit>(wizard, QStringLiteral("seedPreview"));
        QVERIFY(preview->toPlainText().startsWith(QLatin1String("POST /api/prompts/")));
        QVERIFY(preview->toPlainText().contains(QLatin1String("\"title\": \"Prompt 1: ")));
        widget<QPlainTextEdit>(wizard, QStringLiteral("seedBodyEdit"))
            ->setPlainText(QStringLiteral("{\"n\": \"{n}\", \"of\": \"{size}\", \"label\": \"#{n}\"}"));
        const QString text = preview->toPlainText();
        QVERIFY2(text.contains(QLatin1String("\"n\": 1")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("\"of\": 10")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("\"label\": \"#1\"")), qPrintable(text));
        widget<QPlainTextEdit>(wizard, QStringLiteral("seedBodyEdit"))->setPlainText(QStringLiteral("{"));
        QVERIFY(preview->toPlainText().contains(QLatin1String("not valid JSON")));
    }

    void checkConnection()
    {
        RunWizard wizard;
        Plan plan = demoPlan();
        plan.target.baseUrl = m_url;
        wizard.setPlan(plan);
        auto* result = widget<QLabel>(wizard, QStringLiteral("connectionResultLabel"));
        widget<QPushButton>(wizard, QStringLiteral("checkConnectionButton"))->click();
        static const QRegularExpression answer(QStringLiteral("^HTTP \\d{3} [A-Za-z ]+ in \\d+ ms"));
        QTRY_VERIFY2(answer.match(result->text()).hasMatch(), qPrintable(result->text()));
    }

    void checkConnectionNamesHostAndReason()
    {
        RunWizard wizard;
        const quint16 port = test::closedPort();
        QVERIFY(port != 0);
        QVERIFY(applyEdits(wizard, { { QStringLiteral("baseUrlEdit"), QStringLiteral("http://127.0.0.1:%1").arg(port) } }));
        auto* result = widget<QLabel>(wizard, QStringLiteral("connectionResultLabel"));
        widget<QPushButton>(wizard, QStringLiteral("checkConnectionButton"))->click();
        QTRY_VERIFY2(result->text().contains(QLatin1String("Cannot reach 127.0.0.1")), qPrintable(result->text()));
        QVERIFY2(result->text().contains(QLatin1String("refused"), Qt::CaseInsensitive), qPrintable(result->text()));
    }

    void testLoginShowsTheMaskedToken()
    {
        RunWizard wizard;
        Plan plan = demoPlan();
        plan.target.baseUrl = m_url;
        wizard.setPlan(plan);
        wizard.setPassword(QStringLiteral("admin_password"));
        QVERIFY(wizard.authHeaders().isEmpty()); // not logged in yet
        auto* result = widget<QLabel>(wizard, QStringLiteral("loginResultLabel"));
        widget<QPushButton>(wizard, QStringLiteral("testLoginButton"))->click();
        QTRY_VERIFY2(result->text().startsWith(QLatin1String("Logged in as admin: token ")), qPrintable(result->text()));
        const QString token = wizard.token();
        QVERIFY(token.size() > 8);
        QVERIFY(result->text().contains(token.left(4) + QChar(0x2022)));
        QVERIFY(!result->text().contains(token));
        QCOMPARE(wizard.authHeaders(), (HttpHeaders { { QByteArrayLiteral("Authorization"), "Token " + token.toUtf8() } }));
        QVERIFY(!planToJsonBytes(wizard.plan()).contains(token.toUtf8()));
        // A change of the credentials makes the token stale.
        wizard.setPassword(QStringLiteral("another"));
        QVERIFY(wizard.authHeaders().isEmpty());
        QVERIFY(wizard.token().isEmpty());
    }

    void testLoginShowsTheServersAnswer()
    {
        RunWizard wizard;
        Plan plan = demoPlan();
        plan.target.baseUrl = m_url;
        wizard.setPlan(plan);
        wizard.setPassword(QStringLiteral("wrong"));
        auto* result = widget<QLabel>(wizard, QStringLiteral("loginResultLabel"));
        widget<QPushButton>(wizard, QStringLiteral("testLoginButton"))->click();
        QTRY_VERIFY2(result->text().startsWith(QLatin1String("Login failed: HTTP 401")), qPrintable(result->text()));
        QVERIFY(result->text().contains(QLatin1String("Invalid credentials")));
        QVERIFY(wizard.token().isEmpty());

        // Without a password there is nothing to send.
        wizard.setPassword(QString());
        widget<QPushButton>(wizard, QStringLiteral("testLoginButton"))->click();
        QCOMPARE(result->text(), QStringLiteral("Enter the password first."));
    }

    void tryLogsInAndShowsTheAnswer()
    {
        RunWizard wizard;
        Plan plan = demoPlan();
        plan.target.baseUrl = m_url;
        wizard.setPlan(plan);
        wizard.setPassword(QStringLiteral("admin_password"));
        EndpointsPage* page = endpointsPage(wizard);
        page->setCurrentRow(3); // Count prompts
        auto* result = widget<QLabel>(wizard, QStringLiteral("tryResultLabel"));
        widget<QPushButton>(wizard, QStringLiteral("tryButton"))->click();
        QTRY_VERIFY2(result->text().contains(QLatin1String("HTTP 200 OK in ")), qPrintable(result->text()));
        QVERIFY2(result->text().startsWith(QLatin1String("GET ") + m_url.toString() + QLatin1String("/api/prompts/count/")),
            qPrintable(result->text()));
        QVERIFY2(result->text().contains(QLatin1String("\"count\"")), qPrintable(result->text()));
        QVERIFY(wizard.hasLoginToken());

        // {id} takes the value typed next to Try (the field is there only for an endpoint that uses it).
        QVERIFY(!widget<QLineEdit>(wizard, QStringLiteral("tryIdEdit"))->isEnabled());
        page->setCurrentRow(2); // Get prompt: /api/prompts/{id}/
        QVERIFY(widget<QLineEdit>(wizard, QStringLiteral("tryIdEdit"))->isEnabled());
        QVERIFY(applyEdits(wizard, { { QStringLiteral("tryIdEdit"), QStringLiteral("999999") } }));
        widget<QPushButton>(wizard, QStringLiteral("tryButton"))->click();
        QTRY_VERIFY2(result->text().contains(QLatin1String("HTTP 404")), qPrintable(result->text()));
        QVERIFY(result->text().contains(QLatin1String("/api/prompts/999999/")));
    }

    void tryWithoutCredentialsSaysSo()
    {
        RunWizard wizard;
        Plan plan = demoPlan();
        plan.target.baseUrl = m_url;
        wizard.setPlan(plan);
        endpointsPage(wizard)->setCurrentRow(0);
        auto* result = widget<QLabel>(wizard, QStringLiteral("tryResultLabel"));
        widget<QPushButton>(wizard, QStringLiteral("tryButton"))->click();
        QTRY_VERIFY2(result->text().contains(QLatin1String("HTTP 401")), qPrintable(result->text()));
        QVERIFY(result->text().contains(QLatin1String("without credentials")));
    }

    void keychainFallsBackToMemory()
    {
        // The real keychain path (this headless machine has none): the box ends up disabled with the reason, the
        // password stays in memory, and none of it blocks.
        qunsetenv("SCALESCOPE_NO_KEYCHAIN");
        QElapsedTimer clock;
        clock.start();
        {
            RunWizard wizard;
            wizard.setPlan(demoPlan());
            wizard.setPassword(QStringLiteral("in memory"));
            goTo(wizard, RunWizard::AuthPageId);
            auto* remember = widget<QCheckBox>(wizard, QStringLiteral("rememberCheck"));
            auto* page = qobject_cast<AuthPage*>(wizard.planPage(RunWizard::AuthPageId));
            QTRY_VERIFY_WITH_TIMEOUT(page->secretStore()->availability() != SecretStore::Availability::Unknown, 4500);
            if (page->secretStore()->availability() == SecretStore::Availability::Available) {
                qputenv("SCALESCOPE_NO_KEYCHAIN", "1");
                QSKIP("a system keychain answered on this machine");
            }
            QVERIFY(!remember->isEnabled());
            QVERIFY(!remember->isChecked());
            QVERIFY2(remember->toolTip().contains(QLatin1String("No system keychain answered")),
                qPrintable(remember->toolTip()));
            QVERIFY(remember->toolTip().contains(QLatin1String("in memory")));
            QCOMPARE(wizard.password(), QStringLiteral("in memory"));
            wizard.accept(); // remembering is a no-op without a keychain
            QCOMPARE(wizard.password(), QStringLiteral("in memory"));
        }
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        qputenv("SCALESCOPE_NO_KEYCHAIN", "1");

        RunWizard disabled;
        goTo(disabled, RunWizard::AuthPageId);
        auto* remember = widget<QCheckBox>(disabled, QStringLiteral("rememberCheck"));
        QVERIFY(!remember->isEnabled());
        QVERIFY(remember->toolTip().contains(QLatin1String("SCALESCOPE_NO_KEYCHAIN")));
    }

    void everyInputHasANameAndATooltip()
    {
        RunWizard wizard;
        wizard.setPlan(demoPlan());
        int inputs = 0;
        for (const QWidget* child : wizard.findChildren<QWidget*>()) {
            if (child->window() != &wizard || !isInsidePlanPage(child) || !isInput(child))
                continue;
            ++inputs;
            QVERIFY2(!child->objectName().isEmpty(), child->metaObject()->className());
            QVERIFY2(!child->toolTip().isEmpty(), qPrintable(child->objectName()));
            QCOMPARE(wizard.findChildren<QWidget*>(child->objectName()).size(), 1);
        }
        QVERIFY(inputs > 50);
    }

    void mnemonicsAreUniquePerPage()
    {
        RunWizard wizard;
        for (int id = RunWizard::TargetPageId; id <= RunWizard::ReviewPageId; ++id) {
            // Back, Next (and Start run on the last page) take theirs from the wizard's buttons.
            QSet<QString> used { QStringLiteral("B"), QStringLiteral("N") };
            if (id == RunWizard::ReviewPageId)
                used.insert(QStringLiteral("S"));
            const auto check = [&used](const QString& text) {
                const QString key = QKeySequence::mnemonic(text).toString();
                if (key.isEmpty())
                    return true;
                const QString letter = key.section(QLatin1Char('+'), -1);
                if (used.contains(letter)) {
                    qWarning("mnemonic %s of \"%s\" is taken", qPrintable(letter), qPrintable(text));
                    return false;
                }
                used.insert(letter);
                return true;
            };
            const PlanPage* page = wizard.planPage(RunWizard::PageId(id));
            for (const QLabel* label : page->findChildren<QLabel*>()) {
                if (label->buddy())
                    QVERIFY(check(label->text()));
            }
            for (const QAbstractButton* button : page->findChildren<QAbstractButton*>())
                QVERIFY(check(button->text()));
        }
    }

    void tabOrderFollowsTheLayout_data()
    {
        QTest::addColumn<int>("page");
        QTest::addColumn<QStringList>("order");
        QTest::addRow("authentication") << int(RunWizard::AuthPageId)
                                        << QStringList { QStringLiteral("authKindCombo"), QStringLiteral("usernameEdit"),
                                               QStringLiteral("passwordEdit"), QStringLiteral("secretRefEdit"),
                                               QStringLiteral("loginMethodCombo"), QStringLiteral("loginPathEdit"),
                                               QStringLiteral("tokenPointerEdit"), QStringLiteral("headerNameEdit"),
                                               QStringLiteral("headerTemplateEdit"), QStringLiteral("loginBodyEdit"),
                                               QStringLiteral("loginBodyRawCheck"), QStringLiteral("testLoginButton") };
        QTest::addRow("dataset") << int(RunWizard::DatasetPageId)
                                 << QStringList { QStringLiteral("seedModeRadio"), QStringLiteral("sizesEdit"),
                                        QStringLiteral("sizesPreset1"), QStringLiteral("sizesPreset2"),
                                        QStringLiteral("sizesPreset3"), QStringLiteral("seedMethodCombo"),
                                        QStringLiteral("seedPathEdit"), QStringLiteral("idSourceCombo"),
                                        QStringLiteral("idPointerEdit"), QStringLiteral("seedBodyEdit"),
                                        QStringLiteral("seedBodyRawCheck"), QStringLiteral("seedPreview"),
                                        QStringLiteral("cleanupCheck"), QStringLiteral("cleanupMethodCombo"),
                                        QStringLiteral("cleanupPathEdit"), QStringLiteral("countCheck"),
                                        QStringLiteral("countPathEdit"), QStringLiteral("countPointerEdit") };
        QTest::addRow("endpoints") << int(RunWizard::EndpointsPageId)
                                   << QStringList { QStringLiteral("endpointsView"), QStringLiteral("addEndpointButton"),
                                          QStringLiteral("duplicateEndpointButton"), QStringLiteral("removeEndpointButton"),
                                          QStringLiteral("moveDownButton"), QStringLiteral("endpointBodyEdit"),
                                          QStringLiteral("endpointBodyRawCheck"), QStringLiteral("tryButton") };
    }

    void tabOrderFollowsTheLayout()
    {
        QFETCH(int, page);
        QFETCH(QStringList, order);
        RunWizard wizard;
        wizard.setPlan(demoPlan());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        goTo(wizard, RunWizard::PageId(page));
        QCoreApplication::processEvents();
        const PlanPage* current = wizard.planPage(RunWizard::PageId(page));
        QStringList chain;
        QWidget* widget = current->nextInFocusChain();
        for (int k = 0; k < 200 && widget != current; ++k, widget = widget->nextInFocusChain()) {
            if (current->isAncestorOf(widget) && widget->isVisible() && widget->isEnabled()
                && (widget->focusPolicy() & Qt::TabFocus) && !widget->objectName().startsWith(QLatin1String("qt_")))
                chain.append(widget->objectName());
        }
        QCOMPARE(chain, order);
    }

    void fitsIn900x650()
    {
        RunWizard wizard;
        wizard.setPlan(demoPlan());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        for (int id = RunWizard::TargetPageId; id <= RunWizard::ReviewPageId; ++id) {
            goTo(wizard, RunWizard::PageId(id));
            QCoreApplication::processEvents();
            QVERIFY2(wizard.minimumSizeHint().width() <= 900 && wizard.minimumSizeHint().height() <= 650,
                qPrintable(QStringLiteral("page %1 needs %2×%3")
                               .arg(id)
                               .arg(wizard.minimumSizeHint().width())
                               .arg(wizard.minimumSizeHint().height())));
            QCOMPARE(wizard.size(), QSize(900, 650));
        }
    }

    void tableHeadersFollowTheModels()
    {
        // Regression: the pages used to react to a model reset before the views had seen it, which left a visible
        // table's header with a stale row when a reset and an insertion came in one go (seen in a screenshot).
        RunWizard wizard;
        wizard.setPlan(demoPlan());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        goTo(wizard, RunWizard::ThresholdsPageId);
        QCoreApplication::processEvents();
        ThresholdsPage* thresholds = thresholdsPage(wizard);
        thresholds->model()->setThresholds({});
        thresholds->addThreshold();
        QCoreApplication::processEvents();
        QCOMPARE(thresholds->view()->verticalHeader()->count(), 1);

        goTo(wizard, RunWizard::EndpointsPageId);
        QCoreApplication::processEvents();
        EndpointsPage* endpoints = endpointsPage(wizard);
        endpoints->model()->setEndpoints({});
        endpoints->addEndpoint();
        QCoreApplication::processEvents();
        QCOMPARE(endpoints->view()->verticalHeader()->count(), 1);
    }

    /// SCALESCOPE_WIZARD_SCREENSHOTS=<dir>: every page as PNG, light and dark, prefilled with the demo plan, and a
    /// few with an invalid field.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("SCALESCOPE_WIZARD_SCREENSHOTS");
        if (dir.isEmpty())
            QSKIP("set SCALESCOPE_WIZARD_SCREENSHOTS=<dir> to grab the pages");
        QDir().mkpath(dir);
        const QPalette light = QApplication::style()->standardPalette();
        const QPalette dark = themePalette(Theme::Dark); // the application's own dark theme
        Plan plan = demoPlan();
        plan.target.baseUrl = m_url;
        const QStringList names { QStringLiteral("target"), QStringLiteral("auth"), QStringLiteral("test"), QStringLiteral("dataset"),
            QStringLiteral("endpoints"), QStringLiteral("measurement"), QStringLiteral("thresholds"),
            QStringLiteral("review") };
        for (const bool isDark : { false, true }) {
            QApplication::setPalette(isDark ? dark : light);
            const QString theme = isDark ? QStringLiteral("dark") : QStringLiteral("light");
            RunWizard wizard;
            wizard.setPlan(plan);
            wizard.setPassword(QStringLiteral("admin_password"));
            wizard.show();
            QVERIFY(QTest::qWaitForWindowExposed(&wizard));
            for (int id = RunWizard::TargetPageId; id <= RunWizard::ReviewPageId; ++id) {
                goTo(wizard, RunWizard::PageId(id));
                if (id == RunWizard::TargetPageId) {
                    widget<QPushButton>(wizard, QStringLiteral("checkConnectionButton"))->click();
                    QTRY_VERIFY(widget<QLabel>(wizard, QStringLiteral("connectionResultLabel"))->text().startsWith(QLatin1String("HTTP")));
                } else if (id == RunWizard::AuthPageId) {
                    widget<QPushButton>(wizard, QStringLiteral("testLoginButton"))->click();
                    QTRY_VERIFY(widget<QLabel>(wizard, QStringLiteral("loginResultLabel"))->text().startsWith(QLatin1String("Logged")));
                } else if (id == RunWizard::EndpointsPageId) {
                    endpointsPage(wizard)->setCurrentRow(4);
                    widget<QPushButton>(wizard, QStringLiteral("tryButton"))->click();
                    QTRY_VERIFY(widget<QLabel>(wizard, QStringLiteral("tryResultLabel"))->text().contains(QLatin1String("HTTP 200")));
                }
                QTest::qWait(50);
                QVERIFY(wizard.grab().save(QStringLiteral("%1/%2-%3-%4.png").arg(dir).arg(id + 1).arg(names.at(id), theme)));
            }
            // With an invalid field each.
            const QList<QPair<RunWizard::PageId, Edits>> broken {
                { RunWizard::TargetPageId, { { QStringLiteral("baseUrlEdit"), QStringLiteral("localhost:8000") } } },
                { RunWizard::AuthPageId, { { QStringLiteral("loginBodyEdit"), QStringLiteral("{\"username\": {username}}") } } },
                { RunWizard::LoadPageId,
                    { { QStringLiteral("loadTestRadio"), true }, { QStringLiteral("loadKindCombo"), int(LoadConfig::Kind::Stress) },
                        { QStringLiteral("loadUsersSpin"), 50 }, { QStringLiteral("loadMaxLevelSpin"), 20.0 } } },
                { RunWizard::DatasetPageId, { { QStringLiteral("sizesEdit"), QStringLiteral("10 100 50 abc") } } },
                { RunWizard::EndpointsPageId, { { QStringLiteral("endpoint:0:2"), QStringLiteral("api/prompts/") } } },
                { RunWizard::ThresholdsPageId,
                    { { QStringLiteral("thresholds"), QStringList { QStringLiteral("Nope|p95 latency|300") } } } },
            };
            for (const auto& [id, edits] : broken) {
                wizard.setPlan(plan);
                goTo(wizard, id);
                QVERIFY(applyEdits(wizard, edits));
                QTest::qWait(50);
                QVERIFY(wizard.grab().save(
                    QStringLiteral("%1/invalid-%2-%3-%4.png").arg(dir).arg(id + 1).arg(names.at(id), theme)));
            }
            // The other kinds of authentication, and a sweep.
            goTo(wizard, RunWizard::AuthPageId);
            QVERIFY(applyEdits(wizard, { { QStringLiteral("authKindCombo"), int(AuthKind::Bearer) } }));
            QTest::qWait(50);
            QVERIFY(wizard.grab().save(QStringLiteral("%1/other-2-auth-bearer-%2.png").arg(dir, theme)));
            QVERIFY(applyEdits(wizard, { { QStringLiteral("authKindCombo"), int(AuthKind::Basic) } }));
            QTest::qWait(50);
            QVERIFY(wizard.grab().save(QStringLiteral("%1/other-2-auth-basic-%2.png").arg(dir, theme)));
            Plan sweep = loadPlan(QStringLiteral("resources/plans/demo-sweep.json"));
            sweep.target.baseUrl = m_url;
            wizard.setPlan(sweep);
            goTo(wizard, RunWizard::DatasetPageId);
            QTest::qWait(50);
            QVERIFY(wizard.grab().save(QStringLiteral("%1/other-3-dataset-sweep-%2.png").arg(dir, theme)));
            goTo(wizard, RunWizard::EndpointsPageId);
            QTest::qWait(50);
            QVERIFY(wizard.grab().save(QStringLiteral("%1/other-4-endpoints-sweep-%2.png").arg(dir, theme)));
            // A load test: its Test page (a stress ramp) and the endpoints with their weights.
            Plan load = demoLoadPlan();
            load.target.baseUrl = m_url;
            load.load->kind = LoadConfig::Kind::Stress;
            wizard.setPlan(load);
            goTo(wizard, RunWizard::LoadPageId);
            QTest::qWait(50);
            QVERIFY(wizard.grab().save(QStringLiteral("%1/load-3-test-stress-%2.png").arg(dir, theme)));
            goTo(wizard, RunWizard::EndpointsPageId);
            QTest::qWait(50);
            QVERIFY(wizard.grab().save(QStringLiteral("%1/load-5-endpoints-%2.png").arg(dir, theme)));
            // A new plan, as "New run" opens it.
            wizard.setPlan(defaultWizardPlan());
            goTo(wizard, RunWizard::EndpointsPageId);
            QTest::qWait(50);
            QVERIFY(wizard.grab().save(QStringLiteral("%1/new-4-endpoints-%2.png").arg(dir, theme)));
            goTo(wizard, RunWizard::MeasurementPageId);
            QTest::qWait(50);
            QVERIFY(wizard.grab().save(QStringLiteral("%1/new-5-measurement-%2.png").arg(dir, theme)));
        }
        QApplication::setPalette(light);
    }

private:
    demo::DemoTargetThread m_target;
    QUrl m_url;
};

QTEST_MAIN(TestRunWizard)
#include "tst_runwizard.moc"
