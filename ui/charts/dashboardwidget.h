// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;

namespace scalescope::ui {

class EventLogModel;
class HeatmapView;
class OverTimeChartView;
class RefreshThrottle;
class RunModel;
class ScaleChartView;
class SuccessBarsView;

/// The page of one run, live or opened from the history: a title line (plan, target, status), the progress
/// (phase, size, cell, overall %, time and ETA, records, requests) with a Stop button, the scale chart, the
/// heatmap and success bars (tabs), the run over time and the event log. Everything reads @p model; the
/// progress text refreshes through a RefreshThrottle like the charts.
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
    [[nodiscard]] EventLogModel* eventLogModel() const { return m_eventModel; }

Q_SIGNALS:
    /// The user asked to stop the run; the owner stops it gracefully (cleanup still runs).
    void stopRequested();

private:
    void refreshProgress();
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
    QTableView* m_eventLog = nullptr;
    EventLogModel* m_eventModel = nullptr;
    RefreshThrottle* m_throttle = nullptr;
    int m_refreshCount = 0;
    bool m_readOnly = false;
    bool m_stopping = false;
    bool m_followLog = true;
};

} // namespace scalescope::ui
