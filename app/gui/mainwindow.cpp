// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "startpage.h"

#include "charts/dashboardwidget.h"
#include "compare/compareview.h"
#include "export/exportdialog.h"
#include "demotargetthread.h"
#include "findings/findingsview.h"
#include "history/historyview.h"
#include "labels.h"
#include "plan/planparser.h"
#include "runmodel.h"
#include "settings.h"
#include "theme.h"
#include "translations.h"
#include "widgets/banner.h"
#include "wizard/runwizard.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace scalescope::gui {

namespace {
    constexpr const char* kDemoPassword = "admin_password"; // the demo target's documented default, not a secret

    QIcon icon(const char* name)
    {
        return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
    }
} // namespace

MainWindow::MainWindow(const QString& historyPath, QWidget* parent)
    : QMainWindow(parent)
    , m_settings(new ui::Settings(this))
    , m_model(new ui::RunModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("ScaleScope"));
    setWindowIcon(icon("dashboard"));
    setAcceptDrops(true);

    m_banner = new ui::Banner(this);
    m_stack = new QStackedWidget(this);
    m_startPage = new StartPage(m_stack);
    m_dashboard = new ui::DashboardWidget(m_model, m_stack);
    m_findings = new ui::FindingsView(m_stack);
    m_history = new ui::HistoryView(m_stack);
    m_compare = new ui::CompareView(m_stack);
    for (QWidget* page : std::initializer_list<QWidget*> { m_startPage, m_dashboard, m_findings, m_history, m_compare })
        m_stack->addWidget(page);
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    connect(m_startPage, &StartPage::newRunRequested, this, &MainWindow::newRun);
    connect(m_startPage, &StartPage::openPlanRequested, this, &MainWindow::choosePlanFile);
    connect(m_startPage, &StartPage::demoRequested, this, &MainWindow::openDemo);
    connect(m_startPage, &StartPage::loadDemoRequested, this, &MainWindow::openLoadDemo);
    connect(m_startPage, &StartPage::recentPlanActivated, this, &MainWindow::openPlanFile);
    connect(m_startPage, &StartPage::recentRunActivated, this, &MainWindow::openRun);
    connect(m_dashboard, &ui::DashboardWidget::stopRequested, &m_engine, &Engine::cancel);
    connect(m_history, &ui::HistoryView::openRequested, this, &MainWindow::openRun);
    connect(m_history, &ui::HistoryView::rerunRequested, this, &MainWindow::rerun);
    connect(m_history, &ui::HistoryView::compareRequested, this, &MainWindow::compareRuns);
    connect(m_history, &ui::HistoryView::errorOccurred, m_banner, &ui::Banner::showError);
    connect(m_history, &ui::HistoryView::historyChanged, this, &MainWindow::refreshStartPage);
    connect(m_settings, &ui::Settings::recentPlansChanged, this, &MainWindow::refreshStartPage);
    connect(&m_engine, &Engine::snapshotReady, this, &MainWindow::onSnapshot);
    connect(&m_engine, &Engine::runFinished, this, &MainWindow::onFinished);

    m_statusLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusLabel);
    createActions();

    QString path = historyPath.isEmpty() ? m_settings->historyPath() : historyPath;
    if (path.isEmpty())
        path = storage::HistoryStore::defaultPath();
    if (!path.isEmpty()) {
        Result<std::unique_ptr<storage::HistoryStore>> store = storage::HistoryStore::open(path);
        if (store) {
            m_store = std::move(store).value();
            m_recorder = std::make_unique<storage::RunRecorder>(*m_store);
            connect(m_recorder.get(), &storage::RunRecorder::writeFailed, this,
                [this](const Error& error) { m_banner->showWarning(tr("The history could not store part of the run: %1").arg(error.message)); });
        } else {
            m_banner->showWarning(tr("Runs are not stored: %1").arg(store.error().message));
        }
    }
    m_history->setStore(m_store.get());
    m_statusLabel->setText(m_store ? tr("History: %1").arg(QDir::toNativeSeparators(m_store->path())) : tr("History: off"));

    if (const QByteArray geometry = m_settings->windowGeometry(); !geometry.isEmpty())
        restoreGeometry(geometry);
    else
        resize(1280, 800);
    restoreState(m_settings->windowState());
    refreshStartPage();
    showPage(Page::Start);
}

MainWindow::~MainWindow()
{
    if (m_engine.isRunning()) {
        QEventLoop loop;
        connect(&m_engine, &Engine::runFinished, &loop, &QEventLoop::quit);
        m_engine.cancel();
        loop.exec();
    }
    if (m_demoTarget)
        m_demoTarget->stop();
}

