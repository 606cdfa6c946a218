// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "startpage.h"

#include "labels.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace scalescope::gui {

StartPage::StartPage(QWidget* parent)
    : QWidget(parent)
{
    auto* title = new QLabel(tr("<h1>ScaleScope</h1><p>How your HTTP API behaves as its data and its load grow.</p>"), this);
    title->setWordWrap(true);

    auto* newRun = new QPushButton(tr("&New run…"), this);
    newRun->setObjectName(QStringLiteral("newRunButton"));
    newRun->setToolTip(tr("Configure a scale sweep or a load test step by step: target, login, the kind of test, dataset, endpoints, thresholds"));
    auto* openPlan = new QPushButton(tr("&Open plan…"), this);
    openPlan->setObjectName(QStringLiteral("openPlanButton"));
    openPlan->setToolTip(tr("Open a plan file (JSON) and review it before running"));
    auto* demo = new QPushButton(tr("Try the &demo"), this);
    demo->setObjectName(QStringLiteral("demoButton"));
    demo->setToolTip(tr("Start the built-in demo API on this computer and open its plan, ready to run"));
    auto* loadDemo = new QPushButton(tr("Try the &load-test demo"), this);
    loadDemo->setObjectName(QStringLiteral("loadDemoButton"));
    loadDemo->setToolTip(tr("Start the built-in demo API and open a load test of it: virtual users, a stress ramp or a "
                            "concurrency sweep"));
    for (QPushButton* button : { newRun, openPlan, demo, loadDemo })
        button->setMinimumHeight(36);
    connect(newRun, &QPushButton::clicked, this, &StartPage::newRunRequested);
    connect(openPlan, &QPushButton::clicked, this, &StartPage::openPlanRequested);
    connect(demo, &QPushButton::clicked, this, &StartPage::demoRequested);
    connect(loadDemo, &QPushButton::clicked, this, &StartPage::loadDemoRequested);

    m_plans = new QListWidget(this);
    m_plans->setObjectName(QStringLiteral("recentPlans"));
    m_plans->setToolTip(tr("Plan files opened recently: double-click or press Enter to open one"));
    connect(m_plans, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { Q_EMIT recentPlanActivated(item->data(Qt::UserRole).toString()); });
    m_runs = new QListWidget(this);
    m_runs->setObjectName(QStringLiteral("recentRuns"));
    connect(m_runs, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        if (item->data(Qt::UserRole).isValid())
            Q_EMIT recentRunActivated(item->data(Qt::UserRole).toLongLong());
    });
    m_runsTitle = new QLabel(tr("<b>Recent runs</b>"), this);

    auto* buttons = new QVBoxLayout;
    buttons->addWidget(newRun);
    buttons->addWidget(openPlan);
    buttons->addWidget(demo);
    buttons->addWidget(loadDemo);
    buttons->addStretch();
    auto* lists = new QVBoxLayout;
    lists->addWidget(new QLabel(tr("<b>Recent plans</b>"), this));
    lists->addWidget(m_plans);
    lists->addWidget(m_runsTitle);
    lists->addWidget(m_runs);
    auto* columns = new QHBoxLayout;
    columns->addLayout(buttons, 1);
    columns->addLayout(lists, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(columns, 1);
    layout->setContentsMargins(32, 24, 32, 24);
    setRecentPlans({});
}

void StartPage::setRecentPlans(const QStringList& files)
{
    m_plans->clear();
    for (const QString& file : files) {
        auto* item = new QListWidgetItem(QFileInfo(file).fileName(), m_plans);
        item->setData(Qt::UserRole, file);
        item->setToolTip(QDir::toNativeSeparators(file));
    }
    if (files.isEmpty()) {
        auto* item = new QListWidgetItem(tr("No plan opened yet"), m_plans);
        item->setFlags(Qt::NoItemFlags);
    }
}

void StartPage::setRecentRuns(const QList<storage::RunSummary>& runs, const QString& historyPath)
{
    m_runs->clear();
    m_runs->setToolTip(tr("The newest runs in %1: double-click or press Enter to open one").arg(QDir::toNativeSeparators(historyPath)));
    for (const storage::RunSummary& run : runs) {
        const QString name = run.name.isEmpty() ? run.planName : run.name;
        //: run list entry: id, name, start, status, cells
        auto* item = new QListWidgetItem(tr("#%1  %2 — %3, %4, %n cell(s)", nullptr, run.cellCount)
                                             .arg(run.id)
                                             .arg(name, run.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                                  ui::runStatusLabel(run.status)),
                                         m_runs);
        item->setData(Qt::UserRole, run.id);
    }
    if (runs.isEmpty()) {
        auto* item = new QListWidgetItem(tr("No run stored yet"), m_runs);
        item->setFlags(Qt::NoItemFlags);
    }
}

} // namespace scalescope::gui
