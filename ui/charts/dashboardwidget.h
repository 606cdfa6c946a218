// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace scalescope::ui {

class EventLogModel;
class HeatmapView;
class LoadOverTimeView;
class LoadScalingView;
class LoadStagesView;
class OverTimeChartView;
class RefreshThrottle;
class RunModel;
class ScaleChartView;
class SuccessBarsView;

/// The page of one run, live or opened from the history: a title line (plan, target, status), the progress
/// (phase, size, cell, overall %, time and ETA, records, requests) with a Stop button, the scale chart, the
/// heatmap and success bars (tabs), the run over time and the event log. A load test (plan.load) is shown
/// differently — the scale charts mean nothing for it: its level, throughput, latency, errors and generator CPU over
/// time, the stages as they finish with the outcome above them, throughput against the level (stress tests and
/// concurrency sweeps, with the USL fit), and the event log. Everything reads @p model; the progress text refreshes
/// through a RefreshThrottle like the charts.
class DashboardWidget : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardWidget)
public:
    explicit DashboardWidget(RunModel* model, QWidget* parent = nullptr);
    ~DashboardWidget() override;

    [[nodiscard]] RunModel* model() const { return m_model; }

    /// A run opened from the history (or otherwise finished): no Stop button. A live run that finishes
    /// hides it as well; setReadOnly(false) only offers it again while the model's run is going on.
    void setReadOnly(bool readOnly);
    [[nodiscard]] bool isReadOnly() const { return m_readOnly; }

    /// Applies every pending refresh (progress and views) now, e.g. before a screenshot.
    void flush();
    /// How many times the progress area refreshed.
    [[nodiscard]] int refreshCount() const { return m_refreshCount; }

    [[nodiscard]] ScaleChartView* scaleChart() const { return m_scaleChart; }
    [[nodiscard]] HeatmapView* heatmap() const { return m_heatmap; }
    [[nodiscard]] SuccessBarsView* successBars() const { return m_successBars; }
    [[nodiscard]] OverTimeChartView* overTimeChart() const { return m_overTime; }
    [[nodiscard]] QTableView* eventLog() const { return m_eventLog; }
    [[nodiscard]] LoadOverTimeView* loadOverTimeChart() const { return m_loadOverTime; }
    [[nodiscard]] LoadStagesView* loadStagesView() const { return m_loadStages; }
    [[nodiscard]] LoadScalingView* loadScalingChart() const { return m_loadScaling; }
    /// Whether the load-test views are shown (the model's run is a load test) instead of the scale sweep's.
    [[nodiscard]] bool isShowingLoad() const { return m_showingLoad; }
    [[nodiscard]] EventLogModel* eventLogModel() const { return m_eventModel; }

Q_SIGNALS:
    /// The user asked to stop the run; the owner stops it gracefully (cleanup still runs).
    void stopRequested();

private:
    void refreshProgress();
    /// Shows the views of a scale sweep or of a load test, whichever the model's run is; only the shown ones
    /// follow the model.
    void applyMode();
    void updateStopButton();
    void onStopClicked();

    QPointer<RunModel> m_model;
    QLabel* m_titleLabel = nullptr;
    QLabel* m_targetLabel = nullptr;
    QLabel* m_statusLabel = nullptr;
    QLabel* m_phaseLabel = nullptr;
    QLabel* m_sizeLabel = nullptr;
    QLabel* m_cellLabel = nullptr;
    QProgressBar* m_progressBar = nullptr;
    QLabel* m_timeLabel = nullptr;
    QLabel* m_recordsLabel = nullptr;
    QLabel* m_requestsLabel = nullptr;
    QPushButton* m_stopButton = nullptr;
    ScaleChartView* m_scaleChart = nullptr;
    HeatmapView* m_heatmap = nullptr;
    SuccessBarsView* m_successBars = nullptr;
    OverTimeChartView* m_overTime = nullptr;
    QTabWidget* m_tabs = nullptr;
    QStackedWidget* m_pages = nullptr;
    QSplitter* m_sweepBottom = nullptr;
    QSplitter* m_sweepTop = nullptr;
    QSplitter* m_loadRight = nullptr;
    QWidget* m_eventsPane = nullptr;
    LoadOverTimeView* m_loadOverTime = nullptr;
    LoadStagesView* m_loadStages = nullptr;
    LoadScalingView* m_loadScaling = nullptr;
    bool m_showingLoad = false;
    QTableView* m_eventLog = nullptr;
    EventLogModel* m_eventModel = nullptr;
    RefreshThrottle* m_throttle = nullptr;
    int m_refreshCount = 0;
    bool m_readOnly = false;
    bool m_stopping = false;
    bool m_followLog = true;
};

} // namespace scalescope::ui
