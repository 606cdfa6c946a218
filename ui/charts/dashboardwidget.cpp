// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/dashboardwidget.h"

#include "charts/cellmetric.h"
#include "charts/eventlogmodel.h"
#include "charts/heatmapview.h"
#include "charts/loadovertimeview.h"
#include "charts/loadscalingview.h"
#include "charts/loadstagesview.h"
#include "charts/overtimechartview.h"
#include "charts/refreshthrottle.h"
#include "charts/scalechartview.h"
#include "charts/successbarsview.h"
#include "labels.h"
#include "runmodel.h"
#include "widgets/tables.h"

#include <QBoxLayout>
#include <QFrame>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>

#include <algorithm>
#include <cmath>

namespace scalescope::ui {

namespace {

    QLabel* makeLabel(const QString& objectName, QWidget* parent)
    {
        auto* label = new QLabel(parent);
        label->setObjectName(objectName);
        label->setTextFormat(Qt::PlainText);
        return label;
    }

    QFrame* makeSeparator(QWidget* parent)
    {
        auto* line = new QFrame(parent);
        line->setFrameShape(QFrame::VLine);
        line->setFrameShadow(QFrame::Sunken);
        return line;
    }

} // namespace

DashboardWidget::DashboardWidget(RunModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_throttle(new RefreshThrottle([this] { refreshProgress(); }, this))
{
    // Title line: plan, target, status.
    m_titleLabel = makeLabel(QStringLiteral("titleLabel"), this);
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_targetLabel = makeLabel(QStringLiteral("targetLabel"), this);
    m_targetLabel->setForegroundRole(QPalette::PlaceholderText);
    m_targetLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusLabel = makeLabel(QStringLiteral("statusLabel"), this);
    QFont boldFont = m_statusLabel->font();
    boldFont.setBold(true);
    m_statusLabel->setFont(boldFont);
    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(m_titleLabel);
    titleRow->addSpacing(8);
    titleRow->addWidget(m_targetLabel, 1);
    titleRow->addWidget(m_statusLabel);

    // Progress line.
    m_phaseLabel = makeLabel(QStringLiteral("phaseLabel"), this);
    m_phaseLabel->setFont(boldFont);
    m_phaseLabel->setToolTip(tr("What the run is doing now"));
    m_sizeLabel = makeLabel(QStringLiteral("sizeLabel"), this);
    m_sizeLabel->setToolTip(tr("The dataset size being measured, and its place among the plan's sizes"));
    m_cellLabel = makeLabel(QStringLiteral("cellLabel"), this);
    m_cellLabel->setToolTip(tr("The (size, endpoint) cell being measured, of all cells of the plan"));
    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName(QStringLiteral("progressBar"));
    m_progressBar->setRange(0, 100);
    //: %p is replaced by the percentage
    m_progressBar->setFormat(tr("%p %"));
    m_progressBar->setMinimumWidth(160);
    m_progressBar->setToolTip(tr("Overall progress, weighted by requests"));
    m_timeLabel = makeLabel(QStringLiteral("timeLabel"), this);
    m_timeLabel->setToolTip(tr("Time since the start and the estimated time left"));
    m_recordsLabel = makeLabel(QStringLiteral("recordsLabel"), this);
    m_recordsLabel->setToolTip(tr("Records the run created in the target to reach the dataset sizes"));
    m_requestsLabel = makeLabel(QStringLiteral("requestsLabel"), this);
    m_requestsLabel->setToolTip(tr("Requests sent so far, seeding and warm-up included"));
    m_stopButton = new QPushButton(style()->standardIcon(QStyle::SP_MediaStop), tr("&Stop"), this);
    m_stopButton->setObjectName(QStringLiteral("stopButton"));
    m_stopButton->setToolTip(tr("Stop the run; the cells measured so far are kept"));
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_phaseLabel);
    progressRow->addWidget(makeSeparator(this));
    progressRow->addWidget(m_sizeLabel);
    progressRow->addWidget(makeSeparator(this));
    progressRow->addWidget(m_cellLabel);
    progressRow->addWidget(m_progressBar, 1);
    progressRow->addWidget(m_timeLabel);
    progressRow->addWidget(makeSeparator(this));
    progressRow->addWidget(m_recordsLabel);
    progressRow->addWidget(makeSeparator(this));
    progressRow->addWidget(m_requestsLabel);
    progressRow->addSpacing(8);
    progressRow->addWidget(m_stopButton);

    // The views.
    m_scaleChart = new ScaleChartView(model, this);
    m_heatmap = new HeatmapView(model, this);
    m_successBars = new SuccessBarsView(model, this);
    m_overTime = new OverTimeChartView(model, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("viewTabs"));
    m_tabs->addTab(m_heatmap, tr("Heat&map"));
    m_tabs->setTabToolTip(0, tr("Every cell coloured by a statistic"));
    m_tabs->addTab(m_successBars, tr("S&uccess rate"));
    m_tabs->setTabToolTip(1, tr("Successful requests per endpoint and size"));

    m_eventModel = new EventLogModel(model, this);
    m_eventLog = makeReadOnlyTable(m_eventModel, QStringLiteral("eventLog"), this);
    m_eventLog->setToolTip(tr("What happened during the run: login, seeding, sizes, warnings and errors"));
    m_eventLog->setWordWrap(false);
    m_eventLog->setShowGrid(false);
    m_eventLog->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    // Fixed widths from the font: ResizeToContents measures only rows laid out in a visible viewport, and the log
    // fills while its page may be hidden (it came out 37 px wide, "0:…", in the main window).
    {
        QHeaderView* header = m_eventLog->horizontalHeader();
        const QFontMetrics metrics = m_eventLog->fontMetrics();
        int levelWidth = metrics.horizontalAdvance(header->model()->headerData(EventLogModel::LevelColumn, Qt::Horizontal).toString());
        for (const RunEvent::Level level : { RunEvent::Level::Info, RunEvent::Level::Warning, RunEvent::Level::Error })
            levelWidth = std::max(levelWidth, metrics.horizontalAdvance(EventLogModel::levelLabel(level)));
        header->setSectionResizeMode(EventLogModel::TimeColumn, QHeaderView::Fixed);
        header->setSectionResizeMode(EventLogModel::LevelColumn, QHeaderView::Fixed);
        header->resizeSection(EventLogModel::TimeColumn, metrics.horizontalAdvance(QStringLiteral("00:00:00.0")) + 16);
        header->resizeSection(EventLogModel::LevelColumn, levelWidth + m_eventLog->iconSize().width() + 28);
    }
    auto* eventsTitle = new QLabel(tr("Events"), this);
    eventsTitle->setFont(boldFont);
    auto* eventsPane = new QWidget(this);
    m_eventsPane = eventsPane;
    auto* eventsLayout = new QVBoxLayout(eventsPane);
    eventsLayout->setContentsMargins(0, 0, 0, 0);
    eventsLayout->setSpacing(2);
    eventsLayout->addWidget(eventsTitle);
    eventsLayout->addWidget(m_eventLog, 1);

    auto* top = new QSplitter(Qt::Horizontal, this);
    top->setObjectName(QStringLiteral("topSplitter"));
    top->addWidget(m_scaleChart);
    top->addWidget(m_tabs);
    auto* bottom = new QSplitter(Qt::Horizontal, this);
    bottom->setObjectName(QStringLiteral("bottomSplitter"));
    bottom->addWidget(m_overTime);
    bottom->addWidget(eventsPane);
    // A 2 × 2 grid: both rows split at the same place, whichever splitter the user drags. Relative sizes:
    // the splitters scale them to the space they get.
    for (QSplitter* row : { top, bottom }) {
        row->setSizes({ 3000, 2000 });
        row->setChildrenCollapsible(false);
    }
    connect(top, &QSplitter::splitterMoved, bottom, [top, bottom] { bottom->setSizes(top->sizes()); });
    connect(bottom, &QSplitter::splitterMoved, top, [top, bottom] { top->setSizes(bottom->sizes()); });
    auto* rows = new QSplitter(Qt::Vertical, this);
    rows->setObjectName(QStringLiteral("rowSplitter"));
    rows->addWidget(top);
    rows->addWidget(bottom);
    rows->setSizes({ 3000, 2000 });
    rows->setChildrenCollapsible(false);
    m_sweepTop = top;
    m_sweepBottom = bottom;

    // A load test: its charts over time on the left, full height; the stages, throughput against the level and the
    // event log on the right. The views are made for either kind of run; only the shown ones follow the model.
    m_loadOverTime = new LoadOverTimeView(nullptr, this);
    m_loadOverTime->setObjectName(QStringLiteral("loadOverTime"));
    m_loadStages = new LoadStagesView(model, this);
    m_loadStages->setObjectName(QStringLiteral("loadStages"));
    m_loadScaling = new LoadScalingView(nullptr, this);
    m_loadScaling->setObjectName(QStringLiteral("loadScaling"));
    m_loadRight = new QSplitter(Qt::Vertical, this);
    m_loadRight->setObjectName(QStringLiteral("loadRightSplitter"));
    m_loadRight->addWidget(m_loadStages);
    m_loadRight->addWidget(m_loadScaling);
    m_loadRight->setChildrenCollapsible(false);
    auto* loadSplitter = new QSplitter(Qt::Horizontal, this);
    loadSplitter->setObjectName(QStringLiteral("loadSplitter"));
    loadSplitter->addWidget(m_loadOverTime);
    loadSplitter->addWidget(m_loadRight);
    loadSplitter->setSizes({ 3000, 2400 });
    loadSplitter->setChildrenCollapsible(false);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("dashboardPages"));
    m_pages->addWidget(rows);
    m_pages->addWidget(loadSplitter);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 8);
    layout->setSpacing(4);
    layout->addLayout(titleRow);
    layout->addLayout(progressRow);
    layout->addWidget(m_pages, 1);

    setTabOrder(m_stopButton, m_scaleChart);

    connect(m_stopButton, &QPushButton::clicked, this, &DashboardWidget::onStopClicked);
    connect(m_eventModel, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        const QScrollBar* bar = m_eventLog->verticalScrollBar();
        m_followLog = bar->value() >= bar->maximum() - 1;
    });
    connect(m_eventModel, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_followLog)
            m_eventLog->scrollToBottom();
    });
    if (model) {
        connect(model, &RunModel::reset, this, [this] {
            applyMode();
            m_stopping = false;
            m_followLog = true;
            updateStopButton();
            m_throttle->request();
        });
        connect(model, &RunModel::progressChanged, m_throttle, &RefreshThrottle::request);
        connect(model, &RunModel::cellsAdded, m_throttle, &RefreshThrottle::request);
        connect(model, &RunModel::finished, this, [this] {
            updateStopButton(); // at once: a finished run offers no Stop, not even for 100 ms
            m_throttle->request();
        });
    }
    applyMode();
    refreshProgress();
}