void MainWindow::createActions()
{
    auto* newRunAction = new QAction(icon("new-run"), tr("&New run…"), this);
    newRunAction->setObjectName(QStringLiteral("newRunAction"));
    newRunAction->setShortcut(QKeySequence::New);
    newRunAction->setToolTip(tr("Configure and start a scale sweep or a load test (Ctrl+N)"));
    connect(newRunAction, &QAction::triggered, this, &MainWindow::newRun);
    auto* open = new QAction(icon("open"), tr("&Open plan…"), this);
    open->setShortcut(QKeySequence::Open);
    open->setToolTip(tr("Open a plan file and review it before running (Ctrl+O)"));
    connect(open, &QAction::triggered, this, &MainWindow::choosePlanFile);
    auto* demo = new QAction(icon("demo"), tr("Try the &demo"), this);
    demo->setToolTip(tr("Start the built-in demo API and open its plan"));
    connect(demo, &QAction::triggered, this, &MainWindow::openDemo);
    auto* loadDemo = new QAction(icon("demo"), tr("Try the &load-test demo"), this);
    loadDemo->setObjectName(QStringLiteral("loadDemoAction"));
    loadDemo->setToolTip(tr("Start the built-in demo API and open a load test of it"));
    connect(loadDemo, &QAction::triggered, this, &MainWindow::openLoadDemo);
    m_exportAction = new QAction(icon("export"), tr("&Export…"), this);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setShortcut(Qt::CTRL | Qt::Key_E);
    m_exportAction->setToolTip(tr("Write the HTML or PDF report, the charts, CSV, JSON or JUnit of the run or comparison shown (Ctrl+E)"));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportCurrent);
    auto* quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    m_stopAction = new QAction(icon("stop"), tr("&Stop run"), this);
    m_stopAction->setObjectName(QStringLiteral("stopAction"));
    m_stopAction->setShortcut(Qt::CTRL | Qt::Key_Period);
    m_stopAction->setToolTip(tr("Stop measuring, delete the records this run created, keep what was measured (Ctrl+.)"));
    connect(m_stopAction, &QAction::triggered, &m_engine, &Engine::cancel);

    m_pages = new QActionGroup(this);
    const struct {
        Page page;
        const char* iconName;
        QString text;
        QString tip;
    } pages[] = {
        { Page::Start, "start", tr("Start"), tr("New run, plans and recent runs") },
        { Page::Dashboard, "dashboard", tr("Dashboard"), tr("The charts of the run going on, or of the run opened") },
        { Page::Findings, "findings", tr("Findings"), tr("How each endpoint scales, what was found, threshold verdicts") },
        { Page::History, "history", tr("History"), tr("Every stored run: open, re-run, tag, compare, delete") },
        { Page::Compare, "compare", tr("Compare"), tr("Two runs side by side, changes judged against noise") },
    };
    int key = Qt::Key_1;
    for (const auto& entry : pages) {
        auto* action = new QAction(icon(entry.iconName), entry.text, m_pages);
        action->setCheckable(true);
        action->setShortcut(Qt::ALT | Qt::Key(key++));
        action->setToolTip(QStringLiteral("%1 (%2)").arg(entry.tip, action->shortcut().toString(QKeySequence::NativeText)));
        const Page page = entry.page;
        connect(action, &QAction::triggered, this, [this, page] { showPage(page); });
        m_pageActions.append(action);
    }

    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(newRunAction);
    file->addAction(open);
    file->addAction(demo);
    file->addAction(loadDemo);
    file->addSeparator();
    file->addAction(m_exportAction);
    file->addSeparator();
    file->addAction(quit);
    QMenu* run = menuBar()->addMenu(tr("&Run"));
    run->addAction(m_stopAction);
    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addActions(m_pageActions);
    view->addSeparator();
    QMenu* theme = view->addMenu(tr("&Theme"));
    theme->setObjectName(QStringLiteral("themeMenu"));
    auto* themes = new QActionGroup(theme);
    for (const auto& [value, label] : { std::pair { ui::Theme::System, tr("&System colours") },
             std::pair { ui::Theme::Light, tr("&Light") }, std::pair { ui::Theme::Dark, tr("&Dark") } }) {
        QAction* action = theme->addAction(label);
        action->setCheckable(true);
        action->setChecked(ui::themeFromName(m_settings->theme()) == value);
        themes->addAction(action);
        connect(action, &QAction::triggered, this, [this, value] {
            m_settings->setTheme(ui::themeName(value));
            ui::applyTheme(*qApp, value);
        });
    }
    QMenu* language = view->addMenu(tr("L&anguage"));
    language->setObjectName(QStringLiteral("languageMenu"));
    auto* languages = new QActionGroup(language);
    QList<std::pair<QString, QString>> choices { { QString(), tr("&System language") } };
    for (const QString& code : ui::availableLanguages())
        choices.append({ code, QLocale(code).nativeLanguageName() });
    for (const auto& [code, label] : choices) {
        QAction* action = language->addAction(label);
        action->setCheckable(true);
        action->setChecked(m_settings->language() == code);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code] {
            m_settings->setLanguage(code);
            m_banner->showMessage(tr("The language changes when ScaleScope starts the next time."));
        });
    }
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About ScaleScope"), this, [this] {
        QMessageBox::about(this, tr("About ScaleScope"),
            tr("<p><b>ScaleScope %1</b></p><p>How your HTTP API behaves as its data and its load grow.</p>")
                .arg(QCoreApplication::applicationVersion()));
    });

    QToolBar* actions = addToolBar(tr("Actions"));
    actions->setObjectName(QStringLiteral("actionsToolBar"));
    actions->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    actions->addAction(newRunAction);
    actions->addAction(open);
    actions->addAction(demo);
    actions->addSeparator();
    actions->addAction(m_stopAction);
    actions->addAction(m_exportAction);

    QToolBar* navigation = new QToolBar(tr("Pages"), this);
    navigation->setObjectName(QStringLiteral("pagesToolBar"));
    navigation->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    navigation->setIconSize(QSize(28, 28));
    navigation->setMovable(false);
    navigation->addActions(m_pageActions);
    addToolBar(Qt::LeftToolBarArea, navigation);
    updateActions();
}

