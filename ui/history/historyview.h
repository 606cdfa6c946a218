// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace scalescope::storage {
class HistoryStore;
struct RunSummary;
}

namespace scalescope::ui {

class RunHistoryFilter;
class RunHistoryModel;

/// The tag that marks a run as the baseline of its plan: at most one run per plan name carries it.
inline constexpr const char* kBaselineTag = "baseline";

/// The history browser: every stored run in a sortable, searchable table, with the selected run's
/// details (name, tags and notes editable), and the actions on runs: open into the dashboard, re-run the
/// same plan, compare two runs (or one against its plan's baseline), mark as baseline, delete.
///
/// Reads and writes through a HistoryStore owned by someone else, on this (the GUI) thread: listing
/// 1,000 runs takes ~10 ms. Problems are reported through errorOccurred(), for a non-modal banner.
class HistoryView : public QWidget {
    Q_OBJECT
public:
    /// Asked before deleting: returns true to delete. The default asks with a message box.
    using Confirm = std::function<bool(const QString& question)>;

    explicit HistoryView(QWidget* parent = nullptr);
    ~HistoryView() override;
    Q_DISABLE_COPY_MOVE(HistoryView)

    /// @p store is not owned and must outlive the view (or be replaced first); nullptr: the history is off.
    void setStore(storage::HistoryStore* store);
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    /// Reads the run list again, keeping the selection.
    void reload();

    /// Selected runs, in the table's order (0 or more).
    [[nodiscard]] QList<qint64> selectedRunIds() const;
    void selectRun(qint64 runId);
    /// The newest run tagged baseline with the same plan name as @p runId, other than it.
    [[nodiscard]] std::optional<qint64> baselineFor(qint64 runId) const;

    [[nodiscard]] RunHistoryModel* model() const { return m_model; }
    [[nodiscard]] RunHistoryFilter* filter() const { return m_filter; }

    // The actions (also behind the buttons), public for the main window's menus and the tests.
    void openSelected();
    void rerunSelected();
    void compareSelected();
    void markSelectedAsBaseline();
    void deleteSelected();

Q_SIGNALS:
    void openRequested(qint64 runId);
    void rerunRequested(qint64 runId);
    /// @p base is the older run (or the baseline).
    void compareRequested(qint64 base, qint64 candidate);
    void errorOccurred(const QString& message);
    /// A run was deleted, renamed, tagged or annotated.
    void historyChanged();

private:
    void updateDetails();
    void applyName();
    void applyTags();
    void applyNotes();
    [[nodiscard]] const storage::RunSummary* currentRun() const;
    void report(const QString& what, const std::optional<QString>& error);

    storage::HistoryStore* m_store = nullptr;
    RunHistoryModel* m_model;
    RunHistoryFilter* m_filter;
    QLineEdit* m_search;
    QComboBox* m_status;
    QTableView* m_table;
    QLabel* m_summary;
    QLineEdit* m_name;
    QLineEdit* m_tags;
    QPlainTextEdit* m_notes;
    QPushButton* m_saveNotes;
    QPushButton* m_open;
    QPushButton* m_rerun;
    QPushButton* m_compare;
    QPushButton* m_baseline;
    QPushButton* m_delete;
    QLabel* m_empty;
    Confirm m_confirm;
};

} // namespace scalescope::ui
