// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "plan/plan.h"
#include "reportoutputs.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace scalescope::cli {

/// Documented exit codes of scalescope-cli (README "Exit codes").
enum ExitCode : int {
    ExitOk = 0,
    ExitThresholdsFailed = 1,
    ExitUsage = 2, ///< bad command line or plan
    ExitTarget = 3, ///< target unreachable, login failed, seeding failed
    ExitInterrupted = 4, ///< stopped by Ctrl-C / SIGTERM (cleanup still ran)
    ExitHistory = 5, ///< the history database cannot be used (corrupt, foreign, newer, unwritable) or has no such run
};

enum class Command { Help, Version, Run, Validate, Demo, History, Compare, Report };
enum class HistoryAction { List, Show, Delete, Tag, Untag, Note };

/// Command line of scalescope-cli. The overrides mirror Django's `manage.py scale_test`.
struct CliOptions {
    Command command = Command::Help;
    QString planFile;
    std::optional<QList<int>> sizes;
    std::optional<int> iterations;
    std::optional<int> warmup;
    bool concurrent = false;
    std::optional<int> maxWorkers;
    std::optional<int> minDurationMs;
    std::optional<QString> host;
    std::optional<QString> username;
    QString passwordEnv;
    QString outputDir;
    QString jsonFile;
    bool debug = false;
    bool noCleanup = false;
    std::optional<quint64> seed;
    bool quiet = false;

    // load tests (run, demo): each set option overrides the plan's "load" section (or starts one)
    struct LoadOverrides {
        std::optional<LoadConfig::Kind> kind;
        std::optional<LoadConfig::Model> model;
        std::optional<int> users;
        std::optional<double> spawnRate;
        std::optional<double> rate;
        std::optional<double> rampToRate;
        std::optional<int> durationMs;
        std::optional<int> warmupMs;
        std::optional<QPair<int, int>> thinkMs;
        std::optional<int> connections;
        std::optional<int> maxInFlight;
        std::optional<double> step;
        std::optional<double> maxLevel;
        std::optional<int> stepDurationMs;
        std::optional<int> recoveryMs;
        std::optional<int> intervalMs;
        std::optional<QList<int>> levels;
        std::optional<QString> metricsUrl;
        std::optional<qint64> memoryPid;
        [[nodiscard]] bool any() const;
        /// Applies the set values to @p plan, creating plan.load when needed.
        void applyTo(Plan& plan) const;
    };
    LoadOverrides load;

    // history (run, demo, history, compare)
    QString dbPath; ///< --db; empty = the default database
    bool noHistory = false; ///< run/demo: do not store
    QString runName; ///< run/demo: --name
    QStringList tags; ///< run/demo: --tag (repeatable)
    HistoryAction historyAction = HistoryAction::List;
    QString runRef; ///< history show|delete|tag|untag|note: "12", "last", "last~2"
    QString historyText; ///< the tag or the note
    int limit = 50; ///< history list --limit (0 = all)
    QString tagFilter; ///< history list --tag

    // report files (run, demo, report, compare)
    ReportOutputs outputs;

    // compare
    QString baseRef;
    QString candidateRef;
    std::optional<double> failOnRegressionPercent;
};

[[nodiscard]] Result<CliOptions> parseCommandLine(const QStringList& arguments);
[[nodiscard]] QString usageText();

} // namespace scalescope::cli