void MainWindow::showPage(Page page)
{
    QWidget* widgets[] = { m_startPage, m_dashboard, m_findings, m_history, m_compare };
    const auto index = std::size_t(page);
    if (page == Page::Start)
        refreshStartPage();
    m_stack->setCurrentWidget(widgets[index]);
    m_pageActions.at(qsizetype(index))->setChecked(true);
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_stack->currentIndex());
}

void MainWindow::updateActions()
{
    m_stopAction->setEnabled(m_engine.isRunning());
    m_exportAction->setEnabled(!m_engine.isRunning());
}

void MainWindow::exportCurrent()
{
    ui::ExportSource source;
    const auto storedRun = [this](qint64 id) -> std::optional<ui::ExportSource::Run> {
        if (!m_store)
            return std::nullopt;
        Result<storage::StoredRun> stored = m_store->loadRun(id);
        if (!stored) {
            m_banner->showError(stored.error().message);
            return std::nullopt;
        }
        return ui::ExportSource::Run { std::move(stored->result), { stored->summary.id, stored->summary.name } };
    };
    switch (currentPage()) {
    case Page::Compare:
        if (!m_shownComparison) {
            m_banner->showWarning(tr("Nothing to export yet: compare two runs first (History ▸ Compare)."));
            return;
        }
        source.base = storedRun(m_shownComparison->first);
        source.candidate = storedRun(m_shownComparison->second);
        if (!source.base || !source.candidate)
            return;
        break;
    case Page::History: {
        const QList<qint64> selected = m_history->selectedRunIds();
        if (selected.size() != 1) {
            m_banner->showWarning(tr("Select one run in the history to export it."));
            return;
        }
        source.run = storedRun(selected.first());
        if (!source.run)
            return;
        break;
    }
    default:
        if (!m_shownRun) {
            m_banner->showWarning(tr("Nothing to export yet: run a test or open one from the history."));
            return;
        }
        source.run = ui::ExportSource::Run { m_shownRun->first, { m_shownRun->second, QString() } };
        break;
    }
    ui::ExportDialog dialog(std::move(source), this);
    dialog.exec();
}

void MainWindow::refreshStartPage()
{
    m_startPage->setRecentPlans(m_settings->recentPlans());
    if (!m_store) {
        m_startPage->setRecentRuns({}, QString());
        return;
    }
    storage::RunQuery query;
    query.limit = 10;
    const Result<QList<storage::RunSummary>> runs = m_store->listRuns(query);
    m_startPage->setRecentRuns(runs ? runs.value() : QList<storage::RunSummary> {}, m_store->path());
}

