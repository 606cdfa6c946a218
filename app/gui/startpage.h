// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/historystore.h"

#include <QWidget>

class QListWidget;
class QLabel;

namespace scalescope::gui {

/// The first screen: New run…, Open plan…, the demos (a scale sweep and a load test), recent plan files and recent
/// runs.
class StartPage : public QWidget {
    Q_OBJECT
public:
    explicit StartPage(QWidget* parent = nullptr);

    void setRecentPlans(const QStringList& files);
    void setRecentRuns(const QList<storage::RunSummary>& runs, const QString& historyPath);

Q_SIGNALS:
    void newRunRequested();
    void openPlanRequested();
    void demoRequested();
    void loadDemoRequested();
    void recentPlanActivated(const QString& file);
    void recentRunActivated(qint64 runId);

private:
    QListWidget* m_plans = nullptr;
    QListWidget* m_runs = nullptr;
    QLabel* m_runsTitle = nullptr;
};

} // namespace scalescope::gui