DashboardWidget::~DashboardWidget() = default;

void DashboardWidget::applyMode()
{
    const bool load = m_model && m_model->isLoadTest();
    const bool changed = load != m_showingLoad || m_pages->currentIndex() != (load ? 1 : 0);
    m_showingLoad = load;
    RunModel* model = m_model.data();
    for (RunModelView* view : std::initializer_list<RunModelView*> { m_scaleChart, m_heatmap, m_successBars, m_overTime }) {
        if (view->model() != (load ? nullptr : model))
            view->setModel(load ? nullptr : model);
    }
    for (RunModelView* view : std::initializer_list<RunModelView*> { m_loadOverTime, m_loadScaling }) {
        if (view->model() != (load ? model : nullptr))
            view->setModel(load ? model : nullptr);
    }
    m_loadScaling->setVisible(load && LoadScalingView::appliesTo(m_model->plan()));
    if (!changed)
        return;
    // One event log, in whichever layout is shown.
    if (load) {
        m_loadRight->addWidget(m_eventsPane);
        m_loadRight->setSizes({ 3000, 2600, 1900 });
    } else {
        m_sweepBottom->addWidget(m_eventsPane);
        m_sweepBottom->setSizes(m_sweepTop->sizes());
    }
    m_pages->setCurrentIndex(load ? 1 : 0);
}