void MainWindow::choosePlanFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Open plan"), QString(), tr("Plans (*.json);;All files (*)"));
    if (!file.isEmpty())
        openPlanFile(file);
}

void MainWindow::openPlanFile(const QString& file)
{
    const Result<Plan> plan = loadPlanFile(file);
    if (!plan) {
        m_banner->showError(tr("%1 cannot be opened: %2").arg(QDir::toNativeSeparators(file), plan.error().message));
        return;
    }
    m_settings->addRecentPlan(file);
    runWizard(plan.value());
}

bool MainWindow::ensureDemoTarget()
{
    if (m_demoTarget)
        return true;
    m_demoTarget = std::make_unique<demo::DemoTargetThread>();
    const Result<QUrl> url = m_demoTarget->start(demo::DemoTargetOptions {});
    if (!url) {
        m_demoTarget.reset();
        m_banner->showError(tr("The demo target cannot start: %1").arg(url.error().message));
        return false;
    }
    m_demoUrl = url.value();
    m_banner->showMessage(tr("The demo target is listening on %1 (user admin).").arg(m_demoUrl.toString()));
    return true;
}

bool MainWindow::isDemoPlan(const Plan& plan) const
{
    // A plan of the bundled demo, aimed at a loopback port: a demo target of an earlier session.
    static const QStringList demoNames = [] {
        QStringList names;
        for (const char* resource : { ":/plans/demo.json", ":/plans/demo-load.json" }) {
            const Result<Plan> demo = loadPlanFile(QLatin1String(resource));
            if (demo && !demo->name.isEmpty())
                names.append(demo->name);
        }
        return names;
    }();
    return demoNames.contains(plan.name) && plan.target.baseUrl.host() == QLatin1String("127.0.0.1");
}

void MainWindow::openDemo()
{
    openDemoPlan(QStringLiteral(":/plans/demo.json"));
}

void MainWindow::openLoadDemo()
{
    openDemoPlan(QStringLiteral(":/plans/demo-load.json"));
}

void MainWindow::openDemoPlan(const QString& resource)
{
    if (!ensureDemoTarget())
        return;
    Result<Plan> plan = loadPlanFile(resource);
    if (!plan) {
        m_banner->showError(plan.error().message);
        return;
    }
    plan->target.baseUrl = m_demoUrl;
    runWizard(plan.value(), QString::fromLatin1(kDemoPassword));
}

void MainWindow::newRun()
{
    runWizard(ui::defaultWizardPlan());
}

void MainWindow::rerun(qint64 runId)
{
    if (!m_store)
        return;
    const Result<storage::StoredRun> stored = m_store->loadRun(runId);
    if (!stored) {
        m_banner->showError(stored.error().message);
        return;
    }
    Plan plan = stored->result.plan;
    // A demo run targeted a port of a demo target that is gone: aim at this session's one.
    if (isDemoPlan(plan)) {
        if (ensureDemoTarget()) {
            plan.target.baseUrl = m_demoUrl;
            runWizard(plan, QString::fromLatin1(kDemoPassword));
            return;
        }
    }
    runWizard(plan);
}

void MainWindow::runWizard(const Plan& prefill, const QString& password)
{
    if (m_engine.isRunning()) {
        m_banner->showWarning(tr("A run is going on: stop it first (Run ▸ Stop run)."));
        return;
    }
    ui::RunWizard wizard(this);
    wizard.setPlan(prefill);
    if (!password.isEmpty())
        wizard.setPassword(password);
    const bool start = m_wizardDriver ? m_wizardDriver(wizard) : wizard.exec() == QDialog::Accepted;
    if (!start)
        return;
    startRun(wizard.plan(), wizard.password(), wizard.token());
}

void MainWindow::startRun(const Plan& plan, const QString& password, const QString& token)
{
    if (m_engine.isRunning()) {
        m_banner->showWarning(tr("A run is going on already."));
        return;
    }
    RunOptions options;
    options.password = password;
    options.token = token;
    m_model->beginRun(plan);
    m_dashboard->setReadOnly(false);
    m_findings->clear();
    if (m_recorder) {
        storage::RunHeader header;
        header.plan = plan;
        header.seed = options.seed;
        header.transport = measuringTransportName(plan);
        m_recorder->begin(header);
    }
    if (m_engine.start(plan, options) == 0) {
        m_banner->showError(tr("The run could not start: another run is going on."));
        return;
    }
    updateActions();
    m_banner->dismiss();
    statusBar()->showMessage(tr("Running \"%1\" against %2").arg(plan.name, plan.target.baseUrl.toString(QUrl::RemoveUserInfo)));
    showPage(Page::Dashboard);
}

