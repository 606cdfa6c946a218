// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/comparison.h"
#include "analysis/runanalysis.h"
#include "report/reports.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace scalescope::ui {

/// What the export dialog writes: one run, or a comparison of two.
struct ExportSource {
    struct Run {
        RunResult result;
        report::RunLabel label;
    };
    std::optional<Run> run; ///< set for a run
    std::optional<Run> base; ///< set (with candidate) for a comparison
    std::optional<Run> candidate;
};

/// Export… from the dashboard, the findings, the history and the compare view: the HTML and PDF reports, the charts
/// (PNG, SVG or PDF), CSV, JSON and JUnit of a run — or the comparison report — into a folder, with a progress bar and
/// "open when done". Files are named after the run ("scalescope-run-12.html"). Errors appear in the dialog, naming
/// the file and the reason.
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ExportDialog(ExportSource source, QWidget* parent = nullptr);
    ~ExportDialog() override;
    Q_DISABLE_COPY_MOVE(ExportDialog)

    void setFolder(const QString& folder);
    /// Writes every selected file; returns the files written (also shown in the dialog). Public for the tests.
    QStringList exportNow();
    /// The base name of every file ("scalescope-run-12", "scalescope-compare-3-vs-5").
    [[nodiscard]] QString baseName() const;
    [[nodiscard]] bool isComparison() const { return m_source.base.has_value(); }

private:
    void chooseFolder();
    void updateButtons();

    ExportSource m_source;
    QLineEdit* m_folder;
    QCheckBox* m_html;
    QCheckBox* m_pdf;
    QCheckBox* m_charts;
    QComboBox* m_chartFormat;
    QCheckBox* m_csv;
    QCheckBox* m_csvSamples;
    QCheckBox* m_json;
    QCheckBox* m_junit;
    QComboBox* m_page;
    QCheckBox* m_open;
    QProgressBar* m_progress;
    QLabel* m_status;
    QPushButton* m_export;
};

} // namespace scalescope::ui
