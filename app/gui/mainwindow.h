// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/engine.h"
#include "storage/historystore.h"
#include "storage/runrecorder.h"

#include <QMainWindow>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

class QAction;
class QActionGroup;
class QLabel;
class QStackedWidget;

namespace scalescope::demo {
class DemoTargetThread;
}

namespace scalescope::ui {
class Banner;
class CompareView;
class DashboardWidget;
class FindingsView;
class HistoryView;
class RunModel;
class RunWizard;
class Settings;
}

namespace scalescope::gui {

class StartPage;

/// The application window: a start page, the live (or opened) run's dashboard, its findings, the history
/// browser and the compare view, one page at a time behind a navigation bar. Every run is stored in the
/// history (the same database as scalescope-cli's) cell by cell while it goes on.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum class Page { Start, Dashboard, Findings, History, Compare };

    /// @p historyPath: the history database; empty = the Settings' one or HistoryStore::defaultPath().
    explicit MainWindow(const QString& historyPath = {}, QWidget* parent = nullptr);
    ~MainWindow() override;
    Q_DISABLE_COPY_MOVE(MainWindow)

    /// Opens @p file in the run wizard; a bad file is reported in the banner with the reason.
    void openPlanFile(const QString& file);
    /// Starts the built-in demo target (once) and opens its plan in the wizard, ready to run.
    void openDemo();
    /// The same with the demo's load-test plan (resources/plans/demo-load.json).
    void openLoadDemo();
    /// Opens the wizard on a new plan (scale_test's defaults).
    void newRun();
    /// Starts a run of @p plan at once (the wizard's Start); the password stays in memory.
    void startRun(const Plan& plan, const QString& password, const QString& token);
    /// Shows a stored run in the dashboard (read-only) and its findings.
    void openRun(qint64 runId);
    /// Compares two stored runs in the compare view.
    void compareRuns(qint64 baseId, qint64 candidateId);
    void showPage(Page page);
    [[nodiscard]] Page currentPage() const;

    /// Replaces the wizard's modal exec(): called with the prefilled wizard, returns whether to start. For tests
    /// and scripted screenshots.
    using WizardDriver = std::function<bool(ui::RunWizard& wizard)>;
    void setWizardDriver(WizardDriver driver) { m_wizardDriver = std::move(driver); }

    [[nodiscard]] ui::RunModel* runModel() const { return m_model; }
    [[nodiscard]] Engine* engine() { return &m_engine; }
    [[nodiscard]] ui::DashboardWidget* dashboard() const { return m_dashboard; }
    [[nodiscard]] ui::FindingsView* findingsView() const { return m_findings; }
    [[nodiscard]] ui::HistoryView* historyView() const { return m_history; }
    [[nodiscard]] ui::CompareView* compareView() const { return m_compare; }
    [[nodiscard]] ui::Banner* banner() const { return m_banner; }
    [[nodiscard]] StartPage* startPage() const { return m_startPage; }
    /// The history database (nullptr when none could be opened).
    [[nodiscard]] storage::HistoryStore* store() const { return m_store.get(); }
    /// The demo target's URL once openDemo() started it.
    [[nodiscard]] QUrl demoUrl() const { return m_demoUrl; }
    /// The in-process demo target once openDemo() started it, else nullptr.
    [[nodiscard]] demo::DemoTargetThread* demoTarget() const { return m_demoTarget.get(); }

Q_SIGNALS:
    /// A run ended and is stored under @p historyId (0 when the history is off).
    void runStored(qint64 historyId);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void runWizard(const Plan& prefill, const QString& password = {});
    void rerun(qint64 runId);
    void choosePlanFile();
    void refreshStartPage();
    void onSnapshot(const RunSnapshotPtr& snapshot);
    void onFinished(const RunResultPtr& result);
    void updateActions();
    /// Export… for the page shown: the run on the dashboard or the findings, the run selected in the history, or
    /// the comparison.
    void exportCurrent();
    bool ensureDemoTarget();
    /// Opens the bundled demo plan @p resource aimed at the demo target.
    void openDemoPlan(const QString& resource);
    [[nodiscard]] bool isDemoPlan(const Plan& plan) const;
    [[nodiscard]] QString runLabel(const storage::RunSummary& summary) const;

    ui::Settings* m_settings;
    ui::RunModel* m_model;
    QStackedWidget* m_stack = nullptr;
    ui::Banner* m_banner = nullptr;
    StartPage* m_startPage = nullptr;
    ui::DashboardWidget* m_dashboard = nullptr;
    ui::FindingsView* m_findings = nullptr;
    ui::HistoryView* m_history = nullptr;
    ui::CompareView* m_compare = nullptr;
    QLabel* m_statusLabel = nullptr;
    QActionGroup* m_pages = nullptr;
    QList<QAction*> m_pageActions;
    QAction* m_stopAction = nullptr;
    QAction* m_exportAction = nullptr;
    /// The run the dashboard and the findings show (finished or opened), and the last comparison: what Export… writes.
    std::optional<std::pair<RunResult, qint64>> m_shownRun;
    std::optional<std::pair<qint64, qint64>> m_shownComparison;
    std::unique_ptr<storage::HistoryStore> m_store;
    std::unique_ptr<storage::RunRecorder> m_recorder;
    std::unique_ptr<demo::DemoTargetThread> m_demoTarget;
    QUrl m_demoUrl;
    WizardDriver m_wizardDriver;
    Engine m_engine;
};

} // namespace scalescope::gui