void DashboardWidget::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateStopButton();
}

void DashboardWidget::flush()
{
    m_throttle->flush();
    m_scaleChart->flush();
    m_heatmap->flush();
    m_successBars->flush();
    m_overTime->flush();
    m_loadOverTime->flush();
    m_loadScaling->flush();
}

void DashboardWidget::onStopClicked()
{
    if (m_stopping)
        return;
    m_stopping = true;
    updateStopButton();
    Q_EMIT stopRequested();
}

void DashboardWidget::updateStopButton()
{
    const bool running = m_model && !m_model->isFinished() && !m_model->plan().endpoints.isEmpty();
    m_stopButton->setVisible(!m_readOnly && running);
    m_stopButton->setEnabled(!m_stopping);
    m_stopButton->setText(m_stopping ? tr("Stopping…") : tr("&Stop"));
}

void DashboardWidget::refreshProgress()
{
    ++m_refreshCount;
    updateStopButton();
    if (!m_model) {
        m_titleLabel->setText(tr("No run"));
        return;
    }
    const Plan& plan = m_model->plan();
    const RunSnapshot& progress = m_model->progress();
    const bool hasRun = !plan.endpoints.isEmpty();
    const bool finished = m_model->isFinished();
    const QLocale locale;

    m_titleLabel->setText(!hasRun ? tr("No run yet") : plan.name.isEmpty() ? tr("Untitled plan") : plan.name);
    m_targetLabel->setText(plan.target.baseUrl.toString(QUrl::RemoveUserInfo));

    QString status;
    bool failed = false;
    if (!hasRun) {
        status.clear();
    } else if (!finished) {
        status = runStatusLabel(RunStatus::Running);
    } else {
        const RunStatus runStatus = m_model->status().value_or(RunStatus::Completed);
        status = runStatusLabel(runStatus);
        if (runStatus == RunStatus::Failed) {
            if (m_model->error()) {
                //: %1 = run status ("Failed"), %2 = why
                status = tr("%1: %2").arg(status, m_model->error()->message);
            }
            failed = true;
        }
    }
    m_statusLabel->setText(status);
    m_statusLabel->setToolTip(status);
    // Only the failure colour is set: everything else follows the window's (light or dark) palette.
    QPalette statusPalette;
    if (failed)
        statusPalette.setColor(QPalette::WindowText, QColor(0xd5, 0x5e, 0x00));
    m_statusLabel->setPalette(statusPalette);

    m_phaseLabel->setText(hasRun ? runPhaseLabel(progress.phase) : QString());
    const QList<int>& sizes = m_model->sizes();
    m_sizeLabel->setToolTip(tr("The dataset size being measured, and its place among the plan's sizes"));
    m_cellLabel->setToolTip(tr("The (size, endpoint) cell being measured, of all cells of the plan"));
    if (plan.load) {
        // A load test: its kind and the level applied now instead of sizes; the stages done instead of cells.
        const LoadConfig& load = *plan.load;
        const double level = m_model->loadLevel();
        if (!finished && level > 0)
            //: %1 = "Stress test", %2 = the level applied now ("40", "250.5"), %3 = "users" or "requests/s"
            m_sizeLabel->setText(tr("%1: %2 %3 now")
                                     .arg(loadKindLabel(load.kind),
                                         locale.toString(level, 'f', level < 10 ? 1 : 0), loadLevelUnit(load.model)));
        else
            //: %1 = "Stress test", %2 = "closed model (virtual users)"
            m_sizeLabel->setText(tr("%1, %2").arg(loadKindLabel(load.kind), loadModelLabel(load.model)));
        m_sizeLabel->setToolTip(tr("The kind of load test, and the users or requests per second it applies now"));
        const int stages = int(m_model->loadStages().size());
        // "Label: number" rather than a plural: the number changes as the run goes on.
        m_cellLabel->setText(tr("Stages done: %1").arg(stages));
        m_cellLabel->setToolTip(tr("Stages of the load test that are over (steps, levels or intervals)"));
    } else if (!finished && progress.sizeIndex >= 0 && progress.sizeIndex < sizes.size()) {
        //: %1 = dataset size, %2 = its position among the plan's sizes, %3 = how many sizes
        m_sizeLabel->setText(tr("Size %1 (%2 / %3)")
                                 .arg(locale.toString(sizes.at(progress.sizeIndex)))
                                 .arg(progress.sizeIndex + 1)
                                 .arg(sizes.size()));
    } else if (sizes.size() > 1) {
        //: the plan's dataset sizes: %1 = smallest, %2 = largest
        m_sizeLabel->setText(tr("Sizes %1 to %2").arg(locale.toString(sizes.first()), locale.toString(sizes.last())));
    } else {
        m_sizeLabel->setText(sizes.isEmpty() ? QString() : tr("Size %1").arg(locale.toString(sizes.first())));
    }
    const int total = progress.cellsTotal;
    if (plan.load) {
        // Set above.
    } else if (finished || total == 0) {
        //: %1 = cells measured, %2 = cells in the plan
        m_cellLabel->setText(tr("%1 / %2 cells").arg(progress.cellsDone).arg(total));
    } else {
        //: the cell being measured: %1 = its number, %2 = cells in the plan
        m_cellLabel->setText(tr("Cell %1 / %2").arg(std::min(progress.cellsDone + 1, total)).arg(total));
    }
    m_progressBar->setValue(int(std::lround(std::clamp(progress.progress, 0.0, 1.0) * 100.0)));

    if (finished) {
        m_timeLabel->setText(
            progress.elapsedMs > 0 ? tr("Took %1").arg(formatDuration(progress.elapsedMs)) : QString());
    } else if (hasRun) {
        const QString eta = progress.etaMs >= 0 ? formatDuration(progress.etaMs) : tr("unknown");
        //: %1 = time since the start, %2 = estimated time left
        m_timeLabel->setText(tr("Elapsed %1, ETA %2").arg(formatDuration(progress.elapsedMs), eta));
    } else {
        m_timeLabel->clear();
    }

    const bool seeded = plan.dataset.mode == DatasetMode::Seeded;
    m_recordsLabel->setVisible(hasRun && seeded);
    // "Label: number" rather than a sentence with a plural: the numbers change ten times a second.
    m_recordsLabel->setText(tr("Records created: %1").arg(locale.toString(progress.recordsCreated)));
    if (progress.requestsDone > 0 || !finished) {
        m_requestsLabel->setText(tr("Requests: %1").arg(locale.toString(progress.requestsDone)));
    } else {
        // A stored run keeps no request counter: its measured requests are what the cells hold.
        quint64 measured = 0;
        for (const CellResult& cell : m_model->cells())
            measured += cell.stats.count;
        m_requestsLabel->setText(tr("Measured requests: %1").arg(locale.toString(measured)));
    }
    m_requestsLabel->setVisible(hasRun);
}

} // namespace scalescope::ui