void MainWindow::onSnapshot(const RunSnapshotPtr& snapshot)
{
    if (m_recorder)
        m_recorder->onSnapshot(snapshot); // stored before shown
    m_model->applySnapshot(snapshot);
}

void MainWindow::onFinished(const RunResultPtr& result)
{
    qint64 historyId = 0;
    if (m_recorder && m_recorder->isRecording()) {
        m_recorder->onFinished(result); // also stores the findings and the threshold verdict
        historyId = m_recorder->runId();
    }
    m_model->finish(result);
    m_dashboard->setReadOnly(true);
    m_findings->setRun(*result);
    m_shownRun = std::pair { *result, historyId };
    updateActions();
    const int cells = int(result->cells.size());
    QString message;
    const bool load = result->load.has_value();
    const int stages = load ? int(result->load->stages.size()) : 0;
    switch (result->status) {
    case RunStatus::Completed:
        message = load ? tr("The load test completed: %n stage(s) measured", nullptr, stages)
                       : tr("The run completed: %n cell(s) measured", nullptr, cells);
        break;
    case RunStatus::Cancelled:
        message = tr("The run was stopped: %n cell(s) measured are kept", nullptr, cells);
        break;
    default:
        message = tr("The run failed after %n cell(s)", nullptr, cells);
        break;
    }
    if (historyId > 0)
        //: appended to the run's outcome
        message += tr(", stored as run %1").arg(historyId);
    statusBar()->showMessage(message);
    if (result->error && result->status != RunStatus::Cancelled)
        m_banner->showError(result->error->message);
    else if (load)
        //: %1 = the run's outcome
        m_banner->showMessage(tr("%1. Findings says where the target saturated or broke, and what else was found.").arg(message));
    else
        //: %1 = the run's outcome
        m_banner->showMessage(tr("%1. Findings shows how each endpoint scales.").arg(message));
    m_history->reload();
    refreshStartPage();
    Q_EMIT runStored(historyId);
}

QString MainWindow::runLabel(const storage::RunSummary& summary) const
{
    //: %1 = history id, %2 = name, %3 = start time
    return tr("run %1 \"%2\" (%3)")
        .arg(summary.id)
        .arg(summary.name.isEmpty() ? summary.planName : summary.name,
            QLocale().toString(summary.startedAt.toLocalTime(), QLocale::ShortFormat));
}

void MainWindow::openRun(qint64 runId)
{
    if (!m_store)
        return;
    if (m_engine.isRunning()) {
        m_banner->showWarning(tr("A run is going on: its dashboard stays until it ends. Open the run afterwards."));
        return;
    }
    const Result<storage::StoredRun> stored = m_store->loadRun(runId);
    if (!stored) {
        m_banner->showError(stored.error().message);
        return;
    }
    m_model->load(stored->result);
    m_dashboard->setReadOnly(true);
    m_findings->setRun(stored->result);
    m_shownRun = std::pair { stored->result, stored->summary.id };
    statusBar()->showMessage(tr("Showing %1").arg(runLabel(stored->summary)));
    showPage(Page::Dashboard);
}

void MainWindow::compareRuns(qint64 baseId, qint64 candidateId)
{
    if (!m_store)
        return;
    const Result<storage::StoredRun> base = m_store->loadRun(baseId);
    const Result<storage::StoredRun> candidate = m_store->loadRun(candidateId);
    if (!base || !candidate) {
        m_banner->showError(!base ? base.error().message : candidate.error().message);
        return;
    }
    m_compare->setRuns(base->result, runLabel(base->summary), candidate->result, runLabel(candidate->summary));
    m_shownComparison = std::pair { baseId, candidateId };
    showPage(Page::Compare);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_engine.isRunning()) {
        const auto answer = QMessageBox::question(this, tr("Stop the run?"),
            tr("A run is going on. Stop it (the records it created are deleted) and quit?"));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        QEventLoop loop;
        connect(&m_engine, &Engine::runFinished, &loop, &QEventLoop::quit);
        m_engine.cancel();
        loop.exec();
    }
    m_settings->setWindow(saveGeometry(), saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile() && urls.first().toLocalFile().endsWith(QLatin1String(".json")))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()) {
        event->acceptProposedAction();
        openPlanFile(urls.first().toLocalFile());
    }
}

} // namespace scalescope::gui
